"""Consultations in several languages: network admins write a version of the question, options and response
per language; young people read the one of their page (or the source language when it is missing) and their
answers count together whatever the language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from bik.accounts.models import User
from bik.panels import services
from bik.panels.models import Answer
from tests.conftest import Cast
from tests.panels.conftest import PanelCast, open_consultation
from tests.query_counts import render_warm

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User], Client]

FRENCH = {
    "action": "translate",
    "language": "fr",
    "fr-question": "Quel sujet d’abord ?",
    "fr-description": "",
    "fr-option_0": "Le harcèlement",
    "fr-option_1": "Les fausses infos",
    "fr-option_2": "Le sommeil",
    "fr-response": "Nous l’avons dit à l’UE.",
}


def test_a_french_member_reads_and_answers_in_french_and_counts_with_english_answers(
    cast: Cast, panels: PanelCast, client_for: ClientFor
) -> None:
    consultation = open_consultation(languages=["en", "fr"])
    manage = f"/en/consultations/manage/{consultation.pk}/"
    admin = client_for(cast.network_admin)
    assert "Not written yet" in admin.get(manage).content.decode()
    saved = admin.post(manage, FRENCH)
    assert saved["Location"] == f"{manage}?saved=fr#version-fr"
    assert "The version in Français is saved." in admin.get(saved["Location"]).content.decode()

    french = client_for(panels.outsider)  # a young member of France, 15
    assert "Quel sujet d’abord ?" in french.get("/fr/youth/consultations/").content.decode()
    page = french.get(f"/fr/youth/consultations/{consultation.pk}/").content.decode()
    assert "<h1>Quel sujet d’abord ?</h1>" in page
    assert "Les fausses infos" in page
    assert "Fake news" not in page
    assert french.post(f"/fr/youth/consultations/{consultation.pk}/", {"choices": "1"}).status_code == 302
    assert (
        client_for(cast.youth_member).post(f"/en/youth/consultations/{consultation.pk}/", {"choices": "1"}).status_code
        == 302
    )
    Answer.objects.bulk_create(
        Answer(consultation=consultation, user=None, language="en", choices=[1]) for _ in range(4)
    )
    assert sorted(Answer.objects.filter(consultation=consultation).values_list("language", flat=True))[-1] == "fr"

    exported = services.export_user_data(panels.outsider)
    assert exported is not None
    assert exported["consultation_answers"] == [
        {**exported["consultation_answers"][0], "question": "Quel sujet d’abord ?", "choices": ["Les fausses infos"]}  # type: ignore[index]
    ]

    again = french.post(f"/en/youth/consultations/{consultation.pk}/", {"choices": "0"})
    assert again.status_code == 400  # once per person, whatever the language
    assert Answer.objects.filter(consultation=consultation).count() == 6

    services.close_now(cast.network_admin, consultation)
    services.respond(cast.network_admin, consultation, "We told the EU.")
    results = french.get(f"/fr/youth/consultations/{consultation.pk}/").content.decode()
    assert '<th scope="row">Les fausses infos</th><td>6</td>' in results
    assert "Nous l’avons dit à l’UE." in results
    english = client_for(cast.youth_member).get(f"/en/youth/consultations/{consultation.pk}/").content.decode()
    assert '<th scope="row">Fake news</th><td>6</td>' in english
    assert "We told the EU." in english


def test_a_missing_version_falls_back_to_the_source_language(
    cast: Cast, panels: PanelCast, client_for: ClientFor
) -> None:
    consultation = open_consultation(languages=["en", "fr", "de"])
    services.save_translation(
        cast.network_admin, consultation, "fr", question="Quel sujet ?", options=["Harcèlement", "Infos", "Sommeil"]
    )
    german = client_for(panels.outsider).get(f"/de/youth/consultations/{consultation.pk}/").content.decode()
    assert '<h1 lang="en">Which topic first?</h1>' in german
    assert "Fake news" in german
    assert "Infos" not in german

    no_english = open_consultation(question="Quel sujet ?", languages=["fr", "de"])
    assert no_english.source_language == "fr"
    assert services.translation_languages(no_english) == ["de"]


def test_every_option_needs_a_label_and_a_mistake_keeps_what_was_typed_with_a_translated_error(
    cast: Cast, client_for: ClientFor
) -> None:
    consultation = open_consultation(languages=["en", "fr"])
    admin = client_for(cast.network_admin)
    mistaken = admin.post(f"/fr/consultations/manage/{consultation.pk}/", {**FRENCH, "fr-option_2": " "})
    assert mistaken.status_code == 400
    page = mistaken.content.decode()
    assert "Champ requis." in page  # “This field is required.” in French
    assert "Les fausses infos" in page
    assert "Quel sujet d’abord ?" in page
    assert not consultation.translations.exists()

    other_language = admin.post(f"/en/consultations/manage/{consultation.pk}/", {**FRENCH, "language": "de"})
    assert other_language.status_code == 404
    with pytest.raises(ValueError, match="every option"):
        services.save_translation(cast.network_admin, consultation, "fr", question="Q ?", options=["Un", "Deux"])
    assert not consultation.translations.exists()


@pytest.mark.parametrize(
    "who", ["member", "subscriber", "youth_member", "youth_coordinator", "sic_member", "editor", "moderator"]
)
def test_only_network_admins_write_versions(who: str, cast: Cast, client_for: ClientFor) -> None:
    consultation = open_consultation(languages=["en", "fr"])
    response = client_for(getattr(cast, who)).post(f"/en/consultations/manage/{consultation.pk}/", FRENCH)
    assert response.status_code == 404
    assert not consultation.translations.exists()
    with pytest.raises(PermissionDenied):
        services.save_translation(getattr(cast, who), consultation, "fr", question="Q", options=["a", "b", "c"])


def test_anonymous_visitors_sign_in_before_writing_a_version(client: Client) -> None:
    consultation = open_consultation(languages=["en", "fr"])
    response = client.post(f"/en/consultations/manage/{consultation.pk}/", FRENCH)
    assert response["Location"].startswith("/en/accounts/login/")
    assert not consultation.translations.exists()


def test_the_french_list_costs_the_same_whatever_the_number_of_versions(
    cast: Cast, panels: PanelCast, client_for: ClientFor
) -> None:
    def add(count: int) -> None:
        for index in range(count):
            consultation = open_consultation(question=f"Question {index}?", languages=["en", "fr"])
            services.save_translation(
                cast.network_admin, consultation, "fr", question=f"Question {index} ?", options=["a", "b", "c"]
            )

    french = client_for(panels.outsider)
    add(2)
    few = render_warm(french, "/fr/youth/consultations/")
    add(6)
    many = render_warm(french, "/fr/youth/consultations/")
    assert many.html.count("Question 5 ?") == 1
    assert many.html.count("Question 1 ?") == 2
    assert many.queries == few.queries
