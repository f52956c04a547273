# ruff: noqa: E501
"""Wording of heldout57's business arm: commercial waste collection on account.

Placeholders: {brand}, {ref}, {first}, {weekday}, {what}, {comp}, {name}, {agent}, {site}.
"""

from __future__ import annotations

BUSINESS = "Ramasso Business"

# Orders on account: label, price in EUR.
ORDERS: list[tuple[str, float]] = [
    ("Extra lift, 1100 l bin", 38.0),
    ("Roll-off container 20 m3, site", 640.0),
    ("Skip 10 m3, site, 14 days", 420.0),
    ("Confidential paper bin, 240 l", 29.0),
    ("Food waste bin, 240 l, extra lift", 21.0),
    ("Glass bin 660 l, extra lift", 34.0),
]

PAGES = [
    "/business/portal/sites",
    "/business/portal/lifts",
    "/business/portal/invoices",
    "/business/portal/documents",
    "/business/portal/orders",
]

WEEKDAY: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}

CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, können wir für nächste Woche Donnerstag eine Zusatzleerung der Speiseresttonne buchen?",
            "Hallo, ja, ist eingetragen für Donnerstag, Tour ab 6 Uhr. Sie sehen sie im Portal unter Leerungen.",
        ),
        (
            "Wie füge ich im Portal einen neuen Standort hinzu? Wir haben eine zweite Filiale",
            "Unter Standorte > Neu anlegen, danach ordnen wir die Behälter zu. Meist am selben Tag erledigt.",
        ),
        (
            "Gibt es die Entsorgungsnachweise auch gesammelt fürs Quartal?",
            "Ja, unter Dokumente können Sie einen Zeitraum wählen und alles als ZIP laden.",
        ),
    ],
    "pt": [
        (
            "Bom dia, conseguimos uma recolha extra do contentor de orgânicos na quinta-feira?",
            "Bom dia, sim, ficou marcada para quinta, rota a partir das 6h. Aparece no portal em Recolhas.",
        ),
        (
            "Como acrescento uma nova morada no portal? Abrimos outra loja",
            "Em Locais > Adicionar, depois associamos os contentores. Costuma ficar feito no mesmo dia.",
        ),
        (
            "As e-GAR do trimestre podem ser descarregadas todas de uma vez?",
            "Podem, em Documentos escolhe o período e descarrega tudo num ZIP.",
        ),
    ],
    "es": [
        (
            "Hola, ¿podemos pedir una recogida extra del contenedor de orgánico el jueves?",
            "Hola, sí, queda para el jueves, ruta desde las 6. Lo verás en el portal.",
        )
    ],
    "en": [
        (
            "Hi, can we get an extra lift on the food waste bin Thursday?",
            "Hi, yes, booked for Thursday, round starts at 6. It's on the portal under Lifts.",
        )
    ],
    "fr": [
        (
            "Bonjour, on peut avoir une levée en plus du bac biodéchets jeudi ?",
            "Bonjour, oui, c'est prévu jeudi, tournée dès 6 h. Visible dans le portail.",
        )
    ],
    "it": [
        (
            "Buongiorno, possiamo avere uno svuotamento extra dell'umido giovedì?",
            "Buongiorno, sì, fissato per giovedì, giro dalle 6. Lo trova nel portale.",
        )
    ],
}

THANKS: dict[str, list[str]] = {
    "de": ["Danke!", "Perfekt, danke"],
    "pt": ["Obrigado!", "Ótimo, obrigada"],
    "es": ["¡Gracias!"],
    "en": ["Thanks!"],
    "fr": ["Merci !"],
    "it": ["Grazie!"],
}

