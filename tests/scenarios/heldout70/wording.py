# ruff: noqa: E501
"""Consumer wording for heldout70 (Lanivo: yarn, kits, patterns and live classes by app and web).

Written from the people's stories; placeholders: {prod}, {amount}, {case}, {comp}, {day},
{local}, {credit}, {first}. German and English first (most variants), then French, Italian,
Spanish and Portuguese.
"""

from __future__ import annotations

BRAND = "Lanivo"
COMPETITORS = ("Maglora", "Purlix")

# (label, price in EUR)
PRODUCTS: list[tuple[str, float]] = [
    ("Baby blanket kit / Babydecken-Set", 49.90),
    ("Merino DK, 10 balls / Merino DK, 10 Knäuel", 62.00),
    ("Alpaca lace yarn, 3 skeins / Alpaka-Lacegarn, 3 Stränge", 38.50),
    ("Sock yarn bundle / Sockengarn-Paket", 29.90),
    ("Beginner crochet kit / Häkel-Starterset", 24.90),
    ("Interchangeable needle set / Wechselnadel-Set", 89.00),
    ("Chunky cardigan kit / Strickjacken-Set, dick", 74.00),
    ("Amigurumi fox kit / Amigurumi-Fuchs-Set", 19.90),
    ("Cotton summer top kit / Baumwoll-Top-Set", 44.00),
    ("Lanivo Club box, monthly / Lanivo-Club-Box, monatlich", 27.00),
]
PAGES = [
    "/shop/kits",
    "/shop/yarn",
    "/app/patterns",
    "/club",
    "/shop/needles",
    "/live",
    "/help/delivery",
    "/account/orders",
    "/shop/sale",
]

PRAISE: dict[str, list[str]] = {
    "de": [
        "Das Babydecken-Set von Lanivo ist fertig und die Wolle ist so weich, meine Schwester hat geweint 😭❤️",
        "Endlich mal eine Anleitung die man versteht. Lanivo, ihr habt mich zum Stricken gebracht mit 61",
        "Paket heute gekommen, schön verpackt, sogar ein Maschenmarkierer als Geschenk dabei. Danke Lanivo!",
        "Die Videos in der App sind top, die Ferse hab ich beim dritten Mal angucken endlich kapiert 🧦",
    ],
    "en": [
        "Finished my first ever cardigan with the Lanivo chunky kit and it actually fits?? who am I",
        "Lanivo's merino is lovely to work with, no splitting at all. Already planning the next one",
        "the row counter in the Lanivo app has saved my sanity on this lace shawl, genuinely",
        "Got my Club box this morning, the colours this month are gorgeous 🧶",
    ],
    "fr": [
        "Premier pull terminé grâce au kit Lanivo, la laine est magnifique et le tuto très clair",
        "Colis Lanivo reçu en 2 jours, bien emballé, rien à dire 👌",
    ],
    "it": [
        "Finita la copertina per la nipotina con il kit Lanivo, lana morbidissima",
        "Le video lezioni di Lanivo sono chiarissime, finalmente ho capito il punto gambero",
    ],
    "es": [
        "Terminé el amigurumi del zorro de Lanivo y ha quedado monísimo, mi hija no lo suelta",
        "La lana merino de Lanivo es una pasada, nada de bolitas despues de lavar",
    ],
    "pt": [
        "Acabei a manta do bebé com o kit da Lanivo, ficou linda e a lã é muito macia",
        "Encomenda da Lanivo chegou rapidíssimo, tudo certinho, obg!",
    ],
}

AGAIN: dict[str, list[str]] = {
    "de": [
        "Schon das dritte Set dieses Jahr bei Lanivo bestellt und wieder alles perfekt",
        "Wieder die Club-Box, wieder begeistert. Die Farben diesen Monat sind der Hammer",
    ],
    "en": [
        "Third order from Lanivo this year and once again everything spot on",
        "Club box again this month and again I'm obsessed, that teal!!",
    ],
    "fr": ["Troisième commande chez Lanivo et toujours aussi contente"],
    "it": ["Terzo ordine da Lanivo e sempre tutto perfetto"],
    "es": ["Tercer pedido a Lanivo este año y otra vez todo perfecto"],
    "pt": ["Terceira encomenda na Lanivo e mais uma vez tudo perfeito"],
}

GRIPE: dict[str, list[str]] = {
    "de": [
        "Wolle super, Anleitung super, nur das Papier der Anleitung ist so dünn dass es nach einer Woche zerfleddert ist. Sonst gerne wieder",
        "Tolles Set! Einziger Punkt: die Rundnadel ist ein bisschen kurz für die Größe L",
    ],
    "en": [
        "Lovely yarn and the kit was complete, only gripe is the pattern is PDF only, I like paper. Otherwise great",
        "Really happy with the sock bundle, though the colour names on the labels are tiny, needed my glasses lol",
    ],
    "fr": ["Très beau kit, juste dommage que la notice soit seulement en PDF"],
    "it": ["Kit bellissimo, solo il cartamodello stampato piccolissimo, per il resto tutto ok"],
    "es": [
        "Muy contenta con el kit, solo que las etiquetas de los ovillos se despegan. Por lo demás genial"
    ],
    "pt": ["Adorei o kit, só acho a agulha circular um bocadinho curta. De resto tudo ótimo"],
}

# (question, agent answer, thanks)
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Hallo, kann ich die Merino DK bei 40 Grad waschen oder lieber Handwäsche?",
            "Hallo! Die Merino DK ist superwash, 30 Grad Wollprogramm geht problemlos. Liebe Grüße, Ihr Lanivo-Team",
            "super danke!",
        ),
        (
            "Wie viele Knäuel brauche ich für die Strickjacke in Größe XL? Im Set sind 8",
            "Für XL empfehlen wir 9 Knäuel, Sie können eines einzeln in derselben Partie nachbestellen, schreiben Sie einfach die Bestellnummer dazu.",
            "Perfekt, mach ich",
        ),
        (
            "gibt es die Sockenwolle auch in dunkelgrün? finde nur das helle",
            "Ja, 'Tannenwald' kommt Donnerstag wieder rein, Sie können sich in der App benachrichtigen lassen.",
            "danke 👍",
        ),
    ],
    "en": [
        (
            "hi can I swap the colour in the baby blanket kit before it ships? ordered an hour ago",
            "Hi! Yes, it hasn't been packed yet, I've changed it to Sage for you. Anything else?",
            "amazing thank you",
        ),
        (
            "Does the Club box renew on the 1st or on the day I joined?",
            "It renews on the day you joined, so the 14th for you. You can skip a month in the app under Club.",
            "Brilliant, thanks",
        ),
        (
            "is the alpaca lace ok for someone allergic to wool?",
            "Alpaca has no lanolin so many people who react to wool are fine with it, but we'd suggest trying a small swatch first.",
            "thanks, will try",
        ),
    ],
    "fr": [
        (
            "Bonjour, le kit pull existe en taille 48 ?",
            "Bonjour, oui, la taille 48 est dans la notice, il faut 2 pelotes de plus que nous pouvons ajouter.",
            "Merci beaucoup",
        )
    ],
    "it": [
        (
            "Ciao, i ferri del kit sono in bambù o metallo?",
            "Ciao! Sono in bambù, numero 5. Buon lavoro!",
            "grazie mille",
        )
    ],
    "es": [
        (
            "hola, el kit de amigurumi trae relleno o hay que comprarlo aparte?",
            "¡Hola! Sí, el relleno viene incluido, y también los ojos de seguridad.",
            "genial gracias",
        )
    ],
    "pt": [
        (
            "Olá, posso pausar o Club no próximo mês? vou de férias",
            "Olá! Pode sim, na app em Club > Pausar mês. Boas férias!",
            "obrigada!",
        )
    ],
}

