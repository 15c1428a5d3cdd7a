from __future__ import annotations

import csv
import datetime as dt
import io
import re

from django.core import mail
from django.db.models import Sum
from django.test import Client
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


def test_a_quarter_with_flags_or_missing_helplines_is_published_only_when_the_coordinator_says_so(
    helplines: Helplines, client_for
) -> None:
    later = _two_quarters(helplines)  # Belgium's figures are flagged
    url = reverse("statistics:review_quarter", args=[later.label])
    client = client_for(helplines.coordinator)
    page = client.get(url).content.decode()
    refused = client.post(url, {"action": "lock"}, follow=True)
    later.refresh_from_db()

    assert "Submissions with flags: 1." in page
    assert 'name="confirm"' in page
    assert not later.is_locked
    assert "Tick the box to publish the quarter" in refused.content.decode()
    assert not ArticlePage.objects.filter(slug=trends_slug(later)).exists()


def test_locking_publishes_audits_and_drafts_the_trends_article(helplines: Helplines, client_for) -> None:
    later = _two_quarters(helplines)
    client = client_for(helplines.coordinator)
    client.post(reverse("statistics:review_quarter", args=[later.label]), {"action": "lock", "confirm": "yes"})
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


def _country_total(html: str, country: str) -> str:
    body = html.split('id="table-country"')[1].split("</tbody>")[0]
    return str(re.findall(rf'<th scope="row">{country}</th><td>(.*?)</td>', body)[0])


def test_a_coordinator_corrects_a_locked_figure_with_a_reason_logged_and_published(
    helplines: Helplines, client_for, after_commit, page_cache_on
) -> None:
    Quarter.objects.exclude(pk=helplines.quarter.pk).delete()  # only the test's own figures are published
    later = _two_quarters(helplines)
    # Locked directly: a lock would leave its page renewal queued for a commit that never comes in a test.
    Quarter.objects.filter(pk=later.pk).update(locked_at=dt.datetime(2035, 8, 1, tzinfo=dt.UTC))
    later.refresh_from_db()
    coordinator = client_for(helplines.coordinator)
    dashboard = reverse("statistics:dashboard")  # pages with a query string are never cached
    visitor = Client()
    assert _country_total(visitor.get(dashboard).content.decode(), "Belgium") == "60"
    assert visitor.get(dashboard)["X-Page-Cache"] == "hit"
    compare = reverse("statistics:compare", args=[later.label, "be"])
    assert 'id="correct"' in coordinator.get(compare).content.decode()
    cell = {
        "category": str(services.current_version().categories.get(code="cyberbullying").pk),
        "age_group": "12-18",
        "gender": "female",
        "contact_by": "child",
        "channel": "chat",
        "contacts": "25",
    }
    correct = reverse("statistics:correct", args=[later.label, "be"])

    refused = coordinator.post(correct, {**cell, "reason": ""})
    assert refused.status_code == 400
    assert 'value="25"' in refused.content.decode()
    assert not AuditEntry.objects.filter(action="correct figure").exists()

    with after_commit():
        done = coordinator.post(correct, {**cell, "reason": "Chats were counted twice"})
    assert done.status_code == 302
    entry = AuditEntry.objects.get(action="correct figure")
    assert (entry.actor_name, entry.country, entry.old, entry.new) == ("cora@cast.example", "BE", "40", "25")
    review = coordinator.get(reverse("statistics:review_quarter", args=[later.label])).content.decode()
    row = review.split('data-audit="correct figure"')[1].split("</tr>")[0]
    assert "cyberbullying · 12-18 · female · child · chat" in row
    assert "<td>Corrected a figure (BE)</td>" in row  # the action in words, not its code
    assert "<td>40</td><td>25</td><td>Chats were counted twice</td>" in row
    # The public dashboard (cache renewed) and the open data show the corrected figure.
    fresh = visitor.get(dashboard)
    assert fresh["X-Page-Cache"] == "miss"
    assert _country_total(fresh.content.decode(), "Belgium") == "45"
    rows = csv.DictReader(
        io.StringIO(visitor.get("/en/helpline-statistics/open-data/helpline-statistics.csv").content.decode())
    )
    assert {
        r["contacts"]
        for r in rows
        if (r["quarter"], r["country"], r["category"]) == (later.label, "BE", "cyberbullying")
    } == {"25"}


def test_helpline_staff_cannot_change_a_locked_quarter(helplines: Helplines, client_for) -> None:
    later = _two_quarters(helplines)
    services.lock(helplines.coordinator, later)
    staff = client_for(helplines.belgium)
    upload = staff.post(
        reverse("statistics:entry", args=["be", later.label]),
        {
            "action": "upload",
            "text": "category,age_group,gender,contact_by,channel,contacts\nsexting,12-18,male,child,phone,999\n",
        },
    )
    assert upload.status_code == 403
    assert "These figures can no longer be changed here." in upload.content.decode()
    cell = {"category": "1", "age_group": "12-18", "gender": "female", "contact_by": "child", "channel": "chat"}
    correct = reverse("statistics:correct", args=[later.label, "be"])
    assert staff.post(correct, {**cell, "contacts": "999", "reason": "Mine"}).status_code == 404
    assert later.submissions.get().counts.aggregate(total=Sum("contacts"))["total"] == 60
    assert not AuditEntry.objects.filter(action__in=["change figures", "correct figure"]).exists()


def test_the_trends_draft_holds_the_charts_with_their_text_and_tables(helplines: Helplines, client_for, cast) -> None:
    belgium = Centre.objects.get(country="BE")
    fill(services.submission_for(belgium, helplines.quarter), {"cyberbullying": 40, "grooming": 3})
    services.lock(helplines.coordinator, helplines.quarter)
    article = ArticlePage.objects.get(slug=trends_slug(helplines.quarter))
    assert [block.block_type for block in article.body] == ["paragraph", "chart", "chart", "chart", "chart"]
    assert "grooming: 3" not in str(article.body)

    # What the editors see in the preview of the draft (the article page's own template).
    response = client_for(cast.editor).get(reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("data-chart-block") == 4
    category = html.split("Contacts by category — 2035-Q1</title>")[1].split("</figure>")[0]
    assert "The most: cyberbullying (40)" in category.split("</desc>")[0]
    assert '<th scope="row">cyberbullying</th><td>40</td>' in category
    assert '<th scope="row">grooming</th><td>&lt;5</td>' in category
    assert 'role="img"' in html
    assert html.count('role="region" tabindex="0"') >= 4
