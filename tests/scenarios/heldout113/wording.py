# ruff: noqa: E501
"""Words of heldout113's households and of the Saturday incident (Trinciva).

Trinciva shreds paper and destroys old drives for households: a driver collects
sealed boxes at the door, the customer signs the handover in the app, the boxes
are shredded on the truck and a certificate of destruction follows. Households may
hold a Trinciva Home plan (a locked home bin emptied every month, lower rates).
Competitors (invented): Shredlux and Papierwolf.
"""

from __future__ import annotations

LANGS = ("it", "en", "de", "fr", "es", "pt")

FIRST: dict[str, list[str]] = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Alessandro",
        "Sara",
        "Davide",
        "Elena",
        "Matteo",
        "Valentina",
        "Simone",
        "Federica",
        "Paolo",
        "Ilaria",
        "Stefano",
        "Martina",
        "Andrea",
        "Roberta",
        "Giorgio",
        "Silvia",
        "Nicola",
        "Beatrice",
        "Riccardo",
    ],
    "en": [
        "Emma",
        "James",
        "Olivia",
        "Thomas",
        "Sophie",
        "Daniel",
        "Charlotte",
        "Liam",
        "Hannah",
        "Aidan",
        "Grace",
        "Owen",
        "Lucy",
        "Conor",
        "Megan",
        "Patrick",
        "Rachel",
        "Ciaran",
        "Holly",
        "Samuel",
        "Niamh",
        "Harry",
        "Zoe",
        "Callum",
    ],
    "de": [
        "Anna",
        "Jonas",
        "Katrin",
        "Felix",
        "Miriam",
        "Tobias",
        "Sabine",
        "Florian",
        "Julia",
        "Stefan",
        "Petra",
        "Lukas",
        "Nina",
        "Markus",
        "Heike",
        "Jan",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Claire",
        "Antoine",
        "Manon",
        "Nicolas",
        "Élodie",
        "Mathieu",
        "Aurélie",
        "Hugo",
        "Chloé",
        "Sébastien",
        "Inès",
        "Théo",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Elena",
        "Álvaro",
        "Carmen",
        "Pablo",
        "Nuria",
        "Diego",
        "Raquel",
        "Iván",
        "Irene",
        "Óscar",
    ],
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Pedro",
        "Joana",
        "Miguel",
        "Sofia",
        "Nuno",
        "Rita",
        "Hugo",
    ],
}

LAST: dict[str, list[str]] = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
        "Rinaldi",
        "Caruso",
        "Ferrara",
        "Galli",
        "Martini",
        "Leone",
        "Longo",
        "Gentile",
        "Martinelli",
        "Vitale",
        "Serra",
        "Coppola",
        "Pellegrini",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Hughes",
        "Clarke",
        "Bennett",
        "Turner",
        "Fletcher",
        "Hayes",
        "Doyle",
        "Kennedy",
        "Brennan",
        "Parker",
        "Holmes",
        "Lynch",
        "Foster",
        "Barker",
        "Quinn",
        "Gallagher",
        "Marshall",
        "Reid",
        "Dunne",
        "Palmer",
        "Sheridan",
        "Byrne",
        "Lawson",
        "Carroll",
        "Warren",
        "Maguire",
        "Pearce",
        "Dalton",
        "Nolan",
        "Spencer",
        "Kavanagh",
        "Ellis",
        "Farrell",
        "Hartley",
    ],
    "de": [
        "Hoffmann",
        "Becker",
        "Wagner",
        "Schulz",
        "Krüger",
        "Lange",
        "Vogel",
        "Keller",
        "Brandt",
        "Roth",
        "Haas",
        "Fuchs",
        "Seidel",
        "Kraus",
        "Winkler",
        "Lorenz",
        "Berger",
        "Pohl",
        "Engel",
        "Horn",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Girard",
        "Roux",
        "Fontaine",
        "Chevalier",
        "Mercier",
        "Blanc",
        "Garnier",
        "Faure",
        "Rousseau",
        "Perrin",
        "Morel",
        "Gauthier",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
        "Castro",
        "Iglesias",
        "Rubio",
        "Cano",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
    ],
}

