"""Safer Internet Day's people: the supporters who submit actions (a country's centre coordinators review them,
see `CentreCoordinatorFactory`)."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from bik.sid.models import Supporter, SupporterKind
from tests.factories.accounts import UserFactory


class SupporterFactory(DjangoModelFactory[Supporter]):
    """A Portuguese school taking part in Safer Internet Day, with an account to submit its actions."""

    class Meta:
        model = Supporter

    user = factory.SubFactory(UserFactory)
    name = "Escola Teste"
    kind = SupporterKind.SCHOOL
    country = "PT"
