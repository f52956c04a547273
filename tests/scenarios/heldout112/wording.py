# ruff: noqa: E501
"""Consumer words of the heldout112 set: Anzelo, angling day tickets and lakeside hire.

Written from the stories in make_heldout112.py, French and Portuguese first, then
English, German, Spanish and Italian. Slots: {lake} (a venue's place name), {ref}
(a case reference), {amt} (an amount in the customer's money), {comp} (a
competitor), {peg} (a peg number), {first}, {name}, {topic}, {code}, {hhmm}.
"""

from __future__ import annotations

import random
import unicodedata

Table = dict[str, list[str]]
ProblemTable = dict[str, dict[str, list[str]]]

BRAND = "Anzelo"
COMPETITORS = ("Rutenfix", "Iscavia")
LANGS = ("fr", "pt", "en", "de", "es", "it")


def pick(rng: random.Random, table: Table, lang: str, **slots: str) -> str:
    return rng.choice(table[lang]).format(**slots)


# --- people, places, money -------------------------------------------------

FIRST_NAMES: Table = {
    "fr": [
        "Camille",
        "Julien",
        "Sophie",
        "Mathieu",
        "Élodie",
        "Nicolas",
        "Aurélie",
        "Thierry",
        "Nathalie",
        "Sébastien",
        "Céline",
        "Guillaume",
        "Manon",
        "Romain",
        "Delphine",
        "Benoît",
        "Chloé",
        "Olivier",
        "Laetitia",
        "Yannick",
        "Margaux",
        "Cédric",
        "Pauline",
        "Fabrice",
        "Agathe",
        "Hervé",
        "Solène",
        "Grégoire",
        "Maëlle",
        "Loïc",
        "Bérénice",
        "Arnaud",
        "Clémence",
        "Joël",
        "Anaïs",
        "Régis",
    ],
    "pt": [
        "João",
        "Ana",
        "Rui",
        "Inês",
        "Tiago",
        "Marta",
        "Nuno",
        "Sofia",
        "Pedro",
        "Catarina",
        "Hugo",
        "Beatriz",
        "Ricardo",
        "Joana",
        "Bruno",
        "Rita",
        "Miguel",
        "Patrícia",
        "Diogo",
        "Carla",
        "Vasco",
        "Teresa",
        "André",
        "Filipa",
        "Luís",
        "Helena",
        "Gonçalo",
        "Mariana",
        "Paulo",
        "Sara",
        "Duarte",
        "Leonor",
        "Fábio",
        "Raquel",
        "Sérgio",
        "Cláudia",
    ],
    "en": [
        "Gareth",
        "Claire",
        "Declan",
        "Siobhan",
        "Martin",
        "Rachel",
        "Owen",
        "Hannah",
        "Stuart",
        "Niamh",
        "Colin",
        "Fiona",
        "Darren",
        "Aoife",
        "Neil",
        "Gemma",
    ],
    "de": [
        "Jörg",
        "Sabine",
        "Tobias",
        "Katrin",
        "Dirk",
        "Anja",
        "Uwe",
        "Melanie",
        "Sven",
        "Heike",
        "Lars",
        "Britta",
        "Matthias",
        "Jana",
        "Ralf",
        "Ute",
    ],
    "es": [
        "Javier",
        "Lucía",
        "Álvaro",
        "Marta",
        "Iñaki",
        "Rocío",
        "Sergio",
        "Nuria",
        "Raúl",
        "Elena",
        "Óscar",
        "Pilar",
        "Adrián",
        "Begoña",
        "Rubén",
        "Alba",
    ],
    "it": [
        "Davide",
        "Chiara",
        "Simone",
        "Francesca",
        "Luca",
        "Elisa",
        "Marco",
        "Silvia",
        "Andrea",
        "Valentina",
        "Stefano",
        "Ilaria",
        "Fabio",
        "Giorgia",
        "Paolo",
        "Sara",
    ],
}

LAST_NAMES: Table = {
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Roussel",
        "Garnier",
        "Marchand",
        "Perrin",
        "Lemaire",
        "Barbier",
        "Renaud",
        "Caron",
        "Vasseur",
        "Gauthier",
        "Picard",
        "Lacroix",
        "Aubert",
        "Brunet",
        "Collin",
        "Meunier",
        "Dupuis",
        "Leclerc",
        "Hubert",
        "Masson",
        "Joly",
        "Guérin",
        "Rolland",
        "Boyer",
        "Mercier",
    ],
    "pt": [
        "Ferreira",
        "Carvalho",
        "Sousa",
        "Rodrigues",
        "Almeida",
        "Pereira",
        "Lopes",
        "Marques",
        "Gomes",
        "Ribeiro",
        "Pinto",
        "Moreira",
        "Teixeira",
        "Correia",
        "Mendes",
        "Nunes",
        "Cardoso",
        "Fonseca",
        "Antunes",
        "Tavares",
        "Figueiredo",
        "Azevedo",
        "Batista",
        "Matos",
        "Castro",
        "Barbosa",
        "Simões",
        "Vieira",
        "Monteiro",
        "Brandão",
    ],
    "en": [
        "Hughes",
        "Doyle",
        "Fletcher",
        "Quinn",
        "Barker",
        "Kavanagh",
        "Marsh",
        "Flanagan",
        "Pritchard",
        "Nolan",
        "Whitfield",
        "Brennan",
        "Holloway",
        "Gallagher",
    ],
    "de": [
        "Hoffmann",
        "Krüger",
        "Schuster",
        "Vogt",
        "Lehmann",
        "Böhm",
        "Franke",
        "Seidel",
        "Kühn",
        "Brandt",
        "Haas",
        "Winkler",
        "Lorenz",
        "Pohl",
    ],
    "es": [
        "Navarro",
        "Iglesias",
        "Castillo",
        "Ortega",
        "Herrero",
        "Molina",
        "Serrano",
        "Delgado",
        "Cano",
        "Prieto",
        "Vidal",
        "Gallego",
        "Pascual",
        "Soler",
    ],
    "it": [
        "Ferrari",
        "Colombo",
        "Galli",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Rinaldi",
        "Caruso",
        "Ferri",
        "Gatti",
        "Bellini",
        "Marchetti",
        "Pellegrini",
        "Sartori",
    ],
}

JOBS: Table = {
    "fr": [
        "infirmière",
        "électricien",
        "professeure des écoles",
        "boulanger",
        "comptable",
        "chauffeur routier",
        "aide-soignante",
        "mécanicien",
        "agent immobilier",
        "pharmacienne",
        "retraité SNCF",
        "technicienne de laboratoire",
    ],
    "pt": [
        "enfermeira",
        "eletricista",
        "professora primária",
        "padeiro",
        "contabilista",
        "motorista de pesados",
        "auxiliar de ação médica",
        "mecânico",
        "bancária",
        "farmacêutica",
        "reformado dos CTT",
        "técnica de laboratório",
    ],
    "en": [
        "paramedic",
        "plumber",
        "primary teacher",
        "postman",
        "accountant",
        "HGV driver",
        "care worker",
        "retired engineer",
    ],
    "de": [
        "Krankenpfleger",
        "Elektrikerin",
        "Lehrer",
        "Bäckermeister",
        "Steuerberaterin",
        "LKW-Fahrer",
        "Altenpflegerin",
        "Kfz-Mechaniker",
    ],
    "es": [
        "enfermero",
        "electricista",
        "maestra",
        "panadero",
        "contable",
        "camionero",
        "auxiliar de enfermería",
        "mecánico",
    ],
    "it": [
        "infermiera",
        "elettricista",
        "maestro",
        "panettiere",
        "commercialista",
        "camionista",
        "operatrice sanitaria",
        "meccanico",
    ],
}

TOWNS: dict[str, list[str]] = {
    "FR": [
        "Lyon",
        "Orléans",
        "Dijon",
        "Tours",
        "Nancy",
        "Limoges",
        "Besançon",
        "Chartres",
        "Vichy",
        "Montargis",
        "Nevers",
        "Auxerre",
    ],
    "BE": ["Namur", "Liège", "Charleroi", "Mons", "Arlon"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Ettelbruck"],
    "PT": [
        "Coimbra",
        "Santarém",
        "Leiria",
        "Évora",
        "Viseu",
        "Braga",
        "Setúbal",
        "Tomar",
        "Abrantes",
    ],
    "UK": ["Nottingham", "Peterborough", "Reading", "Shrewsbury", "Norwich"],
    "IE": ["Athlone", "Cavan", "Mullingar", "Galway"],
    "DE": ["Kassel", "Münster", "Würzburg", "Oldenburg", "Regensburg"],
    "AT": ["Linz", "Graz", "Wels"],
    "ES": ["Zaragoza", "Valladolid", "Cáceres", "Lleida", "Toledo"],
    "IT": ["Verona", "Mantova", "Piacenza", "Rieti", "Brescia"],
    "CH-fr": ["Fribourg", "Neuchâtel"],
    "CH-de": ["Bern", "Luzern"],
    "CH-it": ["Lugano", "Bellinzona"],
    "CH-en": ["Zug"],
    "CH-pt": ["Genève"],
    "CH-es": ["Genève"],
}

#: Venues (the lake's place name), by market.
LAKES: dict[str, list[str]] = {
    "FR": ["Vaux-le-Pêcheur", "Saint-Aubin-des-Bois", "Brières-les-Étangs", "Montfaucon-la-Mare"],
    "BE": ["Roly-sur-Eau", "Virelles-Bas"],
    "CH": ["Erlenmoos", "Vaumarcus"],
    "LU": ["Weiswampach", "Remerschen"],
    "PT": ["Montargil", "Castelo de Bode", "Vale do Gaio", "Maranhão"],
    "UK": ["Linford Marsh", "Heron's Reach", "Willowmere"],
    "IE": ["Lough Arrow", "Ballyconnell"],
    "DE": ["Birkenhain", "Mühlbach", "Seeweiler"],
    "AT": ["Lindenau", "Teichalm"],
    "ES": ["Valdecañas", "Pinar del Embalse", "Riaño"],
    "IT": ["Fornace Vecchia", "Canneto", "Cavallino"],
}

AGENTS: Table = {
    "fr": ["Amandine", "Karim", "Lucie"],
    "pt": ["Sónia", "Rui", "Marta"],
    "en": ["Hannah", "Liam"],
    "de": ["Jana", "Florian"],
    "es": ["Nerea", "Iván"],
    "it": ["Giulia", "Matteo"],
}

SIGN: dict[str, str] = {
    "fr": "L'équipe Anzelo",
    "pt": "Equipa Anzelo",
    "en": "The Anzelo team",
    "de": "Ihr Anzelo-Team",
    "es": "El equipo de Anzelo",
    "it": "Il team Anzelo",
}


def money(eur: float, market: str, lang: str) -> str:
    """An amount as the customer writes it, in their market's money."""
    if market == "UK":
        return f"£{round(eur * 0.87)}"
    if market == "CH":
        return f"CHF {round(eur * 0.95)}"
    whole = round(eur)
    text = str(whole) if abs(eur - whole) < 0.001 else f"{eur:.2f}".replace(".", ",")
    if lang == "en":
        return "€" + text.replace(",", ".")
    return f"{text} €"


def spoken_money(eur: float, market: str, lang: str) -> str:
    """An amount as said on the phone (whole amounts only)."""
    if market == "UK":
        return f"{round(eur * 0.87)} pounds"
    if market == "CH":
        word = {
            "fr": "francs",
            "de": "Franken",
            "it": "franchi",
            "en": "francs",
            "pt": "francos",
            "es": "francos",
        }[lang]
        return f"{round(eur * 0.95)} {word}"
    word = {"fr": "euros", "pt": "euros", "es": "euros", "en": "euros", "de": "Euro", "it": "euro"}[
        lang
    ]
    return f"{round(eur)} {word}"


GERMAN_LOWER = {
    "Ich",
    "Das",
    "Der",
    "Die",
    "Wir",
    "Es",
    "Vor",
    "In",
    "Meine",
    "Mein",
    "Und",
    "Aber",
    "Gebucht",
    "Kein",
    "Seit",
    "Mir",
    "Hallo",
    "Ja",
    "Guten",
    "Danke",
    "Wo",
    "Wie",
    "Kann",
    "Bitte",
    "Dann",
}


def speechify(text: str, lang: str, keep: set[str]) -> str:
    """A speech-to-text transcript: no punctuation, lower case but for names, codes and German nouns."""
    for ch in '.,!?;:…«»"()–—👎😡😤🙏':
        text = text.replace(ch, " ")
    out: list[str] = []
    for token in text.split():
        bare = token.strip("'")
        if not bare:
            continue
        if any(c.isdigit() for c in bare) or bare in keep:
            out.append(bare)
        elif lang == "de":
            if (bare.isupper() and len(bare) > 1) or bare in GERMAN_LOWER:
                out.append(bare.lower())
            else:
                out.append(bare)
        elif lang == "en" and bare == "I":
            out.append(bare)
        else:
            out.append(bare.lower())
    return " ".join(out)


# --- products --------------------------------------------------------------

#: (label, price in euros, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("Day ticket, trout lake / Carte journée, étang à truites", 16.0, "/book/day-ticket"),
    ("Carp session 24 h / Session carpe 24 h", 38.0, "/book/carp-session"),
    ("Carp session 48 h / Session carpe 48 h", 69.0, "/book/carp-session"),
    ("Electric boat, half day / Barque électrique, demi-journée", 45.0, "/boats"),
    ("Electric boat, full day / Barque électrique, journée", 72.0, "/boats"),
    ("Beginner kit hire: rod, reel, net / Location kit débutant", 15.0, "/hire/kits"),
    ("Bait box, lakeside pick-up / Box appâts, retrait au chalet", 12.0, "/shop/bait"),
    ("Guided morning / Matinée guidée avec moniteur", 85.0, "/book/guided"),
    ("Predator day by boat, river / Journée carnassiers en bateau", 95.0, "/book/predator"),
    ("Family day ticket, 2 adults + kids / Carte journée famille", 32.0, "/book/day-ticket"),
    ("Gift card / Carte cadeau", 50.0, "/gift"),
]
CLUB = ("Anzelo Club, monthly / Anzelo Club, mensuel", 14.90, "/club")

