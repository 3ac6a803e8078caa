"""Merge the contacts of several imports so that each person appears once.

Two rows are the same person when they share a profile URL (compared in a normalised form), or
an email address, or the same name (case, accents and punctuation ignored) together with the same
company, or with a company on one side only. Names alone are weak evidence, so:

* a row without a name is never merged by name;
* two people with one name at different companies stay apart;
* when a name belongs to several people at different companies, the rows with that name and no
  company stay apart too: there is no telling whose they are.

Each merged person keeps the first non-blank value of each field (in the order of the imports),
every distinct email and phone, the earliest ``connected_on``, and the sources joined by ``+``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pandas as pd

from rapport.contacts.table import COLUMNS, ContactsImport, contacts_frame
from rapport.identity import company_key, email_keys, name_key, profile_key

SAME_URL, SAME_EMAIL, SAME_NAME = "same url", "same email", "same name and company"
MERGED_COLUMNS = ("merged_into", "contact_id", "name", "source", "line", "reason")


@dataclass
class MergeResult:
    """The merged contacts and the record of which rows were merged.

    Attributes
    ----------
    contacts
        One row per person, with the columns of the contacts table.
    merged
        One row per input row that was merged with another: ``merged_into`` (the person's
        ``contact_id`` in ``contacts``), the input row's ``contact_id``, ``name``, ``source`` and
        ``line``, and ``reason`` (``"same url"``, ``"same email"``, ``"same name and company"``,
        several joined by ``"; "``).
    """

    contacts: pd.DataFrame
    merged: pd.DataFrame

    def summary(self) -> str:
        """Return one plain sentence a learner can read."""
        groups = self.merged["merged_into"].nunique()
        rows = len(self.contacts) + len(self.merged) - groups
        text = f"{rows} rows became {len(self.contacts)} people"
        if groups:
            people = "person" if groups == 1 else "people"
            text += f": {len(self.merged)} rows were merged into {groups} {people}"
        return text + "."


class _Groups:
    """Union-find over row numbers, remembering the edges that joined groups and their companies."""

    def __init__(self, companies: list[str]) -> None:
        self.parent = list(range(len(companies)))
        self.companies = [{c} if c else set() for c in companies]
        self.edges: list[tuple[int, int, str]] = []

    def root(self, row: int) -> int:
        while self.parent[row] != row:
            self.parent[row] = self.parent[self.parent[row]]
            row = self.parent[row]
        return row

    def join(self, a: int, b: int, reason: str) -> None:
        root_a, root_b = self.root(a), self.root(b)
        if root_a == root_b:
            return
        low, high = sorted((root_a, root_b))
        self.parent[high] = low
        self.companies[low] |= self.companies[high]
        self.edges.append((a, b, reason))


def _join_on(groups: _Groups, keys: list[list[str]], reason: str) -> None:
    first: dict[str, int] = {}
    for row, row_keys in enumerate(keys):
        for key in row_keys:
            groups.join(first.setdefault(key, row), row, reason)


def _join_by_name(groups: _Groups, names: list[str]) -> None:
    rows_by_name: dict[str, list[int]] = {}
    for row, name in enumerate(names):
        if name:
            rows_by_name.setdefault(name, []).append(row)
    for rows in rows_by_name.values():
        by_company: dict[str, int] = {}
        for row in rows:  # same name and a company in common
            for company in sorted(groups.companies[groups.root(row)]):
                groups.join(by_company.setdefault(company, row), row, SAME_NAME)
        with_company = {groups.root(row): row for row in rows if groups.companies[groups.root(row)]}
        without = [row for row in rows if not groups.companies[groups.root(row)]]
        if len(with_company) > 1 or not without:
            continue  # several people of that name: rows without a company stay apart
        anchor = next(iter(with_company.values()), without[0])
        for row in without:
            groups.join(anchor, row, SAME_NAME)


def _combine(rows: list[dict]) -> dict:
    """One record from the rows of one person, in input order."""
    record = {"contact_id": rows[0]["contact_id"], "line": rows[0]["line"]}
    for column in ("first_name", "last_name", "name", "company", "position", "url"):
        record[column] = next((row[column] for row in rows if row[column]), "")
    for column in ("email", "phone"):
        values: dict[str, str] = {}
        for row in rows:
            for part in row[column].split(";"):
                if part.strip():
                    values.setdefault(part.strip().casefold(), part.strip())
        record[column] = "; ".join(values.values())
    dates = [row["connected_on"] for row in rows if not pd.isna(row["connected_on"])]
    record["connected_on"] = min(dates) if dates else None
    record["source"] = "+".join(dict.fromkeys(row["source"] for row in rows))
    return record


def merge_contacts(imports: list[ContactsImport | pd.DataFrame]) -> MergeResult:
    """De-duplicate the same person across imports.

    Parameters
    ----------
    imports
        The imports to merge (a bare contacts table is accepted too), in order of preference:
        the first non-blank value of a field wins.

    Returns
    -------
    MergeResult
        ``contacts`` with one row per person and ``merged``, the rows that were merged and why.
    """
    frames = [item.contacts if isinstance(item, ContactsImport) else item for item in imports]
    frames = [frame[list(COLUMNS)] for frame in frames if len(frame)]
    table = pd.concat(frames, ignore_index=True) if frames else contacts_frame([])
    rows = table.to_dict("records")
    groups = _Groups([company_key(row["company"]) for row in rows])
    urls = [profile_key(row["url"]) for row in rows]
    _join_on(groups, [[url] if url else [] for url in urls], SAME_URL)
    _join_on(groups, [email_keys(row["email"]) for row in rows], SAME_EMAIL)
    _join_by_name(groups, [name_key(row["name"]) for row in rows])

    reasons: dict[int, list[str]] = {}
    for a, b, reason in groups.edges:
        for number in (a, b):
            if reason not in reasons.setdefault(number, []):
                reasons[number].append(reason)
    members: dict[int, list[int]] = {}
    for number in range(len(rows)):
        members.setdefault(groups.root(number), []).append(number)
    order = [SAME_URL, SAME_EMAIL, SAME_NAME]
    records, merged = [], []
    used: set[str] = set()
    for numbers in members.values():
        record = _combine([rows[number] for number in numbers])
        # Two people can share an id when they share a non-profile URL (a company home page).
        base, count = record["contact_id"], 0
        while record["contact_id"] in used:
            count += 1
            record["contact_id"] = hashlib.sha1(f"{base}|{count}".encode()).hexdigest()[:12]
        used.add(record["contact_id"])
        records.append(record)
        for number in numbers if len(numbers) > 1 else []:
            original = rows[number]
            merged.append(
                {
                    "merged_into": record["contact_id"],
                    **{key: original[key] for key in ("contact_id", "name", "source", "line")},
                    "reason": "; ".join(sorted(reasons.get(number, []), key=order.index)),
                }
            )
    merged_frame = pd.DataFrame.from_records(merged, columns=list(MERGED_COLUMNS))
    merged_frame["line"] = merged_frame["line"].astype("int64")
    return MergeResult(contacts=contacts_frame(records), merged=merged_frame)
