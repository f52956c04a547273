# ruff: noqa: E501
"""Words of Pinvarra Events (team events and group outings on account) and its agents."""

from __future__ import annotations

# (label, price in euros, page)
PRODUCTS: list[tuple[str, float, str]] = [
    (
        "Team event 2 h, 4 lanes + buffet / Événement équipe 2 h, 4 pistes + buffet",
        690.0,
        "/events/team",
    ),
    (
        "Team event 3 h, 8 lanes + dinner / Événement équipe 3 h, 8 pistes + dîner",
        1480.0,
        "/events/team",
    ),
    ("School outing, 30 pupils / Sortie scolaire, 30 élèves", 240.0, "/events/schools"),
    ("Christmas party package, per guest / Soirée de Noël, par invité", 39.0, "/events/christmas"),
    ("Afterwork 2 lanes, drinks / Afterwork 2 pistes, boissons", 180.0, "/events/afterwork"),
]

PAGES = [
    "/portal",
    "/portal/events",
    "/portal/invoices",
    "/portal/guests",
    "/events/team",
    "/events/christmas",
    "/portal/catering",
]

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, pour un séminaire de 40 personnes en décembre, vous pouvez privatiser tout l'étage ?",
            "Bonjour, oui, à partir de 35 personnes l'étage est privatisable ; je vous envoie le devis sur le portail.",
        ),
        (
            "Peut-on ajouter un menu végétarien pour 6 invités après la réservation ?",
            "Bonjour, oui, dans le portail > Traiteur, jusqu'à 72 h avant l'événement.",
        ),
        (
            "bonjour, la facture peut-elle être adressée à notre siège plutôt qu'à l'agence ?",
            "Bonjour, oui, il suffit de changer l'adresse de facturation dans Portail > Société.",
        ),
    ],
    "pt": [
        (
            "Bom dia, para um evento de 40 pessoas em dezembro é possível reservar o piso todo?",
            "Bom dia, sim, a partir de 35 pessoas o piso é privatizável; envio o orçamento pelo portal.",
        ),
        (
            "Dá para acrescentar menu vegetariano para 6 convidados depois de reservar?",
            "Olá, sim, no portal > Catering, até 72 h antes do evento.",
        ),
        (
            "olá, a fatura pode ir para a sede em vez da filial?",
            "Olá, sim, basta alterar a morada de faturação em Portal > Empresa.",
        ),
    ],
    "en": [
        (
            "Hi, for a 40-person away day in December can we take over the whole upper floor?",
            "Hi, yes, from 35 guests the floor can be booked privately; I'll put the quote in your portal.",
        )
    ],
    "de": [
        (
            "Hallo, können wir für 40 Personen im Dezember die ganze obere Etage buchen?",
            "Hallo, ja, ab 35 Personen ist die Etage exklusiv buchbar; das Angebot kommt ins Portal.",
        )
    ],
    "it": [
        (
            "Buongiorno, per 40 persone a dicembre si può riservare tutto il piano?",
            "Buongiorno, sì, da 35 persone il piano è privatizzabile; le mando il preventivo sul portale.",
        )
    ],
    "es": [
        (
            "Hola, para 40 personas en diciembre, ¿se puede reservar toda la planta?",
            "Hola, sí, a partir de 35 personas la planta es privada; te mando el presupuesto al portal.",
        )
    ],
}

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Afterwork de l'équipe chez Pinvarra hier soir, organisation impeccable, même le stagiaire a fait un strike. Merci !",
        "Sortie de fin d'année avec nos 30 élèves : encadrement top, tout était prêt à notre arrivée. Pinvarra on recommande.",
    ],
    "pt": [
        "Jantar de equipa no Pinvarra ontem, organização impecável, até o estagiário fez strike. Obrigado!",
        "Visita de estudo com 30 alunos: tudo pronto à chegada e staff muito atento. Recomendamos o Pinvarra.",
    ],
    "en": [
        "Team night at Pinvarra yesterday, flawless organisation, even the intern got a strike. Thanks!"
    ],
    "de": [
        "Teamabend im Pinvarra gestern, perfekt organisiert, sogar der Praktikant hat einen Strike geworfen. Danke!"
    ],
    "it": [
        "Serata di team al Pinvarra ieri, organizzazione perfetta, persino lo stagista ha fatto strike. Grazie!"
    ],
    "es": [
        "Afterwork del equipo en Pinvarra ayer, organización perfecta, hasta el becario hizo un strike. ¡Gracias!"
    ],
}

TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "factures sans bon de commande et au mauvais nom",
        "service_blocked": "portail refusant toute réservation",
        "portal": "liste d'invités et traiteur impossibles à modifier",
        "overbilled": "tarif public au lieu du tarif contrat",
    },
    "pt": {
        "invoice": "faturas sem nota de encomenda e com o nome errado",
        "service_blocked": "portal recusa todas as reservas",
        "portal": "lista de convidados e catering impossíveis de alterar",
        "overbilled": "preço público em vez do preço do contrato",
    },
    "en": {
        "invoice": "invoices without PO number under the wrong name",
        "service_blocked": "portal refusing every booking",
        "portal": "guest list and catering cannot be edited",
        "overbilled": "public price instead of contract rate",
    },
    "de": {
        "invoice": "Rechnungen ohne Bestellnummer und mit falschem Namen",
        "service_blocked": "Portal lehnt jede Buchung ab",
        "portal": "Gästeliste und Catering nicht änderbar",
        "overbilled": "Listenpreis statt Vertragspreis",
    },
    "it": {
        "invoice": "fatture senza numero d'ordine e intestate male",
        "service_blocked": "portale che rifiuta ogni prenotazione",
        "portal": "lista ospiti e catering non modificabili",
        "overbilled": "prezzo pubblico invece della tariffa contratto",
    },
    "es": {
        "invoice": "facturas sin número de pedido y a nombre equivocado",
        "service_blocked": "portal que rechaza todas las reservas",
        "portal": "lista de invitados y catering imposibles de cambiar",
        "overbilled": "precio público en lugar de la tarifa de contrato",
    },
}

FIRST: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Bonjour,\nLes trois dernières factures Pinvarra Events sont au nom de notre ancienne raison sociale et sans numéro de bon de commande. Notre comptabilité fournisseurs les rejette toutes, {amount} en attente. Merci de les rééditer.\nCordialement,",
        "service_blocked": "Bonjour,\nDepuis ce matin le portail refuse toute nouvelle réservation avec le message 'plafond de crédit atteint', alors que toutes nos factures sont payées. Notre séminaire de vendredi n'est pas confirmé.\nCordialement,",
        "portal": "Bonjour,\nImpossible de modifier la liste des invités et le traiteur de notre événement dans le portail : les champs sont grisés. Nous avons 6 régimes spéciaux à déclarer avant jeudi.\nCordialement,",
        "overbilled": "Bonjour,\nNotre dernier événement a été facturé au tarif public du week-end et non au tarif de notre contrat (-25 %), soit {amount} de trop. Merci de corriger.\nCordialement,",
    },
    "pt": {
        "invoice": "Bom dia,\nAs três últimas faturas da Pinvarra Events vêm com a nossa antiga denominação e sem número de nota de encomenda. A contabilidade rejeita todas, {amount} pendentes. Por favor reemitam.\nCumprimentos,",
        "service_blocked": "Bom dia,\nDesde esta manhã o portal recusa qualquer nova reserva com 'limite de crédito atingido', e todas as faturas estão pagas. O nosso evento de sexta não está confirmado.\nCumprimentos,",
        "portal": "Bom dia,\nNão conseguimos alterar a lista de convidados nem o catering do nosso evento no portal: os campos estão bloqueados. Temos 6 dietas especiais para indicar até quinta.\nCumprimentos,",
        "overbilled": "Bom dia,\nO último evento foi faturado ao preço público de fim de semana e não ao preço do contrato (-25 %), ou seja {amount} a mais. Agradecemos a correção.\nCumprimentos,",
    },
    "en": {
        "invoice": "Hello,\nThe last three Pinvarra Events invoices carry our old company name and no PO number. Accounts payable rejects them all, {amount} outstanding. Please reissue.\nRegards,",
        "service_blocked": "Hello,\nSince this morning the portal refuses every new booking with 'credit limit reached', although every invoice is paid. Friday's away day is not confirmed.\nRegards,",
        "portal": "Hello,\nWe cannot edit the guest list or the catering for our event in the portal, the fields are greyed out. We have 6 dietary requirements to add by Thursday.\nRegards,",
        "overbilled": "Hello,\nOur last event was billed at the public weekend price instead of our contract rate (-25%), {amount} too much. Please correct it.\nRegards,",
    },
    "de": {
        "invoice": "Guten Tag,\ndie letzten drei Rechnungen von Pinvarra Events tragen unseren alten Firmennamen und keine Bestellnummer. Unsere Kreditorenbuchhaltung lehnt alle ab, {amount} offen. Bitte neu ausstellen.\nMit freundlichen Grüßen",
        "service_blocked": "Guten Tag,\nseit heute früh lehnt das Portal jede Buchung mit 'Kreditlimit erreicht' ab, obwohl alle Rechnungen bezahlt sind.\nMit freundlichen Grüßen",
        "portal": "Guten Tag,\nwir können Gästeliste und Catering im Portal nicht ändern, die Felder sind gesperrt.\nMit freundlichen Grüßen",
        "overbilled": "Guten Tag,\nunser letztes Event wurde zum Wochenend-Listenpreis statt zum Vertragspreis (-25 %) berechnet, {amount} zu viel.\nMit freundlichen Grüßen",
    },
    "it": {
        "invoice": "Buongiorno,\nle ultime tre fatture Pinvarra Events sono intestate alla nostra vecchia ragione sociale e senza numero d'ordine. La contabilità le rifiuta, {amount} in sospeso.\nCordiali saluti",
        "service_blocked": "Buongiorno,\nda stamattina il portale rifiuta ogni prenotazione con 'limite di credito raggiunto', ma le fatture sono tutte pagate.\nCordiali saluti",
        "portal": "Buongiorno,\nnon riusciamo a modificare lista ospiti e catering nel portale, i campi sono bloccati.\nCordiali saluti",
        "overbilled": "Buongiorno,\nl'ultimo evento è stato fatturato a prezzo pubblico invece della tariffa contratto (-25 %), {amount} in più.\nCordiali saluti",
    },
    "es": {
        "invoice": "Hola,\nlas tres últimas facturas de Pinvarra Events llevan nuestra antigua razón social y ningún número de pedido. Contabilidad las rechaza todas, {amount} pendientes.\nSaludos",
        "service_blocked": "Hola,\ndesde esta mañana el portal rechaza toda reserva con 'límite de crédito alcanzado', y todas las facturas están pagadas.\nSaludos",
        "portal": "Hola,\nno podemos cambiar la lista de invitados ni el catering en el portal, los campos están bloqueados.\nSaludos",
        "overbilled": "Hola,\nel último evento se facturó a precio público de fin de semana y no a la tarifa del contrato (-25 %), {amount} de más.\nSaludos",
    },
}

