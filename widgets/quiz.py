"""Sort replies into the course's taxonomy, one at a time, with feedback after every answer.

The replies come from the labelled corpus (:func:`rapport.messages.corpus.load_samples`). After
each answer the quiz says whether it was right, what the intended category is and why, and what
the coach's classifier (:func:`rapport.messages.classify_reply`) makes of the same reply, so the
learner sees the rules at work and where they disagree with a person.
"""

from __future__ import annotations

import html
import random
from collections import Counter
from collections.abc import Iterable
from typing import Any, Protocol

import ipywidgets as W

from rapport.messages import CATEGORIES, Context, classify_reply
from rapport.messages.replies import EXPLANATIONS
from widgets.errors import ErrorPanel

LABELS = {
    "conversation": "conversation",
    "boilerplate": "boilerplate",
    "combination": "combination",
    "silence": "silence",
    "return-with-ask": "return with an ask",
}


class Reply(Protocol):
    """What the quiz needs of a reply: a corpus :class:`~rapport.messages.corpus.Sample`."""

    id: str
    kind: str
    context: Context
    text: str
    category: str
    why: str


def label(category: str) -> str:
    """Return how a category is written on its button and in feedback."""
    return LABELS.get(category, category.replace("-", " "))


def situation_line(ctx: Context) -> str:
    """Return an escaped sentence setting the scene: you wrote first, and this is their reply.

    In a reply sample the context describes the learner, who sent the friendly first note
    (``recipient_name`` is who the reply is addressed to), so the quiz puts the learner in that
    person's place: the reply then greets them by their own name.
    """
    esc = html.escape
    if ctx.recipient_name:
        work = f", and you work on {esc(ctx.recipient_works_on)}" if ctx.recipient_works_on else ""
        line = f"You are <b>{esc(ctx.recipient_name)}</b>{work}. "
    else:
        line = ""
    line += "You sent a friendly first note to someone who had just connected with you."
    months = ctx.months_since_contact
    if months:
        line += f" Their reply came <b>{int(months)} months</b> later, with nothing in between:"
    elif ctx.history == "dormant":
        line += " Their reply came after a long silence:"
    else:
        line += " This is their reply:"
    return line


def reply_html(text: str) -> str:
    """Return the reply as escaped text, or "(no reply)" when nothing came."""
    if not text.strip():
        return "<div class='rapport-quiz-reply rapport-quiz-silence'><i>(no reply)</i></div>"
    return (
        "<div class='rapport-quiz-reply' style='white-space:pre-wrap;border-left:3px solid "
        f"#94a3b8;padding:4px 10px;margin:6px 0'>{html.escape(text)}</div>"
    )


