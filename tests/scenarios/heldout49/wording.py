# ruff: noqa: E501
"""Hand-written wording for heldout49's consumers and its planted spike.

Lagovia: holiday parks (lodges, mobile homes, cottages by lakes and forests), booked by app
and web, with a refundable security deposit, a down payment at booking, free cancellation up
to 30 days before arrival, and the Lagovia Club (a yearly membership: member rates, free
kids' club, late check-out). Written for this set only, from the stories; French and Italian
first (more variants), then German, Spanish, Portuguese and English.

Placeholders: {park} a park, {amt} an amount in the customer's money, {case} a case
reference, {comp} a competitor, {agent} an agent's first name, {time} a local time,
{credit} a credit amount, {day} a weekday.
"""

from __future__ import annotations

BRAND = "Lagovia"
COMPETITORS = ("Boscalune", "Ondamar")
SPIKE_CODE = "CKO-738"

LANGS = ("fr", "it", "de", "es", "pt", "en")

PARKS = {
    "fr": ["Lac des Aulnes", "Moulin de Brassac", "Bois de Sorèze"],
    "it": ["Lago di Serena", "Bosco del Vallone", "Lago Verdino"],
    "de": ["Seeblick Waldau", "Mühlensee"],
    "es": ["Pinar del Embalse", "Lago de Valdemora"],
    "pt": ["Lago Azul de Ferreirim", "Pinhal da Barragem"],
    "en": ["Loch Ardan", "Hollin Water"],
}

FIRST = {
    "fr": [
        "Camille",
        "Julien",
        "Sandrine",
        "Mathieu",
        "Aurélie",
        "Nicolas",
        "Élodie",
        "Thomas",
        "Nathalie",
        "Sébastien",
        "Céline",
        "Guillaume",
        "Émilie",
        "Stéphane",
        "Laëtitia",
        "Olivier",
        "Manon",
        "Frédéric",
        "Chloé",
        "Benoît",
        "Virginie",
        "Romain",
        "Pauline",
        "Cédric",
        "Marion",
        "Damien",
        "Justine",
        "Yannick",
        "Coralie",
        "Jérôme",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Alessandro",
        "Chiara",
        "Davide",
        "Valentina",
        "Matteo",
        "Federica",
        "Luca",
        "Silvia",
        "Andrea",
        "Elisa",
        "Stefano",
        "Martina",
        "Simone",
        "Serena",
        "Riccardo",
        "Ilaria",
        "Paolo",
        "Roberta",
        "Fabio",
        "Alessia",
        "Gianluca",
        "Sara",
        "Emanuele",
        "Beatrice",
        "Lorenzo",
        "Monica",
        "Daniele",
    ],
    "de": [
        "Katrin",
        "Jens",
        "Sabine",
        "Tobias",
        "Anja",
        "Florian",
        "Nicole",
        "Stefan",
        "Julia",
        "Markus",
        "Melanie",
        "Sebastian",
        "Petra",
        "Daniel",
        "Claudia",
        "Uwe",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Elena",
        "Pablo",
        "Cristina",
        "Raúl",
        "Nuria",
        "Álvaro",
        "Beatriz",
        "Iván",
        "Rocío",
        "Diego",
        "Alba",
        "Rubén",
    ],
    "pt": [
        "Inês",
        "Tiago",
        "Mariana",
        "João",
        "Catarina",
        "Rui",
        "Sofia",
        "Pedro",
        "Ana",
        "Nuno",
        "Beatriz",
        "Miguel",
        "Joana",
        "Ricardo",
        "Rita",
        "Hugo",
    ],
    "en": [
        "Emma",
        "James",
        "Sophie",
        "Daniel",
        "Hannah",
        "Liam",
        "Chloe",
        "Ryan",
        "Megan",
        "Conor",
        "Laura",
        "Ciaran",
        "Rachel",
        "Owen",
        "Niamh",
        "Adam",
    ],
}

LAST = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Blanc",
        "Guérin",
        "Muller",
        "Faure",
        "Chevalier",
        "Lambert",
        "Bonnet",
        "Mercier",
        "Dupuis",
        "Lemoine",
        "Roussel",
        "Perrin",
        "Marchand",
        "Gauthier",
        "Renaud",
        "Brunet",
        "Picard",
        "Leclerc",
        "Aubert",
        "Vasseur",
        "Carré",
        "Hubert",
        "Masson",
        "Noël",
        "Barbier",
        "Collet",
        "Deschamps",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Esposito",
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
        "Vitale",
        "Serra",
        "Coppola",
        "Ferri",
        "Pellegrini",
        "Fabbri",
    ],
    "de": [
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Zimmer",
        "Krüger",
        "Hartmann",
        "Lange",
        "Vogel",
        "Friedrich",
        "Keller",
        "Günther",
        "Frank",
        "Berger",
        "Winkler",
        "Roth",
        "Baumann",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Navarro",
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Ortiz",
        "Marín",
        "Iglesias",
        "Medina",
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
        "Alves",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Thompson",
        "Hughes",
        "Kelly",
        "Byrne",
        "Roberts",
        "Evans",
        "Doyle",
        "Lynch",
        "Turner",
        "Carter",
        "Gallagher",
        "Price",
        "Quinn",
        "Morgan",
        "Reilly",
        "Fitzgerald",
        "Harris",
        "Bennett",
        "Kennedy",
        "Foster",
        "Nolan",
        "Ward",
    ],
}

AGENTS = {
    "fr": ["Maëlle", "Bastien", "Inès", "Quentin"],
    "it": ["Noemi", "Tommaso", "Arianna", "Michele"],
    "de": ["Lea", "Jonas"],
    "es": ["Irene", "Marcos"],
    "pt": ["Filipa", "Gonçalo"],
    "en": ["Aoife", "Tom"],
}

#: Towns per market (truth only).
TOWNS = {
    "FR": [
        "Lyon",
        "Nantes",
        "Lille",
        "Dijon",
        "Rennes",
        "Tours",
        "Metz",
        "Angers",
        "Reims",
        "Limoges",
        "Grenoble",
        "Amiens",
    ],
    "BE": ["Namur", "Liège", "Mons", "Wavre"],
    "LU": ["Esch-sur-Alzette", "Differdange"],
    "CH": ["Lausanne", "Lugano", "Fribourg", "Bellinzona", "Neuchâtel", "Sion"],
    "IT": [
        "Bologna",
        "Torino",
        "Verona",
        "Bergamo",
        "Padova",
        "Firenze",
        "Parma",
        "Brescia",
        "Modena",
        "Trento",
        "Pescara",
        "Lecce",
    ],
    "DE": ["Kassel", "Würzburg", "Freiburg", "Bielefeld", "Erfurt", "Mainz"],
    "AT": ["Graz", "Linz", "Salzburg"],
    "ES": ["Zaragoza", "Valladolid", "Murcia", "Bilbao", "Córdoba"],
    "PT": ["Braga", "Coimbra", "Aveiro", "Viseu", "Setúbal"],
    "UK": ["Leeds", "Bristol", "York", "Norwich"],
    "IE": ["Galway", "Limerick", "Cork"],
}

JOBS = {
    "fr": [
        "infirmière",
        "prof des écoles",
        "comptable",
        "chauffeur de bus",
        "pharmacienne",
        "électricien",
        "assistante sociale",
        "boulanger",
        "aide-soignante",
        "technicien SAV",
    ],
    "it": [
        "infermiera",
        "insegnante",
        "geometra",
        "commessa",
        "impiegato comunale",
        "fisioterapista",
        "idraulico",
        "farmacista",
        "barista",
        "ragioniera",
    ],
    "de": ["Erzieherin", "Mechatroniker", "Bürokauffrau", "Polizist", "Hebamme", "Lehrer"],
    "es": ["enfermera", "profesor", "administrativa", "cocinero", "dependienta", "fontanero"],
    "pt": ["enfermeira", "professor", "contabilista", "motorista", "rececionista", "eletricista"],
    "en": ["nurse", "teacher", "bus driver", "accountant", "paramedic", "plumber"],
}

# --- products and pages --------------------------------------------------------------------

#: (label, base price in euros, page)
PRODUCTS = [
    ("Lodge 4 pers., weekend / Lodge 4 pers., week-end", 239.0, "/booking/lodge-4"),
    ("Mobile home 6 pers., week / Mobil-home 6 pers., semaine", 689.0, "/booking/mobile-home-6"),
    ("Cottage 2 pers., midweek / Cottage 2 pers., mi-semaine", 318.0, "/booking/cottage-2"),
    (
        "Lakeside lodge 8 pers., week / Lodge bord de lac 8 pers., semaine",
        1245.0,
        "/booking/lakeside-8",
    ),
    ("Kayak 2 h / Kayak 2 h", 24.0, "/activities/kayak"),
    ("Spa access, 2 adults / Accès spa, 2 adultes", 38.0, "/activities/spa"),
    ("Breakfast basket x4 / Panier petit-déjeuner x4", 31.5, "/extras/breakfast"),
    ("Lagovia Club, yearly / Club Lagovia, annuel", 59.0, "/club/join"),
    ("Treetop trail, family / Parcours accrobranche, famille", 46.0, "/activities/treetop"),
    ("Late check-out / Départ tardif", 19.0, "/extras/late-checkout"),
]

PAGES = [
    "/parks",
    "/parks/map",
    "/offers/autumn",
    "/club",
    "/activities",
    "/help/deposit",
    "/help/cancellation",
    "/account/bookings",
    "/parks/availability",
    "/extras",
]

# --- happy acts ------------------------------------------------------------------------------

PRAISE = {
    "fr": [
        "Week-end au {park} avec les enfants, le lodge était nickel et le lac juste devant. Les petits ont fait du kayak pour la première fois, ils en parlent encore 😍",
        "Franchement rien à redire sur {park}, accueil adorable, chauffage qui marche, lits confortables. On reviendra avant l'été",
        "merci Lagovia pour ce séjour au {park}, la vue depuis la terrasse le matin avec le café c'était le bonheur",
        "Petit séjour en amoureux au {park}, calme absolu, spa très propre. Exactement ce qu'il nous fallait après un hiver pourri",
        "Les gamins ont adoré le club enfants, moi j'ai adoré les 3h de sieste. Top le {park} 👌",
    ],
    "it": [
        "Weekend al {park} con i bambini, il lodge era pulitissimo e il lago a due passi. Mio figlio ha pescato il primo pesce della sua vita 😄",
        "Che pace al {park}. Colazione in veranda, passeggiata nel bosco, sauna la sera. Ci voleva proprio",
        "Grazie Lagovia, soggiorno perfetto al {park}: personale gentilissimo e casetta calda e accogliente",
        "tre giorni al {park} con la nonna e i nipoti, tutto facile anche con la carrozzina. bravi!",
        "Prima volta con Lagovia e sinceramente sorpresa in positivo: check-in dall'app in due minuti, lodge come nelle foto",
    ],
    "de": [
        "Drei Tage im {park}, Lodge blitzsauber, Kinder den ganzen Tag am See. Sehr erholsam!",
        "Kurzurlaub bei Lagovia im {park}: ruhig, freundlich, Sauna top. Kommen wieder.",
    ],
    "es": [
        "Finde en el {park} con los peques, la cabaña genial y el lago a dos pasos. Repetiremos seguro",
        "Qué paz en el {park}, dormimos como troncos. Gracias Lagovia!!",
    ],
    "pt": [
        "Fim de semana no {park} com os miúdos, o lodge impecável e o lago mesmo em frente. Adorámos!",
        "Obrigada Lagovia, estadia tranquila no {park}, pessoal muito simpático",
    ],
    "en": [
        "Long weekend at {park} with the kids, lodge spotless, lake right outside the door. Proper reset.",
        "Can't fault {park}. Friendly staff, warm lodge, the hot tub at night was something else",
    ],
}

