"""Calm streams: the low-volume weekend with night bursts, and the larger week with a spike."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import personas as ps
import wording_life as life
import wording_problems as wp
from families_b2c import PROBLEM_NAMES, pick_habit, pick_lang
from people import Person
from scenario import Scenario, iso


def calm_customer(sc: Scenario, days: int, touches: tuple[int, int], grumble: float) -> Person:
    """1-few daytime touchpoints; some grumble once about a random problem."""
    rng = sc.rng
    guest = rng.random() < 0.12
    p = sc.person(pick_lang(rng), "happy", guest=guest, habit=pick_habit(rng))
    if guest:
        p.info["style"] = "quote_request"
        at = sc.moment(p, rng.randrange(days))
        sc.add(p, at, "web", "page_view", None, attributes={"page": "/solar/simulador"})
        text = {
            "pt": "Pedido de orcamento para paineis, moradia em Setubal. Obrigado",
            "es": "Quiero presupuesto de placas para un chalet en Murcia. Gracias",
            "it": "Vorrei un preventivo per pannelli su villetta a Verona. Grazie",
            "de": "Bitte um ein Angebot für eine Solaranlage, Einfamilienhaus. Danke",
            "fr": "Je voudrais un devis panneaux pour une maison a Nantes. Merci",
            "en": "Could I get a quote for solar panels on a villa near Lagos? Thanks",
        }
        sc.add(
            p,
            at + timedelta(minutes=rng.uniform(2, 10)),
            "web",
            "ticket",
            text[p.lang],
            subject="Orcamento" if p.lang == "pt" else "Quote",
        )
        return p
    n = rng.randint(*touches)
    added = 0
    while added < n:
        added += ps.happy_touch(sc, p, sc.moment(p, rng.randrange(days)))
    if rng.random() < grumble:
        p.persona = "grumbles_once"
        p.info.update(ps.bad_day(sc, p, rng.randrange(days), rng.choice(PROBLEM_NAMES)))
    return p


NIGHT_LINES = {
    "pt": [
        "Nao consigo dormir, ja agora: a app mostra o consumo de hoje?",
        "Turno da noite no hospital, so queria dizer que a fatura veio certa. Obg",
    ],
    "es": [
        "No puedo dormir, de paso: la app enseña el consumo de hoy?",
        "Turno de noche en el hospital, solo decir que la factura vino bien. Gracias",
    ],
    "it": [
        "Non riesco a dormire, gia' che ci sono: l'app mostra i consumi di oggi?",
        "Turno di notte in ospedale, volevo solo dire che la bolletta e' giusta. Grazie",
    ],
    "de": [
        "Kann nicht schlafen, kurze Frage: zeigt die App den heutigen Verbrauch?",
        "Nachtschicht in der Klinik, wollte nur sagen: Rechnung stimmt. Danke",
    ],
    "fr": [
        "Insomnie, petite question : l'appli montre la conso d'aujourd'hui ?",
        "De garde cette nuit, juste pour dire que la facture est juste. Merci",
    ],
    "en": [
        "Can't sleep, quick one: does the app show today's usage?",
        "Night shift at the hospital, just saying the bill was spot on. Cheers",
    ],
}


#: The agents' reply to everyone who wrote about the wrong bills.
MASS_REPLY = {
    "pt": "Detetamos um erro nas faturas emitidas hoje. Sera corrigido sem custos.",
    "es": "Hemos detectado un error en las facturas de hoy. Se corregira sin coste.",
    "it": "Abbiamo rilevato un errore nelle bollette di oggi. Sara' corretto.",
    "de": "Wir haben einen Fehler in den heutigen Rechnungen festgestellt.",
    "fr": "Nous avons detecte une erreur sur les factures du jour.",
    "en": "We found an error in today's bills; they will be corrected.",
}


def quiet_hours(seed: int) -> Scenario:
    sc = Scenario(
        "quiet_hours",
        "a calm, low-volume weekend with small bursts at night",
        date(2026, 2, 13),
        3,
        seed,
    )
    rng = sc.rng
    for _ in range(226):
        calm_customer(sc, 3, (1, 3), 1 / 8)
    owls = 0
    for night in range(3):
        for burst in range(3):
            at0 = sc.start + timedelta(days=night + 1, hours=rng.uniform(0.5, 4.5))
            size = rng.randint(2, 4)
            problem = rng.choice(PROBLEM_NAMES)
            for k in range(size):
                p = sc.person(pick_lang(rng), "night_owl", habit="night")
                owls += 1
                at = at0 + timedelta(minutes=rng.uniform(0, 10))
                channel = ps.next_channel(sc, p, None)
                if k < 2 and burst != 1:
                    words = wp.PROBLEMS[problem][p.lang]
                    text = rng.choice(words["complaints"])
                    p.info["problem"] = problem
                else:
                    text = rng.choice(NIGHT_LINES[p.lang])
                ps.contact(sc, p, at, channel, str(text), p.lang, subject="Lumeo")
                p.info["burst_at"] = iso(at0)
    p = sc.person("pt", "night_owl", habit="night")
    at = sc.start + timedelta(days=2, hours=3, minutes=12)
    question, answer, thanks = life.QUESTIONS["pt"][0]
    for line, outbound in (
        (question, False),
        (answer, True),
        ("e a foto tem de ser nitida?", False),
        ("Sim, com os numeros legiveis. Boa noite!", True),
        (thanks, False),
    ):
        sc.add(p, at, "chat", "chat", line, outbound=outbound)
        at += timedelta(minutes=rng.uniform(1, 4))
    p.info["style"] = "night_chat"
    return sc


def topic_spike(seed: int) -> Scenario:
    sc = Scenario(
        "topic_spike",
        "a larger calm week and a wave of wrong bills on Tuesday morning",
        date(2026, 3, 4),
        8,
        seed,
    )
    rng = sc.rng
    regulars = [calm_customer(sc, 8, (2, 6), 1 / 10) for _ in range(560)]
    start = datetime(2026, 3, 10, 6, 5, tzinfo=UTC)
    reporters = rng.sample([p for p in regulars if p.customer_id], 26)
    reporters += [sc.person(pick_lang(rng), "spike_reporter") for _ in range(16)]
    channels = (
        ("email",) * 7
        + ("phone",) * 4
        + ("chat",) * 3
        + ("social",) * 3
        + ("web", "web", "community")
    )
    first_ids: list[str] = []
    again_ids: list[str] = []
    times: list[datetime] = []
    for i, p in enumerate(reporters):
        had_billing = p.info.get("problem") == "estimated_bill"
        p.persona = "spike_repeater" if i % 4 == 1 else "spike_reporter"
        p.tolerated |= {"silence"}
        if had_billing:
            p.tolerated.add("repeat_contact")
        at = start + timedelta(minutes=rng.uniform(0, 65) if i else 0)
        times.append(at)
        amount = rng.randrange(190, 780)
        channel = rng.choice(channels)
        if channel == "social" and not p.handle:
            channel = "email"
        text = rng.choice(wp.BILL_SHOCK[p.lang]).format(amount=amount)
        eid = ps.contact(
            sc,
            p,
            at,
            channel,
            text,
            p.lang,
            subject="Fatura de marco" if p.lang == "pt" else "Factura / bill",
        )
        first_ids.append(eid)
        p.info.update({"in_spike": True, "spike_event_id": eid, "amount": amount})
        if p.persona == "spike_repeater":
            again = at + timedelta(minutes=rng.uniform(20, 70))
            other = ps.next_channel(sc, p, channel)
            text = rng.choice(wp.BILL_SHOCK_AGAIN[p.lang]).format(amount=amount)
            again_ids.append(ps.contact(sc, p, again, other, text, p.lang, subject="RE: bill"))
            p.info["repeat_event_id"] = again_ids[-1]
            p.expected.add("repeat_contact")
        if p.persona == "spike_reporter" and p.info.get("style") is None and rng.random() < 0.3:
            # Some get the agent's mass reply later in the morning.
            sc.add(
                p,
                at + timedelta(hours=rng.uniform(2, 4)),
                "email",
                "message",
                MASS_REPLY[p.lang],
                outbound=True,
            )
    for p in reporters[26:]:
        # New reporters also have an ordinary week around it.
        n = rng.randint(1, 3)
        added = 0
        while added < n:
            added += ps.happy_touch(sc, p, sc.moment(p, rng.choice((0, 1, 2, 3, 4, 7))))
    sc.spike = {
        "topic": "billing",
        "about": "bills e-mailed overnight came out 3 to 10 times too high; customers in "
        "six languages report the amount within about an hour",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": len(reporters),
        "event_ids": first_ids,
        "repeat_event_ids": again_ids,
    }
    return sc
