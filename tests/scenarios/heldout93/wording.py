# ruff: noqa: E501
"""Consumers' and agents' words for heldout93 (Valizo, luggage sent ahead door to door).

German and French first (two to five variants of most tables), then English, Spanish,
Italian and Portuguese (one or two). Placeholders are filled with ``str.format``:
``{first}``, ``{case}``, ``{agent}``, ``{amt}``, ``{comp}``, ``{desc}``, ``{code}``.
"""

from __future__ import annotations

LANGS = ("de", "fr", "en", "es", "it", "pt")

FIRST: dict[str, list[str]] = {
    "de": [
        "Lukas",
        "Anna",
        "Jonas",
        "Katrin",
        "Matthias",
        "Sabine",
        "Felix",
        "Miriam",
        "Tobias",
        "Jana",
        "Stefan",
        "Lea",
        "Florian",
        "Ulrike",
        "Moritz",
        "Carina",
        "Dominik",
        "Heike",
        "Niklas",
        "Verena",
        "Sebastian",
        "Theresa",
        "Jürgen",
        "Svenja",
        "Benedikt",
        "Franziska",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Thomas",
        "Manon",
        "Nicolas",
        "Amandine",
        "Guillaume",
        "Chloé",
        "Maxime",
        "Aurélie",
        "Romain",
        "Léa",
        "Sébastien",
        "Pauline",
        "Antoine",
        "Mathilde",
        "Baptiste",
        "Céline",
        "Quentin",
        "Noémie",
        "Hugo",
        "Sandrine",
        "Florent",
    ],
    "en": [
        "Oliver",
        "Hannah",
        "James",
        "Chloe",
        "Daniel",
        "Megan",
        "Liam",
        "Aoife",
        "Ciaran",
        "Sophie",
        "Ryan",
        "Niamh",
        "Tom",
        "Grace",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Nerea",
        "Sergio",
        "Irene",
        "Álvaro",
        "Paula",
        "Diego",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Elena",
        "Davide",
        "Sara",
        "Andrea",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Miguel",
        "Joana",
        "Pedro",
    ],
}

LAST: dict[str, list[str]] = {
    "de": [
        "Berger",
        "Hofmann",
        "Krämer",
        "Lindner",
        "Vogt",
        "Brandl",
        "Seidel",
        "Hartung",
        "Kühn",
        "Winkler",
        "Pfeiffer",
        "Roth",
        "Baumgartner",
        "Eder",
        "Huber",
        "Steiner",
        "Wagner",
        "Köhler",
        "Lorenz",
        "Albrecht",
        "Schuster",
        "Engel",
        "Graf",
        "Haas",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Roussel",
        "Mercier",
        "Lambert",
        "Gauthier",
        "Perrin",
        "Morel",
        "Faure",
        "André",
        "Blanchard",
        "Guérin",
        "Boyer",
        "Garnier",
        "Dupuis",
        "Lemaire",
        "Renard",
        "Marchand",
        "Colin",
        "Meunier",
        "Picard",
    ],
    "en": [
        "Walsh",
        "Hughes",
        "Bennett",
        "Doyle",
        "Fletcher",
        "Murphy",
        "Kelly",
        "Parker",
        "Shaw",
        "Byrne",
        "Turner",
        "Gallagher",
    ],
    "es": [
        "Navarro",
        "Ortega",
        "Romero",
        "Castillo",
        "Herrera",
        "Molina",
        "Delgado",
        "Vidal",
        "Rubio",
        "Soler",
    ],
    "it": [
        "Bianchi",
        "Ferrari",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Mancini",
    ],
    "pt": [
        "Silva",
        "Ferreira",
        "Costa",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Carvalho",
        "Pereira",
        "Lopes",
    ],
}

JOBS: dict[str, list[str]] = {
    "de": [
        "Pflegerin",
        "Elektriker",
        "Lehrerin",
        "Bankkaufmann",
        "Physiotherapeutin",
        "Bäcker",
        "Ingenieurin",
        "Busfahrer",
    ],
    "fr": [
        "infirmière",
        "boulanger",
        "professeure",
        "comptable",
        "kiné",
        "électricien",
        "architecte",
        "pharmacien",
    ],
    "en": ["nurse", "plumber", "teacher", "accountant", "chef", "engineer"],
    "es": ["enfermera", "fontanero", "profesora", "contable"],
    "it": ["infermiera", "idraulico", "insegnante", "commercialista"],
    "pt": ["enfermeira", "canalizador", "professora", "contabilista"],
}

TOWNS: dict[str, list[str]] = {
    "DE": ["Freiburg", "Augsburg", "Bielefeld", "Kassel", "Rostock", "Würzburg"],
    "AT": ["Graz", "Linz", "Innsbruck", "Salzburg"],
    "CH": ["Bern", "Winterthur", "Lausanne", "Fribourg", "Lugano"],
    "FR": ["Nantes", "Grenoble", "Rennes", "Dijon", "Annecy", "Tours"],
    "BE": ["Liège", "Namur", "Eupen", "Mons"],
    "LU": ["Esch-sur-Alzette", "Differdange"],
    "UK": ["Leeds", "Bristol", "York", "Cardiff"],
    "IE": ["Galway", "Cork", "Limerick"],
    "ES": ["Zaragoza", "Valladolid", "Murcia"],
    "IT": ["Bergamo", "Trento", "Verona"],
    "PT": ["Braga", "Coimbra", "Aveiro"],
}

#: (label, price in euros, page). Labels in English and German whatever the market.
PRODUCTS: list[tuple[str, float, str]] = [
    (
        "Suitcase up to 23 kg, standard 3 days / Koffer bis 23 kg, Standard 3 Tage",
        39.0,
        "/send/suitcase",
    ),
    (
        "Suitcase up to 32 kg, express 24 h / Koffer bis 32 kg, Express 24 h",
        69.0,
        "/send/suitcase-express",
    ),
    ("Ski bag 2 pairs, standard / Skisack 2 Paar, Standard", 55.0, "/send/ski"),
    ("Snowboard bag, express 24 h / Snowboardtasche, Express 24 h", 72.0, "/send/snowboard"),
    ("Bike box, standard 4 days / Fahrradkarton, Standard 4 Tage", 89.0, "/send/bike"),
    ("Golf bag, standard 3 days / Golfbag, Standard 3 Tage", 59.0, "/send/golf"),
    ("Student boxes x4, standard / Umzugskartons x4, Standard", 79.0, "/send/student"),
    ("Pram and travel cot, standard / Kinderwagen und Reisebett, Standard", 64.0, "/send/family"),
]

PAGES = [
    "/send",
    "/prices",
    "/help/packing",
    "/help/insurance",
    "/plus",
    "/track",
    "/help/ski",
    "/help/bike-packing",
    "/help/slots",
]

PRAISE: dict[str, list[str]] = {
    "de": [
        "Koffer gestern in Köln abgeholt, heute stand er schon im Hotel in Meran. Ohne Schlepperei im Zug, herrlich. Danke Valizo!",
        "Mit drei Kindern und zwei Skisäcken Bahn fahren? Nie wieder ohne Valizo. Alles war vor uns in der Ferienwohnung.",
        "Fahrer war super freundlich, hat sogar noch den Karton mit Klebeband nachgebessert. Top Service",
        "Golfbag nach Mallorca vorgeschickt, kam pünktlich und ohne Kratzer an. Valizo kann ich nur empfehlen",
        "Das Tracking ist echt gut, man sieht jeden Schritt. Koffer kam sogar einen Tag früher an als angekündigt",
    ],
    "fr": [
        "Valises envoyées vendredi depuis Lyon, elles nous attendaient au chalet samedi. Zéro galère dans le TGV, merci Valizo !",
        "Vélo envoyé dans le carton Valizo pour l'Étape du Tour, arrivé nickel, même pas un rayon voilé. Bravo",
        "Le livreur a attendu que je finisse de fermer la housse de ski sans râler, adorable. Service au top",
        "Premier essai avec Valizo pour le déménagement de ma fille à Montpellier, les 4 cartons sont arrivés avant elle 😄",
        "Franchement le suivi en temps réel c'est rassurant, on sait exactement où est la valise. Je recommande",
    ],
    "en": [
        "Sent two suitcases ahead to Galway with Valizo, they were at the B&B before us. No lugging through train stations, brilliant",
        "Bike box arrived in Girona without a scratch. Valizo you legends",
    ],
    "es": [
        "Mandamos las maletas por Valizo a Benidorm y llegaron antes que nosotros. Viajar con niños sin maletas es otra vida",
        "La bolsa de golf llegó perfecta a Sotogrande. Muy recomendable Valizo",
    ],
    "it": [
        "Sci spediti con Valizo a Madonna di Campiglio, arrivati il giorno prima di noi. Comodissimo!",
        "Valigie arrivate in hotel a Taormina senza un graffio, servizio ottimo",
    ],
    "pt": [
        "Mandei a mala com a Valizo para o Algarve e chegou antes de mim. Excelente serviço",
        "A prancha chegou a Peniche impecável, obrigada Valizo!",
    ],
}

