# ruff: noqa: E501
"""Words of Sabbiora's households (and of the agents who answer them), heldout66.

Sabbiora books beach umbrellas, sunbeds, Strandkörbe, daybeds and changing
cabins at partner beaches by app and web. Written from the people's stories,
German and Italian first. Placeholders: {name} (first name), {agent},
{case}, {beach}, {amt} (money in the customer's market), {comp}, {credit}.
"""

from __future__ import annotations

BRAND = "Sabbiora"
COMPETITORS = ("Ombrelia", "Korbana")

FIRST: dict[str, list[str]] = {
    "de": [
        "Anna",
        "Lukas",
        "Julia",
        "Felix",
        "Sabine",
        "Matthias",
        "Katrin",
        "Jonas",
        "Miriam",
        "Stefan",
        "Lea",
        "Thomas",
        "Claudia",
        "Niklas",
        "Petra",
        "Florian",
        "Sandra",
        "Tobias",
        "Heike",
        "Moritz",
        "Franziska",
        "Jan",
        "Ursula",
        "Dominik",
        "Birgit",
        "Kai",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Alessandro",
        "Sara",
        "Matteo",
        "Elena",
        "Davide",
        "Valentina",
        "Simone",
        "Federica",
        "Andrea",
        "Martina",
        "Lorenzo",
        "Silvia",
        "Paolo",
        "Roberta",
        "Stefano",
        "Ilaria",
        "Gianni",
        "Beatrice",
        "Fabio",
        "Noemi",
        "Riccardo",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Pablo",
        "Marta",
        "Sergio",
        "Elena",
        "Álvaro",
        "Nuria",
        "Raúl",
        "Irene",
        "Diego",
        "Rocío",
        "Iñaki",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Thomas",
        "Sophie",
        "Mathieu",
        "Claire",
        "Nicolas",
        "Aurélie",
        "Hugo",
        "Manon",
        "Olivier",
        "Léa",
        "Benoît",
    ],
    "en": [
        "Emma",
        "James",
        "Sophie",
        "Daniel",
        "Chloe",
        "Ryan",
        "Aoife",
        "Ciarán",
        "Laura",
        "Mark",
        "Hannah",
        "Gary",
        "Niamh",
        "Owen",
    ],
}

LAST: dict[str, list[str]] = {
    "de": [
        "Müller",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Krüger",
        "Hartmann",
        "Lange",
        "Werner",
        "Krause",
        "Lehmann",
        "Köhler",
        "Brandt",
        "Vogel",
        "Seidel",
        "Huber",
        "Gruber",
        "Steiner",
        "Moser",
        "Egger",
        "Petersen",
        "Jansen",
    ],
    "it": [
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
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
        "Ferri",
        "Pellegrini",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Álvarez",
        "Romero",
        "Navarro",
        "Torres",
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
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Evans",
        "Walsh",
        "Murphy",
        "Kelly",
        "Byrne",
        "O'Brien",
        "Roberts",
        "Wright",
        "Hughes",
        "Clarke",
        "Borg",
    ],
}

#: Where each language is spoken, with weights.
MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 60), ("AT", 25), ("CH", 15)],
    "it": [("IT", 85), ("CH", 15)],
    "es": [("ES", 100)],
    "fr": [("FR", 70), ("BE", 20), ("CH", 10)],
    "en": [("UK", 55), ("IE", 30), ("MT", 15)],
}

TOWNS: dict[str, list[str]] = {
    "DE": [
        "Hamburg",
        "Berlin",
        "Kiel",
        "Rostock",
        "München",
        "Köln",
        "Hannover",
        "Leipzig",
        "Lübeck",
        "Dresden",
        "Bremen",
    ],
    "AT": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Villach"],
    "CH-de": ["Zürich", "Basel", "Bern", "Luzern", "St. Gallen"],
    "CH-it": ["Lugano", "Bellinzona", "Locarno", "Mendrisio"],
    "CH-fr": ["Genève", "Lausanne", "Neuchâtel"],
    "IT": [
        "Milano",
        "Bologna",
        "Torino",
        "Verona",
        "Firenze",
        "Padova",
        "Bergamo",
        "Roma",
        "Parma",
        "Modena",
        "Brescia",
        "Ancona",
        "Perugia",
    ],
    "ES": [
        "Madrid",
        "Valencia",
        "Zaragoza",
        "Alicante",
        "Barcelona",
        "Sevilla",
        "Málaga",
        "Lleida",
    ],
    "FR": ["Lyon", "Paris", "Toulouse", "Grenoble", "Nantes", "Montpellier", "Dijon"],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi"],
    "UK": ["Leeds", "Manchester", "Bristol", "Birmingham", "London", "Sheffield"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "MT": ["Sliema", "Birkirkara", "Mosta", "Żabbar"],
}

#: Beaches people go to (written after "in", "a", "en", "à").
BEACHES: dict[str, list[str]] = {
    "de": [
        "Binz",
        "Warnemünde",
        "Kühlungsborn",
        "Zingst",
        "Westerland",
        "Lignano",
        "Jesolo",
        "Caorle",
        "Grömitz",
    ],
    "it": [
        "Riccione",
        "Rimini",
        "Cervia",
        "Cesenatico",
        "Forte dei Marmi",
        "Alassio",
        "Gallipoli",
        "Jesolo",
        "Senigallia",
    ],
    "es": ["Sitges", "Benidorm", "Salou", "Peñíscola", "Conil", "Calafell"],
    "fr": ["La Baule", "Biarritz", "Juan-les-Pins", "Palavas", "Saint-Cyprien"],
    "en": ["Mellieha", "Benidorm", "Lignano", "Golden Bay", "Salou"],
}

AGENTS: dict[str, list[str]] = {
    "de": ["Jana", "Tobias", "Miriam", "Henrik"],
    "it": ["Chiara", "Davide", "Federica", "Nicola"],
    "es": ["Lucía", "Javier", "Ainhoa"],
    "fr": ["Camille", "Julien", "Inès"],
    "en": ["Hannah", "Owen", "Siobhan"],
}

WEEKDAYS: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

#: (label, price in EUR): English / Italian labels, whatever the market.
PRODUCTS: list[tuple[str, float]] = [
    ("Umbrella + 2 sunbeds, row 1, day / Ombrellone + 2 lettini, 1a fila, giornata", 38.0),
    ("Umbrella + 2 sunbeds, row 4, day / Ombrellone + 2 lettini, 4a fila, giornata", 26.0),
    ("Umbrella + 2 sunbeds, week / Ombrellone + 2 lettini, settimana", 165.0),
    ("Umbrella + 2 sunbeds, afternoon / Ombrellone + 2 lettini, pomeriggio", 17.0),
    ("Strandkorb for two, day / Strandkorb per due, giornata", 16.0),
    ("Strandkorb for two, week / Strandkorb per due, settimana", 89.0),
    ("Daybed with canopy, half day / Daybed con tenda, mezza giornata", 45.0),
    ("Changing cabin, week / Cabina, settimana", 35.0),
    ("Extra sunbed, day / Lettino extra, giornata", 9.0),
    ("Season pass, row 3 / Abbonamento stagionale, 3a fila", 480.0),
    ("Sabbiora Plus, 12 months / Sabbiora Plus, 12 mesi", 39.0),
]

PAGES: list[str] = [
    "/app/map",
    "/beaches",
    "/plus",
    "/help/weather-guarantee",
    "/account/bookings",
    "/season-pass",
    "/help/cancel",
    "/strandkorb",
    "/offers/late-summer",
    "/beaches/dog-friendly",
]

# --------------------------------------------------------------------------- happy

PRAISE: dict[str, list[str]] = {
    "de": [
        "Heute {beach}: Strandkorb stand schon offen da, Nummer kam per App, keine Sucherei. So entspannt war Urlaub lange nicht ☀️",
        "Wer mit zwei Kleinkindern an den Strand geht weiß, jede Minute zählt. Mit Sabbiora gebucht, hingegangen, hingesetzt. Danke!!",
        "ganz ehrlich, die umbuchung auf morgen wegen dem gewitter ging in 10 sekunden. top",
        "Sabbiora in {beach}: Liegen sauber, Schirm stabil, und der Strandwart wusste sogar unseren Namen 😄",
        "Erste Reihe, Meer, Kaffee vom Kiosk. Mehr brauch ich nicht. Danke Sabbiora",
        "Oma (84) saß heute im Korb direkt am Aufgang, weil ich das in der App so aussuchen konnte. Sie hat gestrahlt.",
    ],
    "it": [
        "Ombrellone prenotato ieri sera dal divano, stamattina a {beach} era lì aperto coi lettini puliti. Così sì 😎",
        "con due bimbi piccoli arrivare in spiaggia e non dover trattare col bagnino non ha prezzo. grazie Sabbiora",
        "App semplicissima, ho cambiato fila in due secondi perché mia suocera voleva più ombra 😂 tutto perfetto",
        "Settembre a {beach}, spiaggia mezza vuota e prenotazione in un minuto. Sabbiora promossa",
        "Lettini nuovi, ombrellone che non balla col vento, bagnino simpaticissimo. Brava Sabbiora",
        "Mio padre in carrozzina è arrivato fino all'ombrellone sulla passerella, avevo scelto il posto dall'app. Commosso, lui e io.",
    ],
    "es": [
        "Reservé la sombrilla en {beach} desde el móvil mientras desayunábamos y al llegar estaba todo listo. Así da gusto 🏖️",
        "con los críos no hay nada peor q buscar sitio en la playa... con Sabbiora ni eso. genial",
        "Primera línea, hamacas limpias y el socorrista majísimo. Repetimos seguro",
    ],
    "fr": [
        "Parasol réservé la veille, tout était prêt à {beach} à notre arrivée. Franchement, top 👌",
        "Avec trois enfants, ne plus se battre pour une place sur la plage c'est le luxe. Merci Sabbiora",
        "Transats propres, parasol solide même avec le vent. Rien à redire",
    ],
    "en": [
        "Booked our umbrella in {beach} over breakfast, walked down and it was all set up. Brilliant 🏖️",
        "two kids, one buggy, zero stress finding a spot. cheers Sabbiora",
        "Front row, clean loungers and the lifeguard even helped us with the umbrella. Spot on.",
    ],
}

AGAIN: dict[str, list[str]] = {
    "de": [
        "Schon wieder der nette Strandwart in {beach}, der uns den Korb aus dem Wind gedreht hat 😊",
        "Drittes Jahr mit Sabbiora und immer noch kein einziges Problem",
        "Wieder Reihe 2, wieder alles pünktlich aufgebaut. Ich werd langsam Stammgast",
    ],
    "it": [
        "Terza estate con Sabbiora e ancora nessun intoppo",
        "Di nuovo lo stesso ombrellone della settimana scorsa, il bagnino se lo ricordava pure!",
        "Ancora una volta tutto pronto al nostro arrivo. Non mi stanco di dirlo",
    ],
    "es": [
        "Tercer verano con Sabbiora y sigo encantada",
        "Otra vez la misma sombrilla que el año pasado, hasta el socorrista se acordaba de los niños",
    ],
    "fr": [
        "Encore une fois parfait, troisième été avec Sabbiora",
        "Toujours le même sourire au poste de plage, toujours notre parasol 😊",
    ],
    "en": [
        "Third summer with Sabbiora and still not a single hiccup",
        "Same umbrella as last year again, the attendant even remembered the kids' names",
    ],
}

GRIPE: dict[str, list[str]] = {
    "de": [
        "Alles super, nur die App zeigt die Wassertemperatur immer 3 Grad zu warm an 😅",
        "Liegen top, Schirm top, aber der Kaffee am Kiosk ist echt teuer. Sonst gern wieder",
        "Klappt alles, nur die Bestätigungsmail kommt auf Englisch obwohl alles auf Deutsch steht",
    ],
    "it": [
        "Tutto bene, solo le docce a gettone sono un furto. Per il resto bravi",
        "Perfetto come sempre, unica cosa il parcheggio del lido è minuscolo",
        "Ottimo servizio, ma la mappa dell'app sul telefono piccolo si legge male. Dettagli",
    ],
    "es": [
        "Todo genial, solo que en algunas playas la app no deja elegir sombrilla concreta. Por lo demás un 10",
        "Muy bien todo, pero el agua de las duchas fría fría jaja. Repetiremos",
    ],
    "fr": [
        "Super, seul bémol : le reçu arrive en italien. Sinon nickel",
        "Très bien, juste les transats un peu bas pour mes genoux 😅",
    ],
    "en": [
        "All great, only gripe is the app logs me out every few days. Otherwise lovely",
        "Lovely spot, loungers a bit creaky but honestly can't complain",
    ],
}

#: (question, agent's answer, thanks or "")
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Hallo, kann man den Strandkorb auch nur für den Nachmittag buchen?",
            "Hallo! Ja, ab 13 Uhr gibt es den Halbtagestarif, in der App unter 'Zeitraum' auswählen.",
            "super danke",
        ),
        (
            "Darf unser Hund mit an den Strand in {beach}?",
            "In {beach} gibt es einen Hundestrand-Abschnitt, auf der Karte mit einem Hund markiert. Dort geht's!",
            "perfekt, danke euch",
        ),
        (
            "Wie lange vorher muss ich stornieren damit es nichts kostet?",
            "Bis 48 Stunden vorher kostenlos, danach behalten wir 20 %. Bei Unwetter gilt die Wettergarantie.",
            "ok alles klar",
        ),
        (
            "ist beim Schirm ein Handtuch dabei oder muss ich eins mitbringen",
            "Handtücher sind nicht dabei, an vielen Stränden kann man aber vor Ort welche leihen.",
            "",
        ),
        (
            "Kann ich zwei Körbe nebeneinander buchen? Wir sind mit Freunden da",
            "Ja, auf der Karte einfach zwei nebeneinander antippen, dann werden sie zusammen gebucht.",
            "danke!",
        ),
    ],
    "it": [
        (
            "Ciao, posso prenotare l'ombrellone solo per il pomeriggio?",
            "Ciao! Sì, dalle 14 c'è la tariffa mezza giornata, la trovi nell'app sotto 'Orario'.",
            "ok grazie mille",
        ),
        (
            "buongiorno, i cani sono ammessi al lido di {beach}?",
            "Buongiorno! A {beach} c'è la zona dog-friendly, sulla mappa ha l'icona del cane.",
            "perfetto grz",
        ),
        (
            "Se piove mi ridate i soldi?",
            "Con la garanzia meteo sì: se il lido chiude per maltempo rimborsiamo la giornata entro 5 giorni.",
            "ottimo",
        ),
        (
            "si può aggiungere un lettino in più sotto lo stesso ombrellone?",
            "Certo, dall'app su 'Extra' aggiungi un lettino a 9 €.",
            "fatto, grazie!",
        ),
        (
            "L'abbonamento stagionale lo posso dividere con mia sorella?",
            "L'abbonamento è nominale, ma puoi aggiungere un secondo nome dall'app, sotto 'Titolari'.",
            "",
        ),
    ],
    "es": [
        (
            "Hola, ¿se puede reservar solo por la tarde?",
            "¡Hola! Sí, desde las 14 h hay tarifa de media jornada, en la app en 'Horario'.",
            "genial gracias",
        ),
        (
            "las hamacas de {beach} llevan sombrilla o hay que cogerla aparte?",
            "Cada sombrilla incluye dos hamacas; sin sombrilla, la hamaca suelta cuesta 9 €.",
            "vale, gracias!",
        ),
        (
            "Se puede llevar al perro?",
            "Depende de la playa: en el mapa las zonas para perros llevan el icono de un perro.",
            "",
        ),
    ],
    "fr": [
        (
            "Bonjour, on peut réserver juste l'après-midi ?",
            "Bonjour ! Oui, à partir de 14 h il y a le tarif demi-journée, dans l'appli sous 'Horaire'.",
            "super merci",
        ),
        (
            "Les chiens sont acceptés à {beach} ?",
            "À {beach} il y a une zone où les chiens sont acceptés, signalée sur la carte.",
            "merci beaucoup",
        ),
    ],
    "en": [
        (
            "Hi, can I book just for the afternoon?",
            "Hi! Yes, from 2pm there's a half-day rate, pick it under 'Time' in the app.",
            "great thanks",
        ),
        (
            "do the loungers in {beach} come with towels or do we bring our own",
            "Towels aren't included, but most beaches hire them on the spot.",
            "cheers",
        ),
    ],
}

