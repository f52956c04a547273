# ruff: noqa: E501
"""Caldessa (thermal and city spas by app and web): people, places and happy words.

Written for tests/scenarios/heldout96/ (report only, blind). French and Portuguese
have the most variants; English, Spanish, German and Italian one or two.
"""

from __future__ import annotations

Table = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

LANGS = ("fr", "pt", "en", "es", "de", "it")
LANG_WEIGHTS = {"fr": 30, "pt": 30, "en": 10, "es": 10, "de": 10, "it": 10}

#: Markets a language's customers live in, with weights.
MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 60), ("BE", 15), ("CH", 15), ("LU", 10)],
    "pt": [("PT", 85), ("LU", 8), ("FR", 7)],
    "en": [("UK", 60), ("IE", 40)],
    "es": [("ES", 100)],
    "de": [("DE", 60), ("AT", 20), ("CH", 20)],
    "it": [("IT", 80), ("CH", 20)],
}

#: Spas by market (site, town); Switzerland by language.
SITES: dict[str, list[tuple[str, str]]] = {
    "FR": [
        ("Caldessa Lyon Confluence", "Lyon"),
        ("Caldessa Bordeaux Chartrons", "Bordeaux"),
        ("Caldessa Dax", "Dax"),
        ("Caldessa Annecy", "Annecy"),
    ],
    "BE": [("Caldessa Bruxelles Flagey", "Bruxelles"), ("Caldessa Liège", "Liège")],
    "CH-fr": [("Caldessa Genève Eaux-Vives", "Genève"), ("Caldessa Lausanne", "Lausanne")],
    "CH-de": [("Caldessa Zürich Enge", "Zürich")],
    "CH-it": [("Caldessa Lugano", "Lugano")],
    "LU": [("Caldessa Mondorf", "Mondorf-les-Bains")],
    "PT": [
        ("Caldessa Porto Foz", "Porto"),
        ("Caldessa Lisboa Alcântara", "Lisboa"),
        ("Caldessa Luso", "Luso"),
        ("Caldessa Braga", "Braga"),
    ],
    "ES": [("Caldessa Ourense", "Ourense"), ("Caldessa Madrid Chamberí", "Madrid")],
    "DE": [("Caldessa Baden-Baden", "Baden-Baden"), ("Caldessa Köln Rheinau", "Köln")],
    "AT": [("Caldessa Wien Donau", "Wien")],
    "IT": [("Caldessa Abano", "Abano Terme"), ("Caldessa Milano Navigli", "Milano")],
    "UK": [("Caldessa Bath", "Bath"), ("Caldessa Manchester Ancoats", "Manchester")],
    "IE": [("Caldessa Dublin Docklands", "Dublin")],
}

#: Country calling code and mobile number shapes: (code, prefixes, digits after the prefix).
PHONES: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "472", "475", "476", "478", "484", "485", "494", "495", "496"], 6),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "LU": ("352", ["621", "661", "671", "691"], 6),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "ES": ("34", ["6", "7"], 8),
    "DE": ("49", ["151", "152", "160", "162", "170", "171", "172", "176", "177", "178"], 8),
    "AT": ("43", ["650", "660", "664", "676", "680", "699"], 7),
    "IT": ("39", ["320", "328", "333", "338", "340", "347", "348", "349", "366", "388"], 7),
    "UK": ("44", ["7400", "7500", "7700", "7800", "7900", "7721", "7835", "7946"], 6),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
}

MAIL_DOMAINS: dict[str, list[str]] = {
    "FR": ["orange.example", "free.example", "laposte.example", "gmail.example"],
    "BE": ["skynet.example", "telenet.example", "gmail.example"],
    "CH": ["bluewin.example", "gmx.example", "gmail.example"],
    "LU": ["post-lu.example", "pt-lu.example", "gmail.example"],
    "PT": ["sapo.example", "netcabo.example", "meo.example", "gmail.example"],
    "ES": ["telefonica.example", "correo.example", "gmail.example"],
    "DE": ["web.example", "gmx.example", "t-online.example"],
    "AT": ["aon.example", "gmx.example"],
    "IT": ["libero.example", "tiscali.example", "gmail.example"],
    "UK": ["btinternet.example", "outlook.example", "gmail.example"],
    "IE": ["eircom.example", "outlook.example", "gmail.example"],
}

