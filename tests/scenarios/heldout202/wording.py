"""Wording of heldout202 (Nevasco: mountain gear hire). Every table has every language."""

# ruff: noqa: E501

from __future__ import annotations

BRAND = "Nevasco"
COMPETITORS = ("Glissaro", "Pistolo")
LANGS = ("es", "fr", "en", "de", "it", "pt")
MARKETS = {
    "es": ("ES", "ES", "ES"),
    "fr": ("FR", "BE", "CH"),
    "en": ("UK", "IE"),
    "de": ("DE", "AT", "CH"),
    "it": ("IT",),
    "pt": ("PT",),
}
FIRST = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Irene",
        "Pablo",
        "Carmen",
        "Diego",
        "Rocío",
        "Iker",
        "Elena",
        "Raúl",
        "Ainhoa",
        "Tomás",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thibault",
        "Élodie",
        "Mathis",
        "Chloé",
        "Bastien",
        "Inès",
        "Loïc",
        "Margaux",
        "Quentin",
        "Aurélie",
        "Rémi",
        "Solène",
        "Hugo",
    ],
    "en": [
        "Hannah",
        "Callum",
        "Megan",
        "Rory",
        "Siobhan",
        "Owen",
        "Freya",
        "Declan",
        "Imogen",
        "Liam",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Miriam",
        "Felix",
        "Katrin",
        "Lukas",
        "Anja",
        "Moritz",
        "Svenja",
        "Tobias",
    ],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Lorenzo", "Silvia", "Andrea"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Mariana", "Duarte", "Carolina", "Nuno"],
}
LAST = {
    "es": [
        "Ortega",
        "Navarro",
        "Iglesias",
        "Prieto",
        "Campos",
        "Vidal",
        "Soler",
        "Herrero",
        "Pascual",
        "Lozano",
    ],
    "fr": [
        "Moreau",
        "Girard",
        "Fontaine",
        "Lefèvre",
        "Chevalier",
        "Roussel",
        "Perrin",
        "Gauthier",
        "Mercier",
        "Blanc",
    ],
    "en": [
        "Whitfield",
        "Gallagher",
        "Pryce",
        "Doherty",
        "Ashworth",
        "Kearney",
        "Hollis",
        "Brennan",
    ],
    "de": ["Krämer", "Vogt", "Seidel", "Hartung", "Brandl", "Ziegler", "Lorenz", "Kuhn"],
    "it": ["Ferraro", "Gallo", "Marchetti", "Bianchi", "Colombo", "Rinaldi", "Greco", "Sala"],
    "pt": ["Carvalho", "Pinto", "Sousa", "Teixeira", "Moreira", "Lopes", "Ramos", "Faria"],
}
ITEMS = {
    "es": [
        ("Pack esquí y botas, 3 días", 89),
        ("Tabla de snowboard con fijaciones, finde", 64),
        ("E-bike de montaña, día completo", 55),
        ("Kit de vía ferrata, día", 24),
    ],
    "fr": [
        ("Pack skis et chaussures, 3 jours", 89),
        ("Snowboard avec fixations, week-end", 64),
        ("VTT électrique, journée", 55),
        ("Kit via ferrata, journée", 24),
    ],
    "en": [
        ("Ski and boot pack, 3 days", 89),
        ("Snowboard with bindings, weekend", 64),
        ("Electric mountain bike, full day", 55),
        ("Via ferrata kit, day", 24),
    ],
    "de": [
        ("Ski- und Schuhpaket, 3 Tage", 89),
        ("Snowboard mit Bindung, Wochenende", 64),
        ("E-Mountainbike, ganzer Tag", 55),
        ("Klettersteigset, Tag", 24),
    ],
    "it": [
        ("Pacchetto sci e scarponi, 3 giorni", 89),
        ("Snowboard con attacchi, weekend", 64),
        ("E-bike da montagna, giornata", 55),
        ("Kit via ferrata, giornata", 24),
    ],
    "pt": [
        ("Pacote esqui e botas, 3 dias", 89),
        ("Prancha de snowboard com fixações, fim de semana", 64),
        ("Bicicleta de montanha elétrica, dia inteiro", 55),
        ("Kit de via ferrata, dia", 24),
    ],
}
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
PROBLEM = {
    "es": {
        "no_show": "la reserva estaba confirmada y en la tienda de la estación no había NADA preparado, ni esquís ni botas",
        "double_charge": "me habéis cobrado la fianza DOS veces y ahora tengo la tarjeta bloqueada",
        "damage": "la fijación del esquí izquierdo venía rota y me caí en la primera bajada",
        "refund": "devolví la e-bike hace tres semanas y la fianza de 150 € sigue sin aparecer",
        "wrong_price": "soy socio del Club y me han cobrado la tarifa normal, sin descuento",
        "cancel_fee": "cancelé con cinco días de antelación y aun así me cobrasteis 30 € de penalización",
    },
    "fr": {
        "no_show": "la réservation était confirmée et au magasin de la station RIEN n'était prêt, ni skis ni chaussures",
        "double_charge": "vous avez prélevé la caution DEUX fois et ma carte est bloquée",
        "damage": "la fixation du ski gauche était cassée, je suis tombé dès la première descente",
        "refund": "j'ai rendu le VTT il y a trois semaines et la caution de 150 € n'est toujours pas revenue",
        "wrong_price": "je suis membre du Club et on m'a facturé le tarif normal, sans remise",
        "cancel_fee": "j'ai annulé cinq jours avant et vous m'avez quand même pris 30 € de frais",
    },
    "en": {
        "no_show": "the booking was confirmed and the resort shop had NOTHING ready, no skis, no boots",
        "double_charge": "you took the deposit TWICE and now my card is blocked",
        "damage": "the binding on the left ski was broken and I came off on the first run",
        "refund": "I returned the e-bike three weeks ago and the £130 deposit still hasn't come back",
        "wrong_price": "I'm a Club member and got charged the full rate, no discount at all",
        "cancel_fee": "I cancelled five days ahead and you still charged me a £25 fee",
    },
    "de": {
        "no_show": "die Buchung war bestätigt und im Shop an der Talstation war NICHTS vorbereitet, keine Ski, keine Schuhe",
        "double_charge": "Sie haben die Kaution ZWEIMAL abgebucht und jetzt ist meine Karte gesperrt",
        "damage": "die Bindung am linken Ski war kaputt und ich bin gleich bei der ersten Abfahrt gestürzt",
        "refund": "ich habe das E-Bike vor drei Wochen zurückgegeben und die 150 € Kaution sind immer noch nicht da",
        "wrong_price": "ich bin Club-Mitglied und habe den normalen Preis bezahlt, ohne Rabatt",
        "cancel_fee": "ich habe fünf Tage vorher storniert und trotzdem 30 € Gebühr bezahlt",
    },
    "it": {
        "no_show": "la prenotazione era confermata e al negozio della stazione non c'era NIENTE pronto, né sci né scarponi",
        "double_charge": "mi avete addebitato la cauzione DUE volte e ora la carta è bloccata",
        "damage": "l'attacco dello sci sinistro era rotto e sono caduto alla prima discesa",
        "refund": "ho riconsegnato la e-bike tre settimane fa e la cauzione di 150 € non è ancora tornata",
        "wrong_price": "sono socio del Club e mi avete fatto pagare la tariffa piena",
        "cancel_fee": "ho disdetto cinque giorni prima e mi avete comunque addebitato 30 € di penale",
    },
    "pt": {
        "no_show": "a reserva estava confirmada e na loja da estância não havia NADA preparado, nem esquis nem botas",
        "double_charge": "cobraram a caução DUAS vezes e agora tenho o cartão bloqueado",
        "damage": "a fixação do esqui esquerdo vinha partida e caí logo na primeira descida",
        "refund": "devolvi a bicicleta há três semanas e a caução de 150 € ainda não voltou",
        "wrong_price": "sou sócio do Club e cobraram-me a tarifa normal, sem desconto",
        "cancel_fee": "cancelei com cinco dias de antecedência e mesmo assim cobraram 30 € de taxa",
    },
}
AGENTS = {
    "es": "Noelia",
    "fr": "Sandrine",
    "en": "Gareth",
    "de": "Birgit",
    "it": "Paola",
    "pt": "Sofia",
}

