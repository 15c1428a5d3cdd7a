from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('resources', '0005_resource_youth_credit'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='agegroup',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='audience',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='resource',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='resourcegallerypage',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='resourcetype',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='topic',
            name='is_demo',
        ),
    ]
