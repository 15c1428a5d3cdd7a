"""Anonymous visitors get whole pages from the cache; a change to anything a page shows replaces it at once, in
every language; nothing personal is ever kept or served from it."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.frontend_cache.backends import BaseBackend

from bik.accounts.models import User
from bik.caching import pages, tags
from bik.caching.recent import Recent
from bik.sid.models import Edition
from tests.conftest import AfterCommit, Cast
from tests.factories.news import ArticleFactory, news_index
from tests.factories.resources import ResourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def _get(client: Client, url: str) -> Any:
    return client.get(url, HTTP_ACCEPT_LANGUAGE="en")


def test_the_second_anonymous_visit_is_served_whole_without_a_query(client: Client) -> None:
    first = _get(client, "/en/")
    with CaptureQueriesContext(connection) as queries:
        second = _get(client, "/en/")

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert len(queries) == 0
    assert "Cookie" in second["Vary"]


def test_publishing_an_article_replaces_every_page_that_showed_the_news(
    client: Client, after_commit: AfterCommit
) -> None:
    pages = ["/en/", news_index("en").url, news_index("fr").url]
    for url in pages:
        _get(client, url)
        assert _get(client, url)["X-Page-Cache"] == "hit"

    with after_commit():
        article = ArticleFactory.create(title="Cached pages follow the news", aliases=False)

    for url in pages:
        response = _get(client, url)
        assert response["X-Page-Cache"] == "miss", url
    assert "Cached pages follow the news" in _get(client, news_index("en").url).content.decode()
    assert _get(client, article.url)["X-Page-Cache"] == "miss"


def test_changing_a_record_replaces_the_gallery(client: Client, after_commit: AfterCommit) -> None:
    gallery = "/en/portal/resources/"
    _get(client, gallery)
    assert _get(client, gallery)["X-Page-Cache"] == "hit"

    with after_commit():
        ResourceFactory.create(title="A resource published a moment ago", date=dt.date(2031, 1, 1))

    response = _get(client, gallery)
    assert response["X-Page-Cache"] == "miss"
    assert "A resource published a moment ago" in response.content.decode()


def test_a_change_that_is_rolled_back_keeps_the_pages(client: Client, after_commit: AfterCommit) -> None:
    class UndoneError(Exception):
        pass

    _get(client, "/en/")
    with after_commit():
        try:
            with transaction.atomic():
                ArticleFactory.create(title="Never published", aliases=False)
                raise UndoneError
        except UndoneError:
            pass

    assert _get(client, "/en/")["X-Page-Cache"] == "hit"


def test_signed_in_visitors_never_get_a_kept_page(
    cast: Cast, client: Client, client_for: Callable[[User], Client]
) -> None:
    _get(client, "/en/")
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"

    response = client_for(cast.member).get("/en/")

    assert "X-Page-Cache" not in response
    assert "Sign out" in response.content.decode()


@pytest.mark.parametrize("url", ["/en/", "/en/portal/", "/en/portal/resources/", "/fr/", "/en/bulletin/"])
def test_no_kept_page_sets_a_cookie_or_carries_a_form_token(client: Client, url: str) -> None:
    for _ in range(2):
        response = _get(client, url)
        if "X-Page-Cache" in response:
            assert not response.cookies
            assert "csrfmiddlewaretoken" not in response.content.decode()


@pytest.mark.parametrize("has_csrf_cookie", [False, True])
def test_a_page_with_a_form_token_is_never_kept(client: Client, has_csrf_cookie: bool) -> None:
    if has_csrf_cookie:
        client.cookies["csrftoken"] = "x" * 32
    for _ in range(2):
        response = _get(client, "/en/accounts/login/")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "csrfmiddlewaretoken" in response.content.decode()


def test_a_query_string_bypasses_the_cache(client: Client) -> None:
    for _ in range(2):
        response = _get(client, "/en/portal/resources/?topic=cyberbullying")
        assert "X-Page-Cache" not in response


def test_the_sid_host_keeps_its_own_pages_and_follows_its_editions(settings: Any, after_commit: AfterCommit) -> None:
    with after_commit():  # made and committed before the visits
        edition = Edition.objects.create(
            number=1, year=2027, date=dt.date(2027, 2, 9), theme="Together for a better internet"
        )
    sid = Client(HTTP_HOST=settings.BIK_SID_HOST)
    portal_home = _get(Client(), "/en/").content
    first = _get(sid, "/en/")
    assert first.status_code == 200
    assert _get(sid, "/en/")["X-Page-Cache"] == "hit"
    assert _get(sid, "/en/").content != portal_home
    assert "Together for a better internet" in first.content.decode()

    with after_commit():
        edition.theme = "A theme changed a moment ago"
        edition.save()

    response = _get(sid, "/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "A theme changed a moment ago" in response.content.decode()


class RecordingBackend(BaseBackend):
    """A front-end cache that notes what it is told to purge."""

    purged: ClassVar[list[str]] = []

    def purge(self, url: str) -> None:
        RecordingBackend.purged.append(url)


def test_an_unchanged_page_answers_304_to_its_etag(client: Client) -> None:
    first = _get(client, "/en/")
    with CaptureQueriesContext(connection) as queries:  # answered from the page cache
        again = client.get("/en/", HTTP_ACCEPT_LANGUAGE="en", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert len(queries) == 0


def test_a_hit_carries_the_headers_of_the_page_it_kept(client: Client) -> None:
    first = _get(client, "/fr/")
    hit = _get(client, "/fr/")

    assert (first["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    for header in ("Content-Security-Policy", "Content-Language", "Vary", "ETag", "X-Frame-Options"):
        assert hit[header] == first[header], header
    assert hit["Content-Language"] == "fr"
    assert hit.content == first.content


def test_a_renewal_of_other_tables_keeps_the_page_and_one_of_its_own_replaces_it(client: Client) -> None:
    _get(client, "/en/")
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"

    pages.renew({"bulletin_issue_not_read_by_the_home_page"})  # a new epoch: the page's tags are checked
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"  # found current in this epoch: not checked again

    pages.renew({"news_articlepage"})  # the home page shows the latest news
    assert _get(client, "/en/")["X-Page-Cache"] == "miss"
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"


class CountingReads:
    """The pages cache, counting the keys read through it."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend
        self.keys: list[str] = []

    def get(self, key: str, *args: Any) -> Any:
        self.keys.append(key)
        return self.backend.get(key, *args)

    def get_many(self, keys: list[str]) -> Any:
        self.keys.extend(keys)
        return self.backend.get_many(keys)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.backend, name)


