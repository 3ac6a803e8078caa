"""Read a LinkedIn ``messages.csv`` export and summarise the conversation with each contact.

The export lists every message of every conversation the learner took part in. Its columns vary
by year: older files lack the profile URL columns, newer ones add draft flags and more. What we
need is who wrote to whom and when: from that we learn, per contact, whether a real exchange ever
happened (both sides wrote), when it started and stopped, and whose turn it is. What the
messages say is never read: it stays in the learner's file.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from operator import contains
from pathlib import Path

import numpy as np
import pandas as pd

from rapport.contacts.export_file import csv_table, open_csv_export, stripped, table_lines
from rapport.contacts.table import ImportReport
from rapport.identity import each_distinct, profile_key, profile_keys

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
)
# The columns read; the rest (the messages' text and subject, the folder) are skipped unread.
READ_COLUMNS = (
    "CONVERSATION ID",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "RECIPIENT PROFILE URLS",
    "DATE",
    "IS MESSAGE DRAFT",
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


def _has_comma(cells: pd.Series) -> np.ndarray:
    """Whether each cell holds a comma (several people), tested in a C loop."""
    values = cells.to_numpy(dtype=object)
    return np.fromiter(map(contains, values, repeat(",")), dtype=bool, count=len(values))


def _recipients(messages: pd.DataFrame) -> pd.DataFrame:
    """One row per (message, recipient): ``message`` (row label), ``url``, ``name``."""
    urls, names = messages["recipient_urls"], messages["recipients"]
    several = pd.Series(_has_comma(urls) | _has_comma(names), index=messages.index, dtype=bool)
    parts = [
        pd.DataFrame(
            {"message": messages.index[~several], "url": urls[~several], "name": names[~several]}
        )
    ]
    if several.any():  # group messages: one row per recipient, URLs and names side by side
        exploded = []
        for column in ("recipient_urls", "recipients"):
            cells = _split_names(messages.loc[several, column]).explode().to_frame(column)
            cells["position"] = cells.groupby(level=0).cumcount()
            exploded.append(cells.rename_axis("message").reset_index())
        both = exploded[0].merge(exploded[1], on=["message", "position"], how="outer")
        both = both.fillna("").rename(columns={"recipient_urls": "url", "recipients": "name"})
        parts.append(both[["message", "url", "name"]])
    rows = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    if len(parts) > 1:
        rows = rows.sort_values("message", kind="stable", ignore_index=True)
    return rows[(rows["url"] != "") | (rows["name"] != "")].reset_index(drop=True)


def _recipient_keys(cell: str) -> str:
    """Return a cell of comma-separated profile URLs with each URL as its key."""
    return ",".join(profile_key(url) for url in cell.split(",")) if cell.strip() else ""


# Rows the owner is first looked for in: the owner writes in nearly every conversation, so a
# few thousand rows name them; the whole file then only has to confirm it.
OWNER_SAMPLE = 5000


def _infer_owner(messages: pd.DataFrame) -> str:
    """Return the participant of the most conversations: the export's owner is in all of them."""
    if not len(messages):
        return ""
    candidate = _top_writer(messages.iloc[:OWNER_SAMPLE])
    if _in_every_conversation(messages, candidate):
        return candidate
    recipients = _recipients(messages)
    everyone = pd.concat(
        [_senders(messages), recipients["url"].where(recipients["url"] != "", recipients["name"])],
        ignore_index=True,
    )
    where = pd.concat(
        [messages["conversation_id"], messages["conversation_id"].reindex(recipients["message"])],
        ignore_index=True,
    )
    counts = pd.DataFrame({"p": everyone, "c": where}).drop_duplicates()["p"].value_counts()
    return str(counts.index[0]) if len(counts) else ""


def _senders(messages: pd.DataFrame) -> pd.Series:
    """Each message's sender: the profile URL key, else the name."""
    return messages["sender_url"].where(messages["sender_url"] != "", messages["sender"])


