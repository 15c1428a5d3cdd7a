"""What every collection's models share: the records editors draft, revise and translate, and the vocabularies
they are tagged with. Abstract bases, so each domain keeps its own tables."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


def synchronized(*names: str) -> list[SynchronizedField]:
    """The fields a translation copies from its original and keeps in step with it (slugs, dates, terms, …)."""
    return [SynchronizedField(name) for name in names]


def record_search_fields(
    title: str, *text: str, boost: int = 3, autocomplete: bool = False, filters: tuple[str, ...] = ()
) -> list[index.BaseField]:
    """A record's search fields: its `title` (weighted by `boost`, completed as typed with `autocomplete`) and
    `text`, searched; `live` and `locale_id`, which every list and the site search filter on, and the
    collection's own `filters`."""
    return [
        index.SearchField(title, boost=boost),
        *(index.SearchField(name) for name in text),
        *([index.AutocompleteField(title)] if autocomplete else []),
        *(index.FilterField(name) for name in ("live", "locale_id", *filters)),
    ]


class Record(index.Indexed, DraftStateMixin, RevisionMixin, TranslatableMixin):
    """A record of a collection that editors draft, publish, revise and translate as a snippet (an event, a
    publication, a video, …). Each declares `_revisions = GenericRelation("wagtailcore.Revision", …)` with its own
    query name, so deleting a record deletes its revisions; `revisions` reads that relation.

    Indexed comes first so that its system check of the search fields stays in the chain of `check()` calls
    (after Model, which does not call on, it would be skipped)."""

    _revisions: Any
    # The field that names the record in the admin and in lists.
    name_field: ClassVar[str] = "title"

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def __str__(self) -> str:
        return str(getattr(self, self.name_field))

    @property
    def revisions(self) -> Any:
        return self._revisions


class Term(TranslatableMixin, models.Model):
    """A term editors manage and translate; its slug is shared by every translation, so filter and feed URLs
    are the same in every language. Listed by name (see Vocabulary for terms in an editors' order)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in addresses; the same in every language."))

    panels: ClassVar[list[Any]] = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields: ClassVar[list[Any]] = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ("name",)

    def __str__(self) -> str:
        return str(self.name)


class Vocabulary(Term):
    """A term in the order its editors give (then by name)."""

    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels: ClassVar[list[Any]] = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    override_translatable_fields: ClassVar[list[Any]] = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(Term.Meta):
        abstract = True
        ordering = ("sort_order", "name")  # type: ignore[assignment]
