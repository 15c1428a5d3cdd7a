from __future__ import annotations

from typing import Any, cast

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from bik.news.models import Topic
from bik.news.services import vocabulary
from bik.partners.models import FIRST_YEAR, LAST_YEAR, PartnerOrganisation, validate_evidence
from bik.partners.services import PublicationFields
from bik.research.models import PublicationType
from bik.resources.models import Audience

MAX_FILE_MB = 20
MAX_LOGO_MB = 2


def _pdf(upload: UploadedFile | None, *, required: bool) -> UploadedFile | None:
    if upload is None:
        if required:
            raise forms.ValidationError(_("Choose the PDF file of the publication."), code="required")
        return None
    if upload.size is not None and upload.size > MAX_FILE_MB * 1024 * 1024:
        raise forms.ValidationError(_("The file is larger than %(size)s MB.") % {"size": MAX_FILE_MB}, code="too_large")
    head = upload.read(5)
    upload.seek(0)
    if not (upload.name or "").lower().endswith(".pdf") or head != b"%PDF-":
        raise forms.ValidationError(_("Choose a PDF file."), code="not_pdf")
    return upload


class PublicationForm(forms.Form):
    """A partner's publication (the English original): what it is, what it covers, and its PDF."""

    title = forms.CharField(label=_("Title"), max_length=250)
    summary = forms.CharField(label=_("Summary"), max_length=2000, widget=forms.Textarea(attrs={"rows": 6}))
    publication_type = forms.ChoiceField(label=_("Type"))
    year = forms.IntegerField(label=_("Year"), min_value=FIRST_YEAR, max_value=LAST_YEAR)
    authors = forms.CharField(
        label=_("Authors"), max_length=300, required=False, help_text=_("People, separated by commas.")
    )
    topics = forms.MultipleChoiceField(label=_("Topics"), required=False, widget=forms.CheckboxSelectMultiple)
    audiences = forms.MultipleChoiceField(label=_("Audiences"), required=False, widget=forms.CheckboxSelectMultiple)
    file = forms.FileField(
        label=_("PDF file"),
        required=False,
        help_text=_("At most %(size)s MB.") % {"size": MAX_FILE_MB},
    )

    def __init__(self, *args: Any, file_required: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.file_required = file_required
        if not file_required:
            self.fields["file"].help_text = _("Only to replace the file. At most %(size)s MB.") % {"size": MAX_FILE_MB}
        self.fields["year"].initial = timezone.now().year
        partner_types = [
            PublicationType.REPORT,
            PublicationType.STUDY,
            PublicationType.POLICY_PAPER,
            PublicationType.INDUSTRY_COMMITMENT,
            PublicationType.TOOL,
        ]
        cast("forms.ChoiceField", self.fields["publication_type"]).choices = [
            (kind.value, kind.label) for kind in partner_types
        ]
        cast("forms.ChoiceField", self.fields["topics"]).choices = [(t.slug, t.name) for t in vocabulary(Topic)]
        cast("forms.ChoiceField", self.fields["audiences"]).choices = [(a.slug, a.name) for a in vocabulary(Audience)]

    def clean_file(self) -> UploadedFile | None:
        return _pdf(self.cleaned_data.get("file"), required=self.file_required)

    def publication_fields(self) -> PublicationFields:
        data = self.cleaned_data
        english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        return PublicationFields(
            title=data["title"],
            summary=data["summary"],
            publication_type=data["publication_type"],
            year=data["year"],
            authors=data["authors"],
            topics=list(Topic.objects.filter(locale=english, slug__in=data["topics"])),
            audiences=list(Audience.objects.filter(locale=english, slug__in=data["audiences"])),
        )


class VersionForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    title = forms.CharField(label=_("Title"), max_length=250)
    summary = forms.CharField(label=_("Summary"), max_length=2000, widget=forms.Textarea(attrs={"rows": 6}))
    file = forms.FileField(label=_("PDF file"), help_text=_("At most %(size)s MB.") % {"size": MAX_FILE_MB})

    def __init__(self, *args: Any, languages: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast("forms.ChoiceField", self.fields["language"]).choices = languages

    def clean_file(self) -> UploadedFile | None:
        return _pdf(self.cleaned_data.get("file"), required=True)


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("What should the partner change?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The partner reads this in their workspace."),
    )


class ApplicationForm(forms.Form):
    name = forms.CharField(label=_("Organisation name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=PartnerOrganisation.Kind.choices, widget=forms.RadioSelect)
    description = forms.CharField(
        label=_("About the organisation"), max_length=3000, widget=forms.Textarea(attrs={"rows": 6})
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    logo = forms.ImageField(
        label=_("Logo"), required=False, help_text=_("PNG or JPEG, at most %(size)s MB.") % {"size": MAX_LOGO_MB}
    )
    logo_alt = forms.CharField(
        label=_("Logo description"),
        max_length=250,
        required=False,
        help_text=_("What the logo shows, for people who cannot see it (usually the organisation’s name)."),
    )

    def clean_logo(self) -> UploadedFile | None:
        logo: UploadedFile | None = self.cleaned_data.get("logo")
        if logo is not None and logo.size is not None and logo.size > MAX_LOGO_MB * 1024 * 1024:
            raise forms.ValidationError(_("The logo is larger than %(size)s MB.") % {"size": MAX_LOGO_MB})
        return logo


class MemberForm(forms.Form):
    email = forms.EmailField(label=_("Email address of an existing account"))


class CommitmentForm(forms.Form):
    title = forms.CharField(label=_("Commitment"), max_length=250)
    description = forms.CharField(
        label=_("What it means"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class SelfReportForm(forms.Form):
    """One pair of fields per commitment: what was done, and the evidence links."""

    year = forms.IntegerField(label=_("Year"), min_value=FIRST_YEAR, max_value=LAST_YEAR)

    def __init__(self, *args: Any, commitments: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commitments = commitments
        for commitment in commitments:
            self.fields[f"done_{commitment.pk}"] = forms.CharField(
                label=_("What was done: %(commitment)s") % {"commitment": commitment.title},
                max_length=3000,
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            self.fields[f"evidence_{commitment.pk}"] = forms.CharField(
                label=_("Evidence links: %(commitment)s") % {"commitment": commitment.title},
                max_length=3000,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text=_("Web addresses, one a line."),
                validators=[validate_evidence],
            )

    def entries(self) -> dict[int, tuple[str, str]]:
        return {
            c.pk: (self.cleaned_data[f"done_{c.pk}"], self.cleaned_data[f"evidence_{c.pk}"]) for c in self.commitments
        }
