# ruff: noqa: E501
"""Households' wording for heldout60 (report only, written blind; never tune on it).

Trepalo runs holiday camps and after-school clubs for children, booked and followed in
an app (timetable, photos of the day, messages to the group leader, who may collect the
child, sign-in and sign-out notices). Placeholders are filled by ``make_heldout60.py``:
``{name}`` the parent's first name, ``{child}`` the child's, ``{o_child}`` / ``{O_child}``
(Portuguese, with its article), ``{do_child}`` / ``{ao_child}`` (Portuguese contractions),
``{x}`` the child's gender ending (o/a), ``{ex}`` French child agreement (e or nothing),
``{a}`` the writer's gender ending (o/a), ``{e}`` French writer agreement, ``{obg}``
Portuguese thanks, ``{kid}`` / ``{Kid}`` "my son / my daughter", ``{he}`` / ``{him}`` /
``{le}`` / ``{lo}`` pronouns, ``{club}``, ``{camp}``, ``{leader}``, ``{town}``, ``{plan}``,
``{amount}`` / ``{amount_said}``, ``{late_fee}``, ``{ref}``, ``{comp}``, ``{t}``, ``{fixed}``,
``{sig}``, ``{full}``, ``{topic}``, ``{what}``, ``{fix}``.
"""

from __future__ import annotations

BRAND = "Trepalo"
RIVALS = ("Brincalia", "Kalimbo")
LANGS = ("pt", "fr", "de", "en", "es", "it")
ERROR_CODE = "5417-B"

PLAN = {
    "pt": "Trepalo Família",
    "fr": "Trepalo Famille",
    "de": "Trepalo Familie",
    "en": "Trepalo Family",
    "es": "Trepalo Familia",
    "it": "Trepalo Famiglia",
}

# ---------------------------------------------------------------- people and places

