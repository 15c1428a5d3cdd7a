"""A consultation in a real browser: a young member finds it in the youth area and answers it once; a network
admin closes it from the staff page and writes what the network did; the young member then sees the aggregate
result, with small counts as "<5", and the response."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from django.utils import timezone
from playwright.sync_api import expect

from bik.demo.services import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.browser.conftest import assert_accessible
from tests.browser.test_accounts_flow import enter_second_factor, sign_in

PASSWORD = "a long pass-phrase for consultations 2026"


def _consultation_and_member(django_db_blocker: Any, suffix: str) -> tuple[str, str]:
    """An open consultation (made as a network admin would, through the service) and a young member of 15."""
    from allauth.account.models import EmailAddress
    from django.db import connection

    from bik.accounts.models import User
    from bik.panels import services
    from bik.panels.models import Consultation
    from bik.youth import services as youth

    with django_db_blocker.unblock():
        admin = User.objects.get(email="admin@bik.example")
        question = f"Where do you learn about online safety? {suffix}"
        services.open_consultation(
            admin, question=question, kind=Consultation.Kind.MULTIPLE, options="At school\nFrom friends\nOnline",
            languages=["en", "fr"], min_age=13, max_age=17, closes_at=timezone.now() + dt.timedelta(days=5),
        )  # fmt: skip
        email = f"answers-{suffix}@browser.example"
        profile = youth.create_youth_account(
            email=email, password=PASSWORD, pseudonym=f"Answer{suffix[:5]}",
            year_of_birth=timezone.localdate().year - 17, country="IE",
        )  # fmt: skip
        EmailAddress.objects.create(user=profile.user, email=email, verified=True, primary=True)
        connection.close()
    return question, email


def test_a_young_member_answers_and_after_closing_sees_the_result_and_the_response(
    page: Any, other_page: Any, django_db_blocker: Any
) -> None:
    suffix = uuid.uuid4().hex[:8]
    question, email = _consultation_and_member(django_db_blocker, suffix)

    young = page
    young.goto("/en/accounts/login/", timeout=60_000)  # the first rendering warms a cold server
    sign_in(young, email, PASSWORD)
    young.goto("/en/youth/spaces/")
    young.get_by_role("navigation", name="Youth area").get_by_role("link", name="Consultations").click()
    young.get_by_role("link", name=question).click()
    young.get_by_label("At school").check()
    young.get_by_label("Online").check()
    young.get_by_role("button", name="Send my answer").click()
    expect(young.get_by_text("Thank you! Your answer is counted.")).to_be_visible()
    expect(young.get_by_text("You have answered.")).to_be_visible()
    expect(young.get_by_role("button", name="Send my answer")).to_have_count(0)  # once only
    assert_accessible(young)

    admin = other_page
    sign_in(admin, "admin@bik.example", DEMO_PASSWORD)
    enter_second_factor(admin, DEMO_TOTP_SECRET, "admin@bik.example")
    admin.goto("/en/consultations/manage/")
    admin.get_by_role("link", name=question).click()
    expect(admin.get_by_role("row", name=re.compile("At school"))).to_contain_text("1")  # exact, live
    admin.get_by_role("button", name="Close now").click()
    expect(admin.get_by_text("The consultation is closed")).to_be_visible()
    admin.get_by_label("What we did with your views").fill(f"We asked every school to teach it. {suffix}")
    admin.get_by_role("button", name="Save the response").click()
    expect(admin.get_by_text("Your response is saved.")).to_be_visible()
    assert_accessible(admin)

    young.goto("/en/youth/consultations/")
    young.get_by_role("region", name="Results").get_by_role("link", name=question).click()
    results = young.get_by_role("table", name=question)
    expect(results.get_by_role("row", name=re.compile("At school"))).to_contain_text("<5")
    expect(results.get_by_role("row", name=re.compile("From friends"))).to_contain_text("0")
    expect(young.get_by_text(f"We asked every school to teach it. {suffix}")).to_be_visible()
    assert "youth-theme" in (young.locator("body").get_attribute("class") or "")
    assert_accessible(young)
