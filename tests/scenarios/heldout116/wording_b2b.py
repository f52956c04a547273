# ruff: noqa: E501
"""Wording of heldout116's business arm, Snodia Work: workplace physiotherapy
days, desk-ergonomics checks and employee session credits for firms on
account, with a portal and invoices per site.

Placeholders: {first}, {last}, {title}, {company}, {ref}, {prev} (the first
complainer's first name), {on_day}, {n}, {comp}, {agent}, {core}.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

#: (key, company, domain, site kind, market, language)
ACCOUNTS: list[tuple[str, str, str, str, str, str]] = [
    ("hallberg", "Hallberg Logistik GmbH", "hallberg-logistik.example", "logistics", "DE", "de"),
    ("valmora", "Tessitura Valmora S.p.A.", "valmora-tessuti.example", "textile", "IT", "it"),
    ("rennfurt", "Stadtverwaltung Rennfurt", "rennfurt-stadt.example", "municipality", "DE", "de"),
    (
        "lineachiara",
        "Linea Chiara Contact S.r.l.",
        "lineachiara.example",
        "call_centre",
        "IT",
        "it",
    ),
    (
        "vauclair",
        "Boulangeries Vauclair SAS",
        "vauclair-boulangeries.example",
        "bakery",
        "FR",
        "fr",
    ),
    ("zollinger", "Zollinger Druck AG", "zollinger-druck.example", "printing", "CH", "de"),
    (
        "albarran",
        "Construcciones Albarrán S.L.",
        "albarran-obras.example",
        "construction",
        "ES",
        "es",
    ),
    ("harrowfinch", "Harrow & Finch Solicitors LLP", "harrowfinch.example", "law_firm", "UK", "en"),
    ("atlantida", "Conservas Atlântida Lda", "conservas-atlantida.example", "cannery", "PT", "pt"),
    ("alpenkost", "Alpenkost Catering GmbH", "alpenkost.example", "catering", "AT", "de"),
    ("corrib", "Corrib Software Ltd", "corrib-software.example", "software", "IE", "en"),
    ("ceresio", "Banca del Ceresio SA", "bancaceresio.example", "bank", "CH", "it"),
    (
        "kessler",
        "Kessler Maschinenbau GmbH",
        "kessler-maschinen.example",
        "manufacturing",
        "DE",
        "de",
    ),
    (
        "meulemans",
        "Transports Meulemans SA",
        "meulemans-transports.example",
        "transport",
        "BE",
        "fr",
    ),
    ("lariana", "Ospedale Privato Lariano", "ospedale-lariano.example", "clinic_staff", "IT", "it"),
]

TITLES = [
    "HR manager",
    "office manager",
    "facilities manager",
    "head of people",
    "health and safety officer",
    "procurement lead",
    "works council member",
    "team lead",
    "finance assistant",
    "operations director",
    "payroll officer",
    "site manager",
]

#: (label, page, price in euros)
PRODUCTS: list[tuple[str, str, float]] = [
    ("Workplace physio day / Giornata fisioterapia in sede", "/work/offers/physio-day", 780.0),
    (
        "Desk ergonomics check, 10 workstations / Valutazione ergonomica, 10 postazioni",
        "/work/offers/ergonomics",
        450.0,
    ),
    (
        "Employee session credits x20 / Crediti seduta dipendenti x20",
        "/work/portal/credits",
        1040.0,
    ),
    ("Back-school workshop / Corso scuola della schiena", "/work/offers/back-school", 620.0),
]
PAGES = [
    "/work/portal/credits",
    "/work/portal/bookings",
    "/work/portal/invoices",
    "/work/portal/employees",
    "/work/offers",
]

CORE: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Le fatture di ottobre sono ancora intestate alla vecchia ragione sociale e senza numero d'ordine, quindi l'amministrazione non può pagarle.",
        "de": "Die Rechnungen für Oktober laufen noch auf unseren alten Firmennamen und haben keine Bestellnummer, die Buchhaltung kann sie so nicht bezahlen.",
        "en": "October's invoices still carry our old company name and no PO number, so accounts can't pay them.",
        "fr": "Les factures d'octobre portent encore notre ancienne raison sociale et aucun numéro de commande, la compta ne peut pas les payer.",
        "es": "Las facturas de octubre siguen a nombre de nuestra antigua razón social y sin número de pedido, así que administración no puede pagarlas.",
        "pt": "As faturas de outubro continuam com a nossa antiga denominação e sem número de encomenda, a contabilidade não as pode pagar.",
    },
    "service_blocked": {
        "it": 'I nostri dipendenti vengono respinti allo studio con "account aziendale sospeso", anche se la fattura di settembre è pagata da un pezzo.',
        "de": 'Unsere Mitarbeitenden werden in der Praxis abgewiesen, "Firmenkonto gesperrt", obwohl die Septemberrechnung längst bezahlt ist.',
        "en": 'Our staff are being turned away at the clinic with "company account suspended", though September\'s invoice was paid weeks ago.',
        "fr": 'Nos salariés sont refoulés au cabinet avec "compte entreprise suspendu", alors que la facture de septembre est payée depuis longtemps.',
        "es": 'A nuestros empleados los rechazan en la clínica con "cuenta de empresa suspendida", aunque la factura de septiembre está pagada hace semanas.',
        "pt": 'Os nossos funcionários estão a ser recusados na clínica com "conta empresa suspensa", apesar de a fatura de setembro estar paga há semanas.',
    },
    "portal": {
        "it": "Il portale aziendale non mostra più nessun dipendente, quindi non possiamo assegnare le sedute né vedere i crediti residui.",
        "de": "Das Firmenportal zeigt keine einzige Person mehr an, wir können weder Guthaben zuteilen noch sehen, was noch offen ist.",
        "en": "The company portal shows no employees at all any more, so we can't assign sessions or see the credits left.",
        "fr": "Le portail entreprise n'affiche plus aucun salarié, impossible d'attribuer des séances ou de voir les crédits restants.",
        "es": "El portal de empresa ya no muestra a ningún empleado, así que no podemos asignar sesiones ni ver los créditos que quedan.",
        "pt": "O portal da empresa já não mostra nenhum funcionário, não conseguimos atribuir sessões nem ver os créditos que restam.",
    },
    "overbilled": {
        "it": "Ci avete fatturato ogni seduta a tariffa singola invece del prezzo del pacchetto aziendale previsto dal contratto: oltre 900 € di differenza.",
        "de": "Sie haben jeden Termin zum Einzelpreis abgerechnet statt zum vertraglichen Firmenpaketpreis: über 900 € Differenz.",
        "en": "You've billed every session at the single rate instead of our contract package price: over £800 difference.",
        "fr": "Vous avez facturé chaque séance au tarif unitaire au lieu du prix forfait entreprise du contrat : plus de 900 € d'écart.",
        "es": "Nos habéis facturado cada sesión a tarifa suelta en vez del precio de paquete de empresa del contrato: más de 900 € de diferencia.",
        "pt": "Faturaram cada sessão à tarifa avulsa em vez do preço do pacote empresa do contrato: mais de 900 € de diferença.",
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "fatture intestate male",
        "de": "fehlerhafte Rechnungen",
        "en": "wrong invoices",
        "fr": "factures erronées",
        "es": "facturas erróneas",
        "pt": "faturas erradas",
    },
    "service_blocked": {
        "it": "dipendenti respinti allo studio",
        "de": "Mitarbeitende in der Praxis abgewiesen",
        "en": "staff turned away at the clinic",
        "fr": "salariés refoulés au cabinet",
        "es": "empleados rechazados en la clínica",
        "pt": "funcionários recusados na clínica",
    },
    "portal": {
        "it": "portale aziendale vuoto",
        "de": "Firmenportal leer",
        "en": "company portal empty",
        "fr": "portail entreprise vide",
        "es": "portal de empresa vacío",
        "pt": "portal da empresa vazio",
    },
    "overbilled": {
        "it": "tariffa sbagliata in fattura",
        "de": "falscher Tarif abgerechnet",
        "en": "wrong rate billed",
        "fr": "mauvais tarif facturé",
        "es": "tarifa equivocada",
        "pt": "tarifa errada",
    },
}

FIRST: dict[str, tuple[str, str]] = {
    "it": (
        "Reclamo: {topic} ({company})",
        "Buongiorno,\n\nsono {first} {last}, {title} di {company}. {core} Vi chiedo di sistemare il problema con urgenza.\n\nCordiali saluti\n{first} {last}\n{company}",
    ),
    "de": (
        "Beschwerde: {topic} ({company})",
        "Guten Tag,\n\nmein Name ist {first} {last}, {title} bei {company}. {core} Bitte klären Sie das dringend.\n\nMit freundlichen Grüßen\n{first} {last}\n{company}",
    ),
    "en": (
        "Complaint: {topic} ({company})",
        "Hello,\n\nI'm {first} {last}, {title} at {company}. {core} Please sort this out urgently.\n\nKind regards\n{first} {last}\n{company}",
    ),
    "fr": (
        "Réclamation : {topic} ({company})",
        "Bonjour,\n\nje suis {first} {last}, {title} chez {company}. {core} Merci de régler cela rapidement.\n\nCordialement\n{first} {last}\n{company}",
    ),
    "es": (
        "Reclamación: {topic} ({company})",
        "Buenos días,\n\nsoy {first} {last}, {title} en {company}. {core} Os pido que lo solucionéis con urgencia.\n\nUn saludo\n{first} {last}\n{company}",
    ),
    "pt": (
        "Reclamação: {topic} ({company})",
        "Bom dia,\n\nsou {first} {last}, {title} na {company}. {core} Peço que resolvam isto com urgência.\n\nCumprimentos\n{first} {last}\n{company}",
    ),
}
LATER: dict[str, tuple[str, str]] = {
    "it": (
        "R: Caso {ref} ({company})",
        "Buongiorno,\n\nscrivo anch'io per il caso {ref}, aperto da {prev} {on_day}. {core} Il problema è ancora lì e ci sta creando parecchie difficoltà.\n\n{first} {last}, {title}",
    ),
    "de": (
        "AW: Vorgang {ref} ({company})",
        "Guten Tag,\n\nich schreibe ebenfalls wegen {ref}, den {prev} {on_day} gemeldet hat. {core} Das Problem besteht weiter und macht uns einiges an Arbeit.\n\n{first} {last}, {title}",
    ),
    "en": (
        "Re: Case {ref} ({company})",
        "Hello,\n\nI'm writing about case {ref} too, which {prev} opened {on_day}. {core} It's still not fixed and it's causing us real trouble.\n\n{first} {last}, {title}",
    ),
    "fr": (
        "RE : Demande {ref} ({company})",
        "Bonjour,\n\nj'écris moi aussi pour la demande {ref}, ouverte par {prev} {on_day}. {core} Le problème est toujours là et nous complique la vie.\n\n{first} {last}, {title}",
    ),
    "es": (
        "RE: Incidencia {ref} ({company})",
        "Buenos días,\n\nescribo yo también por la incidencia {ref}, que abrió {prev} {on_day}. {core} El problema sigue y nos está dando muchos quebraderos de cabeza.\n\n{first} {last}, {title}",
    ),
    "pt": (
        "RE: Pedido {ref} ({company})",
        "Bom dia,\n\nescrevo também sobre o pedido {ref}, aberto por {prev} {on_day}. {core} O problema continua e está a complicar-nos a vida.\n\n{first} {last}, {title}",
    ),
}
LAST_EMAIL: dict[str, tuple[str, str]] = {
    "it": (
        "R: Caso {ref}: ancora nulla",
        "Buongiorno,\n\ncaso {ref}: non è cambiato nulla e ormai vi hanno scritto {n} colleghi. L'ufficio acquisti ha già chiesto un preventivo a {comp}. Aspetto una soluzione entro questa settimana.\n\n{first} {last}, {title}",
    ),
    "de": (
        "AW: Vorgang {ref}: immer noch nichts",
        "Guten Tag,\n\nVorgang {ref}: Es hat sich nichts getan, inzwischen haben Ihnen {n} Kolleginnen und Kollegen geschrieben. Der Einkauf hat bereits ein Angebot bei {comp} angefragt. Ich erwarte eine Lösung noch diese Woche.\n\n{first} {last}, {title}",
    ),
    "en": (
        "Re: Case {ref}: still nothing",
        "Hello,\n\ncase {ref}: nothing has changed and {n} of us have written now. Procurement has already asked {comp} for a quote. I expect a fix this week.\n\n{first} {last}, {title}",
    ),
    "fr": (
        "RE : Demande {ref} : toujours rien",
        "Bonjour,\n\ndemande {ref} : rien n'a bougé et {n} collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}. J'attends une solution cette semaine.\n\n{first} {last}, {title}",
    ),
    "es": (
        "RE: Incidencia {ref}: nada todavía",
        "Buenos días,\n\nincidencia {ref}: no ha cambiado nada y ya os hemos escrito {n} personas. Compras ya ha pedido presupuesto a {comp}. Espero una solución esta semana.\n\n{first} {last}, {title}",
    ),
    "pt": (
        "RE: Pedido {ref}: ainda nada",
        "Bom dia,\n\npedido {ref}: nada mudou e já vos escreveram {n} colegas. As compras já pediram orçamento à {comp}. Espero uma solução esta semana.\n\n{first} {last}, {title}",
    ),
}
LAST_CALL: dict[str, str] = {
    "it": "sì buongiorno sono {first} {last} di {company} chiamo per il caso {ref} non è cambiato niente vi hanno già scritto {n} colleghi e il mio capo dice che se non si risolve questa settimana passiamo a un altro fornitore",
    "de": "ja guten Tag {last} von {company} ich ruf an wegen dem Vorgang {ref} es hat sich nichts getan bei Ihnen haben schon {n} Kollegen geschrieben und mein Chef sagt wenn das diese Woche nicht geklärt ist wechseln wir den Anbieter",
    "en": "hi it's {first} {last} from {company} calling about case {ref} nothing has changed {n} of us have written now and my boss says if it isn't fixed this week we move the account",
    "fr": "oui bonjour {first} {last} de {company} j'appelle pour la demande {ref} rien n'a changé on est {n} à vous avoir écrit et mon patron dit que si ce n'est pas réglé cette semaine on change de prestataire",
    "es": "sí hola soy {first} {last} de {company} llamo por la incidencia {ref} no ha cambiado nada ya os hemos escrito {n} y mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
    "pt": "sim bom dia fala {first} {last} da {company} ligo por causa do pedido {ref} não mudou nada já vos escreveram {n} colegas e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
}
ACK: dict[str, tuple[str, str]] = {
    "it": (
        "Caso {ref} ({company})",
        "Gentile {first},\ngrazie per la segnalazione. Abbiamo aperto il caso {ref}; il team clienti aziendali la ricontatta entro 24 ore.\n{agent}, Snodia Work",
    ),
    "de": (
        "Vorgang {ref} ({company})",
        "Hallo {first},\ndanke für Ihre Nachricht. Wir haben den Vorgang {ref} angelegt; das Firmenkunden-Team meldet sich innerhalb von 24 Stunden.\n{agent}, Snodia Work",
    ),
    "en": (
        "Case {ref} ({company})",
        "Hi {first},\nthanks for letting us know. We've opened case {ref}; the business team will be in touch within 24 hours.\n{agent}, Snodia Work",
    ),
    "fr": (
        "Demande {ref} ({company})",
        "Bonjour {first},\nmerci pour votre message. Nous avons ouvert la demande {ref} ; l'équipe entreprises revient vers vous sous 24 heures.\n{agent}, Snodia Work",
    ),
    "es": (
        "Incidencia {ref} ({company})",
        "Hola {first},\ngracias por avisar. Hemos abierto la incidencia {ref}; el equipo de empresas te contacta en 24 horas.\n{agent}, Snodia Work",
    ),
    "pt": (
        "Pedido {ref} ({company})",
        "Olá {first},\nobrigado pelo contacto. Abrimos o pedido {ref}; a equipa de empresas responde em 24 horas.\n{agent}, Snodia Work",
    ),
}
#: Mild suggestions (web form) and the agent's acknowledgement.
MILD: dict[str, list[str]] = {
    "it": [
        "Sarebbe utile poter esportare le sedute per centro di costo direttamente dal portale.",
        "Proposta: nei report indicate la data dell'ultima valutazione ergonomica di ogni postazione.",
    ],
    "de": [
        "Es wäre praktisch, die Termine direkt im Portal nach Kostenstelle exportieren zu können.",
        "Vorschlag: im Bericht das Datum der letzten Ergonomie-Prüfung je Arbeitsplatz angeben.",
    ],
    "en": [
        "It would help to export sessions by cost centre straight from the portal.",
        "Suggestion: show the date of the last ergonomics check per workstation in the reports.",
    ],
    "fr": [
        "Ce serait pratique d'exporter les séances par centre de coûts depuis le portail.",
        "Suggestion : indiquer la date du dernier contrôle ergonomique par poste dans les rapports.",
    ],
    "es": [
        "Sería útil exportar las sesiones por centro de coste desde el portal.",
        "Sugerencia: indicar en los informes la fecha de la última revisión ergonómica de cada puesto.",
    ],
    "pt": [
        "Dava jeito exportar as sessões por centro de custo diretamente no portal.",
        "Sugestão: indicar nos relatórios a data da última avaliação ergonómica de cada posto.",
    ],
}
MILD_SUBJECT: dict[str, str] = {
    "it": "Suggerimento",
    "de": "Vorschlag",
    "en": "Suggestion",
    "fr": "Suggestion",
    "es": "Sugerencia",
    "pt": "Sugestão",
}
MILD_ACK: dict[str, str] = {
    "it": "Gentile {first},\ngrazie del suggerimento, l'abbiamo passato al team del portale.\n{agent}, Snodia Work",
    "de": "Hallo {first},\ndanke für den Vorschlag, wir haben ihn ans Portal-Team weitergegeben.\n{agent}, Snodia Work",
    "en": "Hi {first},\nthanks for the suggestion, we've passed it to the portal team.\n{agent}, Snodia Work",
    "fr": "Bonjour {first},\nmerci pour la suggestion, nous l'avons transmise à l'équipe du portail.\n{agent}, Snodia Work",
    "es": "Hola {first},\ngracias por la sugerencia, la hemos pasado al equipo del portal.\n{agent}, Snodia Work",
    "pt": "Olá {first},\nobrigado pela sugestão, passámo-la à equipa do portal.\n{agent}, Snodia Work",
}
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Buongiorno, possiamo prenotare una giornata di fisioterapia in sede per il 20 del mese prossimo?",
            "Buongiorno! Sì, il 20 è libero: le ho mandato la proposta nel portale.",
        ),
        (
            "Quanti crediti seduta ci restano per quest'anno?",
            "Ne restano 46, li vede anche nel portale alla voce Crediti.",
        ),
        (
            "Un nuovo collega può usare i crediti da subito?",
            "Sì, basta aggiungerlo nel portale in Dipendenti: può prenotare da subito.",
        ),
    ],
    "de": [
        (
            "Guten Morgen, können wir für den 20. nächsten Monats einen Physio-Tag bei uns vor Ort buchen?",
            "Guten Morgen! Ja, der 20. ist frei, das Angebot liegt im Portal.",
        ),
        (
            "Wie viele Guthaben haben wir dieses Jahr noch?",
            "Sie haben noch 46, sichtbar auch im Portal unter Guthaben.",
        ),
        (
            "Kann ein neuer Kollege die Guthaben sofort nutzen?",
            "Ja, einfach im Portal unter Mitarbeitende anlegen, dann kann er gleich buchen.",
        ),
    ],
    "en": [
        (
            "Morning, can we book an on-site physio day for the 20th next month?",
            "Morning! Yes, the 20th is free, the offer is in your portal.",
        ),
        (
            "How many session credits do we have left this year?",
            "You have 46 left, you can also see them under Credits in the portal.",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on réserver une journée kiné sur site le 20 du mois prochain ?",
            "Bonjour ! Oui, le 20 est libre, la proposition est dans le portail.",
        ),
        (
            "Combien de crédits nous reste-t-il cette année ?",
            "Il vous en reste 46, visibles aussi dans le portail sous Crédits.",
        ),
    ],
    "es": [
        (
            "Buenos días, ¿podemos reservar una jornada de fisio en la obra el día 20 del mes que viene?",
            "¡Buenos días! Sí, el 20 está libre, tienes la propuesta en el portal.",
        ),
        (
            "¿Cuántos créditos nos quedan este año?",
            "Os quedan 46, también los ves en el portal en Créditos.",
        ),
    ],
    "pt": [
        (
            "Bom dia, podemos marcar um dia de fisioterapia na fábrica para dia 20 do próximo mês?",
            "Bom dia! Sim, dia 20 está livre, tem a proposta no portal.",
        ),
        ("Quantos créditos nos restam este ano?", "Restam 46, também os vê no portal em Créditos."),
    ],
}
THANKS: dict[str, list[str]] = {
    "it": ["Perfetto, grazie", "grazie mille"],
    "de": ["Danke!", "Super, danke"],
    "en": ["Great, thanks"],
    "fr": ["Parfait, merci"],
    "es": ["Perfecto, gracias"],
    "pt": ["Ótimo, obrigado"],
}
PRAISE: dict[str, list[str]] = {
    "it": [
        "La giornata di fisioterapia in magazzino è stata un successo, metà dei colleghi ha già prenotato il seguito. Bravi Snodia Work",
        "Valutazione ergonomica delle postazioni fatta da Snodia Work: sedie regolate, schermi alzati, e il mal di collo in ufficio è calato davvero",
    ],
    "de": [
        "Der Physio-Tag bei uns im Lager war ein voller Erfolg, die Hälfte des Teams hat direkt Folgetermine gebucht. Danke Snodia Work",
        "Ergonomie-Check von Snodia Work im Büro: Stühle eingestellt, Bildschirme hoch, und die Nackenbeschwerden sind echt weniger geworden",
    ],
    "en": [
        "The on-site physio day from Snodia Work was a hit, half the team booked follow-ups straight away"
    ],
    "fr": [
        "La journée kiné de Snodia Work à l'atelier a été un succès, la moitié de l'équipe a déjà pris rendez-vous"
    ],
    "es": [
        "La jornada de fisio de Snodia Work en la obra fue un éxito, media plantilla ya ha pedido cita"
    ],
    "pt": [
        "O dia de fisioterapia da Snodia Work na fábrica foi um sucesso, metade da equipa já marcou consulta"
    ],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["Ottimo servizio", "👍", ""],
    "de": ["Sehr gut", "👍", ""],
    "en": ["great", ""],
    "fr": ["très bien", ""],
    "es": ["muy bien", ""],
    "pt": ["muito bom", ""],
}
ON_DAY: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "pt": [
        "na segunda-feira",
        "na terça-feira",
        "na quarta-feira",
        "na quinta-feira",
        "na sexta-feira",
        "no sábado",
        "no domingo",
    ],
}
THIS_MORNING: dict[str, str] = {
    "it": "stamattina",
    "de": "heute früh",
    "en": "this morning",
    "fr": "ce matin",
    "es": "esta mañana",
    "pt": "hoje de manhã",
}