LATER: dict[str, str] = {
    "fr": "Bonjour,\nJe me joins au message de {first_name} de {weekday} (dossier {case}) : même problème de notre côté, {topic}. C'est bloquant pour mon service aussi. Merci de traiter en priorité.\nCordialement,",
    "pt": "Bom dia,\nJunto-me à mensagem de {first_name} de {weekday} (processo {case}): o mesmo problema do nosso lado, {topic}. Também bloqueia o meu departamento. Agradeço prioridade.\nCumprimentos,",
    "en": "Hello,\nFollowing up {first_name}'s message of {weekday} (case {case}): same problem here, {topic}. It's blocking my team as well. Please treat this as a priority.\nRegards,",
    "de": "Guten Tag,\nich schließe mich der Nachricht von {first_name} vom {weekday} an (Vorgang {case}): dasselbe Problem bei uns, {topic}. Bitte mit Priorität behandeln.\nMit freundlichen Grüßen",
    "it": "Buongiorno,\nmi aggiungo al messaggio di {first_name} di {weekday} (pratica {case}): stesso problema, {topic}. Per favore con priorità.\nCordiali saluti",
    "es": "Hola,\nme sumo al mensaje de {first_name} del {weekday} (incidencia {case}): el mismo problema, {topic}. Por favor con prioridad.\nSaludos",
}

LAST_EMAIL: dict[str, str] = {
    "fr": "Bonjour,\nDossier {case} : toujours rien de réglé, et plusieurs collègues vous ont écrit. Les achats ont déjà demandé ses tarifs à {comp}.\nCordialement,",
    "pt": "Bom dia,\nProcesso {case}: continua tudo por resolver e vários colegas já vos escreveram. As compras já pediram preços ao {comp}.\nCumprimentos,",
    "en": "Hello,\nCase {case}: still nothing fixed, and several colleagues have written to you. Procurement has already asked {comp} for their rates.\nRegards,",
    "de": "Guten Tag,\nVorgang {case}: immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat bei {comp} schon Preise angefragt.\nMit freundlichen Grüßen",
    "it": "Buongiorno,\npratica {case}: ancora niente, e diversi colleghi vi hanno scritto. L'ufficio acquisti ha già chiesto le tariffe a {comp}.\nCordiali saluti",
    "es": "Hola,\nincidencia {case}: sigue sin resolverse y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}.\nSaludos",
}

