from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('events', '0002_event_image_event_image_alt_event_image_decorative'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='event',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='eventindexpage',
            name='is_demo',
        ),
    ]
