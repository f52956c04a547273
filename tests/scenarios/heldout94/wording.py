# ruff: noqa: E501
"""Households' words for heldout94 (Enigmora escape rooms): the stories first, then these.

Placeholders: {room}, {venue}, {amount}, {hour}, {case}, {comp}, {first}, {full},
{agent}, {topic}, {fix}, {credit}, {desc}, {code}. Every template is filled with
``str.format_map``; no other brace appears in a text.
"""

from __future__ import annotations

BRAND = "Enigmora"
PASS = "Enigmora Pass"
COMPETITORS = ("Fugario", "Knobelhaus")
SPIKE_CODE = "GMS/E-2207"

#: (English label, Spanish label, price in euros for the group)
ROOMS: list[tuple[str, str, int]] = [
    ("The Alchemist's Cellar", "El sótano del alquimista", 96),
    ("Abyssal Submarine", "Submarino abisal", 104),
    ("Casino Heist", "Atraco al casino", 112),
    ("The Asylum (horror)", "El manicomio (terror)", 120),
    ("Pharaoh's Tomb", "La tumba del faraón", 96),
    ("Pirate Island (kids)", "Isla pirata (niños)", 72),
    ("Clockmaker's Attic", "La buhardilla del relojero", 100),
]
VOUCHER = ("Gift voucher, 4 players", "Bono regalo, 4 jugadores", 100)

#: What a customer calls a room in their own language (falls back to English).
ROOM_NAMES: dict[str, list[str]] = {
    "es": [r[1] for r in ROOMS],
    "en": [r[0] for r in ROOMS],
    "fr": [
        "Cave de l'Alchimiste",
        "Sous-marin abyssal",
        "Casse au casino",
        "Asile",
        "Tombeau du pharaon",
        "Île aux pirates",
        "Grenier de l'horloger",
    ],
    "de": [
        "Alchemistenkeller",
        "Tiefsee-U-Boot",
        "Casino-Coup",
        "Anstalt",
        "Pharaonengrab",
        "Pirateninsel",
        "Uhrmacher-Dachboden",
    ],
    "it": [
        "Cantina dell'alchimista",
        "Sottomarino abissale",
        "Colpo al casinò",
        "Manicomio",
        "Tomba del faraone",
        "Isola dei pirati",
        "Soffitta dell'orologiaio",
    ],
    "pt": [
        "Cave do alquimista",
        "Submarino abissal",
        "Golpe no casino",
        "Manicómio",
        "Túmulo do faraó",
        "Ilha dos piratas",
        "Sótão do relojoeiro",
    ],
}

VENUES: dict[str, list[str]] = {
    "ES": [
        "Madrid Chamberí",
        "Valencia Ruzafa",
        "Sevilla Triana",
        "Zaragoza Centro",
        "Bilbao Indautxu",
        "Málaga Soho",
    ],
    "UK": ["Manchester Northern Quarter", "Leeds Call Lane", "Bristol Harbourside"],
    "IE": ["Dublin Smithfield", "Cork Shandon"],
    "FR": ["Lyon Part-Dieu", "Lille Vieux-Lille"],
    "BE": ["Bruxelles Ixelles"],
    "LU": ["Luxembourg Gare"],
    "CH": ["Zürich Oerlikon", "Genève Plainpalais", "Lugano Centro"],
    "DE": ["München Schwabing", "Köln Ehrenfeld", "Hamburg Altona"],
    "AT": ["Wien Neubau", "Graz Lend"],
    "IT": ["Milano Isola", "Torino San Salvario", "Bologna Bolognina"],
    "PT": ["Lisboa Arroios", "Porto Bonfim"],
}

AGENTS: dict[str, list[str]] = {
    "es": ["Nerea", "Álex", "Marina", "Rubén"],
    "en": ["Becky", "Aidan", "Priya", "Mark"],
    "fr": ["Camille", "Julien"],
    "de": ["Jana", "Tobias"],
    "it": ["Giulia", "Matteo"],
    "pt": ["Inês", "Rui"],
}

# --- happy words ---------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "es": [
        "Ayer hicimos {room} en {venue} con mis primos y salimos con 3 minutos de sobra!! El game master un crack, nos dio la pista justa. Repetiremos seguro",
        "Cumple de mi hija con sus amigas en {venue}, seis niñas de 10 años gritando de emoción. El chico de la sala tuvo una paciencia infinita. Gracias Enigmora",
        "que pasada {room}, los decorados parecen de peli. Nos sobraron 40 segundos y el corazón a mil",
        "Primera vez que hacemos un escape room y nos ha encantado. {room} en {venue}, muy recomendable para ir en pareja",
        "Enigmora {venue}: limpio, puntual y el briefing divertidísimo. {room} un 10",
    ],
    "en": [
        "Did {room} at {venue} last night with the lads from work, escaped with 2 mins to spare. Game master was brilliant, knew exactly when to nudge us",
        "Took my parents (both 70!) to {room} for their anniversary and they loved it. Dad found the last clue. Thanks Enigmora",
        "honestly the best hour of our week. {room} is gorgeous, the set alone is worth it",
        "First escape room ever and we're hooked. Staff at {venue} were lovely with our nervous teenager",
        "{room} at Enigmora {venue}, 10/10, that twist in the second room got all of us",
    ],
    "fr": [
        "Fait la salle {room} à {venue} samedi avec ma bande, sortis à 1 minute de la fin !! Maître du jeu au top. Merci Enigmora",
        "Super moment en famille, les enfants en parlent encore. Décor incroyable dans la salle {room}",
    ],
    "de": [
        "Gestern den Raum {room} in {venue} gespielt, mit 90 Sekunden Rest raus! Der Spielleiter war super, genau die richtigen Tipps. Danke Enigmora",
        "Junggesellinnenabschied bei Enigmora, alle begeistert. Die Kulisse im Raum {room} ist der Wahnsinn",
    ],
    "it": [
        "Fatta la stanza {room} a {venue} ieri sera con gli amici, usciti per un pelo! Game master simpaticissimo. Grazie Enigmora",
        "Compleanno di mio figlio, 8 ragazzini felici e urlanti. Staff gentilissimo e la stanza {room} bellissima",
    ],
    "pt": [
        "Fizemos a sala {room} em {venue} ontem com a família e saímos com 2 minutos de sobra! O game master foi impecável. Obrigada Enigmora",
        "Primeira vez num escape room e adorámos. Cenário espetacular, já estamos a pensar na próxima",
    ],
}

AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera sala que hacemos este año en Enigmora y otra vez genial. {room} la mejor hasta ahora",
        "Otra vez nos tocó Marta de game master, es la mejor!! Gracias por otra tarde redonda en {venue}",
        "Seguimos enganchados: cuarta visita a {venue} y cada sala mejor que la anterior",
    ],
    "en": [
        "Third Enigmora room this year and they just keep getting better. {room} is our favourite so far",
        "Same game master as last time at {venue}, still the funniest person alive lol. Another great night",
        "still buzzing from {room}, second birthday in a row we've done Enigmora and it never disappoints",
    ],
    "fr": ["Troisième salle chez Enigmora cette année, toujours aussi bien. {room} notre préférée"],
    "de": [
        "Schon wieder ein super Abend bei Enigmora, dritter Raum dieses Jahr. {room} bisher der beste"
    ],
    "it": ["Terza stanza da Enigmora quest'anno e ancora una volta bellissima. {room} la migliore"],
    "pt": ["Terceira sala este ano na Enigmora e outra vez fantástica. {room} foi a melhor"],
}

GRIPE: dict[str, list[str]] = {
    "es": [
        "Sala preciosa y el game master majísimo. Solo una cosa: la sala de espera es muy pequeña y estuvimos de pie 15 min. Por lo demás, de 10",
        "Genial {room}, aunque aparcar cerca de {venue} es un drama. Volveremos igual",
        "Todo muy bien, solo que la foto del final tardó dos días en llegar al mail. Nada grave, repetiremos",
    ],
    "en": [
        "Loved it, only gripe is the coat lockers are tiny. Otherwise spot on",
        "Great room, shame the team photo took 3 days to arrive. Would still recommend",
        "Brilliant game, the air con could be a bit stronger in {room} though, we were melting by minute 40",
    ],
    "fr": ["Très bien, juste dommage que la salle d'attente soit si petite. On reviendra"],
    "de": ["Toller Raum, nur die Garderobe ist echt winzig. Sonst gerne wieder"],
    "it": ["Bellissima esperienza, solo il parcheggio vicino a {venue} è un incubo"],
    "pt": ["Adorámos, só a sala de espera é pequenina. De resto, 5 estrelas"],
}

