from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin

from bik.catalogue.models import Record, record_search_fields, synchronized
from bik.catalogue.pages import CatalogueIndexPage
from bik.pictures.models import Illustrated, IllustratedBase

EVENTS_PER_PAGE = 10
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# Addresses the events page uses for itself, so no event may take them as its slug.
RESERVED_SLUGS = {"past", "calendar"}


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


class EventAudience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    CHILDREN = "children", _("Children")
    YOUNG_PEOPLE = "young-people", _("Young people")
    PARENTS = "parents", _("Parents and carers")
    TEACHERS = "teachers", _("Teachers and educators")
    PROFESSIONALS = "professionals", _("Professionals and Safer Internet Centres")
    INDUSTRY = "industry", _("Industry")
    POLICYMAKERS = "policymakers", _("Policymakers")
    RESEARCHERS = "researchers", _("Researchers")


class Event(Record, IllustratedBase):
    """A dated event of the network. Start and end are stored as aware date-times (UTC in the database) and
    shown in the site's time zone, settings.TIME_ZONE."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in the address; the same in every language."))
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    format = models.CharField(_("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.IN_PERSON)
    venue = models.CharField(_("venue"), max_length=200, blank=True, help_text=_("Building and street address."))
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(
        _("country"), blank=True, help_text=_("Where it takes place; for an online event, the country it is for.")
    )
    online_url = models.URLField(_("online link"), blank=True, help_text=_("Where to join or register online."))
    organiser = models.ForeignKey(
        "network.Centre",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("organising centre"),
    )
    audience = models.CharField(_("audience"), max_length=20, choices=EventAudience.choices, default="everyone")
    language = models.CharField(
        _("language spoken"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    updated_at = models.DateTimeField(auto_now=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="event")

    panels: ClassVar[list[Any]] = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])],
            heading=_("When (in the site's time zone)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("organiser"), FieldPanel("audience"), FieldPanel("language")], heading=_("Who and how")
        ),
        Illustrated.image_panel(),
    ]
    override_translatable_fields: ClassVar[list[Any]] = synchronized(
        "slug", "starts_at", "ends_at", "format", "country", "online_url", "organiser", "audience", "language"
    )
    search_fields: ClassVar[list[Any]] = record_search_fields("title", "description", "city", filters=("starts_at",))

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ("starts_at", "pk")
        constraints = [models.UniqueConstraint(fields=("slug", "locale"), name="events_event_unique_slug_per_locale")]
        indexes = [models.Index(fields=("live", "locale", "ends_at"), name="events_live_locale_end")]

    @property
    def is_online(self) -> bool:
        return self.format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @property
    def is_in_person(self) -> bool:
        return self.format in (EventFormat.IN_PERSON, EventFormat.HYBRID)

    @property
    def place(self) -> str:
        """Where it happens, in one line: venue, city and country as far as known."""
        parts = [self.venue, self.city, str(self.country.name) if self.country else ""]
        return ", ".join(part for part in parts if part)

    def clean(self) -> None:
        super().clean()
        errors: dict[str, Any] = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is reserved; choose another slug.")
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The end must come after the start.")
        if self.is_in_person and not self.city:
            errors["city"] = _("Give the city of an event that people attend in person.")
        if self.is_online and not self.online_url:
            errors["online_url"] = _("Give the link of an online event.")
        if errors:
            raise ValidationError(errors)


class EventIndexPage(CatalogueIndexPage):
    """The events list: upcoming events first, the archive of past events, one page per event and iCalendar."""

    list_layout = "news"
    list_id = "events"
    views_module = "bik.events.views"
    record_template = "events/event_detail.html"

    class Meta:
        verbose_name = _("events list")

    def list_context(self, request: HttpRequest) -> dict[str, Any]:
        """None: the upcoming and past routes below give their lists themselves."""
        return {}

    @path("", name="upcoming")
    def upcoming(self, request: HttpRequest) -> HttpResponse:
        return self._render_list(request, self.views.index_context(self, request, past=False))

    @path("past/", name="past")
    def past(self, request: HttpRequest) -> HttpResponse:
        return self._render_list(request, self.views.index_context(self, request, past=True))

    def _render_list(self, request: HttpRequest, context: dict[str, Any]) -> HttpResponse:
        response: HttpResponse = self.render(request, context_overrides=context)
        return response

    @path("calendar/", name="feed")
    def feed(self, request: HttpRequest) -> HttpResponse:
        response: HttpResponse = self.views.calendar_feed_response(self, request)
        return response

    @path("<slug:slug>/calendar/", name="event_ics")
    def event_ics(self, request: HttpRequest, slug: str) -> HttpResponse:
        response: HttpResponse = self.views.event_ics_response(self, request, slug)
        return response
