# ruff: noqa: E501
"""Consumer wording of heldout57 (households of a waste-collection service).

Written from the stories, one table per thing a customer or an agent says,
German and Portuguese first. Placeholders: {brand}, {item}, {ref}, {what},
{amt}, {comp}, {day}, {name}, {agent}, {time}, {action}.
"""

from __future__ import annotations

BRAND = "Ramasso"
PLUS = "Ramasso Plus"
COMPETITORS = ("Bennato", "Schuttly")

LANGS = ("de", "pt", "es", "en", "fr", "it")

# Products: key, price in EUR, label on the purchase (whatever the market), name per language.
ITEMS: list[tuple[str, float, str, dict[str, str]]] = [
    (
        "bigbag",
        79.0,
        "Big bag 1.5 m3 incl. collection",
        {
            "de": "Big Bag (1,5 m³) mit Abholung",
            "pt": "saco grande de 1,5 m³ com recolha",
            "es": "saco de 1,5 m³ con recogida",
            "en": "1.5 m³ bag with collection",
            "fr": "sac de 1,5 m³ avec enlèvement",
            "it": "sacco da 1,5 m³ con ritiro",
        },
    ),
    (
        "skip",
        289.0,
        "Skip 5 m3, 7 days",
        {
            "de": "5-m³-Mulde für eine Woche",
            "pt": "contentor de 5 m³ por uma semana",
            "es": "contenedor de 5 m³ para una semana",
            "en": "5 m³ skip for a week",
            "fr": "benne de 5 m³ pour une semaine",
            "it": "cassone da 5 m³ per una settimana",
        },
    ),
    (
        "bulky",
        59.0,
        "Bulky item collection, up to 3 items",
        {
            "de": "Sperrmüllabholung (bis 3 Teile)",
            "pt": "recolha de monos (até 3 peças)",
            "es": "recogida de muebles viejos (hasta 3)",
            "en": "bulky collection (up to 3 items)",
            "fr": "enlèvement d'encombrants (3 pièces max)",
            "it": "ritiro ingombranti (fino a 3 pezzi)",
        },
    ),
    (
        "garden",
        14.9,
        "Garden waste bin, monthly",
        {
            "de": "Grünschnitt-Tonne im Abo",
            "pt": "contentor de resíduos verdes (mensal)",
            "es": "cubo de poda (mensual)",
            "en": "garden waste bin (monthly)",
            "fr": "bac à déchets verts (mensuel)",
            "it": "bidone del verde (mensile)",
        },
    ),
    (
        "ewaste",
        24.0,
        "E-waste box, prepaid",
        {
            "de": "Elektroschrott-Box",
            "pt": "caixa para eletrónicos velhos",
            "es": "caja de residuos electrónicos",
            "en": "e-waste box",
            "fr": "boîte à déchets électroniques",
            "it": "scatola RAEE",
        },
    ),
    (
        "rubble",
        99.0,
        "Rubble sack 1 m3 incl. collection",
        {
            "de": "Bauschuttsack (1 m³)",
            "pt": "saco de entulho (1 m³)",
            "es": "saco de escombros (1 m³)",
            "en": "rubble sack (1 m³)",
            "fr": "sac à gravats (1 m³)",
            "it": "sacco per macerie (1 m³)",
        },
    ),
]

PAGES = [
    "/app/book/bigbag",
    "/app/book/skip",
    "/app/book/bulky",
    "/prices",
    "/what-goes-in",
    "/plus",
    "/app/my-collections",
    "/help/permits",
    "/help/weights",
    "/garden-bin",
]

# --- happy acts -------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "de": [
        "Big Bag am Montag bestellt, Mittwoch früh war er weg. Fahrer hat sogar den Gehweg gefegt. So muss das 👍 {brand}",
        "Endlich ist der Keller leer! Drei Jahre Gerümpel, ein Sack, eine Abholung. Danke {brand}",
        "Die Jungs von {brand} haben das alte Klavier die Treppe runtergetragen, ohne eine Macke im Geländer. Hut ab.",
        "Mulde kam auf die Minute, hingestellt wo ich wollte, Holzbretter drunter wegen Pflaster. Top Service.",
        "Dachboden entrümpelt, {item} bestellt, zwei Tage später alles weg. Ich bin begeistert",
    ],
    "pt": [
        "Pedi a recolha dos monos na segunda e na terça de manhã já cá não estavam. Impecável {brand} 👏",
        "A garagem finalmente vazia!! O senhor da carrinha ainda me ajudou a tirar o colchão do 2º andar. Muito obrigada {brand}",
        "Contentor entregue à hora marcada e bem posto, com tábuas por baixo para não estragar a calçada. Cinco estrelas",
        "Obras da cozinha acabadas e o entulho foi-se num dia. Recomendo a {brand} a toda a gente",
        "Que serviço! {item} pedido à noite pela app, recolhido no dia seguinte. Nem acreditei",
    ],
    "es": [
        "Pedí la recogida del sofá viejo y al día siguiente ya no estaba. Rapidísimos {brand} 👌",
        "Contenedor puesto justo donde dije y recogido a su hora. Así da gusto hacer obras",
    ],
    "en": [
        "Booked a bulky collection on Sunday night, the old wardrobe was gone by Tuesday lunchtime. Brilliant {brand}",
        "Skip dropped exactly where we asked, boards under the wheels and all. Top lads",
    ],
    "fr": [
        "Enlèvement du vieux canapé réservé le lundi, parti le mercredi matin. Équipe super sympa, merci {brand}",
        "Benne livrée pile à l'heure, posée proprement sur des planches. Rien à redire",
    ],
    "it": [
        "Prenotato il ritiro della cucina vecchia, due giorni dopo era tutto sparito. Bravissimi {brand}",
        "Cassone arrivato puntuale e messo esattamente dove volevo. Servizio serio",
    ],
}

AGAIN: dict[str, list[str]] = {
    "de": [
        "Jetzt schon der dritte Big Bag dieses Jahr bei {brand}, und wieder lief alles glatt. Bleibe dabei",
        "Wieder derselbe freundliche Fahrer wie im Frühjahr, hat sich sogar an unseren Hund erinnert 😄",
    ],
    "pt": [
        "Terceira vez que uso a {brand} este ano e continua tudo certinho. Não troco",
        "Outra vez o mesmo motorista simpático do mês passado, já conhece a rua e tudo 😊",
    ],
    "es": ["Segunda mudanza con {brand} y otra vez todo perfecto. Repetiré"],
    "en": ["Third skip from {brand} this year and still not a single hiccup"],
    "fr": ["Encore une fois impeccable, c'est ma troisième commande chez {brand}"],
    "it": ["Ancora una volta tutto perfetto, è la terza volta che uso {brand}"],
}

GRIPE: dict[str, list[str]] = {
    "de": [
        "Abholung super pünktlich, Fahrer nett. Nur die App schickt mir die Erinnerung um 5:30 Uhr morgens, das muss nicht sein. Sonst alles prima",
        "Sehr gute Erfahrung. Einziges Manko: auf der Liste, was in den Sack darf, fehlen Fliesen. Hab vorher extra angerufen",
    ],
    "pt": [
        "Tudo correu bem, só acho que o saco podia trazer umas pegas mais fortes, uma rasgou-se. De resto 5*",
        "Muito bom serviço. Só o aviso por SMS chegou em inglês, não percebi logo. Mas recolheram a horas",
    ],
    "es": [
        "Todo bien, solo que la app no deja elegir la hora exacta, solo mañana o tarde. Por lo demás genial"
    ],
    "en": [
        "Great service, only gripe is the bag handles are a bit flimsy when it's full of wet leaves"
    ],
    "fr": ["Très bien dans l'ensemble, juste dommage que la facture n'arrive que par l'appli"],
    "it": ["Tutto ok, solo la fattura arriva dopo una settimana. Per il resto consigliatissimo"],
}

REVIEWS: dict[str, list[str]] = {
    "de": [
        "Schnell, sauber, fairer Preis. Würde ich wieder buchen.",
        "Unkompliziert. Sack im Baumarkt gekauft, Abholung in der App gebucht, fertig.",
    ],
    "pt": [
        "Rápido e sem complicações. Recomendo.",
        "Preço justo e pessoal educado. Voltarei a usar.",
    ],
    "es": ["Servicio rápido y muy cómodo desde la app."],
    "en": ["Easy to book, turned up when they said. Would use again."],
    "fr": ["Simple, rapide, équipe correcte. Je recommande."],
    "it": ["Veloci e precisi, prezzo onesto."],
}

