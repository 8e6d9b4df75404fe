"""Numbered schema migrations, run in-process with Alembic.

Revisions are named "0001", "0002"… after their files in migrations/versions,
so opening an up-to-date file needs no Alembic at all (it is slow to import);
Alembic is loaded only to create or migrate a file.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


@cache
def known_revisions() -> tuple[str, ...]:
    found = (_REVISION_FILE.match(p.name) for p in (MIGRATIONS / "versions").iterdir())
    return tuple(sorted(m.group(1) for m in found if m))


def head_revision() -> str:
    return known_revisions()[-1]


def is_known_revision(revision: str) -> bool:
    return revision in known_revisions()


def revision_number(revision: str | None) -> int:
    """The schema version a revision stands for ("0003" -> 3)."""
    return int(revision) if revision and revision.isdigit() else 0


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)