#: (subject, question, answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Frage Saisonkarte",
            "Hallo, gilt die Saisonkarte auch für Zingst oder nur für Binz? Wir wechseln im August. Gruß {name}",
            "Hallo {name}, die Saisonkarte gilt an einem Strand Ihrer Wahl; einmal wechseln geht kostenlos in der App unter 'Saisonkarte'. Viele Grüße, {agent}",
        ),
        (
            "Rechnung",
            "Guten Tag, ich bräuchte für die Wochenbuchung eine Rechnung mit Adresse (der Arbeitgeber zahlt einen Teil, fragt nicht 🙈). Danke, {name}",
            "Guten Tag {name}, die Rechnung mit Adresse finden Sie unter 'Buchungen', ich habe sie Ihnen auch angehängt. Viele Grüße, {agent}",
        ),
        (
            "Korb für Rollstuhlfahrer?",
            "Hallo zusammen, gibt es in {beach} Körbe, die man mit Rollstuhl erreicht? Mein Mann sitzt seit dem Frühjahr im Rollstuhl und will trotzdem ans Meer. LG {name}",
            "Hallo {name}, ja: die Körbe an Aufgang 3 erreicht man über eine Matte, auf der Karte mit dem Rollstuhl-Symbol. Schöne Tage am Meer! {agent}",
        ),
    ],
    "it": [
        (
            "Info abbonamento",
            "Buongiorno, l'abbonamento stagionale comprende anche la cabina o si paga a parte? Grazie, {name}",
            "Buongiorno {name}, la cabina è a parte (35 € a settimana) ma con l'abbonamento ha il 20% di sconto. Un saluto, {agent}",
        ),
        (
            "Fattura",
            "Salve, mi serve la fattura della settimana a {beach} intestata a mio marito, si può? {name}",
            "Salve {name}, certo: in 'Prenotazioni' può cambiare l'intestatario e scaricare la fattura. Cordiali saluti, {agent}",
        ),
        (
            "domanda",
            "Buonasera, se a metà settimana cambio lido (andiamo dai suoceri a Cervia) perdo i giorni pagati? {name}",
            "Buonasera {name}, no: dall'app può spostare i giorni rimanenti su un altro lido Sabbiora, pagando solo l'eventuale differenza. Saluti, {agent}",
        ),
    ],
    "es": [
        (
            "Duda bono temporada",
            "Hola, el bono de temporada vale para dos playas distintas? Gracias, {name}",
            "Hola {name}, el bono es para una playa, pero puedes cambiarla una vez sin coste desde la app. Un saludo, {agent}",
        ),
    ],
    "fr": [
        (
            "Question abonnement",
            "Bonjour, l'abonnement saison marche aussi en septembre ? Merci, {name}",
            "Bonjour {name}, oui, jusqu'à la fermeture de la plage, en général fin septembre. Bien à vous, {agent}",
        ),
    ],
    "en": [
        (
            "Season pass question",
            "Hi, does the season pass cover weekends in September too? Thanks, {name}",
            "Hi {name}, yes, right up to the beach closing, usually the end of September. Best, {agent}",
        ),
    ],
}

#: (call transcript, subject of the agent's follow-up e-mail, its text)
PHONE_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "ja hallo hier ist {name} ich wollte fragen ob man den Strandkorb auch mit Rollator erreichen kann wir kommen mit meiner Mutter nach {beach} ja danke",
            "Zugang zum Korb",
            "Hallo {name}, wie am Telefon besprochen: in {beach} gibt es am Aufgang eine Matte bis zu den Körben, ich habe Ihnen einen Korb direkt daneben vorgemerkt. Viele Grüße, {agent}",
        ),
        (
            "hallo {name} hier ich hab eine Frage zur Wettergarantie gilt die auch wenn nur die rote Flagge ist aber die Sonne scheint",
            "Wettergarantie",
            "Hallo {name}, die Garantie gilt, wenn der Strand schließt; bei roter Flagge bleibt er offen, Sie können aber bis 10 Uhr kostenlos umbuchen. Gruß, {agent}",
        ),
    ],
    "it": [
        (
            "pronto buongiorno sono {name} volevo sapere se l'ombrellone si può prenotare per i nonni a nome mio ma ci vanno loro da soli grazie",
            "Prenotazione per altri",
            "Buongiorno {name}, come detto al telefono: prenoti a suo nome e in 'Ospiti' aggiunge i nonni, al lido basterà il loro nome. Saluti, {agent}",
        ),
        (
            "sì buongiorno {name} volevo chiedere se a {beach} ci sono le passerelle per il passeggino perché l'anno scorso era un'odissea",
            "Passerelle e passeggini",
            "Buongiorno {name}, a {beach} ci sono passerelle fino alla terza fila; le ho segnato un ombrellone vicino alla passerella. Cordiali saluti, {agent}",
        ),
    ],
    "es": [
        (
            "hola soy {name} quería saber si en {beach} hay hamacas más altas porque mi padre no se levanta de las bajitas gracias",
            "Hamacas altas",
            "Hola {name}, como te comenté: en {beach} hay tumbonas altas, se eligen en 'Extras' al reservar. Un saludo, {agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour c'est {name} je voulais savoir si on peut garder le même parasol toute la semaine merci",
            "Même parasol toute la semaine",
            "Bonjour {name}, comme dit au téléphone : choisissez 'semaine' et le même numéro vous est gardé. Bonne journée, {agent}",
        ),
    ],
    "en": [
        (
            "hi it's {name} just wondering if we can move back a row if it's too windy at the front thanks",
            "Moving rows",
            "Hi {name}, as we said on the phone: you can swap rows in the app until 10am, free of charge, if there's space. Best, {agent}",
        ),
    ],
}

