"""Bundled sample data: a fictional learner's exports, safe to ship and to grade against.

Every person, company and message in these files is invented. The files are written by
:mod:`rapport.sample_data` and committed; a test checks that regenerating them changes nothing.
"""

from importlib.resources import files
from pathlib import Path

SAMPLE_FILES = ("Connections.csv", "messages.csv", "interactions.csv")


def sample_path(name: str = "Connections.csv") -> Path:
    """Return the path of a bundled sample file.

    Parameters
    ----------
    name
        One of ``SAMPLE_FILES``.

    Returns
    -------
    Path
        The file inside the installed package.
    """
    if name not in SAMPLE_FILES:
        raise ValueError(f"No sample file named {name!r}; choose one of {', '.join(SAMPLE_FILES)}.")
    return Path(str(files(__name__).joinpath(name)))
