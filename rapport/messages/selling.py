"""Selling: pitches, plugs, canned calls to action and a writer speaking for a business.

A note that sells to someone who never asked treats them as a market, not a person. These
patterns read the commercial shapes in the lower-cased message: an offer, a price, a demo, a
scheme, a product to like or follow, a code or "link in bio", and the company voice ("we've
been building...") that turns a link into a pitch.
"""

from rapport.messages.patterns import A, _p

PLUG = _p(
    r"\b(?:like|follow|subscribe to|check out|watch|listen to|download|buy|pre-?order|support|"
    r"back|join|sign up (?:for|to)|register for|share|grab|get) (?:my|our) (?:[\w-]+ ){0,2}"
    r"(?:page|channel|video|videos|"
    r"podcast|book|newsletter|course|kickstarter|crowdfunding|campaign|app|product|launch|"
    r"webinar|group|community|store|shop|event|masterclass|profile|post|album|song)\b"
    r"|\b(?:back|support|fund) (?:us|me|it) on\b|\b(?:kickstarter|indiegogo|gofundme|patreon)\b"
    r"|\bplease (?:like|share|subscribe|vote|follow|rate)\b|\bvote for (?:me|us|my|our)\b"
    r"|\bleave (?:me |us )?a review\b|\b(?:review|rate) (?:it|my [\w-]+) on (?:amazon|google)\b"
    r"|\blink in (?:my |the )?(?:bio|profile|comments)\b|\buse (?:my|the) (?:code|link)\b"
    r"|\b\d+ ?% off\b|\bsmash (?:that|the) like\b"
    rf"|\b(?:on|in) (?:my|our) (?:[\w-]+ ){{0,4}}(?:podcast|newsletter|channel|show|blog|vlog)\b"
    rf"|\bthis week{A}?s (?:guest|episode)\b|\b(?:episode|ep) ?\d+\b"
    rf"|\bhave you (?:seen|heard (?:of|about)|tried|read|checked out|signed up for) (?:my|our)\b"
    rf"|\b(?:launched|started|released|published|opened) my (?:own )?(?:[\w-]+ ){{0,2}}(?:show|"
    rf"podcast|book|channel|newsletter|course|app|shop|brand|album)\b"
)
PITCH = _p(
    rf"\bour (?:platform|product|solution|software|service|services|tool|agency|offering|app)\b"
    rf"|\bwe help (?:companies|teams|businesses|firms|organi[sz]ations|brands|leaders|clinics|"
    rf"schools|founders|startups|professionals)\b|\b(?:book|schedule|grab|set up) a (?:quick |"
    rf"short |brief )?(?:demo|call|meeting|chat)\b|\bfree (?:trial|consultation|audit|demo|"
    rf"assessment)\b|\bguaranteed\b|\b\d+ ?% (?:more|less|increase|reduction|savings|cost|faster)"
    rf"|\b(?:cut|reduce|boost|increase|double|triple|grow) (?:your )?(?:costs|revenue|sales|leads|"
    rf"pipeline|conversions|roi)\b|\bright person to (?:talk|speak)\b|\bwould you be interested "
    rf"in (?:a|our|learning|hearing)\b|\bi{A}?d love to show you\b|\bquick call to discuss\b"
    rf"|\bhelped \d+\+? (?:teams|companies|clients|businesses)\b|\bexclusive (?:offer|deal)\b"
    rf"|\blimited (?:time|spots)\b|\bpartnership opportunity\b"
    rf"|\bour (?:[\w-]+ ){{1,3}}(?:platform|product|solution|software|service|tool|app|system)\b"
    rf"|\bi help (?:[\w-]+ ){{0,3}}(?:cafés|cafes|restaurants|bakeries|salons|gyms|hotels|"
    rf"charities|pharmacies|landlords|owners|farms|firms|companies|teams|businesses|"
    rf"organi[sz]ations|brands|"
    rf"clinics|schools|founders|startups|agencies|practices|leaders)\b"
    rf"|\b(?:cut|reduce|boost|save|increase)\b[^.?!\n]{{0,40}}\b\d+ ?%|\b\d+\+? hours (?:a|per) "
    rf"(?:week|month)\b|\b\d+[- ]minute demo\b|\bdemo\b|\bmy calendar\b|\bcalendly\b"
    rf"|\b(?:companies|firms|clients|teams) (?:such as|like) [A-Za-z]"
    rf"|\b(?:cuts?|reduces?|saves?|boosts?|increases?|lowers?)\b[^.?!\n]{{0,40}}\b(?:up to )?\d+ ?%"
    rf"|\bfree (?:month|week|trial|consultation|audit|demo|assessment|sample)\b|\breply (?:yes|y)\b"
    rf"|\bsynerg\w*|\bintroductory call\b|\bour (?:[\w-]+ ){{0,2}}(?:services|products|solutions)\b"
    rf"|\b(?:would be|is|are) a (?:great|perfect|good|natural) fit for\b"
    rf"|\blearn more about your (?:business|company|organi[sz]ation|needs|operations)\b"
    rf"|\bi speciali[sz]e in (?:helping|working with)\b"
    rf"|\b(?:professionals|people|clients|companies|firms|businesses|leaders|owners) "
    rf"like (?:yourself|you|yours)\b|\bcomplimentary\b"
    rf"|\blet me know a (?:convenient|good) time\b|\bdiscount\w*|\bpromo(?:tion(?:al)?)? code\b"
    rf"|\bour pricing\b|\bpricing (?:page|plans?|sheet|options)\b|\bready to sign\b"
    rf"|\b(?:company|sales|pitch) deck\b"
    rf"|\bcoupon\b|\bspecial (?:offer|price|pricing|rate|deal)\b|\b\d+ ?% off\b"
    rf"|\b(?:side|secondary|extra|passive|additional) income\b|\bincome stream\b"
    rf"|\bbusiness opportunity\b|\bbe your own boss\b"
    # a recruiting scheme: ambassadors who earn on everyone they bring in
    rf"|\bearn (?:a (?:cut|share|commission) )?(?:on|from) (?:every(?:one|body)?|any(?:one|body)?|"
    rf"each|all) (?:[\w-]+ )?(?:you|who|that)\b|\b(?:brand|regional|campus|student|as|our) "
    rf"ambassadors?\b|\byour own (?:shop|store|sales) page\b"
    rf"|\b(?:great|perfect|good) (?:match|fit) for (?:our|my) (?:team|company|business)\b"
    # commercial offers: a partner scheme, a commission, a free session that sells, "use us"
    rf"|\bpartner(?:ship)? program(?:me)?\b|\baffiliate (?:link|program|programme|code)\b"
    rf"|\b\d+ ?% commission\b|\bwelcome gift\b|\bsend (?:you )?(?:the|a|our) contract\b"
    rf"|\b(?:you|your [\w-]+) (?:could|would|should|might) (?:use|benefit from) (?:us|our)\b"
    rf"|\bfree (?:webinar|masterclass|e-?book)s?\b|\b(?:we|i) (?:\w+ )?(?:host|run|offer|give) "
    rf"(?:a )?free\b"
    # schemes sold as chances: trading returns, a team to join, freedom from a job
    rf"|\b(?:crypto|bitcoin|forex|nft|token) (?:trading|signals|opportunit\w+|investment|profits?|"
    rf"returns|presale|group)\b|\bfinancial freedom\b|\bground floor\b|\bjoin my team\b"
    rf"|\bwork from (?:home|anywhere) opportunit\w+\b"
    rf"|\b(?:call|chat|demo|zoom) to (?:show|walk) you\b|\bshow you how (?:we|our)\b"
    rf"|\bour (?:[\w-]+ ){{0,2}}(?:add-?on|plug-?in|extension|integration|widget|bundle|"
    rf"subscription)\b"
    rf"|\bsave (?:you|each of your|your|every one of your) (?:[\w-]+ ){{0,2}}(?:an?|\d+|several|"
    rf"a few|many) (?:hours?|minutes|days|weeks)\b"
    rf"|\b(?:practices|clinics|shops|studios|agencies|stores|restaurants|schools|salons|"
    rf"bakeries|teams) like (?:yours|yourself|you)\b"
    rf"|\b\d+ ?% (?:per|on each|on every|of each|of every|a|for each|for every) (?:booking|sale|"
    rf"referral|deal|order|sign-?up|lead|client|customer|transaction)\b"
    rf"|\b(?:send|share|show) (?:you )?our deck\b"
    rf"|\bwould (?:slot|fit|plug|sit) (?:nicely |perfectly |right |neatly |straight )?into your\b"
    rf"|\b(?:with|for) (?:just|only) (?:[$£€] ?\d|\d[\d,.]* ?(?:dollars|pounds|euros|usd|eur|"
    rf"gbp|bucks)\b)"
    rf"|\b(?:doubled|tripled|10x\w*|grew) my (?:savings|money|income|portfolio|pension)\b"
    rf"|\b(?:trading|arbitrage|crypto) (?:bot|robot|algorithm|system)\b"
    rf"|\b(?:show|walk) you (?:something|a tool|an idea|a way|how (?:we|our|my)|what (?:we|our|my))"
    rf"\b[^.?!\n]{{0,30}}\bfor your (?:[\w-]+ ){{0,2}}(?:margins?|business|revenue|sales|costs?|"
    rf"team|bottom line|bookings|shop|store|clinic|practice)\b"
    # a fee on what the writer wins for the reader, and the paperwork that sells it
    rf"|\b(?:take|charge|keep|get) (?:just |only |a )?\d+ ?% (?:of|on)\b"
    # trade terms: a rate extended, a price below list, a walk-through of how "we'd" do it there
    rf"|\b(?:below|under) (?:the )?list(?: price)?\b"
    rf"|\b(?:the|a|our) (?:same )?(?:rate|price|discount|deal|terms) (?:we|i) (?:gave|give|offered|"
    rf"offer|extended|quoted)\b"
    rf"|\bextend (?:the|our|a|that) (?:same )?(?:rate|price|discount|deal)\b"
    rf"|\b(?:show|walk) you through how (?:we|i)(?:{A}d| would| could| can)? (?:apply|use|do|"
    rf"implement|roll|set|run|fix)\b"
    # a seller's words: a rate card, the best prices, who signs off purchases
    rf"|\brate card\b|\b(?:best|lowest|unbeatable|competitive|wholesale) "
    rf"(?:prices|rates)\b"
    rf"|\bwho (?:makes|handles|owns|takes|signs off) (?:the )?(?:decisions?|purchasing|buying|"
    rf"procurement)\b|\bdecision[- ]makers?\b"
    # a quote offered, packages sold
    rf"|\b(?:no-?obligation|free) (?:quote|estimate|valuation|consultation|review)\b"
    rf"|\b(?:production|participation|listing|membership|registration|publication|processing|"
    rf"feature|guest) (?:contribution|fee|charge|cost)\b"
    rf"|\bour (?:[\w-]+ ){{0,2}}(?:packages|plans|offers|bundles|range)\b"
    # a fee paid to the reader for customers sent: "300 for every household you send our way"
    rf"|\b(?:pay|give|offer) you (?:a |an )?(?:[$£€] ?)?\d"
    rf"|\b(?:for|per) (?:every|each) [\w-]+ (?:you |that you )?(?:send|refer|bring|introduce)\b"
    # the writer's trade announced as the answer to the reader's life: "that's what I do"
    rf"|\b(?:that{A}s|which is|this is) (?:actually |exactly |precisely )?what (?:i|we) do\b"
    rf"|\bwhat (?:that|this|it) (?:looks|could look|would look|might look) like for you\b"
    rf"|\bwould your (?:team|company|firm|practice|clinic|school|shop|business|department) "
    rf"(?:like|want|be keen) to (?:try|use|test|buy|join|sign|book)\b"
    # a journal that solicits papers with review in days
    rf"|\b(?:invite|invites|inviting) you to (?:contribute|submit)\b|\besteemed\b"
    rf"|\bpeer[- ]review(?:ed)? (?:completed |done |guaranteed )?(?:within|in) (?:\d+|one|two|"
    rf"three|five|seven|ten) (?:days|hours)\b"
    # investors sought, a favour paid for, access to the writer's audience sold
    rf"|\banchor investors?\b|\blooking for (?:a few |some )?(?:investors|backers|funders)\b"
    rf"|\bmake it worth your while\b"
    rf"|\b(?:get|give you|buy|paid|talk through how you could get) access to (?:my|our|the) "
    rf"(?:[\w-]+ )?(?:group|network|list|community|database|pool|audience|members)\b"
    rf"|\bhow you could get access\b"
    # results the writer sells: "practices I work with cut no-shows by a third"
    rf"|\b[a-z-]+s (?:i|we) (?:work|partner) with\b[^.?!\n]{{0,60}}\b(?:by (?:a third|"
    rf"a quarter|half|a fifth|a tenth|two thirds|\d+ ?%)|doubled|tripled|halved|grew|boosted|"
    rf"increased)"
    rf"|\b(?:you|you{A}d) (?:could|might|would) be a (?:good |great |perfect |strong )?fit\b"
    rf"|\bfree (?:review|reviews|session|sessions|check|checks|valuation|valuations)\b"
    # the seller's first question: what they use now
    rf"|\bwhat (?:do|are) you (?:currently )?(?:use|using) for\b[^.?!\n]{{0,30}}\b(?:right now|"
    rf"currently|at the moment|these days|today)\b|\bwho (?:do you use|handles your) "
    # money products: yield, a peg, a scheme to park savings in
    rf"|\b(?:yield|savings|income|wealth|investment) (?:product|scheme|plan|vehicle|structure)s?\b"
    rf"|\b(?:dollar|usd|euro)[- ]pegged\b|\bstablecoins?\b"
    # selling to their kind: "how units of your size manage costs"; tokens sold before launch
    rf"|\b(?:units|companies|practices|firms|clinics|teams|businesses|organi[sz]ations|schools|"
    rf"shops|stores|hospitals|charities|councils|studios|agencies) (?:of|like) your (?:size|type|"
    rf"kind)\b|\b(?:share|show) (?:you )?(?:some |a few )?ideas on how (?:[\w-]+ ){{0,3}}"
    rf"(?:are|is|can|could) (?:managing|cutting|reducing|saving|growing|handling|lowering)\b"
    rf"|\bpre-?sell\w*|\bwhite ?paper\b|\btokeni[sz]ed\b|\b\d[\d,.]* ?(?:usdt|usdc|eth|btc)\b"
    rf"|\bminimum (?:entry|investment|buy-?in|stake|ticket)\b"
    # the price of the writer's own product: "students pay 79 for the course"
    rf"|\b(?:students|customers|clients|members|subscribers|buyers|attendees|participants|"
    rf"learners|readers) (?:pay|paid|are paying) (?:just |only |about |around )?(?:[$£€] ?)?\d"
    rf"|\b(?:my|our) (?:[\w-]+ )?(?:course|product|book|programme|program|app|service|workshop|"
    rf"membership|bootcamp) (?:costs|is priced at|sells for|retails (?:at|for)) "
    rf"|\b\d+ ?% of (?:whatever|what|anything|everything|any|each|every|the (?:grant|funding|"
    rf"savings|amount|sum|award|money))\b"
    rf"|\b(?:prepare|send|draft|put together|write up|share) (?:you )?(?:a|an|our|my) (?:short |"
    rf"quick |free |no-obligation )?(?:proposal|quote|estimate|offer|contract|invoice|price list)\b"
    # a promise to move the reader's business numbers: what a seller opens with
    rf"|\b(?:cut|reduce|lower|slash|halve|save|boost|increase|double|triple|grow|improve) "
    rf"your (?:[\w-]+ ){{0,2}}(?:costs?|spend|spending|bills?|revenue|sales|leads|pipeline|"
    rf"conversions?|margins?|profits?|roi|bookings|churn|overheads?)\b"
)

