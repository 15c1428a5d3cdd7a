"""The site chrome — navigation and footer links — per site and language.

The navigation follows the people the site serves: parents and carers, teachers and educators, young people,
professionals, industry and research each get a menu of the tools they need (resource and video galleries,
guide to online services, events, research, the centres and "get help", the bulletin, the Safer Internet Day
mini-site, the network's impact figures). Every tool is one click from every page, whichever page of a
component is its list.

It is the same for every page of a site in one language, so it is computed once and kept in the cache. With
whole pages cached it is kept with the tokens of the tags it was built from (bik/caching/tags.py; its menus read
as the page tree's structure) and used while they are current; without, in a generation that a change of any
page or of the footer settings renews."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from bik.caching import tags
from bik.caching.generations import Generation
from bik.caching.pages import structure_changed
from bik.pages.models import FooterLinks

CHROME = Generation("chrome")
_TIMEOUT = 60 * 60 * 24


@dataclass(frozen=True)
class NavItem:
    page_id: int
    title: str
    url: str
    intro: str = ""


@dataclass(frozen=True)
class Tool:
    """One of the portal's tools: its list page in the visitor's language, named and described in it."""

    key: str
    title: str
    url: str
    description: str


@dataclass(frozen=True)
class AudienceMenu:
    key: str
    title: str
    links: list[Tool]


@dataclass(frozen=True)
class ToolSpec:
    key: str
    title: Promise
    description: Promise
    page_model: str = ""  # "app_label.ModelName" of the Wagtail page that lists it, if a page does
    page_slug: str = ""  # which page of that model, when there are several
    url_name: str = ""  # otherwise a named URL


TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        "resources",
        _("Resource gallery"),
        _("Guides, lesson plans, tip sheets and games, by language, age, audience and topic."),
        page_model="resources.ResourceGalleryPage",
    ),
    ToolSpec(
        "videos",
        _("Video gallery"),
        _("Awareness videos from the network, with captions in many languages."),
        page_model="videos.VideoGalleryPage",
    ),
    ToolSpec(
        "guide",
        _("Guide to online services"),
        _("Apps, games and social networks children use: what they are, their settings, how to compare them."),
        page_model="guide.GuidePage",
    ),
    ToolSpec(
        "events",
        _("Events"),
        _("Trainings, conferences and Safer Internet Day events across the network."),
        page_model="events.EventIndexPage",
    ),
    ToolSpec(
        "research",
        _("Research and industry"),
        _("Studies, reports and industry commitments on children's online lives."),
        page_model="research.ResearchIndexPage",
    ),
    ToolSpec(
        "partners",
        _("Research and industry partners"),
        _("The organisations that publish in the research area, their publications and industry self-reports."),
        url_name="partners:index",
    ),
    ToolSpec(
        "knowledge",
        _("Knowledge hub"),
        _("Laws, strategies and guidelines by country and BIK+ pillar; explainers and a glossary for professionals."),
        page_model="knowledge.KnowledgeHubPage",
        url_name="knowledge:documents",
    ),
    ToolSpec(
        "help",
        _("Get help in your country"),
        _("The helpline of your country, for children, young people, parents and teachers."),
        url_name="network:help",
    ),
    ToolSpec(
        "centres",
        _("Safer Internet Centres"),
        _("The directory of the network's centres: awareness, helpline, hotline and youth panel."),
        url_name="network:centres",
    ),
    ToolSpec(
        "statistics",
        _("Helpline statistics"),
        _("What children, parents and teachers contact the network's helplines about, quarter by quarter."),
        url_name="statistics:dashboard",
    ),
    ToolSpec(
        "policy",
        _("Policy monitor"),
        _("How each country protects, empowers and involves children online: a map, country profiles, comparisons."),
        url_name="policy:overview",
    ),
    ToolSpec(
        "bulletin",
        _("BIK Bulletin"),
        _("The quarterly newsletter: subscribe, or read past issues."),
        page_model="bulletin.BulletinIndexPage",
        url_name="bulletin:subscribe",
    ),
    ToolSpec(
        "sid",
        _("Safer Internet Day"),
        _("The Safer Internet Day mini-site: this year's theme, countries, and actions you can join."),
    ),
    ToolSpec(
        "impact",
        _("Our impact"),
        _("What the network's centres did each year: people and schools reached, Safer Internet Day."),
        url_name="impact:public",
    ),
    ToolSpec(
        "panels",
        _("Youth panels"),
        _("Young people who advise each Safer Internet Centre, and the articles they write."),
        url_name="panels:index",
    ),
    ToolSpec(
        "youth",
        _("BIK Youth"),
        _("A safe, moderated space where young people share their views and take part."),
        page_model="pages.SectionPage",
        page_slug="youth",
        url_name="youth:home",
    ),
    ToolSpec(
        "community",
        _("BIK Community"),
        _("The private workspace of Safer Internet Centre staff."),
        page_model="pages.SectionPage",
        page_slug="community",
        url_name="community:home",
    ),
)

# The resource gallery filtered to resources made by young people: a tool of its own in the young people's menu.
YOUTH_MADE = "youth-made"

# Who the site serves, and which tools each of them needs most (a tool may serve several).
AUDIENCES: tuple[tuple[str, Promise, tuple[str, ...]], ...] = (
    ("parents", _("Parents and carers"), ("resources", "videos", "guide", "help", "bulletin")),
    ("teachers", _("Teachers and educators"), ("resources", "videos", "events", "sid", "guide", "bulletin")),
    ("young-people", _("Young people"), ("youth", "panels", "youth-made", "videos", "guide", "help", "sid")),
    (
        "professionals",
        _("Professionals"),
        (
            "centres",
            "community",
            "knowledge",
            "events",
            "research",
            "resources",
            "statistics",
            "policy",
            "impact",
            "panels",
            "bulletin",
        ),
    ),
    (
        "industry-research",
        _("Industry and research"),
        ("research", "partners", "knowledge", "statistics", "policy", "events", "sid", "centres", "impact", "bulletin"),
    ),
)
# Tools whose gallery can be narrowed to the audience the visitor chose: the gallery's audience filter value.
AUDIENCE_FILTERS = {"parents": "parents", "teachers": "teachers", "professionals": "professionals"}


@dataclass(frozen=True)
class Chrome:
    home_url: str = "/"
    nav: list[NavItem] = field(default_factory=list)
    tools: list[Tool] = field(default_factory=list)
    audiences: list[AudienceMenu] = field(default_factory=list)

    @property
    def portal_tools(self) -> list[Tool]:
        """The tools of "Resources and advice": everything but the youth area and the staff community."""
        return [tool for tool in self.tools if tool.key not in {"youth", "community", "panels", YOUTH_MADE}]

    def tool_url(self, key: str) -> str:
        return next((tool.url for tool in self.tools if tool.key == key), "")

    @property
    def sid_url(self) -> str:
        return self.tool_url("sid")

    accessibility_url: str = ""
    privacy_url: str = ""
    contact_url: str = ""


def _url(page: Page | None, request: HttpRequest) -> str:
    if page is None:
        return ""
    return page.localized.get_url(request) or ""


def structure_copy(page: Page, text: str) -> str:
    """A page's copy (its title, the home page's hero, a section's introduction) as the reader sees it. A page not
    yet translated into the language (an alias of the English one) shows it in the reader's language where the
    catalogues hold its English copy (bik/pages/section_copy.py); a page an editor translated, or renamed, keeps
    its own words."""
    return gettext(text) if text and page.alias_of_id is not None else text


# A block of rich text, one unit of translation: a paragraph, heading or list item (its inner HTML).
HTML_BLOCK = re.compile(r"<(p|h[2-4]|li)(\s[^>]*)?>(.*?)</\1>", re.DOTALL)


def html_blocks(html: str) -> list[str]:
    """The inner HTML of each paragraph, heading and list item, in order: what the catalogues hold of a body."""
    return [match.group(3) for match in HTML_BLOCK.finditer(html)]


def structure_html(page: Page, html: str) -> str:
    """A body's rich text (its source) as the reader sees it: while the page is an alias of the English one, each
    paragraph, heading and list item the catalogues hold is in the reader's language, the rest as written."""
    if page.alias_of_id is None:
        return html

    def block(match: re.Match[str]) -> str:
        tag, attributes, inner = match[1], match[2] or "", match[3]
        return f"<{tag}{attributes}>{gettext(inner) if inner.strip() else inner}</{tag}>"

    return HTML_BLOCK.sub(block, html)