PARENTS_F = {
    "pt": [
        "Ana",
        "Joana",
        "Rita",
        "Sofia",
        "Catarina",
        "Marta",
        "Filipa",
        "Sara",
        "Teresa",
        "Cláudia",
        "Patrícia",
        "Vera",
        "Mariana",
        "Raquel",
        "Susana",
        "Helena",
        "Andreia",
        "Liliana",
    ],
    "fr": [
        "Claire",
        "Émilie",
        "Julie",
        "Sophie",
        "Aurélie",
        "Céline",
        "Sandrine",
        "Nathalie",
        "Camille",
        "Élodie",
        "Laure",
        "Marion",
        "Hélène",
        "Virginie",
        "Delphine",
        "Audrey",
        "Pauline",
        "Caroline",
    ],
    "de": [
        "Anna",
        "Julia",
        "Katrin",
        "Sabine",
        "Stefanie",
        "Nicole",
        "Melanie",
        "Sandra",
        "Christina",
        "Miriam",
        "Jana",
        "Verena",
    ],
    "en": [
        "Sarah",
        "Emma",
        "Claire",
        "Rachel",
        "Laura",
        "Niamh",
        "Siobhan",
        "Hannah",
        "Lucy",
        "Gemma",
        "Aisha",
        "Orla",
    ],
    "es": [
        "María",
        "Laura",
        "Marta",
        "Elena",
        "Cristina",
        "Raquel",
        "Silvia",
        "Beatriz",
        "Nuria",
        "Ainhoa",
        "Lorena",
        "Paula",
    ],
    "it": [
        "Francesca",
        "Giulia",
        "Chiara",
        "Valentina",
        "Federica",
        "Silvia",
        "Elena",
        "Sara",
        "Ilaria",
        "Roberta",
        "Monica",
        "Alessia",
    ],
}
PARENTS_M = {
    "pt": [
        "João",
        "Pedro",
        "Rui",
        "Tiago",
        "Nuno",
        "Miguel",
        "Ricardo",
        "Bruno",
        "Hugo",
        "Paulo",
        "Luís",
        "André",
        "Diogo",
        "Sérgio",
        "Vítor",
        "Fábio",
    ],
    "fr": [
        "Nicolas",
        "Julien",
        "Thomas",
        "Sébastien",
        "Guillaume",
        "Mathieu",
        "Romain",
        "Olivier",
        "Antoine",
        "Benoît",
        "Vincent",
        "Jérôme",
        "Cédric",
        "Arnaud",
        "Fabien",
        "Karim",
    ],
    "de": [
        "Markus",
        "Stefan",
        "Thomas",
        "Michael",
        "Daniel",
        "Jan",
        "Tobias",
        "Florian",
        "Matthias",
        "Sebastian",
        "Andreas",
        "Lukas",
    ],
    "en": [
        "James",
        "Tom",
        "David",
        "Chris",
        "Mark",
        "Ciarán",
        "Rob",
        "Ben",
        "Gareth",
        "Imran",
        "Declan",
        "Owen",
    ],
    "es": [
        "Javier",
        "David",
        "Sergio",
        "Álvaro",
        "Pablo",
        "Rubén",
        "Jorge",
        "Iván",
        "Óscar",
        "Adrián",
        "Raúl",
        "Iñaki",
    ],
    "it": [
        "Marco",
        "Luca",
        "Andrea",
        "Matteo",
        "Alessandro",
        "Davide",
        "Simone",
        "Stefano",
        "Fabio",
        "Paolo",
        "Giorgio",
        "Emanuele",
    ],
}
SURNAMES = {
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
        "Alves",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Soares",
        "Vieira",
        "Monteiro",
        "Cardoso",
        "Rocha",
        "Neves",
        "Coelho",
        "Cunha",
        "Pires",
        "Ramos",
        "Simões",
        "Antunes",
        "Matos",
        "Fonseca",
        "Machado",
        "Araújo",
        "Tavares",
        "Lourenço",
        "Figueiredo",
        "Baptista",
        "Brandão",
        "Quintas",
        "Valente",
        "Sequeira",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Fournier",
        "Lambert",
        "Girard",
        "Bonnet",
        "Dupont",
        "Rousseau",
        "Blanc",
        "Guérin",
        "Henry",
        "Roussel",
        "Perrin",
        "Morin",
        "Clément",
        "Gauthier",
        "Dumont",
        "Fontaine",
        "Chevalier",
        "Robin",
        "Masson",
        "Boyer",
        "Denis",
        "Lemaire",
        "Duval",
        "Joly",
        "Roche",
        "Noël",
        "Lucas",
        "Meunier",
        "Marchand",
        "Dufour",
        "Blanchard",
        "Barbier",
        "Brun",
        "Renard",
        "Delvaux",
        "Lejeune",
        "Arnaud",
        "Caron",
        "Aubert",
        "Leclerc",
        "Vidal",
        "Picard",
        "Lacroix",
        "Fabre",
        "Benali",
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
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Bauer",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Braun",
        "Hartmann",
        "Krüger",
        "Lange",
        "Werner",
        "Lehmann",
        "Huber",
        "Gruber",
        "Steiner",
        "Moser",
        "Brunner",
        "Keller",
        "Frei",
        "Vogel",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Evans",
        "Walsh",
        "Murphy",
        "Kelly",
        "Byrne",
        "Ryan",
        "Thompson",
        "Robinson",
        "Wright",
        "Hughes",
        "Hall",
        "Clarke",
        "Patel",
        "Khan",
        "Doyle",
        "McCarthy",
        "Gallagher",
        "Fletcher",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "González",
        "Pérez",
        "Gómez",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Gil",
        "Vázquez",
        "Serrano",
        "Blanco",
        "Molina",
        "Ortega",
        "Rubio",
        "Marín",
        "Sanz",
        "Iglesias",
        "Medina",
        "Garrido",
    ],
    "it": [
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Rinaldi",
        "Caruso",
        "Galli",
        "Bernasconi",
        "Pedrazzini",
        "Leone",
        "Marchetti",
    ],
}
CHILDREN_F = {
    "pt": [
        "Inês",
        "Beatriz",
        "Leonor",
        "Matilde",
        "Carolina",
        "Benedita",
        "Margarida",
        "Alice",
        "Madalena",
        "Clara",
    ],
    "fr": ["Léa", "Chloé", "Manon", "Inès", "Zoé", "Lina", "Jade", "Louise", "Rose", "Margot"],
    "de": ["Emma", "Mia", "Lina", "Leonie", "Marie", "Lotta", "Hannah", "Frieda"],
    "en": ["Olivia", "Amelia", "Isla", "Freya", "Sadhbh", "Ruby", "Poppy", "Aoife"],
    "es": ["Lucía", "Martina", "Sofía", "Valeria", "Carla", "Vega", "Olivia", "Noa"],
    "it": ["Sofia", "Aurora", "Giulia", "Ginevra", "Alice", "Beatrice", "Viola", "Greta"],
}
CHILDREN_M = {
    "pt": [
        "Tomás",
        "Francisco",
        "Duarte",
        "Santiago",
        "Gonçalo",
        "Rodrigo",
        "Martim",
        "Salvador",
        "Afonso",
        "Lourenço",
    ],
    "fr": [
        "Hugo",
        "Louis",
        "Jules",
        "Gabriel",
        "Arthur",
        "Nathan",
        "Raphaël",
        "Noah",
        "Sacha",
        "Timéo",
    ],
    "de": ["Paul", "Ben", "Finn", "Jonas", "Felix", "Emil", "Noah", "Anton"],
    "en": ["Jack", "Harry", "Charlie", "Oscar", "Oisín", "Alfie", "Theo", "Cillian"],
    "es": ["Hugo", "Mateo", "Leo", "Daniel", "Pablo", "Bruno", "Marco", "Unai"],
    "it": [
        "Leonardo",
        "Tommaso",
        "Francesco",
        "Edoardo",
        "Riccardo",
        "Lorenzo",
        "Mattia",
        "Pietro",
    ],
}
# Market -> towns where Trepalo runs camps and clubs.
TOWNS = {
    "PT": [
        "Lisboa",
        "Porto",
        "Braga",
        "Coimbra",
        "Setúbal",
        "Aveiro",
        "Cascais",
        "Matosinhos",
        "Almada",
        "Leiria",
    ],
    "FR": [
        "Paris",
        "Lyon",
        "Nantes",
        "Bordeaux",
        "Lille",
        "Toulouse",
        "Rennes",
        "Montpellier",
        "Grenoble",
    ],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "CH": ["Genève", "Lausanne", "Zürich", "Bern", "Basel", "Lugano"],
    "DE": ["München", "Köln", "Hamburg", "Frankfurt", "Stuttgart", "Leipzig", "Freiburg"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg"],
    "UK": ["Bristol", "Leeds", "Brighton", "Manchester", "Edinburgh", "Cardiff"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Málaga", "Bilbao", "Zaragoza", "Valladolid"],
    "IT": ["Milano", "Torino", "Bologna", "Roma", "Firenze", "Verona"],
}
# Swiss towns by the language spoken there.
CH_TOWNS = {
    "fr": ["Genève", "Lausanne", "Fribourg"],
    "de": ["Zürich", "Bern", "Basel"],
    "it": ["Lugano", "Bellinzona"],
}

CLUBS = {
    "pt": ["de escalada", "de robótica", "de xadrez", "de futebol", "de teatro", "de dança"],
    "fr": ["d'escalade", "de robotique", "d'échecs", "de foot", "de théâtre", "de danse"],
    "de": ["Kletter-AG", "Robotik-AG", "Schach-AG", "Fußball-AG", "Theater-AG", "Tanz-AG"],
    "en": [
        "climbing club",
        "robotics club",
        "chess club",
        "football club",
        "drama club",
        "dance club",
    ],
    "es": ["de escalada", "de robótica", "de ajedrez", "de fútbol", "de teatro", "de danza"],
    "it": ["di arrampicata", "di robotica", "di scacchi", "di calcio", "di teatro", "di danza"],
}
CAMPS = {
    "pt": ["de surf", "de robótica", "multidesportivo", "de circo", "na quinta", "de ciência"],
    "fr": ["de surf", "de robotique", "multisport", "de cirque", "à la ferme", "de sciences"],
    "de": ["Surfcamp", "Robotik-Camp", "Sportcamp", "Zirkuscamp", "Bauernhof-Camp", "Forschercamp"],
    "en": [
        "surf camp",
        "robotics camp",
        "multi-sport camp",
        "circus camp",
        "farm camp",
        "science camp",
    ],
    "es": ["de surf", "de robótica", "multideporte", "de circo", "en la granja", "de ciencia"],
    "it": ["di surf", "di robotica", "multisport", "di circo", "in fattoria", "di scienze"],
}
LEADERS = {
    "pt": ["Carla", "Zé", "Bia", "Diogo"],
    "fr": ["Anaïs", "Théo", "Margaux", "Yanis"],
    "de": ["Lea", "Jonas", "Kim", "Malte"],
    "en": ["Megan", "Josh", "Aisling", "Kofi"],
    "es": ["Irene", "Dani", "Andrea", "Hugo"],
    "it": ["Giada", "Pietro", "Marta", "Samuele"],
}
AGENTS = {
    "pt": ["Marta S.", "Rui F.", "Joana P."],
    "fr": ["Camille R.", "Mathieu L.", "Sarah B."],
    "de": ["Svenja K.", "Tobias H."],
    "en": ["Aoife D.", "Callum R."],
    "es": ["Nerea G.", "Iker M."],
    "it": ["Chiara P.", "Davide C."],
}
SIGNATURE = {
    "pt": "{agent}\nApoio às Famílias · Trepalo",
    "fr": "{agent}\nService Familles · Trepalo",
    "de": "{agent}\nFamilienservice · Trepalo",
    "en": "{agent}\nFamily Support · Trepalo",
    "es": "{agent}\nAtención a Familias · Trepalo",
    "it": "{agent}\nAssistenza Famiglie · Trepalo",
}
JOBS = [
    "nurse",
    "primary teacher",
    "software developer",
    "shop manager",
    "bus driver",
    "pharmacist",
    "accountant",
    "physiotherapist",
    "civil servant",
    "electrician",
    "hairdresser",
    "architect",
    "police officer",
    "chef",
    "lab technician",
    "journalist",
    "dentist",
    "warehouse supervisor",
    "call-centre agent",
    "translator",
    "engineer",
    "kindergarten teacher",
    "lawyer",
    "taxi driver",
]

# Products (English catalogue labels), price in euros, page.
PRODUCTS = [
    ("Holiday camp week · surf (5 days)", 265, "/camps/surf"),
    ("Holiday camp week · robotics & coding (5 days)", 235, "/camps/robotics"),
    ("Holiday camp week · multi-sport (5 days)", 189, "/camps/multisport"),
    ("Holiday camp week · circus & theatre (5 days)", 199, "/camps/circus"),
    ("Holiday camp week · farm & nature (5 days)", 209, "/camps/farm"),
    ("Holiday camp day pass", 45, "/camps/day-pass"),
    ("After-school club term · climbing (10 sessions)", 165, "/clubs/climbing"),
    ("After-school club term · chess (12 sessions)", 108, "/clubs/chess"),
    ("After-school club term · football (12 sessions)", 144, "/clubs/football"),
    ("After-school club term · dance (12 sessions)", 132, "/clubs/dance"),
    ("Late pick-up pack (10 × until 18:30)", 40, "/extras/late-pick-up"),
    ("Birthday party at the club (2 h, up to 12 children)", 260, "/parties"),
    ("Camp T-shirt and water bottle", 18, "/shop/kit"),
]
CAMP_WEEKS = [0, 1, 2, 3, 4]
PAGES = [
    "/camps",
    "/camps/easter",
    "/camps/summer",
    "/clubs",
    "/clubs/timetable",
    "/app/photos",
    "/faq/pick-up",
    "/faq/health-form",
    "/membership",
    "/locations",
    "/camps/residential",
    "/faq/what-to-pack",
    "/extras",
    "/blog/first-camp-tips",
]

# ---------------------------------------------------------------- happy acts

PRAISE = {
    "pt": [
        "{O_child} chegou a casa a dizer que quer ser inventor{ora} de robôs 😂 Semana fantástica no campo {camp}, equipa espetacular.",
        "Primeira vez que {o_child} entrou no clube {club} sem chorar à porta. {obg} a quem lá está todas as semanas, fazem mesmo diferença.",
        "Recomendo a 100%. Fotos do dia sempre às 18h, horários cumpridos e {o_child} vem para casa exaust{x} e feliz. Trepalo nunca falha connosco.",
        "Os pais da turma perguntaram-me onde é que {o_child} fez o campo da Páscoa. Trepalo, claro. Já estamos inscritos outra vez para o verão",
        "Ver as fotos do campo na pausa do almoço e ver {o_child} pendurad{x} numa parede de escalada 🥹 quem diria, há um mês tinha medo de subir ao escorrega",
        "Só para dizer que {leader}, do campo {camp}, é um amor. Sabe o nome de todas as crianças e dos pais também!",
    ],
    "fr": [
        "{Child} est rentré{ex} en disant qu'{il} voulait devenir dresseu{rse} de robots 😂 Semaine géniale au stage {camp}, l'équipe est top.",
        "Première fois que {child} entre au club {club} sans pleurer à la porte. Merci à toute l'équipe du mercredi, vous faites la différence.",
        "Je recommande les yeux fermés. Photos de la journée tous les soirs, horaires respectés, et {child} rentre crevé{ex} mais ravi{ex}.",
        "Les parents de la classe m'ont demandé où {child} avait fait son stage de printemps. Trepalo bien sûr ! On est déjà réinscrits pour juillet",
        "Voir {child} accroché{ex} au mur d'escalade sur les photos de midi 🥹 il y a un mois {il} avait peur du toboggan",
        "Petit mot pour {leader} du stage {camp} : connaître le prénom de chaque enfant ET de chaque parent, chapeau.",
    ],
    "de": [
        "{Child} kam heim und will jetzt Roboter bauen 😂 Super Woche im {camp}, tolles Team!",
        "Zum ersten Mal ist {child} ohne Tränen in die {club} gegangen. Danke an die Betreuer, ihr macht echt einen Unterschied.",
        "Klare Empfehlung. Fotos vom Tag jeden Abend, alles pünktlich, und {child} kommt müde und glücklich nach Hause.",
    ],
    "en": [
        "{Child} came home announcing a career in robot building 😂 Brilliant week at the {camp}, great team.",
        "First time {child} walked into {club} without tears at the door. Thanks to the coaches, you really make a difference.",
        "Can't recommend them enough. Daily photos every evening, everything on time, and {child} comes home wrecked and happy.",
    ],
    "es": [
        "{Child} ha vuelto diciendo que de mayor quiere construir robots 😂 Semana genial en el campamento {camp}, equipazo.",
        "Primera vez que {child} entra en la extraescolar {club} sin llorar en la puerta. Gracias a los monitores, se nota muchísimo.",
        "Lo recomiendo sin dudar. Fotos del día cada tarde, todo puntual y {child} vuelve reventad{x} pero feliz.",
    ],
    "it": [
        "{Child} è tornat{x} a casa dicendo che da grande costruirà robot 😂 Settimana fantastica al centro estivo {camp}, team super.",
        "Prima volta che {child} entra al corso {club} senza piangere sulla porta. Grazie agli istruttori, fate davvero la differenza.",
        "Consigliatissimo. Foto della giornata ogni sera, orari rispettati e {child} torna stanc{x} morto ma felice.",
    ],
}
AGAIN = {
    "pt": [
        "Terceira semana de campo este ano e continua tudo impecável. {O_child} já conta os dias para a próxima",
        "Mais uma vez a mesma receção simpática às 7h45, mesmo quando chegamos atrasados com a lancheira esquecida 😅",
        "Segundo ano no clube {club} e {o_child} continua a adorar. Que nunca mude",
    ],
    "fr": [
        "Troisième stage avec eux et toujours aussi bien organisé. {Child} réclame déjà les prochaines vacances",
        "Encore une fois un accueil adorable à 7h45, même quand on arrive en retard avec le doudou oublié 😅",
        "Deuxième année au club {club} et {child} adore toujours autant.",
    ],
    "de": [
        "Schon das dritte Camp mit {child} und wieder alles top organisiert. {Child} fragt schon nach den Herbstferien"
    ],
    "en": [
        "Third camp with them now and still brilliant. {Child} came home filthy and happy, which is the whole point"
    ],
    "es": ["Tercer campamento con ellos y otra vez de diez. {Child} ya pregunta cuándo vuelve"],
    "it": [
        "Terzo centro estivo con loro e ancora tutto perfetto. {Child} chiede già quando si torna"
    ],
}
GRIPE = {
    "pt": [
        "Adorámos a semana, só é pena a t-shirt do campo vir sempre XL para uma criança de 7 anos 😅 De resto, 5 estrelas",
        "Equipa de luxo. Só o estacionamento à porta às 17h30 é que é um pesadelo, mas isso já não é convosco",
    ],
    "fr": [
        "Super semaine, seul bémol : la liste des affaires à prévoir arrive la veille à 22h. Sinon rien à redire, {child} a adoré",
        "Équipe au top. Juste l'appli qui me demande mon mot de passe un jour sur deux, mais bon, {child} était ravi{ex}",
    ],
    "de": [
        "Tolle Woche! Einziger Wermutstropfen: die Fotos kommen erst abends um zehn in die App. Sonst alles super"
    ],
    "en": [
        "Great week, only thing is the kit list changes every day and I never know what's needed. Otherwise spot on"
    ],
    "es": [
        "Semana genial, solo que la app manda tres avisos por cada foto nueva 😅 Por lo demás, perfecto"
    ],
    "it": [
        "Settimana bellissima, unico neo l'uscita alle 17 in punto, per chi lavora è strettina. Per il resto bravissimi"
    ],
}
QA = {
    "pt": [
        (
            "Bom dia, a minha sogra pode ir buscar {o_child} na sexta? Tenho de a pôr na app?",
            "Bom dia! Pode, sim: em Perfil > Pessoas autorizadas adicione o nome e o número do cartão de cidadão dela. À saída pedimos o documento. Boa sexta!",
        ),
        (
            "Olá, o campo de surf inclui o fato ou temos de levar?",
            "Olá! O fato e a prancha estão incluídos, só precisam de toalha, protetor solar e roupa para trocar.",
        ),
        (
            "Boa tarde. Dá para passar {o_child} da turma de terça para a de quinta no clube {club}?",
            "Boa tarde! Dá, ainda há duas vagas à quinta. Já fiz a troca, vai ver a alteração na app dentro de minutos.",
        ),
        (
            "até que horas dá o prolongamento? saio do trabalho às 18h",
            "O prolongamento vai até às 18h30. Se usar mais de quatro vezes por mês, compensa o pack de 10.",
        ),
        (
            "Oi, o almoço do campo tem opção sem glúten? {O_child} é celíac{x}",
            "Olá! Tem. Basta indicar na ficha de saúde da criança na app e a cozinha prepara a refeição à parte todos os dias.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que ma mère peut récupérer {child} mercredi ? Il faut l'ajouter dans l'appli ?",
            "Bonjour ! Oui, ajoutez-la dans Profil > Personnes autorisées avec son nom et son téléphone. Une pièce d'identité lui sera demandée à la sortie. Bon mercredi !",
        ),
        (
            "Bonjour, le stage {camp} c'est à partir de quel âge ? {Child} a 5 ans et demi",
            "Bonjour ! Dès 6 ans, mais le stage « Petits explorateurs » accueille les 4-6 ans la même semaine au même endroit.",
        ),
        (
            "bjr le goûter est fourni ou on doit le prévoir ?",
            "Bonjour ! Le goûter est fourni tous les jours à 16h, pensez juste à la gourde.",
        ),
        (
            "Bonjour, {child} a perdu son gilet bleu marine vendredi, vous l'avez retrouvé ?",
            "Bonjour, oui : un gilet bleu marine taille 8 ans attend aux objets trouvés de l'accueil. Vous pouvez le récupérer demain matin.",
        ),
        (
            "On peut changer {child} du groupe du mardi à celui du jeudi au club {club} ?",
            "Bien sûr, il reste deux places le jeudi. C'est fait, vous verrez le changement dans l'appli d'ici quelques minutes.",
        ),
    ],
    "de": [
        (
            "Hallo, darf die Oma {child} am Freitag abholen? Muss ich sie in der App eintragen?",
            "Hallo! Ja, bitte unter Profil > Abholberechtigte mit Namen und Telefonnummer eintragen. Beim Abholen zeigt sie kurz ihren Ausweis. Schönes Wochenende!",
        ),
        (
            "Gibt es im Camp auch vegetarisches Mittagessen?",
            "Ja, jeden Tag. Einfach im Gesundheitsbogen des Kindes in der App ‚vegetarisch' ankreuzen.",
        ),
        (
            "Bis wann kann man die Ferienwoche kostenlos stornieren?",
            "Kostenlos bis 7 Tage vor Beginn, danach behalten wir 30 % ein. Mit ärztlichem Attest ist es immer kostenlos.",
        ),
    ],
    "en": [
        (
            "Hi, can my mum collect {child} on Friday? Do I need to add her somewhere?",
            "Hi! Yes, add her under Profile > Authorised adults with her name and mobile, and she'll just show ID at the gate. Have a good weekend!",
        ),
        (
            "Does the surf camp include a wetsuit or do we bring one",
            "Wetsuit and board are included, just bring a towel, suncream and a change of clothes.",
        ),
        (
            "Is there a sibling discount if I book both kids for Easter?",
            "There is: 15% off the second child's week, applied automatically when both weeks are in the same basket.",
        ),
    ],
    "es": [
        (
            "Hola, ¿puede recoger la abuela a {child} el viernes? ¿Hay que darla de alta en la app?",
            "¡Hola! Sí, añádela en Perfil > Personas autorizadas con su nombre y DNI. A la salida le pediremos el documento. ¡Buen finde!",
        ),
        (
            "¿El campamento {camp} incluye comida o llevan tupper?",
            "Incluye comida y merienda. Solo hace falta botella de agua y ropa de cambio.",
        ),
        (
            "Buenas, se puede cambiar de grupo de martes a jueves?",
            "¡Buenas! Sí, quedan plazas el jueves. Ya está cambiado, lo verás en la app en unos minutos.",
        ),
    ],
    "it": [
        (
            "Ciao, venerdì può venire la nonna a prendere {child}? Devo inserirla nell'app?",
            "Ciao! Sì, aggiungila in Profilo > Persone autorizzate con nome e telefono. All'uscita le chiederemo un documento. Buon weekend!",
        ),
        (
            "Il centro estivo {camp} va bene anche per chi non sa nuotare?",
            "Certo, le attività in acqua sono sempre con istruttore e divise per livello. Basta segnalarlo nella scheda del bambino.",
        ),
        (
            "Si può usare la ricevuta per il bonus centri estivi?",
            "Sì, a fine settimana scarichi dall'app la ricevuta con il codice fiscale, valida per il bonus.",
        ),
    ],
}
QA_SUBJECT = {
    "pt": ["Dúvida", "Pergunta sobre o campo", "Informação"],
    "fr": ["Question", "Petite question", "Renseignement"],
    "de": ["Frage", "Kurze Frage"],
    "en": ["Quick question", "Question"],
    "es": ["Consulta", "Duda"],
    "it": ["Domanda", "Informazione"],
}
REPLY_SUBJECT = {
    "pt": "Re: {subject}",
    "fr": "RE : {subject}",
    "de": "AW: {subject}",
    "en": "Re: {subject}",
    "es": "RE: {subject}",
    "it": "R: {subject}",
}
THANKS = {
    "pt": ["{obg}!", "Perfeito, obg", "Ótimo, muito {obg_low} 🙏", "ok {obg_low}"],
    "fr": ["Merci beaucoup !", "Super, merci", "Parfait merci 🙏", "merci bcp"],
    "de": ["Danke!", "Super, vielen Dank", "Perfekt, danke 🙏"],
    "en": ["Thanks!", "Brilliant, thank you", "perfect cheers"],
    "es": ["¡Gracias!", "Genial, mil gracias", "perfecto grcs 🙏"],
    "it": ["Grazie!", "Perfetto, grazie mille", "ok grz 🙏"],
}
PHONE_QA = {
    "pt": [
        (
            "bom dia queria saber se o campo da páscoa em {town} ainda tem vagas para {menin} de oito anos e se há transporte desde a escola",
            "Olá {name}, {obg_low} pela chamada de hoje. Confirmo que o campo da Páscoa em {town} ainda tem vagas para os 7-9 anos. Transporte desde a escola não temos, mas a receção abre às 7h45.\n\n{sig}",
        ),
        (
            "olá boa tarde é só para perguntar se na semana do campo posso deixar {o_child} mais cedo às sete e meia porque entro às oito no hospital",
            "Olá {name}, obrigado pela chamada. A receção abre às 7h45; às 7h30 não conseguimos, mas fica anotado que {o_child} chega logo à abertura.\n\n{sig}",
        ),
    ],
    "fr": [
        (
            "oui bonjour c'est pour savoir si le stage des vacances à {town} a encore de la place pour un enfant de sept ans et jusqu'à quelle heure on peut venir {le} chercher",
            "Bonjour {name}, merci pour votre appel. Il reste des places pour les 6-8 ans et l'accueil du soir va jusqu'à 18h30 (18h le vendredi).\n\n{sig}",
        ),
        (
            "bonjour je vous appelle parce que {child} a une allergie aux arachides et je voulais être sûre que la cantine du stage est au courant",
            "Bonjour {name}, merci pour votre appel. L'allergie est bien notée sur la fiche santé de {child} et la cuisine du stage a la liste. Un repas séparé est préparé chaque jour.\n\n{sig}",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob man im Camp in {town} auch nur einzelne Tage buchen kann weil wir Mittwoch und Donnerstag verreist sind",
            "Hallo {name}, danke für Ihren Anruf. Ja, Tagespässe gibt es für 45 € pro Tag, in der App unter ‚Einzeltage'.\n\n{sig}",
        ),
    ],
    "en": [
        (
            "hi yeah just ringing to check if the half term camp in {town} does early drop off I start work at eight",
            "Hi {name}, thanks for calling. Early drop-off starts at 7:45 and is included in the price, just tick it when you book.\n\n{sig}",
        ),
    ],
    "es": [
        (
            "hola buenas quería preguntar si en el campamento de {town} puede ir {kid} dos semanas seguidas o hay que reservar cada semana aparte",
            "Hola {name}, gracias por tu llamada. Se reserva semana a semana, pero si metes las dos en la misma cesta se aplica el descuento.\n\n{sig}",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se nel centro estivo di {town} c'è il pre camp dalle sette e mezza",
            "Buongiorno {name}, grazie per la telefonata. Il pre-camp apre alle 7:45 ed è incluso nella quota.\n\n{sig}",
        ),
    ],
}
CALL_SUBJECT = {
    "pt": "A sua chamada de hoje",
    "fr": "Votre appel de ce jour",
    "de": "Ihr Anruf heute",
    "en": "Your call today",
    "es": "Tu llamada de hoy",
    "it": "La tua telefonata di oggi",
}
REVIEWS = {
    "pt": [
        (
            5,
            "Equipa atenta, horários cumpridos e {o_child} fez amigos logo no primeiro dia. Voltaremos.",
        ),
        (4, "Muito bom. Tiro uma estrela porque a app às vezes demora a carregar as fotos."),
        (5, "Já experimentámos outros e não há comparação. A comunicação com os pais é excelente."),
    ],
    "fr": [
        (
            5,
            "Encadrement au top, activités variées, {child} est rentré{ex} crevé{ex} et ravi{ex} tous les soirs.",
        ),
        (4, "Très bien. Une étoile en moins pour le parking impossible devant le gymnase."),
        (
            5,
            "On a testé d'autres centres, rien à voir. La communication avec les parents est exemplaire.",
        ),
    ],
    "de": [
        (
            5,
            "Betreuer super nett, Programm abwechslungsreich, {child} wollte am Freitag gar nicht nach Hause.",
        )
    ],
    "en": [(5, "Well run, friendly staff, and the daily photos are a lovely touch.")],
    "es": [(5, "Monitores majísimos y muy pendientes. {Child} ha vuelto encantad{x}.")],
    "it": [(5, "Animatori bravissimi e attenti. {Child} è tornat{x} a casa felice ogni giorno.")],
}
SURVEY_WORDS = {
    "pt": ["Excelente", "Tudo ótimo", "👍", "Muito bom"],
    "fr": ["Parfait", "Très bien", "Top 👍"],
    "de": ["Super", "Alles bestens"],
    "en": ["Great", "Spot on"],
    "es": ["Genial", "Todo perfecto"],
    "it": ["Ottimo", "Tutto perfetto"],
}
NIGHT_POST = {
    "pt": [
        "São 2 da manhã e estou a ver as fotos do campo pela terceira vez 🙈 {O_child} está tão feliz e eu aqui sem dormir",
        "Saí agora do turno da noite e fui logo reservar o campo das próximas férias antes que esgote. Feito ✅",
        "Insónias + app da Trepalo = já vi todas as atividades do próximo verão. Alguém já fez o campo {camp}?",
    ],
    "fr": [
        "1h du mat, je sors de garde et je viens de réserver le stage des prochaines vacances avant qu'il soit complet. Ouf ✅",
        "Insomnie, donc je regarde pour la 4e fois les photos du stage. {Child} a l'air tellement content{ex} 🥹",
        "Quelqu'un a déjà fait le stage {camp} ? Je compare tout depuis une heure au lieu de dormir 🙃",
    ],
    "de": [
        "Nachtschicht vorbei, schnell noch das Camp für die nächsten Ferien gebucht. Geschafft ✅",
        "Kann nicht schlafen und schaue zum dritten Mal die Camp-Fotos an 🥹 {Child} strahlt auf jedem Bild",
    ],
    "en": [
        "1am, just off a night shift and I've booked the next holiday camp before it fills up. Done ✅",
        "Can't sleep so I'm scrolling the camp photos again. {Child} looks so happy 🥹",
    ],
    "es": [
        "La 1 de la madrugada, salgo de la guardia y acabo de reservar el campamento de las próximas vacaciones antes de que se llene. Hecho ✅",
        "No puedo dormir y estoy viendo las fotos del campamento otra vez. {Child} sale feliz en todas 🥹",
    ],
    "it": [
        "L'una di notte, appena finito il turno ho prenotato il campo delle prossime vacanze prima che finiscano i posti. Fatto ✅",
        "Non riesco a dormire e riguardo le foto del campo. {Child} sorride in tutte 🥹",
    ],
}
NIGHT_QA = {
    "pt": [
        (
            "Boa noite, {o_child} está no campo com dormida e deixou a bomba da asma na minha mala... há alguma de reserva aí?",
            "Boa noite. A equipa de piquete confirmou: a enfermeira do campo tem uma bomba de reserva com a receita que nos enviou. {O_child} está a dormir tranquil{x}.",
        ),
        (
            "É possível mudar a semana do próximo campo sem pagar? só agora vi que calha no casamento da minha irmã",
            "Olá! Até 7 dias antes a troca é gratuita. Pode fazê-la já na app em Reservas > Trocar semana.",
        ),
    ],
    "fr": [
        (
            "Bonsoir, {child} est au séjour avec nuitée et a oublié son doudou, quelqu'un peut regarder dans le car ?",
            "Bonsoir, l'animateur de nuit a vérifié : le doudou était sous un siège du car, il est avec {child} maintenant. Bonne nuit !",
        ),
        (
            "On peut décaler la semaine du prochain stage sans frais ? je viens de voir que ça tombe sur le mariage de mon frère",
            "Bonsoir ! Jusqu'à 7 jours avant le début c'est gratuit : Réservations > Changer de semaine dans l'appli.",
        ),
    ],
    "de": [
        (
            "Guten Abend, {child} ist im Übernachtungscamp und hat das Kuscheltier vergessen, kann jemand im Bus nachschauen?",
            "Guten Abend, die Nachtbetreuung hat nachgesehen: das Kuscheltier lag im Bus und ist jetzt bei {child}. Gute Nacht!",
        )
    ],
    "en": [
        (
            "Hi sorry it's late, {child} is on the sleepover camp and forgot the inhaler, is there a spare one there?",
            "Hi, the night team checked: the camp nurse has a spare inhaler from the prescription you sent us. {Child} is fast asleep.",
        )
    ],
    "es": [
        (
            "Hola, perdón por la hora, ¿se puede cambiar la semana del próximo campamento sin pagar? Coincide con la boda de mi hermana",
            "¡Hola! Hasta 7 días antes el cambio es gratis. Lo tienes en la app en Reservas > Cambiar semana.",
        )
    ],
    "it": [
        (
            "Buonasera, {child} è al campo con pernotto e ha dimenticato il peluche, qualcuno può controllare sul pullman?",
            "Buonasera, l'animatore di notte ha controllato: il peluche era sul pullman ed è già con {child}. Buonanotte!",
        )
    ],
}

HELLO = {
    "pt": "Olá {name},",
    "fr": "Bonjour {name},",
    "de": "Hallo {name},",
    "en": "Hi {name},",
    "es": "Hola {name}:",
    "it": "Ciao {name},",
}
# Words written with a low CSAT or NPS (or nothing at all).
LOW_WORDS = {
    "pt": ["Mau", "Desiludid{a}", "Nada resolvido", ""],
    "fr": ["Décevant", "Pas terrible", ""],
    "de": ["Enttäuschend", ""],
    "en": ["Poor", ""],
    "es": ["Decepcionante", ""],
    "it": ["Deludente", ""],
}

# ---------------------------------------------------------------- problems

PROBLEMS = ("no_coach", "double_charge", "refund", "wrong_price", "not_told", "cancel_fee")
# Which amount each problem names: a camp week's price, 30 % of it, or none.
PROBLEM_AMOUNT = {
    "no_coach": "",
    "double_charge": "week",
    "refund": "week",
    "wrong_price": "sibling",
    "not_told": "",
    "cancel_fee": "fee",
}

P: dict[str, dict[str, dict[str, str]]] = {
    "no_coach": {
        "pt": {
            "body": "Ontem o clube {club} simplesmente não aconteceu. O treinador não apareceu e ninguém avisou os pais. {O_child} e mais seis crianças ficaram 40 minutos sentados no pavilhão à espera, até a escola me ligar para {lo_pt} ir buscar. Saí a meio de uma reunião. Pago o período inteiro para isto?",
            "chat": "Boa tarde, hoje não houve clube {club}, o treinador faltou e não avisaram ninguém. Soube pela escola. Quero saber o que se passou",
            "social": "40 minutos com as crianças à espera num pavilhão porque o treinador não apareceu e ninguém avisou. Bonito serviço, @Trepalo",
            "phone": "boa tarde estou a ligar porque hoje o clube {club} não aconteceu o treinador não veio e ninguém avisou os pais foi a escola que me ligou e eu tive de sair do trabalho a correr quero uma explicação",
            "what": "a sessão do clube {club} que não aconteceu",
            "topic": "sessão cancelada sem aviso",
            "fix": "a sessão em falta vai ser compensada com uma aula extra no sábado e o valor dessa sessão foi creditado na sua conta",
        },
        "fr": {
            "body": "Hier, la séance du club {club} n'a tout simplement pas eu lieu. L'intervenant ne s'est pas présenté et personne n'a prévenu les parents. {Child} et six autres enfants ont attendu 40 minutes assis dans le gymnase jusqu'à ce que l'école m'appelle pour venir {le} chercher. J'ai quitté une réunion en plein milieu. Je paie le trimestre pour ça ?",
            "chat": "Bonjour, pas de club {club} aujourd'hui, l'intervenant n'est pas venu et personne n'a prévenu. C'est l'école qui m'a appelé{e}. Je voudrais comprendre",
            "social": "@Trepalo 40 minutes d'attente dans un gymnase pour des enfants de 8 ans parce que l'animateur n'est pas venu et que personne n'a prévenu. Bravo.",
            "phone": "bonjour je vous appelle parce que le club {club} n'a pas eu lieu cet après-midi l'intervenant n'est pas venu personne n'a prévenu c'est l'école qui m'a appelé{e} et j'ai dû partir du travail en courant",
            "what": "la séance du club {club} annulée sans prévenir",
            "topic": "séance annulée sans prévenir",
            "fix": "la séance manquée sera rattrapée samedi matin et son montant a été crédité sur votre compte",
        },
        "de": {
            "body": "Gestern ist die {club} einfach ausgefallen. Der Trainer kam nicht, und niemand hat die Eltern informiert. {Child} und sechs andere Kinder saßen 40 Minuten in der Turnhalle, bis die Schule mich angerufen hat. Ich musste mitten aus einem Termin weg. Dafür zahle ich das ganze Halbjahr?",
            "chat": "Hallo, heute ist die {club} ausgefallen, der Trainer war nicht da und keiner hat Bescheid gesagt. Die Schule hat mich angerufen. Was war da los?",
            "social": "40 Minuten warten die Kinder in der Turnhalle, weil der Trainer nicht kommt und niemand Bescheid gibt. Klasse, @Trepalo",
            "phone": "ja hallo ich rufe an weil heute die {club} ausgefallen ist der Trainer war nicht da niemand hat uns informiert die Schule hat mich angerufen und ich musste von der Arbeit weg",
            "what": "der ausgefallenen Stunde der {club}",
            "topic": "Stunde ohne Ankündigung ausgefallen",
            "fix": "die ausgefallene Stunde wird am Samstag nachgeholt und der Betrag Ihrem Konto gutgeschrieben",
        },
        "en": {
            "body": "Yesterday's {club} just didn't happen. The coach never turned up and nobody told the parents. {Child} and six other kids sat in the sports hall for 40 minutes until the school rang me to come and get {him}. I walked out of a meeting. Is this what I pay the whole term for?",
            "chat": "Hi, no {club} today, the coach didn't show and nobody told us. I found out from the school. What happened?",
            "social": "Kids left sitting in a sports hall for 40 minutes because the coach didn't show and nobody bothered to tell parents. Great stuff @Trepalo",
            "phone": "hi I'm calling because the {club} didn't happen today the coach never came and nobody told the parents the school rang me and I had to leave work",
            "what": "the {club} session that never happened",
            "topic": "session cancelled without notice",
            "fix": "the missed session will be made up on Saturday morning and its cost has been credited to your account",
        },
        "es": {
            "body": "Ayer la extraescolar {club} directamente no se hizo. El monitor no apareció y nadie avisó a los padres. {Child} y otros seis niños estuvieron 40 minutos sentados en el gimnasio hasta que el colegio me llamó para ir a buscar{lo}. Salí a mitad de una reunión. ¿Pago el trimestre entero para esto?",
            "chat": "Hola, hoy no ha habido extraescolar {club}, el monitor no vino y nadie avisó. Me he enterado por el colegio. ¿Qué ha pasado?",
            "social": "40 minutos con los niños esperando en un gimnasio porque el monitor no aparece y nadie avisa. Muy bien @Trepalo",
            "phone": "hola buenas llamo porque hoy la extraescolar {club} no se ha hecho el monitor no vino nadie avisó me llamó el colegio y tuve que salir corriendo del trabajo",
            "what": "la sesión de la extraescolar {club} que no se hizo",
            "topic": "sesión cancelada sin aviso",
            "fix": "la sesión perdida se recupera el sábado por la mañana y su importe se ha abonado en tu cuenta",
        },
        "it": {
            "body": "Ieri il corso {club} semplicemente non c'è stato. L'istruttore non si è presentato e nessuno ha avvisato i genitori. {Child} e altri sei bambini sono rimasti 40 minuti seduti in palestra finché la scuola mi ha chiamato per andar{lo} a prendere. Sono uscit{a} nel mezzo di una riunione. Pago il trimestre per questo?",
            "chat": "Buongiorno, oggi niente corso {club}, l'istruttore non è venuto e nessuno ha avvisato. L'ho saputo dalla scuola. Cosa è successo?",
            "social": "40 minuti di attesa in palestra per dei bambini perché l'istruttore non arriva e nessuno avvisa. Complimenti @Trepalo",
            "phone": "buongiorno chiamo perché oggi il corso {club} non c'è stato l'istruttore non è venuto nessuno ha avvisato mi ha chiamato la scuola e sono dovut{a} uscire dal lavoro",
            "what": "la lezione del corso {club} saltata",
            "topic": "lezione annullata senza avviso",
            "fix": "la lezione persa sarà recuperata sabato mattina e il suo importo è stato accreditato sul tuo conto",
        },
    },
    "double_charge": {
        "pt": {
            "body": "Fui cobrad{a} DUAS vezes pela mesma semana do campo {camp}: {amount} ontem e outra vez {amount} hoje de manhã. Na app só tenho uma reserva. Preciso que devolvam o segundo débito já, tenho a renda para pagar esta semana.",
            "chat": "Olá, cobraram-me duas vezes a mesma semana de campo, {amount} x2. Na app só aparece uma reserva.",
            "social": "@Trepalo cobram a semana de campo DUAS vezes e ninguém atende o telefone. {amount} a mais na conta a meio do mês",
            "phone": "olá bom dia estou a ligar porque me cobraram duas vezes a semana do campo {amount_said} duas vezes e na aplicação só tenho uma reserva preciso desse dinheiro de volta",
            "what": "a semana de campo cobrada duas vezes",
            "topic": "cobrança em duplicado",
            "fix": "o segundo débito de {amount} foi devolvido ao seu cartão e deve aparecer em 2 a 3 dias úteis",
        },
        "fr": {
            "body": "J'ai été débité{e} DEUX fois pour la même semaine de stage {camp} : {amount} hier et encore {amount} ce matin. Dans l'appli je n'ai qu'une seule réservation. Remboursez le second prélèvement rapidement s'il vous plaît, le loyer passe cette semaine.",
            "chat": "Bonjour, j'ai été prélevé{e} deux fois pour la même semaine de stage, {amount} x2. Une seule réservation dans l'appli.",
            "social": "@Trepalo débiter DEUX fois le même stage et ne jamais décrocher le téléphone, fallait oser. {amount} de trop sur mon compte",
            "phone": "bonjour oui je vous appelle parce que j'ai été prélevé{e} deux fois pour la semaine de stage {amount_said} deux fois alors que j'ai une seule réservation",
            "what": "le stage prélevé deux fois",
            "topic": "double prélèvement",
            "fix": "le second prélèvement de {amount} a été remboursé sur votre carte, comptez 2 à 3 jours ouvrés",
        },
        "de": {
            "body": "Mir wurde dieselbe Campwoche ({camp}) ZWEIMAL abgebucht: {amount} gestern und nochmal {amount} heute früh. In der App steht nur eine Buchung. Bitte die zweite Abbuchung sofort zurück, die Miete geht diese Woche raus.",
            "chat": "Hallo, mir wurde die gleiche Campwoche doppelt abgebucht, {amount} zweimal. In der App nur eine Buchung.",
            "social": "@Trepalo bucht die Campwoche ZWEIMAL ab und niemand geht ans Telefon. {amount} zu viel weg",
            "phone": "ja hallo mir wurde die Campwoche zweimal abgebucht zweimal {amount_said} und ich habe nur eine Buchung in der App",
            "what": "der doppelten Abbuchung",
            "topic": "Doppelte Abbuchung",
            "fix": "die zweite Abbuchung über {amount} ist auf Ihre Karte zurückgebucht, das dauert 2 bis 3 Werktage",
        },
        "en": {
            "body": "I've been charged TWICE for the same {camp} week: {amount} yesterday and {amount} again this morning. There's one booking in the app. I need the second charge back now, rent goes out this week.",
            "chat": "Hi, I've been charged twice for the same camp week, {amount} x2. Only one booking in the app.",
            "social": "@Trepalo charging for a camp week TWICE and not answering the phone. {amount} out of my account for nothing",
            "phone": "hi I'm ringing because I've been charged twice for the camp week {amount_said} twice and I've only got one booking in the app",
            "what": "the camp week charged twice",
            "topic": "charged twice",
            "fix": "the second charge of {amount} has been refunded to your card and should show in 2 to 3 working days",
        },
        "es": {
            "body": "Me habéis cobrado DOS veces la misma semana del campamento {camp}: {amount} ayer y otra vez {amount} esta mañana. En la app solo tengo una reserva. Necesito que devolváis el segundo cargo ya, esta semana pago el alquiler.",
            "chat": "Hola, me habéis cobrado dos veces la misma semana de campamento, {amount} x2. En la app hay una sola reserva.",
            "social": "@Trepalo cobrando DOS veces la misma semana de campamento y sin coger el teléfono. {amount} de más en mi cuenta",
            "phone": "hola buenas llamo porque me han cobrado dos veces la semana del campamento {amount_said} dos veces y solo tengo una reserva",
            "what": "la semana de campamento cobrada dos veces",
            "topic": "cobro duplicado",
            "fix": "el segundo cargo de {amount} se ha devuelto a tu tarjeta y lo verás en 2 o 3 días hábiles",
        },
        "it": {
            "body": "Mi avete addebitato DUE volte la stessa settimana del centro estivo {camp}: {amount} ieri e di nuovo {amount} stamattina. Nell'app ho una sola prenotazione. Rimborsate subito il secondo addebito, questa settimana pago l'affitto.",
            "chat": "Buongiorno, mi avete addebitato due volte la stessa settimana, {amount} x2. Nell'app c'è una sola prenotazione.",
            "social": "@Trepalo addebitare DUE volte la stessa settimana e non rispondere al telefono. {amount} in più sul conto",
            "phone": "buongiorno chiamo perché mi hanno addebitato due volte la settimana del centro estivo {amount_said} due volte e ho una sola prenotazione",
            "what": "la settimana addebitata due volte",
            "topic": "doppio addebito",
            "fix": "il secondo addebito di {amount} è stato rimborsato sulla tua carta, ci vogliono 2-3 giorni lavorativi",
        },
    },
    "refund": {
        "pt": {
            "body": "Cancelaram o campo {camp} por falta de inscrições há três semanas e disseram que o reembolso de {amount} chegava em 5 dias úteis. Até hoje, nada. Já mandei dois e-mails sem resposta.",
            "chat": "Boa tarde, estou à espera do reembolso do campo que vocês cancelaram há 3 semanas, {amount}. Quando é que chega?",
            "social": "@Trepalo cancelaram o campo e o reembolso prometido em 5 dias já vai em 3 SEMANAS. Mais alguém nesta situação?",
            "phone": "sim boa tarde é sobre o reembolso do campo que vocês cancelaram por falta de inscrições já passaram três semanas e ainda não recebi os {amount_said}",
            "what": "o reembolso do campo cancelado",
            "topic": "reembolso em atraso",
            "fix": "o reembolso de {amount} foi processado hoje",
        },
        "fr": {
            "body": "Vous avez annulé le stage {camp} faute d'inscrits il y a trois semaines et promis un remboursement de {amount} sous 5 jours ouvrés. Toujours rien. J'ai déjà envoyé deux mails restés sans réponse.",
            "chat": "Bonjour, j'attends toujours le remboursement du stage que vous avez annulé il y a 3 semaines, {amount}. Il arrive quand ?",
            "social": "@Trepalo stage annulé par vous, remboursement promis sous 5 jours, on en est à 3 SEMAINES. D'autres parents dans le même cas ?",
            "phone": "oui bonjour c'est pour le remboursement du stage que vous avez annulé faute d'inscrits ça fait trois semaines et je n'ai toujours pas reçu les {amount_said}",
            "what": "le remboursement du stage annulé",
            "topic": "remboursement en attente",
            "fix": "le remboursement de {amount} a été effectué aujourd'hui",
        },
        "de": {
            "body": "Sie haben das {camp} vor drei Wochen mangels Anmeldungen abgesagt und die Erstattung von {amount} in 5 Werktagen versprochen. Bis heute nichts. Zwei Mails blieben unbeantwortet.",
            "chat": "Hallo, ich warte immer noch auf die Erstattung für das Camp, das Sie vor 3 Wochen abgesagt haben, {amount}. Wann kommt die?",
            "social": "@Trepalo sagt das Camp ab, verspricht Erstattung in 5 Tagen, jetzt sind es 3 WOCHEN. Noch jemand?",
            "phone": "hallo es geht um die Erstattung für das Camp das Sie abgesagt haben das ist jetzt drei Wochen her und die {amount_said} sind immer noch nicht da",
            "what": "der ausstehenden Erstattung für das abgesagte Camp",
            "topic": "Erstattung ausstehend",
            "fix": "die Erstattung über {amount} wurde heute angewiesen",
        },
        "en": {
            "body": "You cancelled the {camp} three weeks ago for lack of numbers and said the {amount} refund would land within 5 working days. Still nothing. Two emails, no reply.",
            "chat": "Hi, still waiting on the refund for the camp you cancelled 3 weeks ago, {amount}. When is it coming?",
            "social": "@Trepalo cancels the camp, promises a refund in 5 days, and here we are 3 WEEKS later. Anyone else?",
            "phone": "yeah hi it's about the refund for the camp you cancelled it's been three weeks now and I still haven't got the {amount_said}",
            "what": "the refund for the cancelled camp",
            "topic": "refund still missing",
            "fix": "the {amount} refund was processed today",
        },
        "es": {
            "body": "Cancelasteis el campamento {camp} por falta de inscritos hace tres semanas y dijisteis que el reembolso de {amount} llegaba en 5 días hábiles. A día de hoy, nada. Dos correos sin respuesta.",
            "chat": "Hola, sigo esperando el reembolso del campamento que cancelasteis hace 3 semanas, {amount}. ¿Cuándo llega?",
            "social": "@Trepalo cancela el campamento, promete reembolso en 5 días y vamos por 3 SEMANAS. ¿A alguien más le pasa?",
            "phone": "hola es por el reembolso del campamento que cancelasteis por falta de niños ya van tres semanas y no me han llegado los {amount_said}",
            "what": "el reembolso del campamento cancelado",
            "topic": "reembolso pendiente",
            "fix": "el reembolso de {amount} se ha tramitado hoy",
        },
        "it": {
            "body": "Avete annullato il centro estivo {camp} tre settimane fa per mancanza di iscritti e promesso il rimborso di {amount} in 5 giorni lavorativi. Ancora niente. Due email senza risposta.",
            "chat": "Buongiorno, aspetto ancora il rimborso del centro estivo che avete annullato 3 settimane fa, {amount}. Quando arriva?",
            "social": "@Trepalo annulla il centro estivo, promette il rimborso in 5 giorni e siamo a 3 SETTIMANE. Capita anche a voi?",
            "phone": "buongiorno è per il rimborso del centro estivo che avete annullato sono passate tre settimane e non ho ancora ricevuto i {amount_said}",
            "what": "il rimborso del centro estivo annullato",
            "topic": "rimborso in ritardo",
            "fix": "il rimborso di {amount} è stato eseguito oggi",
        },
    },
    "wrong_price": {
        "pt": {
            "body": "Sou sóci{a} {plan} e inscrevi os meus dois filhos no campo {camp}. Não aplicaram nem o desconto de sócio nem o de irmãos: paguei o preço cheio pelos dois, são {amount} a mais. Quero a diferença devolvida.",
            "chat": "Olá, sou sóci{a} {plan} e paguei preço cheio pelo segundo filho, o desconto de irmãos não foi aplicado. São {amount}",
            "social": "Desconto de irmãos e de sócio, só no site pelos vistos. Paguei tudo a preço cheio 🙄 @Trepalo",
            "phone": "bom dia sou sóci{a} da {plan} inscrevi os dois miúdos no campo e cobraram preço cheio aos dois não aplicaram desconto nenhum",
            "what": "o desconto de sócio e de irmãos que não foi aplicado",
            "topic": "desconto não aplicado",
            "fix": "os descontos foram aplicados e a diferença de {amount} foi devolvida ao seu cartão",
        },
        "fr": {
            "body": "Je suis adhérent{e} {plan} et j'ai inscrit mes deux enfants au stage {camp}. Ni la réduction adhérent ni la réduction fratrie n'ont été appliquées : plein tarif pour les deux, soit {amount} de trop. Merci de me rembourser la différence.",
            "chat": "Bonjour, je suis adhérent{e} {plan} et j'ai payé plein tarif pour le deuxième enfant, la réduction fratrie n'est pas passée. {amount} de différence",
            "social": "La réduction fratrie, elle n'existe que sur le site apparemment. Plein pot pour les deux 🙄 @Trepalo",
            "phone": "bonjour je suis adhérent{e} {plan} j'ai inscrit mes deux enfants au stage et vous avez facturé plein tarif pour les deux sans aucune réduction",
            "what": "la réduction non appliquée",
            "topic": "réduction non appliquée",
            "fix": "les réductions ont été appliquées et la différence de {amount} remboursée sur votre carte",
        },
        "de": {
            "body": "Ich bin Mitglied bei {plan} und habe beide Kinder fürs {camp} angemeldet. Weder Mitglieds- noch Geschwisterrabatt wurden abgezogen, voller Preis für beide, {amount} zu viel. Bitte die Differenz erstatten.",
            "chat": "Hallo, ich bin {plan}-Mitglied und habe fürs zweite Kind den vollen Preis gezahlt, kein Geschwisterrabatt. {amount} Differenz",
            "social": "Geschwisterrabatt gibt's bei @Trepalo wohl nur auf der Website. Voller Preis für beide 🙄",
            "phone": "ja guten Tag ich bin Mitglied bei {plan} und habe beide Kinder angemeldet und es wurde der volle Preis für beide berechnet kein Rabatt",
            "what": "dem fehlenden Rabatt",
            "topic": "Rabatt nicht abgezogen",
            "fix": "die Rabatte wurden nachträglich abgezogen und {amount} auf Ihre Karte erstattet",
        },
        "en": {
            "body": "I'm a {plan} member and booked both kids on the {camp}. Neither the member discount nor the sibling one was applied, full price for both, {amount} too much. Please refund the difference.",
            "chat": "Hi, I'm a {plan} member and paid full price for my second child, no sibling discount. That's {amount}",
            "social": "Sibling discount only exists on the website apparently. Full whack for both 🙄 @Trepalo",
            "phone": "hi I'm a {plan} member I booked both kids on the camp and you've charged full price for both no discount at all",
            "what": "the missing discount",
            "topic": "discount not applied",
            "fix": "the discounts are now applied and the {amount} difference is back on your card",
        },
        "es": {
            "body": "Soy soci{a} {plan} y apunté a mis dos hijos al campamento {camp}. No se aplicó ni el descuento de socio ni el de hermanos: precio completo para los dos, {amount} de más. Quiero que me devolváis la diferencia.",
            "chat": "Hola, soy soci{a} {plan} y he pagado precio completo por el segundo, no se ha aplicado el descuento de hermanos. Son {amount}",
            "social": "El descuento de hermanos solo existe en la web por lo visto. Precio completo por los dos 🙄 @Trepalo",
            "phone": "hola soy soci{a} de {plan} apunté a los dos niños al campamento y me habéis cobrado precio completo por los dos sin descuento",
            "what": "el descuento no aplicado",
            "topic": "descuento no aplicado",
            "fix": "se han aplicado los descuentos y te hemos devuelto la diferencia de {amount}",
        },
        "it": {
            "body": "Sono soci{a} {plan} e ho iscritto i miei due figli al centro estivo {camp}. Non è stato applicato né lo sconto soci né quello fratelli: prezzo pieno per tutti e due, {amount} in più. Rimborsatemi la differenza.",
            "chat": "Buongiorno, sono soci{a} {plan} e ho pagato prezzo pieno per il secondo figlio, niente sconto fratelli. Sono {amount}",
            "social": "Lo sconto fratelli esiste solo sul sito a quanto pare. Prezzo pieno per entrambi 🙄 @Trepalo",
            "phone": "buongiorno sono soci{a} {plan} ho iscritto i due bambini e avete fatto pagare prezzo pieno a tutti e due nessuno sconto",
            "what": "lo sconto non applicato",
            "topic": "sconto non applicato",
            "fix": "gli sconti sono stati applicati e la differenza di {amount} rimborsata sulla tua carta",
        },
    },
    "not_told": {
        "pt": {
            "body": "{O_child} chegou ontem a casa com um galo enorme na testa. Caiu no recreio de manhã, segundo {he_pt} própri{x}. Ninguém me ligou, ninguém me disse nada à saída, não há uma linha na app. Só soube ao jantar. Isto não pode acontecer.",
            "chat": "Boa tarde, {o_child} magoou-se hoje no campo, bateu com a cabeça, e ninguém me ligou. Soube ao jantar. Porquê?",
            "social": "Criança cai, bate com a cabeça, e os pais ficam a saber ao jantar pela própria criança. Zero chamadas. @Trepalo inacreditável",
            "phone": "olá estou a ligar porque {o_child} caiu ontem no campo e bateu com a cabeça e ninguém me ligou só soube à noite quando {he_pt} me contou quero saber porque é que não fui avisad{a}",
            "what": "a queda {do_child} no campo",
            "topic": "acidente não comunicado",
            "fix": "falámos com a coordenação do campo: a queda ficou registada mas a chamada não foi feita. Reforçámos o procedimento e qualquer ocorrência passa a aparecer também na app",
        },
        "fr": {
            "body": "{Child} est rentré{ex} hier avec une énorme bosse sur le front. {Il} est tombé{ex} dans la cour le matin, d'après ce qu'{il} raconte. Personne ne m'a appelé{e}, rien à la sortie, pas un mot dans l'appli. Je l'ai appris au dîner. C'est inacceptable.",
            "chat": "Bonjour, {child} s'est fait mal au stage aujourd'hui, {il} s'est cogné{ex} la tête, et personne ne m'a appelé{e}. Je l'ai su au dîner. Pourquoi ?",
            "social": "Un enfant tombe, se cogne la tête, et les parents l'apprennent au dîner par l'enfant lui-même. Zéro appel. @Trepalo sérieusement ?",
            "phone": "bonjour je vous appelle parce que {child} est tombé{ex} hier au stage {il} s'est cogné{ex} la tête et personne ne m'a appelé{e} je l'ai su le soir",
            "what": "la chute de {child} au stage",
            "topic": "accident non signalé",
            "fix": "nous avons vu avec la direction du stage : la chute avait été notée mais l'appel n'a pas été passé. La procédure est renforcée et tout incident apparaîtra désormais aussi dans l'appli",
        },
        "de": {
            "body": "{Child} kam gestern mit einer dicken Beule an der Stirn nach Hause. Beim Spielen im Hof hingefallen, sagt {child}. Niemand hat angerufen, beim Abholen kein Wort, nichts in der App. Ich habe es beim Abendessen erfahren. Das geht gar nicht.",
            "chat": "Hallo, {child} hat sich heute im Camp am Kopf gestoßen und niemand hat mich angerufen. Ich habe es erst abends erfahren. Warum?",
            "social": "Kind fällt, schlägt sich den Kopf an, und die Eltern erfahren es abends vom Kind selbst. Kein Anruf. @Trepalo echt jetzt?",
            "phone": "hallo ich rufe an weil {child} gestern im Camp hingefallen ist mit dem Kopf und niemand hat mich angerufen ich habe es erst abends erfahren",
            "what": "dem Sturz von {child} im Camp",
            "topic": "Unfall nicht gemeldet",
            "fix": "wir haben mit der Campleitung gesprochen: der Sturz war notiert, der Anruf ist aber nicht erfolgt. Das Verfahren ist verschärft, jeder Vorfall erscheint jetzt auch in der App",
        },
        "en": {
            "body": "{Child} came home yesterday with a huge lump on {his} forehead. Fell in the yard in the morning, apparently. Nobody rang me, nobody said a word at pick-up, nothing in the app. I found out at dinner. That cannot happen.",
            "chat": "Hi, {child} hurt {his} head at camp today and nobody rang me. Found out at dinner. Why?",
            "social": "Child falls, bangs head, parents find out at dinner from the child. Not one phone call. @Trepalo seriously?",
            "phone": "hi I'm calling because {child} fell at camp yesterday banged {his} head and nobody rang me I only found out in the evening",
            "what": "{child}'s fall at camp",
            "topic": "injury not reported",
            "fix": "we spoke to the camp manager: the fall was logged but the call wasn't made. The procedure has been tightened and any incident will now also show in the app",
        },
        "es": {
            "body": "{Child} llegó ayer a casa con un chichón enorme en la frente. Se cayó en el patio por la mañana, según cuenta. Nadie me llamó, nadie me dijo nada a la salida, ni una línea en la app. Me enteré en la cena. Esto no puede pasar.",
            "chat": "Hola, {child} se ha dado un golpe en la cabeza hoy en el campamento y nadie me ha llamado. Me enteré en la cena. ¿Por qué?",
            "social": "Un niño se cae, se golpea la cabeza, y los padres se enteran en la cena por el propio niño. Ni una llamada. @Trepalo en serio?",
            "phone": "hola llamo porque {child} se cayó ayer en el campamento se dio en la cabeza y nadie me llamó me enteré por la noche",
            "what": "la caída de {child} en el campamento",
            "topic": "accidente no comunicado",
            "fix": "hemos hablado con la coordinación del campamento: la caída se anotó pero no se hizo la llamada. Hemos reforzado el protocolo y cualquier incidencia aparecerá también en la app",
        },
        "it": {
            "body": "{Child} è tornat{x} ieri con un bernoccolo enorme sulla fronte. È cadut{x} in cortile la mattina, a quanto racconta. Nessuno mi ha chiamat{a}, nessuno mi ha detto niente all'uscita, niente nell'app. L'ho saputo a cena. Non può succedere.",
            "chat": "Buongiorno, {child} ha battuto la testa oggi al centro estivo e nessuno mi ha chiamat{a}. L'ho saputo a cena. Perché?",
            "social": "Un bambino cade, batte la testa, e i genitori lo scoprono a cena dal bambino stesso. Zero telefonate. @Trepalo davvero?",
            "phone": "buongiorno chiamo perché {child} è cadut{x} ieri al centro estivo ha battuto la testa e nessuno mi ha chiamat{a} l'ho saputo la sera",
            "what": "la caduta di {child} al centro estivo",
            "topic": "infortunio non comunicato",
            "fix": "abbiamo parlato con la direzione del centro: la caduta era registrata ma la telefonata non è stata fatta. La procedura è stata rafforzata e ogni episodio comparirà anche nell'app",
        },
    },
    "cancel_fee": {
        "pt": {
            "body": "Cancelei a semana do campo {camp} com 12 dias de antecedência (a vossa regra diz 7) e mesmo assim cobraram-me a taxa de cancelamento, {amount}. Tenho o e-mail de confirmação com a data. Quero a taxa devolvida.",
            "chat": "Olá, cancelei com 12 dias de antecedência e cobraram a taxa de cancelamento na mesma ({amount}). Podem ver?",
            "social": "Cancelar com 12 dias de antecedência e pagar taxa na mesma. A regra dos 7 dias é para enfeitar, @Trepalo?",
            "phone": "boa tarde liguei porque cancelei uma semana de campo com doze dias de antecedência e cobraram-me a taxa de cancelamento {amount_said} não percebo",
            "what": "a taxa de cancelamento cobrada",
            "topic": "taxa de cancelamento",
            "fix": "a taxa de cancelamento de {amount} foi anulada e devolvida ao seu cartão",
        },
        "fr": {
            "body": "J'ai annulé la semaine de stage {camp} 12 jours avant (votre règle dit 7) et vous m'avez quand même facturé les frais d'annulation, {amount}. J'ai le mail de confirmation avec la date. Je demande le remboursement de ces frais.",
            "chat": "Bonjour, j'ai annulé 12 jours avant et j'ai quand même eu les frais d'annulation ({amount}). Vous pouvez regarder ?",
            "social": "Annuler 12 jours avant et payer des frais quand même. La règle des 7 jours c'est pour décorer @Trepalo ?",
            "phone": "bonjour j'appelle parce que j'ai annulé une semaine de stage douze jours avant et on m'a facturé les frais d'annulation {amount_said} je ne comprends pas",
            "what": "les frais d'annulation facturés",
            "topic": "frais d'annulation",
            "fix": "les frais d'annulation de {amount} ont été annulés et remboursés sur votre carte",
        },
        "de": {
            "body": "Ich habe die Campwoche ({camp}) 12 Tage vorher storniert (Ihre Regel sagt 7) und trotzdem wurde die Stornogebühr abgebucht, {amount}. Die Bestätigungsmail mit Datum habe ich. Bitte erstatten.",
            "chat": "Hallo, ich habe 12 Tage vorher storniert und trotzdem Stornogebühr bezahlt ({amount}). Können Sie das prüfen?",
            "social": "12 Tage vorher storniert und trotzdem Gebühr. Die 7-Tage-Regel ist wohl Deko, @Trepalo?",
            "phone": "ja hallo ich habe die Campwoche zwölf Tage vorher storniert und trotzdem wurde eine Stornogebühr abgebucht {amount_said} das verstehe ich nicht",
            "what": "der Stornogebühr",
            "topic": "Stornogebühr",
            "fix": "die Stornogebühr von {amount} wurde storniert und auf Ihre Karte erstattet",
        },
        "en": {
            "body": "I cancelled the {camp} week 12 days ahead (your rule says 7) and you still charged me the cancellation fee, {amount}. I have the confirmation email with the date on it. Please refund it.",
            "chat": "Hi, I cancelled 12 days before and still got charged the cancellation fee ({amount}). Can you look?",
            "social": "Cancel 12 days ahead, get charged a fee anyway. Is the 7-day rule just decoration @Trepalo?",
            "phone": "hi I'm calling because I cancelled a camp week twelve days before and I've been charged the cancellation fee {amount_said} I don't get it",
            "what": "the cancellation fee",
            "topic": "cancellation fee",
            "fix": "the {amount} cancellation fee has been reversed to your card",
        },
        "es": {
            "body": "Cancelé la semana del campamento {camp} con 12 días de antelación (vuestra norma dice 7) y aun así me habéis cobrado la penalización, {amount}. Tengo el correo de confirmación con la fecha. Quiero que me la devolváis.",
            "chat": "Hola, cancelé con 12 días de antelación y me habéis cobrado la penalización igual ({amount}). ¿Lo podéis mirar?",
            "social": "Cancelar con 12 días y pagar penalización igual. ¿La norma de los 7 días es de adorno @Trepalo?",
            "phone": "hola llamo porque cancelé una semana de campamento con doce días de antelación y me han cobrado la penalización {amount_said} no lo entiendo",
            "what": "la penalización por cancelar",
            "topic": "penalización por cancelación",
            "fix": "la penalización de {amount} se ha anulado y devuelto a tu tarjeta",
        },
        "it": {
            "body": "Ho disdetto la settimana del centro estivo {camp} con 12 giorni di anticipo (la vostra regola dice 7) e mi avete comunque addebitato la penale, {amount}. Ho la mail di conferma con la data. Chiedo il rimborso.",
            "chat": "Buongiorno, ho disdetto 12 giorni prima e mi avete addebitato la penale lo stesso ({amount}). Potete controllare?",
            "social": "Disdire 12 giorni prima e pagare la penale lo stesso. La regola dei 7 giorni è decorativa @Trepalo?",
            "phone": "buongiorno chiamo perché ho disdetto una settimana dodici giorni prima e mi avete addebitato la penale {amount_said} non capisco",
            "what": "la penale di cancellazione",
            "topic": "penale di cancellazione",
            "fix": "la penale di {amount} è stata annullata e rimborsata sulla tua carta",
        },
    },
}
COMPLAINT_SUBJECT = {
    "pt": ["Reclamação – {topic}", "{topic}!!", "Preciso de resposta: {topic}"],
    "fr": ["Réclamation – {topic}", "{topic}", "URGENT : {topic}"],
    "de": ["Beschwerde – {topic}", "{topic}"],
    "en": ["Complaint – {topic}", "{topic}"],
    "es": ["Queja – {topic}", "{topic}"],
    "it": ["Reclamo – {topic}", "{topic}"],
}
LONG_OPEN = {
    "pt": [
        "Boa noite,\n\nEscrevo-vos da sala de espera das urgências, onde estou com o meu pai desde as sete da manhã, por isso desculpem se isto sair desarrumado. Há coisas que não podem ficar sem resposta e esta é uma delas.",
        "Bom dia,\n\nComeço por dizer que inscrevo os meus filhos convosco desde 2022 e que sempre recomendei a Trepalo a toda a gente, até na reunião de pais da escola. É precisamente por isso que me custa tanto escrever este e-mail.",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis le parking de l'orthophoniste de mon aîné, entre deux rendez-vous, alors pardon pour la forme. Mais ce qui suit ne peut pas rester sans réponse.",
        "Madame, Monsieur,\n\nNous sommes clients depuis trois ans, j'ai inscrit mes enfants à presque toutes les vacances et j'ai même fait venir des collègues. C'est justement pour ça que ce qui suit me met autant en colère.",
    ],
}
LONG_MIDDLE = {
    "pt": [
        "Já tentei ligar duas vezes para a linha de apoio e a chamada caiu ao fim de 15 minutos de espera.",
        "Não é a primeira vez que algo corre menos bem, mas até agora tinha sempre relevado.",
    ],
    "fr": [
        "J'ai essayé d'appeler deux fois, et deux fois j'ai raccroché au bout de quinze minutes d'attente.",
        "Ce n'est pas la première petite chose qui cloche, mais jusqu'ici j'avais toujours laissé passer.",
    ],
}
LONG_CLOSE = {
    "pt": [
        "Estou a trabalhar por turnos e a tratar de tudo sozinh{a} este mês, e a última coisa de que precisava era isto. Espero uma resposta a sério, não uma mensagem automática.\n\nCumprimentos,\n{full}",
        "Agradeço que me respondam com uma solução e não com um pedido de desculpas genérico.\n\nCom os melhores cumprimentos,\n{full}",
    ],
    "fr": [
        "Je jongle entre un déménagement et un nouveau poste, et je n'ai vraiment pas l'énergie de me battre pour ça. J'attends une réponse concrète.\n\nCordialement,\n{full}",
        "Merci de me répondre sur le fond et pas avec un message type.\n\nBien à vous,\n{full}",
    ],
}
CASE_OPENED = {
    "pt": (
        "O seu pedido {ref}",
        "Olá {name},\n\nLamentamos muito o que aconteceu com {what}. Registámos o seu pedido com o número {ref} e a equipa responsável vai analisá-lo hoje. Voltamos a falar assim que houver novidades.\n\n{sig}",
    ),
    "fr": (
        "Votre demande {ref}",
        "Bonjour {name},\n\nNous sommes vraiment désolés pour {what}. Votre demande est enregistrée sous le numéro {ref} et l'équipe concernée la traite aujourd'hui. Nous revenons vers vous dès que possible.\n\n{sig}",
    ),
    "de": (
        "Ihre Anfrage {ref}",
        "Hallo {name},\n\ndas mit {what} tut uns sehr leid. Wir haben Ihre Anfrage unter {ref} aufgenommen, das zuständige Team schaut sich das heute an. Wir melden uns.\n\n{sig}",
    ),
    "en": (
        "Your request {ref}",
        "Hi {name},\n\nI'm really sorry about {what}. I've logged it as {ref} and the team that handles it will look at it today. We'll be back in touch as soon as we know more.\n\n{sig}",
    ),
    "es": (
        "Tu solicitud {ref}",
        "Hola {name}:\n\nSentimos mucho lo de {what}. Lo hemos registrado con el número {ref} y el equipo lo revisa hoy. Te escribimos en cuanto sepamos algo.\n\n{sig}",
    ),
    "it": (
        "La tua richiesta {ref}",
        "Ciao {name},\n\nci dispiace molto per {what}. L'abbiamo registrata con il numero {ref} e il team se ne occupa oggi. Ti riscriviamo appena abbiamo novità.\n\n{sig}",
    ),
}
ESCALATED = {
    "pt": (
        "O seu pedido {ref}",
        "Olá {name},\n\nPassámos o pedido {ref} à responsável da zona de {town}, que lhe vai telefonar até amanhã às 18h para resolver pessoalmente {what}. Pedimos desculpa pela demora.\n\n{sig}",
    ),
    "fr": (
        "Votre demande {ref}",
        "Bonjour {name},\n\nVotre demande {ref} est transmise à la responsable de secteur de {town}, qui vous appellera d'ici demain 18h pour régler elle-même {what}. Pardon pour l'attente.\n\n{sig}",
    ),
    "de": (
        "Ihre Anfrage {ref}",
        "Hallo {name},\n\nwir haben Anfrage {ref} an die Regionalleitung {town} gegeben, die Sie bis morgen 18 Uhr anruft und sich persönlich darum kümmert. Entschuldigen Sie die Wartezeit.\n\n{sig}",
    ),
    "en": (
        "Your request {ref}",
        "Hi {name},\n\nI've passed {ref} to our area manager for {town}, who will ring you by 6pm tomorrow to sort it out personally. Sorry it's taken this long.\n\n{sig}",
    ),
    "es": (
        "Tu solicitud {ref}",
        "Hola {name}:\n\nHemos pasado la solicitud {ref} a la responsable de zona de {town}, que te llamará antes de mañana a las 18h para resolverlo en persona. Perdona la espera.\n\n{sig}",
    ),
    "it": (
        "La tua richiesta {ref}",
        "Ciao {name},\n\nabbiamo passato la richiesta {ref} alla responsabile di zona di {town}, che ti chiamerà entro domani alle 18 per risolverlo di persona. Scusa l'attesa.\n\n{sig}",
    ),
}
GOOD_NEWS = {
    "pt": (
        "Pedido {ref} – resolvido",
        "Olá {name},\n\nSobre o pedido {ref}: {fix}. Pode confirmar-nos se do seu lado ficou tudo bem?\n\n{sig}",
    ),
    "fr": (
        "Demande {ref} – réglée",
        "Bonjour {name},\n\nConcernant la demande {ref} : {fix}. Pouvez-vous nous confirmer que tout est en ordre de votre côté ?\n\n{sig}",
    ),
    "de": (
        "Anfrage {ref} – erledigt",
        "Hallo {name},\n\nzu Anfrage {ref}: {fix}. Können Sie uns kurz bestätigen, dass bei Ihnen alles passt?\n\n{sig}",
    ),
    "en": (
        "Request {ref} – sorted",
        "Hi {name},\n\nAbout {ref}: {fix}. Could you let us know it's all fine on your side?\n\n{sig}",
    ),
    "es": (
        "Solicitud {ref} – resuelta",
        "Hola {name}:\n\nSobre la solicitud {ref}: {fix}. ¿Nos confirmas que por tu parte está todo bien?\n\n{sig}",
    ),
    "it": (
        "Richiesta {ref} – risolta",
        "Ciao {name},\n\nriguardo alla richiesta {ref}: {fix}. Ci confermi che da parte tua è tutto a posto?\n\n{sig}",
    ),
}
CONFIRM = {
    "pt": [
        "Bom dia, sobre o pedido {ref}: confirmo que ficou resolvido. {obg} pela rapidez.",
        "Tudo certo com o pedido {ref}, já está. {obg}!",
    ],
    "fr": [
        "Bonjour, pour la demande {ref} : c'est bon, tout est réglé. Merci pour la rapidité.",
        "Demande {ref} : confirmé, c'est en ordre. Merci !",
    ],
    "de": ["Hallo, zu Anfrage {ref}: alles erledigt, danke für die schnelle Hilfe."],
    "en": ["Hi, re {ref}: all sorted on my end, thanks for being quick."],
    "es": ["Hola, sobre la solicitud {ref}: confirmado, todo resuelto. Gracias por la rapidez."],
    "it": ["Ciao, per la richiesta {ref}: confermo, tutto risolto. Grazie della rapidità."],
}
CONFIRM_SUBJECT = {
    "pt": "Re: Pedido {ref}",
    "fr": "RE : Demande {ref}",
    "de": "AW: Anfrage {ref}",
    "en": "Re: Request {ref}",
    "es": "RE: Solicitud {ref}",
    "it": "R: Richiesta {ref}",
}
APOLOGY = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava mesmo nervos{a}. {obg} por terem tratado disto tão depressa.",
        "Ontem passei-me um bocado, desculpem. Já está tudo resolvido, {obg_low}.",
    ],
    "fr": [
        "Désolé{e} pour le ton de mon message d'hier, j'étais à bout. Merci d'avoir réglé ça aussi vite.",
        "Je me suis un peu emporté{e} hier, pardon. Tout est réglé, merci.",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war echt durch. Danke, dass das so schnell geklärt wurde."
    ],
    "en": [
        "Sorry for the tone yesterday, I was at the end of my rope. Thanks for sorting it so fast."
    ],
    "es": ["Perdón por el tono de ayer, estaba de los nervios. Gracias por resolverlo tan rápido."],
    "it": ["Scusate per il tono di ieri, ero esaurit{a}. Grazie per aver risolto così in fretta."],
}
CHAT_CASE = {
    "pt": "Lamento imenso, {name}. Abri já o pedido {ref} e passei-o à equipa responsável; recebe resposta por e-mail ainda hoje.",
    "fr": "Toutes nos excuses, {name}. J'ai ouvert la demande {ref} et l'ai transmise à l'équipe concernée ; vous aurez une réponse par mail aujourd'hui.",
    "de": "Das tut mir sehr leid, {name}. Ich habe Anfrage {ref} angelegt und ans zuständige Team gegeben, Sie bekommen heute noch eine Mail.",
    "en": "I'm so sorry, {name}. I've opened {ref} and passed it to the right team, you'll get an email today.",
    "es": "Lo siento muchísimo, {name}. He abierto la solicitud {ref} y la he pasado al equipo responsable; hoy mismo te llega un correo.",
    "it": "Mi dispiace tantissimo, {name}. Ho aperto la richiesta {ref} e l'ho passata al team giusto, oggi stesso ricevi una mail.",
}
CHAT_ADDED = {
    "pt": "Juntei a sua mensagem ao pedido {ref} e marquei-o como urgente. Peço desculpa pela espera.",
    "fr": "J'ai ajouté votre message à la demande {ref} et l'ai passée en urgent. Pardon pour l'attente.",
    "de": "Ich habe Ihre Nachricht zu Anfrage {ref} hinzugefügt und sie als dringend markiert. Entschuldigung für die Wartezeit.",
    "en": "I've added this to {ref} and flagged it urgent. Sorry for the wait.",
    "es": "He añadido tu mensaje a la solicitud {ref} y la he marcado como urgente. Perdona la espera.",
    "it": "Ho aggiunto il tuo messaggio alla richiesta {ref} e l'ho segnata come urgente. Scusa l'attesa.",
}
FOLLOW = {
    "pt": {
        "text": [
            "Volto a escrever sobre o pedido {ref}: {what} continua por resolver e ninguém me respondeu.",
            "Pedido {ref}. Continua tudo igual, {what} sem solução. Até quando?",
        ],
        "phone": [
            "olá estou a ligar outra vez por causa do pedido {ref} continua tudo por resolver ninguém me disse nada"
        ],
        "social": ["Pedido {ref} e continua tudo na mesma, {what} sem resposta. @Trepalo"],
    },
    "fr": {
        "text": [
            "Je reviens vers vous pour la demande {ref} : {what}, toujours rien de réglé et aucune réponse.",
            "Demande {ref}. Rien n'a bougé. Jusqu'à quand ?",
        ],
        "phone": [
            "bonjour je rappelle pour la demande {ref} toujours rien de réglé personne ne m'a recontacté{e}"
        ],
        "social": ["Demande {ref}, toujours pas réglée, toujours pas de réponse. @Trepalo"],
    },
    "de": {
        "text": [
            "Ich schreibe nochmal wegen Anfrage {ref}: immer noch nicht gelöst, keine Antwort."
        ],
        "phone": [
            "ja hallo ich rufe nochmal an wegen Anfrage {ref} es ist immer noch nichts passiert"
        ],
        "social": ["Anfrage {ref} immer noch offen, keine Antwort. @Trepalo"],
    },
    "en": {
        "text": ["Writing again about {ref}: still not sorted and no reply."],
        "phone": ["hi calling again about {ref} still nothing sorted nobody got back to me"],
        "social": ["{ref} still open, still no answer. @Trepalo"],
    },
    "es": {
        "text": ["Vuelvo a escribir por la solicitud {ref}: sigue sin resolver y sin respuesta."],
        "phone": [
            "hola llamo otra vez por la solicitud {ref} sigue todo igual nadie me ha dicho nada"
        ],
        "social": ["Solicitud {ref} y sigue todo igual, sin respuesta. @Trepalo"],
    },
    "it": {
        "text": [
            "Scrivo di nuovo per la richiesta {ref}: ancora niente di risolto e nessuna risposta."
        ],
        "phone": [
            "buongiorno richiamo per la richiesta {ref} è ancora tutto fermo nessuno mi ha richiamat{a}"
        ],
        "social": ["Richiesta {ref} ancora aperta, nessuna risposta. @Trepalo"],
    },
}
FOLLOW_SUBJECT = {
    "pt": "Pedido {ref} – continua sem solução",
    "fr": "Demande {ref} – toujours rien",
    "de": "Anfrage {ref} – immer noch offen",
    "en": "{ref} – still open",
    "es": "Solicitud {ref} – sigue igual",
    "it": "Richiesta {ref} – ancora aperta",
}
THIRD = {
    "pt": [
        "As mães da escola já me disseram para experimentar a {comp}.",
        "Tenho a ficha de inscrição da {comp} aberta noutro separador, fica o aviso.",
    ],
    "fr": [
        "Les parents à la sortie de l'école me conseillent tous {comp}.",
        "J'ai le formulaire d'inscription de {comp} ouvert dans un autre onglet, je préfère vous prévenir.",
    ],
    "de": ["Auf dem Schulhof empfehlen mir alle {comp}."],
    "en": ["Half the parents at the school gate have told me to try {comp}."],
    "es": ["En la puerta del cole todos me dicen que pruebe {comp}."],
    "it": ["All'uscita da scuola mi dicono tutti di provare {comp}."],
}
FOURTH = {
    "pt": "Já vou na quarta mensagem sobre o mesmo assunto.",
    "fr": "C'est mon quatrième message pour la même chose.",
    "de": "Das ist meine vierte Nachricht zum selben Thema.",
    "en": "This is my fourth message about the same thing.",
    "es": "Es mi cuarto mensaje por lo mismo.",
    "it": "È il mio quarto messaggio per la stessa cosa.",
}

