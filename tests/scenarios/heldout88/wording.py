# ruff: noqa: E501
"""Words of the households for heldout88 (Cantilo, school lunches by app and web).

Placeholders: {kid} (the child), {school}, {first} and {name} (the writer),
{amount}, {case}, {comp} (a competitor), {agent}. Gender marks: [[boy|girl]]
follow the child, [@man|woman@] the writer; the generator resolves them.
"""

from __future__ import annotations

BRAND = "Cantilo"
COMPETITORS = ("Pappelino", "Tellerix")

LANGS = ("fr", "es", "en", "de", "it", "pt")

FIRST: dict[str, dict[str, list[str]]] = {
    "fr": {
        "f": [
            "Camille",
            "Léa",
            "Manon",
            "Chloé",
            "Élodie",
            "Sandrine",
            "Aurélie",
            "Nathalie",
            "Sophie",
            "Julie",
            "Émilie",
            "Céline",
            "Inès",
            "Amandine",
            "Laetitia",
            "Mélanie",
        ],
        "m": [
            "Thomas",
            "Nicolas",
            "Julien",
            "Maxime",
            "Sébastien",
            "Olivier",
            "Karim",
            "Mathieu",
            "Guillaume",
            "Romain",
            "Yannick",
            "Cédric",
            "Benoît",
            "Arnaud",
            "Loïc",
        ],
    },
    "es": {
        "f": [
            "Lucía",
            "María",
            "Carmen",
            "Laura",
            "Marta",
            "Elena",
            "Paula",
            "Cristina",
            "Nuria",
            "Beatriz",
            "Raquel",
            "Sonia",
            "Ainhoa",
            "Rocío",
            "Irene",
            "Pilar",
        ],
        "m": [
            "Javier",
            "Sergio",
            "Pablo",
            "David",
            "Alberto",
            "Raúl",
            "Iñaki",
            "Jorge",
            "Álvaro",
            "Rubén",
            "Óscar",
            "Manuel",
            "Gonzalo",
            "Adrián",
            "Héctor",
        ],
    },
    "en": {
        "f": ["Emma", "Sarah", "Claire", "Rachel", "Niamh", "Hannah", "Gemma", "Aoife", "Lucy"],
        "m": ["James", "Daniel", "Ciarán", "Tom", "Mark", "Owen", "Patrick", "Rob", "Conor"],
    },
    "de": {
        "f": [
            "Katrin",
            "Julia",
            "Anna",
            "Sabine",
            "Melanie",
            "Stefanie",
            "Lena",
            "Miriam",
            "Nadine",
        ],
        "m": [
            "Tobias",
            "Florian",
            "Markus",
            "Jan",
            "Matthias",
            "Stefan",
            "Lukas",
            "Daniel",
            "Sven",
        ],
    },
    "it": {
        "f": ["Giulia", "Francesca", "Chiara", "Elisa", "Silvia", "Valentina", "Martina", "Serena"],
        "m": ["Marco", "Luca", "Andrea", "Davide", "Matteo", "Stefano", "Paolo", "Simone"],
    },
    "pt": {
        "f": ["Ana", "Inês", "Mariana", "Joana", "Rita", "Catarina", "Sofia", "Filipa"],
        "m": ["João", "Tiago", "Rui", "Pedro", "Miguel", "Nuno", "Bruno", "Hugo"],
    },
}

SURNAMES: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Chevalier",
        "Lambert",
        "Bonnet",
        "Faure",
        "Garnier",
        "Roux",
        "Perrin",
        "Morel",
        "Gauthier",
        "Masson",
        "Lemaire",
        "Barbier",
        "Renaud",
        "Leclerc",
        "Collin",
        "Vidal",
        "Marchand",
        "Aubert",
        "Caron",
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
        "Domínguez",
        "Gil",
        "Vázquez",
        "Serrano",
        "Ramos",
        "Blanco",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Ortiz",
        "Rubio",
        "Marín",
        "Iglesias",
        "Medina",
        "Garrido",
        "Cortés",
        "Peña",
        "Calvo",
        "Lozano",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Hughes",
        "Byrne",
        "Clarke",
        "Kelly",
        "Bennett",
        "Doyle",
        "Foster",
        "Reid",
        "Shaw",
        "Nolan",
        "Carter",
    ],
    "de": [
        "Hofmann",
        "Schneider",
        "Wagner",
        "Becker",
        "Krüger",
        "Vogel",
        "Brandt",
        "Lehmann",
        "Huber",
        "Graf",
        "Winter",
        "Keller",
        "Zimmermann",
        "Frank",
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
        "Fontana",
        "Moretti",
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
        "Lopes",
        "Marques",
        "Almeida",
    ],
}

KIDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "m": ["Lucas", "Hugo", "Nathan", "Jules", "Léo", "Gabriel", "Noah", "Timéo"],
        "f": ["Jade", "Louise", "Clémence", "Lina", "Capucine", "Rose", "Zoé", "Margaux"],
    },
    "es": {
        "m": ["Mateo", "Hugo", "Martín", "Leo", "Daniel", "Pablo", "Marcos", "Izan"],
        "f": ["Lucía", "Sofía", "Martina", "Vega", "Valeria", "Olivia", "Carla", "Noa"],
    },
    "en": {
        "m": ["Jack", "Oisín", "Noah", "Finn", "Harry"],
        "f": ["Ava", "Ella", "Grace", "Isla", "Freya"],
    },
    "de": {
        "m": ["Paul", "Felix", "Jonas", "Elias", "Ben"],
        "f": ["Mia", "Emilia", "Hanna", "Lea", "Ida"],
    },
    "it": {
        "m": ["Leonardo", "Tommaso", "Francesco", "Riccardo", "Edoardo"],
        "f": ["Aurora", "Giorgia", "Sofia", "Ginevra", "Beatrice"],
    },
    "pt": {
        "m": ["Santiago", "Tomás", "Duarte", "Salvador", "Gaspar"],
        "f": ["Leonor", "Matilde", "Beatriz", "Carolina", "Benedita"],
    },
}

SCHOOLS: dict[str, list[str]] = {
    "FR": [
        "l'école Jules-Ferry",
        "l'école des Tilleuls",
        "l'école Pasteur",
        "l'école du Moulin",
        "l'école Jean-Jaurès",
    ],
    "BE": ["l'école communale de Jette", "l'école des Marronniers"],
    "LU": ["l'école de Bonnevoie", "l'école du Limpertsberg"],
    "CH": ["l'école de Prélaz", "l'école des Pâquis"],
    "ES": [
        "CEIP Miguel Hernández",
        "CEIP Las Acacias",
        "colegio San Roque",
        "CEIP Rosalía de Castro",
        "colegio Virgen del Pilar",
    ],
    "UK": ["St Anne's Primary", "Hillside Primary", "Orchard Lane Primary"],
    "IE": ["Scoil Bhríde", "St Brigid's NS"],
    "DE": ["Grundschule am Park", "Lindenschule", "Grundschule Sonnenhof"],
    "AT": ["Volksschule Kagran", "Volksschule Leopoldau"],
    "IT": ["scuola Collodi", "primaria Don Milani", "scuola Gianni Rodari"],
    "PT": ["EB Quinta do Conde", "escola básica das Laranjeiras", "EB do Alto do Lumiar"],
}
#: Schools of Swiss customers by language (the market's table is French).
SCHOOLS_CH: dict[str, list[str]] = {
    "de": ["Primarschule Gotthelf", "Primarschule Wiedikon"],
    "it": ["scuola elementare di Molino Nuovo", "scuola elementare di Besso"],
}

TOWNS: dict[str, list[str]] = {
    "FR": [
        "Lyon",
        "Nantes",
        "Toulouse",
        "Lille",
        "Rennes",
        "Montpellier",
        "Grenoble",
        "Tours",
        "Dijon",
        "Angers",
    ],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "CH": ["Lausanne", "Genève", "Zürich", "Bern", "Lugano", "Fribourg"],
    "ES": [
        "Madrid",
        "Valencia",
        "Sevilla",
        "Zaragoza",
        "Bilbao",
        "Málaga",
        "Alicante",
        "Valladolid",
        "Murcia",
        "Vigo",
    ],
    "UK": ["Manchester", "Leeds", "Bristol", "Nottingham"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["Köln", "Leipzig", "Freiburg", "Hannover", "Nürnberg"],
    "AT": ["Wien", "Graz", "Linz"],
    "IT": ["Torino", "Bologna", "Verona", "Bari", "Padova"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal"],
}

JOBS = [
    "nurse",
    "bus driver",
    "secondary-school teacher",
    "pharmacist",
    "accountant",
    "hairdresser",
    "electrician",
    "warehouse supervisor",
    "physiotherapist",
    "shop manager",
    "software tester",
    "postal worker",
    "lab technician",
    "architect",
    "dental assistant",
    "insurance claims handler",
    "civil servant",
    "chef",
    "graphic designer",
    "train conductor",
    "midwife",
    "estate agent",
    "plumber",
    "bank clerk",
]
NIGHT_JOBS = [
    "night-shift nurse",
    "baker",
    "hospital porter on nights",
    "security guard",
    "parent of a newborn",
    "airport cleaner on nights",
    "taxi driver on nights",
]

AGENTS: dict[str, list[str]] = {
    "fr": ["Camille", "Yasmine", "Hélène", "Bastien"],
    "es": ["Marta", "Nerea", "Andrés", "Lorena"],
    "en": ["Siobhan", "Ryan"],
    "de": ["Jana", "Tim"],
    "it": ["Elena", "Fabio"],
    "pt": ["Beatriz", "Hugo"],
}

#: (product label, price in euros, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("Lunch week x5 / Semaine de repas x5", 24.50, "/menus"),
    ("Cantilo Familia, monthly / Formule Familia, mensuelle", 89.00, "/plans/familia"),
    ("School-trip picnic / Pique-nique de sortie", 7.50, "/picnic"),
    ("Holiday club lunches x10 / Repas centre de loisirs x10", 52.00, "/holiday-club"),
    ("Class birthday cake, 24 portions / Gâteau de classe, 24 parts", 32.00, "/cakes"),
    ("Balance top-up 50 / Recharge 50", 50.00, "/top-up"),
]
PAGES = [
    "/menus",
    "/menus/next-week",
    "/plans/familia",
    "/holiday-club",
    "/help/absences",
    "/schools",
    "/cakes",
    "/account/documents",
    "/picnic",
    "/top-up",
]

SIGN_TOWN_WORD = {
    "fr": "Cordialement",
    "es": "Un saludo",
    "en": "Thanks",
    "de": "Viele Grüße",
    "it": "Cordiali saluti",
    "pt": "Cumprimentos",
}

# --- happy words -------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Trois semaines de cantine Cantilo et {kid} finit enfin son assiette. Le poisson pané maison a fait une révolution à la maison 😄",
        "Merci Cantilo pour le menu de Mardi gras, {kid} est [[rentré|rentrée]] en parlant des crêpes toute la soirée.",
        "Franchement l'appli Cantilo c'est le jour et la nuit avec l'ancien système papier. J'inscris et je désinscris {kid} en deux clics.",
        "Les repas à {school} sont vraiment meilleurs depuis que Cantilo a repris la cantine. Des légumes que {kid} mange, c'est dire.",
        "Petit mot pour l'équipe Cantilo de {school} : la dame du service connaît le prénom de chaque enfant. Ça compte.",
    ],
    "es": [
        "Desde que el comedor del {school} es de Cantilo, {kid} se come hasta las lentejas. No me lo creo ni yo 😅",
        "Gracias Cantilo por el menú de Halloween, {kid} llegó a casa contando lo de la crema de calabaza 'de bruja'.",
        "La app de Cantilo es comodísima: apunto y desapunto a {kid} del comedor en dos segundos desde el bus.",
        "Qué diferencia con el catering de antes. Menús variados, fruta buena y {kid} [[contento|contenta]]. Bien por Cantilo.",
        "Un aplauso a las monitoras de Cantilo del {school}, se saben el nombre de cada niño y sus alergias.",
    ],
    "en": [
        "Three weeks of Cantilo lunches at {school} and {kid} is actually eating vegetables. Witchcraft.",
        "Shout out to the Cantilo team at {school}, the pancake day menu was a massive hit with {kid}.",
        "Booking and cancelling {kid}'s lunches on the Cantilo app takes seconds. So much better than the old envelopes of cash.",
    ],
    "de": [
        "Seit Cantilo das Mittagessen an der {school} macht, isst {kid} sogar Gemüse. Danke!",
        "Die Cantilo-App ist super praktisch: {kid} an- und abmelden dauert zehn Sekunden.",
        "Großes Lob an das Küchenteam von Cantilo, der Kaiserschmarrn am Freitag war Gesprächsthema beim Abendessen 😄",
    ],
    "it": [
        "Da quando la mensa della {school} è di Cantilo, {kid} mangia anche le verdure. Miracolo!",
        "L'app di Cantilo è comodissima, prenoto e disdico i pasti di {kid} in due secondi.",
        "Complimenti a Cantilo per il menù di Carnevale, {kid} non parlava d'altro.",
    ],
    "pt": [
        "Desde que a cantina da {school} é da Cantilo, [[o|a]] {kid} come sopa sem reclamar. Obrigad[@o|a@]!",
        "A app da Cantilo é mesmo prática, marco e desmarco as refeições em dois cliques.",
        "Parabéns à equipa da Cantilo na {school}, conhecem cada criança pelo nome.",
    ],
}

