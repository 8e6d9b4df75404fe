"""What a page may need from the window around it: the preferences and the app's folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from cafedesk.domain.notes import Branding
from cafedesk.paths import AppPaths, default_paths
from cafedesk.ui.settings import AppSettings


def app_settings(widget: QWidget) -> AppSettings | None:
    settings = getattr(widget.window(), "settings", None)
    return settings if isinstance(settings, AppSettings) else None


def app_paths(widget: QWidget) -> AppPaths:
    paths = getattr(widget.window(), "paths", None)
    return paths if isinstance(paths, AppPaths) else default_paths()


def preferred_branding(widget: QWidget) -> Branding:
    settings = app_settings(widget)
    return settings.branding() if settings is not None else Branding()


def outbox_folder(widget: QWidget) -> Path:
    return app_paths(widget).outbox