FIRST_F: Table = {
    "fr": [
        "Camille",
        "Manon",
        "Sophie",
        "Nathalie",
        "Élodie",
        "Claire",
        "Aurélie",
        "Chloé",
        "Isabelle",
        "Margaux",
        "Sandrine",
        "Julie",
        "Céline",
        "Hélène",
        "Agnès",
        "Virginie",
    ],
    "pt": [
        "Ana",
        "Mariana",
        "Inês",
        "Beatriz",
        "Catarina",
        "Sofia",
        "Joana",
        "Rita",
        "Sara",
        "Filipa",
        "Teresa",
        "Patrícia",
        "Cláudia",
        "Helena",
        "Luísa",
        "Raquel",
    ],
    "en": [
        "Sarah",
        "Emma",
        "Laura",
        "Rachel",
        "Claire",
        "Sophie",
        "Aoife",
        "Niamh",
        "Kate",
        "Gemma",
    ],
    "es": [
        "Lucía",
        "Marta",
        "Elena",
        "Paula",
        "Carmen",
        "Irene",
        "Cristina",
        "Nuria",
        "Alba",
        "Rocío",
    ],
    "de": [
        "Anna",
        "Julia",
        "Katharina",
        "Lena",
        "Sabine",
        "Stefanie",
        "Jana",
        "Franziska",
        "Birgit",
        "Nicole",
    ],
    "it": [
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Elena",
        "Martina",
        "Valentina",
        "Federica",
        "Alessia",
        "Silvia",
    ],
}
FIRST_M: Table = {
    "fr": [
        "Julien",
        "Thomas",
        "Nicolas",
        "Mathieu",
        "Antoine",
        "Olivier",
        "Sébastien",
        "Romain",
        "Pierre",
        "Guillaume",
        "Laurent",
        "Hugo",
        "Maxime",
        "Vincent",
        "Benoît",
        "Cédric",
    ],
    "pt": [
        "João",
        "Tiago",
        "Pedro",
        "Miguel",
        "Rui",
        "Nuno",
        "André",
        "Ricardo",
        "Diogo",
        "Bruno",
        "Gonçalo",
        "Hugo",
        "Paulo",
        "Luís",
        "Rodrigo",
        "Vasco",
    ],
    "en": [
        "James",
        "Daniel",
        "Tom",
        "Liam",
        "Ciarán",
        "Matthew",
        "Ben",
        "Owen",
        "Patrick",
        "Chris",
    ],
    "es": [
        "Javier",
        "Daniel",
        "Pablo",
        "Sergio",
        "Álvaro",
        "Jorge",
        "Rubén",
        "Adrián",
        "Iván",
        "Raúl",
    ],
    "de": [
        "Lukas",
        "Jonas",
        "Felix",
        "Matthias",
        "Tobias",
        "Stefan",
        "Florian",
        "Jan",
        "Markus",
        "Sebastian",
    ],
    "it": [
        "Luca",
        "Marco",
        "Andrea",
        "Matteo",
        "Davide",
        "Simone",
        "Stefano",
        "Paolo",
        "Lorenzo",
        "Federico",
    ],
}
SURNAMES: Table = {
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
        "Lefebvre",
        "Michel",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Faure",
        "Mercier",
        "Blanc",
        "Guérin",
        "Boyer",
        "Garnier",
        "Chevalier",
        "Legrand",
        "Gauthier",
        "Perrin",
        "Robin",
        "Clément",
        "Morin",
        "Roussel",
        "Masson",
        "Marchand",
        "Duval",
        "Denis",
        "Lemaire",
        "Vidal",
        "Barbier",
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
        "Soares",
        "Vieira",
        "Monteiro",
        "Cardoso",
        "Rocha",
        "Neves",
        "Coelho",
        "Cunha",
        "Pires",
        "Ramos",
        "Simões",
        "Antunes",
        "Matos",
        "Fonseca",
        "Machado",
        "Tavares",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Davies",
        "Evans",
        "Byrne",
        "Kelly",
        "Hughes",
        "Clarke",
        "Wright",
        "Green",
        "Hall",
        "O'Brien",
        "Ryan",
        "Lynch",
        "Turner",
        "Cooper",
        "Ward",
        "Doyle",
        "Foster",
    ],
    "es": [
        "García",
        "Fernández",
        "González",
        "Rodríguez",
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
        "Torres",
        "Domínguez",
        "Vázquez",
        "Castro",
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
        "Schröder",
        "Neumann",
        "Zimmermann",
        "Krüger",
        "Hartmann",
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
    ],
}

