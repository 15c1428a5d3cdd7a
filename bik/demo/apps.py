from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "bik.demo"
    label = "demo"
