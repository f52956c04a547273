# ruff: noqa: E501
"""The business arm's words for heldout93 (Valizo Pro: firms sending cases on account).

Placeholders: ``{first}``, ``{case}``, ``{agent}``, ``{name}`` (the first complainer),
``{day}`` (a weekday), ``{comp}``, ``{company}``.
"""

from __future__ import annotations

PRODUCTS: list[tuple[str, float, str]] = [
    ("Equipment case up to 40 kg, 48 h / Equipmentkoffer bis 40 kg, 48 h", 95.0, "/pro/send/case"),
    ("Pallet of cases, next day / Palette, Folgetag", 340.0, "/pro/send/pallet"),
    ("Tour trunk, express 24 h / Tourneekiste, Express 24 h", 160.0, "/pro/send/trunk"),
    ("Guest luggage hotel to hotel / Gästegepäck Hotel zu Hotel", 45.0, "/pro/send/guest"),
]

PORTAL_PAGES = [
    "/pro/portal",
    "/pro/portal/shipments",
    "/pro/portal/invoices",
    "/pro/portal/sites",
    "/pro/prices",
]

JOB_TITLES = [
    "Office Manager",
    "Event Coordinator",
    "Logistics Lead",
    "Front Office Manager",
    "Production Manager",
    "Accounts Payable",
    "Tour Manager",
    "Operations Assistant",
    "Head of Procurement",
    "Facility Coordinator",
]

#: A weekday as the later complainers say it ("on Wednesday"), and "this morning".
WEEKDAYS: dict[str, list[str]] = {
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
}

THIS_MORNING: dict[str, str] = {
    "de": "heute Morgen",
    "fr": "ce matin",
    "en": "this morning",
    "es": "esta mañana",
    "it": "stamattina",
    "pt": "hoje de manhã",
}

CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, können wir für die Messe in Frankfurt eine Palette für Donnerstag 7 Uhr buchen?",
            "Hallo! Ja, Donnerstag 7-9 Uhr ist frei, ich habe die Palette eingeplant.",
        ),
        (
            "Gibt es für Tourneekisten über 50 kg einen Zuschlag?",
            "Hallo, ja, ab 50 kg gilt der Schwergutzuschlag laut Ihrem Vertrag, 18 € pro Kiste.",
        ),
        (
            "Können Gäste ihr Gepäck direkt an der Rezeption abgeben und ihr holt es dort?",
            "Genau so, der Fahrer kommt täglich um 10 Uhr an die Rezeption.",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on réserver une palette pour jeudi 7 h pour le salon de Lyon ?",
            "Bonjour ! Jeudi 7 h-9 h c'est bon, la palette est planifiée.",
        ),
        (
            "Il y a un supplément pour les malles de tournée de plus de 50 kg ?",
            "Bonjour, oui, au-delà de 50 kg le supplément lourd de votre contrat s'applique, 18 € par malle.",
        ),
        (
            "Les clients peuvent laisser leurs bagages à la réception et vous passez les prendre ?",
            "Exactement, le chauffeur passe chaque jour à 10 h à la réception.",
        ),
    ],
    "en": [
        (
            "Hi, can we book a pallet for Thursday 7am for the trade fair?",
            "Hi! Thursday 7-9 is free, pallet booked.",
        )
    ],
    "es": [
        (
            "Hola, ¿podemos reservar un palé para el jueves a las 7 para la feria?",
            "¡Hola! Jueves de 7 a 9 libre, reservado.",
        )
    ],
    "it": [
        (
            "Buongiorno, possiamo prenotare un bancale per giovedì alle 7 per la fiera?",
            "Buongiorno! Giovedì 7-9 libero, prenotato.",
        )
    ],
    "pt": [
        (
            "Olá, podemos marcar uma palete para quinta às 7 para a feira?",
            "Olá! Quinta das 7 às 9 está livre, marcado.",
        )
    ],
}

