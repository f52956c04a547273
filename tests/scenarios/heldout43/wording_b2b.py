"""Hand-written wording for heldout43's business arm (site accounts hiring machines).

Placeholders: {brand}, {ref}, {comp}, {agent}, {first}, {colleague}, {when}.
"""

from __future__ import annotations

# ruff: noqa: E501

PRO_PRODUCTS: list[tuple[str, float, str]] = [
    ("Breaker 10 kg, 1 week / Martillo demoledor 10 kg, 1 semana", 149.0, "/pro/hire/breakers"),
    ("Plate compactor, 1 week / Bandeja vibrante, 1 semana", 189.0, "/pro/hire/compaction"),
    ("Dehumidifier x3, 1 week / Deshumidificador x3, 1 semana", 210.0, "/pro/hire/drying"),
    ("Scaffold tower 8 m, 2 weeks / Andamio móvil 8 m, 2 semanas", 340.0, "/pro/hire/access"),
    ("Lighting tower, weekend / Torre de iluminación, fin de semana", 230.0, "/pro/hire/events"),
    ("Generator 6 kVA, 1 week / Generador 6 kVA, 1 semana", 260.0, "/pro/hire/power"),
    ("Site heater x2, 1 week / Calefactor de obra x2, 1 semana", 175.0, "/pro/hire/heating"),
]

PRO_PAGES: list[str] = [
    "/pro/portal/hires",
    "/pro/portal/invoices",
    "/pro/portal/sites",
    "/pro/portal/off-hire",
]

WEEKDAY: dict[str, list[str]] = {
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
}

THIS_MORNING: dict[str, str] = {
    "es": "esta mañana",
    "de": "heute Morgen",
    "en": "this morning",
    "fr": "ce matin",
    "it": "stamattina",
    "pt": "esta manhã",
}

PRO_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Buenos días, podemos añadir una obra nueva a la cuenta para que el repartidor la tenga? Calle Alfarería 12",
            "Buenos días, añadida. Ya aparece en el portal en Obras. Un saludo, {agent} - {brand} Pro",
        ),
        (
            "Hola, entregáis en obra antes de las 7? Empezamos a las 7 en punto",
            "Hola, sí, con la franja 6-7 de Pro, sin coste en vuestra tarifa. {agent}",
        ),
        (
            "La tarifa semanal del martillo demoledor se aplica si lo tenemos 5 días?",
            "Sí, a partir de 4 días se aplica la semanal. {agent}",
        ),
    ],
    "de": [
        (
            "Guten Morgen, können wir eine neue Baustelle im Konto anlegen? Töpferstraße 12",
            "Guten Morgen, ist angelegt und im Portal unter Baustellen sichtbar. Gruß {agent} - {brand} Pro",
        ),
        (
            "Hallo, liefert ihr vor 7 Uhr auf die Baustelle? Wir fangen um 7 an",
            "Hallo, ja, mit dem Pro-Zeitfenster 6-7 Uhr, ohne Aufpreis. {agent}",
        ),
        (
            "Gilt der Wochenpreis beim Abbruchhammer auch bei 5 Tagen?",
            "Ja, ab 4 Tagen gilt der Wochenpreis. {agent}",
        ),
    ],
    "en": [
        (
            "Morning, can we add a new site address to the account? Unit 4, Mill Lane",
            "Morning, done, it's in the portal under Sites. {agent} - {brand} Pro",
        ),
        (
            "Do you deliver to site before 7?",
            "Yes, with the Pro 6-7am slot at no extra charge. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, on peut ajouter un nouveau chantier au compte ? 12 rue des Potiers",
            "Bonjour, c'est fait, il apparaît dans le portail. {agent} - {brand} Pro",
        ),
        ("Vous livrez sur chantier avant 7h ?", "Oui, créneau Pro 6h-7h sans supplément. {agent}"),
    ],
    "it": [
        (
            "Buongiorno, possiamo aggiungere un nuovo cantiere all'account? Via dei Vasai 12",
            "Buongiorno, fatto, lo trova nel portale. {agent} - {brand} Pro",
        ),
        ("Consegnate in cantiere prima delle 7?", "Sì, fascia Pro 6-7 senza supplemento. {agent}"),
    ],
    "pt": [
        (
            "Bom dia, podem acrescentar uma obra nova à conta? Rua dos Oleiros 12",
            "Bom dia, feito, já aparece no portal. {agent} - {brand} Pro",
        ),
        ("Entregam em obra antes das 7?", "Sim, com a janela Pro 6-7 sem custo extra. {agent}"),
    ],
}

