"""Write keys for ``POST /v1/touchpoints``: Bearer, or Basic with the key as user name.

Keys are compared as SHA-256 digests (``Settings.ingest_keys`` only holds those),
in constant time.
"""

from __future__ import annotations

import base64
import binascii
import hmac

from streams.settings import hash_write_key


def key_from_header(authorization: str | None) -> str | None:
    """The write key an ``Authorization`` header carries, or ``None``."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    token = token.strip()
    if scheme.lower() == "bearer" and token:
        return token
    if scheme.lower() == "basic" and token:
        try:
            user, _, _password = base64.b64decode(token, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return user or None
    return None


def check_key(authorization: str | None, keys: frozenset[str]) -> str | None:
    """``None`` when the header carries a configured key, else the reason code."""
    if not keys:
        return "no_write_keys_configured"
    key = key_from_header(authorization)
    if key is None:
        return "missing_write_key"
    digest = hash_write_key(key).encode()
    found = False
    for known in keys:  # every key compared, in constant time each
        found |= hmac.compare_digest(digest, known.encode())
    return None if found else "invalid_write_key"
