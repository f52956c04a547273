# ruff: noqa: E501
"""Business-arm wording of heldout91 (Pellanto Pro: fuel on account for firms)."""

from __future__ import annotations

PRO_PRODUCTS: list[tuple[str, float, str]] = [
    ("Pellets ENplus A1, 4 pallets / Pellets ENplus A1, 4 palets", 1290.0, "/pro/pellets"),
    ("Oak pizza-oven logs 3 m3 / Leña de roble para horno 3 m3", 540.0, "/pro/firewood"),
    ("Bulk pellets blown, 5 t / Pellets a granel soplados, 5 t", 1720.0, "/pro/bulk"),
    ("Beech briquettes 1 t / Briquetas de haya 1 t", 430.0, "/pro/briquettes"),
]
PRO_PAGES = ["/pro/portal", "/pro/invoices", "/pro/deliveries", "/pro/contract", "/pro/sites"]

PRO_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

# the account's problem as each complainer restates it
PRO_COMPLAINT: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "Your invoices for our sites carry the wrong VAT number and no PO number, so finance cannot pay a single one",
        "service_blocked": "Your driver refused to unload at our site because the account is 'on credit stop', though every invoice is paid",
        "portal": "The Pro portal shows no deliveries at all for our sites, so we cannot reorder or check what was delivered",
        "overbilled": "We are billed the daily spot price instead of our contract price, over £600 more this month",
    },
    "es": {
        "invoice": "Las facturas de nuestros centros llevan el CIF equivocado y sin número de pedido, contabilidad no puede pagar ninguna",
        "service_blocked": "Vuestro conductor no quiso descargar porque la cuenta está 'bloqueada por crédito', y está todo pagado",
        "portal": "El portal Pro no muestra ninguna entrega de nuestros centros, no podemos repetir pedidos ni comprobar nada",
        "overbilled": "Nos facturáis el precio del día en lugar del precio de contrato, más de 600 € de diferencia este mes",
    },
    "de": {
        "invoice": "Ihre Rechnungen tragen die falsche USt-IdNr. und keine Bestellnummer, die Buchhaltung kann nichts bezahlen",
        "service_blocked": "Ihr Fahrer hat nicht abgeladen, Konto angeblich 'Kreditsperre', obwohl alles bezahlt ist",
        "portal": "Das Pro-Portal zeigt keine einzige Lieferung für unsere Standorte",
        "overbilled": "Wir zahlen den Tagespreis statt unseres Vertragspreises, über 600 € mehr diesen Monat",
    },
    "fr": {
        "invoice": "Vos factures portent le mauvais numéro de TVA et pas de numéro de commande, la compta ne peut rien payer",
        "service_blocked": "Votre chauffeur a refusé de décharger, compte 'bloqué', alors que tout est payé",
        "portal": "Le portail Pro n'affiche aucune livraison pour nos sites",
        "overbilled": "On nous facture le prix du jour au lieu du prix contractuel, plus de 600 € ce mois-ci",
    },
    "it": {
        "invoice": "Le vostre fatture hanno la partita IVA sbagliata e nessun numero d'ordine",
        "service_blocked": "L'autista non ha scaricato, conto 'bloccato per credito' ma è tutto pagato",
        "portal": "Il portale Pro non mostra nessuna consegna per le nostre sedi",
        "overbilled": "Ci fatturate il prezzo del giorno invece del prezzo di contratto, oltre 600 € in più",
    },
    "pt": {
        "invoice": "As vossas faturas têm o NIF errado e nenhum número de encomenda",
        "service_blocked": "O motorista recusou descarregar, conta 'bloqueada por crédito' mas está tudo pago",
        "portal": "O portal Pro não mostra nenhuma entrega das nossas obras",
        "overbilled": "Faturam-nos o preço do dia em vez do preço de contrato, mais de 600 € este mês",
    },
}
PRO_SUBJECT = {
    "en": "Complaint: account {acc}",
    "es": "Reclamación: cuenta {acc}",
    "de": "Beschwerde: Konto {acc}",
    "fr": "Réclamation : compte {acc}",
    "it": "Reclamo: conto {acc}",
    "pt": "Reclamação: conta {acc}",
}
PRO_FIRST: dict[str, str] = {
    "en": "Hello,\n\n{problem}. Please sort this urgently.\n\n{name}\n{title}, {company}",
    "es": "Buenos días:\n\n{problem}. Por favor, solucionadlo cuanto antes.\n\n{name}\n{title}, {company}",
    "de": "Guten Tag,\n\n{problem}. Bitte dringend klären.\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\n{problem}. Merci de régler cela d'urgence.\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\n{problem}. Vi prego di risolvere con urgenza.\n\n{name}\n{title}, {company}",
    "pt": "Bom dia,\n\n{problem}. Por favor resolvam com urgência.\n\n{name}\n{title}, {company}",
}
PRO_LATER: dict[str, str] = {
    "en": "Hello,\n\nmy colleague {first} wrote to you {when} about case {case}. Same problem here: {problem}. Nothing has changed.\n\n{name}\n{title}, {company}",
    "es": "Buenas:\n\nmi compañero/a {first} os escribió {when} por la incidencia {case}. Lo mismo aquí: {problem}. No ha cambiado nada.\n\n{name}\n{title}, {company}",
    "de": "Hallo,\n\nmein Kollege/meine Kollegin {first} hat Ihnen {when} wegen Vorgang {case} geschrieben. Bei mir dasselbe: {problem}. Nichts hat sich getan.\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\nmon collègue {first} vous a écrit {when} pour la demande {case}. Même problème ici : {problem}. Rien n'a changé.\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\nil/la collega {first} vi ha scritto {when} per la segnalazione {case}. Stesso problema qui: {problem}. Non è cambiato nulla.\n\n{name}\n{title}, {company}",
    "pt": "Bom dia,\n\no/a colega {first} escreveu-vos {when} sobre o pedido {case}. Aqui o mesmo: {problem}. Nada mudou.\n\n{name}\n{title}, {company}",
}
WHEN: dict[str, list[str]] = {
    "en": ["on Wednesday", "on Thursday", "this morning", "yesterday"],
    "es": ["el miércoles", "el jueves", "esta mañana", "ayer"],
    "de": ["am Mittwoch", "am Donnerstag", "heute Morgen", "gestern"],
    "fr": ["mercredi", "jeudi", "ce matin", "hier"],
    "it": ["mercoledì", "giovedì", "stamattina", "ieri"],
    "pt": ["na quarta", "na quinta", "esta manhã", "ontem"],
}
PRO_ACK: dict[str, str] = {
    "en": "Hello {first}, thank you. We have opened case {case} for account {acc} and our Pro team is on it.",
    "es": "Hola {first}, gracias. Hemos abierto la incidencia {case} para la cuenta {acc}, el equipo Pro está en ello.",
    "de": "Hallo {first}, danke. Wir haben Vorgang {case} für Konto {acc} eröffnet, das Pro-Team kümmert sich.",
    "fr": "Bonjour {first}, merci. Demande {case} ouverte pour le compte {acc}, l'équipe Pro s'en occupe.",
    "it": "Ciao {first}, grazie. Abbiamo aperto la segnalazione {case} per il conto {acc}.",
    "pt": "Olá {first}, obrigado. Abrimos o pedido {case} para a conta {acc}.",
}
PRO_LAST_EMAIL: dict[str, str] = {
    "en": "Case {case}: still nothing fixed and several of us have written now. Procurement has already asked {comp} for their rates.",
    "es": "Incidencia {case}: sigue sin arreglarse y ya os hemos escrito varios. Compras ya ha pedido precios a {comp}.",
    "de": "Vorgang {case}: immer noch nichts behoben, mehrere von uns haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "fr": "Demande {case} : toujours rien, plusieurs d'entre nous ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "it": "Segnalazione {case}: ancora niente e vi abbiamo scritto in tanti. Gli acquisti hanno chiesto i prezzi a {comp}.",
    "pt": "Pedido {case}: continua sem solução e já escrevemos vários. As compras já pediram preços à {comp}.",
}
PRO_LAST_CALL: dict[str, str] = {
    "en": "hi its about case {case} still not fixed several of us have written my boss says we move the account if its not sorted this week",
    "es": "hola llamo por la incidencia {case} sigue sin arreglar ya os hemos escrito varios y mi jefe dice que si no se arregla esta semana nos cambiamos de proveedor",
    "de": "ja hallo wegen Vorgang {case} immer noch nicht behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "fr": "oui bonjour c'est pour la demande {case} toujours pas réglé plusieurs collègues ont écrit mon patron dit qu'on change de fournisseur si ce n'est pas fait cette semaine",
    "it": "sì buongiorno per la segnalazione {case} ancora non risolto in tanti vi abbiamo scritto il mio capo dice che cambiamo fornitore se non si sistema questa settimana",
    "pt": "olá é sobre o pedido {case} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
PRO_LOW_NPS = {
    "en": "invoices unusable",
    "es": "así no se puede trabajar",
    "de": "so nicht",
    "fr": "inacceptable",
    "it": "inaccettabile",
    "pt": "inaceitável",
}
PRO_MILD: dict[str, list[str]] = {
    "en": [
        "Suggestion: could delivery notes show the moisture reading of the load?",
        "Would be handy to export fuel costs by site code from the portal",
    ],
    "es": [
        "Sugerencia: ¿podrían los albaranes indicar la humedad de la carga?",
        "Estaría bien exportar costes por código de centro desde el portal",
    ],
    "de": [
        "Vorschlag: Könnten die Lieferscheine den Feuchtewert der Ladung zeigen?",
        "Praktisch wäre ein Export der Kosten nach Standortcode im Portal",
    ],
    "fr": [
        "Suggestion : afficher le taux d'humidité sur les bons de livraison ?",
        "Pratique : exporter les coûts par code de site",
    ],
    "it": [
        "Suggerimento: indicare l'umidità del carico sulle bolle?",
        "Utile esportare i costi per codice sede",
    ],
    "pt": [
        "Sugestão: indicar a humidade da carga nas guias?",
        "Útil exportar custos por código de obra",
    ],
}
PRO_MILD_ACK = {
    "en": "Thanks {first}, passed to the product team.",
    "es": "Gracias {first}, lo pasamos al equipo de producto.",
    "de": "Danke {first}, ans Produktteam weitergegeben.",
    "fr": "Merci {first}, transmis à l'équipe produit.",
    "it": "Grazie {first}, girato al team prodotto.",
    "pt": "Obrigado {first}, passado à equipa de produto.",
}
PRO_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Can we add a second delivery address for the new site?",
            "Yes, under Sites in the portal, it's live straight away.",
            "great thanks",
        ),
        (
            "Is Friday's bulk delivery still on for 7am?",
            "Yes, 7:00-8:00, the driver will call from the gate.",
            "perfect",
        ),
    ],
    "es": [
        (
            "¿Podemos añadir una segunda dirección para el centro nuevo?",
            "Sí, en Centros del portal, se activa al momento.",
            "genial gracias",
        ),
        (
            "¿Sigue en pie la entrega a granel del viernes a las 7?",
            "Sí, de 7 a 8, el conductor llamará desde la puerta.",
            "perfecto",
        ),
    ],
    "de": [
        (
            "Können wir eine zweite Lieferadresse anlegen?",
            "Ja, unter Standorte im Portal.",
            "danke",
        ),
        (
            "Bleibt die Lieferung Freitag 7 Uhr?",
            "Ja, 7-8 Uhr, der Fahrer ruft vom Tor an.",
            "super",
        ),
    ],
    "fr": [
        (
            "On peut ajouter une deuxième adresse de livraison ?",
            "Oui, rubrique Sites du portail.",
            "merci",
        )
    ],
    "it": [("Possiamo aggiungere un secondo indirizzo?", "Sì, in Sedi nel portale.", "grazie")],
    "pt": [("Podemos acrescentar uma segunda morada?", "Sim, em Obras no portal.", "obrigado")],
}
PRO_PRAISE: dict[str, list[str]] = {
    "en": ["Pellanto Pro bulk delivery bang on 7am again, boiler never skipped a beat"],
    "es": ["Otra entrega a granel de Pellanto Pro a las 7 en punto, la caldera ni se enteró"],
    "de": ["Wieder pünktliche Lieferung von Pellanto Pro, die Heizung läuft"],
    "fr": ["Livraison Pellanto Pro pile à 7h, parfait pour la chaufferie"],
    "it": ["Consegna Pellanto Pro puntuale alle 7, caldaia sempre accesa"],
    "pt": ["Entrega da Pellanto Pro às 7 em ponto, caldeira sempre a funcionar"],
}
JOB_TITLES = [
    "Facilities manager",
    "Head chef",
    "Office manager",
    "Finance officer",
    "Site manager",
    "Owner",
    "Purchasing lead",
    "Caretaker",
]
