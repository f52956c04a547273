# ruff: noqa: E501
"""Hand-written wording for heldout33 (Croquo): people, places, pets and happy acts.

Placeholders: {pet} the pet's name, {mypet} "my dog Filou" in the writer's words,
{reason} why the pet's food matters, {town}, {agent}, {name} (the customer's first
name, in agents' replies), {at} "@Croquo" in posts and "Croquo" elsewhere, {product},
{amount} (money in the market's currency). [[fem|masc]] agrees with the writer.
"""

from __future__ import annotations

LANGS = ("fr", "es", "de", "en", "it", "pt")

FIRST_F: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Inès",
        "Sarah",
        "Julie",
        "Pauline",
        "Mathilde",
        "Élodie",
        "Aurélie",
        "Nadia",
        "Sophie",
        "Margaux",
        "Clémence",
        "Yasmine",
        "Anaïs",
        "Laure",
        "Céline",
        "Agathe",
        "Noémie",
        "Hélène",
        "Capucine",
        "Lucie",
    ],
    "es": [
        "Lucía",
        "Marta",
        "Carmen",
        "Paula",
        "Nerea",
        "Ainhoa",
        "Rocío",
        "Elena",
        "Irene",
        "Alba",
        "Cristina",
        "Begoña",
        "Pilar",
        "Noelia",
        "Sara",
        "Laura",
        "Amaia",
        "Inés",
        "Claudia",
        "Maite",
        "Raquel",
        "Lorena",
        "Aitana",
        "Julia",
    ],
    "de": [
        "Anna",
        "Lena",
        "Katrin",
        "Sabine",
        "Jana",
        "Miriam",
        "Stefanie",
        "Johanna",
        "Carina",
        "Ulrike",
        "Nina",
        "Theresa",
    ],
    "en": [
        "Siobhan",
        "Emma",
        "Chloe",
        "Aoife",
        "Hannah",
        "Rachel",
        "Niamh",
        "Laura",
        "Ciara",
        "Gemma",
        "Orla",
        "Beth",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Sara",
        "Martina",
        "Elisa",
        "Valentina",
        "Federica",
        "Ilaria",
        "Silvia",
        "Anna",
        "Marta",
    ],
    "pt": [
        "Joana",
        "Inês",
        "Catarina",
        "Mariana",
        "Rita",
        "Sofia",
        "Beatriz",
        "Ana",
        "Marta",
        "Filipa",
        "Carla",
        "Sara",
    ],
}

FIRST_M: dict[str, list[str]] = {
    "fr": [
        "Thomas",
        "Julien",
        "Maxime",
        "Hugo",
        "Nicolas",
        "Antoine",
        "Karim",
        "Olivier",
        "Romain",
        "Baptiste",
        "Mehdi",
        "Guillaume",
        "Cédric",
        "Loïc",
        "Bastien",
        "Yannick",
        "Arnaud",
        "Théo",
        "Quentin",
        "Pierre",
        "Sébastien",
        "Jérôme",
        "Adrien",
        "Vincent",
    ],
    "es": [
        "Javier",
        "Iker",
        "Sergio",
        "Álvaro",
        "Pablo",
        "Adrián",
        "Jorge",
        "Raúl",
        "Unai",
        "Rubén",
        "Diego",
        "Andrés",
        "Íñigo",
        "Marcos",
        "Óscar",
        "Hugo",
        "Gonzalo",
        "Víctor",
        "Mario",
        "Daniel",
        "Alberto",
        "Carlos",
        "Nacho",
        "Fermín",
    ],
    "de": [
        "Jonas",
        "Lukas",
        "Florian",
        "Tobias",
        "Markus",
        "Stefan",
        "Matthias",
        "Felix",
        "Jan",
        "Simon",
        "Dominik",
        "Reto",
    ],
    "en": [
        "Ciarán",
        "James",
        "Tom",
        "Declan",
        "Owen",
        "Rory",
        "Callum",
        "Liam",
        "Ben",
        "Sean",
        "Harry",
        "Niall",
    ],
    "it": [
        "Marco",
        "Luca",
        "Davide",
        "Matteo",
        "Alessandro",
        "Simone",
        "Andrea",
        "Giorgio",
        "Paolo",
        "Stefano",
        "Nicola",
        "Fabio",
    ],
    "pt": [
        "Tiago",
        "João",
        "Rui",
        "Pedro",
        "Miguel",
        "Nuno",
        "André",
        "Diogo",
        "Hugo",
        "Bruno",
        "Ricardo",
        "Gonçalo",
    ],
}

