"""Nothing of the blogs leaks: every page and action refuses anonymous visitors and outsiders, and a member
whose membership is revoked is refused at the next request."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.community.blogs.models import BlogComment, BlogPost
from tests.community.blogs.helpers import OUTSIDERS, STAFF, assert_private
from tests.conftest import Cast

pytestmark = pytest.mark.django_db


def test_every_blog_page_is_for_members_only(
    cast: Cast, client_for: Callable[[User], Client], client: Client, post: BlogPost, colleague: User
) -> None:
    assert_private(
        cast,
        client_for,
        client,
        index_urls=["/en/community/blogs/", "/en/community/blogs/new/", "/en/community/blogs/?tag=sextortion"],
        object_urls=[f"/en/community/blogs/{post.pk}/", f"/en/community/blogs/authors/{colleague.pk}/"],
    )


def test_the_author_edit_page_is_refused_to_outsiders_and_after_revocation(
    cast: Cast, client_for: Callable[[User], Client], client: Client, post: BlogPost, colleague: User
) -> None:
    url = f"/en/community/blogs/{post.pk}/edit/"
    assert client.get(url).status_code == 302
    for role in OUTSIDERS:
        assert client_for(getattr(cast, role)).get(url).status_code == 404
    author = client_for(colleague)
    assert author.get(url).status_code == 200
    from tests.community.blogs.helpers import revoke

    revoke(colleague)
    assert author.get(url).status_code == 404


@pytest.mark.parametrize("action", ["comments", "promote"])
def test_actions_refuse_outsiders(
    cast: Cast, client_for: Callable[[User], Client], client: Client, post: BlogPost, action: str
) -> None:
    url = f"/en/community/blogs/{post.pk}/{action}/"
    assert client.post(url, {"body": "Hello"}).status_code == 302
    for role in OUTSIDERS:
        assert client_for(getattr(cast, role)).post(url, {"body": "Hello"}).status_code == 404
    assert not BlogComment.objects.filter(post=post).exists()
    post.refresh_from_db()
    assert post.promoted_at is None


@pytest.mark.parametrize("role", STAFF)
def test_network_staff_read_but_do_not_write(
    cast: Cast, client_for: Callable[[User], Client], post: BlogPost, role: str
) -> None:
    staff = client_for(getattr(cast, role))

    assert staff.get("/en/community/blogs/").status_code == 200
    page = staff.get(f"/en/community/blogs/{post.pk}/").content.decode()
    assert post.title in page
    assert 'action="/en/community/blogs/' + str(post.pk) + '/comments/"' not in page
    assert staff.get("/en/community/blogs/new/").status_code == 403
    assert staff.post(f"/en/community/blogs/{post.pk}/comments/", {"body": "Hi"}).status_code == 403


def test_a_revoked_member_cannot_write_any_more(
    cast: Cast, client_for: Callable[[User], Client], post: BlogPost
) -> None:
    from tests.community.blogs.helpers import revoke

    member = client_for(cast.sic_member)
    revoke(cast.sic_member)

    assert member.post(f"/en/community/blogs/{post.pk}/comments/", {"body": "Still here?"}).status_code == 404
    assert member.post("/en/community/blogs/new/", {"title": "x"}).status_code == 403
    assert not BlogComment.objects.filter(post=post).exists()


def test_the_report_page_opens_for_members_and_not_for_outsiders(
    cast: Cast, client_for: Callable[[User], Client], client: Client, post: BlogPost
) -> None:
    url = f"/en/moderation/items/{post.moderation_id}/report/"

    assert client_for(cast.sic_member).get(url).status_code == 200
    for role in OUTSIDERS:
        assert client_for(getattr(cast, role)).get(url).status_code == 404
    assert client.get(url).status_code == 302


def test_blog_posts_are_not_in_public_search_or_the_sitemap(client: Client, post: BlogPost) -> None:
    assert post.title not in client.get("/en/search/?q=sextortion+campaign").content.decode()
    assert "/community/blogs/" not in client.get("/sitemap-en.xml").content.decode()
