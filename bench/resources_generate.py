"""Create N resources (default 100,000) with realistic facet spreads and realistic text in the database named by
DATABASE_URL, and write the gallery's search text for them.

    createdb -h 127.0.0.1 -U postgres bik_bench_resources
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bik_bench_resources .venv/bin/python bench/resources_generate.py
    DATABASE_URL=sqlite:////tmp/bik-resources-bench/bench.sqlite3 .venv/bin/python bench/resources_generate.py

The database is migrated first; the vocabularies and centres come from the demo loaders.

Facets: about a third of resources in English, the rest across all 28 languages with a long tail; one to three
language versions; one to three topics (a few topics much more common); one or two age groups and audiences;
one type; the centre of the resource's main language (90 %); 95 % published; one in ten has a live
translation of its text (with its own copies of terms and versions, as wagtail-localize makes them).

Text: written in the resource's text language (its main language 60 %, else English). Each language has a
vocabulary of 4,000 words drawn with Zipf frequencies (s = 1): a handful of words are in most texts, most are
rare. English's top 150 ranks are real words of the field (online, parents, school, …), everything else is
invented words in the language's alphabet (Latin, Greek or Cyrillic). A resource's topics contribute their own
words — the taxonomy's names in English, French and Greek, invented words elsewhere — each with probability
0.6; another topic's words appear in 1 % of texts. So a topic word matches roughly the resources on that topic
written in that language, and a common English word matches a few per cent of all resources.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bik.settings")
os.environ.setdefault("BIK_VAR_DIR", "/tmp/bik-resources-bench")  # noqa: S108 -- the bench's own scratch folder
os.environ.setdefault("BIK_TESTING", "true")

BATCH = 5_000
VOCABULARY_SIZE = 4_000
# The field's common English words, most frequent first (topic words are kept out: they come with topics).
COMMON_TEXT = """
the of and to a in for is on that with are it as be this can by or from at how you your their they what when
who all more about an we if which has have will not one do
children online young people internet safety safe parents teachers
school digital social media help information use learn guide tips family friends video games content personal
protect students classroom activities risks report support website app apps phone smartphone account accounts
settings share sharing photos images messages chat talk trust block advice questions answers resources
teenagers kids home world life time rights responsible behaviour positive critical thinking skills education
learning lesson activity worksheet discussion group groups youth panel centre helpline hotline awareness
campaign day week experts research survey study findings parent carers teacher educators professionals
support adults understand explain discover explore practical simple short free easy new first important
everyday together respect kind smart strong healthy balance screen time platforms network networks profile
password passwords security secure browser search engine news fake true false stories story characters
comic poster cards quiz game play players challenge challenges
"""
ENGLISH_COMMON = COMMON_TEXT.split()
ALPHABETS = {
    "latin": ("bcdfghjklmnprstvz", "aeiou"),
    "greek": ("βγδζθκλμνξπρστφχ", "αεηιουω"),
    "cyrillic": ("бвгджзклмнпрстфхц", "аеиоуя"),
}
SCRIPT = {"el": "greek", "bg": "cyrillic", "sr": "cyrillic", "uk": "cyrillic"}
SHORT_WORDS = {"and", "et", "de", "des", "en", "la", "le", "les", "και", "στα", "στο", "or", "e"}


def invented_words(rng: random.Random, script: str, count: int, taken: set[str]) -> list[str]:
    consonants, vowels = ALPHABETS[script]
    words: list[str] = []
    while len(words) < count:
        syllables = rng.randint(2, 4)
        word = "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables))
        if rng.random() < 0.4:
            word += rng.choice(consonants)
        if word not in taken:
            taken.add(word)
            words.append(word)
    return words


class Writer:
    """Each language's vocabulary and its topics' words, and texts drawn from them."""

    def __init__(self, rng: random.Random, languages: list[str], topics: dict[str, tuple[str, str, str]]) -> None:
        self.rng = rng
        taken = set(ENGLISH_COMMON)
        self.vocabulary: dict[str, list[str]] = {}
        self.topic_words: dict[str, dict[str, list[str]]] = {}
        for code in languages:
            script = SCRIPT.get(code, "latin")
            words = ENGLISH_COMMON[:] if code == "en" else []
            words += invented_words(rng, script, VOCABULARY_SIZE - len(words), taken)
            self.vocabulary[code] = words
            self.topic_words[code] = {}
            for slug, names in topics.items():
                name = {"en": names[0], "fr": names[1], "el": names[2]}.get(code)
                if name is None:
                    self.topic_words[code][slug] = invented_words(rng, script, 2, taken)
                else:
                    found = [w for w in re.findall(r"\w+", name.lower()) if w not in SHORT_WORDS and len(w) > 2]
                    if code == "en" and slug.isalpha() and slug not in found:
                        found.append(slug)  # e.g. "sextortion", "grooming"
                    self.topic_words[code][slug] = found
        weights = [1 / rank for rank in range(1, VOCABULARY_SIZE + 1)]
        self.cumulative = list(itertools.accumulate(weights))
        self.all_topics = list(topics)

    def words(self, language: str, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary[language], cum_weights=self.cumulative, k=count)

    def text(self, language: str, type_name: str, topics: list[str]) -> tuple[str, str]:
        rng = self.rng
        own = [w for slug in topics for w in self.topic_words[language][slug] if rng.random() < 0.6]
        if rng.random() < 0.01:
            own += self.topic_words[language][rng.choice(self.all_topics)]
        title_words = own[: rng.randint(1, 2)] + self.words(language, rng.randint(3, 6))
        body = self.words(language, rng.randint(40, 90)) + own
        rng.shuffle(body)
        half = len(body) // 2
        description = f"<p>{' '.join(body[:half])}.</p><p>{' '.join(body[half:])}.</p>"
        return f"{type_name}: {' '.join(title_words)}".capitalize()[:255], description


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--wagtail-index", action="store_true", help="also write Wagtail's search index (site-wide search; slow)"
    )
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        parser.error("set DATABASE_URL to the benchmark's own database")

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Locale
    from wagtail.search.backends import get_search_backend

    from bik.demo.services import ensure_centres, ensure_locales
    from bik.network.models import Centre
    from bik.resources import demo
    from bik.resources.models import AgeGroup, Audience, Licence, Resource, ResourceLanguageVersion, ResourceType, Topic
    from bik.resources.search import refresh_search_index

    started = time.monotonic()
    call_command("migrate", verbosity=0)
    ensure_locales()
    ensure_centres()
    english = Locale.objects.get(language_code="en")
    others = {code: Locale.objects.get(language_code=code) for code in demo.TRANSLATED}
    terms = {
        "topics": list(demo._terms(Topic, demo.TOPICS, english, others).values()),
        "age_groups": list(demo._terms(AgeGroup, demo.AGE_GROUPS, english, others).values()),
        "audiences": list(demo._terms(Audience, demo.AUDIENCES, english, others).values()),
        "types": list(demo._terms(ResourceType, demo.TYPES, english, others).values()),
    }
    type_names = {
        code: {t.slug: demo.TYPES[t.slug][{"fr": 1, "el": 2}.get(code, 0)] for t in terms["types"]}
        for code, _name in settings.LANGUAGES
    }
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    languages = [code for code, _name in settings.LANGUAGES]
    rng = random.Random(args.seed)  # noqa: S311 -- reproducible test data, not security
    writer = Writer(rng, languages, demo.TOPICS)
    # English a third; then a long tail (earlier languages in this shuffled list are more common).
    tail = [code for code in languages if code != "en"]
    rng.shuffle(tail)
    language_weights = [(code, 67.0 / (i + 2) ** 0.8) for i, code in enumerate(tail)]
    language_weights.append(("en", 33.0))
    codes, weights = zip(*language_weights, strict=True)
    topic_weights = [1 / (i + 1) ** 0.7 for i in range(len(terms["topics"]))]
    through = {name: Resource._meta.get_field(name).remote_field.through for name in terms}
    through_column = {"topics": "topic", "age_groups": "agegroup", "audiences": "audience", "types": "resourcetype"}
    backend = get_search_backend()
    licences = list(Licence.values)

    done = 0
    while done < args.count:
        size = min(BATCH, args.count - done)
        batch: list[Resource] = []
        plans: list[dict[str, Any]] = []
        for _n in range(size):
            main_language = rng.choices(codes, weights)[0]
            version_languages = {main_language}
            for _ in range(rng.choice((0, 0, 1, 2))):
                version_languages.add(rng.choices(codes, weights)[0])
            topics = list({rng.choices(terms["topics"], topic_weights)[0] for _ in range(rng.randint(1, 3))})
            first_age = rng.randrange(len(terms["age_groups"]))
            resource_type = rng.choice(terms["types"])
            text_language = main_language if rng.random() < 0.6 else "en"
            title, description = writer.text(
                text_language, type_names[text_language][resource_type.slug], [t.slug for t in topics]
            )
            country = demo.CENTRE_FOR_LANGUAGE.get(main_language)
            batch.append(
                Resource(
                    title=title,
                    description=description,
                    locale=locales[text_language],
                    centre=centres.get(country) if country and rng.random() < 0.9 else None,
                    licence=rng.choice(licences),
                    date=dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000)),
                    live=rng.random() < 0.95,
                )
            )
            plans.append(
                {
                    "versions": sorted(version_languages),
                    "topics": topics,
                    "age_groups": terms["age_groups"][first_age : first_age + rng.randint(1, 2)],
                    "audiences": rng.sample(terms["audiences"], rng.randint(1, 2)),
                    "types": [resource_type],
                }
            )
        created = Resource.objects.bulk_create(batch)
        # One in ten gets a live translation of its text (into English, or from English into another language).
        translations: list[tuple[Resource, dict[str, Any]]] = []
        for original, plan in zip(created, plans, strict=True):
            if original.live and rng.random() < 0.1:
                original_language = original.locale.language_code
                target = "en" if original_language != "en" else rng.choice(tail)
                type_name = type_names[target][plan["types"][0].slug]
                title, description = writer.text(target, type_name, [t.slug for t in plan["topics"]])
                copy = Resource(
                    title=title,
                    description=description,
                    locale=locales[target],
                    translation_key=original.translation_key,
                    is_original=False,
                    centre=original.centre,
                    licence=original.licence,
                    date=original.date,
                    live=True,
                )
                translations.append((copy, plan))
        Resource.objects.bulk_create([copy for copy, _plan in translations])
        linked = list(zip(created, plans, strict=True)) + translations
        ResourceLanguageVersion.objects.bulk_create(
            ResourceLanguageVersion(
                resource=resource, language=code, url=f"https://resources.bik.example/{code}/{resource.pk}"
            )
            for resource, plan in linked
            for code in plan["versions"]
        )
        for name, model in through.items():
            model.objects.bulk_create(
                model(resource=resource, **{through_column[name]: term})
                for resource, plan in linked
                for term in plan[name]
            )
        refresh_search_index(created)  # with their translations
        if args.wagtail_index:
            backend.add_bulk(Resource, created)
        done += size
        print(f"{done} resources ({time.monotonic() - started:.0f} s)", flush=True)

    with connection.cursor() as cursor:  # fresh statistics, as autovacuum would have after a real import
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(f"Generated {args.count} resources in {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    main()
