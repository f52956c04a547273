# ruff: noqa: E501
"""Households' words for heldout74 (Fairvio: golf tee times, packs, buggies, lessons by app)."""

from __future__ import annotations

BRAND = "Fairvio"
COMPETITORS = ("Swingara", "Bogello")
LANGS = ("it", "fr", "en", "de", "es", "pt")

MARKETS: dict[str, tuple[str, ...]] = {
    "it": ("IT", "IT", "IT", "CH"),
    "fr": ("FR", "FR", "FR", "BE", "CH", "LU"),
    "en": ("UK", "UK", "IE"),
    "de": ("DE", "DE", "AT", "CH"),
    "es": ("ES",),
    "pt": ("PT",),
}

FIRST: dict[str, list[str]] = {
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Matteo",
        "Elena",
        "Davide",
        "Sara",
        "Stefano",
        "Paola",
        "Andrea",
        "Valentina",
        "Roberto",
        "Federica",
        "Simone",
        "Alessia",
        "Giorgio",
        "Marta",
        "Fabio",
        "Ilaria",
        "Piero",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Nicolas",
        "Claire",
        "Thomas",
        "Sophie",
        "Antoine",
        "Manon",
        "Guillaume",
        "Aurélie",
        "Mathieu",
        "Céline",
        "Olivier",
        "Laure",
        "Romain",
        "Nathalie",
        "Benoît",
        "Inès",
        "Hugo",
        "Margaux",
        "Yves",
    ],
    "en": [
        "Emma",
        "James",
        "Sarah",
        "Tom",
        "Aoife",
        "Conor",
        "Rachel",
        "David",
        "Siobhán",
        "Mark",
        "Helen",
        "Niall",
        "Laura",
        "Gareth",
    ],
    "de": [
        "Anna",
        "Lukas",
        "Julia",
        "Stefan",
        "Katrin",
        "Jonas",
        "Sabine",
        "Tobias",
        "Lena",
        "Florian",
        "Petra",
        "Markus",
        "Miriam",
        "Jan",
        "Ute",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Elena",
        "Sergio",
        "Carmen",
        "Álvaro",
        "Nuria",
        "Diego",
        "Irene",
        "Raúl",
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
        "Sofia",
        "Miguel",
        "Ana",
        "Nuno",
    ],
}

LAST: dict[str, list[str]] = {
    "it": [
        "Rossi",
        "Bianchi",
        "Colombo",
        "Ferrari",
        "Esposito",
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
        "Ferri",
        "Galli",
        "Martini",
        "Leone",
        "Longo",
        "Gentile",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Vincent",
        "Lefèvre",
        "Faure",
        "André",
        "Mercier",
        "Blanc",
        "Guérin",
        "Chevalier",
        "Perrin",
        "Masson",
    ],
    "en": [
        "Smith",
        "Murphy",
        "Walsh",
        "Jones",
        "Taylor",
        "O'Brien",
        "Brown",
        "Byrne",
        "Wilson",
        "Kelly",
        "Evans",
        "Ryan",
        "Hughes",
        "Doyle",
        "Clarke",
        "Lynch",
        "Roberts",
        "Nolan",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Neumann",
        "Huber",
        "Gruber",
        "Brandstätter",
        "Keller",
    ],
    "es": [
        "García",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Lopes",
        "Marques",
        "Carvalho",
        "Teixeira",
    ],
}

