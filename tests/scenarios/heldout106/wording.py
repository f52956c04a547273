# ruff: noqa: E501
"""Words of Quignova's households (heldout106): bakery orders by app and web.

Written from the stories in make_heldout106.py, French and English first. Placeholders
in braces are filled by the generator; every table maps a language code to variants.
"""

from __future__ import annotations

T = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]
Triples = dict[str, list[tuple[str, str, str]]]

LANGS = ("fr", "en", "de", "es", "it", "pt")

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Julien",
        "Sophie",
        "Nicolas",
        "Élodie",
        "Mathieu",
        "Claire",
        "Thomas",
        "Aurélie",
        "Antoine",
        "Hélène",
        "Maxime",
        "Céline",
        "Romain",
        "Laure",
        "Guillaume",
        "Manon",
        "Hugo",
        "Pauline",
        "Benoît",
        "Margaux",
        "Olivier",
        "Sandrine",
        "Théo",
        "Agnès",
        "Yann",
        "Noémie",
        "Cédric",
    ],
    "en": [
        "Emma",
        "James",
        "Olivia",
        "Tom",
        "Sarah",
        "Daniel",
        "Chloe",
        "Liam",
        "Hannah",
        "Ben",
        "Grace",
        "Ryan",
        "Lucy",
        "Conor",
        "Aoife",
        "Jack",
        "Megan",
        "Sean",
        "Rachel",
        "Callum",
        "Niamh",
        "Ollie",
        "Jess",
        "Harry",
        "Fiona",
        "Declan",
        "Amy",
        "Rob",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Anna",
        "Felix",
        "Laura",
        "Lukas",
        "Katrin",
        "Moritz",
        "Sabine",
        "Tobias",
        "Julia",
        "Florian",
        "Miriam",
        "Stefan",
        "Jana",
        "Dominik",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Carmen",
        "Diego",
        "Elena",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Irene",
        "Raúl",
        "Rocío",
        "Iván",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Andrea",
        "Sara",
        "Matteo",
        "Elisa",
        "Davide",
        "Valentina",
        "Simone",
        "Ilaria",
        "Fabio",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Miguel",
        "Ana",
        "Duarte",
        "Rita",
        "Nuno",
    ],
}

LAST: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fournier",
        "Lambert",
        "Rousseau",
        "Bonnet",
        "Mercier",
        "Faure",
        "André",
        "Gauthier",
        "Perrin",
        "Morel",
        "Chevalier",
        "Masson",
        "Marchand",
        "Duval",
        "Renaud",
        "Picard",
        "Lemaire",
        "Caron",
        "Brun",
        "Vidal",
        "Roche",
        "Collin",
    ],
    "en": [
        "Walsh",
        "Turner",
        "Hughes",
        "Patel",
        "Murphy",
        "Clarke",
        "Kelly",
        "Wright",
        "Byrne",
        "Evans",
        "Doyle",
        "Harris",
        "Bennett",
        "Lynch",
        "Carter",
        "O'Connor",
        "Fletcher",
        "Ryan",
        "Green",
        "Barnes",
        "Kavanagh",
        "Shaw",
        "Ward",
        "Knight",
        "Moss",
        "Quinn",
    ],
    "de": [
        "Becker",
        "Hoffmann",
        "Schulz",
        "Wagner",
        "Krüger",
        "Neumann",
        "Wolf",
        "Braun",
        "Zimmermann",
        "Hartmann",
        "Lange",
        "Vogel",
        "Seidel",
        "Kühn",
        "Fuchs",
        "Brandt",
    ],
    "es": [
        "García",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Moreno",
        "Iglesias",
        "Castro",
        "Ortega",
        "Delgado",
        "Serrano",
        "Molina",
        "Vidal",
        "Campos",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Lombardi",
        "Ferri",
        "Testa",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gomes",
        "Lopes",
        "Teixeira",
        "Pinto",
    ],
}

JOBS: T = {
    "fr": [
        "infirmière",
        "professeur des écoles",
        "comptable",
        "électricien",
        "pharmacienne",
        "développeur",
        "aide-soignante",
        "architecte",
        "chauffeur de bus",
        "kinésithérapeute",
    ],
    "en": [
        "nurse",
        "primary teacher",
        "accountant",
        "electrician",
        "pharmacist",
        "software developer",
        "care worker",
        "architect",
        "bus driver",
        "physiotherapist",
    ],
    "de": ["Krankenpflegerin", "Lehrer", "Buchhalterin", "Elektriker", "Apothekerin"],
    "es": ["enfermera", "profesor", "contable", "electricista", "farmacéutica"],
    "it": ["infermiera", "insegnante", "commercialista", "elettricista", "farmacista"],
    "pt": ["enfermeira", "professor", "contabilista", "eletricista", "farmacêutica"],
}

