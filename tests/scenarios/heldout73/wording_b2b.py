# ruff: noqa: E501
"""The business arm's words for heldout73 (Cinerva Pro: flues and ovens of firms on account).

Slots: {ref} case reference, {first_name} the first complainer, {wd} a weekday,
{c} a competitor, {site} the site.
"""

from __future__ import annotations

B2B_PRODUCTS: list[tuple[str, int]] = [
    ("Pizza-oven flue clean / Limpeza de conduta de forno de pizza", 189),
    ("Bakery oven flue inspection / Inspeção de forno de padaria", 240),
    ("Boiler-house flue sweep / Limpeza de conduta de caldeira", 320),
    ("Kitchen extract duct clean / Limpeza de exaustão de cozinha", 410),
    ("Annual compliance visit / Visita anual de conformidade", 290),
]

B2B_PAGES = [
    "/pro/portal/sites",
    "/pro/portal/visits",
    "/pro/portal/invoices",
    "/pro/portal/reports",
]

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_CHAT_Q = {
    "pt": [
        (
            "Bom dia, o relatório de conformidade do forno sai no próprio dia?",
            "Bom dia! Sim, fica no portal em Relatórios até ao fim do dia.",
        ),
        (
            "Podemos marcar a limpeza da exaustão fora do horário do restaurante?",
            "Sim, fazemos a partir das 23h ou antes das 9h, escolha no portal.",
        ),
    ],
    "de": [
        (
            "Guten Morgen, kann die Abluftreinigung nach Küchenschluss stattfinden?",
            "Guten Morgen! Ja, ab 22 Uhr oder vor 7 Uhr, im Portal auswählbar.",
        ),
        (
            "Wo finde ich das Messprotokoll für den Heizraum?",
            "Im Portal unter Berichte, pro Standort abgelegt.",
        ),
    ],
    "en": [
        (
            "Morning, can the extract clean be done after service?",
            "Morning! Yes, after 10pm or before 7am, pick it in the portal.",
        )
    ],
    "fr": [
        (
            "Bonjour, le rapport de conformité est-il disponible le jour même ?",
            "Bonjour ! Oui, dans le portail, rubrique Rapports.",
        )
    ],
    "it": [
        (
            "Buongiorno, il verbale del forno è disponibile in giornata?",
            "Buongiorno! Sì, nel portale alla voce Rapporti.",
        )
    ],
    "es": [
        (
            "Buenos días, ¿el informe de la campana sale el mismo día?",
            "¡Buenos días! Sí, en el portal, en Informes.",
        )
    ],
}

B2B_THANKS = {
    "pt": ["Obrigada!", "Perfeito, obg"],
    "de": ["Danke!", "Super, danke"],
    "en": ["Thanks"],
    "fr": ["Merci"],
    "it": ["Grazie"],
    "es": ["Gracias"],
}

B2B_PRAISE = {
    "pt": [
        "A equipa da Cinerva Pro limpou a conduta do forno de lenha antes do serviço de almoço, sem atrasar nada. Excelente.",
        "Relatórios de conformidade sempre a tempo para a inspeção municipal. Recomendo a Cinerva Pro.",
    ],
    "de": [
        "Cinerva Pro hat die Abluft unserer Großküche über Nacht gereinigt, morgens war alles blitzsauber. Klasse.",
        "Prüfberichte immer pünktlich vor der Feuerbeschau. Danke Cinerva Pro!",
    ],
    "en": [
        "Cinerva Pro did the pizza-oven flue overnight, kitchen spotless by breakfast. Great team."
    ],
    "fr": ["Cinerva Pro a nettoyé la hotte de la cuisine centrale de nuit, impeccable."],
    "it": ["Cinerva Pro ha pulito la canna del forno a legna di notte, perfetto."],
    "es": ["Cinerva Pro limpió la campana de la cocina de noche, todo impecable."],
}

