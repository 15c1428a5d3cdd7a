"""The domains are listed once (bik/domains.py): the settings, the URLs, the read API, the page cache and the demo
take them from there, and a misspelt domain or a part that does not exist stops the start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.urls import URLResolver, get_resolver

from bik import domains
from bik.api.urls import api
from bik.caching.pages import content_apps
from bik.domains import DOMAINS, Domain, problems

ROOT = Path(__file__).resolve().parents[2]


def test_the_listed_domains_exist_with_every_part_they_declare() -> None:
    assert problems(DOMAINS) == []


def test_a_misspelt_domain_is_reported() -> None:
    found = problems([Domain("videoz", api=True, demo=True)])

    assert [error.id for error in found] == ["bik.E001"]
    assert "bik.videoz does not exist" in found[0].msg


def test_a_part_the_domain_does_not_have_is_reported() -> None:
    found = problems([Domain("news", urls=True), Domain("community.forums", api=True), Domain("videos", api=True)])

    assert [error.msg for error in found] == [
        "Domain 'news': module bik.news.urls does not exist.",
        "Domain 'community.forums': module bik.community.forums.api does not exist.",
    ]


def test_the_start_up_stops_on_a_part_that_does_not_exist() -> None:
    # The pages domain declares a demo it does not have: nothing imports demo modules until `load_demo` runs,
    # so without the check the mistake would go unnoticed.
    script = (
        "from bik import domains; "
        "domains.DOMAINS = tuple(domains.Domain('pages', urls=True, demo=True, renews_pages=True) "
        "if domain.name == 'pages' else domain for domain in domains.DOMAINS); "
        "from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check'])"
    )
    result = subprocess.run(  # noqa: S603 -- fixed arguments, our own code
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bik.settings"},
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode != 0
    assert "(bik.E001) Domain 'pages': module bik.pages.demo does not exist." in result.stderr


def _included(resolver: URLResolver) -> set[str]:
    modules = set()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            modules.add(getattr(pattern.urlconf_name, "__name__", str(pattern.urlconf_name)))
            modules |= _included(pattern)
    return modules


def test_every_domain_is_installed_and_mounts_what_it_declares() -> None:
    installed = [config.name for config in apps.get_app_configs()]
    api_prefixes = {path.split("/")[3] for path in api.get_openapi_schema()["paths"]}

    assert installed[: len(DOMAINS)] == [domain.module for domain in DOMAINS]
    assert set(domains.modules("urls")) <= _included(get_resolver())
    assert api_prefixes == {domain.name for domain in DOMAINS if domain.api}
    assert {config.name for config in content_apps()} >= {domain.module for domain in DOMAINS if domain.renews_pages}
    assert domains.modules("demo")[-1] == "bik.moderation.demo"  # it reports what the others left waiting
