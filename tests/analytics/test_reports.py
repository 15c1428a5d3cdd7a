"""Who sees the counts: editors, moderators and network admins see the site's usage in the admin; each centre's
staff see the downloads of their own centre's resources; nobody else sees any."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.analytics.models import DailyCount, Kind, Source
from bik.resources.models import Resource
from tests.conftest import Cast, turned_away_from_the_admin
from tests.impact.conftest import make_reporter
from tests.query_counts import render_warm
from tests.resources.helpers import add_resource

pytestmark = pytest.mark.django_db

ADMIN_URL = "/admin/analytics/"
BE_DOWNLOADS = "/en/impact/centres/be/downloads/"
TODAY = timezone.localdate()


@pytest.fixture
def counts() -> tuple[Resource, Resource]:
    belgian = add_resource("Belgian parents' guide", centre="BE")
    irish = add_resource("Irish teachers' pack", centre="IE")
    DailyCount.objects.bulk_create(
        [
            DailyCount(kind=Kind.PAGE, day=TODAY, subject="/en/", count=40),
            DailyCount(kind=Kind.PAGE, day=TODAY - dt.timedelta(days=1), subject="/en/", count=2),
            DailyCount(kind=Kind.PAGE, day=TODAY, subject="/en/portal/resources/", count=7),
            DailyCount(kind=Kind.DOWNLOAD, day=TODAY, object_id=belgian.pk, language="fr", count=5),
            DailyCount(kind=Kind.DOWNLOAD, day=TODAY, object_id=belgian.pk, language="nl", count=3),
            DailyCount(kind=Kind.DOWNLOAD, day=TODAY, object_id=irish.pk, language="ga", count=9),
            DailyCount(
                kind=Kind.FAILED_SEARCH, day=TODAY, subject="deepfake nudes", language="en", source=Source.SITE, count=4
            ),
            DailyCount(kind=Kind.SEARCH, day=TODAY, subject="tiktok", language="en", source=Source.SITE, count=6),
        ]
    )
    return belgian, irish


@pytest.mark.parametrize("role", ["editor", "moderator", "network_admin"])
def test_editors_see_top_pages_downloads_and_failed_searches(
    counts: tuple[Resource, Resource], role: str, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    response = client_for(getattr(cast, role)).get(ADMIN_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<td>/en/</td><td>42</td>" in html
    assert "<td>Irish teachers&#x27; pack</td><td>ga</td><td>9</td>" in html
    assert "<td>deepfake nudes</td>" in html
    assert "<td>tiktok</td>" not in html  # found something: not a failed search


def test_the_date_range_narrows_the_report(
    counts: tuple[Resource, Resource], cast: Cast, client_for: Callable[[User], Client]
) -> None:
    yesterday = (TODAY - dt.timedelta(days=1)).isoformat()
    html = client_for(cast.editor).get(f"{ADMIN_URL}?start={yesterday}&end={yesterday}").content.decode()
    assert "<td>/en/</td><td>2</td>" in html
    assert "deepfake nudes" not in html
    # An unreadable range falls back to the last 30 days instead of failing.
    assert client_for(cast.editor).get(f"{ADMIN_URL}?start=nonsense&end=2026-13-01").status_code == 200


@pytest.mark.parametrize("role", ["sic_member", "member", "youth_coordinator", "subscriber"])
def test_other_roles_never_see_the_usage_report(
    counts: tuple[Resource, Resource], role: str, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    response = client_for(getattr(cast, role)).get(ADMIN_URL)
    assert turned_away_from_the_admin(response)
    assert "deepfake" not in response.content.decode()


def test_a_centre_reporter_never_sees_the_usage_report(
    counts: tuple[Resource, Resource], client_for: Callable[[User], Client]
) -> None:
    assert turned_away_from_the_admin(client_for(make_reporter("r@cast.example")).get(ADMIN_URL))


def test_anonymous_visitors_see_no_report(counts: tuple[Resource, Resource]) -> None:
    assert Client().get(ADMIN_URL).status_code == 302
    response = Client().get(BE_DOWNLOADS)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_centres_staff_see_their_own_resources_downloads_only(
    counts: tuple[Resource, Resource], cast: Cast, client_for: Callable[[User], Client]
) -> None:
    response = client_for(cast.sic_member).get(BE_DOWNLOADS)  # a member of the Belgian centre

    assert response.status_code == 200
    html = response.content.decode()
    assert '<th scope="row">Belgian parents&#x27; guide</th><td>fr</td><td>5</td>' in html
    assert "<td>nl</td><td>3</td>" in html
    assert "Irish teachers" not in html


def test_another_centres_staff_and_other_roles_get_nothing(
    counts: tuple[Resource, Resource], cast: Cast, client_for: Callable[[User], Client]
) -> None:
    irish_reporter = make_reporter("ie@cast.example", "IE")
    assert client_for(irish_reporter).get(BE_DOWNLOADS).status_code == 404
    assert client_for(irish_reporter).get("/en/impact/centres/ie/downloads/").status_code == 200
    for role in ("member", "editor", "youth_coordinator", "network_admin"):
        assert client_for(getattr(cast, role)).get(BE_DOWNLOADS).status_code == 404, role


def test_the_reports_cost_the_same_queries_as_days_and_rows_grow(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    resources = [add_resource(f"Guide {n}", centre="BE") for n in range(4)]

    def add_days(first: int, last: int) -> None:
        DailyCount.objects.bulk_create(
            DailyCount(
                kind=kind,
                day=TODAY - dt.timedelta(days=day),
                subject=f"/en/p{n}/",
                object_id=resource.pk,
                language="fr",
                count=1,
            )
            for day in range(first, last)
            for n, resource in enumerate(resources)
            for kind in (Kind.PAGE, Kind.DOWNLOAD, Kind.FAILED_SEARCH, Kind.VIDEO)
        )

    editor, staff = client_for(cast.editor), client_for(cast.sic_member)
    add_days(0, 2)
    few = render_warm(editor, ADMIN_URL), render_warm(staff, BE_DOWNLOADS)
    add_days(2, 30)
    many = render_warm(editor, ADMIN_URL), render_warm(staff, BE_DOWNLOADS)
    assert few[0].queries == many[0].queries
    assert few[1].queries == many[1].queries


def test_the_usage_report_is_in_the_admin_reports_menu_for_editors_only(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    menu_item = '"name": "site-usage", "label": "Site usage"'
    assert menu_item in client_for(cast.editor).get("/admin/").content.decode()
    assert menu_item not in client_for(make_reporter("rr@cast.example")).get("/admin/").content.decode()
