from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import pgettext

from bik.network.models import Centre
from bik.pages.structure import set_up_site
from bik.statistics import services
from bik.statistics.dashboard import Filters, build
from bik.statistics.models import Category, CategoryVersion, Count
from bik.statistics.reference import REFERENCE_NAMES, reference_categories
from tests.statistics.conftest import Helplines, fill


def test_a_new_version_shows_older_quarters_on_the_new_categories(helplines: Helplines) -> None:
    old = services.current_version()
    fill(
        services.submission_for(Centre.objects.get(country="BE"), helplines.quarter),
        {"sexting": 10, "grooming": 7, "cyberbullying": 5},
    )
    new = CategoryVersion.objects.create(number=old.number + 1, note="test")
    Category.objects.create(version=new, code="sexual-harm", name="Sexual harm online", replaces="sexting,grooming")
    Category.objects.create(version=new, code="bullying", name="Bullying", replaces="cyberbullying")
    Category.objects.create(version=new, code="bullying-offline", name="Bullying offline", replaces="cyberbullying")
    Category.objects.create(version=new, code="other", name="Other")
    figures = build(Filters(), public=False)
    by_category = dict(figures.charts[1].rows)
    assert by_category == {"Sexual harm online": 17, "Bullying": 3, "Bullying offline": 2, "Other": 0}
    assert services.parse(
        "category,age_group,gender,contact_by,channel,contacts\nsexting,0-4,male,child,chat,1\n"
    ).errors


def _no_category_list() -> None:
    Count.objects.all().delete()
    Category.objects.all().delete()
    CategoryVersion.objects.all().delete()


def test_without_a_category_list_the_workspace_says_so_instead_of_failing(helplines: Helplines, client_for) -> None:
    _no_category_list()
    client = client_for(helplines.belgium)
    home = reverse("statistics:home")

    entry = client.get(reverse("statistics:entry", args=["be", helplines.quarter.label]))
    download = client.get(reverse("statistics:template", args=["csv"]))

    assert (entry.status_code, entry["Location"]) == (302, home)
    assert (download.status_code, download["Location"]) == (302, home)
    assert "There is no list of helpline categories yet" in client.get(home).content.decode()


def test_setting_up_the_site_makes_the_reference_list_once(helplines: Helplines) -> None:
    _no_category_list()

    lines = set_up_site().reference
    again = set_up_site().reference

    version = services.current_version()
    assert version.number == 1
    assert list(version.categories.values_list("code", "name")) == reference_categories()
    assert lines == again
    assert f"Helpline categories: version 1, {len(reference_categories())} categories." in lines


def test_the_reference_names_in_the_catalogues_are_the_reference_list() -> None:
    assert [str(name) for name in REFERENCE_NAMES] == [name for _code, name in reference_categories()]


def test_categories_are_named_in_the_readers_language_unless_a_coordinator_renamed_them(helplines: Helplines) -> None:
    version = services.current_version()
    renamed = version.categories.get(code="gaming")
    renamed.name = "Gaming and loot boxes"
    renamed.save()

    with translation.override("fr"):
        labels = {category.code: category.label for category in version.categories.all()}
        assert labels["cyberbullying"] == pgettext("helpline category", "cyberbullying") != "cyberbullying"
        assert labels["gaming"] == "Gaming and loot boxes"
        french = Client().get("/fr/helpline-statistics/").content.decode()
    assert f">{labels['cyberbullying']}</option>" in french
    assert ">Gaming and loot boxes</option>" in french
    assert ">cyberbullying</option>" not in french
