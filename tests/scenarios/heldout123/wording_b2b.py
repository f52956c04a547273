# ruff: noqa: E501
"""Business-arm words for heldout123 (Tostiva Ufficio: office coffee machines on account).

Placeholders: {case}, {first}, {day}, {comp}.
"""

from __future__ import annotations

PROBLEM: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "le fatture di ottobre riportano ancora la vecchia ragione sociale e nessun numero d'ordine, la contabilità le rifiuta",
        "pt": "as faturas de outubro têm o nome antigo da empresa e nenhum número de encomenda, a contabilidade rejeita-as",
        "de": "die Oktober-Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab",
        "fr": "les factures d'octobre portent encore l'ancienne raison sociale et aucun numéro de commande",
        "es": "las facturas de octubre llevan el nombre antiguo de la empresa y ningún número de pedido",
        "en": "October's invoices still carry our old company name and no PO number, accounts won't pay them",
    },
    "service_blocked": {
        "it": "il vostro tecnico si è rifiutato di riparare la macchina del terzo piano dicendo 'account sospeso', ma abbiamo pagato tutto",
        "pt": "o vosso técnico recusou-se a reparar a máquina do 3.º piso a dizer 'conta suspensa', mas está tudo pago",
        "de": "Ihr Techniker hat die Reparatur im 3. Stock verweigert, 'Konto gesperrt', obwohl alles bezahlt ist",
        "fr": "votre technicien a refusé de réparer la machine du 3e étage, 'compte suspendu', alors que tout est payé",
        "es": "vuestro técnico se negó a reparar la máquina de la 3.ª planta, 'cuenta bloqueada', y está todo pagado",
        "en": "your technician refused to fix the third-floor machine, 'account on hold', though everything is paid",
    },
    "portal": {
        "it": "il portale non mostra più nessuna macchina del nostro sito, quindi non possiamo chiedere assistenza né ricariche",
        "pt": "o portal já não mostra nenhuma máquina do nosso local, não conseguimos pedir assistência nem reposições",
        "de": "das Portal zeigt keine einzige Maschine unseres Standorts mehr, wir können weder Service noch Nachschub anfordern",
        "fr": "le portail n'affiche plus aucune machine de notre site, impossible de demander une intervention",
        "es": "el portal no muestra ninguna máquina de nuestra sede, no podemos pedir asistencia ni reposición",
        "en": "the portal shows none of our site's machines any more, so we can't request service or refills",
    },
    "overbilled": {
        "it": "ci fatturate a tazza invece del canone fisso del contratto, oltre 600 € in più questo mese",
        "pt": "estão a faturar ao copo em vez da mensalidade fixa do contrato, mais de 600 € este mês",
        "de": "Sie rechnen pro Tasse statt der vertraglichen Pauschale ab, über 600 € mehr diesen Monat",
        "fr": "vous facturez à la tasse au lieu du forfait du contrat, plus de 600 € de trop ce mois-ci",
        "es": "nos facturáis por taza en vez de la cuota fija del contrato, más de 600 € de más este mes",
        "en": "you're billing per cup instead of our flat contract fee, over £500 extra this month",
    },
}

FIRST: dict[str, str] = {
    "it": "Buongiorno, {p}. Chiediamo una correzione urgente.\n\nCordiali saluti",
    "pt": "Bom dia, {p}. Pedimos correção urgente.\n\nCumprimentos",
    "de": "Guten Tag, {p}. Wir bitten um dringende Korrektur.\n\nMit freundlichen Grüßen",
    "fr": "Bonjour, {p}. Merci de corriger au plus vite.\n\nCordialement",
    "es": "Buenos días, {p}. Pedimos una corrección urgente.\n\nUn saludo",
    "en": "Hello, {p}. Please correct this urgently.\n\nRegards",
}

LATER: dict[str, str] = {
    "it": "Buongiorno, scrivo anch'io per la segnalazione {case} aperta da {first} {day}: {p}. Da noi è lo stesso, va risolto.",
    "pt": "Bom dia, escrevo também sobre o pedido {case} que a {first} abriu {day}: {p}. Connosco é igual, tem de ser resolvido.",
    "de": "Guten Tag, ich schreibe auch zu Vorgang {case}, den {first} {day} eröffnet hat: {p}. Bei uns dasselbe, bitte lösen.",
    "fr": "Bonjour, j'écris aussi pour la demande {case} ouverte par {first} {day} : {p}. Même chose chez nous.",
    "es": "Buenos días, escribo también por la incidencia {case} que abrió {first} {day}: {p}. Nos pasa lo mismo.",
    "en": "Hello, writing about case {case} too, which {first} opened {day}: {p}. Same here, it needs fixing.",
}

DAY: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "hoje de manhã"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "heute früh"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
}

LAST_EMAIL: dict[str, str] = {
    "it": "Segnalazione {case}: ancora nulla è risolto, vi hanno scritto diversi colleghi. L'ufficio acquisti ha già chiesto le tariffe a {comp}.",
    "pt": "Pedido {case}: continua tudo por resolver e vários colegas já escreveram. As compras já pediram preços à {comp}.",
    "de": "Vorgang {case}: nichts ist gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} Preise angefragt.",
    "fr": "Demande {case} : rien n'est réglé, plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "es": "Incidencia {case}: nada resuelto y han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "en": "Case {case}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for rates.",
}

