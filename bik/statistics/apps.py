from django.apps import AppConfig


class StatisticsConfig(AppConfig):
    name = "bik.statistics"
    label = "statistics"
    verbose_name = "Helpline statistics"