TOWNS: dict[str, list[str]] = {
    "IT": [
        "Torino",
        "Milano",
        "Bergamo",
        "Verona",
        "Bologna",
        "Firenze",
        "Roma",
        "Padova",
        "Genova",
        "Como",
        "Brescia",
        "Treviso",
    ],
    "CH-it": ["Lugano", "Bellinzona", "Locarno", "Mendrisio"],
    "CH-fr": ["Genève", "Lausanne", "Neuchâtel", "Montreux"],
    "CH-de": ["Zürich", "Bern", "Luzern", "Basel"],
    "CH-en": ["Zürich", "Genève"],
    "FR": [
        "Lyon",
        "Bordeaux",
        "Nantes",
        "Toulouse",
        "Lille",
        "Annecy",
        "Montpellier",
        "Rennes",
        "Paris",
        "Biarritz",
        "Strasbourg",
    ],
    "BE": ["Bruxelles", "Namur", "Liège", "Waterloo"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "UK": ["Leeds", "Bristol", "Manchester", "Edinburgh", "York", "Norwich"],
    "IE": ["Dublin", "Cork", "Galway", "Kilkenny"],
    "DE": ["München", "Hamburg", "Köln", "Stuttgart", "Düsseldorf", "Frankfurt"],
    "AT": ["Wien", "Salzburg", "Graz", "Innsbruck"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Málaga", "Bilbao"],
    "PT": ["Lisboa", "Porto", "Braga", "Cascais", "Faro"],
}

JOBS: dict[str, list[str]] = {
    "it": [
        "farmacista",
        "geometra",
        "insegnante",
        "commercialista",
        "infermiera",
        "pensionato",
        "ingegnere",
        "agente immobiliare",
        "dentista",
        "impiegata in banca",
    ],
    "fr": [
        "kinésithérapeute",
        "notaire",
        "professeure",
        "comptable",
        "infirmière",
        "retraité",
        "ingénieur",
        "architecte",
        "pharmacien",
        "commercial",
    ],
    "en": [
        "solicitor",
        "teacher",
        "nurse",
        "retired",
        "engineer",
        "accountant",
        "GP",
        "electrician",
    ],
    "de": [
        "Lehrerin",
        "Steuerberater",
        "Ingenieur",
        "Rentner",
        "Ärztin",
        "Architekt",
        "Physiotherapeutin",
    ],
    "es": ["abogada", "profesor", "enfermera", "jubilado", "ingeniero", "arquitecta"],
    "pt": ["advogada", "professor", "enfermeira", "reformado", "engenheiro", "contabilista"],
}

# label (English / Italian), price in EUR, page
PRODUCTS: list[tuple[str, float, str]] = [
    ("Green fee 18 holes, weekday / Green fee 18 buche, feriale", 65.0, "/tee-times"),
    ("Green fee 18 holes, weekend / Green fee 18 buche, weekend", 85.0, "/tee-times"),
    ("Twilight green fee / Green fee crepuscolare", 42.0, "/tee-times/twilight"),
    ("9 holes, weekday / 9 buche, feriale", 38.0, "/tee-times"),
    ("10-round pack / Carnet 10 giri", 590.0, "/packs"),
    ("Buggy hire 18 holes / Noleggio golf cart 18 buche", 35.0, "/extras/buggy"),
    ("Electric trolley hire / Noleggio carrello elettrico", 15.0, "/extras/trolley"),
    ("Lesson 45 min with a pro / Lezione 45 min con maestro", 55.0, "/lessons"),
    ("Range tokens, 100 balls / Gettoni campo pratica, 100 palline", 8.0, "/range"),
    ("Fairvio Club, 1 month / Fairvio Club, 1 mese", 19.0, "/club"),
]

PAGES = [
    "/tee-times",
    "/courses",
    "/courses/map",
    "/packs",
    "/club",
    "/lessons",
    "/range",
    "/app/scorecard",
    "/app/handicap",
    "/help/cancellations",
    "/help/weather",
    "/account/bookings",
]

# ---------------------------------------------------------------- happy acts

PRAISE: dict[str, list[str]] = {
    "it": [
        "Prenotato un tee time alle 7:30 a Villa Cedri ieri sera alle 23, confermato in un minuto. Percorso perfetto, green velocissimi. Fairvio per me ormai è l'unico modo",
        "Carnet da 10 giri preso a marzo, già usato in 4 circoli diversi. Comodissimo, non devo più telefonare a nessuno",
        "Lezione con il maestro al campo pratica di Monza, finalmente ho capito perché slicavo. Grazie Fairvio!",
        "Giro con mio figlio di 13 anni, buggy pronto all'arrivo, app col punteggio che si aggiorna da solo. Giornata stupenda",
        "bellissimo il percorso sul lago che ho trovato con l'app, non sapevo nemmeno che esistesse. torneremo",
    ],
    "fr": [
        "Réservé un départ à 7h40 au Lac Vert hier soir depuis le canapé, confirmé tout de suite. Parcours magnifique, greens au top. Merci Fairvio",
        "Carnet de 10 parcours utilisé sur 3 golfs différents ce mois-ci, c'est exactement ce qu'il me fallait",
        "Premier cours avec un pro via l'appli, il a corrigé mon grip en 10 min. Je tape enfin droit (enfin presque)",
        "Départ en famille avec les deux ados, voiturette prête à l'arrivée, carte de score dans l'appli. Super journée",
        "Trouvé grâce à Fairvio un petit 9 trous à 20 min de chez moi que je ne connaissais pas. Top pour le soir après le boulot",
    ],
    "en": [
        "Booked a 7:20 tee time last night on the Fairvio app, confirmed in seconds, course was in lovely nick. Great start to the weekend",
        "10-round pack is brilliant, used it at three different courses this month without ringing anyone",
        "Lesson with the pro at the range sorted my chipping yips in 45 mins. Cheers Fairvio",
    ],
    "de": [
        "Gestern Abend noch eine Startzeit für 7:30 gebucht, sofort bestätigt. Platz top gepflegt, Grüns schnell. Fairvio macht das echt einfach",
        "Die 10er-Karte lohnt sich total, schon auf drei Plätzen gespielt ohne einmal anzurufen",
    ],
    "es": [
        "Reservé salida a las 8:00 anoche desde el sofá y confirmada al momento. Campo precioso. Fairvio es una maravilla",
        "El bono de 10 recorridos me ha salido genial, ya he jugado en tres campos distintos",
    ],
    "pt": [
        "Marquei saída às 8h ontem à noite pela app, confirmado logo. Campo impecável. Adoro a Fairvio",
        "O pacote de 10 voltas compensa mesmo, já joguei em três campos diferentes",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "it": [
        "Terza volta questo mese a Villa Cedri con Fairvio, ancora tutto perfetto",
        "Di nuovo il maestro Paolo, di nuovo una lezione super. Ormai sono un abbonato",
    ],
    "fr": [
        "Troisième partie ce mois-ci réservée avec Fairvio, toujours aussi simple",
        "Encore une fois la voiturette prête et propre à l'arrivée, c'est devenu une habitude",
    ],
    "en": ["Third time this month through Fairvio, still spot on"],
    "de": ["Schon wieder eine Runde über Fairvio, wieder alles perfekt"],
    "es": ["Tercera vez este mes con Fairvio, otra vez todo perfecto"],
    "pt": ["Terceira vez este mês pela Fairvio, outra vez tudo perfeito"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "it": [
        "Tutto ottimo, solo che nell'app la mappa del percorso non si può ingrandire. Per il resto promossi",
        "Giro bellissimo, peccato che il carrello elettrico avesse la ruota che cigolava per 18 buche. Ma ci torno",
    ],
    "fr": [
        "Très contente, juste la météo dans l'appli qui annonçait grand soleil et on a pris une averse au 12. Sinon parfait",
        "Super partie, seul bémol le chariot électrique qui tirait à gauche. Je recommande quand même",
    ],
    "en": [
        "Great round, only gripe is the scorecard won't let you fix a typo once you've moved to the next hole"
    ],
    "de": ["Sehr gut, nur die Platzkarte in der App lässt sich nicht zoomen. Sonst gerne wieder"],
    "es": ["Todo muy bien, solo que el carrito eléctrico tenía la batería justita. Repetiré"],
    "pt": ["Correu tudo bem, só o mapa do campo na app é pequenino. De resto, nota 10"],
}

REVIEWS: dict[str, list[str]] = {
    "it": [
        "App semplice, prenoto in due minuti e il carnet è conveniente.",
        "Ottimo servizio, maestri bravi e buggy sempre pronti.",
        "Mi piace poter vedere i tee time liberi di tutti i circoli vicini.",
    ],
    "fr": [
        "Appli simple, je réserve en deux minutes. Les tarifs du carnet sont corrects.",
        "Service au top, pros sympas et voiturettes prêtes.",
        "Pratique de voir tous les départs libres autour de chez moi.",
    ],
    "en": ["Easy app, tee times in two taps, pack prices are fair."],
    "de": ["Einfache App, Startzeiten in zwei Minuten gebucht."],
    "es": ["App fácil, reservo en dos minutos y el bono compensa."],
    "pt": ["App simples, marco em dois minutos e o pacote compensa."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["tutto ok", "ottimo", "comodissimo", "👍", "bravi"],
    "fr": ["parfait", "très bien", "rien à dire", "👍", "top"],
    "en": ["spot on", "great", "👍"],
    "de": ["super", "alles gut", "👍"],
    "es": ["genial", "todo bien", "👍"],
    "pt": ["ótimo", "tudo certo", "👍"],
}

# (question, agent's answer)
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Ciao, il carnet da 10 giri lo posso usare anche con mio marito o è personale?",
            "Ciao! Il carnet si può usare anche per un accompagnatore: ogni giro scala un ingresso. Buon gioco!",
        ),
        (
            "Buongiorno, a che ora parte la tariffa crepuscolare a Villa Cedri in questo periodo?",
            "Buongiorno, in questo periodo dalle 16:30. La vede anche nell'app, nella scheda del circolo.",
        ),
        (
            "salve avete sacche a noleggio per mancini?",
            "Salve, sì: nei circoli con il simbolo della sacca c'è anche il set per mancini, si aggiunge come extra alla prenotazione.",
        ),
        (
            "Mia figlia ha 12 anni, può giocare sul 9 buche senza tessera?",
            "Sì, sul 9 buche i ragazzi sotto i 14 anni giocano accompagnati da un adulto, senza tessera.",
        ),
        (
            "Posso spostare il tee time di mezz'ora senza pagare niente?",
            "Certo, fino a 48 ore prima lo sposta gratis da Le mie prenotazioni.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le carnet de 10 parcours peut servir à mon conjoint aussi ?",
            "Bonjour, oui, chaque partie d'un accompagnant décompte une entrée du carnet. Bon jeu !",
        ),
        (
            "Bjr, le tarif crépuscule commence à quelle heure au Lac Vert en ce moment ?",
            "Bonjour, à 16h30 en ce moment, c'est affiché dans la fiche du golf dans l'appli.",
        ),
        (
            "Vous louez des séries pour gaucher ?",
            "Oui, dans les golfs marqués d'un sac dans l'appli, à ajouter en option à la réservation.",
        ),
        (
            "Mon fils a 11 ans, il peut jouer le 9 trous sans licence ?",
            "Oui, les moins de 14 ans jouent le 9 trous accompagnés d'un adulte, sans licence.",
        ),
        (
            "Je peux décaler mon départ de 30 min sans frais ?",
            "Bien sûr, jusqu'à 48 h avant, depuis Mes réservations, gratuitement.",
        ),
    ],
    "en": [
        (
            "Hi, can my partner use my 10-round pack or is it just me?",
            "Hi! A guest can use it too, each round takes one from the pack. Enjoy!",
        ),
        (
            "what time does twilight start at Royal Hollins this month",
            "From 4:30pm this month, it shows on the course page in the app.",
        ),
    ],
    "de": [
        (
            "Hallo, kann meine Frau meine 10er-Karte mitbenutzen?",
            "Hallo, ja, jede Runde einer Begleitperson zieht einen Eintrag ab. Schönes Spiel!",
        ),
        (
            "Ab wann gilt der Twilight-Tarif gerade?",
            "Gerade ab 16:30, steht auch auf der Platzseite in der App.",
        ),
    ],
    "es": [
        (
            "Hola, ¿mi marido puede usar mi bono de 10 recorridos?",
            "¡Hola! Sí, cada recorrido de un acompañante descuenta una entrada del bono.",
        ),
        (
            "¿A qué hora empieza la tarifa de tarde este mes?",
            "Desde las 16:30 este mes, lo ves en la ficha del campo en la app.",
        ),
    ],
    "pt": [
        (
            "Olá, o meu marido pode usar o meu pacote de 10 voltas?",
            "Olá! Pode, cada volta de um acompanhante desconta uma entrada do pacote.",
        ),
        (
            "A que horas começa a tarifa de fim de tarde este mês?",
            "Este mês a partir das 16h30, está na ficha do campo na app.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "it": ["grazie mille!", "perfetto grazie", "ok grz"],
    "fr": ["merci beaucoup !", "super merci", "ok merci"],
    "en": ["cheers!", "brilliant thanks"],
    "de": ["danke!", "super, danke"],
    "es": ["¡gracias!", "genial gracias"],
    "pt": ["obrigada!", "ok obg"],
}

# (speech-to-text question, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "buongiorno volevo sapere se col Club posso prenotare anche i circoli in Svizzera o solo in Italia",
            "Buongiorno, come da telefonata: con il Fairvio Club prenota tutti i circoli partner, anche in Ticino, alla tariffa Club. Un saluto, il servizio clienti",
        ),
        (
            "salve chiamo per la lezione di mio figlio ha dieci anni c'è un maestro che fa lezioni per bambini a Bergamo",
            "Salve, come detto al telefono: a Bergamo il maestro Rinaldi fa lezioni per ragazzi il sabato mattina, la trova in Lezioni. Un saluto",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si avec le Club je peux réserver les golfs en Belgique aussi ou seulement en France",
            "Bonjour, comme convenu au téléphone : avec le Fairvio Club vous réservez tous les golfs partenaires, Belgique comprise, au tarif Club. Bonne journée",
        ),
        (
            "bonjour c'est pour un cours pour ma fille elle a neuf ans est-ce qu'il y a un pro qui fait les enfants vers Nantes",
            "Bonjour, suite à votre appel : à Nantes un pro donne des cours enfants le mercredi après-midi, à réserver dans Cours. Bonne journée",
        ),
    ],
    "en": [
        (
            "hi just wondering if the Club membership covers the courses in Ireland as well or just the UK",
            "Hi, as discussed: Fairvio Club covers every partner course, Ireland included, at Club rates. Best wishes",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob der Club auch für Plätze in Österreich gilt oder nur in Deutschland",
            "Guten Tag, wie telefonisch besprochen: der Fairvio Club gilt auf allen Partnerplätzen, auch in Österreich. Viele Grüße",
        )
    ],
    "es": [
        (
            "hola quería saber si con el Club puedo reservar campos en Portugal también",
            "Hola, como hablamos: con el Fairvio Club reservas todos los campos asociados, Portugal incluido. Un saludo",
        )
    ],
    "pt": [
        (
            "olá queria saber se o Club dá para campos em Espanha também",
            "Olá, como falámos: o Fairvio Club dá para todos os campos parceiros, Espanha incluída. Cumprimentos",
        )
    ],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "it": [
        "Turno di notte finito alle 2, ho già prenotato il tee time delle 9 per domani. Fairvio salva le mie settimane",
        "non riesco a dormire, guardo video di swing e prenoto il giro di domenica. grande app",
        "Sono le 3 e ho appena prenotato il primo giro della stagione. Non vedo l'ora",
    ],
    "fr": [
        "Garde de nuit terminée, départ réservé pour 10h demain matin. Merci Fairvio de ne jamais dormir",
        "insomnie, je regarde des vidéos de putting et je réserve mon samedi. l'appli est top",
        "3h du mat et je viens de réserver la sortie de dimanche avec les copains. Vivement",
    ],
    "en": ["Night shift done, tee time booked for 10am. Love that the app never sleeps"],
    "de": ["Nachtschicht vorbei, Startzeit für 10 Uhr gebucht. Die App schläft nie, gut so"],
    "es": ["Turno de noche terminado y salida reservada para las 10. Qué gusto de app"],
    "pt": ["Acabei o turno da noite e já marquei saída para as 10h. Esta app é ótima"],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "ciao è mezzanotte passata, posso ancora spostare il tee time di domattina?",
            "Ciao, sì, fino a 6 ore prima si sposta da Le mie prenotazioni. Buonanotte!",
        ),
        (
            "la tariffa crepuscolare di sabato parte alle 16 o alle 17?",
            "Sabato dalle 16:30. Buona notte!",
        ),
    ],
    "fr": [
        (
            "bonsoir, il est 1h, je peux encore modifier mon départ de demain ?",
            "Bonsoir, oui, jusqu'à 6 h avant depuis Mes réservations. Bonne nuit !",
        ),
        (
            "le tarif crépuscule de samedi c'est 16h ou 17h ?",
            "Samedi à partir de 16h30. Bonne nuit !",
        ),
    ],
    "en": [
        (
            "can I still move tomorrow's tee time at this hour?",
            "Yes, up to 6 hours before, from My bookings. Night!",
        )
    ],
    "de": [
        (
            "kann ich die Startzeit für morgen um die Uhrzeit noch ändern?",
            "Ja, bis 6 Stunden vorher unter Meine Buchungen. Gute Nacht!",
        )
    ],
    "es": [
        (
            "¿a estas horas todavía puedo cambiar la salida de mañana?",
            "Sí, hasta 6 horas antes en Mis reservas. ¡Buenas noches!",
        )
    ],
    "pt": [
        (
            "a esta hora ainda posso mudar a saída de amanhã?",
            "Pode, até 6 horas antes em As minhas reservas. Boa noite!",
        )
    ],
}

