"""Intrusion: the note uses private life that is not the writer's to use.

A detail the reader never gave the writer (their running route and times from a fitness app,
their home from a property listing, a personal address or number dug up) is not
personalisation: it tells them they are being watched. Chasing them across private channels
("I've also left a WhatsApp") is the same pressure, and telling a stranger someone else's
private troubles ("with the divorce and his mum's diagnosis") to move them is gossip. Close
friends share such things, so the rule stays quiet when the situation says the two are close.
Lower-case patterns, like the others.
"""

from __future__ import annotations

import re

from rapport.messages.context import Context
from rapport.messages.patterns import A, _p
from rapport.messages.text import Doc, Span

_APPS = r"(?:strava|garmin|fitbit|komoot|runkeeper|snap ?map|life360|find my (?:friends|iphone))"
_HOME = r"(?:new )?(?:house|home|flat|apartment|place|address|garden|driveway)"
_SEEN_HOME = r"(?:listing|listed|street ?view|zillow|rightmove|land registry|sold for)"
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_GAP = r"(?:[^.!?\n]|\.\d){0,60}"  # the rest of a sentence, prices included ("$1.29M")
_MOVES = (
    r"(?:run|runs|walk|walks|cycle|cycles|ride|rides|swim|swims|jog|jogs|train|trains|leave|"
    r"leaves|arrive|arrives|park|parks|stop|stops|go|goes|drop|drops|pick up)"
)
WATCHED = _p(
    rf"\b(?:on|from|via|through|in|checked|checking) (?:your |their |his |her )?{_APPS}\b"
    rf"|\b(?:from|on|in|by) your (?:kudos|splits|check-?ins|running logs?|run logs?)\b"
    rf"|\byour (?:splits|running route|usual route|usual run|morning route|commute route)\b"
    rf"|\byou (?:usually |always |normally |often |tend to )?{_MOVES} [^.!?\n]{{0,60}}"
    rf"\b(?:most|every) (?:{_DAYS}|morning|evening|weekday)\b"
    rf"|\byou (?:usually|always|normally|tend to) (?:stop|park|grab|get|go) (?:for|at|by|near)\b"
    rf"|\byour {_HOME}\b{_GAP}\b{_SEEN_HOME}\b"
    rf"|\b{_SEEN_HOME}\b{_GAP}\byour {_HOME}\b"
    rf"|\byour (?:personal|private|home) (?:e-?mail|gmail|hotmail|yahoo|outlook|number|phone|"
    rf"mobile|cell|address|instagram|facebook|whatsapp)\b"
    rf"|\bi{A}?ve also (?:left|sent|dropped) (?:you )?(?:a |an )?(?:short |quick |brief )?"
    rf"(?:whatsapp|voicemail|voice ?note|voice message|text|sms|dm|instagram message)\b"
    # their whereabouts worked out, and the writer waiting there: "I worked out you're usually
    # on the Tuesday early shift", "so I know you're in Lisbon from the 8th", "I'll wait in the
    # lobby"
    rf"|\bi (?:know|worked out|figured out|gather|noticed|can see) (?:that )?"
    rf"you(?:{A}re| are| will be|{A}ll be) (?:usually |always |normally )?(?:in|at|on) "
    rf"[^.!?\n]{{0,40}}\b(?:from the|until|shifts?|hotel|flight|every)\b"
    rf"|\bi{A}?(?:ll| will) (?:be )?wait(?:ing)? (?:for you )?(?:in|at|outside|by) (?:the |your )"
    rf"(?:lobby|office|door|entrance|gate|house|building|car park|hotel|reception)\b"
    # their hours online watched, their home looked up in public records
    rf"|\b(?:noticed|saw|see|can see|could see) (?:that )?you(?:{A}re| are| were) (?:active|online|"
    rf"on here|on linkedin|around|up) (?:here |on [\w-]+ )?(?:yesterday|last night|today|at|"
    rf"around|until|till)\b"
    rf"|\b(?:on|from|via|in|through) the (?:council |city |local )?(?:planning (?:portal|register|"
    rf"website)|land registry|electoral (?:roll|register))\b"
    # their family reached to reach them, their contacts taken by an app
    rf"|\b(?:messaged|contacted|reached out to|wrote to|called|rang|dm{A}?d|asked) your (?:husband|"
    rf"wife|partner|spouse|mum|mom|mother|dad|father|son|daughter|kids|children|sister|brother)\b"
    rf"|\b(?:message|note) to your (?:husband|wife|partner|spouse|mum|mom|mother|dad|father|son|"
    rf"daughter|sister|brother)\b"
    rf"|\b(?:syncs?|uploads?|imports?|copies|shares?) your (?:address book|contacts|"
    rf"contact list)\b"
    # an anonymous review traced to them: "found you here through your profile photo"
    rf"|\bfound you (?:here |on [\w-]+ )?(?:through|via|from|by) (?:your )?(?:profile (?:photo|"
    rf"picture)|reverse image|review|booking|order|reservation)\b"
    rf"|\byour (?:one|two|1|2)[- ]star review\b"
    # their movements tracked, or their family seen out: "saw on a flight tracker", "spotted you
    # at the mall with your wife and the boys"
    rf"|\bflight ?(?:tracker|radar|aware)\b|\b(?:saw|spotted|seen|noticed) you (?:at|in|on|near|"
    rf"outside|leaving)\b[^.?!\n]{{0,60}}\bwith your (?:wife|husband|kids|children|boys|girls|"
    rf"family|partner|son|daughter)\b"
    # their land or home filmed from above: "caught some drone footage of your farm"
    rf"|\b(?:drone|footage|filmed|filming)\b[^.?!\n]{{0,40}}\bof your (?:farm|house|home|property|"
    rf"garden|land|yard|place|kids|children|family)\b"
    # their recovery watched by someone with a file on them: "keep following your recovery"
    rf"|\b(?:follow|following|keep an eye on|track|tracking|watch|watching|monitor|monitoring) "
    rf"(?:how )?your (?:recovery|injury|rehab|health|treatment)\b"
    # their words passed on to others: "I mentioned what you said to my new boss"
    rf"|\b(?:mentioned|repeated|passed on|told|shared|forwarded) what you (?:said|told me|shared)"
    rf"(?: about [\w-]+)? (?:to|with)\b"
    # their home found and sent to: "sent a box to your home; I found the address on a list"
    rf"|\b(?:sent|posted|delivered|dropped|mailed) (?:[\w-]+ ){{0,6}}to your (?:home|house|flat|"
    rf"apartment)\b|\bfound (?:your|the) (?:home |house )?address\b"
    rf"|\byour {_APPS} (?:shows?|says|has)\b"
    # their leave treated as free time: "on maternity leave, so you might have more time"
    rf"|\b(?:on|during) (?:your )?(?:maternity|paternity|parental|sick|compassionate) leave\b"
    rf"[^.?!\n]{{0,80}}\b(?:more time|time on your hands|free time|less busy|quieter)\b"
    # their routine watched at the school gate: "you usually do drop-off alone on Thursdays"
    rf"|\byou (?:usually|always|normally) (?:do )?(?:the )?(?:drop-?off|pick-?up|school run)\b"
    rf"|\bnoticed you at the (?:school )?gate\b"
    # their stay pieced together from their stories: "at that hotel... near your hotel"
    rf"|\bnear your hotel\b|\b(?:following|watching|from) your (?:instagram )?stories\b"
    # their profile watched day after day: "you may have noticed me in your profile views"
    rf"|\bme in your profile views\b|\b(?:checking|checked|looking|looked|visiting|visited) "
    rf"(?:in |in on your profile |your profile |at your profile )?(?:most|every|each) "
    rf"(?:day|days|morning|night)\b"
    # a stranger's eye on their child: "saw his photo in the school newsletter", "does your son
    # play at the club on Rua X?"
    rf"|\b(?:does|do|is|are) your (?:son|daughter|kids|children|boy|girl|little one)s? (?:still )?"
    rf"(?:play|train|go|swim|attend|study|walk|practi[cs]e)\b"
    rf"|\b(?:saw|seen|spotted|found) (?:his|her|their) (?:photo|picture) (?:in|on) (?:the|a) "
    rf"(?:[\w-]+ ){{0,4}}school (?:newsletter|magazine|page|website|facebook|yearbook)\b"
    # where they live checked by a stranger: "are you still at the Umhlanga Ridge address?"
    rf"|\b(?:are you|is (?:he|she)) still (?:at|living at|on) (?:the )?(?:[\w-]+ ){{1,3}}address\b"
    # where they live found and visited: "saw on your Facebook that you live near the station",
    # "I'll drop a printed copy of my CV at your house"
    rf"|\b(?:saw|noticed|seen|see|found)\b[^.?!\n]{{0,40}}\byou live (?:near|by|on|in|at|around|"
    rf"close to)\b"
    rf"|\b(?:drop|leave|deliver|bring|post|pop) [^.?!\n]{{0,40}}\b(?:at|to|round to|through) your "
    rf"(?:house|home|front door|porch|doorstep|flat)\b"
    # their home photographed, their anonymous post unmasked, their call recorded to publish:
    # "took some photos over the hedge", "worked out that you wrote that anonymous review", "I
    # record all my recruiter calls and post the useful bits on my TikTok"
    rf"|\b(?:took|taken|snapped) (?:some |a few |a couple of )?(?:photos|pictures|shots|video) "
    rf"(?:of your (?:house|home|roof|garden|car|windows?)|over (?:the|your) (?:hedge|fence|wall))\b"
    rf"|\b(?:worked out|figured out|guessed|know|realised|realized) (?:that )?(?:it was )?you "
    rf"(?:who )?(?:wrote|posted|left|are behind|were behind) (?:that|the|an?|those) anonymous\b"
    rf"|\bi record (?:all |every |each )?(?:of )?(?:my |our )?(?:[\w-]+ )?calls\b"
    # their home worked out from their family's photos, and the writer living nearby
    rf"|\b(?:worked out|figured out|found|guessed) (?:which|where)\b[^.?!\n]{{0,40}}\bfrom your "
    rf"(?:wife|husband|partner|kids|children|family|son|daughter)['’]?s?\b"
    rf"|\b(?:streets?|doors?|houses?|blocks?) (?:away )?from your (?:house|home|flat|place)\b"
    # their hotel room found, their name read off a visitors' sheet, their data from a leak:
    # "the last room on your corridor, so I grabbed it", "a one-pager under your door", "your
    # name on the visitor sign-in", "turned up in the file that circulated after the leak"
    rf"|\b(?:room|flat|cabin) (?:on|next to|opposite|across from) your (?:corridor|floor|room)\b"
    rf"|\bunder your (?:hotel |room )?door\b"
    rf"|\byour name on the (?:visitor|visitors|patient|guest)\b"
    rf"|\b(?:turned up|showed up|appeared|came up) in (?:the|a) (?:[\w-]+ ){{0,6}}(?:leak|breach|"
    rf"dump)\b",
    triggers="on from via through in checked checking by your you listing listed street "
    "streetview zillow rightmove land sold i've i’ve ive noticed saw see can could the messaged "
    "contacted reached wrote called rang dm'd dm’d dmd asked message note syncs sync uploads "
    "upload imports import copies shares share flight flighttracker saw spotted seen found does "
    "do is are me looking looked visiting visited drone footage filmed filming follow following "
    "keep track tracking watch watching monitor monitoring mentioned repeated passed told shared "
    "forwarded sent posted delivered dropped mailed found during usually always normally near "
    "noticed watching drop leave deliver bring post pop took taken snapped worked figured "
    "guessed record recorded streets street doors door houses blocks room flat cabin under "
    "name turned showed appeared came",
)


