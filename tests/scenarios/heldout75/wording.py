# ruff: noqa: E501
"""Wording of heldout75's households (Passolo, children's shoes with an in-app foot scan).

Written from the customers' stories; every table is keyed by language (en, pt, fr, de,
it, es). Placeholders: {ref} case reference, {amt} an amount in the customer's money,
{prod} a product, {comp} a competitor, {first} the agent's first name, {day} a weekday.
"""

from __future__ import annotations

BRAND = "Passolo"
COMPETITORS = ("Sapatino", "Stomply")

# (English / Portuguese label, price in euros)
PRODUCTS: list[tuple[str, float]] = [
    ("Velcro trainers 24-30 / Ténis velcro 24-30", 44.90),
    ("First walkers 19-23 / Primeiros passos 19-23", 39.90),
    ("Leather school shoes / Sapatos de escola em pele", 54.90),
    ("Wellies / Galochas", 24.90),
    ("Sandals / Sandálias", 34.90),
    ("Lined winter boots / Botas forradas", 64.90),
    ("Indoor slippers / Pantufas", 19.90),
    ("Football boots / Chuteiras", 49.90),
    ("Light-up trainers / Ténis com luzes", 46.90),
    ("Ballet flats / Sabrinas", 32.90),
]

PAGES = [
    "/scan",
    "/size-guide",
    "/girls/trainers",
    "/boys/school-shoes",
    "/baby/first-walkers",
    "/grow-plan",
    "/account/orders",
    "/returns",
    "/stores",
    "/winter/boots",
]

AGENTS = ["Marta", "Tom", "Inês", "Claire", "Jonas", "Giulia", "Rui", "Lucía", "Priya", "Hugo"]

# ---------------------------------------------------------------- happy acts
PRAISE: dict[str, list[str]] = {
    "en": [
        "Did the foot scan thing on the kitchen floor with an A4 sheet and the trainers fit perfectly. Honestly didn't believe it would work. Passolo you've won me over",
        "Shoes came next day, my son wore them straight to nursery and didnt want to take them off at bedtime lol",
        "Shout out to Passolo, school shoes that actually survived a full term of playground football. first time ever",
        "Size reminder popped up just as her toes were touching the end. Scanned, ordered, done in 5 mins. Parenting win",
        "The wellies are brilliant, she jumped in every puddle in the park and feet still dry. thanks Passolo!",
    ],
    "pt": [
        "Fiz a medição do pé com a folha A4 no chão da sala e os ténis serviram à primeira. Adorei, Passolo!",
        "Chegaram no dia seguinte e o miúdo já foi com eles para a escola, todo vaidoso com as luzes 😍",
        "Finalmente uns sapatos de escola que aguentaram o período inteiro. Obrigada Passolo",
        "O aviso de que estava na hora de medir outra vez veio mesmo a tempo, já tinha os dedos a bater na ponta. 5 minutos e estava encomendado",
        "As galochas são top, saltou em todas as poças do parque e chegou a casa com os pés secos",
    ],
    "fr": [
        "Mesure du pied avec la feuille A4, taille parfaite du premier coup. Bluffée, merci Passolo",
        "Reçu le lendemain, ma fille a dormi avec ses baskets lumineuses 😂 merci Passolo",
    ],
    "de": [
        "Fuß mit dem A4-Blatt im Flur gescannt, Größe passt auf Anhieb. Hätte ich nie gedacht. Danke Passolo",
        "Am nächsten Tag da, der Kleine wollte die Gummistiefel gar nicht mehr ausziehen. Top!",
    ],
    "it": [
        "Misurato il piede col foglio A4 sul pavimento, scarpe perfette al primo colpo. Grazie Passolo!",
        "Arrivate il giorno dopo, mio figlio non se le toglie più nemmeno per dormire 😂",
    ],
    "es": [
        "Medimos el pie con el folio A4 en el pasillo y las zapatillas le quedan perfectas. Qué maravilla, Passolo",
        "Llegaron al día siguiente y la peque ya fue con las botas al cole, encantada",
    ],
}

AGAIN: dict[str, list[str]] = {
    "en": [
        "Third pair from Passolo this year (she grows like a weed) and every one has fit. Still amazed by the scan",
        "Ordered again, again next-day, again perfect. You lot are spoiling me",
    ],
    "pt": [
        "Terceiro par este ano na Passolo (ele cresce a olhos vistos) e todos serviram. Continuo fã",
        "Mais uma encomenda, mais uma vez no dia seguinte. Assim é fácil",
    ],
    "fr": ["Troisième paire cette année chez Passolo, toujours la bonne taille. Toujours ravie"],
    "de": ["Schon das dritte Paar dieses Jahr bei Passolo und immer noch jedes Mal perfekt"],
    "it": ["Terzo paio quest'anno da Passolo e ancora una volta perfette. Sempre contenta"],
    "es": ["Tercer par este año en Passolo y otra vez perfectas. Sigo encantada"],
}

GRIPE: dict[str, list[str]] = {
    "en": [
        "Love the school shoes, fit spot on. Only thing, the box is massive for one pair of size 27s, bit of a waste. Otherwise 10/10",
        "Scan was easy and the boots are lovely. My only moan is the laces are stupidly long, had to double knot twice",
    ],
    "pt": [
        "Os sapatos são ótimos e o tamanho certinho. Só a caixa é enorme para um 27, um desperdício. De resto impecável",
        "A medição é facílima e as botas são lindas. Só os atacadores são compridíssimos, de resto tudo 5 estrelas",
    ],
    "fr": [
        "Très bien, taille parfaite. Seul bémol : la notice du scan est en anglais seulement. Sinon rien à dire"
    ],
    "de": [
        "Schuhe super, Größe passt. Nur der Karton ist riesig für ein Paar Größe 26. Sonst alles top"
    ],
    "it": [
        "Scarpe bellissime, misura giusta. Unica cosa, i lacci lunghissimi. Per il resto perfetto"
    ],
    "es": [
        "Todo genial y la talla perfecta. Solo que la caja es enorme para unas del 27. Por lo demás de diez"
    ],
}

