"""Headless tests of the message coach and the reply quiz: set values, click, assert state."""

from __future__ import annotations

import html
import time

import pytest

from rapport.messages import CATEGORIES, Context, analyze, classify_reply
from rapport.messages.corpus import load_samples
from tests.samples import OWN_NADIA
from widgets import HighlightEditor, MessageCoach, ReplyQuiz
from widgets.coach import NO_SITUATION, PROMPT
from widgets.coach_view import highlights

VAGUE = "Can I pick your brain sometime?"
GOOD = (
    "Thanks for connecting, Folasade! I look after refresher courses for night staff on a "
    "cardiac ward. What are you working on this spring, and what has surprised you most?"
)
# Mentions her work ("infection-control training") and asks about it.
ABOUT_HER_WORK = "Hi Folasade, I saw your post. How do you fit infection-control sessions in?"
EVIL = "<img src=x onerror=window.__pwned=1> <b>bold</b> & can I pick your brain?"


@pytest.fixture(scope="module")
def outreach():
    return [s for s in load_samples("corpus") if s.kind == "outreach"]


@pytest.fixture(scope="module")
def replies():
    return [s for s in load_samples("corpus") if s.kind == "reply"]


def by_id(samples, sample_id):
    return next(s for s in samples if s.id == sample_id)


def rules_of(coach: MessageCoach) -> set[str]:
    return {h["rule_id"] for h in coach.editor.highlights}


# -- the coach -------------------------------------------------------------------------------------


def test_typing_a_vague_ask_scores_lists_and_highlights_the_words():
    coach = MessageCoach()
    assert "rapport-coach" in coach._dom_classes
    coach.editor.value = VAGUE
    analysis = coach.analysis
    assert analysis is not None
    assert analysis.text == VAGUE
    assert analysis.score == analyze(VAGUE).score
    assert f"data-score='{analysis.score}'" in coach.score.value
    assert f"data-chars='{len(VAGUE)}'" in coach.score.value
    assert "needs work" in coach.score.value
    assert "data-rule='vague-ask'" in coach.findings.value
    assert "Habits that damage relationships" in coach.findings.value  # the principle's name
    assert "“pick your brain”" in coach.findings.value
    vague = [h for h in coach.editor.highlights if h["rule_id"] == "vague-ask"]
    assert vague, coach.editor.highlights
    start, end = VAGUE.index("pick your brain"), VAGUE.index("pick your brain") + 15
    assert any(h["start"] <= start and h["end"] >= end for h in vague)
    assert all(h["kind"] == "problem" and h["title"] == "Vague ask" for h in vague)
    # too-short is about the whole message: listed, not highlighted.
    assert "data-rule='too-short'" in coach.findings.value
    assert "too-short" not in rules_of(coach)
    assert coach.editor.highlights_for == VAGUE
    assert coach.errors.value == ""


def test_changing_the_text_changes_score_findings_and_highlights():
    coach = MessageCoach()
    coach.editor.value = VAGUE
    vague_score = coach.analysis.score
    coach.editor.value = GOOD
    assert coach.analysis.text == GOOD
    assert coach.analysis.score > vague_score
    assert "vague-ask" not in rules_of(coach)
    assert "data-rule='vague-ask'" not in coach.findings.value
    strengths = [h for h in coach.editor.highlights if h["kind"] == "strength"]
    assert {"asks-about-them", "thanks"} <= {h["rule_id"] for h in strengths}
    question = GOOD[GOOD.index("What are") :]
    assert any(GOOD[h["start"] : h["end"]] == question for h in strengths)
    # Strengths are listed before problems.
    findings = coach.findings.value
    if "rapport-findings-problem" in findings:
        assert findings.index("rapport-findings-strength") < findings.index(
            "rapport-findings-problem"
        )
    assert f"data-chars='{len(GOOD)}'" in coach.score.value


def test_empty_text_shows_a_prompt_not_an_error():
    coach = MessageCoach()
    assert coach.analysis is None
    assert html.escape(PROMPT) in coach.score.value
    coach.editor.value = VAGUE
    for blank in ("", "   \n  "):
        coach.editor.value = blank
        assert coach.analysis is None
        assert html.escape(PROMPT) in coach.score.value
        assert coach.findings.value == ""
        assert coach.editor.highlights == []
        assert coach.errors.value == ""
        assert coach.errors.last_error is None


