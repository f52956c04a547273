"""Wording of the 271st blind set: Felinza, cat hotels booked by app and web.

Every table in de, en, es, fr, it, pt; German and English first (most variants).
Placeholders: {b} brand, {club} membership, {cat} the cat's name, {case} case
reference, {comp} competitor, {amt} an amount, {t} a local time, {first} a
colleague's first name, {day} a weekday, {topic} a problem label, {name} the
customer's name, {agent} the agent, {company} a company.
"""

from __future__ import annotations

# ruff: noqa: E501

Table = dict[str, list[str]]
QA = dict[str, list[tuple[str, str]]]

BRAND = "Felinza"
CLUB = "Felinza Club"
BUSINESS_ARM = "Felinza Business"
COMPETITORS = ("Gattora", "Ronrona")

LANGS = ("de", "en", "es", "fr", "it", "pt")

FIRST_NAMES: Table = {
    "de": [
        "Anja",
        "Jonas",
        "Katrin",
        "Felix",
        "Miriam",
        "Stefan",
        "Sabine",
        "Tobias",
        "Ute",
        "Lukas",
        "Heike",
        "Moritz",
        "Carina",
        "Dirk",
        "Greta",
        "Ralf",
        "Nadine",
        "Bernd",
        "Svenja",
        "Henrik",
    ],
    "en": [
        "Claire",
        "Tom",
        "Fiona",
        "Gareth",
        "Rachel",
        "Liam",
        "Siobhan",
        "Owen",
        "Hannah",
        "Callum",
        "Niamh",
        "Stuart",
        "Becky",
        "Declan",
        "Holly",
        "Mark",
        "Aoife",
        "Ben",
        "Jess",
        "Rory",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Rocío",
        "Pablo",
        "Inés",
        "Raúl",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Sandrine",
        "Quentin",
        "Amélie",
        "Olivier",
        "Laure",
        "Bastien",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Francesca",
        "Luca",
        "Elena",
        "Matteo",
        "Silvia",
        "Andrea",
    ],
    "pt": [
        "Inês",
        "João",
        "Catarina",
        "Tiago",
        "Mariana",
        "Rui",
        "Beatriz",
        "Nuno",
        "Sofia",
        "Pedro",
    ],
}
SURNAMES: Table = {
    "de": [
        "Köhler",
        "Brandt",
        "Hofmann",
        "Winkler",
        "Schuster",
        "Lange",
        "Vogt",
        "Krämer",
        "Böhm",
        "Seidel",
        "Haas",
        "Ludwig",
        "Franke",
        "Sommer",
        "Jäger",
    ],
    "en": [
        "Walsh",
        "Harper",
        "Doyle",
        "Pritchard",
        "Moran",
        "Fletcher",
        "Quinn",
        "Barker",
        "Lynch",
        "Hughes",
        "Dunne",
        "Carter",
        "Nolan",
        "Pearce",
        "Kelly",
    ],
    "es": [
        "Navarro",
        "Ortega",
        "Gil",
        "Serrano",
        "Molina",
        "Castro",
        "Rubio",
        "Iglesias",
        "Vidal",
        "Cano",
    ],
    "fr": [
        "Lefèvre",
        "Girard",
        "Bonnet",
        "Mercier",
        "Faure",
        "Rousseau",
        "Blanc",
        "Guérin",
        "Muller",
        "Chevalier",
    ],
    "it": [
        "Ferri",
        "Colombo",
        "Marchetti",
        "Galli",
        "Rinaldi",
        "Conti",
        "Testa",
        "Fabbri",
        "Mancini",
        "Serra",
    ],
    "pt": [
        "Ferreira",
        "Costa",
        "Pinto",
        "Carvalho",
        "Ribeiro",
        "Sousa",
        "Lopes",
        "Marques",
        "Teixeira",
        "Moura",
    ],
}
TOWNS: dict[str, Table] = {
    "DE": {"x": ["Leipzig", "Münster", "Freiburg", "Kassel", "Augsburg", "Rostock"]},
    "AT": {"x": ["Graz", "Linz", "Salzburg"]},
    "CH": {"x": ["Bern", "Luzern", "Lausanne", "Lugano"]},
    "UK": {"x": ["Leeds", "Bristol", "Norwich", "Cardiff", "York"]},
    "IE": {"x": ["Galway", "Cork", "Limerick"]},
    "ES": {"x": ["Zaragoza", "Valencia", "Bilbao", "Málaga"]},
    "FR": {"x": ["Nantes", "Lille", "Rennes", "Dijon"]},
    "BE": {"x": ["Liège", "Namur"]},
    "IT": {"x": ["Bologna", "Torino", "Verona", "Padova"]},
    "PT": {"x": ["Braga", "Coimbra", "Porto", "Aveiro"]},
}
JOBS: Table = {
    "de": [
        "Pflegerin",
        "Lehrer",
        "Bauingenieurin",
        "Steuerberater",
        "Krankenpfleger",
        "Grafikerin",
    ],
    "en": ["nurse", "teacher", "site manager", "accountant", "paramedic", "graphic designer"],
    "es": ["enfermera", "profesor", "arquitecta", "contable"],
    "fr": ["infirmière", "professeur", "comptable", "pharmacienne"],
    "it": ["infermiera", "insegnante", "geometra", "commercialista"],
    "pt": ["enfermeira", "professor", "contabilista", "engenheira"],
}
CAT_NAMES = [
    "Mimi",
    "Luna",
    "Felix",
    "Tiger",
    "Minka",
    "Simba",
    "Oskar",
    "Nala",
    "Mogli",
    "Pepper",
    "Kiki",
    "Bella",
    "Leo",
    "Pixel",
    "Socke",
    "Churro",
    "Nube",
    "Gigi",
    "Tofu",
    "Mia",
]

AGENTS = {
    "de": ["Jana", "Markus"],
    "en": ["Emma", "Josh"],
    "es": ["Carmen"],
    "fr": ["Manon"],
    "it": ["Sara"],
    "pt": ["Rita"],
}

