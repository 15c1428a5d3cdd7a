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

_application = get_wsgi_application()


def _served(environ: dict[str, Any], start_response: Any) -> list[bytes]:
    """Django's WSGI application as a server runs it: the body read, then the response closed, which ends the
    request (`request_finished`). Schemathesis's WSGI client never closes a response, so each call (and the
    schema's own read, as the module is collected) would leave its request open in this process and pin the cache
    generations' tokens (bik.caching.generations) for the tests that follow."""
    response = _application(environ, start_response)
    try:
        return [b"".join(response)]
    finally:
        response.close()


schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", _served)


@pytest.fixture(autouse=True)
def _keep_the_test_database_open() -> Iterator[None]:
    """Calls go through the WSGI handler, whose request signals would close the test's database connection;
    Django's own test client detaches them the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
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
