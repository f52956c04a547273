# ruff: noqa: E501
"""The business arm's words for heldout94: Enigmora Teams, team events for firms on account.

Placeholders: {first}, {full}, {case}, {comp}, {day}, {company}, {venue}, {agent},
{complainer}, {n}.
"""

from __future__ import annotations

#: (label, price in euros) of a team event
EVENTS: list[tuple[str, int]] = [
    ("Team event, 3 rooms (18 players)", 420),
    ("Team event, 4 rooms (24 players)", 560),
    ("Team event, 5 rooms (30 players) + leaderboard", 760),
    ("Team event, 2 rooms (12 players) + catering", 390),
]

PAGES = [
    "/teams/portal/events",
    "/teams/portal/invoices",
    "/teams/rooms",
    "/teams/catering",
    "/teams/portal/headcount",
]

#: (question, answer)
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, podemos añadir 3 personas al evento del jueves?",
            "Hola {first}, hecho: 24 jugadores en 4 salas. Lo ves en el portal.",
        ),
        (
            "Buenas, se puede poner catering vegano para 6 en el evento de la semana que viene?",
            "Hola {first}, sí, apuntado. Saldrá en la factura del evento.",
        ),
        (
            "Necesitamos el evento del 20 en {venue} una hora antes, es posible?",
            "Hola {first}, sí, lo pasamos a las 16:00.",
        ),
    ],
    "en": [
        (
            "Hi, can we add 3 people to Thursday's event?",
            "Hi {first}, done: 24 players across 4 rooms, it's in the portal.",
        ),
        (
            "Is there a room at {venue} where we can do a 10 min talk before the games?",
            "Hi {first}, yes, the lounge is yours for 20 minutes before, no charge.",
        ),
        (
            "Could the leaderboard show team names instead of numbers?",
            "Hi {first}, of course, send us the names the day before.",
        ),
    ],
    "de": [
        (
            "Hallo, können wir am Donnerstag 3 Personen mehr mitbringen?",
            "Hallo {first}, erledigt: 24 Spieler in 4 Räumen, steht im Portal.",
        ),
        (
            "Gibt es bei {venue} vegetarisches Catering?",
            "Hallo {first}, ja, einfach im Portal unter Catering wählen.",
        ),
    ],
    "fr": [
        (
            "Bonjour, on peut ajouter 3 personnes jeudi ?",
            "Bonjour {first}, c'est fait, 24 joueurs dans 4 salles.",
        )
    ],
    "it": [
        (
            "Ciao, possiamo aggiungere 3 persone giovedì?",
            "Ciao {first}, fatto: 24 giocatori in 4 stanze.",
        )
    ],
    "pt": [
        (
            "Olá, dá para juntar mais 3 pessoas na quinta?",
            "Olá {first}, feito: 24 jogadores em 4 salas.",
        )
    ],
}
THANKS: dict[str, list[str]] = {
    "es": ["Perfecto, gracias!", "genial gracias"],
    "en": ["Great, thanks!", "perfect, cheers"],
    "de": ["Super, danke!"],
    "fr": ["Parfait, merci !"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obrigado!"],
}
PRAISE: dict[str, list[str]] = {
    "es": [
        "Evento de equipo en Enigmora {venue}: 30 personas, 5 salas y la clasificación al final. Todavía se habla de ello en la oficina",
        "Gran tarde de team building con Enigmora, organización impecable de principio a fin",
    ],
    "en": [
        "Team day at Enigmora {venue}: 30 of us, 5 rooms and a leaderboard at the end. Finance beat IT, nobody will ever hear the end of it",
        "Smoothest team event we've organised, Enigmora sorted everything",
    ],
    "de": ["Teamevent bei Enigmora {venue}, 24 Leute, alle begeistert. Super organisiert"],
    "fr": ["Séminaire chez Enigmora {venue}, 18 collègues ravis. Organisation au top"],
    "it": ["Team building da Enigmora {venue}, tutti entusiasti. Organizzazione perfetta"],
    "pt": ["Evento de equipa na Enigmora {venue}, toda a gente adorou. Organização impecável"],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["", "muy bien organizado"],
    "en": ["", "smooth as ever"],
    "de": ["", "top"],
    "fr": ["", "très bien"],
    "it": ["", "ottimo"],
    "pt": ["", "ótimo"],
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "facturas con nombre antiguo y sin pedido",
        "service_blocked": "evento rechazado por cuenta bloqueada",
        "portal": "el portal no muestra los eventos",
        "overbilled": "tarifa por sala en vez de tarifa de equipo",
    },
    "en": {
        "invoice": "invoices with our old name and no PO",
        "service_blocked": "event refused, account on hold",
        "portal": "portal shows no upcoming events",
        "overbilled": "per-room price instead of team rate",
    },
    "de": {
        "invoice": "Rechnungen mit altem Namen ohne Bestellnummer",
        "service_blocked": "Event abgewiesen, Konto gesperrt",
        "portal": "Portal zeigt keine Events",
        "overbilled": "Einzelpreis statt Teamtarif",
    },
    "fr": {
        "invoice": "factures à l'ancien nom sans bon de commande",
        "service_blocked": "événement refusé, compte bloqué",
        "portal": "portail sans événements",
        "overbilled": "prix par salle au lieu du tarif équipe",
    },
    "it": {
        "invoice": "fatture col vecchio nome e senza ordine",
        "service_blocked": "evento rifiutato, conto bloccato",
        "portal": "il portale non mostra gli eventi",
        "overbilled": "prezzo per stanza invece della tariffa team",
    },
    "pt": {
        "invoice": "faturas com o nome antigo e sem nota de encomenda",
        "service_blocked": "evento recusado, conta bloqueada",
        "portal": "portal não mostra eventos",
        "overbilled": "preço por sala em vez da tarifa de equipa",
    },
}

