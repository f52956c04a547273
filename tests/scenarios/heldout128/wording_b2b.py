# ruff: noqa: E501
"""Words for heldout128's business arm, Ritmello Corporate (team dance events, staff classes)."""

from __future__ import annotations

T = dict[str, list[str]]

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "pt": [
            "As faturas do Ritmello Corporate saem sem o número de encomenda e com o NIF errado. A contabilidade devolve tudo."
        ],
        "de": [
            "Ihre Rechnungen kommen ohne Bestellnummer und mit der alten Firmenanschrift. Unsere Buchhaltung lehnt sie ab."
        ],
        "en": [
            "Your invoices arrive without our PO number and with the old company name. Accounts reject them."
        ],
        "fr": ["Vos factures arrivent sans numéro de commande. La compta les rejette."],
        "es": [
            "Las facturas llegan sin número de pedido y con el CIF antiguo. Contabilidad las rechaza."
        ],
        "it": ["Le fatture arrivano senza numero d'ordine. L'amministrazione le respinge."],
    },
    "service_blocked": {
        "pt": [
            "Os nossos colaboradores foram mandados embora da aula de empresa: 'conta suspensa'. Está tudo pago!"
        ],
        "de": [
            "Unsere Mitarbeitenden wurden am Empfang abgewiesen, 'Konto gesperrt'. Alles ist bezahlt!"
        ],
        "en": ["Our staff were turned away at reception, 'account on hold'. Everything is paid!"],
        "fr": ["Nos salariés ont été refusés à l'accueil, 'compte suspendu'. Tout est payé !"],
        "es": [
            "A nuestros empleados no les dejaron entrar, 'cuenta bloqueada'. ¡Está todo pagado!"
        ],
        "it": ["I nostri dipendenti sono stati respinti, 'account sospeso'. È tutto pagato!"],
    },
    "portal": {
        "pt": [
            "No portal não conseguimos adicionar novos colaboradores ao plano, o botão dá erro há dias."
        ],
        "de": [
            "Im Portal können wir keine neuen Mitarbeitenden zum Firmenplan hinzufügen, seit Tagen Fehler."
        ],
        "en": ["The portal won't let us add new staff to the plan, error for days."],
        "fr": ["Le portail ne nous laisse pas ajouter de salariés au forfait."],
        "es": ["El portal no nos deja añadir empleados al plan, da error desde hace días."],
        "it": ["Il portale non ci fa aggiungere dipendenti al piano."],
    },
    "overbilled": {
        "pt": [
            "Cobraram cada aula ao preço avulso em vez da tarifa anual do contrato, mais de 600 € de diferença."
        ],
        "de": [
            "Sie berechnen jede Stunde einzeln statt unseres Jahresvertrags, über 600 € Unterschied."
        ],
        "en": [
            "You've billed every class at the single rate instead of our annual contract, over £500 difference."
        ],
        "fr": ["Chaque cours facturé à l'unité au lieu du contrat annuel, plus de 600 € d'écart."],
        "es": [
            "Nos cobráis cada clase suelta en vez de la tarifa anual del contrato, más de 600 € de diferencia."
        ],
        "it": [
            "Ogni lezione fatturata a prezzo singolo invece del contratto annuale, oltre 600 € di differenza."
        ],
    },
}
LATER: T = {
    "pt": ["Como a {first} já escreveu {day} (pedido {case}): {complaint}"],
    "de": ["Wie {first} schon {day} geschrieben hat (Vorgang {case}): {complaint}"],
    "en": ["As {first} already wrote {day} (case {case}): {complaint}"],
    "fr": ["Comme {first} l'a écrit {day} (demande {case}) : {complaint}"],
    "es": ["Como ya escribió {first} {day} (incidencia {case}): {complaint}"],
    "it": ["Come ha già scritto {first} {day} (segnalazione {case}): {complaint}"],
}
LAST_EMAIL: T = {
    "pt": [
        "Pedido {case}: nada resolvido e já escreveram vários colegas. As compras já pediram preços à {comp}."
    ],
    "de": [
        "Vorgang {case}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "en": [
        "Case {case}: nothing fixed and several colleagues wrote. Procurement has already asked {comp} for rates."
    ],
    "fr": ["Demande {case} : rien de réglé. Les achats ont demandé les tarifs de {comp}."],
    "es": ["Incidencia {case}: nada resuelto. Compras ya ha pedido precios a {comp}."],
    "it": ["Segnalazione {case}: nulla risolto. Gli acquisti hanno chiesto i prezzi a {comp}."],
}
LAST_CALL: dict[str, str] = {
    "pt": "bom dia ligo por causa do pedido {case} continua tudo igual vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "de": "guten Tag ich rufe wegen Vorgang {case} an es ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist",
    "en": "hi calling about case {case} still nothing fixed several of us have written my boss says we move the account if it isn't fixed this week",
    "fr": "bonjour j'appelle pour la demande {case} toujours rien mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "hola llamo por la incidencia {case} sigue todo igual mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "it": "buongiorno chiamo per la segnalazione {case} ancora niente il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}
MILD: T = {
    "pt": [
        "Sugestão: seria ótimo exportar as presenças por departamento.",
        "Podiam pôr o nome do professor nas confirmações das aulas de empresa?",
    ],
    "de": [
        "Vorschlag: Teilnahmelisten nach Abteilung exportieren wäre toll.",
        "Könnten Sie den Namen der Lehrkraft in die Bestätigungen schreiben?",
    ],
    "en": ["Suggestion: exporting attendance by department would help."],
    "fr": ["Suggestion : exporter les présences par service."],
    "es": ["Sugerencia: exportar la asistencia por departamento."],
    "it": ["Suggerimento: esportare le presenze per reparto."],
}
MILD_ACK: T = {
    "pt": ["Obrigada pela sugestão, seguiu para a equipa de produto."],
    "de": ["Danke für den Vorschlag, ist beim Produktteam."],
    "en": ["Thanks for the suggestion, passed to the product team."],
    "fr": ["Merci, transmis à l'équipe produit."],
    "es": ["Gracias por la sugerencia, la pasamos a producto."],
    "it": ["Grazie, inoltrato al team prodotto."],
}
B2B_PRAISE: T = {
    "pt": ["O workshop de salsa para a equipa foi um sucesso, obrigada Ritmello"],
    "de": ["Der Tanzabend fürs Team war ein voller Erfolg, danke Ritmello"],
    "en": ["Team salsa night was a hit, thanks Ritmello"],
    "fr": ["La soirée salsa d'équipe était top, merci Ritmello"],
    "es": ["El taller de salsa para el equipo fue un éxito, gracias Ritmello"],
    "it": ["La serata di salsa per il team è stata un successo"],
}
B2B_Q: T = {
    "pt": ["Podemos marcar a aula de empresa para quinta às 18h?"],
    "de": ["Können wir den Firmenkurs auf Donnerstag 18 Uhr legen?"],
    "en": ["Can we move the staff class to Thursday 6pm?"],
    "fr": ["Peut-on déplacer le cours d'entreprise à jeudi 18 h ?"],
    "es": ["¿Podemos pasar la clase de empresa al jueves a las 18h?"],
    "it": ["Possiamo spostare la lezione aziendale a giovedì alle 18?"],
}
DAY_WORD = {
    "pt": "ontem",
    "de": "gestern",
    "en": "yesterday",
    "fr": "hier",
    "es": "ayer",
    "it": "ieri",
}