JOBS: Table = {
    "fr": [
        "infirmière de nuit",
        "prof de maths",
        "boulangère",
        "comptable",
        "kiné",
        "chauffeur de bus",
        "architecte",
        "retraitée",
        "aide-soignante",
        "ingénieur",
    ],
    "pt": [
        "enfermeira",
        "professora primária",
        "contabilista",
        "cabeleireira",
        "engenheiro civil",
        "motorista",
        "farmacêutica",
        "reformada",
        "rececionista",
        "programador",
    ],
    "en": [
        "nurse",
        "teacher",
        "accountant",
        "physio",
        "bus driver",
        "architect",
        "retired",
        "chef",
    ],
    "es": [
        "enfermera",
        "profesora",
        "contable",
        "fisioterapeuta",
        "taxista",
        "arquitecta",
        "jubilada",
        "cocinero",
    ],
    "de": [
        "Krankenpflegerin",
        "Lehrerin",
        "Steuerberater",
        "Physiotherapeutin",
        "Busfahrer",
        "Architektin",
        "Rentnerin",
        "Koch",
    ],
    "it": [
        "infermiera",
        "insegnante",
        "commercialista",
        "fisioterapista",
        "autista",
        "architetta",
        "pensionata",
        "cuoco",
    ],
}

AGENTS: Table = {
    "fr": ["Camille", "Yanis", "Léa", "Karim"],
    "pt": ["Inês", "Tiago", "Marta", "Duarte"],
    "en": ["Hannah", "Owen"],
    "es": ["Lucía", "Diego"],
    "de": ["Jonas", "Miriam"],
    "it": ["Giulia", "Matteo"],
}

#: Products: (label, price in euros, page).
PRODUCTS: list[tuple[str, int, str]] = [
    ("Rituel 3 h / Day pass 3 h", 39, "/book/day-pass"),
    ("Massage 60 min", 79, "/treatments/massage-60"),
    ("Hammam & gommage / Hammam & scrub", 65, "/treatments/hammam-scrub"),
    ("Pass Duo week-end / Duo weekend pass", 98, "/book/duo-weekend"),
    ("Carte cadeau / Gift card 80", 80, "/gift-cards"),
    ("Soin visage 45 min / Facial 45 min", 69, "/treatments/facial-45"),
    ("Rituel 3 h + massage 30 min / Day pass + 30 min massage", 84, "/book/day-pass-massage"),
]

PAGES = [
    "/spas",
    "/treatments",
    "/cercle",
    "/gift-cards",
    "/opening-hours",
    "/account/bookings",
    "/spas/saunas",
    "/book/day-pass",
]

