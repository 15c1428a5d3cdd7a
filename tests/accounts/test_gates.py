"""The staff workspaces' one gate: sign in, then a second factor where the role needs one, then the view's own
test; every answer behind it private."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cache import SessionStore
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.test import Client, RequestFactory
from django.urls import reverse

from bik.accounts.gates import Gate
from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.network.models import Centre
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

GATE = Gate(lambda user: user.email.startswith("no-factor"), "Set up a second factor, please.")


@GATE.view(lambda user: user.email.startswith("allowed"), refused=lambda request: HttpResponse("no", status=403))
def _guarded(request: HttpRequest, person: User) -> HttpResponse:
    return HttpResponse(f"hello {person.email}")


@GATE.centre_view(lambda user: list(Centre.objects.filter(country="BE")))
def _centre_page(request: HttpRequest, person: User, centre: Centre) -> HttpResponse:
    return HttpResponse(str(centre.country.code))


def _request(user: User | None, path: str = "/en/workspace/?tab=2") -> HttpRequest:
    request = RequestFactory().get(path)
    request.user = user or AnonymousUser()
    request.session = SessionStore()
    request._messages = FallbackStorage(request)  # type: ignore[attr-defined]
    return request


def _answer(view: Callable[..., HttpResponseBase], request: HttpRequest, **kwargs: str) -> HttpResponse:
    response = view(request, **kwargs)
    assert isinstance(response, HttpResponse)
    return response


def _is_private(response: HttpResponseBase) -> bool:
    control = response["Cache-Control"]
    return "private" in control and "no-store" in control and response["X-Robots-Tag"] == "noindex, nofollow"


def test_anonymous_visitors_are_sent_to_sign_in_and_back() -> None:
    response = _answer(_guarded, _request(None))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=/en/workspace/%3Ftab%3D2")
    assert _is_private(response)


def test_a_role_without_its_second_factor_is_sent_to_set_one_up_and_back() -> None:
    request = _request(make_user("no-factor@gate.example"))

    response = _answer(_guarded, request)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp") + "?next=%2Fen%2Fworkspace%2F%3Ftab%3D2"
    assert [str(m) for m in request._messages] == ["Set up a second factor, please."]  # type: ignore[attr-defined]
    assert _is_private(response)


def test_the_views_own_test_refuses_everyone_else_and_lets_the_right_people_in() -> None:
    refused = _answer(_guarded, _request(make_user("someone@gate.example")))
    allowed = _answer(_guarded, _request(make_user("allowed@gate.example")))

    assert (refused.status_code, refused.content) == (403, b"no")
    assert _is_private(refused)
    assert (allowed.status_code, allowed.content) == (200, b"hello allowed@gate.example")
    assert _is_private(allowed)


def test_a_centre_view_opens_only_the_centres_the_person_has() -> None:
    person = make_user("staff@gate.example")

    assert _answer(_centre_page, _request(person), country="be").content == b"BE"
    with pytest.raises(Http404):
        _centre_page(_request(person), country="fr")


def test_partner_pages_behind_the_gate_are_private(client_for: Callable[[User], Client]) -> None:
    reviewer = make_user("reviewer@gate.example", Role.NETWORK_ADMIN, mfa=True)

    response = client_for(reviewer).get("/en/partners/review/")

    assert response.status_code == 200
    assert _is_private(response)
