"""What an ask costs the reader: the cues of an ask too big for the relationship.

Everything, all of their network, money or a loan, their name on the writer's papers, a referee
from someone who never saw the work, a commitment made in their name, their boss, days of their
time, a job outright, a deadline no one agreed to. :mod:`rapport.messages.asks` weighs these
against the relationship the situation or the text reveals. They run on the lower-cased message.
"""

from rapport.messages.cues import DAYS
from rapport.messages.patterns import _p

# Asks too large for almost any relationship: everything, all of their network, money, now.
HUGE_ASK = _p(
    r"\bevery(?:one|body| single)?\b"
    r"|\ball (?:of )?your (?:clients|contacts|investors|network|connections|customers|leads|"
    r"friends|colleagues|followers|partners)\b"
    r"|\b(?:introduce|intro) me to (?:everyone|everybody|all)\b"
    r"|\blead(?:ing)? (?:the|our|this|a|my) (?:[\w-]+ )?round\b|\bpre-?seed\b"
    # (money asked for: "invest in", "an investment from"; not "life on the investing side")
    r"|\binvest\b|\binvesting (?:in|into)\b|\binvestments? (?:in|into|of|from|for)\b"
    r"|\b(?:seed round|funding round|series a|angel round|donat\w+|"
    r"lend me|loan me|wire|venmo|paypal)\b|\b(?:fund|back|sponsor|finance) (?:me|us|my|our)\b"
    r"|[$£€₹¥₦₱₩₺₴₽₫₪฿] ?\d|\br ?\d{1,3}(?:[ ,]\d{3})+\b|\b(?:usd|eur|gbp|cad|aud|inr|kes|ngn|ghs|"
    r"zar|chf|nzd|sgd|hkd|aed|brl|pln|sek|nok|dkk|jpy) ?\d|\bbridg(?:e|ing) (?:loan|of)\b"
    r"|\bcover (?:her|his|their|my|our|the) (?:[\w-]+ )?(?:costs|fees|expenses|salary|stipend)\b"
    # the bill for the writer's own meeting passed to the reader: "could you cover it or expense it"
    r"|\b(?:cover|expense|pay for|pick up) (?:it|the bill|the tab|the cost|lunch|dinner|the coffee)"
    r"(?: or (?:cover|expense|pay for) it)? (?:through|on) (?:work|your company|your card)\b"
    r"|\bhoping you (?:could|might|would) (?:cover|expense|pay for|pick up) (?:it|the bill|the tab|"
    r"the cost|lunch|dinner)\b"
    r"|\byour (?:[\w-]+ )?(?:licen[cs]e|registration|practising|prescriber|vat) number\b"
    r"|\b(?:order|buy|register|sign|file|bill|prescribe|invoice) (?:it |them )?under (?:yours|your "
    r"(?:name|number|licen[cs]e|registration|account))\b"
    r"|\b\d[\d,.]* ?(?:k|grand|dollars|pounds|euros|usd|eur|gbp|cad|aud|inr|chf|nzd|"
    r"sgd|hkd|zar|rand|złoty|zloty|pln|euro|kr|sek|nok|dkk|kronor|krona|kroner|yen|jpy|yuan|rmb|"
    r"rupees?|naira|ngn|kes|shillings?|cedis?|ghs|lira|pesos?|reais|brl|francs?|dirhams?|aed)\b"
    r"|\b(?:nz|us|au|c|a|s|hk)\$ ?\d"
    r"|\bsponsor(?:ing)? (?:the|this|our|my|it)\b|\bsponsorship\b"
    r"|\bsponsor(?:ing)? (?:a|one|two|three|\d+|the next|another) (?:month|week|year|night|term|"
    r"season|place|child|family|seat|stall|table)\b"
    # their property lent, their pay disclosed
    r"|\b(?:borrow|lend (?:us|me)|use) (?:your|her|his|their) (?:[\w-]+ )?(?:boat|car|van|truck|"
    r"ute|tractor|harvester|house|flat|cottage|cabin|villa|apartment|studio|equipment|camera|drone|"
    r"login|account|card)\b"
    r"|\bwhat you(?:['’]re| are)? (?:actually )?(?:paid|earn|make)\b|\byour (?:salary|pay ?slips?|"
    r"payslips?|bonus|compensation|pay package)\b"
    # a post made or held for the writer, a place on their stage
    r"|\bhold (?:the|that|this) (?:role|job|position|post|vacancy|place|offer)\b"
    r"|\b(?:create|creating|make|making|find|finding|open|opening) (?:a |an )?(?:[\w-]+ )?"
    r"(?:job|role|position|post|opening|vacancy) for me\b"
    r"|\bjoin you (?:up there |on stage |on the panel )?as (?:a |your )?(?:speaker|panell?ist|"
    r"co-?host|guest)\b|\b(?:a )?(?:speaking )?(?:slot|seat|spot|place) on (?:your|the) "
    r"(?:panel|stage|programme|program|agenda|line-?up)\b"
    # a gift asked for
    r"|\bcount on your (?:support|donation|gift|pledge|generosity)\b|\ba gift of any size\b"
    r"|\b(?:give|gift|pledge|donate) (?:what|whatever) you can\b"
    # a roof asked for: a room, a sofa, weeks or months under their roof
    r"|\bspare (?:room|bed|sofa|couch)\b"
    r"|\bstay (?:with you|at yours|at your (?:place|flat|house|home)|in your (?:[\w-]+ )?"
    r"(?:room|flat|"
    r"house|home|place|apartment))\b|\b(?:crash|sleep|stay) on your (?:sofa|couch|floor)\b"
    r"|\b(?:crash|crashing|kip|kipping|couch-?surf\w*|sleep|sleeping|lodge|lodging) (?:at|in|on) "
    r"your (?:[\w-]+ )?(?:place|flat|house|home|apartment|sofa|couch|floor|room|pad)\b"
    # a standing claim on their time: a call every week, "be my mentor"
    r"|\b(?:hour|hours|call|calls|session|sessions|meeting|meetings|chat|chats)(?: of your time|"
    r" with you)? (?:each|every|a|per) (?:week|fortnight|month)\b"
    r"|\b(?:weekly|fortnightly|monthly|regular|ongoing)(?: (?:weekly|fortnightly|monthly))? "
    r"(?:calls?|sessions?|meetings?|check-ins?|catch-?ups?|chats?)\b"
    r"|\b(?:be|become|act as) my (?:[\w-]+ )?(?:mentor|coach|sponsor|supervisor|adviser|advisor|"
    r"guarantor|co-?signer)\b|\b(?:supervise|sponsor) me\b|\bco-?author (?:my|our|a|the)\b"
    r"|\b(?:a|your|an) (?:free|spare|whole|full|entire) (?:afternoon|morning|evening|day|weekend)\b"
    r"|\byour (?:full|whole|entire|complete) (?:[\w-]+ ){0,2}(?:list|database|spreadsheet|"
    r"directory|roster|address book|contact list)\b"
    # all of something of theirs: "your whole herd", "your entire list"
    r"|\b(?:on|to|with|from|of|use|borrow|access|across) your (?:whole|entire) [\w-]+"
    # a word in the ear of those who decide: "a quiet word with the committee beforehand"
    r"|\b(?:quiet|private|discreet|good) word with (?:the |a few |some )?(?:[\w-]+ )?(?:members|"
    r"committee|panel|board|judges|assessors|council|councillors|planners|selectors|"
    r"interviewers|examiners|trustees)\b"
    # the people who give them money or work, listed for the writer
    r"|\b(?:list|book|details|names|numbers|emails|addresses) of your (?:[\w-]+ )?(?:donors|"
    r"clients|customers|contacts|suppliers|members|patients|supporters|subscribers|funders)\b"
    r"|\byour (?:[\w-]+ )?(?:donors|funders|client book|client list|customer list|mailing list|"
    r"supporters|supplier list|suppliers|vendor list)\b"
    # their premises, land or animals put to the writer's use
    r"|\b(?:run|host|hold|use|borrow|take over|keep|store|park|test|trial|shoot|film)\b"
    r"[^.?!\n]{0,40}\b(?:in|at|on|of|with) your (?:[\w-]+ )?(?:dining room|kitchen|venue|premises|"
    r"restaurant|shop|workshop|hall|studio|office|warehouse|land|farm|herd|field|fields|barn|"
    r"garage|van|truck|flat|house|home|lab|clinic|ward|school|classroom)\b"
    # a record bent: a date moved, the truth stretched, a form signed "as a formality"
    r"|\b(?:stretch|bend|fudge|round up|tweak|massage) (?:the )?(?:truth|dates?|numbers|facts|"
    r"figures|hours)\b|\bback-?dat\w+|\bjust a formality\b|\brather than (?:19|20)\d\d\b"
    # their institution as the writer's front: lead applicant, host, funds in its name
    r"|\b(?:be|act as|stand as) (?:the )?(?:lead|principal|named) (?:applicant|investigator|"
    r"partner)\b|\bhost (?:the|our|my) (?:grant|funds|money|project|award)\b"
    r"|\b(?:receive|hold|take|accept) (?:the )?(?:funds|money|payments?|donations?|grant)\b"
    r"[^.?!\n]{0,30}\bin (?:its|your|their) (?:own )?name\b"
    # what they hold in trust: unpublished data, internal prices, the scoring before it is out
    r"|\b(?:raw|unpublished|full unpublished|non-public) (?:[\w-]+ )?(?:dataset|data|files|results|"
    r"figures|numbers|records)\b"
    r"|\b(?:confidential|internal|inside) (?:[\w-]+ ){0,2}(?:data|files|figures|numbers|schedule|"
    r"pricing|prices|rates|scoring|criteria|documents|information|list|channels?|slack|wiki|docs?|"
    r"drive|tools?|systems?|database|memos?|emails?|roadmap|deck)\b"
    r"|\b(?:price|pricing|rate|fee) (?:schedule|sheet)\b|\bhow the scoring will be\b"
    r"|\b(?:treat|keep) (?:it|this|them) (?:as |strictly )?confidential\b"
    r"|\bbefore (?:it|they|that|the [\w-]+)(?:['’]s| goes| go| is| are) (?:public|out|live|"
    r"published|advertised|announced|posted|official)\b"
    r"|\b(?:what|how) the (?:[\w-]+ )?(?:panel|interviewers|judges|assessors|"
    r"committee) (?:will|is going to) (?:focus|score|look|ask)\b"
    r"|\bbefore the (?:formal|official|tender|public) (?:documents|papers|release|announcement|"
    r"call)\b"
    # their duty to patients, clients or employer broken for the writer: a look at someone's
    # chart or bank balance, the hiring team's question bank (internal channels: see above)
    r"|\b(?:her|his|their|a patient['’]?s?|the patient['’]?s?) (?:medical )?(?:chart|scans?|"
    r"test results|blood (?:tests?|results)|mri|x-?rays?|medical (?:records?|notes|file|history))\b"
    r"|\b(?:keeps?|has|have) (?:a )?(?:healthy |good |decent )?(?:bank )?balance\b"
    r"|\b(?:their|his|her) (?:bank )?(?:balances?|account balances?|credit (?:history|score))\b"
    r"|\b(?:question bank|answer key|(?:take-home|interview|hiring|marking) (?:rubric|questions))\b"
    r"|\bthe (?:exact |actual )?take-home\b|\b(?:questions|rubric|scoring sheet) (?:your|the) "
    r"(?:panel|interviewers|hiring team|team|committee) (?:uses?|asks?|scores? with)\b"
    # their employer's letterhead, staff perks, a colleague's leave, a paid-for review
    r"|\b(?:on|with) (?:your|the) (?:company['’]?s? |firm['’]?s? |official |office |"
    r"hospital['’]?s? |school['’]?s? |university['’]?s? )?letterhead\b"
    r"|\b(?:list|add|register|put|name) (?:them|him|her|me|us|my [\w-]+) (?:down )?as (?:your|a) "
    r"(?:[\w-]+ ){0,2}(?:relatives?|family|dependants?|dependents?|spouse|partner|employees?|"
    r"staff|tita|tito|aunt|uncle|cousin)\b|\bstandby pass\w*|\bstaff (?:travel|discount)\b"
    r"|\b(?:he|she|they|him|her)(?:['’]s| is| are|['’]re)? (?:on|off) (?:medical |sick |stress |"
    r"long-term sick |maternity )?(?:leave|sick)\b|\b(?:medical|sick) leave\b"
    r"|\b(?:five|5)[- ]star (?:review|rating)s?\b|\b(?:review|rating)s? on (?:amazon|google|"
    r"goodreads|yelp|tripadvisor|trustpilot|the app store)\b"
    # an anonymous review unmasked: "were you Reviewer 2?"
    r"|\b(?:were|are) you (?:the )?(?:anonymous |blind )?(?:reviewer|referee) ?(?:\d|#\d|one|two|"
    r"three)?\b|\b(?:anonymous|blind) (?:reviewer|referee)s?\b"
    # money routed through their account, their word given in a legal case
    r"|\b(?:transfer|payment|money|funds|deposit|it)\b[^.?!\n]{0,40}\b(?:to|into|through|via|"
    r"in) your (?:own |personal |bank |business )?(?:bank )?account\b"
    r"|\b(?:witness statement|statement for (?:my|the) (?:lawyer|solicitor|tribunal|case|court|"
    r"hearing|claim)|testify|give evidence|be (?:a|my) witness|affidavit|sworn statement)\b"
    # a rival's plans: "what take rates are you planning for Q3? even rough numbers help"
    r"|\bwhat (?:[\w-]+ ){1,6}are you (?:planning|budgeting|charging|quoting) (?:for|in) "
    r"(?:q[1-4]|next (?:quarter|year|season))\b|\beven rough (?:numbers|figures)\b"
    r"|\b(?:client|customer|donor|patient|candidate|member|supplier) (?:list|database|data|records|"
    r"details|files)\b|\b(?:your|the) crm\b"
    r"|\b(?:a second opinion|an informal (?:opinion|diagnosis|verdict))\b"
    r"|\b(?:forward|send|show) you (?:the|his|her|their|my [\w-]+['’]s) (?:scans|x-?rays|mri|"
    r"test results|blood results|biopsy|medical (?:records|notes|report))\b"
    # their address, account or staff discount lent out
    r"|\b(?:through|under|with) your (?:[\w-]+ ){0,2}(?:portal|login|registration|licen[cs]e|"
    r"practising number|agent number|stamp|signature)\b"
    r"|\bput yours down\b|\b(?:use|borrow|put down|register at|register under) your (?:address|"
    r"postcode|account|login|card|staff card)\b"
    r"|\byour (?:staff|employee|trade|staff-only|friends and family|member|members['’]?) "
    r"(?:rate|discount|price|pricing)\b"
    # professional work for nothing, and a job taken as promised by someone else
    r"|\bpro bono\b|\bfree of charge\b|\bfor (?:free|nothing)\b"
    r"|\bsort me (?:out )?with (?:a |an )?(?:place|job|role|post|position|spot|interview|"
    r"internship)\b"
    # a job found for the writer's relative
    r"|\b(?:find|get|give|offer|arrange) (?:him|her|them|my [\w-]+) (?:a |an )?(?:post|job|role|"
    r"position|place|placement|interview|internship)\b"
    # their space for the writer's goods, their stage for free, the writer's firm on their list
    r"|\b(?:room|space) to (?:keep|store|hold|park)\b|\bstore (?:our|my) [\w-]+ (?:in|at) your\b"
    r"|\b(?:give|gave|deliver|do|doing) (?:the |a |our )?(?:opening |closing )?keynote\b"
    r"|\b(?:make sure|ensure|see (?:to it )?that) (?:our|my) (?:[\w-]+ )?(?:firm|company|business|"
    r"bid|application|name|tender) (?:is|gets|will be) (?:added|included|shortlisted|selected|"
    r"approved|chosen|listed)\b"
    r"|\bunpaid\b|\b(?:one|two|three|four|\d) (?:days?|evenings?|mornings?|afternoons?) a week\b"
    # their bosses and partners put in front of the writer
    r"|\bintroduce me to (?:the )?(?:[\w-]+ ){0,4}at your\b"
    r"|\byour (?:[\w-]+ )?(?:biggest|largest|top|main|best|key) (?:clients|customers|accounts|"
    r"donors|buyers)\b"
    r"|\bintroduce me to your (?:[\w-]+ )?(?:partners|investors|lps|board|boss|ceo|coo|cfo|"
    r"director|directors|clients|head of)\b"
    r"|\b(?:set up|arrange|book|get me|line up) (?:a |some )?(?:meetings?|calls?|time|intros?) "
    r"(?:for me )?with (?:your|the) (?:[\w-]+ ){0,2}(?:head|heads|ceo|coo|cfo|cto|director|"
    r"directors|boss|manager|managers|board|partners|team)\b"
    # the writer's deck or CV put before their partners: "share our deck with your fund"
    r"|\b(?:with|to|before) (?:the |all the |your )?(?:partners|investors|board|directors|"
    r"principals|committee) (?:at|in|of|on) your\b"
    # their colleagues handed the writer's details: "pass my details to the other managers"
    r"|\b(?:to|with|among) (?:all )?(?:the )?other (?:[\w-]+ ){0,2}(?:managers|colleagues|"
    r"partners|buyers|directors|heads|leads|members|staff|people|teams|doctors|teachers|"
    r"officers) (?:in|at|on|across) your\b"
    # their name on the writer's record: a sign-off, a certificate, a reference not earned
    r"|\b(?:sign|signing|countersign\w*|certify\w*|verify\w*|attest\w*|endorse\w*) (?:off )?"
    r"(?:on )?my (?:[\w-]+ ){0,2}(?:portfolio|form|forms|timesheet|hours|logbook|log book|"
    r"competenc\w+|application|record|placement|paperwork|visa)\b"
    r"|\b(?:you|to|please) (?:read|review|edit|check|go through) (?:all|every (?:page|word)|the "
    r"whole|the entire)\b|\bline[- ]by[- ]line\b"
    # a year of their work: a book written together, a project over months
    r"|\bco-?(?:write|writing|author|authoring|host|hosting|run|running|teach|teaching)\b"
    r"[^.?!\n]{0,40}\bwith me\b"
    r"|\bme (?:the|a|your) (?:full|whole|entire|complete) (?:list|database|spreadsheet|"
    r"directory|roster|book) of (?:your|the)\b"
    r"|\b(?:you|please) (?:\w+ ){0,2}(?:get|find|give|hand|offer) me (?:a |an |some )?"
    r"(?:[\w-]+ ){0,3}"
    r"(?:job|hired|interview|role|position|work|clients|contract|referral)\b"
    r"|\byour (?:contacts|whole network|entire network|network|investors|agent|editor)\b"
    r"|\bas many (?:as possible|people|contacts|of them)\b|\b\d{2,}[- ]page\b"
    r"|\b(?:send|pass|forward|circulate)\w* (?:it|this|them|my [\w-]+) "
    r"(?:round |around |on |along )?"
    r"to (?:your|all|everyone)\b"
    r"|\b(?:dollars|pounds|euros|bucks|thousand|grand)\b|\bpay (?:for|off) (?:my|me)\b"
    r"|\b(?:cover|fund|sponsor|finance|pay) (?:my|the) (?:[\w-]+ ){0,2}"
    r"(?:fees?|rent|costs?|tuition|course|certificate|trip|loan|bills?)\b"
    r"|\b(?:a |half a |\d+ )?(?:million|billion)\b|\b\d+ ?(?:m|mn|bn)\b|\bcheque\b"
    r"|\b(?:pre-?seed|seed|series [a-d]|funding|investment|angel|bridge) (?:round|cheque|check)\b"
    r"|\blead (?:our|my|the) round\b|\b(?:spot|front|advance) me\b"
    r"|\b(?:cash ?app|zelle|revolut|wallet address|e-?transfer)\b|\bsponsors(?:hip)?\b"
    # other people's time spent at the writer's request: "bring your whole team", "all the partners"
    r"|\b(?:bring|invite|introduce|connect|refer|forward|send|loop in|arrange|get)\b[^.?!\n]{0,30}"
    r"\b(?:(?:your|the) (?:whole|entire) (?:[\w-]+ ){0,2}(?:team|department|company|firm|fund|"
    r"office|staff|list)|(?:all|each|every one|the other) (?:of )?(?:the |your )?(?:partners|"
    r"investors|clients|managers|recruiters|directors|colleagues))\b"
    # a working life asked for: leave a job, work unpaid, found a company, days of shadowing
    r"|\b(?:join|start|found) (?:me|us)? ?as (?:a |my |our )?co-?founders?\b"
    r"|\b(?:quit|leave) (?:your|the) (?:[\w-]+ ){0,2}(?:and|to) (?:join|work|come)\b"
    r"|\bfor (?:a|one|the) (?:full|whole|entire) (?:week|month|day|fortnight)\b"
    r"|\bshadow (?:you|your)\b|\bsit in on (?:your|all your)\b"
    # a job asked for outright: "hire me", "get me onto your team", "skip the interviews"
    r"|\b(?:hire|employ|take on|bring on|bring in|onboard|recruit|place) me\b"
    r"|\b(?:take|bring) me on(?: board)?\b"
    r"|\b(?:get|put|take|bring|slot|fit|squeeze|add) me (?:onto|into|on|in|to) (?:your|the) "
    r"(?:[\w-]+ ){0,2}(?:team|company|firm|group|department|org|organi[sz]ation|staff|payroll)\b"
    r"|\b(?:a|any|the) (?:job|role|position|place|spot|seat|opening|post) (?:on|in|at|with) your "
    r"(?:[\w-]+ ){0,2}(?:team|company|firm|group|department|org|organi[sz]ation|staff)\b"
    r"|\b(?:skip|skipping|bypass\w*|jump\w*) the (?:interviews?|hiring process|process|"
    r"application|queue|line)\b"
    r"|\b(?:move|push|fast-?track|bump|advance|put|get|forward) my (?:[\w-]+ )?(?:application|"
    r"cv|resume|résumé|candidacy|file) (?:to|through|into|onto|up|ahead|forward|straight)\b"
    r"|\bfast-?track (?:me|my)\b"
    r"|\b(?:share|send|pass|forward|circulate|show)\w* (?:it|this|them|my [\w-]+) "
    r"(?:on |along |around |round )?(?:with|to) (?:anyone|anybody|everyone|everybody|whoever|"
    r"any (?:recruiters?|managers?|companies|firms|contacts?))\b"
)
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
# Their name lent to the writer's record: too much from anyone who is not close, however
# politely it is put ("could I put your name down as a reference? no pressure").
VOUCH = _p(
    r"\bput your name (?:down|forward|on|as)\b|\b(?:use|list|name|give|put) you (?:down )?as (?:a |"
    r"my |one of my |an )?(?:reference|referee|guarantor|sponsor|advis[oe]r|mentor|endorser)\b"
    # their word given to others about the writer: "could you describe me to clients as..."
    r"|\b(?:describe|present|pitch|represent|put) me (?:to (?:[\w-]+ ){1,3})?as (?:having|an? |"
    r"someone|the)\b"
    r"|\b(?:be|being|act as|acting as) (?:a |my |one of my )?(?:reference|referee|guarantor)\b"
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
)
# The writer's need for a referee named anywhere in a note that asks: "they need two referees
# by Friday. Would you be comfortable being one of them?"
REFEREE = _p(
    r"\b(?:referees?|(?:reference|recommendation) letters?|letters? of (?:reference|"
    r"recommendation)|character references?)\b",
    triggers="referee referees reference references recommendation letter letters",
)
# A commitment made in the reader's name before asking: "I've already put you on the programme".
PRESUMED = _p(
    r"\b(?:already|gone ahead and) (?:put|added|listed|booked|announced|named|signed|"
    r"pencilled|penciled) (?:you|your name)\b"
    # a visit or a call announced rather than asked: "I'll drop by your office on Tuesday"
    r"|\bunless (?:you tell me|i hear) otherwise\b"
    r"|\bi['’]ll (?:ring|call|phone) (?:you|your (?:office|desk|team)) (?:tomorrow|today|on|at|"
    r"first thing)\b|\bi['’]ll (?:just |quickly |briefly )?(?:drop|swing|stop|pop|come) "
    r"(?:by|in|round|over)(?: to)? (?:at )?your (?:office|desk|shop|place|house|home|clinic|"
    r"studio)\b"
    # their number handed on before they were asked: "I've given him your number"
    r"|\b(?:i['’]?ve (?:already )?|i (?:already |went ahead and )?)(?:given|gave|passed|sent|"
    r"shared) (?:(?:him|her|them|[\w-]+) )?your (?:number|mobile|email|address|details)\b"
    r"|\bi (?:knew|know) you (?:wouldn['’]?t|won['’]?t) mind\b"
    r"|\bi['’]?m sure (?:as an? [\w-]+ )?you['’]?d (?:want|be happy|love|be glad) to help\b"
    # ("could I put you down as a reference?" asks first: only the past tense is presumed)
    r"|\b(?:i (?:listed|named|gave)|(?:i['’]ve|i have|already|went ahead and) (?:listed|put|named|"
    r"given|gave)) you (?:down )?as (?:my|a|one of my) (?:[\w-]+ )?(?:reference|referee)\b"
    r"|\btold (?:him|her|them) you(?:['’]d| would|['’]ll| will)? (?:probably |definitely |surely )?"
    r"(?:be able to )?(?:sort|help|find|get|look after)\b"
    # a trip booked to see them before they agreed, or a wait where they might pass
    r"|\b(?:booked|bought) (?:a |my |the )?(?:flight|ticket|tickets|train|bus|hotel|trip)\b"
    r"[^.!?\n]{0,90}\b(?:so (?:that )?i can|to|just to|in order to) (?:meet|see|visit) you\b"
    r"|\bhoping to (?:run into|bump into|catch|see) you\b"
    # a gift they are told to keep quiet: "no need to log it anywhere", "just from me, not the
    # company"
    r"|\b(?:no need to|don['’]?t|do not|you needn['’]?t) (?:log|declare|register|report|record|"
    r"mention) (?:it|this|that)\b|\bjust from me,? not (?:from )?the (?:company|firm|business)\b"
    # the request filed before they were asked: "I already sent you the request"
    r"|\b(?:already|just) sent (?:you )?(?:the|a) (?:recommendation |endorsement |reference )?"
    r"(?:request|invite|invitation|form)\b"
    # the reader signed up, booked or enrolled by the writer: "I've set you up as an approver",
    # "I took the liberty of booking a table", "I've put a hold in your calendar"
    r"|\btook the liberty\b|\bi['’]?(?:ve| have) (?:already |just |gone ahead and )?(?:set you up|"
    r"signed you up|added you|enrolled you|registered you|subscribed you|nominated you|"
    r"opted you in|put you (?:down|forward|on|in))\b"
    r"|\b(?:hold|invite|invitation|placeholder|slot)\b[^.?!\n]{0,20}\b(?:in|into|on|to) your "
    r"(?:calendar|diary|schedule)\b|\bi['’]?ll pencil (?:it |you |that |this )?in\b"
    # what they will pay, or receive, unless they act: "return freight is on the receiver",
    # "otherwise we'll invoice", "you'll get a short series of check-ins... reply STOP"
    r"|\b(?:we|i)(?:['’]ll| will) (?:invoice|bill|charge)\b|\bnon-?refundable\b"
    r"|\b(?:return |)(?:freight|postage|shipping|delivery)(?: costs?)? (?:is|are|will be) "
    r"(?:on|paid by|at the cost of) (?:you|the (?:receiver|recipient))\b"
    r"|\bat your (?:own )?(?:cost|expense)\b"
    r"|\byou['’]?ll (?:get|receive|start getting|be getting) (?:a |an |our )?(?:short |brief |"
    r"regular |weekly |monthly )?(?:series|sequence|drip|run) of\b|\breply stop\b"
    # what they are told not to look at before they act: "no need to open the attachments"
    r"|\b(?:no need to|don['’]?t need to|you needn['’]?t) (?:open|read|check|review|look at|look "
    r"through) (?:the |them|it)\b|\bjust click (?:approve|accept|yes|confirm|sign)\b"
    r"|\bjust (?:accept|approve|sign) (?:it|and|the)\b"
    r"|\b(?:send|sending|resend|resending) (?:this|it) again every\b|\buntil i hear back\b"
    # round them, to the people beside them: "I've written to your assistant", "sent the same
    # question to your manager", "I'll ask your colleague and say you passed it on"
    r"|\b(?:written|wrote|emailed|messaged|sent|asked|copied|looped in) (?:it |this )?(?:to )?"
    r"your (?:executive |personal )?(?:assistant|ea|pa|manager|boss|team|colleagues|ceo|"
    r"secretary)\b|\bsent the same (?:q|question|note|message|email|ask) to\b"
    r"|\b(?:mention|mentioning|say|saying|tell (?:them|her|him)) (?:in my (?:application|cover "
    r"letter|email|form) )?(?:that )?(?:you (?:passed it on|"
    r"sent me|referred me|suggested (?:i|me))|we['’]?ve been in touch)\b",
    triggers="already gone otherwise drop swing stop pop come ring call phone given gave passed "
    "sent shared knew know told sure listed named booked bought hoping just no don't don’t dont "
    "do you needn't needn’t neednt took i've ive i have hold invite invitation placeholder slot "
    "i'll i’ll ill we'll we’ll well will non-refundable nonrefundable refundable freight postage "
    "shipping delivery at you'll you’ll youll reply written wrote emailed messaged asked "
    "copied looped mention mentioning say saying tell send sending resend resending until",
)
# Said anywhere in a note that asks, whoever the reader is: the ask is bigger than it looks. A
# formal act played down ("it's really just a signature", "just a name on the form"), credit
# claimed on their work, or a queue behind the one question ("I have nine more lined up").
BIGGER_THAN_SAID = _p(
    r"\b(?:just|only|simply|merely|nothing more than) (?:a |an |your )?(?:quick |simple )?"
    r"(?:signature|e-?signature|countersignature|name on (?:the|a|our) (?:form|application|patent|"
    r"paper|filing|list)|formality|rubber[- ]stamp)\b"
    r"|\b(?:add|adding|list|listing|name|naming|credit|crediting|include|including|put|putting) "
    r"me (?:on |down )?as (?:a |an |the )?(?:co-?inventor|inventor|co-?author|author|co-?founder|"
    r"director|partner|shareholder)\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|a few|more|questions|"
    r"others) (?:more )?lined up\b|\ban? (?:ongoing|regular|weekly|monthly) (?:thread|series|"
    r"check-in|mentoring|mentorship)\b"
    # the blame, or the decision, put in their name in writing: "confirming it was your call"
    r"|\bconfirm(?:ing|s)? (?:in writing )?(?:that )?(?:it|this|the [\w-]+(?: [\w-]+)?) was your "
    r"(?:call|decision|recommendation|idea|fault|responsibility|advice|instruction)\b"
    r"|\bin writing in case\b"
    # a word with someone who will judge the writer: "I see you're on my interview panel"
    r"|\b(?:you['’]re|you are|you['’]ll be|you will be) on my (?:[\w-]+ )?(?:interview |hiring "
    r"|selection )?panel\b"
    # their vote or their records handed over: "naming me as your proxy", "run one quick lookup"
    r"|\b(?:naming|name|appoint|appointing|make|making) me (?:as )?your proxy\b"
    r"|\b(?:run|do) (?:a |one )?(?:quick |small )?(?:lookup|look-up|search) (?:on|for|in|under)?"
    r"|\bwhether (?:a|an) (?:profile|account|record|file) exists\b"
    # a "question" that hands them a pile of the writer's data: "I've attached our export of
    # 1,140 complaints. Which three would you fix first?"
    r"|\b(?:attached|attaching|attach|sending|here['’]?s|here is|shared|sharing) (?:you )?(?:is )?"
    r"(?:our|my|the) (?:[\w-]+ ){0,2}(?:export|spreadsheet|dataset|data set|backlog|log|dump|"
    r"list|database) (?:of|with) (?:\d{1,3}(?:,\d{3})+|\d{3,}|hundreds|thousands)\b",
    triggers="just only simply merely nothing add adding list listing name naming credit "
    "crediting include including put putting lined a an confirm confirming confirms in naming "
    "appoint appointing make making run do whether you're you’re youre you you'll you’ll youll "
    "attached attaching attach sending here's here’s heres here shared sharing",
)

