"""Consumer and spike wording of the heldout107 scenarios (Ciclanto, mobile bike repair).

Written from the stories, blind: nothing here was shaped by any rule of voc-stream.
Placeholders are filled by ``make_heldout107.py`` with ``str.format``.
"""

# ruff: noqa: E501

from __future__ import annotations

BRAND = "Ciclanto"
COMPETITORS = ("Raddoc", "Cadenilla")
LANGS = ("es", "pt", "en", "fr", "de", "it")

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Carmen",
        "Marta",
        "Elena",
        "Paula",
        "Nuria",
        "Irene",
        "Sara",
        "Rocío",
        "Alba",
        "Beatriz",
        "Cristina",
        "Javier",
        "Álvaro",
        "Sergio",
        "Pablo",
        "David",
        "Raúl",
        "Iván",
        "Jorge",
        "Diego",
        "Adrián",
        "Rubén",
        "Miguel",
        "Noelia",
        "Gonzalo",
        "Amparo",
        "Íñigo",
    ],
    "pt": [
        "Inês",
        "Beatriz",
        "Mariana",
        "Joana",
        "Catarina",
        "Rita",
        "Sofia",
        "Filipa",
        "Teresa",
        "Marta",
        "Leonor",
        "Cláudia",
        "João",
        "Tiago",
        "Rui",
        "Nuno",
        "Pedro",
        "Miguel",
        "André",
        "Ricardo",
        "Hugo",
        "Bruno",
        "Duarte",
        "Gonçalo",
        "Vasco",
        "Matilde",
        "Raquel",
        "Fábio",
    ],
    "en": [
        "Emma",
        "Olivia",
        "Sophie",
        "Grace",
        "Hannah",
        "Chloe",
        "Megan",
        "Aoife",
        "Niamh",
        "James",
        "Tom",
        "Oliver",
        "Harry",
        "Jack",
        "Liam",
        "Conor",
        "Owen",
        "Ben",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Chloé",
        "Manon",
        "Julie",
        "Claire",
        "Élodie",
        "Anaïs",
        "Julien",
        "Thomas",
        "Nicolas",
        "Maxime",
        "Antoine",
        "Hugo",
        "Mathieu",
        "Romain",
    ],
    "de": [
        "Anna",
        "Lena",
        "Julia",
        "Katrin",
        "Sabine",
        "Miriam",
        "Jana",
        "Nina",
        "Lukas",
        "Jonas",
        "Felix",
        "Tobias",
        "Stefan",
        "Markus",
        "Florian",
        "Jan",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Sara",
        "Elisa",
        "Martina",
        "Valentina",
        "Alessia",
        "Luca",
        "Marco",
        "Matteo",
        "Andrea",
        "Davide",
        "Simone",
        "Lorenzo",
        "Paolo",
    ],
}

LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Martín",
        "Ruiz",
        "Navarro",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Rubio",
        "Sanz",
        "Iglesias",
        "Medina",
        "Garrido",
        "Cortés",
        "Lozano",
        "Gil",
        "Vidal",
        "Pascual",
        "Herrero",
        "Calvo",
        "Prieto",
        "Soler",
        "Aranda",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Carvalho",
        "Lopes",
        "Marques",
        "Ribeiro",
        "Pinto",
        "Moreira",
        "Teixeira",
        "Correia",
        "Mendes",
        "Nunes",
        "Antunes",
        "Vieira",
        "Barros",
        "Tavares",
    ],
    "en": [
        "Walsh",
        "Hughes",
        "Turner",
        "Byrne",
        "Doyle",
        "Kelly",
        "Price",
        "Ward",
        "Moore",
        "Fletcher",
        "Brennan",
        "Hayes",
        "Gallagher",
        "Lynch",
        "Murphy",
        "Quinn",
    ],
    "fr": [
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Roux",
        "Bonnet",
        "Mercier",
        "Lambert",
        "Faure",
        "Rousseau",
        "Chevalier",
        "Gauthier",
        "Perrin",
        "Masson",
        "Collet",
    ],
    "de": [
        "Schneider",
        "Fischer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
        "Schröder",
        "Neumann",
        "Krause",
        "Vogel",
        "Lorenz",
        "Brandt",
        "Seidel",
    ],
    "it": [
        "Rossi",
        "Bianchi",
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
        "Fontana",
        "Moretti",
        "Barbieri",
        "Lombardi",
    ],
}

JOBS: dict[str, list[str]] = {
    "es": [
        "enfermera",
        "profesor de instituto",
        "repartidor",
        "arquitecta",
        "cocinero",
        "administrativa",
        "fisioterapeuta",
        "estudiante de máster",
        "conductor de autobús",
        "farmacéutica",
        "informático",
        "jubilada",
    ],
    "pt": [
        "enfermeira",
        "professor",
        "estafeta",
        "engenheira civil",
        "cozinheiro",
        "contabilista",
        "fisioterapeuta",
        "estudante",
        "motorista",
        "farmacêutica",
        "programador",
        "reformada",
    ],
    "en": [
        "nurse",
        "teacher",
        "courier",
        "architect",
        "chef",
        "accountant",
        "student",
        "bus driver",
        "software developer",
        "retired",
    ],
    "fr": [
        "infirmière",
        "professeur",
        "coursier",
        "architecte",
        "cuisinier",
        "comptable",
        "étudiante",
        "développeur",
        "retraitée",
    ],
    "de": [
        "Krankenpflegerin",
        "Lehrer",
        "Kurier",
        "Architektin",
        "Koch",
        "Buchhalterin",
        "Studentin",
        "Softwareentwickler",
        "Rentnerin",
    ],
    "it": [
        "infermiera",
        "insegnante",
        "rider",
        "architetta",
        "cuoco",
        "commercialista",
        "studentessa",
        "programmatore",
        "pensionata",
    ],
}

TOWNS: dict[str, list[str]] = {
    "ES": [
        "Madrid",
        "Valencia",
        "Sevilla",
        "Zaragoza",
        "Bilbao",
        "Málaga",
        "Valladolid",
        "Granada",
        "Murcia",
        "Vitoria",
    ],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Setúbal", "Faro", "Viseu"],
    "UK": ["Bristol", "Leeds", "Cambridge", "York", "Brighton", "Norwich"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "FR": ["Lyon", "Nantes", "Strasbourg", "Grenoble", "Bordeaux"],
    "BE": ["Bruxelles", "Namur", "Liège"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "DE": ["Freiburg", "Münster", "Leipzig", "Köln", "Hamburg"],
    "AT": ["Wien", "Graz", "Innsbruck"],
    "IT": ["Bologna", "Torino", "Milano", "Padova", "Verona"],
    "CH-de": ["Zürich", "Bern", "Basel"],
    "CH-fr": ["Lausanne", "Genève"],
    "CH-it": ["Lugano", "Bellinzona"],
}

#: Markets a language's customers live in, with weights.
MARKETS: dict[str, list[tuple[str, int]]] = {
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
    "en": [("UK", 3), ("IE", 2)],
    "fr": [("FR", 3), ("BE", 2), ("CH", 1), ("LU", 1)],
    "de": [("DE", 3), ("AT", 2), ("CH", 1)],
    "it": [("IT", 4), ("CH", 1)],
}

MAIL_DOMAINS: dict[str, list[str]] = {
    "es": ["correo.example", "buzon.example", "mimail.example"],
    "pt": ["correio.example", "caixa.example", "mail-pt.example"],
    "en": ["inbox.example", "postbox.example"],
    "fr": ["courriel.example", "boite.example"],
    "de": ["postfach.example", "netzpost.example"],
    "it": ["posta.example", "casella.example"],
}

AGENTS: dict[str, list[str]] = {
    "es": ["Marisa", "Óscar", "Lorena"],
    "pt": ["Susana", "Henrique", "Carla"],
    "en": ["Rachel", "Declan"],
    "fr": ["Sandrine", "Yannick"],
    "de": ["Heike", "Dominik"],
    "it": ["Roberta", "Fabio"],
}

#: Consumer services: (label, price in euros).
PRODUCTS: list[tuple[str, int]] = [
    ("Basic tune-up at home / Puesta a punto básica a domicilio", 49),
    ("Full service at home / Revisión completa a domicilio", 89),
    ("E-bike full service / Revisión completa e-bike", 129),
    ("Brake pads fitted / Cambio de pastillas de freno", 39),
    ("Puncture repair at home / Reparación de pinchazo a domicilio", 25),
    ("Chain and cassette replacement / Cambio de cadena y casete", 95),
    ("Wheel truing / Centrado de rueda", 29),
    ("Hydraulic brake bleed / Purgado de frenos hidráulicos", 45),
    ("Child-seat fitting / Montaje de silla infantil", 35),
    ("Cargo-bike service / Revisión bici de carga", 139),
]
PLUS_PRODUCT = ("Ciclanto Plus annual plan / Plan anual Ciclanto Plus", 79)

PAGES: list[str] = [
    "/book/home-visit",
    "/prices",
    "/app/my-bikes",
    "/plus",
    "/help/visits",
    "/services/e-bike",
    "/services/cargo",
    "/account/history",
    "/help/warranty",
    "/mechanics/near-me",
]

# ---------------------------------------------------------------- happy acts

PRAISE: dict[str, list[str]] = {
    "es": [
        "El mecánico de Ciclanto vino a casa a las 8 y a las 8:40 tenía la bici como la seda. Y sin tener que bajarla tres pisos 🙌",
        "Revisión de la e-bike hecha en el portal de casa mientras teletrabajaba. Ciclanto, sois un invento",
        "Os recomiendo Ciclanto a todos los que vais al curro en bici: te cambian las pastillas en la puerta de casa en veinte minutos",
        "qué gusto que te expliquen lo que le han hecho a la bici sin hacerte sentir tonta. Gracias Ciclanto!!",
        "Bici de carga revisada, niños al cole y yo sin perder la mañana. Ciclanto 10/10",
    ],
    "pt": [
        "O mecânico da Ciclanto chegou à hora marcada e em meia hora a bicicleta ficou impecável. Nem tive de sair de casa 👏",
        "Revisão da bicicleta elétrica feita à porta do prédio enquanto eu estava em teletrabalho. Recomendo a Ciclanto a toda a gente",
        "travões novos em vinte minutos e ainda me explicaram como afinar a corrente. obrigado Ciclanto",
        "A Ciclanto salvou-me a semana: furo às 7h, mecânico às 9h, bicicleta pronta antes do almoço",
        "Serviço super simpático e honesto, disseram-me que a corrente ainda aguentava e não me cobraram nada a mais. Ciclanto 5 estrelas",
    ],
    "en": [
        "Ciclanto's mechanic fixed my back wheel on the pavement outside my flat before I'd finished my coffee. Brilliant",
        "Honestly the easiest bike service I've ever had. Booked on the app, he came, done. Cheers Ciclanto",
        "Cargo bike serviced in the driveway while the kids had breakfast. Ciclanto you legends",
    ],
    "fr": [
        "Le mécanicien Ciclanto est venu en bas de chez moi, vélo réglé en 30 minutes, rien à redire 👍",
        "Révision du vélo électrique faite pendant ma pause déjeuner, devant le bureau. Merci Ciclanto !",
        "Enfin un service vélo qui explique ce qu'il fait. Ciclanto, je recommande",
    ],
    "de": [
        "Der Ciclanto-Mechaniker kam pünktlich vor die Haustür, nach einer halben Stunde lief das Rad wieder butterweich",
        "E-Bike-Inspektion im Hof erledigt, während ich im Homeoffice war. Ciclanto, gerne wieder",
        "Bremsbeläge getauscht, Schaltung eingestellt, alles erklärt. Top Service von Ciclanto",
    ],
    "it": [
        "Il meccanico di Ciclanto è venuto sotto casa e in mezz'ora la bici era perfetta. Comodissimo",
        "Tagliando della bici elettrica fatto in cortile mentre lavoravo da casa. Grazie Ciclanto!",
        "Finalmente qualcuno che ti spiega cosa ha sistemato. Ciclanto consigliatissimo",
    ],
}

AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera revisión con Ciclanto este año y otra vez el mismo mecánico majo, Toni. Ya es de la familia",
        "otra vez pinchazo y otra vez Ciclanto en la puerta en una hora. No me canso de decirlo",
        "Sigo encantada con Ciclanto, segundo año de plan Plus y ni un problema",
    ],
    "pt": [
        "Terceira vez este ano com a Ciclanto e outra vez tudo perfeito. Já nem penso noutra oficina",
        "mais uma vez furo e mais uma vez a Ciclanto à porta numa hora. Continuo fã",
        "Continuo muito satisfeita com o plano Plus da Ciclanto, segundo ano e zero chatices",
    ],
    "en": [
        "Third service with Ciclanto this year and the same lovely mechanic again. Still the best decision I made for my commute",
        "Another puncture, another Ciclanto van outside within the hour. Still impressed",
    ],
    "fr": [
        "Troisième révision Ciclanto cette année et toujours aussi efficace",
        "Encore une crevaison, encore Ciclanto en bas de chez moi en une heure. Toujours ravie",
    ],
    "de": [
        "Dritte Inspektion dieses Jahr bei Ciclanto und wieder derselbe freundliche Mechaniker, läuft einfach",
        "Wieder ein Platten, wieder stand Ciclanto nach einer Stunde vor der Tür. Bin weiterhin Fan",
    ],
    "it": [
        "Terzo tagliando con Ciclanto quest'anno e sempre lo stesso meccanico gentilissimo",
        "Ancora una foratura, ancora Ciclanto sotto casa in un'ora. Sempre soddisfatta",
    ],
}