# (question, agent's answer, thanks)
QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "hi does the scan work if he wont keep still?? hes 2",
            "Hi! Easiest is to scan while he stands on the sheet for a second, the app takes the sharpest frame. Or a photo of his foot on the sheet in the hallway works too.",
            "great thanks will try after his bath",
        ),
        (
            "Can I return shoes that have been worn outside once? they rub her heel",
            "Yes, within 60 days if they rub, just book the return in Orders. We'll send a new size or refund.",
            "brilliant, thank you",
        ),
        (
            "whats the difference between the wide and normal fit",
            "Wide fit adds about 4 mm across the ball of the foot. The scan suggests wide when it measures it.",
            "ah ok it did say wide, thanks",
        ),
        (
            "do you deliver to Jersey",
            "We do, 3-4 working days, same price as the mainland.",
            "perfect cheers",
        ),
    ],
    "pt": [
        (
            "olá a medição funciona com meias?",
            "Olá! Funciona melhor descalço, mas com meias finas dá bem. Meias grossas aumentam meio número.",
            "ok obg",
        ),
        (
            "posso trocar se ficarem grandes? é para o natal",
            "Claro, tem 60 dias para trocar, e encomendas de novembro podem trocar até 15 de janeiro.",
            "ótimo muito obrigada",
        ),
        ("boa tarde, entregam nos Açores?", "Entregamos sim, 4-6 dias úteis.", "obrigado!"),
        (
            "qual é a diferença do plano Cresce para o normal",
            "O Plano Cresce dá 20% em todas as compras e troca grátis se o pé crescer nos 60 dias.",
            "fixe, vou aderir",
        ),
    ],
    "fr": [
        (
            "bjr le scan marche avec des chaussettes ?",
            "Bonjour ! Mieux pieds nus, mais des chaussettes fines vont très bien.",
            "merci !",
        ),
        ("Livrez-vous en Belgique en point relais ?", "Oui, en 2-3 jours ouvrés.", "parfait merci"),
    ],
    "de": [
        (
            "Hallo, kann man auch halbe Größen bestellen?",
            "Hallo! Ja, ab Größe 24 gibt es halbe Größen, der Scan schlägt sie vor.",
            "super danke",
        ),
        ("Liefert ihr auch nach Österreich?", "Ja, in 2-4 Werktagen, kostenlos ab 40 €.", "danke!"),
    ],
    "it": [
        (
            "ciao la misurazione funziona anche con i calzini?",
            "Ciao! Meglio a piedi nudi, ma con calzini sottili va bene.",
            "grazie mille",
        ),
        (
            "Posso cambiare la taglia se non va bene?",
            "Certo, entro 60 giorni, il cambio è gratuito.",
            "perfetto grazie",
        ),
    ],
    "es": [
        (
            "hola el escaneo funciona con calcetines?",
            "¡Hola! Mejor descalzo, pero con calcetín fino va bien.",
            "gracias!!",
        ),
        (
            "Se puede cambiar la talla si le quedan grandes?",
            "Sí, tienes 60 días para cambiarlas gratis.",
            "genial gracias",
        ),
    ],
}

# (spoken question, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "hi yeah I was just wondering if you do school shoes in a wide fit for girls she's got really wide feet and nothing fits her",
            "Following your call: yes, our leather school shoes come in wide fit from size 26 to 38, and the scan will tell you if she needs it. Any questions, just reply here.",
        ),
        (
            "hello I ordered winter boots for my twins can I get them sent to my mum's address instead she lives in Leeds",
            "As discussed on the phone, we've changed the delivery address to your mum's in Leeds. Tracking will follow by e-mail.",
        ),
    ],
    "pt": [
        (
            "boa tarde queria saber se os sapatos de escola também há em largura especial o meu filho tem o pé muito largo",
            "No seguimento da sua chamada: sim, os sapatos de escola existem em largura especial do 26 ao 38, e a medição indica se é preciso.",
        ),
        (
            "olá eu encomendei umas botas e queria mudar a morada para casa da minha mãe em Braga é possível",
            "Como falámos ao telefone, alterámos a morada de entrega para Braga. O seguimento chega por e-mail.",
        ),
    ],
    "fr": [
        (
            "bonjour je voulais savoir si vous avez des chaussures d'école en largeur spéciale ma fille a le pied très large",
            "Suite à votre appel : oui, les chaussures d'école existent en largeur spéciale du 26 au 38.",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob es die Schulschuhe auch in weit gibt mein Sohn hat sehr breite Füße",
            "Wie am Telefon besprochen: ja, die Schulschuhe gibt es in Weite W von Größe 26 bis 38.",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se le scarpe per la scuola ci sono anche in pianta larga mio figlio ha il piede larghissimo",
            "Come detto al telefono: sì, le scarpe per la scuola esistono in pianta larga dal 26 al 38.",
        )
    ],
    "es": [
        (
            "hola quería saber si los zapatos del cole los tenéis en horma ancha mi hija tiene el pie muy ancho",
            "Como hablamos por teléfono: sí, los zapatos de colegio existen en horma ancha del 26 al 38.",
        )
    ],
}

REVIEW: dict[str, list[str]] = {
    "en": [
        "Fit perfectly thanks to the scan. Sturdy and comfy, he runs everywhere in them.",
        "Good quality, true to the scan size. Would buy again.",
        "Lovely wellies, easy for her to pull on herself.",
    ],
    "pt": [
        "Serviram na perfeição graças à medição. Confortáveis e resistentes.",
        "Boa qualidade e tamanho certo. Voltaria a comprar.",
        "Galochas lindas e fáceis de calçar sozinha.",
    ],
    "fr": ["Taille parfaite grâce au scan, très confortables."],
    "de": ["Passen perfekt dank Scan, bequem und robust."],
    "it": ["Misura perfetta grazie alla scansione, comodissime."],
    "es": ["Talla perfecta gracias al escaneo, muy cómodas."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "en": ["great", "so easy", "👍", "love the scan", ""],
    "pt": ["excelente", "muito fácil", "👍", "top", ""],
    "fr": ["super", "très simple", ""],
    "de": ["super", "sehr einfach", ""],
    "it": ["ottimo", "facilissimo", ""],
    "es": ["genial", "muy fácil", ""],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "en": [
        "3am feed done, baby asleep, so obviously I'm ordering first walkers from Passolo in the dark. the scan worked on a sleeping foot lol",
        "night shift on the ward, just ordered my daughter's school shoes on my break. so quick",
        "cant sleep so I measured the kids feet while they're asleep. Passolo says size 29 for both. twins win",
    ],
    "pt": [
        "Turno da noite no hospital e encomendei os ténis do miúdo na pausa. Rapidíssimo, obrigado Passolo",
        "3 da manhã, bebé a mamar e eu a escolher os primeiros sapatinhos na Passolo 🙈",
        "Sem sono, medi os pés dos miúdos enquanto dormem. A Passolo acertou outra vez",
    ],
    "fr": [
        "Insomnie, j'ai mesuré les pieds des enfants pendant qu'ils dorment. Passolo dit 29, parfait"
    ],
    "de": ["Nachtschicht vorbei, schnell noch Gummistiefel bei Passolo bestellt. Geht echt fix"],
    "it": ["Turno di notte finito, ordinate le scarpe per la scuola in due minuti. Grazie Passolo"],
    "es": [
        "Insomnio total, he medido los pies a los niños dormidos y ya están pedidas las botas. Passolo 💪"
    ],
}

NIGHT_QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "hi sorry its late, if I order now will it still come tomorrow?",
            "Hi! Orders until 2am go out on the first van, so yes, tomorrow.",
            "amazing thanks night",
        ),
        (
            "can I scan her foot while she's asleep or does she need to stand",
            "Standing is most accurate, but lying down the app adds a small margin. Fine for a first guess.",
            "ok thanks",
        ),
    ],
    "pt": [
        (
            "olá desculpe a hora, se encomendar agora chega amanhã?",
            "Olá! Encomendas até às 2h saem na primeira carrinha, chega amanhã.",
            "boa obrigada",
        ),
        (
            "posso medir o pé com ele a dormir?",
            "De pé é mais rigoroso, deitado a app acrescenta uma margem. Serve para uma primeira ideia.",
            "ok obg boa noite",
        ),
    ],
    "fr": [
        (
            "bonsoir si je commande maintenant c'est livré demain ?",
            "Bonsoir ! Avant 2h, oui, demain.",
            "merci bonne nuit",
        )
    ],
    "de": [
        (
            "Hallo, wenn ich jetzt bestelle, kommt es morgen noch?",
            "Hallo! Bis 2 Uhr bestellt, geht mit dem ersten Wagen raus.",
            "danke, gute Nacht",
        )
    ],
    "it": [
        (
            "ciao se ordino adesso arriva domani?",
            "Ciao! Fino alle 2 sì, parte col primo furgone.",
            "grazie buonanotte",
        )
    ],
    "es": [
        (
            "hola si pido ahora llega mañana?",
            "¡Hola! Hasta las 2 sí, sale en la primera furgoneta.",
            "gracias buenas noches",
        )
    ],
}

