"""Log an interaction in a few clicks: who, when, how, then one click on what kind it was.

:class:`LogForm` writes through :class:`rapport.tracker.TrackerStore`. A kind button logs at once
with the other fields; the note is then cleared and the last entries are shown (escaped), with an
"undo last" button. Input the tracker refuses (a future date, an empty note, someone not added
yet) is explained in the form; any other error is shown by an :class:`~widgets.errors.ErrorPanel`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

import ipywidgets as W
import pandas as pd

from rapport.tracker.store import CHANNELS, KINDS, TrackerError, TrackerStore
from widgets.errors import ErrorPanel

RECENT = 5
DIRECTION_LABELS = (("I reached out", "me"), ("they did", "them"))
KIND_ICONS = {
    "give": "gift",
    "ask": "question",
    "check-in": "comment",
    "introduction": "handshake-o",
    "follow-up": "reply",
}


def sample_banner(store: TrackerStore) -> list[W.HTML]:
    """Return a label saying the tracker is the throwaway sample, or nothing for a real one."""
    if not store.is_sample:
        return []
    banner = W.HTML(
        "<div style='background:#fef3c7;border-left:4px solid #d97706;padding:4px 8px'>"
        "<b>Sample</b>: a fictional learner's log, to look around. Nothing logged here is kept, "
        "and your own tracker is not touched.</div>"
    )
    banner.add_class("rapport-sample-banner")
    return [banner]


def split_names(text: str) -> list[str]:
    """Return the names typed in the person field (several may be separated by ``;``)."""
    return [" ".join(part.split()) for part in str(text).split(";") if part.strip()]


def entries_html(log: pd.DataFrame) -> str:
    """Return the entries of ``log`` logged last (latest first) as an escaped HTML list."""
    if log.empty:
        return "<i>Nothing logged yet.</i>"
    newest = log.sort_values("id").tail(RECENT).iloc[::-1]
    esc = html.escape
    items = "".join(
        f"<li data-id='{int(row.id)}'>{esc(row.date.strftime('%a %d %b'))} · "
        f"<b>{esc(str(row.people))}</b> · {esc(row.kind)} by {esc(row.channel)} "
        f"({'I reached out' if row.direction == 'me' else 'they did'}): "
        f"<span class='rapport-entry-note'>{esc(row.note)}</span></li>"
        for row in newest.itertuples(index=False)
    )
    return f"<b>Last logged</b><ul style='margin:2px 0'>{items}</ul>"


class LogForm(W.VBox):
    """A daily logging form over a :class:`~rapport.tracker.TrackerStore`.

    Parameters
    ----------
    store
        Where interactions are saved.
    today
        The current day (default: the real today); the date picker starts on it and the tracker
        refuses later dates.

    Attributes
    ----------
    person, day, channel, direction, note
        The fields (a Combobox, a DatePicker, two ToggleButtons and a Text).
    kinds
        One button per kind of interaction, by kind; a click logs the entry.
    message
        The form's status line: "saved", or what to change.
    recent
        The last entries, newest first.
    """

    def __init__(self, store: TrackerStore, today: date | None = None, **kwargs: Any):
        self.store = store
        self.today = today
        self._listeners: list[Callable[[], None]] = []
        self.errors = ErrorPanel()
        guard = self.errors.guard

        self.person = W.Combobox(
            placeholder="who? start typing a name", description="With", ensure_option=False
        )
        self.person.add_class("rapport-log-person")
        self.add_person = W.Button(description="add person", icon="user-plus")
        self.add_person.add_class("rapport-add-person")
        self.day = W.DatePicker(value=self._today(), description="When")
        self.day.add_class("rapport-log-day")
        self.channel = W.ToggleButtons(options=CHANNELS, value=CHANNELS[0], description="How")
        self.channel.add_class("rapport-log-channel")
        self.direction = W.ToggleButtons(
            options=DIRECTION_LABELS, value="me", description="Who started"
        )
        self.direction.add_class("rapport-log-direction")
        self.note = W.Text(
            placeholder="what happened, in a few words", description="Note",
            layout=W.Layout(width="36em"),
        )  # fmt: skip
        self.note.add_class("rapport-log-note")
        self.kinds = {}
        for kind in KINDS:
            tip = f"log this as {_article(kind)} {kind}"
            button = W.Button(description=kind, icon=KIND_ICONS.get(kind, ""), tooltip=tip,
                              button_style="info")  # fmt: skip
            button.add_class(f"rapport-kind-{kind}")
            button.on_click(guard(self._kind_handler(kind)))
            self.kinds[kind] = button
        self.undo = W.Button(description="undo last", icon="undo")
        self.undo.add_class("rapport-undo")
        self.message = W.HTML()
        self.message.add_class("rapport-log-message")
        self.recent = W.HTML()
        self.recent.add_class("rapport-recent")
        super().__init__(**kwargs)
        self.children = (
            *sample_banner(store),
            W.HBox([self.person, self.add_person]),
            self.day,
            self.channel,
            self.direction,
            self.note,
            W.HBox([W.Label("Log it as:"), *self.kinds.values()]),
            self.message,
            self.recent,
            self.undo,
            self.errors,
        )
        self.add_class("rapport-log-form")

        self.person.observe(guard(self._on_person), names="value")
        self.add_person.on_click(guard(lambda _: self.add_typed_people()))
        self.undo.on_click(guard(lambda _: self.undo_last()))
        self._refresh_people()
        self._show_recent()

    # -- helpers -------------------------------------------------------------------------------
    def _today(self) -> date:
        return self.today or date.today()

    def on_logged(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every entry logged or undone (e.g. a dashboard's refresh)."""
        self._listeners.append(callback)

    def _notify(self) -> None:
        for callback in self._listeners:
            callback()

    def _say(self, text: str, ok: bool = True) -> None:
        colour = "#15803d" if ok else "#b91c1c"
        kind = "ok" if ok else "problem"
        self.message.value = (
            f"<span class='rapport-log-{kind}' style='color:{colour}'>{html.escape(text)}</span>"
        )

    def _known(self) -> dict[str, str]:
        """Known names by their case-folded form (the tracker matches names ignoring case)."""
        return {name.casefold(): name for name in self.store.people()["name"]}

    def unknown_names(self) -> list[str]:
        """Return the typed names that the tracker does not know yet."""
        known = self._known()
        return [name for name in split_names(self.person.value) if name.casefold() not in known]

    def _refresh_people(self) -> None:
        self.person.options = tuple(self.store.people()["name"])
        self._on_person(None)

    def _on_person(self, _change: dict | None) -> None:
        new = self.unknown_names()
        self.add_person.layout.display = "" if new else "none"
        if new:
            self.add_person.description = f"add {' and '.join(new)}"[:60]

    def _show_recent(self) -> None:
        log = self.store.interactions()
        self.recent.value = entries_html(log)
        self.undo.disabled = log.empty

    # -- actions -------------------------------------------------------------------------------
    def add_typed_people(self) -> list[str]:
        """Add the typed names the tracker does not know yet; return them."""
        new = self.unknown_names()
        for name in new:
            self.store.add_person(name)
        self._refresh_people()
        if new:
            self._say(f"Added {', '.join(new)}. Now choose what kind of interaction it was.")
        return new

    def _kind_handler(self, kind: str) -> Callable[[Any], None]:
        def handler(_button: Any) -> None:
            self.log(kind)

        return handler

    def log(self, kind: str) -> int | None:
        """Log the form's entry as ``kind``; return its id, or ``None`` if the tracker refused it.

        A refusal is explained in :attr:`message` and nothing is saved.
        """
        try:
            names = split_names(self.person.value)
            if not names:
                raise TrackerError("Say who the interaction was with: type or pick a name.")
            new = self.unknown_names()
            if new:
                raise TrackerError(
                    f"{', '.join(new)} {'is' if len(new) == 1 else 'are'} not in your tracker "
                    "yet: click the add button next to the name first."
                )
            if self.day.value is None:
                raise TrackerError("Pick the day it happened.")
            entry = self.store.log(
                self.day.value, names, self.channel.value, self.direction.value, kind,
                self.note.value, today=self._today(),
            )  # fmt: skip
        except TrackerError as error:
            self._say(str(error), ok=False)
            return None
        when = "today" if self.day.value == self._today() else self.day.value.strftime("%d %b")
        self._say(f"saved: {kind} with {'; '.join(names)}, {when}.")
        self.reset()
        self._show_recent()
        self._notify()
        return entry

    def reset(self) -> None:
        """Clear the form for the next entry: no person, a message I sent, no note.

        The day stays, so several interactions of one day are logged without picking it again.
        """
        self.person.value = ""
        self.channel.value = CHANNELS[0]
        self.direction.value = DIRECTION_LABELS[0][1]
        self.note.value = ""

    def undo_last(self) -> int | None:
        """Delete the most recent entry in the tracker; return its id (``None`` if empty)."""
        log = self.store.interactions()
        last = log.sort_values("id").iloc[-1] if len(log) else None
        removed = self.store.undo_last()
        if removed is None:
            self._say("Nothing to undo: the tracker is empty.", ok=False)
        else:
            about = f" ({last['kind']} with {last['people']})" if last is not None else ""
            self._say(f"Removed the last entry{about}.")
        self._show_recent()
        self._notify()
        return removed


def _article(word: str) -> str:
    """Return "an" before a vowel sound ("an ask", "an introduction"), else "a"."""
    return "an" if word[:1].lower() in "aeiou" else "a"