# ---------------------------------------------------------------- trouble

PROBLEMS = ("no_tee", "double_charge", "buggy", "refund", "wrong_price", "cancel_fee")
# amount (EUR) each problem is about
AMOUNT = {
    "no_tee": 85.0,
    "double_charge": 85.0,
    "buggy": 35.0,
    "refund": 65.0,
    "wrong_price": 20.0,
    "cancel_fee": 85.0,
}

TOPIC: dict[str, dict[str, str]] = {
    "no_tee": {
        "it": "tee time non registrato al circolo",
        "fr": "départ inconnu du golf",
        "en": "tee time not on the club's sheet",
        "de": "Startzeit beim Club nicht vorhanden",
        "es": "salida que el campo no tenía",
        "pt": "saída que o campo não tinha",
    },
    "double_charge": {
        "it": "green fee addebitato due volte",
        "fr": "green fee débité deux fois",
        "en": "green fee charged twice",
        "de": "Greenfee doppelt abgebucht",
        "es": "green fee cobrado dos veces",
        "pt": "green fee cobrado duas vezes",
    },
    "buggy": {
        "it": "golf cart fermo alla buca 7",
        "fr": "voiturette en panne au 7",
        "en": "buggy died on the 7th",
        "de": "Cart an Loch 7 liegen geblieben",
        "es": "buggy parado en el hoyo 7",
        "pt": "buggy parado no buraco 7",
    },
    "refund": {
        "it": "rimborso giro annullato per gelo",
        "fr": "remboursement partie annulée (gel)",
        "en": "refund for frost-closed round",
        "de": "Erstattung Runde wegen Frost",
        "es": "reembolso por campo cerrado por helada",
        "pt": "reembolso campo fechado por geada",
    },
    "wrong_price": {
        "it": "tariffa ospite invece di Club",
        "fr": "tarif visiteur au lieu du tarif Club",
        "en": "visitor rate instead of Club rate",
        "de": "Gästetarif statt Club-Tarif",
        "es": "tarifa de visitante en vez de Club",
        "pt": "tarifa de visitante em vez de Club",
    },
    "cancel_fee": {
        "it": "penale per cancellazione 5 giorni prima",
        "fr": "frais d'annulation 5 jours avant",
        "en": "cancellation fee 5 days ahead",
        "de": "Stornogebühr 5 Tage vorher",
        "es": "penalización por cancelar 5 días antes",
        "pt": "taxa de cancelamento 5 dias antes",
    },
}

CORE: dict[str, dict[str, str]] = {
    "no_tee": {
        "it": "Sabato mattina ero a Villa Cedri alle 8:10 con la prenotazione confermata nell'app, pagata {amt}. Lo starter non aveva il mio nome da nessuna parte e il tee time era già di un altro gruppo. Ho fatto 70 km per niente e i miei amici sono partiti senza di me. Voglio sapere cosa è successo e i soldi indietro.",
        "fr": "Samedi matin je me suis présentée au Lac Vert à 8h10 avec ma réservation confirmée dans l'appli, {amt} payés. Le starter n'avait rien à mon nom, le départ avait été donné à un autre groupe. Une heure de route pour rien. Je veux une explication et être remboursée.",
        "en": "Turned up at Royal Hollins at 8:10 on Saturday with the booking confirmed in the app, {amt} paid. The starter had nothing under my name and the slot had gone to another fourball. Hour's drive for nothing. I want to know what happened and my money back.",
        "de": "Samstag um 8:10 stand ich mit bestätigter Buchung aus der App am Platz Eichenhain, {amt} bezahlt. Der Starter hatte nichts auf meinen Namen, die Startzeit war an einen anderen Flight vergeben. Eine Stunde Fahrt umsonst. Ich will wissen was da los war und mein Geld zurück.",
        "es": "El sábado a las 8:10 estaba en el campo con la reserva confirmada en la app, {amt} pagados. El starter no tenía nada a mi nombre y la salida se la habían dado a otro grupo. Una hora de coche para nada. Quiero una explicación y mi dinero.",
        "pt": "Sábado às 8h10 estava no campo com a reserva confirmada na app, {amt} pagos. O starter não tinha nada em meu nome e a saída tinha ido para outro grupo. Uma hora de carro para nada. Quero uma explicação e o dinheiro de volta.",
    },
    "double_charge": {
        "it": "Buongiorno, il green fee di domenica mi è stato addebitato DUE volte, {amt} e {amt}, stessa ora stessa carta. Il secondo addebito è ancora lì sull'estratto conto. Lo stornate per favore?",
        "fr": "Bonjour, le green fee de dimanche a été débité DEUX fois, {amt} et encore {amt}, même heure même carte. Le deuxième débit est toujours sur mon relevé. Vous pouvez l'annuler ?",
        "en": "Hi, Sunday's green fee has been taken TWICE, {amt} and {amt} again, same time same card. Second one is still on my statement. Can you reverse it?",
        "de": "Hallo, das Greenfee vom Sonntag wurde ZWEIMAL abgebucht, {amt} und nochmal {amt}, gleiche Uhrzeit, gleiche Karte. Die zweite Buchung ist immer noch auf dem Konto. Bitte zurückbuchen.",
        "es": "Hola, el green fee del domingo me lo habéis cobrado DOS veces, {amt} y otra vez {amt}, misma hora misma tarjeta. El segundo cargo sigue ahí. ¿Lo devolvéis?",
        "pt": "Olá, o green fee de domingo foi cobrado DUAS vezes, {amt} e outra vez {amt}, mesma hora mesmo cartão. A segunda cobrança continua no extrato. Podem devolver?",
    },
    "buggy": {
        "it": "Ho pagato {amt} per il golf cart e alla buca 7 si è spento, batteria a terra. Abbiamo finito il giro a piedi con le sacche in spalla, mio padre ha 74 anni. Dal circolo non è venuto nessuno, al telefono non rispondevano.",
        "fr": "J'ai payé {amt} la voiturette et elle s'est arrêtée au trou 7, batterie à plat. On a fini à pied avec les sacs sur le dos, mon père a 74 ans. Personne du golf n'est venu, personne au téléphone.",
        "en": "Paid {amt} for a buggy and it died on the 7th, flat battery. We walked the rest carrying the bags, my dad is 74. Nobody from the club came out and nobody answered the phone.",
        "de": "{amt} fürs Cart bezahlt und an Loch 7 war die Batterie leer. Wir sind den Rest mit den Bags auf dem Rücken gelaufen, mein Vater ist 74. Vom Club kam keiner, ans Telefon ging auch keiner.",
        "es": "Pagué {amt} por el buggy y en el hoyo 7 se paró, sin batería. Terminamos andando con las bolsas a cuestas, mi padre tiene 74 años. Del club no vino nadie.",
        "pt": "Paguei {amt} pelo buggy e no buraco 7 parou, bateria a zero. Acabámos a pé com os sacos às costas, o meu pai tem 74 anos. Do clube não veio ninguém.",
    },
    "refund": {
        "it": "Il mio giro del 3 è stato annullato perché il percorso era chiuso per gelo. Il circolo dice che il rimborso lo fate voi. Sono passate TRE settimane e dei {amt} non ho visto niente.",
        "fr": "Ma partie du 3 a été annulée, parcours fermé pour gel. Le golf dit que c'est vous qui remboursez. Ça fait TROIS semaines et je n'ai pas vu un centime des {amt}.",
        "en": "My round on the 3rd was cancelled, course shut for frost. The club says the refund comes from you. THREE weeks later and no sign of the {amt}.",
        "de": "Meine Runde am 3. wurde abgesagt, Platz wegen Frost gesperrt. Der Club sagt, die Erstattung macht ihr. DREI Wochen später sind die {amt} immer noch nicht da.",
        "es": "Mi salida del día 3 se canceló porque el campo cerró por helada. El club dice que el reembolso lo hacéis vosotros. TRES semanas y ni rastro de los {amt}.",
        "pt": "A minha volta do dia 3 foi cancelada, campo fechado por geada. O clube diz que o reembolso é convosco. TRÊS semanas e nada dos {amt}.",
    },
    "wrong_price": {
        "it": "Sono iscritta al Fairvio Club da un anno ma l'app mi ha fatto pagare il green fee da ospite, {amt} in più. Nel profilo c'è scritto Club attivo, l'ho anche fotografato. Rivoglio la differenza.",
        "fr": "Je suis membre du Fairvio Club depuis un an et l'appli m'a fait payer le tarif visiteur, {amt} de plus. Dans mon profil c'est écrit Club actif, j'ai fait une capture. Je veux la différence.",
        "en": "I've been in Fairvio Club a year and the app charged me the visitor rate, {amt} extra. My profile literally says Club active, I screenshotted it. I want the difference back.",
        "de": "Ich bin seit einem Jahr im Fairvio Club und die App hat mir den Gästetarif berechnet, {amt} mehr. Im Profil steht Club aktiv, Screenshot habe ich. Ich will die Differenz zurück.",
        "es": "Soy socia del Fairvio Club desde hace un año y la app me cobró tarifa de visitante, {amt} más. En el perfil pone Club activo. Quiero la diferencia.",
        "pt": "Sou sócio do Fairvio Club há um ano e a app cobrou-me tarifa de visitante, {amt} a mais. No perfil diz Club ativo. Quero a diferença.",
    },
    "cancel_fee": {
        "it": "Ho cancellato il tee time CINQUE giorni prima, le vostre condizioni dicono gratis fino a 48 ore. Mi avete addebitato lo stesso {amt}, il green fee intero. Ho la mail di conferma della cancellazione.",
        "fr": "J'ai annulé mon départ CINQ jours avant, vos conditions disent gratuit jusqu'à 48 h. Vous m'avez quand même prélevé {amt}, le green fee entier. J'ai le mail de confirmation d'annulation.",
        "en": "Cancelled my tee time FIVE days ahead, your terms say free up to 48 hours. You still took {amt}, the full green fee. I have the cancellation email.",
        "de": "Ich habe FÜNF Tage vorher storniert, laut euren Bedingungen kostenlos bis 48 Stunden. Trotzdem wurden {amt} abgebucht, das ganze Greenfee. Die Stornobestätigung habe ich.",
        "es": "Cancelé la salida CINCO días antes, vuestras condiciones dicen gratis hasta 48 horas. Aun así me cobrasteis {amt}, el green fee entero. Tengo el correo de la cancelación.",
        "pt": "Cancelei a saída CINCO dias antes, as vossas condições dizem grátis até 48 horas. Mesmo assim cobraram {amt}, o green fee todo. Tenho o email da anulação.",
    },
}

