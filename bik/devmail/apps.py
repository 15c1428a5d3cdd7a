from django.apps import AppConfig


class DevmailConfig(AppConfig):
    name = "bik.devmail"
    label = "devmail"
