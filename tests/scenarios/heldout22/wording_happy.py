# ruff: noqa: E501
"""Happy wording for heldout22 (Sipario, concert and theatre tickets), written by hand.

Placeholders: {artist} {city} {venue} {agent} {name} {pass_} {ref}; ``[[fem|masc]]``
agrees with the writer's gender. Italian and French first.
"""

from __future__ import annotations

Lines = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

NAMES_F: Lines = {
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Sara",
        "Martina",
        "Elena",
        "Valentina",
        "Alessia",
        "Federica",
        "Silvia",
        "Roberta",
        "Ilaria",
        "Paola",
        "Beatrice",
        "Noemi",
        "Serena",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Sophie",
        "Claire",
        "Julie",
        "Élodie",
        "Margaux",
        "Inès",
        "Pauline",
        "Anaïs",
        "Mathilde",
        "Océane",
        "Nathalie",
        "Aurélie",
    ],
    "en": [
        "Emma",
        "Olivia",
        "Sophie",
        "Hannah",
        "Lucy",
        "Grace",
        "Chloe",
        "Megan",
        "Katie",
        "Amelia",
        "Rachel",
        "Zoe",
    ],
    "de": [
        "Anna",
        "Lena",
        "Katharina",
        "Julia",
        "Sabine",
        "Miriam",
        "Jana",
        "Franziska",
        "Carla",
        "Ute",
        "Svenja",
        "Leonie",
    ],
    "es": [
        "Lucía",
        "María",
        "Carmen",
        "Paula",
        "Marta",
        "Elena",
        "Nuria",
        "Alba",
        "Irene",
        "Rocío",
        "Sofía",
        "Laura",
    ],
    "pt": [
        "Ana",
        "Beatriz",
        "Inês",
        "Mariana",
        "Joana",
        "Rita",
        "Catarina",
        "Sofia",
        "Marta",
        "Teresa",
        "Filipa",
        "Leonor",
    ],
}
NAMES_M: Lines = {
    "it": [
        "Marco",
        "Luca",
        "Andrea",
        "Matteo",
        "Davide",
        "Simone",
        "Stefano",
        "Alessandro",
        "Giorgio",
        "Paolo",
        "Riccardo",
        "Lorenzo",
        "Fabio",
        "Nicola",
        "Tommaso",
        "Enrico",
    ],
    "fr": [
        "Julien",
        "Thomas",
        "Nicolas",
        "Antoine",
        "Maxime",
        "Hugo",
        "Lucas",
        "Pierre",
        "Mathieu",
        "Romain",
        "Guillaume",
        "Quentin",
        "Benoît",
        "Yann",
        "Damien",
        "Loïc",
    ],
    "en": [
        "James",
        "Oliver",
        "Harry",
        "Jack",
        "Tom",
        "Ben",
        "Sam",
        "Daniel",
        "Liam",
        "Owen",
        "Callum",
        "Rhys",
    ],
    "de": [
        "Jonas",
        "Lukas",
        "Felix",
        "Tobias",
        "Stefan",
        "Markus",
        "Florian",
        "Jan",
        "Moritz",
        "Philipp",
        "Sebastian",
        "Dirk",
    ],
    "es": [
        "Javier",
        "Pablo",
        "Sergio",
        "Daniel",
        "Álvaro",
        "Diego",
        "Iván",
        "Jorge",
        "Raúl",
        "Miguel",
        "Adrián",
        "Hugo",
    ],
    "pt": [
        "João",
        "Tiago",
        "Pedro",
        "Rui",
        "Miguel",
        "Duarte",
        "Nuno",
        "Gonçalo",
        "Ricardo",
        "André",
        "Bruno",
        "Hugo",
    ],
}
SURNAMES: Lines = {
    "it": [
        "Bianchi",
        "Ferrari",
        "Esposito",
        "Galli",
        "Marchetti",
        "Conti",
        "Barbieri",
        "Fontana",
        "Moretti",
        "Rinaldi",
        "Caruso",
        "Lombardi",
        "Sartori",
        "Pellegrini",
        "Gatti",
        "Testa",
        "Vitale",
        "Benedetti",
        "Serra",
        "Bellini",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fournier",
        "Mercier",
        "Blanc",
        "Guérin",
        "Roussel",
        "Chevalier",
        "Faure",
        "Lambert",
        "Perrin",
        "Masson",
        "Renaud",
        "Caron",
        "Gauthier",
        "Picard",
    ],
    "en": [
        "Smith",
        "Taylor",
        "Walker",
        "Hughes",
        "Evans",
        "Turner",
        "Price",
        "Carter",
        "Morgan",
        "Fletcher",
        "Doyle",
        "Reid",
    ],
    "de": [
        "Müller",
        "Schneider",
        "Becker",
        "Hoffmann",
        "Wagner",
        "Krüger",
        "Hartmann",
        "Vogel",
        "Brandt",
        "Lorenz",
        "Keller",
        "Seidel",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Ortega",
        "Molina",
        "Herrera",
        "Castro",
        "Iglesias",
        "Vidal",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Lopes",
        "Carvalho",
        "Gomes",
        "Pinto",
    ],
}
AGENTS: Lines = {
    "it": ["Giada", "Michele", "Arianna", "Pietro"],
    "fr": ["Sandrine", "Olivier", "Lucie", "Karim"],
    "en": ["Hannah", "Dev", "Fiona"],
    "de": ["Nina", "Jörg", "Aylin"],
    "es": ["Begoña", "Carlos", "Ainhoa"],
    "pt": ["Raquel", "Vasco", "Helena"],
}

