"""The email that carries the client report: its template, in the event's language, and limits.

The template is the facilitator's to edit (stored with the event). Only the
placeholders named in ``PLACEHOLDERS`` are filled in; any other brace is
text, so a template can never fail to fill.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# Many mail servers refuse messages over 20 to 25 MB (attachments grow by a third in
# transit); above this the report page warns and offers smaller photos.
EMAIL_LIMIT = 20 * 1024 * 1024
PLACEHOLDERS = ("event", "client", "facilitator", "dates", "contact")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@dataclass(frozen=True)
class EmailTemplate:
    subject: str
    body: str


# In the event's language, whatever language the window speaks: the client reads it.
DEFAULT_TEMPLATES: dict[str, EmailTemplate] = {
    "en": EmailTemplate(
        "{event} — report",
        "Dear {client},\n\n"
        "thank you for {event}. Attached is the report with the priorities, the action "
        "plans and the key figures of the day.\n\n"
        "I am glad to talk it through with you.\n\n"
        "Kind regards\n{facilitator}\n{contact}",
    ),
    "de": EmailTemplate(
        "{event} — Bericht",
        "Guten Tag {client},\n\n"
        "vielen Dank für {event}. Im Anhang finden Sie den Bericht mit den Prioritäten, "
        "den Aktionsplänen und den wichtigsten Zahlen.\n\n"
        "Gern bespreche ich ihn mit Ihnen.\n\n"
        "Mit freundlichen Grüßen\n{facilitator}\n{contact}",
    ),
    "fr": EmailTemplate(
        "{event} — rapport",
        "Bonjour {client},\n\n"
        "merci pour {event}. Vous trouverez ci-joint le rapport avec les priorités, les "
        "plans d’action et les chiffres clés.\n\n"
        "Je serai heureuse d’en parler avec vous.\n\n"
        "Bien cordialement\n{facilitator}\n{contact}",
    ),
    "nl": EmailTemplate(
        "{event} — verslag",
        "Beste {client},\n\n"
        "dank u voor {event}. In de bijlage vindt u het verslag met de prioriteiten, de "
        "actieplannen en de belangrijkste cijfers.\n\n"
        "Ik bespreek het graag met u.\n\n"
        "Met vriendelijke groet\n{facilitator}\n{contact}",
    ),
}


def default_template(language: str) -> EmailTemplate:
    return DEFAULT_TEMPLATES.get(language.split("_")[0].lower(), DEFAULT_TEMPLATES["en"])


def fill(text: str, values: Mapping[str, str]) -> str:
    """Put the values in for the known placeholders; blank lines left by empty ones go."""
    filled = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)
    lines = filled.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(line.rstrip() for line in lines)


def human_size(size: int) -> str:
    """ "840 KB", "12.4 MB": file sizes as a mail program shows them."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"
