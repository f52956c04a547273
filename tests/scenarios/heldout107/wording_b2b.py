"""Business-arm wording of the heldout107 scenarios (Ciclanto Flotas: fleet bike servicing on account).

Written from the stories, blind. Placeholders are filled by ``make_heldout107.py``.
"""

# ruff: noqa: E501

from __future__ import annotations

#: (lang, market, company, domain, site, kind, problem or "", contacts, unhappy contacts)
ACCOUNTS: list[tuple[str, str, str, str, str, str, str, int, int]] = [
    (
        "es",
        "ES",
        "Repartos Turia S.L.",
        "repartosturia.example",
        "delivery",
        "at_risk",
        "invoice",
        5,
        4,
    ),
    ("pt", "PT", "Hotel Ribeira Mar", "ribeiramar.example", "hotel", "at_risk", "portal", 4, 3),
    (
        "es",
        "ES",
        "Ayuntamiento de Almazora",
        "almazora-ayto.example",
        "municipality",
        "at_risk",
        "overbilled",
        6,
        4,
    ),
    (
        "pt",
        "PT",
        "Estafetas Tejo Lda.",
        "estafetastejo.example",
        "courier",
        "at_risk",
        "service_blocked",
        4,
        3,
    ),
    (
        "fr",
        "FR",
        "Campus Lumière",
        "campus-lumiere.example",
        "university",
        "at_risk",
        "invoice",
        4,
        3,
    ),
    (
        "es",
        "ES",
        "Sevilla en Bici Tours",
        "sevillaenbici.example",
        "tourism",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    (
        "pt",
        "PT",
        "Mercearia Verde Entregas",
        "merceariaverde.example",
        "grocery",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "de",
        "DE",
        "Lastenrad Kurier Leipzig GmbH",
        "lastenrad-kurier.example",
        "courier",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "it",
        "IT",
        "Ospedale San Luca",
        "ospedalesanluca.example",
        "hospital",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    ("es", "ES", "Coworking La Nave", "lanave-cowork.example", "coworking", "mild", "", 4, 0),
    ("en", "UK", "Greenway Couriers Ltd", "greenwaycouriers.example", "courier", "mild", "", 3, 0),
    ("de", "AT", "Hotel Alpenblick", "alpenblick-hotel.example", "hotel", "mild", "", 4, 0),
    (
        "pt",
        "PT",
        "Câmara Municipal de Ílhavo",
        "cm-ilhavo.example",
        "municipality",
        "happy",
        "",
        5,
        0,
    ),
    (
        "en",
        "IE",
        "Liffey Food Runners",
        "liffeyrunners.example",
        "food_delivery",
        "happy",
        "",
        4,
        0,
    ),
    ("fr", "BE", "Vélo-Poste Namur", "veloposte-namur.example", "postal", "happy", "", 4, 0),
]

JOB_TITLES: list[str] = [
    "Fleet manager",
    "Operations lead",
    "Accounts payable",
    "Office manager",
    "Procurement officer",
    "Depot supervisor",
    "Sustainability officer",
    "Finance assistant",
]

PRODUCTS: list[tuple[str, int]] = [
    ("Fleet service, 10 bikes / Revisión de flota, 10 bicis", 690),
    ("Cargo-bike fleet check / Revisión flota bicis de carga", 980),
    ("Brake overhaul per bike / Revisión de frenos por bici", 58),
    ("Breakdown call-out / Salida por avería", 65),
    ("Tyre swap, 20 bikes / Cambio de cubiertas, 20 bicis", 540),
]

PAGES: list[str] = [
    "/fleet/portal",
    "/fleet/bikes",
    "/fleet/invoices",
    "/fleet/book",
    "/fleet/reports",
]

WEEKDAYS: dict[str, list[str]] = {
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
}

THIS_MORNING: dict[str, str] = {
    "es": "esta mañana",
    "pt": "hoje de manhã",
    "en": "this morning",
    "fr": "ce matin",
    "de": "heute Morgen",
    "it": "stamattina",
}

#: First complaint of an account's problem: (subject, body).
FIRST: dict[str, dict[str, tuple[str, str]]] = {
    "es": {
        "invoice": (
            "Reclamación: facturas de octubre sin número de pedido",
            "Buenos días:\n\nLas facturas de octubre de la revisión de flota vienen sin nuestro número de pedido y con el CIF antiguo de antes de la fusión. Contabilidad las ha devuelto todas y no se pueden pagar así. Necesitamos que las reemitan correctamente.\n\nUn saludo,\n{first}\n{title}, {company}",
        ),
        "overbilled": (
            "Reclamación: cobro por salida en cada bici",
            "Buenos días:\n\nEn la factura nos cobran una salida de 65 € por CADA bici revisada, cuando el contrato dice tarifa plana mensual por la flota. Son más de 700 € de diferencia este mes.\n\nQuedo a la espera,\n{first}\n{title}, {company}",
        ),
        "portal": (
            "Reclamación: el portal no muestra la flota",
            "Buenos días:\n\nEl portal de flotas nos muestra 0 bicis desde ayer, así que no podemos pedir revisiones ni avisar de averías.\n\n{first}\n{title}, {company}",
        ),
        "service_blocked": (
            "Reclamación: mecánicos rechazan revisar la flota",
            "Buenos días:\n\nEl mecánico ha venido a la base y no ha querido revisar las bicis porque su app dice «cuenta bloqueada». Tenemos todo pagado.\n\n{first}\n{title}, {company}",
        ),
    },
    "pt": {
        "portal": (
            "Reclamação: o portal não mostra a frota",
            "Bom dia,\n\nO portal de frotas mostra 0 bicicletas desde ontem, por isso não conseguimos pedir revisões nem comunicar avarias das bicicletas dos hóspedes. Temos o fim de semana cheio.\n\nCumprimentos,\n{first}\n{title}, {company}",
        ),
        "service_blocked": (
            "Reclamação: mecânico recusou rever a frota",
            "Bom dia,\n\nO mecânico veio ao armazém e recusou fazer a revisão porque a app dele diz «conta bloqueada». Temos as faturas todas pagas, posso enviar os comprovativos. Temos estafetas parados.\n\nCumprimentos,\n{first}\n{title}, {company}",
        ),
        "invoice": (
            "Reclamação: faturas sem número de encomenda",
            "Bom dia,\n\nAs faturas de outubro vêm sem o nosso número de encomenda e com o NIF antigo. A contabilidade devolveu-as.\n\n{first}\n{title}, {company}",
        ),
        "overbilled": (
            "Reclamação: deslocação cobrada por bicicleta",
            "Bom dia,\n\nCobraram-nos 65 € de deslocação por CADA bicicleta, quando o contrato é de preço fixo mensal.\n\n{first}\n{title}, {company}",
        ),
    },
    "fr": {
        "invoice": (
            "Réclamation : factures d'octobre sans numéro de commande",
            "Bonjour,\n\nLes factures d'octobre pour l'entretien de la flotte arrivent sans notre numéro de bon de commande et avec l'ancien SIRET. Notre agence comptable les a rejetées, nous ne pouvons pas les payer en l'état.\n\nCordialement,\n{first}\n{title}, {company}",
        ),
        "portal": (
            "Réclamation : le portail n'affiche plus la flotte",
            "Bonjour,\n\nLe portail flotte affiche 0 vélo depuis hier.\n\n{first}\n{title}, {company}",
        ),
        "overbilled": (
            "Réclamation : déplacement facturé par vélo",
            "Bonjour,\n\nVous facturez 65 € de déplacement par vélo au lieu du forfait mensuel.\n\n{first}\n{title}, {company}",
        ),
        "service_blocked": (
            "Réclamation : entretien refusé",
            "Bonjour,\n\nLe mécanicien a refusé l'entretien, « compte bloqué », alors que tout est payé.\n\n{first}\n{title}, {company}",
        ),
    },
    "de": {
        "portal": (
            "Beschwerde: Flottenportal zeigt keine Räder",
            "Guten Tag,\n\nseit gestern zeigt das Flottenportal 0 Räder an. Wir können weder Inspektionen buchen noch Pannen melden, und zwei Lastenräder stehen mit platten Reifen im Hof.\n\nViele Grüße\n{first}\n{title}, {company}",
        ),
        "invoice": (
            "Beschwerde: Rechnungen ohne Bestellnummer",
            "Guten Tag,\n\ndie Oktober-Rechnungen haben keine Bestellnummer und die alte USt-IdNr.\n\n{first}\n{title}, {company}",
        ),
        "overbilled": (
            "Beschwerde: Anfahrt pro Rad berechnet",
            "Guten Tag,\n\nSie berechnen 65 € Anfahrt pro Rad statt der Monatspauschale.\n\n{first}\n{title}, {company}",
        ),
        "service_blocked": (
            "Beschwerde: Wartung verweigert",
            "Guten Tag,\n\nder Mechaniker hat die Wartung verweigert, „Konto gesperrt“, obwohl alles bezahlt ist.\n\n{first}\n{title}, {company}",
        ),
    },
    "it": {
        "invoice": (
            "Reclamo: fatture senza numero d'ordine",
            "Buongiorno,\n\nle fatture di ottobre per la manutenzione delle bici interne dell'ospedale arrivano senza il nostro numero d'ordine e con la vecchia partita IVA. L'amministrazione non può pagarle così.\n\nCordiali saluti,\n{first}\n{title}, {company}",
        ),
        "portal": (
            "Reclamo: il portale non mostra la flotta",
            "Buongiorno,\n\nil portale flotte mostra 0 bici da ieri.\n\n{first}\n{title}, {company}",
        ),
        "overbilled": (
            "Reclamo: uscita addebitata per bici",
            "Buongiorno,\n\naddebitate 65 € di uscita per ogni bici invece del canone mensile.\n\n{first}\n{title}, {company}",
        ),
        "service_blocked": (
            "Reclamo: manutenzione rifiutata",
            "Buongiorno,\n\nil meccanico ha rifiutato la manutenzione, «account bloccato», anche se è tutto pagato.\n\n{first}\n{title}, {company}",
        ),
    },
}

#: The problem restated by later complainers.
RESTATE: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "las facturas siguen sin número de pedido y con el CIF antiguo",
        "overbilled": "nos seguís cobrando la salida por cada bici en vez de la tarifa plana",
        "portal": "el portal sigue mostrando 0 bicis",
        "service_blocked": "los mecánicos siguen sin querer tocar las bicis",
    },
    "pt": {
        "invoice": "as faturas continuam sem número de encomenda",
        "overbilled": "continuam a cobrar deslocação por bicicleta",
        "portal": "o portal continua a mostrar 0 bicicletas e não conseguimos pedir nada",
        "service_blocked": "os mecânicos continuam a recusar a revisão por «conta bloqueada»",
    },
    "fr": {
        "invoice": "les factures n'ont toujours pas de numéro de commande et portent l'ancien SIRET",
        "overbilled": "le déplacement est toujours facturé par vélo",
        "portal": "le portail affiche toujours 0 vélo",
        "service_blocked": "l'entretien est toujours refusé",
    },
    "de": {
        "invoice": "die Rechnungen haben immer noch keine Bestellnummer",
        "overbilled": "die Anfahrt wird weiter pro Rad berechnet",
        "portal": "das Portal zeigt weiter 0 Räder",
        "service_blocked": "die Wartung wird weiter verweigert",
    },
    "it": {
        "invoice": "le fatture sono ancora senza numero d'ordine",
        "overbilled": "l'uscita è ancora addebitata per bici",
        "portal": "il portale mostra ancora 0 bici",
        "service_blocked": "la manutenzione è ancora rifiutata",
    },
}

