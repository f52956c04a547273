# ruff: noqa: E501
"""Business-arm wording for heldout105 (Sanguro Work: occupational blood tests on account).

Placeholders: {case} case reference, {comp} a competitor, {first} the first
complainer's first name, {day} a weekday or "this morning", {name} the
contact's first name, {agent} an agent's first name, {company} the firm.
"""

from __future__ import annotations

B_PRODUCTS: list[tuple[str, int]] = [
    ("Driver medical bloods, per employee / Esami autisti", 45),
    ("Shift-worker screening / Screening turnisti", 55),
    ("Onsite sampling day up to 30 staff / Giornata prelievi in sede", 890),
    ("Lead and solvents exposure panel / Pannello esposizione", 75),
    ("Hepatitis B titre / Titolo epatite B", 28),
]

B_PAGES = [
    "/work/portal",
    "/work/portal/employees",
    "/work/portal/invoices",
    "/work/onsite-days",
    "/work/prices",
]

B_SITES = (
    "logistics",
    "municipality",
    "construction",
    "bus_company",
    "hospital_cleaning",
    "bakery_chain",
    "chemicals",
    "hotel",
    "school",
    "airport_services",
    "brewery",
    "security",
    "printing",
    "waste",
)

B_CHATQ: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, können wir für 12 neue Fahrer die Blutwerte diese Woche noch bekommen?",
            "Hallo! Ja, ich habe Donnerstag 7:00-9:00 in der Entnahmestelle Hafen für Sie reserviert.",
        ),
        (
            "Wie lange sind die Ergebnisse im Portal sichtbar?",
            "Fünf Jahre, danach werden sie gelöscht. Sie können sie jederzeit exportieren.",
        ),
        (
            "kann ein Mitarbeiter seinen Termin selbst verschieben oder muss das über uns?",
            "Das kann er selbst über den Link in seiner Einladung.",
        ),
    ],
    "it": [
        (
            "Buongiorno, per la giornata prelievi in sede serve una stanza con lavandino?",
            "Buongiorno! Sì, una stanza con lavandino e due sedie, al resto pensiamo noi.",
        ),
        (
            "I referti dei dipendenti li vede anche il medico competente?",
            "Sì, se lo avete indicato nel portale sotto 'Medico competente'.",
        ),
        (
            "possiamo aggiungere 5 persone alla giornata di giovedì?",
            "Certo, fino a 30 persone. Le ho aggiunte.",
        ),
    ],
    "en": [
        (
            "Hi, can we move Thursday's onsite day to the following week?",
            "Done, it's now Thursday the week after, same time.",
        )
    ],
    "fr": [
        (
            "Bonjour, les résultats arrivent aussi chez notre médecin du travail ?",
            "Oui, s'il est renseigné dans le portail.",
        )
    ],
    "es": [
        (
            "Hola, se puede hacer la jornada de extracciones en dos turnos?",
            "Sí, mañana y tarde, lo he dejado así.",
        )
    ],
    "pt": [
        (
            "Olá, podem vir fazer colheitas às 6h para o turno da noite?",
            "Sim, a partir das 6:00 sem problema.",
        )
    ],
}
B_THANKS: dict[str, list[str]] = {
    "de": ["Danke, perfekt", "Super, vielen Dank"],
    "it": ["Perfetto, grazie", "Grazie mille"],
    "en": ["Great, thanks"],
    "fr": ["Parfait, merci"],
    "es": ["Perfecto, gracias"],
    "pt": ["Perfeito, obrigado"],
}
B_PRAISE: dict[str, list[str]] = {
    "de": [
        "Gestern Blutabnahme für 28 Leute bei uns im Werk mit Sanguro Work, in 2 Stunden durch, keine Schicht verschoben",
        "Die Fahrer-Checks über Sanguro Work laufen seit Monaten reibungslos, Befunde am nächsten Tag im Portal",
    ],
    "it": [
        "Giornata prelievi in sede con Sanguro Work: 25 dipendenti in due ore, organizzazione perfetta",
        "Con Sanguro Work gli esami degli autisti arrivano nel portale il giorno dopo. Comodissimo",
    ],
    "en": ["Onsite blood day with Sanguro Work went like clockwork, 30 staff before lunch"],
    "fr": [
        "Journée de prélèvements sur site avec Sanguro Work : impeccable, 20 salariés en deux heures"
    ],
    "es": ["Jornada de extracciones en la empresa con Sanguro Work, todo perfecto"],
    "pt": ["Dia de colheitas na empresa com a Sanguro Work, tudo impecável"],
}