PAGES = [
    "/lakes",
    "/lakes/map",
    "/book/day-ticket",
    "/book/carp-session",
    "/boats",
    "/club",
    "/account/bookings",
    "/help/rules",
    "/shop/bait",
    "/hire/kits",
    "/gift",
]

# --- happy acts ------------------------------------------------------------

PRAISE: Table = {
    "fr": [
        "Premier brochet de l'année à {lake} ce matin, 82 cm 😍 Réservation Anzelo en deux clics, garde super sympa. Je reviens samedi.",
        "Session carpe de 24 h à {lake} avec mon fils, trois poissons dont une commune de 14 kg. Merci Anzelo pour le poste au calme !",
        "franchement la barque électrique louée chez Anzelo c'était top, batterie pleine, gilets fournis, on a fait le tour du lac deux fois",
        "Ma fille (8 ans) a pris sa première truite à {lake}. Le kit débutant loué 15 € suffisait largement. Journée parfaite, merci Anzelo 🎣",
        "Réveil à 5h, brume sur l'eau à {lake}, le garde nous attendait avec le café. C'est pour ces matins-là que je paie le Club Anzelo.",
    ],
    "pt": [
        "Primeira carpa do ano em {lake}, 11 kg! Reserva na app da Anzelo em dois minutos e o guarda super simpático. Para a semana há mais 🎣",
        "Fui com o meu pai a {lake} no sábado, lugar marcado, sombra, tudo impecável. Obrigado Anzelo!",
        "o barco elétrico que aluguei na Anzelo estava como deve ser, bateria cheia e coletes a bordo. dia em cheio",
        "O meu filho apanhou a primeira truta dele em {lake} 😄 O kit de iniciação alugado chegou perfeitamente. Adorámos.",
        "Madrugada em {lake}, nevoeiro na água e silêncio total. Vale cada cêntimo do Anzelo Club.",
    ],
    "en": [
        "Cracking morning at {lake}, three tench and a bream before 9. Booking through Anzelo took a minute. Back next week!",
        "Took my dad to {lake} for his 70th, peg was ready and the bailiff brought us a flask of tea. Lovely people at Anzelo.",
        "Hired the electric boat at {lake} with the kids, full battery, life jackets, sandwiches on the water. Top day, thanks Anzelo.",
    ],
    "de": [
        "Heute früh in {lake}: zwei Karpfen, einer knapp 12 Kilo. Buchung über Anzelo in zwei Minuten erledigt, Platz war top.",
        "Mit den Kindern Forellen geangelt in {lake}, das Leihset von Anzelo hat völlig gereicht. Alle glücklich 🎣",
        "Zum ersten Mal mit dem Elektroboot von Anzelo raus, Akku voll, Westen an Bord. Herrlich ruhig auf dem Wasser.",
    ],
    "es": [
        "Mañana redonda en {lake}: dos carpas y un black bass. Reservé con Anzelo en un minuto y el guarda majísimo.",
        "Primera trucha de mi hija en {lake} 😍 El kit de alquiler de Anzelo perfecto. Repetiremos.",
        "Primera vez con la barca eléctrica de Anzelo, batería a tope y chalecos. Qué paz en el agua.",
    ],
    "it": [
        "Alba a {lake}, tre carpe e un luccio. Prenotato con Anzelo in due minuti, postazione perfetta. Grazie!",
        "Prima trota di mio figlio a {lake}, il kit a noleggio di Anzelo era perfetto 🎣",
        "Prima volta con la barca elettrica di Anzelo, batteria piena e giubbotti a bordo. Che pace sull'acqua.",
    ],
}

AGAIN: Table = {
    "fr": [
        "Troisième session ce mois-ci à {lake}, et encore une fois le poste était nickel à notre arrivée. Merci Anzelo.",
        "Encore le même garde adorable ce matin, il se souvient du prénom de mon fils 😊",
        "Toujours aussi bien organisé : deux ans que je réserve chez Anzelo et jamais un souci.",
    ],
    "pt": [
        "Terceira vez este mês em {lake} e mais uma vez tudo impecável. Obrigada Anzelo.",
        "Outra vez o mesmo guarda simpático, já sabe o nome do meu filho 😄",
        "Continua tudo tão bem organizado como no primeiro dia. Dois anos de Anzelo sem um problema.",
    ],
    "en": [
        "Third time at {lake} this month and once again the peg was spotless when we arrived. Still the best-run lakes I know.",
        "Still the friendliest bailiffs around. Second Saturday running at {lake} and again not a thing to fault.",
    ],
    "de": [
        "Schon wieder ein super Tag in {lake}, zum dritten Mal diesen Monat. Immer noch alles top organisiert.",
        "Immer noch der freundlichste Aufseher weit und breit. Wieder ein perfekter Morgen in {lake}.",
    ],
    "es": [
        "Tercera vez este mes en {lake} y otra vez todo perfecto. Sigue siendo lo mejor organizado que conozco.",
        "Otra vez el mismo guarda tan majo, ya se sabe el nombre de mi hijo 😄",
    ],
    "it": [
        "Terza volta questo mese a {lake} e ancora una volta tutto perfetto. Sempre organizzatissimi.",
        "Di nuovo lo stesso guardiano gentilissimo, ormai conosce il nome di mio figlio 😄",
    ],
}

GRIPE: Table = {
    "fr": [
        "Très bonne journée à {lake}, seul bémol : les toilettes du chalet étaient fermées. Sinon rien à redire.",
        "Super session, dommage que l'appli mette 10 secondes à afficher le billet. On reviendra quand même !",
        "Accueil au top. L'épuisette du kit débutant mériterait d'être plus grande 😉",
    ],
    "pt": [
        "Dia ótimo em {lake}, só o WC do abrigo estava fechado. De resto, perfeito.",
        "Sessão excelente, só a app demora a mostrar o bilhete. Voltamos de certeza!",
        "Tudo ótimo, mas o camaroeiro do kit de iniciação podia ser maior 😉",
    ],
    "en": [
        "Great day at {lake}, only gripe is the car park track is full of potholes. Otherwise spot on.",
        "Lovely session, just wish the app showed the ticket quicker. We'll be back anyway!",
    ],
    "de": [
        "Schöner Tag in {lake}, nur der Kescher im Leihset ist echt klein. Sonst alles bestens.",
        "Tolle Session, nur die App braucht ewig, bis das Ticket da ist. Kommen trotzdem wieder!",
    ],
    "es": [
        "Muy buen día en {lake}, solo que el baño de la caseta estaba cerrado. Por lo demás genial.",
        "Sesión estupenda, solo que la app tarda en enseñar la entrada. ¡Volveremos igual!",
    ],
    "it": [
        "Giornata bellissima a {lake}, peccato solo per il bagno chiuso al chiosco. Per il resto tutto ok.",
        "Sessione ottima, solo l'app è lenta a mostrare il biglietto. Torneremo comunque!",
    ],
}

#: (question, answer)
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, est-ce que les chiens sont acceptés à {lake} ?",
            "Bonjour ! Oui, tenus en laisse et pas sur les pontons.",
        ),
        (
            "Il faut une carte de pêche fédérale en plus de votre carte journée ?",
            "Pour nos plans d'eau privés, non : la carte Anzelo suffit. Sur les parcours en rivière, oui.",
        ),
        (
            "Je peux annuler une session jusqu'à quand sans frais ?",
            "Sans frais jusqu'à 48 h avant le début de la session.",
        ),
        (
            "bjr, la barque peut prendre 3 personnes ?",
            "Bonjour ! Oui, 3 adultes maximum, les gilets sont fournis.",
        ),
    ],
    "pt": [
        (
            "Boa tarde, os cães podem ir para {lake}?",
            "Boa tarde! Podem, com trela e fora dos pontões.",
        ),
        (
            "Preciso de licença de pesca além do bilhete da Anzelo?",
            "Nos nossos lagos privados não, o bilhete chega. Nos troços de rio sim.",
        ),
        ("Até quando posso cancelar sem pagar?", "Até 48 horas antes do início, sem custos."),
        (
            "ola, ha tomadas para carregar o telemovel no pesqueiro?",
            "Olá! Em {lake} há tomadas no abrigo junto ao pontão.",
        ),
    ],
    "en": [
        ("Hi, are dogs allowed at {lake}?", "Hi! Yes, on a lead and off the platforms."),
        (
            "Do I need a rod licence on top of the Anzelo day ticket?",
            "In the UK and Ireland yes, the state licence is separate from our ticket.",
        ),
        (
            "Can I cancel a session for free, and until when?",
            "Free up to 48 hours before it starts.",
        ),
    ],
    "de": [
        (
            "Hallo, darf der Hund mit nach {lake}?",
            "Hallo! Ja, an der Leine und nicht auf den Stegen.",
        ),
        ("Bis wann kann ich kostenlos stornieren?", "Bis 48 Stunden vor Beginn ist es kostenlos."),
        ("Passen drei Leute ins Elektroboot?", "Ja, drei Erwachsene, die Westen sind an Bord."),
    ],
    "es": [
        (
            "Hola, ¿se puede ir con perro a {lake}?",
            "¡Hola! Sí, con correa y fuera de los pantalanes.",
        ),
        ("¿Hasta cuándo puedo cancelar sin pagar?", "Hasta 48 horas antes, sin coste."),
        (
            "¿Hace falta licencia de pesca además de la entrada?",
            "En nuestros lagos privados no, basta la entrada. En tramos de río sí.",
        ),
    ],
    "it": [
        ("Ciao, si può portare il cane a {lake}?", "Ciao! Sì, al guinzaglio e non sui pontili."),
        ("Fino a quando posso annullare senza pagare?", "Fino a 48 ore prima, senza costi."),
        (
            "Serve la licenza di pesca oltre al biglietto?",
            "Nei nostri laghi privati no, basta il biglietto. Nei tratti di fiume sì.",
        ),
    ],
}

