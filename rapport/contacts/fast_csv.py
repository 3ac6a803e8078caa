"""Read a regular CSV export with pandas' C parser, numbering each row by the line it starts on.

The fast path of :func:`rapport.contacts.export_file.csv_table`. It vouches for every row or
refuses: a file with a row of the wrong width, unusual line ends or text that is not UTF-8
raises :class:`NotRegular`, and the caller reads the rows one by one instead, reporting each.

A caller may ask for some of the columns only (a messages export's text, which the audit never
needs, is then not even turned into Python strings). Rows are then told apart in the bytes: a
line break ends a row unless an odd number of quotes came before it (it is inside a field).
"""

from __future__ import annotations

import io
import warnings
from itertools import repeat

import numpy as np
import pandas as pd

NEWLINE, QUOTE = 10, 34


class NotRegular(Exception):
    """The fast read cannot vouch for every row; ``cut_off`` when the file ends inside quotes."""

    def __init__(self, cut_off: bool = False):
        super().__init__()
        self.cut_off = cut_off


def data_offset(data: bytes, header_index: int) -> int:
    r"""Return the byte offset of the line after the header (``\n``, ``\r\n`` or ``\r`` ends)."""
    offset = 0
    for _ in range(header_index + 1):
        newline, carriage = data.find(b"\n", offset), data.find(b"\r", offset)
        ends = [end for end in (newline, carriage) if end >= 0]
        if not ends:
            return len(data)
        end = min(ends)
        offset = end + (2 if data[end : end + 2] == b"\r\n" else 1)
    return offset


def fast_table(
    data: bytes,
    header_index: int,
    names: list[str],
    columns: tuple[str, ...] | None = None,
    lines: bool = True,
) -> pd.DataFrame:
    """Read the rows below the header; see :func:`rapport.contacts.export_file.csv_table`.

    ``columns``: the names to read (others are parsed but not kept); ``None`` reads them all.
    ``lines=False`` with ``columns`` leaves out the ``line`` column when finding it would take
    a pass over the bytes of its own (see :func:`row_lines`, to find it when it is needed).

    Raises
    ------
    NotRegular
        When some row has too many or too few fields, line ends are unusual, or the text is not
        valid UTF-8: the rows must then be read one by one to report each exactly.
    """
    start = data_offset(data, header_index)
    width = len(names)
    wanted = list(range(width))
    if columns is not None:  # the last column too: a short row shows as a blank last field
        wanted = sorted({i for i, name in enumerate(names) if name in columns} | {width - 1})
    stream = io.BytesIO(data)
    stream.seek(start)  # pandas reads from here: no copy of a large file
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = pd.read_csv(
                stream, header=None, names=range(width), usecols=wanted, index_col=False,
                dtype=object, keep_default_na=False, na_filter=False, skip_blank_lines=False,
                on_bad_lines="warn", engine="c", encoding="utf-8",
                low_memory=False,  # one pass, not chunks glued together: all text, no guessing
            )  # fmt: skip
        except pd.errors.EmptyDataError:
            frame = pd.DataFrame(columns=wanted, dtype=object)
        except pd.errors.ParserError as exc:
            raise NotRegular(cut_off="EOF inside string" in str(exc)) from None
        except (ValueError, UnicodeDecodeError, OverflowError):
            raise NotRegular() from None
    if caught:  # rows with too many fields
        raise NotRegular()
    last_blank = frame[width - 1] == ""
    blank = last_blank.copy()
    for column in wanted[:-1]:  # blank rows (blank lines) are blank in every column
        if not blank.any():
            break
        blank &= frame[column] == ""
    if (last_blank & ~blank).any():  # a short row, or a blank last field
        raise NotRegular()
    # find() is a fast scan that stops at the first \r; most exports have none to count
    carriage = data.count(b"\r", start) if data.find(b"\r", start) != -1 else 0
    if carriage and carriage > data.count(b"\r\n", start):  # bare \r ends: count them exactly
        raise NotRegular()
    first = header_index + 2
    if len(wanted) < width:
        if not lines and not blank.any():
            return with_lines(frame, names, None, blank, wanted)
        found, ends = _row_lines(data, start, len(frame))
        if blank.any() and not _truly_blank(data, ends[blank.to_numpy()]):
            raise NotRegular()  # a row with text only in columns not read: read it exactly
        return with_lines(frame, names, first + found, blank, wanted)
    newlines = np.count_nonzero(np.frombuffer(data, np.uint8, offset=start) == NEWLINE)
    extra = int(newlines) + (0 if data.endswith(b"\n") else 1) - len(frame)
    if extra == 0:
        return with_lines(frame, names, first + np.arange(len(frame)), blank)
    embedded = _line_breaks_in_fields(frame, extra)
    if embedded is None:
        raise NotRegular()
    before = embedded.cumsum() - embedded
    return with_lines(frame, names, first + np.arange(len(frame)) + before, blank)


