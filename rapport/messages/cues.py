"""What the text itself reveals, with no situation given: specificity, relationship, gaming.

Real messages rarely come with a known situation. These patterns read what the words say about
the writer and the reader: whether the note names something only this reader would recognise (an
event, a talk, a time, a place), whether it could have been sent to anyone, whether the two share
some history or the text admits they do not, and whether the message is only a list of keywords (a
template's blanks are :mod:`rapport.messages.blanks`). What an ask costs the reader is
:mod:`rapport.messages.costs`. Like :mod:`rapport.messages.patterns`, most run on the lower-cased
message.
"""

import re

from rapport.messages.patterns import A, _p
from rapport.messages.text import Doc, Span

MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
EVENTS = (
    r"conference|summit|meetup|meet-up|event|workshop|talk|panel|webinar|fair|expo|dinner|"
    r"session|launch|keynote|hackathon|lecture|seminar|class|course|retreat|festival|forum|"
    r"breakfast|lunch|drinks|roundtable|symposium|convention|podcast|interview|open day|"
    r"night|evening|gathering|party|fundraiser|reunion|wedding|gala|mixer|social|rehearsal|"
    r"book club|tournament|volunteer day"
)

# One head for every "thanks ... for": "thanks so much for", "thx Jo for", "cheers again for".
THANKS_FOR = (
    r"\b(?:thanks|thank you|thank u|thx|thanx|cheers|ta)(?: [\w'’-]+,?)?"
    r"(?: so much| very much| again| a lot| heaps| loads)? for "
)

# A detail only this reader would recognise: when, where, which event or piece of their work.
SPECIFIC = _p(
    rf"\b(?:last|this past|earlier this|the other) (?:week|month|year|spring|summer|autumn|fall|"
    rf"winter|night|weekend|{DAYS})\b|\byesterday\b|\bthis morning\b|\bearlier today\b"
    rf"|\b(?:in|on|since|back in|last) (?:{MONTHS}|{DAYS})\b"
    rf"|\b(?:at|after|during|from|in) (?:the|your|our) (?:[\w-]+ ){{0,3}}(?:{EVENTS})\b"
    rf"|\byour (?:recent |latest |new |last )?(?:post|talk|article|paper|thread|newsletter|book|"
    rf"podcast|episode|study|presentation|session|workshop|piece|report|keynote|webinar|panel|"
    rf"interview|comment|answer|question|video|essay|chapter|review|slides|demo|story|point|idea|"
    rf"advice|suggestion|tip|note|recommendation)\b"
    rf"[^.?!\n]{{0,40}}\b(?:on|about|at|in|for|where|when|that|with|last|yesterday)\b"
    rf"|[\"“‘][^\"”’\n]{{4,60}}[\"”’]"
    rf"|\b(?:great|good|lovely|wonderful|fantastic|sad|tough|big) news (?:about|on|from)\b"
    rf"|\b(?:in|since|back in|during|of|from) (?:19|20)\d\d\b|\bthe (?:night|day|week|morning|"
    rf"evening|weekend) of the\b"
    # a calendar date written out: "closes 30 Nov", "on March 3rd"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS}|{MONTH_ABBR})\b"
    rf"|\b(?:{MONTHS.replace('may|', '')}|{MONTH_ABBR})\.? \d{{1,2}}(?:st|nd|rd|th)?\b"
)
# One event named as a place: "at the summit". One meeting happens at one event, so a sentence
# with three of them ("at the conference at the summit at the event") is stuffing, not detail.
EVENT_PLACE = _p(
    rf"\b(?:at|during|from|in|after) (?:the|your|our|a|an) (?:[\w-]+ ){{0,2}}(?:{EVENTS})\b",
    triggers=" ".join(re.findall(r"[a-z]+", EVENTS)),
)
STACKED_EVENTS = 3

# A proper name after a preposition ("at Lanternfish", "in Leeds"): case matters, so it runs on
# the text as typed. Names at the start of a sentence or after a greeting are not counted.
NAMED_PLACE = _p(
    r"(?<=[a-z,] )(?:at|in|from|with|for|of|on|about|near|via) (?:the )?"
    r"(?!(?:I|LinkedIn|Linkedin|English|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)[A-Z][\w&'’-]+"
    # a named event without its preposition: "(the Dhaka testers meetup and that thread)"
    rf"|\bthe (?!(?:I|LinkedIn|Linkedin)\b)[A-Z][\w&'’-]+ (?:[\w-]+ ){{0,2}}(?:{EVENTS})\b",
    0,
)

