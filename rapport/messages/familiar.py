"""What anyone can give a near-stranger in minutes, as a request's words say it.

A view, advice, a pointer, one question, a short call, an introduction offered both ways, a
document to share, leave to use their published work: a request that names one of these is an
ordinary ask. :func:`rapport.messages.asks.unusual_ask` reads every other request as asking for
something of theirs.
"""

import re

# A wish to know what they know: "I'd love to know", "I'd just like to know, from a recruiter's
# side,", "I would be grateful to ask you". A turn given to the reader, without a question mark.
WISH_TO = (
    r"\b(?:like|love|want|keen|curious|glad|grateful|interested) to (?:know|hear|learn|understand|"
    r"ask(?: you)?)(?:,[^,.?!]{1,40},)?"
)
# ...their story or view: "I'd love to know: what surprised you most?", "I'd like to ask how the
# market here compares".
WISH_TO_HEAR = rf"{WISH_TO}\W{{1,3}}(?:what|how|which|why|where|when|who)\b"
# ...one thing they know, yes or no: "I'd love to know if there was a moment you knew it was
# right", "to ask whether it reads right" (not "whether your lab has a spare bench", nor
# "whether I could shadow you": favours).
KNOW_WHETHER = (
    rf"(?:{WISH_TO}|\bto ask(?: you)?) (?:if|whether) (?!(?:(?:you|your(?: [\w-]+){{0,2}}) "
    r"(?:could|can|would|might|will|has|have|had|take|takes|know of|knew of)|(?:i|we) (?:could|can|"
    r"might|may|would)|(?:it|i|that|this|he|she|they) were)\b)"  # (nor "if it were my boy")
)

# The writer's own search said aloud: "what I'm looking for now".
WHAT_I_SEEK = r"what i['’]?m (?:looking for|after|hoping for)\b"