TOWNS: dict[str, list[str]] = {
    "FR": [
        "Lyon",
        "Bordeaux",
        "Nantes",
        "Lille",
        "Toulouse",
        "Rennes",
        "Montpellier",
        "Strasbourg",
    ],
    "BE": ["Bruxelles", "Liège", "Namur", "Mons"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "CH-fr": ["Genève", "Lausanne", "Fribourg"],
    "CH-de": ["Zürich", "Basel", "Bern"],
    "UK": ["Bristol", "Leeds", "Brighton", "Manchester", "Edinburgh", "Norwich"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["Köln", "Hamburg", "Freiburg", "Leipzig"],
    "AT": ["Wien", "Graz", "Linz"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Bilbao"],
    "IT": ["Torino", "Bologna", "Milano", "Firenze"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra"],
}

AGENTS: T = {
    "fr": ["Inès", "Bastien", "Coralie", "Yanis"],
    "en": ["Megan", "Josh", "Priya", "Owen"],
    "de": ["Svenja", "Jannik"],
    "es": ["Rocío", "Iker"],
    "it": ["Martina", "Gabriele"],
    "pt": ["Leonor", "Gonçalo"],
}

COMPETITORS = ("Brioval", "Mehlkasten")

#: (label, price in euros): English/French labels whatever the market.
PRODUCTS: list[tuple[str, float]] = [
    ("Sourdough loaf 1 kg / Pain au levain 1 kg", 7.40),
    ("Croissants, box of 8 / Croissants, boîte de 8", 9.60),
    ("Saturday brunch box for 4 / Box brunch du samedi, 4 pers.", 42.00),
    ("Chocolate birthday cake, 10 people / Gâteau d'anniversaire chocolat, 10 pers.", 38.50),
    ("Fruit tart, 6 people / Tarte aux fruits, 6 pers.", 24.00),
    ("Baguettes tradition x4 / Baguettes tradition x4", 5.80),
    ("Seeded rye loaf / Pain de seigle aux graines", 6.20),
    ("Pains au chocolat, box of 6 / Pains au chocolat, boîte de 6", 8.10),
    ("Cinnamon buns x6 / Brioches cannelle x6", 10.20),
    ("Gluten-free loaf / Pain sans gluten", 8.90),
    ("Ham and cheese quiche / Quiche jambon fromage", 14.50),
]
CLUB = ("Quignova Club, monthly / Quignova Club, mensuel", 12.90)

PAGES = [
    "/shop/bread",
    "/shop/viennoiserie",
    "/shop/cakes",
    "/shop/brunch",
    "/club",
    "/shops",
    "/account/orders",
    "/help/delivery",
    "/help/allergens",
]

PRAISE: T = {
    "fr": [
        "Le pain au levain de la boutique de {shop} est juste parfait, croûte qui craque et mie bien alvéolée. Toute la famille se bat pour le croûton 😄",
        "Commande passée hier soir à 22h, croissants livrés à 7h10 encore tièdes. Merci Quignova, dimanche matin sauvé",
        "franchement les pains au chocolat de chez Quignova c'est autre chose que ceux du supermarché. mes enfants ne veulent plus que ça",
        "Gâteau d'anniversaire récupéré à {shop}, magnifique et pas trop sucré, ma fille de 7 ans était aux anges. Bravo à l'équipe !",
        "La box brunch pour 4 : tout était bon, même le pain de seigle que je n'aime pas d'habitude. On recommande 👍",
    ],
    "en": [
        "The sourdough from the {shop} shop is properly good. Crackly crust, lasts the week in the bread bin. Converted my dad, who only ever ate sliced white",
        "Ordered croissants at 11pm, on the doorstep by 7:15 and still warm. Quignova you legends",
        "honestly the cinnamon buns are dangerous. bought 6 for the office, ate 2 in the car",
        "Birthday cake from Quignova {shop}: looked exactly like the photo and tasted even better. Seven-year-old very happy, parents too",
        "Brunch box for 4 was spot on, even the quiche survived my brother-in-law's opinions",
    ],
    "de": [
        "Das Sauerteigbrot von Quignova in {shop} ist der Hammer. Kruste knackt, hält fast eine Woche. Endlich wieder richtiges Brot",
        "Croissants um 22 Uhr bestellt, um 7 Uhr vor der Tür, noch warm. Sonntag gerettet, danke Quignova",
    ],
    "es": [
        "El pan de masa madre de Quignova en {shop} es una maravilla, corteza crujiente y aguanta varios días. Mis hijos ya no quieren otro",
        "Pedí cruasanes anoche y a las 8 estaban en casa, todavía calentitos. Gracias Quignova!!",
    ],
    "it": [
        "Il pane a lievito madre di Quignova a {shop} è buonissimo, crosta croccante e dura quasi una settimana. Promosso a pieni voti",
        "Cornetti ordinati ieri sera, arrivati alle 7 ancora tiepidi. Grazie Quignova, colazione della domenica salvata",
    ],
    "pt": [
        "O pão de fermentação natural da Quignova em {shop} é fantástico, côdea estaladiça e dura dias. Lá em casa já ninguém quer outro",
        "Encomendei croissants ontem à noite e às 8h estavam cá em casa ainda mornos. Obrigada Quignova!",
    ],
}

AGAIN: T = {
    "fr": [
        "Troisième gâteau d'anniversaire commandé cette année chez Quignova et encore une fois parfait. On ne change plus",
        "Encore une fois le livreur du samedi a pensé à frapper doucement pour ne pas réveiller le bébé. Merci à lui !",
        "Toujours aussi bonne la baguette tradition de {shop}, des mois que j'y vais et jamais déçue",
    ],
    "en": [
        "Third birthday cake from Quignova this year and once again spot on. Not going anywhere else",
        "Again the Saturday driver left the bag in the porch out of the rain without being asked. Whoever you are, thank you",
        "Still the best sourdough in {shop}. Months of weekly orders and not one dud",
    ],
    "de": [
        "Schon wieder der nette Fahrer am Samstag, der die Tüte vor den Regen stellt. Danke!",
        "Dritte Geburtstagstorte dieses Jahr bei Quignova und wieder perfekt",
    ],
    "es": [
        "Tercera tarta de cumpleaños este año con Quignova y otra vez perfecta",
        "Sigue siendo el mejor pan de {shop}, meses pidiendo cada semana y ni un fallo",
    ],
    "it": [
        "Terza torta di compleanno quest'anno da Quignova e ancora una volta perfetta",
        "Sempre il miglior pane di {shop}, mesi di ordini e mai una delusione",
    ],
    "pt": [
        "Terceiro bolo de aniversário este ano na Quignova e outra vez perfeito",
        "Continua a ser o melhor pão de {shop}, meses a encomendar e nunca uma desilusão",
    ],
}

GRIPE: T = {
    "fr": [
        "Pain au levain toujours top. Seul bémol : le sac papier se déchire dès qu'il pleut un peu. Sinon rien à dire",
        "Très contente du brunch, juste dommage que le jus d'orange soit en bouteille plastique. Mais on recommandera",
        "Croissants parfaits, livreur adorable. Par contre l'appli me déconnecte à chaque fois, un peu pénible",
    ],
    "en": [
        "Love the seeded rye. Only gripe, the paper bag gives up the second it drizzles. Otherwise 10/10",
        "Brunch box great as always, just wish the orange juice wasn't in a plastic bottle. Will order again though",
        "Cake was lovely, the box was a bit small for the decorations so one rose got squashed. Still tasted amazing",
    ],
    "de": ["Brot super wie immer, nur die Papiertüte reißt beim kleinsten Regen. Sonst top"],
    "es": [
        "Muy contenta con el brunch, solo que el zumo viene en botella de plástico. Pero repetiremos"
    ],
    "it": [
        "Torta buonissima, solo la scatola un po' piccola e una rosa si è schiacciata. Ma la rifaccio"
    ],
    "pt": [
        "Pão ótimo como sempre, só o saco de papel rasga com qualquer chuvinha. De resto 5 estrelas"
    ],
}

MENTION: T = {
    "fr": [
        "Petit-déj du dimanche signé Quignova, les enfants ont tout dévoré 🥐",
        "Meilleure baguette du quartier, merci Quignova",
    ],
    "en": [
        "Sunday breakfast courtesy of Quignova, kids demolished it 🥐",
        "Best baguette on the street, cheers Quignova",
    ],
    "de": ["Sonntagsfrühstück von Quignova, die Kinder haben alles verputzt 🥐"],
    "es": ["Desayuno del domingo cortesía de Quignova, los niños no dejaron nada 🥐"],
    "it": ["Colazione della domenica firmata Quignova, i bambini hanno spazzolato tutto 🥐"],
    "pt": ["Pequeno-almoço de domingo by Quignova, os miúdos comeram tudo 🥐"],
}

CHAT_Q: Pairs = {
    "fr": [
        (
            "bjr, le pain sans gluten est cuit dans le même four que le reste ?",
            "Bonjour ! Il est cuit à part, dans notre atelier sans gluten, et emballé avant d'arriver en boutique.",
        ),
        (
            "Bonjour, je peux changer l'adresse de livraison de ma commande de demain ?",
            "Bonjour, oui, jusqu'à 20h la veille dans Mes commandes > Modifier. Donnez-moi la nouvelle adresse et je le fais pour vous.",
        ),
        (
            "Est-ce que la boîte de croissants peut être livrée avant 7h samedi ? On part tôt au foot",
            "Bonjour ! Le premier créneau du samedi est 6h45-7h15, vous pouvez le choisir au moment de payer.",
        ),
        (
            "Salut, le Club ça marche comment si on part 2 semaines en vacances ?",
            "Bonjour ! Vous pouvez suspendre le Club jusqu'à 4 semaines dans Mon compte > Club, sans frais.",
        ),
    ],
    "en": [
        (
            "is the gluten free loaf baked in the same oven as everything else",
            "Hi! It's baked separately in our gluten-free bakehouse and sealed before it reaches the shops.",
        ),
        (
            "Hiya, can I change the delivery address for tomorrow's order?",
            "Hi, yes: until 8pm the night before under My orders > Change. Send me the new address and I'll do it for you.",
        ),
        (
            "Do you deliver before 7 on Saturdays? Early football match",
            "Hi! The first Saturday slot is 6:45-7:15, you can pick it at checkout.",
        ),
        (
            "How does the Club work if we're away for two weeks?",
            "Hi! You can pause the Club for up to 4 weeks under My account > Club, free of charge.",
        ),
    ],
    "de": [
        (
            "Hallo, wird das glutenfreie Brot im gleichen Ofen gebacken?",
            "Hallo! Es wird getrennt in unserer glutenfreien Backstube gebacken und verpackt.",
        ),
        (
            "Kann ich die Lieferadresse für morgen noch ändern?",
            "Hallo, ja, bis 20 Uhr am Vorabend unter Meine Bestellungen > Ändern.",
        ),
    ],
    "es": [
        (
            "Hola, el pan sin gluten se hace en el mismo horno?",
            "¡Hola! Se hornea aparte, en nuestro obrador sin gluten, y llega envasado.",
        ),
        (
            "Puedo cambiar la dirección del pedido de mañana?",
            "Hola, sí, hasta las 20h del día anterior en Mis pedidos > Modificar.",
        ),
    ],
    "it": [
        (
            "Ciao, il pane senza glutine è cotto nello stesso forno?",
            "Ciao! Viene cotto a parte nel nostro laboratorio senza glutine e arriva già confezionato.",
        ),
        (
            "Posso cambiare l'indirizzo di consegna per domani?",
            "Ciao, sì, fino alle 20 del giorno prima in I miei ordini > Modifica.",
        ),
    ],
    "pt": [
        (
            "Olá, o pão sem glúten é cozido no mesmo forno?",
            "Olá! É cozido à parte, na nossa padaria sem glúten, e chega embalado.",
        ),
        (
            "Posso mudar a morada de entrega de amanhã?",
            "Olá, sim, até às 20h da véspera em As minhas encomendas > Alterar.",
        ),
    ],
}

THANKS: T = {
    "fr": ["Super merci !", "parfait merci bcp", "Merci, bonne journée"],
    "en": ["Brilliant, thanks!", "perfect ta", "Great, thank you"],
    "de": ["Super, danke!", "Perfekt, danke"],
    "es": ["Genial, gracias!", "perfecto grcs"],
    "it": ["Perfetto grazie!", "ok grz"],
    "pt": ["Ótimo, obrigada!", "perfeito obg"],
}

MAIL_Q: Triples = {
    "fr": [
        (
            "Question gâteau sans lactose",
            "Bonjour,\n\nMon fils ne supporte pas le lactose. Est-ce que vous avez un gâteau d'anniversaire sans lactose pour une dizaine de personnes, et il faut le commander combien de jours avant ?\n\nMerci,\n{first}",
            "Bonjour {first},\n\nOui : le gâteau chocolat-noisette existe en version sans lactose, à commander 48 h avant. Il est préparé à part.\n\nBelle journée,\n{agent}, Quignova",
        ),
        (
            "Facture pour mon CE",
            "Bonjour, mon comité d'entreprise rembourse une partie du Club. Pouvez-vous m'envoyer une facture à mon nom pour les trois derniers mois ? Merci d'avance. {first}",
            "Bonjour {first},\n\nVous trouverez les trois factures en pièce jointe, elles sont aussi dans Mon compte > Factures.\n\nBonne journée,\n{agent}, Quignova",
        ),
    ],
    "en": [
        (
            "Lactose-free cake?",
            "Hi,\n\nMy son can't have lactose. Do you do a lactose-free birthday cake for about 10, and how far ahead do I need to order?\n\nThanks,\n{first}",
            "Hi {first},\n\nYes, the chocolate-hazelnut cake comes in a lactose-free version; order it 48 hours ahead, it's made separately.\n\nHave a lovely day,\n{agent}, Quignova",
        ),
        (
            "Receipts for work",
            "Hello, my employer pays back part of the Club. Could you send receipts in my name for the last three months? Thanks, {first}",
            "Hi {first},\n\nThe three receipts are attached, and you'll also find them under My account > Invoices.\n\nBest,\n{agent}, Quignova",
        ),
    ],
    "de": [
        (
            "Laktosefreie Torte?",
            "Hallo,\n\nmein Sohn verträgt keine Laktose. Gibt es eine laktosefreie Geburtstagstorte für etwa 10 Personen, und wie früh muss ich bestellen?\n\nDanke,\n{first}",
            "Hallo {first},\n\nja, die Schoko-Haselnuss-Torte gibt es laktosefrei, bitte 48 Stunden vorher bestellen.\n\nViele Grüße\n{agent}, Quignova",
        )
    ],
    "es": [
        (
            "Tarta sin lactosa?",
            "Hola,\n\nmi hijo no tolera la lactosa. ¿Tenéis tarta de cumpleaños sin lactosa para unas 10 personas? ¿Con cuántos días hay que pedirla?\n\nGracias,\n{first}",
            "Hola {first},\n\nsí, la tarta de chocolate y avellana existe sin lactosa, hay que pedirla con 48 horas.\n\nUn saludo,\n{agent}, Quignova",
        )
    ],
    "it": [
        (
            "Torta senza lattosio?",
            "Buongiorno,\n\nmio figlio non tollera il lattosio. Avete una torta di compleanno senza lattosio per una decina di persone? Con quanto anticipo va ordinata?\n\nGrazie,\n{first}",
            "Buongiorno {first},\n\nsì, la torta cioccolato e nocciola esiste senza lattosio, va ordinata 48 ore prima.\n\nA presto,\n{agent}, Quignova",
        )
    ],
    "pt": [
        (
            "Bolo sem lactose?",
            "Olá,\n\no meu filho não tolera lactose. Têm bolo de aniversário sem lactose para umas 10 pessoas? Com quantos dias tenho de encomendar?\n\nObrigada,\n{first}",
            "Olá {first},\n\nsim, o bolo de chocolate e avelã existe sem lactose, encomende com 48 horas.\n\nCumprimentos,\n{agent}, Quignova",
        )
    ],
}

PHONE_Q: Pairs = {
    "fr": [
        (
            "bonjour je voulais savoir combien de jours avant il faut commander une pièce montée pour un baptême on sera une quarantaine merci",
            "Bonjour {first},\n\nComme promis au téléphone : pour 40 personnes, il faut commander au moins 10 jours avant. Le devis est en pièce jointe.\n\n{agent}, Quignova",
        ),
        (
            "oui bonjour j'ai le Club et je voudrais ajouter l'adresse de ma mère comme deuxième livraison c'est possible",
            "Bonjour {first},\n\nSuite à votre appel : c'est fait, l'adresse de votre mère est ajoutée au Club, première livraison samedi.\n\n{agent}, Quignova",
        ),
    ],
    "en": [
        (
            "hi yeah I was just wondering how far ahead I need to order a tiered cake for a christening about forty people thanks",
            "Hi {first},\n\nAs promised on the phone: for 40 people please order at least 10 days ahead. The quote is attached.\n\n{agent}, Quignova",
        ),
        (
            "hello I've got the Club and I want to add my mum's address as a second delivery is that possible",
            "Hi {first},\n\nFollowing your call: done, your mum's address is on your Club now, first delivery this Saturday.\n\n{agent}, Quignova",
        ),
    ],
    "de": [
        (
            "hallo ich wollte fragen wie lange vorher man eine Hochzeitstorte für vierzig Leute bestellen muss danke",
            "Hallo {first},\n\nwie am Telefon besprochen: für 40 Personen bitte mindestens 10 Tage vorher bestellen, das Angebot hängt an.\n\n{agent}, Quignova",
        )
    ],
    "es": [
        (
            "hola quería saber con cuánto tiempo hay que pedir una tarta para un bautizo de unas cuarenta personas gracias",
            "Hola {first},\n\ncomo le dije por teléfono: para 40 personas, pídala con al menos 10 días. Le adjunto el presupuesto.\n\n{agent}, Quignova",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere con quanto anticipo si ordina una torta per un battesimo sui quaranta invitati grazie",
            "Buongiorno {first},\n\ncome promesso al telefono: per 40 persone va ordinata almeno 10 giorni prima. In allegato il preventivo.\n\n{agent}, Quignova",
        )
    ],
    "pt": [
        (
            "olá queria saber com quanta antecedência tenho de encomendar um bolo para um batizado de umas quarenta pessoas obrigada",
            "Olá {first},\n\ncomo prometido ao telefone: para 40 pessoas, encomende com pelo menos 10 dias. Segue o orçamento em anexo.\n\n{agent}, Quignova",
        )
    ],
}

REVIEW: T = {
    "fr": [
        "Pain au levain excellent, livraison à l'heure. Rien à redire",
        "Très bons croissants, un poil chers mais ça vaut le coup",
        "Tarte aux fruits superbe, pâte bien croustillante",
    ],
    "en": [
        "Excellent sourdough, delivered on time. Nothing to fault",
        "Really good croissants, a touch pricey but worth it",
        "Gorgeous fruit tart, proper crisp pastry",
    ],
    "de": [
        "Super Sauerteigbrot, pünktlich geliefert",
        "Sehr gute Croissants, etwas teuer, aber es lohnt sich",
    ],
    "es": [
        "Pan de masa madre buenísimo, entrega puntual",
        "Cruasanes muy buenos, un pelín caros pero merecen la pena",
    ],
    "it": ["Pane ottimo, consegna puntuale", "Cornetti buonissimi, un po' cari ma ne vale la pena"],
    "pt": [
        "Pão excelente, entrega a horas",
        "Croissants muito bons, um bocadinho caros mas valem a pena",
    ],
}

SURVEY_WORD: T = {
    "fr": ["Top", "Parfait 👍", "rien à redire", "", ""],
    "en": ["Great", "spot on", "👍", "", ""],
    "de": ["Super", "👍", ""],
    "es": ["Genial", "👍", ""],
    "it": ["Ottimo", "👍", ""],
    "pt": ["Ótimo", "👍", ""],
}

NIGHT_POST: T = {
    "fr": [
        "3h du mat, je sors d'une garde aux urgences et je commande les croissants pour le réveil des enfants. Vive l'appli Quignova",
        "Insomnie, je regarde des vidéos de boulangers qui façonnent des baguettes. Demain j'achète une tradition chez Quignova c'est décidé",
        "1h du matin, dernier carton du déménagement vidé, et le brunch de demain est commandé chez Quignova. Je l'ai bien mérité",
        "Fin de service au restau, je rentre et je commande le pain de seigle pour demain. Le seul pain qui tient ma semaine",
    ],
    "en": [
        "2am, just off a night shift, ordering croissants so the kids wake up to something nice. Quignova app is a lifesaver",
        "Can't sleep, watching videos of people shaping sourdough. Tomorrow I'm buying a proper loaf from Quignova",
        "1am, last moving box unpacked and tomorrow's brunch box ordered from Quignova. Earned it",
        "Night shift at the depot done, ordering the seeded rye for the week. Only bread that survives my week",
    ],
    "de": [
        "2 Uhr nachts, Nachtschicht vorbei, Croissants für das Frühstück der Kinder bestellt. Die Quignova App ist Gold wert",
        "Kann nicht schlafen, schaue Videos übers Brotbacken. Morgen hole ich ein richtiges Brot bei Quignova",
    ],
    "es": [
        "Las 2 de la mañana, salgo de guardia y pido cruasanes para cuando se despierten los niños. La app de Quignova me salva",
        "Insomnio viendo vídeos de panaderos. Mañana compro pan de verdad en Quignova",
    ],
    "it": [
        "Le 2 di notte, finito il turno, ordino i cornetti per il risveglio dei bambini. L'app di Quignova mi salva",
        "Insonnia e video di panettieri. Domani prendo un pane vero da Quignova",
    ],
    "pt": [
        "2 da manhã, saio do turno e encomendo croissants para os miúdos acordarem. A app da Quignova salva-me",
        "Insónias a ver vídeos de padeiros. Amanhã compro pão a sério na Quignova",
    ],
}

NIGHT_CHAT: Pairs = {
    "fr": [
        (
            "bonsoir je travaille de nuit, si je commande maintenant je peux être livrée à 7h ?",
            "Bonsoir ! Oui, les commandes passées avant 5h peuvent être livrées dès 7h le matin même.",
        ),
        (
            "Bonsoir, vous savez si la boutique de {shop} ouvre à 7h ou 7h30 dimanche ?",
            "Bonsoir ! Elle ouvre à 7h le dimanche, jusqu'à 13h.",
        ),
        (
            "encore réveillée avec le bébé... les brioches cannelle contiennent des fruits à coque ?",
            "Bonsoir ! Non, pas de fruits à coque dans la recette, mais elles sont faites dans un atelier qui en utilise.",
        ),
    ],
    "en": [
        (
            "if I order now (1am) can it come at 7",
            "Hi! Yes, orders placed before 5am can come from 7am the same morning.",
        ),
        (
            "Hi, does the {shop} shop open at 7 or 7:30 on Sundays?",
            "Hi! It opens at 7 on Sundays, until 1pm.",
        ),
        (
            "up with the baby again... do the cinnamon buns have nuts in them?",
            "Hi! No nuts in the recipe, but they're made in a bakehouse that handles nuts.",
        ),
    ],
    "de": [
        (
            "Wenn ich jetzt bestelle, kommt es um 7 Uhr?",
            "Hallo! Ja, Bestellungen vor 5 Uhr kommen ab 7 Uhr am selben Morgen.",
        )
    ],
    "es": [
        (
            "Si pido ahora, me llega a las 7?",
            "¡Hola! Sí, los pedidos antes de las 5 llegan desde las 7 de esa misma mañana.",
        )
    ],
    "it": [
        (
            "Se ordino adesso arriva alle 7?",
            "Ciao! Sì, gli ordini fatti prima delle 5 arrivano dalle 7 della stessa mattina.",
        )
    ],
    "pt": [
        (
            "Se encomendar agora chega às 7?",
            "Olá! Sim, as encomendas feitas antes das 5h chegam a partir das 7h da mesma manhã.",
        )
    ],
}

# --- one bad day, repeat contacts ------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "fr": [
            "Ma commande de ce matin est marquée « livrée » à {time}, mais il n'y a RIEN devant ma porte, rien chez la gardienne, rien chez les voisins. J'avais six personnes pour le brunch.",
            "commande marquée LIVRÉE à {time} et jamais arrivée. j'ai attendu en bas avec les enfants, personne.",
        ],
        "en": [
            "My order this morning says DELIVERED at {time}, but there's nothing at the door, nothing with the neighbours, nothing in the porch. I had six people coming for brunch.",
            "marked delivered at {time} and never turned up. stood outside with the kids like an idiot.",
        ],
        "de": [
            "Meine Bestellung von heute Morgen steht auf GELIEFERT um {time}, aber vor der Tür ist nichts, beim Nachbarn auch nicht. Sechs Gäste zum Brunch."
        ],
        "es": [
            "Mi pedido de esta mañana pone ENTREGADO a las {time}, pero en la puerta no hay nada, ni en portería ni con los vecinos. Tenía seis personas para el brunch."
        ],
        "it": [
            "Il mio ordine di stamattina risulta CONSEGNATO alle {time}, ma davanti alla porta non c'è niente, né dal portiere né dai vicini. Avevo sei persone a colazione."
        ],
        "pt": [
            "A minha encomenda de hoje de manhã diz ENTREGUE às {time}, mas à porta não há nada, nem na porteira nem nos vizinhos. Tinha seis pessoas para o brunch."
        ],
    },
    "double_charge": {
        "fr": [
            "Vous m'avez débité DEUX fois ma commande de {amount} ce matin, j'ai les deux lignes sur mon relevé.",
            "deux prélèvements de {amount} pour une seule commande, ça commence à bien faire",
        ],
        "en": [
            "You've taken {amount} TWICE for this morning's order, both lines are on my banking app.",
            "charged twice, {amount} each, for one order. not impressed",
        ],
        "de": [
            "Sie haben meine Bestellung über {amount} ZWEIMAL abgebucht, beide Buchungen stehen auf dem Konto."
        ],
        "es": [
            "Me habéis cobrado DOS veces el pedido de {amount}, tengo los dos cargos en el banco."
        ],
        "it": [
            "Mi avete addebitato DUE volte l'ordine da {amount}, ho entrambi gli addebiti in banca."
        ],
        "pt": [
            "Cobraram-me DUAS vezes a encomenda de {amount}, tenho os dois movimentos no banco."
        ],
    },
    "damage": {
        "fr": [
            "Le gâteau d'anniversaire est arrivé écrasé, la moitié du glaçage collée au couvercle. L'anniversaire est cet après-midi.",
            "gâteau livré complètement écrasé, boîte enfoncée sur un côté. {amount} pour ça",
        ],
        "en": [
            "The birthday cake arrived crushed, half the icing stuck to the lid. The party is this afternoon.",
            "cake arrived completely squashed, box caved in on one side. {amount} for that",
        ],
        "de": [
            "Die Geburtstagstorte kam völlig zerdrückt an, die Hälfte der Glasur klebt am Deckel. Die Feier ist heute Nachmittag."
        ],
        "es": [
            "La tarta de cumpleaños ha llegado aplastada, medio glaseado pegado a la tapa. La fiesta es esta tarde."
        ],
        "it": [
            "La torta di compleanno è arrivata schiacciata, metà glassa attaccata al coperchio. La festa è oggi pomeriggio."
        ],
        "pt": [
            "O bolo de aniversário chegou esmagado, metade da cobertura colada à tampa. A festa é hoje à tarde."
        ],
    },
    "refund": {
        "fr": [
            "J'attends toujours le remboursement de {amount} pour la commande que VOUS avez annulée il y a trois semaines. On m'avait dit cinq jours.",
            "3 semaines que j'attends mes {amount} de remboursement. trois.",
        ],
        "en": [
            "Still waiting for the {amount} refund for the order YOU cancelled three weeks ago. I was told five days.",
            "three weeks waiting for my {amount} refund. THREE.",
        ],
        "de": [
            "Ich warte immer noch auf die Erstattung von {amount} für die Bestellung, die SIE vor drei Wochen storniert haben."
        ],
        "es": [
            "Sigo esperando el reembolso de {amount} del pedido que VOSOTROS cancelasteis hace tres semanas."
        ],
        "it": [
            "Aspetto ancora il rimborso di {amount} per l'ordine che avete annullato VOI tre settimane fa."
        ],
        "pt": [
            "Continuo à espera do reembolso de {amount} da encomenda que VOCÊS cancelaram há três semanas."
        ],
    },
    "wrong_price": {
        "fr": [
            "Je suis membre du Club depuis un an et ma commande a été facturée au prix normal, sans les 10 %. Ça fait {amount} de trop.",
            "membre du Club et facturée plein tarif, encore une fois c'est au client de vérifier",
        ],
        "en": [
            "I've been a Club member for a year and my order was charged at full price, no 10% off. That's {amount} too much.",
            "club member and charged full price again, why is it always on me to check",
        ],
        "de": [
            "Ich bin seit einem Jahr im Club und die Bestellung wurde zum vollen Preis abgerechnet, ohne die 10 %. Das sind {amount} zu viel."
        ],
        "es": [
            "Soy socia del Club desde hace un año y me habéis cobrado el precio normal, sin el 10 %. Son {amount} de más."
        ],
        "it": [
            "Sono iscritta al Club da un anno e l'ordine è stato addebitato a prezzo pieno, senza il 10%. Sono {amount} in più."
        ],
        "pt": [
            "Sou sócia do Club há um ano e cobraram-me o preço normal, sem os 10%. São {amount} a mais."
        ],
    },
    "cancel_fee": {
        "fr": [
            "On me facture {amount} de frais d'annulation pour un gâteau annulé CINQ jours avant. Vos conditions disent 48 h.",
            "des frais d'annulation de {amount} alors que j'ai annulé 5 jours avant ?? vous vous moquez de qui",
        ],
        "en": [
            "You've charged me a {amount} cancellation fee for a cake I cancelled FIVE days ahead. Your own terms say 48 hours.",
            "a {amount} cancellation fee when I cancelled 5 days before?? seriously",
        ],
        "de": [
            "Sie berechnen mir {amount} Stornogebühr für eine Torte, die ich FÜNF Tage vorher storniert habe. In Ihren AGB stehen 48 Stunden."
        ],
        "es": [
            "Me cobráis {amount} de gastos de cancelación por una tarta cancelada CINCO días antes. Vuestras condiciones dicen 48 horas."
        ],
        "it": [
            "Mi addebitate {amount} di penale per una torta annullata CINQUE giorni prima. Le vostre condizioni dicono 48 ore."
        ],
        "pt": [
            "Cobraram-me {amount} de taxa de cancelamento por um bolo cancelado CINCO dias antes. As vossas condições dizem 48 horas."
        ],
    },
}

#: What the problem is, said again in a later contact.
SHORT: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "la commande marquée livrée et jamais arrivée",
        "en": "the order marked delivered that never came",
        "de": "die Bestellung, die als geliefert gilt und nie kam",
        "es": "el pedido marcado como entregado que nunca llegó",
        "it": "l'ordine segnato come consegnato e mai arrivato",
        "pt": "a encomenda marcada como entregue que nunca chegou",
    },
    "double_charge": {
        "fr": "le double prélèvement de {amount}",
        "en": "the {amount} taken twice",
        "de": "die doppelte Abbuchung von {amount}",
        "es": "el cobro doble de {amount}",
        "it": "il doppio addebito di {amount}",
        "pt": "a cobrança dupla de {amount}",
    },
    "damage": {
        "fr": "le gâteau arrivé écrasé",
        "en": "the cake that arrived crushed",
        "de": "die zerdrückte Torte",
        "es": "la tarta que llegó aplastada",
        "it": "la torta arrivata schiacciata",
        "pt": "o bolo que chegou esmagado",
    },
    "refund": {
        "fr": "le remboursement de {amount} jamais reçu",
        "en": "the {amount} refund I never got",
        "de": "die Erstattung von {amount}, die nie kam",
        "es": "el reembolso de {amount} que nunca llegó",
        "it": "il rimborso di {amount} mai arrivato",
        "pt": "o reembolso de {amount} que nunca chegou",
    },
    "wrong_price": {
        "fr": "la remise Club pas appliquée",
        "en": "the Club discount that wasn't applied",
        "de": "der fehlende Club-Rabatt",
        "es": "el descuento del Club que no se aplicó",
        "it": "lo sconto Club non applicato",
        "pt": "o desconto do Club que não foi aplicado",
    },
    "cancel_fee": {
        "fr": "les frais d'annulation de {amount}",
        "en": "the {amount} cancellation fee",
        "de": "die Stornogebühr von {amount}",
        "es": "los gastos de cancelación de {amount}",
        "it": "la penale di {amount}",
        "pt": "a taxa de cancelamento de {amount}",
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "commande jamais livrée",
        "en": "order never delivered",
        "de": "Bestellung nie geliefert",
        "es": "pedido nunca entregado",
        "it": "ordine mai consegnato",
        "pt": "encomenda nunca entregue",
    },
    "double_charge": {
        "fr": "double prélèvement",
        "en": "charged twice",
        "de": "doppelt abgebucht",
        "es": "cobro doble",
        "it": "doppio addebito",
        "pt": "cobrança dupla",
    },
    "damage": {
        "fr": "gâteau arrivé écrasé",
        "en": "cake arrived crushed",
        "de": "Torte zerdrückt",
        "es": "tarta aplastada",
        "it": "torta schiacciata",
        "pt": "bolo esmagado",
    },
    "refund": {
        "fr": "remboursement toujours pas reçu",
        "en": "refund still not received",
        "de": "Erstattung fehlt",
        "es": "reembolso pendiente",
        "it": "rimborso mai arrivato",
        "pt": "reembolso em falta",
    },
    "wrong_price": {
        "fr": "remise Club non appliquée",
        "en": "Club discount not applied",
        "de": "Club-Rabatt fehlt",
        "es": "descuento Club no aplicado",
        "it": "sconto Club non applicato",
        "pt": "desconto Club não aplicado",
    },
    "cancel_fee": {
        "fr": "frais d'annulation injustifiés",
        "en": "unfair cancellation fee",
        "de": "ungerechtfertigte Stornogebühr",
        "es": "gastos de cancelación injustos",
        "it": "penale ingiusta",
        "pt": "taxa de cancelamento injusta",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT: dict[str, str] = {
    "fr": "RE : Dossier {ref}",
    "en": "Re: Your case {ref}",
    "de": "AW: Vorgang {ref}",
    "es": "RE: Incidencia {ref}",
    "it": "R: Segnalazione {ref}",
    "pt": "RE: Pedido {ref}",
}
AGENT_CASE_SUBJECT: dict[str, str] = {
    "fr": "Votre dossier {ref}",
    "en": "Your case {ref}",
    "de": "Ihr Vorgang {ref}",
    "es": "Su incidencia {ref}",
    "it": "La sua segnalazione {ref}",
    "pt": "O seu pedido {ref}",
}

EMAIL_TAIL: T = {
    "fr": [
        "Je veux une solution aujourd'hui.",
        "Franchement je suis dégoûtée.",
        "Merci de régler ça rapidement.",
    ],
    "en": ["I want this sorted today.", "Really fed up.", "Please sort this out asap."],
    "de": ["Ich erwarte heute noch eine Lösung."],
    "es": ["Quiero una solución hoy mismo."],
    "it": ["Voglio una soluzione oggi."],
    "pt": ["Quero uma solução ainda hoje."],
}
CHAT_TAIL: T = {
    "fr": ["Vous pouvez faire quoi ?", "qqn peut m'aider svp"],
    "en": ["What can you do?", "can someone help pls"],
    "de": ["Was machen wir jetzt?"],
    "es": ["Qué podéis hacer?"],
    "it": ["Cosa potete fare?"],
    "pt": ["O que podem fazer?"],
}
SOCIAL_TAIL: T = {
    "fr": ["Bravo @Quignova 👎", "@Quignova c'est une blague ?"],
    "en": ["Cheers @Quignova 👎", "@Quignova is this a joke?"],
    "de": ["Danke für nichts @Quignova"],
    "es": ["Gracias por nada @Quignova"],
    "it": ["Complimenti @Quignova 👎"],
    "pt": ["Obrigadinha @Quignova 👎"],
}
WEB_TAIL: T = {
    "fr": ["Merci de me rappeler ou de me rembourser.", "J'attends une réponse rapide."],
    "en": ["Please call me back or refund me.", "Expecting a quick answer."],
    "de": ["Bitte rufen Sie mich zurück."],
    "es": ["Por favor, llámenme."],
    "it": ["Per favore richiamatemi."],
    "pt": ["Por favor liguem-me."],
}
PHONE_OPEN: T = {
    "fr": [
        "bonjour oui alors je vous appelle parce que {core} voilà je voudrais qu'on me rappelle",
        "oui bonjour {core} je ne sais pas quoi faire là",
    ],
    "en": [
        "hi yes I'm calling because {core} so yeah I'd like someone to call me back",
        "hello {core} I honestly don't know what to do",
    ],
    "de": ["ja hallo ich rufe an weil {core} ich möchte bitte einen Rückruf"],
    "es": ["hola mire le llamo porque {core} quiero que me llamen"],
    "it": ["pronto buongiorno chiamo perché {core} vorrei essere richiamata"],
    "pt": ["olá boa tarde ligo porque {core} queria que me ligassem"],
}

LONG_EMAIL: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Mon expérience de ce week-end",
            "Bonjour,\n\nJe vous écris depuis la salle d'attente de l'orthophoniste de mon fils, donc pardon si c'est un peu décousu. Cela fait deux ans que nous commandons chez vous presque tous les samedis, et je n'ai jamais eu à me plaindre. Mais là, franchement.\n\n{core}\n\nJe sais que tout le monde peut se tromper, mais entre le travail, ma mère qui sort de l'hôpital et les enfants, je n'ai pas le temps de courir après vous. Je voudrais simplement que quelqu'un regarde mon dossier et me réponde clairement.\n\nCordialement,\n{name}",
        ),
        (
            "Anniversaire de mon beau-père",
            "Madame, Monsieur,\n\nJe profite de ma pause déjeuner (je travaille en bloc opératoire, les pauses sont rares) pour vous écrire. Nous fêtions ce week-end les 80 ans de mon beau-père, et j'avais tout organisé autour de votre commande.\n\n{core}\n\nJ'ai toujours recommandé Quignova autour de moi, aux collègues comme à la famille. Je ne demande pas la lune : une explication et un geste.\n\nDans l'attente de votre retour,\n{name}",
        ),
    ],
    "en": [
        (
            "This weekend",
            "Hello,\n\nI'm writing this from the car outside my daughter's swimming lesson, so apologies if it rambles. We've ordered from you most Saturdays for two years and I've never once had to complain. Until now.\n\n{core}\n\nI know mistakes happen, but between work, my dad's hip operation and the kids, I don't have time to chase this. I'd just like someone to look at it properly and tell me what happens next.\n\nKind regards,\n{name}",
        ),
        (
            "My father-in-law's 80th",
            "Dear Sir or Madam,\n\nI'm using my lunch break (rare enough on a hospital ward) to write to you. We were celebrating my father-in-law's 80th this weekend and I'd planned the whole morning around your order.\n\n{core}\n\nI've recommended Quignova to half my colleagues. I'm not asking for the moon, just an explanation and something to put it right.\n\nLooking forward to hearing from you,\n{name}",
        ),
    ],
}

