// The browser side of widgets/highlight_editor.py (an anywidget ES module).
// Offsets from Python count code points; JavaScript strings count UTF-16 units.
function toUnits(text, offsets) {
  if (!/[\uD800-\uDFFF]/.test(text)) return offsets;
  const map = [];
  let unit = 0;
  for (const ch of text) { map.push(unit); unit += ch.length; }
  map.push(unit);
  return offsets.map((o) => map[Math.max(0, Math.min(o, map.length - 1))]);
}

// Highlights were computed for `oldText`; move them onto `newText` (typed since) by finding the
// edited region, so they do not jump or blink while the next analysis is on its way.
function remap(spans, oldText, newText) {
  if (oldText === newText) return spans;
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText[p] === newText[p]) p++;
  let s = 0;
  while (s < max - p && oldText[oldText.length - 1 - s] === newText[newText.length - 1 - s]) s++;
  const oldEnd = oldText.length - s;
  const newEnd = newText.length - s;
  const delta = newText.length - oldText.length;
  const out = [];
  for (const h of spans) {
    if (h.end <= p) out.push(h);
    else if (h.start >= oldEnd) out.push({ ...h, start: h.start + delta, end: h.end + delta });
    else {
      const start = Math.min(h.start, p);
      const end = h.end >= oldEnd ? h.end + delta : newEnd;
      if (end > start) out.push({ ...h, start, end });
    }
  }
  return out;
}

const EDITING_KEYS = new Set(["a", "c", "v", "x", "z", "y", "backspace", "delete", "home", "end",
  "arrowleft", "arrowright", "arrowup", "arrowdown"]);

function render({ model, el }) {
  el.classList.add("rapport-highlight-editor");
  const wrap = document.createElement("div");
  wrap.className = "rapport-he-wrap";
  const mirror = document.createElement("div");
  mirror.className = "rapport-he-mirror";
  mirror.setAttribute("aria-hidden", "true");
  const area = document.createElement("textarea");
  area.className = "rapport-he-input";
  area.spellcheck = true;
  area.rows = model.get("rows");
  area.placeholder = model.get("placeholder");
  area.value = model.get("value");
  area.setAttribute("aria-label", model.get("placeholder") || "message");
  wrap.append(mirror, area);
  el.append(wrap);

  // The highlights in UTF-16 offsets of the text they were computed for.
  let marks = [];
  let markedText = "";
  const loadHighlights = () => {
    markedText = model.get("highlights_for");
    const found = model.get("highlights") || [];
    const flat = toUnits(markedText, found.flatMap((h) => [h.start, h.end]));
    marks = found.map((h, i) => ({ ...h, start: flat[2 * i], end: flat[2 * i + 1] }))
      .filter((h) => h.end > h.start);
  };

  const fit = () => {
    // Same box as the textarea's text area: its client width leaves out a scrollbar.
    const style = getComputedStyle(area);
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    mirror.style.width = `${area.clientWidth + borders}px`;
    mirror.style.height = `${area.offsetHeight}px`;
    mirror.scrollTop = area.scrollTop;
    mirror.scrollLeft = area.scrollLeft;
  };

  const paint = () => {
    const text = area.value;
    const spans = remap(marks, markedText, text)
      .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
      .filter((h) => h.end > h.start);
    // Cut the text at every span boundary; a piece covered by several spans gets one mark.
    const cuts = new Set([0, text.length]);
    for (const h of spans) { cuts.add(h.start); cuts.add(h.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const covering = spans.filter((h) => h.start <= a && h.end >= b);
      const piece = text.slice(a, b);
      if (!covering.length) { pieces.push(document.createTextNode(piece)); continue; }
      const mark = document.createElement("mark");
      const kinds = new Set(covering.map((h) => h.kind));
      const kind = kinds.size > 1 ? "mixed" : [...kinds][0];
      mark.className = `rapport-mark rapport-mark-${kind}`;
      mark.dataset.kind = kind;
      mark.dataset.rules = [...new Set(covering.map((h) => h.rule_id))].join(" ");
      mark.title = [...new Set(covering.map((h) => h.title))].join(" · ");
      mark.textContent = piece;
      pieces.push(mark);
    }
    // A final newline needs something after it, or the mirror is one line shorter.
    if (text.endsWith("\n") || !text) pieces.push(document.createTextNode(" "));
    mirror.replaceChildren(...pieces);
    el.dataset.marks = String(mirror.querySelectorAll("mark").length);
    fit();
  };

  // A key after a pause is sent at once; keys that follow within debounce_ms of a send wait
  // for one send that carries all of them, so a burst costs one analysis per debounce_ms and
  // the last text is always sent.
  let timer = null;
  let sentAt = -Infinity;
  const send = () => {
    timer = null;
    sentAt = performance.now();
    if (model.get("value") !== area.value) {
      model.set("value", area.value);
      model.save_changes();
    }
  };
  const onInput = () => {
    paint();
    if (timer !== null) return;  // the send already waiting will carry this edit
    const wait = Math.max(0, model.get("debounce_ms")) - (performance.now() - sentAt);
    if (wait <= 0) send();
    else timer = setTimeout(send, wait);
  };
  const onScroll = () => {
    mirror.scrollTop = area.scrollTop;
    mirror.scrollLeft = area.scrollLeft;
  };
  // JupyterLab listens for its shortcuts as key presses bubble up: Shift+Enter or Ctrl+Enter
  // would run the cell (and wipe the message), and in command mode other keys act on cells. Keep
  // every key that edits text to the editor; let other Ctrl/Cmd shortcuts (Ctrl+S) through.
  const onKeydown = (event) => {
    const command = event.ctrlKey || event.metaKey;
    if (!command || event.key === "Enter" || EDITING_KEYS.has(event.key.toLowerCase())) {
      event.stopPropagation();
    }
  };
  area.addEventListener("keydown", onKeydown);
  area.addEventListener("input", onInput);
  area.addEventListener("scroll", onScroll);
  const resized = new ResizeObserver(fit);
  resized.observe(area);

  model.on("change:value", () => {
    const value = model.get("value");
    if (value !== area.value) {
      if (timer !== null) { clearTimeout(timer); timer = null; }
      area.value = value;
      paint();
    }
  });
  model.on("change:highlights change:highlights_for", () => { loadHighlights(); paint(); });
  model.on("change:placeholder", () => {
    area.placeholder = model.get("placeholder");
    area.setAttribute("aria-label", model.get("placeholder") || "message");
  });
  model.on("change:rows", () => { area.rows = model.get("rows"); fit(); });

  loadHighlights();
  paint();
  requestAnimationFrame(fit);
  return () => {
    if (timer !== null) clearTimeout(timer);
    resized.disconnect();
  };
}
export default { render };
