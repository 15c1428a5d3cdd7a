from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from bik import domains
from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.demo import indexing
from bik.demo.datafiles import demo_data
from bik.demo.registry import forget_deleted, mark_demo, mark_translations
from bik.network.models import Centre, CentreRole, Service, Strand
from bik.news.models import ArticlePage, NewsIndexPage
from bik.pages import structure
from bik.pages.models import FooterLinks, HomePage, StandardPage
from bik.pictures import demo as pictures

# Published in the README: demo accounts exist only on a machine that ran `make run`.
DEMO_PASSWORD = "better-internet-demo"  # noqa: S105 -- demo accounts, printed on start by design
# A fixed, public TOTP seed so demo staff can sign in without a phone: `make totp` prints the current code.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 -- demo only


@dataclass(frozen=True)
class DemoAccount:
    email: str
    display_name: str
    role: Role | None
    mfa: bool = False  # staff and community members sign in with the shared demo TOTP secret
    centre_country: str = ""
    centre_role: str = ""
    strand: str = ""


@functools.cache
def demo_accounts() -> tuple[DemoAccount, ...]:
    """The demo's accounts (bik/demo/data/accounts.yaml)."""
    return tuple(
        DemoAccount(
            email=row["email"],
            display_name=row["name"],
            role=Role[row["role"]] if row["role"] else None,
            mfa=row.get("mfa", False),
            centre_country=row.get("centre", ""),
            centre_role=CentreRole.Kind(row["centre_role"]) if "centre_role" in row else "",
            strand=Strand(row["strand"]) if "strand" in row else "",
        )
        for row in demo_data("accounts")["accounts"]
    )


def _log(out: Any, message: str) -> None:
    if out is not None:
        out.write(message)


def load_demo(out: Any = None) -> None:
    """Load every piece of demo content that is missing; leave what exists (and what editors changed).

    The domains that bring their own demo (`demo=True` in bik/domains.py, each a `bik/<domain>/demo.py` with an
    idempotent `load(home, out)`) run in the list's order, after the core pages, centres and accounts and before
    untranslated pages are aliased into every language. Every row the demo makes is marked in bik.demo.registry,
    translations and aliases of demo rows too. Wagtail's search and reference indexes are updated once per row,
    at the end (bik/demo/indexing.py)."""
    with indexing.updated_once_at_the_end():
        _load(out)


def _load(out: Any) -> None:
    home, _made = structure.build()  # the languages, the home page, the sections and index pages: not demo
    structure.ensure_reference_lists()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    ensure_centres()
    _log(out, f"{Centre.objects.count()} Safer Internet Centres ready.")
    ensure_accounts()
    _log(out, f"{len(demo_accounts())} demo accounts ready.")
    ensure_pages(home)
    components = [import_module(module) for module in domains.modules("demo")]
    for component in components:
        component.load(home=home, out=out)
    ensure_translations(home, {code: locales[code] for code in demo_data("pages")["home_translations"]})
    for component in components:  # a component's own page translations need the home page's, made just above
        translate = getattr(component, "translate", None)
        if translate is not None:
            translate(home=home, out=out)
    synced = structure.sync_locale_trees()
    mark_translations()
    forget_deleted()
    _log(out, f"Pages ready ({synced} aliases created for untranslated languages).")


def _rich(html: str) -> RichText:
    return RichText(html)


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _child(parent: Page, model: type[Page], slug: str, **fields: Any) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    _publish(page)
    mark_demo(page)
    return page


@transaction.atomic
def ensure_pages(home: HomePage) -> None:
    """The home page's picture, the news articles and the standard pages the footer links to, on the structure
    (bik/pages/structure.py)."""
    if home.image_id is None:
        home.image = pictures.hero_picture()
        _publish(home)
    news_index = structure.index_page(NewsIndexPage, home)
    for article in demo_data("news")["articles"]:
        _child(
            news_index,
            ArticlePage,
            article["slug"],
            title=article["title"],
            date=article["date"],
            intro=article["intro"],
            body=[("paragraph", _rich(article["body_html"]))],
        )
    pages_by_role: dict[str, Page] = {}
    for standard in demo_data("pages")["standard_pages"]:
        pages_by_role[standard["role"]] = _child(
            home,
            StandardPage,
            standard["slug"],
            title=standard["title"],
            intro=standard["intro"],
            body=[("paragraph", _rich(standard["body_html"]))],
            show_in_menus=False,
        )
    site = Site.objects.get(is_default_site=True)
    footer = FooterLinks.for_site(site)
    footer.accessibility_page = footer.accessibility_page or pages_by_role.get("accessibility")
    footer.privacy_page = footer.privacy_page or pages_by_role.get("privacy")
    footer.contact_page = footer.contact_page or pages_by_role.get("contact")
    footer.save()


