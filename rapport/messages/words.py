"""How rare a word is in English, and whether it names a thing: the signal of a real detail.

Everyday English is told apart with word-frequency data (the ``wordfreq`` package's Zipf scale:
words used more than about once in 100,000 are everyday), and parts of speech come from
``lemminflect``'s dictionary. A topic is a noun (or an activity such as *hiring*, or a word no
dictionary knows: *onboarding*, *Tartu*); its rarity runs from 0 (everyday) to 1 (unheard of).
Used by the coach (a detail of the reader's life or work) and by the tracker's introductions
(what two people both care about).
"""

from __future__ import annotations

from functools import cache

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from rapport.messages.context import STOPWORDS

COMMON_ZIPF = 5.1  # at or above: an everyday word (about once in 80,000 words or more often)
DESCRIBING_ZIPF = 4.5  # a word that is also an adjective or verb counts only if rarer than this
BORROWED_ZIPF = 2.4  # an accented lower-case word this common is English as written ("café")


@cache
def zipf(word: str) -> float:
    """Return the Zipf frequency of a lower-case English word (0 for a word never seen)."""
    return zipf_frequency(word, "en")


# Words the lemma dictionary does not know that still name nothing: prepositions and
# conjunctions ("beside", "whilst"), pieces of links, chat fillers, titles and number words.
_FILLER_WORDS = (
    "beside towards toward amongst amidst amid whilst underneath beneath despite unto atop "
    "alongside onto upon via per albeit hence thus thereby whereby nonetheless nevertheless "
    "meanwhile https http www com org net html lol haha hehe btw omg tbh imo fyi asap unless "
    "congrats mrs prof pre min mins ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
# Chat shorthand the frequency data knows well enough to look like a rare noun.
_CHAT_WORDS = (
    "abt wud shud cud cld wld tmrw tmw tho thru ppl msg msgs bc bcoz bcz cuz coz thx thnx tnx "
    "pls plz ty tysm np nvm idk rn dm dms gonna wanna gotta kinda sorta dunno yep nope yup"
)
# The glue of a sentence in French, Spanish, Portuguese, Italian and German: a line written in
# one of them is a sentence, not a list of rare keywords ("merci pour les notes").
_FOREIGN_GLUE = (
    "le la les un une des du de et est sont pour que qui dans sur avec pas ne je tu il elle nous "
    "vous ils au aux ce cette mon ma mes votre vos leur très mais où merci bonjour "
    "el los las y en por para con es son una unos del al lo su sus mi nos muy pero gracias hola "
    "os um uma não com obrigado obrigada di che per non è sono grazie ciao "
    "der die das und ist sind nicht mit für ich du er sie wir ihr ein eine einen dem den zu auf "
    "von im danke hallo"
)
FOREIGN_GLUE = frozenset(_FOREIGN_GLUE.split())
FILLER = frozenset(_FILLER_WORDS.split() + _CHAT_WORDS.split()) | FOREIGN_GLUE
TYPO_ZIPF = 3.5  # below: a word no dictionary knows may be a slip of the keys...
NEAR_ZIPF = 4.8  # ...of a word at least this common


@cache
def looks_foreign(word: str) -> bool:
    """Whether a lower-case word with accents is another language's, not an English borrowing.

    "présentation", "réunion" or "était" in a half-French note are everyday words of that
    language, not rare English nouns; "café" and "résumé" are English as written.
    """
    return not word.isascii() and word.islower() and zipf(word) < BORROWED_ZIPF


@cache
def noun_topic(word: str) -> str | None:
    """Return the topic a lower-case word names (its noun lemma), or ``None`` for filler."""
    if len(word) < 3 or not word.isalpha() or word in STOPWORDS or word in FILLER:
        return None
    frequency = zipf(word)
    if frequency >= COMMON_ZIPF:
        return None
    lemmas = getAllLemmas(word)
    if not lemmas:
        return word  # not in the dictionary: a specialist word, a product, a field
    if "NOUN" in lemmas:
        describing = lemmas.keys() & {"ADJ", "ADV"}
        if describing and frequency >= DESCRIBING_ZIPF:
            return None  # mostly a describing word ("specific", "kind")
        return str(lemmas["NOUN"][0])
    if "VERB" in lemmas and word.endswith("ing") and frequency < DESCRIBING_ZIPF:
        return word  # an activity: hiring, fundraising
    return None


@cache
def looks_like_typo(word: str) -> bool:
    """Whether a lower-case word no dictionary knows is one slip from an everyday word.

    "realy" is one key from "really", "becuase" one swap from "because": a typo names nothing.
    A specialist word ("kubernetes", "dbt") is not one slip from any word that common.
    """
    if len(word) < 3 or not word.isalpha() or zipf(word) >= TYPO_ZIPF or getAllLemmas(word):
        return False
    return any(zipf(near) >= NEAR_ZIPF for near in _one_slip(word))


def _one_slip(word: str) -> set[str]:
    """Return the words one deletion, swap, change or insertion away (edit distance 1)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in letters}
        | {a + c + b for a, b in splits for c in letters}
    )


@cache
def rarity(key: str) -> float:
    """Return how rare a topic word is in English, from 0 (everyday) to 1 (unheard of)."""
    return (COMMON_ZIPF + 1 - zipf(key)) / (COMMON_ZIPF + 1)


def load_word_lists() -> None:
    """Load the word-frequency and part-of-speech data now (a second or more the first time).

    A dashboard or the coach's widget calls this when it is built, so the first word typed or
    the first logged note does not wait for it.
    """
    noun_topic("burnout")
