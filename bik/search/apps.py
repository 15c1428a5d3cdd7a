from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "bik.search"
    label = "sitesearch"  # "search" would read as Wagtail's own search app

    def ready(self) -> None:
        from bik.search.services import register_pages

        register_pages()
