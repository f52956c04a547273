# ruff: noqa: E501
"""Wording of Tintora Obra, the business arm (painting firms and facilities on account)."""

from __future__ import annotations

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

COMPLAINT = {
    "invoice": {
        "pt": "Bom dia, as faturas deste mês vêm sem o número de obra e com o NIF antigo. A contabilidade não as aceita assim. Podem corrigir?",
        "es": "Buenos días, las facturas de este mes llegan sin número de obra y con el CIF antiguo. Administración no las acepta. ¿Lo podéis corregir?",
        "en": "Morning, this month's invoices have no job number and the old VAT number. Accounts won't take them. Can you fix it?",
        "fr": "Bonjour, les factures du mois n'ont pas le numéro de chantier et portent l'ancien SIRET. La compta les refuse.",
        "de": "Guten Morgen, die Rechnungen dieses Monats haben keine Baustellennummer und die alte USt-ID. Die Buchhaltung nimmt sie so nicht an.",
        "it": "Buongiorno, le fatture del mese sono senza numero cantiere e con la vecchia partita IVA. L'amministrazione non le accetta.",
    },
    "service_blocked": {
        "pt": "A loja recusou-nos tinta hoje de manhã, 'conta bloqueada', com a equipa parada em obra. Está tudo pago!",
        "es": "En la tienda nos han negado la pintura esta mañana, 'cuenta bloqueada', con la cuadrilla parada en obra. ¡Está todo pagado!",
        "en": "The shop refused us paint this morning, 'account on stop', crew standing idle on site. Everything is paid!",
        "fr": "Le magasin nous a refusé la peinture ce matin, 'compte bloqué', équipe à l'arrêt. Tout est payé !",
        "de": "Die Filiale hat uns heute früh keine Farbe gegeben, 'Konto gesperrt', Kolonne steht. Alles bezahlt!",
        "it": "Il negozio ci ha rifiutato la vernice stamattina, 'conto bloccato', squadra ferma in cantiere. È tutto pagato!",
    },
    "portal": {
        "pt": "O portal Tintora Obra não mostra nenhuma encomenda aberta, não conseguimos agendar a recolha das sobras nem ver entregas.",
        "es": "El portal de Tintora Obra no muestra ningún pedido abierto, no podemos programar entregas ni la recogida de sobrantes.",
        "en": "The Tintora Obra portal shows no open orders, so we can't schedule deliveries or the pick-up of leftovers.",
        "fr": "Le portail Tintora Obra n'affiche aucune commande en cours, impossible de planifier les livraisons.",
        "de": "Das Tintora-Obra-Portal zeigt keine offenen Aufträge, wir können weder Lieferungen noch Abholungen planen.",
        "it": "Il portale Tintora Obra non mostra ordini aperti, non riusciamo a programmare consegne né ritiri.",
    },
    "overbilled": {
        "pt": "Estão a faturar-nos a tabela de balcão em vez do preço de contrato, mais de 900 € este mês.",
        "es": "Nos estáis facturando precio de mostrador en vez del precio de contrato, más de 900 € este mes.",
        "en": "You're billing us counter prices instead of our contract price, over £800 this month.",
        "fr": "Vous nous facturez le prix comptoir au lieu du prix contrat, plus de 900 € ce mois-ci.",
        "de": "Sie berechnen uns Thekenpreise statt Vertragspreis, über 900 € diesen Monat.",
        "it": "Ci fatturate il prezzo banco invece del prezzo di contratto, oltre 900 € questo mese.",
    },
}

LATER = {
    "pt": "A {first} já vos escreveu {when} sobre isto (pedido {case}). Continua igual: ",
    "es": "{first} ya os escribió {when} sobre esto (incidencia {case}). Sigue igual: ",
    "en": "{first} already wrote {when} about this (case {case}). Still the same: ",
    "fr": "{first} vous a déjà écrit {when} (demande {case}). Toujours pareil : ",
    "de": "{first} hat Ihnen {when} schon geschrieben (Vorgang {case}). Unverändert: ",
    "it": "{first} vi ha già scritto {when} (segnalazione {case}). Ancora uguale: ",
}

WHEN = {
    "pt": "esta manhã",
    "es": "esta mañana",
    "en": "this morning",
    "fr": "ce matin",
    "de": "heute früh",
    "it": "stamattina",
}
WHEN_DAY = {
    "pt": "ontem",
    "es": "ayer",
    "en": "yesterday",
    "fr": "hier",
    "de": "gestern",
    "it": "ieri",
}

