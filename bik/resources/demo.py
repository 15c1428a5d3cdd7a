"""Demo resources (bik/demo/data/resources.yaml): the four vocabularies of shared/reference/taxonomy.md (English,
French, Greek), the gallery page under the portal, and about sixty resources spread over every language, age group,
audience, topic, type and centre — among them Greek resources for 13-15 year-olds about cyberbullying and Italian
resources for parents of 9-12 year-olds, with files to download. Age groups agree with audiences (see `ages_for`).
Every record is marked as demo; the files are small generated PDFs and the links point to the reserved `.example`
domain. Idempotent: only what is missing is added."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Locale

from bik.demo.datafiles import demo_data
from bik.demo.pdf import minimal_pdf
from bik.demo.registry import demo_ids, mark_demo
from bik.demo.terms import ensure_terms
from bik.network.models import Centre
from bik.pages.models import HomePage
from bik.pictures import demo as pictures
from bik.pictures.motifs import stable_hash
from bik.resources.models import (
    AgeGroup,
    Audience,
    Licence,
    Resource,
    ResourceLanguageVersion,
    ResourceType,
    Topic,
)

DATA = demo_data("resources")
TRANSLATED: tuple[str, ...] = tuple(DATA["translated"])
# slug: (English, then each language of TRANSLATED)
TOPICS: dict[str, tuple[str, ...]] = {slug: tuple(names) for slug, names in DATA["topics"].items()}
AUDIENCES: dict[str, tuple[str, ...]] = {slug: tuple(names) for slug, names in DATA["audiences"].items()}
AGE_GROUPS: dict[str, tuple[str, ...]] = {slug: tuple(names) for slug, names in DATA["age_groups"].items()}
TYPES: dict[str, tuple[str, ...]] = {slug: tuple(names) for slug, names in DATA["types"].items()}
# The centre most likely to publish in each language (none for languages without a centre in the network).
CENTRE_FOR_LANGUAGE: dict[str, str] = DATA["centre_for_language"]
DEMO_NOTE: str = DATA["demo_note"]

# Target ages that agree with the audiences: children are up to 12, teenagers 13 to 18; resources for the adults
# around them (parents, teachers, professionals) are about children of some age; studies are for adults.
CHILD_AGES = [["6-8"], ["9-12"], ["6-8", "9-12"], ["0-5", "6-8"]]
TEEN_AGES = [["13-15"], ["16-18"], ["13-15", "16-18"]]
CARED_FOR_AGES = [["0-5", "6-8"], ["9-12"], ["6-8", "9-12"], ["13-15"], ["13-15", "16-18"]]
AGE_ORDER = list(AGE_GROUPS)
CARING_AUDIENCES = {"parents", "teachers", "professionals"}


def ages_for(audiences: list[str], number: int) -> list[str]:
    """Age groups for the `number`-th resource with these audiences, never contradicting them."""
    ages: set[str] = set()
    if "children" in audiences:
        ages.update(CHILD_AGES[number % len(CHILD_AGES)])
    if "teenagers" in audiences:
        ages.update(TEEN_AGES[number % len(TEEN_AGES)])
    if not ages:
        ages.update(CARED_FOR_AGES[number % len(CARED_FOR_AGES)] if CARING_AUDIENCES & set(audiences) else ["adults"])
    return sorted(ages, key=AGE_ORDER.index)


LICENCES = list(Licence.values)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Resources made from the templates (every topic three times), and how many of them (the first) also have a French
# translation of their English text (made as an editor would, with wagtail-localize).
FROM_TEMPLATES = 60
TRANSLATED_TEXTS = 3


def load(home: HomePage, out: Any = None) -> None:
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    locales = {code: Locale.objects.get(language_code=code) for code in TRANSLATED}
    terms = {
        "topic": ensure_terms(Topic, TOPICS, TRANSLATED, english, locales),
        "audience": ensure_terms(Audience, AUDIENCES, TRANSLATED, english, locales),
        "age": ensure_terms(AgeGroup, AGE_GROUPS, TRANSLATED, english, locales),
        "type": ensure_terms(ResourceType, TYPES, TRANSLATED, english, locales),
    }
    if Resource.objects.filter(pk__in=demo_ids(Resource)).exists():
        _listed(DATA["italian_parents"], terms)
        return
    created = _resources(terms) + _listed(DATA["italian_parents"], terms)
    if out is not None:
        out.write(f"{created} demo resources ready.")


def _document(spec: dict[str, str], number: int, title: str = "") -> Any:
    """The file of a resource, made from a `document` of the data file (its title, file name and text) for the
    `number`-th resource (counted from 1) titled `title`; one already made (same title) is reused."""
    model = get_document_model()
    name = spec["title"].format(number=number)
    existing = model.objects.filter(title=name).first()
    if existing is not None:
        return existing
    document = model(title=name)
    text = f"{spec['text'].format(number=number, title=title)} {DEMO_NOTE}"
    document.file.save(spec["file"].format(number=number), ContentFile(minimal_pdf(text, [])), save=False)
    document.save()
    return document


@transaction.atomic
def _resources(terms: dict[str, dict[str, Any]]) -> int:
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    topic_slugs = list(TOPICS)
    count = _listed(DATA["greek_cyberbullying"], terms)

    # Every topic three times, every language first in turn, every age, audience and type.
    for number in range(FROM_TEMPLATES):
        topic = topic_slugs[number % len(topic_slugs)]
        kind = DATA["kinds"][number % len(DATA["kinds"])]
        language = LANGUAGES[number % len(LANGUAGES)]
        other = LANGUAGES[(number * 7 + 3) % len(LANGUAGES)]
        name = TOPICS[topic][0]
        title = kind["title"].format(topic=name, t=name.lower())
        versions: list[tuple[str, Any, str]] = []
        if number % 3 == 0:
            versions.append((language, _document(DATA["document"], number + 1, title), ""))
        else:
            versions.append((language, None, DATA["link"].format(language=language, number=number + 1)))
        if other != language and number % 2 == 0:
            versions.append((other, None, DATA["link"].format(language=other, number=number + 1)))
        if number % 5 == 0 and "en" not in {language, other}:
            versions.append(("en", None, DATA["link"].format(language="en", number=number + 1)))
        country = CENTRE_FOR_LANGUAGE.get(language)
        if number % 11 == 10:  # a few come from centres publishing in another centre's language
            country = list(centres)[number % len(centres)]
        resource = _resource(
            locale=locales[settings.LANGUAGE_CODE],
            title=title,
            description=f"<p>{kind['description'].format(t=name.lower())}</p><p>{DEMO_NOTE}</p>",
            centre=centres.get(country) if country else None,
            date=dt.date(2024, 1, 15) + dt.timedelta(days=13 * number),
            licence=LICENCES[number % len(LICENCES)],
            terms=terms,
            topics=[topic, topic_slugs[(number + 7) % len(topic_slugs)]] if number % 4 == 0 else [topic],
            ages=ages_for(kind["audiences"], number),
            audiences=kind["audiences"],
            types=[kind["type"]],
            versions=versions,
        )
        if number < TRANSLATED_TEXTS:
            _translate(resource, locales["fr"], DATA["french_title"].format(title=title))
        count += 1
    return count


@transaction.atomic
def _listed(spec: dict[str, Any], terms: dict[str, dict[str, Any]]) -> int:
    """The resources of a set of the data file (the Greek teacher's, the Italian parent's), each with its file.
    One already there (a demo resource of the same title) is left alone: a set reaches an existing demo too."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    language = spec["language"]
    count = 0
    for number, entry in enumerate(spec["resources"]):
        document = _document(spec["document"], number + 1)
        if Resource.objects.filter(title=entry["title"], pk__in=demo_ids(Resource)).exists():
            continue
        _resource(
            locale=locales[language],
            title=entry["title"],
            description=f"<p>{entry['description']}</p><p>{DEMO_NOTE}</p>",
            centre=centres.get(spec["centre"]),
            date=spec["first_date"] + dt.timedelta(days=spec["days_apart"] * number),
            licence=spec["licence"],
            terms=terms,
            topics=entry["topics"],
            ages=spec["ages"],
            audiences=entry["audiences"],
            types=[entry["type"]],
            versions=[(language, document, ""), *((code, None, url) for code, url in entry.get("links", {}).items())],
        )
        count += 1
    return count


