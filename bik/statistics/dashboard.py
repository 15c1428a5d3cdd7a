"""The figures behind the dashboards and open data, computed in a fixed number of queries whatever the
number of quarters. The public sees locked quarters only, with counts of 1 to 4 shown as "<5"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Sum
from django.utils.translation import gettext as _
from django_countries import countries

from bik.network.countries import name_key
from bik.network.models import Centre
from bik.statistics.models import AgeGroup, Channel, ContactBy, Count, Gender, Quarter, Status
from bik.statistics.services import category_map, spread

SUPPRESS_BELOW = 5
LICENCE = "CC-BY-4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
DIMENSIONS = ("category", "age_group", "gender", "contact_by", "channel")


def shown(value: int, *, public: bool) -> str:
    if public and 0 < value < SUPPRESS_BELOW:
        return "<5"
    return str(value)


@dataclass(frozen=True)
class Filters:
    country: str = ""
    category: str = ""
    start: str = ""  # a quarter label, e.g. 2024-Q1
    end: str = ""

    @classmethod
    def from_query(cls, query: Any) -> Filters:
        def value(name: str) -> str:
            return str(query.get(name, "")).strip()[:20]

        return cls(value("country").upper(), value("category"), value("from"), value("to"))

    @property
    def reversed(self) -> bool:
        """The period's first quarter comes after its last (no quarter can match)."""
        return bool(self.start and self.end and self.start > self.end)

    def as_query(self) -> dict[str, str]:
        pairs = {"country": self.country, "category": self.category, "from": self.start, "to": self.end}
        return {key: value for key, value in pairs.items() if value}


@dataclass
class Chart:
    key: str
    title: str
    column: str
    rows: list[tuple[str, int]] = field(default_factory=list)
    public: bool = True

    def shown_rows(self) -> list[tuple[str, int | None, str]]:
        return [
            (label, None if shown(v, public=self.public) == "<5" else v, shown(v, public=self.public))
            for label, v in self.rows
        ]


WITHHELD = "—"  # a figure from which a count under 5 could be worked out


@dataclass
class Comparison:
    """A country's contacts per quarter beside the network's average per reporting centre, as shown: on the
    public dashboard a count or an average of 1 to 4 is "<5", and an average is withheld when any centre's
    count behind it is 1 to 4 (the average times the number of centres, less the other countries' figures
    shown elsewhere on the dashboard, would give it away)."""

    country: str
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    withheld: bool = False  # some average was withheld: the page explains why
    reported: bool = False  # the country sent figures for at least one of the quarters


@dataclass
class Dashboard:
    quarters: list[Quarter]
    categories: list[Any]
    countries: list[tuple[str, str]]
    charts: list[Chart]
    comparison: Comparison | None
    total: int

    @property
    def silent(self) -> bool:
        """A country was chosen that sent no figures for these quarters: its charts would only show zeros."""
        return self.comparison is not None and not self.comparison.reported


def _quarters(*, public: bool) -> list[Quarter]:
    quarters = Quarter.objects.all()
    if public:
        quarters = quarters.published()
    return list(quarters.order_by("year", "number"))


def _in_range(quarters: list[Quarter], filters: Filters) -> list[Quarter]:
    return [
        q
        for q in quarters
        if (not filters.start or q.label >= filters.start) and (not filters.end or q.label <= filters.end)
    ]


def _counts(quarters: Iterable[Quarter], *, public: bool, group: Iterable[str]) -> Any:
    counts = Count.objects.filter(submission__quarter__in=[q.pk for q in quarters])
    if public:
        counts = counts.filter(submission__status=Status.SUBMITTED)
    return counts.values("submission__quarter_id", "submission__centre__country", "category_id", *group).annotate(
        total=Sum("contacts")
    )


