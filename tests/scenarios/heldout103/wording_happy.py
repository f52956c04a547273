# ruff: noqa: E501
"""Happy and routine words of Mantelo's household customers (heldout103, written blind).

Mantelo hires party and event kit to households (tables, chairs, marquees, gazebos,
glassware, dinner sets, heaters, lights, dance floors, bouncy castles), delivered and
collected, with a damage deposit and a Mantelo Club membership. Placeholders are
filled with ``str.format``: {first}, {name}, {agent}, {deposit}.
"""

from __future__ import annotations

LANGS = ("es", "fr", "en", "de", "pt", "it")

#: (key, English / Spanish label, price in EUR, catalogue slug)
PRODUCTS: list[tuple[str, str, float, str]] = [
    (
        "chairs",
        "Folding chairs, pack of 10 / Sillas plegables, pack de 10",
        18.0,
        "sillas-plegables",
    ),
    ("round_table", "Round table, 10 seats / Mesa redonda, 10 plazas", 14.5, "mesa-redonda"),
    ("gazebo", "Pop-up gazebo 3x3 m / Carpa plegable 3x3 m", 39.0, "carpa-plegable-3x3"),
    ("marquee", "Marquee 6x12 m, put up by us / Carpa 6x12 m, montada", 420.0, "carpa-6x12"),
    ("glasses", "Wine glasses, crate of 24 / Copas de vino, caja de 24", 9.6, "copas-vino"),
    ("dinner_set", "Dinner set for 10 / Vajilla para 10", 22.0, "vajilla-10"),
    ("heater", "Patio heater / Estufa de exterior", 35.0, "estufa-exterior"),
    ("festoon", "Festoon lights 20 m / Guirnalda de luces 20 m", 16.0, "guirnalda-luces"),
    ("castle", "Bouncy castle 4x4 m / Castillo hinchable 4x4 m", 95.0, "castillo-hinchable"),
    ("dance_floor", "Dance floor 5x5 m / Pista de baile 5x5 m", 260.0, "pista-baile"),
    ("chafing", "Chafing dish / Calientaplatos de buffet", 12.0, "calientaplatos"),
    ("bar", "Bar counter with fridge / Barra con nevera", 85.0, "barra-nevera"),
    ("popcorn", "Popcorn machine / Máquina de palomitas", 45.0, "maquina-palomitas"),
    ("trestle", "Trestle table 1.8 m / Mesa de caballete 1,8 m", 8.5, "mesa-caballete"),
    ("covers", "Chair covers, pack of 10 / Fundas de silla, pack de 10", 15.0, "fundas-silla"),
    ("speaker", "PA speaker with microphone / Altavoz con micrófono", 55.0, "altavoz-microfono"),
]

OTHER_PAGES = [
    "/club",
    "/cuenta/pedidos",
    "/ayuda/fianza",
    "/ayuda/entrega",
    "/ideas/bodas-en-casa",
    "/ideas/cumpleanos-infantiles",
    "/pedido/seguimiento",
]

AGENTS: dict[str, list[str]] = {
    "es": ["Lucía", "Andrés", "Marta", "Rubén"],
    "fr": ["Camille", "Julien", "Sophie", "Mehdi"],
    "en": ["Hannah", "Tom"],
    "de": ["Jana", "Felix"],
    "pt": ["Inês", "Tiago"],
    "it": ["Giulia", "Marco"],
}

