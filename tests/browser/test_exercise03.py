"""Exercise 03, Part B, in a real JupyterLab, walked the way a learner does.

The learner opens a copy of the released exercise (exercises/03-messages), runs the setup cell
with Shift+Enter, types a rewrite over the placeholder lines of an answer cell with the keyboard,
and runs the answer cell and its check cells one by one (Run All would stop at Part A's failing
check). A vague rewrite of the note to Nadia prints ✗ lines and problem bullets, and each check
says what is missing in one short message with a hint, not a traceback; a good rewrite typed over
it prints only ✓ lines and passes. For Ahmad, a check run before its answer cell says to run the
answer cell first; a good rewrite, typed sentence by sentence on its own lines, passes.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import REPO
from .lab import UI_TIMEOUT_MS, Lab, assert_no_error_outputs, open_notebook, wait_kernel_idle

EXERCISE = REPO / "exercises" / "03-messages" / "03-messages.ipynb"
STDOUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stdout"]'
# A failed check is an error output, so JupyterLab draws it where a traceback would go.
ERROR_BOX = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'

# The learner's drafts, written for this test. The vague one still asks to "pick her brain".
VAGUE_NADIA = (
    "Hi Nadia, I want to get into product management and I see you work in it. Could we chat "
    "sometime soon so I can pick your brain about how to get started? Thanks a lot!"
)
GOOD_NADIA = (
    "Hi Nadia, I'm Tomás, a customer support lead at a small airline booking site, and I'm "
    "trying to move into product management. Your blog post about cutting your travel app's "
    "checkout from five screens to two made me rethink how we handle refunds. Could I ask two "
    "quick questions by message? How did you decide which screens to drop, and what would you "
    "learn first if you were coming from support? If you're busy, no reply needed at all."
)
GOOD_AHMAD = [
    "Hi Ahmad, it's been well over a year since we connected and I never followed up, sorry.",
    "I've just moved to Toronto from Nairobi, where I spent five years doing desktop and network "
    "support for a university.",
    "I know you recruit for IT roles here, so one question if you have a minute: do Toronto "
    "employers expect Canadian certifications for support roles, or is experience enough?",
    "Totally fine if you can't get to it.",
    "How has hiring been for you this year?",
]
# Typed line by line, lower case as learners type: the first says sorry three times over, the
# second says who she is and asks leave to send two questions, with an out in her own words.
SORRY_NADIA = [
    "hi Nadia, im so sorry to bother you, I feel bad even writing this.",
    "im Ines, a hotel receptionist in Faro and i want to move into product. your talk on testing "
    "new features with real travellers stuck with me.",
    "sorry if this is a silly question: which skill would you learn first in my place?",
    "sorry again, and thank you. Ines",
]
OWN_WORDS_NADIA = [
    "hi Nadia",
    SORRY_NADIA[1],
    "would you mind if i sent you two short questions by message, about which skill to learn "
    "first?",
    "totally fine to ignore this. thanks, Ines",
]
# Typed line by line: leave asked for one question, first with no way out, then with a short one.
ONE_QUESTION_NADIA = [
    "Hi Nadia - I'm Aiyana, I run the front desk at a ski lodge in Banff and I'm teaching myself "
    "product management in the evenings.",
    "Your write-up on how your team chose which offline map features to keep was the clearest "
    "product example I've read this year.",
    "Would you mind if I asked you one question about how you got your first PM role?",
]
# Typed line by line: the good note to Ahmad with one line added, first asking him to keep the
# chat from the writer's wife (also on his books), then saying something open about her instead.
SECRET_LINE = "My wife is on your books too, so could we keep our chat between us?"
OPEN_LINE = "My wife is on your books too, and she speaks well of you."
NADIA_CRITERIA = (
    "Shows interest in them",
    "Written to this person",
    "Free of the anti-patterns",
    "Any ask is small, specific or easy to decline",
)


@pytest.fixture
def exercise(lab: Lab, request: pytest.FixtureRequest) -> str:
    """A fresh copy of the released exercise under the lab's root, one per test."""
    path = f"exercise-03/{request.node.name}.ipynb"
    (lab.root_dir / "exercise-03").mkdir(exist_ok=True)
    shutil.copyfile(EXERCISE, lab.root_dir / path)
    return path


def code_cell(panel: Locator, text: str) -> Locator:
    """The one code cell whose source contains ``text``."""
    cell = panel.locator(".jp-CodeCell").filter(
        has=panel.page.locator(".jp-InputArea-editor", has_text=text)
    )
    expect(cell).to_have_count(1, timeout=UI_TIMEOUT_MS)
    return cell


def run(page: Page, cell: Locator) -> None:
    """Select ``cell``, press Shift+Enter and wait until it has run."""
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Escape")  # command mode, the cell stays selected
    prompt = cell.locator(".jp-InputPrompt")
    before = prompt.text_content() or ""
    page.keyboard.press("Shift+Enter")
    expect(prompt).not_to_have_text(before, timeout=UI_TIMEOUT_MS)
    expect(prompt).to_have_text(re.compile(r"^\[\d+\]:$"), timeout=UI_TIMEOUT_MS)
    wait_kernel_idle(page)