AGAIN: dict[str, list[str]] = {
    "de": [
        "Schon wieder alles perfekt geklappt, dritte Skireise mit Valizo und noch nie ein Problem",
        "Wieder der nette Fahrer aus Sendling, der kennt unsere Skisäcke schon. Immer noch begeistert",
        "Zum dritten Mal diesen Winter die Koffer vorgeschickt. Ich will nie wieder anders reisen",
    ],
    "fr": [
        "Encore une fois impeccable, troisième envoi cette année et toujours à l'heure",
        "Toujours aussi efficace, les skis sont arrivés à Tignes avant nous, comme l'an dernier",
        "Troisième fois que j'envoie le vélo avec Valizo, toujours nickel",
    ],
    "en": ["Third trip this year with Valizo, still flawless"],
    "es": ["Tercera vez este año con Valizo y otra vez perfecto"],
    "it": ["Ancora una volta tutto perfetto, terza spedizione quest'anno"],
    "pt": ["Mais uma vez tudo perfeito, é a terceira vez este ano"],
}

GRIPE: dict[str, list[str]] = {
    "de": [
        "Sehr gut gelaufen, nur das Etikett drucken ist am Handy umständlich. Sonst gerne wieder",
        "Koffer pünktlich da, alles super. Das Zeitfenster von 4 Stunden am Samstag ist halt lang",
        "Top, nur die Schutzhülle für den Skisack ist echt dünn. Trotzdem 5 Sterne",
    ],
    "fr": [
        "Très bien passé, juste dommage que le créneau du samedi soit de 4 h. Sinon parfait",
        "Nickel, seul bémol l'étiquette à imprimer, je n'ai pas d'imprimante. Mais je recommande",
        "Valise arrivée à l'heure, le suivi a juste mis 2 h à se mettre à jour. Rien de grave",
    ],
    "en": ["All great, only wish the label could be shown on the phone instead of printed"],
    "es": ["Todo bien, solo que la franja del sábado es de 4 horas. Por lo demás genial"],
    "it": ["Tutto bene, peccato per l'etichetta da stampare"],
    "pt": ["Correu tudo bem, só a etiqueta para imprimir é que é chata"],
}

#: (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, darf ich in den Skisack auch die Skischuhe packen oder muss das extra?",
            "Hallo! Ja, Skischuhe dürfen in den Skisack, solange er unter 32 kg bleibt. Gute Fahrt!",
        ),
        (
            "Kann ich die Abholung noch auf morgen früh verschieben?",
            "Klar, ich habe die Abholung auf morgen 8-10 Uhr gelegt, Sie bekommen gleich eine Bestätigung.",
        ),
        (
            "hi, muss das Fahrrad ganz zerlegt werden oder reicht Lenker quer + Pedale ab",
            "Hallo! Lenker quer und Pedale ab reicht, die Anleitung finden Sie unter Hilfe > Fahrrad verpacken.",
        ),
        (
            "Ist der Koffer eigentlich versichert wenn was kaputt geht?",
            "Ja, jede Sendung ist bis 500 € versichert, mit Plus bis 1.500 €.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux mettre les chaussures de ski dans la housse ?",
            "Bonjour ! Oui, tant que la housse fait moins de 32 kg. Bon séjour !",
        ),
        (
            "bjr, on peut décaler l'enlèvement à demain matin svp ?",
            "Bonjour, c'est fait : enlèvement demain entre 8 h et 10 h, vous recevez la confirmation par mail.",
        ),
        (
            "Le carton vélo est fourni ou je dois en trouver un ?",
            "Bonjour ! Le carton est livré chez vous 2 jours avant l'enlèvement, gratuitement.",
        ),
        (
            "Vous livrez aussi dans les résidences étudiantes ? Il y a un digicode",
            "Oui, indiquez simplement le digicode dans les instructions de livraison.",
        ),
    ],
    "en": [
        (
            "Hi, can I put two pairs of boots in the ski bag?",
            "Hi! Yes, as long as the bag stays under 32 kg. Enjoy the trip!",
        )
    ],
    "es": [
        (
            "Hola, ¿puedo meter las botas de esquí en la funda?",
            "¡Hola! Sí, siempre que no pase de 32 kg.",
        )
    ],
    "it": [
        (
            "Ciao, posso mettere gli scarponi nella sacca da sci?",
            "Ciao! Sì, purché resti sotto i 32 kg.",
        )
    ],
    "pt": [
        ("Olá, posso pôr as botas de ski no saco?", "Olá! Pode, desde que não passe dos 32 kg.")
    ],
}

THANKS: dict[str, list[str]] = {
    "de": ["Super, danke!", "perfekt danke", "Danke für die schnelle Antwort 👍", "ok top, vg"],
    "fr": ["Super merci !", "parfait merci bcp", "Merci pour la réponse rapide 👍", "top merci"],
    "en": ["Great, thanks!", "perfect thx"],
    "es": ["Genial, gracias!", "vale gracias"],
    "it": ["Perfetto, grazie!", "ok grz"],
    "pt": ["Ótimo, obrigada!", "ok obg"],
}

#: (subject, question, agent's answer)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Frage Golfbag Mallorca",
            "Guten Tag, wir fliegen im Mai nach Mallorca. Kann ich das Golfbag direkt an den Golfclub schicken lassen oder nur ans Hotel? Viele Grüße",
            "Guten Tag, Sie können jede Adresse angeben, auch den Golfclub; bitte nennen Sie dort einen Ansprechpartner. Freundliche Grüße, {agent}, Valizo",
        ),
        (
            "Rückversand Koffer",
            "Hallo, geht auch der Rückweg vom Hotel nach Hause? Ich bin ab dem 12. in Zermatt. Danke",
            "Hallo {first}, ja: buchen Sie den Rückversand einfach in der App, der Fahrer holt an der Hotelrezeption ab. Grüße, {agent}",
        ),
    ],
    "fr": [
        (
            "Question envoi skis",
            "Bonjour, peut-on faire livrer les skis directement au loueur à Val Thorens plutôt qu'à l'appartement ? Merci d'avance, bonne journée",
            "Bonjour {first}, oui, toute adresse est possible, précisez juste un contact sur place. Bonne journée, {agent} - Valizo",
        ),
        (
            "Retour valises",
            "Bonjour, est-ce que vous faites aussi le retour depuis l'hôtel ? Nous sommes à Biarritz du 3 au 10. Cordialement",
            "Bonjour {first}, oui : réservez le retour dans l'appli, le chauffeur passe à la réception. Cordialement, {agent}",
        ),
    ],
    "en": [
        (
            "Question about golf bag",
            "Hi, can the golf bag go straight to the club in Portugal rather than the hotel? Thanks",
            "Hi {first}, yes, any address works, just add a contact name there. Best, {agent} - Valizo",
        )
    ],
    "es": [
        (
            "Pregunta envío bici",
            "Hola, ¿se puede enviar la bici directamente al hotel en Mallorca? Gracias",
            "Hola {first}, sí, a cualquier dirección, indique un contacto allí. Saludos, {agent}",
        )
    ],
    "it": [
        (
            "Domanda spedizione",
            "Buongiorno, posso far consegnare gli sci direttamente al noleggio? Grazie",
            "Buongiorno {first}, sì, basta indicare un referente sul posto. Saluti, {agent}",
        )
    ],
    "pt": [
        (
            "Pergunta envio",
            "Olá, posso enviar a prancha diretamente para a escola de surf? Obrigado",
            "Olá {first}, pode sim, indique só um contacto no local. Cumprimentos, {agent}",
        )
    ],
}

#: (speech-to-text transcript, agent's follow-up subject, follow-up text)
PHONE_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "ja hallo ich wollte fragen ob ich für den Kinderwagen einen Karton brauche oder ob der so mitgeht wir fahren am Samstag nach Usedom",
            "Ihr Anruf: Kinderwagen",
            "Hallo {first}, wie am Telefon besprochen: der Kinderwagen geht ohne Karton, nur zusammengeklappt und mit Etikett. Gute Reise! {agent}",
        ),
        (
            "hallo ähm ich habe Plus und wollte wissen ob die Abholung am Sonntag auch geht danke",
            "Ihr Anruf: Abholung Sonntag",
            "Hallo {first}, mit Plus sind Abholungen auch sonntags möglich, 10-14 Uhr. Viele Grüße, {agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si la poussette doit être emballée ou si elle part comme ça on part samedi à Arcachon",
            "Votre appel : poussette",
            "Bonjour {first}, comme convenu au téléphone : la poussette part pliée avec l'étiquette, sans carton. Bon voyage ! {agent}",
        ),
        (
            "bonjour euh j'ai l'abonnement Plus est-ce que l'enlèvement le dimanche c'est possible merci",
            "Votre appel : enlèvement dimanche",
            "Bonjour {first}, avec Plus l'enlèvement est possible le dimanche de 10 h à 14 h. Bonne journée, {agent}",
        ),
    ],
    "en": [
        (
            "hi yeah just wondering does the buggy need a box or can it go as it is we're off to Kerry on Saturday",
            "Your call: buggy",
            "Hi {first}, as discussed, the buggy goes folded with the label on, no box needed. {agent}",
        )
    ],
    "es": [
        (
            "hola quería saber si el carrito del bebé tiene que ir en caja o va así nos vamos el sábado",
            "Su llamada: carrito",
            "Hola {first}, como hablamos, el carrito va plegado con la etiqueta, sin caja. {agent}",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se il passeggino va imballato o parte così partiamo sabato",
            "La sua chiamata: passeggino",
            "Buongiorno {first}, come detto al telefono, il passeggino parte chiuso con l'etichetta. {agent}",
        )
    ],
    "pt": [
        (
            "olá queria saber se o carrinho do bebé tem de ir em caixa ou vai assim vamos no sábado",
            "A sua chamada: carrinho",
            "Olá {first}, como falámos, o carrinho vai fechado com a etiqueta, sem caixa. {agent}",
        )
    ],
}

