"""Demo bulletin (bik/demo/data/bulletin.yaml), in the archive the site's structure makes: demo subscribers and two
past issues (English, with French translations) that were sent. Idempotent."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from bik.bulletin.models import (
    CONSENT_WORDING_VERSION,
    Audience,
    BulletinIndexPage,
    BulletinIssuePage,
    Delivery,
    Mailing,
    MailingContent,
    Subscriber,
)
from bik.demo.datafiles import demo_data
from bik.demo.registry import demo_ids, mark_demo
from bik.news.models import ArticlePage
from bik.pages import structure
from bik.pages.models import HomePage, SectionPage
from bik.pictures import demo as pictures

SLUG = "bulletin"


def load(home: HomePage, out: Any = None) -> None:
    index = ensure_index(home)
    ensure_subscribers()
    english = Locale.get_default()
    french = Locale.objects.filter(language_code="fr").first()
    if french is not None:
        ensure_french_index(home, index, french)
    issues = demo_data("bulletin")["issues"]
    for spec in issues:
        issue = ensure_issue(index, spec)
        if french is not None:
            _translate(issue, french, spec)
        ensure_sent(issue, english)
    if out is not None:
        subscribers = Subscriber.objects.filter(pk__in=demo_ids(Subscriber)).count()
        out.write(f"Bulletin ready: {len(issues)} past issues, {subscribers} demo subscribers.")


def ensure_index(home: HomePage) -> BulletinIndexPage:
    """The archive, made by the site's structure (bik/pages/structure.py). A database loaded by an earlier demo has a
    plain demo section page in its place, which the structure leaves: the archive takes its place in the menu."""
    existing = BulletinIndexPage.objects.child_of(home).filter(slug=SLUG).first()
    if existing is not None:
        return cast(BulletinIndexPage, existing)
    old = SectionPage.objects.child_of(home).filter(slug=SLUG, pk__in=demo_ids(SectionPage)).first()
    if old is None or old.specific_class is not SectionPage:
        raise LookupError("The bulletin's archive page is missing: run `python manage.py set_up_site`.")
    spec = next(page for page in structure.structure()["pages"] if page["slug"] == SLUG)
    index = BulletinIndexPage(
        title=spec["title"],
        slug=SLUG,
        intro=spec["intro"],
        body=[("paragraph", RichText(spec["body_html"]))],
        show_in_menus=old.show_in_menus,
    )
    # Take the demo section page's place in the menu, then remove it with its translations and aliases.
    old_pages = list(Page.objects.filter(translation_key=old.translation_key).exclude(pk=old.pk))
    old_pages += list(
        Page.objects.filter(alias_of__translation_key=old.translation_key).exclude(pk__in=[p.pk for p in old_pages])
    )
    for page in old_pages:
        if Page.objects.filter(pk=page.pk).exists():
            Page.objects.get(pk=page.pk).delete()
    old.slug = f"{SLUG}-replaced"
    old.save()
    old.add_sibling(pos="left", instance=index)
    Page.objects.get(pk=old.pk).delete()
    index.save_revision().publish()
    return cast(BulletinIndexPage, BulletinIndexPage.objects.get(pk=index.pk))


def ensure_french_index(home: HomePage, index: BulletinIndexPage, french: Locale) -> None:
    """The French archive needs the French home and index first; the core loader would make them a little
    later with these same strings, and skips them when they exist."""
    from bik.demo.services import home_pairs, translate_page

    copy = demo_data("pages")
    if "fr" in copy["home_translations"]:
        translate_page(home, french, home_pairs("fr"))
    fields = copy["page_translations"].get(SLUG, {}).get("fr")
    if fields:
        translate_page(index, french, {index.title: fields["title"], index.intro: fields["intro"]})


@transaction.atomic
def ensure_subscribers() -> None:
    consented = dt.datetime(2025, 9, 1, 10, 0, tzinfo=dt.UTC)
    for spec in demo_data("bulletin")["subscribers"]:
        status = Subscriber.Status(spec["status"])
        confirmed = status != Subscriber.Status.PENDING
        subscriber, created = Subscriber.objects.get_or_create(
            email=spec["email"],
            defaults={
                "language": spec["language"],
                "status": status,
                "consent_at": consented if confirmed else None,
                "confirmed_at": consented if confirmed else None,
                "consent_wording_version": CONSENT_WORDING_VERSION if confirmed else "",
                "unsubscribed_at": consented + dt.timedelta(days=30)
                if status == Subscriber.Status.UNSUBSCRIBED
                else None,
            },
        )
        if created:
            mark_demo(subscriber)


def ensure_issue(index: BulletinIndexPage, spec: dict[str, Any]) -> BulletinIssuePage:
    existing = BulletinIssuePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return cast(BulletinIssuePage, existing)
    articles = list(ArticlePage.objects.live().filter(locale=index.locale).order_by("-date")[:2])
    issue = BulletinIssuePage(
        title=spec["title"],
        slug=spec["slug"],
        issue_date=spec["date"],
        audience=Audience.SUBSCRIBERS,
        summary=spec["summary"],
        focus_title=spec["focus_title"],
        focus_body=spec["focus_html"],
        features=[
            (feature["kind"], {"title": feature["title"], "text": feature["text"], "page": None, "url": ""})
            for feature in spec["features"]
        ],
        picks=[("news", article) for article in articles],
        image=pictures.picture_for("bulletin", spec["slug"]),
    )
    index.add_child(instance=issue)
    mark_demo(issue)
    issue.save_revision().publish()
    return issue


def _translate(issue: BulletinIssuePage, locale: Locale, spec: dict[str, Any]) -> None:
    from bik.demo.services import translate_page

    parent = issue.get_parent()
    if parent is not None and not Page.objects.filter(translation_key=parent.translation_key, locale=locale).exists():
        return
    french = spec["fr"]
    translate_page(
        issue,
        locale,
        {issue.title: french["title"], issue.summary: french["summary"], issue.focus_title: french["focus_title"]},
    )


@transaction.atomic
def ensure_sent(issue: BulletinIssuePage, english: Locale) -> None:
    """A finished mailing for the issue, with deliveries to the demo subscribers, as if it went out."""
    if Mailing.objects.filter(issue_key=issue.translation_key).exists():
        return
    from bik.bulletin import emails

    sent_at = timezone.make_aware(dt.datetime.combine(issue.issue_date, dt.time(9, 0)))
    mailing = Mailing.objects.create(
        issue=issue,
        issue_key=issue.translation_key,
        audience=issue.audience,
        status=Mailing.Status.SENT,
        started_at=sent_at,
        finished_at=sent_at + dt.timedelta(minutes=3),
    )
    languages = {}
    for page in BulletinIssuePage.objects.filter(
        translation_key=issue.translation_key, alias_of__isnull=True, live=True
    ):
        rendered = emails.render_issue(page)
        MailingContent.objects.create(
            mailing=mailing,
            language=rendered.language,
            issue=page,
            subject=rendered.subject,
            html=rendered.html,
            text=rendered.text,
        )
        languages[rendered.language] = page
    Delivery.objects.bulk_create(
        Delivery(
            mailing=mailing,
            subscriber=subscriber,
            email=subscriber.email,
            language=subscriber.language if subscriber.language in languages else english.language_code,
            state=Delivery.State.SENT,
            attempts=1,
            sent_at=sent_at,
        )
        for subscriber in Subscriber.objects.filter(pk__in=demo_ids(Subscriber))
        .exclude(status=Subscriber.Status.PENDING)
        .order_by("pk")
    )
