# ruff: noqa: E501
"""Business-arm wording for heldout114: Requiva Pro (funeral homes, parishes, cemetery offices)."""

from __future__ import annotations

B2B_PRODUCTS: list[tuple[str, float]] = [
    ("Pro: grave preparation after burial / Grabherrichtung", 180.0),
    ("Pro: row care, 20 graves / Reihenpflege", 640.0),
    ("Pro: All Saints batch, 50 arrangements", 1950.0),
    ("Pro: memorial wreath / Trauerkranz", 120.0),
]

B2B_PAGES = ["/pro/portal/graves", "/pro/portal/orders", "/pro/portal/invoices", "/pro/catalogue"]

B2B_QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Können wir Trauerkränze auch mit Schleifendruck über das Portal bestellen?",
            "Ja, im Schritt 'Schleife' den Text eingeben, Lieferung zum Termin.",
        ),
        (
            "Wie ändere ich die Kostenstelle für eine Grabreihe?",
            "Unter Portal > Gräber > Reihe bearbeiten, Feld 'Kostenstelle'.",
        ),
    ],
    "fr": [
        (
            "Peut-on commander des couronnes avec ruban imprimé via le portail ?",
            "Oui, à l'étape 'ruban', saisissez le texte.",
        )
    ],
    "en": [
        (
            "Can we order wreaths with printed ribbons through the portal?",
            "Yes, enter the text at the 'Ribbon' step.",
        )
    ],
    "es": [
        (
            "¿Se pueden pedir coronas con cinta impresa en el portal?",
            "Sí, en el paso 'cinta' escriba el texto.",
        )
    ],
    "it": [
        (
            "Possiamo ordinare corone con nastro stampato dal portale?",
            "Sì, al passaggio 'nastro' inserisca il testo.",
        )
    ],
    "pt": [
        (
            "Podemos encomendar coroas com fita impressa no portal?",
            "Sim, no passo 'fita' escreva o texto.",
        )
    ],
}

B2B_PRAISE: dict[str, str] = {
    "de": "Die Grabherrichtung nach der Beisetzung war wieder pünktlich und sauber, die Angehörigen waren dankbar. Gute Zusammenarbeit mit Requiva Pro",
    "fr": "Préparation de la tombe impeccable et à l'heure, les familles ont remercié. Bonne collaboration avec Requiva Pro",
    "en": "Grave preparation spot on and on time again, families were grateful. Good working with Requiva Pro",
    "es": "Preparación de la tumba puntual y cuidada, las familias lo agradecieron. Buen trabajo de Requiva Pro",
    "it": "Preparazione della tomba puntuale e curata, le famiglie ringraziano. Ottima collaborazione con Requiva Pro",
    "pt": "Preparação da campa pontual e cuidada, as famílias agradeceram. Boa parceria com a Requiva Pro",
}

