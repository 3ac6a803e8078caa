"""Read an export file from disk: its text encoding, its header row and its data rows.

Exports come as UTF-8 (with or without a byte-order mark), but a file a spreadsheet re-saved is
often in a legacy encoding such as Windows-1252; ``charset-normalizer`` recognises which, and the
report says so. Rows are read by pandas' C parser; when the file is not perfectly regular (a row
with too many or too few fields, odd line endings) it is read again, row by row, with Python's
``csv`` module, so that every row that is not kept is reported with the line it starts on. A file
that stops inside a quoted field, or part-way through its last row, looks cut off: the learner is
told to download it again rather than shown an audit with an unknown number of people missing.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd
from charset_normalizer import from_bytes

from rapport.contacts.fast_csv import NotRegular, fast_table, row_lines, with_lines
from rapport.contacts.table import DAMAGED_UTF8, ContactImportError, ImportReport

HEAD_BYTES = 256 * 1024  # the header is looked for in the first lines only
HEADER_LINES = 200
ARCHIVE_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # zip / xlsx / numbers, and old .xls


@dataclass
class ExportText:
    """An export's bytes as UTF-8 and the encoding the file itself was in.

    Attributes
    ----------
    path
        The file.
    data
        Its content as UTF-8 bytes without a byte-order mark.
    encoding
        ``"utf-8"``, or the codec the file was read with (e.g. ``"cp1252"``).
    how_to_fix
        How to get a good copy of this kind of file, for error messages.
    """

    path: Path
    data: bytes
    encoding: str = "utf-8"
    how_to_fix: str = ""

    @cached_property
    def text(self) -> str:
        """The whole content as text (re-read in its detected encoding if it is not UTF-8)."""
        try:
            return self.data.decode("utf-8")
        except UnicodeDecodeError:
            redone = _reencoded(self.path, self.data, self.how_to_fix)
            self.data, self.encoding = redone.data, redone.encoding
            return self.data.decode("utf-8")


def encoding_name(codec: str) -> str:
    """Return Python's canonical name of a codec (``"latin_1"`` -> ``"iso8859-1"``)."""
    return codecs.lookup(codec).name


def detect_encoding(raw: bytes) -> str | None:
    """Name the encoding of text that is not UTF-8, with ``charset-normalizer``.

    When several encodings read the file equally well (short files often do), Windows-1252 is
    preferred: it is what spreadsheets in Western European locales save.

    Returns
    -------
    str or None
        A codec name, or ``None`` when the bytes do not look like text at all.
    """
    results = from_bytes(raw)
    best = results.best()
    if best is None:
        return None
    ties = [
        match.encoding
        for match in results
        if match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
    ]
    chosen = "cp1252" if "cp1252" in ties else best.encoding
    return encoding_name(chosen)


def _not_text(path: Path, raw: bytes, how_to_fix: str) -> ContactImportError:
    if raw.startswith(ARCHIVE_MAGIC):
        what = "a zip archive or a spreadsheet file (such as .xlsx), not a text export"
        advice = "If it is the zip you downloaded, unzip it first and use the file inside."
    else:
        what = "not text (it may be a spreadsheet or another binary file)"
        advice = "If you opened it in a spreadsheet, use the original download instead."
    return ContactImportError(f"{path} is {what}. {advice} {how_to_fix}")


