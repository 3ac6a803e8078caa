"""Power over the reader, or their name, used beside a favour.

The writer's hold on them named next to the ask (their lease renewal, their child's school, an
open file, their job application, a kin with their name on a court list), their firm's logo or an
old login used, a yes claimed in their name, a record bent or a side door opened: whatever the
relationship, the reader cannot say no freely, or is made part of a breach.
:func:`rapport.messages.asks.asks_for_deceit` finds it beside
:data:`~rapport.messages.deceit.DECEIT`. It runs on the lower-cased message.
"""

from rapport.messages.patterns import _p

LEVERAGE = _p(
    # the writer's power over them named beside the favour: "this has nothing to do with the
    # renewal in March", "it won't affect anything at school", "quite separate from our file on
    # your booking fees", "I'm on the interview panel for the role you applied for"
    r"\bnothing to do with (?:the|your|our) (?:[\w-]+ )?(?:renewal|lease|case|file|review|"
    r"application|inspection|audit|grades?|marks?|contract|tender|appraisal|assessment|licen[cs]e|"
    r"permit|visa|claim)\b"
    r"|\b(?:won['’]?t|will not|wouldn['’]?t|would not|doesn['’]?t|does not) affect (?:anything|"
    r"your|the|his|her|their|how)\b[^.?!\n]{0,40}\b(?:school|class|grades?|marks?|case|file|"
    r"application|renewal|lease|review|inspection|contract|tender|appraisal|permit|visa|claim)\b"
    r"|\bseparate from (?:our|the|your|my) (?:[\w-]+ )?(?:file|case|review|investigation|inquiry|"
    r"enquiry|audit|complaint|inspection)\b"
    r"|\bi['’]?m (?:on|sitting on|chairing) the (?:interview|hiring|selection|review|grant|"
    r"admissions|promotion) (?:panel|committee|board)\b[^.?!\n]{0,60}\byou (?:applied|have "
    r"applied|['’]ve applied|submitted|are up for|['’]re up for)\b"
    # their firm's name put on the writer's papers, their systems still used: "reformatted my
    # résumé with your agency's logo", "my admin account still works"
    r"|\bwith your (?:agency|company|firm|employer|team|school|clinic)['’]?s? (?:logo|letterhead|"
    r"branding|colours|colors|stamp)\b"
    r"|\b(?:my|the) (?:old |former )?(?:admin |staff |work |employee )?(?:account|login|"
    r"password|access|badge|key ?card) (?:still )?(?:works|worked|is still active|still "
    r"active)\b"
    # a yes claimed for them, a record bent, a side door: "I already told the board you said
    # yes", "so it shows as on time", "walk you in through the staff entrance", "no police needed"
    r"|\b(?:told|promised|assured|informed) (?:the|my|our|your) (?:[\w-]+ ){0,2}(?:that )?you "
    r"(?:said yes|agreed|(?:are|['’]re) in|(?:are|['’]re) on board|(?:would|['’]d) do it)\b"
    r"|\bso (?:it|that it|they|the [\w-]+) (?:shows?|looks?|reads?|appears?) (?:up )?"
    r"(?:[^?!\n]{0,40} )?as (?:on time|submitted|received|paid|approved|complete|signed)\b"
    r"|\b(?:through|via|by) the (?:staff|side|back|service|stage) (?:entrance|door|gate)\b"
    r"|\bno (?:police|cops) (?:needed|involved|required)\b"
    # claims billed under codes that pay more: "resubmit them under the fuller codes"
    r"|\b(?:resubmit\w*|re-?cod\w+|bill\w*|code) (?:them |it |the claims )?(?:under|at|with|to) "
    r"(?:the )?(?:fuller|higher|bigger|pricier|more expensive) codes?\b|\bupcod\w+"
    # a kin in a post over them: "my mother is a judge at the traffic court and I noticed your
    # name on her Monday list"
    r"|\byour name (?:on|in) (?:her|his|their) (?:[\w-]+ )?(?:list|docket|calendar|caseload|"
    r"file)\b",
)
