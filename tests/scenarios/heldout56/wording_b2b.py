# ruff: noqa: E501
"""Business-arm wording of the heldout56 set: pest-control contracts for firms on account.

Fields: ``{brand}``, ``{case}``, ``{prev}``, ``{day}``, ``{comp}``, ``{company}``,
``{first}``, ``{agent}``.
"""

from __future__ import annotations

ARM = "Fumentra Business"

# (English label, Spanish label, price in EUR, page)
B2B_PRODUCTS: list[tuple[str, str, float, str]] = [
    ("Extra inspection, one site", "Inspeccion extra, un centro", 95.0, "/business/inspections"),
    ("Fly screens fitted, kitchen", "Mosquiteras instaladas, cocina", 380.0, "/business/proofing"),
    ("Bird spikes, loading bay", "Pinchos antiaves, muelle de carga", 540.0, "/business/birds"),
    (
        "Electric fly killer, rental 12 months",
        "Lampara antimoscas, alquiler 12 meses",
        210.0,
        "/business/fly-control",
    ),
    (
        "Bait station refresh, 20 stations",
        "Renovacion de estaciones de cebo, 20 uds",
        160.0,
        "/business/rodents",
    ),
]

B2B_PAGES = [
    "/business/portal/sites",
    "/business/portal/reports",
    "/business/portal/invoices",
    "/business/portal/visits",
    "/business/contract",
]

JOB_TITLES = (
    "Operations Manager",
    "Head Chef",
    "Facilities Coordinator",
    "Quality and Hygiene Lead",
    "Site Manager",
    "Finance Assistant",
    "General Manager",
    "Purchasing Officer",
)

B2B_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, podéis adelantar la visita mensual del local del centro al martes? El jueves tenemos inspección de sanidad",
            "Hola, sin problema, el técnico irá el martes de 8 a 10.",
        ),
        (
            "Buenas, dónde descargo el plano de estaciones de cebo actualizado?",
            "En el portal, Centros > Documentos > Plano de estaciones. Lo acabo de actualizar.",
        ),
    ],
    "en": [
        (
            "Hi, can the monthly visit at our main site be moved to before 7am? Kitchen opens at 8",
            "Hi, yes, the technician will be there at 6:30 next time.",
        ),
        (
            "Where do I find last quarter's service reports for our auditor?",
            "Portal > Reports, filter by quarter; you can download them as one zip.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le technicien peut-il passer avant l'ouverture du restaurant jeudi ?",
            "Bonjour, oui, passage à 7h jeudi.",
        )
    ],
    "de": [
        (
            "Hallo, können wir den Monatstermin in der Backstube auf 5 Uhr früh legen?",
            "Hallo, ja, ab nächstem Monat kommt der Techniker um 5 Uhr.",
        )
    ],
    "it": [
        (
            "Buongiorno, si può anticipare la visita mensile della mensa a lunedì?",
            "Buongiorno, sì, lunedì alle 7.",
        )
    ],
    "pt": [
        (
            "Olá, podem passar no armazém antes das 8h na próxima visita?",
            "Olá, sim, o técnico passa às 7h30.",
        )
    ],
}

B2B_THANKS: dict[str, list[str]] = {
    "es": ["Perfecto, gracias", "genial, gracias!"],
    "en": ["Great, thanks", "perfect, thank you"],
    "fr": ["Merci !"],
    "de": ["Danke!"],
    "it": ["Grazie!"],
    "pt": ["Obrigado!"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "es": [
        "Inspección de sanidad superada con nota en la cocina central, y el inspector alabó los informes de {brand}. Gracias al equipo",
        "Un año con {brand} en los cinco locales y ni un solo aviso de plagas. Muy contentos",
    ],
    "en": [
        "Passed our food hygiene audit with top marks, and the auditor specifically liked the {brand} reports. Cheers team",
        "Twelve months on the {brand} contract across our hotels and not one pest sighting from guests. Very pleased",
    ],
    "fr": ["Audit d'hygiène réussi, l'auditeur a apprécié les rapports {brand}. Merci"],
    "de": ["Hygieneaudit bestanden, der Prüfer mochte die {brand} Berichte. Danke ans Team"],
    "it": ["Audit igienico superato, l'ispettore ha apprezzato i report {brand}. Grazie"],
    "pt": ["Auditoria de higiene passada, o auditor gostou dos relatórios da {brand}. Obrigado"],
}

# Mild suggestions (web form) and the acknowledgement
B2B_MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien poder exportar los informes de todos los centros en un solo Excel, ahora hay que ir uno por uno",
        "Sería útil que el aviso de visita llegara también al encargado de cada local, no solo a la central",
    ],
    "en": [
        "Suggestion: it would help to export every site's reports into one spreadsheet, at the moment it's one site at a time",
        "Could the visit reminder go to each site manager too, not just head office?",
    ],
    "fr": [
        "Suggestion : pouvoir exporter les rapports de tous les sites en un seul fichier serait pratique"
    ],
    "de": [
        "Vorschlag: Die Berichte aller Standorte in einer Datei exportieren zu können wäre praktisch"
    ],
    "it": ["Suggerimento: sarebbe utile esportare i report di tutte le sedi in un unico file"],
    "pt": ["Sugestão: dava jeito exportar os relatórios de todos os locais num só ficheiro"],
}

