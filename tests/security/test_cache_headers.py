"""No shared cache ever keeps one person's page for another: every URL pattern of the portal and of the Safer
Internet Day host, requested as each role of the cast, answers `Cache-Control: private, no-store` whenever
the answer depends on who is signed in (bik.accounts.middleware.PrivateResponseMiddleware). An anonymous
visitor's answer may stay public only if it carries no CSRF token and sets no session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from django.conf import settings
from django.test import Client

from bik.accounts.models import User
from bik.community.blogs import services as blogs
from bik.community.forums import services as forums
from bik.community.forums.models import Forum
from bik.community.meetings import services as meetings
from bik.sid.models import Edition, Status
from bik.youth import made as youth_made
from bik.youth import services as youth
from bik.youth.models import LearningPath
from bik.youth.models import Meeting as YouthMeeting
from bik.youth.models import Post as YouthPost
from tests.community.meetings.conftest import details
from tests.conftest import Cast
from tests.sid.helpers import action, supporter
from tests.url_walk import WalkedPattern, walk
from tests.youth.conftest import give_profile, trusted

pytestmark = pytest.mark.django_db

PRIVATE = {"private", "no-store"}


def _directives(value: str) -> set[str]:
    return {part.strip().lower() for part in value.split(",") if part.strip()}


def _values(cast: Cast) -> dict[str, dict[str, str]]:
    """Real objects behind the parameterised patterns, so the walk reaches pages, not only 404s."""
    thread = forums.start_thread(
        cast.sic_member, Forum.objects.get(slug="helplines"), "Evening peaks", "Do you see them?", notify=False
    )
    opening = thread.posts.get(position=1)
    post = blogs.create_post(
        cast.sic_member, title="Campaign", summary="What worked.", body="<p>x</p>", tags="", strand=""
    )
    give_profile(cast.youth_member, "IE")
    trusted(cast.youth_member)
    space = youth.national_space("IE")
    discussion = youth.submit_post(
        cast.youth_member, space, kind=YouthPost.Kind.DISCUSSION, title="Hi", body="Hello"
    ).obj
    reply = youth.submit_comment(cast.youth_member, discussion, "Hello back").obj
    meeting = meetings.create_meeting(cast.network_admin, details())
    webinar = YouthMeeting.objects.create(
        space=youth.european_space(), is_webinar=True, title="Webinar", starts_at=meeting.starts_at,
        join_url="https://meet.example/webinar",
    )  # fmt: skip
    path = LearningPath.objects.create(space=space, title="Path", badge_name="Leader", is_published=True)
    offered = youth_made.submit(
        cast.youth_member,
        youth_made.MadeInput(kind="guide", title="Guide", description="Tips", licence="cc-by-4.0", guide_text="Tip"),
    )
    edition = Edition.objects.create(number=1, year=2027, date=dt.date(2027, 2, 9), theme="Together")
    sid_action = action(supporter("PT"), status=Status.APPROVED, edition=edition)
    by_thread = {"pk": str(thread.pk)}
    by_post = {"pk": str(opening.pk)}
    in_space = {"slug": space.slug}
    return {
        **{f"forums:{name}": by_thread for name in ("thread", "reply", "thread_follow", "thread_moderate")},
        **{f"forums:{name}": by_post for name in ("post", "post_edit", "post_history")},
        **{f"blogs:{name}": {"pk": str(post.pk)} for name in ("post", "edit", "comment", "promote")},
        "blogs:author": {"pk": str(cast.sic_member.pk)},
        "moderation:item": {"pk": str(opening.moderation_id)},
        "moderation:report": {"pk": str(opening.moderation_id)},
        **{
            f"youth:{name}": {"slug": space.slug, "pk": str(discussion.pk)}
            for name in ("post", "comment", "post_edit", "post_delete")
        },
        **{f"youth:{name}": {"slug": space.slug, "pk": str(reply.pk)} for name in ("comment_delete", "comment_edit")},
        **{
            f"youth:{name}": in_space
            for name in (
                "space",
                "post_create",
                "module",
                "meetings",
                "meeting_ics",
                "resources",
                "coordinate",
                "meeting_new",
                "meeting_edit",
                "meeting_cancel",
                "module_new",
                "module_edit",
                "picks",
                "unpick",
            )
        },
        "youth:profile": {"pk": str(cast.youth_member.youth_profile.pk)},
        "youth:path": {"slug": space.slug, "pk": str(path.pk)},
        **{f"youth:{name}": {"pk": str(webinar.pk)} for name in ("webinar", "webinar_follow_up")},
        "youth:made_detail": {"pk": str(offered.pk)},
        **{f"meetings:{name}": {"pk": str(meeting.pk)} for name in ("meeting", "edit", "cancel", "rsvp", "ics")},
        **{f"sid:{name}": {"pk": str(sid_action.pk)} for name in ("action", "action_ics")},
    }


def _patterns(values: dict[str, dict[str, str]]) -> Iterator[tuple[str, WalkedPattern]]:
    """(host, pattern) for every pattern of the portal, and the mini-site's own ones on the SID host."""
    for pattern in walk(values_by_name=values):
        yield "testserver", pattern
    for pattern in walk("bik.sid.urls", values_by_name=values):
        if pattern.name.startswith("sid:"):
            yield settings.BIK_SID_HOST, pattern