PRAISE: Table = {
    "fr": [
        "Rituel 3 h à {site} hier soir, le bassin extérieur sous la pluie c'était magique. Caldessa, vous m'avez réparé le dos et la tête 🙏",
        "Petit moment hammam + gommage à {site} avec ma sœur, personnel adorable, tout était nickel. On revient vite !",
        "franchement le massage de 60 min chez Caldessa {town} c'est le meilleur de la ville, merci à la praticienne (Sandrine je crois)",
        "Offert par mes enfants pour mes 60 ans, la journée à {site} était parfaite du début à la fin. Merci Caldessa ❤️",
        "Après une semaine de garde, 3 heures à {site} et je suis une autre personne. Le sauna finlandais est top",
    ],
    "pt": [
        "Ontem fiz o Ritual 3 h no {site} e saí outra pessoa. A piscina exterior ao fim da tarde é do melhor que há 😍",
        "Banho turco + esfoliação no {site}, staff super simpático e tudo impecável. A Caldessa nunca falha",
        "A massagem de 60 min da Caldessa {town} é top, a terapeuta tinha umas mãos mágicas. Obg!",
        "Prenda de anos do meu marido: um dia no {site}. Perfeito do início ao fim, obrigada Caldessa 🙌",
        "Depois de uma semana de turnos, três horas no {site} e fiquei nova. A sauna é maravilhosa",
    ],
    "en": [
        "Three hours at {site} after a mad week. Outdoor pool in the drizzle, then the sauna. Bliss. Thank you Caldessa",
        "Massage at Caldessa {town} today was honestly the best I've had, knots I've carried since March are gone",
    ],
    "es": [
        "Ayer Ritual 3 h en {site} y salí nueva. La piscina exterior con lluvia fina, una maravilla. Gracias Caldessa",
        "Masaje de 60 min en Caldessa {town}, la terapeuta un amor. Repetiremos seguro",
    ],
    "de": [
        "Drei Stunden {site} nach einer harten Woche: Außenbecken im Nieselregen, danach Sauna. Herrlich, danke Caldessa",
        "Die Massage bei Caldessa {town} heute war die beste seit Jahren, der Nacken ist endlich locker",
    ],
    "it": [
        "Ieri Rituale 3 h a {site}, sono uscita rinata. Vasca esterna sotto la pioggerella, stupenda. Grazie Caldessa",
        "Massaggio di 60 min da Caldessa {town}, la terapista bravissima. Ci torno di sicuro",
    ],
}

AGAIN: Table = {
    "fr": [
        "Troisième fois ce mois-ci à {site} et toujours le même accueil aux petits oignons. Caldessa je vous aime",
        "Encore une fois un super moment au hammam de {site}, toujours aussi propre, toujours aussi calme",
        "Toujours fan après deux ans de Cercle. Encore merci à l'équipe de {town}",
    ],
    "pt": [
        "Terceira vez este mês no {site} e continua tudo impecável. Já é vício 😅",
        "Outra vez um dia perfeito no {site}. Sempre a mesma simpatia na receção",
        "Dois anos de Cercle e ainda adoro cada visita. Mais uma vez obrigada à equipa de {town}",
    ],
    "en": [
        "Third visit this month to {site} and it's still as calm and spotless as the first time"
    ],
    "es": ["Tercera vez este mes en {site} y sigue igual de bien. Ya es costumbre"],
    "de": [
        "Schon wieder ein perfekter Nachmittag in {site}. Immer noch das beste Dampfbad weit und breit"
    ],
    "it": ["Terza volta questo mese a {site} e sempre impeccabile. Ormai è un vizio"],
}

GRIPE: Table = {
    "fr": [
        "Super journée à {site}, seul bémol : les sèche-cheveux du vestiaire soufflent à peine. Sinon parfait",
        "Massage top comme d'hab, juste dommage que la tisane soit passée à 3 € en plus. On reviendra quand même",
        "Très belle expérience, petit reproche : pas assez de transats près du bassin extérieur le dimanche",
    ],
    "pt": [
        "Dia ótimo no {site}, só os secadores do balneário é que são fraquinhos. De resto 10/10",
        "Massagem excelente como sempre, pena o chá agora ser pago à parte. Voltamos na mesma",
        "Muito bom, só faltam espreguiçadeiras junto à piscina exterior ao domingo",
    ],
    "en": [
        "Lovely afternoon at {site}, only gripe is the lockers are a bit small for a winter coat. Otherwise perfect"
    ],
    "es": [
        "Muy buena tarde en {site}, solo que los secadores del vestuario no secan nada. Por lo demás genial"
    ],
    "de": ["Toller Tag in {site}, nur die Föhne in der Umkleide sind echt schwach. Sonst top"],
    "it": [
        "Pomeriggio bellissimo a {site}, unico neo gli asciugacapelli dello spogliatoio. Per il resto perfetto"
    ],
}