#: Later complainers of an at-risk account: (subject, body).
LATER: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "RE: Incidencia {case}",
            "Buenos días:\n\n{first_complainer} ya os escribió {weekday} (incidencia {case}) y {restate}. Yo me encargo de los pagos y así no puedo cerrar el mes.\n\n{first}\n{title}, {company}",
        ),
        (
            "Incidencia {case} – sigue sin resolver",
            "Hola:\n\nEscribo también por la incidencia {case} que abrió {first_complainer} {weekday}: {restate}. ¿Alguien lo está mirando?\n\n{first}\n{title}, {company}",
        ),
    ],
    "pt": [
        (
            "RE: Pedido {case}",
            "Bom dia,\n\n{first_complainer} já vos escreveu {weekday} (pedido {case}) e {restate}. Sou eu que giro as reservas e estou de mãos atadas.\n\n{first}\n{title}, {company}",
        ),
        (
            "Pedido {case} – continua por resolver",
            "Olá,\n\nEscrevo também sobre o pedido {case} que {first_complainer} abriu {weekday}: {restate}. Alguém está a tratar disto?\n\n{first}\n{title}, {company}",
        ),
    ],
    "fr": [
        (
            "RE : Demande {case}",
            "Bonjour,\n\n{first_complainer} vous a déjà écrit {weekday} (demande {case}) et {restate}. Je gère les paiements et je ne peux pas clôturer le mois.\n\n{first}\n{title}, {company}",
        ),
        (
            "Demande {case} – toujours rien",
            "Bonjour,\n\nJe vous écris aussi pour la demande {case} ouverte {weekday} par {first_complainer} : {restate}. Quelqu'un s'en occupe ?\n\n{first}\n{title}, {company}",
        ),
    ],
}

