"""PII found by its context: personal names and street addresses, in six languages.

Unlike e-mails or IBANs, a name or an address has no shape of its own, so
these detectors look for the words around it:

- names after a greeting ("Bonjour Marie,", "Hallo Herr Müller"), after a
  courtesy title anywhere ("rappeler Mme Petit", "Dear Mr Patel"), and in a
  signature: a sign-off ("Cordialement,", "Best,", "Mit freundlichen Grüßen")
  followed by capitalised words that end their line;
- addresses around a street type: number first ("14 rue des Lilas",
  "221B Baker Street"), type first with a house number after it ("Calle Mayor
  10", "Via Roma 12", "Rua Augusta 100"), German compounds ("Goethestraße 12",
  "Hauptstr. 45"); then a postcode and city when they follow.

A name must be capitalised and is never a generic word ("Hello Team",
"Thanks, Support Team", "Bonjour Madame, Monsieur"); a signature name must end
its line, so "Merci Beaucoup pour rien" keeps its words. What these miss:
names with no cue around them ("Complaint from Robert Miller"), brand names
greeted like people ("Hi Acme,"), and addresses without a street type.

Spans are ``(start, end, kind)`` offsets into the text given; the caller
(``streams.text.pii``) masks what earlier detectors claimed.
"""

from __future__ import annotations

import re

import ahocorasick

NAME, ADDRESS = "name", "address"
Span = tuple[int, int, str]

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŤŪŮŰŸŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšťūůűźżž"
#: One capitalised word: "Marie", "O'Brien", "Jean-Pierre", "McDonald".
_CAP = rf"[{_UPPER}][{_LOWER}{_UPPER}]*(?:['’-][{_UPPER}]?[{_LOWER}]+)*"
_PARTICLE = r"(?:de|du|des|da|do|dos|das|di|del|della|van|von|der|den|ten|le|la|y|e|bin)"
#: A personal name: one to three capitalised words, particles between them.
_PERSON = rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{0,2}}"

_TITLES = (
    r"mr|mrs|ms|miss|mx|dr|prof|m|mme|mlle|monsieur|madame|mademoiselle|herr|frau|"
    r"sr|sra|srta|señor|señora|señorita|don|doña|dña|sig|sig\.ra|sigra|signor|signora|"
    r"dott|dott\.ssa|senhor|senhora|dona|eng"
)
_TITLE = rf"(?i:(?:{_TITLES})\.?)"
_GREETINGS = (
    r"bonjour|bonsoir|salut|coucou|cher|chère|chers|chères|"
    r"hi|hello|hey|dear|good morning|good afternoon|good evening|"
    r"hallo|liebe|lieber|sehr geehrte|sehr geehrter|guten tag|guten morgen|guten abend|"
    r"moin|servus|grüß gott|"
    r"hola|estimado|estimada|querido|querida|buenos días|buenas tardes|buenas noches|"
    r"ciao|salve|gentile|gentilissimo|gentilissima|caro|cara|buongiorno|buonasera|"
    r"olá|ola|oi|prezado|prezada|bom dia|boa tarde|boa noite"
)
_SIGN_OFFS = (
    r"cordialement|bien cordialement|bien à vous|salutations|sincères salutations|"
    r"bonne journée|bonne soirée|merci|merci d'avance|amicalement|à bientôt|"
    r"best|best regards|kind regards|warm regards|regards|thanks|thank you|many thanks|"
    r"cheers|sincerely|yours sincerely|yours faithfully|yours truly|all the best|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|"
    r"beste grüße|liebe grüße|herzliche grüße|lg|vg|mfg|gruß|grüße|danke|"
    r"saludos|un saludo|saludos cordiales|atentamente|cordialmente|gracias|un abrazo|"
    r"cordiali saluti|distinti saluti|saluti|grazie|un saluto|a presto|"
    r"cumprimentos|melhores cumprimentos|atenciosamente|obrigado|obrigada|abraços|abraço"
)
#: What follows a greeting: an optional title, then the name. A comma right
#: after the greeting means no name follows ("Guten Tag, Bestellung 4500..." is
#: German capitalising a noun).
_AFTER_GREETING_RE = re.compile(rf"[ \t]+(?:{_TITLE}[ \t]+)?(?P<name>{_PERSON})(?![\w'’-])")
#: What follows a capitalised title ("Mme", "Herr", "Dr."): the name.
_AFTER_TITLE_RE = re.compile(rf"\.?[ \t]+(?P<name>{_PERSON})(?![\w'’-])")
#: What follows a sign-off: on the same line (after a comma) or the next, a
#: name that ends its line.
_AFTER_SIGN_OFF_RE = re.compile(
    rf"[ \t]*(?:[,.!:;-][ \t]*)?(?:\r?\n[ \t]*)*"
    rf"(?:{_TITLE}[ \t]+)?(?P<name>{_PERSON})(?=[ \t]*[.,!]?[ \t]*(?:\r?\n|$))"
)
#: Capitalised words that start a greeting or signature but name nobody.
_NOT_NAMES = frozenset(
    """
    team teams all everyone everybody there folks guys support service services customer
    customers client clients sir madam madame monsieur mesdames messieurs mademoiselle
    equipe équipe tous toutes zusammen leute kundenservice kundendienst damen herren
    todos todas equipo atención cliente tutti ragazzi assistenza servizio signori
    equipa pessoal senhores amigos the a an
    beaucoup encore again more vielmals sehr molte mille muchas muito lot
    """.split()
)

