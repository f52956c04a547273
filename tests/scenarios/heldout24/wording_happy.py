# ruff: noqa: E501
"""Hand-written happy wording for heldout24 (Lavanto, laundry and dry-cleaning collected at home).

Placeholders: {name} the writer's first name, {item} their usual item, {city} their city,
{agent} an agent's first name. ``[[fem|masc]]`` agrees with the writer (or, in agents'
replies, with the customer addressed). Spanish and English first (most variants).
"""

from __future__ import annotations

LANGS = ("es", "en", "de", "fr", "it", "pt")

FIRST_NAMES: dict[str, list[tuple[str, str]]] = {
    "es": [
        ("Lucía", "f"),
        ("Carmen", "f"),
        ("Marta", "f"),
        ("Nerea", "f"),
        ("Paula", "f"),
        ("Elena", "f"),
        ("Rocío", "f"),
        ("Itziar", "f"),
        ("Begoña", "f"),
        ("Javier", "m"),
        ("Pablo", "m"),
        ("Sergio", "m"),
        ("Álvaro", "m"),
        ("Diego", "m"),
        ("Jorge", "m"),
        ("Raúl", "m"),
        ("Iñaki", "m"),
        ("Manolo", "m"),
    ],
    "en": [
        ("Chloe", "f"),
        ("Hannah", "f"),
        ("Megan", "f"),
        ("Aoife", "f"),
        ("Sophie", "f"),
        ("Grace", "f"),
        ("Niamh", "f"),
        ("Priya", "f"),
        ("James", "m"),
        ("Tom", "m"),
        ("Ciarán", "m"),
        ("Oliver", "m"),
        ("Dev", "m"),
        ("Ryan", "m"),
        ("Callum", "m"),
        ("Liam", "m"),
    ],
    "de": [
        ("Anna", "f"),
        ("Lena", "f"),
        ("Katrin", "f"),
        ("Sabine", "f"),
        ("Jonas", "m"),
        ("Felix", "m"),
        ("Tobias", "m"),
        ("Jürgen", "m"),
    ],
    "fr": [
        ("Camille", "f"),
        ("Manon", "f"),
        ("Élodie", "f"),
        ("Claire", "f"),
        ("Julien", "m"),
        ("Thomas", "m"),
        ("Mathieu", "m"),
        ("Jérôme", "m"),
    ],
    "it": [
        ("Giulia", "f"),
        ("Chiara", "f"),
        ("Francesca", "f"),
        ("Sara", "f"),
        ("Marco", "m"),
        ("Luca", "m"),
        ("Davide", "m"),
        ("Niccolò", "m"),
    ],
    "pt": [
        ("Inês", "f"),
        ("Beatriz", "f"),
        ("Joana", "f"),
        ("Mariana", "f"),
        ("Tiago", "m"),
        ("Rui", "m"),
        ("Duarte", "m"),
        ("João", "m"),
    ],
}

SURNAMES: dict[str, list[str]] = {
    "es": [
        "garcia",
        "lopez",
        "navarro",
        "iglesias",
        "romero",
        "ortega",
        "serrano",
        "castillo",
        "molina",
        "arrieta",
        "vidal",
        "pardo",
    ],
    "en": [
        "walsh",
        "patel",
        "murphy",
        "hughes",
        "bennett",
        "okafor",
        "byrne",
        "clarke",
        "price",
        "doyle",
        "shaw",
        "kelly",
    ],
    "de": ["weber", "schulz", "krause", "hoffmann", "brandt", "vogel"],
    "fr": ["martin", "bernard", "lefevre", "girard", "morel", "fournier"],
    "it": ["rossi", "conti", "greco", "marino", "ferri", "galli"],
    "pt": ["silva", "costa", "ferreira", "pinto", "moura", "teixeira"],
}

AGENTS: dict[str, list[str]] = {
    "es": ["Noelia", "Rubén", "Maite"],
    "en": ["Shauna", "Mark", "Zara"],
    "de": ["Miriam", "Stefan"],
    "fr": ["Sandrine", "Karim"],
    "it": ["Valeria", "Matteo"],
    "pt": ["Catarina", "Nuno"],
}

