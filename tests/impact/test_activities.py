"""A centre's reporters log its activities; nobody else may, and bad input is shown back as typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.impact.models import Activity, ActivityKind
from bik.network.models import Centre
from tests.conftest import Cast
from tests.impact.conftest import make_reporter
from tests.query_counts import render_warm

URL = "/en/impact/centres/be/"


def _data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": ActivityKind.TRAINING,
        "title": "Teachers' training in Leuven",
        "date": (timezone.localdate() - dt.timedelta(days=3)).isoformat(),
        "people_reached": "40",
        "schools_reached": "12",
        "young_people": "0",
        "resources_made": "1",
    }
    data.update(overrides)
    return data


def test_a_reporter_logs_an_activity(reporter: User, client_for: Callable[[User], Client]) -> None:
    response = client_for(reporter).post(URL, _data())

    assert response.status_code == 302
    activity = Activity.objects.get(title="Teachers' training in Leuven")
    assert activity.centre.country.code == "BE"
    assert (activity.people_reached, activity.schools_reached, activity.resources_made) == (40, 12, 1)
    assert activity.logged_by == reporter
    page = client_for(reporter).get(URL).content.decode()
    assert "Teachers&#x27; training in Leuven" in page


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("people_reached", "-5", "greater than or equal to 0"),
        ("schools_reached", "many", "Enter a whole number"),
        ("young_people", "1000000000", "less than or equal to"),
        ("date", "2001-05-01", "Give a date between 2004-01-01 and today"),
        ("date", (timezone.localdate() + dt.timedelta(days=40)).isoformat(), "Give a date between"),
        ("date", "31/02/2026", "Enter a valid date"),
    ],
)
def test_bad_input_is_refused_and_what_was_typed_is_kept(
    reporter: User, client_for: Callable[[User], Client], field: str, value: str, error: str
) -> None:
    response = client_for(reporter).post(URL, _data(**{field: value}, title="Keep this title"))

    assert response.status_code == 400
    html = response.content.decode()
    assert error in html
    assert 'value="Keep this title"' in html
    assert f'value="{value}"' in html
    assert not Activity.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(db: None) -> None:
    response = Client().get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert Client().post(URL, _data()).status_code == 302
    assert not Activity.objects.exists()


@pytest.mark.parametrize("role", ["sic_member", "editor", "network_admin", "member", "youth_coordinator"])
def test_other_roles_may_not_log_for_a_centre(role: str, cast: Cast, client_for: Callable[[User], Client]) -> None:
    client = client_for(getattr(cast, role))
    assert client.get(URL).status_code == 404
    assert client.post(URL, _data()).status_code == 404
    assert not Activity.objects.exists()


def test_a_reporter_may_not_log_for_another_centre(reporter: User, client_for: Callable[[User], Client]) -> None:
    client = client_for(reporter)
    assert client.get("/en/impact/centres/ie/").status_code == 404
    assert client.post("/en/impact/centres/ie/", _data()).status_code == 404
    assert not Activity.objects.exists()


def test_a_reporter_without_a_second_factor_sets_one_up_first(db: None, client_for: Callable[[User], Client]) -> None:
    reporter = make_reporter("no-mfa@cast.example", mfa=False)
    response = client_for(reporter).get(URL)
    assert response.status_code == 302
    assert "/2fa/totp/activate/" in response["Location"]


def test_the_workspace_sends_a_reporter_of_one_centre_to_it(
    reporter: User, client_for: Callable[[User], Client]
) -> None:
    response = client_for(reporter).get("/en/impact/centres/")
    assert response["Location"] == URL


def test_the_workspace_refuses_people_without_a_centre(cast: Cast, client_for: Callable[[User], Client]) -> None:
    assert client_for(cast.member).get("/en/impact/centres/").status_code == 403


def test_the_log_costs_the_same_queries_with_few_and_many_activities(
    reporter: User, client_for: Callable[[User], Client]
) -> None:
    centre = Centre.objects.get(country="BE")
    client = client_for(reporter)

    def add(count: int) -> None:
        Activity.objects.bulk_create(
            Activity(centre=centre, kind=ActivityKind.EVENT, title=f"Event {n}", date=dt.date(2025, 3, 1))
            for n in range(count)
        )

    add(3)
    few = render_warm(client, URL)
    add(80)
    many = render_warm(client, URL)
    assert few.queries == many.queries
    assert "Page 1 of 4" in many.html
