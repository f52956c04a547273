# ruff: noqa: E501
"""Business-arm wording for heldout82 (Ormeggia Fleet: boatyard work for fleets on account).

Placeholders: {brand}, {case}, {first}, {prev}, {weekday}, {comp}, {agent}, {n}.
"""

from __future__ import annotations

FLEET = "Ormeggia Fleet"

# (label, price in EUR, page)
FLEET_PRODUCTS: list[tuple[str, int, str]] = [
    ("Fleet haul-out, 6 boats / Varada de flota, 6 barcos", 1640, "/fleet/haul-out"),
    (
        "Fleet antifouling, per boat / Antiincrustante de flota, por barco",
        590,
        "/fleet/antifouling",
    ),
    ("Winter storage, fleet of 4 / Invernaje de flota, 4 barcos", 3900, "/fleet/storage"),
    ("Outboard service x5 / Revisión de fueraborda x5", 700, "/fleet/engines"),
    ("RIB tube repair / Reparación de flotador de neumática", 380, "/fleet/repairs"),
    ("Safety kit inspection, per boat / Revisión de seguridad, por barco", 120, "/fleet/safety"),
]
PORTAL_PAGES = [
    "/fleet/portal",
    "/fleet/portal/vessels",
    "/fleet/portal/invoices",
    "/fleet/portal/requests",
    "/fleet/prices",
]

SITE_OF: dict[str, str] = {
    "Segelschule Brise GmbH": "sailing_school",
    "Charter Nordkap KG": "charter",
    "Ruderverein Alster e.V.": "rowing_club",
    "Hafenbetrieb Wendtorf": "harbour",
    "Tauchbasis Fehmarn GmbH": "diving",
    "Seehotel Lindenhof": "hotel",
    "Universität Kiel Forschungsboote": "university",
    "Escuela de Vela Llevant SL": "sailing_school",
    "Chárter Ría Azul SL": "charter",
    "Náutica Costa Brava SA": "watersports",
    "Club de Remo Deusto": "rowing_club",
    "Escola de Vela Tejo Lda": "sailing_school",
    "Charter Algarve Mar Lda": "charter",
    "École de voile Iroise SARL": "sailing_school",
    "Shannon Sailing Centre Ltd": "watersports",
    "Scuola Vela Tigullio srl": "sailing_school",
    "Solent Charter Co Ltd": "charter",
}
SITES = [
    "charter",
    "sailing_school",
    "rowing_club",
    "watersports",
    "harbour",
    "hotel",
    "university",
    "diving",
    "ferry",
    "municipality",
    "yacht_club",
    "police",
    "research",
]

JOB_TITLES = [
    "Fleet manager",
    "Base manager",
    "Accounts payable",
    "Operations lead",
    "Head instructor",
    "Harbour master",
    "Purchasing",
    "Skipper coordinator",
    "Finance officer",
    "Facilities manager",
]

COMPANY_NAMES: dict[str, list[str]] = {
    "DE": [
        "Segelschule Brise GmbH",
        "Charter Nordkap KG",
        "Ruderverein Alster e.V.",
        "Hafenbetrieb Wendtorf",
        "Tauchbasis Fehmarn GmbH",
        "Seehotel Lindenhof",
        "Universität Kiel Forschungsboote",
    ],
    "ES": [
        "Escuela de Vela Llevant SL",
        "Chárter Ría Azul SL",
        "Náutica Costa Brava SA",
        "Club de Remo Deusto",
    ],
    "PT": ["Escola de Vela Tejo Lda", "Charter Algarve Mar Lda"],
    "FR": ["École de voile Iroise SARL"],
    "IE": ["Shannon Sailing Centre Ltd"],
    "IT": ["Scuola Vela Tigullio srl"],
    "UK": ["Solent Charter Co Ltd"],
}

