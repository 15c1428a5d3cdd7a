from django.urls import path

from bik.pages import pattern_library

app_name = "pages"

urlpatterns = [
    path("design/patterns/", pattern_library.pattern_library, name="pattern_library"),
]