#: The at-risk account's last complainer writes again: e-mail naming a competitor.
LAST_EMAIL: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case} – sin solución",
        "Buenos días:\n\nSeguimos igual con la incidencia {case}: {restate}. Os hemos escrito ya varios compañeros. Compras ya ha pedido precios a {comp}.\n\n{first}\n{title}, {company}",
    ),
    "pt": (
        "RE: Pedido {case} – sem solução",
        "Bom dia,\n\nContinuamos na mesma com o pedido {case}: {restate}. Já vos escreveram vários colegas. As compras já pediram preços à {comp}.\n\n{first}\n{title}, {company}",
    ),
    "fr": (
        "RE : Demande {case} – toujours pas réglé",
        "Bonjour,\n\nToujours rien pour la demande {case} : {restate}. Plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n\n{first}\n{title}, {company}",
    ),
}

#: ...or calls (speech-to-text): the boss would move the account.
LAST_CALL: dict[str, str] = {
    "es": "hola buenos días llamo de {company} por la incidencia {case} porque {restate} y ya os han escrito varios compañeros mi jefa dice que si esta semana no está arreglado nos cambiamos de proveedor",
    "pt": "bom dia ligo da {company} por causa do pedido {case} porque {restate} e já vos escreveram vários colegas o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "fr": "bonjour j'appelle de {company} pour la demande {case} parce que {restate} et plusieurs collègues vous ont écrit ma directrice dit que si ce n'est pas réglé cette semaine on change de prestataire",
}

ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Incidencia {case}",
        "Buenos días, {first}:\n\nHemos abierto la incidencia {case} para {company}. La revisa hoy el equipo de cuentas de empresa.\n\n{agent}, Ciclanto Flotas",
    ),
    "pt": (
        "Pedido {case}",
        "Bom dia, {first}:\n\nAbrimos o pedido {case} para a {company}. A equipa de contas empresariais trata dele hoje.\n\n{agent}, Ciclanto Flotas",
    ),
    "fr": (
        "Demande {case}",
        "Bonjour {first},\n\nNous avons ouvert la demande {case} pour {company}. L'équipe comptes entreprises s'en occupe aujourd'hui.\n\n{agent}, Ciclanto Flotas",
    ),
    "de": (
        "Vorgang {case}",
        "Guten Tag {first},\n\nwir haben den Vorgang {case} für {company} angelegt. Das Firmenkunden-Team kümmert sich heute darum.\n\n{agent}, Ciclanto Flotas",
    ),
    "it": (
        "Segnalazione {case}",
        "Buongiorno {first},\n\nabbiamo aperto la segnalazione {case} per {company}. Il team clienti aziendali se ne occupa oggi.\n\n{agent}, Ciclanto Flotas",
    ),
    "en": (
        "Case {case}",
        "Hello {first},\n\nWe've opened case {case} for {company}. Our business accounts team is on it today.\n\n{agent}, Ciclanto Flotas",
    ),
}