def test_other_errors_are_shown_in_the_error_panel():
    coach = MessageCoach()
    coach.editor.value = "x" * 100_001  # over the coach's limit: analyze says so
    assert isinstance(coach.errors.last_error, ValueError)
    assert "100,000" in coach.errors.value
    coach.editor.value = VAGUE
    assert coach.errors.value == ""


def test_choosing_a_situation_sets_the_context(outreach):
    coach = MessageCoach(situations=outreach)
    assert coach.situation.options[0] == (NO_SITUATION, -1)
    assert coach.situation.value == -1
    assert len(coach.situation.options) == 33
    assert coach.load.disabled
    assert coach.show_rewrite.disabled
    coach.editor.value = ABOUT_HER_WORK
    assert "references-their-work" not in coach.analysis.rule_ids
    coach.choose("c-first-note-charge-nurse")
    sample = by_id(outreach, "c-first-note-charge-nurse")
    assert coach.context == sample.context
    assert "references-their-work" in coach.analysis.rule_ids
    assert "references-their-work" in rules_of(coach)
    info = coach.situation_info.value
    for shown in ("Folasade", "infection-control training for ICU nurses", "never spoken"):
        assert shown in info
    assert not coach.load.disabled
    assert not coach.show_rewrite.disabled
    # Back to no situation: back to the message alone (or the given default context).
    coach.situation.value = -1
    assert coach.context is None
    assert "references-their-work" not in coach.analysis.rule_ids


def test_situation_shows_the_gap_and_the_goal(outreach):
    coach = MessageCoach(situations=outreach)
    coach.choose("c-reconnect-depot-gap")
    info = coach.situation_info.value
    assert "26 months ago" in info
    assert "went quiet" in info
    assert "catch up and learn from his automation pilot" in info
    with pytest.raises(ValueError, match="no-such"):
        coach.choose("no-such")


def test_a_situation_with_someone_never_spoken_to_says_when_they_connected():
    from widgets.coach_view import situation_html

    never = situation_html(Context("Sofia", history="never", months_since_contact=11))
    assert "connected 11 months ago" in never
    assert "last in touch" not in never
    dormant = situation_html(Context("Ana", history="dormant", months_since_contact=1))
    assert "last in touch 1 month ago" in dormant


def test_default_context_is_used_without_a_situation(outreach):
    sample = by_id(outreach, "c-first-note-charge-nurse")
    coach = MessageCoach(situations=outreach, context=sample.context)
    coach.editor.value = ABOUT_HER_WORK
    assert "references-their-work" in coach.analysis.rule_ids
    coach.choose("c-reconnect-depot-gap")
    assert "references-their-work" not in coach.analysis.rule_ids
    coach.choose(None)
    assert coach.context == sample.context


def test_load_this_message_and_show_model_rewrite(outreach):
    coach = MessageCoach(situations=outreach)
    sample = by_id(outreach, "c-vague-pick-your-brain")
    assert sample.rewrite
    coach.choose(sample.id)
    assert coach.rewrite.value == ""
    coach.load.click()
    assert coach.editor.value == sample.text
    assert coach.analysis.text == sample.text
    assert coach.analysis.score == analyze(sample.text, sample.context).score
    coach.show_rewrite.value = True
    assert html.escape(sample.rewrite) in coach.rewrite.value
    assert html.escape(sample.why) in coach.rewrite.value
    assert coach.show_rewrite.description == "hide model rewrite"
    coach.show_rewrite.value = False
    assert coach.rewrite.value == ""
    # Another situation hides the rewrite again; a good sample says it needs none.
    coach.show_rewrite.value = True
    coach.choose("c-first-note-charge-nurse")
    assert coach.show_rewrite.value is False
    assert coach.rewrite.value == ""
    coach.show_rewrite.value = True
    assert "already a good message" in coach.rewrite.value


