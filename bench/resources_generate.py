"""Create N resources (default 100,000) with realistic facet spreads in the database named by DATABASE_URL,
and index them for Wagtail's database search backend.

    DATABASE_URL=sqlite:////tmp/bik-bench-resources/bench.sqlite3 .venv/bin/python bench/resources_generate.py
    createdb -h 127.0.0.1 -U postgres bik_bench_resources
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bik_bench_resources .venv/bin/python bench/resources_generate.py

The database is migrated first; the vocabularies and centres come from the demo loaders. Spreads: about a
third of resources in English, the rest across all 28 languages with a long tail; one to three language
versions; one to three topics (a few topics are much more common); one or two age groups and audiences; one
type; the centre of the resource's main language; 95 % published.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bik.settings")
os.environ.setdefault("BIK_VAR_DIR", "/tmp/bik-bench-resources")  # noqa: S108 -- the bench's own scratch folder
os.environ.setdefault("BIK_TESTING", "true")

BATCH = 5_000
WORDS = [
    "safe",
    "online",
    "young",
    "people",
    "school",
    "parents",
    "guide",
    "tips",
    "digital",
    "internet",
    "social",
    "media",
    "smartphone",
    "friends",
    "chat",
    "games",
    "video",
    "privacy",
    "photos",
    "share",
    "help",
    "talk",
    "trust",
    "report",
    "block",
    "teacher",
    "classroom",
    "activity",
    "family",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        parser.error("set DATABASE_URL to the benchmark's own database")

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from wagtail.models import Locale
    from wagtail.search.backends import get_search_backend

    from bik.demo.services import ensure_centres, ensure_locales
    from bik.network.models import Centre
    from bik.resources import demo
    from bik.resources.models import (
        AgeGroup,
        Audience,
        Licence,
        Resource,
        ResourceLanguageVersion,
        ResourceType,
        Topic,
    )

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
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    languages = [code for code, _name in settings.LANGUAGES]
    # English a third; then a long tail (earlier languages in this shuffled list are more common).
    rng = random.Random(args.seed)  # noqa: S311 -- reproducible test data, not security
    tail = [code for code in languages if code != "en"]
    rng.shuffle(tail)
    language_weights = [(code, 33.0 if code == "en" else 67.0 / (i + 2) ** 0.8) for i, code in enumerate(tail)]
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
        plans = []
        for n in range(done, done + size):
            main_language = rng.choices(codes, weights)[0]
            version_languages = {main_language}
            for _ in range(rng.choice((0, 0, 1, 2))):
                version_languages.add(rng.choices(codes, weights)[0])
            topics = {rng.choices(terms["topics"], topic_weights)[0] for _ in range(rng.randint(1, 3))}
            first_age = rng.randrange(len(terms["age_groups"]))
            ages = terms["age_groups"][first_age : first_age + rng.randint(1, 2)]
            topic_names = " ".join(str(t.name).lower() for t in topics)
            title = f"{rng.choice(terms['types']).name}: {topic_names} {' '.join(rng.sample(WORDS, 3))} #{n}"
            description = f"<p>{' '.join(rng.sample(WORDS, 12))} about {topic_names}.</p>"
            country = demo.CENTRE_FOR_LANGUAGE.get(main_language)
            batch.append(
                Resource(
                    title=title[:255],
                    description=description,
                    locale=locales[main_language] if rng.random() < 0.5 else english,
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
                    "age_groups": ages,
                    "audiences": rng.sample(terms["audiences"], rng.randint(1, 2)),
                    "types": [rng.choice(terms["types"])],
                }
            )
        created = Resource.objects.bulk_create(batch)
        ResourceLanguageVersion.objects.bulk_create(
            ResourceLanguageVersion(
                resource=resource, language=code, url=f"https://resources.bik.example/{code}/{resource.pk}"
            )
            for resource, plan in zip(created, plans, strict=True)
            for code in plan["versions"]
        )
        for name, model in through.items():
            model.objects.bulk_create(
                model(resource=resource, **{through_column[name]: term})
                for resource, plan in zip(created, plans, strict=True)
                for term in plan[name]
            )
        backend.add_bulk(Resource, created)
        done += size
        print(f"{done} resources ({time.monotonic() - started:.0f} s)", flush=True)
    from django.db import connection

    with connection.cursor() as cursor:  # fresh statistics, as autovacuum would have after a real import
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(f"Generated {args.count} resources in {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    main()
