"""Condescension and veiled threats in friendly words, read by :mod:`rapport.messages.contempt`.

Praise that sneers, the reader's trade or background held up as a low bar, age or looks
remarked on, a memory "best kept between friends": contempt in a polite voice. The pattern runs
on the lower-cased message.
"""

from __future__ import annotations

from rapport.messages.patterns import A, _p

# Condescension and veiled threats in friendly words: "I'll keep it to small words since
# you're in sales", "it's sweet that you think...", "some memories are best kept between friends".
PATRONISING = _p(
    rf"\b(?:keep it to|use|stick to|in) (?:small|simple|short|little|easy) words\b"
    # their work placed beneath the writer: "more senior than your usual audience", "if that's
    # outside your range", "great for juniors who need the basics spelled out"
    rf"|\b(?:more senior|more advanced|more complex|more experienced) than your (?:usual|typical|"
    rf"normal|average) (?:audience|clients?|candidates?|readers?|crowd|students?)\b"
    rf"|\b(?:outside|beyond|above) your (?:range|depth|league|pay grade)\b"
    rf"|\bthe basics spelled out\b"
    # their trade reduced to a machine's: "recruiters mostly match keywords rather than judge"
    rf"|\b(?:you|recruiters|hr|you guys|you all) (?:mostly |just |only |basically |really )?"
    rf"(?:match|scan for|look for|count) keywords\b"
    # praise that recalls the complaints: "a relief after years of reviews complaining about them"
    rf"|\b(?:years|months) of (?:[\w-]+ )?(?:reviews|complaints|people|users|customers|clients) "
    rf"(?:complaining|moaning|grumbling)\b"
    rf"|\b(?:it{A}?s|that{A}?s|how) (?:sweet|cute|adorable) (?:that|how) you (?:think|believe|"
    rf"still|imagine)\b"
    rf"|\b(?:memories|things|stories|photos|pictures) (?:that )?(?:are )?best kept between "
    rf"(?:friends|us|ourselves|the two of us)\b"
    rf"|\byou know who you are\b"
    # age held over them: "at your stage of life it's natural to think about legacy"
    rf"|\bat your (?:stage of life|time of life|age)\b"
    # praise taken back in the same breath: "a bit surprised given how the audit went, but I'm
    # sure you'll grow into it"
    rf"|\bsurprised,? given (?:how|what|that|the|your)\b|\byou{A}ll grow into (?:it|the role)\b"
    # their past held up as a low bar, or their note blamed: "if someone from support can make it
    # to PM", "your first message read a bit like a template"
    rf"|\bif (?:someone|somebody|a person) (?:from|with|like)\b[^.?!\n]{{0,40}}\bcan (?:make it|do "
    rf"it|get (?:there|in)|manage)\b"
    rf"|\byour (?:first |last |earlier )?(?:message|note|email) (?:read|looked|sounded) (?:a bit |"
    rf"rather |quite |kind of )?like (?:a template|spam|a bot|an automated)\b"
    # their English or background remarked on, a hire that failed gloated over, their process
    # graded unasked: "your English is so polished... you'd never guess you grew up in Lagos"
    rf"|\byour english is (?:so |really |very |remarkably |surprisingly |incredibly )?(?:good|"
    rf"polished|fluent|excellent|great|impressive)\b"
    rf"|\byou{A}?d never (?:guess|know|tell) (?:that )?you (?:grew up|were born|came from|are "
    rf"from|weren{A}t)\b"
    rf"|\bi assume (?:things|it) didn{A}?t work out\b"
    # a demand of someone who owes the writer nothing: "I expect you to look into it personally"
    rf"|\bi expect you to\b"
    # a polite newcomer told off for the introducer's doing: "I'm not a free advice service"
    rf"|\bi{A}?m not a (?:free )?(?:advice|help|careers?|charity) (?:service|desk|line|agency)\b"
    rf"|\bfeedback on your (?:interview|hiring|selection|recruitment|application) process\b"
    # their looks remarked on: "you did look absolutely shattered up there"
    rf"|\byou (?:did |really )?look(?:ed)? (?:absolutely |really |so |completely |utterly )?"
    rf"(?:shattered|exhausted|knackered|worn out|wrecked|rough|awful|haggard|frazzled)\b"
    # praise that sneers: "you'd never guess it wasn't from an Oslo studio", "brave to keep
    # posting when so few people engage", "even a dinosaur's view", "what not to do"
    rf"|\byou{A}?d never (?:guess|know|think) (?:it|that|you) (?:wasn{A}?t|weren{A}?t|isn{A}?t|"
    rf"aren{A}?t|didn{A}?t)\b"
    rf"|\bso few people (?:engage|read|like|care|listen|comment)\b|\bwhen nobody{A}?s "
    rf"(?:listening|reading|watching)\b"
    rf"|\b(?:even )?a dinosaur{A}?s (?:view|take|opinion)\b"
    rf"|\b(?:showing|show|showed) me (?:exactly )?what not to do\b"
    rf"|\b(?:asked|checked with) (?:chatgpt|an ai|a chatbot|the ai)\b[^.?!\n]{{0,80}}\b(?:same|"
    rf"already|exactly your|almost exactly)\b"
    rf"|\bi{A}?d hate for (?:that|it|anyone|those [\w-]+) to (?:come out|get out|surface|"
    rf"find out)\b"
    # pity for their time out of work: "thought of you since you've been out of work so long"
    rf"|\b(?:since|as|because|now that) you{A}?ve been (?:out of work|unemployed|job-?hunting|"
    rf"looking|jobless|between jobs) (?:for )?(?:so|this|that) long\b"
    # praise measured against their background: "impressive, especially for someone who came
    # from nursing", "if someone without a degree can get there..., I definitely can!"
    rf"|\b(?:impressive|good|great|not bad|remarkable|amazing),? (?:especially |particularly )?"
    rf"for (?:someone|somebody) (?:who (?:came|comes|started|switched)|without|with no|from)\b"
    rf"|\bif (?:someone|somebody|she|he|you) [^.?!\n]{{0,80}}\bcan (?:get|do|make) (?:it|there)\b"
    rf"[^.?!\n]{{0,40}}\bi (?:definitely|surely|certainly|easily) can\b"
    rf"|\byou{A}?d never (?:know|guess)!"
    rf"|\b(?:how far you{A}?ve come|impressive|amazing|remarkable|inspiring)\b[^.?!\n]{{0,60}}"
    rf"\bwithout (?:a|any) (?:[\w-]+ ){{0,2}}(?:degree|qualifications?|background)\b"
    rf"|\byou must (?:work|have worked|have to work) twice as hard\b"
    rf"|\bhow did you (?:manage to )?(?:get|make it|break) [^.?!\n]{{0,30}}\bwithout (?:a|any) "
    rf"(?:[\w-]+ ){{0,2}}(?:degree|qualifications?)\b"
    rf"|\b(?:feature|app|tool|product|project|design|website|site|startup|idea|paper|talk|"
    rf"business|shop) (?:is|was|looks) (?:really |so |quite |pretty |kind of )?cute\b"
    # their trade blamed as a whole: "recruiters just filter out anyone without local experience"
    rf"|\b(?:recruiters|hr|hiring managers) (?:just |only |simply |automatically )?(?:filter|"
    rf"screen|weed) out (?:anyone|everyone|people|newcomers|anybody)\b"
    # their promotion called a fluke: "I assumed it was a typo", "great to see them take a
    # chance on you"
    rf"|\b(?:assumed|thought) (?:it|that) (?:was|must be|must have been) a (?:typo|mistake|"
    rf"misprint|joke|prank)\b|\b(?:take|takes|taking|took|taken) a (?:chance|gamble|punt) on "
    rf"you\b",
    triggers="recruiters hr hiring assumed thought take takes taking took taken keywords senior "
    "advanced complex "
    "experienced outside beyond above basics years "
    "months "
    "expect english you'd you’d youd assume feedback someone somebody person message "
    "note "
    "email surprised grow stage age impressive "
    "good great bad remarkable amazing if never how "
    "inspiring must "
    "cute "
    "keep use stick in it's it’s its that's that’s thats how memories things stories "
    "photos pictures i'd i’d id since as because now you you'd you’d youd so when even a "
    "showing show showed asked checked look looked",
)