THANKS: dict[str, list[str]] = {
    "de": ["Danke!", "Perfekt, vielen Dank", "super, danke"],
    "fr": ["Merci !", "Parfait, merci beaucoup", "top merci"],
    "en": ["Thanks!"],
    "es": ["¡Gracias!"],
    "it": ["Grazie!"],
    "pt": ["Obrigado!"],
}

PRAISE: dict[str, list[str]] = {
    "de": [
        "Messeaufbau Köln: alle 14 Kisten lagen pünktlich am Stand, danke an das Valizo Pro Team",
        "Unsere Gäste lieben es, ohne Koffer vom Hotel zum Bahnhof zu gehen. Valizo Pro läuft bei uns seit einem Jahr reibungslos",
    ],
    "fr": [
        "Salon de Lyon : les 14 malles étaient sur le stand à l'heure, merci à l'équipe Valizo Pro",
        "Nos clients adorent partir de l'hôtel sans bagages. Valizo Pro fonctionne sans accroc depuis un an",
    ],
    "en": ["All 14 cases at the stand on time for the fair, thanks Valizo Pro"],
    "es": ["Las 14 cajas en el stand a tiempo para la feria, gracias Valizo Pro"],
    "it": ["Tutte le 14 casse allo stand in tempo per la fiera, grazie Valizo Pro"],
    "pt": ["As 14 caixas no stand a tempo da feira, obrigado Valizo Pro"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["", "Zuverlässig", "👍"],
    "fr": ["", "Fiable", "👍"],
    "en": ["", "Reliable"],
    "es": ["", "Fiable"],
    "it": ["", "Affidabile"],
    "pt": ["", "Fiável"],
}

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Rechnungen ohne Bestellnummer",
        "service_blocked": "Abholungen verweigert, Konto gesperrt",
        "portal": "Portal zeigt keine Sendungen",
        "overbilled": "Einzelpreis statt Vertragspreis",
    },
    "fr": {
        "invoice": "factures sans numéro de commande",
        "service_blocked": "enlèvements refusés, compte bloqué",
        "portal": "le portail n'affiche aucun envoi",
        "overbilled": "prix unitaire au lieu du tarif contrat",
    },
    "en": {
        "invoice": "invoices without PO number",
        "service_blocked": "pickups refused, account on stop",
        "portal": "portal shows no shipments",
        "overbilled": "single price instead of contract rate",
    },
    "es": {
        "invoice": "facturas sin número de pedido",
        "service_blocked": "recogidas rechazadas, cuenta bloqueada",
        "portal": "el portal no muestra envíos",
        "overbilled": "precio unitario en vez del de contrato",
    },
    "it": {
        "invoice": "fatture senza numero d'ordine",
        "service_blocked": "ritiri rifiutati, conto bloccato",
        "portal": "il portale non mostra spedizioni",
        "overbilled": "prezzo singolo invece del contratto",
    },
    "pt": {
        "invoice": "faturas sem número de encomenda",
        "service_blocked": "recolhas recusadas, conta bloqueada",
        "portal": "o portal não mostra envios",
        "overbilled": "preço unitário em vez do contrato",
    },
}

