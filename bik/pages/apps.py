from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "bik.pages"
    label = "pages"

    def ready(self) -> None:
        from bik.caching import lookups
        from bik.caching import pages as page_cache
        from bik.pages import chrome  # noqa: F401 -- connects the cache invalidation signals

        page_cache.connect()
        lookups.install()
