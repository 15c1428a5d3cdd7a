from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    """Reviewers' and partners' permissions are checked in bik.partners.services; roles in bik.accounts.roles."""

    name = "bik.partners"
    label = "partners"
    verbose_name = _("Research and industry partners")

    def ready(self) -> None:
        from bik.partners.models import PartnerOrganisation
        from bik.search.records import RecordSearch, register_records

        # Approved organisations are found by name and description (their publications through the research area).
        register_records(
            RecordSearch(
                key="partners",
                label=_("Research and industry partners"),
                kind=_("Partner organisation"),
                records=lambda language: PartnerOrganisation.objects.filter(status=PartnerOrganisation.Status.APPROVED),
                fields=("name", "description"),
                title="name",
                summary="description",
                order=46,
            )
        )
