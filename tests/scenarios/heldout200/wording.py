"""Wording of heldout200 (Cantavo, private karaoke booths), written from the stories.

Every table has every language: French and Portuguese first (two or three variants),
then English, German, Italian and Spanish. Fields in braces are filled by the generator.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("fr", "pt", "en", "de", "it", "es")

FIRST = {
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Léa",
        "Nicolas",
        "Chloé",
        "Mathieu",
        "Inès",
        "Quentin",
        "Sarah",
        "Antoine",
        "Élodie",
        "Romain",
        "Pauline",
        "Hugo",
        "Margaux",
        "Bastien",
        "Aurélie",
        "Yanis",
        "Océane",
        "Florian",
        "Justine",
        "Maxime",
        "Noémie",
        "Loïc",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Nuno",
        "Sofia",
        "Diogo",
        "Rita",
        "Pedro",
        "Joana",
        "Gonçalo",
        "Filipa",
        "Miguel",
        "Carla",
        "Bruno",
        "Ana",
        "Hugo",
        "Marta",
        "Ricardo",
        "Teresa",
        "Vasco",
        "Leonor",
        "André",
    ],
    "en": [
        "Emma",
        "Liam",
        "Chloe",
        "Owen",
        "Grace",
        "Callum",
        "Niamh",
        "Harry",
        "Aoife",
        "Jack",
        "Megan",
        "Rory",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Miriam",
        "Felix",
        "Katrin",
        "Tobias",
        "Anja",
        "Lukas",
        "Sabine",
        "Moritz",
        "Julia",
        "Stefan",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Federica",
        "Andrea",
        "Sara",
        "Davide",
        "Elisa",
        "Matteo",
        "Ilaria",
        "Paolo",
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
        "Raúl",
        "Irene",
        "Diego",
    ],
}

LAST = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fournier",
        "Mercier",
        "Lambert",
        "Bonnet",
        "Rousseau",
        "Faure",
        "Chevalier",
        "Garnier",
        "Perrin",
        "Morel",
        "Gauthier",
        "Roussel",
        "Blanchard",
        "Caron",
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
        "Ribeiro",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Byrne",
        "Hughes",
        "Kelly",
        "Patel",
        "Doyle",
        "Carter",
        "Brennan",
        "Foster",
        "Quinn",
    ],
    "de": [
        "Krämer",
        "Vogel",
        "Hartmann",
        "Brandt",
        "Schröder",
        "Wolf",
        "Neumann",
        "Lorenz",
        "Keller",
        "Haas",
        "Sommer",
        "Pfeiffer",
    ],
    "it": [
        "Ferri",
        "Greco",
        "Moretti",
        "Conti",
        "Marchetti",
        "Rinaldi",
        "Barbieri",
        "Fontana",
        "Gallo",
        "Longo",
        "Caruso",
        "Vitale",
    ],
    "es": [
        "Navarro",
        "Ortega",
        "Delgado",
        "Castro",
        "Romero",
        "Molina",
        "Herrera",
        "Iglesias",
        "Serrano",
        "Vidal",
        "Cano",
        "Prieto",
    ],
}

MARKETS = {
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "pt": ["PT", "PT", "PT", "PT", "LU"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "es": ["ES"],
}

TOWNS = {
    "FR": ["Lyon", "Lille", "Nantes", "Bordeaux", "Toulouse", "Paris", "Rennes"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "CH": ["Genève", "Lausanne", "Zürich", "Lugano"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Faro"],
    "UK": ["Leeds", "Bristol", "Glasgow", "Manchester"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["Köln", "Leipzig", "Hamburg", "Stuttgart"],
    "AT": ["Wien", "Graz"],
    "IT": ["Torino", "Bologna", "Napoli"],
    "ES": ["Valencia", "Sevilla", "Bilbao"],
}

CURRENCY = {"UK": "GBP", "CH": "CHF"}

JOBS = {
    "fr": [
        "infirmière",
        "développeur",
        "professeure des écoles",
        "boulanger",
        "comptable",
        "étudiante",
        "chauffeur de bus",
        "pharmacienne",
    ],
    "pt": [
        "enfermeira",
        "programador",
        "professora",
        "estudante",
        "contabilista",
        "cozinheiro",
        "rececionista",
        "engenheira",
    ],
    "en": ["nurse", "bar manager", "teacher", "student", "electrician"],
    "de": ["Pflegerin", "Student", "Lehrerin", "Elektriker", "Grafikerin"],
    "it": ["infermiera", "studente", "barista", "insegnante", "geometra"],
    "es": ["enfermera", "estudiante", "camarero", "profesora", "fontanero"],
}

# Booths sold in the app (label, base price in euros).
PRODUCTS = [
    ("Booth S (2-4), 1 h", 24),
    ("Booth S (2-4), 2 h", 44),
    ("Booth M (5-8), 2 h", 69),
    ("Booth M (5-8), 3 h", 96),
    ("Booth L (9-12), 3 h", 139),
    ("Birthday pack, Booth M + cake", 119),
    ("Song pack: 80s duets", 6),
    ("Cantavo Club, monthly", 9),
]

PAGES = [
    "/booths",
    "/venues",
    "/club",
    "/songbook",
    "/offers",
    "/gift-cards",
    "/booking/new",
    "/faq",
]

# --------------------------------------------------------------- happy acts --
PRAISE = {
    "fr": [
        "Soirée d'anniversaire de ma sœur au Cantavo de {town} : son nickel, micros qui marchent, on a hurlé du Céline Dion jusqu'à minuit. Merci l'équipe !",
        "franchement la cabine M avec les lumières disco c'est le meilleur truc qu'on ait fait depuis des mois, le staff super sympa",
        "Enterrement de vie de jeune fille réussi grâce à Cantavo, la mariée a chanté Dalida debout sur le canapé 😂 merci !!",
    ],
    "pt": [
        "Noite de karaoke no Cantavo de {town} com as colegas do hospital, som impecável e a playlist de fado surpreendeu toda a gente. Obrigada!",
        "melhor jantar de aniversário de sempre, a cabine M tem um sistema de som brutal e o rapaz da receção foi 5 estrelas",
        "Cantámos Xutos até ficarmos roucos 😂 Cantavo nunca falha, voltamos já no mês que vem",
    ],
    "en": [
        "Booth L at Cantavo {town} for my 30th: sound was class, mics all worked, staff brought the cake in mid-Bohemian Rhapsody. Legends."
    ],
    "de": [
        "Teamabend privat im Cantavo {town}: super Sound, die Mikros laufen, Songbuch riesig. Wir kommen wieder!"
    ],
    "it": [
        "Serata in cabina M al Cantavo di {town}: audio perfetto, personale gentilissimo, abbiamo cantato Vasco fino a chiusura. Grazie!"
    ],
    "es": [
        "Cumple de mi prima en el Cantavo de {town}: sonido buenísimo, micros perfectos y el personal majísimo. ¡Repetiremos!"
    ],
}

AGAIN = {
    "fr": [
        "Troisième fois ce mois-ci chez Cantavo et toujours aussi bien, la cabine S est parfaite pour nous deux",
        "Encore une soirée top au Cantavo, le même serveur adorable que la dernière fois",
    ],
    "pt": [
        "Terceira vez este ano no Cantavo e continua perfeito, o som está cada vez melhor",
        "Outra vez a cabine 4 e outra vez a noite perfeita, ainda não nos cansámos",
    ],
    "en": ["Third time this month at Cantavo and it's still the best night out in town"],
    "de": [
        "Schon wieder im Cantavo und schon wieder ein perfekter Abend, die Kabine M ist einfach top"
    ],
    "it": ["Terza volta questo mese al Cantavo e ancora una serata perfetta"],
    "es": ["Tercera vez este mes en Cantavo y sigue siendo genial, ya somos fijos"],
}

GRIPE_PRAISE = {
    "fr": [
        "Super soirée, le son est top, juste dommage que la tablette mette 10 secondes à charger le catalogue. Sinon on revient !",
        "Très contente de la cabine M, seul bémol les cocktails un peu chers. Mais on a adoré",
    ],
    "pt": [
        "Adorei a noite, só o ar condicionado da cabine estava um bocadinho forte. De resto tudo 5 estrelas",
        "Muito bom como sempre, só falta a música da Amália no catálogo! De resto perfeito",
    ],
    "en": [
        "Brilliant night, only gripe is the app logs me out every time I open it. Otherwise spot on"
    ],
    "de": ["Toller Abend, nur die Parkplatzsuche am Cantavo ist nervig. Sonst alles super"],
    "it": ["Serata bellissima, unico neo: la tablet in cabina era un po' lenta. Per il resto top"],
    "es": ["Genial como siempre, solo que las patatas llegaron frías. Por lo demás perfecto"],
}

JOKES = {
    "fr": [
        "Mon voisin de cabine a chanté Les Lacs du Connemara 3 fois. Cantavo, il vous faut une limite par personne 😂"
    ],
    "pt": [
        "O meu cunhado descobriu o karaoke do Cantavo e agora acha que é o Tony Carreira 😂 obrigado por isto"
    ],
    "en": ["Cantavo: where my mate finally learned he can't sing Adele. Worth every penny 😂"],
    "de": ["Mein Chef bei Atemlos im Cantavo. Das vergesse ich nie 😂"],
    "it": ["Mio zio al Cantavo che canta Nel blu dipinto di blu in tre lingue diverse 😂"],
    "es": ["Mi padre cantando Julio Iglesias en el Cantavo, no tiene precio 😂"],
}

CHAT_Q = {
    "fr": [
        "Bonjour, est-ce qu'on peut apporter un gâteau pour un anniversaire en cabine M ?",
        "bjr, le tarif Club s'applique aussi le samedi soir ?",
        "Salut, on peut prolonger la session d'une heure directement sur place ?",
    ],
    "pt": [
        "Olá, posso levar bolo de aniversário para a cabine M?",
        "boa tarde, o desconto do Club dá para sexta à noite?",
        "Olá, dá para juntar mais duas pessoas à reserva de sábado?",
    ],
    "en": ["Hi, can we bring our own birthday cake into a Booth M?"],
    "de": ["Hallo, kann man die Session vor Ort um eine Stunde verlängern?"],
    "it": ["Ciao, si può portare una torta per un compleanno in cabina M?"],
    "es": ["Hola, ¿se puede llevar tarta de cumpleaños a la cabina M?"],
}

CHAT_A = {
    "fr": [
        "Bonjour ! Oui, sans souci, prévenez juste l'accueil en arrivant. Bonne soirée chez Cantavo"
    ],
    "pt": ["Olá! Sim, sem problema, é só avisar na receção quando chegarem. Boa noite no Cantavo"],
    "en": [
        "Hi! Yes, no problem at all, just let the front desk know when you arrive. Enjoy your night"
    ],
    "de": ["Hallo! Ja, kein Problem, sagen Sie einfach am Empfang Bescheid. Viel Spaß"],
    "it": ["Ciao! Sì, nessun problema, basta avvisare la reception all'arrivo. Buona serata"],
    "es": ["¡Hola! Sí, sin problema, avisad en recepción al llegar. Buena noche"],
}

THANKS = {
    "fr": ["merci !! trop cool", "Top merci 🙏", "parfait merci bcp"],
    "pt": ["obg!! 🙌", "Fixe, obrigada!", "brutal, obrigado"],
    "en": ["cheers, legend"],
    "de": ["super, danke dir!"],
    "it": ["grz mille!"],
    "es": ["genial, gracias!!"],
}

CALL_Q = {
    "fr": [
        "oui bonjour je voulais savoir si la carte cadeau Cantavo marche dans toutes les salles ou seulement à {town}",
        "bonjour c'est pour une réservation de groupe on sera onze est-ce que la cabine L est assez grande",
    ],
    "pt": [
        "olá boa tarde queria saber se o cartão oferta do Cantavo dá para usar em todas as salas ou só em {town}",
        "bom dia é para uma reserva de grupo somos onze pessoas a cabine L chega",
    ],
    "en": [
        "hi there just wondering if the Cantavo gift card works at every venue or only in {town}"
    ],
    "de": [
        "hallo ich wollte fragen ob die Cantavo Geschenkkarte in allen Filialen gilt oder nur in {town}"
    ],
    "it": [
        "buongiorno volevo sapere se la carta regalo Cantavo vale in tutte le sale o solo a {town}"
    ],
    "es": [
        "hola buenas quería saber si la tarjeta regalo de Cantavo vale en todos los locales o solo en {town}"
    ],
}

CALL_FOLLOW = {
    "fr": [
        "Suite à votre appel : oui, la carte cadeau et les cabines L (jusqu'à 12 personnes) sont valables dans toutes nos salles. À bientôt chez Cantavo !"
    ],
    "pt": [
        "Na sequência da sua chamada: sim, o cartão oferta e as cabines L (até 12 pessoas) valem em todas as nossas salas. Até breve no Cantavo!"
    ],
    "en": [
        "Following your call: yes, gift cards and Booth L (up to 12 people) are valid at all our venues. See you soon at Cantavo!"
    ],
    "de": [
        "Zu Ihrem Anruf: Ja, Geschenkkarten und Kabine L (bis 12 Personen) gelten in allen unseren Filialen. Bis bald im Cantavo!"
    ],
    "it": [
        "In seguito alla sua chiamata: sì, carta regalo e cabina L (fino a 12 persone) valgono in tutte le nostre sale. A presto!"
    ],
    "es": [
        "Tras su llamada: sí, la tarjeta regalo y la cabina L (hasta 12 personas) valen en todos nuestros locales. ¡Hasta pronto!"
    ],
}

REVIEW = {
    "fr": [
        "Meilleur karaoké de la ville, cabines propres et son de qualité.",
        "Accueil top, réservation facile dans l'app, on reviendra.",
    ],
    "pt": [
        "O melhor karaoke da cidade, cabines limpas e som de qualidade.",
        "Reserva fácil na app e staff simpático, recomendo.",
    ],
    "en": ["Best karaoke in town, clean booths and proper sound."],
    "de": ["Bestes Karaoke der Stadt, saubere Kabinen und guter Sound."],
    "it": ["Il miglior karaoke in città, cabine pulite e ottimo audio."],
    "es": ["El mejor karaoke de la ciudad, cabinas limpias y buen sonido."],
}

SURVEY_WORDS = {
    "fr": ["Top", "Parfait 👌", "", "Super soirée"],
    "pt": ["Excelente", "5 estrelas", "", "Adorámos"],
    "en": ["Great", ""],
    "de": ["Super", ""],
    "it": ["Ottimo", ""],
    "es": ["Genial", ""],
}

NIGHT_POST = {
    "fr": [
        "2h du mat, je sors du Cantavo avec plus de voix et le sourire jusqu'aux oreilles. Meilleure idée de la semaine",
        "insomnie, je prépare la playlist de samedi au Cantavo. Priorités 🎤",
    ],
    "pt": [
        "3 da manhã, acabei o turno no hospital e já estou a escolher as músicas para o Cantavo de sábado 🎤",
        "saí agora do Cantavo, sem voz mas feliz. Que noite!",
    ],
    "en": ["1am and still buzzing from Cantavo, my throat is gone but worth it"],
    "de": ["Nachtschicht vorbei, Kabine im Cantavo für Samstag gebucht. Ich freu mich!"],
    "it": ["Le due di notte e ho ancora in testa le canzoni del Cantavo. Serata epica"],
    "es": ["Las 2 de la mañana y aún con la voz rota del Cantavo. Noche épica"],
}

NIGHT_Q = {
    "fr": [
        "Bonsoir, je peux encore annuler ma réservation de demain 20h sans frais ?",
        "Bonsoir, le Club se renouvelle à quelle date exactement ?",
    ],
    "pt": [
        "Boa noite, ainda posso cancelar a reserva de amanhã às 20h sem custos?",
        "Boa noite, a que horas abre a sala de {town} ao domingo?",
    ],
    "en": ["Hi, can I still cancel tomorrow's 8pm booking for free?"],
    "de": ["Hallo, kann ich die Buchung morgen 20 Uhr noch kostenlos stornieren?"],
    "it": ["Ciao, posso ancora annullare gratis la prenotazione di domani alle 20?"],
    "es": ["Hola, ¿puedo cancelar gratis la reserva de mañana a las 20h?"],
}

NIGHT_A = {
    "fr": ["Bonsoir ! Oui, l'annulation est gratuite jusqu'à 24 h avant. Bonne nuit"],
    "pt": ["Boa noite! Sim, o cancelamento é gratuito até 24 h antes. Boa noite"],
    "en": ["Hi! Yes, cancelling is free up to 24 hours before. Night night"],
    "de": ["Hallo! Ja, bis 24 Stunden vorher ist die Stornierung kostenlos. Gute Nacht"],
    "it": ["Ciao! Sì, l'annullamento è gratuito fino a 24 ore prima. Buonanotte"],
    "es": ["¡Hola! Sí, cancelar es gratis hasta 24 h antes. Buenas noches"],
}

# ------------------------------------------------------------------ trouble --
# The six consumer problems, one sentence each, as the customer would put it.
PROBLEM = {
    "no_show": {
        "fr": [
            "On arrive à l'heure avec la réservation confirmée dans l'app et la cabine est DÉJÀ occupée par un autre groupe, on nous renvoie chez nous",
            "réservation confirmée, 8 personnes devant la porte et pas de cabine : donnée à quelqu'un d'autre",
        ],
        "pt": [
            "Chegámos à hora com a reserva confirmada na app e a cabine JÁ estava ocupada por outro grupo, mandaram-nos embora",
            "reserva confirmada, 8 pessoas à porta e cabine nenhuma: deram-na a outro grupo",
        ],
        "en": [
            "We turned up on time with the booking confirmed in the app and the booth was ALREADY taken by another group, we were sent home"
        ],
        "de": [
            "Wir kommen pünktlich mit bestätigter Buchung und die Kabine ist SCHON von einer anderen Gruppe belegt, wir wurden heimgeschickt"
        ],
        "it": [
            "Arriviamo puntuali con la prenotazione confermata e la cabina è GIÀ occupata da un altro gruppo, ci mandano a casa"
        ],
        "es": [
            "Llegamos a la hora con la reserva confirmada y la cabina YA estaba ocupada por otro grupo, nos mandaron a casa"
        ],
    },
    "double_charge": {
        "fr": [
            "La cabine de samedi m'a été débitée DEUX fois ({amount}), et mon loyer est passé en refus",
            "deux prélèvements pour une seule réservation, {amount} chacun",
        ],
        "pt": [
            "A reserva de sábado foi cobrada DUAS vezes ({amount}) e fiquei sem saldo para a renda",
            "dois débitos para uma só reserva, {amount} cada um",
        ],
        "en": ["Saturday's booth was charged TWICE ({amount}) and my rent bounced"],
        "de": [
            "Die Kabine vom Samstag wurde ZWEIMAL abgebucht ({amount}), jetzt ist meine Miete geplatzt"
        ],
        "it": ["La cabina di sabato mi è stata addebitata DUE volte ({amount})"],
        "es": ["Me han cobrado DOS veces la cabina del sábado ({amount})"],
    },
    "damage": {
        "fr": [
            "Les deux micros de la cabine grésillaient puis plus rien, personne n'est venu, soirée d'anniversaire gâchée",
            "écran figé et micros muets pendant une heure sur deux, on a payé pour regarder un mur",
        ],
        "pt": [
            "Os dois microfones da cabine chiavam e depois morreram, ninguém veio ajudar, festa de anos estragada",
            "ecrã congelado e microfones mudos durante uma hora das duas, pagámos para olhar para a parede",
        ],
        "en": ["Both mics in the booth crackled and then died, nobody came, birthday ruined"],
        "de": [
            "Beide Mikros in der Kabine haben gerauscht und dann ganz versagt, keiner kam, Geburtstag ruiniert"
        ],
        "it": [
            "I due microfoni della cabina gracchiavano e poi sono morti, nessuno è venuto, compleanno rovinato"
        ],
        "es": [
            "Los dos micros de la cabina chisporroteaban y luego murieron, no vino nadie, cumple arruinado"
        ],
    },
    "refund": {
        "fr": [
            "J'ai annulé ma réservation dans les délais il y a TROIS semaines et toujours pas de remboursement ({amount})",
            "le remboursement de ma soirée annulée ({amount}) n'est toujours pas arrivé, trois semaines",
        ],
        "pt": [
            "Cancelei a reserva dentro do prazo há TRÊS semanas e ainda nada de reembolso ({amount})",
            "o reembolso da noite cancelada ({amount}) ainda não chegou, três semanas",
        ],
        "en": ["I cancelled in time THREE weeks ago and still no refund ({amount})"],
        "de": [
            "Ich habe vor DREI Wochen fristgerecht storniert und immer noch keine Erstattung ({amount})"
        ],
        "it": ["Ho annullato in tempo TRE settimane fa e ancora nessun rimborso ({amount})"],
        "es": ["Cancelé a tiempo hace TRES semanas y sigo sin reembolso ({amount})"],
    },
    "wrong_price": {
        "fr": [
            "Je suis membre du Club et on m'a facturé le tarif normal, {amount} au lieu du prix membre",
            "abonnée Club depuis un an et facturée plein tarif, {amount}",
        ],
        "pt": [
            "Sou sócia do Club e cobraram-me o preço normal, {amount} em vez do preço de sócio",
            "sócio do Club há um ano e cobraram tarifa cheia, {amount}",
        ],
        "en": [
            "I'm a Club member and got charged the full rate, {amount} instead of the member price"
        ],
        "de": [
            "Ich bin Club-Mitglied und habe den normalen Preis bezahlt, {amount} statt Mitgliederpreis"
        ],
        "it": ["Sono socio del Club e mi hanno fatto pagare la tariffa piena, {amount}"],
        "es": [
            "Soy socia del Club y me cobraron la tarifa normal, {amount} en vez del precio de socio"
        ],
    },
    "cancel_fee": {
        "fr": [
            "On m'a prélevé des frais d'annulation tardive alors que j'ai annulé QUATRE jours avant",
            "frais d'annulation de {amount} pour une annulation faite quatre jours avant, sérieusement",
        ],
        "pt": [
            "Cobraram-me taxa de cancelamento tardio quando cancelei QUATRO dias antes",
            "taxa de {amount} por um cancelamento feito quatro dias antes, a sério",
        ],
        "en": ["I got a late-cancellation fee though I cancelled FOUR days ahead"],
        "de": ["Ich soll eine Spätstornogebühr zahlen, obwohl ich VIER Tage vorher storniert habe"],
        "it": [
            "Mi hanno addebitato la penale di annullamento tardivo anche se ho annullato QUATTRO giorni prima"
        ],
        "es": ["Me cobraron gastos de cancelación tardía aunque cancelé CUATRO días antes"],
    },
}

TOPIC_WORD = {
    "no_show": {
        "fr": "cabine donnée à un autre groupe",
        "pt": "cabine dada a outro grupo",
        "en": "booth given away",
        "de": "Kabine doppelt vergeben",
        "it": "cabina data ad altri",
        "es": "cabina dada a otro grupo",
    },
    "double_charge": {
        "fr": "double prélèvement",
        "pt": "cobrança duplicada",
        "en": "charged twice",
        "de": "doppelte Abbuchung",
        "it": "doppio addebito",
        "es": "cobro duplicado",
    },
    "damage": {
        "fr": "micros en panne",
        "pt": "microfones avariados",
        "en": "dead microphones",
        "de": "Mikros kaputt",
        "it": "microfoni guasti",
        "es": "micros estropeados",
    },
    "refund": {
        "fr": "remboursement",
        "pt": "reembolso",
        "en": "refund",
        "de": "Erstattung",
        "it": "rimborso",
        "es": "reembolso",
    },
    "wrong_price": {
        "fr": "tarif Club non appliqué",
        "pt": "preço de sócio",
        "en": "Club rate",
        "de": "Club-Preis",
        "it": "tariffa Club",
        "es": "tarifa de socio",
    },
    "cancel_fee": {
        "fr": "frais d'annulation",
        "pt": "taxa de cancelamento",
        "en": "cancellation fee",
        "de": "Stornogebühr",
        "it": "penale di annullamento",
        "es": "gastos de cancelación",
    },
}

COMPLAINT_SUBJ = {
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
}

ANGRY = {
    "fr": [
        "{problem}. C'est inadmissible, je veux une solution MAINTENANT.",
        "Bonjour. {problem}. Franchement je suis furieuse, répondez-moi vite.",
        "{problem} !!! Je n'en reviens pas.",
    ],
    "pt": [
        "{problem}. É inadmissível, quero uma solução JÁ.",
        "Boa tarde. {problem}. Estou mesmo furiosa, respondam rápido.",
        "{problem}!!! Não acredito nisto.",
    ],
    "en": ["{problem}. This is NOT on, I want it sorted today."],
    "de": ["{problem}. Das ist eine Frechheit, ich will das HEUTE geklärt haben."],
    "it": ["{problem}. È inaccettabile, voglio una soluzione SUBITO."],
    "es": ["{problem}. Es inaceptable, quiero una solución YA."],
}

SOCIAL_ANGRY = {
    "fr": [
        "@Cantavo {problem}. Bravo pour le service client 😡",
        "{problem}. Merci @Cantavo, vraiment.",
    ],
    "pt": [
        "@Cantavo {problem}. Parabéns pelo serviço 😡",
        "{problem}. Obrigadinho @Cantavo, a sério.",
    ],
    "en": ["@Cantavo {problem}. Cheers for nothing 😡"],
    "de": ["@Cantavo {problem}. Danke für nichts 😡"],
    "it": ["@Cantavo {problem}. Complimenti davvero 😡"],
    "es": ["@Cantavo {problem}. Gracias por nada 😡"],
}

LONG_EMAIL = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, ma fille a une otite et je profite de ces vingt minutes. Cela fait deux ans que nous fêtons tous les anniversaires de la famille chez vous, à {town}, et je vous ai recommandés à tout mon bureau.\n\nMais samedi dernier, {problem_lc}. J'avais organisé la soirée des 40 ans de mon mari depuis un mois, avec des amis venus de Marseille.\n\nJ'attends une explication et un geste, et une réponse rapide.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nJe prends le temps de vous écrire entre deux cartons, nous déménageons à la fin du mois et je n'ai vraiment pas besoin de ça. Nous sommes clients Cantavo depuis l'ouverture de la salle de {town}.\n\nVoici le problème : {problem_lc}. J'ai déjà perdu une soirée et beaucoup de patience.\n\nMerci de régler cela rapidement.\n\n{name}",
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo-vos do carro à porta do treino de futebol do meu filho, é o único momento calmo que tenho esta semana. Somos clientes do Cantavo de {town} há dois anos e já vos recomendei a meio mundo.\n\nNo sábado passado, {problem_lc}. Tinha preparado a festa dos 40 anos do meu marido há um mês, com amigos vindos do Algarve.\n\nEspero uma explicação e uma resposta rápida.\n\nCumprimentos,\n{name}",
        "Exmos. Senhores,\n\nAproveito a pausa do almoço no escritório para vos escrever, porque por telefone ninguém atende. Sou cliente Cantavo desde que abriu a sala de {town}.\n\nO problema é este: {problem_lc}. Já perdi uma noite e muita paciência.\n\nAgradeço que resolvam isto depressa.\n\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car outside my son's swimming lesson, the only quiet ten minutes I get. We've had every family birthday at Cantavo {town} for two years.\n\nLast Saturday, {problem_lc}. I'd planned my husband's 40th for a month.\n\nI'd like an explanation and a quick answer.\n\nRegards,\n{name}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Zahnarzt, sonst komme ich diese Woche zu nichts. Wir feiern seit zwei Jahren jeden Geburtstag im Cantavo {town}.\n\nAm Samstag aber: {problem_lc}. Ich hatte den 40. meines Mannes einen Monat lang geplant.\n\nIch erwarte eine Erklärung und eine schnelle Antwort.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del veterinario, è l'unico momento libero della settimana. Festeggiamo ogni compleanno al Cantavo di {town} da due anni.\n\nSabato scorso però: {problem_lc}. Avevo organizzato i 40 anni di mio marito da un mese.\n\nAspetto una spiegazione e una risposta rapida.\n\nCordiali saluti,\n{name}"
    ],
    "es": [
        "Hola,\n\nos escribo desde el coche a la puerta de la academia de inglés de mi hija, es el único rato libre que tengo. Llevamos dos años celebrando todos los cumples en el Cantavo de {town}.\n\nPero el sábado pasado: {problem_lc}. Había preparado los 40 de mi marido durante un mes.\n\nEspero una explicación y una respuesta rápida.\n\nUn saludo,\n{name}"
    ],
}

CASE_OPENED = {
    "fr": [
        "Bonjour {first}, nous sommes désolés. Votre dossier {case} est ouvert et notre équipe revient vers vous sous 48 h."
    ],
    "pt": [
        "Olá {first}, lamentamos muito. O seu processo {case} está aberto e a nossa equipa responde em 48 h."
    ],
    "en": [
        "Hi {first}, we're sorry. Your case {case} is open and our team will get back to you within 48 hours."
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Ihr Vorgang {case} ist eröffnet, wir melden uns innerhalb von 48 Stunden."
    ],
    "it": [
        "Ciao {first}, ci dispiace. La tua pratica {case} è aperta, ti rispondiamo entro 48 ore."
    ],
    "es": ["Hola {first}, lo sentimos. Tu caso {case} está abierto y te respondemos en 48 h."],
}

ESCALATED = {
    "fr": [
        "Bonjour {first}, votre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "pt": [
        "Olá {first}, o seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "Ciao {first}, la tua pratica {case} è ora con il nostro responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "es": [
        "Hola {first}, tu caso {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}

GOOD_NEWS = {
    "fr": [
        "Bonne nouvelle {first} : dossier {case}, c'est réglé de notre côté (remboursement ou avoir envoyé). Pouvez-vous nous confirmer que tout est bon ?"
    ],
    "pt": [
        "Boas notícias {first}: processo {case}, já está resolvido do nosso lado (reembolso ou crédito enviado). Pode confirmar-nos que está tudo bem?"
    ],
    "en": [
        "Good news {first}: case {case} is sorted on our side (refund or credit sent). Could you confirm all is well?"
    ],
    "de": [
        "Gute Nachrichten {first}: Vorgang {case} ist bei uns erledigt (Erstattung oder Gutschrift raus). Können Sie bestätigen, dass alles passt?"
    ],
    "it": [
        "Buone notizie {first}: pratica {case} risolta da parte nostra (rimborso o credito inviato). Ci confermi che è tutto a posto?"
    ],
    "es": [
        "Buenas noticias {first}: caso {case} resuelto por nuestra parte (reembolso o abono enviado). ¿Nos confirmas que todo está bien?"
    ],
}

CHAT_CASE = {
    "fr": [
        "Je suis vraiment désolée. J'ai ouvert le dossier {case}, vous recevrez un e-mail de suivi."
    ],
    "pt": ["Peço imensa desculpa. Abri o processo {case}, vai receber um e-mail de seguimento."],
    "en": ["I'm really sorry. I've opened case {case}, you'll get a follow-up e-mail."],
    "de": ["Das tut mir sehr leid. Ich habe Vorgang {case} eröffnet, Sie bekommen eine E-Mail."],
    "it": ["Mi dispiace molto. Ho aperto la pratica {case}, riceverai un'e-mail."],
    "es": ["Lo siento mucho. He abierto el caso {case}, recibirás un e-mail de seguimiento."],
}

URGENT = {
    "fr": ["C'est ajouté à votre dossier {case}, marqué urgent."],
    "pt": ["Já acrescentei ao processo {case}, marcado como urgente."],
    "en": ["Added to your case {case}, marked urgent."],
    "de": ["Zu Ihrem Vorgang {case} hinzugefügt, als dringend markiert."],
    "it": ["Aggiunto alla tua pratica {case}, segnata come urgente."],
    "es": ["Añadido a tu caso {case}, marcado como urgente."],
}

APOLOGY = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Le dossier {case} est réglé, merci.",
        "je m'excuse pour le ton d'hier, c'était pas contre vous. Merci pour le dossier {case}",
    ],
    "pt": [
        "Peço desculpa pela mensagem de ontem, estava de cabeça perdida. O processo {case} está resolvido, obrigada.",
        "desculpem o tom de ontem, não era nada pessoal. Obrigado pelo processo {case}",
    ],
    "en": ["Sorry about my message yesterday, I'd had a day. Case {case} is sorted, thanks."],
    "de": ["Entschuldigung für gestern, ich war völlig durch. Vorgang {case} ist erledigt, danke."],
    "it": ["Scusate per il messaggio di ieri, ero esausta. La pratica {case} è risolta, grazie."],
    "es": ["Perdón por lo de ayer, estaba fatal. El caso {case} está resuelto, gracias."],
}

CONFIRM = {
    "fr": [
        "Confirmé pour le dossier {case}, tout est bon, merci !",
        "c'est bon pour {case}, bien reçu merci",
    ],
    "pt": [
        "Confirmo o processo {case}, está tudo certo, obrigada!",
        "tudo ok com o {case}, recebido obrigado",
    ],
    "en": ["Confirmed for case {case}, all good, thanks!"],
    "de": ["Bestätigt für Vorgang {case}, alles gut, danke!"],
    "it": ["Confermo per la pratica {case}, tutto a posto, grazie!"],
    "es": ["Confirmado el caso {case}, todo bien, ¡gracias!"],
}

STILL_OPEN = {
    "fr": [
        "Dossier {case} : TOUJOURS rien. {problem}. Je relance encore.",
        "Re dossier {case}, toujours pas réglé. {problem}.",
    ],
    "pt": [
        "Processo {case}: AINDA nada. {problem}. Volto a insistir.",
        "Sobre o processo {case}, continua por resolver. {problem}.",
    ],
    "en": ["Case {case}: STILL nothing. {problem}. Chasing again."],
    "de": ["Vorgang {case}: IMMER NOCH nichts. {problem}. Ich hake nochmal nach."],
    "it": ["Pratica {case}: ANCORA niente. {problem}. Sollecito di nuovo."],
    "es": ["Caso {case}: TODAVÍA nada. {problem}. Vuelvo a reclamar."],
}

THIRD = {
    "fr": [
        "Dossier {case}, troisième fois que j'écris. Une collègue va chez {comp} et eux règlent ça le jour même.",
        "{case} toujours ouvert. J'ai regardé les prix de {comp}, je vous laisse deviner.",
    ],
    "pt": [
        "Processo {case}, é a terceira vez que escrevo. Uma colega vai ao {comp} e lá resolvem isto no mesmo dia.",
        "{case} continua aberto. Já fui ver os preços do {comp}.",
    ],
    "en": [
        "Case {case}, third time writing. A colleague goes to {comp} and they sort this the same day."
    ],
    "de": [
        "Vorgang {case}, zum dritten Mal. Eine Kollegin geht zu {comp}, die regeln so was am selben Tag."
    ],
    "it": [
        "Pratica {case}, terza volta che scrivo. Una collega va da {comp} e lì risolvono in giornata."
    ],
    "es": [
        "Caso {case}, tercera vez que escribo. Una compañera va a {comp} y allí lo arreglan el mismo día."
    ],
}

FOURTH = {
    "fr": ["QUATRIÈME fois pour le dossier {case}. Toujours ouvert. C'est une blague ?"],
    "pt": ["QUARTA vez pelo processo {case}. Continua aberto. Estão a gozar?"],
    "en": ["FOURTH time about case {case}. Still open. Is this a joke?"],
    "de": ["Zum VIERTEN Mal wegen Vorgang {case}. Immer noch offen. Soll das ein Witz sein?"],
    "it": ["QUARTA volta per la pratica {case}. Ancora aperta. È uno scherzo?"],
    "es": ["CUARTA vez por el caso {case}. Sigue abierto. ¿Es una broma?"],
}

CALL_FRAME = {
    "fr": ["oui bonjour j'appelle pour le dossier {case} {problem} et personne ne me rappelle"],
    "pt": ["sim boa tarde ligo por causa do processo {case} {problem} e ninguém me liga de volta"],
    "en": ["yeah hi I'm calling about case {case} {problem} and nobody calls me back"],
    "de": ["ja hallo ich rufe wegen Vorgang {case} an {problem} und keiner ruft zurück"],
    "it": ["sì buongiorno chiamo per la pratica {case} {problem} e nessuno mi richiama"],
    "es": ["sí hola llamo por el caso {case} {problem} y nadie me devuelve la llamada"],
}

CALL_FIRST = {
    "fr": ["bonjour {problem} je voudrais que quelqu'un s'en occupe"],
    "pt": ["boa tarde {problem} queria que alguém tratasse disto"],
    "en": ["hello {problem} I'd like someone to deal with it"],
    "de": ["guten Tag {problem} ich möchte dass sich jemand darum kümmert"],
    "it": ["buongiorno {problem} vorrei che qualcuno se ne occupasse"],
    "es": ["buenas {problem} quiero que alguien se encargue"],
}

LOW_CSAT = {
    "fr": ["nul", "", "déçue"],
    "pt": ["péssimo", "", "desiludida"],
    "en": ["poor"],
    "de": ["schlecht"],
    "it": ["pessimo"],
    "es": ["fatal"],
}

# ------------------------------------------------------------------- slides --
SLIDE = {
    "fr": [
        [
            "Réservation faite en 2 minutes dans l'app mais l'accueil nous a fait attendre 25 minutes devant la cabine",
            "Micro gauche qui grésille et tablette lente, on a perdu un quart d'heure de notre session",
            "Plus de cabine S le vendredi pour les membres, il faut réserver trois semaines avant maintenant",
            "Cabine pas nettoyée en arrivant, verres de l'ancien groupe sur la table. Ça baisse vraiment",
            "Frais de {amount} pour un verre cassé qu'on n'a même pas touché, vos propres caméras le montrent !",
            "Ma sœur va chez {comp} maintenant, j'ai réservé là-bas pour samedi. Bravo Cantavo",
        ],
        [
            "Un peu d'attente à l'accueil ce soir, dommage",
            "le son saturait dans la cabine 3, personne n'est venu régler",
            "Tarif Club augmenté sans prévenir, pas top",
            "Cabine sale et clim en panne, on étouffait",
            "On me facture {amount} de « nettoyage » alors qu'on a tout laissé propre. SCANDALEUX",
            "Des amis vont chez {comp}, j'ai réservé chez eux pour samedi. Fini pour moi",
        ],
    ],
    "pt": [
        [
            "Reserva feita num minuto na app mas esperámos 25 minutos à porta da cabine",
            "Microfone esquerdo a chiar e tablet lento, perdemos um quarto de hora da sessão",
            "Já não há cabine S à sexta para sócios, agora é reservar com três semanas",
            "Cabine por limpar quando chegámos, copos do grupo anterior na mesa. Está a piorar",
            "Cobraram {amount} por um copo partido em que nem tocámos, as vossas câmaras mostram isso!",
            "A minha irmã agora vai ao {comp}, já reservei lá para sábado. Parabéns Cantavo",
        ],
        [
            "Alguma espera na receção hoje, pena",
            "o som distorcia na cabine 3 e ninguém veio ajustar",
            "Subiram a tarifa do Club sem avisar, nada fixe",
            "Cabine suja e ar condicionado avariado, estava um forno",
            "Cobram-me {amount} de « limpeza » quando deixámos tudo limpo. VERGONHOSO",
            "Uns amigos vão ao {comp}, reservei lá para sábado. Para mim chega",
        ],
    ],
    "en": [
        [
            "Booked in two minutes in the app but waited 25 minutes outside the booth",
            "Left mic crackling and the tablet slow, lost a quarter of an hour",
            "No more Booth S on Fridays for members, you have to book three weeks out now",
            "Booth not cleaned when we arrived, last group's glasses still on the table. Going downhill",
            "Charged {amount} for a broken glass we never touched, your own cameras show it!",
            "My sister goes to {comp} now, I've booked there for Saturday. Well done Cantavo",
        ]
    ],
    "de": [
        [
            "In zwei Minuten gebucht, aber 25 Minuten vor der Kabine gewartet",
            "Linkes Mikro rauscht, Tablet lahm, eine Viertelstunde verloren",
            "Freitags keine Kabine S mehr für Mitglieder, jetzt drei Wochen vorher buchen",
            "Kabine nicht geputzt, Gläser der letzten Gruppe standen noch da. Es geht bergab",
            "{amount} für ein kaputtes Glas, das wir nie angefasst haben, eure eigenen Kameras zeigen es!",
            "Meine Schwester geht jetzt zu {comp}, ich habe dort für Samstag gebucht. Glückwunsch Cantavo",
        ]
    ],
    "it": [
        [
            "Prenotato in due minuti in app ma aspettato 25 minuti davanti alla cabina",
            "Microfono sinistro che gracchia e tablet lenta, perso un quarto d'ora",
            "Niente più cabina S il venerdì per i soci, ora si prenota tre settimane prima",
            "Cabina non pulita, bicchieri del gruppo prima ancora sul tavolo. In calo",
            "{amount} per un bicchiere rotto che non abbiamo mai toccato, lo mostrano le vostre telecamere!",
            "Mia sorella ora va da {comp}, ho prenotato lì per sabato. Complimenti Cantavo",
        ]
    ],
    "es": [
        [
            "Reservé en dos minutos en la app pero esperamos 25 minutos en la puerta de la cabina",
            "Micro izquierdo chisporroteando y tablet lenta, perdimos un cuarto de hora",
            "Ya no hay cabina S los viernes para socios, hay que reservar con tres semanas",
            "Cabina sin limpiar, vasos del grupo anterior en la mesa. Va a peor",
            "{amount} por un vaso roto que ni tocamos, ¡vuestras propias cámaras lo muestran!",
            "Mi hermana va ahora a {comp}, he reservado allí para el sábado. Enhorabuena Cantavo",
        ]
    ],
}

LEAVE = {
    "fr": [
        "Bonjour, nous avons acheté une enceinte karaoké pour le salon avec la prime de fin d'année, on chantera à la maison. Je souhaite résilier mon abonnement Cantavo Club et fermer mon compte. Merci",
        "Bonjour, je déménage à la campagne, il n'y a pas de salle Cantavo à moins d'une heure. Merci de résilier le Club et de fermer mon compte.",
    ],
    "pt": [
        "Olá, comprámos uma coluna de karaoke para a sala com o subsídio de Natal, vamos cantar em casa. Quero cancelar o Cantavo Club e fechar a conta. Obrigada",
        "Boa tarde, vou mudar-me para o interior e não há sala Cantavo perto. Peço que cancelem o Club e fechem a minha conta.",
    ],
    "en": [
        "Hi, we bought a karaoke speaker for the living room with my bonus, we'll sing at home now. Please cancel my Cantavo Club and close my account."
    ],
    "de": [
        "Hallo, wir haben uns mit dem Bonus eine Karaoke-Box fürs Wohnzimmer gekauft. Bitte kündigen Sie meinen Cantavo Club und schließen Sie mein Konto."
    ],
    "it": [
        "Ciao, abbiamo comprato una cassa karaoke per il salotto con la tredicesima. Vorrei disdire il Cantavo Club e chiudere l'account."
    ],
    "es": [
        "Hola, nos hemos comprado un altavoz de karaoke para el salón con la paga extra. Quiero darme de baja del Cantavo Club y cerrar la cuenta."
    ],
}

SORRY_GO = {
    "fr": [
        "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site, rubrique Club."
    ],
    "pt": ["Olá {first}, lamentamos vê-lo partir. Pode cancelar na app ou no site, secção Club."],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website, under Club."
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Club kündigen."
    ],
    "it": [
        "Ciao {first}, ci dispiace vederti andare. Puoi disdire da solo in app o sul sito, sezione Club."
    ],
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes darte de baja en la app o en la web, sección Club."
    ],
}

GRUMBLES = {
    "fr": [
        "L'app Cantavo me déconnecte à chaque fois, pénible",
        "Le SMS « votre session finit dans 10 min » qui arrive en plein refrain, merci",
        "30 minutes de queue à l'accueil le samedi, encore",
        "Le parking devant la salle de {town} est un enfer",
        "Pas de prévenance quand l'horaire de la cabine change",
    ],
    "pt": [
        "A app do Cantavo faz-me logout sempre, irritante",
        "A SMS « a sessão acaba em 10 min » a chegar a meio do refrão, obrigadinho",
        "30 minutos de fila na receção ao sábado, outra vez",
        "O estacionamento à porta da sala de {town} é um inferno",
        "Ninguém avisa quando mudam a hora da cabine",
    ],
    "en": [
        "Cantavo app logs me out every single time",
        "The 10-minutes-left text landing mid-chorus, thanks",
        "30-minute queue at the desk on Saturday again",
        "Parking at the {town} venue is a nightmare",
        "No heads-up when the booth time changes",
    ],
    "de": [
        "Die Cantavo-App loggt mich jedes Mal aus",
        "Die SMS „noch 10 Minuten“ mitten im Refrain, danke",
        "Schon wieder 30 Minuten Schlange am Samstag",
        "Parken vor der Filiale {town} ist eine Katastrophe",
        "Keine Info, wenn sich die Kabinenzeit ändert",
    ],
    "it": [
        "L'app Cantavo mi fa il logout ogni volta",
        "L'SMS « mancano 10 minuti » in pieno ritornello, grazie",
        "Ancora 30 minuti di coda il sabato",
        "Parcheggiare davanti alla sala di {town} è un incubo",
        "Nessun avviso quando cambia l'orario della cabina",
    ],
    "es": [
        "La app de Cantavo me cierra sesión cada vez",
        "El SMS de «quedan 10 minutos» en pleno estribillo, gracias",
        "Otra vez 30 minutos de cola el sábado",
        "Aparcar en el local de {town} es una pesadilla",
        "Nadie avisa cuando cambia la hora de la cabina",
    ],
}

SARCASM = {
    "fr": [
        "Merci Cantavo pour la cabine « insonorisée » : on a profité de tout le répertoire de Johnny de la cabine d'à côté 👏",
        "Génial la clim réglée sur Sibérie, on a chanté en doudoune 🙃",
    ],
    "pt": [
        "Obrigado Cantavo pela cabine « insonorizada »: ouvimos o repertório todo do Quim Barreiros da cabine ao lado 👏",
        "Adorei o ar condicionado em modo Sibéria, cantámos de casaco 🙃",
    ],
    "en": [
        "Thanks Cantavo for the 'soundproof' booth, we got the whole of the next room's Mamma Mia for free 👏"
    ],
    "de": [
        "Danke Cantavo für die „schallisolierte“ Kabine, wir hatten Helene Fischer von nebenan gratis dazu 👏"
    ],
    "it": [
        "Grazie Cantavo per la cabina « insonorizzata »: ci siamo goduti tutto Vasco dalla cabina accanto 👏"
    ],
    "es": [
        "Gracias Cantavo por la cabina «insonorizada», nos regalasteis todo el repertorio de Bisbal de la de al lado 👏"
    ],
}

MILD = {
    "fr": [
        "La recherche de salles m'affiche Lille alors que je suis à Lyon",
        "les notifications de l'app arrivent en anglais, c'est normal ?",
    ],
    "pt": [
        "A pesquisa de salas mostra-me o Porto e eu estou em Lisboa",
        "as notificações da app chegam em inglês, é normal?",
    ],
    "en": ["Venue search keeps showing Glasgow, I'm in Leeds"],
    "de": ["Die Filialsuche zeigt mir Hamburg, ich bin in Köln"],
    "it": ["La ricerca sale mi mostra Napoli, sono a Torino"],
    "es": ["El buscador de locales me enseña Bilbao y estoy en Valencia"],
}

MILD_A = {
    "fr": ["Merci du signalement, c'est transmis à l'équipe de l'app."],
    "pt": ["Obrigado pelo aviso, já passámos à equipa da app."],
    "en": ["Thanks for flagging, passed on to the app team."],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergegeben."],
    "it": ["Grazie della segnalazione, passata al team dell'app."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
}

BILINGUAL_WHY = {
    "fr": "français à la maison",
    "pt": "português com a família",
    "en": "English at work",
    "de": "Deutsch im Büro",
    "it": "italiano con i genitori",
    "es": "español con la pareja",
}

# --------------------------------------------------------------- business arm --
COMPANY_KIND = [
    "consulting",
    "bank",
    "hospital",
    "software",
    "retail",
    "law firm",
    "university",
    "logistics",
    "insurance",
    "agency",
]

B2B_PROBLEM = {
    "invoice": {
        "fr": "les factures Cantavo Pro arrivent au nom de l'ancienne société et sans numéro de bon de commande, notre comptabilité les rejette",
        "pt": "as faturas Cantavo Pro vêm com o nome antigo da empresa e sem número de nota de encomenda, a contabilidade rejeita-as",
        "en": "Cantavo Pro invoices come in the old company name and with no PO number, so accounts payable rejects them",
        "de": "die Cantavo-Pro-Rechnungen kommen auf den alten Firmennamen und ohne Bestellnummer, die Buchhaltung weist sie ab",
        "it": "le fatture Cantavo Pro arrivano intestate alla vecchia ragione sociale e senza numero d'ordine, l'amministrazione le rifiuta",
        "es": "las facturas de Cantavo Pro llegan a nombre de la antigua empresa y sin número de pedido, contabilidad las rechaza",
    },
    "service_blocked": {
        "fr": "notre équipe a été refusée à l'accueil hier soir, « compte bloqué », alors que tout est payé",
        "pt": "a nossa equipa foi recusada na receção ontem à noite, « conta bloqueada », com tudo pago",
        "en": "our team was turned away at the desk last night, 'account on stop', though everything is paid",
        "de": "unser Team wurde gestern Abend am Empfang abgewiesen, „Konto gesperrt“, obwohl alles bezahlt ist",
        "it": "il nostro team è stato respinto alla reception ieri sera, « conto bloccato », anche se è tutto pagato",
        "es": "anoche rechazaron a nuestro equipo en recepción, «cuenta bloqueada», y está todo pagado",
    },
    "portal": {
        "fr": "le portail Pro n'affiche aucune réservation, impossible de changer le nombre de participants et on nous facture l'ancien effectif",
        "pt": "o portal Pro não mostra reservas nenhumas, não dá para mudar o número de pessoas e faturam o número antigo",
        "en": "the Pro portal shows no bookings, we can't change headcount and get billed for the old one",
        "de": "das Pro-Portal zeigt keine Buchungen, wir können die Teilnehmerzahl nicht ändern und zahlen die alte",
        "it": "il portale Pro non mostra prenotazioni, non si cambia il numero di partecipanti e ci fatturano quello vecchio",
        "es": "el portal Pro no muestra reservas, no podemos cambiar el número de asistentes y nos cobran el antiguo",
    },
    "overbilled": {
        "fr": "on nous facture le tarif public au lieu du tarif contrat entreprise, plus de 600 € d'écart",
        "pt": "estão a faturar a tarifa pública em vez da tarifa de contrato, mais de 600 € de diferença",
        "en": "we're billed the public rate instead of our contract rate, over 600 € difference",
        "de": "wir zahlen den Publikumspreis statt unseres Vertragspreises, über 600 € Unterschied",
        "it": "ci fatturano la tariffa pubblica invece di quella da contratto, più di 600 € di differenza",
        "es": "nos facturan la tarifa pública en vez de la de contrato, más de 600 € de diferencia",
    },
}

B2B_SUBJ = {
    "fr": "Compte Pro {account} : {topic}",
    "pt": "Conta Pro {account}: {topic}",
    "en": "Pro account {account}: {topic}",
    "de": "Pro-Konto {account}: {topic}",
    "it": "Conto Pro {account}: {topic}",
    "es": "Cuenta Pro {account}: {topic}",
}

B2B_TOPIC = {
    "invoice": {
        "fr": "factures",
        "pt": "faturas",
        "en": "invoices",
        "de": "Rechnungen",
        "it": "fatture",
        "es": "facturas",
    },
    "service_blocked": {
        "fr": "équipe refusée",
        "pt": "equipa recusada",
        "en": "team turned away",
        "de": "Team abgewiesen",
        "it": "team respinto",
        "es": "equipo rechazado",
    },
    "portal": {
        "fr": "portail",
        "pt": "portal",
        "en": "portal",
        "de": "Portal",
        "it": "portale",
        "es": "portal",
    },
    "overbilled": {
        "fr": "tarif contrat",
        "pt": "tarifa de contrato",
        "en": "contract rate",
        "de": "Vertragspreis",
        "it": "tariffa contratto",
        "es": "tarifa de contrato",
    },
}

B2B_FIRST = {
    "fr": ["Bonjour, {problem}. Merci de corriger rapidement.\n{name}, {title}, {company}"],
    "pt": ["Bom dia, {problem}. Agradeço correção rápida.\n{name}, {title}, {company}"],
    "en": ["Hello, {problem}. Please fix this quickly.\n{name}, {title}, {company}"],
    "de": ["Guten Tag, {problem}. Bitte schnell korrigieren.\n{name}, {title}, {company}"],
    "it": ["Buongiorno, {problem}. Vi prego di correggere in fretta.\n{name}, {title}, {company}"],
    "es": ["Buenos días, {problem}. Por favor, corregidlo rápido.\n{name}, {title}, {company}"],
}

B2B_LATER = {
    "fr": [
        "Bonjour, ma collègue {prev} vous a écrit {when} (dossier {case}). Même problème ici : {problem}. Ça bloque tout le service.\n{name}, {title}"
    ],
    "pt": [
        "Bom dia, a minha colega {prev} já vos escreveu {when} (processo {case}). O mesmo aqui: {problem}. Está a bloquear o departamento.\n{name}, {title}"
    ],
    "en": [
        "Hello, my colleague {prev} wrote to you {when} (case {case}). Same here: {problem}. It's holding up the whole team.\n{name}, {title}"
    ],
    "de": [
        "Guten Tag, meine Kollegin {prev} hat Ihnen {when} geschrieben (Vorgang {case}). Bei mir dasselbe: {problem}. Das blockiert die Abteilung.\n{name}, {title}"
    ],
    "it": [
        "Buongiorno, la mia collega {prev} vi ha scritto {when} (pratica {case}). Anche qui: {problem}. Blocca tutto l'ufficio.\n{name}, {title}"
    ],
    "es": [
        "Buenos días, mi compañera {prev} os escribió {when} (caso {case}). Aquí igual: {problem}. Bloquea todo el departamento.\n{name}, {title}"
    ],
}

WHEN_WORD = {
    "fr": {"today": "ce matin", 0: "lundi", 1: "mardi", 2: "mercredi", 3: "jeudi", 4: "vendredi"},
    "pt": {
        "today": "esta manhã",
        0: "na segunda",
        1: "na terça",
        2: "na quarta",
        3: "na quinta",
        4: "na sexta",
    },
    "en": {
        "today": "this morning",
        0: "on Monday",
        1: "on Tuesday",
        2: "on Wednesday",
        3: "on Thursday",
        4: "on Friday",
    },
    "de": {
        "today": "heute Morgen",
        0: "am Montag",
        1: "am Dienstag",
        2: "am Mittwoch",
        3: "am Donnerstag",
        4: "am Freitag",
    },
    "it": {
        "today": "stamattina",
        0: "lunedì",
        1: "martedì",
        2: "mercoledì",
        3: "giovedì",
        4: "venerdì",
    },
    "es": {
        "today": "esta mañana",
        0: "el lunes",
        1: "el martes",
        2: "el miércoles",
        3: "el jueves",
        4: "el viernes",
    },
}

B2B_ACK = {
    "fr": [
        "Bonjour {first}, merci, c'est noté sous le dossier {case}. Notre équipe Pro revient vers vous."
    ],
    "pt": [
        "Olá {first}, obrigado, fica registado no processo {case}. A equipa Pro responde em breve."
    ],
    "en": ["Hi {first}, thanks, logged under case {case}. Our Pro team will come back to you."],
    "de": ["Hallo {first}, danke, erfasst unter Vorgang {case}. Unser Pro-Team meldet sich."],
    "it": ["Ciao {first}, grazie, registrato nella pratica {case}. Il team Pro ti ricontatta."],
    "es": [
        "Hola {first}, gracias, registrado en el caso {case}. El equipo Pro te contesta pronto."
    ],
}

B2B_LAST_EMAIL = {
    "fr": [
        "Dossier {case} : rien n'est corrigé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n{name}, {title}"
    ],
    "pt": [
        "Processo {case}: nada foi corrigido e vários colegas já vos escreveram. As compras já pediram preços ao {comp}.\n{name}, {title}"
    ],
    "en": [
        "Case {case}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for their rates.\n{name}, {title}"
    ],
    "de": [
        "Vorgang {case}: nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} Preise angefragt.\n{name}, {title}"
    ],
    "it": [
        "Pratica {case}: niente è sistemato e vari colleghi vi hanno scritto. Gli acquisti hanno già chiesto i prezzi a {comp}.\n{name}, {title}"
    ],
    "es": [
        "Caso {case}: nada arreglado y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}.\n{name}, {title}"
    ],
}

B2B_LAST_CALL = {
    "fr": [
        "oui bonjour c'est pour le dossier {case} toujours rien de corrigé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si c'est pas réglé cette semaine"
    ],
    "pt": [
        "sim bom dia é sobre o processo {case} continua tudo igual vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não resolverem esta semana"
    ],
    "en": [
        "yes hi it's about case {case} still nothing fixed several colleagues wrote my boss says we move the account if it isn't sorted this week"
    ],
    "de": [
        "ja guten Tag wegen Vorgang {case} immer noch nichts behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "it": [
        "sì buongiorno per la pratica {case} ancora niente di risolto vari colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "es": [
        "sí buenos días por el caso {case} sigue sin arreglarse varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}

B2B_SUGGEST = {
    "fr": [
        "Suggestion : pouvoir exporter les dépenses Cantavo Pro par centre de coût.",
        "Ce serait pratique d'avoir le nom de l'événement sur chaque facture.",
    ],
    "pt": [
        "Sugestão: poder exportar os gastos Cantavo Pro por centro de custo.",
        "Dava jeito ter o nome do evento em cada fatura.",
    ],
    "en": ["Suggestion: let us export Cantavo Pro spend by cost centre."],
    "de": ["Vorschlag: Cantavo-Pro-Ausgaben nach Kostenstelle exportieren können."],
    "it": ["Suggerimento: poter esportare le spese Cantavo Pro per centro di costo."],
    "es": ["Sugerencia: poder exportar el gasto de Cantavo Pro por centro de coste."],
}

B2B_Q = {
    "fr": [
        "Bonjour, peut-on réserver deux cabines L côte à côte pour un afterwork jeudi ?",
        "Bonjour, le buffet apéritif est-il inclus dans le forfait Pro ?",
    ],
    "pt": [
        "Bom dia, dá para reservar duas cabines L lado a lado para quinta?",
        "Olá, o buffet está incluído no pacote Pro?",
    ],
    "en": ["Hi, can we book two Booth Ls side by side for Thursday's team night?"],
    "de": ["Hallo, können wir zwei Kabinen L nebeneinander für Donnerstag buchen?"],
    "it": ["Ciao, possiamo prenotare due cabine L vicine per giovedì?"],
    "es": ["Hola, ¿podemos reservar dos cabinas L juntas para el jueves?"],
}

B2B_A = {
    "fr": ["Bonjour, oui, c'est fait dans le portail, bonne soirée d'équipe !"],
    "pt": ["Olá, sim, já ficou no portal, boa noite de equipa!"],
    "en": ["Hi, yes, done in the portal, enjoy the team night!"],
    "de": ["Hallo, ja, im Portal erledigt, viel Spaß beim Teamabend!"],
    "it": ["Ciao, sì, fatto nel portale, buona serata di team!"],
    "es": ["Hola, sí, hecho en el portal, ¡buena noche de equipo!"],
}

B2B_PRAISE = {
    "fr": ["Afterwork Cantavo hier avec toute l'équipe compta, ambiance incroyable, merci !"],
    "pt": ["Jantar de equipa no Cantavo ontem, ambiente incrível, obrigado!"],
    "en": ["Team night at Cantavo yesterday, brilliant atmosphere, thank you!"],
    "de": ["Teamabend im Cantavo gestern, tolle Stimmung, danke!"],
    "it": ["Serata di team al Cantavo ieri, atmosfera fantastica, grazie!"],
    "es": ["Noche de equipo en Cantavo ayer, ambientazo, ¡gracias!"],
}

JOB_TITLES = [
    "Office Manager",
    "HR Business Partner",
    "Event Coordinator",
    "Finance Assistant",
    "Team Lead",
    "Executive Assistant",
]

# ----------------------------------------------------------------- the spike --
SPIKE = {
    "fr": [
        "@Cantavo nos chansons passent dans la cabine d'À CÔTÉ ?! On a mis 6 titres dans la file et c'est les voisins qui chantent notre Goldman",
        "Bonjour, l'app affiche « QSY-604 » quand j'ajoute une chanson et rien ne sort sur notre écran. Cabine 5, salle de {town}",
        "c'est quoi ce bug, ma file d'attente part dans une autre cabine, on entend nos chansons à travers le mur",
        "Erreur QSY-604 en boucle dans l'app, impossible de lancer une chanson dans notre cabine, la soirée est à l'arrêt",
    ],
    "pt": [
        "@Cantavo as nossas músicas estão a tocar na cabine AO LADO?! Metemos 6 na fila e são os vizinhos que estão a cantar o nosso Rui Veloso",
        "Boa noite, a app dá « QSY-604 » quando junto uma música e no nosso ecrã não aparece nada. Cabine 3, sala de {town}",
        "que bug é este, a minha fila vai para outra cabine, ouvimos as nossas músicas através da parede",
        "Erro QSY-604 sempre que tento pôr música, a festa está parada",
    ],
    "en": [
        "@Cantavo our songs are playing in the booth NEXT DOOR?! We queued six and the neighbours are singing our Queen",
        "App says QSY-604 every time I add a song and nothing shows on our screen",
    ],
    "de": [
        "@Cantavo unsere Songs laufen in der Kabine NEBENAN?! Wir haben sechs eingereiht und die Nachbarn singen unser Atemlos",
        "Die App zeigt QSY-604 beim Hinzufügen, auf unserem Bildschirm passiert nichts",
    ],
    "it": [
        "@Cantavo le nostre canzoni partono nella cabina ACCANTO?! Ne abbiamo messe sei e le cantano i vicini",
        "L'app dà errore QSY-604 quando aggiungo una canzone, sul nostro schermo niente",
    ],
    "es": [
        "@Cantavo ¡¿nuestras canciones suenan en la cabina DE AL LADO?! Pusimos seis y las cantan los vecinos",
        "La app da error QSY-604 al añadir canciones y en nuestra pantalla no sale nada",
    ],
}

SPIKE_AGAIN = {
    "fr": [
        "Toujours pareil, même avec le téléphone de mon copain : la file part chez les voisins. On a payé 2 h pour rien",
        "Encore QSY-604 après avoir réinstallé l'app, on attend quoi ?",
    ],
    "pt": [
        "Continua igual, mesmo com o telemóvel do meu namorado: a fila vai para os vizinhos. Pagámos 2 h para nada",
        "Outra vez QSY-604 depois de reinstalar a app, estamos à espera de quê?",
    ],
    "en": [
        "Still the same on my husband's phone, the queue goes next door. Paid two hours for nothing"
    ],
    "de": ["Immer noch, auch mit dem Handy meines Freundes: die Liste geht nach nebenan"],
    "it": ["Ancora uguale anche col telefono di mia moglie, la coda va nella cabina accanto"],
    "es": ["Sigue igual con el móvil de mi novio, la cola se va a la cabina de al lado"],
}

SPIKE_CHAT_A = {
    "fr": [
        "Oui, la file de chansons de l'app est envoyée vers la mauvaise cabine dans toutes nos salles en ce moment, nos techniciens sont dessus. En attendant, la tablette de la cabine marche."
    ],
    "pt": [
        "Sim, neste momento a fila de músicas da app está a ir para a cabine errada em todas as salas, os técnicos estão a tratar. Entretanto o tablet da cabine funciona."
    ],
    "en": [
        "Yes, the app's song queue is going to the wrong booth at every venue right now, our engineers are on it. The booth tablet works meanwhile."
    ],
    "de": [
        "Ja, die Songliste der App landet gerade überall in der falschen Kabine, unsere Technik ist dran. Das Tablet in der Kabine funktioniert."
    ],
    "it": [
        "Sì, in questo momento la coda dell'app va nella cabina sbagliata in tutte le sale, i tecnici ci lavorano. Il tablet in cabina funziona."
    ],
    "es": [
        "Sí, ahora mismo la cola de la app va a la cabina equivocada en todos los locales, los técnicos están en ello. El tablet de la cabina funciona."
    ],
}

SPIKE_FIXED = {
    "fr": [
        "Bonjour {first}, la file de chansons de l'app fonctionne de nouveau depuis {local}. Votre session de ce soir vous est remboursée, avec {credit} de crédit offert."
    ],
    "pt": [
        "Olá {first}, a fila de músicas da app voltou a funcionar desde as {local}. A sessão de hoje é reembolsada, com {credit} de crédito oferecido."
    ],
    "en": [
        "Hi {first}, the app's song queue works again since {local}. Tonight's session is refunded and {credit} credit added."
    ],
    "de": [
        "Hallo {first}, die Songliste der App funktioniert seit {local} wieder. Die Session heute wird erstattet, dazu {credit} Guthaben."
    ],
    "it": [
        "Ciao {first}, la coda dell'app funziona di nuovo dalle {local}. La sessione di stasera è rimborsata, più {credit} di credito."
    ],
    "es": [
        "Hola {first}, la cola de la app vuelve a funcionar desde las {local}. La sesión de hoy está reembolsada y os regalamos {credit} de crédito."
    ],
}

LONE_Q = {
    "fr": [
        "Bonjour, hier soir nos chansons mettaient 3-4 secondes à apparaître sur l'écran de la cabine, c'est normal ? On revient samedi"
    ],
    "pt": [
        "Olá, ontem as músicas demoravam 3-4 segundos a aparecer no ecrã da cabine, é normal? Voltamos no sábado"
    ],
    "en": [
        "Hi, last night songs took 3-4 seconds to show on the booth screen, is that normal? Back on Saturday"
    ],
    "de": [
        "Hallo, gestern brauchten die Songs 3-4 Sekunden bis zum Bildschirm, ist das normal? Wir kommen Samstag wieder"
    ],
    "it": [
        "Ciao, ieri sera le canzoni ci mettevano 3-4 secondi ad apparire sullo schermo, è normale? Torniamo sabato"
    ],
    "es": [
        "Hola, anoche las canciones tardaban 3-4 segundos en salir en la pantalla, ¿es normal? Volvemos el sábado"
    ],
}

LONE_A = {
    "fr": [
        "Bonjour, oui c'est normal quand la salle est pleine, la chanson arrive bien dans votre cabine. Bonne soirée samedi !"
    ],
    "pt": ["Olá, sim, é normal com a sala cheia, a música chega à vossa cabine. Bom sábado!"],
    "en": [
        "Hi, yes, that's normal on a busy night, the song does reach your booth. Enjoy Saturday!"
    ],
    "de": [
        "Hallo, ja, an vollen Abenden normal, der Song kommt in Ihrer Kabine an. Viel Spaß am Samstag!"
    ],
    "it": [
        "Ciao, sì, è normale con la sala piena, la canzone arriva nella vostra cabina. Buon sabato!"
    ],
    "es": [
        "Hola, sí, es normal con el local lleno, la canción llega a vuestra cabina. ¡Buen sábado!"
    ],
}

CHAT_GRUMBLE = {
    "fr": ["La carte des salles met une éternité à charger dans l'app"],
    "pt": ["O mapa das salas demora imenso a carregar na app"],
    "en": ["The venue map takes ages to load in the app"],
    "de": ["Die Filialkarte in der App lädt ewig"],
    "it": ["La mappa delle sale nell'app ci mette una vita a caricare"],
    "es": ["El mapa de locales tarda muchísimo en cargar en la app"],
}
