from django.urls import URLPattern, URLResolver

app_name = "youth"

urlpatterns: list[URLPattern | URLResolver] = []
