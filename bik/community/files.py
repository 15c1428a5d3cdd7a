"""Documents members attach (forum posts, meeting papers, competition entries): checked by their content, not
their name, kept outside the public media folder and served only through views that check membership."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage, Storage
from django.core.files.uploadedfile import UploadedFile
from django.db.models.fields.files import FieldFile
from django.http import FileResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class DocumentType:
    extension: str
    media_type: str
    label: str


PDF = DocumentType("pdf", "application/pdf", "PDF")
PNG = DocumentType("png", "image/png", "PNG")
JPEG = DocumentType("jpg", "image/jpeg", "JPEG")
DOCX = DocumentType("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word")
XLSX = DocumentType("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel")
PPTX = DocumentType("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint")
ODT = DocumentType("odt", "application/vnd.oasis.opendocument.text", "OpenDocument text")
ODS = DocumentType("ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet")
ODP = DocumentType("odp", "application/vnd.oasis.opendocument.presentation", "OpenDocument presentation")
TXT = DocumentType("txt", "text/plain", "Text")
CSV = DocumentType("csv", "text/csv", "CSV")
ALLOWED_TYPES = (PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT, ODS, ODP, TXT, CSV)
_ODF = {t.media_type: t for t in (ODT, ODS, ODP)}
_OOXML_PARTS = (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX))


class PrivateStorage(FileSystemStorage):
    """Files with no public address: `url()` refuses, so a template cannot link to one by mistake. Kept under
    PRIVATE_MEDIA_ROOT, read when first needed and again when the setting changes (as Django's own storage
    follows MEDIA_ROOT), not fixed when the models are imported."""

    @cached_property
    def base_location(self) -> str:
        return str(settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting: str, **kwargs: Any) -> None:
        """Django's storage forgets its folder when MEDIA_ROOT changes (its own `setting_changed` receiver);
        this one forgets it when PRIVATE_MEDIA_ROOT does."""
        super()._clear_cached_properties(setting, **kwargs)  # type: ignore[arg-type]  # the signal names any setting
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name: str | None) -> str:
        raise ValueError("Private files have no URL; link to the view that checks access instead.")


def private_storage() -> Storage:
    """Outside MEDIA_ROOT and without a URL: nothing in it can be fetched except through a checking view."""
    return PrivateStorage()


def max_upload_bytes() -> int:
    return settings.COMMUNITY_MAX_UPLOAD_MB * 1024 * 1024


def _zip_type(stream: IO[bytes]) -> DocumentType | None:
    try:
        with zipfile.ZipFile(stream) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                return _ODF.get(archive.read("mimetype")[:100].decode("ascii", "replace").strip())
            if "[Content_Types].xml" in names:
                return next((kind for prefix, kind in _OOXML_PARTS if any(n.startswith(prefix) for n in names)), None)
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return None
    return None


def detect_type(upload: IO[bytes], name: str) -> DocumentType | None:
    """The document's type read from its bytes; the name only chooses between plain text and CSV."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"PK\x03\x04"):
        archive = io.BytesIO(upload.read())
        upload.seek(0)
        return _zip_type(archive)
    data = upload.read()
    upload.seek(0)
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return CSV if name.lower().endswith(".csv") else TXT


def validate_document(upload: UploadedFile) -> DocumentType:
    """Raise a translated ValidationError unless the file is small enough and of an allowed kind."""
    limit = max_upload_bytes()
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("This file is too large: the limit is %(limit)d MB."), code="too_large", params={"limit": limit // 2**20}
        )
    kind = detect_type(upload, upload.name or "")
    if kind is None:
        allowed = ", ".join(t.label for t in ALLOWED_TYPES)
        raise ValidationError(
            _("This kind of file cannot be attached. Allowed: %(allowed)s."), code="type", params={"allowed": allowed}
        )
    return kind


def safe_download_name(name: str, kind_extension: str) -> str:
    stem = Path(name).stem.strip() or "document"
    cleaned = "".join(char if char.isalnum() or char in "-_ ." else "_" for char in stem)[:80]
    return f"{cleaned}.{kind_extension}"


def private_file_response(file: FieldFile, *, download_name: str, media_type: str) -> FileResponse:
    """Send a private file as a download: never rendered by the browser, never cached."""
    response = FileResponse(file.open("rb"), as_attachment=True, filename=download_name, content_type=media_type)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response
