"""Build heldout219/ (Cucinora, cooking classes): every <family>.jsonl and .truth.json.

Standard library only, fixed seed, one random.Random per family: two runs give the same bytes.
Run as `python make_heldout219.py` from anywhere."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wording import PRODUCTS, W  # noqa: E402

SEED = 20261206
COMPS = ("Fornelio", "Padellix")
LANGS = ("es", "it", "en", "fr", "de", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS: dict[str, tuple[str, ...]] = {
    "es": ("ES", "ES", "ES"),
    "it": ("IT", "IT", "CH"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "de": ("DE", "AT", "CH"),
    "pt": ("PT",),
}
PHONE = {
    "ES": ("+34", "6", 8),
    "IT": ("+39", "3", 9),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "PT": ("+351", "9", 8),
}
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "es": (
        (
            "Lucía",
            "Marta",
            "Javier",
            "Pablo",
            "Carmen",
            "Nuria",
            "Sergio",
            "Irene",
            "Álvaro",
            "Rocío",
        ),
        (
            "García",
            "Morales",
            "Navarro",
            "Ibáñez",
            "Castro",
            "Pérez",
            "Serrano",
            "Vidal",
            "Ortega",
            "Muñoz",
        ),
    ),
    "it": (
        (
            "Giulia",
            "Marco",
            "Chiara",
            "Luca",
            "Francesca",
            "Davide",
            "Elena",
            "Matteo",
            "Sara",
            "Paolo",
        ),
        (
            "Rossi",
            "Bianchi",
            "Esposito",
            "Ferrari",
            "Romano",
            "Colombo",
            "Ricci",
            "Greco",
            "Bruno",
            "Gallo",
        ),
    ),
    "en": (
        ("Emma", "Oliver", "Niamh", "Jack", "Sophie", "Callum"),
        ("Walsh", "Taylor", "Byrne", "Evans", "Hughes", "Murphy"),
    ),
    "fr": (
        ("Camille", "Julien", "Chloé", "Théo", "Manon", "Hugo"),
        ("Martin", "Lefèvre", "Dubois", "Moreau", "Girard", "Lambert"),
    ),
    "de": (
        ("Lena", "Jonas", "Anna", "Felix", "Marie", "Tobias"),
        ("Müller", "Schmidt", "Wagner", "Becker", "Hoffmann", "Krüger"),
    ),
    "pt": (
        ("Inês", "João", "Beatriz", "Tiago", "Ana", "Rui"),
        ("Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Sousa"),
    ),
}
PROBLEMS = ("no_show", "double_charge", "refund", "wrong_price")
B2B_PROBLEMS = ("invoice", "portal")
SOURCE = {
    "email": "cucinora-mail",
    "phone": "cucinora-voice",
    "social": "cucinora-social",
    "community": "cucinora-forum",
    "chat": "cucinora-chat",
    "web": "cucinora-web",
    "survey": "cucinora-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}
HAPPY_NONE: list[str] = []
T_SILENCE = ["silence"]
T_REPEAT = ["churn_intent", "competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
T_SLIDER = ["churn_intent", "competitor_mention", "high_value_at_risk", "repeat_contact", "silence"]
T_LEAVER = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
T_B2B_RISK = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
_ids = Counter[str]()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(b for b in base if not unicodedata.combining(b)))
    return "".join(out)


def transcript(text: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -'€£" else " " for ch in text.lower())
    return " ".join(kept.replace("gft-608", "GFT-608").split())


class Fam:
    def __init__(
        self, name: str, code: str, start: datetime, days: int, n: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.seed = SEED * 100 + n
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0

    # ---------------------------------------------------------------- time --
    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def daytime(self, t: datetime) -> datetime:
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randrange(60))
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randrange(60))
        return t

    def office(self, t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
            if t.hour >= 17 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randrange(60))
            else:
                t = t.replace(hour=8, minute=self.rng.randrange(60))
        return t

    # -------------------------------------------------------------- people --
    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> str:
        lang = lang or self.rng.choices(LANGS, WEIGHTS)[0]
        market = market or self.rng.choice(MARKETS[lang])
        first = self.rng.choice(NAMES[lang][0])
        last = self.rng.choice(NAMES[lang][1])
        _ids["c"] += 1
        num = _ids["c"]
        key = f"CU{self.code}{1000 + num * 7 % 9000:04d}"
        while key in self.custs:
            num += 9000
            key = f"CU{self.code}{num:05d}"
        plain = strip_accents(f"{first}.{last}").lower()
        email = f"{plain}{num}@{domain or self.rng.choice(('correo', 'posta', 'mail', 'web')) + '.example'}"
        cc, pre, length = PHONE[market]
        rest = f"{num:04d}" + "".join(
            str(self.rng.randrange(10)) for _ in range(length - len(pre) - 4)
        )
        phone = f"{cc}{pre}{rest}"
        handle = (
            None
            if account
            else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{num}"
        )
        self.custs[key] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        return key

    def say(self, table: str, lang: str, **subs: str) -> str:
        text: str = self.rng.choice(W[table][lang])
        for k, v in subs.items():
            text = text.replace(k, v)
        return text

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.10:
            text = strip_accents(text)
        if self.rough.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if self.rough.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = self.rough.choice(idx)
                w = words[i]
                j = self.rough.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        key: str,
        t: datetime,
        channel: str,
        text: str | None,
        kind: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n += 1
        eid = f"h219-{self.code.lower()}-{self.n:05d}"
        c = self.custs[key]
        if text is not None and not out:
            if channel == "phone":
                text = transcript(text)
            elif channel != "survey":
                text = self.roughen(text)
            if channel == "social" and c["segment"] == "consumer":
                pos = text.rfind("Cucinora")
                text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@Cucinora " + text
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Alba", "Nicola", "Sam", "Léa", "Jana", "Rita"))
        a.update(attrs or {})
        self.rows.append(
            {
                "_t": t,
                "_key": key,
                "_out": out,
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind or KIND[channel],
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def case(self) -> str:
        _ids["case"] += 1
        return f"CK-{400000 + _ids['case'] * 37:06d}"

    # ------------------------------------------------------------- acts --
    def happy(
        self,
        key: str,
        t: datetime,
        lang: str | None = None,
        surveys: bool = True,
        b2b: bool = False,
    ) -> None:
        lang = lang or self.custs[key]["language"]
        choices = ["praise", "gripe", "chat", "phone", "buy", "review"] + (
            ["survey"] if surveys else []
        )
        if b2b:
            choices = ["chat", "buy", "b2b_praise"] + (["survey"] if surveys else [])
        what = self.rng.choice(choices)
        m = timedelta(minutes=1)
        if what == "praise":
            self.add(key, t, self.rng.choice(("social", "community")), self.say("praise", lang))
        elif what == "b2b_praise":
            self.add(key, t, "community", self.say("b2b_praise", lang))
        elif what == "gripe":
            self.add(
                key,
                t,
                "web",
                self.say("gripe_praise", lang),
                kind="review",
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif what == "review":
            self.add(
                key,
                t,
                "web",
                self.say("praise", lang),
                kind="review",
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif what in ("chat", "phone"):
            ch = what
            table = "b2b_question" if b2b else "question"
            self.add(key, t, ch, self.say(table, lang))
            if ch == "chat":
                self.add(
                    key, t + self.rng.randint(1, 6) * m, "chat", self.say("answer", lang), out=True
                )
                if self.rng.random() < 0.6:
                    self.add(key, t + self.rng.randint(7, 12) * m, "chat", self.say("thanks", lang))
            else:
                self.add(
                    key,
                    t + self.rng.randint(20, 90) * m,
                    "email",
                    self.say("answer", lang),
                    out=True,
                )
        elif what == "buy":
            name, value = self.rng.choice(PRODUCTS)
            self.add(key, t, "web", None, kind="page_view", attrs={"page": "/classes"})
            cur = {"UK": "GBP", "CH": "CHF"}.get(self.custs[key]["country"], "EUR")
            self.add(
                key,
                t + self.rng.randint(2, 10) * m,
                "web",
                None,
                kind="purchase",
                attrs={"page": "/checkout", "product": name, "order_value": value, "currency": cur},
            )
        else:
            kind = self.rng.choice(("nps", "csat", "ces"))
            score = {
                "nps": self.rng.randint(9, 10),
                "csat": self.rng.randint(4, 5),
                "ces": self.rng.randint(6, 7),
            }[kind]
            sc: dict[str, int] = {kind: score}
            self.add(
                key,
                t,
                "survey",
                self.say("survey_word", lang) or None,
                scores=sc,
                attrs={"survey": kind},
            )

    def happy_days(
        self,
        key: str,
        acts: int,
        days: list[int],
        h0: float = 7,
        h1: float = 20,
        surveys: bool = True,
        lang_cycle: list[str] | None = None,
        b2b: bool = False,
    ) -> None:
        chosen = self.rng.sample(days, min(acts, len(days)))
        for i, d in enumerate(sorted(chosen)):
            lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
            self.happy(key, self.at(d, h0, h1), lang, surveys, b2b)

    def problem_text(self, problem: str, lang: str) -> str:
        return self.say(f"problem_{problem}", lang)

    def subject(self, lang: str, problem: str) -> str:
        return self.say("subject_complaint", lang) + problem.replace("_", " ")

    def contact(
        self, key: str, t: datetime, channel: str, text: str, lang: str, subject: str | None = None
    ) -> str:
        if channel == "web":
            return self.add(key, t, "web", text, attrs={"page": "/help/contact"}, subject=subject)
        if channel == "email":
            return self.add(key, t, "email", text, subject=subject)
        return self.add(key, t, channel, text)

    # -------------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda r: (r["_t"], r["event_id"]))
        first_in: dict[str, str] = {}
        for r in rows:
            if not r["_out"] and r["_key"] not in first_in:
                first_in[r["_key"]] = r["event_id"]
        lines = []
        for r in rows:
            c = self.custs[r["_key"]]
            ids = c["identifiers"]
            if r["_out"] or first_in[r["_key"]] == r["event_id"]:
                ref = {k: ids[k] for k in ("customer_id", "email", "phone", "handle")}
            else:
                ref = {"customer_id": None, "email": None, "phone": None, "handle": None}
                ch = r["channel"]
                if ch == "phone":
                    ref["phone"] = (
                        ids["phone"]
                        if self.rough.random() < 0.5
                        else ids["phone"][:3] + " " + ids["phone"][3:]
                    )
                elif ch in ("social", "community"):
                    if ids["handle"]:
                        ref["handle"] = (
                            ids["handle"]
                            if self.rough.random() < 0.8
                            else ids["handle"].lstrip("@")
                        )
                    else:
                        ref["email"] = ids["email"]
                elif ch == "email":
                    ref["email"] = (
                        ids["email"] if self.rough.random() < 0.92 else ids["email"].upper()
                    )
                else:
                    ref["customer_id"] = ids["customer_id"]
            ref["account_id"] = ids["account_id"]
            row = {k: v for k, v in r.items() if not k.startswith("_")}
            row["customer"] = ref
            lines.append(json.dumps(row, ensure_ascii=False, sort_keys=False))
        for key, c in self.custs.items():
            assert key in first_in, key
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"]), key
            ids = c["identifiers"]
            ids["phone"] = "+" + "".join(ch for ch in ids["phone"] if ch.isdigit())
        count = Counter(r for c in self.custs.values() for r in c["expected_rules"])
        count.update(r for a in self.accounts.values() for r in a["expected_rules"])
        if self.spike:
            count["topic_spike"] += 1
        assert dict(count) == expected, (self.name, dict(count), expected)
        last = rows[-1]["_t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cucinora (cooking classes and kitchen-studio hire; Cucinora Team for companies)",
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.custs,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def monday(y: int, m: int, d: int, weekday: int = 0) -> datetime:
    t = datetime(y, m, d, tzinfo=UTC)
    assert t.weekday() == weekday, t
    return t


# ------------------------------------------------------------------ families --
def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        monday(2026, 3, 9),
        10,
        1,
        "happy day writers, night writers, survey answerers",
    )
    days = list(range(10))
    for _ in range(16):
        k = f.person("happy", "day writer", expected=[], tolerated=[])
        f.happy_days(k, f.rng.randint(5, 8), days, 7, 19)
    for _ in range(5):
        k = f.person("happy", "night writer", expected=[], tolerated=[])
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22.2 + f.rng.uniform(0, 6.2))
            lang = f.custs[k]["language"]
            if f.rng.random() < 0.5:
                f.add(k, t, "social", f.say("night", lang))
            else:
                f.add(k, t, "chat", f.say("night_chat", lang))
                f.add(
                    k,
                    t + timedelta(minutes=f.rng.randint(2, 8)),
                    "chat",
                    f.say("night_answer", lang),
                    out=True,
                )
                f.add(k, t + timedelta(minutes=f.rng.randint(9, 14)), "chat", f.say("thanks", lang))
        f.happy_days(k, f.rng.randint(2, 3), days, 9, 18, surveys=False)
    for _ in range(5):
        k = f.person("happy", "answers surveys", expected=[], tolerated=[])
        for d in f.rng.sample(days, f.rng.randint(3, 6)):
            lang = f.custs[k]["language"]
            kind = f.rng.choice(("nps", "csat", "ces"))
            score = {
                "nps": f.rng.randint(9, 10),
                "csat": f.rng.randint(4, 5),
                "ces": f.rng.randint(6, 7),
            }[kind]
            f.add(
                k,
                f.at(d, 8, 20),
                "survey",
                f.say("survey_word", lang) or None,
                scores={kind: score},
                attrs={"survey": kind},
            )
    f.write({})


def bad_day(
    f: Fam, k: str, t: datetime, channel: str, problem: str, lang: str, with_case: bool = True
) -> dict[str, Any]:
    m = timedelta(minutes=1)
    text = f.problem_text(problem, lang)
    info: dict[str, Any] = {
        "problem": problem,
        "bad_day_at": iso(t),
        "channel": channel,
        "long_email": channel == "long",
    }
    if channel == "long":
        body = f.say("long_letter", lang) + text + f.say("long_close", lang) + f.custs[k]["name"]
        eid = f.add(k, t, "email", body, subject=f.subject(lang, problem))
    else:
        eid = f.contact(
            k,
            t,
            channel,
            text,
            lang,
            f.subject(lang, problem) if channel in ("email", "web") else None,
        )
    info["bad_day_event_id"] = eid
    info["booking"] = None
    if channel != "social":
        case = f.case()
        info["booking"] = case
        if channel == "chat":
            f.add(
                k,
                t + f.rng.randint(2, 6) * m,
                "chat",
                f.say("case_opened", lang, CASE=case),
                out=True,
            )
        else:
            f.add(
                k,
                t + f.rng.randint(10, 40) * m,
                "email",
                f.say("case_opened", lang, CASE=case),
                out=True,
                subject=case,
            )
    return info


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        monday(2026, 4, 20),
        12,
        2,
        "happy customers with one angry day; controls",
    )
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    f.rng.shuffle(chans)
    people = []
    for i, ch in enumerate(chans):
        lang = f.rng.choice(("es", "it")) if ch == "long" else None
        k = f.person(
            "happy_one_bad_day", "one bad day", lang=lang, expected=[], tolerated=T_SILENCE
        )
        lang = f.custs[k]["language"]
        d = f.rng.randint(2, 9)
        t = f.at(d, 8, 20)
        info = bad_day(f, k, t, ch, PROBLEMS[i % 4], lang)
        f.custs[k].update(info)
        f.custs[k]["trouble_starts_at"] = iso(t)
        others = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        f.happy_days(k, f.rng.randint(1, 5), others, 7, 20, surveys=False)
        if ch != "social":
            people.append((k, t, lang))
    f.rng.shuffle(people)
    for i, (k, t, lang) in enumerate(people):
        c = f.custs[k]
        if i < 6:
            nps = f.rng.randint(1, 5)
            c["persona"] = "bad_day_detractor"
            c["expected_rules"] = ["detractor"]
            c["nps_given"], c["nps"] = True, nps
            c["survey_event_id"] = f.add(
                k,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
        elif i < 11:
            csat = f.rng.randint(1, 2)
            c["csat_given"], c["csat"] = True, csat
            c["survey_event_id"] = f.add(
                k,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                f.rng.choice(("", "mal", "male", "bad")) or None,
                scores={"csat": csat},
                attrs={"survey": "csat"},
            )
        if i >= 8:
            g = f.daytime(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                k,
                g,
                "email",
                f.say("good_news", lang, CASE=c["booking"]),
                out=True,
                subject=c["booking"],
            )
            c["agent_fixed"] = True
            if i >= 15:
                a = f.daytime(t + timedelta(hours=f.rng.uniform(16, 24)))
                c["apologised"], c["apology_at"] = True, iso(a)
                c["apology_event_id"] = f.add(
                    k, a, f.rng.choice(("chat", "email")), f.say("apology", lang)
                )
    for _ in range(8):
        k = f.person("happy", "control", expected=[], tolerated=[])
        f.happy_days(k, f.rng.randint(4, 7), list(range(12)))
    f.write({"detractor": 6})


def repeat_run(
    f: Fam,
    k: str,
    first_t: datetime,
    first_ch: str,
    times: int,
    problem: str,
    langs: list[str],
    passed_on: bool,
) -> None:
    m = timedelta(minutes=1)
    case = f.case()
    c = f.custs[k]
    lang = langs[0]
    eids = [
        f.contact(
            k,
            first_t,
            first_ch,
            f.problem_text(problem, lang),
            lang,
            f.subject(lang, problem) if first_ch in ("email", "web") else None,
        )
    ]
    if first_ch == "chat":
        f.add(
            k,
            first_t + f.rng.randint(2, 6) * m,
            "chat",
            f.say("case_opened", lang, CASE=case),
            out=True,
        )
    if passed_on:
        f.add(
            k,
            f.daytime(first_t + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            "email",
            f.say("quality_lead", lang, CASE=case),
            out=True,
            subject=case,
        )
    elif first_ch != "chat":
        f.add(
            k,
            first_t + f.rng.randint(10, 40) * m,
            "email",
            f.say("case_opened", lang, CASE=case),
            out=True,
            subject=case,
        )
    pool = [x for x in ("email", "chat", "phone", "web", "social") if x != first_ch]
    f.rng.shuffle(pool)
    t = first_t
    comp = None
    chans = [first_ch]
    for n in range(2, times + 1):
        t = f.daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
        lang = langs[(n - 1) % len(langs)]
        ch = pool[n - 2]
        chans.append(ch)
        if n == 3:
            comp = f.rng.choice(COMPS)
            text = f.say("third", lang, CASE=case, COMP=comp)
        elif n == 4:
            text = f.say("fourth", lang, CASE=case)
        else:
            text = f.say("still_open", lang, CASE=case)
        eids.append(
            f.contact(k, t, ch, text, lang, "RE: " + case if ch in ("email", "web") else None)
        )
        if ch == "chat":
            f.add(
                k, t + f.rng.randint(1, 5) * m, "chat", f.say("urgent", lang, CASE=case), out=True
            )
    c.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": chans,
            "problem_event_ids": eids,
            "competitor": comp,
            "agent_passed_on": passed_on,
            "trouble_starts_at": iso(first_t),
        }
    )


def fixed_run(
    f: Fam, k: str, t: datetime, ch: str, problem: str, lang: str, lang2: str
) -> dict[str, Any]:
    case = f.case()
    eid = f.contact(
        k,
        t,
        ch,
        f.problem_text(problem, lang),
        lang,
        f.subject(lang, problem) if ch in ("email", "web") else None,
    )
    f.add(
        k,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email" if ch != "chat" else "chat",
        f.say("case_opened", lang, CASE=case),
        out=True,
    )
    g = f.daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(k, g, "email", f.say("good_news", lang2, CASE=case), out=True, subject=case)
    cch = f.rng.choice(("email", "chat"))
    ct = f.daytime(g + timedelta(hours=f.rng.uniform(8, 30)))
    cid = f.add(
        k,
        ct,
        cch,
        f.say("confirm", lang2, CASE=case),
        subject="RE: " + case if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        monday(2026, 6, 1),
        10,
        3,
        "open problems raised again; fixed ones; frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i, times in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        k = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=T_REPEAT)
        f.happy_days(k, f.rng.randint(1, 3), [0], 7, 12, surveys=False)
        repeat_run(
            f,
            k,
            f.at(f.rng.randint(1, 4), 8, 19),
            firsts[i],
            times,
            PROBLEMS[i % 4],
            [f.custs[k]["language"]],
            i % 2 == 0,
        )
    for i in range(5):
        k = f.person("resolved_between_contacts", "fixed", expected=[], tolerated=T_SILENCE)
        lang = f.custs[k]["language"]
        f.custs[k]["problems"] = [
            fixed_run(
                f,
                k,
                f.at(f.rng.randint(1, 5), 8, 18),
                f.rng.choice(("web", "email", "chat")),
                PROBLEMS[i % 4],
                lang,
                lang,
            )
        ]
        f.happy_days(k, f.rng.randint(1, 2), [0], 7, 12, surveys=False)
    for i in range(3):
        k = f.person("different_problems", "two problems", expected=[], tolerated=T_SILENCE)
        lang = f.custs[k]["language"]
        d = f.rng.randint(1, 2)
        f.custs[k]["problems"] = [
            fixed_run(f, k, f.at(d, 8, 18), "web", PROBLEMS[i], lang, lang),
            fixed_run(
                f, k, f.at(d + f.rng.randint(4, 5), 8, 18), "email", PROBLEMS[i + 1], lang, lang
            ),
        ]
    for _ in range(7):
        k = f.person("happy", "frequent writer", expected=[], tolerated=[])
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(k, f.at(d, 8, 19))
    f.write({"repeat_contact": 12})


def slide(f: Fam, k: str, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    c = f.custs[k]
    comp = f.rng.choice(COMPS)
    t = f.at(start_day, 8, 12)
    eids: list[str] = []
    ratings = ("3", "3", "2", "2", "1", "1")
    for step in range(6):
        if step:
            target = f.start + timedelta(
                days=start_day + span * step / 5, hours=f.rng.uniform(9, 20)
            )
            t = f.daytime(max(target, t + timedelta(hours=1, minutes=f.rng.randint(0, 90))))
        lang = langs[step % len(langs)]
        text = W["slide"][lang][step].replace("COMP", comp)
        ch = f.rng.choice(("social", "community", "review"))
        if ch == "review":
            eids.append(
                f.add(
                    k,
                    t,
                    "web",
                    text,
                    kind="review",
                    attrs={"rating": ratings[step], "page": "/reviews"},
                )
            )
        else:
            eids.append(f.add(k, t, ch, text))
        if step == 3 and nps:
            score = f.rng.randint(1, 5)
            s = f.daytime(t + timedelta(hours=f.rng.uniform(2.5, 3.5)))
            c["survey_event_id"] = f.add(
                k, s, "survey", None, scores={"nps": score}, attrs={"survey": "nps"}
            )
            c["nps_given"], c["nps"] = True, score
            c["expected_rules"] = sorted([*c["expected_rules"], "detractor"])
    c.update({"slide_event_ids": eids, "slide_days": span, "competitor": comp})
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == eids[0])


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        monday(2026, 7, 6),
        32,
        4,
        "sustained slides, leavers, steady, grumpy, sarcastic",
    )
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        k = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=T_SLIDER)
        lang = f.custs[k]["language"]
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(k, f.at(d, 8, 20), f.rng.choice(("social", "community")), f.say("praise", lang))
        f.happy_days(k, f.rng.randint(2, 4), list(range(11)), surveys=False)
        slide(f, k, f.rng.randint(12, 16), span, [lang], i % 2 == 0)
    for _ in range(5):
        k = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=T_LEAVER
        )
        lang = f.custs[k]["language"]
        f.happy_days(k, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), 8, 19)
        eid = f.add(k, t, "email", f.say("cancel", lang), subject="Club Cucinora")
        f.add(
            k,
            f.daytime(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            f.say("sorry_go", lang),
            out=True,
            subject="RE: Club Cucinora",
        )
        ct = f.daytime(t + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            k,
            ct,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/club/cancel", "product": "Cucinora Club"},
        )
        f.custs[k].update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        k = f.person("happy", "steady", expected=[], tolerated=[])
        f.happy_days(k, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        k = f.person(
            "steadily_grumpy", "grumbles", expected=[], tolerated=["repeat_contact", "silence"]
        )
        lang = f.custs[k]["language"]
        d = f.rng.randint(0, 4)
        eids = []
        for _g in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(("social", "community", "web", "review"))
            t = f.at(d, 8, 20)
            text = f.say("grumble", lang)
            if ch == "review":
                eids.append(
                    f.add(
                        k, t, "web", text, kind="review", attrs={"rating": "3", "page": "/reviews"}
                    )
                )
            elif ch == "web":
                eids.append(f.add(k, t, "web", text, attrs={"page": "/help/contact"}))
            else:
                eids.append(f.add(k, t, ch, text))
            d += f.rng.randint(1, 3)
        f.custs[k]["grumble_event_ids"] = eids
        f.custs[k]["trouble_starts_at"] = next(
            r["occurred_at"] for r in f.rows if r["event_id"] == eids[0]
        )
        for _b in range(f.rng.randint(0, 2)):
            f.happy(k, f.at(f.rng.randint(0, 30), 9, 19))
    for _ in range(5):
        k = f.person("happy_one_sarcastic_remark", "happy", expected=[], tolerated=T_SILENCE)
        f.happy_days(k, f.rng.randint(3, 6), list(range(16)))
        f.custs[k]["sarcasm_event_id"] = f.add(
            k,
            f.at(f.rng.randint(17, 28), 9, 21),
            "social",
            f.say("sarcasm", f.custs[k]["language"]),
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours", "QH", monday(2026, 8, 28, 4), 3, 5, "a calm weekend with night-owl bursts"
    )
    for _ in range(16):
        k = f.person("happy", "day writer", expected=[], tolerated=[])
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(k, f.at(d, 7, 17.5))
    for i in range(4):
        k = f.person("grumbles_once", "grumbles once", expected=[], tolerated=T_SILENCE)
        lang = f.custs[k]["language"]
        t = f.at(f.rng.randint(0, 2), 9, 17)
        f.add(k, t, "web", None, kind="page_view", attrs={"page": "/studios"})
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            eid = f.add(k, g, "chat", f.say("mild", lang))
            f.add(
                k,
                g + timedelta(minutes=f.rng.randint(2, 6)),
                "chat",
                f.say("mild_answer", lang),
                out=True,
            )
        else:
            eid = f.add(k, g, "web", f.say("mild", lang), attrs={"page": "/help/contact"})
            f.add(
                k,
                g + timedelta(minutes=f.rng.randint(15, 40)),
                "email",
                f.say("mild_answer", lang),
                out=True,
            )
        f.custs[k].update({"grumble_event_id": eid, "trouble_starts_at": iso(g)})
    owl = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        bursts = [
            b0,
            b0 + timedelta(minutes=f.rng.randint(28, 33)),
            b0 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, bt in enumerate(bursts):
            for _ in range(4):
                owl += 1
                k = f.person(
                    "night_owl", f"night {night + 1}, burst {b + 1}", expected=[], tolerated=[]
                )
                lang = f.custs[k]["language"]
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    eid = f.add(k, t, "chat", f.say("night_chat", lang))
                    f.add(
                        k,
                        t + timedelta(minutes=f.rng.randint(2, 6)),
                        "chat",
                        f.say("night_answer", lang),
                        out=True,
                    )
                    f.add(
                        k,
                        t + timedelta(minutes=f.rng.randint(7, 11)),
                        "chat",
                        f.say("thanks", lang),
                    )
                else:
                    eid = f.add(k, t, f.rng.choice(("social", "community")), f.say("night", lang))
                f.custs[k].update({"burst_at": iso(bt), "night_event_id": eid})
                if owl % 2 == 0:
                    f.happy(k, f.at(f.rng.randint(0, 2), 9, 17.5))
    f.write({})


PAIRS = [
    ("es", "it"),
    ("it", "es"),
    ("es", "en"),
    ("it", "en"),
    ("es", "fr"),
    ("it", "fr"),
    ("es", "de"),
    ("it", "de"),
    ("es", "pt"),
    ("it", "pt"),
    ("en", "es"),
    ("fr", "it"),
    ("de", "it"),
    ("pt", "es"),
]


def bilingual() -> None:
    f = Fam("bilingual", "BL", monday(2026, 9, 21), 14, 6, "customers writing in two languages")
    pairs = (PAIRS * 2)[:27]
    f.rng.shuffle(pairs)
    pi = iter(pairs)

    def who(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[str, list[str]]:
        a, b = next(pi)
        k = f.person(persona, habit, lang=a, expected=exp, tolerated=tol)
        f.custs[k]["languages"] = [a, b]
        f.custs[k]["job_second_language"] = f.rng.choice(
            ("works abroad", "partner's language", "grew up bilingual", "studied abroad")
        )
        return k, [a, b]

    for _ in range(12):
        k, langs = who("happy", "alternates languages", [], [])
        f.happy_days(k, f.rng.randint(5, 8), list(range(14)), lang_cycle=langs)
    for i, times in enumerate([2, 2, 3, 3, 4]):
        k, langs = who("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        f.happy_days(k, f.rng.randint(1, 3), [0, 1], 8, 18, surveys=False, lang_cycle=langs)
        repeat_run(
            f,
            k,
            f.at(f.rng.randint(2, 5), 8, 18),
            ("web", "email", "chat", "phone", "web")[i],
            times,
            PROBLEMS[i % 4],
            langs,
            times >= 3,
        )
    for _i in range(5):
        k, langs = who("slow_churner", "slides", ["sentiment_drop"], T_SLIDER)
        for j, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            f.add(
                k,
                f.at(d, 8, 20),
                f.rng.choice(("social", "community")),
                f.say("praise", langs[j % 2]),
            )
        f.happy_days(k, f.rng.randint(1, 3), list(range(6)), surveys=False, lang_cycle=langs)
        slide(f, k, f.rng.randint(7, 8), f.rng.randint(3, 5), langs, False)
    for ch in ("long", "email", "chat"):
        k, langs = who("happy_one_bad_day", "one bad day", [], T_SILENCE)
        d = f.rng.randint(4, 9)
        t = f.at(d, 9, 18)
        info = bad_day(f, k, t, ch, f.rng.choice(PROBLEMS), langs[1])
        f.custs[k].update(info)
        f.custs[k].update({"bad_day_language": langs[1], "trouble_starts_at": iso(t)})
        f.happy_days(
            k,
            f.rng.randint(2, 4),
            [x for x in range(14) if x <= d - 2 or x >= d + 3],
            lang_cycle=langs,
            surveys=False,
        )
        if ch != "chat":
            f.add(
                k,
                f.daytime(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                f.say("good_news", langs[1], CASE=info["booking"]),
                out=True,
                subject=info["booking"],
            )
            f.custs[k]["agent_fixed"] = True
        if ch == "email":
            a = f.daytime(t + timedelta(hours=f.rng.uniform(18, 24)))
            f.custs[k].update(
                {
                    "apologised": True,
                    "apology_at": iso(a),
                    "apology_event_id": f.add(k, a, "chat", f.say("apology", langs[1])),
                }
            )
    for i in range(2):
        k, langs = who("resolved_between_contacts", "fixed", [], T_SILENCE)
        f.custs[k]["problems"] = [
            fixed_run(
                f, k, f.at(f.rng.randint(2, 6), 9, 17), "web", PROBLEMS[i], langs[0], langs[1]
            )
        ]
        f.custs[k]["confirm_language"] = langs[1]
        f.happy_days(k, f.rng.randint(1, 3), [0, 1], lang_cycle=langs, surveys=False)
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


COMPANIES = [
    ("es", "ES", "Grupo Levante Consultores", "consulting", "levante"),
    ("it", "IT", "Studio Ardesia Architetti", "architects", "ardesia"),
    ("it", "IT", "Farmacie Riunite Po", "pharmacy", "farmapo"),
    ("es", "ES", "Hotel Brisamar", "hotel", "brisamar"),
    ("de", "DE", "Nordlicht Software GmbH", "software", "nordlicht"),
    ("es", "ES", "Colegio San Isidro", "school", "sanisidro"),
    ("it", "CH", "Banca Ticinese Sud", "bank", "bts"),
    ("fr", "FR", "Atelier Brume SARL", "design", "brume"),
    ("pt", "PT", "Tejo Logística", "logistics", "tejolog"),
    ("en", "UK", "Harbour Legal LLP", "law", "harbourlegal"),
    ("es", "ES", "Ayuntamiento de Tordesa", "municipality", "tordesa"),
    ("it", "IT", "Università del Mincio", "university", "unimincio"),
    ("de", "AT", "Alpenbau AG", "construction", "alpenbau"),
    ("it", "IT", "Gruppo Vela Eventi", "events", "velaeventi"),
    ("es", "ES", "Clínica Dental Sonríe", "clinic", "sonrie"),
]


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", monday(2026, 10, 12), 14, 7, "company accounts of Cucinora Team")
    plan = [
        ("at_risk", 5, 3),
        ("at_risk", 4, 4),
        ("at_risk", 5, 3),
        ("at_risk", 6, 4),
        ("at_risk", 4, 3),
    ]
    plan += (
        [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 2), ("mild", 3, 2), ("mild", 4, 2)]
        + [("happy", 4, 0)] * 3
    )
    wd = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for ai, ((kind, size, unhappy), (lang, market, company, site, dom)) in enumerate(
        zip(plan, COMPANIES, strict=True)
    ):
        _ids["acct"] += 1
        acc = f"CTM-{market}-{3000 + _ids['acct'] * 13:04d}"
        keys = []
        for ci in range(size):
            persona, role, exp, tol = "b2b_happy", "contact", [], []
            if ci < unhappy:
                if kind == "at_risk":
                    persona, role, tol = "b2b_unhappy", "complainer", T_B2B_RISK
                    exp = ["repeat_contact"] if ci == unhappy - 1 else ["detractor"]
                elif kind == "one_unhappy":
                    persona, role, exp, tol = (
                        "b2b_one_unhappy",
                        "complainer",
                        ["detractor"],
                        ["high_value_at_risk", "sentiment_drop", "silence"],
                    )
                else:
                    persona, role, tol = "b2b_mild", "suggests", T_SILENCE
            k = f.person(
                persona,
                role,
                lang=lang,
                expected=exp,
                tolerated=tol,
                market=market,
                account=acc,
                domain=dom + ".example",
            )
            f.custs[k].update(
                {
                    "company": company,
                    "role": role,
                    "job_title": f.rng.choice(
                        (
                            "Office manager",
                            "HR lead",
                            "Team assistant",
                            "People partner",
                            "Facilities coordinator",
                        )
                    ),
                }
            )
            f.custs[k]["job"] = f.custs[k]["job_title"]
            keys.append(k)
        problem = B2B_PROBLEMS[ai % 2] if kind in ("at_risk", "one_unhappy") else None
        for ci, k in enumerate(keys):
            if ci >= unhappy:
                f.happy_days(k, f.rng.randint(2, 5), wd, 8, 16.5, b2b=True)
            else:
                f.happy_days(k, f.rng.randint(0, 2), [0, 1], 8, 16.5, surveys=False, b2b=True)
        first_name = f.custs[keys[0]]["name"].split()[0]
        trouble = None
        if kind == "at_risk" and problem:
            case = f.case()
            t = f.office(f.at(2, 8.5, 11))
            trouble = iso(t)
            for ci in range(unhappy):
                k = keys[ci]
                text = (
                    f.say(f"b2b_{problem}", lang)
                    if ci == 0
                    else f.say("b2b_again", lang, NAME=first_name, CASE=case)
                    + " "
                    + f.say(f"b2b_{problem}", lang)
                )
                eid = f.add(k, t, "email", text, subject=(f.say("subject_complaint", lang) + case))
                ev = [eid]
                if ci == 0:
                    f.add(
                        k,
                        f.office(t + timedelta(minutes=f.rng.randint(20, 90))),
                        "email",
                        f.say("case_opened", lang, CASE=case),
                        out=True,
                        subject=case,
                    )
                if ci < unhappy - 1:
                    s = f.rng.randint(1, 5)
                    f.custs[k].update(
                        {
                            "nps_given": True,
                            "nps": s,
                            "survey_event_id": f.add(
                                k,
                                f.office(t + timedelta(hours=f.rng.uniform(1, 3))),
                                "survey",
                                None,
                                scores={"nps": s},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    lt = f.office(t + timedelta(hours=f.rng.uniform(18, 40)))
                    comp = f.rng.choice(COMPS)
                    ch = "email" if ai == 0 else "phone"
                    ev.append(
                        f.add(
                            k,
                            lt,
                            ch,
                            f.say("b2b_last", lang, CASE=case, COMP=comp),
                            subject=("RE: " + case) if ch == "email" else None,
                        )
                    )
                    f.custs[k]["competitor"] = comp
                f.custs[k].update(
                    {
                        "complaint_event_ids": ev,
                        "problem": problem,
                        "booking": case,
                        "trouble_starts_at": iso(t),
                    }
                )
                t = f.office(t + timedelta(hours=f.rng.uniform(8, 28)))
        elif kind == "one_unhappy" and problem:
            k = keys[0]
            case = f.case()
            t = f.office(f.at(f.rng.randint(3, 7), 9, 15))
            eid = f.add(
                k,
                t,
                "email",
                f.say(f"b2b_{problem}", lang),
                subject=f.say("subject_complaint", lang) + problem,
            )
            f.add(
                k,
                f.office(t + timedelta(minutes=f.rng.randint(20, 90))),
                "email",
                f.say("case_opened", lang, CASE=case),
                out=True,
                subject=case,
            )
            s = f.rng.randint(1, 5)
            sid = f.add(
                k,
                f.office(t + timedelta(hours=f.rng.uniform(1, 3))),
                "survey",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            f.custs[k].update(
                {
                    "complaint_event_ids": [eid],
                    "problem": problem,
                    "booking": case,
                    "nps_given": True,
                    "nps": s,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for k in keys[:2]:
                t = f.office(f.at(f.rng.randint(2, 9), 9, 15))
                eid = f.add(k, t, "web", f.say("b2b_mild", lang), attrs={"page": "/team/feedback"})
                f.add(
                    k,
                    f.office(t + timedelta(minutes=f.rng.randint(30, 120))),
                    "email",
                    f.say("mild_answer", lang),
                    out=True,
                )
                f.custs[k].update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": unhappy if kind in ("at_risk", "one_unhappy") else 0,
            "unhappy_contact_keys": keys[:unhappy] if kind in ("at_risk", "one_unhappy") else [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", monday(2026, 11, 2), 7, 8, "a calm week and one planted incident")
    for _ in range(40):
        k = f.person("happy", "day writer", expected=[], tolerated=[])
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(k, f.at(d, 12, 19) if d == 5 else f.at(d, 8, 20))
    for _ in range(2):
        k = f.person("grumbles_once", "grumbles once", expected=[], tolerated=T_SILENCE)
        lang = f.custs[k]["language"]
        t = f.at(0, 9, 17)
        eid = f.add(k, t, "chat", f.say("grumble", lang))
        f.add(
            k,
            t + timedelta(minutes=f.rng.randint(2, 6)),
            "chat",
            f.say("mild_answer", lang),
            out=True,
        )
        f.custs[k].update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    for lang, hour in (("es", 9.6), ("it", 16.1)):
        k = f.person("grumbles_once", "lone question", lang=lang, expected=[], tolerated=T_SILENCE)
        t = f.start + timedelta(days=4, hours=hour)
        eid = f.add(k, t, "chat", f.say("lone_question", lang))
        f.add(k, t + timedelta(minutes=4), "chat", f.say("lone_answer", lang), out=True)
        f.custs[k].update({"lone_report_event_id": eid, "trouble_starts_at": iso(t)})
    spike_start = f.start + timedelta(days=5, hours=9, minutes=5)
    langs = ["es"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "de", "pt", "pt", "de"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    for i in range(20):
        regular = i < 12
        k = f.person(
            "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=[],
            tolerated=T_SILENCE,
        )
        keys.append(k)
        if regular:
            f.happy(k, f.at(2, 8, 17.5))
        t = spike_start + timedelta(
            minutes=offs[i], seconds=f.rng.randint(0, 50) if 0 < offs[i] < 45 else 0
        )
        ch = chans[i]
        text = f.say("spike", langs[i])
        eid = f.contact(
            k,
            t,
            ch,
            text,
            langs[i],
            "Tarjeta regalo / gift card" if ch in ("email", "web") else None,
        )
        eids.append(eid)
        if ch == "chat":
            f.add(
                k,
                t + timedelta(minutes=f.rng.randint(1, 3)),
                "chat",
                f.say("spike_answer", langs[i]),
                out=True,
            )
        f.custs[k].update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
    early = [i for i in range(20) if offs[i] <= 25]
    f.rng.shuffle(early)
    again = ["email", "email", "chat", "chat", "community", "community"]
    for n, i in enumerate(early[:6]):
        k = keys[i]
        ch = again[n] if again[n] != chans[i] else "web"
        t = spike_start + timedelta(minutes=offs[i] + f.rng.randint(10, 40))
        rid = f.contact(
            k,
            t,
            ch,
            f.say("spike_again", langs[i]),
            langs[i],
            "RE: GFT-608" if ch in ("email", "web") else None,
        )
        reps.append(rid)
        f.custs[k].update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": rid,
            }
        )
    for i in [x for x in range(20) if x not in early[:6]][:6]:
        k = keys[i]
        f.add(
            k,
            f.start + timedelta(days=5, hours=11, minutes=f.rng.randint(35, 45)),
            "email",
            f.say("spike_fixed", langs[i]),
            out=True,
            subject="GFT-608",
        )
        f.custs[k]["agent_fixed"] = True
    f.spike = {
        "topic": "cooking-class app: gift card and voucher balances shown as zero at checkout, so classes cannot be paid with them, error GFT-608",
        "about": "the planted incident of this set (see README)",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1})


FAMILIES = [
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
]


def main() -> None:
    for build in FAMILIES:
        build()


if __name__ == "__main__":
    main()