B2B_MILD_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Tu sugerencia",
        "Hola {first}, gracias por la idea, la hemos pasado al equipo del portal. {agent}, {arm}",
    ),
    "en": (
        "Your suggestion",
        "Hi {first}, thanks for the idea, it's gone to the portal team. {agent}, {arm}",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {first}, merci pour l'idée, transmise à l'équipe du portail. {agent}, {arm}",
    ),
    "de": (
        "Ihr Vorschlag",
        "Hallo {first}, danke für die Idee, sie ist beim Portal-Team. {agent}, {arm}",
    ),
    "it": (
        "Il suo suggerimento",
        "Buongiorno {first}, grazie dell'idea, l'abbiamo passata al team del portale. {agent}, {arm}",
    ),
    "pt": (
        "A sua sugestão",
        "Olá {first}, obrigado pela ideia, seguiu para a equipa do portal. {agent}, {arm}",
    ),
}

B2B_PROBLEMS = ("missing_reports", "missed_visits", "callout_rate", "invoice")

# problem -> language -> (subject, first complaint)
B2B_FIRST: dict[str, dict[str, tuple[str, str]]] = {
    "missing_reports": {
        "es": (
            "Informes de servicio que faltan",
            "Buenos días. Tenemos auditoría de seguridad alimentaria la semana que viene y en el portal faltan los informes de servicio de agosto, septiembre y octubre de todos nuestros centros. Sin ellos suspendemos. Necesito que aparezcan ya. Un saludo",
        ),
        "en": (
            "Missing service reports",
            "Morning. Our food safety audit is next week and the portal has no service reports for August, September or October for any of our sites. Without them we fail the audit. I need them uploaded now please",
        ),
        "fr": (
            "Rapports manquants",
            "Bonjour, l'audit d'hygiène est la semaine prochaine et le portail n'a aucun rapport d'intervention depuis août. Sans eux, nous échouons. Merci de les mettre en ligne rapidement.",
        ),
        "de": (
            "Fehlende Berichte",
            "Guten Morgen, nächste Woche ist unser Hygieneaudit und im Portal fehlen sämtliche Serviceberichte seit August. Ohne die fallen wir durch. Bitte sofort hochladen.",
        ),
        "it": (
            "Report mancanti",
            "Buongiorno, la prossima settimana abbiamo l'audit igienico e nel portale mancano tutti i report da agosto. Senza quelli non passiamo. Per favore caricateli subito.",
        ),
        "pt": (
            "Relatórios em falta",
            "Bom dia, temos auditoria na próxima semana e no portal faltam todos os relatórios desde agosto. Sem eles chumbamos. Por favor carreguem-nos já.",
        ),
    },
    "missed_visits": {
        "es": (
            "Visitas mensuales no realizadas",
            "Hola. Según el portal la visita mensual de la cocina se hizo el día 2, pero nadie vino, lo tenemos en las cámaras. Y en septiembre igual. Estamos pagando un contrato de visitas que no se hacen",
        ),
        "en": (
            "Monthly visits not done",
            "Hello. The portal says our monthly visit was done on the 2nd but nobody came, we've checked the door log and the cameras. Same in September. We're paying for visits that aren't happening",
        ),
        "fr": (
            "Visites non effectuées",
            "Bonjour, le portail indique une visite le 2, mais personne n'est venu, nos caméras le confirment. Pareil en septembre.",
        ),
        "de": (
            "Monatsbesuche nicht erfolgt",
            "Hallo, laut Portal war der Techniker am 2. da, laut unserer Kamera nicht. Im September genauso.",
        ),
        "it": (
            "Visite non effettuate",
            "Buongiorno, il portale dice che la visita mensile è stata fatta il 2, ma dalle telecamere non è venuto nessuno. Anche a settembre.",
        ),
        "pt": (
            "Visitas não feitas",
            "Olá, o portal diz que a visita mensal foi feita dia 2, mas ninguém veio, as câmaras confirmam. Em setembro igual.",
        ),
    },
    "callout_rate": {
        "es": (
            "Visitas rutinarias facturadas como urgencias",
            "Buenas. En la factura de octubre las cuatro visitas rutinarias del contrato aparecen a tarifa de urgencia, 185 € cada una en vez de la cuota mensual. Son más de 600 € de diferencia. Por favor, rectificad",
        ),
        "en": (
            "Routine visits billed as emergencies",
            "Hi. October's invoice bills all four routine contract visits at the emergency call-out rate instead of the monthly fee. That's over £500 extra. Please reissue it",
        ),
        "fr": (
            "Visites facturées en urgence",
            "Bonjour, la facture d'octobre compte nos visites de routine au tarif urgence. Plus de 600 € d'écart, merci de corriger.",
        ),
        "de": (
            "Routinebesuche als Notfall berechnet",
            "Guten Tag, die Oktoberrechnung berechnet alle Routinebesuche zum Notfalltarif. Über 600 € Differenz, bitte korrigieren.",
        ),
        "it": (
            "Visite di routine fatturate come urgenze",
            "Buongiorno, la fattura di ottobre addebita le visite di routine a tariffa d'urgenza. Oltre 600 € di differenza.",
        ),
        "pt": (
            "Visitas de rotina faturadas como urgência",
            "Bom dia, a fatura de outubro cobra as visitas de rotina a tarifa de urgência. Mais de 600 € de diferença.",
        ),
    },
    "invoice": {
        "es": (
            "Facturas con datos erróneos",
            "Hola, las facturas de este trimestre siguen saliendo a nombre de la antigua razón social y sin número de pedido. Contabilidad no puede pagarlas así y ya tenemos tres retenidas",
        ),
        "en": (
            "Invoices with the wrong details",
            "Hi, this quarter's invoices still carry our old company name and no purchase order number. Accounts can't pay them like that and three are now on hold",
        ),
        "fr": (
            "Factures erronées",
            "Bonjour, les factures portent toujours l'ancienne raison sociale et aucun numéro de commande. La comptabilité ne peut pas les payer.",
        ),
        "de": (
            "Rechnungen fehlerhaft",
            "Hallo, die Rechnungen laufen noch auf den alten Firmennamen und ohne Bestellnummer. Die Buchhaltung kann so nicht zahlen.",
        ),
        "it": (
            "Fatture errate",
            "Buongiorno, le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine. L'amministrazione non può pagarle.",
        ),
        "pt": (
            "Faturas com erros",
            "Olá, as faturas ainda saem com a antiga denominação e sem número de encomenda. A contabilidade não as consegue pagar.",
        ),
    },
}

