"""Schemathesis against the read API's own OpenAPI schema: generated calls to every operation (valid and
invalid parameters, fixed seed and budget) must never give a 5xx, and every status the API answers must be
one its schema documents."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error, status_code_conformance

from tests.fuzz.budget import API_EXAMPLES, count_request


def _schema() -> Any:
    """The API's schema, read through Django's WSGI handler as the module is collected. Schemathesis never closes
    that response, so Django would never send `request_finished`: the request is ended here, or it would stay
    open in this process and pin the cache generations' tokens (bik.caching.generations) for the tests that follow."""
    try:
        return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    finally:
        request_finished.send(sender=None)


schema = _schema()


@pytest.fixture(autouse=True)
def _keep_the_test_database_open() -> Iterator[None]:
    """Calls go through the WSGI handler, whose request signals would close the test's database connection;
    Django's own test client detaches them the same way. Schemathesis never closes a call's response, so the last
    call's request is ended here (`_schema`, above, says why)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_finished.send(sender=None)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=API_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_api_call_gives_a_server_error_or_an_undocumented_status(case: Any) -> None:
    response = case.call()
    count_request("api", response.status_code)
    case.validate_response(response, checks=[not_a_server_error, status_code_conformance])
