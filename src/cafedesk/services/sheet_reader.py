"""Spreadsheets as people bring them: CSV in any encoding and dialect, or the first sheet
of an Excel workbook, as rows numbered the way the spreadsheet numbers them.

Nothing here knows about participants; ``participant_import`` maps the columns.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_XLSX_UNPACKED = 200 * 1024 * 1024
MAX_ROWS = 20_000
HEADER_SEARCH_ROWS = 10  # a header is looked for among the first non-blank rows

# Encodings a person can choose when the guess is wrong; the first is "let cafedesk guess".
ENCODINGS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("cafedesk", "Automatic"),
    "utf-8": QT_TRANSLATE_NOOP("cafedesk", "Unicode (UTF-8)"),
    "utf-16": QT_TRANSLATE_NOOP("cafedesk", "Unicode (UTF-16, Excel's “Unicode text”)"),
    "cp1252": QT_TRANSLATE_NOOP("cafedesk", "Western European (Windows-1252)"),
    "cp1250": QT_TRANSLATE_NOOP("cafedesk", "Central European (Windows-1250)"),
    "mac_roman": QT_TRANSLATE_NOOP("cafedesk", "Western European (Mac)"),
    "latin-1": QT_TRANSLATE_NOOP("cafedesk", "Latin-1 (ISO 8859-1)"),
}
# Western European Windows is what German, French and Dutch Excel write. Several single-byte
# code pages decode such a file equally well; on a tie this one is taken.
_PREFERRED_SINGLE_BYTE = "cp1252"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class ImportFileError(CafedeskError):
    """A file that cannot be read as a list at all (not a row-level problem)."""


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet numbers it: blank rows and line breaks counted right
    cells: tuple[str, ...]
    # A CSV row is as long as what was written; Excel rows are all as wide as the sheet.
    exact_width: bool = True


@dataclass(frozen=True)
class Sheet:
    """The non-blank rows of a file, and how it was read."""

    name: str  # the file's name, for messages
    rows: tuple[SheetRow, ...]
    encoding: str = ""  # "" for Excel workbooks
    delimiter: str = ""

    def row_numbers(self) -> list[int]:
        return [row.number for row in self.rows]


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "cafedesk", "“{name}” is too large to be a participant list ({mb} MB)."
            ),
            name=path.name,
            mb=size // (1024 * 1024),
        )


# --- CSV ------------------------------------------------------------------------------
def guess_encoding(data: bytes) -> str:
    """The encoding a file was most likely written in (a byte order mark wins)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only needed for files that are not UTF-8

    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None:
        return _PREFERRED_SINGLE_BYTE
    tied = [
        m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.05
    ]
    if any(_PREFERRED_SINGLE_BYTE in m.could_be_from_charset for m in tied):
        return _PREFERRED_SINGLE_BYTE
    return str(best.encoding)


