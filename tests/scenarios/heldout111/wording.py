# ruff: noqa: E501
"""Wording of heldout111's households and of the Saturday incident (Tecnavo).

Tecnavo sends technicians home to set up and fix household tech (Wi-Fi and
routers, TVs on the wall, new laptops, printers, smart-home kits, phones and
tablets for grandparents) and gives remote help sessions, with a monthly
Tecnavo Plus membership. Written from the stories in make_heldout111.py:
every text is what that customer, in that mood, on that channel would write.
Placeholders: {brand} {tech} {item} {amount} {day} {ref} {comp} {time} {code} {town}.
"""

from __future__ import annotations

BRAND = "Tecnavo"
COMPETITORS = ("Socorra", "Klickwart")
SPIKE_CODE = "RZ7-4409"

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Marta",
        "Javier",
        "Carmen",
        "Sergio",
        "Nuria",
        "Pablo",
        "Rocío",
        "Álvaro",
        "Inés",
        "Raúl",
        "Beatriz",
        "Diego",
        "Pilar",
        "Jorge",
        "Elena",
        "Iván",
        "Montse",
        "Andrés",
        "Yolanda",
        "Óscar",
        "Celia",
        "Rubén",
        "Amparo",
        "Hugo",
        "Noelia",
        "Tomás",
        "Susana",
    ],
    "de": [
        "Jana",
        "Tobias",
        "Sabine",
        "Florian",
        "Katrin",
        "Matthias",
        "Anja",
        "Jörg",
        "Miriam",
        "Uwe",
        "Lena",
        "Stefan",
        "Birgit",
        "Dominik",
        "Heike",
        "Jens",
        "Ute",
        "Fabian",
        "Carina",
        "Günter",
        "Nele",
        "Ralf",
        "Svenja",
        "Moritz",
        "Petra",
        "Kai",
        "Doris",
        "Lukas",
    ],
    "en": [
        "Gemma",
        "Callum",
        "Niamh",
        "Owen",
        "Hayley",
        "Rory",
        "Shauna",
        "Declan",
        "Bethany",
        "Gareth",
        "Aoife",
        "Liam",
    ],
    "fr": [
        "Élodie",
        "Mathieu",
        "Chloé",
        "Julien",
        "Solène",
        "Yann",
        "Margaux",
        "Thibault",
        "Aurélie",
        "Cédric",
        "Manon",
        "Loïc",
    ],
    "it": [
        "Chiara",
        "Davide",
        "Federica",
        "Matteo",
        "Ilaria",
        "Stefano",
        "Giulia",
        "Simone",
        "Valentina",
        "Lorenzo",
        "Martina",
        "Andrea",
    ],
    "pt": [
        "Inês",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Nuno",
        "Beatriz",
        "Hugo",
        "Joana",
        "Ricardo",
        "Sofia",
        "Miguel",
    ],
}

LAST: dict[str, list[str]] = {
    "es": [
        "Gallego",
        "Herrero",
        "Pastor",
        "Bravo",
        "Cabrera",
        "Lozano",
        "Marín",
        "Nieto",
        "Soler",
        "Vidal",
        "Prieto",
        "Calvo",
        "Rubio",
        "Ortega",
        "Aguilar",
        "Domínguez",
        "Iglesias",
        "Medina",
        "Castillo",
        "Vega",
        "Santana",
        "Garrido",
        "Campos",
        "Peña",
    ],
    "de": [
        "Hartmann",
        "Krüger",
        "Lorenz",
        "Vogel",
        "Brandt",
        "Haas",
        "Seidel",
        "Kuhn",
        "Pohl",
        "Busch",
        "Franke",
        "Engel",
        "Winter",
        "Ziegler",
        "Sommer",
        "Graf",
        "Keller",
        "Ludwig",
        "Böhm",
        "Roth",
        "Lang",
        "Huber",
        "Jung",
        "Otto",
    ],
    "en": [
        "Hughes",
        "Doyle",
        "Pritchard",
        "Fletcher",
        "Kavanagh",
        "Marsh",
        "Nolan",
        "Bateman",
        "Quinn",
        "Holloway",
        "Brennan",
        "Whitfield",
    ],
    "fr": [
        "Lemoine",
        "Garnier",
        "Fabre",
        "Chevalier",
        "Perrin",
        "Marchand",
        "Roussel",
        "Blanchard",
        "Guérin",
        "Morel",
        "Caron",
        "Renaud",
    ],
    "it": [
        "Ferrara",
        "Galli",
        "Barbieri",
        "Fontana",
        "Marchetti",
        "Santoro",
        "Mariani",
        "Rinaldi",
        "Caruso",
        "Longo",
        "Gentile",
        "Vitale",
    ],
    "pt": [
        "Carvalho",
        "Pinto",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Lopes",
        "Vieira",
        "Monteiro",
        "Cardoso",
        "Rocha",
    ],
}

TOWNS: dict[str, list[str]] = {
    "ES": [
        "Madrid",
        "Zaragoza",
        "Valencia",
        "Málaga",
        "Valladolid",
        "Murcia",
        "Gijón",
        "Alicante",
        "Sevilla",
        "Vigo",
    ],
    "DE": [
        "Köln",
        "Leipzig",
        "Hannover",
        "Nürnberg",
        "Bremen",
        "Dortmund",
        "Mainz",
        "Freiburg",
        "Kassel",
        "Augsburg",
    ],
    "AT": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"],
    "CH": ["Zürich", "Bern", "Basel", "Luzern", "Lausanne", "Lugano", "Genève"],
    "UK": ["Leeds", "Bristol", "Cardiff", "Nottingham", "Sheffield"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "FR": ["Lyon", "Nantes", "Lille", "Rennes", "Toulouse"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "IT": ["Bologna", "Torino", "Verona", "Bari", "Padova"],
    "PT": ["Porto", "Braga", "Coimbra", "Lisboa", "Aveiro"],
}

JOBS: dict[str, list[str]] = {
    "es": [
        "enfermera",
        "profesor de instituto",
        "autónoma (peluquería)",
        "jubilado",
        "administrativa",
        "repartidor",
        "farmacéutica",
        "camarero",
        "abogada",
        "fisioterapeuta",
    ],
    "de": [
        "Krankenpfleger",
        "Lehrerin",
        "Rentner",
        "Steuerfachangestellte",
        "Elektriker",
        "Bäckerin",
        "Busfahrer",
        "Architektin",
        "Physiotherapeut",
        "Verkäuferin",
    ],
    "en": ["nurse", "retired postman", "primary teacher", "accountant", "chef", "student"],
    "fr": ["infirmière", "retraité", "comptable", "boulanger", "professeure", "étudiant"],
    "it": ["infermiera", "pensionato", "commercialista", "barista", "insegnante", "studente"],
    "pt": ["enfermeira", "reformado", "contabilista", "professor", "cozinheira", "estudante"],
}

WEEKDAY: dict[str, list[str]] = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
}

#: What the technician came for, as the customer says it.
ITEMS: dict[str, list[str]] = {
    "es": [
        "el router nuevo",
        "la tele del salón",
        "el portátil de mi hija",
        "la impresora",
        "el wifi de toda la casa",
        "la tablet de mi madre",
        "las bombillas inteligentes",
        "el ordenador de mi padre",
    ],
    "de": [
        "den neuen Router",
        "den Fernseher an der Wand",
        "den Laptop meines Sohnes",
        "den Drucker",
        "das WLAN im ganzen Haus",
        "das Tablet meiner Mutter",
        "die smarten Thermostate",
        "den PC meines Vaters",
    ],
    "en": [
        "the new router",
        "the telly on the wall",
        "my daughter's laptop",
        "the printer",
        "the wifi upstairs",
        "mum's tablet",
    ],
    "fr": [
        "la box",
        "la télé murale",
        "l'ordinateur de ma fille",
        "l'imprimante",
        "le wifi de l'étage",
        "la tablette de ma mère",
    ],
    "it": [
        "il router nuovo",
        "la TV in salotto",
        "il portatile di mia figlia",
        "la stampante",
        "il wifi al piano di sopra",
        "il tablet di mia madre",
    ],
    "pt": [
        "o router novo",
        "a televisão da sala",
        "o portátil da minha filha",
        "a impressora",
        "o wifi lá de cima",
        "o tablet da minha mãe",
    ],
}

TECHS: dict[str, list[str]] = {
    "es": ["Adrián", "Manu", "Sonia", "Quique", "Lorena"],
    "de": ["Timo", "Sandra", "Ole", "Mehmet", "Franzi"],
    "en": ["Dean", "Priya", "Connor"],
    "fr": ["Karim", "Léa", "Bastien"],
    "it": ["Gianluca", "Sara", "Nicola"],
    "pt": ["Bruno", "Rita", "Filipe"],
}

# --- happy acts ---------------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "es": [
        "{tech} de {brand} nos ha dejado {item} funcionando en media hora y encima le explicó todo a mi madre con una paciencia infinita. Un 10.",
        "Llevaba semanas peleándome con {item} y el técnico de {brand} lo resolvió en un rato. Educado, puntual y ni una mancha en la pared 👌",
        "Recomiendo {brand} a todo el que tenga padres mayores. {tech} vino, configuró {item} y les dejó una hoja con letra grande con los pasos. Qué detalle",
        "Servicio de {brand} impecable hoy: cita a las 10, a las 9:55 estaba en la puerta. Vino por {item} y todo perfecto.",
        "Por fin wifi en el cuarto de los niños 🙌 gracias {brand}, y gracias {tech} por no reírte de mi instalación casera jaja",
    ],
    "de": [
        "{tech} von {brand} war heute da und hat {item} in 40 Minuten eingerichtet. Ruhig, freundlich, hat alles erklärt. Top!",
        "Ich kann {brand} echt empfehlen. Der Techniker hat {item} eingerichtet und meiner Oma die Videotelefonie gezeigt, sie ruft jetzt jeden Abend an 😄",
        "Pünktlich, sauber, kompetent. {brand} hat {item} endlich zum Laufen gebracht, nachdem ich zwei Wochenenden dran verzweifelt bin.",
        "Kurzes Lob an {brand}: Termin online gebucht, am nächsten Tag war {tech} da und hat {item} eingerichtet. So muss das.",
        "Hab mich lange nicht getraut wen ins Haus zu holen wegen so 'nem Technikkram, aber {brand} war super. {tech} hat sogar die Kabel hinterm Schrank ordentlich gemacht",
    ],
    "en": [
        "Massive thanks to {brand}, {tech} sorted {item} in no time and even labelled the cables. Brilliant service",
        "{brand} came out this morning for {item}, on time, friendly, explained everything to my dad twice without a sigh. Cannot fault them",
    ],
    "fr": [
        "Merci {brand} ! {tech} a installé {item} en une demi-heure et a tout expliqué à ma mère. Service au top.",
        "Technicien {brand} ponctuel et vraiment pédagogue, {item} marche enfin. Je recommande.",
    ],
    "it": [
        "Grazie {brand}! {tech} ha sistemato {item} in mezz'ora e ha spiegato tutto a mia madre con una pazienza incredibile.",
        "Tecnico {brand} puntualissimo, {item} finalmente funziona. Consigliato!",
    ],
    "pt": [
        "Obrigada {brand}! O {tech} pôs {item} a funcionar em meia hora e ainda explicou tudo à minha mãe. Impecável.",
        "Técnico da {brand} pontual e simpático, {item} finalmente a funcionar. Recomendo!",
    ],
}

AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera vez que llamo a {brand} este año y otra vez de diez. Hoy {item}, sin líos.",
        "Otra vez {tech}! Ya es como de la familia jaja. Hoy tocaba {item}, resuelto en nada, y el café se lo tomó conmigo",
        "Sigo encantada con {brand}, segunda visita y el mismo cuidado que la primera.",
    ],
    "de": [
        "Schon wieder {tech} von {brand} gehabt, diesmal für {item}. Immer noch begeistert.",
        "Drittes Mal {brand} dieses Jahr, diesmal für {item}, und wieder alles bestens.",
        "Wieder mal {brand}: wie beim letzten Mal freundlich und schnell. Danke!",
    ],
    "en": ["Third time using {brand} and still just as good. {item} done today, no fuss"],
    "fr": ["Encore une fois {brand} au top, troisième visite et toujours aussi sérieux."],
    "it": ["Terza volta con {brand} e sempre perfetti. Oggi {item}, tutto ok."],
    "pt": ["Terceira vez com a {brand} e continuam impecáveis. Hoje foi {item}."],
}

GRIPE: dict[str, list[str]] = {
    "es": [
        "Muy contenta con {brand}, {item} funciona genial. Solo una cosa: la factura llega en PDF de 8 páginas, con una bastaba 😅",
        "Todo bien con el técnico, de verdad. Lo único, la app te avisa de la llegada con 5 minutos, un poco más de margen se agradecería.",
    ],
    "de": [
        "Sehr zufrieden mit {brand}, {tech} hat {item} super eingerichtet. Nur das Zeitfenster von 4 Stunden ist schon lang, wenn man von zu Hause arbeitet.",
        "Techniker top, keine Frage. Einziger Minuspunkt: die Rechnung kam dreimal per Mail, einmal hätte gereicht.",
    ],
    "en": [
        "Really happy with {item}, {tech} was great. Only gripe is the 4-hour window, bit long when you're working from home"
    ],
    "fr": ["Très contente de {brand}, juste dommage que le créneau soit de 4 heures."],
    "it": ["Contentissima di {brand}, l'unica cosa la fascia oraria di 4 ore, un po' lunga."],
    "pt": ["Muito satisfeita com a {brand}, só a janela de 4 horas é que é comprida."],
}

REVIEW: dict[str, list[str]] = {
    "es": [
        "Rápidos y claros. Vinieron por {item} y me lo explicaron todo.",
        "Buen servicio, precio justo. Repetiré.",
        "El técnico muy majo, todo perfecto.",
    ],
    "de": [
        "Schnell, freundlich, fair im Preis.",
        "Alles wie versprochen, gerne wieder.",
        "Techniker kam pünktlich und hat {item} eingerichtet, seitdem keine Probleme.",
    ],
    "en": ["Quick, tidy, good value.", "Exactly what it said on the tin."],
    "fr": ["Rapide et efficace, merci."],
    "it": ["Veloci e gentili, consigliato."],
    "pt": ["Rápidos e simpáticos, recomendo."],
}

#: (question, agent answer) in chat.
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, el técnico puede traer un cable HDMI largo o lo tengo que comprar yo?",
            "¡Hola! Sí, puede llevarlo: lo añadimos a tu cita, 9 € el de 5 metros. ¿Te lo dejo apuntado?",
        ),
        (
            "Buenas, con Tecnavo Plus las sesiones remotas son ilimitadas de verdad?",
            "Sí, con Plus las sesiones remotas no tienen límite y las visitas tienen un 20 % de descuento.",
        ),
        (
            "se puede cambiar la cita del jueves al viernes x la tarde?",
            "Claro, te la he pasado al viernes de 16 a 20 h. Te llega la confirmación por SMS.",
        ),
        (
            "hola! el técnico habla inglés? es para mi suegra que es de Manchester",
            "¡Hola! Sí, te asignamos a alguien que habla inglés, queda anotado en la cita.",
        ),
    ],
    "de": [
        (
            "Hallo, kann der Techniker auch gleich den alten Router mitnehmen?",
            "Hallo! Ja, wir nehmen Altgeräte kostenlos mit, ich notiere es am Termin.",
        ),
        (
            "Moin, muss ich beim Termin zu Hause sein oder reicht es wenn mein Nachbar aufmacht?",
            "Moin! Das reicht, bitte geben Sie uns nur den Namen des Nachbarn, ich trage ihn ein.",
        ),
        (
            "gibts die Fernwartung auch am Sonntag?",
            "Ja, Fernhilfe gibt es sonntags von 10 bis 18 Uhr.",
        ),
        (
            "Hallo, wie lange dauert so eine Laptop-Einrichtung mit Datenübertragung ungefähr?",
            "Hallo! Meist 1,5 bis 2 Stunden, je nach Datenmenge.",
        ),
    ],
    "en": [
        (
            "hi can the engineer also set up the printer while he's there or do i need a separate booking",
            "Hi! He can do both in one visit, I've added the printer to your booking.",
        ),
        (
            "Is the Plus membership monthly or do I have to sign up for a year?",
            "Monthly, and you can cancel any time in the app.",
        ),
    ],
    "fr": [
        (
            "bonjour, le technicien peut reprendre l'ancien décodeur ?",
            "Bonjour ! Oui, nous reprenons les anciens appareils, c'est noté.",
        ),
        (
            "Est-ce que l'abonnement Plus est sans engagement ?",
            "Oui, sans engagement, résiliable à tout moment dans l'app.",
        ),
    ],
    "it": [
        (
            "ciao, il tecnico può portare anche un cavo di rete lungo?",
            "Ciao! Sì, lo aggiungiamo all'appuntamento, 8 € per 10 metri.",
        ),
        (
            "Posso spostare l'appuntamento a sabato mattina?",
            "Certo, spostato a sabato 9-13. Ti arriva la conferma via SMS.",
        ),
    ],
    "pt": [
        (
            "olá, o técnico pode levar um cabo HDMI comprido?",
            "Olá! Sim, juntamos à marcação, 9 € o de 5 metros.",
        ),
        (
            "A assinatura Plus tem fidelização?",
            "Não, é mensal e pode cancelar quando quiser na app.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "es": [
        "genial, gracias!!",
        "Perfecto, mil gracias",
        "ok gracias 👍",
        "vale, apuntado. gracias",
    ],
    "de": ["Super, danke!", "Perfekt, vielen Dank", "ok danke 👍", "Alles klar, danke schön"],
    "en": ["brilliant thanks", "Perfect, cheers"],
    "fr": ["Parfait, merci !", "super merci"],
    "it": ["Perfetto, grazie!", "ok grz"],
    "pt": ["Ótimo, obrigada!", "ok obg"],
}