DESC: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "las facturas de nuestros eventos siguen llegando a nombre de la empresa de antes de la fusión y sin nuestro número de pedido, así que contabilidad las rechaza y nos llegan recordatorios de pago",
        "service_blocked": "hoy en {venue} nos han rechazado el evento reservado porque la cuenta está 'bloqueada', cuando todas las facturas están pagadas. 18 personas de vuelta a la oficina",
        "portal": "el portal de Teams no muestra ningún evento próximo, así que no podemos cambiar asistentes ni catering del evento de la semana que viene y el plazo se acaba",
        "overbilled": "nos facturáis el precio público por sala en lugar de la tarifa plana de equipo del contrato, más de 600 € de diferencia este trimestre",
    },
    "en": {
        "invoice": "the invoices for our events still come in the name we had before the merger and without our PO number, so accounts payable rejects them and the payment reminders keep coming",
        "service_blocked": "this morning {venue} turned our booked team event away because the account is 'on hold', though every invoice is paid. 18 people sent back to the office",
        "portal": "the Teams portal shows no upcoming events, so we can't change headcount or catering for next week's event and the deadline is running out",
        "overbilled": "we're billed the public per-room price instead of the flat team rate in our contract, over £500 extra this quarter",
    },
    "de": {
        "invoice": "die Rechnungen für unsere Events kommen immer noch auf den Namen vor der Fusion und ohne unsere Bestellnummer, die Buchhaltung lehnt sie ab und die Mahnungen laufen weiter",
        "service_blocked": "heute Morgen hat {venue} unser gebuchtes Teamevent abgewiesen, angeblich 'Konto gesperrt', obwohl alles bezahlt ist. 18 Leute zurück ins Büro",
        "portal": "das Teams-Portal zeigt keine anstehenden Events, wir können Teilnehmer und Catering für nächste Woche nicht ändern und die Frist läuft ab",
        "overbilled": "Sie berechnen den Einzelpreis pro Raum statt unseres vertraglichen Teamtarifs, über 600 € mehr in diesem Quartal",
    },
    "fr": {
        "invoice": "les factures de nos événements arrivent toujours à l'ancien nom d'avant la fusion et sans notre numéro de bon de commande, la compta les rejette",
        "service_blocked": "ce matin {venue} a refusé notre événement, compte 'bloqué', alors que tout est payé",
        "portal": "le portail Teams n'affiche aucun événement, impossible de modifier les participants de la semaine prochaine",
        "overbilled": "vous facturez le prix public par salle au lieu du tarif équipe du contrat, plus de 600 € d'écart ce trimestre",
    },
    "it": {
        "invoice": "le fatture dei nostri eventi arrivano ancora col nome di prima della fusione e senza il numero d'ordine, l'amministrazione le rifiuta",
        "service_blocked": "stamattina {venue} ci ha rifiutato l'evento prenotato, 'conto bloccato', ma è tutto pagato",
        "portal": "il portale Teams non mostra nessun evento, non possiamo cambiare i partecipanti della settimana prossima",
        "overbilled": "ci fatturate il prezzo pubblico per stanza invece della tariffa team del contratto, oltre 600 € in più questo trimestre",
    },
    "pt": {
        "invoice": "as faturas dos nossos eventos continuam a vir com o nome de antes da fusão e sem a nota de encomenda, a contabilidade rejeita-as",
        "service_blocked": "hoje de manhã {venue} recusou o nosso evento, 'conta bloqueada', com tudo pago",
        "portal": "o portal Teams não mostra nenhum evento, não conseguimos mudar participantes da próxima semana",
        "overbilled": "faturam o preço público por sala em vez da tarifa de equipa do contrato, mais de 600 € este trimestre",
    },
}

