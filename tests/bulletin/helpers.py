"""Building blocks for bulletin tests: subscribers, issues (with a French translation) and mailings."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any, cast

from django.utils import timezone
from wagtail.models import Locale

from bik.accounts.models import User
from bik.bulletin import sending, services
from bik.bulletin.models import Audience, BulletinIndexPage, BulletinIssuePage, Delivery, Mailing, Subscriber

_numbers = itertools.count(1)


def index() -> BulletinIndexPage:
    return cast(BulletinIndexPage, BulletinIndexPage.objects.get(locale__language_code="en", slug="bulletin"))


def subscribers(count: int, *, language: str = "en", prefix: str = "reader") -> list[Subscriber]:
    now = timezone.now()
    batch = next(_numbers)
    return Subscriber.objects.bulk_create(
        Subscriber(
            email=f"{prefix}{batch}-{n}@readers.example",
            language=language,
            status=Subscriber.Status.CONFIRMED,
            consent_at=now,
            confirmed_at=now,
        )
        for n in range(count)
    )


def issue(
    title: str = "Spring issue",
    *,
    date: dt.date | None = None,
    audience: str = Audience.SUBSCRIBERS,
    french_title: str | None = None,
    publish: bool = True,
    slug: str | None = None,
) -> BulletinIssuePage:
    parent = index()
    n = next(_numbers)
    page = BulletinIssuePage(
        title=title,
        slug=slug or f"test-issue-{n}",
        issue_date=date or dt.date(2026, 4, 1),
        audience=audience,
        summary=f"Summary of {title}",
        focus_title=f"Focus of {title}",
        focus_body='<p>Focus text with <a href="https://example.org/report">a report</a>.</p>',
        features=[("youth", {"title": "Youth voices", "text": "What young people said.", "page": None, "url": ""})],
        live=publish,
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    if french_title:
        french = Locale.objects.get(language_code="fr")
        french_parent = parent.get_translation(french)
        translation = page.copy_for_translation(french, copy_parents=False)
        translation.title = french_title
        translation.focus_title = f"Focus : {french_title}"
        translation.save_revision().publish()
        assert translation.get_parent().pk == french_parent.pk
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