PRAISE_AGAIN = {
    "fr": [
        "Troisième séjour au {park} cette année et toujours le même plaisir, on commence à connaître les canards par leur prénom 😂",
        "Encore une fois impeccable chez Lagovia. On y retourne à chaque vacances scolaires maintenant",
        "Re-belote au {park}, et encore la même gentille dame à l'accueil qui se souvenait des enfants",
    ],
    "it": [
        "Terza volta al {park} e ancora una volta tutto perfetto. Ormai è la nostra seconda casa",
        "Di nuovo con Lagovia, di nuovo soddisfatti. I bambini chiedono già quando torniamo",
        "Anche stavolta il {park} non ha deluso, sempre puliti e sempre gentili",
    ],
    "de": [
        "Schon das dritte Mal im {park} und wieder alles bestens. Die Kinder fragen schon nach dem nächsten Mal"
    ],
    "es": ["Tercera vez en el {park} y otra vez de diez. Ya somos de la casa"],
    "pt": ["Mais uma vez no {park} e mais uma vez tudo ótimo. Já é tradição cá em casa"],
    "en": [
        "Back at {park} for the third time this year and it's still brilliant. Same lovely welcome every time"
    ],
}

PRAISE_GRIPE = {
    "fr": [
        "Super séjour au {park}, seul bémol le wifi qui ne passe pas dans le lodge du fond. Sinon parfait",
        "Très bien dans l'ensemble, le lodge était top, juste dommage que la boulangerie du parc ferme à 10h",
        "Accueil au top, lodge propre, enfants ravis. Par contre les oreillers sont vraiment trop plats 😅",
    ],
    "it": [
        "Tutto bello al {park}, unica pecca il parcheggio un po' lontano dal lodge con le valigie. Per il resto 10",
        "Soggiorno ottimo, peccato solo che la piscina chiuda alle 18. Torneremo comunque",
        "lodge stupendo e pulito, solo la macchinetta del caffè era di quelle con le capsule introvabili",
    ],
    "de": [
        "Schöner Aufenthalt im {park}, nur das WLAN in der hinteren Lodge ist ein Witz. Sonst top"
    ],
    "es": [
        "Todo genial en el {park}, solo que las almohadas son finísimas. Por lo demás volveríamos"
    ],
    "pt": ["Muito bom, só a máquina do café é que não funcionava bem. De resto tudo impecável"],
    "en": [
        "Great stay at {park}, only gripe is the shower takes ages to warm up. Otherwise spot on"
    ],
}

CHAT_Q = {
    "fr": [
        "Bonjour, est-ce qu'on peut venir avec notre chien au {park} ?",
        "bjr, le check-in c'est à partir de quelle heure le vendredi ?",
        "Bonjour, les draps sont fournis ou il faut les amener ?",
        "Salut, est-ce que le lodge 4 pers a une chaise haute pour bébé svp",
        "Bonjour, on peut payer la caution en deux fois ?",
    ],
    "it": [
        "Buongiorno, al {park} si possono portare i cani?",
        "ciao, il check-in il venerdì da che ora è?",
        "Salve, le lenzuola sono incluse o bisogna portarle?",
        "Buongiorno, nel lodge c'è il seggiolone per il bimbo? grz",
        "Scusate, la cauzione viene bloccata sulla carta o addebitata?",
    ],
    "de": [
        "Hallo, darf man im {park} einen Hund mitbringen?",
        "Hallo, ab wann ist Check-in am Freitag?",
    ],
    "es": ["Hola, se puede ir con perro al {park}?", "Hola! a qué hora es el check-in el viernes?"],
    "pt": [
        "Olá, pode-se levar o cão para o {park}?",
        "Boa tarde, o check-in sexta é a partir de que horas?",
    ],
    "en": ["Hi, are dogs allowed at {park}?", "Hiya what time is check-in on a Friday?"],
}

CHAT_A = {
    "fr": "Bonjour, c'est {agent} de Lagovia. Je viens de vérifier pour votre séjour : la réponse détaillée est dans votre espace réservation, rubrique 'Mon séjour', et je vous l'envoie aussi par mail. N'hésitez pas si vous avez d'autres questions !",
    "it": "Buongiorno, sono {agent} di Lagovia. Ho appena controllato per il suo soggiorno: trova la risposta completa nella sua area prenotazioni, sezione 'Il mio soggiorno', e gliela mando anche via mail. Per qualsiasi altra domanda siamo qui!",
    "de": "Hallo, hier ist {agent} von Lagovia. Ich habe für Ihren Aufenthalt nachgesehen: Die Antwort steht in Ihrem Buchungsbereich unter 'Mein Aufenthalt', ich schicke sie Ihnen auch per Mail. Melden Sie sich gern bei weiteren Fragen!",
    "es": "Hola, soy {agent} de Lagovia. Lo he mirado para tu estancia: tienes la respuesta en tu área de reservas, en 'Mi estancia', y te la mando también por email. ¡Aquí estamos para lo que necesites!",
    "pt": "Olá, fala a {agent} da Lagovia. Verifiquei para a sua estadia: tem a resposta na sua área de reservas, em 'A minha estadia', e envio-lha também por email. Qualquer dúvida, estamos cá!",
    "en": "Hi, it's {agent} from Lagovia. I've checked for your stay: the answer's in your bookings area under 'My stay', and I'm emailing it to you too. Shout if there's anything else!",
}

THANKS = {
    "fr": ["Merci beaucoup !", "super merci", "Parfait, merci bcp 🙏", "ok top merci"],
    "it": ["Grazie mille!", "perfetto grazie", "Ok grazie, gentilissimi 🙏", "ottimo grz"],
    "de": ["Danke!", "Super, vielen Dank"],
    "es": ["Genial, gracias!", "mil gracias"],
    "pt": ["Obrigada!", "Ótimo, obg"],
    "en": ["Brilliant, thanks!", "cheers"],
}

EMAIL_Q = {
    "fr": [
        (
            "Question séjour",
            "Bonjour,\nNous arrivons samedi au {park} avec ma mère qui marche difficilement. Est-il possible d'avoir un lodge proche du parking ?\nMerci d'avance,",
        ),
        (
            "Club Lagovia",
            "Bonjour, si je prends le Club maintenant, est-ce que le tarif membre s'applique à ma réservation de juillet déjà faite ? Cordialement",
        ),
        (
            "Vélo enfant ?",
            "Bonjour, est-ce qu'il y a des jeux pour les 2-3 ans au {park} ou plutôt pour les plus grands ? Merci",
        ),
    ],
    "it": [
        (
            "Domanda soggiorno",
            "Buongiorno,\narriviamo sabato al {park} con mio padre in sedia a rotelle. È possibile un lodge accessibile vicino al parcheggio?\nGrazie,",
        ),
        (
            "Club Lagovia",
            "Salve, se mi iscrivo al Club ora la tariffa soci vale anche per la prenotazione di agosto già fatta? Cordiali saluti",
        ),
        (
            "Info",
            "Buongiorno, c'è un supermercato vicino al {park} o conviene fare la spesa prima? Grazie",
        ),
    ],
    "de": [
        (
            "Frage",
            "Guten Tag,\nwir kommen Samstag in den {park} mit meiner Mutter, die schlecht zu Fuß ist. Geht eine Lodge nah am Parkplatz?\nDanke und Gruß",
        )
    ],
    "es": [
        (
            "Pregunta",
            "Hola,\nllegamos el sábado al {park} con mi madre que camina mal. ¿Podría ser un lodge cerca del parking?\nGracias",
        )
    ],
    "pt": [
        (
            "Pergunta",
            "Boa tarde,\nchegamos sábado ao {park} com a minha mãe que anda com dificuldade. Dá para ficar num lodge perto do estacionamento?\nObrigado",
        )
    ],
    "en": [
        (
            "Quick question",
            "Hi,\nWe're arriving Saturday at {park} with my mum who isn't great on her feet. Any chance of a lodge near the car park?\nThanks",
        )
    ],
}

EMAIL_A = {
    "fr": (
        "RE : {subject}",
        "Bonjour,\nMerci pour votre message. C'est noté, nous avons fait le nécessaire et l'équipe du parc est prévenue.\nTrès bon séjour,\n{agent}, service clients Lagovia",
    ),
    "it": (
        "R: {subject}",
        "Buongiorno,\ngrazie per il messaggio. Abbiamo preso nota e avvisato il personale del parco.\nBuon soggiorno,\n{agent}, servizio clienti Lagovia",
    ),
    "de": (
        "AW: {subject}",
        "Guten Tag,\ndanke für Ihre Nachricht. Wir haben das notiert und das Team im Park informiert.\nSchönen Aufenthalt,\n{agent}, Lagovia Kundenservice",
    ),
    "es": (
        "RE: {subject}",
        "Hola,\ngracias por tu mensaje. Lo hemos anotado y avisado al equipo del parque.\n¡Buena estancia!\n{agent}, atención al cliente Lagovia",
    ),
    "pt": (
        "RE: {subject}",
        "Olá,\nobrigada pela mensagem. Já ficou registado e a equipa do parque foi avisada.\nBoa estadia,\n{agent}, apoio ao cliente Lagovia",
    ),
    "en": (
        "Re: {subject}",
        "Hi,\nThanks for getting in touch. That's noted and the park team know.\nHave a lovely stay,\n{agent}, Lagovia customer care",
    ),
}

CALL_Q = {
    "fr": [
        "oui bonjour je voulais savoir si on peut arriver plus tard le vendredi genre vers 22h parce qu'on finit tard le boulot et on a trois heures de route",
        "bonjour c'est pour savoir si le spa est compris dans le séjour ou si c'est en plus merci",
    ],
    "it": [
        "sì buongiorno volevo sapere se possiamo arrivare tardi venerdì tipo alle dieci di sera perché usciamo tardi dal lavoro",
        "buongiorno chiamo per sapere se la spa è compresa oppure si paga a parte grazie",
    ],
    "de": [
        "ja guten Tag ich wollte fragen ob wir Freitag auch später anreisen können so gegen zehn Uhr abends"
    ],
    "es": [
        "hola buenas quería saber si podemos llegar tarde el viernes sobre las diez de la noche"
    ],
    "pt": [
        "olá boa tarde queria saber se podemos chegar mais tarde na sexta lá para as dez da noite"
    ],
    "en": [
        "hi there just wondering if we can check in late on friday like ten at night we finish work late"
    ],
}

