# ruff: noqa: E501
"""Business-arm wording for heldout124 (Ascendo Events: team flights and tethered balloons on account).

Placeholders: {b} brand, {c} case reference, {n} first complainer's first name, {d} weekday,
{k} competitor.
"""

from __future__ import annotations

T = dict[str, list[str]]

PRODUCTS: list[tuple[str, int]] = [
    ("Team flight, 8 seats / Vol d'équipe, 8 places", 1390),
    ("Tethered balloon, half day / Ballon captif, demi-journée", 2400),
    ("Branded balloon at event / Ballon à vos couleurs", 3900),
    ("Client gift vouchers x10 / Bons cadeaux clients x10", 1750),
]

PAGES = [
    "/events/portal",
    "/events/portal/bookings",
    "/events/portal/invoices",
    "/events/tethered",
    "/events/team-flights",
]

ROUTINE_Q: T = {
    "en": [
        "Can we add two names to Thursday's team flight through the portal?",
        "Is the tethered balloon OK on a gravel car park?",
    ],
    "fr": [
        "Peut-on ajouter deux noms au vol d'équipe de jeudi via le portail ?",
        "Le ballon captif peut-il être installé sur un parking gravillonné ?",
    ],
    "de": ["Können wir zwei Namen für den Teamflug am Donnerstag nachtragen?"],
    "es": ["¿Podemos añadir dos nombres al vuelo de equipo del jueves?"],
    "it": ["Possiamo aggiungere due nomi al volo di squadra di giovedì?"],
    "pt": ["Podemos juntar dois nomes ao voo de equipa de quinta?"],
}

ROUTINE_A: T = {
    "en": [
        "Yes, up to 48 hours before, under Bookings > Passengers. Gravel is fine for the tethered balloon."
    ],
    "fr": [
        "Oui, jusqu'à 48 h avant, dans Réservations > Passagers. Le gravier convient au ballon captif."
    ],
    "de": ["Ja, bis 48 Stunden vorher unter Buchungen > Passagiere."],
    "es": ["Sí, hasta 48 horas antes, en Reservas > Pasajeros."],
    "it": ["Sì, fino a 48 ore prima, in Prenotazioni > Passeggeri."],
    "pt": ["Sim, até 48 horas antes, em Reservas > Passageiros."],
}

THANKS: T = {
    "en": ["Great, thanks"],
    "fr": ["Parfait, merci"],
    "de": ["Danke!"],
    "es": ["Perfecto, gracias"],
    "it": ["Perfetto, grazie"],
    "pt": ["Perfeito, obrigado"],
}

PRAISE: T = {
    "en": [
        "Our sales team's sunrise flight with {b} Events was the best offsite we've done. Smooth from booking to invoice."
    ],
    "fr": [
        "Le ballon captif {b} Events à notre salon a fait la queue toute la journée. Équipe au top."
    ],
    "de": ["Teamfahrt mit {b} Events, perfekt organisiert, das Team schwärmt noch."],
    "es": ["El globo cautivo de {b} Events en nuestra feria, un éxito total."],
    "it": ["Volo di squadra con {b} Events, organizzazione perfetta."],
    "pt": ["O balão cativo da {b} Events no nosso evento foi um sucesso."],
}

SUGGEST: T = {
    "en": [
        "Suggestion: could the portal export bookings by cost centre? Would save our finance team an afternoon a month.",
        "Small idea: put the wind limit on the booking confirmation so our staff know what to expect.",
    ],
    "fr": [
        "Suggestion : le portail pourrait-il exporter les réservations par centre de coûts ?",
        "Petite idée : indiquer la limite de vent sur la confirmation, pour prévenir nos équipes.",
    ],
    "de": ["Vorschlag: Export der Buchungen nach Kostenstelle im Portal?"],
    "es": ["Sugerencia: ¿exportar las reservas por centro de coste en el portal?"],
    "it": ["Suggerimento: esportare le prenotazioni per centro di costo?"],
    "pt": ["Sugestão: exportar reservas por centro de custo no portal?"],
}

SUGGEST_ACK: T = {
    "en": ["Thanks for the suggestion, we've passed it to the product team."],
    "fr": ["Merci pour la suggestion, transmise à l'équipe produit."],
    "de": ["Danke für den Vorschlag, ist weitergegeben."],
    "es": ["Gracias por la sugerencia, la hemos trasladado."],
    "it": ["Grazie del suggerimento, lo abbiamo inoltrato."],
    "pt": ["Obrigado pela sugestão, já foi encaminhada."],
}

B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]

