"""Demo news (bik/demo/data/news.yaml): topics and audiences (in English, French and German), sections and authors
for the core demo articles, and more articles written for the project so every section, topic and audience filter
shows results. Core and added articles together fill exactly one page of the news index (12), so the oldest stays
on it. Idempotent: it only adds what is missing and never changes an article an editor has classified."""

from __future__ import annotations

from typing import Any

from wagtail.models import Locale
from wagtail.rich_text import RichText

from bik.catalogue.models import Term
from bik.demo.datafiles import demo_data
from bik.demo.registry import demo_ids, mark_demo
from bik.network.models import Centre
from bik.news.models import ArticlePage, Audience, NewsIndexPage, Section, Topic
from bik.pages.models import HomePage
from bik.pictures import demo as pictures

DATA = demo_data("news")
# slug: (English, then each language of TRANSLATED_LANGUAGES)
TOPICS: dict[str, tuple[str, ...]] = {slug: tuple(names) for slug, names in DATA["topics"].items()}
AUDIENCES: dict[str, tuple[str, ...]] = {slug: tuple(names) for slug, names in DATA["audiences"].items()}
TRANSLATED_LANGUAGES: tuple[str, ...] = tuple(DATA["translated"])


def _log(out: Any, message: str) -> None:
    if out is not None:
        out.write(message)


def _ensure_terms(model: type[Term], terms: dict[str, tuple[str, ...]]) -> dict[str, Term]:
    english = Locale.get_default()
    others = {code: Locale.objects.filter(language_code=code).first() for code in TRANSLATED_LANGUAGES}
    by_slug: dict[str, Term] = {}
    for slug, names in terms.items():
        term = model.objects.filter(slug=slug, locale=english).first()
        if term is None:
            term = model.objects.create(slug=slug, name=names[0], locale=english)
            mark_demo(term)
        by_slug[slug] = term
        for position, code in enumerate(TRANSLATED_LANGUAGES, start=1):
            locale = others[code]
            if locale is None or model.objects.filter(translation_key=term.translation_key, locale=locale).exists():
                continue
            translation = term.copy_for_translation(locale)
            translation.name = names[position]
            translation.save()
    return by_slug


def _classify(
    article: ArticlePage,
    entry: dict[str, Any],
    topics: dict[str, Term],
    audiences: dict[str, Term],
    centres: dict[str, Centre],
) -> None:
    """Gives `article` the section, topics, audiences, author and centre of its data `entry`, and publishes it."""
    section = Section(entry["section"])
    article.section = section
    article.topics.set([topics[slug] for slug in entry["topics"]])
    article.audiences.set([audiences[slug] for slug in entry["audiences"]])
    article.author_name = entry.get("author", "")
    article.author_centre = centres.get(entry.get("centre", ""))
    if article.image is None:
        article.image = pictures.picture_for(section, article.slug)
    article.save_revision().publish()


def load(home: HomePage, out: Any = None) -> None:
    index = NewsIndexPage.objects.child_of(home).filter(slug="news").first()
    if index is None:
        return
    topics = _ensure_terms(Topic, TOPICS)
    audiences = _ensure_terms(Audience, AUDIENCES)
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    existing = {article.slug: article for article in ArticlePage.objects.child_of(index)}
    demo_articles = set(demo_ids(ArticlePage))

    for entry in DATA["articles"]:
        article = existing.get(entry["slug"])
        if article is None or article.pk not in demo_articles or article.topics.exists():
            continue
        _classify(article, entry, topics, audiences, centres)

    added = 0
    for entry in DATA["more_articles"]:
        if entry["slug"] in existing:
            continue
        article = ArticlePage(
            slug=entry["slug"],
            title=entry["title"],
            date=entry["date"],
            intro=entry["intro"],
            body=[("paragraph", RichText(entry["body_html"]))],
        )
        index.add_child(instance=article)
        mark_demo(article)
        _classify(article, entry, topics, audiences, centres)
        added += 1
    _log(out, f"News demo ready ({added} articles added, {len(topics)} topics, {len(audiences)} audiences).")
