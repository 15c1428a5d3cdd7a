from django.apps import AppConfig


class BulletinConfig(AppConfig):
    name = "bik.bulletin"
    label = "bulletin"