def _client(user: User | None, host: str) -> Client:
    client = Client(HTTP_HOST=host, raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


# Wagtail's deliberate error page, there to test error reporting.
SKIPPED_NAMES = {"wagtailadmin_error_test"}
# The admin's 560-odd patterns are walked whole as a visitor (sent to sign in) and a staff member (the admin's
# pages). Every other role meets the admin's door before any admin view runs (bik.accounts.middleware, its private
# 403 proven in tests/accounts/test_admin_access.py), the same answer on every pattern: a signed-in member without
# a role walks every ADMIN_SAMPLE-th of them, the other roles none; everything else is walked as every role.
ADMIN_ROLES = {"anonymous", "editor"}
ADMIN_SAMPLE = 20


ROLES = (
    "anonymous",
    "subscriber",
    "youth_member",
    "youth_coordinator",
    "sic_member",
    "moderator",
    "editor",
    "network_admin",
    "member",
)


# Wagtail's admin, making image renditions, leaves a SpooledTemporaryFile for the garbage collector.
@pytest.mark.filterwarnings("ignore:Exception ignored in.*SpooledTemporaryFile:pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("role", ROLES)  # one test per role, so parallel workers share the walk
def test_every_pattern_as_every_role_is_private_when_it_depends_on_the_visitor(cast: Cast, role: str) -> None:
    patterns = [(host, p) for host, p in _patterns(_values(cast)) if p.name not in SKIPPED_NAMES]
    user: User | None = None if role == "anonymous" else cast.all()[role]
    admin = [(host, p) for host, p in patterns if p.path.startswith("/admin/")]
    walked = [(host, p) for host, p in patterns if not p.path.startswith("/admin/")]
    if role in ADMIN_ROLES:
        walked += admin
    elif role == "member":
        walked += admin[::ADMIN_SAMPLE]
    problems: list[str] = []
    clients = {host: _client(user, host) for host in {host for host, _pattern in walked}}

    for host, pattern in walked:
        client = clients[host] if user is not None else _client(None, host)
        response = client.get(pattern.path)
        if response.streaming:  # a file download: read to the end, which closes the file
            b"".join(response.streaming_content)  # type: ignore[attr-defined]
        directives = _directives(response.get("Cache-Control", ""))
        personal = user is not None or "csrftoken" in response.cookies or "sessionid" in response.cookies
        if personal and not directives >= PRIVATE:
            problems.append(f"{role} {host}{pattern.path} ({pattern.pattern}): {response.status_code} {directives}")
        if user is not None and "sessionid" in response.cookies and not response.cookies["sessionid"].value:
            clients[host] = _client(user, host)  # the page signed the role out: sign in again

    assert len(patterns) > 700
    assert len(admin) > 500
    assert len(walked) > (700 if role in ADMIN_ROLES else 150)
    assert problems == []


def test_the_walk_covers_every_role_of_the_cast(cast: Cast) -> None:
    assert set(ROLES) == {"anonymous", *cast.all()}


def test_a_public_page_for_a_visitor_without_a_session_may_be_cached_and_an_account_page_may_not(
    cast: Cast, client: Client
) -> None:
    anonymous = client.get("/robots.txt")
    signed_in = _client(cast.member, "testserver").get("/robots.txt")
    account = _client(cast.member, "testserver").get("/en/account/")
    form = client.get("/en/accounts/login/")

    assert "private" not in _directives(anonymous.get("Cache-Control", ""))
    assert _directives(signed_in["Cache-Control"]) >= PRIVATE
    assert _directives(account["Cache-Control"]) >= PRIVATE
    assert _directives(form["Cache-Control"]) >= PRIVATE  # it carries this visitor's CSRF token
