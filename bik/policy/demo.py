"""Demo policy monitor (bik/demo/data/policy.yaml): the questionnaire for 2025 and its copy for 2026 (one question
reworded, so not comparable, and one new), invented answers for thirteen countries (marked as demo data). Everything
is published but Ireland's 2026 answers, a draft its national contact (policy-ie@bik.example) has not submitted,
so the journey from draft to publication can be walked. The answers are drawn here, the same on every load."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from bik.demo.datafiles import demo_data
from bik.demo.registry import mark_demo
from bik.pages.models import HomePage
from bik.policy.models import Answer, AnswerType, CountryReturn, Indicator, Questionnaire, Status
from bik.policy.services import prefill_from_previous_year

DATA = demo_data("policy")
YEARS: tuple[int, ...] = tuple(DATA["years"])
COUNTRIES: tuple[str, ...] = tuple(DATA["countries"])
DRAFT_COUNTRY: str = DATA["draft_country"]
CHANGES: dict[str, Any] = DATA["changes"]
ANSWERS: dict[str, Any] = DATA["answers"]
AGE_VERIFICATION = "age-verification-law"


def _indicators(pillars: dict[str, dict[str, list[dict[str, Any]]]]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Each indicator of the data file's pillars and sections, in order, with its pillar and section."""
    for pillar, sections in pillars.items():
        for section, entries in sections.items():
            for entry in entries:
                yield pillar, section, entry


def _pick(code: str, key: str, year: int, options: list[str]) -> str:
    return options[zlib.crc32(f"{code}:{key}:{year}".encode()) % len(options)]


def _answer(code: str, indicator: Indicator, year: int) -> dict[str, Any]:
    kind = indicator.answer_type
    if indicator.key == AGE_VERIFICATION:
        fixed: dict[int, str] = ANSWERS["age_verification"].get(code, {})
        return {"choice": fixed.get(year, _pick(code, indicator.key, year, ["yes", "partly", "no"]))}
    if kind == AnswerType.YES_PARTLY_NO:
        # Most answers stay from year to year; a few move on.
        choice = _pick(code, indicator.key, 2025, ["yes", "yes", "partly", "no"])
        if year == 2026 and _pick(code, indicator.key, year, ["keep", "keep", "keep", "move"]) == "move":
            choice = {"no": "partly", "partly": "yes", "yes": "yes"}[choice]
        return {"choice": choice, "text": ANSWERS["partly_comment"] if choice == "partly" else ""}
    if kind == AnswerType.NUMBER:
        base = zlib.crc32(f"{code}:{indicator.key}".encode()) % 90 + 10
        if indicator.key == "digital-education-hours" and indicator.version == 2:
            base = base // 30 + 1  # per week instead of per year
        return {"number": Decimal(base + (year - 2025) * (base // 10))}
    if kind == AnswerType.CHOICE:
        return {"choice": _pick(code, indicator.key, 2025, indicator.choice_list)}
    if kind == AnswerType.LINKS:
        return {"links": ANSWERS["links"].format(code=code.lower(), year=year)}
    return {"text": ANSWERS["text"].format(code=code, year=year)}


def _questionnaire(year: int) -> Questionnaire:
    copy = DATA["questionnaire"]
    questionnaire, created = Questionnaire.objects.get_or_create(
        year=year, defaults={"title": copy["title"].format(year=year), "intro": copy["intro"]}
    )
    if created:
        mark_demo(questionnaire)
        changed = year >= CHANGES["year"]
        rows = list(_indicators(DATA["indicators"])) + (list(_indicators(CHANGES["new"])) if changed else [])
        for position, (pillar, section, entry) in enumerate(rows):
            reworded = CHANGES["reworded"].get(entry["key"]) if changed else None
            Indicator.objects.create(
                questionnaire=questionnaire,
                sort_order=position,
                key=entry["key"],
                version=reworded["version"] if reworded else 1,
                pillar=pillar,
                section=section,
                question=reworded["question"] if reworded else entry["question"],
                answer_type=AnswerType(entry["type"]),
                choices="\n".join(entry.get("choices", [])),
                unit=entry.get("unit", ""),
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
