from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "bik.community.meetings"
    label = "community_meetings"

    def ready(self) -> None:
        from bik.accounts import export
        from bik.community.meetings.export import export_user_data

        export.register("community_meetings", export_user_data)
