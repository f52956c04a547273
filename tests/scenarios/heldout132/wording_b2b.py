# ruff: noqa: E501
"""Business-arm wording of heldout132 (Pianelo Stage: pianos for schools, hotels, venues)."""

from __future__ import annotations

SITES = [
    "school",
    "hotel",
    "concert_hall",
    "music_school",
    "church",
    "theatre",
    "university",
    "cruise_line",
    "restaurant",
]
B2B_PROBLEM = {
    "invoice": {
        "es": "las facturas salen sin número de pedido y con el nombre antiguo de la empresa",
        "de": "die Rechnungen kommen ohne Bestellnummer und mit dem alten Firmennamen",
        "en": "invoices come without our PO number and with the old company name",
    },
    "service_blocked": {
        "es": "el técnico se negó a afinar porque la cuenta está 'bloqueada', pero está todo pagado",
        "de": "der Techniker wollte nicht stimmen, Konto angeblich 'gesperrt', obwohl alles bezahlt ist",
        "en": "the technician refused to tune, account 'on stop', though everything is paid",
    },
    "portal": {
        "es": "el portal no muestra los pianos alquilados y no podemos pedir la recogida",
        "de": "das Portal zeigt keine gemieteten Flügel, wir können keine Abholung beantragen",
        "en": "the portal shows no pianos on hire so we cannot request collection",
    },
    "overbilled": {
        "es": "nos cobran tarifa por evento en vez de la tarifa mensual del contrato",
        "de": "ihr berechnet Tagessätze statt der vertraglichen Monatsrate",
        "en": "we're billed per event instead of our contract monthly rate",
    },
}
COMPLAINT = {
    "es": "Buenos días, {p}. Lo necesitamos resuelto esta semana. Un saludo, {first}",
    "de": "Guten Tag, {p}. Bitte lösen Sie das diese Woche. Gruß, {first}",
    "en": "Hello, {p}. We need this sorted this week. Regards, {first}",
}
LATER = {
    "es": "Buenos días, mi compañero/a {prev} ya os escribió el {day} (incidencia {case}): {p}. Sigue igual. {first}",
    "de": "Guten Tag, meine Kollegin/mein Kollege {prev} hat Ihnen am {day} geschrieben (Vorgang {case}): {p}. Unverändert. {first}",
    "en": "Hello, my colleague {prev} wrote on {day} (case {case}): {p}. Still the same. {first}",
}
LAST_EMAIL = {
    "es": "Incidencia {case}: nada resuelto y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}.",
    "de": "Vorgang {case}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "en": "Case {case}: nothing fixed and several colleagues have written. Procurement has already asked {comp} for rates.",
}
LAST_CALL = {
    "es": "hola llamo por la incidencia {case} sigue sin arreglarse y mi jefa dice que si no se soluciona esta semana nos vamos a otro proveedor",
    "de": "ja hallo wegen Vorgang {case} das ist immer noch nicht gelöst mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "en": "hi calling about case {case} still not fixed my boss says we move the account if it isn't sorted this week",
}
ACK = {
    "es": "Hola {first}, hemos abierto la incidencia {case}. Os informamos en breve. {agent}",
    "de": "Hallo {first}, wir haben den Vorgang {case} eröffnet und melden uns. {agent}",
    "en": "Hi {first}, we've opened case {case} and will update you shortly. {agent}",
}
MILD = {
    "es": "Sugerencia: que los albaranes indiquen la fecha de la última afinación",
    "de": "Vorschlag: Bitte das Datum der letzten Stimmung auf dem Lieferschein angeben",
    "en": "Suggestion: could delivery notes show the date of the last tuning",
}
ROUTINE_Q = {
    "es": "¿Podéis afinar el piano del salón antes del concierto del jueves?",
    "de": "Können Sie den Flügel in der Aula vor dem Konzert am Donnerstag stimmen?",
    "en": "Can you tune the hall piano before Thursday's concert?",
}
ROUTINE_A = {
    "es": "¡Claro! Reservado para el miércoles. {agent}",
    "de": "Gerne, für Mittwoch eingeplant. {agent}",
    "en": "Of course, booked for Wednesday. {agent}",
}
PRAISE = {
    "es": "El técnico de Pianelo Stage dejó el piano del salón perfecto para la gala",
    "de": "Der Techniker von Pianelo Stage hat den Flügel für die Gala perfekt vorbereitet",
    "en": "Pianelo Stage technician had the ballroom grand perfect for the gala",
}