AGAIN: dict[str, list[str]] = {
    "fr": [
        "Troisième trimestre avec Cantilo et toujours aucun souci. Les menus arrivent le jeudi, on choisit en deux minutes.",
        "Encore une fois merci à l'équipe Cantilo de {school} : {kid} a eu une bougie sur son dessert pour son anniversaire.",
        "Toujours aussi [@content|contente@] de Cantilo, deuxième année et pas un repas raté.",
    ],
    "es": [
        "Tercer trimestre con Cantilo y ni un problema. Los menús salen el jueves y elegimos en dos minutos.",
        "Otra vez gracias al equipo de Cantilo del {school}: a {kid} le pusieron una vela en el postre por su cumple.",
        "Sigo [@encantado|encantada@] con Cantilo, segundo curso y ni un fallo.",
    ],
    "en": [
        "Second year with Cantilo and still not one missed lunch. Menus out on Thursday, sorted in two minutes.",
        "Again a big thank you to the Cantilo team, {kid} got a candle on the pudding for the birthday.",
    ],
    "de": [
        "Schon das dritte Halbjahr mit Cantilo und immer noch kein einziges Problem.",
        "Wieder mal danke an das Cantilo-Team, {kid} hat zum Geburtstag eine Kerze auf den Nachtisch bekommen.",
    ],
    "it": [
        "Terzo trimestre con Cantilo e ancora nessun problema. Menù il giovedì, scelta in due minuti.",
        "Ancora una volta grazie a Cantilo, a {kid} hanno messo una candelina sul dolce per il compleanno.",
    ],
    "pt": [
        "Terceiro período com a Cantilo e continua tudo impecável.",
        "Mais uma vez obrigad[@o|a@] à Cantilo, puseram uma vela na sobremesa [[do|da]] {kid} no dia de anos.",
    ],
}

GRIPE: dict[str, list[str]] = {
    "fr": [
        "Très [@content|contente@] de Cantilo, juste le menu en PDF illisible sur téléphone. Sinon rien à dire.",
        "Repas top, mais les boîtes du pique-nique ferment mal, on a retrouvé de la compote dans le sac. À part ça nickel.",
    ],
    "es": [
        "Muy [@contento|contenta@] con Cantilo, solo que el menú en PDF no se lee bien en el móvil. Por lo demás perfecto.",
        "Comida buenísima, pero las tarteras del pícnic cierran fatal. Quitando eso, de diez.",
    ],
    "en": [
        "Really happy with Cantilo, only the menu PDF is unreadable on a phone. Otherwise great."
    ],
    "de": [
        "Sehr zufrieden mit Cantilo, nur der Speiseplan als PDF ist am Handy kaum lesbar. Sonst top."
    ],
    "it": [
        "Molto [@contento|contenta@] di Cantilo, solo il menù in PDF si legge male sul telefono. Per il resto ottimo."
    ],
    "pt": [
        "Muito [@satisfeito|satisfeita@] com a Cantilo, só a ementa em PDF é ilegível no telemóvel. De resto ótimo."
    ],
}

CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, est-ce qu'on peut choisir le menu végétarien seulement certains jours ?",
            "Bonjour ! Oui, vous le choisissez jour par jour dans l'onglet Menus, jusqu'au jeudi minuit pour la semaine suivante.",
        ),
        (
            "Mon fils change d'école en janvier, je dois recréer un compte ?",
            "Non, il suffit de modifier l'école dans son profil enfant, le solde et la formule suivent.",
        ),
        (
            "Le goûter du centre de loisirs est compris dans la formule Familia ?",
            "Oui, le goûter est compris le mercredi et pendant les vacances scolaires.",
        ),
        (
            "Où je trouve l'attestation annuelle pour la CAF ?",
            "Dans Compte > Documents, l'attestation annuelle est en PDF. Bonne journée !",
        ),
    ],
    "es": [
        (
            "Hola, ¿se puede elegir el menú vegetariano solo algunos días?",
            "¡Hola! Sí, se elige día a día en la pestaña Menús, hasta el jueves a medianoche para la semana siguiente.",
        ),
        (
            "Mi hija cambia de cole en enero, ¿tengo que crear otra cuenta?",
            "No, basta con cambiar el colegio en su perfil; el saldo y el plan se mantienen.",
        ),
        (
            "¿La merienda del campamento entra en el plan Familia?",
            "Sí, la merienda entra los días de campamento y en vacaciones.",
        ),
        (
            "¿Dónde descargo el certificado de gastos de comedor para la renta?",
            "En Cuenta > Documentos tienes el certificado anual en PDF. ¡Buen día!",
        ),
    ],
    "en": [
        (
            "Hi, can we pick the veggie option only on some days?",
            "Hi! Yes, you choose day by day in the Menus tab, until Thursday midnight for the week after.",
        ),
        (
            "Where do I find the yearly statement for childcare costs?",
            "Under Account > Documents, the yearly statement is there as a PDF. Have a good day!",
        ),
    ],
    "de": [
        (
            "Hallo, kann man das vegetarische Menü nur an einzelnen Tagen wählen?",
            "Hallo! Ja, das wählen Sie Tag für Tag unter Menüs, bis Donnerstag Mitternacht für die Folgewoche.",
        ),
        (
            "Wo finde ich die Jahresbescheinigung fürs Finanzamt?",
            "Unter Konto > Dokumente liegt die Jahresbescheinigung als PDF. Schönen Tag noch!",
        ),
    ],
    "it": [
        (
            "Ciao, si può scegliere il menù vegetariano solo in certi giorni?",
            "Ciao! Sì, si sceglie giorno per giorno nella sezione Menù, entro giovedì a mezzanotte per la settimana dopo.",
        ),
        (
            "Dove trovo l'attestazione annuale per il 730?",
            "In Account > Documenti trovi l'attestazione annuale in PDF. Buona giornata!",
        ),
    ],
    "pt": [
        (
            "Olá, dá para escolher o menu vegetariano só em alguns dias?",
            "Olá! Sim, escolhe dia a dia no separador Ementas, até quinta à meia-noite para a semana seguinte.",
        ),
        (
            "Onde encontro a declaração anual para o IRS?",
            "Em Conta > Documentos tem a declaração anual em PDF. Bom dia!",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "fr": ["Super, merci !", "Parfait merci beaucoup", "Ah génial, merci 🙏"],
    "es": ["¡Genial, gracias!", "Perfecto, mil gracias", "vale, gracias 🙏"],
    "en": ["Brilliant, thanks!", "Perfect, cheers"],
    "de": ["Super, danke!", "Perfekt, vielen Dank"],
    "it": ["Perfetto, grazie!", "Ottimo, grazie mille"],
    "pt": ["Ótimo, obrigad[@o|a@]!", "Perfeito, muito obrigad[@o|a@]"],
}

#: (subject, body, agent's answer)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Question sur la réduction fratrie",
            "Bonjour,\n\nNous avons maintenant deux enfants à la cantine de {school}. La réduction fratrie s'applique-t-elle automatiquement avec la formule Familia ou faut-il la demander ?\n\nMerci d'avance,\n{name}",
            "Bonjour {first},\n\nElle s'applique automatiquement dès que le deuxième enfant est rattaché à votre compte : -15 % sur chaque repas du deuxième enfant.\n\nBonne journée,\n{agent}, service familles Cantilo",
        ),
        (
            "Repas sans porc",
            "Bonjour, est-il possible d'indiquer une fois pour toutes que {kid} ne mange pas de porc, plutôt que de cocher chaque semaine ? Merci, {name}",
            "Bonjour {first},\n\nOui : dans le profil de {kid}, rubrique Régime, cochez « sans porc » ; les menus seront adaptés automatiquement chaque semaine.\n\n{agent}, service familles Cantilo",
        ),
    ],
    "es": [
        (
            "Pregunta sobre el descuento por hermanos",
            "Hola:\n\nAhora tenemos a los dos niños en el comedor del {school}. ¿El descuento por hermanos se aplica solo con el plan Familia o hay que pedirlo?\n\nGracias,\n{name}",
            "Hola, {first}:\n\nSe aplica solo en cuanto el segundo niño está en tu cuenta: un 15 % menos en cada menú del segundo.\n\nUn saludo,\n{agent}, atención a familias de Cantilo",
        ),
        (
            "Menú sin cerdo",
            "Hola, ¿se puede marcar de una vez que {kid} no come cerdo, en vez de cambiarlo cada semana? Gracias. {name}",
            "Hola, {first}:\n\nSí, en el perfil de {kid}, apartado Dieta, marca «sin cerdo» y los menús se adaptan solos cada semana.\n\n{agent}, atención a familias de Cantilo",
        ),
    ],
    "en": [
        (
            "Sibling discount question",
            "Hello,\n\nBoth our kids now have lunch at {school}. Does the sibling discount apply automatically with the Familia plan?\n\nThanks,\n{name}",
            "Hi {first},\n\nYes, as soon as the second child is on your account: 15% off each of the second child's lunches.\n\nBest wishes,\n{agent}, Cantilo family support",
        )
    ],
    "de": [
        (
            "Frage zum Geschwisterrabatt",
            "Guten Tag,\n\nbeide Kinder essen jetzt an der {school}. Gilt der Geschwisterrabatt beim Familia-Tarif automatisch?\n\nViele Grüße\n{name}",
            "Hallo {first},\n\nja, sobald das zweite Kind im Konto ist: 15 % auf jedes Essen des zweiten Kindes.\n\nViele Grüße\n{agent}, Cantilo Familienservice",
        )
    ],
    "it": [
        (
            "Domanda sullo sconto fratelli",
            "Buongiorno,\n\nora abbiamo entrambi i bambini alla mensa della {school}. Lo sconto fratelli si applica da solo con il piano Familia?\n\nGrazie,\n{name}",
            "Buongiorno {first},\n\nsì, appena il secondo bambino è nel vostro account: 15% in meno su ogni pasto del secondo.\n\nCordiali saluti,\n{agent}, servizio famiglie Cantilo",
        )
    ],
    "pt": [
        (
            "Pergunta sobre o desconto de irmãos",
            "Bom dia,\n\nagora temos os dois filhos na cantina da {school}. O desconto de irmãos aplica-se sozinho com o plano Familia?\n\nObrigad[@o|a@],\n{name}",
            "Olá {first},\n\nsim, assim que o segundo filho está na conta: menos 15% em cada refeição do segundo.\n\nCumprimentos,\n{agent}, apoio às famílias Cantilo",
        )
    ],
}