# ---------------------------------------------------------------- slow churners

# Six steps: group leader changed, cold lunches, no photos, sunburn, late-collection fee, the rival.
SLIDE = {
    "pt": [
        "Mudaram o monitor do grupo na terça sem dizer nada. {O_child} ficou um bocado perdid{x}. Esperemos que passe.",
        "Terceiro dia seguido de massa fria ao almoço no campo. São crianças de 7 anos, não é tropa.",
        "Há três dias que não há fotos do dia na app, só aparece 'em breve'. Para que serve a app então?",
        "{O_child} veio para casa com os ombros queimados do sol. O protetor está na lista, mas alguém tem de o pôr às crianças.",
        "{late_fee} de 'recolha tardia' porque cheguei às 17h34. QUATRO minutos. Estava na fila do portão desde as 17h25. Inacreditável.",
        "Os filhos da minha vizinha andam na {comp}. Já inscrevi {o_child} lá para agosto.",
    ],
    "fr": [
        "Changement d'animateur mardi sans prévenir. {Child} était un peu perdu{ex}. J'espère que ça va se tasser.",
        "Troisième jour de suite de pâtes froides à midi au stage. Ce sont des enfants de 7 ans, pas des militaires.",
        "Ça fait trois jours qu'il n'y a plus de photos de la journée dans l'appli, juste « bientôt ». Elle sert à quoi alors ?",
        "{Child} est rentré{ex} avec les épaules brûlées par le soleil. La crème est sur la liste, mais il faut bien que quelqu'un la mette aux enfants.",
        "{late_fee} de « retard de récupération » parce que je suis arrivé{e} à 17h34. QUATRE minutes. J'étais dans la file au portail depuis 17h25. Hallucinant.",
        "Les enfants de ma voisine vont chez {comp}. J'ai inscrit {child} là-bas pour août.",
    ],
    "de": [
        "Am Dienstag wurde ohne ein Wort der Betreuer gewechselt. {Child} war etwas verloren. Hoffentlich legt sich das.",
        "Dritter Tag in Folge kalte Nudeln zum Mittagessen im Camp. Das sind Siebenjährige, keine Soldaten.",
        "Seit drei Tagen keine Tagesfotos in der App, nur ‚bald verfügbar'. Wofür dann die App?",
        "{Child} kam mit Sonnenbrand auf den Schultern heim. Sonnencreme steht auf der Liste, aber eincremen muss sie halt jemand.",
        "{late_fee} ‚Verspätungsgebühr', weil ich um 17:34 da war. VIER Minuten. Ich stand seit 17:25 in der Schlange am Tor. Unfassbar.",
        "Die Kinder meiner Nachbarin sind bei {comp}. Ich habe {child} dort für August angemeldet.",
    ],
    "en": [
        "They swapped the group leader on Tuesday without a word. {Child} was a bit lost. Hopefully it settles.",
        "Third day running of cold pasta for lunch at camp. They're seven, not in the army.",
        "No photos of the day in the app for three days now, just 'coming soon'. What's the app for then?",
        "{Child} came home with sunburnt shoulders. Suncream's on the kit list, but someone has to actually put it on them.",
        "{late_fee} 'late collection' charge because I got there at 17:34. FOUR minutes. I'd been in the queue at the gate since 17:25. Unreal.",
        "My neighbour's kids go to {comp}. I've booked {child} in there for August.",
    ],
    "es": [
        "Cambiaron al monitor del grupo el martes sin decir nada. {Child} estaba un poco perdid{x}. A ver si se pasa.",
        "Tercer día seguido de pasta fría en la comida del campamento. Son niños de 7 años, no la mili.",
        "Tres días sin fotos del día en la app, solo pone 'próximamente'. ¿Para qué está la app entonces?",
        "{Child} ha vuelto con los hombros quemados. La crema está en la lista, pero alguien tendrá que ponérsela a los niños.",
        "{late_fee} de 'recogida tardía' porque llegué a las 17:34. CUATRO minutos. Estaba en la cola de la puerta desde las 17:25. Increíble.",
        "Los hijos de mi vecina van a {comp}. Ya he apuntado a {child} allí para agosto.",
    ],
    "it": [
        "Martedì hanno cambiato l'animatore del gruppo senza dire niente. {Child} era un po' spaesat{x}. Speriamo passi.",
        "Terzo giorno di fila di pasta fredda a pranzo al centro estivo. Sono bambini di 7 anni, non militari.",
        "Da tre giorni niente foto della giornata nell'app, solo 'a breve'. A cosa serve allora?",
        "{Child} è tornat{x} con le spalle bruciate dal sole. La crema è nella lista, ma qualcuno deve pur metterla ai bambini.",
        "{late_fee} di 'ritiro in ritardo' perché sono arrivat{a} alle 17:34. QUATTRO minuti. Ero in fila al cancello dalle 17:25. Assurdo.",
        "I figli della mia vicina vanno da {comp}. Ho già iscritto {child} lì per agosto.",
    ],
}
SLIDE_RATINGS = (3, 3, 2, 2, 1, 1)
LATE_FEE_EUR = 15
CANCEL_REQUEST = {
    "pt": [
        (
            "Cancelar {plan}",
            "Olá, o mais novo fez 13 anos e já não quer campos, diz que é coisa de bebés 🙄 Queria cancelar a {plan} e fechar a conta, por favor. Foram cinco verões ótimos, {obg_low} por tudo.",
        ),
        (
            "Cancelamento da conta",
            "Boa tarde, vamos mudar-nos para os Açores no fim do mês e não há Trepalo lá. Peço o cancelamento da {plan} e o fecho da conta. {obg} por estes anos.",
        ),
    ],
    "fr": [
        (
            "Résiliation {plan}",
            "Bonjour, mon plus jeune a 13 ans et ne veut plus entendre parler de stages 🙄 Je souhaite résilier {plan} et fermer mon compte. Merci pour ces belles années.",
        ),
        (
            "Fermeture du compte",
            "Bonjour, nous déménageons à La Réunion à la fin du mois. Merci de résilier {plan} et de clôturer mon compte. Merci pour tout.",
        ),
    ],
    "de": [
        (
            "Kündigung {plan}",
            "Hallo, unser Jüngster ist jetzt 13 und findet Camps ‚was für Babys' 🙄 Ich möchte {plan} kündigen und das Konto schließen. Danke für die schönen Jahre.",
        )
    ],
    "en": [
        (
            "Cancel {plan}",
            "Hi, our youngest is 13 now and says camps are for babies 🙄 I'd like to cancel {plan} and close the account please. Thanks for some great summers.",
        )
    ],
    "es": [
        (
            "Baja {plan}",
            "Hola, nos mudamos a Canarias a final de mes y allí no estáis. Quiero dar de baja {plan} y cerrar la cuenta. Gracias por estos años.",
        )
    ],
    "it": [
        (
            "Disdetta {plan}",
            "Buongiorno, il più piccolo ha compiuto 13 anni e dice che i centri estivi sono roba da bambini 🙄 Vorrei disdire {plan} e chiudere l'account. Grazie di tutto.",
        )
    ],
}
GOODBYE = {
    "pt": "Olá {name},\n\nObrigado por estes anos connosco! Pode cancelar a {plan} e fechar a conta na app em Perfil > Conta > Encerrar conta; se preferir, responda a este e-mail e tratamos nós. Tudo de bom para a família.\n\n{sig}",
    "fr": "Bonjour {name},\n\nMerci pour toutes ces années avec nous ! Vous pouvez résilier {plan} et fermer le compte dans l'appli (Profil > Compte > Fermer le compte), ou répondre à ce mail et nous le ferons pour vous. Belle continuation à toute la famille.\n\n{sig}",
    "de": "Hallo {name},\n\ndanke für die Jahre mit uns! {plan} kündigen und das Konto schließen geht in der App unter Profil > Konto > Konto schließen, oder Sie antworten auf diese Mail und wir erledigen das. Alles Gute!\n\n{sig}",
    "en": "Hi {name},\n\nThanks for all the years with us! You can cancel {plan} and close the account in the app under Profile > Account > Close account, or just reply here and we'll do it. All the best to the family.\n\n{sig}",
    "es": "Hola {name}:\n\n¡Gracias por estos años con nosotros! Puedes dar de baja {plan} y cerrar la cuenta en la app en Perfil > Cuenta > Cerrar cuenta, o contestar a este correo y lo hacemos nosotros. Mucha suerte.\n\n{sig}",
    "it": "Ciao {name},\n\ngrazie per questi anni con noi! Puoi disdire {plan} e chiudere l'account nell'app in Profilo > Account > Chiudi account, oppure rispondi a questa mail e lo facciamo noi. Un abbraccio a tutta la famiglia.\n\n{sig}",
}
GRUMBLES = {
    "pt": [
        "A app volta a pedir a password sempre que a abro. Sempre.",
        "Outra vez 20 minutos na fila para deixar {o_child} às 8h. Uma pessoa a fazer a entrada de 60 crianças.",
        "Três e-mails no mesmo dia para lembrar o lanche. Lembrete do lanche, lembrete do lanche, lembrete do lanche.",
        "As fotos do dia são tiradas de longe e desfocadas, nem consigo encontrar {o_child}.",
        "Estacionar à porta do campo às 17h30 continua impossível. Nem um lugar para quem vai buscar crianças.",
        "A t-shirt obrigatória do campo encolheu na primeira lavagem. {kit_price} por isto.",
    ],
    "fr": [
        "L'appli me redemande mon mot de passe à chaque ouverture. À chaque fois.",
        "Encore 20 minutes de queue pour déposer {child} à 8h. Une seule personne pour l'accueil de 60 enfants.",
        "Trois mails le même jour pour me rappeler le goûter. Rappel goûter, rappel goûter, rappel goûter.",
        "Les photos de la journée sont prises de loin et floues, impossible de trouver {child}.",
        "Se garer devant le centre à 17h30, toujours mission impossible.",
        "Le t-shirt obligatoire du stage a rétréci au premier lavage. {kit_price} pour ça.",
    ],
    "de": [
        "Die App will bei jedem Öffnen das Passwort. Jedes Mal.",
        "Wieder 20 Minuten Schlange beim Bringen um 8. Eine Person checkt 60 Kinder ein.",
        "Die Tagesfotos sind verwackelt und von weitem, ich finde {child} nicht mal.",
        "Das Pflicht-T-Shirt ist nach der ersten Wäsche eingelaufen. {kit_price} dafür.",
    ],
    "en": [
        "The app asks for my password every single time I open it.",
        "Another 20 minutes queueing at 8am drop-off. One person checking in 60 kids.",
        "The photos of the day are blurry and taken from miles away, can't even find {child}.",
        "The compulsory camp T-shirt shrank in the first wash. {kit_price} for that.",
    ],
    "es": [
        "La app me pide la contraseña cada vez que la abro. Cada vez.",
        "Otra vez 20 minutos de cola para dejar a {child} a las 8. Una persona para 60 niños.",
        "Las fotos del día son de lejos y movidas, ni encuentro a {child}.",
        "La camiseta obligatoria del campamento encogió en el primer lavado. {kit_price} por esto.",
    ],
    "it": [
        "L'app mi chiede la password ogni volta che la apro. Ogni volta.",
        "Altri 20 minuti di coda per lasciare {child} alle 8. Una sola persona per 60 bambini.",
        "Le foto della giornata sono sfocate e da lontano, non trovo nemmeno {child}.",
        "La maglietta obbligatoria del centro si è ristretta al primo lavaggio. {kit_price} per questo.",
    ],
}
SARCASM = {
    "pt": [
        "Adoro quando o 'lanche saudável' do campo é um pacote de bolachas de chocolate 👏 Nutrição de excelência",
        "Fantástico, a foto do dia {do_child} são as costas {dele}. Três dias seguidos. Que talento 👏",
    ],
    "fr": [
        "Génial, la photo du jour de {child}, c'est son dos. Trois jours de suite. Quel talent 👏",
        "J'adore quand le « goûter équilibré » du stage est un paquet de biscuits au chocolat 👏",
    ],
    "de": ["Toll, das ‚Ausflugsprogramm' war heute: Regen, Turnhalle, Film. Wie jeden Tag 👏"],
    "en": [
        "Love that 'outdoor adventure week' means watching Moana in the sports hall because of a bit of drizzle 👏"
    ],
    "es": [
        "Me encanta que la 'semana de aventura' sea ver Frozen en el gimnasio porque chispea 👏"
    ],
    "it": [
        "Bellissimo, la 'settimana avventura' è guardare un film in palestra perché pioviggina 👏"
    ],
}

