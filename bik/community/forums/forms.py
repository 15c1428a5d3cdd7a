from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from bik.community.files import ALLOWED_TYPES, max_upload_bytes, validate_document
from bik.community.forums import services
from bik.community.forums.models import Forum, NotificationPreference

_BODY_HELP = _(
    "Leave a blank line between paragraphs. You may use a little HTML: <strong>, <em>, <a href>, lists, "
    "<blockquote>, <code> and <pre>."
)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


def _attachments_help() -> str:
    kinds = ", ".join(kind.label for kind in ALLOWED_TYPES)
    return str(
        _("Up to %(count)d files of at most %(size)d MB each: %(kinds)s. Only members can download them.")
        % {"count": services.MAX_ATTACHMENTS, "size": max_upload_bytes() // 2**20, "kinds": kinds}
    )


class _BodyForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=services.MAX_SOURCE_LENGTH,
        help_text=_BODY_HELP,
    )

    def clean_body(self) -> str:
        source = str(self.cleaned_data["body"])
        services.check_source(source)
        return source


class _AttachingForm(_BodyForm):
    attachments = MultipleFileField(label=_("Attach documents"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = _attachments_help()

    def clean_attachments(self) -> list[UploadedFile]:
        uploads: list[UploadedFile] = self.cleaned_data.get("attachments") or []
        if len(uploads) > services.MAX_ATTACHMENTS:
            raise ValidationError(
                _("You can attach up to %(limit)d files to a post."), params={"limit": services.MAX_ATTACHMENTS}
            )
        errors: list[ValidationError] = []
        for upload in uploads:
            try:
                validate_document(upload)
            except ValidationError as error:
                errors.extend(
                    ValidationError(_("%(name)s: %(problem)s"), params={"name": upload.name, "problem": message})
                    for message in error.messages
                )
        if errors:
            raise ValidationError(errors)
        return uploads


class ThreadForm(_AttachingForm):
    title = forms.CharField(label=_("Title"), max_length=200)

    field_order = ("title", "body", "attachments")


class ReplyForm(_AttachingForm):
    pass


class EditForm(_BodyForm):
    title = forms.CharField(label=_("Title"), max_length=200)

    field_order = ("title", "body")

    def __init__(self, *args: Any, with_title: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not with_title:
            del self.fields["title"]


class PreferenceForm(forms.Form):
    mode = forms.ChoiceField(
        label=_("Emails about the threads and forums you follow"),
        choices=NotificationPreference.Mode.choices,
        widget=forms.RadioSelect,
    )


class _ForumChoiceField(forms.ModelChoiceField[Forum]):
    def label_from_instance(self, obj: Forum) -> str:
        return obj.display_title


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the forums"), max_length=200, min_length=2)
    forum = _ForumChoiceField(
        label=_("Forum"),
        queryset=Forum.objects.all(),
        required=False,
        empty_label=_("All forums"),
        to_field_name="slug",
    )
