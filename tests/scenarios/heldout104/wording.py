# ruff: noqa: E501
"""Words of heldout104's households and of the spike (Clavento, locksmiths by app and web).

Tables are keyed by language (en, pt first; fr, es, de, it after). Placeholders are
filled by ``make_heldout104.py`` with ``str.format``: {first}, {last}, {case}, {amt}
(money as written), {samt} (money as spoken), {comp}, {agent}, {core}, {short},
{topic}, {fix}, {credit}, {local}.
"""

from __future__ import annotations

BRAND = "Clavento"
COMPETITORS = ("Cerradix", "Trancolo")

FIRST_F: dict[str, list[str]] = {
    "en": [
        "Emma",
        "Sophie",
        "Chloe",
        "Hannah",
        "Lucy",
        "Megan",
        "Rachel",
        "Aoife",
        "Niamh",
        "Grace",
        "Laura",
        "Kate",
        "Jess",
        "Zoe",
        "Orla",
        "Beth",
    ],
    "pt": [
        "Ana",
        "Inês",
        "Beatriz",
        "Mariana",
        "Catarina",
        "Sofia",
        "Joana",
        "Rita",
        "Marta",
        "Filipa",
        "Leonor",
        "Teresa",
        "Carla",
        "Sara",
        "Raquel",
        "Vera",
    ],
    "fr": ["Camille", "Léa", "Manon", "Chloé", "Julie", "Claire", "Élodie", "Margaux"],
    "es": ["Lucía", "Marta", "Carmen", "Elena", "Paula", "Nuria", "Irene", "Alba"],
    "de": ["Anna", "Julia", "Lena", "Katrin", "Sabine", "Miriam", "Jana", "Svenja"],
    "it": ["Giulia", "Chiara", "Francesca", "Sara", "Martina", "Elena", "Valentina", "Silvia"],
}
FIRST_M: dict[str, list[str]] = {
    "en": [
        "James",
        "Tom",
        "Liam",
        "Conor",
        "Daniel",
        "Ben",
        "Sam",
        "Ryan",
        "Owen",
        "Callum",
        "Matt",
        "Joe",
        "Darragh",
        "Kieran",
        "Adam",
        "Rhys",
    ],
    "pt": [
        "João",
        "Tiago",
        "Miguel",
        "Rui",
        "Pedro",
        "Diogo",
        "Nuno",
        "Bruno",
        "Gonçalo",
        "Ricardo",
        "André",
        "Luís",
        "Hugo",
        "Paulo",
        "Fábio",
        "Vítor",
    ],
    "fr": ["Thomas", "Nicolas", "Julien", "Antoine", "Mathieu", "Hugo", "Lucas", "Olivier"],
    "es": ["Javier", "Sergio", "Pablo", "Álvaro", "Diego", "Raúl", "Iván", "Adrián"],
    "de": ["Lukas", "Jonas", "Felix", "Tobias", "Stefan", "Markus", "Florian", "Jan"],
    "it": ["Luca", "Marco", "Andrea", "Matteo", "Davide", "Simone", "Lorenzo", "Paolo"],
}
SURNAMES: dict[str, list[str]] = {
    "en": [
        "Walsh",
        "Murphy",
        "Turner",
        "Hughes",
        "Doyle",
        "Bennett",
        "Patel",
        "Carter",
        "Byrne",
        "Lawson",
        "Fletcher",
        "Kelly",
        "Ahmed",
        "Brennan",
        "Price",
        "Holt",
        "Shaw",
        "Nolan",
        "Quinn",
        "Reid",
        "Foster",
        "Webb",
        "Mills",
        "Hart",
        "Gallagher",
        "Pearson",
        "Lynch",
        "Rowe",
        "Sharma",
        "Dunne",
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
    ],
    "fr": [
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Mercier",
        "Rousseau",
        "Blanc",
        "Garnier",
        "Chevalier",
        "Lambert",
        "Faure",
        "Roux",
        "Bonnet",
        "Perrin",
        "Masson",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Krüger",
        "Hartmann",
        "Lange",
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
        "Fabbri",
    ],
}
JOBS = [
    "nurse",
    "teacher",
    "bus driver",
    "accountant",
    "baker",
    "pharmacist",
    "electrician",
    "student",
    "retired",
    "shop manager",
    "chef",
    "software developer",
    "hairdresser",
    "postal worker",
    "care worker",
    "architect",
    "journalist",
    "physiotherapist",
    "lorry driver",
    "receptionist",
    "night porter",
    "dental hygienist",
]
TOWNS: dict[str, list[str]] = {
    "UK": ["Leeds", "Bristol", "Manchester", "Norwich", "Cardiff", "Sheffield", "Brighton", "York"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Aveiro", "Faro", "Viseu"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "FR": ["Lyon", "Bordeaux", "Toulouse", "Nantes", "Lille"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "CH-fr": ["Genève", "Lausanne"],
    "CH-de": ["Zürich", "Basel", "Bern"],
    "CH-it": ["Lugano", "Bellinzona"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Zaragoza", "Málaga"],
    "DE": ["Köln", "Leipzig", "Hamburg", "München", "Dresden"],
    "AT": ["Wien", "Graz", "Linz"],
    "IT": ["Milano", "Torino", "Bologna", "Roma", "Verona"],
}
AGENTS: dict[str, list[str]] = {
    "en": ["Hannah", "Marcus", "Priya", "Declan"],
    "pt": ["Rita", "Tiago", "Sónia", "Vasco"],
    "fr": ["Amélie", "Karim"],
    "es": ["Rocío", "Óscar"],
    "de": ["Sandra", "Timo"],
    "it": ["Federica", "Nicola"],
}

# (label, price in euros): labels in English / Portuguese whatever the market.
PRODUCTS: list[tuple[str, int]] = [
    ("Lock change, front door / Troca de fechadura, porta de entrada", 118),
    ("Anti-snap cylinder upgrade / Cilindro anti-quebra", 92),
    ("Spare keys by post, 3 copies / Cópias de chave por correio, 3", 24),
    ("Window locks, 4 windows / Fechos de janela, 4", 76),
    ("Door closer fitted / Mola de porta instalada", 85),
    ("Safe opening / Abertura de cofre", 149),
    ("Letterbox lock / Fechadura de caixa de correio", 32),
    ("Lockout call-out, daytime / Abertura de porta, dia", 89),
    ("Clavento Plus, yearly cover / Clavento Plus, cobertura anual", 49),
]
PAGES = [
    "/services/lock-change",
    "/services/spare-keys",
    "/plus",
    "/services/window-locks",
    "/services/safe-opening",
    "/technicians/how-we-vet",
    "/account/bookings",
    "/services/door-closers",
    "/help/emergency-contacts",
]

PRAISE: dict[str, list[str]] = {
    "en": [
        "Locked myself out with the oven on (well, I thought so) and Clavento had someone at the door in 22 minutes. Calm, quick, no drama. Thank you Ruben!",
        "new anti-snap cylinder fitted this morning, tech explained everything and hoovered up after himself. 10/10 Clavento",
        "Shout out to Clavento, spare keys by post arrived in two days and all three turn like butter",
        "Honestly didn't expect a locksmith to be this pleasant. Window locks on all four windows done before the school run. cheers Clavento",
        "Clavento fitted a closer on our communal door and the slamming at 3am is finally over. bliss",
    ],
    "pt": [
        "Fiquei trancada fora de casa com a sopa ao lume e o técnico da Clavento chegou em 20 minutos. Impecável, obrigada!",
        "Trocaram a fechadura da porta da rua esta manhã, rápido e sem sujar nada. Recomendo a Clavento",
        "As cópias das chaves chegaram pelo correio em dois dias e funcionam todas à primeira 👌 Clavento",
        "Técnico super simpático, explicou tudo sobre o cilindro novo com toda a paciência. 5 estrelas Clavento",
        "Fechos nas janelas todas do rés-do-chão, feito numa hora. Agora durmo descansada. Obg Clavento",
    ],
    "fr": [
        "Enfermée dehors un dimanche soir, Clavento est venu en 25 minutes et sans casser la porte. Merci !",
        "Nouveau cylindre posé ce matin, technicien au top et ponctuel. Je recommande Clavento",
    ],
    "es": [
        "Me quedé fuera de casa con el niño dormido dentro y el cerrajero de Clavento llegó en 20 minutos. Mil gracias!!",
        "Cambio de cerradura hecho en media hora y sin dejar ni una viruta. Muy bien Clavento",
    ],
    "de": [
        "Ausgesperrt am Sonntagabend, der Techniker von Clavento war nach 25 Minuten da und hat die Tür ohne Schaden aufgemacht. Top!",
        "Neuer Zylinder mit Aufbohrschutz eingebaut, pünktlich und sauber. Klare Empfehlung für Clavento",
    ],
    "it": [
        "Rimasta chiusa fuori con la spesa in mano, il fabbro di Clavento è arrivato in 20 minuti. Gentilissimo!",
        "Serratura cambiata in mezz'ora, lavoro pulito e prezzo come da preventivo. Brava Clavento",
    ],
}
AGAIN: dict[str, list[str]] = {
    "en": [
        "Third time I've used Clavento this year (new house, lots of locks lol) and they're still spot on",
        "Same technician again as in the spring, remembered our dodgy back door. Love that. Clavento",
        "Clavento again for my mum's flat, again on time, again tidy. Not complaining!",
    ],
    "pt": [
        "Terceira vez que chamo a Clavento este ano e continuam impecáveis",
        "Outra vez o mesmo técnico simpático, já conhecia a porta da garagem. Clavento nunca falha",
        "Mais uma vez a Clavento a salvar o dia, desta vez na casa da minha mãe",
    ],
    "fr": ["Troisième fois avec Clavento cette année, toujours aussi efficaces"],
    "es": ["Tercera vez que llamo a Clavento y otra vez de diez"],
    "de": [
        "Schon wieder der freundliche Techniker von Clavento, diesmal für die Kellertür. Immer noch top"
    ],
    "it": ["Terza volta con Clavento quest'anno, sempre puntuali"],
}
GRIPE: dict[str, list[str]] = {
    "en": [
        "Great job on the lock change, only gripe is the 2-hour arrival window, bit long when you're working from home. Otherwise spot on",
        "Really happy with the new cylinder. Wish the invoice didn't take 3 days to show in the app but hey",
        "Lovely tech, fast job. The key tags you send are flimsy tho, one fell off already",
    ],
    "pt": [
        "Muito contente com o trabalho, só acho a janela de chegada de 2 horas demasiado larga. De resto 5 estrelas",
        "Técnico 5 estrelas. A fatura é que demorou três dias a aparecer na app, mas pronto",
    ],
    "fr": [
        "Très contente du travail, seul bémol : la fenêtre d'arrivée de deux heures. Sinon parfait"
    ],
    "es": ["Todo genial, solo que la factura tardó tres días en salir en la app"],
    "de": ["Sehr zufrieden, nur das Ankunftsfenster von zwei Stunden ist echt lang. Sonst super"],
    "it": ["Lavoro perfetto, unico neo la finestra di arrivo di due ore"],
}
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "hi, does Plus cover a call-out if I lose my keys on holiday and my neighbour needs to get in?",
            "Hi! Yes, Plus covers one call-out a year at the registered address, your neighbour just needs the booking code.",
        ),
        (
            "Can I get spare keys cut from a photo or do you need the actual key?",
            "A clear photo of both sides works for most keys; for security keys we need the code card.",
        ),
        (
            "how long is the arrival window for a planned lock change?",
            "Two hours, and the technician texts you when they set off.",
        ),
        (
            "do you fit window locks on uPVC windows?",
            "Yes, most uPVC handles can take a locking handle, we'll bring a few options.",
        ),
    ],
    "pt": [
        (
            "Olá, o Plus cobre uma abertura de porta à noite?",
            "Olá! Sim, uma abertura por ano a qualquer hora está incluída no Plus.",
        ),
        (
            "Boa tarde, conseguem fazer cópias de chave a partir de uma fotografia?",
            "Sim, com uma foto nítida dos dois lados; para chaves de segurança precisamos do cartão de código.",
        ),
        ("quanto tempo demora a troca de um cilindro?", "Normalmente 20 a 30 minutos."),
        (
            "Podem instalar fechos nas janelas de alumínio?",
            "Sim, levamos vários modelos para escolher no local.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le Plus couvre-t-il une ouverture de porte la nuit ?",
            "Bonjour ! Oui, une ouverture par an à toute heure est incluse.",
        ),
        (
            "On peut faire des doubles de clés à partir d'une photo ?",
            "Oui, avec une photo nette des deux faces.",
        ),
    ],
    "es": [
        (
            "Hola, el Plus cubre una apertura de puerta de noche?",
            "¡Hola! Sí, una apertura al año a cualquier hora.",
        ),
        (
            "Se pueden hacer copias de llaves con una foto?",
            "Sí, con una foto nítida de las dos caras.",
        ),
    ],
    "de": [
        (
            "Hallo, deckt Plus auch eine Türöffnung nachts ab?",
            "Hallo! Ja, eine Öffnung pro Jahr zu jeder Uhrzeit ist inklusive.",
        ),
        (
            "Kann man Nachschlüssel nach Foto bestellen?",
            "Ja, mit einem scharfen Foto beider Seiten.",
        ),
    ],
    "it": [
        (
            "Ciao, il Plus copre un'apertura porta di notte?",
            "Ciao! Sì, un'apertura all'anno a qualsiasi ora.",
        ),
        (
            "Si possono fare copie delle chiavi da una foto?",
            "Sì, con una foto nitida dei due lati.",
        ),
    ],
}
THANKS: dict[str, list[str]] = {
    "en": ["perfect, thanks!", "great ta", "brill thank you 👍"],
    "pt": ["perfeito, obrigada!", "ok obg", "Ótimo, muito obrigado"],
    "fr": ["Parfait, merci !"],
    "es": ["genial, gracias!"],
    "de": ["Super, danke!"],
    "it": ["Perfetto, grazie!"],
}
# (subject, question, agent's answer)
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Question about Plus",
            "Hello, I'm thinking of taking Clavento Plus for my mum's house. Can I register her address under my account? Thanks, {first}",
            "Hi {first}, yes, you can register a second address under your account and the call-out covers it. Best, {agent}, Clavento",
        ),
        (
            "Spare keys for the shed",
            "Hi there, can you cut keys for an old padlock? It has a number stamped on it. Cheers {first}",
            "Hi {first}, yes, send us the number and a photo and we'll post two keys within three days. {agent}, Clavento",
        ),
    ],
    "pt": [
        (
            "Dúvida sobre o Plus",
            "Boa tarde, queria saber se posso incluir a casa dos meus pais no Plus. Obrigado, {first}",
            "Olá {first}, sim, pode registar uma segunda morada na sua conta. Cumprimentos, {agent}, Clavento",
        ),
        (
            "Chaves da arrecadação",
            "Olá, fazem cópias de chaves de um cadeado antigo? Tem um número gravado. {first}",
            "Olá {first}, sim, envie-nos o número e uma foto e mandamos duas cópias em três dias. {agent}, Clavento",
        ),
    ],
    "fr": [
        (
            "Question sur le Plus",
            "Bonjour, puis-je ajouter l'appartement de ma mère à mon Plus ? Merci, {first}",
            "Bonjour {first}, oui, vous pouvez enregistrer une deuxième adresse. Cordialement, {agent}, Clavento",
        )
    ],
    "es": [
        (
            "Pregunta sobre el Plus",
            "Hola, ¿puedo añadir el piso de mi madre a mi Plus? Gracias, {first}",
            "Hola {first}, sí, puedes registrar una segunda dirección. Un saludo, {agent}, Clavento",
        )
    ],
    "de": [
        (
            "Frage zu Plus",
            "Hallo, kann ich die Wohnung meiner Mutter bei meinem Plus mit anmelden? Danke, {first}",
            "Hallo {first}, ja, Sie können eine zweite Adresse hinterlegen. Viele Grüße, {agent}, Clavento",
        )
    ],
    "it": [
        (
            "Domanda sul Plus",
            "Buongiorno, posso aggiungere la casa di mia madre al mio Plus? Grazie, {first}",
            "Buongiorno {first}, sì, può registrare un secondo indirizzo. Cordiali saluti, {agent}, Clavento",
        )
    ],
}
# (call transcript, agent's follow-up e-mail)
PHONE_QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "hi yeah I'm calling about getting the locks changed when we move in on the 30th can you do a saturday morning",
            "Hi {first}, thanks for your call. As promised: Saturday morning slots are open, you can book one in the app. {agent}, Clavento",
        ),
        (
            "hello I just wanted to ask do your technicians carry ID because my dad is 84 and he's worried about letting someone in",
            "Hi {first}, thanks for calling. Every technician shows their photo and name in the app and carries a Clavento card; your dad can also ring us to check. {agent}, Clavento",
        ),
    ],
    "pt": [
        (
            "olá bom dia queria saber se fazem troca de fechadura ao sábado de manhã vamos mudar de casa no dia 30",
            "Olá {first}, obrigado pela chamada. Como combinado: há horários ao sábado de manhã, pode marcar na app. {agent}, Clavento",
        ),
        (
            "boa tarde é só para perguntar se os técnicos andam identificados o meu pai tem 84 anos e tem receio de abrir a porta",
            "Olá {first}, obrigado pela chamada. Cada técnico aparece com foto e nome na app e traz cartão Clavento; o seu pai pode sempre ligar-nos para confirmar. {agent}, Clavento",
        ),
    ],
    "fr": [
        (
            "bonjour je voulais savoir si vous faites les changements de serrure le samedi matin on emménage le 30",
            "Bonjour {first}, merci pour votre appel. Comme convenu : il reste des créneaux le samedi matin dans l'appli. {agent}, Clavento",
        )
    ],
    "es": [
        (
            "hola buenos días quería saber si cambian cerraduras el sábado por la mañana nos mudamos el día 30",
            "Hola {first}, gracias por tu llamada. Como te dije, hay huecos el sábado por la mañana en la app. {agent}, Clavento",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob Sie Schlösser auch am Samstagvormittag tauschen wir ziehen am 30. ein",
            "Hallo {first}, danke für Ihren Anruf. Wie besprochen: Samstagvormittag ist noch frei, buchbar in der App. {agent}, Clavento",
        )
    ],
    "it": [
        (
            "pronto buongiorno volevo sapere se cambiate serrature il sabato mattina traslochiamo il 30",
            "Buongiorno {first}, grazie della chiamata. Come detto, ci sono posti il sabato mattina nell'app. {agent}, Clavento",
        )
    ],
}
CALL_SUBJECT = {
    "en": "Your call today",
    "pt": "A sua chamada de hoje",
    "fr": "Votre appel",
    "es": "Tu llamada",
    "de": "Ihr Anruf",
    "it": "La sua chiamata",
}
REVIEWS: dict[str, list[tuple[int, str]]] = {
    "en": [
        (5, "Fast, friendly and the price matched the quote. Would use again."),
        (5, "Technician arrived early and fixed a lock two others said needed replacing."),
        (4, "Good job, arrival window a bit long."),
    ],
    "pt": [
        (5, "Rápidos, simpáticos e o preço foi o do orçamento."),
        (5, "O técnico chegou cedo e reparou a fechadura que outros queriam trocar."),
        (4, "Bom serviço, a janela de chegada é que é larga."),
    ],
    "fr": [(5, "Rapide, aimable et le prix du devis respecté.")],
    "es": [(5, "Rápidos, amables y el precio del presupuesto.")],
    "de": [(5, "Schnell, freundlich und der Preis wie im Angebot.")],
    "it": [(5, "Veloci, gentili e il prezzo del preventivo.")],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "en": ["great", "spot on", "👍", "", "quick and tidy"],
    "pt": ["ótimo", "impecável", "👍", "", "rápido e limpo"],
    "fr": ["super", ""],
    "es": ["genial", ""],
    "de": ["super", ""],
    "it": ["ottimo", ""],
}
NIGHT_POSTS: dict[str, list[str]] = {
    "en": [
        "2am, locked out after a night shift, Clavento tech there in 25 min. I could cry. thank you",
        "can't sleep so I've booked the window locks for Saturday in the app, took 2 minutes. nice one Clavento",
        "watching lockpicking videos at 3am and feeling very glad I got the anti-snap cylinder from Clavento lol",
    ],
    "pt": [
        "3 da manhã, fiquei à porta depois do turno no hospital e a Clavento estava cá em 25 minutos. Obrigada!!",
        "insónia, marquei a troca do cilindro para sábado pela app em dois minutos. Top Clavento",
    ],
    "fr": ["2h du mat, enfermé dehors après le service, Clavento là en 25 min. Merci"],
    "es": ["las 3 de la mañana y el cerrajero de Clavento aquí en 25 minutos. Gracias de verdad"],
    "de": ["2 Uhr nachts ausgesperrt nach der Spätschicht, Clavento war in 25 Minuten da. Danke!"],
    "it": ["Le 2 di notte, chiuso fuori dopo il turno, Clavento qui in 25 minuti. Grazie"],
}
NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "is the night call-out included in Plus or is there a surcharge?",
            "Hi, one call-out a year is included at any hour, no night surcharge.",
        ),
        (
            "can I book a lock change for tomorrow morning now?",
            "Yes, tomorrow from 8 is open, you can book it right here or in the app.",
        ),
    ],
    "pt": [
        (
            "a abertura de porta à noite está incluída no Plus?",
            "Olá, sim, uma por ano a qualquer hora, sem taxa noturna.",
        ),
        (
            "posso marcar agora uma troca de fechadura para amanhã de manhã?",
            "Sim, amanhã a partir das 8h há vagas, pode marcar já.",
        ),
    ],
    "fr": [
        (
            "l'ouverture de nuit est incluse dans le Plus ?",
            "Bonsoir, oui, une par an à toute heure.",
        )
    ],
    "es": [("la apertura de noche entra en el Plus?", "Hola, sí, una al año a cualquier hora.")],
    "de": [("ist die Nachtöffnung im Plus drin?", "Hallo, ja, eine pro Jahr zu jeder Uhrzeit.")],
    "it": [("l'apertura notturna è inclusa nel Plus?", "Ciao, sì, una all'anno a qualsiasi ora.")],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "bad_keys")
