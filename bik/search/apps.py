from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "bik.search"
    label = "sitesearch"  # "search" would read as Wagtail's own search app

    def ready(self) -> None:
        from wagtail.search.models import IndexEntry

        from bik.caching import tags
        from bik.search.services import register_pages

        register_pages()
        # The pages' search index (kept by the task worker after a publication, on SQLite with a full-text table
        # beside it): the site search's kept results read it and follow its changes (bik/search/views.py).
        tags.watch(IndexEntry)
        tags.watch_derived(f"{IndexEntry._meta.db_table}_fts", IndexEntry._meta.db_table)