LAST_CALL: dict[str, str] = {
    "fr": "oui bonjour j'appelle pour le dossier {case} rien n'est réglé plusieurs collègues vous ont écrit et mon patron dit qu'on change de prestataire si ce n'est pas résolu cette semaine",
    "pt": "bom dia ligo por causa do processo {case} nada está resolvido vários colegas já escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "en": "hi I'm calling about case {case} nothing is fixed several colleagues have written and my boss says we move the account if it isn't sorted this week",
    "de": "ja guten Tag ich rufe wegen Vorgang {case} an nichts ist gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht geklärt ist",
    "it": "pronto buongiorno chiamo per la pratica {case} non è risolto niente diversi colleghi vi hanno scritto e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "es": "hola buenas llamo por la incidencia {case} no se ha arreglado nada varios compañeros os han escrito y mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}

ACK: dict[str, str] = {
    "fr": "Bonjour {first},\nMerci pour votre message. Nous avons ouvert le dossier {case} et votre chargé de compte revient vers vous.\nPinvarra Events",
    "pt": "Bom dia {first},\nObrigado pela mensagem. Abrimos o processo {case} e o seu gestor de conta vai contactá-lo.\nPinvarra Events",
    "en": "Hello {first},\nThank you for your message. We have opened case {case} and your account manager will be in touch.\nPinvarra Events",
    "de": "Guten Tag {first},\ndanke für Ihre Nachricht. Wir haben Vorgang {case} eröffnet, Ihr Kundenbetreuer meldet sich.\nPinvarra Events",
    "it": "Buongiorno {first},\ngrazie del messaggio. Abbiamo aperto la pratica {case}, il suo referente la ricontatterà.\nPinvarra Events",
    "es": "Hola {first},\ngracias por tu mensaje. Hemos abierto la incidencia {case} y tu gestor de cuenta te contactará.\nPinvarra Events",
}

SUGGEST: dict[str, list[str]] = {
    "fr": [
        "Suggestion : ce serait pratique de pouvoir exporter nos dépenses d'événements par centre de coût depuis le portail.",
        "Petite idée : afficher les régimes alimentaires des invités directement sur la confirmation envoyée au centre.",
    ],
    "pt": [
        "Sugestão: seria prático exportar as despesas dos eventos por centro de custo a partir do portal.",
        "Uma ideia: mostrar as dietas dos convidados na própria confirmação enviada ao centro.",
    ],
    "en": [
        "Suggestion: it would help to export our event spend by cost centre from the portal.",
        "Small idea: show guests' dietary needs on the confirmation sent to the centre.",
    ],
    "de": [
        "Vorschlag: Es wäre praktisch, die Eventkosten nach Kostenstelle aus dem Portal zu exportieren.",
        "Kleine Idee: Ernährungswünsche der Gäste direkt auf der Bestätigung an das Center.",
    ],
    "it": [
        "Suggerimento: sarebbe utile esportare le spese eventi per centro di costo dal portale.",
        "Piccola idea: mostrare le diete degli ospiti sulla conferma inviata al centro.",
    ],
    "es": [
        "Sugerencia: sería útil exportar el gasto en eventos por centro de coste desde el portal.",
        "Una idea: mostrar las dietas de los invitados en la confirmación que se envía al centro.",
    ],
}

SUGGEST_ACK: dict[str, str] = {
    "fr": "Bonjour {first},\nMerci pour cette suggestion, transmise à l'équipe produit du portail.\nPinvarra Events",
    "pt": "Olá {first},\nObrigado pela sugestão, já seguiu para a equipa do portal.\nPinvarra Events",
    "en": "Hello {first},\nThanks for the suggestion, passed on to the portal team.\nPinvarra Events",
    "de": "Hallo {first},\ndanke für den Vorschlag, an das Portal-Team weitergegeben.\nPinvarra Events",
    "it": "Ciao {first},\ngrazie del suggerimento, inoltrato al team del portale.\nPinvarra Events",
    "es": "Hola {first},\ngracias por la sugerencia, la hemos pasado al equipo del portal.\nPinvarra Events",
}
