from django.apps import AppConfig


class HotlineConfig(AppConfig):
    name = "bik.hotline"
    label = "hotline"