REVIEW: dict[str, list[tuple[int, str]]] = {
    "de": [
        (5, "Schnelle Buchung, sauberer Korb, freundliche Strandwarte. Fünf Sterne."),
        (5, "Endlich kein Handtuch-Krieg mehr um 7 Uhr früh"),
        (4, "Gut organisiert. Die Schirme könnten etwas größer sein."),
    ],
    "it": [
        (5, "Prenotazione facile, lettini puliti, bagnino gentilissimo."),
        (5, "Mai più sveglia all'alba per il posto. Grazie!"),
        (4, "Bene tutto, la prima fila costa un po' troppo secondo me."),
    ],
    "es": [
        (5, "Reservar y llegar. Así de fácil."),
        (4, "Muy bien, aunque la app va algo lenta a veces."),
    ],
    "fr": [(5, "Simple, propre, efficace."), (4, "Très bien, un peu cher en août.")],
    "en": [
        (5, "Easy booking, clean loungers, friendly staff."),
        (4, "Good stuff, pricey in August though."),
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["super", "Alles bestens", "👍", "", "gern wieder", ""],
    "it": ["ottimo", "tutto perfetto", "😎", "", "bravi", ""],
    "es": ["genial", "todo bien", "", "👌"],
    "fr": ["parfait", "", "top"],
    "en": ["great", "", "lovely"],
}

NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "Nachtschicht vorbei, schnell noch den Korb für Samstag gebucht. Ab Samstag nur noch Meer 🌊",
        "Kann nicht schlafen, gucke Strandfotos vom letzten Jahr und buche schon mal Reihe 2 für nächste Woche 😅",
        "3 Uhr nachts, Baby wach, ich buche Strandkörbe. Das Leben ist schön",
        "Nach dem Spätdienst auf dem Balkon, Wind riecht nach Meer, morgen früh ab nach {beach}. Korb steht.",
    ],
    "it": [
        "Turno di notte finito, ombrellone prenotato per domani. Ora dormo fino alle 11 e poi mare 😴🏖️",
        "sono le 2 e sto guardando la mappa dei lidi di {beach}. ho un problema lo so",
        "insonnia + app Sabbiora = prima fila prenotata per la settimana prossima",
        "finito il servizio in pizzeria all'una, ombrellone per domattina preso. domani dormo sotto l'ombrellone",
    ],
    "es": [
        "salgo del turno de noche y ya tengo sombrilla para el sábado. a dormir",
        "las 3 de la mañana y yo eligiendo hamaca en {beach} jajaja",
    ],
    "fr": [
        "Garde de nuit finie, parasol réservé pour samedi. Au lit 😴",
        "2 h du mat, je n'arrive pas à dormir alors je choisis mon parasol à {beach}. Normal.",
    ],
    "en": [
        "night shift done, umbrella booked for saturday. bed.",
        "2am and I'm picking loungers in {beach}. send help 😂",
    ],
}

NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Hallo, bin noch wach 😅 kann ich den Korb für morgen noch auf Reihe 1 ändern?",
            "Guten Abend! Ja, Reihe 1 hat morgen noch Platz, ich habe umgebucht.",
            "wow danke um die uhrzeit!",
        ),
        (
            "Nachtfrage: ab wann ist der Strandwart morgen in {beach} da?",
            "Ab 8:30, der Korb ist dann aufgeschlossen.",
            "danke, gute nacht",
        ),
    ],
    "it": [
        (
            "ciao, scusate l'ora, domani se arrivo alle 11 tengo l'ombrellone?",
            "Ciao! Certo, l'ombrellone è tuo tutto il giorno.",
            "grazie, buonanotte",
        ),
        (
            "a che ora apre il lido domani a {beach}?",
            "Alle 8:30, l'ombrellone lo trovi già aperto.",
            "perfetto",
        ),
    ],
    "es": [
        (
            "hola, a estas horas se puede cambiar la reserva de mañana a la tarde?",
            "¡Hola! Sí, te la he pasado a la tarde, te llega el cambio por correo.",
            "mil gracias",
        )
    ],
    "fr": [
        (
            "Bonsoir, je peux encore décaler demain sans frais ?",
            "Bonsoir ! Oui, le report reste gratuit, c'est fait.",
            "ok merci",
        )
    ],
    "en": [
        (
            "hi, sorry it's late, can I add a third lounger for tomorrow?",
            "Hi! Done, a third lounger is added for tomorrow.",
            "legend, thanks",
        )
    ],
}

# --------------------------------------------------------------------------- trouble

PROBLEMS = ("double_charge", "refund", "wrong_price", "cancel_fee", "broken_gear", "wrong_row")

#: The money at stake, in EUR.
AMOUNT: dict[str, float] = {
    "double_charge": 480.0,
    "refund": 38.0,
    "wrong_price": 54.0,
    "cancel_fee": 33.0,
    "broken_gear": 38.0,
    "wrong_row": 84.0,
}

TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "double_charge": "Saisonkarte doppelt abgebucht",
        "refund": "Wettergarantie nicht erstattet",
        "wrong_price": "Plus-Rabatt fehlt",
        "cancel_fee": "Stornogebühr trotz rechtzeitiger Absage",
        "broken_gear": "kaputter Schirm",
        "wrong_row": "falsche Reihe",
    },
    "it": {
        "double_charge": "abbonamento addebitato due volte",
        "refund": "rimborso maltempo mai arrivato",
        "wrong_price": "sconto Plus non applicato",
        "cancel_fee": "penale di disdetta ingiusta",
        "broken_gear": "ombrellone rotto",
        "wrong_row": "fila sbagliata",
    },
    "es": {
        "double_charge": "bono cobrado dos veces",
        "refund": "reembolso por temporal",
        "wrong_price": "sin descuento Plus",
        "cancel_fee": "penalización por cancelar",
        "broken_gear": "sombrilla rota",
        "wrong_row": "fila equivocada",
    },
    "fr": {
        "double_charge": "abonnement débité deux fois",
        "refund": "remboursement météo",
        "wrong_price": "remise Plus non appliquée",
        "cancel_fee": "frais d'annulation",
        "broken_gear": "parasol cassé",
        "wrong_row": "mauvais rang",
    },
    "en": {
        "double_charge": "season pass charged twice",
        "refund": "weather refund not paid",
        "wrong_price": "Plus discount missing",
        "cancel_fee": "cancellation fee",
        "broken_gear": "broken umbrella",
        "wrong_row": "wrong row",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
}

#: Short e-mails, chats and web forms.
SHORT: dict[str, dict[str, list[str]]] = {
    "de": {
        "double_charge": [
            "Hallo, ihr habt mir die Saisonkarte ZWEIMAL abgebucht, {amt} und nochmal {amt}. Das ist fast die halbe Miete. Bitte sofort zurück!!",
            "Die Saisonkarte für {beach} wurde doppelt abgebucht ({amt} zweimal). Ich will das Geld zurück, und zwar diese Woche.",
        ],
        "refund": [
            "Am Dienstag war der Strand in {beach} wegen Sturm zu, Wettergarantie hieß es. {amt} sind bis heute nicht zurück. Wofür gibt's die Garantie eigentlich?",
            "Strand zu wegen Unwetter, App sagt 'Erstattung in 5 Tagen'. Das war vor zwei Wochen. {amt}. Wo ist mein Geld?",
        ],
        "wrong_price": [
            "Ich bin Plus-Mitglied und hab für die Woche den vollen Preis bezahlt, {amt} zu viel. Wozu zahl ich dann die Mitgliedschaft?",
            "Ohne Plus-Rabatt abgerechnet, {amt} Unterschied, obwohl im Konto 'Plus aktiv' steht. Bitte korrigieren.",
        ],
        "cancel_fee": [
            "Ich habe FÜNF Tage vorher storniert und ihr zieht mir {amt} Stornogebühr ab. Bei euch steht 48 Stunden! Das will ich zurück.",
            "Stornogebühr {amt}, obwohl ich am Montag für Samstag abgesagt habe. Lest ihr eure eigenen Regeln?",
        ],
        "broken_gear": [
            "Der Schirm in {beach} ließ sich nicht schließen und ist beim ersten Windstoß umgekippt, fast auf meine Tochter. Vom Personal kam niemand. Ich will die {amt} für den Tag zurück und eine Erklärung.",
            "Liege mit gebrochener Latte, Schirm hing schief und hat meinem Mann die Hand eingeklemmt. Für {amt} am Tag erwarte ich was anderes.",
        ],
        "wrong_row": [
            "Erste Reihe gebucht und bezahlt, bekommen haben wir Reihe 7 neben den Mülltonnen. {amt} Aufpreis für NICHTS.",
            "Wir hatten die ganze Woche Reihe 1 in {beach}, vor Ort hieß es 'ist vergeben', jetzt sitzen wir hinter der Bar. Ich will die Differenz, {amt}.",
        ],
    },
    "it": {
        "double_charge": [
            "Buongiorno, mi avete addebitato l'abbonamento DUE volte, {amt} e poi altri {amt}. Rivoglio i soldi subito.",
            "abbonamento stagionale di {beach} pagato due volte ({amt} x2) sulla carta. ma scherziamo?? rimborsatemi",
        ],
        "refund": [
            "Martedì il lido di {beach} era chiuso per mareggiata, garanzia meteo dicevate. I {amt} non sono mai tornati.",
            "Lido chiuso per maltempo, l'app diceva rimborso in 5 giorni. Ne sono passati 15. {amt}. Dove sono?",
        ],
        "wrong_price": [
            "Sono socia Plus e mi avete fatto pagare la settimana a prezzo pieno, {amt} in più. A cosa serve il Plus allora?",
            "Addebitato senza lo sconto Plus, {amt} di differenza, e nell'account c'è scritto 'Plus attivo'. Correggete per favore",
        ],
        "cancel_fee": [
            "Ho disdetto CINQUE giorni prima e mi trattenete {amt} di penale. Sul sito c'è scritto 48 ore! Li rivoglio.",
            "Penale di {amt} per una disdetta fatta lunedì per sabato. Ma le leggete le vostre regole?",
        ],
        "broken_gear": [
            "L'ombrellone a {beach} non si chiudeva e alla prima raffica è volato, per poco non prendeva mio figlio. Del personale nessuno. Voglio indietro i {amt} della giornata.",
            "Lettino con una stecca rotta, ombrellone storto che ha schiacciato la mano a mio marito. Per {amt} al giorno mi aspetto altro.",
        ],
        "wrong_row": [
            "Prenotata e pagata la prima fila, ci hanno messi in settima vicino ai bidoni. {amt} di supplemento per NIENTE.",
            "Avevamo la fila 1 a {beach} per tutta la settimana, al lido ci dicono 'è occupata' e ci mettono dietro il bar. Voglio la differenza, {amt}.",
        ],
    },
    "es": {
        "double_charge": [
            "Hola, me habéis cobrado el bono de temporada DOS veces, {amt} y otros {amt}. Quiero mi dinero ya."
        ],
        "refund": [
            "El martes cerraron la playa de {beach} por temporal, con la garantía meteo. Los {amt} no han vuelto. Dos semanas ya."
        ],
        "wrong_price": [
            "Soy socia Plus y me cobrasteis la semana a precio completo, {amt} de más. Para qué pago el Plus?"
        ],
        "cancel_fee": [
            "Cancelé con CINCO días y me quitáis {amt} de penalización. En vuestra web pone 48 horas!!"
        ],
        "broken_gear": [
            "La sombrilla en {beach} no cerraba y con el viento salió volando, casi le da a mi hija. Nadie del personal vino. Quiero los {amt} del día."
        ],
        "wrong_row": [
            "Reservé primera línea toda la semana y la pagué, nos pusieron en la fila 7 al lado de los contenedores. {amt} de suplemento para NADA."
        ],
    },
    "fr": {
        "double_charge": [
            "Bonjour, vous m'avez prélevé l'abonnement saison DEUX fois, {amt} et encore {amt}. Je veux être remboursée tout de suite."
        ],
        "refund": [
            "Mardi la plage de {beach} était fermée pour tempête, garantie météo soi-disant. Les {amt} ne sont jamais revenus."
        ],
        "wrong_price": [
            "Je suis membre Plus et j'ai payé la semaine plein tarif, {amt} de trop. À quoi sert le Plus ?"
        ],
        "cancel_fee": [
            "J'ai annulé CINQ jours avant et vous gardez {amt} de frais. C'est écrit 48 h chez vous !"
        ],
        "broken_gear": [
            "Le parasol à {beach} ne se fermait pas et s'est envolé au premier coup de vent, il a failli toucher mon fils. Personne n'est venu. Je veux les {amt} de la journée."
        ],
        "wrong_row": [
            "Premier rang réservé et payé pour la semaine, on nous a mis au rang 7 à côté des poubelles. {amt} de supplément pour RIEN."
        ],
    },
    "en": {
        "double_charge": [
            "Hi, you've charged my season pass TWICE, {amt} and then another {amt}. I want it back now."
        ],
        "refund": [
            "The beach in {beach} was shut on Tuesday for the storm, weather guarantee you said. {amt} still not back, two weeks on."
        ],
        "wrong_price": [
            "I'm a Plus member and got charged full price for the week, {amt} too much. What am I paying Plus for?"
        ],
        "cancel_fee": [
            "Cancelled FIVE days ahead and you've kept {amt} as a fee. Your own site says 48 hours!"
        ],
        "broken_gear": [
            "The umbrella in {beach} wouldn't close and blew over in the first gust, nearly hit my daughter. Nobody from staff came. I want the {amt} for the day back."
        ],
        "wrong_row": [
            "Booked and paid front row for the week, got put in row 7 next to the bins. {amt} extra for NOTHING."
        ],
    },
}