# A history that makes two people close: work, study or a role together, not one meeting.
_TOGETHER = (
    r"\bwe (?:worked|studied|volunteered|ran|played|trained|lived|shared an? [\w-]+)\b"
    r"|\bwe overlapped (?:at|in|on|for)\b"
    r"|\b(?:worked|studied|trained|served) (?:together|with you|alongside)\b|\bused to work\b"
    r"|\bwe (?:did|ran|covered|staffed|built) (?:the |our )?(?:[\w-]+ ){0,3}together\b"
    r"|\bformer (?:colleague|teammate|manager|boss|classmate|flatmate)\b|\bsame (?:team|"
    r"school|university|programme|program|cohort|class|company|department|floor|course)\b"
    # the reader named as the writer's friend or old boss: "you were my mentor", "hey my old
    # friend" (not "my friend got a warning", a third person, nor "my old laptop")
    r"|\byou(?:['’]re| are| were|['’]ve been| have been) (?:my|our) (?:[\w-]+ )?(?:friend|manager|"
    r"mentor|classmate|neighbou?r|co-?founder|boss|teammate|colleague|flatmate)\b"
    r"|\b(?:hi|hello|hey|dear|thanks|thank you|cheers),? my (?:dear |old |good )?friend\b"
    r"|\bmy (?:old|former) (?:friend|mentor|manager|boss|classmate|flatmate|teammate|neighbou?r|"
    r"co-?founder)\b"
    r"|\b(?:the )?(?:work|project|job|shifts?|audit|launch) we (?:did|ran|shipped|built|"
    r"delivered|worked on)\b|\bthe (?:night|day|week|month|year|summer|winter) (?:when |that )?"
    r"we (?:rebuilt|fixed|shipped|ran|built|launched|worked|stayed|pulled)\b"
    # a stretch of time the writer spent in the reader's team, named with its years: "it's Wei
    # Ling from the Jurong night shift, 2021 to 2023", "from jurong night shift (2021-23)"
    r"|\bfrom (?:the |your |our )?(?:[\w-]+ ){0,3}(?:shifts?|nights|days|team|crew|ward|office|"
    r"site|warehouse|plant|lab|store|shop|branch|kitchen|class|cohort|course|programme|program|"
    r"project|unit|depot|days)\W{1,3}(?:19|20)\d\d ?(?:-|–|to|until) ?(?:(?:19|20)?\d\d)\b"
)
TOGETHER = _p(_TOGETHER)
# The reader taught or trained the writer: they saw the work, though the two need not be close.
TAUGHT = _p(
    r"\bi was your (?:student|apprentice|intern|trainee|tutee|mentee)\b|\byour (?:former |old )?"
    r"(?:student|apprentice|intern|trainee|mentee) (?:from|at|in)\b|\bi took your (?:[\w\[\]-]+ )"
    r"{0,3}(?:course|class|module|seminar|lectures?)\b"
    r"|\byou (?:supervised|managed|mentored|trained|taught|coached|line-managed) me\b"
    r"|\byou were my (?:principal|head ?teacher|headmaster|headmistress|manager|supervisor|boss|"
    r"teacher|professor|tutor|coach|foreman|line manager|lecturer|mentor|team lead|"
    r"department head|head of department)\b"
)

