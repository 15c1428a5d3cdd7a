from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "bik.community.meetings"
    label = "community_meetings"
