from django.apps import AppConfig


class HealthConfig(AppConfig):
    name = "bik.health"
    label = "health"
