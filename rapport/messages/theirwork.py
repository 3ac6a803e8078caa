"""The reader's work named in a note: a piece of it, what they said in public, the road they took.

:func:`rapport.messages.detectors.their_work` counts a sentence that names one as being about
the reader, and :func:`rapport.messages.gaming.vague_praise` as a detail that makes praise of
"your profile" specific. Runs on the lower-cased message.
"""

import re

from rapport.messages.patterns import _p

# What the reader does, said of them: "I noticed that you work on a travel app". Read by
# :func:`~rapport.messages.detectors.their_work` in a sentence beside the writer's own goal.
YOU_WORK = re.compile(
    r"\byou(?:['’]re| are)? (?:work|worked|working|lead|led|leading|run|ran|running|build|built|"
    r"building|manage|managed|managing|moved|went|switched)\b"
)

YOUR_WORK = _p(
    # (a word or two may name the kind: "your blog post about", "your posts on")
    r"\byour (?:[\w'’-]+ ){0,2}?(?:post|talk|article|paper|work|project|research|"
    r"thread|newsletter|book|course|podcast|study|presentation|session|workshop|piece|report|launch|"
    r"startup|shop|clinic|pilot|preprint|keynote|webinar|panel|campaign|exhibition|show|reply|"
    r"answer|comment|interview|video|episode|ama)s?"
    r" (?:about|on|from|at|for|with|in|into) \w+"
    # what they said in public, said to them: "when you spoke about flight-delay notices"
    r"|\byou (?:spoke|talked|wrote|posted|presented|blogged|gave a talk|gave a session) "
    r"(?:about|on)\b"
    # the work named, then theirs: "the council's digital strategy you co-wrote"
    r"|\b(?:strategy|report|paper|guide|plan|policy|book|article|study|review|chapter|handbook|"
    r"toolkit|framework|post|piece|thread|talk) (?:that )?you (?:co-?wrote|wrote|authored|"
    r"co-?authored|led|edited|published|put together|drafted|gave|presented|ran)\b"
    # their role, said to them: "as someone who sees lots of resumes"
    r"|\bthe way you (?:ran|run|led|lead|handled|built|organi[sz]ed|managed|taught|set up|"
    r"turned)\b"
    r"|\byou (?:see|read|review|screen|handle|get) (?:so |a lot of |lots of |many |hundreds of "
    r"|thousands of |dozens of |plenty of )(?:[\w-]+ )?(?:resumes|cvs|applications|candidates|"
    r"profiles|portfolios|pitches|proposals|applicants)\b"
    r"|\bas (?:someone|somebody|a person|the person|one of the people) who (?:sees|reads|reviews|"
    r"hires|recruits|screens|places|interviews|handles|runs|leads|manages|spends|deals)\b"
    # the road they took: "you went from design to PM", "you started in partnerships before"
    r"|\byou (?:also |too |yourself )?(?:went|moved|switched|came|jumped|transitioned|pivoted|"
    r"started(?: out)?|began) (?:over )?(?:from|in|as) (?:[\w'’-]+ ){1,5}?(?:to|into|before)\b"
    r"|\byour (?:own )?(?:move|switch|jump|transition|pivot|shift) (?:from|out of) \w+"
    # what their app or team did: "your app recently added offline maps"
    r"|\byour (?:app|team|product|company|firm|shop|clinic|lab|school|studio|practice|charity|"
    r"site|platform|kitchen|farm|restaurant|council|agency|newsroom|museum|gallery) (?:recently |"
    r"just |finally |quietly )?(?:added|launched|released|shipped|opened|introduced|rolled out|"
    r"redesigned|rebuilt|dropped|won|published|started)\b"
)
