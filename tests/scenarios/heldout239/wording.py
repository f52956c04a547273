"""Wording of heldout239/ (Saltarello trampoline parks): every table in six languages.

Placeholders are filled by ``make_heldout239.py``: {p} a problem, {case} a case reference,
{first} a first name, {comp} a competitor, {code} an error code, {day} a weekday,
{name} a colleague, {local} a local time, {credit} a credit.
"""

# ruff: noqa: E501

LANGS = ("fr", "es", "en", "de", "it", "pt")
COMPETITORS = ("Brincola", "Hopstera")
BRAND = "Saltarello"

MARKETS: dict[str, list[str]] = {
    "fr": ["FR", "FR", "FR", "FR", "BE", "BE", "CH", "LU"],
    "es": ["ES"],
    "en": ["UK", "UK", "UK", "IE"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "IT", "CH"],
    "pt": ["PT"],
}

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Julien",
        "Amandine",
        "Nicolas",
        "Sophie",
        "Mathieu",
        "Claire",
        "Thomas",
        "Élodie",
        "Antoine",
        "Laure",
        "Guillaume",
        "Manon",
        "Sébastien",
        "Aurélie",
        "Romain",
        "Céline",
        "Vincent",
        "Pauline",
        "Maxime",
        "Inès",
        "Hugo",
        "Chloé",
        "Benoît",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Carmen",
        "Álvaro",
        "Nuria",
        "Pablo",
        "Elena",
        "Diego",
        "Rocío",
        "Andrés",
        "Cristina",
        "Raúl",
        "Patricia",
        "Iván",
        "Alba",
        "Jorge",
        "Silvia",
        "Rubén",
        "Noelia",
        "Óscar",
        "Beatriz",
        "Hugo",
    ],
    "en": [
        "Emma",
        "Oliver",
        "Sophie",
        "James",
        "Hannah",
        "Liam",
        "Grace",
        "Ciarán",
        "Chloe",
        "Daniel",
        "Aoife",
        "Tom",
        "Megan",
        "Rory",
        "Lucy",
        "Owen",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Katrin",
        "Felix",
        "Anna",
        "Tobias",
        "Sabine",
        "Lukas",
        "Julia",
        "Matthias",
        "Nina",
        "Stefan",
        "Miriam",
        "Florian",
        "Jana",
        "Sebastian",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Davide",
        "Elisa",
        "Andrea",
        "Valentina",
        "Simone",
        "Marta",
        "Paolo",
        "Ilaria",
        "Stefano",
    ],
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Miguel",
        "Joana",
        "Nuno",
        "Rita",
        "André",
        "Carla",
        "Diogo",
    ],
}

LAST: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Chevalier",
        "Lambert",
        "Faure",
        "Mercier",
        "Blanc",
        "Garnier",
        "Perrin",
        "Morel",
        "Leroy",
        "Roux",
        "Marchand",
        "Duval",
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
        "Gil",
        "Vázquez",
        "Serrano",
        "Ramos",
        "Blanco",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Ortiz",
        "Rubio",
        "Marín",
    ],
    "en": [
        "Walsh",
        "Taylor",
        "Murphy",
        "Brown",
        "Kelly",
        "Evans",
        "Byrne",
        "Hughes",
        "Clarke",
        "Doyle",
        "Price",
        "Ryan",
        "Wood",
        "Quinn",
    ],
    "de": [
        "Müller",
        "Schneider",
        "Fischer",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Wolf",
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
        "Costa",
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
    ],
}

TOWNS: dict[str, list[str]] = {
    "FR": ["Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse", "Rennes"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "CH": ["Lausanne", "Genève", "Zürich", "Lugano"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Zaragoza", "Bilbao", "Málaga", "Murcia"],
    "UK": ["Leeds", "Bristol", "Manchester", "Cardiff"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["Köln", "Leipzig", "Hannover", "Nürnberg"],
    "AT": ["Graz", "Linz", "Wien"],
    "IT": ["Torino", "Bologna", "Verona", "Bari"],
    "PT": ["Porto", "Braga", "Coimbra", "Lisboa"],
}

PRODUCTS = [
    ("Jump 60 min / Salto 60 min", 16),
    ("Jump 90 min / Salto 90 min", 21),
    ("Toddler morning / Mañana peques", 9),
    ("Ninja course / Circuito ninja", 18),
    ("Birthday party Mega / Cumpleaños Mega", 189),
    ("Grip socks / Calcetines antideslizantes", 3),
    ("Saltarello Club monthly / Saltarello Club mensual", 29),
    ("Dodgeball league / Liga de balón prisionero", 12),
]

PAGES = ["/app/book", "/app/slots", "/club", "/parties", "/parks", "/app/waiver", "/faq", "/prices"]

# --- happy words ---------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Super matinée chez Saltarello avec les enfants, la fosse à mousse c'est leur paradis 😍",
        "Le parcours ninja de Saltarello est top, mon fils de 9 ans en parle encore ce soir",
        "Anniversaire réussi chez Saltarello, animatrice adorable et gâteau prêt à l'heure. Merci !",
    ],
    "es": [
        "Mañana genial en Saltarello con los peques, la piscina de espuma les vuelve locos 😍",
        "El circuito ninja de Saltarello es una pasada, mi hija no quería salir",
        "Cumple perfecto en Saltarello, la monitora un encanto y todo puntual. ¡Gracias!",
    ],
    "en": [
        "Brilliant morning at Saltarello with the kids, the foam pit is their happy place 😍",
        "Saltarello's ninja course is great fun, my lad is already asking when we go back",
    ],
    "de": [
        "Toller Vormittag bei Saltarello mit den Kindern, die Schaumstoffgrube ist der Hit 😍",
        "Der Ninja-Parcours bei Saltarello ist super, mein Sohn will nächste Woche wieder hin",
    ],
    "it": [
        "Mattinata fantastica da Saltarello con i bimbi, la vasca di gommapiuma è il loro paradiso 😍",
        "Il percorso ninja di Saltarello è bellissimo, mia figlia non voleva più uscire",
    ],
    "pt": [
        "Manhã fantástica no Saltarello com os miúdos, a piscina de espuma é o paraíso deles 😍",
        "O circuito ninja do Saltarello é top, o meu filho já quer voltar",
    ],
}

AGAIN: dict[str, list[str]] = {
    "fr": [
        "Troisième anniversaire chez Saltarello cette année et toujours aussi bien organisé 👌",
        "Encore une fois la même animatrice géniale au mercredi des petits, ma fille l'adore",
        "Toujours fan du créneau toddler du dimanche, calme et propre",
    ],
    "es": [
        "Tercera vez este mes en Saltarello y otra vez todo impecable 👌",
        "Otra vez nos tocó el monitor majísimo del circuito ninja, mis hijos felices",
        "Sigo encantada con la mañana peques de los domingos, tranquila y limpia",
    ],
    "en": [
        "Third party at Saltarello this year and still spot on 👌",
        "Same lovely instructor at toddler morning again, my little one adores her",
    ],
    "de": [
        "Schon der dritte Geburtstag bei Saltarello dieses Jahr und wieder top organisiert 👌",
        "Immer noch begeistert vom Kleinkinder-Vormittag am Sonntag",
    ],
    "it": [
        "Terza festa da Saltarello quest'anno e ancora tutto perfetto 👌",
        "Di nuovo lo stesso istruttore simpaticissimo al percorso ninja",
    ],
    "pt": [
        "Terceira festa no Saltarello este ano e continua impecável 👌",
        "Outra vez a mesma monitora espetacular na manhã dos pequenos",
    ],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Très bonne session, juste le distributeur de boissons encore en panne. Sinon on revient !",
        "Top pour les enfants, dommage que le parking soit si petit le samedi",
    ],
    "es": [
        "Muy buena sesión, solo que la máquina de bebidas seguía estropeada. Por lo demás volvemos",
        "Genial para los niños, lástima que el parking sea tan pequeño los sábados",
    ],
    "en": ["Great session, only the drinks machine was broken again. Otherwise we'll be back"],
    "de": ["Sehr schöne Session, nur der Getränkeautomat war wieder kaputt. Sonst gerne wieder"],
    "it": [
        "Bella sessione, solo il distributore di bibite era di nuovo rotto. Per il resto torneremo"
    ],
    "pt": ["Ótima sessão, só a máquina das bebidas estava outra vez avariada. De resto voltamos"],
}