# Shared history the text mentions: where they met, or (above) what they did together.
SHARED = _p(
    rf"\bwe (?:met|spoke|talked|chatted|sat|were both|both|shared|crossed paths|overlapped)\b"
    # the writer placed by a time the two shared: "it's Ilse from the Siemens Erlangen days"
    rf"|\bit{A}s [\w-]+ from (?:the |our )(?:[\w-]+ ){{1,3}}days\b"
    # a running conversation: "the hoist rule we were arguing about"
    rf"|\bwe (?:were|{A}?d been|had been|have been|{A}ve been) (?:arguing|debating|discussing|"
    rf"talking|chatting|joking|going back and forth)\b|\bwe (?:argued|debated|discussed)\b"
    rf"|\b(?:met|spoke with|talked with|chatted with) you "
    rf"(?:at|in|on|during|last|after)\b|\b(?:nice|great|lovely|good) (?:to meet|meeting|"
    rf"to see|seeing|talking|chatting) (?:you )?(?:at|in|on|last|yesterday|earlier|after)\b"
    rf"|\b(?:i was|i sat) in your\b|\bi was the (?:one|person|woman|man|guy) who (?:asked|spoke|"
    rf"sat|stood|ran|brought|helped|shared)\b"
    rf"|\bfellow (?:alum\w*|graduate|member|volunteer|student|speaker|attendee|parent|runner)\b"
    rf"|\bwhen we (?:met|worked|spoke|talked|were)\b|\bour (?:chat|conversation|call|coffee|"
    rf"lunch|talk|time) (?:at|last|on|in|about|yesterday)\b|\bas promised\b|\bfollowing up on "
    rf"(?:our|your|the)\b|\bas we discussed\b|\bwe{A}ve (?:met|spoken|worked)\b"
    # a time the two lived through: "the night we rebuilt the export", "since our hackathon"
    rf"|\bthe (?:night|day|week|month|year|time|summer|winter|spring|autumn|weekend|morning) "
    rf"(?:when |that )?we [a-z]+\b|\b(?:since|remember|miss|thought of|think of) our\b"
    # habits the two keep: "I've missed our Sunday calls", "same café as last time?"
    rf"|\b(?:missed|remembered|remembering) our\b|\b(?:same|usual) (?:place|café|cafe|pub|spot|"
    rf"table|bar|time) as (?:last time|usual|before)\b"
    rf"|\bput a face to (?:the|a|your) name\b|{_TOGETHER}"
    # neighbours: "Anneke from the farm next door", "your neighbour at number 12"
    rf"|\b(?:from|at|in) (?:the )?(?:[\w-]+ )?(?:next door|across the (?:road|street|lane|hall|"
    rf"landing|yard)|down the (?:road|street|lane|hall|corridor))\b"
    rf"|\b(?:your|a) (?:next-door )?neighbou?rs? (?:at|from|in|on)\b"
)

# Something the reader once said to the writer: "you told me to rest on Sundays" (not "what you
# said in your post", which is their work read, not a history). Lookarounds: Python's engine,
# which runs it on the text as typed, so it ignores case itself ("You mentioned..." opens a line).
YOU_TOLD_ME = re.compile(
    r"(?<!what )\byou (?:once |kindly )?(?:mentioned|told me|said|suggested|recommended|offered|"
    r"sent|shared with me|gave me|pointed me)\b"
    r"(?! (?:in|on) your (?:post|talk|article|piece|video|podcast|thread|newsletter))",
    re.IGNORECASE,
)


def shared(doc: Doc) -> list[Span]:
    """Where the text names a history the two share: a meeting, work together, their words.

    A history denied right before it is named ("we haven't worked together") is not one.
    """
    found = sorted(doc.find(SHARED) + doc.find(YOU_TOLD_ME))
    return [(a, b) for a, b in found if not _DENIED.search(doc.lower, max(0, a - 12), a)]


# "haven't", "never", "not" just before the history named: it is denied, not shared.
_DENIED = re.compile(r"(?:n['’]?t|\bnever|\bnot) $")


# A past exchange claimed: a conversation, an offer, a promise, an agreement between the two.
PRIOR_TALK = _p(
    rf"\b(?:when|since|after|last time) we (?:last )?(?:met|spoke|talked|chatted|emailed|"
    rf"messaged)\b|\bwe{A}?(?:ve| have)? (?:met|spoken|talked|chatted)\b"
    rf"|\bas (?:we|you) (?:discussed|agreed|promised|offered|suggested|mentioned|said)\b"
    rf"|\bas (?:promised|agreed|discussed)\b"
    rf"|\byou (?:kindly |generously )?(?:offered|agreed|promised|said you(?:{A}d| would))\b"
    rf"|{THANKS_FOR}agreeing\b"
    rf"|\b(?:following up on|after|since|about) our (?:call|chat|conversation|meeting|talk|"
    rf"coffee|lunch|exchange)\b"
    rf"|\b(?:good|great|nice|lovely) (?:to meet|meeting|talking|chatting|speaking) (?:with )?you\b"
    rf"|\bas you (?:may|might|probably|will|no doubt) (?:remember|recall)\b"
    # a meal together recalled: "what you told me over lunch at that place on Yonge"
    rf"|\byou (?:told|taught|showed) me (?:over|at|during) (?:lunch|coffee|dinner|drinks|a beer|"
    rf"that|our)\b|\bover (?:that|our) (?:lunch|coffee|dinner|drink|beer)\b",
)

