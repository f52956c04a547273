"""Company contacts' and agents' words for heldout68 (Zolleto Team, plots for organisations).

Placeholders: {case}, {agent}, {name}, {first} (the first complainer), {day}, {comp}, {company}.
"""

# ruff: noqa: E501

from __future__ import annotations

# (company, domain, site kind)
COMPANIES = {
    "it": [
        ("Officine Brenta Srl", "officinebrenta", "manufacturing"),
        ("Liceo Galvani", "liceogalvani-bo", "school"),
        ("RSA Villa dei Tigli", "villadeitigli", "care_home"),
        ("Trattoria Il Mulino", "trattoriailmulino", "restaurant"),
        ("Studio Associato Ferri", "studioferri", "office"),
    ],
    "es": [
        ("Logística Turia SL", "logisticaturia", "logistics"),
        ("Colegio San Fermín", "colegiosanfermin", "school"),
        ("Residencia Los Almendros", "losalmendros-res", "care_home"),
        ("Hotel Alcazaba", "hotelalcazaba", "hotel"),
        ("Ayuntamiento de Burjassot", "burjassot-ayto", "municipality"),
    ],
    "pt": [
        ("Tecnidouro Lda", "tecnidouro", "manufacturing"),
        ("Escola Básica da Foz", "ebfoz", "school"),
    ],
    "de": [
        ("Stadtwerke Sulzbach", "sw-sulzbach", "utility"),
        ("Kita Sonnenblume", "kita-sonnenblume", "nursery"),
    ],
    "fr": [("Clinique des Tilleuls", "clinique-tilleuls", "clinic")],
    "en": [("Harbourside Software Ltd", "harbourside-sw", "office")],
}
TITLES = [
    "HR manager",
    "Office manager",
    "Wellbeing lead",
    "Facilities coordinator",
    "Head teacher",
    "Activities coordinator",
    "Head chef",
    "Finance assistant",
    "Operations manager",
    "Team leader",
]
WEEKDAYS = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
}
THIS_MORNING = {
    "it": "stamattina",
    "es": "esta mañana",
    "pt": "esta manhã",
    "de": "heute Morgen",
    "fr": "ce matin",
    "en": "this morning",
}

B2B_PRODUCTS = [
    ("Staff plots, 6 × 25 m², autumn season / Orti aziendali, 6 × 25 m²", 690.0, "/team/orti"),
    ("Team workshop, up to 12 people / Laboratorio di gruppo", 240.0, "/team/laboratori"),
    ("Class plot with tutor, 1 month / Orto didattico con tutor", 180.0, "/team/scuole"),
    ("Herb beds, kitchen supply, 1 month / Aiuole aromatiche", 120.0, "/team/aromatiche"),
]
PORTAL_PAGES = ["/team/portale", "/team/fatture", "/team/partecipanti", "/team/calendario"]