#: (transcript, agent's follow-up e-mail)
CALL_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "oui bonjour c'est pour savoir si on peut commander un pique-nique pour la sortie de la classe de {kid} le mois prochain il faut s'y prendre combien de temps avant voilà merci",
            "Bonjour {first},\n\nSuite à votre appel : le pique-nique de sortie se commande jusqu'à 5 jours avant, dans l'onglet Sorties. Il est livré à l'école le matin même.\n\n{agent}, service familles Cantilo",
        ),
        (
            "allô bonjour je voulais savoir si le solde qui reste en juin est remboursé ou s'il passe sur l'année prochaine parce que {kid} change d'école",
            "Bonjour {first},\n\nComme convenu au téléphone : le solde restant passe automatiquement sur l'année suivante, ou vous pouvez demander son remboursement dans Compte > Solde.\n\n{agent}, service familles Cantilo",
        ),
    ],
    "es": [
        (
            "hola buenos días era para saber si se puede pedir un pícnic para la excursión de la clase de {kid} con cuánto tiempo hay que pedirlo vale gracias",
            "Hola, {first}:\n\nComo te comenté por teléfono, el pícnic de excursión se pide hasta 5 días antes en la pestaña Excursiones y se entrega en el cole esa misma mañana.\n\n{agent}, atención a familias de Cantilo",
        ),
        (
            "sí hola quería preguntar si el saldo que sobra en junio se devuelve o pasa al curso que viene porque {kid} cambia de colegio",
            "Hola, {first}:\n\nComo hablamos: el saldo pasa solo al curso siguiente, o puedes pedir la devolución en Cuenta > Saldo.\n\n{agent}, atención a familias de Cantilo",
        ),
    ],
    "en": [
        (
            "hi there just wondering how far ahead we need to order a packed lunch for {kid}'s school trip next month thanks",
            "Hi {first},\n\nFollowing your call: school-trip packed lunches can be ordered up to 5 days ahead under Trips, delivered to school that morning.\n\n{agent}, Cantilo family support",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen wie lange vorher man ein Lunchpaket für den Ausflug von {kid} bestellen muss danke",
            "Hallo {first},\n\nwie am Telefon besprochen: Lunchpakete für Ausflüge bis 5 Tage vorher unter Ausflüge bestellen, sie kommen am Morgen in die Schule.\n\n{agent}, Cantilo Familienservice",
        )
    ],
    "it": [
        (
            "sì buongiorno volevo sapere con quanto anticipo si ordina il pranzo al sacco per la gita della classe di {kid} grazie",
            "Buongiorno {first},\n\ncome detto al telefono: il pranzo al sacco per le gite si ordina fino a 5 giorni prima nella sezione Gite e arriva a scuola la mattina stessa.\n\n{agent}, servizio famiglie Cantilo",
        )
    ],
    "pt": [
        (
            "olá bom dia queria saber com quanto tempo se encomenda o lanche para a visita de estudo da turma [[do|da]] {kid} obrigad[@o|a@]",
            "Olá {first},\n\ncomo falámos: o lanche para visitas de estudo encomenda-se até 5 dias antes em Visitas e é entregue na escola nessa manhã.\n\n{agent}, apoio às famílias Cantilo",
        )
    ],
}
CALL_SUBJECT = {
    "fr": "Suite à votre appel",
    "es": "Sobre tu llamada",
    "en": "Following your call",
    "de": "Ihr Anruf bei uns",
    "it": "A seguito della sua telefonata",
    "pt": "Na sequência da sua chamada",
}

REVIEW: dict[str, list[str]] = {
    "fr": [
        "Repas variés, {kid} adore le jeudi poisson (si si). Appli claire et rapide.",
        "Service impeccable, menus affichés à l'avance, désinscription facile quand {kid} est [[malade|malade]].",
        "Bonne cantine, enfin des fruits mûrs. Je recommande.",
    ],
    "es": [
        "Menús variados y {kid} encantad[[o|a]] con el pescado de los jueves. App clara.",
        "Servicio de diez, menús con antelación y dar de baja un día es facilísimo.",
        "Buen comedor, por fin fruta madura. Lo recomiendo.",
    ],
    "en": [
        "Varied menus, {kid} loves fish Thursday (honestly). Clear app.",
        "Great service, menus out early, easy to cancel a day.",
    ],
    "de": [
        "Abwechslungsreiche Menüs, App übersichtlich. Klare Empfehlung.",
        "Toller Service, Abmelden bei Krankheit geht ganz einfach.",
    ],
    "it": [
        "Menù vari, app chiara, {kid} content[[o|a]]. Consigliato.",
        "Servizio ottimo, disdire un pasto è facilissimo.",
    ],
    "pt": [
        "Ementas variadas, app clara, [[o|a]] {kid} adora. Recomendo.",
        "Serviço ótimo, desmarcar uma refeição é facílimo.",
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "fr": ["Parfait", "Top", "Rien à redire", "Très bien", "Merci !"],
    "es": ["Perfecto", "Genial", "Todo bien", "Muy bien", "¡Gracias!"],
    "en": ["Great", "Spot on", "All good"],
    "de": ["Super", "Alles bestens", "Top"],
    "it": ["Ottimo", "Tutto bene", "Perfetto"],
    "pt": ["Ótimo", "Tudo bem", "Perfeito"],
}
SURVEY_EMOJI = ["👍", "😊", "🙂", "💯"]

NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "3h du mat, le bébé fait ses dents, j'en profite pour réserver les repas de {kid} sur Cantilo. Deux minutes et c'est plié.",
        "Retour de garde de nuit, je vois que lundi à {school} c'est hachis parmentier. {kid} va être [[ravi|ravie]]. Merci Cantilo.",
        "Insomnie, j'ai lu tous les menus Cantilo du mois. Ils font une semaine du goût, trop bien.",
    ],
    "es": [
        "Las 3 de la mañana, el bebé con los dientes y yo apuntando a {kid} al comedor en la app de Cantilo. Dos minutos y listo.",
        "Saliendo del turno de noche y veo que el lunes hay paella en el {school}. {kid} va a flipar. Gracias Cantilo.",
        "Insomnio total, me he leído los menús de Cantilo del mes. Hacen semana de la fruta, qué bien.",
    ],
    "en": [
        "3am, baby teething, so I've booked {kid}'s lunches for next week on the Cantilo app. Two minutes, done."
    ],
    "de": [
        "3 Uhr nachts, das Baby zahnt, also schnell die Essen von {kid} in der Cantilo-App gebucht. Zwei Minuten, fertig."
    ],
    "it": [
        "Le 3 di notte, il piccolo mette i denti e io prenoto i pasti di {kid} sull'app di Cantilo. Due minuti, fatto."
    ],
    "pt": [
        "3 da manhã, o bebé com dentes e eu a marcar as refeições [[do|da]] {kid} na app da Cantilo. Dois minutos, feito."
    ],
}

#: (night question, agent's answer)
NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Si {kid} se réveille [[malade|malade]] un matin, je peux encore annuler le repas à 7h ?",
            "Bonsoir ! Oui, jusqu'à 9h le jour même, le repas est recrédité sur votre solde.",
        ),
        (
            "À partir de quand on voit les menus de la semaine prochaine ?",
            "Chaque jeudi à 18h, dans l'onglet Menus. Bonne nuit !",
        ),
    ],
    "es": [
        (
            "Si {kid} amanece con fiebre, ¿puedo anular el menú a las 7?",
            "¡Hola! Sí, hasta las 9 del mismo día y se devuelve al saldo.",
        ),
        (
            "¿Cuándo salen los menús de la semana que viene?",
            "Cada jueves a las 18:00 en la pestaña Menús. ¡Buenas noches!",
        ),
    ],
    "en": [
        (
            "If {kid} wakes up ill, can I still cancel lunch at 7am?",
            "Hi! Yes, until 9am on the day, and it goes back on your balance.",
        )
    ],
    "de": [
        (
            "Wenn {kid} morgens krank aufwacht, kann ich das Essen um 7 noch abbestellen?",
            "Hallo! Ja, bis 9 Uhr am selben Tag, der Betrag geht zurück aufs Guthaben.",
        )
    ],
    "it": [
        (
            "Se {kid} si sveglia con la febbre, posso disdire il pasto alle 7?",
            "Ciao! Sì, entro le 9 del giorno stesso, torna sul saldo.",
        )
    ],
    "pt": [
        (
            "Se [[o|a]] {kid} acordar doente, ainda posso desmarcar o almoço às 7?",
            "Olá! Sim, até às 9 do próprio dia, e volta ao saldo.",
        )
    ],
}

# --- trouble -------------------------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
AMOUNT_EUR = {
    "no_show": 4.90,
    "double_charge": 89.00,
    "damage": 7.50,
    "refund": 24.50,
    "wrong_price": 18.00,
    "cancel_fee": 3.50,
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "repas marqué servi, jamais servi",
        "es": "menú marcado como servido y no servido",
        "en": "lunch marked served, never served",
        "de": "Essen als ausgegeben markiert, nie bekommen",
        "it": "pasto segnato servito, mai servito",
        "pt": "refeição marcada como servida, nunca servida",
    },
    "double_charge": {
        "fr": "formule Familia prélevée deux fois",
        "es": "plan Familia cobrado dos veces",
        "en": "Familia plan charged twice",
        "de": "Familia-Tarif doppelt abgebucht",
        "it": "piano Familia addebitato due volte",
        "pt": "plano Familia cobrado duas vezes",
    },
    "damage": {
        "fr": "pique-nique de sortie écrasé et immangeable",
        "es": "pícnic de excursión aplastado e incomible",
        "en": "school-trip packed lunch squashed and inedible",
        "de": "Lunchpaket zerdrückt und ungenießbar",
        "it": "pranzo al sacco schiacciato e immangiabile",
        "pt": "lanche da visita esmagado e intragável",
    },
    "refund": {
        "fr": "repas annulés jamais remboursés",
        "es": "menús anulados sin devolver",
        "en": "cancelled lunches never refunded",
        "de": "abbestellte Essen nie erstattet",
        "it": "pasti disdetti mai rimborsati",
        "pt": "refeições desmarcadas nunca reembolsadas",
    },
    "wrong_price": {
        "fr": "tarif plein au lieu du tarif Familia",
        "es": "precio completo en vez del precio Familia",
        "en": "full price instead of the Familia price",
        "de": "voller Preis statt Familia-Preis",
        "it": "prezzo pieno invece del prezzo Familia",
        "pt": "preço normal em vez do preço Familia",
    },
    "cancel_fee": {
        "fr": "frais d'annulation tardive injustifiés",
        "es": "cargo por anulación tardía injusto",
        "en": "late-cancellation fee for an early cancellation",
        "de": "Stornogebühr trotz rechtzeitiger Abmeldung",
        "it": "penale di disdetta tardiva ingiusta",
        "pt": "taxa de cancelamento tardio injusta",
    },
}

CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "fr": [
            "Le repas de {kid} est marqué « servi » dans l'appli jeudi, mais [[il|elle]] n'a RIEN eu à la cantine de {school}. [[Il|Elle]] est [[rentré affamé|rentrée affamée]] et les {amount} sont quand même débités.",
            "L'appli dit SERVI pour le déjeuner de {kid} mardi. La maîtresse confirme qu'aucun plateau n'est arrivé à son nom. [[Il|Elle]] a mangé le pain des copains. Et vous me facturez {amount}.",
        ],
        "es": [
            "En la app pone SERVIDO el menú de {kid} del jueves, pero en el comedor del {school} no había nada para [[él|ella]]. Llegó a casa muerto de hambre y encima me cobráis {amount}.",
            "Marcado como servido el almuerzo de {kid} del martes. La monitora dice que su bandeja nunca llegó. Comió pan y fruta que le dieron los compañeros. Y cobrados {amount}.",
        ],
        "en": [
            "The app says {kid}'s lunch on Thursday was SERVED, but nothing came for [[him|her]] at {school}. Came home starving and I've still been charged {amount}."
        ],
        "de": [
            "In der App steht das Mittagessen von {kid} am Donnerstag als AUSGEGEBEN, aber an der {school} gab es nichts für [[ihn|sie]]. Völlig ausgehungert heimgekommen, und {amount} sind trotzdem abgebucht."
        ],
        "it": [
            "Nell'app il pranzo di {kid} di giovedì risulta SERVITO, ma alla mensa della {school} per [[lui|lei]] non c'era niente. È tornat[[o|a]] a casa affamat[[o|a]] e ho pure pagato {amount}."
        ],
        "pt": [
            "A app diz que o almoço [[do|da]] {kid} de quinta foi SERVIDO, mas na cantina da {school} não havia nada para [[ele|ela]]. Chegou a casa [[cheio|cheia]] de fome e mesmo assim cobraram {amount}."
        ],
    },
    "double_charge": {
        "fr": [
            "Vous m'avez prélevé DEUX FOIS la formule Familia du mois, {amount} deux fois le même jour. Mon compte est à découvert à cause de vous.",
            "Double prélèvement de {amount} pour la formule Familia ce mois-ci. Même montant, même date, deux lignes sur mon relevé. J'ai eu des agios.",
        ],
        "es": [
            "Me habéis cobrado DOS VECES el plan Familia de este mes, {amount} dos veces el mismo día. Tengo la cuenta en números rojos por vuestra culpa.",
            "Cargo duplicado de {amount} del plan Familia. Mismo importe, mismo día, dos cargos en el banco. Me ha devuelto un recibo de la luz.",
        ],
        "en": [
            "You've taken the Familia plan TWICE this month, {amount} twice on the same day. My account is overdrawn because of it."
        ],
        "de": [
            "Sie haben den Familia-Tarif diesen Monat ZWEIMAL abgebucht, zweimal {amount} am selben Tag. Mein Konto ist deswegen im Minus."
        ],
        "it": [
            "Mi avete addebitato DUE VOLTE il piano Familia del mese, {amount} due volte lo stesso giorno. Sono andat[@o|a@] in rosso per colpa vostra."
        ],
        "pt": [
            "Cobraram DUAS VEZES o plano Familia deste mês, {amount} duas vezes no mesmo dia. Fiquei com a conta a descoberto."
        ],
    },
    "damage": {
        "fr": [
            "Le pique-nique de sortie de {kid} : boîte écrasée, le yaourt a coulé partout sur le sandwich, immangeable. [[Il|Elle]] a passé la journée au zoo avec une compote. {amount} pour ça.",
            "Pique-nique de la sortie scolaire arrivé écrasé, bouteille d'eau ouverte dans le sac, pain trempé. {kid} n'a rien mangé de la journée.",
        ],
        "es": [
            "El pícnic de la excursión de {kid}: tartera aplastada, el yogur por encima del bocadillo, incomible. Se pasó el día en el zoo con una compota. {amount} por eso.",
            "Pícnic de la excursión llegado chafado, la botella abierta dentro de la bolsa y el pan empapado. {kid} no comió nada en todo el día.",
        ],
        "en": [
            "{kid}'s school-trip packed lunch arrived squashed, yoghurt all over the sandwich, inedible. Spent the day at the zoo on a fruit pouch. {amount} for that."
        ],
        "de": [
            "Das Lunchpaket für den Ausflug von {kid}: Box zerdrückt, Joghurt über dem Brot, ungenießbar. Den ganzen Tag im Zoo mit einem Quetschie. {amount} dafür."
        ],
        "it": [
            "Il pranzo al sacco della gita di {kid}: scatola schiacciata, yogurt sul panino, immangiabile. Ha passato la giornata allo zoo con una merendina. {amount} per questo."
        ],
        "pt": [
            "O lanche da visita de estudo [[do|da]] {kid}: caixa esmagada, iogurte por cima da sandes, intragável. Passou o dia no zoo com uma compota. {amount} por isto."
        ],
    },
    "refund": {
        "fr": [
            "{kid} était [[malade|malade]] toute la semaine du 5, j'ai annulé les repas avant 9h comme demandé, et TROIS semaines après toujours pas de remboursement des {amount}.",
            "Cinq repas annulés dans les temps pour une gastro, {amount} à recréditer. Trois semaines que j'attends, le solde n'a pas bougé.",
        ],
        "es": [
            "{kid} estuvo [[malo|mala]] toda la semana, anulé los menús antes de las 9 como pedís, y TRES semanas después sigo sin la devolución de {amount}.",
            "Cinco menús anulados a tiempo por una gastroenteritis, {amount} por devolver. Tres semanas esperando y el saldo igual.",
        ],
        "en": [
            "{kid} was ill all week, I cancelled every lunch before 9am as you ask, and THREE weeks later still no refund of {amount}."
        ],
        "de": [
            "{kid} war die ganze Woche krank, ich habe jedes Essen vor 9 Uhr abbestellt, und DREI Wochen später sind die {amount} immer noch nicht erstattet."
        ],
        "it": [
            "{kid} è stat[[o|a]] malat[[o|a]] tutta la settimana, ho disdetto i pasti entro le 9 come chiedete, e dopo TRE settimane ancora niente rimborso di {amount}."
        ],
        "pt": [
            "O {kid} esteve doente a semana toda, desmarquei as refeições antes das 9 como pedem e TRÊS semanas depois nada de reembolso dos {amount}."
        ],
    },
    "wrong_price": {
        "fr": [
            "Je suis [@abonné|abonnée@] Familia depuis la rentrée et ce mois-ci chaque repas de {kid} est facturé au tarif plein. {amount} de trop.",
            "Formule Familia active, et pourtant tarif plein sur toutes les cantines d'octobre : {amount} payés en trop.",
        ],
        "es": [
            "Tengo el plan Familia desde septiembre y este mes me cobráis cada menú de {kid} a precio completo. {amount} de más.",
            "Plan Familia activo y aun así precio completo en todo el mes: {amount} cobrados de más.",
        ],
        "en": [
            "I've had the Familia plan since September and this month every one of {kid}'s lunches is charged at full price. {amount} too much."
        ],
        "de": [
            "Ich habe seit September den Familia-Tarif, und diesen Monat wird jedes Essen von {kid} zum vollen Preis berechnet. {amount} zu viel."
        ],
        "it": [
            "Ho il piano Familia da settembre e questo mese ogni pasto di {kid} è a prezzo pieno. {amount} in più."
        ],
        "pt": [
            "Tenho o plano Familia desde setembro e este mês cada refeição [[do|da]] {kid} foi cobrada a preço normal. {amount} a mais."
        ],
    },
    "cancel_fee": {
        "fr": [
            "J'ai annulé le repas de vendredi de {kid} mardi, TROIS jours avant, et vous me comptez {amount} de frais d'annulation tardive.",
            "Frais d'annulation tardive de {amount} alors que j'ai désinscrit {kid} quatre jours avant, capture d'écran à l'appui.",
        ],
        "es": [
            "Anulé el menú del viernes de {kid} el martes, TRES días antes, y me cobráis {amount} por anulación tardía.",
            "Cargo por anulación tardía de {amount} cuando desapunté a {kid} cuatro días antes. Tengo la captura.",
        ],
        "en": [
            "I cancelled {kid}'s Friday lunch on the Tuesday, THREE days ahead, and you've charged me a {amount} late-cancellation fee."
        ],
        "de": [
            "Ich habe das Freitagsessen von {kid} am Dienstag abbestellt, DREI Tage vorher, und Sie berechnen {amount} Gebühr für späte Abmeldung."
        ],
        "it": [
            "Ho disdetto il pasto del venerdì di {kid} il martedì, TRE giorni prima, e mi addebitate {amount} di disdetta tardiva."
        ],
        "pt": [
            "Desmarquei o almoço de sexta [[do|da]] {kid} na terça, TRÊS dias antes, e cobraram {amount} de cancelamento tardio."
        ],
    },
}

#: Phone calls, as a speech-to-text transcript.
CALL: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "oui bonjour alors l'appli dit que le repas de {kid} a été servi jeudi mais [[il|elle]] n'a rien eu du tout à la cantine [[il|elle]] est [[rentré|rentrée]] avec le ventre vide et on m'a débité {spoken} je veux comprendre",
        "es": "sí hola mire la app dice que el menú de {kid} del jueves está servido pero no le dieron nada en el comedor llegó a casa sin comer y me han cobrado {spoken} quiero una explicación",
        "en": "yeah hi the app says {kid}'s lunch on Thursday was served but [[he|she]] got nothing at school came home starving and I've been charged {spoken}",
        "de": "ja hallo in der App steht das Essen von {kid} am Donnerstag sei ausgegeben worden aber [[er|sie]] hat nichts bekommen und abgebucht wurden {spoken}",
        "it": "sì buongiorno nell'app il pranzo di {kid} di giovedì risulta servito ma non ha avuto niente e mi avete addebitato {spoken}",
        "pt": "sim olá a app diz que o almoço [[do|da]] {kid} de quinta foi servido mas não lhe deram nada e cobraram {spoken}",
    },
    "double_charge": {
        "fr": "bonjour je vous appelle parce que la formule Familia a été prélevée deux fois ce mois-ci deux fois {spoken} le même jour et là je suis à découvert",
        "es": "hola buenas le llamo porque me han cobrado el plan Familia dos veces este mes dos veces {spoken} el mismo día y estoy en números rojos",
        "en": "hi I'm ringing because the Familia plan has gone out twice this month {spoken} twice on the same day and I'm overdrawn",
        "de": "guten Tag ich rufe an weil der Familia-Tarif diesen Monat zweimal abgebucht wurde zweimal {spoken} am selben Tag",
        "it": "buongiorno chiamo perché il piano Familia è stato addebitato due volte questo mese due volte {spoken} lo stesso giorno",
        "pt": "bom dia estou a ligar porque o plano Familia foi cobrado duas vezes este mês duas vezes {spoken} no mesmo dia",
    },
    "damage": {
        "fr": "oui bonjour c'est pour le pique-nique de la sortie de {kid} la boîte était écrasée le yaourt partout rien n'était mangeable [[il|elle]] n'a rien mangé de la journée",
        "es": "hola mire es por el pícnic de la excursión de {kid} la tartera llegó aplastada con el yogur por todas partes y no comió nada en todo el día",
        "en": "hi it's about {kid}'s packed lunch for the school trip the box was squashed yoghurt everywhere nothing was edible",
        "de": "hallo es geht um das Lunchpaket für den Ausflug von {kid} die Box war zerdrückt überall Joghurt nichts war essbar",
        "it": "buongiorno è per il pranzo al sacco della gita di {kid} la scatola era schiacciata yogurt dappertutto non ha mangiato niente",
        "pt": "olá é por causa do lanche da visita [[do|da]] {kid} a caixa veio esmagada iogurte por todo o lado não comeu nada",
    },
    "refund": {
        "fr": "bonjour alors j'ai annulé cinq repas de {kid} dans les temps [[il|elle]] était [[malade|malade]] et ça fait trois semaines que j'attends le remboursement de {spoken}",
        "es": "hola anulé cinco menús de {kid} a tiempo porque estaba [[malo|mala]] y llevo tres semanas esperando que me devuelvan {spoken}",
        "en": "hi I cancelled five of {kid}'s lunches in time because [[he|she]] was ill and I've been waiting three weeks for the {spoken} back",
        "de": "hallo ich habe fünf Essen von {kid} rechtzeitig abbestellt weil [[er|sie]] krank war und warte seit drei Wochen auf {spoken}",
        "it": "buongiorno ho disdetto cinque pasti di {kid} in tempo perché era malat[[o|a]] e aspetto da tre settimane il rimborso di {spoken}",
        "pt": "olá desmarquei cinco refeições [[do|da]] {kid} a tempo porque estava doente e há três semanas que espero os {spoken}",
    },
    "wrong_price": {
        "fr": "bonjour je suis [@abonné|abonnée@] Familia et ce mois-ci tous les repas de {kid} sont au tarif plein ça fait {spoken} de trop",
        "es": "hola tengo el plan Familia y este mes me han cobrado todos los menús de {kid} a precio completo son {spoken} de más",
        "en": "hi I'm on the Familia plan and this month all {kid}'s lunches are at full price that's {spoken} too much",
        "de": "hallo ich habe den Familia-Tarif und diesen Monat sind alle Essen von {kid} zum vollen Preis das sind {spoken} zu viel",
        "it": "buongiorno ho il piano Familia e questo mese tutti i pasti di {kid} sono a prezzo pieno sono {spoken} in più",
        "pt": "olá tenho o plano Familia e este mês as refeições [[do|da]] {kid} vieram todas a preço normal são {spoken} a mais",
    },
    "cancel_fee": {
        "fr": "oui bonjour j'ai annulé le repas de vendredi de {kid} le mardi trois jours avant et on me facture {spoken} de frais d'annulation tardive c'est pas normal",
        "es": "hola anulé el menú del viernes de {kid} el martes tres días antes y me han cobrado {spoken} por anulación tardía no es normal",
        "en": "hi I cancelled {kid}'s Friday lunch on the Tuesday three days ahead and got charged {spoken} for late cancellation",
        "de": "hallo ich habe das Freitagsessen von {kid} am Dienstag abbestellt drei Tage vorher und soll {spoken} Stornogebühr zahlen",
        "it": "buongiorno ho disdetto il pranzo del venerdì di {kid} il martedì tre giorni prima e mi avete addebitato {spoken} di penale",
        "pt": "olá desmarquei o almoço de sexta [[do|da]] {kid} na terça três dias antes e cobraram {spoken} de cancelamento tardio",
    },
}

