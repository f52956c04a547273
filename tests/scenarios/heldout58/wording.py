# ruff: noqa: E501
"""Consumer and spike wording of heldout58 (written blind, from the stories).

Placeholders: {box} (the gift box), {amt} (an amount in the customer's money),
{ref} (a case reference), {comp} (a competitor), {day} (a weekday), {time}
(a local time). Phone calls are built from the `call` lines as transcripts.
"""

from __future__ import annotations

BRAND = "Cadelia"
COMPETITORS = ("Momentix", "Surprisa")
LANGS = ("fr", "en", "de", "es", "it", "pt")

# key, price in EUR, name per language
PRODUCTS: list[tuple[str, float, dict[str, str]]] = [
    (
        "spa",
        89.90,
        {
            "fr": "Escapade Spa Duo",
            "en": "Spa Escape for Two",
            "de": "Wellness-Auszeit zu zweit",
            "es": "Escapada Spa para Dos",
            "it": "Fuga Spa di Coppia",
            "pt": "Escapadinha Spa a Dois",
        },
    ),
    (
        "dinner",
        149.00,
        {
            "fr": "Table d'Exception",
            "en": "Chef's Table Dinner",
            "de": "Gourmet-Dinner",
            "es": "Cena de Chef",
            "it": "Cena Gourmet",
            "pt": "Jantar de Chef",
        },
    ),
    (
        "balloon",
        229.00,
        {
            "fr": "Vol en Montgolfière",
            "en": "Hot-Air Balloon Flight",
            "de": "Ballonfahrt",
            "es": "Vuelo en Globo",
            "it": "Volo in Mongolfiera",
            "pt": "Voo de Balão",
        },
    ),
    (
        "weekend",
        199.90,
        {
            "fr": "Week-end Évasion",
            "en": "Weekend Away",
            "de": "Kurzurlaub zu zweit",
            "es": "Fin de Semana Escapada",
            "it": "Weekend Fuori Porta",
            "pt": "Fim de Semana Fora",
        },
    ),
    (
        "cooking",
        69.90,
        {
            "fr": "Atelier Cuisine",
            "en": "Cooking Class",
            "de": "Kochkurs",
            "es": "Taller de Cocina",
            "it": "Corso di Cucina",
            "pt": "Workshop de Cozinha",
        },
    ),
    (
        "track",
        179.00,
        {
            "fr": "Pilotage sur Circuit",
            "en": "Track Driving Day",
            "de": "Rennstrecken-Erlebnis",
            "es": "Conducción en Circuito",
            "it": "Guida in Pista",
            "pt": "Condução em Circuito",
        },
    ),
    (
        "massage",
        59.90,
        {
            "fr": "Massage Détente",
            "en": "Relaxing Massage",
            "de": "Entspannungsmassage",
            "es": "Masaje Relax",
            "it": "Massaggio Relax",
            "pt": "Massagem Relax",
        },
    ),
    (
        "zipline",
        49.90,
        {
            "fr": "Aventure Tyrolienne",
            "en": "Zip-Line Adventure",
            "de": "Seilrutschen-Abenteuer",
            "es": "Aventura en Tirolina",
            "it": "Avventura Zip-Line",
            "pt": "Aventura Slide",
        },
    ),
    (
        "treehouse",
        169.00,
        {
            "fr": "Nuit en Cabane",
            "en": "Treehouse Night",
            "de": "Nacht im Baumhaus",
            "es": "Noche en Cabaña del Árbol",
            "it": "Notte in Casa sull'Albero",
            "pt": "Noite na Casa da Árvore",
        },
    ),
    (
        "pottery",
        54.90,
        {
            "fr": "Initiation Poterie",
            "en": "Pottery Taster",
            "de": "Töpferkurs",
            "es": "Iniciación a la Cerámica",
            "it": "Laboratorio di Ceramica",
            "pt": "Iniciação à Cerâmica",
        },
    ),
]

PAGES = [
    "/boxes/spa",
    "/boxes/gastronomie",
    "/boxes/aventure",
    "/boxes/sejours",
    "/mes-cadeaux",
    "/partenaires",
    "/aide/echange",
    "/aide/prolongation",
    "/club",
    "/idees/anniversaire",
    "/idees/fete-des-meres",
    "/e-carte",
]

# ---------------------------------------------------------------- happy acts
PRAISE: dict[str, list[str]] = {
    "fr": [
        "Offert le coffret {box} à mes parents pour leurs 40 ans de mariage, ma mère m'a appelée en pleurant de joie. Merci Cadelia !",
        "On a enfin utilisé le coffret {box} que les collègues m'avaient offert pour mon départ. Accueil adorable, rien à redire.",
        "Petit retour: {box} testé samedi, tout était prêt à notre arrivée, on n'a même pas eu à sortir le bon. Top.",
        "Je ne savais jamais quoi offrir à mon frère, le coffret {box} a fait mouche. Il a déjà réservé !",
    ],
    "en": [
        "Got my dad the {box} for his 70th and he hasn't stopped talking about it. Cheers Cadelia",
        "Used the {box} my sister gave me at Christmas, lovely people, booked in two clicks. Really recommend.",
        "Honestly the easiest present I've bought all year. {box} for my best mate, he was made up",
        "Brilliant day out with the {box}. Staff knew we were coming, voucher scanned, no faff at all.",
    ],
    "de": [
        "Den Gutschein {box} meiner Mutter zum 60. geschenkt, sie war total begeistert. Danke Cadelia!",
        "Gestern den Gutschein {box} eingelöst, den ich zum Geburtstag bekommen hab. Lief alles reibungslos, sehr nette Leute.",
    ],
    "es": [
        "Le regalé el pack {box} a mi pareja por nuestro aniversario y fue un acierto total. Gracias Cadelia!!",
        "Por fin canjeamos el pack {box} que nos regalaron en la boda. Todo perfecto, repetiríamos.",
    ],
    "it": [
        "Regalato il cofanetto {box} a mia sorella per la laurea, entusiasta. Grazie Cadelia!",
        "Usato ieri il cofanetto {box} che mi avevano regalato i colleghi, tutto organizzato benissimo.",
    ],
    "pt": [
        "Ofereci o vale {box} aos meus sogros e adoraram. Obrigada Cadelia!",
        "Fomos finalmente usar o vale {box} que nos deram no Natal, correu tudo lindamente.",
    ],
}

AGAIN: dict[str, list[str]] = {
    "fr": [
        "Troisième box Cadelia offerte cette année et toujours aucune déception. Cette fois le coffret {box} pour ma belle-sœur.",
        "Encore une fois parfait. Je crois que toute la famille va finir par recevoir un coffret {box} 😄",
    ],
    "en": [
        "Third Cadelia gift this year and still not one dud. This time the {box} for my auntie.",
        "Once again spot on. At this point everyone I know is getting a {box} for their birthday lol",
    ],
    "de": [
        "Schon die dritte Box dieses Jahr und wieder alles top. Diesmal {box} für meinen Schwager."
    ],
    "es": ["Tercer regalo de Cadelia este año y otra vez genial. Esta vez {box} para mi cuñada."],
    "it": [
        "Terzo cofanetto Cadelia quest'anno e ancora una volta perfetto. Stavolta {box} per mio cugino."
    ],
    "pt": [
        "Terceira caixa da Cadelia este ano e mais uma vez impecável. Desta vez {box} para a minha cunhada."
    ],
}

GRIPE: dict[str, list[str]] = {
    "fr": [
        "Le coffret {box} était génial, vraiment. Seul bémol: la liste des partenaires sur l'appli n'a pas de filtre par département, on a scrollé longtemps.",
        "Très bonne expérience avec le coffret {box}. Par contre la boîte cadeau elle-même fait un peu cheap pour le prix, dommage.",
    ],
    "en": [
        "{box} was great, genuinely. Only gripe is the e-card font is tiny on a phone, my nan couldn't read it.",
        "Lovely experience with the {box}, the only thing is the partner photos are clearly ten years old. Place is nicer in real life!",
    ],
    "de": [
        "Das Erlebnis {box} war super. Nur die Geschenkverpackung ist etwas lieblos, für den Preis hätte ich mehr erwartet."
    ],
    "es": [
        "El pack {box} genial, de verdad. Solo que en la app no se puede filtrar por provincia y cuesta encontrar sitio cerca."
    ],
    "it": [
        "Il cofanetto {box} è stato bellissimo. Unico neo: nell'app le foto dei partner sono vecchissime."
    ],
    "pt": [
        "O vale {box} foi ótimo. Só acho a caixa um bocado fraquinha para o preço, de resto tudo 5 estrelas."
    ],
}

