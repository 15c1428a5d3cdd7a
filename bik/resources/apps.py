from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.resources"
    label = "resources"
    verbose_name = _("Resources")

    def ready(self) -> None:
        from django.db.models import Exists, OuterRef, QuerySet

        from bik.resources.models import Resource, ResourceLanguageVersion
        from bik.resources.search import cached_facet_search
        from bik.resources.services import published_resources, resource_path
        from bik.search.records import RecordSearch, register_records

        def resources_for(language: str) -> QuerySet[Resource]:
            versions = ResourceLanguageVersion.objects.filter(resource=OuterRef("pk"), language=language)
            resources: QuerySet[Resource] = (
                published_resources().select_related("locale").annotate(in_language=Exists(versions))
            )
            return resources

        def matching(words: list[str], language: str, limit: int) -> list[Resource]:
            """The gallery's own index: text in every language version, those in `language` first."""
            ids = cached_facet_search(words, {}, language, offset=0, limit=limit).page_ids
            by_id = {resource.pk: resource for resource in resources_for(language).filter(pk__in=ids)}
            return [by_id[pk] for pk in ids if pk in by_id]

        register_records(
            RecordSearch(
                key="resources",
                label=_("Resources"),
                kind=_("Resource"),
                records=resources_for,
                fields=("title", "description"),
                summary="description",
                date="date",
                list_page="resources.ResourceGalleryPage",
                path=resource_path,
                matching=matching,
                # A resource offered in the visitor's language counts as theirs, whatever its original's locale.
                language_of=lambda resource, language: (
                    language if resource.in_language else resource.locale.language_code
                ),
                order=20,
            )
        )

        from django.db.models.signals import pre_delete
        from wagtail.signals import published, unpublished

        from bik.caching import tags
        from bik.resources import search
        from bik.resources.models import Resource

        # SQLite's full-text table is kept by triggers from the search texts: a search reads what they hold.
        tags.watch_derived(search.FTS_TABLE, search.TEXT_TABLE)

        # Every way a resource goes live or stops being live (admin, workflow approval, scheduled publishing,
        # wagtail-localize, the importer) ends in Wagtail's publish or unpublish action, which sends these.
        published.connect(search.on_publish_change, sender=Resource, dispatch_uid="resources_search_published")
        unpublished.connect(search.on_publish_change, sender=Resource, dispatch_uid="resources_search_unpublished")
        pre_delete.connect(search.on_resource_delete, sender=Resource, dispatch_uid="resources_search_delete")