THANKS: Table = {
    "fr": ["Merci beaucoup !", "Top, merci 👍", "ok merci bcp", "Parfait, merci !"],
    "pt": ["Obrigado!", "Obg 👍", "Perfeito, obrigada", "Ok, muito obrigado!"],
    "en": ["Brilliant, thanks!", "Cheers 👍"],
    "de": ["Super, danke!", "Danke 👍"],
    "es": ["¡Genial, gracias!", "Gracias 👍"],
    "it": ["Perfetto, grazie!", "Grazie mille 👍"],
}

#: (subject, question, answer)
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Question carte cadeau",
            "Bonjour,\n\nJe voudrais offrir une carte cadeau à mon beau-père pour ses 60 ans. Est-elle valable sur tous les lacs et pour la location de barque ?\n\nMerci,\n{first}",
            "Bonjour {first},\n\nOui, la carte cadeau est valable un an sur tous nos plans d'eau, barques comprises. Belle fête à votre beau-père !\n\nL'équipe Anzelo",
        ),
        (
            "Sortie avec une classe",
            "Bonjour,\n\nJ'enseigne en CM2 et j'aimerais emmener ma classe (24 élèves) une matinée en juin. Est-ce possible et faut-il passer par vous ?\n\nCordialement,\n{first}",
            "Bonjour {first},\n\nAvec plaisir ! Pour un groupe scolaire, le plus simple est notre offre Pro : un moniteur et le matériel pour 24 enfants. Je vous envoie le lien.\n\nL'équipe Anzelo",
        ),
    ],
    "pt": [
        (
            "Cartão oferta",
            "Olá,\n\nQueria oferecer um cartão à minha sogra, que começou a pescar este ano. Dá para todos os lagos e para o barco?\n\nObrigado,\n{first}",
            "Olá {first},\n\nSim, o cartão oferta vale um ano em todos os nossos lagos, barcos incluídos. Boas pescarias à sua sogra!\n\nEquipa Anzelo",
        ),
        (
            "Pesca noturna",
            "Bom dia,\n\nA sessão de 24 h inclui a noite ou é preciso pagar à parte? E pode-se montar tenda?\n\nCumprimentos,\n{first}",
            "Bom dia {first},\n\nA sessão de 24 h inclui a noite e pode montar o abrigo no seu pesqueiro. Basta chegar antes das 20h.\n\nEquipa Anzelo",
        ),
    ],
    "en": [
        (
            "Gift card",
            "Hi,\n\nDoes the gift card cover boat hire as well, or just day tickets?\n\nThanks,\n{first}",
            "Hi {first},\n\nIt covers everything on Anzelo for a year, boats included. Enjoy!\n\nThe Anzelo team",
        )
    ],
    "de": [
        (
            "Nachtangeln",
            "Hallo,\n\nist bei der 24-Stunden-Session die Nacht dabei, oder kostet das extra?\n\nGruß\n{first}",
            "Hallo {first},\n\ndie Nacht ist dabei, Sie müssen nur vor 20 Uhr am Platz sein.\n\nIhr Anzelo-Team",
        )
    ],
    "es": [
        (
            "Tarjeta regalo",
            "Hola,\n\n¿La tarjeta regalo sirve también para alquilar la barca?\n\nGracias,\n{first}",
            "Hola {first},\n\nSí, vale un año para todo, barcas incluidas.\n\nEl equipo de Anzelo",
        )
    ],
    "it": [
        (
            "Carta regalo",
            "Buongiorno,\n\nla carta regalo vale anche per il noleggio della barca?\n\nGrazie,\n{first}",
            "Buongiorno {first},\n\nsì, vale un anno per tutto, barche comprese.\n\nIl team Anzelo",
        )
    ],
}

#: (spoken question, follow-up e-mail subject, follow-up e-mail)
PHONE_QA: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "oui bonjour je voulais savoir si à {lake} on peut garder les poissons ou si c'est no kill partout merci",
            "Suite à votre appel",
            "Bonjour {first},\n\nSuite à votre appel : à {lake}, c'est no-kill pour les carpes, et deux truites par jour maximum. Bonne pêche !\n\nL'équipe Anzelo",
        ),
        (
            "bonjour c'est pour savoir si mon petit-fils de 10 ans a besoin d'un billet ou s'il pêche avec le mien",
            "Suite à votre appel",
            "Bonjour {first},\n\nComme convenu au téléphone : jusqu'à 12 ans, un enfant pêche gratuitement avec le billet d'un adulte, une canne chacun.\n\nL'équipe Anzelo",
        ),
    ],
    "pt": [
        (
            "olá boa tarde queria saber se em {lake} posso levar peixe para casa ou se é tudo captura e solta obrigado",
            "Na sequência da sua chamada",
            "Olá {first},\n\nNa sequência da sua chamada: em {lake} as carpas são para devolver, trutas pode levar duas por dia.\n\nEquipa Anzelo",
        ),
        (
            "bom dia é para saber se o meu neto de 10 anos precisa de bilhete ou se pesca com o meu",
            "Na sequência da sua chamada",
            "Bom dia {first},\n\nComo falámos: até aos 12 anos as crianças pescam grátis com o bilhete de um adulto, uma cana cada.\n\nEquipa Anzelo",
        ),
    ],
    "en": [
        (
            "hi there just wondering if my grandson needs his own ticket he's ten",
            "Following your call",
            "Hi {first},\n\nAs discussed, under-12s fish free with an adult's ticket, one rod each.\n\nThe Anzelo team",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob mein Enkel mit zehn eine eigene Karte braucht",
            "Ihr Anruf",
            "Hallo {first},\n\nwie besprochen: Kinder bis 12 angeln mit der Karte eines Erwachsenen kostenlos, eine Rute pro Kind.\n\nIhr Anzelo-Team",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si mi nieto de diez años necesita entrada propia",
            "Su llamada",
            "Hola {first},\n\nComo hablamos: los menores de 12 pescan gratis con la entrada de un adulto, una caña cada uno.\n\nEl equipo de Anzelo",
        )
    ],
    "it": [
        (
            "pronto buongiorno volevo sapere se mio nipote di dieci anni deve avere il biglietto",
            "La sua chiamata",
            "Buongiorno {first},\n\ncome detto al telefono: sotto i 12 anni si pesca gratis con il biglietto di un adulto, una canna a testa.\n\nIl team Anzelo",
        )
    ],
}

REVIEW_GOOD: Table = {
    "fr": [
        "Lac magnifique, postes propres et bien espacés, garde de bon conseil. Je recommande.",
        "Réservation simple, barque impeccable, mes enfants ont adoré.",
    ],
    "pt": [
        "Lago lindo, pesqueiros limpos e bem separados, guarda com bons conselhos. Recomendo.",
        "Reserva simples, barco impecável, os miúdos adoraram.",
    ],
    "en": [
        "Lovely water, tidy swims, helpful bailiff. Recommended.",
        "Easy booking, boat in great nick, the kids loved it.",
    ],
    "de": [
        "Schöner See, saubere Plätze, netter Aufseher. Gerne wieder.",
        "Einfache Buchung, Boot top in Schuss, die Kinder waren begeistert.",
    ],
    "es": [
        "Lago precioso, puestos limpios y un guarda muy majo. Recomendable.",
        "Reserva fácil, barca impecable, los niños encantados.",
    ],
    "it": [
        "Lago bellissimo, postazioni pulite, guardiano gentile. Consigliato.",
        "Prenotazione facile, barca perfetta, i bambini entusiasti.",
    ],
}

SURVEY_WORDS: Table = {
    "fr": ["Top", "Super accueil au bord de l'eau", "😊", "", "Rien à redire", ""],
    "pt": ["Excelente", "Tudo impecável", "👍", "", "Gostei muito", ""],
    "en": ["Great", "", "👍"],
    "de": ["Super", "", "👍"],
    "es": ["Genial", "", "👍"],
    "it": ["Ottimo", "", "👍"],
}

NIGHT_POSTS: Table = {
    "fr": [
        "3h du matin à {lake}, le détecteur sonne… fausse alerte, un ragondin 😅 Vive les nuits carpe avec Anzelo",
        "Insomnie, alors je regarde les réservations du week-end. Poste 7 libre à {lake}, réservé !",
        "Je sors de garde aux urgences, je réserve ma matinée de dimanche chez Anzelo avant de dormir. Rien de tel pour décompresser.",
    ],
    "pt": [
        "3 da manhã em {lake}, o alarme toca... era uma lontra 😅 Noites de carpa com a Anzelo, não há melhor",
        "Sem sono, a ver reservas para o fim de semana. Pesqueiro 7 livre em {lake}, reservado!",
        "Acabei o turno da noite na fábrica e já reservei o domingo na Anzelo. É o que me safa.",
    ],
    "en": [
        "2am on the bank at {lake}, owls going, bite alarm silent, couldn't be happier. Cheers Anzelo"
    ],
    "de": [
        "Nachtschicht vorbei, schnell noch den Sonntag bei Anzelo gebucht. Platz 4 in {lake}, ich freu mich!"
    ],
    "es": [
        "Las 3 de la mañana en {lake}, cielo estrellado y la carpa sin picar. Da igual, esto es vida. Gracias Anzelo"
    ],
    "it": [
        "Le 3 di notte a {lake}, cielo pieno di stelle. Niente abboccate ma che pace. Grazie Anzelo"
    ],
}

NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonsoir, on peut pêcher de nuit à {lake} avec la session 24 h ou il faut un supplément ?",
            "Bonsoir ! La session 24 h inclut la nuit, il suffit de s'installer avant 20h.",
        ),
        (
            "bonsoir, je pars à 4h demain, le chalet sera ouvert pour récupérer les appâts ?",
            "Bonsoir ! La box appâts est dans le casier réfrigéré à côté du chalet, accessible dès 4h avec votre billet.",
        ),
    ],
    "pt": [
        (
            "Boa noite, posso pescar de noite em {lake} com a sessão de 24 h ou paga-se à parte?",
            "Boa noite! A sessão de 24 h inclui a noite, é só montar antes das 20h.",
        ),
        (
            "boa noite, saio às 4h amanhã, o abrigo está aberto para levantar o isco?",
            "Boa noite! A caixa de isco fica no armário frigorífico ao lado do abrigo, acessível desde as 4h com o seu bilhete.",
        ),
    ],
    "en": [
        (
            "Evening, what time can we get on the bank at {lake} tomorrow?",
            "Hi! Gates open at 5am for day tickets.",
        )
    ],
    "de": [
        (
            "Guten Abend, ab wann darf man morgen in {lake} an den Platz?",
            "Guten Abend! Ab 5 Uhr mit der Tageskarte.",
        )
    ],
    "es": [
        (
            "Buenas noches, ¿a qué hora se puede entrar mañana en {lake}?",
            "¡Buenas noches! Desde las 5 con la entrada de día.",
        )
    ],
    "it": [
        (
            "Buonasera, da che ora si entra domani a {lake}?",
            "Buonasera! Dalle 5 con il biglietto giornaliero.",
        )
    ],
}

NIGHT_THANKS: Table = {
    "fr": ["Merci, bonne nuit !", "Parfait merci 🌙"],
    "pt": ["Obrigado, boa noite!", "Perfeito obg 🌙"],
    "en": ["Cheers, night!"],
    "de": ["Danke, gute Nacht!"],
    "es": ["Gracias, ¡buenas noches!"],
    "it": ["Grazie, buonanotte!"],
}

# --- trouble ---------------------------------------------------------------

PROBLEMS = ("peg_taken", "double_charge", "boat_broken", "refund", "wrong_price", "cancel_fee")
PROBLEM_EUR: dict[str, float] = {
    "peg_taken": 38.0,
    "double_charge": 38.0,
    "boat_broken": 45.0,
    "refund": 69.0,
    "wrong_price": 16.0,
    "cancel_fee": 15.0,
}

