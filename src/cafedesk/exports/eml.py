"""Email drafts as .eml files (Python's ``email`` package), and the outbox folder they wait in.

Nothing is sent: the venue has no internet. The draft carries ``X-Unsent: 1``,
so Outlook opens it as a message ready to send; other mail programs show it
as a message to forward or "edit as new". Attachments go in byte for byte.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime, make_msgid, parseaddr, parsedate_to_datetime
from pathlib import Path

SUFFIX = ".eml"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Attachment:
    file_name: str
    data: bytes
    media_type: str = "application/pdf"


@dataclass(frozen=True)
class Draft:
    """A draft in the outbox, as its headers say."""

    path: Path
    subject: str
    to: str
    size: int
    created: dt.datetime | None


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def _address(name: str, email: str) -> Address | str:
    user, _at, domain = email.strip().partition("@")
    try:
        return Address(display_name=" ".join(name.split()), username=user, domain=domain)
    except (ValueError, IndexError):
        return email.strip()


def build_message(
    *,
    to_email: str,
    to_name: str = "",
    from_email: str = "",
    from_name: str = "",
    subject: str,
    body: str,
    attachments: list[Attachment],
    when: dt.datetime | None = None,
) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    if to_email.strip():
        message["To"] = _address(to_name, to_email)
    if looks_like_email(from_email):
        message["From"] = _address(from_name, from_email)
    message["Subject"] = " ".join(subject.split())
    message["Date"] = format_datetime((when or dt.datetime.now()).astimezone())
    # A domain of our own: make_msgid would otherwise ask the network for the host's name.
    message["Message-ID"] = make_msgid(domain="cafedesk.invalid")
    message["X-Unsent"] = "1"
    message.set_content(body)
    for item in attachments:
        maintype, _slash, subtype = item.media_type.partition("/")
        message.add_attachment(
            item.data, maintype=maintype, subtype=subtype, filename=item.file_name
        )
    return message


def draft_name(title: str, when: dt.datetime) -> str:
    """ "2026-03-15 14-32 Grünland Open Space 2026.eml": sorts by date, safe on every OS."""
    safe = re.sub(r'[\\/:*?"<>|\s]+', " ", title).strip()[:60] or "cafedesk"
    return f"{when:%Y-%m-%d %H-%M} {safe}{SUFFIX}"


def free_path(folder: Path, name: str) -> Path:
    path = folder / name
    stem, number = path.stem, 2
    while path.exists():
        path = folder / f"{stem} ({number}){SUFFIX}"
        number += 1
    return path


def read_draft(path: Path) -> Draft:
    with path.open("rb") as handle:
        headers = BytesHeaderParser(policy=policy.default).parse(handle)
    created: dt.datetime | None
    try:
        created = parsedate_to_datetime(str(headers["Date"])) if headers["Date"] else None
    except (TypeError, ValueError):
        created = None
    name, address = parseaddr(str(headers["To"] or ""))
    return Draft(
        path=path,
        subject=str(headers["Subject"] or ""),
        to=address or name,
        size=path.stat().st_size,
        created=created,
    )


def list_drafts(folder: Path) -> list[Draft]:
    """The drafts in the outbox, newest first; unreadable files are left out."""
    if not folder.is_dir():
        return []
    drafts = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            drafts.append(read_draft(path))
        except OSError:
            continue
    return sorted(drafts, key=lambda d: d.path.stat().st_mtime, reverse=True)
