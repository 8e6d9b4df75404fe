"""Where cafedesk keeps things: platformdirs locations, or one folder for portable use and tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "cafedesk"


@dataclass(frozen=True)
class AppPaths:
    data: Path  # backups live here
    config: Path  # settings (recent files, window geometry)
    log: Path
    documents: Path  # where new event files are offered

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def outbox(self) -> Path:
        """Email drafts (.eml) waiting for the facilitator to be back online."""
        return self.data / "outbox"

    @property
    def templates(self) -> Path:
        """The facilitator's own event templates (``*.cafedesk-template.json``)."""
        return self.data / "templates"

    @property
    def settings_file(self) -> Path:
        return self.config / "cafedesk.ini"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.log, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_paths() -> AppPaths:
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP, APP)),
        config=Path(platformdirs.user_config_dir(APP, APP)),
        log=Path(platformdirs.user_log_dir(APP, APP)),
        documents=Path(platformdirs.user_documents_dir()) / APP,
    )


def portable_paths(root: Path) -> AppPaths:
    """Everything below one folder (``--data-dir``): a USB stick, or a test's tmp_path."""
    root = root.resolve()
    return AppPaths(
        data=root / "data", config=root / "config", log=root / "log", documents=root / "events"
    )