TOPIC: ProblemTable = {
    "peg_taken": {
        "fr": ["poste réservé occupé"],
        "pt": ["pesqueiro reservado ocupado"],
        "en": ["booked peg taken"],
        "de": ["gebuchter Platz besetzt"],
        "es": ["puesto reservado ocupado"],
        "it": ["postazione prenotata occupata"],
    },
    "double_charge": {
        "fr": ["double prélèvement"],
        "pt": ["cobrança em duplicado"],
        "en": ["charged twice"],
        "de": ["doppelte Abbuchung"],
        "es": ["cobro duplicado"],
        "it": ["doppio addebito"],
    },
    "boat_broken": {
        "fr": ["barque en panne"],
        "pt": ["barco avariado"],
        "en": ["hired boat broke down"],
        "de": ["Leihboot defekt"],
        "es": ["barca averiada"],
        "it": ["barca guasta"],
    },
    "refund": {
        "fr": ["remboursement non reçu"],
        "pt": ["reembolso em falta"],
        "en": ["refund not received"],
        "de": ["Erstattung fehlt"],
        "es": ["reembolso pendiente"],
        "it": ["rimborso mancante"],
    },
    "wrong_price": {
        "fr": ["tarif Club non appliqué"],
        "pt": ["preço de sócio não aplicado"],
        "en": ["Club price not applied"],
        "de": ["Club-Preis nicht berechnet"],
        "es": ["precio de socio no aplicado"],
        "it": ["prezzo socio non applicato"],
    },
    "cancel_fee": {
        "fr": ["frais d'annulation injustifiés"],
        "pt": ["taxa de cancelamento indevida"],
        "en": ["wrong cancellation fee"],
        "de": ["falsche Stornogebühr"],
        "es": ["penalización injusta"],
        "it": ["penale ingiusta"],
    },
}

CORE: ProblemTable = {
    "peg_taken": {
        "fr": [
            "J'avais réservé le poste {peg} à {lake} pour 6h ce matin. Arrivé sur place, quelqu'un était déjà installé dessus, aucun garde, personne au téléphone. 80 km pour RIEN.",
            "Poste {peg} réservé et payé ({amt}) à {lake}, et à l'arrivée il était occupé par un autre pêcheur qui avait AUSSI une réservation. On a fini par rentrer.",
        ],
        "pt": [
            "Reservei o pesqueiro {peg} em {lake} para as 6h. Cheguei e estava lá outra pessoa instalada, nenhum guarda, ninguém atende o telefone. 80 km para NADA.",
            "Paguei {amt} pelo lugar {peg} em {lake} e quando cheguei estava ocupado por outro pescador que TAMBÉM tinha reserva. Voltei para casa.",
        ],
        "en": [
            "I booked peg {peg} at {lake} for 6am, paid {amt}. Got there and someone was already set up on it, no bailiff, nobody answering the phone. 50 miles for NOTHING."
        ],
        "de": [
            "Ich hatte Platz {peg} in {lake} für 6 Uhr gebucht, {amt} bezahlt. Vor Ort saß schon jemand drauf, kein Aufseher da, niemand am Telefon. 80 km für NICHTS."
        ],
        "es": [
            "Reservé el puesto {peg} en {lake} para las 6, pagado, {amt}. Llego y había otro pescador montado, ni guarda ni nadie al teléfono. 80 km para NADA."
        ],
        "it": [
            "Avevo prenotato la postazione {peg} a {lake} per le 6, pagata {amt}. Arrivo e c'era già un altro pescatore, nessun guardiano, nessuno al telefono. 80 km per NIENTE."
        ],
    },
    "double_charge": {
        "fr": [
            "Ma session carpe de 24 h à {lake} a été débitée DEUX FOIS : {amt} et encore {amt} le même jour. Je n'ai réservé qu'une seule fois.",
            "Deux prélèvements de {amt} pour une seule session à {lake}. Mon compte est à découvert à cause de vous.",
        ],
        "pt": [
            "A minha sessão de 24 h em {lake} foi cobrada DUAS vezes, {amt} e outra vez {amt} no mesmo dia. Só reservei uma vez.",
            "Dois débitos de {amt} por uma única sessão em {lake}. Fiquei com a conta a descoberto por vossa causa.",
        ],
        "en": [
            "My 24h carp session at {lake} was charged TWICE, {amt} and {amt} again the same day. I booked once."
        ],
        "de": [
            "Meine 24-Stunden-Session in {lake} wurde ZWEIMAL abgebucht, {amt} und nochmal {amt}. Gebucht habe ich einmal."
        ],
        "es": [
            "Me habéis cobrado DOS veces la sesión de 24 h en {lake}, {amt} y otra vez {amt}. Reservé una sola vez."
        ],
        "it": [
            "Mi avete addebitato DUE volte la sessione di 24 ore a {lake}, {amt} e ancora {amt}. Ho prenotato una volta sola."
        ],
    },
    "boat_broken": {
        "fr": [
            "La barque électrique louée à {lake} ({amt}) : batterie à plat au bout de 20 minutes, on a dû ramer jusqu'au ponton avec UNE rame. Matinée fichue.",
            "Barque louée {amt} à {lake}, elle prenait l'eau ! On a écopé avec une boîte d'appâts. C'est dangereux, mon fils de 9 ans était à bord.",
        ],
        "pt": [
            "O barco elétrico que aluguei em {lake} ({amt}) ficou sem bateria ao fim de 20 minutos e tivemos de remar até ao pontão com UM remo. Manhã perdida.",
            "Barco alugado por {amt} em {lake} e estava a meter água! Tirámos a água com uma caixa de isco. É perigoso, ia comigo o meu filho de 9 anos.",
        ],
        "en": [
            "I hired the electric boat at {lake} ({amt}), battery died after 20 minutes and we rowed back with ONE oar. Morning gone."
        ],
        "de": [
            "Das Elektroboot in {lake} ({amt}) hatte nach 20 Minuten keinen Strom mehr, wir mussten mit EINEM Ruder zurück zum Steg. Vormittag futsch."
        ],
        "es": [
            "La barca eléctrica alquilada en {lake} ({amt}) se quedó sin batería a los 20 minutos y volvimos remando con UN remo. Mañana perdida."
        ],
        "it": [
            "La barca elettrica noleggiata a {lake} ({amt}) è rimasta senza batteria dopo 20 minuti, siamo tornati al pontile con UN remo. Mattinata buttata."
        ],
    },
    "refund": {
        "fr": [
            "Le plan d'eau de {lake} a été fermé par arrêté (algues) le jour de ma session. On m'a promis le remboursement de {amt}. TROIS semaines plus tard : rien.",
            "Toujours pas remboursé des {amt} de ma session annulée par VOUS (fermeture à {lake}). Ça fait trois semaines.",
        ],
        "pt": [
            "Fecharam a albufeira em {lake} (algas) no dia da minha sessão. Prometeram-me o reembolso de {amt}. TRÊS semanas depois: nada.",
            "Continuo sem o reembolso de {amt} da sessão que VOCÊS cancelaram (fecho em {lake}). Já lá vão três semanas.",
        ],
        "en": [
            "{lake} was shut for algae on the day of my session. Refund of {amt} promised. THREE weeks later, nothing."
        ],
        "de": [
            "Der See in {lake} war wegen Algen gesperrt, genau an meinem Buchungstag. Erstattung von {amt} versprochen. DREI Wochen später: nichts."
        ],
        "es": [
            "Cerraron {lake} por algas el día de mi reserva. Me prometieron devolver {amt}. TRES semanas después, nada."
        ],
        "it": [
            "Hanno chiuso {lake} per le alghe proprio il giorno della mia prenotazione. Rimborso di {amt} promesso. TRE settimane dopo: niente."
        ],
    },
    "wrong_price": {
        "fr": [
            "Je suis membre du Club Anzelo et on m'a facturé la carte journée au tarif plein, {amt}, alors qu'elle est incluse dans l'abonnement.",
            "Abonnée au Club depuis 2024 et je paie {amt} la journée à {lake} comme une non-membre ?? Alors à quoi sert l'abonnement ?",
        ],
        "pt": [
            "Sou sócio do Anzelo Club e cobraram-me o bilhete diário a preço cheio, {amt}, quando devia estar incluído.",
            "Pago o Club todos os meses e cobram-me {amt} pelo dia em {lake} como se não fosse sócia?? Então serve para quê?",
        ],
        "en": [
            "I'm an Anzelo Club member and got charged the full non-member price, {amt}, for a day ticket that's included in my membership."
        ],
        "de": [
            "Ich bin Anzelo-Club-Mitglied und mir wurde die Tageskarte zum vollen Preis berechnet, {amt}, obwohl sie inklusive ist."
        ],
        "es": [
            "Soy socio del Anzelo Club y me han cobrado el día a precio completo, {amt}, cuando va incluido."
        ],
        "it": [
            "Sono socio Anzelo Club e mi avete fatto pagare la giornata a prezzo pieno, {amt}, quando è inclusa."
        ],
    },
    "cancel_fee": {
        "fr": [
            "J'ai annulé ma session à {lake} CINQ jours avant et vous me prélevez {amt} de frais d'annulation tardive. Vos conditions disent 48 h.",
            "Frais d'annulation de {amt} alors que j'ai annulé le lundi pour le samedi. Je veux mon argent.",
        ],
        "pt": [
            "Cancelei a sessão em {lake} com CINCO dias de antecedência e cobraram-me {amt} de taxa de cancelamento tardio. As vossas condições dizem 48 h.",
            "Taxa de cancelamento de {amt} quando cancelei na segunda-feira para o sábado. Quero o meu dinheiro de volta.",
        ],
        "en": [
            "I cancelled my session at {lake} FIVE days ahead and you've charged me a {amt} late-cancellation fee. Your terms say 48 hours."
        ],
        "de": [
            "Ich habe die Session in {lake} FÜNF Tage vorher storniert und ihr zieht {amt} Stornogebühr ab. In euren AGB steht 48 Stunden."
        ],
        "es": [
            "Cancelé la sesión en {lake} con CINCO días de antelación y me cobráis {amt} de cancelación tardía. Vuestras condiciones dicen 48 h."
        ],
        "it": [
            "Ho annullato la sessione a {lake} CINQUE giorni prima e mi addebitate {amt} di penale. Le vostre condizioni dicono 48 ore."
        ],
    },
}

FIX: ProblemTable = {
    "peg_taken": {
        "fr": ["votre session vous est remboursée et une nouvelle vous est offerte"],
        "pt": ["a sessão foi reembolsada e oferecemos-lhe uma nova"],
        "en": ["your session has been refunded and a new one is on us"],
        "de": ["die Session wurde erstattet und eine neue geht auf uns"],
        "es": ["le hemos devuelto la sesión y le regalamos otra"],
        "it": ["la sessione è stata rimborsata e ne offriamo un'altra"],
    },
    "double_charge": {
        "fr": ["le second prélèvement a été annulé, vous le verrez sous trois jours"],
        "pt": ["o segundo débito foi anulado, verá o valor em três dias"],
        "en": ["the second charge has been reversed, you'll see it within three days"],
        "de": ["die zweite Abbuchung wurde storniert, in drei Tagen ist sie zurück"],
        "es": ["hemos anulado el segundo cobro, lo verá en tres días"],
        "it": ["il secondo addebito è stato annullato, lo vedrà entro tre giorni"],
    },
    "boat_broken": {
        "fr": ["la location de la barque vous est remboursée et la batterie a été remplacée"],
        "pt": ["o aluguer do barco foi reembolsado e a bateria substituída"],
        "en": ["the boat hire has been refunded and the battery replaced"],
        "de": ["die Bootsmiete wurde erstattet und der Akku getauscht"],
        "es": ["le hemos devuelto el alquiler y cambiado la batería"],
        "it": ["il noleggio è stato rimborsato e la batteria sostituita"],
    },
    "refund": {
        "fr": ["le remboursement est parti ce matin"],
        "pt": ["o reembolso foi feito esta manhã"],
        "en": ["the refund went out this morning"],
        "de": ["die Erstattung ist heute früh raus"],
        "es": ["el reembolso salió esta mañana"],
        "it": ["il rimborso è partito stamattina"],
    },
    "wrong_price": {
        "fr": ["la différence vous a été remboursée et votre compte Club corrigé"],
        "pt": ["a diferença foi devolvida e a sua conta Club corrigida"],
        "en": ["the difference has been refunded and your Club account fixed"],
        "de": ["die Differenz wurde erstattet und Ihr Club-Konto korrigiert"],
        "es": ["le hemos devuelto la diferencia y corregido su cuenta Club"],
        "it": ["la differenza è stata rimborsata e il conto Club corretto"],
    },
    "cancel_fee": {
        "fr": ["les frais d'annulation ont été annulés et remboursés"],
        "pt": ["a taxa de cancelamento foi anulada e devolvida"],
        "en": ["the cancellation fee has been cancelled and refunded"],
        "de": ["die Stornogebühr wurde zurückgebucht"],
        "es": ["hemos anulado y devuelto la penalización"],
        "it": ["la penale è stata annullata e rimborsata"],
    },
}