PRAISE: Table = {
    "de": [
        "{cat} war zwei Wochen bei {b} und kam total entspannt zurück. Die täglichen Fotos haben mir den Urlaub gerettet.",
        "Großes Lob an das Team von {b}, {cat} hat sogar mit der Betreuerin geschmust, und das will bei ihm was heißen 😅",
        "Hätte nie gedacht, dass {cat} woanders frisst. Bei {b} hat sie gefuttert wie zu Hause. Danke!",
        "Die Katzencam ist Gold wert, abends im Hotel {cat} beim Schlafen zuschauen ❤️",
    ],
    "en": [
        "{cat} stayed at {b} while we were in Lisbon and came home calmer than when she left. The daily photos were lovely.",
        "Honestly the best cattery we've used. Clean suites, no smell, and they remembered {cat} won't touch the tuna one.",
        "Shout out to the night staff at {b}, they sent a video of {cat} on the scratching tower at 10pm just because 🥹",
        "Watching {cat} snooze on the cat cam from a campsite in Brittany, this is peak holiday",
    ],
    "es": [
        "{cat} ha pasado diez días en {b} y ha vuelto tan pancho. Las fotos diarias me quitaron el agobio.",
        "Gracias al equipo de {b}, {cat} hasta se dejó cepillar, cosa que en casa es imposible jaja",
    ],
    "fr": [
        "{cat} a passé la semaine chez {b} et il est revenu tout détendu. Merci pour les photos chaque soir !",
        "Pension au top, chambres propres, personnel adorable avec {cat}. On reviendra.",
    ],
    "it": [
        "{cat} è stata una settimana da {b} ed è tornata serenissima. Le foto ogni giorno sono state una coccola anche per noi.",
        "Personale gentilissimo, stanze pulite, {cat} ha mangiato tutto. Consigliatissimo.",
    ],
    "pt": [
        "A {cat} ficou uma semana na {b} e voltou tranquilíssima. Adorei as fotos diárias!",
        "Equipa cinco estrelas, quartos limpos e trataram o {cat} como se fosse deles.",
    ],
}
AGAIN: Table = {
    "de": [
        "Zum dritten Mal dieses Jahr bei {b}, und {cat} läuft inzwischen von allein in die Transportbox 😂",
        "Schon wieder die gleiche liebe Betreuerin wie im Frühjahr, {cat} hat sie sofort erkannt.",
    ],
    "en": [
        "Third stay this year and {cat} walked straight into her suite like she owns the place",
        "Same lovely carer as last time, {cat} remembered her instantly. Still impressed with {b}.",
    ],
    "es": ["Tercera vez este año con {b} y {cat} ya entra solo en la habitación, ni maúlla."],
    "fr": [
        "Encore une fois parfait, troisième séjour pour {cat} chez {b} et toujours la même gentillesse."
    ],
    "it": [
        "Terza volta quest'anno da {b}, {cat} ormai entra da solo nella suite. Sempre impeccabili."
    ],
    "pt": ["Terceira estadia este ano na {b} e continua tudo impecável. O {cat} já nem estranha."],
}
GRIPE: Table = {
    "de": [
        "Alles super, nur das Parken vor der Pension ist eine Katastrophe. {cat} war trotzdem glücklich.",
        "Sehr liebe Betreuung, nur die App fragt jedes Mal nach dem Impfpass, obwohl er längst hochgeladen ist.",
    ],
    "en": [
        "Great stay, only gripe is the drop-off slot, 9 to 11 is tight on a workday. {cat} loved it though.",
        "Lovely staff. Wish the photo updates came a bit earlier in the day but that's me being fussy.",
    ],
    "es": ["Todo genial, solo que el horario de entrega es muy corto. {cat} feliz igualmente."],
    "fr": ["Très bien, juste le parking qui est galère. {cat} était ravi quand même."],
    "it": ["Tutto ottimo, solo il parcheggio davanti è un incubo. {cat} contentissimo comunque."],
    "pt": ["Tudo ótimo, só o horário de entrega é apertado. O {cat} adorou."],
}
CHAT_QA: QA = {
    "de": [
        (
            "Kann ich {cat} sein eigenes Futter mitgeben oder muss er eures nehmen?",
            "Eigenes Futter ist kein Problem, bitte beschriftet mitbringen. Ich habe es in der Buchung vermerkt.",
        ),
        (
            "Hallo, wie lange vorher muss die Impfung gegen Katzenschnupfen sein?",
            "Mindestens 14 Tage vor der Anreise, dann passt alles.",
        ),
        (
            "Gibt es bei euch auch Zimmer mit Fenster zum Garten?",
            "Ja, die Fenstersuiten, im Buchungsschritt 2 auswählbar. Ich habe Ihnen eine vorgemerkt.",
        ),
    ],
    "en": [
        (
            "Can I bring {cat}'s own bed or is that a faff for you?",
            "Not at all, bring it along, it'll stay in her suite the whole time.",
        ),
        (
            "How far in advance does the flu jab need to be?",
            "At least 14 days before arrival and you're all set.",
        ),
        (
            "Do you do window suites? She likes watching birds",
            "We do, you can pick one at step 2 of the booking. I've pencilled one in for you.",
        ),
    ],
    "es": [
        (
            "¿Puedo llevar el pienso de {cat} o tiene que comer el vuestro?",
            "Claro que sí, tráelo etiquetado y lo anotamos en la reserva.",
        ),
        (
            "¿Con cuánta antelación tiene que estar puesta la vacuna?",
            "Mínimo 14 días antes de la entrada.",
        ),
    ],
    "fr": [
        (
            "Je peux apporter les croquettes de {cat} ?",
            "Bien sûr, apportez-les avec son nom, c'est noté dans la réservation.",
        ),
        ("Le vaccin doit dater de combien de temps avant ?", "Au moins 14 jours avant l'arrivée."),
    ],
    "it": [
        (
            "Posso portare le crocchette di {cat}?",
            "Certo, basta scriverci il nome sopra. L'ho segnato nella prenotazione.",
        ),
        ("Quanto prima va fatto il vaccino?", "Almeno 14 giorni prima dell'arrivo."),
    ],
    "pt": [
        (
            "Posso levar a ração do {cat}?",
            "Claro, basta vir com o nome. Já ficou anotado na reserva.",
        ),
        ("Com quanta antecedência tem de ser a vacina?", "Pelo menos 14 dias antes da entrada."),
    ],
}
THANKS: Table = {
    "de": ["Super, danke!", "Danke euch 🙏", "Perfekt, dankeschön"],
    "en": ["Perfect, thanks!", "Brilliant, cheers", "Great, thank you"],
    "es": ["Genial, gracias!", "Perfecto, mil gracias"],
    "fr": ["Parfait merci", "Super, merci beaucoup"],
    "it": ["Perfetto grazie", "Grazie mille!"],
    "pt": ["Ótimo, obrigada!", "Perfeito, obg"],
}
PHONE_QA: QA = {
    "de": [
        (
            "ja hallo ich wollte fragen ob ich {cat} schon am Freitagabend bringen kann wir fliegen am Samstag ganz früh",
            "Wie telefonisch besprochen: Anreise Freitag zwischen 18 und 19 Uhr ist eingetragen.",
        ),
        (
            "guten Tag kurze Frage gebt ihr auch Insulin die Katze braucht das zweimal am Tag",
            "Wie besprochen: unsere Betreuerinnen geben Insulin zweimal täglich, es ist in der Buchung vermerkt.",
        ),
    ],
    "en": [
        (
            "hi yeah just ringing to check you can give insulin she has it twice a day",
            "Following our call: yes, our carers give insulin twice daily, it's noted on {cat}'s booking.",
        ),
        (
            "hello is it ok to drop {cat} off on the friday evening our flight's at six am saturday",
            "As discussed, Friday drop-off between 6 and 7pm is booked in.",
        ),
    ],
    "es": [
        (
            "hola quería saber si puedo llevar a {cat} el domingo por la tarde",
            "Como hablamos, el domingo de 17 a 19 h queda apuntado.",
        )
    ],
    "fr": [
        (
            "bonjour je voulais savoir si deux chats peuvent partager la même chambre",
            "Suite à votre appel : oui, deux chats du même foyer partagent une suite.",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se posso portare la sua copertina da casa",
            "Come detto al telefono: certo, la copertina resta con {cat} per tutto il soggiorno.",
        )
    ],
    "pt": [
        (
            "olá queria saber se posso ir buscar o {cat} no sábado de manhã",
            "Conforme falámos, sábado das 9h às 12h fica marcado.",
        )
    ],
}
CALL_SUBJECT: dict[str, str] = {
    "de": "Ihr Anruf bei {b}",
    "en": "Your call to {b}",
    "es": "Tu llamada a {b}",
    "fr": "Votre appel à {b}",
    "it": "La sua chiamata a {b}",
    "pt": "A sua chamada para a {b}",
}
QUESTION_SUBJECT: dict[str, str] = {
    "de": "Frage zur Buchung",
    "en": "Quick question",
    "es": "Duda reserva",
    "fr": "Question réservation",
    "it": "Domanda prenotazione",
    "pt": "Dúvida reserva",
}
SIGN: dict[str, str] = {
    "de": "Viele Grüße, {agent}",
    "en": "Best wishes, {agent}",
    "es": "Un saludo, {agent}",
    "fr": "Bonne journée, {agent}",
    "it": "Cordiali saluti, {agent}",
    "pt": "Cumprimentos, {agent}",
}

PRODUCTS = [
    ("Standard suite, 7 nights", 168, "/book/suite"),
    ("Window suite, 10 nights", 290, "/book/window-suite"),
    ("Pet taxi, return trip", 38, "/book/taxi"),
    ("Felinza Club, monthly", 9, "/club"),
    ("Grooming add-on", 25, "/extras"),
    ("Family suite for two cats, 5 nights", 185, "/book/family-suite"),
]
PAGES = ["/suites", "/prices", "/club", "/catcam", "/locations", "/faq/vaccinations", "/extras"]

SURVEY_WORDS: Table = {
    "de": ["Top", "Alles bestens", "", "😻", "Gerne wieder"],
    "en": ["Great", "Spot on", "", "👍", "Lovely as always"],
    "es": ["Genial", "", "Muy bien"],
    "fr": ["Parfait", "", "Top"],
    "it": ["Ottimo", "", "Bravissimi"],
    "pt": ["Excelente", "", "Muito bom"],
}
LOW_CSAT_WORDS: Table = {
    "de": ["", "schlecht"],
    "en": ["", "poor"],
    "es": ["", "mal"],
    "fr": ["", "nul"],
    "it": ["", "pessimo"],
    "pt": ["", "mau"],
}
NPS_LOW_WORDS: Table = {
    "de": ["So nicht.", "", "Enttäuscht."],
    "en": ["Not good enough.", "", "Disappointed."],
    "es": ["Muy decepcionada."],
    "fr": ["Déçue."],
    "it": ["Deluso."],
    "pt": ["Desiludida."],
}

