"""What the gallery's tests share: a vocabulary of each kind translated into French and Greek, the resources a
Greek teacher looks for, and a collection spread over languages, terms and centres to count facets over."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from wagtail.models import Locale

from bik.catalogue.models import Term
from bik.network.models import Centre
from bik.resources.models import Resource
from tests.factories.catalogue import TermFactory, translate_term
from tests.factories.resources import (
    AgeGroupFactory,
    AudienceFactory,
    ResourceFactory,
    ResourceTypeFactory,
    TopicFactory,
)

# slug: (English, French, Greek), as the starter vocabularies name them.
TOPICS = {
    "cyberbullying": ("Cyberbullying", "Cyberharcèlement", "Διαδικτυακός εκφοβισμός"),
    "gaming": ("Gaming", "Jeux vidéo", "Παιχνίδια"),
    "privacy": ("Privacy and data protection", "Vie privée et protection des données", "Ιδιωτικότητα"),
    "sexting": ("Sexting", "Sextos", "Sexting"),
}
AGE_GROUPS = {
    "9-12": ("9–12", "9–12 ans", "9–12 ετών"),
    "13-15": ("13–15", "13–15 ans", "13–15 ετών"),
    "16-18": ("16–18", "16–18 ans", "16–18 ετών"),
}
AUDIENCES = {
    "children": ("Children", "Enfants", "Παιδιά"),
    "teenagers": ("Teenagers", "Adolescents", "Έφηβοι"),
    "parents": ("Parents and carers", "Parents et aidants", "Γονείς και κηδεμόνες"),
    "teachers": ("Teachers and educators", "Enseignants et éducateurs", "Εκπαιδευτικοί"),
}
TYPES = {
    "guide": ("Guide", "Guide", "Οδηγός"),
    "quiz": ("Quiz", "Quiz", "Κουίζ"),
    "tip-sheet": ("Tip sheet", "Fiche pratique", "Φύλλο συμβουλών"),
}


@dataclass
class Terms:
    """The English terms of each vocabulary, by slug."""

    topics: dict[str, Term]
    ages: dict[str, Term]
    audiences: dict[str, Term]
    types: dict[str, Term]


def _translated(factory: type[TermFactory], names: dict[str, tuple[str, str, str]]) -> dict[str, Term]:
    """A term of each slug in `names`, in their order, with its French and Greek translation."""
    made = {}
    for position, (slug, (english, french, greek)) in enumerate(names.items()):
        term = factory.create(slug=slug, name=english, sort_order=position)
        translate_term(term, "fr", french)
        translate_term(term, "el", greek)
        made[slug] = term
    return made


@pytest.fixture
def terms(db: None) -> Terms:
    """TOPICS, AGE_GROUPS, AUDIENCES and TYPES, each term translated into French and Greek."""
    return Terms(
        topics=_translated(TopicFactory, TOPICS),
        ages=_translated(AgeGroupFactory, AGE_GROUPS),
        audiences=_translated(AudienceFactory, AUDIENCES),
        types=_translated(ResourceTypeFactory, TYPES),
    )


@pytest.fixture
def greek_teachers_resources(terms: Terms) -> list[Resource]:
    """Three Greek resources of Greece's centre about cyberbullying for 13-15 year-olds (teenagers and teachers),
    each a PDF in Greek and a link in English; beside them, three that miss one of the three: Greek and about
    cyberbullying but for 9-12 year-olds, about cyberbullying for 13-15 year-olds but in English, Greek for
    13-15 year-olds but about gaming."""
    greek = Centre.objects.get(country="GR")
    cyberbullying, gaming = terms.topics["cyberbullying"], terms.topics["gaming"]
    teens, children = terms.ages["13-15"], terms.ages["9-12"]
    made = [
        ResourceFactory.create(
            title=title,
            description="<p>Τι είναι ο διαδικτυακός εκφοβισμός και σε ποιον να μιλήσεις.</p>",
            locale=Locale.objects.get(language_code="el"),
            centre=greek,
            languages=("el", "en"),
            files=("el",),
            topics=[cyberbullying],
            age_groups=[teens],
            audiences=[terms.audiences["teenagers"], terms.audiences["teachers"]],
            types=[terms.types["guide"]],
            date=dt.date(2025, 9, 1) + dt.timedelta(days=30 * number),
        )
        for number, title in enumerate(
            (
                "Σταμάτα τον διαδικτυακό εκφοβισμό: οδηγός για εφήβους",
                "Σχέδιο μαθήματος: όταν η παρέα γίνεται σκληρή στο διαδίκτυο",
                "Φύλλο συμβουλών: τι κάνω αν με εκφοβίζουν",
            )
        )
    ]
    ResourceFactory.create(
        title="Greek cyberbullying for younger children",
        languages=("el",),
        topics=[cyberbullying],
        age_groups=[children],
    )
    ResourceFactory.create(title="English cyberbullying for teenagers", topics=[cyberbullying], age_groups=[teens])
    ResourceFactory.create(title="Greek gaming for teenagers", languages=("el",), topics=[gaming], age_groups=[teens])
    return made


LANGUAGES = ("en", "el", "fr", "de", "mt")
CENTRES = ("IE", "GR", "FR", "DE", "MT", None)


@pytest.fixture
def collection(terms: Terms) -> list[Resource]:
    """Sixteen live resources spread over five languages (every third in English or French too), every topic,
    age group, audience and type, five centres and none, and a year of dates; every other one is about social
    media. Each facet has several values with counts of their own."""
    topics, ages = list(terms.topics.values()), list(terms.ages.values())
    audiences, types = list(terms.audiences.values()), list(terms.types.values())
    made = []
    for number in range(16):
        language = LANGUAGES[number % len(LANGUAGES)]
        other = "fr" if language == "en" else "en"
        country = CENTRES[number % len(CENTRES)]
        about = "social media" if number % 2 == 0 else "staying safe"
        made.append(
            ResourceFactory.create(
                title=f"Collection resource {number}",
                description=f"<p>A resource about {about}.</p>",
                languages=(language, other) if number % 3 == 0 else (language,),
                topics=[topics[number % len(topics)], *([topics[1]] if number % 5 == 0 else [])],
                age_groups=[ages[number % len(ages)]],
                audiences=[audiences[(number + 1) % len(audiences)]],
                types=[types[(number * 2) % len(types)]],
                centre=Centre.objects.get(country=country) if country else None,
                date=dt.date(2025, 1, 1) + dt.timedelta(days=23 * number),
            )
        )
    return made