#: (text, rating)
REVIEW: dict[str, list[tuple[str, str]]] = {
    "de": [
        ("Schnell, zuverlässig, freundlich. Koffer kam unversehrt an.", "5"),
        ("Hat alles geklappt, nur das Zeitfenster für die Abholung war lang.", "4"),
        ("Skisäcke zweimal verschickt, beide Male perfekt. Klare Empfehlung!", "5"),
    ],
    "fr": [
        ("Rapide, fiable, livreur sympa. Valise arrivée intacte.", "5"),
        ("Tout s'est bien passé, créneau un peu large pour l'enlèvement.", "4"),
        ("Vélo envoyé deux fois, deux fois nickel. Je recommande !", "5"),
    ],
    "en": [("Quick and reliable, suitcase arrived in perfect shape.", "5")],
    "es": [("Rápido y fiable, la maleta llegó perfecta.", "5")],
    "it": [("Veloce e affidabile, valigia arrivata perfetta.", "5")],
    "pt": [("Rápido e fiável, a mala chegou impecável.", "5")],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["", "", "Alles bestens", "👍", "super", "Gerne wieder"],
    "fr": ["", "", "Parfait", "👍", "top", "Rien à redire"],
    "en": ["", "Spot on", "👍"],
    "es": ["", "Perfecto", "👍"],
    "it": ["", "Ottimo", "👍"],
    "pt": ["", "Ótimo", "👍"],
}

NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "2 Uhr nachts und endlich den Skisack fertig gepackt. Morgen um 8 holt Valizo ab, jetzt schnell schlafen",
        "Nachtschicht vorbei, noch schnell die Abholung für die Koffer gebucht. Ging in zwei Minuten, danke Valizo",
        "Kann nicht schlafen vor Vorfreude, Koffer sind schon unterwegs nach Rügen 😴",
    ],
    "fr": [
        "2 h du mat et la housse de ski enfin bouclée. Valizo passe à 8 h, dodo",
        "Fin de garde à l'hôpital, j'ai réservé l'enlèvement des valises en deux minutes. Merci Valizo",
        "Insomnie avant le départ, mais les valises sont déjà en route pour Ajaccio 😴",
    ],
    "en": ["3am, bike finally in the box. Valizo picks it up at 8, sleep now"],
    "es": ["Las 2 de la mañana y por fin cerrada la maleta. Valizo la recoge a las 8"],
    "it": ["Le 2 di notte e finalmente ho chiuso la sacca. Valizo passa alle 8"],
    "pt": ["Duas da manhã e finalmente fechei a mala. A Valizo vem às 8"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "hallo, kann ich die Abholung um 8 noch auf 10 schieben? bin grad erst von der Schicht heim",
            "Guten Morgen! Ist verschoben auf 10-12 Uhr, Bestätigung kommt per Mail.",
        ),
        (
            "Zählt das Gewicht mit oder ohne Skisack? Waage sagt 31,5 kg",
            "Mit Skisack, 31,5 kg passt also. Gute Reise!",
        ),
    ],
    "fr": [
        (
            "bonsoir, on peut décaler l'enlèvement de 8 h à 10 h ? je rentre juste de garde",
            "Bonsoir ! C'est décalé à 10 h-12 h, la confirmation arrive par mail.",
        ),
        (
            "Le poids c'est avec ou sans la housse ? La balance dit 31,5 kg",
            "Avec la housse, donc 31,5 kg ça passe. Bon voyage !",
        ),
    ],
    "en": [
        (
            "hiya can I push the 8am pickup to 10? just off a night shift",
            "Hi! Done, now 10-12, confirmation coming by email.",
        )
    ],
    "es": [
        (
            "hola, ¿puedo pasar la recogida de las 8 a las 10? acabo de salir del turno",
            "¡Hola! Hecho, ahora de 10 a 12.",
        )
    ],
    "it": [
        (
            "ciao, posso spostare il ritiro dalle 8 alle 10? esco ora dal turno",
            "Ciao! Fatto, ora 10-12.",
        )
    ],
    "pt": [
        (
            "olá, posso passar a recolha das 8 para as 10? saí agora do turno",
            "Olá! Feito, agora das 10 às 12.",
        )
    ],
}

PROBLEMS = ("no_pickup", "late_delivery", "damage", "double_charge", "refund", "wrong_price")

TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "no_pickup": "Abholung nicht erfolgt",
        "late_delivery": "Skisack zu spät",
        "damage": "Koffer beschädigt",
        "double_charge": "doppelt abgebucht",
        "refund": "Erstattung fehlt",
        "wrong_price": "falscher Preis trotz Plus",
    },
    "fr": {
        "no_pickup": "enlèvement non effectué",
        "late_delivery": "housse de ski en retard",
        "damage": "valise abîmée",
        "double_charge": "prélevé deux fois",
        "refund": "remboursement manquant",
        "wrong_price": "mauvais tarif malgré Plus",
    },
    "en": {
        "no_pickup": "pickup never happened",
        "late_delivery": "ski bag late",
        "damage": "suitcase damaged",
        "double_charge": "charged twice",
        "refund": "refund missing",
        "wrong_price": "wrong price despite Plus",
    },
    "es": {
        "no_pickup": "recogida no realizada",
        "late_delivery": "funda de esquí con retraso",
        "damage": "maleta dañada",
        "double_charge": "cobro doble",
        "refund": "reembolso pendiente",
        "wrong_price": "precio incorrecto con Plus",
    },
    "it": {
        "no_pickup": "ritiro non effettuato",
        "late_delivery": "sacca da sci in ritardo",
        "damage": "valigia danneggiata",
        "double_charge": "addebito doppio",
        "refund": "rimborso mancante",
        "wrong_price": "prezzo sbagliato con Plus",
    },
    "pt": {
        "no_pickup": "recolha não feita",
        "late_delivery": "saco de ski atrasado",
        "damage": "mala danificada",
        "double_charge": "cobrança a dobrar",
        "refund": "reembolso em falta",
        "wrong_price": "preço errado com Plus",
    },
}

