from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "bik.analytics"
    label = "analytics"

    def ready(self) -> None:
        from bik.analytics import recorder

        recorder.connect()
