from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.demo.pdf import minimal_pdf
from bik.partners import services
from bik.partners.models import PartnerOrganisation
from tests.conftest import Cast, make_user


@dataclass
class Partners:
    research: PartnerOrganisation
    industry: PartnerOrganisation
    researcher: User  # acts for `research`, with a second factor
    industrialist: User  # acts for `industry`, with a second factor
    without_mfa: User  # acts for `research`, no second factor yet


def pdf(title: str = "A study") -> SimpleUploadedFile:
    return SimpleUploadedFile(f"{title}.pdf", minimal_pdf(title, ["Findings."]), content_type="application/pdf")


@pytest.fixture
def partners(cast: Cast) -> Partners:
    research = PartnerOrganisation.objects.create(
        name="Test Research Institute",
        slug="test-research-institute",
        kind=PartnerOrganisation.Kind.RESEARCH,
        description="We study things.",
        status=PartnerOrganisation.Status.APPROVED,
    )
    industry = PartnerOrganisation.objects.create(
        name="Test Games Ltd",
        slug="test-games",
        kind=PartnerOrganisation.Kind.INDUSTRY,
        description="We make games.",
        status=PartnerOrganisation.Status.APPROVED,
    )
    researcher = make_user("rosa@cast.example", Role.PARTNER, mfa=True)
    industrialist = make_user("ian@cast.example", Role.PARTNER, mfa=True)
    without_mfa = make_user("nomfa@cast.example", Role.PARTNER)
    services.add_member(cast.network_admin, research, researcher)
    services.add_member(cast.network_admin, industry, industrialist)
    services.add_member(cast.network_admin, research, without_mfa)
    return Partners(research, industry, researcher, industrialist, without_mfa)
