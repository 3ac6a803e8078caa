"""Tag hundreds of contacts quickly: one card at a time, tier buttons, fact toggles, keys.

Every change is saved at once through the tag store and written into the audit table the notebook
holds (:func:`rapport.audit_builder.save_tag`), so later cells read the new tiers. The card opens
on the first contact not tagged yet, so after a restart tagging resumes where it stopped. Callbacks
may run on any thread (ipykernel 7 runs widget messages off the main thread), so each holds the
tagger's lock. Everything shown that came from an export (names, companies, notes) is escaped, so
a contact named ``<img src=x>`` is text.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Hashable
from typing import Any

import ipywidgets as W
import pandas as pd

from rapport.audit import owes_reply
from rapport.audit_builder import Audit, save_tag
from rapport.tags import TagStore
from rapport.tiers import FACT_LABELS, FACTS, TIER_NAMES, tier_label
from widgets.errors import ErrorPanel
from widgets.keys import Shortcuts

FILTERS = {
    "everyone": "all",
    "not tagged yet": "untagged",
    "have exchanged messages": "messaged",
    "my turn to write": "turn",
}
FACT_KEYS = dict(zip(("g", "m", "h", "b"), FACTS, strict=True))
TIER_KEYS = {str(tier): tier for tier in range(len(TIER_NAMES))}
NEXT_KEYS, PREVIOUS_KEYS = ("n", "ArrowRight"), ("p", "ArrowLeft")
KEY_HINT = (
    "Keys: 0-4 tier · n/→ next · p/← previous · g I know their goals · m they know mine · "
    "h I helped them · b they helped me"
)
SAMPLE_BANNER = (
    "<div class='rapport-sample-banner' style='background:#fef3c7;padding:2px 8px'>"
    "<b>Sample data</b>: a fictional learner's network, to practise on. Your practice tags are "
    "kept apart from your own.</div>"
)


def fit_label() -> W.Layout:
    """Return a layout that keeps a button as wide as its label, even in a crowded row."""
    return W.Layout(width="auto", flex="0 0 auto")


def _when(value: Any) -> str:
    return value.strftime("%d %b %Y") if pd.notna(value) else "unknown date"


class Tagger(W.VBox):
    """A card per contact with tier buttons 0-4 and four fact toggles, saving as it goes.

    Parameters
    ----------
    audit
        The audit from :func:`rapport.audit_builder.build_audit`, or its table (then give
        ``store``). The table is changed in place as the learner tags.
    store
        Where tags are saved, when ``audit`` is a bare table.
    advance
        Move to the next contact after a tier is chosen.
    """

    def __init__(
        self,
        audit: Audit | pd.DataFrame,
        store: TagStore | None = None,
        advance: bool = True,
        **kwargs: Any,
    ):
        if isinstance(audit, Audit):
            self.audit, self.store, sample = audit.table, audit.store, audit.sample
        elif store is None:
            raise TypeError("Tagger needs a TagStore when given a bare audit table.")
        else:
            self.audit, self.store, sample = audit, store, False
        order = self.audit.sort_values(
            ["conversations", "last_exchange", "connected_on"],
            ascending=False,
            na_position="last",
            kind="stable",
        )
        self._ranked: list[Hashable] = list(order.index)
        self._listeners: list[Callable[[pd.DataFrame], None]] = []
        self._loading = False
        self.lock = threading.RLock()
        self.errors = ErrorPanel()

        self.search = W.Text(placeholder="search name, company, title", description="Find")
        self.filter = W.Dropdown(options=list(FILTERS.items()), value="all", description="Show")
        self.card = W.HTML()
        self.card.add_class("rapport-card")
        # Buttons as wide as their labels: at ipywidgets' fixed widths "1 exchanged messages"
        # and "I know their goals" are cut to "1 exchanged me…" and "I know their go…".
        self.tier = W.ToggleButtons(
            options=[(tier_label(i), i) for i in range(len(TIER_NAMES))],
            value=None,
            style={"button_width": "auto"},
        )
        self.tier.add_class("rapport-tier")
        self.facts = {
            fact: W.ToggleButton(description=FACT_LABELS[fact], icon="check", layout=fit_label())
            for fact in FACTS
        }
        self.note = W.Text(
            placeholder="a note: how you met, what they care about", continuous_update=False
        )
        self.previous = W.Button(description="◀ previous")
        self.next = W.Button(description="next ▶")
        self.next_untagged = W.Button(description="next untagged ⏭", layout=fit_label())
        self.position = W.HTML()
        self.progress = W.IntProgress(min=0, max=max(1, len(self.audit)))
        self.progress_label = W.HTML()
        self.progress_label.add_class("rapport-progress")
        self.status = W.HTML()
        self.shortcuts = Shortcuts(
            catch=[*TIER_KEYS, *FACT_KEYS, *NEXT_KEYS, *PREVIOUS_KEYS], hint=KEY_HINT
        )
        super().__init__(**kwargs)
        self.children = (
            *([W.HTML(SAMPLE_BANNER)] if sample else []),
            W.HBox([self.search, self.filter]),
            self.position,
            self.card,
            self.tier,
            W.HBox(list(self.facts.values())),
            self.note,
            W.HBox([self.previous, self.next, self.next_untagged, self.shortcuts]),
            W.HBox([self.progress, self.progress_label, self.status]),
            self.errors,
        )
        self.add_class("rapport-tagger")

        guard = self._guarded
        self.search.observe(guard(self._on_query), names="value")
        self.filter.observe(guard(self._on_query), names="value")
        self.tier.observe(guard(self._on_tier), names="value")
        for fact, button in self.facts.items():
            button.observe(guard(self._fact_handler(fact)), names="value")
        self.note.observe(guard(self._on_note), names="value")
        self.previous.on_click(guard(lambda _: self.move(-1)))
        self.next.on_click(guard(lambda _: self.move(1)))
        self.next_untagged.on_click(guard(lambda _: self.move_to_untagged()))
        self.shortcuts.on_key(guard(self._on_key))
        self.advance = advance
        self._visible = list(self._ranked)
        self._at = self._first_untagged()
        self._show()

    def _guarded(self, callback: Callable[..., None]) -> Callable[..., None]:
        """Run ``callback`` holding the lock, showing any error in the panel."""
        shown = self.errors.guard(callback)

        def locked(*args: Any) -> None:
            with self.lock:
                shown(*args)

        return locked

    # -- reading state -------------------------------------------------------------------------
    @property
    def tagged(self) -> int:
        """How many contacts the learner has given a tier."""
        return int(self.audit["learner_tier"].notna().sum())

    @property
    def current(self) -> pd.Series | None:
        """The contact on the card, or ``None`` when the filter leaves nobody."""
        return self.audit.loc[self._visible[self._at]] if self._visible else None

    def on_change(self, callback: Callable[[pd.DataFrame], None]) -> None:
        """Call ``callback(table)`` after every saved change (the card is already updated)."""
        self._listeners.append(callback)

    # -- navigation -------------------------------------------------------------------------------
    def _matches(self) -> list[Hashable]:
        table = self.audit
        mask = pd.Series(True, index=table.index)
        kind = self.filter.value
        if kind == "untagged":
            mask &= table["learner_tier"].isna()
        elif kind == "messaged":
            mask &= table["inferred_tier"] > 0
        elif kind == "turn":
            mask &= owes_reply(table)
        query = self.search.value.strip().casefold()
        if query:
            text = table["name"] + " " + table["company"] + " " + table["position"]
            mask &= text.str.casefold().str.contains(query, regex=False)
        return [i for i in self._ranked if mask[i]]

    def _first_untagged(self) -> int:
        """Position in the list of the first contact without a tier (0 when all are tagged)."""
        untagged = self.audit["learner_tier"].isna()
        return next((at for at, row in enumerate(self._visible) if untagged[row]), 0)

    def _on_query(self, _change: dict) -> None:
        self._visible = self._matches()
        self._at = 0
        self._show()

    def move(self, step: int) -> None:
        """Show the contact ``step`` places further in the current list (wrapping around)."""
        if self._visible:
            self._at = (self._at + step) % len(self._visible)
        self._show()

    def move_to_untagged(self) -> None:
        """Show the next contact in the current list that has no tier yet."""
        count = len(self._visible)
        for offset in range(1, count + 1):
            row = self._visible[(self._at + offset) % count]
            if pd.isna(self.audit.at[row, "learner_tier"]):
                self._at = (self._at + offset) % count
                break
        self._show()

    def _show_progress(self) -> None:
        self.progress.value = self.tagged
        self.progress_label.value = f"{self.tagged} of {len(self.audit)} tagged"

    def _show(self) -> None:
        self._loading = True
        try:
            contact = self.current
            if contact is None:
                self.position.value = "No contact matches. Clear the search or choose another list."
                self.card.value = ""
                self.tier.value = None
                self._show_progress()
                return
            self.card.value = self._card_html(contact)
            self.position.value = f"{self._at + 1} of {len(self._visible)} in this list"
            tier = contact["learner_tier"]
            self.tier.value = None if pd.isna(tier) else int(tier)
            for fact, button in self.facts.items():
                button.value = bool(contact[fact])
            self.note.value = self.store.get(contact["contact_id"])["note"]
            self._show_progress()
        finally:
            self._loading = False

    @staticmethod
    def _card_html(contact: pd.Series) -> str:
        esc = html.escape
        name = esc(contact["name"]) or "<i>no name (a closed or hidden account)</i>"
        work = " · ".join(esc(v) for v in (contact["position"], contact["company"]) if v)
        lines = [f'<div class="rapport-card-name" style="font-size:1.3em"><b>{name}</b></div>']
        lines.append(f"<div>{work or '<i>no title or company</i>'}</div>")
        lines.append(f"<div>Connected {esc(_when(contact['connected_on']))}.")
        if contact["sent"] or contact["received"]:
            turn = " It is your turn to write." if owes_reply(contact) else ""
            lines.append(
                f" Messages: {int(contact['sent'])} sent, {int(contact['received'])} received, "
                f"last on {esc(_when(contact['last_exchange']))}.{turn}"
            )
        else:
            lines.append(" No messages in your export.")
        lines.append("</div>")
        hint = tier_label(int(contact["inferred_tier"]))
        lines.append(f"<div style='color:#64748b'>From the data alone: tier {hint}.</div>")
        return "".join(lines)

    # -- saving ---------------------------------------------------------------------------------
    def _save(self, **changes: Any) -> None:
        contact = self.current
        if contact is None:
            return
        save_tag(self.audit, self.store, contact["contact_id"], **changes)
        self._show_progress()
        self.status.value = (
            f"<span style='color:#15803d'>saved {html.escape(contact['name'])}</span>"
        )

    def _changed(self) -> None:
        for callback in self._listeners:
            callback(self.audit)

    def _on_tier(self, change: dict) -> None:
        if self._loading:
            return
        self._save(tier=change["new"])
        if self.advance and change["new"] is not None:
            self.move(1)
        self._changed()

    def _fact_handler(self, fact: str) -> Callable[[dict], None]:
        def handler(change: dict) -> None:
            if not self._loading:
                self._save(**{fact: bool(change["new"])})
                self._changed()

        return handler

    def _on_note(self, change: dict) -> None:
        if not self._loading:
            self._save(note=change["new"])
            self._changed()

    def _on_key(self, key: str) -> None:
        if key in TIER_KEYS:
            if self.tier.value == TIER_KEYS[key] and self.advance:
                self.move(1)  # already that tier: just move on
            self.tier.value = TIER_KEYS[key]
        elif key in FACT_KEYS:
            button = self.facts[FACT_KEYS[key]]
            button.value = not button.value
        elif key in NEXT_KEYS:
            self.move(1)
        elif key in PREVIOUS_KEYS:
            self.move(-1)