PRO_THANKS: dict[str, list[str]] = {
    "es": ["Perfecto, gracias", "gracias!"],
    "de": ["Danke!", "super, danke"],
    "en": ["cheers", "Great, thanks"],
    "fr": ["Merci !"],
    "it": ["Grazie!"],
    "pt": ["Obrigado!"],
}

PRO_PRAISE: dict[str, list[str]] = {
    "es": [
        "Con {brand} Pro la obra de la nave se ha hecho sin un solo retraso de maquinaria. El repartidor de las 6:30 es un crack",
        "Muy contentos con el portal de {brand} Pro, las facturas por obra nos ahorran horas",
    ],
    "de": [
        "Mit {brand} Pro lief die ganze Hallensanierung ohne einen einzigen Geräteausfall. Der Fahrer um 6:30 ist Gold wert",
        "Das {brand} Pro Portal mit Rechnungen pro Baustelle spart uns jede Woche Stunden",
    ],
    "en": [
        "Whole fit-out done with {brand} Pro kit and not one breakdown. The 6:30 driver is a legend"
    ],
    "fr": ["Tout le chantier fait avec {brand} Pro sans une panne. Le chauffeur de 6h30 est top"],
    "it": ["Tutto il cantiere con {brand} Pro senza un guasto. L'autista delle 6:30 è un mito"],
    "pt": ["A obra toda com a {brand} Pro sem uma avaria. O motorista das 6:30 é um espetáculo"],
}

PRO_SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["Muy bien", ""],
    "de": ["Sehr gut", ""],
    "en": ["good", ""],
    "fr": ["bien", ""],
    "it": ["bene", ""],
    "pt": ["bem", ""],
}

PRO_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

PRO_TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "facturas a nombre de la empresa antigua y sin número de pedido",
        "service_blocked": "cuenta bloqueada en el mostrador con las facturas pagadas",
        "portal": "el portal no muestra alquileres abiertos y no podemos pedir la retirada",
        "overbilled": "facturado a tarifa diaria en vez de la semanal del contrato",
    },
    "de": {
        "invoice": "Rechnungen auf den alten Firmennamen und ohne Bestellnummer",
        "service_blocked": "Konto an der Theke gesperrt, obwohl alles bezahlt ist",
        "portal": "Portal zeigt keine offenen Mieten, Abholung nicht anforderbar",
        "overbilled": "Tagespreis statt vertraglichem Wochenpreis berechnet",
    },
    "en": {
        "invoice": "invoices to our old company name with no PO number",
        "service_blocked": "account on stop at the counter though everything is paid",
        "portal": "portal shows no open hires so we can't request off-hire",
        "overbilled": "day rate billed instead of our contract weekly rate",
    },
    "fr": {
        "invoice": "factures à l'ancien nom de la société sans numéro de commande",
        "service_blocked": "compte bloqué au comptoir alors que tout est payé",
        "portal": "le portail n'affiche aucune location en cours, impossible de demander l'enlèvement",
        "overbilled": "tarif journalier facturé au lieu du tarif hebdo du contrat",
    },
    "it": {
        "invoice": "fatture intestate alla vecchia ragione sociale e senza numero d'ordine",
        "service_blocked": "account bloccato al banco anche se è tutto pagato",
        "portal": "il portale non mostra noleggi aperti e non possiamo chiedere il ritiro",
        "overbilled": "tariffa giornaliera invece di quella settimanale del contratto",
    },
    "pt": {
        "invoice": "faturas com o nome antigo da empresa e sem número de encomenda",
        "service_blocked": "conta bloqueada ao balcão apesar de estar tudo pago",
        "portal": "o portal não mostra alugueres abertos e não conseguimos pedir a recolha",
        "overbilled": "preço diário faturado em vez do semanal do contrato",
    },
}

