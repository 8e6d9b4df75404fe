"""The event as ``NAME.cafedesk.zip``: ``event.json`` with its photos as files beside it.

The zip is the default form of the whole-event export: flipchart photos are most of
an event's bytes, and as files they stay pictures anyone can open, while
``event.json`` stays small enough to read. Same event, same bytes (fixed member
times and order).

A zip someone sent is untrusted. Before anything is read every member is checked:
no absolute paths or ``..``, no symbolic links, no name twice, no password, no
claimed size above the limits (a 2 GB claim is refused from the directory alone),
and nothing unpacks to more than it claims. Each refusal is a sentence naming the
member; nothing is unpacked onto the disk, and nothing is written.
"""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from pathlib import Path
from typing import IO, Any, BinaryIO

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.exports.output import atomic_output
from cafedesk.services.open_formats.event_json import (
    MAX_DOCUMENT_BYTES,
    Document,
    ImportRefused,
    dumps,
    export_event,
    parse_document,
)
from cafedesk.services.open_formats.tables import BASE64, event_tables, fields
from cafedesk.store.eventfile import EventFile

ZIP_SUFFIX = ".cafedesk.zip"
EVENT_MEMBER = "event.json"
MAX_MEMBERS = 20_000  # three pictures for each of several thousand photos
MAX_PICTURE_BYTES = 64_000_000  # a photo straight from a 200-megapixel camera is less
MAX_TOTAL_BYTES = 1_500_000_000  # the whole unpacked event
_STABLE_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's first moment: same event, same bytes
_CHUNK = 1024 * 1024
_PICTURE_FIELDS = [f.name for t in event_tables() if t.name == "photo" for f in fields(t)
                   if f.kind == BASE64]  # fmt: skip


def is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def write_zip(ef: EventFile, target: Path | BinaryIO) -> None:
    pictures: dict[str, bytes] = {}
    text = dumps(export_event(ef, pictures))
    with atomic_output(target) as handle, zipfile.ZipFile(handle, "w") as archive:
        _add(archive, EVENT_MEMBER, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
        for name in sorted(pictures):  # pictures are compressed already
            _add(archive, name, pictures[name], zipfile.ZIP_STORED)


def _add(archive: zipfile.ZipFile, name: str, data: bytes, compression: int) -> None:
    info = zipfile.ZipInfo(name, _STABLE_TIME)
    info.compress_type = compression
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    archive.writestr(info, data)


# --- reading ---------------------------------------------------------------------------


def _refused(text: str, archive: str, member: str, **values: object) -> ImportRefused:
    return ImportRefused(text, None, name=archive, member=member, **values)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.0f}"


def _check_members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    """Every member checked from the zip's directory alone, before a byte is unpacked."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” holds {count} files, more than any event has, so nothing was imported.",
            ),
            name=name,
            count=len(infos),
        )
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        member = info.orig_filename
        if _leaves_the_archive(member):
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "cafedesk",
                    "“{name}” holds “{member}”, a path that leads outside the archive, so "
                    "nothing was imported.",
                ),
                name,
                member,
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "cafedesk",
                    "“{name}” holds “{member}”, a link to another place rather than a file, so "
                    "nothing was imported.",
                ),
                name,
                member,
            )
        if member in members:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "cafedesk",
                    "“{name}” holds “{member}” twice, so it is not clear which is meant; nothing "
                    "was imported.",
                ),
                name,
                member,
            )
        if info.flag_bits & 0x1:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "cafedesk",
                    "“{name}” holds “{member}” locked with a password, so nothing was imported.",
                ),
                name,
                member,
            )
        limit = MAX_DOCUMENT_BYTES if member == EVENT_MEMBER else MAX_PICTURE_BYTES
        total += info.file_size
        if info.file_size > limit or total > MAX_TOTAL_BYTES:
            raise _too_large(name, member, max(info.file_size, total), limit)
        members[member] = info
    return members


def _too_large(name: str, member: str, size: int, limit: int) -> ImportRefused:
    return _refused(
        QT_TRANSLATE_NOOP(
            "cafedesk",
            "“{name}” holds “{member}”, which unpacks to {size} MB, more than the {limit} MB "
            "cafedesk accepts, so nothing was imported.",
        ),
        name,
        member,
        size=_megabytes(size),
        limit=_megabytes(limit),
    )


_DRIVE = re.compile(r"^[A-Za-z]:")


def _leaves_the_archive(member: str) -> bool:
    if member.startswith(("/", "\\")) or _DRIVE.match(member) or "\x00" in member:
        return True
    return ".." in re.split(r"[/\\]", member)


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """The member's bytes, stopped as soon as they pass what its directory entry claims."""
    chunks: list[bytes] = []
    size = 0
    try:
        handle: IO[bytes]
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > info.file_size:
                    raise _too_large(name, info.orig_filename, size, info.file_size)
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{member}” in “{name}” is damaged or cut short, so nothing was imported. Ask "
                "for the file again.",
            ),
            name,
            info.orig_filename,
        ) from exc
    return b"".join(chunks)


def read_zip(path: Path) -> tuple[Document, list[str]]:
    """The document of a ``.cafedesk.zip`` with its pictures read in, and every picture
    it names that the zip lacks (``path: reason``)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” is damaged or cut short: it is not a complete cafedesk event. "
                "Ask for the file again.",
            ),
            name=path.name,
        ) from exc
    with archive:
        members = _check_members(archive, path.name)
        if EVENT_MEMBER not in members:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "cafedesk",
                    "“{name}” holds no event.json, so it is not a cafedesk event.",
                ),
                name=path.name,
            )
        text = _read(archive, members[EVENT_MEMBER], path.name)
        try:
            document = parse_document(text.decode("utf-8-sig"), path.name)
        except UnicodeDecodeError as exc:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "cafedesk", "“{member}” in “{name}” is not text, so nothing was imported."
                ),
                path.name,
                EVENT_MEMBER,
            ) from exc
        problems = _read_pictures(document, archive, members, path.name)
    return document, problems


def _read_pictures(
    document: Document,
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    name: str,
) -> list[str]:
    problems: list[str] = []
    tables = document.get("tables")
    photos: Any = tables.get("photo") if isinstance(tables, dict) else None
    for index, row in enumerate(photos if isinstance(photos, list) else []):
        for field in _PICTURE_FIELDS:
            value = row.get(field) if isinstance(row, dict) else None
            if not isinstance(value, dict):
                continue  # base64 or nothing: the format check says what is wrong
            file = value.get("file")
            where = f"tables.photo[{index}].{field}"
            if set(value) != {"file"} or not isinstance(file, str):
                problems.append(f'{where}: must be base64 data or {{"file": "photos/…"}}')
            elif file not in members:
                problems.append(f"{where}: names “{file}”, which is not in the zip")
            else:
                row[field] = _read(archive, members[file], name)
    return problems