# (subject, question, agent answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Frage zur Partie",
            "Guten Tag, ich habe im März 6 Knäuel Merino DK in 'Rost' gekauft und brauche noch 2. Haben Sie noch dieselbe Partie? Die Nummer auf der Banderole ist 4471. Viele Grüße",
            "Guten Tag, ja, von Partie 4471 sind noch 5 Knäuel da, ich habe Ihnen 2 reserviert, der Link zur Bestellung folgt. Freundliche Grüße, Lanivo Kundenservice",
        ),
        (
            "Gutschein",
            "Hallo, ich habe einen Gutschein zum Geburtstag bekommen, kann ich den auch für die Live-Kurse benutzen? Gruß",
            "Hallo, ja, der Gutschein gilt für alles im Shop und für die Live-Kurse. Viel Spaß!",
        ),
    ],
    "en": [
        (
            "Pattern question",
            "Hello, in the cardigan pattern row 34 says 'k2tog tbl' but the video shows something different? Which is right? Thanks, ",
            "Hi, well spotted, the video is right (ssk), we're correcting the PDF today. Thanks for letting us know!",
        ),
        (
            "Delivery to work address",
            "Hi there, can I have my next Club box sent to my office instead? Nobody's home during the day. Cheers",
            "Hi, of course, I've changed the address for the next box. You can also do it yourself in the app under Club > Delivery.",
        ),
    ],
    "fr": [
        (
            "Question livraison",
            "Bonjour, livrez-vous en Belgique avec le même délai qu'en France ? Merci",
            "Bonjour, oui, 2 à 3 jours ouvrés en Belgique aussi. Bonne journée !",
        )
    ],
    "it": [
        (
            "Info kit",
            "Buongiorno, il kit copertina va bene per una principiante assoluta? Grazie",
            "Buongiorno, sì, è pensato per chi inizia e ci sono i video passo passo nell'app.",
        )
    ],
    "es": [
        (
            "Consulta",
            "Hola, ¿las agujas intercambiables sirven con los cables de otra marca? Gracias",
            "Hola, usan rosca estándar de 3,5 mm, así que con la mayoría sí. Un saludo",
        )
    ],
    "pt": [
        (
            "Dúvida",
            "Olá, a lã merino pode ir à máquina? Obrigada",
            "Olá, pode sim, programa de lã a 30 graus. Cumprimentos",
        )
    ],
}

# (transcript, agent follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "ja hallo hier ist {name} ich wollte fragen ob man beim Live-Kurs am Samstag auch ohne Kamera mitmachen kann ich bin da ein bisschen schüchtern",
            "Guten Tag, wie am Telefon besprochen: beim Live-Kurs bleibt Ihre Kamera aus, Fragen gehen über den Chat. Bis Samstag!",
        ),
        (
            "guten Tag {name} ich hab das Set für meinen Enkel bestellt und wollte wissen ob da auch Knöpfe dabei sind oder ob ich die selbst kaufen muss",
            "Guten Tag, wie besprochen: die Knöpfe sind im Set, in dem kleinen Beutel unter der Anleitung. Herzliche Grüße",
        ),
    ],
    "en": [
        (
            "hi yes it's {name} I just wanted to check if the live class on saturday gets recorded because I'm working that morning",
            "Hi, as discussed on the phone: yes, every live class is in the app as a recording from the same evening. Enjoy!",
        ),
        (
            "hello I'm calling about the gift card I bought for my mum can she use it in the app or only on the website",
            "Hi, following your call: the gift card works in the app and on the website. Best wishes, Lanivo",
        ),
    ],
    "fr": [
        (
            "oui bonjour c'est {name} je voulais savoir si la box du club peut être envoyée en point relais",
            "Bonjour, suite à votre appel : oui, vous pouvez choisir un point relais dans l'app. Bonne journée",
        )
    ],
    "it": [
        (
            "buongiorno sono {name} volevo sapere se il corso dal vivo di sabato è in italiano o solo in inglese",
            "Buongiorno, come detto al telefono: c'è un corso in italiano ogni secondo sabato, il prossimo è il 21.",
        ),
    ],
    "es": [
        (
            "hola buenas soy {name} quería saber si puedo devolver un ovillo que no he abierto",
            "Hola, como hablamos: sí, los ovillos sin abrir se pueden devolver en 30 días desde la app.",
        ),
    ],
    "pt": [
        (
            "olá bom dia é a {name} queria saber se posso trocar a cor do kit que encomendei ontem",
            "Olá, conforme falámos: a cor já foi trocada para azul. Cumprimentos",
        ),
    ],
}

REVIEW: dict[str, list[tuple[str, str]]] = {
    "de": [
        ("5", "Top Qualität, schnelle Lieferung, Anleitung verständlich."),
        ("4", "Schöne Wolle, Farbe etwas dunkler als auf dem Foto, aber gefällt mir trotzdem"),
    ],
    "en": [
        ("5", "Gorgeous yarn, soft and no knots in any of the balls."),
        ("4", "Good kit, instructions a bit brief for the collar but the video helped"),
    ],
    "fr": [("5", "Laine superbe, très douce.")],
    "it": [("5", "Filato stupendo, consigliato.")],
    "es": [("5", "Lana preciosa y envío rapidísimo.")],
    "pt": [("5", "Lã maravilhosa, recomendo.")],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["super", "alles gut", "", "👍", "gerne wieder"],
    "en": ["great", "", "lovely as always", "🧶", "all good"],
    "fr": ["parfait", ""],
    "it": ["ottimo", ""],
    "es": ["genial", ""],
    "pt": ["ótimo", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "3 Uhr nachts und ich sitze immer noch an der Ferse. Lanivo-Socken machen süchtig",
        "Nachtschicht vorbei, jetzt noch zwei Reihen an der Babydecke bevor ich schlafe 🧶",
    ],
    "en": [
        "can't sleep so I finished the sleeve. the Lanivo merino is very good 2am company",
        "night feed done, baby asleep, me knitting her blanket from the Lanivo kit at half 3 lol",
    ],
    "fr": ["Insomnie = une manche de plus. Merci Lanivo 😅"],
    "it": ["Le 2 di notte e ancora a lavorare la copertina Lanivo, non riesco a smettere"],
    "es": ["Las 3 de la mañana y yo con el amigurumi de Lanivo, ya casi está"],
    "pt": ["3 da manhã e eu ainda a tricotar a manta da Lanivo 😂"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "kurze frage um die uhrzeit: kann man eine aufgetrennte wolle nochmal verwenden oder ist die hin",
            "Guten Abend! Die können Sie wieder verwenden, einfach kurz dämpfen damit sie glatt wird.",
            "danke, gute nacht",
        )
    ],
    "en": [
        (
            "sorry late question, if i skip the club box now does it still ship this month",
            "Hi! If you skip before the 20th it won't ship this month, so you're fine.",
            "great thanks, night",
        )
    ],
    "fr": [
        (
            "question de nuit : la laine alpaga gratte ?",
            "Bonsoir, très peu, elle est bien plus douce que la laine classique.",
            "merci !",
        )
    ],
    "it": [
        (
            "scusate l'ora, quanto ci mette di solito la spedizione in Svizzera?",
            "Buonasera, di solito 3-4 giorni lavorativi.",
            "grazie",
        )
    ],
    "es": [
        (
            "perdon la hora, el kit de chaqueta viene con botones?",
            "¡Hola! Sí, 6 botones de madera.",
            "gracias!",
        )
    ],
    "pt": [
        (
            "desculpem a hora, o kit traz agulhas?",
            "Olá! Traz sim, agulhas circulares de 5 mm.",
            "obrigado",
        )
    ],
}

# ---- problems -------------------------------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "dye_lot", "refund", "wrong_price", "missing_part")

TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "Paket als zugestellt markiert, nie angekommen",
        "double_charge": "Club-Box doppelt abgebucht",
        "dye_lot": "Wolle aus zwei Partien",
        "refund": "Erstattung fehlt",
        "wrong_price": "Nicht-Mitgliederpreis berechnet",
        "missing_part": "Set unvollständig",
    },
    "en": {
        "no_show": "parcel marked delivered, never arrived",
        "double_charge": "Club box charged twice",
        "dye_lot": "yarn from two dye lots",
        "refund": "refund missing",
        "wrong_price": "charged non-member price",
        "missing_part": "kit incomplete",
    },
    "fr": {
        "no_show": "colis marqué livré, jamais reçu",
        "double_charge": "box débitée deux fois",
        "dye_lot": "laine de deux bains",
        "refund": "remboursement absent",
        "wrong_price": "prix non-membre facturé",
        "missing_part": "kit incomplet",
    },
    "it": {
        "no_show": "pacco segnato consegnato, mai arrivato",
        "double_charge": "box addebitata due volte",
        "dye_lot": "lana di due bagni diversi",
        "refund": "rimborso mai arrivato",
        "wrong_price": "prezzo da non socio",
        "missing_part": "kit incompleto",
    },
    "es": {
        "no_show": "paquete marcado entregado, nunca llegó",
        "double_charge": "caja del Club cobrada dos veces",
        "dye_lot": "lana de dos lotes",
        "refund": "reembolso pendiente",
        "wrong_price": "precio de no socio",
        "missing_part": "kit incompleto",
    },
    "pt": {
        "no_show": "encomenda dada como entregue, nunca chegou",
        "double_charge": "caixa do Club cobrada duas vezes",
        "dye_lot": "lã de dois lotes",
        "refund": "reembolso em falta",
        "wrong_price": "preço de não sócio",
        "missing_part": "kit incompleto",
    },
}

COMPLAINT_SUBJ: dict[str, str] = {
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}

# short complaint (e-mail, web form, chat)
SHORT: dict[str, dict[str, list[str]]] = {
    "de": {
        "no_show": [
            "Laut Tracking wurde mein Paket ({prod}) gestern um 10:12 ZUGESTELLT. Hier ist nichts angekommen, nicht beim Nachbarn, nicht im Briefkasten. Die Decke sollte vor der Geburt fertig sein, das ist in drei Wochen. Was jetzt?",
            "Paket angeblich zugestellt. Ist es nicht. Ich war den ganzen Tag zuhause. Ich will entweder die Ware oder mein Geld, {amount}.",
        ],
        "double_charge": [
            "Mir wurde die Club-Box diesen Monat ZWEIMAL abgebucht, {amount} und nochmal {amount}. Es kam eine Box. Bitte sofort zurückbuchen, mein Konto ist am Monatsende knapp genug.",
            "Zweimal abgebucht für eine Box. Bitte erstatten.",
        ],
        "dye_lot": [
            "Ich habe die Strickjacke zur Hälfte fertig und jetzt im neuen Knäuel sehe ich: andere Farbe! Das ist eine andere Partie, obwohl im Set alles aus einer sein soll. Jetzt hab ich einen Streifen quer über den Rücken. 3 Wochen Arbeit. Echt jetzt?",
            "Zwei verschiedene Partien im selben Set ({prod}). Man sieht es deutlich. Bitte um Lösung.",
        ],
        "refund": [
            "Ich habe am 2. die ungeöffnete Wolle zurückgeschickt, Sendung ist laut DHL seit 12 Tagen bei Ihnen. Von den {amount} ist immer noch nichts da. Wie lange noch?",
            "Rücksendung angekommen, Geld nicht. Seit fast drei Wochen. {amount}.",
        ],
        "wrong_price": [
            "Ich bin seit zwei Jahren Club-Mitglied und mir wurde für {prod} der normale Preis berechnet, nicht der Mitgliederpreis. Das sind knapp 8 Euro Unterschied. Wofür zahle ich dann den Club?",
            "Mitgliederpreis nicht abgezogen, obwohl eingeloggt. Bitte korrigieren.",
        ],
        "missing_part": [
            "Im {prod} fehlt die Rundnadel. Die Wolle ist da, die Anleitung ist da, aber ohne Nadel kann ich ja schlecht anfangen. Wochenende ist damit gelaufen.",
            "Set unvollständig, Anleitung fehlt komplett. Bitte nachschicken.",
        ],
    },
    "en": {
        "no_show": [
            "Tracking says my parcel ({prod}) was DELIVERED yesterday at 10:12. It wasn't. Not with the neighbours, not in the porch, nowhere. It's for a baby due in three weeks. What now?",
            "parcel marked delivered, nothing here, I was in all day. Either the yarn or my {amount} back please",
        ],
        "double_charge": [
            "You've taken the Club box payment TWICE this month, {amount} and then {amount} again. One box arrived. Please refund it today, money is tight enough at the end of the month.",
            "charged twice for one club box, please refund",
        ],
        "dye_lot": [
            "I'm halfway up the back of the cardigan and the new ball is a DIFFERENT SHADE. Different dye lot, in a kit that's supposed to be matched. There's now a stripe across my back. Three weeks of evenings. Seriously?",
            "Two different dye lots in the same kit ({prod}). It's very obvious. Please sort this.",
        ],
        "refund": [
            "I sent back the unopened yarn on the 2nd, Royal Mail says you signed for it 12 days ago. Still no sign of my {amount}. How long does this take?",
            "return received by you, refund not received by me. nearly three weeks. {amount}",
        ],
        "wrong_price": [
            "I've been a Club member for two years and was charged full price for the {prod}, not the member price. That's about £7 difference. What am I paying the Club for?",
            "member price not applied even though I was logged in. please correct",
        ],
        "missing_part": [
            "The {prod} came without the circular needle. Yarn's there, pattern's there, no needle. So that's my weekend gone then.",
            "kit incomplete, no pattern in it at all. please send one",
        ],
    },
    "fr": {
        "no_show": [
            "Le suivi dit que mon colis ({prod}) a été LIVRÉ hier à 10h12. Je n'ai rien reçu, ni chez les voisins ni dans la boîte. C'est pour une naissance dans 3 semaines. Je fais quoi ?"
        ],
        "double_charge": [
            "La box du Club m'a été débitée DEUX fois ce mois-ci, {amount} et encore {amount}. Une seule box reçue. Merci de rembourser rapidement."
        ],
        "dye_lot": [
            "J'en suis à la moitié du gilet et la nouvelle pelote n'a pas la même couleur. Deux bains différents dans un kit censé être assorti. Trois semaines de travail pour rien."
        ],
        "refund": [
            "J'ai renvoyé la laine non ouverte le 2, vous l'avez reçue il y a 12 jours. Toujours pas de remboursement de {amount}."
        ],
        "wrong_price": [
            "Membre du Club depuis deux ans et on m'a facturé le prix normal pour {prod}. Pourquoi je paie le Club alors ?"
        ],
        "missing_part": [
            "Le {prod} est arrivé sans l'aiguille circulaire. Impossible de commencer."
        ],
    },
    "it": {
        "no_show": [
            "Il tracking dice che il pacco ({prod}) è stato CONSEGNATO ieri alle 10:12. Non è arrivato niente, né dai vicini né nella cassetta. Serve per una nascita tra tre settimane."
        ],
        "double_charge": [
            "Mi avete addebitato la box del Club DUE volte questo mese, {amount} e ancora {amount}. Ne è arrivata una. Rimborsate per favore."
        ],
        "dye_lot": [
            "Sono a metà del cardigan e il gomitolo nuovo è di un altro colore. Due bagni diversi nello stesso kit. Tre settimane di lavoro buttate."
        ],
        "refund": [
            "Ho rispedito la lana non aperta il 2, l'avete ricevuta da 12 giorni. Dei {amount} ancora niente."
        ],
        "wrong_price": [
            "Sono socia del Club da due anni e mi avete fatto pagare il prezzo pieno per {prod}. A cosa serve il Club allora?"
        ],
        "missing_part": [
            "Il {prod} è arrivato senza il ferro circolare. Non posso nemmeno iniziare."
        ],
    },
    "es": {
        "no_show": [
            "El seguimiento dice que mi paquete ({prod}) se ENTREGÓ ayer a las 10:12. Aquí no ha llegado nada, ni a los vecinos ni al buzón. Es para un bebé que nace en tres semanas. ¿Y ahora qué?"
        ],
        "double_charge": [
            "Me habéis cobrado la caja del Club DOS veces este mes, {amount} y otra vez {amount}. Ha llegado una. Devolvedlo ya por favor."
        ],
        "dye_lot": [
            "Voy por la mitad de la chaqueta y el ovillo nuevo es de OTRO color. Dos lotes distintos en un kit que se supone igualado. Tres semanas de trabajo."
        ],
        "refund": [
            "Devolví la lana sin abrir el día 2, la recibisteis hace 12 días. De los {amount} ni rastro."
        ],
        "wrong_price": [
            "Soy socia del Club desde hace dos años y me habéis cobrado el precio normal por {prod}. ¿Para qué pago el Club entonces?"
        ],
        "missing_part": ["El {prod} ha llegado sin la aguja circular. Así no puedo ni empezar."],
    },
    "pt": {
        "no_show": [
            "O seguimento diz que a encomenda ({prod}) foi ENTREGUE ontem às 10:12. Não chegou nada, nem aos vizinhos nem à caixa do correio. É para um bebé que nasce daqui a três semanas."
        ],
        "double_charge": [
            "Cobraram a caixa do Club DUAS vezes este mês, {amount} e outra vez {amount}. Só chegou uma. Devolvam por favor."
        ],
        "dye_lot": [
            "Vou a meio do casaco e o novelo novo é de OUTRA cor. Dois lotes diferentes no mesmo kit. Três semanas de trabalho."
        ],
        "refund": [
            "Devolvi a lã por abrir no dia 2, receberam há 12 dias. Dos {amount} nem sinal."
        ],
        "wrong_price": [
            "Sou sócia do Club há dois anos e cobraram o preço normal pelo {prod}. Então para que pago o Club?"
        ],
        "missing_part": ["O {prod} chegou sem a agulha circular. Nem consigo começar."],
    },
}

