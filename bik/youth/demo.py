# ruff: noqa: E501 -- demo texts read best one per line
"""Demo content for BIK Youth: spaces, coordinators, young members (above and below their country's age of
digital consent, one still waiting for a parent), posts and discussions, items waiting in moderation queues,
two learning modules with quizzes, upcoming meetings and resources picked from the gallery. Idempotent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.demo.registry import demo_ids
from bik.demo.services import DEMO_PASSWORD
from bik.moderation.models import ModeratedItem, Report, Status
from bik.network.models import Centre, CentreRole, Strand
from bik.pages.models import HomePage
from bik.youth import services
from bik.youth.models import (
    Comment,
    LearningModule,
    Lesson,
    Meeting,
    Post,
    QuizQuestion,
    Space,
    YouthPick,
    YouthProfile,
)

SPACES = {
    "europe": ("European youth space", "Young people from all over Europe, in English. Share ideas, ask questions, meet others."),
    "fr": ("Espace jeunes France", "L'espace des jeunes en France, avec l'équipe jeunesse du centre français."),
    "de": ("Jugendraum Deutschland", "Der Raum für junge Menschen in Deutschland, mit dem deutschen Jugendpanel."),
    "ie": ("Ireland youth space", "The space for young people in Ireland, with the Irish youth panel."),
    "it": ("Spazio giovani Italia", "Lo spazio dei giovani in Italia, con il panel giovani italiano."),
    "pt": ("Espaço jovem Portugal", "O espaço dos jovens em Portugal, com o painel de jovens português."),
    "gr": ("Χώρος νέων Ελλάδα", "Ο χώρος των νέων στην Ελλάδα, με την ομάδα νέων του ελληνικού κέντρου."),
}  # fmt: skip

COORDINATORS = (
    ("youth-coordinator-fr@bik.example", "Chloé (équipe jeunesse FR)", "FR"),
    ("youth-coordinator-de@bik.example", "Jonas (Jugendpanel DE)", "DE"),
    ("youth-coordinator-it@bik.example", "Giulia (panel giovani IT)", "IT"),
    ("youth-coordinator-pt@bik.example", "Inês (painel de jovens PT)", "PT"),
    ("youth-coordinator-gr@bik.example", "Eleni (ομάδα νέων GR)", "GR"),
)

# email, pseudonym, country, year of birth, consent state
YOUTH = (
    ("youth@bik.example", "BlueFox27", "IE", 2009, YouthProfile.Consent.NOT_NEEDED),
    ("youth-fr@bik.example", "PixelOwl", "FR", 2010, YouthProfile.Consent.NOT_NEEDED),
    ("youth-fr-young@bik.example", "StarKite", "FR", 2012, YouthProfile.Consent.GIVEN),
    ("youth-de@bik.example", "MoonLynx", "DE", 2012, YouthProfile.Consent.PENDING),
    ("youth-it@bik.example", "SunnyRiver", "IT", 2010, YouthProfile.Consent.NOT_NEEDED),
    ("youth-pt@bik.example", "GreenComet", "PT", 2011, YouthProfile.Consent.NOT_NEEDED),
    ("youth-gr@bik.example", "SilverWave", "GR", 2010, YouthProfile.Consent.NOT_NEEDED),
)


def _account(email: str, display_name: str) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, DEMO_PASSWORD, display_name=display_name)
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


def _item(
    model: type[Any], space: Space, author: User, status: str, reasons: list[str], when: dt.datetime
) -> ModeratedItem:
    return ModeratedItem.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        object_id=None,
        space_key=space.moderation_key,
        author=author,
        status=status,
        screen_reasons=reasons,
        held_because="screen" if reasons else ("new_account" if status == Status.HELD else ""),
        created_at=when,
        queued_at=when,
    )


def _post(space: Space, author: User, title: str, body: str, *, kind: str = Post.Kind.DISCUSSION,
          status: str = Status.PUBLISHED, reasons: list[str] | None = None, days_ago: float = 3) -> Post:  # fmt: skip
    existing = Post.objects.filter(space=space, title=title).first()
    if existing is not None:
        return existing
    when = timezone.now() - dt.timedelta(days=days_ago)
    item = _item(Post, space, author, status, reasons or [], when)
    post = Post.objects.create(space=space, author=author, kind=kind, title=title, body=body, moderation=item,
                               created_at=when, updated_at=when)  # fmt: skip
    ModeratedItem.objects.filter(pk=item.pk).update(object_id=post.pk)
    return post


def _comment(post: Post, author: User, body: str, *, status: str = Status.PUBLISHED, reasons: list[str] | None = None,
             hours_ago: float = 20) -> Comment:  # fmt: skip
    existing = Comment.objects.filter(post=post, body=body).first()
    if existing is not None:
        return existing
    when = timezone.now() - dt.timedelta(hours=hours_ago)
    item = _item(Comment, post.space, author, status, reasons or [], when)
    comment = Comment.objects.create(post=post, author=author, body=body, moderation=item, created_at=when)
    ModeratedItem.objects.filter(pk=item.pk).update(object_id=comment.pk)
    return comment


@transaction.atomic
def load(home: HomePage, out: Any = None) -> None:
    spaces = {}
    for slug, (title, intro) in SPACES.items():
        space = services.european_space() if slug == "europe" else services.national_space(slug.upper())
        if not space.intro:
            space.title, space.intro = title, intro
            space.save(update_fields=["title", "intro"])
        spaces[slug] = space

    coordinator_group = Group.objects.get(name=Role.YOUTH_COORDINATOR.value)
    for email, name, country in COORDINATORS:
        user = _account(email, name)
        user.groups.add(coordinator_group)
        CentreRole.objects.get_or_create(
            user=user, centre=Centre.objects.get(country=country), role=CentreRole.Kind.YOUTH_COORDINATOR,
            strand=Strand.YOUTH,
        )  # fmt: skip

    youth_group = Group.objects.get(name=Role.YOUTH_MEMBER.value)
    members: dict[str, User] = {}
    for email, pseudonym, country, year, consent in YOUTH:
        user = _account(email, pseudonym)
        user.groups.add(youth_group)
        members[pseudonym] = user
        if not YouthProfile.objects.filter(user=user).exists():
            item = _item(YouthProfile, spaces[country.lower()], user, Status.PUBLISHED, [], timezone.now())
            profile = YouthProfile.objects.create(
                user=user, year_of_birth=year, country=country, consent_status=consent, moderation=item,
                parent_email=f"parent-of-{pseudonym.lower()}@family.example" if consent != "not_needed" else "",
                consent_given_at=timezone.now() if consent == "given" else None,
                consent_text_version=services.CONSENT_TEXT_VERSION if consent == "given" else "",
                consent_nonce="demo-pending-consent" if consent == "pending" else "",
            )  # fmt: skip
            ModeratedItem.objects.filter(pk=item.pk).update(object_id=profile.pk)

    fox, owl, kite, river, comet, wave = (members[n] for n in ("BlueFox27", "PixelOwl", "StarKite", "SunnyRiver", "GreenComet", "SilverWave"))  # fmt: skip
    irish_coordinator = User.objects.get(email="youth-coordinator@bik.example")
    french_coordinator = User.objects.get(email="youth-coordinator-fr@bik.example")

    europe = spaces["europe"]
    welcome = _post(europe, fox, "What would make the internet better for you?",
                    "Safer Internet Day is coming. If you could change one thing about the apps you use, what would it be? "
                    "For me: fewer notifications at night.", days_ago=6)  # fmt: skip
    _comment(welcome, river, "Being able to see why a video is recommended to me.", hours_ago=120)
    _comment(
        welcome, owl, "Reporting should be easier, and you should hear back when you report something.", hours_ago=100
    )
    _comment(welcome, wave, "Less pressure to post all the time. Streaks are stressful!", hours_ago=90)
    gaming = _post(europe, comet, "Gaming chats: how do you deal with trash talk?",
                   "Sometimes people in game chats get really mean. I mute them, but is there something better?",
                   days_ago=4)  # fmt: skip
    reported = _comment(gaming, river, "Just ignore them, they are losers anyway.", hours_ago=60)
    _comment(gaming, fox, "Most games let you report and block. I do both, and I leave the lobby.", hours_ago=50)
    _post(europe, fox, "My blog: a week without social media",
          "I tried one week without social media. Day 1 was weird. By day 4 I was reading more and sleeping better. "
          "I am back now, but I turned off most notifications.", kind=Post.Kind.BLOG, days_ago=2)  # fmt: skip
    if not Report.objects.filter(item=reported.moderation).exists():
        Report.objects.create(item=reported.moderation, reporter=comet, reason=Report.Reason.BULLYING,
                              details="Calling people losers is not nice.")  # fmt: skip

    france = spaces["fr"]
    _post(france, owl, "Vos conseils pour protéger son compte ?",
          "J'ai activé la double authentification sur tous mes comptes. Vous avez d'autres astuces ?", days_ago=5)  # fmt: skip
    _post(france, french_coordinator, "Bienvenue dans l'espace jeunes !",
          "Ici, on parle de ce qui compte pour vous en ligne. Les modérateurs veillent à ce que l'espace reste sûr.",
          kind=Post.Kind.BLOG, days_ago=8)  # fmt: skip
    _post(france, kite, "Qui veut discuter ?", "Appelle-moi au 06 12 34 56 78 pour en parler !",
          status=Status.HELD, reasons=["phone"], days_ago=0.5)  # fmt: skip

    _post(spaces["de"], User.objects.get(email="youth-coordinator-de@bik.example"), "Willkommen im Jugendraum!",
          "Hier sprecht ihr über das, was euch online wichtig ist. Welche Apps nutzt ihr für die Schule?",
          kind=Post.Kind.BLOG, days_ago=3)  # fmt: skip
    _post(spaces["it"], river, "Cyberbullismo: cosa fate?",
          "Se vedete qualcuno preso in giro in un gruppo, intervenite? Io a volte non so cosa fare.", days_ago=3)  # fmt: skip
    _post(spaces["pt"], comet, "Quanto tempo passam no telemóvel?",
          "Comecei a ver o tempo de ecrã e fiquei surpreendido. E vocês?", days_ago=3)  # fmt: skip
    _post(spaces["gr"], wave, "Ψεύτικες ειδήσεις: πώς τις καταλαβαίνετε;",
          "Είδα ένα βίντεο που φαινόταν αληθινό αλλά δεν ήταν. Τι ελέγχετε εσείς;", days_ago=3)  # fmt: skip
    ireland = spaces["ie"]
    _post(ireland, irish_coordinator, "Youth panel meeting notes",
          "Thanks to everyone who came to the panel. Next time we talk about online gaming.",
          kind=Post.Kind.BLOG, days_ago=7)  # fmt: skip
    _post(ireland, fox, "Anyone want to meet up after school?", "We could meet up at the shopping centre on Saturday.",
          status=Status.HELD, reasons=["meet_up"], days_ago=1)  # fmt: skip

    _modules(europe)
    _meeting(europe, "European youth panel: Safer Internet Day ideas", 10,
             "Bring your ideas for Safer Internet Day. Cameras optional.")  # fmt: skip
    _meeting(france, "Réunion du panel jeunes", 14, "On prépare ensemble le Safer Internet Day en France.")
    for slug, (module, meeting) in NATIONAL.items():
        _national_module(spaces[slug], *module)
        _meeting(spaces[slug], *meeting)
    _picks(spaces)
    from bik.youth import demo_contributions

    demo_contributions.load(europe, members)
    if out is not None:
        out.write(f"Youth area ready ({Post.objects.count()} posts, {Space.objects.count()} spaces).")


# Resources from the demo gallery picked for young people: (space, words in the title, how many, note)
PICKS = (
    ("europe", "tips for young people", 2, "Written with a youth panel: practical and short."),
    ("europe", "in five questions", 2, ""),
    ("europe", "explained", 1, "A short video to share with friends."),
    ("fr", "in five questions", 1, "Existe aussi en français."),
    ("gr", "εκφοβισμ", 1, "Ένας οδηγός για εφήβους."),
    ("gr", "μπλόκαρε", 1, ""),
    ("ie", "tips for young people", 1, ""),
)


def _picks(spaces: dict[str, Space]) -> None:
    from bik.resources.models import Resource
    from bik.resources.services import published_resources

    pickers = {
        "europe": User.objects.filter(email="admin@bik.example").first(),
        "fr": User.objects.filter(email="youth-coordinator-fr@bik.example").first(),
        "gr": User.objects.filter(email="youth-coordinator-gr@bik.example").first(),
        "ie": User.objects.filter(email="youth-coordinator@bik.example").first(),
    }
    for slug, words, count, note in PICKS:
        space = spaces[slug]
        demo_resources = published_resources().filter(pk__in=demo_ids(Resource), title__icontains=words)
        for resource in demo_resources.order_by("pk")[:count]:
            YouthPick.objects.get_or_create(
                space=space, resource=resource, defaults={"note": note, "picked_by": pickers.get(slug)}
            )


def _modules(space: Space) -> None:
    modules = (
        ("Protect your accounts", "Passwords, two-step sign-in and what to do when an account is hacked.",
         [("Strong passwords", "A long passphrase of four or more random words is easier to remember and harder to guess than a short password with symbols."),
          ("Two-step sign-in", "With two-step sign-in, a stolen password is not enough: the app also asks for a code from your phone.")],
         [("Which password is strongest?", "Summer2025!\ncorrect-horse-battery-staple\nP@ssw0rd", 2,
           "Length beats complexity: four random words are very hard to guess."),
          ("Someone got your password. What stops them signing in?", "Nothing\nTwo-step sign-in\nA profile picture", 2,
           "Two-step sign-in asks for a second proof, such as a code from your phone.")]),
        ("Think before you share", "Photos, location and what strangers can learn about you.",
         [("What a photo says", "A photo can show your school uniform, your street or your location data. Check before posting."),
          ("When someone asks for pictures", "You never have to send a picture. If someone pressures you, stop replying, keep the messages and tell an adult or a helpline.")],
         [("A new online friend asks for a photo and to keep it secret. What do you do?",
           "Send it, they are nice\nStop, keep the messages and tell someone you trust\nDelete your account", 2,
           "Asking for secrets and pictures is a warning sign. Helplines can help, for free."),
          ("What can a photo reveal?", "Only your face\nWhere you live or go to school\nNothing", 2,
           "Backgrounds, uniforms and location data can reveal where you are.")]),
    )  # fmt: skip
    for title, summary, lessons, questions in modules:
        if LearningModule.objects.filter(space=space, title=title).exists():
            continue
        module = LearningModule.objects.create(space=space, title=title, summary=summary)
        for order, (lesson_title, body) in enumerate(lessons):
            Lesson.objects.create(module=module, title=lesson_title, body=body, sort_order=order)
        for order, (prompt, choices, correct, explanation) in enumerate(questions):
            QuizQuestion.objects.create(module=module, prompt=prompt, choices=choices, correct_choice=correct,
                                        explanation=explanation, sort_order=order)  # fmt: skip


# Every national space has a learning module and a meeting in its own language:
# slug → ((title, summary, lesson title, lesson, question, choices, correct choice, explanation),
#         (meeting title, days ahead, description))
NATIONAL: dict[str, tuple[tuple[str, str, str, str, str, str, int, str], tuple[str, int, str]]] = {
    "fr": (("Mots de passe solides", "Protéger ses comptes en deux étapes.", "Une phrase de passe",
            "Quatre mots au hasard font un mot de passe long, facile à retenir et difficile à deviner.",
            "Quel mot de passe est le plus solide ?", "Soleil2025!\ncheval-correct-pile-agrafe\nMotDePasse", 2,
            "La longueur compte plus que les symboles."),
           ("Atelier : protéger ses comptes", 21, "On essaie ensemble la connexion en deux étapes.")),
    "de": (("Sicher chatten", "Was tun, wenn ein Chat unangenehm wird?", "Blockieren und melden",
            "Du musst nicht antworten. Blockiere, mach Screenshots und sprich mit jemandem, dem du vertraust.",
            "Jemand bedrängt dich im Chat. Was hilft?", "Weiter antworten\nBlockieren, sichern, Hilfe holen\nAccount löschen", 2,
            "Blockieren und Beweise sichern hilft; die Helpline berät kostenlos."),
           ("Treffen des Jugendpanels", 16, "Wir planen den Safer Internet Day in Deutschland.")),
    "ie": (("Spotting scams", "Fake giveaways, phishing messages and how to check them.", "Too good to be true",
            "A free prize that asks for your password or card details is a scam. Check the sender and never share codes.",
            "A message says you won a new phone: send your login to claim it. What do you do?",
            "Send it quickly\nIgnore it and report it\nForward it to friends", 2,
            "Real prizes never need your password."),
           ("Irish youth panel meet-up", 12, "Planning our Safer Internet Day video.")),
    "it": (("Il tempo online", "Come trovare un equilibrio tra schermi, scuola e amici.", "Le notifiche",
            "Disattivare le notifiche non essenziali aiuta a concentrarsi e a dormire meglio.",
            "Cosa aiuta a dormire meglio?", "Il telefono sul cuscino\nIl telefono fuori dalla camera\nPiù notifiche", 2,
            "Tenere il telefono fuori dalla camera riduce le interruzioni."),
           ("Incontro del panel giovani", 18, "Prepariamo insieme il Safer Internet Day in Italia.")),
    "pt": (("Notícias falsas", "Como verificar uma notícia antes de a partilhar.", "Verificar a fonte",
            "Procura quem publicou a notícia, a data e se outros meios de confiança dizem o mesmo.",
            "Vês uma notícia chocante sem fonte. O que fazes?", "Partilho logo\nVerifico a fonte antes\nComento", 2,
            "Verificar antes de partilhar trava a desinformação."),
           ("Reunião do painel de jovens", 15, "Preparamos o Safer Internet Day em Portugal.")),
    "gr": (("Ιδιωτικότητα στα κοινωνικά δίκτυα", "Ρυθμίσεις απορρήτου και τι βλέπουν οι άλλοι.", "Ιδιωτικός λογαριασμός",
            "Με ιδιωτικό λογαριασμό, μόνο όσοι εγκρίνεις βλέπουν τις αναρτήσεις σου.",
            "Ποιος βλέπει τις αναρτήσεις ενός ιδιωτικού λογαριασμού;", "Όλοι\nΌσοι εγκρίνεις\nΚανείς", 2,
            "Εσύ αποφασίζεις ποιοι σε ακολουθούν."),
           ("Συνάντηση της ομάδας νέων", 19, "Ετοιμάζουμε μαζί την Ημέρα Ασφαλούς Διαδικτύου στην Ελλάδα.")),
}  # fmt: skip


def _national_module(
    space: Space, title: str, summary: str, lesson_title: str, lesson: str, prompt: str, choices: str, correct: int,
    explanation: str,
) -> None:  # fmt: skip
    if LearningModule.objects.filter(space=space, title=title).exists():
        return
    module = LearningModule.objects.create(space=space, title=title, summary=summary)
    Lesson.objects.create(module=module, title=lesson_title, body=lesson, sort_order=0)
    QuizQuestion.objects.create(module=module, prompt=prompt, choices=choices, correct_choice=correct,
                                explanation=explanation, sort_order=0)  # fmt: skip


def _meeting(space: Space, title: str, days_ahead: int, description: str) -> None:
    if Meeting.objects.filter(space=space, title=title, starts_at__gte=timezone.now()).exists():
        return
    day = timezone.now().astimezone(dt.UTC).date() + dt.timedelta(days=days_ahead)
    Meeting.objects.create(
        space=space, title=title, description=description,
        starts_at=dt.datetime.combine(day, dt.time(16, 0), tzinfo=dt.UTC), duration_minutes=60,
        join_url="https://meet.bik.example/youth-panel",
    )  # fmt: skip
