# ruff: noqa: E501
"""Words of Brisalto Pro, the business arm (maintenance contracts for firms), for heldout117.

Placeholders: {name}, {title}, {company}, {agent}, {ref}, {first}, {when}, {comp}, {core}, {ask}.
"""

from __future__ import annotations

# (key, company, mail domain, site, market, language, kind, problem, contacts, complainers)
ACCOUNTS: list[tuple[str, str, str, str, str, str, str, str | None, int, int]] = [
    (
        "A1",
        "Hotel Mirador del Puerto",
        "miradorpuerto.example",
        "hotel",
        "ES",
        "es",
        "at_risk",
        "overbilled",
        6,
        4,
    ),
    (
        "A2",
        "Colegio Los Almendros",
        "colegioalmendros.example",
        "school",
        "ES",
        "es",
        "at_risk",
        "portal",
        5,
        3,
    ),
    (
        "A3",
        "Harrowgate Lettings Ltd",
        "harrowgatelettings.example",
        "office",
        "UK",
        "en",
        "at_risk",
        "invoice",
        6,
        4,
    ),
    (
        "A4",
        "Northbank Physio Clinic",
        "northbankphysio.example",
        "clinic",
        "UK",
        "en",
        "at_risk",
        "service_blocked",
        4,
        3,
    ),
    (
        "A5",
        "Groupe Les Tilleuls",
        "groupe-tilleuls.example",
        "restaurant",
        "FR",
        "fr",
        "at_risk",
        "invoice",
        4,
        3,
    ),
    (
        "O1",
        "Corrib Fresh Market",
        "corribfresh.example",
        "supermarket",
        "IE",
        "en",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "O2",
        "Steinhuber Steuerberatung",
        "steinhuber-stb.example",
        "office",
        "DE",
        "de",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    (
        "O3",
        "Farmacia San Lorenzo",
        "farmaciasanlorenzo.example",
        "pharmacy",
        "IT",
        "it",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "O4",
        "Gimnasio Fuerza Norte",
        "fuerzanorte.example",
        "gym",
        "ES",
        "es",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    ("M1", "Hostel Ribeira Azul", "ribeirazul.example", "hostel", "PT", "pt", "mild", None, 3, 0),
    (
        "M2",
        "Espacio Colmena Coworking",
        "espaciocolmena.example",
        "coworking",
        "ES",
        "es",
        "mild",
        None,
        4,
        0,
    ),
    (
        "M3",
        "Elmfield Dental Practice",
        "elmfielddental.example",
        "dental",
        "UK",
        "en",
        "mild",
        None,
        3,
        0,
    ),
    (
        "H1",
        "Musée de la Soierie",
        "musee-soierie.example",
        "museum",
        "FR",
        "fr",
        "happy",
        None,
        4,
        0,
    ),
    (
        "H2",
        "Bäckerei Lindner",
        "baeckerei-lindner.example",
        "bakery",
        "DE",
        "de",
        "happy",
        None,
        4,
        0,
    ),
    ("H3", "Casa Valdés", "casavaldes.example", "restaurant", "ES", "es", "happy", None, 4, 0),
]

JOB_TITLES: list[str] = [
    "Facilities manager",
    "Office manager",
    "Head of maintenance",
    "Finance assistant",
    "General manager",
    "Receptionist",
    "Operations lead",
    "Administrator",
    "Purchasing officer",
    "Site manager",
    "Deputy manager",
    "Accounts payable clerk",
]

PRODUCTS: list[tuple[str, int, str]] = [
    ("Contract visit, cassette units / Visita de contrato, cassettes", 180, "/pro/orders/visit"),
    ("Filter change, 10 units / Cambio de filtros, 10 equipos", 240, "/pro/orders/filters"),
    ("Server-room AC check / Revisión sala de servidores", 160, "/pro/orders/server-room"),
    (
        "Fan-coil service, one floor / Mantenimiento fan-coils, una planta",
        320,
        "/pro/orders/fan-coil",
    ),
]

PAGES: list[str] = [
    "/pro/portal/sites",
    "/pro/portal/visits",
    "/pro/portal/invoices",
    "/pro/portal/units",
]

CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, ¿podemos añadir un segundo contacto para los avisos de avería en el portal?",
            "Sí, en Portal > Usuarios > Añadir; le llegará una invitación. {agent}",
        ),
        (
            "¿La visita de contrato de este mes se puede pasar a primera hora, antes de abrir?",
            "Sin problema, la he movido a las 7:30. {agent}",
        ),
    ],
    "en": [
        (
            "Hi, can we add a second contact for fault alerts on the portal?",
            "Yes, Portal > Users > Add; they'll get an invite by email. {agent}",
        ),
        (
            "Can this month's contract visit be first thing, before we open?",
            "No problem, I've moved it to 7:30. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on ajouter un second contact pour les alertes de panne sur le portail ?",
            "Oui, Portail > Utilisateurs > Ajouter ; il recevra une invitation. {agent}",
        )
    ],
    "de": [
        (
            "Hallo, können wir im Portal einen zweiten Kontakt für Störungsmeldungen anlegen?",
            "Ja, unter Portal > Benutzer > Hinzufügen; die Person bekommt eine Einladung. {agent}",
        )
    ],
    "it": [
        (
            "Buongiorno, possiamo aggiungere un secondo contatto per gli avvisi di guasto nel portale?",
            "Sì, Portale > Utenti > Aggiungi; riceverà un invito. {agent}",
        )
    ],
    "pt": [
        (
            "Olá, podemos acrescentar um segundo contacto para os avisos de avaria no portal?",
            "Sim, Portal > Utilizadores > Adicionar; vai receber um convite. {agent}",
        )
    ],
}