#: (question, agent's answer)
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, se puede jugar con un niño de 8 años en {room}?",
            "¡Hola! Sí, a partir de 8 años con un adulto por cada dos niños. Si buscáis algo más suave, Isla pirata está pensada para ellos.",
        ),
        (
            "Buenas, somos 7, se puede reservar para 7 o el maximo es 6?",
            "Hola, en {room} el máximo es 6, pero en {venue} podéis jugar en dos salas a la vez y competir. ¿Os lo preparo?",
        ),
        (
            "Hay parking cerca de {venue}?",
            "Hola, hay un parking público a 200 m con 2 horas gratis si enseñáis la reserva.",
        ),
        (
            "Se puede cambiar la hora de la reserva de hoy? Llegamos tarde x el trafico",
            "Hola, te la muevo media hora sin coste, ya lo tienes en la app.",
        ),
        (
            "el bono regalo caduca? me lo regalaron en navidad",
            "Hola, los bonos valen 12 meses desde la compra; el tuyo vale hasta diciembre.",
        ),
    ],
    "en": [
        (
            "hi is {room} too scary for a 12 year old?",
            "Hi! It's spooky but nobody jumps out at you; most 12-year-olds love it. There's a lights-on option if they change their mind.",
        ),
        (
            "Can we bring a cake for a birthday after the game?",
            "Hi, of course, the party room at {venue} is yours for 30 minutes after the game, just tell the game master.",
        ),
        (
            "is there step free access at {venue}",
            "Hi, yes, there's a lift to the rooms and an accessible toilet; {room} is fully step-free.",
        ),
        (
            "We're 5 but one dropped out, do I need to change the booking?",
            "Hi, no need, the price is per group for 2-6 players. See you Saturday!",
        ),
        (
            "How early should we get there?",
            "Hi, 15 minutes before is perfect for the briefing and the lockers.",
        ),
    ],
    "fr": [
        (
            "Bonjour, c'est possible avec des enfants de 9 ans ?",
            "Bonjour, oui, à partir de 8 ans accompagnés d'un adulte. Bonne partie !",
        ),
        (
            "bjr on peut décaler notre résa d'une heure ?",
            "Bonjour, c'est fait, vous la voyez dans l'appli.",
        ),
    ],
    "de": [
        (
            "Hallo, ab welchem Alter darf man in den Raum {room}?",
            "Hallo! Ab 12 Jahren, Jüngere mit einem Erwachsenen. Viel Spaß!",
        ),
        (
            "Gibt es bei {venue} Parkplätze?",
            "Hallo, ja, im Parkhaus nebenan mit Buchungsnachweis 2 Stunden gratis.",
        ),
    ],
    "it": [
        (
            "Ciao, si può giocare in 7?",
            "Ciao! Massimo 6 per stanza, ma potete giocare in due stanze in sfida.",
        ),
        ("C'è un guardaroba per le giacche?", "Ciao, sì, armadietti gratuiti all'ingresso."),
    ],
    "pt": [
        (
            "Olá, dá para ir com crianças de 10 anos?",
            "Olá! Sim, a partir dos 8 anos com um adulto.",
        ),
        ("Posso mudar a reserva para domingo?", "Olá, já está mudada, vê na app."),
    ],
}

THANKS: dict[str, list[str]] = {
    "es": [
        "genial, gracias!!",
        "perfecto mil gracias",
        "Muchas gracias, sois rapidísimos",
        "ok gracias 👍",
    ],
    "en": ["brilliant thanks!", "perfect, cheers", "thanks so much", "ok great ta"],
    "fr": ["Super, merci !", "Parfait merci"],
    "de": ["Super, danke!", "Perfekt, vielen Dank"],
    "it": ["Perfetto grazie!", "grz mille"],
    "pt": ["Ótimo, obrigada!", "Perfeito, obg"],
}

#: (speech-to-text question, agent's follow-up subject, body)
PHONE_QA: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "hola buenos días llamaba porque quería regalar un bono para cuatro personas a mi hermano y no sé si la sala la elige él o la tengo que elegir yo",
            "Tu bono regalo",
            "Hola {first}, como hablamos por teléfono: con el bono tu hermano elige sala, día y hora en la app. Un saludo, {agent}",
        ),
        (
            "buenas tardes una pregunta si reservo para el sábado y al final somos dos más hay que pagar algo más o es el mismo precio",
            "Tu reserva del sábado",
            "Hola {first}, lo que te dije por teléfono: el precio es por grupo de 2 a 6, así que dos más no cambian nada. {agent}",
        ),
        (
            "hola mira te llamo porque tengo el Pass y no encuentro dónde se canjea la partida gratis en la app",
            "Tu partida gratis del Pass",
            "Hola {first}, como vimos por teléfono: en la app, Cuenta > Pass > Canjear partida. ¡A disfrutarla! {agent}",
        ),
        (
            "sí hola mire quería saber si en la sala del submarino puede entrar mi padre en silla de ruedas porque quiere venir con los nietos",
            "Accesibilidad en {venue}",
            "Hola {first}, te confirmo lo que hablamos: Submarino abisal es accesible en silla de ruedas y hay ascensor. ¡Que lo disfrutéis! {agent}",
        ),
    ],
    "en": [
        (
            "hi yeah just calling to ask if we can book two rooms at the same time for a hen do there's eleven of us",
            "Your hen do",
            "Hi {first}, as promised on the phone: two rooms side by side are held for you at {venue} until Friday; book both in the app and the race is on. {agent}",
        ),
        (
            "hiya quick one is there anywhere to leave a pushchair at {venue} while we play",
            "Your visit to {venue}",
            "Hi {first}, as I said on the phone, there's room for a pushchair behind reception and staff keep an eye on it. {agent}",
        ),
        (
            "hello yes I'm calling about the Pass I'd like to know if I can bring different friends each time or is it just me",
            "Your Pass",
            "Hi {first}, as promised: the Pass covers the whole group, whoever you bring. {agent}",
        ),
        (
            "hello I bought a gift voucher online for my wife and I wanted to check it works at any of your venues",
            "Your gift voucher",
            "Hi {first}, as we said on the phone, the voucher works at every Enigmora venue for 12 months. {agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut réserver pour un anniversaire le dimanche matin",
            "Votre anniversaire",
            "Bonjour {first}, comme convenu au téléphone, les dimanches à 10 h sont ouverts à {venue}. Belle fête ! {agent}",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob man einen Gutschein auch für zwei Räume gleichzeitig einlösen kann",
            "Ihr Gutschein",
            "Hallo {first}, wie am Telefon besprochen: ein Gutschein gilt für einen Raum, den zweiten zahlen Sie einfach dazu. Viele Grüße, {agent}",
        ),
    ],
    "it": [
        (
            "pronto buongiorno volevo sapere se la stanza horror va bene per ragazzi di quattordici anni",
            "La stanza horror",
            "Ciao {first}, come detto al telefono: Il manicomio è dai 14 anni con un adulto. Buon divertimento! {agent}",
        )
    ],
    "pt": [
        (
            "olá bom dia queria saber se dá para marcar para oito pessoas no sábado",
            "A sua reserva",
            "Olá {first}, como falámos ao telefone: oito pessoas jogam em duas salas ao mesmo tempo em {venue}. {agent}",
        )
    ],
}

#: (subject, body, agent's answer)
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Pregunta sobre el Enigmora Pass",
            "Hola,\n\nCon el Pass, la partida gratis de cada dos meses vale para cualquier sala o solo para algunas?\n\nGracias,\n{first}",
            "Hola {first}, vale para cualquier sala y cualquier día. ¡Que la disfrutes! {agent}",
        ),
        (
            "Factura de la reserva",
            "Buenas, necesito la factura de la partida del sábado a nombre de mi asociación, se puede?\nUn saludo\n{full}",
            "Hola {first}, te la mandamos hoy mismo con los datos de la asociación. {agent}",
        ),
    ],
    "en": [
        (
            "Question about the Pass",
            "Hi,\n\nDoes the free game every two months with the Pass work on weekends too?\n\nThanks,\n{first}",
            "Hi {first}, yes, any day and any room. Enjoy! {agent}",
        ),
        (
            "Receipt please",
            "Hello, could I get a receipt for Saturday's game for my expenses? Cheers, {full}",
            "Hi {first}, it's attached to your booking in the app now. {agent}",
        ),
    ],
    "fr": [
        (
            "Question Pass",
            "Bonjour,\nLe Pass marche aussi le week-end ?\nMerci\n{first}",
            "Bonjour {first}, oui, tous les jours. Bonne partie ! {agent}",
        )
    ],
    "de": [
        (
            "Frage zum Pass",
            "Hallo,\ngilt das Freispiel mit dem Pass auch am Wochenende?\nGruß\n{first}",
            "Hallo {first}, ja, an allen Tagen und in allen Räumen. {agent}",
        )
    ],
    "it": [
        (
            "Domanda sul Pass",
            "Buongiorno,\nil Pass vale anche nel weekend?\nGrazie\n{first}",
            "Ciao {first}, sì, tutti i giorni. {agent}",
        )
    ],
    "pt": [
        (
            "Dúvida sobre o Pass",
            "Olá,\no Pass dá para o fim de semana?\nObrigada\n{first}",
            "Olá {first}, sim, todos os dias. {agent}",
        )
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["", "Genial", "👍", "todo perfecto", "Muy bien"],
    "en": ["", "great", "👍", "spot on", "loved it"],
    "fr": ["", "Top", "Très bien"],
    "de": ["", "super", "Top"],
    "it": ["", "ottimo", "👍"],
    "pt": ["", "ótimo", "Top"],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "es": [
        "son las 2 y sigo pensando en el acertijo del espejo de {room}, no puedo dormir jaja",
        "Salgo del turno de noche en el hospital y ya he reservado {room} para el sábado con las compis. Ganas!!",
        "insomnio total, viendo fotos de la sala del sábado. Qué bien lo pasamos en Enigmora",
    ],
    "en": [
        "3am and I've just realised what the numbers on the wall in {room} meant. Two weeks later. Brilliant",
        "night shift done, booked {room} for my days off, can't wait",
        "can't sleep so I've booked Enigmora for my sister's birthday lol",
    ],
    "fr": ["2h du mat et je repense encore à l'énigme du tableau dans la salle {room} 😂"],
    "de": ["Nachtschicht vorbei, gerade den Raum {room} fürs Wochenende gebucht. Freu mich!"],
    "it": ["Sono le due e ancora penso all'enigma dell'orologio nella stanza {room} 😂"],
    "pt": ["Saio agora do turno da noite e já marquei a sala {room} para sábado!"],
}

NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "se puede reservar para mañana a las 10 todavia?",
            "Hola, sí, quedan huecos a las 10:30 en {venue}, resérvalo en la app.",
        ),
        (
            "hola, a q hora abris los domingos?",
            "Hola, los domingos abrimos a las 10. ¡Buenas noches!",
        ),
    ],
    "en": [
        ("is {venue} open on the bank holiday?", "Hi! Yes, normal hours, 10am to 11pm."),
        (
            "can I still change tomorrow's booking from 4 to 6 players?",
            "Hi, yes, it's done, same price per group.",
        ),
    ],
    "fr": [("Vous ouvrez à quelle heure le dimanche ?", "Bonjour, à 10 h. Bonne nuit !")],
    "de": [
        ("Kann man für morgen früh noch buchen?", "Hallo, ja, um 10:30 ist noch frei in {venue}.")
    ],
    "it": [("Domani mattina siete aperti?", "Ciao, sì, dalle 10.")],
    "pt": [("Ainda dá para marcar para amanhã de manhã?", "Olá, sim, às 10:30 em {venue}.")],
}

# --- problems --------------------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "broken_room", "refund", "wrong_price", "cancel_fee")

TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "sala cerrada al llegar",
        "double_charge": "cobro duplicado",
        "broken_room": "sala averiada",
        "refund": "reembolso pendiente",
        "wrong_price": "precio de socio no aplicado",
        "cancel_fee": "gastos de cancelación",
    },
    "en": {
        "no_show": "venue shut when we arrived",
        "double_charge": "charged twice",
        "broken_room": "broken room",
        "refund": "refund still missing",
        "wrong_price": "Pass price not applied",
        "cancel_fee": "cancellation fee",
    },
    "fr": {
        "no_show": "salle fermée à notre arrivée",
        "double_charge": "double débit",
        "broken_room": "salle en panne",
        "refund": "remboursement en attente",
        "wrong_price": "tarif Pass non appliqué",
        "cancel_fee": "frais d'annulation",
    },
    "de": {
        "no_show": "Raum bei Ankunft geschlossen",
        "double_charge": "doppelt abgebucht",
        "broken_room": "Raum defekt",
        "refund": "Erstattung fehlt",
        "wrong_price": "Pass-Preis nicht berechnet",
        "cancel_fee": "Stornogebühr",
    },
    "it": {
        "no_show": "sede chiusa al nostro arrivo",
        "double_charge": "doppio addebito",
        "broken_room": "stanza guasta",
        "refund": "rimborso mancante",
        "wrong_price": "prezzo Pass non applicato",
        "cancel_fee": "penale di cancellazione",
    },
    "pt": {
        "no_show": "sala fechada à chegada",
        "double_charge": "cobrança duplicada",
        "broken_room": "sala avariada",
        "refund": "reembolso em falta",
        "wrong_price": "preço Pass não aplicado",
        "cancel_fee": "taxa de cancelamento",
    },
}

DESC: dict[str, dict[str, list[str]]] = {
    "es": {
        "no_show": [
            "Llegamos a {venue} a las {hour} para {room} y la puerta cerrada, nadie dentro y el teléfono sin contestar. Media hora en la calle con seis críos de cumpleaños",
            "Reserva de {room} pagada y al llegar a {venue} NO HABÍA NADIE, cerrado a cal y canto",
        ],
        "double_charge": [
            "Me habéis cobrado DOS veces la reserva de {room}, {amount} y otra vez {amount}",
            "Tengo dos cargos de {amount} por la misma partida de {room} y a fin de mes me hace un roto",
        ],
        "broken_room": [
            "En {room} el candado final estaba roto, no abría ni con el código bueno, el game master tuvo que abrirnos y nos quedamos sin terminar",
            "El mecanismo de la última puerta de {room} no funcionaba, perdimos 20 minutos con la solución correcta y pagamos {amount} por media partida",
        ],
        "refund": [
            "Cancelé la reserva hace TRES semanas y me dijisteis que me devolvíais {amount}. Sigo esperando",
            "Me prometisteis el reembolso de {amount} de la partida cancelada y no ha llegado nada",
        ],
        "wrong_price": [
            "Soy socia del Enigmora Pass y me habéis cobrado {amount}, el precio normal, sin el descuento de socio",
            "Pago el Pass todos los meses y en la última reserva me cobrasteis {amount} como si no fuera socio",
        ],
        "cancel_fee": [
            "Cancelé con CINCO días de antelación y me habéis cobrado {amount} de gastos de cancelación tardía",
            "Me cobráis {amount} por cancelar una partida cinco días antes, cuando la web dice 48 horas",
        ],
    },
    "en": {
        "no_show": [
            "We turned up at {venue} at {hour} for {room} and the door was locked, nobody there, phone just rang out. Half an hour on the pavement with six kids on a birthday",
            "Paid for {room} and when we got to {venue} there was NOBODY there, shut tight",
        ],
        "double_charge": [
            "You've charged me TWICE for {room}, {amount} and then {amount} again",
            "Two payments of {amount} for the same game and it's the end of the month",
        ],
        "broken_room": [
            "The final padlock in {room} was broken, wouldn't open even with the right code, the game master had to let us out and we never finished",
            "The last door mechanism in {room} didn't work, 20 minutes stuck with the right answer and we paid {amount} for half a game",
        ],
        "refund": [
            "I cancelled THREE weeks ago and was told {amount} would come back. Still waiting",
            "You promised a refund of {amount} for the cancelled game and nothing has arrived",
        ],
        "wrong_price": [
            "I'm an Enigmora Pass member and got charged {amount}, the full price, no member discount",
            "I pay for the Pass every month and the last booking cost me {amount} like I'm not a member",
        ],
        "cancel_fee": [
            "I cancelled FIVE days ahead and you've charged me a {amount} late cancellation fee",
            "{amount} for cancelling five days before the game when your site says 48 hours",
        ],
    },
    "fr": {
        "no_show": [
            "Arrivés à {venue} à {hour} pour la salle {room}, porte fermée, personne, téléphone qui sonne dans le vide. Une demi-heure sur le trottoir avec les enfants"
        ],
        "double_charge": ["Vous m'avez débité DEUX fois {amount} pour la salle {room}"],
        "broken_room": [
            "Le cadenas final de la salle {room} était cassé, impossible d'ouvrir même avec le bon code, partie pas terminée"
        ],
        "refund": [
            "J'ai annulé il y a TROIS semaines, on m'a promis {amount} de remboursement, toujours rien"
        ],
        "wrong_price": ["Je suis abonnée au Pass et vous m'avez facturé {amount}, plein tarif"],
        "cancel_fee": [
            "Annulé CINQ jours avant et vous me prenez {amount} de frais d'annulation tardive"
        ],
    },
    "de": {
        "no_show": [
            "Wir standen um {hour} vor {venue} für den Raum {room}, Tür zu, niemand da, Telefon geht keiner ran. Eine halbe Stunde auf der Straße mit den Kindern"
        ],
        "double_charge": ["Sie haben den Raum {room} ZWEIMAL abgebucht, zweimal {amount}"],
        "broken_room": [
            "Das letzte Schloss im Raum {room} war kaputt, ging nicht mal mit dem richtigen Code auf, wir konnten nicht fertig spielen"
        ],
        "refund": ["Vor DREI Wochen storniert, {amount} Erstattung versprochen, nichts gekommen"],
        "wrong_price": [
            "Ich habe den Enigmora Pass und mir wurden {amount} berechnet, voller Preis ohne Rabatt"
        ],
        "cancel_fee": ["FÜNF Tage vorher storniert und trotzdem {amount} Stornogebühr"],
    },
    "it": {
        "no_show": [
            "Arrivati a {venue} alle {hour} per la stanza {room}: porta chiusa, nessuno, telefono che squilla a vuoto. Mezz'ora in strada con i bambini"
        ],
        "double_charge": ["Mi avete addebitato DUE volte {amount} per la stanza {room}"],
        "broken_room": [
            "Il lucchetto finale della stanza {room} era rotto, non si apriva neanche col codice giusto, partita non finita"
        ],
        "refund": [
            "Ho cancellato TRE settimane fa, mi avevate promesso il rimborso di {amount}, ancora niente"
        ],
        "wrong_price": ["Sono abbonato al Pass e mi avete fatto pagare {amount}, prezzo pieno"],
        "cancel_fee": ["Cancellato CINQUE giorni prima e mi addebitate {amount} di penale"],
    },
    "pt": {
        "no_show": [
            "Chegámos a {venue} às {hour} para a sala {room} e a porta estava fechada, ninguém, telefone sem resposta. Meia hora na rua com os miúdos"
        ],
        "double_charge": ["Cobraram-me DUAS vezes {amount} pela sala {room}"],
        "broken_room": [
            "O cadeado final da sala {room} estava partido, nem com o código certo abria, não acabámos o jogo"
        ],
        "refund": ["Cancelei há TRÊS semanas, prometeram devolver {amount} e nada"],
        "wrong_price": ["Sou sócia do Pass e cobraram-me {amount}, preço normal"],
        "cancel_fee": [
            "Cancelei com CINCO dias de antecedência e cobraram {amount} de taxa de cancelamento"
        ],
    },
}

