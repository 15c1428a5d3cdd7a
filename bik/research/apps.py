from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "bik.research"
    label = "research"
