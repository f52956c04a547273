# ruff: noqa: E501
"""Business-arm wording of heldout76 (Stufaro Pro: lifts for organisations on account)."""

from __future__ import annotations

PRO = "Stufaro Pro"

B2B_PRODUCTS: list[tuple[str, float, str]] = [
    (
        "Platform lift inspection, extra / Inspección plataforma, adicional",
        180.0,
        "/pro/inspections",
    ),
    (
        "Wheelchair platform lift rental, monthly / Alquiler plataforma silla de ruedas, mensual",
        420.0,
        "/pro/rental",
    ),
    (
        "Stairlift for care home, straight / Salvaescaleras residencia, recto",
        2650.0,
        "/pro/stairlifts",
    ),
    ("Evacuation chair / Silla de evacuación", 890.0, "/pro/evacuation"),
    ("Staff training, half day / Formación del personal, media jornada", 320.0, "/pro/training"),
    ("Spare battery set, platform / Baterías de repuesto, plataforma", 260.0, "/pro/parts"),
]
B2B_PAGES = [
    "/pro/portal/sites",
    "/pro/portal/invoices",
    "/pro/portal/faults",
    "/pro/inspections",
    "/pro/contracts",
]

B2B_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Buenas, ¿se puede añadir una segunda dirección de facturación a la cuenta?",
            "Hola, sí: en el portal, Cuenta > Centros > Añadir. Cada centro factura aparte.",
            "gracias",
        ),
        (
            "¿La inspección trimestral incluye el certificado para la inspección de sanidad?",
            "Sí, el técnico deja el certificado en el portal el mismo día.",
            "perfecto",
        ),
    ],
    "de": [
        (
            "Hallo, kann man für die Prüfung einen festen Wochentag hinterlegen?",
            "Hallo, ja, im Portal unter Standort > Wunschtermine.",
            "danke",
        ),
        (
            "Bekommen wir das Prüfprotokoll auch als PDF für die Heimaufsicht?",
            "Ja, es liegt nach jeder Prüfung im Portal unter Dokumente.",
            "Super, danke",
        ),
    ],
    "en": [
        (
            "Hi, can we add a second site contact for the inspection reminders?",
            "Hi, yes: Portal > Sites > Contacts.",
            "thanks",
        )
    ],
    "fr": [
        (
            "Bonjour, peut-on recevoir le rapport de contrôle pour la commission de sécurité ?",
            "Bonjour, oui, il est dans le portail après chaque visite.",
            "merci",
        )
    ],
    "it": [
        (
            "Buongiorno, il verbale di verifica è valido per l'ASL?",
            "Buongiorno, sì, lo trova nel portale dopo ogni visita.",
            "grazie",
        )
    ],
    "pt": [
        (
            "Olá, o relatório da inspeção serve para a Segurança Social?",
            "Olá, sim, fica no portal após cada visita.",
            "obrigado",
        )
    ],
}
B2B_PRAISE: dict[str, list[str]] = {
    "es": [
        "Nuestra residencia lleva dos años con {pro} y los técnicos son de lo mejor que hemos tenido. Rápidos y muy cuidadosos con los residentes"
    ],
    "de": [
        "Seit {pro} unsere Plattformlifte wartet, haben wir null Ausfälle. Die Techniker sind auch mit den Bewohnern super",
        "Prüfprotokolle immer pünktlich im Portal, das spart uns bei der Heimaufsicht viel Zeit. Danke {pro}",
    ],
    "en": [
        "Two years with {pro} at our hotel, not a single lift out of action during a guest stay"
    ],
    "fr": ["Depuis {pro}, plus aucune panne sur nos élévateurs. Très bon service"],
    "it": ["Con {pro} i montascale della nostra struttura non si fermano mai. Ottimo servizio"],
    "pt": ["Com a {pro} os elevadores do lar nunca param. Excelente serviço"],
}
B2B_SURVEY_WORDS = ["", "", "👍"]

