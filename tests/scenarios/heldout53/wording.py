# ruff: noqa: E501
"""Consumers' everyday words for the 53rd hand-written set (report only, never tune on it).

Happy acts, questions and their answers, night posts, names, places, products and the
planted spike's words. Written by hand from the stories, French and Spanish first.
"""

from __future__ import annotations

BRAND = "Percheo"
CLUB = "Percheo Club"
COMPETITORS = ("Fripono", "Tendilo")

LANGS = ("fr", "es", "de", "it", "en", "pt")

#: Markets where a language is spoken (first one most common).
MARKETS: dict[str, tuple[str, ...]] = {
    "fr": ("FR", "FR", "FR", "BE", "CH", "LU"),
    "es": ("ES",),
    "de": ("DE", "DE", "AT", "CH"),
    "it": ("IT", "IT", "IT", "CH"),
    "en": ("UK", "UK", "IE"),
    "pt": ("PT",),
}

FIRST: dict[str, tuple[str, ...]] = {
    "fr": (
        "Élodie",
        "Manon",
        "Sandrine",
        "Aurélie",
        "Claire",
        "Léa",
        "Nathalie",
        "Sophie",
        "Inès",
        "Julie",
        "Amandine",
        "Céline",
        "Margaux",
        "Chloé",
        "Pauline",
        "Virginie",
        "Anaïs",
        "Lucie",
        "Julien",
        "Thomas",
        "Mathieu",
        "Nicolas",
        "Karim",
        "Sébastien",
        "Antoine",
        "Romain",
        "Hugo",
        "Yannick",
        "Olivier",
        "Bastien",
        "Fatou",
        "Gaëlle",
        "Morgane",
        "Benoît",
    ),
    "es": (
        "Marta",
        "Carmen",
        "Laura",
        "Cristina",
        "Paula",
        "Nuria",
        "Raquel",
        "Elena",
        "Alba",
        "Silvia",
        "Patricia",
        "Beatriz",
        "Rocío",
        "Irene",
        "Ainhoa",
        "Noelia",
        "Marina",
        "Itziar",
        "Javier",
        "Sergio",
        "Álvaro",
        "Pablo",
        "Rubén",
        "Iván",
        "Adrián",
        "Jorge",
        "Diego",
        "Óscar",
        "Raúl",
        "Begoña",
        "Montse",
        "Yolanda",
    ),
    "de": (
        "Anna",
        "Katrin",
        "Sabine",
        "Julia",
        "Miriam",
        "Stefanie",
        "Lisa",
        "Franziska",
        "Jana",
        "Jonas",
        "Tobias",
        "Markus",
        "Florian",
        "Stefan",
        "Daniel",
        "Birgit",
    ),
    "it": (
        "Giulia",
        "Chiara",
        "Francesca",
        "Sara",
        "Valentina",
        "Federica",
        "Elisa",
        "Martina",
        "Luca",
        "Marco",
        "Andrea",
        "Matteo",
        "Davide",
        "Simone",
        "Ilaria",
    ),
    "en": (
        "Emma",
        "Hannah",
        "Chloe",
        "Rachel",
        "Megan",
        "Aoife",
        "Siobhan",
        "Lucy",
        "James",
        "Tom",
        "Conor",
        "Daniel",
        "Ben",
        "Liam",
        "Niamh",
    ),
    "pt": (
        "Ana",
        "Beatriz",
        "Inês",
        "Mariana",
        "Catarina",
        "Joana",
        "Rita",
        "Sofia",
        "João",
        "Tiago",
        "Rui",
        "Pedro",
        "Miguel",
        "Nuno",
        "Filipa",
    ),
}

LAST: dict[str, tuple[str, ...]] = {
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Lambert",
        "Bonnet",
        "Faure",
        "Garnier",
        "Chevalier",
        "Perrin",
        "Morel",
        "Gauthier",
        "Roux",
        "Blanc",
        "Guérin",
        "Boyer",
        "Leroy",
        "Caron",
        "Masson",
        "Renaud",
        "Picard",
        "Roche",
        "Lemoine",
        "Barbier",
        "Meunier",
        "Aubert",
        "Brun",
        "Colin",
        "Hubert",
        "Marchand",
        "Diallo",
        "Benali",
        "Wauters",
        "Jacquet",
    ),
    "es": (
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
        "Torres",
        "Domínguez",
        "Gil",
        "Vázquez",
        "Serrano",
        "Ramos",
        "Blanco",
        "Molina",
        "Castro",
        "Ortega",
        "Rubio",
        "Marín",
        "Sanz",
        "Iglesias",
        "Medina",
        "Garrido",
        "Cortés",
        "Castillo",
        "Santos",
        "Lozano",
        "Guerrero",
        "Cano",
        "Prieto",
        "Méndez",
        "Calvo",
        "Gallego",
        "Herrera",
        "Peña",
        "Cabrera",
        "Etxeberria",
    ),
    "de": (
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
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Braun",
        "Krüger",
        "Hartmann",
        "Lange",
        "Huber",
        "Gruber",
        "Steiner",
        "Pichler",
    ),
    "it": (
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
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
    ),
    "en": (
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
        "Ryan",
        "Hughes",
        "Clarke",
        "Wright",
        "Walker",
        "Robinson",
        "Thompson",
        "Edwards",
        "Doyle",
    ),
    "pt": (
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
    ),
}

TOWNS: dict[str, tuple[str, ...]] = {
    "FR": (
        "Lyon",
        "Nantes",
        "Lille",
        "Rennes",
        "Toulouse",
        "Bordeaux",
        "Montpellier",
        "Strasbourg",
        "Grenoble",
        "Dijon",
        "Angers",
        "Tours",
        "Clermont-Ferrand",
        "Metz",
    ),
    "BE": ("Liège", "Namur", "Bruxelles", "Charleroi", "Mons", "Louvain-la-Neuve"),
    "CH": ("Genève", "Lausanne", "Fribourg", "Neuchâtel", "Zürich", "Bern", "Basel", "Lugano"),
    "LU": ("Luxembourg", "Esch-sur-Alzette", "Differdange"),
    "ES": (
        "Madrid",
        "Valencia",
        "Sevilla",
        "Zaragoza",
        "Bilbao",
        "Málaga",
        "Murcia",
        "Valladolid",
        "Granada",
        "Alicante",
        "Vigo",
        "Córdoba",
        "Gijón",
        "Pamplona",
    ),
    "DE": ("Köln", "Leipzig", "Hamburg", "Freiburg", "Münster", "Nürnberg", "Dresden", "Kassel"),
    "AT": ("Wien", "Graz", "Linz", "Salzburg", "Innsbruck"),
    "IT": ("Torino", "Bologna", "Verona", "Bari", "Napoli", "Milano", "Padova"),
    "UK": ("Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Sheffield"),
    "IE": ("Cork", "Galway", "Limerick", "Dublin", "Waterford"),
    "PT": ("Porto", "Braga", "Coimbra", "Lisboa", "Aveiro", "Setúbal"),
}

