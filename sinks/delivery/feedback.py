"""Feedback on alerts ("useful" / "not useful"): parsing a judgement, pure.

The worker's ``/feedback`` page (``streams/worker/delivery.py``) calls
:func:`parse_feedback` and stores the row in ``voc.alert_feedback``.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sinks.delivery.links import feedback_token

TRUE = {"1", "true", "yes", "useful", "y"}
FALSE = {"0", "false", "no", "not_useful", "not useful", "n"}


def parse_feedback(
    params: Mapping[str, str], secret: bytes | None, signed: bool, now: datetime | None = None
) -> tuple[tuple[Any, ...] | None, str]:
    """A ``voc.alert_feedback`` row from request parameters, or (None, the problem).

    ``signed``: the request itself was verified (POST), so no link token needed.
    """
    alert_id = (params.get("alert_id") or "").strip()
    if not alert_id or len(alert_id) > 200:
        return None, "alert_id missing"
    answer = (params.get("useful") or "").strip().lower()
    if answer not in TRUE | FALSE:
        return None, "useful must be 1/0, true/false or yes/no"
    useful = answer in TRUE
    if secret and not signed:
        token = params.get("sig") or ""
        if not hmac.compare_digest(
            token.encode(), feedback_token(secret, alert_id, useful).encode()
        ):
            return None, "invalid link"
    by = (params.get("by") or ("receiver" if signed else "link")).strip()[:200]
    comment = (params.get("comment") or "").strip()[:2000]
    return (alert_id, useful, by, comment, now or datetime.now(UTC)), ""