#: (subject, question, agent answer) by e-mail.
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Duda factura visita",
            "Hola, buenas tardes. Necesito que la factura de la visita del otro día salga a nombre de mi marido para desgravar, ¿se puede cambiar? Gracias. Un saludo",
            "Hola, la hemos reemitido a nombre de tu marido, la tienes en la app en Facturas. Un saludo, equipo Tecnavo",
        ),
        (
            "Pregunta sobre Plus",
            "Buenas. Si me hago de Plus ahora, ¿el descuento se aplica ya a la visita que tengo el martes? Saludos",
            "Hola, sí: si te das de alta antes de la visita, el 20 % se aplica automáticamente. Un saludo, equipo Tecnavo",
        ),
    ],
    "de": [
        (
            "Frage zur Rechnung",
            "Guten Tag, kann ich die Rechnung für die Einrichtung des Laptops auf meine Firma ausstellen lassen? Ich brauche sie für die Steuer. Viele Grüße",
            "Guten Tag, ja, das geht: Bitte ergänzen Sie die Firmenadresse in der App unter Profil, wir stellen die Rechnung dann neu aus. Freundliche Grüße, Ihr Tecnavo-Team",
        ),
        (
            "Termin für meine Eltern",
            "Hallo, ich möchte für meine Eltern in Kassel einen Termin buchen, ich selbst wohne in Hamburg. Geht das über mein Konto? Gruß",
            "Hallo, ja: Bei der Buchung können Sie eine andere Adresse und Kontaktperson angeben. Viele Grüße, Ihr Tecnavo-Team",
        ),
    ],
    "en": [
        (
            "Question about invoice",
            "Hi, could I get the invoice for last week's visit with my business address on it? Thanks",
            "Hi, done, the new invoice is in the app under Invoices. Best, the Tecnavo team",
        )
    ],
    "fr": [
        (
            "Question facture",
            "Bonjour, est-il possible d'avoir la facture au nom de ma société ? Merci d'avance",
            "Bonjour, c'est fait, la facture est dans l'app. Cordialement, l'équipe Tecnavo",
        )
    ],
    "it": [
        (
            "Domanda fattura",
            "Buongiorno, posso avere la fattura intestata a mio marito? Grazie",
            "Buongiorno, fatto, la trova nell'app. Cordiali saluti, il team Tecnavo",
        )
    ],
    "pt": [
        (
            "Dúvida fatura",
            "Bom dia, é possível ter a fatura com o NIF do meu marido? Obrigada",
            "Bom dia, já está, a nova fatura está na app. Cumprimentos, equipa Tecnavo",
        )
    ],
}

#: (speech-to-text transcript, agent's follow-up e-mail).
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola buenos días mire llamaba porque mi madre tiene una tablet y quería saber si ustedes van a casa a ponerle el whatsapp y las videollamadas ella vive en Getafe",
            "Hola, como hablamos por teléfono: sí, vamos a casa de tu madre. Te dejo el enlace para reservar la visita 'móvil y tablet para mayores'. Un saludo, equipo Tecnavo",
        ),
        (
            "sí hola eh quería preguntar cuánto cuesta instalar un wifi de esos de varios aparatos para un piso de tres plantas",
            "Hola, te resumo la llamada: la instalación mesh para tres plantas son 149 € con los equipos aparte. Un saludo, equipo Tecnavo",
        ),
        (
            "buenas tardes eh llamo porque tengo la visita el jueves y no sé si tengo que tener yo el router encendido o qué",
            "Hola, como te dije: basta con el router encendido y la contraseña a mano. ¡Hasta el jueves! Equipo Tecnavo",
        ),
        (
            "hola sí quería saber si el técnico me puede pasar las fotos del móvil viejo al nuevo es que son muchas de los nietos",
            "Hola, te confirmo lo de la llamada: sí, en la visita de puesta en marcha pasamos fotos y contactos. Un saludo, equipo Tecnavo",
        ),
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob Sie auch zu meiner Mutter kommen die ist 84 und hat ein neues Handy und kommt damit nicht klar",
            "Guten Tag, wie am Telefon besprochen: Ja, wir kommen zu Ihrer Mutter. Hier der Link zur Buchung 'Handy und Tablet für Senioren'. Viele Grüße, Ihr Tecnavo-Team",
        ),
        (
            "hallo ich hab eine Frage zu dem Mesh WLAN was kostet das bei uns im Reihenhaus mit Keller",
            "Hallo, zusammengefasst: Die Mesh-Installation kostet 149 €, Geräte separat. Viele Grüße, Ihr Tecnavo-Team",
        ),
        (
            "guten Morgen ich hab am Freitag den Termin und wollte fragen ob der Techniker auch die Fritzbox neu einrichten kann oder nur den Fernseher",
            "Guten Morgen, wie besprochen: Der Techniker richtet beides ein, wir haben es am Termin vermerkt. Viele Grüße, Ihr Tecnavo-Team",
        ),
        (
            "ja hallo meine Frau hat einen neuen Laptop und die ganzen Fotos sind noch auf dem alten kann man das übertragen lassen",
            "Hallo, wie am Telefon gesagt: Ja, das ist Teil der Laptop-Einrichtung mit Datenübertragung. Viele Grüße, Ihr Tecnavo-Team",
        ),
    ],
    "en": [
        (
            "hi yeah I was just wondering if you do home visits for setting up a smart doorbell my dad bought one",
            "Hi, as discussed: yes, the smart-home visit covers doorbells. Here's the booking link. Best, the Tecnavo team",
        ),
        (
            "hello I've got someone coming Tuesday just checking do I need to be in or can my neighbour let him in",
            "Hi, as we said on the phone: your neighbour can let him in, we've added their name. Best, the Tecnavo team",
        ),
    ],
    "fr": [
        (
            "bonjour je voulais savoir si vous vous déplacez pour installer une imprimante chez ma mère à Villeurbanne",
            "Bonjour, comme convenu au téléphone : oui, voici le lien de réservation. Cordialement, l'équipe Tecnavo",
        ),
        (
            "oui bonsoir c'est pour savoir si le technicien peut aussi brancher la barre de son avec la télé",
            "Bonjour, comme dit au téléphone : oui, c'est compris dans la visite TV. Cordialement, l'équipe Tecnavo",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se venite anche a casa di mia madre per il tablet lei è a Mestre",
            "Buongiorno, come detto al telefono: sì, ecco il link per prenotare. Cordiali saluti, il team Tecnavo",
        ),
        (
            "sì salve volevo chiedere se il tecnico può collegare anche la soundbar alla TV",
            "Salve, come detto al telefono: sì, è compreso nella visita TV. Il team Tecnavo",
        ),
    ],
    "pt": [
        (
            "olá bom dia queria saber se vão a casa da minha mãe configurar o telemóvel ela é de Gaia",
            "Bom dia, como falámos: sim, aqui fica o link para marcar. Cumprimentos, equipa Tecnavo",
        ),
        (
            "boa tarde queria saber se o técnico também passa as fotos do telemóvel antigo para o novo",
            "Boa tarde, como falámos: sim, está incluído na configuração. Cumprimentos, equipa Tecnavo",
        ),
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["Todo genial", "muy majo el técnico", "👍", "rápido y claro", "10/10"],
    "de": ["Alles super", "sehr freundlich", "👍", "schnell und unkompliziert", "gerne wieder"],
    "en": ["Great", "spot on", "👍"],
    "fr": ["Parfait", "top"],
    "it": ["Ottimo", "tutto perfetto"],
    "pt": ["Ótimo", "5 estrelas"],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "Las 2 de la mañana y yo viendo series en la tele nueva que me montó {brand}. Sin cables colgando. Esto es vida",
        "turno de noche en urgencias y aprovecho para reservar {brand} para el wifi de casa de mis padres. Qué fácil la app",
        "insomnio + portátil nuevo configurado por {brand} = estoy organizando 12 años de fotos a las 3am 😂",
    ],
    "de": [
        "Nachtschicht vorbei, und das Tablet meiner Mutter läuft dank {brand} immer noch perfekt. Sie hat mir um 2 ein Katzenvideo geschickt 😂",
        "Kann nicht schlafen, hab grad bei {brand} den Termin fürs Mesh-WLAN gebucht. Ging in 2 Minuten.",
        "3 Uhr nachts und das erste Mal seit Jahren WLAN im Keller-Büro. Danke {brand}",
    ],
    "en": ["3am and the wifi in the loft finally works thanks to {brand}. Night shift sorted"],
    "fr": ["2h du mat et je profite enfin du wifi dans la chambre grâce à {brand}"],
    "it": ["Le 2 di notte e il wifi in mansarda finalmente va, grazie {brand}"],
    "pt": ["2 da manhã e finalmente wifi no sótão, obrigado {brand}"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola a estas horas hay alguien? la sesión remota se puede hacer ahora?",
            "¡Hola! Sí, las remotas son 24 h. Te mando el enlace ahora mismo.",
        ),
        (
            "perdona la hora, para mañana a las 9 tengo que dejar el router encendido?",
            "¡Hola! Sí, déjalo encendido y con la contraseña a mano. ¡Buenas noches!",
        ),
    ],
    "de": [
        (
            "Hallo, ist nachts jemand da? Kann ich die Fernhilfe jetzt machen?",
            "Hallo! Ja, Fernhilfe geht rund um die Uhr, ich schicke Ihnen den Link.",
        ),
        (
            "sorry für die Uhrzeit, muss ich morgen früh was vorbereiten für den Termin?",
            "Hallo! Nur die WLAN-Zugangsdaten bereitlegen. Gute Nacht!",
        ),
    ],
    "en": [
        (
            "anyone about at this time? can I do the remote session now",
            "Hi! Yes, remote help is 24/7, sending you the link now.",
        )
    ],
    "fr": [
        (
            "il y a quelqu'un à cette heure ? je peux faire la session à distance ?",
            "Bonsoir ! Oui, l'assistance à distance est 24 h/24, voici le lien.",
        )
    ],
    "it": [
        (
            "c'è qualcuno a quest'ora? posso fare la sessione da remoto?",
            "Ciao! Sì, il remoto è attivo 24 ore, ti mando il link.",
        )
    ],
    "pt": [
        (
            "está alguém aí a esta hora? dá para fazer a sessão remota?",
            "Olá! Sim, o apoio remoto é 24 h, envio já o link.",
        )
    ],
}