LAST_CALL: dict[str, str] = {
    "it": "buongiorno chiamo per la segnalazione {case} non è cambiato niente ha scritto mezzo ufficio il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "pt": "bom dia ligo por causa do pedido {case} não mudou nada já escreveu meio escritório o meu chefe diz que se não resolverem esta semana mudamos de fornecedor",
    "de": "guten Tag ich rufe wegen Vorgang {case} an es hat sich nichts geändert das halbe Büro hat geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir",
    "fr": "bonjour j'appelle pour la demande {case} rien n'a changé la moitié du bureau a écrit mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "es": "buenos días llamo por la incidencia {case} no ha cambiado nada ha escrito media oficina mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    "en": "hi calling about case {case} nothing has changed half the office has written my boss says we move supplier if it isn't fixed this week",
}

ACK: dict[str, str] = {
    "it": "Grazie, abbiamo aperto la segnalazione {case} per il vostro account e la seguiamo con priorità.",
    "pt": "Obrigado, abrimos o pedido {case} para a vossa conta e estamos a tratar com prioridade.",
    "de": "Danke, wir haben Vorgang {case} für Ihr Konto eröffnet und bearbeiten ihn vorrangig.",
    "fr": "Merci, nous avons ouvert la demande {case} pour votre compte, traitée en priorité.",
    "es": "Gracias, hemos abierto la incidencia {case} para vuestra cuenta y la tratamos con prioridad.",
    "en": "Thanks, we've opened case {case} for your account and are treating it as a priority.",
}

SUGGEST: dict[str, list[str]] = {
    "it": [
        "Sarebbe utile esportare i consumi per centro di costo dal portale.",
        "Potreste indicare la data dell'ultima manutenzione sulla bolla?",
    ],
    "pt": [
        "Dava jeito exportar os consumos por centro de custo no portal.",
        "Podiam pôr a data da última manutenção na guia de entrega?",
    ],
    "de": [
        "Ein Export der Verbräuche nach Kostenstelle im Portal wäre praktisch.",
        "Könnten Sie das letzte Wartungsdatum auf den Lieferschein drucken?",
    ],
    "fr": ["Un export des consommations par centre de coût serait pratique."],
    "es": ["Sería útil exportar los consumos por centro de coste desde el portal."],
    "en": ["An export of usage by cost centre from the portal would help."],
}

SUGGEST_ACK: dict[str, str] = {
    "it": "Grazie del suggerimento, lo abbiamo passato al team del portale.",
    "pt": "Obrigado pela sugestão, passámos à equipa do portal.",
    "de": "Danke für den Vorschlag, wir haben ihn ans Portal-Team gegeben.",
    "fr": "Merci pour la suggestion, transmise à l'équipe du portail.",
    "es": "Gracias por la sugerencia, la hemos pasado al equipo del portal.",
    "en": "Thanks for the suggestion, passed to the portal team.",
}

ROUTINE_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Ciao, possiamo aggiungere 4 kg di Porto alla ricarica di giovedì?",
            "Certo, aggiunti alla consegna di giovedì.",
        ),
        (
            "la macchina del 2° piano chiede la decalcificazione, la prenotate voi?",
            "Sì, tecnico prenotato per domani mattina.",
        ),
    ],
    "pt": [
        (
            "Olá, podem juntar 4 kg de Porto à reposição de quinta?",
            "Claro, já está na entrega de quinta.",
        ),
        (
            "a máquina do 2.º piso pede descalcificação, marcam vocês?",
            "Sim, técnico marcado para amanhã de manhã.",
        ),
    ],
    "de": [
        (
            "Hallo, können wir 4 kg Porto zur Lieferung am Donnerstag dazunehmen?",
            "Klar, ist mit drauf.",
        ),
        (
            "Die Maschine im 2. Stock will entkalkt werden, buchen Sie das?",
            "Ja, Techniker kommt morgen früh.",
        ),
    ],
    "fr": [
        (
            "Bonjour, on peut ajouter 4 kg de Porto à la livraison de jeudi ?",
            "Bien sûr, c'est ajouté.",
        )
    ],
    "es": [("Hola, ¿podéis añadir 4 kg de Porto al reparto del jueves?", "Claro, añadido.")],
    "en": [
        (
            "Hi, can we add 4 kg of Porto to Thursday's refill?",
            "Sure, added to Thursday's delivery.",
        )
    ],
}

PRAISE: dict[str, list[str]] = {
    "it": [
        "Da quando abbiamo le macchine Tostiva in ufficio le riunioni del lunedì sono quasi piacevoli"
    ],
    "pt": [
        "Desde que temos as máquinas Tostiva no escritório, até as reuniões de segunda sabem melhor"
    ],
    "de": ["Seit wir Tostiva im Büro haben, sind sogar die Montagsrunden erträglich"],
    "fr": ["Depuis les machines Tostiva au bureau, même les réunions du lundi passent mieux"],
    "es": ["Desde que tenemos Tostiva en la oficina, hasta las reuniones de los lunes saben mejor"],
    "en": ["Since the Tostiva machines arrived the Monday meetings are almost bearable"],
}

PRODUCTS = [
    ("Ricarica ufficio Porto 6 kg / Office refill Porto 6 kg", 132.0, "pro/refill"),
    ("Latte in polvere 10 kg / Milk powder 10 kg", 78.0, "pro/milk"),
    ("Bicchieri compostabili x1000 / Compostable cups x1000", 54.0, "pro/cups"),
]
