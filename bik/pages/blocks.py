from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "title"
        template = "pages/blocks/heading.html"


class LinkCardBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=300)


class LinkCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    cards = blocks.ListBlock(LinkCardBlock(), label=_("Cards"))

    class Meta:
        icon = "list-ul"
        template = "pages/blocks/link_cards.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    image = ImageBlock(label=_("Image"))
    cards = LinkCardsBlock()
