"""Pictures people upload from the front end (a young person's poster): checked by their content and size,
then re-encoded so that nothing but the pixels is kept — no EXIF (camera, place, time), no embedded profile
text, no trailing bytes — and stored as a Wagtail image with its description."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError
from wagtail.images import get_image_model

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 4000
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


@dataclass(frozen=True)
class CleanPicture:
    data: bytes
    extension: str
    width: int
    height: int


def clean_picture(upload: UploadedFile) -> CleanPicture:
    """The upload re-encoded without metadata; a translated ValidationError when it is not a JPEG, PNG or
    WebP picture, too big, or broken. The orientation the camera recorded is applied to the pixels first."""
    if (upload.size or 0) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The picture is too big: at most %(mb)s MB.") % {"mb": MAX_UPLOAD_BYTES // (1024 * 1024)}, code="size"
        )
    upload.seek(0)
    try:
        with PILImage.open(upload) as probe:
            kind = probe.format or ""
            if kind not in ACCEPTED_FORMATS:
                raise ValidationError(_("Upload a JPEG, PNG or WebP picture."), code="type")
            if probe.width * probe.height > MAX_PIXELS:
                raise ValidationError(_("The picture has too many pixels."), code="pixels")
            probe.load()
            picture = ImageOps.exif_transpose(probe)
    except (UnidentifiedImageError, OSError, PILImage.DecompressionBombError, SyntaxError) as exc:
        raise ValidationError(_("Upload a JPEG, PNG or WebP picture."), code="type") from exc
    picture.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    has_alpha = picture.mode in ("RGBA", "LA", "P") and kind != "JPEG"
    if has_alpha:
        picture.convert("RGBA").save(out, format="PNG", optimize=True)
        extension = "png"
    else:
        picture.convert("RGB").save(out, format="JPEG", quality=88)
        extension = "jpg"
    return CleanPicture(out.getvalue(), extension, picture.width, picture.height)


def store_picture(picture: CleanPicture, *, title: str, description: str, uploaded_by: Any = None) -> Any:
    """A Wagtail image of the cleaned picture, described for people who cannot see it."""
    image_model = get_image_model()
    name = f"{slugify(title)[:40] or 'picture'}.{picture.extension}"
    image = image_model(title=title[:255], description=description[:255], uploaded_by_user=uploaded_by)
    image.file = ImageFile(io.BytesIO(picture.data), name=name)
    image.save()
    return image
