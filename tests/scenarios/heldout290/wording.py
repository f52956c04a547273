# ruff: noqa: E501
"""Wording of heldout290 (Astrelia: stargazing nights and planetarium shows), six languages.

Every table: language -> list of variants. Placeholders: {ref} case reference, {comp}
competitor, {amt} an amount in the customer's money, {first} a colleague's first name,
{day} a weekday, {product} a booking, {code} the spike's error code, {time} a local time.
"""

from __future__ import annotations

LANGS = ("en", "de", "es", "fr", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "en": ("UK", "UK", "IE"),
    "de": ("DE", "DE", "AT", "CH"),
    "es": ("ES",),
    "fr": ("FR", "FR", "BE", "CH"),
    "it": ("IT", "IT", "CH"),
    "pt": ("PT",),
}
COMPETITORS = ("Kosmika", "Nachtbogen")

Table = dict[str, list[str]]

FIRST = {
    "en": [
        "Oliver",
        "Hannah",
        "Callum",
        "Niamh",
        "Priya",
        "Gareth",
        "Rosie",
        "Declan",
        "Megan",
        "Tom",
        "Aoife",
        "Imogen",
        "Rhys",
        "Fiona",
        "Sanjay",
        "Bethan",
    ],
    "de": [
        "Jonas",
        "Katrin",
        "Lukas",
        "Sabine",
        "Felix",
        "Miriam",
        "Tobias",
        "Anja",
        "Henrik",
        "Ulrike",
        "Moritz",
        "Carla",
        "Stefan",
        "Jana",
        "Dieter",
        "Leonie",
    ],
    "es": [
        "Álvaro",
        "Lucía",
        "Javier",
        "Nerea",
        "Íñigo",
        "Carmen",
        "Rubén",
        "Marta",
        "Pablo",
        "Aitana",
    ],
    "fr": [
        "Mathis",
        "Camille",
        "Hugo",
        "Élodie",
        "Bastien",
        "Manon",
        "Théo",
        "Inès",
        "Gaëlle",
        "Rémi",
    ],
    "it": [
        "Matteo",
        "Chiara",
        "Davide",
        "Giulia",
        "Lorenzo",
        "Serena",
        "Nicolò",
        "Federica",
        "Tommaso",
        "Ilaria",
    ],
    "pt": [
        "João",
        "Inês",
        "Tiago",
        "Beatriz",
        "Rui",
        "Mariana",
        "Gonçalo",
        "Leonor",
        "Duarte",
        "Catarina",
    ],
}
SURNAME = {
    "en": [
        "Whitfield",
        "O'Connell",
        "Pryce",
        "Hargreaves",
        "Doyle",
        "Bannerman",
        "Okafor",
        "Kerr",
        "Lambert",
        "Fenwick",
        "Shah",
        "Mullan",
    ],
    "de": [
        "Brenner",
        "Hofstätter",
        "Kleinschmidt",
        "Wendler",
        "Öztürk",
        "Rautenberg",
        "Lindqvist",
        "Pfeiffer",
        "Sauter",
        "Krämer",
        "Vogt",
        "Eberle",
    ],
    "es": ["Quintana", "Barrios", "Echeverría", "Salgado", "Montero", "Ibáñez", "Calvo", "Ferrer"],
    "fr": ["Lemaire", "Duchêne", "Perrot", "Garnier", "Vasseur", "Chevalier", "Roussel", "Aubert"],
    "it": ["Bernardi", "Colombo", "Pellegrini", "Sartori", "Fabbri", "Gatti", "Riva", "Marchetti"],
    "pt": ["Figueiredo", "Antunes", "Brandão", "Correia", "Sampaio", "Teixeira", "Lobo", "Rebelo"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "student",
    "retired engineer",
    "baker",
    "bus driver",
    "architect",
    "pharmacist",
    "IT support",
    "farmer",
    "shop owner",
    "physiotherapist",
]

#: (label, price in EUR)
PRODUCTS = [
    ("Stargazing night, 2 adults / Sternenabend, 2 Erwachsene", 58),
    ("Planetarium show, family ticket / Planetariumsshow, Familie", 34),
    ("Telescope evening with astronomer / Teleskopabend mit Astronom", 72),
    ("Kids' space morning / Weltraum-Vormittag für Kinder", 19),
    ("Perseids meteor night / Perseiden-Nacht", 46),
    ("Astrophotography workshop / Astrofotografie-Workshop", 95),
]
PAGES = [
    "/nights",
    "/planetarium",
    "/orbit",
    "/calendar",
    "/observatories",
    "/kids",
    "/gift-cards",
    "/faq/clouds",
]

PRAISE: Table = {
    "en": [
        "Saw Saturn's rings through the big scope at {brand} last night and my daughter actually screamed. Worth every penny",
        "The astronomer at {brand} was brilliant, pointed out Andromeda with a laser and told stories for an hour. Freezing but magical",
        "Planetarium show at {brand} today, kids were glued to the dome. Lovely staff too",
        "Clear sky, hot chocolate, Jupiter's moons. {brand} nailed it",
    ],
    "de": [
        "Gestern bei {brand} den Saturn mit Ringen gesehen, meine Tochter hat laut gejubelt. Jeden Cent wert",
        "Die Astronomin bei {brand} war großartig, hat uns mit dem Laserpointer die Andromeda gezeigt und eine Stunde erzählt. Kalt, aber traumhaft",
        "Planetariumsshow bei {brand} heute, die Kinder haben nur nach oben gestarrt. Sehr nettes Team",
        "Klarer Himmel, heißer Kakao, die Jupitermonde. {brand} hat alles richtig gemacht",
    ],
    "es": [
        "Anoche en {brand} vimos los anillos de Saturno por el telescopio grande, mi hija flipó. Merece cada euro",
        "La astrónoma de {brand} fue un encanto, nos enseñó Andrómeda con el láser. Hacía un frío de narices pero mágico",
    ],
    "fr": [
        "Hier soir chez {brand} on a vu les anneaux de Saturne, ma fille a hurlé de joie. Ça vaut chaque centime",
        "Séance de planétarium chez {brand} aujourd'hui, les enfants n'ont pas décollé les yeux du dôme",
    ],
    "it": [
        "Ieri sera da {brand} abbiamo visto gli anelli di Saturno, mia figlia urlava di gioia. Ne vale ogni euro",
        "L'astronomo di {brand} bravissimo, ci ha mostrato Andromeda col laser. Freddo cane ma magico",
    ],
    "pt": [
        "Ontem na {brand} vimos os anéis de Saturno no telescópio grande, a minha filha gritou de alegria. Vale cada cêntimo",
        "A astrónoma da {brand} foi incrível, mostrou-nos Andrómeda com o laser. Frio mas mágico",
    ],
}
PRAISE_AGAIN: Table = {
    "en": [
        "Third night with {brand} this year and the guide still remembers my son's name. Again, lovely",
        "Back at the {brand} dome again, still the best hour of our month",
    ],
    "de": [
        "Schon der dritte Abend bei {brand} dieses Jahr, und der Guide weiß immer noch, wie mein Sohn heißt",
        "Wieder im Planetarium von {brand}, immer noch die schönste Stunde im Monat",
    ],
    "es": ["Tercera noche con {brand} este año y sigue siendo una pasada"],
    "fr": ["Troisième soirée chez {brand} cette année, toujours aussi beau"],
    "it": ["Terza serata con {brand} quest'anno, sempre bellissimo"],
    "pt": ["Terceira noite com a {brand} este ano e continua maravilhoso"],
}
PRAISE_GRIPE: Table = {
    "en": [
        "Great night with {brand}, only gripe is the car park is pitch dark and I nearly lost a wheel in a ditch. Otherwise perfect",
        "Loved the telescope evening. The app's star map is a bit fiddly but the astronomer made up for it",
    ],
    "de": [
        "Toller Abend bei {brand}, nur der Parkplatz ist stockdunkel, fast im Graben gelandet. Sonst top",
        "Der Teleskopabend war super. Die Sternkarte in der App ist etwas fummelig, aber der Astronom hat das wettgemacht",
    ],
    "es": [
        "Noche genial con {brand}, solo que el parking está a oscuras total. Por lo demás perfecto"
    ],
    "fr": ["Super soirée avec {brand}, seul bémol le parking dans le noir complet. Sinon parfait"],
    "it": [
        "Serata stupenda con {brand}, unico neo il parcheggio al buio pesto. Per il resto perfetto"
    ],
    "pt": ["Noite ótima com a {brand}, só o parque de estacionamento é um breu. De resto perfeito"],
}
REVIEW: Table = {
    "en": [
        "Friendly guides, warm blankets, a proper telescope. Five stars",
        "Took my dad for his 70th, he hasn't stopped talking about the Moon's craters",
    ],
    "de": [
        "Freundliche Guides, warme Decken, ein richtiges Teleskop. Fünf Sterne",
        "Mit Papa zum 70. dort gewesen, er erzählt immer noch von den Mondkratern",
    ],
    "es": ["Guías majísimos, mantas, telescopio de verdad. Cinco estrellas"],
    "fr": ["Guides sympas, couvertures, un vrai télescope. Cinq étoiles"],
    "it": ["Guide simpatiche, coperte calde, un telescopio vero. Cinque stelle"],
    "pt": ["Guias simpáticos, mantas quentes, um telescópio a sério. Cinco estrelas"],
}
QUESTION: Table = {
    "en": [
        "Hi, if it's cloudy on Friday do I get moved to another night automatically?",
        "Can I bring a 4 year old to the telescope evening or is it too late for her?",
        "Does the Orbit membership cover the planetarium shows too?",
    ],
    "de": [
        "Hallo, wenn es am Freitag bewölkt ist, werde ich dann automatisch umgebucht?",
        "Darf ich meinen Vierjährigen zum Teleskopabend mitnehmen oder ist das zu spät?",
        "Sind die Planetariumsshows in der Orbit-Mitgliedschaft drin?",
    ],
    "es": [
        "Hola, si el viernes está nublado ¿me cambiáis a otra noche solos?",
        "¿Puedo llevar a mi peque de 4 años a la noche de telescopio?",
    ],
    "fr": [
        "Bonjour, s'il y a des nuages vendredi je suis reporté automatiquement ?",
        "Je peux venir avec ma fille de 4 ans à la soirée télescope ?",
    ],
    "it": [
        "Ciao, se venerdì è nuvoloso mi spostate voi su un'altra sera?",
        "Posso portare mio figlio di 4 anni alla serata al telescopio?",
    ],
    "pt": [
        "Olá, se sexta estiver nublado passam-me automaticamente para outra noite?",
        "Posso levar a minha filha de 4 anos à noite de telescópio?",
    ],
}
ANSWER: Table = {
    "en": [
        "Hi! Yes: if the sky is clouded over we move you to the next free clear night and you can change it in the app. Under-6s are welcome, we have step stools at every scope.",
        "Hello, happy to help: Orbit includes all planetarium shows and a free rebooking on cloudy nights. Little ones are welcome.",
    ],
    "de": [
        "Hallo! Ja, bei Bewölkung buchen wir Sie auf die nächste freie klare Nacht um, ändern können Sie das in der App. Kinder unter 6 sind willkommen, an jedem Teleskop gibt es einen Tritt.",
        "Hallo, gern: Orbit enthält alle Planetariumsshows und kostenloses Umbuchen bei Wolken. Kleine Gäste sind willkommen.",
    ],
    "es": [
        "¡Hola! Sí, si está nublado te pasamos a la siguiente noche despejada y puedes cambiarla en la app. Los peques son bienvenidos."
    ],
    "fr": [
        "Bonjour ! Oui, en cas de nuages on vous reporte sur la prochaine nuit claire, modifiable dans l'appli. Les petits sont les bienvenus."
    ],
    "it": [
        "Ciao! Sì, se è nuvoloso ti spostiamo alla prossima sera serena, puoi cambiarla nell'app. I bimbi sono benvenuti."
    ],
    "pt": [
        "Olá! Sim, se estiver nublado passamos para a próxima noite limpa, pode alterar na app. Os miúdos são bem-vindos."
    ],
}
THANKS: Table = {
    "en": ["Perfect, thanks!", "brilliant, cheers", "Great, thank you 🙂"],
    "de": ["Super, danke!", "perfekt, vielen Dank", "Alles klar, danke 🙂"],
    "es": ["Genial, gracias!", "perfecto, grax"],
    "fr": ["Parfait, merci !", "top merci"],
    "it": ["Perfetto, grazie!", "ok grz"],
    "pt": ["Ótimo, obrigado!", "perfeito obg"],
}
ASK_SUBJECT = {
    "en": "Quick question",
    "de": "Kurze Frage",
    "es": "Una duda",
    "fr": "Petite question",
    "it": "Una domanda",
    "pt": "Uma dúvida",
}
PHONE_Q: Table = {
    "en": [
        "hi yeah i booked the perseids night for four of us and i wanted to ask whether we should bring our own chairs or if you have some there",
        "hello i'm calling about a gift card i bought my wife last year does it still work for the new workshops",
    ],
    "de": [
        "ja hallo ich hab die Perseiden-Nacht für vier Leute gebucht und wollte fragen ob wir Stühle mitbringen sollen oder ob es da welche gibt",
        "guten Tag ich hab meiner Frau letztes Jahr einen Gutschein geschenkt gilt der auch für die neuen Workshops",
    ],
    "es": [
        "hola mire reservé la noche de las perseidas para cuatro y quería saber si llevamos sillas o tienen allí"
    ],
    "fr": [
        "bonjour j'ai réservé la nuit des perséides pour quatre et je voulais savoir s'il faut amener des chaises"
    ],
    "it": [
        "buongiorno ho prenotato la notte delle perseidi per quattro e volevo sapere se dobbiamo portare le sedie"
    ],
    "pt": [
        "olá reservei a noite das perseidas para quatro e queria saber se levamos cadeiras ou se há lá"
    ],
}
PHONE_FOLLOWUP: Table = {
    "en": [
        "Hello, as promised on the phone: reclining chairs and blankets are there for everyone, just bring warm layers. Clear skies!"
    ],
    "de": [
        "Hallo, wie am Telefon besprochen: Liegestühle und Decken sind für alle da, bringen Sie nur warme Kleidung mit. Klaren Himmel!"
    ],
    "es": ["Hola, como hablamos: hay tumbonas y mantas para todos, solo traed ropa de abrigo."],
    "fr": [
        "Bonjour, comme convenu au téléphone : transats et couvertures pour tous, prévoyez juste des vêtements chauds."
    ],
    "it": [
        "Buongiorno, come detto al telefono: sdraio e coperte per tutti, portate solo vestiti caldi."
    ],
    "pt": ["Olá, como falámos: há espreguiçadeiras e mantas para todos, tragam só roupa quente."],
}
NIGHT_POST: Table = {
    "en": [
        "3am, back garden, binoculars, the ISS just went over. Thanks {brand} for getting me hooked",
        "can't sleep so I'm reading the {brand} moon guide again. Booking the workshop tomorrow",
    ],
    "de": [
        "3 Uhr nachts, Garten, Fernglas, gerade flog die ISS drüber. Danke {brand}, dass ihr mich angefixt habt",
        "kann nicht schlafen, lese wieder den Mondführer von {brand}. Morgen buche ich den Workshop",
    ],
    "es": [
        "Las 3 de la mañana, prismáticos en el patio, acaba de pasar la ISS. Gracias {brand} por engancharme"
    ],
    "fr": [
        "3h du mat, jumelles dans le jardin, l'ISS vient de passer. Merci {brand} de m'avoir rendu accro"
    ],
    "it": [
        "Le 3 di notte, binocolo in giardino, è appena passata la ISS. Grazie {brand} per avermi contagiato"
    ],
    "pt": [
        "3 da manhã, binóculos no quintal, acabou de passar a ISS. Obrigado {brand} por me viciarem"
    ],
}
NIGHT_CHAT: Table = {
    "en": [
        "still up after night shift, can I book tomorrow's dome show this late or is it sold out?",
        "quick one, does the kids' space morning need the booking QR printed or is the phone fine?",
    ],
    "de": [
        "noch wach nach der Nachtschicht, kann ich jetzt noch die Kuppelshow morgen buchen?",
        "kurze Frage, muss der QR für den Kinder-Vormittag ausgedruckt sein oder reicht das Handy?",
    ],
    "es": [
        "sigo despierta después del turno, ¿puedo reservar aún la sesión de mañana en la cúpula?"
    ],
    "fr": ["encore debout après ma garde, je peux réserver la séance de demain sous le dôme ?"],
    "it": ["ancora sveglio dopo il turno, posso prenotare lo spettacolo di domani nella cupola?"],
    "pt": ["ainda acordada depois do turno, ainda dá para reservar a sessão de amanhã na cúpula?"],
}
NIGHT_ANSWER: Table = {
    "en": ["Yes, there are still seats and the phone is fine. Sleep well!"],
    "de": ["Ja, es gibt noch Plätze, und das Handy reicht. Gute Nacht!"],
    "es": ["Sí, quedan plazas y vale con el móvil. ¡Buenas noches!"],
    "fr": ["Oui, il reste des places et le téléphone suffit. Bonne nuit !"],
    "it": ["Sì, ci sono ancora posti e basta il telefono. Buonanotte!"],
    "pt": ["Sim, ainda há lugares e basta o telemóvel. Boa noite!"],
}
SURVEY_WORD: Table = {
    "en": ["magic", "", "loved it", "⭐"],
    "de": ["traumhaft", "", "super", "⭐"],
    "es": ["genial", ""],
    "fr": ["top", ""],
    "it": ["bellissimo", ""],
    "pt": ["adorei", ""],
}

# -- the six consumer problems --------------------------------------------------
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
COMPLAINT: dict[str, Table] = {
    "no_show": {
        "en": [
            "We drove 80 minutes to the observatory for our 9pm night and the gate was LOCKED. Nobody there, no text, no email. Two kids in tears in a dark field.",
            "The night was called off and nobody told us. We stood at a locked gate in the cold for half an hour.",
        ],
        "de": [
            "Wir sind 80 Minuten zur Sternwarte gefahren, 21 Uhr gebucht, und das Tor war ZU. Niemand da, keine SMS, keine Mail. Zwei weinende Kinder auf einem dunklen Feld.",
            "Der Abend wurde abgesagt und keiner hat uns Bescheid gegeben. Eine halbe Stunde vor verschlossenem Tor in der Kälte.",
        ],
        "es": [
            "Hicimos 80 minutos de coche hasta el observatorio y la verja estaba CERRADA. Nadie, ni un SMS. Dos críos llorando en medio del campo."
        ],
        "fr": [
            "80 minutes de route jusqu'à l'observatoire et le portail était FERMÉ. Personne, aucun SMS. Deux enfants en larmes dans un champ noir."
        ],
        "it": [
            "80 minuti di macchina fino all'osservatorio e il cancello era CHIUSO. Nessuno, nemmeno un SMS. Due bambini in lacrime al buio."
        ],
        "pt": [
            "80 minutos de carro até ao observatório e o portão estava FECHADO. Ninguém, nem um SMS. Dois miúdos a chorar no escuro."
        ],
    },
    "double_charge": {
        "en": [
            "You've charged me TWICE for the same planetarium tickets, {amt} each time, and my account is now overdrawn.",
            "Two identical payments of {amt} for one booking. I only clicked once.",
        ],
        "de": [
            "Sie haben mir die gleichen Planetariumskarten ZWEIMAL abgebucht, je {amt}, und jetzt ist mein Konto im Minus.",
            "Zwei identische Abbuchungen über {amt} für eine Buchung. Ich habe einmal geklickt.",
        ],
        "es": [
            "Me habéis cobrado DOS veces las mismas entradas, {amt} cada vez, y tengo la cuenta en números rojos."
        ],
        "fr": [
            "Vous m'avez débité DEUX fois les mêmes billets, {amt} à chaque fois, mon compte est à découvert."
        ],
        "it": [
            "Mi avete addebitato DUE volte gli stessi biglietti, {amt} ciascuno, e ho il conto in rosso."
        ],
        "pt": [
            "Cobraram-me DUAS vezes os mesmos bilhetes, {amt} cada, e tenho a conta a descoberto."
        ],
    },
    "damage": {
        "en": [
            "The telescope evening was a joke: the big scope's motor was broken, the guide spent an hour fiddling with it and we saw nothing but a blurry Moon.",
            "Paid for a telescope evening, the scope was broken and the astronomer never turned up.",
        ],
        "de": [
            "Der Teleskopabend war ein Witz: Der Motor am großen Teleskop war kaputt, der Guide hat eine Stunde rumgeschraubt und wir haben nur einen verschwommenen Mond gesehen.",
            "Teleskopabend bezahlt, Teleskop defekt, Astronom nie aufgetaucht.",
        ],
        "es": [
            "La noche de telescopio fue un desastre: el motor estaba roto y solo vimos una Luna borrosa."
        ],
        "fr": [
            "La soirée télescope, une blague : moteur en panne, une heure de bricolage et une Lune floue."
        ],
        "it": [
            "Serata al telescopio un disastro: motore rotto, un'ora di armeggi e solo una Luna sfocata."
        ],
        "pt": [
            "A noite de telescópio foi uma vergonha: motor avariado e só vimos uma Lua desfocada."
        ],
    },
    "refund": {
        "en": [
            "Our night was clouded out THREE weeks ago, you promised the {amt} back within 5 days and I've still got nothing.",
            "Still waiting for the {amt} refund for the cloudy night. Three weeks now.",
        ],
        "de": [
            "Unser Abend ist vor DREI Wochen wegen Wolken ausgefallen, die {amt} sollten in 5 Tagen zurück sein und ich habe immer noch nichts.",
            "Warte immer noch auf die Erstattung von {amt} für die bewölkte Nacht. Drei Wochen.",
        ],
        "es": ["Se nos anuló la noche por nubes hace TRES semanas y los {amt} siguen sin volver."],
        "fr": [
            "Soirée annulée pour nuages il y a TROIS semaines et toujours pas de remboursement de {amt}."
        ],
        "it": ["Serata annullata per nuvole TRE settimane fa e i {amt} non sono mai tornati."],
        "pt": ["A noite foi cancelada por nuvens há TRÊS semanas e os {amt} nunca voltaram."],
    },
    "wrong_price": {
        "en": [
            "I pay for Orbit every month and you charged me the full non-member price, {amt} more than it should be.",
            "Orbit member since January and the booking came out at full price. That's {amt} too much.",
        ],
        "de": [
            "Ich zahle jeden Monat für Orbit und Sie haben mir den vollen Preis für Nichtmitglieder berechnet, {amt} zu viel.",
            "Seit Januar Orbit-Mitglied und die Buchung lief zum vollen Preis. Das sind {amt} zu viel.",
        ],
        "es": ["Pago Orbit todos los meses y me habéis cobrado precio de no socio, {amt} de más."],
        "fr": ["Je paie Orbit chaque mois et vous m'avez facturé le plein tarif, {amt} de trop."],
        "it": ["Pago Orbit ogni mese e mi avete fatto pagare il prezzo pieno, {amt} in più."],
        "pt": ["Pago o Orbit todos os meses e cobraram-me o preço de não sócio, {amt} a mais."],
    },
    "cancel_fee": {
        "en": [
            "You charged me a {amt} rebooking fee for moving a night that YOU cancelled for clouds. Your own rules say that's free.",
            "A {amt} fee for rebooking a clouded-out night? Seriously?",
        ],
        "de": [
            "Sie haben mir {amt} Umbuchungsgebühr berechnet, für einen Abend, den SIE wegen Wolken abgesagt haben. Laut Ihren eigenen Regeln ist das kostenlos.",
            "{amt} Gebühr fürs Umbuchen einer verregneten Nacht? Im Ernst?",
        ],
        "es": [
            "Me cobráis {amt} por cambiar una noche que anulasteis VOSOTROS por nubes. Vuestras normas dicen que es gratis."
        ],
        "fr": [
            "{amt} de frais pour reporter une soirée que VOUS avez annulée pour nuages. C'est censé être gratuit."
        ],
        "it": [
            "{amt} di penale per spostare una serata che avete annullato VOI per le nuvole. Dovrebbe essere gratis."
        ],
        "pt": [
            "{amt} de taxa para remarcar uma noite que VOCÊS cancelaram por nuvens. Era suposto ser grátis."
        ],
    },
}
PHONE_COMPLAINT: dict[str, Table] = {
    "no_show": {
        "en": [
            "yeah hi i'm really angry we drove an hour and twenty to the observatory last night and the gate was locked nobody told us the night was cancelled i've got the booking here"
        ],
        "de": [
            "ja guten Tag ich bin echt sauer wir sind gestern eine Stunde zwanzig zur Sternwarte gefahren und das Tor war zu keiner hat uns gesagt dass es abgesagt ist"
        ],
        "es": [
            "hola mire estoy muy enfadado anoche fuimos hasta el observatorio y estaba cerrado nadie nos avisó"
        ],
        "fr": [
            "oui bonjour je suis vraiment en colère on a fait une heure vingt de route hier soir et c'était fermé personne nous a prévenus"
        ],
        "it": [
            "pronto sì sono arrabbiatissimo ieri sera abbiamo fatto un'ora e venti di strada e il cancello era chiuso nessuno ci ha avvisato"
        ],
        "pt": [
            "olá estou mesmo chateado ontem fizemos uma hora e vinte de caminho e o portão estava fechado ninguém avisou"
        ],
    },
    "double_charge": {
        "en": [
            "hello you've taken the money twice for my planetarium tickets {amt} twice and now my rent's bounced i need it back today"
        ],
        "de": [
            "hallo Sie haben mir die Karten zweimal abgebucht zweimal {amt} und jetzt ist die Miete geplatzt ich brauch das Geld heute zurück"
        ],
        "es": [
            "hola me han cobrado dos veces las entradas {amt} dos veces y ahora me ha rebotado el alquiler"
        ],
        "fr": [
            "bonjour vous m'avez prélevé deux fois {amt} pour les billets et mon loyer a été rejeté"
        ],
        "it": [
            "buongiorno mi avete addebitato due volte {amt} per i biglietti e mi è tornato indietro l'affitto"
        ],
        "pt": ["olá cobraram duas vezes {amt} pelos bilhetes e agora a renda foi devolvida"],
    },
    "damage": {
        "en": [
            "hi i'm calling about last night's telescope evening the scope was broken the whole time and we paid for nothing basically"
        ],
        "de": [
            "hallo ich ruf wegen dem Teleskopabend gestern an das Teleskop war die ganze Zeit kaputt wir haben quasi für nichts bezahlt"
        ],
        "es": [
            "hola llamo por la noche de telescopio de ayer el telescopio estuvo roto todo el rato"
        ],
        "fr": [
            "bonjour j'appelle pour la soirée télescope d'hier le télescope était en panne tout le temps"
        ],
        "it": ["buongiorno chiamo per la serata di ieri il telescopio era rotto tutto il tempo"],
        "pt": ["olá ligo por causa da noite de ontem o telescópio esteve avariado o tempo todo"],
    },
    "refund": {
        "en": [
            "hi it's about a refund for a cloudy night three weeks ago {amt} i was told five days and i've had nothing"
        ],
        "de": [
            "hallo es geht um eine Erstattung für eine bewölkte Nacht vor drei Wochen {amt} es hieß fünf Tage und nichts ist gekommen"
        ],
        "es": [
            "hola es por el reembolso de una noche nublada de hace tres semanas {amt} y no ha llegado nada"
        ],
        "fr": [
            "bonjour c'est pour le remboursement d'une soirée nuageuse il y a trois semaines {amt} toujours rien"
        ],
        "it": [
            "salve è per il rimborso di una serata nuvolosa di tre settimane fa {amt} non è arrivato niente"
        ],
        "pt": [
            "olá é sobre o reembolso de uma noite nublada há três semanas {amt} e não chegou nada"
        ],
    },
    "wrong_price": {
        "en": [
            "hello i'm an orbit member and i've been charged full price for my booking that's {amt} extra"
        ],
        "de": [
            "hallo ich bin Orbit-Mitglied und mir wurde der volle Preis berechnet das sind {amt} zu viel"
        ],
        "es": ["hola soy socio de orbit y me han cobrado el precio completo son {amt} de más"],
        "fr": ["bonjour je suis membre orbit et on m'a facturé plein tarif {amt} de trop"],
        "it": ["buongiorno sono socio orbit e mi avete fatto pagare prezzo pieno {amt} in più"],
        "pt": ["olá sou sócio orbit e cobraram-me o preço todo são {amt} a mais"],
    },
    "cancel_fee": {
        "en": [
            "hi you charged me {amt} to rebook a night you cancelled yourselves because of the clouds that can't be right"
        ],
        "de": [
            "hallo Sie haben mir {amt} fürs Umbuchen berechnet obwohl Sie den Abend wegen Wolken selbst abgesagt haben"
        ],
        "es": [
            "hola me han cobrado {amt} por cambiar una noche que cancelaron ustedes por las nubes"
        ],
        "fr": [
            "bonjour on m'a facturé {amt} pour reporter une soirée que vous avez annulée vous-mêmes"
        ],
        "it": ["salve mi avete fatto pagare {amt} per spostare una serata che avete annullato voi"],
        "pt": [
            "olá cobraram-me {amt} para remarcar uma noite que vocês cancelaram por causa das nuvens"
        ],
    },
}
TOPIC_WORD = {
    "no_show": {
        "en": "cancelled night, locked gate",
        "de": "abgesagter Abend, Tor zu",
        "es": "noche anulada sin aviso",
        "fr": "soirée annulée sans prévenir",
        "it": "serata annullata senza avviso",
        "pt": "noite cancelada sem aviso",
    },
    "double_charge": {
        "en": "charged twice",
        "de": "doppelt abgebucht",
        "es": "cobro doble",
        "fr": "double prélèvement",
        "it": "doppio addebito",
        "pt": "cobrança dupla",
    },
    "damage": {
        "en": "broken telescope",
        "de": "Teleskop defekt",
        "es": "telescopio roto",
        "fr": "télescope en panne",
        "it": "telescopio rotto",
        "pt": "telescópio avariado",
    },
    "refund": {
        "en": "refund missing",
        "de": "Erstattung fehlt",
        "es": "reembolso pendiente",
        "fr": "remboursement manquant",
        "it": "rimborso mancante",
        "pt": "reembolso em falta",
    },
    "wrong_price": {
        "en": "Orbit price not applied",
        "de": "Orbit-Preis nicht berechnet",
        "es": "precio Orbit no aplicado",
        "fr": "tarif Orbit non appliqué",
        "it": "prezzo Orbit non applicato",
        "pt": "preço Orbit não aplicado",
    },
    "cancel_fee": {
        "en": "rebooking fee",
        "de": "Umbuchungsgebühr",
        "es": "cargo por cambio",
        "fr": "frais de report",
        "it": "penale di spostamento",
        "pt": "taxa de remarcação",
    },
}
COMPLAINT_SUBJECT = {
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT = {
    "en": "Re: Your case {ref}",
    "de": "AW: Ihr Vorgang {ref}",
    "es": "RE: Incidencia {ref}",
    "fr": "RE : Dossier {ref}",
    "it": "R: Pratica {ref}",
    "pt": "RE: Processo {ref}",
}
EMAIL_WRAP: Table = {
    "en": [
        "Hello,\n\n{c}\n\nPlease sort this out.\n{name}",
        "{c} I expect an answer today. {name}",
    ],
    "de": [
        "Guten Tag,\n\n{c}\n\nBitte klären Sie das.\n{name}",
        "{c} Ich erwarte heute eine Antwort. {name}",
    ],
    "es": ["Hola,\n\n{c}\n\nEspero solución ya.\n{name}"],
    "fr": ["Bonjour,\n\n{c}\n\nMerci de régler ça.\n{name}"],
    "it": ["Buongiorno,\n\n{c}\n\nAspetto una soluzione.\n{name}"],
    "pt": ["Olá,\n\n{c}\n\nQuero isto resolvido.\n{name}"],
}
LONG_WRAP: Table = {
    "en": [
        "Dear Astrelia team,\n\nI'm writing this on my lunch break at the garden centre, between two lorries of compost, so forgive the typos. My mum moved in with us in spring after her fall and getting her out of the house is a whole production, which is exactly why the night under the stars was meant to be her birthday treat. She used to sail and knows the constellations better than anyone.\n\n{c}\n\nI've been a customer for two years, I've told half the village about you, and this is how it ends up. I'd like it put right, properly, and I'd like someone to tell me how it happened.\n\nRegards,\n{name}"
    ],
    "de": [
        "Liebes Astrelia-Team,\n\nich schreibe das in der Mittagspause aus dem Auto vor der Kita, während es draußen schüttet, entschuldigen Sie also den Stil. Wir renovieren seit März das Haus meiner Schwiegereltern, jedes Wochenende Baustelle, und der Abend bei Ihnen sollte endlich mal etwas Schönes für die Kinder sein, die seit Wochen nur Staub und Bohrmaschine kennen.\n\n{c}\n\nIch bin seit zwei Jahren Kundin, habe Sie im ganzen Freundeskreis empfohlen und war immer begeistert. Ich möchte, dass das ordentlich geregelt wird, und eine Erklärung, wie so etwas passieren kann.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo zusammen,\n\nkurz vorweg: Ich sitze gerade im Wartezimmer beim Kieferorthopäden meiner Tochter und habe endlich zehn Minuten. Mein Mann ist seit Wochen auf Montage, ich jongliere Job, zwei Kinder und den Hund, und der Sternenabend war mein kleines Highlight für uns drei.\n\n{c}\n\nSo etwas hätte ich von Ihnen nicht erwartet. Bitte melden Sie sich mit einer Lösung.\n\nViele Grüße\n{name}",
    ],
    "es": [
        "Hola equipo de Astrelia:\n\nOs escribo desde el coche en la puerta del conservatorio de mi hijo mientras espero, que es el único rato libre que tengo. Estamos con la mudanza y todo es un caos, y la noche de estrellas era el regalo de cumpleaños para mi padre, que está jubilado y le encanta el cielo.\n\n{c}\n\nLlevo dos años con vosotros y os he recomendado a medio pueblo. Quiero que se arregle y que alguien me explique qué ha pasado.\n\nUn saludo,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du vétérinaire, notre chien s'est fait opérer ce matin. La soirée chez vous devait être le cadeau d'anniversaire de mon père.\n\n{c}\n\nClient depuis deux ans, je suis très déçu. Merci de corriger ça.\n\nCordialement,\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, è l'unico momento libero. La serata sotto le stelle era il regalo per i 70 anni di mia madre.\n\n{c}\n\nSono cliente da due anni e vi ho consigliato a tutti. Vorrei una soluzione.\n\nCordiali saluti,\n{name}"
    ],
    "pt": [
        "Olá,\n\nEscrevo do carro à porta do ginásio da minha filha, é o único tempo que tenho. A noite das estrelas era a prenda de anos do meu pai.\n\n{c}\n\nSou cliente há dois anos e recomendei-vos a toda a gente. Quero isto resolvido.\n\nCumprimentos,\n{name}"
    ],
}
CHAT_WRAP: Table = {
    "en": ["{c} what is going on??", "{c}"],
    "de": ["{c} Was ist da los??", "{c}"],
    "es": ["{c} qué pasa??"],
    "fr": ["{c} c'est quoi ce bazar ?"],
    "it": ["{c} ma che succede??"],
    "pt": ["{c} o que se passa??"],
}
SOCIAL_WRAP: Table = {
    "en": ["@Astrelia {c} 😡", "Thanks for nothing @Astrelia. {c}"],
    "de": ["@Astrelia {c} 😡", "Danke für nichts, @Astrelia. {c}"],
    "es": ["@Astrelia {c} 😡"],
    "fr": ["@Astrelia {c} 😡"],
    "it": ["@Astrelia {c} 😡"],
    "pt": ["@Astrelia {c} 😡"],
}
FORM_WRAP: Table = {
    "en": ["Booking problem: {c} Please call me back."],
    "de": ["Problem mit Buchung: {c} Bitte rufen Sie mich zurück."],
    "es": ["Problema con la reserva: {c} Llámenme por favor."],
    "fr": ["Problème de réservation : {c} Rappelez-moi svp."],
    "it": ["Problema con la prenotazione: {c} Richiamatemi per favore."],
    "pt": ["Problema com a reserva: {c} Liguem-me por favor."],
}
AGENT_CASE: Table = {
    "en": [
        "Hello {name}, I'm sorry about this. I've opened case {ref} and we'll come back to you within two working days."
    ],
    "de": [
        "Hallo {name}, das tut mir leid. Ich habe den Vorgang {ref} angelegt, wir melden uns innerhalb von zwei Werktagen."
    ],
    "es": [
        "Hola {name}, lo sentimos. He abierto la incidencia {ref} y te respondemos en dos días laborables."
    ],
    "fr": ["Bonjour {name}, désolés. J'ai ouvert le dossier {ref}, retour sous deux jours ouvrés."],
    "it": [
        "Ciao {name}, ci dispiace. Ho aperto la pratica {ref}, ti rispondiamo entro due giorni lavorativi."
    ],
    "pt": ["Olá {name}, lamentamos. Abri o processo {ref} e respondemos em dois dias úteis."],
}
AGENT_QUALITY: Table = {
    "en": [
        "Hello {name}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Hallo {name}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "es": [
        "Hola {name}, tu incidencia {ref} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
    "fr": [
        "Bonjour {name}, votre dossier {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "it": [
        "Ciao {name}, la pratica {ref} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "Olá {name}, o processo {ref} está com a nossa responsável de qualidade, que liga antes de sexta ao almoço."
    ],
}
AGENT_ADDED: Table = {
    "en": ["Added to your case {ref} and marked urgent."],
    "de": ["Zu Ihrem Vorgang {ref} hinzugefügt und als dringend markiert."],
    "es": ["Añadido a tu incidencia {ref} y marcado como urgente."],
    "fr": ["Ajouté au dossier {ref}, marqué urgent."],
    "it": ["Aggiunto alla pratica {ref}, segnata urgente."],
    "pt": ["Acrescentado ao processo {ref} e marcado como urgente."],
}
AGENT_GOOD: Table = {
    "en": [
        "Good news on case {ref}: it has been put right on our side. Could you confirm everything looks fine to you?"
    ],
    "de": [
        "Gute Nachrichten zu Vorgang {ref}: Es ist bei uns behoben. Können Sie kurz bestätigen, dass alles passt?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {ref}: ya está corregido. ¿Nos confirmas que todo está bien?"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {ref} : c'est corrigé. Pouvez-vous confirmer que tout va bien ?"
    ],
    "it": [
        "Buone notizie sulla pratica {ref}: è stato sistemato. Ci confermi che è tutto a posto?"
    ],
    "pt": [
        "Boas notícias sobre o processo {ref}: já está corrigido. Pode confirmar que está tudo bem?"
    ],
}
CONFIRM: Table = {
    "en": ["Confirmed, case {ref} is sorted. Thanks", "yes all good now on {ref}, thank you"],
    "de": [
        "Bestätigt, Vorgang {ref} ist erledigt. Danke",
        "ja, bei {ref} passt jetzt alles, danke",
    ],
    "es": ["Confirmado, la incidencia {ref} está resuelta. Gracias"],
    "fr": ["Confirmé, dossier {ref} réglé. Merci"],
    "it": ["Confermo, pratica {ref} risolta. Grazie"],
    "pt": ["Confirmado, processo {ref} resolvido. Obrigado"],
}
STILL_OPEN: Table = {
    "en": [
        "Case {ref} again. Still not sorted, nobody has called. {c}",
        "Writing again about {ref}: still open, still nothing.",
    ],
    "de": [
        "Nochmal Vorgang {ref}. Immer noch nicht geklärt, niemand hat angerufen. {c}",
        "Ich schreibe wieder wegen {ref}: immer noch offen, immer noch nichts.",
    ],
    "es": ["Otra vez la incidencia {ref}. Sigue sin resolver, nadie me ha llamado."],
    "fr": ["Encore le dossier {ref}. Toujours pas réglé, personne n'a appelé."],
    "it": ["Di nuovo la pratica {ref}. Ancora niente, nessuno ha chiamato."],
    "pt": ["Outra vez o processo {ref}. Continua por resolver, ninguém ligou."],
}
STILL_OPEN_PHONE: Table = {
    "en": ["hi it's about case {ref} again it's still not sorted and nobody called me back"],
    "de": [
        "hallo es geht nochmal um Vorgang {ref} das ist immer noch nicht geklärt und keiner hat zurückgerufen"
    ],
    "es": ["hola otra vez por la incidencia {ref} sigue sin resolver y nadie me ha llamado"],
    "fr": ["bonjour c'est encore pour le dossier {ref} toujours rien et personne m'a rappelé"],
    "it": ["salve di nuovo per la pratica {ref} ancora niente e nessuno mi ha richiamato"],
    "pt": ["olá outra vez o processo {ref} continua sem solução e ninguém me ligou"],
}
THIRD: Table = {
    "en": [
        " My neighbour goes to {comp} and they'd have sorted this the same day.",
        " I've looked at what {comp} charges for a season, just so you know.",
    ],
    "de": [
        " Mein Nachbar geht zu {comp}, die hätten das am selben Tag geregelt.",
        " Ich habe mir schon angeschaut, was {comp} für eine Saison nimmt.",
    ],
    "es": [" Mi vecino va a {comp} y allí lo arreglan en el día."],
    "fr": [" Mon voisin va chez {comp}, eux règlent ça le jour même."],
    "it": [" Il mio vicino va da {comp} e lì lo sistemano in giornata."],
    "pt": [" O meu vizinho vai à {comp} e lá resolvem no mesmo dia."],
}
FOURTH: Table = {
    "en": [" This is the FOURTH time I'm contacting you about it."],
    "de": [" Das ist jetzt das VIERTE Mal, dass ich mich melde."],
    "es": [" Es la CUARTA vez que os escribo."],
    "fr": [" C'est la QUATRIÈME fois que je vous contacte."],
    "it": [" È la QUARTA volta che vi contatto."],
    "pt": [" É a QUARTA vez que vos contacto."],
}
APOLOGY: Table = {
    "en": [
        "Sorry for the tone yesterday, I was furious and tired. Thanks for sorting it.",
        "Apologies for the rant yesterday, not the agent's fault.",
    ],
    "de": [
        "Sorry für den Ton gestern, ich war wütend und müde. Danke fürs Klären.",
        "Entschuldigung für gestern, das war nicht gegen Sie persönlich.",
    ],
    "es": ["Perdón por el tono de ayer, estaba muy quemada. Gracias por arreglarlo."],
    "fr": ["Désolé pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça."],
    "it": ["Scusate il tono di ieri, ero furioso. Grazie per aver sistemato."],
    "pt": ["Desculpem o tom de ontem, estava furiosa. Obrigada por resolverem."],
}
LOW_WORD: Table = {
    "en": ["awful", ""],
    "de": ["mies", ""],
    "es": ["fatal", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "pt": ["péssimo", ""],
}
NPS_WORD: Table = {
    "en": ["Not after that night.", "Would not recommend right now", ""],
    "de": ["Nach dem Abend nicht.", "Derzeit nicht zu empfehlen", ""],
    "es": ["Después de esto, no.", ""],
    "fr": ["Pas après ça.", ""],
    "it": ["Non dopo questo.", ""],
    "pt": ["Depois disto, não.", ""],
}
SLIDE: Table = {
    "en": [
        "Night started 40 minutes late, no explanation. Still a nice sky.",
        "The guide rushed through everything and the scopes weren't aligned. Not the {brand} I know.",
        "Half the telescope evening was a video because the dome 'had a fault'. Hmm.",
        "Orbit price went up again and the free rebooking now 'depends on availability'. Getting fed up.",
        "Charged {amt} for 'blanket hire' that was always included. I have the old confirmation. Furious.",
        "My sister-in-law goes to {comp}, I've booked their meteor night for Saturday. Done with {brand} for now.",
    ],
    "de": [
        "Abend hat 40 Minuten später angefangen, ohne Erklärung. Himmel trotzdem schön.",
        "Der Guide hat alles durchgehetzt und die Teleskope waren nicht justiert. Nicht das {brand}, das ich kenne.",
        "Der halbe Teleskopabend war ein Video, weil die Kuppel 'eine Störung' hatte. Naja.",
        "Orbit wieder teurer und das kostenlose Umbuchen jetzt 'nach Verfügbarkeit'. Langsam reicht's.",
        "{amt} für 'Deckenverleih' berechnet, der immer inklusive war. Ich hab die alte Bestätigung. Stinksauer.",
        "Meine Schwägerin geht zu {comp}, ich hab für Samstag deren Meteornacht gebucht. Mit {brand} bin ich erst mal durch.",
    ],
    "es": [
        "La noche empezó 40 minutos tarde sin explicación. El cielo bonito igual.",
        "El guía fue con prisas y los telescopios sin alinear. No es la {brand} de siempre.",
        "Media noche de telescopio fue un vídeo porque la cúpula 'tenía una avería'. En fin.",
        "Sube otra vez Orbit y el cambio gratis ahora 'según disponibilidad'. Me estoy cansando.",
        "Me cobran {amt} por 'alquiler de mantas' que siempre iba incluido. Estoy que trino.",
        "Mi cuñada va a {comp}, he reservado su noche de meteoros para el sábado. Adiós {brand} por ahora.",
    ],
    "fr": [
        "Soirée commencée 40 minutes en retard sans explication. Beau ciel quand même.",
        "Le guide a tout bâclé, télescopes pas réglés. Pas le {brand} que je connais.",
        "La moitié de la soirée, une vidéo car le dôme était 'en panne'. Bof.",
        "Orbit augmente encore et le report gratuit 'selon disponibilité'. Ça commence à bien faire.",
        "{amt} de 'location de couverture' alors que c'était toujours inclus. Furieux.",
        "Ma belle-sœur va chez {comp}, j'ai réservé leur nuit des météores samedi. Fini {brand} pour l'instant.",
    ],
    "it": [
        "Serata iniziata con 40 minuti di ritardo, nessuna spiegazione. Cielo comunque bello.",
        "La guida ha fatto tutto di corsa, telescopi non allineati. Non è la {brand} di sempre.",
        "Metà serata al telescopio era un video perché la cupola 'aveva un guasto'. Mah.",
        "Orbit aumenta ancora e lo spostamento gratis ora 'secondo disponibilità'. Mi sto stufando.",
        "{amt} per il 'noleggio coperte' che era sempre incluso. Furiosa.",
        "Mia cognata va da {comp}, ho prenotato la loro notte delle meteore per sabato. Basta {brand} per ora.",
    ],
    "pt": [
        "A noite começou 40 minutos atrasada, sem explicação. O céu estava bonito na mesma.",
        "O guia despachou tudo e os telescópios estavam desalinhados. Não é a {brand} de sempre.",
        "Metade da noite de telescópio foi um vídeo porque a cúpula 'avariou'. Enfim.",
        "O Orbit subiu outra vez e a remarcação grátis agora é 'conforme disponibilidade'. Estou a ficar farto.",
        "Cobraram {amt} por 'aluguer de mantas' que sempre esteve incluído. Furioso.",
        "A minha cunhada vai à {comp}, reservei a noite de meteoros deles para sábado. Chega de {brand} por agora.",
    ],
}
LEAVE: Table = {
    "en": [
        "Hello, we've bought our own telescope now and the kids have moved on to football, so please cancel my Orbit membership and close my account. Thanks for the lovely nights."
    ],
    "de": [
        "Hallo, wir haben uns inzwischen ein eigenes Teleskop gekauft und ziehen im Herbst in die Stadt, bitte kündigen Sie meine Orbit-Mitgliedschaft und schließen Sie mein Konto. Danke für die schönen Abende."
    ],
    "es": [
        "Hola, nos hemos comprado un telescopio propio y nos mudamos a la ciudad, por favor cancelad mi Orbit y cerrad mi cuenta."
    ],
    "fr": [
        "Bonjour, nous avons acheté notre propre télescope et déménageons en ville, merci d'annuler mon Orbit et de fermer mon compte."
    ],
    "it": [
        "Buongiorno, ci siamo comprati un telescopio e ci trasferiamo in città, vi prego di disdire il mio Orbit e chiudere l'account."
    ],
    "pt": [
        "Olá, comprámos um telescópio e vamos mudar para a cidade, por favor cancelem o meu Orbit e fechem a conta."
    ],
}
SORRY_GO: Table = {
    "en": [
        "Sorry to see you go! You can cancel Orbit yourself under Account > Membership in the app or on the website; your account closes with it."
    ],
    "de": [
        "Schade, dass Sie gehen! Sie können Orbit selbst in der App oder auf der Website unter Konto > Mitgliedschaft kündigen; das Konto wird damit geschlossen."
    ],
    "es": ["¡Qué pena! Puedes cancelar Orbit tú mismo en Cuenta > Membresía en la app o la web."],
    "fr": [
        "Dommage ! Vous pouvez résilier Orbit dans Compte > Abonnement, dans l'appli ou sur le site."
    ],
    "it": ["Peccato! Puoi disdire Orbit da Account > Abbonamento nell'app o sul sito."],
    "pt": ["Que pena! Pode cancelar o Orbit em Conta > Subscrição na app ou no site."],
}
GRUMPY: Table = {
    "en": [
        "The app logs me out every single time I open it.",
        "Why does the 'clear sky tonight!' push arrive at 6am?",
        "The shuttle from the station never waits for the late train.",
        "Three stars. The toilets at the observatory are a portaloo in a field.",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus.",
        "Warum kommt die Push 'Heute klarer Himmel!' um 6 Uhr morgens?",
        "Der Shuttle vom Bahnhof wartet nie auf den späten Zug.",
        "Drei Sterne. Die Toilette an der Sternwarte ist ein Dixi auf dem Acker.",
    ],
    "es": [
        "La app me echa cada vez que la abro.",
        "¿Por qué llega el aviso de 'cielo despejado' a las 6 de la mañana?",
        "Tres estrellas. El baño es un portátil en el campo.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois.",
        "Pourquoi la notif 'ciel dégagé ce soir' arrive à 6h ?",
        "Trois étoiles. Les toilettes, c'est une cabine dans un champ.",
    ],
    "it": [
        "L'app mi disconnette ogni volta.",
        "Perché la notifica 'cielo sereno stasera' arriva alle 6?",
        "Tre stelle. Il bagno è un chimico in mezzo al campo.",
    ],
    "pt": [
        "A app faz logout sempre que a abro.",
        "Porque é que o aviso 'céu limpo hoje' chega às 6 da manhã?",
        "Três estrelas. A casa de banho é uma cabine no campo.",
    ],
}
SARCASM: Table = {
    "en": [
        "Love how the 'guaranteed clear sky' night was 100% fog. Very atmospheric, {brand} 👏",
        "Great, the dome show's 'surround sound' was one speaker and a cough 😂",
    ],
    "de": [
        "Toll, die 'garantiert klare Nacht' war 100 % Nebel. Sehr atmosphärisch, {brand} 👏",
        "Super, der 'Raumklang' der Kuppelshow war ein Lautsprecher und ein Huster 😂",
    ],
    "es": [
        "Me encanta que la noche 'garantizada despejada' fuera niebla total. Muy atmosférico, {brand} 👏"
    ],
    "fr": [
        "J'adore la nuit 'ciel garanti' sous 100 % de brouillard. Très atmosphérique, {brand} 👏"
    ],
    "it": ["Adoro la serata 'cielo garantito' con nebbia al 100%. Molto suggestivo, {brand} 👏"],
    "pt": ["Adoro a noite 'céu garantido' com 100% de nevoeiro. Muito atmosférico, {brand} 👏"],
}
MILD: Table = {
    "en": [
        "The observatory search shows Cork when I type Cardiff, a bit odd.",
        "The app sends me reminders in Dutch for some reason.",
    ],
    "de": [
        "Die Sternwarten-Suche zeigt mir Graz, wenn ich Gera eingebe. Etwas komisch.",
        "Die App schickt mir Erinnerungen auf Niederländisch.",
    ],
    "es": ["El buscador de observatorios me saca Lugo cuando pongo Lorca."],
    "fr": ["La recherche d'observatoire m'affiche Nancy quand je tape Nantes."],
    "it": ["La ricerca osservatori mi mostra Lecco se scrivo Lecce."],
    "pt": ["A pesquisa de observatórios mostra Braga quando escrevo Beja."],
}
MILD_ANSWER: Table = {
    "en": ["Thanks for telling us, I've passed it to the app team."],
    "de": ["Danke für den Hinweis, ich habe es ans App-Team gegeben."],
    "es": ["Gracias por avisar, lo paso al equipo de la app."],
    "fr": ["Merci, je transmets à l'équipe de l'appli."],
    "it": ["Grazie della segnalazione, la giro al team dell'app."],
    "pt": ["Obrigado pelo aviso, passei à equipa da app."],
}
FORM_ACK: Table = {
    "en": ["Thanks for your message, we've logged it and will look into it."],
    "de": ["Danke für Ihre Nachricht, wir haben sie aufgenommen und schauen uns das an."],
    "es": ["Gracias por tu mensaje, lo hemos registrado."],
    "fr": ["Merci pour votre message, c'est noté."],
    "it": ["Grazie del messaggio, l'abbiamo registrato."],
    "pt": ["Obrigado pela mensagem, ficou registada."],
}

# -- the spike -------------------------------------------------------------------
SPIKE: Table = {
    "en": [
        "At the door of the kids' planetarium show and the e-ticket says VOID, scanner refuses it, error {code}. Queue of crying kids behind us",
        "@Astrelia every ticket in the app shows {code} at the dome gate, nobody can get in",
    ],
    "de": [
        "Stehen am Eingang zur Kinder-Planetariumsshow, das E-Ticket zeigt UNGÜLTIG, Scanner lehnt ab, Fehler {code}. Hinter uns lauter heulende Kinder",
        "@Astrelia jedes Ticket in der App zeigt {code} am Kuppeleingang, keiner kommt rein",
    ],
    "es": [
        "En la puerta del planetario y la entrada del móvil sale ANULADA, error {code}. Nadie puede pasar"
    ],
    "fr": [
        "Devant le planétarium, le billet de l'appli affiche ANNULÉ, erreur {code}. Personne n'entre"
    ],
    "it": [
        "Davanti al planetario, il biglietto nell'app risulta ANNULLATO, errore {code}. Non entra nessuno"
    ],
    "pt": ["À porta do planetário, o bilhete da app aparece ANULADO, erro {code}. Ninguém entra"],
}
SPIKE_AGAIN: Table = {
    "en": ["Still {code}, tried my husband's phone too, same. Show starts in 10 min"],
    "de": ["Immer noch {code}, auch auf dem Handy meines Mannes. Show fängt in 10 Minuten an"],
    "es": ["Sigue {code}, también en el móvil de mi marido. Empieza en 10 minutos"],
    "fr": ["Toujours {code}, même sur le téléphone de mon mari. Ça commence dans 10 min"],
    "it": ["Ancora {code}, anche sul telefono di mio marito. Inizia tra 10 minuti"],
    "pt": ["Continua {code}, também no telemóvel do meu marido. Começa daqui a 10 minutos"],
}
SPIKE_CHAT_ANSWER: Table = {
    "en": [
        "Yes, e-tickets are being refused at every dome right now, our engineers are on it. Sorry!"
    ],
    "de": [
        "Ja, E-Tickets werden gerade an allen Kuppeln abgelehnt, unsere Technik ist dran. Entschuldigung!"
    ],
    "es": [
        "Sí, ahora mismo se rechazan las entradas en todas las cúpulas, el equipo técnico está en ello."
    ],
    "fr": ["Oui, les billets sont refusés partout en ce moment, nos techniciens s'en occupent."],
    "it": [
        "Sì, in questo momento i biglietti vengono rifiutati ovunque, i tecnici ci stanno lavorando."
    ],
    "pt": [
        "Sim, neste momento os bilhetes estão a ser recusados em todo o lado, a equipa técnica está a tratar."
    ],
}
SPIKE_FIXED: Table = {
    "en": [
        "E-tickets work again since {time} (local time). Today's show is on us: {amt} credit added to your account."
    ],
    "de": [
        "E-Tickets funktionieren wieder seit {time} Uhr (Ortszeit). Die heutige Show geht auf uns: {amt} Guthaben gutgeschrieben."
    ],
    "es": [
        "Las entradas funcionan otra vez desde las {time} (hora local). La sesión de hoy corre de nuestra cuenta: {amt} de saldo."
    ],
    "fr": [
        "Les billets fonctionnent à nouveau depuis {time} (heure locale). La séance du jour est offerte : {amt} de crédit."
    ],
    "it": [
        "I biglietti funzionano di nuovo dalle {time} (ora locale). Lo spettacolo di oggi lo offriamo noi: {amt} di credito."
    ],
    "pt": [
        "Os bilhetes funcionam outra vez desde as {time} (hora local). A sessão de hoje é por nossa conta: {amt} de crédito."
    ],
}
LONE_Q: Table = {
    "en": [
        "Tried opening tomorrow's ticket in the app tonight and it flickered grey for a second, then showed fine. Will it scan tomorrow?"
    ],
    "de": [
        "Hab heute Abend das Ticket für morgen geöffnet, es war kurz grau und dann normal. Wird es morgen gescannt?"
    ],
    "es": ["Abrí la entrada de mañana y salió gris un segundo, luego bien. ¿Funcionará mañana?"],
    "fr": [
        "J'ai ouvert le billet de demain, il est devenu gris une seconde puis normal. Il passera demain ?"
    ],
    "it": [
        "Ho aperto il biglietto di domani, è diventato grigio un attimo e poi normale. Funzionerà domani?"
    ],
    "pt": [
        "Abri o bilhete de amanhã, ficou cinzento um segundo e depois normal. Vai funcionar amanhã?"
    ],
}
LONE_A: Table = {
    "en": ["That's just the app refreshing the ticket, it will scan fine."],
    "de": ["Das ist nur die Aktualisierung in der App, das Ticket wird normal gescannt."],
    "es": ["Es solo la app actualizando la entrada, funcionará bien."],
    "fr": ["C'est juste l'appli qui actualise, il passera sans souci."],
    "it": ["È solo l'app che aggiorna il biglietto, funzionerà."],
    "pt": ["É só a app a atualizar o bilhete, vai funcionar."],
}

# -- the business arm: Astrelia Teams (school trips, company evenings, on account) --
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT: dict[str, Table] = {
    "invoice": {
        "en": [
            "Our invoices from Astrelia Teams still carry our old trust name and no PO number, so finance rejects every one of them."
        ],
        "de": [
            "Die Rechnungen von Astrelia Teams tragen immer noch unseren alten Schulträger und keine Bestellnummer, die Buchhaltung lehnt alle ab."
        ],
        "es": [
            "Las facturas de Astrelia Teams siguen con el nombre antiguo del centro y sin número de pedido, contabilidad las rechaza todas."
        ],
        "fr": [
            "Les factures d'Astrelia Teams portent encore notre ancien nom et aucun numéro de commande, la compta les rejette."
        ],
        "it": [
            "Le fatture di Astrelia Teams hanno ancora il vecchio nome e nessun numero d'ordine, l'amministrazione le rifiuta."
        ],
        "pt": [
            "As faturas da Astrelia Teams têm ainda o nome antigo e nenhum número de encomenda, a contabilidade recusa-as."
        ],
    },
    "service_blocked": {
        "en": [
            "Our class was turned away at the observatory gate because our account is 'on stop', though every invoice is paid."
        ],
        "de": [
            "Unsere Klasse wurde am Tor der Sternwarte abgewiesen, Konto angeblich 'gesperrt', obwohl jede Rechnung bezahlt ist."
        ],
        "es": [
            "A nuestro grupo no le dejaron entrar porque la cuenta está 'bloqueada', y está todo pagado."
        ],
        "fr": ["Notre groupe a été refusé à l'entrée, compte 'bloqué', alors que tout est payé."],
        "it": [
            "Il nostro gruppo è stato respinto all'ingresso, conto 'bloccato', anche se è tutto pagato."
        ],
        "pt": ["O nosso grupo foi recusado à entrada, conta 'bloqueada', e está tudo pago."],
    },
    "portal": {
        "en": [
            "The Teams portal shows none of our booked evenings, so we can't add names or change numbers, and the deadline is Friday."
        ],
        "de": [
            "Das Teams-Portal zeigt keine unserer gebuchten Abende, wir können weder Namen eintragen noch Zahlen ändern, Frist ist Freitag."
        ],
        "es": [
            "El portal de Teams no muestra ninguna de nuestras reservas, no podemos añadir nombres y el plazo acaba el viernes."
        ],
        "fr": [
            "Le portail Teams n'affiche aucune de nos soirées, impossible d'ajouter des noms, délai vendredi."
        ],
        "it": [
            "Il portale Teams non mostra nessuna serata prenotata, non possiamo aggiungere nomi, scadenza venerdì."
        ],
        "pt": [
            "O portal Teams não mostra nenhuma das nossas reservas, não dá para pôr nomes e o prazo é sexta."
        ],
    },
    "overbilled": {
        "en": [
            "We've been billed the adult price for every pupil instead of our agreed school rate, over £400 too much."
        ],
        "de": [
            "Uns wurde für jeden Schüler der Erwachsenenpreis berechnet statt des vereinbarten Schultarifs, über 450 € zu viel."
        ],
        "es": [
            "Nos han facturado precio de adulto por cada alumno en vez de la tarifa escolar pactada, más de 450 € de más."
        ],
        "fr": [
            "On nous a facturé le tarif adulte pour chaque élève au lieu du tarif scolaire, plus de 450 € de trop."
        ],
        "it": [
            "Ci avete fatturato il prezzo adulti per ogni alunno invece della tariffa scuole, oltre 450 € in più."
        ],
        "pt": [
            "Faturaram o preço de adulto por cada aluno em vez da tarifa escolar, mais de 450 € a mais."
        ],
    },
}
B2B_LATER: Table = {
    "en": ["Following up on what {first} sent on {day} (case {ref}): same problem here. {c}"],
    "de": ["Ergänzend zu {first}s Mail vom {day} (Vorgang {ref}): bei mir dasselbe. {c}"],
    "es": ["Sobre lo que escribió {first} el {day} (incidencia {ref}): a mí me pasa lo mismo. {c}"],
    "fr": ["Suite au message de {first} de {day} (dossier {ref}) : même problème chez moi. {c}"],
    "it": ["In aggiunta a quanto scritto da {first} {day} (pratica {ref}): stesso problema. {c}"],
    "pt": ["Na sequência do que {first} escreveu na {day} (processo {ref}): o mesmo aqui. {c}"],
}
WEEKDAY = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
B2B_LAST_EMAIL: Table = {
    "en": [
        "Case {ref}: nothing is fixed and several of us have written now. Procurement has already asked {comp} for their school rates."
    ],
    "de": [
        "Vorgang {ref}: Nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} nach Konditionen gefragt."
    ],
    "es": [
        "Incidencia {ref}: nada resuelto y ya hemos escrito varios. Compras ya ha pedido tarifas a {comp}."
    ],
    "fr": [
        "Dossier {ref} : rien n'est réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}."
    ],
    "it": [
        "Pratica {ref}: niente risolto, abbiamo scritto in tanti. L'ufficio acquisti ha già chiesto le tariffe a {comp}."
    ],
    "pt": [
        "Processo {ref}: nada resolvido e já escrevemos vários. As compras já pediram preços à {comp}."
    ],
}
B2B_LAST_CALL: Table = {
    "en": [
        "hello it's about case {ref} still nothing fixed several of us have written my head says we move the account if it isn't sorted this week"
    ],
    "de": [
        "hallo es geht um Vorgang {ref} immer noch nichts behoben mehrere Kollegen haben geschrieben die Chefin sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "es": [
        "hola es por la incidencia {ref} sigue sin arreglar hemos escrito varios y la dirección dice que cambiamos de proveedor si no se soluciona esta semana"
    ],
    "fr": [
        "bonjour c'est pour le dossier {ref} toujours rien plusieurs collègues ont écrit la direction dit qu'on change si ce n'est pas réglé cette semaine"
    ],
    "it": [
        "buongiorno è per la pratica {ref} ancora niente abbiamo scritto in tanti il preside dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "olá é sobre o processo {ref} continua sem solução já escrevemos vários a direção diz que mudamos se não ficar resolvido esta semana"
    ],
}
B2B_ACK: Table = {
    "en": [
        "Hello {name}, thank you, I've logged this as case {ref} with our accounts team and will update you shortly."
    ],
    "de": [
        "Hallo {name}, danke, ich habe das als Vorgang {ref} an unser Kundenkonten-Team gegeben und melde mich zeitnah."
    ],
    "es": [
        "Hola {name}, gracias, lo he registrado como incidencia {ref} con el equipo de cuentas."
    ],
    "fr": ["Bonjour {name}, merci, enregistré sous le dossier {ref} auprès de l'équipe comptes."],
    "it": ["Buongiorno {name}, grazie, registrato come pratica {ref} con il team conti."],
    "pt": ["Olá {name}, obrigado, registei como processo {ref} com a equipa de contas."],
}
B2B_MILD: Table = {
    "en": [
        "Suggestion: could invoices show the class or team name, so we can split costs by department?",
        "Would be handy if the confirmation listed the dietary notes we entered for the evening.",
    ],
    "de": [
        "Vorschlag: Könnten die Rechnungen den Klassen- oder Teamnamen zeigen, damit wir nach Abteilung aufteilen können?",
        "Praktisch wäre, wenn die Bestätigung unsere Hinweise zu Allergien aufführt.",
    ],
    "es": ["Sugerencia: ¿podrían las facturas mostrar el nombre del grupo para repartir costes?"],
    "fr": ["Suggestion : les factures pourraient-elles indiquer le nom du groupe ?"],
    "it": ["Suggerimento: le fatture potrebbero riportare il nome della classe?"],
    "pt": ["Sugestão: as faturas podiam mostrar o nome da turma?"],
}
B2B_QUESTION: Table = {
    "en": [
        "Can we add two more pupils to Thursday's dome visit?",
        "Is there a step-free route to the telescope deck for a wheelchair user?",
    ],
    "de": [
        "Können wir für Donnerstag noch zwei Schüler nachmelden?",
        "Gibt es einen barrierefreien Weg zur Teleskopterrasse?",
    ],
    "es": ["¿Podemos añadir dos alumnos más a la visita del jueves?"],
    "fr": ["Peut-on ajouter deux élèves à la visite de jeudi ?"],
    "it": ["Possiamo aggiungere due alunni alla visita di giovedì?"],
    "pt": ["Podemos juntar mais dois alunos à visita de quinta?"],
}
B2B_ANSWER: Table = {
    "en": ["Yes, done, you'll see it in the portal. Step-free access is via the side gate."],
    "de": ["Ja, erledigt, Sie sehen es im Portal. Barrierefrei geht es über das Seitentor."],
    "es": ["Sí, hecho, lo veréis en el portal."],
    "fr": ["Oui, c'est fait, visible dans le portail."],
    "it": ["Sì, fatto, lo vedete nel portale."],
    "pt": ["Sim, feito, já aparece no portal."],
}
B2B_PRAISE: Table = {
    "en": [
        "Our Year 8s came back from the Astrelia Teams visit buzzing about black holes. Booking again in spring."
    ],
    "de": [
        "Unsere 8. Klasse kam vom Astrelia-Teams-Besuch total begeistert von Schwarzen Löchern zurück. Im Frühjahr wieder."
    ],
    "es": [
        "Nuestro equipo volvió encantado de la noche con Astrelia Teams. Repetimos en primavera."
    ],
    "fr": ["Notre équipe est revenue ravie de la soirée Astrelia Teams. On refait au printemps."],
    "it": ["Il team è tornato entusiasta dalla serata Astrelia Teams. Rifacciamo in primavera."],
    "pt": ["A equipa voltou encantada da noite Astrelia Teams. Repetimos na primavera."],
}
