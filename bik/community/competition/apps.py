from django.apps import AppConfig


class CompetitionConfig(AppConfig):
    name = "bik.community.competition"
    label = "competition"

    def ready(self) -> None:
        from bik.accounts import export
        from bik.community.competition.export import export_user_data

        export.register("community_competition", export_user_data)