#: The problem told in the customer's words (one or two sentences, first person).
PROBLEM: dict[str, dict[str, list[str]]] = {
    "de": {
        "no_pickup": [
            "Ich habe heute von 8 bis 12 mit zwei Koffern im Flur gewartet, der Fahrer kam NIE, und in der App steht jetzt „abgeholt“.",
            "Die Abholung war für 8-10 Uhr gebucht, niemand kam, und die App behauptet, die Koffer seien unterwegs. Sie stehen hier neben mir!",
        ],
        "late_delivery": [
            "Unser Skisack kam erst zwei Tage nach uns in Ischgl an, wir mussten Ski für 180 € leihen.",
            "Der Skisack sollte Samstag da sein, er kam Montagabend. Zwei Skitage mit Leihski bezahlt.",
        ],
        "damage": [
            "Der Koffer kam mit abgerissenem Rad und gesprungener Schale an, die Kleidung darin war nass.",
            "Mein Fahrradkarton kam aufgerissen an und das Schaltwerk ist verbogen.",
        ],
        "double_charge": [
            "Mir wurden für eine einzige Sendung ZWEIMAL {amt} abgebucht.",
            "Auf dem Konto sehe ich zweimal {amt} für denselben Skisack.",
        ],
        "refund": [
            "Ich habe die Sendung vor drei Wochen storniert und die {amt} sind immer noch nicht zurück.",
            "Seit DREI Wochen warte ich auf die Erstattung von {amt} für die stornierte Abholung.",
        ],
        "wrong_price": [
            "Ich bin Plus-Mitglied und trotzdem wurde mir die Abholgebühr und der volle Preis berechnet, {amt}.",
            "Obwohl ich Plus habe, wurden {amt} zum Normalpreis abgebucht.",
        ],
    },
    "fr": {
        "no_pickup": [
            "J'ai attendu de 8 h à midi avec deux valises dans l'entrée, le chauffeur n'est JAMAIS venu et l'appli affiche « enlevé ».",
            "Enlèvement réservé entre 8 h et 10 h, personne n'est passé et l'appli dit que les valises sont en route. Elles sont à côté de moi !",
        ],
        "late_delivery": [
            "La housse de ski est arrivée à Val d'Isère deux jours après nous, on a dû louer des skis pour 170 €.",
            "Les skis devaient arriver samedi, ils sont arrivés lundi soir. Deux jours de location payés pour rien.",
        ],
        "damage": [
            "La valise est arrivée avec une roue arrachée et la coque fendue, les vêtements dedans étaient mouillés.",
            "Mon carton vélo est arrivé éventré et le dérailleur est tordu.",
        ],
        "double_charge": [
            "J'ai été prélevé DEUX FOIS {amt} pour un seul envoi.",
            "Je vois deux fois {amt} sur mon compte pour la même housse de ski.",
        ],
        "refund": [
            "J'ai annulé l'envoi il y a trois semaines et les {amt} ne sont toujours pas remboursés.",
            "Ça fait TROIS semaines que j'attends le remboursement de {amt} pour l'enlèvement annulé.",
        ],
        "wrong_price": [
            "Je suis abonnée Plus et on m'a quand même facturé les frais d'enlèvement et le plein tarif, {amt}.",
            "Alors que j'ai Plus, on m'a prélevé {amt} au tarif normal.",
        ],
    },
    "en": {
        "no_pickup": [
            "I waited from 8 till noon with two suitcases in the hall, the driver NEVER came and the app now says collected."
        ],
        "late_delivery": [
            "Our ski bag turned up in Chamonix two days after us, we had to hire skis for £150."
        ],
        "damage": [
            "The suitcase arrived with a wheel ripped off and the shell cracked, the clothes inside were wet."
        ],
        "double_charge": ["I've been charged TWICE, {amt} each, for one single send."],
        "refund": ["I cancelled the send three weeks ago and the {amt} still hasn't come back."],
        "wrong_price": [
            "I'm a Plus member and I was still charged the pickup fee and the full price, {amt}."
        ],
    },
    "es": {
        "no_pickup": [
            "Estuve esperando de 8 a 12 con dos maletas en la entrada, el repartidor NO vino y la app pone recogido."
        ],
        "late_delivery": [
            "La funda de esquí llegó a Baqueira dos días después que nosotros, tuvimos que alquilar esquís por 160 €."
        ],
        "damage": [
            "La maleta llegó con una rueda arrancada y la carcasa rota, la ropa de dentro mojada."
        ],
        "double_charge": ["Me habéis cobrado DOS veces {amt} por un solo envío."],
        "refund": ["Cancelé el envío hace tres semanas y los {amt} siguen sin volver."],
        "wrong_price": [
            "Soy socia Plus y aun así me cobraron la recogida y el precio completo, {amt}."
        ],
    },
    "it": {
        "no_pickup": [
            "Ho aspettato dalle 8 alle 12 con due valigie all'ingresso, il corriere non è MAI arrivato e l'app dice ritirato."
        ],
        "late_delivery": [
            "La sacca da sci è arrivata a Cervinia due giorni dopo di noi, abbiamo noleggiato gli sci per 150 €."
        ],
        "damage": [
            "La valigia è arrivata con una ruota strappata e il guscio crepato, i vestiti dentro bagnati."
        ],
        "double_charge": ["Mi avete addebitato DUE volte {amt} per una sola spedizione."],
        "refund": [
            "Ho annullato la spedizione tre settimane fa e i {amt} non sono ancora tornati."
        ],
        "wrong_price": [
            "Sono abbonato Plus e mi avete comunque addebitato il ritiro e il prezzo pieno, {amt}."
        ],
    },
    "pt": {
        "no_pickup": [
            "Estive à espera das 8 ao meio-dia com duas malas à porta, o estafeta NUNCA veio e a app diz recolhido."
        ],
        "late_delivery": [
            "O saco de ski chegou à Serra da Estrela dois dias depois de nós, alugámos esquis por 120 €."
        ],
        "damage": [
            "A mala chegou com uma roda arrancada e a carcaça rachada, a roupa lá dentro molhada."
        ],
        "double_charge": ["Cobraram-me DUAS vezes {amt} por um só envio."],
        "refund": ["Cancelei o envio há três semanas e os {amt} ainda não voltaram."],
        "wrong_price": [
            "Sou sócia Plus e mesmo assim cobraram-me a recolha e o preço total, {amt}."
        ],
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}

RE_CASE: dict[str, list[str]] = {
    "de": ["AW: Vorgang {case}", "Vorgang {case} - immer noch offen", "AW: AW: Vorgang {case}"],
    "fr": ["RE : Demande {case}", "Dossier {case} toujours ouvert", "RE: RE : Demande {case}"],
    "en": ["Re: Your case {case}"],
    "es": ["RE: Incidencia {case}"],
    "it": ["R: Segnalazione {case}"],
    "pt": ["RE: Pedido {case}"],
}

SHORT_MAIL: dict[str, list[str]] = {
    "de": [
        "Hallo,\n\n{desc} Ich erwarte heute noch eine Antwort. {first}",
        "{desc} So geht das nicht, JETZT REICHTS. Bitte melden Sie sich. {first} {last}",
        "Guten Tag,\n\n{desc} Das ist wirklich ärgerlich. Grüße {first}",
    ],
    "fr": [
        "Bonjour,\n\n{desc} J'attends une réponse aujourd'hui. {first}",
        "{desc} Ça ne va pas du tout, ÇA SUFFIT. Merci de me rappeler. {first} {last}",
        "Bonjour,\n\n{desc} C'est vraiment pénible. Cdlt {first}",
    ],
    "en": ["Hi,\n\n{desc} I expect an answer today. {first}"],
    "es": ["Hola,\n\n{desc} YA ESTÁ BIEN. Espero respuesta hoy. {first}"],
    "it": ["Buongiorno,\n\n{desc} Aspetto una risposta oggi. {first}"],
    "pt": ["Olá,\n\n{desc} Espero resposta ainda hoje. {first}"],
}

#: Long letters with the complaint inside (German and French).
LONG_MAIL: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Krankenhausflur, wo meine Mutter nach ihrer Knie-OP liegt; wir wollten eigentlich zu dritt nach Südtirol, jetzt fahre ich mit den Kindern allein und habe ohnehin schon genug um die Ohren. Deshalb hatte ich alles bei Valizo gebucht, damit wenigstens das Gepäck kein Thema ist. {desc} Ich habe zweimal im Chat geschrieben und keine brauchbare Antwort bekommen.\n\nIch nutze Valizo seit drei Jahren und habe Sie überall empfohlen, aber so etwas darf nicht passieren. Ich bitte um eine schnelle Lösung und eine Entschädigung.\n\nMit freundlichen Grüßen\n{first} {last}",
        "Hallo liebes Valizo-Team,\n\nich sitze gerade im Auto vor der Musikschule, meine Tochter hat Geigenunterricht, und ich nutze die halbe Stunde, um Ihnen endlich zu schreiben, weil ich sonst nie dazu komme zwischen Arbeit, Umzug der Schwiegereltern und allem anderen. Zur Sache: {desc} Das hat uns den halben Urlaub verdorben und ich habe Stunden am Telefon verbracht.\n\nIch erwarte, dass Sie das in Ordnung bringen.\n\nViele Grüße\n{first} {last}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, car c'est le seul moment calme de ma semaine : nous finissons les travaux de la maison de ma grand-mère et je jongle avec tout. J'avais justement choisi Valizo pour ne pas avoir à penser aux bagages. {desc} J'ai déjà écrit deux fois dans le chat sans réponse utile.\n\nJe suis cliente depuis trois ans et je vous ai recommandés autour de moi, mais là ce n'est pas acceptable. Je vous demande une solution rapide et un geste commercial.\n\nBien cordialement,\n{first} {last}",
        "Bonjour à l'équipe Valizo,\n\nje profite de l'entraînement de hand de mon fils pour vous écrire enfin, assise dans la voiture sur le parking du gymnase, parce qu'entre le boulot et le déménagement de mes parents je n'ai pas eu une minute. Voilà : {desc} Ça nous a gâché une bonne partie des vacances et j'ai passé des heures au téléphone.\n\nJ'attends que vous régliez ça.\n\nCordialement,\n{first} {last}",
    ],
}

CHAT_WRAP: dict[str, list[str]] = {
    "de": ["Hallo?? {desc} Was ist da los", "{desc} Ich will jetzt sofort wissen was Sie machen"],
    "fr": [
        "Bonjour ?? {desc} C'est quoi ce délire",
        "{desc} Je veux savoir tout de suite ce que vous faites",
    ],
    "en": ["Hello?? {desc} What is going on"],
    "es": ["Hola?? {desc} Qué está pasando"],
    "it": ["Ciao?? {desc} Cosa sta succedendo"],
    "pt": ["Olá?? {desc} O que se passa"],
}