#: Mild suggestions (web form), with the acknowledgement.
MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Sería útil poder exportar los costes de mantenimiento por centro de coste en CSV, ahora los copiamos a mano.",
            "Gracias, {first}, lo pasamos al equipo del portal como sugerencia.",
        ),
        (
            "Una idea: que la hoja de revisión indique el desgaste de las pastillas en %, así planificamos mejor.",
            "Gracias por la idea, {first}; la apuntamos para la próxima versión de la hoja.",
        ),
    ],
    "en": [
        (
            "Would be handy to export maintenance costs by cost centre as CSV, we copy them by hand now.",
            "Thanks {first}, passed on to the portal team as a suggestion.",
        ),
        (
            "Suggestion: show brake-pad wear as a % on the service sheet so we can plan ahead.",
            "Thanks for the idea, {first}; noted for the next version of the sheet.",
        ),
    ],
    "de": [
        (
            "Es wäre praktisch, die Wartungskosten pro Kostenstelle als CSV zu exportieren, bisher tippen wir das ab.",
            "Danke, {first}, wir geben das als Vorschlag ans Portal-Team weiter.",
        ),
        (
            "Vorschlag: den Verschleiß der Bremsbeläge in % auf dem Wartungsblatt angeben, dann können wir besser planen.",
            "Danke für die Idee, {first}; notiert für die nächste Version.",
        ),
    ],
}

CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, ¿podemos añadir 3 bicis nuevas a la flota desde el portal?",
            "Hola, sí: Flota > Añadir bici, con el número de cuadro. Entran en la próxima revisión.",
        ),
        (
            "¿La revisión del jueves puede empezar a las 7:30? Los repartidores salen a las 9",
            "Hecho, el mecánico llegará a las 7:30 el jueves.",
        ),
    ],
    "pt": [
        (
            "Olá, podemos acrescentar 3 bicicletas à frota no portal?",
            "Olá, sim: Frota > Adicionar bicicleta, com o número do quadro.",
        ),
        ("A revisão de quinta pode começar às 7h30?", "Feito, o mecânico chega às 7h30 na quinta."),
    ],
    "en": [
        (
            "Hi, can we add 3 new bikes to the fleet in the portal?",
            "Hi, yes: Fleet > Add bike, with the frame number.",
        ),
        (
            "Could Thursday's service start at 7:30?",
            "Done, the mechanic will be there at 7:30 on Thursday.",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on ajouter 3 vélos à la flotte depuis le portail ?",
            "Bonjour, oui : Flotte > Ajouter un vélo, avec le numéro de cadre.",
        ),
        (
            "L'entretien de jeudi peut-il commencer à 7h30 ?",
            "C'est fait, le mécanicien arrive jeudi à 7h30.",
        ),
    ],
    "de": [
        (
            "Hallo, können wir im Portal 3 neue Räder zur Flotte hinzufügen?",
            "Hallo, ja: Flotte > Rad hinzufügen, mit der Rahmennummer.",
        ),
        (
            "Kann die Wartung am Donnerstag um 7:30 beginnen?",
            "Erledigt, der Mechaniker ist am Donnerstag um 7:30 da.",
        ),
    ],
    "it": [
        (
            "Buongiorno, possiamo aggiungere 3 bici alla flotta dal portale?",
            "Buongiorno, sì: Flotta > Aggiungi bici, con il numero di telaio.",
        ),
        (
            "La manutenzione di giovedì può iniziare alle 7:30?",
            "Fatto, il meccanico arriva giovedì alle 7:30.",
        ),
    ],
}

PRAISE: dict[str, list[str]] = {
    "es": [
        "Flota de 40 bicis revisada en una mañana sin parar el reparto. Muy buen trabajo del equipo de Ciclanto Flotas",
        "El informe de revisión por bici nos ahorra horas. Recomendable",
    ],
    "pt": [
        "Frota de 30 bicicletas revista numa manhã sem parar o serviço. Excelente trabalho da Ciclanto Flotas",
        "O relatório por bicicleta poupa-nos horas. Recomendo",
    ],
    "en": [
        "Whole fleet serviced in one morning without stopping deliveries. Great work from Ciclanto Flotas",
        "The per-bike service report saves us hours",
    ],
    "fr": [
        "Toute la flotte révisée en une matinée sans arrêter les tournées. Bravo Ciclanto Flotas",
        "Le rapport par vélo nous fait gagner des heures",
    ],
    "de": [
        "Die ganze Flotte an einem Vormittag gewartet, ohne dass die Touren stillstanden. Danke Ciclanto Flotas",
        "Der Wartungsbericht pro Rad spart uns Stunden",
    ],
    "it": [
        "Tutta la flotta revisionata in una mattina senza fermare le consegne. Ottimo lavoro Ciclanto Flotas",
        "Il report per bici ci fa risparmiare ore",
    ],
}

THANKS: dict[str, str] = {
    "es": "Perfecto, gracias",
    "pt": "Perfeito, obrigado",
    "en": "Great, thanks",
    "fr": "Parfait, merci",
    "de": "Super, danke",
    "it": "Perfetto, grazie",
}