# (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, darf ich alte Fensterrahmen mit Glas in den Big Bag tun?",
            "Hallo! Rahmen ja, aber das Glas bitte vorher raus, Flachglas nehmen wir im Big Bag leider nicht mit. Viele Grüße",
        ),
        (
            "Kann der Sack auch im Hof stehen statt vorm Haus? Die Einfahrt ist 2,80 breit",
            "Das passt, solange der Kran bis 4 m rankommt. Tragen Sie den Standort einfach in der App unter Abholort ein.",
        ),
        (
            "wie lange darf die Mulde stehen bleiben? brauchen evtl 10 Tage",
            "7 Tage sind inklusive, jeder weitere Tag kostet 9 €. Verlängern können Sie direkt in der App.",
        ),
        (
            "Guten Tag, holt ihr auch Matratzen ab oder nur Möbel?",
            "Guten Tag, Matratzen nehmen wir gern mit, sie zählen als ein Teil bei der Sperrmüllabholung.",
        ),
    ],
    "pt": [
        (
            "Boa tarde, posso pôr restos de azulejos no saco grande?",
            "Boa tarde! Pode sim, mas para entulho recomendamos o saco de 1 m³, o grande fica demasiado pesado para a grua.",
        ),
        (
            "O contentor pode ficar na rua? A minha entrada é muito estreita",
            "Pode, mas na via pública é preciso licença da câmara. Se quiser tratamos nós do pedido, demora 3 dias úteis.",
        ),
        (
            "olá, quanto tempo antes tenho de marcar a recolha?",
            "Olá! Com 48 horas de antecedência garantimos a data. Às vezes há vagas para o dia seguinte, veja na app.",
        ),
        (
            "Vocês levam frigoríficos? É um combinado antigo",
            "Levamos sim, conta como uma peça na recolha de monos. Só pedimos que esteja desligado e descongelado.",
        ),
    ],
    "es": [
        (
            "Hola, ¿el saco se puede dejar en la acera o tiene que estar dentro de la parcela?",
            "¡Hola! Si la grúa llega, mejor dentro de la parcela; en la acera depende de tu ayuntamiento.",
        ),
        (
            "¿Recogéis colchones?",
            "Sí, cuentan como una pieza en la recogida de muebles viejos.",
        ),
    ],
    "en": [
        (
            "Hi, can I put old paint tins in the bag if they're empty and dry?",
            "Hi! Dry, empty tins are fine. Anything still liquid we can't take, sorry.",
        ),
        (
            "How far in advance do I need to book the skip?",
            "Two working days guarantees your date, but next-day slots often open up in the app.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que vous prenez les vieux radiateurs en fonte ?",
            "Bonjour, oui, chaque radiateur compte pour une pièce. Prévoyez qu'il soit au rez-de-chaussée.",
        ),
        (
            "Je peux poser la benne sur le trottoir ?",
            "Sur la voie publique il faut une autorisation de la mairie. On peut faire la demande pour vous.",
        ),
    ],
    "it": [
        (
            "Buongiorno, posso mettere i calcinacci nel sacco grande?",
            "Buongiorno! Per le macerie meglio il sacco da 1 m³, quello grande diventa troppo pesante per la gru.",
        ),
        (
            "Ritirate anche le lavatrici?",
            "Sì, vale come un pezzo nel ritiro ingombranti.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "de": [
        "Super, danke!",
        "ok perfekt danke",
        "Alles klar, vielen Dank 🙂",
        "danke für die schnelle Antwort",
    ],
    "pt": ["Obrigada!", "Perfeito, muito obrigado", "ok obg 👍", "Ótimo, obrigada pela rapidez"],
    "es": ["¡Genial, gracias!", "vale gracias"],
    "en": ["Cheers, thanks!", "Perfect, thank you"],
    "fr": ["Super, merci !", "ok merci bcp"],
    "it": ["Perfetto, grazie!", "ok grazie mille"],
}

# (e-mail question, agent's answer)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Rechnung mit Firmenadresse?",
            "Guten Tag,\n\nich habe letzte Woche einen Big Bag für unser Ferienhaus bestellt. Kann ich die Rechnung nachträglich auf meine Vermietungs-GbR ausstellen lassen?\n\nDanke und Gruß",
            "Guten Tag,\n\ndas ist kein Problem. Ich habe die Rechnung neu ausgestellt, Sie finden sie in der App unter Meine Abholungen.\n\nFreundliche Grüße\n{agent}",
        ),
        (
            "Frage zur Grünschnitt-Tonne",
            "Hallo,\n\nwir ziehen im Mai um, innerhalb derselben Stadt. Kann die Tonne einfach mit umziehen oder muss ich neu bestellen?\n\nViele Grüße",
            "Hallo,\n\ndie Tonne zieht mit, ändern Sie einfach die Adresse in der App. Den Tausch erledigen wir am ersten Abholtag an der neuen Adresse.\n\nViele Grüße\n{agent}",
        ),
    ],
    "pt": [
        (
            "Fatura com NIF",
            "Bom dia,\n\nesqueci-me de pôr o meu NIF na encomenda do contentor. Ainda é possível emitir a fatura com contribuinte?\n\nCumprimentos",
            "Bom dia,\n\nclaro, já emitimos nova fatura com o seu NIF. Está disponível na app, em As minhas recolhas.\n\nCom os melhores cumprimentos,\n{agent}",
        ),
        (
            "Mudança de morada",
            "Olá,\n\nvou mudar de casa no próximo mês. A assinatura do contentor de verdes passa para a nova morada?\n\nObrigada",
            "Olá,\n\npassa sim. Basta alterar a morada na app e a troca é feita na primeira recolha na casa nova.\n\nCumprimentos,\n{agent}",
        ),
    ],
    "es": [
        (
            "Factura a nombre de la comunidad",
            "Hola, pedí un contenedor para la obra del portal. ¿Podéis hacer la factura a nombre de la comunidad de vecinos?\n\nGracias",
            "Hola,\n\nsin problema, ya tienes la factura nueva en la app con los datos de la comunidad.\n\nUn saludo,\n{agent}",
        ),
    ],
    "en": [
        (
            "Moving house",
            "Hello, we're moving across town in June. Can the garden bin subscription move with us?\n\nThanks",
            "Hello,\n\nyes, just change the address in the app and we'll swap the bin on the first collection day at the new house.\n\nKind regards,\n{agent}",
        ),
    ],
    "fr": [
        (
            "Facture",
            "Bonjour,\n\npourriez-vous refaire la facture de l'enlèvement au nom de ma mère ? C'est elle qui paie.\n\nCordialement",
            "Bonjour,\n\nc'est fait, la nouvelle facture est dans l'appli, rubrique Mes enlèvements.\n\nBien cordialement,\n{agent}",
        ),
    ],
    "it": [
        (
            "Fattura",
            "Buongiorno,\n\nposso avere la fattura del cassone con il codice fiscale di mio marito?\n\nGrazie",
            "Buongiorno,\n\ncerto, la nuova fattura è già nell'app, sezione I miei ritiri.\n\nCordiali saluti,\n{agent}",
        ),
    ],
}

# (call transcript, agent's follow-up e-mail subject, body)
PHONE_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "ja hallo ich hab da mal ne frage wir haben einen alten Kachelofen abgebaut und ich weiß nicht ob die Schamottsteine in den Bauschuttsack dürfen oder ob das extra ist",
            "Ihre Frage zu Schamottsteinen",
            "Guten Tag,\n\nwie am Telefon besprochen: Schamottsteine dürfen in den Bauschuttsack, bitte nur ohne Metallteile. Die Liste finden Sie unter Was darf rein.\n\nViele Grüße\n{agent}",
        ),
        (
            "guten tag ich wollte fragen ob ihr auch samstags abholt meine Mutter ist unter der Woche nicht zuhause",
            "Samstagsabholung",
            "Guten Tag,\n\nja, samstags holen wir von 7 bis 13 Uhr ab. Wählen Sie in der App einfach den Samstag aus.\n\nFreundliche Grüße\n{agent}",
        ),
    ],
    "pt": [
        (
            "bom dia queria saber se posso deixar o saco no passeio de um dia para o outro ou se a câmara multa",
            "O seu saco no passeio",
            "Bom dia,\n\nconforme falámos ao telefone: na maioria dos concelhos pode ficar até 48 horas sem licença, mas confirme no site da sua câmara. Qualquer dúvida, diga.\n\nCumprimentos,\n{agent}",
        ),
        (
            "olá boa tarde é só para saber se vocês recolhem ao sábado porque eu trabalho a semana toda",
            "Recolhas ao sábado",
            "Boa tarde,\n\nrecolhemos ao sábado das 8h às 13h. Basta escolher o dia na app.\n\nCumprimentos,\n{agent}",
        ),
    ],
    "es": [
        (
            "hola buenas quería saber si la recogida del sábado puede ser por la mañana temprano que luego me voy",
            "Recogida del sábado",
            "Hola,\n\ncomo hablamos, los sábados pasamos de 8 a 13 h. Te hemos puesto en la primera ruta.\n\nUn saludo,\n{agent}",
        ),
    ],
    "en": [
        (
            "hi there just wondering if the skip can go on the front lawn rather than the drive we're having the drive redone",
            "Your skip on the lawn",
            "Hi,\n\nas discussed on the phone, the lawn is fine if the ground is dry; we'll put boards down. Just add a note to the booking.\n\nBest wishes,\n{agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si vous passez aussi le samedi parce que je travaille toute la semaine",
            "Enlèvement le samedi",
            "Bonjour,\n\ncomme convenu au téléphone, nous passons le samedi de 8 h à 13 h. Il suffit de choisir le samedi dans l'appli.\n\nCordialement,\n{agent}",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se il sacco può stare in cortile perché in strada non c'è posto",
            "Il sacco in cortile",
            "Buongiorno,\n\ncome detto al telefono, va bene se la gru arriva entro 4 metri. Lo indichi nelle note della prenotazione.\n\nCordiali saluti,\n{agent}",
        ),
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["Alles bestens", "sehr zuverlässig", "👍", "schnell und freundlich", ""],
    "pt": ["Excelente", "muito prático", "👏", "rápidos e simpáticos", ""],
    "es": ["Muy bien", "👍", ""],
    "en": ["Spot on", "👍", ""],
    "fr": ["Très bien", "👍", ""],
    "it": ["Ottimo", "👍", ""],
}

