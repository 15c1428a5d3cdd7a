"""{% picture %}: responsive renditions in WebP with a fallback, sized so nothing shifts, lazy below the fold;
a drawn cover for a record without an image."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import pytest
from django.template import Context, Template

from bik.pictures.rendering import cover_look
from tests.factories.images import ImageFactory
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db


def _render(record: Any, arguments: str = '"card"') -> str:
    return Template("{% load pictures %}{% picture record " + arguments + " %}").render(Context({"record": record}))


def _record(**fields: Any) -> Any:
    image = ImageFactory.create()  # 1200 by 675, as the site's pictures are
    values = {"image": image, "picture_alt": "Illustration: a shield", **fields}
    return SimpleNamespace(**values)


def test_a_card_picture_offers_two_widths_in_webp_and_jpeg() -> None:
    html = _render(_record())

    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', html)
    assert webp is not None
    assert re.findall(r"\.webp (\d+)w", webp.group(1)) == ["400", "800"]
    fallback = re.search(r'<img src="[^"]+\.jpg" srcset="([^"]+)"', html)
    assert fallback is not None
    assert re.findall(r"\.jpg (\d+)w", fallback.group(1)) == ["400", "800"]
    assert 'sizes="' in html


def test_width_and_height_are_set_from_the_largest_rendition() -> None:
    html = _render(_record())

    assert 'width="800" height="450"' in html


def test_pictures_below_the_fold_load_lazily_and_the_hero_at_once() -> None:
    card = _render(_record())
    hero = _render(_record(), '"hero" eager=True')

    assert 'loading="lazy"' in card
    assert "fetchpriority" not in card
    assert 'loading="eager" fetchpriority="high"' in hero
    assert 'width="1200" height="675"' in hero


def test_alt_text_is_the_records_and_empty_when_decorative() -> None:
    assert 'alt="Illustration: a shield"' in _render(_record())
    assert 'alt=""' in _render(_record(picture_alt=""))


def test_an_image_with_transparency_falls_back_to_png() -> None:
    from bik.pictures.rendering import specs

    image = SimpleNamespace(file=SimpleNamespace(name="original_images/logo.png"))

    assert specs(image, "card")[-1].endswith("|format-png")


def test_a_record_without_an_image_gets_a_drawn_cover_never_a_blank_box() -> None:
    resource = ResourceFactory.create(title="A tip sheet without a picture")
    assert resource.image is None
    resource.display_types = [SimpleNamespace(slug="tip-sheet")]
    resource.display_topics = [SimpleNamespace(slug="cyberbullying")]

    html = _render(resource)

    assert html.startswith("<svg")
    assert 'aria-hidden="true"' in html
    assert 'data-motif="bulb"' in html  # a tip sheet
    assert html.count("<circle") + html.count("<rect") + html.count("<polygon") >= 4


def test_covers_follow_type_and_topic_and_are_the_same_every_time() -> None:
    lesson = SimpleNamespace(_meta=SimpleNamespace(label_lower="resources.resource"), slug="a")
    lesson.display_types = [SimpleNamespace(slug="lesson-plan")]
    lesson.display_topics = [SimpleNamespace(slug="gaming")]
    game = SimpleNamespace(**{**vars(lesson), "display_types": [SimpleNamespace(slug="educational-game")]})

    assert cover_look(lesson).motif == "book"
    assert cover_look(game).motif == "game"
    assert cover_look(lesson) == cover_look(lesson)
    assert cover_look(lesson).background == cover_look(game).background  # the topic chooses the colours
