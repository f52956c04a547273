# ruff: noqa: E501
"""Business-arm wording of heldout90: Pendivo Groups (ski schools, hotels, school trips, clubs on account).

Placeholders: {name}, {first}, {day}, {case}, {agent}, {competitor}, {company}.
"""

from __future__ import annotations

B2B_PRODUCTS = [
    (
        "School trip ski kit x25, 5 days / Kit sci gita scolastica x25, 5 giorni",
        1840.0,
        "/groups/orders/school-trip",
    ),
    (
        "Ski school fleet, season, 60 pairs / Flotta scuola sci, stagione, 60 paia",
        9600.0,
        "/groups/orders/fleet",
    ),
    (
        "Hotel guest kits x12, season / Kit ospiti hotel x12, stagione",
        3720.0,
        "/groups/orders/hotel",
    ),
    ("Club race skis x8, season / Sci da gara club x8, stagione", 2480.0, "/groups/orders/club"),
    ("Snowshoe set x20, week / Set ciaspole x20, settimana", 690.0, "/groups/orders/snowshoes"),
    ("Helmets x30, 5 days / Caschi x30, 5 giorni", 420.0, "/groups/orders/helmets"),
]

PORTAL_PAGES = [
    "/groups/portal/orders",
    "/groups/portal/roster",
    "/groups/portal/invoices",
    "/groups/portal/contract",
    "/groups/portal/deliveries",
]

ROUTINE_CHAT = {
    "it": [
        (
            "Buongiorno, per la gita della 3B possiamo mandare le taglie entro giovedì o serve prima?",
            "Buongiorno! Giovedì va benissimo, le taglie si possono modificare nel portale fino a 5 giorni prima.",
        ),
        (
            "Salve, la flotta stagionale arriva già con gli attacchi regolati per i maestri?",
            "Salve, sì: ci basta il foglio pesi/altezze nel portale, regoliamo tutto in laboratorio prima della consegna.",
        ),
        (
            "ciao, possiamo aggiungere 4 caschi all'ordine di novembre?",
            "Ciao! Fatto, li trova nell'ordine nel portale.",
        ),
    ],
    "fr": [
        (
            "Bonjour, pour la classe de neige de janvier, on peut envoyer les pointures la semaine prochaine ?",
            "Bonjour ! Oui, les tailles sont modifiables dans le portail jusqu'à 5 jours avant.",
        ),
        (
            "Bonjour, les skis de l'école arrivent réglés pour les moniteurs ?",
            "Bonjour, oui, il suffit de remplir poids et tailles dans le portail, on règle tout à l'atelier.",
        ),
        (
            "Est-ce qu'on peut ajouter 6 paires de raquettes à la commande de l'hôtel ?",
            "Bonjour, c'est ajouté, vous le voyez dans le portail.",
        ),
    ],
    "de": [
        (
            "Guten Tag, können wir die Größenliste für die Skiwoche bis Freitag nachreichen?",
            "Guten Tag! Ja, die Größen lassen sich bis 5 Tage vorher im Portal ändern.",
        ),
        (
            "Hallo, kommen die Vereinsski schon mit eingestellter Bindung?",
            "Hallo, ja, wenn Gewicht und Größe im Portal stehen, stellen wir in der Werkstatt alles ein.",
        ),
    ],
    "en": [
        (
            "Hi, can we add four helmets to the December order?",
            "Hi! Done, you'll see them in the order in the portal.",
        )
    ],
    "es": [
        (
            "Hola, podemos mandar las tallas del viaje de esquí la semana que viene?",
            "¡Hola! Sí, se pueden cambiar en el portal hasta 5 días antes.",
        )
    ],
}

B2B_THANKS = {
    "it": ["Perfetto, grazie", "grazie mille!"],
    "fr": ["Parfait, merci", "merci bcp"],
    "de": ["Danke!", "Super, danke"],
    "en": ["Great, thanks"],
    "es": ["Genial, gracias"],
}