# Later complainers of an at-risk account, and the last contact's follow-ups (es, en)
B2B_LATER: dict[str, dict[str, list[str]]] = {
    "missing_reports": {
        "es": [
            "Hola, escribo por lo mismo que {prev} os mandó {day} ({case}): los informes de servicio siguen sin estar en el portal y desde mi centro tampoco puedo enseñarle nada al auditor.",
            "Buenas tardes. Referencia {case}, la que abrió {prev} {day}. Yo llevo la cocina de otro centro y tampoco tengo ni un informe desde agosto. La auditoría no espera.",
            "Me uno a {case} ({prev}, {day}). Tercer centro sin informes en el portal. Si el auditor nos pide el registro de plagas no tenemos qué enseñar.",
        ],
        "en": [
            "Hello, same issue {prev} raised {day} ({case}): the service reports still aren't in the portal and I've nothing to show the auditor at my site either.",
            "Hi, re {case}, which {prev} opened {day}. I run the kitchen at another of our sites and there isn't a single report since August for us either. The audit date hasn't moved.",
            "Adding my name to {case} ({prev}, {day}). That makes another site with no reports in the portal. If the auditor asks for our pest log we have nothing.",
        ],
    },
    "missed_visits": {
        "es": [
            "Buenas, me sumo a lo que os escribió {prev} {day} ({case}): en nuestro local tampoco ha venido nadie y el portal pone 'realizada'.",
            "Hola, sobre {case} (lo abrió {prev} {day}): he revisado el registro de entradas de mi centro y ningún técnico vuestro ha pasado este mes. Y pagamos cada mes.",
            "Otro centro más para {case}, la incidencia que abrió {prev} {day}: aquí tampoco vino nadie y el portal la marca como hecha.",
        ],
        "en": [
            "Hi, adding to what {prev} sent {day} ({case}): nobody came to our site either and the portal says 'completed'.",
            "Hello, on {case} ({prev} reported it {day}): I've been through our visitor book and no technician of yours has signed in this month. We pay for that visit every month.",
            "One more site for {case}, the case {prev} opened {day}: no visit here either, portal marks it done.",
        ],
    },
    "callout_rate": {
        "es": [
            "Hola, por lo que os comentó {prev} {day} ({case}): en mi centro la factura también trae las visitas de rutina como urgencias. Sigue igual.",
            "Buenos días, {case}, lo que reclamó {prev} {day}. Mi factura de octubre tiene el mismo error, urgencias donde deberían ir visitas del contrato. No la vamos a pagar así.",
            "Añado mi centro a {case} ({prev}, {day}): cuatro visitas de rutina cobradas como urgencias también aquí.",
        ],
        "en": [
            "Hi, further to {prev}'s email {day} ({case}): my site's invoice also has routine visits at the emergency rate. Still not fixed.",
            "Morning, {case}, the one {prev} raised {day}. My October invoice has the same mistake, call-out rates where the contract visits should be. We won't pay it as it stands.",
            "Add my site to {case} ({prev}, {day}) please: four routine visits billed as emergencies here too.",
        ],
    },
    "invoice": {
        "es": [
            "Buenos días, mismo problema que os contó {prev} {day} ({case}): nuestras facturas siguen con la razón social antigua y sin pedido.",
            "Hola, sobre {case} de {prev} ({day}): desde administración os confirmo que las facturas de mi centro también llegan con el nombre viejo y sin número de pedido. Siguen retenidas.",
            "Para {case}, lo que abrió {prev} {day}: mis facturas igual, razón social antigua y sin pedido. Contabilidad me pregunta cada día.",
        ],
        "en": [
            "Morning, same problem {prev} reported {day} ({case}): our invoices still have the old name and no PO number.",
            "Hi, about {case} from {prev} ({day}): from the finance side, my site's invoices also come with the old company name and no PO. They're still on hold.",
            "For {case}, which {prev} opened {day}: mine are the same, old company name, no PO. Accounts chase me about it daily.",
        ],
    },
}

