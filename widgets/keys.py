"""Keyboard shortcuts for a widget, as a tiny anywidget.

ipywidgets has no key events. :class:`Shortcuts` listens for key presses inside the nearest
ancestor with a given CSS class (the tagging card, say) and reports each allowed key to Python.
It marks that ancestor with ``data-lm-suppress-shortcuts`` so JupyterLab's own notebook
shortcuts (``1`` makes a heading, ``d d`` deletes a cell) do not fire while the learner works
in the widget, and it ignores keys typed into text fields.
"""

from __future__ import annotations

import anywidget
import traitlets

_ESM = r"""
function render({ model, el }) {
  el.classList.add("rapport-keys");
  el.tabIndex = 0;
  el.textContent = model.get("hint");
  el.title = "Click here, or on any button of the card, then use the keys";
  let root = null;
  const onKey = (event) => {
    const target = event.target;
    const tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable) {
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (!model.get("catch").includes(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    model.set("pressed", event.key);
    model.set("presses", model.get("presses") + 1);
    model.save_changes();
  };
  const attach = () => {
    root = el.closest("." + model.get("scope")) || el;
    root.setAttribute("data-lm-suppress-shortcuts", "true");
    root.addEventListener("keydown", onKey);
  };
  requestAnimationFrame(attach);
  model.on("change:hint", () => { el.textContent = model.get("hint"); });
  return () => { if (root) root.removeEventListener("keydown", onKey); };
}
export default { render };
"""

_CSS = """
.rapport-keys { font-size: 12px; color: #475569; padding: 2px 6px; border-radius: 4px;
  border: 1px dashed #cbd5e1; display: inline-block; cursor: pointer; }
.rapport-keys:focus { outline: 2px solid #2563eb; }
"""


class Shortcuts(anywidget.AnyWidget):
    """Report key presses made inside the element with CSS class ``scope``.

    Attributes
    ----------
    catch
        The keys to catch (``KeyboardEvent.key`` values such as ``"1"`` or ``"ArrowRight"``).
    pressed
        The last key caught; observe ``presses`` to react to every press, even a repeat.
    """

    _esm = _ESM
    _css = _CSS
    scope = traitlets.Unicode("rapport-tagger").tag(sync=True)
    catch = traitlets.List(traitlets.Unicode()).tag(sync=True)
    hint = traitlets.Unicode("").tag(sync=True)
    pressed = traitlets.Unicode("").tag(sync=True)
    presses = traitlets.Int(0).tag(sync=True)

    def press(self, key: str) -> None:
        """Act as if ``key`` was pressed (for tests and scripted use)."""
        if key in self.catch:
            self.pressed = key
            self.presses += 1
