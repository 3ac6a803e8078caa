"""Generate the bundled sample data: one fictional learner's exports and weekly log.

The workbook and exercises must run without anyone's personal data, so the package ships three
files imitating what a learner brings (see ``rapport/data``):

- ``Connections.csv``: a LinkedIn-style connections export of about 430 people over 12 years,
  with the quirks of the real file (note lines before the header, blank emails, quoted commas,
  hidden accounts, names in many scripts).
- ``messages.csv``: a LinkedIn-style messages export. Most connections have no conversation at
  all, and those that do show the patterns the course names: real conversations, silence,
  boilerplate plugs, connect-then-pitch, ghost returns, vague asks, and a few calls and coffees.
- ``interactions.csv``: twelve weeks of the learner's own interaction log, for the tracker.

Everything is invented and the output is byte-for-byte deterministic for a given seed. Run
``python -m rapport.sample_data`` to regenerate the committed files.
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from rapport import sample_pools as pools
from rapport.fileio import write_atomic

OWNER_NAME = "Tamsin Quarrie"
OWNER_URL = "https://www.linkedin.com/in/tamsin-quarrie-7d2a91"
FORMER_EMPLOYER = "Lanternfish Logistics"
CURRENT_EMPLOYER = "Copperleaf Clinics"
FIRST_EMPLOYER = "Gullwing Freight Brokers"
DATA_DIR = Path(__file__).resolve().parent / "data"
LAST_DAY = date(2026, 10, 31)
WEEK_ONE = date(2026, 8, 3)  # Monday; the log covers 12 weeks to Sunday 2026-10-25

CONNECTIONS_HEADER = (
    "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"
)  # fmt: skip
MESSAGES_HEADER = (
    "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
)  # fmt: skip
INTERACTIONS_HEADER = ("date", "people", "channel", "direction", "kind", "note")
PREAMBLE_NOTE = (
    "About this file: an email address is listed only when that person has chosen to share it "
    "with their connections, so most rows have none. Every person in it is fictional."
)

# (year, connections made, optional burst: (first day of burst, days it lasts, share of year)).
_YEARS = (
    (2014, 14, None), (2015, 19, None), (2016, 38, ((6, 1), 25, 0.45)), (2017, 27, None),
    (2018, 52, ((10, 15), 4, 0.55)), (2019, 31, None), (2020, 18, None),
    (2021, 58, ((6, 1), 35, 0.5)), (2022, 36, None), (2023, 29, None), (2024, 26, None),
    (2025, 44, ((3, 18), 10, 0.3)), (2026, 36, None),
)  # fmt: skip
_EMPLOYER_COUNTS = (  # (company, people, connected from, connected until)
    (FORMER_EMPLOYER, 33, date(2016, 5, 15), date(2021, 8, 31)),
    (CURRENT_EMPLOYER, 14, date(2021, 6, 1), LAST_DAY),
    (FIRST_EMPLOYER, 7, date(2014, 1, 1), date(2016, 6, 30)),
)
_SHARES = {"no_company": 0.05, "no_position": 0.055, "email": 0.1}  # of all rows, exact

# Hours drawn for each gap kind named in ``sample_pools.SCRIPTS``.
_GAPS = {"hours": (0.3, 48.0), "days": (6.0, 480.0), "weeks": (120.0, 480.0),
         "months": (2200.0, 13000.0)}  # fmt: skip
_RECONNECT_WINDOW = (datetime(2022, 1, 10), datetime(2026, 9, 30))  # after the owner moved on
_WEEK_PLAN = (7, 8, 5, 0, 9, 6, 2, 7, 9, 0, 5, 8)  # rows per week: two empty weeks
_KIND_SHARE = (("give", 0.36), ("ask", 0.13), ("follow-up", 0.18), ("introduction", 0.08))
_SAY_ME = {"give": 0.75, "ask": 0.5, "check-in": 0.7, "follow-up": 0.7, "introduction": 0.8}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TRANSLIT = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"}
    | {"Æ": "Ae", "þ": "th", "Þ": "Th", "ı": "i"}
)


@dataclass(frozen=True)
class Contact:
    """One row of the connections export (or the owner, or a stranger who writes)."""

    first: str
    last: str
    url: str
    email: str
    company: str
    position: str
    connected: date

    @property
    def name(self) -> str:
        """Full name as ``First Last``."""
        return f"{self.first} {self.last}".strip()


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    plain = plain.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _pick_name(rng: random.Random) -> tuple[str, str, str]:
    weights = [culture[0] for culture in pools.CULTURES]
    _, firsts, lasts = rng.choices(pools.CULTURES, weights=weights)[0]
    first, _, first_roman = rng.choice(firsts).partition("/")
    last, _, last_roman = rng.choice(lasts).partition("/")
    return first, last, f"{_slug(first_roman or first)}-{_slug(last_roman or last)}"


def _connection_dates(rng: random.Random) -> list[date]:
    dates = []
    for year, count, burst in _YEARS:
        start, end = date(year, 1, 1), min(date(year, 12, 31), LAST_DAY)
        for _ in range(count):
            if burst and rng.random() < burst[2]:
                day = date(year, *burst[0]) + timedelta(days=rng.randrange(burst[1]))
            else:
                day = start + timedelta(days=rng.randrange((end - start).days + 1))
            dates.append(day)
    return dates


def _build_connections(rng: random.Random) -> list[Contact]:
    dates = _connection_dates(rng)
    hidden = set(rng.sample(range(len(dates)), rng.randint(3, 6)))
    companies: dict[int, str] = {}
    for company, count, since, until in _EMPLOYER_COUNTS:
        pool = [i for i, d in enumerate(dates) if since <= d <= until]
        pool = [i for i in pool if i not in hidden and i not in companies]
        companies.update(dict.fromkeys(rng.sample(pool, count), company))
    visible = [i for i in range(len(dates)) if i not in hidden]
    share = {key: round(value * len(dates)) for key, value in _SHARES.items()}
    no_company = set(rng.sample([i for i in visible if i not in companies], share["no_company"]))
    no_position = set(rng.sample(visible, share["no_position"]))
    with_email = set(rng.sample(visible, share["email"]))
    names: set[str] = {OWNER_NAME}
    urls: set[str] = set()
    rows = []
    for i, day in enumerate(dates):
        if i in hidden:
            rows.append(Contact("", "", "", "", "", "", day))
            continue
        first, last, slug = _pick_name(rng)
        while f"{first} {last}" in names:
            first, last, slug = _pick_name(rng)
        names.add(f"{first} {last}")
        url = ""
        while not url or url in urls:
            url = f"https://www.linkedin.com/in/{slug}-{rng.getrandbits(24):06x}"
        urls.add(url)
        email = ""
        if i in with_email:
            user = rng.choice((slug.replace("-", "."), slug[0] + slug.split("-")[-1]))
            email = f"{user}@{rng.choice(('example.com', 'example.org', 'example.net'))}"
        company = companies.get(i, "")
        if not company and i not in no_company:
            company = rng.choice(pools.COMPANIES)
        position = "" if i in no_position else rng.choice(pools.POSITIONS)
        rows.append(Contact(first, last, url, email, company, position, day))
    order = sorted(range(len(rows)), key=lambda i: (rows[i].connected, -i), reverse=True)
    return [rows[i] for i in order]


def _linkedin_day(day: date) -> str:
    """Format like ``05 Mar 2019``, independent of the process locale (unlike ``%b``)."""
    return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def _owner_work(day: date) -> str:
    return [text for start, text in pools.OWNER_WORK if date.fromisoformat(start) <= day][-1]


def _role(person: Contact) -> str:
    if person.position and person.company:
        return f"working as {person.position} at {person.company}"
    if person.company:
        return f"working at {person.company}"
    return f"working as {person.position}" if person.position else "between jobs at the moment"


def _fill(rng: random.Random, key: str, person: Contact, when: datetime, thread: dict) -> str:
    """Fill one template; ``thread`` holds what must agree across a thread's messages."""
    slots = {
        "first": person.first, "owner_first": OWNER_NAME.split()[0], "role": _role(person),
        "my_work": _owner_work(when.date()), "project": rng.choice(pools.PROJECTS),
        "question": rng.choice(pools.QUESTIONS_BACK), "memory": rng.choice(pools.MEMORIES),
        "place": rng.choice(pools.PLACES).capitalize(), "former": FORMER_EMPLOYER,
        "site": "https://example.org",
        "their_place": f"at {person.company}" if person.company else "in your work",
    }  # fmt: skip
    templates = pools.MESSAGES[key]
    if any(key in chain for chain in pools.PAIRED):
        return templates[int(thread["pick"] * len(templates))].format(**slots, **thread)
    return rng.choice(templates).format(**slots, **thread)