SOCIAL: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "Lanivo sagt ZUGESTELLT. Mein Flur sagt: nix. Danke für nichts",
        "double_charge": "Zweimal abgebucht, eine Box bekommen. Lanivo, ernsthaft?",
        "dye_lot": "3 Wochen gestrickt und jetzt Streifen weil Lanivo zwei Partien ins Set packt. Heul",
        "refund": "Lanivo hat meine Rücksendung seit fast 3 Wochen und mein Geld auch. Toll",
        "wrong_price": "Club-Mitglied bei Lanivo, trotzdem Normalpreis gezahlt. Wozu der Club?",
        "missing_part": "Lanivo-Set ohne Nadel. Wochenende gelaufen 🙄",
    },
    "en": {
        "no_show": "Lanivo says DELIVERED. my doorstep says otherwise. brilliant",
        "double_charge": "charged twice by Lanivo for ONE club box. cheers for that",
        "dye_lot": "three weeks of knitting and now a stripe because Lanivo put two dye lots in one kit. actually gutted",
        "refund": "Lanivo have had my return nearly 3 weeks. and my money. lovely",
        "wrong_price": "paying for Lanivo Club and still charged full price, what is the point",
        "missing_part": "Lanivo kit arrived with no needle. weekend ruined",
    },
    "fr": {
        "no_show": "Lanivo dit LIVRÉ. Ma porte dit non. Super",
        "double_charge": "Débitée deux fois par Lanivo pour une seule box. Bravo",
        "dye_lot": "3 semaines de tricot et une rayure parce que Lanivo mélange les bains. Dégoûtée",
        "refund": "Lanivo a mon retour depuis 3 semaines et toujours pas d'argent",
        "wrong_price": "Membre du Club Lanivo et payé plein tarif. Super le club",
        "missing_part": "Kit Lanivo sans aiguille. Week-end fichu",
    },
    "it": {
        "no_show": "Per Lanivo è CONSEGNATO. A casa mia no. Complimenti",
        "double_charge": "Due addebiti da Lanivo per una box sola. Bravi",
        "dye_lot": "tre settimane di lavoro e ora ho una riga perché Lanivo mette due bagni nello stesso kit",
        "refund": "Lanivo ha il mio reso da 3 settimane e i miei soldi pure",
        "wrong_price": "Socia Lanivo e pagato prezzo pieno. Ma che club è",
        "missing_part": "Kit Lanivo senza ferro. Weekend rovinato",
    },
    "es": {
        "no_show": "Lanivo dice ENTREGADO. Mi puerta dice que no. Genial",
        "double_charge": "Lanivo me cobra DOS veces una caja. Muy bien",
        "dye_lot": "tres semanas tejiendo y ahora una raya porque Lanivo mete dos lotes en el kit. que rabia",
        "refund": "Lanivo tiene mi devolución hace 3 semanas y mi dinero también",
        "wrong_price": "socia de Lanivo y me cobran precio normal. vaya club",
        "missing_part": "kit de Lanivo sin aguja. finde arruinado",
    },
    "pt": {
        "no_show": "A Lanivo diz ENTREGUE. A minha porta diz que não. Boa",
        "double_charge": "A Lanivo cobrou DUAS vezes uma caixa. Obrigadinha",
        "dye_lot": "três semanas a tricotar e agora uma risca porque a Lanivo mistura lotes",
        "refund": "A Lanivo tem a minha devolução há 3 semanas e o meu dinheiro também",
        "wrong_price": "sócia da Lanivo e paguei preço normal. que clube",
        "missing_part": "kit da Lanivo sem agulha. fim de semana estragado",
    },
}

PHONE: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "ja guten Tag {name} mein Paket steht als zugestellt drin aber hier ist nichts angekommen ich war den ganzen Tag da und das war ein Geschenk für eine Geburt",
        "double_charge": "hallo {name} hier mir ist die Box zweimal abgebucht worden {amount} zweimal und ich hab nur eine bekommen ich hätte das gern sofort zurück",
        "dye_lot": "ja hallo {name} ich hab in dem Set zwei verschiedene Farben drin also zwei Partien und ich hab schon die halbe Jacke gestrickt das sieht man total",
        "refund": "guten Tag {name} ich warte seit fast drei Wochen auf mein Geld für die Rücksendung {amount} das kann doch nicht so lange dauern",
        "wrong_price": "ja {name} hier ich bin im Club und mir wurde der normale Preis berechnet nicht der Mitgliederpreis",
        "missing_part": "hallo {name} in meinem Set fehlt die Nadel also die Rundnadel ich kann gar nicht anfangen",
    },
    "en": {
        "no_show": "hi it's {name} my parcel says delivered but nothing came I was in all day and it's a present for a baby",
        "double_charge": "hello it's {name} you've taken the club payment twice {amount} twice and I only got one box I need that back",
        "dye_lot": "yeah hi {name} here the kit I got has two different dye lots in it and I'm already halfway through the cardigan you can really see it",
        "refund": "hi it's {name} I've been waiting nearly three weeks for my refund {amount} for the yarn I sent back",
        "wrong_price": "hi {name} here I'm a club member and I got charged the normal price not the member price",
        "missing_part": "hello it's {name} my kit came without the needle the circular one so I can't even start",
    },
    "fr": {
        k: "bonjour c'est {name} " + v
        for k, v in {
            "no_show": "mon colis est marqué livré mais je n'ai rien reçu",
            "double_charge": "on m'a débité la box deux fois {amount} deux fois",
            "dye_lot": "j'ai deux bains différents dans le kit et je suis à la moitié du gilet",
            "refund": "j'attends mon remboursement de {amount} depuis presque trois semaines",
            "wrong_price": "je suis membre du club et on m'a facturé le prix normal",
            "missing_part": "il manque l'aiguille circulaire dans mon kit",
        }.items()
    },
    "it": {
        k: "buongiorno sono {name} " + v
        for k, v in {
            "no_show": "il pacco risulta consegnato ma non è arrivato niente",
            "double_charge": "mi avete addebitato la box due volte {amount} due volte",
            "dye_lot": "nel kit ci sono due bagni diversi e sono a metà del cardigan",
            "refund": "aspetto il rimborso di {amount} da quasi tre settimane",
            "wrong_price": "sono socia del club e mi avete fatto pagare il prezzo pieno",
            "missing_part": "nel kit manca il ferro circolare",
        }.items()
    },
    "es": {
        k: "hola buenas soy {name} " + v
        for k, v in {
            "no_show": "el paquete sale como entregado pero aquí no ha llegado nada",
            "double_charge": "me habéis cobrado la caja dos veces {amount} dos veces",
            "dye_lot": "en el kit vienen dos lotes distintos y ya voy por la mitad de la chaqueta",
            "refund": "llevo casi tres semanas esperando el reembolso de {amount}",
            "wrong_price": "soy socia del club y me habéis cobrado el precio normal",
            "missing_part": "en el kit falta la aguja circular",
        }.items()
    },
    "pt": {
        k: "olá bom dia é {name} " + v
        for k, v in {
            "no_show": "a encomenda diz entregue mas não chegou nada",
            "double_charge": "cobraram a caixa duas vezes {amount} duas vezes",
            "dye_lot": "o kit veio com dois lotes diferentes e já vou a meio do casaco",
            "refund": "estou à espera do reembolso de {amount} há quase três semanas",
            "wrong_price": "sou sócia do club e cobraram o preço normal",
            "missing_part": "falta a agulha circular no kit",
        }.items()
    },
}

