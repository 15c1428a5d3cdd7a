"""Members write, edit, tag, comment on and report blog posts; lists paginate with a constant number of
queries; what moderators hide disappears."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.accounts.models import User
from bik.community.access import BLOGS_SPACE
from bik.community.blogs import services
from bik.community.blogs.models import BlogComment, BlogPost
from bik.moderation import services as moderation
from bik.moderation.models import ModeratedItem, Status
from tests.community.blogs.helpers import revoke
from tests.conftest import AfterCommit, Cast

pytestmark = pytest.mark.django_db

FORM = {
    "title": "Helpline trends: AI-made images",
    "summary": "A new topic in our statistics.",
    "body": "First paragraph.\n\nSecond paragraph.",
    "tags": "Helpline trends, AI,  helpline trends ",
    "strand": "helpline",
}


def test_a_member_writes_a_post_that_colleagues_read(
    cast: Cast, client_for: Callable[[User], Client], colleague: User
) -> None:
    response = client_for(cast.sic_member).post("/en/community/blogs/new/", FORM)

    post = BlogPost.objects.get(title=FORM["title"])
    assert response.status_code == 302
    assert response["Location"] == f"/en/community/blogs/{post.pk}/"
    assert post.body == "<p>First paragraph.</p><p>Second paragraph.</p>"
    assert post.tag_list == ["helpline trends", "ai"]
    assert post.moderation.space_key == BLOGS_SPACE
    assert post.moderation.status == Status.PUBLISHED
    assert post.moderation.object_id == post.pk
    listing = client_for(colleague).get("/en/community/blogs/").content.decode()
    assert FORM["title"] in listing
    assert FORM["summary"] in listing
    page = client_for(colleague).get(f"/en/community/blogs/{post.pk}/").content.decode()
    assert "<p>Second paragraph.</p>" in page
    assert f"/en/moderation/items/{post.moderation_id}/report/" in page


def test_rich_text_is_reduced_to_the_small_tag_set(cast: Cast) -> None:
    body = (
        '<h2>Title</h2><p onclick="steal()">Hi <strong>there</strong> <em>all</em></p><script>alert(1)</script>'
        '<a href="javascript:alert(1)">bad</a> <a href="https://example.org" target="_blank">good</a>'
        "<iframe src='https://evil.example'></iframe><img src=x onerror=alert(1)><blockquote>q</blockquote>"
        "<ul><li>one</li></ul><h1>big</h1><style>p{}</style>"
    )
    post = services.create_post(cast.sic_member, title="T", summary="S", body=body)

    assert post.body == (
        "<h2>Title</h2><p>Hi <strong>there</strong> <em>all</em></p>"
        '<a rel="noopener nofollow">bad</a> <a href="https://example.org" rel="noopener nofollow">good</a>'
        "<blockquote>q</blockquote><ul><li>one</li></ul>big"
    )


def test_mistakes_are_explained_and_what_was_typed_is_kept(cast: Cast, client_for: Callable[[User], Client]) -> None:
    response = client_for(cast.sic_member).post(
        "/en/community/blogs/new/", {**FORM, "title": "", "body": "<p> </p><script>x</script>"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in html
    assert "Please write the text of your post." in html
    assert FORM["summary"] in html
    assert not BlogPost.objects.filter(summary=FORM["summary"]).exists()


def test_only_the_author_edits_a_post(
    cast: Cast, client_for: Callable[[User], Client], colleague: User, post: BlogPost
) -> None:
    url = f"/en/community/blogs/{post.pk}/edit/"
    assert client_for(cast.sic_member).get(url).status_code == 404
    assert client_for(cast.sic_member).post(url, {**FORM, "title": "Hijacked"}).status_code == 404

    author = client_for(colleague)
    assert 'value="sextortion, campaigns"' in author.get(url).content.decode()
    response = author.post(url, {**FORM, "title": "Lessons, revised"})

    assert response.status_code == 302
    post.refresh_from_db()
    assert post.title == "Lessons, revised"
    assert post.updated_at > post.created_at
    assert "Edit this post" in author.get(post.get_absolute_url()).content.decode()
    assert "Edit this post" not in client_for(cast.sic_member).get(post.get_absolute_url()).content.decode()


def test_posts_are_filtered_by_tag_and_strand(cast: Cast, client_for: Callable[[User], Client], post: BlogPost) -> None:
    other = services.create_post(cast.sic_member, title="Gaming chats", summary="S", body="b", tags="gaming")
    member = client_for(cast.sic_member)

    by_tag = member.get("/en/community/blogs/?tag=Sextortion").content.decode()
    by_strand = member.get("/en/community/blogs/?strand=helpline").content.decode()
    gaming = member.get("/en/community/blogs/?tag=gaming").content.decode()

    assert post.title in by_tag
    assert other.title not in by_tag
    assert post.title in by_strand
    assert other.title not in by_strand
    assert other.title in gaming
    assert post.title not in gaming
    assert member.get("/en/community/blogs/?strand=nonsense").status_code == 200


def test_a_member_comments_and_the_author_is_told(
    cast: Cast, client_for: Callable[[User], Client], colleague: User, post: BlogPost, after_commit: AfterCommit
) -> None:
    mail.outbox.clear()
    with after_commit():
        response = client_for(cast.sic_member).post(
            f"/en/community/blogs/{post.pk}/comments/", {"body": "We saw the same evening peak."}
        )

    comment = BlogComment.objects.get(post=post)
    assert response.status_code == 302
    assert response["Location"] == f"/en/community/blogs/{post.pk}/?comment={comment.pk}#comment-{comment.pk}"
    assert comment.moderation.space_key == BLOGS_SPACE
    page = client_for(colleague).get(post.get_absolute_url()).content.decode()
    assert "We saw the same evening peak." in page
    assert f"/en/moderation/items/{comment.moderation_id}/report/" in page
    assert [message.to for message in mail.outbox] == [[colleague.email]]
    assert post.get_absolute_url() in mail.outbox[0].body


def test_an_empty_comment_is_refused_with_an_explanation(
    cast: Cast, client_for: Callable[[User], Client], post: BlogPost
) -> None:
    response = client_for(cast.sic_member).post(f"/en/community/blogs/{post.pk}/comments/", {"body": "  "})

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not BlogComment.objects.filter(post=post).exists()


def test_hidden_and_rejected_content_disappears(
    cast: Cast, client_for: Callable[[User], Client], colleague: User, post: BlogPost, comment: BlogComment
) -> None:
    member = client_for(cast.sic_member)
    moderation.moderate(cast.moderator, comment.moderation, "hide", "Off topic.")
    assert "We saw the same evening peak." not in member.get(post.get_absolute_url()).content.decode()

    moderation.moderate(cast.moderator, post.moderation, "reject", "Personal data.")
    assert post.title not in member.get("/en/community/blogs/").content.decode()
    assert post.title not in member.get(f"/en/community/blogs/authors/{colleague.pk}/").content.decode()
    assert member.get(post.get_absolute_url()).status_code == 404
    assert member.post(f"/en/community/blogs/{post.pk}/comments/", {"body": "x"}).status_code == 404


def test_a_report_reaches_the_moderators(cast: Cast, client_for: Callable[[User], Client], post: BlogPost) -> None:
    response = client_for(cast.sic_member).post(
        f"/en/moderation/items/{post.moderation_id}/report/", {"reason": "personal_data", "details": "A name."}
    )

    assert response.status_code == 302
    queue = client_for(cast.moderator).get(f"/en/moderation/queue/{BLOGS_SPACE}/").content.decode()
    assert post.title in queue


def test_the_author_page_lists_only_that_members_posts(
    cast: Cast, client_for: Callable[[User], Client], colleague: User, post: BlogPost
) -> None:
    mine = services.create_post(cast.sic_member, title="Sam's own post", summary="S", body="b")

    page = client_for(cast.sic_member).get(f"/en/community/blogs/authors/{colleague.pk}/").content.decode()

    assert post.title in page
    assert mine.title not in page
    assert client_for(cast.sic_member).get("/en/community/blogs/authors/99999999/").status_code == 404
    # Someone who never joined and never wrote has no author page.
    assert client_for(cast.sic_member).get(f"/en/community/blogs/authors/{cast.subscriber.pk}/").status_code == 404


def test_a_revoked_member_cannot_write_through_the_services(cast: Cast, post: BlogPost) -> None:
    from django.core.exceptions import PermissionDenied

    revoke(cast.sic_member)
    with pytest.raises(PermissionDenied):
        services.create_post(cast.sic_member, title="T", summary="S", body="b")
    with pytest.raises(PermissionDenied):
        services.add_comment(cast.sic_member, post, "Hello")


def _bulk_posts(author: User, count: int) -> None:
    content_type = ContentType.objects.get_for_model(BlogPost)
    records = ModeratedItem.objects.bulk_create(
        ModeratedItem(content_type=content_type, space_key=BLOGS_SPACE, author=author, status=Status.PUBLISHED)
        for _ in range(count)
    )
    BlogPost.objects.bulk_create(
        BlogPost(moderation=record, author=author, title=f"Bulk post {number}", summary="S", body="<p>b</p>")
        for number, record in enumerate(records)
    )


def test_the_list_paginates(cast: Cast, client_for: Callable[[User], Client]) -> None:
    _bulk_posts(cast.sic_member, services.PAGE_SIZE * 2 + 3)
    member = client_for(cast.sic_member)

    first = member.get("/en/community/blogs/").content.decode()
    last = member.get("/en/community/blogs/?page=3").content.decode()

    assert first.count('class="article-list__item blog-item"') == services.PAGE_SIZE
    assert 'rel="next"' in first
    assert 'rel="prev"' in last
    assert member.get("/en/community/blogs/?page=abc").status_code == 200
    assert member.get("/en/community/blogs/?page=9999").status_code == 200


@pytest.mark.parametrize("path", ["/en/community/blogs/", "/en/community/blogs/authors/{author}/"])
def test_the_number_of_queries_does_not_grow_with_posts(
    cast: Cast, client_for: Callable[[User], Client], colleague: User, path: str
) -> None:
    url = path.format(author=colleague.pk)
    member = client_for(cast.sic_member)
    _bulk_posts(colleague, 10)
    for number, post in enumerate(BlogPost.objects.filter(author=colleague)[:10]):
        services.add_comment(cast.sic_member, post, f"Comment {number}")
    member.get(url)
    with CaptureQueriesContext(connection) as few:
        assert member.get(url).status_code == 200

    _bulk_posts(colleague, 990)
    with CaptureQueriesContext(connection) as many:
        assert member.get(url).status_code == 200

    assert len(many) == len(few)
    assert len(few) <= 15


def _bulk_comments(post: BlogPost, author: User, count: int) -> list[BlogComment]:
    content_type = ContentType.objects.get_for_model(BlogComment)
    records = ModeratedItem.objects.bulk_create(
        ModeratedItem(content_type=content_type, space_key=BLOGS_SPACE, author=author, status=Status.PUBLISHED)
        for _ in range(count)
    )
    return BlogComment.objects.bulk_create(
        BlogComment(moderation=record, post=post, author=author, body=f"Bulk comment {number:04d}")
        for number, record in enumerate(records)
    )


def test_comments_paginate_and_a_comment_link_opens_its_page(
    cast: Cast, client_for: Callable[[User], Client], post: BlogPost
) -> None:
    comments = _bulk_comments(post, cast.sic_member, services.COMMENTS_PER_PAGE + 5)
    member = client_for(cast.sic_member)

    first = member.get(post.get_absolute_url()).content.decode()
    second = member.get(post.get_absolute_url(), {"page": 2}).content.decode()

    assert first.count('class="comment"') == services.COMMENTS_PER_PAGE
    assert 'rel="next"' in first
    assert second.count('class="comment"') == 5
    assert "Bulk comment 0054" in second
    assert f'start="{services.COMMENTS_PER_PAGE + 1}"' in second
    last = BlogComment.objects.get(pk=comments[-1].pk)
    linked = member.get(last.get_absolute_url()).content.decode()
    assert f'id="comment-{last.pk}"' in linked
    assert "Page 2 of 2" in linked
    first_comment = BlogComment.objects.get(pk=comments[0].pk)
    assert "Page 1 of 2" in member.get(first_comment.get_absolute_url()).content.decode()
    assert "Page 1 of 2" in member.get(post.get_absolute_url(), {"comment": "not-a-number"}).content.decode()


def test_a_post_page_costs_the_same_with_10_or_1000_comments(
    cast: Cast, client_for: Callable[[User], Client], post: BlogPost, colleague: User
) -> None:
    member = client_for(cast.sic_member)
    _bulk_comments(post, colleague, 10)
    member.get(post.get_absolute_url())
    with CaptureQueriesContext(connection) as few:
        few_html = member.get(post.get_absolute_url()).content.decode()
    _bulk_comments(post, cast.sic_member, 990)
    with CaptureQueriesContext(connection) as many:
        many_html = member.get(post.get_absolute_url()).content.decode()

    assert few_html.count('class="comment"') == 10
    assert many_html.count('class="comment"') == services.COMMENTS_PER_PAGE
    assert len(many) == len(few)
