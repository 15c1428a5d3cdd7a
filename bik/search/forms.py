from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from bik.search.services import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    type = forms.CharField(required=False, widget=forms.HiddenInput)