SARCASM: dict[str, list[str]] = {
    "en": [
        "Love that the 'waterproof' wellies have a little drainage hole now. Very innovative Passolo 👏",
        "Ordered light-up trainers, they light up. Also at 5am in the hallway. Thanks for the free disco Passolo 🙃",
    ],
    "pt": [
        "Adoro que os ténis com luzes também acendam às 5 da manhã no corredor. Discoteca grátis, obrigada Passolo 🙃",
        "Galochas impermeáveis com um furinho de ventilação incluído. Muito inovador 👏",
    ],
    "fr": [
        "Les baskets lumineuses s'allument aussi à 5h du matin dans le couloir. Merci pour la disco gratuite Passolo 🙃"
    ],
    "de": [
        "Die Leuchtschuhe leuchten auch um 5 Uhr früh im Flur. Danke für die Gratis-Disco Passolo 🙃"
    ],
    "it": [
        "Le scarpe con le luci si accendono anche alle 5 del mattino in corridoio. Grazie della discoteca gratis Passolo 🙃"
    ],
    "es": [
        "Las zapatillas con luces también se encienden a las 5 de la mañana en el pasillo. Gracias por la disco gratis Passolo 🙃"
    ],
}

# ---------------------------------------------------------------- trouble
# problem -> language -> (subject topic, written complaint, spoken complaint, short restatement)
PROBLEMS = ["not_delivered", "double_charge", "sole_off", "refund", "wrong_price", "odd_pair"]

