# ruff: noqa: E501
"""Wording of heldout265 (Cuvora: heating oil delivered at home; Cuvora Pro for firms).

Every table maps a language to its variants. French and English come first and have
the most variants; German, Spanish, Italian and Portuguese have one or two.
Placeholders: {case} {comp} {plan} {first} {agent} {litres} {amount} {day} {time}
{code} {colleague} {company}.
"""

from __future__ import annotations

import random

LANGS = ("fr", "en", "de", "es", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)

MARKETS = {
    "fr": ("FR", "FR", "FR", "BE", "CH", "LU"),
    "en": ("UK", "UK", "UK", "IE"),
    "de": ("DE", "DE", "AT", "CH"),
    "es": ("ES",),
    "it": ("IT", "IT", "CH"),
    "pt": ("PT",),
}

FIRST = {
    "fr": [
        "Camille",
        "Hélène",
        "Thierry",
        "Sandrine",
        "Yannick",
        "Maëlle",
        "Gérard",
        "Élodie",
        "Bruno",
        "Solène",
        "Loïc",
        "Nathalie",
        "Rémi",
        "Agnès",
        "Fabien",
        "Odile",
        "Cédric",
        "Josiane",
        "Pascal",
        "Amandine",
    ],
    "en": [
        "Gareth",
        "Fiona",
        "Niall",
        "Tracy",
        "Owen",
        "Bethany",
        "Declan",
        "Maureen",
        "Callum",
        "Siobhan",
        "Rhys",
        "Joanne",
        "Martin",
        "Aoife",
        "Stuart",
        "Hazel",
        "Craig",
        "Gillian",
        "Ewan",
        "Lorraine",
    ],
    "de": [
        "Jürgen",
        "Birgit",
        "Holger",
        "Anke",
        "Rüdiger",
        "Sabine",
        "Torsten",
        "Heike",
        "Volker",
        "Ute",
    ],
    "es": [
        "Rocío",
        "Iñaki",
        "Montse",
        "Xabier",
        "Begoña",
        "Ramón",
        "Nuria",
        "Aitor",
        "Pilar",
        "Joaquín",
    ],
    "it": [
        "Ornella",
        "Gianni",
        "Tiziana",
        "Ettore",
        "Rossella",
        "Sandro",
        "Luciana",
        "Fabrizio",
        "Nadia",
        "Corrado",
    ],
    "pt": [
        "Graça",
        "Nuno",
        "Fátima",
        "Rui",
        "Conceição",
        "Vasco",
        "Lurdes",
        "Hélder",
        "Teresa",
        "Amílcar",
    ],
}
LAST = {
    "fr": [
        "Le Goff",
        "Perrin",
        "Chevallier",
        "Marchand",
        "Guérin",
        "Boucher",
        "Lemaire",
        "Rousseau",
        "Fontaine",
        "Carré",
        "Brunet",
        "Vasseur",
        "Royer",
        "Hamon",
        "Collet",
        "Tessier",
        "Blanchard",
        "Joly",
        "Morvan",
        "Lebrun",
    ],
    "en": [
        "Pritchard",
        "McAllister",
        "Doyle",
        "Hughes",
        "Fenwick",
        "Lloyd",
        "Gallagher",
        "Whitaker",
        "Moran",
        "Baxter",
        "Kinsella",
        "Thornton",
        "Ashworth",
        "Quinn",
        "Harland",
        "Dempsey",
        "Rowe",
        "Carmichael",
        "Bellamy",
        "Nolan",
    ],
    "de": [
        "Brenner",
        "Kaltenbach",
        "Ostermann",
        "Wiegand",
        "Pfeiffer",
        "Rössler",
        "Hartwig",
        "Lindner",
        "Sauer",
        "Kögel",
    ],
    "es": [
        "Iriarte",
        "Valverde",
        "Echeverría",
        "Castaño",
        "Olmedo",
        "Prieto",
        "Arrieta",
        "Bermejo",
        "Luengo",
        "Cabello",
    ],
    "it": [
        "Bonfanti",
        "Pellegrini",
        "Zanetti",
        "Brambilla",
        "Ferraris",
        "Cattaneo",
        "Galli",
        "Orsini",
        "Vitale",
        "Sartori",
    ],
    "pt": [
        "Barroso",
        "Quintela",
        "Magalhães",
        "Teixeira",
        "Carvalhal",
        "Pimentel",
        "Sobral",
        "Antunes",
        "Leitão",
        "Cardoso",
    ],
}
TOWNS = {
    "FR": [
        "Guingamp",
        "Vesoul",
        "Aurillac",
        "Épinal",
        "Saint-Flour",
        "Lannion",
        "Langres",
        "Morlaix",
    ],
    "BE": ["Bastogne", "Ciney", "Marche-en-Famenne"],
    "CH": ["Delémont", "Porrentruy", "Chur", "Bellinzona"],
    "LU": ["Wiltz", "Clervaux"],
    "UK": ["Hexham", "Brecon", "Kendal", "Oban", "Ludlow", "Thirsk", "Llandrindod Wells"],
    "IE": ["Ballina", "Roscommon", "Clonmel"],
    "DE": ["Eschwege", "Wunsiedel", "Daun", "Schotten"],
    "AT": ["Zwettl", "Murau"],
    "ES": ["Soria", "Teruel", "Reinosa"],
    "IT": ["Sondrio", "Belluno", "Rieti"],
    "PT": ["Bragança", "Guarda", "Chaves"],
}
JOBS = {
    "fr": [
        "infirmière",
        "boulanger",
        "retraité",
        "professeure des écoles",
        "éleveur",
        "artisan plombier",
        "secrétaire de mairie",
        "garde forestier",
    ],
    "en": [
        "retired teacher",
        "farmer",
        "district nurse",
        "joiner",
        "postman",
        "B&B owner",
        "vet",
        "bus driver",
    ],
    "de": ["Förster", "Lehrerin", "Rentner", "Landwirt"],
    "es": ["pastor", "maestra", "jubilado", "veterinaria"],
    "it": ["guardia forestale", "maestra", "pensionato", "casaro"],
    "pt": ["professora", "reformado", "agricultor", "enfermeira"],
}
AGENTS = {
    "fr": ["Lucie", "Mathis", "Noémie"],
    "en": ["Kirsty", "Aled", "Dominic"],
    "de": ["Katrin", "Jonas"],
    "es": ["Lorena", "Unai"],
    "it": ["Chiara", "Matteo"],
    "pt": ["Inês", "Tiago"],
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
PHONE = {
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "79", 7),
    "LU": ("+352", "621", 6),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "87", 7),
    "DE": ("+49", "151", 8),
    "AT": ("+43", "664", 7),
    "ES": ("+34", "6", 8),
    "IT": ("+39", "34", 8),
    "PT": ("+351", "91", 7),
}
PRODUCTS = [
    ("Heating oil 500 L, standard / Fioul domestique 500 L, ordinaire", 560),
    ("Heating oil 1000 L, standard / Fioul domestique 1000 L, ordinaire", 1090),
    ("Heating oil 1500 L, premium / Fioul domestique 1500 L, supérieur", 1690),
    ("Heating oil 800 L, express 48 h / Fioul domestique 800 L, express 48 h", 930),
    ("Tank gauge, connected / Jauge connectée", 89),
    ("Tank clean and inspection / Nettoyage et contrôle de cuve", 240),
]
PAGES = [
    "/order",
    "/prices",
    "/my-tank",
    "/deliveries",
    "/plan/serenite",
    "/gauge",
    "/help/delivery-slots",
    "/account",
]

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "fr": [
            "Livraison de fioul ce matin, chauffeur adorable, il a même refermé le portail. Merci {brand} !",
            "Commande passée dimanche soir, cuve pleine mardi midi. Franchement rien à redire, {brand} au top.",
            "La jauge connectée de {brand} m'a prévenue avant que la cuve soit à sec, enfin plus de lampe torche dans la cave 😅",
            "Prix affiché = prix payé, livreur à l'heure, bon de livraison propre. Ça change des anciens fournisseurs.",
        ],
        "en": [
            "Oil delivered this morning, driver was lovely and even shut the gate behind him. Cheers {brand}!",
            "Ordered Sunday night, tank full by Tuesday lunchtime. Can't fault {brand} at all.",
            "The {brand} gauge texted me before the tank ran dry. No more dipping it with a stick in the rain 😄",
            "Price on the app was the price I paid, driver on time, no mess. Miles better than my old supplier.",
        ],
        "de": [
            "Heizöl heute früh geliefert, Fahrer super freundlich und pünktlich. Danke {brand}!",
            "Die Füllstandsanzeige von {brand} ist Gold wert, nie mehr mit der Taschenlampe in den Keller.",
        ],
        "es": [
            "Gasóleo entregado esta mañana, el repartidor majísimo y puntual. Gracias {brand}!",
            "Pedí el domingo y el martes tenía el depósito lleno. Así da gusto.",
        ],
        "it": [
            "Gasolio consegnato stamattina, autista gentilissimo e puntuale. Grazie {brand}!",
            "Ordinato domenica, cisterna piena martedì. Finalmente un fornitore serio.",
        ],
        "pt": [
            "Gasóleo entregue hoje de manhã, o motorista foi impecável. Obrigado {brand}!",
            "Encomendei no domingo e na terça já tinha o depósito cheio. Assim sim.",
        ],
    },
    "again": {
        "fr": [
            "Troisième hiver avec {brand} et toujours aussi carré. Livré à l'heure, encore une fois.",
            "Encore le même chauffeur sympa aujourd'hui, il connaît le chemin de la cuve maintenant 😊",
        ],
        "en": [
            "Third winter with {brand} and still spot on. On time again.",
            "Same cheerful driver again today, he knows where the tank is hidden now 😊",
        ],
        "de": ["Schon der dritte Winter mit {brand}, wieder alles pünktlich."],
        "es": ["Tercer invierno con {brand} y otra vez todo perfecto."],
        "it": ["Terzo inverno con {brand} e ancora tutto perfetto."],
        "pt": ["Terceiro inverno com a {brand} e outra vez tudo certinho."],
    },
    "gripe_praise": {
        "fr": [
            "Très contente de la livraison, juste dommage que le créneau fasse 8h-13h. Sinon nickel.",
            "Rien à dire sur le fioul ni le chauffeur, par contre la facture n'arrive qu'en PDF par mail, pas pratique pour ma mère.",
        ],
        "en": [
            "Really pleased with the delivery, only wish the slot wasn't 8 till 1. Otherwise spot on.",
            "Oil and driver both great, just the receipt only comes as a PDF which my dad can't open.",
        ],
        "de": ["Lieferung top, nur das Zeitfenster 8-13 Uhr ist echt lang. Sonst gerne wieder."],
        "es": ["Muy bien todo, solo que la franja de 8 a 13 es larguísima. Por lo demás genial."],
        "it": ["Tutto bene, solo la fascia 8-13 è lunghissima. Per il resto ottimo."],
        "pt": ["Tudo ótimo, só a janela das 8 às 13 é muito larga. De resto impecável."],
    },
    "question": {
        "fr": [
            "Bonjour, est-ce que le chauffeur peut livrer si je ne suis pas là ? La cuve est derrière la maison, le portail est ouvert.",
            "bjr, la jauge affiche 22 % depuis hier, c'est normal qu'elle ne bouge plus ?",
            "Bonjour, c'est quoi la différence entre ordinaire et supérieur, ça vaut le coup pour une vieille chaudière ?",
        ],
        "en": [
            "Hi, can the driver fill up if I'm out? The tank is round the back and the gate's unlocked.",
            "hiya, gauge has said 22% since yesterday, is it normal it hasn't moved?",
            "Hello, what's the difference between standard and premium oil, worth it for an old boiler?",
        ],
        "de": [
            "Hallo, kann der Fahrer liefern, wenn ich nicht da bin? Der Tank ist im Keller, Tür ist offen."
        ],
        "es": [
            "Hola, ¿puede el repartidor llenar el depósito si no estoy en casa? La puerta queda abierta."
        ],
        "it": [
            "Buongiorno, l'autista può fare il pieno se non sono in casa? Il cancello è aperto."
        ],
        "pt": [
            "Olá, o motorista pode encher o depósito se eu não estiver em casa? O portão fica aberto."
        ],
    },
    "answer": {
        "fr": [
            "Bonjour {first}, oui bien sûr, notez-le simplement dans le champ « accès à la cuve » de votre commande. Bonne journée, {agent}"
        ],
        "en": [
            "Hi {first}, yes, no problem, just add it in the 'tank access' box on your order. Have a good day, {agent}"
        ],
        "de": [
            "Hallo {first}, ja, einfach im Feld „Zugang zum Tank“ bei der Bestellung vermerken. Viele Grüße, {agent}"
        ],
        "es": [
            "Hola {first}, sí, indícalo en el campo «acceso al depósito» del pedido. Un saludo, {agent}"
        ],
        "it": [
            "Ciao {first}, certo, basta indicarlo nel campo «accesso alla cisterna» dell'ordine. Buona giornata, {agent}"
        ],
        "pt": [
            "Olá {first}, sim, basta indicar no campo «acesso ao depósito» da encomenda. Bom dia, {agent}"
        ],
    },
    "thanks": {
        "fr": ["Merci beaucoup !", "Super merci", "parfait, merci 👍"],
        "en": ["Brilliant, thanks!", "cheers", "Perfect, thank you 👍"],
        "de": ["Super, danke!"],
        "es": ["Genial, gracias!"],
        "it": ["Perfetto, grazie!"],
        "pt": ["Ótimo, obrigada!"],
    },
    "phone_q": {
        "fr": [
            "oui bonjour c'est pour savoir si vous livrez le samedi parce que je travaille toute la semaine",
            "bonjour je voulais savoir comment on ajoute une deuxième cuve sur le compte c'est pour la grange",
        ],
        "en": [
            "hi yes I was wondering do you deliver on saturdays because I'm at work all week",
            "hello I'm just ringing to ask how I add a second tank to the account it's for the barn",
        ],
        "de": [
            "ja hallo ich wollte fragen ob Sie auch samstags liefern ich arbeite die ganze Woche"
        ],
        "es": ["hola buenas quería saber si repartís los sábados porque trabajo toda la semana"],
        "it": [
            "buongiorno volevo sapere se consegnate anche il sabato perché lavoro tutta la settimana"
        ],
        "pt": ["olá boa tarde queria saber se entregam ao sábado porque trabalho a semana toda"],
    },
    "phone_followup": {
        "fr": [
            "Bonjour {first}, suite à votre appel : oui, nous livrons le samedi matin dans votre secteur, et une deuxième cuve s'ajoute dans Compte > Mes cuves. Bien à vous, {agent}"
        ],
        "en": [
            "Hi {first}, following your call: yes, we deliver on Saturday mornings in your area, and a second tank can be added under Account > My tanks. Kind regards, {agent}"
        ],
        "de": [
            "Hallo {first}, zu Ihrem Anruf: Ja, wir liefern samstags vormittags in Ihrer Gegend. Viele Grüße, {agent}"
        ],
        "es": [
            "Hola {first}, tras tu llamada: sí, repartimos los sábados por la mañana en tu zona. Un saludo, {agent}"
        ],
        "it": [
            "Buongiorno {first}, come da telefonata: sì, consegniamo il sabato mattina nella sua zona. Cordiali saluti, {agent}"
        ],
        "pt": [
            "Olá {first}, na sequência da chamada: sim, entregamos ao sábado de manhã na sua zona. Cumprimentos, {agent}"
        ],
    },
    "review": {
        "fr": [
            "Service sérieux, livraison rapide, prix correct.",
            "Très bien, chauffeur pro et souriant.",
        ],
        "en": ["Reliable, quick delivery, fair price.", "Very good, friendly professional driver."],
        "de": ["Zuverlässig und pünktlich."],
        "es": ["Serios y puntuales."],
        "it": ["Seri e puntuali."],
        "pt": ["Sérios e pontuais."],
    },
    "survey_word": {
        "fr": ["Top", "Très bien", "😊", ""],
        "en": ["Great", "Spot on", "👍", ""],
        "de": ["Prima", ""],
        "es": ["Genial", ""],
        "it": ["Ottimo", ""],
        "pt": ["Ótimo", ""],
    },
    "night_post": {
        "fr": [
            "2h du mat, garde de nuit finie, et je commande le fioul avant d'oublier. Merci {brand} d'exister à cette heure-là",
            "Insomnie, alors je regarde la jauge de la cuve monter dans l'appli comme un feuilleton 😂 {brand}",
        ],
        "en": [
            "Just off a night shift at the depot and ordering oil at 2am before I forget. Handy {brand}",
            "Can't sleep so I'm watching the tank gauge in the app like it's telly 😂 {brand}",
        ],
        "de": [
            "Nachtschicht vorbei, schnell noch Heizöl bei {brand} bestellt. Praktisch um 2 Uhr nachts."
        ],
        "es": [
            "Las 2 de la mañana y pidiendo gasóleo antes de que se me olvide. Muy práctico {brand}"
        ],
        "it": ["Le due di notte e ordino il gasolio prima di dimenticarmene. Comodo {brand}"],
        "pt": ["Duas da manhã e a encomendar gasóleo antes que me esqueça. Prático, {brand}"],
    },
    "night_q": {
        "fr": [
            "Bonsoir, si je commande maintenant je peux avoir un créneau lundi ?",
            "est-ce que le prix affiché cette nuit reste valable demain matin ?",
        ],
        "en": [
            "Evening, if I order now can I still get a Monday slot?",
            "does the price showing tonight still stand in the morning?",
        ],
        "de": ["Gilt der Preis von heute Nacht auch morgen früh noch?"],
        "es": ["Si pido ahora, ¿me da tiempo para el lunes?"],
        "it": ["Se ordino adesso, riesco ad avere la consegna lunedì?"],
        "pt": ["Se encomendar agora ainda apanho entrega na segunda?"],
    },
    "night_answer": {
        "fr": [
            "Bonsoir {first}, oui, le prix est bloqué dès la validation et les créneaux de lundi sont encore ouverts. {agent}"
        ],
        "en": [
            "Evening {first}, yes, the price is locked once you confirm and Monday slots are still open. {agent}"
        ],
        "de": ["Guten Abend {first}, ja, der Preis gilt ab Bestätigung. {agent}"],
        "es": ["Buenas noches {first}, sí, el precio queda fijado al confirmar. {agent}"],
        "it": ["Buonasera {first}, sì, il prezzo è bloccato alla conferma. {agent}"],
        "pt": ["Boa noite {first}, sim, o preço fica fixo ao confirmar. {agent}"],
    },
    "apology": {
        "fr": [
            "Je m'excuse pour mon message d'hier, j'étais à bout avec la maison froide. Merci de votre patience.",
            "Désolée pour le ton hier, c'était pas contre vous.",
        ],
        "en": [
            "Sorry about my message yesterday, the house was freezing and I lost it a bit. Thanks for being patient.",
            "Apologies for the tone yesterday, wasn't aimed at you.",
        ],
        "de": ["Entschuldigung für meinen Ton gestern, das kalte Haus hat mich fertig gemacht."],
        "es": ["Perdón por el mensaje de ayer, con la casa helada perdí los nervios."],
        "it": ["Scusate per il messaggio di ieri, con la casa gelata ho perso la pazienza."],
        "pt": ["Desculpem a mensagem de ontem, com a casa gelada perdi a paciência."],
    },
    "low_csat_word": {
        "fr": ["Déçue", ""],
        "en": ["Poor", ""],
        "de": ["Schlecht"],
        "es": ["Mal"],
        "it": ["Male"],
        "pt": ["Mau"],
    },
    "sarcasm": {
        "fr": [
            "Bravo {brand}, livraison « express 48 h » arrivée au bout de 6 jours, pile pour le redoux 👏",
            "Merci {brand} pour le joli dessin de fioul sur mes graviers, très artistique 😂",
        ],
        "en": [
            "Well done {brand}, '48h express' turned up after six days, just in time for the mild spell 👏",
            "Thanks {brand} for the lovely oil artwork on my gravel, very modern 😂",
        ],
        "de": [
            "Danke {brand}, „Express 48 h“ nach sechs Tagen, genau rechtzeitig zum Tauwetter 👏"
        ],
        "es": [
            "Gracias {brand}, el «exprés 48 h» llegó a los seis días, justo cuando ya hacía calor 👏"
        ],
        "it": [
            "Complimenti {brand}, «express 48 h» arrivato dopo sei giorni, giusto per la primavera 👏"
        ],
        "pt": [
            "Obrigado {brand}, o «expresso 48 h» chegou ao fim de seis dias, mesmo a tempo do calor 👏"
        ],
    },
    "grumble": {
        "fr": [
            "L'appli me déconnecte à chaque fois, c'est pénible.",
            "Encore un créneau de 5 heures, on a un travail nous.",
            "Pourquoi le prix change entre le panier et le paiement ?",
            "Toujours pas de SMS quand le camion part, c'est si compliqué ?",
        ],
        "en": [
            "App logs me out every single time, so annoying.",
            "Another five-hour slot, some of us have jobs.",
            "Why does the price change between the basket and checkout?",
            "Still no text when the lorry sets off, is it that hard?",
        ],
        "de": [
            "Die App meldet mich ständig ab, nervig.",
            "Schon wieder fünf Stunden Lieferfenster.",
        ],
        "es": [
            "La app me desconecta cada vez, qué pesadez.",
            "Otra vez una franja de cinco horas.",
        ],
        "it": ["L'app mi disconnette ogni volta, che noia.", "Di nuovo una fascia di cinque ore."],
        "pt": [
            "A app desliga-me a sessão sempre, que chatice.",
            "Outra vez uma janela de cinco horas.",
        ],
    },
    "mild": {
        "fr": [
            "La carte des zones de livraison affiche ma commune dans le mauvais département, rien de grave mais bon.",
            "les notifications arrivent en anglais alors que l'appli est en français",
        ],
        "en": [
            "Delivery area map puts my village in the wrong county, not a big deal.",
            "notifications come through in French even though the app is set to English",
        ],
        "de": ["Die Karte zeigt meinen Ort im falschen Landkreis, nicht schlimm."],
        "es": ["El mapa de zonas pone mi pueblo en otra provincia, nada grave."],
        "it": ["La mappa mette il mio paese nella provincia sbagliata, niente di grave."],
        "pt": ["O mapa põe a minha aldeia no distrito errado, nada de grave."],
    },
    "mild_answer": {
        "fr": ["Merci {first}, c'est transmis à l'équipe, ce sera corrigé. {agent}"],
        "en": ["Thanks {first}, passed to the team, it'll be fixed. {agent}"],
        "de": ["Danke {first}, ist weitergegeben. {agent}"],
        "es": ["Gracias {first}, lo pasamos al equipo. {agent}"],
        "it": ["Grazie {first}, segnalato al team. {agent}"],
        "pt": ["Obrigada {first}, já passámos à equipa. {agent}"],
    },
    "case_opened": {
        "fr": [
            "Bonjour {first}, nous avons bien reçu votre message et ouvert le dossier {case}. Nous revenons vers vous très vite. {agent}, service client {brand}"
        ],
        "en": [
            "Hi {first}, we've got your message and opened case {case}. We'll be back to you shortly. {agent}, {brand} customer care"
        ],
        "de": [
            "Hallo {first}, wir haben Ihre Nachricht erhalten und den Vorgang {case} eröffnet. {agent}, {brand} Kundenservice"
        ],
        "es": [
            "Hola {first}, hemos recibido tu mensaje y abierto la incidencia {case}. {agent}, atención al cliente {brand}"
        ],
        "it": [
            "Buongiorno {first}, abbiamo aperto la pratica {case}. {agent}, servizio clienti {brand}"
        ],
        "pt": [
            "Olá {first}, recebemos a sua mensagem e abrimos o processo {case}. {agent}, apoio ao cliente {brand}"
        ],
    },
    "case_subject": {
        "fr": ["RE : Dossier {case}"],
        "en": ["Re: Your case {case}"],
        "de": ["AW: Vorgang {case}"],
        "es": ["RE: Incidencia {case}"],
        "it": ["R: Pratica {case}"],
        "pt": ["RE: Processo {case}"],
    },
    "chat_case": {
        "fr": [
            "Je suis désolée {first}, j'ouvre le dossier {case} tout de suite et je le passe à l'équipe livraison. {agent}"
        ],
        "en": [
            "I'm sorry {first}, I've opened case {case} and passed it to the delivery team. {agent}"
        ],
        "de": ["Das tut mir leid {first}, Vorgang {case} ist eröffnet. {agent}"],
        "es": ["Lo siento {first}, abro la incidencia {case} ahora mismo. {agent}"],
        "it": ["Mi dispiace {first}, apro subito la pratica {case}. {agent}"],
        "pt": ["Lamento {first}, abri já o processo {case}. {agent}"],
    },
    "good_news": {
        "fr": [
            "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre chez vous ? {agent}"
        ],
        "en": [
            "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm all is well at your end? {agent}"
        ],
        "de": [
            "Hallo {first}, gute Nachricht zu {case}: erledigt. Können Sie das bestätigen? {agent}"
        ],
        "es": ["Hola {first}, buenas noticias sobre {case}: resuelto. ¿Nos lo confirmas? {agent}"],
        "it": [
            "Buongiorno {first}, buone notizie sulla pratica {case}: risolto. Può confermarci? {agent}"
        ],
        "pt": [
            "Olá {first}, boas notícias sobre o processo {case}: resolvido. Pode confirmar? {agent}"
        ],
    },
    "confirm": {
        "fr": [
            "Oui c'est bon pour le dossier {case}, merci.",
            "Confirmé pour {case}, tout est rentré dans l'ordre. Merci !",
        ],
        "en": [
            "Yes, case {case} is all sorted, thanks.",
            "Confirmed for {case}, all fine now. Thank you!",
        ],
        "de": ["Bestätigt, {case} ist erledigt. Danke."],
        "es": ["Confirmado, {case} resuelto. Gracias."],
        "it": ["Confermo, {case} risolta. Grazie."],
        "pt": ["Confirmo, {case} resolvido. Obrigado."],
    },
    "quality_lead": {
        "fr": [
            "Bonjour {first}, votre dossier {case} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
        ],
        "en": [
            "Hi {first}, your case {case} is now with our quality lead, who will ring you before Friday lunchtime. {agent}"
        ],
        "de": [
            "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
        ],
        "es": [
            "Hola {first}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
        ],
        "it": [
            "Buongiorno {first}, la pratica {case} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì. {agent}"
        ],
        "pt": [
            "Olá {first}, o processo {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço. {agent}"
        ],
    },
    "urgent": {
        "fr": ["C'est ajouté au dossier {case} et marqué urgent. {agent}"],
        "en": ["Added to case {case} and marked urgent. {agent}"],
        "de": ["Zu {case} hinzugefügt und als dringend markiert. {agent}"],
        "es": ["Añadido a {case} y marcado como urgente. {agent}"],
        "it": ["Aggiunto alla pratica {case} e segnato urgente. {agent}"],
        "pt": ["Acrescentado ao processo {case} e marcado urgente. {agent}"],
    },
    "still_open": {
        "fr": [
            "Je reviens vers vous pour le dossier {case} : toujours rien de réglé.",
            "Dossier {case}, c'est la deuxième fois que j'écris et toujours pas de solution.",
            "re dossier {case}, toujours en attente, ça devient long",
        ],
        "en": [
            "Chasing case {case} again: still nothing sorted.",
            "Case {case}, second time I'm writing and still no fix.",
            "re case {case}, still waiting, getting ridiculous",
        ],
        "de": ["Nochmal wegen {case}: immer noch nichts passiert."],
        "es": ["Otra vez por la incidencia {case}: sigue sin resolverse."],
        "it": ["Riscrivo per la pratica {case}: ancora niente."],
        "pt": ["Volto ao processo {case}: continua sem solução."],
    },
    "third_line": {
        "fr": [
            "Mon voisin est chez {comp} et eux règlent ce genre de chose dans la journée.",
            "J'ai regardé les tarifs de {comp}, je vais finir par y aller.",
        ],
        "en": [
            "My neighbour's with {comp} and they sort this sort of thing same day.",
            "I've looked at what {comp} charge, tempted to switch.",
        ],
        "de": ["Mein Nachbar ist bei {comp}, die regeln so etwas am selben Tag."],
        "es": ["Mi vecino está con {comp} y eso lo arreglan en el día."],
        "it": ["Il mio vicino è con {comp} e loro risolvono in giornata."],
        "pt": ["O meu vizinho está na {comp} e eles resolvem isto no mesmo dia."],
    },
    "fourth_line": {
        "fr": ["C'est la QUATRIÈME fois que je vous contacte."],
        "en": ["This is the FOURTH time I've contacted you."],
        "de": ["Das ist jetzt das VIERTE Mal."],
        "es": ["Es la CUARTA vez que os escribo."],
        "it": ["È la QUARTA volta che vi scrivo."],
        "pt": ["É a QUARTA vez que vos contacto."],
    },
    "complaint_subject": {
        "fr": ["Réclamation : {topic}", "Problème livraison : {topic}"],
        "en": ["Complaint: {topic}", "Problem with my order: {topic}"],
        "de": ["Beschwerde: {topic}"],
        "es": ["Reclamación: {topic}"],
        "it": ["Reclamo: {topic}"],
        "pt": ["Reclamação: {topic}"],
    },
    "phone_open": {
        "fr": ["oui bonjour je vous appelle parce que", "allô bonjour alors voilà"],
        "en": ["hi yeah I'm ringing because", "hello right so"],
        "de": ["ja hallo ich rufe an weil"],
        "es": ["hola buenas mire le llamo porque"],
        "it": ["pronto buongiorno chiamo perché"],
        "pt": ["olá boa tarde estou a ligar porque"],
    },
    "leave": {
        "fr": [
            "Bonjour, nous avons fait installer une pompe à chaleur avec la prime, la cuve part à la déchetterie. Je souhaite résilier mon forfait {plan} et fermer mon compte. Merci pour ces années.",
            "Bonjour, je vends la maison et pars en appartement en ville. Merci de résilier {plan} et de clôturer le compte.",
        ],
        "en": [
            "Hello, we've had a heat pump put in with the grant and the tank's going. I'd like to cancel my {plan} plan and close the account. Thanks for everything.",
            "Hi, selling up and moving to a flat in town, so please cancel {plan} and close my account.",
        ],
        "de": [
            "Hallo, wir haben jetzt eine Wärmepumpe, der Tank kommt raus. Bitte {plan} kündigen und das Konto schließen."
        ],
        "es": [
            "Hola, hemos puesto aerotermia y quitamos el depósito. Quiero darme de baja de {plan} y cerrar la cuenta."
        ],
        "it": [
            "Buongiorno, abbiamo messo la pompa di calore e togliamo la cisterna. Vorrei disdire {plan} e chiudere l'account."
        ],
        "pt": [
            "Olá, pusemos bomba de calor e vamos tirar o depósito. Quero cancelar o {plan} e fechar a conta."
        ],
    },
    "goodbye": {
        "fr": [
            "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Compte. Bonne continuation, {agent}"
        ],
        "en": [
            "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under Account. All the best, {agent}"
        ],
        "de": [
            "Hallo {first}, schade! Sie können selbst in der App oder auf der Website kündigen. {agent}"
        ],
        "es": [
            "Hola {first}, sentimos que te vayas. Puedes darte de baja en la app o la web. {agent}"
        ],
        "it": ["Buongiorno {first}, ci dispiace. Può disdire dall'app o dal sito. {agent}"],
        "pt": ["Olá {first}, lamentamos. Pode cancelar na app ou no site. {agent}"],
    },
    "slide": {
        "fr": [
            "Livraison prévue mardi, arrivée jeudi sans un coup de fil. Bon, ça arrive.",
            "Le chauffeur a laissé le bouchon de la cuve ouvert. Il pleuvait. Pas top.",
            "Facture avec 40 litres de plus que ce que la jauge a vu passer. Je commence à surveiller.",
            "Deuxième livraison en retard ce mois-ci et le service client me renvoie vers une FAQ.",
            "Franchement déçu de {brand}, 35 € de « frais d'accès » pour une cour où le camion rentre depuis 20 ans.",
            "Mon beau-frère est chez {comp}, j'ai demandé un devis chez eux pour la prochaine livraison.",
        ],
        "en": [
            "Delivery booked for Tuesday, came Thursday with no call. Fair enough, it happens.",
            "Driver left the tank cap off. It was raining. Not great.",
            "Bill says 40 litres more than the gauge saw go in. Starting to keep an eye on it.",
            "Second late delivery this month and support just sends me a FAQ link.",
            "Really let down by {brand}, £30 'access fee' for a yard lorries have used for 20 years.",
            "My brother-in-law uses {comp}, I've asked them for a quote for the next fill.",
        ],
        "de": [
            "Lieferung Dienstag geplant, Donnerstag gekommen, ohne Anruf. Kann passieren.",
            "Fahrer hat den Tankdeckel offen gelassen, bei Regen.",
            "Rechnung 40 Liter mehr als die Anzeige. Ich schaue jetzt genauer hin.",
            "Zweite Verspätung diesen Monat, der Kundenservice schickt nur FAQ-Links.",
            "Echt enttäuscht von {brand}, 35 € „Zufahrtsgebühr“ für einen Hof, in den seit 20 Jahren jeder Laster fährt.",
            "Mein Schwager ist bei {comp}, hab dort ein Angebot angefragt.",
        ],
        "es": [
            "Entrega prevista el martes, llegó el jueves sin avisar. Bueno, pasa.",
            "El repartidor dejó el tapón del depósito abierto. Llovía.",
            "Factura con 40 litros más de los que marcó el medidor. Empiezo a vigilar.",
            "Segundo retraso este mes y atención al cliente me manda a las FAQ.",
            "Muy decepcionado con {brand}, 35 € de «gastos de acceso» por un patio donde entran camiones desde hace 20 años.",
            "Mi cuñado está con {comp}, les he pedido presupuesto.",
        ],
        "it": [
            "Consegna prevista martedì, arrivata giovedì senza avvisare. Capita.",
            "L'autista ha lasciato aperto il tappo della cisterna. Pioveva.",
            "Fattura con 40 litri in più di quelli segnati dal livello. Comincio a controllare.",
            "Secondo ritardo del mese e il servizio clienti mi manda alle FAQ.",
            "Molto deluso da {brand}, 35 € di «spese di accesso» per un cortile dove entrano camion da 20 anni.",
            "Mio cognato è con {comp}, ho chiesto a loro un preventivo.",
        ],
        "pt": [
            "Entrega marcada para terça, veio na quinta sem aviso. Acontece.",
            "O motorista deixou a tampa do depósito aberta. Chovia.",
            "Fatura com mais 40 litros do que o medidor registou. Começo a vigiar.",
            "Segundo atraso este mês e o apoio manda-me para as FAQ.",
            "Muito desiludido com a {brand}, 35 € de «taxa de acesso» por um pátio onde entram camiões há 20 anos.",
            "O meu cunhado está na {comp}, pedi-lhes orçamento.",
        ],
    },
    "spike": {
        "fr": [
            "Impossible de commander du fioul ce matin, l'appli plante au paiement avec « {code} ». Il fait 2 degrés dehors...",
            "Commande bloquée à la dernière étape, erreur {code}, sur l'appli ET sur le site. Quelqu'un d'autre ?",
            "{brand} la commande ne passe pas, code {code} à chaque fois, j'ai essayé deux cartes",
        ],
        "en": [
            "Can't order oil this morning, app falls over at payment with '{code}'. It's 2 degrees out...",
            "Order stuck at the last step, error {code}, app AND website. Anyone else?",
            "{brand} order won't go through, {code} every time, tried two cards",
        ],
        "de": [
            "Bestellung geht nicht, Fehler {code} beim Bezahlen, in der App und auf der Website."
        ],
        "es": ["No puedo hacer el pedido, error {code} al pagar, en la app y en la web."],
        "it": ["Impossibile ordinare, errore {code} al pagamento, app e sito."],
        "pt": ["Não consigo encomendar, erro {code} no pagamento, na app e no site."],
    },
    "spike_repeat": {
        "fr": [
            "Toujours {code}, même depuis le téléphone de mon mari.",
            "Je réessaie : encore {code}, sur l'ordinateur cette fois.",
        ],
        "en": [
            "Still {code}, even on my husband's phone.",
            "Tried again: still {code}, on the laptop this time.",
        ],
        "de": ["Immer noch {code}, auch am Laptop."],
        "es": ["Sigue el {code}, también desde el portátil."],
        "it": ["Ancora {code}, anche dal portatile."],
        "pt": ["Continua o {code}, também no portátil."],
    },
    "spike_answer": {
        "fr": [
            "Oui {first}, les commandes échouent en ce moment pour tout le monde, nos équipes sont dessus. {agent}"
        ],
        "en": [
            "Yes {first}, orders are failing for everyone right now, our engineers are on it. {agent}"
        ],
        "de": ["Ja {first}, Bestellungen scheitern gerade bei allen, wir arbeiten daran. {agent}"],
        "es": ["Sí {first}, ahora mismo fallan los pedidos para todos, estamos en ello. {agent}"],
        "it": [
            "Sì {first}, al momento gli ordini non passano per nessuno, ci stiamo lavorando. {agent}"
        ],
        "pt": [
            "Sim {first}, neste momento as encomendas falham para todos, estamos a tratar. {agent}"
        ],
    },
    "spike_fixed": {
        "fr": [
            "Bonjour {first}, les commandes fonctionnent de nouveau depuis {time}. Pour la gêne, la livraison de votre prochaine commande est offerte ({amount} de crédit). {agent}"
        ],
        "en": [
            "Hi {first}, ordering works again since {time}. For the trouble, delivery on your next order is on us ({amount} credit added). {agent}"
        ],
        "de": [
            "Hallo {first}, Bestellungen funktionieren wieder seit {time}. Als Entschuldigung {amount} Guthaben. {agent}"
        ],
        "es": [
            "Hola {first}, los pedidos funcionan otra vez desde las {time}. Te hemos abonado {amount}. {agent}"
        ],
        "it": [
            "Buongiorno {first}, gli ordini funzionano di nuovo dalle {time}. Le abbiamo accreditato {amount}. {agent}"
        ],
        "pt": [
            "Olá {first}, as encomendas voltaram a funcionar desde as {time}. Creditámos {amount}. {agent}"
        ],
    },
    "lone_q": {
        "fr": [
            "Bonjour, hier soir le total du panier s'est affiché deux fois puis c'est revenu normal et la commande est passée. Ça marchera pour commander demain matin ?"
        ],
        "en": [
            "Hi, last night the basket total showed twice then went back to normal and the order went through fine. Will ordering work tomorrow morning?"
        ],
        "de": [
            "Hallo, gestern Abend stand der Warenkorb-Betrag doppelt da, dann war es normal und die Bestellung ging durch. Klappt das morgen früh auch?"
        ],
        "es": [
            "Hola, anoche el total del carrito salió dos veces y luego bien, el pedido pasó. ¿Mañana funcionará?"
        ],
        "it": [
            "Buongiorno, ieri sera il totale è comparso due volte poi tutto normale e l'ordine è passato. Domattina funzionerà?"
        ],
        "pt": [
            "Olá, ontem à noite o total apareceu duas vezes e depois normal, a encomenda passou. Amanhã funciona?"
        ],
    },
    "lone_answer": {
        "fr": [
            "Bonjour {first}, c'est un simple souci d'affichage, votre commande est bien enregistrée et tout fonctionne. {agent}"
        ],
        "en": [
            "Hi {first}, that's just a display glitch, your order is in and everything works. {agent}"
        ],
        "de": ["Hallo {first}, nur ein Anzeigefehler, alles funktioniert. {agent}"],
        "es": ["Hola {first}, es solo un fallo de visualización, todo funciona. {agent}"],
        "it": ["Buongiorno {first}, solo un difetto di visualizzazione, tutto funziona. {agent}"],
        "pt": ["Olá {first}, é só um erro de visualização, tudo funciona. {agent}"],
    },
    "grumble_chat": {
        "fr": ["La carte de suivi du camion met une éternité à charger."],
        "en": ["The lorry tracking map takes forever to load."],
        "de": ["Die Karte zur Lieferverfolgung lädt ewig."],
        "es": ["El mapa de seguimiento del camión tarda muchísimo."],
        "it": ["La mappa del camion ci mette un'eternità a caricare."],
        "pt": ["O mapa do camião demora imenso a carregar."],
    },
}

