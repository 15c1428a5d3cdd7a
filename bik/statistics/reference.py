"""The reference list of helpline categories (reference_categories.txt: the Insafe list, revised April 2023), which
a deployment starts with: `python manage.py set_up_site` makes it the first version when there is none. Coordinators
change it afterwards by adding versions in the admin."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import pgettext_lazy

from bik.statistics.models import Category, CategoryVersion

REFERENCE = Path(__file__).resolve().parent / "reference_categories.txt"

# The reference list's names, for the catalogues (makemessages reads them here): a category that keeps its
# reference name is shown in the reader's language (`Category.label`). A test checks that this is the file's list.
REFERENCE_NAMES = (  # the context is models.CONTEXT, written out for makemessages
    pgettext_lazy("helpline category", "cyberbullying"),
    pgettext_lazy("helpline category", "online sexual coercion and extortion of children (formerly: sextortion)"),
    pgettext_lazy("helpline category", "sexting"),
    pgettext_lazy("helpline category", "grooming"),
    pgettext_lazy("helpline category", "love, relationships and sexuality (online)"),
    pgettext_lazy("helpline category", "data privacy"),
    pgettext_lazy("helpline category", "technical settings"),
    pgettext_lazy("helpline category", "e-crime (phishing, identity theft, fraud, hacking)"),
    pgettext_lazy("helpline category", "excessive use"),
    pgettext_lazy("helpline category", "gaming"),
    pgettext_lazy("helpline category", "potentially harmful content"),
    pgettext_lazy("helpline category", "hate speech"),
    pgettext_lazy("helpline category", "media literacy and education"),
    pgettext_lazy("helpline category", "advertising and commercialism"),
    pgettext_lazy("helpline category", "pornography"),
    pgettext_lazy("helpline category", "fake news and disinformation"),
    pgettext_lazy("helpline category", "radicalisation and terrorism"),
    pgettext_lazy("helpline category", "self-harm"),
    pgettext_lazy("helpline category", "suicide"),
    pgettext_lazy("helpline category", "other"),
)


def reference_categories() -> list[tuple[str, str]]:
    """(code, name) for every line of the reference list."""
    rows = []
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        code = slugify(name.split("(")[0])[:60] or "other"
        rows.append((code, name))
    return rows


@transaction.atomic
def ensure_categories() -> CategoryVersion:
    version = CategoryVersion.objects.order_by("-number").first()
    if version is not None:
        return cast(CategoryVersion, version)
    version = CategoryVersion.objects.create(number=1, note="Insafe reference list, revised April 2023")
    Category.objects.bulk_create(
        Category(version=version, code=code, name=name, sort_order=i)
        for i, (code, name) in enumerate(reference_categories())
    )
    return cast(CategoryVersion, version)


def ensure() -> str:
    version = ensure_categories()
    return f"Helpline categories: version {version.number}, {version.categories.count()} categories."