LAST: dict[str, list[str]] = {
    "fr": [
        "Morel",
        "Lefèvre",
        "Garnier",
        "Roussel",
        "Faure",
        "Mercier",
        "Chevalier",
        "Perrin",
        "Boyer",
        "Lambert",
        "Fontaine",
        "Rolland",
        "Blanchard",
        "Gauthier",
        "Masson",
        "Benali",
        "Dumas",
        "Leclerc",
        "Marchand",
        "Vidal",
        "Joly",
        "Caron",
        "Renard",
        "Aubert",
    ],
    "es": [
        "García",
        "Etxeberria",
        "Navarro",
        "Romero",
        "Ortega",
        "Castaño",
        "Iglesias",
        "Serrano",
        "Delgado",
        "Muñoz",
        "Vidal",
        "Gallego",
        "Pascual",
        "Arrieta",
        "Soler",
        "Morales",
        "Cabrera",
        "Herrero",
        "Lozano",
        "Benítez",
        "Aguirre",
        "Prieto",
        "Santos",
        "Campos",
    ],
    "de": [
        "Huber",
        "Krämer",
        "Brandt",
        "Wagner",
        "Lehmann",
        "Schwarz",
        "Vogel",
        "Gasser",
        "Keller",
        "Berger",
        "Roth",
        "Zimmermann",
    ],
    "en": [
        "Byrne",
        "Walsh",
        "Clarke",
        "Murphy",
        "Hughes",
        "Doyle",
        "Fletcher",
        "Kavanagh",
        "Reid",
        "Quinn",
        "Barrett",
        "Ward",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Ferri",
        "Colombo",
        "Greco",
        "Marchetti",
        "Galli",
        "Fontana",
        "Moretti",
        "Conti",
        "Barbieri",
        "Leone",
    ],
    "pt": [
        "Silva",
        "Ferreira",
        "Costa",
        "Rodrigues",
        "Almeida",
        "Pinto",
        "Carvalho",
        "Sousa",
        "Ribeiro",
        "Lopes",
        "Marques",
        "Teixeira",
    ],
}

TOWNS: dict[str, list[str]] = {
    "FR": [
        "Nantes",
        "Lyon",
        "Rennes",
        "Montpellier",
        "Lille",
        "Toulouse",
        "Grenoble",
        "Angers",
        "Dijon",
        "Tours",
        "Pau",
        "Metz",
    ],
    "BE": ["Liège", "Namur", "Charleroi", "Mons", "Wavre"],
    "CH-fr": ["Lausanne", "Genève", "Fribourg", "Neuchâtel", "Sion"],
    "CH-de": ["Bern", "Winterthur", "Luzern", "St. Gallen", "Aarau"],
    "CH-it": ["Lugano", "Bellinzona", "Locarno"],
    "ES": [
        "Valencia",
        "Bilbao",
        "Sevilla",
        "Zaragoza",
        "Málaga",
        "Valladolid",
        "Pamplona",
        "Murcia",
        "Gijón",
        "Alicante",
        "Vitoria",
        "Granada",
    ],
    "DE": ["Leipzig", "Bremen", "Freiburg", "Kassel", "Münster", "Mainz"],
    "AT": ["Graz", "Linz", "Salzburg", "Innsbruck"],
    "UK": ["Leeds", "Bristol", "Sheffield", "Norwich", "Cardiff"],
    "IE": ["Galway", "Cork", "Limerick", "Waterford"],
    "IT": ["Bologna", "Torino", "Verona", "Padova", "Bari", "Parma"],
    "PT": ["Braga", "Coimbra", "Aveiro", "Setúbal", "Faro", "Viseu"],
}

