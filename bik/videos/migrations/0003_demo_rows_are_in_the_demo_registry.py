from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('videos', '0002_poster_is_the_video_image'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='agegroup',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='topic',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='video',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='videogallerypage',
            name='is_demo',
        ),
    ]
