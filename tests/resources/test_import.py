"""Editors bulk-import resources from CSV or JSON: every row is checked first, problems are reported per
row, and nothing is written unless every row is right."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from bik.accounts.models import User
from bik.resources.models import Resource
from tests.conftest import Cast, turned_away_from_the_admin

# The files name terms of every vocabulary by slug (tests/resources/conftest.py makes them) and Greece's centre.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("terms")]

URL = "/admin/resources/import/"
CSV_OK = (
    "title,description,language,centre,licence,date,topics,age_groups,audiences,types,versions\n"
    "Imported Greek tips,Μην απαντάς.,el,GR,cc-by-4.0,2025-05-01,cyberbullying,13-15,teenagers,tip-sheet,"
    "el=https://resources.bik.example/imported-el|en=https://resources.bik.example/imported-en\n"
    "Imported quiz,,en,,,,gaming|privacy,9-12,children,quiz,en=https://resources.bik.example/quiz\n"
)
CSV_BAD = (
    "title,language,centre,date,topics,versions\n"
    "Good row,en,,2025-01-01,gaming,en=https://resources.bik.example/ok\n"
    ",xx,ZZ,01/02/2025,nothing,en=not-a-link\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_command_imports_a_csv_file_as_drafts(tmp_path: Path) -> None:
    out = io.StringIO()
    call_command("import_resources", str(_write(tmp_path, "r.csv", CSV_OK)), stdout=out)
    assert "2 resources imported as drafts" in out.getvalue()
    greek = Resource.objects.get(title="Imported Greek tips")
    assert not greek.live
    assert greek.locale.language_code == "el"
    assert greek.centre.country.code == "GR"
    assert sorted(greek.language_versions.values_list("language", flat=True)) == ["el", "en"]
    assert list(greek.topics.values_list("slug", flat=True)) == ["cyberbullying"]
    assert greek.description == "<p>Μην απαντάς.</p>"


def test_the_command_imports_json_and_publishes_on_request(tmp_path: Path) -> None:
    rows = [
        {
            "title": "Imported from JSON",
            "description": "<p>Hi <script>x()</script></p>",
            "topics": ["sexting"],
            "versions": [{"language": "pt", "url": "https://resources.bik.example/pt"}],
        }
    ]
    call_command(
        "import_resources", str(_write(tmp_path, "r.json", json.dumps(rows))), "--publish", stdout=io.StringIO()
    )
    resource = Resource.objects.get(title="Imported from JSON")
    assert resource.live
    assert "script" not in resource.description


def test_one_bad_row_imports_nothing_and_every_problem_is_reported(tmp_path: Path) -> None:
    before = Resource.objects.count()
    err = io.StringIO()
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_resources", str(_write(tmp_path, "bad.csv", CSV_BAD)), stdout=io.StringIO(), stderr=err)
    assert Resource.objects.count() == before
    report = err.getvalue()
    lines = report.strip().splitlines()
    assert all(line.startswith("row 2: ") for line in lines), report
    for problem in (
        "title is missing",
        "unknown language “xx”",
        "no centre for the country “ZZ”",
        "not in the form YYYY-MM-DD",
        "unknown topics “nothing”",
        "is not a web address",
    ):
        assert problem in report, problem


def test_unreadable_files_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(CommandError):
        call_command("import_resources", str(_write(tmp_path, "r.json", "{not json")), stderr=io.StringIO())
    with pytest.raises(CommandError):
        call_command("import_resources", str(_write(tmp_path, "r.txt", "x")), stderr=io.StringIO())


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("role", ["subscriber", "youth_member", "youth_coordinator", "sic_member", "member"])
def test_other_roles_cannot_import(cast: Cast, client_for: Callable[[User], Client], role: str) -> None:
    client = client_for(getattr(cast, role))
    response = client.post(URL, {"file": io.BytesIO(CSV_OK.encode())})
    assert turned_away_from_the_admin(response)
    assert not Resource.objects.filter(title="Imported quiz").exists()


def test_an_editor_uploads_a_file_and_sees_the_report(cast: Cast, client_for: Callable[[User], Client]) -> None:
    client = client_for(cast.editor)
    page = client.get(URL).content.decode()
    assert "Publish the imported resources" not in page  # editors import drafts for moderators to publish
    upload = io.BytesIO(CSV_BAD.encode())
    upload.name = "bad.csv"
    html = client.post(URL, {"file": upload}).content.decode()
    assert "Nothing was imported" in html
    assert "unknown language “xx”" in html
    upload = io.BytesIO(CSV_OK.encode())
    upload.name = "ok.csv"
    html = client.post(URL, {"file": upload, "publish": "on"}).content.decode()
    assert "2 resources imported" in html
    assert not Resource.objects.get(title="Imported quiz").live


def test_a_moderator_may_publish_on_import(cast: Cast, client_for: Callable[[User], Client]) -> None:
    client = client_for(cast.moderator)
    upload = io.BytesIO(CSV_OK.encode())
    upload.name = "ok.csv"
    client.post(URL, {"file": upload, "publish": "on"})
    assert Resource.objects.get(title="Imported quiz").live


def test_editors_manage_resources_and_vocabularies_in_the_admin(
    cast: Cast, client_for: Callable[[User], Client]
) -> None:
    client = client_for(cast.editor)
    for url in (
        "/admin/snippets/resources/resource/",
        "/admin/snippets/resources/topic/",
        "/admin/snippets/resources/agegroup/",
        "/admin/snippets/resources/audience/",
        "/admin/snippets/resources/resourcetype/",
        "/admin/snippets/resources/resource/add/",
    ):
        assert client.get(url).status_code == 200, url
    assert not cast.editor.has_perm("resources.publish_resource")
    assert cast.moderator.has_perm("resources.publish_resource")


@pytest.mark.parametrize("role", ["subscriber", "youth_member", "sic_member", "member"])
def test_other_roles_cannot_reach_the_resource_admin(
    cast: Cast, client_for: Callable[[User], Client], role: str
) -> None:
    response = client_for(getattr(cast, role)).get("/admin/snippets/resources/resource/")
    assert turned_away_from_the_admin(response)