COMPLAINT: dict[str, dict[str, tuple[str, list[str], str, str]]] = {
    "not_delivered": {
        "en": (
            "school shoes marked delivered, never came",
            [
                "The tracking says DELIVERED at 7:52 this morning. Nothing on the doorstep, nothing with the neighbours, no photo. School starts Monday and he has no shoes. I paid for next day.",
                "Your app says my order was delivered yesterday. It wasn't. I was home ALL day with a sick toddler. Where are the boots?",
            ],
            "yeah hi the app says my order was delivered this morning but there's nothing here I was home the whole time no card no photo nothing and he needs them for school on Monday",
            "the order marked delivered that never came",
        ),
        "pt": (
            "encomenda dada como entregue e não chegou",
            [
                "O seguimento diz ENTREGUE às 7:52 de hoje. Não está à porta, nem com os vizinhos, nem foto nenhuma. As aulas começam segunda e o miúdo não tem sapatos.",
                "A app diz que a encomenda foi entregue ontem. Não foi. Estive em casa o dia TODO com a bebé doente. Onde estão as botas?",
            ],
            "olá boa tarde a aplicação diz que a encomenda foi entregue hoje de manhã mas aqui não chegou nada eu estive sempre em casa e o meu filho precisa dos sapatos para a escola segunda",
            "a encomenda dada como entregue que nunca chegou",
        ),
        "fr": (
            "commande indiquée livrée, jamais reçue",
            [
                "Le suivi indique LIVRÉ ce matin à 7h52. Rien devant la porte, rien chez les voisins. La rentrée c'est lundi."
            ],
            "oui bonjour l'appli dit que ma commande a été livrée ce matin mais j'ai rien reçu j'étais là toute la journée",
            "la commande indiquée livrée jamais reçue",
        ),
        "de": (
            "Bestellung als zugestellt markiert, nie angekommen",
            [
                "Laut Sendungsverfolgung ZUGESTELLT heute 7:52. Nichts vor der Tür, nichts bei den Nachbarn. Montag ist Schulanfang."
            ],
            "ja hallo laut App wurde meine Bestellung heute früh zugestellt aber hier ist nichts angekommen ich war den ganzen Tag zu Hause",
            "die als zugestellt markierte Bestellung, die nie kam",
        ),
        "it": (
            "ordine segnato consegnato, mai arrivato",
            [
                "Il tracking dice CONSEGNATO stamattina alle 7:52. Davanti alla porta niente, dai vicini niente. Lunedì inizia la scuola."
            ],
            "buongiorno l'app dice che l'ordine è stato consegnato stamattina ma qui non è arrivato niente ero a casa tutto il giorno",
            "l'ordine segnato consegnato mai arrivato",
        ),
        "es": (
            "pedido marcado como entregado y no ha llegado",
            [
                "El seguimiento dice ENTREGADO hoy a las 7:52. En la puerta nada, los vecinos tampoco. El lunes empieza el cole."
            ],
            "hola mire la app dice que el pedido se entregó esta mañana pero aquí no ha llegado nada y estuve en casa todo el día",
            "el pedido marcado como entregado que nunca llegó",
        ),
    },
    "double_charge": {
        "en": (
            "charged twice for one order",
            [
                "You've taken {amt} TWICE for one pair of school shoes. One order number, two payments on my card. That's my food shop money.",
                "Two charges of {amt} on my statement, one order. Please put it back, I'm not made of money with three kids.",
            ],
            "hi I've been charged twice for the same order {amt} two times on my card it's one order one pair of shoes I need the money back please",
            "the double charge of {amt}",
        ),
        "pt": (
            "cobrança em duplicado",
            [
                "Cobraram-me {amt} DUAS vezes por um par de sapatos. Uma encomenda, dois pagamentos no cartão. Era o dinheiro das compras do mês.",
                "Tenho duas cobranças de {amt} no extrato e só fiz uma encomenda. Devolvam por favor, com três filhos não dá.",
            ],
            "olá fui cobrada duas vezes pela mesma encomenda {amt} duas vezes no cartão é só um par de sapatos quero o dinheiro de volta",
            "a cobrança em duplicado de {amt}",
        ),
        "fr": (
            "débitée deux fois",
            [
                "Vous m'avez débité {amt} DEUX fois pour une seule paire. Une commande, deux paiements."
            ],
            "bonjour j'ai été débitée deux fois {amt} pour la même commande",
            "le double débit de {amt}",
        ),
        "de": (
            "doppelt abgebucht",
            [
                "Sie haben {amt} ZWEIMAL abgebucht für ein einziges Paar. Eine Bestellung, zwei Zahlungen."
            ],
            "ja hallo mir wurden {amt} zweimal abgebucht für dieselbe Bestellung",
            "die doppelte Abbuchung von {amt}",
        ),
        "it": (
            "addebito doppio",
            ["Mi avete addebitato {amt} DUE volte per un paio solo. Un ordine, due pagamenti."],
            "buongiorno mi avete addebitato {amt} due volte per lo stesso ordine",
            "il doppio addebito di {amt}",
        ),
        "es": (
            "cobro duplicado",
            ["Me habéis cobrado {amt} DOS veces por un solo par. Un pedido, dos cargos."],
            "hola me han cobrado {amt} dos veces por el mismo pedido",
            "el cobro duplicado de {amt}",
        ),
    },
    "sole_off": {
        "en": (
            "sole came off after 10 days",
            [
                "The sole on the left school shoe has come away from the toe after TEN days. He's 6, he walks to school, he doesn't do parkour. £50 shoes.",
                "Ten days. The sole is flapping like a mouth. He tripped on the stairs at school because of it.",
            ],
            "hi the sole has come off my son's school shoe after ten days it's just flapping at the front he tripped on the stairs at school because of it",
            "the school shoe whose sole came off",
        ),
        "pt": (
            "sola descolou ao fim de 10 dias",
            [
                "A sola do sapato esquerdo descolou da ponta ao fim de DEZ dias. Ele tem 6 anos, vai a pé para a escola, não faz parkour.",
                "Dez dias. A sola abre e fecha como uma boca. Tropeçou na escada da escola por causa disso.",
            ],
            "olá a sola do sapato do meu filho descolou ao fim de dez dias está a abrir à frente ele tropeçou na escada da escola",
            "o sapato com a sola descolada",
        ),
        "fr": (
            "semelle décollée après 10 jours",
            [
                "La semelle de la chaussure gauche s'est décollée après DIX jours. Il a 6 ans, il ne fait pas de parkour."
            ],
            "bonjour la semelle de la chaussure de mon fils s'est décollée après dix jours",
            "la semelle décollée",
        ),
        "de": (
            "Sohle nach 10 Tagen ab",
            [
                "Die Sohle vom linken Schulschuh hat sich nach ZEHN Tagen vorne gelöst. Er ist 6 und läuft zur Schule, kein Parkour."
            ],
            "ja hallo bei meinem Sohn hat sich nach zehn Tagen die Sohle vom Schuh gelöst",
            "die abgelöste Sohle",
        ),
        "it": (
            "suola staccata dopo 10 giorni",
            [
                "La suola della scarpa sinistra si è staccata dopo DIECI giorni. Ha 6 anni, mica fa parkour."
            ],
            "buongiorno la suola della scarpa di mio figlio si è staccata dopo dieci giorni",
            "la suola staccata",
        ),
        "es": (
            "suela despegada a los 10 días",
            [
                "La suela del zapato izquierdo se ha despegado a los DIEZ días. Tiene 6 años, no hace parkour."
            ],
            "hola se le ha despegado la suela del zapato a mi hijo a los diez días",
            "la suela despegada",
        ),
    },
    "refund": {
        "en": (
            "return not refunded after 3 weeks",
            [
                "I sent the boots back THREE weeks ago, your own tracking shows you got them on the 3rd. Still no refund of {amt}.",
                "Returned a pair that was too small, 22 days ago. Refund 'processing' for 22 days. What is there to process?",
            ],
            "hi I returned a pair of boots three weeks ago you received them I can see it in the tracking and I still haven't had my {amt} back",
            "the refund of {amt} for the returned pair",
        ),
        "pt": (
            "devolução sem reembolso há 3 semanas",
            [
                "Devolvi as botas há TRÊS semanas, o vosso próprio seguimento diz que as receberam dia 3. Reembolso de {amt}, nada.",
                "Devolvi um par pequeno há 22 dias. Reembolso 'em processamento' há 22 dias. Processar o quê?",
            ],
            "olá devolvi umas botas há três semanas vocês receberam está no seguimento e ainda não recebi os {amt}",
            "o reembolso de {amt} do par devolvido",
        ),
        "fr": (
            "retour non remboursé depuis 3 semaines",
            [
                "J'ai renvoyé les bottes il y a TROIS semaines, vous les avez reçues le 3. Toujours pas de remboursement de {amt}."
            ],
            "bonjour j'ai renvoyé des bottes il y a trois semaines et toujours pas remboursée de {amt}",
            "le remboursement de {amt}",
        ),
        "de": (
            "Rücksendung seit 3 Wochen nicht erstattet",
            [
                "Ich habe die Stiefel vor DREI Wochen zurückgeschickt, laut Ihrer Verfolgung am 3. angekommen. Keine Erstattung von {amt}."
            ],
            "ja hallo ich habe vor drei Wochen Stiefel zurückgeschickt und die {amt} noch nicht zurück",
            "die Erstattung von {amt}",
        ),
        "it": (
            "reso non rimborsato da 3 settimane",
            [
                "Ho rispedito gli stivali TRE settimane fa, li avete ricevuti il 3. Ancora nessun rimborso di {amt}."
            ],
            "buongiorno ho fatto il reso tre settimane fa e non ho ancora avuto i {amt}",
            "il rimborso di {amt}",
        ),
        "es": (
            "devolución sin reembolso desde hace 3 semanas",
            [
                "Devolví las botas hace TRES semanas, las recibisteis el día 3. Ni rastro de los {amt}."
            ],
            "hola devolví unas botas hace tres semanas y no me han devuelto los {amt}",
            "el reembolso de {amt}",
        ),
    },
    "wrong_price": {
        "en": (
            "Grow Plan discount not applied",
            [
                "I pay for the Grow Plan every month FOR the 20% off and you've charged me full price, {amt}, on the last two orders.",
                "Grow Plan member since January. Last order, full price. The app even shows the little Grow badge on my account. So what am I paying for?",
            ],
            "hi I'm on the Grow Plan and I've been charged full price on my last order {amt} the twenty percent wasn't taken off",
            "the Grow Plan discount missing from {amt}",
        ),
        "pt": (
            "desconto do Plano Cresce não aplicado",
            [
                "Pago o Plano Cresce todos os meses PARA ter os 20% e cobraram-me o preço cheio, {amt}, nas duas últimas encomendas.",
                "Sou do Plano Cresce desde janeiro. Última encomenda, preço cheio. A app até mostra o símbolo do plano na conta.",
            ],
            "olá eu tenho o Plano Cresce e cobraram-me o preço todo na última encomenda {amt} não tiraram os vinte por cento",
            "o desconto do Plano Cresce que faltou nos {amt}",
        ),
        "fr": (
            "remise Grow Plan non appliquée",
            ["Je paie le Grow Plan pour les 20 % et vous m'avez facturé le plein tarif, {amt}."],
            "bonjour j'ai le Grow Plan et on m'a facturé plein tarif {amt}",
            "la remise Grow Plan manquante",
        ),
        "de": (
            "Grow-Plan-Rabatt fehlt",
            [
                "Ich zahle jeden Monat den Grow Plan FÜR die 20 % und Sie berechnen den vollen Preis, {amt}."
            ],
            "ja hallo ich habe den Grow Plan und mir wurde der volle Preis berechnet {amt}",
            "der fehlende Grow-Plan-Rabatt",
        ),
        "it": (
            "sconto Grow Plan non applicato",
            ["Pago il Grow Plan ogni mese PER il 20% e mi avete fatto pagare prezzo pieno, {amt}."],
            "buongiorno ho il Grow Plan e mi avete fatto pagare il prezzo pieno {amt}",
            "lo sconto Grow Plan mancante",
        ),
        "es": (
            "descuento del Grow Plan no aplicado",
            [
                "Pago el Grow Plan cada mes PARA tener el 20% y me habéis cobrado precio completo, {amt}."
            ],
            "hola tengo el Grow Plan y me han cobrado el precio completo {amt}",
            "el descuento del Grow Plan que falta",
        ),
    },
    "odd_pair": {
        "en": (
            "two different sizes in the box",
            [
                "Opened the box: left shoe size 28, right shoe size 31. She's standing in the hallway in two different shoes crying. Brilliant.",
                "Odd pair. A 28 and a 31. How does that even get past whoever packs these?",
            ],
            "hi so the box came and it's two different sizes a 28 and a 31 one of each she can't wear them obviously",
            "the odd pair (a 28 and a 31)",
        ),
        "pt": (
            "par trocado: dois números diferentes",
            [
                "Abri a caixa: pé esquerdo 28, pé direito 31. A miúda está no corredor com dois sapatos diferentes a chorar. Fantástico.",
                "Par trocado. Um 28 e um 31. Como é que ninguém vê isto ao embalar?",
            ],
            "olá a caixa chegou e vem um sapato 28 e outro 31 um de cada ela não pode usar assim",
            "o par trocado (um 28 e um 31)",
        ),
        "fr": (
            "deux pointures différentes dans la boîte",
            ["Dans la boîte : pied gauche 28, pied droit 31. Ma fille pleure dans l'entrée."],
            "bonjour dans la boîte il y a un 28 et un 31",
            "la paire dépareillée",
        ),
        "de": (
            "zwei verschiedene Größen im Karton",
            ["Im Karton: links Größe 28, rechts Größe 31. Meine Tochter steht heulend im Flur."],
            "ja hallo im Karton ist ein Schuh in 28 und einer in 31",
            "das ungleiche Paar",
        ),
        "it": (
            "due taglie diverse nella scatola",
            ["Nella scatola: sinistra 28, destra 31. Mia figlia piange nell'ingresso."],
            "buongiorno nella scatola c'è una scarpa 28 e una 31",
            "il paio spaiato",
        ),
        "es": (
            "dos tallas distintas en la caja",
            ["En la caja: izquierdo un 28, derecho un 31. Mi hija llorando en el pasillo."],
            "hola en la caja viene un zapato del 28 y otro del 31",
            "el par desparejado",
        ),
    },
}