#: Short e-mails: (subject, body) with {desc} inside.
SHORT_EMAIL: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Reclamación: {topic}",
            "Hola,\n\n{desc}. Quiero una solución ya, esto no es normal.\n\n{first}",
        ),
        ("{topic} !!!", "{desc}. Espero respuesta HOY.\n{full}"),
        ("Reclamación: {topic}", "Buenas tardes, {desc}. Ya está bien. Un saludo, {first}"),
    ],
    "en": [
        (
            "Complaint: {topic}",
            "Hi,\n\n{desc}. I want this sorted now, it's not good enough.\n\n{first}",
        ),
        ("{topic}!!", "{desc}. Expecting an answer TODAY.\n{full}"),
        ("Complaint: {topic}", "Hello, {desc}. Really not happy. {first}"),
    ],
    "fr": [
        (
            "Réclamation : {topic}",
            "Bonjour,\n\n{desc}. J'attends une solution rapidement.\n\n{first}",
        )
    ],
    "de": [
        (
            "Beschwerde: {topic}",
            "Hallo,\n\n{desc}. JETZT REICHTS. Ich erwarte eine Lösung.\n\n{full}",
        )
    ],
    "it": [("Reclamo: {topic}", "Buongiorno,\n\n{desc}. Aspetto una soluzione.\n\n{first}")],
    "pt": [("Reclamação: {topic}", "Olá,\n\n{desc}. Quero uma solução já.\n\n{first}")],
}

#: Long e-mails: the complaint inside a letter (Spanish and English).
LONG_EMAIL: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Lo del sábado en {venue}",
            "Buenas tardes:\n\nLes escribo desde la sala de espera del fisio de mi madre, que se rompió la muñeca en septiembre y desde entonces hago de taxista, de enfermera y de cocinera, así que perdonen si me enrollo. Mi sobrino cumplía doce años y llevaba meses pidiendo ir a una de sus salas, porque un amigo del cole fue y no hablaba de otra cosa. Lo reservé yo misma, con tiempo, y le hicimos hasta una camiseta.\n\n{desc}. No era la sorpresa que yo tenía pensada para el niño.\n\nNo quiero montar un drama, pero sí que alguien me explique qué pasó y que se arregle. Llevamos años recomendándoles a todo el mundo.\n\nAtentamente,\n{full}",
        ),
        (
            "Reserva del viernes, por favor léanlo",
            "Hola, buenos días.\n\nSoy profesor de secundaria y estas semanas ando liadísimo con las evaluaciones y con la mudanza de mi suegro, que se viene a vivir con nosotros, así que el viernes íbamos a desconectar un rato los cuatro amigos de siempre, como hacemos cada trimestre desde hace tres años, siempre en Enigmora.\n\nPues bien: {desc}.\n\nSiempre hemos salido encantados y por eso me sorprende tanto. Les pido que lo revisen y me digan algo esta semana.\n\nUn saludo cordial,\n{full}",
        ),
    ],
    "en": [
        (
            "Saturday at {venue}, long email sorry",
            "Hello,\n\nI'm writing this from the car outside my daughter's swimming lesson, so forgive the typos. It's been a mad few months: we're doing up my late aunt's house at weekends and the kids have barely seen us, so Saturday was meant to be our treat, the four of us, the first proper family thing since the summer. My son had been counting the days.\n\n{desc}. Not quite the treat I'd planned.\n\nWe've been coming to you since you opened and I've sent half the school gate your way. I'd really like someone to look into this and get back to me.\n\nKind regards,\n{full}",
        ),
        (
            "What happened on Friday (booking)",
            "Hi there,\n\nBit of background first. I run a small bakery, so I'm up at 4 most days, and Friday evening with my sisters is about the only thing I do for me. We've done six of your rooms and always leave happy, which is why I'm writing rather than just posting a one-star review.\n\nOn Friday: {desc}.\n\nI'd appreciate a proper reply and for this to be put right. I'm writing between batches so I'll check my emails tonight.\n\nThanks,\n{full}",
        ),
    ],
}

CHAT_PROBLEM: dict[str, list[str]] = {
    "es": [
        "{desc} 😡 alguien me lo explica??",
        "hola. {desc}. q hacemos ahora?",
        "{desc}. Quiero hablar con alguien YA",
    ],
    "en": [
        "{desc} 😡 can someone explain??",
        "hi. {desc}. what now?",
        "{desc}. I need someone to sort this NOW",
    ],
    "fr": ["{desc}. Quelqu'un peut m'expliquer ?"],
    "de": ["{desc}. Kann mir das jemand erklären??"],
    "it": ["{desc}. Qualcuno mi spiega??"],
    "pt": ["{desc}. Alguém me explica??"],
}

SOCIAL_PROBLEM: dict[str, list[str]] = {
    "es": [
        "{desc}. Vergonzoso, Enigmora",
        "Enigmora {desc}. Así no.",
        "{desc}. Y nadie contesta. Gracias por nada",
    ],
    "en": [
        "{desc}. Shocking, Enigmora",
        "Enigmora {desc}. Not good enough.",
        "{desc}. And no reply. Thanks for nothing",
    ],
    "fr": ["{desc}. Franchement Enigmora..."],
    "de": ["{desc}. Echt schwach, Enigmora"],
    "it": ["{desc}. Vergogna Enigmora"],
    "pt": ["{desc}. Que vergonha, Enigmora"],
}

WEB_PROBLEM: dict[str, list[str]] = {
    "es": [
        "{desc}. La reserva está en mi cuenta. Pido que me lo solucionéis.",
        "{desc}. Solicito el reembolso.",
    ],
    "en": ["{desc}. Booking is on my account. Please fix this.", "{desc}. I'd like my money back."],
    "fr": ["{desc}. La réservation est sur mon compte. Merci de régler ça."],
    "de": ["{desc}. Die Buchung steht in meinem Konto. Bitte um Klärung."],
    "it": ["{desc}. La prenotazione è nel mio account. Chiedo una soluzione."],
    "pt": ["{desc}. A reserva está na minha conta. Peço uma solução."],
}

#: Openings of a speech-to-text call about a problem.
PHONE_OPEN: dict[str, list[str]] = {
    "es": [
        "hola buenas llamo porque",
        "sí hola mire le llamo porque",
        "buenas tardes a ver llamo porque",
    ],
    "en": [
        "hi yeah I'm calling because",
        "hello right so I'm ringing because",
        "hi there um calling because",
    ],
    "fr": ["oui bonjour j'appelle parce que"],
    "de": ["ja hallo ich rufe an weil"],
    "it": ["pronto buongiorno chiamo perché"],
    "pt": ["olá bom dia estou a ligar porque"],
}

