"""Moderation items: what a moderator reviews, and an author's history of decisions."""

from __future__ import annotations

import factory
from django.contrib.contenttypes.models import ContentType
from factory.django import DjangoModelFactory

from bik.accounts.roles import Role
from bik.moderation.models import ModeratedItem, Status
from bik.youth.models import Post
from tests.factories.accounts import UserFactory

# Far above any row a test database holds: the items of content that is not there point at these.
_FIRST_ID_NO_ROW_HAS = 10**12


class ModeratedItemFactory(DjangoModelFactory[ModeratedItem]):
    """A published item by a young member about a youth post that is not there (an id no post has), in a space no
    test reads: what an author's earlier published posts leave behind, which make a young member trusted. An item
    about content that exists passes its own `content_type`, `object_id` and `space_key`."""

    class Meta:
        model = ModeratedItem

    content_type = factory.LazyFunction(lambda: ContentType.objects.get_for_model(Post))
    object_id = factory.Sequence(lambda number: _FIRST_ID_NO_ROW_HAS + number)
    space_key = "youth-elsewhere"
    author = factory.SubFactory(UserFactory, role=Role.YOUTH_MEMBER)
    status = Status.PUBLISHED