JOBS = (
    "nurse",
    "primary teacher",
    "student",
    "accountant",
    "bus driver",
    "pharmacist",
    "architect",
    "shop assistant",
    "retired",
    "software developer",
    "care worker",
    "lawyer",
    "civil engineer",
    "chef",
    "librarian",
    "postal worker",
    "physiotherapist",
    "photographer",
    "journalist",
    "warehouse operative",
    "sales representative",
    "midwife",
    "firefighter",
    "baker",
    "civil servant",
    "social worker",
    "graphic designer",
    "lab technician",
    "stay-at-home parent",
    "delivery driver",
)

EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "fr": ("courriel.example", "boite.example", "mel.example"),
    "es": ("correo.example", "buzon.example", "mimail.example"),
    "de": ("post.example", "mailbox.example"),
    "it": ("posta.example", "email.example"),
    "en": ("inbox.example", "mail.example"),
    "pt": ("correio.example", "caixa.example"),
}

#: (label, price in euros, page). Labels are English / French whatever the market.
PRODUCTS: tuple[tuple[str, float, str], ...] = (
    ("Wool coat, camel, 38 / Manteau en laine camel, 38", 64.00, "/shop/women/coats"),
    ("Straight jeans, raw denim, W30 / Jean droit brut, W30", 32.50, "/shop/women/jeans"),
    ("Leather ankle boots, 39 / Bottines en cuir, 39", 48.00, "/shop/women/shoes"),
    ("Silk blouse, ivory, S / Chemisier en soie ivoire, S", 27.00, "/shop/women/tops"),
    ("Linen dress, sage, M / Robe en lin sauge, M", 35.00, "/shop/women/dresses"),
    ("Kids' rain jacket, 6 yrs / Ciré enfant, 6 ans", 14.00, "/shop/kids/outerwear"),
    ("Merino jumper, navy, L / Pull mérinos marine, L", 29.00, "/shop/men/knitwear"),
    ("Denim jacket, 90s, M / Veste en jean années 90, M", 38.00, "/shop/vintage"),
    ("Leather handbag, cognac / Sac à main en cuir cognac", 72.00, "/shop/women/bags"),
    ("Trail running shoes, 42 / Chaussures de trail, 42", 41.00, "/shop/sport"),
    (
        "Wedding guest dress, emerald, 40 / Robe de cérémonie émeraude, 40",
        56.00,
        "/shop/women/occasion",
    ),
    ("Kids' ski jacket, 10 yrs / Veste de ski enfant, 10 ans", 39.00, "/shop/kids/outerwear"),
    ("Cashmere scarf, grey / Écharpe en cachemire grise", 24.00, "/shop/accessories"),
    ("Men's wool blazer, 50 / Blazer homme en laine, 50", 58.00, "/shop/men/jackets"),
    ("Baby bodysuits, lot of 12 / Lot de 12 bodies bébé", 18.00, "/shop/kids/baby"),
    ("Corduroy trousers, rust, 40 / Pantalon velours rouille, 40", 26.00, "/shop/women/trousers"),
)

CLUB_PRODUCT = "Percheo Club, monthly / Percheo Club, mensuel"

PAGES = (
    "/shop/new-in",
    "/drops/sunday",
    "/sell/order-a-bag",
    "/sell/how-it-works",
    "/club",
    "/help/returns",
    "/account/wallet",
    "/shop/women/coats",
    "/shop/kids",
    "/shop/men",
    "/account/orders",
    "/help/sizes",
)

AGENTS: dict[str, tuple[str, ...]] = {
    "fr": ("Camille", "Yanis", "Maëlle"),
    "es": ("Lucía", "Dani", "Marisa"),
    "de": ("Jana", "Felix"),
    "it": ("Sara", "Paolo"),
    "en": ("Grace", "Owen"),
    "pt": ("Leonor", "Duarte"),
}

# --- happy acts -----------------------------------------------------------------

#: Praise posts and mentions (social or community). Several say the good thing recurs.
PRAISE: dict[str, tuple[str, ...]] = {
    "fr": (
        "Reçu mon manteau Percheo ce matin, il sent encore un peu le pressing et il est parfait. Merci à la vendeuse inconnue 🙏",
        "3e commande chez Percheo et toujours aussi bien emballé, avec le petit mot écrit à la main. Ça fait plaisir",
        "Mon sac Percheo est parti lundi, mes 4 pulls sont déjà en ligne ce jeudi. Franchement efficace",
        "trouvé une robe de cérémonie pour le mariage de ma soeur à 42€ sur Percheo, personne n'a deviné 😍",
        "Encore une fois bluffée par Percheo : le jean est exactement comme sur les photos, même l'usure au genou",
        "Les bottines en cuir achetées sur Percheo ont fait tout l'hiver dernier et elles repartent pour celui-ci. Meilleur achat",
        "Premier virement reçu pour les affaires de bébé vendues sur Percheo, 63€ qui tombent bien",
        "Petit coup de coeur pour le service client Percheo, réponse en 5 min un dimanche soir",
        "Deuxième saison que j'habille les enfants presque que sur Percheo. Les vestes de ski à 39€ au lieu de 120, je dis oui",
        "Vendu le manteau de ma grand-mère sur Percheo en 3 jours à une étudiante de Lille, elle m'a même envoyé une photo. Trop mignon",
        "Le livreur Percheo a attendu que je descende avec la poussette, merci à lui 🙏",
        "Je pensais pas trouver un vrai pull en laine à 19€. Percheo me convertit à la seconde main",
        "Encore un sac Percheo rempli ce week-end, ça fait de la place dans les placards et des sous pour les vacances",
        "Mention spéciale aux photos de défauts chez Percheo : la petite tache était bien là où ils disaient, zéro surprise",
    ),
    "es": (
        "Me ha llegado el abrigo de Percheo y está IMPECABLE, parece que no se lo ha puesto nadie 😍",
        "Tercer pedido en Percheo este mes y otra vez todo perfecto, hasta la talla coincide jaja",
        "Vendí la ropa de mi hija que ya no le vale y en una semana Percheo me ha pagado 48€. Lo recomiendo muchísimo",
        "Vestido de invitada por 39€ en Percheo, nadie se dio cuenta de que era de segunda mano 💚",
        "Una vez más Percheo salvándome la vuelta al cole, chaquetas para los dos críos por menos de 30€",
        "el punto de recogida de Percheo al lado de casa es lo mejor que me ha pasado, cero colas",
        "Me encanta que Percheo ponga fotos de los defectos aunque sean mínimos. así sí da gusto comprar",
        "Otra vez el repartidor de Percheo súper majo, me subió el paquete hasta el cuarto sin ascensor",
        "Segundo saco vendido casi entero en Percheo. Con lo que he sacado me pago las botas de este invierno",
        "He encontrado en Percheo el mismo abrigo que tenía mi madre en los 90, he llorado un poquito 🥲",
        "Con Percheo he vaciado medio armario y me he pagado el regalo de cumple de mi pareja. Ole",
        "Las botas de montaña de Percheo aguantaron todo el Camino, 200 km y ni una ampolla",
        "Increíble Percheo, me cambiaron la talla sin ninguna pega y en dos días",
        "segunda vez que pido en Percheo para los peques y de nuevo todo impecable 👌",
    ),
    "de": (
        "Wollmantel von Percheo ist heute gekommen, sitzt wie angegossen und riecht nach frischer Wäsche. Danke!",
        "Schon die vierte Bestellung bei Percheo und wieder super verpackt, sogar mit Seidenpapier 😄",
        "Meinen Percheo-Sack am Montag abgegeben, Donnerstag waren die Sachen online. Respekt",
        "Immer wieder schön, wie ehrlich Percheo kleine Mängel fotografiert. Da kauft man gern",
        "Bei Percheo eine Lodenjacke für 45€ gefunden, die hält noch zwanzig Jahre",
        "Mein erster Verkauf über Percheo, 31€ für Kindersachen, die nur im Keller lagen. Super einfach",
        "Danke Percheo, das Kleid für die Hochzeit meiner Schwester war perfekt",
    ),
    "it": (
        "Arrivato il cappotto da Percheo, perfetto e pure profumato. Ci ricompro di sicuro",
        "Terza volta che vendo su Percheo e ancora una volta pagata in tre giorni. grz!!",
        "Trovata una giacca di jeans anni 90 su Percheo a 38€, mia figlia impazzita 😍",
        "Venduti i vestitini del mio bimbo su Percheo in una settimana, facilissimo",
        "Il vestito per la cerimonia preso su Percheo ha fatto un figurone 😍",
        "Ancora una volta Percheo: consegna veloce e tutto come in foto",
    ),
    "en": (
        "Got my Percheo parcel today, the boots are even nicer than in the photos. Well done",
        "Third time ordering from Percheo and still impressed by how carefully they pack everything",
        "Sold a bag of my son's outgrown stuff on Percheo and got paid in 4 days. Easiest money ever",
        "Found a proper wool coat on Percheo for £40. Second hand is the way",
        "The Percheo courier waited while I got the baby into the pram, lovely guy",
        "Cleared half my wardrobe with Percheo and paid for our weekend away. Win",
        "Honest photos on Percheo, the tiny mark was exactly where they said",
    ),
    "pt": (
        "Chegou o casaco da Percheo, está impecável. Obg pela rapidez!",
        "Mais uma vez a Percheo não falha, o vestido serve na perfeição 💚",
        "Vendi a roupa de bebé na Percheo e já recebi, super simples",
        "Encontrei na Percheo um casaco de lã igual ao da minha avó, adorei 🥲",
        "Esvaziei meio armário com a Percheo e ainda paguei o jantar de anos",
        "As fotos da Percheo mostram mesmo os defeitos, zero surpresas. Assim dá gosto",
    ),
}