SOCIAL: dict[str, dict[str, str]] = {
    "no_tee": {
        "it": "Fairvio mi conferma il tee time, pago, arrivo al circolo e lo starter non sa chi sono. 70 km per un caffè al bar del golf. Complimenti",
        "fr": "Réservation confirmée par Fairvio, payée, et au golf le starter ne me connaît pas. Départ donné à d'autres. Bravo",
        "en": "Fairvio confirms my tee time, takes my money, starter has never heard of me. Brilliant Saturday",
        "de": "Fairvio bestätigt die Startzeit, kassiert, und der Starter kennt mich nicht. Toller Samstag",
        "es": "Fairvio me confirma la salida, cobra, y en el campo no saben quién soy. Genial",
        "pt": "A Fairvio confirma a saída, cobra, e no campo ninguém sabe quem eu sou. Lindo",
    },
    "double_charge": {
        "it": "Fairvio mi ha preso il green fee DUE volte. Qualcuno me lo ridà?",
        "fr": "Fairvio m'a débité le green fee DEUX fois. Quelqu'un pour me rembourser ?",
        "en": "Fairvio took my green fee TWICE. Anyone there?",
        "de": "Fairvio hat das Greenfee ZWEIMAL abgebucht. Hallo??",
        "es": "Fairvio me ha cobrado el green fee DOS veces. ¿Hola?",
        "pt": "A Fairvio cobrou-me o green fee DUAS vezes. Alguém?",
    },
    "buggy": {
        "it": "Golf cart Fairvio morto alla 7, giro finito a piedi con mio padre di 74 anni. Vergogna",
        "fr": "Voiturette Fairvio en panne au 7, fini à pied avec mon père de 74 ans. La honte",
        "en": "Fairvio buggy dead on the 7th, walked the rest with my 74 year old dad. Shambles",
        "de": "Fairvio Cart an Loch 7 tot, Rest zu Fuß mit meinem 74-jährigen Vater. Peinlich",
        "es": "Buggy de Fairvio muerto en el 7, a pie con mi padre de 74. Vergüenza",
        "pt": "Buggy da Fairvio morto no 7, a pé com o meu pai de 74. Vergonha",
    },
    "refund": {
        "it": "3 settimane che aspetto il rimborso di un giro annullato per gelo. Fairvio ci siete?",
        "fr": "3 semaines que j'attends le remboursement d'une partie annulée pour gel. Fairvio vous êtes là ?",
        "en": "3 weeks waiting for a refund on a frost-cancelled round. Fairvio hello?",
        "de": "3 Wochen warte ich auf die Erstattung einer Frost-Absage. Fairvio??",
        "es": "3 semanas esperando el reembolso de una salida cancelada por helada. Fairvio??",
        "pt": "3 semanas à espera do reembolso de uma volta cancelada por geada. Fairvio??",
    },
    "wrong_price": {
        "it": "Pago il Fairvio Club ogni mese e l'app mi fa pagare da ospite. Ma che senso ha",
        "fr": "Je paie le Fairvio Club tous les mois et l'appli me facture le tarif visiteur. Génial",
        "en": "Pay for Fairvio Club every month and still get charged visitor rate. What's the point",
        "de": "Zahle jeden Monat Fairvio Club und krieg trotzdem den Gästetarif. Wozu eigentlich",
        "es": "Pago el Fairvio Club cada mes y me cobran como visitante. ¿Para qué?",
        "pt": "Pago o Fairvio Club todos os meses e cobram-me como visitante. Para quê?",
    },
    "cancel_fee": {
        "it": "Cancello 5 giorni prima e Fairvio mi addebita tutto il green fee. Leggetele le vostre condizioni",
        "fr": "J'annule 5 jours avant et Fairvio me prend tout le green fee. Lisez vos propres conditions",
        "en": "Cancel 5 days ahead and Fairvio charges the full green fee. Read your own terms",
        "de": "5 Tage vorher storniert und Fairvio bucht das volle Greenfee ab. Lest mal eure AGB",
        "es": "Cancelo 5 días antes y Fairvio me cobra todo. Leed vuestras condiciones",
        "pt": "Cancelo 5 dias antes e a Fairvio cobra tudo. Leiam as vossas condições",
    },
}

