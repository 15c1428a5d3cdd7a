"""Hypothesis against every public list page and form: generated query strings and POST bodies — Unicode
digits, huge and negative numbers, empty and very long values, repeated keys, markup — must never give a
5xx. The pages are found by walking the URLconf (and the live pages of the default language), so a new page
is fuzzed without being listed here; the forms by reading each page's HTML. Member pages (community, youth)
are fuzzed as a member of the cast. Fixed seed (derandomize) and budget (tests/fuzz/budget.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from bik.accounts.models import User
from bik.community.forums import services as forums
from bik.community.forums.models import Forum
from bik.youth import services as youth
from bik.youth.models import Post as YouthPost
from tests.conftest import Cast
from tests.fuzz.budget import FORM_EXAMPLES, QUERY_EXAMPLES, SERVER_ERRORS, count_request
from tests.url_walk import walk
from tests.youth.conftest import give_profile, trusted

pytestmark = pytest.mark.django_db

# Parameters list pages read; each page's own form fields are added to these.
KNOWN_PARAMETERS = [
    "page", "year", "q", "comment", "quote", "topic", "language", "sort", "age", "category",
    "type", "centre", "country", "strand", "format", "audience", "edition", "next", "lesson",
]  # fmt: skip
NASTY = [
    "²", "٣", "¹²", "-1", "0", "+7", "1_000", " 7", "1e9", "9" * 25, "9" * 5000, "", " ", "\x00", "%", "../..",
    "<script>alert(1)</script>", "' OR 1=1 --", "null", "[]", "{}", "NaN", "∞", "𝟙𝟚", "\u202e", "a" * 3000,
]  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.from_regex(r"[0-9]{1,30}", fullmatch=True),
)
SETTINGS = settings(derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
# Machine endpoints and pages with side effects beyond the visitor's own (sign-out), or fuzzed elsewhere.
SKIPPED_PREFIXES = ("/admin/", "/api/", "/bulletin/", "/documents/", "/en/accounts/logout/", "/_dev/")


@dataclass
class Form:
    action: str
    method: str
    fields: list[str] = field(default_factory=list)


class FormReader(HTMLParser):
    """The forms of a page: where they go and the names of their fields."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.forms.append(Form(found.get("action", ""), found.get("method", "get").lower()))
        elif (
            tag in ("input", "select", "textarea", "button")
            and self.forms
            and found.get("name")
            and found["name"] not in (*self.forms[-1].fields, "csrfmiddlewaretoken")
        ):
            self.forms[-1].fields.append(found["name"])


def _forms(html: str) -> list[Form]:
    reader = FormReader()
    reader.feed(html)
    return reader.forms


def _candidate_paths() -> Iterator[str]:
    for pattern in walk():
        if not pattern.path.startswith(SKIPPED_PREFIXES) and "/missing" not in pattern.path:
            yield pattern.path
    for page in Page.objects.live().filter(locale__language_code="en", depth__gte=2):
        url = page.get_url()
        if url:
            yield urlsplit(url).path


def _pages(client: Client) -> dict[str, str]:
    """Every path that answers this client with an HTML page (200), with the page."""
    pages = {}
    for path in dict.fromkeys(_candidate_paths()):
        response = client.get(path)
        if response.streaming:  # a file download: read to the end, which closes the file
            b"".join(response.streaming_content)  # type: ignore[attr-defined]
        count_request("discovery", response.status_code, path)
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
            pages[path] = response.content.decode()
    return pages


def _fuzz_query_strings(client: Client, path: str, names: list[str]) -> None:
    @settings(SETTINGS, max_examples=QUERY_EXAMPLES)
    @given(query=st.dictionaries(st.sampled_from(names), st.one_of(VALUES, st.lists(VALUES, max_size=3))))
    def query_string(query: dict[str, str | list[str]]) -> None:
        response = client.get(path, query)
        count_request("query", response.status_code, f"{path} {query!r:.200}")

    query_string()


def _fuzz_form(client: Client, target: str, fields: list[str]) -> None:
    @settings(SETTINGS, max_examples=FORM_EXAMPLES)
    @given(body=st.fixed_dictionaries({}, optional=dict.fromkeys(fields, VALUES)))
    def form_body(body: dict[str, str]) -> None:
        response = client.post(target, body)
        count_request("form", response.status_code, f"POST {target} {sorted(body)}")

    form_body()


def _fuzz(client: Client, pages: dict[str, str], *, done: dict[str, str] | None = None) -> None:
    """Fuzz each page's query string and each of its forms, but for what was fuzzed already on the pages `done`
    (the same page, or the same form, as a visitor saw them)."""
    done_forms = {_form_key(form, path) for path, html in (done or {}).items() for form in _forms(html)}
    for path, html in pages.items():
        forms = _forms(html)
        if done is None or path not in done:
            names = {name for form in forms for name in form.fields} | set(KNOWN_PARAMETERS)
            _fuzz_query_strings(client, path, sorted(names))
        for form in forms:
            key = _form_key(form, path)
            target = key[0]
            if (
                form.method == "post"
                and form.fields
                and not target.startswith(SKIPPED_PREFIXES)
                and key not in done_forms
            ):
                _fuzz_form(client, target, form.fields)


def _form_key(form: Form, path: str) -> tuple[str, tuple[str, ...]]:
    """A form by where it posts (its page, when it has no action) and the fields it sends."""
    return urlsplit(form.action).path or path, tuple(sorted(form.fields))


def _member_objects(cast: Cast) -> None:
    """Something to read on member pages: a forum thread and a youth discussion."""
    forums.start_thread(cast.sic_member, Forum.objects.get(slug="helplines"), "Peaks", "When?", notify=False)
    give_profile(cast.youth_member, "IE")
    trusted(cast.youth_member)
    youth.submit_post(
        cast.youth_member, youth.national_space("IE"), kind=YouthPost.Kind.DISCUSSION, title="Hi", body="Hello"
    )


def _signed_in(user: User) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_no_query_string_or_form_body_gives_a_server_error(cast: Cast) -> None:
    """A member is fuzzed on the pages and forms a visitor does not get: the same views, with the same parameters,
    were fuzzed as a visitor."""
    _member_objects(cast)
    anonymous = Client(raise_request_exception=False)
    public = _pages(anonymous)
    _fuzz(anonymous, public)
    for member in (cast.sic_member, cast.youth_member):
        client = _signed_in(member)
        _fuzz(client, _pages(client), done=public)

    assert SERVER_ERRORS == []