def read_export(path: str | Path, how_to_fix: str) -> ExportText:
    """Read an export's bytes and make them UTF-8, detecting a legacy encoding if need be.

    Parameters
    ----------
    path
        The file.
    how_to_fix
        A sentence telling the learner how to get a good copy of this kind of file.

    Raises
    ------
    ContactImportError
        When the file is missing, unreadable, empty, or not text.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ContactImportError(f"Cannot open {path}: {reason}. Check the path.") from exc
    if not raw or raw.isspace():
        raise ContactImportError(f"{path} is empty. {how_to_fix}")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 (older Google exports) has a BOM
        try:
            return ExportText(path, raw.decode("utf-16").encode("utf-8"), "utf-16", how_to_fix)
        except UnicodeError:
            raise ContactImportError(
                f"{path} starts as UTF-16 text but cannot be read as such. {how_to_fix}"
            ) from None
    raw = raw.removeprefix(codecs.BOM_UTF8)
    if b"\x00" in raw[:HEAD_BYTES] or raw.startswith(ARCHIVE_MAGIC):
        raise _not_text(path, raw, how_to_fix)
    try:
        head = raw[:HEAD_BYTES]
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) == len(raw))
    except UnicodeDecodeError:
        return _reencoded(path, raw, how_to_fix)
    return ExportText(
        path, raw, how_to_fix=how_to_fix
    )  # the rest is checked when the rows are decoded


def _reencoded(path: Path, raw: bytes, how_to_fix: str) -> ExportText:
    """Decode a file that is not valid UTF-8 in its detected encoding, as UTF-8 bytes."""
    encoding = detect_encoding(raw)
    if encoding is None:
        raise _not_text(path, raw, how_to_fix)
    if encoding == "utf-8":  # mostly UTF-8 with a damaged byte or two
        text, encoding = raw.decode("utf-8", errors="replace"), DAMAGED_UTF8
    else:
        text = raw.decode(encoding, errors="replace")
    return ExportText(path, text.encode("utf-8"), encoding, how_to_fix)


def split_lines(text: str) -> list[str]:
    r"""Split text on ``\r\n``, ``\r`` or ``\n`` only.

    Unlike :meth:`str.splitlines`, characters such as ``\x1e`` or ``\u2028`` inside a field stay
    where they are, so a CSV reader sees the same rows as in the file.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def head_lines(export: ExportText) -> list[str]:
    """Return the first lines of the export (where a header row can be)."""
    head = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(export.data[:HEAD_BYTES])
    return split_lines(head)[:HEADER_LINES]


def header_candidates(
    lines: list[str], marker: str, limit: int = HEADER_LINES
) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(index, column names)`` for each of the first lines that holds ``marker``.

    Lines that do not parse as a CSV row are passed over; an export's header is the first
    candidate whose names fit, which the caller decides.
    """
    for index, line in enumerate(lines[:limit]):
        if marker not in line:
            continue
        try:
            yield index, [name.strip() for name in next(csv.reader([line]), [])]
        except csv.Error:
            continue


def find_header(lines: list[str], required: tuple[str, ...], what: str) -> tuple[int, list[str]]:
    """Find the header row of an export among its first lines.

    Parameters
    ----------
    lines
        The file's lines.
    required
        Column names the header must contain.
    what
        What the file should be, for the error message.

    Returns
    -------
    tuple
        The 0-based index of the header line and its column names.

    Raises
    ------
    ContactImportError
        When no line holds all the required column names.
    """
    for index, names in header_candidates(lines, required[0]):
        if all(column in names for column in required):
            return index, names
    raise ContactImportError(
        "no header row with the columns " + ", ".join(required) + " was found, so this "
        f"does not look like {what}."
    )


def open_csv_export(
    path: str | Path, required: tuple[str, ...], what: str, how_to_fix: str
) -> tuple[ExportText, int, list[str], ImportReport]:
    """Read a CSV export and find its header; errors name the file and say how to get a good one.

    Returns
    -------
    tuple
        The export, the header's 0-based line index and column names, and an empty report
        (which already records the encoding the file was read in).
    """
    export = read_export(path, how_to_fix)
    try:
        header_index, names = find_header(head_lines(export), required, what)
    except ContactImportError as exc:
        raise ContactImportError(f"{export.path}: {exc} {how_to_fix}") from None
    report = ImportReport(path=export.path, encoding=export.encoding)
    return export, header_index, names, report


def _cut_off(path: Path, line: int, detail: str, how_to_fix: str) -> ContactImportError:
    return ContactImportError(
        f"{path}, line {line}: {detail}, so the file looks cut off (the download may have "
        f"stopped early, or a quote is missing because the file was edited). {how_to_fix}"
    )


UNCLOSED = "a quoted field starts on this line and never ends"


def _exact_table(
    export: ExportText,
    header_index: int,
    names: list[str],
    report: ImportReport,
    how_to_fix: str,
    ends_inside_quotes: bool,
) -> pd.DataFrame:
    """Read the rows one by one with Python's csv module, reporting every irregular row."""
    text = export.text
    lines = split_lines(text)
    reader = csv.reader(io.StringIO("\n".join(lines[header_index + 1 :])))
    rows: list[list[str]] = []
    ends: list[int] = []
    first = header_index + 2
    try:
        for row in reader:
            rows.append(row)
            ends.append(reader.line_num)
    except csv.Error:  # a field larger than the csv module's limit: an unclosed quote
        line = first + (ends[-1] if ends else 0)
        raise _cut_off(export.path, line, UNCLOSED, how_to_fix) from None
    starts = [first, *(first + end for end in ends[:-1])] if ends else []
    if ends_inside_quotes:
        raise _cut_off(export.path, starts[-1] if starts else first, UNCLOSED, how_to_fix)
    width, good, good_lines = len(names), [], []
    ends_cleanly = text.endswith(("\n", "\r"))
    for index, (row, line) in enumerate(zip(rows, starts, strict=True)):
        if len(row) == width and any(row):
            good.append(row)
            good_lines.append(line)
        elif any(cell.strip() for cell in row):  # blank lines and blank rows are not rows
            if index == len(rows) - 1 and len(row) < width and not ends_cleanly:
                detail = f"the last row stops part-way ({len(row)} of {width} fields)"
                raise _cut_off(export.path, line, detail, how_to_fix)
            report.rows_read += 1
            report.skipped.append((line, f"has {len(row)} fields where the header has {width}"))
    frame = pd.DataFrame(good, columns=range(width), dtype=object)
    return with_lines(frame, names, good_lines, pd.Series(False, index=frame.index))