SPOKEN: dict[str, dict[str, str]] = {
    "no_tee": {
        "it": "buongiorno chiamo perché sabato avevo un tee time alle otto e dieci a Villa Cedri prenotato con voi e pagato e lo starter non aveva niente il posto era già di un altro gruppo sono tornato a casa vorrei capire e avere il rimborso",
        "fr": "oui bonjour j'appelle parce que samedi j'avais un départ à huit heures dix au Lac Vert réservé chez vous payé et le starter n'avait rien du tout ils avaient donné le départ à un autre groupe je voudrais comprendre et être remboursé",
        "en": "hi yeah I had a tee time saturday ten past eight at Royal Hollins booked and paid through you and the starter had nothing the slot went to another group I drove an hour for nothing I want a refund",
        "de": "ja guten Tag ich hatte Samstag um acht Uhr zehn eine Startzeit über Sie gebucht und bezahlt und der Starter hatte nichts die Zeit war an andere vergeben ich möchte mein Geld zurück",
        "es": "hola llamo porque el sábado tenía salida a las ocho y diez reservada y pagada con ustedes y en el campo no tenían nada se la dieron a otro grupo quiero el dinero",
        "pt": "olá ligo porque sábado tinha saída às oito e dez marcada e paga convosco e no campo não tinham nada deram a outro grupo quero o dinheiro",
    },
    "double_charge": {
        "it": "sì buongiorno mi avete addebitato il green fee di domenica due volte ottantacinque euro due volte sulla stessa carta vorrei lo storno",
        "fr": "bonjour vous m'avez débité deux fois le green fee de dimanche quatre-vingt-cinq euros deux fois sur la même carte je voudrais être remboursé",
        "en": "hi you've charged me twice for sunday's green fee same card same time can you put one back",
        "de": "hallo Sie haben das Greenfee vom Sonntag zweimal abgebucht gleiche Karte ich will das zurück",
        "es": "hola me han cobrado dos veces el green fee del domingo misma tarjeta quiero que me devuelvan uno",
        "pt": "olá cobraram-me duas vezes o green fee de domingo mesmo cartão quero que devolvam um",
    },
    "buggy": {
        "it": "buongiorno ieri il golf cart che avevo pagato si è fermato alla buca sette batteria scarica abbiamo fatto il resto a piedi con mio padre che ha settantaquattro anni e nessuno è venuto",
        "fr": "bonjour hier la voiturette que j'avais payée s'est arrêtée au sept batterie à plat on a fini à pied avec mon père qui a soixante-quatorze ans et personne n'est venu",
        "en": "hi yesterday the buggy I paid for died on the seventh flat battery we walked the rest my dad's seventy four nobody came",
        "de": "guten Tag gestern ist das bezahlte Cart an Loch sieben stehen geblieben Batterie leer wir sind gelaufen mein Vater ist vierundsiebzig keiner kam",
        "es": "hola ayer el buggy que pagué se paró en el siete sin batería terminamos andando mi padre tiene setenta y cuatro años",
        "pt": "olá ontem o buggy que paguei parou no sete sem bateria acabámos a pé o meu pai tem setenta e quatro anos",
    },
    "refund": {
        "it": "buongiorno aspetto da tre settimane il rimborso del giro del tre annullato per il gelo il circolo dice che dovete farlo voi",
        "fr": "bonjour j'attends depuis trois semaines le remboursement de la partie du trois annulée pour le gel le golf dit que c'est vous",
        "en": "hi I've been waiting three weeks for a refund on my round on the third that was cancelled for frost the club says it's you",
        "de": "guten Tag ich warte seit drei Wochen auf die Erstattung der Runde vom dritten die wegen Frost abgesagt wurde der Club sagt das machen Sie",
        "es": "hola llevo tres semanas esperando el reembolso de la salida del tres que se canceló por helada el club dice que son ustedes",
        "pt": "olá estou há três semanas à espera do reembolso da volta do dia três cancelada por geada o clube diz que são vocês",
    },
    "wrong_price": {
        "it": "buongiorno sono socia del Club da un anno e l'app mi ha fatto pagare la tariffa ospite venti euro in più nel profilo c'è scritto Club attivo",
        "fr": "bonjour je suis membre du Club depuis un an et l'appli m'a fait payer le tarif visiteur vingt euros de plus alors que mon profil dit Club actif",
        "en": "hi I'm a Club member and the app charged me the visitor rate about twenty quid more my profile says Club active",
        "de": "hallo ich bin im Club und die App hat mir den Gästetarif berechnet zwanzig Euro mehr im Profil steht Club aktiv",
        "es": "hola soy socia del Club y la app me cobró tarifa de visitante veinte euros más y en el perfil pone Club activo",
        "pt": "olá sou sócio do Club e a app cobrou tarifa de visitante vinte euros a mais e no perfil diz Club ativo",
    },
    "cancel_fee": {
        "it": "buongiorno ho cancellato cinque giorni prima e mi avete preso tutto il green fee ma da voi c'è scritto gratis fino a quarantotto ore",
        "fr": "bonjour j'ai annulé cinq jours avant et vous m'avez pris tout le green fee alors que c'est gratuit jusqu'à quarante-huit heures",
        "en": "hi I cancelled five days before and you took the full green fee it says free up to forty eight hours",
        "de": "hallo ich habe fünf Tage vorher storniert und Sie haben das ganze Greenfee abgebucht bis achtundvierzig Stunden ist das doch kostenlos",
        "es": "hola cancelé cinco días antes y me han cobrado todo el green fee pone gratis hasta cuarenta y ocho horas",
        "pt": "olá cancelei cinco dias antes e cobraram o green fee todo diz grátis até quarenta e oito horas",
    },
}

COMPLAINT_SUBJECT = {
    "it": "Reclamo: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT = {
    "it": "R: Segnalazione {case}",
    "fr": "RE : Demande {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "es": "RE: Incidencia {case}",
    "pt": "RE: Pedido {case}",
}

SIGN = {
    "it": "Saluti\n{name}",
    "fr": "Cordialement,\n{name}",
    "en": "Thanks\n{name}",
    "de": "Gruß\n{name}",
    "es": "Un saludo\n{name}",
    "pt": "Cumprimentos\n{name}",
}

# long letters: the complaint inside a life (Italian 2, French 2)
LETTERS: dict[str, list[str]] = {
    "it": [
        "Gentili signori,\n\nvi scrivo dalla sala d'attesa dell'ospedale dove mia madre fa la dialisi tre volte a settimana, quindi perdonate se sarò lunga. Da quando è malata il golf è l'unica mezza giornata che mi prendo, la domenica, e il vostro carnet mi sembrava perfetto perché posso decidere all'ultimo.\n\n{core}\n\nNon è per i soldi in sé, è che quella mattina era la mia unica mattina e mi sono sentita presa in giro. Mio marito dice che dovrei lasciar perdere, io invece vorrei una risposta vera, non la mail automatica.\n\nVi ringrazio per l'attenzione.\n{name}",
        "Buonasera,\n\nsono un pensionato di 68 anni, ho cominciato a giocare l'anno scorso su consiglio del cardiologo e devo dire che mi ha cambiato la vita, cammino 8 km a giro e ho perso 6 chili. Ho scoperto Fairvio grazie a mio nipote che mi ha installato l'app e fino ad oggi non avevo nulla da dire.\n\n{core}\n\nCon la tecnologia non sono bravissimo ma ho controllato tre volte con mio nipote. Vi chiedo di sistemare la cosa, così posso tornare a raccontare agli amici del circolo che con voi si sta bene.\n\nCordiali saluti\n{name}",
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis le parking de l'école de musique pendant le cours de violon de ma fille, j'ai quarante minutes devant moi alors je prends le temps. On vient de déménager à côté de Nantes, je ne connais personne et le golf c'était ma façon de rencontrer du monde, votre appli m'a bien aidée pour ça.\n\n{core}\n\nJe ne suis pas du genre à écrire des réclamations, mais là franchement ça m'a gâché le week-end et je trouve que ce n'est pas normal. Merci de me répondre par écrit, je n'arrive jamais à vous avoir au téléphone.\n\nBien à vous,\n{name}",
        "Madame, Monsieur,\n\nje reviens d'un mois à l'hôpital après une prothèse de hanche et le chirurgien m'a enfin autorisé à reprendre le golf, en voiturette, avec modération. Autant vous dire que j'attendais cette journée depuis l'été. J'ai tout réservé chez vous comme d'habitude depuis trois ans.\n\n{core}\n\nJ'ai toujours recommandé Fairvio à mes partenaires du mardi, alors j'espère que vous allez traiter ça correctement et rapidement.\n\nSalutations distinguées,\n{name}",
    ],
}