B2B_LAST_EMAIL: dict[str, str] = {
    "es": "Os vuelvo a escribir por {case}. Varios compañeros de distintos centros ya os han escrito y seguimos exactamente igual. Compras ya ha pedido tarifas a {comp}. Necesito una solución esta semana.",
    "en": "Writing again about {case}. Several colleagues at different sites have written and nothing has changed. Procurement has already asked {comp} for a quote. I need this fixed this week.",
}

B2B_LAST_CALL: dict[str, str] = {
    "es": "hola llamo otra vez por la incidencia {case} que seguimos igual varios compañeros os han escrito ya y mi jefe dice que si esta semana no está arreglado cambiamos de empresa",
    "en": "hi it's about {case} again nothing's changed several of us have emailed now and my boss says if it's not sorted this week we're moving the contract elsewhere",
}

B2B_LOGGED: dict[str, tuple[str, str]] = {
    "es": (
        "{case}: recibido",
        "Hola {first}, gracias por avisarnos. Lo hemos registrado como {case} para {company} y tu gestora de cuenta lo revisa hoy. {agent}, {arm}",
    ),
    "en": (
        "{case}: received",
        "Hi {first}, thanks for flagging this. It's logged as {case} for {company} and your account manager is reviewing it today. {agent}, {arm}",
    ),
    "fr": (
        "{case} : reçu",
        "Bonjour {first}, merci du signalement. Enregistré sous {case} pour {company}, votre chargée de compte s'en occupe aujourd'hui. {agent}, {arm}",
    ),
    "de": (
        "{case}: eingegangen",
        "Hallo {first}, danke für die Meldung. Erfasst als {case} für {company}, Ihre Kundenbetreuerin prüft das heute. {agent}, {arm}",
    ),
    "it": (
        "{case}: ricevuto",
        "Buongiorno {first}, grazie della segnalazione. Registrato come {case} per {company}, la responsabile del conto lo verifica oggi. {agent}, {arm}",
    ),
    "pt": (
        "{case}: recebido",
        "Olá {first}, obrigado pelo aviso. Registado como {case} para {company}, a gestora de conta analisa hoje. {agent}, {arm}",
    ),
}

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
}

TODAY: dict[str, str] = {"es": "esta mañana", "en": "this morning"}
