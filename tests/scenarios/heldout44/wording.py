# ruff: noqa: E501
"""Hand-written wording for heldout44: households and the planted spike.

Zarpia: veterinary clinics booked by app and web (check-ups, vaccinations,
dental cleaning, blood tests, neutering, home visits, video consults), with
the Zarpia Familia pet-care plan (monthly). Placeholders: {pet}, {town},
{first}, {agent}, {case}, {issue}, {amount}, {comp}, {clinic}, {time}.
French and Spanish have the most variants.
"""

LANGS = ("fr", "es", "en", "de", "it", "pt")
LANG_WEIGHTS = (30, 30, 10, 10, 10, 10)

MARKETS = {
    "fr": (("FR", 60), ("BE", 25), ("CH", 10), ("LU", 5)),
    "es": (("ES", 100),),
    "en": (("UK", 70), ("IE", 30)),
    "de": (("DE", 60), ("AT", 25), ("CH", 15)),
    "it": (("IT", 85), ("CH", 15)),
    "pt": (("PT", 100),),
}

TOWNS = {
    "FR": ("Lyon", "Nantes", "Rennes", "Lille", "Montpellier", "Dijon", "Tours", "Angers"),
    "BE": ("Liège", "Namur", "Charleroi", "Mons"),
    "LU": ("Esch-sur-Alzette", "Differdange"),
    "CH": ("Lausanne", "Genève", "Zürich", "Bern", "Lugano", "Fribourg"),
    "ES": (
        "Zaragoza",
        "Valladolid",
        "Alicante",
        "Murcia",
        "Santander",
        "Córdoba",
        "Gijón",
        "Logroño",
    ),
    "UK": ("Leeds", "Bristol", "Norwich", "Cardiff", "Leicester"),
    "IE": ("Galway", "Limerick", "Cork"),
    "DE": ("Leipzig", "Kassel", "Freiburg", "Münster", "Bremen", "Mainz"),
    "AT": ("Graz", "Linz", "Salzburg"),
    "IT": ("Bologna", "Verona", "Bergamo", "Padova", "Parma"),
    "PT": ("Braga", "Coimbra", "Aveiro", "Setúbal", "Faro"),
}

PHONE = {
    "FR": ("+33", ("6", "7"), 8),
    "BE": ("+32", ("47", "48", "49"), 7),
    "LU": ("+352", ("621", "661", "691"), 6),
    "CH": ("+41", ("76", "78", "79"), 7),
    "ES": ("+34", ("6", "7"), 8),
    "UK": ("+44", ("74", "75", "77", "78"), 8),
    "IE": ("+353", ("83", "85", "86", "87"), 7),
    "DE": ("+49", ("151", "157", "160", "172", "176"), 8),
    "AT": ("+43", ("650", "664", "676"), 7),
    "IT": ("+39", ("320", "333", "347", "349"), 7),
    "PT": ("+351", ("91", "93", "96"), 7),
}

FIRST = {
    "fr": (
        "Camille",
        "Élodie",
        "Julien",
        "Mathilde",
        "Nicolas",
        "Sandrine",
        "Thomas",
        "Aurélie",
        "Benoît",
        "Chloé",
        "Guillaume",
        "Manon",
        "Yannick",
        "Céline",
        "Pauline",
        "Arnaud",
        "Léa",
        "Sébastien",
        "Margaux",
        "Olivier",
        "Hélène",
        "Quentin",
        "Solène",
        "Damien",
    ),
    "es": (
        "Lucía",
        "Javier",
        "Marta",
        "Álvaro",
        "Nerea",
        "Sergio",
        "Paula",
        "Iker",
        "Rocío",
        "Diego",
        "Ainhoa",
        "Rubén",
        "Carmen",
        "Adrián",
        "Irene",
        "Óscar",
        "Beatriz",
        "Pablo",
        "Noelia",
        "Raúl",
        "Elena",
        "Marcos",
        "Inés",
        "Hugo",
    ),
    "en": (
        "Sophie",
        "Liam",
        "Hannah",
        "Callum",
        "Niamh",
        "Owen",
        "Freya",
        "Declan",
        "Imogen",
        "Rhys",
        "Aoife",
        "Toby",
    ),
    "de": (
        "Katrin",
        "Jonas",
        "Sabine",
        "Lukas",
        "Miriam",
        "Florian",
        "Anja",
        "Tobias",
        "Verena",
        "Stefan",
        "Lea",
        "Markus",
    ),
    "it": (
        "Giulia",
        "Matteo",
        "Chiara",
        "Davide",
        "Federica",
        "Luca",
        "Silvia",
        "Andrea",
        "Elisa",
        "Marco",
        "Sara",
        "Paolo",
    ),
    "pt": (
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
        "André",
    ),
}

SURNAME = {
    "fr": (
        "Morel",
        "Girard",
        "Fabre",
        "Lemaire",
        "Roussel",
        "Perrin",
        "Caron",
        "Gauthier",
        "Barbier",
        "Renaud",
        "Leclerc",
        "Masson",
        "Fontaine",
        "Chevalier",
        "Robin",
        "Brunet",
        "Blanchard",
        "Guérin",
    ),
    "es": (
        "Navarro",
        "Iglesias",
        "Castaño",
        "Medina",
        "Herrero",
        "Cortés",
        "Lozano",
        "Prieto",
        "Vidal",
        "Calvo",
        "Pascual",
        "Gallego",
        "Soler",
        "Rubio",
        "Marín",
        "Crespo",
        "Montero",
        "Ibáñez",
    ),
    "en": (
        "Whitfield",
        "O'Connell",
        "Hargreaves",
        "Byrne",
        "Pemberton",
        "Doyle",
        "Ashworth",
        "Gallagher",
        "Lloyd",
        "Kearney",
    ),
    "de": (
        "Vogt",
        "Hoffmann",
        "Kühn",
        "Brandl",
        "Seidel",
        "Lorenz",
        "Haas",
        "Winkler",
        "Pohl",
        "Sommer",
    ),
    "it": (
        "Ferrari",
        "Galli",
        "Conti",
        "Marchetti",
        "Ruggiero",
        "Fontana",
        "Barbieri",
        "Testa",
        "Pellegrini",
        "Villa",
    ),
    "pt": (
        "Ferreira",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Lopes",
        "Cardoso",
        "Azevedo",
        "Fonseca",
        "Ramos",
    ),
}

DOMAINS = (
    "mail.example",
    "correo.example",
    "post.example",
    "boite.example",
    "net.example",
    "posta.example",
)

PETS = {
    "fr": (
        "Filou",
        "Mochi",
        "Caramel",
        "Pixel",
        "Nougat",
        "Ficelle",
        "Gribouille",
        "Oslo",
        "Praline",
        "Tic",
    ),
    "es": ("Lola", "Toby", "Canela", "Rufo", "Mía", "Bruno", "Chispa", "Pipo", "Luna", "Trufa"),
    "en": ("Biscuit", "Monty", "Pickle", "Hazel", "Murphy", "Tilly"),
    "de": ("Bello", "Minka", "Krümel", "Frieda", "Balu", "Motte"),
    "it": ("Briciola", "Pepe", "Nuvola", "Birillo", "Ombra", "Zeus"),
    "pt": ("Farrusco", "Pantufa", "Tareco", "Nina", "Bolacha", "Simba"),
}

AGENTS = {
    "fr": ("Nadia", "Romain", "Estelle"),
    "es": ("Marina", "Jorge", "Alba"),
    "en": ("Grace", "Ben"),
    "de": ("Jana", "Moritz"),
    "it": ("Valentina", "Simone"),
    "pt": ("Joana", "Miguel"),
}

COMPETITORS = ("Animedo", "Petluz")

# (label, price in EUR, page)
PRODUCTS = (
    ("Annual check-up / Bilan annuel", 49, "/book/check-up"),
    ("Vaccination / Vaccin", 39, "/book/vaccination"),
    ("Dental cleaning / Détartrage", 129, "/book/dental"),
    ("Blood test / Analyse de sang", 79, "/book/lab"),
    ("Video consult / Téléconsultation", 29, "/book/video"),
    ("Flea and tick pack 3 months / Antiparasitaire 3 mois", 42, "/shop/parasites"),
    ("Nail trim / Coupe des griffes", 12, "/book/nails"),
    ("Home visit / Visite à domicile", 89, "/book/home-visit"),
)
PAGES = (
    "/clinics",
    "/prices",
    "/plan/familia",
    "/book",
    "/advice/vaccinations",
    "/advice/travel",
    "/account/pets",
    "/shop",
)

# ---------------------------------------------------------------- happy acts

PRAISE = {
    "fr": (
        "La véto de Zarpia à {town} a été top avec {pet}, il tremblait comme une feuille et elle a pris tout son temps. Merci !!",
        "Rdv pris sur l'appli à 7h, vus à 9h30. {pet} est vacciné et moi je suis ravie 🐾",
        "Franchement Zarpia c'est le jour et la nuit avec notre ancien cabinet. On nous explique tout, sans jargon.",
        "Petit mot pour l'accueil de Zarpia {town} : ils se souviennent du nom de {pet} avant le mien 😄",
        "Détartrage de {pet} nickel et le devis respecté au centime près. Merci Zarpia",
    ),
    "es": (
        "En Zarpia {town} han tratado a {pet} con una paciencia... entró temblando y salió moviendo la cola 🐶",
        "Cita por la app a las 8 y a las 10 ya estábamos dentro. Vacuna puesta y sin sustos. Gracias Zarpia!!",
        "Lo que más me gusta de Zarpia es que te lo explican todo sin prisas. {pet} ya no les tiene miedo",
        "mil gracias al equipo de Zarpia {town}, a {pet} le han dejado los dientes blanquísimos y ni se ha enterado",
        "Reseña corta: puntuales, cariñosos y el precio que te dicen es el que pagas. Zarpia un 10",
    ),
    "en": (
        "Huge thanks to the Zarpia team in {town}, {pet} was a nervous wreck and they were so patient with her",
        "Booked on the app at breakfast, seen before lunch. {pet}'s jabs done. Zarpia you're brilliant",
        "Can't fault Zarpia {town}. They rang the next morning just to ask how {pet} was after the op",
    ),
    "de": (
        "Großes Lob an Zarpia {town}: {pet} hatte richtig Angst und die Ärztin hat sich Zeit genommen. Danke!",
        "Termin per App um 7 gebucht, um 10 dran. Impfung erledigt, Rechnung genau wie angekündigt. So muss das.",
        "Die Praxis in {town} hat am nächsten Morgen extra angerufen, um zu fragen, wie es {pet} nach der OP geht. Klasse",
    ),
    "it": (
        "Grazie a Zarpia {town}, con {pet} sono stati dolcissimi. Entrato terrorizzato, uscito scodinzolando",
        "Prenotato dall'app la mattina, visitati in giornata. Zarpia promossa a pieni voti",
        "Il giorno dopo l'intervento mi hanno chiamata da Zarpia {town} per sapere come stava {pet}. Questo è servizio",
    ),
    "pt": (
        "Obrigada Zarpia {town}! O {pet} foi tratado com tanto carinho que nem deu pela vacina",
        "Marquei pela app de manhã e fomos atendidos no próprio dia. Zarpia recomendo a toda a gente",
        "Ligaram-me da Zarpia {town} no dia a seguir à cirurgia só para saber como estava o {pet}. Assim dá gosto",
    ),
}

