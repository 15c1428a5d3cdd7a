"""Forum fixtures: the cast's member has a colleague in another centre, and a thread to read and answer."""

from __future__ import annotations

import pytest

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.community.forums import services
from bik.community.forums.models import Forum, Thread
from bik.community.models import Membership
from bik.network.models import Centre, Strand
from tests.conftest import Cast, make_user

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def make_member(email: str, country: str = "DE", *, language: str = "") -> User:
    user = make_user(email, Role.SIC_MEMBER, mfa=True, display_name=email.split("@")[0].title())
    if language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    Membership.objects.create(
        user=user,
        centre=Centre.objects.get(country=country),
        strands=[Strand.HELPLINE],
        job_title="Helpline counsellor",
        organisation="A helpline",
        status=Membership.Status.APPROVED,
    )
    return user


@pytest.fixture
def colleague(cast: Cast) -> User:
    return make_member("lena@cast.example", "DE")


@pytest.fixture
def helplines(db: None) -> Forum:
    return Forum.objects.get(slug="helplines")


@pytest.fixture
def thread(cast: Cast, helplines: Forum) -> Thread:
    return services.start_thread(
        cast.sic_member,
        helplines,
        "Peer support for sextortion victims",
        "How do your counsellors follow up after a first contact?",
        notify=False,
    )
