"""The community's blogs, meetings and competition in a real browser: a member writes a blog post and an
editor promotes it to a draft news article (both sign in with a second factor); a member answers a meeting
invitation; anonymous visitors are sent to sign in; axe-core checks each kind of page on the way."""

from __future__ import annotations

import re
import uuid
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, fresh_totp_code

PASSWORD = "a long pass-phrase for the community 2026"
SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLV"
TRAINING = "Training: supporting young people targeted by sextortion"  # the demo's upcoming meeting
OPEN_ROUND = "Autumn 2026 resource competition"  # the demo's round open for entries


def _person(django_db_blocker: Any, kind: str) -> tuple[str, str]:
    """A new account with a second factor: an approved member of the Belgian helpline, or an editor.
    Returns (email, display name)."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group
    from django.db import connection

    from bik.accounts.models import User
    from bik.accounts.roles import Role
    from bik.community.models import Membership
    from bik.network.models import Centre

    suffix = uuid.uuid4().hex[:8]
    email = f"{kind}-{suffix}@browser.example"
    name = f"{kind.title()} {suffix}"
    with django_db_blocker.unblock():
        user = User.objects.create_user(email, PASSWORD, display_name=name)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        TOTP.activate(user, SECRET)
        if kind == "editor":
            user.groups.add(Group.objects.get(name=Role.EDITOR.value))
        else:
            user.groups.add(Group.objects.get(name=Role.SIC_MEMBER.value))
            Membership.objects.create(
                user=user,
                centre=Centre.objects.get(country="BE"),
                strands=["helpline"],
                job_title="Helpline counsellor",
                organisation="Child Focus",
                status=Membership.Status.APPROVED,
            )
        connection.close()  # the server gets the database to itself
    return email, name


def _sign_in(page: Any, email: str, next_url: str) -> None:
    # The first page a fresh server renders may be slow on a busy machine (templates, catalogues).
    page.goto(f"/en/accounts/login/?next={next_url}", timeout=30_000)
    form = page.locator("main")
    form.get_by_label("Email").fill(email)
    form.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    form.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", name="Two-Factor Authentication")).to_be_visible()
    page.locator("input[name='code']").fill(fresh_totp_code(SECRET, account=email))
    page.get_by_role("button", name="Sign In").click()


def _article_of(django_db_blocker: Any, title: str) -> tuple[int, bool]:
    from django.db import connection

    from bik.community.blogs.models import BlogPost

    with django_db_blocker.unblock():
        post = BlogPost.objects.select_related("promoted_article").get(title=title)
        assert post.promoted_article is not None
        result = (post.promoted_article.pk, post.promoted_article.live)
        connection.close()
    return result


def test_a_member_writes_a_blog_post_and_an_editor_promotes_it(
    page: Any, other_page: Any, browser: Any, live_url: str, django_db_blocker: Any
) -> None:
    member_email, member_name = _person(django_db_blocker, "member")
    editor_email, _editor_name = _person(django_db_blocker, "editor")
    title = f"What our chat hours taught us {uuid.uuid4().hex[:6]}"

    # The member writes.
    _sign_in(page, member_email, "/en/community/blogs/")
    expect(page.get_by_role("heading", name="Blogs", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Write a blog post").click()
    page.get_by_label("Title", exact=True).fill(title)
    page.get_by_label("Summary").fill("Evening chat hours doubled the contacts from boys.")
    page.get_by_label("Text", exact=True).fill("We opened the chat from 20:00.\n\n<strong>Boys</strong> wrote.")
    page.get_by_label("Tags").fill("sextortion, chat")
    page.get_by_label("Strand").select_option("helpline")
    page.get_by_role("button", name="Publish in the community").click()
    expect(page.get_by_text("Your blog post is published in the community.")).to_be_visible()
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
    expect(page.locator(".prose strong")).to_have_text("Boys")
    assert_accessible(page)
    post_url = page.url

    # The editor promotes it to a draft news article and opens it in the admin.
    _sign_in(other_page, editor_email, post_url)
    expect(other_page.get_by_role("heading", name=title, level=1)).to_be_visible()
    expect(other_page.get_by_text(member_name).first).to_be_visible()
    other_page.get_by_role("button", name="Promote to public news").click()
    expect(other_page.get_by_text("A draft news article was made from this post.")).to_be_visible()
    expect(other_page.get_by_role("button", name="Promote to public news")).to_have_count(0)
    article_id, live = _article_of(django_db_blocker, title)
    assert not live
    other_page.get_by_role("link", name="Open the draft article in the admin").click()
    expect(other_page).to_have_url(re.compile(rf"/admin/pages/{article_id}/edit/$"))
    expect(other_page.locator("#id_title")).to_have_value(title)

    # The post stays private: an anonymous visitor is sent to sign in.
    anonymous = browser.new_context(locale="en-GB", base_url=live_url)
    try:
        visitor = anonymous.new_page()
        visitor.goto(post_url)
        expect(visitor).to_have_url(re.compile(r"/en/accounts/login/\?next="))
        expect(visitor.get_by_text(title)).to_have_count(0)
    finally:
        anonymous.close()


def test_a_member_answers_a_meeting_invitation(page: Any, django_db_blocker: Any) -> None:
    member_email, member_name = _person(django_db_blocker, "member")

    _sign_in(page, member_email, "/en/community/meetings/")
    expect(page.get_by_role("heading", name="Meetings and trainings", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=TRAINING).click()
    expect(page.get_by_role("heading", name=TRAINING, level=1)).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Yes, I will come").check()
    page.get_by_role("button", name="Save my answer").click()

    expect(page.get_by_text("Thank you, your answer is saved.")).to_be_visible()
    expect(page.locator(".attendee-list").first).to_contain_text(member_name)
    expect(page.get_by_label("Yes, I will come")).to_be_checked()
    assert_accessible(page)


def test_the_competition_pages_are_accessible(page: Any, other_page: Any, django_db_blocker: Any) -> None:
    member_email, _name = _person(django_db_blocker, "member")

    _sign_in(page, member_email, "/en/community/competition/")
    expect(page.get_by_role("heading", name="Resource competition", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=OPEN_ROUND).click()
    expect(page.get_by_role("heading", name=OPEN_ROUND, level=1)).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^The entry of "))).to_be_visible()
    assert_accessible(page)

    # The public winners page, for a visitor without an account.
    other_page.goto("/en/competition/winners/")
    expect(other_page.get_by_role("heading", name="Resource competition winners", level=1)).to_be_visible()
    expect(other_page.get_by_role("heading", name="Stop, think, report: a sextortion card game")).to_be_visible()
    assert_accessible(other_page)