PRAISE: dict[str, list[str]] = {
    "es": [
        "Boda de mi hermana el sábado con 80 invitados y las mesas, las sillas y la carpa de Mantelo perfectas. Montaron todo en una hora y el domingo a las 9 ya estaba recogido. Un 10",
        "comunión de la peque resuelta con Mantelo: vajilla, manteles y hasta la máquina de palomitas, todo limpísimo 👌",
        "Cumple de 50 de mi padre en el patio, 40 sillas y 5 mesas redondas, el repartidor majísimo y super puntual. Repetiremos!!",
        "Pues nada, que la estufa de exterior de Mantelo nos salvó la cena en la terraza con el frío que hacía. Gracias!",
        "Las copas llegaron relucientes y las devolvimos sin fregar como dice la web, ni un problema. Así da gusto, Mantelo",
    ],
    "fr": [
        "Mariage de ma fille samedi, 90 personnes sous le chapiteau Mantelo, montage nickel et l'équipe super sympa. Merci !!",
        "Anniversaire des 40 ans au jardin : tables rondes, guirlandes lumineuses et chauffages, tout était parfait 😍 je recommande Mantelo",
        "Baptême du petit dernier, vaisselle et verres livrés pile à l'heure, repris le lundi sans qu'on ait rien à laver. Top Mantelo",
        "franchement le château gonflable a fait la journée des enfants, livré, monté et tout propre. Bravo Mantelo",
        "Fête des voisins avec les tréteaux et les chaises de Mantelo, réservé le mardi, livré le vendredi, rien à redire",
    ],
    "en": [
        "Garden party for mum's 70th sorted by Mantelo: marquee, 60 chairs, fairy lights, all up by 11 and gone by Monday lunchtime. Brilliant",
        "Honestly the easiest bit of the whole christening was the tables and glasses from Mantelo. On time, nothing chipped 👍",
    ],
    "de": [
        "Gartenfest zum 60. mit Pavillon, Biertischgarnituren und Heizstrahlern von Mantelo, alles pünktlich aufgebaut und am Montag wieder abgeholt. Top!",
        "Taufe unserer Tochter: Geschirr und Gläser von Mantelo kamen blitzsauber, zurück ging alles ungespült. Genau so muss das laufen",
    ],
    "pt": [
        "Casamento da minha irmã com 100 convidados e as mesas, cadeiras e a tenda da Mantelo impecáveis. Montaram tudo num instante, obrigada!",
        "Festa de anos do meu filho com o insuflável da Mantelo, os miúdos adoraram e a entrega foi super pontual 👏",
    ],
    "it": [
        "Festa per i 18 anni di mia figlia in giardino: gazebo, luci e tavoli di Mantelo, montaggio veloce e ritiro puntuale. Consigliatissimo",
        "Battesimo di Leo, piatti e bicchieri Mantelo perfetti e puliti, il fattorino gentilissimo. Grazie!",
    ],
}

#: "again / third time / still" said of good things
AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera fiesta este año con Mantelo y otra vez todo perfecto, ya ni me preocupo de las mesas",
        "Otra vez nos tocó Julián de repartidor, que nos ayudó a montar la carpa sin pedírselo. Seguimos encantados con Mantelo",
        "ya van cuatro cumples con vuestras sillas y nunca falta ni una. Gracias de nuevo Mantelo",
    ],
    "fr": [
        "Troisième fête chez Mantelo cette année et toujours aussi carré 👍",
        "Encore une fois livrés en avance, encore une fois tout propre. Toujours ravie de Mantelo",
        "Deuxième mariage dans la famille avec le même chapiteau Mantelo, toujours aussi beau",
    ],
    "en": ["Third party this year with Mantelo and still not a single chipped glass. Thanks again"],
    "de": [
        "Zum dritten Mal dieses Jahr bei Mantelo gemietet und wieder lief alles glatt. Weiter so"
    ],
    "pt": ["Terceira festa com a Mantelo este ano e outra vez tudo impecável"],
    "it": [
        "Terza festa con Mantelo quest'anno e ancora tutto perfetto, ormai non cerco nemmeno altrove"
    ],
}

#: praise with a small gripe
GRIPE: dict[str, list[str]] = {
    "es": [
        "Todo genial con la carpa, solo que las instrucciones de la estufa venían en alemán jaja. Por lo demás un 9, Mantelo",
        "Muy contenta con la vajilla, pero la franja de entrega de 8 a 14 es demasiado amplia, estuve toda la mañana esperando. Aun así repetiré con Mantelo",
        "Sillas y mesas perfectas, lo único que las fundas venían arrugadas. Nada grave",
    ],
    "fr": [
        "Super prestation Mantelo, juste dommage que le créneau de livraison fasse 6 heures. Sinon rien à dire",
        "Tout était parfait, sauf la notice du chauffage en allemand 😅 on a trouvé quand même",
        "Très contents des tables, petit bémol sur les housses un peu froissées. On recommandera Mantelo quand même",
    ],
    "en": [
        "Lovely marquee and a friendly crew, only gripe is the six hour delivery window. Would still book Mantelo again"
    ],
    "de": [
        "Alles bestens, nur das Lieferfenster von 8 bis 14 Uhr ist echt lang. Trotzdem gerne wieder Mantelo"
    ],
    "pt": [
        "Tudo ótimo, só a janela de entrega de 6 horas é que é exagerada. De resto nota 9 para a Mantelo"
    ],
    "it": [
        "Tutto ottimo, solo la fascia di consegna 8-14 è davvero larga. Per il resto voto 9 a Mantelo"
    ],
}

