"""Demo videos: topics and age groups (English, French, German), the gallery page under the portal, and twenty
videos in several languages. The YouTube and Vimeo addresses are fictional (ids start with "BIKdemo" or 9000000)
and every record is marked as demo. Idempotent: only what is missing is added."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wagtail.models import Locale, Page

from bik.catalogue.models import Vocabulary
from bik.demo.registry import demo_ids, mark_demo
from bik.pages.models import HomePage, SectionPage
from bik.pictures import demo as pictures
from bik.videos.models import AgeGroup, Topic, Video, VideoGalleryPage

# slug: (English, French, German)
TOPICS: dict[str, tuple[str, str, str]] = {
    "cyberbullying": ("Cyberbullying", "Cyberharcèlement", "Cybermobbing"),
    "sexting": ("Sexting", "Sextos", "Sexting"),
    "grooming": ("Grooming", "Pédopiégeage", "Cybergrooming"),
    "privacy": ("Privacy and data protection", "Vie privée et données", "Privatsphäre und Datenschutz"),
    "media-literacy": ("Media literacy and disinformation", "Éducation aux médias", "Medienkompetenz"),
    "gaming": ("Gaming", "Jeux vidéo", "Gaming"),
    "wellbeing": ("Digital wellbeing", "Bien-être numérique", "Digitales Wohlbefinden"),
    "hate-speech": ("Hate speech", "Discours de haine", "Hassrede"),
    "scams": ("E-crime and scams", "Arnaques en ligne", "Internetbetrug"),
    "artificial-intelligence": ("Artificial intelligence", "Intelligence artificielle", "Künstliche Intelligenz"),
    "parental-controls": ("Parental controls", "Contrôle parental", "Jugendschutzeinstellungen"),
    "online-relationships": ("Online relationships", "Relations en ligne", "Beziehungen im Netz"),
}
AGE_GROUPS: dict[str, tuple[str, str, str]] = {
    "0-5": ("0–5", "0–5 ans", "0–5 Jahre"),
    "6-8": ("6–8", "6–8 ans", "6–8 Jahre"),
    "9-12": ("9–12", "9–12 ans", "9–12 Jahre"),
    "13-15": ("13–15", "13–15 ans", "13–15 Jahre"),
    "16-18": ("16–18", "16–18 ans", "16–18 Jahre"),
    "adults": ("Adults", "Adultes", "Erwachsene"),
}
TRANSLATED = ("fr", "de")
DEMO_NOTE = "Demo entry written for the project; the video address is fictional."

# slug, title, description, languages, topics, age groups, duration, address, (unused: the poster of old)
VIDEOS: list[tuple[str, str, str, list[str], list[str], list[str], str, str, int | None]] = [
    (
        "think-before-you-share",
        "Think before you share",
        "A short animation about photos that travel further than you expect.",
        ["en"],
        ["privacy", "sexting"],
        ["13-15", "16-18"],
        "2:40",
        "https://www.youtube.com/watch?v=BIKdemo-001",
        0,
    ),
    (
        "stop-block-tell",
        "Stop, block, tell",
        "Three steps for children who see something online that upsets them.",
        ["en", "ga"],
        ["cyberbullying"],
        ["6-8", "9-12"],
        "1:55",
        "https://youtu.be/BIKdemo-002",
        1,
    ),
    (
        "harcelement-en-ligne-en-parler",
        "Harcèlement en ligne : en parler",
        "Des élèves racontent comment ils ont trouvé de l'aide auprès d'un adulte de confiance.",
        ["fr"],
        ["cyberbullying", "wellbeing"],
        ["9-12", "13-15"],
        "4:10",
        "https://vimeo.com/900000003",
        2,
    ),
    (
        "fake-or-real",
        "Fake or real? Checking a viral post",
        "A fact-checker shows how to trace a picture back to where it came from.",
        ["en", "nl"],
        ["media-literacy"],
        ["13-15", "16-18", "adults"],
        "6:05",
        "https://www.youtube.com/watch?v=BIKdemo-004",
        3,
    ),
    (
        "ki-bilder-erkennen",
        "KI-Bilder erkennen",
        "Woran man künstlich erzeugte Bilder erkennt – und wo das schwierig wird.",
        ["de"],
        ["artificial-intelligence", "media-literacy"],
        ["13-15", "16-18"],
        "5:20",
        "https://www.youtube.com/watch?v=BIKdemo-005",
        None,
    ),
    (
        "kyvernoekfovismos",
        "Κυβερνοεκφοβισμός: τι μπορείς να κάνεις",
        "Σύντομο βίντεο για εφήβους: πώς να κρατάς αποδείξεις, να μπλοκάρεις και να ζητάς βοήθεια.",
        ["el"],
        ["cyberbullying"],
        ["13-15"],
        "3:15",
        "https://vimeo.com/900000006",
        0,
    ),
    (
        "gaming-together-safely",
        "Gaming together, safely",
        "Parents and children set up a new console together: chat, spending limits and play time.",
        ["en"],
        ["gaming", "parental-controls"],
        ["9-12", "adults"],
        "7:30",
        "https://www.youtube.com/watch?v=BIKdemo-007",
        1,
    ),
    (
        "screen-time-family-deal",
        "A family deal on screen time",
        "How one family agreed rules everyone could keep, parents included.",
        ["en", "mt"],
        ["wellbeing", "parental-controls"],
        ["6-8", "9-12", "adults"],
        "4:45",
        "https://vimeo.com/900000008",
        None,
    ),
    (
        "ciberacoso-no-estas-solo",
        "Ciberacoso: no estás solo",
        "Jóvenes voluntarios explican dónde pedir ayuda y cómo apoyar a un amigo.",
        ["es"],
        ["cyberbullying", "online-relationships"],
        ["13-15", "16-18"],
        "3:50",
        "https://www.youtube.com/watch?v=BIKdemo-009",
        2,
    ),
    (
        "truffe-online-riconoscerle",
        "Truffe online: riconoscerle in tempo",
        "Messaggi falsi, premi inesistenti e account rubati: i segnali d'allarme.",
        ["it"],
        ["scams"],
        ["16-18", "adults"],
        "5:05",
        "https://www.youtube.com/watch?v=BIKdemo-010",
        3,
    ),
    (
        "mowa-nienawisci-reaguj",
        "Mowa nienawiści – reaguj",
        "Jak zgłaszać nienawistne treści i wspierać osoby, które są ich celem.",
        ["pl"],
        ["hate-speech"],
        ["13-15", "16-18"],
        "4:00",
        "https://vimeo.com/900000011",
        None,
    ),
    (
        "who-are-you-talking-to",
        "Who are you really talking to?",
        "A drama for young teenagers about a new online friend who asks for secrets.",
        ["en"],
        ["grooming", "online-relationships"],
        ["9-12", "13-15"],
        "8:10",
        "https://www.youtube.com/watch?v=BIKdemo-012",
        0,
    ),
    (
        "my-first-phone",
        "My first phone",
        "Cartoon tips for young children (and the parents of toddlers) about a first device.",
        ["en", "sv", "fi"],
        ["wellbeing", "privacy"],
        ["0-5", "6-8"],
        "2:05",
        "https://vimeo.com/900000013",
        1,
    ),
    (
        "datenschutz-im-klassenchat",
        "Datenschutz im Klassenchat",
        "Was in den Klassenchat gehört und was nicht – erklärt von Schülerinnen und Schülern.",
        ["de"],
        ["privacy", "cyberbullying"],
        ["9-12", "13-15"],
        "3:35",
        "https://www.youtube.com/watch?v=BIKdemo-014",
        None,
    ),
    (
        "chatbots-explained",
        "Chatbots explained for teachers",
        "What AI chatbots can and cannot do, and how to talk about them in class.",
        ["en", "fr", "de"],
        ["artificial-intelligence"],
        ["adults"],
        "11:20",
        "https://www.youtube.com/watch?v=BIKdemo-015",
        2,
    ),
    (
        "privacy-settings-in-ten-minutes",
        "Privacy settings in ten minutes",
        "A walk-through of the settings worth checking on any new app.",
        ["en"],
        ["privacy", "parental-controls"],
        ["13-15", "16-18", "adults"],
        "9:55",
        "https://vimeo.com/900000016",
        3,
    ),
    (
        "partager-des-photos-denfants",
        "Partager des photos d'enfants ?",
        "Ce que les parents devraient savoir avant de publier des photos de leurs enfants.",
        ["fr", "nl"],
        ["privacy"],
        ["adults"],
        "4:25",
        "https://www.youtube.com/watch?v=BIKdemo-017",
        None,
    ),
    (
        "kyberneticka-bezpecnost",
        "Bezpečně na internetu",
        "Krátké video pro děti o heslech, soukromí a o tom, komu říct, když se něco pokazí.",
        ["cs", "sk"],
        ["privacy", "scams"],
        ["9-12"],
        "3:00",
        "https://vimeo.com/900000018",
        0,
    ),
    (
        "when-a-game-gets-too-much",
        "When a game gets too much",
        "Young gamers talk about spotting when play stops being fun.",
        ["en"],
        ["gaming", "wellbeing"],
        ["13-15", "16-18"],
        "5:45",
        "https://www.youtube.com/watch?v=BIKdemo-019",
        1,
    ),
    (
        "nudes-and-the-law",
        "Nudes, consent and the law",
        "A youth worker answers questions teenagers asked anonymously about sexting.",
        ["en", "pt"],
        ["sexting", "online-relationships"],
        ["16-18"],
        "6:40",
        "https://www.youtube.com/watch?v=BIKdemo-020",
        None,
    ),
]


def load(home: HomePage, out: Any = None) -> None:
    english = Locale.objects.get(language_code="en")
    locales = {code: Locale.objects.get(language_code=code) for code in TRANSLATED}
    topics = _terms(Topic, TOPICS, english, locales)
    ages = _terms(AgeGroup, AGE_GROUPS, english, locales)
    _gallery(home)
    if Video.objects.filter(pk__in=demo_ids(Video)).exists():
        return
    spoken = {locale.language_code: locale for locale in Locale.objects.all()}
    for slug, title, description, languages, topic_slugs, age_slugs, duration, url, _poster in VIDEOS:
        minutes, seconds = duration.split(":")
        video = Video(
            title=title,
            slug=slug,
            description=f"{description}\n\n{DEMO_NOTE}",
            duration=dt.timedelta(minutes=int(minutes), seconds=int(seconds)),
            external_url=url,
            image=pictures.picture_for("video", slug),  # a poster drawn by the project, never a provider's
            locale=english,
        )
        video.languages = [spoken[code] for code in languages]
        video.topics = [topics[key] for key in topic_slugs]
        video.age_groups = [ages[key] for key in age_slugs]
        video.full_clean()
        video.save()
        mark_demo(video)
        video.save_revision().publish()
    if out is not None:
        out.write(f"{len(VIDEOS)} demo videos ready.")


def _terms(
    model: type[Vocabulary], names: dict[str, tuple[str, str, str]], english: Locale, locales: dict[str, Locale]
) -> dict[str, Any]:
    terms: dict[str, Any] = {}
    for position, (slug, (name_en, *translated)) in enumerate(names.items()):
        term = model.objects.filter(slug=slug, locale=english).first()
        if term is None:
            term = model.objects.create(slug=slug, name=name_en, sort_order=position, locale=english)
            mark_demo(term)
        for code, name in zip(TRANSLATED, translated, strict=True):
            if not model.objects.filter(translation_key=term.translation_key, locale=locales[code]).exists():
                copy = term.copy_for_translation(locales[code])
                copy.name = name
                copy.save()
        terms[slug] = term
    return terms


def _gallery(home: HomePage) -> VideoGalleryPage:
    portal: Page | None = SectionPage.objects.child_of(home).filter(slug="portal").first()
    parent: Page = portal or home
    existing: VideoGalleryPage | None = VideoGalleryPage.objects.child_of(parent).filter(slug="videos").first()
    if existing is not None:
        return existing
    gallery = VideoGalleryPage(
        title="Video gallery",
        slug="videos",
        intro="Short films for children, young people, parents and teachers from Safer Internet Centres, "
        "in many languages. Search, or filter by language, topic and age.",
        show_in_menus=False,
    )
    parent.add_child(instance=gallery)
    gallery.save_revision().publish()
    mark_demo(gallery)
    return gallery
