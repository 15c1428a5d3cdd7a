"""Demo threads and replies in every forum (bik/demo/data/forums.yaml), written by the demo members about the
network's everyday work: sextortion trends, helpline data, notice and takedown, youth panels preparing Safer Internet
Day. One thread carries a PDF attachment and one is pinned. Idempotent: a thread that exists (by title) is left
alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from bik.community.demo import demo_members
from bik.community.forums import services
from bik.community.forums.models import Forum, Thread
from bik.demo.datafiles import demo_data

# The first thread's start; the n-th starts n days and (n mod 5) hours later, its replies follow 3 hours apart.
_START = dt.datetime(2026, 2, 3, 8, 30, tzinfo=dt.UTC)


def _pdf(title: str) -> bytes:
    """A one-page PDF with the title (its own, not bik.demo.pdf's: the stored attachment stays the same file)."""
    text = title.replace("(", "").replace(")", "")
    stream = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
        b"4 0 obj << /Length " + str(len(stream)).encode() + b" >> stream\n" + stream + b"\nendstream endobj\n"
        b"5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


def load(home: Any = None, out: Any = None) -> None:
    members = {user.email: user for user in demo_members()}
    forums = {forum.slug: forum for forum in Forum.objects.all()}
    created = 0
    for index, spec in enumerate(demo_data("forums")["threads"]):
        title = spec["title"]
        author = members.get(spec["author"])
        forum = forums.get(spec["forum"])
        if author is None or forum is None or Thread.objects.filter(forum=forum, title=title).exists():
            continue
        when = _START + dt.timedelta(days=index, hours=index % 5)
        uploads = []
        if "attachment" in spec:
            uploads.append(SimpleUploadedFile(spec["attachment"], _pdf(title), content_type="application/pdf"))
        text = "\n\n".join(spec["text"])
        thread = services.start_thread(author, forum, title, text, uploads, when=when, notify=False)
        for step, reply in enumerate(spec.get("replies", []), start=1):
            replier = members.get(reply["by"])
            if replier is not None:
                services.reply(replier, thread, reply["text"], when=when + dt.timedelta(hours=3 * step), notify=False)
        if spec.get("pinned", False):  # as a moderator would, without an entry in the audit log for demo data
            Thread.objects.filter(pk=thread.pk).update(is_pinned=True)
        created += 1
    if out is not None:
        out.write(f"{created} demo forum threads created ({Thread.objects.count()} in all).")
