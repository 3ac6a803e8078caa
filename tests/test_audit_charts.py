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
