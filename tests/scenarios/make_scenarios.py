"""Hand-written alert scenarios with their truth: written before any rule tuning.

Every text below was written for these files, in another product's domain
(Brightcart, an online shop with an app and a subscription) and in other words
than the simulator's templates. The truth says what a careful analyst would
expect from each rule's name, not what the rules happen to do. Do not edit
these scenarios to make the rules pass: tune on the simulator's tuning seeds
(see streams/alerts/rules.toml), and report on these.

Run ``python tests/scenarios/make_scenarios.py`` to write ``<family>.jsonl``
and ``<family>.truth.json`` next to this file (deterministic: fixed seeds).
The touchpoint JSON is the contract in README.md.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
START = datetime(2026, 11, 2, tzinfo=UTC)  # a Monday
DAYS = 7

# ----------------------------------------------------------------- texts --
# Positive and neutral everyday messages.
HAPPY = {
    "en": [
        "Just wanted to say the new app update is lovely, checkout takes seconds now.",
        "Your driver was so friendly this morning, thank you!",
        "Big thanks to Priya on the chat, she sorted my question in two minutes.",
        "Loving the weekly box, the vegetables were really fresh this time.",
        "Great service as always, keep it up.",
        "The parcel came a day early, brilliant.",
        "Really happy with my subscription, best decision this year.",
        "Thanks for the quick answer yesterday, very helpful.",
        "Five stars from me, everything arrived perfectly packed.",
        "I recommended you to my sister, she loves it too.",
        "The new recipe cards are a great idea, my kids enjoyed cooking with them.",
        "Smooth as usual. Cheers team!",
    ],
    "fr": [
        "Un grand merci pour la livraison rapide, tout était parfait.",
        "Le livreur était très aimable ce matin, bravo.",
        "Super application, la nouvelle version est vraiment pratique.",
        "Très contente de mon abonnement, je recommande.",
        "Merci à Julien du chat pour son aide, c'était efficace.",
        "Les produits étaient frais et bien emballés, rien à redire.",
        "Service impeccable comme toujours, merci à toute l'équipe.",
        "Colis reçu en avance, quel plaisir !",
        "J'adore les fiches recettes, très bonne idée.",
        "Parfait, merci pour la réponse rapide d'hier.",
        "Cinq étoiles, je suis ravie.",
        "Toujours aussi satisfait, continuez comme ça.",
    ],
}
QUESTIONS = {
    "en": [
        "Can I change my delivery day from Tuesday to Thursday?",
        "How do I add my partner as a second user on the account?",
        "Is it possible to pay yearly instead of monthly?",
        "Do you deliver to Edinburgh?",
        "Where can I find my last invoice in the app?",
        "Could you tell me if the box can be left with a neighbour?",
        "What time does the driver usually come on Fridays?",
        "Can I pause my subscription during the holidays?",
        "Is there a vegetarian option for the weekly box?",
        "How do I update my card details?",
    ],
    "fr": [
        "Est-ce que je peux changer mon jour de livraison ?",
        "Comment ajouter mon conjoint sur le compte ?",
        "Peut-on payer à l'année plutôt qu'au mois ?",
        "Livrez-vous à Lyon le samedi ?",
        "Où trouver ma dernière facture dans l'application ?",
        "Le colis peut-il être laissé chez le gardien ?",
        "À quelle heure passe le livreur en général ?",
        "Puis-je suspendre mon abonnement pendant les vacances ?",
        "Avez-vous une formule végétarienne ?",
        "Comment modifier ma carte bancaire ?",
    ],
}
RESOLVED = {
    "en": [
        "All sorted now, thanks a lot for your help.",
        "The replacement arrived today, thank you, problem solved.",
        "Got the refund this morning, thanks for fixing it.",
        "It works again, thanks for the quick fix!",
    ],
    "fr": [
        "C'est réglé, merci beaucoup pour votre aide.",
        "Le colis de remplacement est arrivé, merci, tout est bon.",
        "Remboursement bien reçu ce matin, merci.",
        "Ça remarche, merci pour la réactivité !",
    ],
}
# One isolated bad moment (an angry message about something that is then fixed).
BAD_DAY = {
    "en": [
        "My box arrived with two broken jars and leaking milk everywhere. Really annoying.",
        "The driver left the parcel in the rain and everything is soaked. Not happy at all.",
        "Half my order is missing today and I have guests tonight. Terrible.",
        "You charged me twice this month, this is unacceptable.",
        "The app logged me out and lost my basket right before checkout, so frustrating.",
    ],
    "fr": [
        "Mon colis est arrivé avec deux bocaux cassés, c'est vraiment pénible.",
        "Le livreur a laissé le carton sous la pluie, tout est trempé. Pas content du tout.",
        "Il manque la moitié de ma commande et j'ai des invités ce soir. Nul.",
        "Vous m'avez prélevé deux fois ce mois-ci, c'est inadmissible.",
        "L'appli m'a déconnecté et a vidé mon panier juste avant de payer, quel agacement.",
    ],
}
# One problem raised again and again, in different words each time.
PROBLEMS: dict[str, dict[str, list[str]]] = {
    "login": {
        "en": [
            "I can't log in to my account, the password reset email never arrives.",
            "Calling about my account: I still cannot sign in and no reset email came.",
            "Hi, this is about the login problem I reported this morning. Still locked out.",
            "Third time contacting you. I am locked out of my account and nobody helps.",
            "Still no access to my account after all these calls, please escalate.",
        ],
        "fr": [
            "Impossible de me connecter, je ne reçois pas le mail de réinitialisation.",
            "Je vous appelle pour mon compte : toujours impossible de me connecter.",
            "Bonjour, c'est encore pour mon problème de connexion de ce matin, toujours bloqué.",
            "Troisième fois que je vous contacte, mon compte est toujours bloqué.",
            "Toujours pas accès à mon compte malgré mes appels, c'est inadmissible.",
        ],
    },
    "refund": {
        "en": [
            "I returned the blender two weeks ago and I have not been refunded.",
            "Phoning about my refund for the returned blender, where is my money?",
            "Following up on the refund, nothing on my bank statement yet.",
            "Once more: my refund is missing. This is getting ridiculous.",
            "Where is my refund? I have asked several times now.",
        ],
        "fr": [
            "J'ai renvoyé le mixeur il y a deux semaines et je n'ai pas été remboursé.",
            "Je vous appelle au sujet de mon remboursement, toujours rien.",
            "Je relance pour le remboursement du mixeur, rien sur mon compte.",
            "Encore une fois : où est mon remboursement ? Ça devient ridicule.",
            "J'attends toujours mon remboursement, je vous ai déjà écrit plusieurs fois.",
        ],
    },
    "parcel": {
        "en": [
            "My parcel says delivered but there is nothing at my door.",
            "I'm calling because my parcel was marked delivered and I never got it.",
            "Any news on the missing parcel? Tracking still says delivered.",
            "I am writing again about the parcel that never arrived.",
            "This is the fourth time I ask about my lost parcel. Please do something.",
        ],
        "fr": [
            "Mon colis est indiqué livré mais je n'ai rien reçu.",
            "Je vous appelle car mon colis est marqué livré et je ne l'ai jamais eu.",
            "Des nouvelles du colis perdu ? Le suivi indique toujours livré.",
            "Je vous réécris pour le colis jamais arrivé.",
            "Quatrième demande pour mon colis perdu, faites quelque chose svp.",
        ],
    },
    "double_charge": {
        "en": [
            "I was charged twice for my November box, please refund one payment.",
            "Calling about the double payment on my card for November.",
            "The duplicate charge is still on my bank account, what is happening?",
            "Again about the double billing: nobody has answered my emails.",
        ],
        "fr": [
            "J'ai été débité deux fois pour ma box de novembre, merci de rembourser.",
            "Je vous appelle pour le double prélèvement sur ma carte.",
            "Le double débit est toujours sur mon compte, que se passe-t-il ?",
            "Encore pour la double facturation : personne ne répond à mes mails.",
        ],
    },
    "app_crash": {
        "en": [
            "The app crashes every time I open my basket.",
            "Phoning because your app keeps crashing on my basket page.",
            "App still crashing after reinstalling it, I cannot order.",
            "Same crash again today. I've reported this already, it is still broken.",
        ],
        "fr": [
            "L'application plante dès que j'ouvre mon panier.",
            "Je vous appelle car l'appli plante toujours sur la page panier.",
            "L'appli plante encore après réinstallation, impossible de commander.",
            "Toujours le même plantage aujourd'hui, je l'ai déjà signalé.",
        ],
    },
}
# Mild to angry complaints of a customer slowly turning (varied topics).
SLIDE = {
    "en": [
        [
            "The box was a bit late today, hope it's a one-off.",
            "Some of the vegetables were not very fresh this week.",
            "Late again and the bread was squashed. Disappointing.",
            "Honestly the quality has gone downhill, I'm not happy with the last boxes.",
            "Fed up. Late deliveries, damaged food and nobody answers. Really disappointed.",
            "This service has become awful. I regret subscribing.",
        ],
        [
            "Delivery slot changed without warning, a little annoying.",
            "The app is slower than before, checkout took ages.",
            "Missing item again this week and no refund offered. Not great.",
            "I am getting really frustrated with the constant problems.",
            "Worst month ever with you. Everything goes wrong, I'm angry.",
            "Terrible experience again. I am done being patient.",
        ],
    ],
    "fr": [
        [
            "La box est arrivée un peu en retard aujourd'hui, j'espère que c'est exceptionnel.",
            "Certains légumes n'étaient pas très frais cette semaine.",
            "Encore en retard et le pain écrasé. Décevant.",
            "Franchement la qualité baisse, je ne suis pas satisfait des dernières box.",
            "J'en ai marre : retards, produits abîmés et aucune réponse. Très déçu.",
            "Ce service est devenu lamentable. Je regrette mon abonnement.",
        ],
        [
            "Le créneau de livraison a changé sans prévenir, un peu agaçant.",
            "L'appli est plus lente qu'avant, le paiement a pris un temps fou.",
            "Encore un article manquant et aucun geste commercial. Pas terrible.",
            "Je commence à être vraiment agacé par tous ces problèmes.",
            "Pire mois avec vous. Tout va de travers, je suis furieux.",
            "Expérience horrible encore une fois. Ma patience est à bout.",
        ],
    ],
}
LEAVING = {
    "en": "I want to cancel my subscription, please close my account.",
    "fr": "Je veux résilier mon abonnement, merci de fermer mon compte.",
}
# Complaints about one thing each, from customers who always grumble a bit.
GRUMBLES = {
    "en": [
        "The delivery window is too wide, I wait at home all morning.",
        "Prices went up again, that's a shame.",
        "The invoice PDF is hard to read.",
        "Customer service took two days to reply to my question.",
        "The app's search is not very good.",
    ],
    "fr": [
        "Le créneau de livraison est trop large, j'attends toute la matinée.",
        "Les prix ont encore augmenté, dommage.",
        "La facture PDF est difficile à lire.",
        "Le service client a mis deux jours à répondre.",
        "La recherche dans l'appli n'est pas terrible.",
    ],
}
CRASH_BURST = {
    "en": [
        "App crashes on launch since last night's update, can't open it at all",
        "your app is broken after the update, crashes immediately",
        "Anyone else? The app just crashes since the update. Can't reach my orders",
        "App keeps crashing after update, please fix, I need to change my order",
        "Update broke the app, instant crash on my phone",
    ],
    "fr": [
        "L'appli plante au démarrage depuis la mise à jour de cette nuit",
        "Votre application ne marche plus depuis la mise à jour, elle plante direct",
        "L'appli crash depuis la mise à jour, impossible de voir mes commandes",
        "Plantage de l'appli après la mise à jour, corrigez vite svp",
    ],
}
NIGHT_ONE_OFF = {
    "en": "Parcel still not here at midnight, the tracking says out for delivery.",
    "fr": "Colis toujours pas là à minuit, le suivi dit en cours de livraison.",
}
B2B_UNHAPPY = {
    "en": [
        "Our office order arrived incomplete again, the team had no lunch supplies.",
        "We are very unhappy with the service this month, invoices are wrong too.",
        "The last three deliveries to our office were late. This is hurting our business.",
        "Our account manager does not answer. We are considering other suppliers.",
    ],
    "fr": [
        "La commande du bureau est encore arrivée incomplète, l'équipe n'avait rien.",
        "Nous sommes très mécontents du service ce mois-ci, les factures sont fausses.",
        "Les trois dernières livraisons au bureau étaient en retard, c'est pénalisant.",
        "Notre interlocuteur ne répond pas. Nous envisageons d'autres fournisseurs.",
    ],
}
SURVEY_BAD = {
    "en": ["Too many problems lately.", "Support never follows up.", "", "Not worth the price."],
    "fr": ["Trop de problèmes ces derniers temps.", "Le support ne rappelle jamais.", ""],
}
SURVEY_GOOD = {
    "en": ["", "Great!", "Love it", "CSAT", "ok"],
    "fr": ["", "Merci !", "Top", "Très bien", "ok"],
}
SHORT_REPLIES = ["ok", "CSAT", "Thx", "👍", "Merci", "NPS", "Top"]
AGENT = {
    "en": "Thanks for getting in touch, we are looking into it and will come back to you.",
    "fr": "Merci pour votre message, nous regardons et revenons vers vous rapidement.",
}


# ------------------------------------------------------------- builders --
class Scenario:
    def __init__(self, family: str, seed: int, about: str) -> None:
        self.family = family
        self.rng = random.Random(seed)
        self.events: list[dict[str, Any]] = []
        self.truth: dict[str, Any] = {
            "config": {"family": family, "days": DAYS, "about": about, "written": "by hand"},
            "start": START.isoformat().replace("+00:00", "Z"),
            "end": (START + timedelta(days=DAYS)).isoformat().replace("+00:00", "Z"),
            "customers": {},
            "accounts": {},
            "spike": {},
        }

    def at(self, day: float, hour: float | None = None) -> datetime:
        """A moment on ``day`` (0-based); waking hours unless ``hour`` is given."""
        if hour is None:
            hour = self.rng.uniform(8.0, 21.5)
        return START + timedelta(days=int(day), hours=hour)

    def waking(self, day: float) -> datetime:
        """``day`` with its fraction spread over waking hours (08:00-22:00), order kept."""
        return START + timedelta(days=int(day), hours=8.0 + (day % 1.0) * 14.0)

    def customer(
        self,
        cid: str,
        persona: str,
        lang: str,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        account: str | None = None,
        role: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        n = sum(ord(ch) for ch in cid) * 7919 + len(self.truth["customers"]) * 104_729
        ids = {
            "customer_id": cid,
            "email": f"{cid.replace('-', '.')}@{account or 'mail'}.example.org",
            "phone": ("+336" if lang == "fr" else "+447") + f"{n % 100_000_000:08d}",
            "handle": f"@{cid.replace('-', '_')}",
            "account_id": account,
        }
        entry: dict[str, Any] = {
            "persona": persona,
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "language": lang,
            "identifiers": ids,
            **extra,
        }
        if role:
            entry["role"] = role
        self.truth["customers"][cid] = entry
        return entry

    def add(
        self,
        who: dict[str, Any],
        when: datetime,
        channel: str,
        text: str | None,
        *,
        kind: str | None = None,
        subject: str | None = None,
        direction: str = "inbound",
        scores: dict[str, int | None] | None = None,
        attributes: dict[str, str] | None = None,
        by: Sequence[str] = ("customer_id", "email"),
    ) -> str:
        ids = who["identifiers"]
        ref = {k: None for k in ("customer_id", "email", "phone", "handle", "account_id")}
        for key in by:
            ref[key] = ids[key]
        if ids.get("account_id") and "customer_id" in by:
            ref["account_id"] = ids["account_id"]
        kinds = {
            "email": "message",
            "phone": "call",
            "chat": "chat",
            "web": "ticket",
            "community": "post",
            "social": "mention",
            "survey": "survey_response",
            "in_person": "message",
        }
        attrs = dict(attributes or {})
        if who.get("role"):
            attrs.setdefault("role", who["role"])
        event_id = f"{self.family}-{len(self.events) + 1}"
        self.events.append(
            {
                "event_id": event_id,
                "occurred_at": when.isoformat().replace("+00:00", "Z"),
                "channel": channel,
                "kind": kind or kinds[channel],
                "direction": direction,
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": {"phone": "aircall", "social": "twitter", "survey": "typeform"}.get(
                    channel, "helpdesk"
                ),
                "attributes": attrs,
            }
        )
        return event_id

    def reply(self, who: dict[str, Any], after: datetime, lang: str) -> None:
        when = after + timedelta(hours=self.rng.uniform(0.5, 6))
        self.add(who, when, "email", AGENT[lang], direction="outbound", subject="Brightcart")

    def happy_life(self, who: dict[str, Any], lang: str, n: int, d0: float, d1: float) -> None:
        rng = self.rng
        for _ in range(n):
            when = self.at(rng.uniform(d0, d1))
            pool = HAPPY[lang] if rng.random() < 0.6 else QUESTIONS[lang]
            channel = rng.choice(["email", "chat", "chat", "community", "web", "phone", "social"])
            by = {
                "phone": ("phone",),
                "social": ("handle",),
                "community": ("customer_id", "handle"),
            }
            self.add(
                who, when, channel, rng.choice(pool), by=by.get(channel, ("customer_id", "email"))
            )
            if rng.random() < 0.4:
                self.reply(who, when, lang)

    def purchase(self, who: dict[str, Any], day: float, value: float) -> None:
        self.add(
            who,
            self.at(day),
            "web",
            None,
            kind="purchase",
            attributes={"order_value": f"{value:.2f}"},
        )

    def survey(
        self, who: dict[str, Any], when: datetime, nps: int | None, csat: int | None, text: str
    ) -> str:
        subject = "NPS" if nps is not None else "CSAT"
        return self.add(
            who,
            when,
            "survey",
            text or None,
            subject=subject,
            scores={"nps": nps, "csat": csat, "ces": None},
        )

    def write(self) -> None:
        self.events.sort(key=lambda e: (e["occurred_at"], e["event_id"]))
        lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self.events)
        (HERE / f"{self.family}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{self.family}.truth.json").write_text(
            json.dumps(self.truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )


def lang_of(i: int) -> str:
    return "fr" if i % 2 else "en"


# ------------------------------------------------------------- families --
def happy_writers() -> Scenario:
    s = Scenario("happy_writers", 101, "40 happy customers who write often (6-12 times a week)")
    for i in range(40):
        lang = lang_of(i)
        who = s.customer(f"hw-{i + 1}", "happy", lang)
        s.happy_life(who, lang, s.rng.randint(6, 12), 0, DAYS)
        if s.rng.random() < 0.5:
            s.purchase(who, s.rng.uniform(0, DAYS), s.rng.uniform(20, 120))
        if s.rng.random() < 0.6:
            nps = s.rng.choice([9, 10, None])
            s.survey(
                who,
                s.at(s.rng.uniform(1, DAYS)),
                nps,
                None if nps else 5,
                s.rng.choice(SURVEY_GOOD[lang]),
            )
    return s


def one_bad_day() -> Scenario:
    s = Scenario("one_bad_day", 202, "40 happy customers with one bad day, then sorted")
    rng = s.rng
    for i in range(40):
        lang = lang_of(i)
        who = s.customer(f"bd-{i + 1}", "happy_one_bad_day", lang)
        s.happy_life(who, lang, rng.randint(3, 5), 0, 3)
        bad = s.at(rng.uniform(3, 5))
        who["bad_day_at"] = bad.isoformat()
        channel = rng.choice(["email", "chat", "social", "phone"])
        by = {"phone": ("phone",), "social": ("handle",)}.get(channel, ("customer_id", "email"))
        if channel in ("phone", "social"):  # link the identifier first, on a happy message
            s.add(
                who,
                s.at(0, 9.0),
                "community" if channel == "social" else "email",
                rng.choice(HAPPY[lang]),
                by=("customer_id", "handle")
                if channel == "social"
                else ("customer_id", "email", "phone"),
            )
        text = rng.choice(BAD_DAY[lang])
        s.add(who, bad, channel, text, by=by)
        if rng.random() < 0.4:  # the same angry moment, split over two messages
            s.add(
                who,
                bad + timedelta(minutes=rng.uniform(2, 15)),
                channel,
                rng.choice(BAD_DAY[lang]),
                by=by,
            )
        s.reply(who, bad, lang)
        fixed = bad + timedelta(hours=rng.uniform(18, 40))
        s.add(who, fixed, "email", rng.choice(RESOLVED[lang]))
        s.happy_life(who, lang, rng.randint(1, 2), (fixed - START).days + 1, DAYS)
    return s


def repeat_contacts() -> Scenario:
    s = Scenario(
        "repeat_contacts",
        303,
        "20 customers raising one problem 3-5 times in a day or two across channels; "
        "20 who write as often about different things",
    )
    rng = s.rng
    problems = list(PROBLEMS)
    for i in range(20):
        lang = lang_of(i)
        problem = problems[i % len(problems)]
        who = s.customer(
            f"rc-{i + 1}",
            "repeat_contact",
            lang,
            ["repeat_contact"],
            ["sentiment_drop"],
            problem=problem,
        )
        s.happy_life(who, lang, rng.randint(0, 2), 0, 2)
        texts = PROBLEMS[problem][lang]
        n = rng.randint(3, min(5, len(texts)))
        when = s.at(rng.uniform(2, 5), rng.uniform(8, 11))
        channels = ["email", "phone", "chat", "web", "email"]
        for k in range(n):
            channel = channels[k]
            by = {
                "email": ("customer_id", "email", "phone") if k == 0 else ("customer_id", "email"),
                "phone": ("phone",),
            }.get(channel, ("customer_id", "email"))
            s.add(
                who,
                when,
                channel,
                texts[k],
                by=by,
                subject=None if channel != "email" else ("Account" if k == 0 else None),
            )
            if rng.random() < 0.5:
                s.reply(who, when, lang)
            when += timedelta(hours=rng.uniform(2.5, 14))
    for i in range(20):
        lang = lang_of(i)
        who = s.customer(f"rc-ctl-{i + 1}", "happy", lang)
        # Several contacts about different things; a complaint is fixed before the next.
        topics = rng.sample(range(len(QUESTIONS[lang])), 3)
        day = rng.uniform(0, 2)
        for t in topics:
            s.add(who, s.at(day), rng.choice(["email", "chat", "web"]), QUESTIONS[lang][t])
            day += rng.uniform(0.5, 1.5)
        if i % 2 == 0:
            bad = s.at(day)
            s.add(who, bad, "email", rng.choice(BAD_DAY[lang]))
            s.add(
                who, bad + timedelta(hours=rng.uniform(20, 30)), "email", rng.choice(RESOLVED[lang])
            )
            day += 2
        s.happy_life(who, lang, 2, min(day, DAYS - 1), DAYS)
    return s


def slow_churners() -> Scenario:
    s = Scenario(
        "slow_churners",
        404,
        "20 customers sliding from praise to anger over 2-4 days; 10 steady grumblers "
        "(never happy, one complaint per topic); 10 steady happy customers",
    )
    rng = s.rng
    for i in range(20):
        lang = lang_of(i)
        leaves = i % 3 == 0
        expected = ["sentiment_drop"] + (["churn_intent"] if leaves else [])
        who = s.customer(
            f"sc-{i + 1}",
            "slow_churner",
            lang,
            expected,
            ["repeat_contact", "competitor_mention", "detractor"],
        )
        for _ in range(rng.randint(2, 4)):
            s.add(
                who,
                s.at(rng.uniform(0, 2.5)),
                rng.choice(["email", "chat", "community"]),
                rng.choice(HAPPY[lang]),
                by=("customer_id", "email", "handle"),
            )
        slide = SLIDE[lang][i % 2]
        steps = rng.randint(4, 6)
        day = 3.0 + rng.uniform(0, 0.5)
        span = rng.uniform(2, 4)
        for k, text in enumerate(slide[-steps:]):
            when = s.waking(day + span * k / (steps - 1))
            s.add(
                who,
                when,
                rng.choice(["email", "chat", "web", "phone"]),
                text,
                by=("customer_id", "email"),
            )
        if leaves:
            s.add(who, s.at(min(day + span + 0.5, DAYS - 0.1)), "email", LEAVING[lang])
    for i in range(10):
        lang = lang_of(i)
        who = s.customer(f"sc-grumble-{i + 1}", "steady_grumbler", lang)
        for k, text in enumerate(rng.sample(GRUMBLES[lang], 4)):
            s.add(
                who, s.at(k * 1.6 + rng.uniform(0, 1)), rng.choice(["email", "chat", "web"]), text
            )
    for i in range(10):
        lang = lang_of(i)
        who = s.customer(f"sc-happy-{i + 1}", "happy", lang)
        s.happy_life(who, lang, rng.randint(5, 8), 0, DAYS)
    return s


def quiet_hours() -> Scenario:
    s = Scenario(
        "quiet_hours",
        505,
        "a calm stream of 150 customers over a week; a burst of app crash reports at "
        "02:00 on day 5; two unrelated night messages on day 3 (no spike)",
    )
    rng = s.rng
    people = []
    for i in range(150):
        lang = lang_of(i)
        who = s.customer(f"qh-{i + 1}", "happy", lang)
        people.append((who, lang))
        for _ in range(rng.randint(1, 3)):
            when = s.at(rng.uniform(0, DAYS))
            r = rng.random()
            pool = HAPPY if r < 0.5 else QUESTIONS if r < 0.85 else GRUMBLES
            s.add(
                who, when, rng.choice(["email", "chat", "web", "community"]), rng.choice(pool[lang])
            )
    for who, lang in people[:2]:
        s.add(who, s.at(3, rng.uniform(0.2, 1.5)), "chat", NIGHT_ONE_OFF[lang])
    burst = people[10:19]
    start = START + timedelta(days=5, hours=2)
    ids = []
    for who, lang in burst:
        when = start + timedelta(minutes=rng.uniform(0, 40))
        ids.append(
            s.add(
                who,
                when,
                rng.choice(["social", "chat", "email"]),
                rng.choice(CRASH_BURST[lang]),
                by=("customer_id", "email"),
            )
        )
    s.truth["spike"] = {
        "topic": "bugs",
        "channel": None,
        "start": start.isoformat().replace("+00:00", "Z"),
        "end": (start + timedelta(hours=1)).isoformat().replace("+00:00", "Z"),
        "customers": [w["identifiers"]["customer_id"] for w, _ in burst],
        "event_ids": ids,
    }
    return s


def b2b_accounts() -> Scenario:
    s = Scenario(
        "b2b_accounts",
        606,
        "6 accounts of 4-6 contacts; in two of them three or more contacts are unhappy "
        "within days; one has a single unhappy contact (not an account at risk)",
    )
    rng = s.rng
    names = ["northwind", "globex", "initech", "umbrella", "hooli", "vandelay"]
    at_risk = {"northwind", "globex"}
    for a, name in enumerate(names):
        size = rng.randint(4, 6)
        lang = "fr" if a % 2 else "en"
        unhappy = 3 if name in at_risk else (1 if name == "initech" else 0)
        contacts = []
        for k in range(size):
            role = "buyer" if k == 0 else "user"
            cid = f"{name}-{k + 1}"
            is_unhappy = k < unhappy
            who = s.customer(
                cid,
                "b2b_unhappy" if is_unhappy else "b2b_happy",
                lang,
                tolerated=["repeat_contact", "sentiment_drop"] if is_unhappy else [],
                account=name,
                role=role,
            )
            contacts.append(cid)
            s.happy_life(who, lang, rng.randint(1, 3), 0, 3)
            if is_unhappy:
                day = rng.uniform(3, 4.5)
                for text in rng.sample(B2B_UNHAPPY[lang], rng.randint(1, 2)):
                    s.add(
                        who,
                        s.at(day),
                        rng.choice(["email", "phone", "web"]),
                        text,
                        by=("customer_id", "email", "phone", "account_id"),
                    )
                    day += rng.uniform(0.3, 1.2)
                if rng.random() < 0.5:
                    nps = rng.randint(1, 5)
                    s.survey(who, s.at(day), nps, None, rng.choice(SURVEY_BAD[lang]))
                    who["expected_rules"].append("detractor")
        s.truth["accounts"][name] = {
            "contacts": contacts,
            "unhappy_contacts": contacts[:unhappy],
            "at_risk": name in at_risk,
            "expected_rules": ["account_risk"] if name in at_risk else [],
        }
    return s


def bilingual() -> Scenario:
    s = Scenario(
        "bilingual",
        707,
        "French and English, customers who switch languages, very short texts "
        "(CSAT, ok, Merci): happy, repeat contacts, slow churners, detractors",
    )
    rng = s.rng
    for i in range(24):
        lang = lang_of(i)
        who = s.customer(f"bl-happy-{i + 1}", "happy", lang)
        s.happy_life(who, lang, rng.randint(3, 6), 0, DAYS)
        other = "en" if lang == "fr" else "fr"
        if i % 3 == 0:  # writes in the other language too
            s.happy_life(who, other, 2, 0, DAYS)
        for _ in range(rng.randint(1, 2)):
            channel = rng.choice(["chat", "survey"])
            csat = rng.choice([4, 5]) if channel == "survey" else None
            s.add(
                who,
                s.at(rng.uniform(0, DAYS)),
                channel,
                rng.choice(SHORT_REPLIES),
                scores={"nps": None, "csat": csat, "ces": None},
            )
    problems = list(PROBLEMS)
    for i in range(6):
        lang = "fr" if i < 4 else "en"
        problem = problems[i % len(problems)]
        who = s.customer(
            f"bl-repeat-{i + 1}",
            "repeat_contact",
            lang,
            ["repeat_contact"],
            ["sentiment_drop"],
            problem=problem,
        )
        texts = PROBLEMS[problem][lang]
        if i == 5:  # starts in English, goes on in French
            texts = [*PROBLEMS[problem]["en"][:2], *PROBLEMS[problem]["fr"][2:]]
        when = s.at(rng.uniform(1, 5), rng.uniform(8, 10))
        for k, text in enumerate(texts[: rng.randint(3, 4)]):
            channel = ["email", "phone", "chat", "email"][k]
            by = (
                ("customer_id", "email", "phone")
                if k == 0
                else (("phone",) if channel == "phone" else ("customer_id", "email"))
            )
            s.add(who, when, channel, text, by=by)
            when += timedelta(hours=rng.uniform(3, 12))
    for i in range(5):
        lang = "fr" if i % 2 == 0 else "en"
        who = s.customer(
            f"bl-slide-{i + 1}",
            "slow_churner",
            lang,
            ["sentiment_drop"],
            ["repeat_contact", "competitor_mention", "detractor"],
        )
        for _ in range(3):
            s.add(who, s.at(rng.uniform(0, 2.5)), "chat", rng.choice(HAPPY[lang]))
        slide = SLIDE[lang][i % 2]
        for k, text in enumerate(slide[1:]):
            s.add(who, s.waking(3 + k * 0.7), rng.choice(["email", "chat"]), text)
    for i in range(5):
        lang = "en" if i % 2 == 0 else "fr"
        who = s.customer(f"bl-detractor-{i + 1}", "detractor", lang, ["detractor"])
        s.happy_life(who, lang, 1, 0, 3)
        s.survey(
            who,
            s.at(rng.uniform(3, 6)),
            rng.randint(0, 5),
            rng.choice([1, 2]),
            rng.choice(SURVEY_BAD[lang]),
        )
    return s


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    b2b_accounts,
    bilingual,
)


def main() -> None:
    for build in FAMILIES:
        scenario = build()
        scenario.write()
        print(
            f"{scenario.family}: {len(scenario.events)} touchpoints, "
            f"{len(scenario.truth['customers'])} customers"
        )


if __name__ == "__main__":
    main()
