"""Which rows are demo content is kept in the demo's registry, not in production tables: what the demo makes is
recorded (pages under their own page model, translations and aliases too), what anyone else makes is not, and
loading the demo again makes nothing twice."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.db.models.signals import post_delete
from wagtail.models import Locale, Page

from bik.bulletin.models import BulletinIndexPage
from bik.demo.models import DemoRecord
from bik.demo.registry import demo_ids, forget_deleted, is_demo, mark_demo, mark_translations
from bik.demo.services import load_demo
from bik.network.models import Centre
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
    record = DemoRecord.objects.get(object_id=archive.pk, content_type__model="bulletinindexpage")

    assert record.content_type.model_class() is BulletinIndexPage
    assert is_demo(Page.objects.get(pk=archive.pk))
    assert archive.pk in set(demo_ids(SectionPage))
    assert archive.pk in set(demo_ids(Page))
    assert archive.pk not in set(demo_ids(HomePage))


def test_translations_and_aliases_of_demo_rows_are_demo_too() -> None:
    polish_home = HomePage.objects.get(locale__language_code="pl")  # an alias of the English home page
    original = add_resource("A resource the demo will claim")
    french = original.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save()
    mark_demo(original)

    added = mark_translations()

    assert is_demo(polish_home)
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


def test_the_bulletin_archive_is_made_in_its_place_in_the_menu_and_nothing_is_made_to_be_deleted() -> None:
    """Made first as a plain section and then replaced, the page left the task worker search-index and
    reference-index tasks for a page that no longer existed."""
    from bik.bulletin import demo as bulletin_demo
    from bik.demo.services import ensure_pages

    # The loaded archive steps aside (its issues' mailings keep it from being deleted) for a new one to be made.
    Page.objects.filter(pk=BulletinIndexPage.objects.get(locale__language_code="en").pk).update(slug="old-archive")
    deleted: list[int] = []

    def record(instance: object, **_kwargs: object) -> None:
        if isinstance(instance, Page):
            deleted.append(instance.pk)

    post_delete.connect(record, weak=False)
    try:
        home = ensure_pages()
        assert not Page.objects.child_of(home).filter(slug="bulletin").exists()
        archive = bulletin_demo.ensure_index(home)
    finally:
        post_delete.disconnect(record)

    assert deleted == []
    assert archive.slug == "bulletin"
    slugs = list(home.get_children().values_list("slug", flat=True))
    assert slugs.index("youth") < slugs.index("bulletin") == slugs.index("safer-internet-day") - 1
