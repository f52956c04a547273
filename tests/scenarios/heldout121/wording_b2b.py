"""Business-arm wording for heldout121 (Risolva Pro: safety boots and work shoes on account)."""

# ruff: noqa: E501

from __future__ import annotations

PRODUCTS: list[tuple[str, int]] = [
    ("Safety boot resole, 10 pairs / Ressemelage chaussures de sécurité, 10 paires", 420),
    ("Chef clog refit, 12 pairs / Remise en état sabots de cuisine, 12 paires", 260),
    ("Stage shoe repair batch / Lot réparation chaussures de scène", 310),
    ("Riding boot service, 6 pairs / Entretien bottes d'équitation, 6 paires", 380),
    ("Concierge shoe shine, monthly / Cirage conciergerie, mensuel", 190),
]

PROBLEM: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "les factures arrivent au nom de l'ancienne société et sans notre numéro de bon de commande, la compta les rejette",
        "pt": "as faturas vêm com o nome antigo da empresa e sem o número da nota de encomenda, a contabilidade rejeita-as",
        "en": "invoices come under the old company name with no PO number, so accounts reject them",
        "de": "die Rechnungen kommen auf den alten Firmennamen und ohne Bestellnummer, die Buchhaltung lehnt sie ab",
        "es": "las facturas llegan con el nombre antiguo de la empresa y sin número de pedido, contabilidad las rechaza",
        "it": "le fatture arrivano con la vecchia ragione sociale e senza numero d'ordine, l'amministrazione le respinge",
    },
    "service_blocked": {
        "fr": "le coursier refuse de collecter nos chaussures de sécurité, « compte suspendu », alors que tout est payé",
        "pt": "o estafeta recusa recolher as botas de segurança, «conta suspensa», e está tudo pago",
        "en": "the courier refuses to collect our safety boots, 'account on stop', though everything is paid",
        "de": "der Kurier holt unsere Sicherheitsschuhe nicht ab, „Konto gesperrt“, obwohl alles bezahlt ist",
        "es": "el mensajero se niega a recoger las botas de seguridad, «cuenta suspendida», y está todo pagado",
        "it": "il corriere rifiuta di ritirare le scarpe antinfortunistiche, «account sospeso», anche se è tutto pagato",
    },
    "portal": {
        "fr": "le portail n'affiche aucune réparation en cours, impossible de suivre les lots de nos équipes",
        "pt": "o portal não mostra nenhuma reparação em curso, não conseguimos seguir os lotes das equipas",
        "en": "the portal shows no open repairs at all, so we can't track any of our crews' batches",
        "de": "das Portal zeigt keine offenen Reparaturen, wir können keine Lieferung unserer Teams verfolgen",
        "es": "el portal no muestra ninguna reparación abierta, no podemos seguir los lotes de los equipos",
        "it": "il portale non mostra nessuna riparazione aperta, non possiamo seguire i lotti delle squadre",
    },
    "overbilled": {
        "fr": "on nous facture le prix unitaire au lieu du tarif du contrat, plus de 600 € d'écart ce mois",
        "pt": "estão a cobrar o preço unitário em vez do preço do contrato, mais de 600 € de diferença este mês",
        "en": "we're billed the unit price instead of our contract rate, over £500 out this month",
        "de": "uns wird der Einzelpreis statt des Vertragspreises berechnet, über 600 € Differenz diesen Monat",
        "es": "nos cobran el precio unitario en vez del precio de contrato, más de 600 € de diferencia este mes",
        "it": "ci fatturate il prezzo unitario invece della tariffa da contratto, oltre 600 € di differenza questo mese",
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "factures",
        "pt": "faturas",
        "en": "invoices",
        "de": "Rechnungen",
        "es": "facturas",
        "it": "fatture",
    },
    "service_blocked": {
        "fr": "collectes refusées",
        "pt": "recolhas recusadas",
        "en": "collections refused",
        "de": "Abholung verweigert",
        "es": "recogidas rechazadas",
        "it": "ritiri rifiutati",
    },
    "portal": {
        "fr": "portail vide",
        "pt": "portal vazio",
        "en": "empty portal",
        "de": "Portal leer",
        "es": "portal vacío",
        "it": "portale vuoto",
    },
    "overbilled": {
        "fr": "tarif contrat",
        "pt": "preço de contrato",
        "en": "contract rate",
        "de": "Vertragspreis",
        "es": "precio de contrato",
        "it": "tariffa contratto",
    },
}