#: (customer's chat question, agent's answer)
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, si devuelvo las copas sin lavar me cobráis algo?",
            "¡Hola! No, las copas y la vajilla se devuelven sin lavar, está incluido. Solo hay que quitar los restos de comida.",
        ),
        (
            "Buenas, se puede cambiar la hora de recogida al domingo por la tarde?",
            "Hola, sí: en Mis pedidos > Recogida puedes elegir el domingo de 16 a 20 h sin coste.",
        ),
        (
            "la carpa de 6x12 la montáis vosotros o la tengo que montar yo?",
            "La de 6x12 la montamos nosotros, está incluido. Solo necesitamos acceso con la furgoneta a menos de 30 m.",
        ),
        (
            "cuanto tiempo antes hay que reservar el castillo hinchable para junio??",
            "Hola, para un sábado de junio recomendamos unas 3 semanas antes. Ahora mismo aún hay disponibilidad.",
        ),
    ],
    "fr": [
        (
            "bonjour, est-ce qu'il faut laver la vaisselle avant de la rendre ?",
            "Bonjour ! Non, vous la rendez sans la laver, c'est compris. Pensez juste à enlever les restes.",
        ),
        (
            "Salut, je peux décaler la reprise au lundi matin ?",
            "Bonjour, oui, dans Mes commandes > Reprise vous pouvez choisir lundi 8h-12h, sans frais.",
        ),
        (
            "le chapiteau 6x12 vous le montez ou c'est à nous ?",
            "C'est nous qui le montons, c'est compris dans le prix. Il faut juste un accès camionnette à moins de 30 m.",
        ),
        (
            "bjr, combien de temps à l'avance pour le château gonflable en juin ?",
            "Bonjour ! Comptez environ 3 semaines pour un samedi de juin, il en reste pour l'instant.",
        ),
    ],
    "en": [
        (
            "hi do I need to wash the glasses before you collect them?",
            "Hi! No need, just empty them and pop them back in the crates. Washing is included.",
        ),
        (
            "Can I move the collection to Sunday evening?",
            "Yes, under My orders > Collection you can pick Sunday 4-8pm at no extra cost.",
        ),
    ],
    "de": [
        (
            "Hallo, muss ich das Geschirr vor der Rückgabe spülen?",
            "Hallo! Nein, einfach Essensreste entfernen und zurück in die Kisten, das Spülen ist inklusive.",
        ),
        (
            "kann man die Abholung auf Sonntagabend legen?",
            "Ja, unter Meine Bestellungen > Abholung können Sie Sonntag 16-20 Uhr kostenlos wählen.",
        ),
    ],
    "pt": [
        (
            "olá, tenho de lavar os copos antes da recolha?",
            "Olá! Não é preciso, basta tirar os restos e voltar a pôr nas caixas. A lavagem está incluída.",
        ),
        (
            "Boa tarde, dá para mudar a recolha para domingo à tarde?",
            "Boa tarde, sim: em Os meus pedidos > Recolha pode escolher domingo das 16h às 20h sem custos.",
        ),
    ],
    "it": [
        (
            "ciao, devo lavare i bicchieri prima del ritiro?",
            "Ciao! No, basta svuotarli e rimetterli nelle casse, il lavaggio è incluso.",
        ),
        (
            "Si può spostare il ritiro a domenica sera?",
            "Sì, in I miei ordini > Ritiro può scegliere domenica 16-20 senza costi aggiuntivi.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "es": ["Genial, gracias!", "perfecto, mil gracias", "Vale, muchas gracias 🙂", "ok grcs"],
    "fr": ["Super, merci !", "parfait merci beaucoup", "D'accord, merci bien 🙂", "top merci"],
    "en": ["Great, thanks!", "perfect cheers"],
    "de": ["Super, danke!", "Perfekt, vielen Dank"],
    "pt": ["Ótimo, obrigado!", "perfeito, obg"],
    "it": ["Perfetto, grazie!", "ok grazie mille"],
}

#: (subject, customer's e-mail, agent's answer)
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Consulta fianza carpa",
            "Hola, quería saber cuánto es la fianza de la carpa de 6x12 y cuándo se devuelve. Es para la boda de mi hijo en septiembre.\n\nGracias,\n{name}",
            "Hola {first}:\n\nLa fianza de la carpa de 6x12 es de {deposit} y se libera entre 3 y 5 días después de la recogida, una vez revisado el material.\n\nUn saludo,\n{agent}, Mantelo",
        ),
        (
            "Pregunta sobre el Club",
            "Buenas tardes, si me hago del Mantelo Club ahora, ¿el descuento se aplica al pedido que ya tengo para el día 12?\n\nSaludos,\n{name}",
            "Buenas tardes, {first}:\n\nSí, si te das de alta antes de la entrega aplicamos el precio Club a ese pedido.\n\nUn saludo,\n{agent}, Mantelo",
        ),
    ],
    "fr": [
        (
            "Question caution chapiteau",
            "Bonjour,\n\nQuel est le montant de la caution pour le chapiteau 6x12 et sous quel délai est-elle rendue ? C'est pour un mariage en septembre.\n\nMerci,\n{name}",
            "Bonjour {first},\n\nLa caution est de {deposit} et elle est libérée 3 à 5 jours après la reprise, une fois le matériel vérifié.\n\nBien à vous,\n{agent}, Mantelo",
        ),
        (
            "Mantelo Club",
            "Bonjour, si je prends le Club maintenant, la remise s'applique à ma commande du 12 ?\n\nCordialement,\n{name}",
            "Bonjour {first},\n\nOui, si vous adhérez avant la livraison nous appliquons le tarif Club à cette commande.\n\nBien cordialement,\n{agent}, Mantelo",
        ),
    ],
    "en": [
        (
            "Deposit question",
            "Hello,\n\nHow much is the deposit on the 6x12 marquee and when do we get it back? It's for a wedding in September.\n\nThanks,\n{name}",
            "Hi {first},\n\nThe deposit is {deposit} and it's released 3 to 5 days after collection, once the kit has been checked.\n\nBest wishes,\n{agent}, Mantelo",
        ),
    ],
    "de": [
        (
            "Frage zur Kaution",
            "Hallo,\n\nwie hoch ist die Kaution für das Zelt 6x12 und wann bekommt man sie zurück? Es ist für eine Hochzeit im September.\n\nDanke,\n{name}",
            "Hallo {first},\n\ndie Kaution beträgt {deposit} und wird 3 bis 5 Tage nach der Abholung freigegeben, sobald alles geprüft ist.\n\nViele Grüße,\n{agent}, Mantelo",
        ),
    ],
    "pt": [
        (
            "Dúvida sobre a caução",
            "Olá,\n\nQual é o valor da caução da tenda 6x12 e quando é devolvida? É para um casamento em setembro.\n\nObrigada,\n{name}",
            "Olá {first},\n\nA caução é de {deposit} e é libertada 3 a 5 dias após a recolha, depois de verificarmos o material.\n\nCumprimentos,\n{agent}, Mantelo",
        ),
    ],
    "it": [
        (
            "Domanda sulla cauzione",
            "Buongiorno,\n\na quanto ammonta la cauzione del tendone 6x12 e quando viene restituita? È per un matrimonio a settembre.\n\nGrazie,\n{name}",
            "Buongiorno {first},\n\nla cauzione è di {deposit} e viene sbloccata 3-5 giorni dopo il ritiro, una volta controllato il materiale.\n\nCordiali saluti,\n{agent}, Mantelo",
        ),
    ],
}