def build(site: Site, request: HttpRequest) -> Chrome:
    root = site.root_page.localized
    nav = [
        NavItem(
            page_id=page.pk,
            title=structure_copy(page, page.title),
            url=page.get_url(request) or "",
            intro=structure_copy(page, getattr(page, "intro", "")),
        )
        for page in root.get_children().live().public().in_menu().specific().order_by("path")
    ]
    footer = FooterLinks.for_site(site)
    tools = _tools(request)
    return Chrome(
        home_url=root.get_url(request) or "/",
        nav=nav,
        tools=tools,
        audiences=_audiences(tools),
        accessibility_url=_url(footer.accessibility_page, request),
        privacy_url=_url(footer.privacy_page, request),
        contact_url=_url(footer.contact_page, request),
    )


def _list_page_urls(request: HttpRequest) -> dict[str, str]:
    """The URL of each tool's live list page in the active language (its English original otherwise), by tool:
    every tool's page in both languages read at once, instead of two or three queries a tool."""
    specs = [spec for spec in TOOLS if spec.page_model]
    kinds = {spec.key: ContentType.objects.get_for_model(apps.get_model(spec.page_model)).pk for spec in specs}
    active, default = Locale.get_active(), Locale.get_default()
    pages = list(
        Page.objects.live()
        .public()
        .filter(content_type__in=set(kinds.values()), locale__in={active.pk, default.pk})
        .order_by("path")
    )
    urls = {}
    for spec in specs:
        own = [page for page in pages if page.content_type_id == kinds[spec.key]]
        own = [page for page in own if not spec.page_slug or page.slug == spec.page_slug]
        page = next((page for page in own if page.locale_id == active.pk), None) or next(
            (page for page in own if page.locale_id == default.pk), None
        )
        if page is not None:
            urls[spec.key] = page.get_url(request) or ""
    return urls


