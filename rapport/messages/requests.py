"""Which sentences of a message ask the reader for something, and which only recall.

An ask is a request, an order, a want said to the reader, or a question put to them. The
detectors in :mod:`rapport.messages.asks` judge an ask's size and how it is put; this module
finds the asks: the request patterns, the sentences that ask, whether a sentence puts
something to the reader, and whether it only recalls a favour given ("I still remember you
lending me your flyers").
"""

from __future__ import annotations

import re

from rapport.messages import patterns as P
from rapport.messages.patterns import _p
from rapport.messages.text import (
    Doc,
    Sentence,
    Span,
    find_spans,
    holding,
    inside,
)


def ask_spans(doc: Doc) -> list[Span]:
    """Find the requests and the vague asks."""
    return requests(doc) + doc.find(P.VAGUE_ASK)


def requests(doc: Doc) -> list[Span]:
    """Find the request patterns' spans that ask something.

    Left out: those in a sentence that asks nothing (:func:`asks_nothing`: "knowing this would
    help me plan"), a choice put to the reader ("would you take the contract, or hold out?"),
    and what the writer says they do not seek ("I'm not looking for a job").
    """
    key = "live-requests"
    if key not in doc.memo:
        quiet = [s.span for s in doc.sentences if asks_nothing(s)]
        lower = doc.lower
        doc.memo[key] = [
            (a, b)
            for a, b in doc.find(P.ASK)
            if not any(inside((a, b), q) for q in quiet)
            and not _CHOICE_PUT.match(lower, a)  # "would you take the contract, or hold out?"
            and not _ASKS_THEIR_DAY.match(lower, a)
            and not _TELL_ME.match(lower, a)  # "would you be willing to tell me which certs..."
            and not _NOT_SOUGHT.search(lower, max(0, a - 12), a)  # "I'm not looking for a job"
            and not _WHEN_I.search(lower, max(0, a - 10), a)  # "only now, when I need advice"
        ]
    return list(doc.memo[key])  # type: ignore[call-overload]


def asking_sentences(doc: Doc) -> list[Sentence]:
    """Sentences that ask for something: a request, an order, a want said to them, a question."""
    key = "asking"
    if key not in doc.memo:
        requests = request_sentences(doc)
        doc.memo[key] = [s for s in doc.sentences if s in requests or s.is_question]
    return list(doc.memo[key])  # type: ignore[call-overload]


def request_sentences(doc: Doc) -> list[Sentence]:
    """Sentences that request something: a request, an order, a want said to them.

    Questions about the reader's life ("how is the new job?") are not requests.
    """
    key = "requests"
    if key not in doc.memo:
        put = [(a, b) for a, b in doc.find(_YOU_DO) if _puts_it(doc.lower, a)]
        held = holding(doc, ask_spans(doc) + doc.find(_WANTS) + put)
        doc.memo[key] = [
            s
            for s in doc.sentences
            if (s in held or _IMPERATIVE.match(s.lower) is not None) and not asks_nothing(s)
        ]
    return list(doc.memo[key])  # type: ignore[call-overload]


# A memory of what they once did: "I still remember you staying late to help me print 200
# flyers" recalls a favour given, it asks for nothing.
_MEMORY = re.compile(
    r"\b(?:i (?:still |always |will always |['’]ll always )?(?:remember|recall)|never forg[eo]t|"
    r"still think (?:of|about)) (?:you|when|how|the (?:time|day|night|week|year|summer|winter))\b"
)