def type_rewrite(page: Page, answer: Locator, lines: list[str]) -> None:
    """Select everything between the triple quotes and type ``lines`` over it."""
    code = answer.locator(".cm-line")
    code.nth(1).click()
    page.keyboard.press("Home")
    for _ in range(code.count() - 2):
        page.keyboard.press("Shift+ArrowDown")
    for line in lines:
        page.keyboard.type(line)
        page.keyboard.press("Enter")
    source = answer.locator(".cm-content")
    for line in lines:
        expect(source).to_contain_text(line)
    expect(source).not_to_contain_text("NotImplementedError")
    expect(code).to_have_count(len(lines) + 2)


def type_and_run(page: Page, cells: tuple[Locator, ...], lines: list[str]) -> None:
    """Type ``lines`` into the answer cell (the first of ``cells``), then run each cell in turn."""
    type_rewrite(page, cells[0], lines)
    for cell in cells:
        run(page, cell)


# Each rewrite's answer cell, then its three check cells, found by their source.
PART_B = {
    1: ('rewrite_vague = """', "Checks that rewrite 1 is a genuine rewrite",
        "Checks that rewrite 1 makes its ask", "Checks that rewrite 1 passes as a whole"),
    2: ('rewrite_ghost = """', "Checks that rewrite 2 is genuine",
        "Checks that rewrite 2 shows interest", "Checks that rewrite 2 passes as a whole"),
}  # fmt: skip


def part_b(page: Page, lab: Lab, exercise: str, rewrite: int) -> tuple[Locator, ...]:
    """Open the exercise, run its setup cell, and return one rewrite's answer and check cells."""
    panel = open_notebook(page, lab, exercise)
    run(page, code_cell(panel, "corpus = {sample.id"))  # the setup cell
    return tuple(code_cell(panel, text) for text in PART_B[rewrite])


def failed_check(cell: Locator, message: str) -> None:
    """Expect the check's short message and hint in one box: no traceback, nothing else."""
    box = cell.locator(ERROR_BOX)
    expect(box).to_have_count(1, timeout=UI_TIMEOUT_MS)
    expect(box).not_to_contain_text("Traceback")
    expect(box).to_have_text(
        re.compile(rf"^✗ Check failed: {message}\s+Hint: [^\n]+\s*$"), timeout=UI_TIMEOUT_MS
    )


def passed_check(cell: Locator, message: str) -> None:
    expect(cell.locator(STDOUT).last).to_contain_text(f"✓ {message}", timeout=UI_TIMEOUT_MS)
    expect(cell.locator(ERROR_BOX)).to_have_count(0)


def test_a_vague_rewrite_to_nadia_is_told_what_is_missing_then_a_good_one_passes(
    page: Page, lab: Lab, exercise: str, tmp_path: Path
) -> None:
    answer, interest, ask, whole = part_b(page, lab, exercise, 1)

    type_and_run(page, (answer, interest, ask, whole), [VAGUE_NADIA])
    expect(answer.locator(".jp-OutputArea-output")).to_have_count(0)
    feedback = interest.locator(STDOUT)
    expect(feedback).to_contain_text(re.compile(r"\b[0-3] of 4 principles met"))
    expect(feedback).to_contain_text("✗ Shows interest in them")
    expect(feedback).to_contain_text("✓ Written to this person")
    expect(feedback).to_contain_text("✗ Any ask is small, specific or easy to decline")
    expect(feedback).to_contain_text(re.compile(r"^• \S", re.MULTILINE))  # a problem to fix
    failed_check(interest, re.escape("Rewrite 1 should ask about Nadia (or her work)") + ".*")
    # the hint names what is missing, not what is already there ("use her name")
    expect(interest.locator(ERROR_BOX)).to_contain_text("Mention what they actually work on")
    expect(interest.locator(ERROR_BOX)).not_to_contain_text("Use their name")
    failed_check(ask, re.escape("Rewrite 1's ask should be specific or easy to decline") + ".*")
    failed_check(whole, r"Rewrite 1 meets [0-3] of 4 principles \(coach verdict: needs work.*")
    assert_no_error_outputs(page)  # a failed check is a message, not an error with a traceback
    interest.screenshot(path=str(tmp_path / "exercise03-vague.png"))

    type_and_run(page, (answer, interest, ask, whole), [GOOD_NADIA])
    expect(feedback).to_contain_text("4 of 4 principles met")
    for criterion in NADIA_CRITERIA:
        expect(feedback).to_contain_text(f"✓ {criterion}")
    expect(feedback).not_to_contain_text("✗")
    expect(feedback).not_to_contain_text("•")
    passed_check(interest, "Rewrite 1 shows interest and is written to Nadia.")
    passed_check(ask, "Rewrite 1 asks well.")
    passed_check(whole, "Rewrite 1 passes.")
    assert_no_error_outputs(page)
    interest.screenshot(path=str(tmp_path / "exercise03-good.png"))