# The writer's legal fight: any favour asked alongside it draws the reader into the case.
LEGAL_CASE = _p(
    r"\b(?:my|our) (?:lawyer|solicitor|attorney|barrister|legal team)\b"
    r"|\b(?:labour|labor|employment) tribunal\b|\b(?:tribunal|court) (?:claim|case|hearing)\b"
    r"|\b(?:suing|lawsuit)\b",
    triggers="my our labour labor employment tribunal court suing lawsuit",
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
)
# What is not theirs to give a near-stranger: inside figures, who complained, the marking guide.
INSIDE_INFO = _p(
    r"\b(?:internal|confidential|private|real|actual) (?:numbers|figures|data|metrics|pay bands|"
    r"salary bands|prices|pricing|margins)\b"
    r"|\bhow (?:many|much) (?:[\w-]+ ){0,2}(?:does|do) your (?:app|company|firm|team|business|"
    r"clinic|shop|platform|agency|department) (?:receive|get|make|earn|sell|charge|pay|spend)\b"
    r"|\bwho (?:filed|made|wrote|lodged|raised) the (?:complaint|report|grievance)\b"
    r"|\bmarking (?:guide|scheme|rubric)\b|\bmerit list\b|\bexam (?:paper|questions) in advance\b"
    # off the record: what they pay, their contract, who is struggling, when inspectors come
    r"|\bnothing official\b|\boff the record\b|\bkeep it between us\b|\bbetween you and me\b"
    # someone else's records checked behind their back: "quietly confirm whether he graduated"
    # who is away and when: "when your finance people will be away over Christmas, names and
    # dates"
    r"|\bnames and (?:dates|numbers|emails|addresses|phone numbers)\b"
    r"|\bwhen your (?:[\w-]+ ){0,4}(?:people|staff|team|colleagues|managers) (?:will be|are|go) "
    r"(?:away|off|on holiday|on leave)\b"
    r"|\b(?:quietly|discreetly|secretly) (?:confirm|check|find out|tell me|let me know|look up|"
    r"ask|pass|send|forward|share|verify)\b|\brather than (?:trouble|bother|ask|involve|alert) "
    r"(?:him|her|them)\b"
    r"|\b(?:totally|just|strictly|all) between us\b"
    r"|\binformally\b"
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
    r"|\b(?:1|an|one|a full|a whole) (?:hr|hour)(?:-long)? (?:of your time|with you|call|chat|"
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
)
# Pressure: a deadline no one agreed to.
RUSH = _p(
    r"\b(?:this week|today|tonight|asap|a\.s\.a\.p|as soon as possible|by tomorrow|by (?:monday|"
    r"tuesday|wednesday|thursday|friday|end of (?:the )?(?:day|week))|urgent\w*|right away|"
    r"immediately|by eod|(?:by|before) (?:the )?end of (?:the |this )?(?:day|week|month)|"
    r"within (?:24|48) hours|in the next (?:hour|day|24 hours)|before (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|the weekend)|(?:by|before) (?:noon|midday|"
    r"midnight|lunch(?:time)?|tomorrow|the morning|\d{1,2}(?::\d\d)? ?(?:am|pm)))\b"
    rf"|\b(?:deadline is|it (?:closes|is due|ends)|(?:closes|closing|due|ends) (?:on )?)"
    rf"(?: on)? (?:today|tonight|tomorrow|this week|{DAYS}|friday)\b"
)


