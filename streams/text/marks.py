"""The typography a text is read by: words shouted in capitals, short quotations (the
words of a listing, an app or someone else rather than the customer's) and reply
prefixes. Shared by the affect rules (streams/text/affect.py), the charge rule
(streams/text/charges.py), the customer's wording (streams/customer/wording.py), the
alert rules (streams/alerts/rules.py) and the enricher, which reads a reply's own words
apart from the subject it quotes (streams/stages/enrich.py)."""

from __future__ import annotations

import re

# Runs of 4+ capital letters: "INADMISSIBLE", "JAMAIS"; "SAV" or "OK" are not shouting.
# No \b: word boundaries make the scan ~2x slower and "ARGHhh" is shouting anyway.
CAPS_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]{4,}")
#: A short quotation (rule 6): one to ten words between quotation marks, the opening
#: mark at the start or after a space or bracket, the closing one before a space,
#: punctuation or the end, so an apostrophe inside a word ("Percheo's", "l'avete",
#: "don't") opens or closes nothing.
_QUOTED_RE = re.compile(
    r"(?:^|(?<=[\s(\[]))['\"‘“«„‚]"
    r"(?=\S)([^'\"‘’“”«»„‚\n]{1,80}?)(?<=\S)"
    r"['\"’”»“‘](?=$|[\s.,;:!?)\]…])"
)
QUOTE_MARKS = frozenset("'\"‘’“”«»„‚")

#: A reply prefix opening a subject or a message ("RE:", "RES:", "AW:", "R:", "SV:",
#: "RV:", "TR:", "WG:", "FW:"): the customer answers a thread, a repeat contact.
REPLY_PREFIX = re.compile(r"^\s*(?:re|res|aw|r|rv|sv|tr|wg|fw|fwd)\s*:", re.IGNORECASE)


def without_quotes(text: str) -> str:
    """``text`` with its short quotations (rule 6) blanked: the words of a listing, an
    app or someone else, not the customer's ("steht in der App \"Auftrag erledigt\"")."""
    if QUOTE_MARKS.isdisjoint(text):
        return text
    return _QUOTED_RE.sub(" ", text)
