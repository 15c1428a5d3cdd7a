from django.apps import AppConfig


class CompetitionConfig(AppConfig):
    name = "bik.community.competition"
    label = "competition"