# An earlier message of the writer's to this reader, picked up again: a follow-up's anchor.
# What their help led to, told back to them: "got the job", "I took your advice and...",
# "wanted to close the loop", "I didn't get it, but your mock case got me through two rounds".
REPORTS_BACK = _p(
    rf"\b(?:close|closing) the loop\b|\b(?:got|landed|accepted|took) the (?:job|role|offer|place|"
    rf"post|contract|grant)\b|\bi (?:didn{A}?t|did not) get (?:the|it)\b"
    rf"|\bgot me (?:the|a|an|my) (?:[\w-]+ )?(?:job|role|offer|place|interview|contract|grant)\b"
    rf"|\byou\b[^.?!\n]{{0,80}}\b(?:told|taught|showed) me (?:to|how to)\b"
    rf"|\b(?:took|followed|used|tried) your (?:advice|tip|suggestion|idea|notes|template|"
    rf"checklist|feedback)\b"
    rf"|\bi (?:redid|rewrote|reworked|cut|changed|tried|applied|started) [^.?!\n]{{0,40}}"
    rf"\b(?:as|like) you (?:said|suggested|advised|recommended)\b"
    rf"|\b(?:wanted|thought) (?:to let you|you{A}?d (?:like|want) to) know (?:how|that|what)\b"
    rf"|\bupdate on (?:the|my) [\w-]+ you (?:helped|suggested|mentioned)\b"
    # the outcome credited to them: "your call to him is the only reason I got an interview"
    rf"|\b(?:is|was) the (?:only |main |whole |real )?reason (?:i|we) got (?:the |an? |my )?"
    rf"(?:[\w-]+ )?(?:job|role|offer|place|interview|contract|grant|call|spot|yes)\b",
    triggers="close closing got landed accepted took didn't didn’t didnt did followed used tried "
    "redid rewrote reworked cut changed applied started wanted thought update is was you",
)

FOLLOW_UP = _p(
    r"\b(?:resending|re-sending|following up on|circling back (?:again )?(?:on|to)|bumping)\b"
    r"|\b(?:nudging|floating|bringing|pushing) (?:this|it|my (?:note|message|email)) (?:back )?"
    r"(?:up|to the top)\b|\bin case it got (?:buried|lost|missed)\b"
    r"|\bmy (?:earlier |last |previous |first |two |three |four |\d )?(?:notes?|messages?|emails?|"
    r"e-mails?|letters?|application|question) (?:from|of|on|about|last|in)\b"
    # the earlier note dated: "I wrote on 3 March asking to shadow..."
    r"|\bi (?:wrote|emailed|messaged|wrote to you|got in touch) (?:on|in) (?:the )?(?:\d{1,2}|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"mon\w*|tue\w*|wed\w*|thu\w*|fri\w*)\b[^.?!\n]{0,30}\b(?:asking|about|to ask)\b",
)

# The text admits the two do not know each other, or have not spoken for long.
STRANGER = _p(
    rf"\bwe (?:don{A}t|do not|haven{A}t|have not|never) (?:really )?(?:know each other|met|"
    rf"spoken|talked)\b|\byou (?:don{A}t|do not) know me\b|\byou (?:may|might) not remember me\b"
    rf"|\bnot sure (?:if |whether )?you{A}?(?:ll| will)? remember me\b"
    rf"|\bout of the blue\b|\bcold (?:message|note|email)\b|\bwe{A}ve never (?:met|spoken)\b"
    rf"|\bi{A}m a stranger\b|\bwe{A}re strangers\b"
    rf"|\b(?:i )?don{A}?t think we{A}?(?:ve| have)? (?:ever )?(?:met|spoken)\b",
    triggers="know met spoken talked remember blue cold stranger strangers sure think",
)

