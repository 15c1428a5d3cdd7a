from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('news', '0004_alter_articlepage_body'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='articlepage',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='audience',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='newsindexpage',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='topic',
            name='is_demo',
        ),
    ]