CASE_OPENED: T = {
    "fr": [
        "Bonjour {first},\n\nNous sommes vraiment désolés. Votre dossier {ref} est ouvert et l'équipe concernée revient vers vous sous 24 h.\n\n{agent}, service client Quignova"
    ],
    "en": [
        "Hi {first},\n\nWe're really sorry. Your case {ref} is open and the right team will come back to you within 24 hours.\n\n{agent}, Quignova customer care"
    ],
    "de": [
        "Hallo {first},\n\ndas tut uns sehr leid. Ihr Vorgang {ref} ist eröffnet, das zuständige Team meldet sich innerhalb von 24 Stunden.\n\n{agent}, Quignova Kundenservice"
    ],
    "es": [
        "Hola {first},\n\nlo sentimos mucho. Hemos abierto la incidencia {ref} y el equipo le responderá en 24 horas.\n\n{agent}, atención al cliente Quignova"
    ],
    "it": [
        "Buongiorno {first},\n\nci dispiace molto. Abbiamo aperto la segnalazione {ref}, il team la ricontatterà entro 24 ore.\n\n{agent}, servizio clienti Quignova"
    ],
    "pt": [
        "Olá {first},\n\nlamentamos muito. Abrimos o pedido {ref} e a equipa responde-lhe em 24 horas.\n\n{agent}, apoio ao cliente Quignova"
    ],
}
CHAT_CASE: T = {
    "fr": [
        "Je suis vraiment désolée. J'ouvre le dossier {ref}, l'équipe concernée revient vers vous sous 24 h."
    ],
    "en": [
        "I'm really sorry about that. I've opened case {ref}, the team will come back to you within 24 hours."
    ],
    "de": [
        "Das tut mir sehr leid. Ich habe den Vorgang {ref} eröffnet, das Team meldet sich innerhalb von 24 Stunden."
    ],
    "es": ["Lo siento mucho. He abierto la incidencia {ref}, el equipo le contesta en 24 horas."],
    "it": [
        "Mi dispiace molto. Ho aperto la segnalazione {ref}, il team la ricontatta entro 24 ore."
    ],
    "pt": ["Lamento muito. Abri o pedido {ref}, a equipa responde em 24 horas."],
}
QUALITY_LEAD: T = {
    "fr": [
        "Bonjour {first},\n\nVotre dossier {ref} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi.\n\n{agent}, service client Quignova"
    ],
    "en": [
        "Hi {first},\n\nYour case {ref} is now with our quality lead, who will call you before Friday lunchtime.\n\n{agent}, Quignova customer care"
    ],
    "de": [
        "Hallo {first},\n\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.\n\n{agent}, Quignova Kundenservice"
    ],
    "es": [
        "Hola {first},\n\nsu incidencia {ref} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes a mediodía.\n\n{agent}, Quignova"
    ],
    "it": [
        "Buongiorno {first},\n\nla segnalazione {ref} ora è seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\n\n{agent}, Quignova"
    ],
    "pt": [
        "Olá {first},\n\no seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.\n\n{agent}, Quignova"
    ],
}
URGENT: T = {
    "fr": ["J'ajoute votre message au dossier {ref} et je le passe en urgent."],
    "en": ["I've added this to case {ref} and marked it urgent."],
    "de": ["Ich habe das zum Vorgang {ref} hinzugefügt und als dringend markiert."],
    "es": ["Lo añado a la incidencia {ref} y la marco como urgente."],
    "it": ["Aggiungo il messaggio alla segnalazione {ref} e la segno come urgente."],
    "pt": ["Juntei a mensagem ao pedido {ref} e marquei-o como urgente."],
}
FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "votre commande est remboursée en entier et une nouvelle part demain matin",
        "en": "your order is refunded in full and a new one goes out tomorrow morning",
        "de": "die Bestellung ist voll erstattet, eine neue kommt morgen früh",
        "es": "le devolvemos el pedido entero y mañana sale uno nuevo",
        "it": "l'ordine è rimborsato per intero e domattina ne parte uno nuovo",
        "pt": "a encomenda foi reembolsada e amanhã sai uma nova",
    },
    "double_charge": {
        "fr": "le second prélèvement est annulé, il disparaîtra de votre compte sous trois jours",
        "en": "the second charge is cancelled and will drop off your account within three days",
        "de": "die zweite Abbuchung ist storniert",
        "es": "el segundo cargo está anulado",
        "it": "il secondo addebito è annullato",
        "pt": "a segunda cobrança foi anulada",
    },
    "damage": {
        "fr": "un gâteau neuf vous est offert, livrable quand vous voulez",
        "en": "a new cake is on us, delivered whenever suits you",
        "de": "eine neue Torte geht auf uns",
        "es": "le regalamos una tarta nueva",
        "it": "le offriamo una torta nuova",
        "pt": "oferecemos-lhe um bolo novo",
    },
    "refund": {
        "fr": "le remboursement est parti aujourd'hui",
        "en": "the refund went out today",
        "de": "die Erstattung ist heute raus",
        "es": "el reembolso ha salido hoy",
        "it": "il rimborso è partito oggi",
        "pt": "o reembolso saiu hoje",
    },
    "wrong_price": {
        "fr": "la remise Club est réappliquée et la différence remboursée",
        "en": "the Club discount is back on and the difference refunded",
        "de": "der Club-Rabatt ist wieder drin und die Differenz erstattet",
        "es": "el descuento del Club está aplicado y la diferencia devuelta",
        "it": "lo sconto Club è riapplicato e la differenza rimborsata",
        "pt": "o desconto do Club foi aplicado e a diferença devolvida",
    },
    "cancel_fee": {
        "fr": "les frais d'annulation sont annulés",
        "en": "the cancellation fee has been reversed",
        "de": "die Stornogebühr ist zurückgebucht",
        "es": "los gastos de cancelación están anulados",
        "it": "la penale è stata annullata",
        "pt": "a taxa de cancelamento foi anulada",
    },
}
GOOD_NEWS: T = {
    "fr": [
        "Bonjour {first},\n\nBonne nouvelle pour le dossier {ref} : {fix}. Pouvez-vous nous confirmer que tout est en ordre de votre côté ?\n\n{agent}, service client Quignova"
    ],
    "en": [
        "Hi {first},\n\nGood news on case {ref}: {fix}. Could you confirm everything is fine on your side?\n\n{agent}, Quignova customer care"
    ],
    "de": [
        "Hallo {first},\n\ngute Nachricht zu Vorgang {ref}: {fix}. Können Sie kurz bestätigen, dass alles passt?\n\n{agent}, Quignova Kundenservice"
    ],
    "es": [
        "Hola {first},\n\nbuenas noticias sobre la incidencia {ref}: {fix}. ¿Nos confirma que todo está bien?\n\n{agent}, Quignova"
    ],
    "it": [
        "Buongiorno {first},\n\nbuone notizie sulla segnalazione {ref}: {fix}. Ci conferma che è tutto a posto?\n\n{agent}, Quignova"
    ],
    "pt": [
        "Olá {first},\n\nboas notícias sobre o pedido {ref}: {fix}. Pode confirmar-nos que está tudo bem?\n\n{agent}, Quignova"
    ],
}
CONFIRM: T = {
    "fr": [
        "C'est bon pour le dossier {ref}, tout est rentré dans l'ordre, merci !",
        "Confirmé pour {ref}, merci pour la rapidité",
    ],
    "en": ["All sorted on case {ref}, thanks!", "Confirmed re {ref}, thank you for the quick fix"],
    "de": ["Vorgang {ref} ist erledigt, danke!"],
    "es": ["Confirmado lo de la incidencia {ref}, gracias!"],
    "it": ["Confermo per la segnalazione {ref}, tutto a posto, grazie!"],
    "pt": ["Confirmo o pedido {ref}, está tudo bem, obrigada!"],
}
APOLOGY: T = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à cran. Merci d'avoir réglé ça si vite.",
        "Je me suis un peu emportée hier, pardon. Merci pour le geste",
    ],
    "en": [
        "Sorry for my message yesterday, I was at the end of my tether. Thanks for sorting it so fast.",
        "Bit heated yesterday, apologies. Thanks for putting it right",
    ],
    "de": ["Entschuldigung für gestern, ich war echt genervt. Danke für die schnelle Lösung."],
    "es": [
        "Perdón por el mensaje de ayer, estaba de los nervios. Gracias por solucionarlo tan rápido."
    ],
    "it": [
        "Scusate per il messaggio di ieri, ero nervosa. Grazie per aver risolto così in fretta."
    ],
    "pt": ["Desculpem a mensagem de ontem, estava nervosa. Obrigada por resolverem tão depressa."],
}
LOW_CSAT_WORD: T = {
    "fr": ["nul", "déçue", ""],
    "en": ["poor", "rubbish", ""],
    "de": ["schlecht", ""],
    "es": ["fatal", ""],
    "it": ["pessimo", ""],
    "pt": ["péssimo", ""],
}
LOW_NPS_WORD: T = {
    "fr": ["Très déçue", "Plus jamais de gâteau chez vous", ""],
    "en": ["Really let down", "Not again", ""],
    "de": ["Enttäuscht", ""],
    "es": ["Muy decepcionada", ""],
    "it": ["Delusa", ""],
    "pt": ["Desiludida", ""],
}

