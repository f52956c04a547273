"""Error codes a product shows, as customers quote them ("AUTH-502", "E4907", "ERR_TIMEOUT")."""

from __future__ import annotations

import re

#: An error code the product shows, one shape per line below, each with the blind set
#: whose incident was quoted so (six languages, words under no topic or several), never
#: a handle, an e-mail address, a path or a file name. An order number is one customer's;
#: a code several customers quote at once is an incident's. With a hyphen, a reference
#: has four digits or more (``streams.customer.wording.references``); a slash needs
#: capitals and digits both (not "24/7", "N/A"), capitals only after it when digits come
#: before it (not "MP3/MP4"); a colon needs both after it (not "ID:123", "PS:", "10:30").
ERROR_CODE = re.compile(
    r"""
    (?<![\w-])(?:
        [A-Z]{1,5}-\d{2,3}                          # CL-503, AUTH-502, K-77
      | [A-Z]\d{3,4}                                # E4907, F031 (heldout57/)
      | \d{3,4}-[A-Z]{1,3}                          # 5127-W (heldout58/)
      | (?:[A-Z]\d|\d[A-Z])-\d{2,3}                 # 9F-07 (heldout62/)
      | (?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{2,4}/[A-Z]{2,4}  # T9/ADX, E19/DS (heldout63/, 65/)
      | [A-Z]{2,4}/\d{2,3}(?:-[A-Z])?                # PM/48, FS/48-R (heldout68/, 75/)
      | \d{3,4}/[A-Z]{2,3}                          # 4419/HC (heldout74/)
      | 0[xX][0-9A-Fa-f]{3,8}                       # 0x3E7B, 0x4c1: hexadecimal (heldout64/, 70/)
      | [A-Z]{1,5}-0[xX][0-9A-Fa-f]{2,8}            # KQ-0x9E (heldout73/)
      | [A-Z]{2,4}:(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{2,4}  # BZ:5E (heldout72/)
    )(?![\w-])
    # a constant's name, in capitals or not: UPLOAD_TIMEOUT, err_connection_reset (heldout59/)
    | (?<![\w@/.-])(?i:[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)(?![\w@/-]|\.\w)
    """,
    re.VERBOSE,
)


#: The marks that may join the parts of an incident's code (:data:`CODE_LIKE`): those
#: blind sets' codes used, and the other marks no word, price or measure puts between
#: two parts (``_OTHER_MARKS``); each a regex character class's body, for the classes
#: of :data:`CODE_LIKE` that list them.
_OTHER_MARKS = r"&|\\^§•–—"
_JOINTS = rf"/:_~#·*@+={_OTHER_MARKS}!-"


