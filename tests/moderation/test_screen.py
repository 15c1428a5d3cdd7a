"""The automatic screen: what it holds, what it lets through, how well it does on the labelled set, and the
`screen_text` command for evaluating it on any text set."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from bik.moderation import screen as codes
from bik.moderation.screen import screen
from tests.moderation.screen_eval import EXAMPLES

# The figures reached when the set was written (precision 1.00, recall 0.98); a change that makes the
# screen worse on the set fails here. Precision was lowered from 0.97 to 0.96 once, when the learned model's
# threshold moved to F-beta 0.5 for recall on texts nobody wrote for it (tests/moderation/test_screen_evaluation.py).
MINIMUM_PRECISION = 0.96
MINIMUM_RECALL = 0.95


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("fr", "Appelle-moi au 06 12 34 56 78", codes.PHONE),
        ("de", "+49 151 23456789", codes.PHONE),
        ("el", "6912345678", codes.PHONE),
        ("en", "write to me: kid@example.com", codes.EMAIL),
        ("en", "kid at gmail dot com", codes.EMAIL),
        ("it", "abito in via Roma 21", codes.ADDRESS),
        ("en", "add me on snapchat", codes.SOCIAL_HANDLE),
        ("en", "see www.example.org", codes.LINK),
        ("es", "escríbeme por privado", codes.PRIVATE_CHANNEL),
        ("de", "wo wohnst du", codes.MEET_UP),
        ("fr", "c'est notre secret", codes.SECRECY),
        ("el", "στείλε μου φωτογραφία", codes.IMAGE_REQUEST),
        ("en", "you are such a loser", codes.INSULT),
        ("it", "voglio morire", codes.SELF_HARM),
        ("en", "my stepdad hits me", codes.ABUSE),
    ],
)
def test_it_holds_contact_details_and_risk_signals_with_a_reason(language: str, text: str, reason: str) -> None:
    result = screen(text, language)

    assert result.held
    assert reason in result.reasons


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "ring me on oh seven seven double one, four five six, seven eight nine"),
        ("fr", "mon num c'est zéro six, quarante-deux, dix-huit, trente, zéro neuf"),
        ("es", "llámame al seis uno cinco, veinte, treinta, cuarenta"),
        ("nl", "bel me: nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig"),
        ("sv", "sms:a mig noll sju tre, ett två tre, fyrtiofem sextiosju"),
        ("hr", "zovi me nula devet osam, četrdeset dva, šesnaest, trideset tri"),
        ("sr", "позови ме нула шест три, један два три, четири пет шест"),
        ("uk", "дзвони нуль шість сім, сорок два, шістнадцять, тридцять три"),
        ("bg", "звънни ми на нула осем осем, двадесет и две, тридесет и три, четиридесет и четири"),
        ("el", "πάρε με έξι εννιά επτά, σαράντα δύο, δεκαοκτώ, τριάντα τρία, είκοσι"),
        ("et", "helista mulle viis kaks, kolmkümmend neli, viiskümmend kuus, seitsekümmend kaheksa"),
        ("mt", "ċempilli disgħa disgħa, tnejn u erbgħin, tmintax, tlieta u tletin"),
    ],
)
def test_a_number_said_in_words_with_tens_and_commas_is_a_phone_number(language: str, text: str) -> None:
    assert screen(text, language).reasons == (codes.PHONE,)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I scored twenty one points and thirty two assists in forty minutes"),
        ("en", "one, two, three, four, five, six, seven, ready or not here I come"),
        ("fr", "j'ai eu dix-huit sur vingt en maths, trop contente"),
        ("de", "wir waren zweiundzwanzig Leute und kamen dreißig Minuten zu spät"),
        ("sv", "vi var fyrtiofem personer på bion, sjukt bra film"),
        ("el", "ήμασταν σαράντα άτομα και φύγαμε στις δέκα"),
        ("bg", "бяхме двадесет и двама и чакахме тридесет минути"),
    ],
)
def test_numbers_said_in_ordinary_sentences_are_not_phone_numbers(language: str, text: str) -> None:
    assert codes.PHONE not in screen(text, language).reasons


@pytest.mark.parametrize(
    ("language", "text", "held"),
    [
        ("en", "I live at Mill Road 12, Cork", True),
        ("sl", "živim na Celovški 100 v Ljubljani", True),
        ("sr", "живим у Кнез Михаиловој 10, Београд", True),
        ("en", "I live for FIFA 23, Minecraft and pizza", False),
        ("de", "ich wohne seit 2019 in Berlin", False),
        ("en", "I live with my 2 brothers, and a dog", False),
    ],
)
def test_a_street_and_number_after_i_live_is_an_address(language: str, text: str, held: bool) -> None:
    assert (codes.ADDRESS in screen(text, language).reasons) is held


def test_it_ignores_accents_and_case() -> None:
    assert screen("ΠΟΥ ΜΕΝΕΙΣ;", "el").reasons == (codes.MEET_UP,)
    assert screen("J'AI ENVIE DE MOURIR", "fr").needs_helpline


def test_it_lets_dates_times_and_years_through() -> None:
    assert not screen("The panel meets on 12.02.2026 at 16:00; I was born in 2011.", "en").held


def test_without_a_language_it_checks_every_language() -> None:
    assert codes.SELF_HARM in screen("ich will nicht mehr leben").reasons


def test_self_harm_and_abuse_call_for_the_helpline_but_insults_do_not() -> None:
    assert screen("I want to kill myself", "en").needs_helpline
    assert screen("il me frappe tous les soirs", "fr").needs_helpline
    assert not screen("you are so stupid", "en").needs_helpline


def test_the_labelled_set_is_large_and_covers_every_language() -> None:
    languages = {language for language, _text, _held in EXAMPLES}

    assert len(EXAMPLES) >= 300
    assert languages == set(codes.LANGUAGES)


def test_precision_and_recall_on_the_labelled_set_stay_high() -> None:
    true_positives = false_positives = false_negatives = 0
    for language, text, should_hold in EXAMPLES:
        held = screen(text, language).held
        true_positives += held and should_hold
        false_positives += held and not should_hold
        false_negatives += should_hold and not held
    precision = true_positives / (true_positives + false_positives)
    recall = true_positives / (true_positives + false_negatives)
    # Its speed is measured by bench/screen_bench.py, not asserted here: a busy machine is not a slow screen.
    print(f"screen on {len(EXAMPLES)} examples: precision {precision:.3f}, recall {recall:.3f}")

    assert precision >= MINIMUM_PRECISION
    assert recall >= MINIMUM_RECALL


@pytest.mark.django_db
def test_the_command_prints_one_json_object_per_input_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("appelle-moi au 0612345678\nbonjour tout le monde\n"))
    out = io.StringIO()

    call_command("screen_text", "--language", "fr", stdout=out)

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines == [{"held": True, "reasons": ["phone"]}, {"held": False, "reasons": []}]


@pytest.mark.django_db
def test_the_command_screens_an_unknown_language_with_every_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("ich will nicht mehr leben\n"))
    out, err = io.StringIO(), io.StringIO()

    call_command("screen_text", "--language", "xx", stdout=out, stderr=err)

    assert json.loads(out.getvalue()) == {"held": True, "reasons": ["self_harm"]}
    assert "every language" in err.getvalue()


@pytest.mark.django_db
def test_the_command_holds_a_portuguese_number_written_digit_by_digit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("tenho 14 anos, liga-me para o 9 1 2 - 3 4 5 - 6 7 8\n"))
    out = io.StringIO()

    call_command("screen_text", "--language", "pt", stdout=out)

    assert json.loads(out.getvalue()) == {"held": True, "reasons": ["phone"]}