CHAT_Q: Pairs = {
    "fr": [
        (
            "Bonjour, est-ce que le peignoir est compris dans le Rituel 3 h ou faut-il l'apporter ?",
            "Bonjour ! Oui, peignoir, serviette et chaussons sont compris dans le Rituel 3 h. Bonne détente, {agent}",
        ),
        (
            "bjr on peut venir à deux avec une seule carte Cercle ?",
            "Bonjour, la carte Cercle est personnelle, mais vous avez -20 % sur une entrée invitée. {agent}",
        ),
        (
            "Est-ce que le bassin extérieur est ouvert quand il pleut ?",
            "Bonjour, oui, il reste ouvert par tous les temps, sauf en cas d'orage. {agent}",
        ),
        (
            "Bonjour, je suis enceinte de 5 mois, je peux venir au spa ?",
            "Bonjour, nous déconseillons hammam et sauna pendant la grossesse, mais le bassin et le massage future maman sont possibles. {agent}",
        ),
    ],
    "pt": [
        (
            "Olá, o roupão está incluído no Ritual 3 h ou tenho de levar?",
            "Olá! Roupão, toalha e chinelos estão incluídos. Boa visita, {agent}",
        ),
        (
            "boa tarde posso levar a minha filha de 14 anos?",
            "Boa tarde, a partir dos 14 anos pode entrar acompanhada de um adulto. {agent}",
        ),
        (
            "A piscina exterior está aberta quando chove?",
            "Olá, sim, está aberta com qualquer tempo, só fecha com trovoada. {agent}",
        ),
        (
            "Olá, o Cercle dá desconto nas massagens ao fim de semana?",
            "Olá, sim, os 20 % aplicam-se todos os dias, fins de semana incluídos. {agent}",
        ),
    ],
    "en": [
        (
            "Hi, is the robe included in the 3-hour pass or do I bring my own?",
            "Hi! Robe, towel and slippers are all included. Enjoy, {agent}",
        ),
        (
            "can I bring my 15 year old on a Sunday?",
            "Hi, yes, from 14 with an adult, any day of the week. {agent}",
        ),
    ],
    "es": [
        (
            "Hola, ¿el albornoz está incluido en el Ritual 3 h?",
            "¡Hola! Sí, albornoz, toalla y chanclas incluidos. {agent}",
        ),
        (
            "se puede ir con niños de 12?",
            "Hola, la edad mínima es de 14 años, acompañados de un adulto. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, ist der Bademantel im 3-Stunden-Ritual dabei?",
            "Hallo! Ja, Bademantel, Handtuch und Schlappen sind inklusive. {agent}",
        ),
        ("Gibt es Aufgüsse auch am Sonntagabend?", "Hallo, ja, um 18, 19 und 20 Uhr. {agent}"),
    ],
    "it": [
        (
            "Ciao, l'accappatoio è compreso nel Rituale 3 h?",
            "Ciao! Sì, accappatoio, telo e ciabatte compresi. {agent}",
        ),
        (
            "si può entrare con un bimbo di 10 anni?",
            "Ciao, l'età minima è 14 anni, con un adulto. {agent}",
        ),
    ],
}

THANKS: Table = {
    "fr": ["Merci beaucoup !", "super merci", "Parfait, merci {agent} 🙂"],
    "pt": ["Obrigada!", "obg", "Perfeito, obrigado {agent}"],
    "en": ["Thanks!", "brilliant, ta"],
    "es": ["¡Gracias!", "genial gracias"],
    "de": ["Danke!", "super, danke"],
    "it": ["Grazie!", "perfetto grazie"],
}

