"""Who a row is: the one place that says when two profile URLs, names or emails are the same.

Every importer, the merge of several exports, the matching of messages to contacts and the
contact ids use these keys, so a person written ``https://uk.linkedin.com/in/ana/`` in one file
and ``www.linkedin.com/in/ana`` in another is recognised as the same person everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

import pandas as pd

_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_EMAIL_SPLIT = re.compile(r"[;,]")
# Hosts that serve the same profile under several names: country and mobile subdomains.
SHARED_HOSTS = ("linkedin.com", "facebook.com", "xing.com")
LEGAL_SUFFIXES = {"inc", "ltd", "llc", "gmbh", "co", "corp", "plc", "sa", "ag", "bv", "limited"}


@lru_cache(maxsize=1 << 18)  # the same URLs are keyed on import and again in the audit
def profile_key(url: str) -> str:
    """Return a profile URL in the form that compares equal however it was written.

    Scheme, ``www.``, ``m.`` and country subdomains (``uk.linkedin.com``), case, percent-escapes,
    query, fragment and trailing slashes are dropped. A URL without a path (a company's home page,
    which colleagues share) is not a profile and gives ``""``.

    Parameters
    ----------
    url
        A URL as written in an export, e.g. ``"https://uk.linkedin.com/in/Ana/?trk=x"``.

    Returns
    -------
    str
        ``"linkedin.com/in/ana"`` for the example; ``""`` for a blank or path-less URL.
    """
    text = url.strip().lower()
    scheme, found, rest = text.partition("://")
    if found and _SCHEME.fullmatch(scheme):
        text = rest
    text = text.partition("?")[0].partition("#")[0].rstrip("/")
    host, _, path = text.partition("/")
    host = host.removeprefix("www.").removeprefix("m.")
    for shared in SHARED_HOSTS:
        if host.endswith("." + shared):
            host = shared
    if "%" in path:
        path = unquote(path).rstrip("/")
    return f"{host}/{path}" if host and path else ""


def profile_keys(urls: pd.Series) -> pd.Series:
    """Vectorised :func:`profile_key`: each distinct URL of the column is keyed once."""
    values = urls.to_numpy(dtype=object)  # plain objects: iterating pandas' "str" arrays is slow
    keys = {url: profile_key(url) for url in pd.unique(values)}
    return pd.Series([keys[url] for url in values], index=urls.index, dtype=object)


def name_key(name: str) -> str:
    """Fold a name for comparison: ``"Zoë-Ann  O'Neil"`` -> ``"zoe ann o neil"``.

    Case, accents and punctuation are ignored and spaces collapsed; a blank name gives ``""``.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def name_keys(names: pd.Series) -> pd.Series:
    """Vectorised :func:`name_key` (each distinct name once)."""
    values = names.to_numpy(dtype=object)
    keys = {name: name_key(name) for name in pd.unique(values)}
    return pd.Series([keys[name] for name in values], index=names.index, dtype=object)


def email_keys(cell: str) -> list[str]:
    """Return the addresses in an email cell (``;`` or ``,`` separated), lower-cased."""
    return [part.strip().lower() for part in _EMAIL_SPLIT.split(cell) if "@" in part]


def company_key(company: str) -> str:
    """Fold a company name, also dropping a trailing ``Inc``, ``Ltd``, ``GmbH``..."""
    words = name_key(company).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def person_key(url: str = "", email: str = "") -> str:
    """Return the strongest identity a row carries: its profile URL, else its first email.

    Returns ``""`` when the row has neither (it can then only be told apart by name and place).
    """
    key = profile_key(url)
    if key:
        return key
    emails = email_keys(email)
    return "mailto:" + emails[0] if emails else ""
