"""A resource's own page: description, a download or link per language, terms, the producing centre."""

from __future__ import annotations

import pytest
from django.test import Client

from bik.resources.models import Resource
from tests.factories.resources import ResourceFactory, translate_resource

pytestmark = pytest.mark.django_db

GALLERY = "/en/portal/resources/"


def test_it_shows_everything_about_a_resource_with_a_download_per_language(
    client: Client, greek_teachers_resources: list[Resource]
) -> None:
    resource = greek_teachers_resources[0]
    html = client.get(f"{GALLERY}{resource.pk}-{resource.slug}/").content.decode()
    version = resource.language_versions.get(language="el")
    assert resource.title in html
    assert f'href="{version.document.url}" download hreflang="el"' in html
    assert "Download in Ελληνικά" in html
    assert "13–15" in html
    assert "Cyberbullying" in html
    assert 'href="/en/centres/gr/"' in html
    assert resource.get_licence_display() in html
    assert f'datetime="{resource.date.isoformat()}"' in html


def test_the_download_serves_the_file(client: Client) -> None:
    version = ResourceFactory.create(languages=("el",), files=("el",)).language_versions.get(language="el")
    response = client.get(version.document.url)
    assert response.status_code == 200
    assert response.getvalue().startswith(b"%PDF")


def test_links_open_the_external_version(client: Client) -> None:
    resource = ResourceFactory.create(title="Linked only", languages=("fi", "sv"))
    html = client.get(f"{GALLERY}{resource.pk}-{resource.slug}/").content.decode()
    for version in resource.language_versions.all():
        assert f'href="{version.url}" hreflang="{version.language}"' in html
    assert "Open in Suomi" in html


def test_a_wrong_slug_redirects_to_the_right_address(client: Client) -> None:
    resource = ResourceFactory.create(title="Right slug")
    response = client.get(f"{GALLERY}{resource.pk}-wrong/")
    assert response.status_code == 301
    assert response["Location"] == f"{GALLERY}{resource.pk}-right-slug/"


def test_unknown_resources_are_not_found(client: Client) -> None:
    assert client.get(f"{GALLERY}999999-nothing/").status_code == 404


def test_the_description_is_sanitised(client: Client) -> None:
    resource = ResourceFactory.create(
        title="Sneaky", description='<p onclick="x()">Hello <script>alert(1)</script><a href="javascript:x()">y</a></p>'
    )
    html = client.get(f"{GALLERY}{resource.pk}-{resource.slug}/").content.decode()
    assert "alert(1)" not in html
    assert "onclick" not in html
    assert "javascript:" not in html
    assert "Hello" in html


def test_the_text_falls_back_to_english_and_follows_the_visitors_language(client: Client) -> None:
    original = ResourceFactory.create(title="Keeping children safe online")
    translated = translate_resource(original, "fr", "Protéger les enfants en ligne")
    path = f"/portal/resources/{original.pk}-{original.slug}/"
    assert translated.title in client.get(f"/fr{path}").content.decode()
    german = client.get(f"/de{path}").content.decode()
    assert original.title in german
    assert 'lang="en"' in german  # the English text is marked as such on a German page