STILL: T = {
    "fr": [
        "Je relance pour le dossier {ref}. Toujours rien de réglé : {short}.",
        "Re-bonjour, dossier {ref} : personne ne m'a recontactée et c'est toujours pareil pour {short}.",
        "dossier {ref} toujours ouvert, {short} toujours pas réglé",
    ],
    "en": [
        "Chasing case {ref}. Still nothing sorted: {short}.",
        "Hi again, case {ref}: nobody has got back to me and it's still the same with {short}.",
        "case {ref} still open, {short} still not fixed",
    ],
    "de": [
        "Ich melde mich wieder wegen Vorgang {ref}. Immer noch nichts passiert: {short}.",
        "Vorgang {ref} ist immer noch offen, {short} ist nicht geklärt",
    ],
    "es": [
        "Vuelvo a escribir por la incidencia {ref}. Sigue sin resolverse: {short}.",
        "incidencia {ref} todavía abierta, {short} sigue igual",
    ],
    "it": [
        "Riscrivo per la segnalazione {ref}. Ancora niente: {short}.",
        "segnalazione {ref} ancora aperta, {short} ancora da risolvere",
    ],
    "pt": [
        "Volto a escrever sobre o pedido {ref}. Continua por resolver: {short}.",
        "pedido {ref} ainda aberto, {short} continua igual",
    ],
}
THIRD: T = {
    "fr": [
        "Une collègue commande chez {comp} et eux règlent ce genre de chose dans la journée.",
        "J'ai regardé les prix de {comp}, je dis ça comme ça.",
    ],
    "en": [
        "A colleague orders from {comp} and they sort this kind of thing the same day.",
        "I've had a look at what {comp} charge, just saying.",
    ],
    "de": ["Eine Kollegin bestellt bei {comp}, die lösen so etwas am selben Tag."],
    "es": ["Una compañera pide en {comp} y allí lo arreglan en el día."],
    "it": ["Una collega ordina da {comp} e lì risolvono in giornata."],
    "pt": ["Uma colega encomenda na {comp} e lá resolvem no mesmo dia."],
}
FOURTH: T = {
    "fr": [
        "QUATRIÈME fois que j'écris pour le dossier {ref}. {short}, toujours rien. Je n'en peux plus."
    ],
    "en": ["FOURTH time I'm writing about case {ref}. {short}, still nothing. I give up."],
    "de": ["Zum VIERTEN Mal wegen Vorgang {ref}. {short}, immer noch nichts."],
    "es": ["CUARTA vez que escribo por la incidencia {ref}. {short}, y nada."],
    "it": ["QUARTA volta che scrivo per la segnalazione {ref}. {short}, ancora niente."],
    "pt": ["QUARTA vez que escrevo sobre o pedido {ref}. {short}, e nada."],
}

