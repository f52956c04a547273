# ruff: noqa: E501
"""Cestivo Ufficio (offices, canteens and restaurants on account): the business arm's words."""

from __future__ import annotations

Table = dict[str, list[str]]

PRODUCTS = [
    ("Office fruit basket 10 kg / Cesta frutta ufficio 10 kg", "48.00"),
    ("Canteen veg crate 25 kg / Cassa mensa 25 kg", "96.00"),
    ("Restaurant herbs tray / Vassoio erbe ristorante", "32.50"),
]
PAGES = ["/ufficio/orders", "/ufficio/invoices", "/ufficio/sites", "/ufficio/standing-order"]
PROBLEM: dict[str, Table] = {
    "invoice": {
        "it": [
            "le fatture escono ancora senza il nostro codice SDI e senza numero d'ordine, l'amministrazione le rifiuta"
        ],
        "pt": [
            "as faturas saem sem o nosso NIF correto e sem número de encomenda, a contabilidade devolve-as"
        ],
        "de": [
            "die Rechnungen kommen ohne unsere Bestellnummer und mit falscher USt-IdNr., die Buchhaltung lehnt sie ab"
        ],
        "fr": ["les factures arrivent sans notre numéro de bon de commande, la compta les rejette"],
        "en": [
            "the invoices still come without our PO number, accounts payable keeps rejecting them"
        ],
        "es": ["las facturas llegan sin nuestro número de pedido y contabilidad las rechaza"],
    },
    "service_blocked": {
        "it": [
            "il corriere non ci ha lasciato le casse: dice 'conto sospeso' ma abbiamo pagato tutto"
        ],
        "pt": ["o estafeta não deixou as caixas: diz 'conta suspensa' mas está tudo pago"],
        "de": [
            "der Fahrer hat nicht geliefert, angeblich 'Konto gesperrt', obwohl alles bezahlt ist"
        ],
        "fr": ["le livreur n'a rien laissé : 'compte suspendu', alors que tout est payé"],
        "en": [
            "the driver wouldn't drop the crates, says 'account on hold' though everything is paid"
        ],
        "es": ["el repartidor no dejó las cajas: 'cuenta suspendida', y está todo pagado"],
    },
    "portal": {
        "it": [
            "il portale non mostra l'ordine fisso di nessuna sede, quindi non possiamo ridurre le quantità e le casse continuano ad arrivare"
        ],
        "pt": [
            "o portal não mostra a encomenda fixa de nenhuma loja, não conseguimos reduzir e as caixas continuam a chegar"
        ],
        "de": [
            "das Portal zeigt für keinen Standort den Dauerauftrag, wir können nichts reduzieren und es wird weiter geliefert"
        ],
        "fr": [
            "le portail n'affiche la commande fixe d'aucun site, impossible de réduire, les caisses continuent d'arriver"
        ],
        "en": [
            "the portal shows no standing order for any site, so we can't cut quantities and the crates keep coming"
        ],
        "es": [
            "el portal no muestra el pedido fijo de ninguna sede, no podemos reducir y siguen llegando cajas"
        ],
    },
    "overbilled": {
        "it": [
            "ci fatturate le casse a prezzo di listino invece del prezzo del contratto, oltre 400 € in più al mese"
        ],
        "pt": [
            "estão a faturar as caixas a preço de tabela em vez do preço do contrato, mais de 400 € por mês"
        ],
        "de": ["Sie berechnen Listenpreis statt Vertragspreis, über 400 € zu viel im Monat"],
        "fr": ["vous facturez le prix catalogue au lieu du prix contrat, plus de 400 € par mois"],
        "en": ["you're billing list price instead of our contract price, over £350 a month extra"],
        "es": [
            "nos facturáis a precio de tarifa en vez del precio de contrato, más de 400 € al mes"
        ],
    },
}
FIRST: Table = {
    "it": [
        "Buongiorno, scrivo per {company}: {desc}. Ci serve una soluzione questa settimana. {name}"
    ],
    "pt": [
        "Bom dia, escrevo pela {company}: {desc}. Precisamos disto resolvido esta semana. {name}"
    ],
    "de": ["Guten Tag, ich schreibe für {company}: {desc}. Bitte diese Woche lösen. {name}"],
    "fr": ["Bonjour, pour {company} : {desc}. Merci de régler cela cette semaine. {name}"],
    "en": ["Hello, writing for {company}: {desc}. We need this fixed this week. {name}"],
    "es": ["Hola, escribo por {company}: {desc}. Necesitamos solucionarlo esta semana. {name}"],
}
LATER: Table = {
    "it": [
        "Buongiorno, la mia collega {first} vi ha scritto {when} (segnalazione {ref}): {desc}. È ancora così. {name}"
    ],
    "pt": [
        "Bom dia, a minha colega {first} escreveu-vos {when} (pedido {ref}): {desc}. Continua igual. {name}"
    ],
    "de": [
        "Guten Tag, meine Kollegin {first} hat Ihnen {when} geschrieben (Vorgang {ref}): {desc}. Unverändert. {name}"
    ],
    "fr": [
        "Bonjour, ma collègue {first} vous a écrit {when} (demande {ref}) : {desc}. Toujours pareil. {name}"
    ],
    "en": [
        "Hello, my colleague {first} wrote to you {when} (case {ref}): {desc}. Still the same. {name}"
    ],
    "es": [
        "Hola, mi compañera {first} os escribió {when} (incidencia {ref}): {desc}. Sigue igual. {name}"
    ],
}
WHEN: Table = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "esta manhã"],
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
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
}
LAST_EMAIL: Table = {
    "it": [
        "Segnalazione {ref}: non è cambiato nulla, vi abbiamo scritto in tre. L'ufficio acquisti ha già chiesto un preventivo a {comp}."
    ],
    "pt": [
        "Pedido {ref}: nada mudou, já vos escrevemos três pessoas. As compras já pediram preços à {comp}."
    ],
    "de": [
        "Vorgang {ref}: nichts hat sich geändert, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "fr": [
        "Demande {ref} : rien n'a changé, plusieurs collègues vous ont écrit. Les achats ont demandé un devis à {comp}."
    ],
    "en": [
        "Case {ref}: nothing has changed, several of us have written. Procurement has already asked {comp} for rates."
    ],
    "es": [
        "Incidencia {ref}: nada ha cambiado, os hemos escrito varios. Compras ya ha pedido precios a {comp}."
    ],
}
LAST_CALL: Table = {
    "it": [
        "buongiorno chiamo per la segnalazione {ref} non è ancora sistemato vi hanno scritto anche i miei colleghi il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "pt": [
        "bom dia ligo por causa do pedido {ref} continua por resolver os meus colegas também escreveram o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor"
    ],
    "de": [
        "guten Tag ich rufe wegen Vorgang {ref} an es ist immer noch nicht gelöst meine Kollegen haben auch geschrieben mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Lieferanten"
    ],
    "fr": [
        "bonjour j'appelle pour la demande {ref} ce n'est toujours pas réglé mes collègues ont écrit aussi mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "en": [
        "hi I'm calling about case {ref} it's still not fixed my colleagues have written too my boss says we move the account if it isn't sorted this week"
    ],
    "es": [
        "hola llamo por la incidencia {ref} sigue sin resolverse mis compañeros también escribieron mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
ACK: Table = {
    "it": [
        "Gentile cliente, abbiamo aperto la segnalazione {ref} per {company}. Vi aggiorniamo a breve. Cestivo Ufficio"
    ],
    "pt": [
        "Caro cliente, abrimos o pedido {ref} para a {company}. Daremos notícias em breve. Cestivo Ufficio"
    ],
    "de": [
        "Sehr geehrte Kundin, sehr geehrter Kunde, Vorgang {ref} für {company} ist eröffnet. Cestivo Ufficio"
    ],
    "fr": ["Bonjour, nous avons ouvert la demande {ref} pour {company}. Cestivo Ufficio"],
    "en": [
        "Hello, we've opened case {ref} for {company} and will update you shortly. Cestivo Ufficio"
    ],
    "es": ["Hola, hemos abierto la incidencia {ref} para {company}. Cestivo Ufficio"],
}
SUGGEST: Table = {
    "it": [
        "Suggerimento: sarebbe comodo esportare la spesa per centro di costo",
        "sulla bolla potreste indicare la provenienza dei prodotti?",
    ],
    "pt": [
        "Sugestão: dava jeito exportar os gastos por centro de custo",
        "na guia podiam indicar a origem dos produtos?",
    ],
    "de": ["Vorschlag: Export der Kosten nach Kostenstelle wäre praktisch"],
    "fr": ["Suggestion : un export des dépenses par centre de coût serait pratique"],
    "en": ["Suggestion: an export of spend by cost centre would help"],
    "es": ["Sugerencia: exportar el gasto por centro de coste sería útil"],
}
SUGGEST_ACK: Table = {
    "it": ["Grazie del suggerimento, lo passiamo al team prodotto."],
    "pt": ["Obrigado pela sugestão, passamos à equipa de produto."],
    "de": ["Danke für den Vorschlag, wir geben ihn weiter."],
    "fr": ["Merci pour la suggestion, transmise à l'équipe produit."],
    "en": ["Thanks for the suggestion, passed to the product team."],
    "es": ["Gracias por la sugerencia, la pasamos al equipo de producto."],
}
ROUTINE_Q: Table = {
    "it": [
        "Ciao, possiamo aggiungere una cesta di frutta per venerdì alla sede di via Roma?",
        "per la riunione di giovedì possiamo avere 2 cesti in più?",
    ],
    "pt": [
        "Olá, podemos juntar um cesto de fruta na sexta para a loja do Porto?",
        "para a reunião de quinta dá para mais 2 cestos?",
    ],
    "de": ["Hallo, können wir Freitag einen Obstkorb extra für den Standort Nord bekommen?"],
    "fr": ["Bonjour, on peut ajouter un panier de fruits vendredi pour le site de Lyon ?"],
    "en": ["Hi, can we add a fruit basket on Friday for the Leeds office?"],
    "es": ["Hola, ¿podemos añadir una cesta de fruta el viernes para la sede centro?"],
}
ROUTINE_A: Table = {
    "it": ["Fatto, aggiunto all'ordine di venerdì."],
    "pt": ["Feito, acrescentado à encomenda de sexta."],
    "de": ["Erledigt, zur Freitagslieferung hinzugefügt."],
    "fr": ["C'est fait, ajouté à la livraison de vendredi."],
    "en": ["Done, added to Friday's delivery."],
    "es": ["Hecho, añadido al pedido del viernes."],
}
THANKS: Table = {
    "it": ["grazie!"],
    "pt": ["obrigada!"],
    "de": ["danke!"],
    "fr": ["merci !"],
    "en": ["thanks!"],
    "es": ["¡gracias!"],
}
PRAISE: Table = {
    "it": ["In ufficio la cesta Cestivo del lunedì è diventata un rito, frutta sempre perfetta"],
    "pt": ["No escritório o cesto Cestivo de segunda já é tradição, fruta sempre perfeita"],
    "de": ["Der Cestivo Obstkorb am Montag ist bei uns im Büro Kult"],
    "fr": ["Au bureau, le panier Cestivo du lundi est devenu un rituel"],
    "en": ["Monday's Cestivo fruit basket has become a ritual at our office"],
    "es": ["En la oficina la cesta Cestivo del lunes ya es un ritual"],
}