GRIPE: dict[str, list[str]] = {
    "es": [
        "Muy contenta con la revisión, solo que la app te da una franja de dos horas y el mecánico avisa con diez minutos. Por lo demás genial",
        "Todo bien con Ciclanto, aunque el presupuesto por escrito tardó un día en llegar. La bici perfecta",
        "Servicio 10, pero ojo que el aparcamiento de la furgoneta en mi calle es imposible y el pobre tuvo que dar tres vueltas",
    ],
    "pt": [
        "Tudo ótimo, só acho que a janela de duas horas é grande demais. De resto, impecável",
        "Gostei muito do serviço, mas a fatura só chegou no dia seguinte. A bicicleta ficou perfeita",
        "Mecânico cinco estrelas, a app é que às vezes demora a abrir o mapa. Mas recomendo",
    ],
    "en": [
        "Great job on the brakes, only gripe is the two-hour window. Otherwise spot on",
        "Really happy with the service, the invoice took a day to show up in the app but whatever",
    ],
    "fr": [
        "Très contente de la révision, seul bémol : le créneau de deux heures. Sinon parfait",
        "Service top, la facture arrive un peu tard dans l'appli mais rien de grave",
    ],
    "de": [
        "Alles prima gelaufen, nur das Zeitfenster von zwei Stunden ist echt lang. Sonst top",
        "Toller Service, die Rechnung kam erst am nächsten Tag in der App, aber egal",
    ],
    "it": [
        "Contentissima del tagliando, unico neo la finestra di due ore. Per il resto perfetto",
        "Servizio ottimo, la fattura arriva in app solo il giorno dopo ma pazienza",
    ],
}

#: Chat questions and the agent's answer.
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola! El mecánico puede revisar dos bicis en la misma visita?",
            "¡Hola! Sí, añade la segunda bici en la reserva y se hace en la misma visita, solo pagas la mano de obra de cada una.",
        ),
        (
            "buenas, si vivo en un cuarto sin ascensor el mecanico sube o bajo yo la bici?",
            "Buenas, tú decides: el mecánico puede subir, aunque normalmente se trabaja en el portal o en la acera. Indícalo en las notas de la visita.",
        ),
        (
            "¿El plan Plus incluye las pastillas de freno o solo la mano de obra?",
            "Solo la mano de obra; las piezas se cobran aparte, con un 10 % de descuento para socios Plus.",
        ),
        (
            "Hola, puedo cambiar la franja de mañana de 9-11 a 11-13?",
            "Hola, hecho: te he pasado la visita de mañana a la franja de 11 a 13. Te llegará la confirmación.",
        ),
    ],
    "pt": [
        (
            "Olá, o mecânico consegue ver duas bicicletas na mesma visita?",
            "Olá! Sim, basta acrescentar a segunda bicicleta na reserva; paga a mão de obra de cada uma.",
        ),
        (
            "boa tarde moro num 3º andar sem elevador, tenho de descer a bicicleta?",
            "Boa tarde, como preferir: normalmente trabalhamos à porta do prédio, mas o mecânico pode subir. Deixe nota na reserva.",
        ),
        (
            "O plano Plus inclui as peças ou só a mão de obra?",
            "Só a mão de obra; as peças pagam-se à parte, com 10 % de desconto para quem tem Plus.",
        ),
        (
            "Posso mudar a visita de amanhã para a tarde?",
            "Pode, já está: passei a visita para amanhã entre as 15h e as 17h. Vai receber a confirmação.",
        ),
    ],
    "en": [
        (
            "Hi, can the mechanic do two bikes in one visit?",
            "Hi! Yes, just add the second bike to the booking; labour is charged per bike.",
        ),
        (
            "does the Plus plan cover parts or just labour?",
            "Just labour; parts are extra, with 10% off for Plus members.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le mécanicien peut-il faire deux vélos pendant la même visite ?",
            "Bonjour ! Oui, ajoutez le deuxième vélo à la réservation ; la main-d'œuvre est comptée par vélo.",
        ),
        (
            "le plan Plus couvre les pièces ou seulement la main d'oeuvre ?",
            "Seulement la main-d'œuvre ; les pièces sont facturées à part, avec 10 % de remise pour les membres Plus.",
        ),
    ],
    "de": [
        (
            "Hallo, kann der Mechaniker bei einem Termin zwei Räder machen?",
            "Hallo! Ja, fügen Sie das zweite Rad einfach der Buchung hinzu; der Arbeitslohn wird pro Rad berechnet.",
        ),
        (
            "deckt Plus auch Ersatzteile ab oder nur die Arbeit?",
            "Nur die Arbeit; Teile kosten extra, mit 10 % Rabatt für Plus-Mitglieder.",
        ),
    ],
    "it": [
        (
            "Ciao, il meccanico può sistemare due bici nella stessa visita?",
            "Ciao! Sì, aggiungi la seconda bici alla prenotazione; la manodopera si paga per ogni bici.",
        ),
        (
            "il piano Plus copre anche i pezzi o solo la manodopera?",
            "Solo la manodopera; i pezzi si pagano a parte, con il 10% di sconto per i soci Plus.",
        ),
    ],
}

#: E-mail questions: (subject, question, agent's answer).
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Duda sobre bici de carga",
            "Hola,\n\nTengo una bici de carga con motor central y me gustaría saber si vuestros mecánicos la revisan también o solo bicis normales.\n\nGracias,\n{first}",
            "Hola, {first}:\n\nSí, revisamos bicis de carga, también eléctricas. Reserva «Revisión bici de carga» y el mecánico vendrá con la furgoneta grande.\n\nUn saludo,\n{agent}, Ciclanto",
        ),
        (
            "Factura a nombre de mi empresa",
            "Buenos días, ¿podéis poner la factura de la última revisión a nombre de mi empresa? Soy autónoma y uso la bici para repartir.\n\n{first} {last}",
            "Buenos días, {first}:\n\nClaro. Te hemos enviado la factura nueva a nombre de la empresa; también puedes cambiar los datos fiscales en Cuenta > Facturación.\n\n{agent}, Ciclanto",
        ),
        (
            "Regalo plan Plus",
            "Hola! Quiero regalarle el plan Plus a mi padre por su cumpleaños, ¿se puede?\n\n{first}",
            "¡Hola, {first}! Sí: en la web, en Plus > Regalar, le llega un código por correo el día que elijas.\n\n{agent}, Ciclanto",
        ),
    ],
    "pt": [
        (
            "Dúvida sobre bicicleta de carga",
            "Olá,\n\nTenho uma bicicleta de carga elétrica. Os vossos mecânicos também fazem revisão a este tipo de bicicleta?\n\nObrigada,\n{first}",
            "Olá, {first}:\n\nSim, fazemos. Reserve «Revisão bici de carga» e o mecânico vem com a carrinha grande.\n\nCumprimentos,\n{agent}, Ciclanto",
        ),
        (
            "Fatura com NIF",
            "Bom dia, podem emitir a fatura da última revisão com o meu NIF? Esqueci-me de o pôr.\n\n{first} {last}",
            "Bom dia, {first}:\n\nJá está, enviámos a fatura nova com o NIF. Para a próxima pode guardá-lo em Conta > Faturação.\n\n{agent}, Ciclanto",
        ),
        (
            "Oferecer plano Plus",
            "Olá! Posso oferecer o plano Plus ao meu irmão?\n\n{first}",
            "Olá, {first}! Pode: no site, em Plus > Oferecer, ele recebe um código por e-mail no dia que escolher.\n\n{agent}, Ciclanto",
        ),
    ],
    "en": [
        (
            "Cargo bike question",
            "Hi,\n\nDo your mechanics service electric cargo bikes or just normal ones?\n\nThanks,\n{first}",
            "Hi {first},\n\nWe do cargo bikes, electric too. Book 'Cargo-bike service' and the mechanic comes in the bigger van.\n\nBest,\n{agent}, Ciclanto",
        ),
        (
            "Gift Plus plan",
            "Hello, can I gift the Plus plan to my dad?\n\n{first}",
            "Hi {first}, yes: on the website under Plus > Gift, he gets a code by e-mail on the day you choose.\n\n{agent}, Ciclanto",
        ),
    ],
    "fr": [
        (
            "Question vélo cargo",
            "Bonjour,\n\nVos mécaniciens révisent-ils aussi les vélos cargo électriques ?\n\nMerci,\n{first}",
            "Bonjour {first},\n\nOui, réservez « Révision vélo cargo » et le mécanicien viendra avec la grande camionnette.\n\nCordialement,\n{agent}, Ciclanto",
        ),
        (
            "Offrir le plan Plus",
            "Bonjour, est-ce possible d'offrir le plan Plus à ma sœur ?\n\n{first}",
            "Bonjour {first}, oui : sur le site, Plus > Offrir, elle reçoit un code par e-mail le jour choisi.\n\n{agent}, Ciclanto",
        ),
    ],
    "de": [
        (
            "Frage Lastenrad",
            "Hallo,\n\nwarten Ihre Mechaniker auch E-Lastenräder?\n\nDanke,\n{first}",
            "Hallo {first},\n\nja, buchen Sie „Lastenrad-Inspektion“, dann kommt der Mechaniker mit dem großen Transporter.\n\nViele Grüße\n{agent}, Ciclanto",
        ),
        (
            "Plus verschenken",
            "Hallo, kann ich Plus meinem Vater schenken?\n\n{first}",
            "Hallo {first}, ja: auf der Website unter Plus > Verschenken, er bekommt am gewünschten Tag einen Code per E-Mail.\n\n{agent}, Ciclanto",
        ),
    ],
    "it": [
        (
            "Domanda bici cargo",
            "Buongiorno,\n\ni vostri meccanici fanno il tagliando anche alle cargo bike elettriche?\n\nGrazie,\n{first}",
            "Buongiorno {first},\n\nsì, prenoti «Tagliando cargo bike» e il meccanico arriva con il furgone grande.\n\nCordiali saluti,\n{agent}, Ciclanto",
        ),
        (
            "Regalare il piano Plus",
            "Ciao, posso regalare il piano Plus a mio padre?\n\n{first}",
            "Ciao {first}, sì: sul sito in Plus > Regala, riceve un codice via e-mail il giorno che scegli.\n\n{agent}, Ciclanto",
        ),
    ],
}