# long e-mails: the complaint inside a letter (German and English only)
LONG_EMAIL: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, weil ich sonst einfach nicht dazu komme. Meine Mutter zieht gerade zu uns, der Keller steht voller Kartons, und das Stricken am Abend ist ehrlich gesagt das Einzige, was mich gerade zusammenhält. Deshalb habe ich mich auch so auf das Set gefreut.\n\n{complaint}\n\nIch weiß, dass so etwas passieren kann, und ich will auch niemanden persönlich angreifen. Aber ich hätte gern eine Antwort, die mir sagt, wie es jetzt weitergeht, und nicht nur eine automatische Mail.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo liebes Lanivo-Team,\n\nich bin seit dem ersten Lockdown Kundin bei Ihnen und habe Sie schon vielen Freundinnen empfohlen, auch in meiner Strickgruppe im Gemeindehaus. Wir treffen uns jeden Dienstag, und ich bringe meistens das mit, was gerade aus Ihrem Shop kommt.\n\nDiesmal leider nicht. {complaint}\n\nIch hoffe sehr, dass Sie das schnell klären. Ich möchte am Dienstag eigentlich nicht erzählen müssen, wie es gelaufen ist.\n\nViele Grüße\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this on the bus home from my shift because if I don't do it now I never will. It's been a long month - my dad's been in hospital and knitting in the evenings is honestly the thing keeping me sane, which is why I was so looking forward to this.\n\n{complaint}\n\nI know mistakes happen and I'm not trying to shout at anyone. I'd just like a proper answer about what happens now rather than an automated email.\n\nKind regards,\n{name}",
        "Dear Lanivo team,\n\nI've been ordering from you since 2021 and I've recommended you to half my knitting group at the library, we meet on Thursdays and I usually bring whatever's just arrived from you to show off.\n\nNot this time. {complaint}\n\nI really hope you can sort this quickly. I'd rather not have to tell the group on Thursday how it went.\n\nBest wishes,\n{name}",
    ],
}

