"""Panels and consultations built per test: a panel with a young member, a coordinator of its country."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.utils import timezone

from bik.accounts.models import User
from bik.panels import services
from bik.panels.models import Consultation, Panel, PanelMember
from tests.conftest import Cast
from tests.factories.panels import ConsultationFactory, PanelFactory
from tests.factories.youth import YouthCoordinatorFactory, YouthMemberFactory, YouthProfileFactory


def born_aged(age: int) -> int:
    return timezone.localdate().year - age


@dataclass
class PanelCast:
    panel: Panel
    member: PanelMember  # the cast's youth member (Ireland, 17), on the Irish panel
    coordinator: User  # the cast's youth coordinator (Ireland)
    other_coordinator: User  # a youth coordinator of France
    outsider: User  # a young member of France, on no panel


@pytest.fixture
def panels(cast: Cast) -> PanelCast:
    YouthProfileFactory.create(user=cast.youth_member, country="IE", year_of_birth=born_aged(17))
    ireland_panel = PanelFactory.create(country="IE")
    member = services.add_member(cast.youth_coordinator, ireland_panel, cast.youth_member, title="ambassador")
    return PanelCast(
        panel=ireland_panel,
        member=member,
        coordinator=cast.youth_coordinator,
        other_coordinator=YouthCoordinatorFactory.create(email="claire@cast.example", country="FR"),
        outsider=YouthMemberFactory.create(email="owl@cast.example", country="FR", year_of_birth=born_aged(15)),
    )


def open_consultation(**fields: object) -> Consultation:
    """An open consultation for 13 to 18 year olds asking "Which topic first?" in English; `fields` change it."""
    values: dict[str, object] = {"question": "Which topic first?"}
    values.update(fields)
    return ConsultationFactory.create(**values)
