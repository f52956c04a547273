# ruff: noqa: E501
"""Business-arm wording for heldout127 (Accordino Pro: schools, hotels, venues on account)."""

from __future__ import annotations

T = dict[str, list[str]]

COMPANIES: list[tuple[str, str, str, str]] = [
    # (company, site, language, market)
    ("Conservatoire de Villeurbanne", "school", "fr", "FR"),
    ("Hôtel Bellerive", "hotel", "fr", "CH"),
    ("Salle Molière Événements", "venue", "fr", "FR"),
    ("Istituto Musicale Verdi", "school", "it", "IT"),
    ("Teatro Comunale di Lugo", "venue", "it", "IT"),
    ("Grand Hotel Miramonti", "hotel", "it", "IT"),
    ("Parrocchia San Zeno", "church", "it", "IT"),
    ("École de musique du Brabant", "school", "fr", "BE"),
    ("Palazzo Eventi Torino", "venue", "it", "IT"),
    ("Musikschule Graz-Süd", "school", "de", "AT"),
    ("Kings Wharf Hotel", "hotel", "en", "UK"),
    ("Escola de Música do Porto", "school", "pt", "PT"),
    ("Auditorio Ribera", "venue", "es", "ES"),
    ("Studio Tonhalle Leipzig", "studio", "de", "DE"),
    ("Residence Lac Léman", "hotel", "fr", "CH"),
]
TITLES = [
    "Facilities manager",
    "Head of music",
    "Events coordinator",
    "Accounts payable",
    "Operations manager",
    "Stage manager",
    "Office manager",
    "Bursar",
]