CASE_OPENED: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Ihr Vorgang {case}",
            "Guten Tag {first},\n\nes tut uns sehr leid. Wir haben Ihren Vorgang unter {case} angelegt und melden uns, sobald wir mehr wissen, spätestens morgen.\n\nFreundliche Grüße\n{agent}, Lanivo Kundenservice",
        )
    ],
    "en": [
        (
            "Your case {case}",
            "Hi {first},\n\nI'm really sorry about this. I've opened case {case} and we'll come back to you by tomorrow at the latest.\n\nBest wishes,\n{agent}, Lanivo Customer Care",
        )
    ],
    "fr": [
        (
            "Votre demande {case}",
            "Bonjour {first},\n\nnous sommes désolés. Votre demande est enregistrée sous {case}, nous revenons vers vous d'ici demain.\n\nCordialement,\n{agent}, Lanivo",
        )
    ],
    "it": [
        (
            "La sua segnalazione {case}",
            "Buongiorno {first},\n\nci dispiace molto. Abbiamo aperto la segnalazione {case} e la ricontattiamo entro domani.\n\nCordiali saluti,\n{agent}, Lanivo",
        )
    ],
    "es": [
        (
            "Tu incidencia {case}",
            "Hola {first}:\n\nlo sentimos mucho. Hemos abierto la incidencia {case} y te decimos algo como tarde mañana.\n\nUn saludo,\n{agent}, Lanivo",
        )
    ],
    "pt": [
        (
            "O seu pedido {case}",
            "Olá {first},\n\nlamentamos muito. Abrimos o pedido {case} e damos notícias até amanhã.\n\nCumprimentos,\n{agent}, Lanivo",
        )
    ],
}
CHAT_CASE: dict[str, str] = {
    "de": "Das tut mir wirklich leid! Ich habe den Vorgang {case} angelegt, wir melden uns per Mail.",
    "en": "I'm so sorry about that! I've opened case {case}, we'll email you as soon as we know more.",
    "fr": "Vraiment désolée ! J'ai ouvert la demande {case}, nous vous écrivons très vite.",
    "it": "Mi dispiace davvero! Ho aperto la segnalazione {case}, le scriviamo via mail.",
    "es": "¡Lo siento mucho! He abierto la incidencia {case}, te escribimos por mail.",
    "pt": "Lamento muito! Abri o pedido {case}, enviamos notícias por email.",
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "de": (
        "Re: Ihr Vorgang {case}",
        "Guten Tag {first},\n\ngute Nachrichten zu {case}: {fix} Könnten Sie uns kurz bestätigen, dass alles passt?\n\nFreundliche Grüße\n{agent}",
    ),
    "en": (
        "Re: Your case {case}",
        "Hi {first},\n\ngood news on {case}: {fix} Could you confirm everything is OK on your side?\n\nBest,\n{agent}",
    ),
    "fr": (
        "Re : Votre demande {case}",
        "Bonjour {first},\n\nbonne nouvelle pour {case} : {fix} Pouvez-vous nous confirmer que tout est en ordre ?\n\n{agent}",
    ),
    "it": (
        "R: La sua segnalazione {case}",
        "Buongiorno {first},\n\nbuone notizie su {case}: {fix} Può confermarci che è tutto a posto?\n\n{agent}",
    ),
    "es": (
        "RE: Tu incidencia {case}",
        "Hola {first}:\n\nbuenas noticias sobre {case}: {fix} ¿Nos confirmas que está todo bien?\n\n{agent}",
    ),
    "pt": (
        "RE: O seu pedido {case}",
        "Olá {first},\n\nboas notícias sobre {case}: {fix} Pode confirmar que está tudo bem?\n\n{agent}",
    ),
}
FIX: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "der Fahrer hat das Paket beim falschen Haus abgegeben, ein neues Set ist heute rausgegangen.",
        "double_charge": "die doppelte Abbuchung ist zurückgebucht.",
        "dye_lot": "wir schicken Ihnen kostenlos genug Wolle aus einer Partie für die ganze Jacke.",
        "refund": "die Erstattung ist heute angewiesen worden.",
        "wrong_price": "die Differenz ist Ihnen gutgeschrieben.",
        "missing_part": "das fehlende Teil ist heute per Express unterwegs.",
    },
    "en": {
        "no_show": "the driver left it at the wrong house, a new kit went out today.",
        "double_charge": "the second payment has been refunded.",
        "dye_lot": "we're sending you enough yarn from one dye lot for the whole cardigan, free.",
        "refund": "your refund was sent today.",
        "wrong_price": "the difference has been credited to you.",
        "missing_part": "the missing part is on its way by express today.",
    },
    "fr": {
        k: v
        for k, v in {
            "no_show": "un nouveau kit est parti aujourd'hui.",
            "double_charge": "le second débit est remboursé.",
            "dye_lot": "nous vous envoyons gratuitement de la laine d'un seul bain.",
            "refund": "le remboursement est parti aujourd'hui.",
            "wrong_price": "la différence vous est créditée.",
            "missing_part": "la pièce manquante part en express aujourd'hui.",
        }.items()
    },
    "it": {
        "no_show": "un nuovo kit è partito oggi.",
        "double_charge": "il secondo addebito è stato rimborsato.",
        "dye_lot": "le spediamo gratis lana di un solo bagno.",
        "refund": "il rimborso è partito oggi.",
        "wrong_price": "la differenza le è stata accreditata.",
        "missing_part": "il pezzo mancante parte oggi in express.",
    },
    "es": {
        "no_show": "ha salido hoy un kit nuevo.",
        "double_charge": "el segundo cobro está devuelto.",
        "dye_lot": "te enviamos gratis lana de un solo lote para toda la chaqueta.",
        "refund": "el reembolso ha salido hoy.",
        "wrong_price": "te hemos abonado la diferencia.",
        "missing_part": "la pieza que faltaba sale hoy por urgente.",
    },
    "pt": {
        "no_show": "saiu hoje um kit novo.",
        "double_charge": "a segunda cobrança foi devolvida.",
        "dye_lot": "enviamos grátis lã de um só lote para o casaco todo.",
        "refund": "o reembolso foi feito hoje.",
        "wrong_price": "creditámos a diferença.",
        "missing_part": "a peça em falta segue hoje por expresso.",
    },
}
CONFIRM: dict[str, list[str]] = {
    "de": [
        "Bestätige, {case} ist erledigt, alles angekommen. Danke!",
        "Ja passt, {case} kann zu. Danke fürs schnelle Kümmern",
    ],
    "en": [
        "Confirmed, {case} is sorted, all arrived. Thanks!",
        "yes all good now re {case}, thank you",
    ],
    "fr": ["Je confirme, {case} est réglé. Merci !"],
    "it": ["Confermo, {case} risolto. Grazie!"],
    "es": ["Confirmo, {case} solucionado. ¡Gracias!"],
    "pt": ["Confirmo, {case} resolvido. Obrigada!"],
}
APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke dass Sie sich so schnell gekümmert haben",
        "Entschuldigung wegen gestern, ich war einfach frustriert. Danke für die Hilfe",
    ],
    "en": [
        "Sorry about my tone yesterday, long day. Thanks for sorting it so quickly",
        "apologies for yesterday, I was just really frustrated. thanks for the help",
    ],
    "fr": ["Désolée pour mon ton hier. Merci pour votre aide"],
    "it": ["Scusate per ieri, ero nervosa. Grazie dell'aiuto"],
    "es": ["Perdón por el tono de ayer, fue un día largo. Gracias por la ayuda"],
    "pt": ["Desculpem o tom de ontem. Obrigada pela ajuda"],
}
LOW_CSAT: dict[str, list[str]] = {
    "de": ["schlecht", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "es": ["mal", ""],
    "pt": ["mau", ""],
}

# repeat contacts
LATER: dict[str, list[str]] = {
    "de": [
        "Ich schreibe wegen {case} nochmal. Es ist immer noch nichts passiert: {restate}",
        "Vorgang {case}: immer noch offen. {restate} Ich warte auf eine Antwort.",
    ],
    "en": [
        "Writing again about {case}. Still nothing: {restate}",
        "Case {case} - still open. {restate} Still waiting to hear back.",
    ],
    "fr": ["Je reviens pour {case}. Toujours rien : {restate}"],
    "it": ["Scrivo di nuovo per {case}. Ancora niente: {restate}"],
    "es": ["Vuelvo a escribir por {case}. Sigue igual: {restate}"],
    "pt": ["Escrevo outra vez sobre {case}. Continua tudo igual: {restate}"],
}
LATER_PHONE: dict[str, str] = {
    "de": "ja {name} hier wegen Vorgang {case} das ist immer noch nicht erledigt {restate}",
    "en": "hi it's {name} about case {case} it's still not sorted {restate}",
    "fr": "bonjour c'est {name} pour la demande {case} c'est toujours pas réglé {restate}",
    "it": "buongiorno sono {name} per la segnalazione {case} ancora niente {restate}",
    "es": "hola soy {name} por la incidencia {case} sigue sin resolver {restate}",
    "pt": "olá é {name} sobre o pedido {case} continua por resolver {restate}",
}
THIRD: dict[str, list[str]] = {
    "de": [
        "Meine Freundin bestellt bei {comp}, da wird so was am selben Tag geklärt.",
        "Ich hab mir inzwischen mal angeschaut, was {comp} für die gleiche Wolle nimmt.",
    ],
    "en": [
        "A friend orders from {comp} and they sort this kind of thing same day.",
        "I've had a look at what {comp} charge for the same yarn, just saying.",
    ],
    "fr": ["Une amie commande chez {comp}, eux règlent ça le jour même."],
    "it": ["Un'amica compra da {comp} e loro risolvono in giornata."],
    "es": ["Una amiga compra en {comp} y allí lo solucionan en el día."],
    "pt": ["Uma amiga compra na {comp} e lá resolvem no mesmo dia."],
}
FOURTH: dict[str, str] = {
    "de": "Das ist jetzt das VIERTE Mal, dass ich mich melde.",
    "en": "This is the FOURTH time I'm getting in touch.",
    "fr": "C'est la QUATRIÈME fois que je vous contacte.",
    "it": "È la QUARTA volta che vi scrivo.",
    "es": "Es la CUARTA vez que escribo.",
    "pt": "É a QUARTA vez que contacto.",
}
QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorgang {case}",
        "Guten Tag {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n\nFreundliche Grüße\n{agent}",
    ),
    "en": (
        "Your case {case}",
        "Hi {first},\n\nyour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\nBest,\n{agent}",
    ),
    "fr": (
        "Votre demande {case}",
        "Bonjour {first},\n\nvotre demande {case} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi.\n\n{agent}",
    ),
    "it": (
        "La sua segnalazione {case}",
        "Buongiorno {first},\n\nla segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiama entro venerdì.\n\n{agent}",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola {first}:\n\ntu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\n{agent}",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {first},\n\no pedido {case} está agora com a nossa responsável de qualidade, que liga até sexta ao meio-dia.\n\n{agent}",
    ),
}
CHAT_URGENT: dict[str, str] = {
    "de": "Ich habe das zu {case} hinzugefügt und als dringend markiert.",
    "en": "I've added this to {case} and marked it urgent.",
    "fr": "J'ai ajouté ça à {case} et marqué urgent.",
    "it": "Ho aggiunto a {case} e segnato come urgente.",
    "es": "Lo he añadido a {case} y marcado como urgente.",
    "pt": "Acrescentei ao {case} e marquei como urgente.",
}

