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


_AUDIT_ACTIONS = {
    "view_queue": _("Opened the queue"),
    "view_handled": _("Opened the handled reports"),
    "find_report": _("Searched by receipt code"),
    "view_report": _("Opened a report"),
    "export": _("Exported a report"),
    "assess": _("Assessed an address"),
    "forward": _("Forwarded an address"),
    "record_stage": _("Recorded a takedown step"),
    "view_statistics": _("Opened the statistics"),
    "view_audit_log": _("Opened the audit log"),
    "appoint_analyst": _("Appointed an analyst"),
    "remove_analyst": _("Removed an analyst"),
}


@register.filter
def audit_action(action: str) -> str:
    """What an audit entry's action code means, in the reader's language (the code itself when it is unknown)."""
    return str(_AUDIT_ACTIONS.get(action, action))


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