CALL_FOLLOW = {
    "fr": (
        "Suite à votre appel",
        "Bonjour,\nComme convenu au téléphone, c'est noté dans votre réservation et tout le détail est dans votre espace client.\nBelle journée,\n{agent}, Lagovia",
    ),
    "it": (
        "In seguito alla sua telefonata",
        "Buongiorno,\ncome concordato al telefono, l'abbiamo annotato sulla prenotazione e trova tutti i dettagli nella sua area clienti.\nBuona giornata,\n{agent}, Lagovia",
    ),
    "de": (
        "Ihr Anruf bei Lagovia",
        "Guten Tag,\nwie besprochen ist es in Ihrer Buchung vermerkt.\nViele Grüße,\n{agent}, Lagovia",
    ),
    "es": (
        "Tu llamada a Lagovia",
        "Hola,\ncomo hablamos por teléfono, queda anotado en tu reserva.\nUn saludo,\n{agent}, Lagovia",
    ),
    "pt": (
        "A sua chamada",
        "Olá,\ncomo combinado ao telefone, ficou registado na sua reserva.\nCumprimentos,\n{agent}, Lagovia",
    ),
    "en": (
        "Your call to Lagovia",
        "Hi,\nAs we said on the phone, that's now on your booking.\nAll the best,\n{agent}, Lagovia",
    ),
}

REVIEW = {
    "fr": [
        "Très beau parc, lodges propres et bien équipés. On recommande.",
        "Séjour parfait, personnel aux petits soins, on reviendra.",
        "Calme, nature, enfants heureux. Que demander de plus",
    ],
    "it": [
        "Parco bellissimo, lodge pulito e ben attrezzato. Consigliato.",
        "Soggiorno perfetto, personale gentile. Torneremo.",
        "Natura, silenzio e bambini felici. Cosa chiedere di più",
    ],
    "de": ["Schöner Park, saubere Lodge, nettes Personal. Empfehlenswert."],
    "es": ["Parque precioso, cabaña limpia y completa. Recomendable."],
    "pt": ["Parque lindo, lodge limpo e bem equipado. Recomendo."],
    "en": ["Lovely park, clean well-kitted lodge, friendly staff. Would recommend."],
}

SURVEY_HAPPY = {
    "fr": ["Parfait", "Top", "😍", "Rien à dire, génial", "", "Très bon accueil"],
    "it": ["Perfetto", "Ottimo", "👍", "Tutto bene", "", "Bravissimi"],
    "de": ["Super", "", "Alles gut"],
    "es": ["Genial", "", "Todo perfecto"],
    "pt": ["Excelente", "", "Tudo ótimo"],
    "en": ["Great", "", "Spot on"],
}

NIGHT_POST = {
    "fr": [
        "3h du mat, bébé ne dort pas, et moi je regarde les photos de l'été dernier au {park}. Vivement juillet",
        "Fin de garde de nuit, je réserve le {park} pour la Toussaint avant d'aller me coucher 😴",
        "Insomnie... du coup j'ai planifié tout le week-end au {park}. Kayak samedi, spa dimanche",
    ],
    "it": [
        "Le tre di notte e io sto guardando le foto del {park} dell'estate scorsa. Non vedo l'ora di tornarci",
        "Finito il turno di notte in ospedale, prenotato il {park} per Ognissanti. Ora a nanna",
        "Insonnia, quindi ho organizzato tutto il weekend al {park}. Kayak sabato e spa domenica",
    ],
    "de": [
        "Nachtschicht vorbei, schnell noch den {park} für die Herbstferien gebucht. Jetzt ins Bett"
    ],
    "es": [
        "Las 3 de la mañana y yo mirando fotos del {park} del verano pasado. Qué ganas de volver"
    ],
    "pt": ["Três da manhã e eu a ver fotos do {park} do verão passado. Que saudades"],
    "en": ["Night shift done, booked {park} for half term before bed. Bliss"],
}

NIGHT_CHAT_Q = {
    "fr": [
        "Bonsoir, on arrive très tard ce soir, la boîte à clés est ouverte toute la nuit ?",
        "bonsoir dsl de l'heure, on arrive vers 2h, le code du portail on le trouve où ?",
    ],
    "it": [
        "Buonasera, arriviamo tardissimo stanotte, la cassetta delle chiavi è aperta tutta la notte?",
        "scusate l'ora, arriviamo verso le 2, il codice del cancello dove lo troviamo?",
    ],
    "de": ["Hallo, wir kommen sehr spät an, ist die Schlüsselbox die ganze Nacht offen?"],
    "es": ["Hola, llegamos muy tarde esta noche, el cajetín de llaves está abierto toda la noche?"],
    "pt": ["Olá, chegamos muito tarde hoje, a caixa das chaves está aberta a noite toda?"],
    "en": ["Hi, getting in really late tonight, is the key box open all night?"],
}

NIGHT_CHAT_A = {
    "fr": "Bonsoir, {agent} de Lagovia. Oui, tout est accessible la nuit, le code est dans votre appli. Bonne route !",
    "it": "Buonasera, {agent} di Lagovia. Sì, è tutto accessibile anche di notte, il codice è nell'app. Buon viaggio!",
    "de": "Guten Abend, {agent} von Lagovia. Ja, alles ist nachts zugänglich, der Code steht in der App. Gute Fahrt!",
    "es": "Buenas noches, {agent} de Lagovia. Sí, todo está accesible de noche, el código está en la app. ¡Buen viaje!",
    "pt": "Boa noite, {agent} da Lagovia. Sim, está tudo acessível à noite, o código está na app. Boa viagem!",
    "en": "Evening, {agent} from Lagovia. Yes, it's all open overnight, the code's in your app. Safe trip!",
}

# --- the six consumer problems ---------------------------------------------------------------

PROBLEMS = ("booking_lost", "double_charge", "lodge_state", "refund", "wrong_price", "cancel_fee")

#: Short noun phrases, for follow-ups and subjects.
PNOUN = {
    "fr": {
        "booking_lost": "réservation introuvable à l'arrivée",
        "double_charge": "acompte prélevé deux fois",
        "lodge_state": "lodge insalubre",
        "refund": "caution non remboursée",
        "wrong_price": "tarif membre non appliqué",
        "cancel_fee": "frais d'annulation injustifiés",
    },
    "it": {
        "booking_lost": "prenotazione sparita all'arrivo",
        "double_charge": "acconto addebitato due volte",
        "lodge_state": "lodge in condizioni pessime",
        "refund": "cauzione non restituita",
        "wrong_price": "tariffa soci non applicata",
        "cancel_fee": "penale di cancellazione ingiusta",
    },
    "de": {
        "booking_lost": "Buchung bei Anreise nicht auffindbar",
        "double_charge": "Anzahlung doppelt abgebucht",
        "lodge_state": "Lodge in schlimmem Zustand",
        "refund": "Kaution nicht zurück",
        "wrong_price": "Club-Preis nicht berechnet",
        "cancel_fee": "Stornogebühr zu Unrecht",
    },
    "es": {
        "booking_lost": "reserva desaparecida al llegar",
        "double_charge": "señal cobrada dos veces",
        "lodge_state": "cabaña en mal estado",
        "refund": "fianza sin devolver",
        "wrong_price": "sin tarifa de socio",
        "cancel_fee": "penalización de cancelación injusta",
    },
    "pt": {
        "booking_lost": "reserva desaparecida à chegada",
        "double_charge": "sinal cobrado duas vezes",
        "lodge_state": "lodge em mau estado",
        "refund": "caução não devolvida",
        "wrong_price": "tarifa de sócio não aplicada",
        "cancel_fee": "taxa de cancelamento injusta",
    },
    "en": {
        "booking_lost": "booking missing on arrival",
        "double_charge": "deposit taken twice",
        "lodge_state": "lodge in a state",
        "refund": "security deposit not returned",
        "wrong_price": "Club rate not applied",
        "cancel_fee": "unfair cancellation fee",
    },
}

#: Base amounts in euros per problem (converted to the market's money).
PROBLEM_AMOUNT = {
    "booking_lost": 186,
    "double_charge": 214,
    "lodge_state": 0,
    "refund": 300,
    "wrong_price": 97,
    "cancel_fee": 143,
}