SOCIAL_WRAP: dict[str, list[str]] = {
    "de": ["{desc} Danke für nichts, Valizo 😡", "Valizo, ernsthaft? {desc}"],
    "fr": ["{desc} Merci pour rien Valizo 😡", "Valizo, sérieusement ? {desc}"],
    "en": ["{desc} Cheers for nothing Valizo 😡"],
    "es": ["{desc} Gracias por nada, Valizo 😡"],
    "it": ["{desc} Grazie di niente Valizo 😡"],
    "pt": ["{desc} Obrigada por nada, Valizo 😡"],
}

FORM_WRAP: dict[str, list[str]] = {
    "de": [
        "{desc} Bitte um Rückmeldung und Lösung.",
        "Reklamation. {desc} Ich möchte mein Geld zurück.",
    ],
    "fr": [
        "{desc} Merci de me recontacter avec une solution.",
        "Réclamation. {desc} Je veux être remboursée.",
    ],
    "en": ["{desc} Please get back to me with a fix."],
    "es": ["{desc} Por favor, contactadme con una solución."],
    "it": ["{desc} Vi prego di ricontattarmi con una soluzione."],
    "pt": ["{desc} Por favor contactem-me com uma solução."],
}

CALL_WRAP: dict[str, list[str]] = {
    "de": [
        "ja hallo hier ist {first} {last} {desc} ich brauche da heute noch eine Lösung",
        "hallo {last} mein Name also {desc} ich bin echt sauer",
    ],
    "fr": [
        "oui bonjour c'est {first} {last} {desc} il me faut une solution aujourd'hui",
        "allô bonjour {last} {desc} je suis vraiment en colère",
    ],
    "en": ["hi it's {first} {last} {desc} I need this sorted today"],
    "es": ["hola soy {first} {last} {desc} necesito una solución hoy"],
    "it": ["pronto buongiorno sono {first} {last} {desc} mi serve una soluzione oggi"],
    "pt": ["olá é a {first} {last} {desc} preciso de uma solução hoje"],
}

#: Agent e-mails: (subject, text)
CASE_OPENED: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first}, es tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns, sobald wir mehr wissen. Viele Grüße, {agent}, Valizo Kundenservice",
    ),
    "fr": (
        "Votre demande {case}",
        "Bonjour {first}, nous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous dès que possible. Cordialement, {agent}, service client Valizo",
    ),
    "en": (
        "Your case {case}",
        "Hi {first}, we're very sorry. We've opened case {case} and will be back to you as soon as we know more. Best, {agent}, Valizo support",
    ),
    "es": (
        "Su incidencia {case}",
        "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y le diremos algo en cuanto sepamos más. Saludos, {agent}, Valizo",
    ),
    "it": (
        "La sua segnalazione {case}",
        "Buongiorno {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e la ricontatteremo appena possibile. Saluti, {agent}, Valizo",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {first}, lamentamos muito. Abrimos o pedido {case} e voltamos a contactar assim que soubermos mais. Cumprimentos, {agent}, Valizo",
    ),
}

CHAT_CASE: dict[str, str] = {
    "de": "Das tut mir sehr leid! Ich habe den Vorgang {case} angelegt, die Kollegen melden sich per Mail.",
    "fr": "Je suis vraiment désolée ! J'ai ouvert le dossier {case}, mes collègues reviennent vers vous par mail.",
    "en": "I'm really sorry! I've opened case {case}, the team will follow up by email.",
    "es": "¡Lo siento mucho! He abierto la incidencia {case}, le escribimos por correo.",
    "it": "Mi dispiace molto! Ho aperto la segnalazione {case}, la ricontattiamo via mail.",
    "pt": "Lamento muito! Abri o pedido {case}, a equipa responde por email.",
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "de": (
        "Gute Nachrichten zu {case}",
        "Hallo {first}, gute Nachrichten zu Ihrem Vorgang {case}: wir haben das geklärt und den Betrag gutgeschrieben bzw. die Abholung neu eingeplant. Können Sie kurz bestätigen, dass jetzt alles passt? Viele Grüße, {agent}",
    ),
    "fr": (
        "Bonne nouvelle pour {case}",
        "Bonjour {first}, bonne nouvelle pour votre dossier {case} : c'est réglé, le montant est recrédité ou l'enlèvement replanifié. Pouvez-vous nous confirmer que tout est en ordre ? Cordialement, {agent}",
    ),
    "en": (
        "Good news on {case}",
        "Hi {first}, good news on your case {case}: it's sorted, the amount is credited or the pickup rebooked. Could you confirm all is well now? Best, {agent}",
    ),
    "es": (
        "Buenas noticias sobre {case}",
        "Hola {first}, buenas noticias sobre su incidencia {case}: está resuelta. ¿Nos confirma que todo está bien? Saludos, {agent}",
    ),
    "it": (
        "Buone notizie su {case}",
        "Buongiorno {first}, buone notizie sulla segnalazione {case}: è risolta. Può confermarci che ora è tutto a posto? Saluti, {agent}",
    ),
    "pt": (
        "Boas notícias sobre {case}",
        "Olá {first}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar que está tudo bem? Cumprimentos, {agent}",
    ),
}

QUALITY: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorgang {case} bei unserer Qualitätsleitung",
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Viele Grüße, {agent}",
    ),
    "fr": (
        "Votre dossier {case} transmis à la responsable qualité",
        "Bonjour {first}, votre dossier {case} est entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. Cordialement, {agent}",
    ),
    "en": (
        "Your case {case} is with our quality lead",
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Best, {agent}",
    ),
    "es": (
        "Su incidencia {case} pasa a calidad",
        "Hola {first}, su incidencia {case} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes a mediodía. {agent}",
    ),
    "it": (
        "La sua segnalazione {case} alla responsabile qualità",
        "Buongiorno {first}, la segnalazione {case} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. {agent}",
    ),
    "pt": (
        "O seu pedido {case} passou para a qualidade",
        "Olá {first}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia. {agent}",
    ),
}

URGENT: dict[str, str] = {
    "de": "Ich habe das zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert.",
    "fr": "J'ai ajouté ça au dossier {case} et l'ai marqué urgent.",
    "en": "I've added this to case {case} and marked it urgent.",
    "es": "Lo he añadido a la incidencia {case} y marcado como urgente.",
    "it": "L'ho aggiunto alla segnalazione {case} e segnata come urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}

#: Later contacts about the same open case: second, third (a competitor) and fourth.
LATER2: dict[str, list[str]] = {
    "de": [
        "Vorgang {case}: immer noch nichts passiert. {desc}",
        "Ich schreibe nochmal wegen {case}, es ist weiterhin offen. {desc}",
        "Wieder ich, {case}. Noch immer keine Lösung. {desc}",
    ],
    "fr": [
        "Dossier {case} : toujours rien. {desc}",
        "Je relance pour {case}, c'est toujours ouvert. {desc}",
        "Encore moi, {case}. Toujours pas de solution. {desc}",
    ],
    "en": ["Case {case}: still nothing. {desc}", "Chasing {case} again, still open. {desc}"],
    "es": ["Incidencia {case}: sigue sin resolver. {desc}"],
    "it": ["Segnalazione {case}: ancora niente. {desc}"],
    "pt": ["Pedido {case}: continua sem solução. {desc}"],
}

LATER3: dict[str, list[str]] = {
    "de": [
        "Das dritte Mal wegen {case}. Ein Kollege verschickt sein Gepäck mit {comp}, da wird sowas am selben Tag geklärt. {desc}",
        "Dritter Kontakt zu {case}, ich habe mir schon angeschaut, was {comp} kostet. {desc}",
    ],
    "fr": [
        "Troisième fois pour {case}. Une collègue passe par {comp}, chez eux c'est réglé le jour même. {desc}",
        "Troisième relance pour {case}, j'ai déjà regardé les tarifs de {comp}. {desc}",
    ],
    "en": [
        "Third time about {case}. A colleague uses {comp} and they sort this the same day. {desc}"
    ],
    "es": ["Tercera vez por {case}. Un compañero usa {comp} y allí lo arreglan en el día. {desc}"],
    "it": ["Terza volta per {case}. Un collega usa {comp} e lì lo risolvono in giornata. {desc}"],
    "pt": [
        "Terceira vez por causa do {case}. Um colega usa a {comp} e lá resolvem no próprio dia. {desc}"
    ],
}

LATER4: dict[str, list[str]] = {
    "de": [
        "Zum VIERTEN Mal: {case} ist offen. {desc} Ich verstehe nicht, wie man so arbeiten kann."
    ],
    "fr": [
        "Pour la QUATRIÈME fois : {case} est toujours ouvert. {desc} Je ne comprends pas comment vous travaillez."
    ],
    "en": ["FOURTH time: {case} is still open. {desc} I don't understand how you work."],
    "es": ["Por CUARTA vez: {case} sigue abierta. {desc}"],
    "it": ["Per la QUARTA volta: {case} è ancora aperta. {desc}"],
    "pt": ["Pela QUARTA vez: {case} continua aberto. {desc}"],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Entschuldigung für meinen Ton gestern, war einfach ein schlechter Tag. Danke, dass Sie sich gekümmert haben.",
        "sorry für gestern, war echt gestresst. Passt jetzt alles, danke",
    ],
    "fr": [
        "Désolée pour mon ton hier, c'était une mauvaise journée. Merci de vous en être occupés.",
        "pardon pour hier j'étais à bout. Tout est ok maintenant merci",
    ],
    "en": ["Sorry for my tone yesterday, bad day. Thanks for sorting it."],
    "es": ["Perdón por el tono de ayer, mal día. Gracias por solucionarlo."],
    "it": ["Scusate per il tono di ieri, brutta giornata. Grazie per aver risolto."],
    "pt": ["Desculpem o tom de ontem, foi um mau dia. Obrigada por resolverem."],
}

