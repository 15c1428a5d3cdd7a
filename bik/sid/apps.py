from django.apps import AppConfig


class SidConfig(AppConfig):
    name = "bik.sid"
    label = "sid"
