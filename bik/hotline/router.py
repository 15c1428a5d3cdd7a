"""The "Report it" router: what happened and where the person is decide where to go. It keeps nothing about
the person; `services.count_route` adds one to a daily count per route."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from bik.network.countries import by_country_name
from bik.network.models import Centre


class Concern(models.TextChoices):
    CHILD_ABUSE = "child_abuse", _("I saw sexual images or videos of a child")
    SEXTORTION = "sextortion", _("Someone is pressuring me or a child for pictures or money")
    HATE = "hate", _("I saw hate or violent content")
    BULLYING = "bullying", _("Someone is bullying or harassing me or a child on a platform")
    DANGER = "danger", _("A young person is in danger or very upset")


class Place(models.TextChoices):
    HOTLINE = "hotline"
    HELPLINE = "helpline"
    PLATFORM = "platform"
    EMERGENCY = "emergency"


# Where each worry goes, most important first.
ROUTES: dict[str, tuple[Place, ...]] = {
    Concern.CHILD_ABUSE: (Place.HOTLINE, Place.HELPLINE),
    Concern.SEXTORTION: (Place.HELPLINE, Place.HOTLINE, Place.PLATFORM, Place.EMERGENCY),
    Concern.HATE: (Place.PLATFORM, Place.HOTLINE),
    Concern.BULLYING: (Place.PLATFORM, Place.HELPLINE),
    Concern.DANGER: (Place.EMERGENCY, Place.HELPLINE),
}


class RouterForm(forms.Form):
    concern = forms.ChoiceField(
        label=_("What happened?"),
        choices=Concern.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose what happened.")},
    )
    country = forms.ChoiceField(
        label=_("Which country are you in?"),
        error_messages={"required": _("Please choose a country from the list.")},
    )

    def __init__(self, *args: Any, centres: list[Centre], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [  # type: ignore[attr-defined]
            ("", _("Choose a country")),
            *((centre.country.code, str(centre.country.name)) for centre in by_country_name(centres)),
        ]


@dataclass(frozen=True)
class Route:
    concern: str
    centre: Centre
    places: tuple[Place, ...]

    @property
    def hotline_url(self) -> str:
        """Where its hotline takes reports (`Service.report_link`); for a centre without a hotline, the platform's
        form for its country."""
        service = self.centre.hotline
        if service is not None:
            return service.report_link
        return reverse("hotline:report_form", kwargs={"country": self.centre.country.code.lower()})


def route_for(concern: str, centre: Centre) -> Route:
    return Route(concern=concern, centre=centre, places=ROUTES[concern])
