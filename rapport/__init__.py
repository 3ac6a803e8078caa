"""Rapport: the core of a coaching workbook that turns connections into relationships.

The core never imports ipywidgets; the UI lives in the separate ``widgets`` package.
Heavy modules (pandas, altair) are imported by the submodules that need them, so that
``import rapport`` and the ``rapport`` command stay fast.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rapport-kit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
