"""Load the compiled translations (ours and Qt's own) for the chosen language."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def install_translators(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    locale = QLocale(language) if language else QLocale.system()
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    folder = resources.files("cafedesk") / "resources" / "translations"
    with resources.as_file(folder) as path:
        # English is a translation too (plural forms), and the fallback for any
        # language cafedesk has not been translated into yet.
        if ours.load(locale, "cafedesk", "_", str(path)) or ours.load("cafedesk_en", str(path)):
            app.installTranslator(ours)
            translators.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        translators.append(qt_own)
    return translators