# --- slow churners ---------------------------------------------------------------

SLIDE: T = {
    "fr": [
        "Livraison de samedi arrivée avec deux heures de retard, sans un message. Les croissants étaient froids. Dommage.",
        "Deuxième fois ce mois-ci : baguettes trop cuites et croissants de la veille, ça se sent. Ce n'est plus comme avant.",
        "Le pain au levain a rétréci mais pas le prix. 1 kg sur l'étiquette, 860 g sur ma balance.",
        "Commande incomplète samedi (pas de pains au chocolat) et le « remboursement » c'est un bon d'achat. Je voulais mon argent.",
        "Je suis FURIEUSE : 4,50 € de « frais d'emballage » ajoutés à ma commande sans aucune information. Sérieusement ?",
        "Ma sœur commande chez {comp} depuis des mois. J'ai commandé le brunch de dimanche chez eux. On verra.",
    ],
    "en": [
        "Saturday delivery turned up two hours late, no message. Croissants cold. Shame.",
        "Second time this month: overdone baguettes and yesterday's croissants, you can tell. Not what it was.",
        "The sourdough has shrunk but the price hasn't. 1 kg on the label, 860 g on my scales.",
        "Order missing the pains au chocolat on Saturday and the 'refund' is a voucher. I wanted my money back.",
        "FUMING: £4 'packaging fee' added to my order with zero warning. Seriously?",
        "My sister's been ordering from {comp} for months. Booked Sunday's brunch with them. We'll see.",
    ],
    "de": [
        "Samstagslieferung zwei Stunden zu spät, ohne Nachricht. Croissants kalt. Schade.",
        "Zweites Mal diesen Monat: Baguettes zu dunkel, Croissants von gestern. Nicht mehr wie früher.",
        "Das Sauerteigbrot ist geschrumpft, der Preis nicht. 1 kg auf dem Etikett, 860 g auf meiner Waage.",
        "Bestellung unvollständig und die Erstattung gibt es nur als Gutschein. Ich wollte mein Geld.",
        "Ich bin STINKSAUER: 4,50 € Verpackungsgebühr ohne jede Ankündigung. Ernsthaft?",
        "Meine Schwester bestellt seit Monaten bei {comp}. Den Sonntagsbrunch habe ich jetzt dort bestellt.",
    ],
    "es": [
        "El pedido del sábado llegó con dos horas de retraso y sin avisar. Cruasanes fríos. Una pena.",
        "Segunda vez este mes: baguettes quemadas y cruasanes de ayer. Ya no es lo que era.",
        "El pan de masa madre ha encogido pero el precio no. 1 kg en la etiqueta, 860 g en mi báscula.",
        "Pedido incompleto el sábado y el reembolso es un vale. Quería mi dinero.",
        "Estoy FURIOSA: 4,50 € de gastos de embalaje sin avisar. En serio?",
        "Mi hermana pide en {comp} desde hace meses. El brunch del domingo ya lo he pedido allí.",
    ],
    "it": [
        "Consegna di sabato con due ore di ritardo, senza un messaggio. Cornetti freddi. Peccato.",
        "Seconda volta questo mese: baguette bruciate e cornetti del giorno prima. Non è più come prima.",
        "Il pane a lievito madre si è ristretto, il prezzo no. 1 kg in etichetta, 860 g sulla mia bilancia.",
        "Ordine incompleto sabato e il rimborso è un buono. Volevo i miei soldi.",
        "Sono FURIOSA: 4,50 € di costi di imballaggio aggiunti senza avvisare. Sul serio?",
        "Mia sorella ordina da {comp} da mesi. Il brunch di domenica l'ho ordinato da loro.",
    ],
    "pt": [
        "Entrega de sábado com duas horas de atraso e sem aviso. Croissants frios. Pena.",
        "Segunda vez este mês: baguetes queimadas e croissants de ontem. Já não é o que era.",
        "O pão encolheu mas o preço não. 1 kg no rótulo, 860 g na minha balança.",
        "Encomenda incompleta no sábado e o reembolso é um vale. Queria o meu dinheiro.",
        "Estou FURIOSA: 4,50 € de taxa de embalagem sem aviso nenhum. A sério?",
        "A minha irmã encomenda na {comp} há meses. O brunch de domingo já encomendei lá.",
    ],
}