PROBLEM_B2B: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "Ihre Rechnungen für unsere Flotte tragen die falschen Bootsnamen und keine Bestellnummer. Unsere Buchhaltung kann so nichts bezahlen.",
        "es": "Vuestras facturas de la flota llevan nombres de barcos que no son nuestros y ningún número de pedido. Contabilidad no puede pagarlas así.",
        "pt": "As vossas faturas da frota têm nomes de barcos errados e nenhum número de encomenda. A contabilidade não consegue pagar.",
        "fr": "Vos factures pour notre flotte portent de mauvais noms de bateaux et aucun numéro de commande. La compta ne peut pas payer.",
        "en": "Your invoices for our fleet carry the wrong boat names and no PO number. Accounts can't pay them like that.",
        "it": "Le vostre fatture per la flotta riportano nomi di barche sbagliati e nessun numero d'ordine. L'amministrazione non può pagarle.",
    },
    "service_blocked": {
        "de": "Die Kranmannschaft hat heute früh unsere Charterboote nicht ausgekrant, angeblich ist unser Konto gesperrt. Alles ist bezahlt, Belege liegen vor.",
        "es": "El varadero se ha negado esta mañana a sacar nuestros barcos de chárter porque dicen que la cuenta está bloqueada. Está todo pagado.",
        "pt": "O estaleiro recusou-se hoje a tirar os nossos barcos porque diz que a conta está bloqueada. Está tudo pago.",
        "fr": "Le chantier a refusé ce matin de sortir nos bateaux, soi-disant compte bloqué. Tout est payé, justificatifs à l'appui.",
        "en": "The yard refused to lift our boats this morning, saying the account is on hold. Everything is paid.",
        "it": "Il cantiere stamattina si è rifiutato di alare le nostre barche, dice che il conto è bloccato. È tutto pagato.",
    },
    "portal": {
        "de": "Im Flottenportal lässt sich für kein Boot über 10 Meter ein Auftrag anlegen, das Formular lehnt alles ab. Wir können unsere Kielboote nicht zum Auskranen anmelden.",
        "es": "En el portal de flota no se puede pedir nada para barcos de más de 10 metros, el formulario lo rechaza todo. No podemos pedir la varada de los veleros.",
        "pt": "No portal da frota não dá para pedir nada para barcos com mais de 10 metros, o formulário recusa tudo.",
        "fr": "Sur le portail flotte, impossible de créer une demande pour un bateau de plus de 10 mètres, le formulaire refuse tout.",
        "en": "The fleet portal won't take a request for any boat over 10 metres, the form rejects everything. We can't book our keelboats out.",
        "it": "Sul portale flotta non si riesce a creare una richiesta per barche sopra i 10 metri, il modulo rifiuta tutto.",
    },
    "overbilled": {
        "de": "Sie berechnen uns für das Winterlager Tagessätze statt der vertraglichen Saisonpauschale. Das sind über 600 € Unterschied.",
        "es": "Nos estáis cobrando el invernaje por días en vez de la tarifa de temporada del contrato. Son más de 600 € de diferencia.",
        "pt": "Estão a cobrar a invernagem ao dia em vez da tarifa de época do contrato. São mais de 600 € de diferença.",
        "fr": "Vous nous facturez l'hivernage à la journée au lieu du forfait saison du contrat. Plus de 600 € d'écart.",
        "en": "You're charging us daily storage rates instead of our contract's seasonal rate. Over £500 difference.",
        "it": "Ci addebitate il rimessaggio a giornata invece della tariffa stagionale del contratto. Oltre 600 € di differenza.",
    },
}
B2B_SUBJ: dict[str, str] = {
    "de": "Beschwerde Flottenkonto",
    "es": "Reclamación cuenta de flota",
    "pt": "Reclamação conta de frota",
    "fr": "Réclamation compte flotte",
    "en": "Complaint: fleet account",
    "it": "Reclamo conto flotta",
}
LATER_B2B: dict[str, str] = {
    "de": "Hallo, ich schreibe zum selben Thema wie mein Kollege {prev} am {weekday} (Vorgang {case}). {core} Es hat sich nichts getan.",
    "es": "Hola, os escribo por lo mismo que mi compañero {prev} el {weekday} (incidencia {case}). {core} No ha cambiado nada.",
    "pt": "Olá, escrevo sobre o mesmo que o meu colega {prev} na {weekday} (pedido {case}). {core} Nada mudou.",
    "fr": "Bonjour, je vous écris pour la même chose que mon collègue {prev} {weekday} (demande {case}). {core} Rien n'a bougé.",
    "en": "Hi, writing about the same thing as my colleague {prev} on {weekday} (case {case}). {core} Nothing has changed.",
    "it": "Buongiorno, scrivo per la stessa cosa del mio collega {prev} {weekday} (segnalazione {case}). {core} Non è cambiato niente.",
}
WEEKDAYS: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
LAST_EMAIL: dict[str, str] = {
    "de": "Vorgang {case}: immer noch nichts gelöst, inzwischen haben mehrere Kollegen geschrieben. Unser Einkauf hat schon bei {comp} nach Preisen gefragt.",
    "es": "Incidencia {case}: sigue sin resolverse y ya os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "pt": "Pedido {case}: continua por resolver e já vários colegas escreveram. As compras já pediram preços à {comp}.",
    "fr": "Demande {case} : toujours rien, plusieurs collègues vous ont écrit. Nos achats ont déjà demandé les tarifs de {comp}.",
    "en": "Case {case}: still nothing fixed, and several colleagues have written. Procurement has already asked {comp} for their rates.",
    "it": "Segnalazione {case}: ancora niente, vi hanno scritto diversi colleghi. Gli acquisti hanno già chiesto i prezzi a {comp}.",
}
LAST_CALL: dict[str, str] = {
    "de": "ja hallo hier ist {first} wegen Vorgang {case} es ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben und mein Chef sagt wir wechseln die Werft wenn das diese Woche nicht klappt",
    "es": "hola soy {first} llamo por la incidencia {case} sigue sin arreglarse ya os han escrito varios compañeros y mi jefe dice que nos vamos a otro varadero si no se arregla esta semana",
    "pt": "olá é o {first} por causa do pedido {case} continua sem resolver vários colegas já escreveram e o meu chefe diz que mudamos de estaleiro se não ficar resolvido esta semana",
    "fr": "oui bonjour c'est {first} pour la demande {case} toujours pas réglé plusieurs collègues ont écrit et mon patron dit qu'on change de chantier si c'est pas réglé cette semaine",
    "en": "hi it's {first} about case {case} it's still not sorted several of my colleagues have written and my boss says we move the account if it isn't fixed this week",
    "it": "pronto sono {first} per la segnalazione {case} ancora non risolto diversi colleghi hanno scritto e il mio capo dice che cambiamo cantiere se non si risolve questa settimana",
}
AGENT_ACK_B2B: dict[str, str] = {
    "de": "Hallo {first}, danke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und melden uns. {agent}, {fleet}",
    "es": "Hola {first}, gracias por escribirnos. Hemos abierto la incidencia {case} y os decimos algo pronto. {agent}, {fleet}",
    "pt": "Olá {first}, obrigado. Abrimos o pedido {case} e damos notícias em breve. {agent}, {fleet}",
    "fr": "Bonjour {first}, merci. Nous avons ouvert la demande {case} et revenons vers vous. {agent}, {fleet}",
    "en": "Hi {first}, thanks for getting in touch. We've opened case {case} and will come back to you. {agent}, {fleet}",
    "it": "Buongiorno {first}, grazie. Abbiamo aperto la segnalazione {case} e vi aggiorniamo presto. {agent}, {fleet}",
}
SUGGEST: dict[str, list[str]] = {
    "de": [
        "Wäre super, wenn man die Werftkosten im Portal nach Boot und Kostenstelle exportieren könnte",
        "Vorschlag: das Datum der letzten Sicherheitsprüfung auf dem Lieferschein wäre hilfreich",
    ],
    "es": [
        "Estaría bien poder exportar los costes del portal por barco y centro de coste",
        "Sugerencia: poner la fecha de la última revisión de seguridad en el albarán",
    ],
    "pt": [
        "Seria útil exportar os custos do portal por barco e centro de custo",
        "Sugestão: a data da última inspeção de segurança na guia",
    ],
    "fr": ["Ce serait pratique d'exporter les coûts du portail par bateau et centre de coût"],
    "en": ["Would be handy to export portal costs by boat and cost centre"],
    "it": ["Sarebbe utile esportare i costi del portale per barca e centro di costo"],
}
B2B_QA: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Können wir für die zwei Jollen noch einen Lagerplatz in der Halle bekommen?",
            "Ja, zwei Hallenplätze sind reserviert, Sie sehen sie im Portal. {agent}",
        ),
        (
            "Bis wann müssen die Auskranwünsche für November im Portal sein?",
            "Bis zum 25. des Vormonats, danach nach Verfügbarkeit. {agent}",
        ),
    ],
    "es": [
        (
            "Podemos añadir dos neumáticas al invernaje de la flota?",
            "Sí, las he añadido, las veréis en el portal. {agent}",
        ),
        (
            "Hasta cuándo podemos pedir varadas para noviembre?",
            "Hasta el día 25 del mes anterior. {agent}",
        ),
    ],
    "pt": [
        (
            "Podemos juntar dois semirrígidos à invernagem da frota?",
            "Sim, já estão no portal. {agent}",
        )
    ],
    "fr": [
        (
            "Peut-on ajouter deux semi-rigides à l'hivernage de la flotte ?",
            "Oui, c'est fait, visible sur le portail. {agent}",
        )
    ],
    "en": [
        (
            "Can we add two RIBs to the fleet's winter storage?",
            "Yes, done, you'll see them in the portal. {agent}",
        )
    ],
    "it": [
        (
            "Possiamo aggiungere due gommoni al rimessaggio della flotta?",
            "Sì, aggiunti, li vedete nel portale. {agent}",
        )
    ],
}
B2B_THANKS: dict[str, str] = {
    "de": "Danke!",
    "es": "Gracias!",
    "pt": "Obrigado!",
    "fr": "Merci !",
    "en": "Cheers",
    "it": "Grazie!",
}
B2B_PRAISE: dict[str, str] = {
    "de": "Sechs Charterboote an einem Vormittag ausgekrant, alles sauber dokumentiert. Danke an die Werft von {brand}",
    "es": "Toda la flota de la escuela varada en una mañana y sin un rasguño. Gracias {brand}",
    "pt": "A frota toda da escola varada numa manhã, sem um risco. Obrigado {brand}",
    "fr": "Toute la flotte de l'école sortie en une matinée, sans une rayure. Merci {brand}",
    "en": "Whole fleet lifted in one morning, not a scratch. Thanks {brand}",
    "it": "Tutta la flotta alata in una mattina, senza un graffio. Grazie {brand}",
}