# Shows per market: (artist, city, venue)
SHOWS: dict[str, list[tuple[str, str, str]]] = {
    "IT": [
        ("Marta Velluti", "Bologna", "Unipol Arena"),
        ("i Lampioni", "Milano", "Fabrique"),
        ("Coro Notturno", "Torino", "Teatro Colosseo"),
        ("Duo Scirocco", "Napoli", "Casa della Musica"),
        ("Marta Velluti", "Roma", "Auditorium"),
        ("i Lampioni", "Verona", "Teatro Romano"),
    ],
    "FR": [
        ("Les Nuits Bleues", "Lyon", "Transbordeur"),
        ("Camille Orage", "Nantes", "Stereolux"),
        ("Fanfare du Port", "Marseille", "Dôme"),
        ("Lune Rousse", "Lille", "Aéronef"),
        ("Camille Orage", "Paris", "Cigale"),
        ("Les Nuits Bleues", "Bordeaux", "Rocher de Palmer"),
    ],
    "UK": [
        ("The Harbour Lights", "Manchester", "Albert Hall"),
        ("Mabel Quinn", "Glasgow", "Barrowland"),
        ("Copper Vale", "Leeds", "Brudenell"),
        ("Mabel Quinn", "Bristol", "Marble Factory"),
    ],
    "DE": [
        ("Die Kranichband", "Hamburg", "Docks"),
        ("Lotte Sturm", "Köln", "Live Music Hall"),
        ("Nordlicht Quartett", "Leipzig", "Gewandhaus"),
        ("Lotte Sturm", "München", "Muffathalle"),
    ],
    "ES": [
        ("Orquesta Salitre", "Valencia", "Roig Arena"),
        ("Los Gatos Grises", "Madrid", "La Riviera"),
        ("Nerea Brisa", "Sevilla", "Cartuja Center"),
        ("Los Gatos Grises", "Bilbao", "Kafe Antzokia"),
    ],
    "PT": [
        ("Fado Norte", "Porto", "Coliseu"),
        ("Inês Maré", "Lisboa", "Capitólio"),
        ("Banda do Cais", "Braga", "Theatro Circo"),
        ("Fado Norte", "Coimbra", "Convento São Francisco"),
    ],
}

# (product, page, price in euros; pounds in the UK are the same number minus 10 %)
PRODUCTS: list[tuple[str, str, float]] = [
    ("Ticket standing", "/events/{slug}", 39.0),
    ("Ticket seated cat. 2 (x2)", "/events/{slug}", 118.0),
    ("Ticket seated cat. 1", "/events/{slug}", 72.5),
    ("Sipario Pass 12 months", "/pass", 49.0),
    ("Gift card 50", "/gift-cards", 50.0),
    ("Gift card 100", "/gift-cards", 100.0),
    ("Refund Guarantee add-on", "/events/{slug}", 6.9),
    ("Theatre season 4 shows", "/season", 156.0),
    ("Festival weekend pass", "/festivals/{slug}", 189.0),
]
PAGES: list[str] = [
    "/events/{slug}",
    "/my-tickets",
    "/pass",
    "/gift-cards",
    "/events/{slug}/seating",
    "/resale",
    "/season",
    "/help/entry",
]

