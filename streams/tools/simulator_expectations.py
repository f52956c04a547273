"""Planted signs of changing expectations for the simulator (issue 19).

From ``ScenarioConfig.expectations_at_day`` (off unless inside the scenario),
three signals rise over ``RAMP_DAYS`` days, in French and English, each
carried by its own B2C customers (one message each, more of them every day):

- **theme**: a complaint no taxonomy topic knows (the device's LED blinks all
  night; "le voyant clignote toute la nuit");
- **shift**: B2C customers start citing sustainability (recyclable packaging,
  less plastic) as a choice criterion, from half a day later;
- **alternative**: customers name ``Blinko``, an alternative not in the
  competitor list ("switching to Blinko", "chez Blinko c'est moins cher"),
  from a day later.

Their texts name a taxonomy topic (delivery) except the theme's, so each
signal is seen by the detector it is meant for. The truth goes to
``GroundTruth.expectations``: per signal, its start, what it is, its event ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from streams.tools.simulator_plan import _DAY, _HOUR, _iso

if TYPE_CHECKING:
    from streams.tools.simulator import _Simulation
    from streams.tools.simulator_plan import _Customer, _Rng

RAMP_DAYS = 3.0
#: Customers per signal: this share of the population, at least MIN_CUSTOMERS.
SHARE = 0.06
MIN_CUSTOMERS = 36
#: Hours after the scenario's ``expectations_at_day`` each signal starts.
OFFSETS_H = {"theme": 0.0, "shift": 12.0, "alternative": 24.0}
ACTION = "expectation"
NEW_ALTERNATIVE = "Blinko"
THEME_PHRASES = {"en": ["led blinks"], "fr": ["voyant clignote"]}
SHIFT_CRITERION = "sustainability"
SHIFT_SEGMENT = "b2c"

TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "theme": {
        "en": (
            "The LED blinks all night on {product}, it lights up the whole bedroom.",
            "Why does the LED blinks all night? Impossible to sleep with it.",
            "Since this week the LED blinks green all night long, can I turn it off?",
            "The LED blinks constantly at night, very annoying in a bedroom.",
        ),
        "fr": (
            "Le voyant clignote toute la nuit sur {product}, ça éclaire toute la chambre.",
            "Pourquoi le voyant clignote sans arrêt la nuit ? Impossible de dormir.",
            "Depuis cette semaine le voyant clignote en vert toute la nuit, on peut l'éteindre ?",
            "Le voyant clignote la nuit dans la chambre, c'est très gênant.",
        ),
    },
    "shift": {
        "en": (
            "For my next order, I would like recyclable packaging and less plastic please.",
            "Does your delivery use recyclable packaging? Sustainability matters to me now.",
            "Before I order again: is the packaging of {product} eco-friendly?",
        ),
        "fr": (
            "Pour ma prochaine commande, j'aimerais un emballage recyclable et moins de plastique.",
            "Votre livraison a-t-elle des emballages recyclables ? L'écologie compte pour moi.",
            "Avant de passer commande : l'emballage de {product} est-il éco-responsable ?",
        ),
    },
    "alternative": {
        "en": (
            "Blinko does it better and their delivery is free, just saying.",
            "Thinking of switching to Blinko, their orders arrive in a day.",
            "My neighbour went with Blinko for her order and it arrived the next morning.",
        ),
        "fr": (
            "Chez Blinko c'est moins cher et la livraison est offerte.",
            "Je vais passer chez Blinko, leurs commandes arrivent en un jour.",
            "Blinko fait mieux, livraison en 24h et sans frais.",
        ),
    },
}
SIGNALS = tuple(TEXTS)
CHANNELS = ("chat", "email", "community", "social", "web")


def plan_expectations(sim: _Simulation) -> None:
    """Queue the three signals' messages and their truth (called by ``_Simulation.plan``)."""
    cfg, rng = sim.cfg, sim.rng
    start = sim.t0 + cfg.expectations_at_day * _DAY
    pool = [c for c in sim.customers if c.persona in ("happy", "detractor") and not c.account]
    rng.shuffle(pool)
    n = min(len(pool) // len(SIGNALS), max(MIN_CUSTOMERS, round(SHARE * cfg.customers)))
    chosen = [s.strip() for s in cfg.expectation_signals.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(SIGNALS))
    if unknown:
        raise ValueError(f"unknown expectation signal(s) {', '.join(unknown)}: {SIGNALS}")
    for i, signal in enumerate(SIGNALS):
        if signal not in chosen:
            continue
        t0 = start + OFFSETS_H[signal] * _HOUR
        members = pool[i * n : (i + 1) * n]
        truth: dict[str, Any] = {
            "start": _iso(t0),
            "customers": sorted((c.cid for c in members), key=lambda x: int(x[2:])),
            "event_ids": [],
        }
        if signal == "theme":
            truth["phrases"] = THEME_PHRASES
        elif signal == "shift":
            truth |= {"criterion": SHIFT_CRITERION, "segment": SHIFT_SEGMENT}
        else:
            truth["name"] = NEW_ALTERNATIVE.lower()
        sim.truth.expectations[signal] = truth
        for c in members:
            # Rising: the share of the signal's messages written by time x grows as x^1.5.
            t = t0 + RAMP_DAYS * _DAY * rng.random() ** (1 / 1.5)
            if t >= sim.t_end:
                continue
            level = -1 if signal == "theme" else 0
            seq = sim.add(t, c, ACTION, rng.choice(CHANNELS), level, signal)
            sim.marks[seq] = ("", f"expectations:{signal}")


def render_expectation(
    rng: _Rng, c: _Customer, channel: str, signal: str, slots: Any
) -> tuple[str, str | None, str, str]:
    """(text, subject, kind, source) of one planted message."""
    body = rng.choice(TEXTS[signal][c.lang]).format_map(slots)
    fr = c.lang == "fr"
    if channel == "email":
        text = f"{'Bonjour' if fr else 'Hello'},\n\n{body}\n\n{'Cordialement' if fr else 'Regards'}"
        return text, ("Question" if fr else "A question"), "message", "zendesk"
    if channel == "chat":
        return body, None, "chat", "intercom"
    if channel == "social":
        return f"@LumioHelp {body}"[:280], None, "mention", "twitter"
    if channel == "community":
        return body, ("Question" if fr else "A question"), "post", "discourse"
    return body, None, "ticket", "webform"
