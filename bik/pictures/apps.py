from django.apps import AppConfig


class PicturesConfig(AppConfig):
    name = "bik.pictures"
    label = "pictures"
    verbose_name = "Pictures"
