from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "bik.pages"
    label = "pages"
