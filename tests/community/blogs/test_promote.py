"""An editor promotes a member's post to the public news: a draft English article that enters the editorial
workflow (not live), recorded on the post so it happens once; the post itself stays members-only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import Locale

from bik.accounts.models import User
from bik.community.blogs import services
from bik.community.blogs.models import BlogPost
from bik.news.models import ArticlePage, NewsIndexPage, Section
from tests.community.blogs.helpers import OUTSIDERS
from tests.conftest import AfterCommit, Cast

pytestmark = pytest.mark.django_db


def _promote(client: Client, post: BlogPost) -> Any:
    return client.post(f"/en/community/blogs/{post.pk}/promote/")


def test_an_editor_promotes_a_post_to_a_draft_news_article(
    cast: Cast,
    client_for: Callable[[User], Client],
    client: Client,
    colleague: User,
    post: BlogPost,
    after_commit: AfterCommit,
) -> None:
    mail.outbox.clear()
    editor = client_for(cast.editor)
    assert "Promote to public news" in editor.get(post.get_absolute_url()).content.decode()

    with after_commit():
        response = _promote(editor, post)

    post.refresh_from_db()
    article = ArticlePage.objects.get(pk=post.promoted_article_id)
    assert response.status_code == 302
    assert post.promoted_by == cast.editor
    assert post.promoted_at is not None
    assert article.title == post.title
    assert article.intro == post.summary
    assert "<b>worked</b>" in str(article.body[0].value.source)
    assert article.section == Section.HELPLINES
    assert article.author_centre is not None
    assert article.author_centre.country == "FR"
    assert article.locale == Locale.get_default()
    assert isinstance(article.get_parent().specific, NewsIndexPage)
    # A draft in the editorial workflow: not live, with a revision by the editor, editable in the admin.
    assert not article.live
    assert article.has_unpublished_changes
    assert article.get_latest_revision().user == cast.editor
    assert client.get(article.url or f"/en/news/{article.slug}/").status_code == 404
    assert article.title not in client.get("/en/news/").content.decode()
    page = editor.get(post.get_absolute_url()).content.decode()
    assert f'href="/admin/pages/{article.pk}/edit/"' in page
    assert "Promote to public news</button>" not in page
    assert editor.get(f"/admin/pages/{article.pk}/edit/").status_code == 200
    # The original stays private.
    assert client.get(post.get_absolute_url()).status_code == 302
    for role in OUTSIDERS:
        assert client_for(getattr(cast, role)).get(post.get_absolute_url()).status_code == 404
    # The author hears about it.
    assert [message.to for message in mail.outbox] == [[colleague.email]]


def test_a_post_is_promoted_only_once(cast: Cast, client_for: Callable[[User], Client], post: BlogPost) -> None:
    editor = client_for(cast.editor)
    _promote(editor, post)
    before = ArticlePage.objects.count()

    response = editor.post(f"/en/community/blogs/{post.pk}/promote/", follow=True)

    assert ArticlePage.objects.count() == before
    assert "This post has already been promoted to public news." in response.content.decode()
    with pytest.raises(services.BlogError):
        services.promote_to_news(cast.network_admin, post)


def test_a_network_admin_may_promote(cast: Cast, client_for: Callable[[User], Client], post: BlogPost) -> None:
    _promote(client_for(cast.network_admin), post)

    post.refresh_from_db()
    assert post.promoted_by == cast.network_admin


@pytest.mark.parametrize("role", ["sic_member", "moderator"])
def test_members_and_moderators_cannot_promote(
    cast: Cast, client_for: Callable[[User], Client], post: BlogPost, role: str
) -> None:
    before = ArticlePage.objects.count()
    client = client_for(getattr(cast, role))

    assert "Promote to public news" not in client.get(post.get_absolute_url()).content.decode()
    assert _promote(client, post).status_code == 403
    post.refresh_from_db()
    assert post.promoted_at is None
    assert ArticlePage.objects.count() == before


def test_promoted_titles_get_a_free_address(cast: Cast, colleague: User) -> None:
    first = services.create_post(colleague, title="Same title", summary="S", body="b")
    second = services.create_post(colleague, title="Same title", summary="S", body="b")

    one = services.promote_to_news(cast.editor, first)
    two = services.promote_to_news(cast.editor, second)

    assert one.slug == "same-title"
    assert two.slug == "same-title-2"


def test_the_rich_text_is_converted_for_the_article_editor() -> None:
    html = (
        '<h2>Head</h2><p><strong>B</strong> <em>I</em> <a href="https://example.org">l</a></p>'
        "<blockquote><p>quote</p></blockquote>"
    )

    assert services.wagtail_rich_text(html) == (
        '<h2>Head</h2><p><b>B</b> <i>I</i> <a href="https://example.org">l</a></p><p>quote</p>'
    )
