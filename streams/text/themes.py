"""Key phrases of a text, for candidate themes; names customers compare us with.

Candidate themes are the texts no taxonomy topic explains, grouped by the key
phrases they share. A key phrase here is a pair of content words that follow
each other once stop words are dropped ("la batterie se décharge" ->
``batterie décharge``), never across sentence punctuation, per language. That
is the simplest thing that groups "battery drains overnight" with "my battery
drains in two hours" and costs a few microseconds a text (one regex pass, set
look-ups): embeddings would group paraphrases too, at a hundred times the cost.

:func:`alternative_names` finds the names of alternatives in comparison or
switching phrases ("switching to X", "X does it better", "chez X c'est moins
cher"); the caller drops the ones the taxonomy already lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Words that carry no theme: function words, greetings, sign-offs, fillers.
STOP_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """
        les des une un le la de du et est en que qui dans pour pas sur au aux avec ce cette ces
        son sa ses se ne plus par mais ou où donc car ni mon ma mes ton ta tes nos vos leur leurs
        notre votre je tu il elle on nous vous ils elles me te lui y a ai as avons avez ont été
        être suis es sommes êtes sont était étaient fait faire faites tout tous toute toutes très
        trop bien aussi encore déjà toujours jamais rien chez comme quand si alors puis ça cela
        ceci c est qu j l d n s m t depuis après avant entre sans sous vers peu beaucoup moins
        quelque quelques autre autres même mêmes cet celle celui ceux avoir dit dire peut peux
        veux veut vais va vont aller merci bonjour bonsoir cordialement salut madame monsieur svp
        stp oui non voilà ici là quoi comment pourquoi lumio bonne journée semaine jour jours hier
        aujourd hui demain fois encore vraiment juste
        """.split()
    ),
    "en": frozenset(
        """
        the and for are but not you your yours with this that these those have has had was were
        been being will would could should can may might must shall our ours their theirs they
        them his her hers its it's from into onto about over under again further then once here
        there when where why how all any both each few more most other some such only own same
        than too very just also still even yet ever never now off out very what which who whom
        whose did does doing done get got gets getting make made makes let lets one two
        i me my myself we us he him she it is am be an a of to in on at by or as so if no do up
        hi hello hey dear thanks thank thx please regards cheers best kind sincerely lumio
        today yesterday tomorrow day days week time times really already always again
        im i'm ive i've dont don't didnt didn't cant can't wont won't isn't doesn't
        """.split()
    ),
    "es": frozenset(
        "el la los las de del y que en un una por con para es no se mi su al lo".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine mit für auf den dem des ich sie es zu".split()
    ),
    "it": frozenset("il lo la gli le di e che un una per con non è mi si del della al da".split()),
    "pt": frozenset(
        "o a os as de do da e que um uma por com para não é se meu minha no na".split()
    ),
}
_NO_STOP_WORDS: frozenset[str] = frozenset()
#: Words (letters only, 3 or more; an elided "l'appli" is one token, dropped),
#: @handles (a person's handle is no theme, and must not be stored as one) and
#: the sentence punctuation that cuts phrases, in one pass.
_TOKENS = re.compile(r"@[\w.]+|[^\W\d_]{3,}(?:['’][^\W\d_]+)?|[.!?;:,\n()\[\]\"«»…]")
#: At most this many key phrases per text (the first ones: a long e-mail's
#: signature and quoted history come last).
MAX_PHRASES = 12


def key_phrases(text: str, language: str) -> list[str]:
    """The text's key phrases in order, each once: adjacent content-word pairs."""
    stop = STOP_WORDS.get(language, _NO_STOP_WORDS)
    phrases: dict[str, None] = {}
    previous = ""
    for token in _TOKENS.findall(text.lower()):
        if len(token) == 1:  # punctuation: a phrase never spans it
            previous = ""
        elif token in stop or token[0] == "@" or "'" in token or "’" in token:
            continue  # "l'appli", "don't": elided forms are noise here; handles too
        else:
            if previous:
                phrases[f"{previous} {token}"] = None
                if len(phrases) >= MAX_PHRASES:
                    break
            previous = token
    return list(phrases)


#: A name: a capitalised word (or two), as customers write brands.
_NAME = r"([A-Z][\w.-]{2,}(?: [A-Z][\w-]{2,})?)"
ALTERNATIVE_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?i:switch|switching|switched|moving|move|moved|going|go|went|gone|changing)"
        rf" (?i:over )?(?i:to|with) {_NAME}",
        rf"\b(?i:try|trying|tried|using|use) {_NAME} (?i:instead)",
        rf"\b{_NAME} (?i:does it|does this|do it|did it|is|are|was) "
        r"(?i:way |much |so |a lot )?(?i:better|cheaper|faster|easier)",
        r"\b(?i:passer|passe|partir|pars|aller|vais|suis passée?|je passe|je pars) (?i:chez) "
        + _NAME,
        rf"\b(?i:chez) {_NAME},? (?i:c'est|c’est|ils sont|on a|tout est|ça)",
        rf"\b{_NAME} (?i:fait|font) (?i:bien |beaucoup |nettement )?(?i:mieux)",
        rf"\b{_NAME} (?i:est|sont) (?i:bien |beaucoup |nettement )?(?i:moins cher|plus rapide)",
    )
)


def alternative_names(text: str, ignore: Iterable[str] = ()) -> list[str]:
    """Names a text compares us with or says it leaves for, lower-cased, each once.

    ``ignore`` (lower-case): names already known (the taxonomy's competitors,
    our own brand) and words that are no names ("Another", "The").
    """
    lower = text.lower()
    if not any(trigger in lower for trigger in _TRIGGERS):
        return []  # most texts: one pass of substring tests, no regex
    skip = set(ignore)
    found: dict[str, None] = {}
    for pattern in ALTERNATIVE_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group(1).rstrip(".-").lower()
            first = name.split(" ")[0]
            if name in skip or first in skip or first in _NOT_NAMES:
                continue
            found[name] = None
    return list(found)


#: Every pattern holds one of these (lower-case).
_TRIGGERS = (
    "switch", "moving", "move", "going", "go ", "went", "gone", "changing", "instead", "better",
    "cheaper", "faster", "easier", "chez", "mieux", "moins cher", "plus rapide",
)  # fmt: skip
#: Capitalised words the patterns catch that are no brand.
_NOT_NAMES = frozenset(
    """
    another other the this that them they you your our their his her its my a an it
    je il elle on nous vous ils elles un une le la les des ce cette
    monday tuesday wednesday thursday friday saturday sunday
    lundi mardi mercredi jeudi vendredi samedi dimanche
    """.split()
)
