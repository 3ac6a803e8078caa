"""The writer speaking for a business, and what a seller asks for.

"We've been building...", "my agency", "I work with clinics on their...": with a link or a
seller's ask ("could I show you?"), a note in this voice is a pitch
(:func:`rapport.messages.antipatterns.connect_then_pitch`). The writer's own side at work ("our
product team", "I support our booking system") is told apart from it. They run on the
lower-cased message.
"""

from rapport.messages.patterns import A, _p

# The writer speaking for a business: "we've been building", "my agency". With a link, a pitch.
# The writer's colleagues or projects, not a thing for sale: "our product team", "our booking
# system projects".
OWN_SIDE = _p(
    r"\bour (?:[\w-]+ ){0,3}(?:platform|product|solution|software|service|services|tool|agency|"
    r"offering|app|system|brand|suite|package|plugin|kit) (?:team|teams|manager|managers|people|"
    r"department|org|organi[sz]ation|projects?|roadmap|migration|rollout|upgrade|folks|side|group|"
    r"owners?|meetings?|designers?|staff|colleagues)\b"
    # the writer's job on their employer's system: "business owner of our new warehouse app",
    # "the administrator of our Oracle finance system"
    r"|\b(?:(?:owner|administrator|admin|manager|lead|champion|super ?user|trainer|tester|"
    r"analyst) (?:of|for|on)|(?:redesign|rollout|roll-out|launch|migration|testing) of|tests?|"
    r"tested|testing|support|supported|supporting|maintain|maintained|maintaining|worked on|"
    r"trained (?:staff|people|colleagues) on|kept|keeping|ran|running|looked after|looking after|"
    r"administered|administering|fixed|fixing|repaired|troubleshot|troubleshooting|migrated|"
    r"managed|managing) our (?:[\w-]+ ){0,3}(?:platform|product|solution|"
    r"software|service|services|tool|app|system|suite|kit)\b"
    # their trade asked about: "do hospitals hire help desk staff through agencies like yours?"
    r"|\b(?:through|via) (?:an? |the )?(?:[\w-]+ )?(?:agencies|agency|recruiters|firms) like "
    r"(?:yours|you)\b"
)
COMPANY_VOICE = _p(
    rf"\bwe(?:{A}ve| have|{A}re| are)? (?:been |just |recently |now )?(?:building|built|launched|"
    rf"launching|developed|developing|selling|sell|offer)\b"
    rf"|\bmy (?:company|firm|agency|startup|start-up|studio|consultancy|business|shop)\b"
    rf"|\b(?:i|we) work with (?:[\w-]+ ){{0,2}}(?:owners|businesses|companies|firms|clinics|"
    rf"practices|restaurants|shops|brands|teams|schools|farms|landlords) on (?:their|its)\b"
    rf"|\b(?:i{A}m|we{A}re|i am|we are) (?:currently )?(?:hiring|recruiting)\b"
    rf"|\bi{A}?(?:m| am) (?:building|launching|selling|developing|running) (?:a|an|my|our) "
    rf"(?:[\w-]+ ){{0,3}}(?:product|app|platform|tool|service|startup|company|business|brand|"
    rf"masterclass|webinar|workshop|course|bootcamp|brokerage|agency|consultancy|firm|practice|"
    rf"label|studio)\b"
    rf"|\b(?:i|we) (?:run|own|founded|started) (?:a|an|our|my) (?:[\w-]+ ){{0,3}}(?:firm|company|"
    rf"agency|business|consultancy|studio|practice|startup|shop|brand)\b"
    rf"|\bthe (?:[\w-]+ ){{0,2}}(?:firm|company|agency|business|consultancy|studio|practice|"
    rf"startup|shop|brand) (?:i|we)(?:{A}ve| have)? (?:just |recently )?(?:started|founded|"
    rf"launched|set up|run|own)\b"
    rf"|\b(?:i|we)(?:{A}ve| have)? been working with (?:a few|several|many|lots of|dozens of|a "
    rf"number of|\d+) (?:[\w-]+ ){{0,2}}(?:independents|owners|businesses|cafés|cafes|clinics|"
    rf"practices|shops|firms|schools|restaurants)\b"
    # a seller's framing: what people in the reader's position "often overlook"
    rf"|\b(?:[\w-]+ )?(?:founders|owners|leaders|heads|managers|directors|teams|businesses|"
    rf"clinics|schools|practices) (?:in your (?:position|shoes|role)|like you(?:rs)?|i (?:speak|"
    rf"talk|work) (?:to|with)) (?:often |usually |tend to |are |keep )?(?:overlook|forget|miss|"
    rf"struggle|thinking|worry|ask)\w*\b",
)

# What a seller asks for: to show the product, or to have it put in front of the reader's
# buyer (an introduction to the reader's boss is costs.ABOVE_THEM).
SELLER_ASK = _p(
    r"\b(?:show|walk) you\b|\b(?:show|demo) (?:it|this|them) to you\b"
    r"|\bput (?:it|them|us|me|my [\w-]+) in front of\b"
    r"|\bopen to (?:a|the) (?:move|new role|new challenge|change)\b"
    r"|\b(?:no|free of) charge\b|\bat no cost\b|\bno strings\b|\bno agenda\b"
    r"|\bworth a (?:quick )?(?:chat|call|conversation)\b"
    r"|\b(?:your|the) (?:ceo|boss|buyer|buyers|cfo|founder|head of [\w-]+|purchasing team|"
    r"director(?: of [\w-]+)?|chief [\w-]+ officer|manager) "
    r"(?:would|might|could) (?:really )?(?:find|be interested|like|love|want)\b"
)
