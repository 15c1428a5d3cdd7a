from __future__ import annotations

from typing import Any

from allauth.account import forms as allauth_forms
from django import forms
from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from bik.accounts import services
from bik.accounts.models import User


class ProfileForm(forms.ModelForm[User]):
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=[("", _("Same as the page")), *list(settings.LANGUAGES)],
        required=False,
    )

    class Meta:
        model = User
        fields: tuple[str, ...] = ("display_name", "first_name", "last_name", "preferred_language")


class YouthAccountForm(ProfileForm):
    """A young person's account: the language only. Their display name is the pseudonym chosen (and screened) on
    joining BIK Youth, and a real name has no place in a youth account: with no display name, the full name is
    what others would see."""

    class Meta(ProfileForm.Meta):
        fields = ("preferred_language",)


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and everything attached to it will be deleted for good."),
        required=True,
        error_messages={"required": _("Tick the box to confirm that you want to delete your account.")},
    )


class SignupForm(allauth_forms.SignupForm):
    def try_save(self, request: HttpRequest) -> tuple[Any, Any]:
        if self.account_already_exists:
            # A new account costs a password hash; so does this answer, or its speed would tell that the
            # address has an account (allauth already answers both with the same page and queued email).
            services.equal_password_work(str(self.cleaned_data.get("password1") or ""))
        result: tuple[Any, Any] = super().try_save(request)
        return result
