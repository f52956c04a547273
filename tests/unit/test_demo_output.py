"""The demo prints customer words as they are: never as rich markup or emoji codes."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from rich.console import Console

from schemas.models import Alert, Severity
from streams.tools.demo import _alert_line, render_table

TRICKY = [
    "price [/] ok",
    "[bold]shouting[/bold] and [email] kept",
    "[red]not red[/red] :thumbs_up: 100% %s {0}",
    "[link=http://x]click[/link] \\[escaped]",
]


def printed(renderable: object) -> str:
    out = io.StringIO()
    Console(file=out, width=400, color_system=None, emoji=True).print(renderable)
    return out.getvalue()


@pytest.mark.parametrize("text", TRICKY)
def test_a_live_alert_prints_the_customer_words_verbatim(text: str) -> None:
    now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    alert = Alert(
        alert_id="a-1",
        rule="nps_detractor",
        severity=Severity.critical,
        customer_id=f"c-{text}"[:12],
        created_at=now,
        emitted_at=now,
        explanation=f'NPS 2 (detractor). They wrote: "{text}"',
        dedup_key="k",
    )
    output = printed(_alert_line(alert))
    assert f'They wrote: "{text}"' in output
    assert f"c-{text}"[:12] in output
    assert output.startswith("ALERT nps_detractor")


def test_table_cells_and_headers_are_data_not_markup() -> None:
    output = printed(render_table("t", ["[b]col[/b]", "n"], [[text, 1] for text in TRICKY]))
    for text in TRICKY:
        assert text in output
    assert "[b]col[/b]" in output