SOCIAL: dict[str, dict[str, str]] = {
    "de": {
        "double_charge": "Sabbiora zieht mir die Saisonkarte zweimal ab und keiner antwortet. {amt} weg. Danke für nix",
        "refund": "Strand zu wegen Sturm, 'Wettergarantie'... {amt} seit zwei Wochen nicht zurück. Sabbiora, ernsthaft?",
        "wrong_price": "Plus-Mitglied und trotzdem voller Preis. Sabbiora kassiert doppelt ab 🙄",
        "cancel_fee": "5 Tage vorher storniert, {amt} Gebühr. Sabbiora liest die eigenen AGB nicht",
        "broken_gear": "Schirm von Sabbiora fliegt über den Strand, fast auf mein Kind. Personal? Fehlanzeige",
        "wrong_row": "Reihe 1 bezahlt, Reihe 7 neben dem Müll bekommen. Danke Sabbiora 🤬",
    },
    "it": {
        "double_charge": "Sabbiora mi addebita l'abbonamento due volte e nessuno risponde. {amt} spariti",
        "refund": "lido chiuso per mareggiata, garanzia meteo... {amt} ancora non rimborsati. Sabbiora sul serio?",
        "wrong_price": "socia Plus e pago prezzo pieno. complimenti Sabbiora 🙄",
        "cancel_fee": "disdetta 5 giorni prima e {amt} di penale. Sabbiora non legge le sue regole",
        "broken_gear": "ombrellone Sabbiora che vola in spiaggia, quasi addosso a mio figlio. il personale? non pervenuto",
        "wrong_row": "pagata la prima fila, messi in settima vicino alla spazzatura. grazie Sabbiora 🤬",
    },
    "es": {
        "double_charge": "Sabbiora me cobra el bono dos veces y nadie contesta. {amt} volando",
        "refund": "playa cerrada por temporal, garantía meteo... y los {amt} sin devolver. en serio Sabbiora?",
        "wrong_price": "socia Plus y pago precio completo. bravo Sabbiora 🙄",
        "cancel_fee": "cancelo con 5 días y me clavan {amt}. Sabbiora no se lee sus normas",
        "broken_gear": "sombrilla de Sabbiora volando por la playa, casi le da a mi hija. personal? ni uno",
        "wrong_row": "pago primera línea y me ponen en la 7 al lado de la basura. gracias Sabbiora 🤬",
    },
    "fr": {
        "double_charge": "Sabbiora me prélève l'abonnement deux fois et personne ne répond. {amt} envolés",
        "refund": "plage fermée pour tempête, 'garantie météo'... {amt} toujours pas remboursés. Sabbiora, sérieux ?",
        "wrong_price": "membre Plus et je paie plein tarif. bravo Sabbiora 🙄",
        "cancel_fee": "annulé 5 jours avant, {amt} de frais. Sabbiora ne lit pas ses propres règles",
        "broken_gear": "parasol Sabbiora qui s'envole sur la plage, à deux doigts de mon fils. le personnel ? absent",
        "wrong_row": "payé le premier rang, placés au 7e à côté des poubelles. merci Sabbiora 🤬",
    },
    "en": {
        "double_charge": "Sabbiora charged my season pass twice and nobody answers. {amt} gone",
        "refund": "beach shut for the storm, 'weather guarantee'... still no {amt} back. seriously Sabbiora?",
        "wrong_price": "Plus member and paying full price. nice one Sabbiora 🙄",
        "cancel_fee": "cancelled 5 days out, {amt} fee. Sabbiora doesn't read its own rules",
        "broken_gear": "Sabbiora umbrella flying across the beach, inches from my kid. staff? nowhere",
        "wrong_row": "paid for front row, stuck in row 7 by the bins. thanks Sabbiora 🤬",
    },
}

#: Speech-to-text calls ({amt} spoken).
CALL: dict[str, dict[str, str]] = {
    "de": {
        "double_charge": "ja hallo {name} hier ihr habt meine Saisonkarte zweimal abgebucht {amt} zweimal ich brauch das Geld zurück das ist kein Kleingeld für uns",
        "refund": "hallo ich ruf an wegen der Wettergarantie der Strand war am Dienstag zu und ich warte immer noch auf {amt} das sind jetzt zwei Wochen",
        "wrong_price": "ja {name} hier ich bin Plus Mitglied und ihr habt mir den normalen Preis berechnet {amt} zu viel bitte korrigieren",
        "cancel_fee": "hallo ich hab fünf Tage vorher storniert und ihr behaltet {amt} ein das geht so nicht bei euch steht 48 Stunden",
        "broken_gear": "ja hallo der Schirm ist heute umgeflogen der ging nicht zu fast auf meine Tochter und keiner kam ich will das Geld für den Tag zurück {amt}",
        "wrong_row": "hallo wir haben die erste Reihe bezahlt und sitzen in Reihe 7 bei den Mülltonnen ich will die Differenz zurück {amt}",
    },
    "it": {
        "double_charge": "pronto sono {name} mi avete addebitato l'abbonamento due volte {amt} due volte rivoglio i soldi non sono spiccioli",
        "refund": "buongiorno chiamo per la garanzia meteo il lido era chiuso martedì e aspetto ancora {amt} sono due settimane",
        "wrong_price": "sì sono {name} sono socia Plus e mi avete fatto pagare prezzo pieno {amt} in più per favore correggete",
        "cancel_fee": "buongiorno ho disdetto cinque giorni prima e mi avete trattenuto {amt} non va bene sul sito c'è scritto 48 ore",
        "broken_gear": "pronto l'ombrellone oggi è volato via non si chiudeva quasi addosso a mio figlio e non è venuto nessuno voglio indietro {amt}",
        "wrong_row": "buongiorno abbiamo pagato la prima fila e siamo in settima vicino ai bidoni voglio la differenza {amt}",
    },
    "es": {
        "double_charge": "hola soy {name} me habéis cobrado el bono dos veces {amt} dos veces quiero que me lo devolváis",
        "refund": "hola llamo por la garantía meteo la playa cerró el martes y sigo esperando {amt}",
        "wrong_price": "sí soy {name} soy socia Plus y me habéis cobrado precio completo {amt} de más",
        "cancel_fee": "hola cancelé con cinco días y me habéis quitado {amt} en la web pone 48 horas",
        "broken_gear": "hola la sombrilla hoy salió volando no cerraba casi le da a mi hija y no vino nadie quiero los {amt} del día",
        "wrong_row": "hola pagamos primera línea y estamos en la fila 7 al lado de los contenedores quiero la diferencia {amt}",
    },
    "fr": {
        "double_charge": "oui bonjour c'est {name} vous m'avez prélevé l'abonnement deux fois {amt} deux fois je veux être remboursée",
        "refund": "bonjour j'appelle pour la garantie météo la plage était fermée mardi et j'attends toujours {amt}",
        "wrong_price": "oui c'est {name} je suis membre Plus et j'ai payé plein tarif {amt} de trop",
        "cancel_fee": "bonjour j'ai annulé cinq jours avant et vous avez gardé {amt} c'est écrit 48 heures chez vous",
        "broken_gear": "bonjour le parasol s'est envolé aujourd'hui il ne se fermait pas il a failli toucher mon fils personne n'est venu je veux les {amt} de la journée",
        "wrong_row": "bonjour on a payé le premier rang et on est au rang 7 à côté des poubelles je veux la différence {amt}",
    },
    "en": {
        "double_charge": "hi it's {name} you've charged my season pass twice {amt} twice I need that back",
        "refund": "hi I'm ringing about the weather guarantee the beach was shut on Tuesday and I'm still waiting on {amt}",
        "wrong_price": "yeah it's {name} I'm a Plus member and you charged me full price {amt} too much",
        "cancel_fee": "hi I cancelled five days before and you kept {amt} your site says 48 hours",
        "broken_gear": "hi the umbrella blew over today it wouldn't close nearly hit my daughter and nobody came I want the {amt} for the day back",
        "wrong_row": "hi we paid for front row and we're in row 7 next to the bins I want the difference back {amt}",
    },
}

