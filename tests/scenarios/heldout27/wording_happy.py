# ruff: noqa: E501
"""Happy wording for heldout27 (Stampello: photo books, prints, calendars, wall art).

Hand-written. English and French first (most variants), then German, Spanish,
Italian and Portuguese. Placeholders: {brand}, {city}, {project}, {name},
{agent}; [[fem|masc]] agrees with the writer.
"""

from __future__ import annotations

PRAISE: dict[str, list[str]] = {
    "en": [
        "Got {project} from {brand} today and honestly I teared up a bit. Colours spot on, paper lovely and thick 😍",
        "Just want to say the {brand} app is the easiest thing ever, did a whole calendar on the bus home",
        "Big shout out to {brand}, ordered prints monday night and they were on the mat in {city} wednesday morning",
        "my mum cried when she opened {project}. thank you {brand} x",
        "Lay-flat pages on the {brand} books are gorgeous, no photo lost in the middle fold anymore 👌",
        "Proper quality from {brand} again, canvas looks like it came from a gallery",
        "Ordered {project} at 11pm, got a 'we're printing it' email before breakfast. Fair play {brand}",
    ],
    "fr": [
        "Reçu {project} de chez {brand} ce matin, franchement c'est magnifique, les couleurs sont parfaites 😍",
        "L'appli {brand} est trop simple, j'ai fait le calendrier de ma belle-mère en 20 min dans le RER",
        "Merci {brand} ! Commande passée lundi soir, livrée mercredi à {city}. Impeccable",
        "ma grand-mère a pleuré en ouvrant {project}, merci {brand} ❤️",
        "Le papier mat des livres {brand} est superbe, rien à voir avec ce que j'avais avant",
        "Super [[contente|content]] du tirage photo chez {brand}, même les photos du téléphone rendent bien",
        "Livre photo reçu, emballage nickel, aucun coin abîmé. Bravo {brand} 👏",
        "Très [[satisfaite|satisfait]] de {brand}, service client au top et le rendu est pro",
    ],
    "de": [
        "Heute {project} von {brand} bekommen, die Farben sind der Hammer 😍",
        "Die {brand} App ist echt einfach, Kalender in der S-Bahn fertig gemacht",
        "Danke {brand}, Montag bestellt, Mittwoch in {city} im Briefkasten. Top!",
        "Meine Oma hat geweint als sie {project} aufgemacht hat. Danke {brand} ❤️",
    ],
    "es": [
        "Hoy me ha llegado {project} de {brand} y es precioso, los colores perfectos 😍",
        "La app de {brand} es facilísima, hice el calendario en el metro",
        "Gracias {brand}, pedido el lunes y el miércoles ya estaba en {city}",
        "mi madre lloró al abrir {project}. gracias {brand} ❤️",
    ],
    "it": [
        "Arrivato oggi {project} da {brand}, colori perfetti e carta bellissima 😍",
        "L'app di {brand} è semplicissima, ho fatto il calendario in treno",
        "Grazie {brand}, ordinato lunedì e mercoledì era già a {city}. Top",
        "mia nonna si è commossa aprendo {project}. grazie {brand} ❤️",
    ],
    "pt": [
        "Chegou hoje {project} da {brand}, as cores estão perfeitas 😍",
        "A app da {brand} é facílima, fiz o calendário no comboio",
        "[[Obrigada|Obrigado]] {brand}, encomendei segunda e quarta já estava em {city}",
        "a minha avó chorou ao abrir {project}. [[obrigada|obrigado]] {brand} ❤️",
    ],
}

MENTION: dict[str, list[str]] = {
    "en": [
        "@{brand} best present I've given all year, thanks!",
        "if you're doing a wedding album just use @{brand}, trust me",
        "@{brand} the wall calendar is up in the kitchen and everyone's asking where it's from",
    ],
    "fr": [
        "@{brand} meilleur cadeau de l'année, merci !",
        "pour un album de mariage allez chez @{brand}, je vous le dis",
        "@{brand} le calendrier est accroché dans la cuisine et tout le monde me demande d'où il vient",
    ],
    "de": [
        "@{brand} bestes Geschenk dieses Jahr, danke!",
        "wer ein Hochzeitsalbum braucht: @{brand}, ehrlich",
    ],
    "es": [
        "@{brand} el mejor regalo del año, ¡gracias!",
        "si vais a hacer un álbum de boda, @{brand} sin duda",
    ],
    "it": [
        "@{brand} il regalo più bello dell'anno, grazie!",
        "per l'album di nozze andate da @{brand}, fidatevi",
    ],
    "pt": [
        "@{brand} o melhor presente do ano, [[obrigada|obrigado]]!",
        "para álbum de casamento é a @{brand}, confiem",
    ],
}

