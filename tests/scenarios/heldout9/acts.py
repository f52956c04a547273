"""What a customer does, written as touchpoints of a :class:`story.Story`.

Every function takes the text language ``lang`` (the bilingual family alternates it) and
writes touchpoints; those that the truth names return their event ids.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import wording as w
from story import Person, Story

COMPLAINT_KIND = {
    "email": "message",
    "chat": "chat",
    "phone": "call",
    "social": "post",
    "web": "ticket",
    "community": "post",
}
ADD_ONS = (
    ("charger", "19.90"),
    ("case", "14.50"),
    ("data_pass_10gb", "9.99"),
    ("earbuds", "49.00"),
)


def happy_survey(s: Story, p: Person, at: datetime, lang: str) -> str:
    word = s.rng.choice(w.SURVEY_WORD[lang]) or None
    if s.rng.random() < 0.3:
        word = None  # score only
    which = s.rng.random()
    if which < 0.5:
        return s.add(p, at, "survey", "survey_response", word, nps=s.rng.choice((9, 10, 10)))
    if which < 0.8:
        return s.add(p, at, "survey", "survey_response", word, csat=5)
    return s.add(p, at, "survey", "survey_response", word, ces=s.rng.choice((6, 7)))


def happy_act(s: Story, p: Person, at: datetime, lang: str, *, gripe: bool = False) -> None:
    """One happy thing: praise, a question answered and thanked, a purchase, a page, a survey."""
    r = s.rng.random()
    if gripe:
        ch = s.rng.choice(("email", "social", "community"))
        kind = "review" if ch == "community" and s.rng.random() < 0.5 else COMPLAINT_KIND[ch]
        s.add(p, at, ch, kind, s.rng.choice(w.GRIPE_PRAISE[lang]))
    elif r < 0.32:
        ch = s.rng.choice(("social", "email", "community", "chat"))
        kind = "review" if ch == "community" and s.rng.random() < 0.4 else COMPLAINT_KIND[ch]
        s.add(p, at, ch, kind, s.rng.choice(w.PRAISE[lang]))
    elif r < 0.55:
        s.add(p, at, "chat", "chat", s.rng.choice(w.QUESTION[lang]))
        later = at + timedelta(minutes=s.rng.randint(2, 9))
        s.agent(p, later, w.AGENT_ANSWER, channel="chat")
        s.add(
            p,
            later + timedelta(minutes=s.rng.randint(1, 6)),
            "chat",
            "chat",
            s.rng.choice(w.THANKS[lang]),
        )
    elif r < 0.68:
        item, value = s.rng.choice(ADD_ONS)
        s.add(p, at, "web", "purchase", None, attributes={"order_value": value, "item": item})
    elif r < 0.8:
        page = s.rng.choice(("/offres/5g", "/aide/esim", "/roaming", "/fibre/debit", "/facture"))
        s.add(p, at, "web", "page_view", None, attributes={"page": page})
    else:
        happy_survey(s, p, at, lang)


def happy_acts(
    s: Story,
    p: Person,
    n: int,
    first_day: int,
    last_day: int,
    lang: str | None = None,
    gripe_chance: float = 0.25,
) -> None:
    gripe_left = s.rng.random() < gripe_chance
    for i in range(n):
        day = s.rng.randint(first_day, last_day)
        at = s.local(p, day, s.day_hour())
        text_lang = (
            lang
            or (p.extra.get("languages", [p.lang])[i % len(p.extra.get("languages", [p.lang]))])
        )
        happy_act(s, p, at, text_lang, gripe=gripe_left and i == n // 2)


FILLER = {
    "fr": "oui bonjour, euh, ",
    "pt": "sim, boa tarde, hum, ",
    "en": "yeah hi, um, ",
    "es": "si, hola, eh, ",
    "de": "ja hallo, ähm, ",
    "it": "si' buonasera, ehm, ",
}


def call_text(lang: str, line: str) -> str:
    """A voice-call transcript: fillers first, the line spoken in lower case."""
    return FILLER[lang] + line[0].lower() + line[1:]


def complaint(s: Story, p: Person, at: datetime, problem: str, channel: str, lang: str) -> str:
    subject, text, _ = w.PROBLEMS[problem][lang]
    subj = subject if channel in ("email", "web") else None
    if channel == "phone":
        text = call_text(lang, text)
    p.extra.setdefault("_first_text", text)
    p.extra.setdefault("_subject", subject)
    return s.add(p, at, channel, COMPLAINT_KIND[channel], text, subject=subj)


def again(
    s: Story,
    p: Person,
    at: datetime,
    problem: str,
    channel: str,
    lang: str,
    nth: int,
    first_at: datetime,
) -> str:
    """A later contact about the same open problem (``nth`` >= 2), on ``channel``."""
    used: set[str] = p.extra.setdefault("_used", set())
    days = max(1, round((at - first_at).total_seconds() / 86400))
    subject = p.extra.get("_subject") or w.PROBLEMS[problem][lang][0]
    if channel == "phone":
        text = w.CALL_AGAIN[lang].format(short=w.PROBLEMS[problem][lang][2])
        return s.add(p, at, "phone", "call", text)
    if channel == "email" and "fwd" not in used and s.rng.random() < 0.4:
        used.add("fwd")
        quoted = str(p.extra.get("_first_text", w.PROBLEMS[problem][lang][1])).replace("\n", "\n> ")
        text = w.FORWARD[lang].format(q=quoted)
        return s.add(p, at, "email", "message", text, subject=w.FWD_PREFIX[lang] + subject)
    pool = [t for t in w.AGAIN[lang] if t not in used and ("{days}" not in t or days >= 2)]
    if not pool:
        pool = [t for t in w.AGAIN[lang] if "{days}" not in t]
    line = s.rng.choice(pool)
    used.add(line)
    text = line.format(days=days, ref=p.extra.get("_ref", "OND-000000"))
    if nth >= 3:
        text = w.THIRD[lang] + " " + text
    subj = w.REPLY_PREFIX[lang] + subject if channel in ("email", "web") else None
    return s.add(p, at, channel, COMPLAINT_KIND[channel], text, subject=subj)


def clean_extra(p: Person) -> None:
    for k in [k for k in p.extra if k.startswith("_")]:
        del p.extra[k]