PROBLEM_EUR = {
    "no_show": 118,
    "double_charge": 89,
    "damage": 89,
    "refund": 118,
    "wrong_price": 89,
    "bad_keys": 24,
}
CORE: dict[str, dict[str, list[str]]] = {
    "en": {
        "no_show": [
            'I took the morning off for a lock change booked 8-10. Nobody came, no call, and at 10:20 the app says "job completed". Completed WHAT? My back door still doesn\'t lock.',
            "Your technician never turned up for the lock change, but the booking is marked as done and I've had a thank-you text. I waited in all morning.",
        ],
        "double_charge": [
            "You've charged me the call-out fee TWICE, {amt} on Tuesday and the same {amt} again yesterday, for one visit.",
            "Two identical charges of {amt} on my card for a single lockout call-out. That was my food shop money.",
        ],
        "damage": [
            "I was promised a non-destructive opening. Your technician drilled the lock out in two minutes and split the door frame doing it. There are splinters all over the hall.",
            "The technician forced my front door instead of picking it like the booking said, and now the frame is cracked and the door won't sit flush.",
        ],
        "refund": [
            "I cancelled the lock change three weeks ago and got an e-mail saying the {amt} would be back in 5 days. It isn't.",
            "Still waiting for my {amt} refund for the job I cancelled on the 2nd. Three weeks now.",
        ],
        "wrong_price": [
            "I pay for Plus precisely so the call-out is covered, and you've charged me the full {amt} call-out fee anyway.",
            "Plus member since 2023 and I've just been charged the standard call-out rate, {amt}, like I'm not.",
        ],
        "bad_keys": [
            "The three spare keys you posted don't turn in the lock. Not one of them. I sent the photo you asked for.",
            "Paid {amt} for spare keys by post and none of them fit, they go in halfway and stop.",
        ],
    },
    "pt": {
        "no_show": [
            'Tirei a manhã para a troca da fechadura marcada das 8 às 10. Ninguém apareceu, ninguém ligou, e às 10:20 a app diz "serviço concluído". Concluído ONDE? A porta das traseiras continua sem trancar.',
            "O técnico nunca apareceu para trocar a fechadura mas a marcação está como concluída e ainda recebi mensagem a agradecer. Fiquei a manhã toda à espera.",
        ],
        "double_charge": [
            "Cobraram-me a deslocação DUAS vezes, {amt} na terça e outra vez {amt} ontem, por uma única visita.",
            "Tenho dois débitos iguais de {amt} no cartão por uma só abertura de porta. Era o dinheiro das compras.",
        ],
        "damage": [
            "Prometeram abertura sem danos. O técnico furou a fechadura em dois minutos e rachou o aro da porta. Tenho farpas no corredor todo.",
            "O técnico forçou a porta em vez de a abrir como dizia a marcação e agora o aro está rachado e a porta não fecha bem.",
        ],
        "refund": [
            "Cancelei a troca da fechadura há três semanas e disseram-me que os {amt} voltavam em 5 dias. Nada.",
            "Continuo à espera do reembolso de {amt} do serviço que cancelei. Já lá vão três semanas.",
        ],
        "wrong_price": [
            "Pago o Plus precisamente para ter a deslocação incluída e cobraram-me os {amt} na mesma.",
            "Sou sócia Plus desde 2023 e acabaram de me cobrar a deslocação normal, {amt}, como se não fosse.",
        ],
        "bad_keys": [
            "As três cópias que me enviaram pelo correio não rodam na fechadura. Nem uma. Mandei a foto que pediram.",
            "Paguei {amt} por cópias de chave e nenhuma serve, entram até meio e ficam presas.",
        ],
    },
    "fr": {
        "no_show": [
            "J'ai posé ma matinée pour un changement de serrure prévu 8h-10h. Personne n'est venu, et à 10h20 l'appli affiche « intervention terminée ». Ma porte ne ferme toujours pas."
        ],
        "double_charge": [
            "Vous m'avez débité DEUX fois le déplacement, {amt} mardi et encore {amt} hier, pour une seule intervention."
        ],
        "damage": [
            "On m'avait promis une ouverture sans casse. Le technicien a percé la serrure en deux minutes et fendu le chambranle."
        ],
        "refund": [
            "J'ai annulé le changement de serrure il y a trois semaines, on m'avait promis le remboursement de {amt} sous 5 jours. Toujours rien."
        ],
        "wrong_price": [
            "Je paie le Plus justement pour que le déplacement soit couvert et vous m'avez facturé {amt} quand même."
        ],
        "bad_keys": [
            "Les trois doubles envoyés par la poste ne tournent pas dans la serrure. Aucun."
        ],
    },
    "es": {
        "no_show": [
            'Pedí la mañana libre para el cambio de cerradura de 8 a 10. No vino nadie, nadie llamó, y a las 10:20 la app pone "trabajo completado". La puerta de atrás sigue sin cerrar.'
        ],
        "double_charge": [
            "Me habéis cobrado DOS veces la salida, {amt} el martes y otra vez {amt} ayer, por una sola visita."
        ],
        "damage": [
            "Me prometieron una apertura sin daños. El técnico taladró la cerradura en dos minutos y rajó el marco de la puerta."
        ],
        "refund": [
            "Cancelé el cambio de cerradura hace tres semanas y me dijeron que los {amt} volverían en 5 días. Nada."
        ],
        "wrong_price": [
            "Pago el Plus precisamente para que la salida esté cubierta y me habéis cobrado {amt} igual."
        ],
        "bad_keys": [
            "Las tres copias que me mandasteis por correo no giran en la cerradura. Ninguna."
        ],
    },
    "de": {
        "no_show": [
            'Ich habe mir den Vormittag freigenommen für den Schlosstausch zwischen 8 und 10. Niemand kam, kein Anruf, und um 10:20 steht in der App "Auftrag erledigt". Die Hintertür schließt immer noch nicht.'
        ],
        "double_charge": [
            "Sie haben mir die Anfahrt ZWEIMAL abgebucht, {amt} am Dienstag und nochmal {amt} gestern, für einen einzigen Einsatz."
        ],
        "damage": [
            "Mir wurde eine zerstörungsfreie Öffnung versprochen. Der Techniker hat das Schloss in zwei Minuten aufgebohrt und dabei den Türrahmen gespalten."
        ],
        "refund": [
            "Ich habe den Schlosstausch vor drei Wochen storniert, die {amt} sollten in 5 Tagen zurück sein. Nichts."
        ],
        "wrong_price": [
            "Ich zahle Plus genau dafür, dass die Anfahrt abgedeckt ist, und Sie haben mir trotzdem {amt} berechnet."
        ],
        "bad_keys": [
            "Die drei Nachschlüssel, die Sie geschickt haben, drehen sich nicht im Schloss. Kein einziger."
        ],
    },
    "it": {
        "no_show": [
            'Ho preso la mattina libera per il cambio serratura delle 8-10. Non è venuto nessuno, nessuna chiamata, e alle 10:20 l\'app dice "intervento completato". La porta sul retro ancora non si chiude.'
        ],
        "double_charge": [
            "Mi avete addebitato DUE volte l'uscita, {amt} martedì e di nuovo {amt} ieri, per un solo intervento."
        ],
        "damage": [
            "Mi avevano promesso un'apertura senza danni. Il tecnico ha trapanato la serratura in due minuti e ha spaccato lo stipite."
        ],
        "refund": [
            "Ho annullato il cambio serratura tre settimane fa e mi avevate detto che i {amt} sarebbero tornati in 5 giorni. Niente."
        ],
        "wrong_price": [
            "Pago il Plus proprio perché l'uscita sia coperta e mi avete addebitato {amt} lo stesso."
        ],
        "bad_keys": ["Le tre copie spedite per posta non girano nella serratura. Nessuna."],
    },
}
SHORT: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "the technician never came and the app still says completed",
        "double_charge": "you still have my {amt} twice",
        "damage": "my door frame is still split",
        "refund": "my {amt} refund still hasn't arrived",
        "wrong_price": "I'm a Plus member and still charged {amt} for the call-out",
        "bad_keys": "the spare keys still don't fit",
    },
    "pt": {
        "no_show": "o técnico nunca veio e a app continua a dizer concluído",
        "double_charge": "continuam com os meus {amt} a dobrar",
        "damage": "o aro da porta continua rachado",
        "refund": "o reembolso de {amt} continua sem chegar",
        "wrong_price": "sou sócia Plus e continuo cobrada em {amt} de deslocação",
        "bad_keys": "as cópias continuam sem servir",
    },
    "fr": {
        "no_show": "le technicien n'est jamais venu et l'appli dit terminé",
        "double_charge": "vous avez toujours mes {amt} en double",
        "damage": "mon chambranle est toujours fendu",
        "refund": "mes {amt} ne sont toujours pas remboursés",
        "wrong_price": "abonnée Plus et toujours facturée {amt}",
        "bad_keys": "les doubles ne tournent toujours pas",
    },
    "es": {
        "no_show": "el técnico nunca vino y la app sigue diciendo completado",
        "double_charge": "seguís teniendo mis {amt} duplicados",
        "damage": "el marco sigue rajado",
        "refund": "los {amt} siguen sin llegar",
        "wrong_price": "soy socia Plus y sigo con {amt} de salida cobrados",
        "bad_keys": "las copias siguen sin servir",
    },
    "de": {
        "no_show": "der Techniker kam nie und die App sagt immer noch erledigt",
        "double_charge": "Sie haben meine {amt} immer noch doppelt",
        "damage": "der Türrahmen ist immer noch gespalten",
        "refund": "die {amt} sind immer noch nicht da",
        "wrong_price": "Plus-Mitglied und immer noch {amt} Anfahrt berechnet",
        "bad_keys": "die Nachschlüssel passen immer noch nicht",
    },
    "it": {
        "no_show": "il tecnico non è mai venuto e l'app dice ancora completato",
        "double_charge": "avete ancora i miei {amt} doppi",
        "damage": "lo stipite è ancora spaccato",
        "refund": "i {amt} non sono ancora arrivati",
        "wrong_price": "socia Plus e ancora {amt} di uscita addebitati",
        "bad_keys": "le copie ancora non girano",
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "technician never came",
        "double_charge": "charged twice",
        "damage": "door frame damaged",
        "refund": "refund not received",
        "wrong_price": "Plus call-out charged",
        "bad_keys": "spare keys don't fit",
    },
    "pt": {
        "no_show": "técnico não apareceu",
        "double_charge": "cobrança duplicada",
        "damage": "aro da porta danificado",
        "refund": "reembolso em falta",
        "wrong_price": "deslocação cobrada a sócio Plus",
        "bad_keys": "cópias de chave não servem",
    },
    "fr": {
        "no_show": "technicien jamais venu",
        "double_charge": "double prélèvement",
        "damage": "chambranle abîmé",
        "refund": "remboursement non reçu",
        "wrong_price": "déplacement facturé malgré le Plus",
        "bad_keys": "doubles de clés inutilisables",
    },
    "es": {
        "no_show": "el técnico no vino",
        "double_charge": "cobro duplicado",
        "damage": "marco de la puerta dañado",
        "refund": "reembolso sin recibir",
        "wrong_price": "salida cobrada con Plus",
        "bad_keys": "las copias no sirven",
    },
    "de": {
        "no_show": "Techniker nie gekommen",
        "double_charge": "doppelte Abbuchung",
        "damage": "Türrahmen beschädigt",
        "refund": "Erstattung fehlt",
        "wrong_price": "Anfahrt trotz Plus berechnet",
        "bad_keys": "Nachschlüssel passen nicht",
    },
    "it": {
        "no_show": "tecnico mai arrivato",
        "double_charge": "addebito doppio",
        "damage": "stipite danneggiato",
        "refund": "rimborso non ricevuto",
        "wrong_price": "uscita addebitata con Plus",
        "bad_keys": "copie delle chiavi inutilizzabili",
    },
}
COMPLAINT = {
    "en": "Complaint: ",
    "pt": "Reclamação: ",
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
}
HELLO: dict[str, list[str]] = {
    "en": ["Hello,", "Hi,"],
    "pt": ["Boa tarde,", "Bom dia,"],
    "fr": ["Bonjour,"],
    "es": ["Hola:"],
    "de": ["Guten Tag,"],
    "it": ["Buongiorno,"],
}
DEMAND: dict[str, list[str]] = {
    "en": ["Sort it out please.", "I want this fixed today.", "What are you going to do about it?"],
    "pt": ["Resolvam isto, por favor.", "Quero isto resolvido hoje.", "O que vão fazer?"],
    "fr": ["Merci de régler ça rapidement."],
    "es": ["Quiero que lo arregléis hoy."],
    "de": ["Ich erwarte, dass das heute geklärt wird."],
    "it": ["Voglio che sia risolto oggi."],
}
FORM_ASK = {
    "en": "Please call me back.",
    "pt": "Liguem-me, por favor.",
    "fr": "Merci de me rappeler.",
    "es": "Llamadme, por favor.",
    "de": "Bitte rufen Sie mich zurück.",
    "it": "Richiamatemi, per favore.",
}
CHAT_OPEN = {
    "en": "hi, ",
    "pt": "olá, ",
    "fr": "bonjour, ",
    "es": "hola, ",
    "de": "hallo, ",
    "it": "salve, ",
}
SOCIAL: dict[str, dict[str, list[str]]] = {
    "en": {
        "no_show": [
            "Clavento booked 8-10, NOBODY came, app says JOB COMPLETED. took a morning off for this. fuming"
        ],
        "double_charge": ["Clavento charged me TWICE for one call-out. {amt} x2. give it back"],
        "damage": ["Clavento 'non-destructive opening' my foot. door frame SPLIT. thanks a lot"],
        "refund": ["3 WEEKS waiting for my {amt} refund Clavento. 3 weeks."],
        "wrong_price": [
            "paying for Clavento Plus so the call-out's covered and they charge me {amt} for the call-out. brilliant"
        ],
        "bad_keys": ["Clavento sent me 3 spare keys and NONE of them turn. what am I paying for"],
    },
    "pt": {
        "no_show": [
            "Clavento marcado das 8 às 10, NINGUÉM apareceu e a app diz SERVIÇO CONCLUÍDO. Perdi a manhã. Que vergonha"
        ],
        "double_charge": ["Clavento cobrou-me DUAS vezes a deslocação. {amt} x2. Devolvam já"],
        "damage": ['Clavento "abertura sem danos"... o aro da porta RACHADO. Obrigadinha'],
        "refund": ["TRÊS semanas à espera do reembolso de {amt}, Clavento. Três."],
        "wrong_price": [
            "Pago o Plus da Clavento para ter a deslocação incluída e cobram-me {amt}. Fantástico"
        ],
        "bad_keys": ["A Clavento mandou 3 cópias da chave e NENHUMA roda. Brincadeira"],
    },
    "fr": {
        "no_show": ["Clavento, créneau 8h-10h, PERSONNE, et l'appli dit TERMINÉ. Matinée perdue"],
        "double_charge": ["Clavento m'a prélevé DEUX fois {amt}. Remboursez"],
        "damage": ["Clavento « ouverture sans casse »... chambranle FENDU"],
        "refund": ["TROIS semaines que j'attends mes {amt}, Clavento"],
        "wrong_price": ["Je paie le Plus Clavento et on me facture {amt} de déplacement. Génial"],
        "bad_keys": ["Clavento m'envoie 3 doubles et AUCUN ne tourne"],
    },
    "es": {
        "no_show": [
            "Clavento, cita de 8 a 10, NO VINO NADIE y la app dice COMPLETADO. Mañana perdida"
        ],
        "double_charge": ["Clavento me ha cobrado DOS veces {amt}. Devolvedlo ya"],
        "damage": ['Clavento "apertura sin daños"... el marco RAJADO'],
        "refund": ["TRES semanas esperando mis {amt}, Clavento"],
        "wrong_price": ["Pago el Plus de Clavento y me cobran {amt} de salida. Genial"],
        "bad_keys": ["Clavento me manda 3 copias y NINGUNA gira"],
    },
    "de": {
        "no_show": ["Clavento, Termin 8-10, NIEMAND kam und die App sagt ERLEDIGT. Vormittag weg"],
        "double_charge": ["Clavento hat mir {amt} ZWEIMAL abgebucht. Zurück damit"],
        "damage": ['Clavento "zerstörungsfreie Öffnung"... Türrahmen GESPALTEN'],
        "refund": ["DREI Wochen warte ich auf meine {amt}, Clavento"],
        "wrong_price": ["Ich zahle Clavento Plus und soll {amt} Anfahrt zahlen. Klasse"],
        "bad_keys": ["Clavento schickt 3 Nachschlüssel und KEINER dreht sich"],
    },
    "it": {
        "no_show": [
            "Clavento, fascia 8-10, NON È VENUTO NESSUNO e l'app dice COMPLETATO. Mattina persa"
        ],
        "double_charge": ["Clavento mi ha addebitato DUE volte {amt}. Ridatemeli"],
        "damage": ['Clavento "apertura senza danni"... stipite SPACCATO'],
        "refund": ["TRE settimane che aspetto i miei {amt}, Clavento"],
        "wrong_price": ["Pago il Plus Clavento e mi fate pagare {amt} di uscita. Fantastico"],
        "bad_keys": ["Clavento mi manda 3 copie e NESSUNA gira"],
    },
}
PHONE: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "hi yes I had a lock change booked between 8 and 10 this morning nobody came nobody rang and now the app says the job is completed I took the morning off for this",
        "double_charge": "hello I'm ringing because you've taken the call-out fee twice {samt} on tuesday and {samt} again yesterday for one visit",
        "damage": "yeah hi your technician was supposed to pick my lock and he drilled it and split the door frame I need someone to look at this",
        "refund": "hi I cancelled a lock change three weeks ago and I still haven't had the {samt} back",
        "wrong_price": "hello I'm a Plus member and I've been charged {samt} for the call-out which is supposed to be included",
        "bad_keys": "hi the spare keys you posted me don't turn none of the three I sent the photo like you said",
    },
    "pt": {
        "no_show": "olá bom dia tinha uma troca de fechadura marcada das 8 às 10 ninguém apareceu ninguém ligou e a app diz que está concluído tirei a manhã para isto",
        "double_charge": "boa tarde estou a ligar porque me cobraram a deslocação duas vezes {samt} na terça e outra vez {samt} ontem por uma visita só",
        "damage": "olá o técnico era para abrir a porta sem estragar e furou a fechadura e rachou o aro preciso que alguém venha ver isto",
        "refund": "bom dia cancelei uma troca de fechadura há três semanas e ainda não recebi os {samt}",
        "wrong_price": "olá sou sócia Plus e cobraram-me {samt} de deslocação que devia estar incluída",
        "bad_keys": "boa tarde as cópias de chave que me mandaram não rodam nenhuma das três e eu mandei a foto como pediram",
    },
    "fr": {
        "no_show": "bonjour j'avais un changement de serrure entre 8 et 10 ce matin personne n'est venu et l'appli dit que c'est terminé",
        "double_charge": "bonjour vous m'avez prélevé deux fois le déplacement {samt} mardi et encore {samt} hier",
        "damage": "oui bonjour le technicien devait ouvrir sans casse et il a percé la serrure et fendu le chambranle",
        "refund": "bonjour j'ai annulé il y a trois semaines et je n'ai toujours pas mes {samt}",
        "wrong_price": "bonjour je suis abonnée Plus et on m'a facturé {samt} de déplacement",
        "bad_keys": "bonjour les doubles que vous m'avez envoyés ne tournent pas aucun des trois",
    },
    "es": {
        "no_show": "hola buenos días tenía un cambio de cerradura de 8 a 10 no vino nadie y la app dice que está completado",
        "double_charge": "hola me habéis cobrado la salida dos veces {samt} el martes y otra vez {samt} ayer",
        "damage": "sí hola el técnico tenía que abrir sin daños y ha taladrado la cerradura y rajado el marco",
        "refund": "hola cancelé hace tres semanas y todavía no tengo los {samt}",
        "wrong_price": "hola soy socia Plus y me habéis cobrado {samt} de salida",
        "bad_keys": "hola las copias que me mandasteis no giran ninguna de las tres",
    },
    "de": {
        "no_show": "ja hallo ich hatte heute zwischen 8 und 10 einen Schlosstausch es kam niemand und in der App steht erledigt",
        "double_charge": "guten Tag Sie haben mir die Anfahrt zweimal abgebucht {samt} am Dienstag und nochmal {samt} gestern",
        "damage": "ja hallo der Techniker sollte zerstörungsfrei öffnen und hat das Schloss aufgebohrt und den Türrahmen gespalten",
        "refund": "hallo ich habe vor drei Wochen storniert und die {samt} sind immer noch nicht da",
        "wrong_price": "hallo ich bin Plus Mitglied und mir wurden {samt} Anfahrt berechnet",
        "bad_keys": "hallo die Nachschlüssel die Sie geschickt haben drehen sich nicht keiner von den dreien",
    },
    "it": {
        "no_show": "pronto buongiorno avevo un cambio serratura tra le 8 e le 10 non è venuto nessuno e l'app dice completato",
        "double_charge": "buongiorno mi avete addebitato l'uscita due volte {samt} martedì e di nuovo {samt} ieri",
        "damage": "sì buongiorno il tecnico doveva aprire senza danni e ha trapanato la serratura e spaccato lo stipite",
        "refund": "buongiorno ho annullato tre settimane fa e non ho ancora i {samt}",
        "wrong_price": "buongiorno sono socia Plus e mi avete addebitato {samt} di uscita",
        "bad_keys": "pronto le copie che mi avete spedito non girano nessuna delle tre",
    },
}
LONG_EMAIL: dict[str, list[str]] = {
    "en": [
        "Dear Clavento,\n\nI'm writing this from the school car park while my youngest finishes swimming, because it's the only quiet ten minutes I get this week. We've just moved into my late aunt's house and it needs everything doing, so I've been relying on you a lot and until now I had nothing but good things to say.\n\n{core}\n\nI don't have time to chase this. I have two children, a full-time job and a house full of boxes. I'd like it sorted this week, please, and an explanation.\n\nRegards,\n{first} {last}",
        "Dear Sir or Madam,\n\nI'm writing on my lunch break at the care home where I work, so forgive the typos. My husband is recovering from a knee operation and I'm looking after everything at the moment, which is why I booked with you in the first place: I wanted one thing I didn't have to think about.\n\n{core}\n\nI've been a customer for years and recommended you to half my street. Please look into this properly and let me know what you'll do.\n\nYours faithfully,\n{first} {last}",
    ],
    "pt": [
        "Exmos. Senhores,\n\nEscrevo do carro à porta do centro de saúde, enquanto a minha mãe faz análises, porque é o único momento calmo que tenho esta semana. Estamos a recuperar a casa dos meus avós em Viseu e tenho recorrido muito aos vossos serviços, sempre com boa impressão até agora.\n\n{core}\n\nNão tenho tempo para andar atrás disto. Trabalho por turnos, tenho a minha mãe a meu cargo e uma casa em obras. Peço que resolvam isto esta semana e que me expliquem o que aconteceu.\n\nCom os melhores cumprimentos,\n{first} {last}",
        "Boa tarde,\n\nPeço desculpa pelo texto longo, escrevo no intervalo do trabalho na pastelaria. O meu marido está de baixa depois de uma operação ao joelho e sou eu que trato de tudo em casa, foi por isso que vos chamei: queria uma coisa que não me desse trabalho.\n\n{core}\n\nSou cliente há anos e já vos recomendei a metade da rua. Por favor vejam isto com atenção e digam-me o que vão fazer.\n\nAtenciosamente,\n{first} {last}",
    ],
}
CASE_SUBJECT = {
    "en": "Your case {case}",
    "pt": "O seu processo {case}",
    "fr": "Votre dossier {case}",
    "es": "Tu incidencia {case}",
    "de": "Ihr Vorgang {case}",
    "it": "La sua segnalazione {case}",
}
RE_CASE = {
    "en": "Re: Your case {case}",
    "pt": "RE: Processo {case}",
    "fr": "RE : Dossier {case}",
    "es": "RE: Incidencia {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
}
CASE_OPENED = {
    "en": "Hi {first}, I'm sorry about this. I've opened case {case} and passed it to the team that handles it; we'll come back to you by e-mail within one working day. {agent}, Clavento",
    "pt": "Olá {first}, lamento muito. Abri o processo {case} e passei-o à equipa responsável; voltamos a falar por e-mail dentro de um dia útil. {agent}, Clavento",
    "fr": "Bonjour {first}, je suis désolé(e). J'ai ouvert le dossier {case} et l'ai transmis à l'équipe concernée ; nous revenons vers vous par e-mail sous un jour ouvré. {agent}, Clavento",
    "es": "Hola {first}, lo siento mucho. He abierto la incidencia {case} y la he pasado al equipo; te respondemos por e-mail en un día laborable. {agent}, Clavento",
    "de": "Hallo {first}, das tut mir leid. Ich habe den Vorgang {case} angelegt und an das zuständige Team gegeben; Sie hören innerhalb eines Werktags per E-Mail von uns. {agent}, Clavento",
    "it": "Buongiorno {first}, mi dispiace molto. Ho aperto la segnalazione {case} e l'ho passata al team; le rispondiamo via e-mail entro un giorno lavorativo. {agent}, Clavento",
}
CHAT_CASE = {
    "en": "I'm so sorry. I've opened case {case} for this and flagged it, you'll get an e-mail from the team today.",
    "pt": "Lamento imenso. Abri o processo {case} e sinalizei-o, vai receber um e-mail da equipa hoje.",
    "fr": "Je suis vraiment désolée. J'ai ouvert le dossier {case}, l'équipe vous écrit aujourd'hui.",
    "es": "Lo siento muchísimo. He abierto la incidencia {case}, el equipo te escribe hoy.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt, das Team meldet sich heute per E-Mail.",
    "it": "Mi dispiace tantissimo. Ho aperto la segnalazione {case}, il team le scrive oggi.",
}
FIX: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "a technician is booked for tomorrow 8-10 at no charge and the visit fee is refunded.",
        "double_charge": "the second charge of {amt} has been refunded, it shows on your card in 2-3 days.",
        "damage": "a carpenter will repair the frame at our cost on Thursday, and the opening is refunded.",
        "refund": "the {amt} has been sent again to the right card today.",
        "wrong_price": "the {amt} call-out fee has been refunded, your Plus is correctly linked now.",
        "bad_keys": "three new keys were cut from the lock code and sent by courier, arriving tomorrow.",
    },
    "pt": {
        "no_show": "ficou marcado um técnico para amanhã das 8 às 10 sem custos e a deslocação foi reembolsada.",
        "double_charge": "a segunda cobrança de {amt} foi devolvida, aparece no cartão em 2-3 dias.",
        "damage": "um carpinteiro repara o aro por nossa conta na quinta-feira e a abertura foi reembolsada.",
        "refund": "os {amt} foram reenviados hoje para o cartão certo.",
        "wrong_price": "os {amt} da deslocação foram devolvidos e o seu Plus está agora bem associado.",
        "bad_keys": "cortámos três chaves novas pelo código da fechadura e seguem por estafeta, chegam amanhã.",
    },
    "fr": {
        "no_show": "un technicien passe demain entre 8h et 10h sans frais et le déplacement est remboursé.",
        "double_charge": "le second prélèvement de {amt} est remboursé, visible sous 2-3 jours.",
        "damage": "un menuisier répare le chambranle à nos frais jeudi et l'ouverture est remboursée.",
        "refund": "les {amt} ont été renvoyés aujourd'hui sur la bonne carte.",
        "wrong_price": "les {amt} de déplacement sont remboursés et votre Plus est bien rattaché.",
        "bad_keys": "trois nouvelles clés taillées d'après le code partent par coursier, livrées demain.",
    },
    "es": {
        "no_show": "hay un técnico para mañana de 8 a 10 sin coste y te devolvemos la salida.",
        "double_charge": "el segundo cobro de {amt} está devuelto, lo verás en 2-3 días.",
        "damage": "un carpintero arregla el marco a nuestro cargo el jueves y la apertura está reembolsada.",
        "refund": "los {amt} se han enviado hoy a la tarjeta correcta.",
        "wrong_price": "los {amt} de salida están devueltos y tu Plus ya está bien vinculado.",
        "bad_keys": "tres llaves nuevas hechas por código van por mensajero, llegan mañana.",
    },
    "de": {
        "no_show": "ein Techniker kommt morgen zwischen 8 und 10 kostenlos, die Anfahrt ist erstattet.",
        "double_charge": "die zweite Abbuchung über {amt} ist erstattet, in 2-3 Tagen auf Ihrer Karte.",
        "damage": "ein Schreiner repariert den Rahmen am Donnerstag auf unsere Kosten, die Öffnung ist erstattet.",
        "refund": "die {amt} wurden heute an die richtige Karte überwiesen.",
        "wrong_price": "die {amt} Anfahrt sind erstattet und Ihr Plus ist jetzt richtig verknüpft.",
        "bad_keys": "drei neue Schlüssel nach Schließcode gehen per Kurier raus, morgen da.",
    },
    "it": {
        "no_show": "un tecnico passa domani tra le 8 e le 10 senza costi e l'uscita è rimborsata.",
        "double_charge": "il secondo addebito di {amt} è stato rimborsato, lo vede in 2-3 giorni.",
        "damage": "un falegname ripara lo stipite a nostre spese giovedì e l'apertura è rimborsata.",
        "refund": "i {amt} sono stati inviati oggi sulla carta giusta.",
        "wrong_price": "i {amt} di uscita sono rimborsati e il suo Plus ora è collegato bene.",
        "bad_keys": "tre chiavi nuove fatte dal codice partono con il corriere, arrivano domani.",
    },
}
GOOD_NEWS = {
    "en": "Hi {first}, good news on case {case}: {fix} Could you confirm it's all fine on your side? {agent}, Clavento",
    "pt": "Olá {first}, boas notícias sobre o processo {case}: {fix} Pode confirmar-nos que está tudo bem do seu lado? {agent}, Clavento",
    "fr": "Bonjour {first}, bonne nouvelle pour le dossier {case} : {fix} Pouvez-vous nous confirmer que tout est en ordre ? {agent}, Clavento",
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: {fix} ¿Nos confirmas que está todo bien? {agent}, Clavento",
    "de": "Hallo {first}, gute Nachricht zu Vorgang {case}: {fix} Können Sie uns bestätigen, dass alles passt? {agent}, Clavento",
    "it": "Buongiorno {first}, buone notizie sulla segnalazione {case}: {fix} Può confermarci che è tutto a posto? {agent}, Clavento",
}
APOLOGY: dict[str, list[str]] = {
    "en": [
        "Hi, about case {case}: sorry for the tone yesterday, it was a rubbish day. Thanks for sorting it so fast.",
        "me again ({case}). I was rude yesterday, sorry. all good now, thank you",
    ],
    "pt": [
        "Olá, sobre o processo {case}: peço desculpa pelo tom de ontem, foi um dia péssimo. Obrigada por resolverem tão depressa.",
        "sou eu outra vez ({case}). ontem fui mal-educado, desculpem. já está tudo bem, obrigado",
    ],
    "fr": [
        "Bonjour, pour le dossier {case} : désolée pour le ton d'hier, journée pourrie. Merci d'avoir réglé ça si vite."
    ],
    "es": [
        "Hola, sobre la incidencia {case}: perdón por el tono de ayer, fue un día horrible. Gracias por arreglarlo tan rápido."
    ],
    "de": [
        "Hallo, zu Vorgang {case}: sorry für den Ton gestern, war ein mieser Tag. Danke, dass es so schnell ging."
    ],
    "it": [
        "Buongiorno, per la segnalazione {case}: scusate il tono di ieri, giornata storta. Grazie per la rapidità."
    ],
}
CONFIRM: dict[str, list[str]] = {
    "en": [
        "Confirmed, all sorted on {case}. Thanks a lot.",
        "yes all good now, you can close {case}. thanks!",
    ],
    "pt": [
        "Confirmo, está tudo resolvido no processo {case}. Muito obrigada.",
        "sim, já está, podem fechar o {case}. obg!",
    ],
    "fr": ["Je confirme, tout est réglé pour {case}. Merci beaucoup."],
    "es": ["Confirmado, todo resuelto en {case}. ¡Gracias!"],
    "de": ["Bestätigt, {case} ist erledigt. Vielen Dank."],
    "it": ["Confermo, tutto risolto per {case}. Grazie mille."],
}
LOW_CSAT: dict[str, list[str]] = {
    "en": ["useless", "", "not impressed"],
    "pt": ["péssimo", "", "uma vergonha"],
    "fr": ["nul", ""],
    "es": ["fatal", ""],
    "de": ["schlecht", ""],
    "it": ["pessimo", ""],
}
LOW_NPS: dict[str, list[str]] = {
    "en": ["never again unless this is fixed", "", "no"],
    "pt": ["assim não", "", "muito mal"],
    "fr": ["non", ""],
    "es": ["así no", ""],
    "de": ["so nicht", ""],
    "it": ["così no", ""],
}