#: E-mail questions: (subject, body, answer).
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Carte cadeau",
            "Bonjour,\n\nJ'ai reçu une carte cadeau Caldessa à Noël dernier. Est-elle encore valable et peut-on l'utiliser à {site} ?\n\nMerci d'avance,\n{first}",
            "Bonjour {first},\n\nOui, nos cartes cadeaux sont valables 18 mois et dans tous nos spas, {site} compris.\n\nBelle journée,\n{agent}, service clients Caldessa",
        ),
        (
            "Question Cercle",
            "Bonjour, est-ce que les 4 entrées du Cercle se reportent au mois suivant si je ne les utilise pas ? Merci, {first}",
            "Bonjour {first},\n\nOui, jusqu'à 2 entrées se reportent au mois suivant.\n\nBien à vous,\n{agent}",
        ),
        (
            "Anniversaire de mariage",
            "Bonjour,\n\nNous fêtons nos 20 ans de mariage le mois prochain. Est-il possible d'avoir le salon privé avec le massage duo à {site} un samedi ?\n\nCordialement,\n{first} {last}",
            "Bonjour {first},\n\nAvec plaisir : le salon privé se réserve avec le massage duo, le samedi de 10h à 18h. Félicitations d'avance !\n\n{agent}",
        ),
    ],
    "pt": [
        (
            "Cartão oferta",
            "Bom dia,\n\nRecebi um cartão oferta da Caldessa no Natal. Ainda é válido e posso usá-lo no {site}?\n\nObrigada,\n{first}",
            "Bom dia {first},\n\nSim, os cartões oferta valem 18 meses em todos os nossos spas, incluindo o {site}.\n\nCumprimentos,\n{agent}, apoio ao cliente Caldessa",
        ),
        (
            "Dúvida Cercle",
            "Olá, as 4 entradas do Cercle passam para o mês seguinte se não as usar? Obg, {first}",
            "Olá {first},\n\nSim, até 2 entradas passam para o mês seguinte.\n\nCumprimentos,\n{agent}",
        ),
        (
            "Aniversário de casamento",
            "Boa tarde,\n\nFazemos 20 anos de casados no próximo mês. É possível reservar a sala privada com massagem a dois no {site} num sábado?\n\nCumprimentos,\n{first} {last}",
            "Boa tarde {first},\n\nClaro: a sala privada reserva-se com a massagem a dois, ao sábado das 10h às 18h. Parabéns desde já!\n\n{agent}",
        ),
    ],
    "en": [
        (
            "Gift card",
            "Hello,\n\nI was given a Caldessa gift card last Christmas. Is it still valid at {site}?\n\nThanks,\n{first}",
            "Hi {first},\n\nYes, gift cards are valid for 18 months at every Caldessa spa, {site} included.\n\nBest wishes,\n{agent}, Caldessa customer care",
        ),
    ],
    "es": [
        (
            "Tarjeta regalo",
            "Hola,\n\nMe regalaron una tarjeta Caldessa en Navidad. ¿Sigue siendo válida en {site}?\n\nGracias,\n{first}",
            "Hola {first},\n\nSí, las tarjetas regalo valen 18 meses en todos nuestros spas, {site} incluido.\n\nUn saludo,\n{agent}, atención al cliente Caldessa",
        ),
    ],
    "de": [
        (
            "Gutschein",
            "Hallo,\n\nich habe zu Weihnachten einen Caldessa-Gutschein bekommen. Gilt der noch in {site}?\n\nDanke,\n{first}",
            "Hallo {first},\n\nja, unsere Gutscheine gelten 18 Monate in allen Caldessa-Spas, auch in {site}.\n\nViele Grüße,\n{agent}, Caldessa Kundenservice",
        ),
    ],
    "it": [
        (
            "Buono regalo",
            "Buongiorno,\n\nho ricevuto un buono Caldessa a Natale. È ancora valido a {site}?\n\nGrazie,\n{first}",
            "Buongiorno {first},\n\nsì, i buoni valgono 18 mesi in tutti i nostri spa, {site} compreso.\n\nCordiali saluti,\n{agent}, assistenza clienti Caldessa",
        ),
    ],
}