AGAIN = {
    "fr": (
        "Troisième visite cette année et toujours la même douceur avec {pet}. Zarpia vous êtes au top",
        "Encore une fois l'assistante a réussi la prise de sang de {pet} sans drame. Chapeau",
    ),
    "es": (
        "Tercera vez que vamos este año y otra vez genial. {pet} ya entra solo a la consulta jaja",
        "Otra vez el mismo veterinario tan majo, se acordaba de la alergia de {pet} sin mirar la ficha",
    ),
    "en": ("Third visit this year and still the same lovely vet. {pet} actually wagged going in",),
    "de": (
        "Schon wieder so eine nette Behandlung bei Zarpia {town}. {pet} geht inzwischen freiwillig rein",
    ),
    "it": (
        "Ancora una volta tutto perfetto da Zarpia, terza visita quest'anno e {pet} ormai li adora",
    ),
    "pt": ("Mais uma vez impecáveis com o {pet}. Terceira consulta este ano e sempre igual",),
}

GRIPE_PRAISE = {
    "fr": (
        "Très contente de la consult, juste la salle d'attente chiens et chats pas séparée, {pet} a paniqué. Sinon parfait",
        "Super véto, seul bémol le parking devant la clinique de {town}, impossible de se garer",
    ),
    "es": (
        "Muy contenta con la consulta, solo que la sala de espera es pequeñita y {pet} se puso nerviosa con un perro enorme. Lo demás de 10",
        "Todo bien, aunque la factura llega solo en PDF por la app y mi madre no sabe abrirla",
    ),
    "en": ("Great vet, only gripe is the reminder texts arrive at 6am. Otherwise spot on",),
    "de": (
        "Sehr gute Behandlung, nur das Wartezimmer ist echt eng wenn drei Hunde da sind. Ansonsten top",
    ),
    "it": ("Veterinaria bravissima, unico neo il parcheggio davanti alla clinica di {town}",),
    "pt": ("Tudo ótimo, só a sala de espera é apertada para cães grandes",),
}

# (question, agent's answer)
CHAT_QA = {
    "fr": (
        (
            "Bonjour, est ce que le plan Familia couvre le rappel de vaccin de {pet} ou c'est en plus ?",
            "Bonjour, le rappel annuel est inclus dans Zarpia Familia : choisissez simplement « vaccin » en réservant. Bonne journée !",
        ),
        (
            "bjr, on peut venir avec deux chats sur le même créneau ?",
            "Bonjour, oui, prenez un créneau « 2 animaux » dans l'appli, cela laisse le temps au vétérinaire.",
        ),
        (
            "Bonjour, la clinique de {town} est ouverte le samedi après-midi ?",
            "Bonjour, le samedi nous sommes ouverts de 9h à 13h ; l'après-midi, la garde répond au téléphone.",
        ),
    ),
    "es": (
        (
            "Hola, el plan Familia incluye la desparasitación o se paga aparte?",
            "Hola, la desparasitación interna está incluida en Zarpia Familia dos veces al año y la externa tiene un 20 % de descuento.",
        ),
        (
            "buenas, puedo llevar a {pet} sin cita para cortarle las uñas?",
            "Hola, para las uñas no hace falta cita: de lunes a viernes de 10 a 13 en todas las clínicas.",
        ),
        (
            "hola porfa, a que hora abre la clinica de {town} el sabado?",
            "Hola, los sábados abrimos de 9 a 14 y por la tarde atiende la guardia por teléfono.",
        ),
    ),
    "en": (
        (
            "Hi, does the Familia plan cover {pet}'s booster or is that extra?",
            "Hi, the yearly booster is included in Zarpia Familia, just pick 'vaccination' when you book.",
        ),
    ),
    "de": (
        (
            "Hallo, ist die Auffrischimpfung für {pet} im Familia-Plan drin oder extra?",
            "Hallo, die jährliche Auffrischung ist in Zarpia Familia enthalten, einfach beim Buchen „Impfung“ wählen.",
        ),
    ),
    "it": (
        (
            "Ciao, il richiamo del vaccino di {pet} è compreso nel piano Familia?",
            "Ciao, sì: il richiamo annuale è incluso in Zarpia Familia, basta scegliere «vaccino» quando prenoti.",
        ),
    ),
    "pt": (
        (
            "Olá, o reforço da vacina do {pet} está incluído no plano Familia?",
            "Olá, sim, o reforço anual está incluído no Zarpia Familia, basta escolher «vacina» ao marcar.",
        ),
    ),
}

THANKS = {
    "fr": ("super merci", "Merci beaucoup !", "parfait merci 🙂"),
    "es": ("genial gracias!!", "Muchas gracias", "vale perfecto, grcs"),
    "en": ("perfect thanks", "Brilliant, thank you"),
    "de": ("danke!", "Super, vielen Dank"),
    "it": ("grazie mille", "perfetto grz"),
    "pt": ("obg!", "Muito obrigado"),
}

# (subject, text, agent's answer)
MAIL_QA = {
    "fr": (
        (
            "Question passeport",
            "Bonjour,\n\nNous partons en Espagne en juillet avec {pet}. Faut-il un rendez-vous spécial pour le passeport européen ou la consultation normale suffit ?\n\nMerci d'avance,\n{first}",
            "Bonjour {first},\n\nUne consultation normale suffit : le vétérinaire vérifie la puce et la vaccination antirabique et remplit le passeport sur place. Venez au moins 21 jours après le vaccin contre la rage.\n\nBien cordialement,\n{agent}, Zarpia",
        ),
        (
            "Changement de clinique",
            "Bonjour, on déménage à {town} le mois prochain, est-ce que le dossier de {pet} suit automatiquement ? Bonne journée, {first}",
            "Bonjour {first}, oui, le dossier est commun à toutes nos cliniques : il vous suffit de choisir {town} en réservant. Cordialement, {agent}",
        ),
    ),
    "es": (
        (
            "Consulta viaje",
            "Hola, en agosto nos vamos a Francia con {pet}. Necesito una cita especial para el pasaporte o vale la revision normal?\nGracias,\n{first}",
            "Hola {first}:\n\nBasta con una revisión normal: comprobamos el chip y la vacuna de la rabia y rellenamos el pasaporte en la consulta. Id al menos 21 días después de la vacuna.\n\nUn saludo,\n{agent}, Zarpia",
        ),
        (
            "Historial",
            "Buenas, me mudo a {town} y queria saber si el historial de {pet} pasa solo a la nueva clinica. Gracias! {first}",
            "Hola {first}, sí, el historial es el mismo en todas nuestras clínicas: solo tienes que elegir {town} al reservar. Un saludo, {agent}",
        ),
    ),
    "en": (
        (
            "Travel question",
            "Hi,\nWe're off to France in the summer with {pet}. Does the pet passport need a special appointment or is a normal check-up enough?\nThanks, {first}",
            "Hi {first},\n\nA normal check-up is enough: the vet checks the microchip and rabies jab and fills in the passport there and then. Come at least 21 days after the rabies vaccination.\n\nKind regards,\n{agent}, Zarpia",
        ),
    ),
    "de": (
        (
            "Frage Heimtierausweis",
            "Hallo,\nwir fahren im Sommer mit {pet} nach Italien. Brauchen wir für den EU-Heimtierausweis einen eigenen Termin oder reicht die normale Untersuchung?\nViele Grüße\n{first}",
            "Hallo {first},\n\ndie normale Untersuchung reicht: Chip und Tollwutimpfung werden geprüft und der Ausweis direkt ausgefüllt. Bitte frühestens 21 Tage nach der Tollwutimpfung kommen.\n\nViele Grüße\n{agent}, Zarpia",
        ),
    ),
    "it": (
        (
            "Domanda passaporto",
            "Buongiorno, ad agosto andiamo in Spagna con {pet}. Serve un appuntamento apposta per il passaporto o basta la visita normale? Grazie, {first}",
            "Buongiorno {first}, basta la visita normale: controlliamo microchip e antirabbica e compiliamo il passaporto in ambulatorio. Cordiali saluti, {agent}",
        ),
    ),
    "pt": (
        (
            "Pergunta viagem",
            "Olá, em agosto vamos a Espanha com o {pet}. Preciso de consulta própria para o passaporte ou chega a consulta normal? Obrigado, {first}",
            "Olá {first}, chega a consulta normal: verificamos o chip e a vacina da raiva e preenchemos o passaporte na hora. Cumprimentos, {agent}",
        ),
    ),
}