REVIEW: dict[str, list[str]] = {
    "fr": [
        "Personnel attentif, trampolines propres, réservation dans l'appli en deux minutes.",
        "Parfait pour un mercredi après-midi, les ados comme les petits s'amusent",
    ],
    "es": [
        "Personal atento, camas elásticas limpias y reservar en la app es facilísimo.",
        "Perfecto para una tarde de miércoles, disfrutan mayores y pequeños",
    ],
    "en": ["Friendly staff, clean trampolines, booking in the app takes two minutes."],
    "de": ["Freundliches Personal, saubere Trampoline, Buchung in der App in zwei Minuten."],
    "it": ["Personale attento, trampolini puliti, prenotare nell'app è semplicissimo."],
    "pt": ["Staff atencioso, trampolins limpos, reservar na app é facílimo."],
}

THANKS: dict[str, list[str]] = {
    "fr": ["merci, top 👍", "Super merci beaucoup !", "parfait merci bcp"],
    "es": ["mil gracias, crack", "genial, gracias!!", "vale, gracias majo"],
    "en": ["cheers, legend 👍"],
    "de": ["danke dir, passt 👍"],
    "it": ["grazie mille, gentilissimi"],
    "pt": ["obrigado, impecável 👍"],
}

SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["Génial", "Très bien", "👍", ""],
    "es": ["Genial", "Muy bien", "😊", ""],
    "en": ["Great", ""],
    "de": ["Super", ""],
    "it": ["Ottimo", ""],
    "pt": ["Excelente", ""],
}

LOW_WORD: dict[str, list[str]] = {
    "fr": ["Décevant", ""],
    "es": ["Mal", ""],
    "en": ["Poor", ""],
    "de": ["Schlecht", ""],
    "it": ["Deludente", ""],
    "pt": ["Mau", ""],
}

QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, les chaussettes antidérapantes sont obligatoires ? On peut réutiliser celles de la dernière fois ?",
            "Bonjour ! Oui, elles sont obligatoires, et vos anciennes chaussettes Saltarello sont tout à fait valables.",
        ),
        (
            "Est-ce qu'un enfant de 4 ans peut aller sur le parcours ninja ?",
            "Le parcours ninja est à partir de 6 ans ; pour les 2-5 ans, il y a la zone des petits et le créneau toddler.",
        ),
        (
            "Salut, on peut décaler une réservation de samedi à dimanche sans frais ?",
            "Bien sûr, jusqu'à 48 h avant, dans l'appli : Mes réservations, puis Modifier.",
        ),
    ],
    "es": [
        (
            "Hola, ¿los calcetines antideslizantes son obligatorios? ¿Sirven los de la otra vez?",
            "¡Hola! Sí, son obligatorios, y los calcetines Saltarello que ya tenéis valen perfectamente.",
        ),
        (
            "¿Un niño de 4 años puede entrar al circuito ninja?",
            "El circuito ninja es a partir de 6 años; para 2-5 años tenéis la zona peques y la mañana peques.",
        ),
        (
            "Buenas, ¿puedo cambiar la reserva del sábado al domingo sin coste?",
            "Claro, hasta 48 h antes, en la app: Mis reservas y luego Cambiar.",
        ),
    ],
    "en": [
        (
            "Hi, are the grip socks compulsory? Can we reuse the ones from last time?",
            "Hi! Yes, they are, and your old Saltarello socks are fine.",
        ),
        (
            "Can a 4-year-old go on the ninja course?",
            "The ninja course is from age 6; for 2-5s there is the little ones' zone and toddler morning.",
        ),
    ],
    "de": [
        (
            "Hallo, sind die Stoppersocken Pflicht? Gehen die vom letzten Mal?",
            "Hallo! Ja, sie sind Pflicht, und Ihre alten Saltarello-Socken passen.",
        ),
        (
            "Darf ein 4-Jähriger in den Ninja-Parcours?",
            "Der Ninja-Parcours ist ab 6 Jahren; für 2-5 Jahre gibt es den Kleinkinderbereich.",
        ),
    ],
    "it": [
        (
            "Ciao, le calze antiscivolo sono obbligatorie? Vanno bene quelle dell'altra volta?",
            "Ciao! Sì, sono obbligatorie, e le vostre calze Saltarello vanno benissimo.",
        ),
        (
            "Un bimbo di 4 anni può fare il percorso ninja?",
            "Il percorso ninja è dai 6 anni; per i 2-5 anni c'è l'area piccoli.",
        ),
    ],
    "pt": [
        (
            "Olá, as meias antiderrapantes são obrigatórias? Servem as da outra vez?",
            "Olá! Sim, são obrigatórias, e as meias Saltarello que já têm servem.",
        ),
        (
            "Uma criança de 4 anos pode ir ao circuito ninja?",
            "O circuito ninja é a partir dos 6 anos; dos 2 aos 5 há a zona dos pequenos.",
        ),
    ],
}

PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut apporter notre propre gâteau pour un anniversaire",
            "Bonjour {first}, suite à votre appel : oui, vous pouvez apporter votre gâteau, nous fournissons bougies, assiettes et couteau. Bonne fête !",
        ),
        (
            "bonjour alors c'est pour savoir jusqu'à quel âge le créneau toddler est ouvert",
            "Bonjour {first}, comme dit au téléphone : le créneau toddler est ouvert aux 1-5 ans, un adulte par enfant.",
        ),
    ],
    "es": [
        (
            "hola buenas quería saber si podemos llevar nuestra propia tarta para el cumple",
            "Hola {first}, como hablamos por teléfono: sí, podéis traer la tarta, ponemos velas, platos y cuchillo. ¡Feliz cumple!",
        ),
        (
            "sí hola era para preguntar hasta qué edad es la mañana peques",
            "Hola {first}, como te comentamos: la mañana peques es de 1 a 5 años, un adulto por niño.",
        ),
    ],
    "en": [
        (
            "hiya just wondering if we can bring our own cake for the party",
            "Hi {first}, following your call: yes, bring your own cake, we provide candles, plates and a knife.",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob wir für den Geburtstag einen eigenen Kuchen mitbringen dürfen",
            "Hallo {first}, wie am Telefon besprochen: Ja, eigener Kuchen ist erlaubt, Kerzen, Teller und Messer stellen wir.",
        )
    ],
    "it": [
        (
            "pronto buongiorno volevo sapere se possiamo portare la nostra torta per la festa",
            "Ciao {first}, come detto al telefono: sì, potete portare la torta, candeline, piatti e coltello li mettiamo noi.",
        )
    ],
    "pt": [
        (
            "bom dia queria saber se podemos levar o nosso bolo para a festa",
            "Olá {first}, conforme a chamada: sim, podem levar o bolo, nós damos velas, pratos e faca.",
        )
    ],
}

NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "2h du mat, bébé enfin endormi, je réserve le créneau toddler de dimanche chez Saltarello. Vive les applis",
        "Garde de nuit finie, je réserve la session ninja des grands pour demain aprèm chez Saltarello 😴",
    ],
    "es": [
        "Las 2 de la mañana, el bebé por fin dormido y yo reservando la mañana peques en Saltarello. Bendita app",
        "Acabo el turno de noche y reservo el circuito ninja de mañana en Saltarello para los mayores 😴",
    ],
    "en": ["2am, baby finally asleep, booking Sunday's toddler slot at Saltarello. Love an app"],
    "de": [
        "2 Uhr nachts, Baby schläft endlich, ich buche den Kleinkinder-Vormittag bei Saltarello. Lang lebe die App"
    ],
    "it": [
        "Le 2 di notte, bimbo finalmente addormentato, prenoto la mattina piccoli da Saltarello. Viva l'app"
    ],
    "pt": [
        "2 da manhã, o bebé finalmente a dormir e eu a reservar a manhã dos pequenos no Saltarello. Viva a app"
    ],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "vous êtes là ? le créneau de 10h demain il reste de la place pour 3 ?",
            "Oui, il reste 7 places à 10 h, vous pouvez réserver dans l'appli.",
        ),
        (
            "petite question de nuit : la décharge signée l'an dernier est encore valable ?",
            "Elle est valable 12 mois ; l'appli vous proposera de la renouveler si besoin.",
        ),
    ],
    "es": [
        (
            "hola, estáis? quedan plazas mañana a las 10 para 3?",
            "Sí, quedan 7 plazas a las 10, puedes reservar en la app.",
        ),
        (
            "pregunta nocturna: el consentimiento firmado el año pasado sigue valiendo?",
            "Vale 12 meses; la app te pedirá renovarlo si hace falta.",
        ),
    ],
    "en": [
        (
            "anyone there? any space at 10 tomorrow for 3?",
            "Yes, 7 places left at 10, you can book in the app.",
        )
    ],
    "de": [
        (
            "noch jemand da? gibt es morgen um 10 noch Platz für 3?",
            "Ja, um 10 sind noch 7 Plätze frei, buchbar in der App.",
        )
    ],
    "it": [
        (
            "c'è qualcuno? domani alle 10 c'è posto per 3?",
            "Sì, alle 10 restano 7 posti, potete prenotare nell'app.",
        )
    ],
    "pt": [
        (
            "está aí alguém? amanhã às 10 há lugar para 3?",
            "Sim, às 10 restam 7 lugares, podem reservar na app.",
        )
    ],
}