CASE_OPENED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu caso {case}",
        "Hola {first}, sentimos muchísimo lo ocurrido. Hemos abierto el caso {case} y lo revisamos hoy mismo. {agent}, Atención al cliente Enigmora",
    ),
    "en": (
        "Your case {case}",
        "Hi {first}, we're really sorry about this. We've opened case {case} and we're looking at it today. {agent}, Enigmora customer care",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first}, nous sommes vraiment désolés. Le dossier {case} est ouvert et traité aujourd'hui. {agent}, service client Enigmora",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und kümmern uns heute darum. {agent}, Enigmora Kundenservice",
    ),
    "it": (
        "La tua segnalazione {case}",
        "Ciao {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e la vediamo oggi. {agent}, servizio clienti Enigmora",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {first}, lamentamos muito. Abrimos o pedido {case} e vamos tratar dele hoje. {agent}, apoio ao cliente Enigmora",
    ),
}

CHAT_CASE: dict[str, str] = {
    "es": "Lo siento mucho, {first}. Te abro el caso {case} y el equipo lo revisa hoy.",
    "en": "So sorry, {first}. I've opened case {case} and the team will look at it today.",
    "fr": "Désolé, {first}. J'ouvre le dossier {case}, l'équipe le traite aujourd'hui.",
    "de": "Das tut mir leid, {first}. Ich lege den Vorgang {case} an, das Team schaut heute drauf.",
    "it": "Mi dispiace, {first}. Apro la segnalazione {case}, il team la guarda oggi.",
    "pt": "Lamento, {first}. Abri o pedido {case}, a equipa vê isto hoje.",
}

FIX: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "te devolvemos la reserva y te regalamos otra partida",
        "double_charge": "el cargo duplicado está anulado",
        "broken_room": "te devolvemos el importe y os invitamos a repetir la sala",
        "refund": "el reembolso ha salido hoy",
        "wrong_price": "te hemos devuelto la diferencia del precio de socio",
        "cancel_fee": "hemos anulado los gastos de cancelación",
    },
    "en": {
        "no_show": "we've refunded the booking and added a free game",
        "double_charge": "the duplicate payment has been cancelled",
        "broken_room": "we've refunded the game and you're invited back to finish it",
        "refund": "the refund went out today",
        "wrong_price": "we've refunded the difference to the Pass price",
        "cancel_fee": "we've cancelled the cancellation fee",
    },
    "fr": {
        "no_show": "nous remboursons la réservation et offrons une partie",
        "double_charge": "le double débit est annulé",
        "broken_room": "nous remboursons la partie et vous invitons à revenir",
        "refund": "le remboursement est parti aujourd'hui",
        "wrong_price": "la différence avec le tarif Pass est remboursée",
        "cancel_fee": "les frais d'annulation sont annulés",
    },
    "de": {
        "no_show": "wir erstatten die Buchung und schenken Ihnen ein Spiel",
        "double_charge": "die doppelte Abbuchung ist storniert",
        "broken_room": "wir erstatten das Spiel und laden Sie erneut ein",
        "refund": "die Erstattung ist heute raus",
        "wrong_price": "die Differenz zum Pass-Preis ist erstattet",
        "cancel_fee": "die Stornogebühr ist gestrichen",
    },
    "it": {
        "no_show": "ti rimborsiamo la prenotazione e ti regaliamo una partita",
        "double_charge": "il doppio addebito è annullato",
        "broken_room": "ti rimborsiamo e vi invitiamo a tornare",
        "refund": "il rimborso è partito oggi",
        "wrong_price": "ti abbiamo rimborsato la differenza col prezzo Pass",
        "cancel_fee": "abbiamo annullato la penale",
    },
    "pt": {
        "no_show": "devolvemos a reserva e oferecemos outro jogo",
        "double_charge": "a cobrança duplicada foi anulada",
        "broken_room": "devolvemos o valor e convidamos a voltar",
        "refund": "o reembolso saiu hoje",
        "wrong_price": "devolvemos a diferença para o preço Pass",
        "cancel_fee": "anulámos a taxa de cancelamento",
    },
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "es": (
        "Buenas noticias: caso {case}",
        "Hola {first}, buenas noticias sobre el caso {case}: {fix}. ¿Nos confirmas que te ha llegado? Un saludo, {agent}",
    ),
    "en": (
        "Good news on case {case}",
        "Hi {first}, good news on case {case}: {fix}. Could you confirm it's come through? Thanks, {agent}",
    ),
    "fr": (
        "Bonne nouvelle : dossier {case}",
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous nous confirmer ? {agent}",
    ),
    "de": (
        "Gute Nachrichten: Vorgang {case}",
        "Hallo {first}, gute Nachrichten zum Vorgang {case}: {fix}. Können Sie uns das kurz bestätigen? {agent}",
    ),
    "it": (
        "Buone notizie: segnalazione {case}",
        "Ciao {first}, buone notizie sulla segnalazione {case}: {fix}. Ci confermi? {agent}",
    ),
    "pt": (
        "Boas notícias: pedido {case}",
        "Olá {first}, boas notícias sobre o pedido {case}: {fix}. Pode confirmar? {agent}",
    ),
}

CONFIRM: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "RE: Buenas noticias: caso {case}",
            "Confirmado, ya lo tengo. Gracias por resolver el {case} tan rápido",
        ),
        ("RE: Tu caso {case}", "Sí, todo bien con el caso {case}. Gracias!!"),
    ],
    "en": [
        ("Re: Good news on case {case}", "Confirmed, all sorted on {case}, thanks"),
        ("Re: Your case {case}", "Yes that's come through, case {case} can be closed. Thanks!"),
    ],
    "fr": [("RE : Dossier {case}", "Confirmé, c'est bon pour le dossier {case}. Merci !")],
    "de": [("AW: Vorgang {case}", "Bestätigt, Vorgang {case} ist erledigt. Danke!")],
    "it": [("R: Segnalazione {case}", "Confermo, tutto a posto con la {case}. Grazie!")],
    "pt": [("RE: Pedido {case}", "Confirmo, pedido {case} resolvido. Obrigada!")],
}

APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdonad el tono de ayer, estaba muy quemada con el cumple. Gracias por arreglarlo tan rápido",
        "Siento lo borde que fui ayer. Ya está todo bien, gracias",
    ],
    "en": [
        "Sorry for the rant yesterday, it had been a long day. Thanks for sorting it",
        "Apologies for my tone yesterday, you've been great. Thanks",
    ],
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça"],
    "de": ["Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Lösen"],
    "it": ["Scusate per ieri, ero nervosissima. Grazie per aver risolto"],
    "pt": ["Desculpem o tom de ontem, estava mesmo chateada. Obrigada por resolverem"],
}

LOW_CSAT: dict[str, list[str]] = {
    "es": ["", "fatal", "mal"],
    "en": ["", "poor", "bad"],
    "fr": ["", "nul"],
    "de": ["", "schlecht"],
    "it": ["", "pessimo"],
    "pt": ["", "mau"],
}
LOW_NPS: dict[str, list[str]] = {
    "es": ["", "decepcionada", "ahora mismo no os recomendaría"],
    "en": ["", "not after this", "disappointed"],
    "fr": ["", "déçu"],
    "de": ["", "enttäuscht"],
    "it": ["", "deluso"],
    "pt": ["", "desiludida"],
}

# --- repeat contacts -----------------------------------------------------