COMPLAINT: dict[str, T] = {
    "invoice": {
        "fr": [
            "Bonjour, vos factures Accordino Pro portent toujours l'ancienne raison sociale et aucun numéro de bon de commande : notre comptabilité les rejette. Merci de les réémettre."
        ],
        "it": [
            "Buongiorno, le fatture Accordino Pro riportano ancora la vecchia ragione sociale e nessun numero d'ordine: l'amministrazione le respinge. Vi chiediamo di riemetterle."
        ],
        "en": [
            "Hello, your invoices still carry our old company name and no PO number, so accounts reject them."
        ],
        "de": [
            "Guten Tag, Ihre Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer."
        ],
        "es": [
            "Buenos días, las facturas siguen con la razón social antigua y sin número de pedido."
        ],
        "pt": ["Bom dia, as faturas continuam com a designação antiga e sem número de encomenda."],
    },
    "service_blocked": {
        "fr": [
            "Bonjour, votre accordeur a refusé d'intervenir ce matin, « compte bloqué » selon son appli, alors que toutes nos factures sont payées. Concert ce soir."
        ],
        "it": [
            "Buongiorno, il vostro tecnico stamattina si è rifiutato di intervenire, « conto bloccato » secondo l'app, ma le fatture sono tutte pagate. Abbiamo un concerto stasera."
        ],
        "en": [
            "Your tuner refused to work this morning, 'account on hold', though every invoice is paid."
        ],
        "de": ["Ihr Stimmer hat heute abgelehnt, 'Konto gesperrt', obwohl alles bezahlt ist."],
        "es": ["El afinador se negó esta mañana, 'cuenta bloqueada', aunque todo está pagado."],
        "pt": ["O afinador recusou hoje, 'conta bloqueada', apesar de tudo pago."],
    },
    "portal": {
        "fr": [
            "Bonjour, le portail Pro n'affiche plus aucun de nos 14 pianos, impossible de planifier les accords du trimestre."
        ],
        "it": [
            "Buongiorno, il portale Pro non mostra più nessuno dei nostri 14 pianoforti, impossibile pianificare le accordature del trimestre."
        ],
        "en": [
            "The Pro portal shows none of our pianos, so we can't schedule this quarter's tunings."
        ],
        "de": ["Das Pro-Portal zeigt keines unserer Klaviere mehr an."],
        "es": ["El portal Pro no muestra ninguno de nuestros pianos."],
        "pt": ["O portal Pro não mostra nenhum dos nossos pianos."],
    },
    "overbilled": {
        "fr": [
            "Bonjour, on nous facture chaque accord au tarif unitaire au lieu du forfait annuel du contrat : plus de 900 € d'écart."
        ],
        "it": [
            "Buongiorno, ci fatturate ogni accordatura a tariffa singola invece del forfait annuale da contratto: oltre 900 € di differenza."
        ],
        "en": [
            "We're billed per tuning instead of the contract's annual rate: over £800 difference."
        ],
        "de": [
            "Sie berechnen jede Stimmung einzeln statt der Jahrespauschale: über 900 € Unterschied."
        ],
        "es": [
            "Nos cobráis por afinación en lugar de la tarifa anual: más de 900 € de diferencia."
        ],
        "pt": ["Cobram por afinação em vez da tarifa anual: mais de 900 € de diferença."],
    },
}
LATER: T = {
    "fr": [
        "Bonjour, je rejoins le message de {first} de {day} (dossier {case}) : même problème chez nous, toujours rien. {problem}"
    ],
    "it": [
        "Buongiorno, mi unisco alla segnalazione di {first} di {day} (pratica {case}): stesso problema, ancora nulla. {problem}"
    ],
    "en": [
        "Hello, following up {first}'s message of {day} (case {case}): same problem, still nothing. {problem}"
    ],
    "de": [
        "Guten Tag, wie {first} am {day} schrieb (Vorgang {case}): gleiches Problem, nichts passiert. {problem}"
    ],
    "es": [
        "Hola, sumo lo que escribió {first} el {day} (incidencia {case}): mismo problema. {problem}"
    ],
    "pt": [
        "Olá, junto-me ao que {first} escreveu na {day} (pedido {case}): mesmo problema. {problem}"
    ],
}
LAST_MAIL: T = {
    "fr": [
        "Dossier {case} : toujours rien, plusieurs collègues vous ont écrit. Notre direction a déjà demandé les tarifs de {comp}."
    ],
    "it": [
        "Pratica {case}: ancora nulla, vi hanno scritto più colleghi. La direzione ha già chiesto i prezzi a {comp}."
    ],
    "en": [
        "Case {case}: still nothing, several colleagues wrote. Procurement has asked {comp} for rates."
    ],
    "de": [
        "Vorgang {case}: nichts, mehrere Kollegen haben geschrieben. Der Einkauf fragt bei {comp} an."
    ],
    "es": [
        "Incidencia {case}: nada, varios compañeros os escribieron. Compras ya pidió tarifas a {comp}."
    ],
    "pt": [
        "Pedido {case}: nada, vários colegas escreveram. As compras já pediram preços à {comp}."
    ],
}
LAST_CALL: T = {
    "fr": [
        "oui bonjour c'est pour le dossier {case} toujours pas réglé plusieurs collègues ont écrit mon directeur dit qu'on change de prestataire si c'est pas fait cette semaine"
    ],
    "it": [
        "sì buongiorno chiamo per la pratica {case} ancora niente hanno scritto vari colleghi il direttore dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "en": [
        "hi its about case {case} still not fixed several of us wrote my boss says we move the account if its not sorted this week"
    ],
    "de": [
        "ja hallo wegen Vorgang {case} immer noch nichts mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "es": [
        "hola llamo por la incidencia {case} sigue igual varios compañeros escribieron mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
    "pt": [
        "olá é sobre o pedido {case} continua igual vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}
ACK: T = {
    "fr": [
        "Bonjour, bien reçu, dossier {case} ouvert, nous revenons vers vous rapidement. {agent}, Accordino Pro"
    ],
    "it": [
        "Buongiorno, ricevuto, pratica {case} aperta, vi ricontattiamo a breve. {agent}, Accordino Pro"
    ],
    "en": [
        "Hello, received, case {case} opened, we'll be back to you shortly. {agent}, Accordino Pro"
    ],
    "de": ["Guten Tag, erhalten, Vorgang {case} eröffnet. {agent}, Accordino Pro"],
    "es": ["Hola, recibido, incidencia {case} abierta. {agent}, Accordino Pro"],
    "pt": ["Olá, recebido, pedido {case} aberto. {agent}, Accordino Pro"],
}
SUGGEST: T = {
    "fr": [
        "Suggestion : pourriez-vous indiquer le taux d'humidité relevé sur chaque rapport d'accord ?",
        "Ce serait pratique d'exporter les interventions par salle dans le portail.",
    ],
    "it": [
        "Suggerimento: potreste indicare l'umidità rilevata in ogni rapporto di accordatura?",
        "Sarebbe comodo esportare gli interventi per sala dal portale.",
    ],
    "en": ["Suggestion: could tuning reports show the humidity reading?"],
    "de": ["Vorschlag: Luftfeuchte im Stimmbericht angeben?"],
    "es": ["Sugerencia: ¿podríais poner la humedad medida en cada informe?"],
    "pt": ["Sugestão: podiam indicar a humidade medida em cada relatório?"],
}
SUGGEST_ACK: T = {
    "fr": ["Merci pour l'idée, transmise à l'équipe produit. {agent}"],
    "it": ["Grazie dell'idea, girata al team prodotto. {agent}"],
    "en": ["Thanks for the idea, passed to the product team. {agent}"],
    "de": ["Danke, an das Produktteam weitergegeben. {agent}"],
    "es": ["Gracias por la idea, la pasamos a producto. {agent}"],
    "pt": ["Obrigado pela ideia, passámos à equipa de produto. {agent}"],
}
ROUTINE_Q: T = {
    "fr": [
        "Bonjour, pouvez-vous ajouter le piano de la salle B à l'accord de jeudi ?",
        "Le technicien peut-il passer avant 9h, la salle ouvre à 10h ?",
    ],
    "it": [
        "Buongiorno, potete aggiungere il pianoforte della sala B all'accordatura di giovedì?",
        "Il tecnico può venire prima delle 9? La sala apre alle 10",
    ],
    "en": ["Could you add the Steinway in the ballroom to Thursday's visit?"],
    "de": ["Können Sie den Flügel in Saal 2 am Donnerstag mitstimmen?"],
    "es": ["¿Podéis añadir el piano de la sala B el jueves?"],
    "pt": ["Podem juntar o piano da sala B na quinta?"],
}
ROUTINE_A: T = {
    "fr": ["Bonjour, c'est ajouté, le technicien est prévenu. {agent}"],
    "it": ["Buongiorno, aggiunto, il tecnico è avvisato. {agent}"],
    "en": ["Done, the tuner has been told. {agent}"],
    "de": ["Erledigt, der Stimmer weiß Bescheid. {agent}"],
    "es": ["Hecho, el afinador está avisado. {agent}"],
    "pt": ["Feito, o afinador foi avisado. {agent}"],
}
PRAISE: T = {
    "fr": [
        "Merci à l'équipe Accordino Pro, les 6 pianos accordés avant la saison de concerts, impeccable."
    ],
    "it": ["Grazie al team Accordino Pro, tutti i pianoforti pronti per la stagione, impeccabili."],
    "en": ["Cheers Accordino Pro, every piano ready for the gala night."],
    "de": ["Danke Accordino Pro, alle Flügel rechtzeitig gestimmt."],
    "es": ["Gracias Accordino Pro, todos los pianos listos para la temporada."],
    "pt": ["Obrigado Accordino Pro, todos os pianos prontos para a temporada."],
}