B_TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Rechnungen ohne Kostenstelle und Bestellnummer",
        "service_blocked": "Mitarbeiter an der Entnahmestelle abgewiesen",
        "portal": "Portal zeigt keine gebuchten Mitarbeiter",
        "overbilled": "Einzelpreise statt Vertragspauschale",
    },
    "it": {
        "invoice": "fatture senza centro di costo e numero d'ordine",
        "service_blocked": "dipendenti respinti al centro prelievi",
        "portal": "portale senza dipendenti prenotati",
        "overbilled": "prezzi di listino invece della tariffa a contratto",
    },
    "en": {
        "invoice": "invoices without cost centre or PO number",
        "service_blocked": "staff turned away at the centre",
        "portal": "portal shows no booked staff",
        "overbilled": "list prices instead of contract rate",
    },
    "fr": {
        "invoice": "factures sans centre de coût ni bon de commande",
        "service_blocked": "salariés refusés au centre",
        "portal": "portail sans salariés réservés",
        "overbilled": "prix catalogue au lieu du forfait",
    },
    "es": {
        "invoice": "facturas sin centro de coste ni pedido",
        "service_blocked": "empleados rechazados en el centro",
        "portal": "portal sin empleados reservados",
        "overbilled": "precios de tarifa en vez de contrato",
    },
    "pt": {
        "invoice": "faturas sem centro de custo nem encomenda",
        "service_blocked": "funcionários recusados no posto",
        "portal": "portal sem funcionários marcados",
        "overbilled": "preços de tabela em vez do contrato",
    },
}

#: The first complaint of an account, by e-mail.
B_FIRST: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Guten Tag,\ndie Rechnungen von Sanguro Work für Oktober kommen ohne Kostenstelle und ohne unsere Bestellnummer. Unsere Buchhaltung weist sie komplett zurück, so können wir nichts bezahlen. Bitte korrigieren und neu ausstellen.\nMit freundlichen Grüßen\n{name}",
        "service_blocked": "Guten Tag,\nheute Morgen wurden vier unserer Fahrer in der Entnahmestelle abgewiesen, angeblich ist unser Konto 'gesperrt'. Alle Rechnungen sind bezahlt. Die Männer haben umsonst gefastet und die Touren verschieben sich.\nGrüße\n{name}",
        "portal": "Hallo,\nim Portal von Sanguro Work stehen seit Montag keine gebuchten Mitarbeiter mehr, die Liste ist leer, obwohl 40 Termine laufen. Ich kann so weder Termine verschieben noch die Ergebnisse freigeben.\nGruß\n{name}",
        "overbilled": "Guten Tag,\nuns wurden für die Schichtarbeiter-Checks Einzelpreise laut Liste berechnet statt der Vertragspauschale pro Mitarbeiter. Das sind über 1.800 € Unterschied.\nMit freundlichen Grüßen\n{name}",
    },
    "it": {
        "invoice": "Buongiorno,\nle fatture di Sanguro Work di ottobre arrivano senza centro di costo e senza il nostro numero d'ordine. L'amministrazione le respinge tutte, così non possiamo pagare. Vi chiedo di correggerle e riemetterle.\nCordiali saluti\n{name}",
        "service_blocked": "Buongiorno,\nstamattina quattro nostri autisti sono stati respinti al centro prelievi perché il nostro account risulterebbe 'bloccato'. Le fatture sono tutte pagate. Hanno digiunato per niente.\nSaluti\n{name}",
        "portal": "Salve,\nnel portale di Sanguro Work da lunedì non compare più nessun dipendente prenotato, l'elenco è vuoto nonostante 40 appuntamenti. Non posso né spostare né sbloccare i referti.\nSaluti\n{name}",
        "overbilled": "Buongiorno,\nci avete fatturato gli screening dei turnisti a prezzo di listino invece della tariffa a contratto per dipendente. La differenza supera i 1.800 €.\nCordiali saluti\n{name}",
    },
    "en": {
        p: t
        for p, t in (
            (
                "invoice",
                "Hello,\nSanguro Work's October invoices have no cost centre and no PO number, and our accounts team rejects them all. Please reissue.\nRegards\n{name}",
            ),
            (
                "service_blocked",
                "Hello,\nfour of our drivers were turned away at the centre this morning, told our account is 'blocked'. Everything is paid.\nRegards\n{name}",
            ),
            (
                "portal",
                "Hello,\nthe Sanguro Work portal has shown no booked staff since Monday, the list is empty with 40 appointments running.\nRegards\n{name}",
            ),
            (
                "overbilled",
                "Hello,\nwe've been billed list prices for the shift-worker screening instead of our contract rate, over £1,500 difference.\nRegards\n{name}",
            ),
        )
    },
    "fr": {
        p: t
        for p, t in (
            (
                "invoice",
                "Bonjour,\nles factures d'octobre arrivent sans centre de coût ni bon de commande, notre comptabilité les rejette.\nCordialement\n{name}",
            ),
            (
                "service_blocked",
                "Bonjour,\nce matin quatre de nos chauffeurs ont été refusés au centre, compte soi-disant 'bloqué'. Tout est payé. Ils étaient à jeun pour rien.\nCordialement\n{name}",
            ),
            (
                "portal",
                "Bonjour,\nle portail n'affiche plus aucun salarié réservé depuis lundi.\nCordialement\n{name}",
            ),
            (
                "overbilled",
                "Bonjour,\nfacturés au prix catalogue au lieu du forfait contractuel, plus de 1 800 € d'écart.\nCordialement\n{name}",
            ),
        )
    },
    "es": {
        p: t
        for p, t in (
            (
                "invoice",
                "Hola,\nlas facturas de octubre llegan sin centro de coste ni número de pedido y contabilidad las rechaza.\nSaludos\n{name}",
            ),
            (
                "service_blocked",
                "Hola,\nesta mañana han rechazado a cuatro conductores en el centro, cuenta 'bloqueada'. Todo pagado.\nSaludos\n{name}",
            ),
            (
                "portal",
                "Hola,\nel portal no muestra empleados reservados desde el lunes.\nSaludos\n{name}",
            ),
            (
                "overbilled",
                "Hola,\nnos habéis cobrado precio de tarifa en vez del precio de contrato, más de 1.800 € de diferencia.\nSaludos\n{name}",
            ),
        )
    },
    "pt": {
        p: t
        for p, t in (
            (
                "invoice",
                "Olá,\nas faturas de outubro vêm sem centro de custo nem número de encomenda e a contabilidade rejeita-as.\nCumprimentos\n{name}",
            ),
            (
                "service_blocked",
                "Olá,\nhoje de manhã recusaram quatro motoristas no posto, conta 'bloqueada'. Está tudo pago.\nCumprimentos\n{name}",
            ),
            (
                "portal",
                "Olá,\no portal não mostra funcionários marcados desde segunda.\nCumprimentos\n{name}",
            ),
            (
                "overbilled",
                "Olá,\ncobraram preço de tabela em vez do preço de contrato, mais de 1.800 € de diferença.\nCumprimentos\n{name}",
            ),
        )
    },
}

