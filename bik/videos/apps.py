from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VideosConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.videos"
    label = "videos"
    verbose_name = _("Videos")

    def ready(self) -> None:
        from bik.search.records import RecordSearch, register_records
        from bik.videos.services import live_videos

        register_records(
            RecordSearch(
                key="videos",
                label=_("Videos"),
                kind=_("Video"),
                records=lambda language: live_videos(language).select_related("locale"),
                fields=("title", "description"),
                summary="description",
                list_page="videos.VideoGalleryPage",
                order=30,
            )
        )
