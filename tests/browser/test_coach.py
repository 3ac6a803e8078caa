"""The message coach and the reply quiz in a real JupyterLab.

Typing in the coach's editor highlights the words each finding refers to, in the text itself,
and updates the score and findings; the keystroke-to-feedback latency is measured (and printed);
markup typed as a message stays text; a click in the quiz gives feedback.
"""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.samples import OWN_NADIA
from widgets.highlight_editor import DEBOUNCE_MS

from .lab import (
    UI_TIMEOUT_MS,
    Lab,
    assert_no_error_outputs,
    notebook_panel,
    open_notebook,
    run_all_cells,
    write_notebook,
)

NOTEBOOK = "coach-under-test.ipynb"
CELLS = (
    "from rapport.messages.corpus import load_samples\n"
    "from widgets import MessageCoach, ReplyQuiz\n\n"
    "samples = load_samples('corpus')\n"
    "situations = [s for s in samples if s.kind == 'outreach']",
    "coach = MessageCoach(situations=situations)\ncoach",
    "quiz = ReplyQuiz(samples, seed=None)\nquiz",
)
VAGUE = "Can I pick your brain sometime?"
# A good note names something of the reader's; a question alone ("what are you working on?",
# which gamed messages add too) no longer makes a note good.
GOOD = (
    "Thanks for connecting, Folasade! I look after refresher courses for night staff on a "
    "cardiac ward, and your hand-hygiene audit checklist is pinned in our staff room. What are "
    "you working on this spring?"
)
# About 150 words: a reconnecting note, long enough to make the analysis do real work.
LONG = (
    "Hi Tomasz, it has been far too long since the night shifts at the depot, and I am sorry I "
    "let it drift after you moved on. I have been following your posts about the automation "
    "pilot at the grocery distributor, and the one about pickers teaching the robots their "
    "shortcuts made me laugh out loud on the train. These days I lead operations at a small "
    "third-party logistics firm near Northampton. We are weighing up a goods-to-person system "
    "for next year, and most of what I read comes from vendors, which is why your honest "
    "notes have been so useful to me. If you ever have fifteen minutes in the next few weeks, "
    "I would love to hear what surprised you most in the first months of the pilot, but no "
    "worries at all if now is a busy time. How is the new role treating you, and is the team "
    "still running the Friday quiz?"
)
# Every principle met and no problem found, but under the good line: a beginner's list of
# questions with nothing of hers named.
LOW_NADIA = (
    "Hi Nadia, I want to get into product management and I have some beginner questions I hope "
    "you can answer: what does a product manager do all day, is it like a project manager, and "
    "what is a roadmap? Also, how does product work in medical devices? Thanks in advance, Lena"
)
KEYSTROKES = 25  # each must bring its own feedback; the latency is printed, not asserted
# Markup typed as a message: it must stay text in the findings and in the editor's mirror.
EMOJI = "🎉🎉 Thanks! 😊 Can I pick your brain sometime?"
EVIL = "<img src=x onerror=window.__pwned=1> Hi! What are you <b>building</b> this spring?"


@pytest.fixture(scope="module")
def notebook(lab: Lab) -> str:
    return write_notebook(lab, NOTEBOOK, CELLS)


def the_coach(page: Page, lab: Lab, notebook: str) -> Locator:
    """Open the notebook, run it, and return the coach once its editor is drawn."""
    open_notebook(page, lab, notebook)
    run_all_cells(page)
    coach = notebook_panel(page).locator(".rapport-coach")
    expect(coach).to_have_count(1, timeout=UI_TIMEOUT_MS)
    expect(editor(coach)).to_be_visible(timeout=UI_TIMEOUT_MS)
    return coach


def editor(coach: Locator) -> Locator:
    return coach.locator("textarea.rapport-he-input")


def marks(coach: Locator) -> Locator:
    return coach.locator(".rapport-he-mirror mark")


