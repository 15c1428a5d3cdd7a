from django.urls import URLPattern, URLResolver, path

from bik.community.competition import views

app_name = "competition"

urlpatterns: list[URLPattern | URLResolver] = [
    path("community/competition/", views.index, name="index"),
]
