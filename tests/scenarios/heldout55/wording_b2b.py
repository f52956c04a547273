# ruff: noqa: E501
"""Wording of the business arm (Cartelio Business: offices, schools and studios on account).

Slots: {brand}, {biz}, {ref}, {first}, {day}, {comp}, {name}, {agent}, {company}.
"""

from __future__ import annotations

BIZ = "Cartelio Business"

B2B_PRODUCTS: list[tuple[str, float, str]] = [
    ("Copy paper A4 80 g, pallet 40 boxes", 612.00, "/business/carta"),
    ("Toner multipack, 10 pcs", 389.00, "/business/toner"),
    ("Classroom pack 25 pupils", 455.00, "/business/scuole"),
    ("Archive boxes, 100 pcs", 148.00, "/business/archivio"),
    ("Whiteboard markers, 48 pcs", 62.40, "/business/lavagne"),
    ("Meeting room kit (flipchart, pads, markers)", 97.50, "/business/riunioni"),
]
B2B_PAGES = [
    "/business/portale",
    "/business/fatture",
    "/business/approvazioni",
    "/business/ordini-ricorrenti",
    "/business/centri-di-costo",
]

# Problems of the arm: invoice (no PO number, old VAT number), service_blocked (orders
# refused, "credit hold" though paid), portal (orders stuck awaiting an approval already
# given), overbilled (list prices instead of the contract's prices).
B2B_TOPIC: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "fatture senza numero d'ordine",
        "service_blocked": "ordini bloccati per fido",
        "portal": "approvazioni bloccate nel portale",
        "overbilled": "prezzi di listino invece del contratto",
    },
    "fr": {
        "invoice": "factures sans bon de commande",
        "service_blocked": "commandes bloquées (encours)",
        "portal": "validations bloquées sur le portail",
        "overbilled": "prix catalogue au lieu du contrat",
    },
    "de": {
        "invoice": "Rechnungen ohne Bestellnummer",
        "service_blocked": "Bestellungen gesperrt",
        "portal": "Freigaben hängen im Portal",
        "overbilled": "Listenpreise statt Vertragspreise",
    },
    "es": {
        "invoice": "facturas sin número de pedido",
        "service_blocked": "pedidos bloqueados por riesgo",
        "portal": "aprobaciones atascadas en el portal",
        "overbilled": "precios de tarifa en vez de contrato",
    },
    "pt": {
        "invoice": "faturas sem nota de encomenda",
        "service_blocked": "encomendas bloqueadas",
        "portal": "aprovações presas no portal",
        "overbilled": "preços de tabela em vez do contrato",
    },
    "en": {
        "invoice": "invoices without PO numbers",
        "service_blocked": "orders blocked on credit hold",
        "portal": "approvals stuck in the portal",
        "overbilled": "list prices instead of contract prices",
    },
}