PROBLEM: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Seit Oktober kommen Ihre Rechnungen an {company} ohne unsere Bestellnummer und mit der alten Firmenadresse, unsere Buchhaltung kann keine davon bezahlen.",
        "service_blocked": "Ihre Fahrer verweigern seit heute früh jede Abholung für {company}, angeblich ist unser Konto gesperrt. Alle Rechnungen sind bezahlt.",
        "portal": "Das Pro-Portal zeigt für {company} keine einzige offene Sendung, wir können weder Rückholungen buchen noch Lieferscheine drucken.",
        "overbilled": "Sie berechnen {company} jede Kiste zum Einzelpreis statt zum vereinbarten Palettenpreis, das sind über 900 € zu viel.",
    },
    "fr": {
        "invoice": "Depuis octobre vos factures à {company} arrivent sans notre numéro de commande et avec l'ancienne adresse, notre comptabilité ne peut en payer aucune.",
        "service_blocked": "Vos chauffeurs refusent depuis ce matin tout enlèvement pour {company}, notre compte serait bloqué. Toutes les factures sont payées.",
        "portal": "Le portail Pro n'affiche aucun envoi en cours pour {company}, impossible de réserver les retours ou d'imprimer les bons.",
        "overbilled": "Vous facturez à {company} chaque malle au prix unitaire au lieu du tarif palette du contrat, plus de 900 € de trop.",
    },
    "en": {
        "invoice": "Since October your invoices to {company} come without our PO number and with the old address, accounts can't pay any of them.",
        "service_blocked": "Your drivers have refused every pickup for {company} since this morning, apparently our account is on stop. Every invoice is paid.",
        "portal": "The Pro portal shows no open shipments at all for {company}, we can't book returns or print delivery notes.",
        "overbilled": "You're charging {company} every case at the single price instead of the contract pallet rate, over £800 too much.",
    },
    "es": {
        "invoice": "Desde octubre vuestras facturas a {company} llegan sin nuestro número de pedido y con la dirección antigua, no podemos pagar ninguna.",
        "service_blocked": "Vuestros repartidores rechazan desde esta mañana todas las recogidas de {company}, dicen que la cuenta está bloqueada. Todo está pagado.",
        "portal": "El portal Pro no muestra ningún envío abierto de {company}, no podemos reservar devoluciones.",
        "overbilled": "Cobráis a {company} cada caja a precio unitario en vez del precio palé del contrato, más de 900 € de más.",
    },
    "it": {
        "invoice": "Da ottobre le vostre fatture a {company} arrivano senza il nostro numero d'ordine e con il vecchio indirizzo, non possiamo pagarle.",
        "service_blocked": "Da stamattina i vostri corrieri rifiutano ogni ritiro per {company}, dicono che il conto è bloccato. È tutto pagato.",
        "portal": "Il portale Pro non mostra nessuna spedizione aperta per {company}, non possiamo prenotare i rientri.",
        "overbilled": "Fatturate a {company} ogni cassa a prezzo singolo invece del prezzo bancale del contratto, oltre 900 € in più.",
    },
    "pt": {
        "invoice": "Desde outubro as vossas faturas à {company} chegam sem o nosso número de encomenda e com a morada antiga, não conseguimos pagar nenhuma.",
        "service_blocked": "Desde hoje de manhã os estafetas recusam todas as recolhas da {company}, dizem que a conta está bloqueada. Está tudo pago.",
        "portal": "O portal Pro não mostra nenhum envio em aberto da {company}, não conseguimos marcar devoluções.",
        "overbilled": "Cobram à {company} cada caixa a preço unitário em vez do preço de palete do contrato, mais de 900 € a mais.",
    },
}

#: First complaint: (subject, text).
FIRST_COMPLAINT: dict[str, list[str]] = {
    "de": [
        "Guten Tag,\n\n{desc} Bitte um dringende Klärung. Mit freundlichen Grüßen, {first}",
        "Hallo Valizo Pro,\n\n{desc} Das blockiert gerade unseren ganzen Betrieb. Grüße {first}",
    ],
    "fr": [
        "Bonjour,\n\n{desc} Merci de régler cela en urgence. Cordialement, {first}",
        "Bonjour Valizo Pro,\n\n{desc} Cela bloque toute notre activité. Cdlt, {first}",
    ],
    "en": ["Hello,\n\n{desc} Please sort this urgently. Regards, {first}"],
    "es": ["Buenos días,\n\n{desc} Por favor, resolvedlo urgentemente. Saludos, {first}"],
    "it": ["Buongiorno,\n\n{desc} Vi prego di risolvere con urgenza. Saluti, {first}"],
    "pt": ["Bom dia,\n\n{desc} Por favor resolvam com urgência. Cumprimentos, {first}"],
}