# --- problems -------------------------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

#: The problem as the customer tells it: two variants in Spanish and German.
PROBLEM: dict[str, dict[str, list[str]]] = {
    "es": {
        "no_show": [
            "El técnico NO vino el {day}. Estuve toda la mañana en casa esperando y la app dice 'visita completada' y me habéis cobrado {amount}.",
            "Nadie ha venido a instalar {item}, pero en la app pone COMPLETADA y el cargo de {amount} ya está en la tarjeta.",
        ],
        "double_charge": [
            "Me habéis cobrado DOS veces la visita del {day}, {amount} y {amount}. Lo tengo en el extracto.",
            "Cargo duplicado: la visita para {item} aparece dos veces en la tarjeta, {amount} cada una.",
        ],
        "damage": [
            "El técnico que vino el {day} a montar la tele en la pared dejó la pantalla rajada en una esquina. Tengo fotos.",
            "Al configurar el portátil, el técnico lo tiró de la mesa y ahora la bisagra está partida.",
        ],
        "refund": [
            "Cancelé la visita hace TRES semanas y me dijeron que me devolvían {amount} en 5 días. Nada.",
            "Sigo esperando el reembolso de {amount} de una visita que anulasteis vosotros.",
        ],
        "wrong_price": [
            "Soy socia Plus y me habéis cobrado la tarifa normal, {amount}, sin el descuento.",
            "Pago Plus todos los meses y la visita del {day} se ha cobrado como si no lo fuera.",
        ],
        "cancel_fee": [
            "Cancelé con CUATRO días de antelación y me cobráis {amount} de 'cancelación tardía'.",
            "Me habéis cobrado {amount} por cancelar una cita que anulé el domingo para el jueves.",
        ],
    },
    "de": {
        "no_show": [
            "Der Techniker ist am {day} NICHT gekommen. Ich hab den ganzen Vormittag gewartet, in der App steht 'Besuch abgeschlossen' und {amount} wurden abgebucht.",
            "Keiner war da, um {item} einzurichten, aber die App sagt ERLEDIGT und die {amount} sind weg.",
        ],
        "double_charge": [
            "Sie haben den Termin vom {day} ZWEIMAL abgebucht, zweimal {amount}. Steht so auf dem Kontoauszug.",
            "Doppelte Abbuchung: der Termin für {item} ist zweimal auf der Kreditkarte, je {amount}.",
        ],
        "damage": [
            "Der Techniker hat am {day} beim Aufhängen des Fernsehers den Bildschirm in der Ecke beschädigt, da ist jetzt ein Riss. Fotos habe ich.",
            "Beim Einrichten ist dem Techniker der Laptop vom Tisch gefallen, das Scharnier ist gebrochen.",
        ],
        "refund": [
            "Ich habe den Termin vor DREI Wochen storniert, Erstattung von {amount} in 5 Tagen hieß es. Nichts.",
            "Ich warte immer noch auf {amount} für einen Termin, den SIE abgesagt haben.",
        ],
        "wrong_price": [
            "Ich bin Plus-Mitglied und mir wurde der normale Preis berechnet, {amount}, ohne Rabatt.",
            "Ich zahle jeden Monat Plus und der Termin am {day} wurde trotzdem voll berechnet.",
        ],
        "cancel_fee": [
            "Ich habe VIER Tage vorher storniert und soll {amount} 'Spätstornogebühr' zahlen?!",
            "{amount} Stornogebühr für einen Termin, den ich am Sonntag für Donnerstag abgesagt habe.",
        ],
    },
    "en": {
        "no_show": [
            "The engineer never showed up on {day}. I waited in all morning, the app says 'visit completed' and you've taken {amount}."
        ],
        "double_charge": ["You've charged me TWICE for the visit on {day}, {amount} and {amount}."],
        "damage": [
            "Your engineer cracked the corner of my TV screen putting it on the wall on {day}. I have photos."
        ],
        "refund": [
            "I cancelled THREE weeks ago and was told {amount} would be back in 5 days. Nothing."
        ],
        "wrong_price": ["I'm a Plus member and got charged the full price, {amount}, no discount."],
        "cancel_fee": [
            "I cancelled FOUR days ahead and you've charged me a {amount} late cancellation fee."
        ],
    },
    "fr": {
        "no_show": [
            "Le technicien n'est jamais venu {day}. J'ai attendu toute la matinée, l'app dit 'visite terminée' et vous avez prélevé {amount}."
        ],
        "double_charge": [
            "Vous m'avez prélevé DEUX fois la visite de {day}, {amount} et {amount}."
        ],
        "damage": [
            "Votre technicien a fêlé l'écran de ma télé en la fixant au mur {day}. J'ai des photos."
        ],
        "refund": ["J'ai annulé il y a TROIS semaines, on m'a promis {amount} sous 5 jours. Rien."],
        "wrong_price": ["Je suis abonnée Plus et on m'a facturé le plein tarif, {amount}."],
        "cancel_fee": [
            "J'ai annulé QUATRE jours avant et vous me facturez {amount} d'annulation tardive."
        ],
    },
    "it": {
        "no_show": [
            "Il tecnico non è mai venuto {day}. Ho aspettato tutta la mattina, l'app dice 'visita completata' e avete addebitato {amount}."
        ],
        "double_charge": ["Mi avete addebitato DUE volte la visita di {day}, {amount} e {amount}."],
        "damage": [
            "Il vostro tecnico ha crepato lo schermo della TV montandola al muro {day}. Ho le foto."
        ],
        "refund": [
            "Ho annullato TRE settimane fa, mi avevate promesso {amount} in 5 giorni. Niente."
        ],
        "wrong_price": ["Sono abbonata Plus e mi avete fatto pagare la tariffa piena, {amount}."],
        "cancel_fee": [
            "Ho disdetto QUATTRO giorni prima e mi addebitate {amount} di cancellazione tardiva."
        ],
    },
    "pt": {
        "no_show": [
            "O técnico nunca apareceu {day}. Fiquei a manhã toda à espera, a app diz 'visita concluída' e cobraram {amount}."
        ],
        "double_charge": ["Cobraram-me DUAS vezes a visita que tive {day}, {amount} e {amount}."],
        "damage": [
            "O vosso técnico rachou o ecrã da televisão ao montá-la na parede {day}. Tenho fotos."
        ],
        "refund": ["Cancelei há TRÊS semanas, prometeram devolver {amount} em 5 dias. Nada."],
        "wrong_price": ["Sou cliente Plus e cobraram-me o preço normal, {amount}."],
        "cancel_fee": [
            "Cancelei com QUATRO dias de antecedência e cobram-me {amount} de cancelamento tardio."
        ],
    },
}

COMPLAINT_TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "visita no realizada y cobrada",
        "double_charge": "cobro duplicado",
        "damage": "televisor dañado",
        "refund": "reembolso pendiente",
        "wrong_price": "tarifa Plus no aplicada",
        "cancel_fee": "cargo por cancelación",
    },
    "de": {
        "no_show": "Termin nicht stattgefunden, trotzdem abgebucht",
        "double_charge": "doppelte Abbuchung",
        "damage": "Gerät beschädigt",
        "refund": "Erstattung fehlt",
        "wrong_price": "Plus-Preis nicht berechnet",
        "cancel_fee": "Stornogebühr",
    },
    "en": {
        "no_show": "visit never happened, still charged",
        "double_charge": "charged twice",
        "damage": "damaged TV",
        "refund": "refund missing",
        "wrong_price": "Plus price not applied",
        "cancel_fee": "cancellation fee",
    },
    "fr": {
        "no_show": "visite non effectuée mais facturée",
        "double_charge": "double prélèvement",
        "damage": "télé endommagée",
        "refund": "remboursement",
        "wrong_price": "tarif Plus",
        "cancel_fee": "frais d'annulation",
    },
    "it": {
        "no_show": "visita mai fatta ma addebitata",
        "double_charge": "doppio addebito",
        "damage": "TV danneggiata",
        "refund": "rimborso",
        "wrong_price": "tariffa Plus",
        "cancel_fee": "penale di disdetta",
    },
    "pt": {
        "no_show": "visita não feita mas cobrada",
        "double_charge": "cobrança duplicada",
        "damage": "televisão danificada",
        "refund": "reembolso",
        "wrong_price": "preço Plus",
        "cancel_fee": "taxa de cancelamento",
    },
}

COMPLAINT_PREFIX: dict[str, str] = {
    "es": "Reclamación",
    "de": "Beschwerde",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
}
CASE_WORD: dict[str, str] = {
    "es": "RE: Incidencia",
    "de": "AW: Vorgang",
    "en": "Re: Your case",
    "fr": "RE : Dossier",
    "it": "R: Segnalazione",
    "pt": "RE: Processo",
}