def test_a_page_this_process_served_in_the_current_epoch_is_served_reading_the_epoch_alone(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _get(client, "/en/")
    reads = CountingReads(pages._cache())
    monkeypatch.setattr(pages, "_cache", lambda: reads)

    hit = _get(client, "/en/")

    assert hit["X-Page-Cache"] == "hit"
    assert hit.content == first.content
    assert reads.keys == [tags.EPOCH]


def test_this_process_copy_follows_every_renewal_and_the_cache_expiry(
    client: Client, monkeypatch: pytest.MonkeyPatch, after_commit: AfterCommit
) -> None:
    _get(client, "/en/")
    assert _get(client, "/en/")["X-Page-Cache"] == "hit"

    pages.renew({"news_articlepage"})  # written by another process: only the cache knows
    assert _get(client, "/en/")["X-Page-Cache"] == "miss"
    with after_commit():
        ArticleFactory.create(title="The copy in memory follows the news", aliases=False)
    after = _get(client, "/en/")
    assert after["X-Page-Cache"] == "miss"
    assert "The copy in memory follows the news" in after.content.decode()

    assert _get(client, "/en/")["X-Page-Cache"] == "hit"
    later = time.time() + settings.PAGE_CACHE_SECONDS + 1
    monkeypatch.setattr(pages, "time", SimpleNamespace(time=lambda: later))  # the cache let the page go: so does this
    assert _get(client, "/en/")["X-Page-Cache"] == "miss"


def test_this_process_keeps_at_most_its_limit_of_pages_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    served: Recent[str, pages.Kept] = Recent(250, lambda kept: len(kept[5]))
    for number in range(5):
        served.put(f"page-{number}", "epoch", ({}, "epoch", time.time() + 60, 200, [], b"x" * 100))

    assert list(served.entries) == ["page-3", "page-4"]
    assert served.size == 200
    assert served.get("page-0") is None


def test_kept_pages_are_public_and_signed_in_pages_are_not(
    cast: Cast, client: Client, client_for: Callable[[User], Client]
) -> None:
    kept = _get(client, "/en/")
    personal = client_for(cast.member).get("/en/")

    assert kept["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert "public" not in personal.get("Cache-Control", "")


def test_a_change_purges_the_kept_urls_that_showed_it_from_the_front_end_cache(
    client: Client, settings: Any, after_commit: AfterCommit
) -> None:
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    RecordingBackend.purged.clear()
    showing_news = ["/en/", "/fr/", news_index("en").url]
    for url in [*showing_news, "/en/portal/resources/"]:
        response = _get(client, url)
        assert "s-maxage=600" in response["Cache-Control"]

    with after_commit():
        ArticleFactory.create(title="Purged from the CDN too", aliases=False)

    assert set(RecordingBackend.purged) == {f"http://testserver{url}" for url in showing_news}
    assert _get(client, "/en/")["X-Page-Cache"] == "miss"
    assert _get(client, "/en/portal/resources/")["X-Page-Cache"] == "hit"
