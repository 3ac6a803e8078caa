// Keyboard shortcuts for a widget (see keys.py). Each allowed key pressed inside the nearest
// ancestor with the class named by `scope` is sent to Python as its own message, so keys pressed
// in quick succession are all delivered, in order, even while the kernel is busy.
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
    model.send({ key: event.key });
  };
  const attach = () => {
    root = el.closest("." + model.get("scope")) || el;
    // JupyterLab's own notebook shortcuts ("m", "b", "0 0", ...) must not fire in the widget.
    root.setAttribute("data-lm-suppress-shortcuts", "true");
    root.addEventListener("keydown", onKey);
  };
  requestAnimationFrame(attach);
  model.on("change:hint", () => {
    el.textContent = model.get("hint");
  });
  return () => {
    if (root) root.removeEventListener("keydown", onKey);
  };
}
export default { render };