# --- trouble -------------------------------------------------------------------

PROBLEMS = ("overbooked", "double_charge", "party", "refund", "wrong_price", "cancel_fee")

P: dict[str, dict[str, list[str]]] = {
    "fr": {
        "overbooked": [
            "on avait réservé et payé la session de 10h pour trois enfants et on nous a refusé l'entrée parce que le parc était complet",
            "réservation payée, et à l'accueil on nous dit que c'est plein, on repart avec deux gamins en larmes",
        ],
        "double_charge": [
            "la réservation de samedi a été débitée DEUX fois sur ma carte, 46 € chacune",
            "j'ai été prélevée deux fois pour la même session",
        ],
        "party": [
            "pour l'anniversaire de ma fille samedi il n'y avait pas d'animateur et la salle n'était pas prête, douze enfants ont attendu 40 minutes",
            "l'anniversaire réservé en formule Méga : personne ne nous attendait et la salle était sale",
        ],
        "refund": [
            "vous avez annulé notre session pour maintenance et le remboursement n'est toujours pas arrivé après TROIS semaines",
            "toujours aucun remboursement de la session que vous avez annulée il y a trois semaines",
        ],
        "wrong_price": [
            "je suis membre Saltarello Club et on m'a facturé le plein tarif",
            "membre du Club depuis un an et la réduction n'a pas été appliquée, plein tarif payé",
        ],
        "cancel_fee": [
            "on m'a prélevé des frais d'annulation tardive alors que j'ai annulé cinq jours avant",
            "15 € de frais d'annulation alors que j'ai annulé 5 jours à l'avance",
        ],
    },
    "es": {
        "overbooked": [
            "teníamos reservada y pagada la sesión de las 10 para tres niños y en la puerta no nos dejaron entrar porque estaba lleno",
            "reserva pagada y en recepción nos dicen que está completo, nos vamos con dos críos llorando",
        ],
        "double_charge": [
            "me habéis cobrado DOS veces la reserva del sábado, 46 € cada una",
            "me cobraron dos veces la misma sesión",
        ],
        "party": [
            "en el cumple de mi hija no había monitor y la sala no estaba preparada, doce niños esperando 40 minutos",
            "el cumpleaños Mega reservado: nadie nos esperaba y la sala estaba sucia",
        ],
        "refund": [
            "cancelasteis nuestra sesión por mantenimiento y el reembolso sigue sin llegar después de TRES semanas",
            "sigo sin el reembolso de la sesión que cancelasteis hace tres semanas",
        ],
        "wrong_price": [
            "soy socia del Saltarello Club y me cobraron la tarifa completa",
            "socio del Club desde hace un año y no me aplicaron el descuento, pagué precio completo",
        ],
        "cancel_fee": [
            "me cobrasteis gastos de cancelación tardía cuando cancelé cinco días antes",
            "15 € de cancelación cuando cancelé con 5 días de antelación",
        ],
    },
    "en": {
        "overbooked": [
            "we had booked and paid the 10am session for three kids and were turned away at the door because the park was full"
        ],
        "double_charge": ["Saturday's booking was taken TWICE from my card, £40 each time"],
        "party": [
            "at my daughter's party on Saturday there was no host and the room wasn't ready, twelve kids waited 40 minutes"
        ],
        "refund": [
            "you cancelled our session for maintenance and the refund still hasn't arrived after THREE weeks"
        ],
        "wrong_price": ["I'm a Saltarello Club member and was charged the full price"],
        "cancel_fee": [
            "I was charged a late cancellation fee although I cancelled five days ahead"
        ],
    },
    "de": {
        "overbooked": [
            "wir hatten die 10-Uhr-Session für drei Kinder gebucht und bezahlt und wurden am Eingang abgewiesen, weil der Park voll war"
        ],
        "double_charge": [
            "die Buchung vom Samstag wurde ZWEIMAL von meiner Karte abgebucht, je 46 €"
        ],
        "party": [
            "beim Geburtstag meiner Tochter am Samstag gab es keinen Betreuer und der Raum war nicht fertig, zwölf Kinder haben 40 Minuten gewartet"
        ],
        "refund": [
            "Sie haben unsere Session wegen Wartung abgesagt und die Erstattung ist nach DREI Wochen immer noch nicht da"
        ],
        "wrong_price": [
            "ich bin Mitglied im Saltarello Club und mir wurde der volle Preis berechnet"
        ],
        "cancel_fee": [
            "mir wurde eine Gebühr für späte Stornierung berechnet, obwohl ich fünf Tage vorher storniert habe"
        ],
    },
    "it": {
        "overbooked": [
            "avevamo prenotato e pagato la sessione delle 10 per tre bambini e all'ingresso ci hanno mandati via perché il parco era pieno"
        ],
        "double_charge": [
            "la prenotazione di sabato mi è stata addebitata DUE volte, 46 € ciascuna"
        ],
        "party": [
            "alla festa di mia figlia sabato non c'era l'animatore e la sala non era pronta, dodici bambini hanno aspettato 40 minuti"
        ],
        "refund": [
            "avete annullato la nostra sessione per manutenzione e il rimborso dopo TRE settimane non è ancora arrivato"
        ],
        "wrong_price": ["sono socia del Saltarello Club e mi avete fatto pagare la tariffa intera"],
        "cancel_fee": [
            "mi avete addebitato la penale di cancellazione tardiva anche se ho cancellato cinque giorni prima"
        ],
    },
    "pt": {
        "overbooked": [
            "tínhamos reservado e pago a sessão das 10h para três crianças e à porta não nos deixaram entrar porque estava cheio"
        ],
        "double_charge": ["a reserva de sábado foi cobrada DUAS vezes no meu cartão, 46 € cada"],
        "party": [
            "na festa da minha filha no sábado não havia animador e a sala não estava pronta, doze crianças à espera 40 minutos"
        ],
        "refund": [
            "cancelaram a nossa sessão por manutenção e o reembolso ainda não chegou depois de TRÊS semanas"
        ],
        "wrong_price": ["sou sócia do Saltarello Club e cobraram-me o preço normal"],
        "cancel_fee": ["cobraram-me taxa de cancelamento tardio quando cancelei cinco dias antes"],
    },
}

SUBJ: dict[str, dict[str, str]] = {
    "fr": {
        "overbooked": "entrée refusée",
        "double_charge": "double prélèvement",
        "party": "anniversaire raté",
        "refund": "remboursement",
        "wrong_price": "tarif Club",
        "cancel_fee": "frais d'annulation",
    },
    "es": {
        "overbooked": "entrada denegada",
        "double_charge": "cobro doble",
        "party": "cumpleaños",
        "refund": "reembolso",
        "wrong_price": "tarifa de socio",
        "cancel_fee": "gastos de cancelación",
    },
    "en": {
        "overbooked": "turned away",
        "double_charge": "charged twice",
        "party": "birthday party",
        "refund": "refund",
        "wrong_price": "Club price",
        "cancel_fee": "cancellation fee",
    },
    "de": {
        "overbooked": "Einlass verweigert",
        "double_charge": "doppelte Abbuchung",
        "party": "Geburtstag",
        "refund": "Erstattung",
        "wrong_price": "Club-Preis",
        "cancel_fee": "Stornogebühr",
    },
    "it": {
        "overbooked": "ingresso negato",
        "double_charge": "doppio addebito",
        "party": "festa di compleanno",
        "refund": "rimborso",
        "wrong_price": "tariffa socio",
        "cancel_fee": "penale di cancellazione",
    },
    "pt": {
        "overbooked": "entrada recusada",
        "double_charge": "cobrança dupla",
        "party": "festa de anos",
        "refund": "reembolso",
        "wrong_price": "preço de sócio",
        "cancel_fee": "taxa de cancelamento",
    },
}