SOCIAL_OPEN: dict[str, list[str]] = {
    "fr": ["Sérieusement Cantilo ??", "C'EST PAS POSSIBLE.", "Bravo Cantilo, vraiment."],
    "es": ["¿En serio, Cantilo?", "YA ESTÁ BIEN.", "Lo de Cantilo no tiene nombre."],
    "en": ["Seriously Cantilo??", "UNBELIEVABLE."],
    "de": ["Im Ernst, Cantilo??", "JETZT REICHTS."],
    "it": ["Ma davvero Cantilo??", "BASTA."],
    "pt": ["A sério, Cantilo??", "INACREDITÁVEL."],
}
CHAT_OPEN: dict[str, list[str]] = {
    "fr": ["bonjour,", "Bonjour, j'ai un problème :", "Bonjour"],
    "es": ["hola,", "Hola, tengo un problema:", "Buenas"],
    "en": ["hi,", "Hello, I have a problem:"],
    "de": ["hallo,", "Guten Tag, ich habe ein Problem:"],
    "it": ["ciao,", "Buongiorno, ho un problema:"],
    "pt": ["olá,", "Bom dia, tenho um problema:"],
}
COMPLAINT_SUBJECT = {
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT = {
    "fr": "RE: Dossier {case}",
    "es": "RE: Incidencia {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Pratica {case}",
    "pt": "RE: Processo {case}",
}
MAIL_SHORT: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\n{core}\n\nMerci de régler ça au plus vite.\n{name}",
        "{core}\n\nJ'attends une réponse rapide.\n{name}",
    ],
    "es": [
        "Hola:\n\n{core}\n\nEspero que lo solucionéis cuanto antes.\n{name}",
        "{core}\n\nQuiero una respuesta ya.\n{name}",
    ],
    "en": ["Hello,\n\n{core}\n\nPlease sort this out quickly.\n{name}"],
    "de": ["Guten Tag,\n\n{core}\n\nBitte klären Sie das umgehend.\n{name}"],
    "it": ["Buongiorno,\n\n{core}\n\nVi chiedo di risolvere subito.\n{name}"],
    "pt": ["Bom dia,\n\n{core}\n\nPeço que resolvam isto rapidamente.\n{name}"],
}
WEB_ASK: dict[str, list[str]] = {
    "fr": ["Je demande le remboursement.", "Merci de corriger et de me recréditer."],
    "es": ["Pido la devolución.", "Corregidlo y devolvedme el dinero, por favor."],
    "en": ["I want a refund."],
    "de": ["Ich bitte um Erstattung."],
    "it": ["Chiedo il rimborso."],
    "pt": ["Peço o reembolso."],
}

#: Long e-mails: the complaint inside a letter.
LONG: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris du parking de l'hôpital où ma mère vient de se faire opérer de la hanche, entre deux allers-retours pour lui monter ses affaires, donc pardonnez le ton. Avec le déménagement prévu le mois prochain et le travail, la cantine était la seule chose que je n'avais pas à surveiller, et c'est justement pour ça que je vous ai fait confiance.\n\n{core}\n\nJe ne demande pas la lune : que ce soit corrigé, remboursé, et qu'on me dise ce qui s'est passé. Je suis [@client|cliente@] depuis deux ans et jusqu'ici je n'avais rien à redire.\n\n{name}",
        "Madame, Monsieur,\n\nJe profite de la sieste du petit dernier pour vous écrire, ce qui vous donne une idée du temps libre que j'ai en ce moment entre les travaux de la salle de bains et mon nouveau poste. J'avais choisi la formule Familia pour ne plus penser aux déjeuners de {kid}.\n\n{core}\n\nJ'aimerais une réponse écrite, pas un message automatique, et une solution cette semaine. Merci de votre compréhension.\n\n{name}",
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, le petit a encore une otite, alors ce sera bref mais je tiens à ce que ce soit lu. Nous avons choisi Cantilo l'an dernier sur les conseils d'autres parents de {school}.\n\n{core}\n\nJe compte sur vous pour régler ça sans que j'aie à rappeler trois fois.\n\nCordialement,\n{name}",
    ],
    "es": [
        "Hola:\n\nOs escribo desde el coche, en la puerta de la academia de inglés de los mayores, que es el único rato que tengo entre el trabajo y la obra del piso de mi suegra, así que perdonad si voy al grano. El comedor era lo único de lo que no tenía que preocuparme.\n\n{core}\n\nNo pido nada raro: que lo arregléis, que me devolváis lo que es mío y que me expliquéis qué ha pasado. Llevo dos cursos con vosotros y hasta ahora sin una queja.\n\n{name}",
        "Buenas tardes:\n\nAprovecho la siesta de la pequeña para escribiros, que con la mudanza y el nuevo turno en el hospital no tengo un minuto. Cogí el plan Familia precisamente para olvidarme de la comida de {kid}.\n\n{core}\n\nQuiero una respuesta por escrito, no un mensaje automático, y una solución esta semana. Gracias de antemano.\n\n{name}",
    ],
}

CASE_MAIL: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first},\n\nNous avons bien reçu votre message et nous en sommes désolés. Votre dossier porte la référence {case} ; nous revenons vers vous sous 48 heures.\n\n{agent}, service familles Cantilo",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola, {first}:\n\nHemos recibido tu mensaje y lo sentimos mucho. Tu incidencia es la {case}; te respondemos en menos de 48 horas.\n\n{agent}, atención a familias de Cantilo",
    ),
    "en": (
        "Your case {case}",
        "Hi {first},\n\nThanks for telling us, and we're sorry. Your case reference is {case}; we'll get back to you within 48 hours.\n\n{agent}, Cantilo family support",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first},\n\nvielen Dank für Ihre Nachricht, das tut uns leid. Ihr Vorgang hat die Nummer {case}; wir melden uns innerhalb von 48 Stunden.\n\n{agent}, Cantilo Familienservice",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno {first},\n\nabbiamo ricevuto il suo messaggio e ci dispiace. La pratica ha il numero {case}; la ricontattiamo entro 48 ore.\n\n{agent}, servizio famiglie Cantilo",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá {first},\n\nrecebemos a sua mensagem e lamentamos. O seu processo tem a referência {case}; respondemos em 48 horas.\n\n{agent}, apoio às famílias Cantilo",
    ),
}
CASE_CHAT: dict[str, str] = {
    "fr": "Je suis vraiment désolée. J'ai ouvert le dossier {case} et je le transmets au service concerné, vous aurez une réponse sous 48 h.",
    "es": "Lo siento mucho. He abierto la incidencia {case} y la paso al departamento, tendrás respuesta en 48 h.",
    "en": "I'm really sorry. I've opened case {case} and passed it on, you'll hear back within 48 hours.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt und weitergeleitet, Sie hören innerhalb von 48 Stunden von uns.",
    "it": "Mi dispiace molto. Ho aperto la pratica {case} e l'ho inoltrata, avrà risposta entro 48 ore.",
    "pt": "Lamento muito. Abri o processo {case} e encaminhei, terá resposta em 48 horas.",
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "fr": (
        "Bonne nouvelle pour le dossier {case}",
        "Bonjour {first},\n\nBonne nouvelle : pour le dossier {case}, nous avons corrigé l'erreur et recrédité {amount} sur votre compte. Pourriez-vous nous confirmer que tout est en ordre de votre côté ?\n\n{agent}, service familles Cantilo",
    ),
    "es": (
        "Buenas noticias sobre la incidencia {case}",
        "Hola, {first}:\n\nBuenas noticias: en la incidencia {case} hemos corregido el error y devuelto {amount} a tu cuenta. ¿Nos confirmas que todo está bien?\n\n{agent}, atención a familias de Cantilo",
    ),
    "en": (
        "Good news on case {case}",
        "Hi {first},\n\nGood news on case {case}: we've corrected it and put {amount} back on your account. Could you confirm everything looks right?\n\n{agent}, Cantilo family support",
    ),
    "de": (
        "Gute Nachricht zu Vorgang {case}",
        "Hallo {first},\n\ngute Nachricht zu Vorgang {case}: Wir haben den Fehler behoben und {amount} gutgeschrieben. Können Sie kurz bestätigen, dass alles passt?\n\n{agent}, Cantilo Familienservice",
    ),
    "it": (
        "Buone notizie sulla pratica {case}",
        "Buongiorno {first},\n\nbuone notizie sulla pratica {case}: abbiamo corretto l'errore e riaccreditato {amount}. Può confermarci che è tutto a posto?\n\n{agent}, servizio famiglie Cantilo",
    ),
    "pt": (
        "Boas notícias sobre o processo {case}",
        "Olá {first},\n\nboas notícias sobre o processo {case}: corrigimos o erro e devolvemos {amount}. Pode confirmar que está tudo bem?\n\n{agent}, apoio às famílias Cantilo",
    ),
}
QUALITY: dict[str, tuple[str, str]] = {
    "fr": (
        "Dossier {case} transmis à notre responsable qualité",
        "Bonjour {first},\n\nVotre dossier {case} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi.\n\n{agent}, service familles Cantilo",
    ),
    "es": (
        "Incidencia {case} en manos de nuestra responsable de calidad",
        "Hola, {first}:\n\nTu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\n{agent}, atención a familias de Cantilo",
    ),
    "en": (
        "Case {case} is now with our quality lead",
        "Hi {first},\n\nYour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\n{agent}, Cantilo family support",
    ),
    "de": (
        "Vorgang {case} liegt bei unserer Qualitätsleitung",
        "Hallo {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n\n{agent}, Cantilo Familienservice",
    ),
    "it": (
        "Pratica {case} affidata alla responsabile qualità",
        "Buongiorno {first},\n\nla sua pratica {case} è ora seguita dalla responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.\n\n{agent}, servizio famiglie Cantilo",
    ),
    "pt": (
        "Processo {case} com a nossa responsável de qualidade",
        "Olá {first},\n\no seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço.\n\n{agent}, apoio às famílias Cantilo",
    ),
}
URGENT_CHAT: dict[str, str] = {
    "fr": "Je l'ajoute à votre dossier {case} et je le marque urgent. Désolée pour l'attente.",
    "es": "Lo añado a tu incidencia {case} y la marco como urgente. Perdona la espera.",
    "en": "I've added this to case {case} and marked it urgent. Sorry for the wait.",
    "de": "Ich ergänze das im Vorgang {case} und markiere ihn als dringend. Entschuldigen Sie die Wartezeit.",
    "it": "Lo aggiungo alla pratica {case} e la segno come urgente. Mi scusi per l'attesa.",
    "pt": "Acrescento ao processo {case} e marco como urgente. Desculpe a demora.",
}
APOLOGY: dict[str, list[str]] = {
    "fr": [
        "[@Désolé|Désolée@] pour mon message d'hier, j'étais à bout. Merci d'avoir réglé le dossier {case} aussi vite.",
        "Je m'excuse pour le ton d'hier. C'est réglé pour {case}, merci à vous.",
    ],
    "es": [
        "Perdón por el mensaje de ayer, estaba [@desbordado|desbordada@]. Gracias por resolver la {case} tan rápido.",
        "Siento el tono de ayer. Incidencia {case} resuelta, gracias.",
    ],
    "en": [
        "Sorry about my message yesterday, I was at the end of my rope. Thanks for sorting {case} so fast."
    ],
    "de": [
        "Entschuldigung für meine Nachricht gestern, ich war am Ende. Danke, dass {case} so schnell erledigt ist."
    ],
    "it": [
        "Scusate per il messaggio di ieri, ero esaurit[@o|a@]. Grazie per aver risolto la {case} così in fretta."
    ],
    "pt": [
        "Desculpem a mensagem de ontem, estava no limite. Obrigad[@o|a@] por resolverem o {case} tão depressa."
    ],
}
CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Confirmé, c'est bien recrédité, dossier {case}. Merci !",
        "Oui tout est bon pour le dossier {case}, merci pour le suivi.",
    ],
    "es": [
        "Confirmado, ya lo tengo devuelto, incidencia {case}. ¡Gracias!",
        "Sí, todo bien con la {case}, gracias por el seguimiento.",
    ],
    "en": ["Confirmed, it's back on my account, case {case}. Thanks!"],
    "de": ["Bestätigt, ist gutgeschrieben, Vorgang {case}. Danke!"],
    "it": ["Confermo, riaccreditato, pratica {case}. Grazie!"],
    "pt": ["Confirmo, já foi devolvido, processo {case}. Obrigad[@o|a@]!"],
}
#: A repeat contact's later contact: the case still open.
STILL: dict[str, list[str]] = {
    "fr": [
        "Dossier {case} : toujours rien. Pour rappel : {topic}. Personne ne m'a [@rappelé|rappelée@].",
        "Je reviens pour le dossier {case}, TOUJOURS pas réglé ({topic}). Ça commence à bien faire.",
        "Encore moi, dossier {case} : {topic}, et toujours aucune solution.",
    ],
    "es": [
        "Incidencia {case}: sigo igual. Recuerdo: {topic}. Nadie me ha llamado.",
        "Vuelvo con la {case}, SIGUE sin resolver ({topic}). Ya cansa.",
        "Otra vez yo, incidencia {case}: {topic} y ni una solución.",
    ],
    "en": [
        "Case {case}: still nothing. Reminder: {topic}. Nobody has called me.",
        "Back about {case}, STILL not sorted ({topic}).",
    ],
    "de": [
        "Vorgang {case}: immer noch nichts. Zur Erinnerung: {topic}. Niemand hat angerufen.",
        "Ich melde mich wieder wegen {case}, IMMER NOCH nicht erledigt ({topic}).",
    ],
    "it": [
        "Pratica {case}: ancora niente. Ricordo: {topic}. Nessuno mi ha chiamat[@o|a@].",
        "Torno sulla {case}, ANCORA non risolta ({topic}).",
    ],
    "pt": [
        "Processo {case}: continua igual. Lembro: {topic}. Ninguém me ligou.",
        "Volto ao {case}, AINDA por resolver ({topic}).",
    ],
}
STILL_CALL: dict[str, str] = {
    "fr": "oui bonjour je rappelle pour le dossier {case} c'est toujours pas réglé {topic} et personne ne m'a rappelé",
    "es": "hola llamo otra vez por la incidencia {case} sigue sin resolver {topic} y nadie me ha llamado",
    "en": "hi calling again about case {case} it's still not sorted {topic} and nobody called me back",
    "de": "hallo ich rufe wieder wegen Vorgang {case} an das ist immer noch nicht erledigt {topic}",
    "it": "buongiorno richiamo per la pratica {case} ancora non risolta {topic} nessuno mi ha richiamato",
    "pt": "olá ligo outra vez pelo processo {case} continua por resolver {topic} ninguém me ligou",
}
THIRD: dict[str, list[str]] = {
    "fr": [
        "Une amie a ses enfants chez {comp}, chez eux ce genre de chose est réglé dans la journée.",
        "J'ai regardé ce que propose {comp} pour l'école d'à côté.",
    ],
    "es": [
        "Una amiga tiene a los niños con {comp} y allí esto lo arreglan en el día.",
        "He mirado lo que cobra {comp} en el cole de al lado.",
    ],
    "en": ["A friend's kids are with {comp} and they sort this kind of thing the same day."],
    "de": ["Eine Freundin hat ihre Kinder bei {comp}, da wird so etwas am selben Tag geklärt."],
    "it": ["Un'amica ha i figli con {comp} e lì queste cose le risolvono in giornata."],
    "pt": ["Uma amiga tem os filhos na {comp} e lá resolvem isto no mesmo dia."],
}
FOURTH: dict[str, str] = {
    "fr": "QUATRIÈME fois que j'écris pour la même chose.",
    "es": "Es la CUARTA vez que escribo por lo mismo.",
    "en": "This is the FOURTH time I'm writing about the same thing.",
    "de": "Das ist das VIERTE Mal, dass ich wegen derselben Sache schreibe.",
    "it": "È la QUARTA volta che scrivo per la stessa cosa.",
    "pt": "É a QUARTA vez que escrevo pelo mesmo.",
}
LOW_WORDS: dict[str, list[str]] = {
    "fr": ["Nul", "Décevant", "Bof"],
    "es": ["Fatal", "Decepcionante", "Mal"],
    "en": ["Poor", "Disappointing"],
    "de": ["Schlecht", "Enttäuschend"],
    "it": ["Pessimo", "Deludente"],
    "pt": ["Mau", "Dececionante"],
}