TOWNS: dict[str, list[str]] = {
    "IT": [
        "Bologna",
        "Torino",
        "Verona",
        "Bergamo",
        "Padova",
        "Firenze",
        "Modena",
        "Brescia",
        "Milano",
        "Parma",
    ],
    "CH": ["Lugano", "Bellinzona", "Zürich", "Bern", "Genève", "Lausanne", "Basel"],
    "UK": ["Leeds", "Bristol", "Nottingham", "Manchester", "York", "Brighton", "Norwich"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "DE": ["Köln", "Leipzig", "Hannover", "Freiburg", "Nürnberg", "Münster"],
    "AT": ["Graz", "Linz", "Wien", "Salzburg"],
    "FR": ["Lyon", "Nantes", "Lille", "Rennes", "Grenoble"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "LU": ["Esch-sur-Alzette", "Luxembourg"],
    "ES": ["Zaragoza", "Valencia", "Málaga", "Bilbao", "Sevilla"],
    "PT": ["Porto", "Braga", "Coimbra", "Lisboa"],
}

#: Markets a language's customers live in, with weights.
MARKETS: dict[str, list[tuple[str, int]]] = {
    "it": [("IT", 8), ("CH", 2)],
    "en": [("UK", 7), ("IE", 3)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
}

JOBS: dict[str, list[str]] = {
    "it": [
        "infermiera",
        "geometra",
        "insegnante",
        "commercialista",
        "barista",
        "farmacista",
        "elettricista",
        "impiegata comunale",
        "pensionato",
        "fisioterapista",
    ],
    "en": [
        "nurse",
        "teacher",
        "bookkeeper",
        "plumber",
        "retired",
        "paramedic",
        "librarian",
        "bus driver",
        "chef",
        "solicitor's clerk",
    ],
    "de": ["Pflegerin", "Lehrer", "Steuerfachangestellte", "Rentner", "Elektriker", "Apothekerin"],
    "fr": ["infirmière", "comptable", "professeur", "retraité", "boulanger", "pharmacienne"],
    "es": ["enfermera", "profesor", "administrativa", "jubilado", "fontanero", "farmacéutica"],
    "pt": ["enfermeira", "professor", "contabilista", "reformado", "eletricista", "farmacêutica"],
}

PRODUCTS: list[tuple[str, float]] = [
    ("Home collection, 5 boxes / Ritiro a domicilio, 5 scatole", 39.0),
    ("Home collection, 10 boxes / Ritiro a domicilio, 10 scatole", 65.0),
    ("Hard-drive destruction, 3 drives / Distruzione dischi, 3 pezzi", 27.0),
    ("Drop-off sack, 15 kg / Sacco da consegnare, 15 kg", 14.0),
    ("Extra collection for Home plan / Ritiro extra piano Casa", 19.0),
    ("Photo of shredding, video proof / Video della distruzione", 6.0),
]

PAGES = [
    "/app/collections",
    "/pricing",
    "/home-plan",
    "/help/certificates",
    "/book/collection",
    "/help/sealing-boxes",
    "/drives",
    "/account/certificates",
]

# --- happy acts --------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "it": [
        "Trinciva ha ritirato le scatole di documenti di mia nonna in dieci minuti, autista gentilissimo e certificato arrivato la sera stessa. Consigliati!",
        "finalmente ho svuotato lo studio: 30 anni di bollette e estratti conto spariti, e con Trinciva so che sono distrutti davvero 👌",
        "Servizio impeccabile, puntuali al minuto. Il video della distruzione è una chicca, mio marito l'ha guardato due volte",
        "Trinciva top: prenotato ieri, ritirato stamattina, certificato già in app. Così si lavora",
    ],
    "en": [
        "Trinciva collected six boxes of my late dad's paperwork this morning, lovely driver, certificate in the app by teatime. Can't recommend enough",
        "Cleared 20 years of bank statements out of the loft and Trinciva shredded the lot right outside my door. Oddly satisfying to watch tbh",
        "Booked on Sunday night, collected Monday at 9 sharp. Trinciva just works.",
        "shoutout to the Trinciva driver who carried the boxes down three flights for my mum. proper service",
    ],
    "de": [
        "Trinciva hat heute die Steuerordner von 15 Jahren abgeholt, pünktlich, freundlich, Zertifikat am selben Abend. Top!",
        "Endlich der Keller leer. Schreddern direkt vor der Tür, Video dazu, Trinciva macht das richtig gut",
    ],
    "fr": [
        "Trinciva est passé chercher les archives de ma mère, chauffeur adorable et certificat reçu le soir même. Je recommande",
        "Vingt ans de relevés bancaires détruits devant chez moi, vidéo à l'appui. Merci Trinciva !",
    ],
    "es": [
        "Trinciva recogió las cajas de papeles de mi padre en diez minutos, el conductor majísimo y el certificado llegó esa misma tarde. Recomendadísimo",
        "Por fin el trastero vacío: quince años de facturas triturados delante de casa con Trinciva. Genial",
    ],
    "pt": [
        "A Trinciva recolheu as caixas de papéis do meu avô num instante, motorista simpático e certificado no mesmo dia. Recomendo!",
        "Despachei 20 anos de extratos com a Trinciva, destruídos à porta de casa. Serviço impecável",
    ],
}

AGAIN_PRAISE: dict[str, list[str]] = {
    "it": [
        "Terza volta con Trinciva quest'anno e di nuovo tutto perfetto. Ormai è un rito di primavera",
        "Di nuovo lo stesso autista simpatico di marzo, si ricordava persino del cane. Sempre puntuali",
        "ancora una volta ritiro in orario e certificato il giorno stesso, non sbagliano un colpo",
    ],
    "en": [
        "Third time using Trinciva this year and still faultless. It's become my spring-clean ritual",
        "Same cheery driver again, remembered the dog's name and everything. Still on time, every time",
        "again collected bang on time and the certificate same day. they never miss",
    ],
    "de": [
        "Schon das dritte Mal mit Trinciva und wieder alles tadellos. Immer noch pünktlich auf die Minute"
    ],
    "fr": [
        "Troisième fois avec Trinciva cette année et toujours parfait. Encore le même chauffeur sympa"
    ],
    "es": [
        "Tercera vez este año con Trinciva y otra vez todo perfecto. Siguen siendo puntualísimos"
    ],
    "pt": ["Terceira vez este ano com a Trinciva e outra vez tudo perfeito. Continuam pontuais"],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "it": [
        "Ritiro perfetto e certificato subito, solo le scatole che mandano sono un po' piccole per i faldoni. Per il resto bravissimi",
        "Tutto ok e autista puntuale, unica cosa la finestra di due ore è lunga se lavori. Comunque li riuso di sicuro",
    ],
    "en": [
        "Collection was spot on and the certificate came straight away, only gripe is the boxes are a bit small for lever-arch files. Otherwise great",
        "All good and driver on time, just wish the two-hour window was shorter when you're working. Will use again though",
    ],
    "de": ["Abholung super, nur die Kartons sind für Ordner etwas knapp. Sonst gerne wieder"],
    "fr": [
        "Collecte parfaite, seul bémol le créneau de deux heures un peu long. Sinon je recommande"
    ],
    "es": [
        "Todo perfecto, solo que las cajas se quedan cortas para los archivadores. Por lo demás genial"
    ],
    "pt": [
        "Tudo ótimo, só a janela de duas horas é comprida para quem trabalha. De resto impecável"
    ],
}

#: (question, agent's answer, thanks)
QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "Ciao, devo togliere le graffette dai fogli prima del ritiro?",
            "Ciao! No, non serve: graffette e punti metallici vanno bene, solo niente raccoglitori ad anelli di metallo.",
            "perfetto grazie mille!",
        ),
        (
            "buongiorno, il certificato di distruzione vale per il notaio?",
            "Buongiorno, sì: riporta data, peso e numero dei sigilli, è accettato da notai e banche.",
            "Ottimo, grazie",
        ),
        (
            "Posso aggiungere due vecchi hard disk allo stesso ritiro?",
            "Certo, li aggiunge dalla prenotazione in app, voce 'dischi', 9 € l'uno.",
            "fatto, grazie!",
        ),
    ],
    "en": [
        (
            "Hi, do I need to take the staples out before the collection?",
            "Hi! No need, staples and paper clips are fine, just no metal ring binders please.",
            "brilliant thanks",
        ),
        (
            "Is the certificate of destruction accepted by solicitors?",
            "Yes, it shows the date, weight and seal numbers, solicitors and banks accept it.",
            "Great, thank you",
        ),
        (
            "can I add an old laptop hard drive to tomorrow's pickup",
            "Of course, add it under 'drives' in your booking, £8 per drive.",
            "done, cheers!",
        ),
    ],
    "de": [
        (
            "Muss ich Heftklammern vorher entfernen?",
            "Nein, Heftklammern sind kein Problem, nur bitte keine Metallordner.",
            "Super, danke!",
        )
    ],
    "fr": [
        (
            "Bonjour, faut-il retirer les agrafes avant la collecte ?",
            "Bonjour, non, les agrafes ne posent aucun problème, seulement pas de classeurs métalliques.",
            "Parfait merci",
        )
    ],
    "es": [
        (
            "Hola, ¿tengo que quitar las grapas antes de la recogida?",
            "¡Hola! No hace falta, las grapas no molestan, solo nada de archivadores metálicos.",
            "genial, gracias",
        )
    ],
    "pt": [
        (
            "Olá, tenho de tirar os agrafos antes da recolha?",
            "Olá! Não é preciso, os agrafos não fazem mal, só não ponha dossiês de metal.",
            "Ótimo, obrigada",
        )
    ],
}

#: (speech-to-text question, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "sì buongiorno volevo sapere se posso prenotare un ritiro per sabato mattina e se l'autista sale al terzo piano perché non c'è l'ascensore grazie",
            "Buongiorno, come detto al telefono il ritiro di sabato 9-11 è prenotato e l'autista sale al piano senza costi. Buona giornata, {agent}",
        ),
        (
            "pronto salve chiamo per il piano casa volevo capire ogni quanto svuotate il contenitore e se posso metterci anche le radiografie",
            "Gentile cliente, come anticipato: il contenitore del piano Casa si svuota una volta al mese e le radiografie si possono inserire. Saluti, {agent}",
        ),
    ],
    "en": [
        (
            "hi yeah I just wanted to check if the driver can come up to the second floor there's no lift and the boxes are heavy thanks",
            "Hi, as promised on the phone: your Saturday 9-11 collection is booked and the driver will come up to the flat at no extra cost. Best, {agent}",
        ),
        (
            "hello I'm ringing about the home plan how often do you empty the bin and can old x-rays go in it",
            "Hello, following your call: the Home plan bin is emptied once a month and old X-rays can go in. Kind regards, {agent}",
        ),
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob der Fahrer auch in den dritten Stock kommt wir haben keinen Aufzug danke",
            "Guten Tag, wie am Telefon besprochen: Ihre Abholung am Samstag ist gebucht und der Fahrer kommt kostenlos nach oben. Viele Grüße, {agent}",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si le chauffeur peut monter au troisième il n'y a pas d'ascenseur merci",
            "Bonjour, comme convenu au téléphone, votre collecte de samedi est réservée et le chauffeur montera sans frais. Cordialement, {agent}",
        )
    ],
    "es": [
        (
            "hola buenos días quería saber si el conductor sube al tercero porque no hay ascensor y las cajas pesan gracias",
            "Hola, como le dijimos por teléfono: la recogida del sábado está reservada y el conductor sube sin coste. Un saludo, {agent}",
        )
    ],
    "pt": [
        (
            "olá bom dia queria saber se o motorista sobe ao terceiro andar não temos elevador obrigado",
            "Olá, como combinado ao telefone, a recolha de sábado está marcada e o motorista sobe sem custos. Cumprimentos, {agent}",
        )
    ],
}