#: Short e-mail frames around the problem.
SHORT_MAIL: dict[str, list[str]] = {
    "es": [
        "Hola.\n\n{desc} Quiero que me lo solucionéis YA, no es de recibo.\n{name}",
        "Buenas tardes:\n\n{desc} Espero respuesta hoy mismo.\nSaludos, {name}",
        "{desc} Es la primera vez que tengo un problema con vosotros pero vaya. {name}",
    ],
    "de": [
        "Guten Tag,\n\n{desc} Ich erwarte eine Lösung, und zwar zeitnah.\n{name}",
        "Hallo,\n{desc} So geht das nicht.\nGruß {name}",
        "{desc} Bitte um umgehende Klärung. MfG {name}",
    ],
    "en": ["Hi,\n\n{desc} I want this sorted today.\n{name}"],
    "fr": ["Bonjour,\n\n{desc} J'attends une solution rapidement.\n{name}"],
    "it": ["Buongiorno,\n\n{desc} Voglio una soluzione subito.\n{name}"],
    "pt": ["Boa tarde,\n\n{desc} Quero isto resolvido hoje.\n{name}"],
}

CHAT_FRAME: dict[str, list[str]] = {
    "es": ["hola!! {desc} qué hago??", "{desc} alguien me puede ayudar", "Hola. {desc}"],
    "de": ["Hallo! {desc} Was jetzt?", "{desc} kann mir jemand helfen?", "Hallo. {desc}"],
    "en": ["hi. {desc} what now?"],
    "fr": ["bonjour. {desc} je fais quoi ?"],
    "it": ["ciao. {desc} e adesso?"],
    "pt": ["olá. {desc} e agora?"],
}

SOCIAL_FRAME: dict[str, list[str]] = {
    "es": [
        "Vergüenza {brand}. {desc} 😡",
        "{desc} Gracias por nada, {brand}",
        "Ojo con {brand}: {desc}",
    ],
    "de": [
        "Danke für nichts, {brand}. {desc} 😡",
        "{desc} Echt jetzt, {brand}?",
        "Vorsicht bei {brand}: {desc}",
    ],
    "en": ["Cheers for nothing {brand}. {desc} 😡"],
    "fr": ["Merci pour rien {brand}. {desc} 😡"],
    "it": ["Grazie di niente {brand}. {desc} 😡"],
    "pt": ["Obrigadinho {brand}. {desc} 😡"],
}

FORM_FRAME: dict[str, list[str]] = {
    "es": ["{desc} Pido que se revise y se me devuelva lo cobrado.", "Motivo: {desc}"],
    "de": ["{desc} Ich bitte um Prüfung und Rückerstattung.", "Anliegen: {desc}"],
    "en": ["{desc} Please look into it and refund me."],
    "fr": ["{desc} Merci de vérifier et de me rembourser."],
    "it": ["{desc} Chiedo verifica e rimborso."],
    "pt": ["{desc} Peço que verifiquem e devolvam o valor."],
}

CALL_OPEN: dict[str, list[str]] = {
    "es": ["hola mire le llamo porque", "sí buenas eh a ver", "hola buenas tardes mire"],
    "de": ["ja hallo ich ruf an weil", "guten Tag also", "hallo ja hören Sie"],
    "en": ["hiya yeah I'm ringing because"],
    "fr": ["oui bonjour je vous appelle parce que"],
    "it": ["sì buongiorno la chiamo perché"],
    "pt": ["olá boa tarde ligo porque"],
}

CALL_CLOSE: dict[str, list[str]] = {
    "es": ["quiero que me lo arreglen ya", "no puede ser así eh"],
    "de": ["das muss jetzt geklärt werden", "so geht das nicht"],
    "en": ["I want it sorted"],
    "fr": ["je veux que ce soit réglé"],
    "it": ["voglio che si risolva"],
    "pt": ["quero isto resolvido"],
}

#: Long e-mails: the complaint inside a letter ({desc} in the middle).
LONG_MAIL: dict[str, list[str]] = {
    "es": [
        "Buenas noches:\n\nLes escribo desde el hospital, donde estoy acompañando a mi padre, que se recupera de una operación de cadera. Precisamente por eso contraté su servicio: quería que cuando vuelva a casa tenga la tablet preparada para hacer videollamadas con los nietos, porque va a estar semanas sin poder salir.\n\nLes cuento lo que ha pasado. {desc} Entiendo que puede haber errores, pero me he pasado la semana entre la habitación 412 y el trabajo y lo último que necesito es pelearme con esto.\n\nLes pido que lo revisen y me contesten por escrito. Hasta ahora siempre les he recomendado en el grupo de la comunidad de vecinos.\n\nUn saludo,\n{name}",
        "Hola, buenos días.\n\nPerdonad el rollo. Os escribo mientras espero a que mi hijo salga de la clase de natación, que es el único rato tranquilo que tengo esta semana. Estamos con la mudanza al piso nuevo y os llamé justamente para no tener que ocuparme yo de la parte del internet, la tele y la impresora de la oficina de casa.\n\nEl caso es este: {desc}\n\nNo me parece normal y quiero que me digáis cómo lo vais a arreglar. Me gustaba mucho vuestro servicio, de verdad, pero así no.\n\nGracias,\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, unser Hund hat sich die Pfote verletzt, also bitte entschuldigen Sie, wenn das etwas durcheinander ist. Ich habe Ihren Dienst gebucht, weil meine Mutter nach dem Tod meines Vaters allein lebt und ich wollte, dass sie wenigstens zuverlässig telefonieren und Fotos von den Enkeln bekommen kann.\n\nZur Sache: {desc} Ich arbeite in Vollzeit und pendle jeden Tag eine Stunde, ich habe für sowas eigentlich keine Zeit.\n\nIch erwarte eine schriftliche Antwort und eine Lösung. Bisher habe ich Sie im Bekanntenkreis empfohlen.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo zusammen,\n\nes ist spät, die Kinder schlafen endlich, und ich sitze seit einer Stunde an diesem Schreiben. Wir renovieren gerade das Haus meiner Schwiegereltern, die zu uns ziehen, und ich habe Tecnavo gebucht, damit wenigstens die Technik ohne mich klappt.\n\nLeider: {desc}\n\nDas ärgert mich wirklich, weil alles andere bisher gut lief. Bitte melden Sie sich, wie Sie das in Ordnung bringen.\n\nViele Grüße\n{name}",
        "Sehr geehrtes Tecnavo-Team,\n\nich hätte nicht gedacht, dass ich Ihnen einmal so einen Brief schreiben muss. Ich nutze Sie seit zwei Jahren, erst für den Drucker, dann für das WLAN, und war immer zufrieden. Ich schreibe das gerade in der Mittagspause im Auto vor der Schule, an der ich unterrichte.\n\nFolgendes: {desc}\n\nIch bitte um Klärung bis Ende der Woche.\n\nMit freundlichen Grüßen\n{name}",
    ],
}

# --- agents -------------------------------------------------------------------------

AGENT_CASE: dict[str, tuple[str, str]] = {
    "es": (
        "{case} {ref}",
        "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {ref} y la revisamos hoy. Te escribimos en cuanto sepamos algo. Un saludo, {agent}, equipo Tecnavo",
    ),
    "de": (
        "{case} {ref}",
        "Hallo {name}, das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und prüfen ihn heute. Wir melden uns, sobald wir mehr wissen. Viele Grüße, {agent}, Ihr Tecnavo-Team",
    ),
    "en": (
        "{case} {ref}",
        "Hi {name}, really sorry about this. We've opened case {ref} and are looking at it today. We'll be in touch as soon as we know more. Best, {agent}, the Tecnavo team",
    ),
    "fr": (
        "{case} {ref}",
        "Bonjour {name}, nous sommes désolés. Nous avons ouvert le dossier {ref} et l'examinons aujourd'hui. Cordialement, {agent}, l'équipe Tecnavo",
    ),
    "it": (
        "{case} {ref}",
        "Ciao {name}, ci dispiace molto. Abbiamo aperto la segnalazione {ref} e la verifichiamo oggi. Un saluto, {agent}, il team Tecnavo",
    ),
    "pt": (
        "{case} {ref}",
        "Olá {name}, lamentamos muito. Abrimos o processo {ref} e estamos a analisá-lo hoje. Cumprimentos, {agent}, equipa Tecnavo",
    ),
}

AGENT_CHAT_CASE: dict[str, str] = {
    "es": "Lo siento mucho, {name}. Te he abierto la incidencia {ref} y la pasamos a revisión ahora mismo.",
    "de": "Das tut mir leid, {name}. Ich habe den Vorgang {ref} angelegt und gebe ihn sofort zur Prüfung weiter.",
    "en": "So sorry, {name}. I've opened case {ref} and passed it on for review right now.",
    "fr": "Désolé, {name}. J'ai ouvert le dossier {ref}, il part en vérification tout de suite.",
    "it": "Mi dispiace, {name}. Ho aperto la segnalazione {ref} e la passo subito in verifica.",
    "pt": "Lamento, {name}. Abri o processo {ref} e passei-o já para análise.",
}

AGENT_GOOD_NEWS: dict[str, tuple[str, str]] = {
    "es": (
        "{case} {ref}: buenas noticias",
        "Hola {name}, buenas noticias sobre la incidencia {ref}: lo hemos corregido y el importe ya está en camino a tu tarjeta. ¿Nos confirmas que lo ves bien? Un saludo, {agent}",
    ),
    "de": (
        "{case} {ref}: gute Nachrichten",
        "Hallo {name}, gute Nachrichten zu Vorgang {ref}: Wir haben es korrigiert, der Betrag ist unterwegs zu Ihnen. Können Sie uns kurz bestätigen, dass alles passt? Viele Grüße, {agent}",
    ),
    "en": (
        "{case} {ref}: good news",
        "Hi {name}, good news on case {ref}: it's been put right and the money is on its way back. Could you confirm it all looks fine? Best, {agent}",
    ),
    "fr": (
        "{case} {ref} : bonne nouvelle",
        "Bonjour {name}, bonne nouvelle pour le dossier {ref} : c'est corrigé et le montant est en route. Pouvez-vous nous confirmer que tout est bon ? {agent}",
    ),
    "it": (
        "{case} {ref}: buone notizie",
        "Ciao {name}, buone notizie sulla segnalazione {ref}: abbiamo corretto e l'importo è in arrivo. Ci confermi che è tutto a posto? {agent}",
    ),
    "pt": (
        "{case} {ref}: boas notícias",
        "Olá {name}, boas notícias sobre o processo {ref}: já corrigimos e o valor está a caminho. Pode confirmar que está tudo bem? {agent}",
    ),
}

