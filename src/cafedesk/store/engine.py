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
# Execution option that makes a connection's transactions take the write lock at once.
WRITES = "cafedesk_writes"


def _uri(path: Path, read_only: bool, immutable: bool = False) -> str:
    # as_uri() percent-encodes "?", "#" and spaces that would break a plain "file:" URI.
    mode = "ro" if read_only else "rw"
    extra = "&immutable=1" if immutable else ""
    return f"{path.resolve().as_uri()}?mode={mode}{extra}"


def connect_raw(path: Path, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the defensive pragmas set first.

    ``immutable`` is for files on read-only media: SQLite then reads without the
    shared-memory file it could not create there.
    """
    con = sqlite3.connect(_uri(path, read_only, immutable), uri=True, timeout=5.0)
    apply_pragmas(con, read_only)
    return con


def apply_pragmas(con: Any, read_only: bool) -> None:
    cur = con.cursor()
    # Files may come from other people: never let their schema run our functions.
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA cell_size_check=ON")
    cur.execute("PRAGMA mmap_size=0")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    if not read_only:
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit that returned survives a power cut, not just a crash.
        cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(path: Path, read_only: bool = False, immutable: bool = False) -> Engine:
    uri = _uri(path, read_only, immutable)

    def _connect() -> sqlite3.Connection:
        # Workers (exports, solvers) read through the same engine: allow other threads.
        return sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=_connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: Any, _record: Any) -> None:
        # Let SQLAlchemy own BEGIN/COMMIT (see the pysqlite transaction notes).
        dbapi_con.isolation_level = None
        apply_pragmas(dbapi_con, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock at BEGIN, so a busy file fails before any change
        # is half made; readers read a snapshot and never block a writer (WAL).
        writes = conn.get_execution_options().get(WRITES, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writes and not read_only else "BEGIN")

    return engine