#: Long e-mails: (opening, closing) of the letter; the complaint goes between.
LONG_STORY: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, wo mein Vater gerade mit seiner neuen Hüfte Treppen übt, bitte verzeihen Sie also den Stil. Wir haben diesen Sommer alles um ihn herum geplant: kurze Wege, ein Korb nah am Aufgang, eine Woche Ostsee, damit er nach der Operation mal rauskommt. Die Buchung in Ihrer App war in fünf Minuten erledigt, das muss ich sagen.",
            "Ich bin seit drei Jahren Kundin und habe Sie im ganzen Bekanntenkreis empfohlen. Aber so etwas geht nicht. Ich erwarte eine Antwort von einem Menschen, keine Textbausteine.\n\nMit freundlichen Grüßen\n{fullname}",
        ),
        (
            "Hallo zusammen,\n\nich sitze gerade im Auto vor der Musikschule meines Sohnes und habe endlich zehn Minuten für mich. Seit Mai räumen wir die Wohnung meiner verstorbenen Tante aus, nebenbei Vollzeitjob und zwei Kinder, und die eine Woche am Meer war das Einzige, worauf sich wirklich alle gefreut haben. Ich habe Sabbiora genommen, weil eine Kollegin so geschwärmt hat.",
            "Vielleicht ist das für Sie ein Einzelfall in einer Statistik. Für uns war es die eine Woche im Jahr. Bitte melden Sie sich, ich bin nach 18 Uhr am besten per Mail erreichbar.\n\nViele Grüße\n{fullname}",
        ),
        (
            "Liebes Sabbiora-Team,\n\nich bin Krankenpflegerin und schreibe nach einer Doppelschicht, verzeihen Sie also, wenn es etwas durcheinander ist. Ich habe mir diesen Sommer zum ersten Mal seit Jahren richtig Urlaub genommen, mit meiner Freundin und ihren Zwillingen, und weil ich im Urlaub nichts organisieren will, habe ich alles bei Ihnen gebucht.",
            "Eigentlich schreibe ich sowas nie. Aber ich möchte, dass das jemand liest und es beim nächsten Mal anders läuft.\n\nHerzliche Grüße\n{fullname}",
        ),
    ],
    "it": [
        (
            "Gentili signori,\n\nvi scrivo dal banco del mercato tra un cliente e l'altro, quindi perdonate se il messaggio arriva a pezzi. Quest'anno, per la prima volta dopo la malattia di mia madre, ci siamo concessi due settimane di mare, tutto prenotato da voi perché l'anno scorso era filato tutto liscio e mia madre si era trovata benissimo.",
            "Sono cliente da tre estati e vi ho consigliati a mezzo paese. Ma così non va. Vorrei una risposta da una persona, non il solito messaggio automatico.\n\nCordiali saluti\n{fullname}",
        ),
        (
            "Buonasera,\n\nsono in sala d'attesa dal dentista con mia figlia e finalmente ho un quarto d'ora. Da aprile stiamo ristrutturando la casa dei nonni, ogni weekend tra calcinacci e idraulici, e la settimana al mare era la promessa fatta ai bambini per tutta l'estate. Ho scelto voi per non pensare a niente.",
            "Forse per voi è solo una pratica tra tante. Per noi era l'unica settimana di vacanza. Aspetto una risposta, meglio per email dopo le 18.\n\nSaluti\n{fullname}",
        ),
    ],
}

LONG_CORE: dict[str, dict[str, str]] = {
    "de": {
        "double_charge": "Nun aber zur Sache: Auf meinem Kontoauszug steht die Saisonkarte zweimal, {amt} am Dienstag und noch einmal {amt} am Mittwoch. Gekauft habe ich sie einmal, das zeigt auch Ihre App. Das Geld fehlt uns diesen Monat, ich musste meinen Bruder um etwas bitten, und das ist mir wirklich unangenehm.",
        "refund": "Der eigentliche Grund meines Schreibens: Der Strand wurde wegen Sturmwarnung geschlossen. Das ist niemandes Schuld, und genau dafür gibt es Ihre Wettergarantie. Die App zeigte 'Erstattung innerhalb von 5 Tagen'. Das ist über zwei Wochen her, die {amt} sind nicht da, und im Chat kam nur ein automatischer Text.",
        "wrong_price": "Was mich ärgert: Ich bin seit dem Frühjahr Plus-Mitglied, gerade wegen dieser Woche. Abgerechnet wurde trotzdem der normale Preis, {amt} mehr als angezeigt. In meinem Konto steht 'Plus aktiv'.",
        "cancel_fee": "Leider mussten wir einige Tage absagen. Ich habe fünf Tage vorher storniert, Ihre Regeln sagen 48 Stunden. Trotzdem haben Sie {amt} Stornogebühr einbehalten, ohne Erklärung.",
        "broken_gear": "Am dritten Tag ließ sich der Schirm nicht mehr schließen, der Mechanismus war völlig verrostet. Bei einer Böe ist er samt Ständer umgekippt und hat uns nur knapp verfehlt. Das Personal kam nach einer halben Stunde und zuckte mit den Schultern. Für diesen Tag ({amt}) möchte ich mein Geld zurück.",
        "wrong_row": "Gebucht hatten wir ausdrücklich die erste Reihe, die ganze Woche, weil das für uns wichtig war. Vor Ort hieß es, der Platz sei 'anderweitig vergeben', wir bekamen Reihe 7 ganz hinten. Den Aufpreis, {amt}, haben Sie trotzdem kassiert.",
    },
    "it": {
        "double_charge": "Veniamo al punto: sull'estratto conto l'abbonamento compare due volte, {amt} martedì e di nuovo {amt} mercoledì. L'ho comprato una volta sola, lo dice anche la vostra app. Questo mese quei soldi ci mancano, ho dovuto chiedere a mio fratello e mi vergogno pure.",
        "refund": "Il motivo per cui scrivo: il lido è stato chiuso per allerta meteo. Non è colpa di nessuno, ed è proprio per questo che esiste la vostra garanzia meteo. L'app diceva 'rimborso entro 5 giorni'. Sono passate più di due settimane, i {amt} non ci sono e in chat mi ha risposto solo un messaggio automatico.",
        "wrong_price": "Quello che mi fa arrabbiare: sono socia Plus da primavera, proprio per questa vacanza. Mi avete addebitato comunque il prezzo pieno, {amt} più di quanto indicato. Nel mio account c'è scritto 'Plus attivo'.",
        "cancel_fee": "Purtroppo abbiamo dovuto disdire qualche giorno. Ho cancellato cinque giorni prima, le vostre regole dicono 48 ore. Eppure mi avete trattenuto {amt} di penale, senza spiegazioni.",
        "broken_gear": "Il terzo giorno l'ombrellone non si chiudeva più, il meccanismo era tutto arrugginito. Con una raffica si è ribaltato con la base e ci ha mancati di poco. Il personale è arrivato dopo mezz'ora e ha alzato le spalle. Per quella giornata ({amt}) voglio il rimborso.",
        "wrong_row": "Avevamo prenotato espressamente la prima fila per tutta la settimana, per noi era importante. Al lido ci hanno detto che il posto era 'già assegnato' e ci hanno messi in settima fila in fondo. Il supplemento, {amt}, però ve lo siete tenuto.",
    },
}

# --------------------------------------------------------------------------- agents

RE_CASE: dict[str, str] = {
    "de": "AW: Vorgang {case}",
    "it": "R: Pratica {case}",
    "es": "RE: Incidencia {case}",
    "fr": "RE : Dossier {case}",
    "en": "Re: Your case {case}",
}

CASE_OPENED: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Anliegen {case}",
        "Hallo {name}, danke für Ihre Nachricht und entschuldigen Sie den Ärger. Wir haben den Vorgang {case} angelegt und melden uns spätestens morgen. Viele Grüße, {agent}",
    ),
    "it": (
        "La sua segnalazione {case}",
        "Buongiorno {name}, grazie per averci scritto e ci scusi per il disagio. Abbiamo aperto la pratica {case}, le rispondiamo entro domani. Cordiali saluti, {agent}",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola {name}, gracias por escribirnos y perdona las molestias. Hemos abierto la incidencia {case} y te respondemos como muy tarde mañana. Un saludo, {agent}",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {name}, merci pour votre message et désolés pour ce désagrément. Nous avons ouvert le dossier {case} et revenons vers vous d'ici demain. Bien à vous, {agent}",
    ),
    "en": (
        "Your case {case}",
        "Hi {name}, thanks for getting in touch and sorry for the trouble. We've opened case {case} and will come back to you by tomorrow at the latest. Best, {agent}",
    ),
}

CHAT_CASE: dict[str, str] = {
    "de": "Das tut mir sehr leid, {name}. Ich habe den Vorgang {case} angelegt, die Kollegen melden sich per Mail.",
    "it": "Mi dispiace molto, {name}. Ho aperto la pratica {case}, i colleghi ti scrivono per email.",
    "es": "Lo siento mucho, {name}. He abierto la incidencia {case}, mis compañeros te escriben por correo.",
    "fr": "Je suis vraiment désolée, {name}. J'ai ouvert le dossier {case}, mes collègues vous écrivent par e-mail.",
    "en": "I'm really sorry, {name}. I've opened case {case}, my colleagues will e-mail you.",
}