#: (pet name, "my dog Filou" as the writer says it)
PETS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("Filou", "mon chat Filou"),
        ("Praline", "ma chienne Praline"),
        ("Gaston", "mon vieux labrador Gaston"),
        ("Mimosa", "ma chatte Mimosa"),
        ("Oslo", "mon berger australien Oslo"),
        ("Noisette", "ma lapine Noisette"),
        ("Caramel", "mon chat Caramel"),
        ("Biscotte", "ma teckel Biscotte"),
        ("Moka", "mon chat Moka"),
        ("Pépito", "mon chihuahua Pépito"),
    ],
    "es": [
        ("Chispa", "mi perra Chispa"),
        ("Lolo", "mi gato Lolo"),
        ("Tango", "mi galgo Tango"),
        ("Canela", "mi gata Canela"),
        ("Rufo", "mi perro Rufo"),
        ("Nala", "mi podenca Nala"),
        ("Coco", "mi gato Coco"),
        ("Bruno", "mi bulldog Bruno"),
        ("Luna", "mi gata Luna"),
        ("Tobi", "mi perro Tobi"),
    ],
    "de": [
        ("Balu", "unser Hund Balu"),
        ("Minka", "meine Katze Minka"),
        ("Emil", "mein Dackel Emil"),
        ("Frieda", "unsere Hündin Frieda"),
        ("Kasimir", "mein Kater Kasimir"),
        ("Lotte", "meine Lotte"),
    ],
    "en": [
        ("Murphy", "my dog Murphy"),
        ("Tilly", "my cat Tilly"),
        ("Bonnie", "our collie Bonnie"),
        ("Pickle", "my cat Pickle"),
        ("Rocco", "my staffie Rocco"),
        ("Mabel", "our old girl Mabel"),
    ],
    "it": [
        ("Briciola", "la mia cagnolina Briciola"),
        ("Pippo", "il mio gatto Pippo"),
        ("Olivia", "la mia gatta Olivia"),
        ("Zeus", "il mio pastore tedesco Zeus"),
        ("Nuvola", "la mia Nuvola"),
        ("Ettore", "il mio bassotto Ettore"),
    ],
    "pt": [
        ("Pantufa", "a minha cadela Pantufa"),
        ("Tareco", "o meu gato Tareco"),
        ("Bolacha", "a minha gata Bolacha"),
        ("Faísca", "o meu cão Faísca"),
        ("Kiko", "o meu Kiko"),
        ("Mel", "a nossa Mel"),
    ],
}

#: why the food matters (one per customer)
REASONS: dict[str, list[str]] = {
    "fr": [
        "il est allergique au poulet",
        "le véto l'a mis au régime",
        "elle a les reins fragiles",
        "il vomit dès qu'on change de croquettes",
        "elle a 14 ans et ne mange plus que du pâtée",
        "je bosse de nuit et je n'ai jamais le temps d'aller en animalerie",
        "j'habite au 5e sans ascenseur et les sacs de 12 kg c'est l'enfer",
        "il est stérilisé et prend vite du poids",
        "on a adopté à la SPA il y a 3 mois",
        "elle est diabétique",
    ],
    "es": [
        "es alérgico al pollo",
        "la veterinaria le ha puesto a dieta",
        "tiene problemas de riñón",
        "vomita cada vez que le cambio el pienso",
        "tiene 13 años y ya casi no come",
        "trabajo a turnos y no llego a la tienda",
        "vivo en un cuarto sin ascensor y los sacos de 12 kilos me matan",
        "está castrado y engorda enseguida",
        "la adoptamos de la protectora hace tres meses",
        "es diabética",
    ],
    "de": [
        "er verträgt kein Huhn",
        "die Tierärztin hat ihn auf Diät gesetzt",
        "sie hat empfindliche Nieren",
        "ich im Schichtdienst arbeite und nie in den Fressnapf komme",
        "wir im 4. Stock ohne Aufzug wohnen",
        "sie aus dem Tierheim kommt und sehr heikel ist",
    ],
    "en": [
        "he's allergic to chicken",
        "the vet has him on a diet",
        "she has dodgy kidneys",
        "I work shifts and never get to the pet shop",
        "we're on the third floor with no lift",
        "she's a rescue and very fussy",
    ],
    "it": [
        "è allergico al pollo",
        "la veterinaria l'ha messo a dieta",
        "ha i reni delicati",
        "faccio i turni e non arrivo mai al negozio",
        "abito al quarto piano senza ascensore",
        "viene dal canile ed è molto schizzinosa",
    ],
    "pt": [
        "é alérgico a frango",
        "a veterinária pô-lo de dieta",
        "tem os rins fracos",
        "trabalho por turnos e nunca consigo ir à loja",
        "moro num 4.º andar sem elevador",
        "veio do canil e é muito esquisita com a comida",
    ],
}

AGENTS: dict[str, list[str]] = {
    "fr": ["Amandine", "Rachid", "Mélanie", "Florent", "Sandrine"],
    "es": ["Nuria", "Álex", "Patricia", "Iván", "Rosa"],
    "de": ["Kerstin", "Daniel", "Melanie"],
    "en": ["Grace", "Patrick", "Holly"],
    "it": ["Serena", "Davide", "Roberta"],
    "pt": ["Sónia", "Luís", "Cláudia"],
}