COMPLAINT_SUBJECT = {
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "en": "Complaint: ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}
CASE_SUBJECT = {
    "fr": "RE : Dossier ",
    "es": "RE: Incidencia ",
    "en": "Re: Your case ",
    "de": "AW: Vorgang ",
    "it": "R: Segnalazione ",
    "pt": "RE: Pedido ",
}

COMPLAIN: dict[str, list[str]] = {
    "fr": [
        "Bonjour, {p}. C'est inadmissible, je veux une solution.",
        "{p} !!! Franchement ça ne va pas du tout.",
        "Bonjour, {p}. Merci de me répondre rapidement.",
    ],
    "es": [
        "Hola, {p}. Esto es inaceptable, quiero una solución ya.",
        "{p}!!! YA ESTÁ BIEN.",
        "Buenas, {p}. Espero respuesta pronto.",
    ],
    "en": ["Hello, {p}. This is not acceptable, please sort it out."],
    "de": ["Hallo, {p}. Das geht so nicht, ich erwarte eine Lösung."],
    "it": ["Buongiorno, {p}. Non è accettabile, voglio una soluzione."],
    "pt": ["Olá, {p}. Isto não é aceitável, quero uma solução."],
}

PHONE_C: dict[str, list[str]] = {
    "fr": [
        "bonjour oui alors j'appelle parce que {p} et j'aimerais bien qu'on me rappelle",
        "allo oui bonjour euh {p} voilà je voudrais une solution",
    ],
    "es": [
        "hola buenas llamo porque {p} y quiero saber qué vais a hacer",
        "sí hola mire {p} y nadie me dice nada",
    ],
    "en": ["hi yeah i'm calling because {p} and i'd like someone to sort it out"],
    "de": ["ja hallo also {p} und ich hätte gern dass das jemand klärt"],
    "it": ["pronto buongiorno chiamo perché {p} e vorrei una soluzione"],
    "pt": ["bom dia estou a ligar porque {p} e queria uma solução"],
}

LONG: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, alors pardon si c'est un peu décousu. Nous venons chez Saltarello depuis deux ans, les enfants adorent la fosse à mousse et on y a fêté presque tous les anniversaires de la famille. Mais cette fois, {p}. J'ai expliqué tout ça à l'accueil, on m'a répondu de voir avec le service client. Je trouve ça vraiment dommage après tout ce temps.\n\nJ'attends une réponse et une solution concrète cette semaine.\n\nCordialement,\n{first}",
        "Madame, Monsieur,\n\nJe profite de la pause déjeuner au bureau (nous déménageons le service entier cette semaine, je n'ai pas une minute) pour vous écrire. Mon mari et moi avons offert l'abonnement Club à nos deux garçons à Noël et jusqu'ici tout allait bien. Or {p}. Je n'ai pas le temps de rappeler trois fois votre standard, alors je vous demande de régler cela par écrit.\n\nMerci d'avance,\n{first}",
    ],
    "es": [
        "Hola:\n\nOs escribo desde el coche, a la salida del conservatorio de mi hija mayor, así que perdonad si me enrollo. Llevamos dos años yendo a Saltarello, los niños adoran la piscina de espuma y hemos celebrado allí casi todos los cumples de la familia. Pero esta vez {p}. Lo expliqué en recepción y me dijeron que escribiera a atención al cliente. Me parece una pena después de tanto tiempo.\n\nEspero respuesta y una solución esta semana.\n\nUn saludo,\n{first}",
        "Buenas tardes:\n\nAprovecho la pausa de la comida (estamos de mudanza en la oficina y no tengo ni un minuto) para escribiros. Mi marido y yo regalamos el Club a los dos niños por Reyes y hasta ahora todo bien. Pero {p}. No tengo tiempo de llamar tres veces, así que os pido que lo solucionéis por escrito.\n\nGracias,\n{first}",
    ],
    "en": [
        "Hello,\n\nI'm writing from the car outside swimming lessons, so forgive the rambling. We've been coming to Saltarello for two years, the kids love the foam pit and we've had most family birthdays there. But this time {p}. I explained it at reception and was told to contact customer service. It's a real shame after all this time.\n\nI'd like an answer and a proper fix this week.\n\nRegards,\n{first}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Kinderarzt, entschuldigen Sie also den Stil. Wir kommen seit zwei Jahren zu Saltarello, die Kinder lieben die Schaumstoffgrube und wir haben dort fast alle Geburtstage gefeiert. Aber diesmal: {p}. Am Empfang hieß es, ich solle mich an den Kundenservice wenden. Das finde ich nach so langer Zeit wirklich schade.\n\nIch erwarte diese Woche eine Antwort und eine Lösung.\n\nMit freundlichen Grüßen\n{first}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, perdonate il disordine. Veniamo da Saltarello da due anni, i bambini adorano la vasca di gommapiuma e ci abbiamo festeggiato quasi tutti i compleanni. Ma stavolta {p}. L'ho spiegato all'ingresso e mi hanno detto di scrivere all'assistenza. Mi dispiace molto dopo tanto tempo.\n\nAspetto una risposta e una soluzione questa settimana.\n\nCordiali saluti,\n{first}"
    ],
    "pt": [
        "Bom dia,\n\nescrevo da sala de espera do pediatra, desculpem a confusão. Vamos ao Saltarello há dois anos, os miúdos adoram a piscina de espuma e festejámos lá quase todos os anos de família. Mas desta vez {p}. Expliquei na receção e disseram-me para escrever ao apoio ao cliente. É pena depois de tanto tempo.\n\nAguardo resposta e uma solução esta semana.\n\nCumprimentos,\n{first}"
    ],
}

CASE_OPENED: dict[str, list[str]] = {
    "fr": [
        "Bonjour {first}, nous avons bien reçu votre message. Votre dossier {case} est ouvert, un conseiller revient vers vous sous 24 h. L'équipe Saltarello",
        "Bonjour {first}, merci de nous avoir écrit. Dossier {case} ouvert, nous vous tenons informé(e) très vite. Saltarello",
    ],
    "es": [
        "Hola {first}, hemos recibido tu mensaje. Tu incidencia {case} está abierta y un compañero te contesta en 24 h. El equipo Saltarello",
        "Hola {first}, gracias por escribirnos. Incidencia {case} abierta, te mantenemos al tanto. Saltarello",
    ],
    "en": [
        "Hi {first}, thanks for getting in touch. Your case {case} is open and someone will get back to you within 24 hours. The Saltarello team"
    ],
    "de": [
        "Hallo {first}, danke für Ihre Nachricht. Ihr Vorgang {case} ist eröffnet, wir melden uns innerhalb von 24 Stunden. Ihr Saltarello-Team"
    ],
    "it": [
        "Ciao {first}, abbiamo ricevuto il tuo messaggio. La segnalazione {case} è aperta, ti rispondiamo entro 24 ore. Il team Saltarello"
    ],
    "pt": [
        "Olá {first}, recebemos a sua mensagem. O pedido {case} está aberto e respondemos em 24 horas. A equipa Saltarello"
    ],
}

CHAT_CASE: dict[str, list[str]] = {
    "fr": [
        "Je suis vraiment désolé pour ça. J'ai ouvert le dossier {case}, un collègue s'en occupe aujourd'hui."
    ],
    "es": [
        "Lo siento muchísimo. He abierto la incidencia {case} y un compañero lo mira hoy mismo."
    ],
    "en": [
        "I'm really sorry about that. I've opened case {case} and a colleague will look at it today."
    ],
    "de": [
        "Das tut mir sehr leid. Ich habe den Vorgang {case} eröffnet, ein Kollege kümmert sich heute darum."
    ],
    "it": ["Mi dispiace molto. Ho aperto la segnalazione {case}, un collega se ne occupa oggi."],
    "pt": ["Lamento muito. Abri o pedido {case} e um colega trata disso hoje."],
}

GOOD_NEWS: dict[str, list[str]] = {
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?"
    ],
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {case}: ya está resuelto por nuestra parte. ¿Nos confirmas que todo está bien?"
    ],
    "en": [
        "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm everything is fine now?"
    ],
    "de": [
        "Hallo {first}, gute Nachrichten zu Vorgang {case}: Das ist bei uns erledigt. Können Sie bestätigen, dass alles passt?"
    ],
    "it": [
        "Ciao {first}, buone notizie sulla segnalazione {case}: da parte nostra è risolto. Ci confermi che è tutto a posto?"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre o pedido {case}: está resolvido do nosso lado. Pode confirmar que está tudo bem?"
    ],
}

