"""The reference list of helpline categories (reference_categories.txt: the Insafe list, revised April 2023), which
a deployment starts with: `python manage.py set_up_site` makes it the first version when there is none. Coordinators
change it afterwards by adding versions in the admin."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from django.db import transaction
from django.utils.text import slugify

from bik.statistics.models import Category, CategoryVersion

REFERENCE = Path(__file__).resolve().parent / "reference_categories.txt"


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