# (call transcript, agent's follow-up e-mail)
CALL_QA = {
    "fr": (
        (
            "oui bonjour je voulais savoir si {pet} doit être à jeun pour la prise de sang de jeudi et à partir de quelle heure",
            "Bonjour, suite à votre appel : {pet} à jeun à partir de 22h la veille, l'eau reste permise. À jeudi, {agent}",
        ),
    ),
    "es": (
        (
            "hola buenas queria saber si {pet} tiene que ir en ayunas al analisis del jueves y desde que hora",
            "Hola, como te comentamos por teléfono: ayuno desde las 22:00 del día anterior, agua sí. Hasta el jueves, {agent}",
        ),
    ),
    "en": (
        (
            "hiya just checking does {pet} need to be starved before the blood test on thursday and from when",
            "Hi, following your call: no food for {pet} from 10pm the night before, water is fine. See you Thursday, {agent}",
        ),
    ),
    "de": (
        (
            "ja hallo ich wollte fragen ob {pet} für die Blutabnahme am Donnerstag nüchtern sein muss und ab wann",
            "Hallo, wie am Telefon besprochen: ab 22 Uhr am Vorabend nichts mehr füttern, Wasser ist erlaubt. Bis Donnerstag, {agent}",
        ),
    ),
    "it": (
        (
            "buongiorno volevo sapere se {pet} deve essere a digiuno per il prelievo di giovedì e da che ora",
            "Buongiorno, come detto al telefono: digiuno dalle 22 della sera prima, l'acqua va bene. A giovedì, {agent}",
        ),
    ),
    "pt": (
        (
            "bom dia queria saber se o {pet} tem de ir em jejum para a análise de quinta e a partir de que horas",
            "Bom dia, como falámos ao telefone: jejum a partir das 22h da véspera, água pode. Até quinta, {agent}",
        ),
    ),
}

CALL_SUBJECT = {
    "fr": "Suite à votre appel",
    "es": "Sobre tu llamada",
    "en": "Following your call",
    "de": "Zu Ihrem Anruf",
    "it": "In seguito alla sua chiamata",
    "pt": "Na sequência da sua chamada",
}

SURVEY_WORDS = {
    "fr": ("Parfait", "top", "😊", "rien à redire", ""),
    "es": ("Genial", "muy bien", "👍", "todo perfecto", ""),
    "en": ("Great", "spot on", ""),
    "de": ("Super", "alles bestens", ""),
    "it": ("Ottimo", "👍", ""),
    "pt": ("Excelente", "5 estrelas", ""),
}

NIGHT_POSTS = {
    "fr": (
        "3h du mat, insomnie, je regarde les vidéos Zarpia sur le brossage des dents des chats. {pet} ne sait pas ce qui l'attend 😂",
        "Garde de nuit finie, rdv de {pet} réservé dans l'appli Zarpia en une minute depuis le vestiaire. Merci pour ça",
    ),
    "es": (
        "Turno de noche en el hospital y acabo de reservar la vacuna de {pet} para el sábado desde la app de Zarpia en un minuto. Así da gusto",
        "las 2 de la mañana y {pet} roncando en mis pies despues de su limpieza dental. gracias Zarpia por cuidarla tan bien",
    ),
    "en": (
        "2am feed for the baby and I've just booked {pet}'s check-up on the Zarpia app one-handed. Easiest thing I've done all week",
    ),
    "de": (
        "Nachtschicht vorbei, noch schnell den Impftermin für {pet} in der Zarpia-App gebucht. Eine Minute. Super",
    ),
    "it": (
        "Le 3 di notte e {pet} dorme come un sasso dopo la sterilizzazione. Grazie Zarpia per le istruzioni chiarissime",
    ),
    "pt": (
        "Turno da noite e marquei a consulta do {pet} pela app da Zarpia em dois minutos. Assim sim",
    ),
}

NIGHT_QA = {
    "fr": (
        (
            "bonsoir, jusqu'à quand on peut déplacer un rdv sans frais ?",
            "Bonsoir, sans frais jusqu'à 12 h avant, directement dans l'appli. Bonne nuit !",
        ),
    ),
    "es": (
        (
            "hola, la app dice que el gato necesita la trivalente, es la misma que la de la rabia?",
            "Hola, no: la trivalente protege de tres virus felinos y la rabia va aparte, solo hace falta para viajar. Buenas noches",
        ),
    ),
    "en": (
        (
            "hi is the weekend video consult price the same as weekdays?",
            "Hi, yes, video consults are the same price every day of the week. Good night!",
        ),
    ),
    "de": (
        (
            "hallo, kann ich die Rechnung von heute nachträglich auf meinen Mann umschreiben lassen?",
            "Hallo, ja, schreiben Sie uns einfach den Namen im Bereich Rechnungen, wir passen sie an. Gute Nacht!",
        ),
    ),
    "it": (
        (
            "ciao, posso portare il libretto vaccinale cartaceo o serve scansionarlo?",
            "Ciao, va benissimo quello cartaceo, lo scansioniamo noi in clinica. Buonanotte!",
        ),
    ),
    "pt": (
        (
            "olá, posso mudar a clínica de uma consulta já marcada?",
            "Olá, sim, em «As minhas consultas» escolha «mudar clínica». Boa noite!",
        ),
    ),
}
NIGHT_THANKS = {
    "fr": ("merci bonne nuit",),
    "es": ("ah vale gracias, buenas noches",),
    "en": ("cheers night",),
    "de": ("danke, gute Nacht",),
    "it": ("grazie notte",),
    "pt": ("obrigada, boa noite",),
}

# ---------------------------------------------------------------- problems

PROBLEMS = ("no_show", "double_charge", "lost_results", "refund", "wrong_price", "cancel_fee")
PROBLEM_EUR = {
    "no_show": 89,
    "double_charge": 150,
    "lost_results": 79,
    "refund": 210,
    "wrong_price": 39,
    "cancel_fee": 25,
}

# short label of each problem, used in follow-ups
ISSUE = {
    "fr": {
        "no_show": "la visite à domicile qui n'a jamais eu lieu",
        "double_charge": "l'acompte débité deux fois",
        "lost_results": "les résultats d'analyse perdus",
        "refund": "le remboursement de l'opération annulée",
        "wrong_price": "le vaccin facturé plein tarif malgré Familia",
        "cancel_fee": "les frais d'annulation injustifiés",
    },
    "es": {
        "no_show": "la visita a domicilio que nunca llegó",
        "double_charge": "la fianza cobrada dos veces",
        "lost_results": "los resultados del análisis perdidos",
        "refund": "el reembolso de la operación cancelada",
        "wrong_price": "la vacuna cobrada a precio completo siendo del plan",
        "cancel_fee": "el cargo por cancelación que no toca",
    },
    "en": {
        "no_show": "the home visit that never happened",
        "double_charge": "the deposit taken twice",
        "lost_results": "the lost blood results",
        "refund": "the refund for the cancelled operation",
        "wrong_price": "the jab charged at full price on the Familia plan",
        "cancel_fee": "the cancellation fee I shouldn't have paid",
    },
    "de": {
        "no_show": "der Hausbesuch, der nie stattfand",
        "double_charge": "die doppelt abgebuchte Anzahlung",
        "lost_results": "die verlorenen Laborwerte",
        "refund": "die Erstattung für die abgesagte OP",
        "wrong_price": "die Impfung zum vollen Preis trotz Familia",
        "cancel_fee": "die ungerechtfertigte Stornogebühr",
    },
    "it": {
        "no_show": "la visita a domicilio mai avvenuta",
        "double_charge": "l'acconto addebitato due volte",
        "lost_results": "gli esami del sangue persi",
        "refund": "il rimborso dell'intervento annullato",
        "wrong_price": "il vaccino a prezzo pieno nonostante Familia",
        "cancel_fee": "la penale di disdetta non dovuta",
    },
    "pt": {
        "no_show": "a visita ao domicílio que nunca aconteceu",
        "double_charge": "a caução cobrada duas vezes",
        "lost_results": "as análises perdidas",
        "refund": "o reembolso da cirurgia cancelada",
        "wrong_price": "a vacina cobrada a preço inteiro com o plano Familia",
        "cancel_fee": "a taxa de cancelamento indevida",
    },
}

