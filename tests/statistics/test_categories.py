from __future__ import annotations

from bik.network.models import Centre
from bik.statistics import services
from bik.statistics.dashboard import Filters, build
from bik.statistics.models import Category, CategoryVersion, Quarter
from tests.statistics.conftest import Helplines, fill


def test_a_new_version_shows_older_quarters_on_the_new_categories(helplines: Helplines) -> None:
    Quarter.objects.exclude(pk=helplines.quarter.pk).delete()  # the demo quarters
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
