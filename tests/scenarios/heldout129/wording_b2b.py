# ruff: noqa: E501
"""The business arm's words (Kistora Office: office moves and archive storage on account).

Placeholders: {first}, {agent}, {case}, {company}, {name} (the first complainer's
first name), {weekday}, {comp}, {core}.
"""

from __future__ import annotations

COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("Harrow & Pike Solicitors", "harrowpike", "law firm"),
        ("Brightwater Primary School", "brightwater-school", "school"),
        ("Kilbride Architects", "kilbride-arch", "architecture"),
        ("Northgate Borough Council", "northgate-council", "municipality"),
        ("Fenwick Analytics", "fenwick-analytics", "software"),
        ("St Brendan's Clinic", "stbrendans", "clinic"),
    ],
    "de": [
        ("Kanzlei Brück & Partner", "brueck-partner", "law firm"),
        ("Stadtverwaltung Moosbach", "moosbach-stadt", "municipality"),
        ("Praxis Dr. Fellner", "praxis-fellner", "clinic"),
        ("Nordlicht Software GmbH", "nordlicht-sw", "software"),
        ("Gymnasium am Kanal", "gym-kanal", "school"),
        ("Hubert Versicherungen", "hubert-vers", "insurance"),
    ],
    "fr": [
        ("Cabinet Rousseau Avocats", "rousseau-avocats", "law firm"),
        ("Mairie de Saint-Aubin", "saint-aubin-mairie", "municipality"),
    ],
    "es": [
        ("Gestoría Lozano", "gestoria-lozano", "accountancy"),
        ("Colegio Santa Brígida", "santabrigida", "school"),
    ],
    "it": [
        ("Studio Associato Ferri", "studioferri", "accountancy"),
        ("Editrice Lanterna", "lanterna-ed", "publisher"),
    ],
    "pt": [
        ("Clínica Alvorada", "clinica-alvorada", "clinic"),
        ("Câmara de Vila Nova", "cm-vilanova", "municipality"),
    ],
}
JOB_TITLES = [
    "office manager",
    "facilities coordinator",
    "head of finance",
    "IT lead",
    "HR assistant",
    "procurement officer",
    "operations manager",
    "practice manager",
    "archivist",
    "executive assistant",
]
PRODUCTS: list[tuple[str, str, str]] = [
    ("Office crates 100, 2 weeks / Bürokisten 100, 2 Wochen", "310.00", "/office/crates-100"),
    ("Lockable IT crates x10 / Abschließbare IT-Kisten x10", "95.00", "/office/it-crates"),
    (
        "Archive box storage, monthly x50 / Archivboxen Lager, monatlich x50",
        "180.00",
        "/office/archive",
    ),
    ("Library trolleys x4 / Bücherwagen x4", "60.00", "/office/trolleys"),
]
PAGES = [
    "/office/portal/orders",
    "/office/portal/invoices",
    "/office/portal/sites",
    "/office/archive",
]
PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
CORE: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "en": [
            "Our invoices for the office move still carry your old company name and no PO number, so our accounts payable rejects every one of them. Seven invoices are stuck and your reminders keep coming.",
            "Every invoice we get from you has the pre-merger company name and no purchase order number. Finance cannot pay them like that.",
        ],
        "de": [
            "Ihre Rechnungen für den Büroumzug tragen immer noch den alten Firmennamen und keine Bestellnummer, unsere Buchhaltung weist jede einzelne zurück. Sieben Rechnungen hängen, und Ihre Mahnungen kommen trotzdem.",
            "Auf jeder Rechnung steht der Firmenname von vor der Fusion und keine Bestellnummer. So kann unsere Buchhaltung nicht zahlen.",
        ],
        "fr": [
            "Vos factures portent toujours l'ancien nom de la société et aucun numéro de bon de commande, notre comptabilité les rejette toutes."
        ],
        "es": [
            "Vuestras facturas siguen con el nombre antiguo de la empresa y sin número de pedido, contabilidad las rechaza todas."
        ],
        "it": [
            "Le vostre fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le respinge tutte."
        ],
        "pt": [
            "As vossas faturas continuam com o nome antigo da empresa e sem número de encomenda, a contabilidade rejeita todas."
        ],
    },
    "service_blocked": {
        "en": [
            "Your driver refused to deliver our 120 archive crates this morning: 'account on stop'. Our account is paid up, the remittance went out on the 1st.",
            "We were told at the door that our account is on stop and no crates could be left. We owe you nothing.",
        ],
        "de": [
            "Ihr Fahrer hat heute früh die 120 Archivkisten nicht ausgeliefert: 'Konto gesperrt'. Unser Konto ist ausgeglichen, die Zahlung ging am 1. raus.",
            "An der Tür hieß es, unser Konto sei gesperrt und es dürften keine Kisten dableiben. Wir schulden Ihnen nichts.",
        ],
        "fr": [
            "Votre chauffeur a refusé de livrer nos 120 caisses d'archives ce matin : 'compte bloqué'. Notre compte est à jour."
        ],
        "es": [
            "El conductor se negó a entregar las 120 cajas de archivo esta mañana: 'cuenta bloqueada'. Estamos al corriente de pago."
        ],
        "it": [
            "L'autista si è rifiutato di consegnare le 120 casse d'archivio stamattina: 'conto bloccato'. Siamo in regola con i pagamenti."
        ],
        "pt": [
            "O motorista recusou entregar as 120 caixas de arquivo esta manhã: 'conta bloqueada'. Temos tudo pago."
        ],
    },
    "portal": {
        "en": [
            "The portal shows no open orders for us, so we cannot request collection of the 300 crates at the old office, and the hire runs on every day.",
            "Our portal is empty: no orders, no crates, no collection button. Meanwhile 300 crates sit in the old building on hire.",
        ],
        "de": [
            "Im Portal stehen bei uns keine offenen Aufträge, wir können die Abholung der 300 Kisten im alten Büro nicht anfordern, und die Miete läuft weiter.",
            "Unser Portal ist leer: keine Aufträge, keine Kisten, kein Abholknopf. Im alten Gebäude stehen 300 Kisten und kosten jeden Tag.",
        ],
        "fr": [
            "Le portail n'affiche aucune commande, impossible de demander l'enlèvement des 300 caisses, et la location continue."
        ],
        "es": [
            "El portal no muestra ningún pedido abierto, no podemos pedir la recogida de las 300 cajas y el alquiler sigue corriendo."
        ],
        "it": [
            "Il portale non mostra ordini aperti, non possiamo chiedere il ritiro delle 300 casse e il noleggio continua."
        ],
        "pt": [
            "O portal não mostra encomendas abertas, não conseguimos pedir a recolha das 300 caixas e o aluguer continua."
        ],
    },
    "overbilled": {
        "en": [
            "We are billed list price per box for our archive storage instead of our contract rate, more than €600 over for September alone.",
            "The archive storage invoice uses your public per-box price, not the rate in our framework contract. That is hundreds a month.",
        ],
        "de": [
            "Uns wird für die Archivlagerung der Listenpreis pro Box berechnet statt des Vertragspreises, allein im September über 600 € zu viel.",
            "Die Rechnung für die Archivlagerung nimmt Ihren Listenpreis pro Box, nicht den Satz aus unserem Rahmenvertrag. Das sind Hunderte im Monat.",
        ],
        "fr": [
            "On nous facture le prix catalogue par boîte d'archive au lieu du tarif du contrat, plus de 600 € de trop en septembre."
        ],
        "es": [
            "Nos cobráis el precio de tarifa por caja de archivo y no el del contrato, más de 600 € de más solo en septiembre."
        ],
        "it": [
            "Ci fate pagare il prezzo di listino per scatola d'archivio invece della tariffa del contratto, oltre 600 € in più solo a settembre."
        ],
        "pt": [
            "Estão a cobrar o preço de tabela por caixa de arquivo em vez do preço do contrato, mais de 600 € a mais só em setembro."
        ],
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "invoices with old company name, no PO",
        "de": "Rechnungen mit altem Firmennamen, ohne Bestellnummer",
        "fr": "factures sans bon de commande",
        "es": "facturas sin número de pedido",
        "it": "fatture senza numero d'ordine",
        "pt": "faturas sem número de encomenda",
    },
    "service_blocked": {
        "en": "delivery refused, account on stop",
        "de": "Lieferung verweigert, Konto gesperrt",
        "fr": "livraison refusée, compte bloqué",
        "es": "entrega rechazada, cuenta bloqueada",
        "it": "consegna rifiutata, conto bloccato",
        "pt": "entrega recusada, conta bloqueada",
    },
    "portal": {
        "en": "portal shows no orders",
        "de": "Portal zeigt keine Aufträge",
        "fr": "portail vide",
        "es": "portal sin pedidos",
        "it": "portale senza ordini",
        "pt": "portal sem encomendas",
    },
    "overbilled": {
        "en": "archive storage at list price",
        "de": "Archivlager zum Listenpreis",
        "fr": "archives au prix catalogue",
        "es": "archivo a precio de tarifa",
        "it": "archivio a prezzo di listino",
        "pt": "arquivo a preço de tabela",
    },
}
SUBJECT: dict[str, str] = {
    "en": "{company}: {topic}",
    "de": "{company}: {topic}",
    "fr": "{company} : {topic}",
    "es": "{company}: {topic}",
    "it": "{company}: {topic}",
    "pt": "{company}: {topic}",
}
FIRST_MAIL: dict[str, str] = {
    "en": "Hello,\n\n{core}\n\nPlease look into this urgently.\n\nRegards,\n{first}\n{title}, {company}",
    "de": "Guten Tag,\n\n{core}\n\nBitte kümmern Sie sich dringend darum.\n\nMit freundlichen Grüßen\n{first}\n{title}, {company}",
    "fr": "Bonjour,\n\n{core}\n\nMerci de traiter cela en urgence.\n\nCordialement,\n{first}\n{title}, {company}",
    "es": "Buenos días,\n\n{core}\n\nOs pido que lo miréis con urgencia.\n\nUn saludo,\n{first}\n{title}, {company}",
    "it": "Buongiorno,\n\n{core}\n\nVi prego di verificare con urgenza.\n\nCordiali saluti,\n{first}\n{title}, {company}",
    "pt": "Bom dia,\n\n{core}\n\nPeço que vejam isto com urgência.\n\nCumprimentos,\n{first}\n{title}, {company}",
}
LATER_MAIL: dict[str, list[str]] = {
    "en": [
        "Hello,\n\nfollowing up on what {name} wrote on {weekday} (case {case}): {core}\n\nThis is now holding up our work as well.\n\n{first}\n{title}, {company}",
        "Hi,\n\nsame problem as {name} reported {weekday}, case {case}. {core}\n\n{first}, {company}",
    ],
    "de": [
        "Guten Tag,\n\nich schließe mich an, was {name} am {weekday} geschrieben hat (Vorgang {case}): {core}\n\nDas hält inzwischen auch meine Abteilung auf.\n\n{first}\n{title}, {company}",
        "Hallo,\n\ngleiches Problem wie {name} am {weekday} gemeldet, Vorgang {case}. {core}\n\n{first}, {company}",
    ],
    "fr": [
        "Bonjour,\n\nje reviens sur ce que {name} a écrit {weekday} (demande {case}) : {core}\n\n{first}, {company}"
    ],
    "es": [
        "Hola,\n\nsigo lo que escribió {name} el {weekday} (incidencia {case}): {core}\n\n{first}, {company}"
    ],
    "it": [
        "Buongiorno,\n\nriprendo quanto scritto da {name} {weekday} (segnalazione {case}): {core}\n\n{first}, {company}"
    ],
    "pt": [
        "Bom dia,\n\nsobre o que a {name} escreveu na {weekday} (pedido {case}): {core}\n\n{first}, {company}"
    ],
}
WEEKDAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
LAST_MAIL: dict[str, str] = {
    "en": "Hello,\n\ncase {case}: nothing is fixed and several of my colleagues have written to you since. Procurement has already asked {comp} for their rates.\n\n{first}\n{title}, {company}",
    "de": "Guten Tag,\n\nVorgang {case}: nichts ist behoben, und mehrere Kollegen haben Ihnen inzwischen geschrieben. Der Einkauf hat bereits bei {comp} ein Angebot angefragt.\n\n{first}\n{title}, {company}",
    "fr": "Bonjour,\n\ndemande {case} : rien n'est réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n\n{first}, {company}",
    "es": "Hola,\n\nincidencia {case}: nada resuelto y varios compañeros os han escrito. Compras ya ha pedido precios a {comp}.\n\n{first}, {company}",
    "it": "Buongiorno,\n\nsegnalazione {case}: niente risolto e diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto i prezzi a {comp}.\n\n{first}, {company}",
    "pt": "Bom dia,\n\npedido {case}: nada resolvido e vários colegas já vos escreveram. As compras já pediram preços à {comp}.\n\n{first}, {company}",
}
LAST_CALL: dict[str, str] = {
    "en": "yes hello it's about case {case} still nothing is fixed several colleagues have written my boss says we move the account to another supplier if it isn't fixed this week",
    "de": "ja guten Tag es geht um Vorgang {case} es ist immer noch nichts behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht geklärt ist",
    "fr": "oui bonjour c'est pour la demande {case} toujours rien de réglé plusieurs collègues ont écrit mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "es": "hola sí es por la incidencia {case} sigue sin arreglarse varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "it": "sì buongiorno è per la segnalazione {case} ancora niente diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "olá sim é sobre o pedido {case} continua tudo igual vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
ACK: dict[str, str] = {
    "en": "Dear {first},\n\nthank you, we have logged this as case {case} for {company}; our account team will come back to you.\n\n{agent}, Kistora Office",
    "de": "Hallo {first},\n\nvielen Dank, wir haben das als Vorgang {case} für {company} erfasst; unser Account-Team meldet sich.\n\n{agent}, Kistora Office",
    "fr": "Bonjour {first},\n\nmerci, c'est enregistré sous la demande {case} pour {company} ; l'équipe compte revient vers vous.\n\n{agent}, Kistora Office",
    "es": "Hola {first},\n\ngracias, lo hemos registrado como incidencia {case} para {company}; el equipo de cuentas os contestará.\n\n{agent}, Kistora Office",
    "it": "Buongiorno {first},\n\ngrazie, registrato come segnalazione {case} per {company}; il team clienti vi ricontatta.\n\n{agent}, Kistora Office",
    "pt": "Olá {first},\n\nobrigado, registámos como pedido {case} para {company}; a equipa de contas responde em breve.\n\n{agent}, Kistora Office",
}
MILD: dict[str, list[str]] = {
    "en": [
        "Could the portal export crate hire costs by cost centre? It would save our finance team an afternoon a month.",
        "Small wish: delivery notes that show how many crates went to each floor.",
    ],
    "de": [
        "Wäre es möglich, die Kistenmiete im Portal nach Kostenstelle zu exportieren? Das würde unserer Buchhaltung einen Nachmittag im Monat sparen.",
        "Kleiner Wunsch: Lieferscheine, auf denen steht, wie viele Kisten auf welche Etage gingen.",
    ],
    "fr": [
        "Serait-il possible d'exporter les coûts de location par centre de coût dans le portail ?"
    ],
    "es": ["¿Se podrían exportar los costes del alquiler por centro de coste en el portal?"],
    "it": ["Si potrebbero esportare i costi di noleggio per centro di costo dal portale?"],
    "pt": ["Seria possível exportar os custos de aluguer por centro de custo no portal?"],
}
MILD_ACK: dict[str, str] = {
    "en": "Hello {first},\n\nthanks for the suggestion, we've passed it on to the portal team.\n\n{agent}, Kistora Office",
    "de": "Hallo {first},\n\ndanke für die Anregung, wir haben sie an das Portal-Team weitergegeben.\n\n{agent}, Kistora Office",
    "fr": "Bonjour {first},\n\nmerci pour la suggestion, transmise à l'équipe du portail.\n\n{agent}, Kistora Office",
    "es": "Hola {first},\n\ngracias por la sugerencia, la pasamos al equipo del portal.\n\n{agent}, Kistora Office",
    "it": "Buongiorno {first},\n\ngrazie del suggerimento, lo passiamo al team del portale.\n\n{agent}, Kistora Office",
    "pt": "Olá {first},\n\nobrigado pela sugestão, passámos à equipa do portal.\n\n{agent}, Kistora Office",
}
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Can we add 20 lockable crates to next Tuesday's order?",
            "Yes, added to your order, same delivery slot.",
            "thanks",
        ),
        (
            "is there a way to get invoices split by site?",
            "Yes: in the portal under Settings > Invoicing you can choose one invoice per site.",
            "great, thank you",
        ),
    ],
    "de": [
        (
            "Können wir für Dienstag noch 20 abschließbare Kisten dazubuchen?",
            "Ja, ist dem Auftrag hinzugefügt, gleiches Lieferfenster.",
            "danke",
        ),
        (
            "gibt es die Rechnung auch pro Standort?",
            "Ja, im Portal unter Einstellungen > Rechnungen lässt sich das pro Standort einstellen.",
            "super, danke",
        ),
    ],
    "fr": [
        (
            "Peut-on ajouter 20 caisses verrouillables à la commande de mardi ?",
            "Oui, c'est ajouté, même créneau.",
            "merci",
        )
    ],
    "es": [
        (
            "¿Podemos añadir 20 cajas con cierre al pedido del martes?",
            "Sí, añadidas, mismo horario de entrega.",
            "gracias",
        )
    ],
    "it": [
        (
            "Possiamo aggiungere 20 casse con lucchetto all'ordine di martedì?",
            "Sì, aggiunte, stessa fascia di consegna.",
            "grazie",
        )
    ],
    "pt": [
        (
            "Podemos juntar 20 caixas com cadeado à encomenda de terça?",
            "Sim, acrescentadas, mesmo horário.",
            "obrigada",
        )
    ],
}
PRAISE: dict[str, list[str]] = {
    "en": [
        "Kistora Office moved our four floors over the weekend and every crate was in the right room on Monday morning. Impressive.",
        "Archive retrieval request at 10, box on my desk at 3. Our auditors were amazed.",
    ],
    "de": [
        "Kistora Office hat unser Büro übers Wochenende umgezogen, Montag früh stand jede Kiste am richtigen Platz.",
        "Archivbox um 10 angefordert, um 15 Uhr auf dem Tisch. Die Prüfer waren beeindruckt.",
    ],
    "fr": [
        "Kistora Office a déménagé nos trois étages en un week-end, tout était à sa place lundi."
    ],
    "es": [
        "Kistora Office nos mudó la oficina en un fin de semana y el lunes todo estaba en su sitio."
    ],
    "it": ["Kistora Office ci ha traslocato l'ufficio in un weekend, lunedì tutto al suo posto."],
    "pt": [
        "A Kistora Office mudou-nos o escritório num fim de semana e na segunda estava tudo no sítio."
    ],
}