# The writer speaking for a business: "we've been building", "my agency". With a link, a pitch.
COMPANY_VOICE = _p(
    rf"\bwe(?:{A}ve| have)? (?:been |just |recently )?(?:building|built|launched|launching|"
    rf"developed|developing|selling|sell|offer)\b"
    rf"|\bmy (?:company|firm|agency|startup|start-up|studio|consultancy|business|shop)\b"
    rf"|\b(?:i|we) (?:run|own|founded|started) (?:a|an|our|my) (?:[\w-]+ ){{0,3}}(?:firm|company|"
    rf"agency|business|consultancy|studio|practice|startup|shop|brand)\b"
    rf"|\bthe (?:[\w-]+ ){{0,2}}(?:firm|company|agency|business|consultancy|studio|practice|"
    rf"startup|shop|brand) (?:i|we)(?:{A}ve| have)? (?:just |recently )?(?:started|founded|"
    rf"launched|set up|run|own)\b",
)

# What a seller asks for: to show the product, or to have it put in front of the reader's
# buyer (an introduction to the reader's boss is cues.ABOVE_THEM).
SELLER_ASK = _p(
    r"\b(?:show|walk) you\b|\b(?:show|demo) (?:it|this|them) to you\b"
    r"|\bput (?:it|them|us|me|my [\w-]+) in front of\b"
    r"|\b(?:your|the) (?:ceo|boss|buyer|buyers|cfo|founder|head of [\w-]+|purchasing team) "
    r"(?:would|might|could) (?:really )?(?:find|be interested|like|love|want)\b"
)

