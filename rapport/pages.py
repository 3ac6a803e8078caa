"""HTML pages from jinja2 templates (``rapport/templates``), with autoescaping always on.

Every value a page shows is escaped unless it is marked safe on purpose (charts drawn here as
SVG), so text that came from a learner can never become markup.
"""

from __future__ import annotations

import functools

import jinja2
from markupsafe import Markup


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("rapport", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **context: object) -> str:
    """Render the template ``name`` with ``context`` (autoescaped)."""
    return _environment().get_template(name).render(**context)


def trusted(html: str) -> Markup:
    """Mark HTML made by the kit itself (an SVG chart) as safe to insert as is."""
    return Markup(html)  # only for markup the kit drew itself, never for learner text
