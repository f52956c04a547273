"""Wording of heldout167 (Lenzavo, baby-gear hire): every customer and agent sentence.

Placeholders: {brand} {case} {product} {comp} {code} {colleague} {day} {name}.
Phone tables are speech-to-text: lower case, no punctuation.
"""

# ruff: noqa: E501

BRAND = "Lenzavo"
PLUS = "Lenzavo Plus"
PRO = "Lenzavo Pro"
COMPETITORS = ("Cunarra", "Bimbelo")
SPIKE_CODE = "EXT-557"

LANGS = ("es", "fr", "en", "de", "it", "pt")
MARKETS = {
    "es": ("ES", "ES", "ES"),
    "fr": ("FR", "FR", "BE", "CH"),
    "en": ("UK", "IE"),
    "de": ("DE", "AT"),
    "it": ("IT",),
    "pt": ("PT",),
}
PHONE_PREFIX = {
    "ES": ("+34", "6", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "79", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
FIRST = {
    "es": (
        "Lucía",
        "Marta",
        "Javier",
        "Pablo",
        "Carmen",
        "Iker",
        "Nerea",
        "Álvaro",
        "Rocío",
        "Sergio",
        "Ainhoa",
        "Raúl",
        "Elena",
        "Hugo",
        "Noelia",
        "Diego",
    ),
    "fr": (
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Chloé",
        "Antoine",
        "Manon",
        "Nicolas",
        "Léa",
        "Thomas",
        "Inès",
        "Hélène",
        "Romain",
        "Clémence",
        "Yanis",
        "Margaux",
    ),
    "en": ("Sophie", "James", "Aoife", "Liam", "Hannah", "Owen", "Grace", "Callum"),
    "de": ("Lena", "Jonas", "Miriam", "Felix", "Katrin", "Tobias", "Anja", "Lukas"),
    "it": ("Giulia", "Matteo", "Chiara", "Luca", "Federica", "Davide", "Sara", "Paolo"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui", "Joana", "Miguel", "Carla", "Nuno"),
}
LAST = {
    "es": (
        "García",
        "Martín",
        "Ruiz",
        "Navarro",
        "Serrano",
        "Iglesias",
        "Ortega",
        "Castro",
        "Vidal",
        "Molina",
        "Peña",
        "Soler",
    ),
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Roux",
        "Fournier",
        "Bonnet",
        "Mercier",
        "Lambert",
        "Faure",
    ),
    "en": ("Walsh", "Hughes", "Murphy", "Clarke", "Bennett", "Doyle"),
    "de": ("Becker", "Wagner", "Hoffmann", "Krüger", "Schulz", "Vogel"),
    "it": ("Rossi", "Ferri", "Gallo", "Conti", "Marino", "Greco"),
    "pt": ("Silva", "Costa", "Sousa", "Pereira", "Lopes", "Mendes"),
}
TOWNS = {
    "ES": ("Valencia", "Bilbao", "Málaga", "Zaragoza", "Madrid"),
    "FR": ("Lyon", "Nantes", "Lille", "Toulouse", "Rennes"),
    "BE": ("Liège", "Namur"),
    "CH": ("Lausanne", "Genève"),
    "UK": ("Leeds", "Bristol"),
    "IE": ("Cork", "Galway"),
    "DE": ("Köln", "Leipzig"),
    "AT": ("Graz", "Linz"),
    "IT": ("Bologna", "Torino"),
    "PT": ("Braga", "Coimbra"),
}
PRODUCTS = (
    ("Travel system Duo (pram + carrycot), 2 weeks", "89.00"),
    ("Car seat i-Size 0-4, 1 week", "34.00"),
    ("Travel cot with mattress, 1 week", "29.00"),
    ("High chair foldable, 2 weeks", "22.00"),
    ("Baby carrier ergonomic, 1 month", "39.00"),
    ("Twin buggy, 1 week", "45.00"),
    ("Bottle steriliser + warmer, 2 weeks", "19.00"),
    ("Baby monitor with camera, 1 month", "31.00"),
)
PAGES = (
    "/app/catalogue",
    "/app/my-hires",
    "/plus",
    "/app/holiday-delivery",
    "/help/returns",
    "/app/extend",
)
AGENTS = ("Marina", "Olivier", "Nora", "Bastien", "Clara", "Enzo")

# ---------------------------------------------------------------- happy ----
PRAISE = {
    "es": (
        "El carrito llegó al apartamento de Cádiz antes que nosotros, montado y limpísimo. {brand} nos ha salvado las vacaciones",
        "la silla de coche de {brand} impecable, el repartidor me enseñó a ponerla con isofix en dos minutos. gracias!!",
        "Alquilar la cuna de viaje en vez de cargarla en el avión: la mejor idea del verano. Todo perfecto",
    ),
    "fr": (
        "La poussette était déjà à l'hôtel à Biarritz quand on est arrivés, propre et pliée. Merci {brand} !",
        "super service, le siège auto nickel et le livreur hyper patient avec mon fils qui hurlait 😅",
        "Louer la chaise haute chez les grands-parents plutôt que d'en acheter une : top. Rien à redire",
    ),
    "en": (
        "Pram was waiting at the holiday cottage, spotless. {brand} made the trip so much easier",
    ),
    "de": (
        "Der Kinderwagen stand schon in der Ferienwohnung, sauber und komplett. Danke {brand}!",
    ),
    "it": ("Passeggino già in hotel a Rimini, pulitissimo. {brand} ci ha semplificato la vita",),
    "pt": ("O carrinho já estava no apartamento no Algarve, limpinho. Obrigada {brand}!",),
}
AGAIN = {
    "es": (
        "Tercera vez que alquilamos con {brand} y otra vez todo perfecto, ni una mancha",
        "otra vez el mismo repartidor tan majo, ya nos conoce jaja",
    ),
    "fr": (
        "Troisième location cette année et toujours aussi nickel",
        "encore une fois livré pile à l'heure, vous êtes des chefs",
    ),
    "en": ("Third hire this year and again spot on",),
    "de": ("Schon wieder alles pünktlich, dritte Miete dieses Jahr",),
    "it": ("Terza volta con voi e ancora tutto perfetto",),
    "pt": ("Terceira vez e continua tudo impecável",),
}
GRIPE_PRAISE = {
    "es": (
        "Todo genial con la cuna, solo que el manual venía en PDF y en el apartamento no había wifi. Por lo demás de 10",
        "Muy contenta con la silla, aunque la funda olía un poco a suavizante fuerte. Repetiremos",
    ),
    "fr": (
        "Très contente de la poussette, juste l'habillage pluie manquait. Sinon parfait",
        "tout bien sauf le créneau de livraison un peu large (8h-14h). on recommence quand même",
    ),
    "en": ("Lovely high chair, only the tray was a bit stiff. Would hire again",),
    "de": ("Sehr gut, nur die Anleitung gab es bloß als PDF. Sonst top",),
    "it": ("Tutto bene, solo la consegna in una fascia un po' larga. Ci riproveremo",),
    "pt": ("Tudo ótimo, só a capa da chuva é que faltava. De resto perfeito",),
}
QUESTION = {
    "es": (
        "Hola, ¿puedo recoger la silla en el aeropuerto de Málaga en vez de en el hotel?",
        "una pregunta, la cuna de viaje incluye sábanas o las llevo yo?",
        "¿Se puede alargar el alquiler del carrito una semana desde la app?",
    ),
    "fr": (
        "Bonjour, est-ce que le siège auto convient pour 18 mois ?",
        "on peut se faire livrer dans un camping ?",
        "Le lit parapluie est livré avec un matelas ?",
    ),
    "en": ("Hi, can the cot be delivered to a holiday let in Kerry?",),
    "de": ("Hallo, passt die Babyschale auch in einen Mietwagen ohne Isofix?",),
    "it": ("Ciao, il seggiolone si può consegnare in un B&B?",),
    "pt": ("Olá, a cadeira auto serve para um bebé de 9 meses?",),
}
ANSWER = {
    "es": (
        "¡Hola! Sí, claro, lo tienes en la app en Mis alquileres. Cualquier cosa nos dices. {agent}",
    ),
    "fr": ("Bonjour ! Oui, tout à fait, c'est indiqué dans l'appli. Bonne journée, {agent}",),
    "en": ("Hi! Yes, that's fine, you'll see it in the app. {agent}",),
    "de": ("Hallo! Ja, das geht, Sie sehen es in der App. Viele Grüße, {agent}",),
    "it": ("Ciao! Sì, certo, lo trovi nell'app. {agent}",),
    "pt": ("Olá! Sim, claro, está tudo na app. {agent}",),
}
THANKS = {
    "es": ("mil gracias!! 🙌", "genial, gracias crack", "vale perfecto, grax"),
    "fr": ("merci beaucoup !", "top merci 👍", "parfait, mercii"),
    "en": ("cheers, legend",),
    "de": ("super, danke dir!",),
    "it": ("grazie mille, gentilissimi",),
    "pt": ("obg, top!",),
}
PHONE_Q = {
    "es": (
        "hola buenas queria saber si la silla de coche vale para un niño de tres años y si la puedo devolver en otra ciudad",
    ),
    "fr": (
        "oui bonjour je voulais savoir si on peut rendre la poussette dans une autre ville que la livraison",
    ),
    "en": ("hi there just wondering if the cot comes with a fitted sheet thanks",),
    "de": ("ja hallo ich wollte fragen ob man den Kinderwagen auch am Bahnhof abholen kann",),
    "it": ("buongiorno volevo sapere se il passeggino si può ritirare in stazione",),
    "pt": ("bom dia queria saber se posso devolver o carrinho noutra cidade",),
}
PHONE_FOLLOW = {
    "es": (
        "Hola {name}, como hablamos por teléfono: sí se puede, te lo dejo anotado. Un saludo, {agent}",
    ),
    "fr": ("Bonjour {name}, comme convenu au téléphone, c'est possible et c'est noté. {agent}",),
    "en": ("Hi {name}, as discussed on the phone, that's all noted. {agent}",),
    "de": ("Hallo {name}, wie am Telefon besprochen, ist alles vermerkt. {agent}",),
    "it": ("Ciao {name}, come detto al telefono, è tutto annotato. {agent}",),
    "pt": ("Olá {name}, como falámos ao telefone, fica tudo anotado. {agent}",),
}
REVIEW = {
    "es": ("Carrito como nuevo y entrega puntual. Cinco estrellas",),
    "fr": ("Matériel propre, livraison à l'heure. Je recommande",),
    "en": ("Clean kit, on time, easy return",),
    "de": ("Saubere Sachen, pünktlich, gerne wieder",),
    "it": ("Tutto pulito e puntuale",),
    "pt": ("Tudo limpo e a horas",),
}
NIGHT_POST = {
    "es": (
        "3 de la mañana, el bebé por fin dormido en la cuna de {brand} y yo viendo vídeos de cómo plegar el carrito jaja",
        "turno de noche en urgencias y reservando la silla para el viaje del sábado",
    ),
    "fr": (
        "2h du mat, le petit dort enfin dans le lit parapluie de {brand}, moi je regarde des tutos pour plier la poussette",
        "insomnie, j'en profite pour réserver le siège auto pour les vacances",
    ),
    "en": ("4am feed done, baby asleep in the {brand} cot, me wide awake",),
    "de": ("3 Uhr nachts, Baby schläft endlich im Reisebett von {brand}",),
    "it": ("Le 2 di notte, la piccola dorme nel lettino di {brand}, io no",),
    "pt": ("3 da manhã, o bebé finalmente a dormir no berço da {brand}",),
}
NIGHT_Q = {
    "es": ("perdón por la hora, ¿la devolución del lunes es antes de las 10 o todo el día?",),
    "fr": ("désolée pour l'heure, le retour de lundi c'est avant 10h ou toute la journée ?",),
    "en": ("sorry it's late, is Monday's collection morning only?",),
    "de": ("sorry für die Uhrzeit, ist die Abholung am Montag nur vormittags?",),
    "it": ("scusate l'ora, il ritiro di lunedì è solo di mattina?",),
    "pt": ("desculpem a hora, a recolha de segunda é só de manhã?",),
}
SURVEY_WORD = {
    "es": ("todo perfecto", "", "👍"),
    "fr": ("nickel", "", "🙂"),
    "en": ("great", ""),
    "de": ("super", ""),
    "it": ("ottimo", ""),
    "pt": ("ótimo", ""),
}
JOKE = {
    "es": (
        "Mi hija ha decidido que el carrito de {brand} es suyo para siempre. Tenemos un problema diplomático jajaja",
    ),
    "fr": (
        "Mon fils refuse de rendre la chaise haute, il dit qu'elle est à lui. Négociations en cours 😂",
    ),
    "en": ("The toddler has claimed the {brand} buggy as hers. Send help 😂",),
    "de": ("Unsere Kleine will den Buggy nicht mehr hergeben 😂",),
    "it": ("Mio figlio non vuole restituire il passeggino 😂",),
    "pt": ("A minha filha diz que o carrinho agora é dela 😂",),
}

# ---------------------------------------------------------------- problems --
PROBLEMS = ("no_show", "damage", "refund", "wrong_price", "cancel_fee", "late_collection")
PROBLEM_TOPIC = {
    "no_show": "marked delivered to the holiday flat, never came",
    "damage": "car seat arrived with a cracked base",
    "refund": "deposit not released three weeks after return",
    "wrong_price": "Plus member charged the non-member rate",
    "cancel_fee": "cancellation fee for cancelling five days ahead",
    "late_collection": "extra week charged because the courier never collected",
}
SUBJECT = {
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
TOPIC_WORD = {
    "es": {
        "no_show": "entrega que no llegó",
        "damage": "silla rota",
        "refund": "fianza",
        "wrong_price": "precio Plus",
        "cancel_fee": "cargo de cancelación",
        "late_collection": "recogida",
    },
    "fr": {
        "no_show": "livraison jamais arrivée",
        "damage": "siège cassé",
        "refund": "caution",
        "wrong_price": "tarif Plus",
        "cancel_fee": "frais d'annulation",
        "late_collection": "reprise",
    },
    "en": {
        "no_show": "delivery never came",
        "damage": "broken car seat",
        "refund": "deposit",
        "wrong_price": "Plus price",
        "cancel_fee": "cancellation fee",
        "late_collection": "collection",
    },
    "de": {
        "no_show": "Lieferung nie gekommen",
        "damage": "kaputte Babyschale",
        "refund": "Kaution",
        "wrong_price": "Plus-Preis",
        "cancel_fee": "Stornogebühr",
        "late_collection": "Abholung",
    },
    "it": {
        "no_show": "consegna mai arrivata",
        "damage": "seggiolino rotto",
        "refund": "cauzione",
        "wrong_price": "prezzo Plus",
        "cancel_fee": "penale",
        "late_collection": "ritiro",
    },
    "pt": {
        "no_show": "entrega que não chegou",
        "damage": "cadeira partida",
        "refund": "caução",
        "wrong_price": "preço Plus",
        "cancel_fee": "taxa de cancelamento",
        "late_collection": "recolha",
    },
}
COMPLAINT = {
    "es": {
        "no_show": (
            "La app dice ENTREGADO y en el apartamento no hay ningún carrito. Llevamos dos horas en la puerta con un bebé de 4 meses en brazos. Esto es una vergüenza",
            "ni carrito ni cuna ni nada, y la app diciendo entregado. estoy furiosa",
        ),
        "damage": (
            "La silla de coche ha llegado con la base RAJADA. No pienso meter a mi hijo ahí. Necesito otra hoy",
            "base de la silla partida, nos vamos mañana de viaje y no tengo silla",
        ),
        "refund": (
            "TRES semanas desde que devolví la cuna y la fianza de 150 € sigue retenida. Nadie me contesta",
            "sigo sin ver la fianza, 150 euros, devuelto todo el día 2",
        ),
        "wrong_price": (
            "Soy socia Plus y me habéis cobrado la tarifa normal. 27 € de diferencia. Arregladlo ya",
            "me cobráis como si no fuera Plus, pago la cuota cada mes para nada?",
        ),
        "cancel_fee": (
            "Cancelé CINCO días antes y me cobráis 30 € de penalización. Vuestras condiciones dicen 48 horas",
            "cargo de cancelación injusto, cancelé con casi una semana",
        ),
        "late_collection": (
            "El repartidor no vino a recoger el carrito y ahora me cobráis otra semana entera. YA ESTÁ BIEN",
            "nadie vino a recoger y me cargais 45 euros mas, no es mi culpa",
        ),
    },
    "fr": {
        "no_show": (
            "L'appli indique LIVRÉ et il n'y a rien à l'appartement. On attend depuis deux heures avec un bébé de 4 mois. Inadmissible",
            "ni poussette ni lit, et l'appli dit livré. je suis furieuse",
        ),
        "damage": (
            "Le siège auto est arrivé avec la base FISSURÉE. Hors de question d'y mettre mon fils. Il m'en faut un autre aujourd'hui",
            "base du siège cassée, on part demain et j'ai pas de siège",
        ),
        "refund": (
            "TROIS semaines que j'ai rendu le lit et la caution de 150 € est toujours bloquée. Personne ne répond",
            "toujours pas de caution, 150 euros, tout rendu le 2",
        ),
        "wrong_price": (
            "Je suis abonnée Plus et vous m'avez facturé le tarif normal. 27 € de différence",
            "facturée comme si je n'étais pas Plus, je paie l'abonnement pour rien ?",
        ),
        "cancel_fee": (
            "J'ai annulé CINQ jours avant et vous me prenez 30 € de frais. Vos conditions disent 48 h",
            "frais d'annulation injustes, j'ai annulé presque une semaine avant",
        ),
        "late_collection": (
            "Le livreur n'est jamais venu reprendre la poussette et vous me facturez une semaine de plus. Ça suffit",
            "personne n'est venu et 45 euros de plus, c'est pas ma faute",
        ),
    },
    "en": {
        "no_show": (
            "App says DELIVERED and there is nothing at the flat. Two hours waiting with a 4-month-old. Unacceptable",
        ),
        "damage": (
            "Car seat arrived with a CRACKED base. Not putting my son in that. Need another today",
        ),
        "refund": (
            "THREE weeks since I returned the cot and the £130 deposit is still held. Nobody answers",
        ),
        "wrong_price": ("I'm a Plus member and you charged the normal rate, £23 more",),
        "cancel_fee": (
            "Cancelled FIVE days ahead and you charged a £26 fee. Your terms say 48 hours",
        ),
        "late_collection": (
            "Courier never came to collect the pram and now you charge another week",
        ),
    },
    "de": {
        "no_show": (
            "Die App sagt GELIEFERT, in der Ferienwohnung ist nichts. Zwei Stunden warten mit Baby. Unmöglich",
        ),
        "damage": ("Die Babyschale kam mit GERISSENER Basis. Da setze ich mein Kind nicht rein",),
        "refund": ("DREI Wochen nach Rückgabe ist die Kaution von 150 € immer noch blockiert",),
        "wrong_price": ("Ich bin Plus-Mitglied und zahle den normalen Preis, 27 € mehr",),
        "cancel_fee": (
            "FÜNF Tage vorher storniert und 30 € Gebühr. In den Bedingungen steht 48 Stunden",
        ),
        "late_collection": (
            "Niemand hat den Kinderwagen abgeholt und jetzt kostet es eine Woche mehr",
        ),
    },
    "it": {
        "no_show": (
            "L'app dice CONSEGNATO e in appartamento non c'è niente. Due ore ad aspettare con un neonato",
        ),
        "damage": ("Il seggiolino è arrivato con la base CREPATA. Non ci metto mio figlio",),
        "refund": ("TRE settimane dalla restituzione e la cauzione di 150 € è ancora bloccata",),
        "wrong_price": ("Sono socia Plus e mi avete fatto pagare la tariffa normale",),
        "cancel_fee": ("Ho cancellato CINQUE giorni prima e mi addebitate 30 € di penale",),
        "late_collection": (
            "Nessuno è venuto a ritirare il passeggino e ora mi fate pagare un'altra settimana",
        ),
    },
    "pt": {
        "no_show": (
            "A app diz ENTREGUE e no apartamento não há nada. Duas horas à espera com um bebé",
        ),
        "damage": ("A cadeira auto chegou com a base RACHADA. Não ponho lá o meu filho",),
        "refund": ("TRÊS semanas depois da devolução e a caução de 150 € continua retida",),
        "wrong_price": ("Sou sócia Plus e cobraram-me o preço normal",),
        "cancel_fee": ("Cancelei CINCO dias antes e cobraram 30 € de taxa",),
        "late_collection": ("Ninguém veio recolher o carrinho e agora cobram mais uma semana",),
    },
}
PHONE_COMPLAINT = {
    "es": (
        "si mire le llamo porque tengo un problema con {topic} y nadie me da una solucion estoy muy enfadada de verdad",
    ),
    "fr": (
        "oui bonjour j'appelle pour un problème de {topic} et personne ne me répond franchement je suis à bout",
    ),
    "en": (
        "yeah hi i'm calling about a {topic} problem and nobody is getting back to me honestly it's not good enough",
    ),
    "de": (
        "ja hallo ich rufe wegen {topic} an und niemand meldet sich das ist wirklich ärgerlich",
    ),
    "it": (
        "buongiorno chiamo per un problema di {topic} e nessuno mi risponde sono davvero arrabbiata",
    ),
    "pt": (
        "bom dia ligo por causa de um problema de {topic} e ninguém me responde estou mesmo chateada",
    ),
}
LONG_EMAIL = {
    "es": (
        "Buenas tardes:\n\nLes escribo desde la sala de espera del pediatra, con la pequeña en brazos, así que perdonen si me enrollo. Somos clientes desde que nació el mayor y siempre hemos hablado bien de ustedes a todo el mundo, en la guardería y en el grupo de madres del barrio. Este verano mis suegros nos han dejado su casa de Peñíscola y reservamos con mucha antelación.\n\n{complaint}\n\nEntiendo que un error lo tiene cualquiera, pero llevo días intentando que alguien me dé una respuesta y solo recibo mensajes automáticos. Les pido que lo solucionen esta semana.\n\nUn saludo,\n{name}",
        "Hola:\n\nAprovecho que el niño duerme la siesta para escribir con calma. Estamos a mitad de la mudanza, con cajas por todas partes, y contábamos con ustedes para no tener que comprar nada más. Hasta ahora todo había ido bien.\n\n{complaint}\n\nNo quiero montar un drama, pero necesito una solución y una explicación.\n\nGracias,\n{name}",
    ),
    "fr": (
        "Bonjour,\n\nJe vous écris depuis le parking de la crèche, entre deux réunions, donc pardon pour la forme. Nous sommes clients depuis la naissance de notre aînée et je vous ai recommandés à toutes mes amies. Cet été nous partions chez ma sœur en Bretagne et j'avais tout réservé en mai.\n\n{complaint}\n\nJe comprends qu'une erreur arrive, mais j'essaie depuis plusieurs jours d'avoir une vraie réponse et je ne reçois que des messages automatiques. Merci de régler cela cette semaine.\n\nCordialement,\n{name}",
        "Bonjour,\n\nPetit message écrit pendant la sieste, on vient de déménager et tout est encore en cartons. On comptait sur vous pour ne rien racheter, et jusqu'ici tout allait bien.\n\n{complaint}\n\nJe ne veux pas en faire une montagne mais j'attends une solution.\n\nMerci,\n{name}",
    ),
}
CASE_OPENED = {
    "es": (
        "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y la estamos revisando. Te escribimos en cuanto sepamos algo. {agent}",
    ),
    "fr": (
        "Bonjour {name}, nous sommes désolés. Nous avons ouvert le dossier {case} et nous revenons vers vous rapidement. {agent}",
    ),
    "en": (
        "Hi {name}, we're sorry about this. We've opened case {case} and will come back to you shortly. {agent}",
    ),
    "de": (
        "Hallo {name}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns bald. {agent}",
    ),
    "it": (
        "Ciao {name}, ci dispiace. Abbiamo aperto la segnalazione {case} e ti ricontattiamo presto. {agent}",
    ),
    "pt": (
        "Olá {name}, lamentamos. Abrimos o pedido {case} e voltamos a contactar em breve. {agent}",
    ),
}
CASE_SUBJECT = {
    "es": "RE: Incidencia {case}",
    "fr": "RE : Dossier {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
QUALITY_LEAD = {
    "es": (
        "Hola {name}, tu incidencia {case} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
    ),
    "fr": (
        "Bonjour {name}, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    ),
    "en": (
        "Hi {name}, case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    ),
    "de": (
        "Hallo {name}, Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}",
    ),
    "it": (
        "Ciao {name}, la segnalazione {case} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì. {agent}",
    ),
    "pt": (
        "Olá {name}, o pedido {case} está agora com a nossa responsável de qualidade, que liga antes de sexta. {agent}",
    ),
}
GOOD_NEWS = {
    "es": (
        "Hola {name}, buenas noticias sobre la incidencia {case}: ya está resuelto por nuestra parte. ¿Nos confirmas que te llega bien? {agent}",
    ),
    "fr": (
        "Bonjour {name}, bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer ? {agent}",
    ),
    "en": (
        "Hi {name}, good news on case {case}: it's sorted on our side. Could you confirm? {agent}",
    ),
    "de": (
        "Hallo {name}, gute Nachricht zu Vorgang {case}: auf unserer Seite erledigt. Können Sie das bestätigen? {agent}",
    ),
    "it": ("Ciao {name}, buone notizie sulla segnalazione {case}: risolto. Ci confermi? {agent}",),
    "pt": (
        "Olá {name}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar? {agent}",
    ),
}
CONFIRM = {
    "es": (
        "Confirmado, lo de la {case} ya está bien. Gracias por arreglarlo",
        "todo ok con la incidencia {case}, gracias!",
    ),
    "fr": (
        "Confirmé pour le dossier {case}, c'est bon. Merci",
        "c'est ok pour {case}, merci à vous",
    ),
    "en": ("Confirmed, case {case} is sorted. Thanks",),
    "de": ("Bestätigt, Vorgang {case} ist erledigt. Danke",),
    "it": ("Confermo, {case} risolto. Grazie",),
    "pt": ("Confirmo, o pedido {case} está resolvido. Obrigada",),
}
APOLOGY = {
    "es": ("Perdón por cómo os hablé ayer, estaba agotada con el bebé. Gracias por la paciencia",),
    "fr": ("Désolée pour mon message d'hier, j'étais épuisée. Merci pour votre patience",),
    "en": ("Sorry for how I came across yesterday, no sleep. Thanks for being patient",),
    "de": ("Sorry für meinen Ton gestern, war völlig übermüdet. Danke für die Geduld",),
    "it": ("Scusate per ieri, ero stanchissima. Grazie della pazienza",),
    "pt": ("Desculpem a forma como falei ontem, estava exausta. Obrigada",),
}
LOW_WORD = {
    "es": ("fatal", ""),
    "fr": ("nul", ""),
    "en": ("poor", ""),
    "de": ("schlecht", ""),
    "it": ("pessimo", ""),
    "pt": ("mau", ""),
}
SARCASM = {
    "es": (
        "Qué maravilla, la entrega 'de mañana' llegó a las 21:30, justo para la hora del baño 👏",
        "carrito entregado con las migas de galleta del cliente anterior incluidas, todo un detalle 😂",
    ),
    "fr": (
        "Génial, la livraison 'du matin' à 21h30, pile pour le bain 👏",
        "poussette livrée avec les miettes du client précédent, quelle attention 😂",
    ),
    "en": ("Love that the 'morning' delivery turned up at 9.30pm, right at bath time 👏",),
    "de": ("Toll, die 'Vormittags'-Lieferung kam um 21:30, genau zur Badezeit 👏",),
    "it": ("Fantastico, la consegna 'del mattino' alle 21:30 👏",),
    "pt": ("Que maravilha, a entrega 'da manhã' às 21h30 👏",),
}

# ---------------------------------------------------------------- repeat ---
REPEAT2 = {
    "es": (
        "Vuelvo a escribir por la incidencia {case}: sigue sin resolverse. ¿Alguien lo está mirando?",
        "incidencia {case} sigue abierta, nadie me dice nada",
    ),
    "fr": (
        "Je relance pour le dossier {case} : toujours rien. Quelqu'un s'en occupe ?",
        "dossier {case} toujours ouvert, aucune nouvelle",
    ),
    "en": ("Chasing case {case} again, still not sorted",),
    "de": ("Ich melde mich nochmal wegen Vorgang {case}: immer noch offen",),
    "it": ("Riscrivo per la segnalazione {case}: ancora niente",),
    "pt": ("Volto a escrever pelo pedido {case}: continua por resolver",),
}
REPEAT3 = {
    "es": (
        "Tercera vez que escribo por la {case}. Una amiga alquila en {comp} y allí se lo solucionan el mismo día",
        "ya he mirado lo que cobra {comp}. incidencia {case} TODAVIA abierta",
    ),
    "fr": (
        "Troisième message pour le dossier {case}. Une amie loue chez {comp} et eux règlent ça dans la journée",
        "j'ai regardé les prix de {comp}. dossier {case} TOUJOURS ouvert",
    ),
    "en": ("Third time about case {case}. A friend uses {comp} and they fix this the same day",),
    "de": (
        "Zum dritten Mal wegen {case}. Eine Freundin mietet bei {comp}, dort geht das am selben Tag",
    ),
    "it": ("Terza volta per {case}. Un'amica noleggia da {comp} e risolvono in giornata",),
    "pt": (
        "Terceira vez sobre o pedido {case}. Uma amiga aluga na {comp} e resolvem no mesmo dia",
    ),
}
REPEAT4 = {
    "es": ("CUARTA vez. Incidencia {case}. Sigue igual.",),
    "fr": ("QUATRIÈME fois. Dossier {case}. Rien n'a bougé.",),
    "en": ("FOURTH time. Case {case}. Nothing has changed.",),
    "de": ("VIERTES Mal. Vorgang {case}. Nichts passiert.",),
    "it": ("QUARTA volta. {case}. Tutto uguale.",),
    "pt": ("QUARTA vez. Pedido {case}. Tudo igual.",),
}
PHONE_REPEAT = {
    "es": ("hola llamo otra vez por la incidencia {case} que sigue abierta y nadie me ha llamado",),
    "fr": (
        "bonjour je rappelle pour le dossier {case} toujours pas réglé personne ne m'a rappelée",
    ),
    "en": ("hi calling again about case {case} still open nobody called me back",),
    "de": ("hallo ich rufe nochmal wegen {case} an immer noch offen keiner hat zurückgerufen",),
    "it": ("buongiorno richiamo per la segnalazione {case} ancora aperta",),
    "pt": ("bom dia ligo outra vez pelo pedido {case} que continua aberto",),
}
URGENT = {
    "es": ("Lo añado a tu incidencia {case} y la marco como urgente. {agent}",),
    "fr": ("J'ajoute cela au dossier {case}, marqué urgent. {agent}",),
    "en": ("Added to case {case}, marked urgent. {agent}",),
    "de": ("Zu Vorgang {case} hinzugefügt, als dringend markiert. {agent}",),
    "it": ("Aggiunto a {case}, segnato urgente. {agent}",),
    "pt": ("Adicionado ao pedido {case}, marcado urgente. {agent}",),
}

# ---------------------------------------------------------------- slide ----
SLIDE = {
    "es": (
        "El carrito llegó tres horas tarde y sin avisar. Bueno, pasa",
        "La cuna venía sin una de las patas de apoyo, tuve que llamar",
        "Ahora piden foto de cada pieza al devolver, qué pereza",
        "Fianza doble este mes y una semana para liberarla. No me gusta nada",
        "FURIOSA: 35 € de 'limpieza' por una silla que devolví impecable, con vuestras propias fotos",
        "Mi cuñada alquila en {comp}, ya he reservado allí la silla para Semana Santa",
    ),
    "fr": (
        "Poussette livrée avec trois heures de retard sans prévenir. Bon, ça arrive",
        "Le lit parapluie sans un des pieds, il a fallu appeler",
        "Maintenant il faut photographier chaque pièce au retour, pénible",
        "Caution doublée ce mois-ci et une semaine pour la débloquer. Pas terrible",
        "FURIEUSE : 35 € de 'nettoyage' pour un siège rendu impeccable, photos de votre appli à l'appui",
        "Ma belle-sœur loue chez {comp}, j'ai réservé le siège là-bas pour Pâques",
    ),
    "en": (
        "Pram three hours late, no call. Fine, happens",
        "Cot missing a leg support, had to ring",
        "Now a photo of every part at return, tedious",
        "Deposit doubled and a week to release it. Not great",
        "FURIOUS: £30 'cleaning fee' for a seat returned spotless, your own app photos prove it",
        "My sister-in-law uses {comp}, I've booked Easter's car seat there",
    ),
    "de": (
        "Kinderwagen drei Stunden zu spät, ohne Anruf. Naja",
        "Beim Reisebett fehlte ein Standfuß",
        "Jetzt Foto von jedem Teil bei Rückgabe, nervig",
        "Kaution verdoppelt und eine Woche bis zur Freigabe",
        "WÜTEND: 35 € 'Reinigung' für einen sauber zurückgegebenen Sitz",
        "Meine Schwägerin mietet bei {comp}, Ostern habe ich dort gebucht",
    ),
    "it": (
        "Passeggino in ritardo di tre ore senza avviso",
        "Al lettino mancava un piedino",
        "Ora foto di ogni pezzo alla restituzione, che noia",
        "Cauzione doppia e una settimana per sbloccarla",
        "FURIOSA: 35 € di 'pulizia' per un seggiolino restituito perfetto",
        "Mia cognata noleggia da {comp}, ho prenotato lì per Pasqua",
    ),
    "pt": (
        "Carrinho três horas atrasado, sem aviso",
        "Faltava um pé ao berço",
        "Agora foto de cada peça na devolução, chato",
        "Caução a dobrar e uma semana para libertar",
        "FURIOSA: 35 € de 'limpeza' por uma cadeira devolvida impecável",
        "A minha cunhada aluga na {comp}, já reservei lá para a Páscoa",
    ),
}
CANCEL = {
    "es": (
        "Hola, el peque ya tiene 4 años y no necesitamos más cosas de bebé. Quiero darme de baja de {plus} y cerrar la cuenta. Gracias por todo",
        "Nos mudamos a Chile y quiero cancelar {plus} y cerrar la cuenta, por favor",
    ),
    "fr": (
        "Bonjour, notre petit a grandi, je souhaite résilier {plus} et fermer mon compte. Merci pour tout",
        "On déménage au Canada, je veux annuler {plus} et clôturer le compte",
    ),
    "en": ("Hi, our youngest has outgrown it all, please cancel {plus} and close my account",),
    "de": ("Hallo, unser Kleiner ist aus allem raus, bitte {plus} kündigen und Konto schließen",),
    "it": ("Ciao, il bimbo è cresciuto, voglio disdire {plus} e chiudere l'account",),
    "pt": ("Olá, o miúdo cresceu, quero cancelar o {plus} e fechar a conta",),
}
SORRY_GO = {
    "es": (
        "Hola {name}, sentimos que te vayas. Puedes cancelar tú misma en la app o en la web, en Mi cuenta. ¡Mucha suerte! {agent}",
    ),
    "fr": (
        "Bonjour {name}, désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, rubrique Mon compte. {agent}",
    ),
    "en": (
        "Hi {name}, sorry to see you go. You can cancel yourself in the app or on the website under My account. {agent}",
    ),
    "de": (
        "Hallo {name}, schade! Sie können selbst in der App oder auf der Website kündigen. {agent}",
    ),
    "it": ("Ciao {name}, ci dispiace. Puoi disdire dall'app o dal sito. {agent}",),
    "pt": ("Olá {name}, lamentamos. Pode cancelar na app ou no site. {agent}",),
}
GRUMBLE = {
    "es": (
        "La app me cierra la sesión cada vez que la abro, otra vez",
        "el aviso de 'tu alquiler termina mañana' a las 6 de la mañana, en serio?",
        "el filtro de tallas del catálogo no sirve para nada",
        "siempre tarda la devolución, siempre",
    ),
    "fr": (
        "L'appli me déconnecte à chaque ouverture, encore",
        "la notif 'votre location se termine demain' à 6h du matin, sérieux ?",
        "le filtre par âge du catalogue ne marche pas",
        "le remboursement traîne toujours",
    ),
    "en": ("App logs me out every single time",),
    "de": ("Die App loggt mich jedes Mal aus",),
    "it": ("L'app mi disconnette ogni volta",),
    "pt": ("A app faz logout sempre",),
}
MILD = {
    "es": (
        "La app me sale en inglés aunque la tengo en español, no es grave",
        "el mapa de entregas me pone otra ciudad, cosa menor",
    ),
    "fr": (
        "L'appli s'affiche en anglais alors qu'elle est en français, pas grave",
        "la carte de livraison me met une autre ville, petit souci",
    ),
    "en": ("Delivery map shows the wrong town, minor thing",),
    "de": ("Die App zeigt Englisch statt Deutsch, nicht schlimm",),
    "it": ("La mappa mostra un'altra città, niente di grave",),
    "pt": ("A app aparece em inglês, nada de grave",),
}
ACK = {
    "es": ("Gracias por avisarnos, lo pasamos al equipo de la app. {agent}",),
    "fr": ("Merci du signalement, nous transmettons à l'équipe. {agent}",),
    "en": ("Thanks for flagging it, passed to the app team. {agent}",),
    "de": ("Danke für den Hinweis, ist weitergegeben. {agent}",),
    "it": ("Grazie della segnalazione, l'abbiamo girata al team. {agent}",),
    "pt": ("Obrigado pelo aviso, passámos à equipa. {agent}",),
}

# ---------------------------------------------------------------- b2b ------
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT = {
    "es": {
        "invoice": "Las facturas de {pro} siguen saliendo con el nombre antiguo de la empresa y sin número de pedido. Contabilidad no puede pagarlas",
        "service_blocked": "Nos bloquean los pedidos de cunas para el hotel, 'cuenta en suspenso', y las facturas están pagadas",
        "portal": "El portal no muestra ningún alquiler abierto y no podemos pedir la recogida. Seguimos pagando",
        "overbilled": "Nos cobran tarifa diaria en vez de la semanal del contrato, más de 600 € de diferencia",
    },
    "fr": {
        "invoice": "Les factures {pro} portent toujours l'ancien nom de la société et pas de numéro de commande. La compta bloque",
        "service_blocked": "Commandes de lits bloquées pour l'hôtel, 'compte suspendu', alors que tout est payé",
        "portal": "Le portail n'affiche aucune location en cours, impossible de demander la reprise",
        "overbilled": "Facturés au tarif journalier au lieu du tarif hebdomadaire du contrat, plus de 600 € d'écart",
    },
    "en": {
        "invoice": "{pro} invoices still carry our old company name and no PO number. Accounts can't pay them",
        "service_blocked": "Orders blocked, 'account on hold', though every invoice is paid",
        "portal": "The portal shows no open hires so we can't request collection. The bill runs on",
        "overbilled": "Charged the day rate instead of the contract weekly rate, over £500 difference",
    },
    "de": {
        "invoice": "Die {pro}-Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer",
        "service_blocked": "Bestellungen gesperrt, 'Konto gesperrt', obwohl alles bezahlt ist",
        "portal": "Das Portal zeigt keine offenen Mieten, Abholung nicht möglich",
        "overbilled": "Tagessatz statt Wochensatz laut Vertrag, über 600 € Unterschied",
    },
    "it": {
        "invoice": "Le fatture {pro} hanno ancora la vecchia ragione sociale e nessun numero d'ordine",
        "service_blocked": "Ordini bloccati, 'account sospeso', ma è tutto pagato",
        "portal": "Il portale non mostra noleggi aperti, non possiamo chiedere il ritiro",
        "overbilled": "Tariffa giornaliera invece di quella settimanale del contratto",
    },
    "pt": {
        "invoice": "As faturas {pro} continuam com o nome antigo da empresa e sem número de encomenda",
        "service_blocked": "Encomendas bloqueadas, 'conta suspensa', com tudo pago",
        "portal": "O portal não mostra alugueres abertos, não conseguimos pedir recolha",
        "overbilled": "Cobram tarifa diária em vez da semanal do contrato",
    },
}
B2B_LATER = {
    "es": "Mi compañera {colleague} ya os escribió el {day} (incidencia {case}). Lo mismo: ",
    "fr": "Ma collègue {colleague} vous a déjà écrit {day} (dossier {case}). Même chose : ",
    "en": "My colleague {colleague} already wrote on {day} (case {case}). Same issue: ",
    "de": "Meine Kollegin {colleague} hat schon am {day} geschrieben (Vorgang {case}). Gleiches Problem: ",
    "it": "La mia collega {colleague} vi ha già scritto {day} (segnalazione {case}). Stesso problema: ",
    "pt": "A minha colega {colleague} já escreveu na {day} (pedido {case}). O mesmo: ",
}
WEEKDAY = {
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
}
B2B_LAST_MAIL = {
    "es": "Incidencia {case}: nada arreglado y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.",
    "fr": "Dossier {case} : rien n'est réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "en": "Case {case}: nothing fixed and several colleagues have written. Procurement has already asked {comp} for rates.",
    "de": "Vorgang {case}: nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat {comp} schon nach Preisen gefragt.",
    "it": "Segnalazione {case}: niente risolto, vi hanno scritto in tanti. Gli acquisti hanno chiesto prezzi a {comp}.",
    "pt": "Pedido {case}: nada resolvido e vários colegas já escreveram. As compras já pediram preços à {comp}.",
}
B2B_LAST_CALL = {
    "es": "si buenas llamo por la incidencia {case} sigue todo igual lo han escrito varios compañeros y mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor",
    "fr": "oui bonjour j'appelle pour le dossier {case} rien n'a changé plusieurs collègues vous ont écrit et ma cheffe dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "en": "hi calling about case {case} nothing's changed several of us have written and my boss says we move the account if it isn't fixed this week",
    "de": "ja hallo wegen Vorgang {case} es ist nichts passiert mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln wenn das diese Woche nicht gelöst ist",
    "it": "buongiorno chiamo per la segnalazione {case} non è cambiato niente e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "bom dia ligo pelo pedido {case} está tudo igual e a minha chefe diz que mudamos de fornecedor se não resolverem esta semana",
}
B2B_SUGGEST = {
    "es": (
        "Sugerencia: sería útil exportar los costes por centro o por hotel desde el portal",
        "¿Podríais poner la fecha de la última revisión de seguridad en el albarán?",
    ),
    "fr": (
        "Suggestion : pouvoir exporter les coûts par établissement depuis le portail",
        "Serait-il possible d'indiquer la date du dernier contrôle de sécurité sur le bon de livraison ?",
    ),
    "en": ("Suggestion: export hire costs by site from the portal",),
    "de": ("Vorschlag: Kosten pro Standort aus dem Portal exportieren",),
    "it": ("Suggerimento: esportare i costi per struttura dal portale",),
    "pt": ("Sugestão: exportar custos por unidade no portal",),
}
B2B_ROUTINE = {
    "es": (
        "¿Podéis añadir dos cunas más al pedido del viernes para el hotel?",
        "Gracias, todo recibido en recepción",
    ),
    "fr": (
        "Pouvez-vous ajouter deux lits à la commande de vendredi ?",
        "Merci, tout est bien arrivé à l'accueil",
    ),
    "en": ("Can we add two cots to Friday's order?",),
    "de": ("Können wir zwei Reisebetten zur Freitagsbestellung hinzufügen?",),
    "it": ("Possiamo aggiungere due lettini all'ordine di venerdì?",),
    "pt": ("Podem juntar dois berços à encomenda de sexta?",),
}
B2B_PRAISE = {
    "es": ("Nuestros huéspedes con bebés encantados con las cunas de {pro}",),
    "fr": ("Nos clients avec bébé adorent les lits {pro}",),
    "en": ("Guests with babies love the {pro} cots",),
    "de": ("Unsere Gäste mit Baby sind begeistert von {pro}",),
    "it": ("Gli ospiti con bimbi adorano i lettini {pro}",),
    "pt": ("Os hóspedes com bebés adoram os berços {pro}",),
}
SITES = ("hotel", "holiday_lets", "campsite", "nursery", "airport_rental", "resort", "hostel")

# ---------------------------------------------------------------- spike ----
SPIKE_TOPIC = "app's 'extend hire' button books a same-day collection instead of extending: kit taken away mid-holiday, undo fails with error EXT-557"
SPIKE_REPORT = {
    "es": (
        "Le he dado a 'Alargar una semana' en la app y me sale 'Recogida programada HOY'. Intento anularlo y error {code}. ¿¿Qué está pasando??",
        "AYUDA el repartidor está en la puerta para llevarse el carrito, yo solo quería ampliar el alquiler desde la app",
        "pulso ampliar alquiler y me programa la recogida para esta tarde, y al cancelar sale {code}",
        "la app me dice que la cuna se recoge hoy, YO PEDÍ ALARGAR. estamos de vacaciones hasta el domingo",
    ),
    "fr": (
        "J'ai cliqué sur 'Prolonger d'une semaine' et l'appli affiche 'Reprise prévue AUJOURD'HUI'. Impossible d'annuler, erreur {code}",
        "le livreur vient reprendre la poussette alors que j'ai juste prolongé dans l'appli ??",
        "prolonger la location = reprise programmée aujourd'hui ?! et annulation impossible ({code})",
        "AU SECOURS on est en vacances jusqu'à dimanche et l'appli a programmé la reprise du lit ce matin",
    ),
    "en": (
        "Pressed 'Extend by a week' and the app booked a collection TODAY. Cancel gives error {code}",
        "courier at the door to take the pram away, I only extended the hire in the app??",
    ),
    "de": (
        "Auf 'Um eine Woche verlängern' gedrückt und die App sagt 'Abholung HEUTE'. Stornieren geht nicht, Fehler {code}",
    ),
    "it": (
        "Ho premuto 'Prolunga di una settimana' e l'app ha programmato il ritiro OGGI. Annullare dà errore {code}",
    ),
    "pt": (
        "Carreguei em 'Prolongar uma semana' e a app marcou a recolha para HOJE. Não consigo anular, erro {code}",
    ),
}
SPIKE_REPEAT = {
    "es": (
        "Sigue igual, {code} otra vez, y ya me han llamado del reparto para confirmar la recogida",
        "lo he intentado desde el móvil de mi marido y lo mismo, recogida hoy",
    ),
    "fr": (
        "Toujours {code}, et le livreur vient d'appeler pour confirmer la reprise",
        "même chose depuis le téléphone de mon mari, reprise aujourd'hui",
    ),
    "en": ("Still {code}, and the courier just rang to confirm the collection",),
    "de": ("Immer noch {code}, der Fahrer hat gerade angerufen",),
    "it": ("Ancora {code}, il corriere ha appena chiamato",),
    "pt": ("Continua {code}, o estafeta acabou de ligar",),
}
SPIKE_CHAT_ANSWER = {
    "es": (
        "Sí, ahora mismo el botón de alargar está programando recogidas por error. Hemos parado todas las recogidas de hoy, no te quitarán nada. {agent}",
    ),
    "fr": (
        "Oui, le bouton prolonger programme des reprises par erreur en ce moment. Nous avons stoppé toutes les reprises du jour. {agent}",
    ),
    "en": (
        "Yes, the extend button is booking collections by mistake right now. We've stopped all of today's collections. {agent}",
    ),
    "de": (
        "Ja, der Verlängern-Knopf bucht gerade fälschlich Abholungen. Alle heutigen Abholungen sind gestoppt. {agent}",
    ),
    "it": (
        "Sì, il tasto prolunga sta programmando ritiri per errore. Abbiamo fermato i ritiri di oggi. {agent}",
    ),
    "pt": (
        "Sim, o botão prolongar está a marcar recolhas por engano. Parámos as recolhas de hoje. {agent}",
    ),
}
SPIKE_FIXED = {
    "es": (
        "Hola {name}, desde las 13:10 (hora peninsular) el botón de alargar vuelve a funcionar. Tu alquiler está ampliado y esta semana corre de nuestra cuenta. {agent}",
    ),
    "fr": (
        "Bonjour {name}, depuis 13h10 le bouton prolonger fonctionne à nouveau. Votre location est prolongée et cette semaine est offerte. {agent}",
    ),
    "en": (
        "Hi {name}, the extend button works again since 12:10 (UK and Irish time). Your hire is extended and this week is on us. {agent}",
    ),
    "de": (
        "Hallo {name}, seit 13:10 funktioniert Verlängern wieder. Die Woche geht auf uns. {agent}",
    ),
    "it": (
        "Ciao {name}, dalle 13:10 il tasto prolunga funziona di nuovo. Questa settimana è offerta. {agent}",
    ),
    "pt": (
        "Olá {name}, desde as 12h10 o botão prolongar voltou a funcionar. Esta semana é por nossa conta. {agent}",
    ),
}
LONE_Q = {
    "es": (
        "Ayer alargué el alquiler y en la app pone 'fin: domingo' pero el correo decía sábado, ¿cuál vale?",
    ),
    "fr": (
        "Hier j'ai prolongé et l'appli dit 'fin : dimanche' mais le mail disait samedi, lequel est bon ?",
    ),
}
LONE_ANSWER = {
    "es": ("Vale la app: domingo. El correo se envió antes de la ampliación. {agent}",),
    "fr": (
        "C'est l'appli qui fait foi : dimanche. Le mail est parti avant la prolongation. {agent}",
    ),
}
SPIKE_GRUMBLE = {
    "es": ("El catálogo tarda muchísimo en cargar las fotos hoy",),
    "fr": ("Le catalogue met un temps fou à charger aujourd'hui",),
}