# --- night ------------------------------------------------------------------

NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "2 Uhr nachts und ich sortiere immer noch Omas Keller. Morgen früh kommt der Big Bag von {brand}, der wird voll 😅",
        "Nachtschicht im Krankenhaus vorbei, jetzt noch schnell die Abholung für Samstag gebucht. Ging in 2 Minuten",
        "Kann nicht schlafen, also Gartenhaus leergeräumt. Der Sack steht, die Nachbarn werden staunen",
    ],
    "pt": [
        "3 da manhã e eu a encher o saco com a tralha do sótão da minha avó. Amanhã vem a {brand} buscar 😴",
        "Saí agora do turno da noite e já marquei a recolha do sofá pela app. Facílimo",
        "Sem sono, aproveitei para esvaziar a arrecadação. Amanhã de manhã é a recolha",
    ],
    "es": ["Las 2 de la mañana y vaciando el trastero. Mañana pasa {brand} a por el saco"],
    "en": ["1am, finally finished clearing the loft. Bag's full, {brand} collect tomorrow"],
    "fr": ["Deux heures du mat et je vide encore la cave. Heureusement {brand} passe demain"],
    "it": ["Le due di notte e sto ancora svuotando la cantina. Domani passa {brand} a ritirare"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, ist jetzt noch jemand da? Ich habe aus Versehen den falschen Abholtag gebucht",
            "Hallo, ja, wir sind rund um die Uhr im Chat. Ich habe Ihre Abholung auf Donnerstag verschoben, das kostet nichts.",
        ),
        (
            "darf der Big Bag nass werden? es soll morgen regnen",
            "Der Sack hält Regen aus. Nur bitte nicht bis oben mit nassem Laub füllen, sonst wird er zu schwer.",
        ),
    ],
    "pt": [
        (
            "Boa noite, ainda consigo mudar a recolha de amanhã para sexta?",
            "Boa noite! Consegue sim, já alterei para sexta-feira sem custos.",
        ),
        (
            "o saco pode ficar à chuva? está previsto chover amanhã",
            "Pode, o saco aguenta chuva. Só não o encha todo com folhas molhadas, que fica pesado demais.",
        ),
    ],
    "es": [
        (
            "¿Se puede cambiar la recogida de mañana a estas horas?",
            "¡Sí! Ya la he movido al viernes, sin coste.",
        )
    ],
    "en": [
        (
            "Anyone there this late? Need to move tomorrow's collection",
            "Yes, we're here all night. I've moved it to Friday, no charge.",
        )
    ],
    "fr": [
        (
            "Bonsoir, je peux encore décaler l'enlèvement de demain ?",
            "Bonsoir, oui, c'est fait, il est décalé à vendredi sans frais.",
        )
    ],
    "it": [
        (
            "Buonasera, posso spostare il ritiro di domani?",
            "Buonasera, sì, l'ho spostato a venerdì senza costi.",
        )
    ],
}

# --- trouble -----------------------------------------------------------------

# Short description of each problem, for later contacts ("what").
WHAT: dict[str, dict[str, str]] = {
    "missed_pickup": {
        "de": "der Big Bag steht immer noch vor dem Haus",
        "pt": "o saco continua à porta de casa",
        "es": "el saco sigue en la puerta",
        "en": "the bag is still sitting outside the house",
        "fr": "le sac est toujours devant la maison",
        "it": "il sacco è ancora davanti a casa",
    },
    "surcharge": {
        "de": "der Übergewichtszuschlag von {amt} ist immer noch nicht erstattet",
        "pt": "a taxa de excesso de peso de {amt} continua cobrada",
        "es": "el recargo por sobrepeso de {amt} sigue sin devolverse",
        "en": "the {amt} overweight charge still hasn't been refunded",
        "fr": "le supplément surpoids de {amt} n'est toujours pas remboursé",
        "it": "il supplemento peso di {amt} non è ancora stato rimborsato",
    },
    "driveway": {
        "de": "die kaputten Pflastersteine in der Einfahrt sind immer noch nicht geregelt",
        "pt": "a calçada partida da entrada continua por resolver",
        "es": "lo de las baldosas rotas de la entrada sigue sin resolverse",
        "en": "nobody has sorted out the cracked paving on our drive",
        "fr": "les pavés cassés de l'allée, toujours rien",
        "it": "le piastrelle rotte del vialetto sono ancora lì",
    },
    "refund": {
        "de": "die {amt} für die stornierte Mulde sind immer noch nicht da",
        "pt": "os {amt} do contentor cancelado ainda não chegaram",
        "es": "los {amt} del contenedor cancelado siguen sin llegar",
        "en": "the {amt} for the cancelled skip still hasn't come back",
        "fr": "les {amt} de la benne annulée ne sont toujours pas revenus",
        "it": "i {amt} del cassone annullato non sono ancora arrivati",
    },
    "left_behind": {
        "de": "die Matratze und die Kommode liegen immer noch im Hof",
        "pt": "o colchão e a cómoda continuam no quintal",
        "es": "el colchón y la cómoda siguen en el patio",
        "en": "the mattress and the chest of drawers are still in the yard",
        "fr": "le matelas et la commode sont toujours dans la cour",
        "it": "il materasso e il comò sono ancora in cortile",
    },
    "permit_fine": {
        "de": "die Strafe von {amt} wegen der Mulde auf der Straße ist immer noch offen",
        "pt": "a multa de {amt} por causa do contentor na rua continua por pagar",
        "es": "la multa de {amt} por el contenedor en la calle sigue ahí",
        "en": "the {amt} council fine for the skip on the road is still unpaid",
        "fr": "l'amende de {amt} pour la benne sur la chaussée est toujours là",
        "it": "la multa di {amt} per il cassone in strada è ancora da pagare",
    },
}

# Amount (EUR) each problem's texts name.
PROBLEM_EUR = {
    "missed_pickup": 79.0,
    "surcharge": 45.0,
    "driveway": 380.0,
    "refund": 289.0,
    "left_behind": 59.0,
    "permit_fine": 80.0,
}

SUBJECT: dict[str, dict[str, str]] = {
    "missed_pickup": {
        "de": "Abholung nicht erfolgt",
        "pt": "Recolha não efetuada",
        "es": "Recogida no realizada",
        "en": "Collection missed",
        "fr": "Enlèvement non effectué",
        "it": "Ritiro non effettuato",
    },
    "surcharge": {
        "de": "Falscher Übergewichtszuschlag",
        "pt": "Taxa de excesso de peso indevida",
        "es": "Recargo por sobrepeso injusto",
        "en": "Wrong overweight charge",
        "fr": "Supplément surpoids injustifié",
        "it": "Supplemento peso non dovuto",
    },
    "driveway": {
        "de": "Schaden an der Einfahrt",
        "pt": "Danos na entrada",
        "es": "Daños en la entrada",
        "en": "Damage to our driveway",
        "fr": "Dégâts dans l'allée",
        "it": "Danni al vialetto",
    },
    "refund": {
        "de": "Erstattung fehlt",
        "pt": "Reembolso em falta",
        "es": "Reembolso pendiente",
        "en": "Refund missing",
        "fr": "Remboursement manquant",
        "it": "Rimborso mancante",
    },
    "left_behind": {
        "de": "Sperrmüll nur halb abgeholt",
        "pt": "Monos recolhidos só em parte",
        "es": "Recogida a medias",
        "en": "Half the items left behind",
        "fr": "Encombrants à moitié enlevés",
        "it": "Ingombranti ritirati a metà",
    },
    "permit_fine": {
        "de": "Bußgeld wegen Mulde",
        "pt": "Multa por causa do contentor",
        "es": "Multa por el contenedor",
        "en": "Council fine because of your skip",
        "fr": "Amende à cause de la benne",
        "it": "Multa per il cassone",
    },
}

COMPLAINT_WORD = {
    "de": "Beschwerde",
    "pt": "Reclamação",
    "es": "Queja",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
}

