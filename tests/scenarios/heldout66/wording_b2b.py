# ruff: noqa: E501
"""Words of Sabbiora Business (umbrella blocks on account for hotels, tour
operators and others), heldout66. Placeholders: {name}, {agent}, {case},
{company}, {first} (the first complainer), {day} (a weekday), {comp}.
"""

from __future__ import annotations

#: (account key, market, language, company, site, domain, kind, problem, contacts, complainers)
ACCOUNTS: list[tuple[str, str, str, str, str, str, str, str | None, int, int]] = [
    (
        "a1",
        "IT",
        "it",
        "Hotel Conchiglia d'Oro",
        "hotel",
        "conchigliadoro.example",
        "at_risk",
        "invoice",
        5,
        3,
    ),
    (
        "a2",
        "DE",
        "de",
        "Nordwind Reisen GmbH",
        "tour_operator",
        "nordwind-reisen.example",
        "at_risk",
        "portal",
        4,
        3,
    ),
    (
        "a3",
        "IT",
        "it",
        "Viaggi Levante srl",
        "tour_operator",
        "viaggilevante.example",
        "at_risk",
        "overbilled",
        6,
        4,
    ),
    (
        "a4",
        "AT",
        "de",
        "Alpenblick Bustouristik GmbH",
        "coach_tours",
        "alpenblick-bus.example",
        "at_risk",
        "service_blocked",
        5,
        3,
    ),
    (
        "a5",
        "ES",
        "es",
        "Apartamentos Brisamar S.L.",
        "holiday_lets",
        "brisamar.example",
        "at_risk",
        "invoice",
        6,
        4,
    ),
    (
        "a6",
        "DE",
        "de",
        "Seeblick Ferienwohnungen",
        "holiday_lets",
        "seeblick-fewo.example",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "a7",
        "IT",
        "it",
        "Comune di Castelvecchio, Servizi Sociali",
        "municipality",
        "comune-castelvecchio.example",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    (
        "a8",
        "FR",
        "fr",
        "Hôtel Les Pins",
        "hotel",
        "hotel-lespins.example",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "a9",
        "CH",
        "de",
        "Limmattal Betriebssport",
        "sports_club",
        "limmattal-sport.example",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    ("a10", "IT", "it", "B&B Il Faro", "b_and_b", "bb-ilfaro.example", "mild", None, 3, 0),
    ("a11", "DE", "de", "Hotel Strandperle", "hotel", "strandperle.example", "mild", None, 4, 0),
    (
        "a12",
        "UK",
        "en",
        "Sunward Holidays Ltd",
        "tour_operator",
        "sunward.example",
        "mild",
        None,
        4,
        0,
    ),
    (
        "a13",
        "IT",
        "it",
        "Wellness Hotel Adriatico",
        "spa_hotel",
        "wellness-adriatico.example",
        "happy",
        None,
        3,
        0,
    ),
    (
        "a14",
        "FR",
        "fr",
        "Azur Séminaires",
        "corporate_events",
        "azur-seminaires.example",
        "happy",
        None,
        3,
        0,
    ),
    (
        "a15",
        "IE",
        "en",
        "Shamrock Sun Travel",
        "tour_operator",
        "shamrocksun.example",
        "happy",
        None,
        4,
        0,
    ),
]

JOB_TITLES: list[str] = [
    "Front Office Manager",
    "Guest Relations",
    "Accounts Payable",
    "General Manager",
    "Reservations Manager",
    "Operations Coordinator",
    "Tour Manager",
    "Office Manager",
    "Purchasing",
    "Concierge",
    "Finance Assistant",
]

#: (label, EUR): umbrella blocks and guest passes on account.
HIRES: list[tuple[str, float]] = [
    ("Block of 10 umbrellas, week / Blocco 10 ombrelloni, settimana", 1350.0),
    ("Block of 20 umbrellas, week / Blocco 20 ombrelloni, settimana", 2600.0),
    ("Guest day passes x25 / Ingressi giornalieri ospiti x25", 640.0),
    ("Strandkorb block x8, week / Blocco 8 Strandkorb, settimana", 690.0),
    ("Group beach day, 40 people / Giornata di gruppo, 40 persone", 980.0),
]

PAGES: list[str] = [
    "/business/portal",
    "/business/blocks",
    "/business/invoices",
    "/business/guests",
    "/business/contract",
]

CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Hallo, kann ich im Portal Gästenamen auch per CSV hochladen statt einzeln?",
            "Hallo! Ja, unter 'Gäste' > 'Import', die Vorlage liegt dort.",
            "super, danke",
        ),
        (
            "Bis wann können wir das Kontingent für nächste Woche noch aufstocken?",
            "Bis Donnerstag 18 Uhr, danach nach Verfügbarkeit.",
            "alles klar danke",
        ),
    ],
    "it": [
        (
            "Buongiorno, posso assegnare lo stesso ombrellone a due camere in giorni diversi?",
            "Buongiorno! Sì, nel portale trascina la camera sul giorno che vuoi.",
            "perfetto grazie",
        ),
        (
            "Le fatture arrivano a fine mese o a fine settimana?",
            "A fine mese, con il dettaglio per settimana.",
            "ok grazie",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo cambiar el nombre del huésped el mismo día?",
            "¡Hola! Sí, hasta las 10 desde el portal.",
            "genial gracias",
        )
    ],
    "fr": [
        (
            "Bonjour, peut-on réserver un bloc pour un séminaire en septembre ?",
            "Bonjour ! Oui, jusqu'à la fermeture des plages, fin septembre.",
            "merci !",
        )
    ],
    "en": [
        (
            "Hi, can we see last month's usage per guest in the portal?",
            "Hi! Yes, under 'Reports' > 'Guests'.",
            "brilliant thanks",
        )
    ],
}

