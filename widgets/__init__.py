"""Rapport's ipywidgets layer: thin UI over the ``rapport`` core.

Widgets compose ipywidgets children, observe ``value`` changes by name, call ``rapport`` for
every computation, and show any error in their own callbacks to the learner.
"""

from widgets.errors import ErrorPanel
from widgets.year_explorer import YearExplorer

__all__ = ["ErrorPanel", "YearExplorer"]