#: (subject, text) naming the case.
CONFIRM: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "AW: Gute Nachrichten zu {case}",
            "Ja, bestätigt: {case} ist erledigt, alles passt. Danke!",
        ),
        ("Vorgang {case} erledigt", "Hallo, kann bestätigen, dass {case} gelöst ist. Vielen Dank"),
    ],
    "fr": [
        (
            "RE : Bonne nouvelle pour {case}",
            "Oui, je confirme : {case} est réglé, tout est bon. Merci !",
        ),
        ("Dossier {case} réglé", "Bonjour, je confirme que {case} est résolu. Merci beaucoup"),
    ],
    "en": [("Re: Good news on {case}", "Yes, confirmed: {case} is sorted, all good. Thanks!")],
    "es": [("RE: Buenas noticias sobre {case}", "Sí, confirmo: {case} resuelta. ¡Gracias!")],
    "it": [("R: Buone notizie su {case}", "Sì, confermo: {case} risolta. Grazie!")],
    "pt": [("RE: Boas notícias sobre {case}", "Sim, confirmo: {case} resolvido. Obrigada!")],
}

CSAT_LOW_WORDS: dict[str, list[str]] = {
    "de": ["", "schlecht", "enttäuschend"],
    "fr": ["", "nul", "décevant"],
    "en": ["", "poor"],
    "es": ["", "mal"],
    "it": ["", "pessimo"],
    "pt": ["", "mau"],
}

NPS_LOW_WORDS: dict[str, list[str]] = {
    "de": ["", "So nicht.", "Leider gar nicht zufriedenstellend"],
    "fr": ["", "Pas comme ça.", "Très déçue"],
    "en": ["", "Not like this."],
    "es": ["", "Así no."],
    "it": ["", "Così no."],
    "pt": ["", "Assim não."],
}

#: Six steps of a slide; the last names a competitor.
SLIDE: dict[str, list[str]] = {
    "de": [
        "Koffer diesmal einen Tag später als gebucht angekommen. Kann passieren, hoffe ich.",
        "Schon wieder Verspätung, und das Tracking stand zwei Tage auf „in Zustellung“. Langsam nervt es, Valizo",
        "Die Hotline war 40 Minuten in der Warteschleife. Früher ging das in zwei Minuten.",
        "Skisack kam mit Riss an, Reklamation geht nur per Formular mit sechs Fotos. Ernsthaft?",
        "Jetzt wollen sie 25 € „Übergewicht“ für einen Koffer, den ich zuhause auf 22 kg gewogen habe. Ich bin richtig sauer.",
        "Mein Schwager schickt sein Gepäck mit {comp}, ich habe unsere Skisäcke für Weihnachten jetzt dort gebucht.",
    ],
    "fr": [
        "Valise arrivée un jour plus tard que prévu cette fois. Ça arrive, j'espère.",
        "Encore du retard, et le suivi est resté bloqué deux jours sur « en livraison ». Ça commence à m'agacer, Valizo",
        "40 minutes d'attente à la hotline. Avant c'était deux minutes.",
        "Housse de ski arrivée déchirée, et la réclamation se fait seulement par formulaire avec six photos. Sérieusement ?",
        "Maintenant on me facture 25 € de « surpoids » pour une valise pesée à 22 kg à la maison. Je suis furieuse.",
        "Mon beau-frère envoie ses bagages avec {comp}, j'ai réservé nos skis de Noël chez eux.",
    ],
    "en": [
        "Suitcase a day later than booked this time. These things happen, I suppose.",
        "Late again, and tracking sat on out for delivery for two days. Getting annoying, Valizo",
        "40 minutes on hold on the hotline. Used to be two.",
        "Ski bag arrived torn and claims only go through a form with six photos. Seriously?",
        "Now they want £22 overweight for a case I weighed at 22 kg at home. Properly fuming.",
        "My brother-in-law sends his bags with {comp}, I've booked our Christmas ski bags there.",
    ],
    "es": [
        "La maleta llegó un día más tarde de lo reservado. Puede pasar.",
        "Otra vez tarde, y el seguimiento dos días en reparto. Ya cansa, Valizo",
        "40 minutos en espera en el teléfono. Antes eran dos.",
        "La funda de esquí llegó rota y la reclamación solo con un formulario y seis fotos. ¿En serio?",
        "Ahora me cobran 25 € de sobrepeso por una maleta que pesé en casa con 22 kg. Estoy furiosa.",
        "Mi cuñado envía su equipaje con {comp}, ya he reservado los esquís de Navidad con ellos.",
    ],
    "it": [
        "Valigia arrivata un giorno dopo il previsto. Può capitare.",
        "Di nuovo in ritardo, e il tracking fermo due giorni su in consegna. Comincia a stancare, Valizo",
        "40 minuti in attesa al telefono. Prima erano due.",
        "Sacca da sci arrivata strappata e il reclamo solo con un modulo e sei foto. Davvero?",
        "Ora vogliono 25 € di sovrappeso per una valigia pesata a casa a 22 kg. Sono furioso.",
        "Mio cognato spedisce con {comp}, ho prenotato lì gli sci per Natale.",
    ],
    "pt": [
        "A mala chegou um dia mais tarde do que o marcado. Acontece.",
        "Outra vez atrasado, e o seguimento dois dias em distribuição. Já cansa, Valizo",
        "40 minutos em espera na linha. Antes eram dois.",
        "O saco de ski chegou rasgado e a reclamação só por formulário com seis fotos. A sério?",
        "Agora querem 25 € de excesso de peso por uma mala que pesei em casa com 22 kg. Estou furiosa.",
        "O meu cunhado envia a bagagem com a {comp}, já marquei lá os esquis do Natal.",
    ],
}

#: Leavers: (subject, text).
LEAVE: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kündigung Valizo Plus",
            "Hallo, wir haben mit dem Bonus ein Wohnmobil gekauft, das Gepäck fährt ab jetzt einfach mit. Bitte kündigen Sie mein Valizo Plus und schließen Sie das Konto. Danke für die guten Jahre, {first}",
        ),
        (
            "Plus kündigen und Konto löschen",
            "Guten Tag, wir ziehen aufs Land und reisen kaum noch. Ich möchte Plus kündigen und mein Konto schließen. Grüße {first} {last}",
        ),
    ],
    "fr": [
        (
            "Résiliation Valizo Plus",
            "Bonjour, avec la prime on s'est acheté un camping-car, les bagages voyagent avec nous maintenant. Merci de résilier mon Valizo Plus et de fermer le compte. Merci pour ces années, {first}",
        ),
        (
            "Résilier Plus et fermer le compte",
            "Bonjour, nous déménageons à la campagne et ne voyagerons presque plus. Je souhaite résilier Plus et fermer mon compte. Cordialement, {first} {last}",
        ),
    ],
    "en": [
        (
            "Cancel Valizo Plus",
            "Hi, we bought a camper van with the bonus, so the luggage just comes with us now. Please cancel my Valizo Plus and close the account. Thanks for the good years, {first}",
        )
    ],
    "es": [
        (
            "Baja Valizo Plus",
            "Hola, nos hemos comprado una autocaravana y el equipaje viaja con nosotros. Quiero darme de baja de Plus y cerrar la cuenta. Gracias, {first}",
        )
    ],
    "it": [
        (
            "Disdetta Valizo Plus",
            "Buongiorno, abbiamo comprato un camper e i bagagli viaggiano con noi. Vorrei disdire Plus e chiudere l'account. Grazie, {first}",
        )
    ],
    "pt": [
        (
            "Cancelar Valizo Plus",
            "Olá, comprámos uma autocaravana e a bagagem vai connosco. Quero cancelar o Plus e fechar a conta. Obrigado, {first}",
        )
    ],
}