def row_lines(data: bytes, header_index: int, rows: int) -> np.ndarray:
    """Return the line (1-based) each of the ``rows`` rows below the header starts on.

    For a table :func:`fast_table` read with ``lines=False`` (it has no blank rows).

    Raises
    ------
    NotRegular
        When the bytes do not split into ``rows`` rows by their quotes: read them exactly.
    """
    found, _ = _row_lines(data, data_offset(data, header_index), rows)
    return header_index + 2 + found


def _row_lines(data: bytes, start: int, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """Return each row's line (counted from the first row) and (start, end) byte offsets.

    Raises :class:`NotRegular` when the bytes do not split into ``rows`` rows (a quote that is
    not a field's, for instance), so that the file is read exactly instead.
    """
    buffer = np.frombuffer(data, np.uint8, offset=start)
    newlines = np.flatnonzero(buffer == NEWLINE)
    quotes = np.flatnonzero(buffer == QUOTE)
    ending = np.flatnonzero(np.searchsorted(quotes, newlines) % 2 == 0)  # which break a row
    ends = newlines[ending]
    if len(buffer) and buffer[-1] != NEWLINE:  # the last row has no line break after it
        ending = np.append(ending, len(newlines))
        ends = np.append(ends, len(buffer))
    if len(ends) != rows:
        raise NotRegular()
    lines = np.concatenate([[0], ending[:-1] + 1]) if rows else ending
    begins = np.concatenate([[0], ends[:-1] + 1]) if rows else ends
    return lines, np.stack([begins + start, ends + start], axis=1)


def _truly_blank(data: bytes, spans: np.ndarray) -> bool:
    """Whether every row at these (start, end) offsets holds nothing but commas."""
    return all(not data[a:b].strip(b",\r") for a, b in spans)


def _line_breaks_in_fields(frame: pd.DataFrame, total: int) -> np.ndarray | None:
    """Count the line breaks inside each row's fields, expecting ``total`` in all.

    Long text columns (a message's content) are looked at first, and the search stops once
    ``total`` breaks are found. Returns ``None`` when the breaks found do not add up.
    """
    sample = frame.head(200)
    order = sorted(frame.columns, key=lambda c: -sum(len(value) for value in sample[c]))
    embedded = np.zeros(len(frame), dtype="int64")
    found = 0
    for column in order:
        values = frame[column].to_numpy(dtype=object)
        # map over a C method: no Python-level loop for each of a large export's rows
        counts = np.fromiter(map(str.count, values, repeat("\n")), "int64", len(values))
        breaks = int(counts.sum())
        if breaks:
            embedded += counts
            found += breaks
        if found >= total:
            break
    return embedded if found == total else None


def with_lines(
    frame: pd.DataFrame,
    names: list[str],
    lines,
    blank: pd.Series,
    positions: list[int] | None = None,
) -> pd.DataFrame:
    r"""Name the columns, add ``line`` and drop blank rows (blank lines are not rows).

    ``positions``: which of the header's columns ``frame`` holds (all when ``None``). A name
    the header repeats becomes ``name\0<position>``. ``lines=None`` adds no ``line`` column.
    """
    positions = list(range(len(names))) if positions is None else positions
    frame.columns = [
        f"{names[i]}\0{i}" if names.count(names[i]) > 1 else names[i] for i in positions
    ]
    if lines is not None:
        frame["line"] = np.asarray(lines, dtype="int64")
    return frame[~blank].reset_index(drop=True) if blank.any() else frame
