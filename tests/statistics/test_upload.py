from __future__ import annotations

from django.core import mail
from django.test import Client
from django.urls import reverse

from bik.statistics import services
from bik.statistics.models import Count, Status, Submission
from tests.statistics.conftest import Helplines

GOOD = "category,age_group,gender,contact_by,channel,platform,contacts\ncyberbullying,12-18,female,child,chat,,12\n"
BAD_ROW = GOOD + "cyberbullying,12-18,female,child,pigeon,,3\nsexting,5-11,male,parent,phone,,x\n"


def _entry(helplines: Helplines) -> str:
    return reverse("statistics:entry", args=["be", helplines.quarter.label])


def test_a_bad_row_is_reported_per_cell_and_nothing_is_saved(helplines: Helplines, client_for) -> None:
    client = client_for(helplines.belgium)
    response = client.post(_entry(helplines), {"action": "upload", "text": BAD_ROW})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'data-error-row="3"' in html
    assert "channel" in html
    assert 'data-error-row="4"' in html
    assert "Enter a whole number" in html
    assert "pigeon" in html  # the upload is kept in the form to be corrected
    assert not Count.objects.filter(submission__quarter=helplines.quarter).exists()


def test_a_valid_upload_replaces_the_draft_and_can_be_submitted(helplines: Helplines, client_for) -> None:
    client = client_for(helplines.belgium)
    assert client.post(_entry(helplines), {"action": "upload", "text": GOOD}).status_code == 302
    submission = Submission.objects.get(quarter=helplines.quarter, centre__country="BE")
    assert submission.status == Status.DRAFT
    assert list(submission.counts.values_list("contacts", flat=True)) == [12]
    client.post(_entry(helplines), {"action": "submit"})
    submission.refresh_from_db()
    assert submission.status == Status.SUBMITTED
    # Submitted figures are no longer changed by the helpline.
    assert client.post(_entry(helplines), {"action": "upload", "text": GOOD}).status_code == 403


def test_the_entry_form_adds_rows(helplines: Helplines, client_for) -> None:
    client = client_for(helplines.belgium)
    category = services.current_version().categories.get(code="grooming")
    row = {"action": "add", "category": category.pk, "age_group": "5-11", "gender": "male"}
    row |= {"contact_by": "parent", "channel": "phone", "contacts": "3"}
    assert client.post(_entry(helplines), row).status_code == 302
    assert client.post(_entry(helplines), row | {"contacts": "-1"}).status_code == 400
    assert Count.objects.get(submission__quarter=helplines.quarter).contacts == 3


def test_xlsx_template_round_trips(helplines: Helplines) -> None:
    text = services.xlsx_to_text(services.template_xlsx())
    assert services.parse(text).is_valid
    assert services.parse(services.template_csv()).is_valid


def test_a_file_that_is_not_a_workbook_is_refused_clearly(helplines: Helplines, client_for) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for(helplines.belgium)
    upload = SimpleUploadedFile("figures.xlsx", b"not a workbook")
    response = client.post(_entry(helplines), {"action": "upload", "file": upload})
    assert response.status_code == 400
    assert "not an Excel workbook" in response.content.decode()


def test_reminders_go_to_centres_that_have_not_submitted(helplines: Helplines, after_commit) -> None:
    with after_commit():
        sent = services.send_reminders(helplines.quarter, today=helplines.quarter.deadline)
    assert sent == 2
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"help-be@cast.example", "help-fr@cast.example"} <= recipients
    late = services.late_centres(helplines.quarter, today=helplines.quarter.deadline.replace(day=30).replace(month=5))
    assert {c.country.code for c in late} == {"BE", "FR"}


def test_template_download_needs_the_role(helplines: Helplines, client_for, cast) -> None:
    url = reverse("statistics:template", args=["csv"])
    assert client_for(helplines.belgium).get(url).content.decode().startswith("category,")
    assert client_for(cast.member).get(url).status_code == 404
    assert Client().get(url).status_code == 302