def _resource(
    *,
    locale: Locale,
    title: str,
    description: str,
    centre: Centre | None,
    date: dt.date,
    licence: str,
    terms: dict[str, dict[str, Any]],
    topics: list[str],
    ages: list[str],
    audiences: list[str],
    types: list[str],
    versions: list[tuple[str, Any, str]],
) -> Resource:
    # Every third resource has a picture of its own; the others show the cover drawn from type and topic.
    resource = Resource(
        image=pictures.picture_for(types[0], title) if types and stable_hash(title) % 3 == 0 else None,
        locale=locale,
        title=title,
        description=description,
        centre=centre,
        date=date,
        licence=licence,
        live=False,
    )
    resource.topics = [terms["topic"][slug] for slug in topics]
    resource.age_groups = [terms["age"][slug] for slug in ages]
    resource.audiences = [terms["audience"][slug] for slug in audiences]
    resource.types = [terms["type"][slug] for slug in types]
    resource.language_versions = [
        ResourceLanguageVersion(language=code, document=document, url=url, sort_order=position)
        for position, (code, document, url) in enumerate(versions)
    ]
    resource.save()
    mark_demo(resource)
    resource.save_revision().publish()
    return resource


def _translate(resource: Resource, locale: Locale, title: str) -> None:
    translation = resource.copy_for_translation(locale)
    translation.title = title
    translation.save()
    translation.save_revision().publish()
