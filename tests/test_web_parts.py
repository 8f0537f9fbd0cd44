"""Pieces of the web layer that need no store: SVG charts and the article highlighter."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from bilateral.web.charts import bar_chart, line_chart
from bilateral.web.highlight import Mark, runs

SVG = "{http://www.w3.org/2000/svg}"


def test_line_chart_is_valid_svg_with_a_link_per_month_and_gaps_for_empty_months():
    svg = line_chart("index <by> month", ["2024-01", "2024-02", "2024-03"], {"A → B": [2.0, None, -3.5]}, lambda m: f"/?month={m}&x=1")
    root = ET.fromstring(svg)  # well formed: labels and links are escaped
    links = root.findall(f"{SVG}a")
    assert [a.get("data-month") for a in links] == ["2024-01", "2024-02", "2024-03"]
    assert links[0].get("href") == "/?month=2024-01&x=1"
    assert len(root.findall(f"{SVG}polyline")) == 2  # a month with no value breaks the line
    assert root.find(f"{SVG}title").text == "index <by> month"


def test_bar_chart_stacks_counts():
    svg = bar_chart("volume", ["2024-01", "2024-02"], {"a": [1, 0], "b": [2, 3]})
    heights = [float(h) for h in re.findall(r'height="([\d.]+)" fill="[^"]+"><title>', svg)]
    assert len(heights) == 3  # zero counts draw nothing
    assert abs(heights[0] / heights[1] - 0.5) < 0.01  # 1 against 2 in the first month


def test_runs_cut_the_body_at_every_mark_and_keep_overlaps():
    body = "He said: we will talk. Then he left."
    marks = [Mark("quote", "q1", 9, 22, "quote"), Mark("event", "e1", 17, 21, "event")]
    cut = runs(body, marks)
    assert "".join(r.text for r in cut) == body
    assert [(r.text, r.kinds) for r in cut if r.kinds] == [("we will ", ("quote",)), ("talk", ("event", "quote")), (".", ("quote",))]
    assert [r.anchors for r in cut if r.anchors] == [("q1",), ("e1",)]