PRAISE: dict[str, list[str]] = {
    "de": [
        "Seit wir Sabbiora Business nutzen, fragt kein Gast mehr an der Rezeption nach Liegen. Spart uns jeden Morgen eine Stunde.",
        "Kontingent kurzfristig aufgestockt, lief reibungslos. Danke ans Business-Team.",
    ],
    "it": [
        "Con il portale Sabbiora assegniamo gli ombrelloni agli ospiti la sera prima, zero code alla reception. Consigliato.",
        "Gruppo di 40 persone sistemato in spiaggia in dieci minuti. Complimenti al team business.",
    ],
    "es": [
        "Con el portal de Sabbiora asignamos sombrillas a los huéspedes en un minuto. Muy recomendable."
    ],
    "fr": [
        "Séminaire de 30 personnes, tout le monde installé à la plage en un quart d'heure. Merci Sabbiora Business."
    ],
    "en": [
        "Our guests get their umbrella number before they land. Sabbiora Business has made summer much calmer for us.",
        "Last-minute block for a coach group sorted in an hour. Great team.",
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["gut", "", "zuverlässig"],
    "it": ["ottimo", "", "affidabili"],
    "es": ["bien", ""],
    "fr": ["très bien", ""],
    "en": ["good", "", "reliable"],
}

TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Rechnungen falscher Firmenname",
        "portal": "Portal zeigt kein Kontingent",
        "service_blocked": "Gäste am Strand abgewiesen",
        "overbilled": "Tagespreis statt Vertragspreis",
    },
    "it": {
        "invoice": "fatture intestate male",
        "portal": "portale senza contingente",
        "service_blocked": "ospiti respinti in spiaggia",
        "overbilled": "tariffa giornaliera invece di quella da contratto",
    },
    "es": {
        "invoice": "facturas a nombre equivocado",
        "portal": "portal sin cupo",
        "service_blocked": "huéspedes rechazados en la playa",
        "overbilled": "tarifa diaria en vez de la de contrato",
    },
    "fr": {
        "invoice": "factures au mauvais nom",
        "portal": "portail sans contingent",
        "service_blocked": "clients refusés à la plage",
        "overbilled": "tarif journalier au lieu du contrat",
    },
    "en": {
        "invoice": "invoices in the wrong name",
        "portal": "portal shows no allocation",
        "service_blocked": "guests turned away at the beach",
        "overbilled": "day rate instead of contract rate",
    },
}