COMPLAINT_SUBJECT = {
    "en": "Complaint: ",
    "pt": "Reclamação: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "es": "Reclamación: ",
}
CASE_SUBJECT = {
    "en": "Re: Your case {ref}",
    "pt": "RE: Pedido {ref}",
    "fr": "RE : Demande {ref}",
    "de": "AW: Vorgang {ref}",
    "it": "R: Segnalazione {ref}",
    "es": "RE: Incidencia {ref}",
}

SHORT_EMAIL_END = {
    "en": ["Sort it out please.", "I expect a reply today.", "Not impressed at all."],
    "pt": ["Resolvam isto por favor.", "Espero resposta hoje.", "Muito desiludida."],
    "fr": ["Merci de régler ça vite."],
    "de": ["Bitte umgehend klären."],
    "it": ["Risolvete per favore."],
    "es": ["Solucionadlo por favor."],
}

CHAT_OPEN = {
    "en": ["hi", "hello??", "hi there"],
    "pt": ["olá", "boa tarde", "ola"],
    "fr": ["bonjour"],
    "de": ["hallo"],
    "it": ["ciao"],
    "es": ["hola"],
}

# long e-mails: the complaint inside a letter (English and Portuguese)
LONG_EMAIL: dict[str, list[str]] = {
    "en": [
        "Dear Passolo,\n\nI'm writing this on my phone in the car park at my mum's care home while she has her lunch, so forgive the typos. It's been a week: my husband is working away, the boiler went on Tuesday and our youngest started reception on Monday. I had one job this week that I thought was sorted, which was shoes, because I did your clever scan and ordered in plenty of time.\n\n{core}\n\nI've recommended you to half the mums at the school gate, I was a fan. I'd really like this put right quickly, I don't have the energy to chase it.\n\nThanks,\n{name}",
        "Hello,\n\nLong email, sorry. I'm sat on the bench outside my daughter's swimming lesson, which is the only 40 minutes a week I get to sit down. We're also doing up the flat my dad left us, so every evening is paint and skirting boards and I'm running on coffee.\n\n{core}\n\nI don't usually complain, I've bought all three kids' shoes from you for two years. Please can someone actually look at this rather than sending me a template.\n\nRegards,\n{name}",
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo do telemóvel no parque de estacionamento do lar da minha mãe enquanto ela almoça, desculpem algum erro. A semana tem sido terrível: o meu marido está fora em trabalho, o esquentador avariou na terça e o mais novo começou a pré na segunda. Tinha uma coisa que achava resolvida, os sapatos, porque fiz a medição com tempo.\n\n{core}\n\nRecomendei-vos a meio mundo à porta da escola. Gostava que isto fosse resolvido depressa, não tenho forças para andar atrás disto.\n\nObrigada,\n{name}",
        "Olá,\n\nDesculpem o testamento. Estou sentada no banco à porta da natação da minha filha, são os únicos 40 minutos da semana em que me sento. Andamos também a arranjar a casa que era do meu pai, todas as noites é tinta e rodapés.\n\n{core}\n\nNão costumo reclamar, compro os sapatos dos três na Passolo há dois anos. Por favor, que alguém olhe mesmo para isto em vez de me mandar uma resposta automática.\n\nCumprimentos,\n{name}",
    ],
}