REVIEW: dict[str, list[str]] = {
    "it": [
        "Puntuali, discreti, certificato immediato. Cinque stelle meritate",
        "Ottimo per svuotare casa dei genitori, gentilezza e serietà",
    ],
    "en": [
        "Punctual, discreet, certificate straight away. Five stars well earned",
        "Made clearing mum's house so much easier. Kind and professional",
    ],
    "de": ["Pünktlich, diskret, Zertifikat sofort. Volle Punktzahl"],
    "fr": ["Ponctuels, discrets, certificat immédiat. Cinq étoiles méritées"],
    "es": ["Puntuales, discretos y certificado al momento. Cinco estrellas"],
    "pt": ["Pontuais, discretos e certificado na hora. Cinco estrelas"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["ottimo", "tutto perfetto", "👍", "bravi", "veloci e gentili"],
    "en": ["great", "spot on", "👍", "very easy", "lovely driver"],
    "de": ["super", "alles bestens", "👍"],
    "fr": ["parfait", "très bien", "👍"],
    "es": ["genial", "todo perfecto", "👍"],
    "pt": ["ótimo", "tudo perfeito", "👍"],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "it": [
        "sono le 2 e sto ancora riempiendo scatole di bollette del 1998. domani passa Trinciva e per una volta sono pronta",
        "turno di notte finito, prenotato il ritiro di sabato dal telefono in due minuti. Trinciva comodissimo",
    ],
    "en": [
        "2am and I'm still sorting my late aunt's paperwork into boxes. Trinciva coming at 9, for once I'll be ready",
        "night shift done, booked Saturday's collection from the break room in two minutes. Trinciva app is so easy",
    ],
    "de": [
        "3 Uhr nachts und ich sortiere immer noch Kontoauszüge. Morgen kommt Trinciva, zum Glück"
    ],
    "fr": ["Il est 2h et je trie encore les papiers de ma grand-mère. Trinciva passe demain, ouf"],
    "es": ["Las 2 de la mañana y yo metiendo facturas en cajas. Mañana viene Trinciva, menos mal"],
    "pt": [
        "São 2 da manhã e ainda estou a encher caixas de papéis. Amanhã vem a Trinciva, ainda bem"
    ],
}

NIGHT_Q: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "scusate l'ora, le scatole vanno sigillate col vostro nastro o va bene lo scotch normale?",
            "Nessun problema! Serve il nostro sigillo numerato, lo trova nel kit; lo scotch normale va bene solo per chiudere.",
            "grazie, buonanotte",
        )
    ],
    "en": [
        (
            "sorry it's late, do the boxes need your seal or will normal tape do?",
            "No worries! Please use our numbered seal from the kit, normal tape is fine for closing them.",
            "thanks, night!",
        )
    ],
    "de": [
        (
            "Sorry für die Uhrzeit, brauchen die Kartons euer Siegel?",
            "Kein Problem! Ja, bitte das nummerierte Siegel aus dem Set verwenden.",
            "Danke, gute Nacht",
        )
    ],
    "fr": [
        (
            "Désolée pour l'heure, faut-il votre scellé sur les cartons ?",
            "Pas de souci ! Oui, le scellé numéroté du kit, s'il vous plaît.",
            "merci, bonne nuit",
        )
    ],
    "es": [
        (
            "perdón por la hora, ¿las cajas necesitan vuestro precinto?",
            "¡Sin problema! Sí, el precinto numerado del kit, por favor.",
            "gracias, buenas noches",
        )
    ],
    "pt": [
        (
            "desculpem a hora, as caixas precisam do vosso selo?",
            "Sem problema! Sim, o selo numerado do kit, por favor.",
            "obrigado, boa noite",
        )
    ],
}

# --- problems ------------------------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "certificate", "refund", "wrong_price", "cancel_fee")