# Phrases that fit every reader: the platform's default note, networking clichés, flattery.
GENERIC = _p(
    rf"\b(?:grow|expand|build|extend|broaden|widen|strengthen) (?:my|our) (?:professional )?"
    rf"(?:network|circle|connections)\b|\badd you to my (?:professional )?network\b"
    rf"|\b(?:always )?looking to connect with\b|\blike-?minded\b|\bgreat people\b"
    rf"|\b(?:impressive|interesting|amazing|great|inspiring|strong|excellent|fantastic) "
    rf"(?:profile|background|experience|career)\b|\bcame across your profile\b"
    rf"|\b(?:swap|exchange) (?:business )?cards\b|\blet{A}?s connect\b|\bhelp each other\b"
    # a salutation to no one: "Dear valued business owner"
    rf"|\bdear (?:valued |fellow )?(?:business owner|customer|client|professional|member|"
    rf"sir or madam|sir/madam|colleague|friend)s?\b|\brespected (?:sir|madam)\b"
    rf"|\bawaiting your (?:favourable|favorable|kind|positive|early) (?:response|reply)\b"
    # a count to reach, not a person to meet: "trying to reach 5,000 connections"
    rf"|\b(?:reach|hit|get to|grow to|cross|pass|towards?) (?:the )?(?:\d[\d,.]*k?\+?|[\w-]+ "
    rf"(?:hundred|thousand)) (?:connections|followers|contacts)\b"
    rf"|\b(?:linkedin|the algorithm|the app) (?:keeps|kept) (?:suggesting|recommending|showing) "
    rf"(?:you|your profile)\b|\bpeople you may know\b"
    # the platform's reason, not the writer's: "LinkedIn suggested you", "43 connections in common"
    rf"|\b(?:linkedin|the algorithm|the app) (?:suggested|recommended|showed|shows|says) "
    rf"(?:you|your profile|we)\b|\b\d+ (?:connections|contacts) in common\b"
    # a congratulation's stock words: "continued success in all your future endeavours"
    rf"|\b(?:continued|continuing) success in (?:all )?(?:of )?your (?:future )?endeavou?rs\b"
    rf"|\byour dedication and hard work\b"
    rf"|\bmutually beneficial\b|\bi{A}?d (?:like|love) to (?:connect|join your network|add you)\b"
    rf"|\bconnect with you (?:here|on linkedin)\b|\b(?:people|professionals|others) in (?:my|the "
    rf"same|your) (?:industry|field|space|sector)\b|\bthought leaders?\b|\bcould benefit us both\b"
    rf"|\bin the same (?:industry|field|space|sector)\b|\bexpand(?:ing)? (?:my|our) reach\b"
    rf"|\bhope (?:this|my) (?:message|note|email) finds you well\b"
    rf"|\bsynerg(?:y|ies|istic|istically|ise|ize|ised|ized|ising|izing)\b"
    # a recruiter's stock opening: a role "perfect for you", "thought of you", "open to offers?"
    rf"|\b(?:a|an|the) (?:[\w-]+ )?(?:role|position|opportunity|opening|job) (?:that )?(?:would be"
    rf"|is|that{A}?s|sounds) (?:just |really )?(?:perfect|ideal|made|a (?:great|perfect|good) fit)"
    rf"(?: for you)?\b|\bare you open to (?:new |exciting |fresh )?(?:opportunities|roles|offers"
    rf"|a (?:new )?(?:role|move|challenge))\b"
    rf"|\bwe{A}?re hiring (?:an? |for )?[^.?!\n]{{0,40}}\band (?:i )?thought of you\b"
    rf"|\bexpress my interest\b|\bany (?:open|available) (?:positions?|roles?|opportunities|"
    rf"vacancies)\b|\bmy skills (?:would|will|could) be a (?:great|good|perfect) fit\b"
    rf"|\b(?:let me know|what are) the next steps\b"
    rf"|\b(?:let{A}?s|let us|we should|hope to|hope we can) (?:stay|keep) in touch\b"
    rf"|\bat (?:my|your) (?:earliest )?convenience\b|\bdear sir(?: ?/ ?| or )madam\b"
    rf"|\b(?:good day|hello|hi) sir ?/ ?madam\b|\bto whom it may concern\b"
    # praise of their character that fits anyone: "a rare mix of ambition and kindness"
    rf"|\brare (?:mix|combination|blend) of\b|\bit shows in everything you\b"
    rf"|\byou clearly (?:hold yourself|care about|are (?:someone|a person))\b"
    rf"|\byour profile (?:stopped|caught|struck|stood out)\b"
    rf"|\bit{A}s (?:so )?rare to (?:see|find|meet) someone (?:who|in|like)\b"
    # a thank-you's stock words: "your invaluable guidance", "instrumental in my growth"
    rf"|\binvaluable (?:guidance|support|advice|help|mentorship|insights?|input)\b"
    rf"|\binstrumental in (?:my|our) (?:growth|success|development|journey|career)\b"
    rf"|\bwords (?:cannot|can{A}?t|can not) (?:express|describe)\b",
    triggers=(
        "network circle connections connect like minded likeminded great profile background "
        "experience career cards each beneficial join add industry field space sector thought "
        "leader leaders benefit reach finds synergy synergies synergistic synergistically "
        "synergise synergize synergised synergized synergising synergizing "
        "express open available skills next touch convenience rare shows clearly stopped "
        "caught struck stood connections followers contacts keeps kept know sir concern "
        "role position opportunity opening job hiring dear respected awaiting invaluable "
        "instrumental words linkedin algorithm app endeavours endeavors dedication"
    ),
)

