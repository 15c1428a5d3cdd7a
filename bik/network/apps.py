from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "bik.network"
    label = "network"