B2B_PRAISE = {
    "it": [
        "Terzo inverno con Pendivo Gruppi per la nostra scuola sci: flotta consegnata in tempo e tutta regolata. Bravi",
        "Gita sulla neve con 50 ragazzi e zero problemi di taglie, grazie Pendivo",
    ],
    "fr": [
        "Classe de neige avec 48 élèves, tout était prêt et à la bonne taille. Merci Pendivo Groupes",
        "Pour notre hôtel, les kits clients Pendivo c'est le jour et la nuit par rapport à avant",
    ],
    "de": ["Vereinsski von Pendivo wieder top vorbereitet, danke an die Werkstatt"],
    "en": [
        "Pendivo Groups sorted our school ski trip brilliantly, every kid's kit labelled and ready"
    ],
    "es": ["Viaje de esquí del colegio con Pendivo Grupos y todo perfecto, gracias"],
}

B2B_SURVEY_WORDS = {
    "it": ["", "Ottimo servizio"],
    "fr": ["", "Très bien"],
    "de": ["", "Top"],
    "en": ["", "Great"],
    "es": ["", "Muy bien"],
}

B2B_PROBLEMS = ("invoice", "roster", "overbilled", "fleet_short")

# The first complaint: (subject, text).
COMPLAINT_FIRST = {
    "invoice": {
        "it": (
            "Fatture respinte dall'amministrazione",
            "Buongiorno,\nle vostre fatture di ottobre arrivano senza il nostro CIG e senza il numero d'ordine, e l'amministrazione ce le rimanda indietro tutte. Così non possiamo pagarvi. Potete riemetterle corrette?\n{name}, {company}",
        ),
        "fr": (
            "Factures rejetées par la comptabilité",
            "Bonjour,\nvos factures d'octobre arrivent sans notre numéro de bon de commande ni notre numéro de TVA, la comptabilité les rejette toutes. Nous ne pouvons pas vous payer en l'état. Merci de les réémettre.\n{name}, {company}",
        ),
        "de": (
            "Rechnungen von der Buchhaltung abgelehnt",
            "Guten Tag,\nIhre Oktoberrechnungen kommen ohne unsere Bestellnummer und ohne USt-ID, die Buchhaltung weist alle zurück. So können wir nicht zahlen. Bitte neu ausstellen.\n{name}, {company}",
        ),
        "en": (
            "Invoices rejected by accounts",
            "Hello,\nyour October invoices have no PO number and no VAT number on them, so our accounts team rejects every one. We can't pay them like this. Please reissue.\n{name}, {company}",
        ),
        "es": (
            "Facturas rechazadas por contabilidad",
            "Hola,\nvuestras facturas de octubre llegan sin número de pedido ni CIF, y contabilidad las rechaza todas. Así no podemos pagar. Por favor, reemitidlas.\n{name}, {company}",
        ),
    },
    "roster": {
        "it": (
            "Portale: elenco taglie che si cancella",
            "Buongiorno,\nnel portale Gruppi l'elenco taglie si salva solo fino al trentesimo nome, gli altri spariscono ogni volta. Abbiamo 52 ragazzi in partenza e nessuno sa che misure avranno. Da risolvere subito.\n{name}, {company}",
        ),
        "fr": (
            "Portail : liste des tailles qui s'efface",
            "Bonjour,\ndans le portail Groupes la liste des tailles ne s'enregistre que jusqu'au 30e nom, les autres disparaissent à chaque fois. 52 élèves partent et on ne sait pas quelles tailles ils auront. À régler d'urgence.\n{name}, {company}",
        ),
        "de": (
            "Portal: Größenliste wird gelöscht",
            "Guten Tag,\nim Gruppenportal speichert die Größenliste nur bis zum 30. Namen, der Rest verschwindet jedes Mal. 52 Kinder fahren mit und niemand weiß, was sie bekommen. Bitte sofort beheben.\n{name}, {company}",
        ),
        "en": (
            "Portal: size list keeps deleting",
            "Hello,\nthe Groups portal only saves the size list up to the 30th name, the rest vanish every time. 52 pupils are going and nobody knows what sizes they'll get. Needs fixing now.\n{name}, {company}",
        ),
        "es": (
            "Portal: la lista de tallas se borra",
            "Hola,\nen el portal de Grupos la lista de tallas solo guarda hasta el nombre 30, el resto desaparece cada vez. Van 52 alumnos y nadie sabe qué tallas tendrán. Urgente.\n{name}, {company}",
        ),
    },
    "overbilled": {
        "it": (
            "Tariffa sbagliata in fattura",
            "Buongiorno,\nci avete fatturato la flotta a prezzo di listino invece della tariffa gruppi del contratto, oltre 2.000 € di differenza. Vi chiedo una nota di credito.\n{name}, {company}",
        ),
        "fr": (
            "Mauvais tarif facturé",
            "Bonjour,\nvous nous avez facturé les kits au prix public au lieu du tarif groupe prévu au contrat, plus de 2 000 € d'écart. Merci d'émettre un avoir.\n{name}, {company}",
        ),
        "de": (
            "Falscher Tarif berechnet",
            "Guten Tag,\nSie haben uns den Listenpreis statt des vertraglichen Gruppentarifs berechnet, über 2.000 € Unterschied. Bitte um Gutschrift.\n{name}, {company}",
        ),
        "en": (
            "Wrong rate on invoice",
            "Hello,\nyou've billed us list price instead of the contract group rate, over £1,700 difference. Please send a credit note.\n{name}, {company}",
        ),
        "es": (
            "Tarifa equivocada en la factura",
            "Hola,\nnos habéis facturado a precio de tarifa pública en vez de la tarifa de grupo del contrato, más de 2.000 € de diferencia. Pedimos una nota de abono.\n{name}, {company}",
        ),
    },
    "fleet_short": {
        "it": (
            "Flotta stagionale incompleta",
            "Buongiorno,\nla flotta per la scuola sci doveva arrivare completa lunedì: sono arrivate 40 paia su 120 e niente scarponi per i bambini. Apriamo sabato. Quando arriva il resto?\n{name}, {company}",
        ),
        "fr": (
            "Flotte saison incomplète",
            "Bonjour,\nla flotte de l'école de ski devait être livrée complète lundi : 40 paires sur 120, et aucune chaussure enfant. On ouvre samedi. Quand arrive le reste ?\n{name}, {company}",
        ),
        "de": (
            "Saisonflotte unvollständig",
            "Guten Tag,\ndie Flotte für die Skischule sollte Montag komplett da sein: 40 von 120 Paar, keine Kinderschuhe. Wir öffnen Samstag. Wann kommt der Rest?\n{name}, {company}",
        ),
        "en": (
            "Season fleet incomplete",
            "Hello,\nthe ski school fleet was due in full on Monday: 40 pairs out of 120 and no kids' boots. We open on Saturday. When is the rest coming?\n{name}, {company}",
        ),
        "es": (
            "Flota de temporada incompleta",
            "Hola,\nla flota de la escuela debía llegar completa el lunes: 40 pares de 120 y ninguna bota infantil. Abrimos el sábado. ¿Cuándo llega el resto?\n{name}, {company}",
        ),
    },
}