SHORT_EMAIL: Table = {
    "fr": [
        "Bonjour,\n\n{core}\n\nMerci de me répondre rapidement.\n{first}",
        "Bonjour,\n\n{core}\n\nJ'attends une solution.\n\n{name}",
        "{core}\n\nC'est inadmissible.\n{first}",
    ],
    "pt": [
        "Bom dia,\n\n{core}\n\nAguardo resposta rápida.\n{first}",
        "Olá,\n\n{core}\n\nQuero uma solução.\n\n{name}",
        "{core}\n\nIsto não se faz.\n{first}",
    ],
    "en": ["Hello,\n\n{core}\n\nPlease sort this out.\n{first}"],
    "de": ["Hallo,\n\n{core}\n\nIch erwarte eine Lösung.\n{name}"],
    "es": ["Hola,\n\n{core}\n\nEspero una solución.\n{first}"],
    "it": ["Buongiorno,\n\n{core}\n\nAspetto una soluzione.\n{name}"],
}

SUBJECT_COMPLAINT: Table = {
    "fr": ["Réclamation : {topic}", "Réclamation – {topic}"],
    "pt": ["Reclamação: {topic}", "Reclamação – {topic}"],
    "en": ["Complaint: {topic}"],
    "de": ["Beschwerde: {topic}"],
    "es": ["Reclamación: {topic}"],
    "it": ["Reclamo: {topic}"],
}

CHAT_COMPLAINT: Table = {
    "fr": [
        "{core} Vous pouvez faire quelque chose ?",
        "Bonjour. {core}",
        "{core} J'attends une réponse MAINTENANT.",
    ],
    "pt": ["{core} Podem resolver isto?", "Bom dia. {core}", "{core} Quero resposta JÁ."],
    "en": ["{core} Can you do something about it?"],
    "de": ["{core} Können Sie da was machen?"],
    "es": ["{core} ¿Podéis hacer algo?"],
    "it": ["{core} Potete fare qualcosa?"],
}

SOCIAL_COMPLAINT: Table = {
    "fr": [
        "{core} Bravo Anzelo 👎",
        "{core} Franchement Anzelo, c'est quoi ce service ?",
        "Sérieusement Anzelo ? {core}",
    ],
    "pt": [
        "{core} Parabéns Anzelo 👎",
        "{core} A sério Anzelo, que serviço é este?",
        "Anzelo, a sério? {core}",
    ],
    "en": ["{core} Well done Anzelo 👎"],
    "de": ["{core} Danke für nichts, Anzelo 👎"],
    "es": ["{core} Enhorabuena Anzelo 👎"],
    "it": ["{core} Complimenti Anzelo 👎"],
}

WEB_COMPLAINT: Table = {
    "fr": ["{core}\nMerci de traiter ma demande.", "Objet : {topic}\n{core}"],
    "pt": ["{core}\nPeço que tratem do assunto.", "Assunto: {topic}\n{core}"],
    "en": ["{core}\nPlease look into it."],
    "de": ["{core}\nBitte kümmern Sie sich darum."],
    "es": ["{core}\nRuego lo revisen."],
    "it": ["{core}\nVi prego di verificare."],
}

PHONE_COMPLAINT: Table = {
    "fr": [
        "allô oui bonjour je vous appelle parce que {core} je voudrais qu'on me rappelle",
        "oui bonjour voilà {core} alors je fais comment",
    ],
    "pt": [
        "estou sim boa tarde estou a ligar porque {core} quero que me liguem de volta",
        "sim bom dia olhe {core} e agora como é que é",
    ],
    "en": ["yeah hi I'm ringing because {core} I'd like someone to call me back"],
    "de": ["ja hallo ich rufe an weil {core} ich möchte einen Rückruf"],
    "es": ["sí hola buenas le llamo porque {core} quiero que me llamen"],
    "it": ["pronto buongiorno chiamo perché {core} voglio essere richiamato"],
}

PHONE_LATER: Table = {
    "fr": [
        "oui bonjour c'est encore moi {core}",
        "allô bonjour je rappelle {core} merci de faire quelque chose",
    ],
    "pt": [
        "olá boa tarde sou eu outra vez {core}",
        "sim bom dia volto a ligar {core} façam alguma coisa por favor",
    ],
    "en": ["hi it's me again {core}"],
    "de": ["ja hallo ich bin's nochmal {core}"],
    "es": ["hola buenas soy yo otra vez {core}"],
    "it": ["pronto salve sono di nuovo io {core}"],
}

LONG_EMAIL: Table = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de mon père, qui réapprend à marcher depuis son AVC, alors pardonnez le style. Depuis deux ans la pêche du samedi est notre seule vraie sortie à tous les deux, je réserve tout chez vous et je n'ai jamais eu à me plaindre.\n\n{core}\n\nJ'ai dit à mon père que ce n'était pas grave. Mais si, c'est grave : des samedis comme ça, il n'en a plus tant que ça. Je voudrais une vraie réponse et une solution, pas un message automatique.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nJe suis boulangère, je me lève à 3h six jours sur sept et mon seul jour de repos, je le passe au bord de l'eau. J'écris ce mail entre deux fournées, donc je serai directe.\n\n{core}\n\nJ'ai recommandé Anzelo à la moitié de mes clients. Aujourd'hui je me demande si j'ai bien fait. Merci de régler ça rapidement.\n\n{name}",
        "Bonjour,\n\nPardon pour mon français, je suis portugais et j'habite ici depuis quinze ans, mais j'écris mieux dans ma langue. Je pêche avec vous depuis l'ouverture du lac et j'ai toujours été content.\n\n{core}\n\nJ'attends une réponse et une solution, s'il vous plaît.\n\nMerci,\n{name}",
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo do carro, à porta do treino de futebol do meu filho, por isso desculpem algum erro. Sou cliente há três anos, reservo quase todos os fins de semana e nunca tive razão de queixa.\n\n{core}\n\nO meu filho passou a semana a contar os dias para este sábado. Não é só o dinheiro, é a desilusão dele. Gostava de uma resposta a sério e de uma solução.\n\nCumprimentos,\n{name}",
        "Exmos. Senhores,\n\nSou enfermeira, faço noites no hospital e a pesca ao domingo de manhã é o que me mantém sã. Escrevo-vos na pausa do turno, com o café da máquina ao lado.\n\n{core}\n\nSempre defendi a Anzelo junto dos colegas. Agora não sei o que lhes dizer. Aguardo uma solução rápida.\n\nCom os melhores cumprimentos,\n{name}",
    ],
}

CASE_OPENED: Table = {
    "fr": [
        "Bonjour {first},\n\nMerci pour votre message et toutes nos excuses. Nous avons ouvert le dossier {ref} et un conseiller revient vers vous sous 48 h.\n\nL'équipe Anzelo",
        "Bonjour {first},\n\nNous sommes désolés. Votre demande est enregistrée sous le numéro {ref}, nous la traitons en priorité.\n\nL'équipe Anzelo",
    ],
    "pt": [
        "Olá {first},\n\nObrigado pela sua mensagem e as nossas desculpas. Abrimos o processo {ref} e um colega entra em contacto consigo nas próximas 48 horas.\n\nEquipa Anzelo",
        "Bom dia {first},\n\nLamentamos muito. O seu pedido ficou registado com o número {ref} e está a ser tratado com prioridade.\n\nEquipa Anzelo",
    ],
    "en": [
        "Hi {first},\n\nThanks for getting in touch, and sorry. We've opened case {ref} and someone will come back to you within 48 hours.\n\nThe Anzelo team"
    ],
    "de": [
        "Hallo {first},\n\ndanke für Ihre Nachricht, und Entschuldigung. Wir haben den Vorgang {ref} angelegt und melden uns innerhalb von 48 Stunden.\n\nIhr Anzelo-Team"
    ],
    "es": [
        "Hola {first},\n\nGracias por escribirnos y disculpe. Hemos abierto la incidencia {ref} y le contestaremos en 48 horas.\n\nEl equipo de Anzelo"
    ],
    "it": [
        "Buongiorno {first},\n\ngrazie del messaggio e ci scusi. Abbiamo aperto la pratica {ref} e la ricontatteremo entro 48 ore.\n\nIl team Anzelo"
    ],
}

CASE_SUBJECT: Table = {
    "fr": ["Votre demande {ref}"],
    "pt": ["O seu pedido {ref}"],
    "en": ["Your case {ref}"],
    "de": ["Ihr Vorgang {ref}"],
    "es": ["Su incidencia {ref}"],
    "it": ["La sua pratica {ref}"],
}

RE_SUBJECT: Table = {
    "fr": ["RE : Demande {ref}", "Dossier {ref}"],
    "pt": ["RE: Pedido {ref}", "Processo {ref}"],
    "en": ["Re: Your case {ref}"],
    "de": ["AW: Vorgang {ref}"],
    "es": ["RE: Incidencia {ref}"],
    "it": ["R: Pratica {ref}"],
}

CHAT_CASE: Table = {
    "fr": [
        "Je suis vraiment désolée. J'ai ouvert le dossier {ref}, un collègue vous recontacte aujourd'hui.",
        "Toutes nos excuses. Dossier {ref} ouvert, on s'en occupe.",
    ],
    "pt": [
        "Lamento imenso. Abri o processo {ref}, um colega volta a contactá-lo hoje.",
        "As nossas desculpas. Processo {ref} aberto, vamos tratar disso.",
    ],
    "en": ["I'm really sorry. I've opened case {ref}, a colleague will get back to you today."],
    "de": [
        "Das tut mir sehr leid. Ich habe den Vorgang {ref} angelegt, ein Kollege meldet sich heute."
    ],
    "es": ["Lo siento mucho. He abierto la incidencia {ref}, un compañero le contactará hoy."],
    "it": ["Mi dispiace molto. Ho aperto la pratica {ref}, un collega la ricontatta oggi."],
}

GOOD_NEWS: Table = {
    "fr": [
        "Bonjour {first},\n\nBonne nouvelle concernant le dossier {ref} : {fix}. Pouvez-vous nous confirmer que tout est en ordre de votre côté ?\n\nL'équipe Anzelo"
    ],
    "pt": [
        "Olá {first},\n\nBoas notícias sobre o processo {ref}: {fix}. Pode confirmar-nos que está tudo bem do seu lado?\n\nEquipa Anzelo"
    ],
    "en": [
        "Hi {first},\n\nGood news on case {ref}: {fix}. Could you confirm everything's fine on your side?\n\nThe Anzelo team"
    ],
    "de": [
        "Hallo {first},\n\ngute Nachrichten zum Vorgang {ref}: {fix}. Können Sie bestätigen, dass alles passt?\n\nIhr Anzelo-Team"
    ],
    "es": [
        "Hola {first},\n\nBuenas noticias sobre la incidencia {ref}: {fix}. ¿Nos confirma que todo está bien?\n\nEl equipo de Anzelo"
    ],
    "it": [
        "Buongiorno {first},\n\nbuone notizie sulla pratica {ref}: {fix}. Ci conferma che è tutto a posto?\n\nIl team Anzelo"
    ],
}

