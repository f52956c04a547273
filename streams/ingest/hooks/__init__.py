"""Webhook adapters, one module per tool: ``POST /v1/hooks/<source>``.

:func:`handle` checks the signature with the tool's own scheme and then maps
the payload: touchpoints, or a :class:`Rejection` with its reason.
"""

from __future__ import annotations

from datetime import datetime
from types import ModuleType

from schemas.models import Touchpoint
from streams.ingest.hooks import discourse, freshdesk, intercom, twilio, zendesk
from streams.ingest.hooks.common import Headers, Rejection

ADAPTERS: dict[str, ModuleType] = {
    module.SOURCE: module for module in (zendesk, intercom, freshdesk, twilio, discourse)
}


def handle(
    source: str, headers: Headers, body: bytes, secret: str, url: str, now: datetime
) -> list[Touchpoint] | Rejection:
    """Verify, then map. ``headers`` has lower-case names; ``url`` is the URL the tool called."""
    adapter = ADAPTERS.get(source)
    if adapter is None:
        return Rejection("unknown_source", f"no adapter for {source!r}", status=404)
    refused: Rejection | None = adapter.verify(headers, body, secret, url)
    if refused is not None:
        return refused
    mapped: list[Touchpoint] | Rejection = adapter.to_touchpoints(headers, body, now)
    return mapped
