"""Recognise which export a file is from its content, and read it with the right importer.

The extension is only a hint (a downloaded file is often renamed): a JSON object is read as a
Facebook friends list, a file with a ``BEGIN:VCARD`` line as vCard, and a CSV by its header row
(LinkedIn connections, LinkedIn invitations, or Google Contacts in either header).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from rapport.contacts import facebook, google, invitations, linkedin, vcard
from rapport.contacts.export_file import find_header, head_lines, read_export
from rapport.contacts.table import ContactImportError, ContactsImport

Loader = Callable[[str | Path], ContactsImport]

# (name, how to get it, loader) for every format this package reads.
FORMATS: tuple[tuple[str, str, Loader], ...] = (
    (
        "LinkedIn Connections.csv",
        "LinkedIn > Settings & Privacy > Data privacy > Get a copy of your data > Connections.",
        linkedin.load_linkedin_connections,
    ),
    (
        "LinkedIn Invitations.csv",
        "LinkedIn > Settings & Privacy > Data privacy > Get a copy of your data > Invitations.",
        invitations.load_linkedin_invitations,
    ),
    (
        "Facebook friends JSON (your_friends.json)",
        "Facebook > Settings & privacy > Settings > Download your information, format JSON, "
        "category 'Friends and followers'.",
        facebook.load_facebook_friends,
    ),
    (
        "Google Contacts CSV",
        "contacts.google.com > Export > Google CSV.",
        google.load_google_contacts,
    ),
    (
        "vCard (.vcf)",
        "Apple Contacts > File > Export > Export vCard; Google Contacts > Export > vCard; "
        "Android Contacts > Settings > Export.",
        vcard.load_vcards,
    ),
)
HOW_TO_CHOOSE = "The formats it reads, and how to get each, are:"
BY_EXTENSION: dict[str, Loader] = {
    ".json": facebook.load_facebook_friends,
    ".vcf": vcard.load_vcards,
    ".vcard": vcard.load_vcards,
}


def known_formats() -> str:
    """Return the formats this package reads, one per line, each with how to get it."""
    return "\n".join(f"- {name}: {how}" for name, how, _ in FORMATS)


def detect_loader(path: str | Path) -> Loader:
    """Choose the importer for a file from its content.

    Parameters
    ----------
    path
        The file.

    Returns
    -------
    callable
        The ``load_*`` function that reads this kind of file.

    Raises
    ------
    ContactImportError
        When the file cannot be opened, or matches none of the known formats.
    """
    path = Path(path)
    try:
        empty = not path.read_bytes().strip()
    except OSError as exc:
        raise ContactImportError(f"Cannot open {path}: {exc.strerror}. Check the path.") from exc
    if empty:  # let the importer the extension suggests explain it, if any
        loader = BY_EXTENSION.get(path.suffix.lower())
        if loader is not None:
            return loader
        raise ContactImportError(f"{path} is empty. {HOW_TO_CHOOSE}\n{known_formats()}")
    export = read_export(path, f"{HOW_TO_CHOOSE}\n{known_formats()}")
    lines = head_lines(export)
    head = "\n".join(lines).lstrip()
    if head.startswith(("{", "[")):
        return facebook.load_facebook_friends
    if any(line.rstrip().upper() == "BEGIN:VCARD" for line in lines):
        return vcard.load_vcards
    csv_headers = (
        (linkedin.HEADER_FIELDS, linkedin.load_linkedin_connections),
        (invitations.REQUIRED, invitations.load_linkedin_invitations),
    )
    for required, loader in csv_headers:
        try:
            find_header(lines, required, "a known export")
        except ContactImportError:
            continue
        return loader
    if google.find_google_header(lines) is not None:
        return google.load_google_contacts
    raise ContactImportError(
        f"{path} is not a contacts export this workbook knows. {HOW_TO_CHOOSE}\n{known_formats()}"
    )


def load_contacts(path: str | Path) -> ContactsImport:
    """Read any supported contacts export, recognising its format from the content.

    Parameters
    ----------
    path
        A LinkedIn ``Connections.csv`` or ``Invitations.csv``, a Facebook friends JSON file, a
        Google Contacts CSV, or a vCard file.

    Returns
    -------
    ContactsImport
        The contacts table and the report of the importer that read it.

    Raises
    ------
    ContactImportError
        When the format is unknown (the message lists the known ones and how to get each) or
        the file cannot be read as the format it looks like.
    """
    return detect_loader(path)(path)


def load_many(paths: Iterable[str | Path]) -> list[ContactsImport]:
    """Read several exports with :func:`load_contacts`, in the order given.

    Parameters
    ----------
    paths
        The files.

    Returns
    -------
    list of ContactsImport
        One import per file.

    Raises
    ------
    ContactImportError
        After trying every file, when any could not be read: one error listing each problem.
    """
    loaded, problems = [], []
    for path in paths:
        try:
            loaded.append(load_contacts(path))
        except ContactImportError as exc:
            problems.append(str(exc))
    if problems:
        count = f"{len(problems)} of {len(problems) + len(loaded)} files"
        raise ContactImportError(f"{count} could not be read:\n\n" + "\n\n".join(problems))
    return loaded
