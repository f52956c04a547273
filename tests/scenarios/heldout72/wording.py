"""Households' and agents' words for heldout72 (Favalia, beehive adoption).

Written from the stories, French and English first. Placeholders in braces are
filled by make_heldout72.py; nothing here is tuned to any rule.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("fr", "en", "de", "it", "es", "pt")

PRODUCTS: list[tuple[str, float, str]] = [
    ("Hive adoption, yearly / Parrainage de ruche, annuel", 89.00, "/adopt/hive-yearly"),
    ("Half-hive adoption, monthly / Demi-ruche, mensuel", 7.90, "/adopt/half-hive-monthly"),
    (
        "Gift adoption with certificate / Parrainage cadeau avec certificat",
        59.00,
        "/gifts/adoption",
    ),
    ("Apiary visit day, family of 4 / Journée au rucher, famille de 4", 48.00, "/visits/family"),
    ("Extra honey jars, 3 x 250 g / Pots de miel en plus, 3 x 250 g", 21.50, "/shop/jars-3"),
    ("Beeswax candle workshop / Atelier bougies en cire", 35.00, "/workshops/candles"),
    ("Cut comb frame / Cadre de rayon", 18.00, "/shop/comb"),
    ("Bee suit, child size / Combinaison apiculteur, enfant", 29.00, "/shop/suit-child"),
]

PAGES = [
    "/my-hive",
    "/my-hive/cam",
    "/harvests",
    "/visits",
    "/shop",
    "/gifts",
    "/help/faq",
    "/my-account",
]

AGENTS = {
    "fr": ["Camille", "Julien", "Sophie"],
    "en": ["Hannah", "Tom", "Priya"],
    "de": ["Jana", "Lukas"],
    "it": ["Giulia", "Marco"],
    "es": ["Lucía", "Pablo"],
    "pt": ["Inês", "Rui"],
}

PRAISE = {
    "fr": [
        "Première récolte de notre ruche reçue ce matin, 3 pots de miel d'acacia avec le nom de la reine sur l'étiquette. Ma fille de 6 ans a tout goûté à la cuillère. Merci Favalia 🐝",
        "Visite au rucher samedi avec les enfants, l'apicultrice a été d'une patience incroyable, on a vu la reine !! Expérience géniale avec Favalia",
        "La cam de la ruche c'est devenu notre télé du soir, on regarde les butineuses rentrer avant le dîner. Trop bien",
        "J'ai offert un parrainage à mon père pour ses 70 ans, il m'appelle tous les dimanches pour me raconter sa ruche lol. Meilleur cadeau ever",
        "Miel de châtaignier reçu, bien emballé, goût incroyable. Rien à voir avec le supermarché",
    ],
    "en": [
        "Our first honey share arrived today, three jars with our colony's name on the label 😍 kids fighting over who gets the first spoon. Thank you Favalia",
        "Apiary day with Favalia on Saturday. The beekeeper let my son hold a frame, he hasn't stopped talking about it. Brilliant people",
        "genuinely the best present I've ever given. mum adopted half a hive for her birthday and now sends me bee facts every morning",
        "The hive cam is weirdly calming after a long shift. Watching the girls come home with orange pollen. Love it",
        "Lime blossom honey from our hive is unreal. Proper stuff, not the syrup you get in shops",
    ],
    "de": [
        "Heute kam unser erster Honig aus der eigenen Patenschaft, Sommertracht, drei Gläser mit dem Namen unseres Volkes drauf. Die Kinder sind begeistert. Danke Favalia",
        "Imkertag am Bienenstand war super, die Imkerin hat alles so erklärt dass auch mein Sohn (8) es verstanden hat",
    ],
    "it": [
        "Arrivato il miele della nostra arnia adottata, millefiori, buonissimo. Bambini felicissimi di vedere il nome dell'ape regina sull'etichetta. Grazie Favalia",
        "Giornata all'apiario stupenda, l'apicoltore gentilissimo e paziente con i bimbi",
    ],
    "es": [
        "Ha llegado la miel de nuestra colmena apadrinada!! tres tarros de romero con el nombre de la reina en la etiqueta. Mis hijos alucinando. Gracias Favalia",
        "La visita al colmenar genial, la apicultora un encanto con los peques. Repetimos seguro",
    ],
    "pt": [
        "Chegou o mel da nossa colmeia apadrinhada, rosmaninho, que maravilha. Os miúdos adoraram ver o nome da rainha no rótulo. Obrigada Favalia",
        "Dia no apiário espetacular, o apicultor super paciente com as crianças",
    ],
}

AGAIN = {
    "fr": [
        "Troisième récolte et toujours aussi bon. Le miel de printemps cette fois, plus clair, plus doux. Favalia on vous aime",
        "Encore une visite au rucher, encore la même apicultrice adorable qui se souvenait du prénom de mon fils. Chapeau",
    ],
    "en": [
        "Third harvest in and still can't believe how good it is. Spring honey this time, lighter. Still hooked",
        "Same lovely beekeeper again at the apiary day, remembered my daughter's name from last year. That's the stuff",
    ],
    "de": [
        "Schon die dritte Ernte und immer noch begeistert. Diesmal Frühtracht, ganz hell und cremig"
    ],
    "it": [
        "Terzo raccolto e sempre più buono. Stavolta acacia, chiarissimo. Ancora innamorati di questa cosa"
    ],
    "es": ["Tercera cosecha y sigue igual de rico. Esta vez de azahar, más suave. Enganchados"],
    "pt": [
        "Terceira colheita e continua ótimo. Desta vez mel de primavera, mais clarinho. Viciados"
    ],
}

GRIPE = {
    "fr": [
        "Très contents du parrainage, le miel est top. Seul bémol les pots en verre arrivent dans un carton énorme pour 3 pots, dommage pour la planète",
        "Super visite, juste la combinaison enfant était beaucoup trop grande pour ma fille, elle flottait dedans mdr. Sinon parfait",
    ],
    "en": [
        "Love our hive and the honey is gorgeous. Only moan: the app's hive cam drops to potato quality every evening. Otherwise spot on",
        "Great apiary day, just wish there'd been somewhere to park that wasn't a muddy field 😅 would still recommend",
    ],
    "de": [
        "Sehr schöne Patenschaft, nur die Etiketten lösen sich in der Spülmaschine sofort ab. Ansonsten top"
    ],
    "it": [
        "Tutto molto bello, solo il certificato è arrivato solo in PDF, avrei voluto stamparlo su carta bella. Per il resto ottimo"
    ],
    "es": [
        "Muy contentos, solo que la newsletter llega tres veces por semana, un poco pesada. Por lo demás genial"
    ],
    "pt": [
        "Muito contentes, só a tampa de um frasco vinha um bocadinho torta. De resto tudo ótimo"
    ],
}

REVIEWS = {
    "fr": [
        (
            5,
            "Parrainage offert à ma mère, elle adore. Miel délicieux, suivi de la ruche très bien fait.",
        ),
        (4, "Très bien, visite un peu courte à mon goût mais passionnante."),
    ],
    "en": [
        (
            5,
            "Bought as a gift for my dad, he's obsessed. Honey is lovely and the updates are great.",
        ),
        (4, "Really good, the jars took a week longer than I expected but worth it."),
    ],
    "de": [(5, "Tolles Geschenk, der Honig schmeckt fantastisch.")],
    "it": [(5, "Regalo perfetto, miele ottimo e aggiornamenti sulle api bellissimi.")],
    "es": [(5, "Regalo perfecto para mi madre, la miel buenísima.")],
    "pt": [(5, "Presente perfeito, mel delicioso e as novidades da colmeia são um encanto.")],
}

# (question, agent's answer, thanks or "")
CHATQ = {
    "fr": [
        (
            "bjr, est ce que je peux changer le nom de la reine sur l'étiquette pour la prochaine récolte ?",
            "Bonjour ! Oui, dans Ma ruche > Étiquette, jusqu'au 10 du mois de la récolte. Bonne journée 🐝",
            "top merci",
        ),
        (
            "Bonjour, on peut venir à la journée au rucher avec un bébé de 10 mois ?",
            "Bonjour, oui, les bébés restent avec un parent dans la zone d'accueil, à 30 m des ruches. On prête aussi des voiles pour les plus grands.",
            "Parfait merci beaucoup",
        ),
        (
            "Salut, le miel a cristallisé dans le pot, c'est normal ?",
            "Bonjour, oui tout à fait, c'est signe d'un miel naturel. Un bain-marie à 40 °C max le rend liquide.",
            "ah ok ouf merci !",
        ),
    ],
    "en": [
        (
            "hi, can I move my half-hive share to my sister's address for the summer harvest?",
            "Hi! Yes, go to My hive > Delivery and add her address for that harvest only. All done in a minute.",
            "brilliant, cheers",
        ),
        (
            "Hello, is the apiary day OK for someone with a mild pollen allergy? Not bees, pollen",
            "Hi, most guests with hay fever are fine, we're in an orchard so bring your usual tablets. Any bee sting allergy, please tell us first.",
            "Thanks, that's helpful",
        ),
        (
            "quick one, does the yearly adoption renew automatically?",
            "Hi, yes, we email you 30 days before with the price, and you can switch renewal off in My account.",
            "",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich die Patenschaft auch verschenken wenn ich selber schon eine habe?",
            "Hallo! Ja, unter Geschenke > Patenschaft, mit eigenem Zertifikat.",
            "Super danke",
        ),
        (
            "Guten Tag, ab wann ist die Sommerernte unterwegs?",
            "Guten Tag, die Sommerernte geht ab Mitte August raus, Sie bekommen eine Mail mit dem Datum.",
            "Danke!",
        ),
    ],
    "it": [
        (
            "ciao, posso portare il cane alla giornata in apiario?",
            "Ciao! Purtroppo no, i cani agitano le api. I bambini invece sono benvenuti.",
            "ok grz",
        ),
        (
            "Buongiorno, il miele si è cristallizzato, è normale?",
            "Buongiorno, sì, è segno di miele naturale: a bagnomaria sotto i 40 °C torna liquido.",
            "Grazie mille",
        ),
    ],
    "es": [
        (
            "hola, se puede cambiar el nombre de la reina en la etiqueta?",
            "¡Hola! Sí, en Mi colmena > Etiqueta, hasta el día 10 del mes de la cosecha.",
            "genial gracias",
        ),
        (
            "Buenas, la visita al colmenar es apta para niños de 4 años?",
            "Hola, sí, desde los 4 años con traje infantil que prestamos nosotros.",
            "perfecto, gracias!",
        ),
    ],
    "pt": [
        (
            "olá, posso mudar a morada de entrega só para esta colheita?",
            "Olá! Sim, em A minha colmeia > Entrega, só para esta colheita.",
            "obg",
        ),
        (
            "Boa tarde, o mel cristalizou, é normal?",
            "Boa tarde, sim, é sinal de mel natural. Em banho-maria até 40 °C volta a ficar líquido.",
            "Obrigado!",
        ),
    ],
}

# (subject, question, agent's answer)
EMAILQ = {
    "fr": [
        (
            "Question parrainage cadeau",
            "Bonjour,\nJe voudrais offrir un parrainage à ma belle-sœur mais la livrer directement chez elle en Belgique, c'est possible ? Et le certificat peut arriver le jour J (le 14) ?\nMerci\n{first}",
            "Bonjour {first},\nOui, la livraison en Belgique est incluse et vous pouvez choisir la date d'envoi du certificat électronique dans Cadeaux > Date d'envoi.\nBelle journée,\n{agent}",
        ),
        (
            "Atelier bougies",
            "Bonjour, l'atelier bougies en cire est-il accessible aux enfants de 9 ans ? Cordialement, {first}",
            "Bonjour {first}, oui à partir de 8 ans accompagné d'un adulte. À bientôt, {agent}",
        ),
    ],
    "en": [
        (
            "Gift adoption question",
            "Hi,\nI'd like to give a hive adoption to my nephew but have the certificate arrive on his birthday (the 22nd), not now. Can I schedule that?\nThanks,\n{first}",
            "Hi {first},\nYes, in Gifts > Send date you can pick the day the certificate goes out. The first honey share follows the next harvest.\nBest,\n{agent}",
        ),
        (
            "Candle workshop",
            "Hello, is the beeswax candle workshop okay for a 9 year old? Thanks {first}",
            "Hi {first}, yes from age 8 with an adult. See you there, {agent}",
        ),
    ],
    "de": [
        (
            "Frage Patenschaft",
            "Hallo,\nkann ich die Patenschaft im Sommer pausieren, wir sind 6 Wochen weg und niemand nimmt den Honig an?\nViele Grüße\n{first}",
            "Hallo {first},\nja, unter Mein Konto > Lieferungen können Sie eine Ernte auf später verschieben.\nViele Grüße\n{agent}",
        )
    ],
    "it": [
        (
            "Domanda adozione",
            "Buongiorno,\nè possibile far arrivare il certificato il giorno del compleanno di mia madre?\nGrazie\n{first}",
            "Buongiorno {first},\nsì, in Regali > Data di invio può scegliere il giorno.\nCordiali saluti\n{agent}",
        )
    ],
    "es": [
        (
            "Pregunta apadrinamiento",
            "Hola,\n¿puedo pausar el envío de la cosecha de verano? Estaremos fuera todo agosto.\nGracias\n{first}",
            "Hola {first},\nsí, en Mi cuenta > Envíos puedes aplazar una cosecha.\nUn saludo\n{agent}",
        )
    ],
    "pt": [
        (
            "Dúvida apadrinhamento",
            "Olá,\nposso adiar o envio da colheita de verão? Vamos estar fora em agosto.\nObrigada\n{first}",
            "Olá {first},\nsim, em A minha conta > Envios pode adiar uma colheita.\nCumprimentos\n{agent}",
        )
    ],
}

# (transcript, agent's follow-up subject, follow-up text)
PHONEQ = {
    "fr": [
        (
            "oui bonjour c'est pour savoir si on peut venir au rucher un dimanche parce que le samedi mon mari travaille voilà",
            "Suite à votre appel : visites le dimanche",
            "Bonjour {first}, comme convenu au téléphone, des journées au rucher ont lieu deux dimanches par mois, les dates sont dans Visites. Bonne journée, {agent}",
        ),
        (
            "bonjour je voudrais savoir si le miel peut aller au lave-vaisselle enfin le pot je veux dire le pot en verre on peut le renvoyer",
            "Suite à votre appel : consigne des pots",
            "Bonjour {first}, les pots vides peuvent être rendus lors d'une visite au rucher, nous les réutilisons. Merci et à bientôt, {agent}",
        ),
    ],
    "en": [
        (
            "hi yeah just wondering if I can add my mum as a second name on the adoption so she gets the updates too",
            "Following your call: second name on the adoption",
            "Hi {first}, as discussed, I've added your mum as a second contact, she'll get the hive updates from next week. Best, {agent}",
        ),
        (
            "hello there I wanted to ask whether the apiary day goes ahead if it rains because we're driving from Leeds",
            "Following your call: apiary days in rain",
            "Hi {first}, if rain is forecast we move the day and email you by 7am, so you won't drive for nothing. Best, {agent}",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob man beim Imkertag auch Honig direkt kaufen kann",
            "Ihr Anruf: Honigkauf am Bienenstand",
            "Hallo {first}, ja, am Imkertag gibt es einen kleinen Verkaufsstand, Karte oder bar. Viele Grüße, {agent}",
        )
    ],
    "it": [
        (
            "sì buongiorno volevo sapere se alla giornata in apiario si può pranzare lì",
            "Sua chiamata: pranzo in apiario",
            "Buongiorno {first}, sì, c'è un'area picnic all'ombra, portate pure il pranzo. Saluti, {agent}",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si en la visita al colmenar se puede comprar miel allí mismo",
            "Su llamada: compra de miel en el colmenar",
            "Hola {first}, sí, hay un puesto con miel y velas, se paga con tarjeta. Un saludo, {agent}",
        )
    ],
    "pt": [
        (
            "olá boa tarde queria saber se no dia do apiário se pode almoçar lá",
            "A sua chamada: almoço no apiário",
            "Olá {first}, sim, há uma zona de piquenique à sombra. Cumprimentos, {agent}",
        )
    ],
}

THANKS_EMAIL = {
    "fr": "Merci beaucoup pour la réponse rapide !",
    "en": "Thanks so much, that's sorted then.",
    "de": "Vielen Dank für die schnelle Antwort!",
    "it": "Grazie mille per la risposta veloce!",
    "es": "¡Muchas gracias por la respuesta!",
    "pt": "Muito obrigada pela resposta rápida!",
}

SURVEY_WORDS = {
    "fr": ["Top", "Super miel", "", "🐝", "Rien à redire", ""],
    "en": ["Great", "Lovely honey", "", "🐝", "all good", ""],
    "de": ["Super", "", "Alles bestens"],
    "it": ["Ottimo", "", "Tutto perfetto"],
    "es": ["Genial", "", "Todo perfecto"],
    "pt": ["Ótimo", "", "Tudo perfeito"],
}

NIGHT_POST = {
    "fr": [
        "3h du mat, garde de nuit aux urgences, je mets la cam de ma ruche en pause café. Les abeilles dorment, moi non 😴 Favalia",
        "Insomnie encore. Le son de la ruche en fond c'est mieux que n'importe quelle appli de méditation",
    ],
    "en": [
        "2am, night shift at the depot and I'm watching our hive cam on my break. The girls are all tucked in. Weirdly comforting",
        "can't sleep so I'm reading up on queen cells because of the Favalia newsletter. this is my life now",
    ],
    "de": ["Nachtschicht in der Klinik, in der Pause die Bienenkamera an. Alles ruhig im Stock"],
    "it": ["Turno di notte, in pausa guardo la cam dell'arnia. Tutte a nanna tranne me"],
    "es": [
        "Turno de noche en el hospital y en el descanso mirando la cámara de la colmena. Todas dormidas menos yo"
    ],
    "pt": [
        "Turno da noite e no intervalo a ver a câmara da colmeia. Estão todas a dormir menos eu"
    ],
}

NIGHT_CHAT = {
    "fr": [
        (
            "Bonsoir (enfin bonne nuit), quand est prévue la récolte d'été svp ?",
            "Bonsoir ! La récolte d'été part autour du 20 août, vous aurez un mail avec la date exacte.",
            "merci, bonne nuit",
        )
    ],
    "en": [
        (
            "hi sorry it's late, when does the summer harvest ship?",
            "Hi! Around 20 August, you'll get an email with the exact date.",
            "cheers, night",
        )
    ],
    "de": [
        (
            "Hallo, späte Frage: wann kommt die Sommerernte?",
            "Hallo! Um den 20. August, Sie bekommen eine Mail mit dem Datum.",
            "danke, gute Nacht",
        )
    ],
    "it": [
        (
            "ciao, domanda notturna: quando arriva il raccolto estivo?",
            "Ciao! Verso il 20 agosto, riceverà una mail con la data.",
            "grazie, notte",
        )
    ],
    "es": [
        (
            "hola, pregunta de madrugada: cuándo llega la cosecha de verano?",
            "¡Hola! Hacia el 20 de agosto, te llegará un email con la fecha.",
            "gracias, buenas noches",
        )
    ],
    "pt": [
        (
            "olá, pergunta da madrugada: quando chega a colheita de verão?",
            "Olá! Por volta de 20 de agosto, vai receber um email com a data.",
            "obg, boa noite",
        )
    ],
}

# ----- the six household problems -----------------------------------------------------

PROBLEMS = (
    "broken_jars",
    "double_charge",
    "visit_cancelled",
    "refund",
    "wrong_certificate",
    "renewal_price",
)

TOPIC = {
    "broken_jars": {
        "fr": "pots cassés",
        "en": "smashed jars",
        "de": "zerbrochene Gläser",
        "it": "vasetti rotti",
        "es": "tarros rotos",
        "pt": "frascos partidos",
    },
    "double_charge": {
        "fr": "prélèvement en double",
        "en": "charged twice",
        "de": "doppelt abgebucht",
        "it": "addebito doppio",
        "es": "cobro duplicado",
        "pt": "cobrança em duplicado",
    },
    "visit_cancelled": {
        "fr": "visite annulée sur place",
        "en": "apiary day cancelled",
        "de": "Imkertag abgesagt",
        "it": "visita annullata",
        "es": "visita cancelada",
        "pt": "visita cancelada",
    },
    "refund": {
        "fr": "remboursement",
        "en": "refund",
        "de": "Rückerstattung",
        "it": "rimborso",
        "es": "reembolso",
        "pt": "reembolso",
    },
    "wrong_certificate": {
        "fr": "certificat erroné",
        "en": "wrong certificate",
        "de": "falsches Zertifikat",
        "it": "certificato sbagliato",
        "es": "certificado equivocado",
        "pt": "certificado errado",
    },
    "renewal_price": {
        "fr": "prix du renouvellement",
        "en": "renewal price",
        "de": "Verlängerungspreis",
        "it": "prezzo del rinnovo",
        "es": "precio de renovación",
        "pt": "preço da renovação",
    },
}

DESC = {
    "broken_jars": {
        "fr": "Le colis de la récolte est arrivé ce matin et 2 pots sur 3 sont CASSÉS, du miel partout dans le carton, sur le paillasson, sur mes mains. Aucun calage, juste du papier kraft.",
        "en": "The harvest box turned up this morning with 2 of the 3 jars SMASHED, honey all through the cardboard and all over my doormat. No padding at all, just a bit of brown paper.",
        "de": "Das Paket mit der Ernte kam heute und 2 von 3 Gläsern sind KAPUTT, Honig im ganzen Karton und auf der Fußmatte. Keine Polsterung, nur Packpapier.",
        "it": "Il pacco del raccolto è arrivato stamattina con 2 vasetti su 3 ROTTI, miele dappertutto nel cartone. Nessuna protezione, solo carta.",
        "es": "Ha llegado la caja de la cosecha con 2 de los 3 tarros ROTOS, miel por toda la caja y el felpudo. Sin nada de protección, solo papel.",
        "pt": "A caixa da colheita chegou hoje com 2 dos 3 frascos PARTIDOS, mel pela caixa toda e pelo tapete. Sem proteção nenhuma, só papel.",
    },
    "double_charge": {
        "fr": "Vous m'avez prélevé DEUX fois l'abonnement annuel, {amt} le 3 et encore {amt} le 4. Je n'ai qu'une ruche, je ne paie pas deux fois.",
        "en": "You've taken the yearly adoption TWICE, {amt} on the 3rd and {amt} again on the 4th. I have one hive. I'm not paying for two.",
        "de": "Sie haben die Jahrespatenschaft ZWEIMAL abgebucht, {amt} am 3. und nochmal {amt} am 4. Ich habe ein Volk, nicht zwei.",
        "it": "Mi avete addebitato DUE volte l'adozione annuale, {amt} il 3 e ancora {amt} il 4. Ho un'arnia sola.",
        "es": "Me habéis cobrado DOS veces el apadrinamiento anual, {amt} el día 3 y otra vez {amt} el 4. Tengo una colmena, no dos.",
        "pt": "Cobraram-me DUAS vezes o apadrinhamento anual, {amt} no dia 3 e outra vez {amt} no dia 4. Tenho uma colmeia só.",
    },
    "visit_cancelled": {
        "fr": "On a fait 1h30 de route avec les trois enfants pour la journée au rucher et sur place personne, un panneau « annulé » scotché au portail. Aucun mail, aucun SMS, rien.",
        "en": "We drove an hour and a half with three kids to the apiary day and found a sign saying CANCELLED taped to the gate. No email, no text, nothing.",
        "de": "Wir sind mit drei Kindern 90 Minuten zum Imkertag gefahren und am Tor hing ein Zettel ABGESAGT. Keine Mail, keine SMS, nichts.",
        "it": "Abbiamo fatto un'ora e mezza di macchina con tre bambini per la giornata in apiario e al cancello un cartello ANNULLATO. Nessuna mail, nessun sms.",
        "es": "Hora y media de coche con tres niños para la visita al colmenar y en la puerta un cartel de CANCELADO. Ni un email ni un SMS.",
        "pt": "Hora e meia de carro com três crianças para o dia no apiário e no portão um papel a dizer CANCELADO. Nem email nem SMS.",
    },
    "refund": {
        "fr": "J'ai résilié le parrainage il y a TROIS semaines, on m'a promis le remboursement des {amt} sous 5 jours. Toujours rien sur mon compte.",
        "en": "I cancelled the adoption THREE weeks ago and was promised the {amt} back within 5 days. Still nothing in my account.",
        "de": "Ich habe die Patenschaft vor DREI Wochen gekündigt, die {amt} sollten in 5 Tagen zurück sein. Immer noch nichts auf dem Konto.",
        "it": "Ho disdetto l'adozione TRE settimane fa, mi avevate promesso il rimborso di {amt} in 5 giorni. Ancora niente.",
        "es": "Cancelé el apadrinamiento hace TRES semanas y me prometisteis devolver los {amt} en 5 días. Nada de nada.",
        "pt": "Cancelei o apadrinhamento há TRÊS semanas e prometeram devolver os {amt} em 5 dias. Nada na conta.",
    },
    "wrong_certificate": {
        "fr": "Le certificat du parrainage cadeau pour l'anniversaire de ma mère est arrivé au nom de « Mireille Dubreuil ». Ma mère s'appelle Monique. Le cadeau c'était HIER.",
        "en": "The gift certificate for my mum's birthday came with someone else's name on it, \"Gail Pritchard\". My mum is called Sandra. The birthday was YESTERDAY.",
        "de": 'Das Geschenkzertifikat für meine Mutter kam auf den Namen "Helga Brückner". Meine Mutter heißt Renate. Der Geburtstag war GESTERN.',
        "it": 'Il certificato regalo per mia madre è arrivato intestato a "Rosaria Bellini". Mia madre si chiama Franca. Il compleanno era IERI.',
        "es": 'El certificado regalo para mi madre ha llegado a nombre de "Encarna Robles". Mi madre se llama Pilar. El cumple era AYER.',
        "pt": 'O certificado de oferta para a minha mãe chegou em nome de "Fernanda Lopes". A minha mãe chama-se Rosa. O aniversário foi ONTEM.',
    },
    "renewal_price": {
        "fr": "Renouvellement automatique à {amt} au lieu de 89 € l'an dernier, sans AUCUN mail avant. Vous deviez prévenir 30 jours avant, c'est écrit chez vous.",
        "en": "My adoption renewed at {amt} instead of last year's price, without ANY email beforehand. You say you warn 30 days ahead. You didn't.",
        "de": "Die Patenschaft wurde automatisch für {amt} verlängert statt 89 € letztes Jahr, OHNE vorherige Mail. Angeblich warnen Sie 30 Tage vorher.",
        "it": "Rinnovo automatico a {amt} invece di 89 € dell'anno scorso, SENZA nessuna mail prima. Dite di avvisare 30 giorni prima.",
        "es": "Renovación automática a {amt} en vez de los 89 € del año pasado, SIN ningún email antes. Decís que avisáis 30 días antes.",
        "pt": "Renovação automática a {amt} em vez dos 89 € do ano passado, SEM email nenhum antes. Dizem que avisam 30 dias antes.",
    },
}

# amounts in the customer's market money: EUR, GBP, CHF
AMOUNTS = {
    "double_charge": {"EUR": "89 €", "GBP": "£77", "CHF": "84 CHF"},
    "refund": {"EUR": "89 €", "GBP": "£77", "CHF": "84 CHF"},
    "renewal_price": {"EUR": "119 €", "GBP": "£103", "CHF": "112 CHF"},
}
SPOKEN = {
    "double_charge": {"EUR": "89 euros", "GBP": "77 pounds", "CHF": "84 francs"},
    "refund": {"EUR": "89 euros", "GBP": "77 pounds", "CHF": "84 francs"},
    "renewal_price": {"EUR": "119 euros", "GBP": "103 pounds", "CHF": "112 francs"},
}

SOCIAL = {
    "broken_jars": {
        "fr": "Deux pots de miel éclatés dans le carton, du miel jusque sur le paillasson. Merci pour le calage Favalia 🙄",
        "en": "2 of 3 jars smashed in the box, honey on the doormat. Bit of bubble wrap wouldn't kill you Favalia",
    },
    "double_charge": {
        "fr": "Prélevée DEUX FOIS pour la même ruche. Bravo Favalia, on rembourse quand ?",
        "en": "Charged TWICE for one hive. When do I get my money back Favalia??",
    },
    "visit_cancelled": {
        "fr": "1h30 de route avec 3 gosses pour trouver un panneau ANNULÉ sur le portail du rucher. Zéro prévenance. Merci Favalia",
        "en": "90 mins in the car with 3 kids to find CANCELLED taped to the apiary gate. Not one email. Cheers Favalia",
    },
    "refund": {
        "fr": "3 semaines que j'attends mon remboursement Favalia. 3 SEMAINES.",
        "en": "Three weeks waiting for a refund from Favalia. THREE WEEKS.",
    },
    "wrong_certificate": {
        "fr": "Certificat cadeau au nom d'une inconnue pour l'anniv de ma mère. Grande classe Favalia",
        "en": "Mum's birthday certificate came with a stranger's name on it. Classy Favalia",
    },
    "renewal_price": {
        "fr": "Renouvellement +30 € sans prévenir. Sympa Favalia",
        "en": "Adoption renewed at £26 more with zero warning. Nice one Favalia",
    },
}
SOCIAL_TAIL = {
    "de": "Danke für nichts Favalia",
    "it": "Grazie di niente Favalia",
    "es": "Gracias por nada Favalia",
    "pt": "Obrigadinha Favalia",
}

PHONE = {
    "broken_jars": {
        "fr": "oui bonjour alors voilà j'ai reçu la récolte ce matin et il y a deux pots sur trois qui sont cassés il y a du miel partout dans le carton et sur le palier franchement c'est pas possible",
        "en": "hi yes I've just had the honey delivered and two of the three jars are smashed it's all over the box and the hall floor there was no padding at all",
        "de": "ja guten Tag also die Honiglieferung ist heute gekommen und zwei von drei Gläsern sind kaputt alles voller Honig",
        "it": "sì buongiorno è arrivato il pacco del miele e due vasetti su tre sono rotti c'è miele ovunque",
        "es": "hola sí buenas me ha llegado la caja de la miel y dos tarros de tres están rotos hay miel por todas partes",
        "pt": "olá boa tarde chegou a caixa do mel e dois frascos dos três estão partidos está tudo cheio de mel",
    },
    "double_charge": {
        "fr": "bonjour oui j'appelle parce que vous m'avez prélevé deux fois {amt} pour le parrainage le 3 et le 4 et j'ai qu'une ruche",
        "en": "hello I'm calling because you've charged me {amt} twice for the adoption on the 3rd and the 4th and I've only got the one hive",
        "de": "ja hallo Sie haben mir zweimal {amt} abgebucht für die Patenschaft am 3. und am 4.",
        "it": "buongiorno mi avete addebitato due volte {amt} per l'adozione il 3 e il 4",
        "es": "hola buenas me habéis cobrado dos veces {amt} del apadrinamiento el 3 y el 4",
        "pt": "olá cobraram-me duas vezes {amt} do apadrinhamento no dia 3 e no dia 4",
    },
    "visit_cancelled": {
        "fr": "oui bonjour je suis devant le rucher là avec mes trois enfants on a fait une heure et demie de route et c'est marqué annulé sur le portail personne nous a prévenus",
        "en": "yeah hi I'm standing at the apiary gate with three kids we've driven an hour and a half and there's a cancelled sign nobody told us anything",
        "de": "ja hallo ich stehe hier am Bienenstand mit drei Kindern anderthalb Stunden gefahren und da hängt abgesagt",
        "it": "sì pronto sono davanti all'apiario con tre bambini un'ora e mezza di strada e c'è scritto annullato",
        "es": "sí hola estoy en la puerta del colmenar con tres niños hora y media de coche y pone cancelado",
        "pt": "sim olá estou no portão do apiário com três crianças hora e meia de carro e diz cancelado",
    },
    "refund": {
        "fr": "bonjour j'ai résilié il y a trois semaines et j'ai toujours pas mes {amt} on m'avait dit cinq jours",
        "en": "hi I cancelled three weeks ago and I still haven't got my {amt} back I was told five days",
        "de": "guten Tag ich habe vor drei Wochen gekündigt und die {amt} sind immer noch nicht da",
        "it": "buongiorno ho disdetto tre settimane fa e i {amt} non sono ancora arrivati",
        "es": "hola cancelé hace tres semanas y todavía no tengo los {amt}",
        "pt": "olá cancelei há três semanas e ainda não recebi os {amt}",
    },
    "wrong_certificate": {
        "fr": "oui bonjour le certificat cadeau pour ma mère est arrivé avec le nom d'une autre dame dessus et l'anniversaire c'était hier donc voilà je suis un peu énervée",
        "en": "hi the gift certificate for my mum's got some other woman's name on it and her birthday was yesterday so I'm not best pleased",
        "de": "ja hallo das Zertifikat für meine Mutter hat einen fremden Namen drauf und der Geburtstag war gestern",
        "it": "buongiorno il certificato per mia madre ha il nome di un'altra signora e il compleanno era ieri",
        "es": "hola el certificado de mi madre viene con el nombre de otra señora y el cumple era ayer",
        "pt": "olá o certificado da minha mãe vem com o nome de outra senhora e o aniversário foi ontem",
    },
    "renewal_price": {
        "fr": "bonjour le renouvellement est passé à {amt} sans aucun mail avant vous êtes censés prévenir trente jours avant",
        "en": "hi my adoption just renewed at {amt} and I never got any email about it you're supposed to warn thirty days before",
        "de": "hallo die Patenschaft wurde für {amt} verlängert ohne Mail vorher",
        "it": "buongiorno il rinnovo è passato a {amt} senza nessuna mail prima",
        "es": "hola me han renovado a {amt} sin ningún email antes",
        "pt": "olá renovaram a {amt} sem email nenhum antes",
    },
}

SHORT_CLOSE = {
    "fr": [
        "Je veux une solution aujourd'hui.",
        "Franchement déçue.",
        "Merci de faire le nécessaire RAPIDEMENT.",
    ],
    "en": ["Sort it out please.", "Really disappointed.", "I want this fixed today."],
    "de": ["Bitte umgehend klären.", "Echt enttäuscht."],
    "it": ["Voglio una soluzione oggi.", "Davvero deluso."],
    "es": ["Quiero una solución YA.", "Muy decepcionada."],
    "pt": ["Quero isto resolvido hoje.", "Muito desiludida."],
}
CHAT_OPEN = {
    "fr": "bonjour,",
    "en": "hi,",
    "de": "hallo,",
    "it": "ciao,",
    "es": "hola,",
    "pt": "olá,",
}
COMPLAINT_SUBJECT = {
    "fr": "Réclamation : {t}",
    "en": "Complaint: {t}",
    "de": "Beschwerde: {t}",
    "it": "Reclamo: {t}",
    "es": "Reclamación: {t}",
    "pt": "Reclamação: {t}",
}
CASE_SUBJECT = {
    "fr": "RE : Dossier {ref}",
    "en": "Re: Your case {ref}",
    "de": "AW: Vorgang {ref}",
    "it": "R: Pratica {ref}",
    "es": "RE: Incidencia {ref}",
    "pt": "RE: Processo {ref}",
}

# long letters with the complaint inside (French 2, English 2)
LONG_EMAIL = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné, ma mère s'est cassé le poignet en tombant du tabouret de la cuisine et je fais les allers-retours entre chez elle et le travail depuis dix jours. C'est elle qui m'avait fait découvrir Favalia et je voulais lui faire plaisir cette semaine.\n\n{desc}\n\nJe ne suis pas du genre à me plaindre, on est clients depuis deux ans et tout s'est toujours bien passé, mais là franchement ça tombe au pire moment. J'aimerais que quelqu'un me rappelle ou me réponde par écrit avec une solution concrète.\n\nCordialement,\n{first} {last}",
        "Bonjour à l'équipe,\n\nPetit contexte : on refait la salle de bain depuis trois semaines, on se douche chez les voisins, les enfants sont en vacances et mon conjoint est en déplacement jusqu'à vendredi. Autant dire que les petits plaisirs comptent, et la ruche en fait partie.\n\nMais voilà. {desc}\n\nJ'ai cherché un numéro dans l'appli, je suis tombée sur une FAQ. Je vous laisse juger. Je compte sur vous pour me répondre vite.\n\n{first}",
    ],
    "en": [
        "Hello,\n\nI'm writing this in the car park at my daughter's swimming lesson, so forgive the typos. It's been a mad few weeks, my father-in-law moved in with us after his fall and the house is upside down, and honestly the hive updates have been one of the few nice things going.\n\nSo this was a bit of a blow. {desc}\n\nWe've been with you since the spring before last and never had a problem, which is why I'm writing rather than just cancelling. But I do expect it put right properly, and soon.\n\nRegards,\n{first} {last}",
        "Hi there,\n\nLong one, sorry. I work nights on a hospital ward so I'm sending this at the end of my shift. I bought the adoption last year as something for me and the kids to share when I'm off, we watch the cam together on Sunday mornings.\n\n{desc}\n\nI know these things happen but I'd like someone to actually deal with it rather than a template reply. I've attached nothing because frankly I haven't had time to take photos.\n\nThanks,\n{first}",
    ],
}

# agents
CASE_OPENED = {
    "fr": "Bonjour {first},\nNous sommes désolés. Votre dossier {ref} est ouvert et nous revenons vers vous sous 48 h.\n{agent}, service clients Favalia",
    "en": "Hi {first},\nSo sorry about this. Your case {ref} is open and we'll come back to you within 48 hours.\n{agent}, Favalia customer care",
    "de": "Hallo {first},\nes tut uns leid. Ihr Vorgang {ref} ist eröffnet, wir melden uns innerhalb von 48 Stunden.\n{agent}, Favalia Kundenservice",
    "it": "Buongiorno {first},\nci dispiace molto. La pratica {ref} è aperta, la ricontattiamo entro 48 ore.\n{agent}, servizio clienti Favalia",
    "es": "Hola {first},\nlo sentimos mucho. Tu incidencia {ref} está abierta y te respondemos en 48 horas.\n{agent}, atención al cliente Favalia",
    "pt": "Olá {first},\nlamentamos muito. O processo {ref} está aberto e respondemos em 48 horas.\n{agent}, apoio ao cliente Favalia",
}
CHAT_CASE = {
    "fr": "Je suis vraiment désolée. J'ouvre le dossier {ref}, vous aurez un retour sous 48 h.",
    "en": "I'm really sorry. I've opened case {ref}, you'll hear back within 48 hours.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {ref} eröffnet, Rückmeldung in 48 Stunden.",
    "it": "Mi dispiace davvero. Ho aperto la pratica {ref}, risposta entro 48 ore.",
    "es": "Lo siento muchísimo. Abro la incidencia {ref}, respuesta en 48 horas.",
    "pt": "Lamento imenso. Abri o processo {ref}, resposta em 48 horas.",
}
URGENT = {
    "fr": "J'ajoute votre message au dossier {ref} et je le marque urgent.",
    "en": "I've added this to case {ref} and marked it urgent.",
    "de": "Ich habe das zum Vorgang {ref} hinzugefügt und als dringend markiert.",
    "it": "Ho aggiunto il messaggio alla pratica {ref} e l'ho segnata urgente.",
    "es": "Lo añado a la incidencia {ref} y la marco como urgente.",
    "pt": "Juntei ao processo {ref} e marquei como urgente.",
}
GOOD_NEWS = {
    "fr": (
        "Bonne nouvelle pour le dossier {ref}",
        "Bonjour {first},\nC'est réglé de notre côté pour le dossier {ref}. Pouvez-vous nous confirmer que tout est en ordre ?\n{agent}",
    ),
    "en": (
        "Good news on case {ref}",
        "Hi {first},\nWe've put case {ref} right on our side. Could you confirm it's all sorted for you?\n{agent}",
    ),
    "de": (
        "Gute Nachrichten zu Vorgang {ref}",
        "Hallo {first},\nVorgang {ref} ist auf unserer Seite erledigt. Können Sie bestätigen, dass alles passt?\n{agent}",
    ),
    "it": (
        "Buone notizie sulla pratica {ref}",
        "Buongiorno {first},\nla pratica {ref} è risolta da parte nostra. Può confermarci che è tutto a posto?\n{agent}",
    ),
    "es": (
        "Buenas noticias sobre la incidencia {ref}",
        "Hola {first},\nla incidencia {ref} está resuelta por nuestra parte. ¿Nos confirmas que todo está bien?\n{agent}",
    ),
    "pt": (
        "Boas notícias sobre o processo {ref}",
        "Olá {first},\no processo {ref} está resolvido do nosso lado. Pode confirmar que está tudo bem?\n{agent}",
    ),
}
CONFIRM = {
    "fr": "Dossier {ref} : c'est bon, tout est arrivé. Merci pour le suivi.",
    "en": "Case {ref}: all sorted, thanks for following it up.",
    "de": "Vorgang {ref}: alles erledigt, danke.",
    "it": "Pratica {ref}: tutto risolto, grazie.",
    "es": "Incidencia {ref}: todo resuelto, gracias.",
    "pt": "Processo {ref}: está tudo resolvido, obrigada.",
}
APOLOGY = {
    "fr": "Bonjour, désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite.",
    "en": "Hi, sorry about my tone yesterday, it was a long day. Thanks for sorting it so fast.",
    "de": "Hallo, sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Kümmern.",
    "it": "Ciao, scusate il tono di ieri, giornata pesante. Grazie per aver risolto subito.",
    "es": "Hola, perdón por el tono de ayer, día horrible. Gracias por arreglarlo tan rápido.",
    "pt": "Olá, desculpem o tom de ontem, dia difícil. Obrigada por resolverem tão depressa.",
}
QUALITY_LEAD = {
    "fr": (
        "Votre dossier {ref}",
        "Bonjour {first},\nVotre dossier {ref} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi.\n{agent}",
    ),
    "en": (
        "Your case {ref}",
        "Hi {first},\nYour case {ref} is now with our quality lead, who'll call you before Friday lunchtime.\n{agent}",
    ),
    "de": (
        "Ihr Vorgang {ref}",
        "Hallo {first},\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n{agent}",
    ),
    "it": (
        "La sua pratica {ref}",
        "Buongiorno {first},\nla pratica {ref} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\n{agent}",
    ),
    "es": (
        "Tu incidencia {ref}",
        "Hola {first},\ntu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n{agent}",
    ),
    "pt": (
        "O seu processo {ref}",
        "Olá {first},\no processo {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço.\n{agent}",
    ),
}
STILL_OPEN = {
    "fr": [
        "Dossier {ref}, toujours RIEN. {desc}",
        "Je relance pour le dossier {ref}, c'est toujours pas réglé. {desc}",
    ],
    "en": [
        "Case {ref}, still NOTHING. {desc}",
        "Chasing case {ref} again, it's still not fixed. {desc}",
    ],
    "de": ["Vorgang {ref}, immer noch NICHTS. {desc}"],
    "it": ["Pratica {ref}, ancora NIENTE. {desc}"],
    "es": ["Incidencia {ref}, sigue SIN resolver. {desc}"],
    "pt": ["Processo {ref}, continua SEM solução. {desc}"],
}
STILL_OPEN_PHONE = {
    "fr": "oui bonjour je rappelle pour le dossier {ref} c'est toujours pas réglé personne m'a recontactée",
    "en": "hi I'm ringing again about case {ref} it's still not sorted and nobody's got back to me",
    "de": "ja hallo ich rufe nochmal an wegen Vorgang {ref} es ist immer noch nicht erledigt",
    "it": "pronto chiamo di nuovo per la pratica {ref} non è ancora risolta",
    "es": "hola llamo otra vez por la incidencia {ref} sigue sin resolver",
    "pt": "olá ligo outra vez por causa do processo {ref} continua por resolver",
}
THIRD = {
    "fr": "Une collègue a sa ruche chez {comp}, chez eux ce genre de truc est réglé dans la journée.",
    "en": "I've had a look at what {comp} charge, just saying.",
    "de": "Eine Kollegin hat ihr Volk bei {comp}, da wird sowas am selben Tag geklärt.",
    "it": "Ho guardato quanto costa {comp}, giusto per dire.",
    "es": "Una compañera tiene su colmena con {comp} y allí lo arreglan el mismo día.",
    "pt": "Já fui ver quanto cobra a {comp}, só para saberem.",
}
FOURTH = {
    "fr": "C'est la QUATRIÈME fois que j'écris.",
    "en": "This is the FOURTH time I'm contacting you.",
    "de": "Das ist das VIERTE Mal, dass ich mich melde.",
    "it": "È la QUARTA volta che scrivo.",
    "es": "Es la CUARTA vez que escribo.",
    "pt": "É a QUARTA vez que escrevo.",
}
LOW_CSAT_WORDS = {
    "fr": ["Nul", ""],
    "en": ["Poor", ""],
    "de": ["Schlecht", ""],
    "it": ["Pessimo", ""],
    "es": ["Fatal", ""],
    "pt": ["Mau", ""],
}
LOW_NPS_WORDS = {
    "fr": ["Déçue", "", "Bof"],
    "en": ["Disappointed", "", "meh"],
    "de": ["Enttäuscht", ""],
    "it": ["Deluso", ""],
    "es": ["Decepcionada", ""],
    "pt": ["Desiludida", ""],
}

# ----- slow churners ----------------------------------------------------------------

SLIDE = {
    "fr": [
        "Les pots de la récolte d'été sont plus petits que l'an dernier, 200 g au lieu de 250. Dommage.",
        "La cam de la ruche est hors ligne depuis une semaine, plus de nouvelles de nos abeilles.",
        "Visite au rucher déplacée pour la deuxième fois. On avait posé un jour de congé.",
        "Le miel reçu colle de partout, pots poisseux à l'extérieur, étiquette à moitié décollée. C'est plus ce que c'était Favalia.",
        "Et maintenant 15 € de « frais de visite » en plus alors que la visite était incluse dans le parrainage ?! Je suis furieuse.",
        "Ma voisine a sa ruche chez {comp}, on a réservé leur journée au rucher pour samedi. Voilà.",
    ],
    "en": [
        "Summer jars are smaller than last year's, 200 g not 250. Shame.",
        "Hive cam's been offline a week now. No idea how our bees are doing.",
        "Apiary day moved for the second time. I'd booked the day off work.",
        "Honey arrived sticky all over the outside, labels peeling off. Not what it used to be Favalia.",
        'And now a £13 "visit fee" on top when the visit was included in the adoption?! Absolutely fuming.',
        "My neighbour's hive is with {comp}, we've booked their apiary day for Saturday instead. There you go.",
    ],
    "de": [
        "Die Sommergläser sind kleiner als letztes Jahr, 200 g statt 250. Schade.",
        "Die Bienenkamera ist seit einer Woche offline.",
        "Imkertag zum zweiten Mal verschoben, ich hatte mir frei genommen.",
        "Gläser klebrig von außen, Etiketten lösen sich. Nicht mehr wie früher Favalia.",
        'Jetzt noch 15 € "Besuchsgebühr" obwohl der Besuch inklusive war?! Ich bin sauer.',
        "Meine Nachbarin hat ihr Volk bei {comp}, wir haben deren Imkertag am Samstag gebucht.",
    ],
    "it": [
        "I vasetti dell'estate sono più piccoli, 200 g invece di 250. Peccato.",
        "La cam dell'arnia è offline da una settimana.",
        "Giornata in apiario spostata per la seconda volta, avevo preso ferie.",
        "Vasetti appiccicosi fuori, etichette che si staccano. Non è più come prima Favalia.",
        'E adesso 15 € di "costo visita" quando era inclusa?! Sono furiosa.',
        "La mia vicina ha l'arnia con {comp}, abbiamo prenotato da loro per sabato.",
    ],
    "es": [
        "Los tarros de verano son más pequeños, 200 g en vez de 250. Una pena.",
        "La cámara de la colmena lleva una semana sin funcionar.",
        "Visita al colmenar cambiada por segunda vez, había pedido el día libre.",
        "Tarros pegajosos por fuera, etiquetas despegadas. Ya no es lo que era Favalia.",
        '¿Y ahora 15 € de "gastos de visita" cuando estaba incluida? Estoy que echo humo.',
        "Mi vecina tiene su colmena con {comp}, hemos reservado su visita para el sábado.",
    ],
    "pt": [
        "Os frascos de verão são mais pequenos, 200 g em vez de 250. Pena.",
        "A câmara da colmeia está offline há uma semana.",
        "Visita ao apiário adiada pela segunda vez, tinha pedido folga.",
        "Frascos peganhentos por fora, rótulos a descolar. Já não é o que era Favalia.",
        'E agora 15 € de "taxa de visita" quando estava incluída?! Estou furiosa.',
        "A minha vizinha tem a colmeia na {comp}, marcámos a visita deles para sábado.",
    ],
}
SLIDE_RATINGS = (3, 3, 2, 2, 1, 1)

LEAVE = {
    "fr": [
        (
            "Résiliation du parrainage",
            "Bonjour,\nJe me suis fait piquer en juin et j'ai découvert que je suis allergique, mon médecin m'a interdit les visites. Je voudrais résilier le parrainage et fermer mon compte.\nMerci,\n{first} {last}",
        ),
        (
            "Fermer mon compte",
            "Bonjour, on part vivre au Québec en septembre, je voudrais arrêter le parrainage et fermer le compte s'il vous plaît. Merci pour tout. {first}",
        ),
    ],
    "en": [
        (
            "Cancel my adoption",
            "Hi,\nWe're moving to a flat in town with no outdoor space and honestly the kids have lost interest. Please cancel the adoption and close my account.\nThanks,\n{first} {last}",
        ),
        (
            "Closing my account",
            "Hello, I got stung in June and it turns out I'm allergic, so no more apiary days for me. Please cancel my adoption and close the account. {first}",
        ),
    ],
    "de": [
        (
            "Kündigung Patenschaft",
            "Hallo,\nwir ziehen nach Hamburg in eine kleine Wohnung und die Kinder interessieren sich nicht mehr dafür. Bitte Patenschaft kündigen und Konto schließen.\n{first} {last}",
        )
    ],
    "it": [
        (
            "Disdetta adozione",
            "Buongiorno,\nmi hanno punta a giugno e sono allergica, niente più visite. Vorrei disdire l'adozione e chiudere l'account.\n{first} {last}",
        )
    ],
    "es": [
        (
            "Cancelar apadrinamiento",
            "Hola,\nnos mudamos a un piso en Madrid y los niños ya no le hacen caso. Quiero cancelar el apadrinamiento y cerrar la cuenta.\n{first} {last}",
        )
    ],
    "pt": [
        (
            "Cancelar apadrinhamento",
            "Olá,\nvamos mudar para Londres e já não faz sentido. Quero cancelar o apadrinhamento e fechar a conta.\n{first} {last}",
        )
    ],
}
SORRY_GO = {
    "fr": (
        "RE : Résiliation",
        "Bonjour {first},\nNous sommes tristes de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Mon compte > Parrainage.\n{agent}",
    ),
    "en": (
        "Re: Cancelling",
        "Hi {first},\nSorry to see you go. You can cancel yourself in the app or on the website under My account > Adoption.\n{agent}",
    ),
    "de": (
        "AW: Kündigung",
        "Hallo {first},\nschade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Mein Konto > Patenschaft kündigen.\n{agent}",
    ),
    "it": (
        "R: Disdetta",
        "Buongiorno {first},\nci dispiace vederla andare via. Può disdire da sola nell'app o sul sito, in Account > Adozione.\n{agent}",
    ),
    "es": (
        "RE: Cancelación",
        "Hola {first},\nsentimos que te vayas. Puedes cancelar tú misma en la app o en la web, en Mi cuenta > Apadrinamiento.\n{agent}",
    ),
    "pt": (
        "RE: Cancelamento",
        "Olá {first},\nlamentamos que saia. Pode cancelar na app ou no site, em A minha conta > Apadrinhamento.\n{agent}",
    ),
}

GRUMPY = {
    "fr": [
        "L'appli me déconnecte à CHAQUE fois. Chaque fois. Mot de passe, code, mot de passe.",
        "Pourquoi la newsletter arrive le dimanche à 6h du matin ??",
        "Créneaux des visites complets en 4 minutes, comme d'hab.",
        "Les combinaisons prêtées sentent la fumée et la sueur, sympa.",
        "Toujours pas de miel bio proposé. On est en 2026.",
        "Le parking du rucher c'est un champ de boue, j'ai flingué mes baskets.",
    ],
    "en": [
        "App logs me out EVERY single time. Password, code, password.",
        "Why does the newsletter land at 6am on a Sunday",
        "Apiary day slots gone in 4 minutes. As usual.",
        "The loan bee suits stink of smoke. Lovely.",
        "Still no way to pick which honey you get. Still.",
        "Apiary car park is a bog. Ruined my trainers.",
    ],
    "de": [
        "App loggt mich JEDES Mal aus.",
        "Newsletter sonntags um 6 Uhr, ernsthaft?",
        "Imkertage in 4 Minuten ausgebucht, wie immer.",
        "Die Leih-Imkeranzüge riechen nach Rauch.",
        "Immer noch kein Bio-Honig im Angebot.",
        "Parkplatz am Bienenstand ist ein Schlammloch.",
    ],
    "it": [
        "L'app mi slogga OGNI volta.",
        "Newsletter la domenica alle 6, seriamente?",
        "Posti per l'apiario finiti in 4 minuti, come sempre.",
        "Le tute in prestito puzzano di fumo.",
        "Ancora niente miele bio.",
        "Il parcheggio dell'apiario è un pantano.",
    ],
    "es": [
        "La app me cierra la sesión CADA vez.",
        "La newsletter un domingo a las 6, en serio?",
        "Plazas del colmenar agotadas en 4 minutos, como siempre.",
        "Los trajes de préstamo huelen a humo.",
        "Seguimos sin miel ecológica.",
        "El parking del colmenar es un barrizal.",
    ],
    "pt": [
        "A app faz logout SEMPRE.",
        "Newsletter ao domingo às 6 da manhã, a sério?",
        "Vagas do apiário esgotadas em 4 minutos, como sempre.",
        "Os fatos emprestados cheiram a fumo.",
        "Continua sem haver mel biológico.",
        "O estacionamento do apiário é um lamaçal.",
    ],
}

SARCASM = {
    "fr": [
        "Livraison « express » de la récolte : 11 jours. Le miel a eu le temps de cristalliser deux fois 👏 Favalia",
        "Super la cam de la ruche en 144p, on dirait un documentaire de 1987 😂",
    ],
    "en": [
        '"Express" honey delivery: 11 days. Had time to crystallise twice 👏',
        "Love the hive cam in glorious 144p, like a nature doc from 1987 😂",
    ],
    "de": ['"Express"-Lieferung: 11 Tage. Der Honig ist zweimal kristallisiert 👏'],
    "it": [
        'Consegna "express": 11 giorni. Il miele ha fatto in tempo a cristallizzare due volte 👏'
    ],
    "es": ['Envío "exprés" de la cosecha: 11 días. Le ha dado tiempo a cristalizar dos veces 👏'],
    "pt": ['Entrega "expresso" da colheita: 11 dias. Deu tempo para cristalizar duas vezes 👏'],
}

# quiet_hours: mild grumbles (question or remark, answer)
MILD = {
    "fr": [
        (
            "Petit souci, la boutique affiche les prix en francs suisses alors que je suis en France",
            "Bonjour, merci ! Il faut choisir le pays en bas de page, on corrige l'affichage par défaut.",
        ),
        (
            "Le calendrier des visites est en anglais chez moi, c'est normal ?",
            "Bonjour, la langue se règle dans Mon compte > Langue, désolés pour ça.",
        ),
    ],
    "en": [
        (
            "small thing, the shop shows prices in euros even though I'm in the UK",
            "Hi, thanks! Pick the country at the bottom of the page, we're fixing the default.",
        ),
        (
            "the visits calendar is in French for me for some reason",
            "Hi, sorry! Language is under My account > Language.",
        ),
    ],
    "de": [
        (
            "Kleinigkeit: der Shop zeigt Preise in Franken obwohl ich in Deutschland bin",
            "Hallo, danke! Unten auf der Seite das Land wählen, wir korrigieren das.",
        )
    ],
    "it": [
        (
            "piccola cosa, il calendario visite è in inglese",
            "Ciao, scusi! La lingua si cambia in Account > Lingua.",
        )
    ],
    "es": [
        (
            "una cosita, el calendario de visitas me sale en francés",
            "¡Hola, perdona! El idioma está en Mi cuenta > Idioma.",
        )
    ],
    "pt": [
        (
            "uma coisa pequena, o calendário aparece em inglês",
            "Olá, desculpe! O idioma muda-se em A minha conta > Idioma.",
        )
    ],
}
FORM_ACK = {
    "fr": (
        "Votre message",
        "Bonjour {first}, merci pour votre remarque, c'est transmis à l'équipe. {agent}",
    ),
    "en": (
        "Your message",
        "Hi {first}, thanks for flagging this, I've passed it on to the team. {agent}",
    ),
    "de": ("Ihre Nachricht", "Hallo {first}, danke für den Hinweis, ist weitergegeben. {agent}"),
    "it": (
        "Il suo messaggio",
        "Buongiorno {first}, grazie della segnalazione, l'ho girata al team. {agent}",
    ),
    "es": ("Tu mensaje", "Hola {first}, gracias por avisar, se lo paso al equipo. {agent}"),
    "pt": ("A sua mensagem", "Olá {first}, obrigado pelo aviso, já passei à equipa. {agent}"),
}

# ----- the planted incident (topic_spike) ---------------------------------------------

SPIKE = {
    "fr": [
        "Depuis ce matin dès que j'ouvre l'appli Favalia la cam de la ruche se lance toute seule avec le son À FOND, un bourdonnement énorme, écran noir avec « BZ:5E » et impossible de baisser le son ni de sortir. J'étais dans le train. La honte.",
        "c quoi ce bug ?? j'ouvre l'appli et ça hurle le bourdonnement de la ruche à fond, écran noir BZ:5E, le bouton volume du tel marche pas, obligée de forcer la fermeture",
        "Mon fils de 3 mois dormait. J'ouvre l'appli pour voir la récolte et ça BOURDONNE à plein volume, écran noir, code BZ:5E. Réveillé en hurlant. Merci.",
        "Appli inutilisable ce matin : son de ruche au maximum dès l'ouverture, vidéo noire avec BZ:5E, rien ne répond. Je suis en open space, tout le monde m'a regardée.",
        "Bonjour, l'appli lance le son de la cam à fond dès l'ouverture et bloque sur un écran noir BZ:5E, je ne peux rien faire d'autre que la tuer. Vous êtes au courant ?",
    ],
    "en": [
        "What on earth is the Favalia app doing this morning?? Open it and the hive cam starts on its own at FULL volume, massive buzzing, black screen saying BZ:5E and I can't turn it down or get out. On a packed train.",
        "opened the app in a meeting and it blasted bee noise at max volume. black screen, BZ:5E, volume buttons do nothing. had to force quit. mortified",
        "Hive cam audio blaring the second the app opens, video stays black with BZ:5E and nothing responds. Phone volume ignored. Is it just me?",
        "Hi, your app has started playing the hive sound at full blast as soon as I open it and it's stuck on a black screen with error BZ:5E. Only way out is force closing it.",
        "woke the baby. app opened, bees BLASTING, BZ:5E on a black screen, couldn't mute. brilliant start to the day",
    ],
    "de": [
        "Seit heute früh startet die Favalia App beim Öffnen die Bienenkamera mit VOLLER Lautstärke, schwarzer Bildschirm, BZ:5E, Lautstärketasten gehen nicht. Musste die App abschießen.",
        "App öffnen = Bienengesumme in voller Lautstärke, schwarzes Bild mit BZ:5E, nichts reagiert. Im Büro. Danke.",
    ],
    "it": [
        "Da stamattina appena apro l'app Favalia parte la cam dell'arnia con il volume AL MASSIMO, schermo nero con BZ:5E e non si riesce a togliere l'audio. Ho dovuto chiudere l'app a forza.",
        "apro l'app e ronzio a tutto volume, schermo nero BZ:5E, i tasti del volume non fanno niente. in ufficio. bello",
    ],
    "es": [
        "Desde esta mañana al abrir la app de Favalia arranca la cámara de la colmena con el sonido A TOPE, pantalla negra con BZ:5E y no hay forma de bajarlo. He tenido que forzar el cierre.",
        "abro la app y zumbido a todo volumen, pantalla negra BZ:5E, los botones de volumen no hacen nada. en el metro. que vergüenza",
    ],
    "pt": [
        "Desde hoje de manhã quando abro a app da Favalia a câmara da colmeia arranca com o som NO MÁXIMO, ecrã preto com BZ:5E e não dá para baixar. Tive de forçar o fecho.",
        "abro a app e zumbido no máximo, ecrã preto BZ:5E, os botões de volume não fazem nada. no autocarro. que vergonha",
    ],
}
SPIKE_REPEAT = {
    "fr": "Toujours pareil, BZ:5E et le bourdonnement à fond, même sur la tablette de mon mari. Vous réparez quand ?",
    "en": "Still the same, BZ:5E and full-volume buzzing, on my partner's phone too now. Any update?",
    "de": "Immer noch BZ:5E und volle Lautstärke, auch auf dem Tablet meines Mannes.",
    "it": "Ancora BZ:5E e ronzio al massimo, anche sul telefono di mio marito.",
    "es": "Sigue igual, BZ:5E y el zumbido a tope, también en el móvil de mi marido.",
    "pt": "Continua igual, BZ:5E e o zumbido no máximo, também no telemóvel do meu marido.",
}
SPIKE_CHAT_A = {
    "fr": "Oui, l'appli lance le son de la cam à fond et affiche BZ:5E chez tout le monde en ce moment, nos équipes sont dessus. Désolée !",
    "en": "Yes, the app is starting the cam sound at full volume with BZ:5E for everyone right now, our engineers are on it. So sorry!",
    "de": "Ja, die App startet gerade bei allen den Kameraton mit voller Lautstärke und BZ:5E, unser Team ist dran. Entschuldigung!",
    "it": "Sì, in questo momento l'app avvia l'audio della cam al massimo con BZ:5E per tutti, i tecnici ci stanno lavorando. Ci scusi!",
    "es": "Sí, ahora mismo la app arranca el sonido de la cámara a tope con BZ:5E a todo el mundo, el equipo está en ello. ¡Perdón!",
    "pt": "Sim, neste momento a app arranca o som da câmara no máximo com BZ:5E para toda a gente, a equipa está a tratar. Desculpe!",
}
SPIKE_FIXED = {
    "fr": (
        "L'appli fonctionne à nouveau",
        "Bonjour {first},\nL'appli fonctionne normalement depuis {local} (heure locale), la cam ne se lance plus toute seule. Pour la gêne, un pot de miel offert a été ajouté à votre prochaine récolte.\n{agent}",
    ),
    "en": (
        "The app works again",
        "Hi {first},\nThe app has worked normally since {local} (your local time), the cam no longer starts on its own. For the trouble, a free jar has been added to your next harvest.\n{agent}",
    ),
    "de": (
        "Die App funktioniert wieder",
        "Hallo {first},\ndie App läuft seit {local} Uhr (Ortszeit) wieder normal. Als Entschuldigung legen wir Ihrer nächsten Ernte ein Glas gratis bei.\n{agent}",
    ),
    "it": (
        "L'app funziona di nuovo",
        "Buongiorno {first},\nl'app funziona di nuovo dalle {local} (ora locale). Per il disagio le aggiungiamo un vasetto omaggio al prossimo raccolto.\n{agent}",
    ),
    "es": (
        "La app vuelve a funcionar",
        "Hola {first},\nla app funciona con normalidad desde las {local} (hora local). Por las molestias, te añadimos un tarro gratis a la próxima cosecha.\n{agent}",
    ),
    "pt": (
        "A app voltou a funcionar",
        "Olá {first},\na app funciona normalmente desde as {local} (hora local). Pelo incómodo, juntámos um frasco grátis à próxima colheita.\n{agent}",
    ),
}
# the calm days before: two grumbles (Monday) and two lone questions (Wednesday)
CALM_GRUMBLE = {
    "fr": (
        "la page boutique met une éternité à charger ce matin",
        "Bonjour, désolés, un ralentissement passager, ça devrait aller mieux maintenant.",
    ),
    "en": (
        "shop page is taking ages to load this morning",
        "Hi, sorry about that, a brief slowdown, should be quicker now.",
    ),
}
LONE_Q = {
    "fr": (
        "bonsoir, hier soir la cam n'avait pas de son jusqu'à ce que j'appuie sur le haut-parleur en haut à droite, c'est voulu ?",
        "Bonjour, oui, la cam démarre en silencieux, le son se met avec l'icône haut-parleur. Tout est normal.",
    ),
    "en": (
        "hi, last night the hive cam was silent until I tapped the speaker icon, is that how it's meant to be?",
        "Hi, yes, the cam starts muted and the speaker icon turns the sound on. All normal.",
    ),
}