#: The usual item each customer names again and again.
ITEMS: dict[str, list[str]] = {
    "es": [
        "el abrigo gris de lana",
        "el edredón nórdico",
        "el traje azul marino",
        "el vestido verde de la boda",
        "el jersey de cachemir",
        "el plumífero negro",
        "el mono de trabajo",
    ],
    "en": [
        "my grey wool coat",
        "the king-size duvet",
        "my navy suit",
        "the green silk dress",
        "my good wool jumper",
        "my leather jacket",
        "my rugby kit",
    ],
    "de": ["die Daunendecke", "das blaue Kleid", "die Lederjacke", "das graue Sakko"],
    "fr": [
        "le manteau gris en laine",
        "le costume bleu marine",
        "le pull en cachemire",
        "le blouson en jean",
    ],
    "it": ["il cappotto grigio di lana", "il piumone", "l'abito blu", "il maglione di cashmere"],
    "pt": ["o casaco cinzento de lã", "o edredão", "o fato azul-escuro", "o blusão de ganga"],
}

CITIES: dict[str, list[str]] = {
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao", "Zaragoza"],
    "UK": ["London", "Manchester", "Leeds", "Bristol", "Edinburgh"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["Berlin", "Hamburg", "München", "Köln"],
    "FR": ["Paris", "Lyon", "Lille", "Toulouse"],
    "IT": ["Milano", "Roma", "Torino", "Bologna"],
    "PT": ["Lisboa", "Porto", "Braga"],
}

PRAISE: dict[str, list[str]] = {
    "es": [
        "Pues nada, que {item} ha vuelto de Lavanto como nuevo y encima doblado que da gusto. Repetiré 👌",
        "Recogida a las 8 de la mañana y devuelto al día siguiente, y el repartidor majísimo. Lavanto en {city} funciona de lujo",
        "He probado 3 tintorerías en {city} y ninguna como Lavanto. {item} perfecto, ni una arruga",
        "Qué maravilla no tener que cargar con la bolsa de la colada por todo el barrio. Gracias @lavanto ❤️",
        "El olor de la ropa cuando llega de Lavanto... no sé qué suavizante usáis pero no lo cambiéis 😍",
        "Llevaba meses con {item} en el armario esperando y al final lo mandé con Lavanto. Impecable, oye",
    ],
    "en": [
        "Lavanto picked up {item} at 7am and it was back the next evening, pressed and in a proper bag. Chuffed 👍",
        "Honestly the best thing I've signed up for this year. No more Sunday night ironing. Cheers @lavanto",
        "Rider was early, polite, and {item} came back spotless. Lavanto in {city} is brilliant",
        "Tried three dry cleaners in {city}, none of them as good as Lavanto. Not a crease on {item}",
        "the smell of the washing when it comes back from lavanto 😍 whatever you use dont change it",
        "Sent {item} off on Monday, back Wednesday, looks better than when I bought it. 10/10",
    ],
    "de": [
        "{item} kam von Lavanto zurück wie neu, sauber gefaltet und pünktlich. Top 👍",
        "Abholung um 7 Uhr früh, am nächsten Abend wieder da. Lavanto in {city} ist einfach praktisch",
        "Nie wieder Bügeln am Sonntagabend. Danke @lavanto",
    ],
    "fr": [
        "{item} est revenu de chez Lavanto comme neuf, plié impeccable. Je recommande 👌",
        "Collecte à 7h, livré le lendemain soir, livreur adorable. Lavanto à {city} c'est top",
        "Fini le repassage du dimanche soir. Merci @lavanto ❤️",
    ],
    "it": [
        "{item} è tornato da Lavanto come nuovo, piegato perfetto. Consigliatissimo 👌",
        "Ritiro alle 7, riconsegna la sera dopo, rider gentilissimo. Lavanto a {city} funziona alla grande",
        "Basta stirare la domenica sera. Grazie @lavanto ❤️",
    ],
    "pt": [
        "{item} voltou da Lavanto como novo, tudo dobradinho. Recomendo 👌",
        "Recolha às 7h, entrega no dia seguinte ao fim do dia, o estafeta super simpático. A Lavanto em {city} é top",
        "Acabou-se passar a ferro ao domingo à noite. Obrigad[[a|o]] @lavanto ❤️",
    ],
}

MENTION: dict[str, list[str]] = {
    "es": [
        "@lavanto sois unos cracks, {item} ha quedado perfecto",
        "Recomendando @lavanto a todo el grupo de madres del cole jajaja",
        "@lavanto gracias por salvarme la boda del sábado 🙏",
    ],
    "en": [
        "@lavanto you absolute legends, {item} looks brand new",
        "Telling everyone at work about @lavanto. life changing tbh",
        "@lavanto thanks for saving my interview outfit 🙏",
    ],
    "de": [
        "@lavanto ihr seid super, {item} sieht aus wie neu",
        "Hab @lavanto gerade der ganzen WG empfohlen",
    ],
    "fr": [
        "@lavanto vous êtes géniaux, {item} est nickel",
        "J'ai recommandé @lavanto à tout le bureau",
    ],
    "it": [
        "@lavanto siete fantastici, {item} sembra nuovo",
        "Ho consigliato @lavanto a tutto l'ufficio",
    ],
    "pt": [
        "@lavanto são os maiores, {item} parece novo",
        "Já recomendei a @lavanto ao escritório todo",
    ],
}

#: "again", "still", "third time" said of good things.
AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera vez este mes que mando {item} a Lavanto y otra vez perfecto. No fallan",
        "Sigo encantad[[a|o]] con Lavanto, un año ya y ni una queja",
        "Otra vez el repartidor ha llegado antes de hora. Así da gusto",
        "Ya van cuatro pedidos y siempre igual de bien, de verdad",
    ],
    "en": [
        "Third time this month I've sent {item} to Lavanto and once again perfect",
        "Still loving Lavanto a year in, not one bad order",
        "Again the rider turned up ten minutes early. Love it",
        "Fourth order now and it's still as good as the first one",
    ],
    "de": [
        "Zum dritten Mal diesen Monat {item} zu Lavanto geschickt und wieder alles perfekt",
        "Immer noch begeistert von Lavanto, seit einem Jahr ohne Probleme",
    ],
    "fr": [
        "Troisième fois ce mois-ci que j'envoie {item} chez Lavanto et encore parfait",
        "Toujours aussi ravi[[e|]] de Lavanto après un an",
    ],
    "it": [
        "Terza volta questo mese che mando {item} a Lavanto e di nuovo perfetto",
        "Ancora soddisfatt[[a|o]] di Lavanto dopo un anno",
    ],
    "pt": [
        "Terceira vez este mês que mando {item} para a Lavanto e outra vez impecável",
        "Continuo contentíssim[[a|o]] com a Lavanto, já lá vai um ano",
    ],
}

