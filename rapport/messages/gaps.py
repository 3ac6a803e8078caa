"""How a note owns a gap: a long silence, or a first message long after connecting.

A first note that says the two have never really spoken owns its gap too. One pattern,
:data:`GAP_ACK`, run on the lower-cased message. An honest line about the gap is a strength
(``acknowledges-gap``) and makes an ask after a silence careful rather than a ghost's return
(:mod:`rapport.messages.detectors`).
"""

from rapport.messages.patterns import A, _p

NUMBER_WORDS = (
    "four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|twenty-\\w+"
)
# A stretch of time ("19 months", "a year and a half") and what it was the stretch of.
_SPELL = (
    rf"(?:\d+|{NUMBER_WORDS}|a|one|two|three|a few|several)(?: and a half)? (?:years?|months?)"
    rf"(?: and a half)?"
)
_OF_US = (
    r"(?:connected|connecting|connection|silent|silence|(?:belated|late|overdue) hello|"
    r"say (?:hello|hi))"
)
# A time ago: "two years ago", "nearly a year and a half back". Beside the two of them it owns
# the gap; said of the writer alone ("I moved here two months ago") it dates their news.
TIME_AGO = (
    rf"(?:nearly |almost |over |about |roughly )?(?:a|one|two|three|many|\d+|{NUMBER_WORDS})"
    rf"(?: or (?:\d+|{NUMBER_WORDS}))?(?: and a half)? (?:years?|months?)(?: and a half)? "
    rf"(?:ago|back)"
)
GAP_ACK = _p(
    rf"\b(?:it{A}s|it has|it{A}s been|it has been) (?:been )?(?:a (?:long )?while|ages|forever|"
    rf"an age|an eternity|too long|"
    rf"a long time|years|months|some time)\b|\blong time\b|\bsince we (?:last|worked|met|spoke|"
    rf"talked)\b|\bsorry (?:for|about) (?:the|my) (?:silence|slow|long|delay|radio silence)"
    rf"|\bi know it{A}s been\b|\bbeen (?:a (?:long )?while|ages|forever|too long|far too long)\b"
    rf"|\bthe last time we (?:properly |really |actually )?(?:talked|spoke|met|saw each other)\b"
    rf"|\bout of touch\b|\bdropped the ball\b|\bhaven{A}t (?:spoken|talked|been in touch|caught up)"
    rf"|\bsorry (?:i|I) (?:went quiet|disappeared|never replied)\b|\bfell off my radar\b"
    rf"|\b(?:it{A}s|it has) been (?:about |almost |over |nearly |more than )?"
    rf"(?:a|an|one|two|three|four|five|\d+|a few|several|many)\b[^.?!\n]{{0,30}}"
    rf"\b(?:years?|months?|while)\b|\bmeant to (?:follow up|write|reply|get back|get in touch)\b"
    rf"|\bapolog\w* for the (?:silence|slow|delay|gap|long)\b"
    rf"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|many) "
    rf"(?:years?|months?) since\b|\bi owe you (?:an? )?(?:email|reply|hello|message|note|call)\b"
    rf"|\b(?:in|for) (?:forever|an age|ages)\b|\blong overdue\b"
    rf"|\bwe{A}?(?:ve| have)? only (?:ever )?(?:talked|spoken|met|chatted) (?:once|twice|a couple "
    rf"of times|a few times|briefly)\b"
    rf"|\b(?:stepped|was) away (?:from [\w-]+ )?(?:(?:in|for|since) (?:(?:19|20)\d\d|[\w-]+ "
    rf"years)|[\w-]+ (?:years?|months?) ago)\b"
    rf"|\b(?:coming|come|came|returning) back after (?:[\w-]+ ){{1,2}}(?:years?|months?)\b"
    rf"|\bi never (?:followed up|replied|wrote back|got back)\b"
    rf"|\b(?:years?|months?|long) (?:is|has been|was) (?:far |way |much )?too long\b"
    rf"|\bthat{A}s on me\b"
    # the writer placed by the year they met: "It's Thandi from the 2018 first-aid course"
    rf"|\bit{A}s [\w-]+ from (?:the |our )?(?:19|20)\d\d\b"
    rf"|\bi (?:realised|realized|noticed) i never (?:told|thanked) you\b"
    rf"|\bsorry (?:for|about) (?:vanishing|disappearing|going (?:quiet|silent|dark)|being (?:so )?"
    rf"quiet|being a ghost|ghosting)\b"
    rf"|\blet (?:things|it|us|our [\w-]+) (?:go|slide|drift) (?:quiet|silent)\b"
    rf"|\b(?:i|we|and then|then) (?:went|have gone|had gone|{A}ve gone|fell) (?:so |very )?"
    rf"(?:quiet|silent)\b"
    rf"|\b(?:my|our|for|about) going (?:so )?(?:quiet|silent)\b|\bafter so long\b"
    rf"|\bi owe you an apology\b"
    rf"|\b(?:six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?: and a half)? "
    rf"(?:years?|months?) since\b"
    rf"|\bit{A}s been (?:about |almost |over |nearly |more than )?(?:six|seven|eight|nine|ten|"
    rf"eleven|twelve|fifteen|twenty)\b[^.?!\n]{{0,30}}\b(?:years?|months?)\b"
    rf"|\b{TIME_AGO}\b"
    rf"|\bnever actually (?:spoken|talked|met)\b"
    rf"|\bconnected (?:for )?(?:a while|[\w ]{{1,20}}(?:years?|months?)) (?:without|but never)\b"
    rf"|\bnever actually said hello\b|\b(?:a|one|two|\d+) and a half (?:years?|months?) ago\b"
    # a first message after connecting long ago: "this is my first message", "we connected in
    # 2023 and I never wrote", "connected for 19 months without ever speaking"
    rf"|\b(?:this is|it{A}s) (?:my|the) (?:very )?first (?:message|note|time (?:i{A}m |i am |"
    rf"i{A}ve |i have )?(?:writing|written|messaging|reaching out|getting in touch))\b"
    rf"|\bwithout (?:ever )?(?:speaking|talking|chatting|having (?:spoken|talked))\b"
    rf"|\bnever (?:once )?(?:introduced myself|said hello|said hi)\b"
    rf"|\bfirst (?:message|note) (?:after|in) (?:[\w-]+ ){{1,3}}(?:months?|years?)\b"
    rf"|\bconnected (?:on [\w-]+ |here |online )?(?:some time|a while) (?:ago|back)\b"
    rf"|\b(?:we|i) (?:have |had |{A}ve )?never (?:actually |really )?(?:talked|spoken|spoke|"
    rf"chatted|messaged|wrote|written)(?: to (?:you|each other))?(?=[,.;:!?)]| since| until| "
    rf"before| after| and| but| so| to (?:introduce|say)|$)"
    rf"|\bnever had (?:the|a|an) (?:chance|occasion|opportunity) to (?:talk|speak|chat)\b"
    rf"|\bcon{{1,2}}ected (?:on [\w-]+ |here |online )?(?:long ago|a long time ago|ages ago|"
    rf"back when|"
    rf"back in|in (?:19|20)\d\d|(?:about |nearly |almost |over |more than )?(?:a|one|two|three|"
    rf"\d+|{NUMBER_WORDS})(?: and a half)? (?:years?|months?)(?: and a half)? (?:ago|back))\b"
    rf"|\bbeen connected (?:here |online )?(?:for )?(?:about |nearly |almost |over |more than )?"
    rf"(?:a|one|two|three|\d+)(?: and a half)? (?:years?|months?)\b"
    rf"|\b(?:a|the|such a|this) long (?:silence|gap|quiet)\b|\bout of (?:nowhere|the blue)\b"
    # "linked for 19 months with zero messages", "never exchanged a word", "apologies for
    # connecting and then going quiet"
    rf"|\b(?:linked|connected) (?:for|since) [^.?!\n]{{1,30}}\b(?:with (?:zero|no|not (?:one|a "
    rf"single))|and never)\b"
    rf"|\bi never (?:reached out|got in touch|wrote|messaged you|said hello)\b"
    rf"|\bi (?:did not|didn{A}t) (?:write|reach out|get in touch|message you|say hello)"
    rf"(?=[,.;:!?)]| to you| back| since| after| until| and| but| for| even|$)"
    rf"|\b(?:i|and|but) never said (?:a word|a single word|anything|a thing)\b"
    rf"|\b(?:months?|years?) after (?:clicking|hitting|pressing) connect\b"
    rf"|\bconnected (?:a long while|a good while|quite a while|a long time) (?:ago|back)\b"
    rf"|\bnever (?:once )?(?:exchanged|swapped|traded) (?:a|one|a single) (?:word|message|line|"
    rf"note)\b|\b(?:and|then) going (?:so |very )?(?:quiet|silent)\b"
    rf"|\b(?:have not|haven{A}t|never|did not|didn{A}t) (?:once )?(?:sent|written|messaged) "
    rf"(?:you )?(?:a single|a|one|any) (?:message|note|line|word)\b"
    rf"|\b(?:years?|months?)(?: and a half)? since we (?:connected|linked|met online)\b"
    # the silence itself owned: "sorry for the 19 months of silence", "two years of quiet"
    rf"|\b(?:sorry|apolog\w*) (?:for|about) (?:the|my|our|this|that) (?:[\w-]+ ){{0,4}}?"
    rf"(?:silence|quiet|gap)\b"
    rf"|\b(?:years?|months?) of (?:radio |total |complete )?(?:silence|quiet|no contact)\b"
    rf"|\b(?:years?|months?) connected and (?:not (?:one|a single)|zero|no|never (?:a|one)) "
    rf"(?:messages?|words?|notes?|hello)\b"
    # the gap said plainly: "19 months of being connected without a single message", "our
    # connection is nineteen months old", "neither of us said a word", "a belated hello"
    rf"|\b(?:years?|months?) (?:of (?:being )?)?connected (?:without|but never|and never|and not)\b"
    rf"|\bconnection is (?:about |nearly |almost |over |more than )?(?:a|one|two|three|\d+|"
    rf"{NUMBER_WORDS})(?: and a half)? (?:years?|months?) old\b"
    rf"|\bneither of us (?:has |have |had |ever )?(?:said|wrote|written|sent) (?:a|one) "
    rf"(?:word|line|message|note)\b|\bbelated (?:hello|hi|introduction)\b"
    rf"|\bthe first (?:thing|message|note|word) (?:i{A}ve|i have) (?:ever )?(?:sent|written)\b"
    # "19 months after we connected", "nineteen months without a word", "nineteen months
    # connected, not one message", "a long-overdue hello", "a silence of my own making"
    rf"|\b(?:years?|months?) after (?:we|i) (?:first )?(?:connected|linked)\b"
    rf"|\b(?:years?|months?) without (?:a|one|a single) (?:word|message|note|hello|line)\b"
    rf"|\b(?:years?|months?) connected,? (?:and )?(?:not (?:one|a single)|zero|no) "
    rf"(?:messages?|words?|notes?|hello)\b"
    rf"|\blong-overdue\b|\bsilence of my own making\b"
    # the time since connecting, said beside the connection or the silence, however worded:
    # "a silent connection of yours for about 19 months", "a late hello after 19 months
    # connected", "not writing since we are connected (almost 19 months!)"
    rf"|\b{_SPELL}\b[^.?!\n]{{0,25}}\b{_OF_US}\b|\b{_OF_US}\b[^.?!\n]{{0,25}}\b{_SPELL}\b"
)
