"""Texts several test files share, written once."""

# A learner's own rewrite for exercise 03's first situation (the note to Nadia), written for the
# tests in its own words: it passes, where a paraphrase of the model answer is a near-copy.
OWN_NADIA = (
    "Hello Nadia, I sort out group bookings at a five-person tour firm in Porto and hope to try "
    "product work next year. When your team put the new trip planner in front of real "
    "travellers in your talk, I finally saw what testing means. Would two short questions by "
    "message be all right, on what to learn first for a junior product role? Feel free to say "
    "no if the month is full. What is your team building at the moment?"
)