B2B_COMPLAINT = {
    "pt": {
        "invoice": "As faturas continuam a sair com o nome antigo da empresa e sem número de encomenda. A contabilidade devolve-as todas e não conseguimos pagar.",
        "service_blocked": "O técnico chegou ao restaurante e recusou fazer a limpeza do forno: 'conta bloqueada'. Está tudo pago. Tivemos de fechar o forno no sábado.",
        "portal": "O portal não mostra nenhum dos nossos locais, por isso não conseguimos marcar a inspeção anual. A data da inspeção municipal está a chegar.",
        "overbilled": "Estão a faturar cada visita ao preço avulso em vez do preço do contrato. Só este mês são mais de 600 € a mais.",
    },
    "de": {
        "invoice": "Die Rechnungen kommen weiterhin mit dem alten Firmennamen und ohne Bestellnummer. Die Buchhaltung weist alle zurück, wir können nicht zahlen.",
        "service_blocked": "Der Techniker stand in der Küche und hat die Reinigung verweigert: 'Konto gesperrt'. Alles ist bezahlt. Der Ofen musste am Samstag kalt bleiben.",
        "portal": "Im Portal werden keine unserer Standorte angezeigt, deshalb können wir die Jahresprüfung nicht buchen. Die Feuerbeschau steht bald an.",
        "overbilled": "Sie berechnen jeden Einsatz zum Einzelpreis statt zum Vertragspreis. Allein diesen Monat über 600 € zu viel.",
    },
    "en": {
        "invoice": "Invoices still carry our old company name and no PO number. Accounts bounce every one, we can't pay them.",
        "service_blocked": "Your engineer turned up and refused to clean the oven flue: 'account on hold'. Everything is paid. We had to keep the oven cold on Saturday.",
        "portal": "The portal shows none of our sites, so we can't book the annual inspection. The council inspection is coming up.",
        "overbilled": "You're billing every visit at the one-off rate instead of our contract rate. Over £500 too much this month alone.",
    },
    "fr": {
        "invoice": "Les factures portent toujours l'ancien nom de la société et aucun numéro de commande. La compta les rejette toutes.",
        "service_blocked": "Le technicien est venu et a refusé le nettoyage : 'compte bloqué'. Tout est payé. Four froid samedi.",
        "portal": "Le portail n'affiche aucun de nos sites, impossible de réserver la visite annuelle.",
        "overbilled": "Vous facturez chaque passage au tarif unitaire au lieu du tarif contrat. Plus de 600 € de trop ce mois-ci.",
    },
    "it": {
        "invoice": "Le fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine. L'amministrazione le respinge tutte.",
        "service_blocked": "Il tecnico è arrivato e si è rifiutato di pulire: 'conto bloccato'. È tutto pagato. Forno spento sabato.",
        "portal": "Il portale non mostra nessuna delle nostre sedi, non possiamo prenotare la visita annuale.",
        "overbilled": "Fatturate ogni intervento a prezzo singolo invece del prezzo a contratto. Oltre 600 € in più solo questo mese.",
    },
    "es": {
        "invoice": "Las facturas siguen saliendo con el nombre antiguo de la empresa y sin número de pedido. Contabilidad las devuelve todas.",
        "service_blocked": "El técnico llegó y se negó a limpiar: 'cuenta bloqueada'. Está todo pagado. Horno apagado el sábado.",
        "portal": "El portal no muestra ninguno de nuestros centros, no podemos reservar la revisión anual.",
        "overbilled": "Facturáis cada visita a precio suelto en vez del precio de contrato. Más de 600 € de más este mes.",
    },
}

B2B_SUBJECT = {
    "pt": {
        "invoice": "Faturas com nome errado",
        "service_blocked": "Serviço recusado, conta bloqueada",
        "portal": "Portal sem locais",
        "overbilled": "Preço de contrato não aplicado",
    },
    "de": {
        "invoice": "Rechnungen mit falschem Namen",
        "service_blocked": "Einsatz verweigert, Konto gesperrt",
        "portal": "Portal ohne Standorte",
        "overbilled": "Vertragspreis nicht angewendet",
    },
    "en": {
        "invoice": "Invoices in wrong name",
        "service_blocked": "Job refused, account on hold",
        "portal": "Portal shows no sites",
        "overbilled": "Contract rate not applied",
    },
    "fr": {
        "invoice": "Factures au mauvais nom",
        "service_blocked": "Intervention refusée",
        "portal": "Portail sans sites",
        "overbilled": "Tarif contrat non appliqué",
    },
    "it": {
        "invoice": "Fatture intestate male",
        "service_blocked": "Intervento rifiutato",
        "portal": "Portale senza sedi",
        "overbilled": "Prezzo contratto non applicato",
    },
    "es": {
        "invoice": "Facturas con nombre erróneo",
        "service_blocked": "Servicio rechazado",
        "portal": "Portal sin centros",
        "overbilled": "Precio de contrato no aplicado",
    },
}

