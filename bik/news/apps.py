from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "bik.news"
    label = "news"

    def ready(self) -> None:
        # Connects the signals that refresh the cached feed links when a news index is published or moved.
        from bik.news import signals  # noqa: F401
        from bik.news.templatetags import news_tags  # noqa: F401
