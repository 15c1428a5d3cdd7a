from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "bik.community.forums"
    label = "forums"