#: Praise with a small gripe.
GRIPE_PRAISE: dict[str, tuple[str, ...]] = {
    "fr": (
        "Super robe, exactement comme décrite. Seul bémol : le colis a dormi 2 jours au point relais avant la notif",
        "Très contente du pull Percheo, juste dommage que le port coûte presque la moitié du prix",
        "Rien à redire sur la veste, mais l'étiquette Percheo agrafée dans la doublure, franchement, on peut pas la coudre ?",
    ),
    "es": (
        "Todo genial con el pedido de Percheo, solo que la app me sigue mandando notificaciones a las 7 de la mañana 🙄",
        "Muy contenta con las botas, aunque la caja venía un poco aplastada. Lo demás de 10",
        "El abrigo precioso, pero la guía de tallas de Percheo no hay quien la entienda. Menos mal que acerté",
    ),
    "de": (
        "Alles top bei Percheo, nur die Größenangaben könnten genauer sein. Der Mantel passt trotzdem",
    ),
    "it": (
        "Tutto perfetto, solo il punto di ritiro di Percheo chiude un po' presto. Per il resto 10 e lode",
    ),
    "en": (
        "Lovely jumper from Percheo, exactly as described. Only gripe: the tracking said 'tomorrow' for three days",
    ),
    "pt": ("Adorei a mala da Percheo, só a etiqueta é que não saía de maneira nenhuma 😅",),
}

#: Reviews: (rating, text).
REVIEWS: dict[str, tuple[tuple[int, str], ...]] = {
    "fr": (
        (5, "Manteau conforme aux photos, envoi rapide, je recommande"),
        (4, "Bonne qualité, taille un peu petite mais c'était indiqué"),
        (5, "Vendu 6 pièces en deux semaines, paiement nickel"),
        (5, "Pull en mérinos impeccable, emballage soigné"),
        (4, "Très bien, juste un peu long à arriver au point relais"),
    ),
    "es": (
        (5, "Todo como en las fotos y llegó en 2 días"),
        (4, "Buena calidad, el envío tardó un poco más de lo previsto"),
        (5, "Vender es facilísimo, ya voy por el tercer saco"),
        (5, "Abrigo precioso y muy bien empaquetado"),
        (4, "Bien, aunque el punto de recogida tardó en avisar"),
    ),
    "de": (
        (5, "Zustand wie beschrieben, schneller Versand"),
        (4, "Gute Qualität, Lieferung hat einen Tag länger gedauert"),
        (5, "Schnell, ehrlich beschrieben, gerne wieder"),
    ),
    "it": (
        (5, "Conforme alle foto, spedizione veloce"),
        (4, "Buono, ma la taglia veste un po' abbondante"),
        (5, "Capo perfetto, imballo curato"),
    ),
    "en": (
        (5, "Exactly as pictured, quick delivery"),
        (4, "Good quality, the sizing runs a bit small"),
        (5, "Lovely coat, well packed, would buy again"),
    ),
    "pt": (
        (5, "Tudo conforme as fotos, entrega rápida"),
        (4, "Boa qualidade, a entrega demorou um pouco"),
        (5, "Casaco lindo e bem embalado"),
    ),
}