#: Phone questions, speech-to-text without punctuation: (transcript, agent's follow-up e-mail).
PHONE_Q: Pairs = {
    "fr": [
        (
            "oui bonjour c'est {first} {last} je voulais savoir si on peut réserver un massage en duo le samedi à {site} voilà merci",
            "Bonjour {first},\n\nSuite à votre appel : le massage duo est possible le samedi à {site}, de 10h à 18h, et se réserve dans l'appli.\n\n{agent}",
        ),
        (
            "allô bonjour euh je voudrais savoir jusqu'à quelle heure le sauna est ouvert le dimanche à {site} merci",
            "Bonjour {first},\n\nComme promis au téléphone : le dimanche, les saunas de {site} ferment à 20h, dernière entrée à 17h.\n\n{agent}",
        ),
    ],
    "pt": [
        (
            "sim bom dia fala {first} {last} queria saber se dá para marcar massagem a dois ao sábado no {site} obrigada",
            "Bom dia {first},\n\nNa sequência da sua chamada: a massagem a dois é possível ao sábado no {site}, das 10h às 18h, e marca-se na app.\n\n{agent}",
        ),
        (
            "olá boa tarde queria saber até que horas está aberta a sauna ao domingo no {site} obrigado",
            "Boa tarde {first},\n\nComo combinado ao telefone: ao domingo as saunas do {site} fecham às 20h, última entrada às 17h.\n\n{agent}",
        ),
    ],
    "en": [
        (
            "hi yeah it's {first} {last} just wondering if you can book a couples massage on a Saturday at {site} thanks",
            "Hi {first},\n\nFollowing your call: couples massages are available on Saturdays at {site}, 10am to 6pm, bookable in the app.\n\n{agent}",
        ),
    ],
    "es": [
        (
            "hola buenas soy {first} {last} quería saber si se puede reservar masaje en pareja un sábado en {site} gracias",
            "Hola {first},\n\nTras su llamada: el masaje en pareja se puede reservar los sábados en {site}, de 10 a 18 h, desde la app.\n\n{agent}",
        ),
    ],
    "de": [
        (
            "ja hallo hier ist {first} {last} ich wollte fragen ob man samstags eine Partnermassage in {site} buchen kann danke",
            "Hallo {first},\n\nwie am Telefon besprochen: Partnermassagen gibt es samstags in {site} von 10 bis 18 Uhr, buchbar in der App.\n\n{agent}",
        ),
    ],
    "it": [
        (
            "sì buongiorno sono {first} {last} volevo sapere se il sabato si può prenotare un massaggio di coppia a {site} grazie",
            "Buongiorno {first},\n\ncome da telefonata: il massaggio di coppia si prenota il sabato a {site}, dalle 10 alle 18, dall'app.\n\n{agent}",
        ),
    ],
}

REVIEW: Table = {
    "fr": [
        "Lieu magnifique, personnel aux petits soins, massage parfait. Je recommande {site} les yeux fermés.",
        "Très bon moment, propre et calme. Un peu de monde le dimanche mais ça reste top.",
        "Le meilleur spa de {town}, et de loin.",
    ],
    "pt": [
        "Espaço lindo, equipa atenciosa, massagem perfeita. Recomendo o {site} sem hesitar.",
        "Muito bom, limpo e tranquilo. Ao domingo há mais gente mas vale a pena.",
        "O melhor spa de {town}, de longe.",
    ],
    "en": ["Gorgeous place, lovely staff, spotless. Can't recommend {site} enough."],
    "es": ["Sitio precioso, personal encantador y todo limpísimo. Recomiendo {site} sin dudar."],
    "de": [
        "Wunderschön, freundliches Personal, alles blitzsauber. {site} ist absolut zu empfehlen."
    ],
    "it": [
        "Posto stupendo, personale gentilissimo, tutto pulito. Consiglio {site} a occhi chiusi."
    ],
}

