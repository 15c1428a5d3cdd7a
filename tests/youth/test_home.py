"""A member's home in the youth area names what they wrote that is not published yet, and leads to it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.moderation.models import Status
from bik.youth import services
from bik.youth.models import Comment, Post, Space
from tests.query_counts import render_warm
from tests.youth.conftest import make_youth

pytestmark = pytest.mark.django_db


def test_held_writing_is_named_and_linked_without_a_query_per_item(
    client_for: Callable[[User], Client],
    france: Space,
    published_post: Post,
    write_comment: Callable[[User, Post, str], Comment],
) -> None:
    newcomer = make_youth("kim@youth.example", "FR")  # a new member's first posts wait for a moderator
    client = client_for(newcomer)
    first = services.submit_post(newcomer, france, kind=Post.Kind.DISCUSSION, title="My first idea", body="Hi").obj
    comment = write_comment(newcomer, published_post, "I think the same about passwords and games")
    one_of_each = render_warm(client, "/en/youth/spaces/")
    for number in range(3):
        services.submit_post(newcomer, france, kind=Post.Kind.DISCUSSION, title=f"Idea {number}", body="Hello")
        write_comment(newcomer, published_post, f"Another thought, number {number}")
    more = render_warm(client, "/en/youth/spaces/")

    assert first.moderation.status == Status.HELD
    assert f'<a href="{first.get_absolute_url()}">My first idea</a>' in more.html
    assert f'<a href="{comment.get_absolute_url()}">I think the same about passwords and games</a>' in more.html
    assert more.html.count("Another thought, number") == 3
    assert more.queries == one_of_each.queries, more.sql


def test_a_young_person_keeps_the_youth_menu_on_the_report_pages_an_adult_does_not(
    client_for: Callable[[User], Client], published_post: Post
) -> None:
    from tests.factories.accounts import UserFactory

    young, adult = make_youth("kim@youth.example", "FR"), UserFactory.create(email="ada@cast.example")
    report_form = f"/en/moderation/items/{published_post.moderation_id}/report/"
    pages = {
        "young": [client_for(young).get(path).content.decode() for path in (report_form, "/en/moderation/reports/")],
        "adult": [client_for(adult).get("/en/moderation/reports/").content.decode()],
    }

    for page in pages["young"]:
        assert 'class="youth-nav"' in page
        assert '<body class="youth-theme">' in page
    assert 'class="youth-nav"' not in pages["adult"][0]
    assert "youth-theme" not in pages["adult"][0]


def test_a_young_person_can_go_back_from_the_report_form_and_is_thanked_once_it_is_sent(
    client_for: Callable[[User], Client], published_post: Post
) -> None:
    young = make_youth("kim@youth.example", "FR")
    client = client_for(young)
    report_form = f"/en/moderation/items/{published_post.moderation_id}/report/"

    form = client.get(report_form).content.decode()
    assert f'<a class="button" href="{published_post.get_absolute_url()}">Cancel</a>' in form
    sent = client.post(report_form, {"reason": "bullying", "details": ""}, follow=True)
    assert sent.redirect_chain[-1][0] == "/en/moderation/reports/"
    assert "Thank you. A moderator will look at it; you can follow it under My reports." in sent.content.decode()