AGENT_QUALITY: dict[str, tuple[str, str]] = {
    "es": (
        "{case} {ref}",
        "Hola {name}, hemos pasado tu incidencia {ref} a nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Disculpa las molestias. {agent}",
    ),
    "de": (
        "{case} {ref}",
        "Hallo {name}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Entschuldigen Sie bitte die Umstände. {agent}",
    ),
    "en": (
        "{case} {ref}",
        "Hi {name}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime. Sorry for the trouble. {agent}",
    ),
    "fr": (
        "{case} {ref}",
        "Bonjour {name}, votre dossier {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    ),
    "it": (
        "{case} {ref}",
        "Ciao {name}, la tua segnalazione {ref} è passata alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. {agent}",
    ),
    "pt": (
        "{case} {ref}",
        "Olá {name}, o seu processo {ref} está com a nossa responsável de qualidade, que lhe liga até sexta ao almoço. {agent}",
    ),
}

AGENT_URGENT: dict[str, str] = {
    "es": "Lo he añadido a tu incidencia {ref} y la he marcado como urgente, {name}.",
    "de": "Ich habe es zu Ihrem Vorgang {ref} hinzugefügt und als dringend markiert, {name}.",
    "en": "I've added this to your case {ref} and marked it urgent, {name}.",
    "fr": "Je l'ai ajouté à votre dossier {ref}, marqué urgent, {name}.",
    "it": "L'ho aggiunto alla tua segnalazione {ref} e segnata come urgente, {name}.",
    "pt": "Acrescentei ao seu processo {ref} e marquei como urgente, {name}.",
}

AGENT_SORRY: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Baja",
        "Hola {name}, sentimos que te vayas. Puedes darte de baja de Plus y cerrar la cuenta tú misma en la app o en la web, en Perfil > Cuenta. Gracias por estos años. {agent}",
    ),
    "de": (
        "AW: Kündigung",
        "Hallo {name}, schade, dass Sie gehen. Sie können Plus und Ihr Konto selbst in der App oder auf der Website unter Profil > Konto kündigen. Danke für Ihr Vertrauen. {agent}",
    ),
    "en": (
        "Re: Cancelling",
        "Hi {name}, sorry to see you go. You can cancel Plus and close your account yourself in the app or on the website under Profile > Account. Thanks for being with us. {agent}",
    ),
    "fr": (
        "RE : Résiliation",
        "Bonjour {name}, désolés de vous voir partir. Vous pouvez résilier Plus et fermer le compte dans l'app ou sur le site, Profil > Compte. {agent}",
    ),
    "it": (
        "R: Disdetta",
        "Ciao {name}, ci dispiace vederti andare. Puoi disdire Plus e chiudere l'account da app o sito, Profilo > Account. {agent}",
    ),
    "pt": (
        "RE: Cancelamento",
        "Olá {name}, lamentamos vê-lo partir. Pode cancelar o Plus e fechar a conta na app ou no site, Perfil > Conta. {agent}",
    ),
}

AGENT_CLOSE: dict[str, str] = {
    "es": "¡Gracias a ti! Cerramos la incidencia {ref}.",
    "de": "Danke Ihnen! Wir schließen den Vorgang {ref}.",
    "en": "Thanks, closing case {ref} now.",
    "fr": "Merci à vous, nous clôturons le dossier {ref}.",
    "it": "Grazie a te, chiudiamo la segnalazione {ref}.",
    "pt": "Obrigado, fechamos o processo {ref}.",
}

AGENTS: dict[str, list[str]] = {
    "es": ["Irene", "Marcos", "Lidia"],
    "de": ["Anke", "Benedikt", "Selin"],
    "en": ["Holly", "Tom"],
    "fr": ["Camille", "Hugo"],
    "it": ["Elisa", "Marco"],
    "pt": ["Marta", "João"],
}

APOLOGY: dict[str, list[str]] = {
    "es": [
        "Oye, perdonad el tono de ayer, estaba muy quemada. Gracias por arreglarlo tan rápido.",
        "Siento haberme puesto así ayer. Ya está todo bien, gracias.",
    ],
    "de": [
        "Entschuldigung für den Ton gestern, ich war echt geladen. Danke, dass es so schnell geklärt wurde.",
        "Sorry für gestern, war nicht gegen Sie persönlich. Alles gut jetzt.",
    ],
    "en": ["Sorry about yesterday's message, I was fuming. Thanks for sorting it so fast."],
    "fr": ["Désolée pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça."],
    "it": ["Scusate il tono di ieri, ero furiosa. Grazie per aver risolto."],
    "pt": ["Desculpem o tom de ontem, estava mesmo irritada. Obrigada por resolverem."],
}

CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, ya me ha llegado. Gracias por resolver la incidencia {ref}.",
        "Sí, todo correcto con la {ref}. Gracias!",
    ],
    "de": [
        "Bestätigt, ist angekommen. Danke für die Klärung von Vorgang {ref}.",
        "Ja, passt alles bei {ref}. Danke!",
    ],
    "en": ["Confirmed, it's come through. Thanks for sorting case {ref}."],
    "fr": ["Confirmé, c'est bien arrivé. Merci pour le dossier {ref}."],
    "it": ["Confermo, è arrivato. Grazie per la segnalazione {ref}."],
    "pt": ["Confirmo, já chegou. Obrigada pelo processo {ref}."],
}

CSAT_LOW: dict[str, list[str]] = {
    "es": ["fatal", "", "no me han solucionado nada"],
    "de": ["schlecht", "", "nichts gelöst"],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
}

NPS_LOW: dict[str, list[str]] = {
    "es": ["Hasta que no me devuelvan lo mío, esto es lo que hay", "", "muy decepcionada"],
    "de": ["Erst wenn das geklärt ist, gibts mehr", "", "enttäuscht"],
    "en": ["not until this is fixed", ""],
    "fr": ["déçue", ""],
    "it": ["delusa", ""],
    "pt": ["desiludida", ""],
}

# --- repeat contacts ----------------------------------------------------------------

REPEAT_2: dict[str, list[str]] = {
    "es": [
        "Sigo igual con la incidencia {ref}. {desc} Nadie me ha dicho nada.",
        "Vuelvo a escribir por la {ref}: sigue sin resolverse. {desc}",
    ],
    "de": [
        "Immer noch nichts bei Vorgang {ref}. {desc} Keiner hat sich gemeldet.",
        "Ich schreibe nochmal wegen {ref}: weiterhin ungelöst. {desc}",
    ],
    "en": ["Still nothing on case {ref}. {desc} Nobody has got back to me."],
    "fr": ["Toujours rien pour le dossier {ref}. {desc}"],
    "it": ["Ancora niente sulla segnalazione {ref}. {desc}"],
    "pt": ["Continua tudo igual no processo {ref}. {desc}"],
}

REPEAT_3: dict[str, list[str]] = {
    "es": [
        "Tercera vez que escribo por la {ref}. Sigue abierta. Una compañera usa {comp} y a ella se lo solucionan en el día.",
        "Es la tercera vez con la {ref} y sigue igual. Ya he mirado lo que cobra {comp}.",
    ],
    "de": [
        "Dritte Nachricht zu {ref}, immer noch offen. Eine Kollegin nutzt {comp}, da wird sowas am selben Tag erledigt.",
        "Zum dritten Mal wegen {ref}. Nichts passiert. Ich hab mir schon angeschaut, was {comp} kostet.",
    ],
    "en": [
        "Third time about case {ref}, still open. A colleague uses {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième fois pour le dossier {ref}, toujours ouvert. Une collègue est chez {comp}, chez eux c'est réglé dans la journée."
    ],
    "it": [
        "Terza volta per la segnalazione {ref}, ancora aperta. Una collega usa {comp} e risolvono in giornata."
    ],
    "pt": [
        "Terceira vez sobre o processo {ref}, continua aberto. Uma colega usa a {comp} e resolvem no próprio dia."
    ],
}

REPEAT_4: dict[str, list[str]] = {
    "es": ["CUARTA vez. Incidencia {ref}. YA ESTÁ BIEN. {desc}"],
    "de": ["Zum VIERTEN Mal. Vorgang {ref}. JETZT REICHTS. {desc}"],
    "en": ["FOURTH time. Case {ref}. Enough. {desc}"],
    "fr": ["QUATRIÈME fois. Dossier {ref}. Ça suffit. {desc}"],
    "it": ["QUARTA volta. Segnalazione {ref}. Basta. {desc}"],
    "pt": ["QUARTA vez. Processo {ref}. Chega. {desc}"],
}

# --- slow churners ------------------------------------------------------------------

