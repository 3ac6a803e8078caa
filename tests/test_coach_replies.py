import pytest

from rapport.messages import Context, classify_reply

LATE = Context(recipient_name="Sam", history="dormant", months_since_contact=14)


@pytest.mark.parametrize(
    ("text", "context", "category"),
    [
        ("", None, "silence"),
        ("   \n", None, "silence"),
        ("Thanks Sam! I run a bakery in Leeds and we're testing a sourdough club. "
         "What made you move into data work?", None, "conversation"),
        ("Thanks! Please like my page and subscribe to my channel: example.org/me", None,
         "boilerplate"),
        ("Thanks for connecting!", None, "boilerplate"),
        ("Thanks! I write a small newsletter on bakery costs (example.org/crumbs). "
         "How are you finding the new role?", None, "combination"),
        ("Hi Sam, could you refer me for the open analyst role at your company?", LATE,
         "return-with-ask"),
        ("Hi! I'm new here, maybe you can help me find a job?", None, "return-with-ask"),
    ],
)  # fmt: skip
def test_replies_fall_into_the_taxonomy(text, context, category):
    result = classify_reply(text, context)
    assert result.category == category
    assert 0 < result.confidence <= 1
    assert result.reasons
    assert result.explanation


def test_two_links_and_a_question_is_still_boilerplate_not_a_combination():
    text = "See example.org/a and example.org/b! What do you think of your new team?"
    assert classify_reply(text).category == "boilerplate"


def test_good_categories_are_conversation_and_combination():
    assert classify_reply("I run a bakery. What do you work on?").good
    assert not classify_reply("").good


def test_a_reply_must_be_text():
    with pytest.raises(ValueError, match="text, not int"):
        classify_reply(5)


def test_reasons_read_as_a_person_would_write_them():
    """No "0 plug(s), 1 link(s)": every reason for every labelled reply is plain words."""
    from rapport.messages.corpus import load_samples

    replies = [s for which in ("corpus", "dev") for s in load_samples(which) if s.kind == "reply"]
    for sample in replies:
        for reason in classify_reply(sample.text, sample.context).reasons:
            assert "(s)" not in reason, reason
            assert not any(ch.isdigit() for ch in reason), reason
    linked = classify_reply("Thanks! My guide is at example.org/guide. What are you up to?")
    assert "it shares a link" in linked.reasons
    plugged = classify_reply("Thanks! Please like my page: example.org/me and example.org/you")
    assert plugged.reasons[0] == "it promotes something of theirs and shares 2 links"


def test_a_question_after_a_lead_in_is_still_a_question_about_you():
    # Found in workbook 02's quiz: "though it asks nothing back" under a reply that asks.
    reply = (
        "Thanks for reaching out, Lars. I'm a site manager refurbishing 1960s flats. I'd love to "
        "know more about your timber frames: do you see them used much in refurbishment?"
    )
    found = classify_reply(reply)
    assert found.category == "conversation"
    assert "it asks about you" in found.reasons
    # Near miss: a favour with a question tacked on after a colon is still a favour.
    favour = "Thanks, Lars. Could you send me your price list: do you do trade rates?"
    assert "it asks about you" not in classify_reply(favour).reasons
