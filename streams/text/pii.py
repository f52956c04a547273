"""PII redaction before anything is stored or published.

Replaces e-mail addresses, phone numbers, payment card numbers and IBANs with
typed placeholders ([EMAIL], [PHONE], [CARD], [IBAN]; [CUSTOM] for
caller-supplied patterns) and reports which kinds were found, so analysts can
still count "customers who sent their card number by e-mail".

Precision matters as much as recall: customers write order numbers, dates and
amounts all the time, and redacting "commande 1234" or "129.90 €" would
destroy the very text we analyse. Hence checksums where they exist (Luhn for
cards, ISO 7064 mod-97 plus the country length for IBANs) and, for phones,
shapes of real numbering plans plus a digit count instead of "any long number".

Speed: most texts hold no '@' and fewer than 8 digits and return after a
couple of C-level string scans, without touching a regex.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

EMAIL, PHONE, CARD, IBAN, CUSTOM = "email", "phone", "card", "iban", "custom"
PLACEHOLDERS = {
    EMAIL: "[EMAIL]",
    PHONE: "[PHONE]",
    CARD: "[CARD]",
    IBAN: "[IBAN]",
    CUSTOM: "[CUSTOM]",
}
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
    # North American: (555) 123-4567, 555-123-4567, 555.123.4567
    r"|\(\d{3}\) ?\d{3}[ .-]\d{4}"
    r"|\d{3}[.-]\d{3}[.-]\d{4}"
    # French national: 06 12 34 56 78, 06.12.34.56.78, 0612345678
    r"|0[1-9](?:" + _SEP + r"\d{2}){4}"
    # German / Italian / Spanish style: 030 12345678, 0171-1234567, 612 34 56 78
    r"|0\d{2,4}[ /-]\d{5,8}"
    r"|[6-9]\d{2}(?: \d{2}){3}"
    r"|[2-9]\d{2} \d{3} \d{4}"
    r"|3\d{2} \d{3} \d{3}"
    r")(?![\w]|[ .-]\d)"
)
# dd/mm/yyyy-like runs inside a phone candidate mean it is a date with a time.
_DATE_IN_PHONE_RE = re.compile(r"\b\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2}\b")


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


def _iban_sub(found: set[str]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        candidate = match.group(0)
        compact = candidate.replace(" ", "")
        expected = _IBAN_LENGTHS.get(compact[:2].upper())
        if expected is None or len(compact) < expected:
            return candidate
        # The regex may run into a following word ("... 189 merci"): cut at the
        # country length and keep what follows.
        kept, tail = _split_after_alnum(candidate, expected)
        if not iban_ok(kept.replace(" ", "")):
            return candidate
        found.add(IBAN)
        return PLACEHOLDERS[IBAN] + tail

    return replace


def _split_after_alnum(candidate: str, count: int) -> tuple[str, str]:
    seen = 0
    for index, char in enumerate(candidate):
        if char != " ":
            seen += 1
            if seen == count:
                return candidate[: index + 1], candidate[index + 1 :]
    return candidate, ""


def _card_sub(found: set[str]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        candidate = match.group(0)
        digits = candidate.replace(" ", "").replace("-", "")
        if not 13 <= len(digits) <= 19 or not luhn_ok(digits):
            return candidate
        found.add(CARD)
        return PLACEHOLDERS[CARD]

    return replace


def _phone_sub(found: set[str]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        candidate = match.group(0)
        digits = _digit_count(candidate)
        if not 8 <= digits <= 15 or _DATE_IN_PHONE_RE.search(candidate):
            return candidate
        # "00" + country code + a national number of 8+ digits; shorter runs
        # starting with 00 are references ("commande 00123456").
        if candidate.startswith("00") and digits < 11:
            return candidate
        found.add(PHONE)
        return PLACEHOLDERS[PHONE]

    return replace


def _simple_sub(kind: str, found: set[str]) -> Callable[[re.Match[str]], str]:
    def replace(_match: re.Match[str]) -> str:
        found.add(kind)
        return PLACEHOLDERS[kind]

    return replace


def redact(
    text: str, extra_patterns: Sequence[re.Pattern[str]] = ()
) -> tuple[str, tuple[str, ...]]:
    """Return ``text`` with PII replaced by placeholders, and the sorted kinds found.

    Order matters: e-mails first (they may hold digits), then IBANs (their
    digits could pass Luhn), cards (their digits could look like phones), phones,
    and finally the caller's ``extra_patterns`` as [CUSTOM].
    """
    has_at = "@" in text
    digits = _digit_count(text)
    if not has_at and not extra_patterns and digits < _MIN_DIGITS:
        return text, ()
    found: set[str] = set()
    if has_at:
        text = _EMAIL_RE.sub(_simple_sub(EMAIL, found), text)
    # Each regex only runs when the text has enough digits for what it finds
    # (counted before e-mails were cut out: at worst a regex runs for nothing).
    if digits >= _MIN_IBAN_DIGITS:
        text = _IBAN_RE.sub(_iban_sub(found), text)
    if digits >= _MIN_CARD_DIGITS:
        text = _CARD_RE.sub(_card_sub(found), text)
    if digits >= _MIN_PHONE_DIGITS:
        text = _PHONE_RE.sub(_phone_sub(found), text)
    for pattern in extra_patterns:
        text = pattern.sub(_simple_sub(CUSTOM, found), text)
    return text, tuple(sorted(found))