# ---------------------------------------------------------------- quiet hours

MILD = {
    "pt": [
        (
            "A app mostra os campos de Lisboa quando escolho {town}. Já mudei duas vezes.",
            "Obrigado pelo aviso! É um problema conhecido com a localização guardada; passámos à equipa da app. Entretanto, escolher a cidade no topo da lista resolve.",
        ),
        (
            "As notificações chegam em inglês, já mudei o idioma três vezes.",
            "Obrigado! Reinstalar a app costuma resolver, mas já passámos o caso à equipa técnica.",
        ),
    ],
    "fr": [
        (
            "L'appli m'affiche les stages de Paris alors que je choisis {town}. Deux fois déjà.",
            "Merci du signalement ! C'est lié à la localisation enregistrée, l'équipe de l'appli est prévenue. En attendant, choisir la ville en haut de la liste règle le souci.",
        ),
        (
            "Les notifications arrivent en anglais, j'ai changé la langue trois fois.",
            "Merci ! Réinstaller l'appli règle souvent le problème, et nous avons transmis à l'équipe technique.",
        ),
    ],
    "de": [
        (
            "Die App zeigt mir Camps in Berlin, obwohl ich {town} auswähle.",
            "Danke für den Hinweis! Das liegt am gespeicherten Standort, das App-Team weiß Bescheid. Bis dahin hilft es, die Stadt oben in der Liste zu wählen.",
        )
    ],
    "en": [
        (
            "The app keeps showing me camps in London when I pick {town}.",
            "Thanks for flagging! It's the saved location, the app team knows. Picking the town from the top of the list gets round it for now.",
        )
    ],
    "es": [
        (
            "La app me enseña campamentos de Madrid aunque elija {town}.",
            "¡Gracias por avisar! Es por la ubicación guardada, el equipo de la app ya lo sabe. Mientras, elegir la ciudad arriba de la lista lo soluciona.",
        )
    ],
    "it": [
        (
            "L'app mi mostra i centri di Milano anche se scelgo {town}.",
            "Grazie della segnalazione! Dipende dalla posizione salvata, il team dell'app è avvisato. Intanto scegliere la città in cima alla lista risolve.",
        )
    ],
}
FORM_ACK = {
    "pt": (
        "Recebemos a sua mensagem",
        "Olá {name},\n\nObrigado pela mensagem, passámos o assunto à equipa da app.\n\n{sig}",
    ),
    "fr": (
        "Nous avons bien reçu votre message",
        "Bonjour {name},\n\nMerci pour votre message, nous l'avons transmis à l'équipe de l'appli.\n\n{sig}",
    ),
    "de": (
        "Ihre Nachricht",
        "Hallo {name},\n\ndanke für die Nachricht, wir haben sie ans App-Team weitergegeben.\n\n{sig}",
    ),
    "en": (
        "We got your message",
        "Hi {name},\n\nThanks for the message, we've passed it on to the app team.\n\n{sig}",
    ),
    "es": (
        "Hemos recibido tu mensaje",
        "Hola {name}:\n\nGracias por el mensaje, lo hemos pasado al equipo de la app.\n\n{sig}",
    ),
    "it": (
        "Abbiamo ricevuto il tuo messaggio",
        "Ciao {name},\n\ngrazie del messaggio, l'abbiamo girato al team dell'app.\n\n{sig}",
    ),
}

