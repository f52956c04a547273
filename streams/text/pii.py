"""PII redaction before anything is stored or published.

Replaces e-mail addresses, phone numbers, payment card numbers, IBANs, street
addresses and personal names with typed placeholders ([EMAIL], [PHONE],
[CARD], [IBAN], [ADDRESS], [NAME]; [CUSTOM] for caller-supplied patterns) and
reports which kinds were found, so analysts can still count "customers who
sent their card number by e-mail". Names and addresses are found by their
context (greetings, signatures, titles, street types): ``streams.text.pii_context``.
``find_pii`` gives the spans, ``redact`` the redacted text; attributes, alert
explanations and dead-letter previews go through ``streams.text.redaction``.

Precision matters as much as recall: customers write order numbers, dates and
amounts all the time, and redacting "commande 1234" or "129.90 €" would
destroy the very text we analyse. Hence checksums where they exist (Luhn for
cards, ISO 7064 mod-97 plus the country length for IBANs) and, for phones,
shapes of real numbering plans plus a digit count instead of "any long
number"; a bare run of digits is a phone only after a word such as "tel".
``voc eval pii`` measures both on a labelled set (``streams/tools/eval_pii.py``).

Speed: e-mail and number regexes only run when the text holds an '@' or
enough digits; names and addresses cost one Aho-Corasick pass for their cue
words, and a regex only where a cue is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from streams.text.pii_context import ADDRESS, NAME, find_context_pii
from streams.text.pii_context import Span as Span

EMAIL, PHONE, CARD, IBAN, CUSTOM = "email", "phone", "card", "iban", "custom"
#: Every kind, in the order ``voc eval pii`` reports them.
KINDS = (EMAIL, PHONE, IBAN, CARD, ADDRESS, NAME)
PLACEHOLDERS = {
    EMAIL: "[EMAIL]",
    PHONE: "[PHONE]",
    CARD: "[CARD]",
    IBAN: "[IBAN]",
    ADDRESS: "[ADDRESS]",
    NAME: "[NAME]",
    CUSTOM: "[CUSTOM]",
}
_MASK = "\0"
_DIGITS = "0123456789"
_MIN_PHONE_DIGITS = 8  # national numbers have 8+ digits (E.164 allows up to 15)
_MIN_CARD_DIGITS = 13
_MIN_IBAN_DIGITS = 8  # every registered IBAN format has well over 8 digits
_MIN_DIGITS = min(_MIN_PHONE_DIGITS, _MIN_CARD_DIGITS, _MIN_IBAN_DIGITS)

# Local part and domain; stops at "/", "?", "=", ":" so an address inside a URL
# ("...?email=jean@x.fr") is cut out and the rest of the URL kept.
_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[\w%+-]+(?:\.[\w%+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24}\b"
)

# ISO 13616 lengths per country (SWIFT IBAN registry). An unknown country is not an IBAN.
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
# Country code, check digits, then alphanumeric groups with optional single spaces.
_IBAN_RE = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}\b")

# 13-19 digits, optionally grouped by single spaces or dashes, starting with a
# 2-6 (the issuer ranges of Visa, Mastercard, Amex, Discover, JCB, UnionPay...).
_CARD_RE = re.compile(r"(?<![\d.,-])[2-6](?:[ -]?\d){12,18}(?![\d-]|[.,]\d)")

# Phone shapes; a candidate must also hold 8 to 15 digits (E.164 maximum) and not
# be glued to other digit groups (so parts of longer numbers are left alone).
_SEP = r"[ .\-]?"
_PHONE_RE = re.compile(
    r"(?<![\w+/])(?<!\d[ .-])(?:"
    # International: +33 6 12 34 56 78, 0033 6 12 34 56 78, +1 (555) 123-4567,
    # +44 (0)20 7946 0958
    r"(?:\+|\b00)\d{1,3}" + _SEP + r"(?:\(0\)" + _SEP + r")?(?:\(\d{1,4}\)|\d{1,4})"
    r"(?:" + _SEP + r"\d{1,4}){1,5}"
    # North American: (555) 123-4567, 555-123-4567, 555.123.4567, 1-800-555-0199
    r"|(?:1[ .-]?)?\(\d{3}\) ?\d{3}[ .-]\d{4}"
    r"|(?:1[.-])?\d{3}[.-]\d{3}[.-]\d{4}"
    # French national: 06 12 34 56 78, 06.12.34.56.78, 0612345678
    r"|0[1-9](?P<fr>[ .-]?)\d{2}(?:(?P=fr)\d{2}){3}"
    # Trunk prefix 0 and an area code (DE, UK, IT, ES, PT landlines and mobiles):
    # 030 12345678, 0171-1234567, 0171/123 45 67, 020 7946 0958, 02 1234 5678,
    # (030) 1234 5678, 040 123 456 78
    r"|(?:0\d{1,4}|\(0\d{1,4}\))[ /-]?\d{2,8}(?: \d{2,4}){0,3}"
    # Spanish, Portuguese, Italian mobiles and landlines without the trunk 0:
    # 612 34 56 78, 91 123 45 67, 612 345 678, 21 123 4567, 333 123 4567,
    # 347 12 34 567, 339-1234567
    r"|[6-9]\d{2}(?: \d{2}){3}"
    r"|[89]\d[ .-]\d{3}[ .-]\d{2}[ .-]\d{2}"
    r"|[2-9]\d{2} \d{3} \d{4}"
    r"|3\d{2} \d{3} \d{3}"
    r"|3\d{2} \d{2} \d{2} \d{3}"
    r"|3\d{2}[ .-]\d{6,7}"
    r"|[2679]\d{2}[ .-]\d{3}[ .-]\d{3}"
    r"|2\d[ .-]\d{3}[ .-]\d{4}"
    r")(?![\w]|[ .-]\d)"
)
# A bare run of 9 to 12 digits is a phone only after a word that announces one
# ("Contacto 654321987", "tel 3281234567"); otherwise it is an order or a reference.
_BARE_PHONE_RE = re.compile(r"(?<![\w+/.,-])(?:0[1-9]|[2-9])\d{7,10}(?![\w]|[.,-]\d)")
_PHONE_CUE_RE = re.compile(
    r"(?i:\b(?:tel|tél|tel[eé]fono|telefon|telefone|telephone|téléphone|phone|mobile|cell|"
    r"cellulare|handy|portable|fixe|móvil|movil|telem[oó]vel|celular|numéro|numero|número|"
    r"nummer|rufnummer|contact|contacto|contatto|call|appel(?:er|ez)|rappel(?:er|ez)|"
    r"joindre|llam(?:ar|e|eme|adme)|chiam(?:are|atemi)|lig(?:ar|uem|ue)|ruf|anrufen|"
    r"whatsapp|sms)\b)"
)
_PHONE_CUE_REACH = 30  # characters before a bare run where the cue may be
# dd/mm/yyyy-like runs inside a phone candidate mean it is a date with a time.
_DATE_IN_PHONE_RE = re.compile(r"\b\d{1,2}([./ -])\d{1,2}\1(?:19|20)\d{2}\b")


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum every payment card number satisfies (1 in 10 random numbers do)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def iban_ok(compact: str) -> bool:
    """Known country, right length for it, and ISO 7064 mod-97 == 1."""
    compact = compact.upper()
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _digit_count(text: str) -> int:
    return sum(map(text.count, _DIGITS))


def _iban_span(match: re.Match[str]) -> tuple[int, int] | None:
    candidate = match.group(0)
    compact = candidate.replace(" ", "")
    expected = _IBAN_LENGTHS.get(compact[:2].upper())
    if expected is None or len(compact) < expected:
        return None
    # The regex may run into a following word ("... 189 merci"): cut at the
    # country length and keep what follows.
    kept = _cut_after_alnum(candidate, expected)
    if not iban_ok(kept.replace(" ", "")):
        return None
    return match.start(), match.start() + len(kept)


def _cut_after_alnum(candidate: str, count: int) -> str:
    seen = 0
    for index, char in enumerate(candidate):
        if char != " ":
            seen += 1
            if seen == count:
                return candidate[: index + 1]
    return candidate


def _card_span(match: re.Match[str]) -> tuple[int, int] | None:
    digits = match.group(0).replace(" ", "").replace("-", "")
    if not 13 <= len(digits) <= 19 or not luhn_ok(digits):
        return None
    return match.span()


def _phone_span(match: re.Match[str]) -> tuple[int, int] | None:
    candidate = match.group(0)
    digits = _digit_count(candidate)
    if not 8 <= digits <= 15 or _DATE_IN_PHONE_RE.search(candidate):
        return None
    # "00" + country code + a national number of 8+ digits; shorter runs
    # starting with 00 are references ("commande 00123456").
    if candidate.startswith("00") and digits < 11:
        return None
    # Trunk 0 and an area code: national numbers have 9+ digits ("ticket 0123 4567" has 8).
    if candidate[:1] in "0(" and digits < 9 and not candidate.startswith("00"):
        return None
    return match.span()


def _bare_phone_span(text: str) -> _Check:
    def check(match: re.Match[str]) -> tuple[int, int] | None:
        before = text[max(0, match.start() - _PHONE_CUE_REACH) : match.start()]
        return match.span() if _PHONE_CUE_RE.search(before) else None

    return check


def _any_span(match: re.Match[str]) -> tuple[int, int] | None:
    return match.span()


_Check = Callable[[re.Match[str]], "tuple[int, int] | None"]


def _claim(text: str, pattern: re.Pattern[str], check: _Check, kind: str, spans: list[Span]) -> str:
    """Add the spans ``pattern`` finds in ``text`` and return ``text`` with them masked.

    Masking keeps offsets and hides claimed characters from later detectors, as
    a placeholder would ("\\0" is neither a word, a digit nor a separator).
    """
    found = [span for span in map(check, pattern.finditer(text)) if span is not None]
    if not found:
        return text
    pieces = []
    position = 0
    for start, end in found:
        spans.append((start, end, kind))
        pieces.append(text[position:start])
        pieces.append(_MASK * (end - start))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _claim_spans(text: str, found: list[Span], spans: list[Span]) -> str:
    pieces = []
    position = 0
    for start, end, kind in sorted(found):
        if start < position:  # overlaps a span found by the same detector
            continue
        spans.append((start, end, kind))
        pieces.append(text[position:start])
        pieces.append(_MASK * (end - start))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def find_pii(text: str, extra_patterns: Sequence[re.Pattern[str]] = ()) -> list[Span]:
    """The PII in ``text`` as sorted, disjoint ``(start, end, kind)`` spans.

    Order matters: e-mails first (they may hold digits), then IBANs (their
    digits could pass Luhn), cards (their digits could look like phones),
    phones, addresses (house numbers and postcodes), names, and finally the
    caller's ``extra_patterns`` as ``custom``.
    """
    has_at = "@" in text
    digits = _digit_count(text)
    spans: list[Span] = []
    if has_at:
        text = _claim(text, _EMAIL_RE, _any_span, EMAIL, spans)
    # Each regex only runs when the text has enough digits for what it finds
    # (counted before e-mails were cut out: at worst a regex runs for nothing).
    if digits >= _MIN_IBAN_DIGITS:
        text = _claim(text, _IBAN_RE, _iban_span, IBAN, spans)
    if digits >= _MIN_CARD_DIGITS:
        text = _claim(text, _CARD_RE, _card_span, CARD, spans)
    if digits >= _MIN_PHONE_DIGITS:
        text = _claim(text, _PHONE_RE, _phone_span, PHONE, spans)
        text = _claim(text, _BARE_PHONE_RE, _bare_phone_span(text), PHONE, spans)
    # Names and addresses are capitalised: an all-lower-case text ("/pricing") has none.
    if not text.islower():
        text = _claim_spans(text, find_context_pii(text), spans)
    for pattern in extra_patterns:
        text = _claim(text, pattern, _any_span, CUSTOM, spans)
    spans.sort()
    return spans


def apply_spans(text: str, spans: Sequence[Span]) -> str:
    """``text`` with each span replaced by its kind's placeholder."""
    pieces = []
    position = 0
    for start, end, kind in spans:
        pieces.append(text[position:start])
        pieces.append(PLACEHOLDERS[kind])
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def redact(
    text: str, extra_patterns: Sequence[re.Pattern[str]] = ()
) -> tuple[str, tuple[str, ...]]:
    """Return ``text`` with PII replaced by placeholders, and the sorted kinds found."""
    spans = find_pii(text, extra_patterns)
    if not spans:
        return text, ()
    return apply_spans(text, spans), tuple(sorted({kind for _, _, kind in spans}))
