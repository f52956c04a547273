"""Words of Favalia Pro's company contacts and its agents (heldout72).

Favalia Pro installs and tends hives on the roofs and grounds of offices, hotels,
schools and town halls, on account, with a portal and quarterly invoices.
"""

# ruff: noqa: E501

from __future__ import annotations

PRO_PRODUCTS: list[tuple[str, float, str]] = [
    (
        "Rooftop hive, installed and tended, per quarter / Ruche sur toit, trimestre",
        390.00,
        "/pro/rooftop-hive",
    ),
    ("Branded jars, 100 x 125 g / Pots personnalisés, 100 x 125 g", 420.00, "/pro/branded-jars"),
    ("Team workshop on site / Atelier équipe sur site", 650.00, "/pro/team-workshop"),
    ("Extra inspection visit / Visite d'inspection supplémentaire", 120.00, "/pro/extra-visit"),
    ("Pollinator planting, 20 m2 / Plantation mellifère, 20 m2", 880.00, "/pro/planting"),
]
PRO_PAGES = [
    "/pro/portal",
    "/pro/portal/hives",
    "/pro/portal/invoices",
    "/pro/portal/reports",
    "/pro/portal/visits",
]

JOB_TITLES = [
    "Facilities Manager",
    "Office Manager",
    "CSR Lead",
    "Head of Sustainability",
    "Accounts Payable",
    "Building Services Coordinator",
    "Events Manager",
    "Head Teacher",
    "Procurement Officer",
    "General Manager",
    "Communications Officer",
    "Site Administrator",
]

COMPANY_PROBLEMS = ("invoice", "missed_visit", "portal", "overbilled")

CO_TOPIC = {
    "invoice": {
        "fr": "factures",
        "en": "invoices",
        "de": "Rechnungen",
        "it": "fatture",
        "es": "facturas",
        "pt": "faturas",
    },
    "missed_visit": {
        "fr": "visites non faites",
        "en": "missed inspections",
        "de": "ausgefallene Kontrollen",
        "it": "ispezioni saltate",
        "es": "revisiones no hechas",
        "pt": "inspeções falhadas",
    },
    "portal": {
        "fr": "portail",
        "en": "portal",
        "de": "Portal",
        "it": "portale",
        "es": "portal",
        "pt": "portal",
    },
    "overbilled": {
        "fr": "surfacturation",
        "en": "overbilling",
        "de": "falsche Abrechnung",
        "it": "fatturazione errata",
        "es": "facturación errónea",
        "pt": "faturação errada",
    },
}