B2B_SUBJECT: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Rechnungen ohne Kostenstelle",
        "service_blocked": "Aufträge abgelehnt: Konto gesperrt",
        "portal": "Portal zeigt keine Gräber",
        "overbilled": "Einzelpreis statt Vertragspreis",
    },
    "fr": {
        "invoice": "Factures sans centre de coût",
        "service_blocked": "Commandes refusées : compte bloqué",
        "portal": "Portail vide",
        "overbilled": "Tarif unitaire au lieu du contrat",
    },
    "en": {
        "invoice": "Invoices without cost centre",
        "service_blocked": "Orders refused: account on hold",
        "portal": "Portal shows no graves",
        "overbilled": "Single rate instead of contract rate",
    },
    "es": {
        "invoice": "Facturas sin centro de coste",
        "service_blocked": "Pedidos rechazados: cuenta bloqueada",
        "portal": "Portal vacío",
        "overbilled": "Tarifa suelta en vez de contrato",
    },
    "it": {
        "invoice": "Fatture senza centro di costo",
        "service_blocked": "Ordini rifiutati: conto bloccato",
        "portal": "Portale vuoto",
        "overbilled": "Tariffa singola invece del contratto",
    },
    "pt": {
        "invoice": "Faturas sem centro de custo",
        "service_blocked": "Encomendas recusadas: conta bloqueada",
        "portal": "Portal vazio",
        "overbilled": "Preço avulso em vez do contrato",
    },
}

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Guten Tag, Ihre Rechnungen kommen seit Oktober ohne Kostenstelle und mit dem alten Namen der Friedhofsverwaltung. Unsere Buchhaltung kann sie so nicht verbuchen.",
        "service_blocked": "Guten Tag, seit gestern werden alle Aufträge im Portal abgelehnt mit 'Konto gesperrt', obwohl alle Rechnungen bezahlt sind. Morgen ist eine Beisetzung.",
        "portal": "Hallo, das Portal zeigt bei uns keine einzige Grabstelle mehr an, wir können also nichts beauftragen und laufende Pflegen nicht beenden.",
        "overbilled": "Guten Tag, die Reihenpflege wird zum Einzelpreis abgerechnet statt zum Vertragspreis, das sind über 900 € Differenz im Monat.",
    },
    "fr": {
        "invoice": "Bonjour, vos factures arrivent sans centre de coût et avec l'ancien nom de la paroisse. Notre comptable ne peut pas les passer.",
        "service_blocked": "Bonjour, depuis hier toutes nos commandes sont refusées 'compte bloqué' alors que tout est payé. Nous avons une inhumation demain.",
        "portal": "Bonjour, le portail n'affiche plus aucune sépulture, impossible de commander ou d'arrêter un entretien.",
        "overbilled": "Bonjour, l'entretien des rangées est facturé au tarif unitaire au lieu du contrat, plus de 900 € d'écart par mois.",
    },
    "en": {
        "invoice": "Hello, your invoices come without our cost centre and with the old parish name. Accounts can't process them.",
        "service_blocked": "Hello, since yesterday every order is refused 'account on hold' though everything is paid. We have a burial tomorrow.",
        "portal": "Hello, the portal shows no graves at all, so we can't order or stop any care.",
        "overbilled": "Hello, row care is billed at the single rate, not our contract rate: over £800 a month more.",
    },
    "es": {
        "invoice": "Buenos días, las facturas llegan sin centro de coste y con el nombre antiguo de la funeraria.",
        "service_blocked": "Buenos días, desde ayer se rechazan todos los pedidos 'cuenta bloqueada' aunque está todo pagado.",
        "portal": "Buenos días, el portal no muestra ninguna sepultura, no podemos pedir nada.",
        "overbilled": "Buenos días, nos cobran la tarifa suelta en vez del contrato, más de 900 € al mes.",
    },
    "it": {
        "invoice": "Buongiorno, le fatture arrivano senza centro di costo e con il vecchio nome.",
        "service_blocked": "Buongiorno, da ieri tutti gli ordini sono rifiutati 'conto bloccato' anche se è tutto pagato.",
        "portal": "Buongiorno, il portale non mostra più nessuna tomba.",
        "overbilled": "Buongiorno, ci fatturate la tariffa singola invece del contratto, oltre 900 € al mese.",
    },
    "pt": {
        "invoice": "Bom dia, as faturas chegam sem centro de custo e com o nome antigo.",
        "service_blocked": "Bom dia, desde ontem todas as encomendas são recusadas 'conta bloqueada' embora esteja tudo pago.",
        "portal": "Bom dia, o portal não mostra nenhuma campa.",
        "overbilled": "Bom dia, cobram o preço avulso em vez do contrato, mais de 900 € por mês.",
    },
}

B2B_FOLLOW: dict[str, str] = {
    "de": "Hallo, ich schließe mich meiner Kollegin/meinem Kollegen {firstc} an ({case}, {day}): {complaint}",
    "fr": "Bonjour, je rejoins mon collègue {firstc} ({case}, {day}) : {complaint}",
    "en": "Hello, following up on what {firstc} sent {day} ({case}): {complaint}",
    "es": "Hola, sumo lo que envió {firstc} {day} ({case}): {complaint}",
    "it": "Buongiorno, aggiungo a quanto scritto da {firstc} {day} ({case}): {complaint}",
    "pt": "Olá, junto-me ao que {firstc} enviou {day} ({case}): {complaint}",
}

