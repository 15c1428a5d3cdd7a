from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "bik.resources"
    label = "resources"
