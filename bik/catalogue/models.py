"""The vocabularies every collection is tagged with: abstract bases, so each domain keeps its own tables."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


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