#: Phone questions (speech-to-text, no punctuation) and the agent's follow-up e-mail.
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola buenos días quería saber si el mecánico puede venir a la oficina en vez de a casa porque de lunes a viernes no estoy nunca en casa",
            "Hola, {first}:\n\nComo hablamos por teléfono, la visita se puede hacer en la dirección del trabajo: cámbiala en la reserva y avisa al conserje.\n\n{agent}, Ciclanto",
        ),
        (
            "sí hola mire tengo una bici antigua de mi padre de acero y quería saber si también la arreglan o solo bicis modernas",
            "Hola, {first}:\n\nTal como te conté, sí arreglamos bicis clásicas de acero. Reserva una revisión completa e indica el modelo en las notas.\n\n{agent}, Ciclanto",
        ),
        (
            "buenas tardes llamaba para preguntar cuánto cuesta purgar los frenos hidráulicos de una bici de montaña",
            "Hola, {first}:\n\nTe confirmo lo que hablamos: el purgado de frenos hidráulicos cuesta 45 € por bici, líquido incluido.\n\n{agent}, Ciclanto",
        ),
    ],
    "pt": [
        (
            "olá bom dia queria saber se o mecânico pode ir ao meu escritório em vez de ir a casa porque durante a semana nunca estou em casa",
            "Olá, {first}:\n\nComo falámos, a visita pode ser feita na morada do trabalho: altere-a na reserva e avise a receção.\n\n{agent}, Ciclanto",
        ),
        (
            "sim olá tenho uma bicicleta antiga do meu avô de aço e queria saber se também arranjam ou só bicicletas modernas",
            "Olá, {first}:\n\nConforme falámos, arranjamos bicicletas clássicas. Reserve uma revisão completa e indique o modelo nas notas.\n\n{agent}, Ciclanto",
        ),
        (
            "boa tarde ligava para saber quanto custa a sangria dos travões hidráulicos",
            "Olá, {first}:\n\nConfirmo o que falámos: a sangria dos travões hidráulicos custa 45 € por bicicleta, com óleo incluído.\n\n{agent}, Ciclanto",
        ),
    ],
    "en": [
        (
            "hi there I just wanted to ask if the mechanic can come to my office instead of my house because I'm never home during the week",
            "Hi {first},\n\nAs we said on the phone, the visit can be at your work address: change it in the booking and let reception know.\n\n{agent}, Ciclanto",
        ),
        (
            "hello yeah I was wondering how much it is to bleed hydraulic brakes on a mountain bike",
            "Hi {first},\n\nAs discussed, a hydraulic brake bleed is €45 per bike including fluid (£39 in the UK).\n\n{agent}, Ciclanto",
        ),
    ],
    "fr": [
        (
            "bonjour je voulais savoir si le mécanicien peut venir au bureau plutôt qu'à la maison parce que je ne suis jamais chez moi en semaine",
            "Bonjour {first},\n\nComme convenu au téléphone, la visite peut avoir lieu à l'adresse du bureau : modifiez-la dans la réservation.\n\n{agent}, Ciclanto",
        ),
        (
            "oui bonjour c'était pour savoir combien coûte une purge de freins hydrauliques",
            "Bonjour {first},\n\nComme indiqué, la purge des freins hydrauliques coûte 45 € par vélo, liquide compris.\n\n{agent}, Ciclanto",
        ),
    ],
    "de": [
        (
            "hallo ich wollte fragen ob der Mechaniker auch ins Büro kommen kann statt nach Hause weil ich unter der Woche nie daheim bin",
            "Hallo {first},\n\nwie am Telefon besprochen, kann der Termin auch an der Büroadresse stattfinden: ändern Sie sie einfach in der Buchung.\n\n{agent}, Ciclanto",
        ),
        (
            "ja hallo was kostet denn das Entlüften von hydraulischen Bremsen",
            "Hallo {first},\n\nwie besprochen kostet das Entlüften hydraulischer Bremsen 45 € pro Rad inklusive Öl.\n\n{agent}, Ciclanto",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se il meccanico può venire in ufficio invece che a casa perché in settimana non ci sono mai",
            "Buongiorno {first},\n\ncome detto al telefono, la visita può essere all'indirizzo dell'ufficio: lo cambi nella prenotazione.\n\n{agent}, Ciclanto",
        ),
        (
            "sì buongiorno quanto costa lo spurgo dei freni idraulici",
            "Buongiorno {first},\n\ncome detto, lo spurgo dei freni idraulici costa 45 € a bici, olio compreso.\n\n{agent}, Ciclanto",
        ),
    ],
}

REVIEW: dict[str, list[str]] = {
    "es": [
        "Puntual, limpio y explicó todo. La bici va finísima.",
        "Cambio de cadena y casete en la puerta de casa. Precio justo.",
        "muy profesional, vino hasta con lluvia",
    ],
    "pt": [
        "Pontual, simpático e explicou tudo. A bicicleta parece outra.",
        "Troca de corrente e cassete à porta de casa. Preço justo.",
        "muito profissional, veio mesmo com chuva",
    ],
    "en": [
        "On time, tidy, explained everything. Bike rides beautifully.",
        "Fair price and no upselling. Will book again.",
    ],
    "fr": [
        "Ponctuel, soigneux, tout expliqué. Le vélo roule super bien.",
        "Prix correct et aucun forcing. Je rebooke.",
    ],
    "de": [
        "Pünktlich, sauber, alles erklärt. Das Rad fährt super.",
        "Fairer Preis, nichts aufgeschwatzt. Gerne wieder.",
    ],
    "it": [
        "Puntuale, ordinato, ha spiegato tutto. La bici va benissimo.",
        "Prezzo onesto e nessuna forzatura. Riprenoterò.",
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["Genial", "muy bien", "Todo perfecto", "👍", "rapidísimo", ""],
    "pt": ["Excelente", "muito bom", "Tudo ótimo", "👍", "rápido e simpático", ""],
    "en": ["Great", "spot on", "👍", ""],
    "fr": ["Parfait", "très bien", "👍", ""],
    "de": ["Super", "alles bestens", "👍", ""],
    "it": ["Ottimo", "tutto perfetto", "👍", ""],
}

THANKS: dict[str, list[str]] = {
    "es": ["Gracias!!", "perfecto, gracias", "Genial, mil gracias 😊", "ok gracias"],
    "pt": ["Obrigada!", "perfeito, obrigado", "Ótimo, muito obrigada 😊", "ok obrigado"],
    "en": ["Thanks!", "perfect, cheers", "great thank you"],
    "fr": ["Merci !", "parfait merci", "super, merci beaucoup"],
    "de": ["Danke!", "perfekt, danke", "super, vielen Dank"],
    "it": ["Grazie!", "perfetto grazie", "ottimo, grazie mille"],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "Las 2 de la mañana, turno de noche en urgencias y ya tengo reservada la revisión de la bici para el sábado con Ciclanto. Organización nivel dios",
        "no puedo dormir y llevo una hora viendo vídeos de cómo centrar una rueda. Mejor que lo haga el mecánico de Ciclanto el jueves",
        "Volviendo del bar en bici a las 3 y la bici suena como nueva después de la revisión de Ciclanto. Ni un ruidito",
    ],
    "pt": [
        "São 2 da manhã, turno da noite no hospital e já marquei a revisão da bicicleta para sábado com a Ciclanto",
        "sem sono, a ver vídeos de afinação de mudanças. Acho que deixo isso para o mecânico da Ciclanto",
        "A voltar para casa às 3 da manhã e a bicicleta está silenciosa como nunca desde a revisão da Ciclanto",
    ],
    "en": [
        "3am after a night shift and the bike still rides like butter since Ciclanto serviced it",
        "can't sleep, booked a Ciclanto service for Saturday instead. productive insomnia",
    ],
    "fr": [
        "2h du matin, fin de service au resto, et le vélo roule nickel depuis la révision Ciclanto",
        "insomnie productive : révision Ciclanto réservée pour samedi",
    ],
    "de": [
        "2 Uhr nachts nach der Spätschicht, und das Rad läuft seit der Ciclanto-Inspektion lautlos",
        "kann nicht schlafen, also Ciclanto-Termin für Samstag gebucht",
    ],
    "it": [
        "Le 2 di notte dopo il turno e la bici è silenziosissima dal tagliando Ciclanto",
        "insonnia produttiva: tagliando Ciclanto prenotato per sabato",
    ],
}

NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, a estas horas hay alguien? la visita de mañana es a las 8, puedo dejar la bici en el patio si no estoy?",
            "Hola, sí 🙂 Puedes dejarla en el patio; indica en la reserva dónde está y deja el candado abierto o la llave con el conserje.",
        ),
        (
            "buenas noches, si reservo ahora para mañana por la mañana llega a tiempo el mecánico?",
            "Buenas noches, sí: las reservas hechas antes de las 7:00 entran en las franjas de mañana si quedan huecos. Ahora mismo hay de 10 a 12.",
        ),
    ],
    "pt": [
        (
            "olá, está aí alguém? a visita é amanhã às 8h, posso deixar a bicicleta no pátio se não estiver?",
            "Olá, sim 🙂 Pode deixá-la no pátio; indique na reserva onde está e deixe a chave do cadeado na portaria.",
        ),
        (
            "boa noite, se reservar agora o mecânico ainda vem amanhã de manhã?",
            "Boa noite, sim: as reservas feitas antes das 7h entram nas janelas da manhã se houver vaga. Neste momento há das 10h às 12h.",
        ),
    ],
    "en": [
        (
            "anyone there? my visit is at 8, can I leave the bike in the back garden if I'm out?",
            "Hi, yes 🙂 Leave it in the garden and add a note to the booking saying where it is and the gate code.",
        )
    ],
    "fr": [
        (
            "bonsoir, si je réserve maintenant, le mécanicien peut passer demain matin ?",
            "Bonsoir, oui : les réservations faites avant 7h entrent dans les créneaux du matin s'il reste de la place. Il y a 10h-12h.",
        )
    ],
    "de": [
        (
            "hallo, noch jemand da? Termin ist morgen um 8, kann ich das Rad im Hof lassen, wenn ich nicht da bin?",
            "Hallo, ja 🙂 Lassen Sie es im Hof und schreiben Sie in die Buchung, wo es steht.",
        )
    ],
    "it": [
        (
            "buonasera, se prenoto adesso il meccanico può venire domattina?",
            "Buonasera, sì: le prenotazioni fatte prima delle 7 entrano nelle fasce del mattino se c'è posto. Ora c'è 10-12.",
        )
    ],
}