#: Later complainers of the same account: name the first one, the day and the case.
B_LATER: dict[str, list[str]] = {
    "de": [
        "Hallo,\n{first} aus der Personalabteilung hat Ihnen schon {day} geschrieben (Vorgang {case}): {topic}. Das ist immer noch so, bei mir jetzt auch.\nGruß\n{name}",
        "Guten Tag,\nzu Vorgang {case}, gemeldet von {first} {day}: {topic}. Bei uns in der Abteilung ist nichts besser geworden. Bitte dringend lösen.\n{name}",
        "Hallo zusammen,\nich schließe mich {first} an (Vorgang {case}, {day} gemeldet). {topic} – genau dasselbe bei meinem Team, und es wird nicht besser.\nVG {name}",
    ],
    "it": [
        "Buongiorno,\n{first} dell'ufficio personale vi ha già scritto {day} (segnalazione {case}): {topic}. È ancora così, adesso anche per me.\nSaluti\n{name}",
        "Salve,\nriguardo alla {case}, segnalata da {first} {day}: {topic}. Nel mio reparto non è cambiato niente. Risolvete per favore.\n{name}",
        "Buongiorno a tutti,\nmi associo a {first} (segnalazione {case}, inviata {day}): {topic}. Anche nel mio ufficio è uguale e nessuno ci ha ancora risposto.\n{name}",
    ],
    "en": [
        "Hello,\n{first} already wrote to you {day} (case {case}): {topic}. Still the same, now for my team too.\n{name}"
    ],
    "fr": [
        "Bonjour,\n{first} vous a déjà écrit {day} (dossier {case}) : {topic}. Toujours pareil chez nous.\n{name}"
    ],
    "es": [
        "Hola,\n{first} ya os escribió {day} (incidencia {case}): {topic}. Sigue igual.\n{name}"
    ],
    "pt": ["Olá,\n{first} já vos escreveu {day} (pedido {case}): {topic}. Continua igual.\n{name}"],
}
B_DAYWORD: dict[str, list[str]] = {
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "hoje de manhã"],
}
#: The at-risk account's last complainer writes again.
B_LAST_MAIL: dict[str, str] = {
    "de": "Guten Tag,\nVorgang {case} ist immer noch nicht gelöst ({topic}), inzwischen haben Ihnen mehrere Kollegen geschrieben. Unser Einkauf hat bereits bei {comp} nach Preisen gefragt.\n{name}",
    "it": "Buongiorno,\nla segnalazione {case} non è ancora risolta ({topic}), vi hanno scritto ormai diversi colleghi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.\n{name}",
    "en": "Hello,\ncase {case} is still not fixed ({topic}) and several colleagues have written. Procurement has already asked {comp} for their rates.\n{name}",
    "fr": "Bonjour,\nle dossier {case} n'est toujours pas réglé ({topic}), plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n{name}",
    "es": "Hola,\nla incidencia {case} sigue sin resolver ({topic}) y os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.\n{name}",
    "pt": "Olá,\no pedido {case} continua por resolver ({topic}) e vários colegas já escreveram. As compras já pediram preços à {comp}.\n{name}",
}
B_LAST_CALL: dict[str, str] = {
    "de": "ja guten Tag {name} hier von {company} es geht um den Vorgang {case} {topic} das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben mein Chef sagt wenn das diese Woche nicht geklärt ist wechseln wir den Anbieter",
    "it": "sì buongiorno sono {name} di {company} chiamo per la segnalazione {case} {topic} non è ancora risolto vi hanno scritto diversi colleghi il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
    "en": "hi it's {name} from {company} about case {case} {topic} still not fixed several of us have written my boss says we move the account if it isn't sorted this week",
    "fr": "bonjour c'est {name} de {company} pour le dossier {case} {topic} toujours pas réglé plusieurs collègues ont écrit mon patron dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "hola soy {name} de {company} por la incidencia {case} {topic} sigue sin resolver varios compañeros han escrito mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana",
    "pt": "olá é {name} da {company} sobre o pedido {case} {topic} continua por resolver vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
B_ACK: dict[str, str] = {
    "de": "Guten Tag {name},\nvielen Dank, wir haben den Vorgang {case} angelegt und melden uns schnellstmöglich.\nFreundliche Grüße\n{agent}, Sanguro Work",
    "it": "Gentile {name},\ngrazie, abbiamo aperto la segnalazione {case} e la ricontattiamo al più presto.\nCordiali saluti\n{agent}, Sanguro Work",
    "en": "Hello {name},\nthank you, we've opened case {case} and will be back to you shortly.\nKind regards\n{agent}, Sanguro Work",
    "fr": "Bonjour {name},\nmerci, dossier {case} ouvert, nous revenons vers vous rapidement.\nCordialement\n{agent}, Sanguro Work",
    "es": "Hola {name},\ngracias, hemos abierto la incidencia {case} y te respondemos en breve.\nSaludos\n{agent}, Sanguro Work",
    "pt": "Olá {name},\nobrigado, abrimos o pedido {case} e respondemos em breve.\nCumprimentos\n{agent}, Sanguro Work",
}
#: Mild suggestions (web form) and the acknowledgement.
B_MILD: dict[str, list[str]] = {
    "de": [
        "Vorschlag: könnte man die Kosten im Portal nach Projekt- oder Kostenstelle exportieren? Wäre für uns sehr praktisch",
        "Kleine Bitte: auf den Terminbestätigungen für die Mitarbeiter wäre die Nüchtern-Info ganz oben hilfreich",
    ],
    "it": [
        "Suggerimento: si potrebbero esportare i costi dal portale per commessa? Ci aiuterebbe molto",
        "Piccola richiesta: nelle conferme ai dipendenti metterei l'indicazione del digiuno in alto",
    ],
    "en": [
        "Suggestion: could portal costs be exported by project code?",
        "Small one: put the fasting note at the top of staff confirmations",
    ],
    "fr": [
        "Suggestion : exporter les coûts du portail par projet ?",
        "Petite demande : l'info 'à jeun' en haut des confirmations",
    ],
    "es": [
        "Sugerencia: exportar los costes del portal por proyecto?",
        "Una petición: poner lo del ayuno arriba en las confirmaciones",
    ],
    "pt": [
        "Sugestão: exportar os custos do portal por projeto?",
        "Um pedido: pôr a indicação de jejum no topo das confirmações",
    ],
}
B_MILD_ACK: dict[str, str] = {
    "de": "Hallo {name},\ndanke für den Vorschlag, ich habe ihn an unser Produktteam weitergegeben.\nGrüße\n{agent}",
    "it": "Gentile {name},\ngrazie del suggerimento, l'ho passato al team prodotto.\nSaluti\n{agent}",
    "en": "Hello {name},\nthanks for the suggestion, I've passed it to our product team.\n{agent}",
    "fr": "Bonjour {name},\nmerci pour la suggestion, transmise à l'équipe produit.\n{agent}",
    "es": "Hola {name},\ngracias por la sugerencia, la he pasado al equipo de producto.\n{agent}",
    "pt": "Olá {name},\nobrigado pela sugestão, passei à equipa de produto.\n{agent}",
}
B_SUBJECT: dict[str, str] = {
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}
