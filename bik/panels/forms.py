from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bik.panels.models import Consultation, PanelMember, first_name_only


class ArticleForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=140)
    body = forms.CharField(label=_("Your article"), max_length=8000, widget=forms.Textarea(attrs={"rows": 12}))
    signed_by = forms.ModelChoiceField(
        label=_("Signed by"), queryset=PanelMember.objects.none(), required=False, empty_label=None
    )

    def __init__(self, *args: Any, signers: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if signers is None:
            del self.fields["signed_by"]
        else:
            field = self.fields["signed_by"]
            assert isinstance(field, forms.ModelChoiceField)  # noqa: S101 -- declared above
            field.queryset = signers
            field.required = True
            field.label_from_instance = lambda member: str(member.user.public_name)  # type: ignore[method-assign,assignment]


class MemberForm(forms.Form):
    pseudonym = forms.CharField(label=_("Pseudonym of the young member"), max_length=60)
    title = forms.ChoiceField(label=_("Title"), choices=PanelMember.Title.choices)
    byline_name = forms.ChoiceField(
        label=_("Name in the byline"), choices=PanelMember.Name.choices, widget=forms.RadioSelect
    )
    first_name = forms.CharField(
        label=_("First name (only if chosen above)"), max_length=40, required=False, validators=[first_name_only]
    )


class AnswerForm(forms.Form):
    """Built for one consultation: radio buttons, checkboxes or a text box."""

    def __init__(self, consultation: Consultation, *args: Any, options: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = list(enumerate(consultation.option_list() if options is None else options))
        if consultation.kind == Consultation.Kind.FREE_TEXT:
            self.fields["text"] = forms.CharField(
                label=_("Your answer"),
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 6, "aria-describedby": "id_text_help"}),
                help_text=_("Do not write your name, school, town or any contact details."),
            )
        elif consultation.kind == Consultation.Kind.MULTIPLE:
            self.fields["choices"] = forms.TypedMultipleChoiceField(
                label=_("Choose all that apply"), choices=choices, coerce=int, widget=forms.CheckboxSelectMultiple
            )
        else:
            self.fields["choices"] = forms.TypedChoiceField(
                label=_("Choose one answer"), choices=choices, coerce=int, widget=forms.RadioSelect
            )

    def chosen(self) -> list[int]:
        value = self.cleaned_data.get("choices")
        if value is None or value == "":
            return []
        return list(value) if isinstance(value, list) else [int(value)]


class ConsultationForm(forms.ModelForm):  # type: ignore[type-arg]
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=settings.LANGUAGES,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Young people answer in one of these languages."),
    )
    closes_at = forms.DateTimeField(
        label=_("Closes at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )

    class Meta:
        model = Consultation
        fields = ("question", "description", "kind", "options", "languages", "min_age", "max_age", "closes_at")
        widgets = {"kind": forms.RadioSelect, "options": forms.Textarea(attrs={"rows": 5})}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") in (Consultation.Kind.SINGLE, Consultation.Kind.MULTIPLE):
            options = [line for line in str(data.get("options") or "").splitlines() if line.strip()]
            if len(options) < 2:
                self.add_error("options", _("Give at least two options, one per line."))
        if data.get("min_age") and data.get("max_age") and data["min_age"] > data["max_age"]:
            self.add_error("max_age", _("The oldest age must not be below the youngest."))
        closes_at = data.get("closes_at")
        if closes_at and closes_at <= timezone.now():
            self.add_error("closes_at", _("The closing date must be in the future."))
        return data


class ResponseForm(forms.Form):
    response = forms.CharField(
        label=_("What we did with your views"), max_length=4000, widget=forms.Textarea(attrs={"rows": 6})
    )


class TranslationForm(forms.Form):
    """A consultation's version in one of its other languages: the question, every option (in the source's
    order) and the response. Staff only: the labels and help are written in the template (manage_detail.html)."""

    question = forms.CharField(max_length=300)
    description = forms.CharField(max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3}))
    response = forms.CharField(max_length=4000, required=False, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(
        self, consultation: Consultation, language: str, *args: Any, translation: Any = None, **kwargs: Any
    ) -> None:
        kwargs.setdefault("prefix", language)
        if translation is not None:
            initial = {
                "question": translation.question,
                "description": translation.description,
                "response": translation.response,
            }
            initial.update({f"option_{i}": label for i, label in enumerate(translation.option_list())})
            kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        self.language = language
        self.translation = translation
        self.sources = consultation.option_list()
        for index, _source in enumerate(self.sources):
            self.fields[f"option_{index}"] = forms.CharField(max_length=200)
        for field in self.fields.values():
            field.widget.attrs["lang"] = language

    def option_fields(self) -> list[tuple[int, str, forms.BoundField]]:
        return [(index + 1, source, self[f"option_{index}"]) for index, source in enumerate(self.sources)]

    def options(self) -> list[str]:
        return [self.cleaned_data[f"option_{index}"] for index in range(len(self.sources))]