# slide: six steps, the last names a competitor
SLIDE: dict[str, list[str]] = {
    "de": [
        "Lieferung diesmal 4 Tage später als angekündigt, ohne Info. Naja, passiert.",
        "Die neue Club-Box: zwei Knäuel mit Knoten drin. Das hatte ich bei Lanivo noch nie.",
        "Die Videos in der App laden seit dem Update ewig. Man sitzt mit den Nadeln da und wartet.",
        "Rücksendung nur noch gegen 4,95 € Gebühr? Seit wann das denn? Wird echt immer schlechter hier.",
        "Jetzt reichts. Kundenservice antwortet nach 5 Tagen mit Textbaustein, die Wolle fusselt, die Box kommt zu spät. Lanivo, was ist los mit euch?",
        "Meine Nachbarin bestellt bei {comp}. Hab mir da die Sockenwolle für den Winter geholt, mal sehen.",
    ],
    "en": [
        "Delivery 4 days later than it said this time, no email. Oh well.",
        "This month's Club box: two balls with knots in. Never had that from Lanivo before.",
        "The videos in the app take forever to load since the update. Sitting there with needles in hand waiting.",
        "£4.50 to send a return back now?? since when. Getting worse and worse.",
        "Right, that's it. Customer service takes 5 days to send a copy-paste reply, the yarn's pilling, the box is late. What's going on Lanivo?",
        "My neighbour gets hers from {comp}. Ordered my winter sock yarn there instead, we'll see.",
    ],
    "fr": [
        "Livraison avec 4 jours de retard, sans info. Bon.",
        "Box du mois : deux pelotes avec des nœuds. Jamais vu ça chez Lanivo.",
        "Les vidéos de l'app mettent des plombes à charger depuis la mise à jour.",
        "4,95 € pour un retour maintenant ? Ça se dégrade.",
        "Ras-le-bol. Service client qui répond en 5 jours avec un copier-coller, laine qui bouloche, box en retard.",
        "Ma voisine commande chez {comp}. J'ai pris ma laine à chaussettes chez eux cette fois.",
    ],
    "it": [
        "Consegna con 4 giorni di ritardo, senza avviso. Vabbè.",
        "Box del mese: due gomitoli con i nodi. Mai successo con Lanivo.",
        "I video nell'app dopo l'aggiornamento non caricano mai.",
        "4,95 € per fare un reso adesso? Sempre peggio.",
        "Basta. Assistenza che risponde dopo 5 giorni con un copia-incolla, lana che fa pallini, box in ritardo.",
        "La mia vicina compra da {comp}. Ho preso lì la lana per le calze stavolta.",
    ],
    "es": [
        "Entrega con 4 días de retraso y sin avisar. Bueno.",
        "Caja del mes: dos ovillos con nudos. Nunca me había pasado con Lanivo.",
        "Los vídeos de la app tardan una eternidad en cargar desde la actualización.",
        "¿4,95 € por devolver ahora? Cada vez peor.",
        "YA ESTÁ BIEN. Atención al cliente contesta a los 5 días con un copia y pega, la lana hace bolitas, la caja llega tarde.",
        "Mi vecina compra en {comp}. Me he pedido allí la lana de calcetines, a ver.",
    ],
    "pt": [
        "Entrega 4 dias atrasada, sem aviso. Pronto.",
        "Caixa do mês: dois novelos com nós. Nunca me tinha acontecido na Lanivo.",
        "Os vídeos da app demoram imenso a carregar desde a atualização.",
        "4,95 € para devolver agora? Cada vez pior.",
        "Chega. Apoio ao cliente responde em 5 dias com copiar-colar, a lã faz borboto, a caixa atrasada.",
        "A minha vizinha compra na {comp}. Encomendei lá a lã das meias, vamos ver.",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kündigung Club und Konto",
            "Hallo, ich möchte meine Club-Mitgliedschaft kündigen und mein Konto schließen. Ich habe beim Umzug gemerkt, dass ich Wolle für die nächsten fünf Jahre im Schrank habe, ich muss erst mal aufstricken. Danke für alles.",
        ),
        (
            "Kündigung",
            "Guten Tag, bitte kündigen Sie meinen Club und löschen Sie mein Konto. Meine Augen machen beim Stricken nicht mehr mit, der Arzt hat mir davon abgeraten. Schade. Grüße",
        ),
    ],
    "en": [
        (
            "Cancel Club and close account",
            "Hi, I'd like to cancel my Club membership and close my account please. I've just moved and found enough yarn in the cupboards to last me years, need to knit through the stash first. Thanks for everything.",
        ),
        (
            "Cancellation",
            "Hello, please cancel my Club and close my account. My hands aren't up to knitting any more with the arthritis. Shame. Thanks",
        ),
    ],
    "fr": [
        (
            "Résiliation",
            "Bonjour, je souhaite résilier mon Club et fermer mon compte. J'ai trop de laine en stock, il faut que je tricote tout ça d'abord. Merci",
        )
    ],
    "it": [
        (
            "Disdetta",
            "Buongiorno, vorrei disdire il Club e chiudere il mio account. Ho lana per anni nell'armadio. Grazie di tutto",
        )
    ],
    "es": [
        (
            "Baja",
            "Hola, quiero dar de baja el Club y cerrar mi cuenta. Tengo lana para años en el armario. Gracias por todo",
        )
    ],
    "pt": [
        (
            "Cancelamento",
            "Olá, quero cancelar o Club e fechar a conta. Tenho lã para anos no armário. Obrigada",
        )
    ],
}
SORRY: dict[str, str] = {
    "de": "Guten Tag {first},\n\nschade, dass Sie gehen! Sie können den Club und Ihr Konto selbst in der App oder auf der Website unter Konto > Club kündigen. Alles Gute und viel Spaß mit dem Vorrat!\n\n{agent}",
    "en": "Hi {first},\n\nsorry to see you go! You can cancel the Club and close your account yourself in the app or on the website under Account > Club. All the best!\n\n{agent}",
    "fr": "Bonjour {first},\n\ndommage de vous voir partir ! Vous pouvez résilier vous-même dans l'app ou sur le site, Compte > Club.\n\n{agent}",
    "it": "Buongiorno {first},\n\nci dispiace vederla andare! Può disdire da sola nell'app o sul sito, Account > Club.\n\n{agent}",
    "es": "Hola {first}:\n\n¡qué pena que te vayas! Puedes darte de baja tú misma en la app o en la web, Cuenta > Club.\n\n{agent}",
    "pt": "Olá {first},\n\nque pena! Pode cancelar na app ou no site, Conta > Club.\n\n{agent}",
}

GRUMBLES: dict[str, list[str]] = {
    "de": [
        "Die App loggt mich JEDES Mal aus. Jedes. Mal.",
        "Warum kommt die Versandmail erst, wenn das Paket schon da ist?",
        "Die Banderolen kleben so, dass man die Partie-Nummer nicht mehr lesen kann.",
        "Schon wieder ist die Wolle, die ich will, ausverkauft.",
        "Die Suche im Shop findet 'Sockenwolle' nicht, nur 'Sock yarn'. Wir sind in Deutschland.",
        "Push-Nachricht um 6:30 Uhr morgens wegen Sale. Danke auch.",
        "Versandkosten schon wieder hoch. 3 Stück. 3!",
    ],
    "en": [
        "The app logs me out EVERY single time.",
        "Why does the dispatch email arrive after the parcel does?",
        "The ball bands are glued so you can't read the dye lot number.",
        "Sold out again of the one colour I want.",
        "6:30am push notification about a sale. Thanks for that.",
        "Postage has gone up again. For 3 balls.",
        "The pattern search still can't find anything I type",
    ],
    "fr": [
        "L'app me déconnecte à CHAQUE fois.",
        "Encore en rupture.",
        "Notification à 6h30 pour des soldes. Merci.",
        "Les frais de port ont encore augmenté.",
        "On ne peut pas lire le numéro de bain sur les étiquettes.",
    ],
    "it": [
        "L'app mi disconnette OGNI volta.",
        "Di nuovo esaurito.",
        "Notifica alle 6:30 per i saldi. Grazie.",
        "Spedizione di nuovo più cara.",
        "Il numero di bagno sulle etichette non si legge.",
    ],
    "es": [
        "La app me echa CADA vez.",
        "Otra vez agotado.",
        "Notificación a las 6:30 por unas rebajas. Gracias.",
        "Los gastos de envío otra vez más caros.",
        "No se lee el número de lote en las etiquetas.",
    ],
    "pt": [
        "A app faz logout SEMPRE.",
        "Outra vez esgotado.",
        "Notificação às 6:30 por causa dos saldos. Obrigadinha.",
        "Portes outra vez mais caros.",
        "Não se consegue ler o número do lote nas etiquetas.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Danke Lanivo für die 'Express'-Lieferung nach 6 Tagen, gerade rechtzeitig, nachdem der Geburtstag vorbei war 👏",
        "Wunderbar, die Sale-Mail kommt einen Tag nachdem ich zum vollen Preis bestellt hab. Timing 😂",
    ],
    "en": [
        "Thanks Lanivo for the 'express' delivery on day 6, just in time for the birthday to be over 👏",
        "love that the sale email lands the day after I paid full price. great timing 😂",
    ],
    "fr": ["Merci Lanivo pour la livraison 'express' en 6 jours, pile après l'anniversaire 👏"],
    "it": ["Grazie Lanivo per la spedizione 'express' in 6 giorni, giusto dopo il compleanno 👏"],
    "es": ["Gracias Lanivo por el envío 'exprés' en 6 días, justo después del cumple 👏"],
    "pt": ["Obrigada Lanivo pela entrega 'expresso' em 6 dias, mesmo depois do aniversário 👏"],
}

