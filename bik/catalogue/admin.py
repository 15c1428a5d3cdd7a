"""How the editors' admin lists every collection's vocabularies: the same columns and search for each."""

from __future__ import annotations

from typing import ClassVar

from wagtail.snippets.views.snippets import SnippetViewSet

from bik.catalogue.models import Term, Vocabulary


class TermViewSet(SnippetViewSet):
    icon = "tag"
    list_display: ClassVar[tuple[str, ...]] = ("name", "slug", "locale")
    search_fields = ("name",)


class VocabularyViewSet(TermViewSet):
    """Terms in the editors' order show that order beside each name."""

    list_display: ClassVar[tuple[str, ...]] = ("name", "slug", "sort_order", "locale")


def vocabulary_viewset(model: type[Term], icon: str = "tag") -> type[TermViewSet]:
    """The admin's listing of the terms of `model`, for a collection's menu group."""
    base = VocabularyViewSet if issubclass(model, Vocabulary) else TermViewSet
    return type(f"{model.__name__}ViewSet", (base,), {"model": model, "icon": icon, "__module__": model.__module__})
