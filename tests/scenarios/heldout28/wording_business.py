# ruff: noqa: E501
"""Company wording for heldout28 (Fiorvento Business: hotels, restaurants, offices...).

{company}, {ref}, {first} (the first complainer), {day} (the weekday of the first
complaint), {comp}; <<fem|masc>> agrees with the colleague named, [[fem|masc]] with the writer.
"""

from __future__ import annotations

BIZ_PROBLEMS = ["invoice", "standing_order", "plant_care", "portal"]

SITES = [
    "hotel",
    "restaurant",
    "law firm",
    "dental practice",
    "funeral home",
    "wedding planner",
    "bank branch",
    "coworking space",
    "boutique",
    "spa",
]

COMPANY_NAMES: dict[str, list[str]] = {
    "it": [
        "Hotel Belvedere",
        "Trattoria da Nino",
        "Studio Legale Ferri",
        "Onoranze Funebri Sereni",
        "Spa Le Terme",
        "Boutique Aurora",
        "Cowork Navigli",
        "Albergo Al Lago",
        "Pasticceria Dolcevita",
        "Banca Popolare Sede Centro",
    ],
    "es": [
        "Hotel Mirador",
        "Restaurante La Parra",
        "Bufete Ortega",
        "Funeraria San Roque",
        "Clínica Dental Sonrisa",
        "Bodas Azahar",
        "Spa Termas del Sur",
        "Hostal La Alameda",
        "Notaría Campos",
    ],
    "de": [
        "Hotel Alpenblick",
        "Kanzlei Huber",
        "Zahnarztpraxis Lind",
        "Bestattungen Maier",
        "Gasthof Zur Linde",
        "Coworking Spreeblick",
    ],
    "en": [
        "The Harbour Hotel",
        "Greene & Co Solicitors",
        "Bloom Dental",
        "Oakwood Funerals",
        "The Linen Room",
    ],
    "fr": [
        "Hôtel du Parc",
        "Cabinet Moreau",
        "Pompes Funèbres Lenoir",
        "Spa Lumière",
        "Brasserie des Halles",
    ],
    "pt": [
        "Hotel Miradouro",
        "Restaurante O Pátio",
        "Clínica Dentária Sorriso",
        "Funerária São Bento",
    ],
}

BIZ_SUBJECT: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "Fattura senza sconto contratto",
        "standing_order": "Composizioni settimanali non consegnate",
        "plant_care": "Manutenzione piante saltata",
        "portal": "Portale: impossibile aggiungere utenti",
    },
    "es": {
        "invoice": "Factura sin el descuento de contrato",
        "standing_order": "Centros semanales sin entregar",
        "plant_care": "Mantenimiento de plantas sin hacer",
        "portal": "Portal: no se pueden añadir usuarios",
    },
    "de": {
        "invoice": "Rechnung ohne Vertragsrabatt",
        "standing_order": "Wöchentliche Gestecke fehlen",
        "plant_care": "Pflanzenpflege ausgefallen",
        "portal": "Portal: Nutzer lassen sich nicht anlegen",
    },
    "en": {
        "invoice": "Invoice without contract discount",
        "standing_order": "Weekly arrangements not delivered",
        "plant_care": "Plant care visits missed",
        "portal": "Portal: can't add users",
    },
    "fr": {
        "invoice": "Facture sans la remise contrat",
        "standing_order": "Compositions hebdomadaires non livrées",
        "plant_care": "Entretien des plantes non fait",
        "portal": "Portail : impossible d'ajouter des utilisateurs",
    },
    "pt": {
        "invoice": "Fatura sem o desconto de contrato",
        "standing_order": "Arranjos semanais não entregues",
        "plant_care": "Manutenção das plantas não feita",
        "portal": "Portal: não dá para adicionar utilizadores",
    },
}