def scoreline(coach: Locator) -> Locator:
    return coach.locator(".rapport-coach-score .rapport-coach-scoreline")


def finding(coach: Locator, rule_id: str) -> Locator:
    return coach.locator(f".rapport-coach-findings li[data-rule='{rule_id}']")


def replace_text(page: Page, coach: Locator, text: str) -> None:
    """Select everything in the editor and type ``text`` over it, like a learner."""
    area = editor(coach)
    area.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(text)
    expect(area).to_have_value(text)


def wait_analysed(page: Page, coach: Locator, text: str) -> int:
    """Wait until the score is about ``text`` (by its length); return the score."""
    line = scoreline(coach)
    try:
        expect(line).to_have_attribute("data-chars", str(len(text)), timeout=UI_TIMEOUT_MS)
    except AssertionError:
        assert_no_error_outputs(page)
        raise
    return int(line.get_attribute("data-score") or -1)


# The mirror must lay the text out exactly like the textarea, or the marks sit under other words.
_LAYOUT = """el => {
  const area = el.querySelector('textarea.rapport-he-input');
  const mirror = el.querySelector('.rapport-he-mirror');
  const a = getComputedStyle(area), m = getComputedStyle(mirror);
  const keys = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing',
    'paddingTop', 'paddingLeft', 'paddingRight', 'borderTopWidth', 'borderLeftWidth',
    'whiteSpace', 'overflowWrap', 'wordBreak', 'tabSize', 'boxSizing'];
  const differ = keys.filter(k => a[k] !== m[k]).map(k => `${k}: ${a[k]} vs ${m[k]}`);
  const ar = area.getBoundingClientRect(), mr = mirror.getBoundingClientRect();
  return {
    differ,
    dx: Math.abs(ar.left - mr.left), dy: Math.abs(ar.top - mr.top),
    dw: Math.abs(area.clientWidth + parseFloat(a.borderLeftWidth) + parseFloat(a.borderRightWidth)
      - mr.width),
    scrollHeights: [area.scrollHeight, mirror.scrollHeight],
    scrollTops: [area.scrollTop, mirror.scrollTop],
    mirrorText: mirror.textContent, areaText: area.value,
  };
}"""


def assert_mirror_matches(coach: Locator) -> None:
    layout = coach.locator(".rapport-highlight-editor").evaluate(_LAYOUT)
    assert layout["differ"] == [], layout
    assert max(layout["dx"], layout["dy"], layout["dw"]) < 1, layout
    area_height, mirror_height = layout["scrollHeights"]
    assert abs(area_height - mirror_height) <= 1, f"the mirror wraps differently: {layout}"
    assert abs(layout["scrollTops"][0] - layout["scrollTops"][1]) <= 1, layout
    assert layout["mirrorText"].rstrip(" ") == layout["areaText"], layout