CASE_OPENED: dict[str, str] = {
    "it": "Buongiorno {first}, ci dispiace davvero. Abbiamo aperto la pratica {case} e la stiamo verificando con il circolo, le scriviamo appena abbiamo notizie. Il servizio clienti Fairvio",
    "fr": "Bonjour {first}, nous sommes vraiment désolés. Nous avons ouvert la demande {case} et vérifions avec le golf, nous revenons vers vous dès que possible. Le service client Fairvio",
    "en": "Hi {first}, really sorry about this. We've opened case {case} and are checking with the club, we'll be back in touch as soon as we know more. Fairvio customer care",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und klären das mit dem Club, wir melden uns so bald wie möglich. Ihr Fairvio Kundenservice",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y lo estamos mirando con el club, te escribimos en cuanto sepamos algo. Atención al cliente Fairvio",
    "pt": "Olá {first}, lamentamos muito. Abrimos o pedido {case} e estamos a ver com o clube, voltamos a escrever assim que soubermos. Apoio ao cliente Fairvio",
}
CHAT_CASE: dict[str, str] = {
    "it": "Mi dispiace molto, ho aperto la pratica {case} e la passo subito al collega che segue i circoli. Le scriviamo via mail.",
    "fr": "Je suis désolée, j'ai ouvert la demande {case} et je la transmets au collègue qui gère les golfs. On vous écrit par mail.",
    "en": "So sorry, I've opened case {case} and passed it to the team that deals with the clubs. We'll email you.",
    "de": "Das tut mir leid, ich habe den Vorgang {case} angelegt und an die Kollegen für die Clubs gegeben. Wir melden uns per Mail.",
    "es": "Lo siento mucho, he abierto la incidencia {case} y la paso al equipo de campos. Te escribimos por correo.",
    "pt": "Lamento muito, abri o pedido {case} e passei à equipa dos campos. Escrevemos por email.",
}
GOOD_NEWS: dict[str, str] = {
    "it": "Buongiorno {first}, buone notizie sulla pratica {case}: abbiamo sistemato con il circolo e l'importo le torna sulla carta in 3-5 giorni. Ci conferma che ora è tutto a posto? Il servizio clienti Fairvio",
    "fr": "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé avec le golf et le montant revient sur votre carte sous 3 à 5 jours. Pouvez-vous nous confirmer que tout est en ordre ? Le service client Fairvio",
    "en": "Hi {first}, good news on case {case}: it's sorted with the club and the money is back on your card in 3-5 days. Could you confirm all is OK now? Fairvio customer care",
    "de": "Hallo {first}, gute Nachricht zu Vorgang {case}: mit dem Club ist es geklärt, der Betrag ist in 3-5 Tagen wieder auf Ihrer Karte. Können Sie kurz bestätigen, dass alles passt? Ihr Fairvio Kundenservice",
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: arreglado con el club, el importe vuelve a tu tarjeta en 3-5 días. ¿Nos confirmas que está todo bien? Atención al cliente Fairvio",
    "pt": "Olá {first}, boas notícias sobre o pedido {case}: resolvido com o clube, o valor volta ao cartão em 3-5 dias. Pode confirmar que está tudo bem? Apoio ao cliente Fairvio",
}
QUALITY_LEAD: dict[str, str] = {
    "it": "Buongiorno {first}, la sua pratica {case} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. Il servizio clienti Fairvio",
    "fr": "Bonjour {first}, votre demande {case} est maintenant suivie par notre responsable qualité, qui vous appellera avant vendredi midi. Le service client Fairvio",
    "en": "Hi {first}, your case {case} is now with our quality lead, who'll ring you before Friday lunchtime. Fairvio customer care",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Ihr Fairvio Kundenservice",
    "es": "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Atención al cliente Fairvio",
    "pt": "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia. Apoio ao cliente Fairvio",
}
URGENT: dict[str, str] = {
    "it": "Aggiunto alla pratica {case} e segnato come urgente, mi scuso.",
    "fr": "Ajouté à la demande {case} et marqué urgent, toutes mes excuses.",
    "en": "Added to case {case} and marked urgent, apologies.",
    "de": "Zum Vorgang {case} hinzugefügt und als dringend markiert, Entschuldigung.",
    "es": "Añadido a la incidencia {case} y marcado urgente, disculpa.",
    "pt": "Acrescentado ao pedido {case} e marcado urgente, desculpe.",
}
CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, pratica {case} risolta, soldi arrivati. Grazie",
        "Sì tutto a posto per la {case}, grazie mille per la pazienza",
    ],
    "fr": [
        "Je confirme, demande {case} réglée, c'est bien revenu. Merci",
        "Oui c'est bon pour la {case}, merci pour le suivi",
    ],
    "en": ["Confirmed, case {case} sorted, money's back. Thanks"],
    "de": ["Bestätigt, Vorgang {case} erledigt, Geld ist da. Danke"],
    "es": ["Confirmado, incidencia {case} resuelta, ya está el dinero. Gracias"],
    "pt": ["Confirmo, pedido {case} resolvido, o dinheiro já voltou. Obrigada"],
}
APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per il tono di ieri, ero furiosa. Grazie per aver risposto subito",
        "ieri ho esagerato, scusate. la giornata era andata storta",
    ],
    "fr": [
        "Désolée pour le ton d'hier, j'étais hors de moi. Merci d'avoir répondu vite",
        "pardon pour hier, j'étais énervé, c'est pas vous personnellement",
    ],
    "en": ["Sorry for the tone yesterday, was fuming. Thanks for getting back quick"],
    "de": ["Sorry für gestern, war echt sauer. Danke für die schnelle Antwort"],
    "es": ["Perdón por el tono de ayer, estaba que echaba humo. Gracias por contestar rápido"],
    "pt": ["Desculpem o tom de ontem, estava furiosa. Obrigada pela resposta rápida"],
}
LOW_WORDS: dict[str, list[str]] = {
    "it": ["pessimo", "", "deluso"],
    "fr": ["nul", "", "déçue"],
    "en": ["poor", ""],
    "de": ["schlecht", ""],
    "es": ["fatal", ""],
    "pt": ["mau", ""],
}

# later contacts of an open case: n = 2, 3, 4
LATER: dict[str, dict[int, list[str]]] = {
    "it": {
        2: [
            "Vi scrivo di nuovo per la pratica {case}: {again}. Ancora niente, nessuno mi ha risposto.",
            "pratica {case} ancora aperta, {again}. quando mi rispondete?",
        ],
        3: [
            "Terza volta per la pratica {case}: {again}, sempre aperta. Un mio collega prenota con {comp} e queste cose gliele risolvono in giornata.",
            "Pratica {case}, terzo messaggio. {again} e niente. Ho guardato quanto costa {comp}, sinceramente ci sto pensando.",
        ],
        4: ["QUARTA volta che scrivo per la pratica {case}. {again}. È ancora tutto fermo."],
    },
    "fr": {
        2: [
            "Je reviens vers vous pour la demande {case} : {again}. Toujours rien, aucune réponse.",
            "demande {case} toujours ouverte, {again}. vous répondez quand ?",
        ],
        3: [
            "Troisième message pour la demande {case} : {again}, toujours pas réglé. Un collègue réserve chez {comp} et eux règlent ça dans la journée.",
            "Demande {case}, troisième fois. {again}, rien. J'ai regardé les tarifs de {comp}, je vous le dis franchement.",
        ],
        4: ["QUATRIÈME fois que j'écris pour la demande {case}. {again}. Rien n'a bougé."],
    },
    "en": {
        2: ["Writing again about case {case}: {again}. Still nothing, no reply."],
        3: [
            "Third time about case {case}: {again}, still open. A mate books through {comp} and they sort this stuff same day."
        ],
        4: ["FOURTH time writing about case {case}. {again}. Still open."],
    },
    "de": {
        2: [
            "Ich schreibe nochmal wegen Vorgang {case}: {again}. Immer noch nichts, keine Antwort."
        ],
        3: [
            "Dritte Nachricht zu Vorgang {case}: {again}, immer noch offen. Ein Kollege bucht über {comp}, die klären sowas am selben Tag."
        ],
        4: ["VIERTES Mal wegen Vorgang {case}. {again}. Immer noch offen."],
    },
    "es": {
        2: ["Vuelvo a escribir por la incidencia {case}: {again}. Sigo sin nada, nadie contesta."],
        3: [
            "Tercera vez por la incidencia {case}: {again}, sigue abierta. Un compañero reserva con {comp} y se lo arreglan en el día."
        ],
        4: ["CUARTA vez que escribo por la incidencia {case}. {again}. Todo igual."],
    },
    "pt": {
        2: ["Volto a escrever pelo pedido {case}: {again}. Continua tudo igual, ninguém responde."],
        3: [
            "Terceira vez pelo pedido {case}: {again}, continua aberto. Um colega marca pela {comp} e resolvem no próprio dia."
        ],
        4: ["QUARTA vez que escrevo pelo pedido {case}. {again}. Continua parado."],
    },
}
LATER_SPOKEN: dict[str, dict[int, str]] = {
    "it": {
        2: "sì buongiorno chiamo per la pratica {case} {again} è ancora aperta nessuno mi ha richiamato",
        3: "buongiorno è la terza volta per la pratica {case} {again} ancora niente un collega prenota con {comp} e a lui le risolvono subito",
        4: "è la quarta volta che chiamo per la pratica {case} {again} è sempre tutto fermo",
    },
    "fr": {
        2: "oui bonjour j'appelle pour la demande {case} {again} c'est toujours ouvert personne ne m'a rappelé",
        3: "bonjour c'est la troisième fois pour la demande {case} {again} toujours rien un collègue réserve chez {comp} et eux règlent ça tout de suite",
        4: "c'est la quatrième fois que j'appelle pour la demande {case} {again} rien n'a bougé",
    },
    "en": {
        2: "hi calling about case {case} {again} still open nobody called back",
        3: "hi third time now about case {case} {again} still nothing a mate uses {comp} and they sort it straight away",
        4: "fourth time I'm calling about case {case} {again} still nothing",
    },
    "de": {
        2: "ja hallo wegen Vorgang {case} {again} ist immer noch offen keiner hat zurückgerufen",
        3: "guten Tag zum dritten Mal wegen Vorgang {case} {again} immer noch nichts ein Kollege bucht über {comp} die machen das sofort",
        4: "das ist das vierte Mal wegen Vorgang {case} {again} immer noch offen",
    },
    "es": {
        2: "hola llamo por la incidencia {case} {again} sigue abierta nadie me ha llamado",
        3: "hola es la tercera vez por la incidencia {case} {again} nada un compañero usa {comp} y se lo arreglan enseguida",
        4: "es la cuarta vez que llamo por la incidencia {case} {again} todo igual",
    },
    "pt": {
        2: "olá ligo pelo pedido {case} {again} continua aberto ninguém me ligou",
        3: "olá é a terceira vez pelo pedido {case} {again} nada um colega usa a {comp} e resolvem logo",
        4: "é a quarta vez que ligo pelo pedido {case} {again} continua parado",
    },
}

