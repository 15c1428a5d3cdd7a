"""The demo fills each of the five forums with professional threads, once."""

from __future__ import annotations

import pytest

from bik.community.forums import demo
from bik.community.forums.models import Attachment, Forum, Thread

pytestmark = pytest.mark.django_db


def test_the_demo_fills_every_forum_and_loads_only_once() -> None:
    for forum in Forum.objects.all():
        assert forum.thread_count >= 1, forum.slug
        assert Thread.objects.filter(forum=forum, reply_count__gte=1).exists() or forum.slug == "hotlines"
    assert Thread.objects.filter(is_pinned=True).exists()
    attachment = Attachment.objects.get(name="sextortion-counselling-script.pdf")
    with attachment.file.open("rb") as stored:
        assert stored.read(8) == b"%PDF-1.4"
    threads = Thread.objects.count()

    demo.load()

    assert Thread.objects.count() == threads