FIRST: dict[str, str] = {
    "fr": "Bonjour,\n\n{problem}. Merci de corriger rapidement.\n\n{sign}",
    "pt": "Bom dia,\n\n{problem}. Agradeço correção rápida.\n\n{sign}",
    "en": "Hello,\n\n{problem}. Please fix this quickly.\n\n{sign}",
    "de": "Guten Tag,\n\n{problem}. Bitte korrigieren Sie das zügig.\n\n{sign}",
    "es": "Buenos días,\n\n{problem}. Por favor, corregidlo pronto.\n\n{sign}",
    "it": "Buongiorno,\n\n{problem}. Vi prego di correggere al più presto.\n\n{sign}",
}

LATER: dict[str, str] = {
    "fr": "Bonjour,\n\nMa collègue {first} vous a écrit {when} (dossier {case}) : {problem}. Toujours pareil de mon côté.\n\n{sign}",
    "pt": "Bom dia,\n\nA minha colega {first} escreveu {when} (processo {case}): {problem}. Continua igual.\n\n{sign}",
    "en": "Hello,\n\nMy colleague {first} wrote {when} (case {case}): {problem}. Same here, still.\n\n{sign}",
    "de": "Guten Tag,\n\nmeine Kollegin {first} hat {when} geschrieben (Vorgang {case}): {problem}. Bei mir genauso.\n\n{sign}",
    "es": "Buenos días,\n\nMi compañera {first} escribió {when} (incidencia {case}): {problem}. Sigue igual.\n\n{sign}",
    "it": "Buongiorno,\n\nla mia collega {first} ha scritto {when} (pratica {case}): {problem}. Ancora uguale.\n\n{sign}",
}

