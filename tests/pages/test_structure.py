"""The site's structure (bik/pages/structure.py, bik/pages/structure.yaml): what `set_up_site` makes on a deployment
that never loads the demo, in every language, and how the demo builds on it without claiming it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.db.models.signals import post_delete
from wagtail.models import Page

from bik.bulletin.models import BulletinIndexPage
from bik.demo.registry import demo_ids, is_demo
from bik.news.models import ArticlePage, NewsIndexPage
from bik.pages.models import HomePage
from bik.pages.structure import build, index_page, set_up_site, structure

ROOT = Path(__file__).resolve().parents[2]


def _walk(specs: list[dict[str, Any]], parent: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(the page's path below the home page, its spec), parents before their children."""
    for spec in specs:
        path = f"{parent}{spec['slug']}/"
        yield path, spec
        yield from _walk(spec.get("children", []), path)


PAGES = list(_walk(structure()["pages"]))


def _english_home() -> HomePage:
    home: HomePage = HomePage.objects.get(locale__language_code="en", depth=2)
    return home


@pytest.mark.django_db
def test_the_structure_is_not_demo_and_the_demo_builds_its_content_on_it() -> None:
    home = _english_home()
    assert not is_demo(home)
    for path, spec in PAGES:
        page = Page.objects.get(url_path=f"{home.url_path}{path}").specific
        assert type(page) is apps.get_model(spec["model"]), path
        assert page.show_in_menus is spec.get("in_menu", False), path
        assert not is_demo(page), path
    news = index_page(NewsIndexPage, home)
    articles = ArticlePage.objects.child_of(news)
    assert articles.exists()
    assert set(articles.values_list("pk", flat=True)) <= set(demo_ids(ArticlePage))


@pytest.mark.django_db
def test_the_menu_lists_the_sections_in_the_structures_order() -> None:
    in_menu = [spec["slug"] for path, spec in PAGES if spec.get("in_menu") and path.count("/") == 1]
    listed = list(_english_home().get_children().in_menu().values_list("slug", flat=True))

    assert listed == in_menu


@pytest.mark.django_db
def test_setting_up_a_site_that_has_its_structure_makes_nothing() -> None:
    before = Page.objects.count()

    built = set_up_site()

    assert (built.pages_made, built.aliases_made) == (0, 0)
    assert Page.objects.count() == before


@pytest.mark.django_db
def test_a_missing_page_is_made_in_its_place_among_its_siblings_and_nothing_is_deleted() -> None:
    """The bulletin's archive stands between the youth section and Safer Internet Day in the menu; made again
    (here: the old one steps aside, its issues' mailings keep it from being deleted), it takes that place, and no
    page is made only to be deleted (the search-index tasks queued for it would fail in the worker)."""
    old = BulletinIndexPage.objects.get(locale__language_code="en")
    Page.objects.filter(pk=old.pk).update(slug="old-archive")
    deleted: list[int] = []

    def record(instance: object, **_kwargs: object) -> None:
        if isinstance(instance, Page):
            deleted.append(instance.pk)

    post_delete.connect(record, weak=False)
    try:
        home, made = build()
    finally:
        post_delete.disconnect(record)

    assert made == 1
    assert deleted == []
    slugs = list(home.get_children().values_list("slug", flat=True))
    assert slugs.index("youth") < slugs.index("bulletin") == slugs.index("safer-internet-day") - 1
    assert type(Page.objects.child_of(home).get(slug="bulletin").specific) is BulletinIndexPage


# Run in a fresh SQLite database of its own: migrate, set_up_site (the structure and the reference lists), then a
# visitor's requests.
VISIT = """
import json
from django.core.management import call_command
from django.test import Client
from django.test.utils import setup_test_environment
from bik.accounts.models import User
from bik.demo.models import DemoRecord
from bik.network.models import Centre
from bik.statistics.models import CategoryVersion

call_command("set_up_site")
setup_test_environment()
client = Client()
paths = json.loads(PATHS)
answers = {path: client.get(path).status_code for path in paths}
home = client.get("/en/").content.decode()
print(json.dumps({
    "root": client.get("/").headers.get("Location", ""),
    "answers": answers,
    "home": home,
    "demo": [DemoRecord.objects.count(), User.objects.count(), Centre.objects.count()],
    "category_lists": CategoryVersion.objects.count(),
}))
"""


@pytest.mark.deployment
def test_a_deployment_without_the_demo_has_its_site_in_every_language(tmp_path: Path) -> None:
    paths = [f"/{language}/" for language in ("en", "fr", "pl")]
    paths += [f"/{language}/{path}" for language in ("en", "it") for path, _spec in PAGES]
    own = {"DEBUG", "BIK_TESTING", "DATABASE_URL", "REDIS_URL", "PYTEST_XDIST_WORKER", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in own}
    env |= {"DEBUG": "true", "BIK_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}"}

    def manage(*args: str) -> str:
        done = subprocess.run(  # noqa: S603 -- fixed arguments, our own manage.py
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    manage("migrate", "--noinput", "-v0")
    script = f"PATHS = {json.dumps(json.dumps(paths))}\n{VISIT}"
    visited = json.loads(manage("shell", "--no-imports", "-c", script).strip().splitlines()[-1])

    assert visited["root"] == "/en/"
    assert visited["answers"] == dict.fromkeys(paths, 200)
    for path, spec in PAGES:
        if spec.get("in_menu") and path.count("/") == 1:
            assert f'href="/en/{path}"' in visited["home"], path
    assert visited["demo"] == [0, 0, 0]  # no demo row, no account, no (fictional) centre
    assert visited["category_lists"] == 1  # the reference lists the domains start with