#: The six steps of a slide; the last names a competitor.
SLIDE: dict[str, list[str]] = {
    "fr": [
        "Repas livré avec 40 minutes de retard à {school} aujourd'hui, les enfants ont eu dix minutes pour manger. Ça arrive, mais bon.",
        "Deuxième fois ce mois-ci que les portions sont minuscules et les pâtes tièdes. {kid} rentre [[affamé|affamée]] le soir.",
        "Le menu végétarien a disparu trois jours cette semaine sans prévenir. On l'avait pourtant choisi. Cantilo, ça glisse.",
        "Maintenant la recharge minimum passe à 50 € d'un coup, sans un mail. Et le décompte de septembre, toujours pas clair.",
        "Là je suis [@furieux|furieuse@] : 4,80 € facturés pour un « repas non consommé » le jour où l'école était FERMÉE pour grève. Tous les parents ont la photo de la grille fermée.",
        "Ma soeur a ses enfants chez {comp} dans l'école d'à côté. Je viens d'inscrire {kid} à leur centre de loisirs pour les vacances.",
    ],
    "es": [
        "Hoy la comida llegó 40 minutos tarde al {school}, los niños tuvieron diez minutos para comer. Pasa, pero bueno.",
        "Segunda vez este mes que las raciones son mini y la pasta tibia. {kid} llega a casa con un hambre...",
        "El menú vegetariano ha desaparecido tres días esta semana sin avisar. Y lo teníamos elegido. Cantilo va a peor.",
        "Ahora la recarga mínima sube a 50 € de golpe, sin un correo. Y el extracto de septiembre sigue sin cuadrar.",
        "Estoy que echo humo: 4,80 € por un «menú no consumido» el día que el cole estaba CERRADO por huelga. Todos los padres tenemos la foto de la puerta.",
        "Mi hermana tiene a sus hijos con {comp} en el cole de al lado. Acabo de apuntar a {kid} a su campamento de vacaciones.",
    ],
    "en": [
        "Lunch 40 minutes late at {school} today, the kids had ten minutes to eat. Happens, I suppose.",
        "Second time this month the portions are tiny and the pasta lukewarm. {kid} comes home starving.",
        "The veggie option vanished three days this week with no warning. We'd chosen it. Cantilo is slipping.",
        "Now the minimum top-up is suddenly £45, not one email about it. And September's statement still doesn't add up.",
        "Livid: £4 charged for an 'uneaten meal' on the day the school was CLOSED for a strike. Every parent has the photo of the locked gate.",
        "My sister's kids are with {comp} at the school down the road. I've just booked {kid} into their holiday club.",
    ],
    "de": [
        "Essen heute 40 Minuten zu spät an der {school}, die Kinder hatten zehn Minuten zum Essen. Kann passieren.",
        "Schon das zweite Mal diesen Monat winzige Portionen und lauwarme Nudeln. {kid} kommt hungrig heim.",
        "Das vegetarische Menü war diese Woche drei Tage einfach weg, ohne Info. Wir hatten es gewählt. Cantilo lässt nach.",
        "Jetzt ist die Mindestaufladung plötzlich 50 €, ohne eine einzige Mail. Und die Abrechnung für September stimmt immer noch nicht.",
        "Ich bin stinksauer: 4,80 € für ein „nicht abgeholtes Essen“ an dem Tag, an dem die Schule wegen Streik ZU war. Alle Eltern haben das Foto vom geschlossenen Tor.",
        "Die Kinder meiner Schwester sind bei {comp} an der Schule nebenan. Ich habe {kid} gerade für deren Ferienbetreuung angemeldet.",
    ],
    "it": [
        "Pranzo arrivato con 40 minuti di ritardo alla {school}, i bambini hanno avuto dieci minuti per mangiare. Capita.",
        "Seconda volta questo mese porzioni minuscole e pasta tiepida. {kid} torna a casa affamat[[o|a]].",
        "Il menù vegetariano è sparito tre giorni questa settimana senza avviso. L'avevamo scelto. Cantilo sta peggiorando.",
        "Ora la ricarica minima passa a 50 € di colpo, senza una mail. E il rendiconto di settembre non torna ancora.",
        "Sono furios[@o|a@]: 4,80 € per un «pasto non consumato» il giorno che la scuola era CHIUSA per sciopero. Tutti i genitori hanno la foto del cancello chiuso.",
        "I figli di mia sorella sono con {comp} nella scuola accanto. Ho appena iscritto {kid} al loro centro estivo.",
    ],
    "pt": [
        "Almoço com 40 minutos de atraso na {school} hoje, os miúdos tiveram dez minutos para comer. Acontece.",
        "Segunda vez este mês com doses mínimas e massa morna. O {kid} chega a casa [[cheio|cheia]] de fome.",
        "O menu vegetariano desapareceu três dias esta semana sem aviso. Tínhamos escolhido. A Cantilo está a piorar.",
        "Agora o carregamento mínimo passa para 50 € de repente, sem um email. E o extrato de setembro continua sem bater certo.",
        "Estou furios[@o|a@]: 4,80 € por uma «refeição não consumida» no dia em que a escola estava FECHADA por greve. Todos os pais têm a foto do portão fechado.",
        "Os filhos da minha irmã estão na {comp}, na escola ao lado. Acabei de inscrever [[o|a]] {kid} no campo de férias deles.",
    ],
}

#: (subject, body) of a leaver's e-mail.
LEAVE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation formule Familia",
            "Bonjour,\n\n{kid} entre au collège après les vacances et la cantine y est gérée par le département. Je souhaite donc résilier la formule Cantilo Familia et fermer notre compte. Merci pour ces années.\n\n{name}",
        ),
        (
            "Fermeture du compte",
            "Bonjour,\n\nMa mère s'est installée chez nous et fera désormais le déjeuner des enfants à la maison. Je voudrais annuler la formule Familia et clôturer le compte. Merci.\n\n{name}",
        ),
    ],
    "es": [
        (
            "Baja del plan Familia",
            "Hola:\n\n{kid} empieza en el instituto y allí el comedor lo lleva la Consejería. Quiero dar de baja el plan Cantilo Familia y cerrar la cuenta. Gracias por estos años.\n\n{name}",
        ),
        (
            "Cerrar la cuenta",
            "Hola:\n\nNos mudamos a un piso enfrente del cole y los niños van a comer a casa. Quiero cancelar el plan Familia y cerrar la cuenta. Gracias.\n\n{name}",
        ),
    ],
    "en": [
        (
            "Cancelling Familia",
            "Hello,\n\nWe're moving to a flat across the road from the school and the kids will come home for lunch. I'd like to cancel Cantilo Familia and close the account, please.\n\n{name}",
        )
    ],
    "de": [
        (
            "Kündigung Familia-Tarif",
            "Guten Tag,\n\nmeine Mutter wohnt jetzt bei uns und kocht mittags für die Kinder. Ich möchte den Familia-Tarif kündigen und das Konto schließen.\n\n{name}",
        )
    ],
    "it": [
        (
            "Disdetta piano Familia",
            "Buongiorno,\n\n{kid} passa alle medie e lì la mensa è del Comune. Vorrei disdire il piano Cantilo Familia e chiudere l'account.\n\n{name}",
        )
    ],
    "pt": [
        (
            "Cancelar plano Familia",
            "Bom dia,\n\nvamos mudar para um apartamento em frente à escola e os miúdos vão almoçar a casa. Quero cancelar o plano Familia e fechar a conta.\n\n{name}",
        )
    ],
}
SORRY_GO: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre demande de résiliation",
        "Bonjour {first},\n\nNous sommes tristes de vous voir partir. Vous pouvez résilier vous-même la formule et fermer le compte dans l'appli ou sur le site, rubrique Compte > Formule ; le solde restant vous sera remboursé.\n\n{agent}, service familles Cantilo",
    ),
    "es": (
        "Tu solicitud de baja",
        "Hola, {first}:\n\nSentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Cuenta > Plan; te devolvemos el saldo que quede.\n\n{agent}, atención a familias de Cantilo",
    ),
    "en": (
        "Your cancellation request",
        "Hi {first},\n\nSorry to see you go. You can cancel the plan and close the account yourself in the app or on the website, under Account > Plan; any balance left is refunded.\n\n{agent}, Cantilo family support",
    ),
    "de": (
        "Ihre Kündigung",
        "Hallo {first},\n\nschade, dass Sie gehen. Sie können den Tarif selbst in der App oder auf der Website unter Konto > Tarif kündigen; Restguthaben wird erstattet.\n\n{agent}, Cantilo Familienservice",
    ),
    "it": (
        "La sua richiesta di disdetta",
        "Buongiorno {first},\n\nci dispiace vederla andare via. Può disdire da sé nell'app o sul sito, in Account > Piano; il saldo restante viene rimborsato.\n\n{agent}, servizio famiglie Cantilo",
    ),
    "pt": (
        "O seu pedido de cancelamento",
        "Olá {first},\n\nlamentamos vê-l[@o|a@] partir. Pode cancelar na app ou no site, em Conta > Plano; o saldo que sobrar é reembolsado.\n\n{agent}, apoio às famílias Cantilo",
    ),
}

