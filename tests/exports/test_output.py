"""Exports reach the person's folder whole or not at all, and look like their other files."""

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cafedesk.exports import output
from cafedesk.exports.output import ExportCancelled, atomic_output


@pytest.fixture
def pending(tmp_path: Path):
    output.set_pending_folder(tmp_path / "pending")
    yield tmp_path / "pending"
    output.set_pending_folder(None)


def test_a_failed_export_keeps_the_previous_file_and_leaves_nothing(
    tmp_path: Path, pending: Path
) -> None:
    target = tmp_path / "book.pdf"
    target.write_bytes(b"the good old book")
    with pytest.raises(ExportCancelled), atomic_output(target) as handle:
        handle.write(b"half a bo")
        raise ExportCancelled()
    assert target.read_bytes() == b"the good old book"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf", "pending"]
    assert list(pending.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_export_gets_the_permissions_of_any_new_file(tmp_path: Path) -> None:
    """Finding 16: exported PDFs were private (0600) like a temporary file."""
    old = os.umask(0o022)
    try:
        with atomic_output(tmp_path / "report.pdf") as handle:
            handle.write(b"%PDF")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.pdf").stat().st_mode) == 0o644


KILLED_EXPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from cafedesk.exports import output
    output.set_pending_folder(Path(sys.argv[2]))
    with output.atomic_output(Path(sys.argv[1])) as handle:
        handle.write(b"%PDF-1.4 half")
        handle.flush()
        print("writing", flush=True)
        time.sleep(60)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_leftover_of_a_killed_export_goes_at_the_next_start(
    tmp_path: Path, pending: Path
) -> None:
    """Finding 16: an interrupted export left `.part` files in the person's folder."""
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": src}
    target = tmp_path / "out" / "book.pdf"
    target.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(target), str(pending)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    leftovers = list(target.parent.iterdir())
    assert len(leftovers) == 1 and leftovers[0].name.endswith(".part")
    deadline = time.monotonic() + 5
    while not list(pending.glob("*.txt")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert output.clean_pending() == leftovers
    assert list(target.parent.iterdir()) == []
    assert list(pending.iterdir()) == []


def test_cleaning_never_removes_what_is_not_an_export_leftover(
    tmp_path: Path, pending: Path
) -> None:
    precious = tmp_path / "minutes.docx"
    precious.write_bytes(b"keep me")
    pending.mkdir()
    (pending / "1-abc.txt").write_text(str(precious), encoding="utf-8")
    assert output.clean_pending() == []
    assert precious.read_bytes() == b"keep me"


def test_a_cancelled_cafe_export_keeps_the_previous_file_and_leaves_nothing(
    tmp_path: Path, pending: Path
) -> None:
    """The café paper wrote its own `.part` beside the target, which a kill left behind."""
    from cafedesk.services.cafe_export import CafeDocument, write_cafe_document
    from cafedesk.services.demo_cafe import build_demo_cafe
    from cafedesk.store.eventfile import create_event_file

    ef = create_event_file(tmp_path / "cafe.cafedesk")
    try:
        build_demo_cafe(ef, time_limit=0.3)
        out = tmp_path / "out" / "tents.pdf"
        out.parent.mkdir()
        write_cafe_document(ef, CafeDocument.TENTS, out)
        first = out.read_bytes()
        assert first.startswith(b"%PDF")
        with pytest.raises(ExportCancelled):
            write_cafe_document(ef, CafeDocument.TENTS, out, cancelled=lambda: True)
        assert out.read_bytes() == first
        assert [p.name for p in out.parent.iterdir()] == ["tents.pdf"]
    finally:
        ef.close()