# six slide steps: the last names a competitor; {amt} a fixed "no-show fee"
SLIDE: dict[str, list[str]] = {
    "it": [
        "Da qualche settimana a Villa Cedri il sabato trovo solo tee time alle 6:50 o dopo le 15. Prima non era così",
        "Golf cart prenotato e pagato, al circolo non era pronto. 25 minuti ad aspettare mentre il gruppo dietro partiva",
        "Aumentata la commissione di prenotazione senza dire niente a nessuno. Bello scoprirlo dall'estratto conto",
        "Villa Cedri non è più partner e i giri del carnet lì non valgono più. L'ho scoperto alla cassa del circolo",
        "Mi avete addebitato {amt} di penale no-show per un giro che ho GIOCATO, la carta col punteggio è nella vostra app. Assurdo",
        "Mio cognato prenota con {comp}, sabato ho già il giro lì. Vediamo come va",
    ],
    "fr": [
        "Depuis quelques semaines au Lac Vert le samedi il ne reste que 6h50 ou après 15h. Avant c'était pas comme ça",
        "Voiturette réservée et payée, pas prête à l'arrivée. 25 minutes à attendre pendant que les autres partaient",
        "Frais de réservation augmentés sans prévenir personne. Découvert sur le relevé, merci",
        "Le Lac Vert n'est plus partenaire et mon carnet n'y vaut plus rien. Appris à l'accueil du golf",
        "{amt} de frais de no-show pour une partie que j'ai JOUÉE, la carte de score est dans votre propre appli. N'importe quoi",
        "Mon beau-frère réserve chez {comp}, samedi je joue par eux. On verra bien",
    ],
    "en": [
        "Lately Saturdays at Royal Hollins only show 6:50 or after 3pm. Never used to be like that",
        "Buggy booked and paid, not ready when we got there. 25 mins waiting while the group behind teed off",
        "Booking fee's gone up and nobody said a word. Found out from my statement",
        "Royal Hollins dropped off as a partner and my pack rounds don't count there any more. Found out at the pro shop",
        "Charged a {amt} no-show fee for a round I PLAYED, the scorecard is in your own app. Ridiculous",
        "Brother-in-law books through {comp}, I've got Saturday's round with them. We'll see",
    ],
    "de": [
        "Seit ein paar Wochen gibt es samstags nur noch 6:50 oder nach 15 Uhr. War früher nicht so",
        "Cart gebucht und bezahlt, war nicht fertig. 25 Minuten gewartet während der Flight hinter uns abschlug",
        "Buchungsgebühr erhöht ohne ein Wort. Vom Kontoauszug erfahren",
        "Eichenhain ist kein Partner mehr und meine 10er-Karte gilt da nicht mehr. Im Sekretariat erfahren",
        "{amt} No-Show-Gebühr für eine Runde die ich GESPIELT habe, die Scorekarte ist in eurer eigenen App. Lächerlich",
        "Mein Schwager bucht über {comp}, Samstag spiele ich über die. Mal sehen",
    ],
    "es": [
        "Desde hace semanas los sábados solo quedan salidas a las 6:50 o después de las 15. Antes no era así",
        "Buggy reservado y pagado, no estaba listo. 25 minutos esperando",
        "Han subido la comisión de reserva sin avisar. Me enteré por el extracto",
        "El campo ya no es socio y mi bono no vale allí. Me enteré en la tienda del club",
        "{amt} de penalización por no presentarme a una salida que JUGUÉ, la tarjeta está en vuestra app. Increíble",
        "Mi cuñado reserva con {comp}, el sábado juego con ellos. A ver qué tal",
    ],
    "pt": [
        "Há semanas que ao sábado só há saídas às 6h50 ou depois das 15h. Antes não era assim",
        "Buggy marcado e pago, não estava pronto. 25 minutos à espera",
        "Subiram a taxa de reserva sem avisar. Soube pelo extrato",
        "O campo deixou de ser parceiro e o meu pacote já não vale lá. Soube na receção",
        "{amt} de taxa de não comparência por uma volta que JOGUEI, o cartão está na vossa app. Ridículo",
        "O meu cunhado marca pela {comp}, sábado jogo com eles. Vamos ver",
    ],
}
SLIDE_AMOUNT = {"it": "30 €", "fr": "30 €", "en": "£26", "de": "30 €", "es": "30 €", "pt": "30 €"}

LEAVE: dict[str, list[str]] = {
    "it": [
        "Buongiorno, dopo l'operazione alla schiena il medico mi ha detto niente golf per almeno un anno. Vorrei disdire il Fairvio Club e chiudere l'account. Grazie di tutto",
        "Salve, mi sono iscritto come socio al circolo qui sotto casa, quindi il Fairvio Club non mi serve più. Per favore disdite l'abbonamento e chiudete l'account.",
    ],
    "fr": [
        "Bonjour, après mon opération du dos le médecin m'interdit le golf pour un an. Je voudrais résilier le Fairvio Club et fermer mon compte. Merci pour tout",
        "Bonjour, j'ai pris une cotisation annuelle au golf à côté de chez moi, le Fairvio Club ne me sert plus. Merci de résilier et de fermer le compte.",
    ],
    "en": [
        "Hi, taking up a full membership at my local club so no need for Fairvio Club any more. Please cancel it and close my account."
    ],
    "de": [
        "Hallo, ich bin jetzt Vollmitglied in meinem Club vor Ort, den Fairvio Club brauche ich nicht mehr. Bitte kündigen und das Konto schließen."
    ],
    "es": [
        "Hola, me he hecho socio del club de al lado de casa y ya no necesito el Fairvio Club. Por favor, dadlo de baja y cerrad la cuenta."
    ],
    "pt": [
        "Olá, fiz-me sócio do clube aqui perto e já não preciso do Fairvio Club. Por favor cancelem e fechem a conta."
    ],
}
LEAVE_SUBJECT = {
    "it": "Disdetta Fairvio Club",
    "fr": "Résiliation Fairvio Club",
    "en": "Cancel Fairvio Club",
    "de": "Kündigung Fairvio Club",
    "es": "Baja Fairvio Club",
    "pt": "Cancelar Fairvio Club",
}
SORRY_GO: dict[str, str] = {
    "it": "Buongiorno {first}, ci dispiace vederla andare via. Può disdire il Club da sola nell'app o sul sito, in Account > Club. Il servizio clienti Fairvio",
    "fr": "Bonjour {first}, nous sommes désolés de vous voir partir. Vous pouvez résilier le Club vous-même dans l'appli ou sur le site, dans Compte > Club. Le service client Fairvio",
    "en": "Hi {first}, sorry to see you go. You can cancel Club yourself in the app or on the website under Account > Club. Fairvio customer care",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website kündigen, unter Konto > Club. Ihr Fairvio Kundenservice",
    "es": "Hola {first}, sentimos que te vayas. Puedes dar de baja el Club tú mismo en la app o en la web, en Cuenta > Club. Atención al cliente Fairvio",
    "pt": "Olá {first}, lamentamos vê-lo partir. Pode cancelar o Club na app ou no site, em Conta > Club. Apoio ao cliente Fairvio",
}

GRUMBLES: dict[str, list[str]] = {
    "it": [
        "L'app mi butta fuori ogni volta che la apro, devo rifare il login a ogni prenotazione",
        "Il promemoria 'il tuo tee time è tra 2 ore' alle 5:40 del mattino anche no",
        "Sabato 40 minuti di coda al primo tee anche con prenotazione",
        "Ennesimo carrello elettrico con il manico rotto",
        "Le palline del campo pratica sono sempre più consumate",
        "Il parcheggio di Villa Cedri è un campo di patate quando piove",
        "Spostano gli orari e nessuno avvisa",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois, je dois me reconnecter pour chaque réservation",
        "Le rappel 'votre départ est dans 2 h' à 5h40 du matin, sérieusement",
        "40 minutes d'attente au départ du 1 samedi même avec réservation",
        "Encore un chariot électrique avec la poignée cassée",
        "Les balles du practice sont de plus en plus pelées",
        "Le parking du golf quand il pleut c'est un champ de boue",
        "Ils déplacent les horaires et personne ne prévient",
    ],
    "en": [
        "App logs me out every single time",
        "The 'your tee time is in 2 hours' ping at 5:40am, come on",
        "40 min queue on the 1st tee Saturday even with a booking",
        "Another electric trolley with a broken handle",
        "Range balls getting more bald every week",
    ],
    "de": [
        "Die App meldet mich jedes Mal ab",
        "Die Erinnerung 'Startzeit in 2 Stunden' um 5:40 Uhr, muss das sein",
        "40 Minuten Warten am ersten Abschlag trotz Buchung",
        "Schon wieder ein E-Trolley mit kaputtem Griff",
        "Die Rangebälle werden immer schlechter",
    ],
    "es": [
        "La app me echa cada vez que la abro",
        "El aviso de 'tu salida es en 2 horas' a las 5:40 de la mañana, en serio",
        "40 minutos de cola en el tee del 1 el sábado con reserva",
        "Otro carrito eléctrico con el mango roto",
        "Las bolas del campo de prácticas están peladas",
    ],
    "pt": [
        "A app faz logout sempre que a abro",
        "O aviso 'a sua saída é daqui a 2 horas' às 5h40 da manhã, a sério",
        "40 minutos de fila no tee do 1 no sábado com reserva",
        "Outro carrinho elétrico com a pega partida",
        "As bolas do driving range estão carecas",
    ],
}

SARCASM: dict[str, list[str]] = {
    "it": [
        "Conferma 'istantanea' del tee time arrivata tre giorni dopo il giro. Velocissimi 👏",
        "Golf cart consegnato con dentro i panini del gruppo di prima 😂 almeno non avevo fame",
    ],
    "fr": [
        "Confirmation 'instantanée' reçue trois jours après la partie. Quelle rapidité 👏",
        "Voiturette livrée avec le sandwich entamé du groupe d'avant 😂 service compris",
    ],
    "en": ["'Instant' confirmation landed three days after the round. Lightning 👏"],
    "de": ["'Sofortige' Bestätigung drei Tage nach der Runde bekommen. Blitzschnell 👏"],
    "es": ["Confirmación 'instantánea' tres días después de jugar. Rapidísimos 👏"],
    "pt": ["Confirmação 'imediata' três dias depois de jogar. Rapidíssimos 👏"],
}