#: First complaint: (subject, body) with {desc}.
FIRST: dict[str, tuple[str, str]] = {
    "es": (
        "Reclamación: {topic}",
        "Hola,\n\nOs escribo de {company}: {desc}. Necesitamos que se solucione esta semana.\n\nUn saludo,\n{full}",
    ),
    "en": (
        "Complaint: {topic}",
        "Hello,\n\nWriting from {company}: {desc}. We need this fixed this week.\n\nRegards,\n{full}",
    ),
    "de": (
        "Beschwerde: {topic}",
        "Guten Tag,\n\nich schreibe für {company}: {desc}. Wir brauchen diese Woche eine Lösung.\n\nMit freundlichen Grüßen\n{full}",
    ),
    "fr": (
        "Réclamation : {topic}",
        "Bonjour,\n\nJe vous écris pour {company} : {desc}. Merci de régler cela cette semaine.\n\nCordialement,\n{full}",
    ),
    "it": (
        "Reclamo: {topic}",
        "Buongiorno,\n\nvi scrivo per {company}: {desc}. Serve una soluzione questa settimana.\n\nCordiali saluti,\n{full}",
    ),
    "pt": (
        "Reclamação: {topic}",
        "Bom dia,\n\nescrevo pela {company}: {desc}. Precisamos de uma solução esta semana.\n\nCumprimentos,\n{full}",
    ),
}
#: A later complainer of the same account.
LATER: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "RE: Caso {case}",
            "Hola,\n\n{complainer} ya os escribió el {day} (caso {case}) y seguimos igual: {desc}. Por favor, dadle prioridad.\n\n{full}, {company}",
        ),
        (
            "RE: Caso {case} - urgente",
            "Buenos días,\n\nMe sumo a lo que os contó {complainer} el {day}, caso {case}. Aquí sigue todo igual: {desc}. A ver si alguien nos llama.\n\nGracias,\n{full}\n{company}",
        ),
    ],
    "en": [
        (
            "Re: Case {case}",
            "Hi,\n\n{complainer} wrote to you on {day} (case {case}) and nothing has changed: {desc}. Please prioritise this.\n\n{full}, {company}",
        ),
        (
            "Re: Case {case} - same issue",
            "Hello,\n\nFollowing up on {complainer}'s email from {day}, case {case}. Same problem on my side: {desc}. Could someone call me today?\n\nThanks,\n{full}\n{company}",
        ),
    ],
    "de": [
        (
            "AW: Vorgang {case}",
            "Hallo,\n\n{complainer} hat Ihnen am {day} geschrieben (Vorgang {case}), unverändert: {desc}. Bitte priorisieren.\n\n{full}, {company}",
        ),
        (
            "AW: Vorgang {case} - dringend",
            "Guten Tag,\n\nich schließe mich {complainer} an, die Ihnen am {day} geschrieben hat (Vorgang {case}). Bei mir dasselbe: {desc}. Bitte melden Sie sich heute.\n\n{full}\n{company}",
        ),
    ],
    "fr": [
        (
            "RE : Dossier {case}",
            "Bonjour,\n\n{complainer} vous a écrit {day} (dossier {case}), rien n'a changé : {desc}.\n\n{full}, {company}",
        )
    ],
    "it": [
        (
            "R: Segnalazione {case}",
            "Buongiorno,\n\n{complainer} vi ha scritto {day} (segnalazione {case}), niente è cambiato: {desc}.\n\n{full}, {company}",
        )
    ],
    "pt": [
        (
            "RE: Pedido {case}",
            "Bom dia,\n\n{complainer} escreveu-vos {day} (pedido {case}) e nada mudou: {desc}.\n\n{full}, {company}",
        )
    ],
}
WEEKDAY: dict[str, list[str]] = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
THIS_MORNING: dict[str, str] = {
    "es": "esta mañana",
    "en": "this morning",
    "de": "heute Morgen",
    "fr": "ce matin",
    "it": "stamattina",
    "pt": "hoje de manhã",
}
#: The last complainer's second message: an e-mail naming a competitor.
AGAIN_EMAIL: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Caso {case} - sigue sin resolver",
        "Hola,\n\nEl caso {case} sigue sin resolver y ya os hemos escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.\n\n{full}",
    ),
    "en": (
        "Re: Case {case} - still not fixed",
        "Hello,\n\nCase {case} is still not fixed and several of us have written. Procurement has already asked {comp} for their rates.\n\n{full}",
    ),
    "de": (
        "AW: Vorgang {case} - immer noch offen",
        "Hallo,\n\nVorgang {case} ist immer noch offen, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.\n\n{full}",
    ),
}
#: ... or a speech-to-text call.
AGAIN_CALL: dict[str, list[str]] = {
    "es": [
        "hola llamo de {company} por el caso {case} que sigue igual ya os hemos escrito varios y mi jefa dice que si no se arregla esta semana nos llevamos los eventos a otro sitio",
        "buenos días soy {first} de {company} el caso {case} sigue sin resolver lo hemos reclamado varios compañeros y mi jefe dice que cambiamos de proveedor si esta semana no está",
    ],
    "en": [
        "hi it's {first} from {company} about case {case} nothing's fixed and several of us have written in my boss says we move our events elsewhere if it isn't sorted this week",
        "hello calling about case {case} for {company} it's still not sorted a few of us have emailed and my manager says we go to another supplier if it's not fixed this week",
    ],
    "de": [
        "ja hallo {first} von {company} wegen Vorgang {case} das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
}
CASE_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Caso {case}",
        "Hola {first}, hemos abierto el caso {case} para {company} y lo lleva tu gestora de cuenta. {agent}, Enigmora Teams",
    ),
    "en": (
        "Case {case}",
        "Hi {first}, we've opened case {case} for {company}; your account manager has it. {agent}, Enigmora Teams",
    ),
    "de": (
        "Vorgang {case}",
        "Hallo {first}, wir haben den Vorgang {case} für {company} angelegt, Ihre Kundenbetreuung kümmert sich. {agent}, Enigmora Teams",
    ),
    "fr": (
        "Dossier {case}",
        "Bonjour {first}, le dossier {case} est ouvert pour {company}, votre chargée de compte s'en occupe. {agent}, Enigmora Teams",
    ),
    "it": (
        "Segnalazione {case}",
        "Ciao {first}, abbiamo aperto la segnalazione {case} per {company}, se ne occupa il vostro account manager. {agent}, Enigmora Teams",
    ),
    "pt": (
        "Pedido {case}",
        "Olá {first}, abrimos o pedido {case} para a {company}, o vosso gestor de conta trata disso. {agent}, Enigmora Teams",
    ),
}
MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien poder exportar el coste de los eventos por centro de coste",
        "Sería genial que la foto de la clasificación llegara a todos los participantes, no solo a quien reserva",
    ],
    "en": [
        "Suggestion: it would help to export event costs by cost centre",
        "Would be nice if the leaderboard photo went to every participant, not just the organiser",
    ],
    "de": [
        "Vorschlag: Eventkosten nach Kostenstelle exportieren wäre hilfreich",
        "Schön wäre, wenn das Ranking-Foto an alle Teilnehmer ginge",
    ],
    "fr": ["Suggestion : pouvoir exporter les coûts par centre de coût"],
    "it": ["Suggerimento: esportare i costi degli eventi per centro di costo"],
    "pt": ["Sugestão: exportar os custos dos eventos por centro de custo"],
}
MILD_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Tu sugerencia",
        "Hola {first}, gracias por la sugerencia, la pasamos al equipo de producto. {agent}",
    ),
    "en": (
        "Your suggestion",
        "Hi {first}, thanks for the suggestion, it's gone to the product team. {agent}",
    ),
    "de": (
        "Ihr Vorschlag",
        "Hallo {first}, danke für den Vorschlag, er geht ans Produktteam. {agent}",
    ),
    "fr": ("Votre suggestion", "Bonjour {first}, merci, transmis à l'équipe produit. {agent}"),
    "it": ("Il tuo suggerimento", "Ciao {first}, grazie, lo giriamo al team prodotto. {agent}"),
    "pt": ("A sua sugestão", "Olá {first}, obrigado, passámos à equipa de produto. {agent}"),
}
LOW_NPS: dict[str, list[str]] = {
    "es": ["", "hasta que no se arregle, no"],
    "en": ["", "not until this is fixed"],
    "de": ["", "so nicht"],
    "fr": ["", "pas comme ça"],
    "it": ["", "così no"],
    "pt": ["", "assim não"],
}

