"""The four communities of practice and the general forum exist on every installation. Their names and
descriptions are shown translated (see `FORUM_TEXTS` in models.py); the English text is stored as well."""

from typing import Any

from django.db import migrations

FORUMS = (
    ("awareness-raising", "Awareness raising", "awareness", "Campaigns, resources, teacher training and Safer Internet Day actions of the awareness centres."),
    ("helplines", "Helplines", "helpline", "Counselling practice, trends in contacts, referrals and helpline statistics."),
    ("hotlines", "Hotlines", "hotline", "Reports of illegal content, notice and takedown, and cooperation with industry and law enforcement."),
    ("youth-participation", "Youth participation", "youth", "Youth panels: recruiting, running sessions, and young people's voice in the network."),
    ("general", "General", "", "Everything else: network news, questions for all strands, introductions."),
)  # fmt: skip


def create_forums(apps: Any, schema_editor: Any) -> None:
    forum = apps.get_model("forums", "Forum")
    for order, (slug, title, strand, description) in enumerate(FORUMS):
        forum.objects.get_or_create(
            slug=slug, defaults={"title": title, "strand": strand, "description": description, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("forums", "0001_initial")]

    operations = [migrations.RunPython(create_forums, migrations.RunPython.noop)]