SUBJECT = {
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "en": "Complaint: ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}

# written complaints (e-mail, web form, chat): one or more variants per problem
SHORT = {
    "fr": {
        "no_show": (
            "Visite à domicile réservée pour {pet} ce matin 9h-11h, j'ai posé une demi-journée, PERSONNE n'est venu et l'appli indique « visite effectuée ». Il a 15 ans et ne supporte pas la voiture. Je veux une explication.",
            "bonjour, personne n'est venu pour la visite à domicile de {pet}, on a attendu toute la matinée et maintenant l'appli dit que c'est fait ??",
        ),
        "double_charge": (
            "L'acompte de {amount} pour la stérilisation de {pet} a été débité DEUX fois sur ma carte. Mon découvert est déjà là, je veux le recrédit aujourd'hui.",
            "bonjour vous m'avez prélevé 2 fois l'acompte de {amount} pour l'opération de {pet}, merci de corriger vite",
        ),
        "lost_results": (
            "On a fait la prise de sang de {pet} lundi, on m'appelle aujourd'hui pour dire que les tubes sont « introuvables » et qu'il faut tout refaire. Il a fallu deux personnes pour le tenir la première fois.",
        ),
        "refund": (
            "Vous avez annulé vous-mêmes l'opération de {pet} il y a trois semaines et je n'ai toujours pas revu mes {amount}. Trois semaines !",
        ),
        "wrong_price": (
            "Je suis au plan Familia depuis un an et le vaccin de {pet} m'a été facturé plein tarif, {amount}. C'est justement pour ça que je paie l'abonnement.",
        ),
        "cancel_fee": (
            "J'ai annulé le rdv de {pet} dans l'appli deux jours avant et vous me prenez {amount} de frais d'annulation. J'ai la capture d'écran.",
        ),
    },
    "es": {
        "no_show": (
            "Teníamos visita a domicilio para {pet} esta mañana de 9 a 11, pedí el día libre y NO HA VENIDO NADIE. La app pone «visita realizada». Tiene 14 años y no puede ir en coche. Quiero una explicación ya.",
            "hola, no ha venido nadie a la visita a domicilio de {pet}, toda la mañana esperando y ahora la app dice que esta hecha??",
        ),
        "double_charge": (
            "Me habéis cobrado DOS veces la fianza de {amount} de la castración de {pet}. Tengo la cuenta en números rojos por vuestra culpa. Quiero la devolución hoy.",
            "buenas, me aparece dos veces el cargo de {amount} de la operacion de {pet}, arregladlo porfa que voy justa",
        ),
        "lost_results": (
            "Le sacamos sangre a {pet} el lunes y hoy me llaman para decir que las muestras «no aparecen» y que hay que repetir. La primera vez hicieron falta dos personas para sujetarla.",
            "hola, me dicen que se han perdido los analisis de {pet} y que hay que volver a pincharla. en serio??",
        ),
        "refund": (
            "Cancelasteis vosotros la operación de {pet} hace TRES semanas y sigo sin ver mis {amount}. Cada vez que llamo me dicen que «está en proceso».",
        ),
        "wrong_price": (
            "Soy del plan Familia desde hace un año y me habéis cobrado la vacuna de {pet} a precio completo, {amount}. Para eso pago la cuota, no?",
        ),
        "cancel_fee": (
            "Cancelé la cita de {pet} en la app con dos días de antelación y me cobráis {amount} de penalización. Tengo captura de pantalla.",
            "hola me habeis cobrado {amount} por cancelar y cancelé 2 dias antes!! tengo la captura",
        ),
    },
    "en": {
        "no_show": (
            "Home visit booked for {pet} this morning 9-11, I took half a day off and NOBODY came. The app now says 'visit completed'. He's 15 and can't travel. I want an explanation.",
        ),
        "double_charge": (
            "You've taken the {amount} deposit for {pet}'s neutering TWICE. I'm overdrawn now. I want it back today.",
        ),
        "lost_results": (
            "{pet} had bloods taken on Monday and today I'm told the samples are 'missing' and it all has to be done again. It took two of us to hold her the first time.",
        ),
        "refund": (
            "You cancelled {pet}'s operation yourselves three weeks ago and I still haven't had my {amount} back.",
        ),
        "wrong_price": (
            "I've been on the Familia plan for a year and {pet}'s booster was charged at full price, {amount}. That's the whole point of paying for the plan.",
        ),
        "cancel_fee": (
            "I cancelled {pet}'s appointment in the app two days ahead and you've charged me a {amount} cancellation fee. I have the screenshot.",
        ),
    },
    "de": {
        "no_show": (
            "Hausbesuch für {pet} heute 9-11 Uhr gebucht, ich habe extra freigenommen und es kam NIEMAND. In der App steht „Besuch erfolgt“. Er ist 15 und verträgt kein Autofahren. Ich erwarte eine Erklärung.",
        ),
        "double_charge": (
            "Die Anzahlung von {amount} für die Kastration von {pet} wurde ZWEIMAL abgebucht. Mein Konto ist jetzt im Minus. Bitte heute zurückbuchen.",
        ),
        "lost_results": (
            "Bei {pet} wurde am Montag Blut abgenommen und heute heißt es, die Proben seien „nicht auffindbar“, alles nochmal. Beim ersten Mal mussten zwei Leute sie festhalten.",
        ),
        "refund": (
            "Sie haben die OP von {pet} vor drei Wochen selbst abgesagt und ich warte immer noch auf meine {amount}.",
        ),
        "wrong_price": (
            "Ich bin seit einem Jahr im Familia-Plan und die Impfung von {pet} wurde voll berechnet, {amount}. Genau dafür zahle ich doch den Plan.",
        ),
        "cancel_fee": (
            "Ich habe den Termin für {pet} zwei Tage vorher in der App storniert und Sie berechnen mir {amount} Stornogebühr. Screenshot habe ich.",
        ),
    },
    "it": {
        "no_show": (
            "Visita a domicilio prenotata per {pet} stamattina 9-11, ho preso mezza giornata di permesso e NON È VENUTO NESSUNO. L'app dice «visita effettuata». Ha 15 anni e non regge la macchina.",
        ),
        "double_charge": (
            "Mi avete addebitato DUE volte l'acconto di {amount} per la sterilizzazione di {pet}. Ho il conto in rosso, rivoglio i soldi oggi.",
        ),
        "lost_results": (
            "Lunedì hanno fatto il prelievo a {pet} e oggi mi dicono che le provette sono «sparite» e bisogna rifare tutto. La prima volta ci sono volute due persone per tenerla.",
        ),
        "refund": (
            "Avete annullato voi l'intervento di {pet} tre settimane fa e non ho ancora visto i miei {amount}.",
        ),
        "wrong_price": (
            "Ho il piano Familia da un anno e il vaccino di {pet} me l'avete fatto pagare a prezzo pieno, {amount}.",
        ),
        "cancel_fee": (
            "Ho disdetto l'appuntamento di {pet} dall'app due giorni prima e mi addebitate {amount} di penale. Ho lo screenshot.",
        ),
    },
    "pt": {
        "no_show": (
            "Visita ao domicílio marcada para o {pet} hoje das 9 às 11, tirei a manhã e NÃO VEIO NINGUÉM. A app diz «visita realizada». Tem 15 anos e não aguenta o carro.",
        ),
        "double_charge": (
            "Cobraram-me DUAS vezes a caução de {amount} da castração do {pet}. Fiquei com a conta a descoberto, quero o dinheiro hoje.",
        ),
        "lost_results": (
            "Tiraram sangue ao {pet} na segunda e hoje ligam a dizer que as amostras «desapareceram» e é preciso repetir. Da primeira vez foram precisas duas pessoas para o segurar.",
        ),
        "refund": (
            "Foram vocês que cancelaram a cirurgia do {pet} há três semanas e ainda não vi os meus {amount}.",
        ),
        "wrong_price": (
            "Tenho o plano Familia há um ano e cobraram-me a vacina do {pet} a preço inteiro, {amount}.",
        ),
        "cancel_fee": (
            "Cancelei a consulta do {pet} na app com dois dias de antecedência e cobraram-me {amount} de taxa. Tenho o print.",
        ),
    },
}

SOCIAL = {
    "fr": {
        "no_show": "Visite à domicile Zarpia : demi-journée de congé posée, personne, et l'appli dit « effectuée ». Bravo le sérieux",
        "double_charge": "Zarpia qui me prélève deux fois {amount} pour la même opération, merci pour le découvert",
        "lost_results": "Zarpia a perdu les prises de sang de mon chat. On repique. Génial.",
        "refund": "3 semaines que Zarpia me doit {amount} pour une opération qu'ILS ont annulée",
        "wrong_price": "Abonnée Familia chez Zarpia et vaccin facturé plein pot. À quoi sert l'abonnement ?",
        "cancel_fee": "Annulé 2 jours avant et Zarpia me facture {amount}. Capture d'écran à l'appui.",
    },
    "es": {
        "no_show": "Zarpia, día libre pedido para la visita a domicilio de {pet} y no viene nadie. La app dice «realizada». De risa",
        "double_charge": "Zarpia me cobra DOS veces {amount} por la misma operación. Gracias por dejarme en números rojos",
        "lost_results": "Zarpia ha perdido los análisis de {pet}. Hay que volver a pincharla. Increíble",
        "refund": "TRES semanas esperando {amount} de una operación que cancelasteis vosotros, Zarpia",
        "wrong_price": "Pago el plan Familia de Zarpia y me cobran la vacuna entera. Para qué pago entonces?",
        "cancel_fee": "Cancelo con 2 días y Zarpia me cobra {amount} de penalización. Tengo captura",
    },
    "en": {
        "no_show": "Took half a day off for a Zarpia home visit. Nobody came. App says 'completed'. Brilliant",
        "double_charge": "Zarpia took {amount} twice for the same op. Thanks for the overdraft",
        "lost_results": "Zarpia lost my dog's blood samples. Needles again. Great.",
        "refund": "Three weeks waiting for {amount} back from Zarpia for an op THEY cancelled",
        "wrong_price": "On the Zarpia Familia plan and still charged full price for the jab. What am I paying for",
        "cancel_fee": "Cancelled two days ahead and Zarpia charged me {amount}. Got the screenshot",
    },
    "de": {
        "no_show": "Extra freigenommen für den Zarpia-Hausbesuch. Keiner kam. App sagt „erfolgt“. Toll",
        "double_charge": "Zarpia bucht {amount} für dieselbe OP zweimal ab. Danke fürs Minus",
        "lost_results": "Zarpia hat die Blutproben unserer Katze verloren. Nochmal piksen. Super.",
        "refund": "Seit drei Wochen warte ich bei Zarpia auf {amount} für eine OP, die SIE abgesagt haben",
        "wrong_price": "Zarpia Familia bezahlt und trotzdem die Impfung voll berechnet. Wofür eigentlich",
        "cancel_fee": "Zwei Tage vorher storniert, Zarpia berechnet {amount}. Screenshot liegt vor",
    },
    "it": {
        "no_show": "Permesso al lavoro per la visita a domicilio Zarpia. Non è venuto nessuno. L'app dice «effettuata»",
        "double_charge": "Zarpia mi addebita due volte {amount} per lo stesso intervento. Grazie tante",
        "lost_results": "Zarpia ha perso gli esami del sangue del mio cane. Altro prelievo. Fantastico",
        "refund": "Tre settimane che aspetto {amount} da Zarpia per un intervento annullato da LORO",
        "wrong_price": "Ho il piano Familia Zarpia e il vaccino me lo fanno pagare pieno. A che serve?",
        "cancel_fee": "Disdetto due giorni prima e Zarpia mi prende {amount}. Ho lo screenshot",
    },
    "pt": {
        "no_show": "Tirei a manhã para a visita ao domicílio da Zarpia. Não veio ninguém. A app diz «realizada»",
        "double_charge": "A Zarpia cobrou-me {amount} duas vezes pela mesma cirurgia. Obrigadinho",
        "lost_results": "A Zarpia perdeu as análises do meu gato. Mais uma picada. Ótimo",
        "refund": "Três semanas à espera de {amount} da Zarpia por uma cirurgia que ELES cancelaram",
        "wrong_price": "Pago o plano Familia da Zarpia e cobram-me a vacina inteira. Para quê?",
        "cancel_fee": "Cancelei com dois dias e a Zarpia cobra-me {amount}. Tenho o print",
    },
}

CALL = {
    "fr": {
        "no_show": "oui bonjour j'avais une visite à domicile ce matin pour mon chien {pet} personne n'est venu et votre appli dit que c'est fait j'ai posé ma matinée pour rien",
        "double_charge": "bonjour je vous appelle parce que l'acompte de {amount} pour {pet} est passé deux fois sur mon compte et là je suis à découvert",
        "lost_results": "oui bonjour on m'a appelée pour dire que les analyses de {pet} sont perdues et qu'il faut recommencer je comprends pas comment c'est possible",
        "refund": "bonjour c'est pour le remboursement de l'opération de {pet} que vous avez annulée ça fait trois semaines j'ai toujours rien",
        "wrong_price": "oui bonjour je suis au plan Familia et on m'a fait payer le vaccin de {pet} {amount} plein tarif",
        "cancel_fee": "bonjour vous m'avez pris {amount} de frais d'annulation alors que j'ai annulé deux jours avant dans l'appli",
    },
    "es": {
        "no_show": "hola buenas mire tenia una visita a domicilio esta mañana para {pet} y no ha venido nadie y en la app pone que esta hecha he pedido el dia libre para nada",
        "double_charge": "hola le llamo porque me han cobrado dos veces la fianza de {amount} de {pet} y me he quedado en numeros rojos",
        "lost_results": "si hola me han llamado diciendo que se han perdido los analisis de {pet} y que hay que repetir no entiendo como puede pasar eso",
        "refund": "hola es por el reembolso de la operacion de {pet} que cancelaron ustedes hace tres semanas y no me ha llegado nada",
        "wrong_price": "hola soy del plan Familia y me han cobrado la vacuna de {pet} entera {amount}",
        "cancel_fee": "hola me han cobrado {amount} de cancelacion y yo cancelé dos dias antes por la app",
    },
    "en": {
        "no_show": "hi yeah I had a home visit booked this morning for {pet} nobody turned up and the app says it's done I took the morning off for nothing",
        "double_charge": "hi I'm ringing because the {amount} deposit for {pet} has gone out twice and I'm overdrawn",
        "lost_results": "hello I got a call saying {pet}'s blood samples are lost and we have to do it again I don't understand how",
        "refund": "hi it's about the refund for {pet}'s operation you cancelled three weeks ago I still haven't got anything",
        "wrong_price": "hi I'm on the Familia plan and I was charged full price for {pet}'s booster {amount}",
        "cancel_fee": "hi you've charged me {amount} cancellation fee but I cancelled two days before in the app",
    },
    "de": {
        "no_show": "ja hallo ich hatte heute Vormittag einen Hausbesuch für {pet} gebucht es ist niemand gekommen und in der App steht erledigt ich hab mir freigenommen",
        "double_charge": "hallo ich rufe an weil die Anzahlung von {amount} für {pet} zweimal abgebucht wurde und mein Konto jetzt im Minus ist",
        "lost_results": "ja hallo man hat mich angerufen die Blutproben von {pet} sind weg und es muss alles nochmal gemacht werden wie kann das sein",
        "refund": "hallo es geht um die Erstattung für die OP von {pet} die Sie abgesagt haben das ist drei Wochen her",
        "wrong_price": "hallo ich bin im Familia Plan und mir wurde die Impfung von {pet} voll berechnet {amount}",
        "cancel_fee": "hallo Sie haben mir {amount} Stornogebühr berechnet dabei hab ich zwei Tage vorher in der App storniert",
    },
    "it": {
        "no_show": "sì buongiorno avevo una visita a domicilio stamattina per {pet} non è venuto nessuno e l'app dice che è fatta ho preso permesso per niente",
        "double_charge": "buongiorno chiamo perché l'acconto di {amount} per {pet} è stato addebitato due volte",
        "lost_results": "buongiorno mi hanno chiamato per dire che gli esami di {pet} sono persi e bisogna rifarli",
        "refund": "buongiorno è per il rimborso dell'intervento di {pet} che avete annullato tre settimane fa",
        "wrong_price": "buongiorno ho il piano Familia e mi avete fatto pagare il vaccino di {pet} {amount}",
        "cancel_fee": "buongiorno mi avete preso {amount} di penale ma ho disdetto due giorni prima",
    },
    "pt": {
        "no_show": "bom dia tinha uma visita ao domicílio hoje de manhã para o {pet} não veio ninguém e a app diz que está feita",
        "double_charge": "bom dia estou a ligar porque a caução de {amount} do {pet} foi cobrada duas vezes",
        "lost_results": "bom dia ligaram-me a dizer que as análises do {pet} se perderam e que é preciso repetir",
        "refund": "bom dia é sobre o reembolso da cirurgia do {pet} que cancelaram há três semanas",
        "wrong_price": "bom dia tenho o plano Familia e cobraram-me a vacina do {pet} a preço inteiro {amount}",
        "cancel_fee": "bom dia cobraram-me {amount} de cancelamento e eu cancelei dois dias antes",
    },
}

# long e-mails: the complaint inside a letter (French and Spanish)
LONG_MAIL = {
    "fr": (
        "Bonjour,\n\nJe vous écris depuis la salle des profs, entre deux surveillances de bac blanc, donc pardon si c'est décousu. Cela fait quatre ans que {pet} est suivi chez vous à {town}, depuis qu'on l'a récupéré à la SPA avec une oreille en moins, et je vous ai toujours recommandés autour de moi.\n\nMais là, {story}\n\nJe ne demande pas la lune : qu'on m'explique, qu'on corrige, et qu'on ne me fasse pas rappeler trois fois pour avoir une réponse. Entre les copies, la belle-mère qui s'installe chez nous le mois prochain et le chien qui vieillit, je n'ai vraiment pas l'énergie.\n\nCordialement,\n{first}",
        "Bonjour à l'équipe,\n\nJe profite de la sieste des jumeaux pour enfin vous écrire. On a pris le plan Familia l'an dernier pour {pet} et pour la chatte de ma fille, justement pour ne plus avoir de surprises.\n\nSauf que {story}\n\nJe vous remercie de me répondre par écrit, j'aimerais garder une trace. Je reste joignable par mail, le téléphone sonne toute la journée à la maison.\n\n{first}",
    ),
    "es": (
        "Hola:\n\nOs escribo desde la furgoneta, entre reparto y reparto, así que perdonad las faltas. Llevo seis años con {pet} en vuestra clínica de {town}, desde que nos la encontramos en una gasolinera con una pata mal, y siempre he hablado maravillas de vosotros.\n\nPero esta vez {story}\n\nNo pido nada raro: que alguien me lo explique, que se arregle y que no tenga que llamar tres veces para que me contesten. Con la mudanza de mi padre a casa y los turnos no tengo tiempo para esto.\n\nUn saludo,\n{first}",
        "Buenas tardes,\n\nAprovecho que estoy en la sala de espera del pediatra para escribiros con calma. Nos hicimos del plan Familia el año pasado por {pet} y por el conejo de los niños, precisamente para no llevarnos sustos.\n\nPues bien: {story}\n\nOs agradecería una respuesta por escrito, quiero tenerlo todo por escrito. Por teléfono es imposible, en casa no para de sonar.\n\n{first}",
    ),
}
LONG_STORY = {
    "fr": {
        "no_show": "le vétérinaire qui devait venir à la maison mardi matin pour {pet} n'est jamais venu. J'avais posé ma matinée, et l'appli affiche « visite effectuée ». Personne ne m'a prévenue.",
        "double_charge": "l'acompte de {amount} pour la stérilisation a été prélevé deux fois et mon loyer est passé en rejet à cause de ça.",
        "lost_results": "on m'apprend que les prises de sang de {pet} ont été perdues et qu'il faut tout recommencer, alors qu'il a fallu le tenir à deux.",
        "refund": "l'opération que VOUS avez annulée il y a trois semaines ne m'est toujours pas remboursée : {amount}.",
        "wrong_price": "le vaccin de {pet} m'a été facturé {amount}, plein tarif, alors que je paie Familia tous les mois.",
        "cancel_fee": "j'ai annulé un rendez-vous deux jours à l'avance dans l'appli et je me retrouve avec {amount} de frais.",
    },
    "es": {
        "no_show": "el veterinario que tenía que venir el martes por la mañana a ver a {pet} no apareció. Pedí la mañana libre y la app dice «visita realizada». Nadie me avisó.",
        "double_charge": "la fianza de {amount} de la castración me la cobrasteis dos veces y me devolvieron el recibo del alquiler por ello.",
        "lost_results": "me decís que los análisis de {pet} se han perdido y que hay que repetirlos, cuando hicieron falta dos personas para sujetarla.",
        "refund": "la operación que cancelasteis VOSOTROS hace tres semanas sigue sin devolverse: {amount}.",
        "wrong_price": "la vacuna de {pet} me la cobrasteis a {amount}, precio completo, pagando el plan Familia cada mes.",
        "cancel_fee": "cancelé una cita con dos días de antelación por la app y me encuentro {amount} de penalización.",
    },
}

# ---------------------------------------------------------------- agents

CASE_OPENED = {
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first},\n\nMerci pour votre message et toutes nos excuses. Nous avons ouvert le dossier {case} et un responsable clinique revient vers vous au plus vite.\n\n{agent}, Zarpia",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola {first}:\n\nGracias por escribirnos y perdona las molestias. Hemos abierto la incidencia {case} y un responsable de clínica te contestará lo antes posible.\n\n{agent}, Zarpia",
    ),
    "en": (
        "Your case {case}",
        "Hi {first},\n\nThank you and sorry for the trouble. We've opened case {case} and a clinic manager will get back to you as soon as possible.\n\n{agent}, Zarpia",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first},\n\ndanke für Ihre Nachricht, das tut uns leid. Wir haben den Vorgang {case} angelegt, eine Praxisleitung meldet sich so bald wie möglich.\n\n{agent}, Zarpia",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno {first},\n\ngrazie e ci scusi per il disagio. Abbiamo aperto la pratica {case}, un responsabile di clinica la ricontatterà al più presto.\n\n{agent}, Zarpia",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá {first},\n\nObrigado e pedimos desculpa. Abrimos o processo {case} e um responsável de clínica vai contactá-lo o mais depressa possível.\n\n{agent}, Zarpia",
    ),
}
CHAT_CASE = {
    "fr": "Je suis désolée. J'ai ouvert le dossier {case}, un responsable revient vers vous aujourd'hui.",
    "es": "Lo siento mucho. He abierto la incidencia {case} y un responsable te contesta hoy.",
    "en": "I'm so sorry. I've opened case {case} and a manager will come back to you today.",
    "de": "Das tut mir leid. Ich habe den Vorgang {case} angelegt, eine Praxisleitung meldet sich heute.",
    "it": "Mi dispiace molto. Ho aperto la pratica {case}, un responsabile la ricontatta oggi.",
    "pt": "Lamento imenso. Abri o processo {case} e um responsável contacta-o hoje.",
}
QUALITY_LEAD = {
    "fr": (
        "Dossier {case} : suivi par notre responsable qualité",
        "Bonjour {first},\n\nVotre dossier {case} est désormais suivi par notre responsable qualité, qui vous appellera avant jeudi midi.\n\n{agent}, Zarpia",
    ),
    "es": (
        "Incidencia {case}: la lleva nuestra responsable de calidad",
        "Hola {first}:\n\nTu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del jueves a mediodía.\n\n{agent}, Zarpia",
    ),
    "en": (
        "Case {case}: now with our quality lead",
        "Hi {first},\n\nYour case {case} is now with our quality lead, who will ring you before Thursday lunchtime.\n\n{agent}, Zarpia",
    ),
    "de": (
        "Vorgang {case}: bei unserer Qualitätsleitung",
        "Hallo {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Donnerstagmittag anruft.\n\n{agent}, Zarpia",
    ),
    "it": (
        "Pratica {case}: ora la segue la responsabile qualità",
        "Buongiorno {first},\n\nla sua pratica {case} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro giovedì a mezzogiorno.\n\n{agent}, Zarpia",
    ),
    "pt": (
        "Processo {case}: agora com a responsável de qualidade",
        "Olá {first},\n\nO seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga até quinta ao meio-dia.\n\n{agent}, Zarpia",
    ),
}
GOOD_NEWS = {
    "fr": (
        "Bonne nouvelle pour votre dossier {case}",
        "Bonjour {first},\n\nBonne nouvelle : c'est réglé de notre côté ({issue}). Pouvez-vous nous confirmer que tout est en ordre pour vous ?\n\n{agent}, Zarpia",
    ),
    "es": (
        "Buenas noticias sobre tu incidencia {case}",
        "Hola {first}:\n\nBuenas noticias: ya está resuelto por nuestra parte ({issue}). ¿Nos confirmas que todo está bien?\n\n{agent}, Zarpia",
    ),
    "en": (
        "Good news on case {case}",
        "Hi {first},\n\nGood news: that's sorted on our side ({issue}). Could you confirm everything looks right to you?\n\n{agent}, Zarpia",
    ),
    "de": (
        "Gute Nachricht zu Vorgang {case}",
        "Hallo {first},\n\ngute Nachricht: das ist bei uns erledigt ({issue}). Können Sie kurz bestätigen, dass alles passt?\n\n{agent}, Zarpia",
    ),
    "it": (
        "Buone notizie sulla pratica {case}",
        "Buongiorno {first},\n\nbuone notizie: da parte nostra è risolto ({issue}). Ci conferma che è tutto a posto?\n\n{agent}, Zarpia",
    ),
    "pt": (
        "Boas notícias sobre o processo {case}",
        "Olá {first},\n\nBoas notícias: está resolvido do nosso lado ({issue}). Pode confirmar-nos que está tudo bem?\n\n{agent}, Zarpia",
    ),
}
URGENT_CHAT = {
    "fr": "C'est ajouté à votre dossier {case} et marqué urgent. Je suis vraiment désolée.",
    "es": "Lo he añadido a tu incidencia {case} y la he marcado como urgente. Lo siento de verdad.",
    "en": "I've added this to case {case} and marked it urgent. I'm really sorry.",
    "de": "Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert. Es tut mir wirklich leid.",
    "it": "L'ho aggiunto alla pratica {case} e segnata come urgente. Mi dispiace davvero.",
    "pt": "Acrescentei ao processo {case} e marquei como urgente. Lamento mesmo.",
}
SORRY_TO_GO = {
    "fr": (
        "Votre demande de résiliation",
        "Bonjour {first},\n\nNous sommes tristes de vous voir partir. Vous pouvez résilier Zarpia Familia et fermer votre compte vous-même dans l'appli ou sur le site, rubrique « Mon plan ». Le dossier de vos animaux reste téléchargeable.\n\n{agent}, Zarpia",
    ),
    "es": (
        "Tu solicitud de baja",
        "Hola {first}:\n\nSentimos que te vayas. Puedes dar de baja Zarpia Familia y cerrar la cuenta tú mismo en la app o en la web, en «Mi plan». El historial de tus animales se puede descargar.\n\n{agent}, Zarpia",
    ),
    "en": (
        "Your cancellation request",
        "Hi {first},\n\nWe're sorry to see you go. You can cancel Zarpia Familia and close the account yourself in the app or on the website under 'My plan'. Your pets' records stay downloadable.\n\n{agent}, Zarpia",
    ),
    "de": (
        "Ihre Kündigung",
        "Hallo {first},\n\nschade, dass Sie gehen. Sie können Zarpia Familia und Ihr Konto selbst in der App oder auf der Website unter „Mein Plan“ kündigen. Die Akten Ihrer Tiere bleiben herunterladbar.\n\n{agent}, Zarpia",
    ),
    "it": (
        "La sua richiesta di disdetta",
        "Buongiorno {first},\n\nci dispiace vederla andare via. Può disdire Zarpia Familia e chiudere l'account da sé nell'app o sul sito, in «Il mio piano».\n\n{agent}, Zarpia",
    ),
    "pt": (
        "O seu pedido de cancelamento",
        "Olá {first},\n\nTemos pena que se vá. Pode cancelar o Zarpia Familia e fechar a conta na app ou no site, em «O meu plano».\n\n{agent}, Zarpia",
    ),
}
REPLY_PREFIX = {
    "fr": "RE : Dossier ",
    "es": "RE: Incidencia ",
    "en": "Re: Case ",
    "de": "AW: Vorgang ",
    "it": "R: Pratica ",
    "pt": "RE: Processo ",
}

