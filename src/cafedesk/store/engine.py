"""One SQLAlchemy engine per open event file, with the pragmas that keep it safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# "CAFD": marks a SQLite file as a cafedesk event so foreign databases are refused.
APPLICATION_ID = 0x43414644
SQLITE_MAGIC = b"SQLite format 3\x00"


def _uri(path: Path, read_only: bool) -> str:
    # as_uri() percent-encodes "?", "#" and spaces that would break a plain "file:" URI.
    mode = "ro" if read_only else "rwc"
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect_raw(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the defensive pragmas set first."""
    con = sqlite3.connect(_uri(path, read_only), uri=True, timeout=5.0)
    _apply_pragmas(con, read_only)
    return con


def _apply_pragmas(con: Any, read_only: bool) -> None:
    cur = con.cursor()
    # Files may come from other people: never let their schema run our functions.
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA cell_size_check=ON")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    if not read_only:
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit that returned survives a power cut, not just a crash.
        cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(path: Path, read_only: bool = False) -> Engine:
    uri = _uri(path, read_only)

    def _connect() -> sqlite3.Connection:
        # Workers (exports, solvers) read through the same engine: allow other threads.
        return sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=_connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: Any, _record: Any) -> None:
        # Let SQLAlchemy own BEGIN/COMMIT (see the pysqlite transaction notes).
        dbapi_con.isolation_level = None
        _apply_pragmas(dbapi_con, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if not read_only else "BEGIN")

    return engine
