"""A favour paid for on the side, or kept out of the usual channel, is asked deceit.

Written in this file's own words from the shapes of the dev halves of adversarial batches 61,
75 and 76. Each case comes with a near miss in the same words that must not be found: an honest
fee, a question anyone may answer, a surprise kept quiet, what two people did together.
"""

import pytest

from tests.samples import rules

OPEN = (
    "Hi Rosa, great to meet you at the growers' market in Ballarat on Saturday; your apricot "
    "jam was the best thing there. "
)


@pytest.mark.parametrize(
    ("backdoor", "honest"),
    [
        (
            "If the judges go easy on my entry at the show, there'd be a generous thank-you "
            "for your trouble.",
            "If you ever judge the jam class at the show, I'd love to hear what you look for.",
        ),
        (
            "I could set up a monthly advisory retainer for you personally while your council "
            "picks the stall holders.",
            "I could set up a monthly advisory retainer with your firm, at your usual rate.",
        ),
        (
            "Markets that hand out our flyer receive five percent of every sale it brings.",
            "Markets that hand out our flyer tell us it brings more families in.",
        ),
        (
            "Could you let me in at the stallholders' gate on Sunday? If anyone asks, you're "
            "my cousin helping with the van.",
            "Could you tell me which gate stallholders use on Sunday? If anyone asks, I'll "
            "point them to you.",
        ),
        (
            "I know pitches normally go through the market office, so I'd rather keep it "
            "low-key and just set up next to you.",
            "I know pitches normally go through the market office, so I'll apply there first.",
        ),
        (
            "Between us, you might want to watch what the honey stall puts on its labels.",
            "Between us, we sold forty jars before noon, so thank you for the tip on pricing.",
        ),
    ],
)
def test_a_favour_paid_for_or_kept_out_of_the_channel_is_asked_deceit(backdoor, honest):
    assert "asks-for-deceit" in rules(OPEN + backdoor)
    assert "asks-for-deceit" not in rules(OPEN + honest)


@pytest.mark.parametrize(
    ("hidden", "open_"),
    [
        (
            "I scraped a car in your van, so could I tell the insurer you were driving?",
            "I scraped a car in your van, so could I give the insurer your number?",
        ),
        (
            "I'll put the visit down as a delivery so the site office doesn't notice.",
            "I'll put the visit down as a delivery so the site office has the time.",
        ),
        (
            "Could we keep our chat between us? I'm up for the stall manager job on Friday.",
            "Could we keep our chat to fifteen minutes? I'm up for the stall manager job.",
        ),
        (
            "Could you stop passing stall leads to my sister for now? She doesn't need to know "
            "we spoke.",
            "Could you pass stall leads to my sister too? She doesn't need to know much about "
            "jam to help.",
        ),
    ],
)
def test_a_story_in_their_name_or_a_breach_kept_out_of_sight_is_asked_deceit(hidden, open_):
    assert "asks-for-deceit" in rules(OPEN + hidden)
    assert "asks-for-deceit" not in rules(OPEN + open_)