#: Euro amounts named in each problem.
AMOUNT = {
    "no_show": 0.0,
    "double_charge": 39.0,
    "certificate": 0.0,
    "refund": 45.0,
    "wrong_price": 29.0,
    "cancel_fee": 15.0,
}

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "it": [
            "Ritiro segnato come COMPLETATO alle 10:12 ma qui non è passato nessuno. Le otto scatole di documenti di mio padre sono ancora nell'ingresso e ho preso mezza giornata di ferie per niente.",
            "ma com'è possibile che l'app dica ritiro effettuato?? sono rimasta in casa tutta la mattina, nessuno ha suonato. scatole ancora qui",
        ],
        "en": [
            "The app says my collection was COMPLETED at 10:12. Nobody came. Eight boxes of my dad's paperwork are still in the hallway and I took half a day off for this.",
            "how is my pickup marked done when no driver came?? home all morning, nobody rang. boxes still sitting here",
        ],
        "de": [
            "Abholung in der App als ERLEDIGT markiert, aber niemand war da. Die Kartons mit den Steuerordnern stehen immer noch im Flur und ich hab extra freigenommen."
        ],
        "fr": [
            "Collecte marquée TERMINÉE à 10h12 alors que personne n'est venu. Les cartons sont toujours dans l'entrée, j'ai posé une demi-journée pour rien."
        ],
        "es": [
            "La recogida sale como COMPLETADA a las 10:12 y aquí no vino nadie. Las cajas siguen en el pasillo y pedí medio día libre para esto."
        ],
        "pt": [
            "A recolha aparece como CONCLUÍDA às 10:12 e ninguém apareceu. As caixas continuam no corredor e tirei meio dia de férias para isto."
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato il ritiro DUE volte, {amount} e poi altri {amount}, stessa data stesso ordine. Li rivoglio subito.",
            "doppio addebito di {amount} sulla carta per UN solo ritiro. sistemate per favore, è la carta dove mi pagano l'affitto",
        ],
        "en": [
            "You've charged me TWICE for the same collection, {amount} and then {amount} again, same date, same order. I want it back now.",
            "double charge of {amount} on my card for ONE pickup. sort it please, that card pays my rent",
        ],
        "de": [
            "Ihr habt die Abholung ZWEIMAL abgebucht, {amount} und nochmal {amount}, gleicher Tag, gleiche Buchung. Ich will das Geld zurück."
        ],
        "fr": [
            "Vous m'avez débité la collecte DEUX fois, {amount} puis encore {amount}, même date, même commande. Remboursez-moi."
        ],
        "es": [
            "Me habéis cobrado la recogida DOS veces, {amount} y otra vez {amount}, mismo día, mismo pedido. Quiero mi dinero ya."
        ],
        "pt": [
            "Cobraram-me a recolha DUAS vezes, {amount} e outra vez {amount}, mesmo dia, mesma encomenda. Quero o dinheiro de volta."
        ],
    },
    "certificate": {
        "it": [
            "Il certificato di distruzione non è mai arrivato e sono passate due settimane dal ritiro. Il notaio me lo chiede per chiudere la successione di mia madre.",
            "ancora niente certificato. DUE settimane. senza quel foglio la banca non chiude la pratica di mio padre",
        ],
        "en": [
            "Still no certificate of destruction two weeks after the collection. The bank needs it to close my late mum's file and I can't give them anything.",
            "two WEEKS and no certificate. the solicitor keeps asking and the app just says 'processing'",
        ],
        "de": [
            "Das Vernichtungszertifikat ist zwei Wochen nach der Abholung immer noch nicht da. Der Notar braucht es für den Nachlass meiner Mutter."
        ],
        "fr": [
            "Toujours pas de certificat de destruction deux semaines après la collecte. Le notaire en a besoin pour la succession de ma mère."
        ],
        "es": [
            "Dos semanas después de la recogida sigo sin certificado de destrucción. El notario lo necesita para cerrar la herencia de mi madre."
        ],
        "pt": [
            "Duas semanas depois da recolha continuo sem certificado de destruição. O notário precisa dele para fechar a herança da minha mãe."
        ],
    },
    "refund": {
        "it": [
            "Ho annullato il ritiro tre settimane fa e il rimborso di {amount} non è ancora arrivato. TRE settimane.",
            "rimborso di {amount} promesso 'entro 5 giorni'. sono passati 21 giorni. dove sono i miei soldi",
        ],
        "en": [
            "I cancelled my collection three weeks ago and the {amount} refund still hasn't arrived. THREE weeks.",
            "refund of {amount} 'within 5 working days'. it's been 21 days. where is my money",
        ],
        "de": [
            "Ich habe die Abholung vor drei Wochen storniert und die Erstattung von {amount} ist immer noch nicht da. DREI Wochen."
        ],
        "fr": [
            "J'ai annulé la collecte il y a trois semaines et le remboursement de {amount} n'est toujours pas arrivé. TROIS semaines."
        ],
        "es": [
            "Cancelé la recogida hace tres semanas y el reembolso de {amount} sigue sin llegar. TRES semanas."
        ],
        "pt": [
            "Cancelei a recolha há três semanas e o reembolso de {amount} ainda não chegou. TRÊS semanas."
        ],
    },
    "wrong_price": {
        "it": [
            "Sono abbonata al piano Trinciva Casa e mi avete fatto pagare il ritiro extra a tariffa singola, {amount}. Che senso ha l'abbonamento allora?",
            "pago il piano Casa ogni mese e il ritiro mi costa {amount} come a chi non è abbonato?? sistemate",
        ],
        "en": [
            "I pay for the Trinciva Home plan every month and you charged my extra collection at the one-off rate, {amount}. What's the point of the plan?",
            "Home plan member and charged {amount} like a non-member?? fix it please",
        ],
        "de": [
            "Ich zahle jeden Monat für den Home-Tarif und ihr berechnet mir die Extra-Abholung zum Einzelpreis, {amount}. Wozu dann der Tarif?"
        ],
        "fr": [
            "Je paie le forfait Home chaque mois et vous m'avez facturé la collecte au tarif normal, {amount}. À quoi sert le forfait ?"
        ],
        "es": [
            "Pago el plan Home cada mes y me cobráis la recogida extra a precio normal, {amount}. ¿Para qué pago el plan?"
        ],
        "pt": [
            "Pago o plano Home todos os meses e cobraram-me a recolha extra ao preço normal, {amount}. Para que serve o plano?"
        ],
    },
    "cancel_fee": {
        "it": [
            "Ho spostato il ritiro cinque giorni prima e mi trovo una penale di {amount} per cancellazione tardiva. Cinque giorni prima!",
            "penale di {amount} per 'annullamento tardivo'. ho annullato CINQUE giorni prima, c'è la mail di conferma",
        ],
        "en": [
            "I moved my collection five days ahead and got a {amount} late-cancellation fee. FIVE days ahead!",
            "{amount} 'late cancellation' fee. I cancelled five days before, I have the confirmation email",
        ],
        "de": [
            "Ich habe die Abholung fünf Tage vorher verschoben und bekomme {amount} Stornogebühr. FÜNF Tage vorher!"
        ],
        "fr": [
            "J'ai décalé la collecte cinq jours avant et on me facture {amount} de frais d'annulation tardive. CINQ jours avant !"
        ],
        "es": [
            "Cambié la recogida con cinco días de antelación y me cobráis {amount} por cancelación tardía. ¡CINCO días antes!"
        ],
        "pt": [
            "Mudei a recolha com cinco dias de antecedência e cobraram {amount} de cancelamento tardio. CINCO dias antes!"
        ],
    },
}

#: Speech-to-text calls: lower case, no punctuation; amounts spoken.
CALL: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "sì buongiorno chiamo perché l'app dice che il ritiro è stato fatto alle dieci e dodici ma qui non è venuto nessuno le scatole sono ancora in corridoio e io ho preso ferie",
        "en": "yeah hi I'm calling because the app says my collection was done at ten twelve but nobody came the boxes are still in the hall and I took the morning off",
        "de": "ja hallo ich rufe an weil die App sagt die Abholung war um zehn Uhr zwölf erledigt aber hier war keiner die Kartons stehen noch im Flur",
        "fr": "oui bonjour j'appelle parce que l'appli dit que la collecte est faite à dix heures douze mais personne n'est venu les cartons sont toujours là",
        "es": "hola buenas llamo porque la app dice que la recogida se hizo a las diez y doce pero aquí no vino nadie y las cajas siguen en el pasillo",
        "pt": "olá boa tarde ligo porque a aplicação diz que a recolha foi feita às dez e doze mas ninguém veio as caixas estão no corredor",
    },
    "double_charge": {
        "it": "buongiorno mi avete addebitato il ritiro due volte {spoken} e poi di nuovo {spoken} e sulla carta ho l'affitto vorrei il rimborso",
        "en": "hi there you've taken {spoken} twice for the same pickup and that card is for my rent I need one of them back",
        "de": "guten Tag ihr habt die Abholung zweimal abgebucht {spoken} und nochmal {spoken} ich möchte das zurück",
        "fr": "bonjour vous avez débité deux fois {spoken} pour la même collecte je voudrais être remboursée",
        "es": "hola me habéis cobrado dos veces {spoken} por la misma recogida quiero que me lo devolváis",
        "pt": "olá cobraram-me duas vezes {spoken} pela mesma recolha quero o reembolso",
    },
    "certificate": {
        "it": "salve sono due settimane che aspetto il certificato di distruzione il notaio non chiude la successione senza e nell'app c'è scritto in elaborazione",
        "en": "hello I've been waiting two weeks for the certificate of destruction the bank won't close my mum's account without it and the app just says processing",
        "de": "hallo ich warte seit zwei Wochen auf das Vernichtungszertifikat der Notar braucht es und in der App steht nur in Bearbeitung",
        "fr": "bonjour j'attends le certificat de destruction depuis deux semaines le notaire en a besoin et l'appli dit juste en cours",
        "es": "hola llevo dos semanas esperando el certificado de destrucción el notario lo necesita y la app solo pone en proceso",
        "pt": "olá estou há duas semanas à espera do certificado de destruição o notário precisa dele e a aplicação diz em processamento",
    },
    "refund": {
        "it": "buongiorno ho annullato un ritiro tre settimane fa e i {spoken} di rimborso non sono mai arrivati vorrei sapere che fine hanno fatto",
        "en": "hi I cancelled a collection three weeks ago and the {spoken} refund never came I'd like to know where it is",
        "de": "guten Tag ich habe vor drei Wochen storniert und die {spoken} Erstattung ist nie gekommen",
        "fr": "bonjour j'ai annulé il y a trois semaines et les {spoken} de remboursement ne sont jamais arrivés",
        "es": "hola cancelé hace tres semanas y los {spoken} del reembolso no han llegado",
        "pt": "olá cancelei há três semanas e os {spoken} do reembolso nunca chegaram",
    },
    "wrong_price": {
        "it": "sì salve sono abbonata al piano casa e il ritiro extra me l'avete fatto pagare {spoken} come se non fossi abbonata",
        "en": "hello I'm on the home plan and you charged me {spoken} for the extra collection like I'm not a member",
        "de": "hallo ich habe den Home Tarif und ihr habt mir {spoken} berechnet wie ohne Tarif",
        "fr": "bonjour j'ai le forfait home et vous m'avez facturé {spoken} comme si je n'avais pas de forfait",
        "es": "hola tengo el plan home y me habéis cobrado {spoken} como si no lo tuviera",
        "pt": "olá tenho o plano home e cobraram-me {spoken} como se não tivesse plano",
    },
    "cancel_fee": {
        "it": "buongiorno mi è arrivata una penale di {spoken} per cancellazione tardiva ma io ho spostato il ritiro cinque giorni prima ho anche la mail",
        "en": "hi I've been charged {spoken} for late cancellation but I moved the collection five days before I've got the email",
        "de": "guten Tag ich soll {spoken} Stornogebühr zahlen obwohl ich fünf Tage vorher verschoben habe",
        "fr": "bonjour on me facture {spoken} d'annulation tardive alors que j'ai décalé cinq jours avant",
        "es": "hola me cobráis {spoken} por cancelación tardía y lo cambié cinco días antes",
        "pt": "olá cobraram {spoken} de cancelamento tardio e eu mudei cinco dias antes",
    },
}