DAYS: dict[str, list[str]] = {
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
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "esta manhã"],
}

B2B_LAST_MAIL: dict[str, str] = {
    "de": "Zu {case}: weiterhin nichts behoben, inzwischen haben mehrere Kolleginnen und Kollegen geschrieben. Unser Einkauf hat bereits bei {comp} ein Angebot angefragt.",
    "fr": "Pour {case} : toujours rien de réglé, plusieurs collègues vous ont écrit. Nos achats ont déjà demandé un devis à {comp}.",
    "en": "Re {case}: still nothing fixed and several colleagues have written. Procurement has already asked {comp} for rates.",
    "es": "Sobre {case}: nada resuelto y varios compañeros han escrito. Compras ya ha pedido tarifas a {comp}.",
    "it": "Per {case}: niente risolto, hanno scritto diversi colleghi. Gli acquisti hanno già chiesto un'offerta a {comp}.",
    "pt": "Sobre {case}: nada resolvido e vários colegas escreveram. As compras já pediram preços à {comp}.",
}

B2B_LAST_CALL: dict[str, str] = {
    "de": "ja guten Tag hier ist {first} wegen dem Vorgang {case} da ist immer noch nichts passiert mehrere Kollegen haben schon geschrieben mein Chef sagt wir wechseln den Dienstleister wenn das diese Woche nicht läuft",
    "fr": "oui bonjour c'est {first} pour le dossier {case} toujours rien plusieurs collègues ont écrit mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "en": "hi it's {first} about case {case} still nothing several colleagues have written my boss says we move the account if it isn't fixed this week",
    "es": "hola soy {first} por la incidencia {case} sigue igual varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "it": "buongiorno sono {first} per la segnalazione {case} ancora niente hanno scritto vari colleghi il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "bom dia é {first} por causa do pedido {case} continua igual vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}

B2B_ACK: dict[str, str] = {
    "de": "Guten Tag {first}, danke, wir haben den Vorgang {case} angelegt und melden uns.",
    "fr": "Bonjour {first}, merci, nous avons ouvert le dossier {case} et revenons vers vous.",
    "en": "Hello {first}, thank you, we've opened case {case} and will be in touch.",
    "es": "Hola {first}, gracias, hemos abierto la incidencia {case}.",
    "it": "Buongiorno {first}, grazie, abbiamo aperto la segnalazione {case}.",
    "pt": "Olá {first}, obrigado, abrimos o pedido {case}.",
}

B2B_MILD: dict[str, list[str]] = {
    "de": [
        "Vorschlag: wäre schön, wenn man die Pflegekosten nach Grabfeld exportieren könnte",
        "Kleine Idee: das Datum der letzten Standsicherheitsprüfung im Fotobericht anzeigen",
    ],
    "fr": [
        "Suggestion : pouvoir exporter les coûts par carré du cimetière",
        "Petite idée : afficher la date du dernier contrôle de stabilité dans le rapport",
    ],
    "en": [
        "Suggestion: export care costs by cemetery section",
        "Small idea: show the last stability check date in the report",
    ],
    "es": [
        "Sugerencia: exportar costes por cuartel del cementerio",
        "Idea: mostrar la fecha de la última revisión en el informe",
    ],
    "it": [
        "Suggerimento: esportare i costi per campo del cimitero",
        "Idea: mostrare la data dell'ultimo controllo nel rapporto",
    ],
    "pt": [
        "Sugestão: exportar custos por talhão do cemitério",
        "Ideia: mostrar a data da última verificação no relatório",
    ],
}

B2B_MILD_ACK: dict[str, str] = {
    "de": "Danke für den Vorschlag, {first}, wir geben ihn an das Produktteam weiter.",
    "fr": "Merci pour la suggestion, {first}, transmise à l'équipe produit.",
    "en": "Thanks for the suggestion, {first}, passed to the product team.",
    "es": "Gracias por la sugerencia, {first}, la pasamos al equipo.",
    "it": "Grazie del suggerimento, {first}, lo giriamo al team.",
    "pt": "Obrigado pela sugestão, {first}, passámos à equipa.",
}
