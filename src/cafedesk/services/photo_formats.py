"""Which picture files a photo import reads, and what a person is told about the others."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, UnidentifiedImageError

from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP

# The formats named to a person when a file is refused (what Pillow, with pi-heif, reads).
READABLE = "JPEG, PNG, HEIC/HEIF, WebP, TIFF, GIF, BMP"
_RAW = {".cr2", ".cr3", ".nef", ".arw", ".dng", ".raf", ".orf", ".rw2", ".pef", ".srw"}
_VIDEO = {".mov", ".mp4", ".m4v", ".avi", ".3gp", ".mkv", ".webm"}
_DOCUMENTS = {".pdf", ".doc", ".docx", ".ppt", ".pptx", ".key", ".pages", ".odt", ".svg"}


def _register_heif() -> bool:
    """HEIC/HEIF, the iPhone's default, through pi-heif (libheif for decoding only: the
    app never writes HEIC, and the encoder would add 22 MB): decoded upright (the file's
    rotation is applied and its EXIF orientation reset, so nothing is turned twice)."""
    try:
        import pi_heif
    except ImportError:  # a build without it still reads everything else
        return False
    pi_heif.register_heif_opener()
    return True


HEIF_READABLE = _register_heif()


def refusal(path: Path, exc: Exception) -> CafedeskError:
    """Why a file was not imported as a photo, and what to do about it."""
    suffix = path.suffix.lower()
    kind = suffix.lstrip(".").upper()
    values: dict[str, str] = {"kind": kind, "readable": READABLE}
    if isinstance(exc, Image.DecompressionBombError):
        template = QT_TRANSLATE_NOOP("cafedesk", "The picture is too large to be safe to open.")
    elif isinstance(exc, FileNotFoundError | PermissionError):
        template = QT_TRANSLATE_NOOP("cafedesk", "The file cannot be read.")
    elif suffix in _RAW:
        template = QT_TRANSLATE_NOOP(
            "cafedesk",
            "This is a camera RAW picture ({kind}). Export it as JPEG from your photo "
            "program, then add the JPEG.",
        )
    elif suffix in _VIDEO:
        template = QT_TRANSLATE_NOOP(
            "cafedesk",
            "This is a video ({kind}), not a photo. Add the still picture instead "
            "(for an iPhone Live Photo, the HEIC or JPEG beside it).",
        )
    elif suffix in _DOCUMENTS:
        template = QT_TRANSLATE_NOOP(
            "cafedesk",
            "This is a document ({kind}), not a photo. Save the page as a JPEG or PNG "
            "picture (or take a screenshot) and add that.",
        )
    elif isinstance(exc, UnidentifiedImageError):
        template = QT_TRANSLATE_NOOP(
            "cafedesk",
            "cafedesk cannot read this kind of file ({kind}). It reads {readable} pictures: "
            "save or export it as JPEG and add that.",
        )
        values["kind"] = kind or "?"
    else:
        template = QT_TRANSLATE_NOOP(
            "cafedesk",
            "The picture is damaged or incomplete. Copy it from the phone or camera again.",
        )
    return CafedeskError(template, **values)
