"""What the public sees of the policy monitor: published returns only. Country profiles (with last year's
answers and what changed), the map coloured by an indicator, countries side by side, and the open data rows.
Each is built in a fixed number of queries, whatever the number of countries and years."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from django_countries.fields import Country

from bik.demo.registry import demo_ids, is_demo
from bik.network.countries import name_key
from bik.network.europe import EuropeMap, MapLink, europe_map
from bik.network.models import Centre
from bik.policy.models import (
    Answer,
    AnswerType,
    CountryReturn,
    Indicator,
    Pillar,
    Questionnaire,
    Status,
    YesPartlyNo,
    plain_number,
)
from bik.policy.services import participating_countries
from bik.sid.choropleth import LEVELS

LICENCE = "CC-BY-4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
OPEN_DATA_FIELDS = (
    "year",
    "country",
    "pillar",
    "section",
    "indicator",
    "indicator_version",
    "question",
    "answer_type",
    "value",
    "comment",
    "links",
    "is_demo",
)
SCHEMA: dict[str, Any] = {
    "name": "bik-policy-monitor",
    "title": "Better Internet for Kids policy monitor",
    "licenses": [{"name": LICENCE, "path": LICENCE_URL}],
    "fields": [
        {"name": "year", "type": "integer", "description": "Year of the questionnaire."},
        {"name": "country", "type": "string", "description": "ISO 3166-1 alpha-2 code."},
        {"name": "pillar", "type": "string", "constraints": {"enum": list(Pillar.values)}},
        {"name": "section", "type": "string", "description": "Section of the questionnaire."},
        {
            "name": "indicator",
            "type": "string",
            "description": "Stable key of the indicator; compare years only where key and version are the same.",
        },
        {"name": "indicator_version", "type": "integer", "description": "Raised when the question changed."},
        {"name": "question", "type": "string", "description": "The question, in English."},
        {"name": "answer_type", "type": "string", "constraints": {"enum": list(AnswerType.values)}},
        {
            "name": "value",
            "type": "string",
            "description": "yes, partly or no; a number; one of the listed choices; free text; or links.",
        },
        {"name": "comment", "type": "string", "description": "The national contact's comment."},
        {"name": "links", "type": "string", "description": "Links to documents, separated by spaces."},
        {"name": "is_demo", "type": "boolean", "description": "True for invented demonstration data."},
    ],
}


def demo_years() -> frozenset[int]:
    """The years whose questionnaire is invented demo data (loaded by `make run`), which every page and file says."""
    return frozenset(Questionnaire.objects.filter(pk__in=demo_ids(Questionnaire)).values_list("year", flat=True))


def published_questionnaires() -> list[Questionnaire]:
    return list(Questionnaire.objects.filter(returns__status=Status.PUBLISHED).distinct().order_by("-year"))


def questionnaire_for(year: int | None) -> Questionnaire | None:
    """The year's questionnaire if anything of it is published; the latest published without a year."""
    found = Questionnaire.objects.filter(returns__status=Status.PUBLISHED).distinct().order_by("-year")
    if year is not None:
        found = found.filter(year=year)
    questionnaire: Questionnaire | None = found.first()
    return questionnaire


def indicators_of(questionnaire: Questionnaire) -> list[Indicator]:
    return list(questionnaire.indicators.order_by("sort_order"))


def _previous(questionnaire: Questionnaire) -> Questionnaire | None:
    previous: Questionnaire | None = (
        Questionnaire.objects.filter(year__lt=questionnaire.year, returns__status=Status.PUBLISHED)
        .distinct()
        .order_by("-year")
        .first()
    )
    return previous


def display(answer: Answer | None) -> str:
    """An answer in words, in the reader's language where it is one of ours (yes, partly, no)."""
    if answer is None or answer.is_empty():
        return ""
    if answer.indicator.answer_type == AnswerType.YES_PARTLY_NO and answer.choice in YesPartlyNo.values:
        return str(YesPartlyNo(answer.choice).label)
    value = answer.value()
    if answer.indicator.answer_type == AnswerType.NUMBER and value and answer.indicator.unit:
        return f"{value} {answer.indicator.unit}"
    return value


def _answers(
    questionnaires: list[Questionnaire], countries: list[str] | None = None
) -> dict[tuple[int, str], dict[str, Answer]]:
    """(questionnaire id, country) → answers keyed by indicator key, published only; two queries."""
    answers = (
        Answer.objects.filter(country_return__questionnaire__in=questionnaires, country_return__status=Status.PUBLISHED)
        .select_related("indicator", "country_return")
        .prefetch_related("documents")
    )
    if countries is not None:
        answers = answers.filter(country_return__country__in=countries)
    found: dict[tuple[int, str], dict[str, Answer]] = defaultdict(dict)
    for answer in answers:
        found[(answer.country_return.questionnaire_id, answer.country_return.country.code)][answer.indicator.key] = (
            answer
        )
    return found