#: Praise with a small gripe.
GRIPE: dict[str, list[str]] = {
    "es": [
        "Todo genial con {item}, eso sí, la app me pide la contraseña cada dos por tres. Por lo demás de 10",
        "Muy contenta con el servicio aunque la franja de recogida de 2 horas se me hace larga. {item} perfecto",
        "Lavanto bien como siempre, solo que las bolsas de plástico me sobran un poco, ¿no podrían ser de tela?",
    ],
    "en": [
        "All great with {item}, only thing is the app logs me out every other day. Otherwise spot on",
        "Love the service though a two hour pick-up window is a bit long when you work from the office. {item} perfect",
        "Lavanto great as usual, just wish there was less plastic wrapping on everything",
    ],
    "de": [
        "{item} wieder top, nur meldet mich die App ständig ab. Sonst alles gut",
        "Sehr zufrieden, nur das Zeitfenster von 2 Stunden ist etwas lang",
    ],
    "fr": [
        "Tout parfait pour {item}, seulement l'appli me déconnecte tout le temps. Sinon top",
        "Très content[[e|]], juste le créneau de 2h un peu long",
    ],
    "it": [
        "Tutto perfetto con {item}, solo che l'app mi scollega di continuo. Per il resto top",
        "Molto soddisfatt[[a|o]], solo la fascia di 2 ore è un po' lunga",
    ],
    "pt": [
        "Tudo ótimo com {item}, só que a app está sempre a pedir a password. De resto 5 estrelas",
        "Muito satisfeit[[a|o]], só a janela de 2 horas para a recolha é um bocado longa",
    ],
}

