"""Taking part: writing posts, discussions and comments; pre-moderation of new members and of anything the
screen flags; the statement of reasons; reports; blocking; helpline signposting; links; rate limits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bik.accounts.models import User
from bik.moderation import services as moderation
from bik.moderation.models import AuditEntry, Report, Sanction, Status
from bik.youth import services
from bik.youth.models import Comment, Post, Space, YouthProfile
from tests.youth.conftest import make_youth, trusted


@pytest.mark.django_db
def test_a_new_members_first_posts_wait_for_a_moderator_with_a_gentle_explanation(
    client_for: Callable[[User], Client], france: Space
) -> None:
    author = make_youth("new@youth.example", "FR")
    client = client_for(author)

    response = client.post(
        "/en/youth/spaces/fr/write/", {"kind": "discussion", "title": "Salut", "body": "Bonjour !"}, follow=True
    )

    post = Post.objects.get(title="Salut")
    assert post.moderation.status == Status.HELD
    assert post.moderation.held_because == "new_account"
    assert b"A moderator will read it before others can see it" in response.content
    assert b"it is not a punishment" in response.content


@pytest.mark.django_db
def test_after_the_first_posts_a_member_publishes_at_once(french_youth: User, france: Space) -> None:
    written = services.submit_post(french_youth, france, kind="blog", title="Mon blog", body="Un texte.")

    assert written.item.status == Status.PUBLISHED


@pytest.mark.django_db
def test_a_post_with_a_phone_number_is_held_even_for_a_trusted_member(french_youth: User, france: Space) -> None:
    written = services.submit_post(french_youth, france, kind="discussion", title="Appel", body="06 12 34 56 78")

    assert written.item.status == Status.HELD
    assert written.item.screen_reasons == ["phone"]


@pytest.mark.django_db
def test_below_the_consent_age_a_member_reads_but_cannot_post_until_the_parent_agrees(
    client_for: Callable[[User], Client], france: Space
) -> None:
    young = make_youth("kid@youth.example", "FR", year_of_birth=2012, consent=YouthProfile.Consent.PENDING)
    client = client_for(young)

    page = client.get("/en/youth/spaces/fr/")
    refused = client.post("/en/youth/spaces/fr/write/", {"kind": "discussion", "title": "T", "body": "B"})

    assert page.status_code == 200
    assert b"once your parent or carer has said yes" in page.content
    assert refused.status_code == 403
    assert not Post.objects.filter(author=young).exists()
    YouthProfile.objects.filter(user=young).update(consent_status=YouthProfile.Consent.GIVEN)
    client.post("/en/youth/spaces/fr/write/", {"kind": "discussion", "title": "T", "body": "B"})
    assert Post.objects.filter(author=young).exists()


@pytest.mark.django_db
def test_the_author_reads_the_statement_of_reasons_when_a_post_is_rejected(
    client_for: Callable[[User], Client], french_youth: User, french_coordinator: User, france: Space
) -> None:
    post = services.submit_post(french_youth, france, kind="discussion", title="Numéro", body="0612345678").obj
    coordinator = client_for(french_coordinator)

    coordinator.post(
        f"/en/moderation/items/{post.moderation_id}/",
        {"action": "reject", "reason": "Phone numbers are not allowed: keep your details private."},
    )

    page = client_for(french_youth).get(post.get_absolute_url())
    assert page.status_code == 200
    assert b"Phone numbers are not allowed: keep your details private." in page.content
    assert b"My posts that are not published" in client_for(french_youth).get("/en/youth/spaces/").content


@pytest.mark.django_db
def test_a_requested_edit_sends_the_post_back_to_the_queue(
    client_for: Callable[[User], Client], french_youth: User, french_coordinator: User, france: Space
) -> None:
    post = services.submit_post(
        french_youth, france, kind="discussion", title="Mon adresse", body="12 rue des Lilas"
    ).obj
    moderation.moderate(french_coordinator, post.moderation, "request_edit", "Remove your address, please.")
    author = client_for(french_youth)

    assert b"Remove your address, please." in author.get(post.get_absolute_url()).content
    author.post(f"/en/youth/spaces/fr/posts/{post.pk}/edit/", {"title": "Mon quartier", "body": "Il est sympa."})

    post.refresh_from_db()
    post.moderation.refresh_from_db()
    assert post.title == "Mon quartier"
    assert post.moderation.status == Status.HELD
    assert moderation.queue(french_coordinator, "youth-fr").filter(pk=post.moderation_id).exists()


@pytest.mark.django_db
def test_a_member_reports_a_comment_and_sees_what_happened(
    client_for: Callable[[User], Client],
    published_post: Post,
    french_coordinator: User,
    write_comment: Callable[[User, Post, str], Comment],
) -> None:
    bully = make_youth("bully@youth.example", "FR")
    trusted(bully)
    comment = write_comment(bully, published_post, "Ce post est nul.")
    reporter = make_youth("reporter@youth.example", "FR")
    reporter_client = client_for(reporter)

    reporter_client.post(
        f"/en/moderation/items/{comment.moderation_id}/report/", {"reason": "bullying", "details": "Pas gentil"}
    )
    queue = moderation.queue(french_coordinator, "youth-fr")
    assert comment.moderation_id in {item.pk for item in queue}
    client_for(french_coordinator).post(
        f"/en/moderation/items/{comment.moderation_id}/", {"action": "hide", "reason": "Unkind comment."}
    )

    report = Report.objects.get(reporter=reporter)
    assert report.status == Report.State.UPHELD
    mine = reporter_client.get("/en/moderation/reports/")
    assert b"Action taken" in mine.content
    assert b"Ce post est nul." not in reporter_client.get(published_post.get_absolute_url()).content


@pytest.mark.django_db
def test_a_member_can_report_a_profile(client_for: Callable[[User], Client], french_youth: User) -> None:
    other = make_youth("other@youth.example", "FR")
    client = client_for(other)

    client.post(
        f"/en/moderation/items/{YouthProfile.objects.get(user=french_youth).moderation_id}/report/", {"reason": "other"}
    )

    assert Report.objects.filter(reporter=other, item=YouthProfile.objects.get(user=french_youth).moderation).exists()


@pytest.mark.django_db
def test_a_report_without_a_reason_is_refused_with_a_message(
    client_for: Callable[[User], Client], published_post: Post
) -> None:
    client = client_for(make_youth("r@youth.example", "FR"))

    response = client.post(f"/en/moderation/items/{published_post.moderation_id}/report/", {"details": "hmm"})

    assert response.status_code == 200
    assert b"This field is required." in response.content
    assert b"hmm" in response.content
    assert not Report.objects.filter(item=published_post.moderation).exists()


@pytest.mark.django_db
def test_reporting_is_rate_limited(published_post: Post, settings: object) -> None:
    reporter = make_youth("r@youth.example", "FR")
    settings.BIK_MODERATION_REPORT_RATE = (2, 3600)  # type: ignore[attr-defined]

    moderation.report(reporter, published_post.moderation, "spam")
    moderation.report(reporter, published_post.moderation, "spam")
    with pytest.raises(moderation.RateLimitError):
        moderation.report(reporter, published_post.moderation, "spam")


@pytest.mark.django_db
def test_posting_is_rate_limited_with_a_clear_message(
    client_for: Callable[[User], Client], french_youth: User, france: Space, settings: object
) -> None:
    settings.BIK_MODERATION_POST_RATE = (1, 3600)  # type: ignore[attr-defined]
    client = client_for(french_youth)
    client.post("/en/youth/spaces/fr/write/", {"kind": "discussion", "title": "One", "body": "1"})

    response = client.post("/en/youth/spaces/fr/write/", {"kind": "discussion", "title": "Two", "body": "2"})

    assert b"Take a break" in response.content
    assert b'value="Two"' in response.content
    assert not Post.objects.filter(title="Two").exists()


@pytest.mark.django_db
def test_a_suspended_member_cannot_post(
    french_youth: User, french_coordinator: User, published_post: Post, france: Space
) -> None:
    moderation.moderate(french_coordinator, published_post.moderation, "suspend", "Repeated insults.")

    assert Sanction.objects.filter(user=french_youth, kind="suspension").exists()
    assert not services.posting_right(french_youth, france).allowed


@pytest.mark.django_db
def test_a_post_about_self_harm_shows_the_national_helpline_at_once(
    client_for: Callable[[User], Client], french_youth: User, france: Space
) -> None:
    client = client_for(french_youth)

    response = client.post(
        "/en/youth/spaces/fr/write/",
        {"kind": "discussion", "title": "Ça va pas", "body": "J'ai envie de mourir."},
        follow=True,
    )

    assert b"You are not alone" in response.content
    helpline = services.helpline_for(france, french_youth)
    assert helpline is not None
    assert helpline.helpline is not None
    assert helpline.helpline.organisation.encode() in response.content


@pytest.mark.django_db
def test_links_in_posts_go_through_a_leaving_notice_with_ugc_nofollow(
    client_for: Callable[[User], Client], french_youth: User, france: Space, french_coordinator: User
) -> None:
    post = services.submit_post(french_youth, france, kind="blog", title="Lien", body="Voir https://example.org/x").obj
    moderation.moderate(french_coordinator, post.moderation, "approve")

    page = client_for(french_youth).get(post.get_absolute_url()).content.decode()
    notice = client_for(french_youth).get("/en/youth/leaving/?to=https://example.org/x")

    assert 'href="/en/youth/leaving/?to=https%3A%2F%2Fexample.org%2Fx" rel="ugc nofollow"' in page
    assert b"You are leaving BIK Youth" in notice.content
    assert Client().get("/en/youth/leaving/?to=javascript:alert(1)").status_code == 400


@pytest.mark.django_db
def test_html_in_posts_is_shown_as_text(
    client_for: Callable[[User], Client], french_youth: User, france: Space
) -> None:
    post = services.submit_post(french_youth, france, kind="blog", title="x", body="<script>alert(1)</script>").obj

    page = client_for(french_youth).get(post.get_absolute_url()).content

    assert b"<script>alert(1)" not in page
    assert b"&lt;script&gt;" in page


@pytest.mark.django_db
def test_blocking_hides_what_the_blocked_member_writes(
    client_for: Callable[[User], Client],
    published_post: Post,
    write_comment: Callable[[User, Post, str], Comment],
) -> None:
    pest = make_youth("pest@youth.example", "FR")
    trusted(pest)
    write_comment(pest, published_post, "Réponse embêtante")
    reader = make_youth("reader@youth.example", "FR")
    client = client_for(reader)

    client.post(f"/en/youth/members/{YouthProfile.objects.get(user=pest).pk}/block/")

    assert "Réponse embêtante" not in client.get(published_post.get_absolute_url()).content.decode()
    client.post(f"/en/youth/members/{YouthProfile.objects.get(user=pest).pk}/block/", {"undo": "1"})
    assert "Réponse embêtante" in client.get(published_post.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_profiles_show_the_pseudonym_only(client_for: Callable[[User], Client], french_youth: User) -> None:
    french_youth.first_name, french_youth.last_name = "Louise", "Martin"
    french_youth.save()

    page = client_for(make_youth("x@youth.example", "FR")).get(
        f"/en/youth/members/{YouthProfile.objects.get(user=french_youth).pk}/"
    )

    assert french_youth.display_name.encode() in page.content
    assert b"Martin" not in page.content
    assert b"lou@youth.example" not in page.content
    assert b"This profile is private." in page.content


@pytest.mark.django_db
def test_the_space_page_makes_the_same_number_of_queries_with_few_and_many_posts(
    client_for: Callable[[User], Client], french_youth: User, france: Space
) -> None:
    client = client_for(french_youth)
    services.submit_post(french_youth, france, kind="blog", title="first", body="x")
    client.get("/en/youth/spaces/fr/")  # warm the navigation cache
    with CaptureQueriesContext(connection) as few:
        client.get("/en/youth/spaces/fr/")
    for number in range(12):
        services.submit_post(
            make_youth(f"m{number}@youth.example", "FR"), france, kind="blog", title=f"p{number}", body="x"
        )

    with CaptureQueriesContext(connection) as many:
        client.get("/en/youth/spaces/fr/")

    assert len(many) == len(few)


@pytest.mark.django_db
def test_a_member_who_deletes_their_account_leaves_their_posts_as_a_deleted_member(published_post: Post) -> None:
    from bik.accounts.services import delete_account

    author = published_post.author
    assert author is not None
    author_id = author.pk
    moderation.audit(None, "held", item=published_post.moderation)

    delete_account(author)

    assert Post.objects.get(pk=published_post.pk).author is None
    assert not YouthProfile.objects.filter(user_id=author_id).exists()
    assert AuditEntry.objects.filter(subject_user_id=author_id).exists()
