"""The phrases the coach recognises, as compiled regular expressions.

Each pattern names one move a message can make (asking about the reader, offering help, pitching,
name-dropping...). Rules combine them; keeping them here, apart from the rules, makes both easy to
read and to test. Most patterns are written in lower case and run on the lower-cased message,
which is over twice as fast as case-insensitive matching; :data:`CASELESS` keeps a
case-insensitive twin of each for the rare text whose length changes when lower-cased.
"""

import re

from rapport.messages.fastre import PatternTable

A = r"['’]"  # straight or curly apostrophe
CASELESS: PatternTable[re.Pattern[str]] = PatternTable()
# Words at least one of which every match contains: a message with none of them is not searched.
TRIGGERS: PatternTable[frozenset[str]] = PatternTable()


def _p(pattern: str, flags: int = re.IGNORECASE, triggers: str | None = None) -> re.Pattern[str]:
    if not flags & re.IGNORECASE:
        compiled = re.compile(pattern, flags)  # case matters (names): runs on the text as typed
    else:
        compiled = re.compile(pattern)
        CASELESS[compiled] = re.compile(pattern, re.IGNORECASE)
    if triggers:
        TRIGGERS[compiled] = frozenset(triggers.split())
    return compiled


ASK = _p(
    rf"\b(?:could|can|would|will) you (?:please |possibly |maybe |kindly )?(?:help|introduce|intro|"
    rf"refer|fill|complete|answer|take|lend|loan|pay|cover|fund|sponsor|invest|hire|"
    rf"review|look at|take a look|have a look|share|recommend|connect me|put me in touch|forward|"
    rf"pass (?:on|along)|endorse|vote|support|sign|spare|give me|tell me|send me|check)\b"
    rf"|\b(?:looking for|need|want) (?:a |an |some )?(?:job|role|referral|introduction|intro|"
    rf"help|advice|mentor|feedback|opportunit\w+)\b"
    rf"|\bwould (?:love|appreciate|be grateful for) (?:it if you|your (?:help|advice|input|"
    rf"thoughts|feedback)|an intro|a referral|any help|a few minutes)"
    rf"|\bany chance you\b|\bdo you know (?:anyone|someone|of any)\b"
    rf"|\bcan i ask (?:you )?(?:a|for)\b"
    # the ask said as a fact: "I'm asking each of my contacts for R2,000", "link to contribute"
    rf"|\bi{A}?(?:m| am) asking (?:you|each|every|all|everyone|my|people|friends)\b[^.?!\n]{{0,40}}"
    rf"\bfor\b|\b(?:link|button|page) (?:to|for) (?:contribute|contributions|donate|donations|give|"
    rf"chip in|pledge)\b|\bchip in\b"
    # ("it help me already" in a thank-you is what their work did, not an ask)
    rf"|\bpick (?:your|ur|yr) (?:brains?|ears?|mind)\b"
    rf"|\b(?:can|could|would|will|please|you|to|might) help me\b|^help me\b"
    rf"|\bhelp me (?:out|with|find|get|land|understand|figure|decide|choose|prepare)\b"
    rf"|\bi{A}?d (?:love|like) (?:to get |)your (?:advice|take|"
    rf"thoughts|input|feedback)\b|\bif you could\b|\bwould you (?:mind|be willing)\b"
    rf"|\b(?:could|can|would) you be able to\b|\brefer me\b|\bi{A}?d (?:only |just |really )?"
    rf"(?:like|love) to know\b|\blet me know (?:whether|if|what|how)\b"
    rf"|\bput in a (?:good )?word\b|\bvouch for me\b|\brecommend me\b"
    rf"|\b(?:would|could|will) you (?:be|act as|stand as) (?:my|a|one of my) (?:[\w-]+ )?"
    rf"(?:referee|reference|mentor|sponsor|supervisor|adviser|advisor|guarantor|witness)\b"
    rf"|\bdo you (?:still )?know (?:anyone|someone|people|somebody)\b"
    rf"|\b(?:do you have|are there|any) (?:any )?(?:openings?|vacanc\w+|jobs?|roles?|positions?) "
    rf"(?:open |going )?(?:on|at|in|for)\b|\bwould you (?:leave|write|post)\b"
    rf"|\bmaybe you know\b|(?:\byou |\bu |^|[.!?\n] *)know (?:anyone|someone|somebody) who\b"
    rf"|\bany help is (?:welcome|appreciated|much appreciated)\b"
    # the ask said as a want: "what I'd really value is 10 minutes", "I'd value your read on"
    rf"|\bwhat i{A}?d (?:really |most |truly )?(?:value|appreciate|love) (?:is|would be)\b"
    rf"|\bi{A}?d (?:really |truly |so )?value (?:\d+|ten|fifteen|twenty|a few) (?:min|mins|"
    rf"minutes)\b"
)
SAYS_WHAT_I_DO = _p(
    rf"\b(?:i{A}m|i am|i{A}ve been|i have been) (?:now )?(?:working on|building|leading|running|"
    rf"writing|studying|researching|launching|designing|teaching|trying to|training|organi[sz]ing|"
    rf"setting up|starting|finishing|moving into|learning|helping|looking into|planning)\b"
    rf"|\bi (?:work|lead|run|manage|teach|build|design|write|study|research|coordinate|help|make|"
    rf"plan|organi[sz]e|support|sell|fix|cook|nurse|drive|coach|train|advise|deliver|source|"
    rf"edit|photograph|install|repair|analy[sz]e|care for|look after|"
    rf"started|joined|moved|look after|head|own)\b"
    rf"|\bmy (?:team|project|work|role|research|company|job|startup|book|course|clinic|class|"
    rf"students|thesis|shop|practice|lab|day job)\b"
    rf"|\bwe{A}?re (?:building|working|launching|running)\b"
    rf"|\bi (?:did|ran|led|managed|worked|taught|built|designed|nursed|drove|coached|repaired|"
    rf"installed|handled|covered) (?:[\w-]+ ){{0,4}}(?:for|at|in|on) (?:a |an |the |my )?"
    rf"|\b(?:on my side|my side|for me|here)\b[^.?!\n]{{0,40}}\b(?:working|busy|focused)\b"
    rf"|\bi(?:{A}m| am) (?:an? |the )?(?:[\w-]+ ){{0,3}}(?:at|in|for|with|on)\b"
    rf"|\bi{A}ve (?:taught|worked|spent|run|led)\b"
    rf"|\bi do (?:[\w-]+ ){{0,2}}(?:for|at|in)\b"
)
OFFER = _p(
    rf"\b(?:happy|glad|keen|delighted) to (?:help|share|introduce|connect (?:you|them)|send|review|"
    rf"look|chat|"
    rf"swap|pass|make an intro|return the favou?r|lend)\b"
    rf"|\bi (?:can|could) (?:introduce|share|send|"
    rf"help|review|connect|put you|pass|make an intro|forward)\b|\bwant me to\b|\bwould it help\b"
    rf"|\bif (?:it|that|this) (?:helps|would help|is useful|{A}s useful)\b|\bhow can i help\b"
    rf"|\bthought (?:of you|of your|you might)\b|\bmade me think of you\b|\breminded me of you\b"
    rf"|\b(?:thought|figured|guessed|reckoned) you (?:should|would|might|{A}d) (?:know|want|like|"
    rf"enjoy|need)\b|\b(?:figured|guessed|reckoned) you{A}d (?:want|like|need)\b"
    rf"|\bi remembered (?:you|that you|your)\b"
    rf"|\b(?:sharing|sending|attaching|here{A}?s|here is) (?:this|the|a|my|an?) (?:[\w-]+ ){{0,2}}"
    rf"(?:article|link|template|checklist|notes|guide|paper|report|list|summary|recording|slides|"
    rf"post|study|piece|video|book|tool|spreadsheet|contact|intro)\b"
    rf"|\bin case (?:it{A}s|it is) (?:useful|helpful)\b|\bno strings\b"
    rf"|\bnothing (?:needed|expected|required)(?: from you)?(?: in return| either way)?\b"
    rf"|\bif you ever need\b|\bif there{A}s anything i\b"
    rf"|\bwe (?:might|could|would) be able to\b"
    rf"|\bi{A}?ve (?:forwarded|shared|passed) (?:it|this|your)\b"
    rf"|\b(?:i{A}m |i am )?forwarding (?:you )?(?:the|this|a|her|his|their) (?:[\w-]+ )?(?:note|"
    rf"message|email|request|question)\b"
    rf"|\b(?:happy|glad|keen|delighted) to put you in touch\b"
    rf"|\bi would be (?:glad|happy|delighted) "
    rf"to\b|\bno obligation\b"
    rf"|\bi (?:can|could) show you\b|\bmay i (?:send|share|pass|post)\b"
)
THANKS = _p(
    r"\bthank(?:s| you| u)\b|\b(?:thx|thanx|tysm)\b|\bcheers for\b|\bappreciate(?:d)? "
    r"(?:the|you|it)\b"
)
# A note that answers theirs: it opens with a yes, an answer, or thanks for what they wrote
# ("Yes, happily.", "Good question.", "Short answer: ...", "Thank you for the detailed note").
ANSWERS = _p(
    r"^(?:(?:hi|hello|hey|dear) [\w'’.-]+(?: [\w'’.-]+)?[,!.]? +)?(?:[\w'’-]+[,!.] +){0,2}"
    r"(?:yes|yep|yeah|sure|of course|happy to|gladly|absolutely|done|(?:good|great) question"
    r"|short answer|so glad (?:it|that|this) helped|what a (?:lovely|nice|great) surprise"
    r"|(?:lovely|great|so good|good|nice) to hear from you"
    r"|re:? your (?:question|message|note|email)"
    r"|thanks?(?: you)?,? (?:so much |very much )?for (?:writing|asking|"
    r"your (?:kind |lovely )?(?:note|message|email|words|question)"
    r"|the (?:detailed |kind |long )?(?:note|message|email|question)))\b",
    triggers="yes yep yeah sure course happy gladly absolutely done good great short glad lovely "
    "what nice so re thanks thank",
)
# The asker carries the cost of the favour: "I'll collect it and bring it back", "coffee on us",
# "anything that breaks is mine to fix", "in return I can send our returns process".
TAKES_ON_COST = _p(
    rf"\bin return\b|\bmy treat\b|\b(?:is|are) (?:mine|ours) to (?:fix|cover|pay|replace)\b"
    rf"|\b(?:coffee|lunch|dinner|drinks?|breakfast|cake|petrol|fuel|parking)\b[^.?!\n]{{0,25}}"
    rf"\bon (?:me|us)\b"
    rf"|\b(?:i|we){A}?ll (?:collect|bring it back|return it|drop it (?:off|back)|pick it up|"
    rf"pay for|cover (?:the|any|your)|handle the|take care of the|grease|clean it|refill|"
    rf"fill (?:it|the))"
    rf"|\b(?:i|we) can (?:collect|pick) you up\b|\b(?:i|we) can collect you\b"
    rf"|\b(?:i|we){A}?ll (?:send|bring) (?:you )?(?:the|my|our|a) (?:[\w-]+ ){{0,3}}(?:summary|"
    rf"draft|cv|notes|paper|job description|questions|agenda|details|form)\b",
    triggers="return treat mine ours me us collect bring drop pick pay cover handle take grease "
    "clean refill fill send",
)
_WHOLLY = "(?:completely|totally|fully|perfectly)"
EASY_DECLINE = _p(
    rf"\bif (?:it{A}s|this is|that{A}s|that is) too (?:much|big|soon|late)\b"
    rf"|\bif you{A}d rather not\b"
    # the ask's size itself allowed to be too much: "if a call is too much, a short reply..."
    rf"|\bif (?:a|the|that|this) (?:[\w-]+ ){{0,2}}(?:call|chat|meeting|coffee|conversation) "
    rf"(?:is|feels|seems|would be) too (?:much|long|big)\b"
    rf"|\bif (?:a|the) (?:call|chat|meeting|coffee) (?:doesn{A}?t|does not|won{A}?t|will not) "
    rf"(?:suit|work)\b"
    rf"|\b(?:i{A}d|i would|i{A}ll|i will|i) (?:completely |totally |fully )?understand\b"
    rf"[^.?!\n]{{0,20}}(?:\Z|[.!\n]|either way|if not)|"
    # "I will understand completely if you cannot"
    rf"\b(?:i{A}d|i would|i{A}ll|i will|i) (?:{_WHOLLY} )?understand (?:{_WHOLLY} )?if "
    rf"(?:you|not|it|that|this)\b|"
    rf"\bno (?:worries|pressure|problem|stress) (?:at all )?if\b"
    # "if it is not a fit I will not take more of your time"
    rf"|\b(?:i will not|i won{A}?t|i{A}ll not) take (?:up )?(?:any )?more of your time\b"
    rf"|\b(?:totally|completely|perfectly|entirely) (?:fine|ok|okay|understandable|understand) if\b"
    rf"|\b(?:fine|ok|okay|all good) if not\b(?=\W*(?:\Z|[.!)\n]))"  # "Fine if not!"
    rf"|\bif you (?:don{A}?t|do not|can{A}?t|cannot) (?:have|find|spare) (?:the )?time\b"
    rf"|\bi (?:completely|totally|fully) get it\b|\bjust ignore (?:this|me|it)\b"
    rf"|\b(?:fine|ok|okay) to ignore (?:this|me|it)\b|\bif you{A}d rather (?:i|we) (?:didn{A}?t|"
    rf"did not|not|held off|waited)\b"
    rf"|\bif not,? (?:totally|completely|fully) understood?\b"
    rf"|\bno pressure to (?:reply|respond|answer|write back)\b"
    rf"|\bfeel free to (?:say no|decline|ignore|pass)\b|\ba quick no\b"
    # a smaller fallback offered: "if not, even photos of the kiln would help"
    rf"|\bif (?:not|you can{A}?t|that{A}?s not possible|you{A}?re too busy),? (?:even|just|perhaps|"
    rf"maybe)\b"
    rf"|\bif (?:now|it|this) (?:isn{A}?t|is not) (?:a good|the right) (?:time|moment)\b"
    rf"|\bif (?:it{A}s a no|the answer is a no|the answer is\b[^.?!\n]{{0,50}}?),? "
    rf"(?:that{A}s|that is|"
    rf"it{A}s) (?:[a-z]+ )?(?:fine|ok|okay|helpful|useful|an answer)\b"
    rf"|\bno need to reply\b|\bno (?:reply|answer|response) (?:is )?(?:needed|necessary|required)\b"
    rf"|\bif (?:it{A}s|now is|this is) not a good (?:time|moment)\b|\bonly if you"
    rf"{A}?(?:re| are) (?:up for|keen|interested|happy)\b|\beasy to say no\b|\bno obligation\b"
    rf"|\bi{A}ll understand if\b|\bif not, no worries\b|\bno is a fine answer\b"
    rf"|\bif (?:it{A}s |this is )?not\b[^.?!\n]{{0,60}}\b"
    rf"(?:i (?:completely |totally )?understand|no worries|no problem)\b"
    rf"|\bif [^.?!\n]{{0,40}}\b(?:doesn{A}t|does not|won{A}t) work\b"
    rf"|\b(?:it{A}s )?(?:fine|ok|okay) to say (?:no|you{A}re (?:too )?busy)\b"
    rf"|\bif not,? (?:i{A}m|i am|that{A}s|no|all good|just|i{A}ll)\b|\bno harm done\b"
    rf"|\bmight be useful,? might not\b|\bif (?:she|he|they){A}?(?:s| is| are|{A}re) not keen\b"
    rf"|\bor (?:just )?(?:point|send|direct) me (?:to|towards) (?:someone|anyone|whoever)\b"
    rf"|\bif you{A}?(?:re| are) not the right person\b"
    # a condition, then the out: "if you just haven't had a chance yet, no worries at all"
    rf"|\bif [^.?!\n]{{0,60}}, no (?:worries|pressure|problem|stress)\b"
    rf"|\b(?:thanks|thank you|cheers) either way\b|\bno hard feelings\b"
    # the answer kept tiny: "a one-line answer would be plenty"
    rf"|\b(?:a )?(?:one-line|one line|one-word|one word|yes/no|short|quick) (?:answer|reply|no) "
    rf"(?:would be|is|will be|would do|will do) (?:plenty|enough|fine|perfect|great|lovely)\b"
    # the fallback named when there is no room: "if no place, any advice where else to look"
    rf"|\bif (?:there is |there{A}s )?no (?:place|room|space|opening|spot|vacancy)\b"
)
# What gives an ask a size, shared by SIZED_ASK and SPECIFIC_ASK: minutes, a count of questions,
# a short look at one named thing, a line or two.
_MINUTES_QUESTIONS = (
    r"\b(?:\d+|ten|fifteen|twenty|thirty|five)[- ]?(?:min|mins|minute|minutes)\b"
    r"|\b(?:one|two|three|a couple of|1|2|3) (?:quick |short |specific )?(?:questions?|pointers)\b"
)
_ONE_THING = (
    r"\b(?:a|one) (?:short|quick) (?:look|read|review) (?:at|of)\b"
    r"|\bthe (?:draft|deck|section|page|paragraph|cv|resume|résumé|portfolio|slides|chapter)\b"
    r"|\bone (?:page|paragraph|slide|thing)\b|\b(?:one|a single) piece of (?:advice|feedback)\b"
)
_A_LINE = r"\bone[- ](?:line|page|pager)\b|\ba line or two\b|\bwrite-?up\b"
SIZED_ASK = _p(
    rf"{_MINUTES_QUESTIONS}|{_ONE_THING}|{_A_LINE}"
    # one word to look for, or one person: "tell me the job title I should search for"
    r"|\b(?:tell|give|send) me (?:the|their|his|her|a|one) (?:name|job title|title|term|link)s?\b"
    r"|\bin (?:one|two|three|a few|a couple of) (?:lines|sentences|words)\b"
    r"|\b(?:a couple of|a few|one or two|two or three) (?:lines|sentences)\b"
    r"|\b(?:tell|telling) me (?:roughly |briefly |quickly )?(?:how|what|where|why|when|whether|if"
    # one part of their own road, not a list of who or what: "which part surprised you most"
    r"|which (?:part|bit|moment|thing|skill|lesson|mistake|habit|book|course|step)s?)\b"
    # a yes or a no about them: "let me know if you are handling any support openings"
    rf"|\blet me know (?:if|whether) you(?:{A}re| are) (?:handling|hiring|recruiting|taking|"
    rf"looking for|open to)\b|\blet me know (?:if|whether) you (?:have|know of|see|handle) "
    rf"(?:any|an|a)\b"
)
# The reply asked for made small: "short answer is enough", "even a short answer will help",
# "one or two lines of advice".
_SMALL_REPLY = (
    r"\b(?:short|quick|brief|one-line|one-word|yes-or-no) (?:answer|reply) (?:is|would be) "
    r"(?:enough|fine|plenty|perfect|great|ok|okay)\b"
    r"|\b(?:even |just |only )?(?:a |one )?(?:short|brief|one-line|one-word|two-line) "
    r"(?:answer|reply)(?: to (?:[\w-]+ ){1,3}?)? (?:would|will|is)\b"
    r"|\b(?:one|two|a few|one or two) lines? of (?:advice|answer)\b"
    # "could you tell me their name? That would be enough."
    r"|\b(?:that|this|a name|the name) (?:alone )?(?:would|will) be (?:enough|plenty)\b"
    # "a name would already help a lot", "even one line back would help"
    r"|\b(?:even |just |only )?(?:a|one) (?:name|line|word|sentence)(?: back)? (?:alone )?"
    r"(?:would|will) (?:already |really |still )?(?:help|do|be (?:enough|plenty|great))\b"
)
SMALL_REPLY = _p(_SMALL_REPLY)
# A size, a day or a time, a name, the answer's length, or one thing of theirs named.
SPECIFIC_ASK = _p(
    rf"{_MINUTES_QUESTIONS}"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|next week|next month)\b"
    rf"|{_ONE_THING}|{_SMALL_REPLY}"
    # one thing of theirs named: "the one book that helped you most"
    r"|\b(?:the|one) (?:one )?(?:book|course|podcast|resource|newsletter|blog|skill|habit) "
    r"(?:that|which|you)\b"
    rf"|{_A_LINE}"
    r"|\b(?:just |only )?(?:a|one) name (?:would|is|or)\b|\btell me (?:so|either way)\b"
    r"|\b(?:a |quick )?yes or no\b"
    r"|\bthe \d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2} ?(?:am|pm)\b"
    r"|\bafter \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)\b"
)
WHY_THEM = _p(
    rf"\b(?:because|since|as) you(?:{A}ve| have| did| led| built| wrote| know| ran| work| were|"
    rf"{A}re| are| made| moved| switched| recruit| hire| teach| run| lead| manage| mentor| place|"
    rf" review| speciali[sz]e| focus| cover)\b|\bgiven your\b|\byour (?:experience|work|talk|post|"
    rf"article|background|expertise|research|thread|newsletter|project|book|paper|time|move|"
    rf"switch) (?:on|with|in|about|at|from|to)\b"
    # who sent them, or why they would know: "he said you'd know", "you'd know"
    rf"|\b(?:(?:he|she|they) said )?you{A}?d know\b(?! (?:if|whether|that|by|about it))"
    rf"|\byou{A}?(?:ve| have) (?:done|been through|"
    rf"written|led|built|run|made)\b|\byou{A}re the (?:only|best|first) person\b"
    rf"|\bi{A}?d value (?:an? |your )?(?:[\w-]+{A}s )?(?:honest )?"
    rf"(?:view|read|take|perspective|eye|opinion)\b|\byou{A}re the one person\b"
)
NON_ANSWER = _p(
    r"\b(?:nothing much|not much(?!\s+(?:time|of|to|left|room|money|else|sleep|but|longer|you|"
    r"i|we|anyone|one|that|can|could|help|more))"
    r"|same old|the usual(?![^()\n]*\))(?! (?:\d|one|two|three|few|place|spot|pub|table)\b)"
    r"|just networking|just connecting(?! (?:so|to|because|as|since|about))"
    r"|just (?:looking|browsing) around|nothing special|not a lot|oh you know|"
    r"nothing new(?! (?:for|to) you)|nothing really|just expanding my network|growing my network)\b"
    # the answer held back until they jump through a hoop: "before I answer, fix your photo...
    # write again and I'll gladly answer"
    r"|\bbefore i answer\b|\bi['’]ll (?:gladly |happily |then )?answer (?:your|that|the|it)"
    r"(?: question)? (?:once|when|after|as soon as)\b"
    r"|\b(?:fix|change|update|sort) (?:those|that|this|it|them)\W+(?:then )?(?:write|come back|"
    r"message me|get back to me) (?:again|to me)\b"
    # a price put on the small favour: "sure, but first endorse me... then I'll find a slot"
    r"|\bbut first,? (?:endorse|recommend|follow|like|share|review|rate|subscribe to|buy|pay|"
    r"write)\b",
    triggers=(
        "nothing much not same usual networking connecting looking browsing lot know "
        "expanding growing before i'll i’ll ill fix change update sort but"
    ),
)
LIST_OWNER = _p(
    r"\b(?:shar|repost|forward|post|mention|promot|featur|send|popp?|includ|plug)\w*\b"
    r"[^.?!\n]{0,60}"
    r"\b(?:your|to your) (?:network|audience|followers|following|list|community|subscribers|"
    r"readers|connections|newsletter|members)\b|\byour (?:\w+ )?following\b"
    r"|\bspread the word\b|\bsignal[- ]boost\b|\bamplify\b"
    r"|\byour (?:audience|followers|subscribers|readers) (?:would|might|will) (?:love|enjoy|like)",
    triggers=(
        "network audience followers following list community subscribers readers connections "
        "newsletter members spread signal amplify"
    ),
)
GHOST = _p(
    rf"\bi{A}?m new (?:here|to (?:this|linkedin|the field)|in town)\b|\bmaybe you (?:can|could) "
    rf"help(?: me)?\b|\b(?:do you|still) remember me\b|\bwhere (?:have|did) you (?:been|go)\b"
    rf"|\bi(?:{A}m| am) new (?:here|in|to)\b",
    triggers="new maybe remember where",
)
VAGUE_ASK = _p(
    rf"\bpick (?:your|ur|yr) (?:brains?|ears?|mind)\b"
    rf"|\banything at all\b|\bi{A}?ll take (?:whatever|anything)\b"
    rf"|\bwe should (?:definitely |totally |really )?(?:meet|grab (?:a )?"
    rf"coffee|catch up|connect|chat|talk)(?: sometime| soon| at some point)?\b|\bi need your "
    rf"help\b|\b(?:let{A}s|we should) (?:hop|jump|get) on a (?:quick )?call\b|\bwould love to "
    rf"(?:chat|connect|talk|catch up|hear your thoughts)(?: sometime| at some point| soon)?\b"
    rf"|\bany (?:advice|tips|thoughts)(?: for me)?(?:\?| you (?:have|can (?:give|share|offer)|"
    rf"could "
    rf"(?:give|share|offer)|might have)\b)|\bcan you help me\b|\blet me know (?:how|if) you can "
    rf"help\b|\bsome of your time\b|\bcoffee (?:sometime|some time)\b|\bhelp me (?:out|with my "
    rf"career|get a job|find a job)\b|\bopen to (?:a )?chat(?:ting)?\b|\bexplore (?:synergies|"
    rf"opportunities)\b|\bget your (?:advice|thoughts) on (?:a few|some) things\b"
    rf"|\b(?:get|hear) your thoughts on something\b"
    # the open-ended coffee kept under a polished opening: "grab a virtual coffee and hear your
    # thoughts on breaking in"
    rf"|\bhear your thoughts on (?:breaking in|getting (?:in|into|started)|the (?:industry|field)|"
    rf"my career|how to (?:break|get) in)\b"
    rf"|\b(?:grab|have) a (?:virtual |quick |short )?coffee and (?:hear|chat|pick|learn)\b"
    rf"|\b(?:tell|telling|advise|advising|show|showing) me what (?:you think )?i should do\b"
    rf"|\b(?:free|available) for a (?:quick )?(?:call|chat)\b"
    rf"|\bwhat you can do for me\b|\bhow you (?:can|could) help me\b"
    # job leads of any kind, from anyone, about anything: the exercise's own vague ask
    rf"|\bany (?:job )?leads?\b"
    # everything, some time, whenever: "tell me everything about it", "learn all about it",
    # "a coffee chat some time", "when you are available we can speak", "anything suitable"
    rf"|\b(?:tell|teach|explain to|show) me (?:all|everything) about\b|\blearn (?:all|everything) "
    rf"about\b|\bcoffee (?:chat|meeting) (?:some ?time|one day|at some point)\b"
    rf"|\b(?:arrange|set up|schedule|book) a (?:meeting|call|chat) at your (?:earliest )?"
    rf"convenience\b|\bwhen(?:ever)? you (?:are|{A}re) (?:available|free),? (?:we|i) can "
    rf"(?:speak|talk|meet|chat)\b|\b(?:anything|something) suitable\b"
    rf"|\bhow you got (?:to )?where you are\b|\bwhatever comes to mind\b"
    rf"|\bwhenever (?:you{A}?re|you are) free\b"
    rf"|\blet{A}?s (?:catch up|grab (?:a )?coffee|get together|chat|talk)"
    rf"(?: soon| sometime| some time)\b"
    rf"|\bwe should (?:definitely |totally |really )?grab (?:a |some )?(?:lunch|drinks?|dinner|"
    rf"a bite)\b"
    rf"|\bany (?:thoughts|advice|tips|pointers|ideas) (?:you (?:have|might have) )?on how "
    rf"(?:someone like me|people like me|i (?:might|could|should|can))\b"
    rf"|\b(?:benefit from|tap into|access to|leverage|use) your (?:vast |large |wide |extensive "
    rf"|huge |great )?(?:network|contacts|connections)\b"
    rf"|\byour (?:kind |valuable |esteemed )guidance\b"
    rf"|\byour wisdom\b|\bwhenever suits you\b|\b(?:find|make) (?:a )?time to (?:meet|talk|chat|"
    rf"catch up)\b|\bgrateful for your (?:advice|help|guidance|insight|thoughts)\b"
    # guidance with no edges: "guide me in this path", "whatever you think I should know",
    # "what does it really take to become a great PM?"
    rf"|\b(?:guide|mentor|coach) me\b(?! (?:to|through|toward|towards|on) (?:the|a|an|your|one|"
    rf"this|that)\b)"
    rf"|\bwhatever (?:you think|advice|tips|help|guidance|insights?|thoughts)\b"
    # a talk about the whole field: "a chat sometime about product management in general"
    rf"|\b(?:chat|talk|call|conversation|coffee)(?: sometime| some time| soon)? about (?:[\w-]+ )"
    rf"{{1,3}}in general\b"
)
# A question no size can make small: one question that needs an essay ("I'll keep it to one
# question: what does it really take to become a great product manager?").
BROAD_QUESTION = _p(
    r"\bwhat (?:does it|it) (?:really |actually |truly )?takes? to (?:become|be|make it|succeed|"
    r"(?:build|have|make) a successful)\b"
    r"|\bhow (?:do|can|would|should) (?:i|someone like me|one) (?:become|be) (?:a )?(?:great|good|"
    r"successful|top)\b"
)
RHETORICAL = _p(
    rf"\b(?:are you (?:free|available|interested|open)|who{A}?s the right person|would you be "
    rf"interested|do you want to (?:grow|boost|increase|save)|ready to|isn{A}t it time|did you know"
    rf"|what if you could|can you believe|right\?)"
    rf"|\bhave you ever wondered\b|\bever wondered\b|\bwhat if\b|\bimagine\b"
    rf"|\bis your (?:[\w-]+ ){{0,3}}(?:losing|wasting|struggling|paying|leaking)\b"
    rf"|\bare you (?:losing|wasting|struggling|still paying|tired of)\b"
)
INTEREST_CUES = _p(
    rf"\b(?:what|how|which|where|when|who|why)\b[^?]{{0,80}}\byou(?:r|{A}re|{A}ve)?\b"
    rf"|\bhow{A}?s (?:the|your)\b|\bhow (?:did|is|are|was) (?:the|your)\b|\bcurious (?:about|what|"
    rf"how)\b|\bwhat (?:got|made|drew) you\b|\bwhat{A}?s (?:next|keeping you|on your)\b"
    rf"|\byour\b|\b(?:are|were) you (?:planning|working|thinking|hoping|going|still|looking|"
    rf"enjoying|finding|seeing|hearing|noticing)\b"
    rf"|\bdo you (?:plan|think|find|have|see|still|enjoy|miss|expect|usually|ever)\b|\bhave you "
    rf"(?:found|tried|seen|thought|had|managed|decided)\b|\bdid (?:the|it|they)\b"
)
INVITE_REPLY = _p(
    rf"\btell me how\b|\blet me know how\b|\bkeep me posted\b"
    rf"|\b(?:i{A}?d|i would) (?:also |really )*be (?:glad|happy|pleased) to hear (?:how|what|which|"
    rf"about|more)\b"
    rf"|\bi{A}?d (?:also |really |still )*(?:love|like) "
    rf"to (?:hear|know) (?:how|what|about|more|which|whether|why)\b|\bcurious to hear\b"
    rf"|\bwould love your take\b"
    rf"|\b(?:i{A}?m|i am) (?:really |so |very )?(?:curious|wondering|keen to know|interested to "
    rf"know) (?:how|what|why|which|whether|about)\b"
    rf"|\b(?:i{A}?d|i would) be (?:very |really )?(?:interested|curious|keen) "
    rf"to (?:know|hear|learn)\b"
)
PLEASANTRY = _p(
    rf"^(?:(?:hi|hello|hey|dear)\b[^,?]{{0,30}},\s*)?"
    rf"(?:how are (?:you|things)(?: doing)?|how{A}?s it going|how have you been|how{A}?s life"
    rf"|you ok)"
    rf"\s*[?!.]*\Z"
)
