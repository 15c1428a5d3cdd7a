"""The directory of Safer Internet Centres and the "get help now" flow."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.network.models import Centre, Service, Strand

pytestmark = pytest.mark.django_db


def test_the_directory_lists_all_31_centres(client: Client) -> None:
    html = client.get("/en/centres/").content.decode()
    assert html.count('class="centre-card"') == 31
    assert 'href="/en/centres/is/"' in html


def test_a_centre_page_shows_helpline_and_hotline_contacts(client: Client) -> None:
    centre = Centre.objects.get(country="FR")
    helpline = centre.services.get(strand=Strand.HELPLINE)
    hotline = centre.services.get(strand=Strand.HOTLINE)
    html = client.get("/en/centres/fr/").content.decode()
    assert 'id="helpline"' in html
    assert helpline.phone in html
    assert hotline.report_link in html


def test_an_unknown_or_inactive_centre_is_a_404(client: Client) -> None:
    assert client.get("/en/centres/zz/").status_code == 404
    Centre.objects.filter(country="FR").update(is_active=False)
    assert client.get("/en/centres/fr/").status_code == 404


def test_get_help_reaches_the_national_helpline_in_two_steps(client: Client) -> None:
    response = client.get("/en/help/", {"country": "gr"})
    assert response.status_code == 302
    assert response["Location"] == "/en/centres/gr/#helpline"


def test_get_help_explains_an_unknown_country(client: Client) -> None:
    response = client.get("/fr/help/", {"country": "ZZ"})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_a_centre_keeps_one_contact_per_strand() -> None:
    from django.db import IntegrityError, transaction

    centre = Centre.objects.get(country="FR")
    with pytest.raises(IntegrityError), transaction.atomic():
        Service.objects.create(centre=centre, strand=Strand.HELPLINE, organisation="Duplicate")


@pytest.mark.parametrize("value", ["", "x" * 5000, "ΕΛ", "../../etc", "<script>", "%00", "1' OR '1'='1"])
def test_odd_input_never_breaks_the_help_flow(client: Client, value: str) -> None:
    response = client.get("/en/help/", {"country": value})
    # No country chosen is the first step again; anything else is no country and refused.
    assert response.status_code == (200 if value == "" else 400)
    assert b"<script>" not in response.content.split(b"</head>", 1)[1].replace(b'<script src="', b"")


@pytest.mark.parametrize("value", ["zz", "x" * 300, "%C3%A9", "be.json"])
def test_odd_centre_addresses_are_404s(client: Client, value: str) -> None:
    assert client.get(f"/en/centres/{value}/").status_code == 404
