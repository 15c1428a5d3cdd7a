"""Every form that creates an account, sends an email or stores a submission is limited per client and per
target (the address typed, or the account acting) by one policy, bik.accounts.ratelimits. Over the limit the
answer is a 429 that shows the form again with what was typed and a message to wait."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.utils import timezone

from bik import settings as bik_settings
from bik.accounts import ratelimits
from bik.accounts.models import User
from bik.bulletin import emails as bulletin_emails
from bik.bulletin.models import Subscriber
from bik.community.blogs import services as blog_services
from bik.community.models import Invitation
from bik.moderation.models import Report
from bik.network.models import Centre, Strand
from bik.sid.models import Action
from tests.community.blogs.helpers import make_member
from tests.conftest import Cast, make_user
from tests.events.vnu import html_errors
from tests.factories.sid import EditionFactory
from tests.sid.helpers import form_data, sid_client, supporter

pytestmark = pytest.mark.django_db

PASSWORD = "a long and lovely passphrase 42"
WAIT = "Please wait a little and try again."


def _client(ip: str, host: str = "testserver") -> Client:
    return Client(REMOTE_ADDR=ip, HTTP_HOST=host)


@dataclass(frozen=True)
class PublicForm:
    name: str
    url: str
    data: Callable[[str], dict[str, Any]]
    kept: Callable[[str], str]  # what must be shown again, typed by the visitor
    host: str = "testserver"


def _signup_data(address: str) -> dict[str, Any]:
    return {"email": address, "password1": PASSWORD, "password2": PASSWORD}


def _youth_data(address: str) -> dict[str, Any]:
    return {
        "pseudonym": "NightOwl",
        "year_of_birth": str(timezone.localdate().year - 16),
        "country": "IE",
        "email": address,
        "parent_email": "",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "rules": "on",
    }


def _sid_data(address: str) -> dict[str, Any]:
    return {
        "email": address,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "name": "Escola Secundária de Braga",
        "kind": "school",
        "country": "PT",
        "website": "https://escola.example",
    }


def _typed_address(address: str) -> str:
    return f'value="{address}"'


PUBLIC_FORMS = [
    PublicForm("signup", "/en/accounts/signup/", _signup_data, _typed_address),
    PublicForm("password_reset", "/en/accounts/password/reset/", lambda a: {"email": a}, _typed_address),
    PublicForm("youth_join", "/en/youth/join/", _youth_data, lambda a: 'value="NightOwl"'),
    PublicForm(
        "sid_register",
        "/en/supporters/register/",
        _sid_data,
        lambda a: 'value="Escola Secundária de Braga"',
        host="sid.localhost",
    ),
    PublicForm(
        "bulletin_subscribe", "/en/bulletin/subscribe/", lambda a: {"email": a, "language": "en"}, _typed_address
    ),
]


def _limits(settings: Any, form: str, *, client: str, address: str) -> None:
    settings.BIK_RATE_LIMITS = {**settings.BIK_RATE_LIMITS, form: {"client": client, "address": address}}


@pytest.mark.parametrize("form", PUBLIC_FORMS, ids=lambda form: form.name)
def test_one_client_is_limited_and_keeps_what_it_typed(settings: Any, form: PublicForm) -> None:
    _limits(settings, form.name, client="2/h", address="100/h")
    client = _client("192.0.2.1", form.host)
    first = [client.post(form.url, form.data(f"person{n}@example.org")).status_code for n in range(2)]

    refused = client.post(form.url, form.data("person2@example.org"))
    elsewhere = _client("192.0.2.2", form.host).post(form.url, form.data("person3@example.org"))

    assert first == [302, 302]  # accepted, on to the next step
    assert refused.status_code == 429
    html = refused.content.decode()
    assert WAIT in html
    assert form.kept("person2@example.org") in html
    assert PASSWORD not in html, "passwords are never sent back"
    assert elsewhere.status_code == 302, "another client is not affected"


@pytest.mark.parametrize("form", PUBLIC_FORMS, ids=lambda form: form.name)
def test_one_address_is_limited_whichever_client_sends_it(settings: Any, form: PublicForm) -> None:
    _limits(settings, form.name, client="100/h", address="1/h")

    first = _client("192.0.2.1", form.host).post(form.url, form.data("target@example.org"))
    second = _client("198.51.100.7", form.host).post(form.url, form.data("Target@Example.org"))
    other = _client("198.51.100.7", form.host).post(form.url, form.data("other@example.org"))

    assert first.status_code == 302
    assert second.status_code == 429
    assert other.status_code == 302


def test_clients_in_one_ipv6_network_share_a_limit(settings: Any) -> None:
    _limits(settings, "bulletin_subscribe", client="1/h", address="100/h")
    data = {"email": "a@example.org", "language": "en"}

    assert _client("2001:db8:1:2::1").post("/en/bulletin/subscribe/", data).status_code == 302
    data["email"] = "b@example.org"
    assert _client("2001:db8:1:2::ffff").post("/en/bulletin/subscribe/", data).status_code == 429
    assert _client("2001:db8:1:3::1").post("/en/bulletin/subscribe/", data).status_code == 302


def test_the_429_page_is_in_the_visitors_language(settings: Any) -> None:
    _limits(settings, "bulletin_subscribe", client="1/h", address="100/h")
    client = _client("192.0.2.1")
    client.post("/fr/bulletin/subscribe/", {"email": "a@example.org", "language": "fr"})

    refused = client.post("/fr/bulletin/subscribe/", {"email": "b@example.org", "language": "fr"})

    assert refused.status_code == 429
    assert '<html lang="fr"' in refused.content.decode()
    assert 0 < int(refused["Retry-After"]) <= 3600, "until the hour's window ends"


def test_a_community_invitation_is_limited_per_invited_address(
    settings: Any, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    _limits(settings, "community_invite", client="100/h", address="1/d")
    poland = Centre.objects.get(country="PL")
    data = {"email": "invited@cast.example", "centre": poland.pk, "strands": [Strand.YOUTH]}
    admin = client_for(cast.network_admin)

    assert admin.post("/en/community/invite/", data).status_code == 302
    refused = admin.post("/en/community/invite/", {**data, "email": "INVITED@cast.example"})

    assert refused.status_code == 429
    assert WAIT in refused.content.decode()
    assert Invitation.objects.count() == 1


def test_a_community_join_request_is_limited_per_account(settings: Any, client_for: Callable[[User], Client]) -> None:
    _limits(settings, "community_join", client="100/h", address="1/d")
    person = make_user("rita@cast.example")
    data = {
        "first_name": "Rita",
        "last_name": "Nowak",
        "centre": Centre.objects.get(country="PL").pk,
        "strands": [Strand.HOTLINE],
        "job_title": "Hotline analyst",
        "organisation": "NASK",
        "expertise": "",
        "motivation": "",
    }
    client = client_for(person)
    client.post("/en/community/join/", data)
    # The request is withdrawn (declined, say): asking again the same day counts against the account.
    person.community_membership.delete()

    refused = client.post("/en/community/join/", {**data, "job_title": "Senior analyst"})

    assert refused.status_code == 429
    assert 'value="Senior analyst"' in refused.content.decode()


def test_a_report_is_limited_per_account(settings: Any, cast: Cast, client_for: Callable[[User], Client]) -> None:
    _limits(settings, "report", client="100/h", address="1/h")
    author = make_member("camille@cast.example", "FR")
    first, second = (
        blog_services.create_post(author, title=f"Post {n}", summary="s", body="<p>b</p>", tags="", strand="")
        for n in range(2)
    )
    client = client_for(cast.sic_member)
    data = {"reason": "spam", "details": "selling things"}

    client.post(f"/en/moderation/items/{first.moderation_id}/report/", data)
    reports = Report.objects.filter(reporter=cast.sic_member).count()
    refused = client.post(f"/en/moderation/items/{second.moderation_id}/report/", data)

    assert refused.status_code == 429
    assert "selling things" in refused.content.decode()
    assert reports == 1
    assert Report.objects.filter(reporter=cast.sic_member).count() == 1


def test_sid_submissions_are_limited_per_supporter(settings: Any) -> None:
    EditionFactory.create()
    _limits(settings, "sid_submit", client="100/h", address="1/d")
    owner = supporter("PT")
    client = sid_client(owner.user)

    client.post("/en/supporters/submit/", form_data(title="First"))
    refused = client.post("/en/supporters/submit/", form_data(title="Second action"))

    assert refused.status_code == 429
    assert 'value="Second action"' in refused.content.decode()
    assert Action.objects.filter(supporter=owner).count() == 1


def test_rates_are_configured_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = {"signup": {"client": "20/h", "address": "3/h"}}
    monkeypatch.setenv("BIK_RATE_LIMITS", "signup.address=1/15m, signup.client=5/d")

    assert bik_settings.envrates("BIK_RATE_LIMITS", defaults) == {"signup": {"client": "5/d", "address": "1/15m"}}


@pytest.mark.parametrize("value", ["signup.client=lots", "nosuchform.client=1/h", "signup.everyone=1/h", "x"])
def test_a_wrong_rate_stops_the_start_up(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("BIK_RATE_LIMITS", value)

    with pytest.raises(ImproperlyConfigured, match="BIK_RATE_LIMITS"):
        bik_settings.envrates("BIK_RATE_LIMITS", {"signup": {"client": "20/h", "address": "3/h"}})


def test_every_form_of_the_policy_has_rates(settings: Any) -> None:
    assert set(settings.BIK_RATE_LIMITS) == {form.value for form in ratelimits.Form}


def test_resubscribing_from_the_preferences_page_counts_against_the_address(settings: Any) -> None:
    _limits(settings, "bulletin_subscribe", client="100/h", address="1/h")
    subscriber = Subscriber.objects.create(email="back@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    url = f"/en/bulletin/preferences/{bulletin_emails.preferences_token(subscriber.pk)}/"
    _client("192.0.2.1").post("/en/bulletin/subscribe/", {"email": "back@example.org", "language": "en"})

    refused = _client("198.51.100.7").post(url, {"language": "de"})

    assert refused.status_code == 429
    assert WAIT in refused.content.decode()


@pytest.mark.parametrize("form", PUBLIC_FORMS, ids=lambda form: form.name)
def test_the_429_pages_are_valid_html(settings: Any, form: PublicForm, tmp_path: Path) -> None:
    _limits(settings, form.name, client="1/h", address="100/h")
    client = _client("192.0.2.1", form.host)
    client.post(form.url, form.data("first@example.org"))
    refused = client.post(form.url, form.data("second@example.org"))
    assert refused.status_code == 429

    errors = html_errors({form.url: refused.content}, tmp_path)

    assert errors == [], "\n".join(errors)
