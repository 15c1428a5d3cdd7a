from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    """The knowledge hub: policy and guidance documents, explainers for professionals and their glossary.
    Editors' and moderators' permissions on its records: bik.accounts.roles.ROLES."""

    name = "bik.knowledge"
    label = "knowledge"
    verbose_name = _("Knowledge hub")

    def ready(self) -> None:
        from bik.knowledge import services, views
        from bik.search.records import RecordSearch, register_records
        from bik.search.sitemaps import register_records as register_sitemap_records

        register_records(
            RecordSearch(
                key="knowledge",
                label=_("Policy and guidance documents"),
                kind=_("Policy document"),
                records=services.documents_for_search,
                fields=("title", "summary", "responsible_entity"),
                summary="summary",
                path=lambda _base, document: services.document_path(document),
                link_fields=(),  # its slug is made from its title
                order=45,
            )
        )
        register_sitemap_records(views.sitemap_entries)
