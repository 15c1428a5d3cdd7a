"""Demo knowledge hub (bik/demo/data/knowledge.yaml): the hub page, three explainers (one a guide to age assurance,
also in French), a glossary of twelve terms (three also in French) and forty policy documents across countries and
types.

Every document is demo data: plausible, but not an official citation — its summary says so and its source link
points at example.org. Idempotent: only what is missing is added."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from wagtail.models import Locale

from bik.demo.datafiles import demo_data
from bik.demo.registry import demo_ids, mark_demo
from bik.knowledge.models import (
    ExplainerPage,
    GlossaryTerm,
    KnowledgeHubPage,
    PolicyDocument,
    PolicyPillar,
)
from bik.pages.models import HomePage
from bik.pages.structure import index_page
from bik.resources.models import Topic


def load(home: HomePage, out: Any = None) -> None:
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    hub = index_page(KnowledgeHubPage, home)
    _explainers(hub)
    _glossary(english)
    added = _documents(english)
    if out is not None and added:
        glossary = len(demo_data("knowledge")["glossary"])
        out.write(f"Knowledge hub ready: {added} demo policy documents added, {glossary} glossary terms.")


def _explainers(hub: KnowledgeHubPage) -> list[ExplainerPage]:
    pages = []
    for explainer in demo_data("knowledge")["explainers"]:
        page: ExplainerPage | None = ExplainerPage.objects.child_of(hub).filter(slug=explainer["slug"]).first()
        if page is None:
            blocks = [_kind_and_text(block) for block in explainer["blocks"]]
            body = [(kind, {"text": text} if kind == "heading" else f"<p>{text}</p>") for kind, text in blocks]
            page = ExplainerPage(title=explainer["title"], slug=explainer["slug"], intro=explainer["intro"], body=body)
            hub.add_child(instance=page)
            mark_demo(page)
            page.save_revision().publish()
        pages.append(page)
    return pages


def _kind_and_text(block: dict[str, str]) -> tuple[str, str]:
    """A body block of an explainer as written in the data file: its kind and English text (and its French, `fr`)."""
    [(kind, text)] = [(kind, text) for kind, text in block.items() if kind != "fr"]
    return kind, text


def _french(explainer: dict[str, Any]) -> dict[str, str]:
    """An explainer's English texts and their French, for translate_page."""
    pairs = {explainer["title"]: explainer.get("title_fr"), explainer["intro"]: explainer.get("intro_fr")}
    pairs.update({_kind_and_text(block)[1]: block.get("fr") for block in explainer["blocks"]})
    return {english: french for english, french in pairs.items() if french}


def _glossary(english: Locale) -> dict[str, GlossaryTerm]:
    existing = {term.slug: term for term in GlossaryTerm.objects.filter(locale=english)}
    for entry in demo_data("knowledge")["glossary"]:
        slug = entry["slug"]
        if slug in existing:
            continue
        term = GlossaryTerm(
            term=entry["term"], slug=slug, variants=entry["variants"], definition=entry["definition"], locale=english
        )
        term.save()
        mark_demo(term)
        term.save_revision().publish()
        existing[slug] = term
    return existing


def _documents(english: Locale) -> int:
    existing = set(PolicyDocument.objects.filter(pk__in=demo_ids(PolicyDocument)).values_list("title", flat=True))
    pillars = {pillar.slug: pillar for pillar in PolicyPillar.objects.all()}
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=english)}
    data = demo_data("knowledge")
    added = 0
    for entry in data["documents"]:
        if entry["title"] in existing:
            continue
        country, year = entry["country"], entry["year"]
        document = PolicyDocument(
            title=entry["title"],
            summary=f"{entry['summary']}\n\n{data['demo_note']}",
            country=country,
            document_type=entry["type"],
            year=year,
            status=entry["status"],
            period_end=entry["ends"],
            language=entry["language"],
            responsible_entity=entry["responsible_entity"],
            source_url=f"https://example.org/demo-policy/{country.lower()}-{year}-{added + 1}",
            locale=english,
        )
        document.full_clean()
        document.save()
        mark_demo(document)
        document.pillars.set([pillars[slug] for slug in entry["pillars"]])
        document.topics.set([topics[slug] for slug in entry["topics"] if slug in topics])
        document.save_revision().publish()
        added += 1
    return added


def translate(home: HomePage, out: Any = None) -> None:
    """The guide to age assurance and three glossary terms in French: the French guide links the French terms.
    Called by the demo loader once the home page is translated (a page's translation needs its parent's)."""
    from bik.demo.services import translate_page

    french = Locale.objects.filter(language_code="fr").first()
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    if french is None:
        return
    hub = index_page(KnowledgeHubPage, home)
    explainers = _explainers(hub)
    terms = _glossary(english)
    data = demo_data("knowledge")
    for entry in data["glossary"]:
        term, words = terms.get(entry["slug"]), entry.get("fr")
        if term is None or words is None:
            continue
        if GlossaryTerm.objects.filter(translation_key=term.translation_key, locale=french).exists():
            continue
        translated = term.copy_for_translation(french)
        translated.term, translated.variants = words["term"], words["variants"]
        translated.definition = words["definition"]
        translated.save()
        translated.save_revision().publish()
    translate_page(hub, french, {hub.title: data["hub_title_fr"]})
    by_slug = {page.slug: page for page in explainers}
    for explainer in data["explainers"]:
        page, words = by_slug.get(explainer["slug"]), _french(explainer)
        if page is not None and words:
            translate_page(page, french, words)
