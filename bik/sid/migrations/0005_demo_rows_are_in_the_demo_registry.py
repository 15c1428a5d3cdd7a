from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('sid', '0004_merge_images_and_reach'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='action',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='countryprofile',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='edition',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='supporter',
            name='is_demo',
        ),
    ]