# ---------------------------------------------------------------- trouble

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

#: Euros at stake per problem (0: none).
PROBLEM_EUR: dict[str, int] = {
    "no_show": 0,
    "double_charge": 89,
    "damage": 0,
    "refund": 129,
    "wrong_price": 45,
    "cancel_fee": 25,
}

TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "el mecánico no vino",
        "double_charge": "cobro duplicado",
        "damage": "bici peor después de la revisión",
        "refund": "devolución que no llega",
        "wrong_price": "me cobráis mano de obra siendo socia Plus",
        "cancel_fee": "cargo por cancelación que no corresponde",
    },
    "pt": {
        "no_show": "o mecânico não apareceu",
        "double_charge": "cobrança em duplicado",
        "damage": "bicicleta pior depois da revisão",
        "refund": "reembolso que não chega",
        "wrong_price": "mão de obra cobrada a sócio Plus",
        "cancel_fee": "taxa de cancelamento indevida",
    },
    "en": {
        "no_show": "mechanic never turned up",
        "double_charge": "charged twice",
        "damage": "bike worse after the service",
        "refund": "refund still missing",
        "wrong_price": "labour charged on a Plus plan",
        "cancel_fee": "wrong cancellation fee",
    },
    "fr": {
        "no_show": "mécanicien jamais venu",
        "double_charge": "débit en double",
        "damage": "vélo abîmé après la révision",
        "refund": "remboursement toujours absent",
        "wrong_price": "main-d'œuvre facturée malgré Plus",
        "cancel_fee": "frais d'annulation injustifiés",
    },
    "de": {
        "no_show": "Mechaniker nicht gekommen",
        "double_charge": "doppelt abgebucht",
        "damage": "Rad nach der Inspektion kaputt",
        "refund": "Erstattung fehlt",
        "wrong_price": "Arbeitslohn trotz Plus berechnet",
        "cancel_fee": "falsche Stornogebühr",
    },
    "it": {
        "no_show": "il meccanico non è venuto",
        "double_charge": "addebito doppio",
        "damage": "bici peggiorata dopo il tagliando",
        "refund": "rimborso mai arrivato",
        "wrong_price": "manodopera addebitata con il piano Plus",
        "cancel_fee": "penale di cancellazione ingiusta",
    },
}

DESC: dict[str, dict[str, list[str]]] = {
    "es": {
        "no_show": [
            "Tenía la visita a domicilio el sábado de 9 a 11, me quedé en casa toda la mañana y el mecánico NO vino. Y la app pone «visita completada».",
            "esperé al mecánico desde las 10 hasta las 2 y no apareció nadie, ni una llamada, y en la app sale como hecha",
            "Pedí el día libre en el trabajo para la revisión de la bici y el mecánico no se presentó. La app dice que la visita está COMPLETADA.",
        ],
        "double_charge": [
            "Me habéis cobrado la revisión DOS veces, {amount} y otra vez {amount}, el mismo día.",
            "en el banco me salen dos cargos de {amount} por la misma revisión",
            "Revisando la cuenta veo el cargo de {amount} duplicado. Una bici, una visita, dos cobros.",
        ],
        "damage": [
            "Después de la revisión el freno trasero casi no frena y el cambio salta de piñón cada dos pedaladas. Antes iba perfecta.",
            "el mecánico se fue y al salir a la calle la rueda delantera bailaba, el eje estaba flojo. Me podía haber matado",
            "Tras la puesta a punto la cadena se sale sola y hay un arañazo enorme en el cuadro que antes no estaba.",
        ],
        "refund": [
            "Me anulasteis la visita hace TRES semanas porque el mecánico estaba enfermo y sigo sin ver la devolución de {amount}.",
            "hace 20 días que me dijeron que me devolvían {amount} y nada, ni rastro",
            "La visita se anuló por vuestra parte y los {amount} no han vuelto a mi tarjeta. Tres semanas ya.",
        ],
        "wrong_price": [
            "Soy socia de Ciclanto Plus, la mano de obra va incluida, y me habéis cobrado {amount} de mano de obra igualmente.",
            "pago el plan Plus cada año y en la factura de la revisión me cobráis {amount} de mano de obra como si no fuera socio",
        ],
        "cancel_fee": [
            "Cancelé la visita CUATRO días antes y me habéis cobrado {amount} de «cancelación tardía».",
            "anulé la cita con casi una semana de margen y aun así me aparece un cargo de {amount} por cancelación fuera de plazo",
        ],
    },
    "pt": {
        "no_show": [
            "Tinha a visita marcada para sábado das 9h às 11h, fiquei em casa a manhã toda e o mecânico NÃO apareceu. E a app diz «visita concluída».",
            "esperei pelo mecânico das 10h até às 14h e ninguém apareceu, nem um telefonema, e na app aparece como feita",
            "Tirei o dia de folga para a revisão da bicicleta e o mecânico não veio. A app diz que a visita está CONCLUÍDA.",
        ],
        "double_charge": [
            "Cobraram-me a revisão DUAS vezes, {amount} e outra vez {amount}, no mesmo dia.",
            "no banco aparecem dois débitos de {amount} pela mesma revisão",
            "Ao ver o extrato reparei que o débito de {amount} está em duplicado. Uma bicicleta, uma visita, dois pagamentos.",
        ],
        "damage": [
            "Depois da revisão o travão de trás quase não trava e as mudanças saltam a cada pedalada. Antes estava perfeita.",
            "o mecânico foi embora e quando saí a roda da frente abanava, o eixo estava solto. Podia ter tido um acidente",
            "Depois da afinação a corrente salta sozinha e há um risco enorme no quadro que antes não estava lá.",
        ],
        "refund": [
            "Cancelaram-me a visita há TRÊS semanas porque o mecânico estava doente e ainda não vi o reembolso de {amount}.",
            "há 20 dias disseram-me que devolviam os {amount} e nada",
            "A visita foi cancelada por vocês e os {amount} não voltaram ao meu cartão. Já lá vão três semanas.",
        ],
        "wrong_price": [
            "Sou sócia Ciclanto Plus, a mão de obra está incluída, e cobraram-me {amount} de mão de obra na mesma.",
            "pago o plano Plus todos os anos e na fatura da revisão cobram-me {amount} de mão de obra como se não fosse sócio",
        ],
        "cancel_fee": [
            "Cancelei a visita QUATRO dias antes e cobraram-me {amount} de «cancelamento tardio».",
            "cancelei com quase uma semana de antecedência e mesmo assim aparece uma taxa de {amount} por cancelamento fora de prazo",
        ],
    },
    "en": {
        "no_show": [
            "I had the home visit booked for Saturday 9 to 11, stayed in all morning and the mechanic NEVER CAME. The app says 'visit completed'.",
            "waited for the mechanic from 10 till 2, nobody showed up, not even a call, and the app has it as done",
        ],
        "double_charge": [
            "You've charged me TWICE for the service, {amount} and {amount} again on the same day.",
            "my bank shows two payments of {amount} for the same service",
        ],
        "damage": [
            "Since the service the back brake barely works and the gears skip every few turns. It was fine before.",
            "the mechanic left and the front wheel was wobbling, the axle wasn't tightened. I could have been killed",
        ],
        "refund": [
            "You cancelled my visit THREE weeks ago because the mechanic was ill and I still haven't had the {amount} back.",
            "20 days since I was told the {amount} would be refunded and nothing",
        ],
        "wrong_price": [
            "I'm on Ciclanto Plus, labour is included, and you've charged me {amount} for labour anyway.",
            "I pay for Plus every year and the service invoice has {amount} labour on it like I'm not a member",
        ],
        "cancel_fee": [
            "I cancelled FOUR days before and got charged a {amount} 'late cancellation' fee.",
            "cancelled nearly a week ahead and there's still a {amount} late cancellation charge",
        ],
    },
    "fr": {
        "no_show": [
            "J'avais la visite à domicile samedi de 9h à 11h, je suis restée chez moi toute la matinée et le mécanicien n'est JAMAIS venu. L'appli indique « visite terminée ».",
            "attendu le mécanicien de 10h à 14h, personne, pas un appel, et dans l'appli c'est marqué fait",
        ],
        "double_charge": [
            "Vous m'avez débité la révision DEUX fois, {amount} puis encore {amount} le même jour.",
            "ma banque montre deux débits de {amount} pour la même révision",
        ],
        "damage": [
            "Depuis la révision le frein arrière ne freine presque plus et les vitesses sautent. Avant, tout allait bien.",
            "le mécanicien est parti et la roue avant avait du jeu, l'axe n'était pas serré. J'aurais pu tomber",
        ],
        "refund": [
            "Vous avez annulé ma visite il y a TROIS semaines (mécanicien malade) et je n'ai toujours pas les {amount}.",
            "ça fait 20 jours qu'on m'a promis le remboursement de {amount} et rien",
        ],
        "wrong_price": [
            "Je suis membre Ciclanto Plus, la main-d'œuvre est incluse, et vous m'avez facturé {amount} de main-d'œuvre quand même.",
            "je paie Plus chaque année et la facture compte {amount} de main d'oeuvre comme si je n'étais pas membre",
        ],
        "cancel_fee": [
            "J'ai annulé QUATRE jours avant et vous m'avez prélevé {amount} de « frais d'annulation tardive ».",
            "annulé presque une semaine avant et j'ai quand même {amount} de frais d'annulation",
        ],
    },
    "de": {
        "no_show": [
            "Ich hatte den Termin am Samstag von 9 bis 11, war den ganzen Vormittag zu Hause und der Mechaniker kam NICHT. In der App steht „Termin erledigt“.",
            "von 10 bis 14 Uhr gewartet, keiner kam, kein Anruf, und in der App ist es als erledigt markiert",
        ],
        "double_charge": [
            "Sie haben die Inspektion ZWEIMAL abgebucht, {amount} und nochmal {amount}, am selben Tag.",
            "auf dem Konto sind zwei Abbuchungen über {amount} für dieselbe Inspektion",
        ],
        "damage": [
            "Seit der Inspektion bremst die Hinterbremse kaum noch und die Schaltung springt. Vorher lief alles.",
            "der Mechaniker war weg und das Vorderrad hatte Spiel, die Achse war nicht festgezogen. Da hätte was passieren können",
        ],
        "refund": [
            "Sie haben meinen Termin vor DREI Wochen abgesagt (Mechaniker krank) und die {amount} sind immer noch nicht zurück.",
            "seit 20 Tagen warte ich auf die Erstattung von {amount}",
        ],
        "wrong_price": [
            "Ich bin Ciclanto-Plus-Mitglied, die Arbeit ist inklusive, und trotzdem haben Sie {amount} Arbeitslohn berechnet.",
            "ich zahle jedes Jahr Plus und auf der Rechnung stehen {amount} Arbeitslohn als wäre ich kein Mitglied",
        ],
        "cancel_fee": [
            "Ich habe VIER Tage vorher storniert und Sie buchen {amount} „Spätstornierung“ ab.",
            "fast eine Woche vorher storniert und trotzdem {amount} Stornogebühr",
        ],
    },
    "it": {
        "no_show": [
            "Avevo la visita a domicilio sabato dalle 9 alle 11, sono rimasta a casa tutta la mattina e il meccanico NON è venuto. L'app dice «visita completata».",
            "aspettato il meccanico dalle 10 alle 14, nessuno, neanche una telefonata, e nell'app risulta fatta",
        ],
        "double_charge": [
            "Mi avete addebitato il tagliando DUE volte, {amount} e di nuovo {amount}, lo stesso giorno.",
            "in banca vedo due addebiti da {amount} per lo stesso tagliando",
        ],
        "damage": [
            "Dopo il tagliando il freno posteriore quasi non frena e il cambio salta. Prima andava benissimo.",
            "il meccanico è andato via e la ruota anteriore ballava, il perno non era stretto. Potevo farmi male",
        ],
        "refund": [
            "Mi avete cancellato la visita TRE settimane fa (meccanico malato) e non ho ancora visto il rimborso di {amount}.",
            "sono 20 giorni che aspetto il rimborso di {amount}",
        ],
        "wrong_price": [
            "Sono socia Ciclanto Plus, la manodopera è inclusa, e mi avete addebitato {amount} di manodopera lo stesso.",
            "pago il Plus ogni anno e in fattura ci sono {amount} di manodopera come se non fossi socio",
        ],
        "cancel_fee": [
            "Ho cancellato QUATTRO giorni prima e mi avete addebitato {amount} di «cancellazione tardiva».",
            "cancellato quasi una settimana prima e c'è comunque una penale di {amount}",
        ],
    },
}

