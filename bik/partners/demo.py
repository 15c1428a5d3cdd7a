# ruff: noqa: E501 -- demo prose: one sentence per field reads better than split strings
"""Demo partners: a research organisation and an industry one, each with its demo account, published
publications (through the same review as real ones), one study waiting for review, and the industry partner's
commitments with self-reports for two years. Idempotent: what exists is left alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from bik.accounts.models import User
from bik.demo.pdf import minimal_pdf
from bik.demo.registry import mark_demo
from bik.news.models import Topic
from bik.pages.models import HomePage
from bik.partners import services
from bik.partners.models import Commitment, PartnerMember, PartnerOrganisation, SelfReport, Submission
from bik.pictures import demo as pictures
from bik.research.models import PublicationType
from bik.resources.models import Audience

T = PublicationType
DEMO_NOTE = "Demo publication written for the Better Internet for Kids platform; its findings are illustrative."


@dataclass(frozen=True)
class DemoPublication:
    title: str
    kind: str
    year: int
    summary: str
    topics: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    published: bool = True


# slug, name, kind, account, picture (motif, palette), description, website, publications
ORGANISATIONS: list[tuple[str, str, str, str, tuple[str, int], str, str, list[DemoPublication]]] = [
    (
        "nordic-childrens-online-research",
        "Nordic Centre for Children's Online Research",
        PartnerOrganisation.Kind.RESEARCH,
        "partner-research@bik.example",
        ("chart", 4),
        "An independent research centre studying how children and young people in the Nordic countries live online, with schools, families and young researchers. (A demo organisation.)",
        "https://research.example",
        [
            DemoPublication(
                "Growing up with group chats",
                T.STUDY,
                2025,
                "How 11 to 15 year-olds use group chats at school and at home, what makes a chat feel safe, and when they leave one.",
                ("cyberbullying", "wellbeing"),
                ("teachers", "parents"),
            ),
            DemoPublication(
                "Screen time rules that families keep",
                T.REPORT,
                2026,
                "Interviews with 60 families about the rules they agreed on, which ones lasted, and why talking worked better than apps.",
                ("wellbeing",),
                ("parents",),
            ),
            DemoPublication(
                "Young people and AI companions",
                T.STUDY,
                2026,
                "A first look at how teenagers talk to chatbots about worries, friendship and homework, and what they expect from them.",
                ("artificial-intelligence",),
                ("professionals",),
                published=False,
            ),
        ],
    ),
    (
        "playfair-games",
        "PlayFair Games",
        PartnerOrganisation.Kind.INDUSTRY,
        "partner-industry@bik.example",
        ("game", 0),
        "A games studio making online games for players from 10 years up, committed to safe chat, fair spending and clear privacy settings. (A demo company.)",
        "https://playfair.example",
        [
            DemoPublication(
                "Our commitments for younger players",
                T.INDUSTRY_COMMITMENT,
                2025,
                "What we promise players under 16: chat off by default, no loot boxes, spending limits parents set, and reports answered within a day.",
                ("gaming",),
                ("parents", "professionals"),
            ),
            DemoPublication(
                "Family settings guide",
                T.TOOL,
                2026,
                "A step-by-step tool for parents and carers to set chat, spending and play-time limits together with their child.",
                ("gaming", "privacy"),
                ("parents",),
            ),
        ],
    ),
]

COMMITMENTS = [
    ("Chat is off by default for players under 16", "Young players turn chat on with a parent, per game."),
    ("No paid random rewards", "No loot boxes or other paid items whose content is left to chance."),
    ("Reports answered within 24 hours", "Every report of abuse gets a human answer within a day."),
]
# year: (done, evidence) per commitment, in the order of COMMITMENTS
SELF_REPORTS: dict[int, list[tuple[str, str]]] = {
    2025: [
        ("Chat off by default in two of our four games.", "https://playfair.example/transparency/2025"),
        ("Loot boxes removed from one game; one still sells them.", ""),
        ("62% of reports answered within 24 hours.", "https://playfair.example/transparency/2025#reports"),
    ],
    2026: [
        ("Chat off by default in all four games.", "https://playfair.example/transparency/2026"),
        ("No paid random rewards left in any game.", "https://playfair.example/transparency/2026#rewards"),
        (
            "91% of reports answered within 24 hours; a second moderation team started.",
            "https://playfair.example/transparency/2026#reports",
        ),
    ],
}


def load(home: HomePage, out: Any = None) -> None:
    editor = User.objects.get(email="editor@bik.example")
    admin = User.objects.get(email="admin@bik.example")
    added = 0
    for slug, name, kind, account, picture, description, website, publications in ORGANISATIONS:
        organisation = PartnerOrganisation.objects.filter(slug=slug).first()
        if organisation is None:
            organisation = PartnerOrganisation.objects.create(
                slug=slug,
                name=name,
                kind=kind,
                description=description,
                website=website,
                status=PartnerOrganisation.Status.APPROVED,
                decided_at=timezone.now(),
                decided_by=admin,
                image=pictures.ensure(picture),
                image_alt=f"{name} (demo logo)",
            )
            mark_demo(organisation)
        partner = User.objects.get(email=account)
        if not PartnerMember.objects.filter(organisation=organisation, user=partner).exists():
            services.add_member(admin, organisation, partner)
        titles = set(Submission.objects.filter(organisation=organisation).values_list("publication__title", flat=True))
        for item in publications:
            if item.title in titles:
                continue
            fields = services.PublicationFields(
                title=item.title,
                summary=f"{item.summary}\n\n{DEMO_NOTE}",
                publication_type=item.kind,
                year=item.year,
                topics=list(Topic.objects.filter(locale__language_code="en", slug__in=item.topics)),
                audiences=list(Audience.objects.filter(locale__language_code="en", slug__in=item.audiences)),
            )
            pdf = ContentFile(minimal_pdf(item.title, [item.summary, "", DEMO_NOTE]), name=f"{item.title[:40]}.pdf")
            submission = services.submit_publication(partner, organisation, fields, pdf)
            mark_demo(submission.publication)
            if item.published:
                services.publish_submission(editor, submission, notify=False)
            added += 1
        if kind == PartnerOrganisation.Kind.INDUSTRY:
            _self_reports(partner, organisation)
    if out is not None and added:
        out.write(f"{added} demo partner publications added.")


def _self_reports(partner: User, organisation: PartnerOrganisation) -> None:
    commitments = []
    for title, description in COMMITMENTS:
        commitment = Commitment.objects.filter(organisation=organisation, title=title).first()
        commitments.append(
            commitment or services.add_commitment(partner, organisation, title=title, description=description)
        )
    for year, entries in SELF_REPORTS.items():
        if SelfReport.objects.filter(organisation=organisation, year=year).exists():
            continue
        services.save_self_report(
            partner,
            organisation,
            year,
            {commitment.pk: entry for commitment, entry in zip(commitments, entries, strict=True)},
            publish=True,
        )
