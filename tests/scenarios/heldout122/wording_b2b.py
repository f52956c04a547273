# ruff: noqa: E501
"""Wording for heldout122's business arm, Vidralo Pro (glazing for firms on account)."""

from __future__ import annotations

PRODUCTS: list[tuple[str, str, float]] = [
    ("Shopfront pane replaced / Escaparate sustituido", "/pro/shopfront", 640.0),
    ("Emergency boarding-up, site / Tapiado de emergencia, obra", "/pro/boarding", 210.0),
    ("Office partition glass / Mampara de oficina", "/pro/partition", 880.0),
    ("Safety film fitted / Lámina de seguridad", "/pro/film", 320.0),
]

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

PROBLEM: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "unsere Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung weist alles zurück",
        "es": "las facturas siguen saliendo con la razón social antigua y sin número de pedido, contabilidad las rechaza todas",
        "en": "our invoices still carry the old company name and no PO number, accounts payable rejects every one",
        "fr": "nos factures portent encore l'ancienne raison sociale et aucun numéro de commande",
        "it": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine",
        "pt": "as faturas continuam com o nome antigo da empresa e sem número de encomenda",
    },
    "service_blocked": {
        "de": "Ihre Disposition lehnt Notverglasungen ab, 'Konto gesperrt', obwohl alles bezahlt ist",
        "es": "vuestra central rechaza los tapiados urgentes, 'cuenta bloqueada', y está todo pagado",
        "en": "your dispatch refuses emergency jobs, 'account on stop', though everything is paid",
        "fr": "votre planning refuse les urgences, 'compte bloqué', alors que tout est payé",
        "it": "la vostra centrale rifiuta gli interventi urgenti, 'conto bloccato', ed è tutto pagato",
        "pt": "a vossa central recusa as urgências, 'conta bloqueada', e está tudo pago",
    },
    "portal": {
        "de": "das Pro-Portal zeigt keine offenen Aufträge, wir können keine Termine für unsere Filialen mehr ändern",
        "es": "el portal Pro no muestra ningún trabajo abierto, no podemos cambiar citas de las tiendas",
        "en": "the Pro portal shows no open jobs, we can't reschedule anything for our branches",
        "fr": "le portail Pro n'affiche aucune intervention ouverte",
        "it": "il portale Pro non mostra nessun intervento aperto",
        "pt": "o portal Pro não mostra nenhum trabalho aberto",
    },
    "overbilled": {
        "de": "uns wird der Einzelpreis statt des vereinbarten Rahmenvertragspreises berechnet, über 600 € zu viel",
        "es": "nos cobráis la tarifa suelta en vez de la del contrato marco, más de 600 € de diferencia",
        "en": "we're billed the one-off rate instead of our framework rate, over £500 too much",
        "fr": "on nous facture le tarif unitaire au lieu du contrat-cadre, plus de 600 € d'écart",
        "it": "ci fatturate la tariffa singola invece di quella del contratto quadro, oltre 600 €",
        "pt": "estão a cobrar a tarifa avulsa em vez do contrato-quadro, mais de 600 €",
    },
}

FIRST: dict[str, str] = {
    "de": "Guten Tag,\n\n{problem}. Bitte um dringende Klärung.\n\nMit freundlichen Grüßen\n{name}\n{title}, {company}",
    "es": "Buenos días:\n\n{problem}. Necesitamos que se resuelva ya.\n\nUn saludo,\n{name}\n{title}, {company}",
    "en": "Hello,\n\n{problem}. Please sort this urgently.\n\nRegards,\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\n{problem}. Merci de régler cela rapidement.\n\nCordialement,\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\n{problem}. Chiediamo una soluzione urgente.\n\nCordiali saluti,\n{name}\n{title}, {company}",
    "pt": "Bom dia,\n\n{problem}. Precisamos de solução urgente.\n\nCumprimentos,\n{name}\n{title}, {company}",
}

LATER: dict[str, str] = {
    "de": "Hallo, mein Kollege/meine Kollegin {first} hat am {day} schon geschrieben (Vorgang {case}): {problem}. Bei mir genauso.\n{name}, {company}",
    "es": "Hola, {first} ya os escribió el {day} (incidencia {case}): {problem}. A mí me pasa lo mismo.\n{name}, {company}",
    "en": "Hi, {first} already wrote on {day} (case {case}): {problem}. Same here.\n{name}, {company}",
    "fr": "Bonjour, {first} vous a déjà écrit {day} (demande {case}) : {problem}. Pareil pour moi.\n{name}, {company}",
    "it": "Buongiorno, {first} vi ha già scritto {day} (segnalazione {case}): {problem}. Anche per me.\n{name}, {company}",
    "pt": "Olá, {first} já escreveu na {day} (pedido {case}): {problem}. Comigo igual.\n{name}, {company}",
}

DAYS: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}

