from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('pages', '0002_home_page_hero_image'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='homepage',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='sectionpage',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='standardpage',
            name='is_demo',
        ),
    ]
