# ruff: noqa: E501
"""Hand-written wording for heldout37's happy acts (Movetta: vans and movers booked by app).

French and Italian first (most variants), then German, English, Spanish and Portuguese.
``[[fem|masc]]`` agrees with the writer; ``{brand}`` is "@Movetta" in social and community
posts and "Movetta" elsewhere; ``{agent}`` is the agent's first name.
"""

from __future__ import annotations

FIRST_F: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Inès",
        "Sarah",
        "Julie",
        "Émilie",
        "Margaux",
        "Nathalie",
        "Sandrine",
        "Aurélie",
        "Océane",
        "Lucie",
        "Pauline",
        "Élodie",
        "Anaïs",
        "Claire",
        "Hélène",
        "Mathilde",
        "Justine",
        "Coralie",
        "Yasmine",
        "Amandine",
        "Delphine",
        "Salomé",
        "Gaëlle",
        "Morgane",
    ],
    "it": [
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Martina",
        "Valentina",
        "Alessia",
        "Federica",
        "Elisa",
        "Silvia",
        "Laura",
        "Giorgia",
        "Serena",
        "Roberta",
        "Ilaria",
        "Paola",
        "Beatrice",
        "Anna",
        "Marta",
        "Veronica",
        "Noemi",
        "Caterina",
        "Arianna",
        "Debora",
        "Lucrezia",
        "Rosaria",
        "Cinzia",
    ],
    "de": [
        "Anna",
        "Lena",
        "Julia",
        "Katharina",
        "Sabine",
        "Jana",
        "Miriam",
        "Carina",
        "Nadine",
        "Svenja",
        "Ursula",
        "Theresa",
        "Franziska",
    ],
    "en": [
        "Sarah",
        "Emma",
        "Aoife",
        "Niamh",
        "Chloe",
        "Hannah",
        "Rachel",
        "Megan",
        "Siobhan",
        "Laura",
        "Gemma",
        "Orla",
    ],
    "es": [
        "Lucía",
        "Marta",
        "Paula",
        "Nerea",
        "Carmen",
        "Ainhoa",
        "Elena",
        "Irene",
        "Alba",
        "Rocío",
        "Itziar",
    ],
    "pt": [
        "Inês",
        "Beatriz",
        "Mariana",
        "Catarina",
        "Joana",
        "Ana",
        "Rita",
        "Sofia",
        "Carolina",
        "Leonor",
    ],
}
FIRST_M: dict[str, list[str]] = {
    "fr": [
        "Thomas",
        "Nicolas",
        "Julien",
        "Maxime",
        "Antoine",
        "Kevin",
        "Romain",
        "Mehdi",
        "Florian",
        "Guillaume",
        "Sébastien",
        "Yanis",
        "Baptiste",
        "Quentin",
        "Damien",
        "Loïc",
        "Arnaud",
        "Hugo",
        "Bruno",
        "Cédric",
        "Jérôme",
        "Karim",
        "Olivier",
        "Benoît",
        "Théo",
        "Adrien",
        "Rémi",
        "Samir",
    ],
    "it": [
        "Marco",
        "Luca",
        "Alessandro",
        "Andrea",
        "Matteo",
        "Davide",
        "Simone",
        "Francesco",
        "Lorenzo",
        "Stefano",
        "Giuseppe",
        "Riccardo",
        "Fabio",
        "Daniele",
        "Emanuele",
        "Paolo",
        "Gabriele",
        "Nicola",
        "Tommaso",
        "Salvatore",
        "Mattia",
        "Pietro",
        "Vincenzo",
        "Michele",
        "Enrico",
        "Gianluca",
        "Alberto",
    ],
    "de": [
        "Jonas",
        "Lukas",
        "Stefan",
        "Florian",
        "Tobias",
        "Markus",
        "Matthias",
        "Dominik",
        "Sven",
        "Patrick",
        "Reto",
        "Felix",
        "Bernhard",
    ],
    "en": [
        "James",
        "Conor",
        "Oliver",
        "Daniel",
        "Ciarán",
        "Tom",
        "Ryan",
        "Sean",
        "Jack",
        "Liam",
        "Callum",
        "Darragh",
    ],
    "es": [
        "Javier",
        "Sergio",
        "Pablo",
        "Iker",
        "Álvaro",
        "Adrián",
        "Rubén",
        "Diego",
        "Jorge",
        "Unai",
        "Raúl",
    ],
    "pt": [
        "João",
        "Tiago",
        "Rui",
        "Miguel",
        "Pedro",
        "Diogo",
        "André",
        "Nuno",
        "Ricardo",
        "Gonçalo",
    ],
}
SURNAMES: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Blanc",
        "Guérin",
        "Boyer",
        "Garnier",
        "Chevalier",
        "Faure",
        "Lambert",
        "Bonnet",
        "Roux",
        "Vincent",
        "Leroy",
        "Gauthier",
        "Perrin",
        "Morel",
        "Masson",
        "Marchand",
        "Dupuis",
        "Renard",
        "Brun",
        "Picard",
        "Lemaire",
        "Benali",
        "Haddad",
        "Nguyen",
        "Peeters",
        "Janssens",
        "Rochat",
        "Favre",
        "Baudry",
        "Collet",
        "Tessier",
        "Aubert",
        "Charpentier",
        "Maillard",
        "Jacquet",
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
        "Gallo",
        "Conti",
        "De Luca",
        "Costa",
        "Giordano",
        "Mancini",
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
        "Martinelli",
        "Vitale",
        "Bernasconi",
        "Pedrazzini",
        "Cattaneo",
        "Sala",
        "Villa",
        "D'Angelo",
        "Pellegrino",
        "Orlando",
        "Palumbo",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Huber",
        "Gruber",
        "Steiner",
        "Brunner",
        "Keller",
        "Meier",
        "Lehner",
        "Wolf",
    ],
    "en": [
        "Smith",
        "Walsh",
        "Murphy",
        "O'Brien",
        "Kelly",
        "Taylor",
        "Brown",
        "Wilson",
        "Byrne",
        "Evans",
        "Clarke",
        "Hughes",
        "Doyle",
        "McCarthy",
        "Patel",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Fernández",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Etxeberria",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Lopes",
        "Marques",
        "Almeida",
        "Carvalho",
    ],
}
TOWNS: dict[str, list[str]] = {
    "FR": [
        "Lyon",
        "Lille",
        "Nantes",
        "Bordeaux",
        "Toulouse",
        "Montpellier",
        "Rennes",
        "Grenoble",
        "Strasbourg",
        "Marseille",
        "Paris",
        "Villeurbanne",
        "Angers",
        "Tours",
        "Dijon",
        "Clermont-Ferrand",
        "Nancy",
        "Rouen",
    ],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Louvain-la-Neuve", "Ixelles"],
    "CH-fr": ["Lausanne", "Genève", "Fribourg", "Neuchâtel", "Sion", "Yverdon-les-Bains"],
    "CH-it": ["Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso"],
    "CH-de": ["Zürich", "Bern", "Basel", "Luzern", "Winterthur"],
    "IT": [
        "Milano",
        "Torino",
        "Bologna",
        "Roma",
        "Napoli",
        "Firenze",
        "Padova",
        "Verona",
        "Bergamo",
        "Bari",
        "Genova",
        "Trieste",
        "Parma",
        "Brescia",
        "Modena",
        "Palermo",
        "Pisa",
        "Monza",
    ],
    "DE": [
        "Berlin",
        "Hamburg",
        "Köln",
        "Leipzig",
        "München",
        "Frankfurt am Main",
        "Dresden",
        "Freiburg",
    ],
    "AT": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"],
    "UK": ["Manchester", "Leeds", "Bristol", "Glasgow", "London", "Birmingham", "Sheffield"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal"],
}
JOBS: dict[str, list[str]] = {
    "fr": [
        "[[infirmière|infirmier]] de nuit au CHU",
        "prof de maths en collège",
        "[[étudiante|étudiant]] en master de droit",
        "boulang[[ère|er]], levé[[e|]] à 3h",
        "[[aide-soignante|aide-soignant]] en EHPAD",
        "[[développeuse|développeur]] en télétravail",
        "[[commerciale|commercial]] itinérant[[e|]]",
        "[[maman|papa]] de jumeaux",
        "[[cheffe|chef]] de rayon en grande surface",
        "[[kiné|kiné]] en libéral",
        "[[interne|interne]] en pédiatrie",
        "[[retraitée|retraité]] de la SNCF",
        "[[graphiste|graphiste]] freelance",
        "[[conductrice|conducteur]] de bus",
        "[[comptable|comptable]] dans une PME",
    ],
    "it": [
        "[[infermiera|infermiere]] turnista al Policlinico",
        "[[insegnante|insegnante]] di scuola media",
        "[[studentessa|studente]] fuori sede a ingegneria",
        "[[barista|barista]] che apre alle 6",
        "[[operatrice|operatore]] socio-sanitari[[a|o]] in RSA",
        "[[programmatrice|programmatore]] in smart working",
        "[[agente|agente]] di commercio sempre in giro",
        "[[mamma|papà]] di tre bambini",
        "[[commessa|commesso]] in un centro commerciale",
        "[[fisioterapista|fisioterapista]]",
        "[[specializzanda|specializzando]] in cardiologia",
        "[[pensionata|pensionato]] delle Poste",
        "[[architetta|architetto]] freelance",
        "[[autista|autista]] di autobus",
        "[[impiegata|impiegato]] in banca",
    ],
    "de": [
        "Krankenpfleger[[in|]] im Nachtdienst",
        "Lehrer[[in|]] an einer Gesamtschule",
        "Student[[in|]] im Master",
        "Bäcker[[in|]] mit Frühschicht",
        "Software-Entwickler[[in|]] im Homeoffice",
    ],
    "en": [
        "a night-shift nurse",
        "a secondary school teacher",
        "a PhD student",
        "a baker on the early shift",
        "a software developer working from home",
    ],
    "es": [
        "enfermer[[a|o]] de noche",
        "profe de instituto",
        "estudiante de máster",
        "panader[[a|o]] de madrugada",
        "programador[[a|]] en remoto",
    ],
    "pt": [
        "enfermeir[[a|o]] por turnos",
        "professor[[a|]] do secundário",
        "estudante de mestrado",
        "padeir[[a|o]] de madrugada",
        "programador[[a|]] em teletrabalho",
    ],
}
AGENTS: dict[str, list[str]] = {
    "fr": ["Aurélie", "Karim", "Sophie", "Yann", "Lina"],
    "it": ["Giada", "Stefano", "Marta", "Ivan", "Chiara"],
    "de": ["Jana", "Moritz", "Petra"],
    "en": ["Ellie", "Declan", "Priya"],
    "es": ["Lorena", "Álex", "Maite"],
    "pt": ["Sónia", "Hugo", "Filipa"],
}

# Praise posts (social and community).
PRAISE: dict[str, list[str]] = {
    "fr": [
        "Déménagement bouclé en 3h30 avec {brand}, deux gars au top, le frigo descendu du 4e sans ascenseur sans une rayure. Je vous dois une bière les gars 🍺",
        "Franchement {brand} c'est nickel. Réservé mardi soir, camion là jeudi 8h pile, et ils ont même remonté le lit de la petite",
        "Merci {brand} !! J'avais trouvé un buffet sur leboncoin à 40 km, ils me l'ont ramené le jour même. Ma mère n'en revient pas",
        "Petit mot pour l'équipe {brand} de Lyon : Mehdi et Jordan, patients, drôles, et ils ont protégé le parquet. Chapeau",
        "Je stressais depuis 3 semaines pour ce déménagement et en fait ça s'est fait tout seul. {brand} vous êtes des chefs 👏",
        "les cartons livrés la veille, le scotch en plus sans que je demande, et le devis respecté au centime. rare. merci {brand}",
    ],
    "it": [
        "Trasloco fatto in mezza giornata con {brand}, due ragazzi gentilissimi, il divano passato dal balcone senza un graffio. Top 👌",
        "Devo dirlo: {brand} spettacolo. Prenotato domenica sera, furgone sotto casa lunedì alle 8 in punto e hanno pure rimontato l'armadio",
        "Grazie {brand}! Avevo comprato una credenza su Subito a Monza, me l'hanno portata a Milano il giorno stesso. Mia nonna è commossa",
        "Un saluto ai ragazzi di {brand} a Bologna, precisi e simpatici, hanno coperto tutto il parquet prima di entrare. Bravi davvero",
        "ero in ansia da settimane per il trasloco e invece è filato tutto liscio. {brand} siete dei grandi 🙏",
        "scatoloni arrivati il giorno prima, nastro adesivo extra senza chiedere niente e preventivo rispettato al centesimo. grazie {brand}",
    ],
    "de": [
        "Umzug mit {brand} in knapp 4 Stunden erledigt, zwei super nette Jungs, die Waschmaschine aus dem 3. Stock ohne Aufzug. Danke!",
        "Kann {brand} nur empfehlen. Dienstag gebucht, Donnerstag um 8 stand der Transporter da, Bett wurde sogar wieder aufgebaut",
    ],
    "en": [
        "Moved flat with {brand} today, two lads, three hours, not a scratch on anything and they carried the sofa up four flights. Legends",
        "Cheers {brand}, booked Tuesday night, van outside at 8 sharp Thursday. Sorted",
    ],
    "es": [
        "Mudanza hecha con {brand} en una mañana, dos chavales majísimos, la lavadora bajada de un cuarto sin ascensor. Gracias!!",
        "Reservé el martes por la noche y el jueves a las 8 tenía la furgo en la puerta. {brand} un crack",
    ],
    "pt": [
        "Mudança feita com a {brand} numa manhã, dois rapazes impecáveis, o sofá desceu pela varanda sem um risco. Obrigada!",
        "Reservei na terça à noite e na quinta às 8 estava a carrinha à porta. Muito fixe {brand}",
    ],
}
AGAIN_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Troisième déménagement avec {brand} et troisième fois qu'ils arrivent en avance. Je commence à croire que c'est fait exprès 😄",
        "Encore une fois {brand} au rendez-vous, deuxième fois cette année (oui, je déménage trop) et toujours aussi soigneux",
        "toujours la même équipe pour mes meubles chinés et toujours le même sourire. merci encore {brand}",
    ],
    "it": [
        "Terzo trasloco con {brand} e terza volta che arrivano in anticipo. Ormai è una tradizione 😄",
        "Di nuovo {brand}, seconda volta quest'anno (sì, cambio casa troppo spesso) e sempre attentissimi",
        "ancora una volta la stessa squadra per i mobili del mercatino, ancora una volta tutto perfetto. grazie {brand}",
    ],
    "de": [
        "Zum dritten Mal mit {brand} umgezogen und zum dritten Mal vor der Zeit fertig. Langsam wird's unheimlich 😄"
    ],
    "en": [
        "Third move with {brand} and third time they've turned up early. Starting to think it's on purpose"
    ],
    "es": [
        "Tercera mudanza con {brand} y tercera vez que llegan antes de la hora. Ya es costumbre 😄"
    ],
    "pt": ["Terceira mudança com a {brand} e terceira vez que chegam adiantados. Já é tradição 😄"],
}
PRAISE_GRIPE: dict[str, list[str]] = {
    "fr": [
        "Super équipe {brand}, rien à dire sur le déménagement. Seul bémol : le créneau de 4h pour l'arrivée, j'ai poireauté à la fenêtre toute la matinée",
        "Très bon service {brand}. Par contre l'appli qui me demande de noter les déménageurs alors qu'ils sont encore dans l'escalier avec mon canapé... 😅",
        "Tout s'est bien passé avec {brand}, juste la notif à 6h45 un samedi pour me rappeler le rdv de 9h, c'était pas nécessaire",
    ],
    "it": [
        "Squadra {brand} bravissima, niente da dire. Unico neo: la finestra di 4 ore per l'arrivo, sono stat[[a|o]] alla finestra tutta la mattina",
        "Ottimo servizio {brand}. Però l'app che mi chiede di dare le stelline mentre stanno ancora portando su il divano... 😅",
        "Tutto bene con {brand}, solo la notifica alle 6:45 di sabato per ricordarmi l'appuntamento delle 9 anche no",
    ],
    "de": [
        "Top Team von {brand}, nur das 4-Stunden-Zeitfenster für die Ankunft nervt, stand den ganzen Vormittag am Fenster"
    ],
    "en": [
        "Great crew from {brand}, only gripe is the four-hour arrival window, spent the whole morning at the window"
    ],
    "es": [
        "Muy bien {brand}, solo una pega: la franja de 4 horas para la llegada, me pasé la mañana asomad[[a|o]] a la ventana"
    ],
    "pt": [
        "Equipa {brand} impecável, só um senão: a janela de 4 horas para a chegada, passei a manhã à janela"
    ],
}
# (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "bonjour, est ce que les gars peuvent démonter une armoire ikea pax ou je dois le faire avant ?",
            "Bonjour ! Oui, le démontage et remontage est inclus si vous cochez l'option Montage dans la réservation, comptez 30 min par armoire. Je peux l'ajouter pour vous si vous voulez.",
        ),
        (
            "Bonjour, on peut ajouter un arrêt en route ? Je récupère un bureau chez ma sœur",
            "Bonjour, oui tout à fait : dans votre réservation, « Ajouter un arrêt », c'est 9 € l'arrêt dans la même ville. Bon déménagement !",
        ),
        (
            "salut, c'est possible de payer en 3 fois ?",
            "Bonjour ! Oui, à partir de 150 € vous pouvez payer en trois fois sans frais, le choix s'affiche à l'étape paiement.",
        ),
        (
            "Bonjour, les cartons on doit les rendre ou on les garde ?",
            "Bonjour ! Les cartons achetés sont à vous. Les cartons en location sont récupérés gratuitement sous 30 jours, il suffit de choisir un créneau dans l'appli.",
        ),
        (
            "Hello, le camion de 12m3 ça suffit pour un T2 ?",
            "Bonjour, pour un T2 meublé on conseille plutôt le 20 m³, le 12 m³ convient à un studio. Je vous mets le lien pour comparer ?",
        ),
    ],
    "it": [
        (
            "buongiorno, i ragazzi possono smontare un armadio pax o devo farlo io prima?",
            "Buongiorno! Sì, smontaggio e rimontaggio sono inclusi se scegli l'opzione Montaggio nella prenotazione, circa 30 minuti ad armadio. Vuoi che la aggiunga io?",
        ),
        (
            "Salve, si può aggiungere una fermata? Devo passare da mia sorella a prendere una scrivania",
            "Salve, certo: nella prenotazione tocca «Aggiungi fermata», sono 9 € a fermata nella stessa città. Buon trasloco!",
        ),
        (
            "ciao, si può pagare in 3 rate?",
            "Ciao! Sì, sopra i 150 € puoi pagare in tre rate senza interessi, lo vedi al momento del pagamento.",
        ),
        (
            "Buongiorno, gli scatoloni vanno restituiti?",
            "Buongiorno! Quelli acquistati restano a te. Quelli a noleggio li ritiriamo gratis entro 30 giorni, basta scegliere una fascia oraria nell'app.",
        ),
        (
            "ciao il furgone da 12 metri cubi basta per un bilocale?",
            "Ciao, per un bilocale arredato consigliamo il 20 m³, il 12 va bene per un monolocale. Ti mando il link per confrontarli?",
        ),
    ],
    "de": [
        (
            "hallo, können die Jungs einen Pax-Schrank abbauen oder muss ich das vorher machen?",
            "Hallo! Ja, Ab- und Aufbau ist dabei, wenn Sie bei der Buchung die Option Montage wählen, etwa 30 Minuten pro Schrank.",
        ),
        (
            "Hallo, kann man einen Zwischenstopp einbauen?",
            "Hallo, ja: in der Buchung auf „Stopp hinzufügen“, 9 € pro Stopp in derselben Stadt.",
        ),
    ],
    "en": [
        (
            "hi can the lads take apart a wardrobe or do I need to do that before",
            "Hi! Yes, taking apart and putting back together is included if you tick Assembly when booking, about 30 minutes a wardrobe.",
        ),
        (
            "Hi, can I add a stop on the way? Picking up a desk from my sister's",
            "Hi, yes: in your booking tap 'Add a stop', it's £8 a stop in the same town.",
        ),
    ],
    "es": [
        (
            "hola, los chicos pueden desmontar un armario o lo tengo que hacer yo antes?",
            "¡Hola! Sí, el desmontaje y montaje va incluido si marcas la opción Montaje al reservar, unos 30 minutos por armario.",
        ),
        (
            "Hola, se puede añadir una parada? Paso a por un escritorio a casa de mi hermana",
            "Hola, sí: en la reserva, «Añadir parada», son 9 € por parada en la misma ciudad.",
        ),
    ],
    "pt": [
        (
            "olá, os rapazes desmontam um roupeiro ou tenho de ser eu?",
            "Olá! Sim, a desmontagem e montagem estão incluídas se escolher a opção Montagem na reserva, cerca de 30 minutos por roupeiro.",
        ),
        (
            "Boa tarde, dá para acrescentar uma paragem pelo caminho?",
            "Boa tarde, sim: na reserva toque em «Adicionar paragem», são 9 € por paragem na mesma cidade.",
        ),
    ],
}
# (subject, question, agent's answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Question Pass annuel",
            "Bonjour,\n\nJ'ai pris le Pass en mars, est-ce que les 4 petits transports se reportent sur l'année suivante si je ne les utilise pas ?\n\nMerci d'avance,\n{first}",
            "Bonjour {first},\n\nLes transports non utilisés ne se reportent pas, mais si vous renouvelez le Pass nous en ajoutons un cinquième l'année suivante.\n\nBelle journée,\n{agent} – Movetta",
        ),
        (
            "Attestation pour mon employeur",
            "Bonjour, mon employeur prend en charge une partie du déménagement (mutation), est-ce que vous pouvez me faire une facture à mon nom avec le détail ? Bonne journée",
            "Bonjour {first},\n\nBien sûr : la facture détaillée est dans l'appli, onglet Mes réservations > Facture. Je vous l'ai aussi envoyée en pièce jointe.\n\nCordialement,\n{agent} – Movetta",
        ),
        (
            "Piano droit",
            "Bonjour,\nvous déménagez les pianos droits ? c'est un vieux Pleyel de ma grand-mère, 3e étage avec ascenseur étroit.\nMerci",
            "Bonjour {first},\n\nOui, avec l'option Objets lourds (deux déménageurs en plus et les sangles). Pour un ascenseur étroit, l'équipe passe par l'escalier. Le prix s'affiche dans l'appli.\n\n{agent} – Movetta",
        ),
    ],
    "it": [
        (
            "Domanda sul Pass annuale",
            "Buongiorno,\n\nho il Pass da marzo, i 4 piccoli trasporti si possono usare anche l'anno dopo se non li uso?\n\nGrazie,\n{first}",
            "Buongiorno {first},\n\ni trasporti non usati non passano all'anno dopo, però se rinnovi il Pass te ne aggiungiamo un quinto.\n\nBuona giornata,\n{agent} – Movetta",
        ),
        (
            "Fattura per il datore di lavoro",
            "Salve, la mia azienda mi rimborsa una parte del trasloco (trasferimento), mi potete fare una fattura intestata a me con il dettaglio? Grazie mille",
            "Salve {first},\n\ncerto: la fattura dettagliata è nell'app, in Le mie prenotazioni > Fattura. Te l'ho mandata anche in allegato.\n\nCordiali saluti,\n{agent} – Movetta",
        ),
        (
            "Pianoforte",
            "Buonasera,\nspostate anche i pianoforti verticali? è quello di mia nonna, terzo piano con ascensore stretto.\nGrazie",
            "Buonasera {first},\n\nsì, con l'opzione Oggetti pesanti (due persone in più e le cinghie). Con l'ascensore stretto la squadra passa dalle scale. Il prezzo lo vedi nell'app.\n\n{agent} – Movetta",
        ),
    ],
    "de": [
        (
            "Frage zum Jahrespass",
            "Hallo,\n\nverfallen die 4 Kleintransporte vom Pass, wenn ich sie nicht nutze?\n\nDanke, {first}",
            "Hallo {first},\n\nnicht genutzte Transporte verfallen, aber bei Verlängerung gibt es im nächsten Jahr einen fünften dazu.\n\nViele Grüße\n{agent} – Movetta",
        )
    ],
    "en": [
        (
            "Question about the Pass",
            "Hi,\n\ndo the 4 small jobs on the Pass roll over if I don't use them?\n\nThanks, {first}",
            "Hi {first},\n\nThey don't roll over, but if you renew we add a fifth one the year after.\n\nAll the best,\n{agent} – Movetta",
        )
    ],
    "es": [
        (
            "Duda sobre el Pass",
            "Hola,\n\nsi no uso los 4 portes pequeños del Pass, pasan al año siguiente?\n\nGracias, {first}",
            "Hola {first},\n\nNo pasan al año siguiente, pero si renuevas te añadimos un quinto.\n\nUn saludo,\n{agent} – Movetta",
        )
    ],
    "pt": [
        (
            "Dúvida sobre o Pass",
            "Olá,\n\nse não usar os 4 pequenos transportes do Pass, passam para o ano seguinte?\n\nObg, {first}",
            "Olá {first},\n\nNão passam, mas se renovar acrescentamos um quinto no ano seguinte.\n\nCumprimentos,\n{agent} – Movetta",
        )
    ],
}
THANKS: dict[str, list[str]] = {
    "fr": [
        "Merci {agent}, super clair 👍",
        "ok parfait merci beaucoup !",
        "Top, merci pour la réponse rapide {agent}",
        "Génial, merci, bonne journée à vous",
    ],
    "it": [
        "Grazie {agent}, chiarissim[[a|o]] 👍",
        "ok perfetto grazie mille!",
        "Top, grazie della risposta veloce {agent}",
        "Grazie, buona giornata!",
    ],
    "de": ["Danke {agent}, super!", "ok perfekt, danke"],
    "en": ["Thanks {agent}, that's grand", "perfect cheers"],
    "es": ["Gracias {agent}, genial", "vale perfecto gracias!"],
    "pt": ["Obrigad[[a|o]] {agent}, muito claro", "ok perfeito obg"],
}
# Phone questions: speech-to-text transcript, agent's follow-up e-mail.
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "oui allô bonjour alors voilà je déménage à bordeaux le mois prochain et je voulais savoir si le pass marche aussi là-bas ou si c'est que sur lyon",
            "Bonjour {first},\n\nMerci pour votre appel. Comme convenu, votre Pass fonctionne dans toutes les villes où Movetta est présent, Bordeaux compris.\n\n{agent} – Movetta",
        ),
        (
            "bonjour euh oui c'est pour savoir si vous prenez les plantes vertes parce que j'ai un ficus de deux mètres",
            "Bonjour {first},\n\nMerci pour votre appel. Comme convenu : oui, les plantes voyagent à l'avant du camion, pensez juste à arroser la veille plutôt que le matin.\n\n{agent} – Movetta",
        ),
    ],
    "it": [
        (
            "pronto buongiorno allora io mi trasferisco a torino il mese prossimo e volevo sapere se il pass vale anche lì o solo a milano",
            "Buongiorno {first},\n\ngrazie della telefonata. Come detto, il Pass vale in tutte le città dove c'è Movetta, Torino compresa.\n\n{agent} – Movetta",
        ),
        (
            "sì salve guardi volevo sapere se portate anche le piante perché ho un limone in vaso bello grande",
            "Salve {first},\n\ngrazie della telefonata. Come detto: sì, le piante viaggiano davanti nel furgone, meglio annaffiarle la sera prima.\n\n{agent} – Movetta",
        ),
    ],
    "de": [
        (
            "ja hallo guten tag ich ziehe nächsten monat nach leipzig und wollte fragen ob der pass da auch gilt",
            "Hallo {first},\n\ndanke für Ihren Anruf. Wie besprochen gilt der Pass in allen Städten mit Movetta, auch in Leipzig.\n\n{agent} – Movetta",
        )
    ],
    "en": [
        (
            "yeah hi there I'm moving to cork next month and wanted to know does the pass work down there as well",
            "Hi {first},\n\nThanks for your call. As discussed, the Pass works in every town Movetta covers, Cork included.\n\n{agent} – Movetta",
        )
    ],
    "es": [
        (
            "sí hola buenas mire me mudo a valencia el mes que viene y quería saber si el pass vale también allí",
            "Hola {first},\n\nGracias por tu llamada. Como hablamos, el Pass vale en todas las ciudades con Movetta, Valencia incluida.\n\n{agent} – Movetta",
        )
    ],
    "pt": [
        (
            "bom dia olhe vou mudar para o porto no próximo mês e queria saber se o pass também funciona lá",
            "Olá {first},\n\nObrigado pela chamada. Como falámos, o Pass funciona em todas as cidades com Movetta, Porto incluído.\n\n{agent} – Movetta",
        )
    ],
}
REVIEWS: dict[str, list[tuple[int, str]]] = {
    "fr": [
        (5, "Équipe ponctuelle et soigneuse, devis respecté. Je recommande."),
        (5, "Rapide, pro, sympa. Rien à redire."),
        (4, "Très bien, juste un peu d'attente pour le créneau du samedi."),
    ],
    "it": [
        (5, "Puntuali e attenti, preventivo rispettato. Consigliato."),
        (5, "Veloci, professionali, simpatici."),
        (4, "Molto bene, solo un po' d'attesa per avere il sabato."),
    ],
    "de": [(5, "Pünktlich, sorgfältig, Preis wie angegeben.")],
    "en": [(5, "On time, careful, price as quoted. Would use again.")],
    "es": [(5, "Puntuales y cuidadosos, el precio el del presupuesto.")],
    "pt": [(5, "Pontuais e cuidadosos, preço como no orçamento.")],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "fr": ["Parfait", "rien à redire", "👍", "Top équipe", "merci !", "Ponctuels et sympas", "💪"],
    "it": ["Perfetto", "tutto ok", "👍", "Bravissimi", "grazie!", "Puntuali e gentili", "🙌"],
    "de": ["Alles bestens", "👍"],
    "en": ["Spot on", "👍"],
    "es": ["Genial", "👍"],
    "pt": ["Impecável", "👍"],
}
NIGHT_POSTS: dict[str, list[str]] = {
    "fr": [
        "2h du mat, je sors de ma garde et je vois que {brand} a déjà confirmé mon créneau de samedi. Petit bonheur de la nuit",
        "Insomnie de veille de déménagement, je relis la checklist de {brand} et j'ai presque envie de dormir. Presque 😴",
        "Minuit passé, dernier carton scotché. Demain 8h {brand}. On y croit",
    ],
    "it": [
        "Le 2 di notte, esco dal turno e vedo che {brand} mi ha già confermato il furgone di sabato. Piccole gioie notturne",
        "Insonnia da vigilia di trasloco, rileggo la checklist di {brand} e quasi quasi mi addormento 😴",
        "Mezzanotte passata, ultimo scatolone chiuso. Domani alle 8 arriva {brand}. Ce la facciamo",
    ],
    "de": [
        "2 Uhr nachts, Nachtschicht vorbei, und {brand} hat den Termin für Samstag schon bestätigt. Kleine Freuden"
    ],
    "en": ["2am, off the night shift and {brand} have already confirmed Saturday. Small wins"],
    "es": [
        "Las 2 de la mañana, salgo de la guardia y {brand} ya me ha confirmado la furgo del sábado. Pequeñas alegrías"
    ],
    "pt": [
        "2 da manhã, saio do turno e a {brand} já confirmou a carrinha de sábado. Pequenas alegrias"
    ],
}
NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "bonsoir, je peux laisser les clés à la gardienne pour le passage de 7h ?",
            "Bonsoir ! Oui, indiquez-le dans Notes pour l'équipe, ils passeront la prendre chez elle. Bonne nuit !",
        ),
        (
            "re, la facture d'hier je l'ai toujours pas reçue, c'est normal ?",
            "Bonsoir, elle part dans les 24 h, elle est déjà dans l'appli (Mes réservations > Facture). Bonne nuit !",
        ),
    ],
    "it": [
        (
            "buonasera, posso lasciare le chiavi alla portinaia per il ritiro delle 7?",
            "Buonasera! Sì, scrivilo nelle Note per la squadra, passano loro a prenderle. Buona notte!",
        ),
        (
            "la fattura di ieri non mi è ancora arrivata, è normale?",
            "Buonasera, parte entro 24 ore, la trovi già nell'app (Le mie prenotazioni > Fattura). Buona notte!",
        ),
    ],
    "de": [
        (
            "hallo, kann ich die Schlüssel beim Nachbarn lassen für 7 Uhr?",
            "Hallo! Ja, schreiben Sie es in die Notizen fürs Team. Gute Nacht!",
        )
    ],
    "en": [
        (
            "hi can I leave the keys with next door for the 7am pickup",
            "Hi! Yes, just add it to Notes for the crew. Night!",
        )
    ],
    "es": [
        (
            "hola, puedo dejar las llaves al vecino para la recogida de las 7?",
            "¡Hola! Sí, ponlo en Notas para el equipo. ¡Buenas noches!",
        )
    ],
    "pt": [
        (
            "olá, posso deixar as chaves com o vizinho para a recolha das 7?",
            "Olá! Sim, escreva nas Notas para a equipa. Boa noite!",
        )
    ],
}
# (product label, price in EUR, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("Pass, 1 year / Pass annuale", 79.0, "/pass"),
    ("Moving boxes x20 / Scatoloni x20", 34.9, "/shop/boxes"),
    ("Assembly option / Opzione montaggio", 29.0, "/options/assembly"),
    ("Van 12 m3, 2 hours / Furgone 12 m3, 2 ore", 69.0, "/book/van"),
    ("Storage 1 month / Deposito 1 mese", 59.0, "/storage"),
    ("Bubble wrap roll / Rotolo pluriball", 12.5, "/shop/wrap"),
]
PAGES: list[str] = [
    "/pass",
    "/book/van",
    "/book/move",
    "/shop/boxes",
    "/storage",
    "/help/packing",
    "/options/heavy-items",
    "/account/bookings",
]
