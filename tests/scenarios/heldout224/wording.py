# ruff: noqa: E501
"""Wording of heldout224 (Postalba, a virtual mailbox): every table in every language.

Placeholders filled by ``make_heldout224.py``: {b} brand, {c} case reference, {k}
competitor, {p} product, {a} amount, {n} a colleague's first name, {d} a weekday,
{x} error code, {t} local time, {co} company.
"""

from __future__ import annotations

import random

BRAND = "Postalba"
PLUS = "Postalba Plus"
PRO = "Postalba Business"
COMPETITORS = ("Letterio", "Briefwerk")
LANGS = ("it", "de", "en", "fr", "pt", "es")

Table = dict[str, list[str]]

FIRST: Table = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Elena",
        "Davide",
        "Sara",
        "Alessandro",
        "Valentina",
        "Paolo",
        "Federica",
        "Stefano",
        "Ilaria",
        "Simone",
        "Martina",
        "Andrea",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Katrin",
        "Tobias",
        "Anja",
        "Florian",
        "Sabine",
        "Lukas",
        "Miriam",
        "Stefan",
        "Julia",
        "Matthias",
        "Petra",
        "Felix",
        "Nina",
        "Thomas",
        "Carina",
        "Jan",
    ],
    "en": [
        "Sophie",
        "James",
        "Emma",
        "Oliver",
        "Grace",
        "Daniel",
        "Hannah",
        "Liam",
        "Chloe",
        "Aidan",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Nicolas",
        "Pauline",
        "Mathieu",
        "Claire",
        "Hugo",
        "Léa",
        "Antoine",
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
        "Marta",
        "Sergio",
        "Carmen",
        "Pablo",
        "Elena",
        "Álvaro",
        "Nuria",
        "Diego",
    ],
}
LAST: Table = {
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
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Lombardi",
        "Moretti",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Krüger",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Brennan",
        "Hughes",
        "Clarke",
        "Doyle",
        "Patel",
        "Evans",
        "Byrne",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Girard",
        "Roux",
        "Fontaine",
        "Mercier",
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
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Morales",
    ],
}
MARKETS: dict[str, list[str]] = {
    "it": ["IT", "IT", "IT", "CH"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE_PREFIX: dict[str, list[str]] = {
    "IT": ["+39 33", "+39 34", "+39 32"],
    "CH": ["+41 79", "+41 76"],
    "DE": ["+49 151", "+49 160", "+49 176"],
    "AT": ["+43 664", "+43 676"],
    "UK": ["+44 7700", "+44 7911"],
    "IE": ["+353 85", "+353 87"],
    "FR": ["+33 6", "+33 7"],
    "BE": ["+32 47", "+32 49"],
    "PT": ["+351 91", "+351 93"],
    "ES": ["+34 6", "+34 7"],
}
PHONE_LEN = {
    "IT": 8,
    "CH": 7,
    "DE": 7,
    "AT": 7,
    "UK": 6,
    "IE": 7,
    "FR": 8,
    "BE": 7,
    "PT": 7,
    "ES": 8,
}
DOMAINS = ["mailbox.example", "posta.example", "netz.example", "correo.example", "home.example"]
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}

PRODUCTS = [
    ("Plus monthly / Plus mensile", 12.90),
    ("Scan pack 20 letters / Pacchetto 20 scansioni", 9.50),
    ("Parcel forwarding, standard / Inoltro pacco", 14.00),
    ("Parcel forwarding, express / Inoltro pacco express", 24.00),
    ("Plus annual / Plus annuale", 129.00),
    ("Archive box 5 years / Archivio 5 anni", 39.00),
]
PAGES = [
    "/app/inbox",
    "/app/forwarding",
    "/plus",
    "/pricing",
    "/app/scans",
    "/app/archive",
    "/help/shredding",
    "/business/portal",
]
WEEKDAYS: Table = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}