# (customer question, agent answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "bonjour, le bon de mon mari expire dans 3 semaines, on peut encore réserver un dimanche ?",
            "Bonjour ! Oui, tant que la date de l'expérience est avant l'expiration, c'est bon. Les dimanches dépendent du partenaire, l'appli affiche ses créneaux.",
        ),
        (
            "Est-ce que je peux échanger un Atelier Cuisine contre un massage ? c'est pour ma mère elle cuisine déjà trop bien lol",
            "Bien sûr, l'échange est gratuit depuis « Mes cadeaux » > Échanger. La différence de prix éventuelle est proposée à la fin.",
        ),
        (
            "Question bête: le bénéficiaire voit-il le prix sur l'e-carte ?",
            "Pas bête du tout ! Non, jamais. L'e-carte montre l'expérience et votre message, pas le montant.",
        ),
    ],
    "en": [
        (
            "hi, can I post the box straight to my mum's address and put a note in?",
            "Hi! Yes, just add her address as the delivery address at checkout and type your note in the gift message box, it's printed on a card inside.",
        ),
        (
            "Does the balloon flight go ahead if it rains? We're booked for the 14th",
            "Good question! The pilot checks the weather the evening before and moves the flight for free if it's not safe. You'll get a text either way.",
        ),
        (
            "quick one, how long are the vouchers valid for",
            "They're valid 3 years from purchase, and the date is shown on the voucher and in My Gifts.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich den Gutschein auch für zwei verschiedene Termine aufteilen?",
            "Hallo! Leider nein, ein Gutschein gilt für einen Termin. Sie können ihn aber gegen zwei kleinere Erlebnisse tauschen.",
        ),
        (
            "gilt die Box auch in Österreich?",
            "Ja, die Partnerliste zeigt auch alle Partner in Österreich, einfach das Land im Filter wählen.",
        ),
    ],
    "es": [
        (
            "hola, el bono se puede usar en Portugal?",
            "¡Hola! Sí, muchas experiencias tienen partners en Portugal, lo ves en la lista del bono filtrando por país.",
        ),
        (
            "Buenas, si regalo la caja y no le gusta puede cambiarla?",
            "Claro, el cambio es gratis desde la app o la web, en «Mis regalos».",
        ),
    ],
    "it": [
        (
            "ciao, posso aggiungere un messaggio video all'e-card?",
            "Ciao! Sì, nell'ultimo passaggio c'è «Aggiungi un video», fino a 30 secondi.",
        ),
        (
            "Buongiorno, il cofanetto ha una data di scadenza stampata?",
            "Buongiorno, sì, sul buono e nell'app sotto «I miei regali».",
        ),
    ],
    "pt": [
        (
            "olá, consigo oferecer sem que a pessoa veja o preço?",
            "Olá! Sim, o preço nunca aparece no cartão nem no vale.",
        ),
        (
            "Boa tarde, o vale dá para usar em Espanha?",
            "Boa tarde! Dá, vários parceiros são em Espanha, pode filtrar por país na app.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "fr": ["merci !", "Super, merci beaucoup", "parfait merci bonne soirée", "ok top 👍"],
    "en": ["thanks!", "brill, cheers", "perfect thank you", "great, thanks a lot"],
    "de": ["danke!", "super, vielen Dank", "alles klar danke"],
    "es": ["gracias!", "genial, muchas gracias", "vale, gracias"],
    "it": ["grazie!", "perfetto grazie mille", "ok grazie"],
    "pt": ["obrigado!", "ótimo, obrigada", "ok obg"],
}

# (subject, question, agent answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Question facture",
            "Bonjour,\nPourriez-vous m'envoyer une facture au nom de mon association pour le coffret acheté hier ? C'est pour le pot de départ de notre trésorière.\nCordialement",
            "Bonjour,\nLa facture au nom de votre association est jointe à ce message. Bonne fête à votre trésorière !\nL'équipe Cadelia",
        ),
        (
            "Bon perdu ?",
            "Bonjour, ma fille a perdu le papier du bon cadeau (Massage Détente) qu'on lui a offert. Est-ce qu'on peut le récupérer ? Merci",
            "Bonjour,\nAucun souci : le bon est aussi dans l'appli, rubrique « Mes cadeaux », avec le même code. Vous pouvez l'imprimer de nouveau.\nBelle journée",
        ),
    ],
    "en": [
        (
            "Gift message",
            "Hi there,\nI ordered a box last night and think I spelt my nephew's name wrong in the message (Connor not Conor). Can you change it before it ships?\nThanks, ",
            "Hi,\nAll sorted, the card now says Connor. The box leaves our warehouse tomorrow morning.\nBest wishes, the Cadelia team",
        ),
        (
            "Voucher for a wedding",
            "Hello, we'd like to put a Cadelia voucher on our wedding list so guests can chip in. Is that possible?",
            "Hello and congratulations! Yes, a shared gift pot lets guests add any amount, and you choose the experience afterwards. Here's the link to set it up: cadelia.example/pot",
        ),
    ],
    "de": [
        (
            "Rechnung",
            "Guten Tag,\nkönnen Sie mir bitte eine Rechnung für meine Bestellung schicken? Ich finde sie im Konto nicht.\nMfG",
            "Guten Tag,\ndie Rechnung finden Sie im Anhang, künftig auch unter Konto > Bestellungen.\nIhr Cadelia-Team",
        )
    ],
    "es": [
        (
            "Duda",
            "Hola, ¿el bono de Fin de Semana incluye la cena o solo el desayuno? Gracias",
            "Hola, incluye desayuno y en algunos hoteles también cena; en la ficha de cada hotel lo pone. ¡Un saludo!",
        )
    ],
    "it": [
        (
            "Domanda",
            "Buongiorno, è possibile spedire il cofanetto in una confezione senza logo? È una sorpresa. Grazie",
            "Buongiorno, sì: basta scegliere «Confezione neutra» prima del pagamento. Buona sorpresa!",
        )
    ],
    "pt": [
        (
            "Dúvida",
            "Bom dia, o vale pode ser usado por outra pessoa que não a que recebeu? Obrigado",
            "Bom dia, sim, o vale é ao portador, basta apresentar o código ao parceiro. Cumprimentos",
        )
    ],
}

# (call transcript, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut prolonger un bon qui expire le mois prochain ma femme est enceinte et on pourra pas faire le vol avant",
            "Bonjour,\nSuite à votre appel, votre bon est prolongé de 6 mois sans frais vu les circonstances. Félicitations à vous deux !\nCadelia",
        )
    ],
    "en": [
        (
            "hi yeah I was just calling to check whether the track day needs a full driving licence or if my son's provisional is enough he's seventeen",
            "Hi,\nThanks for calling. A provisional licence is fine for the junior track session, and he'll need to bring it on the day. Have fun!\nCadelia",
        )
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob man bei der Ballonfahrt ein Gewichtslimit hat mein Vater ist recht groß",
            "Guten Tag,\nwie am Telefon besprochen: Bis 120 kg ist es kein Problem, darüber bitte vorher beim Piloten melden.\nIhr Cadelia-Team",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si el bono de cena vale para tres personas pagando la diferencia",
            "Hola,\ncomo hablamos, sí: el restaurante cobra directamente el tercer cubierto. ¡Que aproveche!\nCadelia",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se il buono si può usare anche ad agosto o è escluso",
            "Buongiorno,\ncome detto al telefono, agosto è incluso salvo dove il partner indica chiusura.\nCadelia",
        )
    ],
    "pt": [
        (
            "olá boa tarde queria saber se posso trocar o vale por outro de valor mais alto e pagar a diferença",
            "Boa tarde,\ncomo falámos, pode sim, na app em Os meus presentes > Trocar.\nCadelia",
        )
    ],
}

