# ruff: noqa: E501
"""Business-arm wording for heldout125 (Raggiolo Impresa: roof arrays on account)."""

from __future__ import annotations

SITES = [
    "farm",
    "warehouse",
    "school",
    "hotel",
    "municipality",
    "logistics",
    "supermarket",
    "winery",
    "factory",
    "housing",
    "hospital",
    "sports",
]

B2B_PRODUCTS = [
    ("Array cleaning per 100 panels / Pulizia campo per 100 pannelli", "420.00", "/pro/book"),
    ("Thermal drone survey, site / Termografia sito", "690.00", "/pro/survey"),
    ("Bird-proofing, site / Anti-piccioni sito", "1180.00", "/pro/bird"),
]
B2B_PAGES = ["/pro/sites", "/pro/invoices", "/pro/visits", "/pro/reports"]

B2B_QUESTION = {
    "de": [
        "Können Sie die Reinigung am Lager Nord auf einen Samstag legen, wegen Ladebetrieb?",
        "Wir brauchen den Thermografie-Bericht als PDF für die Versicherung, geht das?",
    ],
    "it": [
        "Potete spostare la pulizia del capannone al sabato per via del carico merci?",
        "Ci serve la termografia in PDF per l'assicurazione, è possibile?",
    ],
    "en": [
        "Could the clean at the north warehouse be on a Saturday? Loading bays are busy weekdays"
    ],
    "fr": ["Pouvez-vous faire le nettoyage de l'entrepôt un samedi ?"],
    "es": ["¿Se puede hacer la limpieza de la nave en sábado?"],
    "pt": ["É possível fazer a limpeza do armazém ao sábado?"],
}
B2B_ANSWER = {
    "de": ["Ja, gern, ist eingetragen. Viele Grüße, {agent}"],
    "it": ["Certo, fatto. Un saluto, {agent}"],
    "en": ["Yes, that's booked in. Regards, {agent}"],
    "fr": ["Oui, c'est noté. Cordialement, {agent}"],
    "es": ["Sí, queda anotado. Saludos, {agent}"],
    "pt": ["Sim, fica marcado. Cumprimentos, {agent}"],
}
B2B_THANKS = {
    "de": ["Danke!"],
    "it": ["Grazie!"],
    "en": ["Cheers"],
    "fr": ["Merci"],
    "es": ["Gracias"],
    "pt": ["Obrigado"],
}
B2B_PRAISE = {
    "de": [
        "Reinigung auf dem Hallendach lief reibungslos, Ertrag wieder auf Sommerniveau. Danke an die Crew von Raggiolo"
    ],
    "it": ["Pulizia del capannone fatta senza fermare il magazzino, ottimo lavoro Raggiolo"],
    "en": ["Smooth job on the depot roof, yield back up. Good crew"],
    "fr": ["Nettoyage du toit de l'entrepôt impeccable, merci Raggiolo"],
    "es": ["Limpieza de la nave impecable, gracias Raggiolo"],
    "pt": ["Limpeza do armazém impecável, obrigado Raggiolo"],
}
B2B_PROBLEM = {
    "invoice": {
        "de": "die Rechnungen kommen wieder auf den alten Firmennamen und ohne Bestellnummer, unsere Buchhaltung kann sie nicht verbuchen",
        "it": "le fatture arrivano ancora con la vecchia ragione sociale e senza numero d'ordine, l'amministrazione non le può registrare",
        "en": "invoices still carry our old company name and no PO number, accounts can't post them",
        "fr": "les factures portent l'ancien nom de la société et aucun numéro de commande",
        "es": "las facturas siguen con la razón social antigua y sin número de pedido",
        "pt": "as faturas continuam com o nome antigo da empresa e sem número de encomenda",
    },
    "service_blocked": {
        "de": "Ihr Team hat heute die Reinigung verweigert, 'Konto gesperrt', obwohl alles bezahlt ist",
        "it": "la vostra squadra oggi si è rifiutata di pulire, 'conto bloccato', anche se è tutto pagato",
        "en": "your crew refused to start today, 'account on stop', though everything is paid",
        "fr": "votre équipe a refusé d'intervenir, 'compte bloqué', alors que tout est payé",
        "es": "vuestro equipo se negó a limpiar, 'cuenta bloqueada', y está todo pagado",
        "pt": "a vossa equipa recusou a limpeza, 'conta bloqueada', e está tudo pago",
    },
    "portal": {
        "de": "im Portal sind keine unserer Standorte mehr zu sehen, wir können keine Reinigung buchen",
        "it": "nel portale non compare più nessuno dei nostri siti, non possiamo prenotare",
        "en": "the portal shows none of our sites, we can't book anything",
        "fr": "le portail n'affiche plus aucun de nos sites",
        "es": "el portal no muestra ninguna de nuestras sedes",
        "pt": "o portal não mostra nenhum dos nossos locais",
    },
    "overbilled": {
        "de": "uns wird der Einzelpreis pro Modul berechnet statt der vereinbarten Standortpauschale, über 900 € zu viel",
        "it": "ci addebitate il prezzo a pannello invece del forfait per sito concordato, oltre 900 € in più",
        "en": "we're billed per panel instead of the agreed site rate, over £800 too much",
        "fr": "on nous facture au panneau au lieu du forfait par site convenu, plus de 900 € de trop",
        "es": "nos cobráis por panel en vez de la tarifa por sede pactada, más de 900 € de más",
        "pt": "estão a cobrar por painel em vez da tarifa por local acordada, mais de 900 € a mais",
    },
}
FIRST = {
    "de": "Guten Tag,\n\n{core}. Bitte um schnelle Klärung.\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\n{core}. Chiediamo una soluzione rapida.\n\n{name}\n{title}, {company}",
    "en": "Hello,\n\n{core}. Please sort this quickly.\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\n{core}. Merci de régler cela rapidement.\n\n{name}\n{title}, {company}",
    "es": "Hola,\n\n{core}. Rogamos solución rápida.\n\n{name}\n{title}, {company}",
    "pt": "Olá,\n\n{core}. Pedimos resolução rápida.\n\n{name}\n{title}, {company}",
}
LATER = {
    "de": "Guten Tag,\n\nmeine Kollegin/mein Kollege {first} hat Ihnen am {day} geschrieben (Vorgang {case}): {core}. Das betrifft jetzt auch meine Abteilung.\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\nil/la collega {first} vi ha scritto {day} (segnalazione {case}): {core}. Ora riguarda anche il mio reparto.\n\n{name}\n{title}, {company}",
    "en": "Hello,\n\nmy colleague {first} wrote to you on {day} (case {case}): {core}. It's now hitting my team too.\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\nmon collègue {first} vous a écrit {day} (demande {case}) : {core}. Mon service est touché aussi.\n\n{name}\n{title}, {company}",
    "es": "Hola,\n\nmi compañero {first} les escribió el {day} (incidencia {case}): {core}. Ahora afecta también a mi departamento.\n\n{name}\n{title}, {company}",
    "pt": "Olá,\n\no meu colega {first} escreveu na {day} (pedido {case}): {core}. Agora afeta também o meu departamento.\n\n{name}\n{title}, {company}",
}
LAST_MAIL = {
    "de": "Vorgang {case}: immer noch nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} nach Preisen gefragt.",
    "it": "Segnalazione {case}: ancora niente, hanno scritto in diversi. L'ufficio acquisti ha già chiesto un'offerta a {comp}.",
    "en": "Case {case}: still not fixed and several of us have written. Procurement has already asked {comp} for rates.",
    "fr": "Demande {case} : toujours rien, plusieurs collègues ont écrit. Les achats ont demandé un devis à {comp}.",
    "es": "Incidencia {case}: sigue igual y han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "pt": "Pedido {case}: continua igual e escreveram vários colegas. As compras já pediram preços à {comp}.",
}
LAST_CALL = {
    "de": "ja guten Tag wegen Vorgang {case} da ist immer noch nichts passiert mehrere Kollegen haben schon geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
    "it": "sì buongiorno per la segnalazione {case} ancora niente hanno scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "en": "hi it's about case {case} still nothing done several of us have written my boss says if it isn't fixed this week we move the account",
    "fr": "oui bonjour pour la demande {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "hola buenas por la incidencia {case} sigue sin arreglarse han escrito varios mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    "pt": "olá bom dia pelo pedido {case} continua igual já escreveram vários o meu chefe diz que se não se resolver esta semana mudamos de fornecedor",
}
ACK = {
    "de": "Guten Tag, wir haben den Vorgang {case} angelegt und kümmern uns. {agent}, Raggiolo Impresa",
    "it": "Buongiorno, abbiamo aperto la segnalazione {case} e ce ne occupiamo. {agent}, Raggiolo Impresa",
    "en": "Hello, we've opened case {case} and are on it. {agent}, Raggiolo Impresa",
    "fr": "Bonjour, nous avons ouvert la demande {case}. {agent}, Raggiolo Impresa",
    "es": "Hola, hemos abierto la incidencia {case}. {agent}, Raggiolo Impresa",
    "pt": "Olá, abrimos o pedido {case}. {agent}, Raggiolo Impresa",
}
SUGGEST = {
    "de": [
        "Vorschlag: könnten die Reinigungskosten pro Kostenstelle exportiert werden?",
        "Wäre schön, wenn auf dem Bericht das Datum der letzten Sicherheitsprüfung stünde.",
    ],
    "it": [
        "Suggerimento: si potrebbero esportare i costi per centro di costo?",
        "Sarebbe utile avere nel rapporto la data dell'ultima verifica di sicurezza.",
    ],
    "en": ["Suggestion: could costs be exported by cost centre?"],
    "fr": ["Suggestion : exporter les coûts par centre de coût ?"],
    "es": ["Sugerencia: ¿se pueden exportar costes por centro de coste?"],
    "pt": ["Sugestão: exportar custos por centro de custo?"],
}
SUGGEST_ACK = {
    "de": "Danke für den Vorschlag, wir geben ihn ans Produktteam weiter. {agent}",
    "it": "Grazie del suggerimento, lo giriamo al team prodotto. {agent}",
    "en": "Thanks for the idea, passed to the product team. {agent}",
    "fr": "Merci pour l'idée, transmise à l'équipe produit. {agent}",
    "es": "Gracias por la idea, la pasamos al equipo de producto. {agent}",
    "pt": "Obrigado pela ideia, passámos à equipa de produto. {agent}",
}
WEEKDAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
TITLES = [
    "Facility Manager",
    "Head of Procurement",
    "Energy Manager",
    "Site Manager",
    "Accounts Payable",
    "Operations Lead",
    "Property Manager",
]