BYE: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Kündigung",
        "Hallo {first}, schade, dass Sie gehen! Sie können Plus selbst in der App oder auf der Website unter Konto > Kündigen beenden. Alles Gute, {agent}",
    ),
    "fr": (
        "Votre résiliation",
        "Bonjour {first}, dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Résilier. Bonne continuation, {agent}",
    ),
    "en": (
        "Your cancellation",
        "Hi {first}, sorry to see you go! You can cancel yourself in the app or on the website under Account > Cancel. All the best, {agent}",
    ),
    "es": (
        "Su baja",
        "Hola {first}, ¡qué pena! Puede darse de baja en la app o en la web, Cuenta > Baja. {agent}",
    ),
    "it": (
        "La sua disdetta",
        "Buongiorno {first}, ci dispiace! Può disdire da solo nell'app o sul sito, Account > Disdici. {agent}",
    ),
    "pt": (
        "O seu cancelamento",
        "Olá {first}, é uma pena! Pode cancelar na app ou no site, Conta > Cancelar. {agent}",
    ),
}

GRUMBLES: dict[str, list[str]] = {
    "de": [
        "Warum muss ich mich in der App jedes Mal neu einloggen? Nervt.",
        "Die SMS „Fahrer in 30 Minuten“ kam um 6 Uhr früh. Danke auch.",
        "Das Zeitfenster am Samstag ist 4 Stunden lang, wer hat so viel Zeit?",
        "Etiketten drucken im Jahr 2026, echt jetzt.",
        "Die Kartons für Fahrräder sind viel zu knapp geschnitten.",
        "Hotline nur bis 18 Uhr, super für Berufstätige.",
        "Wieder kein Bescheid, dass sich die Lieferzeit ändert.",
    ],
    "fr": [
        "Pourquoi faut-il se reconnecter à l'appli à chaque fois ? Pénible.",
        "Le SMS « chauffeur dans 30 min » à 6 h du matin. Merci bien.",
        "Créneau de 4 h le samedi, qui a le temps pour ça ?",
        "Imprimer des étiquettes en 2026, sérieux.",
        "Les cartons vélo sont bien trop justes.",
        "Hotline jusqu'à 18 h seulement, génial quand on travaille.",
        "Encore pas prévenue du changement d'heure de livraison.",
    ],
    "en": [
        "Why do I have to log in to the app every single time?",
        "The driver-in-30-minutes text came at 6am. Cheers.",
        "Four-hour Saturday slot, who has time for that?",
        "Printing labels in 2026, really.",
    ],
    "es": [
        "¿Por qué hay que volver a entrar en la app cada vez?",
        "El SMS de repartidor en 30 minutos a las 6 de la mañana.",
        "Franja de 4 horas el sábado, ¿quién tiene tiempo?",
        "Imprimir etiquetas en 2026, en serio.",
    ],
    "it": [
        "Perché devo rifare il login nell'app ogni volta?",
        "L'SMS corriere tra 30 minuti alle 6 di mattina.",
        "Fascia di 4 ore il sabato, chi ha tempo?",
        "Stampare etichette nel 2026, davvero.",
    ],
    "pt": [
        "Porque é que tenho de entrar na app sempre de novo?",
        "O SMS estafeta daqui a 30 minutos às 6 da manhã.",
        "Janela de 4 horas ao sábado, quem tem tempo?",
        "Imprimir etiquetas em 2026, a sério.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Express 24 h, kam nach 49 h. Danke Valizo, sehr express 👏",
        "Toll, der Skisack kam an, nur das Etikett vom letzten Kunden klebte auch noch dran. Zwei Ziele für den Preis von einem 😂",
    ],
    "fr": [
        "Express 24 h, arrivé en 49 h. Merci Valizo, très express 👏",
        "Génial, la housse est arrivée avec l'étiquette du client précédent encore collée. Deux destinations pour le prix d'une 😂",
    ],
    "en": ["Express 24 h, arrived in 49. Very express, Valizo 👏"],
    "es": ["Exprés 24 h, llegó en 49. Muy exprés, Valizo 👏"],
    "it": ["Express 24 h, arrivata in 49. Molto express, Valizo 👏"],
    "pt": ["Expresso 24 h, chegou em 49. Muito expresso, Valizo 👏"],
}

#: Mild one-off grumbles (quiet_hours): (question, answer).
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die Zeitfenster-Auswahl lädt ewig, ist das normal?",
            "Danke für den Hinweis, das schauen wir uns an. Jetzt sollte es wieder schneller gehen.",
        ),
        (
            "Die App fragt mich bei jedem Öffnen nach einer Bewertung, etwas viel",
            "Verstehe ich, ich gebe das an das App-Team weiter.",
        ),
    ],
    "fr": [
        (
            "Le choix du créneau met des plombes à charger, c'est normal ?",
            "Merci du signalement, on regarde. Ça devrait aller mieux maintenant.",
        ),
        (
            "L'appli me demande une note à chaque ouverture, c'est un peu lourd",
            "Je comprends, je transmets à l'équipe de l'appli.",
        ),
    ],
    "en": [
        (
            "The slot picker takes ages to load, is that normal?",
            "Thanks for flagging, we're looking at it.",
        )
    ],
    "es": [
        ("El selector de franja tarda muchísimo, ¿es normal?", "Gracias por avisar, lo revisamos.")
    ],
    "it": [
        (
            "La scelta della fascia oraria è lentissima, è normale?",
            "Grazie della segnalazione, verifichiamo.",
        )
    ],
    "pt": [
        ("A escolha da janela horária demora imenso, é normal?", "Obrigado pelo aviso, vamos ver.")
    ],
}

FORM_ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Nachricht",
        "Hallo {first}, danke für Ihre Rückmeldung, wir geben sie an das zuständige Team weiter. Viele Grüße, {agent}",
    ),
    "fr": (
        "Votre message",
        "Bonjour {first}, merci pour votre retour, nous le transmettons à l'équipe concernée. Cordialement, {agent}",
    ),
    "en": (
        "Your message",
        "Hi {first}, thanks for the feedback, we've passed it on. Best, {agent}",
    ),
    "es": (
        "Su mensaje",
        "Hola {first}, gracias por su comentario, lo trasladamos al equipo. {agent}",
    ),
    "it": (
        "Il suo messaggio",
        "Buongiorno {first}, grazie del riscontro, lo giriamo al team. {agent}",
    ),
    "pt": ("A sua mensagem", "Olá {first}, obrigado pelo comentário, passámos à equipa. {agent}"),
}

AGENTS = ["Nadine", "Kevin", "Sophie", "Yannick", "Lena", "Marco", "Inès", "Paul", "Carla", "Joana"]

# --- The planted incident (topic_spike): every bag flagged as lithium dangerous goods.

SPIKE_CODE = "DG-BAT/22"

#: First reports, by channel kind: "post" (social, community), "chat", "mail" ((subject, text)), "form".
SPIKE_POST: dict[str, list[str]] = {
    "de": [
        "Fahrer war da, hat auf sein Gerät geschaut und ist OHNE meinen Koffer wieder gefahren: „Gefahrgut Lithium, Fehler DG-BAT/22“. Da ist keine einzige Batterie drin!! Valizo was soll das",
        "Skisack heute früh nicht mitgenommen, App sagt Sendung abgelehnt DG-BAT/22 Lithiumbatterie. Es sind SKI. Zug geht morgen, Valizo?",
        "Bei uns dasselbe, Fahrer sagt alle Sendungen heute früh zeigen Lithium-Warnung DG-BAT/22 und er darf nichts laden. Golfbag steht noch im Flur",
    ],
    "fr": [
        "Le chauffeur est venu, a regardé son boîtier et est reparti SANS ma valise : « marchandise dangereuse lithium, erreur DG-BAT/22 ». Il n'y a aucune pile dedans !! Valizo c'est quoi ça",
        "Housse de ski refusée ce matin, l'appli dit envoi refusé DG-BAT/22 batterie lithium. Ce sont des SKIS. On part demain, Valizo ?",
        "Pareil ici, le livreur dit que tous les envois de ce matin affichent l'alerte lithium DG-BAT/22 et qu'il ne peut rien charger. Le carton vélo est toujours dans l'entrée",
    ],
    "en": [
        "Driver came, looked at his scanner and left WITHOUT my suitcase: dangerous goods lithium, error DG-BAT/22. There's not a battery in it! Valizo what is this",
        "golf bag refused this morning as lithium dangerous goods DG-BAT/22. it's golf clubs. flight's tomorrow, anyone else?",
    ],
    "es": [
        "El repartidor vino, miró su aparato y se fue SIN la maleta: mercancía peligrosa litio, error DG-BAT/22. ¡No lleva ni una pila! Valizo qué es esto",
        "a mí igual, la bici no se la llevan por DG-BAT/22 litio y NO es eléctrica 🙄",
    ],
    "it": [
        "Il corriere è venuto, ha guardato il palmare ed è ripartito SENZA la valigia: merce pericolosa litio, errore DG-BAT/22. Non c'è neanche una pila! Valizo ma che succede",
        "anche a me, sacca da sci rifiutata DG-BAT/22 batteria al litio. sono SCI",
    ],
    "pt": [
        "O estafeta veio, olhou para o aparelho e foi-se embora SEM a mala: mercadoria perigosa lítio, erro DG-BAT/22. Não tem uma única pilha! Valizo o que é isto",
        "comigo o mesmo, prancha recusada DG-BAT/22 lítio. é uma PRANCHA de surf",
    ],
}