def test_findings_and_highlights_follow_the_text(page: Page, lab: Lab, notebook: str) -> None:
    coach = the_coach(page, lab, notebook)
    expect(scoreline(coach)).to_contain_text("Write or paste a message")

    # A vague ask: the finding is listed and its words are marked in the text itself.
    editor(coach).click()
    page.keyboard.type(VAGUE)
    vague_score = wait_analysed(page, coach, VAGUE)
    expect(finding(coach, "vague-ask")).to_contain_text("pick your brain")
    expect(finding(coach, "vague-ask")).to_contain_text("Habits that damage relationships")
    vague_mark = coach.locator(".rapport-he-mirror mark[data-rules~='vague-ask']")
    expect(vague_mark).to_have_text("pick your brain")
    expect(vague_mark).to_have_attribute("data-kind", "problem")
    expect(marks(coach)).to_have_count(1)  # "too short" is about the whole message: no mark
    expect(finding(coach, "too-short")).to_have_count(1)
    assert_mirror_matches(coach)

    # Shift+Enter makes a new line (as in most chat boxes); neither it nor Ctrl+Enter runs the
    # cell, which would make a new coach and lose the message. No key acts on the notebook.
    prompts = notebook_panel(page).locator(".jp-InputPrompt").all_text_contents()
    page.keyboard.press("Shift+Enter")
    page.keyboard.press("ControlOrMeta+Enter")
    page.keyboard.type("dd")
    expect(editor(coach)).to_have_value(VAGUE + "\ndd")
    page.wait_for_timeout(300)
    assert notebook_panel(page).locator(".jp-InputPrompt").all_text_contents() == prompts

    # Select all and type a good note with a question about them: the findings, the marks and
    # the score change.
    replace_text(page, coach, GOOD)
    good_score = wait_analysed(page, coach, GOOD)
    assert good_score > vague_score, (vague_score, good_score)
    expect(finding(coach, "vague-ask")).to_have_count(0)
    expect(coach.locator(".rapport-he-mirror mark[data-rules~='vague-ask']")).to_have_count(0)
    expect(finding(coach, "asks-about-them")).to_have_count(1)
    question = coach.locator(".rapport-he-mirror mark[data-rules~='asks-about-them']")
    expect(question).to_have_text("What are you working on this spring?")
    expect(question).to_have_attribute("data-kind", "strength")
    expect(scoreline(coach)).to_contain_text("good")
    assert_mirror_matches(coach)

    # A situation: its context changes the reading; its message loads; its rewrite shows.
    choose = coach.locator(".rapport-coach-choose select")
    expect(choose.locator("option").nth(1)).to_contain_text("1. new connection note to Folasade")
    choose.select_option(index=1)  # the corpus's first outreach sample: a note to Folasade
    situation = coach.locator(".rapport-coach-situation")
    expect(situation).to_contain_text("infection-control training for ICU nurses")
    coach.locator("button.rapport-coach-load").click()
    expect(editor(coach)).to_have_value(
        re.compile(r"^Hi Folasade, thanks for accepting"), timeout=UI_TIMEOUT_MS
    )
    text = editor(coach).input_value()
    wait_analysed(page, coach, text)
    expect(finding(coach, "references-their-work")).to_have_count(1)
    expect(coach.locator(".rapport-he-mirror mark[data-kind='strength']").first).to_be_visible()
    assert_mirror_matches(coach)
    coach.locator("button.rapport-coach-show-rewrite").click()
    expect(coach.locator(".rapport-coach-rewrite")).to_contain_text("already a good message")
    assert_no_error_outputs(page)


