"""Young members' signed-in devices keep no network address (bik/youth/sessions.py): the sessions recorded before
that rule forget theirs. Nothing to undo: the addresses are gone."""

from typing import Any

from django.db import migrations

NO_ADDRESS = "0.0.0.0"  # noqa: S104 -- bik.youth.sessions.NO_ADDRESS, an address stored in place of one
YOUTH_MEMBERS = "Youth members"  # bik.accounts.roles.Role.YOUTH_MEMBER


def forget_addresses(apps: Any, schema_editor: Any) -> None:
    UserSession = apps.get_model("usersessions", "UserSession")
    UserSession.objects.filter(user__groups__name=YOUTH_MEMBERS).exclude(ip=NO_ADDRESS).update(ip=NO_ADDRESS)


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0007_webinars_paths_made"),
        ("usersessions", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forget_addresses, migrations.RunPython.noop, elidable=True)]