APOLOGY: Table = {
    "fr": [
        "Bonjour, je voulais m'excuser pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça aussi vite.",
        "Désolée pour le ton d'hier. Merci pour le remboursement, c'est réglé pour moi.",
        "Re-bonjour, je m'excuse de m'être emporté hier. Vous avez été réactifs, merci.",
    ],
    "pt": [
        "Bom dia, queria pedir desculpa pela mensagem de ontem, estava mesmo chateado. Obrigado por resolverem tão depressa.",
        "Desculpem o tom de ontem. Obrigada, já está tudo resolvido para mim.",
        "Olá de novo, peço desculpa por me ter exaltado ontem. Foram rápidos, obrigado.",
    ],
    "en": ["Morning, sorry for losing my rag yesterday. Thanks for sorting it so fast."],
    "de": [
        "Hallo, sorry für meinen Ton gestern, ich war echt sauer. Danke, dass das so schnell geklärt wurde."
    ],
    "es": [
        "Hola, perdón por el tono de ayer, estaba muy enfadado. Gracias por solucionarlo tan rápido."
    ],
    "it": [
        "Buongiorno, scusate per il tono di ieri, ero furioso. Grazie per aver risolto così in fretta."
    ],
}

LOW_CSAT: Table = {
    "fr": ["Nul.", "Déçu.", "", "Pas content du tout"],
    "pt": ["Péssimo.", "Desiludido.", "", "Nada satisfeita"],
    "en": ["Poor.", ""],
    "de": ["Schlecht.", ""],
    "es": ["Fatal.", ""],
    "it": ["Pessimo.", ""],
}

LOW_NPS: Table = {
    "fr": ["Pas avant que ce soit réglé.", "Très déçu.", "", "Je ne recommanderai pas en l'état"],
    "pt": ["Só quando resolverem.", "Muito desiludida.", "", "Assim não recomendo"],
    "en": ["Not until this is fixed.", ""],
    "de": ["Erst wenn das geklärt ist.", ""],
    "es": ["Hasta que lo arreglen, no.", ""],
    "it": ["Non finché non risolvete.", ""],
}

CONFIRM: Table = {
    "fr": [
        "Bonjour, je confirme pour le dossier {ref} : c'est bon, tout est en ordre. Merci !",
        "Dossier {ref} : c'est réglé, j'ai bien vu le remboursement. Merci à vous.",
    ],
    "pt": [
        "Bom dia, confirmo quanto ao processo {ref}: está tudo certo. Obrigado!",
        "Processo {ref}: resolvido, já vi o reembolso. Obrigada.",
    ],
    "en": ["Confirmed for case {ref}, all sorted. Thanks!"],
    "de": ["Bestätige für Vorgang {ref}: alles in Ordnung. Danke!"],
    "es": ["Confirmo lo de la incidencia {ref}: todo correcto. ¡Gracias!"],
    "it": ["Confermo per la pratica {ref}: tutto a posto. Grazie!"],
}

CONFIRM_SUBJECT: Table = {
    "fr": ["RE : Dossier {ref}"],
    "pt": ["RE: Processo {ref}"],
    "en": ["Re: Case {ref}"],
    "de": ["AW: Vorgang {ref}"],
    "es": ["RE: Incidencia {ref}"],
    "it": ["R: Pratica {ref}"],
}

# Repeat contacts: {ref}, {topic}, {comp}
SECOND: Table = {
    "fr": [
        "Dossier {ref} ({topic}) : toujours rien. J'ai déjà écrit et personne ne m'a répondu concrètement.",
        "Je relance pour le dossier {ref} ({topic}). Toujours pas réglé.",
        "Bonjour, dossier {ref} – {topic} – c'est TOUJOURS en cours ?",
    ],
    "pt": [
        "Processo {ref} ({topic}): continua tudo igual. Já escrevi e ninguém me respondeu a sério.",
        "Volto a insistir no processo {ref} ({topic}). Continua por resolver.",
        "Bom dia, processo {ref} – {topic} – AINDA está pendente?",
    ],
    "en": [
        "Case {ref} ({topic}): still nothing. I've already written and nobody has actually answered."
    ],
    "de": [
        "Vorgang {ref} ({topic}): immer noch nichts. Ich habe schon geschrieben, keine echte Antwort."
    ],
    "es": [
        "Incidencia {ref} ({topic}): sigo igual. Ya escribí y nadie me ha contestado de verdad."
    ],
    "it": [
        "Pratica {ref} ({topic}): ancora niente. Ho già scritto e nessuno mi ha risposto davvero."
    ],
}

THIRD: Table = {
    "fr": [
        "C'est la troisième fois que je vous contacte pour le dossier {ref} ({topic}). Un collègue pêche chez {comp} et chez eux ce genre de problème est réglé dans la journée.",
        "Troisième message pour le dossier {ref}, {topic}. J'ai regardé les tarifs de {comp}, je vous le dis.",
    ],
    "pt": [
        "É a terceira vez que vos contacto sobre o processo {ref} ({topic}). Um colega pesca com a {comp} e lá isto resolve-se no próprio dia.",
        "Terceira mensagem sobre o processo {ref}, {topic}. Já fui ver os preços da {comp}, fiquem a saber.",
    ],
    "en": [
        "Third time I'm contacting you about case {ref} ({topic}). A mate fishes with {comp} and they sort this kind of thing the same day."
    ],
    "de": [
        "Das dritte Mal wegen Vorgang {ref} ({topic}). Ein Kollege angelt über {comp}, da wird sowas am selben Tag geklärt."
    ],
    "es": [
        "Tercera vez que os escribo por la incidencia {ref} ({topic}). He mirado los precios de {comp}, que lo sepáis."
    ],
    "it": [
        "Terza volta che vi contatto per la pratica {ref} ({topic}). Un collega pesca con {comp} e lì risolvono in giornata."
    ],
}

FOURTH: Table = {
    "fr": [
        "QUATRIÈME fois. Dossier {ref}, {topic}, toujours pas réglé. Je ne sais plus quoi vous dire.",
        "4e relance, dossier {ref}. {topic}. C'est une blague ?",
    ],
    "pt": [
        "QUARTA vez. Processo {ref}, {topic}, continua sem solução. Já não sei o que vos diga.",
        "4.ª vez, processo {ref}. {topic}. Estão a brincar comigo?",
    ],
    "en": ["FOURTH time. Case {ref}, {topic}, still not fixed. I don't know what else to say."],
    "de": ["Zum VIERTEN Mal. Vorgang {ref}, {topic}, immer noch nicht gelöst."],
    "es": ["CUARTA vez. Incidencia {ref}, {topic}, sin resolver. Ya no sé qué deciros."],
    "it": ["QUARTA volta. Pratica {ref}, {topic}, ancora niente. Non so più cosa dirvi."],
}

QUALITY_LEAD: Table = {
    "fr": [
        "Bonjour {first},\n\nVotre dossier {ref} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi.\n\nL'équipe Anzelo"
    ],
    "pt": [
        "Olá {first},\n\nO seu processo {ref} passou para a nossa responsável de qualidade, que lhe vai ligar antes de sexta-feira à hora de almoço.\n\nEquipa Anzelo"
    ],
    "en": [
        "Hi {first},\n\nYour case {ref} is now with our quality lead, who will ring you before Friday lunchtime.\n\nThe Anzelo team"
    ],
    "de": [
        "Hallo {first},\n\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n\nIhr Anzelo-Team"
    ],
    "es": [
        "Hola {first},\n\nSu incidencia {ref} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes a mediodía.\n\nEl equipo de Anzelo"
    ],
    "it": [
        "Buongiorno {first},\n\nla sua pratica {ref} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\n\nIl team Anzelo"
    ],
}

URGENT_CHAT: Table = {
    "fr": ["J'ai ajouté votre message au dossier {ref} et je l'ai marqué urgent."],
    "pt": ["Juntei a sua mensagem ao processo {ref} e marquei-o como urgente."],
    "en": ["I've added this to case {ref} and marked it urgent."],
    "de": ["Ich habe das zum Vorgang {ref} hinzugefügt und als dringend markiert."],
    "es": ["Lo he añadido a la incidencia {ref} y la he marcado como urgente."],
    "it": ["Ho aggiunto il messaggio alla pratica {ref} e l'ho segnata urgente."],
}

# Slide: six steps; the last names {comp}. Amounts fixed per language.
SLIDE: dict[str, list[list[str]]] = {
    "fr": [
        [
            "Le garde ne passe plus le matin en semaine à {lake}. Personne pour demander où ça mord. Dommage.",
            "Pas d'alevinage à {lake} depuis le printemps visiblement, et la box appâts était à moitié vide samedi. Ça se dégrade.",
            "L'appli m'a déplacé du poste 3 au poste 18, sur la berge en plein soleil, sans me demander. Pas top.",
            "Le Club passe de 14,90 € à 18,90 € par mois, avec deux lacs en moins. Payer plus pour moins, génial.",
            "25 € de « frais de nettoyage du poste » alors que je l'ai laissé propre, j'ai les photos !! Je suis FURIEUX.",
            "Mon beau-frère pêche chez {comp} depuis cet été. J'ai réservé là-bas pour samedi.",
        ],
        [
            "Plus de café ni de garde le matin à {lake}. C'était ce qui faisait la différence.",
            "Les pontons de {lake} ne sont plus entretenus, une planche cassée au poste 6. Bof.",
            "Troisième fois que l'appli change mon poste toute seule. Ça commence à m'agacer.",
            "Hausse du Club à 18,90 € et moins de lacs. Sympa pour les fidèles.",
            "On me facture 25 € de nettoyage pour un poste laissé IMPECCABLE. Photos à l'appui. Inadmissible.",
            "Ma sœur est passée chez {comp}, je viens de réserver chez eux pour samedi. Voilà.",
        ],
    ],
    "pt": [
        [
            "O guarda já não passa de manhã durante a semana em {lake}. Ninguém para perguntar onde está a picar. Pena.",
            "Não repovoam {lake} desde a primavera e a caixa de isco vinha meio vazia no sábado. Está a piorar.",
            "A app mudou-me do pesqueiro 3 para o 18, ao sol, sem perguntar nada. Não gostei.",
            "O Club passa de 14,90 € para 18,90 € por mês e com menos dois lagos. Pagar mais por menos, boa.",
            "25 € de 'taxa de limpeza do pesqueiro' quando o deixei limpo, tenho fotos!! Estou FURIOSO.",
            "O meu cunhado pesca com a {comp} desde o verão. Já reservei lá para sábado.",
        ],
        [
            "Acabou o café e o guarda da manhã em {lake}. Era isso que fazia a diferença.",
            "Os pontões de {lake} estão ao abandono, uma tábua partida no pesqueiro 6. Enfim.",
            "Terceira vez que a app me troca o pesqueiro sozinha. Começa a irritar.",
            "Aumento do Club para 18,90 € e menos lagos. Bonito para os clientes fiéis.",
            "Cobram-me 25 € de limpeza por um pesqueiro que deixei IMPECÁVEL. Tenho fotos. Inadmissível.",
            "A minha irmã mudou-se para a {comp} e acabei de reservar lá para sábado. Pronto.",
        ],
    ],
    "en": [
        [
            "The bailiff doesn't come round on weekday mornings at {lake} any more. Nobody to ask what's feeding. Shame.",
            "No restocking at {lake} since spring by the look of it, and the bait box was half empty on Saturday. Going downhill.",
            "App moved me from peg 3 to peg 18, full sun, without asking. Not great.",
            "Club going from £13 to £16 a month with two fewer lakes. Paying more for less, brilliant.",
            "£22 'swim cleaning fee' when I left it spotless, I've got PHOTOS!! Absolutely FUMING.",
            "My brother-in-law fishes with {comp} now. Booked there for Saturday.",
        ]
    ],
    "de": [
        [
            "Der Aufseher kommt unter der Woche morgens nicht mehr in {lake} vorbei. Keiner, den man fragen kann. Schade.",
            "Seit dem Frühjahr kein Besatz mehr in {lake}, und die Köderbox war Samstag halb leer. Wird immer schlechter.",
            "Die App hat mich ohne Rückfrage von Platz 3 auf Platz 18 in die pralle Sonne verlegt. Nicht gut.",
            "Club von 14,90 € auf 18,90 € im Monat, dafür zwei Seen weniger. Mehr zahlen für weniger, toll.",
            "25 € 'Platzreinigung', obwohl ich alles sauber hinterlassen habe, ich habe FOTOS!! Ich bin STINKSAUER.",
            "Mein Schwager angelt jetzt über {comp}. Hab für Samstag dort gebucht.",
        ]
    ],
    "es": [
        [
            "El guarda ya no pasa por las mañanas entre semana en {lake}. Nadie a quien preguntar. Una pena.",
            "Sin repoblar {lake} desde primavera y la caja de cebo medio vacía el sábado. Va a peor.",
            "La app me cambió del puesto 3 al 18, a pleno sol, sin preguntar. Mal.",
            "El Club pasa de 14,90 € a 18,90 € al mes con dos lagos menos. Pagar más por menos, genial.",
            "25 € de 'limpieza del puesto' cuando lo dejé limpio, ¡¡tengo FOTOS!! Estoy que ARDO.",
            "Mi cuñado pesca con {comp} ahora. He reservado allí para el sábado.",
        ]
    ],
    "it": [
        [
            "Il guardiano non passa più la mattina in settimana a {lake}. Nessuno a cui chiedere. Peccato.",
            "Niente ripopolamento a {lake} da primavera e la scatola esche mezza vuota sabato. Sta peggiorando.",
            "L'app mi ha spostato dalla postazione 3 alla 18, in pieno sole, senza chiedere. Non bene.",
            "Il Club passa da 14,90 € a 18,90 € al mese con due laghi in meno. Pagare di più per meno, bravi.",
            "25 € di 'pulizia postazione' quando l'ho lasciata pulita, ho le FOTO!! Sono FURIOSO.",
            "Mio cognato pesca con {comp} adesso. Ho prenotato lì per sabato.",
        ]
    ],
}