LATER_COMPLAINT: dict[str, list[str]] = {
    "de": [
        "Hallo, {name} aus unserem Team hat Ihnen schon {day} wegen {case} geschrieben. {desc} Bei uns geht nichts mehr. {first}",
        "Guten Tag, zum Vorgang {case}, den {name} {day} eröffnet hat: {desc} Wann wird das behoben? {first}",
    ],
    "fr": [
        "Bonjour, {name} vous a déjà écrit {day} au sujet de {case}. {desc} Chez nous plus rien n'avance. {first}",
        "Bonjour, concernant le dossier {case} ouvert par {name} {day} : {desc} Quand est-ce corrigé ? {first}",
    ],
    "en": [
        "Hi, {name} already wrote to you {day} about {case}. {desc} Nothing is moving here. {first}"
    ],
    "es": ["Hola, {name} ya os escribió {day} por {case}. {desc} Aquí no avanza nada. {first}"],
    "it": [
        "Buongiorno, {name} vi ha già scritto {day} per {case}. {desc} Qui è tutto fermo. {first}"
    ],
    "pt": [
        "Olá, {name} já vos escreveu {day} sobre o {case}. {desc} Aqui está tudo parado. {first}"
    ],
}

#: The at-risk account's last complainer, again: e-mail (with a competitor) or a call.
LAST_MAIL: dict[str, str] = {
    "de": "Vorgang {case}: Es ist immer noch nichts behoben, inzwischen haben Ihnen mehrere von uns geschrieben. Unser Einkauf hat bereits bei {comp} nach Preisen gefragt. {first}",
    "fr": "Dossier {case} : toujours rien de réglé, plusieurs d'entre nous vous ont écrit. Nos achats ont déjà demandé les tarifs de {comp}. {first}",
    "en": "Case {case}: still nothing fixed, several of us have written. Procurement has already asked {comp} for their rates. {first}",
    "es": "Incidencia {case}: sigue sin arreglarse, varios os hemos escrito. Compras ya ha pedido precios a {comp}. {first}",
    "it": "Segnalazione {case}: ancora niente, vi abbiamo scritto in diversi. Gli acquisti hanno già chiesto i prezzi a {comp}. {first}",
    "pt": "Pedido {case}: continua tudo igual, vários de nós já escrevemos. As compras já pediram preços à {comp}. {first}",
}

LAST_CALL: dict[str, list[str]] = {
    "de": [
        "ja guten Tag {first} von {company} es geht um den Vorgang {case} das ist immer noch nicht behoben mehrere Kollegen haben schon geschrieben mein Chef sagt wenn das diese Woche nicht läuft wechseln wir den Anbieter",
        "hallo hier {first} {company} Vorgang {case} immer noch offen mein Chef will das Konto woanders hin verlegen wenn das nicht diese Woche geklärt ist",
    ],
    "fr": [
        "oui bonjour {first} de {company} c'est pour le dossier {case} toujours pas réglé plusieurs collègues vous ont écrit mon chef dit que si ce n'est pas réglé cette semaine on change de prestataire"
    ],
    "en": [
        "hi it's {first} from {company} about case {case} still not fixed several colleagues have written my boss says we move the account if it isn't sorted this week"
    ],
    "es": [
        "hola soy {first} de {company} por la incidencia {case} sigue sin arreglar varios compañeros os han escrito mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana"
    ],
    "it": [
        "buongiorno sono {first} di {company} per la segnalazione {case} ancora non risolta diversi colleghi vi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "olá é {first} da {company} sobre o pedido {case} continua por resolver vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}

ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first}, danke für Ihre Nachricht. Wir haben den Vorgang {case} eröffnet und melden uns schnellstmöglich. Viele Grüße, {agent}, Valizo Pro",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first}, merci pour votre message. Nous avons ouvert le dossier {case} et revenons vers vous rapidement. Cordialement, {agent}, Valizo Pro",
    ),
    "en": (
        "Your case {case}",
        "Hi {first}, thanks for your message. We've opened case {case} and will come back to you shortly. Best, {agent}, Valizo Pro",
    ),
    "es": (
        "Su incidencia {case}",
        "Hola {first}, gracias. Hemos abierto la incidencia {case}. {agent}, Valizo Pro",
    ),
    "it": (
        "La sua segnalazione {case}",
        "Buongiorno {first}, grazie. Abbiamo aperto la segnalazione {case}. {agent}, Valizo Pro",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {first}, obrigado. Abrimos o pedido {case}. {agent}, Valizo Pro",
    ),
}