def _conversation_id(rng: random.Random) -> str:
    raw = f"{rng.getrandbits(128):032x}"
    uuid = "-".join((raw[:8], raw[8:12], raw[12:16], raw[16:20], raw[20:]))
    return "2-" + base64.b64encode(uuid.encode("ascii")).decode("ascii")


def _timeline(rng: random.Random, gaps: list[str], connected: date) -> list[datetime]:
    """Draw one thread's times: hours after connecting, mapped into 07:00-22:00 each day."""
    limit = ((LAST_DAY - connected).days + 1) * 24.0 - 0.01
    start = datetime.combine(connected, datetime.min.time())
    offsets, total = [], rng.uniform(0.0, 12.0)
    for gap in gaps:
        if gap == "after_leaving":  # an absolute window, not a gap
            low, high = (when - start for when in _RECONNECT_WINDOW)
            total = rng.uniform(low.total_seconds(), high.total_seconds()) / 3600
        else:
            total += rng.uniform(*_GAPS[gap])
        offsets.append(total)
    if offsets[-1] > limit:  # too recent a connection: squeeze the thread to fit
        offsets = [hours * limit / offsets[-1] for hours in offsets]
    times = []
    for hours in offsets:
        day, rest = divmod(hours, 24.0)
        times.append(start + timedelta(days=day, seconds=round((7 + rest * 15 / 24) * 3600)))
    return times


