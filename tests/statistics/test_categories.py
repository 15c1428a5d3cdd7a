from __future__ import annotations

from django.urls import reverse

from bik.network.models import Centre
from bik.pages.structure import set_up_site
from bik.statistics import services
from bik.statistics.dashboard import Filters, build
from bik.statistics.models import Category, CategoryVersion, Count
from bik.statistics.reference import reference_categories
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