PRO_FIRST: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "Buenos días, las facturas de septiembre nos llegan a nombre de la empresa de antes de la fusión y sin nuestro número de pedido, así que contabilidad de proveedores las rechaza todas. Son 11 facturas. Por favor, reemitidlas con los datos correctos",
        "service_blocked": "Hola, esta mañana en el mostrador le han negado un martillo demoledor a nuestro encargado: 'cuenta bloqueada'. La factura de septiembre se pagó el día 28, tenemos el justificante. Tenemos una cuadrilla parada",
        "portal": "Buenas, desde el viernes el portal Pro no muestra ningún alquiler abierto, así que no podemos pedir la retirada de las dos bandejas vibrantes ni de los deshumidificadores, y siguen corriendo en la factura",
        "overbilled": "Hola, la última factura cobra los andamios móviles a tarifa diaria, 11 días sueltos, en lugar de la tarifa semanal de nuestro contrato. La diferencia es de más de 600 €",
    },
    "de": {
        "invoice": "Guten Morgen, die Septemberrechnungen kommen auf unseren Firmennamen von vor der Fusion und ohne unsere Bestellnummer, die Kreditorenbuchhaltung weist sie alle zurück. Es sind 11 Rechnungen. Bitte mit den richtigen Daten neu ausstellen",
        "service_blocked": "Hallo, heute Morgen wurde unserem Polier an der Theke ein Abbruchhammer verweigert: 'Konto gesperrt'. Die Septemberrechnung ist am 28. bezahlt, Beleg liegt vor. Eine Kolonne steht still",
        "portal": "Guten Tag, seit Freitag zeigt das Pro-Portal keine offene Miete mehr an, wir können die Abholung der zwei Rüttelplatten und der Bautrockner nicht anfordern und sie laufen auf der Rechnung weiter",
        "overbilled": "Hallo, die letzte Rechnung berechnet die Rollgerüste zum Tagespreis, 11 einzelne Tage, statt zum vertraglichen Wochenpreis. Das sind über 600 € Unterschied",
    },
    "en": {
        "invoice": "Morning, September's invoices are addressed to our pre-merger company name and have no PO number, so accounts payable rejects every one. That's 11 invoices. Please reissue them correctly",
        "service_blocked": "Hi, our foreman was refused a breaker at the counter this morning: 'account on stop'. September's invoice was paid on the 28th, we have the remittance. A gang is standing idle",
        "portal": "Hello, since Friday the Pro portal shows no open hires, so we can't request off-hire for the two plate compactors and the dehumidifiers and they keep running on the bill",
        "overbilled": "Hi, the latest invoice charges the scaffold towers at the day rate, 11 single days, instead of our contract weekly rate. Over £500 difference",
    },
    "fr": {
        "invoice": "Bonjour, les factures de septembre sont au nom de la société d'avant la fusion et sans notre numéro de commande, la comptabilité fournisseurs les rejette toutes. 11 factures. Merci de les réémettre",
        "service_blocked": "Bonjour, ce matin au comptoir on a refusé un marteau-piqueur à notre chef d'équipe : 'compte bloqué'. La facture de septembre a été payée le 28. Une équipe est à l'arrêt",
        "portal": "Bonjour, depuis vendredi le portail Pro n'affiche aucune location, impossible de demander l'enlèvement des deux plaques vibrantes et des déshumidificateurs, qui continuent d'être facturés",
        "overbilled": "Bonjour, la dernière facture compte les échafaudages au tarif journalier, 11 jours, au lieu du tarif hebdomadaire du contrat. Plus de 600 € d'écart",
    },
    "it": {
        "invoice": "Buongiorno, le fatture di settembre sono intestate alla ragione sociale di prima della fusione e senza il nostro numero d'ordine, l'amministrazione le rifiuta tutte. Sono 11. Per favore riemettetele",
        "service_blocked": "Buongiorno, stamattina al banco hanno negato un demolitore al nostro caposquadra: 'account bloccato'. La fattura di settembre è pagata dal 28. Una squadra è ferma",
        "portal": "Buongiorno, da venerdì il portale Pro non mostra noleggi aperti, non possiamo chiedere il ritiro delle due piastre vibranti e dei deumidificatori, che continuano a correre in fattura",
        "overbilled": "Buongiorno, l'ultima fattura conta i trabattelli a tariffa giornaliera, 11 giorni, invece della tariffa settimanale del contratto. Oltre 600 € di differenza",
    },
    "pt": {
        "invoice": "Bom dia, as faturas de setembro vêm com o nome da empresa de antes da fusão e sem o nosso número de encomenda, a contabilidade rejeita-as todas. São 11. Por favor reemitam",
        "service_blocked": "Bom dia, esta manhã recusaram um martelo demolidor ao nosso encarregado no balcão: 'conta bloqueada'. A fatura de setembro foi paga a 28. Temos uma equipa parada",
        "portal": "Bom dia, desde sexta o portal Pro não mostra alugueres abertos, não conseguimos pedir a recolha das duas placas vibratórias e dos desumidificadores, que continuam a contar",
        "overbilled": "Bom dia, a última fatura cobra os andaimes ao preço diário, 11 dias, em vez do semanal do contrato. Mais de 600 € de diferença",
    },
}