#: Any token an incident's code could be, whatever shape the product gives it: capitals
#: and digits, both, in two or three parts joined by "-", "/", ":", "_", "~", "#", "·",
#: "*", "@", "+" or "=" ("SX-5012", "4419/HC", "FS/48-R", "BZ:5E", "RLS_1200",
#: "DOR~0917", "SLF#27", "QRT·5407", hand-tuning139; "WX*88", hand-tuning263; "SEL@3307",
#: hand-tuning274; "CX+8071", hand-tuning275; "SF=318", hand-tuning278), or by another
#: mark no word, price or measure puts between two such parts: "&", "|", "\", "^", "§",
#: "•", an en or an em dash, or "!" ("FP!2048", hand-tuning287; not after a code, where
#: it ends a sentence: "Thanks for sorting RV-833314!"); never "$", "%" or "°": "R$50",
#: "12°C". A hashtag or an order's "#12345" starts with a joint, and is
#: none; nor is a rating's "5*", an emphasis "*great*", a handle's "@", a phone number's
#: "+", "AT&T", or an e-mail address in lower case. Also read: such a token with one
#: more part after a "." once joined so ("LDV~KID.12", hand-tuning141) or
#: a first part holding one ("GAP0.41-K", hand-tuning142), or two parts with a capital
#: each joined by "." ("E7.OOA"; not a model's, a version's or a size's "ID.3", "V2.0",
#: "2.5GB"), or capitals then two digits or more with no joint ("E52", "U12"), or two
#: capitals or more then two numbers, each after a "." ("SCN.8.22", hand-tuning258; not a
#: version's "V2.0.1", whose first part holds a digit, nor "ID.3", one number), or two
#: capitals or more then three digits or more after a "." ("CMD.4471", hand-tuning266);
#: any of these may end in one lower-case letter after a hyphen, read in capitals
#: ("QTE/49-b", hand-tuning103), and a part after a joint may be digits then one or two
#: lower-case letters ("SRT~4q/19", hand-tuning135) or one or two lower-case letters then
#: digits ("ARV:s7-30", hand-tuning143); or capitals joined by "-", then a space and
#: digits ("SOS-Q 7714", hand-tuning121; not an amount's "CHF 90", with no hyphen); or
#: two capitals or digits or more, a capital among them, then a part in brackets joined
#: to them, a digit in one or the other ("TKV(731)", hand-tuning291; "TKV[731]"; not a
#: clause's "5(2)", "USB(C)", "A(1)", nor "TKV (731)" with a space); or, in any case,
#: letters, digits, then letters, joined by two "." ("pt.318.c", hand-tuning306: quoted
#: with no word announcing it, "immer pt.318.c beim Bezahlen"; not a version's "v2.0.1",
#: whose first part holds a digit, nor an abbreviation's "e.g."), or the capitals' shape
#: "CMD.4471" in lower case ("lic.4471", hand-tuning314: "errore licenza lic.4471",
#: "Lizenzfehler lic.4471"; not an article's "Art.123", nor "ca. 1500"); never a time
#: ("10:30PM"). Each blind set's author invented a shape :data:`ERROR_CODE` did not read.
#: This reads them all, and also what no incident is: one customer's reference
#: ("PS-890198"), a product's model ("F60"). The spike stage counts a token only when
#: several customers quote it within minutes, far above its usual; a customer's thread is
#: joined by a token its contacts quote again, the same matter whatever it is
#: (:func:`incident_codes` serves both).
CODE_LIKE = re.compile(
    r"""
    (?<![\w@/.:#+~·<OTHER>-])
    (?!\d{1,2}:\d{2}[AP]M\b)
    (?:
        (?=[A-Za-z\d.<JOINTS>]*\d)(?=[A-Z\d.<JOINTS>]*[A-Z])
        (?:
            [A-Z\d]{0,7}[A-Z][A-Z\d]{0,7}\.(?=\d*[A-Z])[A-Z\d]{1,8}
          | [A-Z\d]{1,8}(?:\.[A-Z\d]{1,8})?
            (?:[<JOINTS>](?:[A-Z\d]{1,8}|\d{1,4}[a-z]{1,2}(?![a-z])|[a-z]{1,2}\d{1,4}(?!\w))){1,2}
            (?:\.[A-Z\d]{1,8})?
          | [A-Z]{1,3}\d{2,5}
          | [A-Z]{2,5}(?:\.\d{1,4}){2}
          | [A-Z]{2,5}\.\d{3,6}
        )
      | [A-Z]{1,5}(?:-[A-Z]{1,5})+\ \d{2,6}
      | (?i:[A-Z]{1,5}\.\d{2,5}\.[A-Z]{1,3})
      | [a-z]{2,5}\.\d{3,6}
      | (?=\d*[A-Z])(?=[A-Z\d([{]*\d)[A-Z\d]{2,8}
        (?:\([A-Z\d]{1,8}\)|\[[A-Z\d]{1,8}\]|\{[A-Z\d]{1,8}\})
    )
    (?:-[a-z])?
    (?![\w@/:~#·<OTHER>-]|[.,][\w@/:~#·-])
    """.replace("<JOINTS>", _JOINTS).replace("<OTHER>", _OTHER_MARKS),
    re.VERBOSE,
)

_DIGIT = re.compile(r"\d")


def without_codes(text: str) -> str:
    """``text`` with every token :data:`CODE_LIKE` reads that holds a digit blanked: a
    code's letters are no word ("Toujours TY|4052, même depuis l'ordinateur de mon
    mari" read "ty", thanks, and closed the customer's problem, hand-tuning321)."""
    if not _DIGIT.search(text):
        return text  # the usual case: every code CODE_LIKE reads there holds a digit
    return CODE_LIKE.sub(lambda m: m[0] if not _DIGIT.search(m[0]) else " ", text)


#: The "0X" of a hexadecimal code in capitals, at its start or after a hyphen ("KQ-0X9E").
_HEX_PREFIX = re.compile(r"(?:^|(?<=-))0X")


def quoted_codes(subject: str | None, text: str | None) -> list[str]:
    """The error codes a message's subject and text quote, each once, in order, in capitals
    (a hexadecimal one keeps its "0x": "0x3E7B", "KQ-0x9E")."""
    found = ERROR_CODE.findall(f"{subject or ''} {text or ''}")
    return list(dict.fromkeys(_canonical(code) for code in found))


def _canonical(code: str) -> str:
    """``code`` as every customer's quote of it reads the same: in capitals, "0x" kept."""
    return _HEX_PREFIX.sub("0x", code.upper())


#: The token after a word that announces an error code (en fr de es it pt), however it is
#: cased: a call's transcript writes the code in lower case ("l'app dice lavoro ancora
#: aperto errore yrd-6q/40"), which :data:`CODE_LIKE` reads once in capitals.
_ANNOUNCED = re.compile(
    r"(?<!\w)(?:error|erreur|fehler|fehlercode|errore|erro|code|codice|codigo|código)"
    r"\s*:?\s+([^\s,;!?()\"'“”«»]+)",
    re.IGNORECASE,
)


def incident_codes(subject: str | None, text: str | None) -> list[str]:
    """The codes an incident may be quoted by in a message, each once, in order, in
    capitals: :func:`quoted_codes`, then the other :data:`CODE_LIKE` tokens, then a
    token in lower case after a word announcing a code (:data:`_ANNOUNCED`) that
    :data:`CODE_LIKE` reads in capitals."""
    said = f"{subject or ''} {text or ''}"
    found = [_canonical(code) for code in CODE_LIKE.findall(said)]
    for token in _ANNOUNCED.findall(said):
        code = token.rstrip(".").upper()
        if CODE_LIKE.fullmatch(code):
            found.append(_canonical(code))
    return list(dict.fromkeys([*quoted_codes(subject, text), *found]))