REVIEW: dict[str, list[str]] = {
    "fr": [
        "Super coffret, partenaires sérieux, je recommande.",
        "Livraison rapide et joli emballage.",
        "Le coffret {box} a fait un carton, merci.",
    ],
    "en": [
        "Great box, easy to book, would buy again.",
        "Arrived next day, nicely wrapped.",
        "The {box} went down a treat.",
    ],
    "de": ["Tolles Geschenk, unkompliziert eingelöst.", "Schnelle Lieferung, schön verpackt."],
    "es": ["Regalo perfecto, todo fácil.", "Llegó rápido y muy bien presentado."],
    "it": ["Regalo perfetto, consigliato.", "Spedizione veloce, confezione curata."],
    "pt": ["Presente perfeito, recomendo.", "Chegou rápido e bem embrulhado."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "fr": ["", "top", "Très bien", "rien à dire 👍", "parfait"],
    "en": ["", "great", "all good", "👍", "spot on"],
    "de": ["", "super", "alles bestens"],
    "es": ["", "genial", "todo bien"],
    "it": ["", "ottimo", "tutto bene"],
    "pt": ["", "ótimo", "tudo certo"],
}

NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "3h du mat, bébé réveillé, et moi je compare des box spa pour la fête des mères. Le coffret {box} a l'air parfait.",
        "De garde cette nuit aux urgences, je viens de commander le coffret {box} pour mon frère entre deux patients 😅",
    ],
    "en": [
        "can't sleep so I've just bought the {box} for my girlfriend's birthday. Future me will be pleased",
        "night shift at the depot, ordered the {box} for mum on my break. sorted",
    ],
    "de": [
        "Nachtschicht im Krankenhaus, in der Pause noch schnell den Gutschein {box} für meine Schwester bestellt."
    ],
    "es": [
        "Las 2 de la mañana y yo aquí eligiendo el pack {box} para mi madre. Insomnio productivo jaja"
    ],
    "it": ["Le 3 di notte e ho appena regalato il cofanetto {box} a mio fratello. Insonnia utile"],
    "pt": ["Três da manhã e acabei de comprar o vale {box} para a minha mãe. Insónia produtiva"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "vous êtes là ? l'e-carte programmée pour 8h demain partira bien même si je ferme l'appli ?",
            "Bonsoir ! Oui, l'envoi est programmé chez nous, vous pouvez fermer l'appli sans souci.",
        )
    ],
    "en": [
        (
            "anyone there? if I order now can I still print the voucher tonight, birthday is at breakfast",
            "Hi! Yes, the printable voucher is in your confirmation e-mail straight away and in My Gifts.",
        )
    ],
    "de": [
        (
            "noch jemand da? kann ich den Gutschein heute nacht noch ausdrucken? Geburtstag ist morgen früh",
            "Hallo! Ja, der Gutschein zum Ausdrucken kommt sofort per E-Mail und liegt unter Meine Geschenke.",
        )
    ],
    "es": [
        (
            "hola, hay alguien? si compro ahora puedo imprimir el bono esta noche?",
            "¡Hola! Sí, el bono imprimible llega al momento por e-mail y está en Mis regalos.",
        )
    ],
    "it": [
        (
            "c'è qualcuno? se compro adesso posso stampare il buono stanotte?",
            "Ciao! Sì, il buono stampabile arriva subito via e-mail.",
        )
    ],
    "pt": [
        (
            "está alguém? se comprar agora consigo imprimir o vale hoje à noite?",
            "Olá! Sim, o vale para imprimir chega logo por e-mail.",
        )
    ],
}

# ---------------------------------------------------------------- problems
PROBLEMS = (
    "not_delivered",
    "double_charge",
    "refund",
    "extension_fee",
    "partner_gone",
    "wrong_box",
)

PROBLEM_SUBJECT: dict[str, dict[str, str]] = {
    "not_delivered": {
        "fr": "coffret jamais reçu",
        "en": "box never arrived",
        "de": "Box nie angekommen",
        "es": "caja no recibida",
        "it": "cofanetto mai arrivato",
        "pt": "caixa nunca chegou",
    },
    "double_charge": {
        "fr": "prélevée deux fois",
        "en": "charged twice",
        "de": "doppelt abgebucht",
        "es": "cobro doble",
        "it": "addebito doppio",
        "pt": "cobrança duplicada",
    },
    "refund": {
        "fr": "remboursement",
        "en": "refund",
        "de": "Erstattung",
        "es": "reembolso",
        "it": "rimborso",
        "pt": "reembolso",
    },
    "extension_fee": {
        "fr": "frais de prolongation",
        "en": "extension fee",
        "de": "Verlängerungsgebühr",
        "es": "cargo por prórroga",
        "it": "costo di proroga",
        "pt": "taxa de prorrogação",
    },
    "partner_gone": {
        "fr": "partenaire fermé",
        "en": "venue closed",
        "de": "Partner geschlossen",
        "es": "partner cerrado",
        "it": "partner chiuso",
        "pt": "parceiro fechou",
    },
    "wrong_box": {
        "fr": "mauvais bon",
        "en": "wrong voucher",
        "de": "falscher Gutschein",
        "es": "bono equivocado",
        "it": "buono sbagliato",
        "pt": "vale errado",
    },
}

