"""The resource gallery's starter vocabularies (reference_vocabularies.yaml: shared/reference/taxonomy.md), which a
deployment starts with: `python manage.py set_up_site` fills each vocabulary that has no term yet with its English
terms. Editors change them in the admin afterwards; a vocabulary with any term, in any language, is left as it is,
so a term an editor removed does not come back at the next deployment."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction
from wagtail.models import Locale

from bik.catalogue.models import Vocabulary
from bik.datafiles import read_data
from bik.resources.models import AgeGroup, Audience, ResourceType, Topic

REFERENCE = Path(__file__).resolve().parent / "reference_vocabularies.yaml"
VOCABULARIES: dict[str, type[Vocabulary]] = {
    "topics": Topic,
    "audiences": Audience,
    "age_groups": AgeGroup,
    "types": ResourceType,
}


@transaction.atomic
def ensure_vocabularies() -> dict[str, int]:
    """Each empty vocabulary filled with its starter terms; returns how many terms each vocabulary has."""
    reference = read_data(REFERENCE)
    english = Locale.get_default()
    counts = {}
    for key, model in VOCABULARIES.items():
        if not model.objects.exists():
            for position, (slug, name) in enumerate(reference[key].items()):
                model.objects.create(slug=slug, name=name, sort_order=position, locale=english)  # with its signals
        counts[key] = model.objects.filter(locale=english).count()
    return counts


def ensure() -> str:
    counts = ensure_vocabularies()
    return (
        f"Resource vocabularies: {counts['topics']} topics, {counts['audiences']} audiences, "
        f"{counts['age_groups']} age groups, {counts['types']} types."
    )