# "again / still / third time" said of good things
AGAIN: dict[str, list[str]] = {
    "en": [
        "Third book from {brand} this year and again not a single thing wrong with it",
        "Still the best prints I've found, been using {brand} since 2021",
        "Ordered again from {brand}, arrived early again. Never had a bad one",
        "Second calendar in a row from {brand} and still chuffed with it",
    ],
    "fr": [
        "Troisième livre chez {brand} cette année et encore une fois rien à redire",
        "Toujours aussi [[contente|content]] de {brand} après trois ans",
        "Encore une commande {brand}, encore arrivée en avance. Jamais [[déçue|déçu]]",
        "Deuxième calendrier {brand} d'affilée, toujours [[ravie|ravi]]",
    ],
    "de": [
        "Zum dritten Mal dieses Jahr bei {brand} bestellt und wieder alles perfekt",
        "Immer noch die besten Abzüge, seit 2021 bei {brand}",
    ],
    "es": [
        "Tercer álbum con {brand} este año y otra vez perfecto",
        "Sigo [[encantada|encantado]] con {brand} después de tres años",
    ],
    "it": [
        "Terzo fotolibro con {brand} quest'anno e di nuovo tutto perfetto",
        "Ancora [[contentissima|contentissimo]] di {brand} dopo tre anni",
    ],
    "pt": [
        "Terceiro álbum com a {brand} este ano e outra vez perfeito",
        "Continuo [[encantada|encantado]] com a {brand} depois de três anos",
    ],
}

# praise with a small gripe
GRIPE: dict[str, list[str]] = {
    "en": [
        "Love {project}, print is gorgeous. Only wish the app didn't log me out every update 🙄",
        "Great quality as always from {brand}, shipping to {city} is a bit pricey though",
        "Book is lovely. The cover font choices are a bit dull, would love more of them",
    ],
    "fr": [
        "J'adore {project}, l'impression est superbe. Juste dommage que l'appli me déconnecte à chaque mise à jour",
        "Toujours la même qualité chez {brand}, par contre les frais de port pour {city} piquent un peu",
        "Livre top. Les polices pour la couverture sont un peu tristes, il en faudrait plus",
    ],
    "de": [
        "{project} ist wunderschön. Nur dass die App mich bei jedem Update abmeldet nervt etwas"
    ],
    "es": ["{project} quedó precioso. Lo único, la app me desconecta en cada actualización"],
    "it": ["{project} è bellissimo. Solo che l'app mi slogga a ogni aggiornamento, uffa"],
    "pt": ["{project} ficou lindo. Só a app que me desliga a cada atualização"],
}

