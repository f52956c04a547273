"""Wording of heldout221 (Cavallora: riding lessons and trail rides). Written blind.

Every table has every language (fr, it, en, de, pt, es). Placeholders: {b} brand,
{club} membership, {case} case reference, {comp} competitor, {n} a colleague's
first name, {day} a weekday, {code} the incident's error code.
"""

# ruff: noqa: E501

from __future__ import annotations

BRAND = "Cavallora"
CLUB = "Cavallora Club"
PRO = "Cavallora Pro"
COMPETITORS = ("Equivo", "Sellarix")

T = dict[str, list[str]]

FIRST: T = {
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Léa",
        "Nicolas",
        "Chloé",
        "Antoine",
        "Inès",
        "Mathieu",
        "Sophie",
        "Hugo",
        "Élodie",
        "Benoît",
        "Aurélie",
        "Pierre",
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
        "Elena",
        "Andrea",
        "Federica",
        "Simone",
        "Martina",
        "Paolo",
        "Alessia",
        "Stefano",
    ],
    "en": [
        "Emma",
        "James",
        "Olivia",
        "Connor",
        "Sophie",
        "Liam",
        "Grace",
        "Oliver",
        "Niamh",
        "Harry",
    ],
    "de": [
        "Anna",
        "Lukas",
        "Lea",
        "Jonas",
        "Hannah",
        "Felix",
        "Laura",
        "Tobias",
        "Julia",
        "Stefan",
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
        "Miguel",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Pablo",
        "Marta",
        "Diego",
        "Elena",
        "Sergio",
        "Irene",
        "Álvaro",
    ],
}
LAST: T = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fournier",
        "Roux",
        "Bonnet",
        "Mercier",
        "Faure",
        "Lambert",
        "Rousseau",
        "Garnier",
        "Chevalier",
        "Perrin",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Mancini",
        "Lombardi",
        "Moretti",
    ],
    "en": [
        "Smith",
        "Murphy",
        "Walsh",
        "Taylor",
        "Byrne",
        "Evans",
        "Kelly",
        "Hughes",
        "Ryan",
        "Clarke",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Becker",
        "Hoffmann",
        "Wagner",
        "Schäfer",
        "Koch",
        "Weber",
        "Krüger",
        "Braun",
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
        "Gomes",
    ],
    "es": [
        "García",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Navarro",
    ],
}
MARKETS: T = {
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "it": ["IT", "IT", "IT", "IT", "CH"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE = {
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "79", 7),
    "LU": ("+352", "621", 6),
    "IT": ("+39", "34", 8),
    "UK": ("+44", "77", 8),
    "IE": ("+353", "87", 7),
    "DE": ("+49", "151", 8),
    "AT": ("+43", "664", 7),
    "PT": ("+351", "91", 7),
    "ES": ("+34", "6", 8),
}
MAILS = ("mail.example", "post.example", "inbox.example", "webmail.example")

PRODUCTS = [
    ("Group lesson 60 min / Cours collectif 60 min", "32.00"),
    ("Private lesson 45 min / Cours particulier 45 min", "55.00"),
    ("Trail ride 2 h / Balade 2 h", "64.00"),
    ("Pony ride 30 min / Baptême poney 30 min", "18.00"),
    ("10-lesson card / Carte 10 cours", "290.00"),
    ("Sunset ride 90 min / Balade coucher de soleil 90 min", "58.00"),
]
PAGES = ["/lessons", "/rides", "/yards", "/club", "/cards", "/timetable", "/horses", "/account"]

PRAISE: T = {
    "fr": [
        "Première balade en forêt avec {b} ce matin, le cheval était adorable et le moniteur super patient. Merci !",
        "Mon fils sort du cours collectif avec un sourire jusqu'aux oreilles. Bravo à l'équipe de {b} 🐴",
        "Réservé à 7h, à cheval à 10h. L'appli {b} fait exactement ce qu'on lui demande, c'est rare.",
    ],
    "it": [
        "Passeggiata sulle colline oggi con {b}, cavalli tranquilli e guida bravissima. Consigliato!",
        "Mia figlia ha fatto il battesimo pony ed è tornata a casa felicissima, grazie {b} 🐎",
        "Prenotato dall'app in due minuti, istruttrice preparatissima. {b} non delude mai.",
    ],
    "en": [
        "First trail ride with {b} today, lovely calm horse and a guide who knew every tree. Brilliant.",
        "Kids did the pony ride at {b} this morning and haven't stopped talking about it 🐴",
    ],
    "de": [
        "Heute der erste Ausritt mit {b}, ruhiges Pferd, tolle Reitlehrerin. Sehr zu empfehlen!",
        "Meine Tochter kommt strahlend aus der Reitstunde. Danke an das Team von {b} 🐴",
    ],
    "pt": [
        "Primeiro passeio a cavalo com a {b}, cavalo calmíssimo e guia impecável. Adorei!",
        "A minha filha fez o batismo de pónei na {b} e ainda não parou de falar nisso 🐴",
    ],
    "es": [
        "Primera ruta a caballo con {b} hoy, caballo tranquilo y guía majísima. ¡Repetiremos!",
        "Mi hijo ha salido de la clase con una sonrisa enorme. Gracias, {b} 🐴",
    ],
}
AGAIN: T = {
    "fr": [
        "Troisième balade ce mois-ci avec {b} et toujours le même plaisir, Caramel me reconnaît maintenant",
        "Encore un super cours ce matin, la monitrice a encore trouvé le truc pour mon trot enlevé",
    ],
    "it": [
        "Terza lezione questo mese e ancora una volta perfetta, il mio cavallo ormai mi conosce",
        "Di nuovo una passeggiata splendida con {b}, sempre puntuali",
    ],
    "en": ["Third ride this month and still the best part of my week. Same lovely guide again"],
    "de": ["Schon wieder ein toller Ausritt, dritte Stunde diesen Monat und immer noch begeistert"],
    "pt": [
        "Terceira aula este mês e continua a ser o melhor da semana, outra vez com o mesmo instrutor"
    ],
    "es": ["Tercera clase este mes y otra vez genial, el caballo ya me conoce jaja"],
}
PRAISE_GRIPE: T = {
    "fr": [
        "Très contente du cours, juste les vestiaires qui sont un peu froids le matin. Sinon parfait",
        "Super balade, seul bémol le parking boueux. On revient quand même !",
    ],
    "it": [
        "Lezione bellissima, solo il bar della scuderia chiude troppo presto. Per il resto top",
        "Tutto perfetto tranne i caschi a noleggio un po' consumati. Torneremo comunque",
    ],
    "en": ["Great lesson, only gripe is the app's timetable takes ages to load. Otherwise spot on"],
    "de": ["Super Stunde, nur die Umkleide ist im Winter eiskalt. Sonst alles bestens"],
    "pt": ["Aula ótima, só o estacionamento é que é um lamaçal. De resto impecável"],
    "es": ["Clase genial, solo que el vestuario estaba helado. Por lo demás perfecto"],
}
QUESTION: T = {
    "fr": [
        "Bonjour, est-ce qu'on peut venir en baskets pour un baptême poney ou il faut des bottes ?",
        "bjr, la carte 10 cours est valable dans tous les centres ?",
        "Bonjour, à partir de quel âge les enfants peuvent faire la balade de 2h ?",
    ],
    "it": [
        "Ciao, il casco lo prestate voi o devo portarlo?",
        "Buongiorno, con il {club} posso prenotare anche le passeggiate al tramonto?",
        "Salve, si può spostare una lezione fino a quante ore prima?",
    ],
    "en": [
        "Hi, is there a weight limit for the trail rides?",
        "Hello, can I gift a pony ride to my niece?",
    ],
    "de": [
        "Hallo, gibt es Leihhelme oder muss ich einen mitbringen?",
        "Hi, kann man die 10er-Karte teilen?",
    ],
    "pt": [
        "Olá, o capacete está incluído ou tenho de levar?",
        "Boa tarde, a partir de que idade há aulas?",
    ],
    "es": ["Hola, ¿el casco lo dejáis vosotros?", "Buenas, ¿se puede regalar un paseo en poni?"],
}
ANSWER: T = {
    "fr": [
        "Bonjour, des chaussures fermées suffisent, les casques sont prêtés sur place. Bonne séance !",
        "Bonjour, oui, valable dans tous nos centres pendant 12 mois.",
        "Bonjour, la balade de 2h est ouverte dès 12 ans, avant il y a la balade poney d'une heure.",
    ],
    "it": [
        "Buongiorno, sì: il casco lo prestiamo noi, servono solo scarpe chiuse. Buona lezione!",
        "Buongiorno, sì, con il Club le passeggiate al tramonto hanno il 15% di sconto.",
        "Certo, fino a 24 ore prima dall'app senza costi.",
    ],
    "en": [
        "Hi, the limit is 95 kg for trail rides, and helmets are lent at the yard. Enjoy!",
        "Hi, yes, gift vouchers are under Gifts in the app, any amount.",
    ],
    "de": [
        "Hallo, ja: Helme leihen wir vor Ort, feste Schuhe reichen. Viel Spaß!",
        "Hallo, ja, die 10er-Karte gilt für die ganze Familie.",
    ],
    "pt": [
        "Olá, sim: emprestamos o capacete no centro, basta calçado fechado. Boa aula!",
        "Olá, há aulas a partir dos 6 anos, com pónei.",
    ],
    "es": [
        "Hola, sí: el casco lo prestamos en el centro, solo hace falta calzado cerrado. ¡Que lo disfrutes!",
        "Hola, sí, hay tarjetas regalo en la app, del importe que quieras.",
    ],
}
THANKS: T = {
    "fr": ["Merci beaucoup !", "top merci 👍", "parfait, mercii"],
    "it": ["Grazie mille!", "grz 👍", "perfetto, grazie!!"],
    "en": ["cheers, legend", "Thanks a lot!"],
    "de": ["Danke, super!", "merci 👍"],
    "pt": ["Obrigada!", "valeu 👍"],
    "es": ["¡Gracias!", "mil gracias crack 👍"],
}
CALL_Q: T = {
    "fr": [
        "oui bonjour je voulais savoir si on peut réserver une balade pour six personnes samedi prochain",
        "bonjour c'est pour savoir si le cours de ce soir est maintenu avec la pluie",
    ],
    "it": [
        "sì buongiorno volevo sapere se posso regalare la carta dieci lezioni a mia moglie",
        "buongiorno chiamo per sapere se la passeggiata di domenica si fa anche con la pioggia",
    ],
    "en": ["hi yeah just wondering if the pony ride on saturday is still on with the weather"],
    "de": ["ja hallo ich wollte fragen ob man den ausritt am samstag für vier leute buchen kann"],
    "pt": ["olá bom dia queria saber se posso marcar um passeio para quatro pessoas no sábado"],
    "es": ["hola buenas quería saber si la ruta del sábado se hace aunque llueva"],
}
CALL_FOLLOW: T = {
    "fr": [
        "Bonjour, suite à votre appel : c'est noté, tout est confirmé dans l'appli. Bonne journée, l'équipe {b}"
    ],
    "it": ["Buongiorno, come da telefonata: tutto confermato nell'app. A presto, il team {b}"],
    "en": ["Hi, following your call: all confirmed in the app. See you soon, the {b} team"],
    "de": ["Hallo, wie am Telefon besprochen: alles in der App bestätigt. Bis bald, Ihr {b}-Team"],
    "pt": ["Olá, na sequência da sua chamada: está tudo confirmado na app. Até breve, equipa {b}"],
    "es": ["Hola, tras tu llamada: todo confirmado en la app. Hasta pronto, el equipo de {b}"],
}
REVIEW: T = {
    "fr": [
        "Centre propre, chevaux bien soignés, moniteurs pédagogues. 5 étoiles méritées.",
        "Balade magnifique, organisation nickel.",
    ],
    "it": [
        "Scuderia pulitissima, cavalli curati, istruttori pazienti. Cinque stelle.",
        "Organizzazione perfetta dall'app alla sella.",
    ],
    "en": ["Well kept horses, patient instructors, easy booking. Five stars."],
    "de": ["Gepflegte Pferde, geduldige Trainer, Buchung per App kinderleicht."],
    "pt": ["Cavalos bem tratados, instrutores pacientes, reserva facílima."],
    "es": ["Caballos cuidados, monitores pacientes y reservar es facilísimo."],
}
SURVEY_WORD: T = {
    "fr": ["Top", "", "😊", "rien à redire"],
    "it": ["Ottimo", "", "👍", "tutto perfetto"],
    "en": ["Great", "", "👍"],
    "de": ["Super", "", "👍"],
    "pt": ["Excelente", "", "👍"],
    "es": ["Genial", "", "👍"],
}
NIGHT_POST: T = {
    "fr": [
        "2h du mat, insomnie, je regarde des vidéos de dressage et je réserve ma prochaine balade {b} 😅",
        "garde de nuit à l'hôpital, je pense déjà à ma balade de samedi avec {b}",
    ],
    "it": [
        "Le 3 di notte e sto guardando video di salto ostacoli, sabato lezione con {b} non vedo l'ora",
        "turno di notte finito, prenotata la passeggiata al tramonto con {b} 🐴",
    ],
    "en": ["can't sleep so I've booked a sunset ride with {b} for my mum's birthday 🐴"],
    "de": ["Nachtschicht an der Tankstelle und ich denke nur an den Ausritt am Sonntag mit {b}"],
    "pt": ["3 da manhã sem sono, já marquei o passeio de sábado na {b} 😅"],
    "es": ["Las 2 de la mañana y aquí reservando la ruta del domingo con {b} 😅"],
}
NIGHT_CHAT: T = {
    "fr": ["Bonsoir, si je réserve maintenant pour demain 9h c'est encore possible ?"],
    "it": ["Buonasera, se prenoto adesso per domattina alle 9 faccio in tempo?"],
    "en": ["hi, late one sorry, can I still book for 9am tomorrow?"],
    "de": ["Hallo, kann ich jetzt noch für morgen 9 Uhr buchen?"],
    "pt": ["Boa noite, ainda dá para marcar para amanhã às 9h?"],
    "es": ["Hola, ¿aún puedo reservar para mañana a las 9?"],
}
NIGHT_ANSWER: T = {
    "fr": ["Bonsoir, oui, réservation possible jusqu'à 2h avant le créneau. Bonne nuit !"],
    "it": ["Buonasera, sì, si prenota fino a 2 ore prima. Buonanotte!"],
    "en": ["Hi, yes, bookings are open until 2 hours before the slot. Night!"],
    "de": ["Hallo, ja, buchbar bis 2 Stunden vorher. Gute Nacht!"],
    "pt": ["Boa noite, sim, dá até 2 horas antes. Boa noite!"],
    "es": ["Hola, sí, hasta 2 horas antes. ¡Buenas noches!"],
}

PROBLEMS = ("no_show", "double_charge", "unsafe_horse", "refund", "wrong_price", "cancel_fee")
PROBLEM_TOPIC: dict[str, str] = {
    "no_show": "booked lesson, nobody at the yard",
    "double_charge": "club fee taken twice",
    "unsafe_horse": "beginner put on a nervous horse",
    "refund": "cancelled lesson card not refunded",
    "wrong_price": "club member charged the full rate",
    "cancel_fee": "late-cancellation fee for a cancellation days ahead",
}
COMPLAINT: dict[str, T] = {
    "no_show": {
        "fr": [
            "Cours réservé et payé pour 9h, on arrive : portail FERMÉ, personne au téléphone. 40 minutes de route pour rien.",
            "Personne au centre ce matin alors que l'appli disait cours confirmé. Ma fille en pleurs. INADMISSIBLE.",
        ],
        "it": [
            "Lezione prenotata e pagata alle 9, arriviamo e il cancello è CHIUSO, nessuno risponde. 40 minuti di macchina per niente.",
            "Nessuno in scuderia stamattina e l'app diceva confermato. Mia figlia in lacrime.",
        ],
        "en": [
            "Booked and paid for 9am, turned up to a LOCKED gate and nobody answering the phone. 40 minutes' drive for nothing."
        ],
        "de": [
            "Stunde um 9 gebucht und bezahlt, wir kommen an: Tor ZU, niemand geht ans Telefon. 40 Minuten Fahrt umsonst."
        ],
        "pt": [
            "Aula marcada e paga para as 9h, chegámos e o portão estava FECHADO, ninguém atende. 40 minutos de carro para nada."
        ],
        "es": [
            "Clase reservada y pagada a las 9, llegamos y la verja CERRADA, nadie coge el teléfono. 40 minutos de coche para nada."
        ],
    },
    "double_charge": {
        "fr": [
            "Vous m'avez prélevé DEUX fois l'abonnement {club} ce mois-ci, 49 € x2. Remboursez-moi.",
            "Double prélèvement du {club} sur mon compte, mon loyer est passé en rejet à cause de vous.",
        ],
        "it": [
            "Mi avete addebitato DUE volte il {club} questo mese, 49 € x2. Rimborsatemi.",
            "Doppio addebito del {club}, mi è tornato indietro l'affitto per colpa vostra.",
        ],
        "en": ["You've taken the {club} fee TWICE this month, £42 twice. I want it back."],
        "de": ["Sie haben den {club}-Beitrag ZWEIMAL abgebucht, 2x 49 €. Ich will das zurück."],
        "pt": ["Cobraram-me o {club} DUAS vezes este mês, 49 € x2. Quero o dinheiro de volta."],
        "es": ["Me habéis cobrado el {club} DOS veces este mes, 49 € x2. Devolvédmelo."],
    },
    "unsafe_horse": {
        "fr": [
            "Débutante, j'avais bien coché premier cours, et on me met sur un cheval qui se cabre dès qu'un vélo passe. J'ai eu très peur. C'est dangereux.",
            "Mon fils de 9 ans sur un cheval nerveux sans longe, il est tombé. Heureusement rien de cassé mais franchement.",
        ],
        "it": [
            "Prima lezione, l'avevo scritto chiaramente, e mi date un cavallo che si impenna per ogni bici. Ho avuto una paura tremenda. Pericoloso.",
            "Mio figlio di 9 anni su un cavallo nervoso senza longia, è caduto. Niente di rotto per fortuna ma insomma.",
        ],
        "en": [
            "Complete beginner, ticked first lesson, and you put me on a horse that rears at every bike. Genuinely scary. Dangerous."
        ],
        "de": [
            "Absolute Anfängerin, extra angegeben, und ich bekomme ein Pferd, das bei jedem Fahrrad steigt. Ich hatte richtig Angst."
        ],
        "pt": [
            "Principiante, marquei primeira aula, e deram-me um cavalo que empina a cada bicicleta. Apanhei um susto enorme. Perigoso."
        ],
        "es": [
            "Principiante, lo marqué bien, y me ponéis en un caballo que se encabrita con cada bici. Pasé muchísimo miedo. Peligroso."
        ],
    },
    "refund": {
        "fr": [
            "Cours annulés par VOUS il y a trois semaines et toujours pas remboursée de ma carte 10 cours. 290 €, c'est pas rien.",
            "Trois semaines que j'attends le remboursement des cours que vous avez annulés.",
        ],
        "it": [
            "Lezioni annullate da VOI tre settimane fa e ancora nessun rimborso della carta 10 lezioni. 290 € non sono pochi.",
            "Tre settimane che aspetto il rimborso delle lezioni che avete cancellato voi.",
        ],
        "en": [
            "YOU cancelled the lessons three weeks ago and I still haven't had the 10-lesson card refunded. £250 isn't nothing."
        ],
        "de": [
            "SIE haben die Stunden vor drei Wochen abgesagt und die 10er-Karte ist immer noch nicht erstattet. 290 €!"
        ],
        "pt": [
            "Foram VOCÊS que cancelaram as aulas há três semanas e ainda não devolveram os 290 € do cartão de 10 aulas."
        ],
        "es": [
            "Cancelasteis VOSOTROS las clases hace tres semanas y sigo sin el reembolso del bono de 10 clases. 290 €."
        ],
    },
    "wrong_price": {
        "fr": [
            "Je suis membre {club} depuis un an et on me facture le tarif plein sur les trois derniers cours. Ça sert à quoi l'abonnement ?"
        ],
        "it": [
            "Sono socia {club} da un anno e mi fate pagare la tariffa piena sulle ultime tre lezioni. A cosa serve l'abbonamento?",
            "Tariffa non soci applicata anche se ho il {club} attivo, controllate.",
        ],
        "en": [
            "{club} member for a year and I've been charged the full rate for the last three lessons. What's the membership for?"
        ],
        "de": [
            "Seit einem Jahr im {club} und trotzdem den vollen Preis für die letzten drei Stunden. Wozu die Mitgliedschaft?"
        ],
        "pt": [
            "Sou sócia do {club} há um ano e cobraram-me o preço cheio nas últimas três aulas. Para que serve?"
        ],
        "es": [
            "Soy socia del {club} desde hace un año y me cobráis tarifa completa en las tres últimas clases. ¿Para qué pago?"
        ],
    },
    "cancel_fee": {
        "fr": [
            "Annulé QUATRE jours avant et vous me prenez 25 € de frais d'annulation tardive. Vous vous moquez de qui ?"
        ],
        "it": [
            "Annullato QUATTRO giorni prima e mi prendete 25 € di penale per annullamento tardivo. Ma scherziamo?",
            "Penale di annullamento tardivo su una lezione disdetta con quattro giorni di anticipo. Non è corretto.",
        ],
        "en": [
            "Cancelled FOUR days ahead and you've charged me a £22 late-cancellation fee. Are you joking?"
        ],
        "de": [
            "VIER Tage vorher storniert und Sie verlangen 25 € Gebühr für späte Stornierung. Geht's noch?"
        ],
        "pt": [
            "Cancelei com QUATRO dias de antecedência e cobraram 25 € de cancelamento tardio. Estão a brincar?"
        ],
        "es": [
            "Cancelé con CUATRO días de antelación y me cobráis 25 € por cancelación tardía. ¿En serio?"
        ],
    },
}
CALL_COMPLAINT: T = {
    "fr": [
        "oui bonjour je vous appelle parce que {topic} et là franchement j'en ai assez je veux une solution aujourd'hui"
    ],
    "it": [
        "sì buongiorno chiamo perché {topic} e sinceramente sono stufa voglio una soluzione oggi"
    ],
    "en": [
        "yeah hi I'm calling because {topic} and honestly I've had enough I want this sorted today"
    ],
    "de": [
        "ja hallo ich rufe an weil {topic} und ehrlich gesagt reicht es mir ich will heute eine lösung"
    ],
    "pt": [
        "sim bom dia estou a ligar porque {topic} e sinceramente estou farta quero isto resolvido hoje"
    ],
    "es": ["sí hola llamo porque {topic} y la verdad estoy harta quiero una solución hoy"],
}
CALL_TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "le cours était réservé et il y avait personne au centre",
        "it": "la lezione era prenotata e non c'era nessuno in scuderia",
        "en": "the lesson was booked and there was nobody at the yard",
        "de": "die stunde gebucht war und niemand im stall war",
        "pt": "a aula estava marcada e não estava ninguém no centro",
        "es": "la clase estaba reservada y no había nadie en el centro",
    },
    "double_charge": {
        "fr": "vous avez prélevé l'abonnement deux fois",
        "it": "mi avete addebitato l'abbonamento due volte",
        "en": "you've taken the membership twice",
        "de": "sie den beitrag zweimal abgebucht haben",
        "pt": "cobraram a mensalidade duas vezes",
        "es": "me habéis cobrado la cuota dos veces",
    },
    "unsafe_horse": {
        "fr": "on a mis mon fils débutant sur un cheval nerveux et il est tombé",
        "it": "avete messo mio figlio principiante su un cavallo nervoso ed è caduto",
        "en": "you put my beginner son on a nervy horse and he fell off",
        "de": "mein sohn als anfänger auf ein nervöses pferd gesetzt wurde und runtergefallen ist",
        "pt": "puseram o meu filho principiante num cavalo nervoso e ele caiu",
        "es": "pusisteis a mi hijo principiante en un caballo nervioso y se cayó",
    },
    "refund": {
        "fr": "j'attends depuis trois semaines le remboursement de ma carte",
        "it": "aspetto da tre settimane il rimborso della carta",
        "en": "I've waited three weeks for the card refund",
        "de": "ich seit drei wochen auf die erstattung der karte warte",
        "pt": "espero há três semanas o reembolso do cartão",
        "es": "llevo tres semanas esperando el reembolso del bono",
    },
    "wrong_price": {
        "fr": "je suis membre du club et vous me facturez plein tarif",
        "it": "sono socia del club e mi fate pagare la tariffa piena",
        "en": "I'm a club member and you charge me the full rate",
        "de": "ich im club bin und den vollen preis zahle",
        "pt": "sou sócia do clube e pago o preço cheio",
        "es": "soy socia del club y me cobráis tarifa completa",
    },
    "cancel_fee": {
        "fr": "vous m'avez pris des frais d'annulation alors que j'ai annulé quatre jours avant",
        "it": "mi avete preso la penale anche se ho annullato quattro giorni prima",
        "en": "you charged a cancellation fee though I cancelled four days ahead",
        "de": "sie eine stornogebühr verlangen obwohl ich vier tage vorher storniert habe",
        "pt": "cobraram taxa de cancelamento e eu cancelei quatro dias antes",
        "es": "me cobrasteis penalización y cancelé cuatro días antes",
    },
}
LONG_EMAIL: T = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de ma mère, entre deux rendez-vous, parce que je n'ai pas une minute à moi en ce moment. Ma fille attendait ce cours depuis Noël, c'était son cadeau, et je l'avais réservé dans votre appli avec une semaine d'avance.\n\n{complaint}\n\nJe vous laisse imaginer la fin de journée. Je suis cliente depuis deux ans et je vous ai recommandés à toute l'école, mais là je voudrais une vraie réponse, pas un message automatique.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nJe profite de la pause de midi au bureau pour vous écrire, car le week-end a été compliqué : déménagement de ma sœur, deux enfants malades, et par-dessus le marché ceci.\n\n{complaint}\n\nJ'aime beaucoup vos centres et vos moniteurs, c'est d'autant plus décevant. Merci de me dire ce que vous comptez faire.\n\nBien à vous,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla macchina davanti alla piscina dei gemelli, perché è l'unico momento tranquillo della settimana. Da mesi mia figlia aspettava questa lezione, era il regalo di compleanno e l'avevo prenotata nell'app con largo anticipo.\n\n{complaint}\n\nSono cliente da due anni e vi ho consigliati a mezza scuola, ma adesso vorrei una risposta vera e non un messaggio automatico.\n\nCordiali saluti,\n{name}",
        "Gentile servizio clienti,\n\napprofitto della pausa pranzo in ufficio per scrivervi. Settimana pesante: trasloco di mia madre, il cane dal veterinario, e in mezzo a tutto questo anche questo.\n\n{complaint}\n\nMi piacciono i vostri centri e gli istruttori, per questo ci resto ancora più male. Attendo di sapere cosa intendete fare.\n\nDistinti saluti,\n{name}",
    ],
    "en": [
        "Hello,\n\nWriting this from the car outside my son's football practice, the only quiet ten minutes I get. We'd planned this for weeks and booked it in the app well ahead.\n\n{complaint}\n\nI've been with you two years and recommended you to half the school run, but I'd like a proper answer this time, not an automatic one.\n\nKind regards,\n{name}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, weil ich sonst keine ruhige Minute habe. Wir hatten uns wochenlang darauf gefreut und rechtzeitig in der App gebucht.\n\n{complaint}\n\nIch bin seit zwei Jahren Kundin und habe Sie überall empfohlen, aber jetzt möchte ich eine richtige Antwort, keine automatische.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "pt": [
        "Bom dia,\n\nescrevo do carro à porta da natação dos miúdos, que é o único momento calmo da semana. Tínhamos isto planeado há semanas e marcado na app com antecedência.\n\n{complaint}\n\nSou cliente há dois anos e recomendei-vos a meia escola, mas agora queria uma resposta a sério.\n\nCumprimentos,\n{name}"
    ],
    "es": [
        "Hola,\n\nos escribo desde la sala de espera del fisio de mi madre, que es el único rato tranquilo que tengo. Lo teníamos planeado desde hace semanas y reservado en la app con tiempo.\n\n{complaint}\n\nSoy cliente desde hace dos años y os he recomendado a medio colegio, pero ahora quiero una respuesta de verdad.\n\nUn saludo,\n{name}"
    ],
}
SUBJ_COMPLAINT = {
    "fr": "Réclamation",
    "it": "Reclamo",
    "en": "Complaint",
    "de": "Beschwerde",
    "pt": "Reclamação",
    "es": "Reclamación",
}
SUBJ_CASE = {
    "fr": "RE : Dossier",
    "it": "R: Pratica",
    "en": "Re: Your case",
    "de": "AW: Vorgang",
    "pt": "RE: Processo",
    "es": "RE: Incidencia",
}
SUBJ_TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "cours annulé sur place",
        "it": "lezione saltata",
        "en": "no-one at the yard",
        "de": "Stunde ausgefallen",
        "pt": "aula sem ninguém",
        "es": "clase sin nadie",
    },
    "double_charge": {
        "fr": "double prélèvement",
        "it": "doppio addebito",
        "en": "charged twice",
        "de": "doppelte Abbuchung",
        "pt": "cobrança dupla",
        "es": "cobro doble",
    },
    "unsafe_horse": {
        "fr": "sécurité cheval",
        "it": "sicurezza cavallo",
        "en": "unsafe horse",
        "de": "Sicherheit Pferd",
        "pt": "segurança cavalo",
        "es": "seguridad caballo",
    },
    "refund": {
        "fr": "remboursement",
        "it": "rimborso",
        "en": "refund",
        "de": "Erstattung",
        "pt": "reembolso",
        "es": "reembolso",
    },
    "wrong_price": {
        "fr": "tarif membre",
        "it": "tariffa soci",
        "en": "member rate",
        "de": "Mitgliederpreis",
        "pt": "preço sócio",
        "es": "tarifa socio",
    },
    "cancel_fee": {
        "fr": "frais d'annulation",
        "it": "penale",
        "en": "cancellation fee",
        "de": "Stornogebühr",
        "pt": "taxa cancelamento",
        "es": "penalización",
    },
}
CASE_OPENED: T = {
    "fr": [
        "Bonjour, nous sommes désolés. Votre dossier {case} est ouvert, un conseiller revient vers vous sous 48 h. L'équipe {b}"
    ],
    "it": [
        "Buongiorno, ci dispiace molto. La pratica {case} è aperta, vi ricontattiamo entro 48 ore. Il team {b}"
    ],
    "en": [
        "Hello, we're sorry about this. Your case {case} is open and we'll be back to you within 48 hours. The {b} team"
    ],
    "de": [
        "Hallo, das tut uns leid. Ihr Vorgang {case} ist eröffnet, wir melden uns binnen 48 Stunden. Ihr {b}-Team"
    ],
    "pt": [
        "Olá, lamentamos muito. O seu processo {case} está aberto, respondemos em 48 horas. Equipa {b}"
    ],
    "es": [
        "Hola, lo sentimos mucho. Tu incidencia {case} está abierta, te respondemos en 48 horas. El equipo de {b}"
    ],
}
PASSED_ON: T = {
    "fr": [
        "Bonjour, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "it": [
        "Buongiorno, la pratica {case} è ora in mano alla nostra responsabile qualità, che vi chiamerà entro venerdì a pranzo."
    ],
    "en": [
        "Hello, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Hallo, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "pt": [
        "Olá, o processo {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
    "es": [
        "Hola, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}
GOOD_NEWS: T = {
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est corrigé et le montant est recrédité. Pouvez-vous nous confirmer que tout est en ordre ?"
    ],
    "it": [
        "Buone notizie sulla pratica {case}: è stato corretto e l'importo riaccreditato. Può confermarci che è tutto a posto?"
    ],
    "en": [
        "Good news on case {case}: it's put right and the amount is back on your card. Could you confirm all is well?"
    ],
    "de": [
        "Gute Nachricht zu {case}: ist korrigiert und der Betrag zurückgebucht. Können Sie bestätigen, dass alles passt?"
    ],
    "pt": [
        "Boas notícias sobre o processo {case}: está corrigido e o valor devolvido. Pode confirmar que está tudo bem?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {case}: corregido y el importe devuelto. ¿Nos confirmas que está todo bien?"
    ],
}
CONFIRM: T = {
    "fr": [
        "C'est bon pour le dossier {case}, remboursement bien reçu. Merci !",
        "confirmé pour {case}, tout est rentré dans l'ordre, merci",
    ],
    "it": [
        "Confermo per la pratica {case}, rimborso arrivato. Grazie!",
        "tutto a posto con {case}, grazie mille",
    ],
    "en": ["All sorted on {case}, refund landed. Thanks!"],
    "de": ["Passt, {case} ist erledigt, Geld ist da. Danke!"],
    "pt": ["Confirmo, o processo {case} ficou resolvido. Obrigada!"],
    "es": ["Confirmado lo de {case}, ya me ha llegado. ¡Gracias!"],
}
APOLOGY: T = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite."],
    "it": [
        "Scusate per il messaggio di ieri, ero fuori di me. Grazie per averlo risolto così in fretta."
    ],
    "en": ["Sorry about yesterday's message, I was fuming. Thanks for sorting it so quickly."],
    "de": ["Sorry für meine Nachricht gestern, ich war echt sauer. Danke fürs schnelle Klären."],
    "pt": [
        "Desculpem a mensagem de ontem, estava fora de mim. Obrigada por resolverem tão depressa."
    ],
    "es": ["Perdonad el mensaje de ayer, estaba muy enfadada. Gracias por arreglarlo tan rápido."],
}
STILL_OPEN: T = {
    "fr": [
        "Dossier {case} : toujours rien. Je relance, le problème n'est PAS réglé.",
        "Je reviens vers vous pour le dossier {case}, toujours ouvert et toujours pas de réponse.",
    ],
    "it": [
        "Pratica {case}: ancora niente. Vi riscrivo, il problema NON è risolto.",
        "Torno a scrivere per la pratica {case}, ancora aperta e nessuna risposta.",
    ],
    "en": ["Case {case}: still nothing. Chasing again, this is NOT sorted."],
    "de": ["Vorgang {case}: immer noch nichts. Ich hake nach, das ist NICHT erledigt."],
    "pt": ["Processo {case}: ainda nada. Volto a insistir, NÃO está resolvido."],
    "es": ["Incidencia {case}: sigue sin nada. Vuelvo a escribir, NO está resuelto."],
}
THIRD: T = {
    "fr": [
        "Dossier {case}, troisième fois que je vous contacte. Une amie monte chez {comp} et eux règlent ça dans la journée."
    ],
    "it": [
        "Pratica {case}, è la terza volta che vi contatto. Un'amica va a cavallo da {comp} e loro risolvono in giornata."
    ],
    "en": [
        "Case {case}, third time I'm in touch. A friend rides with {comp} and they sort this kind of thing the same day."
    ],
    "de": [
        "Vorgang {case}, dritter Kontakt. Eine Freundin reitet bei {comp}, da wird sowas am selben Tag geklärt."
    ],
    "pt": [
        "Processo {case}, terceira vez que vos contacto. Uma amiga monta na {comp} e lá resolvem no mesmo dia."
    ],
    "es": [
        "Incidencia {case}, tercera vez que os escribo. Una amiga monta con {comp} y allí lo arreglan en el día."
    ],
}
FOURTH: T = {
    "fr": ["QUATRIÈME fois pour le dossier {case}. Toujours ouvert. Je n'ai plus de mots."],
    "it": ["QUARTA volta per la pratica {case}. Ancora aperta. Non ho più parole."],
    "en": ["FOURTH time about case {case}. Still open. I'm lost for words."],
    "de": ["VIERTES Mal wegen {case}. Immer noch offen. Mir fehlen die Worte."],
    "pt": ["QUARTA vez sobre o processo {case}. Continua aberto. Já não tenho palavras."],
    "es": ["CUARTA vez por la incidencia {case}. Sigue abierta. Ya no sé qué decir."],
}
URGENT: T = {
    "fr": ["C'est ajouté à votre dossier {case}, marqué urgent."],
    "it": ["Aggiunto alla pratica {case}, segnata come urgente."],
    "en": ["Added to your case {case}, marked urgent."],
    "de": ["Zum Vorgang {case} hinzugefügt, als dringend markiert."],
    "pt": ["Acrescentado ao processo {case}, marcado como urgente."],
    "es": ["Añadido a tu incidencia {case}, marcada como urgente."],
}
SLIDE: T = {
    "fr": [
        "Cours commencé avec 25 minutes de retard ce matin, sans explication. Pas terrible.",
        "Selles mal réglées et étriers trop courts, on a perdu dix minutes à tout refaire.",
        "Plus de moniteur attitré, chaque semaine quelqu'un de différent qui ne connaît pas mon niveau.",
        "Balade raccourcie à 1h15 au lieu de 2h et aucun geste. Je paie pour 2h.",
        "Franchement FURIEUSE : 30 € de frais de box pour un cheval que je n'ai même pas monté, et l'appli qui montre le cours comme annulé par vous.",
        "Ma voisine monte chez {comp}, j'ai réservé samedi là-bas. Voilà où on en est.",
    ],
    "it": [
        "Lezione iniziata con 25 minuti di ritardo stamattina, senza spiegazioni. Non bello.",
        "Selle regolate male e staffe troppo corte, dieci minuti persi a sistemare tutto.",
        "Niente più istruttore fisso, ogni settimana uno diverso che non conosce il mio livello.",
        "Passeggiata accorciata a 1h15 invece di 2h e nessun rimborso. Pago 2 ore.",
        "Sinceramente FURIOSA: 30 € di spese box per un cavallo che non ho nemmeno montato, e l'app dice lezione annullata da voi.",
        "La mia vicina va da {comp}, ho prenotato lì per sabato. Siamo arrivati a questo.",
    ],
    "en": [
        "Lesson started 25 minutes late this morning, no explanation. Not great.",
        "Saddles badly fitted and stirrups too short, ten minutes lost redoing everything.",
        "No regular instructor any more, someone new every week who doesn't know my level.",
        "Ride cut to 1h15 instead of 2 hours and nothing offered. I pay for two.",
        "Honestly FURIOUS: £26 stable fee for a horse I never even rode, and the app shows the lesson cancelled by you.",
        "My neighbour rides with {comp}, I've booked there for Saturday. That's where we are.",
    ],
    "de": [
        "Stunde heute 25 Minuten zu spät angefangen, ohne Erklärung. Nicht toll.",
        "Sättel schlecht verschnallt, Bügel zu kurz, zehn Minuten verloren.",
        "Kein fester Reitlehrer mehr, jede Woche jemand Neues, der mein Niveau nicht kennt.",
        "Ausritt auf 1h15 statt 2 Stunden gekürzt, keine Entschädigung. Ich zahle zwei.",
        "Ehrlich STINKSAUER: 30 € Boxengebühr für ein Pferd, das ich nicht mal geritten bin, und die App zeigt die Stunde als von Ihnen abgesagt.",
        "Meine Nachbarin reitet bei {comp}, ich habe dort für Samstag gebucht. So weit ist es gekommen.",
    ],
    "pt": [
        "Aula começou com 25 minutos de atraso hoje, sem explicação. Nada bom.",
        "Selas mal ajustadas e estribos curtos, dez minutos perdidos a refazer.",
        "Já não há instrutor fixo, cada semana um diferente que não conhece o meu nível.",
        "Passeio cortado para 1h15 em vez de 2h e nada oferecido. Pago duas horas.",
        "Sinceramente FURIOSA: 30 € de taxa de box por um cavalo que nem montei, e a app diz aula cancelada por vocês.",
        "A minha vizinha monta na {comp}, marquei lá para sábado. Chegámos a isto.",
    ],
    "es": [
        "La clase empezó 25 minutos tarde hoy, sin explicación. Regular.",
        "Sillas mal ajustadas y estribos cortos, diez minutos perdidos rehaciéndolo todo.",
        "Ya no hay monitor fijo, cada semana uno nuevo que no conoce mi nivel.",
        "Ruta recortada a 1h15 en vez de 2h y nada a cambio. Pago dos horas.",
        "De verdad FURIOSA: 30 € de gastos de box por un caballo que ni monté, y la app dice clase cancelada por vosotros.",
        "Mi vecina monta con {comp}, he reservado allí para el sábado. Hasta aquí hemos llegado.",
    ],
}
CANCEL_ASK: T = {
    "fr": [
        "Bonjour, on a acheté notre propre poney avec une amie et on le met en pension chez elle. Je voudrais résilier mon {club} et fermer mon compte. Merci pour ces deux ans."
    ],
    "it": [
        "Buongiorno, ci trasferiamo in città per lavoro e non avrò più tempo. Vorrei disdire il {club} e chiudere l'account. Grazie di tutto."
    ],
    "en": [
        "Hi, we're moving to a flat in town for work and I won't have the time. Please cancel my {club} and close the account. Thanks for everything."
    ],
    "de": [
        "Hallo, wir haben jetzt ein eigenes Pferd im Stall der Schwiegereltern. Bitte {club} kündigen und Konto schließen. Danke für alles."
    ],
    "pt": [
        "Olá, vamos mudar de cidade por trabalho. Quero cancelar o {club} e fechar a conta. Obrigada por tudo."
    ],
    "es": [
        "Hola, nos mudamos por trabajo y no tendré tiempo. Quiero darme de baja del {club} y cerrar la cuenta. Gracias por todo."
    ],
}
CANCEL_REPLY: T = {
    "fr": [
        "Bonjour, désolés de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Compte."
    ],
    "it": [
        "Buongiorno, ci dispiace vedervi andare! Può disdire da sé nell'app o sul sito, sezione Account."
    ],
    "en": [
        "Hi, sorry to see you go! You can cancel yourself in the app or on the website, under Account."
    ],
    "de": [
        "Hallo, schade, dass Sie gehen! Sie können selbst in der App oder auf der Website unter Konto kündigen."
    ],
    "pt": ["Olá, temos pena que saia! Pode cancelar na app ou no site, em Conta."],
    "es": ["Hola, ¡qué pena que te vayas! Puedes darte de baja en la app o en la web, en Cuenta."],
}
GRUMBLE: T = {
    "fr": [
        "L'appli me déconnecte à CHAQUE fois, c'est pénible",
        "encore 20 minutes d'attente au club-house pour récupérer un casque",
        "le rappel à 6h du matin pour un cours à 18h, sérieusement ?",
    ],
    "it": [
        "L'app mi scollega OGNI volta, che noia",
        "di nuovo 20 minuti in fila per un casco",
        "il promemoria alle 6 di mattina per una lezione alle 18, davvero?",
    ],
    "en": [
        "App logs me out EVERY single time, so annoying",
        "another 20 minutes queueing for a helmet",
    ],
    "de": [
        "Die App meldet mich JEDES Mal ab, nervig",
        "schon wieder 20 Minuten Schlange für einen Helm",
    ],
    "pt": [
        "A app desliga-me a sessão SEMPRE, irritante",
        "outra vez 20 minutos na fila para um capacete",
    ],
    "es": [
        "La app me cierra sesión CADA vez, qué pesadez",
        "otra vez 20 minutos de cola para un casco",
    ],
}
SARCASM: T = {
    "fr": [
        "Génial le cours « privé » à six élèves, on se sent vraiment chouchoutés 👏",
        "Merci {b} pour la balade « sous le soleil »… sous la grêle 😂",
    ],
    "it": [
        "Bellissima la lezione «privata» con sei allievi, ci si sente proprio coccolati 👏",
        "Grazie {b} per la passeggiata «al tramonto»… alle 21 al buio 😂",
    ],
    "en": ["Love a 'private' lesson with six other riders, really feel special 👏"],
    "de": ["Toll, die 'Einzelstunde' mit sechs anderen, man fühlt sich richtig umsorgt 👏"],
    "pt": ["Adorei a aula 'privada' com mais seis alunos, sentimo-nos mesmo especiais 👏"],
    "es": ["Qué bien la clase 'privada' con seis alumnos más, te sientes súper especial 👏"],
}
MILD: T = {
    "fr": ["La carte des centres m'affiche Lyon alors que je suis à Nantes, petit bug ?"],
    "it": ["La mappa dei centri mi mostra Torino ma sono a Bologna, un piccolo errore?"],
    "en": ["The yard finder keeps showing Leeds when I'm in Bristol, small bug?"],
    "de": ["Die Stallsuche zeigt mir Köln, ich bin aber in Hamburg, kleiner Fehler?"],
    "pt": ["O mapa dos centros mostra-me Braga mas estou em Lisboa, pequeno erro?"],
    "es": ["El buscador de centros me sale en Sevilla y estoy en Valencia, ¿fallo?"],
}
MILD_ANSWER: T = {
    "fr": ["Merci du signalement, c'est transmis à l'équipe appli."],
    "it": ["Grazie della segnalazione, l'abbiamo passata al team dell'app."],
    "en": ["Thanks for flagging, passed to the app team."],
    "de": ["Danke für den Hinweis, ist an das App-Team weitergegeben."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
    "es": ["Gracias por avisar, se lo pasamos al equipo de la app."],
}

# Business arm (Cavallora Pro: team days, school riding programmes, on account).
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "fr": [
            "Vos factures portent encore l'ancienne raison sociale et aucun numéro de bon de commande : notre compta les rejette toutes."
        ],
        "it": [
            "Le vostre fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine: la contabilità le respinge tutte."
        ],
        "en": [
            "Your invoices still show our old company name and no PO number, so accounts reject every one."
        ],
        "de": [
            "Ihre Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt alle ab."
        ],
        "pt": [
            "As vossas faturas ainda têm o nome antigo da empresa e nenhum número de encomenda, a contabilidade rejeita todas."
        ],
        "es": [
            "Vuestras facturas siguen con la razón social antigua y sin número de pedido, contabilidad las rechaza todas."
        ],
    },
    "service_blocked": {
        "fr": [
            "Le groupe est arrivé ce matin et l'accueil a refusé la séance : « compte bloqué ». Nous sommes à jour de paiement."
        ],
        "it": [
            "Il gruppo è arrivato stamattina e la reception ha rifiutato la sessione: «conto bloccato». Siamo in regola coi pagamenti."
        ],
        "en": [
            "Our group turned up this morning and reception refused the session, 'account on stop'. We are fully paid up."
        ],
        "de": [
            "Die Gruppe kam heute früh an und der Empfang verweigerte die Einheit: 'Konto gesperrt'. Wir haben alles bezahlt."
        ],
        "pt": [
            "O grupo chegou hoje de manhã e a receção recusou a sessão: 'conta bloqueada'. Temos tudo pago."
        ],
        "es": [
            "El grupo llegó esta mañana y recepción rechazó la sesión: 'cuenta bloqueada'. Estamos al corriente de pago."
        ],
    },
    "portal": {
        "fr": [
            "Le portail {pro} n'affiche plus aucune réservation, impossible d'annuler ou de modifier les séances de la semaine."
        ],
        "it": [
            "Il portale {pro} non mostra più nessuna prenotazione, impossibile annullare o spostare le sessioni della settimana."
        ],
        "en": [
            "The {pro} portal shows no bookings at all, so we can't cancel or move this week's sessions."
        ],
        "de": [
            "Das {pro}-Portal zeigt keine Buchungen mehr, wir können die Einheiten der Woche weder absagen noch verschieben."
        ],
        "pt": [
            "O portal {pro} não mostra nenhuma reserva, não conseguimos cancelar nem mudar as sessões da semana."
        ],
        "es": [
            "El portal {pro} no muestra ninguna reserva, no podemos cancelar ni mover las sesiones de la semana."
        ],
    },
    "overbilled": {
        "fr": [
            "Facturés au tarif séance alors que notre contrat prévoit le forfait trimestriel. L'écart dépasse 800 €."
        ],
        "it": [
            "Fatturati a tariffa singola mentre il contratto prevede il forfait trimestrale. La differenza supera 800 €."
        ],
        "en": [
            "Billed per session though our contract is the termly flat rate. The difference is over £700."
        ],
        "de": [
            "Einzelpreise abgerechnet, obwohl unser Vertrag die Quartalspauschale vorsieht. Über 800 € Differenz."
        ],
        "pt": [
            "Faturados à sessão quando o contrato prevê o valor trimestral. A diferença passa dos 800 €."
        ],
        "es": [
            "Facturados por sesión cuando el contrato es tarifa trimestral. La diferencia pasa de 800 €."
        ],
    },
}
B2B_LATER: T = {
    "fr": [
        "Bonjour, je rejoins le message de {n} de {day} (dossier {case}) : même problème de notre côté. {complaint}"
    ],
    "it": [
        "Buongiorno, mi aggiungo al messaggio di {n} di {day} (pratica {case}): stesso problema anche da noi. {complaint}"
    ],
    "en": [
        "Hello, adding to {n}'s message from {day} (case {case}): same problem here. {complaint}"
    ],
    "de": [
        "Guten Tag, ich schließe mich der Nachricht von {n} vom {day} an (Vorgang {case}): bei uns dasselbe. {complaint}"
    ],
    "pt": [
        "Bom dia, junto-me à mensagem da/o {n} de {day} (processo {case}): o mesmo problema aqui. {complaint}"
    ],
    "es": [
        "Hola, me sumo al mensaje de {n} del {day} (incidencia {case}): mismo problema aquí. {complaint}"
    ],
}
WEEKDAY = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}
B2B_LAST_MAIL: T = {
    "fr": [
        "Dossier {case} : toujours rien de corrigé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
    ],
    "it": [
        "Pratica {case}: ancora niente di sistemato, vi hanno scritto più colleghi. Gli acquisti hanno già chiesto le tariffe a {comp}."
    ],
    "en": [
        "Case {case}: still nothing fixed and several colleagues have written. Procurement has already asked {comp} for their rates."
    ],
    "de": [
        "Vorgang {case}: nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "pt": [
        "Processo {case}: nada resolvido e vários colegas já escreveram. As compras já pediram preços à {comp}."
    ],
    "es": [
        "Incidencia {case}: nada arreglado y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}."
    ],
}
B2B_LAST_CALL: T = {
    "fr": [
        "oui bonjour c'est pour le dossier {case} rien n'est réglé plusieurs collègues vous ont écrit mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "it": [
        "sì buongiorno è per la pratica {case} niente è risolto vi hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si sistema questa settimana"
    ],
    "en": [
        "yeah hi it's about case {case} nothing's fixed several of us have written my boss says we move the account if it isn't sorted this week"
    ],
    "de": [
        "ja guten tag wegen vorgang {case} nichts ist behoben mehrere kollegen haben geschrieben mein chef sagt wir wechseln wenn das diese woche nicht klappt"
    ],
    "pt": [
        "sim bom dia é sobre o processo {case} nada está resolvido vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "es": [
        "sí hola es por la incidencia {case} no se ha arreglado nada varios compañeros os han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_ACK: T = {
    "fr": [
        "Bonjour, merci pour votre message. Dossier {case} ouvert, notre équipe {pro} s'en occupe."
    ],
    "it": ["Buongiorno, grazie del messaggio. Pratica {case} aperta, il team {pro} se ne occupa."],
    "en": ["Hello, thanks for your message. Case {case} is open and the {pro} team is on it."],
    "de": [
        "Guten Tag, danke für Ihre Nachricht. Vorgang {case} ist eröffnet, das {pro}-Team kümmert sich."
    ],
    "pt": [
        "Bom dia, obrigado pela mensagem. Processo {case} aberto, a equipa {pro} está a tratar."
    ],
    "es": ["Hola, gracias por el mensaje. Incidencia {case} abierta, el equipo {pro} se encarga."],
}
B2B_SUGGEST: T = {
    "fr": [
        "Suggestion : pourriez-vous ajouter le code projet sur l'export des séances ? Ce serait pratique pour nous.",
        "Idée : indiquer le nom du moniteur sur le récapitulatif de séance.",
    ],
    "it": [
        "Suggerimento: potreste aggiungere il codice progetto nell'export delle sessioni? Ci farebbe comodo.",
        "Idea: indicare il nome dell'istruttore nel riepilogo della sessione.",
    ],
    "en": [
        "Suggestion: could the session export include our project code? Would help our finance team."
    ],
    "de": [
        "Vorschlag: Könnten Sie den Projektcode im Export der Einheiten mitliefern? Wäre praktisch."
    ],
    "pt": ["Sugestão: podiam incluir o código de projeto na exportação das sessões? Dava jeito."],
    "es": [
        "Sugerencia: ¿podríais añadir el código de proyecto en la exportación de sesiones? Nos ayudaría."
    ],
}
B2B_SUGGEST_ACK: T = {
    "fr": ["Merci pour l'idée, c'est transmis à l'équipe produit {pro}."],
    "it": ["Grazie per l'idea, l'abbiamo girata al team prodotto {pro}."],
    "en": ["Thanks for the idea, passed to the {pro} product team."],
    "de": ["Danke für die Idee, ist an das {pro}-Produktteam weitergeleitet."],
    "pt": ["Obrigado pela ideia, passámos à equipa de produto {pro}."],
    "es": ["Gracias por la idea, se la pasamos al equipo de producto {pro}."],
}
B2B_QUESTION: T = {
    "fr": [
        "Bonjour, peut-on ajouter deux participants à la séance d'équipe de jeudi ?",
        "Bonjour, la séance découverte peut-elle se faire en anglais pour nos stagiaires ?",
    ],
    "it": [
        "Buongiorno, possiamo aggiungere due partecipanti alla sessione di giovedì?",
        "Salve, la sessione prova si può fare in inglese per i nostri stagisti?",
    ],
    "en": ["Hi, can we add two people to Thursday's team session?"],
    "de": ["Hallo, können wir zwei Personen zur Teameinheit am Donnerstag hinzufügen?"],
    "pt": ["Olá, podemos acrescentar duas pessoas à sessão de quinta?"],
    "es": ["Hola, ¿podemos añadir dos personas a la sesión del jueves?"],
}
B2B_ANSWER: T = {
    "fr": ["Bonjour, oui, c'est ajouté sur votre compte {pro}."],
    "it": ["Buongiorno, sì, aggiunto sul vostro account {pro}."],
    "en": ["Hi, yes, added on your {pro} account."],
    "de": ["Hallo, ja, ist in Ihrem {pro}-Konto ergänzt."],
    "pt": ["Olá, sim, acrescentado na vossa conta {pro}."],
    "es": ["Hola, sí, añadido en vuestra cuenta {pro}."],
}
B2B_PRAISE: T = {
    "fr": [
        "Séance de cohésion chez {b} vendredi : toute l'équipe a adoré, organisation impeccable."
    ],
    "it": ["Giornata di team building da {b}: tutti entusiasti, organizzazione impeccabile."],
    "en": ["Team day at {b} on Friday, everyone loved it, flawless organisation."],
    "de": ["Teamtag bei {b} am Freitag, alle begeistert, perfekt organisiert."],
    "pt": ["Dia de equipa na {b} na sexta, todos adoraram, organização impecável."],
    "es": ["Jornada de equipo en {b} el viernes, a todos les encantó, organización impecable."],
}

# The planted incident (topic_spike only).
SPIKE_CODE = "RDV-583"
SPIKE_REPORT: T = {
    "fr": [
        "L'appli affiche TOUS mes cours de samedi comme annulés, erreur {code}, alors que le centre est ouvert ?? On vient ou pas ?",
        "mon cours de 11h est marqué annulé dans l'appli et je ne peux plus rien réserver, c'est quoi ce bazar",
        "Erreur {code} en ouvrant mes réservations, tout est barré « annulé ». Le moniteur au téléphone dit que non ?",
    ],
    "it": [
        "L'app segna TUTTE le mie lezioni di oggi come annullate, errore {code}, ma il centro è aperto?? Veniamo o no?",
        "la passeggiata delle 11 risulta annullata nell'app e non riesco a riprenotare, che succede",
        "Errore {code} aprendo le prenotazioni, tutto barrato come annullato. In scuderia dicono di no?",
    ],
    "en": [
        "App says ALL my Saturday lessons are cancelled, error {code}, but the yard says they're on?? Do we come or not?",
        "pony ride shows as cancelled in the app and I can't rebook anything, what's going on",
    ],
    "de": [
        "Die App zeigt ALLE Stunden heute als abgesagt, Fehler {code}, aber der Stall hat offen?? Kommen wir oder nicht?",
        "mein ausritt um 11 steht in der app als storniert und ich kann nichts neu buchen, was ist da los",
    ],
    "pt": [
        "A app mostra TODAS as aulas de hoje como canceladas, erro {code}, mas o centro está aberto?? Vamos ou não?",
        "o passeio das 11h aparece cancelado na app e não consigo remarcar nada",
    ],
    "es": [
        "La app marca TODAS mis clases de hoy como canceladas, error {code}, pero el centro está abierto?? ¿Vamos o no?",
        "la ruta de las 11 sale cancelada en la app y no puedo volver a reservar nada",
    ],
}
SPIKE_AGAIN: T = {
    "fr": [
        "Toujours {code} et toujours « annulé » dans l'appli, même sur le téléphone de mon mari. On part ou pas ?"
    ],
    "it": [
        "Ancora {code} e ancora «annullata» nell'app, anche sul telefono di mio marito. Partiamo o no?"
    ],
    "en": [
        "Still {code} and still showing cancelled, on my husband's phone too. Do we set off or not?"
    ],
    "de": [
        "Immer noch {code}, immer noch 'abgesagt', auch auf dem Handy meines Mannes. Fahren wir los oder nicht?"
    ],
    "pt": ["Continua {code} e continua 'cancelada', até no telemóvel do meu marido. Vamos ou não?"],
    "es": [
        "Sigue {code} y sigue saliendo cancelada, también en el móvil de mi marido. ¿Salimos o no?"
    ],
}
SPIKE_CHAT_ANSWER: T = {
    "fr": [
        "Oui, l'appli affiche à tort des cours annulés en ce moment, nos équipes corrigent. Les centres sont ouverts, venez comme prévu."
    ],
    "it": [
        "Sì, l'app mostra per errore lezioni annullate in questo momento, stiamo correggendo. I centri sono aperti, venite come previsto."
    ],
    "en": [
        "Yes, the app is wrongly showing lessons as cancelled right now, we're fixing it. Yards are open, come as planned."
    ],
    "de": [
        "Ja, die App zeigt gerade fälschlich Absagen an, wir beheben das. Die Ställe sind offen, kommen Sie wie geplant."
    ],
    "pt": [
        "Sim, a app está a mostrar aulas canceladas por engano, estamos a corrigir. Os centros estão abertos, venham como previsto."
    ],
    "es": [
        "Sí, la app está mostrando clases canceladas por error, lo estamos arreglando. Los centros están abiertos, venid como estaba previsto."
    ],
}
SPIKE_FIXED: T = {
    "fr": [
        "Bonjour, l'appli affiche de nouveau vos cours correctement depuis 12h40 (heure locale). Pour la gêne, 10 € sont crédités sur votre compte."
    ],
    "it": [
        "Buongiorno, l'app mostra di nuovo correttamente le lezioni dalle 12:40 (ora locale). Per il disagio vi abbiamo accreditato 10 €."
    ],
    "en": [
        "Hello, the app shows your lessons correctly again since 11:40 (local time). For the trouble, £9 credit has been added."
    ],
    "de": [
        "Hallo, die App zeigt Ihre Stunden seit 12:40 Uhr (Ortszeit) wieder richtig an. Für den Ärger haben wir 10 € gutgeschrieben."
    ],
    "pt": [
        "Olá, a app mostra de novo as aulas corretamente desde as 11:40 (hora local). Pelo incómodo, creditámos 10 €."
    ],
    "es": [
        "Hola, la app vuelve a mostrar bien tus clases desde las 12:40 (hora local). Por las molestias, te hemos abonado 10 €."
    ],
}
LONE_Q: T = {
    "fr": [
        "Bonjour, hier soir l'appli a mis un moment à charger mon planning de samedi, mais tout s'est affiché. C'est bien confirmé ?"
    ],
    "it": [
        "Buongiorno, ieri sera l'app ci ha messo un po' a caricare il programma di sabato, poi è apparso tutto. È confermato vero?"
    ],
    "en": [
        "Hi, last night the app took a while to load Saturday's timetable but then it all showed. It is confirmed, right?"
    ],
    "de": [
        "Hallo, gestern Abend hat die App lange gebraucht, den Samstagsplan zu laden, dann war alles da. Ist das bestätigt?"
    ],
    "pt": [
        "Olá, ontem à noite a app demorou a carregar o horário de sábado mas depois apareceu tudo. Está confirmado, certo?"
    ],
    "es": [
        "Hola, anoche la app tardó en cargar el horario del sábado pero luego salió todo. Está confirmado, ¿no?"
    ],
}
LONE_A: T = {
    "fr": ["Bonjour, oui, tout est confirmé, la lenteur venait de la mise à jour du soir."],
    "it": ["Buongiorno, sì, tutto confermato, la lentezza era dovuta all'aggiornamento serale."],
    "en": ["Hi, yes, all confirmed, the slowness was the evening update."],
    "de": ["Hallo, ja, alles bestätigt, das war nur das abendliche Update."],
    "pt": ["Olá, sim, está confirmado, a lentidão era da atualização da noite."],
    "es": ["Hola, sí, todo confirmado, la lentitud era por la actualización de la noche."],
}