#: Questions (chat or e-mail), the agent's answer, the customer's thanks.
QUESTION: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Hola! Una pregunta, ¿lavais también zapatillas de deporte? Tengo unas blancas que dan pena",
            "¡Hola {name}! Sí, con el servicio de calzado: se recogen con el resto del pedido y vuelven en 4-5 días. Un saludo, {agent}",
            "Genial, muchas gracias!!",
        ),
        (
            "Buenas, ¿puedo cambiar la franja de entrega de mañana a por la tarde? Es para {item}",
            "Hola {name}, ya está cambiada a las 18-20 h. ¡Que tengas buen día! {agent}",
            "Perfecto, mil gracias",
        ),
        (
            "¿El Lavanto Club incluye el edredón o se paga aparte?",
            "Hola {name}, en el Club el edredón tiene un 15 % de descuento, la recogida es gratis. Saludos, {agent}",
            "Vale, entendido. Gracias!",
        ),
        (
            "hola, si no estoy en casa puedo dejar la bolsa al portero?",
            "¡Hola {name}! Claro, indícalo en las notas del pedido y el repartidor la recoge en portería. {agent}",
            "Ok genial gracias 🙂",
        ),
    ],
    "en": [
        (
            "Hi, quick one: do you do trainers? I've got white ones that are a state",
            "Hi {name}! Yes, our shoe care service: we collect them with your order and they're back in 4-5 days. {agent}",
            "Brilliant, thanks a lot",
        ),
        (
            "Can I move tomorrow's delivery to the evening? It's {item}",
            "Hi {name}, done, it's now 6-8pm. Have a good one! {agent}",
            "Perfect, thank you!",
        ),
        (
            "Does Lavanto Club cover duvets or is that extra?",
            "Hi {name}, duvets are 15% off with Club and the pick-up is free. {agent}",
            "Got it, cheers",
        ),
        (
            "hiya, can I leave the bag with my neighbour if I'm out?",
            "Hi {name}! Of course, just add it to the order notes and the rider will collect it there. {agent}",
            "great thanks x",
        ),
    ],
    "de": [
        (
            "Hallo, reinigt ihr auch Turnschuhe?",
            "Hallo {name}, ja, mit unserer Schuhpflege: Abholung mit der Bestellung, zurück in 4-5 Tagen. Viele Grüße, {agent}",
            "Super, danke!",
        ),
        (
            "Kann ich die Lieferung morgen auf den Abend legen? Es geht um {item}",
            "Hallo {name}, erledigt: 18-20 Uhr. Schönen Tag noch, {agent}",
            "Perfekt, vielen Dank",
        ),
    ],
    "fr": [
        (
            "Bonjour, vous nettoyez aussi les baskets ?",
            "Bonjour {name}, oui, avec notre service chaussures : collecte avec la commande, retour en 4-5 jours. {agent}",
            "Super, merci beaucoup",
        ),
        (
            "Je peux décaler la livraison de demain au soir ? C'est pour {item}",
            "Bonjour {name}, c'est fait : 18h-20h. Bonne journée, {agent}",
            "Parfait merci !",
        ),
    ],
    "it": [
        (
            "Ciao, lavate anche le scarpe da ginnastica?",
            "Ciao {name}, sì, con il servizio scarpe: ritiro con l'ordine e riconsegna in 4-5 giorni. {agent}",
            "Perfetto, grazie mille",
        ),
        (
            "Posso spostare la consegna di domani alla sera? È per {item}",
            "Ciao {name}, fatto: 18-20. Buona giornata, {agent}",
            "Grazie!!",
        ),
    ],
    "pt": [
        (
            "Olá, também lavam ténis?",
            "Olá {name}, sim, com o serviço de calçado: recolhemos com a encomenda e voltam em 4-5 dias. {agent}",
            "Ótimo, obrigad[[a|o]]!",
        ),
        (
            "Posso passar a entrega de amanhã para o fim do dia? É {item}",
            "Olá {name}, já está: 18h-20h. Bom dia, {agent}",
            "Perfeito, obg",
        ),
    ],
}

QUESTION_SUBJECT: dict[str, list[str]] = {
    "es": ["Pregunta", "Duda sobre mi pedido", "Consulta"],
    "en": ["Quick question", "Question about my order", "Query"],
    "de": ["Frage", "Frage zur Bestellung"],
    "fr": ["Question", "Question sur ma commande"],
    "it": ["Domanda", "Info ordine"],
    "pt": ["Pergunta", "Dúvida sobre a encomenda"],
}

#: Phone questions (written as clean sentences; the generator turns them into transcripts).
PHONE_Q: dict[str, list[str]] = {
    "es": [
        "quería saber si puedo añadir una prenda al pedido que ya tengo para mañana",
        "llamaba para preguntar a qué hora pasa el repartidor por la zona de {city} más o menos",
        "es que quiero regalar una suscripción al club a mi madre como se hace",
    ],
    "en": [
        "I just wanted to ask if I can add one more thing to tomorrow's pick-up",
        "I was wondering roughly what time the rider comes round in {city}",
        "I'd like to give my mum a Club subscription as a present how do I do that",
    ],
    "de": [
        "ich wollte fragen ob ich noch ein Teil zur Abholung morgen dazugeben kann",
        "wann kommt denn der Fahrer ungefähr in {city}",
    ],
    "fr": [
        "je voulais savoir si je peux ajouter un vêtement à la collecte de demain",
        "vers quelle heure passe le livreur à {city} à peu près",
    ],
    "it": [
        "volevo sapere se posso aggiungere un capo al ritiro di domani",
        "a che ora passa più o meno il rider a {city}",
    ],
    "pt": [
        "queria saber se posso juntar mais uma peça à recolha de amanhã",
        "a que horas passa mais ou menos o estafeta em {city}",
    ],
}

