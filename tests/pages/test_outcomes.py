"""`told`: a view says that an action was done, or the service's reason for refusing it, and nothing else escapes."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest
from django.test import RequestFactory

from bik.pages.outcomes import told


class RefusedError(Exception):
    pass


def refuse(reason: str) -> None:
    raise RefusedError(reason)


def _request() -> HttpRequest:
    request = RequestFactory().post("/")
    request._messages = CookieStorage(request)  # type: ignore[attr-defined]
    return request


def _said(request: HttpRequest) -> list[tuple[str, str]]:
    return [(message.tags, message.message) for message in get_messages(request)]


def test_a_done_action_is_said_as_a_success() -> None:
    request = _request()
    done = []

    with told(request, "Done.", RefusedError):
        done.append(True)

    assert done == [True]
    assert _said(request) == [("success", "Done.")]


def test_a_refusal_is_said_in_the_services_words_and_goes_no_further() -> None:
    request = _request()

    with told(request, "Done.", RefusedError):
        refuse("This meeting has already started.")

    assert _said(request) == [("error", "This meeting has already started.")]


def test_any_other_error_is_not_hidden() -> None:
    request = _request()

    with pytest.raises(KeyError), told(request, "Done.", RefusedError):
        raise KeyError("bug")

    assert _said(request) == []
