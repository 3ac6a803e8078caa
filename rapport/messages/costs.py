"""What an ask costs the reader: the cues of an ask too big for the relationship.

Everything, all of their network, money or a loan, their name on the writer's papers, a referee
from someone who never saw the work, their boss, days of their time, a job outright, a deadline
no one agreed to. :mod:`rapport.messages.asks` weighs these against the relationship the
situation or the text reveals. Asks too big for almost any relationship are in
:mod:`rapport.messages.huge`, pressure put on the reader in :mod:`rapport.messages.presumed`, a
lie or a breach in :mod:`rapport.messages.deceit`. They run on the lower-cased message.
"""

from rapport.messages.cues import DAYS
from rapport.messages.patterns import _p

# "every bit as", "every now and then": "every" that is not about how much is asked.
NOT_HOW_MUCH = _p(
    r" (?:bit|now and then|so often|once in a while|other|(?:single )?(?:day|night|week|"
    r"fortnight|month|year|morning|evening|shift|time|season|term|quarter|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)s?)\b"
)
# Asks that spend the reader's reputation: too much from someone they do not know.
REPUTATION = _p(
    r"\b(?:refer me|referral|put in a (?:good )?word|vouch for me|recommend(?:ing)? me|"
    r"introduce me to|"
    r"pass(?:ing)? (?:it|this|my [\w-]+) (?:on |along )?to|hire me|get me (?:in|an interview)|"
    r"(?:a|your) (?:good |kind )?word from you)\b"
)
# Their word for a stranger's application: too much from someone who never saw the work, with
# or without a way out ("perhaps a referral to the associate role? if not, I understand").
# ("did your first job come through a referral?" asks about theirs)
REFERRAL = _p(
    r"\b(?:refer me|(?<!through )(?<!via )(?<!by )(?:a|an internal) referral|vouch for me|"
    r"hire me)\b"
)
# Their name lent to the writer's record: too much from anyone who is not close, however
# politely it is put ("could I put your name down as a reference? no pressure").
VOUCH = _p(
    r"\bput your name (?:down|forward|on|as)\b|\b(?:use|list|name|give|put) you (?:down )?as (?:a |"
    r"my |one of my |an )?(?:reference|referee|guarantor|sponsor|advis[oe]r|mentor|endorser)\b"
    # their word given to others about the writer: "could you describe me to clients as..."
    r"|\b(?:describe|present|pitch|represent|put) me (?:to (?:[\w-]+ ){1,3})?as (?:having|an? |"
    r"someone|the)\b"
    r"|\b(?:be|being|act as|acting as) (?:a |my |one of my )?(?:reference|referee|guarantor)\b"
    # the writer's CV put in under their name: "you pop it in as a referral"
    r"|\b(?:pop|put|pass|submit|send) (?:it|me|this|my (?:cv|resume|application)) (?:in |through |"
    r"forward |on )?(?:as|for) (?:a |an )?(?:internal )?referral\b"
    # their premises or name on the writer's papers: "list your warehouse as our address"
    r"|\b(?:list|use|put|give|register) your (?:[\w-]+ ){0,2}(?:address|premises|warehouse|"
    r"office|name|account|details)\b[^.?!\n]{0,20}\bas (?:our|my|the)\b"
    # a letter that answers for the writer to an embassy or a landlord
    r"|\b(?:invitation letter|letter of (?:invitation|support|guarantee))\b|\bemergency contact\b"
    r"|\btakes? (?:full )?responsibility for (?:me|my)\b"
    # their name under the writer's profile: "write me a LinkedIn recommendation"
    r"|\b(?:write|give|leave|post) (?:me an? (?:[\w-]+ )?(?:recommendation|endorsement|testimonial)"
    r"\b|an? (?:[\w-]+ )?(?:recommendation|endorsement|testimonial) for me\b)"
    # the words written for them to sign: "I've drafted it already... just copy-paste"
    r"|\bi['’]?(?:ve| have) (?:already )?drafted (?:it|one|the (?:recommendation|reference|letter|"
    r"endorsement|post))\b|\bjust copy[- ]?(?:and[- ])?paste\b"
    r"|\bvouch(?:ing)? for me\b"
    # the writer's CV put before their colleagues with their word: "send them my CV with a
    # recommendation"
    r"|\b(?:send|pass|forward|give|show)\w* (?:them|him|her|it|your (?:[\w-]+ )?(?:boss|manager|"
    r"hr|team|director)) my (?:cv|resume|résumé|portfolio)\b[^.?!\n]{0,30}\bwith (?:a|your) "
    r"(?:recommendation|good word|reference|endorsement)\b"
)
# The writer's need for a referee named anywhere in a note that asks: "they need two referees
# by Friday. Would you be comfortable being one of them?"
REFEREE = _p(
    r"\b(?:referees?|(?:reference|recommendation) letters?|letters? of (?:reference|"
    r"recommendation)|character references?)\b",
    triggers="referee referees reference references recommendation letter letters",
)
# The writer's legal fight: any favour asked alongside it draws the reader into the case.
LEGAL_CASE = _p(
    r"\b(?:my|our) (?:lawyer|solicitor|attorney|barrister|legal team)\b"
    r"|\b(?:labour|labor|employment) tribunal\b|\b(?:tribunal|court) (?:claim|case|hearing)\b"
    r"|\b(?:suing|lawsuit)\b|\bfamily court\b|\bcustody (?:case|hearing|battle|fight|dispute)\b"
    r"|\b(?:claim|case|dispute|grievance) against (?:them|your (?:company|firm|employer|team))\b",
    triggers="my our labour labor employment tribunal court suing lawsuit claim case dispute "
    "grievance family custody",
)
# The reader's boss or backers asked for: their standing spent on someone they barely know.
ABOVE_THEM = _p(
    r"\b(?:intro(?:duce|duction)?|connect|put) (?:me |us )?(?:in touch )?(?:to|with) your "
    r"(?:ceo|cfo|cto|coo|boss|founder|founders|chair|director|vp|head of [\w-]+|partners|"
    r"investors|board)\b"
    r"|\b(?:meet|lunch with|dinner with|a lunch with|time with) (?:your |both )?(?:[\w-]+ )?(?:ceo|"
    r"cfo|cto|coo|boss|founder|chair|director|general manager|managing director|vp)\b"
    # their buyers put on the writer's call: "when can we get your procurement team on a call?"
    r"|\b(?:get|put|bring) your (?:procurement|purchasing|buying|finance|leadership) (?:team|"
    r"people|department|lead) (?:on|onto|into|to)\b",
    triggers="intro introduce introduction connect put get bring meet lunch dinner time",
)
# The writer's papers for a near-stranger to go through: "could you look over my CV?"
REVIEW_MINE = _p(
    r"\b(?:go through|review|look over|look at|read through|check|edit|proofread|rewrite|fix) "
    r"(?:my|our|the) (?:whole |full |entire |updated |new )?(?:cv|resume|résumé|cover letter|"
    r"portfolio|application|thesis|dissertation|chapter|manuscript|business plan|pitch deck|"
    r"deck|(?:grant |funding |research |book )?proposal|draft|novel|screenplay|script)s?\b"
)
# A job asked for outright: "a branch manager position for me", rather than advice on finding one.
JOB_FOR_ME = _p(
    r"\b(?:position|role|job|post|vacancy|opening|placement|place on your team|spot on your team) "
    r"for (?:me|her|him|them|my [\w-]+)\b|\b(?:have|got) anything for me\b"
    r"|\b(?:take|taking|bring|bringing) (?:her|him|them|my [\w-]+) on\b"
    r"|\bi could start (?:on |this |next )?(?:monday|tomorrow|immediately|right away|next week)\b"
    r"|\b(?:could|would|can|will) you (?:hire|employ|take on|bring on) me\b"
    r"|\bsomeone (?:your|the) (?:team|company|firm|lab|practice) should (?:hire|take on)\b"
    r"|\b(?:should|would) (?:you|your team) hire me\b"
    r"|\bput me forward for (?:any|an?|the)\b|\bask your (?:hr|manager|boss) (?:if|whether) they\b"
    r"|\b(?:arrange|set up|fix) (?:him |her |them |me )?(?:an |a )?(?:interview|job)\b"
    # "are there any openings coming up on your team that I could be considered for?"
    r"|\b(?:i|me) (?:could|might|can|would) be considered for\b"
)
# What is not theirs to give a near-stranger: inside figures, who complained, the marking guide.
INSIDE_INFO = _p(
    # a panel's questions or its members, before the interview: "what questions they'll ask"
    r"\bwhat questions (?:they['’]?ll|they will|you['’]?ll|you will|the panel will) ask\b"
    r"|\bwho['’]?s on (?:the|the interview) panel\b|"
    # who decided against the writer, to lobby them: "who on the trust team made the call"
    r"\bwho (?:on|in|at) (?:the|your) (?:[\w-]+ ){1,3}(?:made the (?:call|decision)|decided|"
    r"flagged|reported|complained|signed off|turned (?:me|us) down|rejected)\b|"
    # a customer's money, or a firm's rates, asked of someone who keeps them: "whether his
    # account could cover his share", "roughly what's your drop-off rate"
    r"\bwhether (?:his|her|their) (?:account|balance|savings|finances|credit) (?:could|can|would|"
    r"will) cover\b"
    r"|\bwhat['’]?s your (?:drop-?off|churn|conversion|retention|refund|chargeback) rate\b|"
    # who is about to leave: "which of your nurses are leaving soon?"
    r"\b(?:who['’]?s|who is|are|is) (?:planning to leave|about to leave|leaving soon|going to "
    r"leave|planning to resign|about to resign)\b|"
    r"\b(?:your|the) (?:team['’]?s |company['’]?s )?live (?:[\w-]+ )?(?:dashboard|data|figures|"
    r"metrics|numbers)\b|"
    # an unpublished site, or colleagues' severance: "just the rough GPS area", "what severance
    # people got and whether they kept their vested options"
    r"\b(?:rough |exact )?gps (?:area|location|coordinates|points?)\b|"
    # their plans asked by a rival's employee: "I'm an analyst at Hopply, a rival itinerary app"
    r", a (?:rival|competing|competitor) (?:[\w-]+ ){0,2}(?:app|firm|company|agency|brand|shop|"
    r"startup|bank|practice)\b|"
    r"\bseverance (?:people|they|staff|colleagues|everyone) (?:got|received)\b|\bvested options\b|"
    r"\bsupplier (?:invoices|prices|pricing|rates|contracts|sheets?|terms)\b|"
    r"\b(?:internal|confidential|private|real|actual) (?:numbers|figures|data|metrics|pay bands|"
    r"salary bands|prices|pricing|margins)\b"
    r"|\bhow (?:many|much) (?:[\w-]+ ){0,2}(?:does|do) your (?:app|company|firm|team|business|"
    r"clinic|shop|platform|agency|department) (?:receive|get|make|earn|sell|charge|pay|spend)\b"
    r"|\bwho (?:filed|made|wrote|lodged|raised) the (?:complaint|report|grievance)\b"
    # their employer's own papers: "any old PRDs or roadmap templates from your job"
    r"|\b(?:prds?|specs|roadmaps?|decks?|playbooks?|templates?|documents|docs|files|slides) "
    r"(?:from|at|of) your (?:job|work|company|employer|team|office|firm)\b"
    # a third party's identity: "which family took him, even just the suburb and surname?"
    r"|\b(?:which|what) (?:family|person|people|customer|client|buyer|owner|tenant|household|"
    r"adopter|donor|patient)s? (?:took|adopted|bought|rented|got|ended up with)\b"
    r"|\bthe (?:suburb|street|address) and (?:surname|name)\b"
    r"|\bmarking (?:guide|scheme|rubric)\b|\bmerit list\b|\bexam (?:paper|questions) in advance\b"
    r"|\bwhat the (?:interview |exam |test |assessment )?questions (?:will be|are going to be)\b"
    # who signed, voted or objected, for the person they signed against; when the checks come
    r"|\bwhich (?:respondent|reviewer|employee|student|patient|customer|member|person|colleague) "
    r"(?:it was|wrote|said|left|made|posted)\b|\benough for me to work (?:it|out who)\b"
    r"|\bwhich (?:[\w-]+ ){0,4}(?:are|is) (?:struggling|failing|underperforming|on thin ice|likely "
    r"to be (?:moved|let go|fired|managed out))\b"
    r"|\bwhich of (?:my|your|the) [\w-]+ (?:signed|voted|lodged|filed|complained|objected|"
    r"reported)\b"
    r"|\bwhen['’]?s your next (?:round of )?(?:[\w-]+ ){0,2}(?:inspections?|test purchases?|spot "
    r"checks?|audits?|raids?|checks)\b|\bjust so i know when to\b"
    # off the record: what they pay, their contract, who is struggling, when inspectors come
    r"|\bnothing official\b|\boff the record\b|\bkeep it between us\b|\bbetween you and me\b"
    # someone else's records checked behind their back: "quietly confirm whether he graduated"
    # who is away and when: "when your finance people will be away over Christmas, names and
    # dates"
    r"|\bnames and (?:dates|numbers|emails|addresses|phone numbers)\b"
    r"|\bwhen your (?:[\w-]+ ){0,4}(?:people|staff|team|colleagues|managers) (?:will be|are|go) "
    r"(?:away|off|on holiday|on leave)\b"
    # a rival's figures asked for as learning: "roughly what conversion rate your team sees...
    # just ballpark figures"
    r"|\bwhat (?:conversion|churn|retention|margins?|revenue|occupancy|uptake|click-through|"
    r"attrition)(?: rates?)? (?:you|your (?:team|company|app|firm|business|site|shop))(?: sees?| "
    r"gets?| hits?| has| have| makes?| runs? at| are seeing)\b|\bballpark (?:figures|numbers)\b"
    r"|\b(?:quietly|discreetly|secretly) (?:confirm|check|find out|tell me|let me know|look up|"
    r"ask|pass|send|forward|share|verify)\b|\brather than (?:trouble|bother|ask|involve|alert) "
    r"(?:him|her|them)\b"
    r"|\b(?:totally|just|strictly|all) between us\b"
    r"|\binformally\b|\bin confidence\b"
    r"|\bhow (?:you['’]?ve|you have|you) (?:coped|managed|survived|get by|got by) financially\b"
    r"|\bwhich of your (?:colleagues['’]?|co-?workers['’]?|managers['’]?|teammates['’]?) "
    r"(?:teams )?(?:to avoid|are (?:hard|difficult|bad)|is (?:hard|difficult))\b"
    r"|\bwho is (?:hard|difficult|a nightmare) to work (?:with|for)\b"
    r"|\bwhether the (?:cuts|layoffs|lay-offs|redundancies|job losses) (?:hit|affected|reached|"
    r"touched)\b"
    # someone's movements asked for: "which days and times she usually swipes in"
    r"|\bwhich days (?:and times )?(?:she|he|they|my ex) (?:usually |normally )?(?:swipes? in|"
    r"comes? in|trains?|visits?|arrives?|leaves?|works?)\b"
    # how their system ranks or screens, asked by someone it ranks: "which signals does your
    # ranking model weigh most?"
    r"|\bwhich (?:signals|factors|weights|criteria|keywords) (?:does|do) your (?:[\w-]+ ){0,2}"
    r"(?:model|algorithm|system|ranking|ats|filter|screener) (?:weigh|use|favou?r|prioriti[sz]e|"
    r"look for|screen)\b"
    # other people's private dealings named for the writer: "which of your candidates are about
    # to accept offers", "which of the GPs near you write the most scripts"
    r"|\bwhich of (?:your|the) (?:[\w-]+ ){0,2}(?:clients|customers|candidates|patients|"
    r"students|tenants|members|staff|employees|colleagues|gps|doctors|buyers|donors|suppliers)"
    r"(?: near you| in your [\w-]+)? (?:are (?:about|planning|likely|going) to|are leaving|"
    r"(?:write|spend|earn|buy|order|prescribe|owe)s? (?:the )?(?:most|more|least))\b"
    r"|\bwhat (?:are |do )?you (?:pay|paying|earn|charge|make)\b|\b(?:a )?copy of your (?:contract|"
    r"lease|payslip|tax return|bank statements?|offer letter)\b|\bquietly (?:struggling|cutting|"
    r"failing|laying off)\b|\byou['’]?ll hear things\b|\bwhen the (?:inspectors?|auditors?|"
    r"inspection|audit) (?:is|are|will|might)\b"
)
# A long stretch of their time: more than a stranger or an acquaintance should ask for.
LONG_TIME = _p(
    r"\b(?:for|spare|have|find|give me|take|borrow|need|book) (?:an|one|a full|a whole) hour\b"
    r"|\b(?:be|become|act as) my (?:mentor|coach|sponsor)\b"
    # a standing check-in: "a quick check-in every evening", "a call every week"
    r"|\b(?:check-in|check in|call|message|chat|catch-up|review) (?:with you )?every (?:evening|"
    r"morning|day|night|weekday|week)\b"
    r"|\b(?:1|an|one|a full|a whole)[- ](?:hr|hour)(?:-long)? (?:of your time|with you|(?:video |"
    r"phone |zoom )?call|chat|"
    r"meeting|"
    r"session|coffee|on a call|to go through)\b|\bhour-long\b"
    r"|\b(?:forty|forty-five|fifty|sixty|ninety|"
    r"[4-9]\d|1\d\d)[- ]?(?:minutes?|mins?)\b|\b(?:two|three|2|3|a couple of|several) hours\b"
    r"|\ba longer (?:video )?(?:call|chat|meeting|session|conversation)\b"
    r"|\b(?:around|about|roughly|over|at least) an hour\b"
    r"|\bshadow(?:ing)? (?:you|your [\w-]+)\b"
    # days or weeks of the reader doing something for the writer: "use it for a week", "come
    # along to his appointments", "film there over four mornings"
    r"|\b(?:use|test|try|run|host|mind|watch|cover|keep|store|translate|drive|film|judge|mentor|"
    r"mentoring|coaching|coach|teach|look after|take care of|take over|help out|come along)\b"
    r"[^.?!\n]{0,40}\b"
    r"(?:for|over|across) (?:the next )?(?:a|one|two|three|four|five|six|eight|ten|twelve|several|"
    r"a few|a couple of|\d+) "
    r"(?:full |whole )?(?:days?|weeks?|months?|mornings|afternoons|evenings|weekends|sessions|"
    r"shifts)\b"
    r"|\b(?:for|over) the (?:whole |entire )?(?:day|week|weekend|month|term|summer|season)\b"
    r"|\b\d{2,}[- ]pages?\b"
    r"|\bfor the rest of the (?:year|month|term|season|summer|quarter|project)\b"
    r"|\buntil (?:i['’]?m|we['’]re|i am|we are) back (?:next|in|from)\b"
    # a piece of work made for the writer: "put together a learning plan for me"
    r"|\b(?:put together|draw up|write|make|create|design|build|map out|plan out) (?:me )?"
    r"(?:a |an )?"
    r"(?:[\w-]+ ){0,2}(?:plan|curriculum|syllabus|programme|program|roadmap|schedule)"
    r"(?! for (?:yourself|your))\b"
    # or written out for them: "write out for me the steps", "a detailed plan"
    r"|\b(?:write|spell|lay|map|set) (?:it )?(?:out|up|down) (?:for me )?(?:the|a|all the|every) "
    r"(?:[\w-]+ ){0,2}(?:steps|plan|roadmap|path|process|guide)\b"
    r"|\ba (?:detailed|full|complete|step-by-step|thorough) (?:[\w-]+ )?(?:plan|roadmap|"
    r"breakdown|guide|write-?up|walkthrough|rundown)\b"
)
# Pressure: a deadline no one agreed to.
RUSH = _p(
    r"\b(?:this week(?! or next)|today|tonight|asap|a\.s\.a\.p|as soon as possible|by tomorrow|"
    r"by (?:monday|"
    r"tuesday|wednesday|thursday|friday|end of (?:the )?(?:day|week))|urgent\w*|right away|"
    r"immediately|by eod|(?:by|before) (?:the )?end of (?:the |this )?(?:day|week|month)|"
    r"within (?:24|48) hours|in the next (?:hour|day|24 hours)|before (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|the weekend)|(?:by|before) (?:noon|midday|"
    r"midnight|lunch(?:time)?|tomorrow|the morning|\d{1,2}(?::\d\d)? ?(?:am|pm)))\b"
    rf"|\b(?:deadline is|it (?:closes|is due|ends)|(?:closes|closing|due|ends) (?:on )?)"
    rf"(?: on)? (?:today|tonight|tomorrow|this week|{DAYS}|friday)\b"
)
