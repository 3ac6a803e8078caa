"""Measures of how a network was collected and how deep it goes."""

from __future__ import annotations

import pandas as pd


def connections_per_year(contacts: pd.DataFrame) -> pd.Series:
    """Count connections added each year, with quiet years shown as zero.

    Parameters
    ----------
    contacts
        A contacts table with a ``connected_on`` datetime column (see :mod:`rapport.contacts`).

    Returns
    -------
    pandas.Series
        Integer counts indexed by year (``int``), ascending, from the first to the last year
        with a connection. Rows without a date are not counted. Empty when no row has a date.
    """
    years = contacts["connected_on"].dropna().dt.year.astype("int64")
    if years.empty:
        return pd.Series([], dtype="int64", index=pd.Index([], dtype="int64", name="year"))
    counts = years.value_counts()
    index = pd.Index(range(int(years.min()), int(years.max()) + 1), name="year")
    return counts.reindex(index, fill_value=0).astype("int64").rename("connections")