NIGHT_POSTS: Table = {
    "de": [
        "3 Uhr nachts, kann nicht schlafen und schaue {cat} auf der Katzencam beim Schnarchen zu. Danke {b} 😴",
        "Nachtschicht im Krankenhaus vorbei, noch schnell die Herbstferien für {cat} gebucht. Ging ratzfatz.",
        "Gerade vom Spätdienst an der Tankstelle heim, {cat} liegt auf der Cam im Körbchen, ich jetzt auch gleich.",
    ],
    "en": [
        "Night shift done, just booked {cat}'s half-term stay in about two minutes. Easy.",
        "Can't sleep so I'm watching {cat} sleep on the cat cam. Ironic.",
        "Home from the late shift, checked the cam, {cat} is upside down on the heated mat. Living better than me",
    ],
    "es": ["Las 2 de la mañana y yo mirando a {cat} dormir en la cámara de {b}. Soy lo peor jaja"],
    "fr": ["Insomnie, du coup je regarde {cat} dormir sur la caméra. Merci {b} 😅"],
    "it": ["Le due di notte e io guardo {cat} che dorme in webcam. Grazie {b}"],
    "pt": ["Duas da manhã e eu a ver o {cat} a dormir na câmara. Obrigada {b}"],
}
NIGHT_QA: QA = {
    "de": [
        (
            "Kann ich die Buchung für nächste Woche noch um eine Nacht verlängern?",
            "Klar, ist verlängert, die Bestätigung kommt per Mail.",
        ),
        (
            "Bis wann kann man am Sonntag abholen?",
            "Sonntags bis 18 Uhr, ich habe Sie für 17 Uhr eingetragen.",
        ),
    ],
    "en": [
        (
            "Is Sunday drop off flexible? Our flight lands late",
            "Yes, Sunday drop-off until 8pm is fine, I've noted it.",
        ),
        (
            "can I add the grooming thing to an existing booking",
            "Yes, it's added, you'll see it in the app.",
        ),
    ],
    "es": [
        ("¿Puedo cambiar la recogida al lunes?", "Sí, cambiada al lunes, te llega la confirmación.")
    ],
    "fr": [
        ("Je peux ajouter une nuit à la réservation ?", "Oui, c'est fait, confirmation par mail.")
    ],
    "it": [
        (
            "Posso aggiungere una notte alla prenotazione?",
            "Certo, aggiunta. Le arriva la conferma via mail.",
        )
    ],
    "pt": [
        (
            "Posso acrescentar uma noite à reserva?",
            "Claro, já está. Recebe a confirmação por email.",
        )
    ],
}

