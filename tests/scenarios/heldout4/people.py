"""Lumeo Energia's customers: names, countries, time zones and identifiers.

Customers live in Portugal (UTC+0), Spain, Italy, Germany and Austria, France
(UTC+1); English speakers are expats in the Algarve or on the Costa del Sol.
Summer time starts on Sunday 29 March 2026 at 01:00 UTC (every zone moves one
hour). Contract numbers (``customer_id``) look like ``LU3104412907``; guests
(a quote request, a social follower) have none and are keyed by their e-mail or
handle the way the contract keys them (``email:…``, ``handle:…``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

#: language -> (country, UTC offset in winter, phone country code, mobile prefixes, domains)
LOCALES: dict[str, tuple[str, int, str, tuple[str, ...], tuple[str, ...]]] = {
    "pt": ("PT", 0, "351", ("91", "92", "93", "96"), ("sapo.pt", "gmail.com", "netcabo.pt")),
    "es": ("ES", 1, "34", ("6", "7"), ("gmail.com", "hotmail.es", "telefonica.net")),
    "it": ("IT", 1, "39", ("33", "34", "32"), ("libero.it", "gmail.com", "tiscali.it")),
    "de": ("DE", 1, "49", ("151", "160", "170", "176"), ("web.de", "gmx.de", "gmx.at")),
    "fr": ("FR", 1, "33", ("6", "7"), ("orange.fr", "free.fr", "gmail.com")),
    "en": ("PT", 0, "44", ("7",), ("gmail.com", "btinternet.com", "outlook.com")),
}

FIRST: dict[str, tuple[str, ...]] = {
    "pt": (
        "Joao",
        "Ana",
        "Rui",
        "Ines",
        "Tiago",
        "Mariana",
        "Nuno",
        "Beatriz",
        "Carla",
        "Goncalo",
        "Rita",
        "Pedro",
        "Filipa",
        "Duarte",
        "Sara",
        "Miguel",
    ),
    "es": (
        "Javier",
        "Lucia",
        "Sergio",
        "Marta",
        "Pablo",
        "Elena",
        "Alvaro",
        "Nerea",
        "Raul",
        "Carmen",
        "Iker",
        "Paula",
        "Diego",
        "Ainhoa",
        "Jorge",
        "Rocio",
    ),
    "it": (
        "Marco",
        "Giulia",
        "Luca",
        "Chiara",
        "Matteo",
        "Francesca",
        "Davide",
        "Sara",
        "Andrea",
        "Elisa",
        "Paolo",
        "Silvia",
        "Stefano",
        "Marta",
        "Enrico",
        "Laura",
    ),
    "de": (
        "Jonas",
        "Lena",
        "Felix",
        "Anna",
        "Lukas",
        "Sophie",
        "Tobias",
        "Julia",
        "Florian",
        "Katrin",
        "Stefan",
        "Miriam",
        "Matthias",
        "Eva",
        "Jan",
        "Petra",
    ),
    "fr": (
        "Julien",
        "Camille",
        "Thomas",
        "Manon",
        "Nicolas",
        "Claire",
        "Antoine",
        "Lea",
        "Mathieu",
        "Emilie",
        "Hugo",
        "Pauline",
        "Romain",
        "Celine",
        "Louis",
        "Margaux",
    ),
    "en": (
        "Oliver",
        "Emma",
        "James",
        "Sophie",
        "Harry",
        "Chloe",
        "Jack",
        "Lucy",
        "George",
        "Megan",
        "Callum",
        "Hannah",
        "Rhys",
        "Amy",
        "Liam",
        "Kirsty",
    ),
}

LAST: dict[str, tuple[str, ...]] = {
    "pt": (
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Goncalves",
        "Lopes",
        "Marques",
        "Almeida",
        "Ribeiro",
    ),
    "es": (
        "Garcia",
        "Fernandez",
        "Lopez",
        "Martinez",
        "Sanchez",
        "Perez",
        "Gomez",
        "Ruiz",
        "Diaz",
        "Moreno",
        "Munoz",
        "Alonso",
        "Romero",
        "Navarro",
    ),
    "it": (
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
    ),
    "de": (
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hofer",
        "Huber",
        "Koch",
        "Bauer",
        "Richter",
        "Wolf",
    ),
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
    ),
    "en": (
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Evans",
        "Davies",
        "Walsh",
        "Murphy",
        "Hughes",
        "Roberts",
        "Clarke",
        "Wright",
    ),
}

ASCII = str.maketrans("üöäßéèçãõáíóú", "uoasecoaoaiou")


@dataclass
class Person:
    """One customer of the truth, with every identifier and the story told about them.

    ``key`` is the truth's key: the contract number, or for a guest the key their
    first touchpoint is published under (set when the scenario is written).
    """

    key: str
    lang: str
    country: str
    tz: int
    first: str
    last: str
    customer_id: str | None
    email: str
    phone_cc: str
    phone_local: str
    handle: str | None
    account_id: str | None = None
    habit: str = "day"
    persona: str = "happy"
    expected: set[str] = field(default_factory=set)
    tolerated: set[str] = field(default_factory=set)
    info: dict[str, Any] = field(default_factory=dict)
    #: Languages this person writes in (bilingual customers have two).
    langs: tuple[str, ...] = ()
    #: A guest's identifier given with every other one the first time that one is used.
    primary: str = "customer_id"

    @property
    def phone(self) -> str:
        return f"+{self.phone_cc}{self.phone_local}"

    def truth(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "identifiers": {
                "customer_id": self.customer_id,
                "email": self.email,
                "phone": self.phone,
                "handle": f"@{self.handle}" if self.handle else None,
                "account_id": self.account_id,
            },
            "expected_rules": sorted(self.expected),
            "tolerated_rules": sorted(self.tolerated - self.expected),
            "persona": self.persona,
            "language": self.lang,
            "country": self.country,
            "habit": self.habit,
        }
        if len(self.langs) > 1:
            record["languages"] = list(self.langs)
        record.update(self.info)
        return record


class People:
    """Makes people with identifiers no one else has."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _unique(self, make: Any) -> str:
        for _ in range(1000):
            value: str = make()
            if value not in self.used:
                self.used.add(value)
                return value
        raise RuntimeError("could not find an unused identifier")

    def make(
        self,
        lang: str,
        *,
        guest: bool = False,
        handle: bool = True,
        account_id: str | None = None,
        habit: str = "day",
    ) -> Person:
        rng = self.rng
        country, tz, cc, prefixes, domains = LOCALES[lang]
        if lang == "en" and rng.random() < 0.4:
            country, tz = "ES", 1
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        plain_first = first.lower().translate(ASCII)
        plain_last = last.lower().translate(ASCII)
        customer_id = None if guest else self._unique(lambda: f"LU{rng.randrange(10**9, 10**10)}")
        if account_id is not None:
            company = account_id.split("-")[-1].lower()
            email = self._unique(
                lambda: f"{plain_first[0]}.{plain_last}{rng.randrange(1, 99)}@{company}.example"
            )
        else:
            email = self._unique(
                lambda: (
                    rng.choice(
                        (
                            f"{plain_first}.{plain_last}{rng.randrange(1, 999)}",
                            f"{plain_first[0]}{plain_last}{rng.randrange(60, 99)}",
                            f"{plain_last}.{plain_first}{rng.randrange(1, 50)}",
                        )
                    )
                    + "@"
                    + rng.choice(domains)
                )
            )
        prefix = rng.choice(prefixes)
        width = 9 if cc in ("351", "34", "33") else 10 if cc in ("39", "44") else 11
        local = self._unique(
            lambda: prefix + "".join(str(rng.randrange(10)) for _ in range(width - len(prefix)))
        )
        the_handle = None
        if handle:
            the_handle = self._unique(
                lambda: rng.choice(
                    (
                        f"{plain_first}_{plain_last[:3]}{rng.randrange(10, 99)}",
                        f"{plain_first}{rng.randrange(70, 99)}",
                        f"the_{plain_last}_{rng.randrange(1, 9)}",
                    )
                )
            )
        return Person(
            key=customer_id or f"email:{email}",
            lang=lang,
            country=country,
            tz=tz,
            first=first,
            last=last,
            customer_id=customer_id,
            email=email,
            phone_cc=cc,
            phone_local=local,
            handle=the_handle,
            account_id=account_id,
            habit=habit,
            langs=(lang,),
            primary="email" if guest else "customer_id",
        )
