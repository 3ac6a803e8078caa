"""Read a LinkedIn ``messages.csv`` export and summarise the conversation with each contact.

The export lists every message of every conversation the learner took part in. Its columns vary
by year: older files lack the profile URL columns, newer ones add draft flags and more. What we
need is who wrote to whom and when: from that we learn, per contact, whether a real exchange ever
happened (both sides wrote), when it started and stopped, and whose turn it is.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from rapport.contacts.linkedin import find_header
from rapport.contacts.table import ContactImportError, ImportReport, read_text

REQUIRED = ("FROM", "TO", "DATE")
HOW_TO_EXPORT = (
    "Download it again from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your "
    "data > Messages) and use messages.csv as it comes."
)
MESSAGE_COLUMNS = (
    "conversation_id",
    "sender",
    "sender_url",
    "recipients",
    "recipient_urls",
    "sent_at",
    "content",
    "line",
)


@dataclass
class MessagesImport:
    """The messages read from an export, who owns it, and the report of how they were read."""

    messages: pd.DataFrame
    owner: str
    report: ImportReport


def normalise_url(url: str) -> str:
    """Return a profile URL in a form that compares equal however it was written."""
    url = url.strip().lower().split("?")[0].rstrip("/")
    for prefix in ("https://", "http://", "www."):
        url = url.removeprefix(prefix)
    return url


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


def _infer_owner(messages: pd.DataFrame) -> str:
    """Return the most frequent participant: the export's owner is in every conversation."""
    seen: dict[str, set] = {}
    for row in messages.itertuples():
        people = [row.sender_url or row.sender] + (row.recipient_urls or row.recipients)
        for person in people:
            seen.setdefault(person, set()).add(row.conversation_id)
    return max(seen, key=lambda person: len(seen[person])) if seen else ""


def load_linkedin_messages(path: str | Path, owner: str | None = None) -> MessagesImport:
    """Read a LinkedIn ``messages.csv``.

    Parameters
    ----------
    path
        The export file.
    owner
        The learner's profile URL or name as it appears in the file; inferred when ``None``
        (the participant of the most conversations).

    Returns
    -------
    MessagesImport
        One row per message (``MESSAGE_COLUMNS``; ``sent_at`` in UTC), the owner, a report.

    Raises
    ------
    ContactImportError
        When the file is missing, empty, not UTF-8, or not a messages export.
    """
    path = Path(path)
    lines = read_text(path, HOW_TO_EXPORT).splitlines()
    try:
        header_index, names = find_header(lines, REQUIRED, "a LinkedIn messages.csv export")
    except ContactImportError as exc:
        raise ContactImportError(f"{path}: {exc} {HOW_TO_EXPORT}") from None
    report = ImportReport(path=path)
    reader = csv.reader(io.StringIO("\n".join(lines[header_index + 1 :])))
    column = {name: i for i, name in enumerate(names)}
    rows = []
    for row in reader:
        line = header_index + 1 + reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        report.rows_read += 1
        if len(row) != len(names):
            report.skipped.append(
                (line, f"has {len(row)} fields where the header has {len(names)}")
            )
            continue

        def cell(name: str, row: list[str] = row) -> str:
            return row[column[name]].strip() if name in column else ""

        if cell("IS MESSAGE DRAFT").lower() in {"yes", "true"}:
            report.skipped.append((line, "is a draft that was never sent"))
            continue
        if not cell("FROM") and not cell("SENDER PROFILE URL"):
            report.skipped.append((line, "has no sender"))
            continue
        rows.append(
            (
                cell("CONVERSATION ID") or f"line-{line}",
                cell("FROM"),
                normalise_url(cell("SENDER PROFILE URL")),
                _split(cell("TO")),
                [normalise_url(u) for u in _split(cell("RECIPIENT PROFILE URLS"))],
                cell("DATE"),
                cell("CONTENT"),
                line,
            )
        )
    messages = pd.DataFrame.from_records(rows, columns=list(MESSAGE_COLUMNS))
    when = pd.to_datetime(
        messages["sent_at"].str.removesuffix(" UTC"), errors="coerce", utc=True, format="mixed"
    )
    bad = messages[when.isna()]
    for line, raw in zip(bad["line"], bad["sent_at"], strict=True):
        report.skipped.append((int(line), f"date {raw!r} not understood"))
    messages = messages[when.notna()].assign(sent_at=when[when.notna()]).reset_index(drop=True)
    messages["line"] = messages["line"].astype("int64")
    found = _infer_owner(messages)
    owner = normalise_url(owner) if owner and "/" in owner else (owner or found)
    return MessagesImport(messages=messages, owner=owner, report=report)


