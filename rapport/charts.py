"""Altair chart builders: pure functions from data to a chart, plus an offline renderer.

Charts render with no network: :func:`enable_offline_renderer` switches altair to static SVG made
locally by vl-convert, which shows in JupyterLab, in a static HTML export and in a PNG/SVG file.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

ACCENT = "#c2410c"
MUTED = "#94a3b8"


def enable_offline_renderer(kind: str = "svg") -> None:
    """Render altair charts locally (no CDN).

    Parameters
    ----------
    kind
        ``"svg"`` (default) or ``"png"``; both are drawn by vl-convert on this machine.
    """
    if kind not in {"svg", "png"}:
        raise ValueError(f"kind must be 'svg' or 'png', not {kind!r}")
    alt.renderers.enable(kind)


def chart_bundle(chart: alt.TopLevelMixin) -> dict:
    """Draw ``chart`` with the active renderer and return its mime bundle (e.g. SVG).

    Widgets that redraw charts often use this instead of displaying the chart: it skips
    altair's second schema check of a chart it has already checked while building it.
    """
    render = alt.renderers.get()
    assert render is not None, "altair always has an active renderer (its default one)"
    bundle = render(chart.to_dict(validate=False))
    return bundle[0] if isinstance(bundle, tuple) else bundle


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Draw a chart to inline SVG on this machine (vl-convert; no network, no script)."""
    import vl_convert

    return vl_convert.vegalite_to_svg(chart.to_dict())


def added_per_year_chart(per_year: pd.Series, highlight: int | None = None) -> alt.Chart:
    """Bar chart of connections added per year, optionally with one year highlighted.

    Parameters
    ----------
    per_year
        Counts indexed by year, as from :func:`rapport.audit.connections_per_year`.
    highlight
        A year to draw in the accent colour, or ``None``.

    Returns
    -------
    altair.Chart
    """
    data = pd.DataFrame(
        {"year": [str(y) for y in per_year.index], "connections": per_year.to_numpy()}
    )
    data["highlighted"] = [int(y) == highlight for y in per_year.index]
    title = "Connections added per year"
    subtitle = f"{highlight} highlighted" if highlight is not None else "all years"
    return (
        alt.Chart(data, title=alt.TitleParams(title, subtitle=subtitle, anchor="start"))
        .mark_bar()
        .encode(
            x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("connections:Q", title="connections added"),
            color=alt.condition(
                alt.datum.highlighted,
                alt.value(ACCENT),
                alt.value(MUTED if highlight is not None else ACCENT),
            ),
            tooltip=["year:O", "connections:Q"],
        )
        .properties(width=520, height=220)
    )
