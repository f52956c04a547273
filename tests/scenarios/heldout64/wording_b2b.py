# ruff: noqa: E501
"""Words of Trovanta Desk: lost property handled for organisations on account.

Hotels, museums, universities, hospitals, venues and shopping centres log the
things they find in the Desk portal; Trovanta matches them with their owners,
its couriers collect and return them, and the site gets a monthly invoice
(a flat fee per site by contract) and orders rolls of item labels and bags.
"""

from __future__ import annotations

PRODUCTS = [
    ("Desk item labels, roll of 500", 38.00, "/desk/shop/labels"),
    ("Desk tamper bags 100 / Sacos 100", 54.00, "/desk/shop/bags"),
    ("Desk label printer", 149.00, "/desk/shop/printer"),
    ("Extra courier pickup / Recolha extra", 25.00, "/desk/pickups"),
]
PAGES = ["/desk/portal/items", "/desk/portal/pickups", "/desk/invoices", "/desk/portal/reports"]

PROBLEMS = ("invoice", "portal", "service_blocked", "overbilled")
TOPIC = {
    "pt": {
        "invoice": "faturas com o nome antigo e sem nota de encomenda",
        "portal": "objetos registados desaparecem do portal",
        "service_blocked": "recolhas recusadas, conta bloqueada",
        "overbilled": "cobrança por objeto em vez da mensalidade",
    },
    "it": {
        "invoice": "fatture con la vecchia ragione sociale e senza numero d'ordine",
        "portal": "oggetti registrati spariscono dal portale",
        "service_blocked": "ritiri rifiutati, conto bloccato",
        "overbilled": "addebito a oggetto invece del canone",
    },
    "es": {
        "invoice": "facturas con el nombre antiguo y sin pedido",
        "portal": "objetos que desaparecen del portal",
        "service_blocked": "recogidas rechazadas, cuenta bloqueada",
        "overbilled": "cobro por objeto en vez de la cuota",
    },
    "de": {
        "invoice": "Rechnungen mit altem Firmennamen, ohne Bestellnummer",
        "portal": "erfasste Fundsachen verschwinden im Portal",
        "service_blocked": "Abholungen verweigert, Konto gesperrt",
        "overbilled": "Abrechnung pro Stück statt Pauschale",
    },
    "fr": {
        "invoice": "factures à l'ancienne raison sociale sans bon de commande",
        "portal": "objets enregistrés qui disparaissent du portail",
        "service_blocked": "enlèvements refusés, compte bloqué",
        "overbilled": "facturation à l'objet au lieu du forfait",
    },
    "en": {
        "invoice": "invoices in our old name with no PO number",
        "portal": "logged items vanishing from the portal",
        "service_blocked": "pickups refused, account on hold",
        "overbilled": "billed per item instead of the flat fee",
    },
}
CORE = {
    "pt": {
        "invoice": "As faturas de setembro voltaram a vir com o nome antigo da empresa, de antes da fusão, e sem o número da nota de encomenda. A contabilidade devolve-as todas e não as pode pagar.",
        "portal": "Os objetos que a receção regista no portal desaparecem da lista ao fim de umas horas. Não conseguimos marcar nada como devolvido e os hóspedes ligam a perguntar pelas coisas deles.",
        "service_blocked": "O vosso estafeta recusou hoje a recolha porque a conta aparece 'em suspenso', mas as faturas estão todas pagas. Temos 40 objetos à espera na sala de achados.",
        "overbilled": "A fatura deste mês cobra 4 € por objeto, mais de 600 € no total, quando o contrato é uma mensalidade fixa por local.",
    },
    "it": {
        "invoice": "Le fatture di settembre riportano ancora la vecchia ragione sociale, quella prima della fusione, e manca il numero d'ordine. L'amministrazione le respinge tutte e non può pagarle.",
        "portal": "Gli oggetti che il personale registra nel portale spariscono dall'elenco dopo qualche ora. Non riusciamo a segnare niente come restituito e i visitatori chiamano per le loro cose.",
        "service_blocked": "Il vostro corriere oggi ha rifiutato il ritiro perché il conto risulta 'sospeso', ma le fatture sono tutte pagate. Abbiamo 40 oggetti fermi in deposito.",
        "overbilled": "La fattura di questo mese addebita 4 € a oggetto, oltre 600 € in totale, mentre il contratto prevede un canone fisso per sede.",
    },
    "es": {
        "invoice": "Las facturas de septiembre siguen saliendo con el nombre antiguo de la empresa, de antes de la fusión, y sin número de pedido. Contabilidad las rechaza todas.",
        "portal": "Los objetos que registra recepción en el portal desaparecen de la lista a las pocas horas. No podemos marcar nada como devuelto.",
        "service_blocked": "Vuestro mensajero ha rechazado hoy la recogida porque la cuenta sale 'en suspenso', y las facturas están pagadas. Tenemos 40 objetos esperando.",
        "overbilled": "La factura de este mes cobra 4 € por objeto, más de 600 € en total, y el contrato es una cuota fija por sede.",
    },
    "de": {
        "invoice": "Die Septemberrechnungen tragen wieder den alten Firmennamen von vor der Fusion und keine Bestellnummer. Die Buchhaltung weist sie alle zurück.",
        "portal": "Fundsachen, die unser Empfang im Portal erfasst, verschwinden nach ein paar Stunden aus der Liste. Wir können nichts als zurückgegeben markieren.",
        "service_blocked": "Ihr Kurier hat die Abholung heute verweigert, Konto 'gesperrt', obwohl alle Rechnungen bezahlt sind. 40 Fundsachen liegen bei uns.",
        "overbilled": "Die Monatsrechnung berechnet 4 € pro Fundstück, über 600 € insgesamt, obwohl vertraglich eine Pauschale pro Standort vereinbart ist.",
    },
    "fr": {
        "invoice": "Les factures de septembre portent toujours l'ancienne raison sociale, d'avant la fusion, et aucun numéro de bon de commande. La comptabilité les rejette toutes.",
        "portal": "Les objets saisis par l'accueil dans le portail disparaissent de la liste au bout de quelques heures. Impossible de marquer quoi que ce soit comme rendu.",
        "service_blocked": "Votre coursier a refusé l'enlèvement aujourd'hui, compte 'suspendu', alors que tout est payé. 40 objets attendent chez nous.",
        "overbilled": "La facture du mois compte 4 € par objet, plus de 600 € au total, alors que le contrat prévoit un forfait mensuel par site.",
    },
    "en": {
        "invoice": "September's invoices have our old pre-merger name on them again and no PO number, so accounts payable are bouncing every one.",
        "portal": "Items our front desk logs in the portal vanish from the list after a few hours. We can't mark anything as handed back.",
        "service_blocked": "Your courier refused today's pickup because the account shows 'on hold', and every invoice is paid. 40 items sitting in our lost property room.",
        "overbilled": "This month's invoice charges £3.50 per item, over £500 in all, when the contract is a flat monthly fee per site.",
    },
}
FIRST_FRAME = {
    "pt": "Bom dia,\n\n{core}\n\nPeço que resolvam com urgência.\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\n{core}\n\nVi chiedo di risolvere con urgenza.\n\n{name}\n{title}, {company}",
    "es": "Buenos días,\n\n{core}\n\nRogamos lo solucionéis cuanto antes.\n\n{name}\n{title}, {company}",
    "de": "Guten Morgen,\n\n{core}\n\nBitte um dringende Klärung.\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\n{core}\n\nMerci de régler cela en urgence.\n\n{name}\n{title}, {company}",
    "en": "Morning,\n\n{core}\n\nPlease sort this urgently.\n\n{name}\n{title}, {company}",
}
LATER_FRAME = {
    "pt": "Olá,\n\n{colleague} já vos escreveu {when} (processo {ref}). Do meu lado é igual: {core}\n\n{name}\n{title}, {company}",
    "it": "Salve,\n\n{colleague} vi ha già scritto {when} (pratica {ref}). Anche da me è uguale: {core}\n\n{name}\n{title}, {company}",
    "es": "Hola,\n\n{colleague} ya os escribió {when} (incidencia {ref}). Aquí lo mismo: {core}\n\n{name}\n{title}, {company}",
    "de": "Hallo,\n\n{colleague} hat Ihnen {when} schon geschrieben (Vorgang {ref}). Bei mir dasselbe: {core}\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\n{colleague} vous a déjà écrit {when} (dossier {ref}). Même chose de mon côté : {core}\n\n{name}\n{title}, {company}",
    "en": "Hi,\n\n{colleague} already wrote to you {when} (case {ref}). Same here: {core}\n\n{name}\n{title}, {company}",
}
WEEKDAY = {
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "hoje de manhã"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
}
LAST_MAIL = {
    "pt": (
        "Processo {ref}: continua sem solução",
        "Bom dia,\n\nO processo {ref} continua por resolver e já vos escreveram várias pessoas daqui. As compras já pediram preços à {comp}.\n\n{name}\n{title}, {company}",
    ),
    "it": (
        "Pratica {ref}: ancora niente",
        "Buongiorno,\n\nla pratica {ref} è ancora aperta e vi hanno scritto in diversi da qui. L'ufficio acquisti ha già chiesto un'offerta a {comp}.\n\n{name}\n{title}, {company}",
    ),
    "es": (
        "Incidencia {ref}: sin solución",
        "Buenos días,\n\nla incidencia {ref} sigue sin resolver y os hemos escrito varios. Compras ya ha pedido precios a {comp}.\n\n{name}\n{title}, {company}",
    ),
    "de": (
        "Vorgang {ref}: weiterhin offen",
        "Guten Morgen,\n\nVorgang {ref} ist weiter offen, mehrere Kollegen haben geschrieben. Der Einkauf hat schon ein Angebot von {comp} angefragt.\n\n{name}\n{title}, {company}",
    ),
    "fr": (
        "Dossier {ref} : toujours rien",
        "Bonjour,\n\nle dossier {ref} n'est toujours pas réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}.\n\n{name}\n{title}, {company}",
    ),
    "en": (
        "Case {ref}: still not fixed",
        "Morning,\n\nCase {ref} is still open and several of us have written. Procurement have already asked {comp} for their rates.\n\n{name}\n{title}, {company}",
    ),
}
LAST_CALL = {
    "pt": "bom dia é sobre o processo {ref} continua tudo igual já vos escreveram vários colegas e o meu diretor diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "it": "buongiorno chiamo per la pratica {ref} è ancora tutto uguale vi hanno scritto in tanti e il mio direttore dice che se non si risolve questa settimana cambiamo fornitore",
    "es": "buenos días llamo por la incidencia {ref} sigue todo igual os han escrito varios compañeros y mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
    "de": "guten Tag es geht um den Vorgang {ref} es ist immer noch nichts passiert mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht geklärt ist wechseln wir den Anbieter",
    "fr": "bonjour j'appelle pour le dossier {ref} rien n'a bougé plusieurs collègues vous ont écrit et ma directrice dit que si ce n'est pas réglé cette semaine on change de prestataire",
    "en": "hi it's about case {ref} nothing's changed several of us have written in and my boss says if it isn't fixed this week we're moving the account",
}
ACK = {
    "pt": (
        "RE: {subject} [{ref}]",
        "Bom dia {first},\nRegistámos o pedido com a referência {ref} e a equipa de contas está a analisar.\n{agent}, Trovanta Desk",
    ),
    "it": (
        "R: {subject} [{ref}]",
        "Buongiorno {first},\nabbiamo registrato la richiesta con riferimento {ref}, il team contabilità la sta verificando.\n{agent}, Trovanta Desk",
    ),
    "es": (
        "RE: {subject} [{ref}]",
        "Buenos días {first},\nhemos registrado la solicitud con referencia {ref} y el equipo de cuentas la está revisando.\n{agent}, Trovanta Desk",
    ),
    "de": (
        "AW: {subject} [{ref}]",
        "Guten Tag {first},\nwir haben Ihr Anliegen unter {ref} erfasst, das Kundenteam prüft es.\n{agent}, Trovanta Desk",
    ),
    "fr": (
        "RE : {subject} [{ref}]",
        "Bonjour {first},\nnous avons enregistré votre demande sous la référence {ref}, l'équipe comptes l'examine.\n{agent}, Trovanta Desk",
    ),
    "en": (
        "Re: {subject} [{ref}]",
        "Hi {first},\nWe've logged this as {ref} and the accounts team is looking at it.\n{agent}, Trovanta Desk",
    ),
}
SUGGEST = {
    "pt": [
        "Seria útil poder exportar os objetos por local e por mês em Excel, para o relatório da direção.",
        "Sugestão: na etiqueta do objeto podia aparecer a data em que foi encontrado.",
    ],
    "it": [
        "Sarebbe utile esportare gli oggetti per sede e per mese in Excel, per il report alla direzione.",
        "Suggerimento: sull'etichetta dell'oggetto potrebbe comparire la data del ritrovamento.",
    ],
    "es": [
        "Estaría bien poder exportar los objetos por sede y mes a Excel.",
        "Sugerencia: que la etiqueta lleve la fecha en que se encontró el objeto.",
    ],
    "de": [
        "Ein Excel-Export der Fundsachen pro Standort und Monat wäre hilfreich.",
        "Vorschlag: das Funddatum direkt auf dem Etikett drucken.",
    ],
    "fr": [
        "Ce serait pratique d'exporter les objets par site et par mois en Excel.",
        "Suggestion : imprimer la date de découverte sur l'étiquette.",
    ],
    "en": [
        "Would be handy to export items by site and month to Excel for the board report.",
        "Suggestion: print the date found on the item label.",
    ],
}
SUGGEST_ACK = {
    "pt": (
        "Obrigado pela sugestão",
        "Olá {first},\nObrigado, passámos a sugestão à equipa do portal.\n{agent}, Trovanta Desk",
    ),
    "it": (
        "Grazie del suggerimento",
        "Salve {first},\ngrazie, l'abbiamo girato al team del portale.\n{agent}, Trovanta Desk",
    ),
    "es": (
        "Gracias por la sugerencia",
        "Hola {first},\ngracias, se la pasamos al equipo del portal.\n{agent}, Trovanta Desk",
    ),
    "de": (
        "Danke für den Vorschlag",
        "Hallo {first},\ndanke, wir geben das ans Portal-Team weiter.\n{agent}, Trovanta Desk",
    ),
    "fr": (
        "Merci pour la suggestion",
        "Bonjour {first},\nmerci, nous l'avons transmise à l'équipe du portail.\n{agent}, Trovanta Desk",
    ),
    "en": (
        "Thanks for the suggestion",
        "Hi {first},\nThanks, we've passed it to the portal team.\n{agent}, Trovanta Desk",
    ),
}
CHAT_Q = {
    "pt": [
        (
            "Bom dia, como acrescento um segundo local à nossa conta?",
            "Em Portal > Locais > Novo local; fica na mesma fatura.",
        ),
        (
            "A recolha de sexta pode passar para quinta?",
            "Pode, já alterei para quinta entre as 10h e as 12h.",
        ),
    ],
    "it": [
        (
            "Buongiorno, come aggiungo un collega al portale?",
            "Da Portale > Utenti > Invita, riceve una mail di attivazione.",
        ),
        ("Il ritiro di venerdì si può spostare a giovedì?", "Fatto, giovedì tra le 10 e le 12."),
    ],
    "es": [
        (
            "Hola, cómo añado a una compañera al portal?",
            "En Portal > Usuarios > Invitar, le llega un correo.",
        )
    ],
    "de": [
        (
            "Hallo, wie füge ich eine Kollegin im Portal hinzu?",
            "Unter Portal > Nutzer > Einladen, sie bekommt eine Mail.",
        )
    ],
    "fr": [
        (
            "Bonjour, comment ajouter un collègue au portail ?",
            "Portail > Utilisateurs > Inviter, il reçoit un e-mail.",
        )
    ],
    "en": [
        (
            "Hi, how do I add a colleague to the portal?",
            "Portal > Users > Invite, they'll get an e-mail.",
        )
    ],
}
THANKS = {
    "pt": ["Obrigado!", "Perfeito, obrigada"],
    "it": ["Grazie!", "Perfetto, grazie"],
    "es": ["Gracias!"],
    "de": ["Danke!"],
    "fr": ["Merci !"],
    "en": ["Thanks!"],
}
PRAISE = {
    "pt": [
        "Desde que usamos a Trovanta Desk a sala de achados do hotel deixou de ser um caos. Os hóspedes recebem as coisas em casa em dois dias.",
        "Ótimo serviço da Trovanta Desk este mês, recolhas sempre a horas.",
    ],
    "it": [
        "Con Trovanta Desk il deposito oggetti smarriti del museo finalmente ha un ordine. I visitatori ringraziano.",
        "Servizio Trovanta Desk impeccabile, ritiri sempre puntuali.",
    ],
    "es": [
        "Con Trovanta Desk los objetos perdidos del estadio llegan a sus dueños en días. Muy recomendable."
    ],
    "de": [
        "Mit Trovanta Desk ist unsere Fundstelle endlich übersichtlich. Gäste bekommen ihre Sachen schnell zurück."
    ],
    "fr": [
        "Trovanta Desk a transformé notre service des objets trouvés. Les étudiants récupèrent leurs affaires en deux jours."
    ],
    "en": [
        "Trovanta Desk has sorted our lost property room out completely. Guests get their things back within days."
    ],
}
SURVEY_WORD = {
    "pt": ["Muito bom", ""],
    "it": ["Ottimo", ""],
    "es": ["Muy bien", ""],
    "de": ["Sehr gut", ""],
    "fr": ["Très bien", ""],
    "en": ["Great", ""],
}
SURVEY_LOW = {
    "pt": ["Insatisfeitos", ""],
    "it": ["Molto deluso", ""],
    "es": ["Mal", ""],
    "de": ["Unzufrieden", ""],
    "fr": ["Déçu", ""],
    "en": ["Poor", ""],
}