B2B_LATER = {
    "pt": "A {first_name} já vos escreveu na {wd} (processo {ref}) e nada mudou. ",
    "de": "{first_name} hat Ihnen schon am {wd} geschrieben (Vorgang {ref}), es hat sich nichts geändert. ",
    "en": "{first_name} already wrote to you on {wd} (case {ref}) and nothing has changed. ",
    "fr": "{first_name} vous a déjà écrit {wd} (dossier {ref}), rien n'a changé. ",
    "it": "{first_name} vi ha già scritto {wd} (pratica {ref}), non è cambiato niente. ",
    "es": "{first_name} ya os escribió el {wd} (incidencia {ref}) y nada ha cambiado. ",
}

B2B_ACK = {
    "pt": "Bom dia,\n\nregistámos o processo {ref} e a equipa de contas empresariais vai tratar do assunto.\n\nCinerva Pro",
    "de": "Guten Tag,\n\nwir haben den Vorgang {ref} angelegt, unser Geschäftskundenteam kümmert sich.\n\nCinerva Pro",
    "en": "Hello,\n\nwe've logged case {ref}, our business accounts team is on it.\n\nCinerva Pro",
    "fr": "Bonjour,\n\ndossier {ref} enregistré, notre équipe comptes pros s'en occupe.\n\nCinerva Pro",
    "it": "Buongiorno,\n\nabbiamo aperto la pratica {ref}, il team clienti business se ne occupa.\n\nCinerva Pro",
    "es": "Buenos días,\n\nhemos abierto la incidencia {ref}, el equipo de empresas se encarga.\n\nCinerva Pro",
}

B2B_LAST_EMAIL = {
    "pt": "Processo {ref}: continua tudo igual e já vos escreveram vários colegas. As compras já pediram preços à {c}.",
    "de": "Vorgang {ref}: Nichts ist passiert, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {c} Preise angefragt.",
    "en": "Case {ref}: nothing fixed and several colleagues have written. Procurement has already asked {c} for rates.",
    "fr": "Dossier {ref} : rien n'est réglé, plusieurs collègues vous ont écrit. Les achats ont demandé les tarifs de {c}.",
    "it": "Pratica {ref}: niente risolto, vi hanno scritto più colleghi. Gli acquisti hanno già chiesto i prezzi a {c}.",
    "es": "Incidencia {ref}: nada resuelto y os han escrito varios compañeros. Compras ya ha pedido precios a {c}.",
}

B2B_LAST_CALL = {
    "pt": "sim bom dia ligo por causa do processo {ref} continua por resolver já vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "de": "ja guten Tag ich rufe an wegen Vorgang {ref} das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht erledigt ist",
    "en": "hi calling about case {ref} still not sorted several of us have written my boss says we move the account if it's not fixed this week",
    "fr": "bonjour j'appelle pour le dossier {ref} toujours pas réglé plusieurs collègues ont écrit mon patron dit qu'on change de prestataire si ce n'est pas fait cette semaine",
    "it": "buongiorno chiamo per la pratica {ref} ancora non risolta hanno scritto vari colleghi il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "es": "hola buenos días llamo por la incidencia {ref} sigue sin resolver han escrito varios compañeros mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana",
}

B2B_MILD = {
    "pt": [
        "Seria útil exportar os custos por obra/centro de custo no portal.",
        "Podiam pôr a data da última inspeção no relatório de visita?",
    ],
    "de": [
        "Wäre praktisch, die Kosten im Portal nach Kostenstelle exportieren zu können.",
        "Könnte auf dem Einsatzbericht das Datum der letzten Prüfung stehen?",
    ],
    "en": ["Would be handy to export costs by cost centre from the portal."],
    "fr": ["Ce serait pratique d'exporter les coûts par centre de coûts."],
    "it": ["Sarebbe utile esportare i costi per centro di costo."],
    "es": ["Estaría bien exportar los costes por centro de coste."],
}

B2B_MILD_ACK = {
    "pt": "Obrigado pela sugestão, passámos à equipa do portal. Cinerva Pro",
    "de": "Danke für den Vorschlag, wir geben ihn ans Portal-Team weiter. Cinerva Pro",
    "en": "Thanks for the suggestion, passed to the portal team. Cinerva Pro",
    "fr": "Merci pour la suggestion, transmise à l'équipe portail. Cinerva Pro",
    "it": "Grazie per il suggerimento, passato al team del portale. Cinerva Pro",
    "es": "Gracias por la sugerencia, la pasamos al equipo del portal. Cinerva Pro",
}
