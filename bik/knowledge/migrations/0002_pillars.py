"""The three BIK+ pillars every document is tagged with (named through bik.knowledge.models.Pillar)."""

from typing import Any

from django.db import migrations

PILLARS = ("protection", "empowerment", "participation")


def add_pillars(apps: Any, schema_editor: Any) -> None:
    pillar = apps.get_model("knowledge", "PolicyPillar")
    for order, slug in enumerate(PILLARS):
        pillar.objects.get_or_create(slug=slug, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(add_pillars, migrations.RunPython.noop)]
