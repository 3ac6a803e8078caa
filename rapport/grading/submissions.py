"""Finding submissions: an nbgrader ``submitted/`` tree, a flat folder, or an LMS zip download.

Learners are keyed by who sent the file: the folder name in an nbgrader tree, the Canvas user id
in a Canvas download (``name_12345_678901_file.ipynb``, ``_LATE_`` marking a late one), the
Moodle participant id in a Moodle download (``Full Name_102_assignsubmission_file_/``). Two
learners with the same name stay two learners, told apart by that id.

When a learner handed in several notebooks, one is chosen by a stated rule (:func:`choose`): the
one with answers, then the newest, then the one named like the assignment's notebook. The choice
is noted on the submission, so the feedback and the report say which file was graded.
"""

from __future__ import annotations

import json
import os
import re
import time
import unicodedata
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapport.grading.errors import GradingSetupError

#: "name_12345_67890_file.ipynb" or "name_LATE_12345_67890_file.ipynb" (Canvas downloads).
CANVAS = re.compile(r"^(?P<learner>[^_]+?)_(?P<late>LATE_)?(?P<user>\d+)_\d+_(?P<file>.+)$")
#: "Full Name_123456_assignsubmission_file_" (Moodle downloads, one folder per participant).
MOODLE = re.compile(r"^(?P<learner>.+?)_(?P<user>\d+)_assignsubmission_\w*$")
MAX_UNZIPPED_BYTES = 2 * 1024**3
SKIPPED_PARTS = {".ipynb_checkpoints", "__MACOSX"}


@dataclass(frozen=True)
class Submission:
    """One learner's file to grade.

    Attributes
    ----------
    learner
        The learner id used in the gradebook and the outputs.
    path
        The file to grade.
    note
        How the file was picked, or what is odd about it (empty if obvious).
    lms_id
        The Canvas user id or Moodle participant id from the download's names ("" otherwise).
    lms_name
        The name the LMS download gives (the file prefix or folder), for returning feedback.
    late
        Whether the LMS marked the submission late.
    chosen_from
        How many notebooks the learner handed in (above 1: the grader chose one).
    """

    learner: str
    path: Path
    note: str = ""
    lms_id: str = ""
    lms_name: str = ""
    late: bool = False
    chosen_from: int = 1


def learner_id(raw: str) -> str:
    """Make a learner id from a folder or file name: NFC, trimmed, no path characters.

    A name that is not valid UTF-8 (read by Python with surrogate escapes) keeps its bad bytes
    as visible hex (byte ff becomes ``_xff``), so the id can be written anywhere.
    """
    if any("\udc80" <= ch <= "\udcff" for ch in raw):
        raw = os.fsencode(raw).decode("utf-8", "backslashreplace")
    name = unicodedata.normalize("NFC", raw).strip()
    name = re.sub(r"[\\/\x00-\x1f]+", "_", name)
    return name or "unnamed"


def find_submissions(
    where: Path,
    assignment: str,
    notebook: str,
    scratch: Path,
    stubs: dict[str, str] | None = None,
) -> list[Submission]:
    """List the submissions in ``where`` for ``assignment``.

    Parameters
    ----------
    where
        An nbgrader ``submitted/`` folder, a folder of ``<learner>.ipynb`` files, or a zip file.
    assignment, notebook
        The assignment id and its notebook name (used to pick the right file).
    scratch
        A folder to unpack a zip into.
    stubs
        The released answer cells by grade id: a notebook whose answers all equal them is blank.

    Raises
    ------
    GradingSetupError
        If ``where`` does not exist, is an unsafe zip, or holds nothing to grade.
    """
    if not where.exists():
        raise GradingSetupError(f"{where} does not exist: give the folder or zip of submissions.")
    if where.is_file():
        if not zipfile.is_zipfile(where):
            raise GradingSetupError(f"{where} is a file but not a zip archive.")
        where = _unwrap(unzip(where, scratch))
    if any((child / assignment).is_dir() for child in where.iterdir() if child.is_dir()):
        found = _nbgrader_tree(where, assignment, notebook, stubs or {})
    else:
        found = _flat(where, notebook, stubs or {})
    if not found:
        raise GradingSetupError(f"No submissions found in {where}.")
    learners = [s.learner for s in found]
    duplicates = {name for name in learners if learners.count(name) > 1}
    if duplicates:
        raise GradingSetupError(
            f"Two submissions map to the same learner id: {sorted(duplicates)[0]}. "
            "Rename one file and run again."
        )
    return sorted(found, key=lambda s: s.learner)


