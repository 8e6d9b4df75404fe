"""The arrows point one way: nothing outside cafedesk.ui may load Qt."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import cafedesk

NON_UI = sorted(
    module.name
    for module in pkgutil.walk_packages(cafedesk.__path__, "cafedesk.")
    if not module.name.startswith("cafedesk.ui") and module.name not in ("cafedesk.app",)
)


def test_there_are_core_modules_to_check() -> None:
    assert {"cafedesk.domain.model", "cafedesk.store.eventfile", "cafedesk.services.spaces"} <= set(
        NON_UI
    )


def test_core_modules_do_not_load_pyside6() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {NON_UI!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    src = str(Path(cafedesk.__file__).resolve().parents[1])
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": src},
    )
    assert result.stdout.strip() == "", f"Qt loaded by core modules: {result.stdout}"


def test_domain_imports_only_the_standard_library() -> None:
    domain = Path(cafedesk.__file__).parent / "domain"
    for path in domain.glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("import ", "from ")):
                module = line.split()[1]
                assert not module.startswith(("sqlalchemy", "PySide6", "reportlab")), (
                    f"{path.name}: {line}"
                )


FORBIDDEN_IN_UI = ("from cafedesk.store", "import cafedesk.store", "from sqlalchemy")


def test_ui_reaches_the_store_only_through_services() -> None:
    ui = Path(cafedesk.__file__).parent / "ui"
    offenders = [
        f"{path.relative_to(ui)}: {line.strip()}"
        for path in ui.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(FORBIDDEN_IN_UI)
    ]
    assert offenders == []


def test_the_window_starts_without_loading_the_pdf_library_or_the_compiler() -> None:
    """reportlab and numba cost hundreds of ms; they load when paper or a plan is made."""
    code = (
        "import sys, cafedesk.ui.main_window;"
        "print(any(m in sys.modules for m in ('reportlab', 'numba', 'numpy')))"
    )
    src = str(Path(cafedesk.__file__).resolve().parents[1])
    env = {"PYTHONPATH": src, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.strip() == "False", result.stderr


# Qt calls these on every widget (event() for each event it delivers); a method or
# attribute of ours under the same name silently replaces Qt's own.
QT_NAMES = ("event", "create", "move", "update", "show", "hide", "close", "resize", "destroy")


def test_no_widget_shadows_what_qt_calls() -> None:
    import ast
    import importlib
    import inspect

    from PySide6.QtCore import QObject

    found = []
    for module in pkgutil.walk_packages(cafedesk.__path__, "cafedesk."):
        if not module.name.startswith("cafedesk.ui"):
            continue
        loaded = importlib.import_module(module.name)
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            if cls.__module__ == module.name and issubclass(cls, QObject):
                found += [f"{cls.__name__}.{n}()" for n in QT_NAMES if n in vars(cls)]
    ui = Path(cafedesk.__file__).resolve().parent / "ui"
    for path in sorted(ui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                    and target.attr in QT_NAMES
                ):
                    found.append(f"{path.name}: self.{target.attr} = …")
    assert not found, "rename these (they shadow Qt's own):\n" + "\n".join(found)
