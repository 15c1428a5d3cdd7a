"""`{% filter_fields form cache_as="…" %}`: a filter form's fields as includes/form_fields.html renders them (used
by includes/components/filter_panel.html). With `cache_as`, the fields are rendered once per language, generation
of the look-ups (bik.caching.lookups, renewed when vocabularies change) and values chosen in them: a form nobody
has filled in — the state most visitors see, whatever else the address carries (a page number) — is rendered
once. A form with a mistake is rendered each time (its values are whatever was typed)."""

from __future__ import annotations

import hashlib

from django import forms, template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from bik.caching import lookups

register = template.Library()


@register.simple_tag
def filter_fields(form: forms.Form, cache_as: str = "") -> SafeString:
    def render() -> str:
        return str(render_to_string("includes/form_fields.html", {"form": form}))

    if cache_as and (not form.is_bound or form.is_valid()):
        html = lookups.remember((cache_as, get_language() or settings.LANGUAGE_CODE, _chosen(form)), render)
    else:
        html = render()
    return mark_safe(html)  # noqa: S308 -- the form's own template rendered it, escaping what it shows


def _chosen(form: forms.Form) -> str:
    """What the form's fields show: nothing for an unbound form, else each field's values in the request."""
    if not form.is_bound:
        return "unbound"
    data = form.data
    values = [
        (name, data.getlist(key) if hasattr(data, "getlist") else data.get(key))
        for name in form.fields
        for key in [form.add_prefix(name)]
    ]
    return hashlib.sha256(repr(values).encode()).hexdigest()[:32]