MILD: dict[str, list[str]] = {
    "it": [
        "la ricerca dei circoli mi mostra quelli in Liguria anche se sono a Verona, un po' scomodo",
        "le notifiche mi arrivano in inglese anche se l'app è in italiano",
    ],
    "fr": [
        "la recherche de golfs me propose la Bretagne alors que je suis à Lyon, pas pratique",
        "les notifications arrivent en anglais alors que l'appli est en français",
    ],
    "en": ["course search keeps showing Scotland when I'm in Bristol, bit annoying"],
    "de": ["die Platzsuche zeigt mir Plätze in Hamburg obwohl ich in München bin, etwas lästig"],
    "es": ["el buscador de campos me enseña Galicia y estoy en Sevilla, un poco incómodo"],
    "pt": ["a pesquisa de campos mostra o Algarve e eu estou no Porto, um bocado chato"],
}
MILD_ANSWER: dict[str, str] = {
    "it": "Grazie della segnalazione, l'ho passata al team dell'app. Nel frattempo può fissare la zona in Impostazioni.",
    "fr": "Merci du signalement, transmis à l'équipe de l'appli. En attendant vous pouvez fixer la zone dans Réglages.",
    "en": "Thanks for flagging, passed to the app team. Meanwhile you can set your area in Settings.",
    "de": "Danke für den Hinweis, ist beim App-Team. Bis dahin können Sie die Region in den Einstellungen festlegen.",
    "es": "Gracias por avisar, pasado al equipo de la app. Mientras, puedes fijar la zona en Ajustes.",
    "pt": "Obrigado pelo aviso, passado à equipa da app. Entretanto pode fixar a zona nas Definições.",
}
FORM_ACK: dict[str, str] = {
    "it": "Buongiorno {first}, grazie per il messaggio, lo abbiamo girato al team dell'app. Il servizio clienti Fairvio",
    "fr": "Bonjour {first}, merci pour votre message, transmis à l'équipe de l'appli. Le service client Fairvio",
    "en": "Hi {first}, thanks for your message, passed to the app team. Fairvio customer care",
    "de": "Hallo {first}, danke für Ihre Nachricht, ist beim App-Team. Ihr Fairvio Kundenservice",
    "es": "Hola {first}, gracias por tu mensaje, pasado al equipo de la app. Atención al cliente Fairvio",
    "pt": "Olá {first}, obrigado pela mensagem, passada à equipa da app. Apoio ao cliente Fairvio",
}

# ---------------------------------------------------------------- the spike
SPIKE_CODE = "4419/HC"
SPIKE_TOPIC = "golf app handicap index reset to 54.0 for players after the overnight scorecard sync: wrong strokes on competition cards, error 4419/HC when recalculating"
SPIKE: dict[str, list[str]] = {
    "it": [
        "Stamattina apro l'app e il mio handicap è 54.0. Ieri era 11.8! Provo a ricalcolare e mi dà errore 4419/HC. Tra un'ora ho la gara sociale",
        "ma che succede? handicap 54 a tutti e tre del mio gruppo, lo score card della gara ci dà 54 colpi. errore 4419/HC",
        "Fairvio il mio handicap è diventato 54.0 stanotte, il tasto ricalcola dà 4419/HC. Così la medal non la posso giocare",
        "Sono 16.4 da due anni e l'app adesso dice 54.0, con lo score della gara sbagliato. Codice 4419/HC. Aiuto",
    ],
    "fr": [
        "J'ouvre l'appli ce matin et mon index est à 54.0. Hier j'étais à 12.6 ! Recalculer donne l'erreur 4419/HC. J'ai la compétition dans une heure",
        "c'est quoi ce délire, index 54 pour tout mon groupe, la carte de la compét nous donne 54 coups. erreur 4419/HC",
        "Fairvio mon index est passé à 54.0 cette nuit et le bouton recalculer affiche 4419/HC. Impossible de jouer la médaille comme ça",
        "Index 18.2 depuis deux ans et là l'appli affiche 54.0 avec une carte de compétition fausse. Code 4419/HC. Au secours",
    ],
    "en": [
        "Opened the app this morning and my handicap index says 54.0. It was 9.4 yesterday! Recalculate gives error 4419/HC. Medal tees off in an hour",
        "handicap 54.0 for our whole fourball, comp card giving us 54 shots each lol. error 4419/HC",
    ],
    "de": [
        "Heute früh App auf und mein Handicap steht auf 54.0. Gestern 14.1! Neu berechnen gibt Fehler 4419/HC. In einer Stunde ist das Monatsturnier",
        "Handicap 54 bei allen im Flight, Scorekarte gibt 54 Schläge vor. Fehler 4419/HC",
    ],
    "es": [
        "Abro la app esta mañana y mi hándicap es 54.0. ¡Ayer era 13.5! Recalcular da error 4419/HC. Tengo la competición en una hora",
        "hándicap 54 para todo mi grupo, la tarjeta de la competición nos da 54 golpes. error 4419/HC",
    ],
    "pt": [
        "Abro a app esta manhã e o meu handicap está 54.0. Ontem era 15.2! Recalcular dá erro 4419/HC. Tenho a competição daqui a uma hora",
        "handicap 54 para o grupo todo, o cartão da competição dá-nos 54 pancadas. erro 4419/HC",
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "it": [
        "Ancora 54.0 e 4419/HC, anche dal telefono di mia moglie. Lo starter non ci fa partire con questi score",
        "sempre 4419/HC, ho reinstallato l'app e niente. il segretario del circolo dice che è un problema vostro",
    ],
    "fr": [
        "Toujours 54.0 et 4419/HC, même sur le téléphone de ma femme. Le starter refuse de nous faire partir avec ces cartes",
        "toujours 4419/HC, j'ai réinstallé l'appli, rien. le secrétariat du golf dit que ça vient de vous",
    ],
    "en": [
        "Still 54.0 and 4419/HC, even on my wife's phone. Starter won't send us out with these cards"
    ],
    "de": [
        "Immer noch 54.0 und 4419/HC, auch auf dem Handy meiner Frau. Der Starter lässt uns so nicht los"
    ],
    "es": [
        "Sigue 54.0 y 4419/HC, también en el móvil de mi mujer. El starter no nos deja salir así"
    ],
    "pt": [
        "Continua 54.0 e 4419/HC, também no telemóvel da minha mulher. O starter não nos deixa sair assim"
    ],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "it": "Sì, gli handicap risultano 54.0 per molti giocatori dopo la sincronizzazione di stanotte, i nostri tecnici ci stanno lavorando. Il suo handicap vero è salvo.",
    "fr": "Oui, les index s'affichent à 54.0 pour beaucoup de joueurs depuis la synchronisation de cette nuit, nos techniciens sont dessus. Votre vrai index est conservé.",
    "en": "Yes, handicaps are showing 54.0 for a lot of players since last night's sync, our engineers are on it. Your real index is safe.",
    "de": "Ja, seit dem Abgleich heute Nacht zeigen viele Handicaps 54.0, unsere Technik ist dran. Ihr echtes Handicap ist gespeichert.",
    "es": "Sí, desde la sincronización de esta noche muchos hándicaps salen 54.0, los técnicos están en ello. Tu hándicap real está guardado.",
    "pt": "Sim, desde a sincronização desta noite muitos handicaps aparecem 54.0, os técnicos estão a tratar. O seu handicap real está guardado.",
}
SPIKE_FIXED: dict[str, str] = {
    "it": "Buongiorno {first}, dalle {local} gli handicap sono di nuovo corretti e le carte della gara si possono ristampare. Ci scusiamo: le abbiamo accreditato {credit} per il prossimo giro. Il servizio clienti Fairvio",
    "fr": "Bonjour {first}, depuis {local} les index sont de nouveau corrects et les cartes de compétition peuvent être réimprimées. Toutes nos excuses : {credit} de crédit ont été ajoutés pour votre prochaine partie. Le service client Fairvio",
    "en": "Hi {first}, since {local} handicaps are correct again and competition cards can be reprinted. Our apologies: {credit} credit has been added for your next round. Fairvio customer care",
    "de": "Hallo {first}, seit {local} Uhr stimmen die Handicaps wieder und die Turnierkarten können neu gedruckt werden. Entschuldigung: {credit} Guthaben für die nächste Runde ist gebucht. Ihr Fairvio Kundenservice",
    "es": "Hola {first}, desde las {local} los hándicaps vuelven a estar bien y las tarjetas se pueden reimprimir. Disculpa: te hemos abonado {credit} para tu próxima salida. Atención al cliente Fairvio",
    "pt": "Olá {first}, desde as {local} os handicaps estão de novo corretos e os cartões podem ser reimpressos. Pedimos desculpa: creditámos {credit} para a próxima volta. Apoio ao cliente Fairvio",
}
SPIKE_SUBJECT = {
    "it": "Handicap 54.0 errore 4419/HC",
    "fr": "Index 54.0 erreur 4419/HC",
    "en": "Handicap 54.0 error 4419/HC",
    "de": "Handicap 54.0 Fehler 4419/HC",
    "es": "Hándicap 54.0 error 4419/HC",
    "pt": "Handicap 54.0 erro 4419/HC",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        "Ciao, ieri sera dopo il giro l'handicap è rimasto 'in calcolo' per un'oretta, poi si è aggiornato giusto a 14.3. Domani per la gara va bene così?",
        "Ciao, sì: il ricalcolo dopo la firma della carta può richiedere fino a un'ora. Il suo 14.3 è corretto, buona gara!",
    ),
    "fr": (
        "Bonjour, hier soir après ma partie l'index est resté 'en calcul' une heure puis il s'est mis à jour correctement à 17.1. Pour la compét de demain c'est bon ?",
        "Bonjour, oui : le recalcul après la signature de la carte peut prendre jusqu'à une heure. Votre 17.1 est correct, bonne compétition !",
    ),
}
MAP_GRUMBLE: dict[str, tuple[str, str]] = {
    "it": (
        "la mappa dei circoli ci mette un'eternità a caricare stamattina",
        "Grazie, lo segnaliamo. Intanto la lista dei circoli funziona normalmente.",
    ),
    "en": (
        "course map taking forever to load this morning",
        "Thanks, flagged it. The course list works fine meanwhile.",
    ),
}
