# ruff: noqa: E501
"""Wording of the business arm, Arpeggo Stage, for heldout48 (hand-written, blind).

Arpeggo Stage rents pianos, stage keyboards, orchestral instruments and
backline to music schools, hotels, theatres, churches and event firms on
account, with a portal, per-venue invoices and collection requests.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

SITES = [
    "music_school",
    "hotel",
    "theatre",
    "church",
    "events",
    "conservatoire",
    "cruise_line",
    "choir",
    "university",
    "festival",
    "restaurant",
    "primary_school",
    "dance_studio",
    "recording_studio",
    "care_home",
]

COMPANY_WORDS = {
    "music_school": [
        "Escola de Música",
        "Music Academy",
        "Musikschule",
        "Scuola di Musica",
        "École de Musique",
        "Escuela de Música",
    ],
    "hotel": ["Hotel", "Hotel", "Hotel", "Hotel", "Hôtel", "Hotel"],
    "theatre": ["Teatro", "Theatre", "Theater", "Teatro", "Théâtre", "Teatro"],
    "church": ["Paróquia", "Parish", "Pfarrei", "Parrocchia", "Paroisse", "Parroquia"],
    "events": ["Eventos", "Events", "Events", "Eventi", "Événements", "Eventos"],
    "conservatoire": [
        "Conservatório",
        "Conservatoire",
        "Konservatorium",
        "Conservatorio",
        "Conservatoire",
        "Conservatorio",
    ],
    "cruise_line": [
        "Cruzeiros",
        "Cruises",
        "Flusskreuzfahrten",
        "Crociere",
        "Croisières",
        "Cruceros",
    ],
    "choir": ["Coro", "Choir", "Chor", "Coro", "Chorale", "Coro"],
    "university": [
        "Universidade",
        "University",
        "Universität",
        "Università",
        "Université",
        "Universidad",
    ],
    "festival": ["Festival", "Festival", "Festival", "Festival", "Festival", "Festival"],
    "restaurant": [
        "Restaurante",
        "Restaurant",
        "Restaurant",
        "Ristorante",
        "Restaurant",
        "Restaurante",
    ],
    "primary_school": [
        "Escola Básica",
        "Primary School",
        "Grundschule",
        "Scuola Primaria",
        "École",
        "Colegio",
    ],
    "dance_studio": [
        "Estúdio de Dança",
        "Dance Studio",
        "Tanzstudio",
        "Scuola di Danza",
        "Studio de Danse",
        "Estudio de Danza",
    ],
    "recording_studio": ["Estúdios", "Studios", "Tonstudio", "Studi", "Studios", "Estudios"],
    "care_home": ["Lar", "Care Home", "Seniorenheim", "Residenza", "Résidence", "Residencia"],
}
LANG_INDEX = {"pt": 0, "en": 1, "de": 2, "it": 3, "fr": 4, "es": 5}

JOB_TITLES = [
    "Head of Music",
    "Operations Manager",
    "Finance Officer",
    "Events Coordinator",
    "Facilities Manager",
    "Bursar",
    "Stage Manager",
    "Office Manager",
    "Director",
    "Accounts Payable Clerk",
    "Venue Manager",
    "Procurement Officer",
]

B2B_PRODUCTS = [
    ("Concert grand piano, event day / Piano de cauda, dia de evento", 420.0, "/stage/grand"),
    ("Stage piano 88 keys, monthly / Piano de palco 88 teclas, mensal", 95.0, "/stage/stage-piano"),
    (
        "Upright piano for classrooms, term / Piano vertical sala de aula, período",
        260.0,
        "/stage/upright-term",
    ),
    (
        "Orchestral set: 10 violins, term / Conjunto orquestra: 10 violinos, período",
        380.0,
        "/stage/strings-set",
    ),
    ("Backline package, weekend / Pacote backline, fim de semana", 310.0, "/stage/backline"),
    ("Tuning visit on site / Afinação no local", 80.0, "/stage/tuning"),
]
B2B_PAGES = [
    "/stage",
    "/stage/portal",
    "/stage/portal/rentals",
    "/stage/portal/invoices",
    "/stage/grand",
    "/stage/backline",
]

TOPIC = {
    "invoice": {
        "pt": "faturas com o nome antigo e sem número de encomenda",
        "en": "invoices with the old company name and no PO number",
        "de": "Rechnungen mit altem Firmennamen und ohne Bestellnummer",
        "it": "fatture con la vecchia ragione sociale e senza numero d'ordine",
        "fr": "factures à l'ancien nom et sans numéro de commande",
        "es": "facturas con el nombre antiguo y sin número de pedido",
    },
    "service_blocked": {
        "pt": "conta bloqueada: o afinador recusou-se a vir",
        "en": "account on hold: tuner refused to come out",
        "de": "Konto gesperrt: Stimmer ist nicht gekommen",
        "it": "conto bloccato: l'accordatore si è rifiutato",
        "fr": "compte bloqué : l'accordeur a refusé de venir",
        "es": "cuenta bloqueada: el afinador no vino",
    },
    "portal": {
        "pt": "portal não mostra alugueres, não dá para pedir recolha",
        "en": "portal shows no rentals, can't request collection",
        "de": "Portal zeigt keine Mieten, Abholung nicht möglich",
        "it": "il portale non mostra noleggi, impossibile chiedere il ritiro",
        "fr": "le portail n'affiche aucune location, impossible de demander l'enlèvement",
        "es": "el portal no muestra alquileres, no se puede pedir la recogida",
    },
    "overbilled": {
        "pt": "cobrado ao dia em vez da tarifa do contrato",
        "en": "billed daily rate instead of our contract term rate",
        "de": "Tagespreis statt Vertragspreis abgerechnet",
        "it": "fatturato a tariffa giornaliera invece del contratto",
        "fr": "facturé au jour au lieu du tarif contractuel",
        "es": "cobrado por día en vez de la tarifa del contrato",
    },
}

COMPLAINT = {
    "invoice": {
        "pt": "Bom dia,\n\nas faturas deste mês voltam a vir em nome de <old>, nome que deixámos de usar em março, e sem o nosso número de encomenda. A contabilidade devolve-as todas e não podemos pagar assim.\n\nCumprimentos,\n<name>\n<title>, <company>",
        "en": "Hello,\n\nthis month's invoices are again made out to <old>, a name we stopped using in March, and they have no PO number. Our finance team rejects every one and we cannot pay them like this.\n\nRegards,\n<name>\n<title>, <company>",
        "de": "Guten Tag,\n\ndie Rechnungen laufen wieder auf <old>, den Namen nutzen wir seit März nicht mehr, und die Bestellnummer fehlt. Unsere Buchhaltung lehnt alles ab.\n\nGrüße\n<name>\n<title>, <company>",
        "it": "Buongiorno,\n\nle fatture sono ancora intestate a <old> e senza numero d'ordine. L'amministrazione le rifiuta.\n\nCordiali saluti\n<name>\n<title>, <company>",
        "fr": "Bonjour,\n\nles factures sont encore au nom de <old> et sans numéro de commande. Notre comptabilité les refuse.\n\nCordialement\n<name>\n<title>, <company>",
        "es": "Buenos días,\n\nlas facturas siguen a nombre de <old> y sin número de pedido. Contabilidad las rechaza.\n\nSaludos\n<name>\n<title>, <company>",
    },
    "service_blocked": {
        "pt": 'Bom dia,\n\no afinador não veio hoje porque a nossa conta aparece "em espera". Temos tudo pago, enviei o comprovativo. Temos concerto na sexta com o piano desafinado.\n\n<name>\n<title>, <company>',
        "en": "Hello,\n\nyour tuner cancelled today's visit because our account shows \"on hold\". Everything is paid, I've sent the remittance twice. We have a recital on Friday on an out-of-tune piano.\n\n<name>\n<title>, <company>",
        "de": 'Guten Tag,\n\nder Klavierstimmer kam nicht, weil unser Konto "gesperrt" ist. Alles ist bezahlt. Freitag ist Konzert.\n\n<name>\n<title>, <company>',
        "it": 'Buongiorno,\n\nl\'accordatore non è venuto perché il conto risulta "sospeso". È tutto pagato. Venerdì abbiamo il concerto.\n\n<name>\n<title>, <company>',
        "fr": "Bonjour,\n\nl'accordeur n'est pas venu car notre compte est \"en attente\". Tout est payé. Concert vendredi.\n\n<name>\n<title>, <company>",
        "es": 'Buenos días,\n\nel afinador no vino porque la cuenta sale "bloqueada". Está todo pagado. El viernes hay concierto.\n\n<name>\n<title>, <company>',
    },
    "portal": {
        "pt": "Olá,\n\no portal não mostra nenhum aluguer ativo, por isso não conseguimos pedir a recolha dos três pianos das salas de ensaio e a fatura continua a correr.\n\n<name>\n<title>, <company>",
        "en": "Hi,\n\nthe portal shows no active rentals at all, so we can't request collection of the three rehearsal-room pianos and the bill keeps running.\n\n<name>\n<title>, <company>",
        "de": "Hallo,\n\ndas Portal zeigt keine aktiven Mieten, wir können die Abholung nicht anfordern und die Rechnung läuft weiter.\n\n<name>\n<title>, <company>",
        "it": "Salve,\n\nil portale non mostra noleggi attivi, non possiamo chiedere il ritiro e la fattura continua.\n\n<name>\n<title>, <company>",
        "fr": "Bonjour,\n\nle portail n'affiche aucune location, impossible de demander l'enlèvement, la facture continue.\n\n<name>\n<title>, <company>",
        "es": "Hola,\n\nel portal no muestra alquileres, no podemos pedir la recogida y la factura sigue corriendo.\n\n<name>\n<title>, <company>",
    },
    "overbilled": {
        "pt": "Bom dia,\n\nfomos cobrados ao dia pelos pianos das salas em vez da tarifa por período do contrato. São mais de 700 € de diferença.\n\n<name>\n<title>, <company>",
        "en": "Good morning,\n\nwe've been billed the daily rate for the classroom pianos instead of our contract's termly rate. That's over £600 difference.\n\n<name>\n<title>, <company>",
        "de": "Guten Morgen,\n\nuns wurde der Tagespreis statt des vertraglichen Trimesterpreises berechnet, über 700 € Unterschied.\n\n<name>\n<title>, <company>",
        "it": "Buongiorno,\n\nci avete fatturato la tariffa giornaliera invece di quella a trimestre, oltre 700 € di differenza.\n\n<name>\n<title>, <company>",
        "fr": "Bonjour,\n\nfacturés au jour au lieu du tarif trimestriel du contrat, plus de 700 € d'écart.\n\n<name>\n<title>, <company>",
        "es": "Buenos días,\n\nnos cobráis por día en vez de la tarifa trimestral del contrato, más de 700 € de diferencia.\n\n<name>\n<title>, <company>",
    },
}

LATER = {
    "pt": "Bom dia,\n\nescrevo pelo mesmo motivo que a minha colega <first> na <when> (processo <case>): <topic>. Continua igual e está a afetar o meu trabalho também.\n\n<name>\n<title>, <company>",
    "en": "Hello,\n\nI'm writing about the same thing my colleague <first> raised <when> (case <case>): <topic>. Still not fixed, and now it's hitting my side too.\n\n<name>\n<title>, <company>",
    "de": "Guten Tag,\n\nich schreibe wegen derselben Sache wie meine Kollegin <first> <when> (Vorgang <case>): <topic>. Immer noch nicht gelöst.\n\n<name>\n<title>, <company>",
    "it": "Buongiorno,\n\nscrivo per la stessa cosa segnalata da <first> <when> (pratica <case>): <topic>. Ancora irrisolto.\n\n<name>\n<title>, <company>",
    "fr": "Bonjour,\n\nje vous écris pour le même problème que <first> <when> (dossier <case>) : <topic>. Toujours pas réglé.\n\n<name>\n<title>, <company>",
    "es": "Hola,\n\nescribo por lo mismo que mi compañera <first> <when> (caso <case>): <topic>. Sigue sin resolver.\n\n<name>\n<title>, <company>",
}
WHEN = {
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "esta manhã",
    ],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
}
LAST_MAIL = {
    "pt": "Processo <case>: continua tudo por resolver e já vários colegas vos escreveram. As compras já pediram preços à <comp>.\n\n<name>\n<title>, <company>",
    "en": "Case <case>: still nothing fixed, and several of my colleagues have written to you. Procurement has already asked <comp> for their rates.\n\n<name>\n<title>, <company>",
    "de": "Vorgang <case>: immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei <comp> angefragt.\n\n<name>\n<title>, <company>",
    "it": "Pratica <case>: ancora nulla, diversi colleghi vi hanno scritto. L'ufficio acquisti ha già chiesto i prezzi a <comp>.\n\n<name>\n<title>, <company>",
    "fr": "Dossier <case> : toujours rien, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de <comp>.\n\n<name>\n<title>, <company>",
    "es": "Caso <case>: sigue sin resolver y varios compañeros os han escrito. Compras ya ha pedido precios a <comp>.\n\n<name>\n<title>, <company>",
}
LAST_CALL = {
    "pt": "bom dia é sobre o processo <case> ainda não está resolvido já vários colegas escreveram a minha diretora diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "en": "hi it's about case <case> it's still not fixed several of us have written in my boss says we move the account if it isn't sorted this week",
    "de": "guten Tag wegen Vorgang <case> immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "it": "buongiorno per la pratica <case> non è ancora risolta il mio capo dice che cambiamo fornitore se non si sistema questa settimana",
    "fr": "bonjour pour le dossier <case> toujours pas réglé ma directrice dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "es": "hola por el caso <case> sigue sin resolver mi jefa dice que cambiamos de proveedor si no se arregla esta semana",
}
ACK = {
    "pt": "Bom dia <name>,\n\nregistámos o processo <case> para a <company> e voltamos ao assunto em 48 horas úteis.\n\n<agent>, Arpeggo Stage",
    "en": "Hello <name>,\n\nwe've logged case <case> for <company> and will come back to you within two working days.\n\n<agent>, Arpeggo Stage",
    "de": "Guten Tag <name>,\n\nwir haben Vorgang <case> für <company> angelegt und melden uns binnen zwei Werktagen.\n\n<agent>, Arpeggo Stage",
    "it": "Buongiorno <name>,\n\nabbiamo aperto la pratica <case> per <company>, risposta entro due giorni lavorativi.\n\n<agent>, Arpeggo Stage",
    "fr": "Bonjour <name>,\n\nnous avons ouvert le dossier <case> pour <company>, réponse sous deux jours ouvrés.\n\n<agent>, Arpeggo Stage",
    "es": "Hola <name>,\n\nhemos abierto el caso <case> para <company>, respuesta en dos días laborables.\n\n<agent>, Arpeggo Stage",
}
SUGGEST = {
    "pt": [
        "Seria útil exportar os custos dos alugueres por sala ou por centro de custo no portal.",
        "Sugestão: pôr a data da última afinação na guia de entrega de cada piano.",
    ],
    "en": [
        "It would help if the portal could export rental costs by venue or cost centre.",
        "Suggestion: print the last tuning date on each piano's delivery note.",
    ],
    "de": [
        "Wäre praktisch, die Mietkosten im Portal nach Kostenstelle zu exportieren.",
        "Vorschlag: das letzte Stimmdatum auf den Lieferschein drucken.",
    ],
    "it": [
        "Sarebbe utile esportare i costi per centro di costo dal portale.",
        "Suggerimento: la data dell'ultima accordatura sulla bolla di consegna.",
    ],
    "fr": [
        "Ce serait pratique d'exporter les coûts par centre de coût dans le portail.",
        "Suggestion : la date du dernier accord sur le bon de livraison.",
    ],
    "es": [
        "Estaría bien exportar los costes por centro de coste en el portal.",
        "Sugerencia: la fecha de la última afinación en el albarán.",
    ],
}
SUGGEST_ACK = {
    "pt": "Olá <name>,\n\nobrigado pela sugestão, passámos à equipa do portal.\n\n<agent>, Arpeggo Stage",
    "en": "Hi <name>,\n\nthanks for the suggestion, we've passed it to the portal team.\n\n<agent>, Arpeggo Stage",
    "de": "Hallo <name>,\n\ndanke für den Vorschlag, ist beim Portal-Team.\n\n<agent>, Arpeggo Stage",
    "it": "Ciao <name>,\n\ngrazie del suggerimento, girato al team del portale.\n\n<agent>, Arpeggo Stage",
    "fr": "Bonjour <name>,\n\nmerci pour la suggestion, transmise à l'équipe du portail.\n\n<agent>, Arpeggo Stage",
    "es": "Hola <name>,\n\ngracias por la sugerencia, la hemos pasado al equipo.\n\n<agent>, Arpeggo Stage",
}
B2B_CHAT = {
    "pt": [
        (
            "Bom dia, conseguem entregar um piano de cauda no auditório na sexta às 14h?",
            "Bom dia! Sim, fica marcado para sexta às 14h.",
            "Ótimo, obrigado",
        ),
        (
            "Podemos juntar mais 4 violinos ao conjunto da orquestra?",
            "Claro, acrescentámos ao contrato, chegam na quarta.",
            "obrigada!",
        ),
    ],
    "en": [
        (
            "Morning, can you get a grand into the hall for Friday 2pm?",
            "Morning! Yes, booked in for Friday at 2pm.",
            "Great, thanks",
        ),
        (
            "Could we add four more violins to the strings set?",
            "Of course, added to the contract, they arrive Wednesday.",
            "brilliant thanks",
        ),
    ],
    "de": [
        (
            "Können Sie am Freitag um 14 Uhr einen Flügel in die Aula liefern?",
            "Ja, ist für Freitag 14 Uhr gebucht.",
            "Danke",
        )
    ],
    "it": [
        (
            "Potete consegnare un pianoforte a coda venerdì alle 14?",
            "Sì, prenotato per venerdì alle 14.",
            "Grazie",
        )
    ],
    "fr": [
        (
            "Pouvez-vous livrer un piano à queue vendredi 14h ?",
            "Oui, c'est réservé pour vendredi 14h.",
            "Merci",
        )
    ],
    "es": [
        (
            "¿Podéis traer un piano de cola el viernes a las 14?",
            "Sí, reservado para el viernes a las 14.",
            "Gracias",
        )
    ],
}
B2B_PRAISE = {
    "pt": "O piano de cauda da Arpeggo Stage para o concerto de Natal da escola estava impecável. Recomendamos.",
    "en": "Arpeggo Stage's grand for our end-of-term concert was spot on, tuner stayed for the soundcheck too.",
    "de": "Der Flügel von Arpeggo Stage fürs Schulkonzert war perfekt gestimmt. Danke!",
    "it": "Il pianoforte di Arpeggo Stage per il concerto era perfetto. Grazie!",
    "fr": "Le piano d'Arpeggo Stage pour notre concert était parfait. Merci !",
    "es": "El piano de Arpeggo Stage para el concierto estaba perfecto. ¡Gracias!",
}
