"""The knowledge hub: policy documents (drafted, published and translated as editors do, and many at once for the
list's query counts), the glossary's terms, and the explainers below the hub page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from bik.caching.pages import content_changed
from bik.knowledge.models import (
    DocumentType,
    ExplainerPage,
    GlossaryTerm,
    KnowledgeHubPage,
    PolicyDocument,
    PolicyPillar,
)
from bik.resources.models import Topic
from tests.factories.pages import PageFactory


class PolicyDocumentFactory(DjangoModelFactory[PolicyDocument]):
    """A live English law of Ireland, adopted in 2025 and in force, written in English by "Test ministry", with a
    source link of its own, of no pillar or topic: `pillars=["protection", …]` (PolicyPillar slugs) and
    `topics=[…]` (resource topics) tag it, `publish=False` leaves it a draft. It is checked as the admin checks it
    (`full_clean`)."""

    class Meta:
        model = PolicyDocument

    title = factory.Sequence(lambda number: f"Policy document {number}")
    summary = "What the document does."
    country = "IE"
    document_type = DocumentType.LAW
    year = 2025
    language = "en"
    responsible_entity = "Test ministry"
    source_url = factory.Sequence(lambda number: f"https://policy.bik.example/{number}")
    locale = factory.LazyFunction(Locale.get_default)

    @classmethod
    def _create(cls, model_class: type[PolicyDocument], *args: Any, **kwargs: Any) -> PolicyDocument:
        publish: bool = kwargs.pop("publish", True)
        pillars: Iterable[str] = kwargs.pop("pillars", ())
        topics: Iterable[Topic] = kwargs.pop("topics", ())
        document = model_class(*args, live=False, **kwargs)
        document.pillars = list(PolicyPillar.objects.filter(slug__in=list(pillars)))
        document.topics = list(topics)
        document.full_clean()
        document.save()
        revision = document.save_revision()
        if publish:
            revision.publish()
            document.refresh_from_db()
        return document


def translate_document(document: PolicyDocument, language: str, title: str) -> PolicyDocument:
    """`document`'s published translation into `language`, titled `title` (it lends its text to the original)."""
    translation = document.copy_for_translation(Locale.objects.get(language_code=language))
    translation.title = title
    translation.save()
    translation.save_revision().publish()
    return translation


def documents_in_bulk(
    count: int,
    *,
    prefix: str = "Bulk policy",
    pillars: Iterable[str] = (),
    topics: Iterable[Topic] = (),
    **fields: Any,
) -> list[PolicyDocument]:
    """`count` live English guidelines ("Bulk policy 0000", …) of years 2000 to 2019, with PolicyDocumentFactory's
    other defaults and `fields`, tagged with the pillars of slugs `pillars` and with `topics`, in a handful of
    queries (no revisions): enough to fill the list's pages."""
    documents: list[PolicyDocument] = PolicyDocument.objects.bulk_create(
        PolicyDocumentFactory.build(
            title=f"{prefix} {number:04d}",
            document_type=DocumentType.GUIDELINE,
            year=2000 + number % 20,
            live=True,
            **fields,
        )
        for number in range(count)
    )
    for relation, terms in (
        ("pillars", list(PolicyPillar.objects.filter(slug__in=list(pillars)))),
        ("topics", list(topics)),
    ):
        through = getattr(PolicyDocument, relation).through
        target = f"{type(terms[0])._meta.model_name}_id" if terms else ""
        through.objects.bulk_create(
            [through(policydocument_id=document.pk, **{target: term.pk}) for document in documents for term in terms]
        )
    # Rows written behind the signals' back: the site is told of the change as a save would tell it.
    content_changed(sender=PolicyDocument)
    return documents


class GlossaryTermFactory(DjangoModelFactory[GlossaryTerm]):
    """A published English glossary term, its slug made from it, with a definition and no other forms
    (`variants="…, …"` adds some)."""

    class Meta:
        model = GlossaryTerm

    term = factory.Sequence(lambda number: f"term {number}")
    slug = factory.LazyAttribute(lambda entry: slugify(entry.term))
    definition = "What the term means."
    variants = ""
    locale = factory.LazyFunction(Locale.get_default)

    @classmethod
    def _create(cls, model_class: type[GlossaryTerm], *args: Any, **kwargs: Any) -> GlossaryTerm:
        entry = model_class(*args, live=False, **kwargs)
        entry.save()
        entry.save_revision().publish()
        entry.refresh_from_db()
        return entry


def translate_glossary_term(
    entry: GlossaryTerm, language: str, term: str, definition: str, variants: str = ""
) -> GlossaryTerm:
    """`entry`'s published translation into `language`: `term`, its `definition` and other forms (its slug stays
    the English one's)."""
    translation: GlossaryTerm = entry.copy_for_translation(Locale.objects.get(language_code=language))
    translation.term, translation.definition, translation.variants = term, definition, variants
    translation.save()
    translation.save_revision().publish()
    return translation


class ExplainerPageFactory(PageFactory):
    """An explainer below the knowledge hub: an introduction and a paragraph (`body=[("paragraph", "<p>…</p>"),
    ("heading", {"text": "…"})]` gives it other text)."""

    class Meta:
        model = ExplainerPage

    _parent_model = KnowledgeHubPage

    intro = "An introduction."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>An explainer.</p>")])
