# ruff: noqa: E501
"""Wording of heldout126's business arm, Flamora Pro (gas on account for firms)."""

from __future__ import annotations

T = dict[str, list[str]]

B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "es": [
            "Las facturas de este mes salen sin nuestro número de pedido y con el CIF antiguo; contabilidad no puede pagarlas."
        ],
        "de": [
            "Die Rechnungen tragen den alten Firmennamen und keine Bestellnummer, die Buchhaltung kann sie nicht zahlen."
        ],
        "en": [
            "This month's invoices carry our old company name and no PO number, accounts can't pay them."
        ],
    },
    "service_blocked": {
        "es": [
            "El repartidor se ha negado a descargar: dice que la cuenta está 'bloqueada por impago', y está todo pagado."
        ],
        "de": [
            "Der Fahrer hat nicht abgeladen, Konto angeblich 'gesperrt', obwohl alles bezahlt ist."
        ],
        "en": ["Driver refused to unload, says the account is on stop, though everything is paid."],
    },
    "portal": {
        "es": [
            "El portal no muestra ningún contrato de bombonas en depósito, así que no podemos pedir la retirada y seguimos pagando alquiler."
        ],
        "de": [
            "Das Portal zeigt keine Flaschen im Bestand, Abholung nicht möglich, die Miete läuft weiter."
        ],
        "en": [
            "The portal shows no cylinders on site so we can't request collection, and rental keeps running."
        ],
    },
    "overbilled": {
        "es": [
            "Nos facturáis el precio de particular y no la tarifa del contrato, más de 600 € de diferencia."
        ],
        "de": ["Sie berechnen Privatpreise statt Vertragstarif, über 600 € Unterschied."],
        "en": ["We're billed retail prices, not the contract rate: over £500 difference."],
    },
}
B2B_FOLLOW: T = {
    "es": ["Como ya escribió {prev} el {day}, incidencia {case}: {complaint}"],
    "de": ["Wie {prev} schon am {day} schrieb, Vorgang {case}: {complaint}"],
    "en": ["As {prev} wrote on {day}, case {case}: {complaint}"],
}
B2B_LAST_MAIL: T = {
    "es": [
        "Incidencia {case}: seguimos igual, varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}."
    ],
    "de": [
        "Vorgang {case}: nichts passiert, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "en": [
        "Case {case}: nothing fixed, several colleagues have written. Procurement has already asked {comp} for rates."
    ],
}
B2B_LAST_CALL: T = {
    "es": [
        "llamo por la incidencia {case} sigue sin arreglarse y ya os han escrito varios compañeros mi jefe dice que si esta semana no se arregla cambiamos de proveedor"
    ],
    "de": [
        "ich rufe an wegen Vorgang {case} ist immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht klappt wechseln wir"
    ],
    "en": [
        "calling about case {case} still not fixed several of us have written my boss says we move the account if it isnt sorted this week"
    ],
}
B2B_ACK: T = {
    "es": ["Gracias, abrimos la incidencia {case} para la cuenta. {agent}"],
    "de": ["Danke, Vorgang {case} für Ihr Konto ist angelegt. {agent}"],
    "en": ["Thanks, case {case} is open for your account. {agent}"],
}
B2B_MILD: T = {
    "es": [
        "Sugerencia: ¿podríais exportar los pedidos por código de obra?",
        "Estaría bien ver la fecha de la última revisión de la bombona en el albarán",
    ],
    "de": [
        "Vorschlag: Export der Bestellungen nach Projektnummer wäre hilfreich",
        "Bitte das Prüfdatum der Flasche auf dem Lieferschein angeben",
    ],
    "en": [
        "Suggestion: export orders by project code?",
        "Could delivery notes show the cylinder's last test date?",
    ],
}
B2B_MILD_ACK: T = {
    "es": ["Gracias por la sugerencia, la pasamos al equipo. {agent}"],
    "de": ["Danke für den Vorschlag, ist weitergegeben. {agent}"],
    "en": ["Thanks for the suggestion, passed on. {agent}"],
}
B2B_PRAISE: T = {
    "es": [
        "Reparto a la cocina del restaurante puntual como siempre, gracias al equipo de Flamora Pro"
    ],
    "de": ["Lieferung auf die Baustelle wie immer pünktlich, danke Flamora Pro"],
    "en": ["Site delivery on time again, thanks Flamora Pro"],
}
B2B_QUESTION: T = {
    "es": ["¿Podemos añadir un segundo punto de entrega a la cuenta?"],
    "de": ["Können wir eine zweite Lieferadresse zum Konto hinzufügen?"],
    "en": ["Can we add a second delivery site to the account?"],
}
B2B_ANSWER: T = {
    "es": ["Sí, desde el portal en Cuenta > Direcciones. {agent}"],
    "de": ["Ja, im Portal unter Konto > Adressen. {agent}"],
    "en": ["Yes, in the portal under Account > Sites. {agent}"],
}
B2B_PRODUCTS = [
    "Propane 35 kg / Propano 35 kg",
    "Site heater propane 11 kg x6 / Propano obra x6",
    "Forklift LPG 18 kg / GLP carretilla 18 kg",
    "Kitchen butane 12.5 kg x4 / Butano cocina x4",
]