PRAISE: dict[str, list[str]] = {
    "de": [
        "Seit wir bei {brand} sind, stehen die Tonnen hinter der Küche nie mehr über. Leerung läuft wie ein Uhrwerk",
        "Die Entsorgungsnachweise fürs Audit waren in zehn Minuten aus dem Portal gezogen. Spart uns echt Zeit",
    ],
    "pt": [
        "Desde que mudámos para a {brand} nunca mais tivemos contentores a transbordar nas traseiras. Recolhas certinhas",
        "As e-GAR para a auditoria saíram do portal em dez minutos. Poupa-nos imenso tempo",
    ],
    "es": [
        "Desde que estamos con {brand} los contenedores de la cocina nunca se desbordan. Muy serios"
    ],
    "en": ["Since moving to {brand} the bins out back never overflow. Lifts like clockwork"],
    "fr": ["Depuis qu'on est chez {brand}, plus jamais de bacs qui débordent derrière la cuisine"],
    "it": ["Da quando siamo con {brand} i bidoni sul retro non traboccano più. Puntuali"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["zuverlässig", ""],
    "pt": ["fiáveis", ""],
    "es": ["fiables", ""],
    "en": ["reliable", ""],
    "fr": ["fiables", ""],
    "it": ["affidabili", ""],
}

# The account's one problem, restated by each complainer.
WHAT: dict[str, dict[str, str]] = {
    "missed_lifts": {
        "de": "unsere Tonnen am Standort {site} werden seit über einer Woche nicht geleert, obwohl die Leerungen im Portal als erledigt stehen",
        "pt": "os contentores da {site} não são recolhidos há mais de uma semana, apesar de no portal aparecerem como feitos",
        "es": "los contenedores de {site} llevan más de una semana sin recogerse, aunque en el portal salen como hechos",
        "en": "the bins at {site} haven't been lifted for over a week, though the portal shows the lifts as done",
        "fr": "les bacs du site {site} ne sont plus levés depuis plus d'une semaine, alors que le portail les marque faits",
        "it": "i bidoni della sede {site} non vengono svuotati da oltre una settimana, anche se nel portale risultano fatti",
    },
    "contamination": {
        "de": "wir bekommen Störstoffgebühren für die Biotonne berechnet, ohne Foto und ohne Beleg, jede Woche neue",
        "pt": "estão a cobrar-nos taxas de contaminação nos orgânicos sem fotografia nem prova, todas as semanas",
        "es": "nos cobráis recargos por impropios en el orgánico sin foto ni prueba, cada semana",
        "en": "we're being billed contamination fees on the food waste bins with no photo and no evidence, every week",
        "fr": "on nous facture des pénalités de contamination sur les biodéchets sans photo ni preuve, chaque semaine",
        "it": "ci addebitate penali per conferimento errato nell'umido senza foto né prove, ogni settimana",
    },
    "paperwork": {
        "de": "im Portal fehlen seit August alle Entsorgungsnachweise, und das Audit ist in zwei Wochen",
        "pt": "faltam no portal todas as e-GAR desde agosto e a auditoria é daqui a duas semanas",
        "es": "faltan en el portal todos los documentos de identificación de residuos desde agosto y la auditoría es en dos semanas",
        "en": "all the waste transfer notes since August are missing from the portal and our audit is in two weeks",
        "fr": "tous les bordereaux de suivi des déchets depuis août manquent dans le portail, l'audit est dans deux semaines",
        "it": "mancano nel portale tutti i formulari rifiuti da agosto e l'audit è tra due settimane",
    },
    "portal": {
        "de": "im Portal lässt sich für {site} keine Zusatzleerung mehr bestellen, der Standort wird als 'inaktiv' angezeigt",
        "pt": "no portal já não dá para pedir recolhas extra para a {site}, o local aparece como 'inativo'",
        "es": "en el portal ya no se pueden pedir recogidas extra para {site}, sale como 'inactivo'",
        "en": "the portal won't let us order extra lifts for {site} any more, it shows the site as 'inactive'",
        "fr": "le portail ne permet plus de commander de levée en plus pour {site}, le site est marqué 'inactif'",
        "it": "dal portale non si possono più ordinare svuotamenti extra per {site}, la sede risulta 'inattiva'",
    },
}

SUBJECT: dict[str, dict[str, str]] = {
    "missed_lifts": {
        "de": "Leerungen ausgefallen",
        "pt": "Recolhas em falta",
        "es": "Recogidas no realizadas",
        "en": "Missed lifts",
        "fr": "Levées non effectuées",
        "it": "Svuotamenti saltati",
    },
    "contamination": {
        "de": "Störstoffgebühren ohne Nachweis",
        "pt": "Taxas de contaminação sem prova",
        "es": "Recargos por impropios sin prueba",
        "en": "Contamination fees without evidence",
        "fr": "Pénalités de contamination sans preuve",
        "it": "Penali senza prova",
    },
    "paperwork": {
        "de": "Entsorgungsnachweise fehlen",
        "pt": "e-GAR em falta",
        "es": "Faltan documentos de residuos",
        "en": "Waste transfer notes missing",
        "fr": "Bordereaux manquants",
        "it": "Formulari mancanti",
    },
    "portal": {
        "de": "Portal: Standort inaktiv",
        "pt": "Portal: local inativo",
        "es": "Portal: sede inactiva",
        "en": "Portal: site shown inactive",
        "fr": "Portail : site inactif",
        "it": "Portale: sede inattiva",
    },
}

# First complainer's e-mail body ({what}).
FIRST: dict[str, list[str]] = {
    "de": [
        "Guten Tag,\n\n{what}. Das ist für uns so nicht tragbar. Bitte um umgehende Klärung und Rückruf.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo,\n\nich muss das leider so deutlich sagen: {what}. Wir zahlen monatlich für einen Service, der gerade nicht stattfindet.\n\nGruß\n{name}",
    ],
    "pt": [
        "Bom dia,\n\n{what}. Isto não é aceitável num estabelecimento como o nosso. Peço resolução urgente e contacto telefónico.\n\nCumprimentos,\n{name}",
        "Olá,\n\ntenho de ser direto: {what}. Pagamos todos os meses por um serviço que neste momento não existe.\n\n{name}",
    ],
    "es": [
        "Buenos días,\n\n{what}. No es aceptable. Pido una solución urgente.\n\nSaludos,\n{name}"
    ],
    "en": [
        "Hello,\n\n{what}. This isn't acceptable for a business like ours. Please sort it urgently and call me.\n\nRegards,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\n{what}. Ce n'est pas acceptable. Merci de régler ça en urgence et de me rappeler.\n\nCordialement,\n{name}"
    ],
    "it": [
        "Buongiorno,\n\n{what}. Non è accettabile. Chiedo una soluzione urgente.\n\nCordiali saluti,\n{name}"
    ],
}

# Later complainers name the first one, the weekday and the case.
LATER: dict[str, list[str]] = {
    "de": [
        "Hallo,\n\n{first} aus unserem Team hat Ihnen schon am {weekday} geschrieben ({ref}). Das Problem besteht weiter: {what}. Bei mir am Standort genauso.\n\n{name}",
        "Guten Tag,\n\nbezugnehmend auf {ref}, gemeldet von {first} am {weekday}: {what}. Wann passiert hier etwas?\n\n{name}",
    ],
    "pt": [
        "Olá,\n\n{first}, da nossa equipa, já vos escreveu na {weekday} ({ref}). Continua igual: {what}. Do meu lado passa-se o mesmo.\n\n{name}",
        "Bom dia,\n\nem relação ao {ref}, enviado por {first} na {weekday}: {what}. Quando é que isto se resolve?\n\n{name}",
    ],
    "es": ["Hola,\n\n{first} ya os escribió el {weekday} ({ref}). Sigue igual: {what}.\n\n{name}"],
    "en": [
        "Hi,\n\n{first} already wrote to you on {weekday} ({ref}). Still the same: {what}.\n\n{name}"
    ],
    "fr": [
        "Bonjour,\n\n{first} vous a déjà écrit {weekday} ({ref}). Rien n'a changé : {what}.\n\n{name}"
    ],
    "it": [
        "Buongiorno,\n\n{first} vi ha già scritto {weekday} ({ref}). Nulla è cambiato: {what}.\n\n{name}"
    ],
}

# The last complainer comes back: nothing fixed, several colleagues wrote.
LAST_MAIL: dict[str, str] = {
    "de": "Guten Tag,\n\nzu {ref}: es ist nichts passiert, {what}. Inzwischen haben vier Leute aus unserem Haus geschrieben. Unser Einkauf hat {comp} um ein Angebot gebeten.\n\n{name}",
    "pt": "Bom dia,\n\nsobre o {ref}: nada foi feito, {what}. Já vos escreveram quatro pessoas da empresa. As compras já pediram proposta à {comp}.\n\n{name}",
    "es": "Buenos días,\n\nsobre {ref}: nada, {what}. Ya os hemos escrito varios. Compras ha pedido presupuesto a {comp}.\n\n{name}",
    "en": "Hello,\n\nre {ref}: nothing has happened, {what}. Several of us have written now. Purchasing has asked {comp} for a quote.\n\n{name}",
    "fr": "Bonjour,\n\n{ref} : rien n'a bougé, {what}. Plusieurs d'entre nous vous ont écrit. Les achats ont demandé un devis à {comp}.\n\n{name}",
    "it": "Buongiorno,\n\n{ref}: non è successo niente, {what}. Vi abbiamo scritto in diversi. Gli acquisti hanno chiesto un preventivo a {comp}.\n\n{name}",
}

LAST_CALL: dict[str, str] = {
    "de": "ja guten tag hier ist {name} ich ruf an wegen {ref} da ist immer noch nichts passiert {what} mehrere Kollegen haben schon geschrieben und mein Chef sagt wenn das diese Woche nicht läuft wechseln wir",
    "pt": "bom dia fala {name} é por causa do {ref} continua tudo igual {what} já vos escreveram vários colegas e o meu diretor diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "es": "buenos días soy {name} llamo por el {ref} sigue todo igual {what} ya os han escrito varios compañeros y mi jefe dice que si no se arregla esta semana cambiamos",
    "en": "hi it's {name} calling about {ref} nothing's changed {what} a few of my colleagues have written and my boss says if it's not fixed this week we're moving",
    "fr": "bonjour c'est {name} j'appelle pour {ref} rien n'a changé {what} plusieurs collègues ont écrit et mon chef dit que si ce n'est pas réglé cette semaine on change",
    "it": "buongiorno sono {name} chiamo per {ref} non è cambiato niente {what} hanno già scritto diversi colleghi e il mio capo dice che se non si risolve questa settimana cambiamo",
}

ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Meldung {ref}",
        "Guten Tag {name},\n\nvielen Dank, Ihre Meldung läuft unter {ref}. Ihr Key-Account-Team prüft das und meldet sich innerhalb von 48 Stunden.\n\nFreundliche Grüße\n{agent}, {business}",
    ),
    "pt": (
        "O seu registo {ref}",
        "Bom dia {name},\n\nobrigado, o seu registo tem a referência {ref}. A equipa de gestão de cliente vai analisar e responde em 48 horas.\n\nCumprimentos,\n{agent}, {business}",
    ),
    "es": (
        "Tu aviso {ref}",
        "Buenos días {name},\n\ngracias, tu aviso es el {ref}. Tu gestor de cuenta lo revisa y te contesta en 48 horas.\n\nSaludos,\n{agent}, {business}",
    ),
    "en": (
        "Your report {ref}",
        "Hello {name},\n\nthanks, your report is logged as {ref}. Your account team will look into it and reply within 48 hours.\n\nRegards,\n{agent}, {business}",
    ),
    "fr": (
        "Votre signalement {ref}",
        "Bonjour {name},\n\nmerci, votre signalement porte la référence {ref}. Votre chargé de compte revient vers vous sous 48 heures.\n\nCordialement,\n{agent}, {business}",
    ),
    "it": (
        "La sua segnalazione {ref}",
        "Buongiorno {name},\n\ngrazie, la segnalazione ha il riferimento {ref}. Il suo account manager la ricontatta entro 48 ore.\n\nCordiali saluti,\n{agent}, {business}",
    ),
}