PRAISE: Table = {
    "it": [
        "Da quando sono a Berlino per lavoro {b} mi salva la vita, vedo le bollette di casa il giorno stesso",
        "Scansioni nitide e arrivate in un'ora, brava {b}",
        "Finalmente la posta del condominio non si perde più. Grazie {b}!",
    ],
    "de": [
        "Seit ich auf Montage bin, liest {b} meine Post für mich. Scan war nach 2 Stunden in der App, top",
        "Der Steuerbescheid kam heute früh, mittags hatte ich ihn als PDF. Danke {b}",
        "Endlich keine überquellende Briefkasten mehr während der Elternzeit im Ausland. Super Service",
    ],
    "en": ["Scans in the app before lunch, while I'm on a boat in Norway. Love {b}"],
    "fr": ["Mon courrier scanné le jour même pendant mon année en Erasmus, merci {b} !"],
    "pt": ["Estou em Macau e recebi a carta das Finanças digitalizada no mesmo dia. Obrigada {b}"],
    "es": ["Vivo medio año en Chile y {b} me escanea todo el mismo día, una maravilla"],
}
AGAIN: Table = {
    "it": [
        "Terza volta questo mese che mi inoltrano un pacco in 24 ore, sempre perfetto",
        "Ancora una volta scansione in mezz'ora, non sbagliano mai",
    ],
    "de": [
        "Schon wieder ein Paket in einem Tag nach Wien weitergeleitet, klappt jedes Mal",
        "Zum dritten Mal diese Woche war der Scan vor dem Frühstück da, immer noch begeistert",
    ],
    "en": ["Third time this month a parcel forwarded overnight, still impressed"],
    "fr": ["Encore une fois le colis réexpédié en 24h, toujours impeccable"],
    "pt": ["Outra vez tudo digitalizado no próprio dia, continuo fã"],
    "es": ["Tercera vez este mes que me reenvían un paquete en un día, siguen geniales"],
}
GRIPE: Table = {
    "it": [
        "Servizio ottimo, solo l'app mi chiede il codice ogni volta. Per il resto consigliatissimo",
        "Tutto bene, peccato che le buste non si vedano a colori",
    ],
    "de": [
        "Sehr gut, nur die Sortierung nach Absender fehlt mir. Sonst gerne weiter so",
        "Klappt alles, nur die Push-Nachricht kommt manchmal doppelt",
    ],
    "en": ["Brilliant service, only wish the scans had the envelope in colour"],
    "fr": ["Très bien, juste dommage que l'appli ne trie pas par expéditeur"],
    "pt": ["Muito bom, só falta poder renomear as cartas na app"],
    "es": ["Muy bien todo, solo que la app me cierra la sesión a menudo"],
}
QUESTION: Table = {
    "it": [
        "Ciao, posso far inoltrare un pacco in Svizzera con {p}?",
        "Buongiorno, le scansioni restano in archivio per quanto tempo?",
    ],
    "de": [
        "Hallo, kann ich Briefe vom Finanzamt automatisch weiterleiten lassen?",
        "Guten Tag, wie lange bleiben die Scans im Archiv?",
    ],
    "en": ["Hi, can I add my partner's name to the mailbox?"],
    "fr": ["Bonjour, est-ce que je peux ajouter le nom de ma femme à la boîte ?"],
    "pt": ["Olá, posso pedir o reencaminhamento para Espanha?"],
    "es": ["Hola, ¿puedo añadir a mi pareja al buzón?"],
}
ANSWER: Table = {
    "it": [
        "Ciao! Sì, basta aprire Inoltri nell'app e scegliere il paese. Buona giornata, Francesca di {b}"
    ],
    "de": ["Hallo! Ja, das geht unter Einstellungen > Regeln. Viele Grüße, Jonas vom {b}-Team"],
    "en": ["Hi! Yes, under Settings > Mailbox names. Cheers, Aidan at {b}"],
    "fr": ["Bonjour ! Oui, dans Réglages > Noms de la boîte. Bonne journée, Claire de {b}"],
    "pt": ["Olá! Sim, em Definições > Reencaminhamento. Bom dia, Rui da {b}"],
    "es": ["¡Hola! Sí, en Ajustes > Nombres del buzón. Un saludo, Nuria de {b}"],
}
THANKS: Table = {
    "it": ["grazie mille!", "top grz"],
    "de": ["super danke!", "merci, passt"],
    "en": ["cheers, legend"],
    "fr": ["merci beaucoup !"],
    "pt": ["obg, tudo certo"],
    "es": ["gracias, crack"],
}
CALL_Q: Table = {
    "it": [
        "buongiorno volevo sapere se posso cambiare il piano da mensile ad annuale senza perdere le scansioni",
        "salve chiamo per capire come funziona la distruzione delle lettere vecchie",
    ],
    "de": [
        "ja hallo ich wollte fragen ob ich das Abo von monatlich auf jährlich umstellen kann",
        "guten Tag ich hätte eine Frage zur Weiterleitung nach Österreich was kostet das",
    ],
    "en": ["hi yeah just wondering if i can switch to the annual plan and keep my archive"],
    "fr": ["bonjour je voulais savoir si je peux passer à l'abonnement annuel"],
    "pt": ["bom dia queria saber se posso mudar para o plano anual"],
    "es": ["hola buenas quería saber si puedo pasarme al plan anual sin perder nada"],
}
CALL_FOLLOW: Table = {
    "it": [
        "Come da telefonata: il cambio al piano annuale è attivo, archivio intatto. Un saluto, Paolo di {b}"
    ],
    "de": [
        "Wie am Telefon besprochen: Die Umstellung ist erledigt, alle Scans bleiben erhalten. Grüße, Katrin von {b}"
    ],
    "en": [
        "As discussed on the phone: you're on the annual plan now, archive kept. Best, Hannah at {b}"
    ],
    "fr": [
        "Comme convenu au téléphone : passage à l'annuel fait, archives conservées. Cordialement, Hugo de {b}"
    ],
    "pt": ["Conforme falámos: já está no plano anual, arquivo mantido. Cumprimentos, Sofia da {b}"],
    "es": [
        "Como hablamos por teléfono: ya tienes el plan anual, el archivo se mantiene. Saludos, Pablo de {b}"
    ],
}
REVIEW: Table = {
    "it": ["Cinque stelle: affidabili, veloci e gentili", "Uso {b} da due anni, mai un problema"],
    "de": ["Fünf Sterne, zuverlässig und schnell", "Nutze {b} seit zwei Jahren, nie Ärger gehabt"],
    "en": ["Five stars, does exactly what it says"],
    "fr": ["Cinq étoiles, fiable et rapide"],
    "pt": ["Cinco estrelas, rápido e fiável"],
    "es": ["Cinco estrellas, rápido y fiable"],
}
SURVEY_WORD: Table = {
    "it": ["ottimo", "👍", "tutto perfetto"],
    "de": ["passt", "super", "👌"],
    "en": ["spot on"],
    "fr": ["parfait"],
    "pt": ["excelente"],
    "es": ["genial"],
}
NIGHT_POST: Table = {
    "it": [
        "Sono le 2 e sto leggendo le scansioni delle bollette di mia madre, {b} è l'unica cosa che funziona a quest'ora 😅",
        "Turno di notte in ospedale, intanto controllo la posta sull'app di {b}",
    ],
    "de": [
        "Nachtschicht an der Tankstelle und ich lese meine Post im {b}-App. Verrückte Zeiten",
        "Kann nicht schlafen, also archiviere ich alte Scans bei {b}. Ordnung muss sein 😂",
    ],
    "en": ["3am feeds with the baby and I'm sorting my scanned post on {b}, living the dream"],
    "fr": ["Insomnie, je range mes courriers scannés sur {b}, c'est presque relaxant"],
    "pt": ["Três da manhã e a arrumar cartas digitalizadas na {b}, alguém mais acordado?"],
    "es": ["Las 3 de la mañana y yo ordenando cartas escaneadas en {b}, qué vida"],
}
NIGHT_Q: Table = {
    "it": ["scusate l'ora, se chiedo l'inoltro adesso parte domani mattina?"],
    "de": [
        "sorry für die Uhrzeit, geht eine Weiterleitung die ich jetzt beauftrage morgen früh raus?"
    ],
    "en": ["sorry it's late, if I request forwarding now does it go out tomorrow?"],
    "fr": ["désolé pour l'heure, si je demande la réexpédition maintenant ça part demain ?"],
    "pt": ["desculpem a hora, se pedir o envio agora sai amanhã?"],
    "es": ["perdón por la hora, si pido el reenvío ahora sale mañana?"],
}
NIGHT_A: Table = {
    "it": ["Nessun problema! Sì, parte con il primo giro delle 9. Buonanotte da {b}"],
    "de": [
        "Kein Problem! Ja, sie geht mit der ersten Runde um 9 Uhr raus. Gute Nacht vom {b}-Team"
    ],
    "en": ["No worries! Yes, it goes out with the 9am run. Night from {b}"],
    "fr": ["Pas de souci ! Oui, départ avec la tournée de 9h. Bonne nuit de la part de {b}"],
    "pt": ["Sem problema! Sim, sai na primeira volta das 9h. Boa noite da {b}"],
    "es": ["¡Sin problema! Sí, sale con la primera ronda de las 9. Buenas noches desde {b}"],
}
JOKE: Table = {
    "it": ["Mia nonna non si fida: secondo lei {b} legge anche le cartoline d'amore 😂"],
    "de": ["Mein Postbote fragt schon, ob ich ausgewandert bin 😂 Danke {b}"],
    "en": ["My postman thinks I've emigrated lol. thanks {b}"],
    "fr": ["Mon facteur croit que j'ai déménagé 😂 merci {b}"],
    "pt": ["O carteiro já pensa que emigrei 😂 obrigado {b}"],
    "es": ["El cartero cree que me he mudado jajaja gracias {b}"],
}