FINAL_CALL = {
    "pt": "bom dia ligo outra vez por causa do pedido {case} continua tudo igual vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "es": "buenos dias llamo otra vez por la incidencia {case} sigue todo igual varios compañeros ya han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "en": "morning calling again about case {case} nothing has changed several colleagues have written my boss says we move the account if it isn't fixed this week",
    "fr": "bonjour j'appelle encore pour la demande {case} rien n'a changé plusieurs collègues ont écrit mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "de": "guten Morgen ich rufe nochmal wegen Vorgang {case} an es ist alles gleich mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht gelöst ist",
    "it": "buongiorno richiamo per la segnalazione {case} è tutto uguale diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}

FINAL_MAIL = {
    "pt": "Pedido {case}: nada resolvido e já vos escreveram vários colegas. As compras já pediram preços à {comp}.",
    "es": "Incidencia {case}: nada resuelto y ya os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "en": "Case {case}: nothing fixed and several colleagues have written. Procurement has already asked {comp} for prices.",
    "fr": "Demande {case} : rien de réglé, plusieurs collègues ont écrit. Les achats ont demandé des prix à {comp}.",
    "de": "Vorgang {case}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat bei {comp} angefragt.",
    "it": "Segnalazione {case}: niente risolto, hanno scritto diversi colleghi. Gli acquisti hanno chiesto prezzi a {comp}.",
}

MILD = {
    "pt": [
        "Sugestão: seria ótimo exportar os custos por obra em CSV.",
        "Sugestão: pôr o número do lote na guia de remessa.",
    ],
    "es": [
        "Sugerencia: estaría bien exportar los costes por obra en CSV.",
        "Sugerencia: poner el número de lote en el albarán.",
    ],
    "en": [
        "Suggestion: exporting costs per job as CSV would help.",
        "Suggestion: print the batch number on delivery notes.",
    ],
    "fr": [
        "Suggestion : exporter les coûts par chantier en CSV.",
        "Suggestion : le numéro de lot sur le bon de livraison.",
    ],
    "de": [
        "Vorschlag: Kosten pro Baustelle als CSV exportieren.",
        "Vorschlag: Chargennummer auf den Lieferschein.",
    ],
    "it": [
        "Suggerimento: esportare i costi per cantiere in CSV.",
        "Suggerimento: numero di lotto sulla bolla.",
    ],
}

ACK = {
    "pt": "Obrigado, registámos a sugestão. Equipa Tintora Obra",
    "es": "Gracias, hemos registrado la sugerencia. Equipo Tintora Obra",
    "en": "Thanks, suggestion noted. Tintora Obra team",
    "fr": "Merci, suggestion notée. L'équipe Tintora Obra",
    "de": "Danke, Vorschlag notiert. Ihr Tintora-Obra-Team",
    "it": "Grazie, suggerimento registrato. Il team Tintora Obra",
}

ROUTINE_Q = {
    "pt": "Conseguem entregar 40 L de tinta de fachada na obra de Almada amanhã às 8h?",
    "es": "¿Podéis entregar 40 L de pintura de fachada en la obra de Getafe mañana a las 8?",
    "en": "Can you get 40 L of facade paint to the Leeds site tomorrow at 8?",
    "fr": "Pouvez-vous livrer 40 L de peinture façade sur le chantier demain à 8 h ?",
    "de": "Können Sie morgen um 8 Uhr 40 L Fassadenfarbe auf die Baustelle liefern?",
    "it": "Potete consegnare 40 L di pittura per facciate in cantiere domani alle 8?",
}

PRAISE = {
    "pt": "Entrega na obra às 7h45 como combinado. Assim dá gosto trabalhar com a Tintora Obra",
    "es": "Entrega en obra a las 7:45 como quedamos. Así da gusto, Tintora Obra",
    "en": "Delivered on site at 7:45 as agreed. Tintora Obra never lets the crew wait",
    "fr": "Livré sur le chantier à 7h45 comme prévu. Merci Tintora Obra",
    "de": "Pünktlich um 7:45 auf der Baustelle. Danke Tintora Obra",
    "it": "Consegnato in cantiere alle 7:45 come concordato. Grazie Tintora Obra",
}