# Why they are writing, said plainly.
REASON = _p(
    rf"\bi{A}?(?:m| am) (?:writing|reaching out|getting in touch|contacting you|messaging you|"
    rf"asking)\b[^.?!\n]{{0,12}}\b(?:because|since|as|to)\b|\bthe reason i{A}?(?:m| am) writing\b"
    rf"|\b(?:i )?(?:wanted|want) to (?:say|thank|let you know|tell you|share|ask|congratulate|"
    rf"follow up|pass on|reach out (?:because|since|after))\b"
    rf"|\b(?:good|great|fair) question\b|\bto answer your question\b"
    rf"|\byou asked (?:about|whether|if|how|what|me)\b|\breaching out (?:because|since|"
    rf"after|about)\b|\bwriting (?:because|since|after|about)\b|\bi{A}?m asking (?:you )?because\b",
    triggers="writing reaching touch contacting messaging asking reason wanted want good great "
    "fair answer asked",
)

# Appreciation of something real they did.
APPRECIATION = _p(
    r"\b(?:really |truly |genuinely |so )?(?:enjoyed|loved|appreciated|admired|valued|liked) "
    r"(?:your|the way you|how you|what you|reading|hearing|listening|watching|the)\b"
    r"|\b(?:congratulations?|congrats)\b"
    # credit given: what they did is why it worked
    r"|\b(?:thanks to you|because of you)\b|\b(?:was|were|is) (?:the reason|why)\b"
    r"|\b(?:big |huge |all the |full |real )?credit to you\b|\bwell done\b"
    # pride in what they did: "proud of you mate", "well earned", "so happy for you"
    r"|\b(?:so |really |very )?proud of (?:you|the two of you|you both)\b"
    r"|\bwell (?:earned|deserved)\b"
    r"|\bhats off\b|\b(?:chuffed|thrilled|so happy|so glad|delighted) for (?:you|you both)\b"
    r"|\b(?:helped|inspired|changed|stuck with|moved) me\b"
    r"|\bmade me (?:rethink|think|realise|realize|laugh|smile|change|try)\b"
    r"|\bgrateful (?:for|that)\b"
    rf"|{THANKS_FOR}(?:your|the|sharing|taking|writing|speaking|the time|explaining|answering|"
    r"introducing|pointing|mentioning|offering|answer me|reply me)\b"
    r"|\bstill (?:use|think about|quote)\b|\b(?:was|were) (?:so |really |very |pure |absolute )?"
    r"(?:useful|helpful|valuable|gold|priceless|invaluable|a lifesaver|a godsend|spot on)\b"
    r"|\bthat was (?:so |really |very )?(?:kind|generous|thoughtful|lovely)\b"
    r"|\bglad (?:the|my|it|that|our)\b[^.?!\n]{0,40}\bhelped\b"
)
# Thanks for something they did ("thanks for walking me through it"), not for the click that
# connected them: kept apart from APPRECIATION, whose long alternation then runs on RE2.
_THANKS_FOR_DOING = _p(rf"{THANKS_FOR}([a-z]+ing)\b")
# (nor a word that only ends like a deed: "ta for everything")
_CLICKS = {"connecting", "accepting", "adding", "following", "reading", "considering", "looking",
           "viewing", "linking", "getting", "everything", "anything", "something",
           "nothing"}  # fmt: skip