# Someone else's private troubles told to the reader: "with the divorce and his mum's diagnosis".
TROUBLES = _p(
    rf"\bthe divorce\b|\bnervous breakdown\b"
    rf"|\b(?:his|her|their) (?:[\w-]+{A}s )?(?:divorce|diagnosis|illness|rehab|"
    rf"debts|bankruptcy|custody (?:case|battle|fight)|miscarriage|affair|depression|chemo|"
    rf"overdose|arrest)\b"
    rf"|\b(?:drinking|drug|gambling|affair) (?:rumou?rs|problems?|issues)\b|\bthat tribunal\b"
    # a third person's health told to a stranger: "between us, she's just coming back from
    # burnout leave"
    rf"|\bcoming back from (?:burnout|sick|stress|medical) leave\b|\bbetween us, (?:she|he|they)"
    rf"(?:{A}s|{A}re| is| are| has| have)\b"
    # a rift between the reader and a colleague, passed on: "you two don't see eye to eye"
    rf"|\byou two (?:don{A}?t|do not|never) (?:exactly |really )?(?:see eye to eye|"
    rf"get (?:along|on))\b",
    triggers="his her their the nervous drinking drug gambling affair that coming between you",
)


_PRIVATE = r"(?:chemo|chemotherapy|diagnosis|miscarriage|rehab|divorce|breakdown|sick leave)"
# What was private made public, by the writer: a closed session recorded and posted, their
# story put "where everyone can see". Wrong between friends too.
MADE_PUBLIC = _p(
    r"\b(?:recorded|filmed|screenshotted|screen-?recorded) (?:it|the (?:[\w-]+ )?(?:session|talk|"
    r"call|meeting|roundtable|workshop)|you|your (?:[\w-]+ )?(?:session|talk|call)|our "
    r"(?:conversation|call|chat|meeting))\b"
    # their files or pay seen where they were left: "it used to be yours; a folder of your
    # drawings is still on it", "a spreadsheet of salaries... your row says"
    r"|\b(?:used to be|was) yours\b[^.?!\n]{0,80}\bstill on it\b"
    r"|\b(?:spreadsheet|list|sheet) of (?:salaries|pay|wages)\b|\byour row says\b"
    # their past engagement brought up by a stranger: "he said you two were engaged"
    r"|\byou two were (?:engaged|married|dating|together|an item)\b"
    r"|\byour ex[- ](?:fianc[eé]e?|husband|wife|partner|boyfriend|girlfriend)\b"
    r"|\bso (?:that )?everyone (?:can |will |could )?(?:see|sees|know|knows|read|reads|celebrate|"
    r"congratulate)\b"
    r"|\byour wikipedia (?:page|article|entry)\b"
    # a client's or customers' confidences passed on: "while she recovers from burnout",
    # "the export, with customer names, emails and booking numbers"
    r"|\brecover(?:s|ing)? from (?:burnout|a breakdown|addiction|depression|a miscarriage)\b"
    # their health told to an employer in their name: "I'll mention the two months you were off
    # with anxiety"
    r"|\bi['’]?ll (?:mention|bring up|explain|tell them about|be upfront about) (?:the|your) "
    r"[^.?!\n]{0,40}\b(?:off (?:sick )?with|sick leave|anxiety|depression|burnout|breakdown|"
    r"rehab|diagnosis)\b"
    # someone's private messages put on show: "a thread with screenshots of his private messages"
    r"|\bscreenshots? of (?:his|her|their|[\w-]+['’]s) (?:private|personal|direct) (?:messages|"
    r"emails|chats|dms|texts)\b"
    # a private view put on record against their wish: "I know you'd rather stay out of it,
    # but I'll quote you by name"
    r"|\bquote you by name\b|\byou (?:said|told me) you['’]?d rather (?:stay out of (?:it|this)|"
    r"not be (?:named|quoted|involved)), but\b"
    # people's details asked for as a fee: "the full registration list with names, emails"
    r"|\b(?:registration|attendee|participant|student|member|customer|mailing|guest|patient) "
    r"list,? with (?:their )?(?:names|emails|e-mails|phone numbers|addresses)\b"
    # someone's quiet job search told to others: "she's quietly been interviewing around"
    r"|\b(?:she|he|who)['’]s (?:(?:quietly|secretly) been|been (?:quietly|secretly)) "
    r"(?:interviewing|job-?hunting|looking (?:around|to leave|elsewhere))\b"
    r"|\ba (?:rough|tough|hard|difficult) (?:patch|year|time|few months) at home\b"
    r"|\b(?:with|including|containing) (?:the )?(?:customer|client|"
    r"patient|student|user|member)s?['’]? (?:names|emails|phone numbers|addresses|records|"
    r"details)\b"
    rf"|\b(?:your|the) {_PRIVATE}\b[^.?!\n]{{0,80}}\b(?:posting|posted|sharing|shared|publicly|"
    rf"public)\b"
    rf"|\b(?:posting|posted|sharing|shared)\b[^.?!\n]{{0,80}}\b(?:your|the) {_PRIVATE}\b"
    # their advice, or the people in their care, filmed for the writer's channel: "I'll bring my
    # mic... your bit will probably go in an episode", "film and record the sessions, including
    # residents..., for my next album"
    r"|\b(?:bring|bringing) (?:my|a) (?:mic|microphone|recorder)\b"
    r"|\byour (?:bit|part|answers?|advice|words|story) (?:will|would|might|could) (?:probably |"
    r"likely )?(?:go|end up|appear|feature) in (?:an|my|the|a) (?:[\w-]+ )?(?:episode|video|vlog|"
    r"reel|podcast)\b"
    r"|\b(?:film|record|photograph)(?: and (?:film|record|photograph))? (?:the )?(?:sessions?|"
    r"residents|patients|pupils|children|kids)\b[^.?!\n]{0,100}\b(?:album|crowdfunding|channel|"
    r"promo|my (?:next )?video)\b"
    # a team's ratings or children's records handed round: "shout-outs in order of this year's
    # performance ratings", "an export of your pupils' names, dates of birth"
    r"|\b(?:in order of|ranked by|sorted by) (?:this year['’]s |last year['’]s |their |our )?"
    r"(?:performance|appraisal|review) (?:ratings|scores|grades)\b"
    r"|\b(?:export|spreadsheet|list|file) of (?:your|the) (?:pupils|students|patients|customers|"
    r"clients|members|residents|staff)['’]? (?:full )?(?:names|details|records)\b"
    # their number handed to a crowd, their story printed or posted: "shared your mobile number
    # in our WhatsApp group of 400", "I changed your name to Giada", "posted a thank-you and
    # tagged you... I told the whole story"
    r"|\b(?:shared|posted|passed|gave|put) (?:out )?(?:your|his|her) (?:[\w-]+ and )?(?:mobile|"
    r"phone|number|email|address|contact details)(?: number)? (?:in|on|to|with) (?:our|my|the|a) "
    r"(?:[\w'’-]+ ){0,2}(?:group|chat|channel|forum|list|page)\b"
    r"|\bchanged your name (?:to|in (?:it|the [\w-]+))\b"
    r"|\b(?:posted|shared|wrote|put up) (?:a |my )?(?:long |public |short )?(?:thank-you|thank "
    r"you|post|story|thread)\b[^.?!\n]{0,40}\b(?:tagged you|tagging you)\b"
    r"|\bi told the whole story\b",
    triggers="two ex ex-fiancé ex-fiance ex-fiancée ex-husband ex-wife ex-partner ex-boyfriend "
    "ex-girlfriend used was spreadsheet list sheet row changed gave put out wrote up long public "
    "short "
    "tagged tagging whole recorded "
    "filmed screenshotted screen-recorded screenrecorded so your the posting "
    "posted sharing shared recover recovers recovering a with including containing i'll i’ll ill "
    "screenshot screenshots quote said told registration attendee participant student member "
    "customer mailing guest patient she's she’s shes he's he’s hes who's who’s whos bring "
    "bringing bit part answer answers advice words story film record photograph in ranked "
    "sorted export spreadsheet list file",
)
# Their private life seen on a personal account: "on your Instagram... hiking with your sister".
PERSONAL_FEED = _p(
    r"\b(?:on|from|via|in|and) (?:your|her|his) (?:(?:husband|wife|partner|sister|brother|mum|mom|"
    r"dad|son|daughter)(?: [\w-]+)?['’]s )?(?:instagram|facebook|tiktok|snapchat|stories|story)"
    r"\b[^.?!\n]{0,80}\b(?:holiday|vacation|hiking|hike|wedding|honeymoon|sister|brother|kids|"
    r"children|husband|wife|partner|family|birthday|beach|weekend|trip|balcony|album|dad|mum|"
    r"daughter|son)\b"
    # their family's photos remarked on: "the Kyoto photos with your daughter Mila"
    # their personal reviews trawled: "read all your restaurant reviews, the ones under your
    # full name"
    # the reader traced, their marriage or background guessed: "caught your name on your
    # badge", "round the corner from your place", "the wedding ring's gone", "guessing from your
    # name and the photos"
    r"|\b(?:caught|saw|read|got) your name (?:on|from) your (?:badge|lanyard|name ?tag|uniform)\b"
    r"|\b(?:round|around) the corner from your (?:place|house|home|flat)\b"
    r"|\b(?:wedding|engagement) ring['’]?s? (?:gone|off|missing)\b|\bnoticed (?:the|your) "
    r"(?:wedding |engagement )?ring\b"
    r"|\b(?:guessing|guess|assuming|i can tell) (?:from|by) your (?:name|surname|accent|photos?)\b"
    r"|\bunder your (?:full|real) name\b|\b(?:read|went through|trawled|scrolled through|looked "
    r"through) (?:all|every one) (?:of )?your (?:[\w-]+ )?(?:reviews|comments|likes|check-ins|"
    r"tweets)\b"
    r"|\b(?:photos?|pictures?|videos?|posts?) (?:of|with) your (?:daughter|son|kids|children|"
    r"husband|wife|partner|baby|little one)\b"
    # their family read about in a school or parish sheet, and approached there: "saw in the
    # Fairfield newsletter that your daughter", "grab you at pick-up", "your husband heads
    # procurement", "once you have kids"
    r"|\b(?:newsletter|parents['’]? (?:group|chat)|school (?:page|website)|class chat|parish "
    r"(?:sheet|bulletin))\b[^.?!\n]{0,30}\byour (?:daughter|son|kids|children|child)\b"
    r"|\b(?:grab|catch|find|meet|stop|approach) you at (?:the )?(?:school )?(?:pick-?up|drop-?off|"
    r"school gates?|gates)\b"
    r"|\byour (?:husband|wife|partner|spouse)\b[^.?!\n]{0,20}\b(?:heads|runs|leads|manages|"
    r"is in charge of|handles|signs off|decides on|approves|is head of)\b"
    r"|\b(?:once|when|after) you (?:have|start having|start) (?:kids|children|a baby|a family)\b"
    r"|\b(?:looked up|found|pulled up|dug out) (?:the )?(?:planning (?:drawings|application|"
    r"documents|permission)|deeds|land registry)\b[^.?!\n]{0,30}\byour (?:own )?(?:house|home|flat|"
    r"extension)\b"
    # their holidays and anniversaries with their partner: "the Kyoto trip with your partner",
    # "the guesthouse where you celebrated your anniversary"
    r"|\b(?:trip|holiday|vacation|honeymoon|getaway|cruise)(?: to [\w-]+)? with your (?:partner|"
    r"husband|wife|girlfriend|boyfriend|fianc[eé]e?|family|kids|children)\b"
    r"|\b(?:celebrated|celebrating) your (?:anniversary|engagement|birthday|wedding)\b",
    triggers="trip holiday vacation honeymoon getaway cruise celebrated celebrating "
    "on from via in and photo photos picture pictures video videos post posts "
    "newsletter parents parents' parents’ school class parish grab catch find meet stop approach "
    "husband wife partner spouse once when after looked found pulled dug under read went trawled "
    "scrolled caught saw got round around wedding engagement ring ring's ring’s rings noticed "
    "guessing guess assuming tell",
)


# Their family life probed by someone not close: "does your husband mind the hours?", "who looks
# after the kids during launch weeks?"
PROBED = _p(
    r"\b(?:does|did|do|would|is|was) your (?:husband|wife|partner|boyfriend|girlfriend|spouse) "
    r"(?:mind|cope|complain|object|approve|resent)\b"
    r"|\bwho (?:looks after|watches|minds|takes care of|picks up) (?:the|your) (?:kids|children|"
    r"baby|little ones|twins)\b",
    triggers="does did do would is was who",
)


_REMOVED = re.compile(r" (?:removed|redacted|blanked|taken out|stripped|hidden|anonymi[sz]ed)\b")


def intrusive(doc: Doc, ctx: Context | None) -> list[Span]:
    """Where the note uses the reader's private life, chases them there, or tells another's."""
    # (not names taken out: "the two reports, with the client names removed")
    public = [(a, b) for a, b in doc.find(MADE_PUBLIC) if not _REMOVED.match(doc.lower, b)]
    if ctx is not None and ctx.history == "close":
        return public
    found = doc.find(WATCHED) + doc.find(TROUBLES) + doc.find(PERSONAL_FEED) + doc.find(PROBED)
    return found + public