PROBLEMS = ("taxi_no_show", "double_charge", "care_missed", "refund", "wrong_price", "booking_lost")
PROBLEM_ABOUT = {
    "taxi_no_show": "pet taxi marked as collected, never came",
    "double_charge": "stay charged twice",
    "care_missed": "cat's daily medication not given for days",
    "refund": "refund for a stay cancelled in time not paid",
    "wrong_price": "Club member charged the standard nightly rate",
    "booking_lost": "confirmed booking missing at reception, no room",
}
TOPIC: dict[str, dict[str, str]] = {
    "taxi_no_show": {
        "de": "Katzentaxi nicht gekommen",
        "en": "pet taxi never came",
        "es": "el taxi no vino",
        "fr": "taxi jamais venu",
        "it": "taxi mai arrivato",
        "pt": "táxi não apareceu",
    },
    "double_charge": {
        "de": "doppelte Abbuchung",
        "en": "charged twice",
        "es": "cobro doble",
        "fr": "double débit",
        "it": "doppio addebito",
        "pt": "cobrança em dobro",
    },
    "care_missed": {
        "de": "Medikament nicht gegeben",
        "en": "medication not given",
        "es": "medicación no dada",
        "fr": "médicament non donné",
        "it": "medicina non data",
        "pt": "medicação não dada",
    },
    "refund": {
        "de": "Erstattung fehlt",
        "en": "refund missing",
        "es": "reembolso pendiente",
        "fr": "remboursement manquant",
        "it": "rimborso mancante",
        "pt": "reembolso em falta",
    },
    "wrong_price": {
        "de": "falscher Tarif trotz Club",
        "en": "wrong rate for Club member",
        "es": "tarifa incorrecta siendo socia",
        "fr": "mauvais tarif membre",
        "it": "tariffa sbagliata da socio",
        "pt": "tarifa errada de sócia",
    },
    "booking_lost": {
        "de": "Buchung verschwunden",
        "en": "booking vanished",
        "es": "reserva desaparecida",
        "fr": "réservation introuvable",
        "it": "prenotazione sparita",
        "pt": "reserva desaparecida",
    },
}
CORE: dict[str, Table] = {
    "taxi_no_show": {
        "de": [
            "Das Katzentaxi für {cat} stand heute um 8 Uhr in der App als ABGEHOLT, gekommen ist aber niemand. Wir standen mit Koffern und Katze im Flur und haben fast den Flug verpasst.",
            "Abholung angeblich erfolgt, {cat} sitzt aber noch hier bei mir in der Box. Und niemand ruft zurück.",
        ],
        "en": [
            "The pet taxi was marked as COLLECTED at 7:40 this morning but nobody turned up. {cat} sat in her carrier for an hour while we missed our train.",
            "App says {cat} was picked up. She is literally sitting on my lap. Where is your driver?",
        ],
        "es": [
            "La app dice que el taxi recogió a {cat} a las 8, pero aquí no ha venido nadie. Casi perdemos el vuelo."
        ],
        "fr": [
            "Le taxi pour {cat} est marqué « récupéré » depuis 8h mais personne n'est venu. On a failli rater notre avion."
        ],
        "it": [
            "Il taxi per {cat} risulta RITIRATO alle 8 ma qui non è venuto nessuno. Abbiamo quasi perso il volo."
        ],
        "pt": [
            "A app diz que o táxi levou o {cat} às 8h mas ninguém apareceu. Quase perdemos o voo."
        ],
    },
    "double_charge": {
        "de": [
            "Ihr habt mir den Aufenthalt von {cat} ZWEIMAL abgebucht, {amt} und nochmal {amt}. Jetzt ist mein Konto im Minus.",
            "Doppelte Abbuchung, zweimal {amt} für denselben Aufenthalt. Bitte sofort zurückbuchen.",
        ],
        "en": [
            "You've taken {amt} TWICE for the same stay. My account is overdrawn now, sort it out please.",
            "Charged twice for {cat}'s booking, {amt} each time. That's not a small amount for us.",
        ],
        "es": [
            "Me habéis cobrado DOS veces la estancia de {cat}, {amt} cada una. Tengo la cuenta en negativo."
        ],
        "fr": [
            "Vous m'avez débité deux fois {amt} pour le même séjour de {cat}. Mon compte est à découvert."
        ],
        "it": [
            "Mi avete addebitato DUE volte {amt} per lo stesso soggiorno di {cat}. Conto in rosso."
        ],
        "pt": [
            "Cobraram-me DUAS vezes {amt} pela mesma estadia do {cat}. Fiquei com a conta a descoberto."
        ],
    },
    "care_missed": {
        "de": [
            "{cat} braucht zweimal täglich seine Schilddrüsentablette, das steht groß in der Buchung. Heute erfahre ich, dass er sie drei Tage nicht bekommen hat. Ich bin fassungslos.",
            "Drei Tage ohne Tablette. DREI. Obwohl ich es bei der Übergabe noch extra gesagt habe.",
        ],
        "en": [
            "{cat} needs her thyroid tablet twice a day, it's on the booking in capitals. Today I find out she's missed three days of it. I'm livid.",
            "Three days without her medication. THREE. I told the woman at drop-off twice.",
        ],
        "es": [
            "{cat} necesita su pastilla del tiroides dos veces al día, está en la reserva. Hoy me entero de que lleva tres días sin tomarla."
        ],
        "fr": [
            "{cat} doit avoir son comprimé pour la thyroïde deux fois par jour, c'est écrit dans la réservation. J'apprends qu'il ne l'a pas eu depuis trois jours."
        ],
        "it": [
            "{cat} deve prendere la pastiglia per la tiroide due volte al giorno, è scritto nella prenotazione. Oggi scopro che sono tre giorni che non la prende."
        ],
        "pt": [
            "O {cat} tem de tomar o comprimido da tiroide duas vezes por dia, está na reserva. Hoje descubro que há três dias que não o toma."
        ],
    },
    "refund": {
        "de": [
            "Ich habe den Aufenthalt vor fünf Wochen storniert, fristgerecht, und warte immer noch auf {amt}. Jede Mail wird mit einem Textbaustein beantwortet.",
            "Fünf Wochen nach der Stornierung immer noch keine {amt} zurück. Wie lange soll das noch dauern?",
        ],
        "en": [
            "Cancelled the stay five weeks ago, well inside the free window, and still no sign of the {amt} refund.",
            "Five weeks and my {amt} still hasn't come back. Every reply is a copy and paste.",
        ],
        "es": [
            "Cancelé la estancia hace cinco semanas, dentro de plazo, y sigo sin ver los {amt}."
        ],
        "fr": [
            "J'ai annulé le séjour il y a cinq semaines, dans les délais, et toujours pas de remboursement de {amt}."
        ],
        "it": [
            "Ho disdetto il soggiorno cinque settimane fa, nei tempi, e dei {amt} nemmeno l'ombra."
        ],
        "pt": [
            "Cancelei a estadia há cinco semanas, dentro do prazo, e nada do reembolso de {amt}."
        ],
    },
    "wrong_price": {
        "de": [
            "Ich bin {club}-Mitglied und zahle jeden Monat dafür, trotzdem wurde mir der normale Übernachtungspreis berechnet, {amt} zu viel.",
            "Wozu zahle ich eigentlich für den {club}? Abgerechnet wurde der volle Preis, {amt} mehr als vereinbart.",
        ],
        "en": [
            "I pay for {club} every month and still got charged the standard nightly rate. That's {amt} extra.",
            "What's the point of {club} if you bill me the full price anyway? {amt} over.",
        ],
        "es": [
            "Soy socia de {club}, pago cada mes, y me habéis cobrado la tarifa normal. {amt} de más."
        ],
        "fr": [
            "Je suis membre {club}, je paie tous les mois, et on m'a facturé le tarif normal. {amt} de trop."
        ],
        "it": [
            "Sono iscritto a {club}, pago ogni mese, e mi avete fatto pagare la tariffa piena. {amt} in più."
        ],
        "pt": [
            "Sou sócia do {club}, pago todos os meses, e cobraram-me a tarifa normal. {amt} a mais."
        ],
    },
    "booking_lost": {
        "de": [
            "Wir standen heute früh mit {cat} an der Rezeption und die Buchung war einfach WEG. Kein Zimmer frei. Ich musste die Nachbarin anbetteln.",
            "Bestätigte Buchung, Mail auf dem Handy, und an der Rezeption heißt es: kennen wir nicht. Mit Katze im Korb und Taxi zum Flughafen vor der Tür.",
        ],
        "en": [
            "Turned up at reception with {cat} this morning and there was NO booking. No room. I had the confirmation email on my phone and everything.",
            "Confirmed booking, paid, and reception had never heard of us. Taxi to the airport waiting outside with the cat in the back.",
        ],
        "es": [
            "Llegamos esta mañana con {cat} y la reserva no existía. Ni habitación ni nada, con el email de confirmación en la mano."
        ],
        "fr": [
            "Arrivés ce matin avec {cat} : aucune réservation à notre nom, aucune chambre libre. J'avais pourtant la confirmation."
        ],
        "it": [
            "Arriviamo stamattina con {cat} e la prenotazione non c'è. Nessuna stanza libera, con la conferma in mano."
        ],
        "pt": [
            "Chegámos de manhã com o {cat} e a reserva não existia. Nenhum quarto livre, e eu com a confirmação no telemóvel."
        ],
    },
}
COMPLAINT_SUBJECT: dict[str, str] = {
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT: dict[str, str] = {
    "de": "AW: Vorgang {case}",
    "en": "Re: Your case {case}",
    "es": "RE: Incidencia {case}",
    "fr": "RE : Dossier {case}",
    "it": "R: Pratica {case}",
    "pt": "RE: Processo {case}",
}
EMAIL_WRAP: dict[str, list[tuple[str, str]]] = {
    "de": [
        ("Guten Tag,\n\n", "\n\nIch erwarte eine schnelle Antwort.\n{name}"),
        ("Hallo {b},\n\n", "\n\nBitte melden Sie sich heute noch.\n{name}"),
    ],
    "en": [
        ("Hi,\n\n", "\n\nI'd like this sorted today.\n{name}"),
        ("Hello,\n\n", "\n\nPlease get back to me.\n{name}"),
    ],
    "es": [("Hola,\n\n", "\n\nEspero respuesta hoy mismo.\n{name}")],
    "fr": [("Bonjour,\n\n", "\n\nMerci de me répondre rapidement.\n{name}")],
    "it": [("Buongiorno,\n\n", "\n\nAttendo una risposta oggi stesso.\n{name}")],
    "pt": [("Olá,\n\n", "\n\nAguardo resposta ainda hoje.\n{name}")],
}
CHAT_TAIL: Table = {
    "de": [" Was ist da los??", " Ich bin echt sauer."],
    "en": [" What is going on?", " Not happy."],
    "es": [" ¿Qué pasa?"],
    "fr": [" C'est quoi ce bazar ?"],
    "it": [" Ma che succede?"],
    "pt": [" O que se passa?"],
}
FORM_TAIL: Table = {
    "de": [" Bitte um Rückmeldung."],
    "en": [" Please call me back."],
    "es": [" Quiero una solución."],
    "fr": [" Merci de me rappeler."],
    "it": [" Vorrei una risposta."],
    "pt": [" Quero uma solução."],
}
CALL_OPEN: dict[str, str] = {
    "de": "ja guten Tag hier ist {name} ",
    "en": "hi it's {name} calling ",
    "es": "hola soy {name} ",
    "fr": "oui bonjour c'est {name} ",
    "it": "pronto buongiorno sono {name} ",
    "pt": "olá fala {name} ",
}
CALL_CLOSE: dict[str, str] = {
    "de": " ich will dass das heute noch geklärt wird",
    "en": " i need someone to sort this today",
    "es": " quiero que me lo solucionen hoy",
    "fr": " je veux que ce soit réglé aujourd'hui",
    "it": " voglio che si risolva oggi",
    "pt": " quero isto resolvido hoje",
}
LONG_EMAIL: Table = {
    "de": [
        "Sehr geehrtes {b}-Team,\n\nich schreibe Ihnen aus dem Wartezimmer meiner Zahnärztin, weil ich sonst heute keine ruhige Minute finde. Wir ziehen gerade von Köln nach Freiburg, die Kinder haben ihre letzte Schulwoche und mein Mann ist die ganze Woche auf Montage. Genau deshalb war {cat} bei Ihnen: ich dachte, das ist wenigstens eine Sache, um die ich mich nicht kümmern muss.\n\n{core}\n\nIch habe Sie bisher allen im Freundeskreis empfohlen. Ich möchte wissen, wie das passieren konnte und was Sie jetzt tun.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo zusammen,\n\nich sitze gerade auf einer Bank vor der Berufsschule und warte auf meine Tochter, deshalb entschuldigen Sie die Tippfehler. Seit Wochen renovieren wir das Haus meiner Schwiegermutter, jeden Abend sind wir fix und fertig. {cat} war bei Ihnen, damit sie nicht zwischen Farbeimern und Staub leben muss.\n\n{core}\n\nIch bin seit drei Jahren Kundin bei {b} und hatte nie Grund zur Klage, aber so geht das nicht.\n\nGruß\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this on the train back from my mum's. She's just had her second knee done and I've been back and forth all week, which is exactly why {cat} was booked in with you for the fortnight.\n\n{core}\n\nI've recommended you to half my street. I'd like to know what happened and what you're going to do about it.\n\nRegards,\n{name}",
        "Hi there,\n\nSorry this is long. I'm in the car outside my son's football training with twenty minutes to spare, the first quiet moment since we started clearing my late dad's bungalow. We've been living out of boxes for a month and {cat} has been the one constant.\n\n{core}\n\nI'm not someone who complains. But this needs sorting, properly, this week.\n\nThanks,\n{name}",
    ],
}
CASE_OPENED: Table = {
    "de": [
        "Guten Tag {name},\n\ndas tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns heute noch bei Ihnen.\n\nViele Grüße, {agent}"
    ],
    "en": [
        "Dear {name},\n\nI'm so sorry about this. I've opened case {case} and we'll be back to you today.\n\nBest wishes, {agent}"
    ],
    "es": [
        "Hola {name}:\n\nLo sentimos muchísimo. Hemos abierto la incidencia {case} y te decimos algo hoy.\n\nUn saludo, {agent}"
    ],
    "fr": [
        "Bonjour {name},\n\nNous sommes vraiment désolés. Le dossier {case} est ouvert, nous revenons vers vous aujourd'hui.\n\n{agent}"
    ],
    "it": [
        "Gentile {name},\n\nci dispiace molto. Abbiamo aperto la pratica {case} e la ricontattiamo oggi.\n\n{agent}"
    ],
    "pt": [
        "Olá {name},\n\nLamentamos imenso. Abrimos o processo {case} e voltamos a contactar hoje.\n\n{agent}"
    ],
}
CHAT_CASE: Table = {
    "de": [
        "Das tut mir wirklich leid. Ich habe den Vorgang {case} angelegt, das Team meldet sich heute noch."
    ],
    "en": ["I'm really sorry. I've opened case {case} and the team will get back to you today."],
    "es": ["Lo siento mucho. He abierto la incidencia {case}, hoy te contactamos."],
    "fr": [
        "Vraiment désolée. J'ai ouvert le dossier {case}, l'équipe vous recontacte aujourd'hui."
    ],
    "it": ["Mi dispiace davvero. Ho aperto la pratica {case}, la ricontattiamo oggi."],
    "pt": ["Lamento muito. Abri o processo {case}, hoje ainda entramos em contacto."],
}
GOOD_NEWS: Table = {
    "de": [
        "Guten Tag {name},\n\ngute Nachrichten zum Vorgang {case}: das ist jetzt erledigt. Können Sie uns kurz bestätigen, dass alles passt?\n\nViele Grüße, {agent}"
    ],
    "en": [
        "Hi {name},\n\ngood news on case {case}: it's sorted. Could you confirm everything's fine on your side?\n\nBest wishes, {agent}"
    ],
    "es": [
        "Hola {name}:\n\nbuenas noticias sobre la incidencia {case}: ya está resuelta. ¿Nos confirmas que todo está bien?\n\n{agent}"
    ],
    "fr": [
        "Bonjour {name},\n\nbonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous nous confirmer que tout est en ordre ?\n\n{agent}"
    ],
    "it": [
        "Gentile {name},\n\nbuone notizie sulla pratica {case}: è risolta. Ci conferma che è tutto a posto?\n\n{agent}"
    ],
    "pt": [
        "Olá {name},\n\nboas notícias sobre o processo {case}: está resolvido. Pode confirmar que está tudo bem?\n\n{agent}"
    ],
}
GOOD_NEWS_SUBJECT: dict[str, str] = {
    "de": "Vorgang {case}: gute Nachrichten",
    "en": "Case {case}: good news",
    "es": "Incidencia {case}: buenas noticias",
    "fr": "Dossier {case} : bonne nouvelle",
    "it": "Pratica {case}: buone notizie",
    "pt": "Processo {case}: boas notícias",
}
APOLOGY: Table = {
    "de": [
        "Sorry wegen gestern, ich war echt gestresst. Danke, dass es so schnell geklärt wurde.",
        "Entschuldigung für meinen Ton gestern. Ist alles wieder gut, danke!",
    ],
    "en": [
        "Sorry for the rant yesterday, I was stressed. Thanks for fixing it so fast.",
        "Apologies for my tone yesterday. All fine now, thank you.",
    ],
    "es": ["Perdón por lo de ayer, estaba muy agobiada. Gracias por arreglarlo tan rápido."],
    "fr": ["Désolée pour hier, j'étais à bout. Merci d'avoir réglé ça si vite."],
    "it": ["Scusate per ieri, ero nervosissima. Grazie per aver risolto subito."],
    "pt": [
        "Desculpem o desabafo de ontem, estava stressada. Obrigada por resolverem tão depressa."
    ],
}
CONFIRM: Table = {
    "de": [
        "Zu {case}: ist alles angekommen und erledigt, vielen Dank!",
        "Vorgang {case} passt jetzt, danke für die Hilfe.",
    ],
    "en": [
        "Re {case}: all sorted on my end now, thanks!",
        "Case {case} is fine now, thank you for chasing it.",
    ],
    "es": ["Sobre la {case}: todo resuelto, gracias!"],
    "fr": ["Pour le dossier {case} : tout est réglé, merci !"],
    "it": ["Pratica {case}: tutto a posto, grazie!"],
    "pt": ["Sobre o {case}: está tudo resolvido, obrigada!"],
}
STILL_OPEN: Table = {
    "de": [
        "Vorgang {case} ({topic}) ist immer noch offen. Ich habe schon einmal geschrieben und nichts gehört.",
        "Nochmal wegen {case}: {topic}, und es tut sich nichts.",
    ],
    "en": [
        "Case {case} ({topic}) is still open. I've already been in touch and heard nothing.",
        "Chasing {case} again: {topic}, and nothing's happened.",
    ],
    "es": ["La incidencia {case} ({topic}) sigue abierta. Ya escribí y nada."],
    "fr": ["Le dossier {case} ({topic}) est toujours ouvert. J'ai déjà écrit, aucune nouvelle."],
    "it": ["La pratica {case} ({topic}) è ancora aperta. Ho già scritto e niente."],
    "pt": ["O processo {case} ({topic}) continua aberto. Já escrevi e nada."],
}
THIRD: Table = {
    "de": [
        "Jetzt zum dritten Mal wegen {case}. Eine Kollegin bringt ihre Katze zu {comp}, da wird so etwas am selben Tag geklärt.",
        "Dritte Nachricht zu {case}. Ich habe mir inzwischen die Preise bei {comp} angeschaut.",
    ],
    "en": [
        "Third time about {case}. A friend uses {comp} and apparently they'd have sorted this the same day.",
        "Third message on {case}. I've been looking at what {comp} charge, to be honest.",
    ],
    "es": [
        "Tercera vez por la {case}. Una compañera lleva a su gata a {comp} y allí esto lo arreglan en el día."
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. Une collègue va chez {comp}, là-bas c'est réglé dans la journée."
    ],
    "it": [
        "Terza volta per la pratica {case}. Una collega porta il gatto da {comp} e lì risolvono in giornata."
    ],
    "pt": [
        "Terceira vez por causa do {case}. Uma colega leva a gata à {comp} e lá resolvem no próprio dia."
    ],
}
FOURTH: Table = {
    "de": [
        "Das ist jetzt das VIERTE Mal wegen {case}. {topic}, immer noch. Ich will einen Rückruf von jemandem, der entscheiden kann."
    ],
    "en": [
        "FOURTH time writing about {case}. {topic}, still. I want a call from someone who can actually decide something."
    ],
    "es": [
        "CUARTA vez por la {case}. {topic}, todavía. Quiero que me llame alguien que pueda decidir."
    ],
    "fr": [
        "QUATRIÈME fois pour le dossier {case}. {topic}, toujours. Je veux parler à un responsable."
    ],
    "it": [
        "QUARTA volta per la pratica {case}. {topic}, ancora. Voglio parlare con un responsabile."
    ],
    "pt": ["QUARTA vez por causa do {case}. {topic}, ainda. Quero falar com um responsável."],
}
ESCALATED: Table = {
    "de": [
        "Guten Tag {name},\n\nich habe Ihren Vorgang {case} an unsere Teamleitung weitergegeben, sie meldet sich bis morgen Mittag persönlich.\n\n{agent}"
    ],
    "en": [
        "Dear {name},\n\nI've passed case {case} to our team lead, who will call you personally by tomorrow lunchtime.\n\n{agent}"
    ],
    "es": [
        "Hola {name}:\n\nhe pasado la incidencia {case} a la responsable del equipo, te llamará mañana antes de mediodía.\n\n{agent}"
    ],
    "fr": [
        "Bonjour {name},\n\nj'ai transmis le dossier {case} à notre responsable, qui vous appelle demain avant midi.\n\n{agent}"
    ],
    "it": [
        "Gentile {name},\n\nho passato la pratica {case} alla responsabile, la chiamerà domani entro mezzogiorno.\n\n{agent}"
    ],
    "pt": [
        "Olá {name},\n\npassei o processo {case} à responsável de equipa, que lhe liga amanhã até ao meio-dia.\n\n{agent}"
    ],
}
SLIDE: dict[str, list[str]] = {
    "de": [
        "Diesmal war die Übergabe etwas chaotisch, aber {cat} geht's gut.",
        "Fotos kamen diesmal nur jeden zweiten Tag. Schade, das war immer das Beste.",
        "Die Preise sind schon wieder gestiegen, der Service wird aber nicht besser.",
        "{cat} kam mit verfilztem Fell zurück. Hat ihn mal jemand gebürstet?",
        "Seit einer Woche keine Antwort auf meine Mail. Langsam reicht es mir mit {b}.",
        "Meine Nachbarin bringt ihre Katzen jetzt zu {comp}, die schicken wenigstens noch Fotos. Ich überlege es mir ernsthaft.",
    ],
    "en": [
        "Drop-off was a bit chaotic this time but {cat}'s fine.",
        "Photos only came every other day this stay. Shame, that was always the best bit.",
        "Prices up again and the service isn't getting any better.",
        "{cat} came back with matted fur. Did anyone brush her at all?",
        "A week and no reply to my email. Running out of patience with {b}.",
        "My sister uses {comp} now and they still send photos every day. Seriously thinking about it.",
    ],
    "es": [
        "Esta vez la entrega fue un poco caótica, pero {cat} bien.",
        "Las fotos llegaron solo cada dos días. Una pena.",
        "Otra subida de precio y el servicio igual o peor.",
        "{cat} volvió con el pelo enredado. ¿Nadie le cepilló?",
        "Una semana sin respuesta a mi email. Se me acaba la paciencia con {b}.",
        "Mi vecina lleva ahora sus gatos a {comp} y siguen mandando fotos. Me lo estoy pensando.",
    ],
    "fr": [
        "Dépôt un peu chaotique cette fois, mais {cat} va bien.",
        "Les photos arrivaient un jour sur deux. Dommage.",
        "Encore une hausse des prix, et le service ne suit pas.",
        "{cat} est revenu avec des nœuds partout. Personne ne l'a brossé ?",
        "Une semaine sans réponse à mon mail. Ma patience avec {b} a des limites.",
        "Ma voisine a pris {comp}, eux envoient encore des photos. J'y pense sérieusement.",
    ],
    "it": [
        "Stavolta la consegna è stata un po' caotica, ma {cat} sta bene.",
        "Le foto arrivavano un giorno sì e uno no. Peccato.",
        "Prezzi di nuovo su e il servizio non migliora.",
        "{cat} è tornato pieno di nodi. Nessuno l'ha spazzolato?",
        "Una settimana senza risposta alla mail. La pazienza con {b} sta finendo.",
        "La mia vicina ora va da {comp}, loro le foto le mandano ancora. Ci sto pensando seriamente.",
    ],
    "pt": [
        "Desta vez a entrega foi meio caótica, mas o {cat} está bem.",
        "As fotos só vinham dia sim, dia não. Pena.",
        "Os preços subiram outra vez e o serviço não melhora.",
        "O {cat} voltou com o pelo todo emaranhado. Ninguém o escovou?",
        "Uma semana sem resposta ao email. Está a acabar-se a paciência com a {b}.",
        "A minha vizinha passou para a {comp} e eles ainda mandam fotos. Estou a pensar seriamente.",
    ],
}
LEAVE: Table = {
    "de": [
        "Bitte kündigen Sie meine {club}-Mitgliedschaft und schließen Sie mein Konto. Wir ziehen nach Kanada, {cat} kommt mit.",
        "Hiermit kündige ich den {club} und bitte um Löschung meines Kontos. {cat} ist jetzt 19, wir verreisen nicht mehr ohne sie.",
    ],
    "en": [
        "Please cancel my {club} membership and close my account. We're moving to Canada and {cat} is coming with us.",
        "I'd like to cancel {club} and close the account please. {cat} is 19 now and we've decided no more stays away from home.",
    ],
    "es": [
        "Quiero darme de baja del {club} y cerrar mi cuenta. Nos mudamos a Chile y {cat} viene con nosotros."
    ],
    "fr": [
        "Merci de résilier mon abonnement {club} et de fermer mon compte. Ma fille garde {cat} désormais quand on part."
    ],
    "it": [
        "Vorrei disdire {club} e chiudere l'account. Mia madre si è trasferita da noi e tiene lei {cat}."
    ],
    "pt": [
        "Quero cancelar o {club} e fechar a conta. Vamos viver para os Açores e o {cat} vai connosco."
    ],
}
LEAVE_REPLY: Table = {
    "de": [
        "Guten Tag {name},\n\nschade, dass Sie gehen. Ihre Mitgliedschaft endet zum Monatsende, das Konto schließen wir danach. Alles Gute für {cat}!\n\n{agent}"
    ],
    "en": [
        "Hi {name},\n\nsorry to see you go. Your membership ends at the end of the month and we'll close the account after that. All the best to {cat}!\n\n{agent}"
    ],
    "es": [
        "Hola {name}:\n\nsentimos que te vayas. La cuota termina a final de mes y luego cerramos la cuenta. ¡Un abrazo a {cat}!\n\n{agent}"
    ],
    "fr": [
        "Bonjour {name},\n\ndommage de vous voir partir. L'abonnement prend fin à la fin du mois, puis nous fermons le compte. Caresses à {cat} !\n\n{agent}"
    ],
    "it": [
        "Gentile {name},\n\nci dispiace vederla andare via. L'iscrizione termina a fine mese, poi chiudiamo l'account. Un saluto a {cat}!\n\n{agent}"
    ],
    "pt": [
        "Olá {name},\n\ntemos pena que saia. A adesão termina no fim do mês e depois fechamos a conta. Festinhas ao {cat}!\n\n{agent}"
    ],
}
LEAVE_SUBJECT: dict[str, str] = {
    "de": "Kündigung {club}",
    "en": "Cancel {club}",
    "es": "Baja {club}",
    "fr": "Résiliation {club}",
    "it": "Disdetta {club}",
    "pt": "Cancelamento {club}",
}
GRUMPY: Table = {
    "de": [
        "Schon wieder 10 Minuten in der Warteschleife.",
        "Die App lädt ewig, wie immer.",
        "Parken vor der Tür ist jedes Mal ein Drama.",
        "Warum muss ich den Impfpass bei jeder Buchung neu hochladen?",
        "Das Abholfenster ist wie immer viel zu kurz.",
    ],
    "en": [
        "Hold music for twelve minutes again.",
        "App's slow as usual.",
        "The drop-off slot is a joke, as always.",
        "Why do I have to upload the vaccination card every single time?",
        "Pick-up window too short, same as every time.",
    ],
    "es": [
        "Otra vez diez minutos esperando al teléfono.",
        "La app tarda una eternidad, como siempre.",
        "El aparcamiento, un drama como siempre.",
    ],
    "fr": [
        "Encore dix minutes d'attente au téléphone.",
        "L'appli rame, comme d'habitude.",
        "Le créneau de dépôt, toujours trop court.",
    ],
    "it": [
        "Di nuovo dieci minuti in attesa al telefono.",
        "L'app lentissima, come sempre.",
        "Parcheggio impossibile, come al solito.",
    ],
    "pt": [
        "Outra vez dez minutos à espera ao telefone.",
        "A app lenta como sempre.",
        "O estacionamento um drama, como sempre.",
    ],
}
SARCASM: Table = {
    "de": [
        "Toll, das „tägliche“ Foto kam am vierten Tag. Sehr täglich 👏",
        "Super, Abholfenster 9:00 bis 9:15 Uhr. Genau mein Tempo an einem Montag 😂",
    ],
    "en": [
        "Love that the 'daily' photo turned up on day four. Very daily 👏",
        "Brilliant, a 15 minute pick-up window on a Monday morning. Just my pace 😂",
    ],
    "es": ["Qué maravilla, la foto «diaria» llegó al cuarto día 👏"],
    "fr": ["Génial, la photo « quotidienne » arrivée le quatrième jour 👏"],
    "it": ["Bellissimo, la foto 'giornaliera' arrivata il quarto giorno 👏"],
    "pt": ["Adorei a foto 'diária' que chegou ao quarto dia 👏"],
}
GRUMBLE_QA: QA = {
    "de": [
        (
            "Warum ist die Hotline samstags nur bis 14 Uhr besetzt? Etwas knapp.",
            "Sie haben recht, das ist knapp. Im Chat sind wir samstags bis 20 Uhr da.",
        ),
        (
            "Die Fotos von gestern kamen erst heute Mittag, etwas spät.",
            "Sorry, gestern war viel los. Heute sind sie schon raus.",
        ),
    ],
    "en": [
        (
            "Why does the phone line close at 2pm on Saturdays? Bit tight.",
            "Fair point. Chat is staffed until 8pm on Saturdays.",
        ),
        (
            "Yesterday's photos only came through at lunchtime today, bit late",
            "Sorry, it was a busy one. Today's are already out.",
        ),
    ],
    "es": [
        (
            "¿Por qué el teléfono cierra a las 14 h los sábados? Un poco justo.",
            "Tienes razón. Por chat estamos hasta las 20 h.",
        )
    ],
    "fr": [
        (
            "Pourquoi la ligne ferme à 14h le samedi ? Un peu juste.",
            "C'est vrai. Le chat est ouvert jusqu'à 20h le samedi.",
        )
    ],
    "it": [
        (
            "Perché il telefono chiude alle 14 il sabato? Un po' presto.",
            "Ha ragione. In chat ci siamo fino alle 20.",
        )
    ],
    "pt": [
        (
            "Porque é que o telefone fecha às 14h ao sábado? Um bocado cedo.",
            "Tem razão. No chat estamos até às 20h.",
        )
    ],
}
APP_SLOW_QA: QA = {
    "de": [
        (
            "Der Buchungskalender in der App hat heute ewig geladen, fast eine Minute.",
            "Danke für den Hinweis, ich gebe das an die Technik weiter.",
        )
    ],
    "en": [
        (
            "The booking calendar in the app took ages to load today, nearly a minute",
            "Thanks for flagging, I've passed it on to the tech team.",
        )
    ],
    "es": [
        (
            "El calendario de reservas de la app tardaba muchísimo hoy.",
            "Gracias por avisar, lo paso al equipo técnico.",
        )
    ],
    "fr": [
        (
            "Le calendrier de réservation de l'appli mettait une éternité aujourd'hui.",
            "Merci, je transmets à l'équipe technique.",
        )
    ],
    "it": [
        (
            "Il calendario delle prenotazioni nell'app oggi era lentissimo.",
            "Grazie della segnalazione, la passo ai tecnici.",
        )
    ],
    "pt": [
        (
            "O calendário de reservas da app hoje demorava imenso.",
            "Obrigada pelo aviso, passo à equipa técnica.",
        )
    ],
}

# The spike (topic_spike): the live cat cams.
SPIKE_CODE = "camfeed_e52"
SPIKE: Table = {
    "de": [
        "Die Katzencam zeigt seit heute früh nur Schwarz, Fehler {code}. Wir sind im Urlaub und sehen {cat} nicht mehr. Was ist los?",
        "Live-Ansicht geht nicht, {code}, egal ob App oder Browser. Bitte schnell beheben, ich mache mir Sorgen um {cat}.",
        "Bei mir auch {code} in der App, kein Bild von {cat}. Ist mit den Katzen alles ok?",
    ],
    "en": [
        "Cat cam is just a black screen with {code}. We're abroad and can't see {cat} at all, is she ok?",
        "Live view down? Getting {code} on the app and the website.",
        "{code} every time I open the cam. Worrying when you're 2000km away from {cat}.",
    ],
    "es": [
        "La cámara sale en negro con el error {code}. Estamos fuera y no vemos a {cat}.",
        "¿Se ha caído la cámara? Me sale {code} en la app y en la web.",
    ],
    "fr": [
        "La caméra affiche un écran noir, erreur {code}. On est en vacances et on ne voit plus {cat}.",
        "Caméra en panne ? J'ai {code} sur l'appli.",
    ],
    "it": [
        "La webcam è tutta nera, errore {code}. Siamo via e non vediamo più {cat}.",
        "Webcam giù? Mi dà {code} sia nell'app che sul sito.",
    ],
    "pt": [
        "A câmara só mostra preto, erro {code}. Estamos fora e não vemos o {cat}.",
        "A câmara foi abaixo? Aparece {code} na app e no site.",
    ],
}
SPIKE_REPEAT: Table = {
    "de": ["Immer noch {code}, jetzt auch am Laptop meines Mannes. Gibt es schon was Neues?"],
    "en": ["Still {code}, tried my partner's phone too. Any update?"],
    "es": ["Sigue el {code}, también en el móvil de mi marido. ¿Alguna novedad?"],
    "fr": ["Toujours {code}, même sur le téléphone de mon mari. Des nouvelles ?"],
    "it": ["Ancora {code}, anche dal telefono di mio marito. Novità?"],
    "pt": ["Continua o {code}, também no telemóvel do meu marido. Alguma novidade?"],
}
SPIKE_CHAT_ANSWER: Table = {
    "de": [
        "Ja, die Live-Kameras sind gerade in allen Häusern ausgefallen, unsere Technik ist dran. Den Katzen geht es gut, die Betreuung läuft ganz normal."
    ],
    "en": [
        "Yes, the live cams are down at every location right now and our tech team is on it. The cats are fine and care is running as normal."
    ],
    "es": [
        "Sí, las cámaras están caídas en todos los centros, el equipo técnico está en ello. Los gatos están perfectamente."
    ],
    "fr": [
        "Oui, les caméras sont en panne dans tous nos centres, nos techniciens s'en occupent. Les chats vont très bien."
    ],
    "it": [
        "Sì, le webcam sono ferme in tutte le sedi, i tecnici ci stanno lavorando. I gatti stanno benissimo."
    ],
    "pt": [
        "Sim, as câmaras estão em baixo em todos os centros, a equipa técnica está a tratar. Os gatos estão ótimos."
    ],
}
SPIKE_FIXED: Table = {
    "de": [
        "Guten Tag {name},\n\ndie Katzencam läuft seit {t} Uhr wieder. Als Entschuldigung haben wir Ihnen {amt} Guthaben gutgeschrieben.\n\n{agent}"
    ],
    "en": [
        "Hi {name},\n\nthe cat cam has been working again since {t}. To say sorry we've added {amt} credit to your account.\n\n{agent}"
    ],
    "es": [
        "Hola {name}:\n\nla cámara vuelve a funcionar desde las {t}. Como disculpa te hemos añadido {amt} de saldo.\n\n{agent}"
    ],
    "fr": [
        "Bonjour {name},\n\nla caméra fonctionne de nouveau depuis {t}. Pour nous excuser, nous avons ajouté {amt} de crédit.\n\n{agent}"
    ],
    "it": [
        "Gentile {name},\n\nla webcam funziona di nuovo dalle {t}. Per scusarci le abbiamo accreditato {amt}.\n\n{agent}"
    ],
    "pt": [
        "Olá {name},\n\na câmara voltou a funcionar desde as {t}. Como desculpa adicionámos {amt} de crédito.\n\n{agent}"
    ],
}
SPIKE_FIXED_SUBJECT: dict[str, str] = {
    "de": "Katzencam wieder online",
    "en": "Cat cam back online",
    "es": "Cámara de nuevo en línea",
    "fr": "Caméra de nouveau en ligne",
    "it": "Webcam di nuovo attiva",
    "pt": "Câmara de novo online",
}
LONE_QA: QA = {
    "de": [
        (
            "Gestern Abend war das Bild der Katzencam ein paar Sekunden eingefroren und lief dann wieder normal. Muss ich mir Sorgen machen?",
            "Nein, das war ein kurzer Neustart der Kamera, alles in Ordnung.",
        )
    ],
    "en": [
        (
            "The cat cam froze for a few seconds last night then carried on fine. Anything I should worry about?",
            "Not at all, that was a quick camera restart. All fine.",
        )
    ],
    "es": [
        (
            "Anoche la cámara se quedó congelada unos segundos y luego siguió bien. ¿Es normal?",
            "Sí, fue un reinicio rápido de la cámara.",
        )
    ],
    "fr": [
        (
            "Hier soir l'image de la caméra s'est figée quelques secondes puis est repartie. C'est normal ?",
            "Oui, c'était un bref redémarrage de la caméra.",
        )
    ],
    "it": [
        (
            "Ieri sera la webcam si è bloccata qualche secondo e poi è ripartita. È normale?",
            "Sì, era un breve riavvio della camera.",
        )
    ],
    "pt": [
        (
            "Ontem à noite a câmara congelou uns segundos e depois continuou. É normal?",
            "Sim, foi um reinício rápido da câmara.",
        )
    ],
}

# The business arm: Felinza Business, cat boarding for companies' staff on account.
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_ABOUT = {
    "invoice": "monthly statement without PO number, old cost centre",
    "service_blocked": "staff turned away at reception, account wrongly on hold",
    "portal": "business portal shows no staff bookings, nothing can be extended",
    "overbilled": "standard nightly rate billed instead of contract rate",
}
B2B_CORE: dict[str, Table] = {
    "invoice": {
        "de": [
            "Die Sammelrechnung für September kam wieder ohne unsere Bestellnummer und mit der alten Kostenstelle. Unsere Buchhaltung kann so nicht zahlen."
        ],
        "en": [
            "The September statement came without our PO number and with last year's cost centre again. Accounts payable can't process it like this."
        ],
        "es": [
            "La factura de septiembre ha llegado otra vez sin nuestro número de pedido y con el centro de coste antiguo."
        ],
        "fr": [
            "Le relevé de septembre est encore arrivé sans notre numéro de commande et avec l'ancien centre de coûts."
        ],
        "it": [
            "La fattura di settembre è arrivata di nuovo senza numero d'ordine e con il vecchio centro di costo."
        ],
        "pt": [
            "A fatura de setembro voltou a chegar sem o número de encomenda e com o centro de custo antigo."
        ],
    },
    "service_blocked": {
        "de": [
            "Eine Mitarbeiterin wurde heute früh an der Rezeption abgewiesen, unser Firmenkonto sei gesperrt. Alle Rechnungen sind bezahlt."
        ],
        "en": [
            "One of our staff was turned away at reception this morning, told our company account is on hold. Every invoice is paid."
        ],
        "es": [
            "A un empleado nuestro le han rechazado hoy en recepción porque la cuenta de empresa está bloqueada. Todo está pagado."
        ],
        "fr": [
            "Une collaboratrice a été refoulée ce matin à l'accueil, compte entreprise soi-disant bloqué. Tout est payé."
        ],
        "it": [
            "Un nostro dipendente è stato respinto stamattina alla reception, conto aziendale bloccato. È tutto pagato."
        ],
        "pt": [
            "Uma colaboradora foi recusada hoje na receção, a conta da empresa estaria bloqueada. Está tudo pago."
        ],
    },
    "portal": {
        "de": [
            "Im Firmenportal sind keine Buchungen unserer Mitarbeitenden mehr zu sehen, wir können nichts verlängern oder stornieren."
        ],
        "en": [
            "The business portal shows none of our employees' bookings, so we can't extend or cancel anything."
        ],
        "es": [
            "En el portal de empresa no aparece ninguna reserva de nuestros empleados, no podemos ampliar ni cancelar nada."
        ],
        "fr": [
            "Le portail entreprise n'affiche plus aucune réservation de nos salariés, impossible de prolonger ou d'annuler."
        ],
        "it": [
            "Nel portale aziendale non compare più nessuna prenotazione dei dipendenti, non possiamo prolungare né annullare."
        ],
        "pt": [
            "O portal de empresa não mostra nenhuma reserva dos colaboradores, não conseguimos prolongar nem cancelar."
        ],
    },
    "overbilled": {
        "de": [
            "Seit August wird uns der Standardtarif statt des vereinbarten Firmentarifs berechnet, über 400 € im Monat zu viel."
        ],
        "en": [
            "We've been billed the standard nightly rate since August instead of our contract rate. That's over £350 a month too much."
        ],
        "es": [
            "Desde agosto nos cobran la tarifa estándar en vez de la pactada, más de 400 € al mes de más."
        ],
        "fr": [
            "Depuis août on nous facture le tarif standard au lieu du tarif contractuel, plus de 400 € de trop par mois."
        ],
        "it": [
            "Da agosto ci fate pagare la tariffa standard invece di quella da contratto, oltre 400 € in più al mese."
        ],
        "pt": [
            "Desde agosto cobram-nos a tarifa normal em vez da contratada, mais de 400 € por mês a mais."
        ],
    },
}
B2B_LATER: Table = {
    "de": ["Ich schließe mich {first} an (Vorgang {case}, {day}): {core}"],
    "en": ["Following up on {first}'s email of {day} (case {case}), same problem here: {core}"],
    "es": ["Me sumo a lo que escribió {first} el {day} (incidencia {case}): {core}"],
    "fr": ["Je rejoins {first}, qui vous a écrit {day} (dossier {case}) : {core}"],
    "it": ["Mi associo a {first}, che vi ha scritto {day} (pratica {case}): {core}"],
    "pt": ["Junto-me ao que a {first} escreveu na {day} (processo {case}): {core}"],
}
WEEKDAY: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
B2B_LAST_EMAIL: Table = {
    "de": [
        "Vorgang {case}: es ist nichts behoben, mehrere Kollegen haben geschrieben. Unser Einkauf hat bereits bei {comp} nach Konditionen gefragt."
    ],
    "en": [
        "Case {case}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for their rates."
    ],
    "es": [
        "Incidencia {case}: nada resuelto y ya han escrito varios compañeros. Compras ya ha pedido precios a {comp}."
    ],
    "fr": [
        "Dossier {case} : rien n'est réglé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
    ],
    "it": [
        "Pratica {case}: niente risolto, vi hanno scritto in diversi. L'ufficio acquisti ha già chiesto le tariffe a {comp}."
    ],
    "pt": [
        "Processo {case}: nada resolvido e vários colegas já escreveram. As compras já pediram preços à {comp}."
    ],
}
B2B_LAST_CALL: Table = {
    "de": [
        "ja hier ist {name} von {company} es geht um den Vorgang {case} da ist immer noch nichts passiert mein Chef sagt wenn das diese Woche nicht geklärt ist wechseln wir den Anbieter"
    ],
    "en": [
        "hi it's {name} from {company} about case {case} still nothing's been done and my boss says if it isn't sorted this week we move the account"
    ],
    "es": [
        "hola soy {name} de {company} llamo por la incidencia {case} sigue sin resolverse y mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor"
    ],
    "fr": [
        "bonjour {name} de {company} pour le dossier {case} toujours rien et mon chef dit que si ce n'est pas réglé cette semaine on change de prestataire"
    ],
    "it": [
        "buongiorno sono {name} di {company} per la pratica {case} ancora niente e il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "pt": [
        "olá é {name} da {company} por causa do processo {case} continua tudo igual e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor"
    ],
}
B2B_ACK: Table = {
    "de": [
        "Guten Tag {name},\n\ndanke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und melden uns innerhalb eines Werktags.\n\n{agent}, {arm}"
    ],
    "en": [
        "Dear {name},\n\nthank you for letting us know. I've opened case {case} and we'll come back to you within one working day.\n\n{agent}, {arm}"
    ],
    "es": [
        "Hola {name}:\n\ngracias por avisarnos. Hemos abierto la incidencia {case} y respondemos en un día laborable.\n\n{agent}, {arm}"
    ],
    "fr": [
        "Bonjour {name},\n\nmerci pour votre message. Le dossier {case} est ouvert, réponse sous un jour ouvré.\n\n{agent}, {arm}"
    ],
    "it": [
        "Gentile {name},\n\ngrazie per la segnalazione. Abbiamo aperto la pratica {case}, risposta entro un giorno lavorativo.\n\n{agent}, {arm}"
    ],
    "pt": [
        "Olá {name},\n\nobrigado pela mensagem. Abrimos o processo {case} e respondemos num dia útil.\n\n{agent}, {arm}"
    ],
}
B2B_SUGGEST: Table = {
    "de": [
        "Kleiner Vorschlag: Könnte die Monatsrechnung auch die Personalnummer der Mitarbeitenden zeigen? Das würde uns die Zuordnung sparen.",
        "Es wäre praktisch, wenn das Portal eine Erinnerung schickt, bevor ein Aufenthalt endet.",
    ],
    "en": [
        "Small suggestion: could the monthly statement show the employee's name next to each stay? Would save us matching them by hand.",
        "Would be handy if the portal sent a reminder a couple of days before a stay ends.",
    ],
    "es": [
        "Una sugerencia: ¿podría la factura mensual mostrar el nombre del empleado en cada estancia?",
        "Sería útil que el portal avisara antes de que termine una estancia.",
    ],
    "fr": [
        "Petite suggestion : le relevé mensuel pourrait-il indiquer le nom du salarié pour chaque séjour ?",
        "Ce serait pratique que le portail envoie un rappel avant la fin d'un séjour.",
    ],
    "it": [
        "Un suggerimento: la fattura mensile potrebbe riportare il nome del dipendente per ogni soggiorno?",
        "Sarebbe comodo un promemoria dal portale prima della fine di un soggiorno.",
    ],
    "pt": [
        "Uma sugestão: a fatura mensal podia mostrar o nome do colaborador em cada estadia?",
        "Dava jeito o portal enviar um lembrete antes de terminar uma estadia.",
    ],
}
B2B_SUGGEST_ACK: Table = {
    "de": [
        "Danke für den Vorschlag, {name}! Wir haben ihn an das Produktteam weitergegeben.\n\n{agent}"
    ],
    "en": ["Thanks for the idea, {name}, I've passed it to our product team.\n\n{agent}"],
    "es": ["¡Gracias por la idea, {name}! La pasamos al equipo de producto.\n\n{agent}"],
    "fr": ["Merci pour l'idée, {name}, transmise à l'équipe produit.\n\n{agent}"],
    "it": ["Grazie del suggerimento, {name}, l'abbiamo girato al team prodotto.\n\n{agent}"],
    "pt": ["Obrigado pela sugestão, {name}, já passámos à equipa de produto.\n\n{agent}"],
}
B2B_QA: QA = {
    "de": [
        (
            "Können wir für einen neuen Kollegen ab dem 1. Oktober zwei Wochen buchen?",
            "Ja, ist gebucht und im Portal sichtbar.",
        ),
        (
            "Kann die Katze unserer Expat-Kollegin eine Nacht länger bleiben?",
            "Klar, ist verlängert und läuft über das Firmenkonto.",
        ),
    ],
    "en": [
        (
            "Could we add a second cat to the booking for our relocating engineer?",
            "Done, it's on the account and in the portal.",
        ),
        (
            "Can our visiting researcher's cat stay two extra nights?",
            "Yes, extended and billed to the account.",
        ),
    ],
    "es": [
        (
            "¿Podemos reservar dos semanas para un compañero nuevo?",
            "Sí, reservado y visible en el portal.",
        )
    ],
    "fr": [
        (
            "Peut-on réserver deux semaines pour un nouveau collaborateur ?",
            "Oui, c'est réservé et visible dans le portail.",
        )
    ],
    "it": [
        (
            "Possiamo prenotare due settimane per un nuovo collega?",
            "Sì, prenotato e visibile nel portale.",
        )
    ],
    "pt": [
        (
            "Podemos reservar duas semanas para um colega novo?",
            "Sim, reservado e visível no portal.",
        )
    ],
}
B2B_PRAISE: Table = {
    "de": [
        "Die Betreuung der Katzen unserer Expats läuft reibungslos, danke ans Team von {b}.",
        "Wieder alles problemlos über das Firmenkonto, unsere neuen Kolleginnen sind begeistert.",
    ],
    "en": [
        "Smooth as ever, our relocating staff keep telling us how relieved they are. Thanks {b}.",
        "Another easy month on the account, nothing to chase.",
    ],
    "es": ["Todo rodado con la cuenta de empresa, los compañeros encantados."],
    "fr": ["Tout roule avec le compte entreprise, nos collaborateurs sont ravis."],
    "it": ["Tutto liscio con il conto aziendale, i colleghi sono contentissimi."],
    "pt": ["Tudo impecável com a conta de empresa, os colegas adoram."],
}
B2B_SITES = (
    "relocation",
    "airline",
    "hospital",
    "university",
    "consulate",
    "film",
    "consulting",
    "shipping",
)
B2B_TITLES = (
    "HR manager",
    "relocation coordinator",
    "office manager",
    "people partner",
    "crew planner",
    "accounts payable lead",
)