# mild one-off grumble (quiet_hours), with an agent's answer
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die App zeigt mir die Preise in Franken, ich wohne aber in Köln?",
            "Danke für den Hinweis! Das liegt an der Ländereinstellung, ich habe sie auf Deutschland gestellt.",
        ),
        (
            "Die Farbfotos im Shop sind viel heller als die echte Wolle, kleiner Hinweis",
            "Danke, wir geben das ans Foto-Team weiter.",
        ),
    ],
    "en": [
        (
            "the app's showing me prices in euros, I'm in Leeds?",
            "Thanks for flagging! It's the country setting, I've switched it to the UK for you.",
        ),
        (
            "small thing but the colour photos are much brighter than the actual yarn",
            "Thanks, passing that on to the photo team.",
        ),
    ],
    "fr": [
        (
            "Petit souci : l'app est en allemand chez moi ?",
            "Merci, c'est le réglage de langue, je l'ai remis en français.",
        )
    ],
    "it": [
        (
            "L'app mi mostra tutto in inglese, normale?",
            "Grazie, era l'impostazione lingua, ora è in italiano.",
        )
    ],
    "es": [
        (
            "la app me sale en alemán, cosas mias?",
            "Gracias por avisar, era el idioma, ya está en español.",
        )
    ],
    "pt": [("a app aparece em inglês, é normal?", "Obrigada, era a língua, já está em português.")],
}

# ---- the planted incident (topic_spike only) ----------------------------------------------

SPIKE_CODE = "0x3E7B"
SPIKE: dict[str, list[str]] = {
    "de": [
        "Der Live-Strickkurs startet nicht! Nur schwarzer Bildschirm und dann 'Stream konnte nicht geladen werden (0x3E7B)'. Hab extra Kaffee gekocht und alles bereit gelegt",
        "Live-Kurs geht nicht, Fehler 0x3E7B, App neu gestartet, Handy neu gestartet, nix. Wir sitzen hier zu dritt mit den Nadeln",
        "@Lanivo euer Knit-along heute morgen: 0x3E7B. Auf dem Tablet UND am Laptop. Bezahlt hab ich trotzdem",
        "Ist der Samstagskurs ausgefallen? Bei mir kommt nur 'Stream konnte nicht geladen werden' mit 0x3E7B",
    ],
    "en": [
        "Live knit-along won't start, black screen then 'Stream could not be loaded (0x3E7B)'. Made a cuppa and everything lol",
        "the saturday live class just says error 0x3E7B. tried the app and the website, same thing. anyone else??",
        "@Lanivo live class down? 0x3E7B on my phone and my laptop. paid for this one specially",
        "Can't get into the live class, 'Stream could not be loaded' 0x3E7B. Restarted everything twice",
    ],
    "fr": [
        "Le cours en direct ne démarre pas, écran noir puis 'Impossible de charger le flux (0x3E7B)'",
        "@Lanivo cours live en panne ? erreur 0x3E7B sur téléphone et ordi",
    ],
    "it": [
        "Il corso dal vivo non parte, schermo nero e poi 'Impossibile caricare lo stream (0x3E7B)'",
        "Lanivo corso live di oggi: errore 0x3E7B sia su app che su pc",
    ],
    "es": [
        "La clase en directo no arranca, pantalla negra y luego 'No se pudo cargar la emisión (0x3E7B)'",
        "@Lanivo la clase de hoy da error 0x3E7B en el movil y en el portatil, alguien mas?",
    ],
    "pt": [
        "A aula ao vivo não começa, ecrã preto e depois 'Não foi possível carregar a transmissão (0x3E7B)'",
        "Lanivo a aula de hoje dá erro 0x3E7B no telemóvel e no computador",
    ],
}
SPIKE_SUBJ: dict[str, str] = {
    "de": "Live-Kurs Fehler 0x3E7B",
    "en": "Live class error 0x3E7B",
    "fr": "Cours live erreur 0x3E7B",
    "it": "Corso live errore 0x3E7B",
    "es": "Clase en directo error 0x3E7B",
    "pt": "Aula ao vivo erro 0x3E7B",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, der Live-Kurs lässt sich gerade bei allen nicht starten, unsere Technik ist dran. Tut uns leid!",
    "en": "Yes, the live class isn't loading for anyone right now, our engineers are on it. So sorry!",
    "fr": "Oui, le cours en direct ne charge pour personne en ce moment, nos techniciens sont dessus. Désolés !",
    "it": "Sì, il corso dal vivo non si carica per nessuno in questo momento, i tecnici ci stanno lavorando.",
    "es": "Sí, la clase en directo no carga para nadie ahora mismo, el equipo técnico está en ello. ¡Lo sentimos!",
    "pt": "Sim, a aula ao vivo não está a carregar para ninguém neste momento, a equipa técnica está a tratar.",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "de": [
        "Immer noch 0x3E7B, jetzt auch auf dem Handy meines Mannes probiert. Der Kurs ist halb vorbei",
        "Noch mal: Live-Kurs geht immer noch nicht, 0x3E7B",
    ],
    "en": [
        "still 0x3E7B, tried my daughter's phone too. class is half over now",
        "still getting 0x3E7B on the live class, anything happening?",
    ],
    "fr": ["Toujours 0x3E7B, même sur le téléphone de mon mari"],
    "it": ["Ancora 0x3E7B, provato anche col telefono di mia figlia"],
    "es": ["Sigue el 0x3E7B, lo he probado en el movil de mi marido y nada"],
    "pt": ["Continua o 0x3E7B, já tentei no telemóvel do meu marido"],
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "de": (
        "Live-Kurs heute",
        "Guten Tag {first},\n\nder Live-Kurs funktioniert seit {local} Uhr wieder, die Aufzeichnung ist in der App. Der heutige Kurs geht auf uns, wir haben Ihnen {credit} gutgeschrieben.\n\n{agent}",
    ),
    "en": (
        "Today's live class",
        "Hi {first},\n\nthe live class works again since {local}, and the recording is in the app. Today's class is on us, we've added {credit} credit to your account.\n\n{agent}",
    ),
    "fr": (
        "Cours en direct d'aujourd'hui",
        "Bonjour {first},\n\nle cours en direct fonctionne de nouveau depuis {local}, l'enregistrement est dans l'app. Le cours d'aujourd'hui est offert, {credit} crédités.\n\n{agent}",
    ),
    "it": (
        "Corso dal vivo di oggi",
        "Buongiorno {first},\n\nil corso dal vivo funziona di nuovo dalle {local}, la registrazione è nell'app. Il corso di oggi è offerto, {credit} di credito.\n\n{agent}",
    ),
    "es": (
        "Clase en directo de hoy",
        "Hola {first}:\n\nla clase en directo vuelve a funcionar desde las {local}, la grabación está en la app. La clase de hoy corre de nuestra cuenta, te hemos abonado {credit}.\n\n{agent}",
    ),
    "pt": (
        "Aula ao vivo de hoje",
        "Olá {first},\n\na aula ao vivo funciona de novo desde as {local}, a gravação está na app. A aula de hoje é oferta, creditámos {credit}.\n\n{agent}",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "en": (
        "last week's live class played fine but the sound was a bit behind the picture, will tomorrow's be the same? just so I know",
        "Hi! Tomorrow's class runs on the same setup; if the sound lags, closing and reopening the class usually fixes it. See you there!",
    ),
    "de": (
        "Gestern beim Test-Stream war das Bild erst unscharf und nach einer Minute gut. Ist das morgen beim Kurs auch so?",
        "Hallo! Das Bild wird in der ersten Minute scharf gestellt, das ist normal. Bis morgen!",
    ),
}
CALM_GRUMBLE: dict[str, tuple[str, str]] = {
    "de": (
        "Die Mustersuche in der App ist heute wieder schnarchlangsam",
        "Danke für die Rückmeldung, wir schauen uns die Suche an.",
    ),
    "en": (
        "pattern search in the app is painfully slow today",
        "Thanks for telling us, we're looking into the search.",
    ),
}

AGENTS: dict[str, list[str]] = {
    "de": ["Katrin", "Jonas", "Melanie"],
    "en": ["Sophie", "Callum", "Priya"],
    "fr": ["Camille", "Hugo"],
    "it": ["Chiara", "Luca"],
    "es": ["Lucía", "Álvaro"],
    "pt": ["Inês", "Tiago"],
}