# -- the consumer problems --------------------------------------------------------
PROBLEMS = ("scan_late", "forward_lost", "double_charge", "shredded")
PROBLEM_TOPIC: Table = {
    "it": [
        "lettera non scansionata",
        "pacco inoltrato perso",
        "addebito doppio",
        "lettera distrutta",
    ],
    "de": [
        "Brief nicht gescannt",
        "weitergeleitetes Paket verloren",
        "doppelte Abbuchung",
        "Brief vernichtet",
    ],
    "en": ["letter not scanned", "forwarded parcel lost", "charged twice", "letter shredded"],
    "fr": ["lettre non scannée", "colis réexpédié perdu", "double prélèvement", "lettre détruite"],
    "pt": [
        "carta não digitalizada",
        "encomenda reencaminhada perdida",
        "cobrança em dobro",
        "carta destruída",
    ],
    "es": ["carta sin escanear", "paquete reenviado perdido", "cobro doble", "carta destruida"],
}
# per problem index: short complaint texts
SHORT: dict[str, Table] = {
    "scan_late": {
        "it": [
            "Una raccomandata del tribunale è arrivata da voi il 3 e NON è ancora scansionata. Dieci giorni! Ho una scadenza",
            "La lettera dell'Agenzia delle Entrate è lì da una settimana e nell'app non c'è niente. Ma scherziamo?",
        ],
        "de": [
            "Ein Einschreiben vom Amtsgericht liegt seit ZEHN Tagen bei euch und ist nicht gescannt. Ich habe eine Frist!",
            "Der Brief vom Finanzamt ist laut Tracking seit einer Woche bei euch, in der App nichts. Was soll das?",
        ],
        "en": ["A court letter has sat with you for TEN days unscanned. I have a deadline!"],
        "fr": [
            "Un recommandé du tribunal est chez vous depuis DIX jours et toujours pas scanné. J'ai un délai !"
        ],
        "pt": [
            "Uma carta registada do tribunal está convosco há DEZ dias e ainda não foi digitalizada!"
        ],
        "es": [
            "Una carta certificada del juzgado lleva DIEZ días con vosotros sin escanear. ¡Tengo un plazo!"
        ],
    },
    "forward_lost": {
        "it": [
            "Il pacco che mi avete inoltrato risulta consegnato ma qui non è mai arrivato. Dentro c'erano le medicine di mio padre",
            "Inoltro pagato 24 euro express, tracking fermo da 6 giorni. Nessuno risponde",
        ],
        "de": [
            "Das weitergeleitete Paket steht als ZUGESTELLT, hier ist nichts angekommen. Da waren meine Zeugnisse drin",
            "Express-Weiterleitung für 24 Euro bezahlt und seit 6 Tagen bewegt sich das Tracking nicht",
        ],
        "en": ["Forwarded parcel marked DELIVERED, never came. My passport was in it"],
        "fr": ["Colis réexpédié marqué LIVRÉ, jamais reçu. Il y avait mes diplômes dedans"],
        "pt": [
            "A encomenda reencaminhada diz ENTREGUE mas nunca chegou. Tinha lá os documentos do carro"
        ],
        "es": [
            "El paquete reenviado pone ENTREGADO y nunca ha llegado. Iban dentro mis papeles del coche"
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato {p} DUE volte questo mese, 25,80 invece di 12,90. Rimborsatemi",
            "Doppio addebito sulla carta per l'abbonamento Plus, e il conto ora è in rosso",
        ],
        "de": [
            "Ihr habt das Plus-Abo ZWEIMAL abgebucht, 25,80 statt 12,90. Bitte sofort zurück",
            "Doppelte Abbuchung für Plus, jetzt ist mein Konto im Minus. Unglaublich",
        ],
        "en": ["You've charged my Plus membership TWICE this month. I want it back"],
        "fr": ["Vous avez prélevé l'abonnement Plus DEUX fois ce mois-ci. Remboursez-moi"],
        "pt": ["Cobraram o Plus DUAS vezes este mês. Quero o dinheiro de volta"],
        "es": ["Me habéis cobrado el Plus DOS veces este mes. Quiero mi dinero"],
    },
    "shredded": {
        "it": [
            "Avete DISTRUTTO una lettera della banca senza chiedermelo. Avevo scelto 'conserva tutto'!",
            "Lettera dell'INPS triturata senza scansione. Chi vi ha autorizzato?",
        ],
        "de": [
            "Ihr habt einen Brief meiner Krankenkasse VERNICHTET ohne zu fragen, obwohl 'alles aufbewahren' eingestellt ist",
            "Ein Brief vom Jobcenter wurde geschreddert, ohne Scan. Wer hat das erlaubt?",
        ],
        "en": [
            "You SHREDDED a letter from my bank without asking. My setting is 'keep everything'!"
        ],
        "fr": [
            "Vous avez DÉTRUIT une lettre de ma banque sans me demander, alors que j'ai 'tout conserver'"
        ],
        "pt": ["DESTRUÍRAM uma carta do banco sem perguntar, tenho 'guardar tudo' ativado!"],
        "es": [
            "Habéis DESTRUIDO una carta del banco sin preguntarme, ¡tengo puesto 'guardar todo'!"
        ],
    },
}
LONG_OPEN: Table = {
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dal treno per Milano, tra una riunione e l'altra, mentre mia madre è ancora in ospedale e io cerco di tenere in ordine le sue carte. Uso {b} da tre anni e finora non avevo mai avuto motivo di lamentarmi.\n\n",
        "Buonasera,\n\nscrivo dalla sala d'attesa del pediatra, con due bambini che corrono ovunque, quindi perdonate lo stile. Sono abbonata Plus da quando ci siamo trasferiti a Lisbona per il lavoro di mio marito.\n\n",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Pausenraum der Baustelle in Oslo, wo ich noch bis Dezember bin, und habe wenig Zeit. Ich bin seit drei Jahren Kunde bei {b} und war immer gut versorgt.\n\n",
        "Liebes {b}-Team,\n\nich sitze gerade im Auto vor der Musikschule meiner Tochter und tippe das am Handy, also bitte entschuldigen Sie Tippfehler. Seit unserem Umzug nach Zürich nutze ich Ihren Dienst.\n\n",
    ],
    "en": [
        "Dear team,\n\nI'm writing from a hotel lobby in Dubai between meetings, so forgive the brevity. I've used {b} since I started working abroad two years ago.\n\n"
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis la salle d'attente de l'hôpital où ma mère est suivie. Je suis cliente {b} depuis deux ans.\n\n"
    ],
    "pt": [
        "Boa tarde,\n\nescrevo do aeroporto, entre dois voos, por isso desculpem a pressa. Sou cliente {b} há dois anos.\n\n"
    ],
    "es": [
        "Buenas tardes,\n\nos escribo desde el coche, esperando a que mi hijo salga de natación. Soy socia Plus desde que me fui a trabajar a Múnich.\n\n"
    ],
}
LONG_CLOSE: Table = {
    "it": [
        "\n\nSpero davvero in una risposta rapida, perché così non si può andare avanti.\n\nCordiali saluti,\n",
        "\n\nResto in attesa di notizie entro domani.\n\nDistinti saluti,\n",
    ],
    "de": [
        "\n\nIch erwarte eine schnelle Lösung, so geht das wirklich nicht.\n\nMit freundlichen Grüßen\n",
        "\n\nBitte melden Sie sich bis morgen.\n\nViele Grüße\n",
    ],
    "en": ["\n\nI expect this sorted quickly.\n\nRegards,\n"],
    "fr": ["\n\nJ'attends une réponse rapide.\n\nCordialement,\n"],
    "pt": ["\n\nAguardo resposta rápida.\n\nCumprimentos,\n"],
    "es": ["\n\nEspero una solución rápida.\n\nUn saludo,\n"],
}
SUBJECT_COMPLAINT: Table = {
    "it": ["Reclamo: "],
    "de": ["Beschwerde: "],
    "en": ["Complaint: "],
    "fr": ["Réclamation : "],
    "pt": ["Reclamação: "],
    "es": ["Reclamación: "],
}
SUBJECT_RE: Table = {
    "it": ["R: Segnalazione "],
    "de": ["AW: Vorgang "],
    "en": ["Re: Your case "],
    "fr": ["RE : Demande "],
    "pt": ["RE: Pedido "],
    "es": ["RE: Incidencia "],
}
CALL_COMPLAINT: Table = {
    "it": [
        "si buongiorno chiamo perché ho un problema grave {t} e nessuno mi risponde sono davvero arrabbiata"
    ],
    "de": [
        "ja guten Tag ich rufe an wegen {t} das ist jetzt wirklich ein Problem ich brauche das dringend"
    ],
    "en": ["yeah hi i'm calling about {t} this is really not ok i need it sorted today"],
    "fr": ["oui bonjour j'appelle pour {t} c'est vraiment pas normal il me faut une solution"],
    "pt": ["sim boa tarde ligo por causa de {t} isto não pode ser preciso disto resolvido"],
    "es": ["sí hola llamo por lo de {t} esto no puede ser lo necesito ya"],
}
CASE_OPENED: Table = {
    "it": [
        "Ci scusiamo per il disagio. Abbiamo aperto la pratica {c} e la seguiamo con priorità. Un saluto, Valentina di {b}"
    ],
    "de": [
        "Das tut uns leid. Wir haben den Vorgang {c} angelegt und kümmern uns vorrangig darum. Viele Grüße, Sabine von {b}"
    ],
    "en": ["Sorry about this. We've opened case {c} and are on it. Best, Grace at {b}"],
    "fr": [
        "Toutes nos excuses. Nous avons ouvert le dossier {c} et le traitons en priorité. Cordialement, Julien de {b}"
    ],
    "pt": [
        "Pedimos desculpa. Abrimos o pedido {c} e estamos a tratar. Cumprimentos, Catarina da {b}"
    ],
    "es": [
        "Lo sentimos. Hemos abierto la incidencia {c} y la tratamos con prioridad. Un saludo, Marta de {b}"
    ],
}
QUALITY_LEAD: Table = {
    "it": [
        "La sua pratica {c} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. Valentina di {b}"
    ],
    "de": [
        "Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleiterin, die Sie bis Freitagmittag anruft. Sabine von {b}"
    ],
    "en": [
        "Your case {c} is now with our quality lead, who will call you before Friday lunchtime. Grace at {b}"
    ],
    "fr": [
        "Votre dossier {c} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. Julien de {b}"
    ],
    "pt": [
        "O seu pedido {c} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço. Catarina da {b}"
    ],
    "es": [
        "Su incidencia {c} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía. Marta de {b}"
    ],
}
GOOD_NEWS: Table = {
    "it": [
        "Buone notizie sulla pratica {c}: abbiamo risolto. Ci può confermare che ora è tutto a posto? Valentina di {b}"
    ],
    "de": [
        "Gute Nachrichten zu Vorgang {c}: Das ist behoben. Können Sie bestätigen, dass jetzt alles passt? Sabine von {b}"
    ],
    "en": ["Good news on case {c}: it's fixed. Could you confirm all is well now? Grace at {b}"],
    "fr": [
        "Bonne nouvelle pour le dossier {c} : c'est réglé. Pouvez-vous confirmer que tout va bien ? Julien de {b}"
    ],
    "pt": [
        "Boas notícias sobre o pedido {c}: está resolvido. Pode confirmar que está tudo bem? Catarina da {b}"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {c}: está resuelta. ¿Nos confirma que ya está todo bien? Marta de {b}"
    ],
}
CONFIRM: Table = {
    "it": [
        "Confermo, pratica {c} risolta, tutto ok. Grazie!",
        "si tutto a posto per la {c}, grazie mille",
    ],
    "de": [
        "Bestätige: Vorgang {c} ist erledigt, alles gut. Danke!",
        "passt jetzt, {c} kann zu. danke euch",
    ],
    "en": ["Confirmed, case {c} sorted. Thanks!"],
    "fr": ["Je confirme, dossier {c} réglé. Merci !"],
    "pt": ["Confirmo, pedido {c} resolvido. Obrigado!"],
    "es": ["Confirmado, incidencia {c} resuelta. ¡Gracias!"],
}
APOLOGY: Table = {
    "it": [
        "Scusate per il tono di ieri, ero sotto pressione. Grazie per la pazienza",
        "ieri ho esagerato, chiedo scusa alla collega del chat",
    ],
    "de": [
        "Sorry für meinen Ton gestern, war ein schlechter Tag. Danke fürs Kümmern",
        "Entschuldigung wegen gestern, ich war völlig gestresst",
    ],
    "en": ["Sorry for my tone yesterday, rough day. Thanks for sorting it"],
    "fr": ["Désolée pour mon ton d'hier, journée difficile. Merci"],
    "pt": ["Peço desculpa pelo tom de ontem, foi um dia mau"],
    "es": ["Perdón por el tono de ayer, tuve un día horrible"],
}
LOW_CSAT: Table = {
    "it": ["lento", ""],
    "de": ["zu langsam", ""],
    "en": ["slow", ""],
    "fr": ["trop lent", ""],
    "pt": ["lento", ""],
    "es": ["lento", ""],
}
STILL_OPEN: Table = {
    "it": [
        "Pratica {c}: ancora NIENTE. È ancora aperta e nessuno mi ha richiamato",
        "Scrivo di nuovo per la {c}, il problema è sempre lì",
    ],
    "de": [
        "Vorgang {c}: immer noch NICHTS passiert. Der Fall ist weiter offen",
        "Ich melde mich wieder wegen {c}, es ist immer noch nicht gelöst",
    ],
    "en": ["Case {c}: still NOTHING. It's still open and nobody called"],
    "fr": ["Dossier {c} : toujours RIEN. C'est toujours ouvert"],
    "pt": ["Pedido {c}: continua tudo IGUAL, ainda em aberto"],
    "es": ["Incidencia {c}: sigue SIN resolver, nadie me ha llamado"],
}
THIRD: Table = {
    "it": [
        "Terza volta che scrivo per la {c}. Una collega usa {k} e lì queste cose le risolvono in giornata"
    ],
    "de": [
        "Zum dritten Mal wegen {c}. Ein Kollege ist bei {k}, da wird sowas am selben Tag geklärt"
    ],
    "en": ["Third time writing about {c}. A colleague uses {k} and they fix this the same day"],
    "fr": [
        "Troisième fois pour le dossier {c}. Une collègue est chez {k}, eux règlent ça dans la journée"
    ],
    "pt": ["Terceira vez sobre o pedido {c}. Já fui ver quanto cobra a {k}"],
    "es": ["Tercera vez por la incidencia {c}. Ya he mirado cuánto cobra {k}"],
}
FOURTH: Table = {
    "it": ["QUARTA volta per la {c}. Ancora aperta. Basta"],
    "de": ["Zum VIERTEN Mal: {c} ist immer noch offen. Es reicht"],
    "en": ["FOURTH time: {c} still open. Enough"],
    "fr": ["QUATRIÈME fois : {c} toujours ouvert. Ça suffit"],
    "pt": ["QUARTA vez: {c} continua aberto. Chega"],
    "es": ["CUARTA vez: {c} sigue abierta. Ya está bien"],
}
URGENT: Table = {
    "it": [
        "Ho aggiunto il messaggio alla pratica {c} e l'ho segnata come urgente. Valentina di {b}"
    ],
    "de": ["Ich habe das zu Vorgang {c} hinzugefügt und als dringend markiert. Sabine von {b}"],
    "en": ["Added to your case {c}, marked urgent. Grace at {b}"],
    "fr": ["Ajouté à votre dossier {c}, marqué urgent. Julien de {b}"],
    "pt": ["Acrescentado ao pedido {c}, marcado urgente. Catarina da {b}"],
    "es": ["Añadido a su incidencia {c}, marcada como urgente. Marta de {b}"],
}
SLIDE: Table = {
    "it": [
        "Scansione arrivata dopo 3 giorni invece che in giornata, mah",
        "Due lettere scansionate storte e illeggibili, ho dovuto chiedere di rifarle",
        "Ora vogliono 4 euro per ogni inoltro anche se sono Plus. Da quando?",
        "Il pacco inoltrato è arrivato con la scatola aperta. Sempre peggio",
        "FURIOSA: la lettera della banca è stata aperta e scansionata a metà, e l'assistenza non risponde da 3 giorni",
        "Mio cognato usa {k} da un anno e non ha mai avuto problemi. Ho già fatto il preventivo da loro",
    ],
    "de": [
        "Scan kam erst nach 3 Tagen statt am selben Tag. Hm",
        "Zwei Briefe schief und unleserlich gescannt, musste neu anfordern",
        "Jetzt 4 Euro pro Weiterleitung, obwohl ich Plus habe? Seit wann das denn",
        "Weitergeleitetes Paket kam mit offenem Karton an. Wird immer schlimmer",
        "STINKSAUER: Bankbrief nur halb gescannt, Support antwortet seit 3 Tagen nicht",
        "Mein Schwager ist seit einem Jahr bei {k} und hatte nie Ärger. Habe dort schon ein Angebot angefragt",
    ],
    "en": [
        "Scan took 3 days instead of same-day. Hmm",
        "Two letters scanned crooked and unreadable, had to ask again",
        "Now £4 per forward even on Plus? Since when",
        "Forwarded parcel arrived with the box open. Getting worse",
        "FURIOUS: bank letter half scanned and support silent for 3 days",
        "My brother-in-law has used {k} for a year without a single problem. Already got a quote there",
    ],
    "fr": [
        "Scan reçu au bout de 3 jours au lieu du jour même. Bof",
        "Deux lettres scannées de travers, illisibles, j'ai dû redemander",
        "4 euros par réexpédition alors que je suis Plus ? Depuis quand",
        "Colis réexpédié arrivé carton ouvert. De pire en pire",
        "FURIEUSE : lettre de la banque scannée à moitié, le support ne répond plus depuis 3 jours",
        "Mon beau-frère est chez {k} depuis un an, jamais un souci. J'ai déjà demandé un devis",
    ],
    "pt": [
        "Digitalização demorou 3 dias em vez de no mesmo dia. Hmm",
        "Duas cartas digitalizadas tortas e ilegíveis, tive de pedir outra vez",
        "Agora 4 euros por reencaminhamento mesmo sendo Plus? Desde quando",
        "A encomenda reencaminhada chegou com a caixa aberta. Cada vez pior",
        "FURIOSA: carta do banco digitalizada a meio e o apoio não responde há 3 dias",
        "O meu cunhado usa a {k} há um ano e nunca teve problemas. Já pedi orçamento",
    ],
    "es": [
        "El escaneo tardó 3 días en vez del mismo día. Mmm",
        "Dos cartas escaneadas torcidas e ilegibles, tuve que pedirlas otra vez",
        "¿Ahora 4 euros por reenvío siendo Plus? Desde cuándo",
        "El paquete reenviado llegó con la caja abierta. Cada vez peor",
        "FURIOSA: la carta del banco escaneada a medias y soporte sin contestar desde hace 3 días",
        "Mi cuñado usa {k} desde hace un año y nunca ha tenido problemas. Ya les he pedido presupuesto",
    ],
}
SARCASM: Table = {
    "it": [
        "Scansione 'in giornata' arrivata dopo una settimana, proprio in tempo per la scadenza scaduta 👏"
    ],
    "de": ["'Same-Day-Scan' nach einer Woche, pünktlich nach Ablauf der Frist 👏"],
    "en": ["'Same-day scan' arrived a week later, just in time to miss the deadline 👏"],
    "fr": ["Scan 'le jour même' reçu une semaine après, pile après l'échéance 👏"],
    "pt": [
        "Digitalização 'no próprio dia' chegou uma semana depois, mesmo a tempo de perder o prazo 👏"
    ],
    "es": [
        "Escaneo 'en el día' recibido una semana después, justo a tiempo para perder el plazo 👏"
    ],
}
LEAVE: Table = {
    "it": [
        "Buongiorno, torno a vivere in Italia a fine mese e la posta la ricevo di nuovo a casa. Vorrei disdire {b} Plus e chiudere l'account. Grazie di tutto"
    ],
    "de": [
        "Hallo, wir ziehen zurück nach Deutschland und brauchen die Postadresse nicht mehr. Bitte {b} Plus kündigen und mein Konto schließen",
        "Guten Tag, mein Auslandsjahr ist vorbei. Ich möchte mein Abo kündigen und das Konto löschen",
    ],
    "en": [
        "Hi, I'm moving back home next month so I'd like to cancel {b} Plus and close my account"
    ],
    "fr": [
        "Bonjour, je rentre en France le mois prochain, je souhaite résilier {b} Plus et fermer mon compte"
    ],
    "pt": ["Olá, volto para Portugal no próximo mês, quero cancelar o {b} Plus e fechar a conta"],
    "es": [
        "Hola, vuelvo a España el mes que viene, quiero darme de baja de {b} Plus y cerrar la cuenta"
    ],
}
SORRY_GO: Table = {
    "it": [
        "Ci dispiace vederla andare via. Può disdire da sola nell'app o sul sito, in Account > Abbonamento. Valentina di {b}"
    ],
    "de": [
        "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen, unter Konto > Abo. Sabine von {b}"
    ],
    "en": [
        "Sorry to see you go. You can cancel yourself in the app or on the website, under Account > Membership. Grace at {b}"
    ],
    "fr": [
        "Désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Abonnement. Julien de {b}"
    ],
    "pt": [
        "Lamentamos vê-lo partir. Pode cancelar na app ou no site, em Conta > Subscrição. Catarina da {b}"
    ],
    "es": [
        "Sentimos que se vaya. Puede darse de baja en la app o en la web, en Cuenta > Suscripción. Marta de {b}"
    ],
}
GRUMBLE: Table = {
    "it": [
        "L'app mi scollega ogni volta, che noia",
        "Le notifiche arrivano alle 6 del mattino, ma perché",
        "Le scansioni hanno sempre il nome del mittente sbagliato",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus, nervt",
        "Push-Nachrichten um 6 Uhr früh, muss das sein",
        "Die Suche im Archiv findet nie was",
    ],
    "en": ["App logs me out every single time, annoying"],
    "fr": ["L'appli me déconnecte à chaque fois, pénible"],
    "pt": ["A app desliga-me a sessão sempre, que chatice"],
    "es": ["La app me cierra la sesión cada vez, qué pesadez"],
}
MILD: Table = {
    "it": ["La ricerca della sede mostra la città sbagliata, niente di grave"],
    "de": ["Die Filialsuche zeigt die falsche Stadt, nur zur Info"],
    "en": ["The address page shows the wrong city, just so you know"],
    "fr": ["La page adresse affiche la mauvaise ville, pour info"],
    "pt": ["A página de morada mostra a cidade errada, só para saberem"],
    "es": ["La página de dirección muestra la ciudad equivocada, para que lo sepáis"],
}
MILD_ACK: Table = {
    "it": ["Grazie della segnalazione, lo sistemiamo. {b}"],
    "de": ["Danke für den Hinweis, wir korrigieren das. {b}"],
    "en": ["Thanks for flagging, we'll fix it. {b}"],
    "fr": ["Merci du signalement, on corrige. {b}"],
    "pt": ["Obrigado pelo aviso, vamos corrigir. {b}"],
    "es": ["Gracias por avisar, lo corregimos. {b}"],
}

