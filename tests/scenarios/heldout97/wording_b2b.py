# ruff: noqa: E501
"""Business-arm wording for heldout97 (Glanzaro Fleet: fleet washing on account)."""

from __future__ import annotations

Table = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

FLEET_PRODUCTS = [
    ("Fleet tunnel wash x20 / Flottenwäsche x20", 160.0, "/fleet/washes"),
    ("Van interior valet x5 / Transporter-Innenreinigung x5", 210.0, "/fleet/valet"),
    ("Fleet card, extra vehicle / Flottenkarte Zusatzfahrzeug", 12.0, "/fleet/cards"),
]
FLEET_PAGES = ["/fleet/portal", "/fleet/invoices", "/fleet/vehicles", "/fleet/cards"]

ROUTINE_Q: Pairs = {
    "en": [
        (
            "How do I add a new van to our fleet cards?",
            "Hi {first}, in the fleet portal under Vehicles > Add; the card works from the next wash.",
        ),
        (
            "Do your tunnels take high-roof vans?",
            "Hi {first}, up to 2.8 m at most stations, the map marks which ones.",
        ),
    ],
    "de": [
        (
            "Wie füge ich einen neuen Transporter zu unseren Flottenkarten hinzu?",
            "Hallo {first}, im Flottenportal unter Fahrzeuge > Hinzufügen; die Karte gilt ab der nächsten Wäsche.",
        ),
        (
            "Passen Hochdach-Transporter durch eure Waschstraßen?",
            "Hallo {first}, bis 2,80 m an den meisten Stationen, die Karte zeigt welche.",
        ),
    ],
    "fr": [
        (
            "Comment ajouter un utilitaire à nos cartes flotte ?",
            "Bonjour {first}, dans le portail, Véhicules > Ajouter.",
        )
    ],
    "es": [
        (
            "Cómo añado una furgoneta nueva a las tarjetas de flota?",
            "Hola {first}, en el portal, Vehículos > Añadir.",
        )
    ],
    "it": [
        (
            "Come aggiungo un furgone nuovo alle carte flotta?",
            "Ciao {first}, nel portale, Veicoli > Aggiungi.",
        )
    ],
    "pt": [
        (
            "Como adiciono uma carrinha nova aos cartões de frota?",
            "Olá {first}, no portal, Veículos > Adicionar.",
        )
    ],
}
THANKS: Table = {
    "en": ["Thanks, that's it", "great, thanks"],
    "de": ["Danke, passt", "super, danke"],
    "fr": ["Merci"],
    "es": ["Gracias"],
    "it": ["Grazie"],
    "pt": ["Obrigado"],
}
PRAISE: Table = {
    "en": [
        "Our twelve delivery vans go through {brand} every Friday and the drivers actually like it. Smooth on account",
        "Fleet portal from {brand} saves our office a morning a month",
    ],
    "de": [
        "Unsere 14 Transporter fahren jeden Freitag durch {brand}, die Fahrer sind begeistert, Abrechnung läuft sauber",
        "Das Flottenportal von {brand} spart unserem Büro jeden Monat einen halben Tag",
    ],
    "fr": ["Nos utilitaires passent chez {brand} chaque vendredi, facturation impeccable"],
    "es": ["Nuestras furgonetas pasan por {brand} cada viernes, facturación sin líos"],
    "it": ["I nostri furgoni passano da {brand} ogni venerdì, fatturazione perfetta"],
    "pt": ["As nossas carrinhas passam na {brand} todas as sextas, faturação impecável"],
}