_NEXT_WORD = re.compile(r"[ \t]+(\w+)")

_NUMBER = r"\d{1,4}(?:[ \t]?(?i:bis|ter)\b|[A-Za-z]\b)?"
_STREET_FR = (
    r"rue|avenue|av\.|bd|boulevard|chemin|allée|impasse|place|quai|route|cours|square|"
    r"passage|voie|rond-point|faubourg|résidence|lotissement"
)
_STREET_EN = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|"
    r"Court|Ct\.?|Place|Pl\.?|Way|Terrace|Close|Crescent|Square|Parkway|Highway|Gardens|Row|"
    r"Mews|Hill|Grove"
)
_STREET_FIRST = (
    r"calle|c/|avenida|avda\.|av\.|plaza|pza\.|paseo|camino|carretera|ronda|travesía|"
    r"viale|corso|piazza|piazzale|largo|vicolo|strada|lungomare|"
    r"rua|r\.|praça|travessa|estrada|alameda|rodovia|"
    r"rue|avenue|boulevard|place|allee|platz"
)
_DE_SUFFIX = r"straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad"
#: A street name's word: capitalised, no capital inside ("PayPal", "WhatsApp" are brands).
_STREET_WORD = rf"[{_UPPER}][{_LOWER}]+(?:['’-][{_UPPER}]?[{_LOWER}]+)*"
_WORD_OR_PARTICLE = rf"(?:{_PARTICLE}|{_STREET_WORD}|[IVX]+|l['’]|d['’])"
#: Postcode and city after the street line: "75002 Paris", "1100-053 Lisboa",
#: "Springfield, IL 62704", "London NW1 6XE".
_CITY = rf"{_CAP}(?:[ \t-]+(?:{_PARTICLE}[ \t-]+)?{_CAP}){{0,2}}"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
_TAIL = (
    rf"(?:,?[ \t]+(?:\d{{5}}|\d{{4}}-\d{{3}}|\d{{4}})[ \t]+{_CITY}"
    rf"|,[ \t]+{_CITY},[ \t]+[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?"
    rf"|,?[ \t]+{_CITY}[ \t]+{_UK_POSTCODE}"
    rf"|,?[ \t]+{_UK_POSTCODE}(?:[ \t]+{_CITY})?)?"
)
_ADDRESS_RE = re.compile(
    r"(?<![\w.,/-])(?:"
    # 14 rue des Lilas / 27, boulevard Voltaire / 3 bis avenue Jean Jaurès
    rf"{_NUMBER},?[ \t]+(?i:{_STREET_FR})(?:[ \t]+{_WORD_OR_PARTICLE}){{1,5}}"
    # 221B Baker Street / 1600 Pennsylvania Avenue NW
    rf"|{_NUMBER}[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}}[ \t]+(?:{_STREET_EN})"
    r"(?:[ \t]+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
    # Calle Mayor 10 / Via Roma 12 / Rua Augusta, 100 / Berliner Allee 10
    rf"|(?i:{_STREET_FIRST})[ \t]*(?:[ \t]+{_WORD_OR_PARTICLE}){{1,5}},?[ \t]+{_NUMBER}"
    # "via" is also a preposition ("via Amazon 2 times"): its number must end the phrase
    rf"|(?i:via)(?:[ \t]+{_WORD_OR_PARTICLE}){{1,5}},?[ \t]+{_NUMBER}(?=[ \t]*(?:[,.;:)\n]|$))"
    rf"|{_CAP}[ \t]+(?:Straße|Strasse|Allee|Platz|Weg|Ring|Gasse|Damm)[ \t]+{_NUMBER}"
    # Goethestraße 12 / Hauptstr. 45
    rf"|[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*(?:{_DE_SUFFIX})[ \t]*{_NUMBER}"
    rf"){_TAIL}(?![\w])"
)