QUALITY: dict[str, list[str]] = {
    "fr": [
        "Bonjour {first}, votre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "es": [
        "Hola {first}, tu incidencia {case} ya la lleva nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "Ciao {first}, la tua segnalazione {case} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno."
    ],
    "pt": [
        "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
}

URGENT: dict[str, list[str]] = {
    "fr": ["Ajouté à votre dossier {case}, marqué urgent. Désolé pour l'attente."],
    "es": ["Añadido a tu incidencia {case}, marcada como urgente. Perdona la espera."],
    "en": ["Added to your case {case}, marked urgent. Sorry for the wait."],
    "de": ["Zu Ihrem Vorgang {case} hinzugefügt, als dringend markiert."],
    "it": ["Aggiunto alla segnalazione {case}, segnata come urgente."],
    "pt": ["Adicionado ao pedido {case}, marcado como urgente."],
}

SORRY_GO: dict[str, list[str]] = {
    "fr": [
        "Bonjour {first}, nous sommes désolés de vous voir partir. Vous pouvez résilier vous-même votre Saltarello Club dans l'appli ou sur le site, rubrique Mon compte."
    ],
    "es": [
        "Hola {first}, sentimos mucho que te vayas. Puedes darte de baja del Saltarello Club tú mismo en la app o en la web, en Mi cuenta."
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel your Saltarello Club yourself in the app or on the website under My account."
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können den Saltarello Club selbst in der App oder auf der Website unter Mein Konto kündigen."
    ],
    "it": [
        "Ciao {first}, ci dispiace vederti andare via. Puoi disdire il Saltarello Club da solo nell'app o sul sito, in Il mio account."
    ],
    "pt": [
        "Olá {first}, lamentamos vê-lo partir. Pode cancelar o Saltarello Club na app ou no site, em A minha conta."
    ],
}

CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Confirmé pour le dossier {case}, tout est bon, merci !",
        "c'est bon pour {case}, merci beaucoup",
    ],
    "es": [
        "Confirmado lo de la incidencia {case}, todo bien, ¡gracias!",
        "ok lo de {case} ya está, mil gracias",
    ],
    "en": ["Confirmed on case {case}, all good now, thanks!"],
    "de": ["Bestätigt für Vorgang {case}, alles in Ordnung, danke!"],
    "it": ["Confermo per la segnalazione {case}, tutto a posto, grazie!"],
    "pt": ["Confirmo quanto ao pedido {case}, está tudo bem, obrigado!"],
}

APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite.",
        "pardon pour le ton d'hier, la journée avait été longue. merci pour la réponse",
    ],
    "es": [
        "Perdón por el mensaje de ayer, estaba desbordada. Gracias por solucionarlo tan rápido.",
        "siento el tono de ayer, fue un día horrible. gracias por responder",
    ],
    "en": ["Sorry about my message yesterday, I'd had a rough day. Thanks for sorting it so fast."],
    "de": [
        "Entschuldigung für meine Nachricht gestern, ich war genervt. Danke für die schnelle Lösung."
    ],
    "it": [
        "Scusate per il messaggio di ieri, ero esausta. Grazie per aver risolto così in fretta."
    ],
    "pt": ["Desculpem a mensagem de ontem, estava esgotada. Obrigada por resolverem tão depressa."],
}

LATER: dict[str, list[str]] = {
    "fr": [
        "Dossier {case} : toujours rien, le problème n'est pas réglé. {p}.",
        "Je reviens vers vous pour le dossier {case}, c'est TOUJOURS ouvert. {p}.",
    ],
    "es": [
        "Incidencia {case}: sigue sin resolverse. {p}.",
        "Vuelvo a escribir por la incidencia {case}, SIGUE abierta. {p}.",
    ],
    "en": ["Case {case}: still not sorted. {p}."],
    "de": ["Vorgang {case}: immer noch nicht gelöst. {p}."],
    "it": ["Segnalazione {case}: ancora niente, non è risolto. {p}."],
    "pt": ["Pedido {case}: continua sem solução. {p}."],
}

THIRD: dict[str, list[str]] = {
    "fr": [
        "Troisième fois que je vous écris pour le dossier {case}, toujours ouvert. Une collègue va chez {comp} et eux règlent ça le jour même.",
        "Dossier {case} toujours pas réglé. J'ai regardé les tarifs de {comp}, je me pose des questions.",
    ],
    "es": [
        "Tercera vez que escribo por la incidencia {case}, sigue abierta. Una compañera va a {comp} y allí lo arreglan en el día.",
        "La incidencia {case} sigue igual. He mirado lo que cobra {comp}, me lo estoy pensando.",
    ],
    "en": [
        "Third time writing about case {case}, still open. A colleague goes to {comp} and they fix this the same day."
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {case}, immer noch offen. Eine Kollegin geht zu {comp}, die lösen so etwas am selben Tag."
    ],
    "it": [
        "Terza volta che scrivo per la segnalazione {case}, ancora aperta. Una collega va da {comp} e lì risolvono in giornata."
    ],
    "pt": [
        "Terceira vez que escrevo sobre o pedido {case}, continua aberto. Uma colega vai ao {comp} e lá resolvem no próprio dia."
    ],
}

FOURTH: dict[str, list[str]] = {
    "fr": ["QUATRIÈME fois pour le dossier {case}. Toujours pas réglé. Je n'en peux plus."],
    "es": ["CUARTA vez por la incidencia {case}. Sigue sin resolverse. No puedo más."],
    "en": ["FOURTH time about case {case}. Still not fixed. I've had enough."],
    "de": ["Zum VIERTEN Mal wegen Vorgang {case}. Immer noch nicht gelöst. Mir reicht's."],
    "it": ["QUARTA volta per la segnalazione {case}. Ancora irrisolta. Basta."],
    "pt": ["QUARTA vez sobre o pedido {case}. Continua por resolver. Chega."],
}

PHONE_LATER: dict[str, list[str]] = {
    "fr": ["oui bonjour c'est pour le dossier {case} c'est toujours pas réglé {p}"],
    "es": ["hola sí llamo por la incidencia {case} que sigue sin resolver {p}"],
    "en": ["hi it's about case {case} it's still not sorted {p}"],
    "de": ["ja hallo wegen Vorgang {case} das ist immer noch nicht gelöst {p}"],
    "it": ["pronto sì chiamo per la segnalazione {case} che è ancora aperta {p}"],
    "pt": ["olá é sobre o pedido {case} que ainda não está resolvido {p}"],
}

SLIDE: dict[str, list[list[str]]] = {
    "fr": [
        [
            "La session de 10h a commencé avec 30 minutes de retard chez Saltarello, personne n'a prévenu",
            "Trampolines avec des ressorts qui grincent et un filet déchiré, bof",
            "On exige maintenant la décharge papier ET celle de l'appli, c'est quoi ce délire",
            "Deux sessions annulées en une semaine, et on apprend ça sur le parking",
            "FURIEUSE : 12 € de « frais de chaussettes » pour des chaussettes qu'on avait apportées, facture de l'appli à l'appui",
            "Ma belle-sœur va chez {comp}, j'ai réservé l'anniversaire de samedi là-bas",
        ],
        [
            "Retard de 30 min pour la session du matin, aucune info",
            "Filet de la fosse déchiré et personne pour surveiller",
            "Décharge papier en plus de l'appli, sérieusement ?",
            "Encore une session annulée au dernier moment",
            "12 € de chaussettes facturés alors qu'on avait les nôtres. INADMISSIBLE",
            "Mon voisin va chez {comp}, on y va samedi",
        ],
    ],
    "es": [
        [
            "La sesión de las 10 en Saltarello empezó con 30 minutos de retraso y nadie avisó",
            "Camas elásticas con muelles que chirrían y la red rota, regular",
            "Ahora piden el consentimiento en papel Y en la app, de locos",
            "Dos sesiones canceladas en una semana y te enteras en el parking",
            "INDIGNADA: 12 € de «calcetines» cuando llevábamos los nuestros, con la factura de la app delante",
            "Mi cuñada va a {comp}, ya he reservado allí el cumple del sábado",
        ],
        [
            "30 min de retraso en la sesión de la mañana, sin avisar",
            "Red de la piscina de espuma rota y nadie vigilando",
            "Consentimiento en papel además de la app, en serio?",
            "Otra sesión cancelada en el último momento",
            "12 € de calcetines cobrados y llevábamos los nuestros. VERGONZOSO",
            "Mi vecino va a {comp}, el sábado vamos allí",
        ],
    ],
    "en": [
        [
            "The 10am session at Saltarello started 30 minutes late, nobody told us",
            "Creaky springs and a torn net on the trampolines, meh",
            "Now they want the paper waiver AND the app one, madness",
            "Two sessions cancelled in one week and you find out in the car park",
            "FUMING: £10 'sock fee' for socks we brought ourselves, app receipt in hand",
            "My sister-in-law goes to {comp}, I've booked Saturday's party there",
        ]
    ],
    "de": [
        [
            "Die 10-Uhr-Session bei Saltarello fing 30 Minuten zu spät an, keiner hat Bescheid gesagt",
            "Quietschende Federn und ein zerrissenes Netz, naja",
            "Jetzt wollen sie die Einverständniserklärung auf Papier UND in der App",
            "Zwei Sessions in einer Woche abgesagt, erfahren haben wir es auf dem Parkplatz",
            "STINKSAUER: 12 € Sockengebühr für Socken, die wir selbst dabeihatten",
            "Meine Schwägerin geht zu {comp}, ich habe den Geburtstag am Samstag dort gebucht",
        ]
    ],
    "it": [
        [
            "La sessione delle 10 da Saltarello è iniziata con 30 minuti di ritardo, nessun avviso",
            "Molle che cigolano e rete strappata, mah",
            "Ora vogliono la liberatoria su carta E nell'app, follia",
            "Due sessioni annullate in una settimana, scoperto al parcheggio",
            "FURIOSA: 12 € di «calze» quando avevamo le nostre, ricevuta dell'app alla mano",
            "Mia cognata va da {comp}, ho prenotato lì la festa di sabato",
        ]
    ],
    "pt": [
        [
            "A sessão das 10h no Saltarello começou 30 minutos atrasada, ninguém avisou",
            "Molas a chiar e a rede rasgada, enfim",
            "Agora querem o termo em papel E na app, que loucura",
            "Duas sessões canceladas numa semana, soubemos no parque de estacionamento",
            "FURIOSA: 12 € de «meias» quando levámos as nossas, com o recibo da app",
            "A minha cunhada vai ao {comp}, já reservei lá a festa de sábado",
        ]
    ],
}

