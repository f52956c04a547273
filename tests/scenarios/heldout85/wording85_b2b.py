# ruff: noqa: E501
"""Words for Orlavio Pro: staff-uniform alterations for firms on account (heldout85)."""

from __future__ import annotations

B2B_PRODUCTS = [
    "Uniform batch, 20 pieces hemmed / Lote uniformes, 20 bajos",
    "Chef jackets taken in, 12 / Chaquetillas entalladas, 12",
    "Name patches sewn, 40 / Parches con nombre, 40",
    "Trousers hemmed, 30 pairs / Pantalones, 30 bajos",
]
B2B_PAGES = ["/pro/portal", "/pro/batches", "/pro/invoices", "/pro/new-batch"]

B2B_Q = {
    "es": [
        "Hola, ¿podemos mandar 25 chaquetillas en dos bolsas el mismo día?",
        "Buenas, ¿el lote de pantalones vuelve antes del viernes?",
    ],
    "de": [
        "Hallo, können wir 30 Kasacks auf zwei Abholungen verteilen?",
        "Kommt der Hosen-Batch vor Freitag zurück?",
    ],
    "en": ["Hi, can we split 25 jackets across two collections?"],
    "fr": ["Bonjour, peut-on répartir 25 vestes sur deux collectes ?"],
    "it": ["Ciao, possiamo dividere 25 giacche in due ritiri?"],
    "pt": ["Olá, podemos dividir 25 casacos em duas recolhas?"],
}
B2B_A = {
    "es": "Sí, claro: crea dos lotes en el portal y elige franja para cada uno.",
    "de": "Ja, gern: legen Sie im Portal zwei Batches an und wählen Sie je ein Abholfenster.",
    "en": "Yes: create two batches in the portal and pick a slot for each.",
    "fr": "Oui : créez deux lots dans le portail et choisissez un créneau pour chacun.",
    "it": "Sì: crea due lotti nel portale e scegli uno slot per ciascuno.",
    "pt": "Sim: crie dois lotes no portal e escolha um horário para cada.",
}
B2B_THANKS = {
    "es": "perfecto, gracias",
    "de": "Danke, passt",
    "en": "great, thanks",
    "fr": "merci",
    "it": "grazie mille",
    "pt": "obrigado",
}
B2B_PRAISE = {
    "es": [
        "Los uniformes del equipo de sala vuelven siempre impecables, Orlavio Pro nos ahorra mucho lío"
    ],
    "de": [
        "Seit wir Orlavio Pro für die Dienstkleidung nutzen, sitzt bei allen alles. Große Erleichterung"
    ],
    "en": ["Orlavio Pro keeps our front-of-house uniforms spot on, no more safety pins"],
    "fr": ["Orlavio Pro pour nos tenues, un vrai gain de temps"],
    "it": ["Con Orlavio Pro le divise del personale sono sempre perfette"],
    "pt": ["A Orlavio Pro trata das fardas da equipa sem falhas"],
}