CHATQ = {
    "it": [
        (
            "Buongiorno, posso aggiungere due colleghi nuovi al gruppo orto?",
            "Buongiorno, sì, da 'Partecipanti' nel portale, arriva loro l'invito.",
            "perfetto grazie",
        ),
        (
            "Il laboratorio di giovedì si può spostare alle 14?",
            "Sì, l'ho spostato alle 14, trova la conferma nel portale.",
            "grazie!",
        ),
    ],
    "es": [
        (
            "Buenos días, ¿puedo añadir dos compañeros nuevos al grupo?",
            "Buenos días, sí, desde 'Participantes' en el portal, les llega la invitación.",
            "perfecto, gracias",
        ),
        (
            "¿Se puede mover el taller del jueves a las 14?",
            "Sí, movido a las 14, tienes la confirmación en el portal.",
            "genial",
        ),
    ],
    "pt": [
        (
            "Bom dia, posso acrescentar dois colegas ao grupo?",
            "Bom dia, sim, em 'Participantes' no portal.",
            "obrigado",
        )
    ],
    "de": [
        (
            "Hallo, kann ich zwei neue Kollegen zur Gartengruppe hinzufügen?",
            "Hallo, ja, unter 'Teilnehmende' im Portal.",
            "danke",
        )
    ],
    "fr": [
        (
            "Bonjour, je peux ajouter deux collègues au groupe ?",
            "Bonjour, oui, dans 'Participants' sur le portail.",
            "merci",
        )
    ],
    "en": [
        (
            "Hi, can I add two new starters to the garden group?",
            "Hi, yes, under 'Participants' in the portal, they'll get an invite.",
            "great thanks",
        )
    ],
}
PRAISE = {
    "it": [
        "Il pranzo del venerdì con le verdure dell'orto aziendale Zolleto è diventato il momento più atteso della settimana",
        "I ragazzi della 3B hanno raccolto le prime zucche nell'orto didattico Zolleto, entusiasti",
    ],
    "es": [
        "Los viernes comemos con las verduras del huerto de empresa de Zolleto y es lo mejor de la semana",
        "Los residentes han plantado lechugas con el tutor de Zolleto, qué mañana tan bonita",
    ],
    "pt": ["A equipa adora as manhãs na horta Zolleto"],
    "de": ["Die Kita-Kinder haben mit Zolleto Kartoffeln geerntet, großartig"],
    "fr": ["Nos patients adorent l'atelier jardin avec Zolleto"],
    "en": ["Team loved the Friday garden session with Zolleto, best wellbeing thing we've done"],
}
PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
TOPIC = {
    "invoice": {
        "it": "fatture intestate male",
        "es": "facturas mal emitidas",
        "pt": "faturas erradas",
        "de": "falsche Rechnungen",
        "fr": "factures erronées",
        "en": "wrong invoices",
    },
    "service_blocked": {
        "it": "gruppo respinto",
        "es": "grupo rechazado",
        "pt": "grupo recusado",
        "de": "Gruppe abgewiesen",
        "fr": "groupe refusé",
        "en": "group turned away",
    },
    "portal": {
        "it": "portale vuoto",
        "es": "portal vacío",
        "pt": "portal sem dados",
        "de": "Portal leer",
        "fr": "portail vide",
        "en": "portal shows nothing",
    },
    "overbilled": {
        "it": "tariffa sbagliata",
        "es": "tarifa equivocada",
        "pt": "tarifa errada",
        "de": "falscher Tarif",
        "fr": "mauvais tarif",
        "en": "wrong rate",
    },
}
# the account's problem, as a first complaint
COMPLAINT = {
    "invoice": {
        "it": "Buongiorno, le fatture di ottobre sono intestate ancora alla vecchia ragione sociale e senza numero d'ordine. La nostra amministrazione le respinge tutte. Vanno riemesse.",
        "es": "Buenos días, las facturas de octubre siguen a nombre de la razón social antigua y sin número de pedido. Contabilidad las rechaza todas. Hay que emitirlas de nuevo.",
        "pt": "Bom dia, as faturas de outubro têm o nome antigo da empresa e não têm número de encomenda. A contabilidade rejeita-as.",
        "de": "Guten Tag, die Oktober-Rechnungen laufen noch auf den alten Firmennamen und haben keine Bestellnummer. Die Buchhaltung lehnt sie ab.",
        "fr": "Bonjour, les factures d'octobre portent l'ancienne raison sociale et aucun numéro de commande. Notre comptabilité les rejette.",
        "en": "Hello, October's invoices are still in our old company name with no PO number. Accounts payable is rejecting every one.",
    },
    "service_blocked": {
        "it": "Buongiorno, stamattina il nostro gruppo è stato respinto all'ingresso dell'orto: 'account sospeso'. Le fatture sono tutte pagate. Dodici persone rimandate in ufficio.",
        "es": "Buenos días, esta mañana no han dejado entrar a nuestro grupo al huerto: 'cuenta suspendida'. Tenemos todo pagado. Doce personas de vuelta a la oficina.",
        "pt": "Bom dia, o nosso grupo foi recusado à entrada: 'conta suspensa'. Está tudo pago.",
        "de": "Guten Tag, unsere Gruppe wurde heute am Garten abgewiesen: 'Konto gesperrt'. Alles ist bezahlt.",
        "fr": "Bonjour, notre groupe a été refusé à l'entrée ce matin : 'compte suspendu'. Tout est payé.",
        "en": "Hello, our group was turned away at the garden this morning: 'account suspended'. Everything is paid.",
    },
    "portal": {
        "it": "Buongiorno, il portale non mostra più nessuna parcella né nessun partecipante, quindi non possiamo prenotare i laboratori né togliere chi ha lasciato l'azienda, e intanto si paga.",
        "es": "Buenos días, el portal no muestra ninguna parcela ni participante, así que no podemos reservar talleres ni dar de baja a quien se ha ido, y mientras tanto seguimos pagando.",
        "pt": "Bom dia, o portal não mostra nenhum talhão nem participante, não conseguimos reservar nada.",
        "de": "Guten Tag, das Portal zeigt keine Beete und keine Teilnehmenden mehr, wir können nichts buchen und niemanden abmelden.",
        "fr": "Bonjour, le portail n'affiche plus aucune parcelle ni participant, impossible de réserver ou de retirer quelqu'un.",
        "en": "Hello, the portal shows no plots and no participants at all, so we can't book sessions or remove leavers, and we're still paying.",
    },
    "overbilled": {
        "it": "Buongiorno, ci avete fatturato i laboratori a persona invece della tariffa forfettaria mensile del contratto. La differenza è di oltre 600 €.",
        "es": "Buenos días, nos habéis facturado los talleres por persona en lugar de la tarifa plana mensual del contrato. Son más de 600 € de diferencia.",
        "pt": "Bom dia, faturaram os workshops por pessoa em vez da tarifa fixa mensal do contrato. Mais de 600 € de diferença.",
        "de": "Guten Tag, Sie haben die Workshops pro Person abgerechnet statt der monatlichen Pauschale laut Vertrag. Über 600 € Unterschied.",
        "fr": "Bonjour, vous avez facturé les ateliers par personne au lieu du forfait mensuel du contrat. Plus de 600 € d'écart.",
        "en": "Hello, you've billed the workshops per head instead of the flat monthly rate in our contract. Over £500 difference.",
    },
}
LATER = {
    "it": "Buongiorno, vi scrivo anch'io per la segnalazione {case} che {first} vi ha mandato {day}. Il problema è sempre lo stesso: {restate}",
    "es": "Buenos días, os escribo yo también por la incidencia {case} que os mandó {first} {day}. Sigue igual: {restate}",
    "pt": "Bom dia, escrevo também pelo pedido {case} que {first} enviou na {day}. Continua igual: {restate}",
    "de": "Guten Tag, ich schreibe auch wegen Vorgang {case}, den {first} {day} gemeldet hat. Es ist unverändert: {restate}",
    "fr": "Bonjour, je vous écris aussi pour la demande {case} envoyée par {first} {day}. Rien n'a changé : {restate}",
    "en": "Hello, I'm writing too about case {case}, which {first} sent {day}. Nothing has changed: {restate}",
}
LAST_MAIL = {
    "it": "Segnalazione {case}: niente è risolto, vi hanno scritto già in diversi di noi. L'ufficio acquisti ha già chiesto le tariffe a {comp}.",
    "es": "Incidencia {case}: nada resuelto y ya os hemos escrito varios. Compras ya ha pedido tarifas a {comp}.",
    "pt": "Pedido {case}: nada resolvido, já vos escrevemos vários. As compras já pediram preços à {comp}.",
    "de": "Vorgang {case}: nichts gelöst, mehrere von uns haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "fr": "Demande {case} : rien n'est réglé, plusieurs d'entre nous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "en": "Case {case}: nothing fixed, several of us have written. Procurement has already asked {comp} for their rates.",
}
LAST_CALL = {
    "it": "buongiorno chiamo per la segnalazione {case} non è ancora risolta vi abbiamo scritto in tanti il mio capo dice che se non si sistema questa settimana spostiamo tutto a un altro fornitore",
    "es": "hola buenas llamo por la incidencia {case} sigue sin resolverse os hemos escrito varios y mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor",
    "pt": "bom dia ligo pelo pedido {case} continua sem resolução o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
    "de": "ja guten Tag wegen Vorgang {case} das ist immer noch nicht gelöst mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "fr": "bonjour j'appelle pour la demande {case} toujours rien mon patron dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "en": "hi calling about case {case} still not sorted several of us have written my boss says we move the account if it isn't fixed this week",
}
ACK = {
    "it": "Buongiorno {name}, abbiamo aperto la segnalazione {case} e la passiamo all'ufficio Team. {agent} - Zolleto Team",
    "es": "Buenos días {name}, hemos abierto la incidencia {case} y la pasamos al equipo de empresas. {agent} - Zolleto Team",
    "pt": "Bom dia {name}, abrimos o pedido {case}. {agent} - Zolleto Team",
    "de": "Guten Tag {name}, wir haben den Vorgang {case} angelegt. {agent} - Zolleto Team",
    "fr": "Bonjour {name}, nous avons ouvert la demande {case}. {agent} - Zolleto Team",
    "en": "Hello {name}, we've opened case {case} and passed it to the Team desk. {agent} - Zolleto Team",
}
MILD = {
    "it": [
        "Sarebbe comodo esportare i costi per centro di costo dal portale",
        "Potreste mettere nel resoconto mensile anche il raccolto di ogni parcella?",
    ],
    "es": [
        "Estaría bien poder exportar los costes por centro de coste desde el portal",
        "¿Podríais poner en el resumen mensual lo cosechado en cada parcela?",
    ],
    "pt": ["Seria útil exportar os custos por centro de custo"],
    "de": ["Praktisch wäre ein Export der Kosten nach Kostenstelle"],
    "fr": ["Ce serait pratique d'exporter les coûts par centre de coût"],
    "en": ["Would be handy to export costs by cost centre from the portal"],
}
MILD_ACK = {
    "it": "Grazie {name}, bella idea, la giriamo al prodotto. {agent} - Zolleto Team",
    "es": "Gracias {name}, buena idea, se la pasamos a producto. {agent} - Zolleto Team",
    "pt": "Obrigada {name}, boa ideia. {agent} - Zolleto Team",
    "de": "Danke {name}, gute Idee, wir geben sie weiter. {agent} - Zolleto Team",
    "fr": "Merci {name}, bonne idée, nous la transmettons. {agent} - Zolleto Team",
    "en": "Thanks {name}, good idea, we've passed it on. {agent} - Zolleto Team",
}
