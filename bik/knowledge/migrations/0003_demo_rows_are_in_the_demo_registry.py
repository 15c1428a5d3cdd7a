from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('knowledge', '0002_pillars'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='explainerpage',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='glossaryterm',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='knowledgehubpage',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='policydocument',
            name='is_demo',
        ),
    ]
