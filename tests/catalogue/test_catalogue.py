"""The shared collection pieces (bik.catalogue) and the one audit-log shape (bik.audit), tested once here; each
domain's own tests prove them in its pages and API."""

from __future__ import annotations

import pytest
from django import forms
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import Count
from django.db.utils import DatabaseError
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from ninja.errors import HttpError

from bik.audit.models import AppendOnlyError
from bik.catalogue.api import check_language
from bik.catalogue.filters import FilterForm
from bik.catalogue.language import current_language
from bik.catalogue.pagination import api_page, counted_page, paginate
from bik.network.models import Centre
from bik.statistics.models import AuditEntry


class ColourForm(FilterForm):
    q = forms.CharField(required=False)
    colour = forms.ChoiceField(required=False)
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.set_choices("colour", [("red", "Red"), ("blue", "Blue")])
        self.set_choices("year", [(2025, "2025")], "Any year")


def test_a_filter_form_keeps_the_valid_filters_and_reports_the_others() -> None:
    form = ColourForm({"q": "  cats ", "colour": "green", "year": "2025"})
    assert form.chosen() == {"q": "cats", "year": 2025}
    assert "colour" in form.errors  # shown beside the field; the list goes on without it
    assert ColourForm().chosen() == {}
    assert ColourForm().fields["year"].choices[0] == ("", "Any year")  # type: ignore[attr-defined]


def test_pages_open_on_the_first_for_junk_and_the_last_beyond_the_end() -> None:
    items = list(range(25))
    assert paginate(items, "junk", 10).number == 1
    last = paginate(items, 99, 10)
    assert (last.number, last.object_list) == (3, [20, 21, 22, 23, 24])
    assert api_page(items, 2, 10).envelope(["x"]) == {"count": 25, "page": 2, "pages": 3, "results": ["x"]}
    assert api_page(items, 4, 10).items == []  # the API stops past the end, it does not repeat the last page


@pytest.mark.django_db
@pytest.mark.parametrize("number", [None, "", "junk", "1.5", "-1", "0", "1", "2", "4", "5", "99"])
def test_a_counted_page_is_the_page_django_gives_in_one_query(number: str | None) -> None:
    """The same page as Paginator.get_page — also of a grouped list —, with the count read beside the rows."""
    grouped = Centre.objects.annotate(n=Count("services")).order_by("-n", "pk")
    for items in (Centre.objects.order_by("country"), grouped):
        expected = Paginator(items, 7).get_page(number)
        with CaptureQueriesContext(connection) as captured:
            page = counted_page(items, number, 7)
            found = (page.number, [centre.pk for centre in page.object_list], page.paginator.num_pages)
        assert found == (expected.number, [centre.pk for centre in expected.object_list], expected.paginator.num_pages)
        # Out of range: the count and the last page apart (after an empty look beyond the end).
        assert len(captured.captured_queries) == {"-1": 2, "0": 2, "99": 3}.get(str(number), 1)


def test_the_language_falls_back_to_the_default_and_the_api_refuses_unknown_ones() -> None:
    with translation.override("fr-be"):
        assert current_language() == "fr"
    with translation.override("xx"):
        assert current_language() == "en"
    assert check_language("de") == "de"
    assert check_language("", optional=True) == ""
    with pytest.raises(HttpError, match="Unknown language 'xx'"):
        check_language("xx")


@pytest.mark.django_db
def test_the_statistics_audit_log_refuses_changes_in_code_and_in_the_database() -> None:
    entry = AuditEntry.objects.create(actor_name="Coordinator", quarter="2025-Q3", action="lock")
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).update(action="unlock")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE statistics_auditentry SET action = 'unlock' WHERE id = %s", [entry.pk])
    assert AuditEntry.objects.get(pk=entry.pk).action == "lock"