# ---------------------------------------------------------------- follow-ups

SECOND = {
    "fr": (
        "Dossier {case} : toujours rien pour {issue}, et personne ne m'a rappelée.",
        "je relance pour le dossier {case} ({issue}), toujours en attente, vous comptez faire quelque chose ?",
    ),
    "es": (
        "Incidencia {case}: sigo igual con {issue} y nadie me ha llamado.",
        "vuelvo a escribir por la incidencia {case} ({issue}), sigue todo igual, alguien me va a contestar?",
    ),
    "en": ("Case {case}: still nothing on {issue} and nobody has called.",),
    "de": ("Vorgang {case} ({issue}): immer noch nichts, und angerufen hat auch niemand.",),
    "it": ("Pratica {case}: ancora niente per {issue} e nessuno mi ha chiamato.",),
    "pt": ("Processo {case}: continua tudo igual com {issue} e ninguém me ligou.",),
}
THIRD = {
    "fr": (
        "Troisième message pour le dossier {case} ({issue}). Ma voisine va chez {comp} et chez eux ce genre de chose est réglé le jour même.",
        "Dossier {case}, troisième relance. J'ai regardé les tarifs de {comp} hier soir, je dis ça comme ça.",
    ),
    "es": (
        "Tercera vez que escribo por la incidencia {case} ({issue}). Mi cuñada lleva a sus perros a {comp} y allí esto lo arreglan en el día.",
        "Incidencia {case}, TERCERA vez. Anoche estuve mirando lo que cobra {comp}, para que lo sepáis.",
    ),
    "en": (
        "Third time about case {case} ({issue}). My sister takes her cats to {comp} and they sort this sort of thing the same day.",
    ),
    "de": (
        "Dritte Nachricht zu Vorgang {case} ({issue}). Meine Nachbarin geht zu {comp}, da wird so was am selben Tag geklärt.",
    ),
    "it": (
        "Terza volta per la pratica {case} ({issue}). Ho guardato quanto chiede {comp}, così per sapere.",
    ),
    "pt": (
        "Terceira vez sobre o processo {case} ({issue}). A minha vizinha vai à {comp} e lá isto resolve-se no próprio dia.",
    ),
}
FOURTH = {
    "fr": "QUATRIÈME fois pour le dossier {case}. {issue}. Je n'en peux plus.",
    "es": "CUARTA vez con la incidencia {case}. {issue}. YA ESTÁ BIEN.",
    "en": "FOURTH time about case {case}. {issue}. I've had enough.",
    "de": "Zum VIERTEN Mal Vorgang {case}. {issue}. Mir reicht's.",
    "it": "QUARTA volta per la pratica {case}. {issue}. Basta.",
    "pt": "QUARTA vez com o processo {case}. {issue}. Chega.",
}
SECOND_CALL = {
    "fr": "oui bonjour je rappelle pour le dossier {case} c'est toujours pas réglé personne m'a recontactée",
    "es": "hola llamo otra vez por la incidencia {case} sigue sin resolverse y nadie me ha llamado",
    "en": "hi it's about case {case} again still not sorted nobody's called me back",
    "de": "ja hallo ich rufe wegen Vorgang {case} an es ist immer noch nicht erledigt keiner hat sich gemeldet",
    "it": "buongiorno richiamo per la pratica {case} è ancora tutto fermo nessuno mi ha richiamato",
    "pt": "bom dia estou a ligar outra vez pelo processo {case} continua por resolver ninguém me ligou",
}