BIZ_COMPLAINT: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "Buongiorno, la fattura mensile di {company} è di nuovo senza lo sconto contrattuale del 12%. Vi chiediamo una nota di credito.",
        "standing_order": "Buongiorno, questa settimana le composizioni per la hall di {company} non sono arrivate, i clienti chiedono. Il contratto è settimanale.",
        "plant_care": "Salve, il giro di manutenzione delle piante da {company} è saltato due volte e le piante della sala si stanno seccando.",
        "portal": "Buongiorno, dal portale Business non riusciamo ad aggiungere utenti né esportare gli ordini: errore a ogni tentativo. Siamo {company}.",
    },
    "es": {
        "invoice": "Buenos días, la factura mensual de {company} vuelve a venir sin el 12% de descuento de contrato. Pedimos una factura rectificativa.",
        "standing_order": "Buenos días, esta semana los centros de la recepción de {company} no han llegado y los clientes preguntan. El contrato es semanal.",
        "plant_care": "Hola, el mantenimiento de plantas de {company} se ha saltado dos veces y las plantas del comedor se están secando.",
        "portal": "Buenos días, desde el portal Business no podemos añadir usuarios ni exportar pedidos, da error siempre. Somos {company}.",
    },
    "de": {
        "invoice": "Guten Tag, die Monatsrechnung von {company} kommt wieder ohne 12 % Vertragsrabatt. Bitte um Gutschrift.",
        "standing_order": "Guten Tag, diese Woche kamen die Gestecke für die Lobby von {company} nicht. Der Vertrag ist wöchentlich.",
        "plant_care": "Guten Tag, die Pflanzenpflege bei {company} ist zweimal ausgefallen, die Pflanzen vertrocknen.",
        "portal": "Guten Tag, im Business-Portal können wir keine Nutzer anlegen und nichts exportieren. {company}.",
    },
    "en": {
        "invoice": "Hello, the monthly invoice for {company} has come without the 12% contract discount again. Please send a credit note.",
        "standing_order": "Hi, this week's arrangements for reception at {company} never came. The contract is weekly.",
        "plant_care": "Hello, the plant care visit at {company} has been missed twice and the plants in the dining room are dying.",
        "portal": "Hi, we can't add users or export orders in the Business portal, error every time. {company}.",
    },
    "fr": {
        "invoice": "Bonjour, la facture mensuelle de {company} arrive encore sans la remise contrat de 12 %. Merci d'émettre un avoir.",
        "standing_order": "Bonjour, cette semaine les compositions de l'accueil de {company} ne sont pas arrivées. Le contrat est hebdomadaire.",
        "plant_care": "Bonjour, l'entretien des plantes chez {company} a sauté deux fois et les plantes sèchent.",
        "portal": "Bonjour, impossible d'ajouter des utilisateurs ou d'exporter dans le portail Business. {company}.",
    },
    "pt": {
        "invoice": "Bom dia, a fatura mensal da {company} voltou a vir sem o desconto de contrato de 12%. Pedimos nota de crédito.",
        "standing_order": "Bom dia, esta semana os arranjos da receção da {company} não chegaram. O contrato é semanal.",
        "plant_care": "Olá, a manutenção das plantas na {company} falhou duas vezes e as plantas estão a secar.",
        "portal": "Bom dia, no portal Business não conseguimos adicionar utilizadores nem exportar. {company}.",
    },
}

BIZ_LATER: dict[str, str] = {
    "it": "Buongiorno, scrivo anch'io per {company}: come già segnalato da <<la mia collega|il mio collega>> {first} {day} (pratica {ref}), il problema non è risolto. {problem_line}",
    "es": "Buenos días, escribo yo también por {company}: como ya avisó <<mi compañera|mi compañero>> {first} el {day} (caso {ref}), sigue sin resolverse. {problem_line}",
    "de": "Guten Tag, ich schreibe auch für {company}: wie <<meine Kollegin|mein Kollege>> {first} am {day} gemeldet hat (Fall {ref}), ist nichts gelöst. {problem_line}",
    "en": "Hello, writing as well for {company}: as my colleague {first} reported on {day} (case {ref}), it still isn't fixed. {problem_line}",
    "fr": "Bonjour, j'écris aussi pour {company} : comme <<ma collègue|mon collègue>> {first} l'a signalé {day} (dossier {ref}), rien n'est réglé. {problem_line}",
    "pt": "Bom dia, escrevo também pela {company}: como <<a minha colega|o meu colega>> {first} avisou na {day} (processo {ref}), continua por resolver. {problem_line}",
}