# What anyone can give a near-stranger in minutes.
FAMILIAR = re.compile(
    r"\b(?:advice|thoughts|(?:your|any|a|quick|first|honest) thought|view|views|opinion|"
    r"(?:your|a|quick) take|feedback|tips?|pointers?|suggestions?|recommend\w*|questions?|"
    # (not "put in a word for me", a referral, nor "a line of support" under their name)
    r"ask you|(?:if|whether) i (?:could |can |might |may )?ask(?:ed)?\b|"
    r"(?<!put in )a word(?! for (?:me|us|him|her|them))|a line(?! of support)|a look|"
    r"a read|"
    # applying the ordinary way: "if the post is still open, I'd like to apply"
    r"(?:i['’]?d|i would) (?:like|love) to apply\b|"
    # an offer of unpaid hands: "whether your lab takes any volunteers for the field season"
    r"(?:take|takes|taking|need|needs|accept|accepts|welcome|welcomes) (?:any |on )?volunteers?\b|"
    # what the writer gives, not asks: "if you're ever in Seoul I'd like to buy you lunch"
    r"buy you (?:a |an )?(?:lunch|coffee|dinner|drink|pint|beer|meal|breakfast)\b|"
    r"know (?:anyone|someone|if|whether|how|what|an? |any )|"
    r"one (?:thing|lesson|tip|mistake|book|resource|course|podcast|skill|habit)s?|"
    rf"{WISH_TO_HEAR}|"
    # their news, or leave to connect: "tell me the whole story when you can", "would you mind if
    # I connected here?"
    r"tell me the (?:whole |full )?story\b|"
    r"(?:mind|ok|okay|alright|all right) if (?:i|we) (?:connect(?:ed)?|add(?:ed)? you)\b|"
    r"an? name|names|an? contact|"
    r"(?:tell|telling|show|showing|teach) me (?:roughly |briefly |quickly |honestly |"
    r"in (?:a|one|two|three|a few) (?:lines?|words|sentences) )?"
    r"(?:how|what|which|"
    r"whether|if|where|why)|"
    # their view of one thing: "can you tell me: is VoIP experience useful here?"
    r"tell me\W{1,3}(?:is|are|does|do|would|should|will)\b|"
    # a choice put to them: "would you take the contract, or hold out for something permanent?"
    r",? or (?:should|would|do|does|is|are|can) (?:i|you|it|they|employers)\b|"
    r", or (?:hold out|wait|stick|go|start|look|apply)\b|"
    # a pointer, an answer by message, a photo: "could you tell me who to ask about the next
    # intake?", "would you be open to answering that by email?", "send pics of the snow"
    r"tell me who to (?:ask|contact|speak|talk|write|email|call|approach)\b|"
    # what the writer wants to ask the person they are introduced to: "I'd like to ask Kofi
    # whether the food bank could take it"
    r"(?:like|love|want|hoping) to ask [\w-]+ (?:whether|if|about|what|how|which|when)\b|"
    # a question announced ("I would like to ask whether you recruit for network roles"), a
    # yes or no asked for ("I'd be grateful if you could tell me so")
    r"(?:like|love|want|hoping) to ask (?:you )?(?:what|how|which|why|(?:whether|if) you "
    r"(?!(?:could|can|would|might|will|may|have|had)\b))|"
    r"tell me (?:so|either way|yes or no)\b|"
    # one small thing announced, more heard, a memory jogged: "I'd like to ask one small thing",
    # "would you be open to hearing a little more", "could you remind me what we talked about"
    r"(?:like|love|want|hoping) to ask (?:you )?(?:one|a) (?:small |quick |short |simple )?"
    r"(?:thing|question)|hear(?:ing)? (?:a (?:little|bit) )?more (?:about|on) (?:the|your|it|this|"
    r"that|how|what)\b|"
    r"remind me (?:what|how|which|when|where|who)\b|(?:love|like) to know\W*$|"
    # a document they have: "if you still have the spreadsheet template lying around"
    r"(?:have|got) (?:the|that|your) (?:[\w-]+ ){0,2}(?:template|spreadsheet|checklist|slides|"
    r"notes|deck|guide)\b|"
    # a visit with its length named: "see your dry-farmed blocks for an hour any Saturday"
    r"(?:visit\w*|see|seeing|come by|coming by|stop by|observe|shadow\w*|ride along|sit in)\b"
    r"[^.?!]{0,60}\b(?:for (?:an|one|a single|half an|half a|two) (?:hour|afternoon|morning|day|"
    r"days|evening)|one afternoon|one morning|one day|an hour)\b|"
    # a sample offered to a shop that stocks the kind: "me dropping off two samples"
    r"(?:drop|dropping|send|sending|bring|bringing) (?:off |over |round )?(?:a |one |two |three |"
    r"some |a few )?(?:free )?samples?\b|"
    r"answer(?:ing)? (?:it|that|this|one|my|them)\b|send (?:us |me )?(?:some )?(?:pics|photos)\b|"
    r"how (?:you|did|do|to)|what (?:you|did|do)|which|minutes?|mins?|"
    r"coffee|chat|call|catch(?:-| )?ups?|catchup|drinks?|a pint|follow up|stay in touch|"
    r"keep in touch|connect|(?:stay|keep|be) connected|hear (?:how|what|about)|"
    r"point me|name of|steer|intro|introduc\w*|meet|meeting|(?:share|sharing) (?:it|them|that)|"
    r"(?:share|sharing|send|sending) (?:the|your|a|an|any|those|that|one) (?:[\w-]+ ){0,2}"
    r"(?:slides|notes|article|paper|papers|checklist|template|policy|link|report|guide|recording|"
    r"document|draft|post|study|piece|example|version|thoughts|experience|story|reading|photos?|"
    r"pictures?|copy|screenshot)|(?:a |quick )?yes or no|a quick no"
    # what they already share, or a draft for a look: "I'd love to see the drills you share"
    r"|(?:see|read|watch|try|use) the (?:[\w-]+ ){0,2}(?:you|your team) "
    r"(?:share|post|publish|run)\b"
    r"|(?:send|sent|share|shared) you (?:our|my|the|a) (?:[\w-]+ ){0,2}draft\b"
    # what the writer needs to help them, or their own number given: "send me the job ad"
    r"|(?:send|forward) me the (?:job (?:ad|advert|description|spec)|details|description|link|"
    r"form)|(?:give|pass) (?:them|her|him) my (?:mobile|number|email|details|phone)"
    # a go-between's asks: forward a short note, pass a message on, take an email from me; and
    # an offer put as a question ("shall I send you his email?")
    r"|forward (?:the|this|my|a|our) (?:short |brief )?(?:note|email|message)"
    r"|let (?:him|her|them|[a-z]{3,}) know"  # (not "let me know")
    r"|(?:take|accept|welcome) an? (?:short |quick |brief )?(?:email|note|message|call) from"
    r"|tell (?:him|her|them) \w+ sent you|shall i|would you rather i"
    # asks that cost nothing: to follow their work, to hear from someone, a one-line answer
    r"|follow (?:your|what|along|their)|keep following|hear from"
    r"|(?:an?|one|its|the|their) (?:[\w-]+ )?"
    r"(?:answer|reply|comment|name)|(?:like|love|glad|happy) to help"
    # the writer's own search told ("I'm looking for lab roles"): what they ask comes elsewhere
    r"|looking for (?:next\W+)?(?:[\w&/-]+,? ){0,8}(?:roles?|work|jobs?|positions?|openings?)"
    r"|looking for \[|(?:on|at|during) (?:the|your) open (?:days?|farm|evening|house|studio|week)"
    rf"|{WHAT_I_SEEK}"
    # the writer gives in the same breath: "send it whenever and I'll return it within a week"
    r"|i(?:['’]ll| will) (?:read|review|return|look|check|reply|get back|send (?:it|them) back)"
    # their leave asked to use what is theirs, and a few lines of theirs, or one photo
    r"|(?:(?:would you mind|(?:is it|would it be) (?:ok|okay|alright|all right)|do you mind) if"
    r"|may|can|could) (?:i|we) (?:quoted?|used?|shared?|mentioned?|credited?|featured?"
    # a CV or a short summary of the writer offered to a recruiter with leave asked
    r"|sen[dt] (?:you )?(?:my|a) (?:short |brief |one-page |1-page |two-page )?(?:cv|resume|"
    r"résumé|summary|bio)\b)"
    # a voice note or a line back: "send a voice note when you can"
    r"|(?:send|leave) (?:me |us )?(?:a |an )?(?:quick |short )?voice ?(?:note|message)\b"
    r"|drop (?:me|us) a line\b"
    r"|(?:one|two|three|a few|a couple of|one or two|two or three|2|3|2-3) (?:lines|sentences)"
    # a coffee's length, and leave asked to use their published work with credit
    r"|half an hour|half-hour|half hour|i['’]?d (?:like|love) to (?:adapt|reuse|quote|use|reprint|"
    r"translate) (?:one|two|three|four|five|a few|some|a couple of|your|the|\d+) "
    r"|send (?:me|us) (?:a|the|your|one|two|a few) (?:[\w-]+ ){0,2}(?:photos?|pictures?|copy|"
    r"link|screenshot|example|slides|template|notes))\b",
    re.IGNORECASE,
)