# (question, agent answer)
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Hi, can I still change the cover of my book if I ordered an hour ago?",
            "Hi {name}, yes: it's not in production yet, I've unlocked it for you, just edit and save within 2 hours. {agent}",
        ),
        (
            "hello do you ship to the channel islands? thanks",
            "Hello {name}, we do, standard delivery takes 4-6 working days there. {agent}",
        ),
        (
            "Quick one: what's the max number of pages in the A4 landscape book?",
            "Hi {name}, up to 160 pages in A4 landscape. {agent} at {brand}",
        ),
        (
            "Can I use my Club discount on canvas prints or only books?",
            "Hi {name}, the Club discount works on everything including canvas. {agent}",
        ),
        (
            "Is there a way to share a project with my sister so we both can edit it?",
            "Hi {name}, yes, in the project menu choose 'Invite to edit' and enter her email. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux encore modifier la couverture ? J'ai commandé il y a une heure",
            "Bonjour {name}, oui, la commande n'est pas encore en production, je l'ai débloquée : vous avez 2 h pour modifier. {agent}",
        ),
        (
            "bonjour vous livrez en Martinique ? merci",
            "Bonjour {name}, oui, comptez 8 à 12 jours ouvrés. {agent}",
        ),
        (
            "Combien de pages max pour le livre A4 paysage svp ?",
            "Bonjour {name}, jusqu'à 160 pages en A4 paysage. {agent}, {brand}",
        ),
        (
            "La remise Club marche aussi sur les toiles ou que sur les livres ?",
            "Bonjour {name}, la remise Club s'applique sur tout le catalogue, toiles comprises. {agent}",
        ),
        (
            "On peut partager un projet avec ma sœur pour qu'on le fasse à deux ?",
            "Bonjour {name}, oui : menu du projet, « Inviter à modifier », puis son e-mail. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich das Cover noch ändern? Vor einer Stunde bestellt",
            "Hallo {name}, ja, noch nicht in Produktion, ich habe es freigeschaltet: 2 Stunden Zeit. Viele Grüße, {agent}",
        ),
        (
            "Wie viele Seiten hat das A4 Querformat maximal?",
            "Hallo {name}, bis zu 160 Seiten. Viele Grüße, {agent}",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo cambiar la portada todavía? Hice el pedido hace una hora",
            "Hola {name}, sí, aún no está en producción, te lo he desbloqueado 2 horas. Un saludo, {agent}",
        ),
        (
            "¿Cuántas páginas como máximo tiene el A4 apaisado?",
            "Hola {name}, hasta 160 páginas. Un saludo, {agent}",
        ),
    ],
    "it": [
        (
            "Ciao, posso ancora cambiare la copertina? Ho ordinato un'ora fa",
            "Ciao {name}, sì, non è ancora in produzione, te l'ho sbloccato per 2 ore. Saluti, {agent}",
        ),
        (
            "Quante pagine al massimo per l'A4 orizzontale?",
            "Ciao {name}, fino a 160 pagine. Saluti, {agent}",
        ),
    ],
    "pt": [
        (
            "Olá, ainda posso mudar a capa? Encomendei há uma hora",
            "Olá {name}, sim, ainda não entrou em produção, desbloqueei por 2 horas. Cumprimentos, {agent}",
        ),
        (
            "Quantas páginas no máximo tem o A4 horizontal?",
            "Olá {name}, até 160 páginas. Cumprimentos, {agent}",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "en": [
        "brilliant thank you!",
        "Perfect, thanks a lot",
        "ah great cheers",
        "Thanks {agent}, sorted 👍",
    ],
    "fr": ["super merci !", "Parfait, merci beaucoup", "top merci 👍", "Merci {agent}, c'est noté"],
    "de": ["super danke!", "Perfekt, vielen Dank"],
    "es": ["¡genial, gracias!", "Perfecto, muchas gracias"],
    "it": ["perfetto grazie!", "Ottimo, grazie mille"],
    "pt": ["ótimo [[obrigada|obrigado]]!", "Perfeito, muito [[obrigada|obrigado]]"],
}

# phone questions, written as sentences; the generator turns them into transcripts
PHONE_Q: dict[str, list[str]] = {
    "en": [
        "yeah hi I was just wondering if the calendar can start in september instead of january",
        "hiya I ordered a photo book for {city} and I want to know if it comes in a box or just an envelope",
        "hello there quick question can I pay with a gift card and a credit card at the same time",
    ],
    "fr": [
        "oui bonjour euh je voulais savoir si le calendrier peut commencer en septembre",
        "allô bonjour c'est pour savoir si le livre arrive dans une boîte ou juste une enveloppe",
        "bonjour je voulais savoir si on peut payer avec une carte cadeau et la carte bleue en même temps",
    ],
    "de": ["ja hallo ich wollte fragen ob der Kalender auch im September anfangen kann"],
    "es": ["sí hola buenas quería saber si el calendario puede empezar en septiembre"],
    "it": ["pronto buongiorno volevo sapere se il calendario può iniziare a settembre"],
    "pt": ["está sim boa tarde queria saber se o calendário pode começar em setembro"],
}

REVIEW: dict[str, list[str]] = {
    "en": [
        "Beautiful book, fast delivery, will order again.",
        "Prints are sharp and the colours true. 5 stars",
        "Easy app, lovely result, my nan loved it",
    ],
    "fr": [
        "Très beau livre, livraison rapide, je recommande.",
        "Tirages nets, couleurs fidèles. 5 étoiles",
        "Appli simple, résultat superbe",
    ],
    "de": ["Wunderschönes Fotobuch, schnelle Lieferung.", "Scharfe Abzüge, echte Farben."],
    "es": ["Álbum precioso, entrega rápida.", "Copias nítidas y colores fieles."],
    "it": ["Fotolibro bellissimo, consegna veloce.", "Stampe nitide, colori fedeli."],
    "pt": ["Álbum lindo, entrega rápida.", "Impressões nítidas, cores fiéis."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "en": ["great", "Lovely quality", "all good", "quick and easy", "👍", "😊"],
    "fr": ["super", "Très bonne qualité", "rien à dire", "rapide et simple", "👍", "😊"],
    "de": ["super", "Tolle Qualität", "alles gut", "👍"],
    "es": ["genial", "Muy buena calidad", "todo bien", "👍"],
    "it": ["ottimo", "Qualità top", "tutto bene", "👍"],
    "pt": ["ótimo", "Muito boa qualidade", "tudo bem", "👍"],
}

NIGHT_POST: dict[str, list[str]] = {
    "en": [
        "3am feed done, baby asleep, finally finished {project} on the {brand} app 🌙",
        "night shift break, ordered the grandparents' calendar. love that the app works at 2am",
        "can't sleep so I made a whole photo book of the holiday. {brand} you're a lifesaver",
    ],
    "fr": [
        "3h du mat, le bébé dort enfin, j'ai fini {project} sur l'appli {brand} 🌙",
        "pause de nuit à l'hôpital, calendrier des grands-parents commandé. merci {brand}",
        "insomnie = livre photo des vacances bouclé. {brand} je vous aime",
    ],
    "de": ["3 Uhr nachts, Baby schläft, endlich {project} in der {brand} App fertig 🌙"],
    "es": [
        "las 3 de la mañana, el bebé dormido y por fin terminé {project} en la app de {brand} 🌙"
    ],
    "it": ["le 3 di notte, il bimbo dorme e ho finito {project} sull'app di {brand} 🌙"],
    "pt": ["3 da manhã, o bebé a dormir e finalmente acabei {project} na app da {brand} 🌙"],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "anyone there? does the order still go out tomorrow if I pay now",
            "Hi {name}, yes, orders paid before 8am go into today's print run. {agent} (night team)",
        ),
        (
            "hi is it ok to upload 400 photos at once or will the app crash",
            "Hi {name}, it's fine, best on wifi and keep the app open until it says done. {agent}",
        ),
    ],
    "fr": [
        (
            "il y a quelqu'un ? si je paie maintenant ça part demain ?",
            "Bonjour {name}, oui, payé avant 8 h c'est dans le tirage du jour. {agent} (équipe de nuit)",
        ),
        (
            "bonsoir on peut charger 400 photos d'un coup sans que l'appli plante ?",
            "Bonsoir {name}, oui, en wifi de préférence, laissez l'appli ouverte jusqu'à « terminé ». {agent}",
        ),
    ],
    "de": [
        (
            "jemand da? geht die Bestellung morgen noch raus wenn ich jetzt zahle",
            "Hallo {name}, ja, vor 8 Uhr bezahlt geht in den heutigen Druck. {agent}",
        )
    ],
    "es": [
        (
            "¿hay alguien? si pago ahora ¿sale mañana?",
            "Hola {name}, sí, pagado antes de las 8 entra en la tirada de hoy. {agent}",
        )
    ],
    "it": [
        (
            "c'è qualcuno? se pago adesso parte domani?",
            "Ciao {name}, sì, pagato prima delle 8 va nella stampa di oggi. {agent}",
        )
    ],
    "pt": [
        (
            "está alguém? se pagar agora sai amanhã?",
            "Olá {name}, sim, pago antes das 8 entra na impressão de hoje. {agent}",
        )
    ],
}