BIZ_LAST: dict[str, str] = {
    "it": "Pratica {ref}: ancora NIENTE. Ve l'hanno segnalato più colleghi. Stiamo chiedendo preventivi a {comp}.",
    "es": "Caso {ref}: todavía NADA. Os lo han dicho varios compañeros. Estamos pidiendo presupuesto a {comp}.",
    "de": "Fall {ref}: immer noch NICHTS. Mehrere Kollegen haben es gemeldet. Wir holen Angebote bei {comp} ein.",
    "en": "Case {ref}: still NOTHING. Several colleagues have reported it. We're getting quotes from {comp}.",
    "fr": "Dossier {ref} : toujours RIEN. Plusieurs collègues l'ont signalé. Nous demandons des devis à {comp}.",
    "pt": "Processo {ref}: ainda NADA. Vários colegas já avisaram. Estamos a pedir orçamentos à {comp}.",
}

BIZ_LAST_PHONE: dict[str, str] = {
    "it": "pronto buongiorno chiamo per la pratica {ref_spoken} non è cambiato niente l'hanno segnalato già in tanti stiamo chiedendo preventivi a {comp}",
    "es": "sí hola buenos días llamo por el caso {ref_spoken} no ha cambiado nada ya lo han dicho varios compañeros estamos pidiendo presupuesto a {comp}",
    "de": "ja guten tag wegen fall {ref_spoken} es hat sich nichts getan mehrere kollegen haben angerufen wir holen angebote bei {comp} ein",
    "en": "yeah hi calling about case {ref_spoken} nothing's changed several of us have reported it we're getting quotes from {comp}",
    "fr": "oui bonjour c'est pour le dossier {ref_spoken} rien n'a changé plusieurs collègues ont appelé on demande des devis à {comp}",
    "pt": "sim bom dia é sobre o processo {ref_spoken} não mudou nada vários colegas já ligaram estamos a pedir orçamentos à {comp}",
}

BIZ_ACK: dict[str, str] = {
    "it": "Gentile [[Sig.ra|Sig.]] {last}, abbiamo registrato la segnalazione di {company} con la pratica {ref}. Il suo account manager la ricontatterà. Fiorvento Business",
    "es": "Estimad[[a Sra.|o Sr.]] {last}, hemos registrado la incidencia de {company} con el caso {ref}. Su gestor de cuenta le contactará. Fiorvento Business",
    "de": "Sehr geehrte[[ Frau|r Herr]] {last}, wir haben die Meldung von {company} als Fall {ref} erfasst. Fiorvento Business",
    "en": "Dear [[Ms|Mr]] {last}, we've logged {company}'s report as case {ref}. Your account manager will be in touch. Fiorvento Business",
    "fr": "[[Madame|Monsieur]] {last}, nous avons enregistré le signalement de {company} sous le dossier {ref}. Fiorvento Business",
    "pt": "Car[[a Sra.|o Sr.]] {last}, registámos a ocorrência da {company} com o processo {ref}. Fiorvento Business",
}

BIZ_MILD: dict[str, list[str]] = {
    "it": [
        "Suggerimento: sarebbe utile avere il centro di costo per ogni sede in fattura.",
        "Nell'export ordini sarebbe comodo avere il nome della sede in una colonna a parte.",
    ],
    "es": [
        "Sugerencia: sería útil tener el centro de coste por local en la factura.",
        "En la exportación de pedidos vendría bien el nombre del local en una columna aparte.",
    ],
    "de": ["Vorschlag: eine Kostenstelle pro Standort auf der Rechnung wäre praktisch."],
    "en": ["Suggestion: a cost centre per site on the invoice would help."],
    "fr": ["Suggestion : un centre de coût par site sur la facture serait pratique."],
    "pt": ["Sugestão: seria útil ter o centro de custo por loja na fatura."],
}

