"""PII search end to end (issue 13.4): PII-laden touchpoints go through the real
worker; then every ClickHouse table and the enriched topic are searched for the
raw values, as written and with spaces, dashes, dots and brackets removed.

The values sit in the text, the subject, free-form attributes, a line that
fails validation (its dead letter's preview) and, through the alerts the angry
text raises, in alert explanations. The customer reference carries only a
customer id: identifiers a reference carries on purpose are the documented
exception (``customers.identifiers``, the key of identifier-only customers).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from sinks.clickhouse.store import ClickHouseStore
from streams.tools.publisher import Publisher
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import consume_all, run_worker, settings_for, wait_for
from tests.support.builders import touchpoint_dict
from tests.support.pii_search import iban_fr, luhn_complete, records_holding, tables_holding

pytestmark = pytest.mark.integration


def pii_values(unique: str) -> dict[str, str]:
    """Values unique to this run (valid checksums), in the formats people write."""
    d = f"{int(unique, 16) % 10**8:08d}"
    surname = "Q" + "".join(chr(ord("a") + int(c, 16) % 26) for c in unique[:6])
    card = luhn_complete("4970" + d + "123")
    iban = iban_fr("30006000011234" + d[:7] + "89")
    return {
        "email": f"marie.{unique}@gmail.com",
        "email2": f"m.{unique}@orange.fr",
        "phone_fr": f"06 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
        "phone_fr_dots": f"07.{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:8]}",
        "phone_de": f"+49 151 {d[:4]} {d[4:]}",
        "phone_uk": f"07700 9{d[:5]}",
        "phone_us": f"(415) 5{d[:2]}-{d[2:6]}",
        "phone_es": f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
        "phone_it": f"+39 3{d[:2]} {d[2:5]} {d[5:8]}",
        "iban": " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)),
        "card": "-".join(card[i : i + 4] for i in range(0, 16, 4)),
        "street": f"{int(d[:2]) + 1} rue {surname}",
        "surname": surname,
    }


def lines(unique: str, v: dict[str, str]) -> list[bytes]:
    customer = {"customer_id": f"{unique}-pii", "account_id": f"acct-{unique}"}
    text = (
        "Bonjour,\nc'est inadmissible, je vais résilier mon abonnement. "
        f"Mon email {v['email']}, mon portable {v['phone_fr']}, au travail {v['phone_de']} "
        f"ou {v['phone_uk']} ou {v['phone_us']} ou {v['phone_es']} ou {v['phone_it']}. "
        f"Remboursez sur l'IBAN {v['iban']}, pas sur la carte {v['card']}. "
        f"J'habite au {v['street']}, 75011 Paris.\nCordialement,\nMarie {v['surname']}"
    )
    attributes = {
        "note": f"rappeler au {v['phone_fr_dots']} après 18h",
        "contact_email": v["email2"],
        "adresse": f"{v['street']}, 75011 Paris",
        "order_value": "129.90",
        "plan": "pro",
    }
    out = []
    for n in range(4):  # repeated anger: alerts that quote the text
        data = touchpoint_dict(
            event_id=f"{unique}-{n}",
            occurred_at=f"2026-11-{20 + n:02d}T10:00:00Z",
            customer=customer,
            text=text,
            subject=f"Rappel urgent {v['phone_fr']}",
            attributes=attributes,
            scores={"nps": 0 if n == 3 else None, "csat": None, "ces": None},
        )
        out.append(json.dumps(data).encode())
    bad = json.loads(out[0])
    bad["event_id"] = f"{unique}-bad"
    bad["scores"] = {"nps": 42}  # fails validation: a dead letter with all of it
    out.append(json.dumps(bad).encode())
    return out


def test_no_raw_pii_in_any_table_or_on_the_enriched_topic(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)
    values = pii_values(unique)
    published = lines(unique, values)
    good = len(published) - 1

    async def run() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            with Publisher(broker.bootstrap, settings) as publisher:
                report = publisher.publish_lines(list(enumerate(published, 1)), "pii.jsonl")
            assert report.sent == good and len(report.rejected) == 1
            await wait_for(lambda: running.pipeline.metrics.touchpoints_stored >= good)
            assert await running.settled()
        finally:
            await running.stop()

    asyncio.run(run())
    # What reached the store: the rows are there, with placeholders instead.
    _, rows = clickhouse.query(
        f"SELECT count(), groupUniqArrayArray(pii_kinds) FROM voc.touchpoints FINAL "
        f"WHERE customer_id = '{unique}-pii'"
    )
    assert rows[0][0] == good
    assert {"email", "phone", "iban", "card", "address", "name"} <= set(rows[0][1])
    mine = f"position(payload_preview, '{unique}-bad') > 0"
    _, letters = clickhouse.query(f"SELECT payload_preview FROM voc.dead_letters WHERE {mine}")
    assert len(letters) == 1 and "[PHONE]" in letters[0][0]
    _, alerts = clickhouse.query(
        f"SELECT rule, explanation FROM voc.alerts FINAL WHERE customer_id = '{unique}-pii'"
    )
    assert alerts, "the angry customer raises alerts (their explanations are searched too)"
    _, state = clickhouse.query(
        f"SELECT state FROM voc.customers FINAL WHERE customer_id = '{unique}-pii'"
    )
    context = json.loads(state[0][0])["context"]  # built from the redacted attributes
    assert "[PHONE]" in context["note"] and context["contact_email"] == "[EMAIL]"

    needles = [v for k, v in values.items() if k != "street"] + [values["street"].split()[-1]]
    assert tables_holding(clickhouse, needles) == {}
    enriched = consume_all(broker.bootstrap, settings.enriched_topic, good + 4, timeout=10)
    mine = [r for r in enriched if unique.encode() in (r.value or b"")]
    assert len(mine) >= good
    assert records_holding(mine, needles) == []