def test_a_check_run_too_early_says_so_then_a_good_rewrite_to_ahmad_passes(
    page: Page, lab: Lab, exercise: str
) -> None:
    answer, gap, ask, whole = part_b(page, lab, exercise, 2)

    run(page, gap)  # before the answer cell
    expect(gap.locator(ERROR_BOX)).to_have_text(
        "✗ Check failed: `rewrite_ghost` is not defined yet: run the answer cell above first, "
        "then this check.",
        timeout=UI_TIMEOUT_MS,
    )
    type_and_run(page, (answer, gap, ask, whole), GOOD_AHMAD)
    feedback = gap.locator(STDOUT)
    expect(feedback).to_contain_text("5 of 5 principles met")
    expect(feedback).to_contain_text("✓ Acknowledges the long silence.")
    expect(feedback).not_to_contain_text("✗")
    passed_check(gap, "Rewrite 2 acknowledges the gap and is written to Ahmad.")
    passed_check(ask, "Rewrite 2 shows interest and asks well.")
    passed_check(whole, "Rewrite 2 passes.")
    assert_no_error_outputs(page)


def test_apology_after_apology_is_told_to_say_sorry_once_then_plain_words_pass(
    page: Page, lab: Lab, exercise: str, tmp_path: Path
) -> None:
    answer, interest, ask, whole = part_b(page, lab, exercise, 1)

    type_and_run(page, (answer, interest, ask, whole), SORRY_NADIA)
    feedback = interest.locator(STDOUT)
    expect(feedback).to_contain_text("4 of 4 principles met")
    expect(feedback).to_contain_text("• Apology after apology")
    expect(feedback).to_contain_text("Say sorry once")
    failed_check(
        whole,
        re.escape(
            "Rewrite 1 meets 4 of 4 principles (coach verdict: needs work; problems left: 1)."
        )
        + ".*",
    )
    assert_no_error_outputs(page)
    interest.screenshot(path=str(tmp_path / "exercise03-sorry.png"))

    type_and_run(page, (answer, interest, ask, whole), OWN_WORDS_NADIA)
    expect(feedback).not_to_contain_text("Apology after apology")
    expect(feedback).not_to_contain_text("•")
    passed_check(whole, "Rewrite 1 passes.")
    assert_no_error_outputs(page)


def test_leave_for_one_question_needs_a_way_out_and_fine_if_not_is_one(
    page: Page, lab: Lab, exercise: str, tmp_path: Path
) -> None:
    answer, interest, ask, whole = part_b(page, lab, exercise, 1)

    type_and_run(page, (answer, interest, ask, whole), ONE_QUESTION_NADIA)
    feedback = interest.locator(STDOUT)
    expect(feedback).to_contain_text("✗ Any ask is small, specific or easy to decline")
    failed_check(ask, re.escape("Rewrite 1's ask should be specific or easy to decline") + ".*")
    assert_no_error_outputs(page)

    type_and_run(page, (answer, interest, ask, whole), [*ONE_QUESTION_NADIA, "Fine if not!"])
    expect(feedback).to_contain_text("4 of 4 principles met")
    expect(feedback).not_to_contain_text("✗")
    passed_check(ask, "Rewrite 1 asks well.")
    passed_check(whole, "Rewrite 1 passes.")
    assert_no_error_outputs(page)
    interest.screenshot(path=str(tmp_path / "exercise03-fine-if-not.png"))


def test_a_chat_kept_from_the_writers_wife_is_refused_and_an_open_line_passes(
    page: Page, lab: Lab, exercise: str, tmp_path: Path
) -> None:
    answer, gap, ask, whole = part_b(page, lab, exercise, 2)

    type_and_run(page, (answer, gap, ask, whole), [*GOOD_AHMAD[:-1], SECRET_LINE, GOOD_AHMAD[-1]])
    feedback = gap.locator(STDOUT)
    expect(feedback).to_contain_text("4 of 5 principles met")
    expect(feedback).to_contain_text("✗ Free of the anti-patterns")
    expect(feedback).to_contain_text("• You ask them to hide, fake or quietly break a rule")
    failed_check(whole, re.escape("Rewrite 2 meets 4 of 5 principles") + ".*")
    assert_no_error_outputs(page)
    gap.screenshot(path=str(tmp_path / "exercise03-between-us.png"))

    type_and_run(page, (answer, gap, ask, whole), [*GOOD_AHMAD[:-1], OPEN_LINE, GOOD_AHMAD[-1]])
    expect(feedback).to_contain_text("5 of 5 principles met")
    expect(feedback).not_to_contain_text("✗")
    passed_check(whole, "Rewrite 2 passes.")
    assert_no_error_outputs(page)