THANKS: dict[str, list[str]] = {
    "es": ["Gracias!", "Perfecto, gracias"],
    "en": ["Thanks!", "Great, thank you"],
    "fr": ["Merci !"],
    "de": ["Danke!"],
    "it": ["Grazie!"],
    "pt": ["Obrigado!"],
}

PRAISE: dict[str, list[str]] = {
    "es": [
        "Brisalto Pro nos revisa las máquinas antes de abrir y ni se nota. Muy profesionales.",
        "Avería un viernes por la tarde y el técnico de Brisalto Pro aquí en dos horas. Así da gusto.",
    ],
    "en": [
        "Brisalto Pro visits at our place are done before 8 and the reports are on the portal by lunchtime. Recommended.",
        "Fault on a Friday afternoon, Brisalto Pro engineer with us within two hours. Brilliant.",
    ],
    "fr": [
        "Les visites Brisalto Pro se font avant l'ouverture et les rapports sont sur le portail à midi. Très pro."
    ],
    "de": [
        "Brisalto Pro wartet bei uns vor Ladenöffnung, die Berichte sind mittags im Portal. Sehr zuverlässig."
    ],
    "it": [
        "Brisalto Pro fa le manutenzioni prima dell'apertura e i rapporti sono sul portale a mezzogiorno. Ottimi."
    ],
    "pt": [
        "A Brisalto Pro faz as visitas antes de abrirmos e os relatórios estão no portal ao almoço. Muito profissionais."
    ],
}

TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "overbilled": "visitas de contrato facturadas a tarifa de urgencia",
        "portal": "portal sin equipos, no se pueden abrir averías",
        "invoice": "facturas con la razón social antigua y sin número de pedido",
    },
    "en": {
        "invoice": "invoices with our old company name and no PO number",
        "service_blocked": "engineer refused, 'contract suspended'",
    },
    "fr": {"invoice": "factures à l'ancienne raison sociale, sans bon de commande"},
    "de": {"overbilled": "Vertragsbesuche zum Notdienst-Tarif abgerechnet"},
    "it": {"portal": "portale senza apparecchi, impossibile aprire un guasto"},
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
}

