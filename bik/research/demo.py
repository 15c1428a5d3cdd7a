# ruff: noqa: E501 -- demo prose: one sentence per field reads better than split strings
"""Demo research and industry area: the publications page under the portal and fifteen publications written for
the project, each with a small PDF generated here (a one-page, valid PDF 1.4 file). Idempotent: only missing
publications (and their files) are added."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from bik.demo.registry import mark_demo
from bik.news.models import Topic
from bik.pages.models import HomePage, SectionPage
from bik.research.models import Publication, PublicationType, ResearchIndexPage

T = PublicationType
DEMO_NOTE = "Demo publication written for the Better Internet for Kids platform; its findings are illustrative."

# slug, title, type, year, authors, organisation, topics, summary
PUBLICATIONS: list[tuple[str, str, str, int, str, str, list[str], str]] = [
    (
        "children-online-2026",
        "Children online: a survey of 9 to 16 year-olds",
        T.STUDY,
        2026,
        "A. Novak, M. Costa",
        "Network research group",
        ["wellbeing", "privacy"],
        "How children across twelve countries go online, what they enjoy and what bothers them, and who they turn to for help.",
    ),
    (
        "helpline-trends-2025",
        "What helplines heard in 2025",
        T.REPORT,
        2025,
        "",
        "Insafe helplines",
        ["cyberbullying", "grooming"],
        "The reasons children and parents contacted national helplines over the year, and how they changed from the year before.",
    ),
    (
        "hotline-annual-report-2025",
        "Hotlines' annual report 2025",
        T.REPORT,
        2025,
        "",
        "INHOPE network of hotlines",
        ["csam"],
        "Reports received by hotlines, how quickly illegal material was removed, and the lessons for platforms.",
    ),
    (
        "age-assurance-guide",
        "Age assurance: a guide for online services",
        T.INDUSTRY_GUIDE,
        2025,
        "",
        "Industry working group",
        ["privacy", "harmful-content"],
        "Practical steps for checking users' ages in ways that respect their privacy and children's rights.",
    ),
    (
        "safety-by-design-games",
        "Safety by design in online games",
        T.INDUSTRY_GUIDE,
        2024,
        "L. Berg",
        "Games industry forum",
        ["gaming"],
        "How game studios can design chat, matchmaking and purchases so that young players are safer by default.",
    ),
    (
        "policy-minors-protection",
        "Protecting minors online: options for policymakers",
        T.POLICY_PAPER,
        2025,
        "E. Duval, K. Horvat",
        "Policy unit",
        ["harmful-content"],
        "A comparison of regulatory approaches across Europe and what they mean for children and for services.",
    ),
    (
        "misinformation-teens",
        "Teenagers and misinformation",
        T.STUDY,
        2024,
        "S. Ionescu",
        "University research partner",
        ["misinformation", "media-literacy"],
        "How 13 to 17 year-olds judge whether news they see online is true, and which lessons help them.",
    ),
    (
        "ai-chatbots-children",
        "Children and AI chatbots",
        T.STUDY,
        2026,
        "P. Lindqvist, R. Murphy",
        "Network research group",
        ["artificial-intelligence"],
        "What children ask AI chatbots, what they believe about the answers, and what parents know about it.",
    ),
    (
        "youth-participation-report",
        "Young people's voices in online safety",
        T.REPORT,
        2024,
        "",
        "BIK Youth panel",
        ["youth-participation"],
        "Youth panellists report on the issues they chose to work on and the changes they asked for.",
    ),
    (
        "cyberbullying-schools-policy",
        "Cyberbullying in schools: policy recommendations",
        T.POLICY_PAPER,
        2023,
        "M. Papadopoulou",
        "Hellenic Safer Internet Centre",
        ["cyberbullying"],
        "Recommendations for school policies on cyberbullying, drawn from helpline cases and teachers' experience.",
    ),
    (
        "parental-controls-review",
        "Parental controls: what works",
        T.STUDY,
        2023,
        "J. Kowalski",
        "Polish Safer Internet Centre",
        ["wellbeing", "gaming"],
        "A review of parental control tools and how families use them, with advice on combining them with conversation.",
    ),
    (
        "content-moderation-guide",
        "Content moderation and young users",
        T.INDUSTRY_GUIDE,
        2023,
        "",
        "Industry working group",
        ["harmful-content"],
        "Good practice for moderating content that young users see and post, including reporting and appeals.",
    ),
    (
        "safer-internet-day-impact",
        "Safer Internet Day: measuring the impact",
        T.REPORT,
        2024,
        "",
        "Safer Internet Day coordinators",
        ["safer-internet-day"],
        "How many people took part in Safer Internet Day events and what participants said they would do differently.",
    ),
    (
        "digital-consent-age",
        "The age of digital consent across Europe",
        T.POLICY_PAPER,
        2022,
        "C. Rossi",
        "Policy unit",
        ["privacy"],
        "The age from which children may consent to the use of their data in each country, and its consequences.",
    ),
    (
        "grooming-prevention-study",
        "Preventing online grooming",
        T.STUDY,
        2022,
        "H. Jensen, T. Varga",
        "University research partner",
        ["grooming"],
        "What helps children recognise grooming early, based on interviews with helpline counsellors and young people.",
    ),
]


def _pdf_string(text: str) -> str:
    safe = "".join(char if 32 <= ord(char) < 127 else "?" for char in text)
    return "(" + safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def minimal_pdf(title: str, lines: list[str]) -> bytes:
    """A valid one-page PDF 1.4 with the title and some lines of text in Helvetica, and a correct xref table."""
    text = ["BT", "/F1 18 Tf", "72 770 Td", f"{_pdf_string(title)} Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines:
        text.extend([f"{_pdf_string(line)} Tj", "0 -16 Td"])
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title " + _pdf_string(title).encode("latin-1") + b" /Producer (Better Internet for Kids demo) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _wrap(text: str, width: int = 80) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current] if current else lines


def load(home: HomePage, out: Any = None) -> None:
    _index(home)
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    existing = set(Publication.objects.filter(locale=english).values_list("slug", flat=True))
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=english)}
    document_model = get_document_model()
    added = 0
    for slug, title, kind, year, authors, organisation, topic_slugs, summary in PUBLICATIONS:
        if slug in existing:
            continue
        content = minimal_pdf(title, [*_wrap(summary), "", DEMO_NOTE])
        document = document_model(title=title)
        document.file.save(f"{slug}.pdf", ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
        publication = Publication(
            title=title,
            slug=slug,
            summary=f"{summary}\n\n{DEMO_NOTE}",
            authors=authors,
            organisation=organisation,
            year=year,
            publication_type=kind,
            document=document,
            locale=english,
        )
        publication.full_clean()
        publication.save()
        mark_demo(publication)
        publication.topics.set([topics[s] for s in topic_slugs if s in topics])
        publication.save()
        publication.save_revision().publish()
        added += 1
    if out is not None and added:
        out.write(f"{added} demo publications added to the research area.")


def _index(home: HomePage) -> ResearchIndexPage:
    portal: Page | None = SectionPage.objects.child_of(home).filter(slug="portal").first()
    parent: Page = portal or home
    existing: ResearchIndexPage | None = ResearchIndexPage.objects.child_of(parent).filter(slug="research").first()
    if existing is not None:
        return existing
    index = ResearchIndexPage(
        title="Research and industry",
        slug="research",
        intro="Reports, studies, policy papers and guides for industry from the network of Safer Internet Centres and its partners, free to download.",
        show_in_menus=False,
    )
    parent.add_child(instance=index)
    mark_demo(index)
    index.save_revision().publish()
    return index