SPIKE_CHAT: dict[str, list[str]] = {
    "de": [
        "hallo der Fahrer nimmt meinen Koffer nicht mit, angeblich Lithiumbatterie, Fehler DG-BAT/22?? da sind nur Klamotten drin",
        "Ihre App hat meinen Skisack als Gefahrgut markiert DG-BAT/22, Fahrer ist weg. Was jetzt",
    ],
    "fr": [
        "bonjour le chauffeur refuse ma valise, soi-disant batterie lithium, erreur DG-BAT/22 ?? il n'y a que des vêtements",
        "Votre appli a classé ma housse de ski en marchandise dangereuse DG-BAT/22, le chauffeur est parti. On fait quoi",
    ],
    "en": [
        "hi the driver won't take my case, says lithium battery error DG-BAT/22?? it's just clothes"
    ],
    "es": [
        "hola el repartidor no se lleva la maleta, dice batería de litio error DG-BAT/22?? solo hay ropa"
    ],
    "it": [
        "ciao il corriere non prende la valigia, dice batteria al litio errore DG-BAT/22?? ci sono solo vestiti"
    ],
    "pt": ["olá o estafeta não leva a mala, diz bateria de lítio erro DG-BAT/22?? só tem roupa"],
}

SPIKE_MAIL: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Abholung abgelehnt DG-BAT/22",
            "Guten Morgen, der Fahrer hat heute um kurz nach 8 meinen Koffer abgelehnt, weil die App ihn als Lithium-Gefahrgut anzeigt (DG-BAT/22). Im Koffer sind Kleidung und Bücher, keine Akkus. Wir fliegen morgen. Bitte dringend um Rückruf. {first} {last}",
        )
    ],
    "fr": [
        (
            "Enlèvement refusé DG-BAT/22",
            "Bonjour, le chauffeur a refusé ma valise ce matin vers 8 h car l'appli l'affiche comme marchandise dangereuse lithium (DG-BAT/22). Il n'y a que des vêtements et des livres, aucune batterie. Nous partons demain. Merci de me rappeler en urgence. {first} {last}",
        )
    ],
    "en": [
        (
            "Pickup refused DG-BAT/22",
            "Morning, the driver refused my suitcase just after 8 because the app shows it as lithium dangerous goods (DG-BAT/22). Clothes and books only. We fly tomorrow. Please call me. {first}",
        )
    ],
    "es": [
        (
            "Recogida rechazada DG-BAT/22",
            "Buenos días, el repartidor rechazó mi maleta porque la app la marca como mercancía peligrosa de litio (DG-BAT/22). Solo lleva ropa. Volamos mañana. {first}",
        )
    ],
    "it": [
        (
            "Ritiro rifiutato DG-BAT/22",
            "Buongiorno, il corriere ha rifiutato la valigia perché l'app la segna come merce pericolosa al litio (DG-BAT/22). Solo vestiti. Partiamo domani. {first}",
        )
    ],
    "pt": [
        (
            "Recolha recusada DG-BAT/22",
            "Bom dia, o estafeta recusou a mala porque a app a marca como mercadoria perigosa de lítio (DG-BAT/22). Só tem roupa. Partimos amanhã. {first}",
        )
    ],
}

SPIKE_FORM: dict[str, list[str]] = {
    "de": [
        "Sendung fälschlich als Lithium-Gefahrgut markiert (DG-BAT/22), Fahrer hat nicht abgeholt. Fahrradkarton ohne E-Bike-Akku! Bitte heute noch abholen."
    ],
    "fr": [
        "Envoi marqué à tort comme marchandise dangereuse lithium (DG-BAT/22), le chauffeur n'a rien pris. Carton vélo sans batterie ! Merci de repasser aujourd'hui."
    ],
    "en": [
        "Send wrongly flagged as lithium dangerous goods (DG-BAT/22), driver didn't collect. Please come back today."
    ],
    "es": [
        "Envío marcado por error como mercancía peligrosa de litio (DG-BAT/22), no lo recogieron."
    ],
    "it": [
        "Spedizione segnata per errore come merce pericolosa al litio (DG-BAT/22), non ritirata."
    ],
    "pt": [
        "Envio marcado por engano como mercadoria perigosa de lítio (DG-BAT/22), não foi recolhido."
    ],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, gerade werden alle Sendungen fälschlich als Lithium-Gefahrgut markiert, unsere Technik arbeitet daran. Wir melden uns, sobald die Fahrer wieder laden dürfen.",
    "fr": "Oui, en ce moment tous les envois sont marqués à tort comme lithium, nos techniciens sont dessus. On revient vers vous dès que les chauffeurs peuvent charger.",
    "en": "Yes, right now every send is wrongly flagged as lithium, our engineers are on it. We'll be in touch as soon as drivers can load again.",
    "es": "Sí, ahora mismo todos los envíos salen marcados como litio por error, los técnicos están en ello.",
    "it": "Sì, in questo momento tutte le spedizioni risultano al litio per errore, i tecnici ci stanno lavorando.",
    "pt": "Sim, neste momento todos os envios aparecem como lítio por engano, a equipa técnica está a tratar.",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "de": [
        "Immer noch DG-BAT/22, jetzt auch bei der Abholung vom Nachbarn. Habe im Chat geschrieben, nichts passiert",
        "Update: zweiter Fahrer, gleiches Spiel, DG-BAT/22. Ich bin fassungslos",
    ],
    "fr": [
        "Toujours DG-BAT/22, même sur le téléphone de mon mari. J'ai écrit au chat, rien",
        "Deuxième passage, même chose, DG-BAT/22. Je n'en reviens pas",
    ],
    "en": [
        "Still DG-BAT/22, second driver same thing",
        "still refused, DG-BAT/22 again on the second attempt. wrote an hour ago, nothing",
    ],
    "es": ["Sigue el DG-BAT/22, segundo repartidor igual"],
    "it": ["Ancora DG-BAT/22, secondo corriere uguale"],
    "pt": ["Continua o DG-BAT/22, segundo estafeta igual"],
}

#: (subject, text): {local} the local time, {credit} the credit in the market's money.
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Abholung heute",
        "Hallo {first}, seit {local} Uhr werden Sendungen wieder korrekt erkannt, der Fahrer kommt heute noch. Die heutige Sendung geht auf uns, {credit} Guthaben sind gebucht. Entschuldigung! {agent}",
    ),
    "fr": (
        "Votre enlèvement aujourd'hui",
        "Bonjour {first}, depuis {local} les envois sont de nouveau reconnus correctement, le chauffeur repasse aujourd'hui. L'envoi du jour est offert, {credit} de crédit ajoutés. Toutes nos excuses ! {agent}",
    ),
    "en": (
        "Your pickup today",
        "Hi {first}, since {local} sends are recognised correctly again and the driver comes back today. Today's send is on us, {credit} credit added. Sorry! {agent}",
    ),
    "es": (
        "Su recogida de hoy",
        "Hola {first}, desde las {local} los envíos vuelven a funcionar, el repartidor pasa hoy. El envío de hoy corre de nuestra cuenta, {credit} de saldo. ¡Perdón! {agent}",
    ),
    "it": (
        "Il suo ritiro di oggi",
        "Buongiorno {first}, dalle {local} le spedizioni sono di nuovo riconosciute, il corriere ripassa oggi. La spedizione di oggi è offerta, {credit} di credito. Ci scusi! {agent}",
    ),
    "pt": (
        "A sua recolha de hoje",
        "Olá {first}, desde as {local} os envios voltaram a funcionar, o estafeta passa hoje. O envio de hoje é por nossa conta, {credit} de crédito. Desculpe! {agent}",
    ),
}

#: Lone questions on the calm Friday before: something that worked. (question, answer)
LONE_Q: dict[str, tuple[str, str]] = {
    "de": (
        "Hallo, beim Buchen für morgen hat die App gefragt, ob im Fahrradkarton ein Akku ist. Ich habe „nein“ angeklickt und es ging durch. Nimmt der Fahrer den Karton morgen dann normal mit?",
        "Hallo! Ja, genau so ist es richtig: ohne Akku ist alles normal, der Fahrer nimmt den Karton morgen mit.",
    ),
    "fr": (
        "Bonjour, en réservant pour demain l'appli m'a demandé s'il y avait une batterie dans le carton vélo. J'ai coché non et c'est passé. Le chauffeur le prendra normalement demain ?",
        "Bonjour ! Oui, c'est exactement ça : sans batterie tout est normal, le chauffeur prendra le carton demain.",
    ),
}