B2B_CORE: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "Le fatture di ottobre arrivano senza il numero d'ordine e con la vecchia partita IVA: la nostra contabilità le rifiuta tutte e non possiamo pagarvi.",
        "service_blocked": 'Ogni ordine viene rifiutato con "conto sospeso per fido", ma abbiamo pagato tutto, bonifico del 2 ottobre. Gli uffici sono senza carta.',
        "portal": 'Nel portale gli ordini restano "in attesa di approvazione" anche dopo che la responsabile li ha approvati. Il toner è finito da giorni.',
        "overbilled": "In fattura ci sono i prezzi di listino, non quelli del contratto quadro: più di 700 € di differenza solo questo mese.",
    },
    "fr": {
        "invoice": "Les factures d'octobre arrivent sans numéro de bon de commande et avec l'ancien numéro de TVA : notre comptabilité les rejette toutes, impossible de vous payer.",
        "service_blocked": 'Chaque commande est refusée avec "compte bloqué, encours dépassé", alors que tout est payé, virement du 2 octobre. Les bureaux n\'ont plus de papier.',
        "portal": 'Sur le portail, les commandes restent "en attente de validation" alors que la responsable les a validées. Plus de toner depuis des jours.',
        "overbilled": "La facture applique les prix catalogue et pas ceux de notre contrat-cadre : plus de 700 € d'écart rien que ce mois-ci.",
    },
    "de": {
        "invoice": "Die Oktoberrechnungen kommen ohne Bestellnummer und mit der alten USt-IdNr.: unsere Buchhaltung weist alle zurück, wir können nicht zahlen.",
        "service_blocked": 'Jede Bestellung wird mit "Konto gesperrt, Kreditlimit" abgelehnt, obwohl alles bezahlt ist, Überweisung vom 2. Oktober. Die Büros haben kein Papier mehr.',
        "portal": 'Im Portal bleiben Bestellungen auf "wartet auf Freigabe", obwohl die Leitung sie freigegeben hat. Seit Tagen kein Toner.',
        "overbilled": "Auf der Rechnung stehen Listenpreise statt der Rahmenvertragspreise: über 700 € Unterschied allein diesen Monat.",
    },
    "es": {
        "invoice": "Las facturas de octubre llegan sin número de pedido y con el CIF antiguo: contabilidad las rechaza todas y no podemos pagaros.",
        "service_blocked": 'Todos los pedidos se rechazan con "cuenta bloqueada por riesgo", y está todo pagado, transferencia del 2 de octubre. Las oficinas sin papel.',
        "portal": 'En el portal los pedidos se quedan "pendientes de aprobación" aunque la responsable ya los aprobó. Sin tóner desde hace días.',
        "overbilled": "En la factura vienen precios de tarifa, no los del contrato marco: más de 700 € de diferencia solo este mes.",
    },
    "pt": {
        "invoice": "As faturas de outubro chegam sem número da nota de encomenda e com o NIF antigo: a contabilidade rejeita todas e não conseguimos pagar.",
        "service_blocked": 'Todas as encomendas são recusadas com "conta bloqueada por limite de crédito", e está tudo pago, transferência de 2 de outubro. Os escritórios estão sem papel.',
        "portal": 'No portal as encomendas ficam "a aguardar aprovação" mesmo depois de a responsável aprovar. Sem toner há dias.',
        "overbilled": "A fatura traz preços de tabela e não os do contrato: mais de 700 € de diferença só este mês.",
    },
    "en": {
        "invoice": "October's invoices come without our PO number and with the old VAT number: accounts payable rejects every one, so we can't pay you.",
        "service_blocked": 'Every order is refused with "account on credit hold", though everything is paid, transfer on 2 October. The offices are out of paper.',
        "portal": 'In the portal orders sit at "awaiting approval" even after our manager has approved them. No toner for days.',
        "overbilled": "The invoice charges list prices, not our framework contract's: over £600 difference this month alone.",
    },
}