# A name handed over for them to use: "Tell him the Bray goat dairy sent you", "mention my
# name". It gives them something; it asks nothing.
_HANDS_OVER = re.compile(
    r"\b(?:tell|let) (?:him|her|them) (?:that )?(?:[\w'’-]+ ){1,5}sent you\b"
    r"|\b(?:mention|use|drop) my name\b|\bsay (?:that )?i sent you\b"
    # an offer: "if you ever want a role shared there, I'd be glad to pass it on"
    # or "if you ever want help with the rest of the books, you know where I am"
    r"|\bif you (?:ever |do )?(?:want|need|would like|['’]d like)\b[^.?!]{0,80}"
    r"\b(?:i['’]?(?:d| would) be (?:glad|happy|delighted|pleased) to"
    r"|you know where (?:i am|i['’]m|to find me))\b"
    # the introducer stepping out of the thread: "please drop me to bcc"
    r"|\b(?:drop|move|put|keep) me (?:to|in|on|into) (?:the )?bcc\b"
    # a pleasantry passed on: "give my regards to your father"
    r"|\b(?:give|send|pass on|say) (?:my )?(?:regards|love|best|best wishes|thanks|hello|hi) to\b"
    # work sent their way: "would you be alright with me passing your number on to customers?"
    r"|\b(?:pass|passing|give|giving|hand|handing) (?:on )?your (?:number|name|details|card)"
    r"(?: on| along)? to (?:those |my |our |the |any )?(?:customers|clients|callers|enquiries)\b",
    re.IGNORECASE,
)


def recalls(sentence: Sentence) -> bool:
    """Whether a sentence recalls a past favour rather than asking one (no "?", no "could you")."""
    return (
        not sentence.is_question
        and _MEMORY.search(sentence.lower) is not None
        and not puts_to_them(sentence)
    )


def asks_nothing(sentence: Sentence) -> bool:
    """Whether a sentence that sounds like a request asks nothing of the reader.

    It recalls a favour they once gave, says what an answer would do for the writer, asks only
    leave to write again ("would you mind if I reached out again in a couple of weeks?"), or
    hands them something ("mention my name", "if you ever want a role shared, I'd be glad to"),
    or only offers the way out ("please feel free to decline if this isn't for you").
    """
    leave = _LEAVE_TO_WRITE.search(sentence.lower) is not None
    offer = _HANDS_OVER.search(sentence.text) is not None
    way_out = _WAY_OUT.match(sentence.lower) is not None
    return recalls(sentence) or answer_helps(sentence) or leave or offer or way_out


# What the writer says they do not seek, right before it: "I'm not looking for a job".
_NOT_SOUGHT = re.compile(r"(?:\bnot|n['’]t|\bnever)(?: really| actually| even)? $")

# A time named by the writer's need, not a request: "I'm sorry to write only now, when I need
# advice".
_WHEN_I = re.compile(r"\bwhen (?:i|we) $")

# Only the way out, said first: "please feel free to decline if this isn't for you".
_WAY_OUT = re.compile(
    r"(?:please |and |but |so |of course,? )?(?:do )?(?:feel free to (?:decline|say no|ignore|pass|"
    r"skip)|no need to (?:reply|respond|answer)|(?:don['’]?t|do not) feel (?:obliged|obligated|"
    r"pressured)|nothing (?:is )?(?:needed|required|expected) (?:from you|back))\b"
)

# Leave asked to write again later: the reader's yes costs nothing.
_LEAVE_TO_WRITE = re.compile(
    r"\b(?:would you mind|is it (?:ok|okay|alright|all right)|would it be (?:ok|okay|alright)|"
    r"do you mind|may i|can i|could i)(?: if i)? (?:reach(?:ed)? out|wr[io]te|check(?:ed)? in|"
    r"follow(?:ed)? up|got in touch|contact(?:ed)? you|message(?:d)? you)(?: to you)?"
    r" (?:again|later|then|in (?:a|two|three|a few|a couple of) (?:days|weeks|months))\b"
    # "I'd only like to know if it's ok to send you my background in a few weeks"
    r"|\b(?:if|whether) it['’]?s (?:ok|okay|alright|all right|fine) (?:to|if i) (?:send|share|"
    r"write|contact|message|reach out)\b[^.?!]{0,60}\b(?:in|after) "
    r"(?:a|two|three|a few|a couple of) (?:days|weeks|months)\b"
)


def answer_helps(sentence: Sentence) -> bool:
    """Whether a sentence only says what an answer would do for the writer, asking nothing.

    "Your answer would help me decide where to spend my savings", "knowing this would help me
    plan my year": the reason for a question asked elsewhere, not a request of its own (unless
    it also puts one: "it would help if you could send it").
    """
    lower = sentence.lower
    return (
        _ANSWER_HELPS.search(lower) is not None
        and "if you" not in lower
        and not puts_to_them(sentence)
    )


