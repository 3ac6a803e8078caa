"""Writing files so that a crash never leaves one half-written, and reading back what was saved."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def read_saved_json(
    path: Path, check: Callable[[Any], Any], error: Callable[[str], Exception]
) -> Any:
    """Return ``check`` of the JSON saved at ``path``.

    A file that is not JSON, or that ``check`` refuses (by raising ``ValueError``, ``KeyError``
    or ``TypeError``), raises ``error(reason)`` instead: the caller says what to do about it.
    """
    try:
        return check(json.loads(Path(path).read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        raise error(str(exc)) from None


def write_atomic(path: Path, data: str | bytes, mode: int = 0o644, sync: bool = True) -> None:
    """Replace the file at ``path`` with ``data`` in one step.

    The data goes to a temporary file in the same folder, is flushed to disk, and is then renamed
    over ``path``: a reader sees the old file or the new one, never a mix. On any error the old
    file is untouched and the temporary file is removed.

    Parameters
    ----------
    path
        The file to write; its folder is created if missing.
    data
        Text (written as UTF-8, with the newlines it contains) or bytes.
    mode
        Permission bits of the new file.
    sync
        Flush to disk before the rename (False: survives the writer being killed, not a power
        cut; for files rewritten very often).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


#: A cell starting with one of these is read as a formula by spreadsheet apps (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """Return ``cell`` so a spreadsheet shows it as text and never runs it as a formula.

    A cell that starts like a formula (or with an apostrophe, so the rule can be undone exactly)
    gets an apostrophe in front, as spreadsheet-safe exports do.
    """
    return f"'{cell}" if cell.startswith((*FORMULA_START, "'")) else cell
