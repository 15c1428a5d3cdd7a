"""The image fields every illustrated record shares, and the rule that an image is described unless decorative."""

from __future__ import annotations

from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

ALT_TEXT_REQUIRED = _(
    "Describe the image for people who cannot see it, or tick “Decorative” if it adds nothing to the text."
)


class Illustrated(models.Model):
    """A record with one picture: a Wagtail image, its alternative text in this record (falling back to the
    description the image has in the library) and whether it is decorative (then announced as nothing)."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Shown in lists, on this page and when the page is shared."),
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Empty: the image's description in the library."
        ),
    )
    image_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Tick when the image adds nothing a reader needs; screen readers then skip it."),
    )

    class Meta:
        abstract = True

    @classmethod
    def image_panel(cls) -> MultiFieldPanel:
        return MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_decorative")], heading=_("Image")
        )

    image_fields: ClassVar[tuple[str, ...]] = ("image", "image_alt", "image_decorative")

    @property
    def picture_alt(self) -> str:
        """The alt attribute: empty for a decorative image, else this record's text or the library's."""
        if self.image_decorative or self.image is None:
            return ""
        return str(self.image_alt or self.image.description or "")

    def clean(self) -> None:
        super().clean()
        check_alt_text(self.image, self.image_alt, decorative=self.image_decorative)


def check_alt_text(image: Any, alt: str, *, decorative: bool, field: str = "image_alt") -> None:
    """ValidationError on `field` when an image is chosen without any description and is not decorative."""
    if image is None or decorative or alt.strip() or str(getattr(image, "description", "") or "").strip():
        return
    raise ValidationError({field: ALT_TEXT_REQUIRED}, code="alt_text_required")


# What the illustrated models inherit. Wagtail ships no type information, so mypy sees the models built on Page
# or ClusterableModel as deriving from Any; a typed base among theirs would make them half-typed (managers and
# related managers django-stubs cannot resolve), so the mixin is Any to the type checker as well.
IllustratedBase: Any = Illustrated
