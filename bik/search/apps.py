from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "bik.search"
    label = "sitesearch"  # "search" would read as Wagtail's own search app