# A lie or a hidden breach asked for, or done in their name: too big for any relationship.
# "Nobody would notice", "under the table", "I submitted it under your name", "we don't, but
# if they ring me I'll back you up".
DECEIT = _p(
    r"\b(?:no ?one|nobody) (?:would|will|['’]ll|needs? to|has to|ever has to|is going to) "
    r"(?:ever )?(?:notice|know|find out|check|see|be any the wiser)\b"
    r"|\bbackdat\w+|\bback-dat\w+|\bfudg(?:e|ing) (?:the|it|a|some|those)\b|\bunder the table\b"
    r"|\boff the books\b|\bno questions asked\b|\bturn a blind eye\b|\blook the other way\b"
    r"|\bbend(?:ing)? (?:the|a|one|your) (?:little )?rules?\b"
    r"|\b(?:submitted|sent|signed|uploaded|filed|posted|registered|wrote|written|logged) "
    r"(?:it |one |them |this )?(?:in|under|with) your (?:name|signature|login|account)\b"
    r"|\b(?:misplace|lose|shred|delete|remove|bury|drop) (?:it|that|them|the [\w-]+|one page)"
    r"(?: quietly)? (?:from|out of) (?:his|her|their|the|my|your) (?:[\w-]+ )?(?:file|record|"
    r"records|system|log)\b"
    r"|\b(?:we|i|it|that|they) (?:don['’]?t|do not|doesn['’]?t|isn['’]?t|is not|aren['’]?t|"
    r"didn['’]?t)"
    r"(?: really| actually| strictly)?(?: true)?, but (?:if|when) (?:they|anyone|someone) "
    r"(?:ring|call|ask|check)\b"
    r"|\bpretend (?:that )?you(?:['’]re| are| were| have| had|['’]d)?\b|\bpretend to be\b"
    r"|\bwithout (?:a|the) prescription\b"
    # the record skipped or a claim made up: "no paperwork", "you wouldn't need to actually
    # stock anything", "nobody checks these things", "join and say you're 'evaluating us'"
    # their work copied and handed round free: "I've scanned it and put the PDF on our drive"
    r"|\b(?:scanned|photocopied|ripped|pirated) (?:it|your (?:[\w-]+ ){0,2}(?:book|course|album|"
    r"film|paper|videos?|slides|workbook|guide|manual)|the (?:whole |entire )?(?:book|course|album|"
    r"film))\b[^.?!\n]{0,80}\b(?:for free|shared drive|google drive|dropbox|group chat|"
    r"everyone|all \d+)\b"
    # false witness, a file waved through, or a control to slip past: "you'd just need to say
    # you saw me slip", "if it landed on your desk", "which endpoints are least strict"
    r"|\bsay (?:that )?you (?:saw|heard|witnessed) (?:me|him|her|it|them)\b"
    r"|\bif (?:it|my [\w-]+|the [\w-]+|our [\w-]+) (?:lands|landed|ends up|ended up|comes|came) "
    r"(?:on|across) your desk\b"
    r"|\b(?:least strict|most lax|laxest|least careful|most lenient|easiest to (?:fool|get past|"
    r"get around|bypass|slip past))\b"
    # a reference asked to carry the writer's own claim: "write me a reference saying as much"
    r"|\b(?:reference|letter|testimonial|recommendation) saying (?:as much|so|that (?:i|we)|"
    r"i|we)\b"
    r"|\bno paperwork\b|\b(?:nobody|no ?one) (?:ever |really |actually )?(?:checks|verifies) "
    r"(?:these|those|that|this|it|them|references|cvs|on (?:small|these|those|the)|anyway)\b"
    r"|\bjust put it on (?:the|your|their) (?:cv|resume|résumé|profile|application)\b"
    # money kept off the books: "two percent paid each quarter to a personal account, which
    # never appears on the invoices"
    r"|\b(?:paid|pay|transferred|sent|wired) (?:[\w-]+ ){0,4}(?:to|into) (?:a|your) (?:personal|"
    r"private) (?:account|wallet)\b"
    r"|\bnever (?:appears|shows up|goes) on (?:the |our |your |any |[\w-]+['’]s )?"
    r"(?:invoices?|books|accounts|statements?)\b"
    # an employer's confidential files offered in trade: "I could share our internal churn
    # dashboards"
    r"|\b(?:share|send|pass|give you|show you) (?:you )?(?:our|my (?:employer|company)['’]?s?) "
    r"(?:internal|confidential) (?:[\w-]+ ){0,3}(?:data|numbers|figures|dashboards?|reports?|"
    r"roadmap|documents?|files?)\b"
    r"|\byou (?:wouldn['’]?t|won['’]?t|don['’]?t|do not|would not|will not) (?:need|have) to "
    r"(?:actually|really) (?:stock|sell|supply|carry|be (?:a|an|our) (?:customer|client|"
    r"stockist|partner|supplier|member))\b"
    r"|\b(?:say|said|tell (?:them|him|her|everyone)) (?:that )?you(?:['’]re| are| were)"
    r" (?:[\w-]+ )?[\"“'‘]"
    r"|\bpose as\b|\bposing as\b"
    r"|\bi['’]?ll say you (?:did|worked|were|had)\b"
    r"|\bi['’]?ll (?:back you up|cover for you|vouch for it)\b"
    r"|\b(?:a few |some |a couple of )?(?:small |minor |little )?(?:edits|changes|tweaks) "
    r"(?:to (?:it|your (?:letter|reference|recommendation)) )?before (?:uploading|submitting|"
    r"sending) it\b",
)
