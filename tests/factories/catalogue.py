"""The terms of the catalogues' vocabularies (topics, audiences, age groups, …): `TermFactory` is the base of
each domain's (a subclass names its model), `translate_term` a term's translation into another language."""

from __future__ import annotations

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from bik.catalogue.models import Term


class TermFactory(DjangoModelFactory[Term]):
    """An English term; its slug follows its name. Asking again for a slug gives the term already made."""

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda number: f"Term {number}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))
    locale = factory.LazyFunction(Locale.get_default)


def translate_term(term: Term, language: str, name: str) -> Term:
    """`term`'s translation into `language`, named `name` (its slug stays the English one's)."""
    translation: Term = term.copy_for_translation(Locale.objects.get(language_code=language))
    translation.name = name
    translation.save()
    return translation