# agents
CASE_OPENED = {
    "en": "Hi {name}, I'm sorry about this. I've opened case {ref} and I'm on it; you'll hear from me by tomorrow at the latest. {first}, Passolo",
    "pt": "Olá {name}, lamentamos muito. Abri o pedido {ref} e estou a tratar; terá notícias até amanhã no máximo. {first}, Passolo",
    "fr": "Bonjour {name}, désolés. J'ai ouvert la demande {ref}, vous aurez des nouvelles d'ici demain. {first}, Passolo",
    "de": "Hallo {name}, das tut uns leid. Ich habe den Vorgang {ref} angelegt, Sie hören spätestens morgen von uns. {first}, Passolo",
    "it": "Ciao {name}, ci dispiace. Ho aperto la segnalazione {ref}, avrà notizie entro domani. {first}, Passolo",
    "es": "Hola {name}, lo sentimos. He abierto la incidencia {ref}, tendrás noticias como tarde mañana. {first}, Passolo",
}
CHAT_CASE = {
    "en": "So sorry! I've logged it as case {ref}, a colleague will e-mail you today.",
    "pt": "Lamento imenso! Registei como pedido {ref}, um colega envia-lhe e-mail hoje.",
    "fr": "Désolée ! C'est enregistré sous la demande {ref}, un collègue vous écrit aujourd'hui.",
    "de": "Tut mir leid! Ich habe es als Vorgang {ref} erfasst, ein Kollege meldet sich heute per Mail.",
    "it": "Mi dispiace! Ho aperto la segnalazione {ref}, un collega le scrive oggi.",
    "es": "¡Lo siento mucho! Lo he registrado como incidencia {ref}, un compañero te escribe hoy.",
}
QUALITY_LEAD = {
    "en": "Hi {name}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime. {first}, Passolo",
    "pt": "Olá {name}, o seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço. {first}, Passolo",
    "fr": "Bonjour {name}, votre demande {ref} est entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {first}",
    "de": "Hallo {name}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {first}",
    "it": "Ciao {name}, la segnalazione {ref} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {first}",
    "es": "Hola {name}, tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {first}",
}
GOOD_NEWS = {
    "en": "Hi {name}, good news on case {ref}: it's sorted on our side ({fix}). Could you confirm it's all fine for you? {first}",
    "pt": "Olá {name}, boas notícias sobre o pedido {ref}: está resolvido do nosso lado ({fix}). Pode confirmar que está tudo bem? {first}",
    "fr": "Bonjour {name}, bonne nouvelle pour la demande {ref} : c'est réglé ({fix}). Pouvez-vous confirmer ? {first}",
    "de": "Hallo {name}, gute Nachrichten zu Vorgang {ref}: erledigt ({fix}). Können Sie kurz bestätigen? {first}",
    "it": "Ciao {name}, buone notizie sulla segnalazione {ref}: risolto ({fix}). Può confermare? {first}",
    "es": "Hola {name}, buenas noticias sobre la incidencia {ref}: resuelto ({fix}). ¿Nos confirmas? {first}",
}
FIX = {
    "not_delivered": {
        "en": "a new pair went out by express this morning",
        "pt": "saiu um par novo por expresso hoje de manhã",
        "fr": "une nouvelle paire est partie en express",
        "de": "ein neues Paar ist per Express raus",
        "it": "un paio nuovo è partito in espresso",
        "es": "ha salido un par nuevo por urgente",
    },
    "double_charge": {
        "en": "the second charge is refunded",
        "pt": "a segunda cobrança foi devolvida",
        "fr": "le second débit est remboursé",
        "de": "die zweite Abbuchung ist erstattet",
        "it": "il secondo addebito è rimborsato",
        "es": "el segundo cargo está devuelto",
    },
    "sole_off": {
        "en": "a replacement pair is on its way, keep the old ones",
        "pt": "vai a caminho um par novo, fique com os antigos",
        "fr": "une paire de remplacement arrive",
        "de": "ein Ersatzpaar ist unterwegs",
        "it": "un paio sostitutivo è in arrivo",
        "es": "va de camino un par nuevo",
    },
    "refund": {
        "en": "the refund went through today",
        "pt": "o reembolso foi feito hoje",
        "fr": "le remboursement est parti aujourd'hui",
        "de": "die Erstattung ist heute raus",
        "it": "il rimborso è partito oggi",
        "es": "el reembolso se ha hecho hoy",
    },
    "wrong_price": {
        "en": "the 20% is refunded and the plan fixed",
        "pt": "os 20% foram devolvidos e o plano corrigido",
        "fr": "les 20 % sont remboursés",
        "de": "die 20 % sind erstattet",
        "it": "il 20% è rimborsato",
        "es": "el 20% está devuelto",
    },
    "odd_pair": {
        "en": "the right size is on its way with a return label",
        "pt": "o número certo vai a caminho com etiqueta de devolução",
        "fr": "la bonne pointure arrive avec une étiquette retour",
        "de": "die richtige Größe ist mit Retourenetikett unterwegs",
        "it": "la misura giusta è in arrivo con etichetta di reso",
        "es": "la talla buena va de camino con etiqueta de devolución",
    },
}
CONFIRM = {
    "en": [
        "Confirmed, all sorted on {ref}. Thanks for fixing it",
        "yes got it, {ref} can be closed, thank you",
    ],
    "pt": [
        "Confirmo, o pedido {ref} está resolvido. Obrigada",
        "sim recebi, podem fechar o {ref}, obg",
    ],
    "fr": ["Confirmé pour la demande {ref}, merci"],
    "de": ["Bestätigt, Vorgang {ref} ist erledigt. Danke"],
    "it": ["Confermo, segnalazione {ref} risolta. Grazie"],
    "es": ["Confirmado, la incidencia {ref} resuelta. Gracias"],
}
APOLOGY = {
    "en": [
        "Sorry for the shouty message yesterday, long day. Thanks for sorting it",
        "Just wanted to say sorry for my tone yesterday. You've been great",
    ],
    "pt": [
        "Desculpem a mensagem de ontem, estava num dia péssimo. Obrigada por resolverem",
        "Peço desculpa pelo tom de ontem. Foram impecáveis",
    ],
    "fr": ["Désolée pour mon message d'hier, journée difficile. Merci"],
    "de": ["Sorry für den Ton gestern, war ein langer Tag. Danke fürs Lösen"],
    "it": ["Scusate il tono di ieri, giornataccia. Grazie"],
    "es": ["Perdón por el mensaje de ayer, día horrible. Gracias por solucionarlo"],
}
STILL_OPEN = {
    "en": [
        "Case {ref}. Still nothing on {what}. Nobody has called, nobody has e-mailed.",
        "Writing AGAIN about {ref}. {what}: still not sorted. How long does this take?",
    ],
    "pt": [
        "Pedido {ref}. Continua tudo na mesma com {what}. Ninguém ligou, ninguém respondeu.",
        "Escrevo OUTRA vez sobre o {ref}. {what}: continua por resolver. Quanto tempo demora isto?",
    ],
    "fr": ["Demande {ref}. Toujours rien pour {what}. Personne ne m'a rappelée."],
    "de": ["Vorgang {ref}. Immer noch nichts wegen {what}. Niemand hat sich gemeldet."],
    "it": ["Segnalazione {ref}. Ancora niente per {what}. Nessuno mi ha richiamata."],
    "es": ["Incidencia {ref}. Sigue igual lo de {what}. Nadie me ha llamado."],
}
STILL_OPEN_SPOKEN = {
    "en": "hi it's about case {ref} {what} it's still not sorted nobody got back to me",
    "pt": "olá é sobre o pedido {ref} {what} continua por resolver ninguém me disse nada",
    "fr": "bonjour c'est pour la demande {ref} {what} toujours pas réglé personne m'a rappelée",
    "de": "ja hallo es geht um Vorgang {ref} {what} ist immer noch nicht erledigt",
    "it": "buongiorno è per la segnalazione {ref} {what} ancora niente nessuno mi ha richiamata",
    "es": "hola es por la incidencia {ref} {what} sigue sin resolverse nadie me ha llamado",
}
THIRD_LINE = {
    "en": [
        "My sister buys from {comp} and they sort this kind of thing same day.",
        "I've had a look at what {comp} charges, just saying.",
    ],
    "pt": [
        "A minha irmã compra na {comp} e lá resolvem isto no mesmo dia.",
        "Já fui ver os preços da {comp}, só para saberem.",
    ],
    "fr": ["Ma sœur achète chez {comp}, eux règlent ça dans la journée."],
    "de": ["Meine Schwester kauft bei {comp}, da wird sowas am selben Tag geklärt."],
    "it": ["Mia sorella compra da {comp} e lì risolvono in giornata."],
    "es": ["Mi hermana compra en {comp} y allí lo solucionan en el día."],
}
FOURTH_LINE = {
    "en": "This is the FOURTH time I'm contacting you about this.",
    "pt": "É a QUARTA vez que vos contacto sobre isto.",
    "fr": "C'est la QUATRIÈME fois que je vous contacte.",
    "de": "Das ist das VIERTE Mal, dass ich mich melde.",
    "it": "È la QUARTA volta che vi contatto.",
    "es": "Es la CUARTA vez que os escribo.",
}
URGENT = {
    "en": "Added to your case {ref} and marked urgent, sorry.",
    "pt": "Acrescentei ao pedido {ref} e marquei como urgente, lamento.",
    "fr": "Ajouté à la demande {ref}, marquée urgente.",
    "de": "Zum Vorgang {ref} hinzugefügt und als dringend markiert.",
    "it": "Aggiunto alla segnalazione {ref}, segnata urgente.",
    "es": "Añadido a la incidencia {ref} y marcado urgente.",
}