#: A short name of each problem, for subjects and later contacts.
TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "ritiro segnato come fatto ma mai avvenuto",
        "en": "collection marked done but nobody came",
        "de": "Abholung als erledigt markiert, aber niemand kam",
        "fr": "collecte marquée faite mais personne n'est venu",
        "es": "recogida marcada como hecha pero nadie vino",
        "pt": "recolha marcada como feita mas ninguém veio",
    },
    "double_charge": {
        "it": "doppio addebito del ritiro",
        "en": "collection charged twice",
        "de": "Abholung doppelt abgebucht",
        "fr": "collecte débitée deux fois",
        "es": "recogida cobrada dos veces",
        "pt": "recolha cobrada duas vezes",
    },
    "certificate": {
        "it": "certificato di distruzione mai arrivato",
        "en": "certificate of destruction never arrived",
        "de": "Vernichtungszertifikat fehlt",
        "fr": "certificat de destruction jamais reçu",
        "es": "certificado de destrucción sin llegar",
        "pt": "certificado de destruição que não chegou",
    },
    "refund": {
        "it": "rimborso non arrivato",
        "en": "refund not received",
        "de": "Erstattung nicht erhalten",
        "fr": "remboursement non reçu",
        "es": "reembolso sin llegar",
        "pt": "reembolso por receber",
    },
    "wrong_price": {
        "it": "tariffa singola al posto del piano Casa",
        "en": "one-off rate instead of the Home plan rate",
        "de": "Einzelpreis statt Home-Tarif",
        "fr": "tarif normal au lieu du forfait Home",
        "es": "precio normal en vez del plan Home",
        "pt": "preço normal em vez do plano Home",
    },
    "cancel_fee": {
        "it": "penale di cancellazione ingiusta",
        "en": "unfair late-cancellation fee",
        "de": "ungerechtfertigte Stornogebühr",
        "fr": "frais d'annulation injustifiés",
        "es": "penalización de cancelación injusta",
        "pt": "taxa de cancelamento injusta",
    },
}

COMPLAINT_SUBJECT = {
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT = {
    "it": "R: Pratica {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "fr": "RE : Dossier {case}",
    "es": "RE: Incidencia {case}",
    "pt": "RE: Processo {case}",
}

#: Long e-mails: the complaint inside a letter (Italian and English).
LONG_EMAIL: dict[str, list[str]] = {
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del fisioterapista, perché è l'unico momento libero della settimana. Da marzo sto svuotando la casa di mia zia a Rovigo, da sola, e i suoi documenti erano l'ultima cosa che mi restava: quarant'anni di ricevute, lettere della banca, cartelle cliniche. Vi avevo scelto proprio perché non volevo lasciarli nel bidone della carta.\n\n{complaint}\n\nNon sono una che si lamenta, e finora con voi mi ero trovata bene. Ma adesso vorrei una risposta chiara, non l'ennesimo messaggio automatico.\n\nCordiali saluti\n{name}",
        "Gentile Trinciva,\n\nscrivo dal parcheggio della scuola mentre aspetto che mio figlio esca dall'allenamento, quindi perdonate se sarò breve. Stiamo vendendo l'appartamento dei miei suoceri e lo studio di mio suocero era pieno di faldoni.\n\n{complaint}\n\nVi ho consigliati anche a mia sorella, spero di non dovermene pentire.\n\nGrazie\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this on my phone in the hospital car park between visits, so apologies for any typos. My father went into a care home in February and I've been clearing his bungalow at weekends ever since; his filing cabinet was the last job and I chose you precisely because I didn't want his bank letters in the recycling.\n\n{complaint}\n\nI'm not someone who complains and until now you've been very good. But I'd like a proper answer this time, not another automated reply.\n\nKind regards,\n{name}",
        "Dear Trinciva,\n\nI'm writing from the sideline of my daughter's hockey match so forgive me if this is short. We're selling my in-laws' house and my father-in-law kept every payslip since 1979.\n\n{complaint}\n\nI recommended you to my sister last month, I hope I won't regret it.\n\nThanks,\n{name}",
    ],
}