def appreciation(doc: Doc) -> list[Span]:
    """Return what of theirs the note values: APPRECIATION, and thanks for what they did."""
    thanked = [
        (a, b)
        for a, b in doc.find(_THANKS_FOR_DOING)
        if doc.text[a:b].lower().rsplit(" ", 1)[-1] not in _CLICKS
    ]
    return sorted(set(doc.find(APPRECIATION) + thanked))


# The writer broadcasting their own needs to whoever reads.
BROADCAST = _p(
    rf"\bi{A}?(?:m| am) (?:currently |now |actively )*(?:looking for|seeking|searching for|open "
    rf"to|on the hunt for|in the market for) (?:a |an |my next |new )?(?:new )?(?:[\w-]+ )?"
    rf"(?:role|job|position|opportunit\w+|work|gig|opening)s?\b|\b(?:keep|have) me in mind\b"
    rf"|\bif you hear of (?:anything|any)\b|\bview me as a resource\b|\bopen to work\b"
    rf"|#opentowork\b|\bif any(?:one|body) (?:out there )?(?:is hiring|needs an?|knows of an?|"
    rf"(?:actually |still )?hires)\b"
    rf"|\b(?:please )?(?:find|see) (?:attached )?my (?:cv|resume|résumé|portfolio)\b"
    rf"|\bi{A}?(?:m| am) (?:excited|thrilled|pleased|happy|proud) to (?:announce|share) (?:that )?"
    rf"(?:i|my|we|our)\b|\bmy (?:skills|strengths|experience) include\b|\bhire me\b"
    rf"|\bsee my profile\b|\bfeel free to (?:reach out|contact me) (?:if|whenever|anytime)\b"
    rf"|\b(?:share|repost|forward|spread) (?:this|it|the word) "
    rf"(?:everywhere|far and wide|with everyone)\b|\bbring (?:your|all your) friends\b"
    # saying so: the same note goes to every recruiter or every contact
    rf"|\b(?:writing|reaching out|sending this|messaging|emailing) to (?:all|every|each) (?:of )?"
    rf"(?:the |my )?(?:[\w-]+ ){{0,3}}(?:recruiters?|contacts?|connections?|hiring managers?)\b",
    triggers="looking seeking searching open hunt market mind hear resource cv resume résumé "
    "opentowork anyone anybody "
    "portfolio excited thrilled pleased happy proud include hire profile feel writing reaching "
    "sending messaging emailing share repost forward spread bring",
)
# A note that greets a crowd: a broadcast when it asks the crowd for something (a thank-you
# to everyone who helped is not).
GROUP_GREETING = _p(
    rf"^(?:hi|hello|hey|morning|good morning|good evening|dear|dearest|greetings)\W+(?:my )?"
    rf"(?:dear |lovely |wonderful )?(?:everyone|everybody|all|folks|friends|y{A}?all|team|"
    rf"network|connections|guys|people|colleagues)\b"
    rf"|\blove you all\b"
)

# The writer's own goal: a sentence about it is about the writer, whatever words of the
# reader's work it borrows ("I hope to move into handover design").
OWN_GOAL = _p(
    r"\b(?:my (?:own )?(?:goal|dream|plan|aim|ambition|target|own work|roadmap|blueprint)s?"
    r"|i (?:hope|want|plan|"
    r"aim|intend) to|i['’]?d (?:like|love) to (?:move|get|land|work|break|become|join)"
    r"|i['’]?m (?:looking|hoping|trying|aiming|planning|keen) to (?:move|get|land|work|break|"
    r"become|join|transition|switch|pivot)|(?:break|breaking|move|moving|transition|"
    r"transitioning|pivot|pivoting|switch|switching) into"
    r"|(?:the|my) (?:career|job|role|title|life|path) i (?:want|dream of|am after|hope for))\b"
)


# A favour thanked for by name ("thx for covering my saturday at the shop") is this reader's
# alone; "thanks for connecting" or "for your time" could go to anyone.
THANKED_FOR = _p(
    rf"{THANKS_FOR}(?:covering|swapping|lending|driving|picking|collecting|minding|feeding|"
    r"watching|fixing|sorting|staying|stepping|filling|taking over|jumping|"
    r"helping me (?:move|out|with)|dropping|bringing|lugging|carrying|looking after) "
    r"(?:my|me|the|our|in|up|for|over|off)\b"
    # what they once did for the writer: "you were the one who made me redo that joint"
    r"|\byou were the (?:one|person) who\b"
)
