"""Leaving deletes the person, not the conversation: what someone wrote in a shared space stays, shown as
"deleted member"; nobody else's words go with them (nor out of those people's data exports); and no
moderation record is left pointing at nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bik.accounts.models import User
from bik.accounts.services import delete_account, export_user_data
from bik.community.blogs import services as blogs
from bik.community.blogs.models import BlogComment, BlogPost
from bik.community.forums import services as forums
from bik.community.forums.models import Forum, Post, Thread
from bik.community.meetings import services as meetings
from bik.community.meetings.models import MeetingDocument, Rsvp
from bik.moderation import services as moderation
from bik.moderation.models import AuditEntry, ModeratedItem, Report
from bik.sid.models import Action, Status, Supporter, SupporterKind
from bik.youth import services as youth
from bik.youth.models import Comment, YouthProfile
from bik.youth.models import Post as YouthPost
from tests.community.forums.conftest import make_member
from tests.community.meetings.conftest import PDF, details
from tests.conftest import Cast
from tests.factories.sid import EditionFactory
from tests.sid.helpers import action, organiser, sid_client, supporter
from tests.youth.conftest import make_youth, trusted

pytestmark = pytest.mark.django_db


def _orphaned_items() -> list[ModeratedItem]:
    """Moderation records whose content no longer exists (tests.youth.conftest.trusted's stand-ins aside)."""
    records = ModeratedItem.objects.exclude(object_id=None).exclude(space_key="youth-elsewhere")
    return [item for item in records if item.content_object is None]


def _texts(export: dict[str, Any], section: str, key: str) -> list[str]:
    return [entry["text"] for entry in export.get(section, {}).get(key, [])]


def test_a_thread_started_by_someone_who_leaves_keeps_everyone_elses_replies(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    leaver = make_member("leaver@cast.example", "DE")
    forum = Forum.objects.get(slug="helplines")
    thread = forums.start_thread(leaver, forum, "Follow-up after a first call", "How do you follow up?", notify=False)
    answer = forums.reply(cast.sic_member, thread, "We call back within a day.", notify=False)

    delete_account(leaver)

    thread.refresh_from_db()
    assert thread.author is None
    assert list(Post.objects.filter(thread=thread).values_list("text", flat=True)) == [
        "How do you follow up?",
        "We call back within a day.",
    ]
    assert _texts(export_user_data(cast.sic_member), "community_forums", "posts") == ["We call back within a day."]
    page = client_for(cast.sic_member).get(thread.get_absolute_url())
    assert page.status_code == 200
    assert "deleted member" in page.content.decode()
    assert "How do you follow up?" in page.content.decode()
    listing = client_for(cast.sic_member).get(forum.get_absolute_url())
    assert listing.status_code == 200
    assert Post.objects.filter(pk=answer.pk).exists()
    assert not _orphaned_items()


def test_replies_of_someone_who_leaves_stay_in_the_thread(cast: Cast, client_for: Callable[[User], Client]) -> None:
    leaver = make_member("leaver@cast.example", "DE")
    thread = forums.start_thread(
        cast.sic_member, Forum.objects.get(slug="helplines"), "Evening peaks", "Do you see them?", notify=False
    )
    theirs = forums.reply(leaver, thread, "Yes, from nine.", notify=False)

    delete_account(leaver)

    assert Thread.objects.filter(pk=thread.pk).exists()
    forums.reply(cast.sic_member, thread, "Thanks!", notify=False)
    assert Post.objects.filter(thread=thread).count() == 3
    quoting = client_for(cast.sic_member).get(f"/en/community/forums/threads/{thread.pk}/reply/?quote={theirs.pk}")
    assert quoting.status_code == 200
    assert "deleted member" in quoting.content.decode()


def test_a_blog_post_by_someone_who_leaves_keeps_the_comments_of_others(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    leaver = make_member("leaver@cast.example", "FR")
    post = blogs.create_post(
        leaver, title="Our campaign", summary="What worked.", body="<p>Chat.</p>", tags="", strand=""
    )
    blogs.add_comment(cast.sic_member, post, "We saw the same evening peak.")
    blogs.add_comment(leaver, post, "Thanks for reading.")

    delete_account(leaver)

    post.refresh_from_db()
    assert post.author is None
    assert sorted(BlogComment.objects.filter(post=post).values_list("body", flat=True)) == [
        "Thanks for reading.",
        "We saw the same evening peak.",
    ]
    mine = export_user_data(cast.sic_member)["community_blogs"]["comments"]
    assert [comment["text"] for comment in mine] == ["We saw the same evening peak."]
    page = client_for(cast.sic_member).get(post.get_absolute_url())
    assert page.status_code == 200
    assert page.content.decode().count("deleted member") >= 2
    assert client_for(cast.sic_member).get("/en/community/blogs/").status_code == 200
    assert BlogPost.objects.filter(pk=post.pk).exists()
    assert not _orphaned_items()


def test_a_youth_discussion_started_by_someone_who_leaves_keeps_the_replies(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    leaver = make_youth("gone@youth.example", "FR")
    stays = make_youth("stays@youth.example", "FR")
    trusted(leaver)
    trusted(stays)
    space = youth.national_space("FR")
    post = youth.submit_post(leaver, space, kind=YouthPost.Kind.DISCUSSION, title="Gaming chats", body="Who?").obj
    reply = youth.submit_comment(stays, post, "Me, with my cousins.").obj
    leaver_id = leaver.pk

    delete_account(leaver)

    post.refresh_from_db()
    assert post.author is None
    assert list(Comment.objects.filter(post=post).values_list("body", flat=True)) == ["Me, with my cousins."]
    assert not YouthProfile.objects.filter(user_id=leaver_id).exists()
    exported = export_user_data(stays)["youth"]
    assert "Me, with my cousins." in str(exported)
    page = client_for(stays).get(post.get_absolute_url())
    assert page.status_code == 200
    assert "deleted member" in page.content.decode()
    assert Comment.objects.filter(pk=reply.pk).exists()
    assert not _orphaned_items()


def test_a_meeting_keeps_other_peoples_answers_and_documents_when_its_organiser_leaves(cast: Cast) -> None:
    meeting = meetings.create_meeting(cast.network_admin, details())
    upload = SimpleUploadedFile("minutes.pdf", PDF, content_type="application/pdf")
    meetings.add_document(cast.network_admin, meeting, title="Minutes", upload=upload)
    meetings.answer(cast.sic_member, meeting, Rsvp.Answer.YES)

    delete_account(cast.network_admin)

    meeting.refresh_from_db()
    assert meeting.created_by is None
    assert MeetingDocument.objects.filter(meeting=meeting, uploaded_by=None).count() == 1
    assert Rsvp.objects.filter(meeting=meeting, user=cast.sic_member).exists()
    assert export_user_data(cast.sic_member)["community_meetings"]


def test_sid_actions_stay_in_the_gallery_when_the_supporter_or_the_reviewer_leaves() -> None:
    EditionFactory.create()
    school = supporter("PT", name="Escola Aberta")
    reviewer = organiser("PT")
    approved = action(school, title="Family workshop", status=Status.APPROVED, reviewed_by=reviewer)
    person = supporter("PT", name="Maria Silva")
    Supporter.objects.filter(pk=person.pk).update(kind=SupporterKind.INDIVIDUAL)
    theirs = action(person, title="Talk at the library", status=Status.APPROVED)

    assert school.user is not None
    assert person.user is not None
    delete_account(school.user)
    delete_account(person.user)
    delete_account(reviewer)

    assert Action.objects.filter(pk__in=[approved.pk, theirs.pk], status=Status.APPROVED).count() == 2
    assert Supporter.objects.get(pk=school.pk).name == "Escola Aberta"
    assert Supporter.objects.get(pk=person.pk).name == "deleted member"
    gallery = sid_client().get("/en/gallery/")
    assert "Family workshop" in gallery.content.decode()
    assert "Maria Silva" not in sid_client().get(f"/en/gallery/{theirs.pk}/").content.decode()


def test_reports_by_someone_who_leaves_still_count_and_the_audit_names_nobody(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    author = make_youth("author@youth.example", "FR")
    trusted(author)
    reporter = make_youth("reporter@youth.example", "FR")
    post = youth.submit_post(
        author, youth.national_space("FR"), kind=YouthPost.Kind.DISCUSSION, title="Hi", body="Hello"
    ).obj
    moderation.report(reporter, post.moderation, "bullying", "My name is Jo Reporter, jo@home.example")
    reporter_id = reporter.pk

    delete_account(reporter)

    report = Report.objects.get(item=post.moderation)
    assert report.reporter is None
    assert report.status == Report.State.OPEN
    entry = AuditEntry.objects.get(action="reported", actor_id=reporter_id)
    assert entry.actor_role == "reporter"
    assert entry.reason == "bullying"
    page = client_for(cast.moderator).get("/en/moderation/audit/").content.decode()
    assert f"deleted member #{reporter_id}" in page
    assert "jo@home.example" not in page
    assert "reporter@youth.example" not in page


def test_the_audit_log_keeps_ids_and_roles_and_the_export_holds_the_persons_entries(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    author = make_youth("author@youth.example", "FR")
    post = youth.submit_post(
        author, youth.national_space("FR"), kind=YouthPost.Kind.DISCUSSION, title="Hi", body="Hello"
    ).obj
    moderation.moderate(cast.moderator, post.moderation, "reject", "Off topic.")

    exported = export_user_data(author)["moderation"]["audit_log"]
    assert [(line["action"], line["actor"], line["about_you"]) for line in exported] == [
        ("held", "screen", True),
        ("reject", "moderator", True),
    ]
    assert all(set(vars(entry)) >= {"actor_id", "actor_role"} for entry in AuditEntry.objects.all())
    assert not any(cast.moderator.email in str(vars(entry)) for entry in AuditEntry.objects.all())

    moderator_id = cast.moderator.pk
    delete_account(cast.moderator)

    page = client_for(cast.network_admin).get(f"/en/moderation/items/{post.moderation_id}/").content.decode()
    assert f"deleted member #{moderator_id} (moderator)" in page