CONFIRM = {
    "fr": (
        "Dossier {case} : c'est bon, tout est revenu dans l'ordre. Merci !",
        "confirmé pour le dossier {case}, merci à vous",
    ),
    "es": (
        "Incidencia {case}: confirmado, ya está todo bien. Gracias!",
        "todo ok con la incidencia {case}, gracias!!",
    ),
    "en": ("Case {case}: confirmed, all fine now. Thanks!",),
    "de": ("Vorgang {case}: bestätigt, alles in Ordnung. Danke!",),
    "it": ("Pratica {case}: confermo, ora è tutto a posto. Grazie!",),
    "pt": ("Processo {case}: confirmo, está tudo bem. Obrigada!",),
}

APOLOGY = {
    "fr": (
        "Je m'excuse pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça aussi vite.",
        "désolée pour le ton hier, journée horrible. merci pour la réponse rapide",
    ),
    "es": (
        "Perdonad el mensaje de ayer, estaba desbordada. Gracias por arreglarlo tan rápido.",
        "siento el tono de ayer, mal dia. gracias por contestar tan rapido",
    ),
    "en": ("Sorry about my message yesterday, bad day. Thanks for sorting it so fast.",),
    "de": (
        "Entschuldigung für meinen Ton gestern, war ein furchtbarer Tag. Danke für die schnelle Lösung.",
    ),
    "it": (
        "Scusate per il messaggio di ieri, ero a pezzi. Grazie per aver risolto così in fretta.",
    ),
    "pt": (
        "Desculpem a mensagem de ontem, estava em baixo. Obrigada por resolverem tão depressa.",
    ),
}

