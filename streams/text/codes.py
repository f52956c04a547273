"""Error codes a product shows, as customers quote them ("NV-208", "AUTH-502", "K-77")."""

from __future__ import annotations

import re

#: An error code the product shows: capitals, a hyphen, two or three digits ("CL-503",
#: "AUTH-502", "K-77"; a reference has four digits or more, see
#: ``streams.customer.wording.references``).
ERROR_CODE = re.compile(r"(?<![\w-])[A-Z]{1,5}-\d{2,3}(?![\w-])")


def quoted_codes(subject: str | None, text: str | None) -> list[str]:
    """The error codes a message's subject and text quote, each once, in order."""
    return list(dict.fromkeys(ERROR_CODE.findall(f"{subject or ''} {text or ''}")))