# -- business arm ---------------------------------------------------------------
B2B_PROBLEMS = ("invoice", "portal", "court_mail", "overbilled")
B2B_FIRST: dict[str, Table] = {
    "invoice": {
        "it": [
            "Buongiorno, le fatture di {co} riportano ancora la vecchia ragione sociale e nessuna partita IVA. Il commercialista le rifiuta"
        ],
        "de": [
            "Guten Tag, die Rechnungen an {co} tragen noch den alten Firmennamen und keine USt-IdNr. Unsere Buchhaltung kann sie nicht verbuchen"
        ],
        "en": [
            "Hello, invoices to {co} still carry our old company name and no VAT number. Accounts can't book them"
        ],
        "fr": [
            "Bonjour, les factures de {co} portent encore l'ancienne raison sociale et aucun numéro de TVA"
        ],
        "pt": ["Bom dia, as faturas da {co} ainda têm o nome antigo e sem NIF"],
        "es": ["Buenos días, las facturas de {co} siguen con la razón social antigua y sin NIF"],
    },
    "portal": {
        "it": [
            "Il portale non mostra la posta per il secondo amministratore di {co}, quindi nessuno vede le raccomandate"
        ],
        "de": [
            "Im Portal sieht unsere zweite Geschäftsführerin von {co} keine Post, Einschreiben bleiben so unbemerkt"
        ],
        "en": [
            "The portal shows no mail for {co}'s second director, so registered letters go unseen"
        ],
        "fr": ["Le portail n'affiche aucun courrier pour la deuxième gérante de {co}"],
        "pt": ["O portal não mostra correio para o segundo gerente da {co}"],
        "es": ["El portal no muestra correo para la segunda administradora de {co}"],
    },
    "court_mail": {
        "it": [
            "La posta della sede legale di {co} non viene scansionata da 5 giorni, aspettiamo un atto del tribunale"
        ],
        "de": [
            "Die Post an den Firmensitz von {co} wird seit 5 Tagen nicht gescannt, wir warten auf ein Schreiben vom Handelsregister"
        ],
        "en": [
            "Registered-office mail for {co} hasn't been scanned for 5 days, we're expecting a Companies House letter"
        ],
        "fr": [
            "Le courrier du siège de {co} n'est plus scanné depuis 5 jours, nous attendons un courrier du greffe"
        ],
        "pt": ["O correio da sede da {co} não é digitalizado há 5 dias"],
        "es": ["El correo del domicilio social de {co} lleva 5 días sin escanear"],
    },
    "overbilled": {
        "it": [
            "Ci avete fatturato a pagina invece della tariffa flat del contratto: oltre 600 € in più per {co}"
        ],
        "de": [
            "Sie haben {co} pro Seite abgerechnet statt zur vertraglichen Pauschale, über 600 € zu viel"
        ],
        "en": ["You've billed {co} per page instead of our contract flat rate, over £500 too much"],
        "fr": ["Vous facturez {co} à la page au lieu du forfait du contrat, plus de 600 € de trop"],
        "pt": ["Faturaram a {co} à página em vez do valor fixo do contrato, mais de 600 € a mais"],
        "es": [
            "Nos facturáis a {co} por página en vez de la tarifa plana del contrato, más de 600 € de más"
        ],
    },
}
B2B_LATER: Table = {
    "it": [
        "Scrivo anch'io per {co}: come ha già segnalato {n} {d}, pratica {c}, il problema non è risolto. {t}"
    ],
    "de": [
        "Ich melde mich ebenfalls für {co}: wie {n} schon am {d} geschrieben hat, Vorgang {c}, ist nichts gelöst. {t}"
    ],
    "en": ["Writing too for {co}: as {n} reported on {d}, case {c}, nothing is fixed. {t}"],
    "fr": [
        "J'écris aussi pour {co} : comme {n} l'a signalé {d}, dossier {c}, rien n'est réglé. {t}"
    ],
    "pt": [
        "Escrevo também pela {co}: como a {n} disse na {d}, pedido {c}, nada está resolvido. {t}"
    ],
    "es": [
        "Escribo también por {co}: como dijo {n} el {d}, incidencia {c}, nada está resuelto. {t}"
    ],
}
B2B_FINAL_MAIL: Table = {
    "it": [
        "Pratica {c}: ancora nulla, e ormai vi hanno scritto in quattro. L'ufficio acquisti ha già chiesto le tariffe a {k}"
    ],
    "de": [
        "Vorgang {c}: immer noch nichts, und inzwischen haben Ihnen vier Kollegen geschrieben. Der Einkauf hat schon bei {k} angefragt"
    ],
    "en": [
        "Case {c}: still nothing, and four of us have written now. Procurement has asked {k} for their rates"
    ],
    "fr": [
        "Dossier {c} : toujours rien, quatre collègues vous ont écrit. Les achats ont demandé les tarifs de {k}"
    ],
    "pt": [
        "Pedido {c}: continua igual, já vos escreveram quatro colegas. As compras já pediram preços à {k}"
    ],
    "es": [
        "Incidencia {c}: sigue igual, ya os hemos escrito cuatro. Compras ya ha pedido tarifas a {k}"
    ],
}
B2B_FINAL_CALL: Table = {
    "it": [
        "buongiorno chiamo per la pratica {c} non è ancora risolto e ve l'hanno scritto in diversi il mio capo dice che se non si sistema questa settimana cambiamo fornitore"
    ],
    "de": [
        "guten Tag ich rufe an wegen Vorgang {c} das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht klappt wechseln wir"
    ],
    "en": [
        "hi calling about case {c} still not fixed several of us have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "bonjour j'appelle pour le dossier {c} toujours pas réglé plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "pt": [
        "bom dia ligo pelo pedido {c} continua por resolver vários colegas escreveram o meu chefe diz que mudamos se não ficar resolvido esta semana"
    ],
    "es": [
        "hola llamo por la incidencia {c} sigue sin resolver varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_SUGGEST: Table = {
    "it": [
        "Suggerimento: sarebbe utile esportare la posta per centro di costo",
        "Sarebbe comodo avere il nome del reparto sulle scansioni",
    ],
    "de": [
        "Vorschlag: ein Export der Post nach Kostenstelle wäre hilfreich",
        "Es wäre praktisch, die Abteilung auf den Scans zu sehen",
    ],
    "en": ["Suggestion: exporting mail by cost centre would help"],
    "fr": ["Suggestion : un export du courrier par centre de coût serait utile"],
    "pt": ["Sugestão: exportar o correio por centro de custo ajudava"],
    "es": ["Sugerencia: exportar el correo por centro de coste ayudaría"],
}
B2B_Q: Table = {
    "it": ["Buongiorno, posso aggiungere un nuovo collaboratore al portale?"],
    "de": ["Hallo, wie füge ich eine neue Mitarbeiterin im Portal hinzu?"],
    "en": ["Hi, how do I add a new colleague to the portal?"],
    "fr": ["Bonjour, comment ajouter un collègue au portail ?"],
    "pt": ["Olá, como adiciono um colega ao portal?"],
    "es": ["Hola, ¿cómo añado un compañero al portal?"],
}
B2B_A: Table = {
    "it": ["Buongiorno, da Portale > Utenti > Invita. Un saluto, Paolo di {b}"],
    "de": ["Hallo, unter Portal > Nutzer > Einladen. Grüße, Katrin von {b}"],
    "en": ["Hi, Portal > Users > Invite. Best, Hannah at {b}"],
    "fr": ["Bonjour, Portail > Utilisateurs > Inviter. Hugo de {b}"],
    "pt": ["Olá, Portal > Utilizadores > Convidar. Sofia da {b}"],
    "es": ["Hola, Portal > Usuarios > Invitar. Pablo de {b}"],
}
B2B_PRAISE: Table = {
    "it": ["Con {b} la posta dell'ufficio è finalmente in ordine, consigliato"],
    "de": ["Mit {b} ist unsere Büropost endlich digital, klare Empfehlung"],
    "en": ["{b} has our office post sorted, recommended"],
    "fr": ["Avec {b} le courrier du bureau est enfin en ordre"],
    "pt": ["Com a {b} o correio do escritório está finalmente arrumado"],
    "es": ["Con {b} el correo de la oficina por fin está en orden"],
}

# -- the planted spike ------------------------------------------------------------
SPIKE_CODE = "VMB-274"
SPIKE: Table = {
    "it": [
        "Nella mia casella {b} ci sono lettere di un'altra persona! Bollette, una lettera della banca... non sono mie. Errore {x} quando premo 'non è mio'",
        "ma cosa succede?? vedo la posta di sconosciuti nell'app {b}, e la mia dov'è",
        "Ho aperto l'app e c'è un estratto conto di un certo Signor Ferri. Privacy zero. {x}",
    ],
    "de": [
        "In meinem {b}-Postfach liegen Briefe von fremden Leuten! Kontoauszug, Arztbrief... Fehler {x} beim Melden",
        "WAS ist da los? Ich sehe in der App die Post von jemand anderem, meine eigene ist weg",
        "Datenschutz?? In meiner Inbox ist ein Brief an eine Frau Brandl. Fehlermeldung {x}",
    ],
    "en": [
        "My {b} inbox is full of someone else's letters, bank statements and all. Error {x} when I report it",
        "why am I seeing a stranger's post in the app?? where's mine",
    ],
    "fr": [
        "Dans ma boîte {b} il y a le courrier de quelqu'un d'autre ! Erreur {x} quand je signale",
        "je vois les lettres d'un inconnu dans l'appli, c'est grave là",
    ],
    "pt": [
        "Na minha caixa {b} aparecem cartas de outra pessoa! Erro {x} ao reportar",
        "estou a ver correio de um desconhecido na app, e o meu?",
    ],
    "es": [
        "¡En mi buzón de {b} salen cartas de otra persona! Error {x} al reportarlo",
        "estoy viendo el correo de un desconocido en la app, ¿y el mío?",
    ],
}
SPIKE_AGAIN: Table = {
    "it": ["Ancora {x}, e ora anche sul tablet vedo la posta di altri. Qualcuno mi risponde?"],
    "de": ["Immer noch {x}, auch im Browser sehe ich fremde Briefe. Meldet sich jemand?"],
    "en": ["Still {x}, and the website shows a stranger's letters too. Anyone?"],
    "fr": ["Toujours {x}, et sur le site aussi je vois le courrier d'un autre"],
    "pt": ["Continua {x}, e no site também vejo cartas de outra pessoa"],
    "es": ["Sigue el {x}, y en la web también veo cartas de otra persona"],
}
SPIKE_CHAT_A: Table = {
    "it": [
        "Sì, la casella mostra per errore lettere di altri clienti in questo momento: abbiamo bloccato le anteprime e i tecnici ci stanno lavorando. {b}"
    ],
    "de": [
        "Ja, das Postfach zeigt gerade fälschlich Briefe anderer Kunden: Vorschauen sind gesperrt, die Technik ist dran. {b}"
    ],
    "en": [
        "Yes, inboxes are wrongly showing other customers' letters right now: previews are blocked and engineers are on it. {b}"
    ],
    "fr": [
        "Oui, les boîtes affichent par erreur des lettres d'autres clients : aperçus bloqués, les techniciens sont dessus. {b}"
    ],
    "pt": [
        "Sim, as caixas mostram por erro cartas de outros clientes: pré-visualizações bloqueadas, técnicos a trabalhar. {b}"
    ],
    "es": [
        "Sí, los buzones muestran por error cartas de otros clientes: vistas previas bloqueadas, los técnicos están en ello. {b}"
    ],
}
SPIKE_FIXED: Table = {
    "it": [
        "La sua casella mostra di nuovo solo la sua posta dalle {t}. Ci scusiamo: un mese di Plus è gratuito. {b}"
    ],
    "de": [
        "Ihr Postfach zeigt seit {t} Uhr wieder nur Ihre eigene Post. Entschuldigung: ein Monat Plus geht auf uns. {b}"
    ],
    "en": [
        "Your inbox shows only your own post again since {t}. Sorry: a month of Plus is on us. {b}"
    ],
    "fr": [
        "Votre boîte n'affiche de nouveau que votre courrier depuis {t}. Un mois de Plus offert. {b}"
    ],
    "pt": [
        "A sua caixa mostra de novo só o seu correio desde as {t}. Um mês de Plus por nossa conta. {b}"
    ],
    "es": [
        "Su buzón vuelve a mostrar solo su correo desde las {t}. Un mes de Plus corre de nuestra cuenta. {b}"
    ],
}
LONE_Q: Table = {
    "it": [
        "ieri sera nell'app una lettera era intestata solo al mio cognome, senza nome. È normale?"
    ],
    "de": ["gestern Abend stand bei einem Brief nur mein Nachname, ohne Vorname. Ist das normal?"],
    "en": ["last night one letter showed only my surname, no first name. Is that normal?"],
    "fr": ["hier soir une lettre n'affichait que mon nom de famille. C'est normal ?"],
    "pt": ["ontem à noite uma carta só tinha o meu apelido. É normal?"],
    "es": ["anoche una carta salía solo con mi apellido, sin nombre. ¿Es normal?"],
}
LONE_A: Table = {
    "it": ["Sì, è il nome come scritto dal mittente sulla busta, è tutto in ordine. {b}"],
    "de": ["Ja, das ist der Name, wie der Absender ihn geschrieben hat. Alles in Ordnung. {b}"],
    "en": ["Yes, that's the name as the sender wrote it. All fine. {b}"],
    "fr": ["Oui, c'est le nom écrit par l'expéditeur. Tout va bien. {b}"],
    "pt": ["Sim, é o nome escrito pelo remetente. Está tudo bem. {b}"],
    "es": ["Sí, es el nombre tal como lo escribió el remitente. Todo bien. {b}"],
}


def pick(table: Table, lang: str, rng: random.Random, **kw: str) -> str:
    """One variant of a table in the language, placeholders filled."""
    text = rng.choice(table[lang])
    fill = {"b": BRAND} | kw
    for key, value in fill.items():
        text = text.replace("{" + key + "}", value)
    return text