PRAISE: Lines = {
    "it": [
        "Comprati i biglietti per {artist} a {city} in due minuti, posti scelti dalla mappa e QR subito nell'app. Finalmente una piattaforma che funziona 👏",
        "Ieri sera {artist} al {venue}, ingresso velocissimo con il QR sul telefono. Grazie @Sipario, ancora una volta tutto perfetto!",
        "terza volta che compro su Sipario quest'anno e di nuovo zero problemi. la rivendita ufficiale poi è una salvezza",
        "Con il Sipario Pass niente commissioni e la prevendita un giorno prima: preso il primo anello per {artist} 😍",
        "Devo dirlo: servizio clienti di @Sipario gentilissimo, mi hanno cambiato il nome sul biglietto in cinque minuti. Bravi!",
        "Regalato un buono Sipario a mia sorella, ha scelto lo spettacolo al {venue} e le è arrivato tutto subito. Consigliatissimo",
        "Ancora una volta app impeccabile: biglietti nel wallet, promemoria il giorno prima, pure la mappa per il parcheggio. {artist} a {city} è stato magico ✨",
        "Sempre puntuali i rimborsi con la Garanzia Rimborso, ho dovuto rinunciare per la febbre e mi hanno restituito tutto in 3 giorni. Top",
    ],
    "fr": [
        "Places pour {artist} à {city} achetées en deux minutes, plan de salle clair et billets direct dans l'appli. Enfin un site de billetterie qui marche 👏",
        "Hier soir {artist} au {venue}, entrée ultra rapide avec le QR sur le téléphone. Merci @Sipario, encore une fois nickel !",
        "troisième fois que je passe par Sipario cette année et toujours aucun souci. la revente officielle c'est top",
        "Avec le Sipario Pass pas de frais et la prévente la veille : j'ai eu la fosse pour {artist} 😍",
        "Franchement le service client @Sipario est adorable, changement de nom sur le billet fait en cinq minutes. Bravo !",
        "J'ai offert une carte cadeau Sipario à ma mère, elle a choisi sa pièce au {venue} et tout est arrivé tout de suite. Je recommande",
        "Encore une fois l'appli est parfaite : billets dans le wallet, rappel la veille, même le plan d'accès. {artist} à {city}, quelle soirée ✨",
        "Toujours aussi rapide le remboursement avec la Garantie Remboursement, j'étais malade et j'ai tout récupéré en 3 jours. Merci",
    ],
    "en": [
        "Got tickets for {artist} in {city} in about two minutes, picked seats off the map and they were in the app straight away. Ticketing that just works 👏",
        "{artist} at the {venue} last night, walked straight in with the QR on my phone. Cheers @Sipario, spot on again!",
        "third time using Sipario this year and still not a single problem. the official resale is a lifesaver",
        "Sipario Pass = no booking fees and presale a day early. Front standing for {artist} sorted 😍",
        "Have to say @Sipario support is lovely, changed the name on my ticket in five minutes. Top job",
    ],
    "de": [
        "Karten für {artist} in {city} in zwei Minuten gekauft, Plätze direkt im Saalplan gewählt, Tickets sofort in der App. So muss das 👏",
        "Gestern {artist} in der {venue}, Einlass mit dem QR-Code auf dem Handy ging blitzschnell. Danke @Sipario, wieder alles super!",
        "schon das dritte mal dieses jahr über Sipario gebucht und immer noch kein einziges problem. der offizielle weiterverkauf ist gold wert",
        "Mit dem Sipario Pass keine Gebühren und Vorverkauf einen Tag früher – Innenraum für {artist} gesichert 😍",
    ],
    "es": [
        "Entradas para {artist} en {city} compradas en dos minutos, elegí sitio en el plano y las tenía al momento en la app. Así da gusto 👏",
        "Anoche {artist} en {venue}, entramos rapidísimo con el QR del móvil. Gracias @Sipario, otra vez todo perfecto!",
        "tercera vez este año que compro en Sipario y sigo sin un solo problema. la reventa oficial es una maravilla",
        "Con el Sipario Pass sin gastos de gestión y preventa un día antes: pista para {artist} 😍",
    ],
    "pt": [
        "Bilhetes para {artist} em {city} comprados em dois minutos, escolhi os lugares no mapa e já estavam na app. Assim sim 👏",
        "Ontem {artist} no {venue}, entrada rapidíssima com o QR no telemóvel. Obrigad[[a|o]] @Sipario, mais uma vez tudo impecável!",
        "terceira vez este ano que compro na Sipario e continua sem problemas nenhuns. a revenda oficial é uma maravilha",
        "Com o Sipario Pass não pago taxas e tenho pré-venda um dia antes: plateia para {artist} 😍",
    ],
}

