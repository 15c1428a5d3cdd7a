"""The ages of digital consent per country (GDPR art. 8), from shared/reference/digital-consent-age.csv.
Network admins keep them up to date in the admin afterwards; a country missing here uses 16."""

from django.db import migrations

AGES = [
    ("BE", 13, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("DK", 13, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("EE", 13, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("FI", 13, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("LV", 13, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("MT", 13, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("PT", 13, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("SE", 13, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("AT", 14, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("BG", 14, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("CY", 14, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("IT", 14, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("LT", 14, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("ES", 14, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("CZ", 15, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("FR", 15, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("GR", 15, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("HR", 16, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("DE", 16, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("HU", 16, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("IE", 16, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("LU", 16, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("NL", 16, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("PL", 16, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("RO", 16, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("SK", 16, "EC staff working document 2020 / national GDPR implementation trackers"),
    ("SI", 15, "national law of 2023 (ZVOP-2); verify before relying on it"),
    ("GB", 13, "UK GDPR / Data Protection Act 2018"),
    ("IS", 13, "national data protection act; verify before relying on it"),
    ("NO", 13, "national data protection act; verify before relying on it"),
]


def forward(apps, schema_editor):  # type: ignore[no-untyped-def]
    consent_age = apps.get_model("youth", "ConsentAge")
    for country, age, source in AGES:
        consent_age.objects.get_or_create(country=country, defaults={"age": age, "source": source})


class Migration(migrations.Migration):
    dependencies = [("youth", "0001_initial")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