# What a later complainer restates.
PROBLEM_LINE = {
    "invoice": {
        "it": "le fatture sono ancora senza CIG e numero d'ordine",
        "fr": "les factures sont toujours sans bon de commande ni TVA",
        "de": "die Rechnungen haben immer noch keine Bestellnummer",
        "en": "the invoices still have no PO number",
        "es": "las facturas siguen sin número de pedido",
    },
    "roster": {
        "it": "l'elenco taglie nel portale si cancella ancora dopo il trentesimo nome",
        "fr": "la liste des tailles s'efface toujours après le 30e nom",
        "de": "die Größenliste verschwindet immer noch nach dem 30. Namen",
        "en": "the size list still deletes after the 30th name",
        "es": "la lista de tallas se sigue borrando a partir del nombre 30",
    },
    "overbilled": {
        "it": "siamo ancora fatturati a prezzo di listino",
        "fr": "on est toujours facturés au prix public",
        "de": "wir werden immer noch zum Listenpreis abgerechnet",
        "en": "we're still billed list price",
        "es": "seguimos facturados a precio público",
    },
    "fleet_short": {
        "it": "della flotta mancano ancora 80 paia",
        "fr": "il manque toujours 80 paires à la flotte",
        "de": "es fehlen immer noch 80 Paar",
        "en": "we're still 80 pairs short",
        "es": "siguen faltando 80 pares",
    },
}