CANCEL: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation Saltarello Club",
            "Bonjour, les enfants ont grandi et sont passés au foot et à la natation, on n'y va plus. Je voudrais résilier le Saltarello Club et fermer mon compte. Merci pour ces années.",
        ),
        (
            "Résilier mon abonnement",
            "Bonjour, nous déménageons à la campagne, loin de tous vos parcs. Je souhaite résilier le Club et clôturer le compte.",
        ),
    ],
    "es": [
        (
            "Baja Saltarello Club",
            "Hola, los niños ya son mayores y ahora van a fútbol y natación. Quiero darme de baja del Saltarello Club y cerrar la cuenta. Gracias por todo.",
        ),
        (
            "Quiero darme de baja",
            "Hola, nos mudamos a un pueblo lejos de vuestros parques. Quiero cancelar el Club y cerrar la cuenta.",
        ),
    ],
    "en": [
        (
            "Cancel Saltarello Club",
            "Hi, the kids have moved on to football and swimming. I'd like to cancel the Saltarello Club and close my account. Thanks for the fun years.",
        )
    ],
    "de": [
        (
            "Kündigung Saltarello Club",
            "Hallo, die Kinder sind jetzt im Fußball und Schwimmen. Ich möchte den Saltarello Club kündigen und mein Konto schließen. Danke für die schöne Zeit.",
        )
    ],
    "it": [
        (
            "Disdetta Saltarello Club",
            "Ciao, i bambini ora fanno calcio e nuoto. Vorrei disdire il Saltarello Club e chiudere l'account. Grazie di tutto.",
        )
    ],
    "pt": [
        (
            "Cancelar Saltarello Club",
            "Olá, os miúdos agora fazem futebol e natação. Quero cancelar o Saltarello Club e fechar a conta. Obrigado por tudo.",
        )
    ],
}

GRUMBLE: dict[str, list[str]] = {
    "fr": [
        "L'appli Saltarello me déconnecte à chaque fois, pénible",
        "Le SMS « votre session commence dans 2 h » à 7h du mat un dimanche, sérieux",
        "40 minutes de queue à l'accueil le samedi, comme d'hab",
        "Les casiers cassés, encore",
        "Musique beaucoup trop forte dans la zone des petits",
        "Pas de prévenance quand les horaires changent",
    ],
    "es": [
        "La app de Saltarello me cierra sesión cada vez, qué pesadez",
        "El SMS de «tu sesión empieza en 2 h» a las 7 de la mañana un domingo, en serio",
        "40 minutos de cola en recepción los sábados, como siempre",
        "Las taquillas rotas, otra vez",
        "La música altísima en la zona peques",
        "No avisan cuando cambian los horarios",
    ],
    "en": [
        "The Saltarello app logs me out every single time",
        "The 'session starts in 2 hours' text at 7am on a Sunday, really",
        "40-minute queue at reception on Saturdays as usual",
        "Lockers broken, again",
        "Music far too loud in the little ones' zone",
        "No notice when opening times change",
    ],
    "de": [
        "Die Saltarello-App meldet mich jedes Mal ab",
        "Die SMS „Session beginnt in 2 Stunden“ um 7 Uhr am Sonntag, echt jetzt",
        "40 Minuten Schlange am Empfang samstags, wie immer",
        "Die Schließfächer sind schon wieder kaputt",
        "Musik viel zu laut im Kleinkinderbereich",
        "Keine Info, wenn sich Öffnungszeiten ändern",
    ],
    "it": [
        "L'app di Saltarello mi disconnette ogni volta",
        "L'SMS «la sessione inizia tra 2 ore» alle 7 di domenica, davvero",
        "40 minuti di coda all'ingresso il sabato, come sempre",
        "Armadietti rotti, di nuovo",
        "Musica troppo alta nell'area piccoli",
        "Nessun avviso quando cambiano gli orari",
    ],
    "pt": [
        "A app do Saltarello termina a sessão sempre",
        "O SMS «a sessão começa daqui a 2 h» às 7 da manhã num domingo, a sério",
        "40 minutos de fila na receção ao sábado, como sempre",
        "Os cacifos avariados, outra vez",
        "Música alta demais na zona dos pequenos",
        "Não avisam quando mudam os horários",
    ],
}

MILD: dict[str, list[str]] = {
    "fr": [
        "La recherche de parcs m'affiche Lille alors que je suis à Lyon, bizarre",
        "Les notifications arrivent en anglais depuis la mise à jour",
    ],
    "es": [
        "El buscador de parques me sale Sevilla y estoy en Bilbao, raro",
        "Las notificaciones me llegan en inglés desde la actualización",
    ],
    "en": ["The park search shows Cardiff when I'm in Leeds, odd"],
    "de": ["Die Parksuche zeigt mir Leipzig an, obwohl ich in Köln bin"],
    "it": ["La ricerca dei parchi mi mostra Bari ma sono a Torino, strano"],
    "pt": ["A pesquisa de parques mostra Braga e estou no Porto, estranho"],
}

MILD_ANSWER: dict[str, list[str]] = {
    "fr": ["Merci du signalement, c'est noté et transmis à l'équipe de l'appli."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
    "en": ["Thanks for flagging it, passed on to the app team."],
    "de": ["Danke für den Hinweis, ist an das App-Team weitergegeben."],
    "it": ["Grazie della segnalazione, l'abbiamo passata al team dell'app."],
    "pt": ["Obrigado pelo aviso, já passámos à equipa da app."],
}

SARCASM: dict[str, list[str]] = {
    "fr": [
        "Génial le nouveau distributeur de chaussettes de Saltarello, il a avalé mes 3 € avec beaucoup d'élégance 👏",
        "Bravo Saltarello, la session « calme » du dimanche avec 80 ados, très zen 😂",
    ],
    "es": [
        "Genial la nueva máquina de calcetines de Saltarello, se tragó mis 3 € con muchísimo estilo 👏",
        "Bravo Saltarello, la sesión «tranquila» del domingo con 80 adolescentes, súper zen 😂",
    ],
    "en": ["Love Saltarello's new sock machine, swallowed my £3 with real style 👏"],
    "de": ["Toll, der neue Sockenautomat bei Saltarello, hat meine 3 € sehr elegant geschluckt 👏"],
    "it": [
        "Fantastico il nuovo distributore di calze di Saltarello, si è mangiato i miei 3 € con stile 👏"
    ],
    "pt": ["Adorei a nova máquina de meias do Saltarello, engoliu os meus 3 € com muito estilo 👏"],
}

# --- business arm (Saltarello Team) ---------------------------------------------

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_P: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "les factures portent encore l'ancienne raison sociale et aucun numéro de bon de commande, notre compta les rejette",
        "service_blocked": "notre groupe a été refusé à l'accueil, « compte bloqué », alors que tout est payé",
        "portal": "le portail n'affiche aucune réservation de groupe, impossible d'ajouter les noms des participants",
        "overbilled": "on nous facture le tarif individuel au lieu du tarif groupe du contrat",
    },
    "es": {
        "invoice": "las facturas siguen con la razón social antigua y sin número de pedido, contabilidad las rechaza",
        "service_blocked": "a nuestro grupo no le dejaron entrar, «cuenta bloqueada», y está todo pagado",
        "portal": "el portal no muestra ninguna reserva de grupo, no podemos añadir los nombres de los participantes",
        "overbilled": "nos cobran la tarifa individual en vez de la tarifa de grupo del contrato",
    },
    "en": {
        "invoice": "the invoices still carry the old company name and no PO number, our accounts team rejects them",
        "service_blocked": "our group was refused at reception, 'account on hold', though everything is paid",
        "portal": "the portal shows no group bookings, so we cannot add participants' names",
        "overbilled": "we're charged the walk-in rate instead of the contract group rate",
    },
    "de": {
        "invoice": "die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, unsere Buchhaltung lehnt sie ab",
        "service_blocked": "unsere Gruppe wurde am Empfang abgewiesen, „Konto gesperrt“, obwohl alles bezahlt ist",
        "portal": "das Portal zeigt keine Gruppenbuchungen, wir können keine Teilnehmernamen eintragen",
        "overbilled": "uns wird der Einzelpreis statt des vertraglichen Gruppenpreises berechnet",
    },
    "it": {
        "invoice": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le respinge",
        "service_blocked": "il nostro gruppo è stato respinto all'ingresso, «conto bloccato», anche se è tutto pagato",
        "portal": "il portale non mostra nessuna prenotazione di gruppo, non possiamo inserire i nomi dei partecipanti",
        "overbilled": "ci addebitano la tariffa singola invece della tariffa di gruppo del contratto",
    },
    "pt": {
        "invoice": "as faturas ainda têm a denominação antiga e nenhum número de encomenda, a contabilidade rejeita-as",
        "service_blocked": "o nosso grupo foi recusado na receção, «conta bloqueada», e está tudo pago",
        "portal": "o portal não mostra nenhuma reserva de grupo, não conseguimos adicionar os nomes dos participantes",
        "overbilled": "cobram-nos o preço individual em vez do preço de grupo do contrato",
    },
}