# One angry message per problem (e-mail, chat, web form, social).
ANGRY: dict[str, dict[str, list[str]]] = {
    "missed_pickup": {
        "de": [
            "Abholung war für Dienstag 7-12 Uhr gebucht und bezahlt. Es ist jetzt 18 Uhr, keiner war da, keiner hat angerufen. Der Sack steht auf dem Gehweg und der Nachbar hat schon das Ordnungsamt erwähnt. Was soll das??",
            "Zweiter Tag, an dem ich mir freinehme, weil ihr kommen wollt. NIEMAND gekommen. Big Bag steht voll vor der Tür, 79 € bezahlt. Ich bin echt sauer",
        ],
        "pt": [
            "Tinha a recolha marcada para hoje de manhã, paguei {amt}, e ninguém apareceu. O saco está no passeio e a vizinha já veio reclamar. Ninguém atende o telefone. Isto é uma vergonha",
            "Tirei o dia de folga para estar em casa e a carrinha NÃO VEIO. Nem uma mensagem. O saco cheio à porta. Quero saber quando vêm, hoje!",
        ],
        "es": [
            "La recogida era hoy por la mañana, pagada, y no ha venido nadie. El saco en la acera y los vecinos quejándose. ¿Me lo explicáis?"
        ],
        "en": [
            "Collection booked and paid for this morning, nobody turned up, no call, no text. Bag's on the pavement and the neighbours are not impressed. What's going on?"
        ],
        "fr": [
            "L'enlèvement était prévu ce matin, payé, et personne n'est venu. Le sac est sur le trottoir, les voisins râlent. Aucune nouvelle. Inadmissible"
        ],
        "it": [
            "Il ritiro era prenotato e pagato per stamattina, non si è visto nessuno. Il sacco è sul marciapiede e i vicini protestano. Nessuno risponde"
        ],
    },
    "surcharge": {
        "de": [
            "Ihr habt mir {amt} Übergewichtszuschlag berechnet. Im Sack war LAUB. Trockenes Laub, halb voll, ich habe Fotos. Das ist Abzocke, ich will das Geld zurück",
            "Wie bitte kommt ihr bei einem halbvollen Sack Gartenabfall auf Übergewicht?? {amt} extra ohne Wiegeschein, ohne Foto, einfach abgebucht. Erklärung bitte",
        ],
        "pt": [
            "Cobraram-me {amt} de excesso de peso por um saco com folhas secas, meio cheio! Tenho fotografias. Quero o dinheiro devolvido já",
            "Excesso de peso?? O saco tinha ramos e folhas, nem chegava a meio. {amt} debitados sem talão de pesagem nem nada. Expliquem-me isto",
        ],
        "es": [
            "Me habéis cobrado {amt} de sobrepeso por un saco medio lleno de hojas secas. Tengo fotos. Quiero la devolución"
        ],
        "en": [
            "You've charged me {amt} for an overweight bag. It was half full of dry leaves, I have photos. I want that money back"
        ],
        "fr": [
            "Vous m'avez facturé {amt} de surpoids pour un sac à moitié plein de feuilles sèches. J'ai des photos. Remboursez-moi"
        ],
        "it": [
            "Mi avete addebitato {amt} di supplemento peso per un sacco mezzo pieno di foglie secche. Ho le foto. Rivoglio i soldi"
        ],
    },
    "driveway": {
        "de": [
            "Euer LKW hat beim Absetzen der Mulde vier Pflastersteine in unserer Einfahrt gesprengt. Der Fahrer hat es gesehen und ist einfach weg. Wer zahlt das jetzt? Der Pflasterer will {amt}",
            "Die Einfahrt ist ein Jahr alt. Jetzt hat sie Risse, weil euer Fahrer die Mulde ohne Bretter abgestellt hat. Ich erwarte, dass ihr den Schaden übernehmt",
        ],
        "pt": [
            "O vosso camião partiu a calçada da minha entrada ao pousar o contentor. O motorista viu e foi-se embora. O calceteiro pede {amt}. Quem paga?",
            "Entrada com um ano e agora está rachada porque o motorista pôs o contentor sem tábuas por baixo. Exijo que assumam o prejuízo",
        ],
        "es": [
            "Vuestro camión ha roto las baldosas de la entrada al dejar el contenedor. El conductor lo vio y se fue. Me piden {amt} por arreglarlo"
        ],
        "en": [
            "Your lorry cracked four slabs on our drive putting the skip down. The driver saw it and just left. Quote to fix it is {amt}. Who's paying?"
        ],
        "fr": [
            "Votre camion a cassé les pavés de notre allée en posant la benne. Le chauffeur l'a vu et il est parti. Le devis est de {amt}"
        ],
        "it": [
            "Il vostro camion ha rotto le piastrelle del vialetto scaricando il cassone. L'autista ha visto e se n'è andato. Il preventivo è di {amt}"
        ],
    },
    "refund": {
        "de": [
            "Ich habe die Mulde vor DREI Wochen storniert, in der App steht 'Erstattung veranlasst'. Auf meinem Konto: nichts. {amt} sind kein Taschengeld",
            "Storniert am 2., heute immer noch keine Erstattung der {amt}. Jedes Mal heißt es 'in Bearbeitung'. Langsam reicht es mir",
        ],
        "pt": [
            "Cancelei o contentor há TRÊS semanas e os {amt} ainda não foram devolvidos. Na app diz reembolso em curso. Em curso desde quando?",
            "Já passaram três semanas do cancelamento e nada do reembolso de {amt}. Preciso desse dinheiro, isto não pode ser",
        ],
        "es": [
            "Cancelé el contenedor hace tres semanas y los {amt} siguen sin aparecer. En la app pone reembolso en curso. ¿Hasta cuándo?"
        ],
        "en": [
            "Cancelled the skip three weeks ago and the {amt} still hasn't come back. App says refund in progress. For how long exactly?"
        ],
        "fr": [
            "J'ai annulé la benne il y a trois semaines et les {amt} ne sont toujours pas revenus. L'appli dit remboursement en cours. Depuis trois semaines ?"
        ],
        "it": [
            "Ho annullato il cassone tre settimane fa e i {amt} non sono ancora tornati. L'app dice rimborso in corso. Ma fino a quando?"
        ],
    },
    "left_behind": {
        "de": [
            "Gebucht waren Sofa, Matratze und Kommode, steht alles in der Buchung. Mitgenommen haben sie das Sofa. Matratze und Kommode liegen im Hof und es regnet. Super.",
            "Die Abholer haben nur das Sofa eingeladen und gesagt, der Rest passt nicht mehr rein. Bezahlt habe ich drei Teile. Wann holt ihr den Rest?",
        ],
        "pt": [
            "Marquei sofá, colchão e cómoda, está tudo na reserva. Levaram o sofá e deixaram o resto no quintal, a apanhar chuva. Então?",
            "Os senhores levaram só o sofá e disseram que o resto já não cabia. Paguei três peças. Quando é que vêm buscar o resto?",
        ],
        "es": [
            "Reservé sofá, colchón y cómoda. Se llevaron el sofá y dejaron lo demás en el patio. Pagué tres piezas"
        ],
        "en": [
            "Booked sofa, mattress and chest of drawers. They took the sofa and left the rest in the yard, in the rain. I paid for three items"
        ],
        "fr": [
            "J'avais réservé canapé, matelas et commode. Ils ont pris le canapé et laissé le reste dans la cour, sous la pluie"
        ],
        "it": [
            "Avevo prenotato divano, materasso e comò. Hanno preso il divano e lasciato il resto in cortile, sotto la pioggia"
        ],
    },
    "permit_fine": {
        "de": [
            "Ich hatte ausdrücklich 'Einfahrt' angegeben. Euer Fahrer stellt die Mulde auf die Straße, und jetzt habe ich ein Bußgeld über {amt} von der Stadt. Das zahle ich nicht",
            "Bußgeldbescheid {amt}: Mulde ohne Genehmigung im öffentlichen Raum. Ich habe sie NICHT dorthin gestellt, das war euer Fahrer. Bitte klären",
        ],
        "pt": [
            "Pedi para pôr o contentor dentro da entrada. O motorista deixou-o na rua e agora a câmara multou-me em {amt}. Não vou pagar isto",
            "Chegou uma multa de {amt} da câmara por ocupação da via pública. Quem pôs o contentor na rua foi o vosso motorista, não eu",
        ],
        "es": [
            "Pedí el contenedor dentro de la parcela, el conductor lo dejó en la calle y ahora el ayuntamiento me multa con {amt}. No pienso pagarlo"
        ],
        "en": [
            "I asked for the skip on the drive. Your driver left it on the road and now the council has fined me {amt}. I'm not paying that"
        ],
        "fr": [
            "J'avais demandé la benne dans l'allée. Le chauffeur l'a posée sur la chaussée et la mairie m'a mis {amt} d'amende"
        ],
        "it": [
            "Avevo chiesto il cassone nel vialetto. L'autista l'ha lasciato in strada e il comune mi ha multato di {amt}"
        ],
    },
}

