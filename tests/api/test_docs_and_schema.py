"""The API's documentation page is served from the platform's own static files under the site's CSP (no CDN),
and its OpenAPI schema lists the 400, 404 and 422 answers every operation can give."""

from __future__ import annotations

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

pytestmark = pytest.mark.django_db


def test_swagger_ui_comes_from_the_platforms_own_static_files(client: Client) -> None:
    response = client.get("/api/v1/docs")

    page = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert response.status_code == 200
    assert "Content-Security-Policy" in response
    assert "cdn" not in page.lower()
    assert {asset.rsplit("/", 1)[-1] for asset in assets} >= {"swagger-ui-bundle.js", "swagger-ui.css"}
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert finders.find(asset.removeprefix("/static/")) is not None, asset
    assert "<script>" not in page  # nothing inline: the site's script-src 'self' applies


def test_every_operation_documents_its_error_answers(client: Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()

    operations = [operation for path in schema["paths"].values() for operation in path.values()]
    assert len(operations) >= 14
    for operation in operations:
        assert {"200", "400", "404", "422"} <= set(operation["responses"]), operation["operationId"]
    assert schema["components"]["schemas"]["Error"]["required"] == ["detail"]
