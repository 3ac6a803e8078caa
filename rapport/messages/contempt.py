"""Contempt: insults, put-downs dressed as praise, scorn for the reader's kind, sarcasm.

A hostile note is unwelcome whatever else it does well. Insults and swearing count anywhere;
harsh words count when they are said of the reader or their work, not of the writer; dismissing
what the reader made counts in a sentence spoken to them. Like the other pattern modules, these
run on the lower-cased message.
"""

from __future__ import annotations

import re

from rapport.messages.context import Context
from rapport.messages.patronising import PATRONISING
from rapport.messages.patterns import A, _p
from rapport.messages.text import Doc, Span, find_spans, has_match, memo

# A nudge counted out loud: "following up for the fourth time".
_NTH_TIME = r" for the (?:third|fourth|fifth|sixth|umpteenth|nth) time\b"
# Time or a person called a waste, but not asked about: "is it a waste of time, or worth it?"
# asks their view. Kept apart from INSULT: its lookbehinds would send INSULT to Python's engine.
WASTE = _p(
    r"(?<!is it a )(?<!is it just a )(?<!or a )(?<!or just a )(?<!be a )(?<!not a )\bwaste of "
    rf"(?:my |everyone{A}s |our |an? |the |a whole |an entire )?(?:time|space|oxygen|hour|hours|"
    r"evening|morning|afternoon|day|money|breath)\b"
)
# Contempt for the reader or anyone: insults and swearing anywhere, harsh words said to "you".
INSULT = _p(
    rf"\b(?:idiot\w*|stupid\w*|moron\w*|imbecile\w*|dumb\w*|loser\w*|clown\w*|fuck\w*|shit\w*|"
    rf"bullshit|asshole\w*|bastard\w*|crap|crappy|jerk\w*|shut up|get lost|piss off|screw you|"
    rf"nobody cares|no one cares|who cares|you people|grow up|no offen[cs]e,? but|"
    rf"are a (?:fraud|joke|disgrace)"
    rf"|what a (?:joke|waste|clown))\b"
    rf"|\blike you (?:never|always|just|only|don{A}t|can{A}t|won{A}t|all)\b"
    rf"|\byou (?:[\w-]+ )?(?:people|lot|guys|types|recruiters|founders|executives|managers|"
    rf"influencers|gurus|experts) (?:never|always|just|all|only)\b"
    rf"|\bnever (?:reply|replies|answer|answers|respond|responds)(?: to)? anyone\b"
    rf"|\blike every(?:one|body) (?:else )?does\b"
    # a sincere question sent away: "honestly, just google it"
    # a silence counted and a reply demanded: "I've now emailed four times", "the professional
    # courtesy of a response"
    rf"|\b(?:emailed|written|messaged|called|rung|chased|texted)(?: you)? (?:three|four|five|six|"
    rf"seven|\d+|several|multiple|numerous) times\b"
    rf"|\bthe (?:professional |common |basic )?courtesy of (?:a|an) (?:response|reply|answer)\b"
    rf"|\bjust google it\b|\bgoogle is your friend\b|\blmgtfy\b"
    # passive aggression: scorn for the reader dressed as patience or politeness
    rf"|\bi expected (?:much |a lot |far )?(?:more|better) (?:from|of) (?:you|someone|a)\b"
    rf"|\bcan{A}?t be bothered\b|\bwon{A}?t hold my breath\b|\bi{A}?m not worth your time\b"
    rf"|\byou (?:clearly|obviously|apparently) (?:missed|ignored|are ignoring|didn{A}t read|"
    rf"don{A}t read|never read)\b"
    rf"|\b(?:writing|messaging|following up|asking|reaching out|circling back|emailing|chasing)"
    rf"{_NTH_TIME}"
    rf"|\b(?:floating|bumping|nudging|pushing|moving|resending|sending)(?: this| it)?"
    rf"(?: [\w-]+){{0,6}}{_NTH_TIME}"
    rf"|\b(?:busy and important|too important|so important now|too big now|too famous now)\b"
    rf"|\bagain\W{{1,3}}(?:the )?(?:3rd|4th|5th|6th|third|fourth|fifth|sixth) time\b"
    rf"|\bmy (?:3rd|4th|5th|6th|7th|third|fourth|fifth|sixth|seventh|umpteenth) (?:note|message|"
    rf"email|follow-up|try|attempt)\b"
    rf"|\b(?:copied|cc{A}?d|cc{A}?ing|copying|looped in|included) (?:in )?my (?:solicitor|lawyer|"
    rf"attorney|legal team|barrister)\b"
    rf"|\bbut no offen[cs]e\b|\b(?:felt|seemed|looked|was|is) (?:pretty |rather |a bit |quite )?"
    rf"(?:basic|thin|shallow) for (?:someone|a person|an? [\w-]+) (?:with|in|at|of)\b"
    rf"|\btake (?:all )?(?:the )?credit for (?:the |other people{A}?s |[\w-]+{A}s? )?"
    rf"(?:work|ideas)\b"
    rf"|\b(?:just|only) (?:move|push|shuffle) (?:[\w-]+ ){{1,3}}around\b"
    rf"|\bso i know you{A}?re (?:around|online|there|not (?:that |so )?busy)\b"
    rf"|\bi (?:noticed|see|saw|can see) (?:that )?you (?:never|didn{A}?t|haven{A}?t) (?:sent|"
    rf"written|replied|messaged|reached out|got back|answered)\b"
    rf"|\bother people{A}?s (?:messages|emails|requests|notes) (?:just |clearly )?matter more\b"
    # scorn for the reader's line of work: "the easiest job in tech", "others do the real work"
    rf"|\b(?:the )?easiest (?:job|role|career|gig) (?:in|on|there)\b"
    rf"|\b(?:while|and|but) (?:the )?[\w-]+ (?:do|does) (?:all )?the real work\b"
    rf"|\banyone could do (?:your|that|this|the) (?:job|work|role)\b"
    rf"|\bonly (?:answer|reply to|respond to|talk to|help) (?:people|those) who\b"
    rf"|\bsomeone as (?:busy|important|successful|famous|senior)(?: and \w+)? as you\b"
    rf"|\byou (?:probably |likely |surely )?won{A}?t (?:even )?(?:read|answer|reply to|bother "
    rf"with) this\b"
    rf"|\bself-(?:proclaimed|styled|appointed)\b"
    rf"|\bi won{A}?t take it personally\b|\bi{A}?m sure (?:that{A}?s|it{A}?s) just how\b"
    # praise that is surprised it took so long: "congrats on finally...", "see you catching up"
    rf"|\b(?:congratulations|congrats) on finally\b|\b(?:get|got|make|made) (?:it|there) "
    rf"eventually\b|\b(?:nice|good|great|lovely) to see (?:you|your [\w-]+|people in (?:the )?"
    rf"[\w-]+) "
    rf"(?:finally |starting to |are starting to )?(?:catching up|catch up)\b"
    # being ignored expected out loud, as a jab: "if this one also goes unanswered"
    rf"|\b(?:this one|this|it|mine) (?:also|too|again) (?:goes|gets|is|stays|remains|ends up) "
    rf"(?:unanswered|ignored|unread|lost)\b"
    rf"|\b(?:goes|gets|stays|remains) (?:unanswered|ignored|unread) (?:too|again|as well|like "
    rf"(?:the|my) (?:last|others?|rest))\b"
    # the reader lumped in with a group the writer scorns (and see NO_DIFFERENT below)
    rf"|\b(?:yours |your (?:[\w-]+ ){{1,2}})(?:looks?|seems?|is|are|sounds?) "
    rf"(?:just )?like (?:all )?the (?:rest|others)\b"
    # sarcasm about the reader's silence or field: "Must be nice!", "if answering is beneath you"
    rf"|(?:^|[.!?;] +)must be nice *[!.]|\bbeneath you\b"
    rf"|\bhaven{A}?t (?:found|had) (?:a|one|the) (?:minute|moment|second) for (?:my|me)\b"
    rf"|\bcan{A}?t be (?:that|so|very) (?:hard|difficult)\b|\bkidding,? sort of\b"
    rf"|\bonly half (?:joking|kidding)\b|\byou{A}?(?:re| are) no exception\b"
    rf"|\bi (?:already |probably |honestly )?(?:know|understand|get) (?:far |much |a lot |way )?"
    rf"more (?:about [\w-]+ )?than (?:most|many|all|any|you|your)\b"
    rf"|\boh (?:great|joy|wonderful|brilliant|fantastic),? (?:yet )?another\b"
    rf"|\b(?:the|a|yet another) (?:\w+ )?(?:thousandth|millionth|hundredth|billionth) person\b"
    # praise that takes itself back: the reader's success put down to a lack of anyone better
    rf"|\b(?:ran|run|running) out of (?:other |better |real )?(?:candidates|applicants)\b"
    rf"|\blower(?:ed|ing)? (?:the|their|its|your) (?:bar|standards)\b"
    rf"|\btook pity\b"
    rf"|\bnot bad for (?:a|an|someone|somebody|you)\b|\beven you (?:can|could)\b"
    rf"|\b(?:surprisingly|shockingly|remarkably) (?:decent|competent|coherent|readable|"
    rf"not bad|passable)\b"
    # praise that is surprised the reader could manage it, or grades them by their youth
    rf"|\b(?:you(?:{A}re| are| were)|your (?:[\w-]+ ){{0,4}}(?:is|was|are|were)) (?:\w+ )?"
    rf"surprisingly (?:good|sharp|smart|insightful|useful|thoughtful|clever|mature|professional|"
    rf"solid|strong|well|helpful|articulate|capable)\b"
    rf"|\b(?:for|from|expect|expected|expecting) (?:someone|somebody|a person|people) (?:so|that|"
    rf"this) (?:junior|young|new|"
    rf"inexperienced|green|early in (?:their|your|his|her) career)\b"
    # their future graded down, or their choice praised through the teeth
    rf"|\bmore (?:talented|capable|gifted|skilled|qualified) than you(?:{A}re| are|{A}ll| will)? "
    rf"(?:ever |likely |probably )?(?:going )?(?:to )?be\b|\b(?:but|still|anyway),? good for you\b"
    # a concession that grades their work down: "has its place, even with a sample of eleven"
    rf"|\b(?:has|have) (?:its|their|a) place\b[^.?!\n]{{0,40}}\beven (?:with|if|though|for)\b"
    rf"|\b(?:a |an )?(?:properly|competently|rigorously|well)[- ](?:designed|run|done|conducted|"
    rf"written|built|planned)\b[^.?!\n]{{0,60}}\b(?:different|better|other) (?:conclusions|"
    rf"results|answers|findings)\b"
    # their own field explained to them: "just to clarify a couple of points for you"
    rf"|\bjust to clarify (?:a few |a couple of |some |two |three )?(?:points|things|bits) "
    rf"for you\b|\b(?:it|this|that)(?:{A}s| is) not always (?:intuitive|obvious|easy to follow) "
    rf"(?:from|for) (?:the )?outside(?:rs)?\b"
    # a rejection thanked through the teeth: "at least it saved us both some time!"
    rf"|\bat least it saved (?:us|you|me|everyone)(?: both| all)? (?:some )?time\b"
    rf"|\bi{A}?m sure you (?:had|have) your reasons\b"
    # their talk graded as a trainee's: "so you feel better prepared next time"
    rf"|\bso (?:that )?you(?:{A}ll| will)? (?:feel |be )?(?:better|more) prepared\b"
    rf"|\bthe questions you (?:couldn{A}?t|could not|failed to|were unable to) answer\b"
    # an old score settled in a friendly note
    rf"|\bno hard feelings on my (?:side|part|end)\b|\bfunny how things work(?:ed)? out\b"
    # a put-down offered as advice or concern: "ambition at this stage can read as naivety"
    rf"|\b(?:can|may|might|could|will) (?:read|come across|look) as (?:naive|naivety|naïveté|"
    rf"arrogan\w+|desperat\w+|amateur\w*|unprofessional|greedy)\b|\boff your hands\b"
    rf"|\b(?:take|read) this in the (?:[\w-]+ )?spirit (?:it{A}s|it is) (?:meant|intended)\b"
    rf"|\bsomeone (?:calling|who calls) (?:himself|herself|themselves|themself|yourself) an?\b"
    rf"|\bi{A}?d hate to think (?:it was|that it was|it{A}s)\b|\bnot saying anything,? just\b"
    rf"|\bjust something to think about\b"
    rf"|\bleftover (?:version|bits) of you\b"
    # guilt: everyone else has, only they have not
    rf"|\b(?:it{A}?s |really )?only (?:yours|you) (?:we{A}re|we are|that{A}s|left|still) "
    rf"(?:missing|waiting)|\beveryone else (?:on|in|at|from) [^.?!\n]{{0,40}}\balready\b"
    # their reply made to decide whether the writer gives up: "you're the last one on my list"
    rf"|\byou{A}?re the last (?:one|person|name|[\w-]+) on my list\b"
    rf"|\bi{A}?m not (?:one|someone|the type) to keep score\b"
    rf"|\bcalling (?:that|this|it) (?:one |favou?r )?in\b"
    # their reply made a public bet, or a bad review held over them
    rf"|\b(?:post|share|screenshot) your (?:reply|answer|response|silence)\b|\bor the silence\b"
    rf"|\bi{A}?d hate for my (?:[\w-]+ )?(?:review|post|rating)\b"
    # a jab dressed as a share: "saw this and thought of you: '7 signs you're a micromanager'"
    rf"|\b(?:signs|ways to tell|reasons) (?:that )?you{A}?re (?:a |an )?(?:micromanager|bad|toxic|"
    rf"terrible|narcissist|bully|boring|bad boss|control freak)\b"
    rf"|\bpeople remember who (?:was there|helped|stood by)\b"
    rf"|\bnot interested in (?:success|succeeding|growing|your (?:own )?(?:success|future|career|"
    rf"growth))\b"
    rf"|\bif i don{A}?t hear (?:back|from you)\b[^.?!\n]{{0,40}}\b(?:give up|take it as a sign|"
    rf"quit|stop trying)\b"
    # a favour held over them: "not that I'd ever bring it up", "I knew you'd want to help"
    rf"|\bnot that i{A}?d (?:ever )?(?:bring it up|mention it|keep score|hold it over you)\b"
    rf"|\bi knew you{A}?d want to\b|\byou owe me\b"
    rf"|\bthe least (?:you|the [\w-]+|they) (?:can do|owes?|owe) (?:me|people like me|us)?\b"
    # a price for keeping quiet, or a test they are failing in public: "once we agree a small
    # fee... I'll keep it to myself", "your studio is in the 'no reply' column"
    rf"|\bonce we agree (?:on )?(?:a|the) (?:small |modest )?(?:[\w-]+ )?fee\b"
    rf"|\bi{A}?ll keep it to myself\b|\bno[- ]reply{A}? column\b"
    # their no turned into a verdict told to others: "I'll let the kids know you were too busy
    # for them", "I'd hate to have to list you under 'no response yet'"
    rf"|\b(?:let|tell) (?:them|the (?:kids|children|class|team|group|students)|my (?:class|kids|"
    rf"students|team|son|daughter|group|members)) know you (?:were|are|was) (?:too busy|"
    rf"not interested|busy for (?:them|us|the))\b"
    rf"|\bi{A}?d hate to (?:have to )?(?:list|name|put|mention|include|report|file) you\b"
    rf"|\b(?:was|is) (?:partly |really |actually )?(?:a|an) (?:little |small )?"
    rf"(?:experiment|test)\b"
    # a dare: their silence turned into a verdict on them
    rf"|\bi{A}?ll know (?:which|what) (?:kind|sort|type) (?:of [\w-]+ )?you are\b"
    rf"|\bmost [\w-]+ (?:ignore|never answer|don{A}?t (?:reply|bother))\b"
    # their success claimed as the writer's call: "I called this back in 2019"
    rf"|\bi called (?:this|it)\b|\b(?:my|i) (?:instincts?|predictions?|call) (?:proven|proved|"
    rf"was|were) right\b|\bif you took my advice\b|\bthanks to my advice\b"
    # a debt or a label used to corner them: "it would be a shame to waste it", "give something
    # back to the town that made you", "consistent with what you said on stage"
    rf"|\b(?:be|seem) a (?:shame|pity) to (?:waste|lose|let)\b|\bgive (?:something|a little) back\b"
    rf"|\b(?:the whole|our whole|the entire) (?:street|town|village|family|community|"
    rf"neighbourhood|neighborhood|class) (?:would|will) (?:remember|be grateful|be proud|talk)\b"
    rf"|\b(?:have|has) sacrificed (?:so much|a great deal|everything|a lot)\b"
    rf"|\b(?:consistent|in line) with (?:what|everything) you (?:said|say|stood|wrote|preach|"
    rf"post)\b|\bsomeone who (?:genuinely |really |truly )?lives? (?:by )?(?:those|these|your) "
    rf"values\b"
    # a silence held against them: "you never replied, but no hard feelings"
    rf"|\byou never (?:replied|answered|responded|wrote back|got back to me)\b[^.?!\n]{{0,30}}"
    rf"\b(?:but|though|anyway|no hard feelings|so i guess|i guess|i suppose|so i take it)\b"
    rf"|\byou (?:should|ought to) be (?:ashamed|embarrassed)\b|\bshame on you\b"
    rf"|\bthe (?:rudest|laziest|sloppiest|most (?:arrogant|unprofessional|insulting)) (?:thing|"
    rf"reply|email|message|response|answer|note)\b"
    # praise of their nerve in place of their work; their work left to someone "more rigorous"
    rf"|\badmire the (?:confidence|courage|nerve|boldness|bravery) it (?:takes|took)\b"
    rf"|\b(?:a|someone|somebody|people) (?:more|better) (?:rigorous|competent|serious|qualified|"
    rf"careful|experienced) (?:team|researcher|researchers|person|people|hands|group)\b"
    rf"|\b(?:such|so) a (?:small|tiny|thin|limited) sample\b"
    rf"|\b(?:mostly|largely|conveniently|comfortably|usually) (?:spared|shielded|sheltered)\b"
    # a threat dressed as a courtesy, and scorn for their whole department
    rf"|\b(?:shared|forwarded|sent|passed|copied) (?:on )?(?:your|this|the) (?:email|message|reply|"
    rf"letter|note|decision)\b[^.?!\n]{{0,20}}\b(?:with|to) (?:my|our) (?:solicitor|lawyer|"
    rf"attorney|legal)\b"
    rf"|\b(?:learned|learnt|come|grown) to expect (?:that|this|it|no less|nothing (?:less|more|"
    rf"better)|as much) (?:from|of) (?:you|your)\b"
    # a length held up to mock their effort: "your feedback, all four lines of it"
    rf"|\ball (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:lines|words|sentences|"
    rf"minutes|pages|paragraphs) of (?:it|them)\b"
    # a litany of the reader's mistakes: "wrong about the merger, wrong about the layoffs"
    rf"|\bwrong about\b[^.?!\n]{{1,60}}\bwrong about\b"
    # the reader accused of a past wrong: "the way you took credit for it was shabby"
    rf"|\byou (?:took|stole|grabbed|claimed) (?:all )?(?:the )?credit\b"
    # guilt for help never offered, a family's fate put on them, an old debt called in; a reply
    # that scolds: "you never reached out to help", "my family depends on it", "stop spamming me"
    rf"|\byou never (?:once )?(?:reached out|offered|tried|bothered|thought) to "
    rf"(?:help|check|ask)\b"
    rf"|\bmy (?:whole )?(?:family|kids|children) (?:depends?|relies|rely|(?:is|are) (?:depending|"
    rf"relying|counting)) on (?:it|this|you)\b|\bcall it (?:square|even|quits)\b"
    rf"|\bstop (?:spamming|harassing|pestering) me\b|\bdid you even (?:read|look at|bother)\b"
    rf"|\byour (?:condescending|patronising|patronizing|arrogant|smug) tone\b"
    rf"|\beasy to (?:lecture|judge|preach to) (?:people|others|someone)\b"
    rf"|\b(?:would be|is) (?:common|basic|simple) courtesy\b|\bif you{A}?(?:d| had) bothered to\b"
    rf"|\bdo your own research\b|\bonly applies to some of us\b"
    rf"|\b(?:guess|looks like) the (?:whole )?[^.?!\n]{{1,20}} thing (?:didn{A}?t|did not) "
    rf"work out\b"
    # people screened by who they are: "single, no children planned, not on housing benefit"
    rf"|\bno (?:children|kids|babies) planned\b|\bnot on (?:housing )?benefits?\b"
    rf"|\bnot one of the ones who\b|\bnone of (?:those|them|the) (?:foreign|immigrant)\b",
    triggers=(
        "children kids babies benefit benefits ones foreign "
        "copied cc'd cc’d ccd cc'ing cc’ing ccing copying looped included "
        "idiot idiots idiotic stupid stupidity moron morons moronic imbecile imbeciles dumb "
        "dumber dumbest loser losers clown clowns fuck fucking fucked fucker fucks shit "
        "shitty shits bullshit asshole assholes bastard bastards crap crappy jerk jerks shut "
        "lost piss screw nobody cares people grow waste offence offense fraud joke disgrace "
        "like anyone guys lot types recruiters founders executives managers influencers "
        "gurus experts everyone everybody expected bothered breath worth clearly obviously "
        "apparently third fourth fifth sixth umpteenth nth only self someone won't won’t wont "
        "different better rest others nice beneath minute moment second hard difficult "
        "kidding oh thousandth millionth hundredth billionth ran lower lowered lowering took "
        "bad even surprisingly shockingly remarkably nobody run running exception know "
        "understand get stole grabbed claimed for from place properly competently rigorously "
        "well wrong all should ought shame the shared forwarded sent passed copied learned "
        "learnt come grown admire more better such so mostly largely conveniently comfortably "
        "usually not knew owe unanswered ignored unread take sure congratulations congrats "
        "eventually least clarify prepared questions hard funny read come look hands spirit "
        "leftover calling calls hate saying something important big famous matter easiest real "
        "again around online noticed see saw my but felt seemed looked was is take just only "
        "be seem give the our have has consistent in someone called my if once i'll i’ll ill "
        "no was is most let tell just google lmgtfy you're you’re youre i'm i’m im people "
        "interested calling signs ways reasons post share screenshot or i'd i’d id "
        "emailed written messaged called rung chased texted courtesy never family kids children "
        "call stop did tone easy guess looks courtesy bothered research applies"
    ),
)
# "Most just copy; yours is no different" (but "no different from mine" is kind). Kept apart
# from INSULT: its lookahead would send all of INSULT to Python's slower engine.
NO_DIFFERENT = _p(
    r"\b(?:yours |your (?:[\w-]+ ){1,2})(?:looks?|seems?|is|are|sounds?)"
    r"(?: (?:really|honestly|frankly|just))? no (?:different|better)\b"
    r"(?! (?:from|than) (?:me|mine|my|ours|us)\b)",
    triggers="different better",
)
_HARSH_WORDS = (
    r"(?:useless|pathetic|incompetent|clueless|worthless|garbage|trash|rubbish|lazy|laziest|"
    r"lazier|ignorant|arrogant|ridiculous|embarrassing|disgrace\w*|sucks?|awful|terrible|"
    r"mediocre|amateur\w*|overrated|laughable|a mess|nonsense|lame|sloppy|cringe\w*|dumbest|"
    r"clunky|buzzwords|pointless|forgettable|a joke|a waste\b|shabby|petty|shameful|"
    r"dishonest|spineless|cowardly|sleazy|unprofessional|two-faced)"
)
# Words that are contempt only when said of the reader's work ("your advice seems basic").
_DISMISSIVE = r"(?:basic|shallow|boring|naive|naïve|worst|weakest|dullest|recycled)"
_INTENSIFIERS = (
    r"(?: (?:so|such|really|truly|totally|completely|just|pretty|a|an|the|frankly|honestly|"
    r"clearly|kind of|quite|utterly|rather|fairly|very|most|all|mostly|largely|nothing but|"
    r"little more than|full of|just more))*"
)
HARSH_AT_YOU = _p(
    rf"\byou(?:{A}re| are| were| look| sound| seem)?{_INTENSIFIERS} {_HARSH_WORDS}\b"
    rf"|\b(?:the way|how|what) you (?:[\w-]+ ){{1,12}}(?:is|was|were){_INTENSIFIERS} "
    rf"{_HARSH_WORDS}"
    rf"|\byour(?: [\w-]+){{0,7}}? (?:is|was|are|were|looks?|sounds?|seems?){_INTENSIFIERS} "
    rf"(?:{_HARSH_WORDS}|{_DISMISSIVE})\b"
    rf"|\byour (?:[\w-]+ )?{_HARSH_WORDS}\b",
)
# Dismissing what the reader made: contempt when said in a sentence to "you" ("your talk was
# fine, though most of it is in any book"). Stating the obvious is scorn anywhere, unless the
# writer says it of themselves ("at the risk of stating the obvious").
DISMISSAL = _p(
    r"\b(?:is|was|were|are) nothing (?:new|original)\b|\b(?:we|everyone|everybody|the rest of "
    r"us|most of us|most people|anyone) already (?:knew|knows?)\b|\b(?:is|are|was|were) in any "
    r"(?:[\w-]+ ){0,2}(?:book|textbook|course|blog|manual|handbook)\b"
)
OBVIOUS = _p(r"(?<!risk of )\b(?:state|stating|states|stated) the obvious\b")

