"""Every page someone may open, they can find: starting at the home page and following links (and, for staff, the
admin's menu), each role of the demo reaches every page without parameters that answers it. The tests elsewhere
open pages by their addresses; this is what keeps those pages on a path a visitor takes."""

from __future__ import annotations

import html
import re
from collections import Counter, deque
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import Resolver404, resolve

from bik.accounts.models import User
from tests.url_walk import walk

pytestmark = pytest.mark.django_db

# Pages that are rightly reached some other way than by a link, each with the way.
NOT_LINKED = {
    "/en/bulletin/subscribe/check-your-inbox/": "the page a subscription form sends to",
    "/en/accounts/confirm-email/": "the page signing up sends to (the confirmation link comes by email)",
    "/en/accounts/inactive/": "where signing in to a deactivated account ends",
    "/en/accounts/password/reset/done/": "the page the password reset form sends to",
    "/en/accounts/password/reset/key/done/": "the page a new password, set from the emailed link, sends to",
}
# Pages some roles may open although they are another role's: no link need lead those roles there.
NOT_THEIRS = {
    "/en/youth/made/new/": (
        {"moderator@bik.example", "admin@bik.example", "youth-coordinator@bik.example"},
        "young people send what they made; moderators, admins and coordinators may look, but send nothing",
    ),
    "/en/youth/picks/": (
        {"youth-coordinator@bik.example"},
        "the editors' list of spaces; a coordinator picks from each space's own page, linked from their hub",
    ),
}
LINK = re.compile(r'\b(?:href|action)="([^"#]*)')
ADMIN_MENU_URL = re.compile(r'"url": "(/[^"]*)"')  # the admin's menu, as JSON for its script
NOT_FOLLOWED = re.compile(r"logout|/delete/|/export/|\.(ics|csv|json|xml|pdf|zip)$")
PAGES_OF_A_KIND = 3  # pages followed per view (a Wagtail page's kind: its section), enough to reach each list's links


def _pages_without_parameters() -> list[str]:
    return [
        entry.path
        for entry in walk()
        if entry.path.startswith("/en/")
        and not re.search(r"<|\(\?P", entry.pattern[3:])
        and not entry.path.startswith(("/en/_", "/en/design/"))
        and entry.path not in NOT_LINKED
    ]


def _kind(path: str) -> str:
    try:
        match = resolve(path)
    except Resolver404:
        return path
    if match.url_name == "wagtail_serve":
        return "/".join(path.split("/")[:4])  # /en/portal/resources: a section's pages count together
    return match.view_name


def _links(page: str, base: str) -> list[str]:
    found = [*LINK.findall(page), *ADMIN_MENU_URL.findall(page)]
    paths = []
    for raw in found:
        address = urlsplit(urljoin(base, html.unescape(raw)))
        if address.netloc in ("", "testserver"):
            paths.append(address.path)
    return paths


def _finish(response: Any) -> None:
    """A download streams, and its request ends once it is read to the end (the test client closes the others)."""
    if response.streaming:
        b"".join(response.streaming_content)


def _answers(client: Client, path: str) -> bool:
    response = client.get(path)
    _finish(response)
    return response.status_code == 200


def _unfound(client: Client, who: str = "") -> list[str]:
    """The pages without parameters that answer this client (signed in as `who`) and that no path of links from the
    home page reaches."""
    answering = {path for path in _pages_without_parameters() if _answers(client, path)}
    answering -= {path for path, (roles, _why) in NOT_THEIRS.items() if who in roles}
    found: set[str] = set()
    seen: set[str] = set()
    kinds: Counter[str] = Counter()
    queue = deque(["/en/"])
    while queue and not answering <= found:
        path = queue.popleft()
        if path in seen or kinds[_kind(path)] >= PAGES_OF_A_KIND:
            continue
        seen.add(path)
        kinds[_kind(path)] += 1
        response = client.get(path, follow=True)
        _finish(response)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for link in _links(response.content.decode(), f"http://testserver{path}"):
            found.add(link)
            if link not in seen and (link.startswith("/en/") or link == "/admin/") and not NOT_FOLLOWED.search(link):
                queue.append(link)
    return sorted(answering - found)


def test_a_visitor_finds_every_public_page_from_the_home_page() -> None:
    assert _unfound(Client()) == []


@pytest.mark.parametrize(
    "email",
    [
        "subscriber@bik.example",
        "youth@bik.example",
        "member@bik.example",
        "sic-member@bik.example",
        "editor@bik.example",
        "moderator@bik.example",
        "admin@bik.example",
        "hotline-analyst@bik.example",
        "reporter-be@bik.example",
        "helpline-staff@bik.example",
        "statistics-coordinator@bik.example",
        "policy-ie@bik.example",
        "youth-coordinator@bik.example",
        "partner-research@bik.example",
    ],
)
def test_each_role_finds_every_page_it_may_open_from_the_home_page(email: str) -> None:
    client = Client()
    client.force_login(User.objects.get(email=email))

    assert _unfound(client, email) == []