#: Chat questions: (question, agent's answer, thanks).
CHAT_Q: dict[str, tuple[tuple[str, str, str], ...]] = {
    "fr": (
        (
            "bonjour, est-ce que je peux mettre des chaussures dans le sac Percheo ou seulement des vêtements ?",
            "Bonjour ! Oui, les chaussures sont acceptées si elles sont propres et en bon état, idéalement dans un sac à part à l'intérieur.",
            "super merci",
        ),
        (
            "Bjr, le pull que j'ai commandé, je peux le renvoyer s'il me va pas ?",
            "Bonjour, oui : vous avez 14 jours après réception, le retour se fait depuis l'appli (Mes commandes > Retourner).",
            "parfait merci bcp",
        ),
        (
            "c'est quand le prochain drop du dimanche ?",
            "Bonjour ! Dimanche à 20h, et dès 19h30 pour les membres du Club.",
            "top merci !",
        ),
        (
            "Bonjour, comment je vire l'argent du porte-monnaie Percheo sur mon compte ?",
            "Bonjour, dans l'appli : Compte > Porte-monnaie > Virer vers mon compte. Le virement arrive en 1 à 3 jours ouvrés.",
            "Merci, c'est fait",
        ),
        (
            "les articles vérifiés vous les lavez avant de les envoyer ?",
            "Bonjour ! Nous les contrôlons et les défroissons, mais nous ne les lavons pas : un passage en machine est conseillé.",
            "ok merci de l'info",
        ),
        (
            "bonjour, je peux changer de point relais après avoir commandé ?",
            "Bonjour, oui, tant que le colis n'est pas expédié : Mes commandes > Modifier la livraison.",
            "super",
        ),
        (
            "Le Club est sans engagement ?",
            "Oui, il se résilie à tout moment depuis l'appli, sans frais.",
            "parfait merci !",
        ),
    ),
    "es": (
        (
            "hola, el saco de Percheo lo puedo dejar en cualquier punto de recogida?",
            "¡Hola! Sí, en cualquier punto de la red, solo tienes que enseñar el código de la app.",
            "genial gracias!!",
        ),
        (
            "Buenas, si una prenda no me queda bien la puedo devolver?",
            "Hola, sí: tienes 14 días desde que la recibes, la devolución se pide en la app en Mis pedidos.",
            "vale, gracias",
        ),
        (
            "¿A qué hora sale el drop del domingo?",
            "¡Hola! A las 20:00 hora peninsular, y si eres del Club desde las 19:30.",
            "perfecto 👌",
        ),
        (
            "hola, cuánto tardáis en poner a la venta lo del saco?",
            "Hola, entre 5 y 8 días desde que llega a nuestro almacén. Te avisamos en la app cuando esté online.",
            "ok mil gracias",
        ),
        (
            "¿las prendas las laváis antes de mandarlas?",
            "¡Hola! Las revisamos y las planchamos, pero no las lavamos: te recomendamos un lavado antes de estrenar.",
            "vale, gracias por la info",
        ),
        (
            "hola, puedo cambiar el punto de recogida después de hacer el pedido?",
            "Hola, sí, mientras no se haya enviado: Mis pedidos > Cambiar entrega.",
            "genial",
        ),
        (
            "El Club tiene permanencia?",
            "No, lo puedes cancelar cuando quieras desde la app, sin coste.",
            "perfecto gracias!",
        ),
    ),
    "de": (
        (
            "Hallo, kann ich auch Schuhe in den Percheo-Sack packen?",
            "Hallo! Ja, saubere Schuhe in gutem Zustand nehmen wir gern, am besten in einer eigenen Tüte im Sack.",
            "super danke",
        ),
        (
            "Wie lange habe ich Zeit für eine Rücksendung?",
            "14 Tage ab Zustellung, einfach in der App unter Meine Bestellungen.",
            "Danke!",
        ),
        (
            "Wascht ihr die Sachen vor dem Versand?",
            "Hallo! Wir prüfen und dämpfen alles, waschen aber nicht: vor dem ersten Tragen einmal waschen.",
            "ok, danke",
        ),
        (
            "Hat der Club eine Mindestlaufzeit?",
            "Nein, Sie können jederzeit in der App kündigen, kostenlos.",
            "super, danke",
        ),
    ),
    "it": (
        (
            "ciao, posso restituire un capo se non mi sta?",
            "Ciao! Sì, hai 14 giorni dalla consegna, dall'app in I miei ordini.",
            "ok grazie mille",
        ),
        (
            "A che ora esce il drop della domenica?",
            "Alle 20:00, per chi ha il Club dalle 19:30.",
            "perfetto grazie",
        ),
        (
            "i capi li lavate prima di spedirli?",
            "Ciao! Li controlliamo e li stiriamo, ma non li laviamo: meglio un lavaggio prima di indossarli.",
            "ok grazie",
        ),
        ("il Club ha un vincolo?", "No, si disdice quando vuoi dall'app, senza costi.", "perfetto"),
    ),
    "en": (
        (
            "hi, can I put shoes in the Percheo bag or just clothes?",
            "Hi! Shoes are fine if they're clean and in good shape, ideally in a separate bag inside.",
            "great thanks",
        ),
        (
            "How long do I have to send something back?",
            "14 days from delivery, you can start it in the app under My orders.",
            "perfect, cheers",
        ),
        (
            "do you wash things before you send them?",
            "Hi! We check and steam everything but don't wash it, so we'd suggest a wash before wearing.",
            "fair enough, thanks",
        ),
        (
            "Is there a minimum term on the Club?",
            "No, you can cancel any time in the app at no cost.",
            "great, thanks",
        ),
    ),
    "pt": (
        (
            "olá, posso devolver uma peça se não me servir?",
            "Olá! Sim, tem 14 dias após a entrega, na app em As minhas encomendas.",
            "obg!",
        ),
        (
            "Quanto tempo demora a pôr à venda o que mando no saco?",
            "Entre 5 e 8 dias depois de chegar ao armazém, avisamos na app.",
            "ok obrigada",
        ),
        (
            "as peças são lavadas antes de serem enviadas?",
            "Olá! Verificamos e passamos a ferro, mas não lavamos: recomendamos uma lavagem antes de usar.",
            "ok obrigada",
        ),
        (
            "o Club tem fidelização?",
            "Não, pode cancelar quando quiser na app, sem custos.",
            "ótimo",
        ),
    ),
}