#: (label, price in EUR) — bilingual labels whatever the market
PRODUCTS: list[tuple[str, float]] = [
    ("Croquettes sans céréales 12 kg / Pienso sin cereales 12 kg", 54.90),
    ("Pâtée senior x24 / Latas senior x24", 31.20),
    ("Litière agglomérante 10 L / Arena aglomerante 10 L", 12.50),
    ("Arbre à chat / Rascador torre", 69.00),
    ("Harnais réfléchissant / Arnés reflectante", 24.90),
    ("Friandises dentaires / Snacks dentales", 8.40),
    ("Fontaine à eau / Fuente de agua", 39.90),
    ("Consultation véto en visio / Videoconsulta veterinaria", 25.00),
    ("Panier orthopédique / Cama ortopédica", 59.90),
    ("Brosse à poils longs / Cepillo pelo largo", 14.90),
]

PAGES: list[str] = [
    "/abonnement",
    "/chiens/croquettes",
    "/chats/litiere",
    "/veto-visio",
    "/promos",
    "/mon-compte/livraisons",
    "/chats/jouets",
    "/chiens/harnais",
    "/faq/livraison",
    "/parrainage",
]

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Franchement {at} c'est le top, le sac de croquettes arrive pile quand il en reste deux gamelles. {mypet} dit merci 🐱",
        "Petit message pour dire que la véto en visio de {at} a rassuré toute la famille hier soir. 10 minutes, une vraie véto, pas de panique inutile. Merci !",
        "Abonnement {at} depuis janvier et plus jamais de course à l'animalerie le samedi. Nickel.",
        "Livreur adorable ce matin, il a même dit bonjour à {pet} 😄 {at} vous avez de la chance de l'avoir",
        "Depuis qu'on est passés aux croquettes sans céréales de {at}, {mypet} ne se gratte plus. On revit.",
        "Je recommande {at} à tous les gens du parc canin de {town}, livraison rapide et le service client répond vraiment",
        "Colis {at} reçu en 24h à {town}, bien emballé, et un petit sachet de friandises offert. Ça fait plaisir 🐶",
    ],
    "es": [
        "Qué maravilla {at}, el saco de pienso llega justo cuando quedan dos cuencos. {pet} lo agradece 🐶",
        "Ayer a las 11 de la noche {mypet} se comió medio calcetín y la videoconsulta de {at} nos salvó el susto. Veterinaria majísima. Gracias!!",
        "Llevo desde marzo con la suscripción de {at} y no vuelvo a cargar sacos por la calle. Un 10.",
        "El repartidor de {at} hoy en {town} un amor, hasta le ha hecho una carantoña a {pet} 😄",
        "Desde que le damos el pienso sin cereales de {at} a {pet} ya no se rasca. Mano de santo.",
        "Pedido de {at} en 24 horas, bien embalado y con una muestra de snacks de regalo. Así sí 👌",
        "Recomiendo {at} a todo el parque de perros de {town}, atención al cliente de verdad, te contesta una persona",
    ],
    "de": [
        "Muss mal gesagt werden: {at} liefert immer genau dann, wenn der Sack fast leer ist. {mypet} ist happy 🐾",
        "Videosprechstunde bei {at} gestern Abend, echte Tierärztin, nach 10 min wussten wir Bescheid. Top!",
        "Paket von {at} in Rekordzeit in {town}, gut verpackt und ein Leckerli-Probepack dabei. Danke!",
    ],
    "en": [
        "Have to say {at} is brilliant, the food turns up just as we're down to the last two bowls. {mypet} approves 🐾",
        "Used the vet video call from {at} last night when {pet} ate something dodgy, proper vet, sorted in 10 mins. Legend.",
        "Order from {at} arrived next day in {town}, well packed and a free bag of treats. Cheers lads",
    ],
    "it": [
        "Devo dirlo: {at} consegna sempre quando restano due ciotole. {mypet} ringrazia 🐱",
        "Videoconsulto veterinario con {at} ieri sera, veterinaria gentilissima, in 10 minuti ci ha tranquillizzati. 10 e lode",
        "Ordine {at} arrivato in un giorno a {town}, imballato benissimo e con un campioncino di snack in regalo",
    ],
    "pt": [
        "Tenho de dizer: a {at} entrega sempre quando só faltam duas taças. {mypet} agradece 🐾",
        "Consulta de veterinário por vídeo da {at} ontem à noite, muito fixe, em 10 minutos ficámos descansados",
        "Encomenda da {at} chegou em 24h a {town}, bem embalada e com amostras de snacks. Impecável",
    ],
}

