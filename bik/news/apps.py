from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "bik.news"
    label = "news"
