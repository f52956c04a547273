"""Keeping the customer's turns of a labelled call transcript."""

from __future__ import annotations

import pytest

from streams.text.turns import customer_turns


def test_the_agent_s_turns_are_dropped() -> None:
    text = (
        "Agent: Hello, Lumio customer care, how can I help? Client: my plan was charged "
        "twice. Agent: I'm escalating your case. Client: Okay."
    )
    assert customer_turns(text) == "my plan was charged twice. Okay."


def test_labels_in_other_languages_and_cases() -> None:
    text = "BERATERIN: Guten Tag, Kundenservice. kunde: Die Rechnung ist falsch."
    assert customer_turns(text) == "Die Rechnung ist falsch."


def test_text_before_the_first_label_is_kept() -> None:
    text = "Call 14:02. Agent: Hello, support here. Customer: the box arrived open."
    assert customer_turns(text) == "Call 14:02. the box arrived open."


@pytest.mark.parametrize(
    "text",
    [
        # No labels at all.
        "Support never answers, third call today.",
        # One side only is no transcript: an agent's note stays as it is.
        "Agent: customer called about a refund, escalated.",
        "Customer: still waiting for my refund.",
        # A colon after a word inside a sentence that is not a label.
        "Re: my client account: still locked",
        # A label word glued to other letters is no label.
        "Subagent: noted. Clients: none",
    ],
)
def test_any_other_text_comes_back_as_it_is(text: str) -> None:
    assert customer_turns(text) == text
