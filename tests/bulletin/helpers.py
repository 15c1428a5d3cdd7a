"""Building blocks for bulletin tests: subscribers, issues (with a French translation) and mailings."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from bik.accounts.models import User
from bik.bulletin import sending, services
from bik.bulletin.models import Audience, BulletinIndexPage, BulletinIssuePage, Delivery, Mailing, Subscriber
from tests.factories.bulletin import BulletinIssuePageFactory, SubscriberFactory, translate_issue


def index() -> BulletinIndexPage:
    return cast(BulletinIndexPage, BulletinIndexPage.objects.get(locale__language_code="en", slug="bulletin"))


def subscribers(count: int, *, language: str = "en") -> list[Subscriber]:
    """`count` confirmed subscribers reading in `language` (tests/factories/bulletin.py)."""
    return SubscriberFactory.create_batch(count, language=language)


def issue(
    title: str = "Spring issue",
    *,
    date: dt.date | None = None,
    audience: str = Audience.SUBSCRIBERS,
    french_title: str | None = None,
    publish: bool = True,
    slug: str | None = None,
    aliases: bool = False,
) -> BulletinIssuePage:
    """An issue (BulletinIssuePageFactory) of 1 April 2026 unless `date` says otherwise, in English only (without
    the other languages' aliases unless `aliases`: tests make many) or also in French, titled `french_title`."""
    fields: dict[str, Any] = {"title": title, "issue_date": date or dt.date(2026, 4, 1), "audience": audience}
    if slug:
        fields["slug"] = slug
    page = BulletinIssuePageFactory.create(**fields, publish=publish, aliases=aliases)
    if french_title:
        translation = translate_issue(page, "fr", french_title)
        assert translation.get_parent().pk == index().get_translation(translation.locale).pk
    return cast(BulletinIssuePage, BulletinIssuePage.objects.get(pk=page.pk))


def send(page: BulletinIssuePage, user: User) -> Mailing:
    """Schedule and start the mailing, without running the batch tasks (tests drive them)."""
    mailing = Mailing.objects.create(
        issue=page, issue_key=page.translation_key, audience=page.audience, created_by=user
    )
    assert services.start(mailing.pk)
    mailing.refresh_from_db()
    return mailing


def run_to_completion(mailing: Mailing, **kwargs: Any) -> None:
    for _round in range(1000):
        outcome = sending.process_batch(mailing.pk, **kwargs)
        if not outcome.claimed:
            return
    raise AssertionError("the mailing never finished")


def states(mailing: Mailing) -> dict[str, int]:
    result: dict[str, int] = {}
    for state in Delivery.objects.filter(mailing=mailing).values_list("state", flat=True):
        result[state] = result.get(state, 0) + 1
    return result
