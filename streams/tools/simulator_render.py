"""The simulator's renderer: one plan entry to contract fields (text, subject, kind,
scores, identifiers), and the journey stage each event was planted in.
"""

from __future__ import annotations

import re
from typing import Any

from streams.tools import simulator_texts as tx
from streams.tools.simulator_expectations import ACTION as EXPECTATION
from streams.tools.simulator_expectations import render_expectation
from streams.tools.simulator_plan import (
    _TOPIC_INDEX,
    CHURN,
    CHURN_PAGES,
    COMPETITOR,
    PAGES,
    REPEAT,
    RESOLVED,
    SIGNATURE,
    _Customer,
    _Rng,
)

#: The journey stage a conversation about a topic belongs to (see planted_stage).
TOPIC_STAGES = {
    "price": "consideration",
    "delivery": "purchase",
    "billing": "purchase",
    "onboarding": "onboarding",
    "quality": "usage",
    "bugs": "usage",
    "usability": "usage",
    "support": "support",
    "account_access": "support",
    "refund": "support",
    "cancellation": "exit",
}
#: The stage each compliment of ``simulator_texts.POS`` speaks of (same order in each
#: language): the product, its set-up, the support, the delivery, the app, the brand,
#: its value, the purchase.
COMPLIMENT_STAGES = (
    "usage",
    "onboarding",
    "support",
    "purchase",
    "usage",
    "usage",
    "usage",
    "purchase",
)
PAGE_STAGES = (
    ("/account/cancel", "exit"),
    ("/help/cancel", "exit"),
    ("/pricing", "consideration"),
    ("/products", "consideration"),
    ("/help", "support"),
    ("/account", "usage"),
    ("/blog", "awareness"),
    ("/", "awareness"),
)


def planted_stage(
    action: str, level: int, topic: str, flags: int, value: int, ev: dict[str, Any]
) -> tuple[str, bool]:
    """The journey stage the simulator meant for one event, and whether the event shows it.

    The story: browsing the site is awareness (home, blog), consideration (pricing,
    products), support (help) or usage (account); a churner's last visits are the
    exit, even when the page (pricing) looks like a shopper's. A purchase is the
    purchase; a cancellation, or a message that says the customer is leaving, the
    exit; an agent's reply is support, a retention offer renewal. A relationship
    survey (NPS) and a review are usage, a post-contact CSAT survey support. Other
    messages belong to the stage of their topic (:data:`TOPIC_STAGES`), except
    compliments, which are usage: they say nothing about a topic.
    """
    if action == "view":
        page = ev["attributes"].get("page", "/")
        stage = next(s for prefix, s in PAGE_STAGES if page.startswith(prefix))
        if value:  # a churner's last look around
            return "exit", stage == "exit"
        return stage, True
    if action == "purchase":
        return "purchase", True
    if action == "cancel":
        return "exit", True
    if action == "reply":
        return "support", True
    if action == "retention":
        return "renewal", True
    if action == "review":
        return "usage", True
    if action == "survey":
        return ("usage" if ev["scores"]["nps"] is not None else "support"), True
    if flags & CHURN:
        return "exit", True
    if level > 0 and not flags & RESOLVED:
        return _compliment_stage(ev.get("text") or ""), True
    return TOPIC_STAGES.get(topic, "support"), True


def _compliment_stage(text: str) -> str:
    """The stage of the compliment template the text was written from (usage if none)."""
    for templates in tx.POS.values():
        for template, stage in zip(templates, COMPLIMENT_STAGES, strict=True):
            fixed = max(re.split(r"\{[a-z_]+\}", template), key=len).strip()
            if fixed and fixed in text:
                return stage
    return "usage"