# What an answer, or knowing something, would do for the writer.
_ANSWER_HELPS = re.compile(
    r"(?:\b(?:your|an?|any|one|that|this|the|even a|even one) (?:(?:honest|quick|short|brief|frank|"
    r"candid|rough|plain|straight|simple|one-line|two-line) ){0,2}(?:opinion|view|answer|reply|"
    r"advice|thoughts?|tips?|input|pointers?|line|guess|"
    r"insight|perspective|take)s?(?: back| from you| on (?:this|that|it))?"
    r"(?:,[^,.?!]{1,30},)?"  # "any answer, even a rough guess, would help"
    # what knowing it would do, said as the clause's subject: "so knowing this would help me plan"
    r"|(?:^|[,;:] |\b(?:so|and|but|as) )(?:to (?:understand|know|hear|learn)|understanding|knowing|"
    r"hearing|learning|being able to (?:understand|know)) (?:this|that|it|which|where|what|how|"
    r"whether|if|who|when|the answer|more about)\b[^.?!;]{0,40}?"
    r") (?:would|will|could|can) (?:really |surely |already |truly |genuinely |so |also )?"
    r"(?:help|mean|make)\b"
)


def puts_to_them(sentence: Sentence) -> bool:
    """Whether a sentence puts a request to the reader: "would you...", "please send..."."""
    lower = sentence.lower
    return _IMPERATIVE.match(lower) is not None or any(
        _puts_it(lower, a) for a, _ in find_spans(_YOU_DO, sentence.text, lower)
    )


def _puts_it(lower: str, start: int) -> bool:
    """Whether the "could you..." found at ``start`` asks a favour, not their view or their story.

    "What would you learn first?" asks their view; "could you say more" or "could you describe"
    ask them to talk; neither is a favour.
    """
    return not _WH_BEFORE.search(lower, max(0, start - 6), start) and not _THEIR_VIEW.match(
        lower, start
    )


# A choice put to them in the writer's place: "would you take the contract, or hold out?"
_CHOICE = (
    r"(?:go for|choose|pick|take|try|start(?: with| in| out in)?|prioriti[sz]e|focus on) "
    r"[^?]{1,80} or "
)
_CHOICE_PUT = re.compile(rf"(?:could|can|would|will|do) (?:you|u) {_CHOICE}")
_WH_BEFORE = re.compile(r"\b(?:what|how|which|where|why|when|who) $")
# Their day or their road described: "would you be willing to share what a normal Tuesday looks
# like for you?"
_THEIR_DAY = (
    r"(?:be willing to |mind )?(?:share|describe) (?:what|how) (?:[\w'’-]+ ){1,6}(?:looks?|is|was|"
    r"felt|feels) like\b"
)
_ASKS_THEIR_DAY = re.compile(rf"(?:could|can|would|will) you {_THEIR_DAY}")
_TELL_ME = re.compile(
    r"would you (?:mind|be willing)(?: to)? tell(?:ing)? me (?:which|what|whether|how)\b"
)
_THEIR_VIEW = re.compile(
    r"(?:could|can|would|will|do) (?:you|u) (?:say|describe|recommend|tell me how|prefer|expect|"
    r"think|suggest|advise|agree|reckon"
    # how they would judge something: "would you count frontline work as product experience?"
    r"|(?:count|consider|see|rate|treat|view|class|regard) (?:[\w'’-]+ ){1,6}as (?:real|relevant|"
    r"valid|proper|useful|enough|good|strong|serious|a plus|an asset|(?:[\w-]+ )?(?:experience|"
    r"work|a skill|a qualification))\b"
    r"|(?:say|think) (?:it|that|this)\b"
    r"|(?:be (?:willing|able) to )?tell me (?:which|what|whether)\b"
    # a choice put to them in the writer's place: "if you were me, would you go for X or Y?"
    rf"|{_CHOICE}"
    r"|tell me\W{1,3}(?:is|are|does|do|would|should|can|will)\b"
    # their judgement of their own past: "would you do it again?", "would you do it differently?"
    r"|(?:do|change|have done) (?:it|that|this|the same|anything) (?:again|differently)\b"
    rf"|{_THEIR_DAY})"
)


