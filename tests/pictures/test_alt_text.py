"""An image is described for people who cannot see it, unless the editor marks it decorative."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from wagtail.admin.panels import get_edit_handler

from bik.bulletin.models import BulletinIssuePage
from bik.events.models import Event
from bik.guide.models import OnlineService
from bik.network.models import Centre
from bik.news.models import ArticlePage
from bik.pictures.models import ALT_TEXT_REQUIRED
from bik.resources.models import Resource
from bik.sid.models import Edition
from bik.videos.models import Video
from tests.factories.bulletin import BulletinIssuePageFactory
from tests.factories.events import EventFactory
from tests.factories.guide import OnlineServiceFactory
from tests.factories.images import ImageFactory
from tests.factories.news import ArticleFactory
from tests.factories.resources import ResourceFactory
from tests.factories.videos import VideoFactory

pytestmark = pytest.mark.django_db

ILLUSTRATED = [ArticlePage, Resource, Video, OnlineService, Event, BulletinIssuePage, Centre, Edition]


def _undescribed_image() -> Any:
    return ImageFactory.create(title="Nobody described me", description="")


def _edition(image: Any) -> Edition:
    return Edition.objects.create(number=1, year=2027, date=dt.date(2027, 2, 9), theme="Together", image=image)


# A record of each illustrated model, showing a described picture.
MADE_WITH_AN_IMAGE: dict[type[Any], Callable[[Any], Any]] = {
    ArticlePage: lambda image: ArticleFactory.create(image=image, aliases=False),
    Resource: lambda image: ResourceFactory.create(image=image),
    Video: lambda image: VideoFactory.create(image=image),
    OnlineService: lambda image: OnlineServiceFactory.create(image=image),
    Event: lambda image: EventFactory.create(image=image),
    BulletinIssuePage: lambda image: BulletinIssuePageFactory.create(image=image, aliases=False),
    Centre: lambda image: Centre.objects.get(country="BE"),  # every centre has its picture
    Edition: _edition,
}


def test_a_centre_with_an_undescribed_image_is_refused() -> None:
    centre = Centre.objects.get(country="BE")
    centre.image, centre.image_alt, centre.image_decorative = _undescribed_image(), "", False

    with pytest.raises(ValidationError) as refused:
        centre.full_clean()

    assert refused.value.message_dict["image_alt"] == [str(ALT_TEXT_REQUIRED)]


def test_alt_text_written_for_the_record_is_enough() -> None:
    centre = Centre.objects.get(country="BE")
    centre.image, centre.image_alt, centre.image_decorative = _undescribed_image(), "Staff at a school visit", False

    centre.full_clean()

    assert centre.picture_alt == "Staff at a school visit"


def test_a_decorative_image_needs_no_text_and_is_announced_as_nothing() -> None:
    centre = Centre.objects.get(country="BE")
    centre.image, centre.image_alt, centre.image_decorative = _undescribed_image(), "", True

    centre.full_clean()

    assert centre.picture_alt == ""


def test_the_description_in_the_image_library_is_the_default_alt_text() -> None:
    centre = Centre.objects.get(country="BE")
    centre.image = ImageFactory.create(description="Illustration: a green field")
    centre.image_alt, centre.image_decorative = "", False

    centre.full_clean()

    assert centre.picture_alt == "Illustration: a green field"


@pytest.mark.parametrize("model", ILLUSTRATED, ids=lambda model: model.__name__)
def test_every_illustrated_record_refuses_an_undescribed_image(model: type[Any]) -> None:
    record = MADE_WITH_AN_IMAGE[model](ImageFactory.create())
    assert isinstance(record, model)
    assert record.image is not None
    record.image, record.image_alt, record.image_decorative = _undescribed_image(), "", False

    with pytest.raises(ValidationError) as refused:
        record.clean()

    assert "image_alt" in refused.value.message_dict


@pytest.mark.parametrize("model", ILLUSTRATED, ids=lambda model: model.__name__)
def test_editors_forms_offer_the_image_its_alt_text_and_decorative(model: type[Any]) -> None:
    form_class = get_edit_handler(model).get_form_class()

    assert {"image", "image_alt", "image_decorative"} <= set(form_class.base_fields)


def test_the_admin_form_shows_the_error_beside_the_alt_text_field() -> None:
    centre = Centre.objects.get(country="FR")
    form_class = get_edit_handler(Centre).get_form_class()
    data = {
        "country": "FR",
        "name": centre.name,
        "website": centre.website,
        "summary": centre.summary,
        "is_active": "on",
        "image": str(_undescribed_image().pk),
        "image_alt": "",
        "services-TOTAL_FORMS": "0",
        "services-INITIAL_FORMS": "0",
        "services-MIN_NUM_FORMS": "0",
        "services-MAX_NUM_FORMS": "1000",
    }

    form = form_class(data, instance=centre, for_user=None)

    assert not form.is_valid()
    assert form.errors["image_alt"] == [str(ALT_TEXT_REQUIRED)]
    data["image_decorative"] = "on"
    assert form_class(data, instance=Centre.objects.get(country="FR"), for_user=None).is_valid()