# Faces that roll their eyes or scorn: contempt whatever the words around them say.
SCORN_FACES = _p("\U0001f644|\U0001f612|\U0001f595")
HARSH = _p(rf"\b(?:sad little|{_HARSH_WORDS}|{_DISMISSIVE})\b")
SECOND_PERSON_WORD = _p(rf"\b(?:you|your|yours|you{A}re|you{A}ve|yourself)\b")


def hostile(doc: Doc, ctx: Context | None) -> list[Span]:
    """Insults, swearing or contempt; harsh words count when they are said about the reader."""
    return memo(doc, "hostile", lambda: _hostile(doc))


def _hostile(doc: Doc) -> list[Span]:
    # (not the writer's own feeling: "without once making me feel stupid")
    spans = [(a, b) for a, b in doc.find(INSULT) if not _FELT.search(doc.lower, max(0, a - 20), a)]
    spans += doc.find(WASTE) + doc.find(NO_DIFFERENT) + doc.find(SCORN_FACES)
    spans += doc.find(OBVIOUS) + doc.find(PATRONISING)
    if doc.find(DISMISSAL):  # dismissing what the reader made, in a sentence to them
        spans += [
            (s.start + a, s.start + b)
            for s in doc.sentences
            if has_match(SECOND_PERSON_WORD, s.text, s.lower)
            for a, b in find_spans(DISMISSAL, s.text, s.lower)
        ]
    if doc.find(HARSH):  # harsh words count when said about the reader, not about oneself
        spans += [(a, b) for a, b in doc.find(HARSH_AT_YOU) if not _TEASED.match(doc.lower, b)]
    return sorted(set(spans))


_FELT = re.compile(r"\b(?:feel|felt|feeling|feels)(?: so| a bit| a little| really| very| quite)? $")


# Old friends' teasing: "thought of your terrible chai", "I miss your awful puns".
_TEASED = re.compile(
    r" (?:chai|coffee|tea|jokes?|dad jokes|puns?|karaoke|singing|dancing|handwriting|parking|"
    r"cooking|playlists?|banter|timekeeping|taste in [\w-]+)\b"
)
