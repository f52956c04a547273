"""The customer's own turns of a call transcript with speaker labels.

A telephony export often writes a call as turns: "Agent: Hello, Lumio customer care,
Sam speaking, how can I help? Client: my plan was charged twice ...". The agent's
greeting names customer care on every call, so read whole, every call would be about
support. What the customer talks about is in the customer's turns.

:func:`customer_turns` keeps the text before the first label and the turns of the
customer's labels, and drops the agent's. It changes only a transcript: a text with
both an agent's and a customer's label. Any other text comes back as it is.
"""

from __future__ import annotations

import re

# Who speaks for the company, and who is the customer, in the six languages.
_AGENT = (
    "agent|agente|conseiller|conseillère|berater|beraterin|mitarbeiter|"
    "mitarbeiterin|operator|operatore|operatrice|operador|operadora|atendente|"
    "representative|rep"
)
_CUSTOMER = "client|cliente|customer|caller|kunde|kundin|anrufer|anruferin|appelant|appelante"

# A label starts the text or follows a space, and is followed by a colon.
_LABEL = re.compile(rf"(?:^|(?<=\s))(?:({_AGENT})|({_CUSTOMER}))\s*:", re.IGNORECASE)


def customer_turns(text: str) -> str:
    """The customer's turns of a labelled call transcript; any other text unchanged."""
    if ":" not in text:
        return text  # no label: most texts, at no cost to the enrichment stage
    labels = list(_LABEL.finditer(text))
    if not any(m.group(1) for m in labels) or not any(m.group(2) for m in labels):
        return text
    kept = [text[: labels[0].start()]]
    for label, following in zip(labels, [*labels[1:], None], strict=True):
        if label.group(2):
            end = following.start() if following else len(text)
            kept.append(text[label.end() : end])
    return " ".join(part.strip() for part in kept if part.strip())
