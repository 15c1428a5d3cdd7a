from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from bik.network.countries import ByCountryNameIterator, by_country_name
from bik.network.models import Centre, Strand


class CentreChoiceField(forms.ModelChoiceField[Centre]):
    def label_from_instance(self, obj: Centre) -> str:
        return f"{obj.country.name} — {obj.name}"


class _ProfileFields(forms.Form):
    job_title = forms.CharField(label=_("Your role in the centre"), max_length=120)
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    expertise = forms.CharField(
        label=_("Expertise"),
        max_length=300,
        required=False,
        help_text=_("Topics colleagues can ask you about, separated by commas."),
    )


class MembershipRequestForm(_ProfileFields):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    centre = CentreChoiceField(label=_("Safer Internet Centre"), queryset=Centre.objects.none())
    strands = forms.MultipleChoiceField(
        label=_("Strands you work in"), choices=Strand.choices, widget=forms.CheckboxSelectMultiple
    )
    motivation = forms.CharField(
        label=_("Anything the coordinator should know"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    field_order = ("first_name", "last_name", "centre", "strands", "job_title", "organisation", "expertise")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["centre"].iterator = ByCountryNameIterator  # type: ignore[attr-defined]
        self.fields["centre"].queryset = Centre.objects.filter(is_active=True).order_by("country")  # type: ignore[attr-defined]


class InvitationAcceptForm(_ProfileFields):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    field_order = ("first_name", "last_name", "job_title", "organisation", "expertise")


class ProfileForm(_ProfileFields):
    strands = forms.MultipleChoiceField(
        label=_("Strands you work in"), choices=Strand.choices, widget=forms.CheckboxSelectMultiple
    )


class DecisionForm(forms.Form):
    DECISIONS = (("approve", _("Approve")), ("decline", _("Decline")))
    decision = forms.ChoiceField(label=_("Decision"), choices=DECISIONS, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Required when you decline: the person who asked will read it."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") == "decline" and not (data.get("reason") or "").strip():
            self.add_error("reason", _("Please give a reason for declining."))
        return data


class RevokeForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    centre = CentreChoiceField(label=_("Safer Internet Centre"), queryset=Centre.objects.none())
    strands = forms.MultipleChoiceField(
        label=_("Strands"), choices=Strand.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args: Any, centres: list[Centre], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["centre"].iterator = ByCountryNameIterator  # type: ignore[attr-defined]
        self.fields["centre"].queryset = Centre.objects.filter(pk__in=[c.pk for c in centres]).order_by("country")  # type: ignore[attr-defined]


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name, organisation or expertise"), required=False, max_length=100)
    country = forms.ChoiceField(label=_("Country"), required=False)
    strand = forms.ChoiceField(label=_("Strand"), required=False, choices=(("", _("All strands")), *Strand.choices))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        centres = by_country_name(Centre.objects.all())
        self.fields["country"].choices = [("", _("All countries"))] + [  # type: ignore[attr-defined]
            (centre.country.code, centre.country.name) for centre in centres
        ]
