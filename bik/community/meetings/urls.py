from django.urls import URLPattern, URLResolver, path

from bik.community.meetings import views

app_name = "meetings"

urlpatterns: list[URLPattern | URLResolver] = [
    path("community/meetings/", views.index, name="index"),
]