def test_check_this_rewrite_runs_the_exercise_grader_without_any_code(outreach):
    from rapport.messages.rewrites import grade_corpus_rewrite

    coach = MessageCoach(situations=outreach)
    assert coach.check.disabled  # no situation yet
    coach.choose("c-first-note-charge-nurse")  # already good: nothing to rewrite
    assert coach.check.disabled
    assert "no rewrite to check" in coach.grade_view.value  # the greyed button says why
    coach.choose("c-vague-pick-your-brain")
    assert not coach.check.disabled
    coach.editor.value = OWN_NADIA
    coach.check.click()
    expected = grade_corpus_rewrite("c-vague-pick-your-brain", OWN_NADIA)
    assert coach.grade == expected  # the same grader as exercise 03, same result
    assert coach.grade.passed, coach.grade.feedback()
    assert "data-passed='true'" in coach.grade_view.value
    assert coach.rewrites == {"c-vague-pick-your-brain": OWN_NADIA}
    # Editing after a check says the check is stale; loading the original is refused.
    coach.editor.value = OWN_NADIA + " Thanks!"
    assert "check this rewrite” again" in coach.grade_view.value
    coach.load.click()
    coach.check.click()
    assert coach.grade.refused
    assert "Not graded" in coach.grade_view.value
    assert coach.errors.value == ""


def test_each_situation_keeps_its_own_draft_and_its_checked_rewrite(outreach):
    coach = MessageCoach(situations=outreach)
    coach.choose("c-vague-pick-your-brain")
    coach.editor.value = OWN_NADIA
    coach.check.click()
    assert coach.grade.passed
    # Another situation: the learner writes and checks a different message there.
    coach.choose("c-ghost-new-in-toronto")
    other = "Hi Ahmad, I moved to Toronto from Lahore after six years in hospital IT support."
    coach.editor.value = other
    coach.check.click()
    # Back to the first: its text and its passing grade come back; nothing was overwritten.
    coach.choose("c-vague-pick-your-brain")
    assert coach.editor.value == OWN_NADIA
    assert "data-passed='true'" in coach.grade_view.value
    coach.check.click()
    assert coach.grade.passed
    assert coach.rewrites == {"c-vague-pick-your-brain": OWN_NADIA, "c-ghost-new-in-toronto": other}
    coach.choose("c-ghost-new-in-toronto")
    assert coach.editor.value == other
    # A situation never written in keeps the editor's text, read in its own context.
    coach.choose("c-first-note-charge-nurse")
    assert coach.editor.value == other
    assert "data-passed" not in coach.grade_view.value  # no grade of another situation shown
    assert coach.errors.value == ""


def test_check_this_rewrite_refuses_gamed_text_and_escapes_it(outreach):
    coach = MessageCoach(situations=outreach)
    coach.choose("c-ghost-new-in-toronto")
    coach.editor.value = "Ahmad Ahmad <b>roles</b> Toronto your work your work. Thanks thanks."
    coach.check.click()
    assert not coach.grade.passed
    assert "<b>roles</b>" not in coach.grade_view.value
    coach.editor.value = ""
    coach.check.click()
    assert "Write your rewrite in the editor" in coach.grade_view.value


def test_the_editors_browser_code_lives_in_files_not_python_strings():
    from pathlib import Path

    import widgets.highlight_editor as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    assert "function render" not in source
    assert "{ render }" not in source
    here = Path(module.__file__).parent
    editor = HighlightEditor()
    assert editor._esm == (here / "highlight_editor.js").read_text(encoding="utf-8")
    assert "export default { render }" in editor._esm
    assert ".rapport-he-mirror" in editor._css
    # every kind of highlight has a colour: strengths, problems, both, and notes (a blank)
    for kind in ("strength", "problem", "mixed", "note"):
        assert f".rapport-mark-{kind} {{ background:" in editor._css, kind


def test_findings_say_how_much_they_move_the_score_in_signs_not_raw_weights():
    from widgets.coach_view import effect, findings_html

    assert (effect(2.5), effect(1.2), effect(0.2), effect(-3.0)) == ("+++", "++", "+", "−−−")
    shown = findings_html(analyze("Hi [Name], thanks for the chat at ____ last week."))
    assert "Before you send" in shown
    assert "Placeholder" in shown
    assert "0." not in shown  # no raw log-odds on screen


def test_html_in_the_message_is_text_in_every_area():
    coach = MessageCoach()
    coach.editor.value = EVIL
    shown = coach.findings.value + coach.score.value
    assert "<img" not in shown
    assert "<b>bold" not in shown
    assert "pick your brain" in coach.findings.value
    # The highlights carry offsets, not markup; the browser builds text nodes from them.
    assert all(
        set(h) == {"start", "end", "kind", "rule_id", "title"} for h in coach.editor.highlights
    )