# the complaint itself: (full, short angry line, call)
PROBLEM_TEXT: dict[str, dict[str, tuple[str, str, str]]] = {
    "not_delivered": {
        "fr": (
            "Le coffret {box} commandé pour l'anniversaire de ma sœur est marqué « livré » depuis mardi. Rien dans la boîte aux lettres, rien chez la gardienne, rien chez les voisins. L'anniversaire était hier, j'ai offert une carte vide.",
            "Coffret marqué LIVRÉ, jamais reçu. Anniversaire raté, merci bien.",
            "oui bonjour alors le coffret {box} est marqué livré depuis mardi et on l'a jamais eu ni la gardienne ni les voisins l'anniversaire c'était hier",
        ),
        "en": (
            "The {box} I ordered for my sister's birthday says DELIVERED since Tuesday. Not in the letterbox, not with the neighbours, nothing in the safe place. Her birthday was yesterday and I handed her an empty card.",
            "Box says delivered. It wasn't. Birthday's been and gone.",
            "hi yeah the {box} I ordered says delivered since Tuesday but it never came not with the neighbours nothing and the birthday was yesterday",
        ),
        "de": (
            "Die {box}-Box für den Geburtstag meiner Schwester steht seit Dienstag auf ZUGESTELLT. Nicht im Briefkasten, nicht beim Nachbarn. Der Geburtstag war gestern.",
            "Angeblich zugestellt. Ist sie nicht. Geburtstag vorbei.",
            "ja hallo die Box {box} steht seit Dienstag auf zugestellt aber die ist nie angekommen auch nicht beim Nachbarn und der Geburtstag war gestern",
        ),
        "es": (
            "La caja {box} para el cumple de mi hermana pone ENTREGADA desde el martes. Ni en el buzón ni en la portería ni con los vecinos. El cumple fue ayer.",
            "Pone entregada y NO ha llegado. Cumpleaños arruinado.",
            "hola mire la caja {box} pone entregada desde el martes y no ha llegado ni a portería ni a los vecinos y el cumple fue ayer",
        ),
        "it": (
            "Il cofanetto {box} per il compleanno di mia sorella risulta CONSEGNATO da martedì. Non c'è nella cassetta, né dal portiere, né dai vicini. Il compleanno era ieri.",
            "Risulta consegnato, mai arrivato. Compleanno rovinato.",
            "buongiorno il cofanetto {box} risulta consegnato da martedì ma non è mai arrivato né dal portiere né dai vicini e il compleanno era ieri",
        ),
        "pt": (
            "A caixa {box} para os anos da minha irmã diz ENTREGUE desde terça. Não está na caixa do correio nem com os vizinhos. Os anos foram ontem.",
            "Diz entregue e não chegou nada. Aniversário estragado.",
            "olá a caixa {box} diz entregue desde terça mas nunca chegou nem aos vizinhos e os anos foram ontem",
        ),
    },
    "double_charge": {
        "fr": (
            "Vous m'avez prélevé deux fois {amt} pour un seul coffret {box}. Une seule commande dans mon compte, deux lignes sur mon relevé. J'ai eu un rejet de prélèvement derrière pour mon loyer.",
            "DEUX prélèvements de {amt} pour UN coffret. Remboursez-moi.",
            "bonjour vous m'avez débité deux fois {amt} pour un seul coffret {box} et du coup mon loyer est passé en rejet",
        ),
        "en": (
            "You've taken {amt} twice for one {box}. One order in my account, two payments on my statement. My phone bill bounced because of it.",
            "Charged TWICE. {amt} x2 for one box. Sort it out.",
            "hi you've charged me {amt} twice for one {box} there's only one order in my account and my phone bill bounced",
        ),
        "de": (
            "Sie haben {amt} ZWEIMAL abgebucht für eine einzige {box}-Box. Im Konto eine Bestellung, auf dem Auszug zwei.",
            "Zweimal {amt} abgebucht für EINE Box. Unglaublich.",
            "guten Tag Sie haben zweimal {amt} abgebucht für eine Box {box} im Konto ist nur eine Bestellung",
        ),
        "es": (
            "Me habéis cobrado DOS veces {amt} por un solo pack {box}. En mi cuenta hay un pedido y en el banco dos cargos.",
            "Dos cargos de {amt} por UNA caja. Devolvedme el dinero ya.",
            "hola me han cobrado dos veces {amt} por una sola caja {box} y en mi cuenta solo hay un pedido",
        ),
        "it": (
            "Mi avete addebitato due volte {amt} per un solo cofanetto {box}. Un ordine nell'account, due addebiti in banca.",
            "Due addebiti da {amt} per UN cofanetto. Assurdo.",
            "buongiorno mi avete addebitato due volte {amt} per un solo cofanetto {box}",
        ),
        "pt": (
            "Cobraram-me duas vezes {amt} por um só vale {box}. Uma encomenda na conta, dois débitos no banco.",
            "Duas cobranças de {amt} por UMA caixa. Quero o dinheiro.",
            "olá cobraram-me duas vezes {amt} por uma caixa {box} e só tenho uma encomenda",
        ),
    },
    "refund": {
        "fr": (
            "J'ai renvoyé le coffret {box} non utilisé dans les 14 jours, vous avez confirmé la réception le 3. Trois semaines plus tard, toujours pas un centime de mes {amt}.",
            "Trois semaines que j'attends mes {amt}. Toujours rien.",
            "oui bonjour j'ai renvoyé le coffret {box} vous avez confirmé la réception et trois semaines après j'ai toujours pas mes {amt}",
        ),
        "en": (
            "I sent back the unused {box} within the 14 days, you confirmed you got it. Three weeks on and not a penny of my {amt}.",
            "Three weeks waiting for {amt}. Still nothing.",
            "hi I sent the {box} back unused you confirmed you received it and three weeks later I still haven't had my {amt}",
        ),
        "de": (
            "Ich habe die unbenutzte {box}-Box fristgerecht zurückgeschickt, der Eingang wurde bestätigt. Drei Wochen später: keine {amt} zurück.",
            "DREI Wochen auf {amt} warten. Nichts.",
            "ja ich hab die Box {box} unbenutzt zurückgeschickt Eingang bestätigt und nach drei Wochen noch keine {amt} zurück",
        ),
        "es": (
            "Devolví el pack {box} sin usar dentro de plazo, confirmasteis la recepción. Tres semanas y ni rastro de mis {amt}.",
            "TRES semanas esperando {amt}. Nada.",
            "hola devolví la caja {box} sin usar me confirmaron que la recibieron y tres semanas después no tengo los {amt}",
        ),
        "it": (
            "Ho reso il cofanetto {box} non usato nei termini, avete confermato la ricezione. Dopo tre settimane dei miei {amt} nessuna traccia.",
            "Tre settimane per {amt}. Niente.",
            "buongiorno ho reso il cofanetto {box} non usato confermato ricevuto e dopo tre settimane niente rimborso di {amt}",
        ),
        "pt": (
            "Devolvi o vale {box} por usar dentro do prazo, confirmaram a receção. Três semanas depois nem sinal dos {amt}.",
            "Três semanas à espera de {amt}. Nada.",
            "olá devolvi a caixa {box} sem usar confirmaram e três semanas depois não recebi os {amt}",
        ),
    },
    "extension_fee": {
        "fr": (
            "On m'a facturé {amt} de « frais de prolongation » sur le bon {box} alors que c'est votre partenaire qui a annulé notre date deux fois. Je n'ai jamais demandé de prolongation.",
            "{amt} de frais de prolongation alors que c'est VOTRE partenaire qui annule. Sérieusement ?",
            "bonjour on m'a facturé {amt} de frais de prolongation sur le bon {box} alors que c'est le partenaire qui a annulé deux fois",
        ),
        "en": (
            'I\'ve been charged a {amt} "extension fee" on the {box} voucher when it was your venue that cancelled our date twice. I never asked for an extension.',
            "{amt} extension fee because YOUR venue cancelled on us. Seriously?",
            "hi I've been charged {amt} extension fee on the {box} voucher but it was the venue that cancelled twice I never asked for it",
        ),
        "de": (
            "Mir wurden {amt} Verlängerungsgebühr für den {box}-Gutschein berechnet, obwohl Ihr Partner unseren Termin zweimal abgesagt hat.",
            "{amt} Gebühr, weil IHR Partner absagt? Geht's noch?",
            "ja hallo mir wurden {amt} Verlängerungsgebühr berechnet für {box} obwohl der Partner zweimal abgesagt hat",
        ),
        "es": (
            "Me habéis cobrado {amt} de «prórroga» del bono {box} cuando fue vuestro partner quien canceló dos veces.",
            "{amt} de prórroga porque VUESTRO partner cancela. Increíble.",
            "hola me cobraron {amt} de prórroga del bono {box} y fue el partner el que canceló dos veces",
        ),
        "it": (
            "Mi avete addebitato {amt} di proroga sul buono {box} quando è stato il vostro partner ad annullare due volte.",
            "{amt} di proroga perché il VOSTRO partner annulla. Complimenti.",
            "buongiorno mi hanno addebitato {amt} di proroga sul buono {box} ma ha annullato il partner due volte",
        ),
        "pt": (
            "Cobraram-me {amt} de prorrogação do vale {box} quando foi o vosso parceiro que cancelou duas vezes.",
            "{amt} de prorrogação porque o VOSSO parceiro cancela. A sério?",
            "olá cobraram-me {amt} de prorrogação do vale {box} e foi o parceiro que cancelou duas vezes",
        ),
    },
    "partner_gone": {
        "fr": (
            "Le seul partenaire {box} à moins de 100 km a fermé, on l'a découvert devant une porte close. L'appli le montre encore et ne propose rien d'autre dans la région.",
            "Arrivés devant un spa FERMÉ. Et l'appli le propose toujours.",
            "oui bonjour on est arrivés devant le partenaire du coffret {box} et c'est fermé définitivement et l'appli le montre toujours",
        ),
        "en": (
            "The only {box} venue within 60 miles has shut down. We found out standing in front of a locked door. The app still lists it and offers nothing else nearby.",
            "Drove an hour to a venue that's CLOSED. Still on your app.",
            "hi so we drove to the venue for the {box} and it's closed for good and your app still lists it there's nothing else near us",
        ),
        "de": (
            "Der einzige {box}-Partner in der Nähe hat zu. Wir standen vor verschlossener Tür. In der App ist er immer noch drin.",
            "Vor GESCHLOSSENER Tür gestanden. Steht immer noch in der App.",
            "ja wir standen vor dem Partner für {box} und der hat geschlossen und in der App steht er noch drin",
        ),
        "es": (
            "El único partner del pack {box} cerca ha cerrado. Nos enteramos delante de la puerta. La app lo sigue mostrando.",
            "Una hora de coche para encontrar el sitio CERRADO. Y sigue en la app.",
            "hola fuimos al sitio del pack {box} y está cerrado y en la app sigue saliendo",
        ),
        "it": (
            "L'unico partner {box} in zona ha chiuso. L'abbiamo scoperto davanti alla porta. Nell'app c'è ancora.",
            "Un'ora di macchina per trovare CHIUSO. Ancora nell'app.",
            "buongiorno siamo andati dal partner del cofanetto {box} ed è chiuso e nell'app c'è ancora",
        ),
        "pt": (
            "O único parceiro {box} perto fechou. Descobrimos à porta. A app ainda o mostra.",
            "Uma hora de carro para encontrar FECHADO. Ainda está na app.",
            "olá fomos ao parceiro do vale {box} e está fechado e a app ainda o mostra",
        ),
    },
    "wrong_box": {
        "fr": (
            "J'ai échangé un Week-end Évasion contre le coffret {box}, et le nouveau bon indique une valeur de {amt} de moins que l'ancien. La différence a disparu.",
            "Échange fait, {amt} envolés. Le bon affiche pas la bonne valeur.",
            "bonjour j'ai échangé mon coffret contre le coffret {box} et le nouveau bon vaut {amt} de moins la différence a disparu",
        ),
        "en": (
            "I swapped a Weekend Away for the {box} and the new voucher is worth {amt} less than the old one. The difference has just vanished.",
            "Swapped my voucher and lost {amt}. Wrong value on the new one.",
            "hi I exchanged my voucher for the {box} and the new one shows {amt} less than the old one the difference has gone",
        ),
        "de": (
            "Ich habe einen Kurzurlaub gegen {box} getauscht, der neue Gutschein ist {amt} weniger wert. Die Differenz ist weg.",
            "Getauscht und {amt} weg. Falscher Wert.",
            "ja ich habe getauscht gegen {box} und der neue Gutschein ist {amt} weniger wert",
        ),
        "es": (
            "Cambié un Fin de Semana por el pack {box} y el bono nuevo vale {amt} menos. La diferencia ha desaparecido.",
            "Cambio hecho y {amt} perdidos. Valor incorrecto.",
            "hola cambié el bono por el pack {box} y el nuevo vale {amt} menos",
        ),
        "it": (
            "Ho cambiato un Weekend con il cofanetto {box} e il nuovo buono vale {amt} in meno. La differenza è sparita.",
            "Cambio fatto e {amt} spariti.",
            "buongiorno ho cambiato il buono con il cofanetto {box} e il nuovo vale {amt} in meno",
        ),
        "pt": (
            "Troquei um Fim de Semana pelo vale {box} e o vale novo vale menos {amt}. A diferença desapareceu.",
            "Troquei e perdi {amt}. Valor errado.",
            "olá troquei o vale pelo vale {box} e o novo vale menos {amt}",
        ),
    },
}

