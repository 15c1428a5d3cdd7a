"""A visitor browses the research and industry area by type, year and topic, opens a publication and sees the
format and size of its PDF before downloading it; drafts never show."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.test import Client
from django.utils import translation
from django.utils.translation import pgettext

from bik.demo.pdf import minimal_pdf
from bik.news.models import Topic
from tests.events.vnu import html_errors
from tests.factories.research import PDF_LINES, PublicationFactory, publications_in_bulk
from tests.factories.resources import AudienceFactory
from tests.research.helpers import RESEARCH_URL

pytestmark = pytest.mark.django_db


def _html(client: Client, url: str, **params: str) -> str:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def test_it_lists_publications_newest_year_first(client: Client) -> None:
    PublicationFactory.create(title="Older findings", year=2001)
    PublicationFactory.create(title="Newer findings", year=2099)
    PublicationFactory.create_batch(11, year=2050)
    html = _html(client, RESEARCH_URL)
    assert "Newer findings" in html
    assert "Older findings" not in html  # on a later page: 13 publications, 12 a page
    assert "Older findings" in _html(client, RESEARCH_URL, page="2")


@pytest.mark.parametrize(
    ("params", "shown", "hidden"),
    [
        ({"type": "industry-guide"}, "Guide for platforms", "Study of pupils"),
        ({"year": "2011"}, "Study of pupils", "Guide for platforms"),
        ({"topic": "gaming"}, "Guide for platforms", "Study of pupils"),
        ({"type": "study", "topic": "privacy"}, "Study of pupils", "Guide for platforms"),
    ],
)
def test_it_filters_by_type_year_and_topic(
    client: Client, topics: dict[str, Topic], params: dict[str, str], shown: str, hidden: str
) -> None:
    PublicationFactory.create(
        title="Guide for platforms", publication_type="industry-guide", year=2012, topics=[topics["gaming"]]
    )
    PublicationFactory.create(title="Study of pupils", publication_type="study", year=2011, topics=[topics["privacy"]])
    html = _html(client, RESEARCH_URL, **params)
    assert shown in html
    assert hidden not in html


@pytest.mark.parametrize("params", [{"type": "novel"}, {"year": "abc"}, {"year": "1800"}, {"topic": "<b>x</b>"}])
def test_bad_filters_are_explained_and_never_fatal(client: Client, params: dict[str, str]) -> None:
    response = client.get(RESEARCH_URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "<b>x</b>" not in html


def test_drafts_are_never_shown(client: Client) -> None:
    draft = PublicationFactory.create(title="Unreleased report", publication_type="report", publish=False)
    assert "Unreleased report" not in _html(client, RESEARCH_URL, type="report")
    assert client.get(f"{RESEARCH_URL}{draft.slug}/").status_code == 404


def test_a_publication_page_shows_its_facts_and_the_download(client: Client, topics: dict[str, Topic]) -> None:
    publication = PublicationFactory.create(
        title="Children and games",
        authors="A. Author",
        organisation="Test centre",
        publication_type="study",
        year=2024,
        topics=[topics["gaming"]],
    )
    assert publication.document is not None
    size = len(minimal_pdf("Children and games", PDF_LINES))

    html = _html(client, f"{RESEARCH_URL}{publication.slug}/")

    assert "<h1>Children and games</h1>" in html
    assert "A. Author" in html
    assert "Test centre" in html
    assert "Study · 2024" in html
    assert f'href="{publication.document.url}"' in html
    assert f"(PDF, {filesizeformat(size)})" in html
    assert f'href="{RESEARCH_URL}?topic=gaming"' in html


def test_the_pdf_downloads(client: Client) -> None:
    publication = PublicationFactory.create(title="Downloadable")
    assert publication.document is not None
    response = client.get(publication.document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")  # type: ignore[attr-defined]


def test_an_unknown_publication_is_a_404(client: Client) -> None:
    assert client.get(f"{RESEARCH_URL}no-such-report/").status_code == 404


def test_only_pdf_files_are_accepted() -> None:
    with pytest.raises(ValidationError) as error:
        PublicationFactory.create(title="Spreadsheet", document__extension="csv")
    assert "document" in error.value.message_dict


def test_the_pdf_generator_writes_a_correct_cross_reference_table() -> None:
    data = minimal_pdf("Title (with parentheses) and ünicode", ["line"])
    startxref = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    assert data[startxref:].startswith(b"xref\n0 7\n")
    entries = data[startxref:].split(b"\n")[3:9]
    for number, entry in enumerate(entries, start=1):
        offset = int(entry[:10])
        assert data[offset:].startswith(f"{number} 0 obj".encode())
    assert data.endswith(b"%%EOF\n")


def test_every_research_page_is_valid_html(client: Client, tmp_path: Path, topics: dict[str, Topic]) -> None:
    publication = PublicationFactory.create(title="Valid markup report", topics=[topics["privacy"]])
    urls = [RESEARCH_URL, f"{RESEARCH_URL}?type=novel", f"{RESEARCH_URL}{publication.slug}/"]
    pages = {url: client.get(url).content for url in urls}
    assert html_errors(pages, tmp_path) == []


def test_pagination_keeps_the_filters(client: Client, topics: dict[str, Topic]) -> None:
    publications_in_bulk(13, kind="study", topics=[topics["privacy"]])
    html = client.get(RESEARCH_URL, {"type": "study", "topic": "privacy"}).content.decode()
    assert 'href="?type=study&amp;topic=privacy&amp;page=2" rel="next"' in html


def test_an_untranslated_audience_reads_in_the_visitors_language_in_the_filter_and_on_the_page(client: Client) -> None:
    """Audiences are the resource gallery's: where editors have not translated one, the interface's name for it."""
    parents = AudienceFactory.create(name="Parents and carers", slug="parents")
    publication = PublicationFactory.create(audiences=[parents])
    with translation.override("de"):
        german = pgettext("vocabulary term", "Parents and carers")
    assert german != "Parents and carers"

    index = client.get("/de/portal/research/").content.decode()
    detail = client.get(f"/de/portal/research/{publication.slug}/").content.decode()

    assert f'<option value="parents">{german}</option>' in index
    assert f'?audience=parents">{german}</a>' in detail
    assert "Parents and carers" not in index + detail