class _Slots(dict[str, str]):
    """Template slots drawn lazily: a template only pays for the slots it uses."""

    def __init__(self, rng: _Rng, c: _Customer, topic: str = "", position: int = 0) -> None:
        super().__init__(brand=tx.BRAND, name=c.first, email=c.email)
        self.rng = rng
        self.c = c
        # Complaints about one topic keep one product, order and amount per customer,
        # so a repeat contact talks about the same thing as the first one.
        self.stable = (c.idx * 2_654_435_761 + _TOPIC_INDEX.get(topic, 0) * 40_503) & 0xFFFFFFF
        self.stable_ok = bool(topic)
        self.position = position

    def __missing__(self, key: str) -> str:
        rng, c = self.rng, self.c
        fr = c.lang == "fr"
        h = self.stable if self.stable_ok else int(rng.random() * 0xFFFFFFF)
        if key == "product":
            products = tx.PRODUCTS[c.lang]
            v = products[h % len(products)]
        elif key == "order":
            v = f"#{100_000 + h % 900_000}"
        elif key == "amount":
            cents = ("00", "90", "99")[h % 3]
            euros = 9 + (h >> 7) % 340
            v = f"{euros},{cents}" if fr else f"£{euros}.{cents}"
        elif key == "days":  # grows along a chain: "3 days" ... then "9 days"
            v = str(3 + h % 6 + 2 * self.position) if self.stable_ok else str(rng.randint(3, 15))
        elif key == "competitor":
            v = rng.choice(tx.COMPETITORS)
        elif key == "card":
            v = rng.choice(tx.TEST_CARDS)
        elif key == "iban":
            v = tx.TEST_IBANS[0] if fr else tx.TEST_IBANS[1]
        elif key == "phone":
            v = _local_phone(c.phone)
        elif key == "nth":  # "2nd time" on the second contact of a chain
            nth = tx.NTH[c.lang]
            v = nth[min(self.position - 2, len(nth) - 1)] if self.position >= 2 else nth[0]
        elif key == "agent":
            v = rng.choice(tx.AGENTS)
        elif key == "handle":
            v = c.handle or ""
        else:
            raise KeyError(key)
        self[key] = v
        return v


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fmt_phone(rng: _Rng, phone: str) -> str:
    """Same number, different spellings (normalise_phone maps them to one key)."""
    r = rng.random()
    if r < 0.4:
        return phone
    cc, rest = phone[:3], phone[3:]
    pairs = " ".join(rest[i : i + 2] for i in range(1, len(rest), 2))
    return f"{cc} {rest[0]} {pairs}" if r < 0.8 else f"{cc} {rest[0]}.{pairs.replace(' ', '.')}"


def _local_phone(phone: str) -> str:
    """How people write their number in a signature: '06 12 34 56 78'."""
    rest = phone[3:]
    return "0" + rest[0] + " " + " ".join(rest[i : i + 2] for i in range(1, len(rest), 2))