SARCASM: T = {
    "fr": [
        "« Livraison express du matin » arrivée à 11h40. Parfait pour le petit-déj de demain 👏",
        "Merci Quignova pour la baguette « extra croustillante » aussi souple qu'un pain de mie 😂",
    ],
    "en": [
        "'Early morning express delivery' arrived at 11:40. Perfect for tomorrow's breakfast 👏",
        "Love how the 'extra crispy' baguette bends like a pool noodle 😂",
    ],
    "de": ["„Express-Frühstückslieferung“ um 11:40. Perfekt fürs Frühstück morgen 👏"],
    "es": ["«Entrega exprés de desayuno» a las 11:40. Perfecto para el desayuno de mañana 👏"],
    "it": ["«Consegna express della colazione» alle 11:40. Perfetta per la colazione di domani 👏"],
    "pt": [
        "«Entrega expresso do pequeno-almoço» às 11h40. Perfeito para o pequeno-almoço de amanhã 👏"
    ],
}

GRUMBLE: T = {
    "fr": [
        "L'appli me déconnecte à CHAQUE fois que je l'ouvre. Il faut retaper le mot de passe pour commander trois croissants.",
        "Le SMS « votre commande est prête » arrive à 5h30 du matin. Merci, tout l'immeuble est réveillé.",
        "20 minutes de queue au comptoir click & collect dimanche. C'est censé aller plus vite, non ?",
        "Plus aucun message quand le créneau de livraison change. On attend pour rien.",
        "Un seul pain sans gluten en boutique, et il est parti à 9h. Comme d'habitude.",
    ],
    "en": [
        "The app logs me out EVERY time I open it. Password again just to order three croissants.",
        "The 'your order is ready' text comes at 5:30am. Thanks, whole house awake.",
        "20-minute queue at the click & collect counter on Sunday. Isn't it meant to be quicker?",
        "No message any more when the delivery slot changes. Just waiting around for nothing.",
        "One gluten-free loaf in the shop and it was gone by 9. As usual.",
    ],
    "de": [
        "Die App loggt mich JEDES Mal aus. Passwort eingeben für drei Croissants.",
        "Die SMS „Bestellung bereit“ kommt um 5:30 Uhr. Danke, das ganze Haus ist wach.",
    ],
    "es": [
        "La app me cierra la sesión CADA vez. Contraseña otra vez para tres cruasanes.",
        "El SMS de «pedido listo» llega a las 5:30. Gracias, toda la casa despierta.",
    ],
    "it": [
        "L'app mi disconnette OGNI volta. Password di nuovo per tre cornetti.",
        "L'SMS «ordine pronto» arriva alle 5:30. Grazie, tutta la casa sveglia.",
    ],
    "pt": [
        "A app desliga-me a sessão SEMPRE. Palavra-passe outra vez para três croissants.",
        "O SMS de «encomenda pronta» chega às 5h30. Obrigada, a casa toda acordada.",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation Club",
            "Bonjour,\n\nAvec ma prime je me suis offert une machine à pain et j'y ai pris goût : je fais tout moi-même maintenant, même les brioches. Je souhaite résilier le Club et fermer mon compte.\n\nMerci pour tout,\n{name}",
        ),
        (
            "Résilier mon abonnement",
            "Bonjour, nous déménageons à la campagne, à 40 km de la première boutique Quignova. Merci de résilier mon abonnement Club et de clôturer le compte. {name}",
        ),
    ],
    "en": [
        (
            "Cancel my Club membership",
            "Hello,\n\nI spent my bonus on a bread machine and got hooked, I make everything myself now, even the cinnamon buns. I'd like to cancel the Club and close my account please.\n\nThanks for everything,\n{name}",
        ),
        (
            "Closing my account",
            "Hi, we're moving out to the countryside, 40 miles from the nearest Quignova shop. Please cancel my Club and close the account. {name}",
        ),
    ],
    "de": [
        (
            "Club kündigen",
            "Hallo,\n\nwir ziehen aufs Land, 40 km vom nächsten Quignova-Laden. Bitte kündigen Sie meinen Club und schließen Sie das Konto.\n\nDanke für alles,\n{name}",
        )
    ],
    "es": [
        (
            "Baja del Club",
            "Hola,\n\ncon la paga extra me compré una panificadora y ahora lo hago todo en casa. Quiero darme de baja del Club y cerrar la cuenta.\n\nGracias por todo,\n{name}",
        )
    ],
    "it": [
        (
            "Disdetta Club",
            "Buongiorno,\n\nci trasferiamo in campagna, a 40 km dal negozio Quignova più vicino. Vorrei disdire il Club e chiudere l'account.\n\nGrazie di tutto,\n{name}",
        )
    ],
    "pt": [
        (
            "Cancelar o Club",
            "Olá,\n\ncom o subsídio comprei uma máquina de pão e agora faço tudo em casa. Quero cancelar o Club e fechar a conta.\n\nObrigada por tudo,\n{name}",
        )
    ],
}
SORRY_GO: T = {
    "fr": [
        "Bonjour {first},\n\nNous sommes tristes de vous voir partir. Vous pouvez résilier le Club vous-même dans l'appli ou sur le site (Mon compte > Club > Résilier) ; le compte se ferme ensuite.\n\nMerci pour toutes ces tartines,\n{agent}, Quignova"
    ],
    "en": [
        "Hi {first},\n\nSorry to see you go. You can cancel the Club yourself in the app or on the website (My account > Club > Cancel); the account closes after that.\n\nThanks for all the toast,\n{agent}, Quignova"
    ],
    "de": [
        "Hallo {first},\n\nschade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website kündigen (Mein Konto > Club > Kündigen); danach wird das Konto geschlossen.\n\n{agent}, Quignova"
    ],
    "es": [
        "Hola {first},\n\nsentimos que se vaya. Puede dar de baja el Club usted mismo en la app o en la web (Mi cuenta > Club > Baja); después se cierra la cuenta.\n\n{agent}, Quignova"
    ],
    "it": [
        "Buongiorno {first},\n\nci dispiace vederla andare. Può disdire il Club da sola nell'app o sul sito (Il mio account > Club > Disdici); poi l'account si chiude.\n\n{agent}, Quignova"
    ],
    "pt": [
        "Olá {first},\n\ntemos pena que se vá. Pode cancelar o Club na app ou no site (A minha conta > Club > Cancelar); depois a conta fecha.\n\n{agent}, Quignova"
    ],
}