AGAIN: dict[str, list[str]] = {
    "fr": [
        "Encore une fois le colis {at} arrive avant midi, comme chaque mois. {mypet} attend déjà devant la porte",
        "Troisième année d'abonnement {at} et toujours le même sac, toujours au même prix pour nous. Rare.",
        "Deuxième visio véto chez {at} ce mois-ci et encore une fois une véto patiente qui prend le temps",
    ],
    "es": [
        "Otra vez el pedido de {at} antes de las 12, como cada mes. {pet} ya espera en la puerta",
        "Tercer año con {at} y seguimos con el mismo pienso y sin sustos. Se agradece",
        "Segunda videoconsulta este mes con {at} y otra vez una veterinaria con toda la paciencia del mundo",
    ],
    "de": [
        "Wieder pünktlich, wie jeden Monat: {at} liefert vor 12. {pet} sitzt schon an der Tür",
        "Schon das dritte Jahr im {at} Abo und immer noch dasselbe Futter, ohne Stress",
    ],
    "en": [
        "Third year with {at} and still the same food turning up every month, never a bother",
        "Again {at} delivered before noon, same as every month. {pet} was at the door",
    ],
    "it": [
        "Anche questo mese {at} consegna prima di mezzogiorno, come sempre",
        "Terzo anno con {at} e sempre la stessa crocchetta, sempre puntuali",
    ],
    "pt": [
        "Outra vez a encomenda da {at} antes do meio-dia, como todos os meses",
        "Terceiro ano com a {at} e continua tudo certinho",
    ],
}

GRIPE: dict[str, list[str]] = {
    "fr": [
        "Très content[[e|]] de {at} dans l'ensemble, juste l'appli qui met un temps fou à s'ouvrir le matin. Mais les croquettes, rien à dire",
        "Super service {at}, mon seul bémol : le carton est énorme pour un sac de 2 kg 😅",
        "Livraison toujours top chez {at}, par contre les notifs de promo tous les jours, un peu trop",
    ],
    "es": [
        "Muy content[[a|o]] con {at}, solo que la app tarda un siglo en abrir por la mañana. El pienso, perfecto",
        "Servicio de {at} genial, solo una pega: la caja es enorme para un saco de 2 kilos 😅",
        "Todo bien con {at}, aunque me mandan demasiadas notificaciones de ofertas",
    ],
    "de": ["Bin sehr froh mit {at}, nur der Karton ist riesig für 2 kg Futter 😅"],
    "en": ["Really happy with {at}, only gripe is the box is massive for a 2 kg bag 😅"],
    "it": ["Molto bene con {at}, unico neo l'app lenta ad aprirsi la mattina"],
    "pt": ["Muito bom o serviço da {at}, só a caixa é enorme para um saco de 2 kg 😅"],
}

