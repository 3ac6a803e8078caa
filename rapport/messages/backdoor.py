"""A favour paid for on the side, or kept out of the usual channel.

A thank-you "for your trouble", a retainer "for you personally", a share of every sale for the
one who decides, a cover story for anyone who asks, a request kept low-key because it should go
through someone else, a confidence opened with "between us,": the reader is asked to act for the
writer where their job, their firm or a colleague would say otherwise.
:func:`rapport.messages.asks.asks_for_deceit` finds it beside
:data:`~rapport.messages.deceit.DECEIT`. It runs on the lower-cased message.
"""

from rapport.messages.patterns import _p

BACKDOOR = _p(
    # a payment beside a favour: "a generous thank-you for your trouble", "enclosed is a check
    # for $150 for your trouble", "a little something for you", "a monthly advisory retainer for
    # you personally", "schools that send our link home receive three percent of every purchase"
    r"\b(?:check|cheque|envelope|cash|payment|gift card|voucher)\b[^.?!\n]{0,40}\bfor your "
    r"trouble\b"
    r"|\ba little something (?:for you|for your (?:trouble|help|time))\b|\bsomething for your "
    r"trouble\b"
    r"|\b(?:generous|nice|small|little|handsome|discreet) (?:thank[- ]you|thanks|drink|envelope|"
    r"sweetener|consideration|token|bonus|gift) for your (?:trouble|help|time)\b"
    r"|\b(?:fee|retainer|payment|commission|cut|bonus|gift|stipend)\b[^.?!\n]{0,30}\bfor you "
    r"personally\b"
    r"|\b(?:receive|receives|get|gets|earn|earns|keep|keeps) (?:a |an )?(?:\d+|one|two|three|four|"
    r"five|ten)(?: ?%| per ?cent| percent) of (?:every|each|all)\b"
    # a cover story handed over: "if anyone asks, you're with Caremark, the agency we use"
    r"|\bif (?:anyone|anybody|someone|they|he|she|security|reception) asks,? (?:just )?(?:say|"
    r"tell them|you['’]re|you are|you were)\b"
    # the usual channel gone round: "advertising normally goes through the commercial team, so
    # I'd rather keep it low-key"
    r"|\bkeep (?:it|this|things) (?:low[- ]key|quiet|on the quiet|under wraps|hush[- ]hush|off "
    r"the books)\b"
    # a story told in their name, or a breach kept out of sight: "could I tell the insurer you
    # were driving?", "I'll log it as a fluoride review so the front desk doesn't mind", "keep our
    # chat between us so it doesn't look like I've had an inside track"
    r"|\b(?:tell|told) (?:the|your|my) (?:insurer|insurance|police|bank|landlord|council|school|"
    r"tax office|court|judge|examiners?) (?:that )?(?:you were|it was you|you did|you drove|you "
    r"had)\b"
    r"|\bso (?:that )?(?:it|the [\w-]+(?: [\w-]+)?|nobody|no one) (?:doesn['’]t|won['’]t|don['’]t|"
    r"wouldn['’]t|never) (?:look like|looks like|mind|notice|find out|twig|get suspicious|realise|"
    r"realize)\b"
    r"|\b(?:keep|kept) (?:it|this|that|our [\w-]+) between (?:us|ourselves|the two of us)\b"
    # a confidence about someone else: "between us, you might want to keep an eye on her" (not
    # what two did together: "between us, we ran forty markets")
    r"|(?:^|[.!?,;:]\s+)(?:and |but )?(?:just )?between (?:us|you and me|ourselves),"
    r"(?!\s*(?:we|we['’](?:ve|d|re)|our|the two)\b)",
    triggers="generous nice small little handsome discreet fee retainer payment commission cut "
    "bonus gift stipend receive receives get gets earn earns keep keeps if between tell told so "
    "check cheque envelope cash voucher trouble something kept",
)