# Calls about a problem: speech-to-text, no punctuation.
ANGRY_CALL: dict[str, dict[str, str]] = {
    "missed_pickup": {
        "de": "ja guten tag ich hatte heute die Abholung gebucht für den Big Bag und es ist keiner gekommen ich hab extra Urlaub genommen und jetzt steht der Sack auf dem Gehweg ich will wissen wann ihr kommt",
        "pt": "sim bom dia eu tinha a recolha marcada para hoje e ninguém apareceu tirei o dia e o saco está no passeio quero saber quando é que vêm",
        "es": "hola mire tenía la recogida hoy y no ha venido nadie el saco está en la acera quiero saber cuándo vienen",
        "en": "hi yeah I had a collection booked for this morning and nobody came the bag's on the pavement I took the day off for this",
        "fr": "oui bonjour j'avais un enlèvement ce matin et personne n'est venu le sac est sur le trottoir je veux savoir quand vous passez",
        "it": "sì buongiorno avevo il ritiro stamattina e non è venuto nessuno il sacco è sul marciapiede voglio sapere quando venite",
    },
    "surcharge": {
        "de": "hallo ich ruf an wegen dem Übergewichtszuschlag ihr habt mir {amt} abgebucht für einen Sack mit Laub der war nicht mal halb voll ich hab Fotos das will ich zurück",
        "pt": "olá estou a ligar por causa da taxa de peso cobraram {amt} por um saco de folhas que nem estava meio tenho fotografias quero o dinheiro",
        "es": "hola llamo por el recargo de sobrepeso me habéis cobrado {amt} por un saco de hojas medio vacío tengo fotos",
        "en": "hello I'm ringing about an overweight charge of {amt} the bag was half full of leaves I've got photos I want it refunded",
        "fr": "bonjour j'appelle pour le supplément surpoids de {amt} le sac était à moitié vide que des feuilles j'ai des photos",
        "it": "buongiorno chiamo per il supplemento peso di {amt} il sacco era mezzo vuoto solo foglie ho le foto",
    },
    "driveway": {
        "de": "guten tag euer Fahrer hat heute beim Abstellen der Mulde unsere Einfahrt kaputt gemacht vier Steine gebrochen und er ist einfach weggefahren ich will wissen wie das jetzt geregelt wird",
        "pt": "boa tarde o vosso motorista partiu a calçada da minha entrada ao pôr o contentor e foi-se embora quero saber quem paga o arranjo",
        "es": "buenas el conductor ha roto las baldosas de la entrada al dejar el contenedor y se ha ido quiero saber quién lo paga",
        "en": "hi your driver's cracked the slabs on our drive putting the skip down and just drove off I want to know how this gets sorted",
        "fr": "bonjour votre chauffeur a cassé les pavés de l'allée en posant la benne et il est reparti je veux savoir qui paie",
        "it": "buongiorno il vostro autista ha rotto il vialetto scaricando il cassone e se n'è andato chi paga adesso",
    },
    "refund": {
        "de": "ja hallo ich warte seit drei Wochen auf meine Erstattung für die stornierte Mulde {amt} und in der App steht immer nur in Bearbeitung",
        "pt": "olá estou à espera há três semanas do reembolso do contentor que cancelei {amt} e na app diz sempre em curso",
        "es": "hola llevo tres semanas esperando el reembolso del contenedor cancelado {amt} y en la app siempre pone en curso",
        "en": "hi I've been waiting three weeks for the refund on a cancelled skip {amt} and the app just says in progress",
        "fr": "bonjour j'attends depuis trois semaines le remboursement de la benne annulée {amt} l'appli dit toujours en cours",
        "it": "buongiorno aspetto da tre settimane il rimborso del cassone annullato {amt} l'app dice sempre in corso",
    },
    "left_behind": {
        "de": "hallo heute war die Sperrmüllabholung die haben nur das Sofa mitgenommen Matratze und Kommode liegen noch im Hof bezahlt hab ich drei Teile",
        "pt": "olá hoje foi a recolha dos monos levaram só o sofá o colchão e a cómoda ficaram no quintal e eu paguei três peças",
        "es": "hola hoy era la recogida y solo se han llevado el sofá el colchón y la cómoda siguen aquí y pagué tres",
        "en": "hi the bulky collection came today and they only took the sofa the mattress and drawers are still in the yard I paid for three",
        "fr": "bonjour l'enlèvement c'était aujourd'hui ils ont pris que le canapé le matelas et la commode sont encore là",
        "it": "buongiorno oggi c'era il ritiro hanno preso solo il divano materasso e comò sono ancora qui",
    },
    "permit_fine": {
        "de": "guten tag ich hab einen Bußgeldbescheid bekommen über {amt} weil die Mulde auf der Straße stand ich hatte Einfahrt angegeben das hat euer Fahrer gemacht",
        "pt": "bom dia recebi uma multa de {amt} da câmara porque o contentor ficou na rua eu pedi dentro da entrada foi o vosso motorista",
        "es": "buenos días me ha llegado una multa de {amt} porque el contenedor estaba en la calle y yo pedí dentro de la parcela",
        "en": "morning I've had a council fine for {amt} because the skip was on the road I asked for it on the drive",
        "fr": "bonjour j'ai reçu une amende de {amt} parce que la benne était sur la chaussée j'avais demandé dans l'allée",
        "it": "buongiorno mi è arrivata una multa di {amt} perché il cassone era in strada io l'avevo chiesto nel vialetto",
    },
}

# Long letters (German and Portuguese): the complaint inside a letter.
LONG_LETTER: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen das hier im Auto vor der Physiotherapie meines Vaters, weil ich sonst gar nicht mehr dazu komme. Wir räumen seit Wochen seine Wohnung aus, er zieht ins betreute Wohnen, und ich habe Ihren Service gewählt, weil mir eine Freundin ihn empfohlen hat.\n\n{complaint}\n\nIch habe zwei Kinder, einen Job und einen Vater, der jeden Tag fragt, ob seine Sachen gut weggekommen sind. Ich habe keine Zeit, dem hinterherzutelefonieren. Bitte melden Sie sich bei mir mit einer Lösung, nicht mit einem Textbaustein.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo,\n\neigentlich wollte ich Ihnen eine nette Bewertung schreiben, weil die erste Abholung im Frühjahr wirklich gut lief. Wir bauen gerade das alte Bauernhaus meiner Schwiegereltern um, jedes Wochenende, und ohne Ihre Säcke wären wir aufgeschmissen.\n\nAber: {complaint}\n\nIch schreibe das hier zwischen zwei Fuhren Bauschutt auf dem Handy, entschuldigen Sie also Tippfehler. Ich erwarte eine Antwort bis Ende der Woche.\n\nGruß\n{name}",
    ],
    "pt": [
        "Exmos. Senhores,\n\nescrevo-vos da sala de espera do hospital, onde estou com a minha mãe, porque não sei quando terei outro momento. Estamos a esvaziar a casa dela na aldeia para a vender e escolhi a {brand} porque o meu cunhado já tinha usado.\n\n{complaint}\n\nTenho a minha mãe doente, dois filhos e o trabalho, e não posso andar atrás disto por telefone. Peço que me contactem com uma solução concreta.\n\nCom os melhores cumprimentos,\n{name}",
        "Boa tarde,\n\nsou cliente há dois anos e até hoje nunca tive razão de queixa, pelo contrário, já vos recomendei a meio mundo. Estamos a fazer obras na casa que herdámos do meu avô e tenho usado os vossos sacos quase todas as semanas.\n\nMas desta vez: {complaint}\n\nEscrevo isto no telemóvel à porta da escola dos miúdos, desculpem algum erro. Aguardo resposta até sexta-feira.\n\nCumprimentos,\n{name}",
    ],
}

CSAT_LOW_WORDS: dict[str, list[str]] = {
    "de": ["schlecht", "enttäuscht", ""],
    "pt": ["péssimo", "desiludida", ""],
    "es": ["mal", ""],
    "en": ["poor", ""],
    "fr": ["décevant", ""],
    "it": ["pessimo", ""],
}

NPS_LOW_WORDS: dict[str, list[str]] = {
    "de": ["So nicht.", "Erst wenn das geklärt ist", ""],
    "pt": ["Assim não.", "Só quando resolverem", ""],
    "es": ["Así no", ""],
    "en": ["Not like this", ""],
    "fr": ["Pas comme ça", ""],
    "it": ["Così no", ""],
}

# Agent: case opened (subject, body).
CASE_OPENED: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Anliegen {ref}",
        "Hallo {name},\n\nes tut mir leid, das hätte nicht passieren dürfen. Ich habe Ihr Anliegen unter {ref} aufgenommen und an die Disposition in Ihrer Region gegeben. Sie hören spätestens morgen von uns.\n\nViele Grüße\n{agent}, {brand} Kundenservice",
    ),
    "pt": (
        "O seu pedido {ref}",
        "Olá {name},\n\nlamentamos muito o sucedido. Registámos o seu pedido com a referência {ref} e passámo-lo à equipa de operações da sua zona. Terá notícias nossas até amanhã.\n\nCumprimentos,\n{agent}, apoio ao cliente {brand}",
    ),
    "es": (
        "Tu solicitud {ref}",
        "Hola {name},\n\nsentimos mucho lo ocurrido. Hemos registrado tu solicitud con la referencia {ref} y la hemos pasado al equipo de rutas de tu zona. Te diremos algo como muy tarde mañana.\n\nUn saludo,\n{agent}, atención al cliente {brand}",
    ),
    "en": (
        "Your request {ref}",
        "Hi {name},\n\nI'm sorry, that shouldn't have happened. I've logged it as {ref} and passed it to the dispatch team for your area. You'll hear from us by tomorrow at the latest.\n\nBest wishes,\n{agent}, {brand} customer care",
    ),
    "fr": (
        "Votre demande {ref}",
        "Bonjour {name},\n\nnous sommes désolés. Votre demande est enregistrée sous la référence {ref} et transmise à l'équipe d'exploitation de votre secteur. Vous aurez de nos nouvelles au plus tard demain.\n\nCordialement,\n{agent}, service client {brand}",
    ),
    "it": (
        "La sua richiesta {ref}",
        "Buongiorno {name},\n\nci dispiace molto. Abbiamo registrato la richiesta con il riferimento {ref} e l'abbiamo girata al reparto operativo della sua zona. Avrà nostre notizie entro domani.\n\nCordiali saluti,\n{agent}, servizio clienti {brand}",
    ),
}

