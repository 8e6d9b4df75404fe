"""Shared fixtures: every test gets its own folders and event file; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Set once, before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cafedesk.paths import AppPaths, portable_paths
from cafedesk.services.demo import build_demo
from cafedesk.store.eventfile import EventFile, create_event_file

FIXTURES = Path(__file__).parent / "fixtures"

# In CI the property tests draw the same examples on every run, so a result never depends on
# luck; on a developer's machine they keep exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return portable_paths(tmp_path / "appdata").ensure()


@pytest.fixture
def event_file(tmp_path: Path) -> Iterator[EventFile]:
    """An empty event file (current schema) that is closed after the test."""
    ef = create_event_file(tmp_path / "event.cafedesk")
    yield ef
    ef.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event written once per test run; tests copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.cafedesk"
    ef = create_event_file(path)
    build_demo(ef)
    ef.close()
    return path


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    target = tmp_path / "demo.cafedesk"
    target.write_bytes(demo_template.read_bytes())
    return target