GRUMPY: dict[str, list[str]] = {
    "fr": [
        "L'appli Cantilo me déconnecte à CHAQUE ouverture. Mot de passe, code, re-mot de passe. Pénible.",
        "Le SMS « solde bas » à 6h du matin, vraiment ? Il y a des gens qui dorment.",
        "Les menus sortent le jeudi soir à 18h et il faut avoir choisi avant minuit. Génial pour ceux qui travaillent.",
        "Les boîtes des pique-niques ne ferment JAMAIS. Encore un sac plein de jus.",
        "Le service client ferme à 16h. Les parents qui travaillent n'ont qu'à poser une RTT.",
        "Trente factures en PDF séparés pour un mois de cantine. Trente.",
        "Encore un changement de menu sans prévenir. On l'apprend par les enfants le soir.",
    ],
    "es": [
        "La app de Cantilo me echa CADA vez que la abro. Contraseña, código, contraseña otra vez. Agotador.",
        "¿El SMS de «saldo bajo» a las 6 de la mañana? Hay gente que duerme.",
        "Los menús salen el jueves a las 18:00 y hay que elegir antes de medianoche. Genial para los que trabajamos.",
        "Las tarteras del pícnic NO cierran nunca. Otra mochila llena de zumo.",
        "Atención al cliente cierra a las 16:00. Los que trabajamos, que pidamos el día.",
        "Treinta recibos en PDF sueltos por un mes de comedor. Treinta.",
        "Otro cambio de menú sin avisar. Nos enteramos por los niños por la noche.",
    ],
    "en": [
        "The Cantilo app logs me out EVERY time I open it. Password, code, password again.",
        "A 'low balance' text at 6am, really? Some of us sleep.",
        "Menus out Thursday at 6pm and you must choose by midnight. Great for working parents.",
        "The packed-lunch boxes NEVER close. Another bag full of juice.",
        "Customer service shuts at 4pm. Working parents can take a day off, I suppose.",
        "Thirty separate PDF receipts for one month of lunches. Thirty.",
        "Another menu change with no notice. We hear it from the kids at night.",
    ],
    "de": [
        "Die Cantilo-App loggt mich JEDES Mal aus. Passwort, Code, nochmal Passwort.",
        "Die SMS „Guthaben niedrig“ um 6 Uhr morgens, echt jetzt?",
        "Speiseplan kommt Donnerstag 18 Uhr, wählen muss man bis Mitternacht. Toll für Berufstätige.",
        "Die Lunchboxen gehen NIE richtig zu. Schon wieder ein Rucksack voller Saft.",
        "Der Kundenservice macht um 16 Uhr zu. Berufstätige Eltern nehmen halt Urlaub.",
        "Dreißig einzelne PDF-Rechnungen für einen Monat Mittagessen. Dreißig.",
        "Schon wieder eine Menüänderung ohne Ankündigung. Wir erfahren es abends von den Kindern.",
    ],
    "it": [
        "L'app di Cantilo mi disconnette OGNI volta. Password, codice, di nuovo password.",
        "L'SMS «saldo basso» alle 6 del mattino, davvero?",
        "Il menù esce giovedì alle 18 e bisogna scegliere entro mezzanotte. Ottimo per chi lavora.",
        "Le scatole del pranzo al sacco NON si chiudono mai. Un altro zaino pieno di succo.",
        "Il servizio clienti chiude alle 16. Chi lavora si prenda un giorno di ferie.",
        "Trenta ricevute PDF separate per un mese di mensa. Trenta.",
        "Un altro cambio di menù senza avviso. Lo scopriamo dai bambini la sera.",
    ],
    "pt": [
        "A app da Cantilo desliga-me a sessão SEMPRE que a abro. Palavra-passe, código, outra vez.",
        "O SMS de «saldo baixo» às 6 da manhã, a sério?",
        "A ementa sai quinta às 18h e tem de se escolher até à meia-noite. Ótimo para quem trabalha.",
        "As caixas do lanche NUNCA fecham. Mais uma mochila cheia de sumo.",
        "O apoio ao cliente fecha às 16h. Quem trabalha que tire um dia.",
        "Trinta recibos em PDF separados por um mês de cantina. Trinta.",
        "Mais uma mudança de ementa sem aviso. Sabemos pelos miúdos à noite.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "fr": [
        "Repas « chaud » servi à 13h50, juste à temps pour le goûter 👏 Merci Cantilo.",
        "Le « fruit du jour » est une banane depuis la rentrée. Quelle créativité Cantilo 😂",
    ],
    "es": [
        "Comida «caliente» servida a las 14:10, justo a tiempo para la merienda 👏 Gracias Cantilo.",
        "La «fruta del día» lleva siendo plátano desde septiembre. Qué creatividad, Cantilo 😂",
    ],
    "en": ["'Hot' lunch served at 1:50pm, just in time for afternoon snack 👏 Thanks Cantilo."],
    "de": ["„Warmes“ Mittagessen um 13:50, pünktlich zum Nachmittagssnack 👏 Danke Cantilo."],
    "it": ["Pranzo «caldo» servito alle 13:50, giusto in tempo per la merenda 👏 Grazie Cantilo."],
    "pt": ["Almoço «quente» servido às 13h50, mesmo a tempo do lanche 👏 Obrigad[@o|a@] Cantilo."],
}

#: (mild grumble, agent's answer)
QUIET_GRUMBLE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "La recherche d'école me propose une école à Lille alors qu'on est à Lyon, c'est un peu agaçant.",
            "Désolée ! Tapez le code postal plutôt que le nom de l'école, la recherche est plus précise.",
        ),
        (
            "Les mails de confirmation arrivent en anglais depuis hier, c'est normal ?",
            "Non, merci de le signaler. Vérifiez Compte > Langue ; nous regardons aussi de notre côté.",
        ),
    ],
    "es": [
        (
            "El buscador de colegios me saca uno de Sevilla y estamos en Valencia, un poco molesto.",
            "¡Perdona! Busca por código postal en vez de por nombre, es más preciso.",
        ),
        (
            "Los correos de confirmación me llegan en inglés desde ayer, ¿es normal?",
            "No, gracias por avisar. Revisa Cuenta > Idioma; lo miramos también nosotros.",
        ),
    ],
    "en": [
        (
            "The school search keeps suggesting a school in Leeds when we're in Bristol, bit annoying.",
            "Sorry! Search by postcode rather than school name, it's more precise.",
        )
    ],
    "de": [
        (
            "Die Schulsuche zeigt mir eine Schule in Köln, wir wohnen in Leipzig. Etwas nervig.",
            "Entschuldigung! Suchen Sie mit der Postleitzahl statt mit dem Namen, das ist genauer.",
        )
    ],
    "it": [
        (
            "La ricerca scuole mi propone una scuola di Bari e siamo a Torino, un po' fastidioso.",
            "Scusi! Cerchi per CAP invece che per nome, è più preciso.",
        )
    ],
    "pt": [
        (
            "A pesquisa de escolas sugere uma escola em Braga e nós estamos em Lisboa, um bocado chato.",
            "Desculpe! Pesquise pelo código postal em vez do nome, é mais preciso.",
        )
    ],
}

# --- the planted spike ------------------------------------------------------------