def has_answers(path: Path, stubs: dict[str, str]) -> bool:
    """Whether the notebook at ``path`` has an answer cell that differs from the released stub."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        cells = data.get("cells") or [
            c for sheet in data.get("worksheets", []) for c in sheet.get("cells", [])
        ]
    except (OSError, ValueError, AttributeError, TypeError):
        return False
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        meta = cell.get("metadata", {}).get("nbgrader", {})
        grade_id = meta.get("grade_id") if isinstance(meta, dict) else None
        source = cell.get("source", cell.get("input", ""))
        text = "".join(source) if isinstance(source, list) else str(source)
        if grade_id in stubs and text.strip() != stubs[grade_id].strip():
            return True
    return False


def choose(
    files: list[Path], notebook: str, stubs: dict[str, str], names: dict[Path, str] | None = None
) -> tuple[Path, str]:
    """Choose the notebook to grade among a learner's files, and say why.

    The rule: a notebook with answers beats a blank one; then the newest (by modification time);
    then the one named like the assignment's notebook; then the first by name.

    Returns
    -------
    (path, note)
        The file, and a note naming every file and the reason (empty when there was one file).
    """
    names = names or {}

    def shown(path: Path) -> str:
        return names.get(path, path.name)

    if len(files) == 1:
        return files[0], ""
    answered = {f: has_answers(f, stubs) for f in files}
    mtime = {f: f.stat().st_mtime for f in files}
    ranked = sorted(
        files,
        key=lambda f: (
            not answered[f],
            -mtime[f],
            Path(shown(f)).stem != notebook,
            shown(f),
        ),
    )
    chosen = ranked[0]
    with_answers = [f for f in files if answered[f]]
    if len(with_answers) == 1:
        why = "the only one with answers"
    elif with_answers:
        why = "the newest of those with answers"
    else:
        why = "none has answers; the newest"
    listed = ", ".join(sorted(shown(f) for f in files))
    return chosen, f"{len(files)} notebooks submitted ({listed}); graded {shown(chosen)}: {why}"


def _nbgrader_tree(
    where: Path, assignment: str, notebook: str, stubs: dict[str, str]
) -> list[Submission]:
    found = []
    for folder in sorted(p for p in where.iterdir() if (p / assignment).is_dir()):
        files = sorted((folder / assignment).glob("*.ipynb"))
        if files:
            path, note = choose(files, notebook, stubs)
        else:
            others = sorted(p for p in (folder / assignment).iterdir() if p.is_file())
            others = [p for p in others if p.name not in {"timestamp.txt", "submission_secret.txt"}]
            if not others:
                continue
            path, note = others[0], "no notebook in the submission"
        found.append(Submission(learner_id(folder.name), path, note, chosen_from=len(files)))
    return found


def _flat(where: Path, notebook: str, stubs: dict[str, str]) -> list[Submission]:
    # Group files by who sent them: a folder per learner (Moodle or hand-made), a Canvas name
    # plus user id, or else one file per learner named after them.
    groups: dict[tuple[str, ...], list[Path]] = {}
    original: dict[Path, str] = {}
    prefix: dict[tuple[str, ...], str] = {}
    late: set[tuple[str, ...]] = set()
    for path in sorted(where.rglob("*")):
        relative = path.relative_to(where)
        if not path.is_file() or set(relative.parts) & SKIPPED_PARTS or path.name.startswith("."):
            continue
        if len(relative.parts) > 1:
            match = MOODLE.match(relative.parts[0])
            if match:
                key: tuple[str, ...] = ("moodle", match["learner"], match["user"])
            else:
                key = ("folder", relative.parts[0])
            prefix[key] = relative.parts[0]
        elif match := CANVAS.match(path.name):
            key = ("canvas", match["learner"], match["user"])
            original[path] = match["file"]
            prefix[key] = path.name[: len(path.name) - len(match["file"])]
            if match["late"]:
                late.add(key)
        else:
            key = ("file", path.stem)
        groups.setdefault(key, []).append(path)
    plain = {key: learner_id(key[1]) for key in groups}
    taken = Counter(plain.values())
    names = {  # two LMS users with the same name: add the LMS id to both
        key: learner_id(f"{key[1]}-{key[2]}") if len(key) == 3 and taken[name] > 1 else name
        for key, name in plain.items()
    }
    found = []
    for key, paths in groups.items():
        notebooks = [p for p in paths if p.suffix == ".ipynb"]
        if notebooks:
            path, note = choose(notebooks, notebook, stubs, original)
        else:
            path, note = paths[0], "no notebook in the submission"
        found.append(
            Submission(
                names[key],
                path,
                note,
                lms_id=key[2] if len(key) == 3 else "",
                lms_name=prefix.get(key, ""),
                late=key in late,
                chosen_from=len(notebooks),
            )
        )
    return found


def _unwrap(folder: Path) -> Path:
    """Step into a lone top-level folder (a zipped ``submitted/``), as often as needed."""
    while True:
        entries = [p for p in folder.iterdir() if p.name not in SKIPPED_PARTS]
        if len(entries) != 1 or not entries[0].is_dir():
            return folder
        folder = entries[0]


def unzip(archive: Path, scratch: Path) -> Path:
    """Unpack ``archive`` into ``scratch`` safely (no paths outside it, no zip bombs).

    A damaged member (a false size header, a bad checksum) is left out and a note file takes its
    place, so its learner is rejected with a reason while everyone else is graded.
    """
    target = scratch / "unzipped"
    target.mkdir(parents=True, exist_ok=True)
    try:
        bundle = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        message = f"{archive} is not a readable zip ({exc}); download it again."
        raise GradingSetupError(message) from None
    with bundle:
        members = [m for m in bundle.infolist() if not m.is_dir()]
        if sum(m.file_size for m in members) > MAX_UNZIPPED_BYTES:
            raise GradingSetupError(f"{archive} unpacks to over 2 GB; split the download.")
        written = 0
        for member in members:
            destination = (target / member.filename).resolve()
            if target.resolve() not in destination.parents:
                raise GradingSetupError(
                    f"{archive} contains an unsafe path ({member.filename}); re-download it."
                )
            destination.parent.mkdir(parents=True, exist_ok=True)
            try:
                with bundle.open(member) as source, open(destination, "wb") as out:
                    while block := source.read(1 << 20):
                        written += len(block)
                        if written > MAX_UNZIPPED_BYTES:
                            raise GradingSetupError(
                                f"{archive} unpacks to over 2 GB; split the download."
                            )
                        out.write(block)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
                destination.unlink(missing_ok=True)
                damaged = destination.with_name(destination.name + ".damaged-in-zip")
                damaged.write_text(f"{member.filename}: {exc}\n", encoding="utf-8")
                continue
            stamp = time.mktime((*member.date_time, 0, 0, -1))
            os.utime(destination, (stamp, stamp))
    return target
