# ruff: noqa: E501
"""Wording of heldout283: Hachura, axe-throwing lanes (Hachura Club, Hachura Teams).

Written blind, by hand, for this set only. Tables: name -> language -> variants.
Placeholders: {case} {comp} {first} {day} {local} {credit} {code} {amount} {city}.
"""

from __future__ import annotations

LANGS = ("en", "es", "de", "fr", "it", "pt")
BRAND = "Hachura"
CLUB = "Hachura Club"
TEAMS = "Hachura Teams"
COMPETITORS = ("Lamaxa", "Splintra")

Table = dict[str, list[str]]

# (English label, Spanish label, price in euros, page)
PRODUCTS = [
    ("Lane 60 min", "Pista 60 min", 39.0, "/book/lane-60"),
    ("Lane 90 min", "Pista 90 min", 54.0, "/book/lane-90"),
    ("Big Axe session", "Sesión hacha grande", 25.0, "/book/big-axe"),
    ("Birthday party, 8 people", "Cumpleaños, 8 personas", 149.0, "/book/party"),
    ("Gift voucher", "Tarjeta regalo", 50.0, "/gift-vouchers"),
    ("Hachura Club, monthly", "Hachura Club, mensual", 19.9, "/club"),
]
PAGES = [
    "/venues",
    "/club",
    "/faq/safety",
    "/book",
    "/gift-vouchers",
    "/leagues",
    "/venues/opening-hours",
]
TEAM_PRODUCTS = [
    ("Team event, 12 people", 420.0, "/teams/book"),
    ("Team event, 25 people", 790.0, "/teams/book"),
    ("Afterwork lane block", 260.0, "/teams/afterwork"),
]
TEAM_PAGES = ["/teams/portal", "/teams/invoices", "/teams/guest-list", "/teams/menus"]