B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "facturas con el nombre antiguo y sin número de pedido",
        "de": "Rechnungen mit altem Firmennamen und ohne Bestellnummer",
        "en": "invoices with the old company name and no PO number",
        "fr": "factures à l'ancien nom et sans bon de commande",
        "it": "fatture con la vecchia ragione sociale e senza ordine",
        "pt": "faturas com o nome antigo e sem nota de encomenda",
    },
    "service_blocked": {
        "es": "técnico que se niega a hacer la inspección por 'contrato suspendido'",
        "de": "Techniker verweigert Prüfung wegen 'Vertrag gesperrt'",
        "en": "engineer refusing the inspection, 'contract suspended'",
        "fr": "technicien refusant le contrôle, 'contrat suspendu'",
        "it": "tecnico che rifiuta la verifica, 'contratto sospeso'",
        "pt": "técnico recusa a inspeção, 'contrato suspenso'",
    },
    "portal": {
        "es": "el portal no muestra ningún elevador del centro y no se puede dar parte de averías",
        "de": "Portal zeigt keine Lifte am Standort, keine Störmeldung möglich",
        "en": "portal shows no lifts at the site, no fault can be logged",
        "fr": "le portail n'affiche aucun élévateur, impossible de signaler une panne",
        "it": "il portale non mostra nessun montascale, impossibile segnalare guasti",
        "pt": "o portal não mostra elevadores, impossível reportar avarias",
    },
    "overbilled": {
        "es": "salidas cobradas a tarifa estándar en vez de la del contrato",
        "de": "Einsätze zum Standardtarif statt Vertragstarif abgerechnet",
        "en": "call-outs billed at standard rate, not the contract rate",
        "fr": "déplacements facturés au tarif standard au lieu du contrat",
        "it": "uscite fatturate a tariffa standard invece che da contratto",
        "pt": "deslocações faturadas a tarifa normal e não a do contrato",
    },
}
B2B_FIRST: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "Buenos días. Desde la fusión nos llegan las facturas de {pro} con el nombre antiguo de la empresa y sin número de pedido. Contabilidad no puede pagarlas así. Necesitamos que se emitan de nuevo.",
        "de": "Guten Tag, seit der Umfirmierung kommen Ihre Rechnungen mit dem alten Firmennamen und ohne Bestellnummer. Unsere Buchhaltung kann so nicht zahlen. Bitte neu ausstellen.",
        "en": "Hello, since the merger your invoices still carry our old company name and no PO number. Accounts can't pay them like that. Please reissue.",
        "fr": "Bonjour, depuis la fusion vos factures portent encore l'ancien nom et aucun numéro de commande. La compta ne peut pas payer. Merci de les rééditer.",
        "it": "Buongiorno, dopo la fusione le vostre fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine. Non possiamo pagarle.",
        "pt": "Bom dia, desde a fusão as faturas vêm com o nome antigo e sem nota de encomenda. A contabilidade não consegue pagar.",
    },
    "service_blocked": {
        "es": "El técnico ha venido esta mañana a la inspección trimestral y se ha ido sin hacerla: dice que el contrato aparece 'suspendido'. Está pagado, tenemos el justificante. Sin inspección no podemos usar la plataforma con residentes.",
        "de": "Ihr Techniker war heute zur Quartalsprüfung da und ist wieder gefahren: Vertrag angeblich 'gesperrt'. Die Rechnung ist bezahlt, Beleg liegt vor. Ohne Prüfung dürfen wir den Lift nicht nutzen.",
        "en": "Your engineer came for the quarterly inspection and left without doing it, saying the contract is 'suspended'. It's paid, we have the remittance. Without the inspection we can't use the lift.",
        "fr": "Le technicien est venu pour le contrôle trimestriel et est reparti sans le faire : contrat 'suspendu'. C'est payé. Sans contrôle, l'élévateur est inutilisable.",
        "it": "Il tecnico è venuto per la verifica trimestrale ed è andato via: contratto 'sospeso'. È pagato. Senza verifica non possiamo usare il montascale.",
        "pt": "O técnico veio para a inspeção trimestral e foi-se embora: contrato 'suspenso'. Está pago. Sem inspeção não podemos usar o elevador.",
    },
    "portal": {
        "es": "El portal de {pro} no muestra ningún elevador en nuestro centro. Sin elevadores no se puede dar parte de una avería, y la plataforma de la entrada lleva dos días parada.",
        "de": "Im {pro}-Portal werden für unseren Standort keine Lifte angezeigt. Damit können wir keine Störung melden, und der Plattformlift am Eingang steht seit zwei Tagen.",
        "en": "The {pro} portal shows no lifts at our site, so we can't log a fault, and the entrance platform lift has been down two days.",
        "fr": "Le portail {pro} n'affiche aucun élévateur sur notre site : impossible de signaler la panne de l'élévateur de l'entrée.",
        "it": "Il portale {pro} non mostra nessun montascale della sede, quindi non possiamo segnalare il guasto dell'ingresso.",
        "pt": "O portal {pro} não mostra elevadores no nosso edifício, não conseguimos reportar a avaria da entrada.",
    },
    "overbilled": {
        "es": "Las salidas de octubre se han facturado a tarifa estándar y no a la del contrato marco. Son más de 600 € de diferencia. Pedimos abono.",
        "de": "Die Einsätze im Oktober wurden zum Standardtarif statt zum Rahmenvertrag abgerechnet, über 600 € Differenz. Bitte Gutschrift.",
        "en": "October's call-outs are billed at the standard rate, not our framework contract rate. Over £500 difference. Please credit.",
        "fr": "Les déplacements d'octobre sont facturés au tarif standard et non au contrat cadre, plus de 600 € d'écart.",
        "it": "Le uscite di ottobre sono fatturate a tariffa standard e non da contratto quadro, oltre 600 € di differenza.",
        "pt": "As deslocações de outubro foram faturadas à tarifa normal e não à do contrato, mais de 600 € de diferença.",
    },
}
B2B_LATER = {
    "es": "Escribo yo también por la incidencia {case} que abrió {first} el {weekday}: {topic}. Sigue exactamente igual y nos está afectando en el día a día.",
    "de": "Ich schreibe ebenfalls zum Vorgang {case}, den {first} am {weekday} gemeldet hat: {topic}. Unverändert, und das behindert uns täglich.",
    "en": "Writing as well about case {case} that {first} raised on {weekday}: {topic}. Nothing has changed and it's affecting us every day.",
    "fr": "J'écris aussi pour la demande {case} ouverte par {first} {weekday} : {topic}. Rien n'a changé.",
    "it": "Scrivo anch'io per la segnalazione {case} aperta da {first} {weekday}: {topic}. Non è cambiato nulla.",
    "pt": "Escrevo também sobre o pedido {case} que o/a {first} abriu na {weekday}: {topic}. Nada mudou.",
}
B2B_LAST_EMAIL = {
    "es": "Incidencia {case}: seguimos sin solución y ya somos varios los que os hemos escrito. Compras ya ha pedido tarifas a {comp}.",
    "de": "Vorgang {case}: immer noch keine Lösung, mehrere Kollegen haben geschrieben. Der Einkauf hat bereits bei {comp} Preise angefragt.",
    "en": "Case {case}: still nothing fixed and several of us have written. Procurement has already asked {comp} for their rates.",
    "fr": "Demande {case} : toujours rien, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "it": "Segnalazione {case}: ancora niente, vi abbiamo scritto in tanti. L'ufficio acquisti ha chiesto i prezzi a {comp}.",
    "pt": "Pedido {case}: continua sem solução, já escrevemos vários. As compras já pediram preços à {comp}.",
}
B2B_LAST_CALL = {
    "es": "sí buenos días llamo por la incidencia {case} seguimos igual ya os han escrito varios compañeros y mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor",
    "de": "ja guten Tag wegen Vorgang {case} es ist immer noch nichts passiert mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht gelöst ist ziehen wir den Vertrag ab",
    "en": "hi yeah calling about case {case} still nothing fixed several of my colleagues have written and my boss says we move the account if it isn't sorted this week",
    "fr": "oui bonjour pour la demande {case} toujours rien plusieurs collègues ont écrit et mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "it": "sì buongiorno per la segnalazione {case} ancora niente hanno scritto in tanti e il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "pt": "sim bom dia por causa do pedido {case} continua igual já escreveram vários colegas e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
B2B_ACK = {
    "es": (
        "RE: Incidencia {case}",
        "Buenos días, sentimos las molestias. Hemos abierto la incidencia {case} y el gestor de su cuenta la revisa. Un saludo, {pro}",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Guten Tag, das tut uns leid. Wir haben den Vorgang {case} angelegt, Ihr Kundenbetreuer kümmert sich. Viele Grüße, {pro}",
    ),
    "en": (
        "Re: Your case {case}",
        "Hello, sorry for the trouble. We've opened case {case} and your account manager is on it. Kind regards, {pro}",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour, désolés. Nous avons ouvert la demande {case}, votre chargé de compte s'en occupe. {pro}",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Buongiorno, ci scusiamo. Abbiamo aperto la segnalazione {case}, il suo referente se ne occupa. {pro}",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Bom dia, lamentamos. Abrimos o pedido {case}, o gestor de conta está a tratar. {pro}",
    ),
}
B2B_MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien poder exportar las incidencias por centro en Excel para el informe trimestral.",
        "Sería útil que el parte de inspección indicara la fecha de la próxima revisión.",
    ],
    "de": [
        "Vorschlag: ein Export der Einsätze pro Standort als Excel wäre für unseren Quartalsbericht praktisch.",
        "Es wäre hilfreich, wenn im Prüfprotokoll gleich das nächste Prüfdatum stünde.",
    ],
    "en": [
        "Suggestion: an export of call-outs per site would help our quarterly report.",
        "It'd be handy if the inspection report showed the next due date.",
    ],
    "fr": [
        "Suggestion : un export des interventions par site serait pratique.",
        "Ce serait utile que le rapport indique la date du prochain contrôle.",
    ],
    "it": [
        "Suggerimento: un export degli interventi per sede sarebbe utile.",
        "Sarebbe utile avere la data della prossima verifica sul verbale.",
    ],
    "pt": [
        "Sugestão: exportar as intervenções por edifício seria útil.",
        "Seria útil o relatório indicar a data da próxima inspeção.",
    ],
}
B2B_MILD_ACK = {
    "es": (
        "RE: Sugerencia",
        "Gracias por la sugerencia, la pasamos al equipo del portal. Un saludo, {pro}",
    ),
    "de": (
        "AW: Vorschlag",
        "Danke für den Vorschlag, wir geben ihn ans Portal-Team weiter. Viele Grüße, {pro}",
    ),
    "en": ("Re: Suggestion", "Thanks for the suggestion, passed to the portal team. {pro}"),
    "fr": ("RE : Suggestion", "Merci pour la suggestion, transmise à l'équipe du portail. {pro}"),
    "it": ("R: Suggerimento", "Grazie del suggerimento, girato al team del portale. {pro}"),
    "pt": ("RE: Sugestão", "Obrigado pela sugestão, passámos à equipa do portal. {pro}"),
}
WEEKDAY = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
JOBS = [
    "Facilities manager",
    "Home manager",
    "Procurement officer",
    "Accounts payable",
    "Head of care",
    "Site manager",
    "Office manager",
    "Maintenance lead",
]