CASE_OPENED: dict[str, str] = {
    "it": "Gentile {first}, ci dispiace molto. Abbiamo aperto la pratica {case} e la seguiamo noi personalmente; le scriviamo appena abbiamo novità. {agent}, Trinciva",
    "en": "Dear {first}, we're very sorry about this. We've opened case {case} and are looking into it now; we'll write as soon as we know more. {agent}, Trinciva",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns, sobald wir mehr wissen. {agent}, Trinciva",
    "fr": "Bonjour {first}, nous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous dès que possible. {agent}, Trinciva",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te escribimos en cuanto sepamos algo. {agent}, Trinciva",
    "pt": "Olá {first}, lamentamos muito. Abrimos o processo {case} e escrevemos assim que soubermos mais. {agent}, Trinciva",
}
CHAT_CASE: dict[str, str] = {
    "it": "Mi dispiace davvero. Ho aperto la pratica {case}, la passo subito al reparto giusto.",
    "en": "I'm really sorry. I've opened case {case} and passed it straight to the right team.",
    "de": "Das tut mir leid. Ich habe den Vorgang {case} eröffnet und gleich weitergegeben.",
    "fr": "Je suis vraiment désolé. J'ai ouvert le dossier {case} et je le transmets tout de suite.",
    "es": "Lo siento mucho. He abierto la incidencia {case} y la paso ahora mismo al equipo.",
    "pt": "Lamento muito. Abri o processo {case} e passei-o já à equipa certa.",
}
GOOD_NEWS: dict[str, str] = {
    "it": "Gentile {first}, buone notizie sulla pratica {case}: abbiamo sistemato tutto. Può confermarci che ora è a posto? {agent}, Trinciva",
    "en": "Dear {first}, good news on case {case}: it's sorted on our side. Could you confirm it's fine for you now? {agent}, Trinciva",
    "de": "Hallo {first}, gute Nachrichten zu Vorgang {case}: alles erledigt. Können Sie bestätigen, dass es jetzt passt? {agent}, Trinciva",
    "fr": "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous nous confirmer que tout est en ordre ? {agent}, Trinciva",
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: ya está resuelta. ¿Nos confirmas que ahora está bien? {agent}, Trinciva",
    "pt": "Olá {first}, boas notícias sobre o processo {case}: está resolvido. Pode confirmar que agora está tudo bem? {agent}, Trinciva",
}
CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, pratica {case} risolta. Grazie per la pazienza!",
        "tutto ok per la {case}, visto adesso. grazie",
    ],
    "en": [
        "Confirmed, case {case} is sorted. Thanks for your patience!",
        "all fine with {case} now, just checked. thanks",
    ],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "fr": ["Je confirme, dossier {case} réglé. Merci !"],
    "es": ["Confirmado, la incidencia {case} está resuelta. ¡Gracias!"],
    "pt": ["Confirmo, processo {case} resolvido. Obrigada!"],
}
APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per il tono di ieri, ero esasperata. Grazie di aver risolto così in fretta",
        "ieri ho esagerato, scusate. siete stati veloci",
    ],
    "en": [
        "Sorry for my tone yesterday, it had been a long week. Thanks for sorting it so quickly",
        "bit harsh yesterday, apologies. you were quick to fix it",
    ],
    "de": ["Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Lösen"],
    "fr": ["Désolée pour mon ton hier, j'étais à bout. Merci d'avoir réglé ça si vite"],
    "es": ["Perdón por el tono de ayer, estaba desbordada. Gracias por resolverlo tan rápido"],
    "pt": ["Desculpem o tom de ontem, estava farta. Obrigada por resolverem tão depressa"],
}
LOW_CSAT_WORDS: dict[str, list[str]] = {
    "it": ["pessimo", "", "no"],
    "en": ["awful", "", "poor"],
    "de": ["schlecht", ""],
    "fr": ["nul", ""],
    "es": ["fatal", ""],
    "pt": ["péssimo", ""],
}
LOW_NPS_WORDS: dict[str, list[str]] = {
    "it": ["non vi consiglierei oggi", "", "deluso"],
    "en": ["wouldn't recommend right now", "", "let down"],
    "de": ["so nicht", ""],
    "fr": ["déçue", ""],
    "es": ["decepcionada", ""],
    "pt": ["desiludido", ""],
}
QUALITY_LEAD: dict[str, str] = {
    "it": "Gentile {first}, la sua pratica {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. Ci scusiamo. {agent}, Trinciva",
    "en": "Dear {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. We apologise. {agent}, Trinciva",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}, Trinciva",
    "fr": "Bonjour {first}, votre dossier {case} est désormais entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent}, Trinciva",
    "es": "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}, Trinciva",
    "pt": "Olá {first}, o seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço. {agent}, Trinciva",
}
URGENT: dict[str, str] = {
    "it": "Aggiunto alla pratica {case} e segnato come urgente, mi scuso.",
    "en": "Added to case {case} and marked urgent, I'm sorry.",
    "de": "Zum Vorgang {case} hinzugefügt und als dringend markiert.",
    "fr": "Ajouté au dossier {case} et marqué urgent, désolé.",
    "es": "Añadido a la incidencia {case} y marcado como urgente, perdona.",
    "pt": "Acrescentado ao processo {case} e marcado como urgente, desculpe.",
}
STILL_OPEN: dict[str, list[str]] = {
    "it": [
        "Scrivo di nuovo per la pratica {case}: {topic}, ancora niente. Nessuno mi ha ricontattato.",
        "pratica {case} ancora aperta. {topic}. qualcuno mi risponde?",
    ],
    "en": [
        "Writing again about case {case}: {topic}, and still nothing. Nobody has got back to me.",
        "case {case} STILL open. {topic}. is anyone reading these?",
    ],
    "de": ["Ich schreibe nochmal wegen Vorgang {case}: {topic}, immer noch nichts passiert."],
    "fr": ["Je relance pour le dossier {case} : {topic}, toujours rien."],
    "es": ["Vuelvo a escribir por la incidencia {case}: {topic}, y sigue igual."],
    "pt": ["Volto a escrever sobre o processo {case}: {topic}, e continua tudo igual."],
}
STILL_OPEN_CALL: dict[str, str] = {
    "it": "sì buongiorno chiamo per la pratica {case} è ancora tutto fermo {topic} nessuno mi ha richiamato",
    "en": "hi I'm calling about case {case} it's still not sorted {topic} and nobody has called me back",
    "de": "hallo ich rufe wegen Vorgang {case} an es ist immer noch nichts passiert {topic}",
    "fr": "bonjour j'appelle pour le dossier {case} toujours rien {topic}",
    "es": "hola llamo por la incidencia {case} sigue sin resolverse {topic}",
    "pt": "olá ligo por causa do processo {case} continua sem solução {topic}",
}
THIRD: dict[str, list[str]] = {
    "it": [
        "Terza volta che scrivo per la pratica {case}. Una collega usa {comp} e le cose gliele sistemano in giornata.",
        "Pratica {case}, terzo messaggio. Intanto ho guardato quanto costa {comp}.",
    ],
    "en": [
        "Third time writing about case {case}. A colleague uses {comp} and they sort this kind of thing the same day.",
        "Case {case}, third message. I've had a look at what {comp} charges in the meantime.",
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {case}. Eine Kollegin nutzt {comp}, da geht so was am selben Tag."
    ],
    "fr": [
        "Troisième message pour le dossier {case}. Une collègue passe par {comp}, eux règlent ça dans la journée."
    ],
    "es": [
        "Tercera vez que escribo por la incidencia {case}. Una compañera usa {comp} y se lo arreglan en el día."
    ],
    "pt": [
        "Terceira vez que escrevo sobre o processo {case}. Uma colega usa a {comp} e resolvem no próprio dia."
    ],
}
FOURTH: dict[str, list[str]] = {
    "it": ["QUARTA volta per la pratica {case}. {topic}. Sto perdendo la pazienza."],
    "en": ["FOURTH time about case {case}. {topic}. I'm running out of patience."],
    "de": ["Das VIERTE Mal wegen Vorgang {case}. {topic}. Mir reicht es langsam."],
    "fr": ["QUATRIÈME fois pour le dossier {case}. {topic}. Je perds patience."],
    "es": ["CUARTA vez por la incidencia {case}. {topic}. Se me acaba la paciencia."],
    "pt": ["QUARTA vez sobre o processo {case}. {topic}. Estou a perder a paciência."],
}

# --- slow churners -------------------------------------------------------------

