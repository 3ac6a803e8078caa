"""The instructor's class report: what a cohort's privacy-safe summaries say, as one HTML file.

(Grades are elsewhere: the grading report of an assignment is
:mod:`rapport.grading.grading_report`.)

:func:`build_class_report` reads the summaries learners exported (:mod:`rapport.summary`), checks
each against the format, and writes a self-contained HTML page: the spread of inch-deep ratios,
the average share of contacts at each tier, and weekly interactions per learner before and after
the workshop. Charts are drawn on this machine as inline SVG (vl-convert), so the page needs no
network and runs no script. Every file that could not be used is listed with the reason.

With fewer than :data:`MIN_LEARNERS` learners no breakdown is shown, and a week is charted only
when at least that many learners logged it: with fewer, a figure would describe one person. The
figures about the lists leave out summaries made on the bundled sample connections (their weeks
still count), and need as many learners of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from rapport.audit_charts import TIER_COLOURS
from rapport.charts import ACCENT, MUTED, added_per_year_chart, to_svg
from rapport.fileio import write_atomic
from rapport.pages import render, trusted
from rapport.summary import WEEK_FIELDS, SummaryError, load_summary
from rapport.tiers import TIER_NAMES

MIN_LEARNERS = 3
BINS = tuple(f"{10 * i}-{10 * (i + 1)}%" for i in range(10))


@dataclass
class ClassReport:
    """What :func:`build_class_report` found and wrote.

    Attributes
    ----------
    path
        The HTML file written.
    learners
        Learners whose summary was counted (one summary per learner token).
    skipped
        ``(file name, reason)`` for every file that was not counted.
    suppressed
        True when fewer than :data:`MIN_LEARNERS` learners contributed, so no breakdown is shown.
    figures
        Cohort figures shown in the report (empty when suppressed).
    """

    path: Path
    learners: int
    skipped: list[tuple[str, str]] = field(default_factory=list)
    suppressed: bool = False
    figures: dict[str, Any] = field(default_factory=dict)


def collect_summary_files(paths: Iterable[str | Path], exclude: Path | None = None) -> list[Path]:
    """Expand folders to the files in them (hidden files and ``exclude`` left out), sorted."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            found += [p for p in inside if exclude is None or p.resolve() != exclude.resolve()]
        else:
            found.append(path)
    return found


def read_summaries(files: Iterable[Path]) -> tuple[list[dict], list[tuple[str, str]]]:
    """Load each file; return the valid summaries (one per learner) and what was skipped why."""
    by_token: dict[str, tuple[tuple, dict, str]] = {}
    skipped: list[tuple[str, str]] = []
    for order, path in enumerate(files):
        if not path.exists():
            skipped.append((path.name, "no such file."))
            continue
        if path.suffix.lower() != ".json":
            skipped.append((path.name, "not a .json file, so not read as a summary."))
            continue
        try:
            summary = load_summary(path)
        except SummaryError as exc:
            skipped.append((path.name, exc.reason))
            continue
        rank = (summary["workshop_date_given"], summary["exported_week"], order)
        token = summary["learner_token"]
        if token in by_token:
            older, newer = sorted([by_token[token], (rank, summary, path.name)])
            skipped.append((older[2], "an export by the same learner (same token) that is "
                                      "older or equal; the other one is counted."))  # fmt: skip
            by_token[token] = newer
        else:
            by_token[token] = (rank, summary, path.name)
    return [entry[1] for entry in by_token.values()], skipped


