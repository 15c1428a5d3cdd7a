"""Demo videos (bik/demo/data/videos.yaml): topics and age groups (English, French, German), the gallery page under
the portal, and twenty videos in several languages. The YouTube and Vimeo addresses are fictional (ids start with
"BIKdemo" or 9000000) and every record is marked as demo. Idempotent: only what is missing is added."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wagtail.models import Locale

from bik.demo.datafiles import demo_data
from bik.demo.registry import demo_ids, mark_demo
from bik.demo.terms import ensure_terms
from bik.pages.models import HomePage
from bik.pictures import demo as pictures
from bik.videos.models import AgeGroup, Topic, Video

DATA = demo_data("videos")
# slug: (English, then each language of TRANSLATED)
TOPICS: dict[str, tuple[str, ...]] = {slug: tuple(names) for slug, names in DATA["topics"].items()}
AGE_GROUPS: dict[str, tuple[str, ...]] = {slug: tuple(names) for slug, names in DATA["age_groups"].items()}
TRANSLATED: tuple[str, ...] = tuple(DATA["translated"])


def load(home: HomePage, out: Any = None) -> None:
    english = Locale.objects.get(language_code="en")
    locales = {code: Locale.objects.get(language_code=code) for code in TRANSLATED}
    topics = ensure_terms(Topic, TOPICS, TRANSLATED, english, locales)
    ages = ensure_terms(AgeGroup, AGE_GROUPS, TRANSLATED, english, locales)
    if Video.objects.filter(pk__in=demo_ids(Video)).exists():
        return
    spoken = {locale.language_code: locale for locale in Locale.objects.all()}
    for entry in DATA["videos"]:
        minutes, seconds = entry["duration"].split(":")
        video = Video(
            title=entry["title"],
            slug=entry["slug"],
            description=f"{entry['description']}\n\n{DATA['demo_note']}",
            duration=dt.timedelta(minutes=int(minutes), seconds=int(seconds)),
            external_url=entry["url"],
            image=pictures.picture_for("video", entry["slug"]),  # a poster drawn by the project, never a provider's
            locale=english,
        )
        video.languages = [spoken[code] for code in entry["languages"]]
        video.topics = [topics[key] for key in entry["topics"]]
        video.age_groups = [ages[key] for key in entry["ages"]]
        video.full_clean()
        video.save()
        mark_demo(video)
        video.save_revision().publish()
    if out is not None:
        out.write(f"{len(DATA['videos'])} demo videos ready.")