#: First complaint of an account: (subject, text).
FIRST: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "portal": (
            "Beschwerde: Portal zeigt kein Kontingent",
            "Guten Tag, seit heute früh zeigt das Business-Portal für unser Kontingent 0 Schirme an, obwohl 20 vertraglich gebucht sind. Wir können keinem Gast einen Platz zuweisen, die ersten stehen schon an der Rezeption. Bitte dringend prüfen. {name}, {company}",
        ),
        "service_blocked": (
            "Beschwerde: Gäste am Strand abgewiesen",
            "Guten Tag, heute Morgen wurden 14 unserer Busgäste am Strand abgewiesen, der Strandwart sagt, unser Konto sei 'gesperrt'. Die Rechnung für August ist bezahlt, der Beleg hängt an. Die Leute standen mit Taschen in der Sonne. Das darf nicht noch einmal passieren. {name}, {company}",
        ),
        "invoice": (
            "Beschwerde: Rechnungen",
            "Guten Tag, Ihre Rechnungen für Juli und August laufen auf unseren alten Vereinsnamen und haben keine Bestellnummer. Unsere Buchhaltung kann so nichts zahlen und jetzt kommen Mahnungen. Bitte korrigiert neu ausstellen. {name}, {company}",
        ),
    },
    "it": {
        "invoice": (
            "Reclamo: fatture",
            "Buongiorno, le vostre fatture di luglio e agosto sono intestate alla vecchia ragione sociale, con la partita IVA sbagliata e senza il numero d'ordine. L'amministrazione non può pagarle e ora ci arrivano i solleciti. Vi chiedo di riemetterle corrette. {name}, {company}",
        ),
        "overbilled": (
            "Reclamo: tariffa sbagliata",
            "Buongiorno, nella fattura di agosto ci avete applicato la tariffa giornaliera per ogni ombrellone invece del prezzo a blocco stagionale del contratto. La differenza è di oltre 1.800 €. Attendo una nota di credito. {name}, {company}",
        ),
    },
    "es": {
        "invoice": (
            "Reclamación: facturas",
            "Buenos días, vuestras facturas de julio y agosto van a nombre de la antigua sociedad, con el CIF equivocado y sin número de pedido. Contabilidad no puede pagarlas y ya nos llegan recordatorios. Por favor, emitidlas de nuevo bien. {name}, {company}",
        ),
    },
    "fr": {
        "portal": (
            "Réclamation : portail",
            "Bonjour, depuis ce matin le portail Business affiche 0 parasol pour notre contingent alors que 15 sont prévus au contrat. Impossible d'attribuer une place à nos clients. Merci de regarder en urgence. {name}, {company}",
        ),
    },
}

#: A restatement of the account's problem by later complainers.
RESTATE: dict[str, dict[str, list[str]]] = {
    "de": {
        "portal": [
            "Das Portal zeigt bei uns weiter 0 Schirme, wir verteilen die Gäste jetzt per Zettel.",
            "Ich kann im Portal immer noch keinen Gast zuweisen, Kontingent steht auf 0.",
        ],
        "service_blocked": [
            "Heute wurde schon wieder eine Gruppe weggeschickt, 'Konto gesperrt'.",
            "Unsere Reiseleiterin musste 30 Leute an einen öffentlichen Strand bringen, weil das Konto angeblich gesperrt ist.",
        ],
    },
    "it": {
        "invoice": [
            "Anche la fattura che ho in mano io è intestata alla vecchia società e senza numero d'ordine.",
            "Il commercialista ci ha rimandato indietro tutte le fatture: ragione sociale vecchia, niente numero d'ordine.",
        ],
        "overbilled": [
            "Anche nel riepilogo di settembre c'è la tariffa giornaliera, non quella a blocco.",
            "Ho rifatto i conti: oltre 1.800 € in più rispetto al contratto.",
            "La nota di credito non è mai arrivata e ci addebitate ancora il prezzo giornaliero.",
        ],
    },
    "es": {
        "invoice": [
            "La factura que tengo yo también va a la antigua sociedad y sin número de pedido.",
            "Nuestra gestoría nos ha devuelto todas las facturas: nombre antiguo, sin pedido.",
            "Seguimos recibiendo recordatorios por facturas que no podemos pagar.",
        ],
    },
}

LATER: dict[str, list[str]] = {
    "de": [
        "Guten Tag, ich schreibe wegen desselben Problems wie {first} {day} (Vorgang {case}). {restate} Wann wird das behoben? {name}",
        "Hallo, wegen Vorgang {case}, den {first} {day} eröffnet hat: {restate} Bitte um Rückmeldung. {name}, {company}",
    ],
    "it": [
        "Buongiorno, scrivo anch'io dopo {first}, che vi ha scritto {day} (pratica {case}). {restate} Quando lo sistemate? {name}",
        "Salve, per la pratica {case} aperta da {first} {day}: {restate} Attendiamo risposta. {name}, {company}",
    ],
    "es": [
        "Buenos días, me sumo a lo que os escribió {first} {day} (incidencia {case}). {restate} ¿Cuándo se arregla? {name}",
        "Hola, sobre la incidencia {case} que abrió {first} {day}: {restate} Espero respuesta. {name}, {company}",
    ],
}