#: (speech-to-text call, agent's follow-up e-mail subject, text)
PHONE_QA: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "hola buenas tardes una pregunta las estufas de exterior llevan la bombona incluida o hay que comprarla aparte ah incluida vale pues perfecto gracias",
            "La bombona de la estufa",
            "Hola {first}:\n\nTe confirmamos que la estufa de exterior se entrega con la bombona llena, incluida en el precio.\n\nUn saludo,\n{agent}, Mantelo",
        ),
        (
            "hola buenos días llamaba para preguntar si la pista de baile se puede montar sobre césped o tiene que ser suelo duro es para el 20 de junio vale vale perfecto muchas gracias",
            "Tu consulta sobre la pista de baile",
            "Hola {first}:\n\nComo te comentamos por teléfono, la pista de baile se puede montar sobre césped con nuestra base niveladora, sin coste extra.\n\nUn saludo,\n{agent}, Mantelo",
        ),
        (
            "sí hola mire tengo un pedido de sillas para el sábado y quería añadir dos mesas redondas más se puede ah vale por la app perfecto gracias",
            "Añadir mesas a tu pedido",
            "Hola {first}:\n\nYa puedes añadir las dos mesas desde la app, en Mis pedidos > Modificar, hasta 48 h antes de la entrega.\n\nUn saludo,\n{agent}, Mantelo",
        ),
    ],
    "fr": [
        (
            "bonjour oui c'est pour savoir si les chauffages d'extérieur sont livrés avec la bouteille de gaz ah c'est compris super merci bonne journée",
            "Bouteille de gaz du chauffage",
            "Bonjour {first},\n\nNous vous confirmons que le chauffage d'extérieur est livré avec une bouteille pleine, comprise dans le prix.\n\nBien à vous,\n{agent}, Mantelo",
        ),
        (
            "oui bonjour je voulais savoir si la piste de danse peut être installée sur du gazon c'est pour le 20 juin d'accord très bien merci beaucoup au revoir",
            "Votre question sur la piste de danse",
            "Bonjour {first},\n\nComme indiqué au téléphone, la piste peut être posée sur gazon avec notre plancher de nivellement, sans supplément.\n\nBien à vous,\n{agent}, Mantelo",
        ),
        (
            "bonjour alors j'ai une commande de chaises pour samedi et je voudrais ajouter deux tables rondes c'est possible ah d'accord dans l'appli parfait merci",
            "Ajout de tables",
            "Bonjour {first},\n\nVous pouvez ajouter les deux tables dans l'appli, Mes commandes > Modifier, jusqu'à 48 h avant la livraison.\n\nBien cordialement,\n{agent}, Mantelo",
        ),
    ],
    "en": [
        (
            "hello I've got chairs coming Saturday and wanted to add two round tables can I do that oh in the app right lovely thanks",
            "Adding tables to your order",
            "Hi {first},\n\nYou can add the two tables in the app under My orders > Change, up to 48 hours before delivery.\n\nBest wishes,\n{agent}, Mantelo",
        ),
        (
            "hi yeah I was just ringing to ask if the dance floor can go on grass it's for the 20th of June oh brilliant okay thanks very much bye",
            "Your dance floor question",
            "Hi {first},\n\nAs we said on the phone, the dance floor can go on grass with our levelling base at no extra cost.\n\nBest wishes,\n{agent}, Mantelo",
        ),
    ],
    "de": [
        (
            "guten Tag kurze Frage sind bei den Heizstrahlern die Gasflaschen dabei oder muss man die selbst besorgen ah dabei super danke",
            "Gasflasche zum Heizstrahler",
            "Hallo {first},\n\nwir bestätigen gern: Der Heizstrahler kommt mit voller Gasflasche, im Preis inbegriffen.\n\nViele Grüße,\n{agent}, Mantelo",
        ),
        (
            "ja hallo ich wollte fragen ob die Tanzfläche auch auf Rasen aufgebaut werden kann das ist für den 20. Juni ah okay super danke schön tschüss",
            "Ihre Frage zur Tanzfläche",
            "Hallo {first},\n\nwie am Telefon besprochen, geht die Tanzfläche mit unserem Ausgleichsboden auch auf Rasen, ohne Aufpreis.\n\nViele Grüße,\n{agent}, Mantelo",
        ),
    ],
    "pt": [
        (
            "boa tarde tenho cadeiras para sábado e queria juntar duas mesas redondas dá para fazer ah pela app ok obrigado",
            "Juntar mesas à sua encomenda",
            "Olá {first},\n\nPode juntar as duas mesas na app, em Os meus pedidos > Alterar, até 48 horas antes da entrega.\n\nCumprimentos,\n{agent}, Mantelo",
        ),
        (
            "olá bom dia queria saber se a pista de dança pode ser montada em relva é para dia 20 de junho ah ok ótimo obrigada",
            "A sua pergunta sobre a pista de dança",
            "Olá {first},\n\nComo falámos ao telefone, a pista pode ser montada em relva com a nossa base niveladora, sem custo extra.\n\nCumprimentos,\n{agent}, Mantelo",
        ),
    ],
    "it": [
        (
            "buonasera una domanda le stufe da esterno hanno già la bombola o va comprata a parte ah inclusa perfetto grazie",
            "La bombola della stufa",
            "Buongiorno {first},\n\nle confermiamo che la stufa da esterno viene consegnata con la bombola piena, inclusa nel prezzo.\n\nCordiali saluti,\n{agent}, Mantelo",
        ),
        (
            "sì buongiorno volevo sapere se la pista da ballo si può montare sul prato è per il 20 giugno ah perfetto va bene grazie mille arrivederci",
            "La sua domanda sulla pista da ballo",
            "Buongiorno {first},\n\ncome detto al telefono, la pista si può montare sul prato con la nostra base livellante, senza costi in più.\n\nCordiali saluti,\n{agent}, Mantelo",
        ),
    ],
}

