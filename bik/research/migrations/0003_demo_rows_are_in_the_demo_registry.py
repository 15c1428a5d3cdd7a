from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('research', '0002_partner_and_audiences'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='publication',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='researchindexpage',
            name='is_demo',
        ),
    ]
