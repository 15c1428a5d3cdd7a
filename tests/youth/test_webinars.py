"""Youth webinars: European online events for youth members of every country. Members register; only
registered members see the joining link and get one reminder by email the day before; afterwards the
European space's coordinators (network admins) publish the recording and a summary. Anonymous visitors are
sent to sign in; adults without a youth role get a 404."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from bik.accounts.models import User
from bik.youth import webinars
from bik.youth.models import Meeting, Space, WebinarRegistration, YouthProfile
from tests.conftest import AfterCommit, Cast
from tests.query_counts import render_warm
from tests.youth.conftest import make_coordinator, make_youth

JOIN = "https://meet.example/secret-webinar-room"


@pytest.fixture
def webinar(europe: Space) -> Meeting:
    return Meeting.objects.create(
        space=europe, is_webinar=True, title="Deepfakes and you", join_url=JOIN,
        starts_at=timezone.now() + dt.timedelta(days=3), duration_minutes=60,
    )  # fmt: skip


@pytest.fixture
def past_webinar(europe: Space) -> Meeting:
    return Meeting.objects.create(
        space=europe, is_webinar=True, title="Scams explained", join_url=JOIN,
        starts_at=timezone.now() - dt.timedelta(days=3), duration_minutes=60,
    )  # fmt: skip


def _paths(webinar: Meeting) -> list[str]:
    return ["/en/youth/webinars/", f"/en/youth/webinars/{webinar.pk}/", f"/en/youth/webinars/{webinar.pk}/follow-up/"]


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(webinar: Meeting) -> None:
    for path in _paths(webinar):
        response = Client().get(path)
        assert response.status_code == 302, path
        assert "/accounts/login/" in response["Location"], path


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["subscriber", "sic_member", "editor", "member"])
def test_adults_without_a_youth_role_get_not_found(
    role: str, cast: Cast, client_for: Callable[[User], Client], webinar: Meeting
) -> None:
    client = client_for(getattr(cast, role))
    for path in _paths(webinar):
        assert client.get(path).status_code == 404, path
    assert client.post(f"/en/youth/webinars/{webinar.pk}/").status_code == 404
    assert not WebinarRegistration.objects.filter(meeting=webinar).exists()


@pytest.mark.django_db
def test_youth_of_any_country_see_webinars_but_not_the_link_until_they_register(
    client_for: Callable[[User], Client], webinar: Meeting, after_commit: AfterCommit
) -> None:
    greek = make_youth("eleni@youth.example", "GR")
    client = client_for(greek)

    listed = client.get("/en/youth/webinars/").content.decode()
    before = client.get(webinar.get_absolute_url()).content.decode()
    with after_commit():
        response = client.post(webinar.get_absolute_url(), {"action": "register"})
    after = client.get(webinar.get_absolute_url()).content.decode()

    assert "Deepfakes and you" in listed
    assert JOIN not in listed
    assert JOIN not in before
    assert response.status_code == 302
    assert "You are registered" in after
    assert JOIN in after
    assert WebinarRegistration.objects.filter(meeting=webinar, user=greek).exists()


@pytest.mark.django_db
def test_a_member_waiting_for_a_parent_cannot_register(client_for: Callable[[User], Client], webinar: Meeting) -> None:
    young = make_youth("kit@youth.example", "FR", year_of_birth=2013, consent=YouthProfile.Consent.PENDING)
    client = client_for(young)

    client.post(webinar.get_absolute_url(), {"action": "register"})
    page = client.get(webinar.get_absolute_url()).content.decode()

    assert "once your parent or carer has said yes" in page
    assert JOIN not in page
    assert not WebinarRegistration.objects.filter(meeting=webinar).exists()


@pytest.mark.django_db
def test_other_coordinators_see_webinars_but_only_network_admins_publish_the_follow_up(
    cast: Cast, client_for: Callable[[User], Client], past_webinar: Meeting
) -> None:
    french_coordinator = client_for(make_coordinator("coord-fr@cast.example", "FR"))
    admin = client_for(cast.network_admin)

    assert french_coordinator.get(past_webinar.get_absolute_url()).status_code == 200
    assert french_coordinator.get(f"/en/youth/webinars/{past_webinar.pk}/follow-up/").status_code == 404
    refused = french_coordinator.post(
        f"/en/youth/webinars/{past_webinar.pk}/follow-up/", {"summary": "Intruder", "recording_url": ""}
    )
    published = admin.post(
        f"/en/youth/webinars/{past_webinar.pk}/follow-up/",
        {"summary": "We learnt three checks.", "recording_url": "https://video.example/scams"},
    )
    member_view = client_for(make_youth("lou@youth.example", "FR")).get(past_webinar.get_absolute_url())

    assert refused.status_code == 404
    assert published.status_code == 302
    page = member_view.content.decode()
    assert "We learnt three checks." in page
    assert "video.example%2Fscams" in page  # through the leaving-the-site notice
    assert JOIN not in page  # over: nobody joins any more


@pytest.mark.django_db
def test_the_follow_up_form_keeps_what_was_typed_and_refuses_a_plain_http_link(
    cast: Cast, client_for: Callable[[User], Client], past_webinar: Meeting
) -> None:
    response = client_for(cast.network_admin).post(
        f"/en/youth/webinars/{past_webinar.pk}/follow-up/",
        {"summary": "My careful summary", "recording_url": "http://video.example/x"},
    )

    assert response.status_code == 400
    assert "My careful summary" in response.content.decode()
    assert "https://" in response.content.decode()


@pytest.mark.django_db
def test_one_reminder_per_registration_the_day_before_in_the_members_language(
    webinar: Meeting, after_commit: AfterCommit
) -> None:
    member = make_youth("lou@youth.example", "FR")
    member.preferred_language = "fr"
    member.save(update_fields=["preferred_language"])
    registration = webinars.register(member, webinar)
    early = webinar.starts_at - dt.timedelta(days=2)
    due = webinar.starts_at - dt.timedelta(hours=20)

    with after_commit():
        assert not webinars.send_reminder(registration.pk, now=early)
        assert webinars.send_reminder(registration.pk, now=due)
        assert not webinars.send_reminder(registration.pk, now=due)  # a task delivered twice
        assert webinars.send_due_reminders(now=due) == 0

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [member.email]
    assert "Deepfakes and you" in mail.outbox[0].subject
    assert f"/youth/webinars/{webinar.pk}/" in mail.outbox[0].body
    assert JOIN not in mail.outbox[0].body  # the link stays behind sign-in


@pytest.mark.django_db
def test_no_reminder_for_a_cancelled_webinar(webinar: Meeting, after_commit: AfterCommit) -> None:
    registration = webinars.register(make_youth("lou@youth.example", "FR"), webinar)
    webinar.cancelled_at = timezone.now()
    webinar.save()

    with after_commit():
        sent = webinars.send_reminder(registration.pk, now=webinar.starts_at - dt.timedelta(hours=2))

    assert not sent
    assert mail.outbox == []


@pytest.mark.django_db
def test_network_admins_plan_a_webinar_from_the_european_space(
    cast: Cast, client_for: Callable[[User], Client], europe: Space
) -> None:
    next_year = timezone.localdate().year + 1
    response = client_for(cast.network_admin).post(
        "/en/youth/spaces/europe/coordinate/meetings/new/",
        {"title": "Your rights online", "description": "", "day": f"{next_year}-02-10", "time": "17:00",
         "duration_minutes": "60", "join_url": "https://meet.example/rights", "is_webinar": "on"},
    )  # fmt: skip

    assert response.status_code == 302
    webinar = Meeting.objects.get(title="Your rights online")
    assert webinar.is_webinar
    # The space's ordinary meetings page does not show a webinar's link to everyone.
    members_page = client_for(make_youth("lou@youth.example", "FR")).get("/en/youth/spaces/europe/meetings/")
    assert "meet.example/rights" not in members_page.content.decode()


@pytest.mark.django_db
def test_the_list_runs_the_same_queries_however_many_webinars(
    client_for: Callable[[User], Client], europe: Space
) -> None:
    client = client_for(make_youth("lou@youth.example", "FR"))

    def add(n: int) -> None:
        for i in range(n):
            Meeting.objects.create(
                space=europe, is_webinar=True, title=f"W{i}", join_url=JOIN,
                starts_at=timezone.now() + dt.timedelta(days=(i % 5) - 2, hours=i), duration_minutes=30,
            )  # fmt: skip

    add(3)
    few = render_warm(client, "/en/youth/webinars/")
    add(30)
    many = render_warm(client, "/en/youth/webinars/")

    assert many.queries == few.queries
