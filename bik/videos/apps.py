from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "bik.videos"
    label = "videos"