# --- quiet hours -------------------------------------------------------------------

MILD: Pairs = {
    "fr": [
        (
            "La recherche de boutique me propose Lille alors que je suis à {shop}, c'est un peu bizarre",
            "Bonjour ! Merci, c'est corrigé dans la prochaine version ; en attendant, tapez la ville dans la recherche.",
        ),
        (
            "Les horaires de la boutique de {shop} ne sont pas à jour sur l'appli, elle ferme à 19h et pas 20h",
            "Bonjour ! Merci de nous le signaler, les horaires sont corrigés.",
        ),
    ],
    "en": [
        (
            "The shop finder keeps suggesting Leeds when I'm in {shop}, bit odd",
            "Hi! Thanks, that's fixed in the next version; for now just type the town in the search.",
        ),
        (
            "The {shop} shop's opening hours are out of date in the app, it shuts at 7 not 8",
            "Hi! Thanks for telling us, the hours are corrected now.",
        ),
    ],
    "de": [
        (
            "Die Ladensuche schlägt mir immer Hamburg vor, obwohl ich in {shop} bin",
            "Hallo! Danke, das ist in der nächsten Version behoben.",
        )
    ],
    "es": [
        (
            "El buscador de tiendas me propone Bilbao y estoy en {shop}, qué raro",
            "¡Hola! Gracias, está corregido en la próxima versión.",
        )
    ],
    "it": [
        (
            "La ricerca negozi mi propone Milano ma sono a {shop}, strano",
            "Ciao! Grazie, è corretto nella prossima versione.",
        )
    ],
    "pt": [
        (
            "A pesquisa de lojas sugere-me o Porto e eu estou em {shop}, estranho",
            "Olá! Obrigado, está corrigido na próxima versão.",
        )
    ],
}
MILD_ACK: T = {
    "fr": [
        "Bonjour {first},\n\nMerci pour votre remarque, elle est transmise à l'équipe de l'appli.\n\n{agent}, Quignova"
    ],
    "en": [
        "Hi {first},\n\nThanks for flagging this, it's been passed to the app team.\n\n{agent}, Quignova"
    ],
    "de": [
        "Hallo {first},\n\ndanke für den Hinweis, er ist an das App-Team weitergegeben.\n\n{agent}, Quignova"
    ],
    "es": [
        "Hola {first},\n\ngracias por el aviso, lo hemos pasado al equipo de la app.\n\n{agent}, Quignova"
    ],
    "it": [
        "Buongiorno {first},\n\ngrazie della segnalazione, l'abbiamo passata al team dell'app.\n\n{agent}, Quignova"
    ],
    "pt": ["Olá {first},\n\nobrigado pelo aviso, passámos à equipa da app.\n\n{agent}, Quignova"],
}
ANSWER_SUBJECT: dict[str, str] = {
    "fr": "RE : {subject}",
    "en": "Re: {subject}",
    "de": "AW: {subject}",
    "es": "RE: {subject}",
    "it": "R: {subject}",
    "pt": "RE: {subject}",
}
FOLLOW_UP_SUBJECT: dict[str, str] = {
    "fr": "Suite à votre appel",
    "en": "Following your call",
    "de": "Zu Ihrem Anruf",
    "es": "Sobre su llamada",
    "it": "In seguito alla sua chiamata",
    "pt": "Na sequência da sua chamada",
}
SORRY_SUBJECT: dict[str, str] = {
    "fr": "Votre demande de résiliation",
    "en": "Your cancellation request",
    "de": "Ihre Kündigung",
    "es": "Su solicitud de baja",
    "it": "La sua disdetta",
    "pt": "O seu pedido de cancelamento",
}
THANKS_SUBJECT: dict[str, str] = {
    "fr": "Votre message",
    "en": "Your message",
    "de": "Ihre Nachricht",
    "es": "Su mensaje",
    "it": "Il suo messaggio",
    "pt": "A sua mensagem",
}