# the slide: six steps; {comp} in the last
SLIDE: dict[str, list[str]] = {
    "en": [
        "Delivery came two days late this time, no email to say so. Bit annoying with school on Monday",
        "The velcro on the new trainers is already fluffy and not sticking after a fortnight. Not the quality it used to be",
        "Now you want photos of BOTH shoes from four angles before a return is accepted? For a pair of £35 wellies?",
        "Scan said 29, the 29s pinch. Second time this has happened. Starting to wonder if the scan is just a gimmick",
        "Charged £6 'restocking' on a return because the box was taped? It's a shoebox. I taped it. Absolutely ridiculous",
        "My sister-in-law gets her kids' shoes from {comp}. I've just ordered the winter boots there. Done.",
    ],
    "pt": [
        "A entrega chegou dois dias atrasada desta vez e sem aviso. Chato com as aulas a começar",
        "O velcro dos ténis novos já não agarra ao fim de duas semanas. Já não é a qualidade de antes",
        "Agora querem fotos dos DOIS sapatos de quatro ângulos para aceitar a devolução? Por umas galochas de 25 €?",
        "A medição disse 29, o 29 aperta. É a segunda vez. Começo a achar que a medição é só marketing",
        "Cobraram-me 6 € de 'reposição' numa devolução porque a caixa tinha fita-cola? É uma caixa de sapatos. RIDÍCULO",
        "A minha cunhada compra os sapatos dos miúdos na {comp}. Acabei de encomendar lá as botas de inverno. Pronto.",
    ],
    "fr": [
        "Livraison avec deux jours de retard cette fois, sans prévenir",
        "Le velcro des baskets neuves ne tient déjà plus après quinze jours",
        "Des photos des DEUX chaussures sous quatre angles pour accepter un retour ? Pour des bottes à 25 € ?",
        "Le scan dit 29, le 29 serre. Deuxième fois. Le scan, c'est du marketing ?",
        "6 € de frais de 'remise en stock' parce que la boîte était scotchée ? C'est une boîte à chaussures. RIDICULE",
        "Ma belle-sœur achète chez {comp}. Je viens d'y commander les bottes d'hiver. Terminé.",
    ],
    "de": [
        "Lieferung diesmal zwei Tage zu spät, ohne Info",
        "Der Klettverschluss der neuen Turnschuhe hält nach zwei Wochen schon nicht mehr",
        "Fotos von BEIDEN Schuhen aus vier Winkeln für eine Rücksendung? Bei Gummistiefeln für 25 €?",
        "Scan sagt 29, die 29 drücken. Zum zweiten Mal. Ist der Scan nur Spielerei?",
        "6 € 'Wiedereinlagerung', weil der Karton zugeklebt war? Es ist ein Schuhkarton. LÄCHERLICH",
        "Meine Schwägerin kauft bei {comp}. Hab die Winterstiefel gerade dort bestellt. Fertig.",
    ],
    "it": [
        "Consegna in ritardo di due giorni stavolta, senza avvisare",
        "Il velcro delle scarpe nuove non tiene già più dopo due settimane",
        "Foto di ENTRAMBE le scarpe da quattro angolazioni per accettare un reso? Per stivali da 25 €?",
        "La scansione dice 29, il 29 stringe. Seconda volta. La scansione è solo marketing?",
        "6 € di 'rimessa in stock' perché la scatola aveva lo scotch? È una scatola da scarpe. RIDICOLO",
        "Mia cognata compra da {comp}. Ho appena ordinato lì gli stivali invernali. Basta.",
    ],
    "es": [
        "Esta vez la entrega llegó dos días tarde y sin avisar",
        "El velcro de las zapatillas nuevas ya no pega a las dos semanas",
        "¿Fotos de LOS DOS zapatos desde cuatro ángulos para aceptar la devolución? ¿Por unas botas de agua de 25 €?",
        "El escaneo dice 29 y el 29 le aprieta. Segunda vez. ¿El escaneo es puro marketing?",
        "¿6 € de 'reposición' porque la caja tenía celo? Es una caja de zapatos. RIDÍCULO",
        "Mi cuñada compra en {comp}. Acabo de pedir allí las botas de invierno. Se acabó.",
    ],
}

CANCEL_ASK: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Cancel Grow Plan",
            "Hi, our youngest turned 12 and has gone full teenager, only wants shoes from the sports shop now. So please cancel the Grow Plan and close my account. Thanks for the last five years.",
        ),
        (
            "Closing my account",
            "Hello, we're moving back to my parents' farm in Cork and there's a shop in the village. Please cancel my Grow Plan and close the account.",
        ),
    ],
    "pt": [
        (
            "Cancelar Plano Cresce",
            "Olá, o mais novo fez 12 anos e agora só quer sapatilhas da loja de desporto. Por favor cancelem o Plano Cresce e fechem a minha conta. Obrigada por estes anos.",
        ),
        (
            "Fechar conta",
            "Boa tarde, vamos voltar para a aldeia em Trás-os-Montes e a minha irmã tem lá uma sapataria. Queria cancelar o Plano Cresce e fechar a conta.",
        ),
    ],
    "fr": [
        (
            "Résiliation Grow Plan",
            "Bonjour, mes enfants sont grands maintenant. Merci de résilier le Grow Plan et de fermer mon compte.",
        )
    ],
    "de": [
        (
            "Kündigung Grow Plan",
            "Hallo, die Kinder sind jetzt aus dem Alter raus. Bitte den Grow Plan kündigen und mein Konto schließen.",
        )
    ],
    "it": [
        (
            "Disdetta Grow Plan",
            "Buongiorno, i ragazzi ormai sono grandi. Vorrei disdire il Grow Plan e chiudere l'account.",
        )
    ],
    "es": [
        (
            "Baja Grow Plan",
            "Hola, los niños ya son mayores. Quiero dar de baja el Grow Plan y cerrar mi cuenta.",
        )
    ],
}
CANCEL_REPLY = {
    "en": "Hi {name}, sorry to see you go, and thank you. You can cancel the Grow Plan yourself in the app or on the website under Account > Plan. {first}",
    "pt": "Olá {name}, temos pena que saia, obrigado por tudo. Pode cancelar o Plano Cresce na app ou no site em Conta > Plano. {first}",
    "fr": "Bonjour {name}, dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Plan. {first}",
    "de": "Hallo {name}, schade! Sie können den Grow Plan in der App oder auf der Website unter Konto > Plan kündigen. {first}",
    "it": "Ciao {name}, ci dispiace! Può disdire nell'app o sul sito in Account > Piano. {first}",
    "es": "Hola {name}, ¡qué pena! Puedes darte de baja en la app o en la web, Cuenta > Plan. {first}",
}

GRUMBLES: dict[str, list[str]] = {
    "en": [
        "app logged me out AGAIN. every single time I open it",
        "why does the size reminder come at 6am on a Sunday",
        "the store finder still shows the shop in Kingston that closed in May",
        "the kids section has no filter for wide fit. come on",
        "delivery window 8-18. thanks, very precise",
        "the shoe bags you send fall apart after one wash",
        "three emails a day about the sale. I get it. there's a sale.",
    ],
    "pt": [
        "a app fez logout OUTRA vez. sempre que a abro",
        "porque é que o lembrete da medição chega às 6 da manhã de domingo",
        "o localizador de lojas ainda mostra a loja do Colombo que fechou",
        "não há filtro para largura especial. a sério?",
        "janela de entrega das 8 às 18. muito preciso, obrigada",
        "os saquinhos dos sapatos desfazem-se à primeira lavagem",
        "três e-mails por dia sobre saldos. já percebi.",
    ],
    "fr": [
        "l'appli me déconnecte à chaque fois",
        "le rappel de mesure à 6h le dimanche, sérieux",
        "pas de filtre largeur spéciale",
        "créneau de livraison 8h-18h, merci du détail",
        "trois mails par jour sur les soldes",
    ],
    "de": [
        "App loggt mich jedes Mal aus",
        "Größen-Erinnerung um 6 Uhr am Sonntag, echt jetzt",
        "kein Filter für weite Schuhe",
        "Lieferfenster 8-18 Uhr, sehr präzise",
        "drei Mails am Tag zum Sale",
    ],
    "it": [
        "l'app mi slogga ogni volta",
        "promemoria misura alle 6 di domenica, ma dai",
        "nessun filtro per pianta larga",
        "fascia di consegna 8-18, precisissimi",
        "tre mail al giorno sui saldi",
    ],
    "es": [
        "la app me cierra sesión cada vez",
        "el aviso de medir a las 6 de la mañana un domingo, en serio",
        "no hay filtro de horma ancha",
        "franja de entrega de 8 a 18, qué precisión",
        "tres correos al día con las rebajas",
    ],
}