SHORT = {
    "fr": {
        "booking_lost": [
            "Arrivés vendredi 21h au {park} après 6h de route avec 3 enfants, et à l'accueil AUCUNE réservation à notre nom. J'ai la confirmation sous les yeux ! Le lodge a été donné à quelqu'un d'autre, on a dormi à l'hôtel à 40 km pour {amt}. Je veux une explication et un remboursement.",
            "Votre appli dit CONFIRMÉ, votre accueil dit 'on n'a rien'. Résultat nuit dans la voiture puis hôtel à {amt}. C'est inadmissible.",
        ],
        "double_charge": [
            "L'acompte de {amt} a été prélevé DEUX fois sur ma carte pour la même réservation. Mon compte est à découvert à cause de vous. Remboursez le deuxième prélèvement immédiatement svp.",
            "Bonjour, double prélèvement de {amt} pour une seule réservation, ma banque me facture des agios. Merci de régulariser au plus vite.",
        ],
        "lodge_state": [
            "Lodge au {park} dans un état lamentable : moisissure noire dans la douche, radiateur mort, matelas taché. On a dû dormir habillés. Pour le prix c'est honteux.",
            "Arrivée ce soir, le lodge sent l'humidité, champignons au plafond de la salle de bain, et le chauffage ne marche pas. Avec un bébé de 8 mois. Je suis furieuse.",
        ],
        "refund": [
            "Ma caution de {amt} n'est toujours pas débloquée, ça fait TROIS semaines qu'on est rentrés et l'état des lieux était parfait. Ça suffit.",
            "Bonjour, trois semaines après le départ toujours pas de remboursement de la caution ({amt}). Personne ne répond. Merci de faire le nécessaire.",
        ],
        "wrong_price": [
            "Je suis membre du Club depuis deux ans et on m'a facturé le tarif public, soit {amt} de plus. Le Club sert à quoi exactement ?",
            "Tarif membre pas appliqué sur ma résa alors que ma carte Club est valide jusqu'en 2027. Différence {amt}. Merci de corriger.",
        ],
        "cancel_fee": [
            "J'ai annulé 5 SEMAINES avant l'arrivée, l'annulation est gratuite jusqu'à 30 jours, et vous me prenez {amt} de frais. C'est du vol.",
            "Bonjour, frais d'annulation de {amt} alors que j'ai annulé bien avant la limite des 30 jours (j'ai le mail). Je conteste.",
        ],
    },
    "it": {
        "booking_lost": [
            "Arrivati venerdì alle 21 al {park} dopo 6 ore di macchina con tre bambini e alla reception NESSUNA prenotazione a nostro nome. Ho la conferma qui! Il lodge l'avevano dato ad altri, abbiamo dormito in albergo a 40 km spendendo {amt}. Voglio spiegazioni e il rimborso.",
            "L'app dice CONFERMATA, la reception dice 'non risulta niente'. Notte in macchina e poi albergo da {amt}. Vergognoso.",
        ],
        "double_charge": [
            "L'acconto di {amt} mi è stato addebitato DUE volte per la stessa prenotazione. Sono andata in rosso per colpa vostra. Rimborsate subito il secondo addebito.",
            "Buongiorno, doppio addebito di {amt} per una sola prenotazione, la banca mi fa pagare anche le commissioni. Vi chiedo di sistemare al più presto.",
        ],
        "lodge_state": [
            "Lodge al {park} in condizioni pietose: muffa nera nella doccia, termosifone morto, materasso macchiato. Abbiamo dormito vestiti. Per quello che costa è una vergogna.",
            "Appena arrivati, il lodge puzza di umido, muffa sul soffitto del bagno e il riscaldamento non va. Con una bimba di 8 mesi. Sono furiosa.",
        ],
        "refund": [
            "La cauzione di {amt} non è ancora stata sbloccata, sono TRE settimane che siamo tornati e il check-out era perfetto. Basta.",
            "Buongiorno, a tre settimane dalla partenza ancora nessun rimborso della cauzione ({amt}). Nessuno risponde. Vi prego di provvedere.",
        ],
        "wrong_price": [
            "Sono socio del Club da due anni e mi avete fatto pagare la tariffa pubblica, {amt} in più. A cosa serve il Club allora?",
            "Tariffa soci non applicata alla prenotazione anche se la tessera Club scade nel 2027. Differenza {amt}. Correggete per favore.",
        ],
        "cancel_fee": [
            "Ho cancellato 5 SETTIMANE prima dell'arrivo, la cancellazione è gratuita fino a 30 giorni e mi prendete {amt} di penale. È un furto.",
            "Buongiorno, penale di {amt} anche se ho disdetto ben prima dei 30 giorni (ho la mail). Contesto l'addebito.",
        ],
    },
    "de": {
        "booking_lost": [
            "Freitag 21 Uhr nach 6 Stunden Fahrt im {park} angekommen, an der Rezeption KEINE Buchung auf unseren Namen. Ich habe die Bestätigung! Lodge an andere vergeben, Hotel 40 km weiter für {amt}. Ich will eine Erklärung und mein Geld."
        ],
        "double_charge": [
            "Die Anzahlung von {amt} wurde ZWEIMAL von meiner Karte abgebucht, gleiche Buchung. Konto im Minus wegen Ihnen. Bitte sofort zurückbuchen."
        ],
        "lodge_state": [
            "Lodge im {park} in katastrophalem Zustand: Schimmel in der Dusche, Heizung kaputt, fleckige Matratze. Wir haben angezogen geschlafen. Eine Frechheit für den Preis."
        ],
        "refund": [
            "Meine Kaution von {amt} ist nach DREI Wochen immer noch nicht freigegeben, obwohl die Abnahme einwandfrei war. Es reicht."
        ],
        "wrong_price": [
            "Ich bin seit zwei Jahren im Club und zahle trotzdem den normalen Preis, {amt} mehr. Wofür ist der Club eigentlich da?"
        ],
        "cancel_fee": [
            "Ich habe 5 WOCHEN vorher storniert, kostenlos bis 30 Tage, und Sie buchen {amt} Stornogebühr ab. Das ist Abzocke."
        ],
    },
    "es": {
        "booking_lost": [
            "Llegamos el viernes a las 21h al {park} tras 6 horas de coche con tres niños y en recepción NINGUNA reserva a nuestro nombre. ¡Tengo la confirmación! Dieron la cabaña a otros, hotel a 40 km por {amt}. Quiero una explicación y el dinero."
        ],
        "double_charge": [
            "Me habéis cobrado la señal de {amt} DOS veces por la misma reserva. Estoy en números rojos por vuestra culpa. Devolved el segundo cargo ya."
        ],
        "lodge_state": [
            "La cabaña del {park} en un estado lamentable: moho negro en la ducha, radiador muerto, colchón con manchas. Dormimos vestidos. Una vergüenza por lo que cuesta."
        ],
        "refund": [
            "La fianza de {amt} sigue sin desbloquearse, TRES semanas después y la salida fue perfecta. Ya está bien."
        ],
        "wrong_price": [
            "Soy socia del Club desde hace dos años y me habéis cobrado tarifa normal, {amt} más. ¿Para qué sirve el Club?"
        ],
        "cancel_fee": [
            "Cancelé 5 SEMANAS antes, gratis hasta 30 días, y me cobráis {amt} de penalización. Esto es un robo."
        ],
    },
    "pt": {
        "booking_lost": [
            "Chegámos sexta às 21h ao {park} depois de 6 horas de carro com três filhos e na receção NENHUMA reserva em nosso nome. Tenho a confirmação! Deram o lodge a outros, hotel a 40 km por {amt}. Quero explicações e o reembolso."
        ],
        "double_charge": [
            "O sinal de {amt} foi cobrado DUAS vezes pela mesma reserva. Fiquei com a conta a descoberto por vossa causa. Devolvam já o segundo débito."
        ],
        "lodge_state": [
            "O lodge no {park} estava num estado lastimável: bolor na casa de banho, aquecimento avariado, colchão manchado. Dormimos vestidos. Uma vergonha pelo preço."
        ],
        "refund": [
            "A caução de {amt} continua sem ser libertada, TRÊS semanas depois e a saída foi impecável. Chega."
        ],
        "wrong_price": [
            "Sou sócia do Clube há dois anos e cobraram-me a tarifa normal, {amt} a mais. Para que serve o Clube?"
        ],
        "cancel_fee": [
            "Cancelei 5 SEMANAS antes, grátis até 30 dias, e cobram-me {amt} de taxa. Isto é um roubo."
        ],
    },
    "en": {
        "booking_lost": [
            "Got to {park} at 9pm Friday after six hours in the car with three kids and reception had NO booking for us. I have the confirmation right here! Lodge given to someone else, hotel 40 km away for {amt}. I want an explanation and my money back."
        ],
        "double_charge": [
            "You've taken the {amt} deposit TWICE for the same booking. I'm overdrawn because of you. Refund the second payment now please."
        ],
        "lodge_state": [
            "Lodge at {park} is a disgrace: black mould in the shower, dead radiator, stained mattress. We slept in our clothes. Shameful for the price."
        ],
        "refund": [
            "My {amt} security deposit still isn't released THREE weeks after we left, and the check-out was perfect. Enough."
        ],
        "wrong_price": [
            "I've been a Club member two years and got charged the public rate, {amt} more. What's the Club for then?"
        ],
        "cancel_fee": [
            "I cancelled 5 WEEKS before arrival, free up to 30 days, and you've charged me {amt}. That's theft."
        ],
    },
}

SUBJECT_COMPLAINT = {
    "fr": "Réclamation : {noun}",
    "it": "Reclamo: {noun}",
    "de": "Beschwerde: {noun}",
    "es": "Reclamación: {noun}",
    "pt": "Reclamação: {noun}",
    "en": "Complaint: {noun}",
}

SOCIAL_COMPLAINT = {
    "fr": {
        "booking_lost": "Lagovia vous m'expliquez comment une réservation CONFIRMÉE disparaît ?? 3 enfants, 21h, dehors. Merci pour rien",
        "double_charge": "Lagovia prélève l'acompte deux fois et bien sûr personne ne répond au téléphone. Génial.",
        "lodge_state": "Moisissure dans la douche, chauffage HS, bébé de 8 mois. Lagovia c'est ça vos lodges 'premium' ?",
        "refund": "Trois semaines que Lagovia garde ma caution de {amt}. Quelqu'un a eu le même problème ?",
        "wrong_price": "Membre du Club Lagovia et facturé plein tarif. Le Club c'est juste pour encaisser la cotisation ?",
        "cancel_fee": "Annulé 5 semaines avant et Lagovia me prend quand même {amt}. Lisez bien les petites lignes les gens",
    },
    "it": {
        "booking_lost": "Lagovia mi spiegate come fa a sparire una prenotazione CONFERMATA?? tre bambini, ore 21, fuori. Grazie di niente",
        "double_charge": "Lagovia mi addebita l'acconto due volte e ovviamente al telefono non risponde nessuno. Complimenti.",
        "lodge_state": "Muffa nella doccia, riscaldamento rotto, bimba di 8 mesi. Lagovia questi sono i lodge 'premium'?",
        "refund": "Sono tre settimane che Lagovia si tiene la mia cauzione di {amt}. Capitato anche a voi?",
        "wrong_price": "Socio del Club Lagovia e pago tariffa piena. Il Club serve solo a incassare la quota?",
        "cancel_fee": "Disdetto 5 settimane prima e Lagovia mi prende lo stesso {amt}. Leggete le clausole gente",
    },
    "de": {
        p: "Lagovia: " + t
        for p, t in {
            "booking_lost": "bestätigte Buchung einfach weg, drei Kinder, 21 Uhr. Danke für nichts",
            "double_charge": "Anzahlung doppelt abgebucht und telefonisch niemand erreichbar. Toll.",
            "lodge_state": "Schimmel in der Dusche, Heizung tot, Baby dabei. Das sind eure 'Premium'-Lodges?",
            "refund": "seit drei Wochen wartet man auf die Kaution von {amt}. Jemand das gleiche Problem?",
            "wrong_price": "Club-Mitglied und voller Preis. Der Club ist wohl nur zum Abkassieren da",
            "cancel_fee": "5 Wochen vorher storniert und trotzdem {amt} weg. Kleingedrucktes lesen Leute",
        }.items()
    },
    "es": {
        p: "Lagovia " + t
        for p, t in {
            "booking_lost": "cómo desaparece una reserva CONFIRMADA?? tres niños, las 21h, en la calle. Gracias por nada",
            "double_charge": "me cobra la señal dos veces y nadie coge el teléfono. Genial.",
            "lodge_state": "moho en la ducha, calefacción rota y un bebé. Estas son las cabañas 'premium'?",
            "refund": "lleva tres semanas con mi fianza de {amt}. A alguien más le pasa?",
            "wrong_price": "socia del Club y me cobran tarifa completa. El Club es solo para cobrar la cuota?",
            "cancel_fee": "cancelo 5 semanas antes y aun así me quitan {amt}. Leed la letra pequeña",
        }.items()
    },
    "pt": {
        p: "Lagovia " + t
        for p, t in {
            "booking_lost": "como é que desaparece uma reserva CONFIRMADA?? três filhos, 21h, na rua. Obrigado por nada",
            "double_charge": "cobra o sinal duas vezes e ninguém atende o telefone. Fantástico.",
            "lodge_state": "bolor no duche, aquecimento avariado e um bebé. São estes os lodges 'premium'?",
            "refund": "há três semanas com a minha caução de {amt}. Mais alguém?",
            "wrong_price": "sócia do Clube e cobram tarifa cheia. O Clube é só para cobrar a quota?",
            "cancel_fee": "cancelei 5 semanas antes e mesmo assim ficam com {amt}. Leiam as letras pequenas",
        }.items()
    },
    "en": {
        p: "Lagovia " + t
        for p, t in {
            "booking_lost": "how does a CONFIRMED booking just vanish?? three kids, 9pm, nowhere to sleep. Thanks for nothing",
            "double_charge": "takes the deposit twice and nobody answers the phone. Great stuff.",
            "lodge_state": "mould in the shower, heating dead, with a baby. These are your 'premium' lodges?",
            "refund": "has had my {amt} deposit for three weeks now. Anyone else?",
            "wrong_price": "Club member and charged full whack. Is the Club just to take the fee?",
            "cancel_fee": "cancelled 5 weeks out and still kept {amt}. Read the small print folks",
        }.items()
    },
}