STILL: dict[str, list[str]] = {
    "en": [
        "Case {case} is STILL open. Nobody has called, nobody has e-mailed. {short}.",
        "Writing again about {case}. Still not sorted: {short}.",
        "it's been days, case {case}, still nothing. {short}",
    ],
    "pt": [
        "O processo {case} CONTINUA aberto. Ninguém ligou, ninguém respondeu. {short}.",
        "Volto a escrever sobre o {case}. Continua por resolver: {short}.",
        "já passaram dias, processo {case}, e nada. {short}",
    ],
    "fr": ["Le dossier {case} est TOUJOURS ouvert. Personne ne m'a rappelée : {short}."],
    "es": ["La incidencia {case} SIGUE abierta. Nadie me ha llamado: {short}."],
    "de": ["Vorgang {case} ist IMMER NOCH offen. Niemand hat sich gemeldet: {short}."],
    "it": ["La segnalazione {case} è ANCORA aperta. Nessuno mi ha richiamato: {short}."],
}
THIRD: dict[str, list[str]] = {
    "en": [
        "My neighbour uses {comp} and they sort this kind of thing the same day.",
        "I've looked at what {comp} charges, just saying.",
    ],
    "pt": [
        "A minha vizinha usa a {comp} e resolvem isto no próprio dia.",
        "Já fui ver quanto cobra a {comp}, só para saberem.",
    ],
    "fr": ["Ma voisine passe par {comp}, eux règlent ça dans la journée."],
    "es": ["Mi vecina usa {comp} y lo arreglan en el día."],
    "de": ["Meine Nachbarin nutzt {comp}, die regeln so was am selben Tag."],
    "it": ["La mia vicina usa {comp} e lo risolvono in giornata."],
}
FOURTH = {
    "en": "This is the FOURTH time I'm writing about {case}.",
    "pt": "É a QUARTA vez que escrevo sobre o {case}.",
    "fr": "C'est la QUATRIÈME fois que j'écris pour {case}.",
    "es": "Es la CUARTA vez que escribo por {case}.",
    "de": "Das ist das VIERTE Mal, dass ich wegen {case} schreibe.",
    "it": "È la QUARTA volta che scrivo per {case}.",
}
PHONE_STILL = {
    "en": "hi I'm calling again about case {case} it's still not sorted {short}",
    "pt": "olá volto a ligar por causa do processo {case} continua sem estar resolvido {short}",
    "fr": "bonjour je rappelle pour le dossier {case} toujours rien {short}",
    "es": "hola vuelvo a llamar por la incidencia {case} sigue sin resolverse {short}",
    "de": "hallo ich rufe nochmal wegen Vorgang {case} an es ist immer noch nicht gelöst {short}",
    "it": "pronto richiamo per la segnalazione {case} ancora niente {short}",
}
PHONE_THIRD = {
    "en": "my neighbour uses {comp} and they sort this the same day",
    "pt": "a minha vizinha usa a {comp} e resolvem isto no mesmo dia",
    "fr": "ma voisine passe par {comp} eux règlent ça dans la journée",
    "es": "mi vecina usa {comp} y lo arreglan en el día",
    "de": "meine Nachbarin ist bei {comp} die machen das am selben Tag",
    "it": "la mia vicina usa {comp} e lo risolvono in giornata",
}
PHONE_FOURTH = {
    "en": "this is the fourth time I'm contacting you",
    "pt": "é a quarta vez que vos contacto",
    "fr": "c'est la quatrième fois que je vous contacte",
    "es": "es la cuarta vez que os contacto",
    "de": "das ist das vierte Mal dass ich mich melde",
    "it": "è la quarta volta che vi contatto",
}
CHAT_URGENT = {
    "en": "I'm sorry. I've added this to case {case} and marked it urgent.",
    "pt": "Lamento. Acrescentei isto ao processo {case} e marquei-o como urgente.",
    "fr": "Désolée. J'ai ajouté ceci au dossier {case} et l'ai marqué urgent.",
    "es": "Lo siento. Lo he añadido a la incidencia {case} y la he marcado urgente.",
    "de": "Tut mir leid. Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert.",
    "it": "Mi dispiace. L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente.",
}
QUALITY_LEAD = {
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}, Clavento",
    "pt": "Olá {first}, o seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço. {agent}, Clavento",
    "fr": "Bonjour {first}, votre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent}, Clavento",
    "es": "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}, Clavento",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}, Clavento",
    "it": "Buongiorno {first}, la sua segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}, Clavento",
}