DEMAND: dict[str, list[str]] = {
    "es": [
        "Quiero una solución YA.",
        "Espero respuesta hoy mismo.",
        "Esto no puede ser, de verdad.",
        "BASTA YA.",
    ],
    "pt": [
        "Quero uma solução JÁ.",
        "Espero resposta ainda hoje.",
        "Isto não pode ser.",
        "JÁ CHEGA.",
    ],
    "en": ["I want this sorted today.", "Not good enough.", "Sort it out please."],
    "fr": ["Je veux une solution aujourd'hui.", "C'est inadmissible."],
    "de": ["Ich erwarte heute noch eine Lösung.", "ES REICHT MIR."],
    "it": ["Voglio una soluzione oggi.", "Così non va."],
}

COMPLAINT_PREFIX: dict[str, str] = {
    "es": "Reclamación",
    "pt": "Reclamação",
    "en": "Complaint",
    "fr": "Réclamation",
    "de": "Beschwerde",
    "it": "Reclamo",
}

EMAIL_FRAME: dict[str, list[str]] = {
    "es": [
        "Hola,\n\n{desc} {demand}\n\n{first}",
        "Buenas tardes:\n\n{desc}\n\n{demand} Tengo la reserva en la app a mi nombre.\n\n{first} {last}",
    ],
    "pt": [
        "Olá,\n\n{desc} {demand}\n\n{first}",
        "Boa tarde,\n\n{desc}\n\n{demand} A reserva está na app em meu nome.\n\n{first} {last}",
    ],
    "en": ["Hi,\n\n{desc} {demand}\n\n{first}"],
    "fr": ["Bonjour,\n\n{desc} {demand}\n\n{first}"],
    "de": ["Hallo,\n\n{desc} {demand}\n\n{first}"],
    "it": ["Buongiorno,\n\n{desc} {demand}\n\n{first}"],
}

#: Long e-mails: the complaint inside a letter.
LONG_FRAME: dict[str, list[str]] = {
    "es": [
        "Hola, buenas noches:\n\nLes escribo desde el coche, esperando a que mi hija salga de natación, porque es el único rato libre que tengo en todo el día. Este mes estoy con la mudanza de mi madre a un piso sin escaleras aquí en {town} y la bici es literalmente lo único con lo que llego a todo: trabajo, farmacia, colegio. Por eso contraté con ustedes, y hasta ahora no tenía queja ninguna.\n\nPero esta vez no. {desc}\n\nNo pido nada raro. Que alguien lo mire, me llame y me diga cómo lo van a arreglar, porque no tengo tiempo de andar detrás de esto. {demand}\n\nUn saludo,\n{first}",
        "Estimados señores:\n\nPerdonen la extensión. Trabajo de noche y escribo en el descanso, así que intentaré ir al grano aunque me cueste. Voy al trabajo en bici desde hace seis años, en {town}, y desde el año pasado confío el mantenimiento a Ciclanto porque con mis horarios no llego a ningún taller.\n\n{desc}\n\nEntiendo que un error lo tiene cualquiera. Lo que no entiendo es tener que escribir esto a las cuatro de la mañana. {demand}\n\nAtentamente,\n{first} {last}",
    ],
    "pt": [
        "Boa noite,\n\nEscrevo do carro, à espera que o meu filho saia do treino, porque é o único bocado livre que tenho. Este mês ando a mudar a minha sogra para um rés-do-chão aqui em {town} e a bicicleta é a única maneira de chegar a tudo: trabalho, farmácia, escola. Foi por isso que escolhi a Ciclanto e até agora estava muito contente.\n\nDesta vez não. {desc}\n\nNão peço nada de especial. Que alguém veja isto, me ligue e me diga como vão resolver, porque não tenho tempo para andar atrás disto. {demand}\n\nCumprimentos,\n{first}",
        "Exmos. Senhores,\n\nDesculpem o texto longo. Trabalho por turnos e escrevo no intervalo, por isso vou tentar ser direta. Vou de bicicleta para o trabalho há seis anos, em {town}, e desde o ano passado é a Ciclanto que trata da manutenção porque com os meus horários nenhuma oficina me serve.\n\n{desc}\n\nPercebo que qualquer um se engana. O que não percebo é ter de escrever isto às quatro da manhã. {demand}\n\nCom os melhores cumprimentos,\n{first} {last}",
    ],
}

CHAT_FRAME: dict[str, list[str]] = {
    "es": ["hola, {desc} {demand}", "Hola. {desc} Qué hacemos?", "{desc}"],
    "pt": ["olá, {desc} {demand}", "Olá. {desc} O que fazemos?", "{desc}"],
    "en": ["hi, {desc} {demand}", "{desc}"],
    "fr": ["bonjour, {desc} {demand}", "{desc}"],
    "de": ["hallo, {desc} {demand}", "{desc}"],
    "it": ["ciao, {desc} {demand}", "{desc}"],
}

SOCIAL_FRAME: dict[str, list[str]] = {
    "es": [
        "{desc} Gracias por nada, Ciclanto 😡",
        "Ciclanto, {desc} {demand}",
        "{desc} Así no, Ciclanto.",
    ],
    "pt": [
        "{desc} Obrigado por nada, Ciclanto 😡",
        "Ciclanto, {desc} {demand}",
        "{desc} Assim não, Ciclanto.",
    ],
    "en": ["{desc} Thanks for nothing Ciclanto 😡", "Ciclanto, {desc} {demand}"],
    "fr": ["{desc} Merci pour rien Ciclanto 😡", "Ciclanto, {desc} {demand}"],
    "de": ["{desc} Danke für nichts, Ciclanto 😡", "Ciclanto, {desc} {demand}"],
    "it": ["{desc} Grazie di niente Ciclanto 😡", "Ciclanto, {desc} {demand}"],
}

FORM_FRAME: dict[str, list[str]] = {
    "es": ["{desc} {demand}", "{desc} Adjunto captura de la app."],
    "pt": ["{desc} {demand}", "{desc} Envio captura de ecrã da app."],
    "en": ["{desc} {demand}"],
    "fr": ["{desc} {demand}"],
    "de": ["{desc} {demand}"],
    "it": ["{desc} {demand}"],
}

#: Speech-to-text calls: {desc} is given without punctuation.
PHONE_FRAME: dict[str, list[str]] = {
    "es": [
        "hola buenos días mire le llamo porque {desc} y quiero que me lo solucionen",
        "sí hola a ver es que {desc} y no sé qué hacer ya",
        "buenas tardes llamo porque {desc} esto no puede ser",
    ],
    "pt": [
        "olá bom dia estou a ligar porque {desc} e quero que me resolvam isto",
        "sim olá é que {desc} e já não sei o que fazer",
        "boa tarde ligo porque {desc} isto não pode ser",
    ],
    "en": [
        "hi yeah I'm calling because {desc} and I want it sorted",
        "hello right so {desc} and I don't know what to do",
    ],
    "fr": [
        "bonjour je vous appelle parce que {desc} et je voudrais une solution",
        "oui bonjour alors {desc} c'est pas possible",
    ],
    "de": [
        "hallo ich rufe an weil {desc} und ich will dass das geklärt wird",
        "ja hallo also {desc} das geht so nicht",
    ],
    "it": [
        "buongiorno chiamo perché {desc} e vorrei una soluzione",
        "sì pronto allora {desc} così non va",
    ],
}

CASE_OPENED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu incidencia {case}",
        "Hola, {first}:\n\nHemos abierto la incidencia {case} con lo que nos cuentas. Un compañero la revisa hoy y te escribimos en cuanto sepamos algo.\n\nPerdona las molestias,\n{agent}, Ciclanto",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá, {first}:\n\nAbrimos o pedido {case} com o que nos descreveu. Um colega vai analisá-lo hoje e escrevemos logo que haja novidades.\n\nPedimos desculpa pelo incómodo,\n{agent}, Ciclanto",
    ),
    "en": (
        "Your case {case}",
        "Hi {first},\n\nWe've opened case {case} with what you told us. A colleague is looking at it today and we'll write as soon as we know more.\n\nSorry for the trouble,\n{agent}, Ciclanto",
    ),
    "fr": (
        "Votre demande {case}",
        "Bonjour {first},\n\nNous avons ouvert la demande {case}. Un collègue l'examine aujourd'hui et nous revenons vers vous dès que possible.\n\nDésolés pour le désagrément,\n{agent}, Ciclanto",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first},\n\nwir haben den Vorgang {case} angelegt. Ein Kollege schaut ihn sich heute an, wir melden uns, sobald wir mehr wissen.\n\nEntschuldigen Sie die Umstände,\n{agent}, Ciclanto",
    ),
    "it": (
        "La tua segnalazione {case}",
        "Ciao {first},\n\nabbiamo aperto la segnalazione {case}. Un collega la guarda oggi e ti scriviamo appena sappiamo qualcosa.\n\nCi scusiamo per il disagio,\n{agent}, Ciclanto",
    ),
}

