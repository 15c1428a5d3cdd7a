from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "bik.network"
    label = "network"

    def ready(self) -> None:
        from bik.network.models import Centre
        from bik.search.records import RecordSearch, register_records

        register_records(
            RecordSearch(
                key="centres",
                label=_("Safer Internet Centres"),
                kind=_("Safer Internet Centre"),
                records=lambda language: Centre.objects.published(),
                fields=("name", "summary"),
                title="name",
                summary="summary",
                # The centres' own descriptions are written in English.
                language_of=lambda centre, language: settings.LANGUAGE_CODE,
                link_fields=("country",),
                order=60,
            )
        )
