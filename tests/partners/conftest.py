from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from bik.accounts.models import User
from bik.demo.pdf import minimal_pdf
from bik.partners.models import PartnerOrganisation
from tests.conftest import Cast
from tests.factories.news import TopicFactory
from tests.factories.partners import PartnerFactory, PartnerOrganisationFactory
from tests.factories.resources import AudienceFactory


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
    research = PartnerOrganisationFactory.create(name="Test Research Institute")
    industry = PartnerOrganisationFactory.create(
        name="Test Games Ltd", kind=PartnerOrganisation.Kind.INDUSTRY, description="We make games."
    )
    return Partners(
        research=research,
        industry=industry,
        researcher=PartnerFactory.create(email="rosa@cast.example", organisation=research),
        industrialist=PartnerFactory.create(email="ian@cast.example", organisation=industry),
        without_mfa=PartnerFactory.create(email="nomfa@cast.example", organisation=research, mfa=False),
    )


@pytest.fixture
def study_terms(db: None) -> None:
    """The news topic "Privacy" and the resources' audience "Parents" a partner tags a study with
    (tests.partners.test_partners `study_form`)."""
    TopicFactory.create(name="Privacy")
    AudienceFactory.create(name="Parents")