CHAT_CASE: dict[str, str] = {
    "es": "Lo siento mucho. He abierto la incidencia {case} y la pasa hoy mismo un compañero; te escribimos por correo.",
    "pt": "Lamento muito. Abri o pedido {case} e um colega trata dele hoje; escrevemos por e-mail.",
    "en": "I'm really sorry. I've opened case {case} and a colleague will pick it up today; we'll e-mail you.",
    "fr": "Je suis vraiment désolée. J'ai ouvert la demande {case}, un collègue la traite aujourd'hui ; nous vous écrivons par e-mail.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt, ein Kollege kümmert sich heute darum; wir melden uns per E-Mail.",
    "it": "Mi dispiace molto. Ho aperto la segnalazione {case}, un collega se ne occupa oggi; ti scriviamo via e-mail.",
}

CHAT_URGENT: dict[str, str] = {
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei-o como urgente.",
    "en": "I've added this to case {case} and marked it urgent.",
    "fr": "Je l'ai ajouté à la demande {case} et l'ai marquée urgente.",
    "de": "Ich habe das zum Vorgang {case} hinzugefügt und als dringend markiert.",
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente.",
}

QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case}",
        "Hola, {first}:\n\nTu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\n{agent}, Ciclanto",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Olá, {first}:\n\nO seu pedido {case} está agora com a nossa responsável de qualidade, que lhe vai ligar antes de sexta ao meio-dia.\n\n{agent}, Ciclanto",
    ),
    "en": (
        "Re: Your case {case}",
        "Hi {first},\n\nYour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\n{agent}, Ciclanto",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour {first},\n\nVotre demande {case} est maintenant suivie par notre responsable qualité, qui vous appellera avant vendredi midi.\n\n{agent}, Ciclanto",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n\n{agent}, Ciclanto",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Ciao {first},\n\nla tua segnalazione {case} è ora seguita dalla nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno.\n\n{agent}, Ciclanto",
    ),
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case}",
        "Hola, {first}:\n\nBuenas noticias sobre la incidencia {case}: lo hemos corregido y deberías verlo ya en la app y en el banco en 1-2 días (o el mecánico pasará de nuevo sin coste, si era la bici). ¿Nos confirmas que está bien?\n\n{agent}, Ciclanto",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Olá, {first}:\n\nBoas notícias sobre o pedido {case}: já corrigimos e deve ver na app e no banco em 1-2 dias (ou o mecânico volta sem custos, se era a bicicleta). Pode confirmar-nos que ficou tudo bem?\n\n{agent}, Ciclanto",
    ),
    "en": (
        "Re: Your case {case}",
        "Hi {first},\n\nGood news on case {case}: it's been put right, you should see it in the app and at your bank within 1-2 days (or the mechanic comes back free if it was the bike). Could you confirm it's all fine?\n\n{agent}, Ciclanto",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour {first},\n\nBonne nouvelle pour la demande {case} : c'est corrigé, vous le verrez dans l'appli et sur votre compte sous 1-2 jours (ou le mécanicien repasse gratuitement s'il s'agissait du vélo). Pouvez-vous nous confirmer que tout va bien ?\n\n{agent}, Ciclanto",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo {first},\n\ngute Nachrichten zum Vorgang {case}: Es ist korrigiert, Sie sehen es in 1-2 Tagen in der App und auf dem Konto (oder der Mechaniker kommt kostenlos nochmal, wenn es ums Rad ging). Können Sie uns bestätigen, dass alles passt?\n\n{agent}, Ciclanto",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Ciao {first},\n\nbuone notizie sulla segnalazione {case}: è stato corretto, lo vedrai in app e in banca entro 1-2 giorni (o il meccanico ripassa gratis, se era la bici). Ci confermi che è tutto a posto?\n\n{agent}, Ciclanto",
    ),
}

CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, incidencia {case} resuelta. Gracias!",
        "RE {case}: todo bien ya, muchas gracias por arreglarlo",
        "Sí, ya está, {case} solucionado. Gracias a los dos",
    ],
    "pt": [
        "Confirmado, pedido {case} resolvido. Obrigada!",
        "{case}: já está tudo bem, obrigado por resolverem",
        "Sim, ficou resolvido ({case}). Obrigada",
    ],
    "en": [
        "Confirmed, case {case} is sorted. Thanks!",
        "{case}: all fine now, thanks for fixing it",
    ],
    "fr": ["Confirmé, la demande {case} est réglée. Merci !", "{case} : tout est bon, merci"],
    "de": [
        "Bestätigt, Vorgang {case} ist erledigt. Danke!",
        "{case}: passt jetzt, danke fürs Klären",
    ],
    "it": ["Confermo, segnalazione {case} risolta. Grazie!", "{case}: ora è tutto a posto, grazie"],
}

APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdón por el tono de ayer, estaba muy quemada. Gracias por responder tan rápido.",
        "oye, siento lo de ayer, se me fue la mano con las mayúsculas. Gracias por la respuesta",
    ],
    "pt": [
        "Desculpem o tom de ontem, estava mesmo irritada. Obrigada pela resposta rápida.",
        "peço desculpa pelo desabafo de ontem, obrigado por responderem",
    ],
    "en": ["Sorry for my tone yesterday, I was fuming. Thanks for getting back so fast."],
    "fr": ["Désolée pour le ton d'hier, j'étais à bout. Merci pour la réponse rapide."],
    "de": [
        "Entschuldigung für den Ton gestern, ich war echt sauer. Danke für die schnelle Antwort."
    ],
    "it": ["Scusate il tono di ieri, ero furiosa. Grazie per la risposta veloce."],
}

LOW_CSAT_WORDS: dict[str, list[str]] = {
    "es": ["fatal", "nada contenta", ""],
    "pt": ["péssimo", "nada satisfeita", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "it": ["pessimo", ""],
}

LOW_NPS_WORDS: dict[str, list[str]] = {
    "es": ["Hasta que no me lo arregléis, no", "no", ""],
    "pt": ["Enquanto não resolverem, não", "não", ""],
    "en": ["not until this is fixed", ""],
    "fr": ["pas tant que ce n'est pas réglé", ""],
    "de": ["erst wenn das geklärt ist", ""],
    "it": ["finché non risolvete, no", ""],
}

#: Repeat contacts: later contact (2nd, 3rd, 4th). {topic} is the short topic.
LATER: dict[str, list[str]] = {
    "es": [
        "Vuelvo a escribir por la incidencia {case}: {topic}, sigue igual, nadie me ha dicho nada.",
        "{case} sigue abierta. {topic} y ni una respuesta desde entonces.",
        "Otra vez yo, incidencia {case}. Sigue sin resolver: {topic}.",
    ],
    "pt": [
        "Volto a escrever sobre o pedido {case}: {topic}, continua igual, ninguém me disse nada.",
        "O pedido {case} continua aberto. {topic} e nem uma resposta.",
        "Outra vez eu, pedido {case}. Continua por resolver: {topic}.",
    ],
    "en": [
        "Writing again about case {case}: {topic}, still the same, nobody has got back to me.",
        "Case {case} is still open. {topic} and not a word since.",
    ],
    "fr": [
        "Je réécris pour la demande {case} : {topic}, toujours rien, personne ne m'a répondu.",
        "La demande {case} est toujours ouverte. {topic}, et pas un mot depuis.",
    ],
    "de": [
        "Ich schreibe nochmal wegen Vorgang {case}: {topic}, immer noch nichts, niemand hat sich gemeldet.",
        "Vorgang {case} ist immer noch offen. {topic} und kein Wort seitdem.",
    ],
    "it": [
        "Riscrivo per la segnalazione {case}: {topic}, ancora niente, nessuno mi ha risposto.",
        "La segnalazione {case} è ancora aperta. {topic} e nessuna notizia.",
    ],
}

#: ...the same said on the phone (speech-to-text; punctuation is dropped).
PHONE_LATER: dict[str, list[str]] = {
    "es": [
        "hola buenas llamo otra vez por la incidencia {case} {topic} y sigue igual nadie me ha llamado",
        "sí hola mire es por la incidencia {case} que sigue abierta {topic} y no sé nada",
    ],
    "pt": [
        "olá boa tarde ligo outra vez por causa do pedido {case} {topic} e continua igual ninguém me ligou",
        "sim olá é sobre o pedido {case} que continua aberto {topic} e não sei de nada",
    ],
    "en": [
        "hi I'm calling again about case {case} {topic} and it's still the same nobody has called me"
    ],
    "fr": [
        "bonjour je rappelle pour la demande {case} {topic} et c'est toujours pareil personne ne m'a rappelé"
    ],
    "de": [
        "hallo ich rufe nochmal wegen Vorgang {case} an {topic} und es ist immer noch nichts passiert"
    ],
    "it": [
        "buongiorno richiamo per la segnalazione {case} {topic} ed è ancora tutto uguale nessuno mi ha richiamato"
    ],
}

COMP_LINE: dict[str, list[str]] = {
    "es": [
        "Una compañera lleva la bici a {comp} y allí se lo arreglan en el día.",
        "Ya he mirado lo que cobra {comp}.",
    ],
    "pt": [
        "Uma colega leva a bicicleta à {comp} e lá resolvem no próprio dia.",
        "Já fui ver quanto cobra a {comp}.",
    ],
    "en": [
        "A colleague uses {comp} and they sort this kind of thing the same day.",
        "I've already looked at what {comp} charges.",
    ],
    "fr": [
        "Une collègue passe par {comp} et eux règlent ça dans la journée.",
        "J'ai déjà regardé les tarifs de {comp}.",
    ],
    "de": [
        "Eine Kollegin lässt ihr Rad bei {comp} machen, die klären so was am selben Tag.",
        "Ich habe mir schon angeschaut, was {comp} verlangt.",
    ],
    "it": [
        "Una collega va da {comp} e lì risolvono in giornata.",
        "Ho già guardato quanto chiede {comp}.",
    ],
}

FOURTH_LINE: dict[str, str] = {
    "es": "Es la CUARTA vez que escribo por lo mismo.",
    "pt": "É a QUARTA vez que escrevo pelo mesmo motivo.",
    "en": "This is the FOURTH time I'm writing about this.",
    "fr": "C'est la QUATRIÈME fois que j'écris pour ça.",
    "de": "Das ist das VIERTE Mal, dass ich deswegen schreibe.",
    "it": "È la QUARTA volta che scrivo per la stessa cosa.",
}

CASE_SUBJECT: dict[str, str] = {
    "es": "RE: Incidencia {case}",
    "pt": "RE: Pedido {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
}

# ---------------------------------------------------------------- slow churners

#: Six steps of a slide; {amount} in step 5, {comp} in step 6.
SLIDE: dict[str, list[list[str]]] = {
    "es": [
        [
            "El mecánico llegó hora y media tarde y sin avisar. Bueno, la bici quedó bien.",
            "Me han puesto pastillas de freno de las baratas y ya chirrían a la semana. Antes no pasaba.",
            "Ahora la app te obliga a subir cuatro fotos de la bici antes de reservar. Para qué??",
            "Segunda visita seguida sin la pieza, «la traigo el jueves». El jueves tampoco.",
            "Me cobran {amount} de «limpieza de transmisión» que nadie pidió. Se acabó la paciencia.",
            "Mi cuñado lleva la bici a {comp} y ya he reservado allí la revisión del sábado.",
        ],
        [
            "Franja de 9 a 11 y el mecánico aparece a las 12:40. Primera vez que me pasa.",
            "la revisión de hoy ha durado diez minutos y la rueda sigue descentrada",
            "Ya no te dejan elegir mecánico y cada vez viene uno distinto que no conoce la bici.",
            "Tercera vez que pido el presupuesto por escrito y nada.",
            "{amount} por «desplazamiento urgente» en una visita que reservé hace una semana. En serio?",
            "Una amiga me ha pasado {comp}, los he probado y han venido a la hora. Hasta aquí.",
        ],
    ],
    "pt": [
        [
            "O mecânico chegou hora e meia atrasado e sem avisar. Enfim, a bicicleta ficou bem.",
            "Puseram-me pastilhas baratas e já chiam ao fim de uma semana. Antes não era assim.",
            "Agora a app obriga a enviar quatro fotos da bicicleta antes de marcar. Para quê??",
            "Segunda visita seguida sem a peça, «trago na quinta». Na quinta também não.",
            "Cobraram-me {amount} de «limpeza da transmissão» que ninguém pediu. Acabou-se a paciência.",
            "O meu cunhado leva a bicicleta à {comp} e já marquei lá a revisão de sábado.",
        ],
        [
            "Janela das 9h às 11h e o mecânico aparece às 12h40. Primeira vez que me acontece.",
            "a revisão de hoje durou dez minutos e a roda continua empenada",
            "Já não se pode escolher o mecânico e vem sempre um diferente que não conhece a bicicleta.",
            "Terceira vez que peço o orçamento por escrito e nada.",
            "{amount} de «deslocação urgente» numa visita que marquei há uma semana. A sério?",
            "Uma amiga falou-me da {comp}, experimentei e vieram à hora. Chega.",
        ],
    ],
    "en": [
        [
            "Mechanic turned up an hour and a half late, no message. Bike's fine though.",
            "Cheap brake pads this time, squealing after a week. Never used to happen.",
            "Now the app makes you upload four photos of the bike before booking. Why??",
            "Second visit in a row without the part, 'I'll bring it Thursday'. Thursday, nothing.",
            "Charged {amount} for a 'drivetrain clean' nobody asked for. Patience gone.",
            "My brother-in-law uses {comp}, I've booked Saturday's service with them.",
        ]
    ],
    "fr": [
        [
            "Le mécanicien est arrivé avec une heure et demie de retard, sans prévenir. Bon, le vélo va bien.",
            "Plaquettes bas de gamme cette fois, ça grince au bout d'une semaine.",
            "Maintenant l'appli exige quatre photos du vélo avant de réserver. Pourquoi ??",
            "Deuxième visite sans la pièce, « je l'apporte jeudi ». Jeudi, rien.",
            "{amount} facturés pour un « nettoyage de transmission » que personne n'a demandé. Ma patience est à bout.",
            "Mon beau-frère passe par {comp}, j'ai réservé la révision de samedi chez eux.",
        ]
    ],
    "de": [
        [
            "Mechaniker kam anderthalb Stunden zu spät, ohne Nachricht. Naja, Rad läuft.",
            "Diesmal billige Bremsbeläge, quietschen nach einer Woche. Früher nie.",
            "Jetzt will die App vor jeder Buchung vier Fotos vom Rad. Wozu??",
            "Zweiter Termin ohne Ersatzteil, „bring ich Donnerstag“. Donnerstag nichts.",
            "{amount} für eine „Antriebsreinigung“, die keiner bestellt hat. Meine Geduld ist am Ende.",
            "Mein Schwager lässt bei {comp} machen, ich habe die Inspektion am Samstag dort gebucht.",
        ]
    ],
    "it": [
        [
            "Il meccanico è arrivato con un'ora e mezza di ritardo, senza avvisare. Vabbè, la bici va.",
            "Pastiglie economiche stavolta, fischiano dopo una settimana.",
            "Ora l'app vuole quattro foto della bici prima di prenotare. Perché??",
            "Seconda visita senza il pezzo, «lo porto giovedì». Giovedì niente.",
            "{amount} per una «pulizia trasmissione» che nessuno ha chiesto. Pazienza finita.",
            "Mio cognato va da {comp}, ho prenotato lì il tagliando di sabato.",
        ]
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja del plan Plus",
            "Hola,\n\nMe han dado una bici de empresa con mantenimiento incluido, así que ya no necesito el plan Plus. Quiero darme de baja y cerrar la cuenta, por favor.\n\nGracias por todo,\n{first} {last}",
        ),
        (
            "Cancelar Plus y cuenta",
            "Buenas,\n\nNos mudamos a un pueblo de Teruel donde no llegáis, así que quiero cancelar el plan Plus y cerrar mi cuenta.\n\nUn saludo,\n{first}",
        ),
    ],
    "pt": [
        (
            "Cancelar plano Plus",
            "Olá,\n\nA empresa deu-me uma bicicleta com manutenção incluída, por isso já não preciso do plano Plus. Quero cancelar e fechar a conta, por favor.\n\nObrigada por tudo,\n{first} {last}",
        ),
        (
            "Cancelamento Plus e conta",
            "Boa tarde,\n\nVamos mudar-nos para uma aldeia no interior onde vocês não chegam. Quero cancelar o Plus e encerrar a conta.\n\nCumprimentos,\n{first}",
        ),
    ],
    "en": [
        (
            "Cancel Plus",
            "Hi,\n\nWork has given me a lease bike with servicing included, so I'd like to cancel Plus and close my account please.\n\nThanks for everything,\n{first}",
        )
    ],
    "fr": [
        (
            "Résiliation Plus",
            "Bonjour,\n\nMon employeur me fournit un vélo avec entretien inclus. Je souhaite résilier Plus et fermer mon compte.\n\nMerci pour tout,\n{first}",
        )
    ],
    "de": [
        (
            "Kündigung Plus",
            "Hallo,\n\nich habe jetzt ein Dienstrad mit Wartung inklusive. Bitte kündigen Sie Plus und schließen Sie mein Konto.\n\nDanke für alles,\n{first}",
        )
    ],
    "it": [
        (
            "Disdetta Plus",
            "Buongiorno,\n\nl'azienda mi ha dato una bici con manutenzione inclusa. Vorrei disdire il Plus e chiudere l'account.\n\nGrazie di tutto,\n{first}",
        )
    ],
}

