"""Helpline statistics in a real browser: the Belgian helpline uploads the open quarter with one bad row,
fixes it and submits; the coordinator sees the outlier flag and locks the quarter; the public dashboard shows
it with "<5" for small counts, the CSV download matches the chart's table, and a draft trends article exists whose
charts an editor previews (axe-clean)."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from django.utils import timezone
from playwright.sync_api import expect

from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET
from bik.statistics.demo import quarter_labels
from tests.browser.conftest import assert_accessible
from tests.browser.test_accounts_flow import enter_second_factor, sign_in

FOUR_THOUSAND = re.compile(r"4[,.\u202f\u00a0]?000")  # written with the language's thousands separator or none
GROUPING = re.compile(r"(?<=\d)[,.\u202f\u00a0 ](?=\d{3}\b)")  # a thousands separator between digits
HEADER = "category,age_group,gender,contact_by,channel,platform,contacts\n"
ROWS = "cyberbullying,12-18,female,child,chat,,4000\ncyberbullying,5-11,male,parent,phone,,3\n"


def test_a_quarter_goes_from_upload_to_the_public_dashboard(page: Any, other_page: Any, django_db_blocker: Any) -> None:
    year, number = quarter_labels(timezone.localdate())[-1]
    label = f"{year}-Q{number}"
    page.goto("/en/accounts/login/", timeout=60_000)  # the first rendering warms a cold server on a busy machine

    sign_in(page, "helpline-staff@bik.example", DEMO_PASSWORD)
    page.goto("/en/account/")
    page.get_by_role("link", name="Helpline statistics").click()
    page.get_by_role("link", name=label).first.click()
    page.get_by_label("Or paste / correct the CSV here").fill(HEADER + ROWS + "sexting,12-18,female,child,pigeon,,7\n")
    page.get_by_role("button", name="Check and save draft").click()
    errors = page.locator("#upload-errors")
    expect(errors.locator("[data-error-row='4']")).to_contain_text("channel")
    expect(page.locator("#counts")).to_contain_text("No figures yet.")
    assert "pigeon" in page.get_by_label("Or paste / correct the CSV here").input_value()  # kept to be fixed
    assert_accessible(page)
    page.get_by_label("Or paste / correct the CSV here").fill(HEADER + ROWS + "sexting,12-18,female,child,chat,,7\n")
    page.get_by_role("button", name="Check and save draft").click()
    expect(page.locator("#counts")).to_contain_text(FOUR_THOUSAND)
    page.get_by_role("button", name="Submit the quarter").click()
    expect(page.locator("[data-status]")).to_have_text("Submitted")

    coordinator = other_page
    sign_in(coordinator, "statistics-coordinator@bik.example", DEMO_PASSWORD)
    enter_second_factor(coordinator, DEMO_TOTP_SECRET, "statistics-coordinator@bik.example")
    size = coordinator.viewport_size
    coordinator.set_viewport_size({"width": 390, "height": 844})
    coordinator.goto("/fi/helpline-statistics/review/")  # Finnish's long headings: the table scrolls in its region
    assert coordinator.evaluate("document.documentElement.scrollWidth") <= 390
    coordinator.set_viewport_size(size)
    coordinator.goto(f"/en/helpline-statistics/review/{label}/")
    belgium = coordinator.locator("#submissions").get_by_role("row", name=re.compile("Belgium|Child Focus|Belg"))
    # The flag compares the category's total (4,000 + 3) with the previous quarter.
    expect(belgium.locator("[data-flag]", has_text="cyberbullying: ")).to_contain_text(
        re.compile(r"4[,.\u202f\u00a0]?003")
    )
    assert_accessible(coordinator)
    coordinator.get_by_role("button", name="Lock and publish the quarter").click()  # flagged: not yet
    expect(coordinator.locator(".messages")).to_contain_text("Tick the box to publish the quarter")
    coordinator.get_by_label("Publish the quarter as it is").check()
    coordinator.get_by_role("button", name="Lock and publish the quarter").click()
    expect(coordinator.locator("[data-state]")).to_contain_text("Locked")

    # The public dashboard, reached from the centres directory.
    page.goto("/en/centres/")
    page.get_by_role("link", name="Helpline statistics").click()
    page.get_by_label("Country", exact=True).select_option("BE")
    page.get_by_label("Category", exact=True).select_option("cyberbullying")
    page.get_by_label("From", exact=True).select_option(label)
    page.get_by_label("To", exact=True).select_option(label)
    page.get_by_role("button", name="Show", exact=True).click()
    table = page.locator("#table-age")
    expect(table.get_by_role("row", name=re.compile("5–11"))).to_contain_text("<5")
    expect(table.get_by_role("row", name=re.compile("12–18"))).to_contain_text(FOUR_THOUSAND)
    assert_accessible(page)
    shown = [
        [cell.strip() for cell in row.locator("th, td").all_inner_texts()] for row in table.locator("tbody tr").all()
    ]
    href = page.locator("[data-download='age-csv']").get_attribute("href")
    download = page.request.get(href).text()
    # The same rows, the table's figures grouped as the language writes them (4,000) and the download's plain (4000).
    ungrouped = [[GROUPING.sub("", cell) for cell in row] for row in shown]
    assert ungrouped != shown  # the table did group the large figure
    assert list(csv.reader(io.StringIO(download)))[1:] == ungrouped

    # The draft trends article waits for editors.
    from bik.news.models import ArticlePage

    with django_db_blocker.unblock():
        article = ArticlePage.objects.get(slug=f"helpline-trends-{year}-q{number}")
    assert not article.live
    assert "contacts in" in str(article.body)
    # An editor previews it: the quarter's charts, each with its text alternative and its table, pass axe.
    editor = other_page
    editor.context.clear_cookies()
    sign_in(editor, "editor@bik.example", DEMO_PASSWORD)
    enter_second_factor(editor, DEMO_TOTP_SECRET, "editor@bik.example")
    editor.goto(f"/admin/pages/{article.pk}/view_draft/")
    charts = editor.locator("[data-chart-block]")
    expect(charts).to_have_count(4)
    expect(charts.first.locator("svg[role='img'] title")).to_contain_text(label)
    expect(charts.first.locator("table")).to_contain_text("cyberbullying")
    assert_accessible(editor)


def test_the_public_dashboard_is_accessible(fresh_page: Any) -> None:
    page = fresh_page
    refused: list[str] = []

    def note_refusal(message: Any) -> None:
        if "Content Security Policy" in message.text:
            refused.append(message.text)

    page.on("console", note_refusal)
    page.goto("/en/helpline-statistics/")
    expect(page.get_by_role("heading", name="Contacts by category")).to_be_visible()
    assert page.locator("svg[role='img'] title").count() == 5
    # The charts are pygal's shapes painted by the site's stylesheet (the theme's primary colour), with nothing
    # inline that the Content-Security-Policy would refuse.
    bar = page.locator("svg.stats-chart .series .rect").first
    painted = bar.evaluate(
        "el => { const probe = document.createElement('i'); probe.style.color = 'var(--c-primary)';"
        " document.body.append(probe); const want = getComputedStyle(probe).color; probe.remove();"
        " return [getComputedStyle(el).fill, want]; }"
    )
    assert painted[0] == painted[1]
    assert refused == []
    assert_accessible(page)
