"""Names, addresses, national phone formats, attribute/explanation/preview redaction,
and the arithmetic of ``voc eval pii`` on a tiny hand-made set."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas.models import Touchpoint
from streams.stages.enrich import Enricher
from streams.text.pii import find_pii, redact
from streams.text.redaction import (
    load_attribute_policy,
    redact_attributes,
    redact_explanation,
    redact_preview,
)
from streams.tools.eval_pii import EVAL_SET, TUNE_SET, Item, format_report, load_items, score
from tests.support.builders import NOW, touchpoint_dict

# ------------------------------------------------------------------ phones


@pytest.mark.parametrize(
    "number",
    [
        # Germany
        "(030) 1234 5678",
        "0171/123 45 67",
        "040 123 456 78",
        "+49 (0)171 1234567",
        "0049 171 1234567",
        # United Kingdom
        "020 7946 0958",
        "(020) 7946 0958",
        "0161 496 0000",
        "07700 900123",
        "+44 (0)20 7946 0958",
        # Spain
        "91 123 45 67",
        "612 345 678",
        "0034 91 123 45 67",
        # Italy
        "02 1234 5678",
        "347 12 34 567",
        "339-1234567",
        "+39 333 123 4567",
        # United States
        "1-800-555-0199",
        "1 (800) 555-0199",
        "+1-555-123-4567",
        # Portugal, France
        "21 123 4567",
        "+351 912 345 678",
        "07.81.44.23.19",
    ],
)
def test_national_phone_formats(number: str) -> None:
    assert redact(f"Call {number} please.") == ("Call [PHONE] please.", ("phone",))


def test_a_bare_run_of_digits_is_a_phone_only_after_a_phone_word() -> None:
    assert redact("tel 3281234567") == ("tel [PHONE]", ("phone",))
    assert redact("Contacto: 654321987") == ("Contacto: [PHONE]", ("phone",))
    for text in ("order 612345678", "invoice 3012345678", "Bestellnummer 4500012345"):
        assert redact(text) == (text, ())


@pytest.mark.parametrize(
    "text",
    [
        "ticket 0123 4567",
        "ref 02-2026-1234",
        "le 01 12 2026 à 10h",
        "Rechnung 2026/4471, Kundennummer 10045678",
        "colis 6A12345678901",
    ],
)
def test_references_that_look_like_national_numbers_stay(text: str) -> None:
    assert redact(text) == (text, ())


# ------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bonjour Marie,\nmerci", "Bonjour [NAME],\nmerci"),
        ("Hi John, thanks", "Hi [NAME], thanks"),
        ("Hallo Herr Müller,", "Hallo Herr [NAME],"),
        ("Estimada Sra. García:", "Estimada Sra. [NAME]:"),
        ("Cordialement,\nJean Dupont", "Cordialement,\n[NAME]"),
        ("Best, Sarah Connor", "Best, [NAME]"),
        ("Mit freundlichen Grüßen\nKlaus Becker\n", "Mit freundlichen Grüßen\n[NAME]\n"),
        ("Cumprimentos,\nAna da Silva", "Cumprimentos,\n[NAME]"),
        ("merci de rappeler Mme Petit demain", "merci de rappeler Mme [NAME] demain"),
        ("Kind regards,\nMichael O'Brien\nHead of Ops", "Kind regards,\n[NAME]\nHead of Ops"),
    ],
)
def test_names_after_greetings_titles_and_in_signatures(text: str, expected: str) -> None:
    assert redact(text) == (expected, ("name",))


@pytest.mark.parametrize(
    "text",
    [
        "Hello team, the app crashes",
        "Bonjour Madame, Monsieur, je souhaite résilier",
        "Guten Tag, Bestellung 4500012345 vom 01.12.2026",
        "Dear Lumio team,",
        "Thanks, Support Team",
        "Merci Beaucoup pour rien",
        "I bought it at Best Buy on Black Friday",
        "Hallo zusammen, danke",
    ],
)
def test_greetings_and_sign_offs_without_a_person_stay(text: str) -> None:
    assert redact(text) == (text, ())


def test_a_sign_off_word_is_never_the_name() -> None:
    assert redact("works, thanks!\n\nThanks,\nOlivia Wright")[0] == (
        "works, thanks!\n\nThanks,\n[NAME]"
    )


# --------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("address", "after"),
    [
        ("14 rue des Lilas, 69003 Lyon", " merci"),
        ("3 bis avenue Jean Jaurès", ", au fond"),
        ("221B Baker Street, London NW1 6XE", "."),
        ("77 Maple Avenue, Springfield, IL 62704", "."),
        ("Goethestraße 12, 10115 Berlin", " liefern"),
        ("Hauptstr. 45", " im EG"),
        ("Calle Mayor 10, 28013 Madrid", "."),
        ("Via Roma 12, 20121 Milano", "."),
        ("Rua Augusta 100, 1100-053 Lisboa", "."),
    ],
)
def test_street_addresses_with_postcode_and_city(address: str, after: str) -> None:
    text = f"adresse : {address}{after}"
    assert redact(text) == (f"adresse : [ADDRESS]{after}", ("address",))


@pytest.mark.parametrize(
    "text",
    [
        "I paid via PayPal 2 times",
        "j'ai réservé 2 places pour le 14 juillet",
        "the rue 12 campaign",
        "Lieferung in 3 Tagen, Ring 5 Stufen",
    ],
)
def test_street_words_without_an_address_stay(text: str) -> None:
    assert redact(text) == (text, ())


def test_spans_are_sorted_disjoint_and_typed() -> None:
    text = "Hi Nora, mail nora@x.io, tel +33 6 12 34 56 78, 5 rue Nationale, 75013 Paris"
    spans = find_pii(text)
    assert [(text[s:e], kind) for s, e, kind in spans] == [
        ("Nora", "name"),
        ("nora@x.io", "email"),
        ("+33 6 12 34 56 78", "phone"),
        ("5 rue Nationale, 75013 Paris", "address"),
    ]


# -------------------------------------------- attributes, explanations, DLQ


def test_attributes_keep_safe_keys_replace_personal_keys_and_redact_the_rest() -> None:
    attributes = {
        "order_value": "129.90",
        "plan": "pro",
        "order_id": "612345678",
        "Shipping-Address": "12 rue de la Paix",
        "contact_name": "Laura Chen",
        "lieferadresse": "Bahnhofstraße 7",
        "note": "rappeler au 06 12 34 56 78",
        "hotel": "Ibis",
    }
    redacted, kinds = redact_attributes(attributes)
    assert redacted == {
        "order_value": "129.90",
        "plan": "pro",
        "order_id": "612345678",
        "Shipping-Address": "[ADDRESS]",
        "contact_name": "[NAME]",
        "lieferadresse": "[ADDRESS]",
        "note": "rappeler au [PHONE]",
        "hotel": "Ibis",
    }
    assert kinds == ("address", "name", "phone")


def test_the_attribute_policy_file_is_configurable(tmp_path: Path) -> None:
    policy_file = tmp_path / "redaction.toml"
    policy_file.write_text('safe = ["Note"]\n[personal]\nphone = ["fax"]\n', encoding="utf-8")
    policy = load_attribute_policy(policy_file)
    attributes = {"note": "06 12 34 56 78", "fax_number": "whatever", "plan": "jean@x.fr"}
    assert redact_attributes(attributes, policy) == (
        {"note": "06 12 34 56 78", "fax_number": "[PHONE]", "plan": "[EMAIL]"},
        ("email", "phone"),
    )
    policy_file.write_text('[personal]\nshoe_size = ["size"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="shoe_size"):
        load_attribute_policy(policy_file)


def test_explanations_and_dead_letter_previews_are_redacted() -> None:
    assert redact_explanation("NPS 2 from Bonjour Marie: call 06 12 34 56 78") == (
        "NPS 2 from Bonjour [NAME]: call [PHONE]"
    )
    payload = b'{"email": "eric@example.com", "text": "IBAN FR7630006000011234567890189"}'
    assert redact_preview(payload) == '{"email": "[EMAIL]", "text": "IBAN [IBAN]"}'
    # A number that straddles the cut is redacted before the cut: no half is left.
    long = b"x" * 500 + b" tel +33 6 12 34 56 78 and more"
    assert "+33 6 1" in redact(long[:512].decode())[0]  # cutting first would leak this
    preview = redact_preview(long, limit=512)
    assert len(preview) == 512 and "+33" not in preview and preview.endswith(" tel [PHONE]")
    assert redact_preview(b"\xff\xfe tel 0612345678") == "\ufffd\ufffd tel [PHONE]"


def test_enrichment_redacts_attributes_and_reports_their_kinds() -> None:
    raw = touchpoint_dict(text="Commande 1234 jamais reçue")
    raw["attributes"] = {"order_value": "129.90", "delivery_address": "8 place Bellecour"}
    touchpoint = Touchpoint.model_validate(raw)
    [item] = Enricher().enrich([touchpoint], ["c-1"], NOW)
    assert item.attributes == {"order_value": "129.90", "delivery_address": "[ADDRESS]"}
    assert item.pii_kinds == ["address"]


# -------------------------------------------------------- eval arithmetic


def test_eval_scores_coverage_and_majority_overlap_on_a_hand_made_set() -> None:
    items = [
        # both labelled spans fully redacted: 2 found, 2 correct
        Item(
            "a",
            "en",
            "text",
            None,
            "Hi John, call 555-123-4567",
            ((3, 7, "name"), (14, 26, "phone")),
        ),
        # a name the redactor cannot see: 1 missed
        Item("b", "en", "subject", None, "Complaint from Robert Miller", ((15, 28, "name"),)),
        # nothing labelled, nothing redacted
        Item("c", "fr", "text", None, "commande 1234", ()),
        # a personal attribute key: the whole value is one correct [NAME]
        Item("d", "en", "attributes", "contact_name", "Laura Chen", ((0, 10, "name"),)),
    ]
    report = score(items)
    name, phone, total = report.by_kind["name"], report.by_kind["phone"], report.total
    assert (name.labelled, name.found, name.redacted, name.correct) == (3, 2, 2, 2)
    assert (phone.labelled, phone.found, phone.redacted, phone.correct) == (1, 1, 1, 1)
    assert (total.labelled, total.found, total.redacted, total.correct) == (4, 3, 3, 3)
    assert report.missed == [("b", "name", "Robert Miller")]
    assert format_report(report)[-1] == "pii_recall=75.0 pii_precision=100.0"


def test_eval_counts_partial_redaction_as_a_miss_and_overreach_as_wrong() -> None:
    item = Item("x", "en", "text", None, "ref 0612345678 ok", ((4, 14, "phone"),))

    def half(_: Item) -> list[tuple[int, int, str]]:
        return [(4, 9, "phone")]  # leaves "45678" behind

    def overreach(_: Item) -> list[tuple[int, int, str]]:
        return [(0, 17, "phone")]  # 10 of its 15 letters and digits are labelled

    def elsewhere(_: Item) -> list[tuple[int, int, str]]:
        return [(4, 14, "card"), (15, 17, "name")]  # right place (other type), then "ok"

    assert (score([item], half).total.found, score([item], half).total.correct) == (0, 1)
    assert score([item], overreach).total.correct == 1
    report = score([item], elsewhere)
    assert report.total.found == 1 and report.by_kind["card"].correct == 1
    assert report.wrong == [("x", "name", "ok")]
    assert format_report(report)[-1] == "pii_recall=100.0 pii_precision=50.0"


def test_the_bundled_sets_are_labelled_consistently_and_kept_apart() -> None:
    scored, tuning = load_items(EVAL_SET), load_items(TUNE_SET)
    assert len(scored) >= 120 and len(tuning) >= 40
    assert {item.lang for item in scored} == {"en", "fr", "de", "es", "it", "pt"}
    assert {item.field for item in scored} == {"text", "subject", "attributes"}
    kinds = {kind for item in scored for _, _, kind in item.spans}
    assert kinds == {"email", "phone", "iban", "card", "address", "name"}
    for item in scored + tuning:
        assert all(0 <= s < e <= len(item.text) for s, e, _ in item.spans), item.id
    scored_values = {item.text[s:e] for item in scored for s, e, _ in item.spans}
    tuning_values = {item.text[s:e] for item in tuning for s, e, _ in item.spans}
    assert not scored_values & tuning_values
    assert not {item.text for item in scored} & {item.text for item in tuning}


def test_a_dead_letter_nested_too_deeply_to_walk_is_previewed_as_text() -> None:
    """JSON 5,000 objects deep: json.loads raises RecursionError; the preview is its text."""
    payload = b'{"email": "eric@example.com", "deep": ' + b'{"k":' * 5_000 + b"1" + b"}" * 5_001
    preview = redact_preview(payload, limit=200)
    assert preview.startswith('{"email": "[EMAIL]", "deep": {"k":{"k":') and len(preview) == 200