SECOND: dict[str, list[str]] = {
    "es": [
        "Caso {case} ({topic}): sigue abierto y nadie me ha contestado. Otra vez escribiendo lo mismo",
        "Sigo sin noticias del caso {case} ({topic}), sigue sin resolver",
    ],
    "en": [
        "Case {case} ({topic}) is still open and nobody's been back to me. Writing again",
        "Still nothing on case {case} ({topic}), still not fixed",
    ],
    "fr": ["Dossier {case} ({topic}) : toujours ouvert, aucune réponse"],
    "de": ["Vorgang {case} ({topic}) ist immer noch offen, keiner meldet sich"],
    "it": ["Segnalazione {case} ({topic}) ancora aperta, nessuna risposta"],
    "pt": ["Pedido {case} ({topic}) continua aberto e ninguém responde"],
}
THIRD: dict[str, list[str]] = {
    "es": [
        "Tercera vez que escribo por el {case}. Sigue igual. Una amiga reserva en {comp} y allí esto te lo arreglan en el día",
        "Tercera vez con el {case} ({topic}). Ya he mirado lo que cobra {comp}",
    ],
    "en": [
        "Third time writing about {case}. Same as before. A friend books at {comp} and they'd have sorted this the same day",
        "Third message about {case} ({topic}). I've already looked at what {comp} charges",
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. Un collègue joue chez {comp}, eux règlent ça dans la journée"
    ],
    "de": [
        "Dritte Nachricht zu {case}. Ein Kollege bucht bei {comp}, da wäre das am selben Tag erledigt"
    ],
    "it": ["Terza volta per la {case}. Un collega va da {comp} e lì lo risolvono in giornata"],
    "pt": ["Terceira vez sobre o {case}. Uma amiga joga na {comp} e lá resolvem no próprio dia"],
}
FOURTH: dict[str, list[str]] = {
    "es": [
        "CUARTA vez. Caso {case}, {topic}. Sigue abierto. Increíble",
        "Es la CUARTA vez que escribo por el {case} ({topic}). Nada",
    ],
    "en": [
        "FOURTH time writing about {case} ({topic}). Still open. Unbelievable",
        "This is the FOURTH time. Case {case}, {topic}, nothing done",
    ],
    "fr": ["QUATRIÈME fois. Dossier {case}, {topic}. Toujours rien"],
    "de": ["Zum VIERTEN Mal: Vorgang {case}, {topic}. Immer noch offen"],
    "it": ["QUARTA volta. Segnalazione {case}, {topic}. Ancora aperta"],
    "pt": ["QUARTA vez. Pedido {case}, {topic}. Continua aberto"],
}
REPEAT_SUBJECT: dict[str, str] = {
    "es": "RE: Caso {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Dossier {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "es": (
        "Tu caso {case}",
        "Hola {first}, tu caso {case} lo lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Perdona las molestias. {agent}",
    ),
    "en": (
        "Your case {case}",
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Sorry for the trouble. {agent}",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first}, votre dossier {case} est suivi par notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}",
    ),
    "it": (
        "La tua segnalazione {case}",
        "Ciao {first}, la segnalazione {case} è ora seguita dalla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. {agent}",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {first}, o pedido {case} está agora com a nossa responsável de qualidade, que liga até sexta ao almoço. {agent}",
    ),
}
URGENT: dict[str, str] = {
    "es": "Lo añado a tu caso {case} y lo marco como urgente. Perdona, {first}.",
    "en": "I've added this to case {case} and marked it urgent. Sorry, {first}.",
    "fr": "J'ajoute ça au dossier {case}, marqué urgent.",
    "de": "Ich ergänze den Vorgang {case} und markiere ihn als dringend.",
    "it": "Aggiungo alla segnalazione {case} e la segno come urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}

# --- slow churners ---------------------------------------------------------

#: Six steps, the last naming {comp}; the amounts are fixed per language.
SLIDE: dict[str, list[list[str]]] = {
    "es": [
        [
            "El game master llegó 15 minutos tarde y el briefing fue a toda prisa. Bueno, un mal día lo tiene cualquiera",
            "La sala estaba a medio montar, con un candado ya abierto del grupo anterior y las linternas sin pilas. Cada vez más dejadez",
            "Un horno en {room}, el aire apagado y nadie vino cuando lo pedimos por el walkie",
            "Pagamos 15 € por el pack de fotos y nunca llegó. Tres correos y nada",
            "FLIPANDO. Nos cobráis 25 € de 'daños' por una llave que ya estaba doblada cuando entramos. Tenemos vídeo. Se acabó la paciencia",
            "Mi primo reserva siempre en {comp} y ya tenemos sala allí para el sábado. Ahí al menos te tratan bien",
        ],
        [
            "Llegamos y nos tuvieron 20 min esperando de pie sin explicar nada",
            "En la sala faltaban dos pistas, el game master ni se había dado cuenta",
            "El walkie no funcionaba, pedimos pista y nadie contestaba",
            "Las fotos de la partida que pagamos (15 €) no han llegado, ni respuesta",
            "Y ahora 25 € de 'daños' por un cajón que ya venía roto. Esto es un robo",
            "Nos vamos a {comp}, ya he reservado allí para el sábado con el grupo",
        ],
    ],
    "en": [
        [
            "Game master turned up 15 minutes late and rushed the briefing. Off day I suppose",
            "Room was half reset, one padlock already open from the last group and the torches had no batteries. Getting sloppy",
            "{room} was like an oven, air con off, and nobody came when we asked on the walkie",
            "Paid £12 for the photo pack and it never came. Three emails, nothing",
            "ABSOLUTELY FUMING. £20 'damage fee' for a key that was already bent when we walked in. We have it on video. Done being patient",
            "My cousin always books at {comp} and we've got a room there for Saturday. At least they treat you properly",
        ],
        [
            "Kept us standing in reception 20 mins with no explanation",
            "Two clues missing from the room and the game master hadn't even noticed",
            "Walkie didn't work, asked for a hint and no one answered",
            "Still no sign of the photo pack we paid £12 for, not even a reply",
            "And now a £20 'damage' charge for a drawer that was already broken. Daylight robbery",
            "We're off to {comp}, already booked there for Saturday with the group",
        ],
    ],
    "fr": [
        [
            "Maître du jeu arrivé avec 15 minutes de retard, briefing bâclé",
            "Salle mal remise en place, un cadenas déjà ouvert, lampes sans piles",
            "Une fournaise dans la salle {room}, clim coupée, personne ne répond au talkie",
            "Payé 15 € pour les photos, jamais reçues",
            "SCANDALEUX : 25 € de 'dégâts' pour une clé déjà tordue à notre arrivée",
            "Mon cousin joue chez {comp}, on a réservé là-bas pour samedi",
        ]
    ],
    "de": [
        [
            "Spielleiter kam 15 Minuten zu spät, Einweisung im Schnelldurchlauf",
            "Raum halb zurückgesetzt, ein Schloss schon offen, Taschenlampen ohne Batterien",
            "Der Raum {room} war eine Sauna, Klima aus, auf Funk reagiert niemand",
            "15 € fürs Fotopaket bezahlt, nie bekommen",
            "UNFASSBAR: 25 € 'Schaden' für einen Schlüssel, der schon verbogen war. Wir haben es auf Video",
            "Mein Cousin bucht immer bei {comp}, wir haben dort für Samstag gebucht",
        ]
    ],
    "it": [
        [
            "Game master arrivato con 15 minuti di ritardo, spiegazione di corsa",
            "Stanza non risistemata, un lucchetto già aperto e torce scariche",
            "Un forno nella stanza {room}, aria condizionata spenta, nessuno risponde al walkie",
            "Pagato 15 € per le foto, mai arrivate",
            "ASSURDO: 25 € di 'danni' per una chiave già piegata quando siamo entrati",
            "Mio cugino prenota sempre da {comp}, abbiamo già la stanza lì per sabato",
        ]
    ],
    "pt": [
        [
            "O game master chegou 15 minutos atrasado, explicação a correr",
            "Sala mal preparada, um cadeado já aberto e lanternas sem pilhas",
            "Um forno na sala {room}, ar condicionado desligado, ninguém responde no walkie",
            "Paguei 15 € pelas fotos e nunca chegaram",
            "INACREDITÁVEL: 25 € de 'danos' por uma chave que já estava torta",
            "O meu primo joga sempre na {comp}, já marcámos lá para sábado",
        ]
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja del Enigmora Pass",
            "Hola,\n\nQuiero darme de baja del Enigmora Pass y cerrar mi cuenta, por favor. Nos mudamos a un pueblo de Teruel y no hay ninguna sala cerca. Lo hemos pasado genial estos dos años.\n\n{full}",
        ),
        (
            "Cancelar cuenta",
            "Buenas, me gustaría cancelar el Pass y cerrar la cuenta. Ya hemos hecho todas las salas de {venue} y los chavales ahora están con el pádel. Gracias por todo. {first}",
        ),
    ],
    "en": [
        (
            "Cancel my Pass",
            "Hi,\n\nPlease cancel my Enigmora Pass and close my account. We've done every room near us and the kids have moved on to climbing. Thanks for all the fun.\n\n{full}",
        ),
        (
            "Closing my account",
            "Hello, I'd like to cancel the Pass and close the account, I'm moving abroad for work in the new year. Cheers, {first}",
        ),
    ],
    "fr": [
        (
            "Résiliation Pass",
            "Bonjour,\nJe souhaite résilier mon Pass et fermer mon compte, nous déménageons. Merci pour tout.\n{full}",
        )
    ],
    "de": [
        (
            "Kündigung Pass",
            "Hallo,\nbitte kündigen Sie meinen Enigmora Pass und schließen Sie mein Konto, wir ziehen aufs Land. Danke für die schönen Abende.\n{full}",
        )
    ],
    "it": [
        (
            "Disdetta Pass",
            "Buongiorno,\nvorrei disdire il Pass e chiudere l'account, ci trasferiamo. Grazie di tutto.\n{full}",
        )
    ],
    "pt": [
        (
            "Cancelar o Pass",
            "Olá,\nquero cancelar o Pass e fechar a conta, vamos mudar de cidade. Obrigada por tudo.\n{full}",
        )
    ],
}
SORRY_TO_GO: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Tu Enigmora Pass",
        "Hola {first}, sentimos mucho que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Cuenta > Pass > Cancelar. ¡Gracias por estos años! {agent}",
    ),
    "en": (
        "Re: Your Enigmora Pass",
        "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under Account > Pass > Cancel. Thanks for playing with us! {agent}",
    ),
    "fr": (
        "RE : Votre Pass",
        "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Pass. {agent}",
    ),
    "de": (
        "AW: Ihr Pass",
        "Hallo {first}, schade, dass Sie gehen. Kündigen können Sie selbst in der App oder auf der Website unter Konto > Pass. {agent}",
    ),
    "it": (
        "R: Il tuo Pass",
        "Ciao {first}, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito, Account > Pass. {agent}",
    ),
    "pt": (
        "RE: O seu Pass",
        "Olá {first}, lamentamos que saia. Pode cancelar na app ou no site, Conta > Pass. {agent}",
    ),
}

GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app me cierra sesión CADA vez que la abro. Cada vez.",
        "El SMS de recordatorio a las 7 de la mañana un domingo, en serio?",
        "Otra vez de pie en la entrada de {venue}, no cabe ni un alma",
        "Las taquillas para abrigos siguen rotas, ya van tres visitas",
        "El calendario de reservas tarda un siglo en cargar",
        "Cambiáis la hora de la sesión y no avisáis, nos enteramos al llegar",
        "El baño de {venue} sin papel, como siempre",
    ],
    "en": [
        "The app logs me out EVERY time I open it. Every time.",
        "A reminder text at 7am on a Sunday, really?",
        "Standing in the doorway at {venue} again, there's no room to breathe",
        "Coat lockers still broken, that's three visits now",
        "Booking calendar takes forever to load",
        "You moved our session time and told nobody, found out at the door",
        "No loo roll at {venue}, as usual",
    ],
    "fr": [
        "L'appli me déconnecte À CHAQUE fois",
        "Le SMS de rappel à 7h un dimanche, sérieux ?",
        "Casiers toujours cassés",
        "Le calendrier de réservation rame",
    ],
    "de": [
        "Die App meldet mich JEDES Mal ab",
        "Erinnerungs-SMS um 7 Uhr am Sonntag, echt jetzt?",
        "Spinde immer noch kaputt",
        "Der Buchungskalender lädt ewig",
    ],
    "it": [
        "L'app mi disconnette OGNI volta",
        "SMS di promemoria alle 7 di domenica, davvero?",
        "Armadietti ancora rotti",
        "Il calendario delle prenotazioni è lentissimo",
    ],
    "pt": [
        "A app faz logout SEMPRE",
        "SMS de lembrete às 7h de um domingo, a sério?",
        "Cacifos continuam avariados",
        "O calendário de reservas demora imenso",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Reservamos a las 20:00 y empezamos a las 20:35. Menos mal que el juego iba 'contra el reloj' 👏",
        "Qué detalle que en {room} el aire acondicionado también sea un enigma, nadie lo encontró 🙃",
    ],
    "en": [
        "Love that the 'air-conditioned' {room} was basically a sauna. Very immersive 😂",
        "Booked for 8, started at 8:35. Glad it was a race against the clock 👏",
    ],
    "fr": ["Réservé à 20h, commencé à 20h35. Heureusement que c'était 'contre la montre' 👏"],
    "de": ["Um 20 Uhr gebucht, um 20:35 angefangen. Gut, dass es ein Spiel gegen die Zeit ist 👏"],
    "it": ["Prenotato alle 20, iniziato alle 20:35. Per fortuna era una sfida contro il tempo 👏"],
    "pt": ["Marcado para as 20h, começámos às 20h35. Ainda bem que era contra o relógio 👏"],
}

#: Mild grumbles in chat or a web form (quiet hours), with the answer.
MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "el calendario me enseña la semana que viene primero y me lio, no se puede empezar por hoy?",
            "Hola, tienes razón, lo hemos pasado al equipo de la app. Mientras tanto, la flecha de la izquierda te lleva a hoy.",
        ),
        (
            "la página de bonos regalo tarda muchísimo en cargar",
            "Hola, gracias por avisar, lo estamos mirando.",
        ),
    ],
    "en": [
        (
            "the calendar opens on next week and it confuses me every time, can it start on today?",
            "Hi, fair point, we've passed it to the app team. The left arrow takes you to today for now.",
        ),
        ("gift voucher page takes ages to load", "Hi, thanks for flagging, we're looking at it."),
    ],
    "fr": [
        ("La page des cartes cadeaux met une éternité à charger", "Bonjour, merci, on regarde ça.")
    ],
    "de": [
        ("Die Gutscheinseite lädt ewig", "Hallo, danke für den Hinweis, wir schauen es uns an.")
    ],
    "it": [("La pagina dei buoni regalo è lentissima", "Ciao, grazie, stiamo controllando.")],
    "pt": [
        ("A página dos vales de oferta demora imenso a abrir", "Olá, obrigado, estamos a ver isso.")
    ],
}
MILD_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Tu comentario",
        "Hola {first}, gracias por el comentario, ya lo tiene el equipo de la web. {agent}",
    ),
    "en": ("Your feedback", "Hi {first}, thanks for the feedback, it's with the web team. {agent}"),
    "fr": ("Votre remarque", "Bonjour {first}, merci, l'équipe web est prévenue. {agent}"),
    "de": ("Ihr Hinweis", "Hallo {first}, danke, das Web-Team weiß Bescheid. {agent}"),
    "it": ("Il tuo commento", "Ciao {first}, grazie, il team web è avvisato. {agent}"),
    "pt": ("O seu comentário", "Olá {first}, obrigado, a equipa web já sabe. {agent}"),
}

# --- the spike ---------------------------------------------------------------

SPIKE: dict[str, list[str]] = {
    "es": [
        "Estamos en {venue} en {room} y la pantalla de pistas enseña TODAS las soluciones desde el minuto 1, hasta el código final. Pone error {code}. Partida arruinada",
        "La pantalla de pistas sale con las respuestas puestas y un aviso {code}, el game master dice que pasa en todas las salas. 100 pavos para nada",
        "pero qué pasa hoy con Enigmora?? entramos en {room} y la pantalla ya mostraba la combinación final. {code}",
        "Cumple de mi hijo arruinado: la pantalla de pistas de {room} con todas las soluciones a la vista y un error {code}. Los niños lo han leído todo en 5 minutos",
        "Alguien más en Enigmora esta mañana? La pantalla de ayuda con las respuestas desde el principio, error {code}",
    ],
    "en": [
        "The hint screen in {room} showed every answer from the first second, final code included. Says {code}. Game totally spoiled",
        "Just walked out of {venue}: the clue screen had all the solutions up before we'd even started, error {code}. Staff say it's every room",
        "what's going on this morning Enigmora? hint screen giving away the whole game, {code} in the corner",
        "Booked {room} as a surprise for my girlfriend and the screen just showed us the answers. {code}. Gutted",
    ],
    "fr": [
        "L'écran d'indices de la salle {room} affiche toutes les solutions dès le début, erreur {code}. Partie gâchée",
        "Ce matin chez Enigmora l'écran montre le code final avant même de commencer ?? {code}",
    ],
    "de": [
        "Der Hinweisbildschirm im Raum {room} zeigt von Anfang an alle Lösungen, Fehler {code}. Spiel komplett ruiniert",
        "Was ist heute bei Enigmora los? Bildschirm zeigt den Endcode sofort an, {code}",
    ],
    "it": [
        "Lo schermo degli indizi nella stanza {room} mostra tutte le soluzioni dall'inizio, errore {code}. Partita rovinata",
        "Stamattina da Enigmora lo schermo dà subito il codice finale?? {code}",
    ],
    "pt": [
        "O ecrã de pistas da sala {room} mostra todas as soluções desde o início, erro {code}. Jogo estragado",
        "O que se passa hoje na Enigmora? O ecrã mostra logo o código final, {code}",
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "es": "Pantalla de pistas con las soluciones ({code})",
    "en": "Hint screen showing the answers ({code})",
    "fr": "Écran d'indices avec les solutions ({code})",
    "de": "Hinweisbildschirm zeigt Lösungen ({code})",
    "it": "Schermo indizi con le soluzioni ({code})",
    "pt": "Ecrã de pistas com as soluções ({code})",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, ahora mismo las pantallas de pistas de todas nuestras salas muestran las soluciones ({code}). El equipo técnico está en ello y la partida de hoy te la devolvemos.",
    "en": "Yes, right now the hint screens in all our rooms are showing the solutions ({code}). Our technicians are on it and today's game will be refunded.",
    "fr": "Oui, en ce moment les écrans d'indices de toutes nos salles affichent les solutions ({code}). Nos techniciens sont dessus, la partie sera remboursée.",
    "de": "Ja, gerade zeigen die Hinweisbildschirme in allen Räumen die Lösungen ({code}). Unsere Technik ist dran, das Spiel erstatten wir.",
    "it": "Sì, in questo momento gli schermi degli indizi di tutte le stanze mostrano le soluzioni ({code}). I tecnici ci stanno lavorando, la partita sarà rimborsata.",
    "pt": "Sim, neste momento os ecrãs de pistas de todas as salas mostram as soluções ({code}). Os técnicos estão a tratar disso e o jogo será reembolsado.",
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "es": [
        "Sigue igual, nos han pasado a otra sala y esa pantalla también lo enseña todo. {code} otra vez",
        "Sigue pasando, {code}, y ahora en la sala de al lado también",
    ],
    "en": [
        "Still the same, they moved us to the other room and that screen shows the answers too. {code} again",
        "Still happening, {code}, now in the next room as well",
    ],
    "fr": ["Toujours pareil dans l'autre salle, {code} encore"],
    "de": ["Immer noch, im Nachbarraum genauso, wieder {code}"],
    "it": ["Ancora uguale nell'altra stanza, di nuovo {code}"],
    "pt": ["Continua igual na outra sala, outra vez {code}"],
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Pantallas de pistas arregladas",
        "Hola {first}, las pantallas de pistas funcionan otra vez desde las 11:20 (10:20 en Reino Unido, Irlanda y Portugal, hora local). La partida de hoy corre de nuestra cuenta y te hemos añadido {credit} de saldo. Perdona el disgusto. {agent}",
    ),
    "en": (
        "Hint screens fixed",
        "Hi {first}, the hint screens work again since 10:20 (11:20 in Spain and central Europe, local time). Today's game is on us and we've added {credit} of credit. Sorry again. {agent}",
    ),
    "fr": (
        "Écrans d'indices réparés",
        "Bonjour {first}, les écrans d'indices fonctionnent de nouveau depuis 11 h 20. La partie d'aujourd'hui est offerte et {credit} de crédit ajoutés. {agent}",
    ),
    "de": (
        "Hinweisbildschirme repariert",
        "Hallo {first}, die Hinweisbildschirme laufen seit 11:20 wieder. Das heutige Spiel geht auf uns, {credit} Guthaben sind gutgeschrieben. {agent}",
    ),
    "it": (
        "Schermi indizi riparati",
        "Ciao {first}, gli schermi degli indizi funzionano di nuovo dalle 11:20. La partita di oggi la offriamo noi e ti abbiamo aggiunto {credit} di credito. {agent}",
    ),
    "pt": (
        "Ecrãs de pistas reparados",
        "Olá {first}, os ecrãs de pistas funcionam outra vez desde as 10:20 (hora local). O jogo de hoje é por nossa conta e juntámos {credit} de saldo. {agent}",
    ),
}
LONE_QA: dict[str, tuple[str, str]] = {
    "es": (
        "Ayer por la noche en {room} la pantalla de pistas se quedó en negro unos segundos y luego bien. Mañana vamos a otra sala, va todo bien?",
        "Hola, sí, fue un reinicio de la pantalla y funcionó normal el resto de la partida. ¡Buena partida mañana!",
    ),
    "en": (
        "Last night in {room} the hint screen went black for a few seconds then came back fine. We're booked again tomorrow, all ok?",
        "Hi, yes, that was the screen restarting and it worked normally after. Enjoy tomorrow!",
    ),
}
TS_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "la app tarda un montón en cargar los horarios de {venue}, ya van varios días",
        "Hola, gracias por avisar, el equipo de la app ya lo está mirando.",
    ),
    "en": (
        "the app takes ages to load the times for {venue}, been like that a few days",
        "Hi, thanks for telling us, the app team are looking into it.",
    ),
}