@dataclass
class Row:
    """One indicator for one country: this year's answer, last year's, and whether it changed."""

    indicator: Indicator
    answer: Answer | None
    previous: Answer | None
    comparable: bool

    @property
    def shown(self) -> str:
        return display(self.answer)

    @property
    def previous_shown(self) -> str:
        return display(self.previous)

    @property
    def changed(self) -> bool:
        return self.comparable and self.previous is not None and self.shown != self.previous_shown


@dataclass
class Section:
    pillar: str
    pillar_label: str
    title: str
    rows: list[Row] = field(default_factory=list)


def _sections(rows: list[Row]) -> list[Section]:
    """Rows grouped by pillar (in the BIK+ order) and section (in the order they first appear)."""
    sections: dict[tuple[str, str], Section] = {}
    for row in rows:
        pillar, title = row.indicator.pillar, row.indicator.section
        if (pillar, title) not in sections:
            sections[(pillar, title)] = Section(pillar, str(Pillar(pillar).label), title)
        sections[(pillar, title)].rows.append(row)
    return sorted(sections.values(), key=lambda section: _PILLAR_ORDER.get(section.pillar, 9))


_PILLAR_ORDER = {pillar: index for index, pillar in enumerate(Pillar.values)}


@dataclass
class Profile:
    country: Country
    questionnaire: Questionnaire
    previous: Questionnaire | None
    country_return: CountryReturn
    sections: list[Section]
    centre: Centre | None
    consent_age: int | None
    years: list[int]

    @property
    def changed(self) -> list[Row]:
        return [row for section in self.sections for row in section.rows if row.changed]


def country_profile(code: str, year: int | None) -> Profile | None:
    from bik.youth.models import ConsentAge

    code = code.upper()
    returns = list(
        CountryReturn.objects.published()
        .filter(country=code)
        .select_related("questionnaire")
        .order_by("-questionnaire__year")
    )
    if not returns:
        return None
    current = returns[0] if year is None else next((r for r in returns if r.questionnaire.year == year), None)
    if current is None:
        return None
    questionnaire = current.questionnaire
    previous_return = next((r for r in returns if r.questionnaire.year < questionnaire.year), None)
    previous = previous_return.questionnaire if previous_return else None
    answers = _answers([q for q in (questionnaire, previous) if q is not None], [code])
    now = answers.get((questionnaire.pk, code), {})
    before = answers.get((previous.pk, code), {}) if previous else {}
    rows = []
    for indicator in indicators_of(questionnaire):
        earlier = before.get(indicator.key)
        rows.append(
            Row(
                indicator,
                now.get(indicator.key),
                earlier,
                indicator.same_question_as(earlier.indicator if earlier else None),
            )
        )
    consent = ConsentAge.objects.filter(country=code).first()
    return Profile(
        country=Country(code),
        questionnaire=questionnaire,
        previous=previous,
        country_return=current,
        sections=_sections(rows),
        centre=Centre.objects.published().filter(country=code).first(),
        consent_age=consent.age if consent else None,
        years=[r.questionnaire.year for r in returns],
    )


# --- The map ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LegendEntry:
    index: int
    fill: str
    ink: str
    label: str


@dataclass
class MapRow:
    code: str
    name: str
    url: str
    shown: str
    level: int


@dataclass
class IndicatorMap:
    indicator: Indicator
    map: EuropeMap
    legend: list[LegendEntry]
    rows: list[MapRow]


def _legend(labels: list[str]) -> list[LegendEntry]:
    return [LegendEntry(index, LEVELS[index][1], LEVELS[index][2], label) for index, label in enumerate(labels)]