FIX: dict[str, dict[str, str]] = {
    "de": {
        "double_charge": "die doppelte Abbuchung ist storniert, {amt} sind in 2-3 Tagen wieder auf Ihrem Konto.",
        "refund": "die Erstattung über {amt} ist heute rausgegangen.",
        "wrong_price": "der Plus-Rabatt ist nachberechnet, {amt} gehen zurück auf Ihre Karte.",
        "cancel_fee": "die Stornogebühr von {amt} ist erstattet, das war unser Fehler.",
        "broken_gear": "der Tag ({amt}) ist erstattet und der Schirm wurde ausgetauscht.",
        "wrong_row": "die Differenz von {amt} ist erstattet, ab morgen haben Sie wieder Reihe 1.",
    },
    "it": {
        "double_charge": "il doppio addebito è stornato, i {amt} tornano sul conto in 2-3 giorni.",
        "refund": "il rimborso di {amt} è partito oggi.",
        "wrong_price": "lo sconto Plus è stato ricalcolato, {amt} tornano sulla carta.",
        "cancel_fee": "la penale di {amt} è rimborsata, l'errore era nostro.",
        "broken_gear": "la giornata ({amt}) è rimborsata e l'ombrellone è stato sostituito.",
        "wrong_row": "la differenza di {amt} è rimborsata, da domani ha di nuovo la prima fila.",
    },
    "es": {
        "double_charge": "el doble cargo está anulado, los {amt} vuelven en 2-3 días.",
        "refund": "el reembolso de {amt} ha salido hoy.",
        "wrong_price": "hemos aplicado el descuento Plus, te devolvemos {amt}.",
        "cancel_fee": "te devolvemos la penalización de {amt}, fue un error nuestro.",
        "broken_gear": "te devolvemos el día ({amt}) y la sombrilla está cambiada.",
        "wrong_row": "te devolvemos la diferencia, {amt}, y desde mañana tienes primera línea.",
    },
    "fr": {
        "double_charge": "le double prélèvement est annulé, les {amt} reviennent sous 2-3 jours.",
        "refund": "le remboursement de {amt} est parti aujourd'hui.",
        "wrong_price": "la remise Plus est appliquée, {amt} reviennent sur votre carte.",
        "cancel_fee": "les frais de {amt} sont remboursés, l'erreur venait de nous.",
        "broken_gear": "la journée ({amt}) est remboursée et le parasol a été changé.",
        "wrong_row": "la différence de {amt} est remboursée, dès demain vous avez le premier rang.",
    },
    "en": {
        "double_charge": "the double charge is reversed, {amt} will be back in 2-3 days.",
        "refund": "the refund of {amt} went out today.",
        "wrong_price": "the Plus discount is applied, {amt} is going back on your card.",
        "cancel_fee": "the {amt} fee is refunded, that was our mistake.",
        "broken_gear": "the day ({amt}) is refunded and the umbrella has been replaced.",
        "wrong_row": "the difference of {amt} is refunded and you're back in row 1 from tomorrow.",
    },
}

GOOD_NEWS: dict[str, str] = {
    "de": "Hallo {name}, gute Nachrichten zu {case}: {fix} Können Sie kurz bestätigen, dass alles passt? Viele Grüße, {agent}",
    "it": "Buongiorno {name}, buone notizie sulla pratica {case}: {fix} Può confermarci che è tutto a posto? Saluti, {agent}",
    "es": "Hola {name}, buenas noticias sobre {case}: {fix} ¿Nos confirmas que está todo bien? Un saludo, {agent}",
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {case} : {fix} Pouvez-vous nous confirmer que tout est en ordre ? Bien à vous, {agent}",
    "en": "Hi {name}, good news on {case}: {fix} Could you confirm everything's sorted? Best, {agent}",
}

QUALITY_LEAD: dict[str, str] = {
    "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an. Viele Grüße, {agent}",
    "it": "Buongiorno {name}, la sua pratica {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. Saluti, {agent}",
    "es": "Hola {name}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Un saludo, {agent}",
    "fr": "Bonjour {name}, votre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera d'ici vendredi midi. Bien à vous, {agent}",
    "en": "Hi {name}, your case {case} is now with our quality lead, who will ring you before Friday lunchtime. Best, {agent}",
}

URGENT_CHAT: dict[str, str] = {
    "de": "Ich habe das zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert.",
    "it": "L'ho aggiunto alla pratica {case} e l'ho segnata come urgente.",
    "es": "Lo he añadido a tu incidencia {case} y la he marcado como urgente.",
    "fr": "Je l'ai ajouté au dossier {case} et l'ai marqué comme urgent.",
    "en": "I've added that to case {case} and marked it urgent.",
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Hallo, wegen gestern: Entschuldigung für den Ton, ich war einfach fertig. Danke, dass es so schnell geklärt wurde.",
        "sorry nochmal für gestern, war nicht persönlich gemeint. passt jetzt alles",
    ],
    "it": [
        "Buongiorno, per ieri: scusate i toni, ero esausta. Grazie per aver sistemato tutto così in fretta.",
        "scusate per ieri, ero fuori di me. ora tutto ok grazie",
    ],
    "es": ["Hola, perdón por el tono de ayer, estaba agotada. Gracias por arreglarlo tan rápido."],
    "fr": ["Bonjour, désolée pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça si vite."],
    "en": ["Hi, sorry about my tone yesterday, I was just wrecked. Thanks for sorting it so fast."],
}

CSAT_LOW_WORDS: dict[str, list[str]] = {
    "de": ["schlecht", "", "enttäuschend", "nein"],
    "it": ["pessimo", "", "deludente", "no"],
    "es": ["mal", "", "fatal"],
    "fr": ["mauvais", "", "déçue"],
    "en": ["poor", "", "not good"],
}

#: The problem said again on a later contact.
RESTATE: dict[str, dict[str, str]] = {
    "de": {
        "double_charge": "Die Saisonkarte ist immer noch doppelt abgebucht.",
        "refund": "Die Wettergarantie-Erstattung ist immer noch nicht da.",
        "wrong_price": "Der Plus-Rabatt fehlt immer noch.",
        "cancel_fee": "Die Stornogebühr ist immer noch nicht zurück.",
        "broken_gear": "Für den kaputten Schirm hab ich immer noch nichts zurück.",
        "wrong_row": "Wir sitzen immer noch nicht in Reihe 1 und die Differenz ist auch nicht da.",
    },
    "it": {
        "double_charge": "L'abbonamento risulta ancora addebitato due volte.",
        "refund": "Il rimborso della garanzia meteo ancora non c'è.",
        "wrong_price": "Lo sconto Plus ancora non è applicato.",
        "cancel_fee": "La penale non è ancora stata restituita.",
        "broken_gear": "Per l'ombrellone rotto ancora nessun rimborso.",
        "wrong_row": "Siamo ancora in settima fila e la differenza non è arrivata.",
    },
    "es": {
        "double_charge": "El bono sigue cobrado dos veces.",
        "refund": "El reembolso del temporal sigue sin llegar.",
        "wrong_price": "Sigo sin el descuento Plus.",
        "cancel_fee": "La penalización sigue sin devolverse.",
        "broken_gear": "Lo de la sombrilla rota sigue sin devolverse.",
        "wrong_row": "Seguimos en la fila 7 y sin la diferencia.",
    },
    "fr": {
        "double_charge": "L'abonnement est toujours débité deux fois.",
        "refund": "Le remboursement météo n'est toujours pas arrivé.",
        "wrong_price": "La remise Plus n'est toujours pas appliquée.",
        "cancel_fee": "Les frais ne sont toujours pas remboursés.",
        "broken_gear": "Rien de remboursé pour le parasol cassé.",
        "wrong_row": "Toujours au rang 7 et pas de différence remboursée.",
    },
    "en": {
        "double_charge": "The season pass is still charged twice.",
        "refund": "The weather refund still hasn't come.",
        "wrong_price": "Still no Plus discount.",
        "cancel_fee": "The fee still hasn't been refunded.",
        "broken_gear": "Still nothing back for the broken umbrella.",
        "wrong_row": "Still stuck in row 7 and no difference refunded.",
    },
}

FOLLOW2: dict[str, list[str]] = {
    "de": [
        "Ich schreibe nochmal wegen {case}. {restate} Gemeldet hat sich keiner.",
        "Vorgang {case}: {restate} Ist das noch in Bearbeitung oder vergessen?",
    ],
    "it": [
        "Scrivo di nuovo per la pratica {case}. {restate} Non si è fatto vivo nessuno.",
        "Pratica {case}: {restate} È ancora aperta o ve la siete dimenticata?",
    ],
    "es": ["Escribo otra vez por la incidencia {case}. {restate} Nadie me ha dicho nada."],
    "fr": ["Je relance pour le dossier {case}. {restate} Personne ne m'a répondu."],
    "en": ["Writing again about case {case}. {restate} Nobody's come back to me."],
}

FOLLOW3: dict[str, list[str]] = {
    "de": [
        "Das ist jetzt das dritte Mal wegen {case}. {restate} Eine Kollegin bucht bei {comp}, da wird sowas am selben Tag geklärt.",
        "Drittes Mal, {case}. {restate} Ich hab mir schon angeschaut, was {comp} nimmt.",
    ],
    "it": [
        "È la terza volta che scrivo per {case}. {restate} Una collega prenota con {comp} e lì queste cose le risolvono in giornata.",
        "Terza volta, pratica {case}. {restate} Ho già guardato quanto costa {comp}.",
    ],
    "es": [
        "Tercera vez por la incidencia {case}. {restate} Una compañera reserva con {comp} y allí esto lo arreglan en el día."
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. {restate} Une collègue réserve chez {comp}, eux règlent ça dans la journée."
    ],
    "en": [
        "Third time now about case {case}. {restate} A mate books with {comp} and they sort this sort of thing same day."
    ],
}

FOLLOW4: dict[str, list[str]] = {
    "de": ["VIERTES Mal wegen {case}. {restate} Langsam reicht's wirklich."],
    "it": ["QUARTA volta per la pratica {case}. {restate} Adesso basta davvero."],
    "es": ["CUARTA vez por la incidencia {case}. {restate} Ya está bien."],
    "fr": ["QUATRIÈME fois pour le dossier {case}. {restate} Ça suffit maintenant."],
    "en": ["FOURTH time about case {case}. {restate} This is getting ridiculous."],
}

#: Later contacts by phone (transcripts).
CALL_FOLLOW: dict[str, str] = {
    "de": "ja hallo ich ruf an wegen Vorgang {case} {restate} das ist jetzt das {nth} Mal",
    "it": "pronto chiamo per la pratica {case} {restate} è la {nth} volta",
    "es": "hola llamo por la incidencia {case} {restate} es la {nth} vez",
    "fr": "oui bonjour j'appelle pour le dossier {case} {restate} c'est la {nth} fois",
    "en": "hi I'm calling about case {case} {restate} this is the {nth} time",
}

NTH: dict[str, list[str]] = {
    "de": ["erste", "zweite", "dritte", "vierte"],
    "it": ["prima", "seconda", "terza", "quarta"],
    "es": ["primera", "segunda", "tercera", "cuarta"],
    "fr": ["première", "deuxième", "troisième", "quatrième"],
    "en": ["first", "second", "third", "fourth"],
}

CONFIRM: dict[str, list[str]] = {
    "de": [
        "Bestätigt, {case} ist erledigt, das Geld ist da. Danke!",
        "Kurz zu {case}: passt jetzt alles, danke für die Hilfe.",
    ],
    "it": [
        "Confermo, la pratica {case} è risolta, i soldi sono arrivati. Grazie!",
        "Per la pratica {case}: ora è tutto a posto, grazie dell'aiuto.",
    ],
    "es": ["Confirmado, la incidencia {case} está resuelta. ¡Gracias!"],
    "fr": ["Je confirme, le dossier {case} est réglé. Merci !"],
    "en": ["Confirmed, case {case} is sorted, money's back. Thanks!"],
}

