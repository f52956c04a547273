# ruff: noqa: E501
"""Hand-written wording for heldout50's business arm (Vinolta Pro: restaurants, hotels, offices on account)."""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
# problem -> lang -> (subject topic, first complaint, restated by a later colleague)
B2B_PROBLEM: dict[str, dict[str, tuple[str, str, str]]] = {
    "invoice": {
        "es": (
            "facturas sin número de pedido",
            "Las facturas de octubre salen a nombre de la razón social antigua y sin nuestro número de pedido, contabilidad no las puede pagar.",
            "las facturas siguen con el nombre antiguo y sin número de pedido",
        ),
        "de": (
            "Rechnungen ohne Bestellnummer",
            "Ihre Rechnungen tragen noch unseren alten Firmennamen und keine Bestellnummer, die Buchhaltung kann sie so nicht anweisen.",
            "die Rechnungen haben weiter den alten Namen und keine Bestellnummer",
        ),
        "en": (
            "invoices without PO number",
            "Your invoices still show our old company name and no PO number, accounts cannot pay them.",
            "invoices still have the old name and no PO number",
        ),
        "fr": (
            "factures sans bon de commande",
            "Vos factures portent l'ancien nom de la société et aucun numéro de commande, la compta bloque.",
            "les factures ont toujours l'ancien nom et pas de numéro de commande",
        ),
        "it": (
            "fatture senza numero d'ordine",
            "Le fatture riportano la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione non le paga.",
            "le fatture hanno ancora il vecchio nome e nessun numero d'ordine",
        ),
        "pt": (
            "faturas sem nota de encomenda",
            "As faturas vêm com o nome antigo da empresa e sem número de encomenda, a contabilidade não paga.",
            "as faturas continuam com o nome antigo e sem número de encomenda",
        ),
    },
    "service_blocked": {
        "es": (
            "cuenta bloqueada",
            "El pedido semanal para el restaurante se rechaza con 'cuenta bloqueada' aunque todo está pagado. Nos quedamos sin vino de la casa el fin de semana.",
            "los pedidos siguen rechazados con 'cuenta bloqueada'",
        ),
        "de": (
            "Konto gesperrt",
            "Unsere Wochenbestellung wird mit 'Konto gesperrt' abgelehnt, obwohl alles bezahlt ist. Am Wochenende haben wir keinen Hauswein.",
            "Bestellungen werden weiter mit 'Konto gesperrt' abgelehnt",
        ),
        "en": (
            "account on stop",
            "Our weekly order is refused as 'account on stop' though everything is paid.",
            "orders still refused as 'account on stop'",
        ),
        "fr": (
            "compte bloqué",
            "Notre commande hebdomadaire est refusée, 'compte bloqué', alors que tout est payé.",
            "les commandes sont toujours refusées, compte bloqué",
        ),
        "it": (
            "conto bloccato",
            "L'ordine settimanale viene rifiutato con 'conto bloccato' anche se è tutto pagato.",
            "gli ordini vengono ancora rifiutati, conto bloccato",
        ),
        "pt": (
            "conta bloqueada",
            "A encomenda semanal é recusada com 'conta bloqueada' apesar de estar tudo pago.",
            "as encomendas continuam recusadas, conta bloqueada",
        ),
    },
    "portal": {
        "es": (
            "portal sin pedidos",
            "En el portal Pro no aparece ningún pedido abierto y no podemos reprogramar entregas ni descargar albaranes.",
            "el portal sigue sin mostrar pedidos abiertos",
        ),
        "de": (
            "Portal zeigt keine Bestellungen",
            "Im Pro-Portal sehen wir keine offenen Bestellungen, wir können weder Lieferungen verschieben noch Lieferscheine laden.",
            "das Portal zeigt immer noch keine offenen Bestellungen",
        ),
        "en": (
            "portal shows no orders",
            "The Pro portal shows no open orders, so we can't move deliveries or download delivery notes.",
            "the portal still shows no open orders",
        ),
        "fr": (
            "portail sans commandes",
            "Le portail Pro n'affiche aucune commande en cours, impossible de décaler une livraison.",
            "le portail n'affiche toujours aucune commande",
        ),
        "it": (
            "portale senza ordini",
            "Il portale Pro non mostra ordini aperti, non possiamo spostare le consegne.",
            "il portale continua a non mostrare ordini",
        ),
        "pt": (
            "portal sem encomendas",
            "O portal Pro não mostra encomendas em aberto, não conseguimos mudar entregas.",
            "o portal continua sem mostrar encomendas",
        ),
    },
    "overbilled": {
        "es": (
            "precio de tarifa en vez de contrato",
            "Nos facturáis a precio de tarifa y no al precio de contrato por volumen, más de 700 € de diferencia este mes.",
            "seguimos pagando tarifa y no precio de contrato",
        ),
        "de": (
            "Listenpreis statt Vertragspreis",
            "Sie berechnen uns Listenpreise statt unserer vertraglichen Staffelpreise, über 700 € Differenz in diesem Monat.",
            "es werden weiter Listenpreise statt Vertragspreise berechnet",
        ),
        "en": (
            "list price instead of contract price",
            "You bill us list prices instead of our contract volume prices, over £600 difference this month.",
            "still billed list price not contract price",
        ),
        "fr": (
            "prix catalogue au lieu du contrat",
            "Vous nous facturez le prix catalogue et pas le prix contrat, plus de 700 € d'écart.",
            "toujours facturés au prix catalogue",
        ),
        "it": (
            "listino invece del prezzo contratto",
            "Ci fatturate a listino e non al prezzo di contratto, oltre 700 € di differenza.",
            "ancora fatturati a listino",
        ),
        "pt": (
            "preço de tabela em vez de contrato",
            "Faturam-nos a preço de tabela e não ao preço de contrato, mais de 700 € de diferença.",
            "continuam a faturar a preço de tabela",
        ),
    },
}
LATER = {
    "es": "Buenos días, escribo también por la incidencia {case} que abrió {colleague} el {day}: {restated}. Esto nos está afectando en el día a día.\n{first}, {title}",
    "de": "Guten Tag, ich schreibe ebenfalls zu Vorgang {case}, den {colleague} am {day} eröffnet hat: {restated}. Das betrifft unseren Betrieb jeden Tag.\n{first}, {title}",
    "en": "Hello, I'm also writing about case {case}, opened by {colleague} on {day}: {restated}. This is hurting us every day.\n{first}, {title}",
    "fr": "Bonjour, j'écris aussi pour le dossier {case} ouvert par {colleague} {day} : {restated}. Cela nous pénalise chaque jour.\n{first}, {title}",
    "it": "Buongiorno, scrivo anch'io per la pratica {case} aperta da {colleague} {day}: {restated}. Ci crea problemi ogni giorno.\n{first}, {title}",
    "pt": "Bom dia, escrevo também sobre o pedido {case} aberto pela/o {colleague} {day}: {restated}. Isto afeta-nos todos os dias.\n{first}, {title}",
}
WEEKDAY = {
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
}
LAST_EMAIL = {
    "es": "Incidencia {case}: sigue todo igual y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.",
    "de": "Vorgang {case}: nichts hat sich getan, mehrere Kollegen haben geschrieben. Der Einkauf hat bereits Preise bei {comp} angefragt.",
    "en": "Case {case}: nothing has changed and several colleagues have written. Procurement has already asked {comp} for their prices.",
    "fr": "Dossier {case} : rien n'a bougé, plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "it": "Pratica {case}: non è cambiato niente, hanno scritto diversi colleghi. Gli acquisti hanno già chiesto i prezzi a {comp}.",
    "pt": "Pedido {case}: nada mudou, vários colegas escreveram. As compras já pediram preços à {comp}.",
}
LAST_CALL = {
    "es": "hola llamo por la incidencia {case} sigue sin arreglarse ya han escrito varios compañeros y mi jefa dice que si esta semana no está cambiamos de proveedor",
    "de": "ja hallo ich rufe wegen Vorgang {case} an das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Lieferanten",
    "en": "hi calling about case {case} still not fixed several of us have written and my boss says we move the account if its not sorted this week",
    "fr": "bonjour j'appelle pour le dossier {case} toujours pas réglé plusieurs collègues ont écrit et mon patron dit qu'on change de fournisseur si c'est pas fait cette semaine",
    "it": "buongiorno chiamo per la pratica {case} ancora non risolta hanno scritto in tanti e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "olá ligo por causa do pedido {case} continua por resolver vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
ACK = {
    "es": "Hola {first}, hemos abierto la incidencia {case} para vuestra cuenta y la revisa el equipo Pro.",
    "de": "Hallo {first}, wir haben für Ihr Konto den Vorgang {case} angelegt, das Pro-Team prüft ihn.",
    "en": "Hi {first}, we've opened case {case} for your account; the Pro team is on it.",
    "fr": "Bonjour {first}, dossier {case} ouvert pour votre compte, l'équipe Pro s'en occupe.",
    "it": "Ciao {first}, abbiamo aperto la pratica {case} per il vostro conto, la segue il team Pro.",
    "pt": "Olá {first}, abrimos o pedido {case} para a vossa conta, a equipa Pro está a tratar.",
}
SUGGESTIONS = {
    "es": [
        "Estaría bien poder exportar el gasto por local o centro de coste, no solo por mes.",
        "Sugerencia: poner la añada y el lote en el albarán, nos lo pide sanidad.",
    ],
    "de": [
        "Wäre schön, die Kosten nach Filiale bzw. Kostenstelle exportieren zu können, nicht nur nach Monat.",
        "Vorschlag: Jahrgang und Los auf dem Lieferschein angeben, das will die Lebensmittelkontrolle sehen.",
    ],
    "en": [
        "Would be handy to export spend by site or cost centre, not just by month.",
        "Suggestion: vintage and lot number on the delivery note, our inspector asks for it.",
    ],
    "fr": [
        "Ce serait pratique d'exporter les dépenses par site.",
        "Suggestion : indiquer millésime et lot sur le bon de livraison.",
    ],
    "it": [
        "Sarebbe utile esportare la spesa per sede.",
        "Suggerimento: annata e lotto sulla bolla di consegna.",
    ],
    "pt": [
        "Dava jeito exportar os gastos por loja.",
        "Sugestão: colocar a colheita e o lote na guia de entrega.",
    ],
}
SUGGEST_ACK = {
    "es": "Gracias {first}, se lo pasamos al equipo de producto.",
    "de": "Danke {first}, wir geben das an das Produktteam weiter.",
    "en": "Thanks {first}, passed on to our product team.",
    "fr": "Merci {first}, transmis à l'équipe produit.",
    "it": "Grazie {first}, lo giriamo al team prodotto.",
    "pt": "Obrigado {first}, passámos à equipa de produto.",
}
B2B_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, podemos adelantar la entrega del jueves al miércoles? tenemos un evento",
            "Hecho, pasa al miércoles por la mañana.",
        ),
        (
            "buenas, tenéis cava en formato magnum para el catering?",
            "Sí, en Pro > Espumosos > Magnum, con precio de contrato.",
        ),
    ],
    "de": [
        (
            "Hallo, können wir die Donnerstagslieferung auf Mittwoch vorziehen? Wir haben eine Veranstaltung",
            "Erledigt, kommt Mittwochvormittag.",
        ),
        (
            "Gibt es den Sekt auch als Magnum fürs Catering?",
            "Ja, unter Pro > Schaumwein > Magnum, zum Vertragspreis.",
        ),
    ],
    "en": [
        (
            "hi can we move Thursday's delivery to Wednesday, we've got an event",
            "Done, it'll come Wednesday morning.",
        )
    ],
    "fr": [
        (
            "bonjour, peut-on avancer la livraison de jeudi à mercredi ?",
            "C'est fait, livraison mercredi matin.",
        )
    ],
    "it": [
        (
            "ciao, possiamo anticipare la consegna di giovedì a mercoledì?",
            "Fatto, arriva mercoledì mattina.",
        )
    ],
    "pt": [
        ("olá, podemos antecipar a entrega de quinta para quarta?", "Feito, chega quarta de manhã.")
    ],
}
B2B_PRAISE = {
    "es": ["El equipo Pro de {brand} nos salvó la boda del sábado con una entrega de última hora"],
    "de": [
        "Dank {brand} Pro hatten wir beim Firmenjubiläum genau den richtigen Wein, super Beratung"
    ],
    "en": ["{brand} Pro sorted our Christmas party wine in one call, top service"],
    "fr": ["{brand} Pro au top pour notre séminaire"],
    "it": ["{brand} Pro sempre puntuali con le consegne al ristorante"],
    "pt": ["A {brand} Pro nunca falha nas entregas ao restaurante"],
}
B2B_PRODUCTS = (
    ("Pro: vino de la casa tinto, 24 botellas", "168.00"),
    ("Pro: cava brut, 12 botellas", "118.80"),
    ("Pro: Riesling trocken, 36 Flaschen", "287.00"),
    ("Pro: mixed event case, 48 bottles", "410.00"),
)
JOB_TITLES = (
    "sommelier",
    "restaurant manager",
    "office manager",
    "purchasing",
    "head chef",
    "events coordinator",
    "bar manager",
    "finance",
)
SITES = (
    "restaurant",
    "hotel",
    "office",
    "catering",
    "bar",
    "events",
    "wine_bar",
    "hospital_canteen",
    "university",
    "club",
)