# ---------------------------------------------------------------- bilingual

SECOND_LANGUAGE_WHY = {
    ("pt", "fr"): [
        "Portuguese family living in France; French at work and with the school",
        "grew up in Paris with Portuguese parents; writes French when in a hurry",
    ],
    ("fr", "pt"): [
        "French-born child of Portuguese parents; Portuguese with the grandparents who collect the children",
        "Luxembourg resident married into a Portuguese family",
    ],
    ("pt", "en"): ["nurse in Ireland; English at work"],
    ("en", "pt"): ["British, moved to Lisbon; learning Portuguese"],
    ("fr", "de"): ["Swiss, works in Zürich; German at work"],
    ("de", "fr"): ["German living in Geneva; French with the school"],
    ("fr", "en"): ["Belgian working for an English-speaking firm"],
    ("en", "fr"): ["Irish, living in Lyon"],
    ("pt", "es"): ["Portuguese living in Madrid"],
    ("es", "pt"): ["Spanish, married in Porto"],
    ("fr", "it"): ["lives in Lugano, grew up in Lyon"],
    ("it", "fr"): ["Italian living in Lausanne"],
    ("de", "en"): ["German expat in Dublin"],
    ("it", "de"): ["Ticino family, German at work in Zürich"],
    ("es", "fr"): ["Spanish, living in Toulouse"],
}