PRO_LATER: dict[str, str] = {
    "es": "Hola, os escribo por lo mismo que {colleague} {when} (incidencia {ref}): {topic}. Aquí en obra también nos está afectando y nadie nos dice nada",
    "de": "Hallo, ich melde mich wegen derselben Sache wie {colleague} {when} (Vorgang {ref}): {topic}. Auf der Baustelle trifft uns das auch und keiner sagt uns was",
    "en": "Hi, writing about the same thing {colleague} raised {when} (case {ref}): {topic}. It's hitting us on site too and nobody tells us anything",
    "fr": "Bonjour, je vous écris pour la même chose que {colleague} {when} (demande {ref}) : {topic}. Ça nous touche aussi sur le chantier",
    "it": "Buongiorno, scrivo per la stessa cosa segnalata da {colleague} {when} (segnalazione {ref}): {topic}. Anche in cantiere ci sta bloccando",
    "pt": "Bom dia, escrevo pelo mesmo que {colleague} reportou {when} (pedido {ref}): {topic}. Na obra também nos está a afetar",
}

PRO_LAST_MAIL: dict[str, str] = {
    "es": "Incidencia {ref}: seguimos igual, {topic}. Ya os hemos escrito varios de la empresa. Compras ya ha pedido tarifas a {comp}.",
    "de": "Vorgang {ref}: es ist immer noch nichts passiert, {topic}. Mehrere von uns haben schon geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.",
    "en": "Case {ref}: still nothing, {topic}. Several of us have written now. Procurement has already asked {comp} for their rates.",
    "fr": "Demande {ref} : toujours rien, {topic}. Plusieurs d'entre nous vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "it": "Segnalazione {ref}: ancora niente, {topic}. Vi abbiamo scritto in diversi. Gli acquisti hanno già chiesto le tariffe a {comp}.",
    "pt": "Pedido {ref}: continua tudo igual, {topic}. Já vos escrevemos vários. As compras já pediram preços à {comp}.",
}

PRO_LAST_CALL: dict[str, str] = {
    "es": "hola llamo por la incidencia {ref} {topic} sigue igual ya os han escrito varios compañeros y mi jefe dice que si no se arregla esta semana nos llevamos la cuenta a otro proveedor",
    "de": "ja hallo ich ruf an wegen Vorgang {ref} {topic} ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben und mein Chef sagt wenn das diese Woche nicht geklärt ist gehen wir zu einem anderen Anbieter",
    "en": "hi i'm calling about case {ref} {topic} still not sorted several of my colleagues have written and my boss says if it's not fixed this week we move the account",
    "fr": "bonjour j'appelle pour la demande {ref} {topic} toujours rien plusieurs collègues ont écrit et mon patron dit que si ce n'est pas réglé cette semaine on change de fournisseur",
    "it": "buongiorno chiamo per la segnalazione {ref} {topic} ancora niente vi hanno scritto diversi colleghi e il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "pt": "bom dia ligo por causa do pedido {ref} {topic} continua igual vários colegas já escreveram e o meu chefe diz que se não se resolver esta semana mudamos de fornecedor",
}

PRO_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Incidencia {ref}",
        "Hola {first}, gracias por avisar. Lo hemos registrado como incidencia {ref} y lo revisa vuestro gestor de cuenta. Un saludo, {agent} - {brand} Pro",
    ),
    "de": (
        "Vorgang {ref}",
        "Hallo {first}, danke für die Meldung. Wir haben den Vorgang {ref} angelegt, Ihr Kundenbetreuer prüft das. Gruß {agent} - {brand} Pro",
    ),
    "en": (
        "Case {ref}",
        "Hi {first}, thanks for letting us know. It's logged as case {ref} and your account manager is looking into it. {agent} - {brand} Pro",
    ),
    "fr": (
        "Demande {ref}",
        "Bonjour {first}, merci. C'est enregistré sous la demande {ref}, votre chargé de compte regarde. {agent} - {brand} Pro",
    ),
    "it": (
        "Segnalazione {ref}",
        "Buongiorno {first}, grazie. Registrato come segnalazione {ref}, se ne occupa il vostro account manager. {agent} - {brand} Pro",
    ),
    "pt": (
        "Pedido {ref}",
        "Olá {first}, obrigado. Registado como pedido {ref}, o vosso gestor de conta está a ver. {agent} - {brand} Pro",
    ),
}

