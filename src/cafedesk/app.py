"""Composition root: paths, settings, translations, the main window; nothing else wires."""

from __future__ import annotations

import faulthandler
import os
import sys
import time
from pathlib import Path

from cafedesk.paths import AppPaths, default_paths, portable_paths


def seconds_since_process_start(process_t0: float) -> float:
    """Wall time since the OS started this process (Linux), else since ``process_t0``."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - process_t0


def peak_memory_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def setup_logging(paths: AppPaths) -> None:
    """A rotating log in the log folder; what happened to a file can be read back later."""
    import logging
    from logging.handlers import RotatingFileHandler

    handler = RotatingFileHandler(
        paths.log / "cafedesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("cafedesk")
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def run_gui(
    file: Path | None,
    data_dir: Path | None,
    smoke_test: bool,
    read_only: bool,
    language: str | None,
    process_t0: float,
) -> int:
    paths = (portable_paths(data_dir) if data_dir else default_paths()).ensure()
    crash_log = (paths.log / "crash.log").open("a", encoding="utf-8")
    faulthandler.enable(crash_log)
    setup_logging(paths)

    from PySide6.QtWidgets import QApplication

    from cafedesk.ui.i18n import install_translators
    from cafedesk.ui.main_window import MainWindow
    from cafedesk.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("cafedesk")
    app.setOrganizationName("cafedesk")
    app.setDesktopFileName("cafedesk")  # Wayland and docks match the window to cafedesk.desktop

    from cafedesk.ui.file_open import FileOpenHandler, app_icon

    app.setWindowIcon(app_icon())
    install_translators(app, language)
    if language:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(language))  # dates and numbers follow the chosen language
    if file is not None and not smoke_test and not read_only:
        from cafedesk.ui.handoff import hand_over

        if hand_over(file):  # already open here: that window came to the front
            return 0
    from cafedesk.ui.crash import CrashHandler

    crash_handler = CrashHandler(paths.log, unattended=smoke_test)
    crash_handler.install()
    clean_stale_exports(paths)
    window = MainWindow(paths, AppSettings(paths.settings_file), unattended=smoke_test)
    crash_handler.parent_widget = window
    app.installEventFilter(FileOpenHandler(window))  # macOS: files double-clicked in Finder
    if smoke_test and file is None:
        file = demo_file(paths)
    if file is not None and not window.open_path(file, read_only=read_only) and smoke_test:
        return window.exit_code or 1
    if smoke_test:
        from cafedesk.ui.smoke import run_smoke_test

        return run_smoke_test(app, window, process_t0)
    window.show()
    return app.exec()


def clean_stale_exports(paths: AppPaths) -> None:
    """Remove what exports cut off by a crash or a kill left beside their targets."""
    from cafedesk.exports.output import clean_pending, set_pending_folder

    set_pending_folder(paths.data / "pending-exports")
    clean_pending()


def demo_file(paths: AppPaths) -> Path:
    """A fresh copy of the demo event in the data folder (what `make run` opens)."""
    from cafedesk.services.demo import write_demo

    target = paths.data / "demo.cafedesk"
    write_demo(target)
    return target