#: E-mail questions: (subject, question, agent's answer).
MAIL_Q: dict[str, tuple[tuple[str, str, str], ...]] = {
    "fr": (
        (
            "Question sur le Club",
            "Bonjour,\nsi je prends le Club en cours de mois, la commission réduite s'applique aussi aux articles déjà en vente ?\nMerci,\n{name}",
            "Bonjour {name},\noui, dès l'activation du Club la commission de 20 % s'applique à tout ce qui se vend ensuite, y compris les articles déjà en ligne.\nBelle journée,\n{agent}, Percheo",
        ),
        (
            "Sac de vente",
            "Bonjour, j'ai demandé un deuxième sac Percheo il y a 3 jours, est-ce qu'il est parti ? Bonne journée, {name}",
            "Bonjour {name},\nvotre sac est parti hier, vous devriez le recevoir d'ici jeudi.\n{agent}, Percheo",
        ),
        (
            "Retour d'un article",
            "Bonjour,\nj'ai reçu deux robes mais une est trop grande. Je peux renvoyer seulement celle-là et garder l'autre ?\nCordialement,\n{name}",
            "Bonjour {name},\noui, bien sûr : dans Mes commandes, sélectionnez seulement la robe à renvoyer, l'autre reste à vous.\n{agent}, Percheo",
        ),
        (
            "Prix de mes articles",
            "Bonjour, est-ce que je peux modifier moi-même le prix d'un article que vous avez mis en ligne pour moi ? Merci, {name}",
            "Bonjour {name},\noui, depuis l'appli (Mes ventes > l'article > Modifier le prix), une fois par semaine.\n{agent}, Percheo",
        ),
        (
            "Facture",
            "Bonjour,\npourriez-vous m'envoyer une facture pour ma commande de la semaine dernière ? C'est pour une note de frais (tenue de travail).\n{name}",
            "Bonjour {name},\nvous la trouverez dans Mes commandes > Télécharger la facture, je vous la mets aussi en pièce jointe.\n{agent}, Percheo",
        ),
    ),
    "es": (
        (
            "Duda con el Club",
            "Hola,\n¿si me hago del Club ahora la devolución me sale gratis también para el pedido de ayer?\nGracias,\n{name}",
            "Hola {name}:\nsí, la devolución gratuita vale para cualquier pedido mientras tengas el Club activo, también el de ayer.\nUn saludo,\n{agent}, Percheo",
        ),
        (
            "Pago de ventas",
            "Buenas, he vendido dos pantalones esta semana, ¿cuándo me llega el dinero al monedero? Saludos, {name}",
            "Hola {name}:\nel importe entra en tu monedero 3 días después de la entrega al comprador, si no hay devolución.\nUn saludo,\n{agent}",
        ),
        (
            "Devolver solo una prenda",
            "Hola,\nme han llegado dos vestidos y uno me está grande. ¿Puedo devolver solo ese?\nGracias,\n{name}",
            "Hola {name}:\nclaro, en Mis pedidos eliges solo el vestido que quieres devolver.\nUn saludo,\n{agent}, Percheo",
        ),
        (
            "Cambiar precio",
            "Buenas, ¿puedo cambiar yo el precio de una prenda que me habéis puesto a la venta? Gracias, {name}",
            "Hola {name}:\nsí, desde la app (Mis ventas > la prenda > Cambiar precio), una vez por semana.\n{agent}, Percheo",
        ),
        (
            "Factura de mi pedido",
            "Hola, ¿me podéis mandar factura del pedido de la semana pasada? Es para la empresa, ropa de trabajo. Gracias, {name}",
            "Hola {name}:\nla tienes en Mis pedidos > Descargar factura, y te la adjunto también aquí.\nUn saludo,\n{agent}",
        ),
    ),
    "de": (
        (
            "Frage zum Club",
            "Hallo,\ngilt die niedrigere Provision auch für Sachen, die schon online sind?\nViele Grüße\n{name}",
            "Hallo {name},\nja, ab der Aktivierung des Clubs gelten 20 % für alles, was danach verkauft wird.\nBeste Grüße\n{agent}, Percheo",
        ),
        (
            "Nur einen Artikel zurückschicken",
            "Hallo,\nich habe zwei Kleider bekommen, eins ist zu groß. Kann ich nur das zurückschicken?\nGrüße\n{name}",
            "Hallo {name},\nja, unter Meine Bestellungen einfach nur das eine Kleid auswählen.\nViele Grüße\n{agent}, Percheo",
        ),
    ),
    "it": (
        (
            "Domanda sul Club",
            "Buongiorno, se attivo il Club oggi il reso dell'ordine di ieri è gratis? Grazie, {name}",
            "Buongiorno {name},\nsì, il reso è gratuito per ogni ordine finché il Club è attivo.\nSaluti,\n{agent}, Percheo",
        ),
        (
            "Reso di un solo capo",
            "Buongiorno, ho ricevuto due vestiti ma uno è grande, posso restituire solo quello? Grazie, {name}",
            "Buongiorno {name},\ncerto, in I miei ordini selezioni solo il vestito da restituire.\nSaluti,\n{agent}, Percheo",
        ),
    ),
    "en": (
        (
            "Club question",
            "Hi,\nIf I join the Club today, does the lower commission apply to things already listed?\nThanks,\n{name}",
            "Hi {name},\nYes, from the day you join, everything that sells is charged 20%.\nBest,\n{agent}, Percheo",
        ),
        (
            "Returning one item",
            "Hi,\nTwo dresses arrived and one is too big. Can I send just that one back?\nThanks,\n{name}",
            "Hi {name},\nOf course, just pick that dress under My orders and keep the other.\nBest,\n{agent}, Percheo",
        ),
        (
            "Changing a price",
            "Hello, can I change the price of something you've listed for me? Cheers, {name}",
            "Hi {name},\nYes, in the app under My sales > the item > Change price, once a week.\n{agent}, Percheo",
        ),
    ),
    "pt": (
        (
            "Dúvida sobre o Club",
            "Olá, se aderir ao Club hoje a devolução da encomenda de ontem fica grátis? Obg, {name}",
            "Olá {name},\nsim, com o Club ativo as devoluções são gratuitas para qualquer encomenda.\nCumprimentos,\n{agent}, Percheo",
        ),
        (
            "Devolver só uma peça",
            "Olá, recebi dois vestidos e um está grande. Posso devolver só esse? Obrigada, {name}",
            "Olá {name},\nclaro, em As minhas encomendas escolha só o vestido a devolver.\nCumprimentos,\n{agent}, Percheo",
        ),
    ),
}

#: Phone questions: (transcript, agent's follow-up subject, follow-up text).
PHONE_Q: dict[str, tuple[tuple[str, str, str], ...]] = {
    "fr": (
        (
            "oui bonjour c'est pour savoir si je peux envoyer un manteau en fausse fourrure dans le sac ou si vous les refusez voilà merci",
            "Suite à votre appel",
            "Bonjour {name},\ncomme convenu au téléphone : la fausse fourrure est acceptée si elle est propre et pas pelée.\nBonne journée,\n{agent}, Percheo",
        ),
        (
            "allo bonjour euh j'ai une question je voudrais changer l'adresse de livraison de ma commande d'hier c'est possible ou pas",
            "Votre changement d'adresse",
            "Bonjour {name},\nnous avons bien modifié l'adresse de livraison de votre commande comme demandé au téléphone.\n{agent}, Percheo",
        ),
        (
            "bonjour oui alors je voulais savoir si je peux venir déposer mon sac directement à votre entrepôt à côté de chez moi plutôt qu'au point relais",
            "Dépôt de votre sac",
            "Bonjour {name},\ncomme indiqué au téléphone, l'entrepôt n'accepte pas les dépôts, mais tous les points relais du réseau prennent les sacs Percheo.\n{agent}, Percheo",
        ),
    ),
    "es": (
        (
            "hola buenos días mire llamaba para preguntar si puedo cambiar la dirección de entrega del pedido de ayer que me voy al pueblo el finde",
            "Tras tu llamada",
            "Hola {name}:\ncomo hablamos por teléfono, hemos cambiado la dirección de entrega de tu pedido.\nUn saludo,\n{agent}, Percheo",
        ),
        (
            "sí hola quería saber si aceptáis ropa de bebé sin etiqueta en el saco es que tengo un montón",
            "Ropa de bebé en el saco",
            "Hola {name}:\nsí, aceptamos ropa de bebé sin etiqueta siempre que esté limpia y sin manchas.\nUn saludo,\n{agent}",
        ),
        (
            "hola buenas tardes quería saber si puedo llevar el saco directamente a vuestro almacén que me pilla cerca en vez de al punto",
            "Entrega de tu saco",
            "Hola {name}:\ncomo te comentamos por teléfono, el almacén no recoge sacos, pero puedes dejarlo en cualquier punto de la red.\nUn saludo,\n{agent}",
        ),
    ),
    "de": (
        (
            "ja hallo ich wollte fragen ob ich die Lieferadresse für meine Bestellung von gestern noch ändern kann",
            "Ihr Anruf bei Percheo",
            "Hallo {name},\nwie besprochen haben wir die Lieferadresse Ihrer Bestellung geändert.\nViele Grüße\n{agent}",
        ),
        (
            "hallo ich wollte fragen ob ich auch Kinderschuhe in den Sack tun kann oder nur Kleidung",
            "Kinderschuhe im Sack",
            "Hallo {name},\nwie am Telefon besprochen: saubere Kinderschuhe nehmen wir gern.\nViele Grüße\n{agent}",
        ),
    ),
    "it": (
        (
            "pronto buongiorno volevo sapere se posso cambiare l'indirizzo di consegna dell'ordine di ieri",
            "Dopo la sua chiamata",
            "Buongiorno {name},\ncome concordato al telefono abbiamo cambiato l'indirizzo di consegna.\nSaluti,\n{agent}",
        ),
        (
            "buongiorno volevo chiedere se nella borsa posso mettere anche le scarpe dei bambini",
            "Scarpe nella borsa",
            "Buongiorno {name},\ncome detto al telefono, le scarpe dei bambini vanno benissimo se pulite.\nSaluti,\n{agent}",
        ),
    ),
    "en": (
        (
            "hi yeah I was just wondering if I can change the delivery address on yesterday's order",
            "Following your call",
            "Hi {name},\nAs discussed on the phone, we've changed the delivery address on your order.\nBest,\n{agent}",
        ),
        (
            "hello there just wondering if kids' shoes are ok in the bag or is it clothes only",
            "Kids' shoes in the bag",
            "Hi {name},\nAs we said on the phone, clean kids' shoes are very welcome.\nBest,\n{agent}",
        ),
    ),
    "pt": (
        (
            "olá bom dia queria saber se posso mudar a morada de entrega da encomenda de ontem",
            "Na sequência da sua chamada",
            "Olá {name},\ncomo combinado ao telefone, alterámos a morada de entrega.\nCumprimentos,\n{agent}",
        ),
        (
            "olá queria saber se posso pôr sapatos de criança no saco",
            "Sapatos no saco",
            "Olá {name},\ncomo falámos ao telefone, sapatos de criança limpos são bem-vindos.\nCumprimentos,\n{agent}",
        ),
    ),
}

