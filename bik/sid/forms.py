from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from bik.pages.local_times import LocalTimesForm, local_input
from bik.sid.images import checked_image
from bik.sid.models import Action, ActionKind, Audience, CountryProfile, Edition, Format, SupporterKind
from bik.sid.services import country_choices

LOGO_MAX_SIDE = 400
IMAGE_MAX_SIDE = 1200


class SupporterProfileForm(forms.Form):
    name = forms.CharField(label=_("Name of the organisation, school or person"), max_length=200)
    kind = forms.ChoiceField(label=_("You register as"), choices=SupporterKind.choices, widget=forms.RadioSelect)
    country = forms.ChoiceField(label=_("Country"))
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("Optional. JPEG, PNG, WebP or GIF, up to 5 MB; we resize it to 400 pixels."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country")), *country_choices()]  # type: ignore[attr-defined]

    def clean_logo(self) -> Any:
        upload = self.cleaned_data.get("logo")
        return checked_image(upload, max_side=LOGO_MAX_SIDE) if upload else None


class SupporterRegistrationForm(SupporterProfileForm):
    """A new account and a supporter profile in one step."""

    email = forms.EmailField(label=_("Email"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 12 characters."),
    )
    password2 = forms.CharField(
        label=_("Password (again)"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    field_order = ("email", "password1", "password2", "name", "kind", "country", "website", "logo")

    def clean_email(self) -> str:
        return str(self.cleaned_data["email"]).strip().lower()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords do not match."))
        elif first:
            try:
                password_validation.validate_password(first)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class ActionForm(LocalTimesForm):
    kind = forms.ChoiceField(label=_("Kind"), choices=ActionKind.choices, widget=forms.RadioSelect)
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Paragraphs, bold, italics, lists and links are kept; anything else is removed."),
    )
    starts_at = forms.DateTimeField(
        label=_("Starts"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Local time in the time zone below."),
    )
    ends_at = forms.DateTimeField(
        label=_("Ends"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    timezone = forms.ChoiceField(label=_("Time zone"), initial=settings.TIME_ZONE)
    format = forms.ChoiceField(label=_("Format"), choices=Format.choices, widget=forms.RadioSelect)
    city = forms.CharField(label=_("City"), max_length=120, required=False, help_text=_("For events in person."))
    online_url = forms.URLField(
        label=_("Online link"), required=False, assume_scheme="https", help_text=_("For online events and actions.")
    )
    audiences = forms.MultipleChoiceField(
        label=_("Audience"), choices=Audience.choices, widget=forms.CheckboxSelectMultiple
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    schools_reached = forms.IntegerField(
        label=_("Schools reached"),
        required=False,
        min_value=0,
        max_value=1_000_000,
        help_text=_("Optional. How many schools took part or were reached."),
    )
    participants = forms.IntegerField(
        label=_("Participants"),
        required=False,
        min_value=0,
        max_value=100_000_000,
        help_text=_("Optional. How many people took part or were reached."),
    )
    image = forms.FileField(
        label=_("Image"),
        required=False,
        help_text=_("Optional. JPEG, PNG, WebP or GIF, up to 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
    )

    def __init__(self, *args: Any, instance: Action | None = None, **kwargs: Any) -> None:
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "kind": instance.kind,
                "title": instance.title,
                "description": instance.description,
                "starts_at": local_input(instance.starts_at, instance.timezone),
                "ends_at": local_input(instance.ends_at, instance.timezone) if instance.ends_at else None,
                "timezone": instance.timezone,
                "format": instance.format,
                "city": instance.city,
                "online_url": instance.online_url,
                "audiences": instance.audience_codes,
                "language": instance.language,
                "schools_reached": instance.schools_reached,
                "participants": instance.participants,
            }
        super().__init__(*args, **kwargs)

    def clean_image(self) -> Any:
        upload = self.cleaned_data.get("image")
        return checked_image(upload, max_side=IMAGE_MAX_SIDE) if upload else None

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("format") == Format.IN_PERSON and not data.get("city"):
            self.add_error("city", _("Say in which city the event takes place."))
        if data.get("format") == Format.ONLINE and not data.get("online_url"):
            self.add_error("online_url", _("Give the link where people can join online."))
        if "audiences" in data:
            data["audiences"] = "," + ",".join(data["audiences"]) + ","
        return data


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for returning it"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The supporter reads this and can edit and resubmit."),
    )


class CountryProfileForm(forms.ModelForm[CountryProfile]):
    contact_website = forms.URLField(label=_("Website"), required=False, assume_scheme="https", max_length=200)

    class Meta:
        model = CountryProfile
        fields = ("intro", "contact_name", "contact_email", "contact_website")
        widgets = {"intro": forms.Textarea(attrs={"rows": 6})}


class GalleryFilterForm(forms.Form):
    """The gallery's filters, a GET form that works without JavaScript."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    edition = forms.TypedChoiceField(label=_("Edition"), required=False, coerce=int, empty_value=None)
    audience = forms.ChoiceField(
        label=_("Audience"), required=False, choices=[("", _("All audiences")), *Audience.choices]
    )
    format = forms.ChoiceField(label=_("Format"), required=False, choices=[("", _("All formats")), *Format.choices])
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All languages")), *settings.LANGUAGES]
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("All countries")), *country_choices()]  # type: ignore[attr-defined]
        years = Edition.objects.order_by("-year").values_list("year", flat=True)
        self.fields["edition"].choices = [  # type: ignore[attr-defined]
            ("", _("All editions")),
            *((str(y), str(y)) for y in years),
        ]
