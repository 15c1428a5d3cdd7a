"""The gallery's search index: ResourceSearchText (and what each database builds from it) and ResourceListing."""

import django.db.models.deletion
from django.db import migrations, models

TABLE = "resources_resourcesearchtext"
FTS = f"{TABLE}_fts"

# PostgreSQL: each text becomes a tsvector in its own text search configuration ("simple" where the server has
# none of that name; stripped of word positions, which nothing uses), computed by a trigger because a column
# holding a configuration's name cannot feed a generated column or an index expression (the name→configuration
# cast depends on the catalogue); the trigger then drops the text, which nothing else reads on PostgreSQL.
# The words of an original's texts are gathered into its listing row (bik.resources.search.refresh_search_index),
# and that is what the GIN index serves: a search reads the matching listing rows and no other table.
LISTING = "resources_resourcelisting"
POSTGRESQL = [
    f"ALTER TABLE {TABLE} ADD COLUMN document tsvector",
    f"""CREATE FUNCTION {TABLE}_document() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.document := strip(to_tsvector(
            COALESCE((SELECT c.oid::regconfig FROM pg_ts_config c WHERE c.cfgname = NEW.config), 'simple'::regconfig),
            NEW.text
        ));
        NEW.text := '';
        RETURN NEW;
    END $$""",
    f"""CREATE TRIGGER {TABLE}_document BEFORE INSERT OR UPDATE OF config, text ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION {TABLE}_document()""",
    f"ALTER TABLE {LISTING} ADD COLUMN document tsvector",
    f"CREATE INDEX {LISTING}_document ON {LISTING} USING GIN (document)",
]
POSTGRESQL_REVERSE = [
    f"DROP INDEX IF EXISTS {LISTING}_document",
    f"ALTER TABLE {LISTING} DROP COLUMN IF EXISTS document",
    f"DROP TRIGGER IF EXISTS {TABLE}_document ON {TABLE}",
    f"DROP FUNCTION IF EXISTS {TABLE}_document()",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS document",
]
# SQLite: an FTS5 index over the table's text (external content, so the text is stored once), kept in step
# by triggers. No stemming: SQLite has no per-language stemmers; accents are folded.
SQLITE = [
    f"""CREATE VIRTUAL TABLE {FTS} USING fts5(text, content='{TABLE}', content_rowid='resource_id',
    tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER {TABLE}_ai AFTER INSERT ON {TABLE} BEGIN
        INSERT INTO {FTS}(rowid, text) VALUES (new.resource_id, new.text);
    END""",
    f"""CREATE TRIGGER {TABLE}_ad AFTER DELETE ON {TABLE} BEGIN
        INSERT INTO {FTS}({FTS}, rowid, text) VALUES ('delete', old.resource_id, old.text);
    END""",
    f"""CREATE TRIGGER {TABLE}_au AFTER UPDATE ON {TABLE} BEGIN
        INSERT INTO {FTS}({FTS}, rowid, text) VALUES ('delete', old.resource_id, old.text);
        INSERT INTO {FTS}(rowid, text) VALUES (new.resource_id, new.text);
    END""",
]
SQLITE_REVERSE = [
    f"DROP TRIGGER IF EXISTS {TABLE}_ai",
    f"DROP TRIGGER IF EXISTS {TABLE}_ad",
    f"DROP TRIGGER IF EXISTS {TABLE}_au",
    f"DROP TABLE IF EXISTS {FTS}",
]
# Every listing row's document: the words of its original's texts (as in bik.resources.search).
GATHER_WORDS = (
    f"UPDATE {LISTING} l SET document = (SELECT array_to_tsvector(array_agg(DISTINCT w.lexeme)) "
    f"FROM {TABLE} s, unnest(s.document) w WHERE s.original_id = l.resource_id)"
)
TERM_MODELS = [("topics", "Topic"), ("age_groups", "AgeGroup"), ("audiences", "Audience"), ("types", "ResourceType")]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement, params=None)


def create_text_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    _run(schema_editor, POSTGRESQL if vendor == "postgresql" else SQLITE if vendor == "sqlite" else [])


def drop_text_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    _run(schema_editor, POSTGRESQL_REVERSE if vendor == "postgresql" else SQLITE_REVERSE if vendor == "sqlite" else [])


def fill_index(apps, schema_editor):
    """The search rows of every resource already live (what bik.resources.search.refresh_search_index writes,
    with the models as they are at this migration)."""
    from collections import defaultdict

    from django.conf import settings

    from bik.resources.search import as_list, config_for, plain_text

    resource_model = apps.get_model("resources", "Resource")
    languages = dict(apps.get_model("wagtailcore", "Locale").objects.values_list("pk", "language_code"))
    originals = {r.translation_key: r for r in resource_model.objects.filter(is_original=True, live=True)}
    apps.get_model("resources", "ResourceSearchText").objects.bulk_create(
        [
            apps.get_model("resources", "ResourceSearchText")(
                resource_id=r.pk,
                original_id=originals[r.translation_key].pk,
                config=config_for(languages.get(r.locale_id, "")),
                text=plain_text(r.title, r.description),
            )
            for r in resource_model.objects.filter(live=True)
            if r.translation_key in originals
        ],
        batch_size=2_000,
    )
    lists = defaultdict(lambda: defaultdict(list))
    versions = apps.get_model("resources", "ResourceLanguageVersion").objects.values_list("resource_id", "language")
    for resource_id, language in versions:
        lists["languages"][resource_id].append(language)
    for m2m_field, model_name in TERM_MODELS:
        model = apps.get_model("resources", model_name)
        keys = dict(model.objects.values_list("pk", "translation_key"))
        defaults = dict(
            model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list("translation_key", "pk")
        )
        m2m = resource_model._meta.get_field(m2m_field)
        for resource_id, term_id in m2m.remote_field.through.objects.values_list("resource_id", m2m.m2m_reverse_name()):
            lists[m2m_field][resource_id].append(defaults.get(keys[term_id], term_id))
    listing_model = apps.get_model("resources", "ResourceListing")
    listing_model.objects.bulk_create(
        [
            listing_model(
                resource_id=r.pk,
                date=r.date,
                centre_id=r.centre_id,
                **{name: as_list(lists[name][r.pk]) for name in ("languages", *(f for f, _m in TERM_MODELS))},
            )
            for r in originals.values()
        ],
        batch_size=2_000,
    )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(GATHER_WORDS)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0001_initial"),
        ("resources", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="ResourceSearchText",
            fields=[
                (
                    "resource",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_text",
                        serialize=False,
                        to="resources.resource",
                    ),
                ),
                ("config", models.CharField(max_length=32)),
                ("text", models.TextField()),
                (
                    "original",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="resources.resource"
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["resource", "original"], name="resources_text_original")],
            },
        ),
        migrations.CreateModel(
            name="ResourceListing",
            fields=[
                (
                    "resource",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="listing",
                        serialize=False,
                        to="resources.resource",
                    ),
                ),
                ("date", models.DateField()),
                ("languages", models.TextField()),
                ("topics", models.TextField()),
                ("age_groups", models.TextField()),
                ("audiences", models.TextField()),
                ("types", models.TextField()),
                (
                    "centre",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="network.centre",
                    ),
                ),
            ],
        ),
        migrations.RunPython(create_text_index, drop_text_index),
        migrations.RunPython(fill_index, migrations.RunPython.noop),
    ]
