"""Who a row is: the one place that says when two profile URLs, names or emails are the same.

Every importer, the merge of several exports, the matching of messages to contacts and the
contact ids use these keys, so a person written ``https://uk.linkedin.com/in/ana/`` in one file
and ``www.linkedin.com/in/ana`` in another is recognised as the same person everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import unquote

import numpy as np
import pandas as pd

_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_EMAIL_SPLIT = re.compile(r"[;,]")
# Hosts that serve the same profile under several names: country and mobile subdomains.
SHARED_HOSTS = ("linkedin.com", "facebook.com", "xing.com")
_SHARED_SUFFIXES = tuple("." + host for host in SHARED_HOSTS)
_WEB_SCHEMES = frozenset({"https", "http"})
# The form almost every row of a LinkedIn export has, already as plain as it gets.
_PLAIN_LINKEDIN = re.compile(r"https://www\.linkedin\.com/(in/[a-z0-9-]+)")
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
    # Called once per row of a large export: each step is skipped when it has nothing to do.
    plain = _PLAIN_LINKEDIN.fullmatch(url)
    if plain:
        return "linkedin.com/" + plain[1]
    text = url.strip().lower()
    if "://" in text:
        scheme, _, rest = text.partition("://")
        if scheme in _WEB_SCHEMES or _SCHEME.fullmatch(scheme):
            text = rest
    if "?" in text:
        text = text.partition("?")[0]
    if "#" in text:
        text = text.partition("#")[0]
    host, _, path = text.rstrip("/").partition("/")
    if host.startswith(("www.", "m.")):
        host = host.removeprefix("www.").removeprefix("m.")
    if host.endswith(_SHARED_SUFFIXES):
        host = next(shared for shared in SHARED_HOSTS if host.endswith("." + shared))
    if "%" in path:
        path = unquote(path).rstrip("/")
    return f"{host}/{path}" if host and path else ""


def each_distinct(function: Callable[[str], str], values: np.ndarray) -> np.ndarray:
    """Return ``function`` of each value, calling it once per distinct value (in C loops)."""
    # a missing value (NaN, None) is passed to ``function`` too, not given a sentinel code
    codes, distinct = pd.factorize(values, use_na_sentinel=False)
    done = np.empty(len(distinct), dtype=object)
    done[:] = list(map(function, distinct))
    return done[codes]


def profile_keys(urls: pd.Series) -> pd.Series:
    """Vectorised :func:`profile_key`: each distinct URL of the column is keyed once."""
    values = urls.to_numpy(dtype=object)  # plain objects: iterating pandas' "str" arrays is slow
    return pd.Series(each_distinct(profile_key, values), index=urls.index, dtype=object)


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
    return pd.Series(each_distinct(name_key, values), index=names.index, dtype=object)


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