#: A word left with a happy survey score (empty: nothing written).
SURVEY_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("Top", "Parfait 👌", "rapide et simple", "", "😊", "Rien à dire", ""),
    "es": ("Genial", "Todo perfecto", "", "👍", "Rapidísimo", "muy bien", ""),
    "de": ("Super", "Alles bestens", "", "👍"),
    "it": ("Ottimo", "", "Tutto perfetto"),
    "en": ("Great", "", "Spot on 👍"),
    "pt": ("Excelente", "", "Tudo ótimo"),
}

#: Posts written at night.
NIGHT_POSTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "2h du mat et je trie encore l'armoire pour remplir le sac Percheo, les insomnies servent au moins à ça",
        "nuit de garde aux urgences, pause café et je viens de choper une veste en jean sur Percheo 🙈",
        "Je n'arrive pas à dormir alors je regarde les nouveautés Percheo... mauvaise idée pour mon compte en banque",
    ),
    "es": (
        "Las 3 de la mañana y yo mirando abrigos en Percheo, esto del insomnio me va a salir caro jaja",
        "Turno de noche en el hospital y en el descanso me he pillado unas botas en Percheo. lo necesitaba",
        "no puedo dormir así que he llenado el saco de Percheo con toda la ropa pequeña de mi hijo, mañana al punto",
    ),
    "de": (
        "Nachtschicht vorbei und als Erstes bei Percheo den Mantel gekauft, den ich seit Tagen beobachte",
        "Kann nicht schlafen, also Kleiderschrank sortiert. Der Sack für Percheo ist voll 😅",
    ),
    "it": (
        "Le 2 di notte e sto ancora guardando giacche su Percheo, domani ne pago le conseguenze",
        "Turno di notte finito e ho appena venduto il cappotto su Percheo. Buongiorno a me",
    ),
    "en": (
        "3am, can't sleep, just bought a coat on Percheo. no regrets",
        "Night shift done and I've filled a whole Percheo bag in the staffroom. Productive",
    ),
    "pt": (
        "2 da manhã e eu a ver vestidos na Percheo, isto não está bem 😂",
        "Não consigo dormir, por isso enchi o saco da Percheo. Amanhã vai para o ponto",
    ),
}

#: Chat questions asked at night: (question, answer, thanks).
NIGHT_CHAT: dict[str, tuple[tuple[str, str, str], ...]] = {
    "fr": (
        (
            "bonsoir, si je dépose mon sac au point relais demain matin il part quand ?",
            "Bonsoir ! Le transporteur passe en général en fin de journée, il part donc le jour même.",
            "merci, bonne nuit",
        ),
        (
            "je peux payer avec mon porte-monnaie et compléter avec la carte ?",
            "Oui, le solde du porte-monnaie est utilisé en premier, le reste passe sur la carte.",
            "parfait merci",
        ),
        (
            "c'est normal que le drop de dimanche s'affiche pas encore ?",
            "Oui, il apparaît dimanche à 19h30 pour le Club et à 20h pour tout le monde.",
            "ah ok merci",
        ),
    ),
    "es": (
        (
            "hola, si dejo el saco mañana a primera hora en el punto cuándo sale?",
            "¡Hola! El transportista suele pasar por la tarde, así que sale ese mismo día.",
            "gracias, buenas noches",
        ),
        (
            "puedo pagar una parte con el monedero y el resto con tarjeta?",
            "Sí, primero se usa el saldo del monedero y el resto va a la tarjeta.",
            "genial",
        ),
        (
            "es normal que todavía no salga el drop del domingo?",
            "Sí, aparece el domingo a las 19:30 para el Club y a las 20:00 para todos.",
            "ah vale gracias",
        ),
    ),
    "de": (
        (
            "Kann ich mit dem Guthaben zahlen und den Rest mit Karte?",
            "Ja, zuerst wird das Guthaben verwendet, der Rest geht auf die Karte.",
            "danke, gute Nacht",
        ),
        (
            "Wann sehe ich den Drop am Sonntag?",
            "Ab 19:30 Uhr mit Club, ab 20 Uhr für alle.",
            "ok danke",
        ),
    ),
    "it": (
        (
            "posso pagare in parte con il borsellino e il resto con la carta?",
            "Sì, prima si usa il saldo del borsellino, il resto va sulla carta.",
            "grazie buonanotte",
        ),
        (
            "quando si vede il drop di domenica?",
            "Dalle 19:30 per il Club, dalle 20:00 per tutti.",
            "ok grazie",
        ),
    ),
    "en": (
        (
            "can I pay partly with my wallet balance and the rest by card?",
            "Yes, the wallet balance is used first and the rest goes on the card.",
            "brilliant, night",
        ),
        (
            "when does Sunday's drop go live?",
            "18:30 for Club members and 19:00 for everyone, UK and Irish time.",
            "ta",
        ),
    ),
    "pt": (
        (
            "posso pagar uma parte com o saldo da carteira e o resto com cartão?",
            "Sim, primeiro usa-se o saldo e o resto vai para o cartão.",
            "obrigada, boa noite",
        ),
        (
            "quando aparece o drop de domingo?",
            "Às 18:30 para o Club e às 19:00 para todos, hora de Portugal.",
            "ok obrigada",
        ),
    ),
}

# --- the planted spike (topic_spike) -------------------------------------------

SPIKE_CODE = "BSK-617"
SPIKE_TOPIC = "second-hand fashion app: the basket empties at payment during the Sunday drop, no purchase possible, error BSK-617"