SLIDE: dict[str, list[str]] = {
    "en": [
        "Clavento tech an hour late today and no call to say so. not like them",
        "new cylinder from Clavento is stiff, have to jiggle the key every time. bit meh",
        "spare keys took 10 days to arrive and one doesn't even turn properly. Clavento what's going on",
        "Extra £20 for 'parts' on the Clavento invoice that weren't on the quote. Hmm.",
        "Now a £35 'van parking fee' added AFTER the job and nobody at Clavento answers my e-mail. Furious.",
        "That's it. My neighbour uses {comp}, I've booked them for the back door on Saturday. Done with Clavento.",
    ],
    "pt": [
        "Técnico da Clavento uma hora atrasado hoje e sem avisar. Não é costume",
        "O cilindro novo da Clavento está perro, tenho de abanar a chave sempre. Enfim",
        "As cópias demoraram 10 dias e uma nem roda bem. Clavento o que se passa",
        'Mais 25 € de "material" na fatura da Clavento que não estavam no orçamento. Hmm',
        'Agora 40 € de "estacionamento da carrinha" cobrados DEPOIS do serviço e ninguém da Clavento responde. Estou furiosa.',
        "Chega. A minha vizinha usa a {comp}, marquei com eles a porta das traseiras para sábado. Acabou, Clavento.",
    ],
    "fr": [
        "Technicien Clavento une heure en retard aujourd'hui, sans prévenir. Pas leur genre",
        "Le nouveau cylindre Clavento accroche, il faut forcer la clé. Bof",
        "Les doubles ont mis 10 jours et l'un tourne mal. Clavento, ça va ?",
        "25 € de « pièces » en plus sur la facture Clavento, pas sur le devis. Hmm",
        "Et maintenant 40 € de « stationnement du camion » ajoutés APRÈS l'intervention, aucune réponse de Clavento. Furieuse.",
        "Terminé. Ma voisine passe par {comp}, je les ai réservés pour samedi. Fini Clavento.",
    ],
    "es": [
        "Técnico de Clavento una hora tarde hoy y sin avisar. No es normal en ellos",
        "El cilindro nuevo de Clavento va duro, hay que menear la llave. Meh",
        "Las copias tardaron 10 días y una ni gira bien. Clavento qué pasa",
        '25 € más de "material" en la factura de Clavento que no estaban en el presupuesto. Hmm',
        'Y ahora 40 € de "aparcamiento de la furgoneta" cobrados DESPUÉS y nadie de Clavento contesta. Furiosa.',
        "Se acabó. Mi vecina usa {comp}, les he reservado para el sábado. Adiós Clavento.",
    ],
    "de": [
        "Clavento-Techniker heute eine Stunde zu spät, ohne Anruf. Kennt man so nicht",
        "Der neue Zylinder von Clavento hakt, man muss den Schlüssel jedes Mal ruckeln. Naja",
        "Die Nachschlüssel haben 10 Tage gebraucht und einer dreht schlecht. Clavento was ist los",
        '25 € extra für "Material" auf der Clavento-Rechnung, stand nicht im Angebot. Hmm',
        'Jetzt 40 € "Parkgebühr Transporter" NACH dem Einsatz und bei Clavento antwortet keiner. Ich bin sauer.',
        "Reicht. Meine Nachbarin nutzt {comp}, die kommen Samstag für die Hintertür. Schluss mit Clavento.",
    ],
    "it": [
        "Tecnico Clavento un'ora in ritardo oggi e senza avvisare. Strano",
        "Il cilindro nuovo di Clavento è duro, devo muovere la chiave ogni volta. Mah",
        "Le copie ci hanno messo 10 giorni e una gira male. Clavento che succede",
        '25 € in più di "materiale" sulla fattura Clavento, non c\'erano nel preventivo. Mah',
        'Ora 40 € di "parcheggio furgone" aggiunti DOPO l\'intervento e nessuno di Clavento risponde. Furiosa.',
        "Basta. La mia vicina usa {comp}, li ho prenotati per sabato. Chiuso con Clavento.",
    ],
}
LEAVE_SUBJECT = {
    "en": "Cancel Plus and close account",
    "pt": "Cancelar Plus e fechar conta",
    "fr": "Résiliation Plus et fermeture du compte",
    "es": "Cancelar Plus y cerrar cuenta",
    "de": "Kündigung Plus und Kontoschließung",
    "it": "Disdetta Plus e chiusura account",
}
LEAVE: dict[str, list[str]] = {
    "en": [
        "Hello, we've moved into a new-build flat with a concierge who handles all the locks, so I don't need Clavento Plus anymore. Please cancel it and close my account. Thanks for everything, {first}",
        "Hi, I'm moving to Lisbon to be near my daughter, so please cancel my Plus and close the account. You've been great. {first} {last}",
    ],
    "pt": [
        "Boa tarde, mudámo-nos para um prédio novo com porteiro que trata das fechaduras, por isso já não preciso do Plus. Queria cancelar e fechar a conta. Obrigada por tudo, {first}",
        "Olá, vou viver para perto da minha filha em Londres, por isso peço o cancelamento do Plus e o fecho da conta. Foram sempre impecáveis. {first} {last}",
    ],
    "fr": [
        "Bonjour, nous emménageons dans une résidence avec gardien qui gère les serrures, je n'ai plus besoin du Plus. Merci de le résilier et de fermer mon compte. {first}"
    ],
    "es": [
        "Hola, nos mudamos a un edificio con conserje que se ocupa de todo, así que quiero cancelar el Plus y cerrar la cuenta. Gracias por todo, {first}"
    ],
    "de": [
        "Hallo, wir ziehen in eine Wohnanlage mit Hausmeister, der sich um die Schlösser kümmert. Bitte kündigen Sie mein Plus und schließen Sie mein Konto. Danke für alles, {first}"
    ],
    "it": [
        "Buongiorno, ci trasferiamo in un condominio con portiere che pensa a tutto, quindi vorrei disdire il Plus e chiudere l'account. Grazie di tutto, {first}"
    ],
}
LEAVE_REPLY = {
    "en": "Hi {first}, sorry to see you go. You can cancel Plus and close the account yourself in the app or on the website under Account > Plus. Thanks for being with us. {agent}, Clavento",
    "pt": "Olá {first}, temos pena de a ver partir. Pode cancelar o Plus e fechar a conta na app ou no site, em Conta > Plus. Obrigado por estes anos. {agent}, Clavento",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier le Plus et fermer le compte dans l'appli ou sur le site, rubrique Compte > Plus. Merci pour votre confiance. {agent}, Clavento",
    "es": "Hola {first}, qué pena que te vayas. Puedes cancelar el Plus y cerrar la cuenta en la app o en la web, en Cuenta > Plus. Gracias por todo. {agent}, Clavento",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können Plus und Ihr Konto selbst in der App oder auf der Website unter Konto > Plus kündigen. Danke für Ihre Treue. {agent}, Clavento",
    "it": "Buongiorno {first}, ci dispiace vederla andare via. Può disdire il Plus e chiudere l'account nell'app o sul sito, in Account > Plus. Grazie di tutto. {agent}, Clavento",
}
GRUMBLES: dict[str, list[str]] = {
    "en": [
        "Clavento app logged me out AGAIN. every single time I open it.",
        "why does the 'technician on the way' text arrive at 6am for a 10am slot, Clavento",
        "2-hour arrival windows in 2026. come on Clavento",
        "the quote e-mails from Clavento are impossible to read on a phone",
        "20 min of hold music to change a booking. Clavento pls",
        "key tags fell off again. they're paper basically",
        "technician changed last minute and nobody said. it's fine. it's always fine.",
    ],
    "pt": [
        "A app da Clavento desligou-me a sessão OUTRA vez. Sempre.",
        'porque é que a mensagem "técnico a caminho" chega às 6h para uma marcação às 10h, Clavento',
        "janelas de chegada de 2 horas em 2026. a sério Clavento",
        "os orçamentos da Clavento por e-mail são ilegíveis no telemóvel",
        "20 minutos de música de espera para mudar uma marcação. Clavento por favor",
        "as etiquetas das chaves caíram outra vez. são de papel praticamente",
        "mudaram o técnico à última hora e ninguém avisou. pronto.",
    ],
}
SARCASM: dict[str, list[str]] = {
    "en": [
        "Technician 'on his way since 9' turned up at 16:55. Great, I love spending my day off at the window 👏 Clavento",
        "Love that my 'anti-snap' cylinder came with the old one's scratches already on it 😂 Clavento",
    ],
    "pt": [
        'O técnico "a caminho desde as 9" chegou às 16:55. Adoro passar a folga à janela 👏 Clavento',
        'Que bom, o cilindro "novo" já veio com riscos de fábrica 😂 Clavento',
    ],
    "fr": [
        "Technicien « en route depuis 9h » arrivé à 16h55. J'adore passer mon jour de congé à la fenêtre 👏 Clavento"
    ],
    "es": [
        'El técnico "en camino desde las 9" llegó a las 16:55. Me encanta pasar el día libre en la ventana 👏 Clavento'
    ],
    "de": [
        'Techniker "seit 9 unterwegs" kam um 16:55. Ich liebe es, meinen freien Tag am Fenster zu verbringen 👏 Clavento'
    ],
    "it": [
        'Il tecnico "in arrivo dalle 9" è arrivato alle 16:55. Adoro passare il giorno libero alla finestra 👏 Clavento'
    ],
}
MILD_QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "the booking calendar only shows three days ahead, I wanted to book next Friday",
            "Sorry about that, it's a known limit at weekends; you can book next Friday by phone or we'll e-mail when it opens.",
        ),
        (
            "the price in the app only includes VAT at the very last step, bit annoying",
            "Fair point, I've passed it on to the app team.",
        ),
    ],
    "pt": [
        (
            "o calendário de marcações só mostra três dias, queria marcar para sexta da próxima semana",
            "Lamento, ao fim de semana é assim; pode marcar por telefone ou avisamos quando abrir.",
        ),
        (
            "o preço na app só mostra o IVA no último passo, é chato",
            "Tem razão, já passei à equipa da app.",
        ),
    ],
    "fr": [
        (
            "le calendrier ne montre que trois jours, je voulais réserver vendredi prochain",
            "Désolée, c'est limité le week-end ; réservez par téléphone ou on vous prévient.",
        )
    ],
    "es": [
        (
            "el calendario solo enseña tres días, quería reservar el viernes que viene",
            "Perdona, el finde va así; puedes reservar por teléfono o te avisamos.",
        )
    ],
    "de": [
        (
            "der Kalender zeigt nur drei Tage, ich wollte nächsten Freitag buchen",
            "Sorry, am Wochenende ist das so; telefonisch geht es, oder wir melden uns.",
        )
    ],
    "it": [
        (
            "il calendario mostra solo tre giorni, volevo prenotare venerdì prossimo",
            "Mi spiace, nel weekend è così; può prenotare al telefono o l'avvisiamo noi.",
        )
    ],
}
FEEDBACK_SUBJECT = {
    "en": "Your feedback",
    "pt": "A sua sugestão",
    "fr": "Votre remarque",
    "es": "Tu comentario",
    "de": "Ihr Hinweis",
    "it": "Il suo commento",
}
FEEDBACK_ACK = {
    "en": "Hi {first}, thanks for the feedback, I've passed it to the app team. {agent}, Clavento",
    "pt": "Olá {first}, obrigado pela sugestão, já a passei à equipa da app. {agent}, Clavento",
    "fr": "Bonjour {first}, merci pour la remarque, transmise à l'équipe de l'appli. {agent}, Clavento",
    "es": "Hola {first}, gracias por el comentario, se lo he pasado al equipo de la app. {agent}, Clavento",
    "de": "Hallo {first}, danke für den Hinweis, ich habe ihn ans App-Team gegeben. {agent}, Clavento",
    "it": "Buongiorno {first}, grazie del commento, l'ho passato al team dell'app. {agent}, Clavento",
}
TS_GRUMBLE: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "the live map of the technician takes forever to load today, just spins",
            "Sorry, it's slow this morning; the text with the arrival time still comes through.",
        )
    ],
    "pt": [
        (
            "o mapa do técnico em tempo real está a demorar imenso a carregar hoje",
            "Lamento, está lento esta manhã; a mensagem com a hora de chegada chega na mesma.",
        )
    ],
    "fr": [
        (
            "la carte du technicien en direct met un temps fou à charger",
            "Désolée, c'est lent ce matin ; le SMS avec l'heure d'arrivée part quand même.",
        )
    ],
    "es": [
        (
            "el mapa del técnico en directo tarda muchísimo en cargar hoy",
            "Perdona, va lento esta mañana; el SMS con la hora de llegada sale igual.",
        )
    ],
    "de": [
        (
            "die Live-Karte vom Techniker lädt heute ewig",
            "Sorry, heute früh ist es langsam; die SMS mit der Ankunftszeit kommt trotzdem.",
        )
    ],
    "it": [
        (
            "la mappa del tecnico in tempo reale ci mette una vita a caricare oggi",
            "Mi spiace, stamattina è lenta; l'SMS con l'orario d'arrivo parte comunque.",
        )
    ],
}

