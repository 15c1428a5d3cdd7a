from django.urls import URLPattern, URLResolver, path

from bik.community.forums import views

app_name = "forums"

urlpatterns: list[URLPattern | URLResolver] = [
    path("community/forums/", views.index, name="index"),
]