SLIDE: dict[str, list[str]] = {
    "it": [
        "Ritiro arrivato fuori dalla finestra oraria, un'ora dopo, senza avvisare. Capita, ma peccato",
        "Il kit di scatole stavolta era senza sigilli, ho dovuto richiederli. Non era mai successo",
        "Certificato arrivato dopo quattro giorni invece che in giornata. Trinciva sta peggiorando?",
        "Ora il ritiro extra del piano Casa costa 4 € in più e nessuno l'ha comunicato. Non mi piace",
        "Mi avete addebitato 12 € di 'sovrappeso' per scatole che l'autista non ha neanche pesato. BASTA",
        "Mio cognato usa {comp}, ho prenotato lì il ritiro di sabato. Vediamo se sono meglio",
    ],
    "en": [
        "Driver turned up an hour outside the window without a call. It happens, but shame",
        "Box kit arrived without seals this time, had to ask for them. Never happened before",
        "Certificate took four days instead of same day. Is Trinciva going downhill?",
        "Extra collection on the Home plan now costs £4 more and nobody told us. Not impressed",
        "Charged me £10 'overweight' for boxes the driver never even weighed. ENOUGH",
        "My brother-in-law uses {comp}, I've booked Saturday's collection with them instead. Let's see",
    ],
    "de": [
        "Fahrer kam eine Stunde nach dem Zeitfenster, ohne Anruf. Kann passieren, aber schade",
        "Diesmal waren keine Siegel im Kartonset, musste nachfragen. Das gab es früher nie",
        "Zertifikat kam erst nach vier Tagen statt am selben Tag. Wird Trinciva schlechter?",
        "Die Extra-Abholung im Home-Tarif kostet jetzt 4 € mehr, ohne Ankündigung. Gefällt mir nicht",
        "12 € 'Übergewicht' für Kartons, die der Fahrer nicht mal gewogen hat. JETZT REICHTS",
        "Mein Schwager nutzt {comp}, ich habe die Abholung am Samstag dort gebucht",
    ],
    "fr": [
        "Chauffeur arrivé une heure après le créneau sans prévenir. Ça arrive, dommage",
        "Kit de cartons sans scellés cette fois, j'ai dû les réclamer. Jamais vu avant",
        "Certificat reçu au bout de quatre jours au lieu du jour même. Trinciva se dégrade ?",
        "La collecte supplémentaire du forfait Home coûte 4 € de plus sans prévenir. Pas content",
        "12 € de 'surpoids' pour des cartons que le chauffeur n'a même pas pesés. ÇA SUFFIT",
        "Mon beau-frère passe par {comp}, j'ai réservé la collecte de samedi chez eux",
    ],
    "es": [
        "El conductor llegó una hora fuera de la franja y sin avisar. Pasa, pero qué pena",
        "El kit de cajas vino sin precintos esta vez, tuve que pedirlos. Nunca había pasado",
        "El certificado tardó cuatro días en vez de llegar el mismo día. ¿Trinciva va a peor?",
        "La recogida extra del plan Home ahora cuesta 4 € más y nadie avisó. No me gusta",
        "Me cobráis 12 € de 'sobrepeso' por cajas que el conductor ni pesó. YA ESTÁ BIEN",
        "Mi cuñado usa {comp}, he reservado la recogida del sábado con ellos",
    ],
    "pt": [
        "O motorista chegou uma hora fora da janela sem avisar. Acontece, mas pena",
        "O kit de caixas veio sem selos desta vez, tive de pedir. Nunca tinha acontecido",
        "O certificado demorou quatro dias em vez de chegar no mesmo dia. A Trinciva está a piorar?",
        "A recolha extra do plano Home custa agora mais 4 € sem aviso. Não gostei",
        "Cobraram 12 € de 'excesso de peso' por caixas que o motorista nem pesou. CHEGA",
        "O meu cunhado usa a {comp}, marquei lá a recolha de sábado",
    ],
}
SLIDE_RATINGS = ("3", "3", "2", "2", "1", "1")

SARCASM: dict[str, list[str]] = {
    "it": [
        "Ritiro 'entro le 11' arrivato alle 18:40, giusto in tempo per la cena 👏 comunque sempre gentili",
        "Bellissimo il kit con lo scotch che non attacca, ho sigillato le scatole con la speranza 😂",
    ],
    "en": [
        "'Before 11' collection turned up at 18:40, just in time for tea 👏 lovely driver though",
        "Love the box kit with tape that doesn't stick, sealed them with hope and prayers 😂",
    ],
    "de": ["Abholung 'bis 11 Uhr' kam um 18:40, pünktlich zum Abendessen 👏 Fahrer trotzdem nett"],
    "fr": [
        "Collecte 'avant 11h' arrivée à 18h40, pile pour l'apéro 👏 chauffeur adorable quand même"
    ],
    "es": [
        "Recogida 'antes de las 11' a las 18:40, justo para la cena 👏 el conductor majísimo eso sí"
    ],
    "pt": [
        "Recolha 'até às 11' chegou às 18:40, mesmo a tempo do jantar 👏 motorista simpático na mesma"
    ],
}

GRUMPY: dict[str, list[str]] = {
    "it": [
        "L'app di Trinciva mi scollega ogni volta, devo rifare il login a ogni ritiro",
        "Il promemoria del ritiro arriva alle 6 del mattino. Chi l'ha deciso?",
        "Le scatole del kit si sfondano se le riempi davvero",
        "Finestra di due ore e l'autista arriva sempre all'ultimo minuto",
        "Il sito non accetta indirizzi con la scala, devo scriverla nelle note ogni volta",
        "Il servizio clienti risponde solo in orario d'ufficio, comodo eh",
    ],
    "en": [
        "Trinciva app logs me out every single time, have to log in again for every collection",
        "Collection reminder text at 6am. Who decided that?",
        "Kit boxes give way if you actually fill them",
        "Two-hour window and the driver always comes in the last five minutes",
        "Website won't take flat numbers properly, have to write it in the notes every time",
        "Customer service only answers in office hours, very handy",
    ],
    "de": [
        "Die App meldet mich jedes Mal ab",
        "Erinnerungs-SMS um 6 Uhr früh, ernsthaft?",
        "Die Kartons reißen, wenn man sie wirklich füllt",
        "Zwei Stunden Zeitfenster und immer kommt der Fahrer in letzter Minute",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois",
        "SMS de rappel à 6h du matin, sérieusement ?",
        "Les cartons du kit cèdent dès qu'on les remplit",
        "Créneau de deux heures et le chauffeur arrive toujours à la dernière minute",
    ],
    "es": [
        "La app me echa cada vez, tengo que volver a entrar",
        "SMS de aviso a las 6 de la mañana, ¿en serio?",
        "Las cajas del kit se rompen si las llenas de verdad",
        "Franja de dos horas y el conductor siempre llega al final",
    ],
    "pt": [
        "A aplicação faz logout sempre",
        "SMS de lembrete às 6 da manhã, a sério?",
        "As caixas do kit rasgam se as enchermos",
        "Janela de duas horas e o motorista chega sempre no último minuto",
    ],
}

LEAVE_REQ: dict[str, list[str]] = {
    "it": [
        "Buongiorno, abbiamo finito di sistemare la casa dei miei e non ho più carte da distruggere. Vorrei disdire il piano Trinciva Casa e chiudere l'account. Grazie di tutto",
        "Ciao, ci trasferiamo in un monolocale a Milano e il contenitore non ci sta. Vorrei annullare il piano Casa e chiudere l'account, grazie",
    ],
    "en": [
        "Hello, we've finished clearing my parents' house and I've nothing left to shred. I'd like to cancel my Trinciva Home plan and close the account. Thanks for everything",
        "Hi, we're moving to a tiny flat and there's no room for the bin. Please cancel the Home plan and close my account, thanks",
    ],
    "de": [
        "Hallo, das Haus meiner Eltern ist leer, ich brauche nichts mehr. Bitte den Home-Tarif kündigen und das Konto schließen. Danke"
    ],
    "fr": [
        "Bonjour, la maison de mes parents est vidée, je n'ai plus rien à détruire. Je souhaite résilier le forfait Home et fermer mon compte. Merci"
    ],
    "es": [
        "Hola, ya vaciamos la casa de mis padres y no tengo nada más que triturar. Quiero cancelar el plan Home y cerrar la cuenta. Gracias"
    ],
    "pt": [
        "Olá, já esvaziámos a casa dos meus pais e não tenho mais nada para destruir. Quero cancelar o plano Home e fechar a conta. Obrigada"
    ],
}
LEAVE_ANSWER: dict[str, str] = {
    "it": "Gentile {first}, ci dispiace vederla andare. Può disdire il piano da sola in app o sul sito, sezione Account. Grazie per questi anni, {agent}",
    "en": "Dear {first}, sorry to see you go. You can cancel the plan yourself in the app or on the website under Account. Thank you, {agent}",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können den Tarif in der App oder auf der Website unter Konto kündigen. {agent}",
    "fr": "Bonjour {first}, nous regrettons votre départ. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Compte. {agent}",
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar el plan tú mismo en la app o en la web, en Cuenta. {agent}",
    "pt": "Olá {first}, lamentamos a sua saída. Pode cancelar o plano na aplicação ou no site, em Conta. {agent}",
}
LEAVE_SUBJECT = {
    "it": "Disdetta piano Casa",
    "en": "Cancel Home plan",
    "de": "Kündigung Home-Tarif",
    "fr": "Résiliation forfait Home",
    "es": "Baja plan Home",
    "pt": "Cancelamento plano Home",
}

