"""Demo news: topics and audiences (in English, French and German), sections and authors for the core demo
articles, and more articles written for the project so every section, topic and audience filter shows results.
Core and added articles together fill exactly one page of the news index (12), so the oldest stays on it.
Idempotent: it only adds what is missing and never changes an article an editor has classified."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wagtail.models import Locale
from wagtail.rich_text import RichText

from bik.catalogue.models import Term
from bik.demo.registry import demo_ids, mark_demo
from bik.network.models import Centre
from bik.news.models import ArticlePage, Audience, NewsIndexPage, Section, Topic
from bik.pages.models import HomePage
from bik.pictures import demo as pictures

# slug: (English, French, German)
TOPICS: dict[str, tuple[str, str, str]] = {
    "cyberbullying": ("Cyberbullying", "Cyberharcèlement", "Cybermobbing"),
    "harmful-content": ("Harmful content", "Contenus préjudiciables", "Schädliche Inhalte"),
    "misinformation": ("Misinformation", "Désinformation", "Desinformation"),
    "privacy": ("Privacy and personal data", "Vie privée et données personnelles", "Privatsphäre und Daten"),
    "grooming": ("Online grooming", "Pédopiégeage en ligne", "Cybergrooming"),
    "csam": (
        "Child sexual abuse material",
        "Contenus pédopornographiques",
        "Darstellungen sexuellen Kindesmissbrauchs",
    ),
    "wellbeing": ("Digital wellbeing", "Bien-être numérique", "Digitales Wohlbefinden"),
    "gaming": ("Gaming", "Jeux vidéo", "Gaming"),
    "artificial-intelligence": ("Artificial intelligence", "Intelligence artificielle", "Künstliche Intelligenz"),
    "media-literacy": ("Media literacy", "Éducation aux médias", "Medienkompetenz"),
    "youth-participation": ("Youth participation", "Participation des jeunes", "Jugendbeteiligung"),
    "safer-internet-day": ("Safer Internet Day", "Safer Internet Day", "Safer Internet Day"),
}
AUDIENCES: dict[str, tuple[str, str, str]] = {
    "children": ("Children", "Enfants", "Kinder"),
    "young-people": ("Young people", "Jeunes", "Jugendliche"),
    "parents": ("Parents and carers", "Parents", "Eltern"),
    "teachers": ("Teachers and educators", "Enseignants et éducateurs", "Lehrkräfte"),
    "industry": ("Industry", "Industrie", "Wirtschaft"),
    "policymakers": ("Policymakers", "Décideurs politiques", "Politik"),
    "researchers": ("Researchers", "Chercheurs", "Forschende"),
}
TRANSLATED_LANGUAGES = ("fr", "de")

# The core demo articles (bik/demo/data/news.yaml): section, topics, audiences, author, centre.
CORE_ARTICLES: dict[str, tuple[str, list[str], list[str], str, str]] = {
    "alliance-to-better-protect-minors-online-first-meeting": (
        Section.POLICY,
        ["harmful-content"],
        ["industry", "policymakers"],
        "BIK editorial team",
        "",
    ),
    "commission-welcomes-alliance-safer-internet-day-2017": (
        Section.POLICY,
        ["harmful-content", "safer-internet-day"],
        ["policymakers", "industry"],
        "BIK editorial team",
        "",
    ),
    "safer-internet-day-2017-thank-you": (
        Section.AWARENESS,
        ["safer-internet-day", "media-literacy"],
        ["parents", "teachers", "young-people"],
        "",
        "",
    ),
    "youth-ambassador-alliance-launch-sid-2017": (
        Section.YOUTH,
        ["youth-participation", "safer-internet-day"],
        ["young-people"],
        "Emilia, Insafe Youth Ambassador",
        "DE",
    ),
    "alliance-companies-announce-commitments": (
        Section.INDUSTRY,
        ["harmful-content", "privacy"],
        ["industry", "parents"],
        "BIK editorial team",
        "",
    ),
    "end-violence-partnership-safer-internet-day-2020": (
        Section.NEWS,
        ["csam", "safer-internet-day"],
        ["policymakers", "industry"],
        "",
        "",
    ),
}

# Articles written for the demo (not real news): slug, title, date, section, topics, audiences, author,
# centre, introduction, body paragraphs.
MORE_ARTICLES: list[dict[str, Any]] = [
    {
        "slug": "what-helplines-hear-about-cyberbullying",
        "title": "What helplines hear about cyberbullying",
        "date": dt.date(2025, 11, 12),
        "section": Section.HELPLINES,
        "topics": ["cyberbullying", "wellbeing"],
        "audiences": ["parents", "young-people"],
        "author": "",
        "centre": "IE",
        "intro": "Helpline counsellors describe the cyberbullying calls they take most often, and what helps.",
        "body": [
            "Most calls about cyberbullying start in a group chat. A joke goes too far, a photo is shared without "
            "asking, or someone is left out on purpose and everyone can see it.",
            "Counsellors listen first. Then they help the young person keep evidence, block and report the "
            "accounts involved, and decide which trusted adult to tell.",
        ],
    },
    {
        "slug": "how-hotlines-remove-child-sexual-abuse-material",
        "title": "How hotlines get child sexual abuse material removed",
        "date": dt.date(2025, 10, 2),
        "section": Section.HOTLINES,
        "topics": ["csam", "harmful-content"],
        "audiences": ["parents", "teachers", "industry"],
        "author": "",
        "centre": "NL",
        "intro": "A report to a hotline starts a chain that ends with the material taken down. Here is each step.",
        "body": [
            "Anyone can report a web address anonymously. Trained analysts check whether the content is illegal "
            "in the country where it is hosted.",
            "If it is, the hotline there informs the hosting provider and the police, and the address is followed "
            "until the material is gone.",
        ],
    },
    {
        "slug": "spotting-misinformation-classroom-activity",
        "title": "Spotting misinformation: a classroom activity for 13 to 15 year-olds",
        "date": dt.date(2025, 9, 18),
        "section": Section.AWARENESS,
        "topics": ["misinformation", "media-literacy"],
        "audiences": ["teachers", "young-people"],
        "author": "Maria Papadopoulou",
        "centre": "GR",
        "intro": "A 45-minute lesson in which pupils trace a viral claim back to its source.",
        "body": [
            "Pupils work in pairs on a post that went viral. They look for who published it first, what evidence "
            "it gives and whether other sources confirm it.",
            "The lesson ends with three questions they can ask before sharing anything.",
        ],
    },
    {
        "slug": "young-people-set-the-agenda-on-ai",
        "title": "Young people set the agenda on AI and online safety",
        "date": dt.date(2026, 1, 20),
        "section": Section.YOUTH,
        "topics": ["artificial-intelligence", "youth-participation"],
        "audiences": ["young-people", "policymakers"],
        "author": "BIK Youth panel",
        "centre": "",
        "intro": "Youth panellists from twelve countries agreed on five asks for companies that build AI chatbots.",
        "body": [
            "The panellists asked for clear labels on AI-generated images, easy ways to report a chatbot's answer, "
            "and settings that are safe by default for younger users.",
            "They will present their asks to policymakers on Safer Internet Day.",
        ],
    },
    {
        "slug": "study-families-game-parental-controls",
        "title": "Study: how families use parental controls in games",
        "date": dt.date(2025, 6, 5),
        "section": Section.RESEARCH,
        "topics": ["gaming", "wellbeing"],
        "audiences": ["researchers", "parents", "children"],
        "author": "Dr Jonas Weber",
        "centre": "FI",
        "intro": "Fewer than half of the parents surveyed had set up the controls their children's games offer.",
        "body": [
            "The survey asked 3,000 families in six countries about spending limits, chat filters and play-time "
            "reports on the consoles and apps their children use most.",
            "Parents who set the controls up together with their children were the most likely to keep them.",
        ],
    },
    {
        "slug": "grooming-warning-signs",
        "title": "Online grooming: warning signs for parents and teachers",
        "date": dt.date(2024, 10, 21),
        "section": Section.HELPLINES,
        "topics": ["grooming"],
        "audiences": ["parents", "teachers"],
        "author": "",
        "centre": "FR",
        "intro": "Secrecy, gifts and a sudden new friend: what to look for, and where to get help.",
        "body": [
            "Groomers often try to move a conversation to a private app and ask the child to keep it secret.",
            "If you are worried, stay calm, keep the evidence and contact your national helpline.",
        ],
    },
]


def _log(out: Any, message: str) -> None:
    if out is not None:
        out.write(message)


def _ensure_terms(model: type[Term], terms: dict[str, tuple[str, str, str]]) -> dict[str, Term]:
    english = Locale.get_default()
    others = {code: Locale.objects.filter(language_code=code).first() for code in TRANSLATED_LANGUAGES}
    by_slug: dict[str, Term] = {}
    for slug, names in terms.items():
        term = model.objects.filter(slug=slug, locale=english).first()
        if term is None:
            term = model.objects.create(slug=slug, name=names[0], locale=english)
            mark_demo(term)
        by_slug[slug] = term
        for position, code in enumerate(TRANSLATED_LANGUAGES, start=1):
            locale = others[code]
            if locale is None or model.objects.filter(translation_key=term.translation_key, locale=locale).exists():
                continue
            translation = term.copy_for_translation(locale)
            translation.name = names[position]
            translation.save()
    return by_slug


def _classify(
    article: ArticlePage,
    *,
    section: str,
    topics: list[Term],
    audiences: list[Term],
    author: str,
    centre: Centre | None,
) -> None:
    article.section = section
    article.topics.set(topics)
    article.audiences.set(audiences)
    article.author_name = author
    article.author_centre = centre
    if article.image is None:
        article.image = pictures.picture_for(section, article.slug)
    article.save_revision().publish()


def load(home: HomePage, out: Any = None) -> None:
    index = NewsIndexPage.objects.child_of(home).filter(slug="news").first()
    if index is None:
        return
    topics = _ensure_terms(Topic, TOPICS)
    audiences = _ensure_terms(Audience, AUDIENCES)
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    existing = {article.slug: article for article in ArticlePage.objects.child_of(index)}
    demo_articles = set(demo_ids(ArticlePage))

    for slug, (section, topic_slugs, audience_slugs, author, country) in CORE_ARTICLES.items():
        article = existing.get(slug)
        if article is None or article.pk not in demo_articles or article.topics.exists():
            continue
        _classify(
            article,
            section=section,
            topics=[topics[s] for s in topic_slugs],
            audiences=[audiences[s] for s in audience_slugs],
            author=author,
            centre=centres.get(country),
        )

    added = 0
    for row in MORE_ARTICLES:
        if row["slug"] in existing:
            continue
        article = ArticlePage(
            slug=row["slug"],
            title=row["title"],
            date=row["date"],
            intro=row["intro"],
            body=[("paragraph", RichText("".join(f"<p>{text}</p>" for text in row["body"])))],
        )
        index.add_child(instance=article)
        mark_demo(article)
        _classify(
            article,
            section=row["section"],
            topics=[topics[s] for s in row["topics"]],
            audiences=[audiences[s] for s in row["audiences"]],
            author=row["author"],
            centre=centres.get(row["centre"]),
        )
        added += 1
    _log(out, f"News demo ready ({added} articles added, {len(topics)} topics, {len(audiences)} audiences).")