# The spike: Saturday 14 November 2026, false "break-in reported" texts to emergency contacts.
SPIKE_CODE = "ICE-509/B"
SPIKE: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "social": [
            (
                "",
                "@Clavento my MUM just rang me in tears because you texted her that my house had been broken into. 'Ref ICE-509/B'. I booked a lock change. a LOCK CHANGE. what is wrong with you",
            ),
            (
                "",
                "Clavento why did my landlord get a text saying 'break-in reported at your property, ref ICE-509/B'?? I booked the window locks. he's now driving over. brilliant",
            ),
        ],
        "chat": [
            (
                "",
                "hi, my partner just got an SMS from you saying there's been a break-in at our flat, ref ICE-509/B. There hasn't. I only have a key-cutting pickup today. Can you tell him it's false??",
            )
        ],
        "community": [
            (
                "",
                "Anyone else's emergency contact getting 'break-in reported' texts from Clavento this morning? My sister got one with ref ICE-509/B, I only have a lock service booked at 11. Scared the life out of her.",
            )
        ],
        "email": [
            (
                "False break-in text ICE-509/B",
                "Hello,\n\nat 8:02 this morning my emergency contact (my neighbour, who has my spare key) received a text from Clavento saying a break-in had been reported at my address and a locksmith was on the way, ref ICE-509/B. Nothing has happened. I have a cylinder change booked for this afternoon, that's all. She called the police.\n\nPlease explain and please send her a correction.\n\n{first} {last}",
            )
        ],
        "web": [
            (
                "Break-in SMS sent by mistake - ICE-509/B",
                "My daughter (emergency contact on my account) received a Clavento SMS saying my home was broken into, ref ICE-509/B. False. I only have a booking for window locks today. Please stop these messages.",
            )
        ],
    },
    "pt": {
        "social": [
            (
                "",
                '@Clavento a minha MÃE ligou-me a chorar porque lhe mandaram uma SMS a dizer que me assaltaram a casa, "ref ICE-509/B". Eu só marquei uma troca de fechadura!!',
            ),
            (
                "",
                'Clavento porque é que o meu senhorio recebeu uma mensagem a dizer "arrombamento comunicado, ref ICE-509/B"?? Marquei fechos para as janelas. Agora vem a caminho. Ótimo',
            ),
        ],
        "chat": [
            (
                "",
                "bom dia, o meu marido recebeu uma SMS vossa a dizer que houve um assalto em casa, ref ICE-509/B. Não houve nada, só tenho uma recolha de chaves hoje. Podem avisá-lo que é falso?",
            )
        ],
        "community": [
            (
                "",
                'Mais alguém com contactos de emergência a receber SMS de "assalto" da Clavento esta manhã? A minha irmã recebeu uma com ref ICE-509/B e eu só tenho uma revisão de fechadura marcada às 11.',
            )
        ],
        "email": [
            (
                "SMS falso de assalto ICE-509/B",
                "Bom dia,\n\nàs 8:03 a minha vizinha, que é o meu contacto de emergência e tem a chave suplente, recebeu uma SMS da Clavento a dizer que tinha sido comunicado um arrombamento na minha morada e que um serralheiro ia a caminho, ref ICE-509/B. Não aconteceu nada. Tenho apenas uma troca de cilindro marcada para a tarde. Ela ligou à polícia.\n\nExpliquem-me o que se passa e mandem-lhe uma correção, por favor.\n\n{first} {last}",
            )
        ],
        "web": [
            (
                "SMS de arrombamento enviada por engano - ICE-509/B",
                "A minha filha (contacto de emergência na minha conta) recebeu uma SMS da Clavento a dizer que a minha casa foi assaltada, ref ICE-509/B. É falso. Só tenho marcação para fechos de janela hoje. Parem estas mensagens.",
            )
        ],
    },
    "fr": {
        "social": [
            (
                "",
                "@Clavento ma mère m'appelle en larmes parce que vous lui avez envoyé un SMS « cambriolage signalé » chez moi, réf ICE-509/B. J'ai juste réservé un changement de serrure !!",
            )
        ],
        "chat": [
            (
                "",
                "bonjour, mon conjoint vient de recevoir un SMS de votre part disant que notre appartement a été cambriolé, réf ICE-509/B. C'est faux, j'ai juste un retrait de clés aujourd'hui. Vous pouvez le prévenir ?",
            )
        ],
        "community": [
            (
                "",
                "Quelqu'un d'autre dont le contact d'urgence a reçu un SMS « cambriolage » de Clavento ce matin ? Ma sœur en a eu un, réf ICE-509/B, et j'ai juste un entretien de serrure à 12h.",
            )
        ],
        "email": [
            (
                "SMS de cambriolage erroné ICE-509/B",
                "Bonjour,\n\nà 9h02 ce matin ma voisine, contact d'urgence sur mon compte, a reçu un SMS de Clavento annonçant un cambriolage à mon adresse, réf ICE-509/B. Il ne s'est rien passé, j'ai seulement un changement de cylindre cet après-midi. Elle a appelé la police.\n\nMerci de lui envoyer un démenti.\n\n{first} {last}",
            )
        ],
        "web": [
            (
                "SMS cambriolage envoyé par erreur - ICE-509/B",
                "Ma fille, contact d'urgence, a reçu un SMS Clavento disant que mon logement a été cambriolé (réf ICE-509/B). C'est faux. Arrêtez ces messages.",
            )
        ],
    },
    "es": {
        "social": [
            (
                "",
                "@Clavento mi MADRE me ha llamado llorando porque le habéis mandado un SMS diciendo que han entrado a robar en mi casa, ref ICE-509/B. Solo reservé un cambio de cerradura!!",
            )
        ],
        "chat": [
            (
                "",
                "hola, mi pareja acaba de recibir un SMS vuestro diciendo que nos han robado en casa, ref ICE-509/B. Es falso, solo tengo una recogida de llaves hoy. Le podéis avisar?",
            )
        ],
        "community": [
            (
                "",
                '¿A alguien más le ha llegado a su contacto de emergencia un SMS de "robo" de Clavento esta mañana? A mi hermana le llegó uno, ref ICE-509/B.',
            )
        ],
        "email": [
            (
                "SMS falso de robo ICE-509/B",
                "Hola:\n\na las 9:02 mi vecina, que es mi contacto de emergencia, recibió un SMS de Clavento diciendo que se había comunicado un robo en mi dirección y que iba un cerrajero, ref ICE-509/B. No ha pasado nada, solo tengo un cambio de bombín esta tarde. Ha llamado a la policía.\n\nMandadle una rectificación, por favor.\n\n{first} {last}",
            )
        ],
        "web": [
            (
                "SMS de robo enviado por error - ICE-509/B",
                "Mi hija, contacto de emergencia en mi cuenta, recibió un SMS de Clavento diciendo que me han robado en casa (ref ICE-509/B). Es falso. Parad estos mensajes.",
            )
        ],
    },
    "de": {
        "social": [
            (
                "",
                "@Clavento meine MUTTER ruft mich weinend an, weil ihr ihr per SMS einen Einbruch bei mir gemeldet habt, Ref ICE-509/B. Ich habe nur einen Schlosstausch gebucht!!",
            )
        ],
        "chat": [
            (
                "",
                "hallo, mein Mann hat gerade eine SMS von euch bekommen, bei uns sei eingebrochen worden, Ref ICE-509/B. Stimmt nicht, ich hole heute nur Schlüssel ab. Könnt ihr ihm Bescheid geben?",
            )
        ],
        "community": [
            (
                "",
                'Hat noch jemand, dessen Notfallkontakt heute früh eine "Einbruch"-SMS von Clavento bekommen hat? Meine Schwester hat eine mit Ref ICE-509/B.',
            )
        ],
        "email": [
            (
                "Falsche Einbruch-SMS ICE-509/B",
                "Guten Tag,\n\nheute um 9:02 hat meine Nachbarin, mein Notfallkontakt, eine SMS von Clavento bekommen, an meiner Adresse sei ein Einbruch gemeldet und ein Schlüsseldienst unterwegs, Ref ICE-509/B. Es ist nichts passiert, ich habe nur heute Nachmittag einen Zylindertausch. Sie hat die Polizei gerufen.\n\nBitte schicken Sie ihr eine Richtigstellung.\n\n{first} {last}",
            )
        ],
        "web": [
            (
                "Einbruch-SMS irrtümlich verschickt - ICE-509/B",
                "Meine Tochter, Notfallkontakt in meinem Konto, bekam eine Clavento-SMS, bei mir sei eingebrochen worden (Ref ICE-509/B). Falsch. Bitte stoppen Sie diese Nachrichten.",
            )
        ],
    },
    "it": {
        "social": [
            (
                "",
                "@Clavento mia MADRE mi ha chiamato in lacrime perché le avete mandato un SMS dicendo che mi sono entrati i ladri in casa, rif ICE-509/B. Ho solo prenotato un cambio serratura!!",
            )
        ],
        "chat": [
            (
                "",
                "buongiorno, mio marito ha appena ricevuto un vostro SMS che dice che ci hanno svaligiato casa, rif ICE-509/B. Non è vero, oggi ho solo un ritiro chiavi. Potete avvisarlo?",
            )
        ],
        "community": [
            (
                "",
                'Anche ad altri è arrivato al contatto di emergenza un SMS di "furto" da Clavento stamattina? Mia sorella ne ha ricevuto uno, rif ICE-509/B, e io ho solo una manutenzione serratura alle 12.',
            )
        ],
        "email": [
            (
                "SMS falso di furto ICE-509/B",
                "Buongiorno,\n\nalle 9:02 la mia vicina, contatto di emergenza, ha ricevuto un SMS di Clavento che segnalava un'effrazione al mio indirizzo con un fabbro in arrivo, rif ICE-509/B. Non è successo niente, ho solo un cambio cilindro nel pomeriggio. Ha chiamato i carabinieri.\n\nMandatele una rettifica, per favore.\n\n{first} {last}",
            )
        ],
        "web": [
            (
                "SMS di effrazione inviato per errore - ICE-509/B",
                "Mia figlia, contatto di emergenza, ha ricevuto un SMS Clavento che dice che mi hanno svaligiato casa (rif ICE-509/B). È falso. Fermate questi messaggi.",
            )
        ],
    },
}
SPIKE_CHAT_ANSWER = {
    "en": "Yes, we're so sorry: a fault sent false break-in texts to emergency contacts this morning. Nothing has been reported at your home. We're stopping it and will text everyone a correction.",
    "pt": "Sim, lamentamos imenso: uma falha enviou SMS falsas de assalto aos contactos de emergência esta manhã. Não há nada comunicado na sua casa. Estamos a parar isto e vamos enviar uma correção a todos.",
    "fr": "Oui, toutes nos excuses : une panne a envoyé de faux SMS de cambriolage aux contacts d'urgence ce matin. Rien n'a été signalé chez vous. Nous l'arrêtons et enverrons un démenti à tous.",
    "es": "Sí, lo sentimos muchísimo: un fallo ha enviado SMS falsos de robo a los contactos de emergencia esta mañana. No hay nada comunicado en tu casa. Lo estamos parando y mandaremos una rectificación a todos.",
    "de": "Ja, es tut uns sehr leid: Ein Fehler hat heute früh falsche Einbruch-SMS an Notfallkontakte geschickt. Bei Ihnen wurde nichts gemeldet. Wir stoppen das und schicken allen eine Richtigstellung.",
    "it": "Sì, ci dispiace moltissimo: un guasto ha inviato stamattina falsi SMS di effrazione ai contatti di emergenza. Da lei non è stato segnalato nulla. Lo stiamo fermando e manderemo una rettifica a tutti.",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "en": [
        "Still happening: my brother just got a SECOND 'break-in' text, ICE-509/B again. Please stop it.",
        "ICE-509/B again - now my landlord's wife got one too. Why is this still going?",
    ],
    "pt": [
        "Continua: o meu irmão recebeu AGORA uma segunda SMS de assalto, outra vez ICE-509/B. Parem isto.",
        "Outra vez ICE-509/B, agora também a mulher do meu senhorio. Porque é que isto continua?",
    ],
    "fr": ["Ça continue : mon frère vient d'en recevoir un DEUXIÈME, encore ICE-509/B."],
    "es": ["Sigue pasando: mi hermano acaba de recibir OTRO SMS de robo, otra vez ICE-509/B."],
    "de": [
        "Geht weiter: mein Bruder hat gerade eine ZWEITE Einbruch-SMS bekommen, wieder ICE-509/B."
    ],
    "it": ["Continua: mio fratello ha appena ricevuto un SECONDO SMS, di nuovo ICE-509/B."],
}
SPIKE_REPEAT_SUBJECT = {
    "en": "RE: ICE-509/B still happening",
    "pt": "RE: ICE-509/B continua",
    "fr": "RE : ICE-509/B, ça continue",
    "es": "RE: ICE-509/B sigue",
    "de": "AW: ICE-509/B geht weiter",
    "it": "R: ICE-509/B continua",
}
SPIKE_FIXED_SUBJECT = {
    "en": "False break-in texts this morning",
    "pt": "SMS falsas de assalto esta manhã",
    "fr": "Faux SMS de cambriolage ce matin",
    "es": "SMS falsos de robo esta mañana",
    "de": "Falsche Einbruch-SMS heute früh",
    "it": "Falsi SMS di effrazione stamattina",
}
SPIKE_FIXED = {
    "en": "Hi {first}, the false break-in texts (ICE-509/B) stopped at {local} local time and your emergency contact has been sent a correction. Today's job is on us and we've added {credit} credit to your account. We're very sorry for the fright. {agent}, Clavento",
    "pt": "Olá {first}, as SMS falsas de assalto (ICE-509/B) pararam às {local}, hora local, e o seu contacto de emergência já recebeu uma correção. O serviço de hoje é por nossa conta e juntámos {credit} de crédito à sua conta. Lamentamos muito o susto. {agent}, Clavento",
    "fr": "Bonjour {first}, les faux SMS de cambriolage (ICE-509/B) sont arrêtés depuis {local}, heure locale, et votre contact d'urgence a reçu un démenti. L'intervention du jour est offerte et {credit} de crédit ont été ajoutés à votre compte. Toutes nos excuses pour la frayeur. {agent}, Clavento",
    "es": "Hola {first}, los SMS falsos de robo (ICE-509/B) se pararon a las {local}, hora local, y tu contacto de emergencia ya ha recibido una rectificación. El servicio de hoy corre de nuestra cuenta y hemos añadido {credit} de crédito. Sentimos mucho el susto. {agent}, Clavento",
    "de": "Hallo {first}, die falschen Einbruch-SMS (ICE-509/B) sind seit {local} Uhr Ortszeit gestoppt und Ihr Notfallkontakt hat eine Richtigstellung bekommen. Der heutige Einsatz geht auf uns, {credit} Guthaben sind gutgeschrieben. Es tut uns sehr leid für den Schreck. {agent}, Clavento",
    "it": "Buongiorno {first}, i falsi SMS di effrazione (ICE-509/B) sono fermi dalle {local}, ora locale, e il suo contatto di emergenza ha ricevuto una rettifica. L'intervento di oggi è offerto da noi e le abbiamo aggiunto {credit} di credito. Ci scusiamo molto per lo spavento. {agent}, Clavento",
}
LONE_QA: list[tuple[str, str, str]] = [
    (
        "pt",
        "olá, pus o meu senhorio como contacto de emergência porque é ele que abre a porta ao técnico amanhã. Ele vai receber mensagens sobre a troca da fechadura? não queria que se assustasse",
        "Olá! Só recebe a hora de chegada do técnico, mais nada.",
    ),
    (
        "en",
        "hi, I've just added my neighbour as emergency contact for tomorrow's lock change as she's letting the tech in. will she get any texts other than the arrival time?",
        "Hi! Just the technician's arrival time, nothing else.",
    ),
]
