from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from bik.moderation.screen import screen
from bik.youth import services
from bik.youth.models import Post


def _country_choices() -> list[tuple[str, Any]]:
    return [("", _("Choose your country"))] + [
        (code, str(name)) for code, name in countries if code in services.COUNTRY_LANGUAGES
    ]


def _year_choices() -> list[tuple[str, Any]]:
    this_year = timezone.localdate().year
    return [("", _("Choose a year"))] + [(str(year), str(year)) for year in range(this_year - 5, this_year - 31, -1)]


class JoinForm(forms.Form):
    pseudonym = forms.CharField(
        label=_("Display name"),
        max_length=30,
        min_length=3,
        help_text=_("Everyone sees this name. Do not use your real name, your age or where you live."),
    )
    year_of_birth = forms.TypedChoiceField(label=_("Year of birth"), coerce=int, choices=_year_choices)
    country = forms.ChoiceField(label=_("Country you live in"), choices=_country_choices)
    email = forms.EmailField(label=_("Your email address"), help_text=_("Only used to sign in. Nobody else sees it."))
    parent_email = forms.EmailField(
        label=_("Email of a parent or carer"),
        required=False,
        help_text=_(
            "Needed if you are younger than the age of digital consent in your country. We ask them to say yes."
        ),
    )
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(
        label=_("Password (again)"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    rules = forms.BooleanField(
        label=_("I will be kind, and I will not share my own or anyone's contact details."),
        error_messages={"required": _("Please agree to the rules of the space.")},
    )

    def clean_pseudonym(self) -> str:
        name = str(self.cleaned_data["pseudonym"]).strip()
        if screen(name).held:
            raise forms.ValidationError(_("Choose a name without contact details, links or rude words."))
        return name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        year, country = data.get("year_of_birth"), data.get("country")
        if year and country:
            decision = services.join_decision(int(year), str(country))
            self.decision = decision
            if decision.needs_parent and not decision.too_young and not data.get("parent_email"):
                self.add_error(
                    "parent_email",
                    _("In your country you need a parent or carer to agree before you can write (until %(age)s).")
                    % {"age": decision.consent_age},
                )
            if data.get("parent_email") and data.get("email") and data["parent_email"] == data["email"]:
                self.add_error("parent_email", _("Use your parent's or carer's own email address."))
        password1, password2 = data.get("password1"), data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are different."))
        elif password1:
            try:
                password_validation.validate_password(str(password1))
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class PostForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What are you writing?"),
        choices=Post.Kind.choices,
        initial=Post.Kind.DISCUSSION,
        widget=forms.RadioSelect,
    )
    title = forms.CharField(label=_("Title"), max_length=140)
    body = forms.CharField(label=_("Text"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))


class EditPostForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=140)
    body = forms.CharField(label=_("Text"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Your reply"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4}))