class ReplyQuiz(W.VBox):
    """A quiz: read a reply to a friendly first note, choose its category, learn why.

    Parameters
    ----------
    samples
        Labelled samples; only replies (``kind == "reply"``) are asked.
    seed
        The replies are shuffled with this seed, so every run asks them in the same order;
        ``None`` keeps the order given.

    Attributes
    ----------
    index
        Which reply is shown (0-based); equals the number of replies once the summary shows.
    right, answered
        Replies answered right, and answered at all.
    answers
        ``(sample id, chosen category, intended category)`` for each answer, in order.
    """

    def __init__(self, samples: Iterable[Reply], seed: int | None = 0, **kwargs: Any):
        replies = [s for s in samples if getattr(s, "kind", "reply") == "reply"]
        if not replies:
            raise ValueError("The quiz needs at least one reply sample (kind 'reply').")
        unknown = sorted({s.category for s in replies} - set(CATEGORIES))
        if unknown:
            raise ValueError(f"Unknown reply categories: {', '.join(unknown)}.")
        if seed is not None:
            random.Random(seed).shuffle(replies)
        self.replies = replies
        self.index = 0
        self.right = 0
        self.answered = 0
        self.answers: list[tuple[str, str, str]] = []
        self.errors = ErrorPanel()
        guard = self.errors.guard

        self.progress = W.HTML()
        self.progress.add_class("rapport-quiz-progress")
        self.question = W.HTML()
        self.question.add_class("rapport-quiz-question")
        self.buttons = {
            category: W.Button(
                description=label(category),
                tooltip=EXPLANATIONS[category],
                layout=W.Layout(width="auto"),
            )
            for category in CATEGORIES
        }
        for category, button in self.buttons.items():
            button.add_class("rapport-quiz-answer")
            button.add_class(f"rapport-quiz-{category}")
            button.on_click(guard(self._answer_handler(category)))
        self.feedback = W.HTML()
        self.feedback.add_class("rapport-quiz-feedback")
        self.score = W.HTML()
        self.score.add_class("rapport-quiz-score")
        self.next = W.Button(description="next ▶", disabled=True)
        self.next.add_class("rapport-quiz-next")
        self.restart = W.Button(description="start again", icon="refresh")
        self.restart.add_class("rapport-quiz-restart")
        self.summary = W.HTML()
        self.summary.add_class("rapport-quiz-summary")
        self.next.on_click(guard(lambda _: self.advance()))
        self.restart.on_click(guard(lambda _: self.reset()))

        super().__init__(**kwargs)
        self.add_class("rapport-quiz")
        self._show()

    # -- state -------------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many replies the quiz asks."""
        return len(self.replies)

    @property
    def finished(self) -> bool:
        """Whether every reply has been answered and the summary shows."""
        return self.index >= self.total

    @property
    def current(self) -> Reply | None:
        """The reply shown, or ``None`` once finished."""
        return None if self.finished else self.replies[self.index]

    @property
    def waiting(self) -> bool:
        """Whether the reply shown still waits for an answer."""
        return not self.finished and self.answered == self.index

    # -- actions -----------------------------------------------------------------------------------
    def answer(self, category: str) -> bool:
        """Answer the reply shown with ``category``; return whether it was right.

        Raises
        ------
        ValueError
            When ``category`` is not one of the taxonomy's, or the reply was answered already.
        """
        if category not in CATEGORIES:
            raise ValueError(f"{category!r} is not one of {', '.join(CATEGORIES)}.")
        reply = self.current
        if reply is None or not self.waiting:
            raise ValueError("This reply has been answered already: press next.")
        correct = category == reply.category
        self.answered += 1
        self.right += int(correct)
        self.answers.append((reply.id, category, reply.category))
        self.feedback.value = self._feedback_html(reply, category, correct)
        self._show_controls()
        return correct

    def advance(self) -> None:
        """Show the next reply, or the summary after the last one."""
        if self.waiting or self.finished:
            return
        self.index += 1
        self._show()

    def reset(self) -> None:
        """Start the quiz again from the first reply."""
        self.index = self.right = self.answered = 0
        self.answers = []
        self._show()

    def _answer_handler(self, category: str):
        def handler(_button: W.Button) -> None:
            if self.waiting:  # a double click answers once
                self.answer(category)

        return handler

    # -- display -----------------------------------------------------------------------------------
    def _score_text(self) -> str:
        return f"{self.right} of {self.answered} right"

    def _show_controls(self) -> None:
        waiting = self.waiting
        for button in self.buttons.values():
            button.disabled = not waiting
        self.next.disabled = waiting
        self.next.description = "see the summary ▶" if self.index + 1 >= self.total else "next ▶"
        self.score.value = f"<b>{self._score_text()}</b>"

    def _show(self) -> None:
        reply = self.current
        if reply is None:
            self.progress.value = f"All {self.total} replies sorted."
            self.summary.value = self._summary_html()
            self.score.value = f"<b>{self._score_text()}</b>"
            self.children = [self.progress, self.summary, self.score, self.restart, self.errors]
            return
        self.progress.value = f"Reply {self.index + 1} of {self.total}"
        self.question.value = (
            f"<div>{situation_line(reply.context)}</div>{reply_html(reply.text)}"
            "<div>Which kind of reply is it?</div>"
        )
        self.feedback.value = ""
        self.summary.value = ""
        self.children = [
            self.progress,
            self.question,
            W.HBox(list(self.buttons.values())),
            self.feedback,
            W.HBox([self.score, self.next]),
            self.errors,
        ]
        self._show_controls()

    @staticmethod
    def _feedback_html(reply: Reply, chosen: str, correct: bool) -> str:
        esc = html.escape
        verdict = (
            "<b style='color:#15803d'>Right.</b>"
            if correct
            else f"<b style='color:#c2410c'>Not quite:</b> you chose {esc(label(chosen))}."
        )
        intended = reply.category
        judged = classify_reply(reply.text, reply.context)
        agrees = "agrees" if judged.category == intended else "disagrees"
        reasons = "; ".join(esc(r) for r in judged.reasons)
        why = f"<div class='rapport-quiz-why'>{esc(reply.why)}</div>" if reply.why else ""
        return (
            f"<div class='rapport-quiz-verdict' data-correct='{str(correct).lower()}'>{verdict} "
            f"It is <b class='rapport-quiz-intended'>{esc(label(intended))}</b>: "
            f"{esc(EXPLANATIONS[intended])}</div>{why}"
            f"<div class='rapport-quiz-classifier' style='color:#475569'>The coach's classifier "
            f"says <b>{esc(label(judged.category))}</b> ({judged.confidence:.0%} sure, {agrees}) "
            f"because {reasons}.</div>"
        )

    def _summary_html(self) -> str:
        esc = html.escape
        asked = Counter(intended for _, _, intended in self.answers)
        right = Counter(intended for _, chosen, intended in self.answers if chosen == intended)
        rows = "".join(
            f"<tr><td>{esc(label(c))}</td><td style='text-align:right'>{right[c]} of {asked[c]}"
            "</td></tr>"
            for c in CATEGORIES
            if asked[c]
        )
        mixed = Counter(
            (intended, chosen) for _, chosen, intended in self.answers if chosen != intended
        )
        mixes = "".join(
            f"<li>{n} × {esc(label(intended))} taken for {esc(label(chosen))}</li>"
            for (intended, chosen), n in mixed.most_common()
        )
        mix_block = f"<div>Mix-ups:<ul>{mixes}</ul></div>" if mixes else ""
        return (
            f"<div><b>You sorted {self.answered} replies and got {self.right} right.</b></div>"
            f"<table class='rapport-quiz-by-category'>{rows}</table>{mix_block}"
            "<div style='color:#475569'>Conversation and combination replies build the "
            "relationship; boilerplate, silence and a return with an ask do not.</div>"
        )
