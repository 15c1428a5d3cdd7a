from django import template
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from bik.hotline.canonical import defang as defang_url
from bik.hotline.models import HotlineAuditEntry, Outcome, Stage

register = template.Library()


@register.filter
def defang(text: str) -> str:
    """A reported URL as inert text (escaped as usual by the template engine; never a link)."""
    return defang_url(str(text))


def _country(code: str) -> str:
    return str(countries.name(code)) or code


@register.filter
def audit_detail(entry: HotlineAuditEntry) -> str:
    """An audit entry's detail as the reader says it: the outcome and hosting country of an assessment, the
    step recorded, where an address was forwarded; other details (a receipt code, an email) as they are."""
    detail = str(entry.detail)
    if entry.action == "assess":
        outcome, _space, country = detail.partition(" ")
        parts = [str(Outcome(outcome).label) if outcome in Outcome.values else outcome]
        return " · ".join([*parts, _country(country)] if country else parts)
    if entry.action == "record_stage":
        return str(Stage(detail).label) if detail in Stage.values else detail
    if entry.action == "forward":
        return str(_("The national police")) if detail == "police" else _country(detail)
    return detail
