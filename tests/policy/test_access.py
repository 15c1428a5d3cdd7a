"""Unpublished answers are seen only by the country's contacts and the editors; the workspace and the review
are refused to everyone else (a 404, or the sign-in page when anonymous; a contact without a second factor is
sent to set one up)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bik.accounts.models import User
from bik.policy import services
from bik.policy.models import Answer, CountryReturn
from tests.community.blogs.helpers import close_file
from tests.conftest import Cast
from tests.policy.conftest import Contacts

WORKSPACE = "/en/policy/workspace/ie/2026/"
REVIEW = "/en/policy/review/2026/ie/"


def test_anonymous_visitors_are_sent_to_sign_in(irish_draft: CountryReturn) -> None:
    for url in (WORKSPACE, REVIEW, "/en/policy/workspace/", "/en/policy/review/"):
        response = Client().get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
        assert "no-store" in response["Cache-Control"]


def test_no_role_of_the_cast_reaches_the_workspace(cast: Cast, client_for: Callable[[User], Client]) -> None:
    for name, user in cast.all().items():
        assert client_for(user).get(WORKSPACE).status_code == 404, name


def test_only_editors_and_network_admins_reach_the_review(
    cast: Cast, contacts: Contacts, irish_draft: CountryReturn, client_for: Callable[[User], Client]
) -> None:
    for name, user in {**cast.all(), "contact": contacts.ireland}.items():
        expected = 200 if name in ("editor", "network_admin") else 404
        assert client_for(user).get(REVIEW).status_code == expected, name


def test_another_countrys_contact_cannot_open_the_irish_answers(
    contacts: Contacts, irish_draft: CountryReturn, client_for: Callable[[User], Client]
) -> None:
    french = client_for(contacts.france)
    assert french.get(WORKSPACE).status_code == 404
    assert french.post(WORKSPACE, {"action": "submit"}).status_code == 404
    with pytest.raises(services.NotAllowedError):
        services.submit(contacts.france, irish_draft)
    assert client_for(contacts.ireland).get(WORKSPACE).status_code == 200


def test_a_contact_without_a_second_factor_is_sent_to_set_one_up(
    contacts: Contacts, client_for: Callable[[User], Client]
) -> None:
    response = client_for(contacts.no_mfa).get(WORKSPACE)
    assert response.status_code == 302
    assert "/2fa/totp/activate/" in response["Location"]


def test_unpublished_answers_are_nowhere_in_public(irish_draft: CountryReturn) -> None:
    public = Client()
    # An unpublished year sends the visitor to the country's latest published profile.
    unpublished_year = public.get("/en/policy/countries/ie/2026/")
    assert (unpublished_year.status_code, unpublished_year["Location"]) == (302, "/en/policy/countries/ie/")
    assert "2026" not in public.get("/en/policy/countries/ie/").content.decode().split("<h1")[1].split("</h1>")[0]
    rows = public.get("/en/policy/open-data/policy-monitor-2026.csv").content.decode()
    assert ",FR," in rows
    assert ",IE," not in rows
    api = public.get("/api/v1/policy/years/2026/answers/?country=IE").json()
    assert api["count"] == 0
    page = public.get("/en/policy/?year=2026&indicator=age-verification-law").content.decode()
    assert 'data-country="IE" data-count="No answer published"' in page


def test_a_draft_attachment_is_private_until_published(
    cast: Cast, contacts: Contacts, irish_draft: CountryReturn, client_for: Callable[[User], Client]
) -> None:
    indicator = irish_draft.questionnaire.indicators.get(key="strategy-links")
    upload = SimpleUploadedFile("strategy.txt", b"The national strategy, in plain text.\n", content_type="text/plain")
    document = services.attach_document(contacts.ireland, irish_draft, indicator, "National strategy", upload)
    answer = Answer.objects.get(country_return=irish_draft, indicator=indicator)
    url = f"/en/policy/answers/{answer.pk}/documents/{document.pk}/"
    assert Client().get(url).status_code == 404
    assert client_for(contacts.france).get(url).status_code == 404
    assert client_for(cast.moderator).get(url).status_code == 404
    assert _download(client_for(contacts.ireland), url) == 200
    assert _download(client_for(cast.editor), url) == 200
    # Wagtail's own document address is closed to the public too.
    wagtail_address = Client().get(document.url)
    assert wagtail_address.status_code == 302
    assert "/login/" in wagtail_address["Location"]
    irish_draft.status = "published"
    irish_draft.save()
    assert _download(Client(), url) == 200


def _download(client: Client, url: str) -> int:
    response = client.get(url)
    close_file(response)
    return int(response.status_code)
