"""PII redaction: what must go, and the look-alikes (orders, dates, amounts) that must stay."""

from __future__ import annotations

import re

import pytest

from streams.text.pii import iban_ok, luhn_ok, redact


def test_clean_text_is_returned_unchanged() -> None:
    text = "Bonjour, commande 1234 livrée le 2026-11-23, montant 129.90 €."
    assert redact(text) == (text, ())
    assert redact("") == ("", ())


# ------------------------------------------------------------------ e-mail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("écrivez-moi à jean.dupont@gmail.com merci", "écrivez-moi à [EMAIL] merci"),
        ("Contact: Jean.Dupont+sav@orange.co.uk.", "Contact: [EMAIL]."),
        ("mail: marie_1987@exemple-mail.fr, ou pas", "mail: [EMAIL], ou pas"),
    ],
)
def test_emails(text: str, expected: str) -> None:
    assert redact(text) == (expected, ("email",))


def test_email_inside_url_keeps_the_rest_of_the_url() -> None:
    text = "voir https://example.com/unsubscribe?email=jean.dupont@gmail.com&lang=fr"
    assert redact(text) == (
        "voir https://example.com/unsubscribe?email=[EMAIL]&lang=fr",
        ("email",),
    )
    text = "lien https://example.com/profile/jean@example.org/settings"
    assert redact(text)[0] == "lien https://example.com/profile/[EMAIL]/settings"


def test_at_sign_without_email_is_left_alone() -> None:
    for text in ("https://example.com/user@x", "@zentrio_support vous êtes nuls", "rdv @ 10h"):
        assert redact(text) == (text, ())


# ------------------------------------------------------------------- phone


@pytest.mark.parametrize(
    "number",
    [
        "+33 6 12 34 56 78",
        "+33612345678",
        "+33 (0)6 12 34 56 78",
        "0033 6 12 34 56 78",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "(555) 123-4567",
        "555-123-4567",
        "555.123.4567",
        "+1 (555) 123-4567",
        "+44 20 7946 0958",
        "+49 171 1234567",
        "030 12345678",
        "612 34 56 78",
        "333 123 4567",
    ],
)
def test_phone_formats(number: str) -> None:
    assert redact(f"Rappelez-moi au {number} svp") == ("Rappelez-moi au [PHONE] svp", ("phone",))


@pytest.mark.parametrize(
    "text",
    [
        "livré le 2026-11-23",
        "commande 1234",
        "commande 123456789",
        "commande 00123456",
        "SIRET 123 456 789 00012",
        "commande n° 12345678901234 du 23/11/2026",
        "montant 129.90 € et 1 299,90 €",
        "rendez-vous le 03.11.2026 10:30",
        "le 23/11/2026 à 14h30, ticket #4567890",
        "version 2.14.3, build 20261123",
    ],
)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert redact(text) == (text, ())


# -------------------------------------------------------------------- card


def test_luhn() -> None:
    assert luhn_ok("4111111111111111")
    assert luhn_ok("5555555555554444")
    assert not luhn_ok("4111111111111112")
    assert not luhn_ok("1234567812345678")


@pytest.mark.parametrize(
    "card",
    [
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "4111111111111111",
        "5555 5555 5555 4444",
        "3782 822463 10005",
    ],
)
def test_valid_cards_are_redacted(card: str) -> None:
    assert redact(f"ma carte {card} a été débitée") == ("ma carte [CARD] a été débitée", ("card",))


@pytest.mark.parametrize(
    "text",
    [
        "ma carte 4111 1111 1111 1112 a été débitée",  # 16 digits, Luhn fails
        "suivi 1234 5678 9012 3456",
        "colis 4111111111111112",
    ],
)
def test_non_luhn_numbers_are_not_cards(text: str) -> None:
    assert redact(text) == (text, ())


# -------------------------------------------------------------------- IBAN


def test_iban_checksum() -> None:
    assert iban_ok("FR7630006000011234567890189")
    assert iban_ok("DE89370400440532013000")
    assert iban_ok("GB82WEST12345698765432")
    assert not iban_ok("FR7630006000011234567890188")  # checksum
    assert not iban_ok("FR763000600001123456789018")  # length for FR
    assert not iban_ok("ZZ7630006000011234567890189")  # unknown country


@pytest.mark.parametrize(
    "iban",
    [
        "FR76 3000 6000 0112 3456 7890 189",
        "FR7630006000011234567890189",
        "fr76 3000 6000 0112 3456 7890 189",
        "DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32",
    ],
)
def test_valid_ibans_are_redacted(iban: str) -> None:
    assert redact(f"mon IBAN {iban} merci") == ("mon IBAN [IBAN] merci", ("iban",))


def test_invalid_iban_is_left_alone() -> None:
    text = "mon IBAN FR76 3000 6000 0112 3456 7890 188 merci"
    assert redact(text) == (text, ())


# ------------------------------------------------------------------- mixed


def test_several_kinds_in_one_text() -> None:
    text = (
        "Je suis jean@x.fr, tél 06 12 34 56 78, carte 4111 1111 1111 1111, "
        "IBAN FR7630006000011234567890189, commande 1234."
    )
    redacted, kinds = redact(text)
    assert redacted == ("Je suis [EMAIL], tél [PHONE], carte [CARD], IBAN [IBAN], commande 1234.")
    assert kinds == ("card", "email", "iban", "phone")


def test_extra_patterns() -> None:
    customer_id = re.compile(r"\bCLI-\d{6}\b")
    assert redact("client CLI-123456", [customer_id]) == ("client [CUSTOM]", ("custom",))
    assert redact("client CLI-12", [customer_id]) == ("client CLI-12", ())
