"""Texts and situations several test files share, written once."""

from rapport.messages import Context, analyze
from rapport.messages.corpus import load_samples

# Exercise 03's two situations, as the corpus records them: a stranger asked for advice on
# product management, and a recruiter connected to 19 months ago and never written to.
_SITUATIONS = {s.id: s.context for s in load_samples("corpus") if s.context is not None}
NADIA: Context = _SITUATIONS["c-vague-pick-your-brain"]
AHMAD: Context = _SITUATIONS["c-ghost-new-in-toronto"]


def rules(text: str, context: Context | None = None) -> set[str]:
    """The ids of the coach's findings on ``text``."""
    return analyze(text, context).rule_ids


# A learner's own rewrite for exercise 03's first situation (the note to Nadia), written for the
# tests in its own words: it passes, where a paraphrase of the model answer is a near-copy.
OWN_NADIA = (
    "Hello Nadia, I sort out group bookings at a five-person tour firm in Porto and hope to try "
    "product work next year. When your team put the new trip planner in front of real "
    "travellers in your talk, I finally saw what testing means. Would two short questions by "
    "message be all right, on what to learn first for a junior product role? Feel free to say "
    "no if the month is full. What is your team building at the moment?"
)
