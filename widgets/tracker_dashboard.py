"""The week at a glance and the weekly review, over the tracker's log.

:class:`WeeklyDashboard` shows this week against the learner's goal, the last 12 weeks, whose
turn it is, who has gone quiet and which introductions to offer. :class:`ReviewPanel` asks the
weekly review's questions with this week's answers filled in, and keeps the learner's
reflection. Everything that came from the log (names, notes, drafts) is escaped.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any

import ipywidgets as W
import pandas as pd
from IPython.display import display

from rapport.messages.words import load_word_lists
from rapport.tracker.charts import give_ask_chart, weekly_chart
from rapport.tracker.introductions import suggest_introductions
from rapport.tracker.queries import not_followed_up, overdue, week_start, week_summary, whose_turn
from rapport.tracker.store import MAX_CADENCE_DAYS, MAX_GOAL, TrackerError, TrackerStore
from rapport.tracker.wording import ago, every, plural, whole_number
from widgets.errors import ErrorPanel
from widgets.tracker_form import sample_banner

SHOWN = 8  # names listed per section before "and N more"
DEFAULT_GOAL = 5

esc = html.escape


def _people(count: int) -> str:
    return f"{count} {'person' if count == 1 else 'people'}"


def _names(names: list[str]) -> str:
    shown = ", ".join(f"<b>{esc(n)}</b>" for n in names[:SHOWN])
    more = f" and {len(names) - SHOWN} more" if len(names) > SHOWN else ""
    return shown + more


def week_html(summary: dict) -> str:
    """Return this week's headline line from :func:`~rapport.tracker.queries.week_summary`."""
    start = summary["week_start"]
    goal = summary["goal"]
    people = summary["people"]
    if goal is None:
        against = "no goal set"
    elif summary["goal_met"]:
        against = f"goal of {goal} met"
    else:
        against = f"goal {goal}, {goal - people} to go"
    streak = summary["streak"]
    return (
        f"<div data-people='{people}' data-interactions='{summary['interactions']}' "
        f"data-goal='{'' if goal is None else goal}'>"
        f"<b>This week</b> (from {start.strftime('%a %d %b')}): "
        f"<b class='rapport-week-people'>{_people(people)}"
        f"</b> ({against}) · {plural(summary['interactions'], 'interaction')} · "
        f"{summary['gives']} giving, {summary['asks']} asking · "
        f"{summary['in_person']} in person · "
        f"streak: {plural(streak, 'week')} meeting the goal</div>"
    )


def turn_html(turns: pd.DataFrame, today: date) -> str:
    """List the people who spoke last (it is the learner's turn), longest waiting first."""
    if turns.empty:
        return "<b>Your turn</b>: nobody is waiting for a reply from you."
    items = "".join(
        f"<li><b>{esc(row.person)}</b>: they reached out "
        f"{ago((today - row.last_day).days)} "
        f"({esc(row.last_day.strftime('%d %b'))})</li>"
        for row in turns.head(SHOWN).itertuples(index=False)
    )
    more = f"<li>and {len(turns) - SHOWN} more</li>" if len(turns) > SHOWN else ""
    return f"<b>Your turn</b> (they spoke last):<ul style='margin:2px 0'>{items}{more}</ul>"


def quiet_html(late: pd.DataFrame, people: pd.DataFrame) -> str:
    """List the people past their keep-in-touch cadence, most overdue first."""
    if people["cadence_days"].isna().all():
        return (
            "<b>Gone quiet</b>: set a keep-in-touch cadence for the people who matter (below) "
            "and anyone you have not been in touch with for longer is listed here."
        )
    if late.empty:
        return "<b>Gone quiet</b>: everyone with a cadence is within it."
    items = []
    for row in late.head(SHOWN).itertuples(index=False):
        if pd.isna(row.days_since):
            why = f"no interaction logged yet ({every(int(row.cadence_days))})"
        else:
            why = (
                f"{plural(int(row.days_since), 'day')} since the last interaction, "
                f"{int(row.days_overdue)} past your {int(row.cadence_days)}-day cadence"
            )
        items.append(f"<li><b>{esc(row.person)}</b>: {why}</li>")
    return f"<b>Gone quiet</b>:<ul style='margin:2px 0'>{''.join(items)}</ul>"


