"""Demo resources: the four vocabularies of shared/reference/taxonomy.md (English, French, Greek), the gallery
page under the portal, and about sixty resources spread over every language, age group, audience, topic,
type and centre — among them Greek resources for 13-15 year-olds about cyberbullying and Italian resources for
parents of 9-12 year-olds, with files to download. Age groups agree with audiences (see `ages_for`).
Every record is marked as demo; the files are small generated PDFs and the links point to the reserved
`.example` domain. Idempotent: only what is missing is added."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from bik.catalogue.models import Vocabulary
from bik.demo.pdf import minimal_pdf
from bik.demo.registry import demo_ids, mark_demo
from bik.network.models import Centre
from bik.pages.models import HomePage, SectionPage
from bik.pictures import demo as pictures
from bik.pictures.motifs import stable_hash
from bik.resources.models import (
    AgeGroup,
    Audience,
    Licence,
    Resource,
    ResourceGalleryPage,
    ResourceLanguageVersion,
    ResourceType,
    Topic,
)

TRANSLATED = ("fr", "el")
# slug: (English, French, Greek)
TOPICS: dict[str, tuple[str, str, str]] = {
    "cyberbullying": ("Cyberbullying", "Cyberharcèlement", "Διαδικτυακός εκφοβισμός"),
    "sexting": ("Sexting", "Sextos", "Sexting"),
    "sextortion": (
        "Online sexual coercion and extortion",
        "Coercition et extorsion sexuelles en ligne",
        "Διαδικτυακός σεξουαλικός εκβιασμός",
    ),
    "grooming": ("Grooming", "Pédopiégeage", "Αποπλάνηση ανηλίκων (grooming)"),
    "privacy": (
        "Privacy and data protection",
        "Vie privée et protection des données",
        "Ιδιωτικότητα και προσωπικά δεδομένα",
    ),
    "media-literacy": (
        "Media literacy and disinformation",
        "Éducation aux médias et désinformation",
        "Παιδεία στα μέσα και παραπληροφόρηση",
    ),
    "big-data": ("Big data", "Mégadonnées", "Μαζικά δεδομένα"),
    "gaming": ("Gaming", "Jeux vidéo", "Παιχνίδια"),
    "wellbeing": (
        "Excessive use and digital wellbeing",
        "Usage excessif et bien-être numérique",
        "Υπερβολική χρήση και ψηφιακή ευημερία",
    ),
    "hate-speech": ("Hate speech", "Discours de haine", "Ρητορική μίσους"),
    "radicalisation": ("Radicalisation", "Radicalisation", "Ριζοσπαστικοποίηση"),
    "scams": ("E-crime and scams", "Cybercriminalité et arnaques", "Ηλεκτρονικό έγκλημα και απάτες"),
    "online-reputation": ("Online reputation", "E-réputation", "Διαδικτυακή φήμη"),
    "positive-content": ("Positive online content", "Contenus positifs en ligne", "Θετικό διαδικτυακό περιεχόμενο"),
    "digital-citizenship": (
        "Digital citizenship and rights",
        "Citoyenneté numérique et droits",
        "Ψηφιακή πολιτειότητα και δικαιώματα",
    ),
    "artificial-intelligence": ("Artificial intelligence", "Intelligence artificielle", "Τεχνητή νοημοσύνη"),
    "advertising": ("Advertising and commercialism", "Publicité et marketing", "Διαφήμιση και εμπορευματοποίηση"),
    "parental-controls": (
        "Parental controls and technical settings",
        "Contrôle parental et réglages",
        "Γονικός έλεγχος και ρυθμίσεις",
    ),
    "online-relationships": ("Online relationships", "Relations en ligne", "Διαδικτυακές σχέσεις"),
    "harmful-content": ("Harmful content", "Contenus préjudiciables", "Επιβλαβές περιεχόμενο"),
}
AUDIENCES: dict[str, tuple[str, str, str]] = {
    "children": ("Children", "Enfants", "Παιδιά"),
    "teenagers": ("Teenagers", "Adolescents", "Έφηβοι"),
    "parents": ("Parents and carers", "Parents et aidants", "Γονείς και κηδεμόνες"),
    "teachers": ("Teachers and educators", "Enseignants et éducateurs", "Εκπαιδευτικοί"),
    "professionals": (
        "Social workers and professionals",
        "Travailleurs sociaux et professionnels",
        "Κοινωνικοί λειτουργοί και επαγγελματίες",
    ),
    "researchers": ("Researchers and policy makers", "Chercheurs et décideurs", "Ερευνητές και φορείς πολιτικής"),
    "industry": ("Industry", "Industrie", "Βιομηχανία"),
}
AGE_GROUPS: dict[str, tuple[str, str, str]] = {
    "0-5": ("0–5", "0–5 ans", "0–5 ετών"),
    "6-8": ("6–8", "6–8 ans", "6–8 ετών"),
    "9-12": ("9–12", "9–12 ans", "9–12 ετών"),
    "13-15": ("13–15", "13–15 ans", "13–15 ετών"),
    "16-18": ("16–18", "16–18 ans", "16–18 ετών"),
    "adults": ("Adults", "Adultes", "Ενήλικες"),
}
TYPES: dict[str, tuple[str, str, str]] = {
    "handbook": ("Handbook", "Manuel", "Εγχειρίδιο"),
    "guide": ("Guide", "Guide", "Οδηγός"),
    "tip-sheet": ("Tip sheet", "Fiche pratique", "Φύλλο συμβουλών"),
    "lesson-plan": ("Lesson plan", "Plan de cours", "Σχέδιο μαθήματος"),
    "game": ("Educational game", "Jeu éducatif", "Εκπαιδευτικό παιχνίδι"),
    "quiz": ("Quiz", "Quiz", "Κουίζ"),
    "video": ("Video", "Vidéo", "Βίντεο"),
    "poster": ("Poster", "Affiche", "Αφίσα"),
    "app": ("App", "Application", "Εφαρμογή"),
    "online-course": ("Online course", "Cours en ligne", "Διαδικτυακό μάθημα"),
    "report": ("Report or study", "Rapport ou étude", "Έκθεση ή μελέτη"),
    "campaign": ("Campaign material", "Matériel de campagne", "Υλικό εκστρατείας"),
}
# The centre most likely to publish in each language (none for languages without a centre in the network).
CENTRE_FOR_LANGUAGE = {
    "bg": "BG", "cs": "CZ", "da": "DK", "de": "DE", "el": "GR", "en": "IE", "et": "EE", "fi": "FI", "fr": "FR",
    "ga": "IE", "hr": "HR", "hu": "HU", "it": "IT", "lt": "LT", "lv": "LV", "mt": "MT", "nl": "NL", "pl": "PL",
    "pt": "PT", "ro": "RO", "sk": "SK", "sl": "SI", "sv": "SE", "is": "IS", "nb": "NO", "sr": "RS",
}  # fmt: skip
DEMO_NOTE = "Demo resource written for the project."

# The Greek resources a Greek teacher looks for: 13-15 year-olds, cyberbullying, with a file to download.
# (title, description, extra topics, type, audiences)
GREEK_CYBERBULLYING: list[tuple[str, str, list[str], str, list[str]]] = [
    (
        "Σταμάτα τον διαδικτυακό εκφοβισμό: οδηγός για εφήβους",
        "Τι είναι ο διαδικτυακός εκφοβισμός, πώς να τον αναγνωρίσεις και σε ποιον να μιλήσεις. "
        "Με ασκήσεις για την τάξη και τη γραμμή βοήθειας.",
        [],
        "guide",
        ["teenagers", "teachers"],
    ),
    (
        "Σχέδιο μαθήματος: όταν η παρέα γίνεται σκληρή στο διαδίκτυο",
        "Ένα δίωρο μάθημα για μαθητές 13–15 ετών με σενάρια, συζήτηση σε ομάδες και φύλλο εργασίας.",
        ["online-relationships"],
        "lesson-plan",
        ["teachers"],
    ),
    (
        "Φύλλο συμβουλών: μπλόκαρε, κατάγραψε, ανάφερε",
        "Τρία βήματα όταν δέχεσαι προσβλητικά μηνύματα: πώς να μπλοκάρεις, να κρατήσεις αποδείξεις "
        "και να κάνεις αναφορά.",
        ["harmful-content"],
        "tip-sheet",
        ["teenagers", "parents"],
    ),
]
# English templates for the other resources: (title, type, audiences, description)
KINDS: list[tuple[str, str, list[str], str]] = [
    (
        "{topic}: a guide for parents",
        "guide",
        ["parents"],
        "What parents and carers should know about {t}, and how to start a conversation at home.",
    ),
    (
        "Teaching {t}: a lesson plan",
        "lesson-plan",
        ["teachers"],
        "A ready-to-use lesson about {t} with activities, discussion questions and a worksheet.",
    ),
    (
        "{topic} in five questions",
        "quiz",
        ["children", "teenagers"],
        "A short quiz about {t} for young people, with explanations for every answer.",
    ),
    (
        "{topic}: tips for young people",
        "tip-sheet",
        ["teenagers"],
        "Practical advice about {t} written with the youth panel of a Safer Internet Centre.",
    ),
    (
        "The {t} handbook for schools",
        "handbook",
        ["teachers", "professionals"],
        "A handbook for school staff: policy, prevention and how to respond when something goes wrong with {t}.",
    ),
    ("Play and learn: {t}", "game", ["children"], "An educational game that helps children understand {t}."),
    (
        "Understanding {t}: a study",
        "report",
        ["researchers", "industry"],
        "Findings of a survey about {t} among children, parents and teachers.",
    ),
    (
        "{topic}: campaign poster",
        "poster",
        ["children", "teenagers"],
        "A poster for classrooms and youth centres about {t}.",
    ),
    (
        "{topic}: an online course",
        "online-course",
        ["teachers", "professionals"],
        "A self-paced online course about {t} for educators and social workers.",
    ),
    (
        "{topic}: campaign kit",
        "campaign",
        ["industry", "parents"],
        "Posters, social media cards and a briefing to run an awareness campaign about {t}.",
    ),
    ("{topic} explained", "video", ["children", "teenagers", "parents"], "A short explainer about {t}."),
    ("The {t} app", "app", ["teenagers"], "A free app about {t} with daily challenges."),
]
# Target ages that agree with the audiences: children are up to 12, teenagers 13 to 18; resources for the adults
# around them (parents, teachers, professionals) are about children of some age; studies are for adults.
CHILD_AGES = [["6-8"], ["9-12"], ["6-8", "9-12"], ["0-5", "6-8"]]
TEEN_AGES = [["13-15"], ["16-18"], ["13-15", "16-18"]]
CARED_FOR_AGES = [["0-5", "6-8"], ["9-12"], ["6-8", "9-12"], ["13-15"], ["13-15", "16-18"]]
AGE_ORDER = list(AGE_GROUPS)
YOUNG_AUDIENCES = {"children", "teenagers"}
CARING_AUDIENCES = {"parents", "teachers", "professionals"}


def ages_for(audiences: list[str], number: int) -> list[str]:
    """Age groups for the `number`-th resource with these audiences, never contradicting them."""
    ages: set[str] = set()
    if "children" in audiences:
        ages.update(CHILD_AGES[number % len(CHILD_AGES)])
    if "teenagers" in audiences:
        ages.update(TEEN_AGES[number % len(TEEN_AGES)])
    if not ages:
        ages.update(CARED_FOR_AGES[number % len(CARED_FOR_AGES)] if CARING_AUDIENCES & set(audiences) else ["adults"])
    return sorted(ages, key=AGE_ORDER.index)


# What an Italian parent looks for: resources in Italian for parents of 9-12 year-olds.
ITALIAN_PARENTS: list[tuple[str, str, str, str]] = [
    (
        "Il primo smartphone: una guida per i genitori",
        "Quando dare il primo smartphone, quali regole concordare in famiglia e come impostare i controlli "
        "parentali per ragazzi dai 9 ai 12 anni.",
        "parental-controls",
        "guide",
    ),
    (
        "Videogiochi in famiglia: consigli per i genitori",
        "Come scegliere giochi adatti all'età, parlare degli acquisti in-app e giocare insieme ai figli.",
        "gaming",
        "tip-sheet",
    ),
    (
        "Cyberbullismo: come parlarne a casa",
        "Segnali a cui fare attenzione, domande per iniziare la conversazione e a chi rivolgersi per un aiuto.",
        "cyberbullying",
        "guide",
    ),
]
LICENCES = list(Licence.values)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Resources whose English text also has a French translation (made as an editor would, with wagtail-localize).
TRANSLATED_TEXTS = 3


def load(home: HomePage, out: Any = None) -> None:
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    locales = {code: Locale.objects.get(language_code=code) for code in TRANSLATED}
    terms = {
        "topic": _terms(Topic, TOPICS, english, locales),
        "audience": _terms(Audience, AUDIENCES, english, locales),
        "age": _terms(AgeGroup, AGE_GROUPS, english, locales),
        "type": _terms(ResourceType, TYPES, english, locales),
    }
    _gallery(home)
    if Resource.objects.filter(pk__in=demo_ids(Resource)).exists():
        _italian_parents(terms)
        return
    created = _resources(terms) + _italian_parents(terms)
    if out is not None:
        out.write(f"{created} demo resources ready.")


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


def _gallery(home: HomePage) -> ResourceGalleryPage:
    portal: Page | None = SectionPage.objects.child_of(home).filter(slug="portal").first()
    parent: Page = portal or home
    existing: ResourceGalleryPage | None = ResourceGalleryPage.objects.child_of(parent).filter(slug="resources").first()
    if existing is not None:
        return existing
    gallery = ResourceGalleryPage(
        title="Resource gallery",
        slug="resources",
        intro="Handbooks, guides, tip sheets, lesson plans, games and quizzes from the Safer Internet Centres, "
        "in many languages. Search, and narrow the results by language, age, audience, topic, type or country.",
        show_in_menus=False,
    )
    parent.add_child(instance=gallery)
    gallery.save_revision().publish()
    mark_demo(gallery)
    return gallery


def _document(title: str, filename: str, text: str) -> Any:
    model = get_document_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = model(title=title)
    document.file.save(filename, ContentFile(minimal_pdf(text, [])), save=False)
    document.save()
    return document


@transaction.atomic
def _resources(terms: dict[str, dict[str, Any]]) -> int:
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    topic_slugs = list(TOPICS)
    count = 0

    for number, (title, description, extra_topics, kind, audiences) in enumerate(GREEK_CYBERBULLYING):
        document = _document(
            f"Demo resource (Greek) {number + 1}",
            f"demo-resource-el-{number + 1}.pdf",
            f"Demo resource {number + 1} (Greek, cyberbullying, ages 13-15). {DEMO_NOTE}",
        )
        resource = _resource(
            locale=locales["el"],
            title=title,
            description=f"<p>{description}</p><p>{DEMO_NOTE}</p>",
            centre=centres.get("GR"),
            date=dt.date(2025, 9, 1) + dt.timedelta(days=30 * number),
            licence=Licence.CC_BY_NC_SA,
            terms=terms,
            topics=["cyberbullying", *extra_topics],
            ages=["13-15"],
            audiences=audiences,
            types=[kind],
            versions=[("el", document, "")]
            + ([("en", None, "https://resources.bik.example/el/stop-cyberbullying")] if number == 0 else []),
        )
        count += 1 if resource else 0

    # Sixty more: every topic three times, every language first in turn, every age, audience and type.
    for number in range(60):
        topic = topic_slugs[number % len(topic_slugs)]
        template, kind, audiences, description = KINDS[number % len(KINDS)]
        language = LANGUAGES[number % len(LANGUAGES)]
        other = LANGUAGES[(number * 7 + 3) % len(LANGUAGES)]
        name = TOPICS[topic][0]
        title = template.format(topic=name, t=name.lower())
        versions: list[tuple[str, Any, str]] = []
        if number % 3 == 0:
            document = _document(
                f"Demo resource {number + 1}", f"demo-resource-{number + 1}.pdf", f"{title}. {DEMO_NOTE}"
            )
            versions.append((language, document, ""))
        else:
            versions.append((language, None, f"https://resources.bik.example/{language}/{number + 1}"))
        if other != language and number % 2 == 0:
            versions.append((other, None, f"https://resources.bik.example/{other}/{number + 1}"))
        if number % 5 == 0 and "en" not in {language, other}:
            versions.append(("en", None, f"https://resources.bik.example/en/{number + 1}"))
        country = CENTRE_FOR_LANGUAGE.get(language)
        if number % 11 == 10:  # a few come from centres publishing in another centre's language
            country = list(centres)[number % len(centres)]
        resource = _resource(
            locale=locales[settings.LANGUAGE_CODE],
            title=title,
            description=f"<p>{description.format(t=name.lower())}</p><p>{DEMO_NOTE}</p>",
            centre=centres.get(country) if country else None,
            date=dt.date(2024, 1, 15) + dt.timedelta(days=13 * number),
            licence=LICENCES[number % len(LICENCES)],
            terms=terms,
            topics=[topic, topic_slugs[(number + 7) % len(topic_slugs)]] if number % 4 == 0 else [topic],
            ages=ages_for(audiences, number),
            audiences=audiences,
            types=[kind],
            versions=versions,
        )
        if number < TRANSLATED_TEXTS:
            _translate(resource, locales["fr"], f"{title} (version française)")
        count += 1
    return count


@transaction.atomic
def _italian_parents(terms: dict[str, dict[str, Any]]) -> int:
    """Added to an existing demo too: what the Italian parent's journey looks for."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    count = 0
    for number, (title, description, topic, kind) in enumerate(ITALIAN_PARENTS):
        document = _document(
            f"Demo resource (Italian) {number + 1}",
            f"demo-resource-it-{number + 1}.pdf",
            f"Demo resource {number + 1} (Italian, parents, ages 9-12). {DEMO_NOTE}",
        )
        if Resource.objects.filter(title=title, pk__in=demo_ids(Resource)).exists():
            continue
        _resource(
            locale=locales["it"],
            title=title,
            description=f"<p>{description}</p><p>{DEMO_NOTE}</p>",
            centre=centres.get("IT"),
            date=dt.date(2025, 10, 1) + dt.timedelta(days=21 * number),
            licence=Licence.CC_BY,
            terms=terms,
            topics=[topic],
            ages=["9-12"],
            audiences=["parents"],
            types=[kind],
            versions=[("it", document, "")],
        )
        count += 1

    return count


