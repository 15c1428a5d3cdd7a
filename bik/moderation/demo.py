"""Demo for the moderation engine. The items waiting in the queues are youth posts, comments and reports that
the youth, community and SID demos create (they run before this); here the engine only reports what waits."""

from __future__ import annotations

from typing import Any

from bik.moderation.models import ModeratedItem
from bik.pages.models import HomePage


def load(home: HomePage, out: Any = None) -> None:
    if out is not None:
        waiting = ModeratedItem.objects.in_queue().count()
        out.write(f"Moderation engine ready ({waiting} items waiting).")