LEAVE: Table = {
    "fr": [
        "Bonjour,\n\nNous déménageons à Paris dans un appartement, sans voiture : je ne pourrai plus aller au bord de l'eau. Je souhaite résilier mon abonnement Anzelo Club et fermer mon compte. Merci pour ces belles années.\n\n{name}",
        "Bonjour,\n\nAvec ma prime, j'ai acheté un petit terrain avec un étang au fond, je n'aurai plus besoin de vous 🙂 Je souhaite résilier le Club et clôturer mon compte.\n\n{name}",
    ],
    "pt": [
        "Bom dia,\n\nVamos mudar-nos para um apartamento em Lisboa e fico sem carro, por isso acabou a pesca. Quero cancelar o Anzelo Club e fechar a minha conta. Obrigado por estes anos.\n\n{name}",
        "Olá,\n\nCom o prémio do trabalho comprei um terreno com um pequeno lago, já não vou precisar de vocês 🙂 Quero cancelar o Club e fechar a conta.\n\n{name}",
    ],
    "en": [
        "Hi,\n\nWe're moving into a flat in the city and selling the car, so that's the end of the fishing for now. Please cancel my Anzelo Club membership and close my account.\n\n{name}"
    ],
    "de": [
        "Hallo,\n\nwir ziehen in eine Stadtwohnung ohne Auto, mit dem Angeln ist erstmal Schluss. Ich möchte den Anzelo Club kündigen und mein Konto schließen.\n\n{name}"
    ],
    "es": [
        "Hola,\n\nNos mudamos a un piso en la ciudad sin coche, así que se acabó la pesca por ahora. Quiero darme de baja del Anzelo Club y cerrar mi cuenta.\n\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nci trasferiamo in un appartamento in città senza auto, niente più pesca per ora. Vorrei disdire l'Anzelo Club e chiudere il conto.\n\n{name}"
    ],
}

LEAVE_SUBJECT: Table = {
    "fr": ["Résiliation Club et compte"],
    "pt": ["Cancelamento do Club e da conta"],
    "en": ["Cancel membership and account"],
    "de": ["Kündigung Club und Konto"],
    "es": ["Baja del Club y de la cuenta"],
    "it": ["Disdetta Club e conto"],
}

SORRY_TO_GO: Table = {
    "fr": [
        "Bonjour {first},\n\nNous sommes désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Mon compte > Abonnement ; le compte se ferme ensuite en un clic.\n\nBelle continuation,\nL'équipe Anzelo"
    ],
    "pt": [
        "Olá {first},\n\nLamentamos vê-lo partir. Pode cancelar na app ou no site, em A minha conta > Subscrição; depois a conta fecha-se com um clique.\n\nTudo de bom,\nEquipa Anzelo"
    ],
    "en": [
        "Hi {first},\n\nSorry to see you go. You can cancel yourself in the app or on the website under My account > Membership, then close the account in one click.\n\nAll the best,\nThe Anzelo team"
    ],
    "de": [
        "Hallo {first},\n\nschade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Mein Konto > Mitgliedschaft kündigen.\n\nAlles Gute,\nIhr Anzelo-Team"
    ],
    "es": [
        "Hola {first},\n\nSentimos que se vaya. Puede darse de baja en la app o en la web, en Mi cuenta > Suscripción.\n\nUn saludo,\nEl equipo de Anzelo"
    ],
    "it": [
        "Buongiorno {first},\n\nci dispiace vederla andare via. Può disdire direttamente nell'app o sul sito, in Il mio conto > Abbonamento.\n\nUn saluto,\nIl team Anzelo"
    ],
}

GRUMBLES: Table = {
    "fr": [
        "L'appli Anzelo me déconnecte à CHAQUE fois. Retaper son mot de passe au bord de l'eau avec les mains mouillées, merci.",
        "Le SMS « votre session se termine dans 1 h » à 6h du matin un dimanche, vraiment utile.",
        "Le parking de {lake} est un champ de boue dès qu'il pleut. Ça fait un an qu'on le signale.",
        "Toilettes du chalet encore fermées à {lake}. Comme d'habitude.",
        "La carte des postes dans l'appli n'est pas à jour, le poste 11 n'existe plus depuis des mois.",
        "Pas un arbre ni un parasol sur les postes 12 à 20. En août, c'est intenable.",
        "La box appâts « familiale » tient dans une main. On se moque de qui ?",
    ],
    "pt": [
        "A app da Anzelo desliga-me a sessão SEMPRE. Escrever a password à beira da água com as mãos molhadas, obrigadinho.",
        "O SMS 'a sua sessão termina dentro de 1 h' às 6 da manhã de domingo, muito útil.",
        "O parque de {lake} fica um lamaçal mal chove. Há um ano que avisamos.",
        "WC do abrigo outra vez fechado em {lake}. O costume.",
        "O mapa dos pesqueiros na app está desatualizado, o 11 já não existe há meses.",
        "Nem uma árvore nem um guarda-sol nos pesqueiros 12 a 20. Em agosto não se aguenta.",
        "A caixa de isco 'familiar' cabe numa mão. Estão a gozar?",
    ],
    "en": [
        "The Anzelo app logs me out EVERY single time. Typing a password with wet hands on the bank, lovely.",
        "Car park at {lake} is a bog again. Been reported for a year.",
        "Peg map in the app is out of date, peg 11 hasn't existed for months.",
        "Toilets at the hut shut again at {lake}. As usual.",
    ],
    "de": [
        "Die Anzelo-App loggt mich JEDES Mal aus. Passwort tippen mit nassen Händen am Wasser, danke.",
        "Parkplatz in {lake} ist wieder ein Schlammloch. Seit einem Jahr gemeldet.",
        "Die Platzkarte in der App stimmt nicht, Platz 11 gibt es seit Monaten nicht mehr.",
        "Klo an der Hütte in {lake} wieder zu. Wie immer.",
    ],
    "es": [
        "La app de Anzelo me cierra la sesión CADA vez. Meter la contraseña con las manos mojadas, gracias.",
        "El parking de {lake} es un barrizal otra vez. Llevamos un año avisando.",
        "El mapa de puestos de la app no está actualizado, el 11 ya no existe.",
        "El baño de la caseta cerrado otra vez en {lake}. Lo de siempre.",
    ],
    "it": [
        "L'app Anzelo mi disconnette OGNI volta. Scrivere la password con le mani bagnate, grazie.",
        "Il parcheggio di {lake} è di nuovo un pantano. Segnalato da un anno.",
        "La mappa delle postazioni nell'app non è aggiornata, la 11 non esiste più.",
        "Bagno del chiosco di nuovo chiuso a {lake}. Come sempre.",
    ],
}

SARCASM: Table = {
    "fr": [
        "Superbe, la barque « rechargée » avec 10 % de batterie. Heureusement que j'ai des bras 👏",
        "Merci Anzelo pour le poste « ombragé » : un arbre mort et 34 degrés 😂",
    ],
    "pt": [
        "Excelente, o barco 'carregado' com 10% de bateria. Ainda bem que tenho braços 👏",
        "Obrigado Anzelo pelo pesqueiro 'com sombra': uma árvore seca e 34 graus 😂",
    ],
    "en": ["Love the 'fully charged' boat with 10% battery. Good thing I've got arms 👏"],
    "de": ["Danke Anzelo für den 'schattigen' Platz: ein toter Baum und 34 Grad 😂"],
    "es": ["Gracias Anzelo por el puesto 'con sombra': un árbol seco y 34 grados 😂"],
    "it": ["Grazie Anzelo per la postazione 'ombreggiata': un albero secco e 34 gradi 😂"],
}

#: quiet_hours: (mild grumble, answer)
MILD: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "La recherche de lacs m'affiche ceux de Bretagne alors que j'habite dans l'Est, c'est normal ?",
            "Bonjour ! Il faut autoriser la localisation dans l'appli, sinon elle prend la région du compte. Je vous l'ai corrigée.",
        ),
        (
            "Les SMS de rappel m'arrivent en anglais depuis quelques jours. Pas grave mais bizarre.",
            "Bonjour ! Merci, la langue des SMS était mal enregistrée sur votre compte, c'est corrigé.",
        ),
    ],
    "pt": [
        (
            "A pesquisa de lagos mostra-me os do Algarve e eu vivo em Viseu, é normal?",
            "Olá! É preciso ativar a localização na app, senão usa a região da conta. Já corrigi.",
        ),
        (
            "Os SMS de lembrete chegam-me em inglês há uns dias. Não é grave mas é estranho.",
            "Olá! Obrigado, a língua dos SMS estava mal registada na sua conta, já está corrigida.",
        ),
    ],
    "en": [
        (
            "Lake search keeps showing me lakes 200 miles away, bit odd.",
            "Hi! Location was off in the app so it used your account region. Fixed it for you.",
        )
    ],
    "de": [
        (
            "Die Seesuche zeigt mir Seen am anderen Ende des Landes, komisch.",
            "Hallo! Die Standortfreigabe war aus, deshalb die Kontoregion. Ist korrigiert.",
        )
    ],
    "es": [
        (
            "La búsqueda de lagos me enseña los de la otra punta del país, qué raro.",
            "¡Hola! Tenía la ubicación desactivada en la app. Ya está corregido.",
        )
    ],
    "it": [
        (
            "La ricerca laghi mi mostra quelli dall'altra parte d'Italia, strano.",
            "Ciao! La posizione era disattivata nell'app. Ho corretto.",
        )
    ],
}

MILD_ACK: Table = {
    "fr": [
        "Bonjour {first},\n\nMerci pour votre message, c'est corrigé sur votre compte.\n\nL'équipe Anzelo"
    ],
    "pt": ["Olá {first},\n\nObrigado pela mensagem, já corrigimos na sua conta.\n\nEquipa Anzelo"],
    "en": [
        "Hi {first},\n\nThanks for letting us know, it's fixed on your account.\n\nThe Anzelo team"
    ],
    "de": [
        "Hallo {first},\n\ndanke für den Hinweis, ist in Ihrem Konto korrigiert.\n\nIhr Anzelo-Team"
    ],
    "es": [
        "Hola {first},\n\nGracias por avisar, ya está corregido en su cuenta.\n\nEl equipo de Anzelo"
    ],
    "it": [
        "Buongiorno {first},\n\ngrazie della segnalazione, è corretto sul suo conto.\n\nIl team Anzelo"
    ],
}

# --- the spike: wardens' scanners issuing penalty notices for valid tickets ---

SPIKE_CODE = "R7/418"
SPIKE_EUR = 75.0

