from django.apps import AppConfig


class YouthConfig(AppConfig):
    name = "bik.youth"
    label = "youth"
