"""The bulletin: its subscribers, the issues editors compose below the bulletin index (and their translations),
and the mailings that send them."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from bik.bulletin.models import (
    CONSENT_WORDING_VERSION,
    Audience,
    BulletinIndexPage,
    BulletinIssuePage,
    Mailing,
    Subscriber,
)
from tests.factories.pages import PageFactory


class SubscriberFactory(DjangoModelFactory[Subscriber]):
    """A confirmed subscriber reading in English, who agreed to the current wording when they confirmed, just now
    (`status=Subscriber.Status.PENDING` for one who has not confirmed yet)."""

    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda number: f"reader{number}@readers.example")
    language = "en"
    status = Subscriber.Status.CONFIRMED
    consent_at = factory.LazyFunction(timezone.now)
    consent_wording_version = CONSENT_WORDING_VERSION
    confirmed_at = factory.SelfAttribute("consent_at")


class BulletinIssuePageFactory(PageFactory):
    """A live issue for subscribers of 1 April 2026 below the bulletin index: a summary, a focus article with a link
    to a report, and one youth feature, "Youth voices"; not sent (MailingFactory sends it)."""

    class Meta:
        model = BulletinIssuePage

    _parent_model = BulletinIndexPage

    class Params:
        number = factory.Sequence(int)

    title = factory.Sequence(lambda number: f"Issue {number}")
    slug = factory.LazyAttribute(lambda page: f"{slugify(page.title)[:60]}-{page.number}")
    issue_date = dt.date(2026, 4, 1)
    audience = Audience.SUBSCRIBERS
    summary = factory.LazyAttribute(lambda page: f"Summary of {page.title}")
    focus_title = factory.LazyAttribute(lambda page: f"Focus of {page.title}")
    focus_body = '<p>Focus text with <a href="https://example.org/report">a report</a>.</p>'
    features = factory.LazyFunction(
        lambda: [("youth", {"title": "Youth voices", "text": "What young people said.", "page": None, "url": ""})]
    )


def translate_issue(issue: BulletinIssuePage, language: str, title: str) -> BulletinIssuePage:
    """`issue`'s published translation into `language`, copied from it as an editor's copy is: titled `title`, its
    focus article "Focus : `title`", the rest as the original's. For an issue made with `aliases=False` (an alias in
    `language` would take the translation's place; and wagtail-localize publishes a new translation only once the
    transaction commits, which a test's never does)."""
    translation: BulletinIssuePage = issue.copy_for_translation(Locale.objects.get(language_code=language))
    translation.title = title
    translation.focus_title = f"Focus : {title}"
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


class MailingFactory(DjangoModelFactory[Mailing]):
    """The mailing of an issue (a new one unless `issue=` names it) to the issue's audience, already sent, so the
    issue is in the public archive (`status=Mailing.Status.SCHEDULED` for one still to go)."""

    class Meta:
        model = Mailing

    issue = factory.SubFactory(BulletinIssuePageFactory)
    issue_key = factory.SelfAttribute("issue.translation_key")
    audience = factory.SelfAttribute("issue.audience")
    status = Mailing.Status.SENT
