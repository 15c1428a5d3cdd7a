from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from django import forms
from django.core.validators import MaxValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.impact.models import Activity, ImpactYear
from bik.impact.services import ACTIVITY_FIELDS, FIGURES

EARLIEST = dt.date(2004, 1, 1)  # the network's first Safer Internet Day
MAX_FIGURE = 100_000_000


class ActivityForm(forms.ModelForm[Activity]):
    class Meta:
        model = Activity
        fields = ACTIVITY_FIELDS
        widgets: ClassVar[dict[str, Any]] = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in FIGURES:
            field = self.fields[name]
            field.validators.append(MaxValueValidator(MAX_FIGURE))
            field.widget.attrs.update({"min": 0, "max": MAX_FIGURE})

    def clean_date(self) -> dt.date:
        date: dt.date = self.cleaned_data["date"]
        if date < EARLIEST or date > timezone.localdate():
            raise forms.ValidationError(
                _("Give a date between %(first)s and today.") % {"first": EARLIEST.isoformat()}, code="range"
            )
        return date


class TargetsForm(forms.ModelForm[ImpactYear]):
    class Meta:
        model = ImpactYear
        fields = (
            "activities",
            "people_reached",
            "schools_reached",
            "young_people",
            "resources_made",
            "sid_schools",
            "sid_participants",
            "is_published",
        )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, forms.IntegerField):
                field.validators.append(MaxValueValidator(MAX_FIGURE))
                field.widget.attrs.update({"min": 0, "max": MAX_FIGURE})
            elif name == "is_published":
                field.help_text = _("Show this year's totals on the public “Our impact” page.")