JOBS: dict[str, list[str]] = {
    "es": [
        "enfermera",
        "profesor",
        "administrativa",
        "fontanero",
        "farmacéutica",
        "camarero",
        "diseñadora",
        "ingeniero",
        "estudiante",
        "auxiliar de vuelo",
    ],
    "en": [
        "nurse",
        "teacher",
        "baker",
        "electrician",
        "accountant",
        "paramedic",
        "student",
        "barista",
        "civil servant",
        "chef",
    ],
    "fr": ["infirmière", "professeur", "comptable", "boulanger"],
    "de": ["Krankenpflegerin", "Lehrer", "Elektriker", "Buchhalterin"],
    "it": ["infermiera", "insegnante", "commercialista", "cuoco"],
    "pt": ["enfermeira", "professor", "contabilista", "cozinheiro"],
}

#: Closing words of a speech-to-text complaint call.
PHONE_CLOSE: dict[str, list[str]] = {
    "es": ["y quiero que me lo solucionen ya", "y nadie me ha dicho nada"],
    "en": ["and I want it sorted", "and nobody's told me anything"],
    "fr": ["et je veux une solution"],
    "de": ["und ich will dass das gelöst wird"],
    "it": ["e voglio una soluzione"],
    "pt": ["e quero uma solução"],
}

#: Why a bilingual customer writes in a second language.
SECOND_LANGUAGE_WHY: dict[str, list[str]] = {
    "es": ["grew up in Spain", "partner is from Valencia", "works for a Spanish bank"],
    "en": ["works in English at an airline", "studied in Manchester", "partner is Irish"],
    "fr": ["grew up in Lyon", "works for a Belgian firm"],
    "de": ["works in Munich", "mother is Austrian"],
    "it": ["Erasmus year in Bologna", "father is from Turin"],
    "pt": ["partner is from Porto", "grew up in Lisbon"],
}

NAMES: dict[str, tuple[list[str], list[str]]] = {
    "es": (
        [
            "Lucía",
            "María",
            "Carmen",
            "Paula",
            "Marta",
            "Elena",
            "Laura",
            "Sara",
            "Irene",
            "Nuria",
            "Ainhoa",
            "Rocío",
            "Javier",
            "Carlos",
            "David",
            "Pablo",
            "Sergio",
            "Álvaro",
            "Daniel",
            "Jorge",
            "Raúl",
            "Adrián",
            "Iker",
            "Unai",
        ],
        [
            "García",
            "Martínez",
            "López",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Ruiz",
            "Díaz",
            "Moreno",
            "Jiménez",
            "Navarro",
            "Romero",
            "Torres",
            "Domínguez",
            "Vázquez",
            "Ramos",
            "Gil",
            "Serrano",
            "Molina",
            "Ortega",
            "Castro",
            "Delgado",
            "Rubio",
            "Marín",
            "Iglesias",
            "Medina",
            "Garrido",
            "Cortés",
            "Lozano",
            "Herrera",
        ],
    ),
    "en": (
        [
            "Emma",
            "Olivia",
            "Sophie",
            "Chloe",
            "Hannah",
            "Grace",
            "Aoife",
            "Niamh",
            "Siobhan",
            "Megan",
            "Ciara",
            "Kate",
            "James",
            "Jack",
            "Tom",
            "Harry",
            "Ollie",
            "Liam",
            "Conor",
            "Sean",
            "Dan",
            "Ryan",
            "Callum",
            "Rory",
        ],
        [
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Wilson",
            "Evans",
            "Walsh",
            "Murphy",
            "Kelly",
            "Byrne",
            "Ryan",
            "Hughes",
            "Roberts",
            "Clarke",
            "Wright",
            "Hall",
            "Green",
            "Baker",
            "Doyle",
            "Kennedy",
            "Lynch",
            "Carter",
            "Mitchell",
            "Turner",
            "Parker",
            "Quinn",
            "Gallagher",
            "Farrell",
            "Fletcher",
            "O'Neill",
        ],
    ),
    "fr": (
        [
            "Camille",
            "Léa",
            "Manon",
            "Chloé",
            "Inès",
            "Juliette",
            "Hugo",
            "Lucas",
            "Thomas",
            "Antoine",
            "Mathis",
            "Nicolas",
        ],
        [
            "Martin",
            "Bernard",
            "Dubois",
            "Lefebvre",
            "Moreau",
            "Laurent",
            "Girard",
            "Roux",
            "Fournier",
            "Mercier",
            "Lambert",
            "Bonnet",
            "Dupont",
            "Faure",
        ],
    ),
    "de": (
        [
            "Anna",
            "Lena",
            "Marie",
            "Sophie",
            "Katharina",
            "Julia",
            "Lukas",
            "Felix",
            "Jonas",
            "Maximilian",
            "Tobias",
            "Stefan",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Wagner",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Brandstätter",
        ],
    ),
    "it": (
        [
            "Giulia",
            "Chiara",
            "Francesca",
            "Sara",
            "Martina",
            "Elisa",
            "Luca",
            "Marco",
            "Andrea",
            "Davide",
            "Simone",
            "Lorenzo",
        ],
        [
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
            "Galli",
            "Conti",
            "Fontana",
        ],
    ),
    "pt": (
        [
            "Beatriz",
            "Mariana",
            "Inês",
            "Ana",
            "Joana",
            "Catarina",
            "João",
            "Tiago",
            "Rui",
            "Diogo",
            "Pedro",
            "Miguel",
        ],
        [
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
            "Lopes",
            "Marques",
            "Carvalho",
        ],
    ),
}