def test_rewrites_and_situations_are_escaped():
    class Fake:
        id = "evil"
        context = Context(recipient_name="<i>Eve</i>", recipient_works_on="<script>x</script>")
        text = "<b>hi</b>"
        why = "<u>because</u>"
        rewrite = "<img src=x>"

    coach = MessageCoach(situations=[Fake()])
    coach.choose("evil")
    coach.show_rewrite.value = True
    for area in (coach.situation_info.value, coach.rewrite.value):
        assert "<i>Eve" not in area
        assert "<script>" not in area
        assert "<img" not in area
    assert "&lt;img src=x&gt;" in coach.rewrite.value
    assert "&lt;u&gt;because&lt;/u&gt;" in coach.rewrite.value


def test_highlights_skip_whole_message_findings_and_keep_every_span():
    text = "Any chance you could pick your brain? Do you know anyone who hires?"
    analysis = analyze(text)
    spans = {(h["start"], h["end"], h["rule_id"]) for h in highlights(analysis)}
    expected = {
        (s, e, f.rule_id) for f in analysis.findings if not f.whole_message for s, e in f.spans
    }
    assert spans == expected


def test_emoji_offsets_stay_python_offsets():
    text = "🎉🎉 Thanks! Can I pick your brain?"
    coach = MessageCoach()
    coach.editor.value = text
    vague = next(h for h in coach.editor.highlights if h["rule_id"] == "vague-ask")
    assert text[vague["start"] : vague["end"]] == "pick your brain"


def test_editor_traits_and_debounce():
    coach = MessageCoach(debounce_ms=40)
    assert coach.editor.debounce_ms == 40
    editor = HighlightEditor(placeholder="type")
    editor.set_highlights("ab", [{"start": 0, "end": 1, "kind": "problem"}])
    assert editor.highlights_for == "ab"
    assert editor.highlights[0]["end"] == 1
    for trait in ("value", "highlights", "highlights_for", "placeholder", "debounce_ms"):
        assert editor.trait_metadata(trait, "sync"), trait


def test_every_keystroke_is_analysed_and_its_time_printed(outreach):
    base = " ".join(s.text for s in outreach[:3])
    words = base.split()[:150]
    text = " ".join(words)
    coach = MessageCoach(situations=outreach)
    coach.choose("c-first-note-charge-nurse")
    coach.editor.value = text
    timings = []
    for letter in "abcdefghijklmnopqrstuvwxy":
        text += letter
        start = time.perf_counter()
        coach.editor.value = text
        timings.append(time.perf_counter() - start)
        assert coach.analysis is not None
        assert coach.analysis.text == text  # the feedback is for what was just typed
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    # Timings are printed, never asserted (benchmarks/bench_coach.py holds the target).
    print(f"coach analysis per keystroke, 150 words: p95 {p95 * 1000:.1f} ms")


# -- the quiz --------------------------------------------------------------------------------------


def test_quiz_shows_one_reply_at_a_time_escaped(replies):
    quiz = ReplyQuiz(replies, seed=None)
    assert "rapport-quiz" in quiz._dom_classes
    assert quiz.total == len(replies) == 21
    assert (quiz.index, quiz.right, quiz.answered) == (0, 0, 0)
    assert "Reply 1 of 21" in quiz.progress.value
    assert html.escape(replies[0].text) in quiz.question.value
    assert set(quiz.buttons) == set(CATEGORIES)
    assert quiz.next.disabled
    assert not any(b.disabled for b in quiz.buttons.values())


def test_quiz_silence_is_no_reply_and_the_gap_is_shown(replies):
    silent = [s for s in replies if not s.text.strip()][:1]
    late = [s for s in replies if s.context.months_since_contact][:1]
    quiz = ReplyQuiz(silent + late, seed=None)
    assert "(no reply)" in quiz.question.value
    assert silent[0].context.recipient_name in quiz.question.value
    quiz.buttons["silence"].click()
    quiz.next.click()
    months = late[0].context.months_since_contact
    assert f"Their reply came <b>{months} months</b> later" in quiz.question.value


def test_quiz_puts_the_learner_in_the_place_of_the_one_who_wrote_first(replies):
    """The reply greets the person the context names, so the learner is that person."""
    for sample in replies:
        line = ReplyQuiz([sample], seed=None).question.value
        name = html.escape(sample.context.recipient_name)
        assert f"You are <b>{name}</b>" in line
        assert f"note to {name}" not in line
        assert "You sent a friendly first note to someone who had just connected" in line
    greeted = [s for s in replies if s.context.recipient_name in s.text[:40]]
    assert greeted  # replies that greet the learner by name exist, so the framing matters


