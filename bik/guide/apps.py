from django.apps import AppConfig


class GuideConfig(AppConfig):
    name = "bik.guide"
    label = "guide"