LATER_TODAY: dict[str, str] = {"de": "heute Morgen", "it": "stamattina", "es": "esta mañana"}

#: The last complainer's second message: e-mail (names a competitor) or call.
LAST_EMAIL: dict[str, str] = {
    "de": "Guten Tag, Vorgang {case} ist immer noch offen, mehrere Kollegen haben Ihnen geschrieben und nichts ist behoben. Unser Einkauf hat bereits bei {comp} nach Preisen gefragt. {name}, {company}",
    "it": "Buongiorno, la pratica {case} è ancora aperta, vi hanno scritto più colleghi e non è cambiato niente. Il nostro ufficio acquisti ha già chiesto i prezzi a {comp}. {name}, {company}",
    "es": "Buenos días, la incidencia {case} sigue abierta, os han escrito varios compañeros y no se ha arreglado nada. Compras ya ha pedido precios a {comp}. {name}, {company}",
}

LAST_CALL: dict[str, str] = {
    "de": "ja guten Tag {name} von {company} wegen Vorgang {case} da ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
    "it": "buongiorno sono {name} di {company} chiamo per la pratica {case} non è cambiato niente vi hanno scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "es": "hola buenos días soy {name} de {company} llamo por la incidencia {case} sigue todo igual os han escrito varios compañeros mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
}

ACK: dict[str, tuple[str, str]] = {
    "de": (
        "AW: {topic} ({case})",
        "Guten Tag {name}, danke für Ihre Nachricht. Wir haben für {company} den Vorgang {case} angelegt und melden uns so schnell wie möglich. Viele Grüße, {agent}, Sabbiora Business",
    ),
    "it": (
        "R: {topic} ({case})",
        "Buongiorno {name}, grazie della segnalazione. Abbiamo aperto per {company} la pratica {case} e le rispondiamo il prima possibile. Cordiali saluti, {agent}, Sabbiora Business",
    ),
    "es": (
        "RE: {topic} ({case})",
        "Buenos días {name}, gracias por avisarnos. Hemos abierto para {company} la incidencia {case} y te respondemos lo antes posible. Un saludo, {agent}, Sabbiora Business",
    ),
    "fr": (
        "RE : {topic} ({case})",
        "Bonjour {name}, merci pour votre message. Nous avons ouvert pour {company} le dossier {case} et revenons vers vous au plus vite. Bien à vous, {agent}, Sabbiora Business",
    ),
    "en": (
        "Re: {topic} ({case})",
        "Hello {name}, thanks for letting us know. We've opened case {case} for {company} and will be back to you as soon as we can. Kind regards, {agent}, Sabbiora Business",
    ),
}

MILD: dict[str, list[str]] = {
    "it": [
        "Un suggerimento: nel riepilogo mensile sarebbe comodo avere il numero di camera accanto a ogni ombrellone.",
        "Idea: se il voucher dell'ospite mostrasse già il numero dell'ombrellone, risparmieremmo qualche telefonata.",
    ],
    "de": [
        "Ein Vorschlag: Könnte der Gastgutschein gleich die Schirmnummer zeigen? Das würde uns Anrufe sparen.",
        "Anregung: Im Monatsbericht wäre die Zimmernummer neben jedem Korb praktisch.",
    ],
    "en": [
        "A suggestion: could the guest voucher show the umbrella number? Would save us a few calls.",
        "Small idea: room numbers next to each umbrella in the monthly report would help our accounts team.",
    ],
}

MILD_SUBJECT: dict[str, str] = {"it": "Suggerimento", "de": "Vorschlag", "en": "Suggestion"}

MILD_ACK: dict[str, tuple[str, str]] = {
    "it": (
        "R: Suggerimento",
        "Buongiorno {name}, grazie dell'idea, l'abbiamo girata al team del portale. Saluti, {agent}, Sabbiora Business",
    ),
    "de": (
        "AW: Vorschlag",
        "Guten Tag {name}, danke für die Anregung, wir haben sie ans Portal-Team weitergegeben. Viele Grüße, {agent}, Sabbiora Business",
    ),
    "en": (
        "Re: Suggestion",
        "Hello {name}, thanks for the idea, we've passed it to the portal team. Kind regards, {agent}, Sabbiora Business",
    ),
}