def message_directions(messages: pd.DataFrame, owner: str) -> pd.DataFrame:
    """One row per (message, other person): who the message was with and which way it went.

    Returns
    -------
    pandas.DataFrame
        Columns ``conversation_id``, ``person_url``, ``person``, ``direction`` (``"sent"`` by
        the owner or ``"received"``) and ``sent_at``.
    """
    is_owner = (messages["sender_url"] == owner) | (messages["sender"] == owner)
    received = pd.DataFrame(
        {
            "conversation_id": messages.loc[~is_owner, "conversation_id"],
            "person_url": messages.loc[~is_owner, "sender_url"],
            "person": messages.loc[~is_owner, "sender"],
            "direction": "received",
            "sent_at": messages.loc[~is_owner, "sent_at"],
        }
    )
    mine = messages[is_owner]
    urls = mine["recipient_urls"].map(lambda u: u or [""])
    names = mine["recipients"]
    pairs = [
        (conv, url, (name_list[i] if i < len(name_list) else ""), when)
        for conv, url_list, name_list, when in zip(
            mine["conversation_id"], urls, names, mine["sent_at"], strict=True
        )
        for i, url in enumerate(url_list if any(url_list) else [""] * max(1, len(name_list)))
    ]
    sent = pd.DataFrame(pairs, columns=["conversation_id", "person_url", "person", "sent_at"])
    sent["direction"] = "sent"
    both = pd.concat([received, sent[received.columns]], ignore_index=True)
    return both[(both["person_url"] != owner) & (both["person"] != owner)]


def conversation_stats(messages: pd.DataFrame, owner: str) -> pd.DataFrame:
    """Summarise the exchange with each person the owner has messaged or heard from.

    Parameters
    ----------
    messages
        Messages as from :func:`load_linkedin_messages`.
    owner
        The owner's normalised profile URL or name.

    Returns
    -------
    pandas.DataFrame
        One row per person (``key``: normalised URL, else name) with ``person``,
        ``conversations``, ``sent``, ``received``, ``first_exchange``, ``last_exchange``,
        ``spoke_last`` (``"me"``/``"them"``) and ``whose_turn`` (``"mine"`` when they spoke last).
    """
    rows = message_directions(messages, owner)
    if rows.empty:
        columns = ["key", "person", "conversations", "sent", "received", "first_exchange"]
        return pd.DataFrame(columns=[*columns, "last_exchange", "spoke_last", "whose_turn"])
    rows = rows.assign(key=rows["person_url"].where(rows["person_url"] != "", rows["person"]))
    rows = rows.sort_values("sent_at", kind="stable")
    grouped = rows.groupby("key", sort=True)
    stats = pd.DataFrame(
        {
            "person": grouped["person"].agg(lambda s: next((n for n in s if n), "")),
            "conversations": grouped["conversation_id"].nunique(),
            "sent": grouped["direction"].agg(lambda s: int((s == "sent").sum())),
            "received": grouped["direction"].agg(lambda s: int((s == "received").sum())),
            "first_exchange": grouped["sent_at"].min(),
            "last_exchange": grouped["sent_at"].max(),
            "last_direction": grouped["direction"].last(),
        }
    ).reset_index()
    stats["spoke_last"] = stats.pop("last_direction").map({"sent": "me", "received": "them"})
    stats["whose_turn"] = stats["spoke_last"].map({"them": "mine", "me": "theirs"})
    return stats
