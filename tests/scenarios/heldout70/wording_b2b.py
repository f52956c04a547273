# ruff: noqa: E501
"""Business-arm wording for heldout70 (Lanivo Werkstatt: yarn and craft supplies to
schools, care homes, theatres, craft cafés and shops, on account).

Placeholders: {case}, {first}, {day}, {agent}, {comp}, {name}, {company}.
"""

from __future__ import annotations

PRODUCTS: list[tuple[str, float]] = [
    ("Acrylic DK classroom pack, 50 balls / Acryl DK Klassenpaket, 50 Knäuel", 145.00),
    ("Cotton 8/4 on cones, 2 kg / Baumwolle 8/4 auf Konen, 2 kg", 96.00),
    ("Crochet hooks class set, 30 / Häkelnadeln Klassensatz, 30", 58.00),
    ("Wool felt for costumes, 10 m / Wollfilz für Kostüme, 10 m", 132.00),
    ("Care-home craft box / Bastelbox Pflegeheim", 79.00),
    ("Embroidery thread, 200 skeins / Stickgarn, 200 Docken", 118.00),
]
PAGES = ["/pro/portal", "/pro/orders", "/pro/invoices", "/pro/catalogue", "/pro/price-list"]

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Guten Morgen, können wir die Klassenpakete auch mit gemischten Farben bestellen?",
            "Guten Morgen! Ja, im Portal unter 'Mischpaket' können Sie bis zu 10 Farben wählen.",
            "Super, danke",
        ),
        (
            "Wie lange dauert eine Lieferung nach Graz aktuell?",
            "Aktuell 3 Werktage nach Österreich.",
            "danke!",
        ),
    ],
    "en": [
        (
            "Morning, can we get the delivery notes without prices on them? They go to the classrooms",
            "Good morning! Yes, I've switched your account to price-free delivery notes.",
            "Perfect, thanks",
        ),
        (
            "Is the cotton on cones OK for the knitting machines in our workshop?",
            "Yes, it's waxed for machine knitting.",
            "great",
        ),
    ],
    "fr": [
        (
            "Bonjour, vous livrez les commandes groupées le samedi ?",
            "Bonjour, non, du lundi au vendredi seulement.",
            "D'accord merci",
        )
    ],
    "it": [
        (
            "Buongiorno, possiamo avere una fattura unica a fine mese?",
            "Buongiorno, sì, l'abbiamo attivata sul vostro conto.",
            "grazie",
        )
    ],
    "es": [
        (
            "Buenos días, ¿el fieltro es ignífugo? es para escenografía",
            "Buenos días, sí, cumple la norma B1, la ficha está en el portal.",
            "gracias",
        )
    ],
    "pt": [
        (
            "Bom dia, dá para encomendar por código de projeto?",
            "Bom dia, sim, há um campo 'projeto' no portal.",
            "obrigado",
        )
    ],
}
PRAISE: dict[str, list[str]] = {
    "de": [
        "Unsere Strickgruppe im Heim ist begeistert von der Bastelbox, danke Lanivo Werkstatt",
        "Klassenpakete pünktlich zum Schuljahr da, alles vollständig",
    ],
    "en": [
        "The kids loved the crochet class set, every hook accounted for. Thanks Lanivo Werkstatt",
        "Costume felt arrived in time for dress rehearsal, colours spot on",
    ],
    "fr": ["Livraison pour l'atelier arrivée à temps, merci Lanivo Werkstatt"],
    "it": ["Materiale per il laboratorio arrivato puntuale, grazie Lanivo Werkstatt"],
    "es": ["Material para el taller llegado a tiempo, gracias Lanivo Werkstatt"],
    "pt": ["Material para a oficina chegou a tempo, obrigado Lanivo Werkstatt"],
}
FIRST: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "invoice": (
            "Rechnungen ohne Bestellnummer",
            "Guten Tag,\n\nseit letztem Monat stehen auf Ihren Rechnungen weder unsere Bestellnummer noch der richtige Rechnungsempfänger (es steht noch der alte Trägername drauf). Unsere Buchhaltung kann so nichts bezahlen, drei Rechnungen liegen zurück.\n\nGruß\n{name}, {company}",
        ),
        "service_blocked": (
            "Bestellungen gesperrt",
            "Guten Tag,\n\nim Portal steht bei jeder Bestellung 'Kreditlimit erreicht', obwohl alle Rechnungen bezahlt sind (Überweisung vom 2.). Wir brauchen das Material für nächste Woche.\n\n{name}, {company}",
        ),
        "portal": (
            "Portal zeigt keine Bestellungen",
            "Hallo,\n\nunser Portal zeigt seit gestern keine einzige Bestellung mehr an, wir können keine Lieferscheine herunterladen und nichts nachbestellen.\n\n{name}, {company}",
        ),
        "overbilled": (
            "Falsche Preisliste",
            "Guten Tag,\n\nuns werden seit September die normalen Shop-Preise berechnet statt der vereinbarten Bildungspreise. Das sind über 400 € Unterschied bisher.\n\n{name}, {company}",
        ),
    },
    "en": {
        "invoice": (
            "Invoices missing PO numbers",
            "Hello,\n\nsince last month your invoices have neither our PO number nor the right legal entity on them (they still show the old trust name). Finance can't pay them like that, three are now on hold.\n\nRegards,\n{name}, {company}",
        ),
        "service_blocked": (
            "Orders blocked",
            "Hello,\n\nevery order in the portal is refused with 'credit limit reached', though everything is paid (transfer on the 2nd). We need the materials for next week.\n\n{name}, {company}",
        ),
        "portal": (
            "Portal shows no orders",
            "Hi,\n\nour portal has shown no orders at all since yesterday, so we can't download delivery notes or reorder.\n\n{name}, {company}",
        ),
        "overbilled": (
            "Wrong price list",
            "Hello,\n\nsince September we've been charged shop prices instead of the agreed education prices. That's over £350 so far.\n\n{name}, {company}",
        ),
    },
    "fr": {
        "invoice": (
            "Factures sans numéro de commande",
            "Bonjour,\n\nvos factures n'ont plus notre numéro de commande et portent encore l'ancien nom de l'association. La comptabilité ne peut pas payer.\n\n{name}, {company}",
        ),
        "service_blocked": (
            "Commandes bloquées",
            "Bonjour,\n\nle portail refuse toutes nos commandes avec 'limite de crédit atteinte', alors que tout est payé.\n\n{name}, {company}",
        ),
        "portal": (
            "Portail vide",
            "Bonjour,\n\nle portail n'affiche plus aucune commande depuis hier.\n\n{name}, {company}",
        ),
        "overbilled": (
            "Mauvais tarif",
            "Bonjour,\n\non nous facture le prix public au lieu du tarif éducation convenu.\n\n{name}, {company}",
        ),
    },
    "it": {
        "invoice": (
            "Fatture senza numero d'ordine",
            "Buongiorno,\n\nle vostre fatture non riportano più il nostro numero d'ordine e hanno ancora la vecchia ragione sociale.\n\n{name}, {company}",
        ),
        "service_blocked": (
            "Ordini bloccati",
            "Buongiorno,\n\nil portale rifiuta ogni ordine con 'limite di credito raggiunto', ma è tutto pagato.\n\n{name}, {company}",
        ),
        "portal": (
            "Portale vuoto",
            "Buongiorno,\n\nil portale da ieri non mostra più nessun ordine.\n\n{name}, {company}",
        ),
        "overbilled": (
            "Listino sbagliato",
            "Buongiorno,\n\nci addebitate i prezzi del negozio invece del listino scuole concordato.\n\n{name}, {company}",
        ),
    },
    "es": {
        "invoice": (
            "Facturas sin número de pedido",
            "Hola,\n\nvuestras facturas ya no llevan nuestro número de pedido y siguen con la razón social antigua. Contabilidad no puede pagarlas.\n\n{name}, {company}",
        ),
        "service_blocked": (
            "Pedidos bloqueados",
            "Hola,\n\nel portal rechaza todos los pedidos con 'límite de crédito alcanzado', y está todo pagado.\n\n{name}, {company}",
        ),
        "portal": (
            "Portal vacío",
            "Hola,\n\nel portal no muestra ningún pedido desde ayer.\n\n{name}, {company}",
        ),
        "overbilled": (
            "Tarifa equivocada",
            "Hola,\n\nnos cobráis precio de tienda en vez de la tarifa educativa acordada.\n\n{name}, {company}",
        ),
    },
    "pt": {
        "invoice": (
            "Faturas sem número de encomenda",
            "Olá,\n\nas vossas faturas já não têm o nosso número de encomenda e ainda têm o nome antigo.\n\n{name}, {company}",
        ),
        "service_blocked": (
            "Encomendas bloqueadas",
            "Olá,\n\no portal recusa todas as encomendas com 'limite de crédito atingido', mas está tudo pago.\n\n{name}, {company}",
        ),
        "portal": (
            "Portal vazio",
            "Olá,\n\no portal não mostra nenhuma encomenda desde ontem.\n\n{name}, {company}",
        ),
        "overbilled": (
            "Preçário errado",
            "Olá,\n\nestão a cobrar preço de loja em vez do preçário de educação acordado.\n\n{name}, {company}",
        ),
    },
}
LATER: dict[str, list[str]] = {
    "de": [
        "Guten Tag,\n\n{first} aus unserem Team hat Ihnen am {day} schon geschrieben (Vorgang {case}). Es ist immer noch dasselbe: {restate} Bitte kümmern Sie sich darum.\n\n{name}, {company}",
        "Hallo,\n\nich hänge mich an Vorgang {case} dran, den {first} am {day} eröffnet hat. Bei mir genau das Gleiche: {restate} Wann ist das behoben?\n\nGruß {name}, {company}",
        "Guten Tag,\n\nwir warten immer noch auf eine Lösung zu {case} ({first} hatte sich am {day} gemeldet). Stand heute: {restate} So können wir nicht arbeiten.\n\n{name}, {company}",
    ],
    "en": [
        "Hello,\n\nmy colleague {first} already wrote to you on {day} (case {case}). It's still the same: {restate} Please deal with this.\n\n{name}, {company}",
        "Hi,\n\nfollowing up on case {case}, which {first} raised on {day}. Same problem here: {restate} When will this be fixed?\n\n{name}, {company}",
        "Hello,\n\nstill no fix for {case} ({first} reported it on {day}). As of today: {restate} This is holding us up.\n\n{name}, {company}",
    ],
    "fr": [
        "Bonjour,\n\n{first}, de notre équipe, vous a déjà écrit {day} (demande {case}). Toujours pareil : {restate}\n\n{name}, {company}",
        "Bonjour,\n\nje relance la demande {case} ouverte {day} par {first}. Chez moi aussi : {restate}\n\n{name}, {company}",
    ],
    "it": [
        "Buongiorno,\n\n{first} del nostro ufficio vi ha già scritto {day} (segnalazione {case}). Sempre uguale: {restate}\n\n{name}, {company}"
    ],
    "es": [
        "Hola,\n\n{first}, de nuestro equipo, ya os escribió el {day} (incidencia {case}). Sigue igual: {restate}\n\n{name}, {company}"
    ],
    "pt": [
        "Olá,\n\n{first}, da nossa equipa, já vos escreveu {day} (pedido {case}). Continua igual: {restate}\n\n{name}, {company}"
    ],
}
RESTATE: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Rechnungen ohne Bestellnummer und mit altem Namen.",
        "service_blocked": "jede Bestellung wird mit 'Kreditlimit erreicht' abgelehnt.",
        "portal": "das Portal zeigt keine Bestellungen.",
        "overbilled": "wir zahlen Shop-Preise statt Bildungspreise.",
    },
    "en": {
        "invoice": "invoices without our PO number and with the old name.",
        "service_blocked": "every order refused with 'credit limit reached'.",
        "portal": "the portal shows no orders.",
        "overbilled": "we're paying shop prices, not education prices.",
    },
    "fr": {
        "invoice": "factures sans numéro de commande.",
        "service_blocked": "commandes refusées, 'limite de crédit atteinte'.",
        "portal": "portail sans commandes.",
        "overbilled": "prix public au lieu du tarif éducation.",
    },
    "it": {
        "invoice": "fatture senza numero d'ordine.",
        "service_blocked": "ordini rifiutati, 'limite di credito raggiunto'.",
        "portal": "portale senza ordini.",
        "overbilled": "prezzi del negozio invece del listino scuole.",
    },
    "es": {
        "invoice": "facturas sin número de pedido.",
        "service_blocked": "pedidos rechazados, 'límite de crédito alcanzado'.",
        "portal": "portal sin pedidos.",
        "overbilled": "precio de tienda en vez de tarifa educativa.",
    },
    "pt": {
        "invoice": "faturas sem número de encomenda.",
        "service_blocked": "encomendas recusadas, 'limite de crédito atingido'.",
        "portal": "portal sem encomendas.",
        "overbilled": "preço de loja em vez do preçário de educação.",
    },
}
WEEKDAY: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
LAST_EMAIL: dict[str, str] = {
    "de": "Guten Tag,\n\nzu Vorgang {case}: es ist NICHTS behoben, inzwischen haben Ihnen mehrere Kolleginnen und Kollegen geschrieben. Unser Einkauf hat bereits bei {comp} nach Preisen gefragt.\n\n{name}, {company}",
    "en": "Hello,\n\nre case {case}: NOTHING has been fixed and several of my colleagues have written to you by now. Procurement has already asked {comp} for their rates.\n\n{name}, {company}",
}
LAST_CALL: dict[str, str] = {
    "de": "ja guten Tag {name} von {company} wegen Vorgang {case} das ist immer noch nicht behoben mehrere Kollegen haben schon geschrieben und mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht geklärt ist",
    "en": "hi it's {name} from {company} about case {case} it's still not fixed several of us have written already and my boss says we'll move the account if it isn't sorted this week",
    "fr": "bonjour {name} de {company} pour la demande {case} toujours rien de réglé plusieurs collègues vous ont écrit et ma directrice dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "it": "buongiorno sono {name} di {company} per la segnalazione {case} ancora niente diversi colleghi vi hanno scritto e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "es": "hola soy {name} de {company} por la incidencia {case} sigue sin arreglarse varios compañeros os han escrito y mi jefa dice que cambiamos de proveedor si no se arregla esta semana",
    "pt": "olá é {name} da {company} sobre o pedido {case} continua sem solução vários colegas já escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
ACK: dict[str, tuple[str, str]] = {
    "de": (
        "AW: {subject} (Vorgang {case})",
        "Guten Tag {first},\n\ndanke für Ihre Nachricht, wir haben den Vorgang {case} angelegt und melden uns.\n\n{agent}, Lanivo Werkstatt",
    ),
    "en": (
        "Re: {subject} (case {case})",
        "Hello {first},\n\nthanks for your message, we've opened case {case} and will come back to you.\n\n{agent}, Lanivo Werkstatt",
    ),
    "fr": (
        "RE : {subject} (demande {case})",
        "Bonjour {first},\n\nmerci, demande {case} ouverte, nous revenons vers vous.\n\n{agent}, Lanivo Werkstatt",
    ),
    "it": (
        "R: {subject} (segnalazione {case})",
        "Buongiorno {first},\n\ngrazie, segnalazione {case} aperta, vi ricontattiamo.\n\n{agent}, Lanivo Werkstatt",
    ),
    "es": (
        "RE: {subject} (incidencia {case})",
        "Hola {first}:\n\ngracias, incidencia {case} abierta, os decimos algo.\n\n{agent}, Lanivo Werkstatt",
    ),
    "pt": (
        "RE: {subject} (pedido {case})",
        "Olá {first},\n\nobrigado, pedido {case} aberto, damos notícias.\n\n{agent}, Lanivo Werkstatt",
    ),
}
MILD: dict[str, list[str]] = {
    "de": [
        "Vorschlag: könnten die Rechnungen die Kostenstelle pro Klasse ausweisen? Wäre für uns eine Erleichterung",
        "Kleine Idee: auf den Lieferscheinen die Partie-Nummer mit angeben, dann können wir nachbestellen ohne die Banderolen zu suchen",
    ],
    "en": [
        "Suggestion: could invoices show a cost centre per class? Would make our lives easier",
        "Small idea: put the dye lot on the delivery note so we can reorder without hunting for ball bands",
    ],
    "fr": ["Suggestion : indiquer le numéro de bain sur le bon de livraison ?"],
    "it": ["Suggerimento: il numero di bagno sulla bolla di consegna?"],
    "es": ["Sugerencia: ¿poner el número de lote en el albarán?"],
    "pt": ["Sugestão: pôr o número do lote na guia de remessa?"],
}
MILD_ACK: dict[str, str] = {
    "de": "Danke für den Vorschlag, {first}, wir geben ihn an das Produktteam weiter.\n\n{agent}",
    "en": "Thanks for the suggestion, {first}, we're passing it on to the product team.\n\n{agent}",
    "fr": "Merci pour la suggestion, {first}, transmise à l'équipe produit.\n\n{agent}",
    "it": "Grazie del suggerimento, {first}, lo giriamo al team prodotto.\n\n{agent}",
    "es": "Gracias por la sugerencia, {first}, se la pasamos al equipo de producto.\n\n{agent}",
    "pt": "Obrigado pela sugestão, {first}, passámos à equipa de produto.\n\n{agent}",
}
