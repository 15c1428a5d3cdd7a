from django.apps import AppConfig


class BlogsConfig(AppConfig):
    name = "bik.community.blogs"
    label = "community_blogs"

    def ready(self) -> None:
        from bik.accounts import export
        from bik.community.blogs.export import export_user_data

        export.register("community_blogs", export_user_data)