# Agent's chat answer to a complaint in chat.
CHAT_CASE: dict[str, str] = {
    "de": "Das tut mir wirklich leid. Ich habe das unter {ref} aufgenommen und direkt an die Disposition geschickt, Sie bekommen bis morgen eine Rückmeldung.",
    "pt": "Lamento imenso. Registei com a referência {ref} e enviei já para a equipa de operações, terá resposta até amanhã.",
    "es": "Lo siento mucho. Lo he registrado como {ref} y lo he pasado al equipo de rutas, mañana como tarde te decimos algo.",
    "en": "I'm really sorry about that. I've logged it as {ref} and sent it straight to dispatch, you'll hear back by tomorrow.",
    "fr": "Vraiment désolé. C'est enregistré sous {ref} et transmis à l'exploitation, réponse au plus tard demain.",
    "it": "Mi dispiace davvero. L'ho registrato come {ref} e passato al reparto operativo, avrà risposta entro domani.",
}

# Agent's chat answer when the case comes up again.
CHAT_AGAIN: dict[str, str] = {
    "de": "Ich sehe {ref}, das ist noch offen, entschuldigen Sie. Ich habe es bei der Disposition nach oben gesetzt und einen Rückruf für heute eingetragen.",
    "pt": "Estou a ver o {ref}, ainda está em aberto, peço desculpa. Pus como prioritário e pedi que lhe liguem hoje.",
    "es": "Veo el {ref}, sigue abierto, perdona. Lo he marcado como prioritario y he pedido que te llamen hoy.",
    "en": "I can see {ref} is still open, sorry. I've bumped it up with dispatch and asked them to ring you today.",
    "fr": "Je vois {ref}, toujours ouvert, désolé. Je l'ai passé en prioritaire et demandé qu'on vous rappelle aujourd'hui.",
    "it": "Vedo {ref}, ancora aperto, mi scusi. L'ho messo in priorità e ho chiesto che la richiamino oggi.",
}

# What was done to fix each problem (inside the "sorted" e-mail).
ACTION: dict[str, dict[str, str]] = {
    "missed_pickup": {
        "de": "der Sack wurde heute Vormittag abgeholt und die Abholgebühr erstattet",
        "pt": "o saco foi recolhido esta manhã e devolvemos o valor da recolha",
        "es": "el saco se recogió esta mañana y te hemos devuelto la recogida",
        "en": "the bag was collected this morning and the collection fee refunded",
        "fr": "le sac a été enlevé ce matin et l'enlèvement remboursé",
        "it": "il sacco è stato ritirato stamattina e il ritiro rimborsato",
    },
    "surcharge": {
        "de": "der Zuschlag ist storniert und wird in 2-3 Tagen gutgeschrieben",
        "pt": "a taxa foi anulada e o valor volta à conta em 2-3 dias",
        "es": "hemos anulado el recargo, lo verás en 2-3 días",
        "en": "the charge is cancelled and will be back on your card in 2-3 days",
        "fr": "le supplément est annulé, recrédité sous 2-3 jours",
        "it": "il supplemento è annullato, rimborso in 2-3 giorni",
    },
    "driveway": {
        "de": "wir übernehmen die Rechnung des Pflasterers, bitte schicken Sie sie einfach als Antwort",
        "pt": "assumimos a fatura do calceteiro, basta responder com ela em anexo",
        "es": "nos hacemos cargo de la factura del arreglo, respóndenos con ella",
        "en": "we'll cover the paver's invoice, just reply with it attached",
        "fr": "nous prenons en charge la facture du paveur, répondez avec elle en pièce jointe",
        "it": "copriamo la fattura della riparazione, basta rispondere allegandola",
    },
    "refund": {
        "de": "die Erstattung ist heute erneut angestoßen worden und sollte morgen auf dem Konto sein",
        "pt": "o reembolso foi reenviado hoje e deve chegar amanhã",
        "es": "hemos reenviado el reembolso hoy y llegará mañana",
        "en": "the refund went out again today and should land tomorrow",
        "fr": "le remboursement a été relancé aujourd'hui, il arrive demain",
        "it": "il rimborso è stato rinviato oggi, arriva domani",
    },
    "left_behind": {
        "de": "das Team war heute da und hat Matratze und Kommode mitgenommen",
        "pt": "a equipa passou hoje e levou o colchão e a cómoda",
        "es": "el equipo ha pasado hoy y se ha llevado el colchón y la cómoda",
        "en": "the crew came back today and took the mattress and drawers",
        "fr": "l'équipe est repassée aujourd'hui prendre le matelas et la commode",
        "it": "la squadra è ripassata oggi a prendere materasso e comò",
    },
    "permit_fine": {
        "de": "wir übernehmen das Bußgeld, die Summe ist Ihnen überwiesen",
        "pt": "assumimos a multa, já lhe transferimos o valor",
        "es": "asumimos la multa, ya te hemos transferido el importe",
        "en": "we're covering the fine, the amount has been sent to your account",
        "fr": "nous prenons l'amende à notre charge, le montant vous est viré",
        "it": "ci facciamo carico della multa, l'importo le è stato bonificato",
    },
}

# Agent's "sorted" e-mail (subject, body with {action}).
SORTED: dict[str, tuple[str, str]] = {
    "de": (
        "{ref}: erledigt?",
        "Hallo {name},\n\nkurzes Update zu {ref}: {action}. Passt jetzt alles bei Ihnen? Eine kurze Antwort reicht uns.\n\nViele Grüße\n{agent}",
    ),
    "pt": (
        "{ref}: já está?",
        "Olá {name},\n\nponto de situação do {ref}: {action}. Está tudo bem agora do seu lado? Basta uma resposta curta.\n\nCumprimentos,\n{agent}",
    ),
    "es": (
        "{ref}: ¿todo bien?",
        "Hola {name},\n\nsobre {ref}: {action}. ¿Está todo bien ahora? Con una respuesta corta nos vale.\n\nUn saludo,\n{agent}",
    ),
    "en": (
        "{ref}: all sorted?",
        "Hi {name},\n\nquick update on {ref}: {action}. Is everything OK your end now? A one-line reply is plenty.\n\nBest,\n{agent}",
    ),
    "fr": (
        "{ref} : c'est réglé ?",
        "Bonjour {name},\n\npoint sur {ref} : {action}. Tout est-il en ordre de votre côté ? Une réponse courte suffit.\n\nCordialement,\n{agent}",
    ),
    "it": (
        "{ref}: tutto a posto?",
        "Buongiorno {name},\n\naggiornamento su {ref}: {action}. Ora è tutto a posto? Basta una risposta breve.\n\nCordiali saluti,\n{agent}",
    ),
}

# Customer confirms the fix, naming the case.
CONFIRMED: dict[str, list[str]] = {
    "de": [
        "Ja, {ref} ist erledigt, alles angekommen. Danke fürs Kümmern",
        "Bestätige: {ref} passt jetzt. Danke",
    ],
    "pt": [
        "Sim, o {ref} ficou resolvido, está tudo certo. Obrigada",
        "Confirmo, {ref} resolvido. Obrigado pela ajuda",
    ],
    "es": ["Sí, {ref} resuelto, todo correcto. Gracias"],
    "en": ["Yes, {ref} is sorted, all good now. Thanks"],
    "fr": ["Oui, {ref} est réglé, merci"],
    "it": ["Sì, {ref} risolto, tutto ok. Grazie"],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry für meinen Ton gestern, war einfach ein mieser Tag. Danke, dass ihr euch so schnell gekümmert habt",
        "Entschuldigung wegen gestern, ich war ziemlich geladen. Jetzt ist alles gut",
    ],
    "pt": [
        "Peço desculpa pelo tom de ontem, estava mesmo farta. Obrigada por terem resolvido tão rápido",
        "Desculpem ontem, perdi a paciência. Afinal correu tudo bem",
    ],
    "es": ["Perdón por el tono de ayer, tuve un mal día. Gracias por arreglarlo tan rápido"],
    "en": ["Sorry for being short with you yesterday, rough day. Thanks for sorting it so quickly"],
    "fr": ["Désolée pour mon ton d'hier, mauvaise journée. Merci d'avoir réglé ça si vite"],
    "it": ["Scusate per ieri, ero nervosa. Grazie per aver risolto subito"],
}

