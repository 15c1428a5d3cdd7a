"""A year's answers from draft to publication, as the Irish contact and an editor go through it; the copy of a
questionnaire to the next year; the audit log."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from django.core import mail
from django.db import DatabaseError, connection, transaction
from django.test import Client

from bik.accounts.models import User
from bik.policy import services
from bik.policy.models import AuditEntry, CountryReturn, Indicator, Questionnaire, Status
from tests.conftest import AfterCommit, Cast
from tests.policy.conftest import Contacts, Monitor, year

WORKSPACE = "/en/policy/workspace/ie/2026/"
REVIEW = "/en/policy/review/2026/ie/"


def _form(client: Client) -> dict[str, str]:
    """The workspace form as the browser would send it: every field with its current value."""
    form = client.get(WORKSPACE).context["form"]
    data: dict[str, str] = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        data[name] = "" if value is None else str(value)
    return data


def _indicator(key: str) -> Indicator:
    found: Indicator = year(2026).indicators.get(key=key)
    return found


def test_the_draft_is_prefilled_with_last_years_unchanged_answers(irish_draft: CountryReturn) -> None:
    answered = {answer.indicator.key for answer in irish_draft.answers.select_related("indicator")}
    assert "age-verification-law" in answered
    assert "digital-education-hours" not in answered  # its question changed: version 2
    assert "ai-guidance" not in answered  # new this year


def test_a_return_goes_from_draft_to_publication(
    cast: Cast,
    contacts: Contacts,
    irish_draft: CountryReturn,
    client_for: Callable[[User], Client],
    after_commit: AfterCommit,
) -> None:
    contact, editor = client_for(contacts.ireland), client_for(cast.editor)
    data = _form(contact)
    hours, ai, av = (
        f"i{_indicator(key).pk}" for key in ("digital-education-hours", "ai-guidance", "age-verification-law")
    )

    # Submitting with unanswered questions is refused, and names them; what was typed is saved as a draft.
    data[f"{av}-choice"] = "yes"
    response = contact.post(WORKSPACE, {**data, "action": "submit"}, follow=True)
    assert "Answer these questions before submitting" in response.content.decode()
    assert "Guidance for schools on generative AI" in response.content.decode()
    irish_draft.refresh_from_db()
    assert irish_draft.status == Status.DRAFT

    # A number that is not one is refused with the typed value kept.
    response = contact.post(WORKSPACE, {**data, f"{hours}-number": "lots", "action": "save"})
    assert response.status_code == 400
    assert 'value="lots"' in response.content.decode()

    data.update({f"{hours}-number": "3", f"{ai}-choice": "partly", f"{ai}-text": "Draft guidance in 2026."})
    response = contact.post(WORKSPACE, {**data, "action": "submit"}, follow=True)
    assert "Submitted." in response.content.decode()
    irish_draft.refresh_from_db()
    assert irish_draft.status == Status.SUBMITTED
    assert contact.post(WORKSPACE, {**data, "action": "save"}).status_code == 403  # no changes once submitted

    # The editor asks for one change; the contact is emailed and sees the reason.
    assert editor.post(REVIEW, {"action": "request_changes", "reason": ""}).status_code == 400
    with after_commit():
        editor.post(REVIEW, {"action": "request_changes", "reason": "Hours a week: 3 seems high, please check."})
    assert "orla@cast.example" in mail.outbox[-1].to
    assert "Hours a week: 3 seems high" in mail.outbox[-1].body
    returned = contact.get(WORKSPACE).content.decode()
    assert "Hours a week: 3 seems high" in returned
    assert f'name="{hours}-number" value="3"' in returned  # as typed, not "3.00"

    data[f"{hours}-number"] = "2"
    contact.post(WORKSPACE, {**data, "action": "submit"})
    editor.post(REVIEW, {"action": "accept"})
    assert Client().get("/en/policy/countries/ie/2026/").status_code == 302  # accepted is not yet published
    response = editor.post("/en/policy/review/2026/", {"action": "publish"}, follow=True)
    assert "1 country published." in response.content.decode()

    profile = Client().get("/en/policy/countries/ie/2026/").content.decode()
    assert "Age verification required by law: No → <strong>Yes</strong>" in profile
    rows = list(
        csv.DictReader(io.StringIO(Client().get("/en/policy/open-data/policy-monitor-2026.csv").content.decode()))
    )
    irish = {row["indicator"]: row for row in rows if row["country"] == "IE"}
    assert irish["age-verification-law"]["value"] == "yes"
    assert irish["digital-education-hours"]["value"] == "2"
    assert irish["ai-guidance"]["comment"] == "Draft guidance in 2026."

    actions = list(AuditEntry.objects.filter(country="IE", year=2026).order_by("pk").values_list("action", flat=True))
    assert actions[-6:] == ["submit", "request changes", "save draft", "submit", "accept", "publish"]
    change = AuditEntry.objects.filter(country="IE", year=2026, action="save draft").last()
    assert change is not None
    assert change.changes["age-verification-law"]["before"]["choice"] == "no"
    log = editor.get(REVIEW).content.decode().split('id="audit"')[1]
    assert "<td>Asked for changes (IE)</td>" in log
    assert "<td>request changes" not in log
    with pytest.raises(ValueError, match="append-only"):
        change.save()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE policy_auditentry SET action = 'rewritten' WHERE id = %s", [change.pk])
    assert AuditEntry.objects.get(pk=change.pk).action == "save draft"


def test_network_admins_copy_a_questionnaire_to_the_next_year(
    cast: Cast, monitor: Monitor, client_for: Callable[[User], Client]
) -> None:
    source = year(2026)
    url = f"/admin/policy/questionnaires/{source.pk}/copy/"
    assert client_for(cast.editor).get(url).status_code == 404
    admin = client_for(cast.network_admin)
    assert "Copy to next year" in admin.get("/admin/snippets/policy/questionnaire/").content.decode()
    response = admin.post(url, {"year": "2026"})
    assert response.status_code == 400
    assert "There is already a questionnaire for 2026." in response.content.decode()
    response = admin.post(url, {"year": "2027"})
    assert response.status_code == 302
    copy = Questionnaire.objects.get(year=2027)
    assert list(copy.indicators.values_list("key", "version")) == list(source.indicators.values_list("key", "version"))
    with pytest.raises(services.NotAllowedError):
        services.copy_questionnaire(cast.editor, source, 2028)
