"""The live message coach: type a message, see what it does to the relationship, in the text.

:class:`MessageCoach` wires a :class:`~widgets.highlight_editor.HighlightEditor` to
:func:`rapport.messages.analyze`: the score, the verdict and the findings (strengths first)
update as the learner types, and the words each finding refers to are highlighted in the text.
In a situation with a message to rewrite, "check this rewrite" grades the text in the editor with
the same grader as exercise 03 (:func:`rapport.messages.rewrites.grade_corpus_rewrite`), so a
learner who does not write Python can do the rewrites in the coach alone.

Everything the learner types is shown as text: the mirror is built from DOM text nodes, and the
score and findings areas escape every quote from the message.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import ipywidgets as W

from rapport.messages import Analysis, Context, analyze
from rapport.messages.rewrites import RewriteGrade, grade_corpus_rewrite
from rapport.messages.words import load_word_lists
from widgets.coach_view import (
    PROMPT,
    Situation,
    findings_html,
    grade_html,
    highlights,
    rewrite_html,
    score_html,
    situation_html,
    situation_label,
)
from widgets.errors import ErrorPanel
from widgets.highlight_editor import DEBOUNCE_MS, HighlightEditor

__all__ = ["NO_SITUATION", "PROMPT", "MessageCoach"]

# -------------------------------------------------------------------------------------------------
# The coach

NO_SITUATION = "(no situation: your own message)"
NONE = -1  # the dropdown's value for "no situation" (None would mean "nothing selected")


class MessageCoach(W.VBox):
    """Write a message and see, as you type, what it does to the relationship.

    Parameters
    ----------
    situations
        Situations to practise in, such as the corpus outreach samples
        (``[s for s in load_samples("corpus") if s.kind == "outreach"]``). When given, a
        dropdown chooses one: its context is used for the analysis, its description is shown,
        and buttons load its message and reveal its model rewrite.
    context
        The situation when none is chosen (``None``: the message alone).
    debounce_ms
        The shortest interval between two sends of the text while the learner types (a key
        after a pause is sent at once).

    Attributes
    ----------
    analysis
        The last :class:`~rapport.messages.Analysis`, or ``None`` while the editor is empty.
    context
        The context the message is analysed in.
    grade
        The last rewrite checked with "check this rewrite", or ``None``.
    rewrites
        The last rewrite checked for each situation, by sample id: what a learner who does not
        write Python hands to the grading cell of workbook 03.

    Each situation keeps its own draft: coming back to a situation brings back the text last
    written in it, and the grade of its last check, so work in one never overwrites another.
    """

    def __init__(
        self,
        situations: Sequence[Situation] | None = None,
        context: Context | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        **kwargs: Any,
    ):
        load_word_lists()  # now, not on the learner's first keystroke (about 0.2 s)
        self.situations = list(situations or [])
        self.default_context = context
        self.context = context
        self.analysis: Analysis | None = None
        self.errors = ErrorPanel()
        guard = self.errors.guard

        self.editor = HighlightEditor(
            placeholder="Write your message here, e.g. a note to a new connection",
            debounce_ms=debounce_ms,
        )
        self.score = W.HTML()
        self.score.add_class("rapport-coach-score")
        self.findings = W.HTML()
        self.findings.add_class("rapport-coach-findings")
        self.situation = W.Dropdown(
            options=[(NO_SITUATION, NONE)]
            + [(situation_label(i + 1, s), i) for i, s in enumerate(self.situations)],
            value=NONE,
            description="Situation",
            layout=W.Layout(width="min(100%, 46em)"),
        )
        self.situation.add_class("rapport-coach-choose")
        self.situation_info = W.HTML()
        self.situation_info.add_class("rapport-coach-situation")
        self.load = W.Button(
            description="load this message",
            icon="download",
            disabled=True,
            layout=W.Layout(width="auto"),
        )
        self.load.add_class("rapport-coach-load")
        self.show_rewrite = W.ToggleButton(
            description="show model rewrite",
            icon="eye",
            disabled=True,
            layout=W.Layout(width="auto"),
        )
        self.show_rewrite.add_class("rapport-coach-show-rewrite")
        self.rewrite = W.HTML()
        self.rewrite.add_class("rapport-coach-rewrite")
        self.check = W.Button(
            description="check this rewrite",
            icon="check",
            disabled=True,
            tooltip="Grade the text in the editor as a rewrite of this situation's message",
            layout=W.Layout(width="auto"),
        )
        self.check.add_class("rapport-coach-check")
        self.grade_view = W.HTML()
        self.grade_view.add_class("rapport-coach-grade")
        self.grade: RewriteGrade | None = None
        self.rewrites: dict[str, str] = {}
        self._grades: dict[str, RewriteGrade] = {}
        self._drafts: dict[int, str] = {}  # by dropdown value: the text last written in each
        self._graded_text: str | None = None

        super().__init__(**kwargs)
        chooser: tuple[W.Widget, ...] = ()
        if self.situations:
            chooser = (
                self.situation,
                self.situation_info,
                W.HBox([self.load, self.show_rewrite]),
                self.rewrite,
            )
            checker: tuple[W.Widget, ...] = (W.HBox([self.check]), self.grade_view)
        else:
            checker = ()
        self.children = (
            *chooser,
            self.editor,
            *checker,
            self.score,
            self.findings,
            self.errors,
        )
        self.add_class("rapport-coach")

        self.editor.observe(guard(self._on_text), names="value")
        self.situation.observe(guard(self._on_situation), names="value")
        self.load.on_click(guard(lambda _: self.load_sample()))
        self.show_rewrite.observe(guard(self._on_show_rewrite), names="value")
        self.check.on_click(guard(lambda _: self.check_rewrite()))
        _warm_up()
        self._show_situation()
        self.refresh()

    # -- state -------------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The message in the editor."""
        return self.editor.value

    @property
    def sample(self) -> Situation | None:
        """The chosen situation, or ``None``."""
        index = self.situation.value
        return None if index is None or index == NONE else self.situations[index]

    # -- analysis ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Analyse the editor's text in the current context and show the result."""
        text = self.editor.value
        if not text.strip():  # analyze refuses empty text: say what to do instead
            self.analysis = None
            self.editor.set_highlights(text, [])
            self.score.value = score_html(None, len(text))
            self.findings.value = ""
            return
        analysis = analyze(text, self.context)
        self.analysis = analysis
        self.editor.set_highlights(text, highlights(analysis))
        self.findings.value = findings_html(analysis)
        self.score.value = score_html(analysis, len(text))  # last: tests wait for its length

    def _on_text(self, _change: dict) -> None:
        self.refresh()
        if self._graded_text is not None and self.editor.value != self._graded_text:
            self.grade_view.value = (
                "<i style='color:#64748b'>The text changed since the last check: press "
                "“check this rewrite” again.</i>"
            )
            self._graded_text = None

    # -- rewrites ----------------------------------------------------------------------------------
    def check_rewrite(self) -> RewriteGrade | None:
        """Grade the editor's text as a rewrite of the chosen situation, as exercise 03 does.

        Returns
        -------
        RewriteGrade or None
            The grade, also shown under the editor; ``None`` when there is nothing to check.
        """
        sample = self.sample
        if sample is None or not sample.rewrite:
            self.grade_view.value = "<i>Choose a situation with a message to rewrite first.</i>"
            return None
        text = self.editor.value
        if not text.strip():
            self.grade_view.value = "<i>Write your rewrite in the editor above, then check it.</i>"
            return None
        grade = grade_corpus_rewrite(sample.id, text)
        self.grade = grade
        self.rewrites[sample.id] = text
        self._grades[sample.id] = grade
        self._graded_text = text
        self.grade_view.value = grade_html(grade)
        return grade

    # -- situations --------------------------------------------------------------------------------
    def _on_situation(self, change: dict) -> None:
        sample = self.sample
        self.context = self.default_context if sample is None else sample.context
        self.show_rewrite.value = False
        self._show_situation()
        # The text written in the situation left stays its draft; one written here comes back
        # (a situation never written in keeps the editor's text, to be read in its context).
        if change["old"] is not None:
            self._drafts[change["old"]] = self.editor.value
        draft = self._drafts.get(change["new"])
        if draft is not None and draft != self.editor.value:
            self.editor.value = draft  # refreshes through _on_text
        else:
            self.refresh()
        checked = None if sample is None else self._grades.get(sample.id)
        if sample is not None and checked is not None and self.rewrites.get(sample.id) == self.text:
            self.grade = checked
            self._graded_text = self.editor.value
            self.grade_view.value = grade_html(checked)

    def _show_situation(self) -> None:
        sample = self.sample
        self.load.disabled = self.show_rewrite.disabled = sample is None
        self.check.disabled = sample is None or not sample.rewrite
        self.rewrite.value = ""
        self.grade_view.value = ""
        if sample is not None and not sample.rewrite:
            self.grade_view.value = (
                "<i>This situation's message is already a good one, so there is no rewrite to "
                "check: write your own message and read the coach's feedback below.</i>"
            )
        self._graded_text = None
        if sample is None:
            self.situation_info.value = (
                "<i>Choose a situation to write in it, or just write: the coach then reads the "
                "message alone.</i>"
            )
        else:
            self.situation_info.value = situation_html(sample.context)

    def choose(self, sample_id: str | None) -> None:
        """Choose the situation with id ``sample_id`` (``None``: no situation)."""
        if sample_id is None:
            self.situation.value = NONE
            return
        for i, sample in enumerate(self.situations):
            if sample.id == sample_id:
                self.situation.value = i
                return
        raise ValueError(f"No situation with id {sample_id!r}.")

    def load_sample(self) -> None:
        """Put the chosen situation's message in the editor."""
        sample = self.sample
        if sample is not None:
            self.editor.value = sample.text

    def _on_show_rewrite(self, change: dict) -> None:
        sample = self.sample
        shown = bool(change["new"]) and sample is not None
        self.show_rewrite.description = "hide model rewrite" if shown else "show model rewrite"
        self.rewrite.value = rewrite_html(sample) if shown and sample is not None else ""


_WARM = (
    "Hi, thanks for connecting. I work on hospital supply planning and I read your post about "
    "night-shift handovers with great interest last week. What are you working on this spring?"
)


@cache
def _warm_up() -> None:
    """Analyse a long message once, so the first real one does not wait for textstat to load."""
    analyze(_WARM)