def home_pairs(language: str) -> dict[str, str]:
    """The home page's English text (bik/pages/structure.yaml) → its text in `language` (the demo's pages.yaml)."""
    english, translated = structure.structure()["home"], demo_data("pages")["home_translations"][language]
    return {english[key]: translated[key] for key in ("title", "hero_heading", "hero_text")}


def translate_page(page: Page, locale: Locale, pairs: dict[str, str]) -> None:
    """Translate `page` through wagtail-localize, as an editor would, so the admin shows it as a managed
    translation that follows later changes of the English page. A string missing from `pairs` is taken from the
    catalogues where they hold it (a section's body: bik/pages/section_copy.py), as a translation memory would
    offer it; the rest stays English."""
    if type(page).objects.filter(translation_key=page.translation_key, locale=locale, alias_of__isnull=True).exists():
        return
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        english = segment.string.data
        with translation.override(locale.language_code):
            translated = pairs.get(english) or gettext(english)
        if translated == english:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": translated, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    managed, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    source.create_or_update_translation(locale, publish=True, fallback=True)
    managed.enabled = True
    managed.save()


def ensure_translations(home: HomePage, locales: dict[str, Locale]) -> None:
    """The home page fully, and the other demo pages' titles and introductions (and what the catalogues hold of
    their bodies), in French and German."""
    copy = demo_data("pages")
    for code, locale in locales.items():
        translate_page(home, locale, home_pairs(code))
    titles, tool_titles = copy["page_translations"], copy["portal_page_translations"]
    pages = {page.slug: page.specific for page in home.get_children().filter(slug__in=titles)}
    _translate_titles(pages, titles, locales)
    portal = pages.get("portal")
    if portal is not None:  # after the portal itself: a translation needs its parent's
        tools = {page.slug: page.specific for page in portal.get_children().filter(slug__in=tool_titles)}
        _translate_titles(tools, tool_titles, locales)


def _translate_titles(
    pages: dict[str, Page], translations: dict[str, dict[str, dict[str, str]]], locales: dict[str, Locale]
) -> None:
    for slug, by_language in translations.items():
        page = pages.get(slug)
        if page is None:
            continue
        for code, fields in by_language.items():
            english = {"title": page.title, "intro": getattr(page, "intro", "")}
            pairs = {english[key]: value for key, value in fields.items() if english.get(key)}
            translate_page(page, locales[code], pairs)


@transaction.atomic
def ensure_centres() -> None:
    for row in demo_data("network")["centres"]:
        centre, created = Centre.objects.get_or_create(
            country=row["iso2"],
            defaults={
                "name": row["name"],
                "website": row["website"],
                "summary": row["summary"],
                "image": pictures.picture_for("centre", row["iso2"]),
                "image_decorative": True,
            },
        )
        if not created:
            continue
        mark_demo(centre)
        Service.objects.bulk_create(
            Service(centre=centre, sort_order=position, **service)
            for position, service in enumerate(_ordered_services(row["services"]))
        )


def _ordered_services(services: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    order = [Strand.HELPLINE, Strand.HOTLINE, Strand.AWARENESS, Strand.YOUTH]
    return sorted(services, key=lambda s: order.index(s["strand"]))


@functools.cache
def _password_hash() -> str:
    """DEMO_PASSWORD hashed once a process: every demo account has that published password, so one hash serves them
    all (a hash is a million rounds of PBKDF2, about 0.4 s: half a minute of `make run`'s first start for the
    demo's 71 accounts)."""
    return make_password(DEMO_PASSWORD)


def demo_account(email: str, **fields: Any) -> User:
    """The demo account of `email`: made with `fields` and DEMO_PASSWORD when missing (one that exists is left as
    it is), its address verified and primary, as an account that has confirmed it."""
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, None, **fields)
        user.password = _password_hash()
        user.save(update_fields=["password"])
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


@transaction.atomic
def ensure_accounts() -> None:
    for account in demo_accounts():
        user = demo_account(
            account.email,
            display_name=account.display_name,
            date_joined=dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC),
        )
        if account.role is not None:
            user.groups.add(Group.objects.get(name=account.role.value))
        if account.centre_country:
            CentreRole.objects.get_or_create(
                user=user,
                centre=Centre.objects.get(country=account.centre_country),
                role=account.centre_role,
                strand=account.strand,
            )
        if account.mfa:
            ensure_second_factor(user)


def ensure_second_factor(user: User) -> None:
    """The demo's shared TOTP secret (`make totp` prints its code) and recovery codes, for a staff account."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)
        RecoveryCodes.activate(user)
