"""Where a learner's personal data lives: on their machine, outside the repository.

The folder is ``$RAPPORT_DATA_DIR`` when set, otherwise the platform's per-user data folder
(for example ``~/.local/share/rapport`` on Linux). Nothing in it is needed for grading.
"""

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_VAR = "RAPPORT_DATA_DIR"


def learner_data_dir(create: bool = False) -> Path:
    """Return the learner's private data folder.

    Parameters
    ----------
    create
        Create the folder (and its parents) if it does not exist yet.

    Returns
    -------
    Path
        An absolute path; it may not exist unless ``create`` is true.
    """
    configured = os.environ.get(ENV_VAR, "").strip()
    folder = Path(configured).expanduser() if configured else user_data_path("rapport")
    folder = folder.resolve()
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def learner_file(name: str) -> Path:
    """Return the path a learner's file of that name would have in their data folder."""
    return learner_data_dir() / name


def resolve_export(choice: str, filename: str = "Connections.csv") -> tuple[Path, str]:
    """Decide which export file a notebook should read.

    Parameters
    ----------
    choice
        ``"auto"``: the learner's own file in their data folder if it is there, otherwise the
        bundled sample; ``"sample"``: always the sample; anything else: a path to a file.
    filename
        The export's usual file name, looked up in the data folder and among the samples.

    Returns
    -------
    tuple
        The path and a sentence saying which file it is, for the learner.
    """
    from rapport.data import sample_path

    choice = choice.strip()
    own = learner_file(filename)
    if choice == "sample" or (choice == "auto" and not own.is_file()):
        hint = "" if choice == "sample" else f" To use your own, put {filename} in {own.parent}."
        return sample_path(filename), f"Using the bundled sample {filename} (fictional).{hint}"
    path = own if choice == "auto" else Path(choice).expanduser()
    if not path.is_file():
        raise FileNotFoundError(
            f"No file at {path}. Check the path, or set it to 'auto' to use your data folder "
            f"({own.parent}) or the bundled sample."
        )
    return path, f"Using your own file {path}. It stays on this machine."
