from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Editors' and moderators' permissions on this domain's records: bik.accounts.roles.ROLES."""

    name = "bik.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from bik.events.services import live_events
        from bik.search.records import RecordSearch, register_records

        register_records(
            RecordSearch(
                key="events",
                label=_("Events"),
                kind=_("Event"),
                records=live_events,
                fields=("title", "description", "city"),
                summary="description",
                date="starts_at",
                list_page="events.EventIndexPage",
                order=40,
            )
        )