def intros_html(pairs: pd.DataFrame) -> str:
    """Show suggested introductions, each with its two double opt-in drafts."""
    if pairs.empty:
        return (
            "<b>Introductions to offer</b>: none yet. Notes that say what people work on and "
            "care about let the tracker spot who should meet."
        )
    blocks = []
    for row in pairs.itertuples(index=False):
        drafts = "".join(
            f"<div style='margin:4px 0'><i>To {esc(to)}:</i><br>{esc(text)}</div>"
            for to, text in ((row.first, row.draft_first), (row.second, row.draft_second))
        )
        blocks.append(
            f"<details class='rapport-intro'><summary><b>{esc(row.first)}</b> and "
            f"<b>{esc(row.second)}</b>: {esc(', '.join(row.shared[:3]))}</summary>"
            f"<div class='rapport-intro-why'>{esc(row.why)}</div>{drafts}</details>"
        )
    return "<b>Introductions to offer</b> (ask each side first):" + "".join(blocks)


class WeeklyDashboard(W.VBox):
    """Show this week against the goal, the last 12 weeks, whose turn it is, and introductions.

    Parameters
    ----------
    store
        The tracker to read (and to save goals and cadences in).
    today
        The current day (default: the real today, read at each refresh).

    Attributes
    ----------
    week
        The headline line (class ``rapport-week``).
    charts
        The Output with the 12-week chart and the give/ask chart.
    """

    def __init__(self, store: TrackerStore, today: date | None = None, **kwargs: Any):
        self.store = store
        self.today = today
        self.errors = ErrorPanel()
        guard = self.errors.guard
        # Text, not IntText: the browser's number box turns "2.5" into 25 and clamps 1000 to 500
        # without a word; here what was typed stays, and a wrong count is refused with a reason.
        self.goal = W.Text(value=str(DEFAULT_GOAL), description="Goal",
                           layout=W.Layout(width="12em"))  # fmt: skip
        self.goal.add_class("rapport-goal")
        self.set_goal = W.Button(
            description="set this week's goal", icon="flag", layout=W.Layout(width="auto")
        )
        self.set_goal.add_class("rapport-set-goal")
        self.week = W.HTML()
        self.week.add_class("rapport-week")
        self.message = W.HTML()
        self.message.add_class("rapport-dashboard-message")
        self.charts = W.Output()
        self.charts.add_class("rapport-tracker-charts")
        self.turn = W.HTML()
        self.turn.add_class("rapport-turn")
        self.quiet = W.HTML()
        self.quiet.add_class("rapport-quiet")
        self.cadence_person = W.Dropdown(description="Keep in touch with", options=[],
                                         style={"description_width": "initial"})  # fmt: skip
        self.cadence_days = W.Text(value="30", description="every",
                                   layout=W.Layout(width="10em"))  # fmt: skip
        self.set_cadence = W.Button(description="set cadence (days)", layout=W.Layout(width="auto"))
        self.set_cadence.add_class("rapport-set-cadence")
        self.intros = W.HTML()
        self.intros.add_class("rapport-intros")
        super().__init__(**kwargs)
        self.children = (
            *sample_banner(store),
            W.HBox([self.goal, self.set_goal]),
            self.week,
            self.message,
            self.charts,
            self.turn,
            self.quiet,
            W.HBox([self.cadence_person, self.cadence_days, self.set_cadence]),
            self.intros,
            self.errors,
        )
        self.add_class("rapport-dashboard")
        self.set_goal.on_click(guard(lambda _: self.save_goal()))
        self.set_cadence.on_click(guard(lambda _: self.save_cadence()))
        load_word_lists()  # now, not after the learner's first click
        self.refresh()

    def _today(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        """Read the tracker again and redraw everything."""
        today = self._today()
        log = self.store.interactions()
        goals = self.store.goals()
        summary = week_summary(log, today, goals)
        self.summary = summary
        if summary["goal"] is not None:
            self.goal.value = str(summary["goal"])
        self.week.value = week_html(summary)
        last = self.store.last_contacts()
        people = self.store.people()
        self.turn.value = turn_html(whose_turn(last), today)
        self.quiet.value = quiet_html(overdue(last, people, today), people)
        names = list(people["name"])
        if list(self.cadence_person.options) != names:
            self.cadence_person.options = names
        self.intros.value = intros_html(suggest_introductions(log))
        with self.charts:
            self.charts.clear_output(wait=True)
            display(weekly_chart(log, today, goals))
            display(give_ask_chart(log, today))

    def _say(self, text: str, ok: bool = True) -> None:
        colour = "#15803d" if ok else "#b91c1c"
        self.message.value = f"<span style='color:{colour}'>{esc(text)}</span>"

    def save_goal(self) -> None:
        """Save the goal box as the number of people to interact with this week."""
        try:
            goal = whole_number(self.goal.value, "A weekly goal", "people", MAX_GOAL)
            self.store.set_goal(week_start(self._today()), goal)
        except TrackerError as error:
            self._say(str(error), ok=False)
            return
        people = "1 person" if goal == 1 else f"{goal} people"
        self._say(f"Goal saved: {people} this week.")
        self.refresh()

    def save_cadence(self) -> None:
        """Save how often the learner wants to be in touch with the chosen person."""
        name = self.cadence_person.value
        if not name:
            self._say("Log someone first, then choose them here.", ok=False)
            return
        try:
            days = whole_number(self.cadence_days.value, "A cadence", "days", MAX_CADENCE_DAYS)
            self.store.add_person(name, cadence_days=days)
        except TrackerError as error:
            self._say(str(error), ok=False)
            return
        rhythm = every(days)
        self._say(f"You want to be in touch with {name} {rhythm}.")
        self.refresh()


class ReviewPanel(W.VBox):
    """The weekly review: its questions, this week's answers, and a reflection to keep.

    Parameters
    ----------
    store
        The tracker to read and to save the reflection in.
    today
        The current day (default: the real today); the review is of the week containing it.
    """

    def __init__(self, store: TrackerStore, today: date | None = None, **kwargs: Any):
        self.store = store
        self.today = today
        self.errors = ErrorPanel()
        self.prompts = W.HTML()
        self.prompts.add_class("rapport-review-prompts")
        self.text = W.Textarea(
            placeholder="What went well this week? Whom will you give to next week?",
            layout=W.Layout(width="40em", height="8em"),
        )
        self.text.add_class("rapport-reflection")
        self.save = W.Button(description="save reflection", icon="save")
        self.save.add_class("rapport-save-reflection")
        self.status = W.HTML()
        self.status.add_class("rapport-review-status")
        super().__init__(**kwargs)
        self.children = (self.prompts, self.text, W.HBox([self.save, self.status]), self.errors)
        self.add_class("rapport-review")
        self.save.on_click(self.errors.guard(lambda _: self.save_reflection()))
        self.text.observe(self.errors.guard(self._on_edit), names="value")
        self.refresh()
        self.text.value = self.store.reflection(self.week)
        self.status.value = ""

    @property
    def week(self) -> date:
        """The Monday of the week under review."""
        return week_start(self.today or date.today())

    def _on_edit(self, _change: dict) -> None:
        self.status.value = ""

    def refresh(self) -> None:
        """Answer the review's questions again from the tracker."""
        today = self.today or date.today()
        log = self.store.interactions()
        summary = week_summary(log, today, self.store.goals())
        last = self.store.last_contacts()
        owed = list(whose_turn(last)["person"])
        quiet = list(overdue(last, self.store.people(), today)["person"])
        new = not_followed_up(log, today)
        end = self.week + timedelta(days=7)
        met = [p for p, d in zip(new["person"], new["last_day"], strict=True) if d < end]
        questions = [
            ("How many different people did I actually interact with this week?",
             f"{_people(summary['people'])}, in "
             f"{plural(summary['interactions'], 'interaction')}."),
            ("How many of those interactions were giving (help, intro, feedback, sharing) vs "
             "asking?", f"{summary['gives']} giving, {summary['asks']} asking."),
            ("Did I read and respond to something a contact shared? Did I ask anyone for advice?",
             "Only you know: look at the notes you logged."),
            ("Whom do I owe a reply (they spoke last)?",
             _names(owed) + "." if owed else "Nobody: no one is waiting on you."),
            ("Who has gone quiet past my chosen cadence?",
             _names(quiet) + "." if quiet else "Nobody past a cadence you set."),
            ("Whom did I meet for the first time lately, and have I given them a reason to stay "
             "in touch?",
             (_names(met) + ": met once in the last three weeks; a follow-up would help."
              if met else "Nobody new in the last three weeks.")),
        ]  # fmt: skip
        items = "".join(f"<li><b>{esc(q)}</b><br>{a}</li>" for q, a in questions)
        self.prompts.value = (
            f"<b>Weekly review</b> (week of {self.week.strftime('%d %b %Y')})"
            f"<ol style='margin:2px 0'>{items}</ol>"
        )

    def save_reflection(self) -> None:
        """Save the text as this week's reflection and say so."""
        try:
            self.store.save_reflection(self.week, self.text.value)
        except TrackerError as error:
            self.status.value = f"<span style='color:#b91c1c'>{esc(str(error))}</span>"
            return
        self.status.value = "<span style='color:#15803d' class='rapport-saved'>saved</span>"
