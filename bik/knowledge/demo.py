# ruff: noqa: E501 -- demo prose: one record per line reads better than split strings
"""Demo knowledge hub: the hub page, three explainers (one a guide to age assurance, also in French), a glossary
of twelve terms (three also in French) and forty policy documents across countries and types.

Every document is demo data: plausible, but not an official citation — its summary says so and its source link
points at example.org. Idempotent: only what is missing is added."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from wagtail.models import Locale

from bik.demo.registry import demo_ids, mark_demo
from bik.knowledge.models import (
    DocumentStatus,
    DocumentType,
    ExplainerPage,
    GlossaryTerm,
    KnowledgeHubPage,
    PolicyDocument,
    PolicyPillar,
)
from bik.pages.models import HomePage
from bik.resources.models import Topic

DEMO_NOTE = "Demo record: an illustrative entry written for the platform, not an official citation."
L, S, C, G, R = (
    DocumentType.LAW,
    DocumentType.STRATEGY,
    DocumentType.CODE_OF_CONDUCT,
    DocumentType.GUIDELINE,
    DocumentType.REPORT,
)
P, E, A = "protection", "empowerment", "participation"
ONGOING, PREPARING, ENDED = DocumentStatus.IN_FORCE, DocumentStatus.IN_PREPARATION, DocumentStatus.ENDED

# country, type, year, status, end, pillars, topics, language, title, responsible entity, summary
DOCUMENTS: list[tuple[str, str, int, str, int | None, tuple[str, ...], tuple[str, ...], str, str, str, str]] = [
    (
        "EU",
        L,
        2022,
        ONGOING,
        None,
        (P,),
        ("harmful-content", "privacy"),
        "en",
        "EU regulation on online platforms and the protection of minors (demo)",
        "European Commission (demo)",
        "Obliges large online platforms to assess and reduce risks to minors, and bans advertising based on profiling of children.",
    ),
    (
        "EU",
        S,
        2022,
        ONGOING,
        None,
        (P, E, A),
        ("digital-citizenship",),
        "en",
        "European strategy for a better internet for kids (demo summary)",
        "European Commission (demo)",
        "Sets out three pillars — safe digital experiences, digital empowerment and active participation — and the actions that follow from them.",
    ),
    (
        "EU",
        C,
        2024,
        PREPARING,
        None,
        (P,),
        ("privacy",),
        "en",
        "Code of conduct on age-appropriate design (draft, demo)",
        "Working group on age-appropriate design (demo)",
        "A voluntary code describing how services likely to be used by children should set defaults, explain terms and check ages.",
    ),
    (
        "EU",
        G,
        2025,
        ONGOING,
        None,
        (P,),
        ("privacy",),
        "en",
        "Guidelines on age assurance for online services (demo)",
        "European Commission (demo)",
        "Explains when age verification or age estimation is proportionate and how to protect the privacy of the users checked.",
    ),
    (
        "EU",
        R,
        2025,
        ONGOING,
        None,
        (P, E, A),
        (),
        "en",
        "Monitoring report on children’s digital rights (demo)",
        "Network coordination team (demo)",
        "Compares how countries put the three pillars into practice, with examples of good practice and gaps.",
    ),
    (
        "IE",
        L,
        2022,
        ONGOING,
        None,
        (P,),
        ("harmful-content",),
        "en",
        "Online safety and media regulation act (demo)",
        "Media regulator (demo)",
        "Creates a media regulator with powers to set binding online safety codes for video-sharing platforms.",
    ),
    (
        "IE",
        C,
        2024,
        ONGOING,
        None,
        (P,),
        ("harmful-content", "cyberbullying"),
        "en",
        "Online safety code for video-sharing platforms (demo)",
        "Media regulator (demo)",
        "Requires video-sharing platforms to use age assurance for adult content and to offer parental controls.",
    ),
    (
        "IE",
        S,
        2023,
        ONGOING,
        None,
        (E,),
        ("media-literacy",),
        "en",
        "National digital literacy action plan for schools (demo)",
        "Department of Education (demo)",
        "Puts digital and media literacy into every stage of the school curriculum, with teacher training.",
    ),
    (
        "IE",
        G,
        2021,
        ONGOING,
        None,
        (P, E),
        ("cyberbullying",),
        "en",
        "Guidance for schools on tackling cyberbullying (demo)",
        "Department of Education (demo)",
        "Tells schools how to prevent cyberbullying, record incidents and support the pupils involved.",
    ),
    (
        "FR",
        L,
        2023,
        ONGOING,
        None,
        (P,),
        ("privacy", "harmful-content"),
        "fr",
        "Loi visant à instaurer une majorité numérique (démo)",
        "Ministère du numérique (démo)",
        "Requires social networks to obtain a parent’s agreement before a child under 15 opens an account.",
    ),
    (
        "FR",
        L,
        2024,
        ONGOING,
        None,
        (P,),
        ("harmful-content",),
        "fr",
        "Loi sur la sécurisation de l’espace numérique (démo)",
        "Autorité de régulation (démo)",
        "Gives the regulator power to require age verification on sites showing pornography and to block those that refuse.",
    ),
    (
        "FR",
        G,
        2024,
        ONGOING,
        None,
        (P,),
        ("privacy",),
        "fr",
        "Référentiel technique sur la vérification de l’âge (démo)",
        "Autorité de régulation (démo)",
        "Sets minimum requirements for age verification systems, including a double-anonymity option.",
    ),
    (
        "FR",
        S,
        2022,
        ENDED,
        2024,
        (E,),
        ("media-literacy",),
        "fr",
        "Plan national d’éducation aux médias (démo)",
        "Ministère de l’éducation (démo)",
        "A two-year plan to train teachers and fund media education projects in schools.",
    ),
    (
        "DE",
        L,
        2021,
        ONGOING,
        None,
        (P,),
        ("harmful-content", "gaming"),
        "de",
        "Gesetz zum Jugendmedienschutz, Neufassung (Demo)",
        "Bundeszentrale für Kinder- und Jugendmedienschutz (Demo)",
        "Requires services popular with children to offer safe default settings and easy ways to report and get help.",
    ),
    (
        "DE",
        C,
        2022,
        ONGOING,
        None,
        (P,),
        ("gaming",),
        "de",
        "Verhaltenskodex der Spielebranche zum Jugendschutz (Demo)",
        "Branchenverband (Demo)",
        "Game publishers commit to age ratings, spending limits and safe chat settings for young players.",
    ),
    (
        "DE",
        R,
        2024,
        ONGOING,
        None,
        (E, A),
        ("wellbeing",),
        "de",
        "Bericht zur digitalen Teilhabe junger Menschen (Demo)",
        "Forschungsinstitut (Demo)",
        "Surveys how young people take part online and which groups are left out.",
    ),
    (
        "BE",
        S,
        2023,
        ONGOING,
        None,
        (P, E),
        ("cyberbullying",),
        "nl",
        "Actieplan tegen online geweld bij jongeren (demo)",
        "Vlaamse overheid (demo)",
        "Coordinates prevention, help and prosecution of online violence against young people.",
    ),
    (
        "BE",
        G,
        2022,
        ONGOING,
        None,
        (E,),
        ("media-literacy",),
        "fr",
        "Lignes directrices pour l’éducation aux médias (démo)",
        "Conseil supérieur de l’éducation aux médias (démo)",
        "Guidelines for teachers on integrating media education across subjects.",
    ),
    (
        "NL",
        C,
        2023,
        ONGOING,
        None,
        (P,),
        ("privacy",),
        "nl",
        "Code voor kinderrechten bij digitaal ontwerp (demo)",
        "Ministerie van Binnenlandse Zaken (demo)",
        "Ten principles for designers and developers to respect children’s rights in digital services.",
    ),
    (
        "NL",
        R,
        2025,
        ONGOING,
        None,
        (A,),
        ("digital-citizenship",),
        "nl",
        "Rapport: jongeren aan het woord over digitaal beleid (demo)",
        "Jeugdraad (demo)",
        "Young people’s own recommendations on digital policy, gathered in national consultations.",
    ),
    (
        "ES",
        L,
        2024,
        PREPARING,
        None,
        (P,),
        ("privacy", "harmful-content"),
        "es",
        "Anteproyecto de ley de protección de menores en entornos digitales (demo)",
        "Ministerio de Juventud e Infancia (demo)",
        "Draft law raising the age of consent to data processing and requiring parental controls on devices.",
    ),
    (
        "ES",
        S,
        2022,
        ONGOING,
        None,
        (E,),
        ("media-literacy", "wellbeing"),
        "es",
        "Plan de competencia digital educativa (demo)",
        "Ministerio de Educación (demo)",
        "Trains teachers and certifies schools in digital competence.",
    ),
    (
        "IT",
        L,
        2023,
        ONGOING,
        None,
        (P,),
        ("cyberbullying",),
        "it",
        "Legge sulla prevenzione del cyberbullismo, aggiornamento (demo)",
        "Ministero dell’Istruzione (demo)",
        "Lets a minor or their parent ask a platform to remove bullying content within 48 hours.",
    ),
    (
        "IT",
        G,
        2024,
        ONGOING,
        None,
        (P,),
        ("privacy",),
        "it",
        "Linee guida sulla verifica dell’età (demo)",
        "Autorità per le garanzie nelle comunicazioni (demo)",
        "Technical guidance for sites that must check that users are adults.",
    ),
    (
        "PT",
        S,
        2023,
        ONGOING,
        None,
        (E, A),
        ("digital-citizenship",),
        "pt",
        "Estratégia nacional para a cidadania digital (demo)",
        "Direção-Geral da Educação (demo)",
        "Promotes digital citizenship education and youth participation in school councils.",
    ),
    (
        "PL",
        G,
        2023,
        ONGOING,
        None,
        (P, E),
        ("grooming",),
        "pl",
        "Wytyczne dotyczące ochrony dzieci przed uwodzeniem w sieci (demo)",
        "Rzecznik Praw Dziecka (demo)",
        "Guidance for parents and teachers on recognising and reporting online grooming.",
    ),
    (
        "CZ",
        R,
        2024,
        ONGOING,
        None,
        (P,),
        ("sextortion",),
        "cs",
        "Zpráva o sexuálním vydírání dětí online (demo)",
        "Národní centrum bezpečnějšího internetu (demo)",
        "Reports on cases of online sexual extortion seen by the helpline and hotline.",
    ),
    (
        "AT",
        S,
        2021,
        ENDED,
        2025,
        (E,),
        ("media-literacy",),
        "de",
        "Digitale Bildungsstrategie für Schulen (Demo)",
        "Bildungsministerium (Demo)",
        "Introduced a compulsory subject on digital basics in lower secondary schools.",
    ),
    (
        "DK",
        L,
        2024,
        ONGOING,
        None,
        (P,),
        ("harmful-content",),
        "da",
        "Lov om beskyttelse af børn mod skadeligt indhold (demo)",
        "Digitaliseringsministeriet (demo)",
        "Requires app stores to offer age-appropriate settings for children’s accounts.",
    ),
    (
        "SE",
        G,
        2023,
        ONGOING,
        None,
        (E, A),
        ("wellbeing",),
        "sv",
        "Riktlinjer om barns skärmtid och välbefinnande (demo)",
        "Folkhälsomyndigheten (demo)",
        "Recommendations for parents on screen time, sleep and physical activity.",
    ),
    (
        "FI",
        S,
        2024,
        ONGOING,
        None,
        (E,),
        ("media-literacy",),
        "fi",
        "Kansallinen medialukutaidon ohjelma (demo)",
        "Kansallinen audiovisuaalinen instituutti (demo)",
        "Coordinates media literacy work across schools, libraries and youth work.",
    ),
    (
        "EE",
        S,
        2022,
        ONGOING,
        None,
        (E,),
        ("digital-citizenship",),
        "et",
        "Digitaalse pädevuse arengukava (demo)",
        "Haridus- ja Teadusministeerium (demo)",
        "Sets goals for the digital skills of pupils and teachers until 2030.",
    ),
    (
        "LT",
        C,
        2023,
        ONGOING,
        None,
        (P,),
        ("harmful-content",),
        "lt",
        "Žiniasklaidos etikos kodeksas dėl vaikų apsaugos (demo)",
        "Žurnalistų etikos inspektorius (demo)",
        "Media outlets commit to protect the identity of children in reporting.",
    ),
    (
        "HU",
        L,
        2021,
        ONGOING,
        None,
        (P,),
        ("harmful-content",),
        "hu",
        "Törvény a kiskorúak online védelméről (demó)",
        "Médiatanács (demó)",
        "Requires providers to classify content by age and to offer filtering software free of charge.",
    ),
    (
        "GR",
        S,
        2023,
        ONGOING,
        None,
        (P, E),
        ("cyberbullying", "wellbeing"),
        "el",
        "Εθνική στρατηγική για την ασφάλεια των παιδιών στο διαδίκτυο (demo)",
        "Υπουργείο Ψηφιακής Διακυβέρνησης (demo)",
        "Combines parental control tools, school programmes and a national helpline campaign.",
    ),
    (
        "HR",
        R,
        2024,
        ONGOING,
        None,
        (A,),
        ("digital-citizenship",),
        "hr",
        "Izvješće o sudjelovanju djece u digitalnim politikama (demo)",
        "Pravobraniteljica za djecu (demo)",
        "How children were consulted on national digital policies, and what changed as a result.",
    ),
    (
        "SI",
        G,
        2022,
        ONGOING,
        None,
        (P,),
        ("sexting",),
        "sl",
        "Smernice za šole o sekstingu (demo)",
        "Center za varnejši internet (demo)",
        "Tells schools how to respond when intimate images of pupils are shared.",
    ),
    (
        "IS",
        S,
        2023,
        ONGOING,
        None,
        (P, E, A),
        (),
        "is",
        "Aðgerðaáætlun um öryggi barna á netinu (demo)",
        "Mennta- og barnamálaráðuneytið (demo)",
        "An action plan covering protection, skills and children’s participation online.",
    ),
    (
        "NO",
        L,
        2024,
        PREPARING,
        None,
        (P,),
        ("privacy",),
        "nb",
        "Forslag til lov om aldersgrense for sosiale medier (demo)",
        "Barne- og familiedepartementet (demo)",
        "A proposal to set a minimum age of 15 for social media, with a secure age check.",
    ),
    (
        "NO",
        G,
        2023,
        ONGOING,
        None,
        (E,),
        ("media-literacy",),
        "nb",
        "Veileder om kildekritikk for lærere (demo)",
        "Medietilsynet (demo)",
        "Teaching materials and guidance on source criticism for lower secondary schools.",
    ),
]

# slug, term, other forms, definition
GLOSSARY: list[tuple[str, str, str, str]] = [
    (
        "age-assurance",
        "age assurance",
        "",
        "Any method an online service uses to find out how old a user is, or whether they are above or below an age: age verification and age estimation are both kinds of age assurance.",
    ),
    (
        "age-verification",
        "age verification",
        "",
        "Checking a user’s age against a trusted source, such as an identity document or a digital identity wallet, to a high level of certainty.",
    ),
    (
        "age-estimation",
        "age estimation",
        "",
        "Working out a likely age range from other information, such as a face image or how an account is used, without a document.",
    ),
    (
        "self-declaration",
        "self-declaration",
        "self-declared",
        "Asking users to state their own age or date of birth, without checking it; easy for children to get around.",
    ),
    (
        "digital-identity-wallet",
        "digital identity wallet",
        "digital identity wallets",
        "An app, issued or recognised by a public authority, that holds proofs about its owner — such as being over 18 — and shares only what is needed.",
    ),
    (
        "double-anonymity",
        "double anonymity",
        "",
        "An arrangement in which the service learns only that a user passed an age check, and the checker never learns which service asked.",
    ),
    (
        "data-minimisation",
        "data minimisation",
        "",
        "Collecting and keeping only the personal data that is needed for a purpose, and no more.",
    ),
    (
        "age-of-digital-consent",
        "age of digital consent",
        "",
        "The age below which a child needs a parent’s consent for an online service to process their personal data on the basis of consent: between 13 and 16, set by each country.",
    ),
    (
        "safety-by-design",
        "safety by design",
        "",
        "Building products so that risks to users, especially children, are prevented from the start rather than fixed after harm is done.",
    ),
    (
        "default-settings",
        "default settings",
        "default setting",
        "The settings an account has before the user changes anything; for children they should be the most protective ones.",
    ),
    (
        "risk-assessment",
        "risk assessment",
        "risk assessments",
        "A documented review of the ways a service could harm its users, how likely and serious each is, and what is done to reduce it.",
    ),
    (
        "trusted-flagger",
        "trusted flagger",
        "trusted flaggers",
        "An organisation recognised for its expertise whose reports of illegal content platforms must handle with priority.",
    ),
]
GLOSSARY_FR: dict[str, tuple[str, str, str]] = {
    "age-assurance": (
        "assurance de l’âge",
        "",
        "Toute méthode par laquelle un service en ligne cherche à savoir l’âge d’un utilisateur, ou s’il a plus ou moins d’un certain âge : la vérification et l’estimation de l’âge en font partie.",
    ),
    "age-verification": (
        "vérification de l’âge",
        "vérifier l’âge",
        "Contrôle de l’âge d’un utilisateur à partir d’une source fiable, comme une pièce d’identité ou un portefeuille d’identité numérique.",
    ),
    "age-estimation": (
        "estimation de l’âge",
        "",
        "Déduction d’une tranche d’âge probable à partir d’autres informations, comme une image du visage, sans document.",
    ),
}

# slug, title, intro, body as (kind, text) blocks
EXPLAINERS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "age-assurance",
        "A guide to age assurance",
        "What age checks online can and cannot do, and how to choose one that protects children without collecting more than needed.",
        [
            (
                "paragraph",
                "Many rules now ask online services to know whether a user is a child. Age assurance is the umbrella term for the ways they can find out. Which method is right depends on the risk: a service showing pornography needs more certainty than a homework app.",
            ),
            ("heading", "Three families of methods"),
            (
                "paragraph",
                "Self-declaration asks the user to type a date of birth. It costs nothing and protects almost no one. Age estimation infers an age range, for example from a face image, and suits services where a margin of error is acceptable. Age verification checks a trusted source and gives the highest certainty.",
            ),
            (
                "paragraph",
                "A digital identity wallet lets a user prove they are over an age without showing anything else. Combined with double anonymity, neither the service nor the checker can build a profile of what the user visits.",
            ),
            ("heading", "What to ask before choosing"),
            (
                "paragraph",
                "Start with a risk assessment of the service. Apply data minimisation: keep the result of the check, not the document. Remember the age of digital consent in each country where the service is offered, and prefer safety by design over checks alone.",
            ),
        ],
    ),
    (
        "safety-by-design-for-platforms",
        "Safety by design for platforms used by children",
        "How product teams can prevent harm to young users from the start, with examples from games, social media and messaging.",
        [
            (
                "paragraph",
                "Safety by design means asking, for every feature, how it could hurt a child and changing the design before launch. It complements moderation and reporting; it does not replace them.",
            ),
            ("heading", "Defaults that protect"),
            (
                "paragraph",
                "Most users never change their default settings. For accounts of children, private profiles, contact only from known people and location sharing switched off should be the starting point.",
            ),
            (
                "paragraph",
                "A yearly risk assessment, shared with the regulator where the law requires it, shows whether the measures work. Reports from a trusted flagger should reach a human quickly.",
            ),
        ],
    ),
    (
        "childrens-data-and-consent",
        "Children’s data and consent: an explainer",
        "When a child can agree to their data being used, when a parent must, and what services should do either way.",
        [
            (
                "paragraph",
                "The age of digital consent is set by each country between 13 and 16. Below it, a service relying on consent needs a parent’s agreement. The age check used for this is itself a form of age assurance, and it should respect data minimisation.",
            ),
            ("heading", "Beyond consent"),
            (
                "paragraph",
                "Consent is not the only legal basis, and a child’s best interests come first whatever the basis. Clear explanations written for children, and protective default settings, matter more than a tick box.",
            ),
        ],
    ),
]
EXPLAINER_FR: dict[str, str] = {
    "A guide to age assurance": "Guide de l’assurance de l’âge",
    "What age checks online can and cannot do, and how to choose one that protects children without collecting more than needed.": "Ce que les contrôles d’âge en ligne peuvent faire ou non, et comment en choisir un qui protège les enfants sans collecter plus que nécessaire.",
    "Many rules now ask online services to know whether a user is a child. Age assurance is the umbrella term for the ways they can find out. Which method is right depends on the risk: a service showing pornography needs more certainty than a homework app.": "De nombreuses règles demandent aux services en ligne de savoir si un utilisateur est un enfant. L’assurance de l’âge désigne l’ensemble des moyens d’y parvenir. La bonne méthode dépend du risque : un site pornographique exige plus de certitude qu’une application de devoirs.",
    "Three families of methods": "Trois familles de méthodes",
    "Self-declaration asks the user to type a date of birth. It costs nothing and protects almost no one. Age estimation infers an age range, for example from a face image, and suits services where a margin of error is acceptable. Age verification checks a trusted source and gives the highest certainty.": "La déclaration de l’utilisateur ne coûte rien et ne protège presque personne. L’estimation de l’âge déduit une tranche d’âge, par exemple à partir d’une image du visage. La vérification de l’âge s’appuie sur une source fiable et donne la plus grande certitude.",
}


def load(home: HomePage, out: Any = None) -> None:
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    hub = _hub(home)
    _explainers(hub)
    _glossary(english)
    added = _documents(english)
    if out is not None and added:
        out.write(f"Knowledge hub ready: {added} demo policy documents added, {len(GLOSSARY)} glossary terms.")


def _hub(home: HomePage) -> KnowledgeHubPage:
    existing: KnowledgeHubPage | None = KnowledgeHubPage.objects.child_of(home).filter(slug="knowledge").first()
    if existing is not None:
        return existing
    hub = KnowledgeHubPage(
        title="Knowledge hub",
        slug="knowledge",
        intro="Rules, strategies and guidance on children’s online lives across Europe, and explainers for the professionals who apply them. The documents here are demo records.",
        show_in_menus=False,
    )
    home.add_child(instance=hub)
    mark_demo(hub)
    hub.save_revision().publish()
    return hub


def _explainers(hub: KnowledgeHubPage) -> list[ExplainerPage]:
    pages = []
    for slug, title, intro, blocks in EXPLAINERS:
        page: ExplainerPage | None = ExplainerPage.objects.child_of(hub).filter(slug=slug).first()
        if page is None:
            body = [(kind, {"text": text} if kind == "heading" else f"<p>{text}</p>") for kind, text in blocks]
            page = ExplainerPage(title=title, slug=slug, intro=intro, body=body)
            hub.add_child(instance=page)
            mark_demo(page)
            page.save_revision().publish()
        pages.append(page)
    return pages


def _glossary(english: Locale) -> dict[str, GlossaryTerm]:
    existing = {term.slug: term for term in GlossaryTerm.objects.filter(locale=english)}
    for slug, name, variants, definition in GLOSSARY:
        if slug in existing:
            continue
        term = GlossaryTerm(term=name, slug=slug, variants=variants, definition=definition, locale=english)
        term.save()
        mark_demo(term)
        term.save_revision().publish()
        existing[slug] = term
    return existing


def _documents(english: Locale) -> int:
    existing = set(PolicyDocument.objects.filter(pk__in=demo_ids(PolicyDocument)).values_list("title", flat=True))
    pillars = {pillar.slug: pillar for pillar in PolicyPillar.objects.all()}
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=english)}
    added = 0
    for country, kind, year, status, end, pillar_slugs, topic_slugs, language, title, entity, summary in DOCUMENTS:
        if title in existing:
            continue
        document = PolicyDocument(
            title=title,
            summary=f"{summary}\n\n{DEMO_NOTE}",
            country=country,
            document_type=kind,
            year=year,
            status=status,
            period_end=end,
            language=language,
            responsible_entity=entity,
            source_url=f"https://example.org/demo-policy/{country.lower()}-{year}-{added + 1}",
            locale=english,
        )
        document.full_clean()
        document.save()
        mark_demo(document)
        document.pillars.set([pillars[s] for s in pillar_slugs])
        document.topics.set([topics[s] for s in topic_slugs if s in topics])
        document.save_revision().publish()
        added += 1
    return added


def translate(home: HomePage, out: Any = None) -> None:
    """The guide to age assurance and three glossary terms in French: the French guide links the French terms.
    Called by the demo loader once the home page is translated (a page's translation needs its parent's)."""
    from bik.demo.services import translate_page

    french = Locale.objects.filter(language_code="fr").first()
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    if french is None:
        return
    hub = _hub(home)
    explainers = _explainers(hub)
    terms = _glossary(english)
    for slug, (name, variants, definition) in GLOSSARY_FR.items():
        term = terms.get(slug)
        if term is None or GlossaryTerm.objects.filter(translation_key=term.translation_key, locale=french).exists():
            continue
        translated = term.copy_for_translation(french)
        translated.term, translated.variants, translated.definition = name, variants, definition
        translated.save()
        translated.save_revision().publish()
    translate_page(hub, french, {"Knowledge hub": "Centre de connaissances"})
    guide = next((page for page in explainers if page.slug == "age-assurance"), None)
    if guide is not None:
        translate_page(guide, french, EXPLAINER_FR)