MILD: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "the store finder is showing me shops in Glasgow, I'm in Bristol?",
            "Sorry about that, it uses your phone's location; try allowing location for the app. We're looking at it.",
        ),
        (
            "size reminder came in Spanish for some reason",
            "Thanks for telling us, we've set your account back to English.",
        ),
    ],
    "pt": [
        (
            "o localizador de lojas mostra lojas em Madrid, eu estou em Setúbal?",
            "Peço desculpa, usa a localização do telemóvel; experimente permitir a localização. Estamos a ver.",
        ),
        (
            "o lembrete da medição veio em inglês",
            "Obrigado pelo aviso, repusemos a sua conta em português.",
        ),
    ],
    "fr": [
        (
            "le rappel de mesure est arrivé en allemand",
            "Merci, nous avons remis votre compte en français.",
        )
    ],
    "de": [
        (
            "die Erinnerung kam auf Englisch",
            "Danke, wir haben Ihr Konto wieder auf Deutsch gestellt.",
        )
    ],
    "it": [
        ("il promemoria è arrivato in inglese", "Grazie, abbiamo rimesso l'account in italiano.")
    ],
    "es": [
        ("el aviso me llegó en portugués", "Gracias, hemos vuelto a poner tu cuenta en español.")
    ],
}

THANKS_SHORT = {
    "en": ["thanks!", "cheers", "ta"],
    "pt": ["obrigada!", "obg", "obrigado"],
    "fr": ["merci"],
    "de": ["danke"],
    "it": ["grazie"],
    "es": ["gracias"],
}

# ---------------------------------------------------------------- the spike
SPIKE_CODE = "FS/48-R"
SPIKE_REPORT: dict[str, list[str]] = {
    "en": [
        "Foot scan says my 4 year old is a size 48?? Tried three times, same thing, 'FS/48-R' at the bottom. Can't order her boots",
        "Is the scan broken? Every foot comes out 31.5 cm / EU 48, even the baby's. Warning FS/48-R",
        "your app measured my toddler as an adult size 48 lol. FS/48-R whatever that means. need trainers for tomorrow",
        "Scan giving size 48 for both my kids (they're 26 and 30). Error FS/48-R. Which size do I order now??",
    ],
    "pt": [
        "A medição diz que a minha filha de 4 anos calça 48?? Tentei três vezes, sempre igual, aparece 'FS/48-R' em baixo",
        "A medição está avariada? Dá 31,5 cm / 48 para todos os pés, até o do bebé. Aviso FS/48-R",
        "a app mediu o meu filho de 3 anos como um 48 kkk aparece FS/48-R. preciso dos ténis para amanhã",
        "Medição dá 48 para os meus dois filhos (calçam 26 e 30). Erro FS/48-R. Que número encomendo agora?",
    ],
    "fr": [
        "Le scan dit que ma fille de 4 ans fait du 48 ?? Trois essais, pareil, 'FS/48-R' en bas",
        "Scan cassé ? Tous les pieds font 31,5 cm / 48, même le bébé. FS/48-R",
    ],
    "de": [
        "Der Fußscan sagt, meine 4-jährige hat Größe 48?? Dreimal probiert, immer 'FS/48-R'",
        "Scan kaputt? Jeder Fuß 31,5 cm / Größe 48, sogar das Baby. FS/48-R",
    ],
    "it": [
        "La scansione dice che mia figlia di 4 anni porta il 48?? Tre tentativi, sempre 'FS/48-R'",
        "Scansione rotta? Ogni piede 31,5 cm / 48, anche il neonato. FS/48-R",
    ],
    "es": [
        "¿¿El escaneo dice que mi hija de 4 años calza un 48?? Tres intentos, siempre 'FS/48-R'",
        "¿Escaneo roto? Todos los pies salen 31,5 cm / 48, hasta el bebé. FS/48-R",
    ],
}
SPIKE_SUBJECT = {
    "en": "Foot scan says size 48",
    "pt": "Medição dá número 48",
    "fr": "Le scan donne du 48",
    "de": "Scan zeigt Größe 48",
    "it": "La scansione dà 48",
    "es": "El escaneo da un 48",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "en": [
        "Tried on my husband's phone as well, still 48 and FS/48-R. So it's not my phone",
        "Still FS/48-R, now on the website too. Any news?",
    ],
    "pt": [
        "Experimentei no telemóvel do meu marido, continua 48 e FS/48-R. Não é do meu telemóvel",
        "Continua FS/48-R, agora também no site. Alguma novidade?",
    ],
    "fr": ["Essayé sur le téléphone de mon mari, toujours 48 et FS/48-R"],
    "de": ["Auf dem Handy meines Mannes probiert, immer noch 48 und FS/48-R"],
    "it": ["Provato col telefono di mio marito, sempre 48 e FS/48-R"],
    "es": ["Probado con el móvil de mi marido, sigue 48 y FS/48-R"],
}
SPIKE_CHAT_ANSWER = {
    "en": "Yes, the foot scan is giving wrong sizes for everyone right now, our engineers are on it. Please don't order by the scan for the moment.",
    "pt": "Sim, a medição está a dar números errados a toda a gente neste momento, a equipa técnica já está a tratar. Por agora não encomende pela medição.",
    "fr": "Oui, le scan donne de mauvaises pointures à tout le monde en ce moment, nos équipes s'en occupent.",
    "de": "Ja, der Scan zeigt gerade bei allen falsche Größen, unsere Technik ist dran.",
    "it": "Sì, la scansione in questo momento dà misure sbagliate a tutti, i tecnici ci stanno lavorando.",
    "es": "Sí, ahora mismo el escaneo da tallas erróneas a todo el mundo, el equipo técnico está en ello.",
}
SPIKE_FIXED = {
    "en": "Hi {name}, the foot scan measures correctly again since {local}. Sorry for the morning you had; we've added a {credit} voucher to your account. {first}, Passolo",
    "pt": "Olá {name}, a medição voltou a medir corretamente desde as {local}. Pedimos desculpa pela manhã; juntámos um vale de {credit} à sua conta. {first}, Passolo",
    "fr": "Bonjour {name}, le scan mesure de nouveau correctement depuis {local}. Un bon de {credit} est ajouté à votre compte. {first}",
    "de": "Hallo {name}, der Scan misst seit {local} wieder richtig. Wir haben Ihnen einen Gutschein über {credit} gutgeschrieben. {first}",
    "it": "Ciao {name}, la scansione misura di nuovo correttamente dalle {local}. Abbiamo aggiunto un buono da {credit}. {first}",
    "es": "Hola {name}, el escaneo vuelve a medir bien desde las {local}. Te hemos añadido un vale de {credit}. {first}",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "en": (
        "last night the scan said 28.5 but she was a 27 in the summer, is that right? she does grow fast",
        "Yes, that's normal: children often go up a size every 3-4 months at that age, and 28.5 is what we measured.",
    ),
    "pt": (
        "ontem à noite a medição deu 28,5 mas no verão ela era 27, está certo? ela cresce muito",
        "Sim, é normal: nessa idade sobem um número a cada 3-4 meses, e 28,5 foi o que medimos.",
    ),
}
SPIKE_GRUMBLE = {
    "en": (
        "the store map takes ages to load on my phone",
        "Sorry, we know it's slow on mobile data, a faster version is coming.",
    ),
    "pt": (
        "o mapa das lojas demora imenso a carregar no telemóvel",
        "Lamentamos, sabemos que está lento com dados móveis, vem aí uma versão mais rápida.",
    ),
}