#: First reports, by language and channel. E-mails are (subject, text).
SPIKE_REPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "social": (
            "@Percheo impossible de payer pendant le drop, le panier se vide au moment de valider et j'ai « erreur BSK-617 ». Le manteau que je guettais est reparti en vente 😭",
            "Drop du dimanche : panier vidé 3 fois de suite au paiement, erreur BSK-617. Bravo @Percheo",
            "Encore planté le drop Percheo ?? erreur BSK-617 quand je clique sur payer, panier vide",
        ),
        "chat": (
            "bonsoir, à chaque fois que je paie ça vide mon panier avec l'erreur BSK-617, c'est normal ??",
            "Bonsoir, j'ai un message erreur BSK-617 et mon panier est vide alors que j'allais payer. Je fais comment ?",
        ),
        "community": (
            "Quelqu'un d'autre a l'erreur BSK-617 au paiement ce soir ? Mon panier se vide dès que je clique sur Payer, sur l'appli et sur le site.",
            "Drop de ce soir : BSK-617 à chaque paiement chez moi. Vous aussi ?",
        ),
        "email": (
            "Erreur BSK-617 pendant le drop",
            "Bonsoir,\nj'essaie de payer ma commande depuis le début du drop, à chaque fois le panier se vide avec le message « erreur BSK-617 » et les articles repartent en vente. J'ai essayé avec deux cartes. Que se passe-t-il ?\n{name}",
        ),
        "web": (
            "Paiement impossible : panier vidé au moment de payer, message erreur BSK-617. Testé appli + navigateur.",
        ),
    },
    "es": {
        "social": (
            "@Percheo no hay manera de pagar en el drop, al confirmar se vacía el carrito y sale 'error BSK-617'. Se me ha escapado el abrigo 😭",
            "Tercera vez que se me vacía el carrito al pagar en el drop de Percheo, error BSK-617. Increíble",
            "el drop de Percheo roto otra vez?? BSK-617 al darle a pagar y carrito vacío",
        ),
        "chat": (
            "hola, cada vez que voy a pagar se me vacía el carrito y sale error BSK-617, qué pasa?",
            "Buenas, me sale 'error BSK-617' y el carrito vacío justo al pagar. ¿Qué hago?",
        ),
        "community": (
            "¿A alguien más le sale el error BSK-617 al pagar esta noche? Se vacía el carrito justo al darle a Pagar, en la app y en la web.",
            "Drop de hoy: BSK-617 en cada intento de pago. ¿Os pasa también?",
        ),
        "email": (
            "Error BSK-617 en el drop",
            "Hola:\nllevo desde que empezó el drop intentando pagar y cada vez se vacía el carrito con el mensaje 'error BSK-617', y las prendas vuelven a estar a la venta. Lo he probado con dos tarjetas. ¿Qué está pasando?\n{name}",
        ),
        "web": (
            "No puedo pagar: el carrito se vacía al pagar, mensaje error BSK-617. Probado en la app y en el navegador.",
        ),
    },
    "de": {
        "social": (
            "@Percheo Bezahlen im Drop unmöglich, beim Bestätigen leert sich der Warenkorb, 'Fehler BSK-617'. Die Jacke ist weg 😭",
        ),
        "chat": (
            "Hallo, jedes Mal wenn ich bezahle, ist der Warenkorb leer und es kommt Fehler BSK-617. Was ist da los?",
        ),
        "community": (
            "Hat noch jemand heute Abend Fehler BSK-617 beim Bezahlen? Warenkorb leert sich sofort, App und Website.",
        ),
        "email": (
            "Fehler BSK-617 beim Drop",
            "Guten Abend,\nseit Beginn des Drops versuche ich zu bezahlen, jedes Mal ist der Warenkorb leer und es erscheint 'Fehler BSK-617'. Mit zwei Karten probiert. Was ist los?\n{name}",
        ),
        "web": (
            "Bezahlen unmöglich: Warenkorb leert sich beim Bezahlen, Fehler BSK-617. App und Browser getestet.",
        ),
    },
    "it": {
        "social": (
            "@Percheo impossibile pagare nel drop, il carrello si svuota e compare 'errore BSK-617' 😭",
        ),
        "chat": (
            "ciao, ogni volta che pago si svuota il carrello e compare errore BSK-617, che succede?",
        ),
        "community": (
            "Qualcun altro ha l'errore BSK-617 al pagamento stasera? Il carrello si svuota appena premo Paga.",
        ),
        "email": (
            "Errore BSK-617 durante il drop",
            "Buonasera,\nprovo a pagare da quando è iniziato il drop e ogni volta il carrello si svuota con 'errore BSK-617'. Provato con due carte. Cosa succede?\n{name}",
        ),
        "web": ("Pagamento impossibile: carrello vuoto al momento di pagare, errore BSK-617.",),
    },
    "en": {
        "social": (
            "@Percheo can't pay in the drop, basket empties the moment I hit pay, 'error BSK-617'. Lost the coat I wanted 😭",
        ),
        "chat": (
            "hi, every time I pay my basket empties and I get error BSK-617, what's going on?",
        ),
        "community": (
            "Anyone else getting error BSK-617 at checkout tonight? Basket empties as soon as I press Pay, app and website.",
        ),
        "email": (
            "Error BSK-617 in the drop",
            "Hi,\nI've been trying to pay since the drop started and every time the basket empties with 'error BSK-617' and the items go back on sale. Tried two cards. What's happening?\n{name}",
        ),
        "web": ("Can't pay: basket empties at checkout, error BSK-617. Tried app and browser.",),
    },
    "pt": {
        "social": (
            "@Percheo impossível pagar no drop, o carrinho esvazia e aparece 'erro BSK-617' 😭",
        ),
        "chat": (
            "olá, sempre que vou pagar o carrinho fica vazio e aparece erro BSK-617, o que se passa?",
        ),
        "community": (
            "Mais alguém com o erro BSK-617 ao pagar hoje à noite? O carrinho esvazia assim que carrego em Pagar.",
        ),
        "email": (
            "Erro BSK-617 no drop",
            "Boa noite,\nestou a tentar pagar desde que começou o drop e de cada vez o carrinho esvazia com 'erro BSK-617'. Já tentei com dois cartões. O que se passa?\n{name}",
        ),
        "web": (
            "Não consigo pagar: o carrinho esvazia no pagamento, erro BSK-617. Testado na app e no browser.",
        ),
    },
}

#: Second messages of those who write again within the hour.
SPIKE_AGAIN: dict[str, tuple[str, ...]] = {
    "fr": (
        "Toujours l'erreur BSK-617, même depuis l'ordi de mon fils. Le panier se vide encore, je n'ai rien pu acheter.",
        "Réessayé avec le téléphone de ma soeur : BSK-617 pareil. Panier vide, encore.",
        "ça fait 30 min que j'essaie, toujours BSK-617 !! les articles partent chez les autres ou quoi ?",
    ),
    "es": (
        "Sigue el error BSK-617, también desde el móvil de mi hermana. El carrito se vacía otra vez y no he podido comprar nada.",
        "Lo he vuelto a intentar desde el ordenador y NADA, BSK-617 otra vez. El carrito vacío.",
        "Media hora intentándolo y sigue el BSK-617. ¿Alguien me dice algo?",
    ),
    "de": (
        "Immer noch BSK-617, jetzt auch am Laptop probiert. Warenkorb wieder leer.",
        "Nochmal versucht, wieder BSK-617. Was ist da los?",
    ),
    "it": (
        "Ancora errore BSK-617, anche dal telefono di mia sorella. Carrello di nuovo vuoto.",
        "Riprovato dal computer, sempre BSK-617.",
    ),
    "en": (
        "Still BSK-617, tried on my partner's phone too. Basket empty again.",
        "Tried the laptop now, same BSK-617. Anyone there?",
    ),
    "pt": (
        "Continua o erro BSK-617, também no telemóvel da minha irmã. Carrinho vazio outra vez.",
        "Tentei no computador e nada, BSK-617 outra vez.",
    ),
}

