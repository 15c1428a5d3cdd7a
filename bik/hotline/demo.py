"""Demo hotline reports: invented addresses on reserved .example domains and neutral descriptions only.

The Belgian queue holds a report whose address was also reported to the Dutch hotline (a duplicate across
hotlines), a report forwarded to the French hotline (hosted in France) and one with a complete notice-and-
takedown timeline, all handled by the demo analyst `hotline-analyst@bik.example`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from bik.accounts.models import User
from bik.demo.registry import demo_ids, mark_demo
from bik.hotline import services
from bik.hotline.models import Outcome, Report, Stage
from bik.network.models import Centre
from bik.pages.models import HomePage

ANALYST = "hotline-analyst@bik.example"


def load(home: HomePage, out: Any = None) -> None:
    if Report.objects.filter(pk__in=demo_ids(Report)).exists():
        return
    analyst = User.objects.get(email=ANALYST)
    belgium, france, netherlands = (Centre.objects.get(country=code) for code in ("BE", "FR", "NL"))
    now = timezone.now()

    def report(hotline: Centre, days_ago: float, urls: list[str], **fields: Any) -> Report:
        made = services.submit_report(hotline, urls=urls, when=now - dt.timedelta(days=days_ago), **fields)
        mark_demo(made)
        return made

    # The same address reported to the Dutch hotline first, then to the Belgian one in another spelling.
    report(
        netherlands,
        6,
        ["https://photos.example/album/4471?utm_source=forum"],
        kind="child_abuse",
        where_seen="website",
        description="Demo report. Link found on a discussion forum.",
    )
    report(
        belgium,
        2,
        ["HTTPS://Photos.example:443/album/4471#top", "http://mirror.example/a/4471/"],
        kind="child_abuse",
        where_seen="social",
        description="Demo report. Seen in a shared post.",
    )

    # Hosted in France: assessed in Belgium and forwarded to the French hotline (exchange log on both sides).
    forwarded = report(
        belgium,
        5,
        ["https://files.example/share/k2"],
        kind="child_abuse",
        where_seen="file_sharing",
        description="Demo report. A link sent in a group chat.",
    )
    item = forwarded.urls.get()
    services.assess(
        analyst, belgium, item, outcome=Outcome.BASELINE, hosting_country="FR", when=now - dt.timedelta(days=4)
    )
    services.forward(
        analyst,
        belgium,
        item,
        to_hotline=france,
        note="Demo: traced to a French host.",
        when=now - dt.timedelta(days=4),
    )

    # Hosted at home: a complete timeline from receipt to removal.
    handled = report(
        belgium,
        9,
        ["http://board.example/t/9/"],
        kind="hate",
        where_seen="website",
        contact_email="reporter@bik.example",
        description="Demo report. A forum thread.",
    )
    item = handled.urls.get()
    services.assess(
        analyst,
        belgium,
        item,
        outcome=Outcome.NATIONALLY_ILLEGAL,
        hosting_country="BE",
        when=now - dt.timedelta(days=8.5),
    )
    services.forward(
        analyst,
        belgium,
        item,
        to_hotline=None,
        note="Demo: passed to the national police.",
        when=now - dt.timedelta(days=8.4),
    )
    services.record_stage(analyst, belgium, item, stage=Stage.NOTICE_SENT, at=now - dt.timedelta(days=8))
    services.record_stage(analyst, belgium, item, stage=Stage.REMOVED, at=now - dt.timedelta(days=7))
    if out is not None:
        out.write("4 demo hotline reports added (Belgium, the Netherlands; one forwarded to France).")
