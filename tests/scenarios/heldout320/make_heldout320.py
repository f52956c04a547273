# ruff: noqa: E501
"""Generate heldout320 (Typello), blind. Standard library only; seeded."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20260320
ALL_RULES = (
    "detractor",
    "sentiment_drop",
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
B2B = {
    "fr": "Bonjour, nos factures Typello Studio portent toujours l'ancien nom et aucun numéro de commande, la compta bloque tout.",
    "de": "Guten Tag, unsere Typello-Studio-Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung zahlt so nicht.",
    "en": "Hello, our Typello Studio invoices still show the old company name and no PO number, accounts won't pay them.",
    "es": "Hola, las facturas de Typello Studio siguen con el nombre antiguo y sin número de pedido.",
    "it": "Buongiorno, le fatture Typello Studio hanno ancora la vecchia ragione sociale e nessun numero d'ordine.",
    "pt": "Olá, as faturas da Typello Studio continuam com o nome antigo e sem número de encomenda.",
}
B2B_AGAIN = {
    "fr": "Comme {f} vous l'a écrit, le problème des factures (dossier {c}) n'est toujours pas réglé.",
    "de": "Wie {f} schon schrieb: Das Rechnungsproblem (Vorgang {c}) ist weiterhin nicht gelöst.",
    "en": "As {f} wrote, the invoice problem (case {c}) is still not fixed.",
    "es": "Como os escribió {f}, lo de las facturas (incidencia {c}) sigue sin arreglarse.",
    "it": "Come vi ha scritto {f}, il problema fatture (pratica {c}) non è risolto.",
    "pt": "Como a {f} escreveu, o problema das faturas (processo {c}) continua.",
}
B2B_SUGGEST = {
    "fr": "Suggestion : pouvoir exporter les locations par production.",
    "de": "Vorschlag: Mietkosten nach Produktion exportieren können.",
    "en": "Suggestion: export hire costs by production code.",
    "es": "Sugerencia: exportar los alquileres por producción.",
    "it": "Suggerimento: esportare i noleggi per produzione.",
    "pt": "Sugestão: exportar alugueres por produção.",
}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        c
        for c in unicodedata.normalize("NFD", s)
        if unicodedata.category(c) != "Mn" or c == "\u0303"
    )


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.ncase = 0

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        lang = lang or self.lang()
        idx = len(self.customers) + 1
        key = f"TY{self.code}{1000 + idx * 7}"
        market = market or self.rng.choice(W.MARKETS[lang])
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        slug = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        cc, pre, ln = W.PHONE[market]
        digits = f"{idx:0{ln - len(pre) - 2}d}{self.rng.randrange(10, 100)}"
        phone = f"{cc}{pre}{digits}"
        dom = f"{account.lower()}.example" if account else "post.example"
        email = f"{slug}.{self.code.lower()}{idx}@{dom}"
        handle = None if account else f"@{slug.replace('.', '_')}{self.code.lower()}{idx}"
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + phone.lstrip("+"),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.customers[key] = c
        return c

    def case(self) -> str:
        self.ncase += 1
        return f"TYC-{self.code}{self.ncase:04d}"

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.1:
            text = strip_accents(text)
        if self.rough.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if self.rough.random() < 0.14:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = self.rough.choice(words)
                w = parts[i]
                j = self.rough.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        t: datetime,
        c: dict[str, Any],
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"ty320-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and not out and "Typello" not in text:
            text = "@Typello " + text
        elif text and channel == "social" and not out:
            i = text.rfind("Typello")
            text = text[:i] + "@" + text[i:]
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(("Maëlle", "Jannik", "Orla", "Sergi", "Chiara", "Duarte"))
        src = {
            "email": "mail",
            "phone": "voice",
            "social": "social",
            "community": "forum",
            "chat": "chat",
            "web": "web",
            "survey": "survey",
        }[channel]
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "_key": c["identifiers"]["customer_id"],
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": f"typello-{src}",
                "attributes": a,
            }
        )
        return eid

    def day(self, d: float, h0: float = 7.5, h1: float = 20.0) -> datetime:
        return self.start + timedelta(days=int(d), hours=self.rng.uniform(h0, h1))

    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        lang, r = c["language"], self.rng.random()
        if r < 0.3:
            self.add(
                t,
                c,
                self.rng.choice(("social", "community")),
                "post",
                self.rng.choice(W.PRAISE[lang]),
            )
        elif r < 0.55:
            self.add(t, c, "chat", "chat", self.rng.choice(W.QUESTION[lang]))
            self.add(
                t + timedelta(minutes=self.rng.randint(1, 6)),
                c,
                "chat",
                "chat",
                W.ANSWER[lang],
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    t + timedelta(minutes=self.rng.randint(7, 12)),
                    c,
                    "chat",
                    "chat",
                    self.rng.choice(W.THANKS[lang]),
                )
        elif r < 0.8:
            p, v = self.rng.choice(W.PRODUCTS)
            pg = self.rng.choice(W.PAGES)
            self.add(t, c, "web", "page_view", attrs={"page": pg})
            cur = "CHF" if c["country"] == "CH" else "GBP" if c["country"] == "UK" else "EUR"
            self.add(
                t + timedelta(minutes=4),
                c,
                "web",
                "purchase",
                attrs={"page": pg, "product": p, "order_value": v, "currency": cur},
            )
        else:
            self.add(
                t, c, "web", "review", W.REVIEW[lang], attrs={"rating": "5", "page": "/reviews"}
            )

    def survey_happy(self, c: dict[str, Any], t: datetime) -> None:
        k = self.rng.choice(("nps", "csat", "ces"))
        v = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[k]
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc[k] = v
        self.add(
            t,
            c,
            "survey",
            "survey_response",
            self.rng.choice(W.SURVEY_WORD[c["language"]]) or None,
            scores=sc,
            attrs={"survey": k},
        )

    def complaint(
        self, c: dict[str, Any], t: datetime, channel: str, problem: str, long: bool = False
    ) -> str:
        lang = c["language"]
        body = self.rng.choice(W.COMPLAINT[lang][problem])
        if channel == "phone":
            return self.add(t, c, "phone", "call", W.CALL[lang].format(p=W.CALL_P[lang][problem]))
        if channel == "email":
            if long:
                a, b = W.LETTER[lang]
                body = a + body + b + c["name"].split()[0]
            return self.add(
                t,
                c,
                "email",
                "message",
                body,
                subject=f"{W.SUBJECT[lang]}: {problem.replace('_', ' ')}",
            )
        if channel == "web":
            return self.add(t, c, "web", "ticket", body, attrs={"page": "/contact"})
        if channel == "chat":
            return self.add(t, c, "chat", "chat", body)
        return self.add(t, c, channel, "post" if channel != "social" else "mention", body)

    def first(self, c: dict[str, Any]) -> str:
        return str(c["name"]).split()[0]

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        out = []
        for r in self.rows:
            c = self.customers[r.pop("_key")]
            ids = c["identifiers"]
            ch, full = r["channel"], r["direction"] == "outbound" or ids["customer_id"] not in seen
            if r["direction"] == "inbound":
                seen.add(ids["customer_id"])
            if full:
                cust = dict(ids)
            elif ch == "email":
                cust = {"email": ids["email"]}
            elif ch == "phone":
                cust = {"phone": ids["phone"]}
            elif ch in ("social", "community"):
                cust = {"handle": ids["handle"]} if ids["handle"] else {"email": ids["email"]}
            else:
                cust = {"customer_id": ids["customer_id"]}
            if ids["account_id"]:
                cust["account_id"] = ids["account_id"]
            r["customer"] = {
                k: cust.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
            }
            out.append(r)
        last = max(datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in out)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Typello: typewriter servicing, ribbons and hire by post",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam(
        "happy_writers", "HW", 1, d0(2026, 2, 9), 10, "happy day and night writers, survey-only"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy_act(c, f.day(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), 3):
            f.add(f.day(d, 22.2, 23.9), c, "social", "post", f.rng.choice(W.NIGHT[c["language"]]))
        for d in f.rng.sample(range(10), 2):
            f.happy_act(c, f.day(d, 9, 18))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey_happy(c, f.day(d, 8, 20))
    f.write({})


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 3, 2), 12, "happy customers with one bad day")
    chans = (
        ["longmail"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    cased = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(cased, 6))
    low = set(f.rng.sample([i for i in cased if i not in det], 5))
    good = f.rng.sample(cased, 12)
    apol = set(good[:5])
    n = 0
    for i, ch in enumerate(chans):
        lang = ("fr", "de")[i % 2] if ch == "longmail" else None
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=("detractor",) if i in det else (),
            tolerated=("silence",),
        )
        bd = 2 + i % 8
        for d in f.rng.sample(
            [x for x in range(12) if x < bd - 1 or x > bd + 2], f.rng.randint(1, 5)
        ):
            f.happy_act(c, f.day(d, 8, 19))
        t = f.day(bd, 8, 20)
        prob = W.PROBLEMS[i % 6]
        real = "email" if ch == "longmail" else ch
        eid = f.complaint(c, t, real, prob, long=ch == "longmail")
        c.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            problem=prob,
            channel=real,
            long_email=ch == "longmail",
            trouble_starts_at=iso(t),
        )
        lang = c["language"]
        if ch == "social":
            c["booking"] = None
            continue
        case = f.case()
        c["booking"] = case
        if ch == "chat":
            f.add(
                t + timedelta(minutes=3),
                c,
                "chat",
                "chat",
                W.CASE_OPENED[lang].format(n=f.first(c), c=case),
                out=True,
            )
        else:
            f.add(
                t + timedelta(minutes=f.rng.randint(10, 40)),
                c,
                "email",
                "message",
                W.CASE_OPENED[lang].format(n=f.first(c), c=case),
                out=True,
                subject=case,
            )
        if i in det:
            nps = f.rng.randint(1, 5)
            c.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    c,
                    "survey",
                    "survey_response",
                    scores={"nps": nps, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                ),
            )
        elif i in low:
            cs = f.rng.randint(1, 2)
            c.update(
                csat_given=True,
                csat=cs,
                survey_event_id=f.add(
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    c,
                    "survey",
                    "survey_response",
                    scores={"nps": None, "csat": cs, "ces": None},
                    attrs={"survey": "csat"},
                ),
            )
        if i in good:
            f.add(
                t + timedelta(hours=f.rng.uniform(1, 4)),
                c,
                "email",
                "message",
                W.GOOD_NEWS[lang].format(c=case),
                out=True,
                subject=case,
            )
            c["agent_fixed"] = True
        if i in apol:
            ta = t + timedelta(hours=f.rng.uniform(16, 24))
            ta = ta.replace(hour=max(ta.hour, 8))
            c.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(ta, c, "chat", "chat", f.rng.choice(W.APOLOGY[lang])),
            )
        n += 1
    for _ in range(8):
        c = f.person("happy", "control")
        for d in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy_act(c, f.day(d, 8, 19))
    f.write({"detractor": 6})


def daytime(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute)
    return t


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 4, 20),
        10,
        "repeat contacts, fixed, two problems, frequent writers",
    )
    tol = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=("repeat_contact",), tolerated=tol)
        lang = c["language"]
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(c, f.day(0, 7, 12))
        n = 2 + i % 3
        chans = f.rng.sample(["email", "chat", "phone", "web", "social"], n)
        t = f.day(1 + i % 4, 8, 19)
        prob = W.PROBLEMS[i % 6]
        case = f.case()
        ids = [f.complaint(c, t, chans[0], prob)]
        esc = i < 6
        if chans[0] == "chat":
            f.add(
                t + timedelta(minutes=3),
                c,
                "chat",
                "chat",
                W.CASE_OPENED[lang].format(n=f.first(c), c=case),
                out=True,
            )
        if esc:
            f.add(
                t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                c,
                "email",
                "message",
                W.QUALITY[lang].format(n=f.first(c), c=case),
                out=True,
                subject=case,
            )
        elif chans[0] != "chat":
            f.add(
                t + timedelta(minutes=f.rng.randint(10, 40)),
                c,
                "email",
                "message",
                W.CASE_OPENED[lang].format(n=f.first(c), c=case),
                out=True,
                subject=case,
            )
        comp = None
        for k in range(1, n):
            t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
            txt = f.rng.choice(W.AGAIN[lang]).format(c=case)
            if k == 2:
                comp = COMP[i % 2]
                txt += W.THIRD[lang].format(x=comp)
            if k == 3:
                txt += W.FOURTH[lang]
            ch = chans[k]
            kind = {
                "email": "message",
                "chat": "chat",
                "phone": "call",
                "web": "ticket",
                "social": "mention",
            }[ch]
            if ch == "phone":
                txt = txt.replace(".", "").replace(",", "").lower()
            ids.append(
                f.add(
                    t,
                    c,
                    ch,
                    kind,
                    txt,
                    subject=case if ch == "email" else None,
                    attrs={"page": "/contact"} if ch == "web" else None,
                )
            )
            if ch == "chat":
                f.add(
                    t + timedelta(minutes=2),
                    c,
                    "chat",
                    "chat",
                    W.URGENT[lang].format(c=case),
                    out=True,
                )
        c.update(
            problem=prob,
            booking=case,
            contacts=n,
            channels=chans,
            agent_passed_on=esc,
            problem_event_ids=ids,
            competitor=comp,
            trouble_starts_at=f.rows[-1]["occurred_at"] if False else iso(f.start),
        )
        c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])
    for i in range(8):
        two = i >= 5
        c = f.person(
            "different_problems" if two else "resolved_between_contacts",
            "two problems" if two else "fixed",
            tolerated=("silence",),
        )
        lang = c["language"]
        probs = []
        for j in range(2 if two else 1):
            t = f.day(1 + j * 4 + i % 2, 8, 17)
            prob = W.PROBLEMS[(i + j) % 6]
            case = f.case()
            e = f.complaint(c, t, "web", prob)
            f.add(
                t + timedelta(minutes=20),
                c,
                "email",
                "message",
                W.CASE_OPENED[lang].format(n=f.first(c), c=case),
                out=True,
                subject=case,
            )
            tf = daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
            f.add(
                tf, c, "email", "message", W.GOOD_NEWS[lang].format(c=case), out=True, subject=case
            )
            tc = daytime(tf + timedelta(hours=f.rng.uniform(8, 30)))
            ce = f.add(
                tc,
                c,
                "email",
                "message",
                f.rng.choice(W.CONFIRM[lang]).format(c=case),
                subject=f"RE: {case}",
            )
            probs.append(
                {
                    "problem": prob,
                    "booking": case,
                    "raised_at": iso(t),
                    "fixed_at": iso(tf),
                    "confirmed_at": iso(tc),
                    "problem_event_ids": [e],
                    "confirm_event_id": ce,
                    "channel": "web",
                    "confirm_channel": "email",
                }
            )
        c.update(problems=probs, trouble_starts_at=probs[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy_act(c, f.day(d, 8, 19))
    f.write({"repeat_contact": 12})


COMP = W.COMPETITORS


def slide(f: Fam, c: dict[str, Any], start_day: int, span: int) -> list[str]:
    lang = c["language"]
    comp = COMP[len(f.customers) % 2]
    ids = []
    t = f.day(start_day, 9, 12)
    for k, line in enumerate(W.SLIDE[lang]):
        if k:
            t = daytime(t + timedelta(hours=max(1.0, span * 24 / 5 * f.rng.uniform(0.7, 1.1))))
        ch = ("social", "community", "review")[k % 3]
        if ch == "review":
            ids.append(
                f.add(
                    t,
                    c,
                    "web",
                    "review",
                    line.format(x=comp),
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(t, c, ch, "post", line.format(x=comp)))
    c.update(slide_event_ids=ids, slide_days=span, competitor=comp)
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])
    return ids


def slow_churners() -> None:
    f = Fam(
        "slow_churners", "SC", 4, d0(2026, 5, 18), 32, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop",) + (("detractor",) if det else ()),
            tolerated=(
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for d in f.rng.sample(range(11), 5):
            f.add(f.day(d, 8, 20), c, "social", "post", f.rng.choice(W.PRAISE[c["language"]]))
        for d in f.rng.sample(range(11), 3):
            f.happy_act(c, f.day(d, 8, 19))
        ids = slide(f, c, 12 + i % 5, (3, 5, 9)[i % 3])
        if det:
            t4 = datetime.fromisoformat(
                next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[3]).replace(
                    "Z", "+00:00"
                )
            )
            nps = f.rng.randint(1, 5)
            c.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    daytime(t4 + timedelta(hours=3)),
                    c,
                    "survey",
                    "survey_response",
                    scores={"nps": nps, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                ),
            )
    for i in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        lang = c["language"]
        for d in f.rng.sample(range(15), 5):
            f.happy_act(c, f.day(d, 8, 19))
        t = f.day(17 + i, 9, 16)
        e = f.add(t, c, "email", "message", f.rng.choice(W.LEAVE[lang]), subject="Typello Club")
        f.add(
            t + timedelta(hours=f.rng.uniform(1, 5)),
            c,
            "email",
            "message",
            W.SORRY_GO[lang].format(n=f.first(c)),
            out=True,
            subject="RE: Typello Club",
        )
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        ce = f.add(
            tc, c, "web", "cancellation", attrs={"page": "/club/cancel", "product": "Typello Club"}
        )
        c.update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy_act(c, f.day(d, 8, 19))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d, ids = f.rng.randint(0, 4), []
        for _ in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    f.day(d, 8, 20),
                    c,
                    f.rng.choice(("social", "community")),
                    "post",
                    f.rng.choice(W.GRUMBLE[c["language"]]),
                )
            )
            d += f.rng.randint(1, 3)
        c.update(
            grumble_event_ids=ids,
            trouble_starts_at=next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        for d in f.rng.sample(range(16), 4):
            f.happy_act(c, f.day(d, 8, 19))
        c["sarcasm_event_id"] = f.add(
            f.day(f.rng.randint(17, 28)), c, "social", "post", W.SARCASM[c["language"]]
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 7, 10), 3, "calm weekend with night bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy_act(c, f.day(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.day(i % 3, 9, 17)
        f.add(t, c, "web", "page_view", attrs={"page": "/ribbons"})
        c["grumble_event_id"] = f.add(
            t + timedelta(minutes=25), c, "chat", "chat", W.MILD[c["language"]]
        )
        f.add(
            t + timedelta(minutes=29),
            c,
            "chat",
            "chat",
            W.ACK[c["language"]].format(n=f.first(c)),
            out=True,
        )
        c["trouble_starts_at"] = iso(t + timedelta(minutes=25))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, hours=0, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 9.5))
                c["burst_at"] = iso(b0 + timedelta(minutes=off))
                c["night_event_id"] = f.add(
                    t, c, "social", "post", f.rng.choice(W.NIGHT[c["language"]])
                )
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.day(min(night + 1, 2), 9, 17.5))
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d0(2026, 8, 10), 14, "customers alternating two languages")
    pairs = [
        ("fr", "de"),
        ("de", "fr"),
        ("fr", "en"),
        ("de", "en"),
        ("fr", "it"),
        ("de", "it"),
        ("fr", "es"),
        ("de", "pt"),
        ("en", "fr"),
        ("it", "de"),
        ("es", "fr"),
        ("pt", "de"),
    ]
    mk = {"fr": "CH", "de": "CH", "en": "IE", "it": "CH", "es": "ES", "pt": "PT"}

    def bi(persona: str, habit: str, i: int, **kw: Any) -> tuple[dict[str, Any], tuple[str, str]]:
        p = pairs[i % len(pairs)]
        c = f.person(persona, habit, lang=p[0], market=mk[p[0]] if p[0] != "fr" else "BE", **kw)
        c["languages"] = list(p)
        c["job_second_language"] = "works across the language border"
        return c, p

    for i in range(12):
        c, p = bi("happy", "alternates languages", i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c["language"] = p[k % 2]
            f.happy_act(c, f.day(d, 8, 19))
        c["language"] = p[0]
    for i in range(5):
        c, p = bi(
            "repeat_contact",
            "repeats",
            i + 3,
            expected=("repeat_contact",),
            tolerated=(
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        f.happy_act(c, f.day(0, 8, 12))
        n = (2, 2, 3, 3, 4)[i]
        case = f.case()
        t = f.day(2 + i % 3, 9, 17)
        prob = W.PROBLEMS[i]
        ids = [f.complaint(c, t, "web", prob)]
        f.add(
            t + timedelta(minutes=25),
            c,
            "email",
            "message",
            (W.QUALITY if n > 2 else W.CASE_OPENED)[p[0]].format(n=f.first(c), c=case),
            out=True,
            subject=case,
        )
        for k in range(1, n):
            t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
            lg = p[k % 2]
            txt = f.rng.choice(W.AGAIN[lg]).format(c=case) + (W.FOURTH[lg] if k == 3 else "")
            ids.append(f.add(t, c, "email", "message", txt, subject=case))
        c.update(
            problem=prob,
            booking=case,
            contacts=n,
            problem_event_ids=ids,
            trouble_starts_at=next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]),
        )
    for i in range(5):
        c, p = bi(
            "slow_churner",
            "slides",
            i + 6,
            expected=("sentiment_drop",),
            tolerated=(
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for k, d in enumerate(range(6)):
            c["language"] = p[k % 2]
            f.add(f.day(d, 8, 20), c, "social", "post", f.rng.choice(W.PRAISE[c["language"]]))
        c["language"] = p[1]
        slide(f, c, 7 + i % 2, 4)
        c["language"] = p[0]
    for i in range(3):
        c, p = bi("happy_one_bad_day", "one bad day", i, tolerated=("silence",))
        f.happy_act(c, f.day(1, 9, 17))
        c["language"] = p[1]
        t = f.day(5 + i, 9, 18)
        ch = ("email", "email", "chat")[i]
        e = f.complaint(c, t, ch, W.PROBLEMS[i + 2], long=i == 0)
        case = f.case()
        f.add(
            t + timedelta(minutes=20),
            c,
            ch,
            "message" if ch == "email" else "chat",
            W.CASE_OPENED[p[1]].format(n=f.first(c), c=case),
            out=True,
            subject=case if ch == "email" else None,
        )
        c.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=p[1],
            booking=case,
            trouble_starts_at=iso(t),
        )
        c["language"] = p[0]
        f.happy_act(c, f.day(11, 9, 17))
    for i in range(2):
        c, p = bi("resolved_between_contacts", "fixed", i + 9, tolerated=("silence",))
        t = f.day(3, 9, 15)
        case = f.case()
        e = f.complaint(c, t, "web", "refund")
        f.add(
            t + timedelta(minutes=30),
            c,
            "email",
            "message",
            W.GOOD_NEWS[p[0]].format(c=case),
            out=True,
            subject=case,
        )
        ce = f.add(
            daytime(t + timedelta(hours=20)),
            c,
            "email",
            "message",
            f.rng.choice(W.CONFIRM[p[1]]).format(c=case),
            subject=f"RE: {case}",
        )
        c.update(
            problems=[
                {
                    "problem": "refund",
                    "booking": case,
                    "raised_at": iso(t),
                    "problem_event_ids": [e],
                    "confirm_event_id": ce,
                }
            ],
            trouble_starts_at=iso(t),
        )
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def office(f: Fam, d: int) -> datetime:
    return f.start + timedelta(days=d, hours=f.rng.uniform(8, 16.5))


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, d0(2026, 9, 7), 14, "Typello Studio accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = ("film", "theatre", "hotel", "events", "school", "museum", "café", "notary")
    for a, kind in enumerate(kinds):
        lang = ("fr", "de")[a % 2] if a < 10 else f.lang()
        acc = f"TYS-{W.MARKETS[lang][0]}-{3100 + a}"
        market = W.MARKETS[lang][0]
        n = f.rng.randint(4, 5) if kind == "at_risk" else 3
        unhappy = (3 + a % 2) if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        keys, ukeys = [], []
        case = f.case()
        firstname = ""
        tstart = office(f, 2)
        t = tstart
        for j in range(n):
            if j < unhappy and kind == "at_risk":
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    market=market,
                    expected=("detractor",) + (("repeat_contact",) if j == unhappy - 1 else ()),
                    tolerated=(
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ),
                )
            elif j < unhappy:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    account=acc,
                    market=market,
                    expected=("detractor",),
                    tolerated=("sentiment_drop", "high_value_at_risk", "silence"),
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    account=acc,
                    market=market,
                    tolerated=("silence",),
                )
            else:
                c = f.person("b2b_happy", "contact", lang=lang, account=acc, market=market)
            c.update(
                company=f"Studio {a + 1} {sites[a % len(sites)]}",
                job_title="Production office",
                job="Production office",
            )
            keys.append(c["identifiers"]["customer_id"])
            f.happy_act(c, office(f, f.rng.randint(0, 1)))
            if c["persona"] == "b2b_happy":
                f.happy_act(c, office(f, f.rng.randint(2, 12)))
                if f.rng.random() < 0.4:
                    f.survey_happy(c, office(f, f.rng.randint(2, 12)))
                continue
            if c["persona"] == "b2b_mild":
                tm = office(f, f.rng.randint(3, 8))
                c["mild_event_id"] = f.add(
                    tm, c, "web", "ticket", B2B_SUGGEST[lang], attrs={"page": "/studio/feedback"}
                )
                f.add(
                    tm + timedelta(minutes=40),
                    c,
                    "email",
                    "message",
                    W.ACK[lang].format(n=f.first(c)),
                    out=True,
                    subject="Typello Studio",
                )
                c["trouble_starts_at"] = iso(tm)
                continue
            ukeys.append(keys[-1])
            if kind == "one_unhappy":
                t = office(f, 3 + a % 5)
            elif j:
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                if t.hour < 8 or t.hour >= 17 or t.weekday() >= 5:
                    t = (t + timedelta(days=1)).replace(hour=9)
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
            txt = B2B[lang] if not j else B2B_AGAIN[lang].format(f=firstname, c=case)
            e = f.add(t, c, "email", "message", txt, subject=f"{W.SUBJECT[lang]}: Typello Studio")
            if not j:
                firstname = f.first(c)
                f.add(
                    t + timedelta(minutes=45),
                    c,
                    "email",
                    "message",
                    W.CASE_OPENED[lang].format(n=firstname, c=case),
                    out=True,
                    subject=case,
                )
            ids = [e]
            nps = f.rng.randint(1, 5)
            c.update(
                nps_given=True,
                nps=nps,
                survey_event_id=f.add(
                    t + timedelta(hours=f.rng.uniform(1, 3)),
                    c,
                    "survey",
                    "survey_response",
                    scores={"nps": nps, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                ),
                trouble_starts_at=iso(t),
                problem="invoice",
                booking=case,
            )
            if kind == "at_risk" and j == unhappy - 1:
                t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                t2 = t2.replace(hour=min(max(t2.hour, 8), 16))
                while t2.weekday() >= 5:
                    t2 += timedelta(days=1)
                ids.append(
                    f.add(
                        t2,
                        c,
                        "email",
                        "message",
                        B2B_AGAIN[lang].format(f=firstname, c=case)
                        + W.THIRD[lang].format(x=COMP[a % 2]),
                        subject=case,
                    )
                )
            c["complaint_event_ids"] = ids
        f.accounts[acc] = {
            "company": f"Studio {a + 1} {sites[a % len(sites)]}",
            "site": sites[a % len(sites)],
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": ukeys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": iso(tstart) if kind == "at_risk" else None,
            "language": lang,
            "country": market,
        }
    exp: dict[str, int] = {"account_risk": 5, "repeat_contact": 5}
    exp["detractor"] = sum(1 for c in f.customers.values() if "detractor" in c["expected_rules"])
    f.write(exp)


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, d0(2026, 10, 5), 7, "calm week and one Saturday-morning spike")
    s0 = d0(2026, 10, 10) + timedelta(hours=8, minutes=5)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for _ in range(f.rng.randint(1, 4)):
            d = f.rng.randint(0, 5)
            f.happy_act(c, f.day(d, 12 if d == 5 else 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.day(0, 9, 16)
        c.update(
            grumble_event_id=f.add(t, c, "chat", "chat", W.MILD[c["language"]]),
            trouble_starts_at=iso(t),
        )
        f.add(
            t + timedelta(minutes=4),
            c,
            "chat",
            "chat",
            W.ACK[c["language"]].format(n=f.first(c)),
            out=True,
        )
    for k, lang in enumerate(("fr", "de")):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        t = d0(2026, 10, 9) + timedelta(hours=(9.6, 16.1)[k])
        c.update(
            lone_report_event_id=f.add(t, c, "chat", "chat", W.LONE_Q[lang]),
            trouble_starts_at=iso(t),
        )
        f.add(t + timedelta(minutes=5), c, "chat", "chat", W.LONE_A[lang], out=True)
    langs = ["fr"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted(f.rng.uniform(0, 45) for _ in range(20))
    offs[0], offs[-1] = 0.0, 45.0
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    rep_i = [i for i in range(20) if offs[i] <= 30][:6]
    fix_i = [i for i in range(20) if i not in rep_i][:6]
    for i in range(20):
        regular = i < 12
        rep = i in rep_i
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
        )
        lang = c["language"]
        if regular:
            f.happy_act(c, d0(2026, 10, 7) + timedelta(hours=f.rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        txt = f.rng.choice(W.SPIKE[lang])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            t,
            c,
            ch,
            kind,
            txt,
            subject="TY|4052" if ch == "email" else None,
            attrs={"page": "/checkout"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(t + timedelta(minutes=2), c, "chat", "chat", W.SPIKE_CHAT[lang], out=True)
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        c.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if rep:
            ch2 = ("email", "chat", "community")[len(reps) % 3]
            if ch2 == ch:
                ch2 = "web"
            r = f.add(
                t + timedelta(minutes=f.rng.uniform(15, 30)),
                c,
                ch2,
                {"email": "message", "chat": "chat", "community": "post", "web": "ticket"}[ch2],
                W.SPIKE_AGAIN[lang],
                subject="TY|4052" if ch2 == "email" else None,
                attrs={"page": "/checkout"} if ch2 == "web" else None,
            )
            reps.append(r)
            c["repeat_event_id"] = r
        if i in fix_i:
            f.add(
                d0(2026, 10, 10) + timedelta(hours=11, minutes=8 + i),
                c,
                "email",
                "message",
                W.SPIKE_FIXED[lang].format(n=f.first(c)),
                out=True,
                subject="TY|4052",
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "Saturday-morning outage of the app's checkout and label step",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


def main() -> None:
    happy_writers()
    one_bad_day()
    repeat_contacts()
    slow_churners()
    quiet_hours()
    bilingual()
    b2b_accounts()
    topic_spike()


if __name__ == "__main__":
    main()
