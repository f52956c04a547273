"""Links put into messages: the customer view and "useful / not useful" feedback.

Pure functions. A feedback link carries a short HMAC token when a secret is
set, so only people who got the message can judge the alert; the /feedback
endpoint checks it with :func:`feedback_token`.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from schemas.models import Alert


@dataclass(frozen=True)
class AlertLinks:
    customer: str | None = None
    useful: str | None = None
    not_useful: str | None = None


def feedback_token(secret: bytes, alert_id: str, useful: bool) -> str:
    """The token of a feedback link: HMAC-SHA256 of ``"<alert_id>:<1|0>"``, 32 hex chars."""
    message = f"{alert_id}:{int(useful)}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:32]


def feedback_url(public_url: str, alert_id: str, useful: bool, secret: bytes | None) -> str:
    params = {"alert_id": alert_id, "useful": "1" if useful else "0"}
    if secret:
        params["sig"] = feedback_token(secret, alert_id, useful)
    return f"{public_url.rstrip('/')}/feedback?{urlencode(params)}"


def alert_links(
    alert: Alert, public_url: str, customer_url: str, secret: bytes | None
) -> AlertLinks:
    """Links for one alert; a link is None when its base URL is not configured."""
    customer = None
    if customer_url and alert.customer_id:
        customer = customer_url.format(
            customer_id=quote(alert.customer_id, safe=""),
            account_id=quote(alert.account_id or "", safe=""),
        )
    if not public_url:
        return AlertLinks(customer=customer)
    return AlertLinks(
        customer=customer,
        useful=feedback_url(public_url, alert.alert_id, True, secret),
        not_useful=feedback_url(public_url, alert.alert_id, False, secret),
    )