EMAIL_OPEN: dict[str, list[str]] = {
    "fr": ["Bonjour,\n\n", "Madame, Monsieur,\n\n", "Bonjour,\n"],
    "en": ["Hello,\n\n", "Hi,\n\n", "To whom it may concern,\n\n"],
    "de": ["Guten Tag,\n\n", "Hallo,\n\n"],
    "es": ["Hola,\n\n", "Buenos días:\n\n"],
    "it": ["Buongiorno,\n\n", "Salve,\n\n"],
    "pt": ["Bom dia,\n\n", "Olá,\n\n"],
}

EMAIL_ASK: dict[str, list[str]] = {
    "fr": [
        "\n\nJ'attends une solution rapide.",
        "\n\nMerci de me répondre vite, je commence à perdre patience.",
        "\n\nQue comptez-vous faire ?",
    ],
    "en": [
        "\n\nI'd like this sorted quickly please.",
        "\n\nWhat are you going to do about it?",
        "\n\nPlease reply, I'm running out of patience.",
    ],
    "de": ["\n\nIch erwarte eine schnelle Lösung.", "\n\nBitte melden Sie sich umgehend."],
    "es": ["\n\nEspero una solución rápida.", "\n\n¿Qué vais a hacer?"],
    "it": ["\n\nAttendo una soluzione rapida.", "\n\nCosa intendete fare?"],
    "pt": ["\n\nAguardo uma solução rápida.", "\n\nO que vão fazer?"],
}

# long letters (fr and en): opening, closing; the complaint goes between
LONG_LETTER: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour,\n\nJe vous écris depuis la salle d'attente de l'orthodontiste de mon fils, alors pardonnez le style. Je suis cliente depuis quatre ans, j'ai dû offrir une bonne quinzaine de vos coffrets, à mes parents, à mes collègues, à la maîtresse de ma fille l'an dernier, et je n'avais jamais eu à me plaindre. Cette année a été compliquée pour nous (déménagement, mon mari en arrêt depuis mars) et ce cadeau devait être le petit moment de joie du mois.\n\n",
            "\n\nJ'ai essayé le chat deux fois, on m'a répondu de patienter. Je ne demande pas la lune: que vous régliez ce problème et qu'on me dise honnêtement ce qui s'est passé. Sinon, je crois que ce sera mon dernier coffret chez vous, et c'est vraiment dommage.\n\nCordialement,\n",
        ),
        (
            "Madame, Monsieur,\n\nJe prends le temps de vous écrire longuement parce que je pense que vous devez savoir ce que vivent vos clients. J'ai 67 ans, je ne suis pas très à l'aise avec les applications, c'est mon petit-fils qui m'avait aidée à commander. Je suis veuve depuis deux ans et ma sœur et moi avions décidé de nous faire un vrai plaisir pour ses 70 ans, nous n'étions pas parties ensemble depuis 1998.\n\n",
            "\n\nJ'ai appelé, on m'a promis un rappel qui n'est jamais venu. Je ne suis pas procédurière, mais je trouve cela très décevant de la part d'une entreprise dont tout le monde dit du bien. Je compte sur vous pour me répondre par écrit.\n\nBien à vous,\n",
        ),
    ],
    "en": [
        (
            "Hello,\n\nI'm writing this on the train home so apologies for any typos. I've been a customer for years, I think I've bought nearly twenty of your boxes (my whole office gets one for their fortieth now, it's become a thing) and I've recommended you to anyone who'll listen. This one was meant to be special: my partner has had a rough year, she lost her dad in the spring, and I wanted to give her something to look forward to.\n\n",
            "\n\nI've tried the chat, I've been told someone would look into it. Nobody has. I'm not after anything extravagant, I just want it put right and an honest explanation. If I don't hear back this week I'll be asking my bank to take it back and I'll stop recommending you, which would honestly be a shame.\n\nRegards,\n",
        ),
        (
            "To whom it may concern,\n\nI don't normally write letters like this. I'm a nurse, I work nights, and I booked this gift on a break at three in the morning because it's the only time I get. It was for my mum, who has been caring for my dad since his stroke and hasn't had a day off in two years. My brother and I split the cost.\n\n",
            "\n\nI rang and was told to e-mail. So here I am, e-mailing. I would like a proper answer in writing rather than another template. I've always thought well of Cadelia and I'd like to keep doing so.\n\nKind regards,\n",
        ),
    ],
}

# the customer's full problem line in other contacts
STILL_OPEN: dict[str, list[str]] = {
    "fr": [
        "Je reviens vers vous pour le dossier {ref}. Toujours rien de réglé.",
        "Dossier {ref}: on m'avait dit 48 h, ça fait bien plus. Toujours pas résolu.",
        "Re-bonjour, dossier {ref}, toujours bloqué, personne ne m'a recontactée.",
    ],
    "en": [
        "Following up on case {ref}. Still not sorted.",
        "Case {ref} again. I was told 48 hours, it's been longer. Still open.",
        "Chasing {ref}. Still nothing, nobody's called me back.",
    ],
    "de": [
        "Nochmal wegen Vorgang {ref}. Immer noch nicht erledigt.",
        "Vorgang {ref}: 48 Stunden hieß es. Immer noch offen.",
    ],
    "es": [
        "Vuelvo a escribir por el caso {ref}. Sigue sin resolverse.",
        "Caso {ref}: me dijisteis 48 h. Sigue igual.",
    ],
    "it": [
        "Riscrivo per la pratica {ref}. Ancora niente.",
        "Pratica {ref}: mi avevate detto 48 ore. Ancora aperta.",
    ],
    "pt": [
        "Volto a escrever sobre o processo {ref}. Continua por resolver.",
        "Processo {ref}: disseram 48 h. Continua igual.",
    ],
}

THIRD_CONTACT: dict[str, list[str]] = {
    "fr": [
        "C'est la troisième fois que je vous contacte pour {ref}. Une amie passe par {comp}, chez eux ce genre de souci est réglé dans la journée.",
        "Troisième contact pour {ref}. J'ai regardé ce que propose {comp}, franchement ça me tente.",
    ],
    "en": [
        "Third time I'm contacting you about {ref}. A friend uses {comp} and they sort this sort of thing same day.",
        "That's three times now for {ref}. I've had a look at what {comp} offer and it's tempting.",
    ],
    "de": [
        "Das ist jetzt mein dritter Kontakt wegen {ref}. Eine Kollegin bestellt bei {comp}, da wird sowas am selben Tag gelöst."
    ],
    "es": [
        "Es la tercera vez que escribo por {ref}. Una amiga compra en {comp} y allí esto lo resuelven el mismo día."
    ],
    "it": [
        "È la terza volta che vi contatto per {ref}. Un'amica usa {comp} e lì risolvono in giornata."
    ],
    "pt": [
        "É a terceira vez que vos contacto pelo {ref}. Uma amiga compra na {comp} e lá resolvem no mesmo dia."
    ],
}

FOURTH_CONTACT: dict[str, list[str]] = {
    "fr": ["QUATRIÈME fois pour {ref}. Je n'en reviens pas."],
    "en": ["FOURTH time about {ref}. Unbelievable."],
    "de": ["Zum VIERTEN Mal wegen {ref}. Unfassbar."],
    "es": ["CUARTA vez por {ref}. Increíble."],
    "it": ["QUARTA volta per {ref}. Incredibile."],
    "pt": ["QUARTA vez pelo {ref}. Inacreditável."],
}

