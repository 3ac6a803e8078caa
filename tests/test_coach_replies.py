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
