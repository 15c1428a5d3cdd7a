from django.apps import AppConfig


class ImpactConfig(AppConfig):
    name = "bik.impact"
    label = "impact"
