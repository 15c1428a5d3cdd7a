from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('policy', '0001_initial'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='countryreturn',
            name='is_demo',
        ),
        migrations.RemoveField(
            model_name='questionnaire',
            name='is_demo',
        ),
    ]
