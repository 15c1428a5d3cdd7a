from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('hotline', '0002_audit_log_is_append_only'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='report',
            name='is_demo',
        ),
    ]
