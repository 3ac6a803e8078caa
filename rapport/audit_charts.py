"""Charts of the audit measures: pure functions from the measure's table to an altair chart.

Every chart is built from data already aggregated in pandas (a few dozen rows at most), so a
30,000-contact export never comes near altair's 5,000-row limit, and every chart renders offline
with :func:`rapport.charts.enable_offline_renderer`.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from rapport.charts import ACCENT, MUTED

TIER_COLOURS = ("#cbd5e1", "#93c5fd", "#60a5fa", "#2563eb", "#1e3a8a")
WAIT_BUCKETS = ((7, "under a week"), (30, "1-4 weeks"), (91, "1-3 months"),
                (365, "3-12 months"), (10**6, "over a year"))  # fmt: skip


def _title(text: str, subtitle: str) -> alt.TitleParams:
    return alt.TitleParams(text, subtitle=subtitle, anchor="start")


def inch_deep_chart(ratio: float, total: int) -> alt.Chart:
    """One bar split into list entries and the rest, labelled with the inch-deep ratio."""
    listed = round(ratio * total)
    data = pd.DataFrame(
        {
            "kind": ["list entries (tier 0)", "conversed (tier 1+)"],
            "contacts": [listed, total - listed],
            "order": [0, 1],
        }
    )
    return (
        alt.Chart(data, title=_title("How deep is the list?", f"{ratio:.0%} are list entries"))
        .mark_bar()
        .encode(
            x=alt.X("contacts:Q", stack="zero", title="contacts"),
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(range=[MUTED, ACCENT]),
                sort=["list entries (tier 0)", "conversed (tier 1+)"],
                legend=alt.Legend(orient="bottom", title=None),
            ),
            order="order:Q",
            tooltip=["kind:N", "contacts:Q"],
        )
        .properties(width=520, height=50)
    )


def depth_pyramid_chart(pyramid: pd.DataFrame) -> alt.LayerChart:
    """Contacts at each tier or deeper, with Dunbar's layer sizes marked for comparison."""
    data = pyramid.assign(
        label=[f"{t} {n}" for t, n in zip(pyramid["tier"], pyramid["name"], strict=True)]
    )
    order = list(data["label"][::-1])
    bars = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("label:N", sort=order, title=None),
            x=alt.X("at_least:Q", title="contacts at this tier or deeper"),
            color=alt.Color("tier:O", scale=alt.Scale(range=list(TIER_COLOURS)), legend=None),
            tooltip=["name:N", "contacts:Q", "at_least:Q", "dunbar_layer:Q"],
        )
    )
    layers = (
        alt.Chart(data[data["dunbar_layer"].notna()])
        .mark_tick(color="#111827", thickness=2, size=22)
        .encode(y=alt.Y("label:N", sort=order), x="dunbar_layer:Q")
    )
    subtitle = "black ticks: Dunbar's layers of about 15, 50 and 150 people"
    return alt.LayerChart(layer=[bars, layers]).properties(
        title=_title("Depth pyramid", subtitle), width=520, height=180
    )


def added_vs_conversations_chart(per_year: pd.DataFrame) -> alt.Chart:
    """Chart connections added each year beside the conversations started that year."""
    long = per_year.melt("year", var_name="measure", value_name="count")
    long["measure"] = long["measure"].map(
        {"added": "connections added", "conversations_started": "conversations started"}
    )
    long["year"] = long["year"].astype(str)
    return (
        alt.Chart(long, title=_title("Collecting vs connecting", "per year"))
        .mark_bar()
        .encode(
            x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)),
            xOffset="measure:N",
            y=alt.Y("count:Q", title=None),
            color=alt.Color(
                "measure:N",
                scale=alt.Scale(range=[MUTED, ACCENT]),
                legend=alt.Legend(orient="bottom", title=None),
            ),
            tooltip=["year:O", "measure:N", "count:Q"],
        )
        .properties(width=520, height=220)
    )


def _bucket(days: pd.Series) -> pd.DataFrame:
    labels = [label for _, label in WAIT_BUCKETS]
    edges = [-1] + [limit for limit, _ in WAIT_BUCKETS]
    binned = pd.cut(days.dropna(), bins=edges, labels=labels)
    counts = binned.value_counts().reindex(labels, fill_value=0)
    return pd.DataFrame({"bucket": labels, "contacts": counts.to_numpy().astype("int64")})


def waiting_chart(days_waiting: pd.Series) -> alt.Chart:
    """How long the people who wrote last have been waiting for the learner's reply."""
    data = _bucket(days_waiting)
    return (
        alt.Chart(data, title=_title("Your turn", f"{int(data['contacts'].sum())} replies owed"))
        .mark_bar(color=ACCENT)
        .encode(
            x=alt.X(
                "bucket:N",
                sort=list(data["bucket"]),
                title="waiting for",
                axis=alt.Axis(labelAngle=0),
            ),
            y=alt.Y("contacts:Q", title="contacts"),
            tooltip=["bucket:N", "contacts:Q"],
        )
        .properties(width=520, height=200)
    )


def dormant_chart(days_quiet: pd.Series) -> alt.Chart:
    """Once-active ties by how many whole years they have been quiet."""
    years = (days_quiet.dropna() // 365).astype("int64")
    counts = years.value_counts().sort_index()
    data = pd.DataFrame(
        {"years": [f"{y}+ years" for y in counts.index], "contacts": counts.to_numpy()}
    )
    return (
        alt.Chart(data, title=_title("Dormant ties", "once in touch, now quiet"))
        .mark_bar(color="#2563eb")
        .encode(
            x=alt.X(
                "years:N", sort=list(data["years"]), title="quiet for", axis=alt.Axis(labelAngle=0)
            ),
            y=alt.Y("contacts:Q", title="contacts"),
            tooltip=["years:N", "contacts:Q"],
        )
        .properties(width=520, height=200)
    )
