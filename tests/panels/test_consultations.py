"""Consultations: network admins open them; young people in the age range answer once in their language;
free text is screened and read by staff only; after closing, young people see the aggregate (small counts
suppressed) and what the network did with their views."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import get_language_info

from bik.accounts.models import User
from bik.moderation.models import Status
from bik.panels import services
from bik.panels.models import Answer, Consultation, ConsultationTranslation
from tests.conftest import Cast, make_user
from tests.panels.conftest import PanelCast, born_aged, open_consultation
from tests.youth.conftest import make_youth

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User], Client]


def test_a_network_admin_opens_a_consultation_and_a_mistake_keeps_what_they_typed(
    cast: Cast, client_for: ClientFor
) -> None:
    admin = client_for(cast.network_admin)
    closes = (timezone.localtime() + dt.timedelta(days=10)).strftime("%Y-%m-%dT%H:%M")
    form = {
        "question": "Should schools ban phones?",
        "kind": "single",
        "options": "Yes",
        "languages": ["en", "fr"],
        "min_age": "13",
        "max_age": "18",
        "closes_at": closes,
    }
    mistaken = admin.post("/en/consultations/manage/new/", form)
    assert mistaken.status_code == 400
    assert "Give at least two options" in mistaken.content.decode()
    assert "Should schools ban phones?" in mistaken.content.decode()

    response = admin.post("/en/consultations/manage/new/", {**form, "options": "Yes\nNo"})
    consultation = Consultation.objects.get(question="Should schools ban phones?")
    assert response["Location"] == f"/en/consultations/manage/{consultation.pk}/"
    assert consultation.is_open
    assert consultation.languages == ["en", "fr"]


@pytest.mark.parametrize(
    "who", ["member", "subscriber", "youth_member", "youth_coordinator", "sic_member", "editor", "moderator"]
)
def test_only_network_admins_manage_consultations(who: str, cast: Cast, client_for: ClientFor) -> None:
    consultation = open_consultation()
    user = client_for(getattr(cast, who))
    for path in ("/en/consultations/manage/", "/en/consultations/manage/new/", consultation.get_absolute_url()):
        if "manage" in path:
            assert user.get(path).status_code == 404, path
    assert user.post(f"/en/consultations/manage/{consultation.pk}/", {"action": "close"}).status_code == 404
    consultation.refresh_from_db()
    assert consultation.is_open


def test_staff_need_a_second_factor_and_anonymous_visitors_sign_in(client: Client, client_for: ClientFor) -> None:
    from django.contrib.auth.models import Group

    from bik.accounts.roles import Role

    admin = make_user("no-mfa@cast.example")
    admin.groups.add(Group.objects.get(name=Role.NETWORK_ADMIN.value))
    assert "/2fa/" in client_for(admin).get("/en/consultations/manage/")["Location"]
    assert client.get("/en/consultations/manage/")["Location"].startswith("/en/accounts/login/")
    assert client.get("/en/youth/consultations/")["Location"].startswith("/en/accounts/login/")


def test_a_young_member_answers_once(cast: Cast, panels: PanelCast, client_for: ClientFor) -> None:
    consultation = open_consultation()
    young = client_for(cast.youth_member)
    assert "Which topic first?" in young.get("/en/youth/consultations/").content.decode()

    assert young.post(consultation.get_absolute_url(), {"choices": "1"}).status_code == 302
    again = young.post(consultation.get_absolute_url(), {"choices": "0"})
    assert again.status_code == 400
    assert "already answered" in again.content.decode()
    assert list(Answer.objects.filter(consultation=consultation).values_list("choices", "language")) == [([1], "en")]
    with pytest.raises(services.AnswerError):
        services.answer(cast.youth_member, consultation, language="en", choices=[0])


def test_a_choice_that_is_not_offered_is_refused_with_a_clear_message(
    cast: Cast, panels: PanelCast, client_for: ClientFor
) -> None:
    consultation = open_consultation()
    response = client_for(cast.youth_member).post(consultation.get_absolute_url(), {"choices": "9"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not Answer.objects.filter(consultation=consultation).exists()


def test_answers_are_taken_in_the_consultations_languages(cast: Cast, panels: PanelCast, client_for: ClientFor) -> None:
    consultation = open_consultation(languages=["fr"])
    young = client_for(cast.youth_member)
    page = young.get(consultation.get_absolute_url()).content.decode()
    assert "This consultation takes answers in these languages." in page
    assert f'<a href="/fr/youth/consultations/{consultation.pk}/" hreflang="fr" lang="fr">Français</a>' in page
    young.post(f"/fr/youth/consultations/{consultation.pk}/", {"choices": "0"})
    assert Answer.objects.get(consultation=consultation).language == "fr"


def test_the_languages_offered_say_where_the_question_is_not_written_in_them(
    cast: Cast, panels: PanelCast, client_for: ClientFor
) -> None:
    consultation = open_consultation(languages=["en", "es", "fr"])
    ConsultationTranslation.objects.create(consultation=consultation, language="fr", question="Quel sujet d'abord ?")
    page = client_for(cast.youth_member).get(f"/ga/youth/consultations/{consultation.pk}/").content.decode()
    notice = re.search(r'<div class="notice">.*?</div>', page, re.DOTALL)
    assert notice is not None
    links = re.findall(r'<li><a href="(/[a-z]{2}/youth/consultations/\d+/)"[^>]*>([^<]+)</a>([^<]*)</li>', notice[0])
    assert [(url, name) for url, name, _note in links] == [
        (f"/en/youth/consultations/{consultation.pk}/", "English"),
        (f"/es/youth/consultations/{consultation.pk}/", "Español"),
        (f"/fr/youth/consultations/{consultation.pk}/", "Français"),
    ]
    notes = [note.strip() for _url, _name, note in links]
    assert notes[0] == notes[2] == ""  # English is the source; the French version is written
    assert notes[1].startswith("(")
    with translation.override("ga"):
        english = str(get_language_info("en")["name_translated"])
    assert english in notes[1]  # Spanish readers get the English question, named in the page's language (Irish)


def test_a_part_a_version_leaves_empty_is_read_in_the_source_language_and_marked_so(
    cast: Cast, panels: PanelCast, client_for: ClientFor
) -> None:
    consultation = open_consultation(languages=["en", "fr"], description="Tell us what to work on first.")
    ConsultationTranslation.objects.create(
        consultation=consultation,
        language="fr",
        question="Quel sujet en premier ?",
        options="Harcèlement\nFausses nouvelles\nSommeil",
    )
    page = client_for(cast.youth_member).get(f"/fr/youth/consultations/{consultation.pk}/").content.decode()
    assert "<h1>Quel sujet en premier ?</h1>" in page
    assert '<div class="prose" lang="en"><p>Tell us what to work on first.' in page  # not written in French
    assert '">Harcèlement</label>' in page  # the French options, in the page's language
    assert 'lang="en">Bullying' not in page


def test_who_may_not_answer(cast: Cast, panels: PanelCast, client_for: ClientFor) -> None:
    consultation = open_consultation(min_age=16, max_age=18)
    too_young = panels.outsider  # 15
    for user in (too_young, cast.member, cast.youth_coordinator, panels.other_coordinator, cast.network_admin):
        response = client_for(user).post(consultation.get_absolute_url(), {"choices": "0"})
        assert response.status_code == 404
        assert "Which topic first?" not in client_for(user).get("/en/youth/consultations/").content.decode()
    assert not Answer.objects.filter(consultation=consultation).exists()


def test_free_text_is_screened_and_read_by_staff_only(cast: Cast, panels: PanelCast, client_for: ClientFor) -> None:
    consultation = open_consultation(kind=Consultation.Kind.FREE_TEXT, options="")
    client_for(cast.youth_member).post(consultation.get_absolute_url(), {"text": "More help for gamers."})
    other = make_youth("kite@cast.example", "IE", year_of_birth=born_aged(14))
    client_for(other).post(consultation.get_absolute_url(), {"text": "Text me on 087 123 4567"})
    held = Answer.objects.get(user=other)
    assert held.moderation is not None
    assert held.moderation.status == Status.HELD

    staff_page = client_for(cast.network_admin).get(f"/en/consultations/manage/{consultation.pk}/").content.decode()
    assert "More help for gamers." in staff_page
    assert "087 123 4567" not in staff_page
    assert "1 answer waits in the moderation queue" in staff_page

    services.close_now(cast.network_admin, consultation)
    youth_page = client_for(cast.youth_member).get(consultation.get_absolute_url()).content.decode()
    assert "More help for gamers." not in youth_page
    assert "staff only" in youth_page


def test_after_closing_young_people_see_the_aggregate_with_small_counts_suppressed_and_the_response(
    cast: Cast, panels: PanelCast, client_for: ClientFor
) -> None:
    consultation = open_consultation()
    Answer.objects.bulk_create(
        Answer(consultation=consultation, user=None, language="en", choices=[0 if i < 6 else 2]) for i in range(8)
    )
    young = client_for(cast.youth_member)
    young.post(consultation.get_absolute_url(), {"choices": "2"})
    admin = client_for(cast.network_admin)
    live = admin.get(f"/en/consultations/manage/{consultation.pk}/").content.decode()
    assert '<th scope="row">Sleep</th><td>3</td>' in live  # staff see exact counts while it runs
    assert "Results" not in young.get(consultation.get_absolute_url()).content.decode()

    admin.post(f"/en/consultations/manage/{consultation.pk}/", {"action": "close"})
    admin.post(f"/en/consultations/manage/{consultation.pk}/", {"action": "respond", "response": "We told the EU."})

    page = young.get(consultation.get_absolute_url()).content.decode()
    assert "Answers: 9" in page
    assert '<th scope="row">Bullying</th><td>6</td>' in page
    assert '<th scope="row">Sleep</th><td>&lt;5</td>' in page
    assert '<th scope="row">Fake news</th><td>0</td>' in page
    assert "We told the EU." in page
    assert young.post(consultation.get_absolute_url(), {"choices": "0"}).status_code == 400
