"""The content security policy of a plain response is built once per process, and is exactly django-csp's."""

from __future__ import annotations

from typing import cast

from csp.constants import HEADER, NONCE
from csp.middleware import CSPMiddleware
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory, override_settings

from bik.accounts.middleware import ContentSecurityPolicyMiddleware


def _both(request: HttpRequest, make: type[HttpResponse] = HttpResponse, **attributes: object) -> tuple[str, str]:
    """The header django-csp's own middleware sets and the one ours sets, for the same response."""
    headers = []
    for middleware_class in (CSPMiddleware, ContentSecurityPolicyMiddleware):
        response = make()
        for name, value in attributes.items():
            setattr(response, name, value)
        middleware = middleware_class(lambda _request, response=response: response)
        headers.append(cast(HttpResponse, middleware(request))[HEADER])
    return headers[0], headers[1]


def test_a_plain_response_gets_django_csps_policy() -> None:
    stock, ours = _both(RequestFactory().get("/en/"))
    assert ours == stock
    assert "default-src 'self'" in ours
    assert "unsafe-inline" not in ours


def test_a_response_that_changes_the_policy_gets_the_change() -> None:
    stock, ours = _both(RequestFactory().get("/admin/"), _csp_update={"script-src": ["'unsafe-inline'"]})
    assert ours == stock
    assert "script-src 'self' 'unsafe-inline'" in ours


def test_a_changed_setting_is_read_again() -> None:
    _both(RequestFactory().get("/en/"))  # the plain policy is built and kept
    policy = {"DIRECTIVES": {"default-src": ["'none'"]}}
    with override_settings(CONTENT_SECURITY_POLICY=policy):
        stock, ours = _both(RequestFactory().get("/en/"))
    assert ours == stock == "default-src 'none'"
    assert "default-src 'self'" in _both(RequestFactory().get("/en/"))[1]


def test_a_response_that_asked_for_a_nonce_goes_through_django_csp() -> None:
    policy = {"DIRECTIVES": {"default-src": ["'self'"], "script-src": ["'self'", NONCE]}}
    with override_settings(CONTENT_SECURITY_POLICY=policy):
        request = RequestFactory().get("/en/")
        middleware = ContentSecurityPolicyMiddleware(lambda _request: HttpResponse())
        middleware.process_request(request)
        nonce = str(request.csp_nonce)  # type: ignore[attr-defined]
        response = middleware.process_response(request, HttpResponse())
    assert sorted(response[HEADER].split("; ")) == ["default-src 'self'", f"script-src 'self' 'nonce-{nonce}'"]