# Later contacts about an open case.
SECOND: dict[str, list[str]] = {
    "de": [
        "Nachfrage zu {ref}: {what}. Niemand hat sich gemeldet, obwohl 'bis morgen' versprochen war",
        "{ref} – {what}. Was ist da los?",
    ],
    "pt": [
        "Sobre o {ref}: {what}. Ninguém me disse nada, apesar de prometerem resposta até ontem",
        "{ref} – {what}. O que se passa?",
    ],
    "es": ["Sobre {ref}: {what}. Nadie me ha llamado"],
    "en": ["Re {ref}: {what}. Nobody has been in touch"],
    "fr": ["Concernant {ref} : {what}. Personne ne m'a rappelé"],
    "it": ["Riguardo {ref}: {what}. Nessuno mi ha richiamato"],
}

THIRD: dict[str, list[str]] = {
    "de": [
        "Jetzt zum dritten Mal wegen {ref}: {what}. Mein Nachbar nimmt immer {comp}, da ist so was am nächsten Tag erledigt",
        "Drittes Mal {ref}, {what}. Ich hab mir inzwischen die Preise bei {comp} angeschaut",
    ],
    "pt": [
        "Terceira vez por causa do {ref}: {what}. O meu vizinho usa a {comp} e lá resolvem isto no dia seguinte",
        "3ª vez, {ref}: {what}. Já fui ver os preços da {comp}",
    ],
    "es": [
        "Tercera vez por {ref}: {what}. Mi vecino usa {comp} y allí esto se arregla al día siguiente"
    ],
    "en": [
        "Third time about {ref}: {what}. My neighbour uses {comp} and they'd have sorted this the next day"
    ],
    "fr": [
        "Troisième fois pour {ref} : {what}. Mon voisin passe par {comp}, eux règlent ça le lendemain"
    ],
    "it": [
        "Terza volta per {ref}: {what}. Il mio vicino usa {comp} e lì lo risolvono il giorno dopo"
    ],
}

FOURTH: dict[str, list[str]] = {
    "de": [
        "VIERTES Mal. {ref}. {what}. Ich will heute einen Anruf von jemandem, der was entscheiden darf"
    ],
    "pt": [
        "QUARTA vez. {ref}. {what}. Quero que me ligue hoje alguém que possa decidir alguma coisa"
    ],
    "es": ["CUARTA vez. {ref}. {what}. Quiero que me llame hoy alguien que pueda decidir"],
    "en": [
        "FOURTH time. {ref}. {what}. I want a call today from someone who can actually decide something"
    ],
    "fr": ["QUATRIÈME fois. {ref}. {what}. Je veux un appel aujourd'hui de quelqu'un qui décide"],
    "it": ["QUARTA volta. {ref}. {what}. Voglio una chiamata oggi da qualcuno che possa decidere"],
}

# Later contact as a call (no punctuation).
LATER_CALL: dict[str, str] = {
    "de": "ja hallo ich ruf an wegen {ref} {what} und es hat sich keiner gemeldet",
    "pt": "olá é por causa do {ref} {what} e ninguém me ligou",
    "es": "hola llamo por el {ref} {what} y nadie me ha llamado",
    "en": "hi it's about {ref} {what} and nobody's called me back",
    "fr": "bonjour c'est pour {ref} {what} et personne ne m'a rappelé",
    "it": "buongiorno chiamo per {ref} {what} e nessuno mi ha richiamato",
}

# Agent: passed on to a supervisor (subject, body).
ESCALATED: dict[str, tuple[str, str]] = {
    "de": (
        "{ref} an die Teamleitung",
        "Hallo {name},\n\nich habe {ref} an unsere Teamleiterin Disposition, Frau Brenner, gegeben. Sie ruft Sie morgen zwischen 9 und 12 Uhr an.\n\nViele Grüße\n{agent}",
    ),
    "pt": (
        "{ref} passado à coordenação",
        "Olá {name},\n\npassei o {ref} ao nosso coordenador de operações, o Sr. Vidal. Ele liga-lhe amanhã entre as 9h e as 12h.\n\nCumprimentos,\n{agent}",
    ),
    "es": (
        "{ref} a coordinación",
        "Hola {name},\n\nhe pasado {ref} a nuestra coordinadora de rutas. Te llamará mañana entre las 9 y las 12.\n\nUn saludo,\n{agent}",
    ),
    "en": (
        "{ref} passed to our supervisor",
        "Hi {name},\n\nI've handed {ref} to our dispatch supervisor, who will ring you tomorrow between 9 and 12.\n\nBest,\n{agent}",
    ),
    "fr": (
        "{ref} transmis à la responsable",
        "Bonjour {name},\n\nj'ai transmis {ref} à notre responsable d'exploitation, qui vous appellera demain entre 9 h et 12 h.\n\nCordialement,\n{agent}",
    ),
    "it": (
        "{ref} alla responsabile",
        "Buongiorno {name},\n\nho passato {ref} alla nostra responsabile operativa, che la chiamerà domani tra le 9 e le 12.\n\nCordiali saluti,\n{agent}",
    ),
}

# Slide: six steps from a happy baseline (ratings 3, 3, 2, 2, 1, 1); amounts fixed per language.
SLIDE: dict[str, list[str]] = {
    "de": [
        "Abholfenster wurde kurzfristig von vormittags auf 'bis 18 Uhr' geändert. Naja, war halt den ganzen Tag zuhause",
        "Big Bag diesmal mit einem Riss geliefert, musste ihn mit Panzertape flicken. Früher war das besser",
        "Grüntonne zweimal hintereinander nicht geleert. Die Erinnerung in der App hat niemanden interessiert",
        "Die Preise sind still und leise um 15 % gestiegen. Keine Mail, nichts. Gefällt mir immer weniger",
        "Jetzt reichts: 40 € 'Anfahrtspauschale', weil der Fahrer angeblich nicht in die Straße kam. Da fährt jeden Tag die Müllabfuhr durch!!",
        "Die Nachbarin nimmt {comp}, hab dort gerade den nächsten Sack bestellt. Mal sehen",
    ],
    "pt": [
        "Mudaram a janela de recolha da manhã para 'até às 18h' sem avisar. Pronto, fiquei o dia todo em casa",
        "O saco veio rasgado desta vez, tive de o remendar com fita. Antigamente não era assim",
        "O contentor de verdes não foi esvaziado duas vezes seguidas. O alerta na app não serviu de nada",
        "Os preços subiram 15% sem aviso nenhum. Nem um email. Cada vez gosto menos",
        "Agora chega: 40 € de 'taxa de deslocação' porque o camião alegadamente não entrava na rua. Passa lá o lixo todos os dias!!",
        "A minha vizinha usa a {comp}, acabei de encomendar lá o próximo saco. Vamos ver",
    ],
    "es": [
        "Han cambiado la franja de recogida de mañana a 'hasta las 18h' sin avisar. En fin",
        "El saco vino roto esta vez, lo tuve que arreglar con cinta",
        "No han vaciado el cubo de poda dos semanas seguidas",
        "Han subido los precios un 15 % sin avisar. Cada vez me gusta menos",
        "Lo que faltaba: 40 € de 'desplazamiento' porque el camión supuestamente no entraba en la calle. ¡Si pasa la basura cada día!",
        "Mi vecina usa {comp}, acabo de pedir allí el próximo saco",
    ],
    "en": [
        "Collection window changed from morning to 'by 6pm' at short notice. Fine, stayed in all day",
        "Bag arrived torn this time, had to patch it with tape. Used to be better",
        "Garden bin skipped two weeks running. The reminder in the app did nothing",
        "Prices up 15% without a word. Liking this less and less",
        "That's it: £35 'access fee' because the lorry supposedly couldn't get down our road. The bin lorry manages every week!!",
        "Neighbour uses {comp}, just ordered my next bag from them. We'll see",
    ],
    "fr": [
        "Créneau d'enlèvement changé du matin à 'avant 18 h' sans prévenir. Bon, je suis resté à la maison",
        "Le sac est arrivé déchiré cette fois, réparé au scotch",
        "Bac à déchets verts pas vidé deux semaines de suite",
        "Les prix ont pris 15 % sans aucun message. J'aime de moins en moins",
        "Ça suffit : 40 € de 'frais d'accès' parce que le camion ne passait soi-disant pas dans la rue. Les éboueurs y passent tous les jours !!",
        "Ma voisine passe par {comp}, je viens d'y commander le prochain sac",
    ],
    "it": [
        "Fascia di ritiro cambiata da mattina a 'entro le 18' senza preavviso. Pazienza",
        "Il sacco è arrivato strappato, l'ho riparato con il nastro",
        "Bidone del verde non svuotato due settimane di fila",
        "Prezzi aumentati del 15% senza avvisare. Mi piace sempre meno",
        "Adesso basta: 40 € di 'accesso difficile' perché il camion non entrava nella via. Il camion dei rifiuti ci passa ogni giorno!!",
        "La mia vicina usa {comp}, ho appena ordinato lì il prossimo sacco",
    ],
}

