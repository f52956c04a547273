# ruff: noqa: E501
"""Business-arm wording for heldout63 (Affilo Pro: weekly knife-swap rounds for kitchens on account)."""

from __future__ import annotations

SITES = [
    "restaurant",
    "butcher",
    "hotel",
    "school",
    "fishmonger",
    "catering",
    "hospital",
    "bakery",
    "university",
]

PRODUCTS: list[tuple[str, int]] = [
    ("Extra swap round / Tournée d'échange supplémentaire", 95),
    ("Boning knives, set of 10 / Couteaux à désosser, lot de 10", 140),
    ("Slicer blade resurfacing / Rectification lame de trancheuse", 120),
    ("Fish filleting set / Kit filetage poisson", 110),
]
PAGES = [
    "/pro/portal",
    "/pro/portal/sites",
    "/pro/portal/invoices",
    "/pro/portal/rounds",
    "/pro/catalogue",
]

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
TOPIC = {
    "en": {
        "invoice": "invoices under the old company name, no PO",
        "service_blocked": "swap refused, account on hold",
        "portal": "portal shows no sites",
        "overbilled": "charged per knife instead of contract rate",
    },
    "fr": {
        "invoice": "factures à l'ancien nom, sans bon de commande",
        "service_blocked": "échange refusé, compte bloqué",
        "portal": "portail sans aucun site",
        "overbilled": "facturé au couteau au lieu du forfait",
    },
    "de": {
        "invoice": "Rechnungen mit altem Firmennamen, ohne Bestellnummer",
        "service_blocked": "Tausch verweigert, Konto gesperrt",
        "portal": "Portal zeigt keine Standorte",
        "overbilled": "pro Messer statt Pauschale abgerechnet",
    },
    "it": {
        "invoice": "fatture col vecchio nome, senza ordine",
        "service_blocked": "cambio rifiutato, conto bloccato",
        "portal": "portale senza sedi",
        "overbilled": "fatturato a coltello invece che a forfait",
    },
    "pt": {
        "invoice": "faturas com o nome antigo, sem nota de encomenda",
        "service_blocked": "troca recusada, conta bloqueada",
        "portal": "portal sem locais",
        "overbilled": "cobrado à faca em vez do contrato",
    },
    "es": {
        "invoice": "facturas con el nombre antiguo, sin pedido",
        "service_blocked": "cambio rechazado, cuenta bloqueada",
        "portal": "portal sin centros",
        "overbilled": "cobrado por cuchillo en vez de tarifa",
    },
}
COMPLAINT = {
    "en": {
        "invoice": "Hello, the last three Affilo Pro invoices still carry our old company name from before the merger and no PO number, so accounts payable has rejected all of them. Please reissue them correctly.",
        "service_blocked": "Your driver refused to swap our knives this morning, said the account is 'on hold'. We paid last month's invoice on the 2nd. The kitchen worked a full lunch service with blunt knives.",
        "portal": "Since Monday the Affilo Pro portal shows none of our sites, so we can't book the extra swap round for the event next week or download the delivery notes.",
        "overbilled": "We have a flat weekly contract for 40 knives. October's invoice charges every knife individually, over {big} more than the contract. Please correct it.",
    },
    "fr": {
        "invoice": "Bonjour, les trois dernières factures Affilo Pro portent toujours notre ancien nom d'avant la fusion et aucun numéro de bon de commande : la comptabilité les a toutes rejetées. Merci de les rééditer.",
        "service_blocked": "Votre chauffeur a refusé d'échanger nos couteaux ce matin, « compte bloqué » selon lui. La facture du mois dernier est payée depuis le 2. La cuisine a fait tout le service du midi avec des couteaux émoussés.",
        "portal": "Depuis lundi le portail Affilo Pro n'affiche aucun de nos sites : impossible de réserver la tournée supplémentaire pour le banquet ni de télécharger les bons de livraison.",
        "overbilled": "Nous avons un forfait hebdomadaire pour 40 couteaux. La facture d'octobre compte chaque couteau à l'unité, plus de 600 € au-dessus du forfait. Merci de corriger.",
    },
    "de": {
        "invoice": "Guten Tag, die letzten drei Affilo-Pro-Rechnungen tragen noch unseren alten Firmennamen von vor der Fusion und keine Bestellnummer, die Buchhaltung hat alle zurückgewiesen. Bitte korrigiert neu ausstellen.",
        "service_blocked": "Ihr Fahrer hat heute früh den Messertausch verweigert, Konto angeblich 'gesperrt'. Die letzte Rechnung ist am 2. bezahlt worden. Die Küche hat den ganzen Mittag mit stumpfen Messern gearbeitet.",
        "portal": "Seit Montag zeigt das Affilo-Pro-Portal keinen unserer Standorte mehr, wir können weder die Zusatztour buchen noch Lieferscheine herunterladen.",
        "overbilled": "Wir haben eine Wochenpauschale für 40 Messer. Die Oktoberrechnung berechnet jedes Messer einzeln, über 600 € mehr. Bitte korrigieren.",
    },
    "it": {
        "invoice": "Buongiorno, le ultime tre fatture Affilo Pro hanno ancora il nostro vecchio nome e nessun numero d'ordine, l'amministrazione le ha respinte tutte. Vi chiedo di riemetterle.",
        "service_blocked": "Il vostro autista stamattina si è rifiutato di cambiare i coltelli, 'conto bloccato'. La fattura è pagata dal 2. La cucina ha lavorato tutto il pranzo con coltelli spuntati.",
        "portal": "Da lunedì il portale Affilo Pro non mostra nessuna delle nostre sedi, non possiamo prenotare il giro extra né scaricare le bolle.",
        "overbilled": "Abbiamo un forfait settimanale per 40 coltelli. La fattura di ottobre li conta uno per uno, oltre 600 € in più. Correggete per favore.",
    },
    "pt": {
        "invoice": "Bom dia, as últimas três faturas Affilo Pro continuam com o nosso nome antigo e sem número de nota de encomenda, a contabilidade recusou todas. Peço que as reemitam.",
        "service_blocked": "O vosso motorista recusou trocar as facas esta manhã, 'conta bloqueada'. A fatura foi paga no dia 2. A cozinha fez o almoço todo com facas rombas.",
        "portal": "Desde segunda o portal Affilo Pro não mostra nenhum dos nossos locais, não conseguimos marcar a volta extra nem descarregar as guias.",
        "overbilled": "Temos um contrato semanal fixo para 40 facas. A fatura de outubro cobra faca a faca, mais de 600 € acima. Corrijam, por favor.",
    },
    "es": {
        "invoice": "Hola, las tres últimas facturas de Affilo Pro siguen con nuestro nombre antiguo y sin número de pedido, contabilidad las ha rechazado todas. Por favor, reemitidlas.",
        "service_blocked": "Vuestro conductor se ha negado a cambiar los cuchillos esta mañana, 'cuenta bloqueada'. La factura está pagada desde el día 2. La cocina ha hecho todo el servicio de mediodía con cuchillos sin filo.",
        "portal": "Desde el lunes el portal de Affilo Pro no muestra ninguno de nuestros centros, no podemos reservar la ronda extra ni descargar los albaranes.",
        "overbilled": "Tenemos una tarifa semanal fija para 40 cuchillos. La factura de octubre los cobra uno a uno, más de 600 € de diferencia. Corregidlo, por favor.",
    },
}
LATER = {
    "en": "Following up on what {first} sent {when} (case {case}): {text} Nothing has changed on our side.",
    "fr": "Je reviens sur le message de {first} {when} (demande {case}) : {text} Rien n'a bougé de notre côté.",
    "de": "Ich beziehe mich auf die Nachricht von {first} {when} (Vorgang {case}): {text} Bei uns hat sich nichts geändert.",
    "it": "Riprendo quanto scritto da {first} {when} (segnalazione {case}): {text} Da noi non è cambiato nulla.",
    "pt": "Volto ao que a/o {first} escreveu {when} (pedido {case}): {text} Do nosso lado nada mudou.",
    "es": "Retomo lo que escribió {first} {when} (incidencia {case}): {text} Por nuestra parte no ha cambiado nada.",
}
THIS_MORNING = {
    "en": "this morning",
    "fr": "ce matin",
    "de": "heute Morgen",
    "it": "stamattina",
    "pt": "esta manhã",
    "es": "esta mañana",
}
ON_DAY = {
    "en": "on {day}",
    "fr": "{day}",
    "de": "am {day}",
    "it": "{day}",
    "pt": "na {day}",
    "es": "el {day}",
}
WEEKDAY = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
LAST_EMAIL = {
    "en": "Case {case} again. Nothing is fixed and several of us have written now. Procurement has already asked {comp} for their rates.",
    "fr": "Encore la demande {case}. Rien n'est réglé et nous sommes plusieurs à avoir écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "de": "Nochmals Vorgang {case}. Nichts ist behoben, mehrere von uns haben geschrieben. Der Einkauf hat bereits bei {comp} Preise angefragt.",
    "it": "Ancora la segnalazione {case}. Niente è risolto e vi abbiamo scritto in tanti. L'ufficio acquisti ha già chiesto i prezzi a {comp}.",
    "pt": "Outra vez o pedido {case}. Nada está resolvido e já escrevemos vários. As compras já pediram preços à {comp}.",
    "es": "Otra vez la incidencia {case}. No se ha arreglado nada y ya os hemos escrito varios. Compras ya ha pedido tarifas a {comp}.",
}
LAST_CALL = {
    "en": "hi it's about case {case} still nothing fixed and a few of us have written my boss says we move the account if it isn't sorted this week",
    "fr": "oui bonjour c'est pour la demande {case} toujours rien de réglé on est plusieurs à avoir écrit mon chef dit qu'on change de prestataire si c'est pas réglé cette semaine",
    "de": "ja guten Tag wegen Vorgang {case} es ist immer noch nichts behoben mehrere von uns haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "it": "buongiorno per la segnalazione {case} ancora niente e vi abbiamo scritto in diversi il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "bom dia é sobre o pedido {case} ainda nada resolvido já escrevemos vários o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "es": "hola es por la incidencia {case} sigue sin arreglarse ya os hemos escrito varios mi jefe dice que nos cambiamos si no se arregla esta semana",
}
ACK = {
    "en": "Hello {me}, thank you, we have opened case {case} and your account manager will come back to you. {agent}, Affilo Pro",
    "fr": "Bonjour {me}, merci, nous avons ouvert la demande {case}, votre chargé de compte revient vers vous. {agent}, Affilo Pro",
    "de": "Guten Tag {me}, danke, wir haben den Vorgang {case} eröffnet, Ihre Kundenbetreuung meldet sich. {agent}, Affilo Pro",
    "it": "Buongiorno {me}, grazie, abbiamo aperto la segnalazione {case}, il suo referente la ricontatterà. {agent}, Affilo Pro",
    "pt": "Bom dia {me}, obrigado, abrimos o pedido {case}, o seu gestor de conta vai contactá-lo. {agent}, Affilo Pro",
    "es": "Hola {me}, gracias, hemos abierto la incidencia {case}, tu gestor de cuenta te contactará. {agent}, Affilo Pro",
}
SUGGEST = {
    "en": [
        "Small suggestion: could the portal export swap costs by site and cost centre? Would save our finance team an afternoon a month.",
        "Would be handy if the delivery note showed the last honing date per knife, our food-safety auditor asks for it.",
    ],
    "fr": [
        "Petite suggestion : pourriez-vous permettre l'export des coûts par site et centre de coût dans le portail ?",
        "Ce serait pratique d'avoir la date du dernier affûtage par couteau sur le bon de livraison, l'auditeur hygiène la demande.",
    ],
    "de": [
        "Kleiner Vorschlag: Kostenexport pro Standort und Kostenstelle im Portal wäre super.",
        "Praktisch wäre das letzte Schärfdatum je Messer auf dem Lieferschein, der Hygieneprüfer fragt danach.",
    ],
    "it": [
        "Piccolo suggerimento: esportare i costi per sede e centro di costo dal portale?",
        "Sarebbe utile avere la data dell'ultima affilatura per coltello sulla bolla.",
    ],
    "pt": [
        "Pequena sugestão: exportar os custos por local e centro de custo no portal?",
        "Dava jeito ter a data da última afiação por faca na guia.",
    ],
    "es": [
        "Pequeña sugerencia: ¿podríais permitir exportar costes por centro y centro de coste en el portal?",
        "Estaría bien ver la fecha del último afilado por cuchillo en el albarán.",
    ],
}
SUGGEST_ACK = {
    "en": "Thanks {me}, good idea, passed on to the portal team. {agent}",
    "fr": "Merci {me}, bonne idée, transmise à l'équipe portail. {agent}",
    "de": "Danke {me}, gute Idee, ist weitergegeben. {agent}",
    "it": "Grazie {me}, ottima idea, girata al team. {agent}",
    "pt": "Obrigado {me}, boa ideia, já passámos à equipa. {agent}",
    "es": "Gracias {me}, buena idea, se la pasamos al equipo. {agent}",
}
CHAT_Q = {
    "en": [
        (
            "can we move Thursday's swap round to Wednesday next week, bank holiday",
            "Done, Wednesday between 7 and 9. {agent}",
        ),
        (
            "how do I add a new chef to the portal?",
            "Under Sites > Users, or send me the name and I'll add them. {agent}",
        ),
    ],
    "fr": [
        (
            "peut-on avancer la tournée de jeudi à mercredi la semaine prochaine ?",
            "C'est fait, mercredi entre 7h et 9h. {agent}",
        ),
        (
            "comment ajouter un nouveau chef au portail ?",
            "Dans Sites > Utilisateurs, ou envoyez-moi son nom. {agent}",
        ),
    ],
    "de": [
        (
            "Können wir die Donnerstagstour nächste Woche auf Mittwoch legen?",
            "Erledigt, Mittwoch 7-9 Uhr. {agent}",
        )
    ],
    "it": [
        (
            "possiamo spostare il giro di giovedì a mercoledì la prossima settimana?",
            "Fatto, mercoledì tra le 7 e le 9. {agent}",
        )
    ],
    "pt": [
        (
            "podemos passar a volta de quinta para quarta na próxima semana?",
            "Feito, quarta entre as 7 e as 9. {agent}",
        )
    ],
    "es": [
        (
            "¿podemos pasar la ronda del jueves al miércoles la semana que viene?",
            "Hecho, miércoles entre 7 y 9. {agent}",
        )
    ],
}
PRAISE = {
    "en": [
        "Our sous-chef says the Affilo Pro knives this week are the best yet. Swap took five minutes.",
        "Affilo Pro driver came early so we could prep for the wedding. Brilliant.",
    ],
    "fr": [
        "Notre second dit que les couteaux Affilo Pro de cette semaine sont les meilleurs jusqu'ici. Échange en cinq minutes.",
        "Le chauffeur Affilo Pro est passé plus tôt pour qu'on prépare le banquet. Top.",
    ],
    "de": ["Unser Sous-Chef sagt, die Affilo-Pro-Messer diese Woche sind die besten bisher."],
    "it": [
        "Il nostro sous-chef dice che i coltelli Affilo Pro di questa settimana sono i migliori finora."
    ],
    "pt": ["O nosso sous-chef diz que as facas Affilo Pro desta semana são as melhores até agora."],
    "es": [
        "Nuestro segundo de cocina dice que los cuchillos de Affilo Pro de esta semana son los mejores hasta ahora."
    ],
}
THANKS = {
    "en": ["thanks!", "great, cheers"],
    "fr": ["merci !", "parfait merci"],
    "de": ["danke!"],
    "it": ["grazie!"],
    "pt": ["obrigado!"],
    "es": ["¡gracias!"],
}
JOBS = [
    "Head chef",
    "Kitchen manager",
    "Procurement officer",
    "Accounts payable clerk",
    "Operations manager",
    "Sous-chef",
    "Facilities coordinator",
    "Butcher",
    "Catering manager",
]

