"""Small things customers do, shared by the families: praise, questions, surveys, complaints."""

from __future__ import annotations

from datetime import datetime, timedelta

import wording as w
from story import Story

#: German and Italian first, then Spanish, French, Portuguese, English.
LANG_WEIGHTS = (("de", 26), ("it", 24), ("es", 16), ("fr", 13), ("pt", 12), ("en", 9))
CHANNELS_HAPPY = ("web", "chat", "email", "social", "community", "in_person")
CHANNELS_COMPLAINT = ("email", "phone", "chat", "web", "social")
PRODUCTS = (
    ("Zampa Dental Add-on", "49.00"),
    ("Travel cover", "19.90"),
    ("Senior pet plan", "240.00"),
)


def pick_lang(st: Story) -> str:
    langs, weights = zip(*LANG_WEIGHTS, strict=True)
    return st.rng.choices(langs, weights)[0]


def habit_hour(st: Story, habit: str) -> float:
    if habit == "night":
        return st.rng.uniform(23.0, 28.5)
    if habit == "evening":
        return st.rng.uniform(18.5, 23.0)
    return st.rng.uniform(8.0, 21.0)


def fill(text: str, st: Story, key: str, lang: str, problem: str | None = None) -> str:
    pet = st.customers[key]["pet"]
    p = w.PROBLEMS[problem][lang] if problem else ""
    return text.replace("{pet}", pet).replace("{p}", p)


def happy_touch(st: Story, key: str, when: datetime, lang: str | None = None) -> list[str]:
    """One happy thing: praise, a question answered and thanked, a purchase, a survey."""
    lang = lang or st.customers[key]["language"]
    r = st.rng.random()
    if r < 0.35:
        channel = st.rng.choice(CHANNELS_HAPPY)
        text = fill(st.rng.choice(w.HAPPY[lang]), st, key, lang)
        kind = "review" if channel == "web" and st.rng.random() < 0.5 else None
        return [st.add(key, when, channel, text, kind=kind)]
    if r < 0.6:
        channel = st.rng.choice(("chat", "email", "web"))
        q = st.add(key, when, channel, fill(st.rng.choice(w.QUESTION[lang]), st, key, lang))
        later = when + timedelta(minutes=st.rng.randint(4, 180))
        st.add(key, later, channel, st.rng.choice(w.AGENT[lang]), outbound=True)
        thanks = later + timedelta(minutes=st.rng.randint(2, 90))
        return [q, st.add(key, thanks, channel, st.rng.choice(w.THANKS[lang]))]
    if r < 0.72:
        name, value = st.rng.choice(PRODUCTS)
        attrs = {"order_value": value, "product": name}
        return [st.add(key, when, "web", None, kind="purchase", attrs=attrs)]
    if r < 0.8:
        attrs = {"page": st.rng.choice(("/coverage", "/claims/new", "/vet-call", "/faq"))}
        return [st.add(key, when, "web", None, kind="page_view", attrs=attrs)]
    return [happy_survey(st, key, when, lang)]


def happy_survey(st: Story, key: str, when: datetime, lang: str) -> str:
    """A happy survey: NPS 9-10, CSAT 5 or CES 6-7; a word, a line or no comment."""
    which = st.rng.choice(("nps", "csat", "ces"))
    score = {"nps": st.rng.choice((9, 10)), "csat": 5, "ces": st.rng.choice((6, 7))}[which]
    r = st.rng.random()
    text = None if r < 0.4 else st.rng.choice(w.ONE_WORD[lang]) if r < 0.8 else None
    if r >= 0.8:
        text = fill(st.rng.choice(w.HAPPY[lang]), st, key, lang)
    return st.add(key, when, "survey", text, scores={which: score})


def complaint(
    st: Story,
    key: str,
    when: datetime,
    problem: str,
    channel: str | None = None,
    lang: str | None = None,
) -> str:
    lang = lang or st.customers[key]["language"]
    channel = channel or st.rng.choice(CHANNELS_COMPLAINT)
    text = fill(st.rng.choice(w.COMPLAINT[lang]), st, key, lang, problem)
    subject = text[:40] if channel == "email" else None
    return st.add(key, when, channel, text, subject=subject)


def again(
    st: Story,
    key: str,
    when: datetime,
    problem: str,
    nth: int,
    channel: str,
    lang: str | None = None,
) -> str:
    """A later contact on the same open problem (nth = 2, 3, ...)."""
    lang = lang or st.customers[key]["language"]
    lines = w.AGAIN[lang]
    text = lines[2] if nth == 3 else lines[st.rng.randrange(2)]
    text = fill(text, st, key, lang, problem)
    subject = "RE: " + w.PROBLEMS[problem][lang][:30] if channel == "email" else None
    return st.add(key, when, channel, text, subject=subject)


def spread(
    st: Story, key: str, first_day: float, last_day: float, n: int, habit: str
) -> list[datetime]:
    """n times between two days at the customer's habitual hours, in order."""
    lang = st.customers[key]["language"]
    days = sorted(st.rng.uniform(first_day, last_day) for _ in range(n))
    return sorted(st.at(d, habit_hour(st, habit), lang) for d in days)
