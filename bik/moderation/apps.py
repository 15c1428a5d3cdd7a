from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "bik.moderation"
    label = "moderation"
