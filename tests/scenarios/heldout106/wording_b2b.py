# ruff: noqa: E501
"""Words of Quignova Pro's contacts (heldout106): bread and viennoiserie on account.

Cafés, hotels, school canteens, caterers and offices take daily deliveries on standing
orders, ordered and changed in a portal and invoiced per site.
"""

from __future__ import annotations

T = dict[str, list[str]]

PRODUCTS: list[tuple[str, float]] = [
    ("Wholesale baguettes x50 / Baguettes x50, gros", 42.00),
    ("Viennoiserie tray x60 / Plateau viennoiseries x60", 69.00),
    ("Sandwich loaves x20 / Pains de mie x20", 48.00),
    ("Meeting breakfast box x12 / Box petit-déjeuner réunion x12", 54.00),
    ("Tart tray, 4 tarts / Plateau 4 tartes", 76.00),
]
PAGES = [
    "/pro/portal/orders",
    "/pro/portal/standing-orders",
    "/pro/portal/invoices",
    "/pro/catalogue",
]

JOB_TITLES = [
    "Café manager",
    "Head chef",
    "Purchasing officer",
    "Office manager",
    "Catering manager",
    "Accounts payable clerk",
    "Operations director",
    "Breakfast supervisor",
    "Facilities coordinator",
    "Owner",
]

WEEKDAY: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
TODAY: dict[str, str] = {
    "fr": "ce matin",
    "en": "this morning",
    "de": "heute Morgen",
    "es": "esta mañana",
    "it": "stamattina",
    "pt": "hoje de manhã",
}

CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, on peut ajouter 20 croissants à la livraison de demain ?",
            "Bonjour ! C'est fait : 20 croissants en plus demain, facturés sur le compte habituel.",
        ),
        (
            "Quelle est l'heure limite pour modifier la livraison du lundi ?",
            "Bonjour ! Le dimanche à 14h pour le lundi matin.",
        ),
    ],
    "en": [
        (
            "Morning, can we add 20 croissants to tomorrow's delivery?",
            "Morning! Done: 20 extra croissants tomorrow, billed to the usual account.",
        ),
        (
            "What's the cut-off for changing Monday's delivery?",
            "Hi! Sunday 2pm for Monday morning.",
        ),
    ],
    "de": [
        (
            "Können wir morgen 20 Croissants zusätzlich bekommen?",
            "Guten Morgen! Erledigt, 20 Croissants mehr, wie immer aufs Konto.",
        )
    ],
    "es": [
        (
            "Podemos añadir 20 cruasanes al reparto de mañana?",
            "¡Buenos días! Hecho, 20 cruasanes más, a la cuenta de siempre.",
        )
    ],
    "it": [
        (
            "Possiamo aggiungere 20 cornetti alla consegna di domani?",
            "Buongiorno! Fatto, 20 cornetti in più, sul solito conto.",
        )
    ],
    "pt": [
        (
            "Podemos juntar 20 croissants à entrega de amanhã?",
            "Bom dia! Feito, mais 20 croissants, na conta habitual.",
        )
    ],
}
THANKS: T = {
    "fr": ["Merci !", "Parfait, merci"],
    "en": ["Great, thanks", "Cheers!"],
    "de": ["Danke!"],
    "es": ["Gracias!"],
    "it": ["Grazie!"],
    "pt": ["Obrigado!"],
}
PRAISE: T = {
    "fr": [
        "Quignova Pro nous livre à 6h30 tous les matins au café, pas un raté en un an. Les clients demandent d'où vient le pain",
        "Les box petit-déjeuner pour nos réunions font toujours leur effet. Livraison pile à l'heure",
    ],
    "en": [
        "Quignova Pro drop at 6:30 every morning, not one miss in a year. Guests keep asking where the bread's from",
        "The meeting breakfast boxes always go down well. Bang on time every time",
    ],
    "de": ["Quignova Pro liefert jeden Morgen um 6:30, seit einem Jahr ohne Ausfall"],
    "es": ["Quignova Pro nos entrega a las 6:30 cada mañana, ni un fallo en un año"],
    "it": ["Quignova Pro consegna alle 6:30 ogni mattina, mai un problema in un anno"],
    "pt": ["A Quignova Pro entrega às 6h30 todas as manhãs, nem uma falha num ano"],
}

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
#: The first complaint: (subject, body); {company}, {first}, {amount}.
FIRST: dict[str, dict[str, tuple[str, str]]] = {
    "invoice": {
        "fr": (
            "Factures refusées par notre comptabilité",
            "Bonjour,\n\nDepuis le début du mois, vos factures portent encore l'ancien nom de notre société et aucun numéro de bon de commande. Notre comptabilité les rejette toutes, nous ne pouvons donc pas vous payer. Merci de les rééditer au nom de {company} avec nos numéros de BC.\n\n{first}",
        ),
        "en": (
            "Invoices rejected by our accounts team",
            "Hello,\n\nSince the start of the month your invoices still carry our old company name and no PO number. Our accounts team rejects every one, so we can't pay you. Please reissue them to {company} with our PO numbers.\n\n{first}",
        ),
        "de": (
            "Rechnungen von der Buchhaltung abgelehnt",
            "Hallo,\n\nIhre Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer. Unsere Buchhaltung lehnt alle ab. Bitte neu ausstellen auf {company} mit Bestellnummer.\n\n{first}",
        ),
        "es": (
            "Facturas rechazadas por contabilidad",
            "Hola,\n\nvuestras facturas siguen con el nombre antiguo de la empresa y sin número de pedido. Contabilidad las rechaza todas. Por favor, emitidlas a nombre de {company} con el número de pedido.\n\n{first}",
        ),
        "it": (
            "Fatture respinte dalla contabilità",
            "Buongiorno,\n\nle vostre fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine. La contabilità le respinge tutte. Vi prego di riemetterle a {company} con il numero d'ordine.\n\n{first}",
        ),
        "pt": (
            "Faturas recusadas pela contabilidade",
            "Bom dia,\n\nas vossas faturas ainda têm o nome antigo da empresa e nenhum número de encomenda. A contabilidade recusa todas. Por favor, reemitam em nome de {company} com o número de encomenda.\n\n{first}",
        ),
    },
    "service_blocked": {
        "fr": (
            "Livraison refusée : « compte bloqué »",
            "Bonjour,\n\nCe matin votre livreur est reparti avec notre commande : sa tablette affichait « compte bloqué ». Nos factures sont payées, j'ai les virements. Résultat : pas de pain pour le service du midi.\n\n{first}",
        ),
        "en": (
            "Delivery refused: 'account on hold'",
            "Hello,\n\nThis morning your driver left with our order because his tablet said 'account on hold'. Our invoices are paid, I have the transfers. Result: no bread for lunch service.\n\n{first}",
        ),
        "de": (
            "Lieferung verweigert: Konto gesperrt",
            "Hallo,\n\nIhr Fahrer ist heute früh mit unserer Bestellung wieder gefahren, sein Tablet zeigte „Konto gesperrt“. Alle Rechnungen sind bezahlt.\n\n{first}",
        ),
        "es": (
            "Entrega rechazada: cuenta bloqueada",
            "Hola,\n\nesta mañana el repartidor se ha ido con nuestro pedido porque su tableta decía «cuenta bloqueada». Las facturas están pagadas.\n\n{first}",
        ),
        "it": (
            "Consegna rifiutata: conto bloccato",
            "Buongiorno,\n\nstamattina il vostro autista è ripartito con il nostro ordine perché il tablet diceva «conto bloccato». Le fatture sono pagate.\n\n{first}",
        ),
        "pt": (
            "Entrega recusada: conta bloqueada",
            "Bom dia,\n\nhoje de manhã o vosso estafeta foi-se embora com a encomenda porque o tablet dizia «conta bloqueada». As faturas estão pagas.\n\n{first}",
        ),
    },
    "portal": {
        "fr": (
            "Portail : aucune commande permanente visible",
            "Bonjour,\n\nLe portail Pro n'affiche plus aucune de nos commandes permanentes. Impossible donc de suspendre les livraisons pendant la fermeture de notre cuisine pour travaux : le pain continue d'arriver et d'être facturé.\n\n{first}",
        ),
        "en": (
            "Portal shows no standing orders",
            "Hello,\n\nThe Pro portal no longer shows any of our standing orders, so we can't pause deliveries while our kitchen is closed for works. The bread keeps coming and keeps being billed.\n\n{first}",
        ),
        "de": (
            "Portal zeigt keine Daueraufträge",
            "Hallo,\n\ndas Pro-Portal zeigt keinen unserer Daueraufträge mehr, wir können die Lieferungen während des Umbaus nicht pausieren. Das Brot kommt weiter und wird berechnet.\n\n{first}",
        ),
        "es": (
            "El portal no muestra pedidos fijos",
            "Hola,\n\nel portal Pro ya no muestra ninguno de nuestros pedidos fijos, así que no podemos pausar las entregas durante la obra. El pan sigue llegando y facturándose.\n\n{first}",
        ),
        "it": (
            "Il portale non mostra ordini fissi",
            "Buongiorno,\n\nil portale Pro non mostra più i nostri ordini fissi e non possiamo sospendere le consegne durante i lavori. Il pane continua ad arrivare e a essere fatturato.\n\n{first}",
        ),
        "pt": (
            "O portal não mostra encomendas fixas",
            "Bom dia,\n\no portal Pro já não mostra as nossas encomendas fixas e não conseguimos suspender as entregas durante as obras. O pão continua a chegar e a ser faturado.\n\n{first}",
        ),
    },
    "overbilled": {
        "fr": (
            "Facturé au prix public au lieu du tarif contrat",
            "Bonjour,\n\nNos deux dernières factures sont au prix public, pas au tarif de notre contrat. Sur le mois, cela fait plus de {amount} d'écart. Merci de corriger.\n\n{first}",
        ),
        "en": (
            "Billed at retail price instead of our contract rate",
            "Hello,\n\nOur last two invoices are at retail prices, not our contract rate. Over the month that's more than {amount} difference. Please correct them.\n\n{first}",
        ),
        "de": (
            "Endkundenpreis statt Vertragspreis",
            "Hallo,\n\ndie letzten zwei Rechnungen sind zum Endkundenpreis, nicht zum Vertragspreis. Das sind im Monat über {amount} Unterschied.\n\n{first}",
        ),
        "es": (
            "Facturado a precio público",
            "Hola,\n\nlas dos últimas facturas van a precio público y no a la tarifa del contrato. Son más de {amount} de diferencia al mes.\n\n{first}",
        ),
        "it": (
            "Fatturato a prezzo pieno",
            "Buongiorno,\n\nle ultime due fatture sono a prezzo di listino e non alla tariffa del contratto. Sono più di {amount} di differenza al mese.\n\n{first}",
        ),
        "pt": (
            "Faturado a preço de tabela",
            "Bom dia,\n\nas duas últimas faturas estão a preço de tabela e não ao preço do contrato. São mais de {amount} de diferença por mês.\n\n{first}",
        ),
    },
}
RESTATE: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "les factures ont toujours l'ancien nom et pas de numéro de BC",
        "en": "the invoices still have the old name and no PO number",
        "de": "die Rechnungen haben immer noch den alten Namen und keine Bestellnummer",
        "es": "las facturas siguen con el nombre antiguo y sin número de pedido",
        "it": "le fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine",
        "pt": "as faturas continuam com o nome antigo e sem número de encomenda",
    },
    "service_blocked": {
        "fr": "le livreur est encore reparti avec la commande, « compte bloqué », alors que tout est payé",
        "en": "the driver left with the order again, 'account on hold', though everything is paid",
        "de": "der Fahrer ist wieder mit der Bestellung weg, „Konto gesperrt“, obwohl alles bezahlt ist",
        "es": "el repartidor se ha vuelto a ir con el pedido, «cuenta bloqueada», y está todo pagado",
        "it": "l'autista è ripartito di nuovo con l'ordine, «conto bloccato», anche se è tutto pagato",
        "pt": "o estafeta voltou a ir-se embora com a encomenda, «conta bloqueada», e está tudo pago",
    },
    "portal": {
        "fr": "le portail n'affiche toujours aucune commande permanente et le pain arrive toujours",
        "en": "the portal still shows no standing orders and the bread is still arriving",
        "de": "das Portal zeigt immer noch keine Daueraufträge und das Brot kommt weiter",
        "es": "el portal sigue sin mostrar pedidos fijos y el pan sigue llegando",
        "it": "il portale non mostra ancora gli ordini fissi e il pane continua ad arrivare",
        "pt": "o portal continua sem mostrar encomendas fixas e o pão continua a chegar",
    },
    "overbilled": {
        "fr": "nous sommes toujours facturés au prix public",
        "en": "we're still being billed at retail price",
        "de": "wir zahlen immer noch Endkundenpreise",
        "es": "seguimos pagando precio público",
        "it": "paghiamo ancora il prezzo di listino",
        "pt": "continuamos a pagar preço de tabela",
    },
}
LATER: dict[str, tuple[str, str]] = {
    "fr": (
        "RE : Dossier {ref}",
        "Bonjour,\n\nComme {colleague} vous l'a écrit {weekday} (dossier {ref}) : {restate}. Je gère {role} et cela bloque tout de notre côté. Qu'est-ce qui est prévu ?\n\n{first}",
    ),
    "en": (
        "Re: Case {ref}",
        "Hello,\n\nAs {colleague} wrote on {weekday} (case {ref}): {restate}. I look after {role} and this is holding everything up on our side. What's the plan?\n\n{first}",
    ),
    "de": (
        "AW: Vorgang {ref}",
        "Hallo,\n\nwie {colleague} am {weekday} geschrieben hat (Vorgang {ref}): {restate}. Ich bin für {role} zuständig und bei uns steht alles. Was ist geplant?\n\n{first}",
    ),
    "es": (
        "RE: Incidencia {ref}",
        "Hola,\n\ncomo os escribió {colleague} el {weekday} (incidencia {ref}): {restate}. Llevo {role} y esto nos bloquea. ¿Qué vais a hacer?\n\n{first}",
    ),
    "it": (
        "R: Segnalazione {ref}",
        "Buongiorno,\n\ncome vi ha scritto {colleague} {weekday} (segnalazione {ref}): {restate}. Mi occupo di {role} e così siamo bloccati. Cosa pensate di fare?\n\n{first}",
    ),
    "pt": (
        "RE: Pedido {ref}",
        "Bom dia,\n\ncomo a/o {colleague} vos escreveu na {weekday} (pedido {ref}): {restate}. Trato de {role} e isto bloqueia-nos. O que vão fazer?\n\n{first}",
    ),
}
LATER_TODAY: dict[str, str] = {
    "fr": "ce matin",
    "en": "this morning",
    "de": "heute Morgen",
    "es": "esta mañana",
    "it": "stamattina",
    "pt": "hoje de manhã",
}
LAST_EMAIL: dict[str, tuple[str, str]] = {
    "fr": (
        "RE : Dossier {ref} – toujours rien",
        "Bonjour,\n\nDossier {ref} : rien n'est réglé, {restate}. Plusieurs collègues vous ont écrit cette semaine. Notre service achats a déjà demandé ses tarifs à {comp}.\n\n{first}",
    ),
    "en": (
        "Re: Case {ref} – still nothing",
        "Hello,\n\nCase {ref}: nothing is fixed, {restate}. Several of my colleagues have written to you this week. Our procurement team has already asked {comp} for their rates.\n\n{first}",
    ),
    "de": (
        "AW: Vorgang {ref} – immer noch nichts",
        "Hallo,\n\nVorgang {ref}: nichts ist gelöst, {restate}. Mehrere Kollegen haben Ihnen diese Woche geschrieben. Unser Einkauf hat bereits bei {comp} Preise angefragt.\n\n{first}",
    ),
    "es": (
        "RE: Incidencia {ref} – sigue igual",
        "Hola,\n\nincidencia {ref}: nada resuelto, {restate}. Varios compañeros os han escrito esta semana. Compras ya ha pedido tarifas a {comp}.\n\n{first}",
    ),
    "it": (
        "R: Segnalazione {ref} – ancora niente",
        "Buongiorno,\n\nsegnalazione {ref}: niente di risolto, {restate}. Diversi colleghi vi hanno scritto questa settimana. L'ufficio acquisti ha già chiesto le tariffe a {comp}.\n\n{first}",
    ),
    "pt": (
        "RE: Pedido {ref} – continua igual",
        "Bom dia,\n\npedido {ref}: nada resolvido, {restate}. Vários colegas escreveram-vos esta semana. As compras já pediram preços à {comp}.\n\n{first}",
    ),
}
LAST_CALL: T = {
    "fr": [
        "oui bonjour {first} de chez {company} j'appelle pour le dossier {ref} rien n'est réglé {restate} plusieurs collègues vous ont écrit et mon patron dit que si ce n'est pas réglé cette semaine on change de fournisseur"
    ],
    "en": [
        "hi it's {first} from {company} calling about case {ref} nothing's fixed {restate} several of us have written and my boss says if it isn't sorted this week we move the account"
    ],
    "de": [
        "ja hallo {first} von {company} wegen Vorgang {ref} nichts ist gelöst {restate} mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Lieferanten"
    ],
    "es": [
        "hola soy {first} de {company} llamo por la incidencia {ref} no está resuelto {restate} varios compañeros os han escrito y mi jefe dice que si no se arregla esta semana cambiamos de proveedor"
    ],
    "it": [
        "buongiorno sono {first} di {company} chiamo per la segnalazione {ref} non è risolto niente {restate} vi hanno scritto in tanti e il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "pt": [
        "bom dia fala {first} da {company} ligo por causa do pedido {ref} nada resolvido {restate} vários colegas escreveram e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor"
    ],
}
ACK: T = {
    "fr": [
        "Bonjour {first},\n\nMerci pour votre message. Nous avons ouvert le dossier {ref} pour {company} et revenons vers vous au plus vite.\n\n{agent}, Quignova Pro"
    ],
    "en": [
        "Hello {first},\n\nThanks for your message. We've opened case {ref} for {company} and will come back to you as soon as we can.\n\n{agent}, Quignova Pro"
    ],
    "de": [
        "Hallo {first},\n\ndanke für Ihre Nachricht. Wir haben den Vorgang {ref} für {company} eröffnet und melden uns schnellstmöglich.\n\n{agent}, Quignova Pro"
    ],
    "es": [
        "Hola {first},\n\ngracias por su mensaje. Hemos abierto la incidencia {ref} para {company} y le respondemos lo antes posible.\n\n{agent}, Quignova Pro"
    ],
    "it": [
        "Buongiorno {first},\n\ngrazie del messaggio. Abbiamo aperto la segnalazione {ref} per {company} e vi rispondiamo al più presto.\n\n{agent}, Quignova Pro"
    ],
    "pt": [
        "Olá {first},\n\nobrigado pela mensagem. Abrimos o pedido {ref} para a {company} e respondemos o mais depressa possível.\n\n{agent}, Quignova Pro"
    ],
}
MILD: T = {
    "fr": [
        "Suggestion : pourriez-vous permettre d'exporter les dépenses par centre de coût ? On refait tout à la main chaque mois.",
        "Petite idée : ce serait pratique d'avoir les fiches allergènes imprimées sur les bons de livraison.",
    ],
    "en": [
        "Suggestion: could the portal export spend by cost centre? We redo it by hand every month.",
        "Small idea: it would help to have the allergen sheets printed on the delivery notes.",
    ],
    "de": [
        "Vorschlag: Könnte das Portal die Kosten nach Kostenstelle exportieren?",
        "Kleine Idee: Allergeninfos direkt auf dem Lieferschein wären praktisch.",
    ],
    "es": [
        "Sugerencia: ¿podría el portal exportar el gasto por centro de coste?",
        "Una idea: vendría bien tener los alérgenos en el albarán.",
    ],
    "it": [
        "Suggerimento: il portale potrebbe esportare la spesa per centro di costo?",
        "Un'idea: sarebbe utile avere gli allergeni stampati sulla bolla.",
    ],
    "pt": [
        "Sugestão: o portal podia exportar os gastos por centro de custo?",
        "Uma ideia: dava jeito ter os alergénios impressos na guia de remessa.",
    ],
}
MILD_ACK: T = {
    "fr": [
        "Bonjour {first},\n\nMerci pour la suggestion, elle est transmise à l'équipe du portail.\n\n{agent}, Quignova Pro"
    ],
    "en": [
        "Hello {first},\n\nThanks for the suggestion, it's gone to the portal team.\n\n{agent}, Quignova Pro"
    ],
    "de": [
        "Hallo {first},\n\ndanke für den Vorschlag, er ist beim Portal-Team.\n\n{agent}, Quignova Pro"
    ],
    "es": [
        "Hola {first},\n\ngracias por la sugerencia, la hemos pasado al equipo del portal.\n\n{agent}, Quignova Pro"
    ],
    "it": [
        "Buongiorno {first},\n\ngrazie del suggerimento, è passato al team del portale.\n\n{agent}, Quignova Pro"
    ],
    "pt": [
        "Olá {first},\n\nobrigado pela sugestão, passámos à equipa do portal.\n\n{agent}, Quignova Pro"
    ],
}
ACK_SUBJECT: dict[str, str] = {
    "fr": "Dossier {ref}",
    "en": "Case {ref}",
    "de": "Vorgang {ref}",
    "es": "Incidencia {ref}",
    "it": "Segnalazione {ref}",
    "pt": "Pedido {ref}",
}
MILD_SUBJECT: dict[str, str] = {
    "fr": "Votre suggestion",
    "en": "Your suggestion",
    "de": "Ihr Vorschlag",
    "es": "Su sugerencia",
    "it": "Il suo suggerimento",
    "pt": "A sua sugestão",
}
SURVEY_WORD: T = {
    "fr": ["Parfait", ""],
    "en": ["Reliable as ever", ""],
    "de": ["Zuverlässig", ""],
    "es": ["Muy bien", ""],
    "it": ["Ottimo", ""],
    "pt": ["Ótimo", ""],
}
LOW_NPS_WORD: T = {
    "fr": ["Inadmissible", ""],
    "en": ["Not acceptable", ""],
    "de": ["Inakzeptabel", ""],
    "es": ["Inaceptable", ""],
    "it": ["Inaccettabile", ""],
    "pt": ["Inaceitável", ""],
}
ROLE: dict[str, list[str]] = {
    "fr": ["la cuisine", "les achats", "la comptabilité", "le service du matin"],
    "en": ["the kitchen", "purchasing", "the accounts", "the breakfast service"],
    "de": ["die Küche", "den Einkauf", "die Buchhaltung"],
    "es": ["la cocina", "las compras", "la contabilidad"],
    "it": ["la cucina", "gli acquisti", "la contabilità"],
    "pt": ["a cozinha", "as compras", "a contabilidade"],
}
