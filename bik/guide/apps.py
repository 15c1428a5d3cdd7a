from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.guide"
    label = "guide"
    verbose_name = _("Guide to online services")

    def ready(self) -> None:
        from bik.guide.services import live_services
        from bik.search.records import RecordSearch, register_records

        register_records(
            RecordSearch(
                key="guide",
                label=_("Guide to online services"),
                kind=_("Online service"),
                records=lambda language: live_services(language).select_related("locale"),
                fields=("name", "used_for", "safety_tips"),
                title="name",
                summary="used_for",
                list_page="guide.GuidePage",
                order=10,
            )
        )
