"""The database itself refuses to change the policy audit log (see bik.audit.triggers)."""

from django.db import migrations

from bik.audit.triggers import AppendOnlyTrigger

TRIGGER = AppendOnlyTrigger("policy_auditentry", "policy audit log")


class Migration(migrations.Migration):
    dependencies = [("policy", "0002_demo_rows_are_in_the_demo_registry")]

    operations = [TRIGGER.install()]
