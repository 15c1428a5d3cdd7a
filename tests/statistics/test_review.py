from __future__ import annotations

import datetime as dt

from django.core import mail
from django.urls import reverse

from bik.network.models import Centre
from bik.news.models import ArticlePage
from bik.statistics import services
from bik.statistics.models import AuditEntry, Quarter, Status
from bik.statistics.trends import trends_slug
from tests.statistics.conftest import Helplines, fill


def _two_quarters(helplines: Helplines) -> Quarter:
    later = Quarter.objects.create(year=2035, number=2, deadline=dt.date(2035, 7, 31))
    belgium = Centre.objects.get(country="BE")
    fill(services.submission_for(belgium, helplines.quarter), {"cyberbullying": 10, "sexting": 30, "grooming": 4})
    fill(services.submission_for(belgium, later), {"cyberbullying": 40, "sexting": 9, "grooming": 11})
    return later


def test_outliers_are_flagged_threefold_either_way(helplines: Helplines, client_for) -> None:
    later = _two_quarters(helplines)
    html = (
        client_for(helplines.coordinator).get(reverse("statistics:review_quarter", args=[later.label])).content.decode()
    )
    shown_flags = html.split('id="submissions"')[1]
    assert "cyberbullying: 10 → 40 (×4.0)" in shown_flags
    assert "sexting: 30 → 9 (×0.3)" in shown_flags
    assert "grooming" not in shown_flags
    latest, _mapping = services.category_map()
    names = {c.pk: c.code for c in latest}
    by_code = {c.code: c.pk for c in latest}
    current = {by_code["cyberbullying"]: 40, by_code["sexting"]: 9, by_code["grooming"]: 11}
    previous = {by_code["cyberbullying"]: 10, by_code["sexting"]: 30, by_code["grooming"]: 4}
    flagged = {f.category for f in services.outlier_flags(current, previous, names)}
    assert flagged == {"cyberbullying", "sexting"}  # x4 and 1/3.3; grooming x2.75 is not


def test_locking_publishes_audits_and_drafts_the_trends_article(helplines: Helplines, client_for) -> None:
    later = _two_quarters(helplines)
    client = client_for(helplines.coordinator)
    client.post(reverse("statistics:review_quarter", args=[later.label]), {"action": "lock"})
    later.refresh_from_db()
    assert later.is_locked
    article = ArticlePage.objects.get(slug=trends_slug(later))
    assert not article.live
    assert "60 contacts" in str(article.body)
    # A change after locking is logged with before and after.
    submission = later.submissions.get()
    services.replace_counts(
        helplines.coordinator,
        submission,
        services.parse(
            "category,age_group,gender,contact_by,channel,contacts\nsexting,12-18,male,child,phone,7\n"
        ).rows,
    )
    entry = AuditEntry.objects.filter(action="change figures").get()
    assert entry.before["total"] == 60
    assert entry.after["total"] == 7
    assert entry.actor_name == "cora@cast.example"
    # The helpline cannot change a locked quarter.
    response = client_for(helplines.belgium).post(
        reverse("statistics:entry", args=["be", later.label]), {"action": "submit"}
    )
    assert response.status_code == 403


def test_a_correction_request_is_emailed_and_shown_to_the_centre(
    helplines: Helplines, client_for, after_commit
) -> None:
    later = _two_quarters(helplines)
    submission = later.submissions.get()
    with after_commit():
        client_for(helplines.coordinator).post(
            reverse("statistics:correction", args=[submission.pk]), {"reason": "Sexting fell by two thirds?"}
        )
    submission.refresh_from_db()
    assert submission.status == Status.CORRECTION
    assert "Sexting fell by two thirds?" in mail.outbox[0].body
    html = client_for(helplines.belgium).get(reverse("statistics:entry", args=["be", later.label])).content.decode()
    assert "Sexting fell by two thirds?" in html


def test_missing_centres_are_listed(helplines: Helplines, client_for) -> None:
    html = (
        client_for(helplines.coordinator)
        .get(reverse("statistics:review_quarter", args=[helplines.quarter.label]))
        .content.decode()
    )
    missing = html.split('id="missing"')[1].split("</ul>")[0]
    assert "Belgium" in missing or Centre.objects.get(country="BE").name in missing