# Canned calls to action from adverts: a code, "link in bio", "DM me", "register here", a
# shortened link. In a note to one person they treat the reader as an audience.
CALL_TO_ACTION = _p(
    rf"\blink in (?:my |the )?(?:bio|profile|comments|description)\b"
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
    rf"|\blink (?:is )?(?:on|in) my (?:profile|page)\b"
    rf"|\bfirst (?:one|session|class|lesson|month|week|template|call|order|box|consultation)"
    rf"(?: is|{A}s)? (?:free|on me|on us|on the house)\b"
    # a teaser that hides what is behind a link: "a little something you'll like: <link>"
    rf"|\b(?:a little|a small|a wee) (?:something|treat|surprise|gift)\b[^.?!\n]{{0,40}}"
    rf"(?:https?://|www\.|\b[\w-]+\.[a-z]{{2,4}}/)",
    triggers=(
        "link dm pm inbox message use code promo discount coupon voucher off swipe act register "
        "sign book enrol enroll rsvp claim reserve click don't don’t dont miss while details "
        "info find learn bit subscribe buy order download join follow shop apply donate vote "
        "tinyurl lnkd goo ow buff rebrand cutt tiny is v t rb shorturl s little small wee my "
        "first top pinned featured pick choose grab you should it's it’s its"
    ),
)
