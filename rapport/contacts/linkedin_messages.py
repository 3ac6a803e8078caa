"""Read a LinkedIn ``messages.csv`` export and summarise the conversation with each contact.

The export lists every message of every conversation the learner took part in. Its columns vary
by year: older files lack the profile URL columns, newer ones add draft flags and more. What we
need is who wrote to whom and when: from that we learn, per contact, whether a real exchange ever
happened (both sides wrote), when it started and stopped, and whose turn it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from rapport.contacts.export_file import csv_table, open_csv_export, stripped
from rapport.contacts.table import ImportReport
from rapport.identity import profile_key, profile_keys

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


def _split_names(cells: pd.Series) -> pd.Series:
    """Split comma-separated cells into lists of trimmed parts (each distinct cell once)."""
    return cells.map({cell: [p.strip() for p in cell.split(",")] for cell in pd.unique(cells)})


def _recipients(messages: pd.DataFrame) -> pd.DataFrame:
    """One row per (message, recipient): ``message`` (row label), ``url``, ``name``."""
    parts = []
    for column in ("recipient_urls", "recipients"):
        exploded = _split_names(messages[column]).explode().to_frame(column)
        exploded["position"] = exploded.groupby(level=0).cumcount()
        parts.append(exploded.rename_axis("message").reset_index())
    both = parts[0].merge(parts[1], on=["message", "position"], how="outer")
    both = both.fillna("").rename(columns={"recipient_urls": "url", "recipients": "name"})
    return both[(both["url"] != "") | (both["name"] != "")]


def _infer_owner(messages: pd.DataFrame) -> str:
    """Return the most frequent participant: the export's owner is in every conversation."""
    senders = messages["sender_url"].where(messages["sender_url"] != "", messages["sender"])
    recipients = _recipients(messages)
    people = pd.concat(
        [
            pd.DataFrame({"person": senders, "conversation": messages["conversation_id"]}),
            pd.DataFrame(
                {
                    "person": recipients["url"].where(recipients["url"] != "", recipients["name"]),
                    "conversation": messages["conversation_id"]
                    .reindex(recipients["message"])
                    .to_numpy(),
                }
            ),
        ],
        ignore_index=True,
    )
    counts = people.drop_duplicates()["person"].value_counts()
    return str(counts.index[0]) if len(counts) else ""


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
        One row per message (``MESSAGE_COLUMNS``; ``recipients`` and ``recipient_urls`` are
        comma-separated; ``sent_at`` in UTC), the owner, and a report.

    Raises
    ------
    ContactImportError
        When the file is missing, empty, not text, cut off, or not a messages export.
    """
    export, header_index, names, report = open_csv_export(
        path, REQUIRED, "a LinkedIn messages.csv export", HOW_TO_EXPORT
    )
    raw = csv_table(export, header_index, names, report, HOW_TO_EXPORT)

    def column(name: str) -> pd.Series:
        return stripped(raw, name)

    draft = column("IS MESSAGE DRAFT").str.lower().isin(["yes", "true"])
    no_sender = (column("FROM") == "") & (column("SENDER PROFILE URL") == "")
    dates = column("DATE")
    text = dates.str.removesuffix(" UTC")
    when = pd.to_datetime(text, format="%Y-%m-%d %H:%M:%S", errors="coerce", utc=True)
    retry = when.isna() & (text != "")
    if retry.any():
        when[retry] = pd.to_datetime(text[retry], format="mixed", errors="coerce", utc=True)
    for mask, reason in (
        (draft, "is a draft that was never sent"),
        (~draft & no_sender, "has no sender"),
        (~draft & ~no_sender & when.isna(), None),
    ):
        for line, value in zip(raw.loc[mask, "line"], dates[mask], strict=True):
            report.skipped.append((int(line), reason or f"date {value!r} not understood"))
    report.skipped.sort()
    keep = ~(draft | no_sender | when.isna())
    lines_kept = raw.loc[keep, "line"]
    conversation = column("CONVERSATION ID")[keep]
    recipient_urls = column("RECIPIENT PROFILE URLS")[keep]
    joined = {
        cell: ",".join(profile_key(url) for url in cell.split(",")) if cell.strip() else ""
        for cell in pd.unique(recipient_urls)
    }
    messages = pd.DataFrame(
        {
            "conversation_id": conversation.where(
                conversation != "", "line-" + lines_kept.astype(str)
            ),
            "sender": column("FROM")[keep],
            "sender_url": profile_keys(column("SENDER PROFILE URL")[keep]),
            "recipients": column("TO")[keep],
            "recipient_urls": recipient_urls.map(joined),
            "sent_at": when[keep],
            "content": raw.loc[keep, "CONTENT"] if "CONTENT" in raw else "",
            "line": lines_kept,
        }
    ).reset_index(drop=True)
    found = _infer_owner(messages)
    owner = profile_key(owner) if owner and "/" in owner else (owner or found)
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
    theirs = messages[~is_owner]
    received = pd.DataFrame(
        {
            "conversation_id": theirs["conversation_id"],
            "person_url": theirs["sender_url"],
            "person": theirs["sender"],
            "direction": "received",
            "sent_at": theirs["sent_at"],
        }
    )
    recipients = _recipients(messages[is_owner])
    source = messages.loc[recipients["message"]]
    sent = pd.DataFrame(
        {
            "conversation_id": source["conversation_id"].to_numpy(),
            "person_url": recipients["url"].to_numpy(),
            "person": recipients["name"].to_numpy(),
            "direction": "sent",
            "sent_at": source["sent_at"].to_numpy(),
        }
    )
    both = pd.concat([received, sent], ignore_index=True)
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
    columns = ["key", "person", "conversations", "sent", "received", "first_exchange"]
    columns += ["last_exchange", "spoke_last", "whose_turn"]
    rows = message_directions(messages, owner)
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows = rows.assign(key=rows["person_url"].where(rows["person_url"] != "", rows["person"]))
    rows = rows.sort_values("sent_at", kind="stable")
    grouped = rows.groupby("key", sort=True)
    is_sent = (rows["direction"] == "sent").astype("int64")
    stats = (
        pd.DataFrame(
            {
                "person": rows["person"].replace("", pd.NA).groupby(rows["key"]).first(),
                "conversations": grouped["conversation_id"].nunique(),
                "sent": is_sent.groupby(rows["key"]).sum(),
                "received": (1 - is_sent).groupby(rows["key"]).sum(),
                "first_exchange": grouped["sent_at"].min(),
                "last_exchange": grouped["sent_at"].max(),
                "last_direction": grouped["direction"].last(),
            }
        )
        .rename_axis("key")
        .reset_index()
    )
    stats["person"] = stats["person"].fillna("").astype(str)
    stats["spoke_last"] = stats.pop("last_direction").map({"sent": "me", "received": "them"})
    stats["whose_turn"] = stats["spoke_last"].map({"them": "mine", "me": "theirs"})
    return stats[columns]