# The at-risk accounts' problem, in each complainer's words.
CORE_RISK: dict[str, dict[str, list[str]]] = {
    "es": {
        "overbilled": [
            "Las visitas de mantenimiento del contrato de este mes nos las habéis facturado a tarifa de urgencia: más de 900 € de diferencia en tres facturas.",
            "Nos cobráis las revisiones del contrato como si fueran urgencias. Eso no es lo que firmamos y la diferencia pasa de 900 €.",
        ],
        "portal": [
            "El portal de empresas no muestra ningún equipo en el centro, sale «0 equipos», y no hay manera de abrir una avería. Tenemos dos aulas sin calefacción.",
            "En el portal no aparece ni una máquina del colegio, así que no podemos dar de alta la avería de la sala de profesores.",
        ],
    },
    "en": {
        "invoice": [
            "Your invoices still carry our old company name and no PO number, so our accounts team has rejected all three this month.",
            "Every invoice you send has the pre-merger company name and no purchase order number on it. We cannot pay them like that.",
        ],
        "service_blocked": [
            "Your call-out line refused to send an engineer to our treatment rooms, 'contract suspended', though every invoice is paid. The rooms are at 27 degrees.",
            "We were told on the phone that our contract is 'suspended' and no engineer can be booked, yet we owe you nothing. Patients are being seen in a room at 27 degrees.",
        ],
    },
    "fr": {
        "invoice": [
            "Vos factures portent encore l'ancienne raison sociale et aucun numéro de bon de commande : notre comptabilité les rejette toutes.",
            "Toutes vos factures sont au nom de l'ancienne société et sans numéro de commande. Nous ne pouvons pas les payer ainsi.",
        ],
    },
}

# The one unhappy contact's complaint.
CORE_ONE: dict[str, dict[str, str]] = {
    "en": {
        "service_blocked": "Your dispatch turned our engineer visit down this morning, 'contract suspended', although we're fully paid up. The chilled aisle's air con is down."
    },
    "de": {
        "overbilled": "Die vertraglichen Wartungsbesuche dieses Monats wurden zum Notdienst-Tarif abgerechnet, über 600 € Differenz."
    },
    "it": {
        "portal": "Il portale aziende non mostra nessun apparecchio della farmacia, quindi non riusciamo ad aprire un guasto e il magazzino farmaci è caldo."
    },
    "es": {
        "invoice": "Las facturas siguen saliendo con la razón social antigua y sin número de pedido, y contabilidad nos las devuelve todas."
    },
}

ASK: dict[str, str] = {
    "es": "¿Podéis corregirlo cuanto antes?",
    "en": "Please sort this out urgently.",
    "fr": "Merci de corriger cela rapidement.",
    "de": "Bitte korrigieren Sie das umgehend.",
    "it": "Vi chiediamo di sistemare subito.",
}

FIRST_BODY: dict[str, str] = {
    "es": "Hola:\n\n{core} {ask}\n\n{name}\n{title}, {company}",
    "en": "Hello,\n\n{core} {ask}\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\n{core} {ask}\n\n{name}\n{title}, {company}",
    "de": "Guten Tag,\n\n{core} {ask}\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\n{core} {ask}\n\n{name}\n{title}, {company}",
}

LATER_BODY: dict[str, str] = {
    "es": "Hola:\n\nOs escribo por lo mismo que os contó {first} {when} (caso {ref}). {core} ¿Cuándo se va a arreglar?\n\n{name}\n{title}, {company}",
    "en": "Hello,\n\nI'm writing about the same thing {first} reported {when} (case {ref}). {core} When will this be fixed?\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\nJe vous écris pour le même problème que {first} vous a signalé {when} (dossier {ref}). {core} Quand sera-ce corrigé ?\n\n{name}\n{title}, {company}",
}

THIS_MORNING: dict[str, str] = {"es": "esta mañana", "en": "this morning", "fr": "ce matin"}

WEEKDAYS: dict[str, list[str]] = {
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}

RE_SUBJECT: dict[str, str] = {
    "es": "RE: Caso {ref}",
    "en": "Re: Case {ref}",
    "fr": "RE : Dossier {ref}",
    "de": "AW: Fall {ref}",
    "it": "R: Pratica {ref}",
    "pt": "RE: Processo {ref}",
}

