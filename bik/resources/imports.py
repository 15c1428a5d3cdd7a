"""Bulk import of resources from CSV or JSON, all or nothing.

Every row is checked first and every problem reported with its row number; only when no row has a problem
are the resources written, in one transaction. The management command `import_resources` and the admin
upload call `import_resources` below.

The columns (CSV) or keys (JSON objects in a list) are:

    title          required
    description    HTML or plain text (sanitised)
    language       the language of title and description (default: en)
    centre         the producing centre's country code, e.g. GR (optional)
    licence        one of the licence codes, e.g. cc-by-4.0 (default: cc-by-nc-sa-4.0)
    date           YYYY-MM-DD (default: today)
    topics, age_groups, audiences, types
                   slugs of vocabulary terms; in CSV separated by "|" (JSON: a list)
    versions       one per language: "el=https://…" or "el=document:12" (a Wagtail document id); in CSV
                   separated by "|"; in JSON a list of {"language": "el", "url": "…"} or {"language", "document"}
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from typing import Any

import nh3
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Locale

from bik.catalogue.models import Vocabulary
from bik.network.models import Centre
from bik.resources.models import (
    AgeGroup,
    Audience,
    Licence,
    Resource,
    ResourceLanguageVersion,
    ResourceType,
    Topic,
)
from bik.resources.services import ALLOWED_TAGS

MAX_ROWS = 5_000
MAX_BYTES = 10 * 1024 * 1024
LIST_SEPARATOR = "|"
TERM_COLUMNS: dict[str, type[Vocabulary]] = {
    "topics": Topic,
    "age_groups": AgeGroup,
    "audiences": Audience,
    "types": ResourceType,
}
KNOWN_COLUMNS = {"title", "description", "language", "centre", "licence", "date", "versions", *TERM_COLUMNS}
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


class ImportFormatError(ValueError):
    """The file as a whole cannot be read (not CSV or JSON, wrong shape, too big)."""


@dataclass
class RowError:
    row: int
    message: str


@dataclass
class ImportReport:
    rows: int = 0
    created: list[Resource] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _CleanRow:
    resource: Resource
    terms: dict[str, list[Vocabulary]]
    versions: list[ResourceLanguageVersion]


def read_rows(data: bytes, filename: str) -> list[dict[str, Any]]:
    """The rows of a CSV or JSON file, as dictionaries."""
    if len(data) > MAX_BYTES:
        raise ImportFormatError(_("The file is larger than 10 MB."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(_("The file must be encoded in UTF-8.")) from exc
    if filename.lower().endswith(".json"):
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportFormatError(_("This is not valid JSON (line %(line)s).") % {"line": exc.lineno}) from exc
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise ImportFormatError(_("The JSON file must hold a list of objects, one per resource."))
    elif filename.lower().endswith(".csv"):
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "title" not in reader.fieldnames:
            raise ImportFormatError(_("The CSV file needs a header line with at least a “title” column."))
        rows = [dict(row) for row in reader]
    else:
        raise ImportFormatError(_("Upload a .csv or a .json file."))
    if not rows:
        raise ImportFormatError(_("The file has no resources in it."))
    if len(rows) > MAX_ROWS:
        raise ImportFormatError(_("At most %(max)s resources can be imported at once.") % {"max": MAX_ROWS})
    return rows


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    return [part.strip() for part in str(value).split(LIST_SEPARATOR) if part.strip()]


def _versions(value: Any) -> list[dict[str, Any]]:
    """Versions from either form: "el=https://…" strings or {"language": …} objects."""
    versions: list[dict[str, Any]] = []
    for item in _as_list(value):
        if isinstance(item, dict):
            versions.append(item)
            continue
        language, _sep, target = str(item).partition("=")
        if target.startswith("document:"):
            versions.append({"language": language.strip(), "document": target.removeprefix("document:").strip()})
        else:
            versions.append({"language": language.strip(), "url": target.strip()})
    return versions


class _Lookups:
    """Everything rows refer to, loaded once for the whole file."""

    def __init__(self) -> None:
        english = settings.LANGUAGE_CODE
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.centres = {centre.country.code: centre for centre in Centre.objects.all()}
        self.terms: dict[str, dict[str, Vocabulary]] = {}
        for column, model in TERM_COLUMNS.items():
            terms = model.objects.filter(locale__language_code=english)
            self.terms[column] = {term.slug: term for term in terms}
        self.documents: set[int] = set()

    def load_documents(self, ids: set[int]) -> None:
        self.documents = set(get_document_model().objects.filter(pk__in=ids).values_list("pk", flat=True))


def _clean_row(number: int, row: dict[str, Any], lookups: _Lookups) -> tuple[_CleanRow | None, list[RowError]]:
    errors: list[str] = []
    unknown = sorted(set(row) - KNOWN_COLUMNS)
    if unknown:
        errors.append(_("unknown columns: %(columns)s") % {"columns": ", ".join(map(str, unknown))})
    title = str(row.get("title") or "").strip()
    if not title:
        errors.append(_("the title is missing"))
    elif len(title) > 255:
        errors.append(_("the title is longer than 255 characters"))
    language = str(row.get("language") or settings.LANGUAGE_CODE).strip().lower()
    if language not in LANGUAGE_CODES:
        errors.append(_("unknown language “%(value)s”") % {"value": language})
    centre = None
    country = str(row.get("centre") or "").strip().upper()
    if country:
        centre = lookups.centres.get(country)
        if centre is None:
            errors.append(_("no centre for the country “%(value)s”") % {"value": country})
    licence = str(row.get("licence") or Licence.CC_BY_NC_SA).strip().lower()
    if licence not in Licence.values:
        errors.append(_("unknown licence “%(value)s”") % {"value": licence})
    date = timezone.localdate()
    if row.get("date"):
        try:
            date = dt.date.fromisoformat(str(row["date"]).strip())
        except ValueError:
            errors.append(_("the date “%(value)s” is not in the form YYYY-MM-DD") % {"value": row["date"]})
    terms: dict[str, list[Vocabulary]] = {}
    for column in TERM_COLUMNS:
        terms[column] = []
        for slug in _as_list(row.get(column)):
            term = lookups.terms[column].get(str(slug))
            if term is None:
                errors.append(_("unknown %(column)s “%(value)s”") % {"column": column, "value": slug})
            else:
                terms[column].append(term)
    versions: list[ResourceLanguageVersion] = []
    seen: set[str] = set()
    raw_versions = _versions(row.get("versions"))
    if not raw_versions:
        errors.append(_("at least one language version (a link or a document) is needed"))
    for position, version in enumerate(raw_versions):
        code = str(version.get("language") or "").strip().lower()
        url, document = str(version.get("url") or "").strip(), str(version.get("document") or "").strip()
        if code not in LANGUAGE_CODES:
            errors.append(_("unknown language “%(value)s” in versions") % {"value": code})
            continue
        if code in seen:
            errors.append(_("two versions in the language “%(value)s”") % {"value": code})
            continue
        seen.add(code)
        if bool(url) == bool(document):
            errors.append(_("the %(language)s version needs either a link or a document") % {"language": code})
            continue
        if url:
            try:
                URLValidator(schemes=["http", "https"])(url)
            except ValidationError:
                errors.append(_("the link “%(value)s” is not a web address") % {"value": url[:80]})
                continue
            versions.append(ResourceLanguageVersion(language=code, url=url, sort_order=position))
        elif not document.isdigit() or int(document) not in lookups.documents:
            errors.append(_("no document with the id “%(value)s”") % {"value": document})
        else:
            versions.append(ResourceLanguageVersion(language=code, document_id=int(document), sort_order=position))
    if errors:
        return None, [RowError(number, message) for message in errors]
    description = str(row.get("description") or "")
    if description and "<" not in description:
        description = "".join(f"<p>{escape(part)}</p>" for part in description.split("\n\n") if part.strip())
    resource = Resource(
        title=title,
        description=nh3.clean(description, tags=ALLOWED_TAGS, attributes={"a": {"href"}}),
        locale=lookups.locales[language],
        centre=centre,
        licence=licence,
        date=date,
        live=False,
    )
    return _CleanRow(resource, terms, versions), []


def _document_ids(rows: list[dict[str, Any]]) -> set[int]:
    ids: set[int] = set()
    for row in rows:
        for version in _versions(row.get("versions")):
            document = str(version.get("document") or "")
            if document.isdigit():
                ids.add(int(document))
    return ids


def import_resources(data: bytes, filename: str, *, user: Any = None, publish: bool = False) -> ImportReport:
    """Check every row, then create every resource (published, or as drafts) — or none.

    `user` is who imports from the admin (None for the management command); publishing needs the
    permission to publish resources."""
    if publish and user is not None and not user.has_perm("resources.publish_resource"):
        raise PermissionDenied(_("You may import drafts but not publish resources."))
    try:
        rows = read_rows(data, filename)
    except ImportFormatError as exc:
        return ImportReport(errors=[RowError(0, str(exc))])
    lookups = _Lookups()
    lookups.load_documents(_document_ids(rows))
    report = ImportReport(rows=len(rows))
    cleaned: list[_CleanRow] = []
    for number, row in enumerate(rows, start=1):
        clean, errors = _clean_row(number, row, lookups)
        report.errors.extend(errors)
        if clean is not None:
            cleaned.append(clean)
    if report.errors:
        return report
    with transaction.atomic():
        for clean in cleaned:
            resource = clean.resource
            for column, terms in clean.terms.items():
                setattr(resource, column, terms)
            resource.language_versions = clean.versions
            resource.save()
            revision = resource.save_revision(user=user)
            if publish:
                revision.publish(user=user)
            report.created.append(resource)
    return report