# Every table: language -> variants. Fields: brand, item, ref, p, comp, code, name, who, step.
W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "es": [
            "Todo perfecto con {brand}, las botas ya estaban calentitas en la taquilla 😍",
            "Qué gusto alquilar con {brand}, llegas y en cinco minutos estás en la pista",
            "Muy buen trato en la tienda de {brand}, me ajustaron las fijaciones al momento",
        ],
        "fr": [
            "Super expérience avec {brand}, le matériel était prêt et nickel ✨",
            "Location {brand} au top, en dix minutes on était sur les pistes",
            "Le vendeur {brand} a réglé mes fixations en deux minutes, merci !",
        ],
        "en": [
            "Brilliant again with {brand}, kit ready and waiting, out on the slope in ten minutes",
            "Really smooth hire from {brand} today, boots actually fit first time",
        ],
        "de": [
            "Alles top bei {brand}, Ski waren frisch gewachst und sofort abholbereit",
            "Sehr nette Beratung im {brand} Shop, die Schuhe passen endlich",
        ],
        "it": [
            "Tutto perfetto con {brand}, sci pronti e appena sciolinati 👌",
            "Noleggio {brand} velocissimo, in dieci minuti eravamo in pista",
        ],
        "pt": [
            "Tudo impecável com a {brand}, o material estava pronto à nossa espera",
            "Aluguer na {brand} super rápido, em dez minutos estávamos na pista",
        ],
    },
    "again": {
        "es": [
            "Tercera vez este invierno con {brand} y otra vez todo impecable",
            "Otra vez la chica de la tienda de {brand} que se acuerda de mi talla, qué maravilla",
        ],
        "fr": [
            "Troisième location {brand} cette saison et toujours aussi carré",
            "Encore une fois le même vendeur adorable chez {brand}, il se souvient de ma pointure",
        ],
        "en": ["Third time this season with {brand} and still the smoothest hire going"],
        "de": ["Schon wieder alles reibungslos bei {brand}, dritte Buchung diese Saison"],
        "it": ["Terza volta quest'anno con {brand} e ancora tutto perfetto"],
        "pt": ["Terceira vez esta época com a {brand} e continua tudo impecável"],
    },
    "gripe": {
        "es": [
            "Muy contenta con {brand}, solo que la app tarda en cargar el mapa de tiendas. Por lo demás genial",
            "Todo bien, aunque el casco olía un poco a humedad. Repetiremos",
        ],
        "fr": [
            "Très satisfait de la location, seul bémol les bâtons un peu courts. Sinon parfait",
            "Bonne expérience, juste la file d'attente du samedi un peu longue",
        ],
        "en": [
            "Great kit as always, only the locker code email came a bit late. Otherwise spot on"
        ],
        "de": ["Sehr gut, nur die Helmpolster waren etwas feucht. Sonst gerne wieder"],
        "it": ["Tutto bene, solo il casco un po' stretto. Per il resto ottimo"],
        "pt": ["Muito bom, só os bastões um pouco curtos. De resto perfeito"],
    },
    "question": {
        "es": [
            "hola, ¿se puede cambiar la talla de botas en la tienda si no me van bien?",
            "¿Hasta qué hora se pueden devolver los esquís el domingo?",
            "buenas, ¿el casco va incluido en el pack?",
        ],
        "fr": [
            "bonjour, on peut changer de pointure au magasin si les chaussures ne vont pas ?",
            "Jusqu'à quelle heure on peut rendre le matériel le dimanche ?",
            "Le casque est compris dans le pack ?",
        ],
        "en": [
            "hi, can I swap boot size at the shop if they don't fit?",
            "What time do skis need to be back on Sunday?",
        ],
        "de": [
            "hallo, kann ich die Schuhgröße im Shop noch tauschen?",
            "Bis wann muss ich die Ski am Sonntag zurückbringen?",
        ],
        "it": [
            "ciao, posso cambiare la misura degli scarponi in negozio?",
            "Entro che ora vanno riportati gli sci domenica?",
        ],
        "pt": [
            "olá, posso trocar o tamanho das botas na loja?",
            "Até que horas tenho de devolver os esquis no domingo?",
        ],
    },
    "answer": {
        "es": [
            "Hola, soy {name} de {brand}: sí, sin coste, y se devuelve hasta las 18:00. ¡Buena nieve!"
        ],
        "fr": [
            "Bonjour, ici {name} de {brand} : oui, sans frais, et le retour se fait jusqu'à 18h. Bonne glisse !"
        ],
        "en": [
            "Hi, {name} from {brand} here: yes, no charge, and returns are open until 6pm. Enjoy the snow!"
        ],
        "de": [
            "Hallo, hier {name} von {brand}: ja, kostenlos, und die Rückgabe geht bis 18 Uhr. Viel Spaß!"
        ],
        "it": [
            "Ciao, sono {name} di {brand}: sì, senza costi, e la riconsegna è fino alle 18. Buona sciata!"
        ],
        "pt": [
            "Olá, aqui {name} da {brand}: sim, sem custos, e a devolução é até às 18h. Boa neve!"
        ],
    },
    "thanks": {
        "es": ["mil gracias crack", "genial, gracias!! 🙌", "ok graciass"],
        "fr": ["top merci !", "parfait, merci bcp", "génial merci 🙏"],
        "en": ["cheers, legend", "ta, sorted"],
        "de": ["super, danke dir!", "merci, passt"],
        "it": ["grazie mille, gentilissimi", "perfetto grz"],
        "pt": ["obg, top!", "valeu, obrigado"],
    },
    "call_q": {
        "es": [
            "hola buenos días quería saber si el pack de esquí incluye casco para un niño de ocho años"
        ],
        "fr": [
            "bonjour je voulais savoir si on peut récupérer le matériel la veille au soir à la station"
        ],
        "en": ["hi there just wondering if I can pick up the kit the night before we go up"],
        "de": ["hallo ich wollte fragen ob ich die Ski schon am Vorabend abholen kann"],
        "it": ["buongiorno volevo sapere se il casco per un bambino di otto anni è compreso"],
        "pt": ["bom dia queria saber se posso levantar o material na véspera à noite"],
    },
    "call_followup": {
        "es": [
            "Hola, le confirmo lo hablado por teléfono: sí, y lo tiene ya anotado en su reserva. Un saludo, {name} ({brand})"
        ],
        "fr": [
            "Bonjour, je vous confirme notre appel : c'est possible et c'est noté sur votre réservation. Cordialement, {name} ({brand})"
        ],
        "en": [
            "Hi, following our call: yes, that's fine and it's noted on your booking. Best, {name} ({brand})"
        ],
        "de": [
            "Hallo, wie am Telefon besprochen: ja, das ist in Ihrer Buchung vermerkt. Viele Grüße, {name} ({brand})"
        ],
        "it": [
            "Buongiorno, come da telefonata: sì, è annotato sulla sua prenotazione. Saluti, {name} ({brand})"
        ],
        "pt": [
            "Olá, conforme a chamada: sim, já ficou registado na sua reserva. Cumprimentos, {name} ({brand})"
        ],
    },
    "review": {
        "es": ["Material nuevo, personal amable y precios razonables. 5 estrellas para {brand}"],
        "fr": ["Matériel récent, équipe sympa, prix corrects. Je recommande {brand}"],
        "en": ["Decent prices, new kit, friendly staff. Five stars for {brand}"],
        "de": ["Neues Material, freundliches Team, faire Preise. Fünf Sterne für {brand}"],
        "it": ["Materiale nuovo, personale gentile, prezzi giusti. Consiglio {brand}"],
        "pt": ["Material novo, equipa simpática, preços justos. Recomendo a {brand}"],
    },
    "survey_word": {
        "es": ["todo genial", "👍", ""],
        "fr": ["parfait", "😊", ""],
        "en": ["spot on", ""],
        "de": ["prima", ""],
        "it": ["ottimo", ""],
        "pt": ["excelente", ""],
    },
    "night_post": {
        "es": [
            "las 2 de la mañana y yo mirando vídeos de fuera pista porque el sábado alquilo con {brand} 🙈",
            "turno de noche en el hospital y reservando las e-bikes del domingo con {brand}",
        ],
        "fr": [
            "3h du mat, insomnie, je regarde des vidéos de freeride avant ma loc {brand} de samedi 😅",
            "garde de nuit finie, réservation {brand} faite pour dimanche",
        ],
        "en": ["2am and I'm watching off-piste videos because Saturday's {brand} kit is booked 😂"],
        "de": ["Nachtschicht an der Tanke, nebenbei die {brand} Ski fürs Wochenende gebucht"],
        "it": ["le 2 di notte e guardo video di freeride, sabato noleggio con {brand} 😄"],
        "pt": ["2 da manhã e eu a ver vídeos de neve, sábado alugo na {brand} 🙃"],
    },
    "night_q": {
        "es": ["hola, ¿puedo dejar las botas mojadas en la taquilla o hay que secarlas antes?"],
        "fr": ["bonsoir, on peut laisser les chaussures mouillées dans le casier ?"],
        "en": ["evening, can I leave wet boots in the return locker?"],
        "de": ["hallo, darf ich nasse Skischuhe ins Rückgabefach legen?"],
        "it": ["buonasera, posso lasciare gli scarponi bagnati nell'armadietto?"],
        "pt": ["boa noite, posso deixar as botas molhadas no cacifo?"],
    },
    "night_a": {
        "es": ["Hola, soy {name}: sí, sin problema, nosotros las secamos. ¡Buenas noches!"],
        "fr": ["Bonsoir, ici {name} : oui, aucun souci, on s'occupe du séchage. Bonne nuit !"],
        "en": ["Hi, {name} here: yes, no problem, we dry them. Night!"],
        "de": ["Hallo, hier {name}: ja, kein Problem, wir trocknen sie. Gute Nacht!"],
        "it": ["Ciao, sono {name}: sì, nessun problema, li asciughiamo noi. Buonanotte!"],
        "pt": ["Olá, aqui {name}: sim, sem problema, nós secamos. Boa noite!"],
    },
    "complaint_subject": {
        "es": ["Reclamación: reserva {ref}"],
        "fr": ["Réclamation : réservation {ref}"],
        "en": ["Complaint: booking {ref}"],
        "de": ["Beschwerde: Buchung {ref}"],
        "it": ["Reclamo: prenotazione {ref}"],
        "pt": ["Reclamação: reserva {ref}"],
    },
    "complaint": {
        "es": [
            "Esto es una vergüenza: {p}. Quiero una solución YA.",
            "Hola, {p}. No es normal y nadie me contesta.",
            "Estoy harta, {p}. ¿Alguien de {brand} me lo explica?",
        ],
        "fr": [
            "C'est inadmissible : {p}. Je veux une solution MAINTENANT.",
            "Bonjour, {p}. Ce n'est pas normal et personne ne répond.",
            "J'en ai marre, {p}. Quelqu'un chez {brand} peut m'expliquer ?",
        ],
        "en": [
            "This is a joke: {p}. I want it sorted NOW.",
            "Hi, {p}. Not acceptable and nobody answers.",
        ],
        "de": [
            "Unglaublich: {p}. Ich will sofort eine Lösung.",
            "Hallo, {p}. Das geht so nicht und niemand antwortet.",
        ],
        "it": ["Una vergogna: {p}. Voglio una soluzione SUBITO."],
        "pt": ["Uma vergonha: {p}. Quero uma solução JÁ."],
    },
    "long_email": {
        "es": [
            "Buenas tardes:\n\nLes escribo desde el coche, esperando a que mi hija salga de la clase de natación, porque llevo días queriendo hacerlo. Somos clientes de {brand} desde hace años y siempre hemos alquilado con ustedes para las vacaciones en familia, este año además con mis suegros. Pero esta vez {p}. Perdimos media mañana, los niños llorando en la cola y mi suegro de pie con la rodilla operada.\n\nNo les pido nada extraordinario, solo que me lo arreglen y que alguien me llame.\n\nUn saludo,\n{who}",
            "Hola:\n\nAprovecho el descanso del mercado, entre cliente y cliente, para contarles lo que nos pasó. Mi madre se está recuperando de una operación y este viaje era para desconectar. Resulta que {p}. Me parece increíble en una empresa como la suya.\n\nEspero respuesta pronto.\n{who}",
        ],
        "fr": [
            "Bonjour,\n\nJe vous écris depuis la salle d'attente du vétérinaire, faute de temps ailleurs. Nous louons chez {brand} depuis des années pour nos vacances avec les enfants et les grands-parents, et nous en étions très contents. Mais cette fois {p}. Nous avons perdu la matinée et ma mère a attendu debout avec sa hanche opérée.\n\nJe souhaite simplement une solution rapide et un appel.\n\nCordialement,\n{who}",
            "Madame, Monsieur,\n\nEntre deux clients au marché, je prends enfin le temps de vous écrire. Nos vacances devaient être un moment de repos après une année difficile. Or {p}. Je trouve cela incroyable de la part d'une entreprise comme la vôtre.\n\nDans l'attente de votre retour,\n{who}",
        ],
        "en": [
            "Hello,\n\nI'm writing from the car park outside my son's swimming lesson, the only quiet half hour I get. We've hired from {brand} for years for our family trips and always been happy. But this time {p}. We lost the morning and my dad stood in the queue on his new hip.\n\nI'd just like it put right and a call back.\n\nRegards,\n{who}"
        ],
        "de": [
            "Guten Tag,\n\nich schreibe Ihnen aus dem Auto vor der Schwimmhalle, während meine Tochter Training hat. Wir buchen seit Jahren bei {brand} für den Familienurlaub und waren immer gut bedient. Aber diesmal {p}. Wir haben den halben Vormittag verloren.\n\nIch möchte nur, dass das geklärt wird und mich jemand anruft.\n\nMit freundlichen Grüßen\n{who}"
        ],
        "it": [
            "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, unico momento libero. Noleggiamo da {brand} da anni per le vacanze in famiglia. Ma questa volta {p}. Abbiamo perso la mattinata.\n\nVorrei solo una soluzione e una telefonata.\n\nCordiali saluti,\n{who}"
        ],
        "pt": [
            "Bom dia,\n\nescrevo-vos do carro, à espera que o meu filho saia da natação. Alugamos na {brand} há anos para as férias em família. Mas desta vez {p}. Perdemos a manhã toda.\n\nSó quero que resolvam e que me liguem.\n\nCumprimentos,\n{who}"
        ],
    },
    "call_complaint": {
        "es": [
            "sí hola mire llamo porque {p} y llevo toda la mañana así necesito que alguien lo arregle hoy"
        ],
        "fr": [
            "oui bonjour j'appelle parce que {p} et ça fait toute la matinée il faut que quelqu'un règle ça aujourd'hui"
        ],
        "en": [
            "yeah hi I'm calling because {p} and it's been all morning I need someone to sort it today"
        ],
        "de": [
            "ja hallo ich rufe an weil {p} und das schon den ganzen Morgen ich brauche heute eine Lösung"
        ],
        "it": [
            "sì buongiorno chiamo perché {p} e va avanti da stamattina mi serve una soluzione oggi"
        ],
        "pt": ["sim olá ligo porque {p} e já é a manhã toda preciso que alguém resolva hoje"],
    },
    "case_opened": {
        "es": [
            "Hola, sentimos mucho lo ocurrido. Hemos abierto la incidencia {ref} y la revisamos hoy mismo. {name}, {brand}"
        ],
        "fr": [
            "Bonjour, nous sommes désolés. Nous avons ouvert le dossier {ref} et le traitons aujourd'hui. {name}, {brand}"
        ],
        "en": [
            "Hi, really sorry about this. We've opened case {ref} and are looking at it today. {name}, {brand}"
        ],
        "de": [
            "Hallo, das tut uns sehr leid. Wir haben den Vorgang {ref} eröffnet und prüfen ihn heute. {name}, {brand}"
        ],
        "it": [
            "Buongiorno, ci dispiace molto. Abbiamo aperto la segnalazione {ref} e la gestiamo oggi. {name}, {brand}"
        ],
        "pt": [
            "Olá, lamentamos muito. Abrimos o pedido {ref} e vamos tratá-lo hoje. {name}, {brand}"
        ],
    },
    "case_subject": {
        "es": ["RE: Incidencia {ref}"],
        "fr": ["RE : Dossier {ref}"],
        "en": ["Re: Your case {ref}"],
        "de": ["AW: Vorgang {ref}"],
        "it": ["R: Segnalazione {ref}"],
        "pt": ["RE: Pedido {ref}"],
    },
    "chat_case": {
        "es": ["Lo siento muchísimo. Te abro la incidencia {ref} y te escribimos hoy. {name}"],
        "fr": [
            "Vraiment désolée. J'ouvre le dossier {ref}, on revient vers vous aujourd'hui. {name}"
        ],
        "en": ["So sorry. I've opened case {ref}, we'll get back to you today. {name}"],
        "de": ["Tut mir sehr leid. Ich eröffne den Vorgang {ref}, wir melden uns heute. {name}"],
        "it": ["Mi dispiace molto. Apro la segnalazione {ref}, ti scriviamo oggi. {name}"],
        "pt": ["Lamento imenso. Abri o pedido {ref}, respondemos hoje. {name}"],
    },
    "good_news": {
        "es": [
            "Buenas noticias sobre la incidencia {ref}: ya está solucionado y hemos devuelto el importe. ¿Nos lo confirma? {name}"
        ],
        "fr": [
            "Bonne nouvelle pour le dossier {ref} : c'est réglé et le montant est remboursé. Pouvez-vous confirmer ? {name}"
        ],
        "en": [
            "Good news on case {ref}: it's fixed and the money is back on your card. Could you confirm? {name}"
        ],
        "de": [
            "Gute Nachricht zu Vorgang {ref}: erledigt, der Betrag ist erstattet. Können Sie das bestätigen? {name}"
        ],
        "it": [
            "Buone notizie sulla segnalazione {ref}: risolto e importo rimborsato. Può confermare? {name}"
        ],
        "pt": [
            "Boas notícias sobre o pedido {ref}: resolvido e valor devolvido. Pode confirmar? {name}"
        ],
    },
    "confirm": {
        "es": [
            "Confirmado, ya me ha llegado todo. Gracias por resolver la {ref}",
            "sí, todo ok con la {ref}, gracias!",
        ],
        "fr": [
            "Confirmé, tout est bon pour le dossier {ref}. Merci",
            "oui c'est ok pour {ref}, merci beaucoup",
        ],
        "en": ["Confirmed, all sorted on {ref}. Thanks"],
        "de": ["Bestätigt, bei {ref} ist alles erledigt. Danke"],
        "it": ["Confermo, per {ref} è tutto a posto. Grazie"],
        "pt": ["Confirmado, está tudo resolvido no {ref}. Obrigada"],
    },
    "apology": {
        "es": [
            "Perdón por el tono de ayer, estaba desbordada. Gracias por la paciencia",
            "siento lo de ayer, se me fue la mano con las mayúsculas",
        ],
        "fr": [
            "Désolé pour mon message d'hier, j'étais à bout. Merci de votre patience",
            "pardon pour hier, j'étais vraiment énervée",
        ],
        "en": ["Sorry for yesterday's rant, long day. Thanks for your patience"],
        "de": ["Entschuldigung für gestern, ich war völlig gestresst. Danke für die Geduld"],
        "it": ["Scusate per ieri, ero esasperato. Grazie della pazienza"],
        "pt": ["Desculpem o tom de ontem, estava exausta. Obrigada pela paciência"],
    },
    "still_open": {
        "es": [
            "La incidencia {ref} sigue abierta y nadie hace nada: {p}.",
            "Vuelvo a escribir por lo de {ref}, sigue igual. {p}.",
        ],
        "fr": [
            "Le dossier {ref} est toujours ouvert et rien ne bouge : {p}.",
            "Je réécris pour {ref}, toujours pareil. {p}.",
        ],
        "en": ["Case {ref} is still open and nothing's happened: {p}."],
        "de": ["Vorgang {ref} ist immer noch offen, nichts passiert: {p}."],
        "it": ["La segnalazione {ref} è ancora aperta e nessuno fa niente: {p}."],
        "pt": ["O pedido {ref} continua aberto e ninguém faz nada: {p}."],
    },
    "third": {
        "es": [
            "Tercera vez que escribo por {ref}. Un compañero alquila en {comp} y allí se lo arreglan en el día."
        ],
        "fr": [
            "Troisième fois que j'écris pour {ref}. Un collègue loue chez {comp}, eux règlent ça dans la journée."
        ],
        "en": [
            "Third time writing about {ref}. A mate hires from {comp} and they sort this the same day."
        ],
        "de": [
            "Zum dritten Mal wegen {ref}. Ein Kollege leiht bei {comp}, die klären so was am selben Tag."
        ],
        "it": [
            "Terza volta che scrivo per {ref}. Un collega noleggia da {comp} e lì risolvono in giornata."
        ],
        "pt": [
            "Terceira vez que escrevo por {ref}. Um colega aluga na {comp} e lá resolvem no mesmo dia."
        ],
    },
    "fourth": {
        "es": ["CUARTA vez con la {ref}. YA ESTÁ BIEN."],
        "fr": ["QUATRIÈME fois pour {ref}. ÇA SUFFIT."],
        "en": ["FOURTH time about {ref}. Enough."],
        "de": ["Zum VIERTEN Mal wegen {ref}. JETZT REICHTS."],
        "it": ["QUARTA volta per {ref}. BASTA."],
        "pt": ["QUARTA vez com o {ref}. CHEGA."],
    },
    "urgent": {
        "es": ["Lo añado a tu incidencia {ref} y la marco como urgente. {name}"],
        "fr": ["J'ajoute ça au dossier {ref}, marqué urgent. {name}"],
        "en": ["Added to your case {ref}, marked urgent. {name}"],
        "de": ["Zu Vorgang {ref} hinzugefügt, als dringend markiert. {name}"],
        "it": ["Aggiunto alla segnalazione {ref}, segnata come urgente. {name}"],
        "pt": ["Acrescentei ao pedido {ref}, marcado como urgente. {name}"],
    },
    "quality_lead": {
        "es": [
            "Su incidencia {ref} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía. {name}"
        ],
        "fr": [
            "Votre dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. {name}"
        ],
        "en": [
            "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime. {name}"
        ],
        "de": [
            "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {name}"
        ],
        "it": [
            "La sua segnalazione {ref} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {name}"
        ],
        "pt": [
            "O seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. {name}"
        ],
    },
    "slide": {
        "es": [
            "El pedido llegó a la tienda con dos horas de retraso y nadie avisó",
            "Esquís con los cantos oxidados y la bota derecha con la hebilla floja",
            "Ahora piden foto de cada pieza al devolver, ¿en serio?",
            "Fianza duplicada otra vez y una semana para liberarla",
            "Me cobran 35 € de 'limpieza' por unos esquís que devolví impecables, con las fotos de la propia app",
            "Mi cuñado alquila en {comp}, este sábado ya he reservado allí",
        ],
        "fr": [
            "Le matériel est arrivé avec deux heures de retard, sans prévenir",
            "Carres rouillées et boucle de la chaussure droite qui lâche",
            "Maintenant il faut photographier chaque pièce au retour, sérieux ?",
            "Caution doublée encore une fois et une semaine pour la débloquer",
            "35 € de 'nettoyage' pour des skis rendus impeccables, photos de l'appli à l'appui",
            "Mon beau-frère loue chez {comp}, j'ai réservé là-bas pour samedi",
        ],
        "en": [
            "Kit turned up two hours late and nobody rang",
            "Rusty edges and the right boot's buckle keeps popping",
            "Now they want a photo of every piece at return, seriously?",
            "Deposit doubled again and a week to release it",
            "£30 'cleaning fee' for skis I returned spotless, with the app's own photos",
            "My brother-in-law hires from {comp}, I've booked there for Saturday",
        ],
        "de": [
            "Material kam zwei Stunden zu spät, ohne Anruf",
            "Rostige Kanten und die Schnalle am rechten Schuh geht ständig auf",
            "Jetzt soll man bei der Rückgabe jedes Teil fotografieren, ernsthaft?",
            "Kaution schon wieder doppelt und eine Woche bis zur Freigabe",
            "35 € 'Reinigung' für Ski, die ich blitzsauber zurückgab, mit den Fotos aus der App",
            "Mein Schwager leiht bei {comp}, ich habe für Samstag dort gebucht",
        ],
        "it": [
            "Materiale arrivato con due ore di ritardo senza avvisare",
            "Lamine arrugginite e fibbia dello scarpone destro che si apre",
            "Ora vogliono la foto di ogni pezzo alla riconsegna, davvero?",
            "Cauzione di nuovo doppia e una settimana per sbloccarla",
            "35 € di 'pulizia' per sci riconsegnati perfetti, con le foto della loro app",
            "Mio cognato noleggia da {comp}, sabato ho prenotato lì",
        ],
        "pt": [
            "O material chegou duas horas atrasado sem aviso",
            "Cantos enferrujados e a fivela da bota direita sempre a abrir",
            "Agora querem foto de cada peça na devolução, a sério?",
            "Caução duplicada outra vez e uma semana para libertar",
            "35 € de 'limpeza' por esquis devolvidos impecáveis, com as fotos da própria app",
            "O meu cunhado aluga na {comp}, já reservei lá para sábado",
        ],
    },
    "cancel_req": {
        "es": [
            "Hola, me he comprado mi propio equipo con la paga extra y ya no voy a alquilar. Quiero darme de baja del Club y cerrar la cuenta."
        ],
        "fr": [
            "Bonjour, j'ai acheté mon propre matériel et je ne louerai plus. Je veux résilier le Club et fermer mon compte."
        ],
        "en": [
            "Hi, I've bought my own kit with my bonus so won't be hiring any more. Please cancel my Club membership and close the account."
        ],
        "de": [
            "Hallo, ich habe mir eigene Ausrüstung gekauft. Bitte Club-Mitgliedschaft kündigen und Konto schließen."
        ],
        "it": [
            "Buongiorno, ho comprato la mia attrezzatura. Voglio disdire il Club e chiudere l'account."
        ],
        "pt": ["Olá, comprei o meu próprio material. Quero cancelar o Club e fechar a conta."],
    },
    "sorry_go": {
        "es": [
            "Sentimos que se vaya. Puede cancelar el Club usted mismo en la app o en la web. {name}"
        ],
        "fr": [
            "Désolés de vous voir partir. Vous pouvez résilier le Club dans l'appli ou sur le site. {name}"
        ],
        "en": [
            "Sorry to see you go. You can cancel the Club yourself in the app or on the website. {name}"
        ],
        "de": [
            "Schade, dass Sie gehen. Sie können den Club in der App oder auf der Website selbst kündigen. {name}"
        ],
        "it": ["Ci dispiace vederla andare. Può disdire il Club dall'app o dal sito. {name}"],
        "pt": ["Lamentamos vê-lo partir. Pode cancelar o Club na app ou no site. {name}"],
    },
    "grumpy": {
        "es": [
            "la app me vuelve a pedir la contraseña cada vez",
            "otra vez 40 minutos de cola el sábado",
            "el aviso de 'devolución en 2 horas' a las 6 de la mañana, gracias",
        ],
        "fr": [
            "l'appli me déconnecte à chaque fois",
            "encore 40 minutes de queue samedi",
            "la notif 'retour dans 2h' à 6h du matin, merci bien",
        ],
        "en": ["app logs me out every single time", "40 minute queue again on Saturday"],
        "de": ["die App meldet mich jedes Mal ab", "schon wieder 40 Minuten Schlange am Samstag"],
        "it": ["l'app mi disconnette ogni volta", "di nuovo 40 minuti di coda sabato"],
        "pt": ["a app desliga-me a sessão sempre", "outra vez 40 minutos de fila no sábado"],
    },
    "sarcasm": {
        "es": ["Entrega 'exprés' de las e-bikes a las 19:40, justo para pedalear de noche 👏"],
        "fr": ["Livraison 'express' des VTT à 19h40, parfait pour rouler de nuit 👏"],
        "en": ["'Express' e-bike delivery at 7:40pm, perfect for a night ride 👏"],
        "de": ["'Express'-Lieferung der E-Bikes um 19:40, ideal für die Nachtfahrt 👏"],
        "it": ["Consegna 'express' delle e-bike alle 19:40, perfetta per pedalare al buio 👏"],
        "pt": ["Entrega 'expresso' das bicicletas às 19h40, ótimo para pedalar à noite 👏"],
    },
    "grumble_once": {
        "es": ["el buscador de tiendas me pone la estación equivocada"],
        "fr": ["la recherche de magasin affiche la mauvaise station"],
        "en": ["shop finder keeps showing the wrong resort"],
        "de": ["die Shopsuche zeigt das falsche Skigebiet"],
        "it": ["la ricerca negozi mostra la stazione sbagliata"],
        "pt": ["a pesquisa de lojas mostra a estância errada"],
    },
    "ack_form": {
        "es": ["Gracias por avisarnos, lo pasamos al equipo de la app. {name}"],
        "fr": ["Merci du signalement, transmis à l'équipe de l'appli. {name}"],
        "en": ["Thanks for flagging, passed to the app team. {name}"],
        "de": ["Danke für den Hinweis, ist beim App-Team. {name}"],
        "it": ["Grazie della segnalazione, girata al team dell'app. {name}"],
        "pt": ["Obrigado pelo aviso, passámos à equipa da app. {name}"],
    },
    "spike": {
        "es": [
            "No puedo firmar el contrato de alquiler en la app, da error {code} y en la tienda no me dan los esquís",
            "la firma del contrato se queda cargando y luego sale {code}, estamos en el mostrador sin material",
            "IMPOSIBLE firmar el contrato digital, la tienda dice que sin firma no entregan nada",
        ],
        "fr": [
            "Impossible de signer le contrat de location dans l'appli, erreur {code}, le magasin refuse de donner les skis",
            "la signature du contrat tourne dans le vide et le magasin ne nous donne rien",
            "le contrat ne se signe pas, code {code}, on attend au comptoir avec les enfants",
        ],
        "en": [
            "Can't sign the hire contract in the app, error {code}, shop won't hand the skis over",
            "the contract signature just spins and the shop says no signature no kit",
        ],
        "de": [
            "Mietvertrag lässt sich in der App nicht unterschreiben, Fehler {code}, der Shop gibt nichts raus",
            "die Unterschrift im Vertrag hängt, ohne die bekommen wir keine Ski",
        ],
        "it": [
            "Non riesco a firmare il contratto nell'app, errore {code}, il negozio non consegna gli sci",
            "la firma del contratto non va e senza firma niente sci",
        ],
        "pt": [
            "Não consigo assinar o contrato na app, erro {code}, a loja não entrega os esquis",
            "a assinatura do contrato fica a carregar e sem ela não nos dão nada",
        ],
    },
    "spike_again": {
        "es": ["Sigue igual, {code} también desde el móvil de mi marido, seguimos en la tienda"],
        "fr": ["Toujours {code}, même sur le téléphone de ma femme, on est toujours au magasin"],
        "en": ["Still {code} on my partner's phone too, still stuck at the counter"],
        "de": ["Immer noch {code}, auch auf dem Handy meiner Frau, wir stehen weiter im Shop"],
        "it": ["Ancora {code} anche dal telefono di mia moglie, siamo ancora in negozio"],
        "pt": ["Continua {code} também no telemóvel do meu marido, ainda estamos na loja"],
    },
    "spike_chat_a": {
        "es": [
            "Sí, la firma del contrato falla ahora mismo en todas las tiendas, el equipo técnico ya está en ello. {name}"
        ],
        "fr": [
            "Oui, la signature du contrat échoue en ce moment dans tous les magasins, nos équipes sont dessus. {name}"
        ],
        "en": [
            "Yes, contract signing is failing at every shop right now, our engineers are on it. {name}"
        ],
        "de": [
            "Ja, die Vertragsunterschrift fällt gerade in allen Shops aus, die Technik ist dran. {name}"
        ],
        "it": [
            "Sì, la firma del contratto non funziona ora in tutti i negozi, i tecnici ci stanno lavorando. {name}"
        ],
        "pt": [
            "Sim, a assinatura do contrato está a falhar agora em todas as lojas, a equipa técnica está a tratar. {name}"
        ],
    },
    "spike_fixed": {
        "es": [
            "La firma de contratos funciona de nuevo desde las 11:40. El alquiler de hoy corre de nuestra cuenta y le añadimos 10 € de crédito. {name}"
        ],
        "fr": [
            "La signature des contrats fonctionne à nouveau depuis 11h40. La location d'aujourd'hui est offerte, plus 10 € de crédit. {name}"
        ],
        "en": [
            "Contract signing works again since 10:40. Today's hire is on us and we've added £9 credit. {name}"
        ],
        "de": [
            "Die Vertragsunterschrift geht seit 11:40 wieder. Die heutige Miete übernehmen wir, dazu 10 € Guthaben. {name}"
        ],
        "it": [
            "La firma dei contratti funziona di nuovo dalle 11:40. Il noleggio di oggi è offerto e le aggiungiamo 10 € di credito. {name}"
        ],
        "pt": [
            "A assinatura de contratos funciona de novo desde as 10:40. O aluguer de hoje é por nossa conta e juntámos 10 € de crédito. {name}"
        ],
    },
    "lone_q": {
        "es": [
            "ayer la firma del contrato me tardó un poco en cargar pero al final salió bien, ¿mañana en la tienda vale así?"
        ],
        "fr": [
            "hier la signature du contrat a mis du temps mais ça a marché, c'est bon pour demain au magasin ?"
        ],
        "en": [
            "contract signature took a while last night but went through, is that fine for tomorrow?"
        ],
        "de": [
            "gestern hat die Vertragsunterschrift lange geladen, ging aber durch, passt das für morgen?"
        ],
        "it": ["ieri la firma del contratto ci ha messo un po' ma è andata, va bene per domani?"],
        "pt": ["ontem a assinatura demorou mas passou, está bem para amanhã?"],
    },
    "lone_a": {
        "es": ["Sí, está firmado correctamente, mañana solo tiene que enseñar el QR. {name}"],
        "fr": ["Oui, c'est bien signé, montrez juste le QR demain. {name}"],
        "en": ["Yes, it's signed fine, just show the QR tomorrow. {name}"],
        "de": ["Ja, ist korrekt unterschrieben, morgen nur den QR zeigen. {name}"],
        "it": ["Sì, è firmato correttamente, domani basta mostrare il QR. {name}"],
        "pt": ["Sim, está assinado, amanhã basta mostrar o QR. {name}"],
    },
}