PRO_MILD: dict[str, list[str]] = {
    "es": [
        "Una sugerencia: estaría bien poder exportar del portal los costes de alquiler por código de obra, ahora lo hacemos a mano",
        "Sería útil que el albarán indicara la fecha de la última revisión de seguridad de cada máquina",
    ],
    "de": [
        "Ein Vorschlag: es wäre praktisch, die Mietkosten im Portal nach Projektnummer exportieren zu können, im Moment machen wir das von Hand",
        "Wäre hilfreich, wenn auf dem Lieferschein das Datum der letzten Sicherheitsprüfung jedes Geräts stünde",
    ],
    "en": [
        "A suggestion: it would help to export hire costs from the portal by project code, we do it by hand now",
        "It would be useful if delivery notes showed each machine's last safety check date",
    ],
    "fr": [
        "Une suggestion : pouvoir exporter les coûts de location par code chantier depuis le portail",
        "Ce serait utile que le bon de livraison indique la date du dernier contrôle de sécurité",
    ],
    "it": [
        "Un suggerimento: poter esportare dal portale i costi per codice cantiere",
        "Sarebbe utile che la bolla indicasse la data dell'ultima verifica di sicurezza",
    ],
    "pt": [
        "Uma sugestão: poder exportar do portal os custos por código de obra",
        "Seria útil a guia indicar a data da última inspeção de segurança de cada máquina",
    ],
}

PRO_MILD_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Gracias por la sugerencia",
        "Hola {first}, gracias, se la pasamos al equipo del portal. Un saludo, {agent} - {brand} Pro",
    ),
    "de": (
        "Danke für den Vorschlag",
        "Hallo {first}, danke, wir geben das ans Portal-Team weiter. Gruß {agent} - {brand} Pro",
    ),
    "en": (
        "Thanks for the suggestion",
        "Hi {first}, thanks, we've passed it to the portal team. {agent} - {brand} Pro",
    ),
    "fr": (
        "Merci pour la suggestion",
        "Bonjour {first}, merci, transmis à l'équipe du portail. {agent} - {brand} Pro",
    ),
    "it": (
        "Grazie del suggerimento",
        "Buongiorno {first}, grazie, lo giriamo al team del portale. {agent} - {brand} Pro",
    ),
    "pt": (
        "Obrigado pela sugestão",
        "Olá {first}, obrigado, passámos à equipa do portal. {agent} - {brand} Pro",
    ),
}

COMPANIES: dict[str, list[tuple[str, str]]] = {
    "es": [
        ("Construcciones Ribera", "construction"),
        ("Eventos Luz de Sal", "events"),
        ("Jardinería Olmedo", "landscaping"),
        ("Reformas Aljibe", "shopfitting"),
        ("Hotel Mirador del Tajo", "hotel"),
        ("Colegio San Telmo", "school"),
    ],
    "de": [
        ("Bau Hollerbach GmbH", "construction"),
        ("Messebau Kranich", "events"),
        ("Hausmeisterei Lindner", "facilities"),
        ("Dachdeckerei Voss", "roofing"),
        ("Stadtwerke Ebersau", "municipality"),
        ("Filmproduktion Nordlicht", "film"),
    ],
    "en": [("Kellerman Fit-Out Ltd", "shopfitting"), ("Brightwater Events", "events")],
    "fr": [("Toitures Marchal", "roofing"), ("Paysages Dufresne", "landscaping")],
    "it": [("Impianti Ferrandi srl", "plumbing"), ("Università di Valdorra", "university")],
    "pt": [("Obras Quintela Lda", "construction"), ("Limpezas Atlântico", "cleaning")],
}

JOB_TITLES: list[str] = [
    "site manager",
    "accounts payable clerk",
    "office manager",
    "project manager",
    "foreman",
    "procurement officer",
    "facilities coordinator",
    "quantity surveyor",
    "production manager",
    "operations director",
]