#: Mild one-off grumbles (quiet hours, calm spike week) and the agent's answer.
MILD: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "la mappa dei punti di consegna sacchi mi mostra Brescia anche se sono a Bergamo",
            "Grazie della segnalazione, la mappa usa la posizione del telefono: la sistemiamo.",
        ),
        (
            "le email di conferma mi arrivano in tedesco, io parlo italiano",
            "Ci scusi! Abbiamo corretto la lingua del suo profilo.",
        ),
    ],
    "en": [
        (
            "the drop-off map keeps showing Leeds when I'm in York",
            "Thanks for flagging, the map uses your phone's location: we're fixing it.",
        ),
        (
            "confirmation emails come in German for some reason",
            "Sorry about that! We've corrected your profile's language.",
        ),
    ],
    "de": [
        (
            "Die Karte der Abgabestellen zeigt die falsche Stadt",
            "Danke für den Hinweis, wir kümmern uns darum.",
        )
    ],
    "fr": [
        (
            "la carte des points de dépôt affiche la mauvaise ville",
            "Merci du signalement, nous corrigeons.",
        )
    ],
    "es": [
        (
            "el mapa de puntos de entrega me sale en otra ciudad",
            "Gracias por avisar, lo estamos corrigiendo.",
        )
    ],
    "pt": [
        (
            "o mapa dos pontos de entrega mostra a cidade errada",
            "Obrigado pelo aviso, estamos a corrigir.",
        )
    ],
}

# --- the Saturday incident -----------------------------------------------------

SPIKE_CODE = "HS27"
SPIKE_REPORT: dict[str, list[str]] = {
    "it": [
        "L'autista è qui davanti ma l'app rifiuta la firma di consegna, 'firma non valida HS27'. Non può prendere le scatole senza. Che succede?",
        "firma di consegna rifiutata 3 volte, errore HS27, l'autista se n'è andato con il furgone vuoto e le mie scatole sono ancora qui!!",
        "Trinciva ma che combinate? la firma nell'app dà HS27 e il ritiro salta. ho preso il sabato apposta",
    ],
    "en": [
        "Driver's at my door but the app won't accept the handover signature, 'signature invalid HS27'. He can't take the boxes without it. What's going on?",
        "signed the handover THREE times, error HS27 every time, driver left with an empty van and my boxes are still in the hall!!",
        "Trinciva what is happening? handover signature keeps failing with HS27 and the collection is off. booked my Saturday around this",
    ],
    "de": [
        "Fahrer steht vor der Tür, aber die App lehnt die Übergabe-Unterschrift ab, Fehler HS27. Ohne darf er die Kartons nicht mitnehmen!",
        "Unterschrift bei der Übergabe geht nicht, HS27, Fahrer wieder weg, Kartons noch da. Super Samstag",
    ],
    "fr": [
        "Le chauffeur est devant chez moi mais l'appli refuse la signature de remise, erreur HS27. Il ne peut pas prendre les cartons !",
        "signature refusée, HS27, le chauffeur repart à vide. samedi gâché",
    ],
    "es": [
        "El conductor está en la puerta pero la app rechaza la firma de entrega, error HS27. ¡Sin firma no se puede llevar las cajas!",
        "firma rechazada tres veces, HS27, el conductor se ha ido con la furgoneta vacía",
    ],
    "pt": [
        "O motorista está à porta mas a aplicação recusa a assinatura de entrega, erro HS27. Sem isso não leva as caixas!",
        "assinatura recusada, HS27, o motorista foi embora sem as caixas",
    ],
}
SPIKE_SUBJECT = {
    "it": "Firma rifiutata HS27",
    "en": "Handover signature error HS27",
    "de": "Unterschrift abgelehnt HS27",
    "fr": "Signature refusée HS27",
    "es": "Firma rechazada HS27",
    "pt": "Assinatura recusada HS27",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "it": [
        "Ancora HS27, ho provato anche dal telefono di mio marito. Stessa cosa. E il ritiro?",
        "di nuovo HS27 anche dopo aver reinstallato l'app. qualcuno mi dice qualcosa?",
    ],
    "en": [
        "Still HS27, tried on my husband's phone too. Same thing. What about my collection?",
        "again HS27 even after reinstalling the app. can someone tell me anything?",
    ],
    "de": ["Immer noch HS27, auch auf dem Handy meines Mannes."],
    "fr": ["Toujours HS27, même sur le téléphone de mon mari."],
    "es": ["Sigue el HS27, también en el móvil de mi marido."],
    "pt": ["Continua o HS27, também no telemóvel do meu marido."],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "it": "Sì, le firme di consegna sono rifiutate in tutta la rete in questo momento, i tecnici ci stanno lavorando. Ci scusi.",
    "en": "Yes, handover signatures are failing across the network right now, our engineers are on it. So sorry.",
    "de": "Ja, Übergabe-Unterschriften schlagen gerade überall fehl, unsere Technik arbeitet daran.",
    "fr": "Oui, les signatures de remise échouent partout en ce moment, nos techniciens s'en occupent.",
    "es": "Sí, las firmas de entrega están fallando en toda la red ahora mismo, los técnicos ya están en ello.",
    "pt": "Sim, as assinaturas de entrega estão a falhar em toda a rede neste momento, os técnicos estão a tratar.",
}
SPIKE_FIXED: dict[str, str] = {
    "it": "Gentile {first}, le firme di consegna funzionano di nuovo dalle {local}. Il ritiro di oggi è a carico nostro e le abbiamo aggiunto un credito di {credit}; l'autista ripasserà nel pomeriggio. {agent}, Trinciva",
    "en": "Dear {first}, handover signatures work again since {local}. Today's collection is on us and we've added {credit} credit; the driver will come back this afternoon. {agent}, Trinciva",
    "de": "Hallo {first}, die Übergabe-Unterschrift funktioniert seit {local} wieder. Die heutige Abholung geht auf uns, {credit} Guthaben ist gebucht. {agent}, Trinciva",
    "fr": "Bonjour {first}, les signatures fonctionnent à nouveau depuis {local}. La collecte d'aujourd'hui est offerte et {credit} de crédit ajoutés. {agent}, Trinciva",
    "es": "Hola {first}, las firmas de entrega vuelven a funcionar desde las {local}. La recogida de hoy corre de nuestra cuenta y te hemos añadido {credit} de saldo. {agent}, Trinciva",
    "pt": "Olá {first}, as assinaturas voltaram a funcionar desde as {local}. A recolha de hoje é por nossa conta e juntámos {credit} de crédito. {agent}, Trinciva",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        "ieri sera la casella della firma nell'app era minuscola sul mio telefono vecchio, poi ruotandolo si vedeva bene. domani al ritiro funzionerà?",
        "Sì, sui telefoni piccoli la casella si ingrandisce in orizzontale: domani firmerà senza problemi.",
    ),
    "en": (
        "last night the signature box in the app looked tiny on my old phone, turning it sideways fixed it. will it work tomorrow at the collection?",
        "Yes, on small phones it enlarges in landscape, you'll be able to sign tomorrow without a problem.",
    ),
}