def indicator_map(questionnaire: Questionnaire, indicator: Indicator) -> IndicatorMap:
    """Every country asked, coloured (and patterned) by its published answer to `indicator`."""
    answers = Answer.objects.filter(indicator=indicator, country_return__status=Status.PUBLISHED).select_related(
        "country_return", "indicator"
    )
    by_country = {answer.country_return.country.code: answer for answer in answers if not answer.is_empty()}
    kind = indicator.answer_type
    if kind == AnswerType.YES_PARTLY_NO:
        order = ["", YesPartlyNo.NO, YesPartlyNo.PARTLY, YesPartlyNo.YES]
        labels = [_("No answer published"), *(str(YesPartlyNo(value).label) for value in order[1:])]

        def level(answer: Answer) -> int:
            return order.index(answer.choice) if answer.choice in order else 0

    elif kind == AnswerType.CHOICE:
        choices = indicator.choice_list[: len(LEVELS) - 1]
        labels = [_("No answer published"), *choices]

        def level(answer: Answer) -> int:
            return choices.index(answer.choice) + 1 if answer.choice in choices else len(LEVELS) - 1

    elif kind == AnswerType.NUMBER:
        numbers = sorted({a.number for a in by_country.values() if a.number is not None})
        bands = max(1, min(len(LEVELS) - 1, len(numbers)))
        bounds = [numbers[min(len(numbers) - 1, (len(numbers) * step) // bands)] for step in range(bands)]
        labels = [_("No answer published"), *(_("from %(low)s") % {"low": plain_number(low)} for low in bounds)]

        def level(answer: Answer) -> int:
            if answer.number is None:
                return 0
            return max(index + 1 for index, low in enumerate(bounds) if answer.number >= low) if bounds else 0

    else:
        labels = [_("No answer published"), _("Answered")]

        def level(answer: Answer) -> int:
            return 1

    rows = []
    for code in participating_countries():
        answer = by_country.get(code)
        rows.append(
            MapRow(
                code=code,
                name=str(Country(code).name),
                # A country without a published answer this year links to its profile, which shows its latest
                # published year (or says that none is published yet).
                url=reverse("policy:country_year", kwargs={"country": code.lower(), "year": questionnaire.year})
                if answer is not None
                else reverse("policy:country", kwargs={"country": code.lower()}),
                shown=display(answer) or _("No answer published"),
                level=level(answer) if answer is not None else 0,
            )
        )
    rows.sort(key=lambda row: name_key(row.name))
    drawn = europe_map(MapLink(code=r.code, url=r.url, level=r.level, label=r.shown) for r in rows)
    return IndicatorMap(indicator, drawn, _legend(labels), rows)


# --- Side by side ---------------------------------------------------------------------------------------------


@dataclass
class Cell:
    now: str
    before: str
    comparable: bool
    has_previous: bool

    @property
    def changed(self) -> bool:
        return self.comparable and self.has_previous and self.now != self.before


@dataclass
class CompareRow:
    indicator: Indicator
    cells: list[Cell]


@dataclass
class Comparison:
    questionnaire: Questionnaire
    previous: Questionnaire | None
    countries: list[Country]
    sections: list[tuple[str, str, list[CompareRow]]]


def comparison(questionnaire: Questionnaire, codes: list[str]) -> Comparison:
    previous = _previous(questionnaire)
    answers = _answers([q for q in (questionnaire, previous) if q is not None], codes)
    grouped: dict[tuple[str, str], list[CompareRow]] = {}
    for indicator in sorted(indicators_of(questionnaire), key=lambda i: _PILLAR_ORDER.get(i.pillar, 9)):
        cells = []
        for code in codes:
            now = answers.get((questionnaire.pk, code), {}).get(indicator.key)
            before = answers.get((previous.pk, code), {}).get(indicator.key) if previous else None
            cells.append(
                Cell(
                    now=display(now),
                    before=display(before),
                    comparable=indicator.same_question_as(before.indicator if before else None),
                    has_previous=before is not None,
                )
            )
        heading = (str(Pillar(indicator.pillar).label), indicator.section)
        grouped.setdefault(heading, []).append(CompareRow(indicator, cells))
    sections = [(pillar, section, rows) for (pillar, section), rows in grouped.items()]
    return Comparison(questionnaire, previous, [Country(code) for code in codes], sections)


# --- Open data ------------------------------------------------------------------------------------------------


def open_data_rows(questionnaire: Questionnaire, country: str = "") -> list[dict[str, Any]]:
    answers = _answers([questionnaire], [country.upper()] if country else None)
    invented = is_demo(questionnaire)
    rows = []
    for (_questionnaire_id, code), by_key in sorted(answers.items(), key=lambda item: item[0][1]):
        for indicator in indicators_of_cached(questionnaire):
            answer = by_key.get(indicator.key)
            if answer is None:
                continue
            is_choice = indicator.answer_type in (AnswerType.YES_PARTLY_NO, AnswerType.CHOICE, AnswerType.NUMBER)
            rows.append(
                {
                    "year": questionnaire.year,
                    "country": code,
                    "pillar": indicator.pillar,
                    "section": indicator.section,
                    "indicator": indicator.key,
                    "indicator_version": indicator.version,
                    "question": indicator.question,
                    "answer_type": indicator.answer_type,
                    "value": answer.value(),
                    "comment": answer.text if is_choice else "",
                    "links": " ".join(answer.link_list),
                    "is_demo": invented,
                }
            )
    return rows


def indicators_of_cached(questionnaire: Questionnaire) -> list[Indicator]:
    cached: list[Indicator] | None = getattr(questionnaire, "_ordered_indicators", None)
    if cached is None:
        cached = indicators_of(questionnaire)
        questionnaire._ordered_indicators = cached
    return cached