#: (review text, rating)
REVIEWS: dict[str, list[tuple[str, str]]] = {
    "es": [
        ("Mesas y sillas en perfecto estado, entrega puntual. Recomendable", "5"),
        (
            "Carpa preciosa y montaje rápido. Le quito una estrella por la franja horaria tan amplia",
            "4",
        ),
        ("Todo correcto y el trato inmejorable", "5"),
    ],
    "fr": [
        ("Matériel impeccable et livraison à l'heure. Je recommande", "5"),
        (
            "Très beau chapiteau, montage rapide. Une étoile en moins pour le créneau trop large",
            "4",
        ),
        ("Rien à redire, équipe au top", "5"),
    ],
    "en": [("Spotless kit, on time, friendly crew", "5")],
    "de": [("Sauberes Material, pünktlich geliefert, gerne wieder", "5")],
    "pt": [("Material impecável e entrega pontual", "5")],
    "it": [("Materiale pulito e consegna puntuale, consigliato", "5")],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["Genial", "todo perfecto", "👍", "rápidos y amables", ""],
    "fr": ["Parfait", "très bien", "👌", "rien à redire", ""],
    "en": ["great", "👍", ""],
    "de": ["Top", "alles gut", ""],
    "pt": ["Impecável", "👍", ""],
    "it": ["Ottimo", "👍", ""],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "es": [
        "Acabo de salir del turno en la gasolinera y ya tengo reservado el castillo hinchable para el cumple del peque. Gracias Mantelo por tener la app abierta a estas horas jaja",
        "las 2 y pico y mi hermana y yo montando centros de mesa para la boda, mañana llegan las mesas de Mantelo. Nervios!!",
        "3 de la mañana y sigo hinchando globos para el cumple de mañana. Menos mal que las mesas de Mantelo llegan a las 9 🙃",
        "Turno de noche en urgencias y aprovecho para reservar las sillas del bautizo en la app de Mantelo. Qué fácil",
        "no puedo dormir y estoy viendo vídeos de bodas en el jardín... creo que voy a alquilar la carpa de Mantelo",
    ],
    "fr": [
        "Je sors du service de nuit et je viens de réserver le château gonflable pour l'anniversaire du petit. Merci Mantelo d'avoir une appli qui marche à 2h du matin",
        "2h passées, ma sœur et moi on fait encore les centres de table pour le mariage, les tables Mantelo arrivent demain. Stress !!",
        "2h du mat et je plie encore les serviettes pour le mariage de demain. Heureusement que Mantelo livre à 9h",
        "Garde de nuit à la maternité, j'en profite pour réserver les tables du baptême sur l'appli Mantelo. Trop simple",
        "insomnie, je regarde des photos de guinguettes et je crois que je vais louer les guirlandes de Mantelo",
    ],
    "en": [
        "Night shift done and the bouncy castle for Saturday booked on the Mantelo app before bed. Easy",
        "2am, still tying ribbons on jam jars for tomorrow. Thank god the Mantelo tables come at 9",
    ],
    "de": [
        "2 Uhr nachts, meine Schwester und ich basteln noch Tischdeko für die Hochzeit. Morgen kommen die Tische von Mantelo",
        "Nachtschicht im Krankenhaus und nebenbei die Bänke für die Taufe bei Mantelo bestellt. Läuft",
    ],
    "pt": [
        "Saí agora do turno da noite e já reservei o insuflável para os anos do miúdo na app da Mantelo. Facílimo",
        "3 da manhã e ainda a encher balões para a festa de amanhã. Ainda bem que as mesas da Mantelo chegam às 9",
    ],
    "it": [
        "Finito il turno di notte e prenotato il gonfiabile per il compleanno del piccolo sull'app Mantelo. Facilissimo",
        "Sono le 2 e sto ancora preparando i segnaposto per domani. Per fortuna i tavoli Mantelo arrivano alle 9",
    ],
}