FIRST_MAIL: dict[str, str] = {
    "it": "Buongiorno,\nscrivo per {company}. {core}\nChiediamo una soluzione rapida.\n{name}",
    "fr": "Bonjour,\nje vous écris pour {company}. {core}\nMerci de régler cela rapidement.\n{name}",
    "de": "Guten Tag,\nich schreibe für {company}. {core}\nBitte um schnelle Lösung.\n{name}",
    "es": "Buenos días,\nos escribo de {company}. {core}\nNecesitamos una solución ya.\n{name}",
    "pt": "Bom dia,\nescrevo em nome da {company}. {core}\nPrecisamos de uma solução rápida.\n{name}",
    "en": "Hello,\nwriting on behalf of {company}. {core}\nWe need this fixed quickly.\n{name}",
}
LATER_MAIL: dict[str, str] = {
    "it": "Buongiorno,\nla mia collega {first} vi ha già scritto {day} (pratica {ref}) e la situazione è la stessa anche per il mio reparto. {core}\n{name}",
    "fr": "Bonjour,\nma collègue {first} vous a déjà écrit {day} (dossier {ref}) et c'est pareil dans mon service. {core}\n{name}",
    "de": "Guten Tag,\nmeine Kollegin {first} hat Ihnen schon {day} geschrieben (Vorgang {ref}), bei uns in der Abteilung ist es genauso. {core}\n{name}",
    "es": "Buenos días,\nmi compañera {first} ya os escribió {day} (incidencia {ref}) y en mi departamento pasa lo mismo. {core}\n{name}",
    "pt": "Bom dia,\na minha colega {first} já vos escreveu {day} (processo {ref}) e no meu departamento é igual. {core}\n{name}",
    "en": "Hello,\nmy colleague {first} already wrote to you {day} (case {ref}) and it's the same in my team. {core}\n{name}",
}
LAST_MAIL: dict[str, str] = {
    "it": "Buongiorno,\npratica {ref}: non è cambiato nulla e ormai vi abbiamo scritto in parecchi. L'ufficio acquisti ha già chiesto un preventivo a {comp}.\n{name}",
    "fr": "Bonjour,\ndossier {ref} : rien n'a changé et nous sommes plusieurs à vous avoir écrit. Les achats ont déjà demandé un devis à {comp}.\n{name}",
    "de": "Guten Tag,\nVorgang {ref}: nichts hat sich geändert, und inzwischen haben Ihnen mehrere von uns geschrieben. Der Einkauf hat schon ein Angebot bei {comp} angefragt.\n{name}",
    "es": "Buenos días,\nincidencia {ref}: no ha cambiado nada y ya os hemos escrito varios. Compras ya ha pedido presupuesto a {comp}.\n{name}",
    "pt": "Bom dia,\nprocesso {ref}: nada mudou e já vos escrevemos vários. As compras já pediram orçamento à {comp}.\n{name}",
    "en": "Hello,\ncase {ref}: nothing has changed and several of us have written now. Purchasing has already asked {comp} for a quote.\n{name}",
}
LAST_CALL: dict[str, str] = {
    "it": "buongiorno chiamo per la pratica {ref} non è risolto niente vi hanno scritto in tre o quattro il mio direttore dice che se entro venerdì non è sistemato cambiamo fornitore",
    "fr": "bonjour j'appelle pour le dossier {ref} rien n'est réglé on est trois ou quatre à vous avoir écrit mon directeur dit que si c'est pas réglé vendredi on change de fournisseur",
    "de": "guten Tag ich rufe wegen Vorgang {ref} an es ist nichts gelöst es haben Ihnen drei vier Leute geschrieben mein Chef sagt wenn das bis Freitag nicht läuft wechseln wir den Lieferanten",
    "es": "buenos días llamo por la incidencia {ref} no se ha arreglado nada os hemos escrito tres o cuatro mi jefa dice que si el viernes no está cambiamos de proveedor",
    "pt": "bom dia ligo por causa do processo {ref} nada foi resolvido já escrevemos três ou quatro o meu diretor diz que se até sexta não estiver resolvido mudamos de fornecedor",
    "en": "morning I'm calling about case {ref} nothing's been fixed three or four of us have written my director says if it's not sorted by Friday we're changing supplier",
}
B2B_ACK: dict[str, tuple[str, str]] = {
    "it": (
        "Pratica {ref} – {company}",
        "Gentile {name},\nabbiamo aperto la pratica {ref} per {company} e l'abbiamo passata al vostro account manager.\n{agent} – {biz}",
    ),
    "fr": (
        "Dossier {ref} – {company}",
        "Bonjour {name},\nnous avons ouvert le dossier {ref} pour {company} et l'avons transmis à votre chargé de compte.\n{agent}, {biz}",
    ),
    "de": (
        "Vorgang {ref} – {company}",
        "Guten Tag {name},\nwir haben den Vorgang {ref} für {company} angelegt und an Ihre Kundenbetreuung gegeben.\n{agent}, {biz}",
    ),
    "es": (
        "Incidencia {ref} – {company}",
        "Hola {name},\nhemos abierto la incidencia {ref} para {company} y se la hemos pasado a vuestro gestor.\n{agent}, {biz}",
    ),
    "pt": (
        "Processo {ref} – {company}",
        "Olá {name},\nabrimos o processo {ref} para a {company} e passámos ao vosso gestor de conta.\n{agent}, {biz}",
    ),
    "en": (
        "Case {ref} – {company}",
        "Hi {name},\nwe've opened case {ref} for {company} and passed it to your account manager.\n{agent}, {biz}",
    ),
}
DAY_WORD: dict[str, list[str]] = {
    "it": [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "stamattina",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ce matin"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
        "heute Morgen",
    ],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
        "esta mañana",
    ],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
        "esta manhã",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
        "this morning",
    ],
}