CANCEL_ASK: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kündigung Ramasso Plus",
            "Hallo,\n\nwir haben uns jetzt einen eigenen Anhänger gekauft und fahren selbst zum Wertstoffhof. Bitte kündigen Sie mein {plus} und löschen Sie mein Konto.\n\nDanke für die letzten zwei Jahre\n{name}",
        ),
        (
            "Konto schließen",
            "Guten Tag,\n\nwir ziehen in eine Wohnung ohne Garten, die Grüntonne brauchen wir nicht mehr. Ich möchte {plus} kündigen und das Konto schließen.\n\nGruß\n{name}",
        ),
    ],
    "pt": [
        (
            "Cancelar Ramasso Plus",
            "Olá,\n\ncomprámos um atrelado e passamos a levar as coisas ao ecocentro nós mesmos. Quero cancelar o {plus} e fechar a conta.\n\nObrigado por tudo\n{name}",
        ),
        (
            "Fechar conta",
            "Bom dia,\n\nvamos mudar para um apartamento sem quintal e já não precisamos do contentor de verdes. Peço o cancelamento do {plus} e o fecho da conta.\n\nCumprimentos\n{name}",
        ),
    ],
    "es": [
        (
            "Baja de Ramasso Plus",
            "Hola,\n\nnos mudamos a un piso sin jardín. Quiero dar de baja {plus} y cerrar la cuenta.\n\nGracias\n{name}",
        )
    ],
    "en": [
        (
            "Cancel Ramasso Plus",
            "Hello,\n\nwe've bought a trailer and will do the tip runs ourselves. Please cancel my {plus} and close the account.\n\nThanks\n{name}",
        )
    ],
    "fr": [
        (
            "Résiliation Ramasso Plus",
            "Bonjour,\n\nnous déménageons dans un appartement sans jardin. Je souhaite résilier {plus} et fermer mon compte.\n\nMerci\n{name}",
        )
    ],
    "it": [
        (
            "Disdetta Ramasso Plus",
            "Buongiorno,\n\nci trasferiamo in un appartamento senza giardino. Vorrei disdire {plus} e chiudere l'account.\n\nGrazie\n{name}",
        )
    ],
}

CANCEL_REPLY: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Kündigung",
        "Hallo {name},\n\nschade, dass Sie gehen, aber danke für die Zeit mit uns. Die Kündigung können Sie selbst in der App oder auf der Website unter Mein Konto > {plus} abschließen, das dauert eine Minute.\n\nAlles Gute\n{agent}",
    ),
    "pt": (
        "O seu cancelamento",
        "Olá {name},\n\né pena vê-lo partir, obrigado pelo tempo connosco. Pode concluir o cancelamento na app ou no site, em A minha conta > {plus}.\n\nTudo de bom,\n{agent}",
    ),
    "es": (
        "Tu baja",
        "Hola {name},\n\nqué pena, gracias por estos años. Puedes terminar la baja tú mismo en la app o la web, en Mi cuenta > {plus}.\n\nUn saludo,\n{agent}",
    ),
    "en": (
        "Your cancellation",
        "Hi {name},\n\nsorry to lose you, and thanks for sticking with us. You can finish the cancellation in the app or on the website under My account > {plus}.\n\nAll the best,\n{agent}",
    ),
    "fr": (
        "Votre résiliation",
        "Bonjour {name},\n\ndommage de vous voir partir, merci pour ces années. Vous pouvez finaliser la résiliation dans l'appli ou sur le site, Mon compte > {plus}.\n\nCordialement,\n{agent}",
    ),
    "it": (
        "La sua disdetta",
        "Buongiorno {name},\n\nci dispiace perderla, grazie per questi anni. Può completare la disdetta nell'app o sul sito, Il mio account > {plus}.\n\nCordiali saluti,\n{agent}",
    ),
}

GRUMBLES: dict[str, list[str]] = {
    "de": [
        "Warum muss ich mich in der App jedes Mal neu einloggen? Nervt",
        "Die Abhol-SMS kommt um 5:45. Danke auch",
        "Big Bag für 79 € und dann steht drauf 'max. 1 Tonne' aber ihr meckert schon bei 700 kg. Toll",
        "Der Kundenservice antwortet immer mit denselben drei Sätzen",
        "Schon wieder kein Termin diese Woche frei. Wozu zahl ich Plus",
        "Die Tonne stinkt, seit ihr die Leerung auf alle drei Wochen umgestellt habt",
        "Eure App-Karte zeigt unsere Straße immer noch falsch an. Seit Monaten",
    ],
    "pt": [
        "Porque é que a app me obriga a fazer login todas as vezes? Que chatice",
        "O SMS da recolha chega às 5h45. Obrigadinha",
        "Saco de 79 € que diz 'máx. 1 tonelada' e depois refilam aos 700 kg",
        "O apoio ao cliente responde sempre com as mesmas três frases",
        "Outra vez sem datas livres esta semana. Para que pago o Plus",
        "O contentor de verdes cheira mal desde que passaram a recolha para de três em três semanas",
        "O mapa da app continua a pôr a minha rua no sítio errado. Há meses",
    ],
    "es": [
        "¿Por qué la app me pide iniciar sesión cada vez?",
        "El SMS de la recogida llega a las 5:45",
        "Otra semana sin fechas libres",
        "El mapa de la app sigue poniendo mal mi calle",
        "Atención al cliente contesta siempre lo mismo",
    ],
    "en": [
        "Why does the app log me out every single time?",
        "Collection text at 5:45am. Cheers",
        "No slots again this week, what am I paying Plus for",
        "App map still puts our road in the wrong place",
        "Customer service replies are copy and paste",
    ],
    "fr": [
        "Pourquoi l'appli me déconnecte à chaque fois ?",
        "SMS d'enlèvement à 5 h 45. Merci bien",
        "Encore aucun créneau cette semaine",
        "La carte de l'appli place toujours mal ma rue",
        "Le service client répond toujours la même chose",
    ],
    "it": [
        "Perché l'app mi fa rifare il login ogni volta?",
        "SMS del ritiro alle 5:45. Grazie",
        "Anche questa settimana nessuna data libera",
        "La mappa dell'app sbaglia ancora la mia via",
        "Il servizio clienti risponde sempre uguale",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Abholung 'zwischen 7 und 12', Fahrer kommt um 17:55. Pünktlich zum Abendessen, danke {brand} 👏",
        "Toll, der neue Big Bag hat schon Erde vom letzten Kunden drin. Bio-Bonus? 😂",
    ],
    "pt": [
        "Recolha 'entre as 8 e as 12', chegaram às 17h50. Mesmo a tempo do jantar, obrigada {brand} 👏",
        "Que simpático, o saco novo já vinha com terra do cliente anterior. Brinde? 😂",
    ],
    "es": ["Recogida 'de 8 a 12' y llegan a las 17:50. Justo para la cena, gracias {brand} 👏"],
    "en": [
        "Collection 'between 8 and 12', they turn up at 5:50pm. Just in time for tea, cheers {brand} 👏"
    ],
    "fr": [
        "Enlèvement 'entre 8 h et 12 h', ils arrivent à 17 h 50. Pile pour l'apéro, merci {brand} 👏"
    ],
    "it": ["Ritiro 'tra le 8 e le 12', arrivano alle 17:50. Giusto per cena, grazie {brand} 👏"],
}

# Mild one-off grumbles (question or remark, answered).
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die App zeigt mir die Abholzeiten auf Englisch an, obwohl alles auf Deutsch eingestellt ist. Kleinigkeit, aber komisch",
            "Danke für den Hinweis! Das ist ein bekannter Fehler nach dem letzten Update, der Fix kommt nächste Woche.",
        ),
        (
            "Bei der Suche nach dem nächsten Wertstoffhof kommt bei mir ein Ort in Sachsen. Ich wohne in Bayern 😅",
            "Oh, das sollte nicht sein. Ich habe es an unser App-Team weitergegeben, danke!",
        ),
    ],
    "pt": [
        (
            "A app mostra os horários em inglês, mesmo com tudo em português. Não é grave mas é estranho",
            "Obrigado pelo aviso! É um erro conhecido desde a última atualização, a correção sai na próxima semana.",
        ),
        (
            "Quando procuro o ecocentro mais próximo aparece um no Algarve. Eu vivo em Braga 😅",
            "Isso não devia acontecer, já passei à equipa da app. Obrigado!",
        ),
    ],
    "es": [
        (
            "La app me muestra los horarios en inglés",
            "¡Gracias! Es un fallo conocido, se arregla la semana que viene.",
        )
    ],
    "en": [
        (
            "The depot finder keeps showing me one 200 miles away",
            "That's not right, I've passed it to the app team, thanks!",
        )
    ],
    "fr": [
        (
            "L'appli affiche les horaires en anglais alors que tout est en français",
            "Merci ! C'est un bug connu, corrigé la semaine prochaine.",
        )
    ],
    "it": [
        (
            "L'app mi mostra gli orari in inglese",
            "Grazie! È un errore noto, la correzione arriva la prossima settimana.",
        )
    ],
}