SURVEY_WORDS: Table = {
    "fr": ["Parfait", "Top 👍", "", "Rien à redire", "❤️", "Toujours aussi bien"],
    "pt": ["Perfeito", "Top 👍", "", "Nada a apontar", "❤️", "Sempre ótimo"],
    "en": ["Perfect", "", "Lovely as always"],
    "es": ["Perfecto", "", "Todo genial"],
    "de": ["Perfekt", "", "Wie immer super"],
    "it": ["Perfetto", "", "Sempre ottimo"],
}

NIGHT_POST: Table = {
    "fr": [
        "2h du mat, insomnie, je regarde déjà les créneaux de samedi à {site}. Caldessa c'est ma thérapie",
        "Sortie de garde de nuit, j'ai réservé un Rituel pour demain après-midi. Dormir puis sauna, le rêve 😴",
        "Minuit passé, je viens de m'offrir la carte Cercle. Meilleur achat de l'année je pense",
    ],
    "pt": [
        "Duas da manhã, sem sono, já estou a ver horários para sábado no {site}. A Caldessa é a minha terapia",
        "Saí agora do turno da noite e marquei um Ritual para amanhã à tarde. Dormir e depois sauna 😴",
        "Passa da meia-noite e acabei de aderir ao Cercle. Melhor compra do ano",
    ],
    "en": ["2am and wide awake, already picking Saturday's slot at {site}. Caldessa is my therapy"],
    "es": [
        "Las 2 de la mañana sin sueño y ya mirando horarios del sábado en {site}. Caldessa es mi terapia"
    ],
    "de": [
        "2 Uhr nachts, kann nicht schlafen und schaue schon nach Samstagsterminen in {site}. Caldessa ist meine Therapie"
    ],
    "it": [
        "Sono le 2 e non dormo, sto già guardando gli orari di sabato a {site}. Caldessa è la mia terapia"
    ],
}

NIGHT_CHAT: Pairs = {
    "fr": [
        (
            "bonsoir désolée il est tard mais le créneau de 9h samedi existe toujours ?",
            "Bonsoir, oui, 9h-12h le samedi, il reste de la place. Bonne nuit ! {agent}",
        ),
        (
            "on peut réserver pour demain matin même si on est minuit passé ?",
            "Bonsoir, oui, jusqu'à une heure avant le créneau. {agent}",
        ),
    ],
    "pt": [
        (
            "boa noite desculpe a hora mas o horário das 9h de sábado ainda existe?",
            "Boa noite, sim, das 9h às 12h ao sábado, ainda há vagas. Boa noite! {agent}",
        ),
        (
            "dá para marcar para amanhã de manhã mesmo depois da meia-noite?",
            "Boa noite, sim, até uma hora antes do horário. {agent}",
        ),
    ],
    "en": [
        (
            "sorry it's late but is the 9am Saturday slot still a thing?",
            "Hi, yes, 9 to 12 on Saturdays and there's space. Night! {agent}",
        )
    ],
    "es": [
        (
            "perdón por la hora pero ¿sigue existiendo el turno de las 9 del sábado?",
            "Hola, sí, de 9 a 12 los sábados y quedan plazas. {agent}",
        )
    ],
    "de": [
        (
            "sorry für die Uhrzeit, gibt es samstags noch den 9-Uhr-Slot?",
            "Hallo, ja, 9 bis 12 Uhr, es ist noch Platz. Gute Nacht! {agent}",
        )
    ],
    "it": [
        (
            "scusate l'ora ma la fascia delle 9 del sabato c'è ancora?",
            "Ciao, sì, dalle 9 alle 12 e c'è posto. Buonanotte! {agent}",
        )
    ],
}

WEEKDAYS: Table = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}

LANG_NAMES: dict[str, str] = {
    "fr": "French",
    "pt": "Portuguese",
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
}

#: Why a bilingual customer writes in a second language ({l2}: its English name).
SECOND_LANGUAGE_WHY = [
    "grew up speaking {l2} at home",
    "married to a {l2} speaker; the spa account is shared",
    "works in {l2} all day and writes in it by habit",
    "studied and lived for years where {l2} is spoken",
    "the children's school is in {l2}",
]