B2B_CHAT: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Buongiorno, posso aggiungere un secondo indirizzo di consegna per la sede di via Roma?",
            "Buongiorno! Sì, da 'Sedi' nel portale, poi la scegli in ogni ordine.",
        ),
        (
            "Il riordino automatico del toner si può mettere in pausa ad agosto?",
            "Certo, in 'Ordini ricorrenti' scegli 'Sospendi' e le date.",
        ),
    ],
    "fr": [
        (
            "Bonjour, on peut ajouter une deuxième adresse de livraison pour l'annexe ?",
            "Bonjour ! Oui, dans 'Sites' sur le portail, puis vous la choisissez à chaque commande.",
        ),
        (
            "La commande récurrente de toner peut être suspendue pendant les vacances ?",
            "Oui, dans 'Commandes récurrentes' > 'Suspendre'.",
        ),
    ],
    "de": [
        (
            "Hallo, können wir eine zweite Lieferadresse für die Außenstelle anlegen?",
            "Hallo! Ja, im Portal unter 'Standorte'.",
        )
    ],
    "es": [
        (
            "Hola, ¿podemos añadir una segunda dirección para la sede nueva?",
            "¡Hola! Sí, en 'Sedes' dentro del portal.",
        )
    ],
    "pt": [
        (
            "Olá, podemos acrescentar uma segunda morada para o armazém?",
            "Olá! Sim, em 'Moradas' no portal.",
        )
    ],
    "en": [
        (
            "Hi, can we add a second delivery address for the annexe?",
            "Hi! Yes, under 'Sites' in the portal.",
        )
    ],
}
B2B_PRAISE: dict[str, list[str]] = {
    "it": [
        "Da quando ordiniamo con {biz} la segreteria non perde più mezza giornata per la cancelleria. Consegne sempre puntuali.",
        "Il riordino automatico del toner è una benedizione, non restiamo mai a secco.",
    ],
    "fr": [
        "Depuis qu'on passe par {biz}, plus de course au papier le lundi matin. Livraisons toujours à l'heure.",
        "Les centres de coût sur le portail, ça a simplifié la vie de la compta.",
    ],
    "de": ["Mit {biz} läuft unser Bürobedarf endlich ohne Chaos. Immer pünktlich."],
    "es": ["Desde que pedimos con {biz} la secretaría ya no pierde la mañana con el material."],
    "pt": ["Desde que usamos a {biz} nunca mais ficámos sem papel."],
    "en": ["Since we moved to {biz} nobody's chasing paper on a Monday morning any more."],
}
B2B_MILD: dict[str, list[str]] = {
    "it": [
        "Sarebbe comodo avere il centro di costo riga per riga sulla bolla di consegna.",
        "Potreste far saltare il riordino automatico nei giorni di chiusura della scuola?",
    ],
    "fr": [
        "Ce serait pratique d'avoir le centre de coût ligne par ligne sur le bon de livraison.",
        "Le réapprovisionnement automatique pourrait-il tenir compte de nos jours de fermeture ?",
    ],
    "de": ["Praktisch wäre die Kostenstelle pro Position auf dem Lieferschein."],
    "es": ["Estaría bien ver el centro de coste por línea en el albarán."],
    "pt": ["Dava jeito ter o centro de custo por linha na guia de remessa."],
    "en": ["It'd help to see the cost centre per line on the delivery note."],
}
B2B_MILD_ACK: dict[str, tuple[str, str]] = {
    "it": (
        "Il suo suggerimento",
        "Gentile {name},\ngrazie del suggerimento, l'abbiamo girato al team del portale.\n{agent} – {biz}",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {name},\nmerci pour la suggestion, transmise à l'équipe du portail.\n{agent}, {biz}",
    ),
    "de": (
        "Ihr Vorschlag",
        "Guten Tag {name},\ndanke für den Vorschlag, wir haben ihn ans Portal-Team gegeben.\n{agent}, {biz}",
    ),
    "es": (
        "Tu sugerencia",
        "Hola {name},\ngracias por la sugerencia, se la pasamos al equipo del portal.\n{agent}, {biz}",
    ),
    "pt": (
        "A sua sugestão",
        "Olá {name},\nobrigado pela sugestão, passámos à equipa do portal.\n{agent}, {biz}",
    ),
    "en": (
        "Your suggestion",
        "Hi {name},\nthanks for the suggestion, passed to the portal team.\n{agent}, {biz}",
    ),
}
