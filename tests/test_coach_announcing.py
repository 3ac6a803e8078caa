"""A job-search note to one's network: welcome when it says what would help, not otherwise."""

from rapport.messages import analyze

CLEAR = (
    "Hi all, my contract at the Dunedin water plant ended on Friday after the restructure. "
    "I'm looking for process operator work around Otago, ideally on shifts. If someone comes "
    "to mind, a name helps me more than a job link. Thank you for nine good years."
)
VAGUE = (
    "Hi all, my contract at the Dunedin water plant ended on Friday after the restructure. "
    "I'm looking for new opportunities. Please let me know if you hear of anything and share "
    "my CV with everyone. Thank you for nine good years."
)
RECORD = (
    "Some news: my role at a Leeds logistics firm was cut last week. Over five years I built "
    "the returns desk, trained six planners and cut missed deliveries by half. What I'm "
    "looking for next: transport planning roles in Yorkshire or remote. If someone comes to "
    "mind, I'd be grateful for an intro."
)


def test_a_search_people_can_act_on_is_judged_good():
    result = analyze(CLEAR)
    assert "clear-search" in result.rule_ids
    assert "broadcast" not in result.rule_ids
    assert result.verdict == "good"


def test_the_same_news_with_a_vague_ask_is_a_broadcast():
    result = analyze(VAGUE)
    assert "clear-search" not in result.rule_ids
    assert "broadcast" in result.rule_ids
    assert result.verdict == "needs work"


def test_a_search_note_may_list_what_the_writer_did():
    result = analyze(RECORD)
    assert "clear-search" in result.rule_ids
    assert not {"own-record", "me-focused", "unusual-ask"} & result.rule_ids


def test_a_pitch_is_not_a_search():
    result = analyze(CLEAR + " Our agency places operators at 20% off this month: example.com/hire")
    assert "clear-search" not in result.rule_ids


def test_the_rules_a_search_note_skips_are_real_rules():
    from rapport.messages.announcing import NOT_FOR_A_SEARCH
    from rapport.messages.rules import RULES

    assert {rule.id for rule in RULES} >= NOT_FOR_A_SEARCH
