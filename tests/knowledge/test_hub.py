"""The knowledge hub: reached from the home page, its explainers link the glossary's terms in their own language
(first occurrence only, never inside links or headings), the glossary lists the terms A to Z, and a change to a
document or a term replaces the cached pages."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.knowledge.glossary import LinkedTerm, link_terms
from bik.knowledge.models import ExplainerPage, GlossaryTerm
from tests.conftest import AfterCommit
from tests.factories.knowledge import (
    ExplainerPageFactory,
    GlossaryTermFactory,
    PolicyDocumentFactory,
    translate_glossary_term,
)
from tests.factories.pages import translate

TERMS = [
    LinkedTerm("age-assurance", "age assurance", "Finding out a user's age.", ("age assurance",)),
    LinkedTerm("age", "age", "How old someone is.", ("age",)),
    LinkedTerm("flagger", "trusted flagger", "An expert reporter.", ("trusted flagger", "trusted flaggers")),
]


def test_the_first_occurrence_of_each_term_is_linked_and_described_by_its_definition() -> None:
    html = "<p>Age assurance matters. More age assurance later.</p><p>Ask trusted flaggers.</p>"

    linked, terms = link_terms(html, TERMS, "/en/knowledge/glossary/")

    assert linked.count("glossary-link") == 2
    assert (
        '<a class="glossary-link" href="/en/knowledge/glossary/#term-age-assurance" '
        'aria-describedby="definition-age-assurance">Age assurance</a> matters' in linked
    )
    assert "More age assurance later" in linked
    assert ">trusted flaggers</a>" in linked
    assert [term.slug for term in terms] == ["age-assurance", "flagger"]


def test_links_headings_and_parts_of_words_are_left_alone() -> None:
    html = '<h2>Age assurance</h2><p><a href="/x">age assurance</a> and page ages, then age.</p>'

    linked, terms = link_terms(html, TERMS, "/g/")

    assert "<h2>Age assurance</h2>" in linked
    assert '<a href="/x">age assurance</a>' in linked
    assert "page ages" in linked
    last = 'then <a class="glossary-link" href="/g/#term-age" aria-describedby="definition-age">age</a>.</p>'
    assert linked.endswith(last)
    assert [term.slug for term in terms] == ["age"]


GUIDE_TEXT = "Age assurance is the umbrella term for the ways an online service finds out how old a user is."
GUIDE_TEXT_FR = "L’assurance de l’âge désigne l’ensemble des moyens de savoir l’âge d’un utilisateur."


@pytest.fixture
def glossary(db: None) -> dict[str, GlossaryTerm]:
    """Three terms by slug: "age assurance", also in French, "trusted flagger" and "default settings"."""
    age_assurance = GlossaryTermFactory.create(term="age assurance", definition="Finding out how old a user is.")
    translate_glossary_term(age_assurance, "fr", "assurance de l’âge", "Savoir l’âge d’un utilisateur.")
    terms = [
        age_assurance,
        GlossaryTermFactory.create(
            term="trusted flagger", definition="An expert reporter.", variants="trusted flaggers"
        ),
        GlossaryTermFactory.create(term="default settings", definition="The settings before any change."),
    ]
    return {term.slug: term for term in terms}


@pytest.fixture
def explainers(db: None) -> dict[str, ExplainerPage]:
    """Two explainers by slug: a guide to age assurance, also in French, and one on safety by design in English
    only (under the French prefix it is the English page's alias)."""
    guide = ExplainerPageFactory.create(
        title="A guide to age assurance", slug="age-assurance", body=[("paragraph", f"<p>{GUIDE_TEXT}</p>")]
    )
    translate(guide, "fr", {"A guide to age assurance": "Guide de l’assurance de l’âge", GUIDE_TEXT: GUIDE_TEXT_FR})
    safety = ExplainerPageFactory.create(
        title="Safety by design for platforms used by children",
        slug="safety-by-design-for-platforms",
        body=[("paragraph", "<p>Most users never change their default settings.</p>")],
    )
    return {page.slug: page for page in (guide, safety)}


@pytest.mark.django_db
def test_from_the_home_page_a_visitor_reaches_the_hub_its_explainers_and_documents(client: Client) -> None:
    ExplainerPageFactory.create(title="A guide to age assurance")
    home = client.get("/en/").content.decode()
    assert 'href="/en/knowledge/"' in home

    hub = client.get("/en/knowledge/").content.decode()

    assert "A guide to age assurance" in hub
    assert 'href="/en/knowledge/documents/"' in hub
    assert 'href="/en/knowledge/glossary/"' in hub
    assert 'href="/en/knowledge/documents/?pillar=participation"' in hub


@pytest.mark.usefixtures("glossary", "explainers")
def test_an_explainer_links_glossary_terms_with_their_definitions_on_the_page(client: Client) -> None:
    html = client.get("/en/knowledge/age-assurance/").content.decode()

    assert html.count('href="/en/knowledge/glossary/#term-age-assurance"') == 2  # in the text and the list
    assert 'aria-describedby="definition-age-assurance">Age assurance</a>' in html
    assert '<dd id="definition-age-assurance">' in html
    assert "Terms on this page" in html


@pytest.mark.usefixtures("glossary", "explainers")
def test_the_french_explainer_links_the_french_terms(client: Client) -> None:
    html = client.get("/fr/knowledge/age-assurance/").content.decode()

    assert 'aria-describedby="definition-age-assurance">assurance de l’âge</a>' in html
    assert 'href="/fr/knowledge/glossary/#term-age-assurance"' in html
    # An untranslated explainer falls back to English text and English terms, under the French prefix.
    english_text = client.get("/fr/knowledge/safety-by-design-for-platforms/").content.decode()
    assert 'href="/fr/knowledge/glossary/#term-default-settings"' in english_text


@pytest.mark.usefixtures("glossary")
def test_the_glossary_lists_the_terms_a_to_z_in_the_readers_language(client: Client) -> None:
    english = client.get("/en/knowledge/glossary/").content.decode()
    french = client.get("/fr/knowledge/glossary/").content.decode()

    assert english.index('id="term-age-assurance"') < english.index('id="term-trusted-flagger"')
    assert 'href="#letter-A"' in english
    assert 'id="letter-T"' in english
    assert "<dfn>assurance de l’âge</dfn>" in french
    assert "<dfn>trusted flagger</dfn>" in french  # English where a term is not translated


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache_on")
def test_publishing_a_document_replaces_the_cached_hub_and_list(client: Client, after_commit: AfterCommit) -> None:
    urls = ["/en/knowledge/", "/en/knowledge/documents/"]
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"

    with after_commit():
        PolicyDocumentFactory.create(title="Published a moment ago", year=2099)

    for url in urls:
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert "Published a moment ago" in response.content.decode()