# --------------------------------------------------------------------------- slow churners

#: Six steps from a happy baseline to a competitor (amounts fixed per language).
SLIDE: dict[str, list[str]] = {
    "de": [
        "Heute in {beach} 40 Minuten auf den Strandwart gewartet, bis der Korb aufgeschlossen wurde. Naja, kann passieren.",
        "Liegen voller Sand und die Auflagen noch nass vom Regen. Letztes Jahr war das besser.",
        "Die App hat uns ohne Nachfrage von Reihe 2 nach Reihe 5 umgesetzt. Warum fragt da keiner?",
        "Duschen kalt, Toiletten zu, und plötzlich 3 € 'Schattenzuschlag'. Was ist los bei euch, Sabbiora?",
        "JETZT REICHT'S. 25 € 'Reinigungsgebühr', weil Sand im Korb war. AM STRAND. Ernsthaft??",
        "Meine Schwester bucht bei {comp}, wir gehen ab Samstag mit ihr dorthin. War mal schön mit euch.",
    ],
    "it": [
        "Oggi a {beach} 40 minuti ad aspettare che aprissero l'ombrellone. Vabbè, capita.",
        "Lettini pieni di sabbia e cuscini ancora bagnati dalla pioggia. L'anno scorso era diverso.",
        "L'app ci ha spostati dalla fila 2 alla 5 senza chiedere niente. Perché?",
        "Docce fredde, bagni chiusi e spunta un 'supplemento ombra' di 3 €. Ma che succede, Sabbiora?",
        "BASTA. 25 € di 'pulizia' perché c'era sabbia sul lettino. IN SPIAGGIA. Ma sul serio??",
        "Mia cognata prenota con {comp}, da sabato andiamo con lei. Peccato, eravate bravi.",
    ],
    "es": [
        "Hoy en {beach} 40 minutos esperando a que abrieran la sombrilla. Bueno, pasa.",
        "Hamacas llenas de arena y colchonetas mojadas de la lluvia. El año pasado no era así.",
        "La app nos ha cambiado de la fila 2 a la 5 sin preguntar. Por qué?",
        "Duchas frías, baños cerrados y ahora 3 € de 'suplemento sombra'. Qué os pasa, Sabbiora?",
        "YA ESTÁ BIEN. 25 € de 'limpieza' porque había arena en la hamaca. EN LA PLAYA. En serio??",
        "Mi cuñada reserva con {comp}, desde el sábado vamos con ella. Una pena, erais buenos.",
    ],
    "fr": [
        "Aujourd'hui à {beach}, 40 minutes à attendre qu'on ouvre le parasol. Bon, ça arrive.",
        "Transats pleins de sable et matelas encore mouillés. L'an dernier c'était mieux.",
        "L'appli nous a déplacés du rang 2 au rang 5 sans rien demander. Pourquoi ?",
        "Douches froides, toilettes fermées et maintenant 3 € de 'supplément ombre'. Il se passe quoi, Sabbiora ?",
        "ÇA SUFFIT. 25 € de 'nettoyage' parce qu'il y avait du sable sur le transat. À LA PLAGE. Sérieusement ??",
        "Ma belle-sœur réserve chez {comp}, dès samedi on va avec elle. Dommage, vous étiez bien.",
    ],
    "en": [
        "Waited 40 minutes in {beach} today for someone to open our umbrella. Oh well, happens.",
        "Loungers full of sand and the cushions still wet from the rain. Last year was better.",
        "The app moved us from row 2 to row 5 without asking. Why?",
        "Cold showers, toilets shut and now a £3 'shade supplement'. What's going on, Sabbiora?",
        "THAT'S IT. £22 'cleaning fee' because there was sand on the lounger. ON A BEACH. Seriously??",
        "My sister books with {comp}, we're going with her from Saturday. Shame, you used to be good.",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kündigung Plus",
            "Hallo, wir haben uns dieses Jahr einen kleinen Pool in den Garten gestellt 🙈, ans Meer fahren wir kaum noch. Bitte Sabbiora Plus kündigen und mein Konto schließen. Danke für die schönen Sommer! {name}",
        ),
        (
            "Plus kündigen und Konto löschen",
            "Guten Tag, wir ziehen beruflich nach Innsbruck, weit weg vom Meer. Bitte kündigen Sie meine Plus-Mitgliedschaft und schließen Sie das Konto. Gruß {name}",
        ),
    ],
    "it": [
        (
            "Disdetta Plus",
            "Buongiorno, ci trasferiamo in montagna per il lavoro di mio marito, niente più mare 😢 Vorrei disdire Sabbiora Plus e chiudere l'account. Grazie di tutto, {name}",
        ),
        (
            "Chiusura account",
            "Salve, abbiamo comprato una barchetta e d'estate staremo in barca. Per favore cancellate il mio Plus e chiudete l'account. {name}",
        ),
    ],
    "es": [
        (
            "Baja Plus",
            "Hola, nos mudamos a Teruel y ya no iremos tanto a la playa. Quiero dar de baja Sabbiora Plus y cerrar la cuenta. Gracias, {name}",
        )
    ],
    "fr": [
        (
            "Résiliation Plus",
            "Bonjour, nous avons acheté une maison avec piscine, on n'ira plus beaucoup à la plage. Merci de résilier Sabbiora Plus et de fermer mon compte. {name}",
        )
    ],
    "en": [
        (
            "Cancel Plus",
            "Hi, we've bought a caravan by a lake so no more beach holidays for a while. Please cancel my Sabbiora Plus and close the account. Thanks, {name}",
        )
    ],
}

SORRY_GO: dict[str, tuple[str, str]] = {
    "de": (
        "AW: Kündigung",
        "Hallo {name}, schade, dass Sie gehen! Sie können Plus und Ihr Konto selbst in der App oder auf der Website unter 'Konto' kündigen. Alles Gute, {agent}",
    ),
    "it": (
        "R: Disdetta",
        "Buongiorno {name}, ci dispiace vederla andare! Può disdire il Plus e chiudere l'account da sola nell'app o sul sito, sotto 'Account'. Tanti auguri, {agent}",
    ),
    "es": (
        "RE: Baja",
        "Hola {name}, ¡qué pena que te vayas! Puedes dar de baja el Plus y la cuenta tú mismo en la app o en la web, en 'Cuenta'. Mucha suerte, {agent}",
    ),
    "fr": (
        "RE : Résiliation",
        "Bonjour {name}, dommage de vous voir partir ! Vous pouvez résilier le Plus et fermer le compte vous-même dans l'appli ou sur le site, rubrique 'Compte'. Belle continuation, {agent}",
    ),
    "en": (
        "Re: Cancel",
        "Hi {name}, sorry to see you go! You can cancel Plus and close the account yourself in the app or on the website, under 'Account'. All the best, {agent}",
    ),
}

GRUMBLES: dict[str, list[str]] = {
    "de": [
        "Die App loggt mich JEDEN Tag aus. Jeden.",
        "Warum kommt die Erinnerung 'Ihr Korb wartet' um 6 Uhr morgens?",
        "Parkplatz am Strand wieder voll, und ihr schreibt 'Parken in der Nähe'. In der Nähe von was?",
        "Der Schirmständer wackelt immer noch. Dritte Woche.",
        "Keine Info, wenn der Strandwart später kommt. Wir stehen da wie bestellt und nicht abgeholt.",
        "Die Liegen in Reihe 4 sind komplett durchgelegen.",
        "Schon wieder keine Quittung per Mail bekommen.",
    ],
    "it": [
        "L'app mi fa il logout TUTTI i giorni. Tutti.",
        "Perché la notifica 'il tuo ombrellone ti aspetta' arriva alle 6 di mattina?",
        "Parcheggio del lido di nuovo pieno, e voi scrivete 'parcheggio vicino'. Vicino a cosa?",
        "La base dell'ombrellone balla ancora. Terza settimana.",
        "Nessun avviso se il bagnino arriva tardi. Restiamo lì come dei pali.",
        "I lettini della quarta fila sono sfondati.",
        "Di nuovo nessuna ricevuta per email.",
    ],
    "es": [
        "La app me echa TODOS los días.",
        "Por qué el aviso 'tu sombrilla te espera' llega a las 6 de la mañana?",
        "Otra vez sin ticket por correo.",
        "Las hamacas de la fila 4 están hundidas.",
    ],
    "fr": [
        "L'appli me déconnecte TOUS les jours.",
        "Pourquoi la notif 'votre parasol vous attend' arrive à 6 h du matin ?",
        "Encore pas de reçu par mail.",
        "Les transats du rang 4 sont défoncés.",
    ],
    "en": [
        "App logs me out EVERY day.",
        "Why does the 'your umbrella is waiting' text come at 6am?",
        "Still no receipt by email. Again.",
        "The loungers in row 4 are knackered.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Danke Sabbiora für den Schirm 'bereit ab 9 Uhr', der um 11:30 aufgespannt wurde. Zweieinhalb Stunden Sonne gratis 👏",
        "Korb mit eingebautem Sandkasten, die Kinder waren begeistert. Danke Sabbiora 😂",
    ],
    "it": [
        "Grazie Sabbiora per l'ombrellone 'pronto alle 9' aperto alle 11:30. Abbronzatura omaggio 👏",
        "Lettino con sabbia inclusa, i bambini entusiasti. Grazie Sabbiora 😂",
    ],
    "es": [
        "Gracias Sabbiora por la sombrilla 'lista a las 9' que abrieron a las 11:30. Moreno gratis 👏"
    ],
    "fr": ["Merci Sabbiora pour le parasol 'prêt à 9 h' ouvert à 11 h 30. Bronzage offert 👏"],
    "en": ["Cheers Sabbiora for the umbrella 'ready from 9' that went up at 11:30. Free tan 👏"],
}