B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "invoice with old company name, no PO",
        "de": "Rechnung mit altem Firmennamen, ohne Bestellnummer",
        "fr": "facture avec l'ancien nom, sans bon de commande",
        "es": "factura con el nombre antiguo y sin pedido",
        "it": "fattura col vecchio nome e senza ordine",
        "pt": "fatura com o nome antigo e sem nota de encomenda",
    },
    "service_blocked": {
        "en": "vans turned away, account on hold",
        "de": "Transporter abgewiesen, Konto gesperrt",
        "fr": "véhicules refusés, compte bloqué",
        "es": "furgonetas rechazadas, cuenta bloqueada",
        "it": "furgoni respinti, conto bloccato",
        "pt": "carrinhas recusadas, conta bloqueada",
    },
    "portal": {
        "en": "fleet portal shows no vehicles",
        "de": "Flottenportal zeigt keine Fahrzeuge",
        "fr": "portail flotte sans véhicules",
        "es": "portal de flota sin vehículos",
        "it": "portale flotta senza veicoli",
        "pt": "portal de frota sem veículos",
    },
    "overbilled": {
        "en": "single-wash price instead of fleet price",
        "de": "Einzelpreis statt Flottenpreis",
        "fr": "prix unitaire au lieu du tarif flotte",
        "es": "precio suelto en vez de tarifa de flota",
        "it": "prezzo singolo invece della tariffa flotta",
        "pt": "preço avulso em vez da tarifa de frota",
    },
}
B2B_CORE: dict[str, Table] = {
    "invoice": {
        "en": [
            "the October invoice is made out to our old company name and has no PO number, so our accounts payable won't pay it"
        ],
        "de": [
            "die Oktober-Rechnung lautet auf unseren alten Firmennamen und hat keine Bestellnummer, unsere Buchhaltung zahlt sie so nicht"
        ],
        "fr": [
            "la facture d'octobre est à notre ancien nom et sans numéro de commande, la compta refuse de la payer"
        ],
        "es": [
            "la factura de octubre va a nuestro nombre antiguo y sin número de pedido, contabilidad no la paga así"
        ],
        "it": [
            "la fattura di ottobre è intestata al vecchio nome e senza numero d'ordine, l'amministrazione non la paga"
        ],
        "pt": [
            "a fatura de outubro vem com o nome antigo e sem número de encomenda, a contabilidade não paga assim"
        ],
    },
    "service_blocked": {
        "en": [
            "our vans are being turned away at your stations, staff say the fleet account is 'on hold', though every invoice is paid"
        ],
        "de": [
            "unsere Transporter werden an euren Stationen abgewiesen, angeblich ist das Flottenkonto 'gesperrt', obwohl jede Rechnung bezahlt ist"
        ],
        "fr": [
            "nos utilitaires sont refusés en station, compte flotte 'bloqué' alors que tout est payé"
        ],
        "es": [
            "nos rechazan las furgonetas en las estaciones, dicen que la cuenta está 'bloqueada' y está todo pagado"
        ],
        "it": [
            "i nostri furgoni vengono respinti alle stazioni, conto 'bloccato' anche se è tutto pagato"
        ],
        "pt": [
            "as nossas carrinhas são recusadas nas estações, conta 'bloqueada' e está tudo pago"
        ],
    },
    "portal": {
        "en": [
            "the fleet portal shows no vehicles at all, so we can't add the new vans or block the card a driver lost"
        ],
        "de": [
            "das Flottenportal zeigt überhaupt keine Fahrzeuge mehr, wir können weder die neuen Transporter anlegen noch die verlorene Karte eines Fahrers sperren"
        ],
        "fr": [
            "le portail flotte n'affiche plus aucun véhicule, impossible d'ajouter ou de bloquer une carte"
        ],
        "es": [
            "el portal de flota no muestra ningún vehículo, no podemos añadir ni bloquear tarjetas"
        ],
        "it": [
            "il portale flotta non mostra più nessun veicolo, non possiamo aggiungere né bloccare carte"
        ],
        "pt": [
            "o portal de frota não mostra nenhum veículo, não conseguimos adicionar nem bloquear cartões"
        ],
    },
    "overbilled": {
        "en": [
            "we're billed the single-wash price for every van instead of our contract fleet price, over {amt} too much this month"
        ],
        "de": [
            "uns wird für jeden Transporter der Einzelpreis statt unseres Vertrags-Flottenpreises berechnet, diesen Monat über {amt} zu viel"
        ],
        "fr": [
            "on nous facture le prix unitaire au lieu du tarif flotte du contrat, plus de {amt} de trop"
        ],
        "es": [
            "nos cobran el precio suelto en vez de la tarifa de flota del contrato, más de {amt} de más"
        ],
        "it": ["ci fatturate il prezzo singolo invece della tariffa flotta, oltre {amt} in più"],
        "pt": ["estão a cobrar o preço avulso em vez da tarifa de frota, mais de {amt} a mais"],
    },
}
FIRST_COMPLAINT: Table = {
    "en": ["Hello,\n\n{core}. Please fix this quickly.\n\n{first} {last}\n{title}, {company}"],
    "de": [
        "Guten Tag,\n\n{core}. Bitte beheben Sie das zeitnah.\n\n{first} {last}\n{title}, {company}"
    ],
    "fr": [
        "Bonjour,\n\n{core}. Merci de corriger rapidement.\n\n{first} {last}\n{title}, {company}"
    ],
    "es": [
        "Buenos días,\n\n{core}. Por favor, corregidlo cuanto antes.\n\n{first} {last}\n{title}, {company}"
    ],
    "it": [
        "Buongiorno,\n\n{core}. Vi prego di correggere al più presto.\n\n{first} {last}\n{title}, {company}"
    ],
    "pt": [
        "Bom dia,\n\n{core}. Por favor corrijam rapidamente.\n\n{first} {last}\n{title}, {company}"
    ],
}
LATER_COMPLAINT: Table = {
    "en": [
        "Hello,\n\nmy colleague {other} already wrote on {day} (case {case}) and nothing has changed: {core}.\n\n{first} {last}\n{title}, {company}"
    ],
    "de": [
        "Guten Tag,\n\n{other} aus unserem Team hat Ihnen schon am {day} geschrieben (Vorgang {case}), und es hat sich nichts getan: {core}.\n\n{first} {last}\n{title}, {company}"
    ],
    "fr": [
        "Bonjour,\n\n{other} vous a déjà écrit {day} (dossier {case}) et rien n'a changé : {core}.\n\n{first} {last}\n{title}, {company}"
    ],
    "es": [
        "Buenos días,\n\n{other} ya os escribió el {day} (incidencia {case}) y nada ha cambiado: {core}.\n\n{first} {last}\n{title}, {company}"
    ],
    "it": [
        "Buongiorno,\n\n{other} vi ha già scritto {day} (pratica {case}) e non è cambiato nulla: {core}.\n\n{first} {last}\n{title}, {company}"
    ],
    "pt": [
        "Bom dia,\n\n{other} já vos escreveu na {day} (processo {case}) e nada mudou: {core}.\n\n{first} {last}\n{title}, {company}"
    ],
}
LAST_EMAIL: Table = {
    "en": [
        "Hello,\n\ncase {case} is still not fixed and several of us have written now. Procurement has already asked {comp} for their fleet rates.\n\n{first} {last}\n{title}, {company}"
    ],
    "de": [
        "Guten Tag,\n\nVorgang {case} ist immer noch nicht gelöst, mehrere von uns haben geschrieben. Unser Einkauf hat bereits bei {comp} Flottenpreise angefragt.\n\n{first} {last}\n{title}, {company}"
    ],
    "fr": [
        "Bonjour,\n\nle dossier {case} n'est toujours pas réglé, plusieurs d'entre nous ont écrit. Les achats ont demandé les tarifs de {comp}.\n\n{first} {last}\n{title}, {company}"
    ],
    "es": [
        "Buenos días,\n\nla incidencia {case} sigue sin resolver y varios os hemos escrito. Compras ya ha pedido tarifas a {comp}.\n\n{first} {last}\n{title}, {company}"
    ],
    "it": [
        "Buongiorno,\n\nla pratica {case} non è ancora risolta e vi abbiamo scritto in diversi. Gli acquisti hanno già chiesto le tariffe a {comp}.\n\n{first} {last}\n{title}, {company}"
    ],
    "pt": [
        "Bom dia,\n\no processo {case} continua por resolver e vários de nós escrevemos. As compras já pediram preços à {comp}.\n\n{first} {last}\n{title}, {company}"
    ],
}
LAST_CALL: Table = {
    "en": [
        "hi its {first} from {company} about case {case} still not fixed several of us have written my boss says we move the account if its not sorted this week"
    ],
    "de": [
        "ja {first} hier von {company} wegen Vorgang {case} das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht geklärt ist"
    ],
    "fr": [
        "oui bonjour {first} de {company} pour le dossier {case} toujours pas réglé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "es": [
        "hola soy {first} de {company} por la incidencia {case} sigue sin resolver varios compañeros han escrito mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana"
    ],
    "it": [
        "pronto sono {first} di {company} per la pratica {case} ancora non risolta più colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si sistema questa settimana"
    ],
    "pt": [
        "olá é a {first} da {company} sobre o processo {case} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}
ACK: Table = {
    "en": [
        "Hello {first},\n\nthank you, we've opened case {case} for {company} and will come back to you within one working day.\n\n{agent}, {brand} Fleet"
    ],
    "de": [
        "Hallo {first},\n\nvielen Dank, wir haben für {company} den Vorgang {case} angelegt und melden uns innerhalb eines Werktags.\n\n{agent}, {brand} Fleet"
    ],
    "fr": [
        "Bonjour {first},\n\nmerci, nous avons ouvert le dossier {case} pour {company} et revenons vers vous sous un jour ouvré.\n\n{agent}, {brand} Fleet"
    ],
    "es": [
        "Hola {first},\n\ngracias, hemos abierto la incidencia {case} para {company} y os respondemos en un día laborable.\n\n{agent}, {brand} Fleet"
    ],
    "it": [
        "Ciao {first},\n\ngrazie, abbiamo aperto la pratica {case} per {company} e rispondiamo entro un giorno lavorativo.\n\n{agent}, {brand} Fleet"
    ],
    "pt": [
        "Olá {first},\n\nobrigado, abrimos o processo {case} para a {company} e respondemos num dia útil.\n\n{agent}, {brand} Fleet"
    ],
}
MILD: Table = {
    "en": [
        "Small wish: could the portal export washes per number plate and month? Would save us a spreadsheet",
        "Suggestion: put the wash programme on each invoice line, our controller keeps asking",
    ],
    "de": [
        "Kleiner Wunsch: könnte das Portal die Wäschen pro Kennzeichen und Monat exportieren? Würde uns eine Tabelle sparen",
        "Anregung: bitte das Waschprogramm auf jede Rechnungszeile, unser Controlling fragt ständig",
    ],
    "fr": ["Petite suggestion : un export des lavages par plaque et par mois ?"],
    "es": ["Una sugerencia: exportar los lavados por matrícula y mes?"],
    "it": ["Un suggerimento: esportare i lavaggi per targa e mese?"],
    "pt": ["Uma sugestão: exportar as lavagens por matrícula e mês?"],
}
MILD_ACK: Table = {
    "en": [
        "Hello {first},\n\nthanks for the idea, I've passed it to our portal team.\n\n{agent}, {brand} Fleet"
    ],
    "de": [
        "Hallo {first},\n\ndanke für die Anregung, ich habe sie an unser Portal-Team weitergegeben.\n\n{agent}, {brand} Fleet"
    ],
    "fr": [
        "Bonjour {first},\n\nmerci pour l'idée, transmise à l'équipe du portail.\n\n{agent}, {brand} Fleet"
    ],
    "es": [
        "Hola {first},\n\ngracias por la idea, se la pasamos al equipo del portal.\n\n{agent}, {brand} Fleet"
    ],
    "it": [
        "Ciao {first},\n\ngrazie per l'idea, l'abbiamo girata al team del portale.\n\n{agent}, {brand} Fleet"
    ],
    "pt": [
        "Olá {first},\n\nobrigado pela ideia, passámos à equipa do portal.\n\n{agent}, {brand} Fleet"
    ],
}
WEEKDAY: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
TITLES = [
    "Fleet manager",
    "Office manager",
    "Accounts payable",
    "Operations lead",
    "Purchasing",
    "Site manager",
    "Dispatcher",
]
