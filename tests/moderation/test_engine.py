"""The moderation engine: the audit log nobody can change, queues ordered by age, the statement of reasons,
and pre-moderation counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.accounts.models import User
from bik.audit.models import AppendOnlyError
from bik.moderation import services
from bik.moderation.models import AuditEntry, ModeratedItem, Status
from bik.youth import services as youth
from bik.youth.models import Comment, Post
from tests.youth.conftest import make_coordinator, make_youth


@pytest.fixture
def coordinator(db: None) -> User:
    return make_coordinator("c@fr.example", "FR")


def _held(number: int) -> ModeratedItem:
    author = make_youth(f"a{number}@youth.example", "FR")
    return youth.submit_post(author, youth.national_space("FR"), kind="blog", title=f"t{number}", body="b").item


@pytest.mark.django_db
def test_every_action_is_written_to_the_audit_log(coordinator: User) -> None:
    item = _held(1)

    services.moderate(coordinator, item, "reject", "Not about online safety.")

    entry = AuditEntry.objects.filter(item_id=item.pk, action="reject").get()
    assert entry.actor_id == coordinator.pk
    assert entry.reason == "Not about online safety."
    assert entry.subject_user_id == item.author_id


@pytest.mark.django_db
def test_the_audit_log_refuses_changes_from_code(coordinator: User) -> None:
    entry = services.audit(coordinator, "warn", reason="x")

    entry.reason = "rewritten"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).update(reason="rewritten")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()


@pytest.mark.django_db
def test_the_database_refuses_to_rewrite_the_audit_log(coordinator: User) -> None:
    entry = services.audit(coordinator, "warn", reason="x")

    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE moderation_auditentry SET reason = 'rewritten' WHERE id = %s", [entry.pk])

    assert AuditEntry.objects.get(pk=entry.pk).reason == "x"


@pytest.mark.django_db
def test_deleting_an_account_keeps_its_audit_entries(coordinator: User) -> None:
    item = _held(1)
    services.moderate(coordinator, item, "reject", "No.")
    author_id = item.author_id
    assert author_id is not None

    User.objects.filter(pk=author_id).delete()

    assert AuditEntry.objects.filter(subject_user_id=author_id, action="reject").exists()


@pytest.mark.django_db
def test_the_queue_is_oldest_first_and_shows_the_age_of_the_oldest(
    coordinator: User, client_for: Callable[[User], Client]
) -> None:
    first, second = _held(1), _held(2)
    ModeratedItem.objects.filter(pk=second.pk).update(queued_at=first.queued_at.replace(year=2020))

    ids = [item.pk for item in services.queue(coordinator, "youth-fr") if item.pk in (first.pk, second.pk)]
    page = client_for(coordinator).get("/en/moderation/queue/youth-fr/")

    assert ids == [second.pk, first.pk]
    assert b"The oldest has waited" in page.content


@pytest.mark.django_db
def test_approving_publishes_and_dismisses_reports(coordinator: User) -> None:
    item = _held(1)
    reporter = make_youth("rep@youth.example", "FR")
    services.report(reporter, item, "spam")

    services.moderate(coordinator, item, "approve")

    item.refresh_from_db()
    assert item.status == Status.PUBLISHED
    assert item.reports.get().status == "dismissed"
    assert item not in services.queue(coordinator, "youth-fr")


@pytest.mark.django_db
def test_actions_other_than_approve_need_a_reason(coordinator: User) -> None:
    with pytest.raises(ValueError, match="reason"):
        services.moderate(coordinator, _held(1), "hide", "")


@pytest.mark.django_db
def test_the_number_of_premoderated_posts_is_configurable(settings: object) -> None:
    settings.BIK_MODERATION_PREMODERATED_POSTS = 0  # type: ignore[attr-defined]

    assert _held(1).status == Status.PUBLISHED


@pytest.mark.django_db
def test_the_queue_page_makes_the_same_number_of_queries_with_few_and_many_items(
    coordinator: User, client_for: Callable[[User], Client]
) -> None:
    client = client_for(coordinator)
    _held(0)
    client.get("/en/moderation/queue/youth-fr/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/moderation/queue/youth-fr/")
    for number in range(1, 12):
        _held(number)

    with CaptureQueriesContext(connection) as many:
        client.get("/en/moderation/queue/youth-fr/")

    assert len(many) == len(few)


@pytest.mark.django_db
def test_my_reports_page_makes_the_same_number_of_queries_with_few_and_many(
    client_for: Callable[[User], Client],
) -> None:
    reporter = make_youth("rep@youth.example", "FR")
    client = client_for(reporter)
    services.report(reporter, _held(0), "spam")
    client.get("/en/moderation/reports/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/moderation/reports/")
    for number in range(1, 8):
        services.report(reporter, _held(number), "spam")

    with CaptureQueriesContext(connection) as many:
        client.get("/en/moderation/reports/")

    assert len(many) == len(few)


@pytest.mark.django_db
def test_my_reports_links_to_what_was_reported_while_members_can_see_it(
    coordinator: User, client_for: Callable[[User], Client], settings: object
) -> None:
    settings.BIK_MODERATION_PREMODERATED_POSTS = 0  # type: ignore[attr-defined]
    settings.BIK_MODERATION_REPORT_RATE = (20, 3600)  # type: ignore[attr-defined]
    reporter = make_youth("rep@youth.example", "FR")
    client = client_for(reporter)

    def published(number: int) -> tuple[Post, Comment]:
        author = make_youth(f"p{number}@youth.example", "FR")
        post = youth.submit_post(author, youth.national_space("FR"), kind="blog", title=f"Post {number}", body="b")
        comment = youth.submit_comment(author, post.obj, f"A reply to post {number}")
        return post.obj, comment.obj

    post, comment = published(0)
    services.report(reporter, post.moderation, "spam")
    services.report(reporter, comment.moderation, "bullying")
    hidden = _held(1)
    services.report(reporter, hidden, "spam")
    services.moderate(coordinator, hidden, "hide", "Advertising.")
    page = client.get("/en/moderation/reports/").content.decode()
    assert f'<a href="{post.get_absolute_url()}">Post 0</a>' in page
    assert f'<a href="{comment.get_absolute_url()}">A reply to post 0</a>' in page
    assert ">t1<" not in page  # hidden: not shown to members, nor here

    with CaptureQueriesContext(connection) as few:
        client.get("/en/moderation/reports/")
    for number in range(2, 7):
        post, comment = published(number)
        services.report(reporter, post.moderation, "spam")
        services.report(reporter, comment.moderation, "spam")
    with CaptureQueriesContext(connection) as many:
        page = client.get("/en/moderation/reports/").content.decode()

    assert "Post 6" in page
    assert len(many) == len(few)