# agents
AGENT_CASE: dict[str, str] = {
    "fr": "Bonjour {first},\n\nNous sommes désolés pour ce contretemps. Votre demande porte le numéro {ref}; une personne de l'équipe la reprend et revient vers vous sous 48 h ouvrées.\n\n{agent}, service clients Cadelia",
    "en": "Hi {first},\n\nSorry this has happened. We've logged it as {ref} and someone from the team will get back to you within two working days.\n\n{agent}, Cadelia customer care",
    "de": "Hallo {first},\n\nes tut uns leid. Ihr Anliegen hat die Nummer {ref}; wir melden uns innerhalb von zwei Werktagen.\n\n{agent}, Cadelia Kundenservice",
    "es": "Hola {first}:\n\nSentimos lo ocurrido. Tu consulta tiene el número {ref} y te responderemos en dos días laborables.\n\n{agent}, atención al cliente Cadelia",
    "it": "Ciao {first},\n\nci dispiace. La tua richiesta ha il numero {ref}; ti rispondiamo entro due giorni lavorativi.\n\n{agent}, servizio clienti Cadelia",
    "pt": "Olá {first},\n\nlamentamos o sucedido. O seu pedido tem o número {ref}; respondemos em dois dias úteis.\n\n{agent}, apoio ao cliente Cadelia",
}

AGENT_CHAT_CASE: dict[str, str] = {
    "fr": "Je suis vraiment désolée. J'ai ouvert la demande {ref}, vous recevrez un e-mail dès qu'on a du nouveau.",
    "en": "I'm really sorry about that. I've opened {ref} for you, you'll get an e-mail as soon as there's news.",
    "de": "Das tut mir leid. Ich habe den Vorgang {ref} angelegt, Sie bekommen eine E-Mail, sobald es Neuigkeiten gibt.",
    "es": "Lo siento mucho. He abierto la consulta {ref}, te escribimos en cuanto sepamos algo.",
    "it": "Mi dispiace molto. Ho aperto la pratica {ref}, ti scriviamo appena ci sono novità.",
    "pt": "Lamento imenso. Abri o pedido {ref}, enviamos e-mail assim que houver novidades.",
}

AGENT_CHAT_URGENT: dict[str, str] = {
    "fr": "J'ai ajouté votre message à {ref} et passé la demande en priorité haute.",
    "en": "I've added this to {ref} and bumped it to high priority.",
    "de": "Ich habe das zu {ref} hinzugefügt und auf hohe Priorität gesetzt.",
    "es": "Lo he añadido a {ref} y lo he marcado como prioridad alta.",
    "it": "L'ho aggiunto a {ref} e segnato come priorità alta.",
    "pt": "Juntei isto ao {ref} e marquei como prioridade alta.",
}

AGENT_SUPERVISOR: dict[str, str] = {
    "fr": "Bonjour {first},\n\nVotre dossier {ref} a été confié à {agent}, responsable de l'équipe litiges. Elle vous appelle au plus tard jeudi en fin de journée.\n\nCadelia",
    "en": "Hi {first},\n\nYour case {ref} has been handed to {agent}, who leads our disputes team. She'll ring you by the end of Thursday at the latest.\n\nCadelia",
    "de": "Hallo {first},\n\nIhr Vorgang {ref} liegt jetzt bei {agent}, Leiterin unseres Klärungsteams. Sie ruft Sie spätestens Donnerstagabend an.\n\nCadelia",
    "es": "Hola {first}:\n\nTu caso {ref} lo lleva ahora {agent}, responsable del equipo de incidencias. Te llamará como tarde el jueves por la tarde.\n\nCadelia",
    "it": "Ciao {first},\n\nla pratica {ref} è ora seguita da {agent}, responsabile del team reclami. Ti chiamerà entro giovedì sera.\n\nCadelia",
    "pt": "Olá {first},\n\no processo {ref} está agora com {agent}, responsável da equipa de reclamações. Liga-lhe até quinta ao fim do dia.\n\nCadelia",
}

AGENT_FIXED: dict[str, str] = {
    "fr": "Bonjour {first},\n\nC'est réglé pour {ref}: {fix} Pouvez-vous nous confirmer que tout est bon de votre côté ?\n\n{agent}, Cadelia",
    "en": "Hi {first},\n\n{ref} is sorted: {fix} Could you let us know it all looks right your end?\n\n{agent}, Cadelia",
    "de": "Hallo {first},\n\n{ref} ist erledigt: {fix} Können Sie kurz bestätigen, dass alles passt?\n\n{agent}, Cadelia",
    "es": "Hola {first}:\n\n{ref} resuelto: {fix} ¿Nos confirmas que todo está bien?\n\n{agent}, Cadelia",
    "it": "Ciao {first},\n\n{ref} risolta: {fix} Ci confermi che è tutto a posto?\n\n{agent}, Cadelia",
    "pt": "Olá {first},\n\n{ref} resolvido: {fix} Pode confirmar que está tudo bem?\n\n{agent}, Cadelia",
}

FIX_WHAT: dict[str, dict[str, str]] = {
    "not_delivered": {
        "fr": "un nouveau coffret part aujourd'hui en express, et le bon est déjà dans l'appli.",
        "en": "a new box goes out by express today, and the voucher is already in the app.",
        "de": "eine neue Box geht heute per Express raus, der Gutschein ist schon in der App.",
        "es": "sale hoy una caja nueva por urgente y el bono ya está en la app.",
        "it": "parte oggi un nuovo cofanetto in express, il buono è già nell'app.",
        "pt": "sai hoje uma caixa nova por expresso e o vale já está na app.",
    },
    "double_charge": {
        "fr": "le second prélèvement est remboursé, comptez 3 à 5 jours.",
        "en": "the second payment has been refunded, allow 3 to 5 days.",
        "de": "die zweite Abbuchung ist erstattet, 3 bis 5 Tage.",
        "es": "el segundo cargo está devuelto, 3 a 5 días.",
        "it": "il secondo addebito è rimborsato, 3-5 giorni.",
        "pt": "a segunda cobrança foi devolvida, 3 a 5 dias.",
    },
    "refund": {
        "fr": "le remboursement est parti ce matin.",
        "en": "the refund went out this morning.",
        "de": "die Erstattung ist heute früh raus.",
        "es": "el reembolso salió esta mañana.",
        "it": "il rimborso è partito stamattina.",
        "pt": "o reembolso saiu esta manhã.",
    },
    "extension_fee": {
        "fr": "les frais sont annulés et remboursés.",
        "en": "the fee is cancelled and refunded.",
        "de": "die Gebühr ist storniert und erstattet.",
        "es": "el cargo está anulado y devuelto.",
        "it": "il costo è annullato e rimborsato.",
        "pt": "a taxa foi anulada e devolvida.",
    },
    "partner_gone": {
        "fr": "le partenaire est retiré et votre bon vaut maintenant pour trois adresses proches.",
        "en": "the venue is off the list and your voucher now works at three places near you.",
        "de": "der Partner ist raus, Ihr Gutschein gilt jetzt bei drei Partnern in der Nähe.",
        "es": "el partner está retirado y tu bono vale ahora en tres sitios cercanos.",
        "it": "il partner è stato tolto e il buono vale ora in tre posti vicini.",
        "pt": "o parceiro saiu e o vale serve agora em três sítios perto.",
    },
    "wrong_box": {
        "fr": "le bon affiche maintenant la bonne valeur.",
        "en": "the voucher now shows the right value.",
        "de": "der Gutschein zeigt jetzt den richtigen Wert.",
        "es": "el bono ya muestra el valor correcto.",
        "it": "il buono ora mostra il valore giusto.",
        "pt": "o vale já mostra o valor certo.",
    },
}

CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Oui c'est bon pour {ref}, merci.",
        "Confirmé pour le dossier {ref}, tout est rentré dans l'ordre. Merci !",
    ],
    "en": ["Yes all fine on {ref} now, thanks.", "Confirmed, {ref} is sorted my end. Thank you!"],
    "de": ["Ja, {ref} passt jetzt, danke."],
    "es": ["Sí, {ref} ya está bien, gracias."],
    "it": ["Sì, {ref} ora è a posto, grazie."],
    "pt": ["Sim, {ref} já está resolvido, obrigado."],
}

APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça aussi vite.",
        "Je me suis un peu emporté hier, excusez-moi. Merci pour la réactivité.",
    ],
    "en": [
        "Sorry for yesterday's rant, it had been a long day. Thanks for fixing it so fast.",
        "Bit harsh yesterday, apologies. Appreciate the quick fix.",
    ],
    "de": ["Entschuldigung für gestern, war echt gereizt. Danke für die schnelle Lösung."],
    "es": ["Perdón por lo de ayer, estaba de los nervios. Gracias por arreglarlo tan rápido."],
    "it": ["Scusate per ieri, ero nervosa. Grazie della rapidità."],
    "pt": ["Desculpem a mensagem de ontem, estava irritado. Obrigado pela rapidez."],
}