SPIKE_CORE: Table = {
    "fr": [
        "le garde a scanné mon billet à {lake} à {hhmm} et deux minutes après je reçois un avis de pénalité de {amt} pour « pêche sans titre valable », réf. {code}",
        "billet valide, contrôlé par le garde à {hhmm} à {lake}, et dans la foulée une AMENDE de {amt} « sans titre valable » ({code}) dans l'appli et par mail",
    ],
    "pt": [
        "o guarda leu o meu bilhete em {lake} às {hhmm} e dois minutos depois recebo um aviso de penalização de {amt} por 'pesca sem título válido', ref. {code}",
        "bilhete válido, verificado pelo guarda às {hhmm} em {lake}, e logo a seguir uma MULTA de {amt} 'sem título válido' ({code}) na app e por email",
    ],
    "en": [
        "the bailiff scanned my ticket at {lake} at {hhmm} and two minutes later I get a penalty notice for {amt}, 'fishing without a valid ticket', ref {code}"
    ],
    "de": [
        "der Aufseher hat um {hhmm} in {lake} meine Karte gescannt und zwei Minuten später kommt ein Strafbescheid über {amt}, 'Angeln ohne gültige Karte', Az. {code}"
    ],
    "es": [
        "el guarda escaneó mi entrada en {lake} a las {hhmm} y dos minutos después me llega una sanción de {amt} por 'pescar sin título válido', ref. {code}"
    ],
    "it": [
        "il guardiano ha scansionato il mio biglietto a {lake} alle {hhmm} e due minuti dopo mi arriva una sanzione di {amt} per 'pesca senza titolo valido', rif. {code}"
    ],
}

SPIKE_FRAME: dict[str, Table] = {
    "social": {
        "fr": [
            "C'est quoi ce délire Anzelo ?? {Core} !!",
            "Je rêve. {Core}. Je paie pour me faire verbaliser ? Anzelo 😡",
        ],
        "pt": [
            "Que brincadeira é esta Anzelo?? {Core}!!",
            "Não acredito. {Core}. Pago para ser multado? Anzelo 😡",
        ],
        "en": ["What on earth Anzelo?? {Core}!!"],
        "de": ["Was soll das, Anzelo?? {Core}!!"],
        "es": ["¿¿Qué es esto Anzelo?? {Core}!!"],
        "it": ["Ma che succede Anzelo?? {Core}!!"],
    },
    "chat": {
        "fr": [
            "Bonjour, {core}. Je dois payer ??",
            "bonjour urgent : {core}. c'est une erreur j'espère",
        ],
        "pt": ["Bom dia, {core}. Tenho de pagar??", "bom dia urgente: {core}. é engano espero eu"],
        "en": ["Hi, {core}. Do I have to pay this??"],
        "de": ["Hallo, {core}. Muss ich das zahlen??"],
        "es": ["Hola, {core}. ¿¿Tengo que pagarla??"],
        "it": ["Buongiorno, {core}. Devo pagare??"],
    },
    "community": {
        "fr": [
            "Quelqu'un d'autre ce matin ? {Core}. Anzelo, une explication ?",
            "Attention les amis : {core}. On est plusieurs au ponton dans le même cas.",
        ],
        "pt": [
            "Mais alguém esta manhã? {Core}. Anzelo, expliquem-se.",
            "Atenção malta: {core}. Somos vários no pontão na mesma situação.",
        ],
        "en": ["Anyone else this morning? {Core}. Half the lake's got one."],
        "de": ["Noch jemand heute früh? {Core}. Am Steg haben das mehrere."],
        "es": ["¿Alguien más esta mañana? {Core}. En el pantalán somos varios."],
        "it": ["Qualcun altro stamattina? {Core}. Al pontile siamo in tanti."],
    },
    "email": {
        "fr": [
            "Bonjour,\n\nCe matin, {core}. Je conteste évidemment cet avis. Merci de l'annuler.\n\n{name}"
        ],
        "pt": [
            "Bom dia,\n\nEsta manhã, {core}. Contesto, claro, este aviso. Peço que o anulem.\n\n{name}"
        ],
        "en": [
            "Hello,\n\nThis morning {core}. I obviously dispute this. Please cancel it.\n\n{name}"
        ],
        "de": [
            "Guten Morgen,\n\nheute früh: {core}. Ich widerspreche natürlich. Bitte stornieren.\n\n{name}"
        ],
        "es": [
            "Buenos días,\n\nEsta mañana {core}. Evidentemente lo recurro. Anúlenla, por favor.\n\n{name}"
        ],
        "it": [
            "Buongiorno,\n\nstamattina {core}. Ovviamente contesto. Vi prego di annullarla.\n\n{name}"
        ],
    },
    "web": {
        "fr": ["Contestation avis {code} : {core}. Je demande l'annulation."],
        "pt": ["Contestação do aviso {code}: {core}. Peço a anulação."],
        "en": ["Disputing notice {code}: {core}. Please cancel."],
        "de": ["Widerspruch Bescheid {code}: {core}. Bitte aufheben."],
        "es": ["Recurso sanción {code}: {core}. Solicito la anulación."],
        "it": ["Contestazione sanzione {code}: {core}. Chiedo l'annullamento."],
    },
}

SPIKE_SUBJECT: Table = {
    "fr": ["Avis de pénalité {code} – erreur"],
    "pt": ["Aviso de penalização {code} – engano"],
    "en": ["Penalty notice {code} - mistake"],
    "de": ["Strafbescheid {code} – Fehler"],
    "es": ["Sanción {code} – error"],
    "it": ["Sanzione {code} – errore"],
}

SPIKE_REPEAT: Table = {
    "fr": [
        "Toujours l'avis {code}, et maintenant mon fils en a reçu un aussi sur son téléphone alors que son billet a été scanné en même temps que le mien.",
        "Deuxième avis {code} en vingt minutes, le garde a re-scanné au ponton. Je fais quoi, je range les cannes ?",
    ],
    "pt": [
        "Continua o aviso {code}, e agora o meu filho também recebeu um no telemóvel dele, e o bilhete dele foi lido ao mesmo tempo que o meu.",
        "Segundo aviso {code} em vinte minutos, o guarda voltou a ler no pontão. Faço o quê, arrumo as canas?",
    ],
    "en": [
        "Still the {code} notice, and now my wife's had one too on her phone, same scan as mine."
    ],
    "de": [
        "Immer noch der Bescheid {code}, und jetzt hat meine Frau auch einen auf dem Handy, gleicher Scan wie bei mir."
    ],
    "es": [
        "Sigue la sanción {code} y ahora a mi mujer le ha llegado otra al móvil, escaneada a la vez que la mía."
    ],
    "it": [
        "Sempre la sanzione {code}, e adesso ne è arrivata una anche a mia moglie sul telefono, stessa scansione."
    ],
}

SPIKE_CHAT_ANSWER: Table = {
    "fr": [
        "Oui, nous sommes au courant : ce matin le scanner des gardes envoie des avis de pénalité par erreur, sur tous nos lacs. Vous ne devez rien, tous ces avis seront annulés. Nos équipes corrigent."
    ],
    "pt": [
        "Sim, já sabemos: esta manhã o leitor dos guardas está a enviar avisos de penalização por engano, em todos os lagos. Não deve nada, todos os avisos vão ser anulados. A equipa está a corrigir."
    ],
    "en": [
        "Yes, we know: this morning the bailiffs' scanners are sending penalty notices by mistake at every lake. You owe nothing, they'll all be cancelled. Our engineers are on it."
    ],
    "de": [
        "Ja, bekannt: Heute früh verschicken die Scanner der Aufseher an allen Seen irrtümlich Strafbescheide. Sie schulden nichts, alle werden storniert. Wir sind dran."
    ],
    "es": [
        "Sí, lo sabemos: esta mañana los escáneres de los guardas envían sanciones por error en todos los lagos. No debe nada, se anularán todas. Ya lo estamos arreglando."
    ],
    "it": [
        "Sì, lo sappiamo: stamattina gli scanner dei guardiani inviano sanzioni per errore in tutti i laghi. Non deve niente, saranno tutte annullate. Ci stiamo lavorando."
    ],
}

SPIKE_FIXED: Table = {
    "fr": [
        "Bonjour {first},\n\nCe matin, le scanner de nos gardes a envoyé par erreur des avis de pénalité « pêche sans titre valable » ({code}). Tous ont été annulés : vous ne devez rien. C'est corrigé depuis {hhmm} (heure locale) et votre prochaine carte journée est offerte, {credit} de crédit ajoutés à votre compte.\n\nToutes nos excuses,\nL'équipe Anzelo"
    ],
    "pt": [
        "Olá {first},\n\nEsta manhã o leitor dos nossos guardas enviou por engano avisos de penalização por 'pesca sem título válido' ({code}). Foram todos anulados: não deve nada. Está corrigido desde as {hhmm} (hora local) e o próximo bilhete diário é por nossa conta, {credit} de crédito na sua conta.\n\nAs nossas desculpas,\nEquipa Anzelo"
    ],
    "en": [
        "Hi {first},\n\nThis morning our bailiffs' scanners sent 'fishing without a valid ticket' penalty notices ({code}) by mistake. All of them are cancelled: you owe nothing. It's been fixed since {hhmm} local time and your next day ticket is on us, {credit} credit added.\n\nSorry,\nThe Anzelo team"
    ],
    "de": [
        "Hallo {first},\n\nheute früh haben die Scanner unserer Aufseher irrtümlich Strafbescheide ({code}) verschickt. Alle sind storniert, Sie schulden nichts. Seit {hhmm} Uhr (Ortszeit) ist es behoben, die nächste Tageskarte geht auf uns: {credit} Guthaben.\n\nEntschuldigung,\nIhr Anzelo-Team"
    ],
    "es": [
        "Hola {first},\n\nesta mañana los escáneres de nuestros guardas enviaron por error sanciones ({code}). Están todas anuladas: no debe nada. Está arreglado desde las {hhmm} (hora local) y la próxima entrada corre de nuestra cuenta, {credit} de saldo.\n\nDisculpe,\nEl equipo de Anzelo"
    ],
    "it": [
        "Buongiorno {first},\n\nstamattina gli scanner dei nostri guardiani hanno inviato per errore sanzioni ({code}). Sono tutte annullate: non deve nulla. È risolto dalle {hhmm} (ora locale) e il prossimo biglietto è offerto, {credit} di credito.\n\nCi scusi,\nIl team Anzelo"
    ],
}

SPIKE_FIXED_SUBJECT: Table = {
    "fr": ["Avis {code} annulés"],
    "pt": ["Avisos {code} anulados"],
    "en": ["{code} notices cancelled"],
    "de": ["Bescheide {code} storniert"],
    "es": ["Sanciones {code} anuladas"],
    "it": ["Sanzioni {code} annullate"],
}

#: The Friday before: a scan that worked. (question, answer)
LONE_QA: dict[str, tuple[str, str]] = {
    "pt": (
        "Bom dia, ontem em {lake} o guarda leu o meu bilhete e a app mostrou 'Verificado às 8h12' com um visto verde. É normal? Não conta como usado para amanhã, pois não?",
        "Bom dia! É normal, o visto só indica a verificação. O bilhete de amanhã não é afetado.",
    ),
    "fr": (
        "Bonjour, hier à {lake} le garde a scanné mon billet et l'appli a affiché « Contrôlé à 8h12 » avec une coche verte. C'est normal ? Ça ne compte pas comme utilisé pour demain j'espère ?",
        "Bonjour ! Oui, c'est normal : la coche indique seulement le contrôle. Votre billet de demain n'est pas concerné.",
    ),
}

#: Monday grumble of topic_spike: (grumble, answer)
MAP_SLOW: Table = {
    "fr": [
        "La carte des lacs met une éternité à charger dans l'appli depuis ce matin.|Bonjour ! Merci, c'est un souci de lenteur connu ce matin, ça devrait revenir dans l'heure."
    ],
    "pt": [
        "O mapa dos lagos está a demorar imenso a carregar na app desde manhã.|Olá! Obrigado, há uma lentidão conhecida esta manhã, deve normalizar dentro de uma hora."
    ],
}


# --- roughening -------------------------------------------------------------

UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str, lang: str) -> str:
    out: list[str] = []
    for ch in text:
        if lang == "de" and ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in decomposed if unicodedata.category(c) != "Mn"))
    return "".join(out)


def swap_letters(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
    if not spots:
        return text
    i = rng.choice(spots)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)
