"""Redaction beyond text and subject: attributes, alert explanations, dead-letter previews.

Pure functions over ``streams.text.pii``:

- :func:`redact_attributes` for a touchpoint's free-form ``attributes``: safe
  keys kept, personal keys replaced whole, every other value redacted like
  text. The keys live in ``redaction.toml`` next to this module (documented
  there); :func:`load_attribute_policy` reads another file.
- :func:`redact_explanation` for alert explanations (and any other sentence
  built from what customers wrote).
- :func:`redact_preview` for the readable preview of a dead letter's bytes.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from streams.text.pii import KINDS, Span, apply_spans, find_pii, redact

DEFAULT_POLICY_FILE = Path(__file__).with_name("redaction.toml")
#: Dead-letter previews keep this many characters (after redaction).
PREVIEW_CHARS = 512
_PREVIEW_MARGIN = 256  # bytes read past the cut: longer than any IBAN, card or phone
#: JSON payloads up to this size are parsed and redacted value by value.
_JSON_PREVIEW_BYTES = 1 << 20
_KEY_SEPARATORS = re.compile(r"[-.\s]+")


def normalise_key(key: str) -> str:
    """``"Shipping-Address"`` -> ``"shipping_address"``."""
    return _KEY_SEPARATORS.sub("_", key.strip().lower())


@dataclass(frozen=True)
class AttributePolicy:
    """Which attribute keys stay as they are, and which hold personal data whole."""

    safe: frozenset[str]
    #: kind -> words; a key part equal to a word (or ending with one of 5+ letters) is that kind.
    personal: Mapping[str, tuple[str, ...]]
    _seen: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def kind_of(self, key: str) -> str | None:
        """``"safe"``, a PII kind for a personal key, or None (redact like text)."""
        if key in self._seen:
            return self._seen[key]
        kind = self._kind_of(normalise_key(key))
        if len(self._seen) < 10_000:  # attribute keys are few; never grow without bound
            self._seen[key] = kind
        return kind

    def _kind_of(self, key: str) -> str | None:
        if key in self.safe:
            return "safe"
        for part in key.split("_"):
            for kind, words in self.personal.items():
                if any(part == w or (len(w) >= 5 and part.endswith(w)) for w in words):
                    return kind
        return None


def load_attribute_policy(path: Path = DEFAULT_POLICY_FILE) -> AttributePolicy:
    """Read a policy file in the format of ``redaction.toml``."""
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    personal = raw.get("personal", {})
    unknown = set(personal) - set(KINDS)
    if unknown:
        raise ValueError(f"{path}: unknown PII kinds under [personal]: {sorted(unknown)}")
    return AttributePolicy(
        safe=frozenset(normalise_key(key) for key in raw.get("safe", [])),
        personal={
            kind: tuple(normalise_key(word) for word in words) for kind, words in personal.items()
        },
    )


@lru_cache(maxsize=1)
def default_attribute_policy() -> AttributePolicy:
    return load_attribute_policy()


def attribute_spans(key: str, value: str, policy: AttributePolicy | None = None) -> list[Span]:
    """The PII spans of one attribute value under ``policy`` (the default file if None)."""
    kind = (policy or default_attribute_policy()).kind_of(key)
    if kind == "safe" or not value:
        return []
    if kind is not None:
        return [(0, len(value), kind)]
    return find_pii(value)


def redact_attributes(
    attributes: Mapping[str, str], policy: AttributePolicy | None = None
) -> tuple[dict[str, str], tuple[str, ...]]:
    """Attributes with PII replaced by placeholders, and the sorted kinds found."""
    policy = policy or default_attribute_policy()
    redacted = dict(attributes)
    found: set[str] = set()
    for key, value in attributes.items():
        spans = attribute_spans(key, value, policy)
        if spans:
            redacted[key] = apply_spans(value, spans)
            found.update(kind for _, _, kind in spans)
    return redacted, tuple(sorted(found))


def redact_explanation(text: str) -> str:
    """An alert explanation (or any text meant for people) with PII replaced."""
    return redact(text)[0] if text else text


def redact_preview(payload: bytes, limit: int = PREVIEW_CHARS) -> str:
    """A dead letter's bytes as readable text, PII replaced, at most ``limit`` characters.

    A JSON payload (a touchpoint that failed validation) is redacted value by
    value, like a touchpoint: ``attributes`` under the attribute policy, every
    other string like text; JSON's escapes (``\\n`` before a signature, ``\\u00e9``
    in a name) would otherwise hide the cues. Anything else is redacted as
    text, JSON-escaped line breaks read as line breaks. Redacted before it is
    cut, with a margin beyond the cut, so a number that straddles the cut
    cannot leave its first half behind. Undecodable bytes become U+FFFD.
    """
    if len(payload) <= _JSON_PREVIEW_BYTES and payload[:1] in (b"{", b"["):
        try:
            data = json.loads(payload)
            if isinstance(data, dict | list):
                return json.dumps(_redact_json(data), ensure_ascii=False)[:limit]
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to walk: text
            pass
    text = payload[: 4 * limit + _PREVIEW_MARGIN].decode("utf-8", errors="replace")
    text = text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\t", "\t")
    return redact(text)[0][:limit]


def _redact_json(value: Any, key: str | None = None) -> Any:
    if isinstance(value, dict):
        if key == "attributes" and all(isinstance(v, str) for v in value.values()):
            return redact_attributes({str(k): v for k, v in value.items()})[0]
        return {k: _redact_json(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_json(v, key) for v in value]
    if isinstance(value, str):
        return redact(value)[0]
    return value