def decode(data: bytes, encoding: str = "") -> tuple[str, str]:
    """The text of a file and the encoding used to read it."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("cafedesk", "“{encoding}” is not an encoding cafedesk knows."),
                encoding=encoding,
            ) from exc
    encoding = encoding or guess_encoding(data)
    if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    return data.decode(encoding, errors="replace"), encoding


def guess_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one the first lines use most consistently."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    try:
        # Only the delimiter is taken from the sniffer: its guesses about quoting
        # (doublequote, escapechar) corrupt names like "Anna ""Annie"" Smith".
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sum(line.count(d) for line in lines) for d in ",;\t"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


class _Dialect(csv.excel):
    """How spreadsheets write CSV: quotes doubled inside quoted cells, nothing escaped."""

    doublequote = True
    escapechar = None
    quotechar = '"'
    skipinitialspace = False


def read_csv(path: Path, encoding: str = "") -> Sheet:
    _check_size(path)
    text, used = decode(path.read_bytes(), encoding)
    if "\x00" in text or sum(1 for c in text[:4096] if c < " " and c not in "\t\r\n") > 8:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” is not a text file. Save the list from your spreadsheet program "
                "as CSV or as an Excel workbook (.xlsx), then import that file.",
            ),
            name=path.name,
        )
    delimiter = guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), _Dialect, delimiter=delimiter)
    rows: list[SheetRow] = []
    number = 0
    try:
        for record in reader:
            number += 1
            cells = tuple(cell.strip() for cell in record)
            if any(cells):
                rows.append(SheetRow(number, cells))
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                _too_many(path)
    except csv.Error as exc:  # e.g. a NUL byte in a file that is not text
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” cannot be read as a list from row {row} on; "
                "is it really a CSV or text file?",
            ),
            name=path.name,
            row=number + 1,
        ) from exc
    return _sheet(path, rows, used, delimiter)


def _too_many(path: Path) -> None:
    raise ImportFileError(
        QT_TRANSLATE_NOOP("cafedesk", "“{name}” has more than {max} rows."),
        name=path.name,
        max=MAX_ROWS,
    )


# --- Excel ----------------------------------------------------------------------------
def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone or member number typed as a number
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return str(value).strip()


def read_xlsx(path: Path) -> Sheet:
    _check_size(path)
    unreadable = QT_TRANSLATE_NOOP("cafedesk", "“{name}” is not a readable Excel workbook.")
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise ImportFileError(unreadable, name=path.name) from exc
    if unpacked > MAX_XLSX_UNPACKED:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” unpacks to more than 200 MB; it is refused."),
            name=path.name,
        )
    import openpyxl  # imported late: it is slow to import and only needed here

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ImportFileError(unreadable, name=path.name) from exc
    rows: list[SheetRow] = []
    try:
        sheet = book.worksheets[0]
        # min_row=1: a read-only sheet otherwise starts at its first used row, and the
        # numbers would no longer match the ones Excel shows.
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1):
            cells = tuple(_cell_text(v) for v in values)
            if any(cells):
                rows.append(SheetRow(number, cells, exact_width=False))
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                _too_many(path)
    finally:
        book.close()
    return _sheet(path, rows)


def _sheet(path: Path, rows: list[SheetRow], encoding: str = "", delimiter: str = "") -> Sheet:
    if not rows:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” has no rows."), name=path.name
        )
    return Sheet(path.name, tuple(rows), encoding, delimiter)


def read_sheet(path: Path, encoding: str = "") -> Sheet:
    """The rows of a CSV/text file or of an Excel workbook's first sheet."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".xls", ".ods", ".numbers"):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "cafedesk reads Excel workbooks (.xlsx) and CSV files, not “{suffix}” files. "
                "Open “{name}” in your spreadsheet program and save it as .xlsx or CSV.",
            ),
            suffix=suffix,
            name=path.name,
        )
    return read_csv(path, encoding)


# --- the header row ---------------------------------------------------------------------
def guess_header_row(sheet: Sheet, known_words: Sequence[str]) -> int:
    """The spreadsheet number of the row that most likely holds the column names.

    A title or a date above the table ("Participants, 12 May") is passed over: the header
    is the first row with the most cells that name a known field or, if none does, the
    first row about as wide as the rows below it.
    """
    candidates = sheet.rows[:HEADER_SEARCH_ROWS]
    known = {" ".join(w.casefold().split()) for w in known_words}

    def recognised(row: SheetRow) -> int:
        words = (" ".join(c.casefold().replace("_", " ").split()) for c in row.cells)
        return sum(1 for word in words if word in known)

    best = max(candidates, key=lambda r: (recognised(r), -r.number))
    if recognised(best):
        return best.number
    widths = sorted(sum(1 for c in r.cells if c) for r in sheet.rows[: HEADER_SEARCH_ROWS * 3])
    typical = widths[len(widths) // 2]
    for row in candidates:
        if sum(1 for c in row.cells if c) >= max(2, (typical * 3 + 3) // 4):
            return row.number
    return sheet.rows[0].number
