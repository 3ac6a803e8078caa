"""Charts of the weekly log: pure functions from the log to an altair chart (aggregated first)."""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import pandas as pd

from rapport.charts import ACCENT, MUTED
from rapport.tracker.queries import per_person, week_start


def weekly_people(log: pd.DataFrame, today: date, weeks: int = 12) -> pd.DataFrame:
    """Count unique people per week for the last ``weeks`` weeks (this week last, zeros kept)."""
    starts = [week_start(today) - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    rows = per_person(log)
    counts = {}
    if len(rows):
        rows = rows.assign(week=[week_start(d) for d in rows["date"]])
        counts = rows[rows["week"] >= starts[0]].groupby("week")["person"].nunique().to_dict()
    return pd.DataFrame({"week": starts, "people": [int(counts.get(s, 0)) for s in starts]})


def weekly_chart(log: pd.DataFrame, today: date, goals: dict[date, int], weeks: int = 12):
    """People met per week for the last ``weeks`` weeks, with each week's goal as a tick."""
    data = weekly_people(log, today, weeks)
    data["goal"] = [goals.get(w) for w in data["week"]]
    data["label"] = [w.strftime("%d %b") for w in data["week"]]
    data["this_week"] = data["week"] == week_start(today)
    data = data.drop(columns="week")  # the labels carry the week; dates are not JSON
    order = list(data["label"])
    bars = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("label:N", sort=order, title="week starting", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("people:Q", title="people you interacted with"),
            color=alt.condition(alt.datum.this_week, alt.value(ACCENT), alt.value(MUTED)),
            tooltip=["label:N", "people:Q", "goal:Q"],
        )
    )
    ticks = (
        alt.Chart(data[data["goal"].notna()])
        .mark_tick(color="#111827", thickness=2, size=24)
        .encode(x=alt.X("label:N", sort=order), y="goal:Q")
    )
    title = alt.TitleParams("The last 12 weeks", subtitle="black ticks: your weekly goal",
                            anchor="start")  # fmt: skip
    return alt.layer(bars, ticks).properties(title=title, width=520, height=200)


def give_ask_chart(log: pd.DataFrame, today: date, weeks: int = 12) -> alt.Chart:
    """Chart gives and asks per week over the last ``weeks`` weeks."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    recent = log[(log["date"] >= first) & log["kind"].isin(["give", "ask"])] if len(log) else log
    counts = (
        pd.DataFrame({"week": [week_start(d) for d in recent["date"]], "kind": recent["kind"]})
        .value_counts()
        .rename("count")
        .reset_index()
        if len(recent)
        else pd.DataFrame({"week": [], "kind": [], "count": []})
    )
    counts = counts.sort_values("week", kind="stable") if len(counts) else counts
    counts["label"] = [w.strftime("%d %b") for w in counts["week"]]
    order = list(dict.fromkeys(counts["label"]))  # weeks in time order, not alphabetical
    counts = counts.drop(columns="week")
    return (
        alt.Chart(counts, title=alt.TitleParams("Give and ask", anchor="start"))
        .mark_bar()
        .encode(
            x=alt.X("label:N", sort=order, title="week starting", axis=alt.Axis(labelAngle=0)),
            xOffset="kind:N",
            y=alt.Y("count:Q", title=None),
            color=alt.Color(
                "kind:N", scale=alt.Scale(domain=["give", "ask"], range=[ACCENT, MUTED])
            ),
            tooltip=["label:N", "kind:N", "count:Q"],
        )
        .properties(width=520, height=180)
    )