#: Six steps down, the last naming a competitor ({comp}).
SLIDE: dict[str, list[str]] = {
    "es": [
        "El técnico llegó con dos horas de retraso y sin avisar. Bueno, lo dejó bien, pero me tocó pedir la mañana libre entera.",
        "Segunda visita y vienen sin el cable que pedí. Hay que volver otro día. Empiezo a notar que ya no es lo que era.",
        "Ahora la sesión remota me la cortan a los 20 minutos 'por política'. Antes eran ilimitadas con Plus.",
        "Han subido Plus de 12 a 15 € sin avisar y encima el descuento en visitas ahora es del 10 %.",
        "Me cobran 35 € de 'desplazamiento' por una visita que hicieron en mi misma calle. Llamo y me cuelgan. Increíble.",
        "Mi cuñado usa {comp} desde hace un año. Les he llamado y el sábado vienen a ponerme la impresora. Ya veremos.",
    ],
    "de": [
        "Techniker kam zwei Stunden zu spät, ohne Anruf. Hat dann alles ordentlich gemacht, aber ich musste mir extra frei nehmen.",
        "Zweiter Termin und das bestellte Kabel fehlt. Noch ein Termin nötig. Irgendwie ist es nicht mehr wie früher.",
        "Die Fernhilfe wird jetzt nach 20 Minuten abgebrochen, 'Richtlinie'. Mit Plus war das mal unbegrenzt.",
        "Plus kostet plötzlich 15 statt 12 € und der Rabatt ist nur noch 10 %. Ohne Ankündigung.",
        "35 € 'Anfahrtspauschale' für einen Termin in meiner eigenen Straße. Hotline legt einfach auf. Unglaublich.",
        "Mein Schwager ist seit einem Jahr bei {comp}. Hab da angerufen, die kommen am Samstag für den Drucker. Mal sehen.",
    ],
    "en": [
        "Engineer turned up two hours late, no call. Did a decent job but I'd taken the whole morning off.",
        "Second visit and no cable I'd ordered. Another appointment needed. Not what it used to be.",
        "Remote sessions now cut off after 20 minutes 'by policy'. Used to be unlimited with Plus.",
        "Plus went up from £10 to £13 with no warning and the visit discount is down to 10%.",
        "£30 'call-out' for a visit on my own street. Helpline hung up on me. Unreal.",
        "My brother-in-law's been with {comp} a year. Rang them, they're doing the printer on Saturday. We'll see.",
    ],
    "fr": [
        "Technicien arrivé avec deux heures de retard sans prévenir. Travail correct, mais j'avais posé ma matinée.",
        "Deuxième visite et le câble commandé n'est pas là. Il faut revenir. Ce n'est plus comme avant.",
        "Les sessions à distance coupées au bout de 20 minutes 'par politique'. Avant c'était illimité avec Plus.",
        "Plus passe de 12 à 15 € sans prévenir et la remise sur les visites tombe à 10 %.",
        "35 € de 'déplacement' pour une visite dans ma propre rue. La hotline raccroche. Incroyable.",
        "Mon beau-frère est chez {comp} depuis un an. Je les ai appelés, ils viennent samedi pour l'imprimante.",
    ],
    "it": [
        "Il tecnico è arrivato con due ore di ritardo senza avvisare. Lavoro fatto bene, ma avevo preso la mattina libera.",
        "Seconda visita e manca il cavo ordinato. Bisogna tornare. Non è più come prima.",
        "Le sessioni da remoto ora si chiudono dopo 20 minuti 'per policy'. Con Plus erano illimitate.",
        "Plus passa da 12 a 15 € senza avviso e lo sconto sulle visite scende al 10%.",
        "35 € di 'uscita' per una visita nella mia stessa via. Il call center riattacca. Incredibile.",
        "Mio cognato usa {comp} da un anno. Li ho chiamati, sabato vengono per la stampante.",
    ],
    "pt": [
        "O técnico chegou com duas horas de atraso sem avisar. Fez bem o trabalho, mas tirei a manhã inteira.",
        "Segunda visita e falta o cabo que pedi. Tem de voltar. Já não é o que era.",
        "As sessões remotas agora acabam aos 20 minutos 'por política'. Com o Plus eram ilimitadas.",
        "O Plus passou de 12 para 15 € sem aviso e o desconto nas visitas agora é de 10%.",
        "35 € de 'deslocação' por uma visita na minha própria rua. A linha de apoio desliga. Inacreditável.",
        "O meu cunhado está com a {comp} há um ano. Liguei-lhes, vêm sábado tratar da impressora.",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja Plus y cierre de cuenta",
            "Hola. Mi hijo ha empezado a estudiar informática y ahora se encarga él de todo lo de casa, así que ya no necesito Plus. Quiero darme de baja y cerrar la cuenta, por favor. Gracias por todo. {name}",
        ),
        (
            "Darme de baja",
            "Buenas, nos mudamos a una residencia con mi madre y allí ya tienen su propio servicio técnico. Quiero cancelar Tecnavo Plus y cerrar la cuenta. Un saludo, {name}",
        ),
    ],
    "de": [
        (
            "Kündigung Plus und Konto",
            "Hallo, mein Neffe macht jetzt eine Ausbildung als Fachinformatiker und kümmert sich um unsere Technik. Ich möchte Plus kündigen und mein Konto schließen. Danke für alles. {name}",
        ),
        (
            "Kündigung",
            "Guten Tag, wir ziehen ins betreute Wohnen, dort gibt es einen eigenen Technikdienst. Bitte Tecnavo Plus kündigen und Konto schließen. Gruß {name}",
        ),
    ],
    "en": [
        (
            "Cancel Plus and close account",
            "Hi, my son's finished his IT course and is doing all our tech now, so I'd like to cancel Plus and close my account please. Thanks for everything. {name}",
        )
    ],
    "fr": [
        (
            "Résiliation",
            "Bonjour, mon fils fait maintenant tout ce qui est informatique à la maison. Je souhaite résilier Plus et fermer mon compte. Merci. {name}",
        )
    ],
    "it": [
        (
            "Disdetta Plus",
            "Buongiorno, mio figlio ora si occupa lui della tecnologia di casa. Vorrei disdire Plus e chiudere l'account. Grazie. {name}",
        )
    ],
    "pt": [
        (
            "Cancelar Plus",
            "Olá, o meu filho agora trata de toda a tecnologia cá de casa. Quero cancelar o Plus e fechar a conta. Obrigado. {name}",
        )
    ],
}

GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app me cierra la sesión cada vez que la abro. Cada. Vez.",
        "El SMS de 'su técnico llega en 10 min' a las 7 de la mañana de un sábado… no gracias",
        "La espera al teléfono de 25 minutos otra vez.",
        "El técnico deja las cajas vacías en el salón, ¿no se las pueden llevar?",
        "El chat tarda siglos en cargar.",
        "Cambian la franja horaria sin avisar, me entero por la app.",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus. Jedes. Mal.",
        "SMS 'Ihr Techniker kommt in 10 Min' um 7 Uhr am Samstag… nein danke",
        "Wieder 25 Minuten Warteschleife.",
        "Die leeren Kartons bleiben immer im Wohnzimmer stehen, kann man die nicht mitnehmen?",
        "Der Chat lädt ewig.",
        "Zeitfenster wird einfach geändert, ohne Info.",
    ],
    "en": [
        "The app logs me out every single time.",
        "25 minutes on hold again.",
        "Empty boxes always left in the lounge.",
        "Why does the 'engineer is 10 min away' text come at 7am on a Saturday",
        "Slot changed again without telling me, found out in the app.",
    ],
    "fr": [
        "L'app me déconnecte à chaque fois.",
        "Encore 25 minutes d'attente au téléphone.",
        "Les cartons vides restent toujours dans le salon.",
        "Le SMS 'votre technicien arrive dans 10 min' à 7h un samedi… non merci",
        "Encore un créneau changé sans prévenir.",
    ],
    "it": [
        "L'app mi fa uscire ogni volta.",
        "Di nuovo 25 minuti di attesa al telefono.",
        "Le scatole vuote restano sempre in salotto.",
        "L'SMS 'il tecnico arriva tra 10 minuti' alle 7 di sabato… anche no",
        "Fascia oraria cambiata di nuovo senza avvisare.",
    ],
    "pt": [
        "A app termina a sessão sempre.",
        "Outra vez 25 minutos em espera.",
        "As caixas vazias ficam sempre na sala.",
        "SMS 'o técnico chega em 10 min' às 7 da manhã de um sábado… não obrigado",
        "Mudaram outra vez a janela horária sem avisar.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Genial {brand}, la visita 'de mañana' a las 13:55. Justo a tiempo para comer 👏",
        "Me encanta que el técnico de {brand} me explique cómo se enciende el router que llevo 10 años usando 🙃",
    ],
    "de": [
        "Danke {brand}, der 'Vormittagstermin' um 13:55. Pünktlich zum Mittagessen 👏",
        "Toll, dass mir {brand} erklärt, wie man einen Router einschaltet, den ich seit 10 Jahren habe 🙃",
    ],
    "en": ["Love that {brand}'s 'morning slot' was 13:55. Just in time for lunch 👏"],
    "fr": ["Génial {brand}, le créneau 'du matin' à 13h55. Pile pour le déjeuner 👏"],
    "it": ["Fantastico {brand}, la fascia 'mattina' alle 13:55. Giusto per pranzo 👏"],
    "pt": ["Brilhante {brand}, a visita 'da manhã' às 13:55. Mesmo a tempo do almoço 👏"],
}