#: Mild one-off grumbles (quiet weekend): (text, agent's answer).
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die Strandsuche zeigt mir immer Strände in Italien, obwohl ich Ostsee eingestellt hab. Kein Drama, nur komisch",
            "Danke für den Hinweis! Das hängt mit der Standortfreigabe zusammen, wir schauen uns den Filter an.",
        ),
        (
            "Die Benachrichtigungen kommen bei mir auf Italienisch, App steht auf Deutsch. Nicht schlimm",
            "Danke! Das geben wir ans App-Team weiter.",
        ),
    ],
    "it": [
        (
            "le notifiche mi arrivano in inglese anche se ho l'app in italiano, niente di grave",
            "Grazie della segnalazione! La giriamo al team dell'app.",
        ),
        (
            "la ricerca lidi mi mostra sempre la Germania, boh",
            "Grazie! Dipende dalla posizione, controlliamo il filtro.",
        ),
    ],
    "es": [
        (
            "las notificaciones me llegan en alemán, no pasa nada pero es raro",
            "¡Gracias por avisar! Se lo pasamos al equipo de la app.",
        )
    ],
    "fr": [
        (
            "la recherche de plages me montre toujours l'Allemagne, bizarre",
            "Merci du signalement ! On regarde le filtre.",
        )
    ],
    "en": [
        (
            "notifications keep coming in Italian for me, not a big deal",
            "Thanks for flagging! We've passed it to the app team.",
        )
    ],
}

ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Nachricht",
        "Hallo {name}, danke für den Hinweis, wir haben ihn ans App-Team weitergegeben. Viele Grüße, {agent}",
    ),
    "it": (
        "Il suo messaggio",
        "Buongiorno {name}, grazie della segnalazione, l'abbiamo passata al team dell'app. Saluti, {agent}",
    ),
    "es": (
        "Tu mensaje",
        "Hola {name}, gracias por avisar, se lo hemos pasado al equipo de la app. Un saludo, {agent}",
    ),
    "fr": (
        "Votre message",
        "Bonjour {name}, merci pour le signalement, nous l'avons transmis à l'équipe de l'appli. Bien à vous, {agent}",
    ),
    "en": (
        "Your message",
        "Hi {name}, thanks for flagging it, we've passed it on to the app team. Best, {agent}",
    ),
}

# --------------------------------------------------------------------------- the spike

SPIKE_CODE = "RLS_1200"

SPIKE: dict[str, list[str]] = {
    "de": [
        "Wir kommen vom Mittagessen zurück und auf UNSEREM Korb sitzt eine fremde Familie. App sagt 'Buchung freigegeben' RLS_1200. Ich hab für den ganzen Tag bezahlt!!",
        "Was ist bei euch los? Um 12 Uhr kam 'Ihre Buchung wurde freigegeben (RLS_1200)' und der Strandwart hat unseren Schirm weitergegeben.",
        "Korb 23 in Binz für heute ganztags gebucht. Jetzt steht in der App Fehler RLS_1200, Buchung freigegeben, und da sitzt wer anders. Hallo??",
        "rls_1200 steht da, buchung freigegeben. wir waren nur kurz im wasser. jetzt ist der schirm weg und der bademeister zeigt auf sein tablet",
        "Seit 12 ist unsere Tagesbuchung 'freigegeben', Code RLS_1200. Neben uns dasselbe bei zwei anderen Familien. Bitte sofort klären.",
        "Hallo, Buchung für heute ganztags, um zwölf einfach 'freigegeben' mit RLS_1200. Wir stehen mit Kühltasche und Kleinkind im Sand.",
    ],
    "it": [
        "Torniamo dal pranzo e sul NOSTRO ombrellone c'è un'altra famiglia. L'app dice 'prenotazione rilasciata' RLS_1200. Ho pagato la giornata intera!!",
        "ma che succede? a mezzogiorno è arrivato 'la tua prenotazione è stata rilasciata (RLS_1200)' e il bagnino ha dato l'ombrellone a un altro",
        "Ombrellone 4-12 a Riccione prenotato tutto il giorno, ora nell'app errore RLS_1200 prenotazione rilasciata e ci sono altri seduti. Ma scherziamo?",
        "rls_1200 prenotazione rilasciata. eravamo in acqua 10 minuti. lettini dati via. il bagnino dice che sul suo tablet risulta libero",
        "Dalle 12 la nostra prenotazione giornaliera risulta 'rilasciata', codice RLS_1200. Stessa cosa a due famiglie vicino a noi. Sistemate subito per favore.",
        "Buongiorno, prenotazione di oggi giornata intera rilasciata alle 12 con RLS_1200. Siamo in piedi sulla sabbia con la borsa frigo e la bimba che piange.",
    ],
    "es": [
        "Volvemos de comer y en NUESTRA sombrilla hay otra familia. La app dice 'reserva liberada' RLS_1200. ¡¡He pagado el día entero!!",
        "qué pasa? a las 12 me llega 'tu reserva ha sido liberada (RLS_1200)' y el chico de la playa ha dado la sombrilla a otros",
        "Reserva de hoy día completo en Sitges liberada a mediodía, error RLS_1200. Estamos de pie con la nevera y los críos.",
    ],
    "fr": [
        "On revient du déjeuner et une autre famille est sur NOTRE parasol. L'appli dit 'réservation libérée' RLS_1200. J'ai payé la journée !!",
        "à midi pile : 'votre réservation a été libérée (RLS_1200)' et le plagiste a redonné nos transats. Sérieusement ?",
        "Réservation journée à La Baule libérée à 12 h, code RLS_1200, des inconnus sur nos transats. Merci de régler ça vite.",
    ],
    "en": [
        "Came back from lunch and there's another family on OUR umbrella. App says 'booking released' RLS_1200. I paid for the whole day!!",
        "at 12 on the dot: 'your booking has been released (RLS_1200)' and the attendant's given our loungers away. what is going on",
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "de": "Buchung freigegeben RLS_1200",
    "it": "Prenotazione rilasciata RLS_1200",
    "es": "Reserva liberada RLS_1200",
    "fr": "Réservation libérée RLS_1200",
    "en": "Booking released RLS_1200",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "de": [
        "Immer noch RLS_1200, auch auf dem Handy von meinem Mann. Wir sitzen jetzt auf Handtüchern neben unserem Korb.",
        "Nochmal: RLS_1200, Buchung weiter freigegeben, der Strandwart kann angeblich nichts machen.",
    ],
    "it": [
        "Ancora RLS_1200, anche dal telefono di mia moglie. Siamo sugli asciugamani accanto al nostro ombrellone.",
        "Riscrivo: sempre RLS_1200, il bagnino dice che lui non può farci niente.",
    ],
    "es": [
        "Sigue saliendo RLS_1200, también en el móvil de mi marido. Estamos en las toallas al lado de nuestra sombrilla."
    ],
    "fr": [
        "Toujours RLS_1200, même sur le téléphone de ma femme. On est sur nos serviettes à côté de notre parasol."
    ],
    "en": [
        "Still RLS_1200, on my husband's phone too. We're sat on towels next to our own umbrella."
    ],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, seit 12 Uhr werden Tagesbuchungen an allen Stränden fälschlich freigegeben, unsere Technik ist dran. Die Strandwarte sind informiert.",
    "it": "Sì, dalle 12 le prenotazioni giornaliere vengono rilasciate per errore in tutti i lidi, i tecnici ci stanno lavorando. I bagnini sono avvisati.",
    "es": "Sí, desde las 12 las reservas de día se liberan por error en todas las playas, los técnicos están en ello. El personal está avisado.",
    "fr": "Oui, depuis midi les réservations à la journée sont libérées par erreur sur toutes les plages, nos techniciens sont dessus. Les plagistes sont prévenus.",
    "en": "Yes, since 12 day bookings are being released by mistake at every beach, our engineers are on it. Beach staff have been told.",
}

SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Buchung heute",
        "Hallo {name}, seit 14:20 Uhr (Strandzeit) werden keine Buchungen mehr freigegeben, Ihr Platz ist wieder Ihnen zugeordnet. Der heutige Tag geht auf uns, und wir haben Ihnen {credit} Guthaben gutgeschrieben. Entschuldigung! {agent}",
    ),
    "it": (
        "La sua prenotazione di oggi",
        "Buongiorno {name}, dalle 14:20 (ora del lido) le prenotazioni non vengono più rilasciate e il suo posto è di nuovo suo. La giornata di oggi la offriamo noi e le abbiamo accreditato {credit}. Ci scusi! {agent}",
    ),
    "es": (
        "Tu reserva de hoy",
        "Hola {name}, desde las 14:20 (hora de la playa) ya no se liberan reservas y tu sitio vuelve a ser tuyo. El día de hoy corre de nuestra cuenta y te hemos abonado {credit}. ¡Perdona! {agent}",
    ),
    "fr": (
        "Votre réservation du jour",
        "Bonjour {name}, depuis 14 h 20 (heure de la plage) plus aucune réservation n'est libérée et votre place vous est rendue. La journée est offerte et nous vous avons crédité {credit}. Toutes nos excuses ! {agent}",
    ),
    "en": (
        "Your booking today",
        "Hi {name}, since 14:20 (beach time) no more bookings are being released and your spot is yours again. Today's on us and we've added {credit} credit. Sorry! {agent}",
    ),
}

#: Questions on the calm Friday before (answered): a booking that worked.
LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        "domani verso le 12 andiamo a pranzo e lasciamo gli asciugamani, l'ombrellone resta nostro vero? nell'app c'è scritto 'valida tutto il giorno'",
        "Sì, la prenotazione giornaliera vale fino alla chiusura del lido, anche se vi allontanate.",
    ),
    "de": (
        "Kurze Frage: wir gehen morgen mittags essen, bleibt der Korb für uns reserviert? In der App steht 'ganztägig gültig'",
        "Ja, ganztägige Buchungen gelten bis Strandschluss, auch wenn Sie zwischendurch weg sind.",
    ),
}

#: Monday grumbles about a slow beach map (answered).
MAP_GRUMBLE: dict[str, tuple[str, str]] = {
    "de": (
        "Die Strandkarte in der App lädt heute ewig, fast eine Minute bis die Schirme kommen",
        "Danke, wir schauen uns das an! Ein Neustart der App hilft meistens.",
    ),
    "it": (
        "la mappa dei lidi oggi ci mette una vita a caricare...",
        "Grazie, lo segnaliamo! Di solito riavviare l'app aiuta.",
    ),
}

#: A third contact by phone names a competitor too (transcripts).
CALL_COMP: dict[str, str] = {
    "de": "eine Kollegin bucht bei {comp} da ist sowas am selben Tag erledigt",
    "it": "una collega prenota con {comp} e lì lo risolvono in giornata",
    "es": "una compañera reserva con {comp} y allí lo arreglan en el día",
    "fr": "une collègue réserve chez {comp} et eux règlent ça dans la journée",
    "en": "a mate books with {comp} and they sort it the same day",
}

#: Why a bilingual customer uses the second language.
SECOND_REASON: dict[str, list[str]] = {
    "de": ["grew up in South Tyrol", "works for a German tour operator", "German partner"],
    "it": ["married to an Italian, summers in Liguria", "studied in Bologna", "works in Ticino"],
    "es": ["Spanish mother", "lived in Valencia for years"],
    "fr": ["grew up in Geneva", "French-speaking office"],
    "en": ["works in IT, everything in English", "lived in Dublin"],
}

JOBS: list[str] = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "bus driver",
    "pharmacist",
    "chef",
    "engineer",
    "shop owner",
    "retired",
    "student",
    "hairdresser",
    "police officer",
    "software developer",
    "midwife",
    "architect",
    "farmer",
    "lawyer",
    "baker",
    "social worker",
    "market trader",
    "dental assistant",
]