# Consumer problems: topic words (for subjects) and complaints.
PROBLEMS = ("no_show", "double_charge", "short_delivery", "wrong_price", "spill", "refund")
TOPIC = {
    "no_show": {
        "fr": "livraison jamais arrivée",
        "en": "delivery never came",
        "de": "Lieferung nie gekommen",
        "es": "entrega que nunca llegó",
        "it": "consegna mai arrivata",
        "pt": "entrega que nunca chegou",
    },
    "double_charge": {
        "fr": "débitée deux fois",
        "en": "charged twice",
        "de": "doppelt abgebucht",
        "es": "cobro doble",
        "it": "addebito doppio",
        "pt": "cobrança a dobrar",
    },
    "short_delivery": {
        "fr": "litres manquants",
        "en": "litres missing",
        "de": "fehlende Liter",
        "es": "faltan litros",
        "it": "litri mancanti",
        "pt": "litros em falta",
    },
    "wrong_price": {
        "fr": "prix Sérénité non appliqué",
        "en": "plan price not applied",
        "de": "Tarifpreis nicht angewendet",
        "es": "precio del plan no aplicado",
        "it": "prezzo del piano non applicato",
        "pt": "preço do plano não aplicado",
    },
    "spill": {
        "fr": "fioul renversé",
        "en": "oil spilt on my drive",
        "de": "Heizöl verschüttet",
        "es": "gasóleo derramado",
        "it": "gasolio versato",
        "pt": "gasóleo derramado",
    },
    "refund": {
        "fr": "remboursement jamais reçu",
        "en": "refund never received",
        "de": "Erstattung nie erhalten",
        "es": "reembolso no recibido",
        "it": "rimborso mai ricevuto",
        "pt": "reembolso não recebido",
    },
}
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "fr": [
            "Commande marquée LIVRÉE ce matin à 9h12, sauf que personne n'est venu. La cuve est vide, la chaudière est en sécurité et j'ai deux enfants à la maison. Je veux une livraison aujourd'hui.",
            "Le suivi dit « livré », la jauge dit 4 %. Le camion n'est jamais passé. On gèle ici, c'est inadmissible.",
            "3e jour sans chauffage, créneau confirmé, personne, pas un appel. Vous vous fichez de nous ?",
        ],
        "en": [
            "Order marked DELIVERED at 9:12 this morning, except nobody came. Tank's empty, boiler's locked out and I've two kids at home. I want a delivery today.",
            "Tracking says delivered, gauge says 4%. The lorry never came. We're freezing here, this is not on.",
            "Third day with no heating, slot confirmed, nobody turned up, not one call. Are you having a laugh?",
        ],
        "de": [
            "Bestellung steht auf GELIEFERT, aber hier war niemand. Tank leer, Heizung aus, Kinder im Haus. Ich will heute noch eine Lieferung."
        ],
        "es": [
            "El pedido sale como ENTREGADO y aquí no ha venido nadie. Depósito vacío, sin calefacción y con niños en casa. Quiero la entrega hoy."
        ],
        "it": [
            "L'ordine risulta CONSEGNATO ma non è venuto nessuno. Cisterna vuota, caldaia spenta, bambini in casa. Voglio la consegna oggi."
        ],
        "pt": [
            "A encomenda aparece como ENTREGUE mas não veio ninguém. Depósito vazio, sem aquecimento e com crianças em casa. Quero a entrega hoje."
        ],
    },
    "double_charge": {
        "fr": [
            "Vous m'avez débitée DEUX fois 1 090 € pour une seule livraison. Mon compte est à découvert et le prélèvement du loyer a été rejeté. Remboursez-moi immédiatement.",
            "Deux prélèvements identiques pour la même commande, ma banque me facture les frais de rejet. C'est votre erreur, pas la mienne.",
        ],
        "en": [
            "You've taken £940 TWICE for one delivery. I'm overdrawn and the mortgage payment bounced. Put it back now.",
            "Two identical payments for the same order, and my bank's charging me for the bounced direct debit. Your mistake, not mine.",
        ],
        "de": [
            "Sie haben ZWEIMAL 1.090 € für eine Lieferung abgebucht. Mein Konto ist im Minus, die Miete ist geplatzt. Sofort zurückbuchen."
        ],
        "es": [
            "Me habéis cobrado DOS veces 1.090 € por una sola entrega. Estoy en números rojos. Devolvedlo ya."
        ],
        "it": [
            "Mi avete addebitato DUE volte 1.090 € per una sola consegna. Sono in rosso. Rimborsate subito."
        ],
        "pt": ["Cobraram-me DUAS vezes 1.090 € por uma entrega. Fiquei a descoberto. Devolvam já."],
    },
    "short_delivery": {
        "fr": [
            "Facturé 1 000 litres, la jauge connectée (la vôtre !) en a vu entrer 760. Il manque 240 litres que j'ai payés.",
            "Le bon du chauffeur dit 1 000 L, ma cuve graduée dit à peine 800. Je ne suis pas d'accord pour payer de l'air.",
        ],
        "en": [
            "Billed for 1,000 litres, your own gauge saw 760 go in. That's 240 litres I've paid for and haven't got.",
            "Driver's ticket says 1000 L, the sight gauge on my tank says barely 800. Not paying for fresh air.",
        ],
        "de": [
            "1.000 Liter berechnet, Ihre eigene Anzeige hat 760 gesehen. 240 Liter bezahlt und nicht bekommen."
        ],
        "es": [
            "Me cobráis 1.000 litros y vuestro propio medidor marca 760. Faltan 240 litros pagados."
        ],
        "it": [
            "Fatturati 1.000 litri, il vostro indicatore ne ha visti entrare 760. Mancano 240 litri pagati."
        ],
        "pt": ["Faturaram 1.000 litros e o vosso medidor viu entrar 760. Faltam 240 litros pagos."],
    },
    "wrong_price": {
        "fr": [
            "Je paie {plan} tous les mois pour avoir le prix bloqué, et la dernière livraison m'a été facturée au prix du jour, 180 € de plus. À quoi sert l'abonnement ?",
            "Abonnée {plan} depuis deux ans, facturée au tarif normal. Corrigez la facture.",
        ],
        "en": [
            "I pay for {plan} every month to get a locked price and my last fill was billed at the day rate, £150 more. What's the plan for then?",
            "On {plan} for two years and billed the normal rate. Fix the invoice please.",
        ],
        "de": [
            "Ich zahle jeden Monat für {plan} wegen des festen Preises und wurde zum Tagespreis abgerechnet, 180 € mehr."
        ],
        "es": [
            "Pago {plan} cada mes por el precio fijo y me habéis cobrado al precio del día, 180 € más."
        ],
        "it": [
            "Pago {plan} ogni mese per il prezzo bloccato e mi avete fatturato al prezzo del giorno, 180 € in più."
        ],
        "pt": [
            "Pago o {plan} todos os meses pelo preço fixo e faturaram ao preço do dia, mais 180 €."
        ],
    },
    "spill": {
        "fr": [
            "Le chauffeur a renversé du fioul sur mes graviers et la pelouse, ça pue jusque dans la cuisine et personne n'est venu nettoyer. Il est parti comme si de rien n'était.",
            "Flaque de fioul devant la cuve depuis la livraison, le chien a marché dedans, le carrelage est fichu. Qui paie ?",
        ],
        "en": [
            "Your driver spilt oil all over my gravel and the lawn, the kitchen stinks of it and nobody's come to clean up. He just drove off.",
            "Puddle of oil by the tank since the delivery, the dog walked it through the house, the floor's ruined. Who's paying?",
        ],
        "de": [
            "Der Fahrer hat Heizöl auf Kies und Rasen verschüttet, es stinkt bis in die Küche und keiner kommt zum Saubermachen."
        ],
        "es": [
            "El repartidor derramó gasóleo en la grava y el césped, huele hasta la cocina y nadie ha venido a limpiar."
        ],
        "it": [
            "L'autista ha versato gasolio sulla ghiaia e sul prato, puzza fino in cucina e nessuno è venuto a pulire."
        ],
        "pt": [
            "O motorista entornou gasóleo na gravilha e na relva, cheira até na cozinha e ninguém veio limpar."
        ],
    },
    "refund": {
        "fr": [
            "Commande annulée il y a TROIS semaines, acompte de 300 € toujours pas remboursé malgré deux mails. Ça suffit.",
            "Toujours pas revu mes 300 € d'acompte, la commande a été annulée par VOUS. On attend quoi ?",
        ],
        "en": [
            "Order cancelled THREE weeks ago, £260 deposit still not refunded after two emails. Enough.",
            "Still haven't seen my £260 deposit back and it was YOU who cancelled the order. What's the hold-up?",
        ],
        "de": ["Bestellung vor DREI Wochen storniert, 300 € Anzahlung immer noch nicht zurück."],
        "es": ["Pedido cancelado hace TRES semanas y los 300 € de señal sin devolver."],
        "it": ["Ordine annullato TRE settimane fa, 300 € di acconto ancora non rimborsati."],
        "pt": ["Encomenda cancelada há TRÊS semanas e os 300 € de sinal ainda por devolver."],
    },
}