WHEN: dict[str, list[str]] = {
    "fr": ["ce matin", "lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "pt": ["esta manhã", "segunda", "terça", "quarta", "quinta", "sexta"],
    "en": ["this morning", "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "de": ["heute früh", "am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "es": ["esta mañana", "el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "it": ["stamattina", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
}

LAST_EMAIL: dict[str, str] = {
    "fr": "Dossier {case} : toujours rien de corrigé, plusieurs collègues vous ont écrit. Nos achats ont déjà demandé les tarifs de {comp}.",
    "pt": "Processo {case}: continua tudo por corrigir, vários colegas já escreveram. As compras já pediram preços à {comp}.",
    "en": "Case {case}: nothing fixed, several colleagues have written. Procurement has already asked {comp} for their rates.",
    "de": "Vorgang {case}: nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "es": "Incidencia {case}: nada corregido, varios compañeros os han escrito. Compras ya ha pedido precios a {comp}.",
    "it": "Pratica {case}: niente di corretto, diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto le tariffe a {comp}.",
}

LAST_CALL: dict[str, str] = {
    "fr": "oui bonjour c'est pour le dossier {case} toujours rien de réglé plusieurs collègues ont écrit et mon patron dit qu'on change de prestataire si ce n'est pas fait cette semaine",
    "pt": "sim bom dia é sobre o processo {case} continua tudo igual vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "en": "yes hi it's about case {case} still nothing fixed several colleagues have written and my boss says we move the account if it isn't sorted this week",
    "de": "ja hallo es geht um Vorgang {case} immer noch nichts behoben mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "es": "sí hola es por la incidencia {case} sigue sin arreglar varios compañeros han escrito y mi jefe dice que cambiamos de proveedor si no se soluciona esta semana",
    "it": "sì buongiorno è per la pratica {case} ancora niente varie colleghe hanno scritto e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}

ACK: dict[str, str] = {
    "fr": "Bonjour, merci pour votre message. Dossier {case} ouvert, notre équipe Pro revient vers vous. {agent}",
    "pt": "Bom dia, obrigado pela mensagem. Processo {case} aberto, a equipa Pro volta a contactar. {agent}",
    "en": "Hello, thanks for your message. Case {case} is open and the Pro team will come back to you. {agent}",
    "de": "Guten Tag, danke für Ihre Nachricht. Vorgang {case} ist eröffnet, das Pro-Team meldet sich. {agent}",
    "es": "Buenos días, gracias por el mensaje. Incidencia {case} abierta, el equipo Pro os responde. {agent}",
    "it": "Buongiorno, grazie del messaggio. Pratica {case} aperta, il team Pro vi ricontatta. {agent}",
}

MILD: dict[str, list[str]] = {
    "fr": [
        "Suggestion : pourriez-vous ajouter la date du dernier contrôle de sécurité sur les bons de livraison ?",
        "Idée : un export des coûts par chantier nous aiderait beaucoup.",
    ],
    "pt": [
        "Sugestão: podiam pôr a data da última verificação de segurança nas guias de entrega?",
        "Ideia: uma exportação dos custos por obra ajudava muito.",
    ],
    "en": [
        "Suggestion: could delivery notes show the date of the last safety check?",
        "Idea: an export of costs by site would help us a lot.",
    ],
    "de": [
        "Vorschlag: Könnten die Lieferscheine das Datum der letzten Sicherheitsprüfung zeigen?",
        "Idee: Ein Kostenexport pro Baustelle wäre hilfreich.",
    ],
    "es": [
        "Sugerencia: ¿podríais poner la fecha de la última revisión de seguridad en los albaranes?",
        "Idea: exportar los costes por obra nos ayudaría.",
    ],
    "it": [
        "Suggerimento: potreste indicare la data dell'ultimo controllo di sicurezza sulle bolle?",
        "Idea: un'esportazione dei costi per cantiere ci aiuterebbe.",
    ],
}

MILD_ACK: dict[str, str] = {
    "fr": "Merci pour la suggestion, transmise à l'équipe produit. {agent}",
    "pt": "Obrigado pela sugestão, passámos à equipa de produto. {agent}",
    "en": "Thanks for the suggestion, passed to the product team. {agent}",
    "de": "Danke für den Vorschlag, ans Produktteam weitergegeben. {agent}",
    "es": "Gracias por la sugerencia, la pasamos al equipo de producto. {agent}",
    "it": "Grazie del suggerimento, girato al team prodotto. {agent}",
}

QUESTION: dict[str, list[str]] = {
    "fr": [
        "Bonjour, pouvez-vous collecter 14 paires sur le chantier de Rennes jeudi ?",
        "Le lot de sabots de la cuisine centrale revient quand ?",
    ],
    "pt": [
        "Bom dia, conseguem recolher 14 pares na obra de Braga na quinta?",
        "O lote de socas da cozinha volta quando?",
    ],
    "en": ["Morning, can you collect 14 pairs from the Leeds site on Thursday?"],
    "de": ["Hallo, könnt ihr Donnerstag 14 Paar auf der Baustelle in Essen abholen?"],
    "es": ["Hola, ¿podéis recoger 14 pares en la obra de Getafe el jueves?"],
    "it": ["Buongiorno, potete ritirare 14 paia al cantiere di Bergamo giovedì?"],
}

ANSWER: dict[str, str] = {
    "fr": "Bonjour, c'est noté, le coursier passe jeudi matin. {agent}",
    "pt": "Bom dia, está marcado, o estafeta passa quinta de manhã. {agent}",
    "en": "Morning, booked, the courier comes Thursday morning. {agent}",
    "de": "Hallo, ist notiert, der Kurier kommt Donnerstagfrüh. {agent}",
    "es": "Hola, apuntado, el mensajero pasa el jueves por la mañana. {agent}",
    "it": "Buongiorno, fatto, il corriere passa giovedì mattina. {agent}",
}

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Les chaussures de sécurité de l'équipe sont revenues en 5 jours, impeccables. Merci Risolva Pro"
    ],
    "pt": ["As botas de segurança da equipa voltaram em 5 dias, impecáveis. Obrigado Risolva Pro"],
    "en": ["Crew's safety boots back in five days, spot on. Thanks Risolva Pro"],
    "de": ["Sicherheitsschuhe des Teams in fünf Tagen zurück, top. Danke Risolva Pro"],
    "es": [
        "Las botas de seguridad del equipo volvieron en cinco días, perfectas. Gracias Risolva Pro"
    ],
    "it": [
        "Le scarpe antinfortunistiche della squadra tornate in cinque giorni, perfette. Grazie Risolva Pro"
    ],
}

AGENTS: dict[str, list[str]] = {
    "fr": ["Hélène (Risolva Pro)"],
    "pt": ["Sara (Risolva Pro)"],
    "en": ["Kate (Risolva Pro)"],
    "de": ["Anja (Risolva Pro)"],
    "es": ["Elena (Risolva Pro)"],
    "it": ["Giulia (Risolva Pro)"],
}