MENTION: Lines = {
    "it": [
        "@Sipario sempre affidabili 🙌",
        "Biglietti per {artist} presi su @Sipario, si va!!",
        "Grazie @Sipario, ingresso in 30 secondi stasera",
        "@Sipario il promemoria del giorno prima mi salva ogni volta 😅",
    ],
    "fr": [
        "@Sipario toujours au top 🙌",
        "Billets pour {artist} pris sur @Sipario, on y va !!",
        "Merci @Sipario, entrée en 30 secondes ce soir",
        "@Sipario le rappel de la veille me sauve à chaque fois 😅",
    ],
    "en": [
        "@Sipario reliable as ever 🙌",
        "Tickets for {artist} booked via @Sipario, can't wait!!",
        "Thanks @Sipario, in the door in 30 seconds tonight",
    ],
    "de": [
        "@Sipario wie immer zuverlässig 🙌",
        "Tickets für {artist} über @Sipario geholt, ich freu mich!!",
        "Danke @Sipario, heute in 30 Sekunden drin",
    ],
    "es": [
        "@Sipario siempre cumplen 🙌",
        "Entradas para {artist} pilladas en @Sipario, vamos!!",
        "Gracias @Sipario, entramos en 30 segundos esta noche",
    ],
    "pt": [
        "@Sipario sempre impecáveis 🙌",
        "Bilhetes para {artist} comprados na @Sipario, bora!!",
        "Obrigad[[a|o]] @Sipario, entrei em 30 segundos hoje",
    ],
}

GRIPE_PRAISE: Lines = {
    "it": [
        "Concerto di {artist} stupendo e ingresso veloce. Unico appunto: l'app ogni tanto mi scollega e devo rifare il login. Per il resto 10 e lode",
        "Tutto ok col biglietto per il {venue}, anche se la mappa dei posti sul telefono è un po' minuscola. Comunque consigliato",
        "Servizio ottimo, solo la musica d'attesa al telefono è tremenda 😂 ma mi hanno risolto tutto",
    ],
    "fr": [
        "Concert de {artist} génial et entrée rapide. Seul bémol : l'appli me déconnecte de temps en temps. Sinon 10/10",
        "Rien à redire pour le billet au {venue}, même si le plan de salle sur mobile est un peu petit. Je recommande quand même",
        "Service au top, juste la musique d'attente au téléphone qui est insupportable 😂 mais tout a été réglé",
    ],
    "en": [
        "Brilliant gig and quick entry. Only thing: the app logs me out now and then. Otherwise 10/10",
        "All good with the {venue} tickets, the seat map is a bit tiny on a phone though. Still recommend",
    ],
    "de": [
        "Tolles Konzert, schneller Einlass. Einziges Manko: die App meldet mich ab und zu ab. Sonst top",
        "Alles bestens mit den Tickets, nur der Saalplan ist am Handy recht winzig. Trotzdem empfehlenswert",
    ],
    "es": [
        "Conciertazo y entrada rápida. Solo una pega: la app me cierra la sesión a veces. Por lo demás 10",
        "Todo bien con las entradas, aunque el plano en el móvil se ve pequeñito. Aun así lo recomiendo",
    ],
    "pt": [
        "Concerto incrível e entrada rápida. Só um senão: a app às vezes termina a sessão sozinha. De resto 10",
        "Tudo certo com os bilhetes, só o mapa de lugares no telemóvel é pequenino. Mesmo assim recomendo",
    ],
}

