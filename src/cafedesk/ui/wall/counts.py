"""The wall's texts that count something, with real plural forms.

lupdate marks a text as plural ("numerus") only in `self.tr(text, "", n)`: called as
`QCoreApplication.translate(context, text, "", n)` it is collected as a plain text (and
not at all when n is an expression), so German had no plural and English showed "(s)".
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class WallCounts(QObject):
    def pin(self, n: int) -> str:
        return self.tr("Pin %n topic(s)", "", n)

    def park(self, n: int) -> str:
        return self.tr("Park %n topic(s)", "", n)

    def delete(self, n: int) -> str:
        return self.tr("Delete %n topic(s)", "", n)

    def deleted(self, n: int) -> str:
        return self.tr("Deleted %n topic(s) — Ctrl+Z brings them back.", "", n)

    def reports(self, n: int) -> str:
        return self.tr("%n report(s)", "", n)

    def photos(self, n: int) -> str:
        return self.tr("%n photo(s)", "", n)


COUNTS = WallCounts()
