"""Wording of heldout248 (Distendo: massage at home by app and web, Distendo Work for firms).

Every table maps a language (fr, de, en, it, pt, es) to a list of variants. Written
from the stories, blind; placeholders: {ref} case reference, {comp} competitor,
{first} a colleague's first name, {day} a weekday, {time} a local time.
"""

# ruff: noqa: E501

from __future__ import annotations

T = dict[str, list[str]]

LANGS = ("fr", "de", "en", "it", "pt", "es")
COMPETITORS = ("Relaxivo", "Calmova")

FIRST: T = {
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
        "Margaux",
        "Laurent",
        "Inès",
        "Benoît",
        "Chloé",
        "Yannick",
        "Aurélie",
        "Damien",
        "Noémie",
        "Pascal",
    ],
    "de": [
        "Jana",
        "Tobias",
        "Katrin",
        "Florian",
        "Sabine",
        "Matthias",
        "Lea",
        "Jörg",
        "Anja",
        "Stefan",
        "Miriam",
        "Uwe",
        "Franziska",
        "Dominik",
        "Heike",
        "Sven",
        "Carina",
        "Björn",
        "Nadine",
        "Ralf",
    ],
    "en": [
        "Emma",
        "Oliver",
        "Hannah",
        "James",
        "Chloe",
        "Liam",
        "Grace",
        "Connor",
        "Sophie",
        "Aidan",
        "Megan",
        "Tom",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Federica",
        "Davide",
        "Silvia",
        "Matteo",
        "Elena",
        "Stefano",
        "Sara",
        "Paolo",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Nuno",
        "Rita",
        "Miguel",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Elena",
        "Álvaro",
        "Nuria",
        "Pablo",
        "Irene",
        "Raúl",
        "Carmen",
        "Diego",
    ],
}
LAST: T = {
    "fr": [
        "Morel",
        "Lefebvre",
        "Garnier",
        "Rousseau",
        "Chevalier",
        "Fontaine",
        "Mercier",
        "Blanchard",
        "Girard",
        "Lemoine",
        "Perrin",
        "Barbier",
        "Renaud",
        "Caron",
        "Marchand",
        "Dufour",
    ],
    "de": [
        "Krüger",
        "Hoffmann",
        "Schäfer",
        "Becker",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Lange",
        "Vogel",
        "Hartmann",
        "Fuchs",
        "Brandt",
        "Seidel",
        "Winkler",
        "Kühn",
        "Lorenz",
    ],
    "en": [
        "Walsh",
        "Hughes",
        "Turner",
        "Byrne",
        "Fletcher",
        "Doyle",
        "Harper",
        "Kennedy",
        "Shaw",
        "Nolan",
    ],
    "it": [
        "Ferrara",
        "Colombo",
        "Marchetti",
        "Galli",
        "Conti",
        "Rinaldi",
        "Bruno",
        "Fontana",
        "Greco",
        "Moretti",
    ],
    "pt": [
        "Carvalho",
        "Ferreira",
        "Gomes",
        "Ribeiro",
        "Martins",
        "Sousa",
        "Lopes",
        "Pinto",
        "Teixeira",
        "Moreira",
    ],
    "es": [
        "Navarro",
        "Ortega",
        "Castillo",
        "Romero",
        "Delgado",
        "Herrera",
        "Molina",
        "Vidal",
        "Serrano",
        "Iglesias",
    ],
}
MARKETS: T = {
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "de": ["DE", "DE", "DE", "AT", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
TOWNS: T = {
    "FR": ["Lyon", "Nantes", "Lille", "Toulouse", "Rennes"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "CH": ["Genève", "Zürich", "Lugano", "Bern"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "DE": ["Köln", "Leipzig", "Freiburg", "Hannover", "Nürnberg"],
    "AT": ["Graz", "Linz", "Salzburg", "Wien"],
    "UK": ["Leeds", "Bristol", "Manchester"],
    "IE": ["Cork", "Galway", "Dublin"],
    "IT": ["Bologna", "Torino", "Verona"],
    "PT": ["Porto", "Braga", "Coimbra"],
    "ES": ["Zaragoza", "Valencia", "Sevilla"],
}

# (English label / French label, price in EUR)
PRODUCTS = [
    ("Massage 60 min at home / Massage 60 min à domicile", 79),
    ("Massage 90 min at home / Massage 90 min à domicile", 109),
    ("Duo massage 60 min / Massage duo 60 min", 149),
    ("Pregnancy massage 60 min / Massage femme enceinte 60 min", 85),
    ("Sports massage 45 min / Massage sportif 45 min", 65),
    ("Gift voucher 60 min / Bon cadeau 60 min", 79),
    ("Distendo Plus, monthly / Distendo Plus, mensuel", 39),
]
B2B_PRODUCTS = [
    ("Chair massage day, 8 h / Journée massage assis, 8 h", 640),
    ("Chair massage half day / Demi-journée massage assis", 340),
    ("Team wellness morning / Matinée bien-être équipe", 520),
]
PAGES = [
    "/app/book",
    "/app/therapists",
    "/plus",
    "/app/my-bookings",
    "/gift",
    "/help/prepare-your-room",
]
B2B_PAGES = [
    "/work/portal/sessions",
    "/work/portal/invoices",
    "/work/portal/sites",
    "/work/book-a-day",
]

PRAISE: T = {
    "fr": [
        "Massage de 90 min avec Distendo hier soir, je dors comme un bébé depuis. La thérapeute avait même apporté une couverture chauffante",
        "franchement je pensais pas qu'un massage à la maison pouvait être aussi pro. Table installée en 5 min, zéro bazar. Merci Distendo",
        "Mon dos de prof de maternelle remercie Distendo. Ponctuels, doux, et ils ont laissé le salon nickel",
        "Offert un massage Distendo à ma mère pour ses 70 ans, elle m'a appelée en pleurant de joie",
    ],
    "de": [
        "Gestern 60 Minuten Rückenmassage von Distendo im Wohnzimmer, danach auf dem Sofa eingeschlafen. Genau richtig",
        "Ehrlich, die Masseurin von Distendo hat meinen Nacken besser hinbekommen als zehn Physio-Termine. Danke!!",
        "Nach der Schicht noch schnell Massage zuhause gebucht, kam pünktlich, Liege aufgebaut, alles sauber. Top Distendo",
        "Meine Frau und ich hatten die Paarmassage von Distendo, im eigenen Wohnzimmer, mit Musik von uns. Wunderbar",
    ],
    "en": [
        "Had a Distendo sports massage before the half marathon, legs felt brand fresh. Therapist knew exactly what she was doing",
        "honestly didn't think a massage in my own living room could feel like a spa. Distendo nailed it",
    ],
    "it": [
        "Massaggio Distendo a casa dopo una settimana infernale, la massaggiatrice bravissima e puntuale. Rinata",
        "Regalato un massaggio Distendo a mia sorella incinta, entusiasta. Anche la prenotazione facilissima",
    ],
    "pt": [
        "Massagem Distendo em casa ontem à noite, a terapeuta foi uma querida e pontualíssima. Dormi 9 horas",
        "nunca pensei que uma massagem no meu próprio sofá fosse tão boa, obrigada Distendo",
    ],
    "es": [
        "Masaje de 90 minutos de Distendo en casa, la fisio un amor y dejó todo recogido. Repetiré seguro",
        "Con la espalda destrozada de la mudanza y el masajista de Distendo me ha dejado nuevo. Gracias!!",
    ],
}
PRAISE_AGAIN: T = {
    "fr": [
        "Troisième massage Distendo ce mois-ci (merci le Plus) et toujours la même qualité. Je deviens accro",
        "Encore une fois Léa de Distendo, encore une fois parfaite. On la garde",
    ],
    "de": [
        "Schon wieder die tolle Masseurin von letzter Woche bekommen, Distendo merkt sich das offenbar. Sehr gut",
        "Dritte Massage diesen Monat mit Distendo Plus, immer noch jedes Mal besser",
    ],
    "en": [
        "Third Distendo massage this month and still every bit as good. Plus is paying for itself"
    ],
    "it": ["Ancora una volta Distendo non delude, terzo massaggio del mese con il Plus"],
    "pt": ["Mais uma vez a mesma terapeuta da Distendo, terceira vez e sempre impecável"],
    "es": [
        "Otra vez la misma masajista de Distendo, tercera vez este mes y sigue siendo un gustazo"
    ],
}
PRAISE_GRIPE: T = {
    "fr": [
        "Massage top, rien à dire sur la thérapeute. Juste l'appli qui me demande trois fois mon étage, un peu lourd",
        "Super séance, seul bémol l'huile au parfum un peu fort, je demanderai sans parfum la prochaine fois",
    ],
    "de": [
        "Massage super, nur die App fragt jedes Mal nach der Parkmöglichkeit, auch wenn ich das schon eingetragen hab",
        "Alles bestens, nur die Musik-Box der Masseurin war etwas leise. Ansonsten gerne wieder",
    ],
    "en": ["Lovely massage, only gripe is the booking reminder came at 6am. Otherwise spot on"],
    "it": ["Massaggio ottimo, solo la fattura arriva in PDF strano che non si apre sul telefono"],
    "pt": ["Massagem ótima, só a app demora a carregar os horários. De resto impecável"],
    "es": [
        "Masaje estupendo, solo que la app no deja elegir masajista hasta ser Plus, un poco rollo"
    ],
}
QUESTION: T = {
    "fr": [
        "Bonjour, est-ce que la thérapeute apporte les serviettes ou je dois prévoir les miennes ?",
        "bjr, on peut réserver un massage duo si on n'a qu'une seule pièce libre ?",
        "Est-ce que le bon cadeau est valable aussi pour un massage femme enceinte ?",
    ],
    "de": [
        "Hallo, brauche ich für die Massage zuhause irgendwas vorzubereiten? Platz haben wir ca. 3x2 Meter",
        "Kann ich mit Distendo Plus auch einen Termin für meine Mutter buchen?",
        "Hi, bringt die Masseurin eigene Öle mit oder soll ich was kaufen?",
    ],
    "en": [
        "Hi, can I pick a female therapist when I book, or only with Plus?",
        "Does the voucher expire after a year?",
    ],
    "it": ["Buongiorno, il massaggio per donne incinte si può fare dal quarto mese?"],
    "pt": ["Olá, posso marcar uma massagem para as 21h num dia de semana?"],
    "es": ["Hola, se puede reservar para el domingo por la mañana o solo entre semana?"],
}
ANSWER: T = {
    "fr": [
        "Bonjour ! Oui, tout est prévu : table, serviettes et huiles. Il vous suffit d'un espace d'environ 2 x 3 m. Belle séance !"
    ],
    "de": [
        "Hallo! Das ist alles geregelt: Liege, Handtücher und Öle bringt die Masseurin mit. Etwa 2 x 3 Meter Platz reichen. Schöne Massage!"
    ],
    "en": [
        "Hi! Yes, that's possible, just choose it in the app under preferences. Enjoy your massage!"
    ],
    "it": [
        "Buongiorno! Sì, è possibile, basta indicarlo nell'app alla prenotazione. Buon massaggio!"
    ],
    "pt": ["Olá! Sim, é possível, basta escolher na app ao marcar. Boa massagem!"],
    "es": ["¡Hola! Sí, se puede, lo eliges en la app al reservar. ¡Que lo disfrutes!"],
}
THANKS: T = {
    "fr": ["Super merci !", "parfait, merci bcp"],
    "de": ["Super, danke!", "alles klar, danke euch"],
    "en": ["Brilliant, thanks!"],
    "it": ["Perfetto, grazie mille"],
    "pt": ["Ótimo, obrigada!"],
    "es": ["Genial, gracias!"],
}
PHONE_Q: T = {
    "fr": [
        "oui bonjour je voulais savoir si je peux décaler mon massage de jeudi à vendredi même heure",
        "bonjour c'est pour savoir si le massage duo on peut le faire avec deux thérapeutes en même temps",
    ],
    "de": [
        "ja hallo ich wollte fragen ob ich den Termin am Donnerstag auf Freitag verschieben kann gleiche Uhrzeit",
        "guten Tag ich hab einen Gutschein bekommen und weiß nicht wie ich den in der App einlöse",
    ],
    "en": ["hi yeah just wondering if I can move thursday's massage to friday same time"],
    "it": [
        "buongiorno volevo sapere se posso spostare il massaggio di giovedì a venerdì stessa ora"
    ],
    "pt": ["olá queria saber se posso mudar a massagem de quinta para sexta à mesma hora"],
    "es": [
        "hola buenas quería saber si puedo cambiar el masaje del jueves al viernes a la misma hora"
    ],
}
FOLLOWUP: T = {
    "fr": [
        "Bonjour, suite à votre appel : c'est fait, votre séance est bien enregistrée. À bientôt chez Distendo !"
    ],
    "de": [
        "Hallo, wie am Telefon besprochen: erledigt, Ihr Termin ist eingetragen. Viele Grüße von Distendo"
    ],
    "en": ["Hi, following your call: all done, your booking is updated. Best wishes from Distendo"],
    "it": [
        "Buongiorno, come da telefonata: fatto, la prenotazione è aggiornata. A presto da Distendo"
    ],
    "pt": [
        "Olá, na sequência da sua chamada: está feito, a marcação foi atualizada. Até breve, Distendo"
    ],
    "es": ["Hola, tras tu llamada: hecho, la reserva está actualizada. Un saludo de Distendo"],
}
REVIEW: T = {
    "fr": [
        "Thérapeute ponctuelle, massage profond comme demandé, rien à redire",
        "Très pro, installation rapide, je recommande",
    ],
    "de": [
        "Pünktlich, freundlich, kräftige Massage wie gewünscht. Fünf Sterne",
        "Sehr angenehm, alles sauber hinterlassen",
    ],
    "en": ["On time, friendly and properly strong pressure. Five stars"],
    "it": ["Puntuale, gentile, massaggio perfetto"],
    "pt": ["Pontual, simpática e massagem excelente"],
    "es": ["Puntual, amable y masaje de diez"],
}
SURVEY_WORD: T = {
    "fr": ["top", "parfait", "", "😊"],
    "de": ["super", "alles gut", "", "👍"],
    "en": ["great", ""],
    "it": ["ottimo", ""],
    "pt": ["excelente", ""],
    "es": ["genial", ""],
}
NIGHT_POST: T = {
    "fr": [
        "3h du mat, je sors de ma garde aux urgences et je viens de réserver un massage Distendo pour samedi. Survie",
        "insomnie encore, je regarde des vidéos d'automassage en attendant mon rdv Distendo de demain",
    ],
    "de": [
        "Nachtschicht vorbei, 2 Uhr, und ich hab mir gerade eine Distendo Massage für Samstag gegönnt. Verdient",
        "kann nicht schlafen, freu mich schon auf die Massage morgen, Distendo sei Dank",
    ],
    "en": [
        "2am, back from a night shift at the depot and just booked a Distendo massage for Saturday. Earned it"
    ],
    "it": [
        "Le 2 di notte, turno in ospedale finito, prenotato un massaggio Distendo per sabato. Me lo merito"
    ],
    "pt": ["3 da manhã, saída do turno e já marquei massagem na Distendo para sábado"],
    "es": [
        "Las 3 de la mañana saliendo de la guardia y ya tengo masaje de Distendo para el sábado"
    ],
}
NIGHT_Q: T = {
    "fr": [
        "petite question à cette heure-ci : on peut réserver pour 7h du matin ?",
        "Bonsoir, si je réserve maintenant pour demain 10h c'est encore possible ?",
    ],
    "de": [
        "Kurze Frage so spät: kann man auch für 7 Uhr morgens buchen?",
        "Hallo, geht eine Buchung jetzt noch für morgen 10 Uhr?",
    ],
    "en": ["Late one, sorry: can I still book for 10am tomorrow?"],
    "it": ["Domanda notturna: si può prenotare per domani alle 10?"],
    "pt": ["Pergunta tardia: ainda dá para marcar para amanhã às 10h?"],
    "es": ["Pregunta a deshoras: todavía puedo reservar para mañana a las 10?"],
}
NIGHT_ANSWER: T = {
    "fr": [
        "Bonsoir ! Oui, des créneaux sont ouverts dès 7h et jusqu'à la veille 23h. Bonne nuit !"
    ],
    "de": [
        "Guten Abend! Ja, Termine gibt es ab 7 Uhr und bis 23 Uhr am Vortag buchbar. Gute Nacht!"
    ],
    "en": ["Hi! Yes, slots open from 7am and you can book until 11pm the day before. Good night!"],
    "it": ["Buonasera! Sì, si prenota fino alle 23 del giorno prima. Buonanotte!"],
    "pt": ["Olá! Sim, pode marcar até às 23h da véspera. Boa noite!"],
    "es": ["¡Hola! Sí, se puede reservar hasta las 23h del día anterior. ¡Buenas noches!"],
}

# Problems of the consumer side: no_show, double_charge, damage, refund, wrong_price, cancel_fee.
PROBLEM: dict[str, T] = {
    "no_show": {
        "fr": [
            "Thérapeute jamais venue hier 18h. J'ai attendu 1h15 en peignoir, l'appli disait « en route ». Personne ne répond. Inadmissible",
            "massage prévu samedi 10h, PERSONNE. appli marque séance effectuée et je suis débitée de 79 €. sérieux ??",
        ],
        "de": [
            "Die Masseurin ist gestern um 18 Uhr einfach nicht gekommen. Eine Stunde gewartet, App zeigt 'unterwegs', Hotline nicht erreichbar. Unmöglich",
            "Termin Samstag 10 Uhr, NIEMAND da, App sagt 'durchgeführt' und 79 € abgebucht. Geht's noch?",
        ],
        "en": [
            "Therapist never showed up last night, waited over an hour and the app still says 'on the way'. Charged £68 for nothing"
        ],
        "it": [
            "Ieri sera la massaggiatrice non si è mai presentata, un'ora ad aspettare e l'app dice 'in arrivo'. Addebitati 79 €"
        ],
        "pt": [
            "A terapeuta nunca apareceu ontem, esperei mais de uma hora e a app diz 'a caminho'. Cobraram 79 €"
        ],
        "es": [
            "La masajista no vino ayer, una hora esperando y la app dice 'en camino'. Y me han cobrado 79 €"
        ],
    },
    "double_charge": {
        "fr": [
            "Vous m'avez prélevé DEUX fois les 109 € du massage de mardi. Mon compte est à découvert à cause de vous",
            "double débit sur ma carte pour la même séance, 2 x 79 €, je veux le remboursement tout de suite",
        ],
        "de": [
            "Sie haben mir die 109 € für Dienstag ZWEIMAL abgebucht, jetzt ist mein Konto im Minus",
            "doppelte Abbuchung für dieselbe Massage, 2 x 79 €. Ich will mein Geld zurück, sofort",
        ],
        "en": [
            "You've charged me TWICE for Tuesday's massage, £94 each time. My account's overdrawn now"
        ],
        "it": ["Mi avete addebitato DUE volte i 109 € del massaggio di martedì"],
        "pt": ["Cobraram-me DUAS vezes os 109 € da massagem de terça"],
        "es": [
            "Me habéis cobrado DOS veces los 109 € del masaje del martes, tengo la cuenta en números rojos"
        ],
    },
    "damage": {
        "fr": [
            "La table de massage de votre thérapeute a rayé tout mon parquet en chêne, trois grandes traces. Et elle est partie sans rien dire",
            "l'huile s'est renversée sur mon canapé en lin, tache énorme, et personne ne me propose rien",
        ],
        "de": [
            "Die Massageliege hat mein Eichenparkett zerkratzt, drei tiefe Striemen. Die Masseurin ist einfach gegangen",
            "Öl auf mein Leinensofa gekippt, riesiger Fleck, und keiner meldet sich",
        ],
        "en": [
            "Your therapist's table gouged my oak floor, three long scratches, and she left without a word"
        ],
        "it": ["Il lettino della massaggiatrice mi ha rigato tutto il parquet di rovere"],
        "pt": ["A marquesa da terapeuta riscou o meu soalho de carvalho todo"],
        "es": ["La camilla de la masajista me ha rayado el parquet de roble entero"],
    },
    "refund": {
        "fr": [
            "Séance annulée par VOUS il y a trois semaines et toujours pas remboursée. 109 €, c'est pas rien",
            "ça fait 3 semaines que j'attends le remboursement de mon bon cadeau, on me dit 'sous 5 jours' à chaque fois",
        ],
        "de": [
            "Ihr habt den Termin vor DREI Wochen abgesagt und ich warte immer noch auf meine 109 €",
            "seit drei Wochen warte ich auf die Erstattung vom Gutschein, jedes Mal heißt es '5 Werktage'",
        ],
        "en": ["You cancelled my session THREE weeks ago and I still haven't had my £94 back"],
        "it": ["Avete annullato voi la seduta tre settimane fa e ancora nessun rimborso"],
        "pt": ["Cancelaram vocês a sessão há três semanas e ainda não me devolveram os 109 €"],
        "es": ["Cancelasteis vosotros la sesión hace TRES semanas y sigo sin ver mis 109 €"],
    },
    "wrong_price": {
        "fr": [
            "Je suis membre Plus depuis un an et on m'a facturé le tarif normal, 79 € au lieu de 59 €. Trois fois de suite",
            "abonnée Plus et pourtant plein tarif sur les deux dernières séances, c'est quoi l'intérêt ?",
        ],
        "de": [
            "Ich bin seit einem Jahr Plus-Mitglied und zahle trotzdem den Normalpreis, 79 € statt 59 €",
            "Plus abonniert und trotzdem voller Preis bei den letzten zwei Terminen, wozu zahl ich das?",
        ],
        "en": ["I'm a Plus member and got charged the full £68 instead of £51, again"],
        "it": ["Sono socia Plus e mi avete fatto pagare il prezzo pieno, 79 € invece di 59 €"],
        "pt": ["Sou membro Plus e cobraram o preço normal, 79 € em vez de 59 €"],
        "es": ["Soy socia Plus y me habéis cobrado la tarifa normal, 79 € en vez de 59 €"],
    },
    "cancel_fee": {
        "fr": [
            "Frais d'annulation tardive de 40 € alors que j'ai annulé CINQ jours avant. Capture d'écran à l'appui",
            "on me facture 40 € de 'no-show' pour une séance annulée dans l'appli le lundi pour le samedi",
        ],
        "de": [
            "40 € Stornogebühr, obwohl ich FÜNF Tage vorher abgesagt habe. Screenshot hab ich",
            "mir werden 40 € 'Nichterscheinen' berechnet für einen Termin, den ich Montag für Samstag storniert hab",
        ],
        "en": ["£34 late-cancellation fee when I cancelled FIVE days ahead. I have the screenshot"],
        "it": ["40 € di penale per cancellazione tardiva, ma ho annullato cinque giorni prima"],
        "pt": ["40 € de taxa de cancelamento e cancelei com CINCO dias de antecedência"],
        "es": ["40 € de penalización por cancelar tarde y cancelé con CINCO días de antelación"],
    },
}
PROBLEM_LABEL = {
    "no_show": {
        "fr": "thérapeute absente",
        "de": "Masseurin nicht erschienen",
        "en": "therapist no-show",
        "it": "massaggiatrice assente",
        "pt": "terapeuta não apareceu",
        "es": "masajista no vino",
    },
    "double_charge": {
        "fr": "double prélèvement",
        "de": "doppelte Abbuchung",
        "en": "double charge",
        "it": "doppio addebito",
        "pt": "cobrança dupla",
        "es": "cobro doble",
    },
    "damage": {
        "fr": "parquet abîmé",
        "de": "Parkett beschädigt",
        "en": "damaged floor",
        "it": "parquet rovinato",
        "pt": "soalho danificado",
        "es": "parquet dañado",
    },
    "refund": {
        "fr": "remboursement",
        "de": "Erstattung",
        "en": "refund",
        "it": "rimborso",
        "pt": "reembolso",
        "es": "reembolso",
    },
    "wrong_price": {
        "fr": "tarif Plus",
        "de": "Plus-Preis",
        "en": "Plus price",
        "it": "prezzo Plus",
        "pt": "preço Plus",
        "es": "precio Plus",
    },
    "cancel_fee": {
        "fr": "frais d'annulation",
        "de": "Stornogebühr",
        "en": "cancellation fee",
        "it": "penale",
        "pt": "taxa de cancelamento",
        "es": "penalización",
    },
}
COMPLAINT_SUBJ = {
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
}
RE_SUBJ = {
    "fr": "RE : Dossier ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "it": "R: Pratica ",
    "pt": "RE: Processo ",
    "es": "RE: Incidencia ",
}
LONG_EMAIL: T = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente de l'orthodontiste de mon fils, entre deux rendez-vous de chantier, parce que je n'ai pas d'autre moment. Cela fait deux ans que j'utilise Distendo, j'en ai parlé à toutes mes collègues de l'hôpital et j'ai offert des bons à Noël. Je précise tout ça pour que vous compreniez que je ne suis pas une cliente qui râle pour rien.\n\nMais là : {complaint}. J'ai essayé le chat, on m'a dit de patienter, puis plus rien.\n\nJ'attends une réponse claire et une solution cette semaine.\n\nCordialement",
        "Madame, Monsieur,\n\nma femme sort d'une opération du genou et c'est pour elle que nous avions pris l'abonnement Plus, sur conseil de son kiné. Tout se passait bien jusqu'ici, les thérapeutes sont adorables, je n'ai rien à leur reprocher.\n\nLe problème est ailleurs : {complaint}. Je ne vois pas comment on peut laisser passer ça.\n\nMerci de me répondre par écrit.\n\nBien à vous",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Auto vor der Musikschule meiner Tochter, weil ich sonst keine ruhige Minute habe: wir renovieren gerade das Haus meiner Eltern und ich pendle jedes Wochenende. Die Massagen bei Ihnen waren bisher das Einzige, was mich da durchgebracht hat, und ich habe Sie im ganzen Kollegium empfohlen.\n\nAber jetzt: {complaint}. Im Chat hieß es, man kümmere sich, seitdem Funkstille.\n\nIch erwarte diese Woche eine Lösung.\n\nMit freundlichen Grüßen",
        "Hallo Distendo-Team,\n\nkurz vorweg, damit Sie das einordnen können: ich bin Pflegerin im Schichtdienst und seit anderthalb Jahren Kundin, mit Plus, und habe eigentlich nur Gutes zu sagen über Ihre Leute.\n\nDeshalb ärgert es mich umso mehr: {complaint}. Das kann so nicht bleiben.\n\nBitte melden Sie sich schriftlich.\n\nGruß",
    ],
}
CASE_OPENED: T = {
    "fr": [
        "Bonjour, nous sommes désolés. Votre dossier {ref} est ouvert et traité en priorité, nous revenons vers vous sous 48 h. L'équipe Distendo"
    ],
    "de": [
        "Hallo, das tut uns leid. Ihr Vorgang {ref} ist angelegt und wird vorrangig bearbeitet, wir melden uns innerhalb von 48 Stunden. Ihr Distendo-Team"
    ],
    "en": [
        "Hi, we're sorry. Your case {ref} is open and prioritised; we'll come back to you within 48 hours. The Distendo team"
    ],
    "it": [
        "Buongiorno, ci dispiace. La pratica {ref} è aperta e in priorità, vi ricontattiamo entro 48 ore. Il team Distendo"
    ],
    "pt": [
        "Olá, lamentamos. O processo {ref} está aberto e com prioridade, respondemos em 48 horas. Equipa Distendo"
    ],
    "es": [
        "Hola, lo sentimos. Tu incidencia {ref} está abierta y con prioridad, te respondemos en 48 horas. Equipo Distendo"
    ],
}
GOOD_NEWS: T = {
    "fr": [
        "Bonne nouvelle concernant le dossier {ref} : c'est réglé de notre côté, le montant est reversé sur votre carte. Pouvez-vous nous confirmer que tout est en ordre ?"
    ],
    "de": [
        "Gute Nachricht zu Vorgang {ref}: bei uns ist alles erledigt, der Betrag geht zurück auf Ihre Karte. Können Sie bestätigen, dass alles passt?"
    ],
    "en": [
        "Good news on case {ref}: it's sorted on our side and the amount is going back to your card. Could you confirm all is well?"
    ],
    "it": [
        "Buone notizie sulla pratica {ref}: risolto, l'importo torna sulla carta. Può confermarci che è tutto a posto?"
    ],
    "pt": [
        "Boas notícias sobre o processo {ref}: está resolvido e o valor volta ao seu cartão. Pode confirmar que está tudo bem?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {ref}: resuelto, el importe vuelve a tu tarjeta. ¿Nos confirmas que está todo bien?"
    ],
}
CONFIRM: T = {
    "fr": [
        "Oui c'est bon pour le dossier {ref}, reçu ce matin. Merci",
        "Confirmé pour {ref}, tout est rentré dans l'ordre, merci à vous",
    ],
    "de": [
        "Ja, Vorgang {ref} passt, Geld ist heute da. Danke",
        "Bestätigt, {ref} ist erledigt. Vielen Dank",
    ],
    "en": ["Yes, {ref} is sorted, money arrived this morning. Thanks"],
    "it": ["Sì, pratica {ref} risolta, grazie"],
    "pt": ["Sim, processo {ref} resolvido, obrigada"],
    "es": ["Sí, la incidencia {ref} está resuelta, gracias"],
}
APOLOGY: T = {
    "fr": [
        "Désolée pour le ton d'hier, j'étais à bout. Merci d'avoir réagi aussi vite",
        "Je m'excuse pour mon message un peu sec hier, journée horrible. Merci pour votre aide",
    ],
    "de": [
        "Sorry für meinen Ton gestern, war echt am Ende. Danke, dass ihr so schnell reagiert habt",
        "Entschuldigung für die harsche Nachricht gestern. Danke für die Hilfe",
    ],
    "en": ["Sorry for the tone yesterday, I was fried. Thanks for sorting it so fast"],
    "it": ["Scusate il tono di ieri, ero esausta. Grazie per la rapidità"],
    "pt": ["Desculpem o tom de ontem, estava esgotada. Obrigada pela rapidez"],
    "es": ["Perdón por el tono de ayer, estaba a tope. Gracias por la rapidez"],
}
REPEAT_LATER: T = {
    "fr": [
        "Dossier {ref} : toujours rien. Je relance, c'est toujours pas réglé",
        "je reviens vers vous pour {ref}, RIEN n'a bougé depuis, c'est toujours ouvert",
    ],
    "de": [
        "Vorgang {ref}: immer noch nichts passiert. Ich melde mich nochmal, ist weiterhin offen",
        "nochmal wegen {ref}, es hat sich NICHTS getan, immer noch nicht gelöst",
    ],
    "en": ["Case {ref}: still nothing. Chasing again, it's still not sorted"],
    "it": ["Pratica {ref}: ancora niente, è sempre aperta"],
    "pt": ["Processo {ref}: continua tudo igual, ainda por resolver"],
    "es": ["Incidencia {ref}: sigue sin resolverse, vuelvo a escribir"],
}
THIRD: T = {
    "fr": [
        "Troisième fois que j'écris pour {ref}. Une amie passe par {comp} et chez eux ce genre de chose est réglé le jour même",
        "{ref}, troisième relance. J'ai regardé les tarifs de {comp} entre-temps",
    ],
    "de": [
        "Zum dritten Mal wegen {ref}. Eine Kollegin bucht bei {comp}, da wird sowas am selben Tag geklärt",
        "{ref}, dritte Nachricht. Ich hab mir inzwischen die Preise von {comp} angeschaut",
    ],
    "en": ["Third time writing about {ref}. A friend uses {comp} and they sort this the same day"],
    "it": ["Terza volta per la pratica {ref}. Un'amica usa {comp} e lì risolvono in giornata"],
    "pt": [
        "Terceira vez sobre o processo {ref}. Uma amiga usa a {comp} e lá resolvem no mesmo dia"
    ],
    "es": [
        "Tercera vez que escribo por {ref}. Una amiga usa {comp} y allí lo arreglan el mismo día"
    ],
}
FOURTH: T = {
    "fr": ["QUATRIÈME fois pour {ref}. Toujours pas réglé. Je n'en peux plus"],
    "de": ["Zum VIERTEN Mal: {ref} ist immer noch nicht gelöst. Jetzt reichts"],
    "en": ["FOURTH time about {ref}. Still not fixed"],
    "it": ["QUARTA volta per {ref}, ancora nulla"],
    "pt": ["QUARTA vez sobre {ref}, nada resolvido"],
    "es": ["CUARTA vez por {ref}, sigue igual"],
}
URGENT: T = {
    "fr": ["C'est ajouté à votre dossier {ref} et marqué urgent, désolés pour l'attente."],
    "de": [
        "Ist zu Ihrem Vorgang {ref} hinzugefügt und als dringend markiert, Entschuldigung für die Wartezeit."
    ],
    "en": ["Added to your case {ref} and marked urgent, sorry for the wait."],
    "it": ["Aggiunto alla pratica {ref} e segnato come urgente, scusi l'attesa."],
    "pt": ["Acrescentado ao processo {ref} e marcado como urgente, desculpe a espera."],
    "es": ["Añadido a tu incidencia {ref} y marcado como urgente, perdona la espera."],
}
QUALITY_LEAD: T = {
    "fr": [
        "Bonjour, votre dossier {ref} est désormais entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Hallo, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "en": [
        "Hi, your case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "it": [
        "Buongiorno, la pratica {ref} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno."
    ],
    "pt": [
        "Olá, o processo {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia."
    ],
    "es": [
        "Hola, tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}

SLIDE: list[T] = [
    {
        "fr": [
            "Thérapeute arrivée avec 40 min de retard hier, sans prévenir. Ça arrive mais bon",
            "Retard de 45 minutes sans un texto, c'est nouveau chez Distendo",
        ],
        "de": [
            "Masseurin kam gestern 40 Minuten zu spät, ohne Bescheid. Kann passieren, aber naja",
            "45 Minuten Verspätung ohne eine Nachricht, neu bei Distendo",
        ],
        "en": ["Therapist turned up 40 minutes late yesterday, no text. Happens, but still"],
        "it": ["Massaggiatrice arrivata con 40 minuti di ritardo senza avvisare"],
        "pt": ["A terapeuta chegou 40 minutos atrasada, sem avisar"],
        "es": ["La masajista llegó 40 minutos tarde sin avisar"],
    },
    {
        "fr": [
            "Séance de 60 min qui en a duré 45. Et les serviettes sentaient le renfermé",
            "massage écourté, 45 min montre en main, et on me compte 60",
        ],
        "de": [
            "60-Minuten-Massage, die 45 gedauert hat. Und die Handtücher rochen muffig",
            "Massage verkürzt, 45 Minuten auf die Uhr, berechnet werden 60",
        ],
        "en": ["60-minute session that lasted 45. Towels smelled musty too"],
        "it": ["Seduta da 60 minuti durata 45, e asciugamani che puzzavano"],
        "pt": ["Sessão de 60 minutos que durou 45"],
        "es": ["Sesión de 60 minutos que duró 45, y toallas con olor a humedad"],
    },
    {
        "fr": [
            "Maintenant l'appli exige une photo de la pièce avant chaque séance ?? On se croirait à un contrôle"
        ],
        "de": [
            "Jetzt will die App vor jedem Termin ein Foto vom Zimmer?? Fühlt sich an wie eine Kontrolle"
        ],
        "en": [
            "Now the app wants a photo of the room before every session?? Feels like an inspection"
        ],
        "it": ["Adesso l'app vuole una foto della stanza prima di ogni seduta??"],
        "pt": ["Agora a app exige uma foto da sala antes de cada sessão??"],
        "es": ["Ahora la app pide una foto de la habitación antes de cada sesión??"],
    },
    {
        "fr": [
            "Trois créneaux annulés par Distendo en deux semaines. Le Plus ne sert plus à rien",
            "encore annulé la veille au soir. 3e fois. je commence à regretter l'abonnement",
        ],
        "de": [
            "Drei Termine in zwei Wochen von Distendo abgesagt. Plus bringt gar nichts mehr",
            "wieder am Vorabend abgesagt. Zum dritten Mal. Langsam bereu ich das Abo",
        ],
        "en": ["Three slots cancelled by Distendo in two weeks. Plus is pointless now"],
        "it": ["Tre appuntamenti annullati da Distendo in due settimane"],
        "pt": ["Três marcações canceladas pela Distendo em duas semanas"],
        "es": ["Tres citas canceladas por Distendo en dos semanas"],
    },
    {
        "fr": [
            "Et maintenant des « frais de déplacement » de 12 € qui apparaissent d'un coup. Personne ne prévient. Vraiment déçue"
        ],
        "de": [
            "Und jetzt tauchen plötzlich 12 € 'Anfahrtspauschale' auf. Niemand sagt was. Echt enttäuscht"
        ],
        "en": [
            "And now a £10 'travel fee' out of nowhere. Nobody mentions it. Really disappointed"
        ],
        "it": ["E adesso spuntano 12 € di 'spese di trasferta'. Delusa"],
        "pt": ["E agora aparecem 12 € de 'deslocação'. Muito desiludida"],
        "es": ["Y ahora aparecen 12 € de 'desplazamiento' sin avisar. Muy decepcionada"],
    },
    {
        "fr": [
            "40 € facturés pour 'draps tachés d'huile' alors que c'est LEUR huile. Ma voisine passe par {comp}, j'ai réservé chez eux pour samedi",
            "Assez. Facturée pour des draps que je n'ai pas touchés. Mon frère est chez {comp}, j'y vais samedi",
        ],
        "de": [
            "40 € für 'ölverschmierte Laken' berechnet, es ist IHR Öl. Meine Nachbarin bucht bei {comp}, ich hab dort für Samstag gebucht",
            "Reicht. Laken berechnet, die ich nie angefasst hab. Mein Bruder ist bei {comp}, ich geh Samstag dahin",
        ],
        "en": [
            "Charged £34 for 'oil-stained sheets', it's THEIR oil. My neighbour uses {comp}, booked them for Saturday"
        ],
        "it": [
            "40 € per 'lenzuola macchiate d'olio', ed è il LORO olio. Mia cognata usa {comp}, prenotato lì sabato"
        ],
        "pt": [
            "40 € por 'lençóis manchados de óleo', e o óleo é DELES. A minha vizinha usa a {comp}, marquei lá para sábado"
        ],
        "es": [
            "40 € por 'sábanas manchadas de aceite', y el aceite es SUYO. Mi cuñada va con {comp}, he reservado allí el sábado"
        ],
    },
]
LEAVE: T = {
    "fr": [
        "Bonjour, j'ai acheté mon propre fauteuil massant avec ma prime et je déménage. Merci de résilier Distendo Plus et de fermer mon compte",
        "Je souhaite résilier mon abonnement Plus et clôturer mon compte, on part vivre à l'étranger. Merci pour tout",
    ],
    "de": [
        "Hallo, ich hab mir vom Bonus einen eigenen Massagesessel gekauft. Bitte Distendo Plus kündigen und Konto schließen",
        "Ich möchte Plus kündigen und mein Konto auflösen, wir ziehen ins Ausland. Danke für alles",
    ],
    "en": [
        "Hi, I've bought my own massage chair with my bonus. Please cancel Distendo Plus and close my account"
    ],
    "it": ["Buongiorno, vorrei disdire Distendo Plus e chiudere l'account, mi trasferisco"],
    "pt": ["Olá, quero cancelar o Distendo Plus e fechar a conta, vou mudar de país"],
    "es": ["Hola, quiero darme de baja de Distendo Plus y cerrar la cuenta, me mudo"],
}
SORRY_GO: T = {
    "fr": [
        "Désolés de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Mon compte."
    ],
    "de": [
        "Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website unter Mein Konto kündigen."
    ],
    "en": [
        "Sorry to see you go! You can cancel yourself in the app or on the website under My account."
    ],
    "it": [
        "Ci dispiace vederla andare! Può disdire da sola nell'app o sul sito, in Il mio account."
    ],
    "pt": ["Lamentamos vê-la partir! Pode cancelar na app ou no site, em A minha conta."],
    "es": ["¡Sentimos que te vayas! Puedes darte de baja en la app o en la web, en Mi cuenta."],
}
GRUMBLE: T = {
    "fr": [
        "L'appli me déconnecte à chaque fois, super pratique",
        "Rappel de rdv à 6h du matin, merci bien",
        "impossible de choisir un créneau après 20h, pour ceux qui bossent c'est top",
    ],
    "de": [
        "App loggt mich jedes Mal aus, echt praktisch",
        "Terminerinnerung um 6 Uhr früh, danke auch",
        "keine Termine nach 20 Uhr, für Berufstätige ideal",
    ],
    "en": ["App logs me out every single time", "Reminder text at 6am, thanks for that"],
    "it": ["L'app mi disconnette ogni volta"],
    "pt": ["A app desliga-me a sessão sempre"],
    "es": ["La app me cierra la sesión cada vez"],
}
SARCASM: T = {
    "fr": [
        "Génial, la thérapeute a garé sa voiture devant mon garage pendant 90 min, j'ai adoré rester enfermée dehors 👏"
    ],
    "de": ["Toll, die Masseurin hat 90 Minuten meine Einfahrt zugeparkt, hab's geliebt 👏"],
    "en": ["Love how the 'relaxing playlist' was adverts every 4 minutes. So zen 😂"],
    "it": ["Bellissimo, la playlist 'rilassante' con pubblicità ogni 4 minuti 😂"],
    "pt": ["Adorei a playlist 'relaxante' com anúncios de 4 em 4 minutos 😂"],
    "es": ["Me encanta la playlist 'relajante' con anuncios cada 4 minutos 😂"],
}
MILD: T = {
    "fr": [
        "la recherche de thérapeute affiche une autre ville que la mienne",
        "les notifications arrivent en néerlandais, je ne sais pas pourquoi",
    ],
    "de": [
        "die Suche zeigt Masseurinnen aus einer anderen Stadt an",
        "Benachrichtigungen kommen auf Englisch, obwohl alles auf Deutsch steht",
    ],
    "en": ["therapist search shows a different city from mine"],
    "it": ["la ricerca mostra un'altra città"],
    "pt": ["a pesquisa mostra outra cidade"],
    "es": ["la búsqueda muestra otra ciudad"],
}
MILD_ACK: T = {
    "fr": ["Merci pour le signalement, c'est transmis à l'équipe de l'appli."],
    "de": ["Danke für den Hinweis, ist an das App-Team weitergegeben."],
    "en": ["Thanks for flagging it, passed on to the app team."],
    "it": ["Grazie della segnalazione, passata al team dell'app."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
}

# Business arm: Distendo Work (chair-massage days in offices, on account).
B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "fr": [
            "Nos factures Distendo Work portent toujours l'ancienne raison sociale et aucun numéro de bon de commande. Notre compta les rejette toutes",
            "factures sans n° de commande et au mauvais nom de société, impossible de payer",
        ],
        "de": [
            "Unsere Distendo-Work-Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer. Die Buchhaltung weist alle zurück",
            "Rechnungen ohne Bestellnummer und mit falschem Firmennamen, so können wir nicht zahlen",
        ],
        "en": [
            "Our Distendo Work invoices still carry the old company name and no PO number. Accounts reject every one"
        ],
        "it": [
            "Le fatture Distendo Work hanno ancora la vecchia ragione sociale e nessun numero d'ordine"
        ],
        "pt": [
            "As faturas Distendo Work têm o nome antigo da empresa e nenhum número de encomenda"
        ],
        "es": [
            "Las facturas de Distendo Work llevan la razón social antigua y ningún número de pedido"
        ],
    },
    "service_blocked": {
        "fr": [
            "Votre thérapeute est repartie ce matin sans faire la journée prévue : 'compte bloqué pour impayé'. Tout est payé",
            "journée massage annulée sur place, 'compte suspendu', alors que la facture est réglée",
        ],
        "de": [
            "Die Masseurin ist heute früh wieder gefahren: 'Konto gesperrt wegen offener Posten'. Es ist alles bezahlt",
            "Massagetag vor Ort abgebrochen, 'Konto gesperrt', obwohl die Rechnung bezahlt ist",
        ],
        "en": [
            "Your therapists left this morning without doing the booked day: 'account on stop'. Everything is paid"
        ],
        "it": ["I massaggiatori sono ripartiti stamattina: 'conto bloccato'. È tutto pagato"],
        "pt": ["Os terapeutas foram embora esta manhã: 'conta bloqueada'. Está tudo pago"],
        "es": [
            "Los masajistas se fueron esta mañana sin hacer la jornada: 'cuenta bloqueada'. Está todo pagado"
        ],
    },
    "portal": {
        "fr": [
            "Le portail Distendo Work n'affiche plus aucune séance réservée, impossible d'annuler ou de modifier les journées, et ça tourne quand même",
            "portail vide depuis lundi, aucune journée visible, on ne peut rien annuler",
        ],
        "de": [
            "Das Distendo-Work-Portal zeigt keine gebuchten Tage mehr, wir können nichts ändern oder stornieren und es wird trotzdem berechnet",
            "Portal seit Montag leer, kein Termin sichtbar, Stornieren unmöglich",
        ],
        "en": [
            "The Distendo Work portal shows no booked days at all, we can't change or cancel anything and billing carries on"
        ],
        "it": [
            "Il portale Distendo Work non mostra nessuna giornata prenotata, impossibile annullare"
        ],
        "pt": [
            "O portal Distendo Work não mostra nenhuma sessão marcada, não conseguimos cancelar"
        ],
        "es": [
            "El portal de Distendo Work no muestra ninguna jornada reservada, no podemos cancelar nada"
        ],
    },
    "overbilled": {
        "fr": [
            "On nous facture chaque journée au tarif ponctuel au lieu du forfait mensuel du contrat, plus de 600 € d'écart",
            "tarif à la journée appliqué au lieu du forfait contrat, l'écart dépasse 600 €",
        ],
        "de": [
            "Jeder Tag wird zum Einzelpreis abgerechnet statt zur vertraglichen Monatspauschale, über 600 € Differenz",
            "Einzeltagespreis statt Vertragspauschale, Differenz über 600 €",
        ],
        "en": [
            "Every day is billed at the one-off rate instead of our contract's monthly rate, over £500 difference"
        ],
        "it": [
            "Ogni giornata fatturata a tariffa singola invece del forfait del contratto, oltre 600 € di differenza"
        ],
        "pt": [
            "Cada dia faturado ao preço avulso em vez da mensalidade do contrato, mais de 600 € de diferença"
        ],
        "es": [
            "Cada jornada se factura a tarifa suelta en vez de la cuota del contrato, más de 600 € de diferencia"
        ],
    },
}
B2B_LABEL = {
    "invoice": {
        "fr": "factures",
        "de": "Rechnungen",
        "en": "invoices",
        "it": "fatture",
        "pt": "faturas",
        "es": "facturas",
    },
    "service_blocked": {
        "fr": "compte bloqué",
        "de": "Konto gesperrt",
        "en": "account on stop",
        "it": "conto bloccato",
        "pt": "conta bloqueada",
        "es": "cuenta bloqueada",
    },
    "portal": {
        "fr": "portail",
        "de": "Portal",
        "en": "portal",
        "it": "portale",
        "pt": "portal",
        "es": "portal",
    },
    "overbilled": {
        "fr": "tarif contrat",
        "de": "Vertragspreis",
        "en": "contract rate",
        "it": "tariffa contratto",
        "pt": "preço do contrato",
        "es": "tarifa contrato",
    },
}
B2B_LATER: T = {
    "fr": [
        "Je me joins à {first}, qui vous a écrit {day} (dossier {ref}) : même problème chez nous, rien n'a changé. {complaint}"
    ],
    "de": [
        "Ich schließe mich {first} an, der/die Ihnen {day} geschrieben hat (Vorgang {ref}): bei uns dasselbe, nichts hat sich getan. {complaint}"
    ],
    "en": [
        "Following up on what {first} wrote {day} (case {ref}): same here, nothing has changed. {complaint}"
    ],
    "it": [
        "Mi unisco a {first}, che vi ha scritto {day} (pratica {ref}): stesso problema. {complaint}"
    ],
    "pt": [
        "Junto-me a {first}, que vos escreveu {day} (processo {ref}): o mesmo aqui. {complaint}"
    ],
    "es": [
        "Me sumo a {first}, que os escribió {day} (incidencia {ref}): aquí igual, nada ha cambiado. {complaint}"
    ],
}
B2B_LAST_EMAIL: T = {
    "fr": [
        "Dossier {ref} : toujours rien de réglé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé ses tarifs à {comp}."
    ],
    "de": [
        "Vorgang {ref}: immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} Preise angefragt."
    ],
    "en": [
        "Case {ref}: still nothing fixed, several colleagues have written. Procurement has already asked {comp} for their rates."
    ],
    "it": [
        "Pratica {ref}: ancora nulla, vi hanno scritto diversi colleghi. Gli acquisti hanno già chiesto i prezzi a {comp}."
    ],
    "pt": [
        "Processo {ref}: nada resolvido, vários colegas escreveram. As compras já pediram preços à {comp}."
    ],
    "es": [
        "Incidencia {ref}: sigue sin resolverse, os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}."
    ],
}
B2B_LAST_CALL: T = {
    "fr": [
        "oui bonjour c'est pour le dossier {ref} toujours pas réglé plusieurs collègues vous ont écrit mon chef dit qu'on change de prestataire si c'est pas réglé cette semaine"
    ],
    "de": [
        "ja guten Tag es geht um Vorgang {ref} immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht läuft"
    ],
    "en": [
        "hi it's about case {ref} still not sorted several colleagues have written my boss says we move the account if it isn't fixed this week"
    ],
    "it": [
        "buongiorno per la pratica {ref} ancora niente diversi colleghi vi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "bom dia é sobre o processo {ref} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "es": [
        "hola es por la incidencia {ref} sigue sin arreglar varios compañeros os han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_ACK: T = {
    "fr": [
        "Bonjour, merci pour votre message. Dossier {ref} ouvert, notre service comptes entreprises s'en occupe."
    ],
    "de": [
        "Guten Tag, danke für Ihre Nachricht. Vorgang {ref} ist angelegt, unser Firmenkundenservice kümmert sich."
    ],
    "en": [
        "Hello, thanks for your message. Case {ref} is open and our business accounts team is on it."
    ],
    "it": ["Buongiorno, grazie. Pratica {ref} aperta, se ne occupa il servizio clienti aziende."],
    "pt": ["Bom dia, obrigado. Processo {ref} aberto, a equipa de empresas está a tratar."],
    "es": ["Hola, gracias por escribir. Incidencia {ref} abierta, la lleva el equipo de empresas."],
}
B2B_SUGGEST: T = {
    "fr": [
        "Suggestion : pourriez-vous indiquer le code projet de chaque service sur l'export des séances ?",
        "Ce serait pratique d'avoir le nom du thérapeute sur le récapitulatif de la journée",
    ],
    "de": [
        "Vorschlag: könnten Sie die Kostenstelle pro Standort im Export der Termine mit ausgeben?",
        "Praktisch wäre der Name der Masseurin auf der Tagesübersicht",
    ],
    "en": ["Suggestion: could the session export include our cost-centre code per site?"],
    "it": ["Suggerimento: sarebbe utile il centro di costo nell'export delle sedute"],
    "pt": ["Sugestão: seria útil ter o centro de custo na exportação das sessões"],
    "es": ["Sugerencia: estaría bien tener el centro de coste en la exportación de sesiones"],
}
B2B_QUESTION: T = {
    "fr": [
        "Bonjour, peut-on ajouter un deuxième thérapeute sur la journée du 15 ?",
        "Est-ce qu'il faut une salle fermée ou un coin de l'open space suffit ?",
    ],
    "de": [
        "Hallo, können wir für den Tag am 15. eine zweite Masseurin dazubuchen?",
        "Reicht eine Ecke im Großraumbüro oder braucht es einen eigenen Raum?",
    ],
    "en": ["Hi, can we add a second therapist to next Thursday's day?"],
    "it": ["Buongiorno, possiamo aggiungere un secondo massaggiatore per giovedì?"],
    "pt": ["Bom dia, podemos juntar um segundo terapeuta na quinta?"],
    "es": ["Hola, ¿podemos añadir un segundo masajista el jueves?"],
}
B2B_ANSWER: T = {
    "fr": ["Bonjour, oui c'est possible, c'est ajouté à votre réservation dans le portail."],
    "de": ["Hallo, ja, das geht, wir haben es in Ihrer Buchung im Portal ergänzt."],
    "en": ["Hi, yes, that's added to your booking in the portal."],
    "it": ["Buongiorno, sì, aggiunto alla prenotazione nel portale."],
    "pt": ["Bom dia, sim, acrescentado à marcação no portal."],
    "es": ["Hola, sí, añadido a tu reserva en el portal."],
}
B2B_PRAISE: T = {
    "fr": [
        "Journée massage Distendo Work au bureau hier, l'équipe est revenue transformée. On renouvelle",
        "Les thérapeutes Distendo Work étaient au top, installation discrète, planning respecté",
    ],
    "de": [
        "Massagetag von Distendo Work im Büro, das Team war begeistert. Wird wiederholt",
        "Sehr professionell, pünktlich und diskret aufgebaut. Danke Distendo Work",
    ],
    "en": ["Distendo Work chair-massage day in the office, the team loved it. Booking again"],
    "it": ["Giornata massaggi Distendo Work in ufficio, tutti entusiasti"],
    "pt": ["Dia de massagens Distendo Work no escritório, equipa encantada"],
    "es": ["Jornada de masajes de Distendo Work en la oficina, el equipo encantado"],
}
WEEKDAY = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
}

# The spike (topic_spike only; described in the truth and the README).
SPIKE_REPORT: T = {
    "fr": [
        "J'avais demandé une thérapeute femme et l'appli vient de m'assigner un homme, avec le message « préférence non appliquée (PRF-952) ». Impossible de changer",
        "réservation de samedi : l'appli a inversé ma préférence, homme au lieu de femme, erreur PRF-952 quand je veux corriger",
        "Bizarre, toutes mes préférences de thérapeute sont inversées dans l'appli ce matin et je ne peux rien modifier",
    ],
    "de": [
        "Ich hatte ausdrücklich eine Masseurin gewählt, die App hat mir gerade einen Masseur zugeteilt, 'Präferenz nicht übernommen (PRF-952)'. Ändern geht nicht",
        "heute früh: App dreht meine Wunsch-Einstellung um, Mann statt Frau, Fehler PRF-952 beim Korrigieren",
        "Alle meine Buchungen für heute zeigen plötzlich das andere Geschlecht als gewünscht. Was ist da los?",
    ],
    "en": [
        "Asked for a female therapist, app has just given me a male one and says 'preference not applied (PRF-952)'. Can't change it",
        "my therapist preference got flipped this morning, error PRF-952 when I try to fix it",
    ],
    "it": [
        "Avevo chiesto una massaggiatrice e l'app mi ha assegnato un uomo, 'preferenza non applicata (PRF-952)'",
        "l'app stamattina ha invertito la mia preferenza di terapeuta e non si può correggere",
    ],
    "pt": [
        "Pedi uma terapeuta e a app atribuiu-me um homem, 'preferência não aplicada (PRF-952)'",
        "a app trocou a minha preferência de terapeuta esta manhã, dá erro ao corrigir",
    ],
    "es": [
        "Pedí masajista mujer y la app me asigna un hombre, 'preferencia no aplicada (PRF-952)'",
        "la app me ha cambiado la preferencia de masajista esta mañana y no deja corregirla",
    ],
}
SPIKE_REPEAT: T = {
    "fr": ["Toujours PRF-952, même sur le téléphone de mon mari. La séance est dans une heure"],
    "de": ["Immer noch PRF-952, auch am Handy meines Mannes. Termin ist in einer Stunde"],
    "en": ["Still PRF-952, tried on my partner's phone too. Session's in an hour"],
    "it": ["Ancora PRF-952, anche dal telefono di mio marito"],
    "pt": ["Ainda PRF-952, também no telemóvel do meu marido"],
    "es": ["Sigue el PRF-952, también en el móvil de mi marido"],
}
SPIKE_CHAT_ANSWER: T = {
    "fr": [
        "Oui, les préférences de thérapeute sont mal appliquées pour toutes les réservations en ce moment, nos ingénieurs sont dessus."
    ],
    "de": [
        "Ja, die Therapeuten-Präferenzen werden gerade bei allen Buchungen falsch übernommen, unsere Technik ist dran."
    ],
    "en": [
        "Yes, therapist preferences are being applied wrongly on every booking right now, our engineers are on it."
    ],
    "it": [
        "Sì, le preferenze vengono applicate male su tutte le prenotazioni, i nostri tecnici ci stanno lavorando."
    ],
    "pt": [
        "Sim, as preferências estão a ser mal aplicadas em todas as marcações, os engenheiros estão a tratar."
    ],
    "es": [
        "Sí, las preferencias se están aplicando mal en todas las reservas ahora mismo, nuestros técnicos están en ello."
    ],
}
SPIKE_FIXED: T = {
    "fr": [
        "Les préférences de thérapeute fonctionnent de nouveau depuis {time}. Votre séance d'aujourd'hui est offerte, 15 € de crédit ajoutés."
    ],
    "de": [
        "Die Therapeuten-Präferenzen funktionieren wieder seit {time}. Ihre heutige Massage geht auf uns, 15 € Guthaben hinzugefügt."
    ],
    "en": [
        "Therapist preferences work again since {time}. Today's session is on us, credit added."
    ],
    "it": [
        "Le preferenze funzionano di nuovo dalle {time}. La seduta di oggi è offerta, 15 € di credito."
    ],
    "pt": [
        "As preferências voltaram a funcionar desde as {time}. A sessão de hoje é oferta, 15 € de crédito."
    ],
    "es": [
        "Las preferencias funcionan de nuevo desde las {time}. La sesión de hoy corre de nuestra cuenta, 15 € de crédito."
    ],
}
LONE_Q: T = {
    "de": [
        "Gestern Abend stand in der App bei meiner Präferenz kurz 'wird geladen', dann war alles normal. Bleibt die Wunsch-Masseurin für morgen gespeichert?"
    ],
    "fr": [
        "Hier soir ma préférence de thérapeute affichait 'chargement' un moment puis c'est revenu. C'est bien enregistré pour demain ?"
    ],
}
LONE_A: T = {
    "de": ["Hallo, ja, das war nur die Anzeige beim Laden, Ihre Präferenz ist gespeichert."],
    "fr": [
        "Bonjour, oui, c'était juste l'affichage au chargement, votre préférence est bien enregistrée."
    ],
}
CALM_GRUMBLE: T = {
    "fr": ["la carte des thérapeutes met une éternité à charger ce matin"],
    "de": ["die Karte mit den Masseurinnen lädt heute ewig"],
}