_IMPERATIVE = re.compile(
    # (not an apology: "please excuse the long silence")
    r"^(?:(?:please|kindly) (?!excuse|forgive|pardon|bear with)\w|"
    r"(?:just )?(?:send|introduce|refer|invest|share|forward|give|find|"
    r"get|connect|recommend|buy|back (?:my|our|the|this|us|me|it)|fund|sponsor|donate|hire|"
    r"call|wire|pay|transfer|lend|spot|loan|cover|lead|commit|bring|intro|add me|put me|"
    # (not their news asked for: "tell me everything, are you still with the refinery?")
    r"tell(?! me (?:everything|all|your news|how you are|how you['’]ve been)))\b)"
)
# A request put to the reader anywhere in a sentence: "anyway, could you spot me ...".
# (:func:`_puts_it` drops "what would you...", "could you describe...": their view, not a favour)
_YOU_DO = _p(
    r"\b(?:could|can|would|will) (?:you|u) \w"
    # "I don't suppose you'd have...", "would your team consider...": a request all the same
    r"|\b(?:perhaps|maybe|possibly) you (?:could|might|would)\b"
    r"|\bi don['’]?t suppose you\b|\bany chance (?:you|of|we|i)\b|\bmight you\b"
    # a favour for someone of the writer's: "could she sit in?", "could my son shadow you?"
    r"|\b(?:could|can|would|might|may) (?:he|she|they|my (?:son|daughter|nephew|niece|brother|"
    r"sister|cousin|partner|wife|husband|friend|kid|child|student|mum|mom|dad|father|mother)s?) "
    r"(?:just |maybe |possibly |perhaps )?(?!be\b|have been\b)\w"
    r"|\b(?:could|would|might|will) your (?:[\w-]+ ){0,2}(?:consider|be (?:willing|open|able|"
    r"happy)|let|allow|host|take|give|lend|sponsor|fund|have)\b",
)


