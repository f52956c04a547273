"""Slack incoming-webhook messages in Block Kit: one alert, or a digest of many.

Pure functions from alerts to the JSON Slack expects. Slack's limits shape
them: at most 50 blocks, 3,000 characters per section text, 150 per header,
and ``&``, ``<``, ``>`` escaped in text (customer quotes may contain them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from schemas.models import Alert
from sinks.delivery.links import AlertLinks

SEVERITY_MARK = {
    "critical": ":red_circle:",
    "warning": ":large_orange_circle:",
    "info": ":white_circle:",
}
SECTION_LIMIT = 3000
HEADER_LIMIT = 150
EVIDENCE_SHOWN = 5
DIGEST_LINE_LIMIT = 280

Block = dict[str, Any]


def escape(text: str) -> str:
    """Slack mrkdwn escaping (its docs: only these three characters)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": clip(text, SECTION_LIMIT)}


def _who(alert: Alert, links: AlertLinks) -> str:
    if not alert.customer_id:
        return "–"
    name = escape(alert.customer_id)
    return f"<{links.customer}|{name}>" if links.customer else name


def _severity(alert: Alert) -> str:
    return str(alert.severity.value if hasattr(alert.severity, "value") else alert.severity)


def alert_title(alert: Alert) -> str:
    return f"{_severity(alert).capitalize()} · {alert.rule}"


def render_alert(alert: Alert, links: AlertLinks) -> dict[str, Any]:
    """One alert as a Slack message: header, explanation, facts, evidence, buttons."""
    severity = _severity(alert)
    mark = SEVERITY_MARK.get(severity, "")
    facts = [
        _mrkdwn(f"*Customer*\n{_who(alert, links)}"),
        _mrkdwn(f"*Account*\n{escape(alert.account_id or '–')}"),
        _mrkdwn(f"*Severity*\n{severity}"),
        _mrkdwn(f"*At*\n{alert.created_at:%Y-%m-%d %H:%M} UTC"),
    ]
    for key, value in sorted(alert.details.items())[:6]:
        facts.append(_mrkdwn(f"*{escape(key)}*\n{escape(value)}"))
    shown = ", ".join(alert.evidence[:EVIDENCE_SHOWN]) or "–"
    more = len(alert.evidence) - EVIDENCE_SHOWN
    evidence = escape(shown) + (f" and {more} more" if more > 0 else "")
    blocks: list[Block] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                "text": clip(f"{mark} {alert_title(alert)}".strip(), HEADER_LIMIT),
                "emoji": True,
            },
        },
        {"type": "section", "text": _mrkdwn(escape(alert.explanation))},
        {"type": "section", "fields": facts[:10]},
        {
            "type": "context",
            "elements": [_mrkdwn(f"Evidence: {evidence} · alert `{escape(alert.alert_id)}`")],
        },
    ]
    buttons = _buttons(alert, links)
    if buttons:
        blocks.append(
            {"type": "actions", "block_id": f"a-{alert.alert_id}"[:255], "elements": buttons}
        )
    text = f"{alert_title(alert)}: {alert.explanation}"
    return {"text": clip(text, SECTION_LIMIT), "blocks": blocks}


def _buttons(alert: Alert, links: AlertLinks) -> list[Block]:
    wanted = [
        ("customer", "Open customer", links.customer, None),
        ("useful", "Useful", links.useful, "primary"),
        ("not_useful", "Not useful", links.not_useful, None),
    ]
    buttons: list[Block] = []
    for action, label, url, style in wanted:
        if not url:
            continue
        button: Block = {
            "type": "button",
            "action_id": f"voc_{action}",
            "text": {"type": "plain_text", "text": label},
            "url": url,
        }
        if style:
            button["style"] = style
        buttons.append(button)
    return buttons


def digest_summary(alerts: Sequence[Alert]) -> str:
    """``"12 alerts: 5 churn_intent, 4 detractor, 3 silence"`` (most frequent first)."""
    counts = Counter(alert.rule for alert in alerts)
    parts = ", ".join(
        f"{n} {rule}" for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return f"{len(alerts)} alerts: {parts}"


def render_digest(alerts: Sequence[Alert], links: Callable[[Alert], AlertLinks]) -> dict[str, Any]:
    """Many alerts in one message: a line each, most severe first, within 50 blocks."""
    order = {"critical": 0, "warning": 1, "info": 2}
    ranked = sorted(alerts, key=lambda a: (order.get(_severity(a), 3), a.created_at))
    blocks: list[Block] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": clip(digest_summary(alerts), HEADER_LIMIT)},
        },
    ]
    for alert in ranked[:45]:
        own = links(alert)
        line = (
            f"{SEVERITY_MARK.get(_severity(alert), '')} *{escape(alert.rule)}* · {_who(alert, own)}"
            f" · {escape(clip(alert.explanation, DIGEST_LINE_LIMIT))}"
        )
        judge = [
            f"<{url}|{label}>"
            for label, url in (("useful", own.useful), ("not useful", own.not_useful))
            if url
        ]
        if judge:
            line += " · " + " / ".join(judge)
        blocks.append({"type": "section", "text": _mrkdwn(line)})
    blocks.append(
        {
            "type": "context",
            "elements": [_mrkdwn("Grouped because several alerts were waiting for this channel.")],
        }
    )
    return {"text": digest_summary(alerts), "blocks": blocks}