B2B_PROBLEM = {
    "es": {
        "invoice": "las facturas salen con el CIF antiguo y sin número de pedido",
        "service_blocked": "en la tienda nos niegan el material porque dicen que la cuenta está bloqueada, y está pagada",
        "portal": "el portal no muestra las reservas de grupo y no podemos dar de baja el material",
        "overbilled": "nos facturan tarifa diaria en vez de la tarifa de temporada pactada",
    },
    "fr": {
        "invoice": "les factures portent l'ancien numéro de TVA et aucun bon de commande",
        "service_blocked": "le magasin refuse le matériel car le compte serait bloqué, alors qu'il est payé",
        "portal": "le portail n'affiche plus les réservations de groupe, impossible de rendre le matériel",
        "overbilled": "on nous facture au jour au lieu du tarif saison convenu",
    },
    "en": {
        "invoice": "invoices carry our old VAT number and no PO number",
        "service_blocked": "the shop refused our kit saying the account is on stop, and it's paid",
        "portal": "the portal shows no group bookings so we can't off-hire anything",
        "overbilled": "we're billed day rates instead of the agreed season rate",
    },
    "de": {
        "invoice": "die Rechnungen tragen die alte USt-IdNr. und keine Bestellnummer",
        "service_blocked": "der Shop verweigert uns das Material, Konto angeblich gesperrt, obwohl bezahlt",
        "portal": "das Portal zeigt keine Gruppenbuchungen, wir können nichts abmelden",
        "overbilled": "wir zahlen Tagessätze statt des vereinbarten Saisonpreises",
    },
    "it": {
        "invoice": "le fatture riportano la vecchia partita IVA e nessun numero d'ordine",
        "service_blocked": "il negozio ci rifiuta il materiale perché il conto sarebbe bloccato, ma è pagato",
        "portal": "il portale non mostra le prenotazioni di gruppo e non possiamo restituire nulla",
        "overbilled": "ci fatturate la tariffa giornaliera invece di quella stagionale concordata",
    },
    "pt": {
        "invoice": "as faturas saem com o NIF antigo e sem número de encomenda",
        "service_blocked": "a loja recusa o material porque a conta estaria bloqueada, e está paga",
        "portal": "o portal não mostra as reservas de grupo e não conseguimos devolver nada",
        "overbilled": "faturam tarifa diária em vez da tarifa de época acordada",
    },
}
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