def _build_messages(
    rng: random.Random, people: list[Contact]
) -> tuple[list[list[str]], dict[str, list[Contact]]]:
    first, last = OWNER_NAME.split()
    owner = Contact(first, last, OWNER_URL, "", "", "", date(2014, 1, 1))
    named = [p for p in people if p.url]
    pool = rng.sample(named, len(named))
    cutoff = {"months": 560}
    staff = (FORMER_EMPLOYER, CURRENT_EMPLOYER, FIRST_EMPLOYER)  # colleagues talk elsewhere
    assigned: dict[str, list[Contact]] = {}
    for script, count in pools.SCRIPT_COUNTS:
        steps = pools.SCRIPTS[script][0]
        room = max(cutoff.get(gap, 0) for _, _, gap in steps)
        if script == "reconnect":
            fits = [p for p in pool if p.company == FORMER_EMPLOYER]
        else:
            fits = [p for p in pool if p.company not in staff]
        chosen = [p for p in fits if (LAST_DAY - p.connected).days >= room][:count]
        assigned[script] = chosen
        pool = [p for p in pool if p not in chosen]
    threads = []
    for script, chosen in assigned.items():
        steps, low, high = pools.SCRIPTS[script]
        for person in chosen:
            kept = steps[: rng.randint(low, high)]
            weekday, weekday2 = rng.sample(pools.WEEKDAYS, 2)
            mutual = rng.choice([p.name for p in named[:50] if p is not person])
            thread = {"pick": rng.random(), "weekday": weekday, "weekday2": weekday2}
            thread["mutual"] = mutual
            times = _timeline(rng, [gap for _, _, gap in kept], person.connected)
            msgs = []
            for (who, key, _), when in zip(kept, times, strict=True):
                sender, to = (owner, person) if who == "me" else (person, owner)
                msgs.append((when, sender, to, "", _fill(rng, key, person, when, thread)))
            threads.append((_conversation_id(rng), "", msgs))
    for name, role, subject, text in pools.STRANGERS:
        first, last = name.split()
        url = f"https://www.linkedin.com/in/{_slug(name)}-{rng.getrandbits(24):06x}"
        stranger = Contact(first, last, url, "", role, "", date(2026, 1, 1))
        when = datetime(2026, rng.randint(1, 9), rng.randint(1, 28), rng.randint(8, 18))
        text = text.format(owner_first=OWNER_NAME.split()[0])
        threads.append((_conversation_id(rng), subject, [(when, stranger, owner, subject, text)]))
    threads.sort(key=lambda t: max(m[0] for m in t[2]), reverse=True)
    rows = []
    for conv_id, title, msgs in threads:
        for when, sender, to, subject, text in sorted(msgs, key=lambda m: m[0], reverse=True):
            stamp = when.strftime("%Y-%m-%d %H:%M:%S UTC")
            rows.append([conv_id, title, sender.name, sender.url, to.name, to.url, stamp,
                         subject, text, "INBOX"])  # fmt: skip
    return rows, assigned


