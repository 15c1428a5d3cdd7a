"""The news topics the research area is filtered by."""

from __future__ import annotations

import pytest

from bik.news.models import Topic
from tests.factories.news import TopicFactory


@pytest.fixture
def topics(db: None) -> dict[str, Topic]:
    """The English topics "Privacy" and "Gaming", by slug."""
    return {topic.slug: topic for topic in (TopicFactory.create(name="Privacy"), TopicFactory.create(name="Gaming"))}
