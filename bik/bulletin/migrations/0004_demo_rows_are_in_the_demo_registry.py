from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('bulletin', '0003_focus_image_is_the_issue_image'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='bulletinissuepage',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='subscriber',
            name='is_demo',
        ),
    ]