def _build_interactions(
    rng: random.Random, people: list[Contact], assigned: dict[str, list[Contact]]
) -> list[list[str]]:
    warm = ("conversation", "their_note", "call", "coffee", "combination", "reconnect")
    core = [p for key in warm for p in assigned[key]]
    others = rng.sample([p for p in people if p.url and p not in core], 8)
    total = sum(_WEEK_PLAN)
    kinds = [kind for kind, share in _KIND_SHARE for _ in range(max(3, round(share * total)))]
    kinds += ["check-in"] * (total - len(kinds))
    rng.shuffle(kinds)
    rows = []
    for week, count in enumerate(_WEEK_PLAN):
        days = rng.choices(range(7), weights=(3, 3, 3, 3, 2, 1, 1), k=count)
        for offset in sorted(days):
            day = WEEK_ONE + timedelta(days=7 * week + offset)
            kind = kinds.pop()
            direction = "me" if rng.random() < _SAY_ME[kind] else "them"
            notes = [n for n in pools.NOTES if n[:2] == (kind, direction)]
            _, _, channel, note = rng.choice(notes)
            known = [p for p in (core if rng.random() < 0.8 else others) if p.connected <= day]
            size = rng.randint(1, 3) if channel == "event" else 1
            size = 2 if kind == "introduction" else size
            group = rng.sample(known, size)
            note = note.format(a=group[0].first, b=group[-1].first)
            people_text = "; ".join(p.name for p in group)
            rows.append([day.isoformat(), people_text, channel, direction, kind, note])
    return rows


def _csv_text(header: tuple[str, ...], rows: list, preamble: str = "") -> str:
    buffer = io.StringIO(newline="")
    buffer.write(preamble)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def generate(out_dir: Path, seed: int = 2026) -> dict[str, Path]:
    """Write the three sample files into ``out_dir``.

    Parameters
    ----------
    out_dir : Path
        Folder to write into; created if missing. Existing files are replaced atomically.
    seed : int
        Seed for the random generator; the same seed always gives the same bytes.

    Returns
    -------
    dict[str, Path]
        Paths keyed ``"connections"``, ``"messages"`` and ``"interactions"``.
    """
    rng = random.Random(seed)
    people = _build_connections(rng)
    messages, assigned = _build_messages(rng, people)
    interactions = _build_interactions(rng, people, assigned)
    preamble = f'Notes:\n"{PREAMBLE_NOTE}"\n\n'
    connections = [
        [p.first, p.last, p.url, p.email, p.company, p.position, _linkedin_day(p.connected)]
        for p in people
    ]
    files = (
        ("connections", "Connections.csv", _csv_text(CONNECTIONS_HEADER, connections, preamble)),
        ("messages", "messages.csv", _csv_text(MESSAGES_HEADER, messages)),
        ("interactions", "interactions.csv", _csv_text(INTERACTIONS_HEADER, interactions)),
    )
    paths = {key: Path(out_dir) / filename for key, filename, _ in files}
    for key, _, text in files:
        write_atomic(paths[key], text)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Regenerate the sample files from the command line.

    Parameters
    ----------
    argv : list[str] or None
        Arguments without the program name; ``None`` reads ``sys.argv``.

    Returns
    -------
    int
        Exit status, 0 on success.
    """
    parser = argparse.ArgumentParser(
        prog="python -m rapport.sample_data", description="Write the bundled sample data."
    )
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="folder to write into")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    args = parser.parse_args(argv)
    for path in generate(args.out, seed=args.seed).values():
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
