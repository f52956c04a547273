# ruff: noqa: E501
"""Business-arm wording of heldout109 (Nautilo Pro: contract aquariums on account).

Placeholders: {name}, {first} (the first complainer's first name), {weekday},
{case}, {topic}, {company}, {competitor}, {site}.
"""

from __future__ import annotations

Table = dict[str, list[str]]

PRODUCTS: list[tuple[str, str, float]] = [
    ("Extra service visit (Pro) / Zusatzbesuch (Pro)", "/pro/visits/extra", 89.0),
    ("Lobby tank restock / Nachbesatz Empfangsbecken", "/pro/shop/restock", 140.0),
    ("Display tank deep clean / Grundreinigung Schaubecken", "/pro/visits/deep-clean", 260.0),
    ("Pro filter media pack / Pro-Filtermedien-Paket", "/pro/shop/filter-media", 68.0),
]
PAGES = [
    "/pro/portal",
    "/pro/portal/visits",
    "/pro/portal/invoices",
    "/pro/portal/reports",
    "/pro/portal/sites",
]

JOB_TITLES = [
    "office manager",
    "facilities coordinator",
    "practice manager",
    "front-of-house manager",
    "accounts payable clerk",
    "general manager",
    "operations lead",
    "receptionist",
    "head of procurement",
    "site administrator",
]

CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Hi, can your tech come before we open at 9 on Thursday? guests in the lobby from 9",
            "Hi {name}, yes, I've moved Thursday's visit to 07:30-08:30.",
        ),
        (
            "where do I find last month's visit reports in the portal?",
            "Under Reports > Visits, filter by site; each has a PDF.",
        ),
        (
            "can we add the second tank in the meeting room to our contract?",
            "Of course, I've sent the updated contract to your e-mail for signature.",
        ),
    ],
    "de": [
        (
            "Hallo, kann der Techniker Donnerstag vor 9 kommen? Ab 9 sind Patienten im Wartezimmer",
            "Hallo {name}, ja, ich habe den Besuch auf 7:30-8:30 gelegt.",
        ),
        (
            "Wo finde ich im Portal die Besuchsberichte vom letzten Monat?",
            "Unter Berichte > Besuche, nach Standort filtern, jeder Bericht als PDF.",
        ),
        (
            "können wir das zweite Becken im Besprechungsraum in den Vertrag nehmen?",
            "Gern, der angepasste Vertrag ist per Mail zur Unterschrift unterwegs.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le technicien peut-il passer avant 9 h jeudi ?",
            "Bonjour {name}, oui, visite déplacée à 7 h 30-8 h 30.",
        )
    ],
    "es": [
        (
            "Hola, puede venir el técnico antes de las 9 el jueves?",
            "Hola {name}, sí, la visita queda de 7:30 a 8:30.",
        )
    ],
    "it": [
        (
            "Buongiorno, il tecnico può venire prima delle 9 giovedì?",
            "Buongiorno {name}, sì, spostata alle 7:30-8:30.",
        )
    ],
    "pt": [
        (
            "Olá, o técnico pode vir antes das 9 na quinta?",
            "Olá {name}, sim, passou para as 7:30-8:30.",
        )
    ],
}
THANKS: Table = {
    "en": ["thanks, perfect", "great, thank you"],
    "de": ["danke, passt", "super, vielen Dank"],
    "fr": ["parfait, merci"],
    "es": ["perfecto, gracias"],
    "it": ["perfetto, grazie"],
    "pt": ["ótimo, obrigado"],
}
PRAISE: Table = {
    "en": [
        "Our lobby tank is the first thing guests comment on. Nautilo Pro keeps it spotless, visits always before opening",
        "Switched our waiting-room aquarium to Nautilo Pro last year, patients love it and we never think about it",
    ],
    "de": [
        "Das Becken im Empfang ist das Erste, was Gäste ansprechen. Nautilo Pro hält es tipptopp, Besuche immer vor Öffnung",
        "Seit einem Jahr betreut Nautilo Pro unser Wartezimmer-Aquarium, die Patienten lieben es",
    ],
    "fr": ["L'aquarium de l'accueil fait toujours son effet, Nautilo Pro s'en occupe parfaitement"],
    "es": ["El acuario de la recepción siempre impecable gracias a Nautilo Pro"],
    "it": ["L'acquario della reception sempre perfetto grazie a Nautilo Pro"],
    "pt": ["O aquário da receção está sempre impecável com a Nautilo Pro"],
}
SURVEY: Table = {
    "en": ["reliable", ""],
    "de": ["zuverlässig", ""],
    "fr": ["fiable", ""],
    "es": ["fiables", ""],
    "it": ["affidabili", ""],
    "pt": ["fiáveis", ""],
}

