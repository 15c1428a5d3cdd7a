from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResearchConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.research"
    label = "research"
    verbose_name = _("Research and industry")

    def ready(self) -> None:
        from bik.research.services import live_publications
        from bik.search.records import RecordSearch, register_records

        register_records(
            RecordSearch(
                key="research",
                label=_("Research and industry"),
                kind=_("Publication"),
                records=lambda language: live_publications(language).select_related("locale"),
                fields=("title", "summary", "authors", "organisation"),
                summary="summary",
                list_page="research.ResearchIndexPage",
                order=45,
            )
        )