def _name_span(text: str, match: re.Match[str]) -> Span | None:
    """The name group, unless it is a generic word, a cue ("thanks!\\n\\nThanks,\\nOlivia")
    or names a group ("Dear Lumio team")."""
    start, end = match.span("name")
    words = match.group("name").split()
    first = words[0].lower()
    if first in _NOT_NAMES or first in _CUE_WORDS or words[-1].lower() in _NOT_NAMES:
        return None
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1).lower() in _NOT_NAMES:
        return None
    return (start, end, NAME)


# Speed: a regex that tries dozens of cue words at every position costs tens of
# microseconds per text. Instead one Aho-Corasick pass over the lower-cased text
# finds the cue words (C speed); the name regexes then run anchored at each cue,
# and the address regex only when a street word has a digit near it.


def _words(alternation: str) -> list[str]:
    return [w.replace("\\.?", "").replace("\\", "") for w in alternation.split("|")]


#: What may stand before a cue word: keys carry it, so a cue inside a word
#: ("this" holds "hi") is never reported and the automaton stays quiet.
_BEFORE = (" ", "\n", "\t", "(", '"', "'", ",", ".", ";", ":", "-", "*", ">")


_GREETING, _SIGN_OFF, _TITLE_CUE, _STREET, _SUFFIX = range(5)
_CUE_LISTS = (
    (_GREETING, _words(_GREETINGS), _BEFORE),
    (_SIGN_OFF, _words(_SIGN_OFFS), _BEFORE),
    (_TITLE_CUE, _words(_TITLES), _BEFORE),
    (_STREET, [*_words(_STREET_FR), *_words(_STREET_EN), *_words(_STREET_FIRST), "via"], _BEFORE),
    # German street suffixes are glued to the street's name ("Goethestraße 12")
    (_SUFFIX, _words(_DE_SUFFIX), ("",)),
)


def _automaton() -> ahocorasick.Automaton:
    """Every cue word behind each prefix; values: (key length, the cue's kind)."""
    automaton = ahocorasick.Automaton()
    for kind, words, prefixes in _CUE_LISTS:
        for word in words:
            for prefix in prefixes:
                key = prefix + word.lower()
                automaton.add_word(key, (len(key), kind))
    automaton.make_automaton()
    return automaton


_CUES = _automaton()
_AFTER_CUE = {
    _GREETING: _AFTER_GREETING_RE,
    _SIGN_OFF: _AFTER_SIGN_OFF_RE,
    _TITLE_CUE: _AFTER_TITLE_RE,
}
#: Words of greetings and sign-offs: never the first word of a name.
_CUE_WORDS = frozenset(" ".join(_words(_GREETINGS) + _words(_SIGN_OFFS)).split())
_ADDRESS_REACH = 60  # characters around a street word where its house number may be


def _lowered(text: str) -> str:
    """ " " + the lower-cased text (so a cue at the start has a prefix too): offsets + 1."""
    lowered = text.lower()
    return " " + (lowered if len(lowered) == len(text) else text)


def find_context_pii(text: str) -> list[Span]:
    """Names and addresses in ``text``, sorted (a name and an address may overlap)."""
    lowered = _lowered(text)
    size = len(lowered)
    names: set[Span] = set()
    street = False
    # ``end`` is the cue's last character in ``lowered``, so its end in ``text``;
    # the key's prefix character in ``lowered`` sits where the cue starts in ``text``.
    for end, (length, kind) in _CUES.iter(lowered):
        if kind == _SUFFIX:
            street = street or lowered[end + 1 : end + 3].lstrip()[:1].isdigit()
            continue
        if end + 1 < size and lowered[end].isalnum() and lowered[end + 1].isalnum():
            continue  # the cue is the start of a longer word
        start = end - length + 1
        if kind == _STREET:
            if not street:
                window = text[max(0, start - _ADDRESS_REACH) : end + _ADDRESS_REACH]
                street = any(char.isdigit() for char in window)
            continue
        if kind == _TITLE_CUE and not text[start].isupper():
            continue  # "rappeler Mme Petit", not "500 m Route"
        match = _AFTER_CUE[kind].match(text, end)
        span = _name_span(text, match) if match is not None else None
        if span is not None:
            names.add(span)
    spans = sorted(names)
    if street:
        spans += [(m.start(), m.end(), ADDRESS) for m in _ADDRESS_RE.finditer(text)]
        spans.sort()
    return spans


def find_names(text: str) -> list[Span]:
    """Personal names after greetings and titles, and in signatures."""
    return [span for span in find_context_pii(text) if span[2] == NAME]


def find_addresses(text: str) -> list[Span]:
    """Street addresses with their postcode and city when they follow."""
    return [span for span in find_context_pii(text) if span[2] == ADDRESS]
