from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('guide', '0003_onlineservice_image_onlineservice_image_alt_and_more'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='guidepage',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='onlineservice',
            name='is_demo',
        ),
    ]