CALL_COMPLAINT = {
    "fr": {
        "booking_lost": "oui bonjour alors voilà on est devant l'accueil du {park} avec les enfants il est neuf heures du soir et ils ont pas notre réservation alors que j'ai le mail de confirmation là sur mon téléphone qu'est-ce qu'on fait",
        "double_charge": "bonjour j'appelle parce que vous m'avez prélevé l'acompte deux fois {amt} et {amt} pour la même réservation et là je suis à découvert",
        "lodge_state": "oui bonjour on vient d'arriver au {park} et le lodge c'est pas possible il y a de la moisissure partout dans la douche et le chauffage marche pas on a un bébé",
        "refund": "bonjour je vous appelle pour la caution de {amt} ça fait trois semaines qu'on est partis et toujours rien sur mon compte",
        "wrong_price": "bonjour alors je suis membre du club et on m'a pas appliqué le tarif membre sur ma réservation ça fait {amt} de différence quand même",
        "cancel_fee": "oui bonjour j'ai annulé cinq semaines avant et vous m'avez pris {amt} de frais d'annulation je comprends pas c'est gratuit jusqu'à trente jours non",
    },
    "it": {
        "booking_lost": "sì buongiorno allora siamo davanti alla reception del {park} coi bambini sono le nove di sera e non trovano la nostra prenotazione ma io ho la mail di conferma qui sul telefono cosa facciamo",
        "double_charge": "buongiorno chiamo perché mi avete addebitato l'acconto due volte {amt} e {amt} per la stessa prenotazione e adesso sono in rosso",
        "lodge_state": "sì buongiorno siamo appena arrivati al {park} e il lodge è impossibile c'è muffa dappertutto nella doccia e il riscaldamento non funziona abbiamo una neonata",
        "refund": "buongiorno chiamo per la cauzione di {amt} sono tre settimane che siamo partiti e ancora niente sul conto",
        "wrong_price": "buongiorno allora io sono socio del club e non mi avete applicato la tariffa soci sono {amt} di differenza",
        "cancel_fee": "sì buongiorno ho cancellato cinque settimane prima e mi avete preso {amt} di penale non capisco è gratis fino a trenta giorni no",
    },
    "de": {
        "booking_lost": "ja guten Abend wir stehen vor der Rezeption im {park} mit den Kindern es ist neun Uhr abends und die haben unsere Buchung nicht obwohl ich die Bestätigung hier auf dem Handy habe",
        "double_charge": "guten Tag ich rufe an weil Sie die Anzahlung zweimal abgebucht haben zweimal {amt} für dieselbe Buchung",
        "lodge_state": "ja hallo wir sind gerade im {park} angekommen und die Lodge geht gar nicht Schimmel in der Dusche und die Heizung geht nicht wir haben ein Baby dabei",
        "refund": "guten Tag es geht um die Kaution {amt} wir sind seit drei Wochen zurück und es ist immer noch nichts da",
        "wrong_price": "guten Tag ich bin im Club und mir wurde der normale Preis berechnet das sind {amt} Unterschied",
        "cancel_fee": "ja hallo ich habe fünf Wochen vorher storniert und Sie haben {amt} Stornogebühr genommen das ist doch kostenlos bis dreißig Tage",
    },
    "es": {
        "booking_lost": "hola buenas noches estamos en la recepción del {park} con los niños son las nueve y no encuentran nuestra reserva y tengo la confirmación aquí en el móvil",
        "double_charge": "hola llamo porque me habéis cobrado la señal dos veces {amt} y {amt} por la misma reserva",
        "lodge_state": "hola acabamos de llegar al {park} y la cabaña no puede ser hay moho en la ducha y no va la calefacción y tenemos un bebé",
        "refund": "hola llamo por la fianza de {amt} hace tres semanas que nos fuimos y todavía nada",
        "wrong_price": "hola soy socio del club y no me han aplicado la tarifa de socio son {amt} de diferencia",
        "cancel_fee": "hola cancelé cinco semanas antes y me han cobrado {amt} de penalización si es gratis hasta treinta días",
    },
    "pt": {
        "booking_lost": "olá boa noite estamos na receção do {park} com os miúdos são nove da noite e não encontram a nossa reserva e eu tenho a confirmação aqui no telemóvel",
        "double_charge": "olá estou a ligar porque me cobraram o sinal duas vezes {amt} e {amt} pela mesma reserva",
        "lodge_state": "olá acabámos de chegar ao {park} e o lodge não dá bolor no duche e o aquecimento não funciona e temos um bebé",
        "refund": "olá é por causa da caução de {amt} já saímos há três semanas e ainda nada",
        "wrong_price": "olá sou sócio do clube e não me aplicaram a tarifa de sócio são {amt} de diferença",
        "cancel_fee": "olá cancelei cinco semanas antes e cobraram-me {amt} de taxa se é grátis até trinta dias",
    },
    "en": {
        "booking_lost": "hi yeah we're standing at reception at {park} with the kids it's nine at night and they've no booking for us but I've got the confirmation right here on my phone",
        "double_charge": "hi I'm ringing because you've taken the deposit twice {amt} and {amt} for the same booking",
        "lodge_state": "hi we've just arrived at {park} and the lodge is a joke there's mould all over the shower and the heating's not working and we've a baby",
        "refund": "hi it's about my {amt} security deposit we left three weeks ago and still nothing",
        "wrong_price": "hi I'm a club member and I wasn't given the member rate that's {amt} difference",
        "cancel_fee": "hi I cancelled five weeks before and you charged me {amt} I thought it was free up to thirty days",
    },
}

#: Long e-mails: the complaint inside a letter ({complaint} is a SHORT text).
LONG_EMAIL = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, la petite a encore une otite, donc pardon si c'est un peu décousu. Nous sommes clients chez vous depuis quatre ans, nous avons fait le {park} deux fois et nous en avions toujours parlé autour de nous avec enthousiasme. Ce printemps était censé être notre pause après une année compliquée (mon mari a changé de poste, ma mère a déménagé chez nous).\n\n{complaint}\n\nJe ne demande pas la lune : qu'on me réponde, qu'on m'explique, et qu'on répare. J'ai les captures d'écran et les mails si besoin.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nJe prends le temps de vous écrire un dimanche soir, entre deux lessives et les cartables à préparer, parce que je pense que vous devez savoir ce qui s'est passé. Nous avions réservé en janvier, tout payé à temps, et j'avais même pris le Club pour faire plaisir aux enfants.\n\n{complaint}\n\nJ'ai toujours défendu Lagovia auprès de mes collègues. Aujourd'hui j'hésite. J'attends votre retour rapidement.\n\nBien à vous,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dal parcheggio della palestra mentre aspetto mio figlio che esce dall'allenamento, quindi scusate se sarò un po' disordinata. Siamo vostri clienti da quattro anni, siamo stati al {park} due volte e ne abbiamo sempre parlato bene a tutti. Questa primavera doveva essere la nostra pausa dopo un inverno pesante (trasloco di mia suocera da noi, lavori in casa).\n\n{complaint}\n\nNon chiedo la luna: una risposta, una spiegazione e che si rimedi. Ho screenshot e mail se servono.\n\nCordiali saluti,\n{name}",
        "Gentili signori,\n\nmi prendo il tempo di scrivervi di domenica sera, tra una lavatrice e gli zaini da preparare, perché credo che dobbiate sapere cosa è successo. Avevamo prenotato a gennaio, pagato tutto in tempo, e avevo perfino fatto il Club per i bambini.\n\n{complaint}\n\nHo sempre difeso Lagovia con i colleghi. Oggi non so più. Attendo una vostra risposta rapida.\n\nDistinti saluti,\n{name}",
    ],
}

CASE_CHAT_A = {
    "fr": "Bonjour, {agent} de Lagovia. Je suis vraiment désolée, j'ai ouvert le dossier {case} et je le transmets tout de suite au service concerné. Vous aurez un retour par mail.",
    "it": "Buongiorno, {agent} di Lagovia. Mi dispiace davvero, ho aperto la pratica {case} e la passo subito al reparto competente. Riceverà una risposta via mail.",
    "de": "Hallo, {agent} von Lagovia. Das tut mir sehr leid, ich habe den Vorgang {case} angelegt und gebe ihn sofort weiter. Sie bekommen eine Antwort per Mail.",
    "es": "Hola, {agent} de Lagovia. Lo siento mucho, he abierto la incidencia {case} y la paso ahora mismo al departamento. Te responderán por email.",
    "pt": "Olá, {agent} da Lagovia. Lamento imenso, abri o processo {case} e passei já ao departamento. Terá resposta por email.",
    "en": "Hi, {agent} from Lagovia. I'm really sorry, I've opened case {case} and passed it straight to the team. You'll hear back by email.",
}

CASE_OPENED = {
    "fr": (
        "Votre dossier {case}",
        "Bonjour,\nNous avons bien reçu votre message et nous en sommes sincèrement désolés. Votre dossier porte la référence {case}; nous revenons vers vous dès que possible.\n{agent}, service clients Lagovia",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno,\nabbiamo ricevuto il suo messaggio e ci scusiamo sinceramente. La sua pratica ha il riferimento {case}; le risponderemo il prima possibile.\n{agent}, servizio clienti Lagovia",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Guten Tag,\nwir haben Ihre Nachricht erhalten und bedauern das sehr. Ihr Vorgang hat die Nummer {case}; wir melden uns so schnell wie möglich.\n{agent}, Lagovia Kundenservice",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola,\nhemos recibido tu mensaje y lo sentimos de verdad. Tu incidencia es la {case}; te contestamos lo antes posible.\n{agent}, atención al cliente Lagovia",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá,\nrecebemos a sua mensagem e lamentamos muito. O seu processo tem a referência {case}; responderemos assim que possível.\n{agent}, apoio ao cliente Lagovia",
    ),
    "en": (
        "Your case {case}",
        "Hi,\nWe've got your message and we're genuinely sorry. Your case reference is {case}; we'll come back to you as soon as we can.\n{agent}, Lagovia customer care",
    ),
}

QUALITY_LEAD = {
    "fr": (
        "Votre dossier {case}",
        "Bonjour,\nVotre dossier {case} a été confié à notre responsable qualité, qui vous appellera avant jeudi soir. Toutes nos excuses pour ce désagrément.\n{agent}, service clients Lagovia",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno,\nla sua pratica {case} è stata affidata alla nostra responsabile qualità, che la chiamerà entro giovedì sera. Ci scusiamo ancora.\n{agent}, servizio clienti Lagovia",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Guten Tag,\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Donnerstagabend anruft. Entschuldigen Sie bitte.\n{agent}, Lagovia Kundenservice",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola,\ntu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del jueves por la tarde. Perdona las molestias.\n{agent}, Lagovia",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá,\no seu processo {case} está agora com a nossa responsável de qualidade, que lhe ligará até quinta à noite. As nossas desculpas.\n{agent}, Lagovia",
    ),
    "en": (
        "Your case {case}",
        "Hi,\nYour case {case} is now with our quality lead, who'll ring you before Thursday evening. Sorry again.\n{agent}, Lagovia customer care",
    ),
}

