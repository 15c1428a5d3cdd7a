"""The read API for the directory: active centres with the contacts of their strands, in a chosen language."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django_countries.fields import Country
from openapi_schema_validator import OAS31Validator

from bik.network.models import Centre, Strand

pytestmark = pytest.mark.django_db

LIST = "/api/v1/network/centres/"


def _response_schema(client: Client, path: str) -> dict[str, Any]:
    spec = client.get("/api/v1/openapi.json").json()
    schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return {**schema, "components": spec["components"]}


def test_it_lists_all_31_centres_with_their_services(client: Client) -> None:
    data = client.get(LIST).json()
    OAS31Validator(_response_schema(client, LIST)).validate(data)
    assert data["count"] == 31
    assert len(data["results"]) == 31
    greece = next(centre for centre in data["results"] if centre["country"] == "GR")
    helpline = next(service for service in greece["services"] if service["strand"] == Strand.HELPLINE)
    assert helpline["phone"] == Centre.objects.get(country="GR").helpline.phone  # type: ignore[union-attr]
    assert greece["url"] == "http://testserver/en/centres/gr/"


def test_one_centre_matches_its_schema(client: Client) -> None:
    data = client.get(f"{LIST}gr/").json()
    OAS31Validator(_response_schema(client, f"{LIST}{{country}}/")).validate(data)
    assert data["country"] == "GR"
    assert {service["strand"] for service in data["services"]} >= {Strand.HELPLINE, Strand.HOTLINE}


def test_country_names_and_links_follow_the_language(client: Client) -> None:
    with translation.override("fr"):
        germany = str(Country("DE").name)  # "Allemagne" once django-countries' catalogue is installed
    data = client.get(f"{LIST}de/", {"lang": "fr"}).json()
    assert data["country_name"] == germany
    assert data["url"].endswith("/fr/centres/de/")
    assert data["services"][0]["strand_label"] != ""


def test_inactive_centres_are_left_out(client: Client) -> None:
    Centre.objects.filter(country="FR").update(is_active=False)
    countries = [centre["country"] for centre in client.get(LIST).json()["results"]]
    assert "FR" not in countries
    assert client.get(f"{LIST}fr/", follow=True).status_code == 404


@pytest.mark.parametrize("country", ["zz", "gre", "x" * 50, "%00"])
def test_unknown_countries_are_404s(client: Client, country: str) -> None:
    assert client.get(f"{LIST}{country}/", follow=True).status_code == 404


@pytest.mark.parametrize(("params", "status"), [({"lang": "xx"}, 400), ({"page": "0"}, 422), ({"page": "abc"}, 422)])
def test_bad_parameters_get_a_clear_client_error(client: Client, params: dict[str, str], status: int) -> None:
    """An unknown language or vocabulary value is the API's own 400; a malformed one fails validation (422)."""
    response = client.get(LIST, params)
    assert response.status_code == status
    assert "detail" in response.json()


def test_list_query_count_does_not_grow_with_centres(client: Client) -> None:
    Centre.objects.exclude(country__in=["BE", "FR"]).update(is_active=False)
    client.get(LIST)
    with CaptureQueriesContext(connection) as few:
        client.get(LIST)
    Centre.objects.update(is_active=True)
    with CaptureQueriesContext(connection) as many:
        client.get(LIST)
    assert len(many) == len(few)
