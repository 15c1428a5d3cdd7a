"""`{% filter_fields form cache_as="…" %}`: a filter form's fields as includes/form_fields.html renders them (used
by includes/components/filter_panel.html). With `cache_as`, the fields of a form nobody has filled in — the
state most visitors see — are rendered once per language and generation of the look-ups (bik.caching.lookups,
renewed when vocabularies change)."""

from __future__ import annotations

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

    if cache_as and not form.is_bound:
        html = lookups.remember((cache_as, get_language() or settings.LANGUAGE_CODE), render)
    else:
        html = render()
    return mark_safe(html)  # noqa: S308 -- the form's own template rendered it, escaping what it shows
