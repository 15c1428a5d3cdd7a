from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        # The rows flagged is_demo are copied into the demo registry before the column goes.
        ('demo', '0002_copy_is_demo_flags'),
        ('network', '0007_alter_centrerole_role'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='centre',
            name='is_demo',
        ),
    ]
