from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VideosConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.videos"
    label = "videos"
    verbose_name = _("Videos")