COMPLAINT_LATER = {
    "it": [
        (
            "R: Segnalazione {case}",
            "Buongiorno,\nscrivo anch'io per la segnalazione {case} aperta da {first} {day}: {line}. Aggiungo che da noi il problema blocca tutto il lavoro.\n{name}, {company}",
        ),
        (
            "Segnalazione {case}, ancora aperta",
            "Salve, come già scritto dalla collega {first} {day} (segnalazione {case}), {line}. Ci serve una soluzione.\n{name}, {company}",
        ),
    ],
    "fr": [
        (
            "RE : Demande {case}",
            "Bonjour,\nje reviens sur la demande {case} ouverte par {first} {day} : {line}. Chez nous ça bloque tout.\n{name}, {company}",
        ),
        (
            "Demande {case} toujours ouverte",
            "Bonjour, comme l'a écrit {first} {day} (demande {case}), {line}. Il nous faut une solution.\n{name}, {company}",
        ),
    ],
    "de": [
        (
            "AW: Vorgang {case}",
            "Guten Tag,\nich schreibe auch zum Vorgang {case}, den {first} {day} eröffnet hat: {line}. Bei uns blockiert das alles.\n{name}, {company}",
        )
    ],
    "en": [
        (
            "Re: Case {case}",
            "Hello,\nfollowing up on case {case} that {first} opened {day}: {line}. It's holding everything up here.\n{name}, {company}",
        )
    ],
    "es": [
        (
            "RE: Incidencia {case}",
            "Hola,\nescribo también por la incidencia {case} que abrió {first} {day}: {line}. Aquí nos bloquea todo.\n{name}, {company}",
        )
    ],
}

TODAY = {"it": "oggi", "fr": "aujourd'hui", "de": "heute", "en": "today", "es": "hoy"}
DAY_PREFIX = {"it": "{day}", "fr": "{day}", "de": "am {day}", "en": "on {day}", "es": "el {day}"}

LAST_EMAIL = {
    "it": (
        "Segnalazione {case}: ancora niente",
        "Buongiorno,\nsegnalazione {case}: non è cambiato nulla, {line}, e vi hanno scritto già diversi colleghi. L'ufficio acquisti ha già chiesto le tariffe a {competitor}.\n{name}, {company}",
    ),
    "fr": (
        "Demande {case} : toujours rien",
        "Bonjour,\ndemande {case} : rien n'a bougé, {line}, et plusieurs collègues vous ont déjà écrit. Les achats ont déjà demandé les tarifs de {competitor}.\n{name}, {company}",
    ),
    "de": (
        "Vorgang {case}: immer noch nichts",
        "Guten Tag,\nVorgang {case}: nichts hat sich getan, {line}, und mehrere Kollegen haben schon geschrieben. Der Einkauf hat bereits Preise bei {competitor} angefragt.\n{name}, {company}",
    ),
    "en": (
        "Case {case}: still nothing",
        "Hello,\ncase {case}: nothing has changed, {line}, and several colleagues have already written. Procurement has already asked {competitor} for their rates.\n{name}, {company}",
    ),
    "es": (
        "Incidencia {case}: sigue igual",
        "Hola,\nincidencia {case}: nada ha cambiado, {line}, y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {competitor}.\n{name}, {company}",
    ),
}

LAST_CALL = {
    "it": "sì buongiorno chiamo per la segnalazione {case} non è cambiato niente {line} vi hanno scritto in tanti il mio capo dice che se non si risolve questa settimana spostiamo tutto da un altro fornitore",
    "fr": "oui bonjour j'appelle pour la demande {case} rien n'a changé {line} plusieurs collègues vous ont écrit mon directeur dit que si c'est pas réglé cette semaine on change de fournisseur",
    "de": "ja guten Tag ich rufe wegen Vorgang {case} an es hat sich nichts getan {line} mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
    "en": "hi calling about case {case} nothing's changed {line} several of us have written my boss says if it's not fixed this week we move the account",
    "es": "hola buenas llamo por la incidencia {case} no ha cambiado nada {line} os han escrito varios compañeros mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
}