PROBLEMS = ("invoice", "missed_visits", "portal", "overbilled")
TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "invoices under the old company name and without our PO number",
        "de": "Rechnungen auf den alten Firmennamen und ohne Bestellnummer",
        "fr": "factures à l'ancien nom, sans bon de commande",
        "es": "facturas con el nombre antiguo y sin número de pedido",
        "it": "fatture con la vecchia ragione sociale e senza numero d'ordine",
        "pt": "faturas com o nome antigo e sem número de encomenda",
    },
    "missed_visits": {
        "en": "two contract visits skipped, the display tank is cloudy",
        "de": "zwei Vertragsbesuche ausgefallen, das Schaubecken ist trüb",
        "fr": "deux visites du contrat sautées, l'aquarium est trouble",
        "es": "dos visitas del contrato sin hacer, el acuario está turbio",
        "it": "due visite del contratto saltate, la vasca è torbida",
        "pt": "duas visitas do contrato falhadas, o aquário está turvo",
    },
    "portal": {
        "en": "visit reports missing from the portal since September",
        "de": "Besuchsberichte fehlen im Portal seit September",
        "fr": "rapports de visite absents du portail depuis septembre",
        "es": "faltan los informes de visita en el portal desde septiembre",
        "it": "rapporti di visita spariti dal portale da settembre",
        "pt": "relatórios de visita em falta no portal desde setembro",
    },
    "overbilled": {
        "en": "billed per visit instead of our monthly contract rate",
        "de": "Einzelbesuche abgerechnet statt unserer Monatspauschale",
        "fr": "facturé à la visite au lieu du forfait mensuel",
        "es": "facturado por visita en vez de la tarifa mensual",
        "it": "fatturato a visita invece del canone mensile",
        "pt": "faturado por visita em vez da mensalidade do contrato",
    },
}
FIRST: dict[str, dict[str, tuple[str, str]]] = {
    "invoice": {
        "en": (
            "Invoices rejected by our accounts",
            "Hello, since the merger in the summer your invoices still go to our old company name and carry no PO number, so our accounts payable system rejects every one. Three are now overdue through no fault of ours. Please reissue them to {company} with PO 4500-2291. Regards, {name}",
        ),
        "de": (
            "Rechnungen werden abgelehnt",
            "Guten Tag, seit der Fusion im Sommer kommen Ihre Rechnungen immer noch auf den alten Firmennamen und ohne Bestellnummer, unsere Buchhaltung lehnt jede ab. Drei sind jetzt überfällig. Bitte neu ausstellen auf {company}, Bestellnummer 4500-2291. Grüße, {name}",
        ),
    },
    "missed_visits": {
        "en": (
            "Missed contract visits",
            "Hi, our contract says a visit every fortnight. The last two never happened, nobody called, and the tank in the dining room is now cloudy with guests sitting next to it every night. This is not what we pay for. {name}",
        ),
        "de": (
            "Ausgefallene Vertragsbesuche",
            "Hallo, laut Vertrag kommt alle zwei Wochen ein Techniker. Die letzten zwei Besuche sind ausgefallen, ohne Anruf, und das Becken im Restaurant ist trüb. Dafür zahlen wir nicht. {name}",
        ),
    },
    "portal": {
        "en": (
            "Visit reports missing in portal",
            "Hello, the portal shows no visit reports since September for any of our sites. We need them for the hygiene audit next week. Please fix this urgently. {name}",
        ),
        "de": (
            "Besuchsberichte fehlen im Portal",
            "Guten Tag, im Portal fehlen seit September alle Besuchsberichte für unsere Standorte. Wir brauchen sie nächste Woche für die Hygienebegehung. Bitte dringend beheben. {name}",
        ),
    },
    "overbilled": {
        "en": (
            "Wrong rate on October invoice",
            "Hi, the October invoice charges every visit individually instead of our monthly contract rate, that's over £400 more than agreed. Please correct it. {name}",
        ),
        "de": (
            "Falscher Tarif auf der Oktoberrechnung",
            "Hallo, die Oktoberrechnung rechnet jeden Besuch einzeln ab statt unserer Monatspauschale, das sind über 400 € mehr als vereinbart. Bitte korrigieren. {name}",
        ),
    },
}
LATER: Table = {
    "en": [
        "Hello, following up on what {first} sent on {weekday} (case {case}): {topic}. Nothing has changed on our side. Can someone please deal with it? {name}",
        "Case {case}: as {first} already wrote {weekday}, {topic}. I'm now being asked about it by our director. {name}",
    ],
    "de": [
        "Guten Tag, zu dem, was {first} am {weekday} geschrieben hat (Vorgang {case}): {topic}. Bei uns hat sich nichts geändert. Kümmert sich jemand? {name}",
        "Vorgang {case}: wie {first} schon am {weekday} schrieb, {topic}. Jetzt fragt auch unsere Geschäftsführung nach. {name}",
    ],
}
LAST_SUBJECT: dict[str, str] = {
    "en": "Case {case}: still not resolved",
    "de": "Vorgang {case}: immer noch nicht gelöst",
}
LAST_EMAIL: Table = {
    "en": [
        "Case {case} is still not resolved ({topic}). Several of my colleagues have written this week. Procurement has already asked {competitor} for a quote. {name}"
    ],
    "de": [
        "Vorgang {case} ist immer noch nicht gelöst ({topic}). Mehrere Kollegen haben diese Woche geschrieben. Der Einkauf hat schon ein Angebot bei {competitor} angefragt. {name}"
    ],
}
LAST_CALL: Table = {
    "en": [
        "hi it's {name} from {company} about case {case} still nothing fixed several of us have written my boss says we move the contract if it isn't sorted this week"
    ],
    "de": [
        "ja hallo hier {name} von {company} wegen Vorgang {case} es ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
}
ACK: dict[str, tuple[str, str]] = {
    "en": (
        "Re: {subject} [case {case}]",
        "Dear {name}, thank you, I've logged this as case {case} ({topic}) and our accounts team will be in touch.",
    ),
    "de": (
        "AW: {subject} [Vorgang {case}]",
        "Guten Tag {name}, danke, ich habe das als Vorgang {case} ({topic}) angelegt, unser Team meldet sich.",
    ),
    "fr": (
        "RE : {subject} [dossier {case}]",
        "Bonjour {name}, merci, dossier {case} ouvert ({topic}), notre équipe revient vers vous.",
    ),
    "es": (
        "RE: {subject} [incidencia {case}]",
        "Hola {name}, gracias, abierta la incidencia {case} ({topic}), nuestro equipo te contactará.",
    ),
    "it": (
        "R: {subject} [pratica {case}]",
        "Gentile {name}, grazie, aperta la pratica {case} ({topic}), il team la ricontatterà.",
    ),
    "pt": (
        "RE: {subject} [processo {case}]",
        "Olá {name}, obrigado, aberto o processo {case} ({topic}), a equipa entra em contacto.",
    ),
}
ONE: dict[str, tuple[str, str]] = {
    "en": ("Problem with our contract", "Hello, {topic}. Could you look into it please? {name}"),
    "de": ("Problem mit unserem Vertrag", "Guten Tag, {topic}. Bitte prüfen Sie das. {name}"),
    "fr": ("Problème avec notre contrat", "Bonjour, {topic}. Merci de regarder. {name}"),
    "es": ("Problema con el contrato", "Hola, {topic}. ¿Podéis revisarlo? {name}"),
    "it": ("Problema con il contratto", "Buongiorno, {topic}. Potete verificare? {name}"),
    "pt": ("Problema com o contrato", "Olá, {topic}. Podem verificar? {name}"),
}
MILD: Table = {
    "en": [
        "Suggestion: could the portal export visit costs by cost centre? We split them per site.",
        "Small idea: it would help to have the water values printed on each visit report.",
    ],
    "de": [
        "Vorschlag: könnte das Portal die Kosten nach Kostenstelle exportieren? Wir teilen sie je Standort auf.",
        "Kleine Idee: die Wasserwerte auf jedem Besuchsbericht wären hilfreich.",
    ],
    "fr": [
        "Suggestion : exporter les coûts par centre de coût dans le portail ?",
        "Petite idée : les valeurs de l'eau sur chaque rapport de visite.",
    ],
    "es": [
        "Sugerencia: ¿exportar los costes por centro de coste en el portal?",
        "Idea: poner los valores del agua en cada informe de visita.",
    ],
    "it": [
        "Suggerimento: esportare i costi per centro di costo dal portale?",
        "Idea: i valori dell'acqua su ogni rapporto di visita.",
    ],
    "pt": [
        "Sugestão: exportar os custos por centro de custo no portal?",
        "Ideia: os valores da água em cada relatório de visita.",
    ],
}
MILD_SUBJECT: dict[str, str] = {
    "en": "Suggestion",
    "de": "Vorschlag",
    "fr": "Suggestion",
    "es": "Sugerencia",
    "it": "Suggerimento",
    "pt": "Sugestão",
}
MILD_ACK: dict[str, str] = {
    "en": "Thanks {name}, good idea, I've passed it to the product team.",
    "de": "Danke {name}, gute Idee, ist an das Produktteam weitergegeben.",
    "fr": "Merci {name}, bonne idée, transmise à l'équipe produit.",
    "es": "Gracias {name}, buena idea, la pasamos al equipo de producto.",
    "it": "Grazie {name}, ottima idea, girata al team prodotto.",
    "pt": "Obrigado {name}, boa ideia, passámos à equipa de produto.",
}
WEEKDAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