TITLES = [
    "Office manager",
    "HR business partner",
    "Events coordinator",
    "Finance assistant",
    "Team lead",
    "Procurement officer",
    "Executive assistant",
    "People & culture manager",
]

#: (company, domain stem, kind of firm)
COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "ES": [
        ("Grupo Alvarado Consultores", "alvaradoconsultores", "consulting"),
        ("Hospital San Rafael Norte", "hsanrafaelnorte", "hospital"),
        ("Colegio Montealto", "colegiomontealto", "school"),
        ("Ferrán Logística", "ferranlogistica", "logistics"),
        ("Ayuntamiento de Villaverde del Río", "villaverdedelrio", "municipality"),
    ],
    "UK": [
        ("Hartwell & Pryce Solicitors", "hartwellpryce", "law"),
        ("Northgate Software", "northgatesoftware", "software"),
        ("Caldwell Insurance", "caldwellinsurance", "insurance"),
    ],
    "IE": [("Liffey Analytics", "liffeyanalytics", "software")],
    "DE": [
        ("Brenner Versicherungsmakler", "brenner-makler", "insurance"),
        ("Stadtwerke Ahrbach", "stadtwerke-ahrbach", "utility"),
    ],
    "AT": [("Huber & Lanz Architekten", "huberlanz", "architecture")],
    "FR": [("Cabinet Morel Audit", "morel-audit", "accounting")],
    "IT": [("Banca Valtellese", "bancavaltellese", "bank")],
    "PT": [("Tejo Seguros", "tejoseguros", "insurance")],
}