BIZ_Q: dict[str, list[str]] = {
    "it": [
        "Buongiorno, possiamo spostare la consegna settimanale dal lunedì al martedì?",
        "Ciao, per il matrimonio del 20 servono 30 centrotavola, fate preventivo?",
        "Salve, come si aggiunge un nuovo indirizzo di consegna nel portale?",
    ],
    "es": [
        "Buenos días, ¿podemos pasar la entrega semanal del lunes al martes?",
        "Hola, para la boda del 20 necesitamos 30 centros de mesa, ¿nos hacéis presupuesto?",
        "Buenas, ¿cómo se añade una dirección de entrega en el portal?",
    ],
    "de": ["Guten Tag, können wir die Wochenlieferung von Montag auf Dienstag legen?"],
    "en": ["Hi, can we move the weekly delivery from Monday to Tuesday?"],
    "fr": ["Bonjour, peut-on passer la livraison hebdomadaire du lundi au mardi ?"],
    "pt": ["Bom dia, podemos passar a entrega semanal de segunda para terça?"],
}

BIZ_A: dict[str, str] = {
    "it": "Buongiorno {name}, certo: ce ne occupiamo noi, entro oggi trova la conferma nel portale. {agent}, Fiorvento Business",
    "es": "Buenos días {name}, claro: nos encargamos nosotros, hoy mismo tendrá la confirmación en el portal. {agent}, Fiorvento Business",
    "de": "Guten Tag {name}, gern, erledigt: im Portal schon aktualisiert. {agent}, Fiorvento Business",
    "en": "Morning {name}, no problem, done: it's already updated in the portal. {agent}, Fiorvento Business",
    "fr": "Bonjour {name}, c'est fait : déjà à jour dans le portail. {agent}, Fiorvento Business",
    "pt": "Bom dia {name}, claro, feito: já está atualizado no portal. {agent}, Fiorvento Business",
}

BIZ_THANKS: dict[str, list[str]] = {
    "it": ["Perfetto, grazie!", "Grazie mille, gentilissimi"],
    "es": ["Perfecto, gracias!", "Mil gracias"],
    "de": ["Danke!"],
    "en": ["Perfect, thanks!"],
    "fr": ["Parfait, merci !"],
    "pt": ["Perfeito, obrigad[[a|o]]!"],
}

BIZ_PRAISE: dict[str, list[str]] = {
    "it": [
        "Le composizioni di questa settimana in reception sono stupende, i clienti fanno le foto 🌿",
        "Servizio Business impeccabile, consegne sempre puntuali",
    ],
    "es": [
        "Los centros de esta semana en recepción son preciosos, los clientes les hacen fotos 🌿",
        "Servicio Business impecable, siempre puntuales",
    ],
    "de": ["Die Gestecke diese Woche im Empfang sind wunderschön 🌿"],
    "en": ["This week's arrangements in reception are stunning, guests keep taking photos 🌿"],
    "fr": ["Les compositions de cette semaine à l'accueil sont superbes 🌿"],
    "pt": ["Os arranjos desta semana na receção estão lindos 🌿"],
}

BIZ_PHONE_Q: dict[str, str] = {
    "it": "sì buongiorno chiamo da {company} volevo sapere se per sabato potete aggiungere due composizioni in sala",
    "es": "hola buenos días llamo de {company} quería saber si el sábado podéis añadir dos centros en el salón",
    "de": "guten tag hier ist {company} können sie für samstag zwei gestecke mehr liefern",
    "en": "hi it's {company} calling can you add two more arrangements for saturday",
    "fr": "bonjour c'est {company} vous pouvez ajouter deux compositions pour samedi",
    "pt": "bom dia fala da {company} dá para juntar dois arranjos para sábado",
}

ADDONS = [
    ("event_centrepieces", 240.0),
    ("extra_arrangement", 65.0),
    ("plant_rental_month", 120.0),
    ("priority_delivery", 30.0),
]
PORTAL_PAGES = [
    "/business/orders",
    "/business/invoices",
    "/business/users",
    "/business/sites",
    "/business/export",
]