def _top_writer(messages: pd.DataFrame) -> str:
    """Return the sender who wrote in the most conversations."""
    people, names = pd.factorize(_senders(messages))
    conversation, ids = pd.factorize(messages["conversation_id"])
    pairs = pd.unique(people.astype("int64") * (len(ids) + 1) + conversation)
    return str(names[int(np.bincount(pairs // (len(ids) + 1)).argmax())])


def _in_every_conversation(messages: pd.DataFrame, person: str) -> bool:
    """Whether ``person`` (a URL key, or a name) wrote or was written to in every conversation."""
    is_url = "/" in person  # a URL key always has a path
    if is_url:
        wrote = (messages["sender_url"] == person).to_numpy()
    else:
        wrote = ((messages["sender_url"] == "") & (messages["sender"] == person)).to_numpy()
    conversation, ids = pd.factorize(messages["conversation_id"])
    covered = np.zeros(len(ids), dtype=bool)
    covered[conversation[wrote]] = True
    others = ~covered[conversation]  # messages of conversations they did not write in
    column = "recipient_urls" if is_url else "recipients"
    received = [
        person in cell and person in (part.strip() for part in cell.split(","))
        for cell in messages[column].to_numpy()[others]
    ]
    covered[conversation[others][np.asarray(received, dtype=bool)]] = True
    return bool(covered.all())


# LinkedIn's own form of a message's time: "2024-05-01 08:00:00 UTC".
SENT_FORM = "%Y-%m-%d %H:%M:%S"
SENT_LENGTH = len("2024-05-01 08:00:00 UTC")
SENT_DTYPE = "datetime64[us, UTC]"  # what pandas gives text with whole seconds


def sent_times(dates: pd.Series) -> pd.Series:
    """Read times written in LinkedIn's own form, in UTC; ``NaT`` where another form is used.

    Every message has a second of its own, so pandas' cache of repeated values does not help:
    the cells of exactly that form are cut to their ISO part, which pandas reads in C (about
    five times faster than matching the " UTC" suffix in its format). A cell in any other
    form (an offset, spaces, another order) is left ``NaT`` for the caller's slower retry.
    """
    values = dates.to_numpy(dtype=object)
    # C-level maps over the cells: no Python loop for each of a large export's messages
    fixed = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) == SENT_LENGTH
    iso = list(map(str.removesuffix, values[fixed], repeat(" UTC")))
    kept = np.fromiter(map(len, iso), dtype=np.int64, count=len(iso)) == SENT_LENGTH
    for at in np.flatnonzero(kept):  # strptime reads its format's letters in any case: " utc"
        if iso[at][-4:].upper() == " UTC":
            iso[at] = iso[at][:-4]
    parsed = pd.to_datetime(iso, format=SENT_FORM, errors="coerce")  # the rest: NaT
    when = np.full(len(values), np.datetime64("NaT"), dtype=parsed.dtype)
    when[fixed] = parsed.to_numpy()
    return pd.Series(when, index=dates.index).dt.tz_localize("UTC").astype(SENT_DTYPE)


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
        comma-separated; ``sent_at`` in UTC; no message text), the owner, and a report that
        gives the line of every row skipped. Lines are found only when a row is reported.

    Raises
    ------
    ContactImportError
        When the file is missing, empty, not text, cut off, or not a messages export.
    """
    export, header_index, names, report = open_csv_export(
        path, REQUIRED, "a LinkedIn messages.csv export", HOW_TO_EXPORT
    )
    raw = csv_table(export, header_index, names, report, HOW_TO_EXPORT, READ_COLUMNS, lines=False)
    line_cache: list[pd.Series] = []

    def lines() -> pd.Series:
        """Each row's line in the file: a pass over the bytes, taken once a row needs it."""
        if not line_cache:
            line_cache.append(table_lines(export, header_index, names, raw))
        return line_cache[0]

    def column(name: str) -> pd.Series:
        """Return the column as written (blank if absent); URLs and dates are trimmed later."""
        return raw[name] if name in raw else stripped(raw, name)

    sender, recipients = stripped(raw, "FROM"), stripped(raw, "TO")
    sender_url = profile_keys(column("SENDER PROFILE URL"))
    if "IS MESSAGE DRAFT" in raw:
        draft = stripped(raw, "IS MESSAGE DRAFT").str.lower().isin(["yes", "true"])
    else:
        draft = pd.Series(False, index=raw.index)
    no_sender = (sender == "") & (sender_url == "")
    dates = column("DATE")
    when = sent_times(dates)
    retry = when.isna() & (dates != "")
    if retry.any():  # other forms: spaces, no " UTC", an offset, ISO with a "T"...
        text = dates[retry].str.strip().str.removesuffix(" UTC")
        when[retry] = pd.to_datetime(text, format="mixed", errors="coerce", utc=True)
    for mask, reason in (
        (draft, "is a draft that was never sent"),
        (~draft & no_sender, "has no sender"),
        (~draft & ~no_sender & when.isna(), None),
    ):
        if not mask.any():
            continue
        for line, value in zip(lines()[mask], dates[mask], strict=True):
            report.skipped.append((int(line), reason or f"date {value!r} not understood"))
    report.skipped.sort()
    conversation = column("CONVERSATION ID")  # an opaque id: compared as written
    blank = conversation == ""
    if blank.any():  # a message outside any conversation is a conversation of its own
        conversation = conversation.mask(blank, "line-" + lines().astype(str))
    recipient_urls = each_distinct(_recipient_keys, column("RECIPIENT PROFILE URLS").to_numpy())
    messages = pd.DataFrame(
        {
            "conversation_id": conversation,
            "sender": sender,
            "sender_url": sender_url,
            "recipients": recipients,
            "recipient_urls": pd.Series(recipient_urls, index=raw.index, dtype=object),
            "sent_at": when,
        }
    )
    keep = ~(draft | no_sender | when.isna())
    messages = messages if keep.all() else messages[keep].reset_index(drop=True)
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
    recipients = _recipients(messages.loc[is_owner, ["recipient_urls", "recipients"]])
    source = messages.loc[recipients["message"], ["conversation_id", "sent_at"]]
    sent = pd.DataFrame(
        {
            "conversation_id": source["conversation_id"].to_numpy(),
            "person_url": recipients["url"].to_numpy(),
            "person": recipients["name"].to_numpy(),
            "direction": "sent",
            "sent_at": source["sent_at"].array,  # .to_numpy() would box every timestamp
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
    rows = rows.sort_values("sent_at", kind="stable")
    key = rows["person_url"].where(rows["person_url"] != "", rows["person"])
    codes, keys = pd.factorize(key, sort=True)  # group on whole numbers, not on text
    is_sent = (rows["direction"] == "sent").to_numpy(dtype="int64")
    table = pd.DataFrame(
        {
            "person": rows["person"].replace("", pd.NA).to_numpy(),
            "conversation_id": pd.factorize(rows["conversation_id"])[0],
            "sent": is_sent,
            "received": 1 - is_sent,
            "sent_at": rows["sent_at"].array,
            "direction": rows["direction"].to_numpy(),
        }
    )
    grouped = table.groupby(codes, sort=True)
    stats = pd.DataFrame(
        {
            "key": keys,
            "person": grouped["person"].first().to_numpy(),
            "conversations": grouped["conversation_id"].nunique().to_numpy(),
            "sent": grouped["sent"].sum().to_numpy(),
            "received": grouped["received"].sum().to_numpy(),
            "first_exchange": grouped["sent_at"].min().array,
            "last_exchange": grouped["sent_at"].max().array,
            "last_direction": grouped["direction"].last().to_numpy(),
        }
    )
    stats["person"] = stats["person"].fillna("").astype(str)
    stats["spoke_last"] = stats.pop("last_direction").map({"sent": "me", "received": "them"})
    stats["whose_turn"] = stats["spoke_last"].map({"them": "mine", "me": "theirs"})
    return stats[columns]