ACK: dict[str, str] = {
    "es": "Hola {name}:\n\nGracias por avisarnos. Hemos abierto el caso {ref} para {company} y ya lo lleva el equipo de cuentas de empresa.\n\n{agent}, Brisalto Pro",
    "en": "Hello {name},\n\nThank you for letting us know. We've opened case {ref} for {company} and our business accounts team has it.\n\n{agent}, Brisalto Pro",
    "fr": "Bonjour {name},\n\nMerci de nous avoir prévenus. Nous avons ouvert le dossier {ref} pour {company}, notre équipe comptes entreprises s'en occupe.\n\n{agent}, Brisalto Pro",
    "de": "Guten Tag {name},\n\ndanke für Ihre Nachricht. Wir haben den Fall {ref} für {company} angelegt, unser Firmenkunden-Team kümmert sich.\n\n{agent}, Brisalto Pro",
    "it": "Buongiorno {name},\n\ngrazie della segnalazione. Abbiamo aperto la pratica {ref} per {company} e se ne occupa il team clienti aziendali.\n\n{agent}, Brisalto Pro",
    "pt": "Olá {name},\n\nobrigado pela mensagem. Abrimos o processo {ref} para {company} e a equipa de clientes empresa já está a tratar.\n\n{agent}, Brisalto Pro",
}

CASE_SUBJECT: dict[str, str] = {
    "es": "Caso {ref}",
    "en": "Case {ref}",
    "fr": "Dossier {ref}",
    "de": "Fall {ref}",
    "it": "Pratica {ref}",
    "pt": "Processo {ref}",
}

# The at-risk account's last complainer writes or calls again.
AGAIN_EMAIL: dict[str, str] = {
    "es": "Hola:\n\nCaso {ref}: seguimos exactamente igual. Ya os hemos escrito varios compañeros y nadie lo ha arreglado. Compras ya ha pedido precios a {comp}.\n\n{name}\n{title}, {company}",
    "en": "Hello,\n\nCase {ref}: still exactly the same. Several of us have written in now and nothing is fixed. Procurement has already asked {comp} for their rates.\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\nDossier {ref} : toujours la même chose. Plusieurs collègues vous ont écrit et rien n'est corrigé. Les achats ont déjà demandé les tarifs de {comp}.\n\n{name}\n{title}, {company}",
}

AGAIN_CALL: dict[str, str] = {
    "es": "hola buenos días soy {name} de {company} llamo por el caso {ref} sigue sin arreglarse ya os han escrito varios compañeros y mi jefa dice que si no está resuelto esta semana cambiamos de proveedor",
    "en": "hi it's {name} from {company} calling about case {ref} it's still not fixed several of my colleagues have written in and my boss says if it isn't sorted this week we're moving the contract elsewhere",
    "fr": "oui bonjour {name} de {company} j'appelle pour le dossier {ref} toujours rien plusieurs collègues vous ont écrit et ma directrice dit que si ce n'est pas réglé cette semaine on change de prestataire",
}

# Mild suggestions (web form), acknowledged by e-mail.
MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien poder exportar el coste de las visitas por centro de coste desde el portal.",
        "Una idea: que el informe de visita muestre la fecha de la última prueba de fugas del gas refrigerante.",
    ],
    "en": [
        "Suggestion: it would help to export visit costs by cost centre from the portal.",
        "Small idea: could the visit report show the date of the last refrigerant leak test?",
    ],
    "pt": [
        "Sugestão: seria útil exportar os custos das visitas por centro de custo a partir do portal.",
        "Uma ideia: o relatório de visita podia mostrar a data do último teste de fugas do gás refrigerante.",
    ],
}

MILD_ACK: dict[str, str] = {
    "es": "Hola {name}:\n\nGracias por la sugerencia, se la pasamos al equipo del portal.\n\n{agent}, Brisalto Pro",
    "en": "Hello {name},\n\nThanks for the suggestion, we've passed it to the portal team.\n\n{agent}, Brisalto Pro",
    "pt": "Olá {name},\n\nobrigado pela sugestão, já a passámos à equipa do portal.\n\n{agent}, Brisalto Pro",
}

MILD_ACK_SUBJECT: dict[str, str] = {
    "es": "Tu sugerencia",
    "en": "Your suggestion",
    "pt": "A sua sugestão",
}
