"""How fast the coach reads a message.

Targets (issue: outreach coach): ``analyze`` median under 2 ms for a 150-word message, and
10,000 messages in under 10 s. The comparison peer is textstat's Flesch reading ease alone on the
same text (one of the things the coach computes), so the ratio shows what the rules add.
"""

import statistics
import time

import textstat

from rapport.messages import Context, analyze, classify_reply

NOTE = (
    "Hi Ines, thanks for connecting, and congratulations on the new role. I coordinate discharge "
    "planning at a small hospital in Leeds, and your post about night-shift handover checklists "
    "made me rethink the way we pass on patients at seven in the morning. We tried a one-page "
    "version on two wards last month: the nurses liked it, the doctors ignored it. What are you "
    "working on now that the pilot is over? If it helps, I am happy to share our template and "
    "the short survey we ran afterwards. No need to reply quickly; I know the first weeks in a "
    "new job are full. It would be lovely to hear what surprised you most when you rolled the "
    "checklist out, and what you would do differently next time around. I will be at the "
    "regional nursing conference in March, so if you are going too, coffee is on me."
)
CONTEXT = Context(recipient_name="Ines", recipient_works_on="night-shift handover checklists")


def main() -> None:
    words = len(NOTE.split())
    textstat.flesch_reading_ease(NOTE)  # load its dictionary before timing
    samples = []
    for i in range(2000):
        text = NOTE + f" {i}"
        start = time.perf_counter()
        analyze(text, CONTEXT)
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples)
    p95 = sorted(samples)[int(len(samples) * 0.95)]
    peer = statistics.median(
        _timed(textstat.flesch_reading_ease, NOTE + f" {i}") for i in range(2000)
    )
    # the same note as typed on a phone, with an accent and an emoji: text RE2 reads through its
    # ASCII stand-in
    typed = NOTE.replace("Leeds", "Orléans") + " \U0001f642"
    phone = statistics.median(_timed(analyze, typed + f" {i}", CONTEXT) for i in range(2000))
    start = time.perf_counter()
    for i in range(10_000):
        analyze(NOTE[: 200 + i % 700] + f" {i}?", CONTEXT)
    batch = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(10_000):
        classify_reply(NOTE[: 100 + i % 500] + f" {i}")
    replies = time.perf_counter() - start
    print(f"analyze, {words}-word message: median {median * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"
          "   (target median < 2 ms)")  # fmt: skip
    print(f"the same message, typed with an accent and an emoji: median {phone * 1000:.2f} ms")
    print(
        f"textstat reading ease alone: median {peer * 1000:.3f} ms; "
        f"analyze/textstat ratio {median / peer:.1f}"
    )
    print(f"10,000 messages analysed in {batch:.2f} s   (target < 10 s)")
    print(f"10,000 replies classified in {replies:.2f} s")


def _timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