MILD: dict[str, list[str]] = {
    "de": [
        "Kleiner Wunsch: könnte man die Kosten im Portal nach Projektnummer exportieren? Wäre für unsere Abrechnung praktisch.",
        "Eine Anregung: auf dem Lieferschein wäre das Gewicht pro Kiste hilfreich.",
    ],
    "fr": [
        "Petite suggestion : pourrait-on exporter les coûts par numéro de projet dans le portail ? Ce serait pratique pour la compta.",
        "Une idée : indiquer le poids par malle sur le bon de livraison serait utile.",
    ],
    "en": ["Small wish: could the portal export costs by project code? Handy for our accounts."],
    "es": ["Una sugerencia: ¿se podrían exportar los costes por proyecto en el portal?"],
    "it": ["Un suggerimento: si potrebbero esportare i costi per progetto nel portale?"],
    "pt": ["Uma sugestão: seria possível exportar os custos por projeto no portal?"],
}

MILD_ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Anregung",
        "Hallo {first}, danke für die Anregung, wir geben sie an das Portal-Team weiter. Viele Grüße, {agent}",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {first}, merci pour la suggestion, nous la transmettons à l'équipe du portail. Cordialement, {agent}",
    ),
    "en": (
        "Your suggestion",
        "Hi {first}, thanks for the suggestion, passed on to the portal team. {agent}",
    ),
    "es": (
        "Su sugerencia",
        "Hola {first}, gracias por la sugerencia, la pasamos al equipo. {agent}",
    ),
    "it": (
        "Il suo suggerimento",
        "Buongiorno {first}, grazie del suggerimento, lo giriamo al team. {agent}",
    ),
    "pt": ("A sua sugestão", "Olá {first}, obrigado pela sugestão, passámos à equipa. {agent}"),
}

#: (company, site kind, market, language, domain)
COMPANIES: list[tuple[str, str, str, str, str]] = [
    ("Hotel Seeblick Konstanz", "hotel", "DE", "de", "seeblick-konstanz.example"),
    ("Voyages Alizé", "tour_operator", "FR", "fr", "voyages-alize.example"),
    ("Kammerorchester Rheinland", "orchestra", "DE", "de", "ko-rheinland.example"),
    ("Événements Lumière", "events", "FR", "fr", "evenements-lumiere.example"),
    ("FC Bergwacht Chur", "sports_club", "CH", "de", "fc-bergwacht.example"),
    ("Messebau Hanse", "trade_fair", "DE", "de", "messebau-hanse.example"),
    ("Compagnie Théâtre du Pont", "theatre", "BE", "fr", "theatre-du-pont.example"),
    ("Hospes Ribeira", "hotel", "PT", "pt", "hospes-ribeira.example"),
    ("Lycée Jean-Mermoz", "school", "FR", "fr", "lycee-mermoz.example"),
    ("Skischule Arlberg Nord", "ski_school", "AT", "de", "skischule-arlberg.example"),
    ("Produzioni Vela", "film", "IT", "it", "produzioni-vela.example"),
    ("Université de Neuchâtel Sport", "university", "CH", "fr", "unine-sport.example"),
    ("Northbank Events", "events", "UK", "en", "northbank-events.example"),
    ("Congresos Ebro", "conference", "ES", "es", "congresos-ebro.example"),
    ("Stadtwerke Reisedienst Ulm", "travel_office", "DE", "de", "swu-reise.example"),
]
