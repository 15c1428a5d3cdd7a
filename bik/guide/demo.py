"""Demo guide: the guide page under the portal and 65 online services (bik/demo/data/guide.yaml), written for the
project in our own words; every entry is marked as demo and says so. Idempotent: only missing entries are added."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wagtail.models import Locale

from bik.demo.datafiles import demo_data
from bik.demo.registry import mark_demo
from bik.guide.models import OnlineService
from bik.pages.models import HomePage
from bik.pictures import demo as pictures

REVIEWED = dt.date(2026, 1, 5)  # the first entry's review date; the others follow it by a few days


def load(home: HomePage, out: Any = None) -> None:
    data = demo_data("guide")
    english = Locale.objects.get(language_code="en")
    existing = set(OnlineService.objects.filter(locale=english).values_list("slug", flat=True))
    added = 0
    for number, entry in enumerate(data["services"]):
        if entry["slug"] in existing:
            continue
        tips = "".join(f"<li>{tip}</li>" for tip in data["tips"][entry["category"]])
        service = OnlineService(
            image=pictures.picture_for(entry["category"], entry["slug"]),
            name=entry["name"],
            slug=entry["slug"],
            category=entry["category"],
            minimum_age=entry["minimum_age"],
            age_rating=entry["age_rating"],
            used_for=entry["used_for"],
            privacy_settings=f"<p>{entry['privacy']}</p>",
            reporting_tools=f"<p>{entry['reporting']}</p>",
            how_to_report=(
                "<ol><li>Open the post, message or profile.</li>"
                f"<li>{entry['reporting']}</li><li>Keep the messages; do not share illegal images.</li></ol>"
            ),
            parental_controls=f"<p>{entry['parental_controls']}</p>" if entry["parental_controls"] else "",
            safety_tips=f"<ul>{tips}</ul>{data['demo_note_html']}",
            safety_centre_url=entry["safety_centre_url"],
            last_reviewed=REVIEWED + dt.timedelta(days=number % 40),
            locale=english,
        )
        service.full_clean()
        service.save()
        mark_demo(service)
        service.save_revision().publish()
        added += 1
    if out is not None and added:
        out.write(f"{added} demo online services added to the guide.")