# ---------------------------------------------------------------- topic spike (planted incident)

SPIKE_ABOUT = "kids' clubs app: a false 'your child has been collected' notification sent to every family, and the attendance screen failing with error 5417-B"
SPIKE_REPORT = {
    "pt": [
        "Acabei de receber uma notificação a dizer que {o_child} foi recolhid{x} às {t}. EU NÃO FUI BUSCAR NINGUÉM. Abro a app e dá erro 5417-B. O que se passa??",
        "Mais alguém recebeu 'recolhid{x} às {t}'? {O_child} está na escola e quando carrego na notificação a app dá erro 5417-B",
        "Estou em pânico. Notificação: {o_child} saiu às {t}. Ninguém da família foi lá. App: erro 5417-B. Telefone do clube sempre impedido",
    ],
    "fr": [
        "Je viens de recevoir une notif « {child} a été récupéré{ex} à {t} ». PERSONNE n'est allé {le} chercher ! L'appli affiche erreur 5417-B. C'est quoi ce délire ??",
        "Quelqu'un d'autre a reçu « récupéré{ex} à {t} » ? {Child} est à l'école et quand j'ouvre la notif : erreur 5417-B",
        "Notif de sortie pour {child} à {t} alors que son père et moi sommes au boulot. Appli en erreur 5417-B, standard injoignable. J'ai le cœur à 200",
    ],
    "de": [
        "Gerade Push bekommen: '{child} wurde um {t} abgeholt'. Niemand von uns hat {child} abgeholt! In der App nur Fehler 5417-B. Was ist da los?",
        "Hat noch jemand 'abgeholt um {t}' bekommen? {Child} ist in der Schule und die App zeigt Fehler 5417-B",
    ],
    "en": [
        "Just got a notification saying {child} was collected at {t}. Nobody collected {him}! The app says error 5417-B when I tap it. What is going on??",
        "Anyone else just get 'collected at {t}'? {Child} is in school and the app throws error 5417-B",
    ],
    "es": [
        "Me acaba de llegar una notificación: '{child} ha sido recogid{x} a las {t}'. ¡¡NADIE HA IDO A RECOGER{LO}!! La app da error 5417-B. ¿Qué está pasando?",
        "¿A alguien más le ha llegado 'recogid{x} a las {t}'? {Child} está en el cole y la app da error 5417-B",
    ],
    "it": [
        "Mi è appena arrivata la notifica '{child} è stat{x} ritirat{x} alle {t}'. Nessuno è andato a prender{lo}! L'app dà errore 5417-B. Ma cosa succede??",
        "Anche a voi è arrivato 'ritirat{x} alle {t}'? {Child} è a scuola e l'app dice errore 5417-B",
    ],
}
SPIKE_SUBJECT = {
    "pt": "Notificação de recolha errada – URGENTE",
    "fr": "Notification de sortie – URGENT",
    "de": "Falsche Abholnachricht – dringend",
    "en": "Collection notification – urgent",
    "es": "Notificación de recogida – URGENTE",
    "it": "Notifica di ritiro – URGENTE",
}
SPIKE_AGAIN = {
    "pt": [
        "Continua o erro 5417-B e ninguém atende no clube. Já liguei seis vezes. Alguém me diz se {o_child} está aí?",
        "Escrevi há meia hora. Ainda erro 5417-B, agora também no telemóvel do pai. Só quero saber se {o_child} está bem",
    ],
    "fr": [
        "Toujours l'erreur 5417-B, et personne ne décroche au club. Quelqu'un peut me dire si {child} est bien là-bas ?",
        "J'ai écrit il y a une demi-heure. Toujours erreur 5417-B, même sur le téléphone de mon mari. Je veux juste savoir où est {child}",
    ],
    "de": [
        "Immer noch Fehler 5417-B, und im Club geht niemand ans Telefon. Kann mir bitte jemand sagen, ob {child} da ist?"
    ],
    "en": [
        "Still error 5417-B and nobody's answering at the club. Can someone please just tell me {child} is there?"
    ],
    "es": [
        "Sigue el error 5417-B y en el club no coge nadie. ¿Alguien me puede decir si {child} está ahí?"
    ],
    "it": [
        "Ancora errore 5417-B e al club non risponde nessuno. Qualcuno mi dice se {child} è lì?"
    ],
}
SPIKE_CHAT_ANSWER = {
    "pt": "Pode ficar descansad{a}: ninguém recolheu {o_child}. A notificação foi enviada por engano a todas as famílias por uma falha da app, e o erro 5417-B no ecrã de presenças vem da mesma falha. A equipa técnica já está a tratar.",
    "fr": "Rassurez-vous : personne n'a récupéré {child}. La notification est partie par erreur vers toutes les familles à cause d'une panne de l'appli, et l'erreur 5417-B sur l'écran des présences vient de la même panne. L'équipe technique est dessus.",
    "de": "Keine Sorge: niemand hat {child} abgeholt. Die Nachricht ging wegen eines App-Fehlers an alle Familien, und Fehler 5417-B in der Anwesenheitsliste kommt vom selben Problem. Die Technik arbeitet daran.",
    "en": "Please don't worry: nobody has collected {child}. The notification went to every family by mistake because of an app fault, and error 5417-B on the attendance screen is the same fault. Our tech team is on it.",
    "es": "Tranquil{a}: nadie ha recogido a {child}. La notificación se envió por error a todas las familias por un fallo de la app, y el error 5417-B de la pantalla de asistencia es el mismo fallo. El equipo técnico ya está con ello.",
    "it": "Stai tranquill{a}: nessuno ha ritirato {child}. La notifica è partita per errore a tutte le famiglie per un guasto dell'app, e l'errore 5417-B nella schermata presenze è lo stesso guasto. Il team tecnico ci sta lavorando.",
}
SPIKE_FIXED = {
    "pt": (
        "A notificação de recolha desta tarde",
        "Olá {name},\n\nA notificação que recebeu esta tarde a dizer que {o_child} tinha sido recolhid{x} foi um erro nosso: nenhuma criança saiu antes da hora. O ecrã de presenças voltou a funcionar às {fixed} e o erro 5417-B já não aparece. Pedimos imensa desculpa pelo susto. Oferecemos-lhe um prolongamento gratuito este mês.\n\n{sig}",
    ),
    "fr": (
        "La notification de sortie de cet après-midi",
        "Bonjour {name},\n\nLa notification reçue cet après-midi indiquant que {child} avait été récupéré{ex} était une erreur de notre part : aucun enfant n'est sorti. L'écran des présences fonctionne de nouveau depuis {fixed} et l'erreur 5417-B a disparu. Nous sommes sincèrement désolés pour la frayeur. Une garde du soir gratuite vous est offerte ce mois-ci.\n\n{sig}",
    ),
    "de": (
        "Die Abholnachricht von heute Nachmittag",
        "Hallo {name},\n\ndie Nachricht von heute Nachmittag, {child} sei abgeholt worden, war ein Fehler unsererseits: kein Kind wurde abgeholt. Die Anwesenheitsliste funktioniert seit {fixed} Uhr wieder, Fehler 5417-B ist behoben. Es tut uns sehr leid für den Schreck. Als kleine Entschuldigung schenken wir Ihnen diesen Monat eine Spätbetreuung.\n\n{sig}",
    ),
    "en": (
        "This afternoon's collection notification",
        "Hi {name},\n\nThe notification you got this afternoon saying {child} had been collected was our mistake: no child left early. The attendance screen has been working again since {fixed} and error 5417-B is gone. We're so sorry for the fright. We've added a free late pick-up to your account this month.\n\n{sig}",
    ),
    "es": (
        "La notificación de recogida de esta tarde",
        "Hola {name}:\n\nLa notificación de esta tarde que decía que {child} había sido recogid{x} fue un error nuestro: ningún niño salió antes de hora. La pantalla de asistencia funciona de nuevo desde las {fixed} y el error 5417-B ya no aparece. Sentimos muchísimo el susto. Te regalamos una recogida tardía gratis este mes.\n\n{sig}",
    ),
    "it": (
        "La notifica di ritiro di oggi pomeriggio",
        "Ciao {name},\n\nla notifica di oggi pomeriggio secondo cui {child} era stat{x} ritirat{x} è stata un nostro errore: nessun bambino è uscito prima. La schermata presenze funziona di nuovo dalle {fixed} e l'errore 5417-B non compare più. Ci dispiace tantissimo per lo spavento. Ti regaliamo un post-camp gratuito questo mese.\n\n{sig}",
    ),
}
CALM_GRUMBLE = {
    "pt": (
        "A galeria de fotos está lentíssima esta semana, demora um minuto a abrir.",
        "Obrigado, {name}! Estamos a mudar o servidor das fotos esta semana, deve ficar normal até quarta.",
    ),
    "fr": (
        "La galerie photos rame énormément cette semaine, une minute pour s'ouvrir.",
        "Merci {name} ! Nous changeons de serveur pour les photos cette semaine, tout devrait rentrer dans l'ordre d'ici mercredi.",
    ),
}
LONE_Q = {
    "pt": (
        "Olá, ontem recebi a notificação de que {o_child} foi recolhid{x} às 17:32 pelo pai, e estava certo. Dá para desligar essas notificações quando é ele a ir buscar?",
        "Olá {name}! Por pessoa não dá, mas pode desligar as notificações de recolha em Definições > Notificações. Por segurança, recomendamos mantê-las.",
    ),
    "fr": (
        "Bonsoir, j'ai eu la notif que {child} a été récupéré{ex} à 18:05 par sa grand-mère, c'est bien ça. On peut choisir qui reçoit ces notifs dans la famille ?",
        "Bonsoir {name} ! Oui : Paramètres > Notifications > Sorties, vous choisissez quels adultes du compte les reçoivent.",
    ),
}