LOW_CSAT = {
    "fr": ("nul", "", "déçue"),
    "es": ("fatal", "", "mal"),
    "en": ("poor", ""),
    "de": ("schlecht", ""),
    "it": ("pessimo", ""),
    "pt": ("mau", ""),
}
LOW_NPS = {
    "fr": ("Plus confiance.", "", "Dommage, c'était bien avant."),
    "es": ("Ya no me fío.", "", "Antes era otra cosa."),
    "en": ("Not any more.", ""),
    "de": ("So nicht.", ""),
    "it": ("Deluso.", ""),
    "pt": ("Desiludida.", ""),
}

# ---------------------------------------------------------------- churners

# six steps of a slide: waiting, a new vet each time, shop prices, slow results,
# a Saturday surcharge (furious), a neighbour's vet booked (names a competitor)
SLIDE = {
    "fr": (
        (
            "50 minutes d'attente après l'heure du rdv chez Zarpia {town}, sans qu'on nous dise rien. {pet} en avait marre, moi aussi.",
            "Rdv à 17h, vus à 17h50. Pas un mot d'excuse. Ça commence à faire.",
        ),
        (
            "Quatrième véto différent en quatre visites. À chaque fois je réexplique toute l'histoire de {pet}.",
        ),
        (
            "Les croquettes rénales de {pet} ont pris 30 % à la boutique de la clinique en deux mois. Sérieusement ?",
        ),
        (
            "Six jours pour avoir les résultats d'analyse dans l'appli, deux appels pour les obtenir. Avant c'était 48h.",
        ),
        (
            "{amount} de « supplément samedi » pour un rdv réservé comme un rdv normal. PERSONNE ne m'a prévenue. Je suis furieuse.",
        ),
        (
            "Ma voisine emmène ses chiens chez {comp}, j'ai pris rdv là-bas pour {pet} la semaine prochaine.",
        ),
    ),
    "es": (
        (
            "50 minutos de espera después de la hora de la cita en Zarpia {town} y sin que nadie diga nada. {pet} harta y yo más.",
            "Cita a las 17:00, nos llaman a las 17:50. Ni una disculpa. Empieza a cansar.",
        ),
        (
            "Cuarto veterinario distinto en cuatro visitas. Cada vez a contar otra vez toda la historia de {pet}.",
        ),
        (
            "El pienso renal de {pet} ha subido un 30 % en la tienda de la clínica en dos meses. En serio?",
        ),
        (
            "Seis días para tener los resultados del análisis en la app y dos llamadas. Antes eran 48 horas.",
        ),
        (
            "{amount} de «suplemento sábado» por una cita reservada como normal. NADIE me avisó. Estoy que echo humo.",
        ),
        (
            "Mi vecina lleva a sus perros a {comp}, ya he pedido cita allí para {pet} la semana que viene.",
        ),
    ),
    "en": (
        (
            "Fifty minutes past our appointment time at Zarpia {town} and not a word. {pet} was fed up and so was I.",
        ),
        (
            "Fourth different vet in four visits. I have to explain {pet}'s whole history every single time.",
        ),
        ("{pet}'s kidney diet food is up 30% in the clinic shop in two months. Really?",),
        ("Six days to get blood results in the app and two phone calls. It used to be 48 hours.",),
        (
            "{amount} 'Saturday surcharge' on an appointment booked as a normal one. NOBODY told me. Furious.",
        ),
        ("My neighbour takes her dogs to {comp}, I've booked {pet} in there next week.",),
    ),
    "de": (
        (
            "50 Minuten über der Terminzeit bei Zarpia {town} und keiner sagt was. {pet} hatte genug und ich auch.",
        ),
        (
            "Vierte andere Tierärztin bei vier Besuchen. Jedes Mal die ganze Geschichte von {pet} von vorn.",
        ),
        (
            "Das Nierenfutter von {pet} ist im Praxisshop in zwei Monaten 30 % teurer geworden. Ernsthaft?",
        ),
        ("Sechs Tage bis die Laborwerte in der App waren, zweimal angerufen. Früher 48 Stunden.",),
        (
            "{amount} „Samstagszuschlag“ für einen ganz normal gebuchten Termin. NIEMAND hat das gesagt. Ich bin stinksauer.",
        ),
        (
            "Meine Nachbarin geht mit ihren Hunden zu {comp}, ich habe {pet} dort für nächste Woche angemeldet.",
        ),
    ),
    "it": (
        (
            "50 minuti oltre l'orario dell'appuntamento da Zarpia {town} e nessuno dice niente. {pet} esausto, io pure.",
        ),
        (
            "Quarto veterinario diverso in quattro visite. Ogni volta a rispiegare tutta la storia di {pet}.",
        ),
        (
            "Le crocchette renali di {pet} aumentate del 30 % nel negozio della clinica in due mesi. Davvero?",
        ),
        ("Sei giorni per avere gli esami nell'app e due telefonate. Prima erano 48 ore.",),
        (
            "{amount} di «supplemento sabato» per un appuntamento prenotato normale. NESSUNO mi ha avvisato. Sono furiosa.",
        ),
        (
            "La mia vicina porta i suoi cani da {comp}, ho prenotato lì per {pet} la settimana prossima.",
        ),
    ),
    "pt": (
        (
            "50 minutos depois da hora da consulta na Zarpia {town} e ninguém diz nada. O {pet} farto e eu também.",
        ),
        (
            "Quarto veterinário diferente em quatro consultas. Sempre a contar a história toda do {pet}.",
        ),
        ("A ração renal do {pet} subiu 30 % na loja da clínica em dois meses. A sério?",),
        ("Seis dias para ter as análises na app e duas chamadas. Antes eram 48 horas.",),
        (
            "{amount} de «suplemento de sábado» numa consulta marcada como normal. NINGUÉM avisou. Estou furiosa.",
        ),
        ("A minha vizinha leva os cães à {comp}, já marquei lá para o {pet} na próxima semana.",),
    ),
}
SLIDE_EUR = 35

SARCASM = {
    "fr": (
        "Bravo Zarpia, 1h15 d'attente pour un vaccin de 5 minutes, j'ai eu le temps de lire tout le magazine de chasse de la salle d'attente 👏",
        "Merci Zarpia pour le rappel du vaccin de {pet}… reçu trois jours APRÈS le rdv. Très utile 🙃",
    ),
    "es": (
        "Genial Zarpia, me recordáis la vacuna de {pet} tres días DESPUÉS de la cita. Utilísimo 👏",
        "Hora y cuarto de espera para una vacuna de 5 minutos, me he leído todas las revistas de caza de la sala. Gracias Zarpia 🙃",
    ),
    "en": (
        "Cheers Zarpia, the reminder for {pet}'s jab arrived three days AFTER the appointment. Very handy 👏",
    ),
    "de": (
        "Danke Zarpia, die Impferinnerung für {pet} kam drei Tage NACH dem Termin. Sehr hilfreich 👏",
    ),
    "it": (
        "Grazie Zarpia, il promemoria del vaccino di {pet} è arrivato tre giorni DOPO l'appuntamento. Utilissimo 👏",
    ),
    "pt": (
        "Obrigada Zarpia, o lembrete da vacina do {pet} chegou três dias DEPOIS da consulta. Muito útil 👏",
    ),
}

GRUMBLES = {
    "fr": (
        "L'appli Zarpia me déconnecte à chaque fois, il faut retaper le mot de passe pour voir un simple rdv.",
        "Encore un SMS de rappel à 6h du matin. Qui a eu cette idée ?",
        "Samedi matin à Zarpia {town} : 40 minutes debout dans l'entrée, pas de chaises.",
        "La facture uniquement en PDF dans l'appli, impossible de l'avoir par courrier.",
        "Vingt minutes de musique d'attente pour déplacer un rdv. Vingt.",
        "Le parking devant la clinique, c'est une blague.",
        "Les prix de la boutique de la clinique, franchement.",
    ),
    "es": (
        "La app de Zarpia me echa cada vez que la abro, a meter la contraseña otra vez para ver una cita.",
        "Otro SMS de recordatorio a las 6 de la mañana. De quién fue la idea?",
        "Sábado por la mañana en Zarpia {town}: 40 minutos de pie en la entrada, ni una silla.",
        "La factura solo en PDF en la app, no hay forma de que te la manden en papel.",
        "Veinte minutos de musiquita para cambiar una cita. Veinte.",
        "El aparcamiento de la clínica es un chiste.",
        "Los precios de la tienda de la clínica, de verdad.",
    ),
    "en": (
        "The Zarpia app logs me out every time, password again just to see one appointment.",
        "Another reminder text at 6am. Whose idea was that?",
        "Saturday morning at Zarpia {town}: 40 minutes standing in the doorway, no chairs.",
        "Twenty minutes of hold music to move an appointment.",
        "Clinic shop prices, honestly.",
    ),
    "de": (
        "Die Zarpia-App meldet mich jedes Mal ab, Passwort neu eingeben nur um einen Termin zu sehen.",
        "Schon wieder eine Erinnerungs-SMS um 6 Uhr früh. Wessen Idee war das?",
        "Samstagvormittag bei Zarpia {town}: 40 Minuten im Eingang stehen, keine Stühle.",
        "Zwanzig Minuten Warteschleife, um einen Termin zu verschieben.",
        "Die Preise im Praxisshop, ehrlich.",
    ),
    "it": (
        "L'app Zarpia mi disconnette ogni volta, password di nuovo solo per vedere un appuntamento.",
        "Altro SMS di promemoria alle 6 del mattino. Di chi è stata l'idea?",
        "Sabato mattina da Zarpia {town}: 40 minuti in piedi all'ingresso, niente sedie.",
        "Venti minuti di musichetta per spostare un appuntamento.",
        "I prezzi del negozio della clinica, davvero.",
    ),
    "pt": (
        "A app da Zarpia desliga-me sempre, password outra vez só para ver uma consulta.",
        "Mais um SMS de lembrete às 6 da manhã. De quem foi a ideia?",
        "Sábado de manhã na Zarpia {town}: 40 minutos de pé à entrada, nem uma cadeira.",
        "Vinte minutos de música de espera para mudar uma consulta.",
        "Os preços da loja da clínica, a sério.",
    ),
}

