import pandas as pd
import pytest
import vl_convert as vlc

from rapport.audit import connections_per_year
from rapport.charts import ACCENT, MUTED, added_per_year_chart, enable_offline_renderer


def table(*dates):
    return pd.DataFrame({"connected_on": pd.to_datetime(list(dates))})


def test_per_year_fills_quiet_years_with_zero_and_ignores_undated_rows():
    per_year = connections_per_year(table("2019-03-01", "2021-06-30", "2021-01-02", None))
    assert list(per_year.index) == [2019, 2020, 2021]
    assert list(per_year) == [1, 0, 2]
    assert per_year.dtype == "int64"


def test_per_year_of_an_empty_or_undated_table_is_empty():
    assert connections_per_year(table()).empty
    assert connections_per_year(table(None, None)).empty


def test_chart_highlights_only_the_chosen_year():
    per_year = connections_per_year(table("2019-03-01", "2020-01-01", "2021-06-30"))
    spec = added_per_year_chart(per_year, highlight=2020).to_dict()
    rows = next(iter(spec["datasets"].values()))
    assert [r["highlighted"] for r in rows] == [False, True, False]
    assert spec["encoding"]["color"]["value"] == MUTED
    assert spec["encoding"]["color"]["condition"]["value"] == ACCENT
    assert spec["title"]["subtitle"] == "2020 highlighted"


def test_chart_without_highlight_draws_every_bar_in_the_accent_colour():
    per_year = connections_per_year(table("2019-03-01", "2021-06-30"))
    spec = added_per_year_chart(per_year).to_dict()
    assert spec["encoding"]["color"]["value"] == ACCENT
    assert spec["title"]["subtitle"] == "all years"


def test_chart_renders_to_svg_and_png_offline():
    chart = added_per_year_chart(connections_per_year(table("2019-03-01", "2021-06-30")), 2019)
    svg = vlc.vegalite_to_svg(chart.to_dict())
    assert svg.startswith("<svg")
    assert "Connections added per year" in svg
    assert vlc.vegalite_to_png(chart.to_dict())[:8] == b"\x89PNG\r\n\x1a\n"


def test_offline_renderer_is_svg_by_default_and_rejects_cdn_renderers():
    import altair as alt

    enable_offline_renderer()
    try:
        assert alt.renderers.active == "svg"
        with pytest.raises(ValueError, match="'svg' or 'png'"):
            enable_offline_renderer("html")
    finally:
        alt.renderers.enable("default")


def audit_like(n):
    """A synthetic audit table of n contacts, for chart sizes."""
    rng = pd.Series(range(n))
    return pd.DataFrame(
        {
            "tier": rng % 5,
            "connected_on": pd.to_datetime("2014-01-01") + pd.to_timedelta(rng % 4000, unit="D"),
            "first_exchange": pd.to_datetime("2015-01-01", utc=True)
            + pd.to_timedelta(rng % 3000, unit="D"),
            "inferred_tier": (rng % 3 == 0).astype("int64"),
        }
    )


def test_audit_charts_show_the_measures_and_render_offline():
    from rapport.audit import added_vs_conversations, depth_pyramid
    from rapport.audit_charts import (
        added_vs_conversations_chart,
        depth_pyramid_chart,
        dormant_chart,
        inch_deep_chart,
        waiting_chart,
    )

    audit = audit_like(50)
    charts = {
        "inch": inch_deep_chart(0.8, 50),
        "pyramid": depth_pyramid_chart(depth_pyramid(audit)),
        "years": added_vs_conversations_chart(added_vs_conversations(audit)),
        "waiting": waiting_chart(pd.Series([1, 3, 20, 100, 400, 900])),
        "dormant": dormant_chart(pd.Series([370, 800, 1200, 1300])),
    }
    inch = next(iter(charts["inch"].to_dict()["datasets"].values()))
    assert [r["contacts"] for r in inch] == [40, 10]
    waiting = next(iter(charts["waiting"].to_dict()["datasets"].values()))
    assert [r["contacts"] for r in waiting] == [2, 1, 0, 1, 2]
    dormant = next(iter(charts["dormant"].to_dict()["datasets"].values()))
    assert dormant == [{"years": "1+ years", "contacts": 1}, {"years": "2+ years", "contacts": 1},
                       {"years": "3+ years", "contacts": 2}]  # fmt: skip
    for name, chart in charts.items():
        svg = vlc.vegalite_to_svg(chart.to_dict())
        assert svg.startswith("<svg"), name


def test_charts_for_thirty_thousand_contacts_stay_small_and_under_altairs_row_limit():
    from rapport.audit import added_vs_conversations, depth_pyramid
    from rapport.audit_charts import added_vs_conversations_chart, depth_pyramid_chart

    audit = audit_like(30_000)
    for chart in (
        depth_pyramid_chart(depth_pyramid(audit)),
        added_vs_conversations_chart(added_vs_conversations(audit)),
    ):
        spec = chart.to_dict()  # would raise MaxRowsError above 5,000 rows
        assert sum(len(rows) for rows in spec["datasets"].values()) < 100