CO_DESC = {
    "invoice": {
        "fr": "Vos factures du trimestre sont encore à l'ancien nom de la société, sans notre numéro de bon de commande. Notre compta les rejette toutes, trois relances de votre côté et on ne peut pas payer.",
        "en": "Your quarterly invoices still carry our old company name and no PO number. Our finance system rejects every one of them, so we can't pay, and your side keeps sending reminders.",
        "de": "Ihre Quartalsrechnungen tragen noch den alten Firmennamen und keine Bestellnummer. Unsere Buchhaltung weist alle zurück, wir können nicht zahlen und bekommen Mahnungen.",
        "it": "Le fatture del trimestre riportano ancora la vecchia ragione sociale e nessun numero d'ordine. L'amministrazione le rifiuta tutte e voi mandate solleciti.",
        "es": "Vuestras facturas del trimestre siguen con la razón social antigua y sin número de pedido. Contabilidad las rechaza todas y nos llegan recordatorios de pago.",
        "pt": "As faturas do trimestre continuam com o nome antigo da empresa e sem número de encomenda. A contabilidade rejeita todas e vocês mandam lembretes.",
    },
    "missed_visit": {
        "fr": "Aucun apiculteur n'est passé pour l'inspection mensuelle depuis deux mois. Hier un essaim est sorti d'une ruche du toit et s'est posé sur la terrasse de la cafétéria, on a dû évacuer.",
        "en": "No beekeeper has been for the monthly inspection in two months. Yesterday a swarm left one of the roof hives and settled on the canteen terrace, we had to clear it.",
        "de": "Seit zwei Monaten war kein Imker zur Monatskontrolle da. Gestern ist ein Schwarm aus einer Dachbeute auf die Kantinenterrasse gezogen, wir mussten räumen.",
        "it": "Da due mesi nessun apicoltore è venuto per l'ispezione mensile. Ieri uno sciame è uscito da un'arnia sul tetto e si è posato sulla terrazza della mensa.",
        "es": "Hace dos meses que no viene ningún apicultor a la revisión mensual. Ayer un enjambre salió de una colmena de la azotea y se posó en la terraza del comedor.",
        "pt": "Há dois meses que nenhum apicultor vem à inspeção mensal. Ontem um enxame saiu de uma colmeia do terraço e pousou na esplanada da cantina.",
    },
    "portal": {
        "fr": "Le portail n'affiche plus aucun rapport de visite ni le bilan biodiversité depuis la mise à jour, tout est vide. On en a besoin pour notre rapport RSE à rendre ce mois-ci.",
        "en": "Since the update the portal shows no visit reports and no biodiversity summary at all, everything's blank. We need them for our sustainability report due this month.",
        "de": "Seit dem Update zeigt das Portal keine Besuchsberichte und keine Biodiversitätsbilanz mehr, alles leer. Wir brauchen das für den Nachhaltigkeitsbericht diesen Monat.",
        "it": "Dall'aggiornamento il portale non mostra più i report delle visite né il bilancio biodiversità. Ci servono per il bilancio di sostenibilità di questo mese.",
        "es": "Desde la actualización el portal no muestra informes de visita ni el balance de biodiversidad, todo vacío. Los necesitamos para la memoria de sostenibilidad de este mes.",
        "pt": "Desde a atualização o portal não mostra relatórios de visita nem o balanço de biodiversidade. Precisamos disso para o relatório de sustentabilidade deste mês.",
    },
    "overbilled": {
        "fr": "On nous facture quatre ruches alors que le contrat en prévoit deux, et les deux ruches en plus n'ont jamais été posées. Plus de 700 € d'écart sur le trimestre.",
        "en": "We're being billed for four hives when the contract says two, and the extra two were never installed. Over £600 difference this quarter.",
        "de": "Sie berechnen uns vier Beuten, im Vertrag stehen zwei, und die zwei weiteren wurden nie aufgestellt. Über 700 € Unterschied im Quartal.",
        "it": "Ci fatturate quattro arnie ma il contratto ne prevede due, e le altre due non sono mai state installate. Oltre 700 € di differenza nel trimestre.",
        "es": "Nos facturáis cuatro colmenas cuando el contrato dice dos, y las otras dos nunca se instalaron. Más de 700 € de diferencia en el trimestre.",
        "pt": "Estão a faturar quatro colmeias quando o contrato diz duas, e as outras duas nunca foram instaladas. Mais de 700 € de diferença no trimestre.",
    },
}