# --- topic spike (Saturday 14 November 2026) --------------------------------------

SPIKE_CODE = "ETQ/48B"
SPIKE: T = {
    "fr": [
        "Commande click & collect de ce matin à {shop} : l'appli affiche « Étiquette non imprimée – ETQ/48B » et en boutique ils ne trouvent pas mon sac, toutes les étiquettes sortent en ##### illisibles. 25 min d'attente, reparti sans pain.",
        "ETQ/48B sur ma commande ce matin, la vendeuse m'a montré l'imprimante : que des dièses à la place des noms. Impossible de savoir quel sac est le mien. La queue va jusque dehors.",
        "c'est quoi cette erreur ETQ/48B ?? 30 personnes qui attendent leur commande à {shop}, personne ne sait quel sac est à qui",
        "Samedi matin, gâteau commandé pour midi, et à {shop} on me dit que les étiquettes des commandes de l'appli sont illisibles (code ETQ/48B). Ils ouvrent les sacs un par un.",
        "Bonjour, mon retrait de 9h30 affiche ETQ/48B et la boutique ne peut pas me donner ma commande, les étiquettes sont illisibles. Vous pouvez faire quelque chose ?",
    ],
    "en": [
        "Click & collect this morning at {shop}: app says 'Label not printed – ETQ/48B' and the shop can't find my bag, every label is coming out as ##### so nobody knows whose order is whose. 25 minutes in the queue, left with no bread.",
        "ETQ/48B on my order this morning. Staff showed me the printer, just rows of hashes where the names should be. Queue out the door at {shop}.",
        "what is this ETQ/48B error?? 30 people waiting at {shop} and nobody knows which bag is whose",
        "Ordered a birthday cake for lunchtime, the {shop} shop says the labels on app orders are unreadable (ETQ/48B) and they're opening bags one by one",
        "Hi, my 8:30 collection shows ETQ/48B and the shop can't hand over my order, the labels are unreadable. Can you do anything?",
    ],
    "de": [
        "Click & Collect heute früh in {shop}: die App zeigt „Etikett nicht gedruckt – ETQ/48B“, im Laden finden sie meine Tüte nicht, alle Etiketten nur #####. 25 Minuten gewartet, ohne Brot gegangen.",
        "was ist ETQ/48B?? in {shop} warten 30 Leute und keiner weiß, welche Tüte wem gehört",
    ],
    "es": [
        "Recogida de esta mañana en {shop}: la app pone «Etiqueta no impresa – ETQ/48B» y en la tienda no encuentran mi bolsa, todas las etiquetas salen con #####. 25 minutos de cola y me voy sin pan.",
        "qué es el error ETQ/48B?? 30 personas esperando en {shop} y nadie sabe qué bolsa es de quién",
    ],
    "it": [
        "Ritiro di stamattina a {shop}: l'app dice «Etichetta non stampata – ETQ/48B» e in negozio non trovano il mio sacchetto, tutte le etichette escono con #####. 25 minuti di fila, andata via senza pane.",
        "che cos'è questo errore ETQ/48B?? 30 persone in attesa a {shop} e nessuno sa quale sacchetto è di chi",
    ],
    "pt": [
        "Levantamento de hoje de manhã em {shop}: a app diz «Etiqueta não impressa – ETQ/48B» e na loja não encontram o meu saco, todas as etiquetas saem com #####. 25 minutos na fila, vim embora sem pão.",
        "que erro é este ETQ/48B?? 30 pessoas à espera em {shop} e ninguém sabe que saco é de quem",
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "fr": "Erreur ETQ/48B, commande introuvable",
    "en": "ETQ/48B error, can't collect my order",
    "de": "Fehler ETQ/48B",
    "es": "Error ETQ/48B",
    "it": "Errore ETQ/48B",
    "pt": "Erro ETQ/48B",
}
SPIKE_AGAIN: T = {
    "fr": [
        "Toujours ETQ/48B. Je suis passé à la boutique de {other} pour tenter : pareil, étiquettes illisibles.",
        "Toujours bloqué, ETQ/48B aussi sur l'appli de ma femme pour sa commande. Ça avance ?",
    ],
    "en": [
        "Still ETQ/48B. Tried the {other} shop instead, same thing, unreadable labels.",
        "Still stuck, my wife's order on her phone shows ETQ/48B too. Any news?",
    ],
    "de": ["Immer noch ETQ/48B, auch im Laden in {other}. Gleiche unlesbare Etiketten."],
    "es": ["Sigue el ETQ/48B, también en la tienda de {other}. Mismas etiquetas ilegibles."],
    "it": ["Ancora ETQ/48B, anche nel negozio di {other}. Stesse etichette illeggibili."],
    "pt": ["Continua o ETQ/48B, também na loja de {other}. As mesmas etiquetas ilegíveis."],
}
SPIKE_CHAT_ANSWER: T = {
    "fr": [
        "Oui, les étiquettes des commandes de l'appli ne s'impriment plus correctement dans nos boutiques depuis ce matin (ETQ/48B), nos équipes techniques sont dessus. Donnez votre numéro de commande en boutique, ils la retrouveront à la main."
    ],
    "en": [
        "Yes, app order labels aren't printing properly in our shops since this morning (ETQ/48B), our engineers are on it. Give the shop your order number and they'll find it by hand."
    ],
    "de": [
        "Ja, die Etiketten der App-Bestellungen werden seit heute früh in unseren Läden nicht richtig gedruckt (ETQ/48B), die Technik ist dran. Nennen Sie im Laden Ihre Bestellnummer."
    ],
    "es": [
        "Sí, las etiquetas de los pedidos de la app no se imprimen bien en las tiendas desde esta mañana (ETQ/48B), el equipo técnico está en ello. Dé su número de pedido en tienda."
    ],
    "it": [
        "Sì, le etichette degli ordini dall'app non si stampano bene nei negozi da stamattina (ETQ/48B), i tecnici ci stanno lavorando. Dia il numero d'ordine in negozio."
    ],
    "pt": [
        "Sim, as etiquetas das encomendas da app não estão a imprimir bem nas lojas desde esta manhã (ETQ/48B), a equipa técnica está a tratar. Dê o número da encomenda na loja."
    ],
}
SPIKE_FIXED: T = {
    "fr": [
        "Bonjour {first},\n\nLes étiquettes des commandes s'impriment de nouveau normalement depuis {time}. Votre commande de ce matin est remboursée et un bon de {credit} a été ajouté à votre compte. Toutes nos excuses.\n\n{agent}, service client Quignova"
    ],
    "en": [
        "Hi {first},\n\nOrder labels have been printing normally again since {time}. This morning's order is refunded and a {credit} voucher has been added to your account. Our apologies.\n\n{agent}, Quignova customer care"
    ],
    "de": [
        "Hallo {first},\n\nseit {time} werden die Etiketten wieder normal gedruckt. Ihre Bestellung von heute früh ist erstattet und ein Gutschein über {credit} liegt in Ihrem Konto.\n\n{agent}, Quignova"
    ],
    "es": [
        "Hola {first},\n\ndesde las {time} las etiquetas se imprimen otra vez con normalidad. Le devolvemos el pedido de esta mañana y tiene un vale de {credit} en su cuenta.\n\n{agent}, Quignova"
    ],
    "it": [
        "Buongiorno {first},\n\ndalle {time} le etichette si stampano di nuovo normalmente. L'ordine di stamattina è rimborsato e ha un buono di {credit} nel suo account.\n\n{agent}, Quignova"
    ],
    "pt": [
        "Olá {first},\n\ndesde as {time} as etiquetas voltaram a imprimir normalmente. A encomenda desta manhã foi reembolsada e tem um vale de {credit} na sua conta.\n\n{agent}, Quignova"
    ],
}
SPIKE_FIXED_SUBJECT: dict[str, str] = {
    "fr": "Votre commande de ce matin",
    "en": "This morning's order",
    "de": "Ihre Bestellung von heute",
    "es": "Su pedido de esta mañana",
    "it": "Il suo ordine di stamattina",
    "pt": "A sua encomenda desta manhã",
}
LONE: Pairs = {
    "fr": [
        (
            "Hier soir en commandant pour samedi, la confirmation affichait mon nom sans accents (Helene au lieu d'Hélène). Est-ce que la boutique va quand même retrouver ma commande demain matin ?",
            "Bonjour ! Oui, les étiquettes n'impriment pas les accents, la boutique se fie au numéro de commande. Tout est en ordre.",
        )
    ],
    "en": [
        (
            "Last night the order confirmation showed my name as OBRIEN without the apostrophe. Will the shop still find my order tomorrow morning?",
            "Hi! Yes, labels drop apostrophes and accents, the shop goes by the order number. All fine.",
        )
    ],
}
MAP_SLOW: Pairs = {
    "fr": [
        (
            "La carte des boutiques met une éternité à charger ce matin, c'est normal ?",
            "Bonjour ! Elle est un peu lente aujourd'hui, c'est en cours d'amélioration. La liste des boutiques juste en dessous marche normalement.",
        )
    ],
    "en": [
        (
            "The shop map is taking ages to load this morning, is that normal?",
            "Hi! It's a bit slow today, we're on it. The list of shops just underneath works as normal.",
        )
    ],
}