GOOD_NEWS = {
    "fr": (
        "Bonne nouvelle pour votre dossier {case}",
        "Bonjour,\nBonne nouvelle : c'est réglé de notre côté pour le dossier {case} (remboursement ou correction lancé aujourd'hui). Pourriez-vous nous confirmer que tout est en ordre pour vous ?\n{agent}, Lagovia",
    ),
    "it": (
        "Buone notizie per la pratica {case}",
        "Buongiorno,\nbuone notizie: la pratica {case} è risolta da parte nostra (rimborso o correzione avviati oggi). Può confermarci che per lei è tutto a posto?\n{agent}, Lagovia",
    ),
    "de": (
        "Gute Nachricht zu Vorgang {case}",
        "Guten Tag,\ngute Nachricht: Vorgang {case} ist bei uns erledigt (Erstattung bzw. Korrektur heute veranlasst). Können Sie uns bestätigen, dass alles passt?\n{agent}, Lagovia",
    ),
    "es": (
        "Buenas noticias sobre {case}",
        "Hola,\nbuenas noticias: la incidencia {case} está resuelta (reembolso o corrección hecho hoy). ¿Nos confirmas que todo está bien?\n{agent}, Lagovia",
    ),
    "pt": (
        "Boas notícias sobre {case}",
        "Olá,\nboas notícias: o processo {case} está resolvido (reembolso ou correção feito hoje). Pode confirmar-nos que está tudo bem?\n{agent}, Lagovia",
    ),
    "en": (
        "Good news on case {case}",
        "Hi,\nGood news: case {case} is sorted our end (refund or correction put through today). Could you confirm it's all fine for you?\n{agent}, Lagovia",
    ),
}

CONFIRM = {
    "fr": [
        "C'est bon pour le dossier {case}, j'ai bien reçu. Merci d'avoir fait le nécessaire.",
        "Confirmé pour {case}, tout est rentré dans l'ordre, merci",
    ],
    "it": [
        "Confermo per la pratica {case}, ho ricevuto tutto. Grazie per aver sistemato.",
        "Tutto a posto per {case}, grazie mille",
    ],
    "de": ["Bestätigt, Vorgang {case} ist erledigt, danke."],
    "es": ["Confirmado lo de {case}, ya está todo bien, gracias."],
    "pt": ["Confirmo o processo {case}, já está tudo certo, obrigada."],
    "en": ["Confirmed for case {case}, all sorted, thanks."],
}

APOLOGY = {
    "fr": [
        "Bonjour, je voulais m'excuser pour le ton de mon message d'hier, j'étais à bout avec les enfants. Merci d'avoir réglé ça si vite.",
        "Désolée pour hier, j'étais vraiment énervée. Merci pour votre réactivité",
    ],
    "it": [
        "Buongiorno, volevo scusarmi per il tono del messaggio di ieri, ero esausta coi bambini. Grazie per aver risolto così in fretta.",
        "Scusate per ieri, ero proprio arrabbiata. Grazie della rapidità",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war echt am Ende. Danke, dass es so schnell ging."
    ],
    "es": ["Perdón por el tono de ayer, estaba desbordada. Gracias por solucionarlo tan rápido."],
    "pt": ["Desculpem o tom de ontem, estava mesmo cansada. Obrigada por resolverem tão depressa."],
    "en": [
        "Sorry about my tone yesterday, I was at the end of my rope. Thanks for sorting it so fast."
    ],
}

LOW_CSAT_WORDS = {
    "fr": ["Nul", "", "Déçue", "Pas du tout satisfaisant"],
    "it": ["Pessimo", "", "Deludente", "Servizio scadente"],
    "de": ["Schlecht", ""],
    "es": ["Fatal", ""],
    "pt": ["Péssimo", ""],
    "en": ["Poor", ""],
}

LOW_NPS_WORDS = {
    "fr": [
        "Aucun geste commercial, aucune excuse. Je ne recommande pas.",
        "",
        "Tant que ce n'est pas réglé, non.",
    ],
    "it": ["Nessun rimborso, nessuna scusa. Non consiglio.", "", "Finché non risolvete, no."],
    "de": ["So nicht.", ""],
    "es": ["Así no.", ""],
    "pt": ["Assim não.", ""],
    "en": ["Not like this.", ""],
}

# --- repeat contacts --------------------------------------------------------------------------

FOLLOW_2 = {
    "fr": [
        "Dossier {case} : toujours rien. {noun}, je relance. Quelqu'un lit mes messages ?",
        "Re bonjour, le dossier {case} est toujours ouvert et rien n'a bougé ({noun}). Merci de me répondre.",
    ],
    "it": [
        "Pratica {case}: ancora niente. {noun}, vi sollecito. Qualcuno legge i miei messaggi?",
        "Buongiorno di nuovo, la pratica {case} è ancora aperta e non si è mosso niente ({noun}). Attendo risposta.",
    ],
    "de": ["Vorgang {case}: immer noch nichts. {noun}. Liest das überhaupt jemand?"],
    "es": ["Incidencia {case}: seguimos igual. {noun}. ¿Alguien lee esto?"],
    "pt": ["Processo {case}: continua tudo igual. {noun}. Alguém lê isto?"],
    "en": ["Case {case}: still nothing. {noun}. Is anyone reading these?"],
}

FOLLOW_3 = {
    "fr": [
        "Troisième message pour le dossier {case}, toujours ouvert. Ma belle-sœur part chez {comp}, chez eux ce genre de problème est réglé en une journée. Je commence à comprendre pourquoi.",
        "3e relance, {case}, toujours pas réglé. J'ai regardé les prix chez {comp} ce matin, franchement ça me tente.",
    ],
    "it": [
        "Terzo messaggio per la pratica {case}, ancora aperta. Mia cognata va da {comp} e lì queste cose le risolvono in giornata. Comincio a capire perché.",
        "Terzo sollecito, {case}, niente di risolto. Stamattina ho guardato i prezzi di {comp}, sinceramente ci sto pensando.",
    ],
    "de": [
        "Dritte Nachricht zu {case}, immer noch offen. Meine Schwägerin fährt zu {comp}, da wird so was am selben Tag geklärt."
    ],
    "es": [
        "Tercer mensaje por la {case}, sigue abierta. Mi cuñada va a {comp} y allí esto lo arreglan en el día."
    ],
    "pt": [
        "Terceira mensagem sobre o {case}, continua aberto. A minha cunhada vai para a {comp} e lá resolvem isto no mesmo dia."
    ],
    "en": [
        "Third message about case {case}, still open. My sister-in-law goes to {comp} and they sort this kind of thing same day."
    ],
}

FOLLOW_4 = {
    "fr": [
        "QUATRIÈME fois que j'écris pour le dossier {case}. Toujours rien. Je vais finir par aller voir une association de consommateurs."
    ],
    "it": [
        "È la QUARTA volta che scrivo per la pratica {case}. Ancora niente. Finirò per rivolgermi a un'associazione consumatori."
    ],
    "de": [
        "Zum VIERTEN Mal wegen {case}. Immer noch nichts. Ich gehe jetzt zur Verbraucherzentrale."
    ],
    "es": ["CUARTA vez que escribo por la {case}. Nada. Me voy a la OCU."],
    "pt": ["É a QUARTA vez que escrevo sobre o {case}. Nada. Vou à DECO."],
    "en": [
        "FOURTH time writing about case {case}. Still nothing. I'm going to Citizens Advice next."
    ],
}

FOLLOW_CALL = {
    "fr": [
        "oui bonjour je rappelle pour le dossier {case} c'est toujours pas réglé et personne me rappelle",
        "bonjour c'est encore moi dossier {case} c'est la troisième fois et ma belle-sœur elle va chez {comp} eux ils règlent ça en une journée",
        "bonjour c'est la quatrième fois que j'appelle pour le dossier {case} la quatrième fois",
    ],
    "it": [
        "sì buongiorno richiamo per la pratica {case} non è ancora risolta e nessuno mi richiama",
        "buongiorno sono di nuovo io pratica {case} è la terza volta e mia cognata va da {comp} e loro lo risolvono in giornata",
        "buongiorno è la quarta volta che chiamo per la pratica {case} la quarta",
    ],
    "de": [
        "ja hallo ich rufe wieder an wegen {case} das ist immer noch nicht erledigt",
        "hallo schon wieder ich Vorgang {case} das dritte Mal meine Schwägerin fährt zu {comp} die klären das am selben Tag",
        "hallo das vierte Mal wegen {case} das vierte Mal",
    ],
    "es": [
        "hola vuelvo a llamar por la {case} sigue sin resolverse",
        "hola otra vez la {case} tercera vez y mi cuñada va a {comp} y allí lo arreglan en el día",
        "hola es la cuarta vez que llamo por la {case} la cuarta",
    ],
    "pt": [
        "olá volto a ligar por causa do {case} continua por resolver",
        "olá outra vez o {case} terceira vez e a minha cunhada vai para a {comp} e lá resolvem no mesmo dia",
        "olá é a quarta vez que ligo por causa do {case} a quarta",
    ],
    "en": [
        "hi ringing again about case {case} it's still not sorted",
        "hi me again case {case} third time now and my sister-in-law goes to {comp} they sort it same day",
        "hi this is the fourth time I'm ringing about case {case} the fourth",
    ],
}

FOLLOW_SUBJECT = {
    "fr": "Dossier {case} - relance",
    "it": "Sollecito pratica {case}",
    "de": "Vorgang {case} - Erinnerung",
    "es": "Incidencia {case} - otra vez",
    "pt": "Processo {case} - insistência",
    "en": "Case {case} - chasing",
}

URGENT_CHAT_A = {
    "fr": "{agent} de Lagovia : c'est ajouté à votre dossier {case} et marqué urgent. Toutes nos excuses.",
    "it": "{agent} di Lagovia: l'ho aggiunto alla pratica {case} e segnato come urgente. Ci scusi.",
    "de": "{agent} von Lagovia: Ich habe es zu {case} hinzugefügt und als dringend markiert. Entschuldigung.",
    "es": "{agent} de Lagovia: añadido a tu incidencia {case} y marcado urgente. Perdona.",
    "pt": "{agent} da Lagovia: juntei ao processo {case} e marquei como urgente. As nossas desculpas.",
    "en": "{agent} from Lagovia: added to case {case} and marked urgent. So sorry.",
}

# --- slow churners ----------------------------------------------------------------------------

