"""Finding submissions: an nbgrader ``submitted/`` tree, a flat folder, or an LMS zip download."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapport.grading.errors import GradingSetupError

#: "name_12345_67890_file.ipynb" or "name_LATE_12345_67890_file.ipynb" (Canvas-style downloads).
CANVAS = re.compile(r"^(?P<learner>[^_]+?)_(?:LATE_)?(?P<user>\d+)_\d+_(?P<file>.+)$")
#: "Full Name_123456_assignsubmission_file_" (Moodle-style folders).
MOODLE = re.compile(r"^(?P<learner>.+?)_\d+_assignsubmission_\w*$")
MAX_UNZIPPED_BYTES = 2 * 1024**3
SKIPPED_PARTS = {".ipynb_checkpoints", "__MACOSX"}


@dataclass(frozen=True)
class Submission:
    """One learner's file to grade; ``note`` says how it was picked (empty if obvious)."""

    learner: str
    path: Path
    note: str = ""


def learner_id(raw: str) -> str:
    """Make a learner id from a folder or file name: NFC, trimmed, no path characters."""
    name = unicodedata.normalize("NFC", raw).strip()
    name = re.sub(r"[\\/\x00-\x1f]+", "_", name)
    return name or "unnamed"


def find_submissions(
    where: Path, assignment: str, notebook: str, scratch: Path
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
        found = _nbgrader_tree(where, assignment, notebook)
    else:
        found = _flat(where, notebook)
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


def _pick(
    files: list[Path], notebook: str, names: dict[Path, str] | None = None
) -> tuple[Path, str]:
    """Pick the file named like the assignment's notebook (by its original name), else the first."""
    names = names or {}
    named = [f for f in files if Path(names.get(f, f.name)).stem == notebook]
    if named or len(files) == 1:
        return (named or files)[0], ""
    chosen = sorted(files)[0]
    return chosen, f"{len(files)} notebooks submitted; graded {names.get(chosen, chosen.name)}"


def _nbgrader_tree(where: Path, assignment: str, notebook: str) -> list[Submission]:
    found = []
    for folder in sorted(p for p in where.iterdir() if (p / assignment).is_dir()):
        files = sorted((folder / assignment).glob("*.ipynb"))
        if files:
            path, note = _pick(files, notebook)
        else:
            others = sorted(p for p in (folder / assignment).iterdir() if p.is_file())
            if not others:
                continue
            path, note = others[0], "no notebook in the submission"
        found.append(Submission(learner_id(folder.name), path, note))
    return found


def _flat(where: Path, notebook: str) -> list[Submission]:
    # Group files by who sent them: a folder per learner (Moodle-style or hand-made), a Canvas
    # name plus user id, or else one file per learner named after them.
    groups: dict[tuple[str, ...], list[Path]] = {}
    original: dict[Path, str] = {}
    for path in sorted(where.rglob("*")):
        relative = path.relative_to(where)
        if not path.is_file() or set(relative.parts) & SKIPPED_PARTS or path.name.startswith("."):
            continue
        if len(relative.parts) > 1:
            match = MOODLE.match(relative.parts[0])
            key = ("folder", match["learner"] if match else relative.parts[0])
        elif match := CANVAS.match(path.name):
            key = ("canvas", match["learner"], match["user"])
            original[path] = match["file"]
        else:
            key = ("file", path.stem)
        groups.setdefault(key, []).append(path)
    plain = {key: learner_id(key[1]) for key in groups}
    taken = Counter(plain.values())
    names = {  # two Canvas users with the same name: add the user id to both
        key: learner_id(f"{key[1]}-{key[2]}") if key[0] == "canvas" and taken[name] > 1 else name
        for key, name in plain.items()
    }
    found = []
    for key, paths in groups.items():
        notebooks = [p for p in paths if p.suffix == ".ipynb"]
        if notebooks:
            path, note = _pick(notebooks, notebook, original)
        else:
            path, note = paths[0], "no notebook in the submission"
        found.append(Submission(names[key], path, note))
    return found


def _unwrap(folder: Path) -> Path:
    """Step into a lone top-level folder (a zipped ``submitted/``), as often as needed."""
    while True:
        entries = [p for p in folder.iterdir() if p.name not in SKIPPED_PARTS]
        if len(entries) != 1 or not entries[0].is_dir():
            return folder
        folder = entries[0]


def unzip(archive: Path, scratch: Path) -> Path:
    """Unpack ``archive`` into ``scratch`` safely (no paths outside it, no zip bombs)."""
    target = scratch / "unzipped"
    target.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as bundle:
        members = [m for m in bundle.infolist() if not m.is_dir()]
        if sum(m.file_size for m in members) > MAX_UNZIPPED_BYTES:
            raise GradingSetupError(f"{archive} unpacks to over 2 GB; split the download.")
        for member in members:
            destination = (target / member.filename).resolve()
            if target.resolve() not in destination.parents:
                raise GradingSetupError(
                    f"{archive} contains an unsafe path ({member.filename}); re-download it."
                )
            destination.parent.mkdir(parents=True, exist_ok=True)
            with bundle.open(member) as source, open(destination, "wb") as out:
                while block := source.read(1 << 20):
                    out.write(block)
    return target