LAST_EMAIL: dict[str, str] = {
    "de": "Vorgang {case}: es ist NICHTS behoben, mehrere Kollegen haben geschrieben. Unser Einkauf hat schon Angebote bei {comp} angefragt.\n{name}, {company}",
    "es": "Incidencia {case}: NO se ha arreglado nada y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.\n{name}, {company}",
    "en": "Case {case}: NOTHING is fixed and several colleagues have written. Procurement has already asked {comp} for rates.\n{name}, {company}",
    "fr": "Demande {case} : RIEN n'est réglé. Les achats ont déjà demandé les tarifs de {comp}.\n{name}, {company}",
    "it": "Segnalazione {case}: NON è risolto niente. Gli acquisti hanno già chiesto le tariffe a {comp}.\n{name}, {company}",
    "pt": "Pedido {case}: NADA resolvido. As compras já pediram preços à {comp}.\n{name}, {company}",
}

LAST_CALL: dict[str, str] = {
    "de": "ja {name} von {company} wegen Vorgang {case} es ist immer noch nichts gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "es": "sí buenas soy {name} de {company} por la incidencia {case} sigue todo igual varios compañeros os han escrito mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana",
    "en": "hi {name} from {company} about case {case} still nothing fixed several of us have written my boss says we move the account if it's not sorted this week",
    "fr": "oui bonjour {name} de {company} pour la demande {case} toujours rien mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "it": "pronto {name} di {company} per la segnalazione {case} ancora niente il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "olá {name} da {company} sobre o pedido {case} continua tudo igual o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
}

ACK: dict[str, str] = {
    "de": "Guten Tag {first}, danke, wir haben den Vorgang {case} angelegt und melden uns. {agent}, Vidralo Pro",
    "es": "Buenos días {first}, gracias, hemos abierto la incidencia {case} y os contactamos. {agent}, Vidralo Pro",
    "en": "Hello {first}, thanks, we've opened case {case} and will be in touch. {agent}, Vidralo Pro",
    "fr": "Bonjour {first}, merci, demande {case} ouverte. {agent}, Vidralo Pro",
    "it": "Buongiorno {first}, grazie, segnalazione {case} aperta. {agent}, Vidralo Pro",
    "pt": "Bom dia {first}, obrigado, abrimos o pedido {case}. {agent}, Vidralo Pro",
}

SUGGEST: dict[str, list[str]] = {
    "de": [
        "Vorschlag: könnten Sie die Kosten im Portal nach Filiale exportierbar machen?",
        "Wäre schön, wenn auf dem Lieferschein die Glasart (ESG/VSG) stünde",
    ],
    "es": [
        "Sugerencia: poder exportar los costes del portal por tienda",
        "Estaría bien que el albarán indicara el tipo de vidrio (templado/laminado)",
    ],
    "en": ["Suggestion: export portal costs by branch?"],
    "fr": ["Suggestion : exporter les coûts par agence ?"],
    "it": ["Suggerimento: esportare i costi per filiale?"],
    "pt": ["Sugestão: exportar custos por loja?"],
}

SUGGEST_ACK: dict[str, str] = {
    "de": "Danke für den Vorschlag, {first}, ist an das Produktteam weitergegeben. {agent}",
    "es": "Gracias por la sugerencia, {first}, la pasamos a producto. {agent}",
    "en": "Thanks for the suggestion, {first}, passed to the product team. {agent}",
    "fr": "Merci {first}, transmis à l'équipe produit. {agent}",
    "it": "Grazie {first}, inoltrato al prodotto. {agent}",
    "pt": "Obrigado {first}, passámos à equipa de produto. {agent}",
}

QUESTION: dict[str, list[str]] = {
    "de": [
        "Können Sie morgen früh eine Schaufensterscheibe in der Filiale Kassel tauschen?",
        "Gibt es Sicherheitsfolie auch für Oberlichter?",
    ],
    "es": [
        "¿Podéis cambiar mañana el escaparate de la tienda de Getafe?",
        "¿La lámina de seguridad sirve para claraboyas?",
    ],
    "en": ["Can you do a shopfront pane at our Leeds branch tomorrow?"],
    "fr": ["Pouvez-vous changer une vitrine demain à Lille ?"],
    "it": ["Potete sostituire una vetrina domani a Bergamo?"],
    "pt": ["Conseguem trocar uma montra amanhã em Braga?"],
}

ANSWER: dict[str, str] = {
    "de": "Ja, ist eingeplant, Zeitfenster kommt per Mail. {agent}",
    "es": "Sí, queda programado, te llega la franja por correo. {agent}",
    "en": "Yes, booked in, time window coming by e-mail. {agent}",
    "fr": "Oui, c'est planifié. {agent}",
    "it": "Sì, pianificato. {agent}",
    "pt": "Sim, está agendado. {agent}",
}

PRAISE: dict[str, list[str]] = {
    "de": [
        "Nach dem Einbruch hat Vidralo Pro unsere Filiale in zwei Stunden wieder verglast. Klasse Team"
    ],
    "es": ["Vidralo Pro nos tapió el escaparate a las 3 de la mañana tras el robo. Impecables"],
    "en": ["Vidralo Pro reglazed our office partition over a weekend, zero disruption"],
    "fr": ["Vidralo Pro a remplacé notre vitrine en une matinée"],
    "it": ["Vidralo Pro ha rifatto la vetrina in mezza giornata"],
    "pt": ["A Vidralo Pro trocou a nossa montra numa manhã"],
}

TITLES = [
    "Facility Manager",
    "Office Manager",
    "Store Operations Lead",
    "Procurement Officer",
    "Site Manager",
    "Finance Assistant",
]
