"""Introductions and names: asked first of both sides or made blind, and a name leaned on.

A good introduction asks each person first (a double opt-in) and says why the two should meet;
a blind one hands the reader a stranger's request. A name borrowed for attention ("Anna
suggested I reach out") is only a referral when it carries the reason ("she said you ran the
volunteer side for years") or a relation the two share. The detectors that use these patterns
are :func:`rapport.messages.antipatterns.blind_introduction` and
:func:`~rapport.messages.antipatterns.borrowed_name`.
"""

from rapport.messages.cues import THANKS_FOR
from rapport.messages.patterns import A, _p

DOUBLE_OPT_IN = _p(
    # consent reported from both sides: "Jess asked me to link you and Ravi said yes"
    rf"\basked me to (?:link|connect|introduce|put) you\b|\b(?:and|but) [\w-]+ said yes\b"
    rf"|\b(?:you both|both of you) (?:agreed|said yes)\b|"
    rf"\bwould you be (?:open|up for|happy|interested|keen)(?: to| in| for)? (?:an? )?(?:intro|"
    rf"introduction|meeting|connecting|being introduced|me introducing)|\bbefore i (?:introduce|"
    rf"connect|loop|share)|\bif you{A}?re both (?:happy|up for|open)|\bok(?:ay)? (?:with|if) "
    rf"(?:me|i) (?:introduc|connect)|\bhappy for me to (?:introduce|connect|share|pass)"
    rf"|\bwould you like (?:me to introduce|an intro|to meet)\b|\bshall i (?:introduce|connect)\b"
    rf"|\bas you both (?:asked|agreed|said yes)\b|\byou both (?:said yes|agreed|asked)\b"
    rf"|\bboth (?:of you )?(?:said yes|said (?:to )?(?:go ahead|ok|okay|sure)|agreed|are keen)\b"
    rf"|\bcan i (?:introduce|connect) you\b|\bdouble opt"
    # leave to introduce, not to send a CV: "would it be okay if I introduced you"
    rf"|\bwould it be ok(?:ay)? (?:if i|for me to|to) (?:introduc|connect|put you|loop|pass (?:on |"
    rf"along )?your|share your)"
    # the other side already said yes: "she's expecting your call", "as promised, here's..."
    rf"|\b(?:she|he|they){A}?(?:s|re| is| are) expecting (?:your|a) (?:call|email|message|text)\b"
    rf"|\bas promised,? here{A}?s\b"
    # "Intro as promised: Wen asked for this and Aleks said he's free those dates"
    rf"|\bintro(?:duction)? as promised\b|\b[\w-]+ asked for this\b"
    # the other side's yes reported, or the reader asked for the intro: "he said he's glad to
    # answer questions", "you asked me whether I knew anyone who..."
    rf"|\b(?:she|he|they|who) (?:said|says|told me) (?:she|he|they)"
    rf"(?:{A}?d|{A}s|{A}re| would| is| are)? (?:be )?(?:glad|happy|keen|delighted|willing) to\b"
    rf"|\byou asked (?:me )?(?:[\w-]+ ){{0,2}}(?:whether|if) i knew\b"
    # the reader's own yes, given earlier: "you said you'd be happy to have her shadow for a day"
    rf"|\byou said you(?:{A}?d| would) (?:be )?(?:happy|glad|keen|up for|open|willing)\b"
    rf"|\b[\w-]+ (?:ok{A}?d|okayed|okay{A}?d|signed off on|agreed to|is (?:happy|fine|good) with) "
    rf"(?:this|it|the intro(?:duction)?)\b"
    # the one introduced, answering: "thanks Kiri, moving you to bcc"
    rf"|\b(?:moving|moved|move) (?:you|[a-z]+) to (?:bcc|bc)\b"
    # the reader thanked for their yes: "thank you for saying yes to hearing about Linh"
    rf"|{THANKS_FOR}(?:saying yes|agreeing) to (?:hear|hearing|meet|meeting|an intro|the intro|"
    rf"take|taking|speak|speaking|talk|talking)\b"
)
BLIND_INTRO = _p(
    rf"\bi{A}?d like you (?:two |both )?to meet\b|\bplease meet\b|\bmeet my (?:friend|colleague)\b"
    rf"|\bintroducing you(?: two| both)?\b|\bi{A}m (?:introducing|connecting) you\b"
    rf"|\bconnecting you (?:with|to)\b|\bconnecting "
    rf"you (?:two|both)\b|\byou (?:two|both) should (?:meet|talk|connect|chat)\b|\blooping in\b"
    rf"|\bcc{A}?d\b|\b(?:want|like|wanted|going) to introduce you to\b"
    rf"|\bhere{A}?s (?:\w+{A}s|her|his|their) (?:mobile|number|phone|email|contact)"
    rf"|\bgive (?:her|him|them) a (?:call|ring|shout)\b|\bsay you know me\b"
    rf"|\bover to you (?:two|both)\b|\bi{A}?ll let you (?:two|both)\b"
    rf"|\bmeet my (?:niece|nephew|son|daughter|cousin|brother|sister|wife|husband|partner|"
    rf"mentee|intern|student|neighbou?r|friend|colleague)\b"
    rf"|\bthis is the (?:guy|person|woman|man|one|friend|colleague) i (?:told|was telling) you "
    rf"about\b"
    rf"|\bi{A}ve (?:cc{A}?d|copied|added) \w+|\bcc{A}?ing\b"
    rf"|\bthis is \w+, (?:who|the|(?:he|she|they) (?:has|have|wants?|needs?))\b"
    rf"|\bleav(?:e|ing) you (?:two|both) to it\b|\bchat amongst yourselves\b"
    rf"|\b(?:added|adding) you (?:both|two|all) to (?:this|the|a) (?:group|chat|thread)\b"
    # several people dropped into one chat: "adding Kasia, Tunde and Mei here"
    rf"|\badding (?:[\w-]+, ){{1,}}(?:[\w-]+,? )?and [\w-]+ (?:here|to (?:this|the) (?:group|chat|"
    rf"thread))\b"
    rf"|\b(?:meet|say hello to) \w+[,!]"
    rf"|\bthis is my (?:niece|nephew|son|daughter|cousin|brother|sister|mentee|neighbou?r|"
    rf"student|intern)[ ,]"
)
BORROWED = _p(
    rf"\b[A-Z][\w'’-]+ (?:suggested|recommended|told me|said I should|said you{A}?d|mentioned "
    rf"(?:you|that you)|thought (?:I|we) should|pointed me)\b|\breferred me to you\b|\bsuggested "
    rf"(?:that )?I (?:reach out|contact|get in touch|message|write)\b|\b(?:a|our) mutual "
    rf"(?:friend|contact|connection) (?:suggested|recommended|said)\b",
    0,
)
REFERRAL_REASON = _p(
    rf"\b(?:she|he|they) (?:said|says|mentioned|told me) (?:that )?you(?:{A}ve|{A}d| have| had)? "
    rf"(?:[\w-]+ ){{0,2}}(?:ran|run|running|spent|built|set up|led|lead|know|knew|started|founded|"
    rf"went through|handled|worked|did|made|wrote|teach|taught|trained)\b"
    # what the contact said of the reader: "suggested I write to you, saying you are kind to
    # people starting out"
    rf"|\b(?:saying|(?:she|he|they) (?:said|says|told me)) (?:that )?you(?:{A}re| are| were) "
    rf"(?:[\w-]+ ){{0,2}}(?:kind|generous|helpful|happy|open|approachable|the (?:right|best) "
    rf"person)\b",
    triggers="she he they saying",
)
RELATION = _p(
    r"\b(?:worked (?:together|with)|we met|colleague|my (?:friend|manager|mentor|former|old|"
    r"sister|brother|cousin|neighbou?r|classmate)|classmates?|used to work|we were|studied "
    r"(?:together|with)|we both|my co-?founder|on the same team)\b"
    r"|\b(?:she|he|they) (?:said|says|told me) you(?:['’]d| had| have)? agreed\b"
)