B2B_CASE = {
    "it": (
        "Segnalazione {case}",
        "Buongiorno {name},\nabbiamo aperto la segnalazione {case} per {company} e il vostro referente commerciale è informato. Vi aggiorniamo entro 48 ore.\n{agent}, Pendivo Gruppi",
    ),
    "fr": (
        "Demande {case}",
        "Bonjour {name},\nnous avons ouvert la demande {case} pour {company}, votre chargé de compte est prévenu. Retour sous 48 heures.\n{agent}, Pendivo Groupes",
    ),
    "de": (
        "Vorgang {case}",
        "Guten Tag {name},\nwir haben den Vorgang {case} für {company} angelegt, Ihr Kundenbetreuer ist informiert. Rückmeldung innerhalb von 48 Stunden.\n{agent}, Pendivo Groups",
    ),
    "en": (
        "Case {case}",
        "Hello {name},\nwe've opened case {case} for {company} and your account manager is informed. We'll update you within 48 hours.\n{agent}, Pendivo Groups",
    ),
    "es": (
        "Incidencia {case}",
        "Hola {name},\nhemos abierto la incidencia {case} para {company} y tu gestor de cuenta está avisado. Te respondemos en 48 horas.\n{agent}, Pendivo Grupos",
    ),
}

MILD = {
    "it": [
        "Suggerimento: sarebbe comodo esportare i costi del noleggio per classe o per gruppo, per dividerli tra le famiglie.",
        "Proposta: riportare sul documento di consegna il valore di sgancio degli attacchi di ogni ragazzo, ai maestri farebbe comodo.",
    ],
    "fr": [
        "Suggestion : pouvoir exporter les coûts de location par classe ou par groupe, pour les répartir entre les familles.",
        "Idée : indiquer sur le bon de livraison la valeur de réglage des fixations de chaque élève, pratique pour les moniteurs.",
    ],
    "de": [
        "Vorschlag: Mietkosten nach Klasse oder Gruppe exportieren können, zum Aufteilen auf die Familien.",
        "Idee: den Z-Wert jeder Bindung auf dem Lieferschein angeben, das hilft den Skilehrern.",
    ],
    "en": [
        "Suggestion: being able to export hire costs by class or group would help us split them between families."
    ],
    "es": [
        "Sugerencia: poder exportar los costes por clase o grupo para repartirlos entre las familias.",
        "Idea: poner en el albarán el valor de ajuste de las fijaciones de cada alumno, a los monitores les vendría bien.",
    ],
}

MILD_ACK = {
    "it": "Buongiorno {name}, grazie del suggerimento, lo passiamo al team del portale. {agent}, Pendivo Gruppi",
    "fr": "Bonjour {name}, merci pour la suggestion, transmise à l'équipe du portail. {agent}, Pendivo Groupes",
    "de": "Guten Tag {name}, danke für den Vorschlag, ist an das Portal-Team weitergeleitet. {agent}, Pendivo Groups",
    "en": "Hello {name}, thanks for the suggestion, passed on to the portal team. {agent}, Pendivo Groups",
    "es": "Hola {name}, gracias por la sugerencia, la pasamos al equipo del portal. {agent}, Pendivo Grupos",
}

B2B_NPS_WORDS = {
    "it": ["", "Deludente"],
    "fr": ["", "Décevant"],
    "de": ["", "Enttäuschend"],
    "en": ["", "Disappointing"],
    "es": ["", "Decepcionante"],
}

B2B_AGENTS = {
    "it": ["Federica", "Paolo"],
    "fr": ["Claire", "Nicolas"],
    "de": ["Katrin", "Stefan"],
    "en": ["Emma"],
    "es": ["Marta"],
}

JOB_TITLES = {
    "ski_school": [
        "Director",
        "Head instructor",
        "Office manager",
        "Equipment manager",
        "Instructor coordinator",
    ],
    "school": ["Head teacher", "PE teacher", "Trip coordinator", "Bursar", "Deputy head"],
    "hotel": [
        "General manager",
        "Front office manager",
        "Concierge",
        "Purchasing manager",
        "Guest services",
    ],
    "club": ["President", "Coach", "Treasurer", "Secretary"],
    "municipality": ["Sports officer", "Procurement officer", "Schools liaison", "Accounts clerk"],
    "tour_operator": ["Operations manager", "Groups coordinator", "Accounts", "Product manager"],
    "guides": ["Lead guide", "Office manager", "Guide"],
}