PHONE_OPENERS: dict[str, list[str]] = {
    "es": ["sí hola buenas", "hola mire", "eh hola buenos días", "oiga hola"],
    "en": ["hiya hello", "oh hi yeah", "hello there um", "hi good morning"],
    "de": ["äh hallo guten tag", "ja hallo", "grüß gott"],
    "fr": ["oui bonjour euh", "allô bonjour"],
    "it": ["pronto buongiorno", "sì salve"],
    "pt": ["pois olhe boa tarde", "sim bom dia"],
}

REVIEW: dict[str, list[str]] = {
    "es": [
        "Servicio rapidísimo y {item} impecable. 5 estrellas",
        "Muy buena relación calidad precio, la app va fina",
        "Cumplen siempre con la hora. Recomendable",
    ],
    "en": [
        "Fast, friendly, and {item} came back perfect",
        "Good value and the app just works",
        "Always on time. Would recommend",
    ],
    "de": ["Schnell, freundlich, {item} perfekt", "Gutes Preis-Leistungs-Verhältnis"],
    "fr": ["Rapide et {item} parfait", "Bon rapport qualité-prix"],
    "it": ["Veloci e {item} perfetto", "Ottimo rapporto qualità prezzo"],
    "pt": ["Rápidos e {item} impecável", "Boa relação qualidade-preço"],
}

SURVEY_WORD: dict[str, list[str]] = {
    "es": ["Genial", "todo perfecto", "👍", "Muy bien", "", "de 10"],
    "en": ["Great", "spot on", "👍", "Lovely", "", "no complaints"],
    "de": ["Super", "👍", "", "alles gut"],
    "fr": ["Top", "👍", "", "Parfait"],
    "it": ["Ottimo", "👍", "", "Tutto bene"],
    "pt": ["Top", "👍", "", "Tudo ótimo"],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "Las 2 de la mañana y programando la recogida d{item} desde la cama. Bendita app 🦉",
        "Turno de noche terminado y la ropa limpia esperándome en la puerta. Gracias Lavanto 🌙",
    ],
    "en": [
        "2am, can't sleep, booked {item} in for pick-up from bed. love this app 🦉",
        "Night shift done and clean washing waiting on the doorstep. Cheers Lavanto 🌙",
    ],
    "de": ["2 Uhr nachts und die Abholung für {item} aus dem Bett gebucht 🦉"],
    "fr": ["2h du matin et je programme la collecte pour {item} depuis mon lit 🦉"],
    "it": ["Sono le 2 di notte e prenoto il ritiro per {item} dal letto 🦉"],
    "pt": ["São 2 da manhã e acabei de marcar a recolha d{item} na cama 🦉"],
}

NIGHT_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Hola, ¿hay alguien? Quería saber si mañana podéis recoger antes de las 8",
            "Hola {name}, sí, la primera franja es 7-9 h. ¡Buenas noches! {agent}",
            "Gracias, buenas noches!",
        )
    ],
    "en": [
        (
            "Hi, anyone about? Can you collect before 8 tomorrow?",
            "Hi {name}, yes, the first slot is 7-9am. Night! {agent}",
            "Thanks, night!",
        )
    ],
    "de": [
        (
            "Hallo, könnt ihr morgen vor 8 abholen?",
            "Hallo {name}, ja, das erste Fenster ist 7-9 Uhr. Gute Nacht, {agent}",
            "Danke, gute Nacht!",
        )
    ],
    "fr": [
        (
            "Bonsoir, vous pouvez collecter avant 8h demain ?",
            "Bonsoir {name}, oui, premier créneau 7h-9h. Bonne nuit, {agent}",
            "Merci, bonne nuit !",
        )
    ],
    "it": [
        (
            "Ciao, domani potete ritirare prima delle 8?",
            "Ciao {name}, sì, la prima fascia è 7-9. Buonanotte, {agent}",
            "Grazie, notte!",
        )
    ],
    "pt": [
        (
            "Olá, amanhã podem recolher antes das 8?",
            "Olá {name}, sim, a primeira janela é 7h-9h. Boa noite, {agent}",
            "Obrigad[[a|o]], boa noite!",
        )
    ],
}

#: (product id, price in euros); pounds are 10 % lower.
PRODUCTS: list[tuple[str, float]] = [
    ("wash_and_fold_bag", 19.90),
    ("shirts_pressed_x5", 12.50),
    ("dry_clean_coat", 14.90),
    ("duvet_clean", 24.00),
    ("lavanto_club_month", 9.99),
    ("shoe_care", 17.00),
    ("suit_dry_clean", 21.50),
]

PAGES: list[str] = ["/pricing", "/club", "/book", "/account/orders", "/help/stains", "/areas"]