#: Mild, once, in chat or a form: (text, agent answer).
QH_GRUMBLE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "el buscador de citas me enseña huecos en Zaragoza y vivo en Valencia, raro",
            "¡Hola! Gracias por avisar, revisa que el código postal del perfil sea el de Valencia; ya lo hemos pasado al equipo.",
        ),
        (
            "los correos me llegan en inglés aunque tengo la app en español",
            "Gracias por avisar, lo hemos corregido en tu perfil.",
        ),
    ],
    "de": [
        (
            "die Terminsuche zeigt mir Freiburg statt Köln, komisch",
            "Hallo! Danke für den Hinweis, bitte prüfen Sie die PLZ im Profil; wir haben es weitergegeben.",
        ),
        (
            "die Mails kommen auf Englisch obwohl die App auf Deutsch steht",
            "Danke für den Hinweis, wir haben es im Profil korrigiert.",
        ),
    ],
    "en": [
        (
            "appointment search keeps showing Bristol slots, I'm in Leeds",
            "Thanks for flagging, please check the postcode in your profile; passed to the team.",
        )
    ],
    "fr": [
        (
            "les mails arrivent en anglais alors que l'app est en français",
            "Merci, c'est corrigé dans votre profil.",
        )
    ],
    "it": [
        (
            "le mail arrivano in inglese anche se l'app è in italiano",
            "Grazie, abbiamo corretto nel profilo.",
        )
    ],
    "pt": [
        (
            "os emails chegam em inglês mas a app está em português",
            "Obrigado, corrigimos no seu perfil.",
        )
    ],
}

# --- the Saturday incident -----------------------------------------------------------

#: Far-away towns the app routes a Saturday visit from, per market.
FAR: dict[str, list[str]] = {
    "ES": ["Cádiz", "A Coruña", "Almería", "Girona"],
    "DE": ["Rostock", "Passau", "Flensburg", "Görlitz"],
    "AT": ["Bregenz", "Rostock"],
    "CH": ["Chur", "Hamburg"],
    "UK": ["Inverness", "Penzance"],
    "IE": ["Letterkenny", "Belfast"],
    "FR": ["Perpignan", "Brest"],
    "BE": ["Marseille"],
    "LU": ["Bordeaux"],
    "IT": ["Palermo", "Trieste"],
    "PT": ["Faro", "Bragança"],
}

SPIKE: dict[str, list[str]] = {
    "es": [
        "La app dice que mi técnico de las 9 viene desde {far} y llega a las {time}. Vivo en {town}. Intento cambiar la cita y sale error {code}. Qué está pasando??",
        "@{brand} mi visita de hoy la ha asignado a un técnico de {far}!! llegada estimada {time}. y si quiero cambiarla: error {code}",
        "Hola, tengo cita a las 10 y el seguimiento pone 'en camino desde {far}', llegada {time}. Error {code} al reprogramar. Ayuda",
        "Pues nada, sábado perdido. {brand} me manda un técnico desde {far} a {town}, llega a las {time}. Y la app: {code}.",
    ],
    "de": [
        "Die App sagt, mein Techniker für 9 Uhr kommt aus {far}, Ankunft {time}. Ich wohne in {town}! Umbuchen geht nicht, Fehler {code}.",
        "@{brand} mein Termin heute wurde einem Techniker in {far} zugeteilt?? Ankunft {time}. Beim Umbuchen: Fehler {code}",
        "Hallo, Termin um 10, Tracking zeigt 'unterwegs aus {far}', Ankunft {time}. Fehler {code} beim Verschieben. Hilfe",
        "Samstag im Eimer. {brand} schickt mir jemanden aus {far} nach {town}, Ankunft {time}. Und die App: {code}.",
    ],
    "en": [
        "App says my 9am engineer is coming from {far}, arriving {time}. I live in {town}! Can't rebook, error {code}.",
        "@{brand} my visit today's been given to an engineer in {far}?? ETA {time}. Rebooking just says {code}",
    ],
    "fr": [
        "L'app dit que mon technicien de 9h part de {far}, arrivée {time}. J'habite à {town} ! Impossible de changer, erreur {code}.",
        "@{brand} ma visite d'aujourd'hui attribuée à un technicien de {far} ?? arrivée {time}, erreur {code}",
    ],
    "it": [
        "L'app dice che il tecnico delle 9 parte da {far}, arrivo alle {time}. Abito a {town}! Non posso spostare, errore {code}.",
        "@{brand} la visita di oggi assegnata a un tecnico di {far}?? arrivo {time}, errore {code}",
    ],
    "pt": [
        "A app diz que o técnico das 9h vem de {far}, chegada às {time}. Moro em {town}! Não consigo remarcar, erro {code}.",
        "@{brand} a visita de hoje foi dada a um técnico de {far}?? chegada {time}, erro {code}",
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "es": "Técnico asignado desde {far}, error {code}",
    "de": "Techniker aus {far}, Fehler {code}",
    "en": "Engineer sent from {far}, error {code}",
    "fr": "Technicien envoyé de {far}, erreur {code}",
    "it": "Tecnico da {far}, errore {code}",
    "pt": "Técnico de {far}, erro {code}",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigo igual, {code} otra vez y el técnico sigue saliendo desde {far}. Nadie contesta",
        "Lo he probado desde el móvil de mi marido y lo mismo: {code}. Sigue viniendo desde {far}.",
    ],
    "de": [
        "Immer noch {code}, Techniker weiterhin aus {far}. Keiner meldet sich.",
        "Auch mit dem Handy meiner Frau: {code}. Kommt weiterhin aus {far}.",
    ],
    "en": ["Still {code}, still coming from {far}. Nobody's answering."],
    "fr": ["Toujours {code}, toujours depuis {far}. Personne ne répond."],
    "it": ["Ancora {code}, sempre da {far}. Nessuno risponde."],
    "pt": ["Continua {code}, continua a vir de {far}. Ninguém responde."],
}

SPIKE_AGENT_CHAT: dict[str, str] = {
    "es": "Sí, ahora mismo las visitas de hoy se están asignando a técnicos de otras ciudades y al reprogramar sale {code}. Nuestro equipo ya está en ello.",
    "de": "Ja, gerade werden die heutigen Termine Technikern in anderen Städten zugeteilt und beim Umbuchen kommt {code}. Unser Team ist dran.",
    "en": "Yes, today's visits are being assigned to engineers in other cities right now and rebooking gives {code}. Our team is on it.",
    "fr": "Oui, les visites du jour sont attribuées à des techniciens d'autres villes et la reprogrammation donne {code}. L'équipe est dessus.",
    "it": "Sì, in questo momento le visite di oggi vengono assegnate a tecnici di altre città e lo spostamento dà {code}. Il team ci sta lavorando.",
    "pt": "Sim, neste momento as visitas de hoje estão a ser atribuídas a técnicos de outras cidades e a remarcação dá {code}. A equipa já está a tratar.",
}

SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu visita de hoy",
        "Hola {name}, desde las {local} las visitas vuelven a asignarse a técnicos de tu zona y ya puedes reprogramar. La visita de hoy corre de nuestra cuenta y te hemos abonado {credit}. Disculpa. {agent}",
    ),
    "de": (
        "Ihr heutiger Termin",
        "Hallo {name}, seit {local} Uhr werden Termine wieder Technikern aus Ihrer Nähe zugeteilt, Umbuchen geht wieder. Der heutige Termin geht auf uns, {credit} Guthaben sind gebucht. Entschuldigung. {agent}",
    ),
    "en": (
        "Your visit today",
        "Hi {name}, since {local} visits are going to local engineers again and rebooking works. Today's visit is on us and we've added {credit} credit. Sorry. {agent}",
    ),
    "fr": (
        "Votre visite d'aujourd'hui",
        "Bonjour {name}, depuis {local} les visites sont de nouveau attribuées à des techniciens proches. La visite du jour est offerte, {credit} crédités. {agent}",
    ),
    "it": (
        "La visita di oggi",
        "Ciao {name}, dalle {local} le visite tornano ai tecnici della tua zona. La visita di oggi la offriamo noi, {credit} di credito. {agent}",
    ),
    "pt": (
        "A sua visita de hoje",
        "Olá {name}, desde as {local} as visitas voltaram a ser dadas a técnicos da sua zona. A visita de hoje é por nossa conta, {credit} de crédito. {agent}",
    ),
}

LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "hola, ayer por la noche la app puso 'calculando ruta' un minuto en mi cita del sábado y luego ya salía normal. Mañana vendrá bien el técnico?",
        "¡Hola! Sí, ese aviso sale mientras se actualiza la ruta, tu cita de mañana está bien asignada.",
    ),
    "de": (
        "Hallo, gestern Abend stand bei meinem Samstagstermin kurz 'Route wird berechnet', danach war alles normal. Kommt der Techniker morgen wie geplant?",
        "Hallo! Ja, der Hinweis erscheint, während die Route aktualisiert wird. Ihr Termin morgen ist richtig zugeteilt.",
    ),
}

SPIKE_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "el chat tarda un montón en cargar hoy, casi un minuto",
        "¡Hola! Gracias por avisar, lo miramos. ¿En qué te ayudo?",
    ),
    "de": (
        "der Chat braucht heute ewig zum Laden, fast eine Minute",
        "Hallo! Danke für den Hinweis, wir schauen uns das an. Wie kann ich helfen?",
    ),
}
