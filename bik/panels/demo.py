"""Demo youth panels and consultations (bik/demo/data/panels.yaml): panels in four countries with members and
signed articles (one waiting for approval), an open consultation the demo youth account can answer, and a closed
one with results and the network's response, both also in French and German. Idempotent; runs after bik.youth's
demo (it uses its members)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.demo.datafiles import demo_data
from bik.moderation.models import ModeratedItem, Status
from bik.network.models import Centre
from bik.pages.models import HomePage
from bik.panels import services
from bik.panels.models import Answer, Article, Consultation, ConsultationTranslation, Panel, PanelMember
from bik.youth.services import national_space

DATA = demo_data("panels")
OPEN_QUESTION: str = DATA["consultations"][0]["question"]
CLOSED_QUESTION: str = DATA["consultations"][1]["question"]


def _article(panel: Panel, signer: PanelMember, title: str, body: str, days_ago: int | None) -> None:
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


def _consultation(spec: dict[str, Any], now: dt.datetime, staff: User | None) -> None:
    """One consultation with its versions; its invented answers only when the consultation is new."""
    min_age, max_age = spec["ages"]
    consultation, created = Consultation.objects.get_or_create(
        question=spec["question"],
        defaults={
            "description": spec.get("description", ""),
            "kind": spec["kind"],
            "options": "\n".join(spec["options"]),
            "languages": DATA["consultation_languages"],
            "min_age": min_age,
            "max_age": max_age,
            "opens_at": now + dt.timedelta(days=spec["opens"]),
            "closes_at": now + dt.timedelta(days=spec["closes"]),
            "response": spec.get("response", ""),
            "responded_at": now + dt.timedelta(days=spec["responded"]) if "responded" in spec else None,
            "created_by": staff,
        },
    )
    if created and "answers" in spec:
        # Unattributed answers, in the order of the picks; their languages take turns, one day apart back to 20.
        languages = spec["answers"]["languages"]
        picks = [pick["choices"] for pick in spec["answers"]["picks"] for _ in range(pick["count"])]
        Answer.objects.bulk_create(
            Answer(
                consultation=consultation,
                user=None,
                language=languages[i % len(languages)],
                choices=choices,
                created_at=consultation.closes_at - dt.timedelta(days=1 + i % 20),
            )
            for i, choices in enumerate(picks)
        )
    for language, version in spec["versions"].items():
        ConsultationTranslation.objects.get_or_create(
            consultation=consultation,
            language=language,
            defaults={
                "question": version["question"],
                "options": "\n".join(version["options"]),
                "response": version.get("response", ""),
            },
        )


@transaction.atomic
def load(home: HomePage, out: Any = None) -> None:
    panels = {}
    for country, intro in DATA["panels"].items():
        panel = services.panel_for(Centre.objects.get(country=country))
        if not panel.intro:
            panel.intro = intro
            panel.save(update_fields=["intro"])
        panels[country] = panel
    signers = {}
    for spec in DATA["members"]:
        user = User.objects.get(display_name=spec["pseudonym"], youth_profile__isnull=False)
        first_name = spec["first_name"]
        member, _created = PanelMember.objects.get_or_create(
            panel=panels[spec["country"]],
            user=user,
            defaults={
                "title": spec["title"],
                "byline_name": PanelMember.Name.FIRST_NAME if first_name else PanelMember.Name.PSEUDONYM,
                "first_name": first_name,
            },
        )
        signers[spec["pseudonym"]] = member
    for spec in DATA["articles"]:
        signer = signers[spec["signer"]]
        _article(signer.panel, signer, spec["title"], "\n\n".join(spec["body"]), spec["days_ago"])
    now = timezone.now()
    staff = User.objects.filter(email="admin@bik.example").first()
    for spec in DATA["consultations"]:
        _consultation(spec, now, staff)
    if out is not None:
        out.write(f"{len(panels)} youth panels and {Consultation.objects.count()} consultations ready.")
