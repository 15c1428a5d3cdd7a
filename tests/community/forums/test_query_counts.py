"""Every forum page costs the same number of queries with 10 or 1,000 threads or posts: the counters are
denormalised and a thread page is a range of positions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.accounts.models import User
from bik.community.forums import generate, services
from bik.community.forums.models import Forum, Thread
from tests.conftest import Cast

pytestmark = pytest.mark.django_db

AssertNumQueries = Callable[..., Any]


def _queries(client: Client, url: str) -> int:
    client.get("/en/community/forums/")  # the session, the site and the cache are warm from here on
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def _fresh_forum(slug: str) -> Forum:
    return Forum.objects.create(slug=slug, title=slug.title())


@pytest.mark.parametrize("reader", ["sic_member", "moderator"])
def test_a_forum_page_costs_the_same_with_10_or_1000_threads(
    cast: Cast, client_for: Callable[[User], Client], colleague: User, reader: str
) -> None:
    small, large = _fresh_forum("small"), _fresh_forum("large")
    generate.bulk_threads(small, [colleague, cast.sic_member], 10)
    generate.bulk_threads(large, [colleague, cast.sic_member], 1000)
    client = client_for(getattr(cast, reader))
    expected = _queries(client, "/en/community/forums/small/")

    for url in ("/en/community/forums/large/", "/en/community/forums/large/?page=40"):
        assert _queries(client, url) == expected, url
    page = client.get("/en/community/forums/large/").content.decode()
    assert "Page 1 of 40" in page
    assert page.count('<li class="thread-row') == 25


def test_a_thread_page_costs_the_same_with_10_or_1000_posts(
    cast: Cast, client_for: Callable[[User], Client], colleague: User, helplines: Forum
) -> None:
    small = services.start_thread(colleague, helplines, "Small", "Small thread", notify=False)
    large = services.start_thread(colleague, helplines, "Large", "Large thread", notify=False)
    generate.bulk_posts(small, [colleague, cast.sic_member], 9)
    generate.bulk_posts(large, [colleague, cast.sic_member], 999)
    large.refresh_from_db()
    assert (large.last_position, large.reply_count) == (1000, 999)
    client = client_for(cast.sic_member)
    expected = _queries(client, f"/en/community/forums/threads/{small.pk}/?page=1")

    for number in (1, 25, 50):
        assert _queries(client, f"/en/community/forums/threads/{large.pk}/?page={number}") == expected, number
    last = client.get(f"/en/community/forums/threads/{large.pk}/?page=50").content.decode()
    assert "Page 50 of 50" in last
    assert 'id="post-1000"' in last


def test_the_index_and_search_cost_the_same_whatever_the_size(
    cast: Cast, client_for: Callable[[User], Client], colleague: User, helplines: Forum
) -> None:
    client = client_for(cast.sic_member)
    thread = services.start_thread(colleague, helplines, "Search me", "Sextortion trends", notify=False)
    generate.bulk_posts(thread, [colleague], 10)
    index_small = _queries(client, "/en/community/forums/")
    search_small = _queries(client, "/en/community/forums/search/?q=sextortion")

    generate.bulk_posts(thread, [colleague], 500)
    generate.bulk_threads(helplines, [colleague], 500)

    assert _queries(client, "/en/community/forums/") == index_small
    assert _queries(client, "/en/community/forums/search/?q=sextortion") == search_small


def test_the_thread_list_shows_what_the_counters_say(
    cast: Cast, client_for: Callable[[User], Client], colleague: User, django_assert_max_num_queries: Any
) -> None:
    forum = _fresh_forum("counted")
    generate.bulk_threads(forum, [colleague], 3)
    thread = Thread.objects.filter(forum=forum).order_by("-last_post_at").first()
    assert thread is not None
    generate.bulk_posts(thread, [cast.sic_member], 4)

    client = client_for(colleague)
    client.get("/en/community/forums/")
    with django_assert_max_num_queries(25):
        page = client.get("/en/community/forums/counted/").content.decode()

    assert "4 replies" in page
    forum.refresh_from_db()
    assert (forum.thread_count, forum.post_count) == (3, 7)