# how a later colleague puts the same problem in their own words
RESTATE = {
    "en": {
        "invoice": [
            "Our invoices still show the pre-merger name and no PO number, finance won't pay a single one of them.",
            "accounts payable has bounced your invoices again: wrong company name, no PO.",
        ],
        "service_blocked": [
            "The driver refused the swap again, 'account on hold', we are fully paid up.",
            "No knife swap again today. Same story, 'on hold'. We paid on the 2nd.",
        ],
        "portal": [
            "The portal still shows no sites at all, I can't book anything or get the delivery notes.",
            "Still nothing on the portal, zero sites. Our event is next week.",
        ],
        "overbilled": [
            "We're being billed knife by knife again instead of the weekly flat rate.",
            "The invoice is still per knife, not our contract rate. That's hundreds of {cur_word}.",
        ],
    },
    "fr": {
        "invoice": [
            "Les factures portent toujours l'ancien nom et aucun bon de commande, la compta refuse de les payer.",
            "la comptabilité nous renvoie encore vos factures : mauvais nom, pas de bon de commande.",
        ],
        "service_blocked": [
            "Le chauffeur a encore refusé l'échange, « compte bloqué », alors que tout est payé.",
            "Pas d'échange aujourd'hui non plus. Même histoire, compte bloqué. Payé le 2.",
        ],
        "portal": [
            "Le portail n'affiche toujours aucun site, impossible de réserver ou de récupérer les bons.",
            "Toujours rien sur le portail, zéro site. Le banquet c'est la semaine prochaine.",
        ],
        "overbilled": [
            "On est encore facturés couteau par couteau au lieu du forfait hebdomadaire.",
            "La facture est toujours à l'unité, pas au forfait. Ça fait des centaines d'euros.",
        ],
    },
    "de": {
        "invoice": [
            "Die Rechnungen haben weiterhin den alten Namen und keine Bestellnummer, die Buchhaltung zahlt keine davon.",
            "Buchhaltung hat Ihre Rechnungen schon wieder zurückgeschickt: falscher Name, keine Bestellnummer.",
        ],
        "service_blocked": [
            "Der Fahrer hat schon wieder nicht getauscht, 'Konto gesperrt', obwohl alles bezahlt ist."
        ],
        "portal": ["Im Portal sind immer noch keine Standorte, wir können nichts buchen."],
        "overbilled": ["Wir werden immer noch pro Messer abgerechnet statt pauschal."],
    },
    "it": {
        "invoice": [
            "Le fatture hanno ancora il vecchio nome e niente numero d'ordine, l'amministrazione non le paga."
        ],
        "service_blocked": [
            "L'autista ha di nuovo rifiutato il cambio, 'conto bloccato', ma abbiamo pagato."
        ],
        "portal": ["Il portale continua a non mostrare nessuna sede."],
        "overbilled": ["Ci fatturate ancora a coltello invece che a forfait."],
    },
    "pt": {
        "invoice": [
            "As faturas continuam com o nome antigo e sem nota de encomenda, a contabilidade não paga."
        ],
        "service_blocked": [
            "O motorista voltou a recusar a troca, 'conta bloqueada', e está tudo pago."
        ],
        "portal": ["O portal continua sem mostrar nenhum local."],
        "overbilled": ["Continuam a cobrar faca a faca em vez do contrato."],
    },
    "es": {
        "invoice": [
            "Las facturas siguen con el nombre antiguo y sin número de pedido, contabilidad no las paga."
        ],
        "service_blocked": [
            "El conductor ha vuelto a negarse a cambiar los cuchillos, 'cuenta bloqueada', y está todo pagado."
        ],
        "portal": ["El portal sigue sin mostrar ningún centro."],
        "overbilled": ["Nos seguís cobrando por cuchillo en vez de la tarifa fija."],
    },
}