NAMES: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        [
            "Olivia",
            "Ciaran",
            "Hannah",
            "Liam",
            "Priya",
            "Gareth",
            "Niamh",
            "Tom",
            "Aisling",
            "Rory",
            "Megan",
            "Dev",
            "Chloe",
            "Fergus",
            "Zara",
            "Owen",
            "Imogen",
            "Callum",
            "Freya",
            "Declan",
        ],
        [
            "Whitfield",
            "Okafor",
            "Doyle",
            "Pennington",
            "Rao",
            "Maguire",
            "Hollis",
            "Brennan",
            "Ashworth",
            "Kearney",
            "Lowe",
            "Sandhu",
            "Fairclough",
            "Quinlan",
            "Tate",
            "Moran",
        ],
    ),
    "es": (
        [
            "Lucía",
            "Álvaro",
            "Nerea",
            "Iñaki",
            "Marta",
            "Rubén",
            "Ainhoa",
            "Jorge",
            "Carmen",
            "Sergio",
            "Rocío",
            "Pablo",
            "Itziar",
            "Diego",
            "Noelia",
            "Raúl",
            "Elena",
            "Óscar",
            "Maite",
            "Hugo",
        ],
        [
            "Navarro",
            "Garrido",
            "Ibáñez",
            "Echeverría",
            "Morales",
            "Cuesta",
            "Vidal",
            "Pastor",
            "Salcedo",
            "Muñoz",
            "Lozano",
            "Arrieta",
            "Bravo",
            "Castaño",
            "Rey",
            "Soler",
        ],
    ),
    "de": (
        [
            "Jonas",
            "Lea",
            "Felix",
            "Sophie",
            "Moritz",
            "Hanna",
            "Lukas",
            "Marie",
            "Tobias",
            "Jana",
            "Niklas",
            "Katrin",
        ],
        [
            "Kessler",
            "Brandl",
            "Vogt",
            "Lindner",
            "Hofer",
            "Scholz",
            "Pfeiffer",
            "Ebner",
            "Kraus",
            "Wolter",
        ],
    ),
    "fr": (
        [
            "Camille",
            "Théo",
            "Manon",
            "Hugo",
            "Chloé",
            "Antoine",
            "Inès",
            "Bastien",
            "Léa",
            "Mathis",
        ],
        ["Lefèvre", "Roussel", "Chevalier", "Marchand", "Gauthier", "Perrin", "Aubert", "Fontaine"],
    ),
    "it": (
        [
            "Giulia",
            "Matteo",
            "Chiara",
            "Davide",
            "Sara",
            "Lorenzo",
            "Federica",
            "Simone",
            "Alice",
            "Nicolò",
        ],
        ["Ferraro", "Galli", "Rinaldi", "Conti", "Moretti", "Barbieri", "Fontana", "Caruso"],
    ),
    "pt": (
        [
            "Inês",
            "Tiago",
            "Beatriz",
            "Rui",
            "Mariana",
            "Gonçalo",
            "Joana",
            "Duarte",
            "Sofia",
            "Nuno",
        ],
        ["Ferreira", "Carvalho", "Pinto", "Sousa", "Teixeira", "Macedo", "Lopes", "Antunes"],
    ),
}
MARKETS = {
    "en": ["UK", "UK", "IE"],
    "es": ["ES"],
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}
TOWNS = {
    "UK": ["Leeds", "Bristol", "Manchester", "Glasgow"],
    "IE": ["Dublin", "Cork", "Galway"],
    "ES": ["Bilbao", "Valencia", "Madrid", "Zaragoza", "Sevilla"],
    "DE": ["Leipzig", "Köln", "Hamburg", "Nürnberg"],
    "AT": ["Graz", "Wien", "Linz"],
    "CH": ["Basel", "Lausanne", "Lugano", "Zürich"],
    "FR": ["Lyon", "Lille", "Nantes"],
    "BE": ["Liège", "Namur"],
    "IT": ["Torino", "Bologna", "Verona"],
    "PT": ["Porto", "Braga", "Lisboa"],
}
PHONES = {
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "ES": ("+34", "6", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
JOBS = {
    "en": ["nurse", "electrician", "barista", "civil servant", "PE teacher", "software tester"],
    "es": [
        "enfermera",
        "electricista",
        "profesor de instituto",
        "cocinero",
        "administrativa",
        "bombero",
    ],
    "de": ["Physiotherapeutin", "Schreiner", "Lehrerin", "Kfz-Mechaniker"],
    "fr": ["infirmière", "menuisier", "comptable"],
    "it": ["farmacista", "idraulico", "insegnante"],
    "pt": ["enfermeira", "carpinteiro", "contabilista"],
}

# ------------------------------------------------------------------ happy acts --
PRAISE: Table = {
    "en": [
        "Took my brother to Hachura for his 40th and he hasn't shut up about it since. The coach had us sticking bullseyes in twenty minutes.",
        "Best Friday night in ages at Hachura. Lane 4, great coach, proper axes, and the playlist was spot on.",
        "Honestly didn't think I'd be any good at axe throwing. Three bullseyes by the end. Hachura staff were brilliant with the nervous ones in our group.",
        "Hachura is now our monthly thing. Cheaper than the cinema once you split the lane and a lot more fun.",
    ],
    "es": [
        "Fuimos a Hachura por el cumple de mi hermana y salimos todos flipando. El monitor tenía una paciencia infinita con mi cuñado jajaja",
        "Qué buen rato en Hachura. Pista limpia, hachas afiladas y el chico que nos explicó todo un crack.",
        "Nunca pensé que lanzar hachas relajara tanto. Salgo del curro, una hora en Hachura y como nueva.",
        "Recomiendo Hachura a cualquiera que busque un plan distinto. Reservar fue facilísimo y el trato de diez.",
    ],
    "de": [
        "Samstag bei Hachura gewesen, richtig gute Einweisung und nach einer halben Stunde hat jeder mal getroffen. Kommen wieder!",
        "Hachura ist unser neuer Stammtisch-Ersatz. Saubere Bahnen, nette Trainer, faire Preise.",
    ],
    "fr": [
        "Soirée lancer de hache chez Hachura avec les collègues de ma sœur, on a adoré. Le coach était top.",
        "Franchement Hachura c'est génial pour un anniversaire, tout était prêt à notre arrivée.",
    ],
    "it": [
        "Serata da Hachura con gli amici del calcetto, ci siamo divertiti tantissimo. Istruttore bravissimo.",
        "Provato Hachura per la prima volta, asce ben tenute e piste pulite. Torneremo di sicuro.",
    ],
    "pt": [
        "Fui à Hachura com a malta do trabalho e foi espetacular. O instrutor explicou tudo com calma.",
        "Adorei a Hachura, pistas limpas e machados bem afiados. Já marquei outra vez para o mês que vem.",
    ],
}
PRAISE_AGAIN: Table = {
    "en": [
        "Third time at Hachura this month and it's still the highlight of my week.",
        "Back at Hachura again, same friendly coach as last time, she even remembered my wobbly wrist haha",
    ],
    "es": [
        "Tercera vez en Hachura este mes y sigo enganchada. El monitor ya nos conoce por el nombre.",
        "Otra vez en Hachura con la cuadrilla. Siempre igual de bien, da gusto.",
        "Volvimos a Hachura y otra vez nos tocó la pista del fondo, la mejor. Un planazo, como siempre.",
    ],
    "de": ["Schon wieder bei Hachura, schon wieder ein Volltreffer-Abend. Immer noch begeistert."],
    "fr": ["Encore une soirée chez Hachura, toujours aussi bien. On y retourne le mois prochain."],
    "it": ["Di nuovo da Hachura, sempre una garanzia. Ormai è il nostro giovedì fisso."],
    "pt": ["Outra vez na Hachura e outra vez a rir o tempo todo. Nunca desilude."],
}
PRAISE_GRIPE: Table = {
    "en": [
        "Loved the session at Hachura. Only thing: the changing area is tiny if you come straight from work. Otherwise perfect.",
        "Great lanes and coaches at Hachura, the bar snacks could be better though. Will be back anyway.",
    ],
    "es": [
        "Todo genial en Hachura, solo que el aparcamiento de al lado es carísimo. Por lo demás repetiremos seguro.",
        "Muy contentos con Hachura. La música estaba un poco alta para hablar entre tiradas, pero nada grave.",
    ],
    "de": ["Top Abend bei Hachura, nur die Garderobe ist etwas eng. Sonst gerne wieder."],
    "fr": [
        "Super moment chez Hachura, seul bémol : les casiers sont un peu petits. Sinon parfait."
    ],
    "it": [
        "Tutto ottimo da Hachura, solo il parcheggio è un po' scomodo. Per il resto consigliatissimo."
    ],
    "pt": [
        "Gostei muito da Hachura, só acho que o bar podia ter mais opções sem álcool. De resto impecável."
    ],
}
QUESTION_CHAT: Table = {
    "en": [
        "Hi, can under 16s throw if a parent is on the lane with them?",
        "Do I need closed shoes for the lanes or are trainers fine?",
        "Can I move my Saturday booking to Sunday, same time?",
        "Is the Club discount applied automatically or do I need a code?",
    ],
    "es": [
        "Hola, ¿se puede llevar a un chaval de 15 años si va un adulto en la pista?",
        "Buenas, ¿hace falta calzado cerrado o valen unas zapatillas normales?",
        "¿Puedo cambiar la reserva del sábado al domingo a la misma hora?",
        "Una pregunta, el descuento del Club ¿se aplica solo o hay que meter un código?",
    ],
    "de": [
        "Hallo, dürfen Jugendliche ab 14 mitwerfen, wenn ein Elternteil dabei ist?",
        "Kann ich meine Buchung von Freitag auf Samstag schieben?",
    ],
    "fr": [
        "Bonjour, est-ce qu'il faut des chaussures fermées pour les pistes ?",
        "Je peux décaler ma réservation de samedi à dimanche ?",
    ],
    "it": [
        "Ciao, servono scarpe chiuse per lanciare?",
        "Posso spostare la prenotazione di sabato a domenica?",
    ],
    "pt": [
        "Olá, é preciso calçado fechado para as pistas?",
        "Posso mudar a reserva de sábado para domingo?",
    ],
}
ANSWER_CHAT: Table = {
    "en": [
        "Hi! Yes, that's fine, and I've noted it on your booking. Anything else I can help with?",
        "Good question: closed shoes please, trainers are perfect. Enjoy the lane!",
    ],
    "es": [
        "¡Hola! Sí, sin problema, lo dejo anotado en la reserva. ¿Algo más?",
        "Buena pregunta: calzado cerrado, las zapatillas valen perfectamente. ¡Que lo disfrutéis!",
    ],
    "de": ["Hallo! Ja, das geht, ich habe es in der Buchung vermerkt. Sonst noch etwas?"],
    "fr": ["Bonjour ! Oui, c'est noté sur votre réservation. Autre chose ?"],
    "it": ["Ciao! Sì, nessun problema, l'ho segnato sulla prenotazione. Altro?"],
    "pt": ["Olá! Sim, sem problema, ficou anotado na reserva. Mais alguma coisa?"],
}
THANKS: Table = {
    "en": ["Brilliant, thanks!", "Perfect, cheers", "Great, thank you"],
    "es": ["Genial, gracias!", "Perfecto, mil gracias", "Vale, gracias 👍"],
    "de": ["Super, danke!", "Perfekt, vielen Dank"],
    "fr": ["Super, merci !", "Parfait, merci beaucoup"],
    "it": ["Perfetto, grazie!", "Ottimo, grazie mille"],
    "pt": ["Ótimo, obrigado!", "Perfeito, obg"],
}
QUESTION_CALL: Table = {
    "en": [
        "hi there i'm calling about a birthday party for my son he's turning eighteen how many people can go on one lane",
        "hello yeah just wondering if the club membership covers the big axe sessions as well",
    ],
    "es": [
        "hola buenas llamaba para preguntar cuántas personas caben en una pista que queremos ir unos diez del trabajo",
        "sí hola quería saber si la cuota del club incluye también las sesiones de hacha grande",
    ],
    "de": ["hallo ich wollte fragen wie viele Leute auf eine Bahn passen wir wären so zehn"],
    "fr": [
        "bonjour je voulais savoir combien de personnes on peut être sur une piste on serait une dizaine"
    ],
    "it": ["buongiorno volevo sapere quante persone possono stare su una pista saremmo una decina"],
    "pt": ["olá boa tarde queria saber quantas pessoas cabem numa pista somos umas dez"],
}
CALL_FOLLOWUP: Table = {
    "en": [
        "Thanks for calling earlier. As promised: up to 6 throwers per lane, and for bigger groups we join two lanes side by side. Link to book is in your account."
    ],
    "es": [
        "Gracias por llamar antes. Como te comenté: hasta 6 personas por pista, y para grupos más grandes juntamos dos pistas. Tienes el enlace para reservar en tu cuenta."
    ],
    "de": [
        "Danke für Ihren Anruf. Wie besprochen: bis zu 6 Personen pro Bahn, für größere Gruppen legen wir zwei Bahnen zusammen."
    ],
    "fr": [
        "Merci pour votre appel. Comme convenu : jusqu'à 6 personnes par piste, et pour les groupes on réunit deux pistes."
    ],
    "it": [
        "Grazie per la telefonata. Come detto: fino a 6 persone per pista, per gruppi più grandi uniamo due piste."
    ],
    "pt": [
        "Obrigado pela chamada. Como combinado: até 6 pessoas por pista, para grupos maiores juntamos duas pistas."
    ],
}
REVIEW: Table = {
    "en": [
        "Five stars. Safe, well run, and the coaches actually coach.",
        "Great fun, fair price, will book again.",
    ],
    "es": [
        "Cinco estrellas. Seguro, bien organizado y los monitores enseñan de verdad.",
        "Muy divertido y a buen precio. Repetiremos.",
    ],
    "de": ["Fünf Sterne, gut organisiert und sicher."],
    "fr": ["Cinq étoiles, bien encadré et sécurisé."],
    "it": ["Cinque stelle, ben organizzato e sicuro."],
    "pt": ["Cinco estrelas, bem organizado e seguro."],
}
SURVEY_HAPPY: Table = {
    "en": ["Loved it", "Great coach", "Easy booking"],
    "es": ["Muy bien todo", "El monitor genial", "Fácil de reservar"],
    "de": ["Alles super"],
    "fr": ["Très bien"],
    "it": ["Tutto ottimo"],
    "pt": ["Muito bom"],
}
NIGHT_POST: Table = {
    "en": [
        "3am and I'm watching Hachura league clips instead of sleeping. Send help.",
        "Night shift over, booked a lane at Hachura for Saturday to get the week out of my system.",
    ],
    "es": [
        "Son las 2 y yo viendo vídeos de la liga de Hachura en vez de dormir 😅",
        "Salgo del turno de noche y ya tengo pista en Hachura para el sábado. Lo necesito.",
    ],
    "de": ["Nachtschicht vorbei, Bahn bei Hachura für Samstag gebucht. Verdient."],
    "fr": ["2h du mat et je regarde des vidéos de la ligue Hachura au lieu de dormir."],
    "it": ["Sono le 2 e guardo i video della lega Hachura invece di dormire."],
    "pt": ["Duas da manhã e eu a ver vídeos da liga Hachura em vez de dormir."],
}
NIGHT_CHAT: Table = {
    "en": ["Sorry for the late message, does the Saturday 10am slot still have a lane free?"],
    "es": ["Perdón por la hora, ¿queda alguna pista libre el sábado a las 10?"],
    "de": ["Sorry für die späte Nachricht, ist Samstag 10 Uhr noch eine Bahn frei?"],
    "fr": ["Désolée pour l'heure, il reste une piste samedi à 10h ?"],
    "it": ["Scusate l'orario, c'è ancora una pista libera sabato alle 10?"],
    "pt": ["Desculpem a hora, ainda há pista livre sábado às 10h?"],
}
NIGHT_ANSWER: Table = {
    "en": ["Night team here: yes, lane 2 is free at 10:00, you can grab it in the app."],
    "es": [
        "Te contesta el turno de noche: sí, la pista 2 está libre a las 10:00, puedes reservarla en la app."
    ],
    "de": ["Hier das Nachtteam: ja, Bahn 2 ist um 10:00 frei, einfach in der App buchen."],
    "fr": ["L'équipe de nuit : oui, la piste 2 est libre à 10h, réservable dans l'appli."],
    "it": ["Qui il turno di notte: sì, la pista 2 è libera alle 10, puoi prenotarla dall'app."],
    "pt": ["Aqui a equipa da noite: sim, a pista 2 está livre às 10h, pode reservar na app."],
}

# ------------------------------------------------------------------ problems --
PROBLEM_TOPIC: dict[str, Table] = {
    "no_lane": {
        "en": ["lane given away"],
        "es": ["pista dada a otro grupo"],
        "de": ["Bahn vergeben"],
        "fr": ["piste donnée à d'autres"],
        "it": ["pista data ad altri"],
        "pt": ["pista dada a outros"],
    },
    "double_charge": {
        "en": ["charged twice"],
        "es": ["cobro duplicado"],
        "de": ["doppelt abgebucht"],
        "fr": ["débité deux fois"],
        "it": ["addebito doppio"],
        "pt": ["cobrança a dobrar"],
    },
    "broken_axe": {
        "en": ["split axe handle"],
        "es": ["mango de hacha roto"],
        "de": ["gesplitterter Axtstiel"],
        "fr": ["manche de hache fendu"],
        "it": ["manico dell'ascia rotto"],
        "pt": ["cabo do machado partido"],
    },
    "refund": {
        "en": ["refund not received"],
        "es": ["reembolso sin recibir"],
        "de": ["Erstattung fehlt"],
        "fr": ["remboursement jamais reçu"],
        "it": ["rimborso mai arrivato"],
        "pt": ["reembolso em falta"],
    },
    "wrong_price": {
        "en": ["Club rate not applied"],
        "es": ["sin tarifa del Club"],
        "de": ["kein Club-Preis"],
        "fr": ["tarif Club non appliqué"],
        "it": ["tariffa Club non applicata"],
        "pt": ["preço Club não aplicado"],
    },
    "cancel_fee": {
        "en": ["cancellation fee"],
        "es": ["penalización por cancelar"],
        "de": ["Stornogebühr"],
        "fr": ["frais d'annulation"],
        "it": ["penale di cancellazione"],
        "pt": ["taxa de cancelamento"],
    },
}
PROBLEM: dict[str, Table] = {
    "no_lane": {
        "en": [
            "We turned up at 7 for our booked lane and it had been given to a stag party. Eight of us sent home. Nobody could explain why.",
            "Booked and paid lane at 18:30, arrive, lane's taken by another group and the lad at the desk just shrugged. Not good enough.",
        ],
        "es": [
            "Llegamos a las 19:00 con la pista RESERVADA y pagada y se la habían dado a una despedida de soltero. Ocho personas a casa sin tirar ni una.",
            "Teníamos pista a las 18:30 y al llegar estaba ocupada por otro grupo. En recepción ni una explicación. Vaya tela.",
        ],
        "de": [
            "Wir kommen pünktlich zur gebuchten Bahn und die ist an eine andere Gruppe vergeben. Acht Leute wieder nach Hause geschickt."
        ],
        "fr": [
            "On arrive à l'heure pour notre piste réservée et elle a été donnée à un enterrement de vie de garçon. Huit personnes renvoyées chez elles."
        ],
        "it": [
            "Arriviamo puntuali per la pista prenotata e l'hanno data a un addio al celibato. Otto persone rimandate a casa."
        ],
        "pt": [
            "Chegamos à hora da pista reservada e tinham-na dado a uma despedida de solteiro. Oito pessoas mandadas para casa."
        ],
    },
    "double_charge": {
        "en": [
            "You've taken {amount} off my card TWICE for one lane booking. That was my food shop money this week.",
            "Charged twice for the same booking, {amount} each time. Please sort it today.",
        ],
        "es": [
            "Me habéis cobrado {amount} DOS veces por la misma reserva. Ese dinero era para la compra de la semana.",
            "Cobro duplicado de {amount} por una sola pista. Lo quiero devuelto ya.",
        ],
        "de": [
            "Sie haben {amount} ZWEIMAL für eine einzige Buchung abgebucht. Bitte sofort zurück."
        ],
        "fr": [
            "Vous m'avez débité {amount} deux fois pour une seule réservation. Remboursez-moi vite."
        ],
        "it": [
            "Mi avete addebitato {amount} DUE volte per una sola prenotazione. Rivoglio i soldi."
        ],
        "pt": ["Cobraram-me {amount} DUAS vezes pela mesma reserva. Quero o dinheiro de volta já."],
    },
    "broken_axe": {
        "en": [
            "The handle of the axe on lane 3 split mid-throw and a splinter went into my palm. Coach was nowhere. Really not happy about the safety here.",
            "Axe handle cracked on my second throw, my friend got a splinter in her hand and we were just handed a plaster.",
        ],
        "es": [
            "Se partió el mango del hacha en plena tirada y me clavé una astilla en la mano. El monitor ni estaba. La seguridad, cero.",
            "El hacha tenía el mango rajado, a mi amiga se le clavó una astilla y nos dieron una tirita y a seguir. Increíble.",
        ],
        "de": [
            "Der Axtstiel ist beim Wurf gesplittert, Splitter in der Hand, kein Trainer in Sicht. So geht das nicht."
        ],
        "fr": [
            "Le manche de la hache s'est fendu en plein lancer, une écharde dans la main et aucun coach. Inadmissible."
        ],
        "it": [
            "Il manico dell'ascia si è spaccato durante il lancio, scheggia nella mano e nessun istruttore. Inaccettabile."
        ],
        "pt": [
            "O cabo do machado partiu-se no lançamento, fiquei com uma farpa na mão e nenhum instrutor por perto."
        ],
    },
    "refund": {
        "en": [
            "You cancelled our session because of a burst pipe three weeks ago and promised a refund of {amount}. Still nothing.",
            "Three weeks waiting for the {amount} refund you promised when you closed the venue. Where is it?",
        ],
        "es": [
            "Cancelasteis vosotros la sesión por una avería hace TRES semanas y el reembolso de {amount} sigue sin llegar.",
            "Llevo tres semanas esperando los {amount} que me teníais que devolver. ¿Dónde están?",
        ],
        "de": [
            "Sie haben unsere Session vor drei Wochen abgesagt und {amount} Erstattung versprochen. Bis heute nichts."
        ],
        "fr": [
            "Vous avez annulé notre séance il y a trois semaines et promis {amount} de remboursement. Toujours rien."
        ],
        "it": [
            "Avete annullato voi la sessione tre settimane fa promettendo un rimborso di {amount}. Ancora niente."
        ],
        "pt": [
            "Cancelaram a sessão há três semanas e prometeram devolver {amount}. Até hoje nada."
        ],
    },
    "wrong_price": {
        "en": [
            "I pay for Hachura Club every month and got charged the full non-member price, {amount}. What am I paying the membership for?",
            "Club member since January and the app charged me the standard rate again. {amount} instead of the member price.",
        ],
        "es": [
            "Pago el Hachura Club cada mes y me habéis cobrado la tarifa normal, {amount}. ¿Para qué pago la cuota entonces?",
            "Soy socia del Club y la app me ha cobrado el precio sin descuento, {amount}. Ya está bien.",
        ],
        "de": [
            "Ich zahle jeden Monat für den Hachura Club und wurde zum vollen Preis abgerechnet, {amount}. Wofür die Mitgliedschaft?"
        ],
        "fr": [
            "Je paie le Hachura Club chaque mois et on m'a facturé le plein tarif, {amount}. À quoi sert l'abonnement ?"
        ],
        "it": [
            "Pago l'Hachura Club ogni mese e mi avete fatto pagare il prezzo pieno, {amount}. A cosa serve l'abbonamento?"
        ],
        "pt": [
            "Pago o Hachura Club todos os meses e cobraram-me o preço normal, {amount}. Para que serve a quota?"
        ],
    },
    "cancel_fee": {
        "en": [
            "Cancelled five days ahead, well inside your policy, and you still charged me a {amount} cancellation fee.",
            "Why is there a {amount} fee when I cancelled nearly a week before the session?",
        ],
        "es": [
            "Cancelé con CINCO días de antelación y aun así me cobráis {amount} de penalización. Eso no pone en vuestras condiciones.",
            "¿Cómo que {amount} por cancelar si avisé casi una semana antes?",
        ],
        "de": [
            "Fünf Tage vorher storniert und trotzdem {amount} Stornogebühr. Das steht so nicht in Ihren Bedingungen."
        ],
        "fr": [
            "Annulé cinq jours avant et vous me facturez quand même {amount} de frais. Ce n'est pas vos conditions."
        ],
        "it": [
            "Ho cancellato cinque giorni prima e mi avete comunque addebitato {amount} di penale."
        ],
        "pt": ["Cancelei com cinco dias de antecedência e mesmo assim cobraram {amount} de taxa."],
    },
}
PROBLEM_CALL: dict[str, Table] = {
    "no_lane": {
        "en": [
            "yeah hi we had a lane booked for seven tonight and when we got there it was given to another group and we were all sent home i want to know what happened"
        ],
        "es": [
            "hola mire teníamos pista reservada a las siete y al llegar se la habían dado a otro grupo y nos mandaron a casa a los ocho quiero una explicación"
        ],
        "de": [
            "ja hallo wir hatten eine Bahn um sieben gebucht und die war an eine andere Gruppe vergeben wir wurden nach Hause geschickt"
        ],
        "fr": [
            "oui bonjour on avait une piste réservée à dix-neuf heures et elle avait été donnée à un autre groupe on nous a renvoyés"
        ],
        "it": [
            "sì buonasera avevamo una pista prenotata alle sette e l'avevano data a un altro gruppo ci hanno mandati a casa"
        ],
        "pt": [
            "olá tínhamos pista marcada para as sete e deram-na a outro grupo mandaram-nos embora"
        ],
    },
    "double_charge": {
        "en": [
            "hi i've been charged twice for the same booking {amount} two times and i need that back"
        ],
        "es": [
            "hola me han cobrado dos veces la misma reserva {amount} dos veces y necesito que me lo devuelvan"
        ],
        "de": [
            "hallo mir wurde die gleiche Buchung zweimal abgebucht {amount} zweimal ich brauche das Geld zurück"
        ],
        "fr": ["bonjour j'ai été débité deux fois pour la même réservation {amount} deux fois"],
        "it": [
            "buongiorno mi avete addebitato due volte la stessa prenotazione {amount} due volte"
        ],
        "pt": ["olá cobraram-me duas vezes a mesma reserva {amount} duas vezes"],
    },
    "broken_axe": {
        "en": [
            "hi i'm calling because the axe handle split on lane three and my friend has a splinter in her hand and no coach was around"
        ],
        "es": [
            "hola llamo porque se partió el mango del hacha en la pista tres y mi amiga tiene una astilla clavada y no había ningún monitor"
        ],
        "de": [
            "hallo der Axtstiel ist auf Bahn drei gesplittert und meine Freundin hat einen Splitter in der Hand kein Trainer da"
        ],
        "fr": [
            "bonjour le manche de la hache s'est fendu sur la piste trois et mon amie a une écharde dans la main"
        ],
        "it": [
            "buongiorno il manico dell'ascia si è rotto sulla pista tre e la mia amica ha una scheggia nella mano"
        ],
        "pt": [
            "olá o cabo do machado partiu na pista três e a minha amiga ficou com uma farpa na mão"
        ],
    },
    "refund": {
        "en": [
            "hi you cancelled our session three weeks ago and i still haven't had the {amount} back"
        ],
        "es": [
            "hola cancelasteis la sesión hace tres semanas y todavía no me habéis devuelto los {amount}"
        ],
        "de": [
            "hallo Sie haben vor drei Wochen abgesagt und ich habe die {amount} immer noch nicht zurück"
        ],
        "fr": [
            "bonjour vous avez annulé il y a trois semaines et je n'ai toujours pas les {amount}"
        ],
        "it": ["buongiorno avete annullato tre settimane fa e non ho ancora i {amount}"],
        "pt": ["olá cancelaram há três semanas e ainda não recebi os {amount}"],
    },
    "wrong_price": {
        "en": ["hi i'm a club member and the app charged me the full price {amount} again"],
        "es": [
            "hola soy socio del club y la app me ha vuelto a cobrar el precio completo {amount}"
        ],
        "de": ["hallo ich bin im Club und die App hat wieder den vollen Preis {amount} abgebucht"],
        "fr": ["bonjour je suis membre du club et l'appli m'a facturé le plein tarif {amount}"],
        "it": [
            "buongiorno sono socio del club e l'app mi ha fatto pagare il prezzo pieno {amount}"
        ],
        "pt": ["olá sou sócio do club e a app cobrou o preço completo {amount}"],
    },
    "cancel_fee": {
        "en": [
            "hi i cancelled five days before and you've charged me a {amount} fee that's not right"
        ],
        "es": [
            "hola cancelé con cinco días y me habéis cobrado {amount} de penalización eso no es así"
        ],
        "de": ["hallo ich habe fünf Tage vorher storniert und Sie berechnen {amount} Gebühr"],
        "fr": ["bonjour j'ai annulé cinq jours avant et vous me facturez {amount} de frais"],
        "it": ["buongiorno ho cancellato cinque giorni prima e mi avete messo {amount} di penale"],
        "pt": ["olá cancelei cinco dias antes e cobraram {amount} de taxa"],
    },
}
SUBJECT_COMPLAINT: Table = {
    "en": ["Complaint: {topic}"],
    "es": ["Reclamación: {topic}"],
    "de": ["Beschwerde: {topic}"],
    "fr": ["Réclamation : {topic}"],
    "it": ["Reclamo: {topic}"],
    "pt": ["Reclamação: {topic}"],
}
SUBJECT_CASE: Table = {
    "en": ["Re: Your case {case}"],
    "es": ["RE: Incidencia {case}"],
    "de": ["AW: Vorgang {case}"],
    "fr": ["RE : Dossier {case}"],
    "it": ["R: Segnalazione {case}"],
    "pt": ["RE: Pedido {case}"],
}
LONG_EMAIL: Table = {
    "en": [
        "Hello,\n\nI'm writing this on my lunch break at the depot, so forgive the state of it. My dad has just come out of hospital and the one thing I'd planned to cheer the family up was Saturday at Hachura. {complaint}\n\nWe've been coming since you opened and I've sent half my workplace your way. I'd like an answer, not a voucher.\n\nRegards",
        "Hi,\n\nI've started this email three times between school pick-up and my evening shift. We saved up for my daughter's 18th and booked with you weeks ago. {complaint}\n\nI'm not someone who complains, but this has really upset us.\n\nThanks",
    ],
    "es": [
        "Buenas tardes:\n\nOs escribo desde la sala de espera del fisio de mi madre, que estoy con ella toda la semana. Lo de Hachura era mi única tarde libre en un mes. {complaint}\n\nSomos clientes desde que abristeis y os he recomendado a medio barrio. Espero una respuesta seria.\n\nUn saludo",
        "Hola:\n\nPerdonad el rollo, escribo desde el coche mientras espero a que salga mi hijo de natación. Llevamos meses con la reforma de la cocina y queríamos desconectar un rato. {complaint}\n\nNo suelo quejarme, pero esto no es normal.\n\nGracias",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus der Mittagspause, meine Mutter zieht gerade zu uns und es war der eine freie Abend. {complaint}\n\nWir sind seit der Eröffnung Kunden. Ich erwarte eine Antwort.\n\nGrüße"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis le train, entre deux rendez-vous pour le déménagement de mes parents. {complaint}\n\nNous étions clients depuis l'ouverture. J'attends une réponse.\n\nCordialement"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa dell'ospedale dove c'è mio padre, era l'unica serata libera. {complaint}\n\nSiamo clienti dall'apertura. Aspetto una risposta.\n\nSaluti"
    ],
    "pt": [
        "Boa tarde,\n\nescrevo da sala de espera do hospital onde está o meu pai, era a única noite livre do mês. {complaint}\n\nSomos clientes desde a abertura. Aguardo resposta.\n\nCumprimentos"
    ],
}
CASE_OPENED: Table = {
    "en": [
        "Hello, I'm sorry about this. I've opened case {case} and our venue manager will look into it today. We'll come back to you by email.",
        "Thanks for telling us and I'm really sorry. Your case is {case}; I've passed it to our quality lead.",
    ],
    "es": [
        "Hola, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y el responsable del centro lo revisa hoy mismo.",
        "Gracias por avisarnos y perdona las molestias. Tu incidencia es {case}; la he pasado a nuestra responsable de calidad.",
    ],
    "de": [
        "Hallo, das tut uns leid. Wir haben den Vorgang {case} angelegt, die Standortleitung kümmert sich heute darum."
    ],
    "fr": [
        "Bonjour, nous sommes désolés. Le dossier {case} est ouvert, le responsable du centre s'en occupe aujourd'hui."
    ],
    "it": [
        "Buongiorno, ci dispiace molto. Abbiamo aperto la segnalazione {case}, il responsabile del centro se ne occupa oggi."
    ],
    "pt": [
        "Olá, lamentamos muito. Abrimos o pedido {case} e o responsável do espaço vai tratar hoje."
    ],
}
GOOD_NEWS: Table = {
    "en": [
        "Good news on case {case}: it's been put right on our side. Could you confirm it looks right to you?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {case}: ya está resuelta por nuestra parte. ¿Nos confirmas que te llega bien?"
    ],
    "de": [
        "Gute Nachricht zu Vorgang {case}: auf unserer Seite ist alles korrigiert. Können Sie das bestätigen?"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est corrigé de notre côté. Pouvez-vous confirmer ?"
    ],
    "it": ["Buone notizie sulla segnalazione {case}: abbiamo sistemato tutto. Puoi confermare?"],
    "pt": ["Boas notícias sobre o pedido {case}: está resolvido do nosso lado. Pode confirmar?"],
}
APOLOGY: Table = {
    "en": [
        "Sorry for how I wrote yesterday, it had been a long day. Thanks for sorting it.",
        "Apologies for the rant last night. Your team were decent about it.",
    ],
    "es": [
        "Perdón por cómo escribí ayer, llevaba un día horrible. Gracias por la respuesta.",
        "Siento el tono de ayer, no era con vosotros. Gracias.",
    ],
    "de": ["Entschuldigung für meinen Ton gestern, war ein langer Tag."],
    "fr": ["Désolée pour mon message d'hier, journée difficile. Merci."],
    "it": ["Scusate per il tono di ieri, giornata pesante. Grazie."],
    "pt": ["Desculpem o tom de ontem, foi um dia mau. Obrigada."],
}
LOW_SURVEY: Table = {
    "en": ["Not what I expected", "Poor"],
    "es": ["Muy mal", "Decepcionante"],
    "de": ["Enttäuschend"],
    "fr": ["Décevant"],
    "it": ["Deludente"],
    "pt": ["Mau"],
}
STILL_OPEN: Table = {
    "en": [
        "Case {case} is still open and nothing has happened. {short}",
        "Writing again about {case}. Still not fixed. {short}",
    ],
    "es": [
        "La incidencia {case} sigue abierta y nadie me dice nada. {short}",
        "Vuelvo a escribir por la {case}. Sigue sin resolverse. {short}",
    ],
    "de": ["Vorgang {case} ist immer noch offen. {short}"],
    "fr": ["Le dossier {case} est toujours ouvert. {short}"],
    "it": ["La segnalazione {case} è ancora aperta. {short}"],
    "pt": ["O pedido {case} continua aberto. {short}"],
}
THIRD: Table = {
    "en": [
        "Third time I'm chasing {case}. A mate goes to {comp} and they'd have sorted this in a day."
    ],
    "es": [
        "Tercera vez que reclamo la {case}. Un compañero va a {comp} y allí esto lo arreglan en un día."
    ],
    "de": [
        "Dritte Nachricht zu {case}. Ein Kollege geht zu {comp}, da wäre das an einem Tag erledigt."
    ],
    "fr": ["Troisième relance pour {case}. Un collègue va chez {comp}, eux règlent ça en un jour."],
    "it": [
        "Terza volta che scrivo per {case}. Un collega va da {comp} e lì lo risolvono in un giorno."
    ],
    "pt": ["Terceira vez que reclamo o {case}. Um colega vai à {comp} e lá resolvem isto num dia."],
}
FOURTH: Table = {
    "en": ["This is the FOURTH time about {case}. Still open. I've had enough."],
    "es": ["CUARTA vez con la {case}. Sigue abierta. Ya está bien."],
    "de": ["Zum VIERTEN Mal wegen {case}. Immer noch offen."],
    "fr": ["QUATRIÈME fois pour {case}. Toujours ouvert."],
    "it": ["QUARTA volta per {case}. Ancora aperta."],
    "pt": ["QUARTA vez com o {case}. Continua aberto."],
}
STILL_CALL: Table = {
    "en": ["hi i'm calling again about case {case} it's still not sorted"],
    "es": ["hola llamo otra vez por la incidencia {case} que sigue sin resolver"],
    "de": ["hallo ich rufe nochmal wegen Vorgang {case} an das ist immer noch nicht erledigt"],
    "fr": ["bonjour je rappelle pour le dossier {case} toujours pas réglé"],
    "it": ["buongiorno richiamo per la segnalazione {case} ancora non risolta"],
    "pt": ["olá ligo outra vez pelo pedido {case} que continua por resolver"],
}
ESCALATED: Table = {
    "en": [
        "I'm sorry it's taken this long. I've escalated {case} to the operations manager, who will call you."
    ],
    "es": [
        "Sentimos la demora. He escalado la {case} a la responsable de operaciones, que te llamará."
    ],
    "de": ["Es tut uns leid. Ich habe {case} an die Betriebsleitung eskaliert."],
    "fr": ["Désolés du délai. J'ai transmis {case} à la direction des opérations."],
    "it": ["Ci scusiamo. Ho inoltrato {case} alla responsabile operativa."],
    "pt": ["Lamentamos a demora. Encaminhei o {case} para a direção de operações."],
}
CONFIRM_FIXED: Table = {
    "en": ["Confirming case {case} is sorted, thanks for the quick fix."],
    "es": ["Confirmo que la {case} está resuelta, gracias por la rapidez."],
    "de": ["Bestätige, {case} ist erledigt. Danke!"],
    "fr": ["Je confirme, {case} est réglé. Merci !"],
    "it": ["Confermo, {case} risolta. Grazie!"],
    "pt": ["Confirmo que o {case} está resolvido, obrigado."],
}
SLIDE: Table = {
    "en": [
        "Lane was 20 minutes late starting tonight, no explanation. Bit of a shame.",
        "Two of the axes on our lane were blunt again. Bounced off the board more than they stuck.",
        "Coach spent most of our session on his phone. We paid for coaching.",
        "Booking app logged me out twice and lost the slot I wanted. Getting tired of this.",
        "Charged £9 for 'equipment wear' after a normal session. Absolutely ridiculous.",
        "My sister's gone over to {comp} and says the lanes are better kept. Booked our next night there.",
    ],
    "es": [
        "Hoy la pista empezó 20 minutos tarde y sin explicación. Una pena.",
        "Otra vez dos hachas sin filo en nuestra pista. Rebotaban más que se clavaban.",
        "El monitor se pasó la sesión con el móvil. Pagamos por tener monitor.",
        "La app me ha echado dos veces y he perdido la hora que quería. Me estoy cansando.",
        "10 € por 'desgaste de material' después de una sesión normal. Qué vergüenza.",
        "Mi hermana se ha pasado a {comp} y dice que cuidan mucho más las pistas. La próxima la hemos reservado allí.",
    ],
    "de": [
        "Bahn heute 20 Minuten zu spät, keine Erklärung.",
        "Wieder zwei stumpfe Äxte auf unserer Bahn.",
        "Trainer war die ganze Zeit am Handy.",
        "App hat mich zweimal rausgeworfen, Wunschtermin weg. Nervt langsam.",
        "10 € 'Materialverschleiß' nach einer normalen Session. Lächerlich.",
        "Meine Schwester geht jetzt zu {comp}, die Bahnen sind dort gepflegter. Nächster Abend ist dort gebucht.",
    ],
    "fr": [
        "Piste avec 20 minutes de retard ce soir, sans explication.",
        "Encore deux haches émoussées sur notre piste.",
        "Le coach a passé la séance sur son téléphone.",
        "L'appli m'a déconnecté deux fois, créneau perdu. Ça commence à bien faire.",
        "10 € de 'usure du matériel' après une séance normale. Ridicule.",
        "Ma sœur est passée chez {comp}, les pistes y sont mieux tenues. Notre prochaine soirée est réservée là-bas.",
    ],
    "it": [
        "Pista partita con 20 minuti di ritardo stasera, nessuna spiegazione.",
        "Di nuovo due asce senza filo sulla nostra pista.",
        "L'istruttore è stato tutto il tempo al telefono.",
        "L'app mi ha scollegato due volte e ho perso l'orario. Comincio a stancarmi.",
        "10 € di 'usura attrezzatura' dopo una sessione normale. Ridicolo.",
        "Mia sorella ora va da {comp} e dice che le piste sono tenute meglio. La prossima serata l'abbiamo prenotata lì.",
    ],
    "pt": [
        "A pista começou 20 minutos atrasada hoje, sem explicação.",
        "Outra vez dois machados sem fio na nossa pista.",
        "O instrutor passou a sessão ao telemóvel.",
        "A app desligou-me duas vezes e perdi o horário. Estou a ficar farto.",
        "10 € de 'desgaste de material' depois de uma sessão normal. Ridículo.",
        "A minha irmã passou para a {comp} e diz que as pistas estão mais bem cuidadas. A próxima noite já está marcada lá.",
    ],
}
CANCEL_REQUEST: Table = {
    "en": [
        "Please cancel my Hachura Club membership and close my account. I've bought my own target board for the garden, so I won't be coming any more."
    ],
    "es": [
        "Quiero darme de baja del Hachura Club y cerrar mi cuenta. Me mudo a otra ciudad y no vais a tener centro allí."
    ],
    "de": [
        "Bitte kündigen Sie meine Hachura-Club-Mitgliedschaft und schließen Sie mein Konto. Ich ziehe weg."
    ],
    "fr": ["Merci de résilier mon abonnement Hachura Club et de fermer mon compte. Je déménage."],
    "it": ["Vi chiedo di disdire l'Hachura Club e chiudere il mio account. Mi trasferisco."],
    "pt": ["Quero cancelar o Hachura Club e fechar a minha conta. Vou mudar de cidade."],
}
SORRY_TO_GO: Table = {
    "en": ["Sorry to see you go. Your Club membership ends today and your account will be closed."],
    "es": ["Sentimos que te vayas. Tu cuota del Club termina hoy y cerramos la cuenta."],
    "de": ["Schade, dass Sie gehen. Die Mitgliedschaft endet heute, das Konto wird geschlossen."],
    "fr": ["Dommage de vous voir partir. L'abonnement se termine aujourd'hui."],
    "it": ["Ci dispiace vederti andare. L'abbonamento termina oggi."],
    "pt": ["Lamentamos a sua saída. A quota termina hoje e a conta será fechada."],
}
GRUMBLE: Table = {
    "en": [
        "Lanes always feel rushed here.",
        "Prices went up again I see.",
        "Booking app is as clunky as ever.",
    ],
    "es": [
        "Como siempre, todo con prisas.",
        "Otra vez han subido los precios, claro.",
        "La app igual de lenta que siempre.",
    ],
    "de": ["Wie immer alles gehetzt.", "Preise schon wieder hoch."],
    "fr": ["Toujours aussi pressé ici.", "Encore une hausse des prix."],
    "it": ["Sempre tutto di fretta.", "Prezzi di nuovo aumentati."],
    "pt": ["Sempre tudo à pressa.", "Preços outra vez mais altos."],
}
SARCASM: Table = {
    "en": [
        "Love that the 'quiet weekday lane' came with a 30-person hen party next door 👏 so relaxing."
    ],
    "es": [
        "Me encanta que la 'pista tranquila entre semana' viniera con una despedida de 30 personas al lado 👏 relajadísimo."
    ],
    "de": [
        "Toll, die 'ruhige Bahn unter der Woche' mit einem Junggesellinnenabschied daneben 👏 sehr entspannend."
    ],
    "fr": [
        "J'adore la 'piste calme en semaine' avec un EVJF de 30 personnes à côté 👏 très reposant."
    ],
    "it": [
        "Adoro la 'pista tranquilla infrasettimanale' con un addio al nubilato di 30 persone accanto 👏 rilassante."
    ],
    "pt": [
        "Adoro a 'pista calma durante a semana' com uma despedida de 30 pessoas ao lado 👏 relaxante."
    ],
}
MILD: Table = {
    "en": [
        "The venue search shows me Cardiff when I'm in Leeds, bit odd.",
        "Reminder emails arrive in Spanish for some reason?",
    ],
    "es": [
        "El buscador de centros me sale en otra ciudad, un poco raro.",
        "Los recordatorios me llegan en inglés, ¿por qué?",
    ],
    "de": ["Die Standortsuche zeigt mir die falsche Stadt an."],
    "fr": ["La recherche de centres affiche une autre ville."],
    "it": ["La ricerca dei centri mostra un'altra città."],
    "pt": ["A pesquisa de espaços mostra outra cidade."],
}
MILD_ANSWER: Table = {
    "en": ["Thanks for flagging, I've passed it to the app team."],
    "es": ["Gracias por avisar, lo paso al equipo de la app."],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergegeben."],
    "fr": ["Merci, je transmets à l'équipe de l'appli."],
    "it": ["Grazie, lo passo al team dell'app."],
    "pt": ["Obrigado, passo à equipa da app."],
}

# ------------------------------------------------------------------ business arm --
B2B_PROBLEM: dict[str, Table] = {
    "invoice": {
        "en": [
            "Our Hachura Teams invoices have no PO number on them, so finance can't pay them. Please reissue."
        ],
        "es": [
            "Las facturas de Hachura Teams llegan sin número de pedido y contabilidad no puede pagarlas. Por favor, reemitidlas."
        ],
        "de": [
            "Die Rechnungen von Hachura Teams haben keine Bestellnummer, unsere Buchhaltung kann nicht zahlen."
        ],
        "fr": [
            "Les factures Hachura Teams n'ont pas de numéro de commande, la compta ne peut pas payer."
        ],
        "it": [
            "Le fatture Hachura Teams non hanno il numero d'ordine, l'amministrazione non può pagarle."
        ],
        "pt": [
            "As faturas da Hachura Teams vêm sem número de encomenda e a contabilidade não as paga."
        ],
    },
    "service_blocked": {
        "en": [
            "We tried to book our team event and the portal says the account is on hold. Everything is paid."
        ],
        "es": [
            "Intentamos reservar el evento del equipo y el portal dice que la cuenta está bloqueada. Está todo pagado."
        ],
        "de": [
            "Wir wollten unser Team-Event buchen, das Portal sagt Konto gesperrt. Alles ist bezahlt."
        ],
        "fr": ["Impossible de réserver l'événement : le portail dit compte bloqué. Tout est payé."],
        "it": [
            "Non riusciamo a prenotare l'evento: il portale dice account bloccato. È tutto pagato."
        ],
        "pt": ["Não conseguimos reservar o evento: o portal diz conta bloqueada. Está tudo pago."],
    },
    "portal": {
        "en": [
            "The Teams portal shows none of our booked events, so we can't upload the guest list."
        ],
        "es": [
            "El portal de Teams no muestra ninguno de nuestros eventos y no podemos subir la lista de invitados."
        ],
        "de": [
            "Das Teams-Portal zeigt keine unserer Buchungen, die Gästeliste lässt sich nicht hochladen."
        ],
        "fr": [
            "Le portail Teams n'affiche aucun de nos événements, impossible de charger la liste."
        ],
        "it": [
            "Il portale Teams non mostra i nostri eventi, non possiamo caricare la lista ospiti."
        ],
        "pt": ["O portal Teams não mostra os nossos eventos e não conseguimos carregar a lista."],
    },
    "overbilled": {
        "en": [
            "We've been billed per head for no-shows, which our contract says we don't pay. Over £400 too much."
        ],
        "es": [
            "Nos cobráis por persona los que no vinieron, y el contrato dice que no. Más de 450 € de más."
        ],
        "de": [
            "Sie berechnen No-Shows pro Kopf, laut Vertrag zahlen wir das nicht. Über 450 € zu viel."
        ],
        "fr": [
            "Vous facturez les absents par personne, notre contrat l'exclut. Plus de 450 € en trop."
        ],
        "it": ["Ci fatturate gli assenti a persona, il contratto lo esclude. Oltre 450 € in più."],
        "pt": ["Cobram os ausentes por pessoa, o contrato exclui isso. Mais de 450 € a mais."],
    },
}
B2B_LATER: Table = {
    "en": [
        "Following up on what {first} sent on {day} (case {case}): still the same problem here. {complaint}"
    ],
    "es": [
        "Sigo con lo que os escribió {first} el {day} (incidencia {case}): el problema sigue igual. {complaint}"
    ],
    "de": [
        "Zu dem, was {first} am {day} geschrieben hat (Vorgang {case}): bei uns unverändert. {complaint}"
    ],
    "fr": [
        "Suite au message de {first} du {day} (dossier {case}) : toujours le même problème. {complaint}"
    ],
    "it": [
        "Riprendo quanto scritto da {first} {day} (segnalazione {case}): il problema è lo stesso. {complaint}"
    ],
    "pt": [
        "Na sequência do que {first} enviou na {day} (pedido {case}): o problema mantém-se. {complaint}"
    ],
}
B2B_LAST: Table = {
    "en": [
        "Case {case} still isn't fixed and several of us have written. Procurement has asked {comp} for a quote."
    ],
    "es": [
        "La {case} sigue sin resolverse y ya os hemos escrito varios. Compras ha pedido presupuesto a {comp}."
    ],
    "de": [
        "{case} ist immer noch offen, mehrere von uns haben geschrieben. Der Einkauf holt ein Angebot bei {comp} ein."
    ],
    "fr": [
        "{case} n'est toujours pas réglé, plusieurs d'entre nous ont écrit. Les achats demandent un devis à {comp}."
    ],
    "it": [
        "{case} non è ancora risolta, vi abbiamo scritto in tanti. Gli acquisti chiedono un preventivo a {comp}."
    ],
    "pt": [
        "O {case} continua por resolver e já escrevemos vários. As compras pediram orçamento à {comp}."
    ],
}
B2B_LAST_CALL: Table = {
    "en": [
        "hi it's about case {case} it's still not fixed and my manager says we move the account if it isn't sorted this week"
    ],
    "es": [
        "hola es por la incidencia {case} sigue igual y mi jefa dice que nos vamos a otro proveedor si no se arregla esta semana"
    ],
    "de": [
        "hallo wegen Vorgang {case} das ist immer noch offen mein Chef sagt wir wechseln wenn das diese Woche nicht erledigt ist"
    ],
    "fr": [
        "bonjour c'est pour le dossier {case} toujours rien ma responsable dit qu'on change de prestataire si ce n'est pas réglé"
    ],
    "it": [
        "buongiorno per la segnalazione {case} ancora niente il mio capo dice che cambiamo fornitore se non si risolve"
    ],
    "pt": [
        "olá é sobre o pedido {case} continua igual a minha chefe diz que mudamos se não se resolver esta semana"
    ],
}
B2B_MILD: Table = {
    "en": [
        "Small suggestion: could invoices show the cost centre per event?",
        "It would help if the guest list could be exported to a spreadsheet.",
    ],
    "es": [
        "Una sugerencia: ¿podríais poner el centro de coste en cada factura?",
        "Estaría bien poder exportar la lista de invitados a Excel.",
    ],
    "de": ["Kleiner Vorschlag: Kostenstelle pro Event auf der Rechnung?"],
    "fr": ["Petite suggestion : afficher le centre de coût par événement ?"],
    "it": ["Un suggerimento: indicare il centro di costo per evento?"],
    "pt": ["Uma sugestão: mostrar o centro de custo por evento?"],
}
B2B_ACK: Table = {
    "en": ["Thanks, noted for the Teams product team."],
    "es": ["Gracias, lo apuntamos para el equipo de Teams."],
    "de": ["Danke, an das Teams-Produktteam weitergegeben."],
    "fr": ["Merci, transmis à l'équipe Teams."],
    "it": ["Grazie, girato al team Teams."],
    "pt": ["Obrigado, passado à equipa Teams."],
}
B2B_PRAISE: Table = {
    "en": ["Our team night with Hachura Teams went down a storm. Smooth booking, great hosts."],
    "es": ["El evento de equipo con Hachura Teams fue un éxito. Todo muy bien organizado."],
    "de": ["Teamabend mit Hachura Teams war ein voller Erfolg."],
    "fr": ["Soirée d'équipe avec Hachura Teams très réussie."],
    "it": ["Serata di team con Hachura Teams riuscitissima."],
    "pt": ["O evento de equipa com a Hachura Teams foi um sucesso."],
}
B2B_QUESTION: Table = {
    "en": ["Can we add two more guests to Thursday's team event?"],
    "es": ["¿Podemos añadir dos personas más al evento del jueves?"],
    "de": ["Können wir zwei Gäste für Donnerstag nachmelden?"],
    "fr": ["Peut-on ajouter deux invités jeudi ?"],
    "it": ["Possiamo aggiungere due ospiti giovedì?"],
    "pt": ["Podemos acrescentar dois convidados na quinta?"],
}
WEEKDAY: Table = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}

# ------------------------------------------------------------------ the spike --
SPIKE_CODE = "WV.409.2"
SPIKE: Table = {
    "en": [
        "Can't check in at the lane, the app won't sign my safety waiver: error WV.409.2. Staff say nobody can throw without it.",
        "Whole group stuck at reception, waiver in the app fails with WV.409.2 every time",
    ],
    "es": [
        "No nos dejan entrar a la pista porque la app no firma la hoja de seguridad: sale error WV.409.2",
        "Toda la cuadrilla en recepción, el consentimiento de la app da WV.409.2 una y otra vez",
    ],
    "de": [
        "Check-in unmöglich, die App kann den Sicherheitsverzicht nicht unterschreiben: Fehler WV.409.2"
    ],
    "fr": [
        "Impossible de signer la décharge de sécurité dans l'appli : erreur WV.409.2, on ne peut pas lancer"
    ],
    "it": ["Non riusciamo a firmare la liberatoria nell'app: errore WV.409.2, niente lanci"],
    "pt": ["A app não assina o termo de segurança: erro WV.409.2, não nos deixam entrar na pista"],
}
SPIKE_AGAIN: Table = {
    "en": ["Still WV.409.2, tried on my partner's phone as well. Same."],
    "es": ["Sigue saliendo WV.409.2, probado con el móvil de mi pareja también."],
    "de": ["Immer noch WV.409.2, auch mit dem Handy meiner Frau."],
    "fr": ["Toujours WV.409.2, même avec un autre téléphone."],
    "it": ["Ancora WV.409.2, anche dal telefono di mia moglie."],
    "pt": ["Continua WV.409.2, também no telemóvel da minha mulher."],
}
SPIKE_CHAT_ANSWER: Table = {
    "en": ["Yes, waiver signing is failing at every venue right now, our engineers are on it."],
    "es": [
        "Sí, la firma del consentimiento falla ahora mismo en todos los centros, el equipo técnico está en ello."
    ],
    "de": ["Ja, die Unterschrift fällt gerade überall aus, die Technik arbeitet daran."],
    "fr": ["Oui, la signature échoue partout en ce moment, nos techniciens y travaillent."],
    "it": ["Sì, la firma non funziona in tutti i centri, i tecnici ci stanno lavorando."],
    "pt": ["Sim, a assinatura está a falhar em todos os espaços, a equipa técnica está a tratar."],
}
SPIKE_FIXED: Table = {
    "en": [
        "Waiver signing works again since {local}. Sorry about this morning: {credit} credit has been added to your account."
    ],
    "es": [
        "La firma del consentimiento funciona de nuevo desde las {local}. Perdona lo de esta mañana: te hemos añadido {credit} de saldo."
    ],
    "de": [
        "Die Unterschrift funktioniert wieder seit {local} Uhr. Als Entschuldigung: {credit} Guthaben."
    ],
    "fr": [
        "La signature fonctionne à nouveau depuis {local}. Désolés : {credit} de crédit ajoutés."
    ],
    "it": ["La firma funziona di nuovo dalle {local}. Scusate: {credit} di credito aggiunti."],
    "pt": [
        "A assinatura funciona outra vez desde as {local}. Desculpe: {credit} de crédito adicionados."
    ],
}
LONE_QUESTION: Table = {
    "en": [
        "Last night the waiver screen took ages to load before it signed. Will it be ok tomorrow at the venue?"
    ],
    "es": [
        "Anoche la pantalla del consentimiento tardó mucho en cargar, aunque firmó bien. ¿Mañana irá bien en el centro?"
    ],
    "de": [
        "Gestern Abend hat die Verzicht-Seite ewig geladen, dann ging es. Klappt das morgen vor Ort?"
    ],
    "fr": ["Hier soir la page de décharge a mis du temps à charger puis a marché. Ça ira demain ?"],
    "it": [
        "Ieri sera la pagina della liberatoria ci ha messo tanto, poi ha funzionato. Domani andrà?"
    ],
    "pt": [
        "Ontem à noite a página do termo demorou a carregar mas assinou. Amanhã vai correr bem?"
    ],
}
LONE_ANSWER: Table = {
    "en": ["It was signed fine, you're all set for tomorrow."],
    "es": ["Se firmó correctamente, mañana no tendrás problema."],
    "de": ["Ist korrekt unterschrieben, morgen alles gut."],
    "fr": ["C'est bien signé, tout est prêt pour demain."],
    "it": ["È firmata correttamente, domani tutto ok."],
    "pt": ["Ficou assinado, amanhã está tudo pronto."],
}