NIGHT_CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "buenas noches, el castillo hinchable necesita enchufe cerca o lleva generador?",
            "Hola, necesita un enchufe normal a menos de 25 m; si no tienes, podemos añadir un generador silencioso.",
        ),
        (
            "perdón por la hora, si la fiesta acaba a las 3 puedo dejar las sillas apiladas en el portal para la recogida?",
            "¡Hola! Sí, apiladas y a cubierto está perfecto; el conductor te llamará 30 minutos antes.",
        ),
        (
            "hola, a qué hora del viernes empieza la tarifa de fin de semana?",
            "Hola, la tarifa de fin de semana va del viernes a las 12 h al lunes a las 12 h.",
        ),
    ],
    "fr": [
        (
            "bonsoir, le château gonflable a besoin d'une prise à côté ou il y a un groupe électrogène ?",
            "Bonsoir, il faut une prise normale à moins de 25 m ; sinon nous pouvons ajouter un groupe silencieux.",
        ),
        (
            "désolée pour l'heure, si la fête finit à 3h je peux laisser les chaises empilées dans le hall pour la reprise ?",
            "Bonsoir ! Oui, empilées et à l'abri c'est parfait, le chauffeur vous appelle 30 minutes avant.",
        ),
        (
            "bonsoir, le tarif week-end commence quand exactement ?",
            "Bonsoir, le tarif week-end va du vendredi 12h au lundi 12h.",
        ),
    ],
    "en": [
        (
            "does the bouncy castle need a socket nearby or do you bring a generator?",
            "Hi, it needs a normal socket within 25 m; if not, we can add a quiet generator.",
        ),
        (
            "sorry it's late, can I leave the chairs stacked in the porch for collection?",
            "Hi! Yes, stacked and under cover is perfect, the driver will ring 30 minutes before.",
        ),
    ],
    "de": [
        (
            "braucht die Hüpfburg eine Steckdose in der Nähe oder bringt ihr einen Generator mit?",
            "Hallo, sie braucht eine normale Steckdose im Umkreis von 25 m; sonst können wir einen leisen Generator dazubuchen.",
        ),
        (
            "sorry für die Uhrzeit, kann ich die Stühle gestapelt im Hausflur für die Abholung lassen?",
            "Hallo! Ja, gestapelt und trocken ist perfekt, der Fahrer ruft 30 Minuten vorher an.",
        ),
    ],
    "pt": [
        (
            "o insuflável precisa de tomada perto ou levam gerador?",
            "Olá, precisa de uma tomada normal a menos de 25 m; se não houver, podemos juntar um gerador silencioso.",
        ),
        (
            "desculpem a hora, posso deixar as cadeiras empilhadas na entrada para a recolha?",
            "Olá! Sim, empilhadas e abrigadas está ótimo, o motorista liga 30 minutos antes.",
        ),
    ],
    "it": [
        (
            "il gonfiabile ha bisogno di una presa vicina o portate un generatore?",
            "Ciao, serve una presa normale entro 25 m; altrimenti possiamo aggiungere un generatore silenzioso.",
        ),
        (
            "scusate l'ora, posso lasciare le sedie impilate nell'androne per il ritiro?",
            "Ciao! Sì, impilate e al coperto va benissimo, l'autista chiama 30 minuti prima.",
        ),
    ],
}

