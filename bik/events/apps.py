from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "bik.events"
    label = "events"
