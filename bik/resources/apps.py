from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.resources"
    label = "resources"
    verbose_name = _("Resources")

    def ready(self) -> None:
        from wagtail.signals import published, unpublished

        from bik.resources import search
        from bik.resources.models import Resource

        # Every way a resource goes live or stops being live (admin, workflow approval, scheduled publishing,
        # wagtail-localize, the importer) ends in Wagtail's publish or unpublish action, which sends these.
        published.connect(search.on_publish_change, sender=Resource, dispatch_uid="resources_search_published")
        unpublished.connect(search.on_publish_change, sender=Resource, dispatch_uid="resources_search_unpublished")