LEAVE = {
    "fr": (
        (
            "Résiliation Zarpia Familia",
            "Bonjour,\n\nNotre vieux {pet} nous a quittés la semaine dernière. On ne reprendra pas d'animal tout de suite, je voudrais donc résilier Zarpia Familia et fermer le compte. Merci pour ces années.\n\n{first}",
        ),
        (
            "Résiliation",
            "Bonjour, on part vivre à la campagne en septembre et il y a une véto au village. Je souhaite résilier Familia et fermer mon compte. Cordialement, {first}",
        ),
    ),
    "es": (
        (
            "Baja Zarpia Familia",
            "Hola:\n\n{pet} se nos fue la semana pasada. No vamos a tener otro animal de momento, así que quiero dar de baja Zarpia Familia y cerrar la cuenta. Gracias por estos años.\n\n{first}",
        ),
        (
            "Baja",
            "Hola, nos vamos a vivir al pueblo y allí hay veterinario. Quiero darme de baja del plan Familia y cerrar la cuenta. Un saludo, {first}",
        ),
    ),
    "en": (
        (
            "Cancel Familia",
            "Hi,\n\nOur old {pet} died last week and we won't have another for a while. I'd like to cancel Zarpia Familia and close the account. Thanks for everything.\n\n{first}",
        ),
    ),
    "de": (
        (
            "Kündigung Familia",
            "Hallo,\n\nwir ziehen aufs Land, dort gibt es eine Tierärztin im Dorf. Ich möchte Zarpia Familia kündigen und mein Konto schließen.\n\nViele Grüße\n{first}",
        ),
    ),
    "it": (
        (
            "Disdetta Familia",
            "Buongiorno, il nostro {pet} ci ha lasciati la settimana scorsa. Vorrei disdire Zarpia Familia e chiudere l'account. Grazie di tutto, {first}",
        ),
    ),
    "pt": (
        (
            "Cancelamento Familia",
            "Olá, vamos viver para a aldeia e lá há veterinário. Quero cancelar o Zarpia Familia e fechar a conta. Obrigado, {first}",
        ),
    ),
}

MILD = {
    "fr": (
        "petit souci : la recherche de clinique affiche {town} ouverte alors qu'elle est fermée pour travaux",
        "les rappels de l'appli m'arrivent en anglais depuis la mise à jour, c'est possible de remettre en français ?",
    ),
    "es": (
        "una cosita: el buscador de clínicas pone la de {town} abierta y está cerrada por obras",
        "desde la actualizacion los recordatorios me llegan en ingles, se puede cambiar?",
    ),
    "en": ("small thing: the clinic finder shows {town} open but it's closed for works",),
    "de": ("Kleinigkeit: die Praxissuche zeigt {town} geöffnet, die ist aber wegen Umbau zu",),
    "it": (
        "piccola cosa: dalla versione nuova i promemoria arrivano in inglese, si può cambiare?",
    ),
    "pt": ("uma coisa pequena: desde a atualização os lembretes chegam em inglês, dá para mudar?",),
}
MILD_ANSWER = {
    "fr": "Merci de nous l'avoir signalé, c'est transmis à l'équipe de l'appli. Bonne soirée !",
    "es": "Gracias por avisar, ya se lo hemos pasado al equipo de la app. Buena tarde!",
    "en": "Thanks for letting us know, passed on to the app team.",
    "de": "Danke für den Hinweis, ist an das App-Team weitergegeben.",
    "it": "Grazie della segnalazione, l'abbiamo girata al team dell'app.",
    "pt": "Obrigado pelo aviso, já passámos à equipa da app.",
}

# ---------------------------------------------------------------- the spike

SPIKE = {
    "fr": (
        "Impossible de réserver chez Zarpia ce matin, au moment de confirmer l'appli affiche « erreur CLX-718 » et rien ne se passe",
        "bonjour, je n'arrive pas à confirmer le rdv de {pet}, code CLX-718 à chaque fois, sur l'appli comme sur le site",
        "CLX-718 CLX-718 CLX-718... trois essais pour réserver le vaccin de {pet}, rien ne passe. Il y a un souci ?",
    ),
    "es": (
        "No hay manera de reservar en Zarpia esta mañana, al confirmar la cita sale «error CLX-718» y se queda colgado",
        "hola no puedo confirmar la cita de {pet}, me sale CLX-718 en la app y en la web tambien",
        "Llevo media hora intentando pedir cita para {pet}: CLX-718 una y otra vez. Está caído?",
    ),
    "en": (
        "Can't book anything on Zarpia this morning, confirming the appointment just gives 'error CLX-718'",
    ),
    "de": (
        "Bei Zarpia kann man heute früh nichts buchen, beim Bestätigen kommt nur „Fehler CLX-718“",
    ),
    "it": ("Stamattina impossibile prenotare su Zarpia, alla conferma esce «errore CLX-718»",),
    "pt": ("Não consigo marcar nada na Zarpia esta manhã, ao confirmar aparece «erro CLX-718»",),
}
SPIKE_SUBJECT = {
    "fr": "Réservation impossible CLX-718",
    "es": "Error CLX-718 al reservar",
    "en": "Booking error CLX-718",
    "de": "Buchung: Fehler CLX-718",
    "it": "Errore CLX-718",
    "pt": "Erro CLX-718 na marcação",
}
SPIKE_AGAIN = {
    "fr": (
        "Toujours CLX-718, même sur le téléphone de mon mari et sur le site. {pet} a besoin de son rdv cette semaine",
        "re, toujours CLX-718 sur l'ordi aussi",
    ),
    "es": (
        "Sigue saliendo CLX-718, también en el móvil de mi mujer y en la web. {pet} necesita la cita esta semana",
        "sigo igual, CLX-718 desde el ordenador tambien",
    ),
    "en": ("Still CLX-718, on my partner's phone and the website too",),
    "de": ("Immer noch CLX-718, auch am Handy meines Mannes und auf der Website",),
    "it": ("Ancora CLX-718, anche dal telefono di mia moglie e dal sito",),
    "pt": ("Continua CLX-718, também no telemóvel do meu marido e no site",),
}
SPIKE_CHAT_ANSWER = {
    "fr": "Oui, la confirmation des rendez-vous échoue en ce moment dans l'appli et sur le site, nos équipes sont dessus. Pour une urgence, appelez directement la clinique.",
    "es": "Sí, ahora mismo falla la confirmación de citas en la app y en la web, el equipo ya está en ello. Si es urgente, llama directamente a la clínica.",
    "en": "Yes, confirming appointments is failing in the app and on the website right now, the team is on it. For anything urgent please ring the clinic.",
    "de": "Ja, das Bestätigen von Terminen schlägt gerade in App und Website fehl, das Team ist dran. In dringenden Fällen bitte direkt die Praxis anrufen.",
    "it": "Sì, in questo momento la conferma degli appuntamenti non funziona né nell'app né sul sito, ci stiamo lavorando. Per urgenze chiami la clinica.",
    "pt": "Sim, neste momento a confirmação de consultas está a falhar na app e no site, a equipa está a tratar. Se for urgente, ligue para a clínica.",
}
SPIKE_FIXED = {
    "fr": (
        "Réservations rétablies",
        "Bonjour {first},\n\nLes réservations fonctionnent de nouveau depuis {time}. Désolés pour ce matin : nous avons ajouté {amount} de crédit sur votre compte.\n\n{agent}, Zarpia",
    ),
    "es": (
        "Reservas restablecidas",
        "Hola {first}:\n\nLas reservas vuelven a funcionar desde las {time}. Perdona lo de esta mañana: te hemos añadido {amount} de saldo en la cuenta.\n\n{agent}, Zarpia",
    ),
    "en": (
        "Bookings working again",
        "Hi {first},\n\nBookings work again since {time}. Sorry about this morning, we've added {amount} credit to your account.\n\n{agent}, Zarpia",
    ),
    "de": (
        "Buchungen funktionieren wieder",
        "Hallo {first},\n\nBuchungen funktionieren seit {time} Uhr wieder. Entschuldigung für heute Morgen, wir haben Ihnen {amount} gutgeschrieben.\n\n{agent}, Zarpia",
    ),
    "it": (
        "Prenotazioni ripristinate",
        "Buongiorno {first},\n\nle prenotazioni funzionano di nuovo dalle {time}. Ci scusi per stamattina, le abbiamo aggiunto {amount} di credito.\n\n{agent}, Zarpia",
    ),
    "pt": (
        "Marcações restabelecidas",
        "Olá {first},\n\nAs marcações voltaram a funcionar desde as {time}. Pedimos desculpa por esta manhã, adicionámos {amount} de crédito à sua conta.\n\n{agent}, Zarpia",
    ),
}
LONE_Q = {
    "es": (
        "hola, ayer por la noche la app tardó un montón en el paso del pago y luego sí confirmó la cita. sigue en pie la del lunes verdad?",
        "Hola, sí, tu cita del lunes está confirmada, la ves en «Mis citas». ¡Hasta el lunes!",
    ),
    "fr": (
        "bonjour, hier soir l'appli a mis longtemps sur l'étape paiement puis a bien confirmé. le rdv de lundi est bien enregistré ?",
        "Bonjour, oui, votre rdv de lundi est bien confirmé, vous le voyez dans « Mes rdv ». À lundi !",
    ),
}
GRUMBLE_CHAT = {
    "fr": (
        "la carte des cliniques met une éternité à charger sur l'appli",
        "Merci, c'est noté, l'équipe regarde la carte.",
    ),
    "es": (
        "el mapa de clinicas tarda siglos en cargar en la app",
        "Gracias, lo pasamos al equipo, ya lo están mirando.",
    ),
}