SORRY_GO: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Plus",
        "Hola, {first}:\n\nSentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Cuenta > Plan Plus > Cancelar; la cuenta se cierra al terminar.\n\n{agent}, Ciclanto",
    ),
    "pt": (
        "RE: Plus",
        "Olá, {first}:\n\nLamentamos que saia. Pode cancelar na app ou no site, em Conta > Plano Plus > Cancelar; a conta fecha no fim.\n\n{agent}, Ciclanto",
    ),
    "en": (
        "Re: Plus",
        "Hi {first},\n\nSorry to see you go. You can cancel yourself in the app or on the website under Account > Plus > Cancel; the account closes after that.\n\n{agent}, Ciclanto",
    ),
    "fr": (
        "RE : Plus",
        "Bonjour {first},\n\nDésolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Plus > Résilier.\n\n{agent}, Ciclanto",
    ),
    "de": (
        "AW: Plus",
        "Hallo {first},\n\nschade, dass Sie gehen. Sie können in der App oder auf der Website unter Konto > Plus > Kündigen selbst kündigen.\n\n{agent}, Ciclanto",
    ),
    "it": (
        "R: Plus",
        "Ciao {first},\n\nci dispiace vederti andare. Puoi disdire in app o sul sito, Account > Plus > Disdici.\n\n{agent}, Ciclanto",
    ),
}

GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app me cierra la sesión cada vez que la abro. Cada. Vez.",
        "el sms de «tu mecánico llega en 10 min» a las 7 de la mañana de un sábado, de verdad?",
        "Franjas de dos horas en pleno 2026...",
        "Otra vez la furgoneta aparcada en el carril bici de mi calle, qué ironía",
        "Las fotos obligatorias de la bici antes de reservar son un rollo",
        "no hay manera de hablar con una persona antes de las 9",
        "La factura llega en PDF de 6 páginas para un pinchazo",
    ],
    "pt": [
        "A app fecha a sessão sempre que a abro. Sempre.",
        "sms de «o seu mecânico chega em 10 min» às 7 da manhã de sábado, a sério?",
        "Janelas de duas horas em 2026...",
        "Outra vez a carrinha estacionada na ciclovia da minha rua, que ironia",
        "As fotos obrigatórias da bicicleta antes de marcar são uma seca",
        "não há maneira de falar com uma pessoa antes das 9h",
        "Fatura em PDF de 6 páginas para um furo",
    ],
    "en": [
        "App logs me out every single time I open it.",
        "'your mechanic arrives in 10 min' text at 7am on a Saturday, really?",
        "Two-hour windows in 2026...",
        "Van parked in the bike lane on my street again, the irony",
        "The compulsory bike photos before booking are a pain",
        "no way to talk to a human before 9",
        "A 6-page PDF invoice for a puncture",
    ],
    "fr": [
        "L'appli me déconnecte à chaque ouverture.",
        "sms « votre mécanicien arrive dans 10 min » à 7h un samedi, sérieux ?",
        "Des créneaux de deux heures en 2026...",
        "Encore la camionnette garée sur la piste cyclable, quelle ironie",
        "Les photos obligatoires du vélo avant de réserver, pénible",
        "impossible de parler à quelqu'un avant 9h",
        "Une facture PDF de 6 pages pour une crevaison",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus.",
        "SMS „Ihr Mechaniker kommt in 10 Min“ um 7 Uhr am Samstag, echt jetzt?",
        "Zwei-Stunden-Fenster im Jahr 2026...",
        "Schon wieder parkt der Transporter auf dem Radweg, welche Ironie",
        "Die Pflichtfotos vom Rad vor dem Buchen nerven",
        "vor 9 Uhr erreicht man keinen Menschen",
        "6-seitige PDF-Rechnung für einen Platten",
    ],
    "it": [
        "L'app mi scollega ogni volta che la apro.",
        "sms «il tuo meccanico arriva tra 10 min» alle 7 di sabato, davvero?",
        "Finestre di due ore nel 2026...",
        "Di nuovo il furgone parcheggiato sulla ciclabile, che ironia",
        "Le foto obbligatorie della bici prima di prenotare sono una noia",
        "impossibile parlare con qualcuno prima delle 9",
        "Fattura PDF di 6 pagine per una foratura",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Visita «exprés» a las 21:30, justo a tiempo para probar los frenos a oscuras. Gracias Ciclanto 👏",
        "Me devolvieron la bici tan limpia que aún tenía el barro del cliente anterior en el guardabarros 😂",
    ],
    "pt": [
        "Visita «expresso» às 21h30, mesmo a tempo de testar os travões às escuras. Obrigado Ciclanto 👏",
        "A bicicleta veio tão limpa que ainda tinha a lama do cliente anterior no guarda-lamas 😂",
    ],
    "en": [
        "'Express' visit at 9:30pm, just in time to test the brakes in the dark. Cheers Ciclanto 👏"
    ],
    "fr": [
        "Visite « express » à 21h30, pile pour tester les freins dans le noir. Merci Ciclanto 👏"
    ],
    "de": [
        "„Express“-Termin um 21:30, genau richtig, um die Bremsen im Dunkeln zu testen. Danke Ciclanto 👏"
    ],
    "it": [
        "Visita «express» alle 21:30, giusto in tempo per provare i freni al buio. Grazie Ciclanto 👏"
    ],
}