_WANTS = re.compile(
    r"\b(?:would (?:love|appreciate|welcome)|(?<!that )(?<!when )i need|hoping (?:for|you))\b"
    # the writer's own search ("she is looking for a bookkeeper" asks nothing of the reader)
    r"|\b(?:i|we)(?:['’]m|['’]re| am| are)? (?:\w+ )?looking for\b|^looking for\b"
    r"|\b(?:and|so|we|i) (?:urgently |really |still )?need (?:a |some |more |new )?(?:sponsors?|"
    r"donors?|investors?|funding|backers?|volunteers|buyers|customers)\b"
    # a request put as a hope or a wondering: "I hoped you might...", "wondered if I could..."
    r"|\b(?:hoped|hoping|wondered|wondering|was hoping|was wondering) (?:if |whether |that )?"
    r"(?:you|i|we) (?:might|could|would|can|may)\b"
    r"|\b(?:wondered|wondering) (?:if|whether) you['’]d\b|\bmind if (?:i|we) \w"
    # an order after a clause: "my nephew has finished, kindly arrange an interview"; a sum
    # needed ("and need 2 million naira"); a talk proposed ("lets talk about hanging your work")
    r"|[,;] (?:please |kindly )(?:arrange|send|forward|share|give|find|help|get|introduce|refer|"
    r"pass|sponsor|fund|lend|transfer|pay|buy|hire|recommend)\b"
    r"|\b(?:and|so|i|we) (?:urgently |really |just )?need (?:about |around |only )?"
    r"(?:[$£€₹₦] ?\d|\d[\d,.]* ?(?:k|m|million|thousand|grand|lakh|crore)\b)"
    r"|\blet['’]?s (?:talk|chat|discuss|hop on a call|jump on a call)\b"
    # "a small thing back: once you're settled, send me their invoices"
    r"|: (?:(?:once|when|after) [^,.?!]{1,30}, )?(?:(?:just|please|then) )?(?:send|forward|pass) "
    r"(?:me|us)\b"
    r"|\b(?:i|we)['’]?d (?:just |really |only |so )?(?:love|like|want) (?:for )?you to\b"
    r"|(?<!n't )(?<!n’t )(?<!not )\b(?:want|need) you to\b"  # (not "didn't want you to miss it")
    # "I'd really appreciate you passing my name on", "I'd like a quick 15-minute chat"
    r"|\b(?:i['’]d|i would) (?:really |truly |so |greatly )?appreciate (?:it if )?you\b"
    r"|\b(?:i['’]d|i would) (?:really )?(?:like|love) an? (?:quick |short |brief )?(?:\d+|ten|"
    r"fifteen|twenty|thirty)[- ]?min(?:ute)? (?:chat|call|coffee|conversation|meeting)\b"
    # a wish said to them is a request: "I'd love to shadow you", "I'd like to join your panel"
    r"|\b(?:i['’]d|i would) (?:really |so |very much |especially |particularly )?(?:love|like) "
    r"to\b"
    # ...but not a wish about the writer's own path: "I'd like to move into product"
    r"(?! (?:move|switch|transition|pivot|get|break|go|stay|work|grow|land|end up|speciali[sz]e|"
    r"return|go back|keep working|restart|start|start again|retrain|get back|move back|come back|"
    r"learn|change|shift)"
    r"(?: \w+)? (?:into|in|to|as|at|toward|towards|back|from)\b"
    r"(?! (?:your|you|yours|their)\b)| (?:become|be) (?:a|an)\b"
    # ...nor a check on it: "I'd like to see if product management is a real option for me"
    r"| (?:see|find out|figure out|work out|explore|test|check) (?:if|whether) (?!you\b|your\b)"
    # ...nor where the writer hopes to end: "I'd like to end up doing that kind of work", "what
    # I'd like to work on after I graduate"
    r"| end up \w+ing\b| work on(?=[.,;:!)]| after\b| one day\b| some ?day\b| eventually\b)"
    r"| (?:land|end up|settle|be)(?=[.,;:!)])"  # "travel is where I'd love to land, and..."
    r"| turn (?:that|this|it|my [\w-]+) into (?:a |an )?(?:[\w-]+ )?(?:career|job|role|living)\b"
    # ...nor the silence mended ("I'd like to change that"), nor a someday ("the kind of work
    # I'd love to be part of one day")
    r"| (?:change|fix|put right|make up for|mend) (?:that|this)\b"
    # ...nor the writer's own move made real: "I'd like to make it official one day"
    r"| make (?:it|that|this|the (?:move|switch|jump|change)) (?:official|happen|work)\b"
    r"| be (?:a )?part of (?:[\w'’-]+ ){0,4}?(?:one day|some ?day|eventually|in (?:the )?future)\b)"
    # a favour presumed: "Ada told me you'd sort me out with a place"
    r"|\byou(?:['’]d| would|['’]ll| will) (?:sort me out|find me|get me|give me|set me up|"
    r"fix me up)\b"
    r"|\bwould be (?:honoured|honored|delighted|thrilled|(?:so |very |really |most )?grateful) if "
    r"you\b|\bit would help (?:me )?to know\b"
    r"|\bwould it be (?:alright|all right|ok|okay|possible|acceptable) (?:for me to|if i)\b"
    # a request put as a condition or a benefit: "if you're able to forward it, it would help"
    r"|\bif you(?:['’]re| are)? (?:able|willing|happy|free|in a position) to\b"
    r"|\b(?:it|that) would (?:really |so |genuinely )help\b"
    r"|\b(?:it|that) would (?:help|mean) (?:enormously|hugely|a lot|so much|the world|"
    r"a great deal)\b"
    # a request for something of theirs put as a question without its mark: "could i get an hour"
    r"|\b(?:could|can|may|might) i (?:get|have|borrow|grab|take|book|steal|put|use|list|add|"
    r"name)\b"
    r"|\b(?:please|pls|plz) (?:send|pass|forward|share|introduce|refer|give|find|get|put|call|"
    r"review|read|sign|buy|back|fund|invest|hire|connect|wire|transfer|pay|lend|loan|cover|spot|commit|"
    r"lead|join|arrange|book)\b",
    re.IGNORECASE,
)