class _Renderer:
    """Turns one plan entry into contract fields (text, subject, kind, scores, ...)."""

    @staticmethod
    def slots(rng: _Rng, c: _Customer, topic: str = "", position: int = 0) -> _Slots:
        return _Slots(rng, c, topic, position)

    @staticmethod
    def body(rng: _Rng, c: _Customer, level: int, topic: str, flags: int, s: _Slots) -> str:
        text = _Renderer._body(rng, c, level, topic, flags, s)
        if c.lang == "fr" and " de l" in text:  # "de le thermostat" -> "du thermostat"
            text = text.replace(" de le ", " du ").replace(" de les ", " des ")
        if rng.random() < (0.12 if level < 0 else 0.05):  # people type fast when upset
            a, b = rng.choice(tx.TYPOS[c.lang])
            text = text.replace(f" {a} ", f" {b} ", 1)
        return text

    @staticmethod
    def _body(rng: _Rng, c: _Customer, level: int, topic: str, flags: int, s: _Slots) -> str:
        """The customer's own words; the sentiment level shows in the wording."""
        lang = c.lang
        if level > 0:
            pool = tx.RESOLVED[lang] if flags & RESOLVED else tx.POS[lang]
            text = rng.choice(pool).format_map(s)
            if rng.random() < 0.3:
                text += " " + rng.choice(tx.EMOJI_POS)
            return text
        if level == 0:
            return rng.choice(tx.NEU.get(topic, tx.NEU["usability"])[lang]).format_map(s)
        parts: list[str] = []
        if flags & REPEAT:
            parts.append(rng.choice(tx.REPEAT_OPEN[lang]))
        core = rng.choice(tx.NEG.get(topic, tx.NEG["support"])[lang])
        if level <= -2:
            parts.insert(0, rng.choice(tx.ANGRY_OPEN[lang]))
            if rng.random() < 0.2:  # ALL CAPS anger
                parts.append(core.format_map(s).upper().rstrip(".!") + "!!!")
                core = ""
        if core:
            parts.append(core)
        if flags & COMPETITOR:
            parts.append(rng.choice(tx.COMPETITOR[lang]))
        if flags & CHURN:
            parts.append(rng.choice(tx.CHURN_INTENT[lang]))
        if level <= -2 and rng.random() < 0.5:
            parts.append(rng.choice(tx.ANGRY_CLOSE[lang]))
        text = " ".join(_capitalised(p.format_map(s)) for p in parts)
        if level <= -2 and rng.random() < 0.4:
            text += " " + rng.choice(tx.EMOJI_NEG)
        return text

    @staticmethod
    def render(
        rng: _Rng,
        c: _Customer,
        action: str,
        channel: str,
        level: int,
        topic: str,
        flags: int,
        value: int,
    ) -> dict[str, Any]:
        lang = c.lang
        kind, source, direction = "message", "zendesk", "inbound"
        text: str | None = None
        subject: str | None = None
        scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        attrs = dict(c.attrs)
        if action == "view":
            kind, source = "page_view", "web"
            attrs["page"] = rng.choice(CHURN_PAGES) if value else rng.choice(PAGES)
        elif action == "purchase":
            kind, source = "purchase", "shopify"
            attrs["order_value"] = f"{value // 100}.{value % 100:02d}"
            attrs["order_id"] = f"{rng.randint(100_000, 999_999)}"
            attrs["currency"] = "EUR" if lang == "fr" else "GBP"
        elif action == "survey":
            kind, source = "survey_response", "typeform"
            band = "promoter" if value >= 9 else ("passive" if value >= 7 else "detractor")
            if c.persona in ("happy", "b2b_happy") and band != "detractor" and rng.random() < 0.5:
                scores["csat"] = rng.choice((4, 5))  # post-contact CSAT only
                subject = "CSAT"
            else:
                scores["nps"] = value
                subject = "NPS"
            if band == "detractor":
                scores["csat"] = rng.choice((1, 2))
                scores["ces"] = rng.randint(5, 7)
            elif rng.random() < 0.5:
                scores["ces"] = rng.randint(1, 3)
            comment = rng.choice(tx.SURVEY_COMMENT[band][lang])
            text = comment or None
        elif action == "cancel":
            kind, source = "cancellation", "billing"
            attrs["reason"] = topic
            if rng.random() < 0.5:
                s = _Renderer.slots(rng, c, topic)
                text = rng.choice(tx.NEG.get(topic, tx.NEG["support"])[lang]).format_map(s)
        elif action in ("reply", "retention"):
            direction = "outbound"
            s = _Renderer.slots(rng, c)
            text = (
                rng.choice(tx.AGENT_REPLY[lang]) if action == "reply" else tx.RETENTION[lang]
            ).format_map(s)
            subject = "Lumio"
        elif action == "review":
            kind, source = "review", "trustpilot"
            s = _Renderer.slots(rng, c)
            stars = 5 if level >= 2 else (4 if level == 1 else 2)
            attrs["rating"] = str(stars)
            text = tx.REVIEW_STARS[stars - 1] + " " + _Renderer.body(rng, c, level, topic, flags, s)
        elif action == EXPECTATION:
            s = _Renderer.slots(rng, c)
            text, subject, kind, source = render_expectation(rng, c, channel, topic, s)
        else:  # msg
            s = _Renderer.slots(rng, c, topic if level < 0 else "", value)
            body = _Renderer.body(rng, c, level, topic, flags, s)
            if level > 0 and not flags & RESOLVED:
                subj = rng.choice(tx.THANKS_SUBJECT[lang])
            else:
                subj = tx.SUBJECTS[lang].get(topic, "Lumio").format_map(s)
            if channel == "email":
                kind = "ticket" if rng.random() < 0.3 else "message"
                signature = f"{c.first} {c.last}"
                if flags & SIGNATURE:
                    label = "Tél" if lang == "fr" else "Mobile"
                    signature += f"\n{label} : {s['phone']}\n{c.email}"
                if c.role:
                    signature += f"\n{c.account.title() if c.account else ''}"
                if level != 0 and rng.random() < 0.35:  # a longer email, with context
                    pool = tx.EMAIL_CONTEXT_NEG if level < 0 else tx.EMAIL_CONTEXT_POS
                    body = rng.choice(pool[lang]).format_map(s) + "\n\n" + body
                text = (
                    f"{rng.choice(tx.GREETING[lang])}\n\n{body}\n\n"
                    f"{rng.choice(tx.SIGNOFF[lang])}\n{signature}"
                )
                subject = ("RE: " + subj) if flags & REPEAT else subj
            elif channel == "phone":
                kind, source = "call", "aircall"
                text = (
                    tx.PHONE_OPEN[lang].format_map(s)
                    + body
                    + (
                        rng.choice(tx.PHONE_CLOSE[lang][:2])
                        if level < 0
                        else tx.PHONE_CLOSE[lang][2]
                    )
                )
                attrs["duration_s"] = str(rng.randint(60, 1_200))
            elif channel == "chat":
                kind, source = "chat", "intercom"
                text = body
            elif channel == "social":
                kind = "mention" if rng.random() < 0.8 else "post"
                source = "twitter"
                tag = rng.choice(tx.HASHTAGS.get(topic, ("#Lumio",)))
                text = f"{tx.SUPPORT_HANDLE} {body} {tag}"[:280]
            elif channel == "community":
                kind, source = "post", "discourse"
                text, subject = body, subj
            elif channel == "in_person":
                source = "store"
                text = tx.IN_PERSON_OPEN[lang] + body
            else:  # web form
                kind, source = "ticket", "webform"
                text, subject = body, subj
        return {
            "event_id": "",
            "occurred_at": "",
            "channel": "web" if action in ("view", "purchase", "cancel", "review") else channel,
            "kind": kind,
            "direction": direction,
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": scores,
            "source": source,
            "attributes": attrs,
        }
