"""The poster becomes the video's image, with alternative text and a decorative flag like every record's."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ('videos', '0001_initial'),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RenameField(model_name='video', old_name='poster', new_name='image'),
        migrations.AlterField(
            model_name='video',
            name='image',
            field=models.ForeignKey(blank=True, help_text='Shown in lists, on this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='image'),
        ),
        migrations.AddField(
            model_name='video',
            name='image_alt',
            field=models.CharField(blank=True, help_text="What the image shows, for people who cannot see it. Empty: the image's description in the library.", max_length=250, verbose_name='alternative text'),
        ),
        migrations.AddField(
            model_name='video',
            name='image_decorative',
            field=models.BooleanField(default=False, help_text='Tick when the image adds nothing a reader needs; screen readers then skip it.', verbose_name='decorative'),
        ),
    ]
