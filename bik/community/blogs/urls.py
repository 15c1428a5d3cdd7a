from django.urls import URLPattern, URLResolver, path

from bik.community.blogs import views

app_name = "blogs"

urlpatterns: list[URLPattern | URLResolver] = [
    path("community/blogs/", views.index, name="index"),
]