SPIKE_CODE = "K17/ALG"
SPIKE: dict[str, dict[str, list[str]]] = {
    "social": {
        "fr": [
            "C'est quoi ce délire Cantilo ?? Le profil de {kid} affiche « aucune allergie connue » alors qu'[[il|elle]] est [[allergique|allergique]] à l'arachide, et le menu de la semaine prochaine est pré-rempli avec le gâteau aux cacahuètes. Bandeau K17/ALG. RÉPAREZ avant lundi !!",
            "Tous les profils allergies ont sauté chez Cantilo ?! {kid} est [[coeliaque|coeliaque]] et passe en « sans régime », pâtes au blé tous les jours la semaine prochaine. K17/ALG. Je tremble pour lundi.",
        ],
        "es": [
            "¿Pero qué pasa, Cantilo? El perfil de {kid} dice «sin alergias conocidas» y es [[alérgico|alérgica]] al huevo, y el menú de la semana que viene viene relleno con tortilla. Aviso K17/ALG. ¡ARREGLADLO antes del lunes!",
            "Se han borrado los perfiles de alergias en Cantilo?? {kid} es [[celíaco|celíaca]] y ahora sale «sin dieta», macarrones de trigo toda la semana. K17/ALG. Miedo me da el lunes.",
        ],
        "en": [
            "What is going on Cantilo?? {kid}'s profile now says 'no known allergies' and [[he|she]]'s allergic to peanuts, next week's menu is pre-filled with the satay chicken. Banner says K17/ALG. FIX THIS before Monday!"
        ],
        "de": [
            "Was ist los, Cantilo?? Im Profil von {kid} steht „keine bekannten Allergien“, dabei hat [[er|sie]] eine Nussallergie, und der Speiseplan für nächste Woche ist mit Nusskuchen vorausgefüllt. Hinweis K17/ALG. Bis Montag REPARIEREN!"
        ],
        "it": [
            "Ma che succede Cantilo?? Il profilo di {kid} dice «nessuna allergia nota» e ha l'allergia al latte, il menù della settimana prossima è già pieno di formaggio. Avviso K17/ALG. SISTEMATE prima di lunedì!"
        ],
        "pt": [
            "O que se passa, Cantilo?? O perfil [[do|da]] {kid} diz «sem alergias conhecidas» e é alérgic[[o|a]] ao marisco, a ementa da próxima semana vem cheia de arroz de marisco. Aviso K17/ALG. RESOLVAM antes de segunda!"
        ],
    },
    "chat": {
        "fr": [
            "Bonjour, le profil de {kid} n'a plus aucune allergie enregistrée ([[il|elle]] est [[allergique|allergique]] aux oeufs !) et l'appli a pré-choisi des menus avec omelette. Message K17/ALG. C'est général ?",
            "bonjour le profil allergies de {kid} est vide depuis ce matin, code K17/ALG, et la semaine prochaine est remplie avec du poisson alors qu'[[il|elle]] est [[allergique|allergique]]. vous pouvez vérifier ?",
        ],
        "es": [
            "Hola, el perfil de {kid} ya no tiene ninguna alergia guardada (¡es [[alérgico|alérgica]] al huevo!) y la app le ha elegido menús con tortilla. Sale K17/ALG. ¿Os pasa a todos?",
            "hola el perfil de alergias de {kid} está vacío desde esta mañana, código K17/ALG, y la semana que viene tiene pescado y es [[alérgico|alérgica]]. podéis mirarlo?",
        ],
        "en": [
            "Hi, {kid}'s profile has no allergies saved any more ([[he|she]]'s allergic to egg!) and the app has pre-picked menus with omelette. It says K17/ALG. Is this everyone?"
        ],
        "de": [
            "Hallo, im Profil von {kid} ist keine Allergie mehr gespeichert ([[er|sie]] hat eine Eierallergie!) und die App hat Menüs mit Omelett vorausgewählt. Meldung K17/ALG. Ist das bei allen so?"
        ],
        "it": [
            "Buongiorno, il profilo di {kid} non ha più nessuna allergia salvata (è allergic[[o|a]] alle uova!) e l'app ha scelto menù con frittata. Dice K17/ALG. Succede a tutti?"
        ],
        "pt": [
            "Olá, o perfil [[do|da]] {kid} já não tem nenhuma alergia guardada (é alérgic[[o|a]] ao ovo!) e a app escolheu ementas com omelete. Diz K17/ALG. É geral?"
        ],
    },
    "community": {
        "fr": [
            "Quelqu'un d'autre ce matin ? Profil allergies de {kid} vide, « aucune allergie connue », menus pré-remplis avec du lait partout, erreur K17/ALG sur Cantilo. Je n'ose rien valider.",
            "Les régimes ont disparu des profils Cantilo ce matin (K17/ALG) ! {kid} est [[végétarien|végétarienne]] et se retrouve avec du boeuf tous les jours.",
        ],
        "es": [
            "¿A alguien más esta mañana? Perfil de alergias de {kid} vacío, «sin alergias conocidas», menús rellenos con lácteos y error K17/ALG en Cantilo. No me atrevo a confirmar nada.",
            "Se han borrado las dietas de los perfiles de Cantilo esta mañana (K17/ALG). {kid} es [[vegetariano|vegetariana]] y le sale ternera todos los días.",
        ],
        "en": [
            "Anyone else this morning? {kid}'s allergy profile is empty on Cantilo, 'no known allergies', menus pre-filled with dairy everywhere, error K17/ALG."
        ],
        "de": [
            "Noch jemand heute früh? Allergieprofil von {kid} bei Cantilo leer, „keine bekannten Allergien“, Menüs voller Milchprodukte, Fehler K17/ALG."
        ],
        "it": [
            "Qualcun altro stamattina? Profilo allergie di {kid} vuoto su Cantilo, menù pieni di latticini, errore K17/ALG."
        ],
        "pt": [
            "Mais alguém esta manhã? Perfil de alergias [[do|da]] {kid} vazio na Cantilo, ementas cheias de lacticínios, erro K17/ALG."
        ],
    },
    "email": {
        "fr": [
            "Bonjour,\n\nCe matin le profil de {kid} indique « aucune allergie connue » (code K17/ALG), alors qu'[[il|elle]] a une allergie sévère aux fruits à coque, avec trousse d'urgence à l'école. Les menus de la semaine prochaine ont été pré-remplis avec un dessert aux noix. Merci de me confirmer que la cantine de {school} ne lui servira RIEN de tout ça lundi.\n\n{name}"
        ],
        "es": [
            "Hola:\n\nEsta mañana el perfil de {kid} pone «sin alergias conocidas» (código K17/ALG), y tiene alergia grave a los frutos secos, con adrenalina en el cole. Los menús de la semana que viene llevan postre con nueces. Necesito que me confirméis que el lunes en el {school} no le van a dar nada de eso.\n\n{name}"
        ],
        "en": [
            "Hello,\n\nThis morning {kid}'s profile says 'no known allergies' (code K17/ALG), but [[he|she]] has a severe nut allergy with an EpiPen at school. Next week's menus have been pre-filled with a walnut pudding. Please confirm {school} will serve [[him|her]] none of it on Monday.\n\n{name}"
        ],
        "de": [
            "Guten Tag,\n\nheute früh steht im Profil von {kid} „keine bekannten Allergien“ (Code K17/ALG), dabei hat [[er|sie]] eine schwere Nussallergie mit Notfallset in der Schule. Der Speiseplan für nächste Woche ist mit Walnusskuchen vorausgefüllt. Bitte bestätigen Sie, dass die {school} am Montag nichts davon ausgibt.\n\n{name}"
        ],
        "it": [
            "Buongiorno,\n\nstamattina il profilo di {kid} dice «nessuna allergia nota» (codice K17/ALG), ma ha un'allergia grave alla frutta a guscio. I menù della settimana prossima hanno un dolce alle noci. Confermatemi che lunedì la mensa non glielo servirà.\n\n{name}"
        ],
        "pt": [
            "Bom dia,\n\nesta manhã o perfil [[do|da]] {kid} diz «sem alergias conhecidas» (código K17/ALG), mas tem alergia grave a frutos secos. As ementas da próxima semana trazem bolo de noz. Confirmem que segunda-feira a cantina não lhe dá nada disso.\n\n{name}"
        ],
    },
    "web": {
        "fr": [
            "Le profil allergies et régime de {kid} est vide depuis ce matin (K17/ALG). [[Il|Elle]] est [[allergique|allergique]] au sésame. Merci de confirmer que la cantine ne suivra pas le menu pré-rempli lundi."
        ],
        "es": [
            "El perfil de alergias y dieta de {kid} está vacío desde esta mañana (K17/ALG). Es [[alérgico|alérgica]] al sésamo. Confirmadme que el lunes el comedor no le dará el menú que ha rellenado la app."
        ],
        "en": [
            "{kid}'s allergy and diet profile has been empty since this morning (K17/ALG). [[He|She]] is allergic to sesame. Please confirm the canteen won't follow the pre-filled menu on Monday."
        ],
        "de": [
            "Das Allergie- und Ernährungsprofil von {kid} ist seit heute früh leer (K17/ALG). Sesamallergie. Bitte bestätigen Sie, dass die Mensa am Montag nicht das vorausgefüllte Menü ausgibt."
        ],
        "it": [
            "Il profilo allergie e dieta di {kid} è vuoto da stamattina (K17/ALG). Allergia al sesamo. Confermate che lunedì la mensa non seguirà il menù precompilato."
        ],
        "pt": [
            "O perfil de alergias e dieta [[do|da]] {kid} está vazio desde esta manhã (K17/ALG). Alergia ao sésamo. Confirmem que segunda a cantina não segue a ementa pré-preenchida."
        ],
    },
}
SPIKE_SUBJECT = {
    "fr": "URGENT profil allergies effacé K17/ALG",
    "es": "URGENTE perfil de alergias borrado K17/ALG",
    "en": "URGENT allergy profile wiped K17/ALG",
    "de": "DRINGEND Allergieprofil gelöscht K17/ALG",
    "it": "URGENTE profilo allergie cancellato K17/ALG",
    "pt": "URGENTE perfil de alergias apagado K17/ALG",
}
#: The second message of a spike repeater, on another channel.
SPIKE_AGAIN: dict[str, list[str]] = {
    "fr": [
        "Toujours K17/ALG, même sur le téléphone de mon mari, et le profil de {kid} est toujours vide. Lundi c'est dans deux jours !",
        "Je réessaie depuis une heure : toujours K17/ALG, profil de {kid} toujours sans allergie. Quelqu'un s'en occupe ?",
    ],
    "es": [
        "Sigue saliendo K17/ALG, también en el móvil de mi marido, y el perfil de {kid} sigue vacío. ¡El lunes es pasado mañana!",
        "Llevo una hora probando: sigue K17/ALG y el perfil de {kid} sin alergias. ¿Alguien lo está mirando?",
    ],
    "en": [
        "Still K17/ALG, on my husband's phone too, and {kid}'s profile is still empty. Monday is two days away!"
    ],
    "de": [
        "Immer noch K17/ALG, auch auf dem Handy meines Mannes, und das Profil von {kid} ist weiter leer. Montag ist in zwei Tagen!"
    ],
    "it": [
        "Ancora K17/ALG, anche sul telefono di mio marito, e il profilo di {kid} è sempre vuoto. Lunedì è tra due giorni!"
    ],
    "pt": [
        "Continua K17/ALG, também no telemóvel do meu marido, e o perfil [[do|da]] {kid} continua vazio. Segunda é daqui a dois dias!"
    ],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Oui, les profils allergies et régimes apparaissent vides pour toutes les familles depuis ce matin (K17/ALG). Les cuisines travaillent avec les listes papier de vendredi, aucun enfant ne sera servi sans vérification. Nos ingénieurs sont dessus.",
    "es": "Sí, los perfiles de alergias y dietas salen vacíos a todas las familias desde esta mañana (K17/ALG). Las cocinas trabajan con las listas en papel del viernes, ningún niño comerá sin comprobarlo. Nuestros ingenieros están en ello.",
    "en": "Yes, allergy and diet profiles are showing empty for every family since this morning (K17/ALG). Kitchens are working from Friday's paper lists, no child will be served without a check. Our engineers are on it.",
    "de": "Ja, die Allergie- und Ernährungsprofile werden seit heute früh bei allen Familien leer angezeigt (K17/ALG). Die Küchen arbeiten mit den Papierlisten von Freitag, kein Kind bekommt ungeprüft etwas. Unsere Technik ist dran.",
    "it": "Sì, i profili allergie e diete risultano vuoti per tutte le famiglie da stamattina (K17/ALG). Le cucine lavorano con le liste cartacee di venerdì, nessun bambino sarà servito senza controllo. I tecnici ci stanno lavorando.",
    "pt": "Sim, os perfis de alergias e dietas aparecem vazios a todas as famílias desde esta manhã (K17/ALG). As cozinhas usam as listas em papel de sexta, nenhuma criança será servida sem verificação. Os técnicos estão a tratar.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "fr": (
        "Profils allergies rétablis",
        "Bonjour {first},\n\nLes profils allergies et régimes sont rétablis depuis {local}, à partir de la sauvegarde de vendredi, et les menus pré-remplis ce matin ont été annulés. Merci de vérifier le profil de {kid}. Pour le désagrément, nous avons crédité {credit} sur votre solde.\n\n{agent}, service familles Cantilo",
    ),
    "es": (
        "Perfiles de alergias restaurados",
        "Hola, {first}:\n\nLos perfiles de alergias y dietas están restaurados desde las {local}, con la copia del viernes, y los menús rellenados esta mañana se han anulado. Revisa el perfil de {kid}, por favor. Por las molestias te hemos abonado {credit} en el saldo.\n\n{agent}, atención a familias de Cantilo",
    ),
    "en": (
        "Allergy profiles restored",
        "Hi {first},\n\nAllergy and diet profiles have been restored since {local} from Friday's backup, and this morning's pre-filled menus are cancelled. Please check {kid}'s profile. For the trouble we've added {credit} to your balance.\n\n{agent}, Cantilo family support",
    ),
    "de": (
        "Allergieprofile wiederhergestellt",
        "Hallo {first},\n\ndie Allergie- und Ernährungsprofile sind seit {local} aus der Sicherung von Freitag wiederhergestellt, die heute früh vorausgefüllten Menüs sind storniert. Bitte prüfen Sie das Profil von {kid}. Für die Umstände haben wir {credit} gutgeschrieben.\n\n{agent}, Cantilo Familienservice",
    ),
    "it": (
        "Profili allergie ripristinati",
        "Buongiorno {first},\n\ni profili allergie e diete sono ripristinati dalle {local} dal backup di venerdì e i menù precompilati stamattina sono annullati. Controlli il profilo di {kid}. Per il disagio abbiamo accreditato {credit} sul saldo.\n\n{agent}, servizio famiglie Cantilo",
    ),
    "pt": (
        "Perfis de alergias repostos",
        "Olá {first},\n\nos perfis de alergias e dietas foram repostos às {local} a partir da cópia de sexta e as ementas pré-preenchidas esta manhã foram anuladas. Verifique o perfil [[do|da]] {kid}. Pelo incómodo creditámos {credit} no saldo.\n\n{agent}, apoio às famílias Cantilo",
    ),
}
#: Friday's lone questions (an icon that looked grey, then fine) and the answers.
LONE_Q: dict[str, tuple[str, str]] = {
    "fr": (
        "Bonjour, hier soir l'icône allergie à côté du prénom de {kid} était grise, puis normale après actualisation. Son profil est bien à jour pour lundi ?",
        "Bonjour ! Oui, l'icône reste grise le temps du chargement. Le profil de {kid} est bien enregistré, rien n'a changé.",
    ),
    "es": (
        "Hola, anoche el icono de alergia junto al nombre de {kid} salía gris y al actualizar ya normal. ¿Su perfil está bien para el lunes?",
        "¡Hola! Sí, el icono sale gris mientras carga. El perfil de {kid} está guardado y sin cambios.",
    ),
}
#: Monday's mild grumble in the spike week (the menu page slow), and the answer.
SLOW_MENU: dict[str, tuple[str, str]] = {
    "fr": (
        "La page des menus met une éternité à charger ce matin, c'est chez vous ?",
        "Oui, un peu de lenteur ce matin à cause de l'affluence, ça devrait aller mieux dans l'heure. Désolée !",
    ),
    "es": (
        "La página de menús tarda una eternidad en cargar esta mañana, ¿es cosa vuestra?",
        "Sí, hay algo de lentitud esta mañana por la afluencia, en una hora debería ir mejor. ¡Perdona!",
    ),
}