def ratio_histogram(summaries: list[dict]) -> pd.DataFrame:
    """Learners per tenth of inch-deep ratio: columns ``bin`` (``"80-90%"``) and ``learners``."""
    counts = [0] * 10
    for summary in summaries:
        counts[min(round(summary["audit"]["inch_deep_ratio"] * 1000) // 100, 9)] += 1
    return pd.DataFrame({"bin": BINS, "learners": counts})


def tier_shares(summaries: list[dict]) -> pd.DataFrame:
    """Mean share of a learner's contacts at each tier (learners with no contacts left out)."""
    rows = [
        [n / s["audit"]["connections"] for n in s["audit"]["tier_counts"]]
        for s in summaries
        if s["audit"]["connections"]
    ]
    means = pd.DataFrame(rows, columns=range(5)).mean() if rows else pd.Series([0.0] * 5)
    return pd.DataFrame(
        {"tier": range(5), "name": TIER_NAMES, "share": [float(m) for m in means.fillna(0.0)]}
    )


def _week_rows(summaries: list[dict]) -> pd.DataFrame:
    rows = [
        {"learner": i, "offset": int(offset), **week}
        for i, s in enumerate(summaries)
        if s["workshop_date_given"]
        for offset, week in s["tracker"]["weeks"].items()
    ]
    return pd.DataFrame(rows, columns=["learner", "offset", *WEEK_FIELDS])


def weekly_means(summaries: list[dict], min_learners: int = MIN_LEARNERS) -> pd.DataFrame:
    """Mean weekly totals per learner by week offset, for weeks logged by ``min_learners`` or more.

    Only summaries made with a workshop date count: the others' offsets are not the workshop's.

    Returns
    -------
    pandas.DataFrame
        ``offset``, ``learners`` and the mean ``people``, ``interactions``, ``gives``, ``asks``.
    """
    rows = _week_rows(summaries)
    grouped = rows.groupby("offset")
    means = grouped[list(WEEK_FIELDS)].mean().assign(learners=grouped["learner"].nunique())
    means = means[means["learners"] >= min_learners].reset_index()
    return means[["offset", "learners", *WEEK_FIELDS]]


def before_after(summaries: list[dict], min_learners: int = MIN_LEARNERS) -> pd.DataFrame:
    """Weekly totals per learner before the workshop week and from it on.

    Each learner's weeks are averaged first, then the learners; a period logged by fewer than
    ``min_learners`` learners is left out.

    Returns
    -------
    pandas.DataFrame
        ``period`` (``"before"``, ``"from the workshop week"``), ``learners`` and the means.
    """
    rows = _week_rows(summaries)
    rows["period"] = rows["offset"].map(lambda o: "before" if o < 0 else "from the workshop week")
    per_learner = rows.groupby(["period", "learner"])[list(WEEK_FIELDS)].mean().reset_index()
    grouped = per_learner.groupby("period")
    table = grouped[list(WEEK_FIELDS)].mean().assign(learners=grouped["learner"].nunique())
    order = [p for p in ("before", "from the workshop week") if p in table.index]
    table = table.loc[order].reset_index()
    return table[table["learners"] >= min_learners][["period", "learners", *WEEK_FIELDS]]


def _title(text: str, subtitle: str) -> alt.TitleParams:
    return alt.TitleParams(text, subtitle=subtitle, anchor="start")


def ratio_histogram_chart(histogram: pd.DataFrame) -> alt.Chart:
    """Bar chart of learners per tenth of inch-deep ratio."""
    return (
        alt.Chart(histogram, title=_title("Inch-deep ratios", "share of contacts never talked to"))
        .mark_bar(color=ACCENT)
        .encode(
            x=alt.X("bin:N", sort=list(BINS), title="inch-deep ratio", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("learners:Q", title="learners", axis=alt.Axis(tickMinStep=1)),
        )
        .properties(width=520, height=200)
    )


def tier_shares_chart(shares: pd.DataFrame) -> alt.Chart:
    """One stacked bar: the mean share of a learner's contacts at each tier."""
    labels = [f"{t} {n}" for t, n in zip(shares["tier"], shares["name"], strict=True)]
    data = shares.assign(label=labels)
    return (
        alt.Chart(data, title=_title("Depth of the average list", "mean share at each tier"))
        .mark_bar()
        .encode(
            x=alt.X("share:Q", stack="zero", title=None, axis=alt.Axis(format="%")),
            color=alt.Color(
                "label:N",
                sort=list(data["label"]),
                scale=alt.Scale(range=list(TIER_COLOURS)),
                legend=alt.Legend(orient="bottom", title=None, columns=3),
            ),
            order="tier:Q",
        )
        .properties(width=520, height=50)
    )


def weekly_means_chart(means: pd.DataFrame, min_learners: int = MIN_LEARNERS) -> alt.LayerChart:
    """Lines of mean weekly totals per learner by week offset, with the workshop week marked."""
    long = means.melt(["offset", "learners"], list(WEEK_FIELDS), "measure", "per_learner")
    lines = (
        alt.Chart(long)
        .mark_line(point=True)
        .encode(
            x=alt.X(
                "offset:Q", title="weeks from the workshop week (0)", axis=alt.Axis(tickMinStep=1)
            ),
            y=alt.Y("per_learner:Q", title="mean per learner"),
            color=alt.Color(
                "measure:N",
                sort=list(WEEK_FIELDS),
                scale=alt.Scale(range=[ACCENT, MUTED, "#2563eb", "#a16207"]),
                legend=alt.Legend(orient="bottom", title=None),
            ),
        )
    )
    rule = alt.Chart(pd.DataFrame({"offset": [0]})).mark_rule(strokeDash=[4, 3]).encode(x="offset")
    subtitle = f"weeks logged by fewer than {min_learners} learners are left out"
    return alt.LayerChart(layer=[rule, lines]).properties(
        title=_title("Weekly interactions per learner", subtitle), width=520, height=220
    )


def own_lists(summaries: list[dict]) -> list[dict]:
    """Keep the summaries whose audit is of the learner's own connections, not the sample.

    A summary made on the sample still carries the learner's own tracker weeks, but its audit
    figures describe the sample's fictional list: they would pull every median towards it.
    """
    return [s for s in summaries if not s["sample_data"]]


def _figures(summaries: list[dict], min_learners: int = MIN_LEARNERS) -> dict[str, Any]:
    own = own_lists(summaries)
    figures: dict[str, Any] = {
        "learners": len(summaries),
        "own_lists": len(own),
        "from_sample_data": len(summaries) - len(own),
        "with_workshop_date": sum(s["workshop_date_given"] for s in summaries),
    }
    if len(own) < min_learners:
        return figures
    audits = pd.DataFrame([s["audit"] for s in own])
    return figures | {
        "median_connections": float(audits["connections"].median()),
        "median_inch_deep_ratio": float(audits["inch_deep_ratio"].median()),
        "mean_inch_deep_ratio": float(audits["inch_deep_ratio"].mean()),
        "median_dormant_share": float(audits["dormant_share"].median()),
        "median_replies_owed": float(audits["replies_owed"].median()),
        "learners_who_tagged": int((audits["tagged"] > 0).sum()),
    }


def _n(count: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{count} {noun if count == 1 else plural}"


def _cell(value: Any) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def _charts(summaries: list[dict], min_learners: int) -> dict[str, Any]:
    """Draw the report's charts as inline SVG (made here, so safe to insert as they are)."""
    charts: dict[str, Any] = {"ratios": None, "tiers": None, "weekly": None, "per_year": None}
    means = weekly_means(summaries, min_learners)
    if not means.empty:
        charts["weekly"] = trusted(to_svg(weekly_means_chart(means, min_learners)))
    own = own_lists(summaries)
    if len(own) < min_learners:
        return charts
    charts["ratios"] = trusted(to_svg(ratio_histogram_chart(ratio_histogram(own))))
    charts["tiers"] = trusted(to_svg(tier_shares_chart(tier_shares(own))))
    per_year = pd.DataFrame([s["audit"]["added_per_year"] for s in own]).fillna(0).sum()
    if len(per_year):
        per_year.index = per_year.index.astype(int)
        chart = added_per_year_chart(per_year.sort_index().astype("int64"))
        title = _title("Connections added per year", "the whole class together")
        charts["per_year"] = trusted(to_svg(chart.properties(title=title)))
    return charts


def render_html(
    summaries: list[dict], skipped: list[tuple[str, str]], min_learners: int = MIN_LEARNERS
) -> str:
    """Return the report page (a jinja2 template: text from files is escaped; charts are SVG)."""
    count = len(summaries)
    context: dict[str, Any] = {"figures": {}, "dateless": 0, "charts": {}, "table": None}
    if count >= min_learners:
        figures = _figures(summaries, min_learners)
        table = before_after(summaries, min_learners)
        context = {
            "figures": figures,
            "dateless": count - figures["with_workshop_date"],
            "charts": _charts(summaries, min_learners),
            "table": {
                "columns": [str(c) for c in table.columns],
                "rows": [[_cell(v) for v in row] for row in table.itertuples(index=False)],
            },
        }
    return render(
        "class_report.html",
        count=count,
        min_learners=min_learners,
        skipped=skipped,
        n=_n,
        **context,
    )


def build_class_report(
    summary_paths: Iterable[str | Path], out_html: str | Path, min_learners: int = MIN_LEARNERS
) -> ClassReport:
    """Read learners' summaries and write the class report as one offline HTML file.

    Parameters
    ----------
    summary_paths
        Summary files, or folders whose files are all read (hidden files left out).
    out_html
        The HTML file to write (atomically).
    min_learners
        The smallest group a figure may describe; never below :data:`MIN_LEARNERS`.

    Returns
    -------
    ClassReport
        How many learners were counted, what was skipped and why, the cohort figures.
    """
    if min_learners < MIN_LEARNERS:
        raise ValueError(f"min_learners cannot be below {MIN_LEARNERS}.")
    out = Path(out_html)
    summaries, skipped = read_summaries(collect_summary_files(summary_paths, exclude=out))
    write_atomic(out, render_html(summaries, skipped, min_learners))
    suppressed = len(summaries) < min_learners
    figures = {} if suppressed else _figures(summaries, min_learners)
    return ClassReport(out, len(summaries), skipped, suppressed, figures)
