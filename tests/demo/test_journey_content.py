"""The demo content makes the visitors' journeys work: Italian resources for parents of 9-12 year-olds, a
module and a meeting in every national youth space, age groups that agree with audiences, and the information
pages titled and introduced in French and German."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from bik.demo.registry import demo_ids
from bik.moderation.models import ModeratedItem, Report, Status
from bik.resources.models import Resource
from bik.youth.models import LearningModule, Meeting, Space

pytestmark = pytest.mark.django_db

CHILD_AGES = {"0-5", "6-8", "9-12"}
TEEN_AGES = {"13-15", "16-18"}


def test_an_italian_parent_finds_italian_resources_for_9_to_12_year_olds(client: Client) -> None:
    html = client.get("/it/portal/resources/", {"language": "it", "age": "9-12", "audience": "parents"}).content
    titles = re.findall(r'class="resource-item__title"><a href="[^"]+" lang="it">', html.decode())
    assert len(titles) >= 3


def test_age_groups_agree_with_audiences() -> None:
    disagreeing = []
    for resource in Resource.objects.filter(pk__in=demo_ids(Resource), is_original=True).prefetch_related(
        "age_groups", "audiences"
    ):
        ages = {term.slug for term in resource.age_groups.all()}
        audiences = {term.slug for term in resource.audiences.all()}
        young = audiences & {"children", "teenagers"}
        if young == {"children"} and not ages <= CHILD_AGES:
            disagreeing.append(resource.title)
        if young == {"teenagers"} and not ages <= TEEN_AGES:
            disagreeing.append(resource.title)
        if young and "adults" in ages:
            disagreeing.append(resource.title)
        assert ages, resource.title
    assert not disagreeing


def test_every_national_youth_space_has_a_module_and_an_upcoming_meeting() -> None:
    national = Space.objects.exclude(country="")
    assert national.count() >= 6
    for space in national:
        assert LearningModule.objects.filter(space=space).exists(), space.title
        assert Meeting.objects.filter(space=space, starts_at__gte=timezone.now()).exists(), space.title


@pytest.mark.parametrize("language", ["fr", "de"])
@pytest.mark.parametrize("slug", ["portal", "community", "youth", "bulletin", "safer-internet-day"])
def test_information_pages_have_their_own_title_and_introduction(language: str, slug: str) -> None:
    english_page = Page.objects.get(slug=slug, locale__language_code="en", depth=3)
    translated = Page.objects.get(translation_key=english_page.translation_key, locale__language_code=language)
    assert translated.alias_of_id is None, "a translation, not the English page aliased"
    english_intro = getattr(english_page.specific, "intro", "")
    translated_intro = getattr(translated.specific, "intro", "")
    # Some names stay as they are ("BIK Community" in German); the introduction is always the language's own.
    assert (translated.title, translated_intro) != (english_page.title, english_intro)
    assert translated_intro != english_intro or not english_intro


def test_a_reported_demo_item_waits_from_its_report_not_from_when_it_was_written() -> None:
    reported = ModeratedItem.objects.filter(status=Status.PUBLISHED, reports__status=Report.State.OPEN).distinct()
    assert reported.exists()
    for item in reported:
        first_report = min(report.created_at for report in item.reports.all())
        assert item.queued_at >= first_report, item.pk
        assert item.queued_at > item.created_at, item.pk
