"""Demo policy monitor: the questionnaire for 2025 and its copy for 2026 (one question reworded, so not
comparable, and one new), invented answers for thirteen countries (marked as demo data). Everything is
published but Ireland's 2026 answers, a draft its national contact (policy-ie@bik.example) has not submitted,
so the journey from draft to publication can be walked."""

from __future__ import annotations

import zlib
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from bik.demo.registry import mark_demo
from bik.pages.models import HomePage
from bik.policy.models import Answer, AnswerType, CountryReturn, Indicator, Questionnaire, Status
from bik.policy.services import prefill_from_previous_year

YPN, NUMBER, CHOICE, TEXT, LINKS = (
    AnswerType.YES_PARTLY_NO,
    AnswerType.NUMBER,
    AnswerType.CHOICE,
    AnswerType.TEXT,
    AnswerType.LINKS,
)
P, E, PA = "protection", "empowerment", "participation"
COUNTRIES = ("AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "NL", "PL", "PT", "SE")
DRAFT_COUNTRY = "IE"
AGE_VERIFICATION = "age-verification-law"

# key, pillar, section, question, type, extra (choices or unit)
INDICATORS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (AGE_VERIFICATION, P, "Laws and regulation", "Age verification required by law", YPN, ""),
    ("dsa-coordinator", P, "Laws and regulation", "Digital Services Coordinator designated", YPN, ""),
    ("csam-law", P, "Laws and regulation", "Specific law on child sexual abuse material online", YPN, ""),
    (
        "national-strategy",
        P,
        "Strategy",
        "National strategy for children online",
        CHOICE,
        "Dedicated strategy\nPart of a wider strategy\nNone",
    ),
    ("strategy-links", P, "Strategy", "Links to the national strategy documents", LINKS, ""),
    ("helpline-funding", P, "Support services", "Public funding of the helpline", YPN, ""),
    ("hotline-reports", P, "Support services", "Reports handled by the hotline last year", NUMBER, "reports"),
    ("online-safety-curriculum", E, "Education", "Online safety in the school curriculum", YPN, ""),
    ("digital-education-hours", E, "Education", "Hours of digital literacy teaching a school year", NUMBER, "hours"),
    ("teacher-training", E, "Education", "Teacher training on online safety", CHOICE, "Compulsory\nOptional\nNone"),
    ("parent-campaigns", E, "Awareness", "National awareness campaigns for parents", YPN, ""),
    ("media-literacy-body", E, "Awareness", "A public body for media literacy", YPN, ""),
    ("sid-activities", E, "Awareness", "Safer Internet Day activities supported by government", YPN, ""),
    ("awareness-budget", E, "Awareness", "Yearly public budget for awareness", NUMBER, "thousand €"),
    ("youth-consultation", PA, "Involving children", "Children consulted on online policy", YPN, ""),
    ("youth-panel", PA, "Involving children", "A youth panel advises the government", YPN, ""),
    ("child-rights-comment-25", PA, "Involving children", "UNCRC General Comment 25 translated", YPN, ""),
    ("participation-notes", PA, "Involving children", "How children took part this year", TEXT, ""),
    ("ombudsperson-digital", PA, "Rights", "The children's ombudsperson covers the digital environment", YPN, ""),
)
# 2026: the curriculum hours are asked per week instead of per year (a new version), and one question is new.
CHANGED_2026 = {"digital-education-hours": ("Hours of digital literacy teaching a week", 2)}
NEW_2026 = (("ai-guidance", E, "Education", "Guidance for schools on generative AI", YPN, ""),)
YEARS = (2025, 2026)


def _pick(code: str, key: str, year: int, options: list[str]) -> str:
    return options[zlib.crc32(f"{code}:{key}:{year}".encode()) % len(options)]


def _answer(code: str, indicator: Indicator, year: int) -> dict[str, Any]:
    kind = indicator.answer_type
    if indicator.key == AGE_VERIFICATION:
        fixed = {("IE", 2025): "no", ("FR", 2025): "partly", ("FR", 2026): "yes"}
        return {"choice": fixed.get((code, year), _pick(code, indicator.key, year, ["yes", "partly", "no"]))}
    if kind == YPN:
        # Most answers stay from year to year; a few move on.
        choice = _pick(code, indicator.key, 2025, ["yes", "yes", "partly", "no"])
        if year == 2026 and _pick(code, indicator.key, year, ["keep", "keep", "keep", "move"]) == "move":
            choice = {"no": "partly", "partly": "yes", "yes": "yes"}[choice]
        return {"choice": choice, "text": "Demo comment." if choice == "partly" else ""}
    if kind == NUMBER:
        base = zlib.crc32(f"{code}:{indicator.key}".encode()) % 90 + 10
        if indicator.key == "digital-education-hours" and indicator.version == 2:
            base = base // 30 + 1
        return {"number": Decimal(base + (year - 2025) * (base // 10))}
    if kind == CHOICE:
        return {"choice": _pick(code, indicator.key, 2025, indicator.choice_list)}
    if kind == LINKS:
        return {"links": f"https://example.org/demo/{code.lower()}/strategy-{year}"}
    return {"text": f"Demo data: children in {code} were consulted in {year}."}


def _questionnaire(year: int) -> Questionnaire:
    questionnaire, created = Questionnaire.objects.get_or_create(
        year=year,
        defaults={
            "title": f"Better Internet for Kids policy questionnaire {year} (demo data)",
            "intro": "Demo data: an invented questionnaire and invented answers, to show how the policy monitor works.",
        },
    )
    if created:
        mark_demo(questionnaire)
        rows = INDICATORS + (NEW_2026 if year >= 2026 else ())
        for position, (key, pillar, section, question, kind, extra) in enumerate(rows):
            version = 1
            if year >= 2026 and key in CHANGED_2026:
                question, version = CHANGED_2026[key]
            Indicator.objects.create(
                questionnaire=questionnaire,
                sort_order=position,
                key=key,
                version=version,
                pillar=pillar,
                section=section,
                question=question,
                answer_type=kind,
                choices=extra if kind == CHOICE else "",
                unit=extra if kind == NUMBER else "",
            )
    return questionnaire


@transaction.atomic
def load(home: HomePage, out: Any = None) -> None:
    made = 0
    for year in YEARS:
        questionnaire = _questionnaire(year)
        indicators = list(questionnaire.indicators.all())
        for code in COUNTRIES:
            draft = year == YEARS[-1] and code == DRAFT_COUNTRY
            country_return, created = CountryReturn.objects.get_or_create(
                questionnaire=questionnaire,
                country=code,
                defaults={
                    "status": Status.DRAFT if draft else Status.PUBLISHED,
                    "published_at": None if draft else timezone.now(),
                    "submitted_at": None if draft else timezone.now(),
                },
            )
            if not created:
                continue
            mark_demo(country_return)
            made += 1
            if draft:
                prefill_from_previous_year(country_return)
                continue
            Answer.objects.bulk_create(
                Answer(country_return=country_return, indicator=indicator, **_answer(code, indicator, year))
                for indicator in indicators
            )
    if out is not None and made:
        out.write(f"Policy monitor: {made} demo country returns for {', '.join(map(str, YEARS))}.")
