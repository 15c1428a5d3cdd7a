from django.apps import AppConfig


class BlogsConfig(AppConfig):
    name = "bik.community.blogs"
    label = "community_blogs"