def csv_table(
    export: ExportText,
    header_index: int,
    names: list[str],
    report: ImportReport,
    how_to_fix: str = "",
    columns: tuple[str, ...] | None = None,
    lines: bool = True,
) -> pd.DataFrame:
    r"""Read the CSV rows below a header into a table of text, counting rows in ``report``.

    Blank lines and rows of blank fields are not rows. A row whose field count differs from
    the header's is counted and skipped with its line. ``columns`` names the columns the
    caller needs (the table may hold more); ``None`` asks for all. With ``columns``,
    ``lines=False`` may leave out ``line`` (a pass over the file of its own): a caller that
    needs some rows' lines later asks :func:`table_lines`.

    Returns
    -------
    pandas.DataFrame
        One column per header name (text, as in the file; a repeated name ``N`` becomes
        ``N\0<position>``) plus ``line``: the 1-based line where the row starts in the file.

    Raises
    ------
    ContactImportError
        When the file looks cut off: it ends inside a quoted field, or part-way through its
        last row.
    """
    try:
        frame = fast_table(export.data, header_index, names, columns, lines)
    except NotRegular as irregular:
        export.text  # noqa: B018  (decodes the whole file, detecting its encoding if need be)
        if export.encoding != report.encoding:  # not UTF-8 after all: read it again as such
            report.encoding = export.encoding
            return csv_table(export, header_index, names, report, how_to_fix, columns)
        frame = _exact_table(export, header_index, names, report, how_to_fix, irregular.cut_off)
    report.rows_read += len(frame)
    report.skipped.sort()
    return frame


def table_lines(
    export: ExportText, header_index: int, names: list[str], frame: pd.DataFrame
) -> pd.Series:
    """Return the line each row of a :func:`csv_table` table starts on, finding it if left out."""
    if "line" in frame:
        return frame["line"]
    try:
        found = row_lines(export.data, header_index, len(frame))
    except NotRegular:  # a quote inside a field's text: the exact reader knows the lines
        exact = _exact_table(export, header_index, names, ImportReport(export.path), "", False)
        found = exact["line"].to_numpy()
    return pd.Series(found, index=frame.index, dtype="int64")


def csv_rows(
    export: ExportText,
    header_index: int,
    names: list[str],
    report: ImportReport,
    how_to_fix: str = "",
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line, cells)`` for each data row below a CSV header (see :func:`csv_table`).

    When a header repeats a name, ``cells`` holds the last column of that name.
    """
    frame = csv_table(export, header_index, names, report, how_to_fix)
    columns = list(frame.columns[:-1])
    for values in frame.itertuples(index=False, name=None):
        pairs = zip(columns, values[:-1], strict=True)
        cells = {column.split("\0")[0]: value for column, value in pairs}
        yield int(values[-1]), cells


def stripped(frame: pd.DataFrame, name: str) -> pd.Series:
    """Return column ``name`` of a text table with spaces trimmed, or blanks if it is missing."""
    if name not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    values = frame[name].to_numpy(dtype=object)  # plain objects iterate faster than a Series
    # str.strip in a C loop; a cell with nothing to trim comes back as the same object
    trimmed = np.fromiter(map(str.strip, values), dtype=object, count=len(values))
    return pd.Series(trimmed, index=frame.index, dtype=object)