#: (question, agent's answer, customer's thanks)
QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Bonjour, est-ce que je peux décaler ma prochaine livraison d'une semaine ? On part en vacances avec {pet}",
            "Bonjour {name}, oui bien sûr : dans Mon compte > Livraisons, bouton « Décaler ». Je l'ai fait pour vous au 23, bonnes vacances à vous et {pet} !",
            "Super merci {agent} 🙏",
        ),
        (
            "Salut, les croquettes senior c'est à partir de quel âge ? {mypet} a 9 ans",
            "Bonjour {name}, on conseille la gamme senior vers 8-10 ans selon la taille et la forme, mais la véto en visio peut vous dire ce qui convient à {pet}.",
            "Merci pour la réponse rapide !",
        ),
        (
            "Bonjour, vous livrez en point relais ? Je ne suis jamais là en journée",
            "Bonjour {name}, oui, vous pouvez choisir un point relais dans Mon compte > Adresse. Il y en a 6 autour de {town}.",
            "Parfait, merci {agent}",
        ),
        (
            "bonjour, la visio véto c'est compris dans l'abonnement ou c'est en plus ?",
            "Bonjour {name}, une consultation par trimestre est incluse dans l'abonnement Premium, sinon c'est {amount} la séance.",
            "Ok top merci",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo retrasar una semana el próximo envío? Nos vamos de vacaciones con {pet}",
            "Hola {name}, claro: en Mi cuenta > Envíos, botón «Aplazar». Te lo he pasado al día 23, ¡buenas vacaciones a ti y a {pet}!",
            "Genial, gracias {agent} 🙏",
        ),
        (
            "Buenas, ¿el pienso senior a partir de qué edad es? {mypet} tiene 9 años",
            "Hola {name}, lo recomendamos hacia los 8-10 años según el tamaño y cómo esté, pero en la videoconsulta te pueden orientar para {pet}.",
            "Gracias por contestar tan rápido!",
        ),
        (
            "Hola, ¿enviáis a punto de recogida? Nunca estoy en casa por el día",
            "Hola {name}, sí, puedes elegir un punto de recogida en Mi cuenta > Dirección. Tienes 5 cerca de ti en {town}.",
            "Perfecto, mil gracias",
        ),
        (
            "hola, la videoconsulta entra en la suscripción o se paga aparte?",
            "Hola {name}, con la suscripción Premium tienes una al trimestre incluida; si no, cuesta {amount}.",
            "Vale, gracias!!",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich die nächste Lieferung um eine Woche verschieben? Wir sind mit {pet} im Urlaub",
            "Hallo {name}, ja klar: unter Mein Konto > Lieferungen auf «Verschieben». Ich habe es auf den 23. gelegt. Schönen Urlaub!",
            "Super, danke {agent}!",
        ),
        (
            "Hallo, liefert ihr auch an eine Packstation?",
            "Hallo {name}, ja, unter Mein Konto > Adresse können Sie eine Packstation wählen.",
            "Perfekt, danke",
        ),
    ],
    "en": [
        (
            "Hi, can I push my next delivery back a week? We're away with {pet}",
            "Hi {name}, of course: My account > Deliveries, «Postpone». I've moved it to the 23rd for you, enjoy the break!",
            "Brilliant, thanks {agent}",
        ),
        (
            "Hi is the vet video call included in the subscription or extra?",
            "Hi {name}, one call a quarter is included with Premium, otherwise it's {amount} a call.",
            "Grand, thanks",
        ),
    ],
    "it": [
        (
            "Ciao, posso spostare di una settimana la prossima consegna? Siamo in vacanza con {pet}",
            "Ciao {name}, certo: in Il mio account > Consegne, tasto «Rimanda». L'ho spostata al 23, buone vacanze!",
            "Grazie mille {agent}",
        ),
        (
            "Buongiorno, consegnate anche nei punti di ritiro?",
            "Buongiorno {name}, sì, può sceglierne uno in Il mio account > Indirizzo.",
            "Perfetto grazie",
        ),
    ],
    "pt": [
        (
            "Olá, posso adiar uma semana a próxima entrega? Vamos de férias com {pet}",
            "Olá {name}, claro: em A minha conta > Entregas, botão «Adiar». Já passei para dia 23, boas férias!",
            "Obrigad[[a|o]] {agent}!",
        ),
        (
            "Boas, entregam em pontos de recolha?",
            "Olá {name}, sim, pode escolher um ponto de recolha em A minha conta > Morada.",
            "Top, obrigad[[a|o]]",
        ),
    ],
}

SUBJECT_Q: dict[str, list[str]] = {
    "fr": ["Question abonnement", "Petite question", "Livraison"],
    "es": ["Consulta suscripción", "Duda", "Envío"],
    "de": ["Frage zum Abo", "Kurze Frage"],
    "en": ["Quick question", "Subscription question"],
    "it": ["Domanda abbonamento", "Domanda"],
    "pt": ["Dúvida assinatura", "Pergunta"],
}

PHONE_OPENERS: dict[str, list[str]] = {
    "fr": ["oui bonjour euh", "allô bonjour", "bonjour madame", "oui allô"],
    "es": ["sí hola buenas", "oiga hola mire", "hola buenas tardes", "sí buenos días"],
    "de": ["ja hallo guten tag", "äh hallo", "grüß gott", "grüezi ja"],
    "en": ["yeah hi there", "hiya", "hello yeah"],
    "it": ["pronto buongiorno", "sì salve"],
    "pt": ["está sim boa tarde", "bom dia olhe"],
}

