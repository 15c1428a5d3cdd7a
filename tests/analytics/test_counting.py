"""Counting without tracking: page views by beacon, downloads, video plays and searches are added up per day,
written in batches, never with a cookie, an address or any identifier, and not at all for DNT or GPC."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bik.analytics import beacon, recorder
from bik.analytics.models import DailyCount, Kind, Source
from bik.resources.models import ResourceLanguageVersion
from tests.conftest import forget_kept_pages
from tests.resources.helpers import add_resource
from tests.videos.helpers import add_uploaded_video, add_video, document

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.77"
HIT = "/analytics/hit"


def _hit(client: Client, token: str, **headers: Any) -> Any:
    return client.post(HIT, {"t": token}, REMOTE_ADDR=ADDRESS, **headers)


def _rows() -> list[tuple[str, str, int, str, str, int]]:
    recorder.flush()
    return list(
        DailyCount.objects.order_by("kind", "subject", "object_id").values_list(
            "kind", "subject", "object_id", "language", "source", "count"
        )
    )


def test_page_views_are_added_up_per_day_and_path() -> None:
    client = Client()
    for _ in range(3):
        assert _hit(client, beacon.page_token("/en/")).status_code == 204
    _hit(client, beacon.page_token("/en/portal/resources/"))

    assert _rows() == [("page", "/en/", 0, "", "", 3), ("page", "/en/portal/resources/", 0, "", "", 1)]
    assert set(DailyCount.objects.values_list("day", flat=True)) == {timezone.localdate()}


def test_a_later_batch_adds_to_the_days_count() -> None:
    client = Client()
    _hit(client, beacon.page_token("/en/"))
    recorder.flush()
    _hit(client, beacon.page_token("/en/"))
    _hit(client, beacon.page_token("/en/"))
    assert _rows() == [("page", "/en/", 0, "", "", 3)]


def test_the_beacon_sets_no_cookie_and_no_row_holds_the_address() -> None:
    client = Client()
    response = _hit(client, beacon.page_token("/en/"), HTTP_USER_AGENT="Mozilla/5.0 Test")

    assert response.status_code == 204
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert not client.cookies
    recorder.flush()
    for row in DailyCount.objects.values():
        assert ADDRESS not in str(row.values())
        assert "Mozilla" not in str(row.values())
    fields = {field.name for field in DailyCount._meta.get_fields()}
    assert fields == {"id", "kind", "day", "subject", "object_id", "language", "source", "count"}


@pytest.mark.parametrize("header", [{"HTTP_DNT": "1"}, {"HTTP_SEC_GPC": "1"}])
def test_do_not_track_and_global_privacy_control_are_respected(header: dict[str, Any]) -> None:
    client = Client()
    assert _hit(client, beacon.page_token("/en/"), **header).status_code == 204
    client.get("/en/search/?q=nothing+here+zzqx", **header)
    assert _rows() == []


def test_only_tokens_the_site_signed_are_counted() -> None:
    client = Client()
    forged = "page:/en/anything-i-like"
    assert client.post(HIT, {"t": forged}).status_code == 400
    assert client.post(HIT, {"t": beacon.page_token("/en/")[:-2] + "xx"}).status_code == 400
    assert client.post(HIT, {"t": "x" * 5000}).status_code == 400
    assert client.get(HIT).status_code == 405
    assert _rows() == []


def test_long_paths_are_cut_to_the_column(settings: Any) -> None:
    _hit(Client(), beacon.page_token("/en/" + "a" * 500))
    (row,) = _rows()
    assert len(row[1]) == 200


def test_the_beacon_is_rate_limited_per_client(settings: Any) -> None:
    settings.BIK_RATE_LIMITS = {**settings.BIK_RATE_LIMITS, "analytics": {"client": "3/h"}}
    client = Client()
    answers = [_hit(client, beacon.page_token("/en/")).status_code for _ in range(4)]
    assert answers == [204, 204, 204, 429]
    assert _rows() == [("page", "/en/", 0, "", "", 3)]


def test_n_events_are_written_in_a_bounded_number_of_statements() -> None:
    request = Client().get("/en/impact/").wsgi_request
    for n in range(1000):
        recorder.count_page(request, f"/en/page-{n % 3}/")
    with CaptureQueriesContext(connection) as queries:
        written = recorder.flush()

    assert written == 1000
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].startswith(("INSERT", "UPDATE"))]
    assert len(writes) == 1 + 3  # one insert of the missing rows, one update per distinct page
    assert sorted(DailyCount.objects.values_list("count", flat=True)) == [333, 333, 334]


def test_the_buffer_is_written_after_a_response_once_it_is_due(settings: Any) -> None:
    settings.BIK_ANALYTICS_BATCH_SIZE = 3
    client = Client()
    _hit(client, beacon.page_token("/en/"))
    _hit(client, beacon.page_token("/en/"))
    assert not DailyCount.objects.exists()  # waiting in the buffer
    _hit(client, beacon.page_token("/en/"))  # the third makes a batch, written after the response
    assert DailyCount.objects.get().count == 3


def test_searches_are_counted_with_their_words_and_whether_anything_was_found() -> None:
    client = Client()
    client.get("/en/search/?q=Zzqx+Nothing++here")
    client.get("/en/search/?q=zzqx+nothing+here&page=2")  # the same search, paged: counted once
    client.get("/en/search/?q=call+me+0470+12+34+56+or+kid%40mail.example")

    assert _rows() == [
        ("failed_search", "call me # or @", 0, "en", "site", 1),
        ("failed_search", "zzqx nothing here", 0, "en", "site", 1),
    ]


def test_the_resource_gallerys_text_search_is_counted() -> None:
    add_resource("Cyberbullying guide for parents", languages=("en",))
    gallery = "/en/portal/resources/"
    client = Client()
    client.get(f"{gallery}?q=cyberbullying")
    client.get(f"{gallery}?q=qqqzzz")

    rows = _rows()
    assert ("search", "cyberbullying", 0, "en", Source.RESOURCES.value, 1) in rows
    assert ("failed_search", "qqqzzz", 0, "en", Source.RESOURCES.value, 1) in rows


def test_downloads_are_counted_per_resource_and_language_file() -> None:
    resource = add_resource("Sexting guide", languages=("en",), centre="BE")
    file = document("sexting-fr.pdf", b"%PDF-1.4 test")
    ResourceLanguageVersion.objects.create(resource=resource, language="fr", document=file)
    client = Client()
    for _ in range(2):
        response = client.get(file.url)  # type: ignore[attr-defined]
        assert response.status_code == 200
        assert not response.cookies
        assert b"".join(response.streaming_content) == b"%PDF-1.4 test"  # type: ignore[attr-defined]  # read to the end: the file is closed

    assert _rows() == [("download", "", resource.pk, "fr", "", 2)]


def test_a_video_play_is_counted_from_the_token_on_the_player() -> None:
    video = add_video("Privacy settings explained")
    token = beacon.video_token(video.pk)
    _hit(Client(), token)
    assert _rows() == [("video", "", video.pk, "", "", 1)]


def test_the_video_player_carries_its_play_token() -> None:
    video = add_video("Passwords explained")
    html = Client().get(f"/en/portal/videos/{video.slug}/").content.decode()
    assert f'data-analytics-video="{beacon.video_token(video.pk)}"' in html


def test_a_video_served_by_the_platform_carries_its_play_token_too() -> None:
    video = add_uploaded_video("Staying safe on group chats")
    html = Client().get(f"/en/portal/videos/{video.slug}/").content.decode()
    assert f'<video controls preload="metadata" data-analytics-video="{beacon.video_token(video.pk)}"' in html


def test_counting_works_behind_the_page_cache(settings: Any) -> None:
    settings.PAGE_CACHE_SECONDS = 600
    forget_kept_pages()
    client = Client()
    first = client.get("/en/", HTTP_ACCEPT_LANGUAGE="en")
    cached = client.get("/en/", HTTP_ACCEPT_LANGUAGE="en")

    assert cached["X-Page-Cache"] == "hit"
    html = cached.content.decode()
    script = re.search(
        r'<script src="[^"]*analytics\.js" data-analytics-url="([^"]+)" data-analytics-page="([^"]+)"', html
    )
    assert script is not None
    assert first.content == cached.content
    assert _hit(client, script.group(2)).status_code == 204
    assert _hit(client, script.group(2)).status_code == 204
    assert _rows() == [("page", "/en/", 0, "", "", 2)]


def test_private_areas_and_error_pages_carry_no_beacon(cast: Any) -> None:
    assert "analytics.js" not in Client().get("/en/no-such-page-here/").content.decode()
    client = Client()
    client.force_login(cast.sic_member)
    assert "analytics.js" not in client.get("/en/community/home/").content.decode()
    assert "analytics.js" in Client().get("/en/impact/").content.decode()


def test_days_are_kept_apart() -> None:
    request = Client().get("/en/impact/").wsgi_request
    recorder.count_page(request, "/en/")
    recorder.flush()
    DailyCount.objects.update(day=timezone.localdate() - dt.timedelta(days=1))
    recorder.count_page(request, "/en/")
    recorder.flush()
    assert sorted(DailyCount.objects.values_list("count", flat=True)) == [1, 1]
    assert [Kind.PAGE.value] == list(DailyCount.objects.order_by().values_list("kind", flat=True).distinct())


def test_the_sid_mini_sites_pages_are_counted_apart_from_the_portals(settings: Any) -> None:
    html = Client(HTTP_HOST=settings.BIK_SID_HOST).get("/en/").content.decode()
    token = re.search(r'data-analytics-page="([^"]+)"', html)
    assert token is not None
    _hit(Client(), token.group(1))
    _hit(Client(), beacon.page_token("/en/"))
    assert set(_rows()) == {("page", "/en/", 0, "", "", 1), ("page", f"//{settings.BIK_SID_HOST}/en/", 0, "", "", 1)}
