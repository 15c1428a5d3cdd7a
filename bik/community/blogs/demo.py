"""Demo blog posts by the demo members, with comments, and one post an editor promoted to a draft news
article. Idempotent: a post whose title exists is left alone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.community.access import BLOGS_SPACE
from bik.community.blogs import services
from bik.community.blogs.models import BlogComment, BlogPost
from bik.community.demo import demo_members
from bik.moderation.models import ModeratedItem, Status
from bik.network.models import Strand

EDITOR_EMAIL = "editor@bik.example"
# The promoted post is dated before the demo news articles' newest two, so its draft article (dated like the
# post) does not sit on top of lists that order every article by date.
PROMOTED_ON = dt.datetime(2025, 10, 20, 9, 30, tzinfo=dt.UTC)


@dataclass(frozen=True)
class DemoPost:
    author: str
    title: str
    summary: str
    body: str
    tags: str
    strand: str
    days_ago: int
    comments: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    promoted: bool = False


POSTS = (
    DemoPost(
        "helpline-de@bik.example",
        "What our autumn sextortion campaign taught us",
        "Six weeks of posters, short videos and a chat hour every evening: calls about sextortion doubled, and "
        "far more boys reached out than before. Here is what we would do again, and what we would not.",
        "<p>In October we ran a six-week campaign about sextortion aimed at 13 to 17 year olds. The message was "
        "simple: <strong>you are not to blame, do not pay, and talk to someone now</strong>.</p>"
        "<h2>What worked</h2><ul><li>Short vertical videos made with our youth panel, not for it.</li>"
        "<li>An evening chat hour, because most contacts came between 20:00 and 23:00.</li>"
        "<li>Naming the platforms' reporting tools step by step.</li></ul>"
        "<h2>What we would change</h2><p>Posters in schools reached teachers more than pupils. Next time we "
        "would brief school counsellors first, so they know what to say when a pupil comes to them.</p>"
        "<blockquote><p>“I thought I was the only one.” — the sentence we heard most often.</p></blockquote>",
        "sextortion, campaigns, helplines",
        Strand.HELPLINE,
        0,
        (
            (
                "sic-member@bik.example",
                "Very useful, thank you. We saw the same evening peak in Belgium; we moved "
                "two counsellors to the late shift and waiting times halved.",
            ),
            (
                "hotline-ie@bik.example",
                "From the hotline side: please keep telling young people not to delete "
                "the messages before reporting. The evidence helps us and the police.",
            ),
        ),
        promoted=True,
    ),
    DemoPost(
        "sic-member@bik.example",
        "Helpline trends this quarter: gaming chats and AI-made images",
        "Contacts about pressure in gaming chats rose again, and for the first time AI-made nude images of "
        "classmates were a topic of their own in our statistics.",
        "<p>Every quarter we look at why children and parents contact the helpline. Three things stood out.</p>"
        "<ol><li><strong>Gaming chats</strong>: older players asking for photos in exchange for in-game "
        "currency.</li><li><strong>AI-made images</strong>: “nudify” apps used on school photos; 14 contacts "
        "this quarter, none last year.</li><li><strong>Parents</strong> asking how to set up a first phone.</li>"
        "</ol><p>We would like to compare notes: are other helplines seeing AI-made images yet? How do you "
        "record them in your statistics?</p>",
        "helpline trends, gaming, artificial intelligence",
        Strand.HELPLINE,
        6,
        (
            (
                "helpline-de@bik.example",
                "Yes, since September. We added a sub-category under image-based abuse "
                "so we can count them separately.",
            ),
            (
                "awareness-fr@bik.example",
                "This would make a good topic for a joint awareness resource. Shall we "
                "bring it to the next network meeting?",
            ),
        ),
    ),
    DemoPost(
        "youthpanel-it@bik.example",
        "Getting ready for Safer Internet Day: let the youth panel lead",
        "Our youth panel planned this year's Safer Internet Day event themselves. Three months out is not too "
        "early to start; here is our timeline.",
        "<p>Last year adults planned and young people presented. This year we turned it round.</p>"
        "<h3>Our timeline</h3><ul><li>November: the panel chooses the theme and the format.</li>"
        "<li>December: schools sign up; the panel writes the invitation.</li>"
        "<li>January: rehearsal, and a check of every link and video with the panel.</li></ul>"
        '<p>The official material is on <a href="https://www.saferinternetday.org">the Safer Internet Day '
        "website</a>.</p>",
        "safer internet day, youth participation",
        Strand.YOUTH,
        12,
        (
            (
                "coordinator-be@bik.example",
                "Love this. Could you share the invitation the panel wrote? We would "
                "translate it for our Dutch- and French-speaking schools.",
            ),
        ),
    ),
    DemoPost(
        "hotline-ie@bik.example",
        "Notice and takedown: what three months of timing data show",
        "We measured how long it takes from a report to removal, per hosting country. The median is under two "
        "days, but the slowest tenth takes weeks.",
        "<p>We logged three timestamps for each confirmed report: received, notice sent, content removed.</p>"
        "<p>The median from report to removal was <strong>41 hours</strong>. Most delays came from hosts that "
        "answer only on working days, and from reports that had to be passed on to another hotline.</p>"
        "<p>Happy to share the spreadsheet template with any hotline that wants to compare.</p>",
        "notice and takedown, statistics",
        Strand.HOTLINE,
        20,
        (("hotline-pt@bik.example", "Please do share the template. Our figures are similar for hosts in Europe."),),
    ),
    DemoPost(
        "awareness-fr@bik.example",
        "Training teachers to spot misinformation: slides to share",
        "Our one-hour workshop for secondary school teachers, built around three real examples from social "
        "media. Free to adapt.",
        "<p>Teachers asked us for something they could use the next day. The workshop has three parts: why "
        "misinformation spreads, checking an image in two minutes, and a classroom activity.</p>"
        "<p>The slides are in French; an English version is on its way.</p>",
        "teacher training, misinformation",
        Strand.AWARENESS,
        30,
    ),
)


def _record(author: User, model: type[models.Model], when: dt.datetime) -> ModeratedItem:
    """A published moderation record, made directly: the demo is not subject to posting rate limits."""
    return ModeratedItem.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        space_key=BLOGS_SPACE,
        author=author,
        status=Status.PUBLISHED,
        created_at=when,
        queued_at=when,
    )


def _create(spec: DemoPost, author: User, people: dict[str, User], now: dt.datetime) -> BlogPost:
    when = PROMOTED_ON if spec.promoted else now - dt.timedelta(days=spec.days_ago, hours=3)
    record = _record(author, BlogPost, when)
    post = BlogPost.objects.create(
        moderation=record,
        author=author,
        title=spec.title,
        summary=spec.summary,
        body=services.sanitise(spec.body),
        tags=services.normalise_tags(spec.tags),
        strand=spec.strand,
        created_at=when,
        updated_at=when,
    )
    record.object_id = post.pk
    record.save(update_fields=["object_id"])
    for number, (email, text) in enumerate(spec.comments, start=1):
        commenter = people.get(email)
        if commenter is None:
            continue
        said = when + dt.timedelta(hours=5 * number)
        comment_record = _record(commenter, BlogComment, said)
        comment = BlogComment.objects.create(
            moderation=comment_record, post=post, author=commenter, body=text, created_at=said
        )
        comment_record.object_id = comment.pk
        comment_record.save(update_fields=["object_id"])
    return post


@transaction.atomic
def load(home: Any, out: Any = None) -> None:
    people = {person.email: person for person in demo_members()}
    editor = User.objects.filter(email=EDITOR_EMAIL).first()
    now = timezone.now()
    made = 0
    for spec in POSTS:
        author = people.get(spec.author)
        if author is None:
            continue
        post = BlogPost.objects.filter(author=author, title=spec.title).first()
        if post is None:
            post = _create(spec, author, people, now)
            made += 1
        if spec.promoted and editor is not None and post.promoted_at is None and services.news_index() is not None:
            services.promote_to_news(editor, post, date=post.created_at.date(), notify_author=False)
    if out is not None:
        out.write(f"{BlogPost.objects.count()} community blog posts ready ({made} new).")