def test_quiz_clicks_give_feedback_keep_score_and_reach_the_summary(replies):
    quiz = ReplyQuiz(replies[:3] + replies[5:7], seed=None)
    assert quiz.total == 5
    for i, sample in enumerate(quiz.replies):
        choice = sample.category if i != 1 else next(c for c in CATEGORIES if c != sample.category)
        quiz.buttons[choice].click()
        assert quiz.answered == i + 1
        feedback = quiz.feedback.value
        correct = choice == sample.category
        assert f"data-correct='{str(correct).lower()}'" in feedback
        assert ("Right." in feedback) == correct
        assert html.escape(sample.why) in feedback
        judged = classify_reply(sample.text, sample.context)
        assert "classifier says" in feedback
        assert html.escape(judged.reasons[0]) in feedback
        assert all(b.disabled for b in quiz.buttons.values())
        quiz.buttons[sample.category].click()  # a second click does not answer again
        assert quiz.answered == i + 1
        assert not quiz.next.disabled
        assert f"{quiz.right} of {i + 1} right" in quiz.score.value
        quiz.next.click()
    assert quiz.right == 4
    assert quiz.answered == 5
    assert quiz.finished
    assert quiz.index == 5
    assert "You sorted 5 replies and got 4 right." in quiz.summary.value
    assert quiz.summary in quiz.children
    assert quiz.question not in quiz.children
    assert "Mix-ups" in quiz.summary.value
    quiz.next.click()  # nothing after the summary
    assert quiz.index == 5
    quiz.restart.click()
    assert (quiz.index, quiz.right, quiz.answered) == (0, 0, 0)
    assert "Reply 1 of 5" in quiz.progress.value


def test_quiz_next_waits_for_an_answer_and_answer_checks_its_input(replies):
    quiz = ReplyQuiz(replies[:2])
    quiz.next.click()
    assert quiz.index == 0
    with pytest.raises(ValueError, match="not one of"):
        quiz.answer("spam")
    quiz.answer(quiz.current.category)
    with pytest.raises(ValueError, match="answered already"):
        quiz.answer("silence")
    assert quiz.right == 1


def test_quiz_shuffles_the_same_way_every_time(replies):
    first = [s.id for s in ReplyQuiz(replies).replies]
    assert first == [s.id for s in ReplyQuiz(replies).replies]
    assert first != [s.id for s in replies]
    assert sorted(first) == sorted(s.id for s in replies)


def test_quiz_escapes_replies_and_reasons():
    class Fake:
        id = "evil"
        kind = "reply"
        context = Context(recipient_name="<i>Eve</i>")
        text = "<img src=x onerror=alert(1)> check out www.example.com"
        category = "boilerplate"
        why = "<b>canned</b>"

    quiz = ReplyQuiz([Fake()])
    assert "<img" not in quiz.question.value
    assert "<i>Eve" not in quiz.question.value
    quiz.buttons["boilerplate"].click()
    assert "<b>canned" not in quiz.feedback.value
    assert "&lt;b&gt;canned&lt;/b&gt;" in quiz.feedback.value


def test_quiz_needs_replies(outreach):
    with pytest.raises(ValueError, match="at least one reply"):
        ReplyQuiz(outreach)


def test_a_checked_rewrite_under_the_line_shows_what_would_lift_it(outreach):
    coach = MessageCoach(situations=outreach)
    coach.choose("c-vague-pick-your-brain")
    coach.editor.value = (
        "Hi Nadia, I want to get into product management and I have some beginner questions I "
        "hope you can answer: what does a product manager do all day, is it like a project "
        "manager, and what is a roadmap? Also, how does product work in medical devices? Thanks "
        "in advance, Lena"
    )
    coach.check.click()
    assert not coach.grade.passed
    assert coach.grade.lifts
    assert "rapport-coach-lifts" in coach.grade_view.value
    assert html.escape(coach.grade.lifts[0]) in coach.grade_view.value
    coach.editor.value = OWN_NADIA
    coach.check.click()
    assert coach.grade.passed
    assert "rapport-coach-lifts" not in coach.grade_view.value
    assert coach.errors.value == ""