SPIKE_AGAIN_SUBJECT: dict[str, str] = {
    "fr": "Toujours BSK-617",
    "es": "Sigue el BSK-617",
    "de": "Immer noch BSK-617",
    "it": "Ancora BSK-617",
    "en": "Still BSK-617",
    "pt": "Continua o BSK-617",
}

#: The agents' chat answer during the spike.
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Bonsoir, oui : en ce moment le paiement vide le panier pour tout le monde (erreur BSK-617), nos équipes sont dessus. Désolée !",
    "es": "Hola, sí: ahora mismo el pago vacía el carrito a todo el mundo (error BSK-617), el equipo técnico ya está en ello. ¡Lo sentimos!",
    "de": "Guten Abend, ja: im Moment leert das Bezahlen bei allen den Warenkorb (Fehler BSK-617), unser Team ist dran. Entschuldigung!",
    "it": "Buonasera, sì: in questo momento il pagamento svuota il carrello a tutti (errore BSK-617), il team ci sta lavorando. Scusate!",
    "en": "Hi, yes: right now checkout is emptying everyone's basket (error BSK-617), our team is on it. Sorry!",
    "pt": "Boa noite, sim: neste momento o pagamento esvazia o carrinho a toda a gente (erro BSK-617), a equipa já está a tratar. Desculpe!",
}

#: The agents' e-mail once it works again: (subject, text). {local} is the local time of the fix.
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "fr": (
        "Le paiement fonctionne à nouveau",
        "Bonjour {name},\nle paiement fonctionne de nouveau depuis {local}. Nous avons remis de côté les articles de votre panier pour 24 h et ajouté {credit} de crédit à votre porte-monnaie pour la gêne.\n{agent}, Percheo",
    ),
    "es": (
        "El pago ya funciona",
        "Hola {name}:\nel pago vuelve a funcionar desde las {local}. Te hemos guardado las prendas del carrito 24 h y te hemos añadido {credit} de saldo en el monedero por las molestias.\n{agent}, Percheo",
    ),
    "de": (
        "Bezahlen funktioniert wieder",
        "Hallo {name},\nseit {local} Uhr funktioniert das Bezahlen wieder. Die Artikel aus Ihrem Warenkorb sind 24 Stunden für Sie reserviert, und wir haben Ihnen {credit} Guthaben gutgeschrieben.\n{agent}, Percheo",
    ),
    "it": (
        "Il pagamento funziona di nuovo",
        "Buongiorno {name},\nil pagamento funziona di nuovo dalle {local}. Abbiamo tenuto da parte i capi del carrello per 24 ore e aggiunto {credit} di credito nel borsellino.\n{agent}, Percheo",
    ),
    "en": (
        "Checkout is working again",
        "Hi {name},\nCheckout has been working again since {local}. We've held the items in your basket for 24 hours and added {credit} credit to your wallet for the trouble.\n{agent}, Percheo",
    ),
    "pt": (
        "O pagamento já funciona",
        "Olá {name},\no pagamento voltou a funcionar desde as {local}. Guardámos as peças do carrinho durante 24 horas e juntámos {credit} de crédito à sua carteira.\n{agent}, Percheo",
    ),
}

#: Two lone questions the day before, about a message that came and went: (question, answer).
LONE_Q: dict[str, tuple[str, str]] = {
    "fr": (
        "bonjour, hier soir en ajoutant une veste au panier j'ai eu « panier en cours de mise à jour » pendant quelques secondes puis tout est revenu normal. Ça va marcher pour le drop de demain ?",
        "Bonjour ! Oui, c'était une courte mise à jour de notre côté vendredi soir, tout fonctionne. Bon drop demain !",
    ),
    "es": (
        "hola, anoche al meter un abrigo en el carrito me salió 'carrito actualizándose' unos segundos y luego todo normal. ¿Mañana en el drop irá bien?",
        "¡Hola! Sí, fue una actualización cortita el viernes por la noche, ya funciona todo. ¡Suerte mañana en el drop!",
    ),
}

#: The calm week's grumble (Monday morning, answered): (question, answer).
CALM_GRUMBLE: dict[str, tuple[str, str]] = {
    "fr": (
        "la page des nouveautés met une éternité à charger ce matin, c'est chez moi ou chez vous ?",
        "Bonjour, merci de nous le dire : c'est de notre côté, ça devrait aller mieux dans la journée.",
    ),
    "es": (
        "la página de novedades tarda un montón en cargar esta mañana, es cosa mía?",
        "Hola, gracias por avisar: es cosa nuestra, durante el día debería ir mejor.",
    ),
}

# --- grammatical gender -------------------------------------------------------------

#: First names of men (the others are women's); Andrea is a man's name in Italy.
MALE_FIRST = frozenset(
    {
        "Julien",
        "Thomas",
        "Mathieu",
        "Nicolas",
        "Karim",
        "Sébastien",
        "Antoine",
        "Romain",
        "Hugo",
        "Yannick",
        "Olivier",
        "Bastien",
        "Benoît",
        "Javier",
        "Sergio",
        "Álvaro",
        "Pablo",
        "Rubén",
        "Iván",
        "Adrián",
        "Jorge",
        "Diego",
        "Óscar",
        "Raúl",
        "Jonas",
        "Tobias",
        "Markus",
        "Florian",
        "Stefan",
        "Daniel",
        "Luca",
        "Marco",
        "Andrea",
        "Matteo",
        "Davide",
        "Simone",
        "James",
        "Tom",
        "Conor",
        "Ben",
        "Liam",
        "João",
        "Tiago",
        "Rui",
        "Pedro",
        "Miguel",
        "Nuno",
    }
)

MALE_AGENTS = frozenset({"Yanis", "Dani", "Felix", "Paolo", "Owen", "Duarte"})

#: (woman's words, man's words) about the writer; each text is put in its writer's gender.
GENDER: tuple[tuple[str, str], ...] = (
    ("déçue", "déçu"),
    ("Déçue", "Déçu"),
    ("bluffée", "bluffé"),
    ("Très contente", "Très content"),
    ("désolée", "désolé"),
    ("Désolée", "Désolé"),
    ("emportée", "emporté"),
    ("être remboursée", "être remboursé"),
    ("pas remboursée des", "pas remboursé des"),
    ("m'a recontactée", "m'a recontacté"),
    ("m'a rappelée", "m'a rappelé"),
    ("je suis aide-soignante", "je suis aide-soignant"),
    ("decepcionada", "decepcionado"),
    ("Decepcionada", "Decepcionado"),
    ("desbordada", "desbordado"),
    ("Muy contenta", "Muy contento"),
    ("muy justa", "muy justo"),
    ("delusa", "deluso"),
    ("Delusa", "Deluso"),
    ("volta pagata", "volta pagato"),
    ("esasperata", "esasperato"),
    ("iscritta", "iscritto"),
    ("desiludida", "desiludido"),
    ("Desiludida", "Desiludido"),
    ("farta", "farto"),
    ("Obrigada", "Obrigado"),
    ("obrigada", "obrigado"),
)