def test_keystroke_to_feedback_latency(
    page: Page, lab: Lab, notebook: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    coach = the_coach(page, lab, notebook)
    area = editor(coach)
    area.fill(LONG)
    wait_analysed(page, coach, LONG)
    assert_mirror_matches(coach)
    area.evaluate("el => { el.focus(); el.setSelectionRange(el.value.length, el.value.length); }")
    # In the page: the time of each keydown in the editor, and the moment the score line says
    # it is about a text one character longer (the coach writes the length in data-chars).
    coach.evaluate(
        """el => {
          const area = el.querySelector('textarea.rapport-he-input');
          const score = el.querySelector('.rapport-coach-score');
          const rec = {down: null, before: null, expect: null, fromKey: [], fromCall: []};
          area.addEventListener('keydown', () => {
            rec.down = performance.now();
            rec.expect = area.value.length + 1;
          }, true);
          rec.observer = new MutationObserver(() => {
            const line = score.querySelector('[data-chars]');
            if (rec.down === null || !line || Number(line.dataset.chars) !== rec.expect) return;
            const now = performance.now();
            rec.fromKey.push(now - rec.down);
            rec.fromCall.push(now - rec.before);
            rec.down = null;
          });
          rec.observer.observe(score, {subtree: true, childList: true, attributes: true,
                                       characterData: true});
          window.__coachLatency = rec;
        }"""
    )
    text = LONG
    for i in range(KEYSTROKES):
        letter = "abcdefghijklmnopqrstuvwxyz"[i % 26]
        page.evaluate("() => { window.__coachLatency.before = performance.now(); }")
        page.keyboard.press(letter)
        text += letter
        page.wait_for_function(
            f"() => window.__coachLatency.fromKey.length === {i + 1}", timeout=UI_TIMEOUT_MS
        )
    expect(area).to_have_value(text)
    wait_analysed(page, coach, text)
    assert_mirror_matches(coach)
    assert_no_error_outputs(page)
    recorded = page.evaluate(
        "() => { const r = window.__coachLatency; r.observer.disconnect();"
        " return {fromKey: r.fromKey, fromCall: r.fromCall}; }"
    )

    def percentile(values: list[float], share: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]

    from_key, from_call = recorded["fromKey"], recorded["fromCall"]
    figures = {
        "keystrokes": len(from_key),
        "words": len(LONG.split()),
        "debounce_ms": DEBOUNCE_MS,
        "p50_ms": round(statistics.median(from_key), 1),
        "p95_ms": round(percentile(from_key, 0.95), 1),
        "max_ms": round(max(from_key), 1),
        "p50_from_driver_ms": round(statistics.median(from_call), 1),
        "p95_from_driver_ms": round(percentile(from_call, 0.95), 1),
        "samples_ms": [round(t, 1) for t in from_key],
    }
    (tmp_path / "coach-latency.json").write_text(json.dumps(figures, indent=2))
    with capsys.disabled():
        print(
            f"\ncoach keystroke-to-feedback p50: {figures['p50_ms']:.0f} ms, "
            f"p95: {figures['p95_ms']:.0f} ms over {figures['keystrokes']} keystrokes "
            f"(~{figures['words']}-word message, {figures['debounce_ms']} ms debounce; "
            f"from the driver's call p95 {figures['p95_from_driver_ms']:.0f} ms); "
            f"{tmp_path / 'coach-latency.json'}"
        )
    assert len(from_key) == KEYSTROKES


def test_markup_in_a_message_stays_text(page: Page, lab: Lab, notebook: str) -> None:
    coach = the_coach(page, lab, notebook)
    page.evaluate("() => { delete window.__pwned; }")
    editor(coach).click()
    page.keyboard.type(EVIL)
    wait_analysed(page, coach, EVIL)
    question = finding(coach, "asks-about-them")
    expect(question).to_contain_text("What are you <b>building</b> this spring?")
    expect(coach.locator(".rapport-he-mirror mark[data-rules~='asks-about-them']")).to_have_text(
        "What are you <b>building</b> this spring?"
    )
    mirror = coach.locator(".rapport-he-mirror")
    expect(mirror).to_have_text(EVIL)
    assert mirror.evaluate("m => [...m.querySelectorAll('*')].every(e => e.tagName === 'MARK')")
    expect(page.locator('img[src="x"]')).to_have_count(0)
    expect(coach.locator(".rapport-he-mirror b")).to_have_count(0)
    expect(
        coach.locator(".rapport-coach-findings b", has_text=re.compile(r"^building$"))
    ).to_have_count(0)
    assert_mirror_matches(coach)
    page.wait_for_timeout(500)  # an <img src=x> would have failed to load and run onerror
    assert page.evaluate("() => window.__pwned") is None, "window.__pwned was set: HTML ran"

    # Emoji take two UTF-16 units in the page and one character in Python: the marks still
    # cover the right words.
    replace_text(page, coach, EMOJI)
    wait_analysed(page, coach, EMOJI)  # data-chars counts characters as Python does
    expect(coach.locator(".rapport-he-mirror mark[data-rules~='vague-ask']")).to_have_text(
        "pick your brain"
    )
    assert_mirror_matches(coach)
    assert_no_error_outputs(page)


def test_a_rewrite_is_checked_with_the_button_without_any_code(
    page: Page, lab: Lab, notebook: str, tmp_path: Path
) -> None:
    from rapport.messages.corpus import load_samples

    samples = [s for s in load_samples("corpus") if s.kind == "outreach"]
    outreach = [s.id for s in samples]
    original = samples[outreach.index("c-vague-pick-your-brain")].text
    coach = the_coach(page, lab, notebook)
    check = coach.locator("button.rapport-coach-check")
    expect(check).to_be_disabled()
    coach.locator(".rapport-coach-choose select").select_option(
        index=1 + outreach.index("c-vague-pick-your-brain")
    )
    expect(coach.locator(".rapport-coach-situation")).to_contain_text("Nadia")
    expect(check).to_be_enabled()
    # The original message, loaded and checked as it is, is refused.
    coach.locator("button.rapport-coach-load").click()
    # The kernel sends the loaded text back: wait for it before reading the score.
    expect(editor(coach)).to_have_value(original, timeout=UI_TIMEOUT_MS)
    wait_analysed(page, coach, original)
    check.click()
    result = coach.locator(".rapport-coach-grade .rapport-coach-grade-result")
    expect(result).to_have_attribute("data-passed", "false", timeout=UI_TIMEOUT_MS)
    expect(result).to_contain_text("Not graded")
    # An honest rewrite that meets every principle but scores under the line is told what
    # would lift it, in words the learner can act on.
    replace_text(page, coach, LOW_NADIA)
    wait_analysed(page, coach, LOW_NADIA)
    check.click()
    expect(result).to_contain_text("Not yet", timeout=UI_TIMEOUT_MS)
    expect(result.locator("li[data-met='true']")).to_have_count(4)
    lifts = result.locator(".rapport-coach-lifts")
    expect(lifts).to_be_visible()
    expect(lifts).to_contain_text("What would lift it most")
    expect(lifts.locator("li")).to_have_count(3)
    coach.screenshot(path=str(tmp_path / "coach-rewrite-lifts.png"))
    # The learner's own rewrite, typed over it, passes with every principle met.
    replace_text(page, coach, OWN_NADIA)
    wait_analysed(page, coach, OWN_NADIA)
    expect(coach.locator(".rapport-coach-grade")).to_contain_text("check this rewrite” again")
    check.click()
    expect(result).to_have_attribute("data-passed", "true", timeout=UI_TIMEOUT_MS)
    expect(result).to_contain_text("Passes")
    expect(result.locator("li[data-met='true']")).to_have_count(4)
    expect(result.locator("li[data-met='false']")).to_have_count(0)
    expect(result.locator(".rapport-coach-lifts")).to_have_count(0)
    coach.screenshot(path=str(tmp_path / "coach-rewrite-check.png"))
    # Another situation, written in; then back: the passing rewrite and its grade come back.
    select = coach.locator(".rapport-coach-choose select")
    select.select_option(index=1 + outreach.index("c-ghost-new-in-toronto"))
    expect(coach.locator(".rapport-coach-situation")).to_contain_text("Ahmad")
    replace_text(page, coach, AHMAD_DRAFT)
    wait_analysed(page, coach, AHMAD_DRAFT)
    select.select_option(index=1 + outreach.index("c-vague-pick-your-brain"))
    expect(editor(coach)).to_have_value(OWN_NADIA, timeout=UI_TIMEOUT_MS)
    expect(result).to_have_attribute("data-passed", "true", timeout=UI_TIMEOUT_MS)
    select.select_option(index=1 + outreach.index("c-ghost-new-in-toronto"))
    expect(editor(coach)).to_have_value(AHMAD_DRAFT, timeout=UI_TIMEOUT_MS)
    coach.screenshot(path=str(tmp_path / "coach-rewrite-drafts.png"))
    assert_no_error_outputs(page)


AHMAD_DRAFT = "Hi Ahmad, I moved to Toronto from Lahore after six years of hospital IT support."


# A thank-you with no question that names rare things of the reader's day, and a pitch that
# names their finance background before selling a savings product.
THANKS = "thank you for covering my saturday shift, Ngozi. the patients in bay 3 say you sang."
YIELD_PITCH = (
    "Hi Kwame, a few of us in Accra moved our savings into a dollar-pegged yield product. "
    "Given your background in finance I think you would like it. Happy to send the overview."
)


def test_a_warm_note_with_no_question_is_good_and_a_pitch_is_not(
    page: Page, lab: Lab, notebook: str
) -> None:
    coach = the_coach(page, lab, notebook)
    replace_text(page, coach, THANKS)
    wait_analysed(page, coach, THANKS)
    expect(scoreline(coach)).to_contain_text("good")
    expect(scoreline(coach)).to_contain_text("0 questions")
    details = finding(coach, "their-details")
    expect(details).to_contain_text("Their details")
    expect(details).to_contain_text("shift")
    mark = coach.locator(".rapport-he-mirror mark[data-rules~='their-details']")
    expect(mark.first).to_have_attribute("data-kind", "strength")
    assert "shift" in mark.all_text_contents()

    replace_text(page, coach, YIELD_PITCH)
    wait_analysed(page, coach, YIELD_PITCH)
    expect(scoreline(coach)).to_contain_text("needs work")
    expect(finding(coach, "connect-then-pitch")).to_contain_text("yield product")
    # "background", "finance": everyday words are not a detail of the reader.
    expect(finding(coach, "their-details")).to_have_count(0)
    assert_no_error_outputs(page)


def test_quiz_gives_feedback_after_a_click(page: Page, lab: Lab, notebook: str) -> None:
    open_notebook(page, lab, notebook)
    run_all_cells(page)
    quiz = notebook_panel(page).locator(".rapport-quiz")
    expect(quiz).to_have_count(1, timeout=UI_TIMEOUT_MS)
    expect(quiz.locator(".rapport-quiz-progress")).to_contain_text("Reply 1 of 21")
    # The learner is the one who wrote first: the reply greets them by the name they are given.
    question = quiz.locator(".rapport-quiz-question")
    expect(question).to_contain_text("You are Zainab")
    expect(question).to_contain_text("You sent a friendly first note to someone")
    expect(question.locator(".rapport-quiz-reply")).to_contain_text("Hi Zainab")
    # With seed=None the quiz asks the corpus in order: a conversation reply comes first.
    quiz.locator("button.rapport-quiz-conversation").click()
    feedback = quiz.locator(".rapport-quiz-feedback")
    expect(feedback).to_contain_text("Right.", timeout=UI_TIMEOUT_MS)
    expect(feedback).to_contain_text("classifier says")
    expect(quiz.locator(".rapport-quiz-score")).to_contain_text("1 of 1 right")
    expect(quiz.locator("button.rapport-quiz-conversation")).to_be_disabled()
    quiz.locator("button.rapport-quiz-next").click()
    expect(quiz.locator(".rapport-quiz-progress")).to_contain_text("Reply 2 of 21")
    quiz.locator("button.rapport-quiz-silence").click()
    expect(feedback).to_contain_text("Not quite", timeout=UI_TIMEOUT_MS)
    expect(quiz.locator(".rapport-quiz-score")).to_contain_text("1 of 2 right")
    assert_no_error_outputs(page)


# Messy notes of the kind real people send: a lower-case reply under the line it answers, a
# neighbour's careful ask that says what the writer carries, a casual note naming real things.
QUOTED_REPLY = (
    "> could you cover my thursday clinic while im at the conference?\n"
    "yep, all good. ill do the 2pm lists too so youre not coming back to a pile"
)
CAREFUL_ASK = (
    "Hi Gerrit, Anneke from the farm next door. Our post driver burst a hose. Could I borrow "
    "yours Thursday and Friday? I'll collect it and bring it back Friday evening with the tank "
    "full. If you need it yourself, no problem at all."
)
CASUAL = (
    "hey Marco, good to finally meet at the food bank night. still laughing about the forklift "
    "and the pallets. lets stay connected"
)
WATCHED = (
    "Hi Priya, loved your essay on heat-pump installers. I saw on Strava you run the canal loop "
    "most Tuesdays, so I could fall in beside you next week. No pressure!"
)


REPLY_WITH_TIMES = (
    "Happy to! I'm on days Mon-Wed next week, ring the ward after 2pm and ask for me. Send me "
    "your two or three biggest questions first so I can be useful."
)
REPLY_PITCH = (
    "Great question, Lina! That's exactly what I cover in my paid coaching programme. Book a "
    "discovery call here: https://example.com/book"
)


def test_a_reply_an_ask_that_carries_its_cost_and_real_things_are_named(
    page: Page, lab: Lab, notebook: str
) -> None:
    coach = the_coach(page, lab, notebook)
    shots = Path("/tmp/journey-shots")
    shots.mkdir(exist_ok=True)
    replace_text(page, coach, QUOTED_REPLY)
    wait_analysed(page, coach, QUOTED_REPLY)
    expect(scoreline(coach)).to_contain_text("good")
    expect(finding(coach, "answers-them")).to_have_count(1)
    answer = coach.locator(".rapport-he-mirror mark[data-rules~='answers-them']")
    assert "yep" in answer.all_text_contents()
    # The quoted line is their question, not the writer's ask.
    expect(finding(coach, "unusual-ask")).to_have_count(0)
    expect(finding(coach, "ask-too-big")).to_have_count(0)
    coach.screenshot(path=str(shots / "coach-quoted-reply.png"))

    # A short answer is complete as a reply, and the coach says it read it as one.
    expect(finding(coach, "read-as-reply")).to_have_count(1)
    expect(finding(coach, "too-short")).to_have_count(0)
    replace_text(page, coach, REPLY_WITH_TIMES)
    wait_analysed(page, coach, REPLY_WITH_TIMES)
    expect(scoreline(coach)).to_contain_text("good")
    gives = coach.locator(".rapport-he-mirror mark[data-rules~='gives-in-reply']")
    assert "Mon-Wed next week" in gives.all_text_contents()
    replace_text(page, coach, REPLY_PITCH)
    wait_analysed(page, coach, REPLY_PITCH)
    expect(scoreline(coach)).to_contain_text("needs work")
    expect(finding(coach, "connect-then-pitch")).to_contain_text("discovery call")

    replace_text(page, coach, CAREFUL_ASK)
    wait_analysed(page, coach, CAREFUL_ASK)
    expect(finding(coach, "takes-on-cost")).to_contain_text("I'll collect")
    expect(finding(coach, "shared-context")).to_contain_text("from the farm next door")
    coach.screenshot(path=str(shots / "coach-careful-ask.png"))

    replace_text(page, coach, CASUAL)
    wait_analysed(page, coach, CASUAL)
    concrete = coach.locator(".rapport-he-mirror mark[data-rules~='concrete']")
    assert "forklift" in concrete.all_text_contents()
    expect(finding(coach, "specific")).to_contain_text("at the food bank night")
    expect(finding(coach, "could-be-anyone")).to_have_count(0)
    coach.screenshot(path=str(shots / "coach-casual-note.png"))

    # A detail of their private life is not personalisation: the note cannot be judged good.
    replace_text(page, coach, WATCHED)
    wait_analysed(page, coach, WATCHED)
    expect(finding(coach, "intrusive")).to_contain_text("on Strava")
    expect(scoreline(coach)).to_contain_text("needs work")
    watched = coach.locator(".rapport-he-mirror mark[data-rules~='intrusive']")
    assert any("Strava" in text for text in watched.all_text_contents())
    coach.screenshot(path=str(shots / "coach-intrusive-note.png"))
    assert_no_error_outputs(page)