#: (spoken question after the opener, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "je voulais savoir si on peut mettre deux animaux sur le même abonnement j'ai un chat et un chien",
            "Bonjour {name}, merci pour votre appel. Comme convenu, j'ai ajouté un deuxième profil à votre abonnement : une seule livraison, deux sacs. Bonne journée, {agent}",
        ),
        (
            "c'est pour savoir comment on change de croquettes le véto m'a dit de passer en light",
            "Bonjour {name}, merci pour votre appel. Comme convenu, la prochaine livraison passe en gamme Light, sans frais. {agent}",
        ),
    ],
    "es": [
        (
            "quería saber si puedo poner a los dos animales en la misma suscripción tengo un gato y una perra",
            "Hola {name}, gracias por tu llamada. Como hablamos, he añadido un segundo perfil: un solo envío con los dos sacos. Un saludo, {agent}",
        ),
        (
            "es para cambiar el pienso que la veterinaria me ha dicho que le pase al light",
            "Hola {name}, gracias por llamar. Como hablamos, el próximo envío ya va con la gama Light, sin coste. {agent}",
        ),
    ],
    "de": [
        (
            "ich wollte fragen ob ich zwei tiere in ein abo nehmen kann ich hab eine katze und einen hund",
            "Hallo {name}, danke für Ihren Anruf. Wie besprochen habe ich ein zweites Profil angelegt: eine Lieferung, zwei Säcke. Viele Grüße, {agent}",
        )
    ],
    "en": [
        (
            "just ringing to ask can I put the two of them on the one subscription a cat and a dog",
            "Hi {name}, thanks for your call. As discussed, I've added a second profile: one delivery, two bags. {agent}",
        )
    ],
    "it": [
        (
            "volevo sapere se posso mettere due animali nello stesso abbonamento ho un gatto e un cane",
            "Buongiorno {name}, grazie della telefonata. Come d'accordo ho aggiunto un secondo profilo: una consegna, due sacchi. {agent}",
        )
    ],
    "pt": [
        (
            "queria saber se posso pôr os dois animais na mesma assinatura tenho um gato e uma cadela",
            "Olá {name}, obrigado pela chamada. Como combinado, acrescentei um segundo perfil: uma só entrega, dois sacos. {agent}",
        )
    ],
}

CALL_SUBJECT: dict[str, str] = {
    "fr": "Suite à votre appel",
    "es": "Tras tu llamada",
    "de": "Ihr Anruf",
    "en": "Following your call",
    "it": "La sua telefonata",
    "pt": "Na sequência da sua chamada",
}

