"""Which rows are demo content is kept in the demo's registry, not in production tables: what the demo makes is
recorded (pages under their own page model, translations and aliases too), what anyone else makes is not, and
loading the demo again makes nothing twice."""

from __future__ import annotations

import pytest
from django.apps import apps
from wagtail.models import Locale, Page

from bik.bulletin.models import BulletinIndexPage
from bik.demo.models import DemoRecord
from bik.demo.registry import demo_ids, forget_deleted, is_demo, mark_demo, mark_translations
from bik.demo.services import load_demo
from bik.network.models import Centre
from bik.news.models import ArticlePage
from bik.pages.models import HomePage, SectionPage
from bik.resources.models import Resource
from tests.resources.helpers import add_resource

pytestmark = pytest.mark.django_db


def test_no_production_table_carries_a_demo_column() -> None:
    with_column = [model._meta.label for model in apps.get_models() if hasattr(model, "is_demo")]

    assert with_column == []


def test_what_the_demo_made_is_demo_and_what_others_make_is_not() -> None:
    made_here = add_resource("A resource an editor wrote")

    assert is_demo(Centre.objects.get(country="BE"))
    assert Resource.objects.filter(pk__in=demo_ids(Resource)).count() >= 60
    assert not is_demo(made_here)
    assert made_here.pk not in set(demo_ids(Resource))


def test_marking_records_a_row_once_whatever_form_it_comes_in() -> None:
    first, second, third = (add_resource(f"Marked resource {number}") for number in range(3))
    before = DemoRecord.objects.count()

    mark_demo(first)
    mark_demo(first)
    mark_demo(Resource.objects.filter(pk=second.pk))
    mark_demo([second, third])

    assert DemoRecord.objects.count() == before + 3
    assert all(is_demo(row) for row in (first, second, third))


def test_a_page_is_recorded_under_its_own_model_and_found_through_the_models_it_is_built_on() -> None:
    archive = BulletinIndexPage.objects.get(locale__language_code="en")
    mark_demo(archive)  # the archive is the site's structure, not demo: marked here as a demo page would be
    record = DemoRecord.objects.get(object_id=archive.pk, content_type__model="bulletinindexpage")

    assert record.content_type.model_class() is BulletinIndexPage
    assert is_demo(Page.objects.get(pk=archive.pk))
    assert archive.pk in set(demo_ids(SectionPage))
    assert archive.pk in set(demo_ids(Page))
    assert archive.pk not in set(demo_ids(HomePage))


def test_translations_and_aliases_of_demo_rows_are_demo_too() -> None:
    article = ArticlePage.objects.filter(locale__language_code="en", pk__in=demo_ids(ArticlePage)).first()
    assert article is not None
    polish_article = ArticlePage.objects.get(translation_key=article.translation_key, locale__language_code="pl")
    original = add_resource("A resource the demo will claim")
    french = original.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save()
    mark_demo(original)

    added = mark_translations()

    assert polish_article.alias_of_id == article.pk
    assert is_demo(polish_article)
    assert added == 1
    assert is_demo(french)


def test_records_of_deleted_rows_are_forgotten() -> None:
    resource = add_resource("A demo resource an editor deletes")
    mark_demo(resource)
    pk = resource.pk
    resource.delete()

    assert forget_deleted() == 1
    assert not DemoRecord.objects.filter(object_id=pk, content_type__model="resource").exists()


def test_loading_the_demo_again_makes_nothing_twice() -> None:
    models = [DemoRecord, Page, Resource, Centre]
    before = {model: model.objects.count() for model in models}

    load_demo()

    assert {model: model.objects.count() for model in models} == before