LETTER_OPEN = {
    "fr": [
        "Madame, Monsieur,\n\nJe vous écris depuis la salle d'attente du kiné de mon père, qui se remet doucement de sa chute de décembre, alors pardonnez le style. Nous l'avons pris chez nous le temps qu'il remarche et la maison doit être chauffée jour et nuit, d'où ma commande chez vous.\n\n",
        "Bonjour,\n\nJe profite de la sieste des jumeaux pour vous écrire, entre deux cartons : nous venons d'emménager dans la ferme de ma grand-mère, qu'on retape pièce par pièce, et le fioul est pour l'instant notre seul chauffage.\n\n",
    ],
    "en": [
        "Dear Sir or Madam,\n\nI'm writing this in the car outside the lambing shed, so forgive the typos. My mother moved in with us after her fall in November and the house has to stay warm day and night, which is why I ordered from you in the first place.\n\n",
        "Hello,\n\nI'm typing this on my phone at the school gates while I wait for the kids. We've just taken on my late uncle's cottage and we're doing it up room by room, and the oil boiler is the only heating there is.\n\n",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Tierärztin, unser Hund hat sich die Pfote verletzt. Wir haben gerade das Haus meiner Eltern übernommen und heizen nur mit Öl.\n\n"
    ],
    "es": [
        "Buenos días:\n\nOs escribo desde el coche, a la puerta del colegio de mi hija. Estamos reformando la casa de mis suegros en el pueblo y el gasóleo es la única calefacción que tenemos.\n\n"
    ],
    "it": [
        "Gentili signori,\n\nvi scrivo dalla sala d'attesa del fisioterapista di mia madre. Stiamo ristrutturando la casa dei nonni in montagna e il gasolio è l'unico riscaldamento.\n\n"
    ],
    "pt": [
        "Bom dia,\n\nescrevo-vos do carro, à porta da escola. Estamos a recuperar a casa dos meus sogros na aldeia e o gasóleo é o único aquecimento.\n\n"
    ],
}
LETTER_CLOSE = {
    "fr": [
        "\n\nJe suis cliente depuis quatre hivers et je n'ai jamais eu à me plaindre, mais là ce n'est pas acceptable. J'attends une réponse rapide.\n\nCordialement,\n{first}",
        "\n\nJ'ai toujours recommandé {brand} autour de moi. Merci de faire le nécessaire au plus vite.\n\nBien à vous,\n{first}",
    ],
    "en": [
        "\n\nI've been with you four winters and never had cause to complain, but this isn't acceptable. I'd appreciate a quick answer.\n\nKind regards,\n{first}",
        "\n\nI've always recommended {brand} to the neighbours. Please sort this as soon as you can.\n\nBest wishes,\n{first}",
    ],
    "de": [
        "\n\nSeit Jahren bestelle ich bei Ihnen ohne jeden Ärger, aber so geht das nicht. Ich erwarte eine schnelle Antwort.\n\nMit freundlichen Grüßen\n{first}"
    ],
    "es": [
        "\n\nSoy cliente desde hace años y nunca me había quejado, pero esto no es normal. Espero respuesta pronto.\n\nUn saludo,\n{first}"
    ],
    "it": [
        "\n\nSono cliente da anni e non mi sono mai lamentata, ma così non va. Attendo una risposta.\n\nCordiali saluti,\n{first}"
    ],
    "pt": [
        "\n\nSou cliente há anos e nunca me queixei, mas isto não pode ser. Aguardo resposta.\n\nCumprimentos,\n{first}"
    ],
}

