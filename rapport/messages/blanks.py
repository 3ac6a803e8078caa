"""A template's blanks: where a name, a place or a detail still has to be filled in.

"[Name]", "{company}", "____", "INSERT TOPIC", a choice such as "(meeting/talking/whatever)":
a template is judged by the structure around them, a note to someone known is not ready while
they remain. The slots say what a blank stands for (a name, a detail of what passed between
them, the writer's own line, a sales line). Most run on the message as typed.
"""

import re

from rapport.messages.patterns import _p
from rapport.messages.text import Doc, Span

# Blanks left in a template: [Name], {company}, <title>, ____, (meeting/talking/whatever);
# not a markdown link, [text](address).
PLACEHOLDER = _p(
    r"\[[^\]\n]{1,40}\](?!\()|\{[^}\n]{1,40}\}|<(?:[A-Z][\w ]{0,28}|your [\w ]{1,24})>|_{3,}"
    # a choice of three words or more, or one ending "whatever" (a pair is :data:`CHOICE`)
    r"|\((?:[\w ]{1,20}/){2,}[\w ]{1,20}\)|\((?:[\w ]{1,20}/)+(?:whatever|etc|anything|something)\)"
    r"|\b(?:XYZ|XXX|ABC Corp|Firstname|FIRST_?NAME)\b"
    # "INSERT TOPIC", "YOUR NAME", "COMPANY HERE", "__(Name)__"
    r"|\b(?:INSERT|ADD) [A-Z]{2,}(?: [A-Z]{2,}){0,2}\b|\bYOUR (?:NAME|COMPANY|TITLE|ROLE|TOPIC)\b"
    r"|\b(?:NAME|COMPANY|TOPIC|TITLE) HERE\b|_{2,}\(?[\w ]{1,30}\)?_{2,}",
    0,
)
# Two words to choose from, "(article/talk)": a blank in a template that has others, an aside
# anywhere else ("a bootcamp grad (UX/product)", "a bilingual (Fr/En) role").
CHOICE = _p(r"\((?:[^\W\d_][\w ]{0,19}/)+[^\W\d_][\w ]{0,19}\)", 0)


def blanks(doc: Doc) -> list[Span]:
    """Find the blanks a template left: :data:`PLACEHOLDER`, and :data:`CHOICE` beside one."""
    found = doc.find(PLACEHOLDER)
    return sorted(set(found + doc.find(CHOICE))) if found else found


# A blank for a name, a company or a post: a slot to fill, not a description of a detail.
NAME_SLOT = re.compile(
    r"\b(?:name|company|firm|organi[sz]ation|employer|position|role|title|job|school|city|"
    r"industry|field|department|team)\b",
    re.IGNORECASE,
)

# A blank for a detail of what passed between them ("[something they said]", "[event]", "[date]"):
# a template's way of being specific. Not one for a sales line or a profile's contents.
DETAIL_SLOT = re.compile(
    r"\b(?:specific|said|says|mentioned|advice|tip|thing|moment|memory|happened|outcome|step|"
    r"event|date|day|month|conversation|discussed|talked|reason|why)\b",
    re.IGNORECASE,
)
# A blank for the writer's own line ("[who you are, one line]", "[your background]"): the
# template speaks to its user, so "you" there is the writer, not the reader.
WRITER_SLOT = re.compile(
    r"\b(?:who you are|about you(?:rself)?|yourself|what you do|your (?:own )?(?:background|bio|"
    r"intro|introduction|elevator pitch|experience|skills?|credentials))\b",
    re.IGNORECASE,
)
SALES_SLOT = re.compile(
    r"\b(?:interest|interests|pain|pain_point|benefit|value|value_prop|product|insert|profile|"
    r"compliment|milestone)\b|_",
    re.IGNORECASE,
)