# ---------------------------------------------------------------- slide (six steps)
SLIDE: dict[str, list[str]] = {
    "fr": [
        "Le coffret {box} est arrivé avec un jour de retard, bon, ça arrive.",
        "Bizarre, la moitié des partenaires de mon bon a disparu de l'appli depuis la semaine dernière.",
        "Le partenaire restant ne propose que des mardis à 10h. Qui fait un spa un mardi à 10h ?",
        "On me demande 15 € pour changer de partenaire alors que c'est vous qui les avez retirés.",
        "Là ça suffit. Prolongation « offerte » puis 19 € prélevés quand même. Plus jamais je ne vous recommande.",
        "Ma belle-sœur passe par {comp} depuis un an, j'ai commandé le cadeau de Noël chez eux.",
    ],
    "en": [
        "{box} turned up a day late. Fine, these things happen.",
        "Odd, half the venues on my voucher vanished from the app last week.",
        "The one venue left only has Tuesdays at 10am. Who does a spa day on a Tuesday morning?",
        "Being asked £13 to switch venue when you're the ones who removed them.",
        "Right, that's it. 'Free' extension and then £16 taken anyway. Won't be recommending you again.",
        "My sister-in-law's used {comp} for a year, I've ordered the Christmas present there.",
    ],
    "de": [
        "Die {box}-Box kam einen Tag zu spät. Na gut, passiert.",
        "Komisch, die Hälfte der Partner auf meinem Gutschein ist seit letzter Woche aus der App verschwunden.",
        "Der einzige Partner hat nur dienstags um 10 Uhr. Wer macht dienstags um 10 Wellness?",
        "15 € für einen Partnerwechsel, obwohl Sie die Partner rausgenommen haben.",
        "Jetzt reicht's. Verlängerung angeblich gratis und trotzdem 19 € abgebucht. Nie wieder.",
        "Meine Schwägerin bestellt seit einem Jahr bei {comp}, das Weihnachtsgeschenk hab ich jetzt dort gekauft.",
    ],
    "es": [
        "El pack {box} llegó un día tarde. Bueno, pasa.",
        "Qué raro, la mitad de los partners de mi bono han desaparecido de la app.",
        "El único que queda solo tiene martes a las 10. ¿Quién va a un spa un martes a las 10?",
        "Me piden 15 € por cambiar de partner cuando sois vosotros los que los habéis quitado.",
        "Se acabó. Prórroga «gratis» y luego 19 € cobrados. No os recomiendo más.",
        "Mi cuñada compra en {comp} desde hace un año, el regalo de Navidad ya lo he pedido allí.",
    ],
    "it": [
        "Il cofanetto {box} è arrivato con un giorno di ritardo. Vabbè, capita.",
        "Strano, metà dei partner del mio buono sono spariti dall'app.",
        "L'unico rimasto ha solo il martedì alle 10. Chi va alla spa il martedì mattina?",
        "Mi chiedete 15 € per cambiare partner quando li avete tolti voi.",
        "Basta. Proroga «gratuita» e poi 19 € addebitati. Mai più.",
        "Mia cognata usa {comp} da un anno, il regalo di Natale l'ho preso da loro.",
    ],
    "pt": [
        "O vale {box} chegou um dia atrasado. Pronto, acontece.",
        "Estranho, metade dos parceiros do meu vale desapareceu da app.",
        "O único que resta só tem terças às 10h. Quem vai a um spa numa terça às 10h?",
        "Pedem-me 15 € para mudar de parceiro quando foram vocês que os tiraram.",
        "Chega. Prorrogação «grátis» e depois 19 € cobrados. Nunca mais recomendo.",
        "A minha cunhada compra na {comp} há um ano, já encomendei lá a prenda de Natal.",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation Club",
            "Bonjour,\nNous partons vivre au Québec en septembre, je souhaite donc résilier mon abonnement Cadelia Club et fermer mon compte. Merci pour ces années de jolis cadeaux.",
        ),
        (
            "Fermeture de compte",
            "Bonjour,\nAvec la famille on a décidé d'arrêter les cadeaux et de mettre dans une cagnotte commune pour les vacances. Merci de résilier le Club et de supprimer mon compte.",
        ),
    ],
    "en": [
        (
            "Cancel Club",
            "Hi,\nMoney's tight since I went part-time so I'd like to cancel my Cadelia Club membership and close my account please. No complaints, just can't justify it.",
        ),
        (
            "Close my account",
            "Hello,\nWe're moving to Spain for my husband's job and I'd like to cancel the Club and close the account. Thanks for everything.",
        ),
    ],
    "de": [
        (
            "Kündigung Club",
            "Hallo,\nwir ziehen nach Kanada, bitte kündigen Sie meine Cadelia-Club-Mitgliedschaft und schließen Sie mein Konto.",
        )
    ],
    "es": [
        (
            "Baja del Club",
            "Hola,\nen casa hemos decidido dejar de regalar experiencias, quiero darme de baja del Club y cerrar la cuenta.",
        )
    ],
    "it": [
        (
            "Disdetta Club",
            "Buongiorno,\nmi trasferisco all'estero, vorrei disdire il Cadelia Club e chiudere l'account.",
        )
    ],
    "pt": [("Cancelar Club", "Olá,\nvou emigrar, quero cancelar o Cadelia Club e fechar a conta.")],
}

AGENT_LEAVE: dict[str, str] = {
    "fr": "Bonjour {first},\n\nC'est dommage de vous voir partir ! Vous pouvez résilier le Club vous-même dans l'appli ou sur le site (Compte > Club > Résilier); vos bons en cours restent valables.\n\n{agent}, Cadelia",
    "en": "Hi {first},\n\nSorry to see you go! You can cancel the Club yourself in the app or on the website (Account > Club > Cancel); any vouchers you hold stay valid.\n\n{agent}, Cadelia",
    "de": "Hallo {first},\n\nschade! Sie können den Club selbst in der App oder auf der Website kündigen (Konto > Club > Kündigen); Ihre Gutscheine bleiben gültig.\n\n{agent}, Cadelia",
    "es": "Hola {first}:\n\n¡Qué pena! Puedes darte de baja tú mismo en la app o en la web (Cuenta > Club > Baja); tus bonos siguen válidos.\n\n{agent}, Cadelia",
    "it": "Ciao {first},\n\nci dispiace! Puoi disdire da solo nell'app o sul sito (Account > Club > Disdici); i tuoi buoni restano validi.\n\n{agent}, Cadelia",
    "pt": "Olá {first},\n\nque pena! Pode cancelar na app ou no site (Conta > Club > Cancelar); os vales continuam válidos.\n\n{agent}, Cadelia",
}

GRUMBLES: dict[str, list[str]] = {
    "fr": [
        "Trois mails promo par jour, sérieux ?",
        "L'appli me déconnecte à chaque fois que je la ferme. Pénible.",
        "Les photos des partenaires datent de Mathusalem.",
        "Le filtre « près de moi » me propose des trucs à 200 km.",
        "Encore un colis dans une boîte écrasée.",
    ],
    "en": [
        "Three promo emails a day. Really?",
        "App logs me out every single time I close it.",
        "Venue photos look like they're from 2009.",
        "'Near me' filter showing places 120 miles away.",
        "Another box arrived squashed.",
    ],
    "de": [
        "Drei Werbemails am Tag, echt jetzt?",
        "Die App loggt mich jedes Mal aus.",
        "Der Filter 'in meiner Nähe' zeigt Sachen 200 km weg.",
    ],
    "es": [
        "Tres correos de publicidad al día, en serio?",
        "La app me echa cada vez que la cierro.",
        "El filtro «cerca de mí» me saca sitios a 200 km.",
    ],
    "it": [
        "Tre mail promozionali al giorno, davvero?",
        "L'app mi disconnette ogni volta.",
        "Il filtro «vicino a me» mi propone posti a 200 km.",
    ],
    "pt": [
        "Três e-mails de promoções por dia, a sério?",
        "A app faz logout sempre que a fecho.",
        "O filtro «perto de mim» mostra sítios a 200 km.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "fr": [
        "Génial, le coffret « livré en 24 h » est arrivé le lendemain de l'anniversaire. Quel timing 👏",
        "Adoré le « dîner romantique », table collée à la porte des cuisines. Très intime 😂",
    ],
    "en": [
        "Love that the 'next day delivery' box turned up the day AFTER the birthday. Impeccable timing 👏",
        "The 'romantic dinner' had us sat by the kitchen door. So intimate 😂",
    ],
    "de": ["Super, die 'Lieferung in 24 h' kam einen Tag nach dem Geburtstag. Timing 👏"],
    "es": ["Genial, la caja «en 24 h» llegó el día después del cumple. Qué puntualidad 👏"],
    "it": [
        "Fantastico, il cofanetto «in 24 ore» è arrivato il giorno dopo il compleanno. Tempismo 👏"
    ],
    "pt": ["Fantástico, a caixa «em 24 h» chegou no dia a seguir aos anos. Que pontualidade 👏"],
}