# Business arm (Cuvora Pro): heating oil, off-road diesel and AdBlue to firms on account.
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_TOPIC = {
    "invoice": {
        "fr": "factures sans numéro de bon de commande",
        "en": "invoices without our PO number",
        "de": "Rechnungen ohne Bestellnummer",
        "es": "facturas sin número de pedido",
        "it": "fatture senza numero d'ordine",
        "pt": "faturas sem número de encomenda",
    },
    "service_blocked": {
        "fr": "compte bloqué, livraison refusée",
        "en": "account on stop, delivery refused",
        "de": "Konto gesperrt, Lieferung verweigert",
        "es": "cuenta bloqueada, entrega rechazada",
        "it": "conto bloccato, consegna rifiutata",
        "pt": "conta bloqueada, entrega recusada",
    },
    "portal": {
        "fr": "portail : aucune cuve affichée",
        "en": "portal shows none of our tanks",
        "de": "Portal zeigt keine Tanks",
        "es": "el portal no muestra los depósitos",
        "it": "il portale non mostra le cisterne",
        "pt": "o portal não mostra os depósitos",
    },
    "overbilled": {
        "fr": "prix du jour au lieu du prix contrat",
        "en": "day price instead of contract price",
        "de": "Tagespreis statt Vertragspreis",
        "es": "precio del día en vez del de contrato",
        "it": "prezzo del giorno invece del contratto",
        "pt": "preço do dia em vez do contrato",
    },
}
B2B_COMPLAINT: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "fr": [
            "Depuis la fusion, vos factures arrivent sans notre numéro de bon de commande et sous l'ancienne raison sociale. Notre comptabilité les rejette toutes, trois sont en souffrance.",
            "Nos factures {brand} Pro sont rejetées par la compta : pas de n° de BC. Merci de les rééditer.",
        ],
        "en": [
            "Since the merger your invoices come with no PO number and the old company name. Accounts payable rejects every one, three are stuck.",
            "Our {brand} Pro invoices keep bouncing in accounts: no PO number. Please reissue.",
        ],
        "de": [
            "Ihre Rechnungen kommen ohne unsere Bestellnummer und mit dem alten Firmennamen. Die Buchhaltung lehnt alle ab."
        ],
        "es": [
            "Vuestras facturas llegan sin número de pedido y con la razón social antigua. Contabilidad las rechaza todas."
        ],
        "it": [
            "Le vostre fatture arrivano senza numero d'ordine e con la vecchia ragione sociale. L'amministrazione le respinge tutte."
        ],
        "pt": [
            "As vossas faturas chegam sem número de encomenda e com o nome antigo. A contabilidade rejeita-as todas."
        ],
    },
    "service_blocked": {
        "fr": [
            "Votre chauffeur a refusé de livrer le GNR ce matin : « compte bloqué ». Nos factures sont payées, j'ai les preuves de virement. Deux engins à l'arrêt.",
            "Livraison refusée sur chantier, motif compte bloqué, alors que tout est réglé. Inacceptable.",
        ],
        "en": [
            "Your driver refused to deliver the red diesel this morning: 'account on stop'. Our invoices are paid, I have the remittances. Two machines standing idle.",
            "Delivery refused on site, account on stop, and everything's paid. Not acceptable.",
        ],
        "de": [
            "Ihr Fahrer hat heute die Lieferung verweigert: „Konto gesperrt“. Alles ist bezahlt. Zwei Maschinen stehen."
        ],
        "es": [
            "Vuestro conductor se negó a descargar: «cuenta bloqueada». Todo está pagado. Dos máquinas paradas."
        ],
        "it": [
            "Il vostro autista ha rifiutato la consegna: «conto bloccato». È tutto pagato. Due mezzi fermi."
        ],
        "pt": [
            "O motorista recusou a entrega: «conta bloqueada». Está tudo pago. Duas máquinas paradas."
        ],
    },
    "portal": {
        "fr": [
            "Le portail {brand} Pro n'affiche plus aucune de nos 14 cuves, impossible de programmer une livraison ou de voir les niveaux.",
            "Portail vide depuis la mise à jour : plus de cuves, plus de niveaux, plus de commandes.",
        ],
        "en": [
            "The {brand} Pro portal shows none of our 14 tanks any more, so we can't schedule deliveries or see levels.",
            "Portal's been empty since the update: no tanks, no levels, no ordering.",
        ],
        "de": ["Das Portal zeigt keinen unserer 14 Tanks mehr, wir können nichts bestellen."],
        "es": [
            "El portal no muestra ninguno de nuestros 14 depósitos, no podemos programar entregas."
        ],
        "it": ["Il portale non mostra più nessuna delle nostre 14 cisterne, impossibile ordinare."],
        "pt": ["O portal não mostra nenhum dos nossos 14 depósitos, não conseguimos encomendar."],
    },
    "overbilled": {
        "fr": [
            "Les trois dernières livraisons sont facturées au prix du jour et non au prix du contrat annuel, soit plus de 900 € d'écart.",
            "Facturation au prix spot alors que nous avons un contrat à prix fixe. Merci de corriger.",
        ],
        "en": [
            "The last three deliveries were billed at the day price, not our annual contract price: over £800 difference.",
            "Billed at spot price when we're on a fixed-price contract. Please correct.",
        ],
        "de": [
            "Die letzten drei Lieferungen zum Tagespreis statt Vertragspreis berechnet, über 900 € Differenz."
        ],
        "es": [
            "Las tres últimas entregas facturadas a precio del día y no de contrato, más de 900 € de diferencia."
        ],
        "it": [
            "Le ultime tre consegne fatturate al prezzo del giorno e non del contratto, oltre 900 € di differenza."
        ],
        "pt": [
            "As três últimas entregas faturadas ao preço do dia e não do contrato, mais de 900 € de diferença."
        ],
    },
}
B2B = {
    "later": {
        "fr": [
            "Je me joins à {colleague}, qui vous a écrit {day} (dossier {case}) : même problème chez nous, {topic}.",
            "Suite au message de {colleague} {day}, dossier {case} : toujours {topic}, ça bloque notre service.",
        ],
        "en": [
            "Adding to what {colleague} sent {day} (case {case}): same problem here, {topic}.",
            "Following {colleague}'s email {day}, case {case}: still {topic}, it's holding us up.",
        ],
        "de": ["Wie {colleague} {day} schon schrieb (Vorgang {case}): {topic}."],
        "es": ["Como ya escribió {colleague} {day} (incidencia {case}): {topic}."],
        "it": ["Come ha già scritto {colleague} {day} (pratica {case}): {topic}."],
        "pt": ["Como já escreveu {colleague} {day} (processo {case}): {topic}."],
    },
    "last_email": {
        "fr": [
            "Dossier {case} : toujours rien, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
        ],
        "en": [
            "Case {case}: still nothing, several colleagues have written. Procurement has already asked {comp} for their rates."
        ],
        "de": ["Vorgang {case}: immer noch nichts. Der Einkauf hat bereits bei {comp} angefragt."],
        "es": ["Incidencia {case}: nada. Compras ya ha pedido precios a {comp}."],
        "it": ["Pratica {case}: ancora niente. Gli acquisti hanno già chiesto i prezzi a {comp}."],
        "pt": ["Processo {case}: nada. As compras já pediram preços à {comp}."],
    },
    "last_call": {
        "fr": [
            "oui bonjour c'est pour le dossier {case} toujours pas réglé plusieurs collègues vous ont écrit et mon patron dit qu'on change de fournisseur si c'est pas réglé cette semaine"
        ],
        "en": [
            "hi it's about case {case} still not fixed several of us have written and my boss says we're moving supplier if it's not sorted this week"
        ],
        "de": [
            "ja hallo wegen Vorgang {case} immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht klappt"
        ],
        "es": [
            "hola llamo por la incidencia {case} sigue sin resolver varios compañeros han escrito y mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
        ],
        "it": [
            "buongiorno chiamo per la pratica {case} ancora niente diversi colleghi vi hanno scritto e il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
        ],
        "pt": [
            "olá ligo por causa do processo {case} continua por resolver vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
        ],
    },
    "suggest": {
        "fr": [
            "Suggestion : pourrait-on exporter les livraisons par centre de coût ? Ça nous simplifierait la refacturation.",
            "Ce serait pratique d'avoir la date du dernier contrôle de la cuve sur le bon de livraison.",
        ],
        "en": [
            "Suggestion: could we export deliveries by cost centre? It'd make recharging much easier.",
            "Would be handy to have the tank's last inspection date on the delivery note.",
        ],
        "de": ["Vorschlag: Export der Lieferungen nach Kostenstelle wäre praktisch."],
        "es": ["Sugerencia: exportar las entregas por centro de coste sería muy útil."],
        "it": ["Suggerimento: esportare le consegne per centro di costo sarebbe utile."],
        "pt": ["Sugestão: exportar as entregas por centro de custo dava jeito."],
    },
    "suggest_ack": {
        "fr": ["Merci {first} pour la suggestion, elle est transmise à l'équipe produit. {agent}"],
        "en": ["Thanks {first} for the suggestion, passed to the product team. {agent}"],
        "de": ["Danke {first}, an das Produktteam weitergegeben. {agent}"],
        "es": ["Gracias {first}, lo pasamos al equipo de producto. {agent}"],
        "it": ["Grazie {first}, inoltrato al team prodotto. {agent}"],
        "pt": ["Obrigada {first}, passámos à equipa de produto. {agent}"],
    },
    "question": {
        "fr": [
            "Bonjour, peut-on faire livrer le GNR et le fioul du bâtiment B le même jour ?",
            "Le créneau de jeudi pour le site de Vire est-il confirmé ?",
        ],
        "en": [
            "Hi, can we have the red diesel and block B's heating oil on the same day?",
            "Is Thursday's slot for the Hexham site confirmed?",
        ],
        "de": ["Können Diesel und Heizöl am selben Tag kommen?"],
        "es": ["¿Podéis traer el gasóleo B y el C el mismo día?"],
        "it": ["Potete consegnare gasolio agricolo e da riscaldamento lo stesso giorno?"],
        "pt": ["Podem entregar o gasóleo agrícola e o de aquecimento no mesmo dia?"],
    },
    "answer": {
        "fr": ["Bonjour {first}, oui, c'est noté sur la même tournée. {agent}"],
        "en": ["Hi {first}, yes, both are on the same round now. {agent}"],
        "de": ["Hallo {first}, ja, beides auf derselben Tour. {agent}"],
        "es": ["Hola {first}, sí, van en la misma ruta. {agent}"],
        "it": ["Buongiorno {first}, sì, stesso giro. {agent}"],
        "pt": ["Olá {first}, sim, na mesma rota. {agent}"],
    },
    "praise": {
        "fr": [
            "Livraisons {brand} Pro toujours à l'heure sur nos trois sites cet hiver, merci aux chauffeurs."
        ],
        "en": [
            "{brand} Pro deliveries bang on time at all three sites this winter, thanks to the drivers."
        ],
        "de": ["{brand} Pro liefert diesen Winter an allen Standorten pünktlich."],
        "es": ["{brand} Pro puntual en todas nuestras sedes este invierno."],
        "it": ["{brand} Pro puntuale in tutte le nostre sedi quest'inverno."],
        "pt": ["{brand} Pro pontual em todas as nossas instalações este inverno."],
    },
}
WEEKDAY = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
}
TODAY = {
    "fr": "ce matin",
    "en": "this morning",
    "de": "heute Morgen",
    "es": "esta mañana",
    "it": "stamattina",
    "pt": "esta manhã",
}


class _Fill(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def fill(text: str, **kw: str) -> str:
    return text.format_map(_Fill(kw))


def pick(rng: random.Random, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    return fill(rng.choice(table[lang]), **kw)