#: Six steps, from mild to gone ({comp} in the last).
SLIDE = {
    "fr": [
        "Arrivés au {park}, 1h de queue au check-in et le lodge pas prêt avant 18h. Bon, ça arrive.",
        "Piscine fermée 'pour maintenance' trois jours sur cinq, sans prévenir. Les enfants déçus, le club enfants annulé aussi.",
        "Travaux sur le lodge d'à côté dès 7h du matin, marteau-piqueur compris. Rien sur le site au moment de réserver.",
        "Deux jours sans eau chaude ni chauffage. On nous a répondu 'le technicien passe demain'. Deux fois.",
        "Et maintenant Lagovia me facture 60 € pour la cafetière, celle que j'avais signalée cassée dans l'appli LE PREMIER JOUR. Photos à l'appui. Je n'en reviens pas.",
        "Terminé. Ma sœur est allée chez {comp} le mois dernier, on a réservé là-bas pour les prochaines vacances. Bye Lagovia.",
    ],
    "it": [
        "Arrivati al {park}, un'ora di coda al check-in e lodge pronto solo alle 18. Vabbè, capita.",
        "Piscina chiusa 'per manutenzione' tre giorni su cinque, senza avvisare. Bimbi delusi e anche il mini club annullato.",
        "Lavori nel lodge accanto dalle 7 di mattina, martello pneumatico compreso. Sul sito non c'era scritto niente quando ho prenotato.",
        "Due giorni senza acqua calda né riscaldamento. Ci hanno detto 'il tecnico passa domani'. Due volte.",
        "E adesso Lagovia mi addebita 60 € per la macchinetta del caffè, quella che avevo segnalato rotta nell'app IL PRIMO GIORNO. Con le foto. Incredibile.",
        "Basta. Mia sorella è stata da {comp} il mese scorso, abbiamo prenotato lì per le prossime vacanze. Ciao Lagovia.",
    ],
    "de": [
        "Im {park} angekommen, eine Stunde Schlange beim Check-in, Lodge erst um 18 Uhr fertig. Naja, kann passieren.",
        "Pool drei von fünf Tagen 'wegen Wartung' zu, ohne Ankündigung. Kinderclub auch abgesagt.",
        "Bauarbeiten an der Nachbarlodge ab 7 Uhr morgens, mit Presslufthammer. Stand nirgends bei der Buchung.",
        "Zwei Tage ohne Warmwasser und Heizung. Antwort: 'Techniker kommt morgen'. Zweimal.",
        "Und jetzt berechnet Lagovia mir 60 € für die Kaffeemaschine, die ich AM ERSTEN TAG in der App als kaputt gemeldet habe. Mit Fotos. Unfassbar.",
        "Schluss. Meine Schwester war letzten Monat bei {comp}, wir haben die nächsten Ferien dort gebucht. Tschüss Lagovia.",
    ],
    "es": [
        "Llegamos al {park}, una hora de cola en el check-in y la cabaña sin preparar hasta las 18h. Bueno, pasa.",
        "Piscina cerrada 'por mantenimiento' tres de cinco días, sin avisar. Los niños chafados y el club infantil cancelado.",
        "Obras en la cabaña de al lado desde las 7 de la mañana, con martillo neumático. Nada en la web cuando reservé.",
        "Dos días sin agua caliente ni calefacción. 'Mañana pasa el técnico'. Dos veces.",
        "Y ahora Lagovia me cobra 60 € por la cafetera, la que avisé rota en la app EL PRIMER DÍA. Con fotos. Increíble.",
        "Se acabó. Mi hermana estuvo en {comp} el mes pasado, hemos reservado allí para las próximas vacaciones. Adiós Lagovia.",
    ],
    "pt": [
        "Chegámos ao {park}, uma hora de fila no check-in e o lodge só pronto às 18h. Pronto, acontece.",
        "Piscina fechada 'para manutenção' três dias em cinco, sem aviso. Miúdos tristes e o clube infantil cancelado.",
        "Obras no lodge ao lado desde as 7 da manhã, com martelo pneumático. Nada no site quando reservei.",
        "Dois dias sem água quente nem aquecimento. 'O técnico passa amanhã'. Duas vezes.",
        "E agora a Lagovia cobra-me 60 € pela máquina do café, a que reportei avariada na app NO PRIMEIRO DIA. Com fotos. Inacreditável.",
        "Acabou. A minha irmã foi à {comp} no mês passado, já reservámos lá para as próximas férias. Adeus Lagovia.",
    ],
    "en": [
        "Arrived at {park}, an hour queueing at check-in and the lodge not ready till 6pm. Fine, it happens.",
        "Pool shut 'for maintenance' three days out of five, no warning. Kids gutted and kids' club cancelled too.",
        "Building work on the lodge next door from 7am, jackhammer and all. Nothing on the website when I booked.",
        "Two days without hot water or heating. 'Engineer's coming tomorrow'. Twice.",
        "And now Lagovia is charging me £52 for the coffee machine I reported broken in the app ON DAY ONE. With photos. Unreal.",
        "Done. My sister went to {comp} last month, we've booked there for our next break. Bye Lagovia.",
    ],
}

LEAVE = {
    "fr": [
        (
            "Résiliation Club et compte",
            "Bonjour,\nNous déménageons à Montréal en septembre pour le travail de mon mari, donc plus de séjours en Europe avant longtemps. Je souhaite résilier le Club Lagovia et fermer mon compte. Merci pour toutes ces belles vacances.\n{name}",
        ),
        (
            "Fermeture de compte",
            "Bonjour, on a acheté un petit mobil-home à nous près de La Rochelle, du coup on n'aura plus besoin de Lagovia. Merci de résilier le Club et de fermer le compte. Cordialement, {name}",
        ),
    ],
    "it": [
        (
            "Disdetta Club e account",
            "Buongiorno,\nci trasferiamo a Monaco a settembre per il lavoro di mio marito. Vorrei disdire il Club Lagovia e chiudere l'account. Grazie per le belle vacanze.\n{name}",
        ),
        (
            "Chiusura account",
            "Buongiorno, abbiamo comprato una casetta in montagna, quindi non ci servirà più Lagovia. Per favore disdite il Club e chiudete l'account. Saluti, {name}",
        ),
    ],
    "de": [
        (
            "Kündigung Club und Konto",
            "Guten Tag,\nwir haben uns einen eigenen Wohnwagen gekauft und brauchen Lagovia nicht mehr. Bitte Club kündigen und Konto schließen. Danke für die schönen Urlaube.\n{name}",
        )
    ],
    "es": [
        (
            "Baja Club y cuenta",
            "Hola,\nnos mudamos a Dublín por trabajo. Quiero darme de baja del Club Lagovia y cerrar la cuenta. Gracias por todo.\n{name}",
        )
    ],
    "pt": [
        (
            "Cancelamento Clube e conta",
            "Olá,\ncomprámos uma casinha na serra, já não vamos precisar da Lagovia. Quero cancelar o Clube e fechar a conta. Obrigada por tudo.\n{name}",
        )
    ],
    "en": [
        (
            "Cancel Club and account",
            "Hi,\nWe've bought a static caravan of our own so won't need Lagovia any more. Please cancel my Club membership and close the account. Thanks for some lovely holidays.\n{name}",
        )
    ],
}

SORRY_GO = {
    "fr": (
        "RE : {subject}",
        "Bonjour,\nNous sommes tristes de vous voir partir ! Vous pouvez résilier le Club et fermer votre compte vous-même dans l'appli ou sur le site (Mon compte > Club). Merci pour votre fidélité.\n{agent}, Lagovia",
    ),
    "it": (
        "R: {subject}",
        "Buongiorno,\nci dispiace vederla andare via! Può disdire il Club e chiudere l'account da sola nell'app o sul sito (Il mio account > Club). Grazie per la fedeltà.\n{agent}, Lagovia",
    ),
    "de": (
        "AW: {subject}",
        "Guten Tag,\nschade, dass Sie gehen! Sie können den Club in der App oder auf der Website selbst kündigen (Mein Konto > Club). Danke für Ihre Treue.\n{agent}, Lagovia",
    ),
    "es": (
        "RE: {subject}",
        "Hola,\n¡qué pena que te vayas! Puedes darte de baja tú mismo en la app o en la web (Mi cuenta > Club). Gracias por confiar en nosotros.\n{agent}, Lagovia",
    ),
    "pt": (
        "RE: {subject}",
        "Olá,\nque pena vê-lo partir! Pode cancelar na app ou no site (A minha conta > Clube). Obrigada pela fidelidade.\n{agent}, Lagovia",
    ),
    "en": (
        "Re: {subject}",
        "Hi,\nSorry to see you go! You can cancel the Club yourself in the app or on the website (My account > Club). Thanks for sticking with us.\n{agent}, Lagovia",
    ),
}

GRUMBLE = {
    "fr": [
        "L'appli Lagovia me déconnecte à chaque fois que je change d'écran. Agaçant.",
        "Pourquoi le wifi est payant dans les lodges en 2026 ? Sérieusement.",
        "Encore une queue d'une demi-heure au check-in du {park} un vendredi soir.",
        "Les horaires de la piscine changent tout le temps et l'appli n'est jamais à jour.",
        "Le parking du {park} est plein dès 17h, on se gare dans la boue.",
        "Le mail 'votre séjour commence dans 3 jours' à 6h du matin, franchement.",
        "Les poubelles de tri toujours pleines au {park}, ça déborde.",
    ],
    "it": [
        "L'app Lagovia mi disconnette ogni volta che cambio schermata. Che nervi.",
        "Perché il wifi nei lodge si paga nel 2026? Davvero?",
        "Un'altra mezz'ora di coda al check-in del {park} il venerdì sera.",
        "Gli orari della piscina cambiano sempre e l'app non è mai aggiornata.",
        "Il parcheggio del {park} è pieno dalle 17, si parcheggia nel fango.",
        "La mail 'il tuo soggiorno inizia tra 3 giorni' alle 6 del mattino, ma dai.",
        "I bidoni della differenziata al {park} sempre pieni, straborda tutto.",
    ],
    "de": [
        "Die Lagovia-App loggt mich bei jedem Bildschirmwechsel aus. Nervig.",
        "WLAN kostet in der Lodge extra, 2026, echt jetzt?",
        "Wieder eine halbe Stunde Schlange beim Check-in im {park}.",
        "Poolzeiten ändern sich ständig, App nie aktuell.",
        "Parkplatz im {park} ab 17 Uhr voll, parken im Matsch.",
    ],
    "es": [
        "La app de Lagovia me desconecta cada vez que cambio de pantalla. Qué pesadez.",
        "Wifi de pago en las cabañas en 2026, en serio?",
        "Otra media hora de cola en el check-in del {park}.",
        "Los horarios de la piscina cambian y la app nunca está al día.",
        "El parking del {park} lleno desde las 17h, aparcando en el barro.",
    ],
    "pt": [
        "A app da Lagovia desliga-me a sessão sempre que mudo de ecrã. Irritante.",
        "Wifi pago nos lodges em 2026, a sério?",
        "Mais meia hora de fila no check-in do {park}.",
        "O horário da piscina muda sempre e a app nunca está atualizada.",
        "Estacionamento do {park} cheio desde as 17h, estaciona-se na lama.",
    ],
    "en": [
        "Lagovia app logs me out every time I switch screens. Maddening.",
        "Paying for wifi in the lodge in 2026, really?",
        "Another half-hour check-in queue at {park}.",
        "Pool times keep changing and the app's never up to date.",
        "{park} car park full by 5pm, parking in the mud.",
    ],
}

