"""The interface speaks every platform language: each string, the visitors' and the staff's (community, moderation
queues, workspaces, admin), is translated into all 28, and the catalogues hold every string the code and templates
mark for translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib  # type: ignore[import-untyped]
import pytest
from django.conf import settings

from tools import translations

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_catalogue_with_its_plural_rule(language: str) -> None:
    catalogue = polib.pofile(str(translations.catalogue_path(language)))

    assert catalogue.metadata.get("Language") == language
    assert "nplurals=" in catalogue.metadata.get("Plural-Forms", "")
    assert "INTEGER" not in catalogue.metadata["Plural-Forms"]


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_no_entry_a_reader_of_the_language_needs_is_untranslated_or_fuzzy(language: str) -> None:
    catalogue = polib.pofile(str(translations.catalogue_path(language)))

    missing = [
        entry.msgid
        for entry in catalogue
        if translations.needs_translation(language, entry) and translations.missing(entry)
    ]

    assert missing == [], f"{len(missing)} entries untranslated or fuzzy in {language}: {missing[:5]}"


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_translations_keep_the_placeholders(language: str) -> None:
    catalogue = polib.pofile(str(translations.catalogue_path(language)))
    wrong = []
    for entry in catalogue:
        if entry.obsolete or translations.missing(entry):
            continue
        if entry.msgid_plural:
            allowed = set(translations.placeholders(entry.msgid) + translations.placeholders(entry.msgid_plural))
            forms = list(entry.msgstr_plural.values())
            if len(forms) != translations.plural_count(catalogue) or any(
                not set(translations.placeholders(form)) <= allowed for form in forms
            ):
                wrong.append(entry.msgid)
        elif translations.placeholders(entry.msgstr) != translations.placeholders(entry.msgid):
            wrong.append(entry.msgid)

    assert wrong == []


def test_the_catalogues_hold_every_string_marked_for_translation(tmp_path: Path) -> None:
    """Extract the strings again from a copy of the code: none may be missing from the catalogues."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is needed to extract strings (make test installs it).")
    source = Path(settings.BASE_DIR) / "bik"
    copy = tmp_path / "bik"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("*.mo", "*.po", "__pycache__", "static"))
    (copy / "locale" / "en" / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
    subprocess.run(
        # -P: the copy's folders (bik/statistics) must not shadow the standard library's modules of the same name.
        [sys.executable, "-P", "-m", "django", "makemessages", "-l", "en"],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    extracted = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(copy / "locale/en/LC_MESSAGES/django.po"))}
    kept = {
        (entry.msgctxt, entry.msgid)
        for entry in polib.pofile(str(translations.catalogue_path("en")))
        if not entry.obsolete
    }

    assert sorted(extracted - kept, key=str) == [], "run `make makemessages` and translate the new strings"


@pytest.mark.parametrize("language", LANGUAGES)
def test_gettext_accepts_the_catalogue(language: str, tmp_path: Path) -> None:
    """msgfmt's own checks: format directives in every form (a plural form used for 21 or 101 must show the
    count), valid headers and plural rules."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.fail("GNU gettext is needed to check the catalogues (make test installs it).")
    result = subprocess.run(  # noqa: S603 -- fixed arguments
        [
            msgfmt,
            "--check-format",
            "--check-header",
            "-o",
            str(tmp_path / "django.mo"),
            str(translations.catalogue_path(language)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