# Mild suggestions by web form, and the acknowledgement.
MILD: dict[str, list[str]] = {
    "de": [
        "Vorschlag: Könnten die Rechnungen pro Standort eine Kostenstelle tragen? Wir sortieren das aktuell von Hand",
        "Wäre super, wenn das Portal eine Erinnerung schickt, bevor die Glastonne voll gemeldet werden muss",
    ],
    "pt": [
        "Sugestão: as faturas podiam trazer o centro de custo de cada loja? Estamos a separar tudo à mão",
        "Seria ótimo o portal permitir exportar as pesagens para Excel",
    ],
    "es": ["Sugerencia: ¿podrían las facturas llevar el centro de coste de cada sede?"],
    "en": [
        "Suggestion: could the invoices carry a cost centre per site? We split them by hand at the moment",
        "Would be handy if the portal exported weights to a spreadsheet",
    ],
    "fr": [
        "Suggestion : les factures pourraient-elles indiquer le centre de coût de chaque site ?"
    ],
    "it": ["Suggerimento: le fatture potrebbero riportare il centro di costo di ogni sede?"],
}

MILD_ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Danke für Ihren Vorschlag",
        "Guten Tag {name},\n\ndanke für die Anregung, ich habe sie an unser Produktteam weitergegeben.\n\nFreundliche Grüße\n{agent}",
    ),
    "pt": (
        "Obrigado pela sugestão",
        "Bom dia {name},\n\nobrigado pela ideia, já a passei à equipa de produto.\n\nCumprimentos,\n{agent}",
    ),
    "es": (
        "Gracias por tu sugerencia",
        "Hola {name},\n\ngracias, se la he pasado al equipo de producto.\n\nSaludos,\n{agent}",
    ),
    "en": (
        "Thanks for the suggestion",
        "Hello {name},\n\nthanks, I've passed it on to our product team.\n\nRegards,\n{agent}",
    ),
    "fr": (
        "Merci pour votre suggestion",
        "Bonjour {name},\n\nmerci, c'est transmis à l'équipe produit.\n\nCordialement,\n{agent}",
    ),
    "it": (
        "Grazie per il suggerimento",
        "Buongiorno {name},\n\ngrazie, l'ho passato al team di prodotto.\n\nCordiali saluti,\n{agent}",
    ),
}

NPS_LOW: dict[str, list[str]] = {
    "de": ["Erst wenn die Leerungen wieder laufen", ""],
    "pt": ["Só quando isto estiver resolvido", ""],
    "es": [""],
    "en": [""],
    "fr": [""],
    "it": [""],
}

JOBS = [
    "Facility Manager",
    "Office Manager",
    "Head Chef",
    "Operations Manager",
    "Purchasing",
    "Store Manager",
    "Site Manager",
    "Accounts Payable",
    "Environmental Officer",
    "Housekeeping Manager",
]