PP: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "invoices with our old company name and no PO number",
        "fr": "les factures à l'ancien nom de la société, sans numéro de commande",
        "de": "Rechnungen mit altem Firmennamen und ohne Bestellnummer",
        "es": "facturas con el nombre antiguo y sin número de pedido",
        "it": "fatture con la vecchia ragione sociale e senza numero d'ordine",
        "pt": "faturas com o nome antigo e sem número de encomenda",
    },
    "service_blocked": {
        "en": "event bookings refused because the account is 'on stop' though everything is paid",
        "fr": "les réservations refusées, compte « bloqué » alors que tout est payé",
        "de": "Buchungen abgelehnt, Konto 'gesperrt', obwohl alles bezahlt ist",
        "es": "reservas rechazadas por cuenta 'bloqueada' estando todo pagado",
        "it": "prenotazioni rifiutate, conto 'bloccato' anche se è tutto pagato",
        "pt": "reservas recusadas, conta 'bloqueada' com tudo pago",
    },
    "portal": {
        "en": "the portal showing no bookings, so we can't add passenger names",
        "fr": "le portail qui n'affiche aucune réservation, impossible d'ajouter les noms",
        "de": "das Portal zeigt keine Buchungen, wir können keine Namen eintragen",
        "es": "el portal sin reservas, no podemos añadir nombres",
        "it": "il portale senza prenotazioni, impossibile aggiungere nomi",
        "pt": "o portal sem reservas, não dá para juntar nomes",
    },
    "overbilled": {
        "en": "every seat billed at the public rate instead of our group contract rate",
        "fr": "chaque place facturée au tarif public au lieu du tarif groupe du contrat",
        "de": "jeder Platz zum Normalpreis statt zum Gruppentarif laut Vertrag",
        "es": "cada plaza cobrada a tarifa pública y no a la de grupo del contrato",
        "it": "ogni posto fatturato a tariffa pubblica invece che di gruppo",
        "pt": "cada lugar faturado à tarifa normal e não à de grupo",
    },
}

FIRST: T = {
    "en": [
        "Hello, we have a problem with {pp}. This needs fixing before month end, our accounts team is blocked.",
        "Hi, writing about {pp}. Please look at it urgently.",
    ],
    "fr": [
        "Bonjour, nous avons un problème : {pp}. Il faut corriger avant la fin du mois, notre comptabilité est bloquée.",
        "Bonjour, je vous écris au sujet de : {pp}. Merci de traiter en urgence.",
    ],
    "de": ["Guten Tag, wir haben ein Problem: {pp}. Bitte vor Monatsende beheben."],
    "es": ["Hola, tenemos un problema: {pp}. Hay que arreglarlo antes de fin de mes."],
    "it": ["Buongiorno, abbiamo un problema: {pp}. Va risolto entro fine mese."],
    "pt": ["Bom dia, temos um problema: {pp}. Tem de ser resolvido até ao fim do mês."],
}

LATER: T = {
    "en": [
        "My colleague {n} already wrote on {d} (case {c}): {pp}. Same here, it's holding up our work. Please fix it."
    ],
    "fr": [
        "Ma collègue {n} vous a déjà écrit {d} (dossier {c}) : {pp}. Même chose de mon côté, ça bloque notre travail."
    ],
    "de": ["Mein Kollege {n} hat schon am {d} geschrieben (Vorgang {c}): {pp}. Bei mir dasselbe."],
    "es": ["Mi compañera {n} ya escribió el {d} (incidencia {c}): {pp}. A mí me pasa lo mismo."],
    "it": ["Il mio collega {n} ha già scritto {d} (pratica {c}): {pp}. Anche per me è lo stesso."],
    "pt": ["A minha colega {n} já escreveu na {d} (processo {c}): {pp}. Comigo é igual."],
}

LAST_EMAIL: T = {
    "en": [
        "Case {c}: still nothing fixed, {pp}. Several of us have written now. Procurement has already asked {k} for their rates."
    ],
    "fr": [
        "Dossier {c} : toujours rien de corrigé ({pp}). Plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {k}."
    ],
    "de": [
        "Vorgang {c}: immer noch nichts behoben ({pp}). Mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {k} angefragt."
    ],
    "es": [
        "Incidencia {c}: sigue sin arreglarse ({pp}). Varios compañeros os hemos escrito. Compras ya ha pedido precios a {k}."
    ],
    "it": [
        "Pratica {c}: ancora niente ({pp}). Vi abbiamo scritto in diversi. L'ufficio acquisti ha già chiesto i prezzi a {k}."
    ],
    "pt": [
        "Processo {c}: continua por resolver ({pp}). Vários colegas escreveram. As compras já pediram preços à {k}."
    ],
}

LAST_PHONE: T = {
    "en": [
        "hi it's about case {c} {pp} still isn't fixed several of us have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "oui bonjour c'est pour le dossier {c} {pp} c'est toujours pas réglé on est plusieurs à avoir écrit mon chef dit qu'on change de prestataire si c'est pas réglé cette semaine"
    ],
    "de": [
        "ja hallo wegen Vorgang {c} {pp} ist immer noch nicht behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "es": [
        "hola llamo por la incidencia {c} {pp} sigue igual varios hemos escrito mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana"
    ],
    "it": [
        "pronto per la pratica {c} {pp} ancora niente in diversi abbiamo scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "olá é sobre o processo {c} {pp} continua igual vários escrevemos o meu chefe diz que mudamos de fornecedor se não resolverem esta semana"
    ],
}

ACK: T = {
    "en": ["Thanks, we've logged this as case {c} and our accounts team will come back to you."],
    "fr": [
        "Merci, c'est enregistré sous le dossier {c}, notre service clients entreprises revient vers vous."
    ],
    "de": ["Danke, erfasst als Vorgang {c}, unser Firmenkundenteam meldet sich."],
    "es": ["Gracias, registrado como incidencia {c}, nuestro equipo de empresas le responderá."],
    "it": ["Grazie, registrato come pratica {c}, il team aziende la ricontatterà."],
    "pt": ["Obrigado, registado como processo {c}, a equipa de empresas vai responder."],
}

SUBJ = {
    "en": "Account issue: ",
    "fr": "Problème compte : ",
    "de": "Kontoproblem: ",
    "es": "Problema de cuenta: ",
    "it": "Problema account: ",
    "pt": "Problema de conta: ",
}
