from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country

from bik.network.countries import name_key
from bik.policy.models import Answer, AnswerType, Indicator, YesPartlyNo, plain_number
from bik.policy.services import AnswerInput

MAX_LINKS = 20


def _validate_links(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > MAX_LINKS:
        raise ValidationError(_("At most %(n)s links."), params={"n": MAX_LINKS})
    check = URLValidator(schemes=["http", "https"])
    for line in lines:
        try:
            check(line)
        except ValidationError as error:
            raise ValidationError(_("“%(line)s” is not a web address (https://…)."), params={"line": line}) from error
    return "\n".join(lines)


class ReturnForm(forms.Form):
    """Every question of the year, one group of fields per indicator (`i<id>-choice`, `-number`, `-text`,
    `-links`), filled with the saved answers."""

    def __init__(self, *args: Any, indicators: Sequence[Indicator], answers: dict[int, Answer], **kwargs: Any):
        initial: dict[str, Any] = {}
        for indicator in indicators:
            answer = answers.get(indicator.pk)
            if answer is not None:
                prefix = f"i{indicator.pk}"
                initial.update(
                    {
                        f"{prefix}-choice": answer.choice,
                        f"{prefix}-number": None if answer.number is None else plain_number(answer.number),
                        f"{prefix}-text": answer.text,
                        f"{prefix}-links": answer.links,
                    }
                )
        kwargs["initial"] = initial
        super().__init__(*args, **kwargs)
        self.indicators = list(indicators)
        for indicator in self.indicators:
            prefix = f"i{indicator.pk}"
            kind = indicator.answer_type
            if kind == AnswerType.YES_PARTLY_NO:
                self.fields[f"{prefix}-choice"] = forms.ChoiceField(
                    label=indicator.question,
                    choices=YesPartlyNo.choices,
                    required=False,
                    widget=forms.RadioSelect,
                )
                self.fields[f"{prefix}-text"] = forms.CharField(
                    label=_("Comment"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
                )
            elif kind == AnswerType.CHOICE:
                self.fields[f"{prefix}-choice"] = forms.ChoiceField(
                    label=indicator.question,
                    choices=[("", _("No answer yet")), *((c, c) for c in indicator.choice_list)],
                    required=False,
                )
                self.fields[f"{prefix}-text"] = forms.CharField(
                    label=_("Comment"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
                )
            elif kind == AnswerType.NUMBER:
                label = f"{indicator.question} ({indicator.unit})" if indicator.unit else indicator.question
                self.fields[f"{prefix}-number"] = forms.DecimalField(
                    label=label, required=False, max_digits=14, decimal_places=2, min_value=0
                )
                self.fields[f"{prefix}-text"] = forms.CharField(
                    label=_("Comment"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
                )
            elif kind == AnswerType.TEXT:
                self.fields[f"{prefix}-text"] = forms.CharField(
                    label=indicator.question, required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
                )
            else:
                self.fields[f"{prefix}-links"] = forms.CharField(
                    label=indicator.question,
                    required=False,
                    max_length=4000,
                    help_text=_("One web address a line."),
                    widget=forms.Textarea(attrs={"rows": 3}),
                )
            if indicator.guidance:
                first = next(name for name in self.fields if name.startswith(f"{prefix}-"))
                self.fields[first].help_text = indicator.guidance

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for name, value in list(cleaned.items()):
            if name.endswith("-links") and value:
                try:
                    cleaned[name] = _validate_links(value)
                except ValidationError as error:
                    self.add_error(name, error)
        return cleaned

    def groups(self) -> list[dict[str, Any]]:
        """The fields of each indicator together, for the template."""
        return [
            {
                "indicator": indicator,
                "fields": [self[name] for name in self.fields if name.startswith(f"i{indicator.pk}-")],
            }
            for indicator in self.indicators
        ]

    def values(self) -> dict[int, AnswerInput]:
        data = self.cleaned_data
        return {
            indicator.pk: AnswerInput(
                choice=data.get(f"i{indicator.pk}-choice") or "",
                number=data.get(f"i{indicator.pk}-number"),
                text=(data.get(f"i{indicator.pk}-text") or "").strip(),
                links=data.get(f"i{indicator.pk}-links") or "",
            )
            for indicator in self.indicators
        }


class AttachmentForm(forms.Form):
    indicator = forms.TypedChoiceField(label=_("Question"), coerce=int)
    title = forms.CharField(label=_("Title of the document"), max_length=200)
    file = forms.FileField(label=_("File"))

    def __init__(self, *args: Any, indicators: Sequence[Indicator], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].choices = [(i.pk, i.question) for i in indicators]  # type: ignore[attr-defined]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("What should change, and why"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


def _country_choices(codes: Sequence[str]) -> list[tuple[str, str]]:
    named = sorted(((code, str(Country(code).name)) for code in codes), key=lambda pair: name_key(pair[1]))
    return [("", "—"), *named]


class MapForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    indicator = forms.ChoiceField(label=_("Colour the map by"), required=False)

    def __init__(self, *args: Any, years: Sequence[int], indicators: Sequence[Indicator], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, str(year)) for year in years]  # type: ignore[attr-defined]
        self.fields["indicator"].choices = [(i.key, i.question) for i in indicators]  # type: ignore[attr-defined]


class CompareForm(forms.Form):
    """Two to four countries and a year, as a GET form."""

    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    c1 = forms.ChoiceField(label=_("First country"), required=False)
    c2 = forms.ChoiceField(label=_("Second country"), required=False)
    c3 = forms.ChoiceField(label=_("Third country (optional)"), required=False)
    c4 = forms.ChoiceField(label=_("Fourth country (optional)"), required=False)

    def __init__(self, *args: Any, years: Sequence[int], countries: Sequence[str], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, str(year)) for year in years]  # type: ignore[attr-defined]
        for name in ("c1", "c2", "c3", "c4"):
            self.fields[name].choices = _country_choices(countries)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        chosen = [cleaned.get(name) for name in ("c1", "c2", "c3", "c4") if cleaned.get(name)]
        unique = list(dict.fromkeys(chosen))
        if self.is_bound and any(self.data.get(name) for name in ("c1", "c2", "c3", "c4")) and len(unique) < 2:
            raise ValidationError(_("Choose at least two different countries."))
        cleaned["countries"] = unique
        return cleaned


class CopyForm(forms.Form):
    year = forms.IntegerField(label=_("Year of the copy"), min_value=2000, max_value=2100)