def _resource(
    *,
    locale: Locale,
    title: str,
    description: str,
    centre: Centre | None,
    date: dt.date,
    licence: str,
    terms: dict[str, dict[str, Any]],
    topics: list[str],
    ages: list[str],
    audiences: list[str],
    types: list[str],
    versions: list[tuple[str, Any, str]],
) -> Resource:
    # Every third resource has a picture of its own; the others show the cover drawn from type and topic.
    resource = Resource(
        image=pictures.picture_for(types[0], title) if types and stable_hash(title) % 3 == 0 else None,
        locale=locale,
        title=title,
        description=description,
        centre=centre,
        date=date,
        licence=licence,
        live=False,
    )
    resource.topics = [terms["topic"][slug] for slug in topics]
    resource.age_groups = [terms["age"][slug] for slug in ages]
    resource.audiences = [terms["audience"][slug] for slug in audiences]
    resource.types = [terms["type"][slug] for slug in types]
    resource.language_versions = [
        ResourceLanguageVersion(language=code, document=document, url=url, sort_order=position)
        for position, (code, document, url) in enumerate(versions)
    ]
    resource.save()
    mark_demo(resource)
    resource.save_revision().publish()
    return resource


def _translate(resource: Resource, locale: Locale, title: str) -> None:
    translation = resource.copy_for_translation(locale)
    translation.title = title
    translation.save()
    translation.save_revision().publish()