NIGHT: Lines = {
    "it": [
        "sono le 2 e ho appena preso i biglietti per {artist} in prevendita, coda virtuale filata liscia 🦉 grazie @Sipario",
        "Insonnia produttiva: comprato il buono regalo Sipario per il compleanno di domani, arrivato subito via mail 😴",
        "a mezzanotte e un minuto ero già in coda e alle 00:04 avevo i biglietti. ancora una volta, chapeau @Sipario",
    ],
    "fr": [
        "il est 2h et je viens d'avoir mes places pour {artist} en prévente, file d'attente nickel 🦉 merci @Sipario",
        "Insomnie productive : carte cadeau Sipario achetée pour l'anniv de demain, reçue direct par mail 😴",
        "à minuit une j'étais dans la file, à 00h04 j'avais mes billets. encore une fois bravo @Sipario",
    ],
    "en": [
        "2am and just bagged {artist} presale tickets, queue was painless 🦉 ta @Sipario",
        "can't sleep so bought a Sipario gift card for tomorrow's birthday, landed in my inbox instantly 😴",
    ],
    "de": [
        "2 Uhr nachts und gerade Vorverkaufstickets für {artist} bekommen, Warteschlange lief sauber 🦉 danke @Sipario",
        "kann nicht schlafen, also Sipario-Gutschein für den Geburtstag morgen gekauft, sofort per Mail da 😴",
    ],
    "es": [
        "son las 2 y acabo de pillar entradas de {artist} en preventa, la cola virtual fue como la seda 🦉 gracias @Sipario",
        "insomnio productivo: tarjeta regalo de Sipario para el cumple de mañana, me llegó al instante 😴",
    ],
    "pt": [
        "são 2 da manhã e acabei de comprar bilhetes para {artist} na pré-venda, fila virtual sem stress 🦉 obrigad[[a|o]] @Sipario",
        "insónia produtiva: cartão oferta Sipario para o aniversário de amanhã, chegou logo por email 😴",
    ],
}