SARCASM = {
    "fr": [
        "Merci Lagovia pour le réveil à 6h30 par la tondeuse sous la fenêtre, on n'aurait jamais vu le lever de soleil sans vous 👏",
        "Le 'lodge avec vue sur le lac' avait bien vue sur le lac. Entre le local poubelles et le parking. Magnifique 😂",
    ],
    "it": [
        "Grazie Lagovia per la sveglia alle 6.30 col tosaerba sotto la finestra, senza di voi l'alba non l'avremmo mai vista 👏",
        "Il 'lodge vista lago' aveva davvero vista lago. Tra i bidoni e il parcheggio. Stupendo 😂",
    ],
    "de": [
        "Danke Lagovia für den Weckdienst um 6:30 per Rasenmäher unterm Fenster, sonst hätten wir den Sonnenaufgang verpasst 👏"
    ],
    "es": [
        "Gracias Lagovia por el despertador a las 6:30 con el cortacésped bajo la ventana, sin vosotros no habríamos visto el amanecer 👏"
    ],
    "pt": [
        "Obrigada Lagovia pelo despertar às 6h30 com o corta-relva debaixo da janela, sem vocês nunca teríamos visto o nascer do sol 👏"
    ],
    "en": [
        "Cheers Lagovia for the 6.30am wake-up call from the lawnmower under the window, we'd never have seen the sunrise otherwise 👏"
    ],
}

MILD = {
    "fr": [
        "Petite remarque : la carte du parc dans l'appli montre encore l'ancien emplacement de l'aire de jeux.",
        "L'appli affiche les prix en francs suisses alors que je suis en France, c'est un peu perturbant.",
    ],
    "it": [
        "Piccola segnalazione: la mappa del parco nell'app mostra ancora il vecchio parco giochi.",
        "L'app mi mostra i prezzi in franchi svizzeri ma sono in Italia, un po' strano.",
    ],
    "de": ["Kleiner Hinweis: Die Parkkarte in der App zeigt noch den alten Spielplatz."],
    "es": ["Un detalle: el mapa del parque en la app todavía enseña el parque infantil antiguo."],
    "pt": ["Só um reparo: o mapa do parque na app ainda mostra o parque infantil antigo."],
    "en": ["Small thing: the park map in the app still shows the old playground."],
}

MILD_ACK = {
    "fr": (
        "Votre remarque",
        "Bonjour,\nMerci pour ce retour, nous le transmettons à l'équipe de l'appli.\n{agent}, Lagovia",
    ),
    "it": (
        "La sua segnalazione",
        "Buongiorno,\ngrazie della segnalazione, la giriamo al team dell'app.\n{agent}, Lagovia",
    ),
    "de": (
        "Ihr Hinweis",
        "Guten Tag,\ndanke für den Hinweis, wir geben ihn an das App-Team weiter.\n{agent}, Lagovia",
    ),
    "es": (
        "Tu comentario",
        "Hola,\ngracias por avisar, se lo pasamos al equipo de la app.\n{agent}, Lagovia",
    ),
    "pt": (
        "O seu comentário",
        "Olá,\nobrigada pelo aviso, passamos à equipa da app.\n{agent}, Lagovia",
    ),
    "en": (
        "Your feedback",
        "Hi,\nThanks for flagging it, we've passed it to the app team.\n{agent}, Lagovia",
    ),
}

MILD_CHAT_A = {
    "fr": "Merci, {agent} de Lagovia, c'est remonté à l'équipe de l'appli.",
    "it": "Grazie, {agent} di Lagovia, l'ho segnalato al team dell'app.",
    "de": "Danke, {agent} von Lagovia, ist an das App-Team weitergegeben.",
    "es": "Gracias, {agent} de Lagovia, se lo paso al equipo de la app.",
    "pt": "Obrigada, {agent} da Lagovia, já passei à equipa da app.",
    "en": "Thanks, {agent} from Lagovia, passed to the app team.",
}

# --- the planted spike ------------------------------------------------------------------------

SPIKE = {
    "fr": [
        "Impossible de payer la réservation pour la vente privée, 'Paiement refusé, erreur CKO-738'. Essayé 3 cartes. Le lodge de juillet va partir !!",
        "Lagovia erreur CKO-738 au paiement, la vente avance anticipée vient d'ouvrir et rien ne passe. C'est une blague ?",
        "Bonsoir, votre site plante au moment de payer : CKO-738. Ma banque me dit que rien n'est bloqué de son côté.",
        "paiement refusé CKO-738 sur l'appli ET sur le site, j'ai le panier plein depuis 20 min",
        "Bonsoir, j'ai eu CKO-738 puis un débit en attente de {amt} sur mon compte, mais aucune réservation. Je fais quoi ?",
        "ça fait 4 fois que je valide et toujours CKO-738. on attendait cette vente depuis janvier",
    ],
    "it": [
        "Impossibile pagare la prenotazione per la vendita anticipata, 'Pagamento rifiutato, errore CKO-738'. Provato con 3 carte. Il lodge di luglio sparirà!!",
        "Lagovia errore CKO-738 al pagamento, la vendita anticipata è appena partita e non passa niente. È uno scherzo?",
        "Buonasera, il vostro sito si blocca al pagamento: CKO-738. La banca dice che da loro è tutto a posto.",
        "pagamento rifiutato CKO-738 sia sull'app che sul sito, ho il carrello pieno da 20 minuti",
        "Buonasera, ho avuto CKO-738 e poi un addebito in sospeso di {amt}, ma nessuna prenotazione. Che faccio?",
        "sono 4 volte che confermo e sempre CKO-738. aspettavamo questa vendita da gennaio",
    ],
    "de": [
        "Zahlung geht nicht, 'Zahlung abgelehnt, Fehler CKO-738', drei Karten probiert. Der Frühbucherverkauf läuft gerade!",
        "Lagovia Fehler CKO-738 beim Bezahlen in App und Website. Bank sagt, bei ihr ist alles ok.",
    ],
    "es": [
        "No puedo pagar la reserva, 'Pago rechazado, error CKO-738', probado con tres tarjetas. ¡La venta anticipada acaba de abrir!",
        "Lagovia error CKO-738 al pagar en la app y en la web. El banco dice que por su parte todo bien.",
    ],
    "pt": [
        "Não consigo pagar a reserva, 'Pagamento recusado, erro CKO-738', já tentei três cartões. A pré-venda acabou de abrir!",
        "Lagovia erro CKO-738 no pagamento na app e no site. O banco diz que do lado deles está tudo bem.",
    ],
    "en": [
        "Can't pay for the booking, 'Payment declined, error CKO-738', tried three cards. Early-booking sale has just opened!",
        "Lagovia error CKO-738 at checkout on the app and the website. Bank says nothing's blocked their side.",
    ],
}

SPIKE_SUBJECT = {
    "fr": "Paiement impossible CKO-738",
    "it": "Pagamento impossibile CKO-738",
    "de": "Zahlung unmöglich CKO-738",
    "es": "No puedo pagar CKO-738",
    "pt": "Pagamento impossível CKO-738",
    "en": "Can't pay CKO-738",
}

SPIKE_CHAT_A = {
    "fr": "Bonsoir, {agent} de Lagovia. Oui, les paiements échouent pour tout le monde en ce moment (CKO-738), nos équipes techniques sont dessus. Les tarifs de la vente resteront valables, promis.",
    "it": "Buonasera, {agent} di Lagovia. Sì, i pagamenti non vanno per nessuno in questo momento (CKO-738), i tecnici ci stanno lavorando. I prezzi della vendita resteranno validi, promesso.",
    "de": "Guten Abend, {agent} von Lagovia. Ja, Zahlungen schlagen gerade bei allen fehl (CKO-738), die Technik ist dran. Die Verkaufspreise bleiben gültig.",
    "es": "Buenas noches, {agent} de Lagovia. Sí, los pagos fallan a todo el mundo ahora mismo (CKO-738), los técnicos están en ello. Los precios de la venta se mantienen.",
    "pt": "Boa noite, {agent} da Lagovia. Sim, os pagamentos estão a falhar para todos neste momento (CKO-738), a equipa técnica está a tratar. Os preços da pré-venda mantêm-se.",
    "en": "Evening, {agent} from Lagovia. Yes, payments are failing for everyone right now (CKO-738), our tech team are on it. Sale prices will stay valid, promise.",
}

SPIKE_AGAIN = {
    "fr": [
        "Toujours CKO-738, même depuis le téléphone de mon mari et avec sa carte. Ça avance ?",
        "Re: toujours erreur CKO-738 sur le site cette fois, pas seulement l'appli",
    ],
    "it": [
        "Ancora CKO-738, anche dal telefono di mio marito e con la sua carta. Novità?",
        "Di nuovo: sempre errore CKO-738 anche sul sito, non solo sull'app",
    ],
    "de": ["Immer noch CKO-738, auch vom Handy meines Mannes mit seiner Karte."],
    "es": ["Sigue el CKO-738, también desde el móvil de mi marido con su tarjeta."],
    "pt": ["Continua o CKO-738, também no telemóvel do meu marido com o cartão dele."],
    "en": ["Still CKO-738, even on my husband's phone with his card."],
}

SPIKE_FIXED = {
    "fr": (
        "Paiements rétablis",
        "Bonsoir,\nLes paiements fonctionnent à nouveau depuis {time}. Les prix de la vente anticipée sont garantis jusqu'à dimanche et nous avons ajouté {credit} de crédit sur votre compte pour la gêne. Tout débit en attente sans réservation sera annulé par votre banque.\n{agent}, Lagovia",
    ),
    "it": (
        "Pagamenti ripristinati",
        "Buonasera,\ni pagamenti funzionano di nuovo dalle {time}. I prezzi della vendita anticipata sono garantiti fino a domenica e abbiamo aggiunto {credit} di credito sul suo account per il disagio. Eventuali addebiti in sospeso senza prenotazione verranno annullati dalla banca.\n{agent}, Lagovia",
    ),
    "de": (
        "Zahlungen funktionieren wieder",
        "Guten Abend,\nZahlungen funktionieren seit {time} wieder. Die Frühbucherpreise gelten bis Sonntag, und wir haben Ihnen {credit} Guthaben gutgeschrieben.\n{agent}, Lagovia",
    ),
    "es": (
        "Pagos restablecidos",
        "Buenas noches,\nlos pagos vuelven a funcionar desde las {time}. Los precios de la venta se mantienen hasta el domingo y te hemos añadido {credit} de crédito.\n{agent}, Lagovia",
    ),
    "pt": (
        "Pagamentos restabelecidos",
        "Boa noite,\nos pagamentos voltaram a funcionar desde as {time}. Os preços da pré-venda mantêm-se até domingo e acrescentámos {credit} de crédito à sua conta.\n{agent}, Lagovia",
    ),
    "en": (
        "Payments working again",
        "Evening,\nPayments have been working again since {time}. Sale prices are held until Sunday and we've added {credit} credit to your account for the hassle.\n{agent}, Lagovia",
    ),
}

LONE_Q = {
    "fr": "Bonjour, hier soir en testant mon panier pour la vente de demain, la page de paiement m'a demandé deux fois le code de ma banque, puis c'est passé. Ça risque de le refaire demain ?",
    "it": "Buongiorno, ieri sera provando il carrello per la vendita di domani la pagina di pagamento mi ha chiesto due volte il codice della banca, poi è andato. Rischia di rifarlo domani?",
}

LONE_A = {
    "fr": "Bonjour, {agent} de Lagovia. Ça arrive quand la banque redemande la validation, rien d'anormal : demain ça passera pareil.",
    "it": "Buongiorno, {agent} di Lagovia. Succede quando la banca richiede la conferma, niente di strano: domani funzionerà uguale.",
}