B2B_PROBLEM = {
    "invoice": {
        "de": "die Rechnungen kommen immer noch auf den alten Firmennamen und ohne Bestellnummer, unsere Buchhaltung kann sie nicht verbuchen",
        "es": "las facturas siguen saliendo con la razón social antigua y sin número de pedido, contabilidad no las puede pagar",
        "en": "the invoices still carry our old company name and no PO number, accounts can't pay them",
        "it": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine",
        "pt": "as faturas continuam com o nome antigo da empresa e sem número de encomenda",
    },
    "service_blocked": {
        "de": "der Kurier nimmt unsere Uniformen nicht mit, 'Konto gesperrt', obwohl alles bezahlt ist",
        "es": "el mensajero no recoge los uniformes, dice 'cuenta bloqueada', y está todo pagado",
        "en": "the courier won't collect our uniforms, 'account on hold', though everything is paid",
        "it": "il corriere non ritira le divise, 'account bloccato', ma è tutto pagato",
        "pt": "o estafeta não recolhe as fardas, 'conta bloqueada', e está tudo pago",
    },
    "portal": {
        "de": "das Portal zeigt keine offenen Batches mehr, wir können weder Eilaufträge noch Rücklieferungen anfordern",
        "es": "el portal no muestra ningún lote abierto, no podemos pedir urgencias ni devoluciones",
        "en": "the portal shows no open batches, so we can't request rush jobs or returns",
        "it": "il portale non mostra lotti aperti, non possiamo chiedere urgenze né resi",
        "pt": "o portal não mostra lotes abertos, não conseguimos pedir urgências nem devoluções",
    },
    "overbilled": {
        "de": "uns wird der Stückpreis statt des vereinbarten Batch-Preises berechnet, über 600 € Differenz",
        "es": "nos cobran precio por prenda en vez de la tarifa de lote pactada, más de 600 € de diferencia",
        "en": "we're billed the per-piece price instead of our contract batch rate, over £500 difference",
        "it": "ci fate pagare il prezzo a capo invece della tariffa a lotto, oltre 600 € di differenza",
        "pt": "cobram-nos preço por peça em vez da tarifa de lote do contrato, mais de 600 € de diferença",
    },
}
B2B_SUBJECT = {
    "de": "Beschwerde: Konto {acc}",
    "es": "Reclamación: cuenta {acc}",
    "en": "Complaint: account {acc}",
    "it": "Reclamo: conto {acc}",
    "pt": "Reclamação: conta {acc}",
}
B2B_FIRST = {
    "de": "Guten Tag,\n\n{p}. Bitte klären Sie das umgehend.\n\nMit freundlichen Grüßen\n{name}, {title}",
    "es": "Buenos días:\n\n{p}. Les rogamos que lo solucionen cuanto antes.\n\nSaludos,\n{name}, {title}",
    "en": "Hello,\n\n{p}. Please sort this out promptly.\n\nRegards,\n{name}, {title}",
    "it": "Buongiorno,\n\n{p}. Vi chiediamo di risolvere al più presto.\n\nCordiali saluti,\n{name}, {title}",
    "pt": "Bom dia,\n\n{p}. Pedimos que resolvam com urgência.\n\nCumprimentos,\n{name}, {title}",
}
B2B_LATER = {
    "de": "Hallo,\n\nmeine Kollegin/mein Kollege {first} hat am {day} schon wegen {ref} geschrieben: {p}. Bei mir ist es genauso.\n\nGruß\n{name}, {title}",
    "es": "Hola:\n\nmi compañero/a {first} ya os escribió el {day} por la incidencia {ref}: {p}. A mí me pasa lo mismo.\n\nUn saludo,\n{name}, {title}",
}
B2B_LAST_MAIL = {
    "de": "Vorgang {ref}: es ist immer noch nichts behoben, mehrere Kollegen haben geschrieben. Unser Einkauf hat bereits bei {comp} ein Angebot angefragt.",
    "es": "Incidencia {ref}: sigue todo igual y ya os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
}
B2B_LAST_CALL = {
    "de": "ja hallo wegen Vorgang {ref} es ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht läuft wechseln wir den Anbieter",
    "es": "hola llamo por la incidencia {ref} sigue sin arreglarse lo han escrito varios compañeros y mi jefa dice que si esta semana no se soluciona nos vamos a otro proveedor",
}
B2B_ACK = {
    "de": "Guten Tag, danke für Ihre Nachricht. Wir haben den Vorgang {ref} angelegt. Ihr Orlavio-Pro-Team",
    "es": "Buenos días, gracias por avisar. Hemos abierto la incidencia {ref}. Equipo Orlavio Pro",
    "en": "Hello, thanks for letting us know. We've opened case {ref}. Orlavio Pro team",
    "it": "Buongiorno, grazie. Abbiamo aperto la segnalazione {ref}. Team Orlavio Pro",
    "pt": "Bom dia, obrigado. Abrimos o pedido {ref}. Equipa Orlavio Pro",
    "fr": "Bonjour, merci pour votre suggestion, nous la transmettons à l'équipe produit. Orlavio Pro",
}
B2B_MILD = {
    "de": [
        "Kleiner Vorschlag: könnten Sie die Kosten im Export nach Kostenstelle aufschlüsseln?",
        "Wäre schön, wenn auf dem Lieferschein die Anzahl je Größe stünde",
    ],
    "fr": [
        "Petite suggestion : pourriez-vous ventiler l'export des coûts par centre de coût ?",
        "Ce serait pratique d'avoir le détail par taille sur le bon de livraison",
    ],
    "pt": [
        "Sugestão: seria possível exportar os custos por centro de custo?",
        "Dava jeito ter o número por tamanho na guia de entrega",
    ],
}
B2B_MILD_ACK = {
    "de": "Danke für den Vorschlag, wir geben ihn an unser Produktteam weiter.",
    "fr": "Merci pour la suggestion, nous la transmettons à notre équipe produit.",
    "pt": "Obrigado pela sugestão, passamos à equipa de produto.",
}
