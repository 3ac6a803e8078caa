"""Adverts' calls to action: a code, "link in bio", "DM me", "register here", a shortened link.

Words written for an audience, pasted into a note to one person: they tell the reader they are
one of a crowd being sold to. The pattern runs on the lower-cased message.
"""

from rapport.messages.patterns import A, _p

# Canned calls to action from adverts: a code, "link in bio", "DM me", "register here", a
# shortened link. In a note to one person they treat the reader as an audience.
CALL_TO_ACTION = _p(
    rf"\blink in (?:my |the )?(?:bio|profile|comments|description)\b"
    # a recruiter's form letter: "accept and send your CV to the email on my page"
    rf"|\b(?:accept|connect) and send (?:me )?your (?:cv|resume|résumé)\b"
    rf"|\bfollow (?:us|me) on (?:insta|instagram|tiktok|twitter|x|facebook|youtube|spotify)\b"
    # the offer kept back for a call: "can't say much over message. Ring me on..."
    rf"|\bcan{A}?t say (?:much|more|anything) (?:over|by|in|on|via) (?:message|text|here|email|"
    rf"linkedin|dm)\b"
    rf"|\b(?:email|address|link|number) (?:on|in) my (?:page|profile|bio)\b"
    rf"|\btag (?:\d+|three|five|ten|a few|some) (?:friends|people|others|colleagues)\b"
    # a chain forwarded on: "Fwd: Fwd: 10 habits you MUST read"
    rf"|\bf(?:wd|w): ?f(?:wd|w):|\byou (?:must|have to|need to) (?:read|watch|see|share) this\b"
    # engagement begged for the algorithm: "a like, comment and share", "like and repost"
    rf"|\blike,? (?:comment|share|repost)(?:,? (?:and |& |or )?(?:comment|share|repost))*\b"
    rf"|\bthe algorithm (?:rewards|loves|favours|favors|boosts|likes)\b"
    rf"|\b(?:dm|pm|message|comment|text) (?:me|us) (?:the word )?[a-z]+ (?:and|&) "
    rf"(?:i|we)(?:{A}?ll| will) (?:explain|send|tell|share)\b"
    rf"|\b(?:dm|pm|inbox|message) (?:me|us) (?:the word|for (?:details|info|more info|the link|"
    rf"pricing|prices|rates|a discount|the code))\b"
    rf"|\buse (?:my |our |the )?(?:code|coupon|promo code|discount code|voucher)\b"
    rf"|\b(?:promo|discount|coupon|voucher) code\b|\bcode [a-z]{{3,}}\d+[a-z0-9]*\b"
    rf"|\b\d+ ?% off\b|\bswipe up\b|\bact now\b"
    rf"|\b(?:register|sign up|book|enrol|enroll|rsvp|claim|reserve) (?:here|now|today|below|"
    rf"your (?:spot|seat|place|copy|discount))\b|\bclick (?:here|the link|below)\b"
    rf"|\bdon{A}?t miss (?:out|this)\b|\bwhile (?:stocks|spots|places|seats) last\b"
    rf"|\b(?:details|more info|info|find out more|learn more|sign up|register|subscribe|buy|order|"
    rf"download|join|follow|shop|apply|donate|vote)(?: here| now| today)? (?:at|here|on|via)\b"
    rf"[ :]*(?:https?://|www\.|[\w-]+\.(?:com|org|net|io|co|me|ly|example)\b)"
    rf"|\b(?:bit\.ly|tinyurl\.com|lnkd\.in|goo\.gl|ow\.ly|buff\.ly|rebrand\.ly|cutt\.ly|"
    rf"tiny\.cc|is\.gd|v\.gd|t\.ly|rb\.gy|shorturl\.at|s\.id|t\.co)/"
    # goods waiting in the writer's profile, and the free first taste of them
    rf"|\bin my (?:bio|link ?tree|linktree)\b"
    rf"|\byou should (?:listen|subscribe|follow (?:me|us|it)|check (?:it|me|us) out|watch it|"
    rf"buy it|read it|sign up)\b|\bit{A}?s on all (?:the )?(?:platforms|podcast apps)\b"
    rf"|\b(?:top|first|pinned|featured) (?:link|post|item) (?:on|in) my (?:profile|page|bio)\b"
    rf"|\b(?:pick|choose|grab|book) (?:a|any|whichever|whatever|the) (?:time )?slot\b"
    rf"|\blink (?:is )?(?:on|in) my (?:profile|page)\b|\blike,? (?:comment )?(?:and|&) share\b"
    rf"|\bfirst (?:one|session|class|lesson|month|week|template|call|order|box|consultation)"
    rf"(?: is|{A}s)? (?:free|on me|on us|on the house)\b"
    # a teaser that hides what is behind a link: "a little something you'll like: <link>"
    rf"|\b(?:a little|a small|a wee) (?:something|treat|surprise|gift)\b[^.?!\n]{{0,40}}"
    rf"(?:https?://|www\.|\b[\w-]+\.[a-z]{{2,4}}/)",
    triggers=(
        "can't can’t cant accept connect email address number "
        "link dm pm inbox message use code promo discount coupon voucher off swipe act register "
        "sign book enrol enroll rsvp claim reserve click don't don’t dont miss while details "
        "info find learn bit subscribe buy order download join follow shop apply donate vote "
        "tinyurl lnkd goo ow buff rebrand cutt tiny is v t rb shorturl s little small wee my "
        "first top pinned featured pick choose grab you should it's it’s its tag like algorithm "
        "fwd fw must have need"
    ),
)