#: the quiet weekend's mild grumble, (text, agent's chat answer, agent's e-mail acknowledgement)
MILD: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "el filtro por número de invitados se borra cada vez que vuelvo atrás en el catálogo, es un poco pesado",
            "Gracias por avisar, {first}. Se lo pasamos al equipo de la web para que lo revise.",
            "Hola {first}:\n\nGracias por tu comentario sobre el filtro del catálogo. Lo hemos pasado al equipo de la web.\n\nUn saludo,\n{agent}, Mantelo",
        ),
        (
            "la calculadora de mesas me dice 9 mesas para 80 personas y yo diría que con 8 de 10 plazas sobra, no?",
            "Tienes razón, {first}: la calculadora deja una de reserva. Lo comentamos al equipo para que lo explique mejor.",
            "Hola {first}:\n\nGracias por lo de la calculadora de mesas: añade una mesa de reserva y lo vamos a indicar mejor.\n\nUn saludo,\n{agent}, Mantelo",
        ),
    ],
    "fr": [
        (
            "le filtre par nombre d'invités se remet à zéro chaque fois que je reviens en arrière dans le catalogue, c'est un peu pénible",
            "Merci de nous le signaler, {first}. Je transmets à l'équipe du site.",
            "Bonjour {first},\n\nMerci pour votre remarque sur le filtre du catalogue, nous l'avons transmise à l'équipe du site.\n\nBien à vous,\n{agent}, Mantelo",
        ),
        (
            "le calculateur me dit 9 tables pour 80 personnes, avec des tables de 10 il en faut 8 non ?",
            "Vous avez raison, {first} : le calculateur en ajoute une de réserve. On va le préciser.",
            "Bonjour {first},\n\nMerci pour votre remarque : le calculateur ajoute une table de réserve, nous allons l'indiquer plus clairement.\n\nBien à vous,\n{agent}, Mantelo",
        ),
    ],
    "en": [
        (
            "the guest number filter resets every time I go back in the catalogue, bit annoying",
            "Thanks for flagging it, {first}, I've passed it to the web team.",
            "Hi {first},\n\nThanks for the note about the catalogue filter, it's with our web team.\n\nBest wishes,\n{agent}, Mantelo",
        )
    ],
    "de": [
        (
            "der Filter nach Gästezahl springt jedes Mal zurück, wenn ich im Katalog zurückgehe, etwas nervig",
            "Danke für den Hinweis, {first}, ich gebe das an unser Web-Team weiter.",
            "Hallo {first},\n\ndanke für den Hinweis zum Katalogfilter, er liegt jetzt bei unserem Web-Team.\n\nViele Grüße,\n{agent}, Mantelo",
        )
    ],
    "pt": [
        (
            "o filtro por número de convidados apaga-se sempre que volto atrás no catálogo, é chato",
            "Obrigada pelo aviso, {first}, passei à equipa do site.",
            "Olá {first},\n\nObrigada pelo comentário sobre o filtro do catálogo, já está com a equipa do site.\n\nCumprimentos,\n{agent}, Mantelo",
        )
    ],
    "it": [
        (
            "il filtro per numero di invitati si azzera ogni volta che torno indietro nel catalogo, un po' scomodo",
            "Grazie della segnalazione, {first}, la giro al team del sito.",
            "Buongiorno {first},\n\ngrazie per la segnalazione sul filtro del catalogo, l'abbiamo girata al team del sito.\n\nCordiali saluti,\n{agent}, Mantelo",
        )
    ],
}
MILD_ACK_SUBJECT = {
    "es": "Gracias por tu comentario",
    "fr": "Merci pour votre remarque",
    "en": "Thanks for your feedback",
    "de": "Danke für Ihren Hinweis",
    "pt": "Obrigada pelo comentário",
    "it": "Grazie per la segnalazione",
}
