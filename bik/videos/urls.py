from django.urls import URLPattern, URLResolver

app_name = "videos"

urlpatterns: list[URLPattern | URLResolver] = []