W.update(
    {
        "b2b_first": {
            "es": ["Buenos días: {p}. Por favor, revísenlo cuanto antes. {who}"],
            "fr": ["Bonjour, {p}. Merci de regarder rapidement. {who}"],
            "en": ["Good morning, {p}. Please look into it urgently. {who}"],
            "de": ["Guten Morgen, {p}. Bitte prüfen Sie das dringend. {who}"],
            "it": ["Buongiorno, {p}. Vi prego di verificare subito. {who}"],
            "pt": ["Bom dia, {p}. Por favor verifiquem com urgência. {who}"],
        },
        "b2b_later": {
            "es": [
                "Hola, mi compañera {first} ya les escribió el {day} por la incidencia {ref}: {p}. Seguimos igual. {who}"
            ],
            "fr": [
                "Bonjour, ma collègue {first} vous a déjà écrit {day} pour le dossier {ref} : {p}. Rien n'a changé. {who}"
            ],
            "en": [
                "Hi, my colleague {first} already wrote on {day} about case {ref}: {p}. Nothing has changed. {who}"
            ],
            "de": [
                "Hallo, meine Kollegin {first} hat Ihnen schon am {day} wegen Vorgang {ref} geschrieben: {p}. Unverändert. {who}"
            ],
            "it": [
                "Buongiorno, la mia collega {first} vi ha già scritto {day} per la segnalazione {ref}: {p}. Tutto uguale. {who}"
            ],
            "pt": [
                "Olá, a minha colega {first} já vos escreveu na {day} sobre o pedido {ref}: {p}. Continua igual. {who}"
            ],
        },
        "b2b_last": {
            "es": [
                "Incidencia {ref}: sigue sin resolverse y ya les han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}. {who}"
            ],
            "fr": [
                "Dossier {ref} : toujours rien et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}. {who}"
            ],
            "en": [
                "Case {ref}: still not fixed and several colleagues have written. Procurement has already asked {comp} for rates. {who}"
            ],
            "de": [
                "Vorgang {ref}: immer noch nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt. {who}"
            ],
            "it": [
                "Segnalazione {ref}: ancora nulla e vi hanno scritto diversi colleghi. Gli acquisti hanno già chiesto le tariffe a {comp}. {who}"
            ],
            "pt": [
                "Pedido {ref}: continua por resolver e vários colegas já escreveram. As compras já pediram preços à {comp}. {who}"
            ],
        },
        "b2b_last_call": {
            "es": [
                "hola llamo por la incidencia {ref} sigue sin arreglarse y ya les han escrito varios compañeros mi jefe dice que si no se arregla esta semana cambiamos de proveedor"
            ],
            "fr": [
                "bonjour j'appelle pour le dossier {ref} toujours pas réglé plusieurs collègues vous ont écrit mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
            ],
            "en": [
                "hi calling about case {ref} still not fixed and several of us have written my boss says we move the account if it isn't sorted this week"
            ],
            "de": [
                "hallo ich rufe wegen Vorgang {ref} an immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
            ],
            "it": [
                "buongiorno chiamo per la segnalazione {ref} ancora non risolta vi hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
            ],
            "pt": [
                "olá ligo pelo pedido {ref} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
            ],
        },
        "b2b_suggest": {
            "es": ["Sugerencia: ¿podrían exportar los costes por código de proyecto en el portal?"],
            "fr": [
                "Suggestion : pourriez-vous exporter les coûts par code projet dans le portail ?"
            ],
            "en": ["Suggestion: could the portal export costs by project code?"],
            "de": ["Vorschlag: Könnte das Portal die Kosten nach Projektnummer exportieren?"],
            "it": ["Suggerimento: il portale potrebbe esportare i costi per codice progetto?"],
            "pt": ["Sugestão: o portal podia exportar custos por código de projeto?"],
        },
        "b2b_question": {
            "es": ["¿Podemos añadir dos monitores más a la reserva de grupo del sábado?"],
            "fr": ["Peut-on ajouter deux moniteurs au groupe de samedi ?"],
            "en": ["Can we add two more instructors to Saturday's group booking?"],
            "de": ["Können wir zur Gruppenbuchung am Samstag zwei Skilehrer hinzufügen?"],
            "it": ["Possiamo aggiungere due maestri alla prenotazione di gruppo di sabato?"],
            "pt": ["Podemos juntar mais dois monitores à reserva de grupo de sábado?"],
        },
        "b2b_answer": {
            "es": ["Hecho, ya aparece en el portal. {name}"],
            "fr": ["C'est fait, visible dans le portail. {name}"],
            "en": ["Done, it's on the portal now. {name}"],
            "de": ["Erledigt, steht jetzt im Portal. {name}"],
            "it": ["Fatto, ora è nel portale. {name}"],
            "pt": ["Feito, já aparece no portal. {name}"],
        },
        "b2b_praise": {
            "es": ["El grupo de empresa volvió encantado, todo el material listo a la hora"],
            "fr": ["Sortie d'entreprise réussie, tout le matériel prêt à l'heure"],
            "en": ["Team day went perfectly, all kit ready on time"],
            "de": ["Firmenausflug lief super, alles Material pünktlich bereit"],
            "it": ["Giornata aziendale perfetta, materiale pronto in orario"],
            "pt": ["Dia de empresa correu lindamente, material pronto a horas"],
        },
        "weekday": {
            "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
            "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
            "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
        },
    }
)