PAGES = [
    "/photo-books",
    "/photo-books/a4-landscape",
    "/prints",
    "/calendars",
    "/wall-art/canvas",
    "/cards",
    "/club",
    "/gift-cards",
    "/offers",
]

# product code, price in euros
PRODUCTS: list[tuple[str, float]] = [
    ("photo-book-a4-landscape", 39.90),
    ("photo-book-a5", 24.90),
    ("photo-book-layflat-30x30", 69.90),
    ("prints-pack-100", 14.90),
    ("wall-calendar-a3", 22.50),
    ("canvas-60x40", 49.00),
    ("greeting-cards-20", 17.80),
    ("gift-card-50", 50.00),
]

# projects with their article, per language (named again and again)
PROJECTS: dict[str, list[str]] = {
    "en": [
        "the wedding album",
        "our Lisbon trip book",
        "the baby's first year book",
        "my dad's 70th book",
        "the family calendar",
        "the school leavers' book",
        "our Scotland road trip book",
        "the dog's photo book",
    ],
    "fr": [
        "l'album du mariage",
        "le livre de notre voyage au Maroc",
        "le livre des un an du bébé",
        "l'album des 70 ans de papa",
        "le calendrier familial",
        "le livre de la colo",
        "l'album de notre tour de Bretagne",
        "le livre photo du chien",
    ],
    "de": [
        "das Hochzeitsalbum",
        "das Fotobuch vom Gardasee",
        "das Babybuch",
        "den Familienkalender",
    ],
    "es": [
        "el álbum de la boda",
        "el libro del viaje a Galicia",
        "el álbum del primer año del bebé",
        "el calendario familiar",
    ],
    "it": [
        "l'album del matrimonio",
        "il fotolibro della Sicilia",
        "il libro del primo anno del bimbo",
        "il calendario di famiglia",
    ],
    "pt": [
        "o álbum do casamento",
        "o livro da viagem aos Açores",
        "o álbum do primeiro ano do bebé",
        "o calendário da família",
    ],
}
