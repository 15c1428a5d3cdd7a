"""The database itself refuses to change the statistics audit log (see bik.audit.triggers)."""

from django.db import migrations

from bik.audit.triggers import AppendOnlyTrigger

TRIGGER = AppendOnlyTrigger("statistics_auditentry", "statistics audit log")


class Migration(migrations.Migration):
    dependencies = [("statistics", "0001_initial")]

    operations = [TRIGGER.install()]
