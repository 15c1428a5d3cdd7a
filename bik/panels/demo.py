# ruff: noqa: E501 -- demo texts read best one per line
"""Demo content for youth panels and consultations: panels in four countries with members and signed articles
(one waiting for approval), an open consultation the demo youth account can answer, and a closed one with
results and the network's response. Idempotent; runs after bik.youth's demo (it uses its members)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.moderation.models import ModeratedItem, Status
from bik.network.models import Centre
from bik.pages.models import HomePage
from bik.panels import services
from bik.panels.models import Answer, Article, Consultation, ConsultationTranslation, PanelMember
from bik.youth.services import national_space

PANELS = {
    "IE": "Young people from all over Ireland who tell the Irish Safer Internet Centre what matters to them online.",
    "FR": "Des jeunes de toute la France conseillent le centre français pour un internet plus sûr.",
    "IT": "Ragazze e ragazzi di tutta Italia consigliano il centro italiano su come vivere meglio online.",
    "PT": "Jovens de todo o país aconselham o centro português sobre a vida online.",
}

# pseudonym, country, title, first name to show ("" = the pseudonym)
MEMBERS = (
    ("BlueFox27", "IE", PanelMember.Title.AMBASSADOR, ""),
    ("PixelOwl", "FR", PanelMember.Title.AMBASSADOR, "Emilia"),
    ("StarKite", "FR", PanelMember.Title.PANELLIST, ""),
    ("SunnyRiver", "IT", PanelMember.Title.PANELLIST, "Marco"),
    ("GreenComet", "PT", PanelMember.Title.AMBASSADOR, ""),
)

# pseudonym of the signer, title, text, days since publication (None: waiting for a coordinator)
ARTICLES = (
    (
        "BlueFox27",
        "Notifications at night are not a small thing",
        "Our panel asked forty classmates when they last checked their phone at night. Most said after midnight, because an app pinged them.\n\nWe think apps used by under-18s should go quiet at night by default. Being able to switch it off yourself is not enough when everything is designed to keep you scrolling.",
        9,
    ),
    (
        "BlueFox27",
        "What we told the centre about reporting",
        "Reporting a post feels like shouting into the void. We asked the centre to push platforms to tell young people what happened after they reported something.",
        3,
    ),
    (
        "BlueFox27",
        "Our ideas for Safer Internet Day",
        "Workshops run by young people for younger pupils, and a day without streaks.",
        None,
    ),
    (
        "PixelOwl",
        "Les jeux vidéo, c’est aussi de l’amitié",
        "On parle souvent des risques des jeux en ligne. Notre panel voulait aussi parler des amitiés qui s’y créent, et de comment les garder sûres.",
        6,
    ),
    (
        "StarKite",
        "Ce que nous voulons apprendre à l’école",
        "Reconnaître une fausse information, protéger ses comptes, savoir à qui parler quand ça va mal.",
        2,
    ),
    (
        "SunnyRiver",
        "Cyberbullismo: parlarne aiuta",
        "Nel nostro panel abbiamo scoperto che quasi tutti hanno visto qualcuno preso in giro online. Parlarne con un adulto di fiducia aiuta davvero.",
        5,
    ),
    (
        "GreenComet",
        "Tempo de ecrã: o que aprendemos",
        "Medimos o nosso tempo de ecrã durante uma semana. A maior surpresa: as notificações decidem por nós mais do que pensamos.",
        4,
    ),
)

OPEN_QUESTION = "What should the network tackle first next year?"
CLOSED_QUESTION = "How do you want to learn about staying safe online?"
LANGUAGES = ["en", "fr", "de", "it", "pt", "el", "nl", "es"]

# The demo consultations in French and German: question, options (in the English order), response.
VERSIONS: dict[str, dict[str, tuple[str, list[str], str]]] = {
    OPEN_QUESTION: {
        "fr": (
            "Par quoi le réseau doit-il commencer l’année prochaine ?",
            [
                "Le cyberharcèlement",
                "Les fausses informations et les deepfakes",
                "Les écrans et le sommeil",
                "La vie privée et les données personnelles",
                "Les jeux en ligne",
            ],
            "",
        ),
        "de": (
            "Womit soll das Netzwerk nächstes Jahr anfangen?",
            [
                "Cybermobbing",
                "Fake News und Deepfakes",
                "Bildschirmzeit und Schlaf",
                "Privatsphäre und persönliche Daten",
                "Online-Spiele",
            ],
            "",
        ),
    },
    CLOSED_QUESTION: {
        "fr": (
            "Comment veux-tu apprendre à rester en sécurité en ligne ?",
            [
                "Des vidéos courtes",
                "Des ateliers à l’école",
                "Des jeux et des quiz",
                "En parler avec d’autres jeunes",
                "Des affiches et des dépliants",
            ],
            "Merci aux 23 jeunes qui ont répondu. La plupart d’entre vous ont demandé des vidéos courtes et des échanges avec d’autres jeunes : l’année prochaine, chaque centre organisera des séances entre jeunes animées par son panel, et la galerie vidéo accueillera une série réalisée avec des jeunes. Les affiches ont reçu peu de voix : nous en imprimerons moins.",
        ),
        "de": (
            "Wie möchtest du lernen, online sicher zu bleiben?",
            [
                "Kurze Videos",
                "Workshops in der Schule",
                "Spiele und Quiz",
                "Gespräche mit anderen Jugendlichen",
                "Plakate und Flyer",
            ],
            "Danke an die 23 Jugendlichen, die geantwortet haben. Die meisten von euch wünschten sich kurze Videos und Gespräche mit anderen Jugendlichen: Nächstes Jahr bietet jedes Zentrum Treffen unter Jugendlichen an, die sein Jugendpanel leitet, und die Videogalerie bekommt eine Reihe, die mit Jugendlichen gedreht wird. Plakate bekamen wenige Stimmen: Wir drucken weniger davon.",
        ),
    },
}


def _article(panel: Any, signer: PanelMember, title: str, body: str, days_ago: int | None) -> None:
    if Article.objects.filter(panel=panel, title=title).exists():
        return
    now = timezone.now()
    created = now - dt.timedelta(days=(days_ago or 0) + 1)
    item = ModeratedItem.objects.create(
        content_type=ContentType.objects.get_for_model(Article),
        object_id=None,
        space_key=panel.moderation_key,
        author=signer.user,
        status=Status.HELD if days_ago is None else Status.PUBLISHED,
        held_because=services.APPROVAL if days_ago is None else "",
        decided_at=None if days_ago is None else now - dt.timedelta(days=days_ago),
        created_at=created,
        queued_at=created,
    )
    article = Article.objects.create(
        panel=panel, signed_by=signer, author=signer.user, title=title, body=body, moderation=item,
        language=national_space(panel.country_code).language, created_at=created,
    )  # fmt: skip
    ModeratedItem.objects.filter(pk=item.pk).update(object_id=article.pk)


@transaction.atomic
def load(home: HomePage, out: Any = None) -> None:
    panels = {}
    for country, intro in PANELS.items():
        panel = services.panel_for(Centre.objects.get(country=country))
        if not panel.intro:
            panel.intro = intro
            panel.save(update_fields=["intro"])
        panels[country] = panel
    signers = {}
    for pseudonym, country, title, first_name in MEMBERS:
        user = User.objects.get(display_name=pseudonym, youth_profile__isnull=False)
        member, _created = PanelMember.objects.get_or_create(
            panel=panels[country],
            user=user,
            defaults={
                "title": title,
                "byline_name": PanelMember.Name.FIRST_NAME if first_name else PanelMember.Name.PSEUDONYM,
                "first_name": first_name,
            },
        )
        signers[pseudonym] = member
    for pseudonym, headline, body, days_ago in ARTICLES:
        signer = signers[pseudonym]
        _article(signer.panel, signer, headline, body, days_ago)

    now = timezone.now()
    staff = User.objects.filter(email="admin@bik.example").first()
    Consultation.objects.get_or_create(
        question=OPEN_QUESTION,
        defaults={
            "description": "The network plans its work for next year. Tell us which topic matters most to you; the youth panels will discuss the results with the centres.",
            "kind": Consultation.Kind.SINGLE,
            "options": "Cyberbullying\nFake news and deepfakes\nScreen time and sleep\nPrivacy and personal data\nOnline gaming",
            "languages": LANGUAGES,
            "min_age": 13,
            "max_age": 18,
            "opens_at": now - dt.timedelta(days=2),
            "closes_at": now + dt.timedelta(days=28),
            "created_by": staff,
        },
    )
    closed, created = Consultation.objects.get_or_create(
        question=CLOSED_QUESTION,
        defaults={
            "kind": Consultation.Kind.MULTIPLE,
            "options": "Short videos\nWorkshops at school\nGames and quizzes\nTalking with other young people\nPosters and leaflets",
            "languages": LANGUAGES,
            "min_age": 13,
            "max_age": 18,
            "opens_at": now - dt.timedelta(days=40),
            "closes_at": now - dt.timedelta(days=10),
            "response": "Thank you to the 23 young people who answered. Most of you asked for short videos and for talking with other young people, so next year every centre will run peer sessions led by its youth panel, and the video gallery gets a series made with young people. Posters got few votes: we will print fewer.",
            "responded_at": now - dt.timedelta(days=3),
            "created_by": staff,
        },
    )
    if created:
        # Invented, unattributed answers: enough for the aggregate to show, with one option under five.
        picks = [[0, 3]] * 9 + [[0]] * 4 + [[1, 3]] * 5 + [[2]] * 3 + [[4, 2]] * 2
        languages = ["en", "fr", "it", "pt", "de"]
        Answer.objects.bulk_create(
            Answer(
                consultation=closed,
                user=None,
                language=languages[i % len(languages)],
                choices=choice,
                created_at=closed.closes_at - dt.timedelta(days=1 + i % 20),
            )
            for i, choice in enumerate(picks)
        )
    for question, versions in VERSIONS.items():
        consultation = Consultation.objects.get(question=question)
        for language, (translated, options, response) in versions.items():
            ConsultationTranslation.objects.get_or_create(
                consultation=consultation,
                language=language,
                defaults={"question": translated, "options": "\n".join(options), "response": response},
            )
    if out is not None:
        out.write(f"{len(panels)} youth panels and {Consultation.objects.count()} consultations ready.")