# (question, agent answer); the customer thanks afterwards.
QA: Pairs = {
    "it": [
        (
            "Ciao! Posso intestare uno dei due biglietti per {artist} a mia madre? Va lei al posto mio",
            "Ciao! Certo: in Biglietti > Cambia nominativo lo fai gratis fino a 48 ore prima. Buon concerto! {agent}",
        ),
        (
            "Buongiorno, al {venue} si può entrare con il QR sullo smartwatch o serve il telefono?",
            "Buongiorno! Va benissimo anche lo smartwatch, basta aggiungere il biglietto al wallet. {agent}",
        ),
        (
            "Se compro il Sipario Pass adesso vale già per la prevendita di venerdì?",
            "Sì, il Pass è attivo subito e vale per tutte le prevendite da oggi. {agent}",
        ),
        (
            "Salve, il buono regalo da 50 euro scade? Vorrei usarlo a Natale",
            "Salve! I buoni valgono 24 mesi dall'acquisto, quindi nessun problema per Natale. {agent}",
        ),
        (
            "C'è un'accessibilità per sedia a rotelle al {venue}? Dovrei prenotare per mio padre",
            "Sì, ci sono posti dedicati con accompagnatore gratuito: li trova filtrando 'accessibile' nella mappa. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour ! Je peux mettre un des deux billets pour {artist} au nom de ma sœur ? Elle y va à ma place",
            "Bonjour ! Oui : Billets > Changer le nom, gratuit jusqu'à 48 h avant. Bon concert ! {agent}",
        ),
        (
            "Bonsoir, au {venue} on peut entrer avec le QR sur la montre ou il faut le téléphone ?",
            "Bonsoir ! La montre suffit, il faut juste ajouter le billet au wallet. {agent}",
        ),
        (
            "Si je prends le Sipario Pass maintenant, il marche déjà pour la prévente de vendredi ?",
            "Oui, le Pass est actif tout de suite et vaut pour toutes les préventes dès aujourd'hui. {agent}",
        ),
        (
            "Bonjour, la carte cadeau de 50 € a une date limite ? C'est pour Noël",
            "Bonjour ! Les cartes sont valables 24 mois, aucun souci pour Noël. {agent}",
        ),
        (
            "Est-ce qu'il y a des places PMR au {venue} ? C'est pour mon père",
            "Oui, des places dédiées avec accompagnateur gratuit : filtre « accessible » sur le plan. {agent}",
        ),
    ],
    "en": [
        (
            "Hi! Can I put one of my two {artist} tickets in my mum's name? She's going instead of me",
            "Hi! Yes, Tickets > Change name, free up to 48 hours before. Enjoy the show! {agent}",
        ),
        (
            "Can I get in at the {venue} with the QR on my watch or do I need the phone?",
            "The watch is fine, just add the ticket to your wallet. {agent}",
        ),
        (
            "If I buy the Sipario Pass now does it work for Friday's presale?",
            "Yes, the Pass is active straight away for every presale from today. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo! Kann ich eins der zwei Tickets für {artist} auf meine Schwester umschreiben? Sie geht statt mir",
            "Hallo! Ja, unter Tickets > Name ändern, kostenlos bis 48 Stunden vorher. Viel Spaß! {agent}",
        ),
        (
            "Komme ich in der {venue} mit dem QR-Code auf der Uhr rein oder brauche ich das Handy?",
            "Die Uhr reicht, einfach das Ticket ins Wallet legen. {agent}",
        ),
        (
            "Gilt der Sipario Pass sofort, also schon für den Vorverkauf am Freitag?",
            "Ja, der Pass gilt ab sofort für alle Vorverkäufe. {agent}",
        ),
    ],
    "es": [
        (
            "Hola! Puedo poner una de las dos entradas de {artist} a nombre de mi hermana? Va ella en mi lugar",
            "Hola! Sí, en Entradas > Cambiar titular, gratis hasta 48 h antes. Que disfrutéis! {agent}",
        ),
        (
            "En {venue} se puede entrar con el QR en el reloj o hace falta el móvil?",
            "Con el reloj vale, solo añade la entrada al wallet. {agent}",
        ),
        (
            "Si me hago el Sipario Pass ahora, me vale ya para la preventa del viernes?",
            "Sí, el Pass se activa al momento para todas las preventas. {agent}",
        ),
    ],
    "pt": [
        (
            "Olá! Posso pôr um dos dois bilhetes de {artist} em nome da minha irmã? Vai ela no meu lugar",
            "Olá! Sim, em Bilhetes > Alterar titular, grátis até 48 h antes. Bom concerto! {agent}",
        ),
        (
            "No {venue} posso entrar com o QR no relógio ou preciso do telemóvel?",
            "O relógio chega, basta adicionar o bilhete à wallet. {agent}",
        ),
        (
            "Se fizer o Sipario Pass agora já dá para a pré-venda de sexta?",
            "Sim, o Pass fica ativo de imediato para todas as pré-vendas. {agent}",
        ),
    ],
}
NIGHT_QA: Pairs = {
    "it": [
        (
            "scusate l'ora, ma la prevendita di {artist} apre alle 10 ora italiana o alle 10 di Londra?",
            "Nessun problema! Alle 10:00 ora italiana. Il Pass le dà accesso dalle 9:00. {agent}",
        )
    ],
    "fr": [
        (
            "désolé[[e|]] pour l'heure, la prévente de {artist} ouvre à 10h heure de Paris ?",
            "Pas de souci ! Oui, 10h00 heure de Paris, et 9h00 avec le Pass. {agent}",
        )
    ],
    "en": [
        (
            "sorry it's late, does the {artist} presale open at 10 UK time?",
            "No worries! Yes, 10:00 UK time, 9:00 with the Pass. {agent}",
        )
    ],
    "de": [
        (
            "sorry für die Uhrzeit, startet der Vorverkauf für {artist} um 10 Uhr deutscher Zeit?",
            "Kein Problem! Ja, 10:00 Uhr, mit dem Pass schon um 9:00. {agent}",
        )
    ],
    "es": [
        (
            "perdón por la hora, la preventa de {artist} abre a las 10 hora peninsular?",
            "Sin problema! Sí, a las 10:00, y a las 9:00 con el Pass. {agent}",
        )
    ],
    "pt": [
        (
            "desculpem a hora, a pré-venda de {artist} abre às 10h de Lisboa?",
            "Sem problema! Sim, às 10h00, e às 9h00 com o Pass. {agent}",
        )
    ],
}
THANKS: Lines = {
    "it": [
        "Perfetto, grazie mille!",
        "grazie, gentilissimi 🙏",
        "Ottimo, grazie!!",
        "ah bene, grazie della risposta veloce",
        "super, grazie {agent}",
    ],
    "fr": [
        "Parfait, merci beaucoup !",
        "merci, super sympa 🙏",
        "Top, merci !!",
        "ah génial, merci pour la réponse rapide",
        "nickel, merci {agent}",
    ],
    "en": ["Perfect, thanks so much!", "cheers, that's great 🙏", "Brilliant, thank you!!"],
    "de": ["Perfekt, vielen Dank!", "danke, sehr nett 🙏", "Super, danke!!"],
    "es": ["Perfecto, muchas gracias!", "gracias, sois unos cracks 🙏", "Genial, gracias!!"],
    "pt": ["Perfeito, muito obrigad[[a|o]]!", "obg, impecáveis 🙏", "Ótimo, obrigad[[a|o]]!!"],
}
PHONE_Q: Lines = {
    "it": [
        "pronto buongiorno volevo sapere se il biglietto per {artist} lo posso stampare oppure basta il telefono ah basta il telefono perfetto grazie mille",
        "sì buonasera chiamo perché vorrei regalare il sipario pass a mio figlio si può fare come regalo ah ok benissimo grazie",
    ],
    "fr": [
        "oui bonjour euh je voulais savoir si je dois imprimer le billet pour {artist} ou si le téléphone suffit ah le téléphone suffit parfait merci",
        "allô bonsoir j'appelle parce que je voudrais offrir le sipario pass à mon fils c'est possible en cadeau d'accord super merci beaucoup",
    ],
    "en": [
        "hiya hello just wondering if i need to print the {artist} ticket or is the phone fine oh the phone's fine lovely thanks"
    ],
    "de": [
        "äh hallo guten tag ich wollte fragen ob ich das ticket für {artist} ausdrucken muss oder reicht das handy ah das reicht super danke"
    ],
    "es": [
        "sí hola mire quería saber si tengo que imprimir la entrada de {artist} o vale con el móvil ah vale con el móvil perfecto gracias"
    ],
    "pt": [
        "pois olhe bom dia queria saber se tenho de imprimir o bilhete para {artist} ou basta o telemóvel ah basta o telemóvel ótimo obrigad[[a|o]]"
    ],
}
REVIEW: Lines = {
    "it": [
        "Acquisto semplice, QR arrivato subito, ingresso senza intoppi. Cinque stelle meritate.",
        "Uso Sipario da due anni: prezzi chiari, nessuna sorpresa al checkout. Consiglio.",
        "App chiara, rivendita ufficiale comodissima. Ottimo servizio.",
    ],
    "fr": [
        "Achat simple, QR reçu tout de suite, entrée sans accroc. Cinq étoiles méritées.",
        "J'utilise Sipario depuis deux ans : prix clairs, pas de mauvaise surprise au paiement. Je recommande.",
        "Appli claire, revente officielle très pratique. Super service.",
    ],
    "en": [
        "Easy to buy, QR arrived straight away, no faff at the door. Five stars.",
        "Been using Sipario for two years: clear prices, no nasty surprises at checkout.",
    ],
    "de": [
        "Einfach gekauft, QR-Code sofort da, Einlass ohne Probleme. Verdiente fünf Sterne.",
        "Nutze Sipario seit zwei Jahren: klare Preise, keine Überraschungen an der Kasse.",
    ],
    "es": [
        "Compra fácil, QR al instante, entrada sin problemas. Cinco estrellas.",
        "Uso Sipario desde hace dos años: precios claros y sin sorpresas al pagar.",
    ],
    "pt": [
        "Compra simples, QR na hora, entrada sem complicações. Cinco estrelas.",
        "Uso a Sipario há dois anos: preços claros e sem surpresas no pagamento.",
    ],
}
SURVEY_WORDS: Lines = {
    "it": ["Tutto perfetto", "veloce e chiaro", "👍", "Bravi!", "ottimo come sempre", ""],
    "fr": ["Parfait", "rapide et clair", "👍", "Bravo !", "top comme d'hab", ""],
    "en": ["Spot on", "quick and easy", "👍", "great as always", ""],
    "de": ["Alles top", "schnell und einfach", "👍", "wie immer super", ""],
    "es": ["Todo perfecto", "rápido y fácil", "👍", "genial como siempre", ""],
    "pt": ["Tudo perfeito", "rápido e simples", "👍", "ótimo como sempre", ""],
}
