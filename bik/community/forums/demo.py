"""Demo threads and replies in every forum, written by the demo members about the network's everyday work:
sextortion trends, helpline data, notice and takedown, youth panels preparing Safer Internet Day. One thread
carries a PDF attachment and one is pinned. Idempotent: a thread that exists (by title) is left alone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from bik.community.demo import demo_members
from bik.community.forums import services
from bik.community.forums.models import Forum, Thread

_START = dt.datetime(2026, 2, 3, 8, 30, tzinfo=dt.UTC)


@dataclass(frozen=True)
class DemoThread:
    forum: str
    author: str
    title: str
    text: str
    replies: tuple[tuple[str, str], ...] = ()
    pinned: bool = False
    attachment: str = ""


THREADS = (
    DemoThread(
        "general",
        "coordinator-be@bik.example",
        "Welcome to the forums: how we use them",
        "Welcome, colleagues! These forums are for the whole network: the four communities of practice and this "
        "general forum.\n\nPlease keep case details anonymous, attach documents only if your centre agrees to "
        "share them, and use the Report link if something should not be here.",
        (
            ("helpline-de@bik.example", "Thanks Lotte. Is there a place for introductions?"),
            ("coordinator-be@bik.example", "Right here: reply to this thread with your centre and your focus."),
        ),
        pinned=True,
    ),
    DemoThread(
        "helplines",
        "sic-member@bik.example",
        "Sextortion contacts are rising: what are you seeing?",
        "Since December our helpline has had almost twice as many sextortion contacts, mostly boys aged 14 to 17 "
        "approached through gaming platforms and then moved to another app.\n\nAre other helplines seeing the "
        "same pattern? We are updating our counselling script and would like to compare notes.",
        (
            (
                "helpline-de@bik.example",
                "Same here. Most contacts come in the evening, and many young people wait days before they reach "
                "out. We now tell them straight away that it is not their fault and that they should not pay.",
            ),
            (
                "hotline-pt@bik.example",
                "From the hotline side: please encourage reports of the images too, so that takedown can start "
                "while the helpline supports the young person.",
            ),
            (
                "sic-member@bik.example",
                "Good point. We will add a warm hand-over to the hotline in the script.",
            ),
        ),
        attachment="sextortion-counselling-script.pdf",
    ),
    DemoThread(
        "helplines",
        "helpline-de@bik.example",
        "Common categories for helpline statistics",
        "For the network report we need to map our contact categories to the shared list (cyberbullying, "
        "sextortion, privacy, excessive use, …). How do you classify contacts about online gaming purchases?",
        (("sic-member@bik.example", "We file them under 'consumer issues' with a gaming tag."),),
    ),
    DemoThread(
        "hotlines",
        "hotline-ie@bik.example",
        "Notice and takedown times: sharing our Q4 figures",
        "Our median time from report to removal for hosted content was just under two days in Q4. Content on "
        "hosts outside the EU still takes much longer.\n\nCould we agree on one way to measure, so that our "
        "figures are comparable across hotlines?",
        (
            (
                "hotline-pt@bik.example",
                "Yes please. We measure from the moment a report is confirmed, not when it arrives.",
            ),
            (
                "hotline-ie@bik.example",
                "Then let's propose both figures: received-to-removed and confirmed-to-removed.",
            ),
        ),
    ),
    DemoThread(
        "hotlines",
        "hotline-pt@bik.example",
        "Duplicate reports across hotlines",
        "We still see the same URLs reported to three or four hotlines. Does anyone check for duplicates before "
        "analysis, and with which tools?",
    ),
    DemoThread(
        "awareness-raising",
        "awareness-fr@bik.example",
        "Teacher training on generative AI: materials to share?",
        "We are preparing a half-day training for secondary teachers on generative AI and deepfakes. Does anyone "
        "have slides or classroom activities we could adapt?",
        (
            (
                "awareness-gr@bik.example",
                "We ran a pilot in Athens last month. I will upload our activity sheet to the resource gallery.",
            ),
        ),
    ),
    DemoThread(
        "awareness-raising",
        "awareness-gr@bik.example",
        "Campaign evaluation: how do you measure reach?",
        "For our gaming campaign we have view counts, but they say little about what parents learned. What "
        "methods have worked for you?",
    ),
    DemoThread(
        "youth-participation",
        "youthpanel-it@bik.example",
        "Youth panel preparation for Safer Internet Day",
        "Our youth panel meets three times before Safer Internet Day to prepare a short video and a session for "
        "younger pupils.\n\nHow do you keep the panel involved after the day itself?",
        (
            (
                "coordinator-be@bik.example",
                "We give panel members a role in reviewing our resources during the year: they like having a real say.",
            ),
            ("youthpanel-it@bik.example", "That is a great idea, we will try it."),
        ),
    ),
    DemoThread(
        "youth-participation",
        "coordinator-be@bik.example",
        "Consent forms for youth panel members under 16",
        "Could centres share how they collect parental consent for panel members under 16, especially for "
        "photos and videos at events?",
    ),
)


def _pdf(title: str) -> bytes:
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
    for index, spec in enumerate(THREADS):
        author = members.get(spec.author)
        forum = forums.get(spec.forum)
        if author is None or forum is None or Thread.objects.filter(forum=forum, title=spec.title).exists():
            continue
        when = _START + dt.timedelta(days=index, hours=index % 5)
        uploads = []
        if spec.attachment:
            uploads.append(SimpleUploadedFile(spec.attachment, _pdf(spec.title), content_type="application/pdf"))
        thread = services.start_thread(author, forum, spec.title, spec.text, uploads, when=when, notify=False)
        for step, (email, text) in enumerate(spec.replies, start=1):
            replier = members.get(email)
            if replier is not None:
                services.reply(replier, thread, text, when=when + dt.timedelta(hours=3 * step), notify=False)
        if spec.pinned:  # as a moderator would, without an entry in the audit log for demo data
            Thread.objects.filter(pk=thread.pk).update(is_pinned=True)
        created += 1
    if out is not None:
        out.write(f"{created} demo forum threads created ({Thread.objects.count()} in all).")