#: Mild one-off grumbles (quiet_hours): (text, agent answer).
MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "la búsqueda de mecánicos me sale en Valencia y vivo en Sevilla, raro",
            "Gracias por avisar. Revisa que la ubicación del móvil esté activada; si sigue, dinos y lo miramos.",
        ),
        (
            "Las notificaciones me llegan en inglés aunque tengo la app en español",
            "Gracias, lo pasamos al equipo de la app. Mientras, en Ajustes > Idioma puedes volver a elegir español.",
        ),
    ],
    "pt": [
        (
            "a pesquisa de mecânicos mostra Braga e eu vivo em Faro, estranho",
            "Obrigada pelo aviso. Confirme que a localização do telemóvel está ativa; se continuar, diga-nos.",
        ),
        (
            "As notificações chegam em inglês apesar de ter a app em português",
            "Obrigado, passámos à equipa da app. Entretanto, em Definições > Idioma pode voltar a escolher português.",
        ),
    ],
    "en": [
        (
            "mechanic search shows Leeds and I live in York, odd",
            "Thanks for flagging. Check location is on for the app; if it keeps happening tell us.",
        )
    ],
    "fr": [
        (
            "la recherche de mécaniciens affiche Lyon alors que j'habite à Nantes, bizarre",
            "Merci du signalement. Vérifiez que la localisation est activée ; sinon dites-le-nous.",
        )
    ],
    "de": [
        (
            "die Mechanikersuche zeigt Köln, ich wohne in Münster, komisch",
            "Danke für den Hinweis. Bitte prüfen Sie, ob die Standortfreigabe an ist; sonst melden Sie sich.",
        )
    ],
    "it": [
        (
            "la ricerca dei meccanici mostra Torino e abito a Verona, strano",
            "Grazie della segnalazione. Controlla che la posizione sia attiva; se continua, scrivici.",
        )
    ],
}

# ---------------------------------------------------------------- topic spike

SPIKE_TOPIC = "e-bike owners told by the app and by e-mail that their manufacturer warranty is void ('unapproved repair detected'), code G-4407-V"

SPIKE: dict[str, list[str]] = {
    "es": [
        "Me acaba de llegar un correo de Ciclanto diciendo que la GARANTÍA de mi e-bike queda ANULADA por «reparación no autorizada» (G-4407-V). La bici tiene 5 meses y solo la habéis tocado vosotros!!",
        "Abro la app y en Mis bicis sale en rojo «Garantía del fabricante anulada – G-4407-V». Qué significa esto? Pagué 3.200 € por la bici",
        "alguien más con el aviso de garantía anulada en la app de Ciclanto? código G-4407-V, me ha dado un susto de muerte",
        "¿Cómo que mi garantía está anulada? Error G-4407-V en la app, «reparación no homologada detectada». Solo he hecho las revisiones con vosotros.",
    ],
    "pt": [
        "Acabei de receber um e-mail da Ciclanto a dizer que a GARANTIA da minha bicicleta elétrica foi ANULADA por «reparação não autorizada» (G-4407-V). Tem 5 meses e só vocês lhe mexeram!!",
        "Abro a app e em As minhas bicicletas aparece a vermelho «Garantia do fabricante anulada – G-4407-V». O que é isto? Paguei 2.900 € pela bicicleta",
        "mais alguém com o aviso de garantia anulada na app da Ciclanto? código G-4407-V, apanhei um susto",
        "Como assim a minha garantia está anulada? Erro G-4407-V na app, «reparação não homologada detetada». Só fiz revisões convosco.",
    ],
    "en": [
        "Just got an email from Ciclanto saying my e-bike's manufacturer WARRANTY is VOID because of an 'unapproved repair' (G-4407-V). It's 5 months old and only you have touched it!!",
        "Opened the app and My bikes shows a red banner 'Manufacturer warranty void - G-4407-V'. What does that mean?",
    ],
    "fr": [
        "Je viens de recevoir un mail de Ciclanto : la GARANTIE de mon vélo électrique est ANNULÉE pour « réparation non agréée » (G-4407-V). Il a 5 mois et vous êtes les seuls à y avoir touché !!",
        "Dans l'appli, Mes vélos affiche en rouge « Garantie constructeur annulée – G-4407-V ». C'est quoi ce délire ?",
    ],
    "de": [
        "Gerade eine Mail von Ciclanto: die Herstellergarantie meines E-Bikes sei wegen „nicht autorisierter Reparatur“ ERLOSCHEN (G-4407-V). Das Rad ist 5 Monate alt und nur Sie haben daran gearbeitet!!",
        "In der App steht bei Meine Räder rot „Herstellergarantie erloschen – G-4407-V“. Was soll das?",
    ],
    "it": [
        "Mi è appena arrivata una mail di Ciclanto: la GARANZIA della mia e-bike è ANNULLATA per «riparazione non autorizzata» (G-4407-V). Ha 5 mesi e ci avete messo le mani solo voi!!",
        "Nell'app, Le mie bici mostra in rosso «Garanzia del produttore annullata – G-4407-V». Che significa?",
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "es": "Garantía anulada G-4407-V",
    "pt": "Garantia anulada G-4407-V",
    "en": "Warranty void G-4407-V??",
    "fr": "Garantie annulée G-4407-V",
    "de": "Garantie erloschen G-4407-V",
    "it": "Garanzia annullata G-4407-V",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigo con el aviso G-4407-V, ahora también en la bici de mi pareja, que ni siquiera ha pasado revisión. Alguien me explica algo?",
        "Os escribí hace un rato: la garantía sigue saliendo ANULADA (G-4407-V) y no me contesta nadie.",
    ],
    "pt": [
        "Continua o aviso G-4407-V, agora também na bicicleta da minha mulher, que nem fez revisão. Alguém me explica?",
        "Escrevi há bocado: a garantia continua ANULADA (G-4407-V) e ninguém responde.",
    ],
    "en": [
        "Still G-4407-V, and now my partner's bike shows it too and it's never been serviced. Anyone?"
    ],
    "fr": [
        "Toujours G-4407-V, et maintenant sur le vélo de mon conjoint aussi, jamais révisé. Quelqu'un ?"
    ],
    "de": ["Immer noch G-4407-V, jetzt auch beim Rad meiner Frau, das nie bei Ihnen war. Hallo?"],
    "it": [
        "Ancora G-4407-V, e ora anche sulla bici di mio marito, mai fatta revisione. Qualcuno risponde?"
    ],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, el aviso de garantía anulada (G-4407-V) está saliendo ahora mismo a todos los clientes con e-bike y es un error nuestro: tu garantía no ha cambiado. Los técnicos ya están en ello.",
    "pt": "Sim, o aviso de garantia anulada (G-4407-V) está a aparecer agora a todos os clientes com bicicleta elétrica e é um erro nosso: a sua garantia não mudou. A equipa técnica já está a tratar.",
    "en": "Yes, the warranty-void notice (G-4407-V) is going out to every e-bike customer right now and it's our error: your warranty hasn't changed. Our engineers are on it.",
    "fr": "Oui, l'avis de garantie annulée (G-4407-V) s'affiche en ce moment chez tous les clients avec un vélo électrique, c'est une erreur de notre part : votre garantie n'a pas changé. Nos techniciens s'en occupent.",
    "de": "Ja, der Hinweis „Garantie erloschen“ (G-4407-V) geht gerade an alle E-Bike-Kunden und ist unser Fehler: Ihre Garantie ist unverändert. Unsere Technik ist dran.",
    "it": "Sì, l'avviso di garanzia annullata (G-4407-V) sta arrivando in questo momento a tutti i clienti con e-bike ed è un nostro errore: la tua garanzia non è cambiata. I tecnici ci stanno lavorando.",
}

#: The "withdrawn" e-mail: {time} local time, {credit} money.
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu garantía sigue intacta",
        "Hola, {first}:\n\nEl aviso de garantía anulada (G-4407-V) que recibiste esta mañana fue un error de nuestra sincronización con los fabricantes. Está retirado desde las {time} y tu garantía no ha cambiado en ningún momento. Te hemos añadido {credit} de saldo por el susto.\n\n{agent}, Ciclanto",
    ),
    "pt": (
        "A sua garantia continua válida",
        "Olá, {first}:\n\nO aviso de garantia anulada (G-4407-V) que recebeu esta manhã foi um erro da nossa sincronização com os fabricantes. Está retirado desde as {time} e a sua garantia nunca mudou. Acrescentámos {credit} de saldo pelo susto.\n\n{agent}, Ciclanto",
    ),
    "en": (
        "Your warranty is untouched",
        "Hi {first},\n\nThe warranty-void notice (G-4407-V) you got this morning was an error in our sync with the manufacturers. It's been withdrawn since {time} and your warranty never changed. We've added {credit} credit for the scare.\n\n{agent}, Ciclanto",
    ),
    "fr": (
        "Votre garantie est intacte",
        "Bonjour {first},\n\nL'avis de garantie annulée (G-4407-V) reçu ce matin venait d'une erreur de synchronisation avec les fabricants. Il est retiré depuis {time} et votre garantie n'a jamais changé. Nous avons ajouté {credit} de crédit.\n\n{agent}, Ciclanto",
    ),
    "de": (
        "Ihre Garantie ist unverändert",
        "Hallo {first},\n\nder Hinweis „Garantie erloschen“ (G-4407-V) von heute Morgen war ein Fehler beim Abgleich mit den Herstellern. Er ist seit {time} Uhr zurückgezogen, Ihre Garantie hat sich nie geändert. Wir haben Ihnen {credit} Guthaben gutgeschrieben.\n\n{agent}, Ciclanto",
    ),
    "it": (
        "La tua garanzia è intatta",
        "Ciao {first},\n\nl'avviso di garanzia annullata (G-4407-V) di stamattina era un errore di sincronizzazione con i produttori. È ritirato dalle {time} e la tua garanzia non è mai cambiata. Ti abbiamo aggiunto {credit} di credito.\n\n{agent}, Ciclanto",
    ),
}

#: Lone questions the day before: a warranty line that worked.
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "Hola, anoche en Mis bicis la garantía de la e-bike salió un rato en gris «comprobando…» y luego ya ponía «válida hasta 2028». Está todo bien, no?",
        "¡Hola! Sí, todo bien: cada noche sincronizamos con los fabricantes y mientras tanto sale en gris. «Válida hasta 2028» es lo correcto.",
    ),
    "pt": (
        "Olá, ontem à noite em As minhas bicicletas a garantia ficou um bocado a cinzento «a verificar…» e depois dizia «válida até 2028». Está tudo bem, certo?",
        "Olá! Sim, está tudo bem: todas as noites sincronizamos com os fabricantes e entretanto aparece a cinzento. «Válida até 2028» é o correto.",
    ),
}

#: Monday grumbles of the calm week: (text, answer).
TS_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "el mapa de la furgoneta en directo tarda un montón en cargar hoy",
        "Gracias por avisar, lo estamos mirando; la hora estimada del SMS sigue siendo fiable.",
    ),
    "pt": (
        "o mapa da carrinha em tempo real está a demorar imenso a carregar hoje",
        "Obrigada pelo aviso, estamos a ver; a hora estimada do SMS continua certa.",
    ),
}
