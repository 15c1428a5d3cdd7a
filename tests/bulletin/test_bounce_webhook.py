"""The bounce webhook answers 400 to anything that is not a well-formed, fresh report — deep nesting, ids no
database holds, digits that are not ASCII, a stale or missing timestamp — and 409 to a report it already
took; never a 500. The timestamp is inside the signed body (scheme in docs/operations.md)."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from django.test import Client

from bik.bulletin import bounces
from bik.bulletin.models import BounceReceipt
from tests.factories.bulletin import SubscriberFactory

pytestmark = pytest.mark.django_db

SECRET = "bounce-secret-for-tests"
READER = "reader@readers.example"


def _post(client: Client, payload: Any = None, *, raw: bytes | None = None) -> Any:
    body = raw if raw is not None else json.dumps(payload).encode()
    return client.post(
        "/bulletin/bounces/", body, content_type="application/json", HTTP_X_BIK_SIGNATURE=bounces.sign(body, SECRET)
    )


def _report(**overrides: Any) -> dict[str, Any]:
    report: dict[str, Any] = {
        "timestamp": int(time.time()),
        "events": [{"type": "hard_bounce", "email": READER}],
    }
    report.update(overrides)
    return report


def test_a_fresh_signed_report_is_taken_once_and_a_replay_is_refused(client: Client) -> None:
    report = json.dumps(_report()).encode()

    first = _post(client, raw=report)
    again = _post(client, raw=report)

    assert first.status_code == 200
    assert first.json() == {"received": 1, "suppressed": 1}
    assert again.status_code == 409
    assert BounceReceipt.objects.count() == 1


def test_a_report_outside_the_time_window_or_without_a_timestamp_is_refused(client: Client) -> None:
    reader = SubscriberFactory.create(email=READER)
    an_hour_ago = int(time.time()) - 3600
    in_an_hour = int(time.time()) + 3600

    reports: list[dict[str, Any]] = [_report(timestamp=an_hour_ago), _report(timestamp=in_an_hour), {"events": []}]
    for report in reports:
        assert _post(client, report).status_code == 400
    for timestamp in ("²", "1e9", True, 10**30, -5, None, "17000000000000000000000"):
        assert _post(client, _report(timestamp=timestamp)).status_code == 400
    reader.refresh_from_db()
    assert reader.suppressed_at is None


def test_deeply_nested_or_malformed_bodies_are_a_400(client: Client) -> None:
    deep = b'{"timestamp": 1, "events": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    strings_with_brackets = _report(events=[{"type": "x", "email": "[[[[[[[[@{{{{{{.example"}])

    assert _post(client, raw=deep).status_code == 400
    assert _post(client, raw=b"\xff\xfe").status_code == 400
    assert _post(client, raw=b"not json").status_code == 400
    assert _post(client, [1, 2]).status_code == 400
    assert _post(client, _report(events=[{"type": "hard_bounce", "email": {"nested": "object"}}])).status_code == 400
    assert _post(client, _report(events=[[1]])).status_code == 400
    assert _post(client, _report(events="all")).status_code == 400
    assert _post(client, strings_with_brackets).status_code == 200


def test_message_ids_with_out_of_range_or_unicode_numbers_are_only_not_matched(client: Client) -> None:
    huge = f"<bulletin.{10**40}.{10**40}@bik.example>"
    superscript = "<bulletin.².1@bik.example>"
    events = [{"type": "hard_bounce", "email": READER, "message_id": mid} for mid in (huge, superscript)]

    response = _post(client, _report(events=events))

    assert response.status_code == 200
    assert response.json()["received"] == 2


def test_the_nesting_check_ignores_brackets_inside_strings() -> None:
    assert bounces.nesting_depth('{"a": "[[[[[\\"[[["}') == 1
    assert bounces.nesting_depth('{"events": [{"x": [1]}]}') == 4
