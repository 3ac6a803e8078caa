"""Read vCard files (``.vcf``) exported by phones and mail apps, with the ``vobject`` library.

One file may hold many cards, in vCard 2.1, 3.0 or 4.0. Each card is cut out of the file at its
``BEGIN:VCARD`` / ``END:VCARD`` lines and handed to :func:`vobject.readOne` on its own, so one
card that cannot be parsed is counted and skipped without losing the others. ``vobject`` unfolds
long lines, decodes quoted-printable values (with their ``CHARSET``) and splits ``N`` and ``ORG``.
"""

from __future__ import annotations

from pathlib import Path

import vobject

from rapport.contacts.export_file import read_export, split_lines
from rapport.contacts.table import (
    ContactImportError,
    ContactsImport,
    ImportReport,
    contact_record,
    contacts_frame,
)

SOURCE = "vcard"
PROFILE_HOSTS = ("linkedin.com/", "xing.com/", "facebook.com/")
HOW_TO_EXPORT = (
    "Export the contacts again as a vCard (.vcf) file: in Apple Contacts, File > Export > Export "
    "vCard; in Google Contacts, Export > vCard; on Android, Contacts > Settings > Export."
)


def split_cards(lines: list[str]) -> list[tuple[int, str | None]]:
    """Cut a vCard file into cards.

    Parameters
    ----------
    lines
        The file's lines.

    Returns
    -------
    list of tuple
        ``(first line number, card text)`` per ``BEGIN:VCARD``, in file order; the text is
        ``None`` when the card has no ``END:VCARD`` before the next card or the end of the file.
    """
    cards: list[tuple[int, str | None]] = []
    start, body = 0, []
    for number, line in enumerate(lines, start=1):
        marker = line.rstrip().upper()
        if marker == "BEGIN:VCARD":
            if start:
                cards.append((start, None))
            start, body = number, [line]
        elif start:
            body.append(line)
            if marker == "END:VCARD":
                cards.append((start, "\n".join(body) + "\n"))
                start, body = 0, []
    if start:
        cards.append((start, None))
    return cards


def _text(value: object) -> str:
    """Return a property value as one string (vobject gives lists for ORG and N parts)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace").strip()
    if isinstance(value, list | tuple):
        return " ".join(part for part in (_text(item) for item in value) if part)
    return str(value).strip() if value is not None else ""


def _values(card: vobject.base.Component, key: str) -> list[str]:
    """All non-blank values of a property, e.g. every ``EMAIL``."""
    values: list[str] = []
    for item in card.contents.get(key, []):
        text = _text(item.value)
        if text and text not in values:
            values.append(text)
    return values


def _card_record(card: vobject.base.Component, number: int) -> dict:
    """Turn one parsed card into a contacts-table record."""
    names = card.contents.get("n", [])
    parts = names[0].value if names else None
    first = _text(getattr(parts, "given", ""))
    last = _text(getattr(parts, "family", ""))
    middle = _text(getattr(parts, "additional", ""))
    full = (_values(card, "fn") or [""])[0]
    orgs = card.contents.get("org", [])
    org = orgs[0].value if orgs else ""
    company = _text(org[0] if isinstance(org, list) and org else org)
    phones = [phone.removeprefix("tel:").strip() for phone in _values(card, "tel")]
    sites = _values(card, "url") + _values(card, "x-socialprofile")
    profiles = [site for site in sites if any(host in site.lower() for host in PROFILE_HOSTS)]
    return contact_record(
        SOURCE,
        number,
        first_name=first,
        last_name=last,
        name=full or " ".join(part for part in (first, middle, last) if part),
        company=company,
        position=(_values(card, "title") or [""])[0],
        url=(profiles or sites or [""])[0],
        email="; ".join(_values(card, "email")),
        phone="; ".join(phone for phone in phones if phone),
    )


def _unreadable(exc: Exception, number: int, start: int) -> str:
    """Explain why vobject could not read a card, with the file line when vobject gives one."""
    where = f"card {number} (line {start})"
    if isinstance(exc, vobject.base.VObjectError):
        offset = getattr(exc, "lineNumber", None)
        if isinstance(offset, int):  # vobject counts lines within the card, from 1
            where = f"card {number} (line {start + max(offset, 1) - 1})"
        message = str(exc.msg)
    else:
        message = str(exc) or type(exc).__name__
    return f"{where} could not be read: {' '.join(message.split())[:120]}"


def load_vcards(path: str | Path) -> ContactsImport:
    """Read every card of a vCard file.

    Parameters
    ----------
    path
        The ``.vcf`` file.

    Returns
    -------
    ContactsImport
        One contact per readable card (source ``vcard``, ``line`` the 1-based card number;
        several emails or phones joined by ``"; "``) and the report, where each skipped card
        is listed by its number with the line it starts on and why.

    Raises
    ------
    ContactImportError
        When the file is missing, empty, not UTF-8, or holds no ``BEGIN:VCARD`` line.
    """
    export = read_export(path, HOW_TO_EXPORT)
    path = export.path
    cards = split_cards(split_lines(export.text))
    if not cards:
        raise ContactImportError(
            f"{path}: no line says BEGIN:VCARD, so this is not a vCard file. {HOW_TO_EXPORT}"
        )
    report = ImportReport(path=path, encoding=export.encoding)
    records = []
    for number, (start, text) in enumerate(cards, start=1):
        report.rows_read += 1
        where = f"card {number} (line {start})"
        if text is None:
            report.skipped.append((number, f"{where} has no END:VCARD line"))
            continue
        try:
            record = _card_record(vobject.readOne(text, allowQP=True), number)
        # vobject raises many kinds of errors on malformed input (ParseError, but also
        # binascii.Error, LookupError for an unknown CHARSET, AttributeError, ...): any of them
        # means this one card is unreadable, never that the file is.
        except Exception as exc:
            report.skipped.append((number, _unreadable(exc, number, start)))
            continue
        if not any(record[key] for key in ("name", "company", "email", "phone")):
            report.skipped.append((number, f"{where} has no name, company, email or phone"))
            continue
        records.append(record)
    return ContactsImport(contacts=contacts_frame(records), report=report)