CO_FIRST = {
    "fr": "Bonjour,\n\n{desc}\n\nMerci de traiter ça en priorité.\n\n{first} {last}\n{title}, {company}",
    "en": "Hello,\n\n{desc}\n\nPlease treat this as a priority.\n\n{first} {last}\n{title}, {company}",
    "de": "Guten Tag,\n\n{desc}\n\nBitte vorrangig bearbeiten.\n\n{first} {last}\n{title}, {company}",
    "it": "Buongiorno,\n\n{desc}\n\nVi prego di trattarlo con priorità.\n\n{first} {last}\n{title}, {company}",
    "es": "Hola,\n\n{desc}\n\nPor favor, tratadlo con prioridad.\n\n{first} {last}\n{title}, {company}",
    "pt": "Bom dia,\n\n{desc}\n\nAgradeço que tratem disto com prioridade.\n\n{first} {last}\n{title}, {company}",
}
CO_LATER = {
    "fr": "Bonjour,\n\nMa collègue/mon collègue {firstname} vous a déjà écrit {when} (dossier {ref}). Je confirme de mon côté : {desc}\n\n{first} {last}\n{title}, {company}",
    "en": "Hi,\n\nMy colleague {firstname} already wrote to you {when} (case {ref}). Same here: {desc}\n\n{first} {last}\n{title}, {company}",
    "de": "Hallo,\n\nmein Kollege/meine Kollegin {firstname} hat Ihnen schon {when} geschrieben (Vorgang {ref}). Bei mir dasselbe: {desc}\n\n{first} {last}\n{title}, {company}",
    "it": "Buongiorno,\n\nil/la collega {firstname} vi ha già scritto {when} (pratica {ref}). Confermo: {desc}\n\n{first} {last}\n{title}, {company}",
    "es": "Hola,\n\nmi compañero/a {firstname} ya os escribió {when} (incidencia {ref}). Lo mismo por aquí: {desc}\n\n{first} {last}\n{title}, {company}",
    "pt": "Olá,\n\no/a colega {firstname} já vos escreveu {when} (processo {ref}). Confirmo: {desc}\n\n{first} {last}\n{title}, {company}",
}
THIS_MORNING = {
    "fr": "ce matin",
    "en": "this morning",
    "de": "heute Morgen",
    "it": "stamattina",
    "es": "esta mañana",
    "pt": "hoje de manhã",
}
WEEKDAY = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
}
CO_LAST_EMAIL = {
    "fr": "Bonjour,\n\nDossier {ref} : toujours rien de réglé, et plusieurs collègues vous ont écrit. Nos achats ont déjà demandé les tarifs de {comp}.\n\n{first} {last}\n{title}, {company}",
    "en": "Hello,\n\nCase {ref}: still nothing fixed, and several of my colleagues have written. Procurement has already asked {comp} for their rates.\n\n{first} {last}\n{title}, {company}",
    "de": "Guten Tag,\n\nVorgang {ref}: immer noch nichts erledigt, mehrere Kollegen haben geschrieben. Unser Einkauf hat schon Preise bei {comp} angefragt.\n\n{first} {last}\n{title}, {company}",
    "it": "Buongiorno,\n\npratica {ref}: ancora niente di risolto, e diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto le tariffe a {comp}.\n\n{first} {last}\n{title}, {company}",
    "es": "Hola,\n\nincidencia {ref}: sigue sin resolverse y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}.\n\n{first} {last}\n{title}, {company}",
    "pt": "Bom dia,\n\nprocesso {ref}: continua sem solução e vários colegas já escreveram. As compras já pediram preços à {comp}.\n\n{first} {last}\n{title}, {company}",
}
CO_LAST_PHONE = {
    "fr": "oui bonjour {first} {last} de chez {company} j'appelle pour le dossier {ref} toujours rien de réglé plusieurs collègues vous ont écrit et mon directeur dit qu'on change de prestataire si c'est pas réglé cette semaine",
    "en": "hi it's {first} {last} from {company} about case {ref} nothing's been fixed several of us have written and my boss says we move the account if it isn't sorted this week",
    "de": "ja guten Tag {first} {last} von {company} wegen Vorgang {ref} es ist nichts passiert mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht erledigt ist",
    "it": "sì buongiorno sono {first} {last} di {company} per la pratica {ref} non è cambiato niente vi hanno scritto in tanti e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "es": "hola buenas soy {first} {last} de {company} por la incidencia {ref} no se ha arreglado nada os hemos escrito varios y mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "pt": "olá bom dia fala {first} {last} da {company} sobre o processo {ref} não se resolveu nada vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
CO_ACK = {
    "fr": (
        "RE : {topic} – dossier {ref}",
        "Bonjour {first},\nMerci, le dossier {ref} est ouvert pour {company}. Nous revenons vers vous sous deux jours ouvrés.\n{agent}, Favalia Pro",
    ),
    "en": (
        "Re: {topic} – case {ref}",
        "Hi {first},\nThanks, case {ref} is open for {company}. We'll come back to you within two working days.\n{agent}, Favalia Pro",
    ),
    "de": (
        "AW: {topic} – Vorgang {ref}",
        "Hallo {first},\ndanke, Vorgang {ref} für {company} ist eröffnet. Rückmeldung in zwei Werktagen.\n{agent}, Favalia Pro",
    ),
    "it": (
        "R: {topic} – pratica {ref}",
        "Buongiorno {first},\ngrazie, la pratica {ref} per {company} è aperta. Risposta entro due giorni lavorativi.\n{agent}, Favalia Pro",
    ),
    "es": (
        "RE: {topic} – incidencia {ref}",
        "Hola {first},\ngracias, la incidencia {ref} de {company} está abierta. Respuesta en dos días laborables.\n{agent}, Favalia Pro",
    ),
    "pt": (
        "RE: {topic} – processo {ref}",
        "Olá {first},\nobrigado, o processo {ref} da {company} está aberto. Resposta em dois dias úteis.\n{agent}, Favalia Pro",
    ),
}
SUGGEST = {
    "fr": [
        "Suggestion : pouvoir exporter les rapports de visite en CSV pour notre reporting.",
        "Ce serait bien d'avoir la date de la dernière inspection sur le panneau à côté des ruches.",
    ],
    "en": [
        "Suggestion: let us export visit reports as CSV for our reporting.",
        "Would be handy to have the last inspection date on the sign next to the hives.",
    ],
    "de": [
        "Vorschlag: Besuchsberichte als CSV exportieren können.",
        "Schön wäre das Datum der letzten Kontrolle auf dem Schild bei den Beuten.",
    ],
    "it": [
        "Suggerimento: poter esportare i report delle visite in CSV.",
        "Sarebbe utile la data dell'ultima ispezione sul cartello vicino alle arnie.",
    ],
    "es": [
        "Sugerencia: poder exportar los informes de visita en CSV.",
        "Estaría bien poner la fecha de la última revisión en el cartel junto a las colmenas.",
    ],
    "pt": [
        "Sugestão: poder exportar os relatórios de visita em CSV.",
        "Dava jeito ter a data da última inspeção na placa junto às colmeias.",
    ],
}
SUGGEST_ACK = {
    "fr": (
        "Votre suggestion",
        "Bonjour {first}, merci pour l'idée, elle est transmise à l'équipe produit. {agent}, Favalia Pro",
    ),
    "en": (
        "Your suggestion",
        "Hi {first}, thanks for the idea, it's gone to our product team. {agent}, Favalia Pro",
    ),
    "de": (
        "Ihr Vorschlag",
        "Hallo {first}, danke für die Idee, ist beim Produktteam. {agent}, Favalia Pro",
    ),
    "it": (
        "Il suo suggerimento",
        "Buongiorno {first}, grazie dell'idea, l'abbiamo girata al team prodotto. {agent}, Favalia Pro",
    ),
    "es": (
        "Tu sugerencia",
        "Hola {first}, gracias por la idea, se la pasamos al equipo de producto. {agent}, Favalia Pro",
    ),
    "pt": (
        "A sua sugestão",
        "Olá {first}, obrigado pela ideia, já seguiu para a equipa de produto. {agent}, Favalia Pro",
    ),
}
CO_CHAT = {
    "fr": [
        (
            "Bonjour, peut-on décaler l'atelier équipe du 22 au 29 ?",
            "Bonjour, oui c'est fait, confirmation par mail dans la foulée.",
            "Merci !",
        ),
        (
            "Combien de pots personnalisés faut-il commander au minimum ?",
            "Bonjour, 50 pots minimum, délai trois semaines.",
            "ok merci",
        ),
    ],
    "en": [
        (
            "Hi, can we move the team workshop from the 22nd to the 29th?",
            "Hi, done, confirmation coming by email.",
            "Thanks!",
        ),
        (
            "What's the minimum order for branded jars?",
            "Hi, 50 jars minimum, three weeks' lead time.",
            "great, thanks",
        ),
    ],
    "de": [
        (
            "Hallo, können wir den Team-Workshop vom 22. auf den 29. verschieben?",
            "Hallo, erledigt, Bestätigung kommt per Mail.",
            "Danke!",
        )
    ],
    "it": [
        (
            "Buongiorno, possiamo spostare il workshop dal 22 al 29?",
            "Buongiorno, fatto, conferma via mail.",
            "Grazie!",
        )
    ],
    "es": [
        (
            "Hola, ¿podemos pasar el taller de equipo del 22 al 29?",
            "Hola, hecho, te llega la confirmación por email.",
            "¡Gracias!",
        )
    ],
    "pt": [
        (
            "Olá, podemos passar o workshop de dia 22 para 29?",
            "Olá, feito, segue confirmação por email.",
            "Obrigado!",
        )
    ],
}
CO_PRAISE = {
    "fr": [
        "Les collègues adorent nos ruches sur le toit, l'atelier miel de jeudi a fait le plein. Merci Favalia Pro",
        "Premiers pots personnalisés distribués aux clients, gros succès.",
    ],
    "en": [
        "Staff love the rooftop hives, Thursday's honey workshop was packed out. Thanks Favalia Pro",
        "First batch of branded jars handed out to clients, went down a storm.",
    ],
    "de": [
        "Die Kollegen lieben die Dachbienen, der Honig-Workshop war ausgebucht. Danke Favalia Pro"
    ],
    "it": [
        "I colleghi adorano le arnie sul tetto, il workshop sul miele era pieno. Grazie Favalia Pro"
    ],
    "es": [
        "A la plantilla le encantan las colmenas de la azotea, el taller de miel lleno. Gracias Favalia Pro"
    ],
    "pt": [
        "A equipa adora as colmeias do terraço, o workshop de mel esgotou. Obrigado Favalia Pro"
    ],
}
CO_SURVEY = {
    "fr": ["Très bien", ""],
    "en": ["Very good", ""],
    "de": ["Sehr gut", ""],
    "it": ["Molto bene", ""],
    "es": ["Muy bien", ""],
    "pt": ["Muito bem", ""],
}
CO_LOW = {
    "fr": ["Inadmissible", ""],
    "en": ["Not acceptable", ""],
    "de": ["Inakzeptabel", ""],
    "it": ["Inaccettabile", ""],
    "es": ["Inaceptable", ""],
    "pt": ["Inaceitável", ""],
}
