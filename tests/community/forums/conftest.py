"""Forum fixtures: the cast's member has a colleague in another centre, and a thread to read and answer."""

from __future__ import annotations

import pytest

from bik.accounts.models import User
from bik.community.forums import services
from bik.community.forums.models import Forum, Thread
from bik.network.models import Strand
from tests.conftest import Cast
from tests.factories.community import CommunityMemberFactory

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def make_member(email: str, country: str = "DE", *, language: str = "") -> User:
    """A helpline counsellor of the country's centre, in the community, named after the address's first part."""
    return CommunityMemberFactory.create(
        email=email,
        country=country,
        display_name=email.split("@")[0].title(),
        preferred_language=language,
        membership__strands=[Strand.HELPLINE],
        membership__job_title="Helpline counsellor",
    )


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