def _tools(request: HttpRequest) -> list[Tool]:
    from bik.sid import services as sid_services
    from bik.sid import views as sid_views

    tools = []
    list_pages = _list_page_urls(request)
    for spec in TOOLS:
        url = list_pages.get(spec.key, "")
        if not url and spec.url_name:
            url = reverse(spec.url_name)
        if spec.key == "sid":
            url = sid_views.sid_absolute(request, sid_services.sid_reverse("home"))
        if url:
            tools.append(Tool(spec.key, str(spec.title), url, str(spec.description)))
    gallery = next((tool for tool in tools if tool.key == "resources"), None)
    if gallery is not None:  # the gallery narrowed to what young people made (bik.youth.made)
        tools.append(
            Tool(
                YOUTH_MADE,
                str(_("Made by young people")),
                f"{gallery.url}?type=made-by-young-people",
                str(_("Posters, videos and guides that young people made for their peers.")),
            )
        )
    return tools


def _audiences(tools: list[Tool]) -> list[AudienceMenu]:
    by_key = {tool.key: tool for tool in tools}
    menus = []
    for key, title, tool_keys in AUDIENCES:
        links = []
        for tool_key in tool_keys:
            tool = by_key.get(tool_key)
            if tool is None:
                continue
            audience = AUDIENCE_FILTERS.get(key)
            if tool_key == "resources" and audience:
                tool = Tool(tool.key, tool.title, f"{tool.url}?audience={audience}", tool.description)
            links.append(tool)
        menus.append(AudienceMenu(key, str(title), links))
    return menus


def for_request(request: HttpRequest) -> Chrome:
    site = Site.find_for_request(request)
    if site is None:
        return Chrome()
    # The host is part of the key: the link to the SID mini-site keeps the scheme and port the visitor uses.
    parts = (site.pk, request.get_host(), request.scheme, get_language())
    if settings.PAGE_CACHE_SECONDS > 0:
        # Kept while every table it read is unchanged: the menus show sections' introductions too, which a
        # structural change does not renew.
        key = ":".join(("bik:chrome", *map(str, parts)))
        return tags.remember_while_current(
            cache, key, lambda: _build_structure(site, request), _TIMEOUT, enclosing=False
        )
    return tags.remember(cache, CHROME.key(*parts), lambda: _build_structure(site, request), _TIMEOUT)


def _build_structure(site: Site, request: HttpRequest) -> Chrome:
    """The menus show which pages are in them, their titles and URLs: what a structural change of a page renews
    (bik/caching/tags.py), besides the specific pages and settings read, which carry their own tags."""
    with tags.reading_structure():
        return build(site, request)


def invalidate(**kwargs: Any) -> None:
    CHROME.renew()


# The menus are the page tree's structure: renewed when it may have changed (bik/caching/pages.py tells), not
# by every article published.
structure_changed.connect(invalidate, dispatch_uid="bik.pages.chrome.structure")


@receiver(post_save, sender=FooterLinks, dispatch_uid="bik.pages.chrome.footer")
def _footer_changed(**kwargs: Any) -> None:
    invalidate()
