# coding: utf-8

def count_connections(contacts: pd.DataFrame) -> int:
    """Return how many rows of ``contacts`` have a non-blank name."""
    return int((contacts["name"].fillna("").str.strip() != "").sum())


def share_at_company(contacts: pd.DataFrame, company: str) -> float:
    """Return the share of rows of ``contacts`` whose company matches ``company``."""
    wanted = company.strip().casefold()
    if not wanted or len(contacts) == 0:
        return 0.0
    names = contacts["company"].fillna("").str.strip().str.casefold()
    return float((names == wanted).mean())


def added_per_year(contacts: pd.DataFrame) -> pd.Series:
    """Return connections added per year, quiet years included as zero."""
    years = contacts["connected_on"].dropna().dt.year.astype(int)
    if years.empty:
        return pd.Series([], dtype=int)
    counts = years.value_counts()
    return counts.reindex(range(years.min(), years.max() + 1), fill_value=0)
