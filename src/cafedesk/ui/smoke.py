"""``cafedesk --smoke-test``: show the window, paint every page once, report, quit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from cafedesk.ui.main_window import MainWindow


class _FirstPaint(QObject):
    def __init__(self, on_paint: object) -> None:
        super().__init__()
        self.on_paint = on_paint
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            self.on_paint()  # type: ignore[operator]
        return False


def run_smoke_test(app: QApplication, window: MainWindow, process_t0: float) -> int:
    from cafedesk.app import peak_memory_mb, seconds_since_process_start

    timings: dict[str, float] = {}

    def painted() -> None:
        timings["first_paint"] = seconds_since_process_start(process_t0)

    watcher = _FirstPaint(painted)
    window.installEventFilter(watcher)

    def paint_pages() -> None:
        if "first_paint" not in timings:
            timings["first_paint"] = seconds_since_process_start(process_t0)
        rows = [r for r in range(window.nav.count()) if not window.nav.item(r).isHidden()]
        for row in rows:
            window.nav.setCurrentRow(row)
            window.grab()
        timings["pages"] = len(rows)
        timings["all_pages"] = seconds_since_process_start(process_t0)
        print(f"first paint: {timings['first_paint']:.3f} s")
        print(f"every page painted: {timings['all_pages']:.3f} s")
        print(f"pages painted: {len(rows)}")
        print(f"peak memory: {peak_memory_mb():.0f} MB")
        window.close()
        app.quit()

    window.show()
    QTimer.singleShot(0, paint_pages)
    code = app.exec()  # the crash handler ends an unattended run with its own code
    if code:
        return code
    return 0 if timings.get("pages", 0) > 0 else 1
