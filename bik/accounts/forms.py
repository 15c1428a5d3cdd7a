from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from bik.accounts.models import User


class ProfileForm(forms.ModelForm[User]):
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=[("", _("Same as the page")), *list(settings.LANGUAGES)],
        required=False,
    )

    class Meta:
        model = User
        fields = ("display_name", "first_name", "last_name", "preferred_language")


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and everything attached to it will be deleted for good."),
        required=True,
        error_messages={"required": _("Tick the box to confirm that you want to delete your account.")},
    )
