from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "bik.api"
    label = "api"