def build(filters: Filters, *, public: bool) -> Dashboard:
    quarters = _in_range(_quarters(public=public), filters)
    latest, mapping = category_map()
    names = {c.pk: c.label for c in latest}
    wanted = next((c.pk for c in latest if c.code == filters.category), None)
    by_quarter: dict[int, int] = defaultdict(int)
    by_category: dict[int, int] = defaultdict(int)
    by_country: dict[str, int] = defaultdict(int)
    by_age: dict[str, int] = defaultdict(int)
    by_channel: dict[str, int] = defaultdict(int)
    country_quarter: dict[tuple[int, str], int] = defaultdict(int)
    reported: set[tuple[int, str]] = set()  # (quarter, country): a return with figures, whatever the filters
    for row in _counts(quarters, public=public, group=("age_group", "channel")):
        reported.add((row["submission__quarter_id"], row["submission__centre__country"]))
        for pk, value in spread(row["total"], mapping.get(row["category_id"], [])):
            if wanted is not None and pk != wanted:
                continue
            country = row["submission__centre__country"]
            country_quarter[(row["submission__quarter_id"], country)] += value
            if filters.country and country != filters.country:
                continue
            by_category[pk] += value
            by_quarter[row["submission__quarter_id"]] += value
            by_country[country] += value
            by_age[row["age_group"]] += value
            by_channel[row["channel"]] += value
    charts = [
        Chart("time", _("Contacts per quarter"), _("Quarter"), [(q.label, by_quarter.get(q.pk, 0)) for q in quarters]),
        Chart(
            "category",
            _("Contacts by category"),
            _("Category"),
            [(names[pk], by_category.get(pk, 0)) for pk in names if wanted is None or pk == wanted],
        ),
        Chart(
            "country",
            _("Contacts by country"),
            _("Country"),
            [(str(countries.name(c)), v) for c, v in sorted(by_country.items())],
        ),
        Chart(
            "age",
            _("Contacts by age group"),
            _("Age group"),
            [(str(label), by_age.get(v, 0)) for v, label in AgeGroup.choices],
        ),
        Chart(
            "channel",
            _("Contacts by channel"),
            _("Channel"),
            [(str(label), by_channel.get(v, 0)) for v, label in Channel.choices],
        ),
    ]
    for chart in charts:
        chart.public = public
    comparison = None
    if filters.country:
        comparison = Comparison(str(countries.name(filters.country)))
        for quarter in quarters:
            figures = [v for (q, _c), v in country_quarter.items() if q == quarter.pk]
            average = round(sum(figures) / len(figures)) if figures else 0
            if (quarter.pk, filters.country) in reported:
                comparison.reported = True
                mine = shown(country_quarter.get((quarter.pk, filters.country), 0), public=public)
            else:
                mine = _("not reported")
            if public and any(0 < v < SUPPRESS_BELOW for v in figures):
                shown_average = WITHHELD
                comparison.withheld = True
            else:
                shown_average = shown(average, public=public)
            comparison.rows.append((quarter.label, mine, shown_average))
    return Dashboard(
        quarters=quarters,
        categories=latest,
        countries=sorted(
            ((code, str(countries.name(code))) for code in Centre.objects.values_list("country", flat=True)),
            key=lambda choice: name_key(choice[1]),
        ),
        charts=charts,
        comparison=comparison,
        total=sum(by_quarter.values()),
    )


# --- Open data --------------------------------------------------------------------------------------------------

OPEN_DATA_FIELDS = ("quarter", "country", "category", "age_group", "gender", "contact_by", "channel", "contacts")

SCHEMA: dict[str, Any] = {
    "name": "bik-helpline-statistics",
    "title": "Insafe helpline contacts per quarter",
    "licenses": [{"name": LICENCE, "path": LICENCE_URL}],
    "note": "Locked (published) quarters only. Older categories are mapped onto the current list. "
    'Counts from 1 to 4 are given as "<5" so that no child can be re-identified.',
    "fields": [
        {"name": "quarter", "type": "string", "description": "Year and quarter, e.g. 2025-Q3."},
        {"name": "country", "type": "string", "description": "ISO 3166-1 alpha-2 code of the centre's country."},
        {"name": "category", "type": "string", "description": "Code of the contact category (current list)."},
        {"name": "age_group", "type": "string", "constraints": {"enum": list(AgeGroup.values)}},
        {"name": "gender", "type": "string", "constraints": {"enum": list(Gender.values)}},
        {"name": "contact_by", "type": "string", "constraints": {"enum": list(ContactBy.values)}},
        {"name": "channel", "type": "string", "constraints": {"enum": list(Channel.values)}},
        {"name": "contacts", "type": "string", "description": 'A whole number, or "<5" for 1 to 4.'},
    ],
}


def open_data_rows() -> list[dict[str, str]]:
    """Every locked quarter's figures, one row per combination, small counts suppressed."""
    published = _quarters(public=True)
    quarters = {q.pk: q.label for q in published}
    latest, mapping = category_map()
    codes = {c.pk: c.code for c in latest}
    totals: dict[tuple[str, ...], int] = defaultdict(int)
    for row in _counts(published, public=True, group=DIMENSIONS[1:]):
        for pk, value in spread(row["total"], mapping.get(row["category_id"], [])):
            key = (
                quarters[row["submission__quarter_id"]],
                row["submission__centre__country"],
                codes[pk],
                row["age_group"],
                row["gender"],
                row["contact_by"],
                row["channel"],
            )
            totals[key] += value
    return [
        dict(zip(OPEN_DATA_FIELDS, (*key, shown(value, public=True)), strict=True))
        for key, value in sorted(totals.items())
        if value
    ]