B2B_FIRST: dict[str, list[str]] = {
    "fr": ["Bonjour, compte {account} : {p}. Merci de corriger rapidement.\n{first}, {title}"],
    "es": [
        "Buenos días, cuenta {account}: {p}. Por favor, corregidlo cuanto antes.\n{first}, {title}"
    ],
    "en": ["Hello, account {account}: {p}. Please fix this quickly.\n{first}, {title}"],
    "de": ["Guten Tag, Konto {account}: {p}. Bitte umgehend korrigieren.\n{first}, {title}"],
    "it": [
        "Buongiorno, conto {account}: {p}. Vi prego di correggere al più presto.\n{first}, {title}"
    ],
    "pt": ["Bom dia, conta {account}: {p}. Por favor corrijam o quanto antes.\n{first}, {title}"],
}

B2B_LATER: dict[str, list[str]] = {
    "fr": [
        "Bonjour, ma collègue {name} vous a écrit {day} (dossier {case}) : {p}. Même chose de mon côté, rien n'a changé."
    ],
    "es": [
        "Hola, mi compañero {name} os escribió el {day} (incidencia {case}): {p}. A mí me pasa lo mismo, nada ha cambiado."
    ],
    "en": [
        "Hello, my colleague {name} wrote to you {day} (case {case}): {p}. Same here, nothing has changed."
    ],
    "de": [
        "Hallo, mein Kollege {name} hat Ihnen am {day} geschrieben (Vorgang {case}): {p}. Bei mir genauso, nichts hat sich geändert."
    ],
    "it": [
        "Buongiorno, la mia collega {name} vi ha scritto {day} (segnalazione {case}): {p}. Anche per me nulla è cambiato."
    ],
    "pt": [
        "Bom dia, o meu colega {name} escreveu-vos na {day} (pedido {case}): {p}. Comigo é igual, nada mudou."
    ],
}

WEEKDAYS: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

B2B_LAST_EMAIL: dict[str, list[str]] = {
    "fr": [
        "Dossier {case} : toujours rien de corrigé, et plusieurs collègues vous ont écrit. Nos achats ont déjà demandé les tarifs de {comp}."
    ],
    "es": [
        "Incidencia {case}: sigue todo igual y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}."
    ],
    "en": [
        "Case {case}: still nothing fixed, and several colleagues have written. Procurement has already asked {comp} for their rates."
    ],
    "de": [
        "Vorgang {case}: immer noch nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt."
    ],
    "it": [
        "Segnalazione {case}: ancora niente di risolto, e diversi colleghi vi hanno scritto. L'ufficio acquisti ha già chiesto le tariffe a {comp}."
    ],
    "pt": [
        "Pedido {case}: continua tudo por corrigir e vários colegas escreveram. As compras já pediram preços ao {comp}."
    ],
}

B2B_LAST_CALL: dict[str, list[str]] = {
    "fr": [
        "bonjour c'est pour le dossier {case} rien n'est réglé plusieurs collègues vous ont écrit et mon chef dit qu'on change de prestataire si ce n'est pas fait cette semaine"
    ],
    "es": [
        "hola llamo por la incidencia {case} no se ha arreglado nada varios compañeros os han escrito y mi jefa dice que nos vamos a otro proveedor si no está esta semana"
    ],
    "en": [
        "hi it's about case {case} nothing's fixed several colleagues have written and my boss says we move the account if it isn't sorted this week"
    ],
    "de": [
        "ja hallo wegen Vorgang {case} nichts ist behoben mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "it": [
        "buongiorno chiamo per la segnalazione {case} non è stato risolto niente diversi colleghi vi hanno scritto e il mio capo dice che cambiamo fornitore se non si sistema questa settimana"
    ],
    "pt": [
        "bom dia é sobre o pedido {case} não está nada resolvido vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}

B2B_ACK: dict[str, list[str]] = {
    "fr": [
        "Bonjour {first}, merci pour votre message. Dossier {case} ouvert pour le compte {account}, notre équipe Saltarello Team s'en occupe."
    ],
    "es": [
        "Hola {first}, gracias por tu mensaje. Incidencia {case} abierta para la cuenta {account}, el equipo Saltarello Team se encarga."
    ],
    "en": [
        "Hi {first}, thanks for your message. Case {case} is open for account {account}, the Saltarello Team desk is on it."
    ],
    "de": [
        "Hallo {first}, danke für Ihre Nachricht. Vorgang {case} für Konto {account} ist eröffnet, das Saltarello-Team-Büro kümmert sich."
    ],
    "it": [
        "Ciao {first}, grazie del messaggio. Segnalazione {case} aperta per il conto {account}, se ne occupa il desk Saltarello Team."
    ],
    "pt": [
        "Olá {first}, obrigado pela mensagem. Pedido {case} aberto para a conta {account}, a equipa Saltarello Team está a tratar."
    ],
}

B2B_SUGGEST: dict[str, list[str]] = {
    "fr": [
        "Suggestion : pouvoir exporter les réservations par centre de coûts dans le portail",
        "Ce serait pratique d'avoir la liste des participants sur la facture",
    ],
    "es": [
        "Sugerencia: poder exportar las reservas por centro de coste en el portal",
        "Estaría bien que la factura incluyera la lista de participantes",
    ],
    "en": [
        "Suggestion: export bookings by cost centre from the portal",
        "It would help to have the participant list on the invoice",
    ],
    "de": [
        "Vorschlag: Buchungen im Portal nach Kostenstelle exportieren",
        "Praktisch wäre die Teilnehmerliste auf der Rechnung",
    ],
    "it": [
        "Suggerimento: esportare le prenotazioni per centro di costo dal portale",
        "Sarebbe utile avere l'elenco dei partecipanti in fattura",
    ],
    "pt": [
        "Sugestão: exportar as reservas por centro de custo no portal",
        "Dava jeito ter a lista de participantes na fatura",
    ],
}

B2B_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, pour un groupe de 25 salariés jeudi, faut-il une décharge par personne ?",
            "Oui, chaque participant signe la sienne via le lien du portail, c'est rapide.",
        ),
        (
            "Peut-on réserver la salle de réunion avant la session ?",
            "Oui, dans le portail, option Salle, selon disponibilité.",
        ),
    ],
    "es": [
        (
            "Hola, para un grupo de 25 empleados el jueves, ¿hace falta un consentimiento por persona?",
            "Sí, cada participante firma el suyo con el enlace del portal.",
        ),
        (
            "¿Se puede reservar la sala de reuniones antes de la sesión?",
            "Sí, en el portal, opción Sala, según disponibilidad.",
        ),
    ],
    "en": [
        (
            "Hi, for a group of 25 staff on Thursday, do we need one waiver each?",
            "Yes, each participant signs their own through the portal link.",
        )
    ],
    "de": [
        (
            "Hallo, brauchen wir für 25 Mitarbeitende am Donnerstag je eine Erklärung?",
            "Ja, jede Person unterschreibt über den Portal-Link.",
        )
    ],
    "it": [
        (
            "Buongiorno, per un gruppo di 25 dipendenti giovedì serve una liberatoria a testa?",
            "Sì, ognuno firma la propria dal link del portale.",
        )
    ],
    "pt": [
        (
            "Olá, para um grupo de 25 colaboradores na quinta é preciso um termo por pessoa?",
            "Sim, cada participante assina o seu pelo link do portal.",
        )
    ],
}