#: (rating, text)
REVIEWS: dict[str, list[tuple[int, str]]] = {
    "fr": [
        (5, "Croquettes de qualité, {pet} a retrouvé un beau poil. Livraison rapide."),
        (5, "Service client humain et réactif, appli simple. Je recommande."),
        (4, "Très bien, juste un peu cher la pâtée, mais {pet} adore."),
    ],
    "es": [
        (5, "Pienso de calidad, {pet} tiene el pelo brillante. Envío rápido."),
        (5, "Atención al cliente de personas de verdad. Recomendable 100%."),
        (4, "Muy bien, un pelín caras las latas pero {pet} las adora."),
    ],
    "de": [
        (5, "Gutes Futter, schnelle Lieferung, netter Kundenservice."),
        (4, "Alles gut, nur die Dosen etwas teuer."),
    ],
    "en": [
        (5, "Quality food, quick delivery, lovely people on the chat."),
        (4, "Very good, tins a bit pricey but {pet} loves them."),
    ],
    "it": [
        (5, "Crocchette ottime, consegna veloce, servizio clienti gentile."),
        (4, "Tutto bene, solo le scatolette un po' care."),
    ],
    "pt": [
        (5, "Ração de qualidade, entrega rápida, apoio ao cliente simpático."),
        (4, "Muito bom, só as latas um bocado caras."),
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "fr": ["Parfait", "Rien à redire", "Rapide et efficace", "Top", "Merci à l'équipe"],
    "es": ["Perfecto", "Todo genial", "Rápidos y amables", "Un 10", "Gracias al equipo"],
    "de": ["Super", "Alles bestens"],
    "en": ["Spot on", "All good"],
    "it": ["Perfetto", "Tutto ok"],
    "pt": ["Impecável", "Tudo ótimo"],
}

EMOJI: list[str] = ["🐶", "🐱", "👍", "😍", "🐾", "👌"]

NIGHT_POSTS: dict[str, list[str]] = {
    "fr": [
        "2h du mat, fin de garde aux urgences, et le colis {at} m'attendait devant la porte. {mypet} a déjà goûté 😴",
        "Insomnie, {pet} ronfle sur mes pieds, et je découvre que l'appli {at} garde l'historique des poids. Génial",
    ],
    "es": [
        "Las 3 de la mañana, salgo del turno y el paquete de {at} en el felpudo. {pet} ya lo ha olido 😴",
        "Sin sueño a las 2 y {pet} roncando, acabo de ver que la app de {at} guarda el historial de peso. Qué buena idea",
    ],
    "de": [
        "Halb drei, Nachtschicht vorbei, und das {at} Paket lag vor der Tür. {pet} hat schon probiert 😴"
    ],
    "en": ["3am, off a night shift and the {at} box was on the step. {pet} already had a sniff 😴"],
    "it": [
        "Le 2 di notte, fine turno, e il pacco {at} era davanti alla porta. {pet} l'ha già annusato 😴"
    ],
    "pt": ["3 da manhã, acabei o turno e a caixa da {at} estava à porta. {pet} já cheirou tudo 😴"],
}

#: (night chat question, answer, thanks)
NIGHT_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "bonsoir, {pet} vomit depuis une heure, est-ce que la visio véto marche la nuit ?",
            "Bonsoir {name}, oui, la visio véto est ouverte 24h/24. Je vous ouvre un créneau tout de suite, le lien arrive par SMS.",
            "merci infiniment, le lien est arrivé",
        ),
        (
            "re bonsoir, je pars à 6h en déplacement et {pet} va chez ma mère, je peux changer l'adresse de la livraison de jeudi ?",
            "Bonsoir {name}, oui, c'est modifié : la livraison de jeudi part chez votre mère. Bon voyage !",
            "génial merci, bonne nuit",
        ),
    ],
    "es": [
        (
            "hola, {pet} lleva una hora vomitando, la videoconsulta funciona de noche?",
            "Hola {name}, sí, la videoconsulta está abierta 24 horas. Te abro una ahora mismo, te llega el enlace por SMS.",
            "mil gracias, ya me ha llegado",
        ),
        (
            "buenas noches, salgo de viaje a las 6 y {pet} se queda en casa de mi madre, ¿puedo cambiar la dirección del envío del jueves?",
            "Hola {name}, sí, hecho: el envío del jueves va a casa de tu madre. ¡Buen viaje!",
            "genial, gracias, buenas noches",
        ),
    ],
    "de": [
        (
            "hallo, {pet} erbricht seit einer stunde, geht die videosprechstunde auch nachts?",
            "Hallo {name}, ja, rund um die Uhr. Ich öffne Ihnen gleich einen Termin, der Link kommt per SMS.",
            "danke, Link ist da",
        )
    ],
    "en": [
        (
            "hi, {pet} has been sick for an hour, does the vet video call work at night?",
            "Hi {name}, yes, it's open 24/7. I'm opening a slot for you now, link coming by text.",
            "thank you so much, got it",
        )
    ],
    "it": [
        (
            "ciao, {pet} vomita da un'ora, il videoconsulto funziona anche di notte?",
            "Ciao {name}, sì, è aperto 24 ore su 24. Ti apro subito uno slot, il link arriva via SMS.",
            "grazie mille, arrivato",
        )
    ],
    "pt": [
        (
            "olá, {pet} está a vomitar há uma hora, a consulta por vídeo funciona de noite?",
            "Olá {name}, sim, funciona 24h. Abro-lhe já uma consulta, o link chega por SMS.",
            "obrigad[[a|o]], já chegou",
        )
    ],
}

SARCASM: dict[str, list[str]] = {
    "fr": [
        "J'adore quand l'appli {at} me déconnecte pour la cinquième fois de la semaine. Génial 🙃",
        "Super, le SMS « votre colis arrive demain » est arrivé… le lendemain de la livraison {at} 🙃",
    ],
    "es": [
        "Me encanta cuando la app de {at} me cierra la sesión por quinta vez esta semana. Fantástico 🙃",
        "Genial, el SMS de «tu pedido llega mañana» llegó… un día después del pedido de {at} 🙃",
    ],
    "de": ["Herrlich, die {at} App meldet mich zum fünften Mal diese Woche ab 🙃"],
    "en": ["Love it when the {at} app logs me out for the fifth time this week. Fab 🙃"],
    "it": [
        "Adoro quando l'app di {at} mi scollega per la quinta volta questa settimana. Fantastico 🙃"
    ],
    "pt": [
        "Adoro quando a app da {at} me pede para iniciar sessão pela quinta vez esta semana. Fantástico 🙃"
    ],
}

REPLY_PREFIX: dict[str, str] = {
    "fr": "RE :",
    "es": "RE:",
    "de": "AW:",
    "en": "RE:",
    "it": "R:",
    "pt": "RE:",
}

WEEKDAYS: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
