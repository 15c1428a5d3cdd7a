"""The "Report it" router: two questions, then the right places in the person's country."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from bik.accounts.models import User
from bik.hotline.models import RouteCount
from bik.network.models import Centre, Strand
from bik.youth import services as youth_services
from tests.conftest import Cast
from tests.factories.guide import OnlineServiceFactory


@pytest.fixture
def platform_guide(db: None) -> None:
    """An entry of the guide to online services that says how to report on the platform."""
    OnlineServiceFactory.create(name="ChatApp", how_to_report="<p>Open the message and choose Report.</p>")


@pytest.mark.django_db
def test_it_asks_what_happened_and_where(client: Client) -> None:
    page = client.get("/en/report/").content.decode()
    assert 'type="radio"' in page
    assert "Someone is pressuring me or a child for pictures or money" in page
    assert '<option value="BE">' in page


def test_sextortion_in_belgium_goes_to_the_helpline_then_the_hotline(client: Client, platform_guide: None) -> None:
    response = client.get("/en/report/", {"concern": "sextortion", "country": "BE"})
    assert response.status_code == 200
    page = response.content.decode()
    belgium = Centre.objects.get(country="BE")
    helpline, hotline = belgium.service(Strand.HELPLINE), belgium.service(Strand.HOTLINE)
    assert helpline is not None
    assert hotline is not None
    assert page.index('id="helpline"') < page.index('id="hotline"') < page.index('id="emergency"')
    assert helpline.organisation in page
    expected = hotline.report_url or "/en/report/hotline/be/"
    assert f'href="{expected}"' in page
    assert "Never download, screenshot or forward illegal images" in page
    assert "How to report on" in page  # platform guides with reporting steps


@pytest.mark.django_db
def test_a_centre_without_its_own_report_page_uses_the_platform_form(client: Client) -> None:
    belgium = Centre.objects.get(country="BE")
    belgium.services.filter(strand=Strand.HOTLINE).update(report_url="")
    page = client.get("/en/report/", {"concern": "child_abuse", "country": "BE"}).content.decode()
    assert 'href="/en/report/hotline/be/"' in page


@pytest.mark.django_db
def test_danger_puts_the_emergency_number_first(client: Client) -> None:
    page = client.get("/en/report/", {"concern": "danger", "country": "IE"}).content.decode()
    assert page.index('id="emergency"') < page.index('id="helpline"')
    assert 'id="hotline"' not in page


@pytest.mark.django_db
def test_only_a_daily_count_of_the_route_is_kept(client: Client) -> None:
    RouteCount.objects.all().delete()
    client.get("/en/report/", {"concern": "bullying", "country": "FR"})
    client.get("/en/report/", {"concern": "bullying", "country": "FR"})
    assert list(RouteCount.objects.values_list("concern", "country", "count")) == [("bullying", "FR", 2)]
    assert not client.session.keys()


@pytest.mark.django_db
def test_missing_answers_are_clear_errors_that_keep_the_choice(client: Client) -> None:
    RouteCount.objects.all().delete()
    response = client.get("/en/report/", {"concern": "hate", "country": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Please choose a country from the list." in page
    assert re.search(r'value="hate"[^>]*checked', page)
    assert not RouteCount.objects.exists()
    assert client.get("/en/report/", {"concern": "nonsense", "country": "BE"}).status_code == 400


def test_it_is_linked_from_get_help_and_the_guide(client: Client, platform_guide: None) -> None:
    assert 'href="/en/report/"' in client.get("/en/help/").content.decode()
    guide = client.get("/en/report/", {"concern": "bullying", "country": "BE"}).content.decode()
    start = guide.index("How to report on")
    href = guide.rfind('href="', 0, start)
    entry_url = guide[href + 6 : guide.index('"', href + 6)]
    entry = client.get(entry_url.split("#")[0]).content.decode()
    assert 'id="how-to-report"' in entry
    assert 'href="/en/report/"' in entry


@pytest.mark.django_db
def test_it_is_linked_from_the_youth_area(cast: Cast, client_for: Callable[[User], Client]) -> None:
    youth_services.european_space()  # open to every young member
    response = client_for(cast.youth_member).get(reverse("youth:home"), follow=True)
    assert response.status_code == 200
    assert 'href="/en/report/"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "first", "then"), [("es", "Alemania", "Austria"), ("de", "Österreich", "Zypern")])
def test_the_countries_are_listed_by_their_name_in_the_readers_language(
    client: Client, language: str, first: str, then: str
) -> None:
    from bik.network.countries import name_key

    page = client.get(f"/{language}/report/").content.decode()
    select = page[page.index('name="country"') : page.index("</select>", page.index('name="country"'))]
    names = re.findall(r'<option value="[A-Z]{2}"[^>]*>([^<]+)</option>', select)

    assert names == sorted(names, key=name_key)
    assert names.index(first) < names.index(then)  # not by code (AT, CY, DE)