B2B_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Journée d'équipe chez Saltarello hier, dodgeball entre services, tout le monde a adoré",
        "Sortie scolaire parfaitement organisée, merci l'équipe Saltarello Team",
    ],
    "es": [
        "Jornada de equipo ayer en Saltarello, balón prisionero entre departamentos, éxito total",
        "Excursión escolar perfectamente organizada, gracias Saltarello Team",
    ],
    "en": ["Team day at Saltarello yesterday, inter-department dodgeball, everyone loved it"],
    "de": ["Teamtag gestern bei Saltarello, Völkerball zwischen den Abteilungen, alle begeistert"],
    "it": ["Giornata di team ieri da Saltarello, dodgeball tra reparti, un successo"],
    "pt": ["Dia de equipa ontem no Saltarello, mata entre departamentos, todos adoraram"],
}

JOB_TITLES = [
    "HR coordinator",
    "Office manager",
    "PE teacher",
    "Events lead",
    "Accounts payable",
    "Team assistant",
    "Facilities manager",
    "Head of year",
]

# --- the planted incident (topic_spike only) ----------------------------------

SPIKE_CODE = "WVR-273"

SPIKE_WITH_CODE: dict[str, list[str]] = {
    "fr": [
        "Impossible d'entrer chez Saltarello : la borne dit que la décharge n'est pas signée alors qu'elle l'est dans l'appli, erreur {code}. Les enfants attendent en chaussettes...",
        "la borne d'accueil affiche {code} « décharge manquante » pour mes 3 enfants, signée hier soir pourtant !!",
        "Erreur {code} au tourniquet, décharge pas reconnue, on nous refuse l'entrée",
    ],
    "es": [
        "No podemos entrar en Saltarello: el tótem dice que el consentimiento no está firmado y en la app sí lo está, error {code}. Los niños esperando en calcetines...",
        "el tótem de entrada da {code} «consentimiento pendiente» para mis 3 hijos, y lo firmé anoche!!",
        "Error {code} en el torno, no reconoce el consentimiento y no nos dejan pasar",
    ],
    "en": [
        "Can't get in at Saltarello: the kiosk says the waiver isn't signed but it is in the app, error {code}"
    ],
    "de": [
        "Kein Einlass bei Saltarello: das Terminal sagt, die Einverständniserklärung fehlt, in der App ist sie unterschrieben, Fehler {code}"
    ],
    "it": [
        "Non si entra da Saltarello: il totem dice che la liberatoria non è firmata ma nell'app lo è, errore {code}"
    ],
    "pt": [
        "Não conseguimos entrar no Saltarello: o quiosque diz que o termo não está assinado e na app está, erro {code}"
    ],
}

SPIKE_PLAIN: dict[str, list[str]] = {
    "fr": [
        "On est devant le parc, la décharge signée dans l'appli n'est pas reconnue à l'entrée, personne ne peut sauter ?!",
        "c'est quoi ce bazar, ma décharge apparaît non signée à la borne, refusés à l'entrée",
    ],
    "es": [
        "Estamos en la puerta y el consentimiento firmado en la app no aparece en la entrada, nadie puede saltar?!",
        "qué pasa hoy, mi consentimiento sale sin firmar en el tótem y no nos dejan entrar",
    ],
    "en": [
        "We're at the door and the waiver I signed in the app shows as unsigned, nobody is getting in?!"
    ],
    "de": [
        "Wir stehen am Eingang, die in der App unterschriebene Erklärung wird nicht erkannt, keiner kommt rein?!"
    ],
    "it": [
        "Siamo all'ingresso e la liberatoria firmata nell'app risulta non firmata, nessuno entra?!"
    ],
    "pt": ["Estamos à porta e o termo assinado na app aparece por assinar, ninguém entra?!"],
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "fr": [
        "Toujours {code} à la borne, même avec le téléphone de mon mari et une nouvelle signature. On attend depuis 40 min."
    ],
    "es": [
        "Sigue saliendo {code} en el tótem, incluso firmando otra vez con el móvil de mi marido. Llevamos 40 minutos."
    ],
    "en": ["Still {code} at the kiosk, even after signing again on my partner's phone."],
    "de": [
        "Immer noch {code} am Terminal, auch nach neuer Unterschrift auf dem Handy meiner Frau."
    ],
    "it": ["Ancora {code} al totem, anche firmando di nuovo dal telefono di mio marito."],
    "pt": ["Continua {code} no quiosque, mesmo assinando outra vez no telemóvel do meu marido."],
}

SPIKE_CHAT_ANSWER: dict[str, list[str]] = {
    "fr": [
        "Oui, les décharges de l'appli ne sont pas reconnues aux bornes de tous les parcs en ce moment, nos équipes techniques sont dessus."
    ],
    "es": [
        "Sí, ahora mismo los consentimientos de la app no se reconocen en los tótems de ningún parque, el equipo técnico está en ello."
    ],
    "en": [
        "Yes, app waivers aren't being recognised at the kiosks of every park right now, our engineers are on it."
    ],
    "de": [
        "Ja, App-Erklärungen werden gerade an den Terminals aller Parks nicht erkannt, die Technik arbeitet daran."
    ],
    "it": [
        "Sì, in questo momento le liberatorie dell'app non vengono riconosciute ai totem di tutti i parchi, i tecnici ci stanno lavorando."
    ],
    "pt": [
        "Sim, neste momento os termos da app não são reconhecidos nos quiosques de nenhum parque, a equipa técnica está a tratar."
    ],
}

SPIKE_FIXED: dict[str, list[str]] = {
    "fr": [
        "Bonjour {first}, les décharges de l'appli sont de nouveau reconnues depuis {local}. La session d'aujourd'hui vous est offerte : {credit} de crédit ajouté à votre compte."
    ],
    "es": [
        "Hola {first}, los consentimientos de la app vuelven a funcionar desde las {local}. La sesión de hoy corre de nuestra cuenta: {credit} de crédito en tu cuenta."
    ],
    "en": [
        "Hi {first}, app waivers are recognised again since {local}. Today's session is on us: {credit} credit added to your account."
    ],
    "de": [
        "Hallo {first}, App-Erklärungen werden seit {local} Uhr wieder erkannt. Die heutige Session geht auf uns: {credit} Guthaben gutgeschrieben."
    ],
    "it": [
        "Ciao {first}, le liberatorie dell'app funzionano di nuovo dalle {local}. La sessione di oggi la offriamo noi: {credit} di credito sul tuo conto."
    ],
    "pt": [
        "Olá {first}, os termos da app voltaram a funcionar desde as {local}. A sessão de hoje é por nossa conta: {credit} de crédito na sua conta."
    ],
}

LONE_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "J'ai signé la décharge dans l'appli hier soir, la coche verte est là. Il faut l'imprimer pour demain ?",
            "Non, la coche verte suffit, la borne la lit à l'entrée.",
        )
    ],
    "es": [
        (
            "Firmé el consentimiento en la app anoche y sale el check verde. ¿Hay que imprimirlo para mañana?",
            "No, con el check verde basta, el tótem lo lee en la entrada.",
        )
    ],
    "en": [
        (
            "Signed the waiver in the app last night, green tick showing. Do I need to print it for tomorrow?",
            "No, the green tick is enough, the kiosk reads it at the door.",
        )
    ],
    "de": [
        (
            "Ich habe die Erklärung gestern Abend in der App unterschrieben, grüner Haken da. Muss ich sie für morgen ausdrucken?",
            "Nein, der grüne Haken reicht, das Terminal liest ihn am Eingang.",
        )
    ],
    "it": [
        (
            "Ho firmato la liberatoria nell'app ieri sera, c'è la spunta verde. Devo stamparla per domani?",
            "No, basta la spunta verde, il totem la legge all'ingresso.",
        )
    ],
    "pt": [
        (
            "Assinei o termo na app ontem à noite, aparece o visto verde. Tenho de imprimir para amanhã?",
            "Não, o visto verde chega, o quiosque lê-o à entrada.",
        )
    ],
}