QUIET_GRUMBLE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "la carte des partenaires me met à Lyon alors que je suis à Nantes",
            "Merci du signalement ! Vous pouvez corriger la ville en haut de la carte, on regarde pourquoi elle s'est trompée.",
        )
    ],
    "en": [
        (
            "the gift finder keeps showing me stuff in Manchester, I'm in Bristol",
            "Thanks for flagging! You can change the area at the top of the page, we're looking into why it guessed wrong.",
        )
    ],
    "de": [
        (
            "die App ist plötzlich auf Französisch, obwohl ich Deutsch eingestellt hab",
            "Danke für den Hinweis! Unter Profil > Sprache lässt es sich zurückstellen, wir schauen uns den Fehler an.",
        )
    ],
    "es": [
        (
            "la app me sale en francés de repente",
            "¡Gracias por avisar! En Perfil > Idioma lo puedes cambiar; lo estamos revisando.",
        )
    ],
    "it": [
        (
            "l'app è improvvisamente in inglese",
            "Grazie della segnalazione! Da Profilo > Lingua si rimette l'italiano; stiamo verificando.",
        )
    ],
    "pt": [
        (
            "a app mudou para espanhol sozinha",
            "Obrigado pelo aviso! Em Perfil > Idioma pode mudar; estamos a ver o erro.",
        )
    ],
}

AGENT_FORM_ACK: dict[str, str] = {
    "fr": "Bonjour {first},\n\nMerci pour votre message, on transmet à l'équipe produit.\n\nCadelia",
    "en": "Hi {first},\n\nThanks for letting us know, we've passed it to the product team.\n\nCadelia",
    "de": "Hallo {first},\n\ndanke für den Hinweis, wir geben das an das Produktteam weiter.\n\nCadelia",
    "es": "Hola {first}:\n\nGracias por el aviso, lo pasamos al equipo de producto.\n\nCadelia",
    "it": "Ciao {first},\n\ngrazie della segnalazione, la giriamo al team prodotto.\n\nCadelia",
    "pt": "Olá {first},\n\nobrigado pelo aviso, passámos à equipa de produto.\n\nCadelia",
}

# ---------------------------------------------------------------- the spike
SPIKE_ERROR = "5127-W"

SPIKE_REPORT: dict[str, list[str]] = {
    "fr": [
        "Mes cadeaux ont DISPARU de l'appli ! « Mes cadeaux » est vide avec erreur 5127-W. J'ai un bon de 229 € là-dedans !!",
        "@Cadelia l'onglet Mes cadeaux affiche erreur 5127-W et plus aucun bon. Vous pouvez m'expliquer ?",
        "Bonsoir, je voulais réserver ce soir et plus rien dans Mes cadeaux, juste « erreur 5127-W ». Mes bons sont perdus ??",
        "erreur 5127-W sur l'appli ET sur le site, mes 2 bons ont disparu",
    ],
    "en": [
        "My vouchers have VANISHED from the app. My Gifts is empty, just says error 5127-W. There's a balloon flight in there!",
        "@Cadelia My Gifts showing error 5127-W and no vouchers at all. What's going on?",
        "anyone else getting 5127-W? all my gifts gone from the app and the website",
    ],
    "de": [
        "Meine Gutscheine sind weg! 'Meine Geschenke' leer, nur Fehler 5127-W. Was ist da los?",
        "Fehler 5127-W in der App und auf der Website, keine Gutscheine mehr sichtbar.",
    ],
    "es": [
        "¡Mis bonos han desaparecido! «Mis regalos» vacío con error 5127-W.",
        "error 5127-W en la app y en la web, no me salen los bonos",
    ],
    "it": [
        "I miei buoni sono spariti! «I miei regali» vuoto con errore 5127-W.",
        "errore 5127-W su app e sito, non vedo più nessun buono",
    ],
    "pt": [
        "Os meus vales desapareceram! «Os meus presentes» vazio com erro 5127-W.",
        "erro 5127-W na app e no site, não vejo os vales",
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "fr": "Mes bons ont disparu",
    "en": "Vouchers gone",
    "de": "Gutscheine verschwunden",
    "es": "Bonos desaparecidos",
    "it": "Buoni spariti",
    "pt": "Vales desaparecidos",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Pas d'inquiétude, vos bons ne sont pas perdus: l'affichage de « Mes cadeaux » est en panne pour tout le monde depuis quelques minutes, l'équipe technique est dessus.",
    "en": "Don't worry, your vouchers aren't lost: My Gifts isn't loading for anyone for the last few minutes and the tech team is on it.",
    "de": "Keine Sorge, Ihre Gutscheine sind nicht weg: 'Meine Geschenke' lädt gerade bei allen nicht, die Technik arbeitet daran.",
    "es": "Tranquilidad, tus bonos no se han perdido: «Mis regalos» no carga para nadie desde hace unos minutos y el equipo técnico ya está en ello.",
    "it": "Tranquilla, i buoni non sono persi: «I miei regali» non si carica per nessuno da qualche minuto, i tecnici ci stanno lavorando.",
    "pt": "Não se preocupe, os vales não se perderam: «Os meus presentes» não carrega para ninguém há uns minutos, a equipa técnica já está a tratar.",
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "fr": [
        "Toujours 5127-W, même sur l'ordi de mon mari. Mon bon expire dimanche !!",
        "Je réessaie: toujours 5127-W. Vous confirmez que rien n'est perdu ?",
    ],
    "en": [
        "Still 5127-W, tried on my husband's phone too. Voucher runs out on Sunday!",
        "Tried again, still 5127-W. Can someone confirm nothing's lost?",
    ],
    "de": ["Immer noch 5127-W, auch am Laptop. Mein Gutschein läuft Sonntag ab!"],
    "es": ["Sigue el 5127-W, también desde el ordenador. ¡Mi bono caduca el domingo!"],
    "it": ["Ancora 5127-W, anche dal computer. Il buono scade domenica!"],
    "pt": ["Continua o 5127-W, também no computador. O vale expira domingo!"],
}

SPIKE_FIXED: dict[str, str] = {
    "fr": "Bonjour {first},\n\n« Mes cadeaux » s'affiche de nouveau normalement depuis {time} (heure locale). Aucun bon n'a été perdu. Pour le désagrément, tous les bons qui expiraient cette semaine sont prolongés d'un mois, sans frais.\n\n{agent}, Cadelia",
    "en": "Hi {first},\n\nMy Gifts has been back to normal since {time} (your local time). No voucher was lost. To make up for the worry, any voucher expiring this week has an extra month, free.\n\n{agent}, Cadelia",
    "de": "Hallo {first},\n\n'Meine Geschenke' funktioniert seit {time} Uhr (Ortszeit) wieder. Kein Gutschein ist verloren gegangen. Gutscheine, die diese Woche ablaufen, verlängern wir kostenlos um einen Monat.\n\n{agent}, Cadelia",
    "es": "Hola {first}:\n\n«Mis regalos» funciona de nuevo desde las {time} (hora local). No se ha perdido ningún bono. Los que caducaban esta semana tienen un mes más, gratis.\n\n{agent}, Cadelia",
    "it": "Ciao {first},\n\n«I miei regali» funziona di nuovo dalle {time} (ora locale). Nessun buono è andato perso. Quelli in scadenza questa settimana hanno un mese in più, gratis.\n\n{agent}, Cadelia",
    "pt": "Olá {first},\n\n«Os meus presentes» voltou a funcionar às {time} (hora local). Nenhum vale se perdeu. Os que expiravam esta semana têm mais um mês, grátis.\n\n{agent}, Cadelia",
}

# the two lone questions the day before (the app worked)
LONE_Q: dict[str, tuple[str, str]] = {
    "fr": (
        "Bonjour, dans Mes cadeaux un de mes bons apparaît en gris, c'est normal ? Il expire dans 10 jours",
        "Bonjour ! Oui, un bon apparaît en gris quand une réservation est déjà en cours dessus. Il reste valable.",
    ),
    "en": (
        "hi, one voucher in My Gifts is greyed out, does that mean it's expired? it's valid till next month",
        "Hi! No, greyed out means a booking is already pending on it. It's still valid.",
    ),
}

SPIKE_CALM_GRUMBLE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "la recherche de partenaires rame beaucoup ce matin",
            "Merci, on a vu un ralentissement ce matin, ça devrait déjà aller mieux.",
        )
    ],
    "en": [
        (
            "partner search is really slow this morning",
            "Thanks, we saw a slowdown this morning, should be quicker already.",
        )
    ],
}
