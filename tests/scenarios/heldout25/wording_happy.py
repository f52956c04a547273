# ruff: noqa: E501
"""Hand-written happy wording for heldout25 (Boxelo, self-storage with app access).

Placeholders: {b} the brand, {item} what the customer keeps in the unit, {city},
{agent}, {unit} the unit size, {comp} a competitor; [[fem|masc]] agrees with the writer.
Portuguese and French first (most variants), then es, en, de, it.
"""

from __future__ import annotations

NAMES: dict[str, list[tuple[str, bool]]] = {
    "pt": [
        ("Inês", True),
        ("Beatriz", True),
        ("Mariana", True),
        ("Joana", True),
        ("Carla", True),
        ("Rita", True),
        ("Sofia", True),
        ("Luana", True),
        ("Fernanda", True),
        ("Catarina", True),
        ("João", False),
        ("Tiago", False),
        ("Rui", False),
        ("Duarte", False),
        ("Nuno", False),
        ("Gonçalo", False),
        ("Pedro", False),
        ("Rafael", False),
        ("Thiago", False),
        ("Vasco", False),
    ],
    "fr": [
        ("Camille", True),
        ("Élodie", True),
        ("Manon", True),
        ("Nadia", True),
        ("Claire", True),
        ("Léa", True),
        ("Aurélie", True),
        ("Sandrine", True),
        ("Maëlle", True),
        ("Inès", True),
        ("Julien", False),
        ("Thomas", False),
        ("Karim", False),
        ("Mathieu", False),
        ("Yannick", False),
        ("Antoine", False),
        ("Benoît", False),
        ("Hugo", False),
        ("Loïc", False),
        ("Sébastien", False),
    ],
    "es": [
        ("Lucía", True),
        ("Marta", True),
        ("Nuria", True),
        ("Elena", True),
        ("Paula", True),
        ("Javier", False),
        ("Sergio", False),
        ("Álvaro", False),
        ("Iker", False),
        ("Raúl", False),
    ],
    "en": [
        ("Hannah", True),
        ("Siobhan", True),
        ("Chloe", True),
        ("Priya", True),
        ("Gemma", True),
        ("Tom", False),
        ("Callum", False),
        ("Niall", False),
        ("Owen", False),
        ("Dev", False),
    ],
    "de": [
        ("Jana", True),
        ("Miriam", True),
        ("Katrin", True),
        ("Lea", True),
        ("Anke", True),
        ("Lukas", False),
        ("Jonas", False),
        ("Florian", False),
        ("Dirk", False),
        ("Timo", False),
    ],
    "it": [
        ("Giulia", True),
        ("Chiara", True),
        ("Federica", True),
        ("Sara", True),
        ("Elisa", True),
        ("Marco", False),
        ("Davide", False),
        ("Matteo", False),
        ("Lorenzo", False),
        ("Stefano", False),
    ],
}

SURNAMES: dict[str, list[str]] = {
    "pt": [
        "silva",
        "ferreira",
        "costa",
        "mendes",
        "pires",
        "lopes",
        "nogueira",
        "barros",
        "teixeira",
        "moura",
        "azevedo",
        "cardoso",
    ],
    "fr": [
        "martin",
        "lefebvre",
        "moreau",
        "girard",
        "bonnet",
        "chevalier",
        "dupont",
        "marchand",
        "lambert",
        "fournier",
        "roussel",
        "benali",
    ],
    "es": ["garcia", "ruiz", "navarro", "ortega", "castillo", "moreno"],
    "en": ["walsh", "patel", "hughes", "murphy", "bennett", "doyle"],
    "de": ["schneider", "becker", "hoffmann", "krause", "vogel", "wolf"],
    "it": ["rossi", "ferrari", "galli", "conti", "marino", "greco"],
}

AGENTS: dict[str, list[tuple[str, bool]]] = {
    "pt": [("Marta", True), ("Rui", False), ("Andreia", True), ("Hélder", False)],
    "fr": [("Sophie", True), ("Nicolas", False), ("Amandine", True), ("Rachid", False)],
    "es": [("Carmen", True), ("Diego", False)],
    "en": [("Laura", True), ("Ben", False)],
    "de": [("Svenja", True), ("Moritz", False)],
    "it": [("Valentina", True), ("Alessio", False)],
}

# What each customer keeps at Boxelo, said again and again (object position only).
ITEMS: dict[str, list[str]] = {
    "pt": [
        "o sofá da minha avó",
        "as caixas dos livros",
        "a bicicleta de estrada",
        "o material de campismo",
        "as pranchas de surf",
        "o piano do meu filho",
        "os móveis da casa antiga",
        "a mota",
    ],
    "fr": [
        "le canapé de ma grand-mère",
        "les cartons de livres",
        "mon vélo de route",
        "le matériel de camping",
        "les skis de toute la famille",
        "le piano de ma fille",
        "les meubles de l'ancien appart",
        "la moto",
    ],
    "es": [
        "el sofá de mi abuela",
        "las cajas de libros",
        "la bici de carretera",
        "los esquís",
        "la moto",
    ],
    "en": [
        "my nan's sofa",
        "the boxes of books",
        "my road bike",
        "the camping gear",
        "my vinyl collection",
        "the surfboards",
    ],
    "de": [
        "das Sofa meiner Oma",
        "die Bücherkisten",
        "mein Rennrad",
        "die Campingsachen",
        "die Skier",
    ],
    "it": [
        "il divano di mia nonna",
        "gli scatoloni di libri",
        "la bici da corsa",
        "l'attrezzatura da campeggio",
        "gli sci",
    ],
}

UNITS = ["1 m²", "2 m²", "3 m²", "5 m²", "7 m²", "10 m²"]

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Fui hoje ao {b} buscar {item} e estava tudo impecável, seco e arrumadinho. Recomendo!",
        "Adoro o {b}: abro o portão pela app e em 5 min tenho {item} na carrinha. Sem stress",
        "O box de {unit} no {b} de {city} salvou-me a mudança. Equipa super simpática 👏",
        "Melhor decisão do ano foi guardar {item} no {b}. Limpo, seguro e abre às 6 da manhã",
        "vcs do {b} são demais, tô guardando {item} aí desde janeiro e nunca tive problema nenhum",
        "Mudança feita! Obrigad[[a|o]] {b} por guardarem {item} estas semanas todas 🙌",
        "Sinceramente o {b} é dos poucos serviços que funciona como diz. Box limpo, app simples.",
        "A carrinha do {b} levou {item} em meia hora, dois rapazes impecáveis. 5 estrelas",
    ],
    "fr": [
        "Passé chez {b} récupérer {item}, tout était nickel et au sec. Je recommande !",
        "Franchement {b} c'est top : j'ouvre le portail avec l'appli et je suis dans mon box en 2 min",
        "Le box de {unit} chez {b} à {city} m'a sauvé le déménagement. Équipe adorable 👏",
        "Meilleure idée de l'année : mettre {item} chez {b}. Propre, sécurisé, ouvert tôt le matin",
        "Déménagement terminé ! Merci {b} d'avoir gardé {item} pendant tout ce temps 🙌",
        "Rare qu'un service fasse exactement ce qu'il promet. {b}, box propre, appli simple, rien à dire",
        "La camionnette {b} est venue chercher {item}, deux gars super pros. 5 étoiles",
        "trop content[[e|]] de {b}, j'ai enfin récupéré mon salon et {item}, bien au chaud chez eux",
    ],
    "es": [
        "Hoy fui a {b} a por {item} y todo perfecto, seco y ordenado. Lo recomiendo",
        "El trastero de {unit} en {b} {city} me ha salvado la mudanza. Gente majísima 👏",
        "{b} funciona de lujo: abro la puerta con la app y en dos minutos tengo {item} en el coche",
    ],
    "en": [
        "Popped into {b} to grab {item}, all dry and exactly where I left it. Can't fault them",
        "The {unit} unit at {b} {city} saved our house move tbh. Lovely staff 👏",
        "{b} is just easy: app opens the gate, in and out in five minutes with {item}",
    ],
    "de": [
        "Heute bei {b} {item} abgeholt, alles trocken und sauber. Klare Empfehlung!",
        "Das {unit}-Abteil bei {b} in {city} hat unseren Umzug gerettet. Super nettes Team 👏",
        "{b} ist einfach unkompliziert: Tor per App auf, fünf Minuten später hab ich {item} im Auto",
    ],
    "it": [
        "Oggi sono passat[[a|o]] da {b} a prendere {item}, tutto asciutto e in ordine. Consigliatissimo",
        "Il box da {unit} di {b} a {city} mi ha salvato il trasloco. Staff gentilissimo 👏",
        "{b} è comodissimo: apro il cancello con l'app e in cinque minuti ho {item} in macchina",
    ],
}

AGAIN: dict[str, list[str]] = {
    "pt": [
        "Terceira vez este ano que uso a carrinha do {b} e outra vez tudo perfeito",
        "Ainda não encontrei um defeito ao {b}. Um ano com {item} lá dentro e tudo ótimo",
        "Voltei a alugar box no {b}, de novo sem complicações. Já é a segunda mudança que me salvam",
    ],
    "fr": [
        "Troisième fois que je prends la camionnette {b} et encore une fois rien à redire",
        "Toujours aussi satisfait[[e|]] de {b}, un an que j'y laisse {item} et zéro souci",
        "Encore un déménagement, encore {b}. Toujours aussi simple 😊",
    ],
    "es": [
        "Tercera vez que alquilo en {b} y otra vez perfecto",
        "Sigo encantad[[a|o]] con {b}, un año con {item} allí y ni un problema",
    ],
    "en": [
        "Third time using the {b} van and again spot on",
        "Still loving {b} a year in, {item} safe and sound",
    ],
    "de": [
        "Zum dritten Mal den {b}-Transporter gebucht und wieder alles top",
        "Immer noch begeistert von {b}, ein Jahr und kein einziges Problem",
    ],
    "it": [
        "Terza volta che uso il furgone di {b} e di nuovo perfetto",
        "Ancora soddisfattissim[[a|o]] di {b}, un anno e zero problemi",
    ],
}

GRIPE: dict[str, list[str]] = {
    "pt": [
        "Gosto muito do {b}, só a app é que me faz login de novo sempre que atualiza. De resto 10/10",
        "Box ótimo e limpo, mas o elevador de carga do {b} de {city} é lentíssimo 😅 vale a pena na mesma",
        "Serviço top. Só queria que o horário ao domingo fosse até mais tarde",
    ],
    "fr": [
        "J'adore {b}, juste l'appli qui me déconnecte à chaque mise à jour. Sinon 10/10",
        "Box nickel, mais le monte-charge de {b} {city} est d'une lenteur 😅 ça vaut le coup quand même",
        "Super service. Dommage que ça ferme à 21h le dimanche, sinon parfait",
    ],
    "es": [
        "Muy contenta con {b}, solo que la app me pide login cada dos por tres. Por lo demás genial"
    ],
    "en": [
        "Love {b}, only wish the goods lift at {city} wasn't so painfully slow 😅 still worth it"
    ],
    "de": [
        "Sehr zufrieden mit {b}, nur der Lastenaufzug in {city} ist quälend langsam 😅 trotzdem top"
    ],
    "it": [
        "Contentissim[[a|o]] di {b}, solo l'app che mi slogga a ogni aggiornamento. Per il resto 10/10"
    ],
}

NIGHT: dict[str, list[str]] = {
    "pt": [
        "3 da manhã, sem sono, a reservar a carrinha do {b} pela app. Tão fácil que até assusta",
        "Saí do turno da noite e fui deixar as caixas ao {b}. Aberto 24h, obrigad[[a|o]] 🙏",
        "insónia e a app do {b} a funcionar na perfeição, já está marcada a recolha de sábado",
    ],
    "fr": [
        "2h du mat, pas sommeil, j'ai réservé la camionnette {b} depuis mon lit. Trop simple",
        "Fin de service de nuit, j'ai déposé mes cartons chez {b}, ouvert 24/24, merci 🙏",
        "insomnie + appli {b} = enlèvement réservé pour samedi. Au moins ça c'est fait",
    ],
    "es": ["Las 2 de la mañana y reservando la furgo de {b} desde la cama. Qué fácil todo"],
    "en": ["2am, can't sleep, booked the {b} van for Saturday from bed. Dead easy"],
    "de": [
        "2 Uhr nachts, kann nicht schlafen, {b}-Transporter fürs Wochenende gebucht. Total easy"
    ],
    "it": ["Le 2 di notte, niente sonno, ho prenotato il furgone di {b} dal letto. Facilissimo"],
}

# (question, agent's answer) pairs; the customer thanks afterwards.
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Olá, posso passar {item} para um box maior sem pagar outra caução?",
            "Olá! Pode sim, a caução passa para o box novo. Basta escolher o tamanho na app em Trocar box.",
        ),
        (
            "Boa tarde, o seguro {b} Protect cobre humidade?",
            "Boa tarde! Cobre danos por água e humidade até 3000 €, os detalhes estão na app em Protect.",
        ),
        (
            "Posso dar acesso ao box ao meu irmão?",
            "Claro, em Acessos partilhados adiciona o número dele e ele recebe a chave digital.",
        ),
        (
            "bom dia, a carrinha pode vir buscar as coisas a um 3º andar sem elevador?",
            "Bom dia! Pode, só tem de marcar a opção escadas na reserva, acresce 15 €.",
        ),
        (
            "oi, dá pra pagar o mês com MB Way?",
            "Olá! Dá sim, MB Way ou cartão, escolha em Pagamentos.",
        ),
    ],
    "fr": [
        (
            "Bonjour, je peux passer {item} dans un box plus grand sans repayer de caution ?",
            "Bonjour ! Oui, la caution suit le nouveau box. Il suffit de choisir la taille dans l'appli, rubrique Changer de box.",
        ),
        (
            "L'assurance {b} Protect couvre l'humidité ?",
            "Bonjour, oui : dégâts des eaux et humidité jusqu'à 3000 €, tout est détaillé dans l'appli.",
        ),
        (
            "Est-ce que mon conjoint peut avoir accès au box aussi ?",
            "Bien sûr, dans Accès partagés vous ajoutez son numéro et il reçoit la clé numérique.",
        ),
        (
            "bonjour la camionnette peut monter au 4e sans ascenseur ?",
            "Bonjour ! Oui, cochez l'option escaliers à la réservation, c'est 15 € de plus.",
        ),
        (
            "On peut payer le mois en plusieurs fois ?",
            "Pas en plusieurs fois, mais vous pouvez choisir la date de prélèvement dans Paiements.",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo pasar {item} a un trastero más grande sin pagar otra fianza?",
            "¡Hola! Sí, la fianza pasa al nuevo. Elige el tamaño en la app, en Cambiar trastero.",
        ),
        (
            "¿El seguro {b} Protect cubre humedades?",
            "Sí, daños por agua y humedad hasta 3000 €. Lo tienes en la app.",
        ),
    ],
    "en": [
        (
            "Hi, can I move {item} to a bigger unit without another deposit?",
            "Hi! Yes, the deposit carries over. Just pick the size in the app under Change unit.",
        ),
        (
            "Does {b} Protect cover damp?",
            "It does, water and damp damage up to £2,700, details in the app.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich {item} in ein größeres Abteil umziehen, ohne neue Kaution?",
            "Hallo! Ja, die Kaution wird übertragen. Einfach in der App unter Abteil wechseln die Größe wählen.",
        ),
        (
            "Deckt {b} Protect auch Feuchtigkeit ab?",
            "Ja, Wasser- und Feuchtigkeitsschäden bis 3000 €, Details in der App.",
        ),
    ],
    "it": [
        (
            "Ciao, posso spostare {item} in un box più grande senza pagare un'altra cauzione?",
            "Ciao! Sì, la cauzione passa al nuovo box. Scegli la misura nell'app, in Cambia box.",
        ),
        (
            "{b} Protect copre anche l'umidità?",
            "Sì, danni da acqua e umidità fino a 3000 €, trovi tutto nell'app.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "pt": [
        "Perfeito, obrigad[[a|o]]!",
        "ah ótimo, obg 🙏",
        "Muito obrigad[[a|o]] pela rapidez",
        "valeu!! 👍",
    ],
    "fr": [
        "Parfait, merci !",
        "super merci beaucoup 🙏",
        "Top, merci pour la rapidité",
        "ok merci 👍",
    ],
    "es": ["Genial, ¡gracias!", "perfecto, mil gracias"],
    "en": ["Brilliant, cheers!", "perfect thanks x"],
    "de": ["Super, danke!", "perfekt, vielen Dank"],
    "it": ["Perfetto, grazie!", "ottimo grazie mille"],
}

PHONE_OPENERS: dict[str, list[str]] = {
    "pt": ["pois olhe boa tarde", "sim bom dia", "olá boa tarde então", "alô oi tudo bem"],
    "fr": ["oui bonjour euh", "allô oui bonjour", "bonjour madame euh", "oui allô"],
    "es": ["sí hola buenas", "oiga hola"],
    "en": ["hiya hello", "oh hi yeah"],
    "de": ["äh hallo guten tag", "ja hallo"],
    "it": ["pronto buongiorno", "sì salve"],
}

PHONE_QUESTIONS: dict[str, list[str]] = {
    "pt": [
        "queria saber se posso ir ao box ao domingo de manhã com a carrinha grande",
        "era só para perguntar como é que mudo o cartão para pagar o box",
        "queria marcar a carrinha para sábado se houver vaga obrigad[[a|o]]",
    ],
    "fr": [
        "je voulais savoir si je peux accéder au box dimanche matin avec un utilitaire",
        "c'est pour changer la carte bancaire pour le prélèvement du box",
        "je voudrais réserver la camionnette pour samedi s'il reste de la place merci",
    ],
    "es": [
        "quería saber si puedo ir al trastero el domingo con una furgo",
        "era para cambiar la tarjeta del pago del trastero",
    ],
    "en": [
        "just wondering if I can get into the unit on Sunday morning with a van",
        "I need to change the card for the monthly payment",
    ],
    "de": [
        "ich wollte fragen ob ich am sonntag morgen mit einem transporter ans abteil komme",
        "ich möchte die karte für die monatliche zahlung ändern",
    ],
    "it": [
        "volevo sapere se posso andare al box domenica mattina con un furgone",
        "devo cambiare la carta per il pagamento mensile",
    ],
}

REVIEWS: dict[str, list[str]] = {
    "pt": [
        "Box limpo, seguro e a app funciona. Nada a apontar.",
        "Atendimento muito simpático em {city}, voltarei a usar.",
        "Boa relação qualidade-preço, carrinha pontual.",
    ],
    "fr": [
        "Box propre, sécurisé, appli qui marche. Rien à redire.",
        "Accueil très sympa à {city}, je reviendrai.",
        "Bon rapport qualité-prix, camionnette à l'heure.",
    ],
    "es": ["Trastero limpio y la app funciona. Nada que objetar."],
    "en": ["Clean, secure, app works. No complaints."],
    "de": ["Sauber, sicher, App funktioniert. Nichts zu meckern."],
    "it": ["Box pulito, sicuro e l'app funziona. Niente da dire."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "pt": ["Excelente", "tudo ótimo", "Muito bom serviço", "5*", "top"],
    "fr": ["Excellent", "très bien", "Service au top", "parfait", "rien à dire"],
    "es": ["Excelente", "todo genial"],
    "en": ["Great service", "spot on"],
    "de": ["Sehr gut", "alles top"],
    "it": ["Ottimo", "tutto perfetto"],
}
EMOJI = ["👍", "😊", "🙌", "⭐⭐⭐⭐⭐", "👌"]

SARCASM: dict[str, list[str]] = {
    "pt": [
        "Adoro quando a app do {b} decide atualizar precisamente quando estou à frente do portão 🙃",
        "Nada como descobrir que o elevador de carga do {b} está em manutenção no dia da mudança 🙂 que sorte a minha",
    ],
    "fr": [
        "J'adore quand l'appli {b} décide de se mettre à jour pile quand je suis devant le portail 🙃",
        "Rien de tel que de découvrir le monte-charge {b} en maintenance le jour du déménagement 🙂 quelle chance",
    ],
    "es": [
        "Me encanta cuando la app de {b} se actualiza justo cuando estoy delante de la puerta 🙃"
    ],
    "en": ["Love it when the {b} app decides to update right as I'm standing at the gate 🙃"],
    "de": [
        "Ich liebe es, wenn die {b}-App genau dann ein Update macht, wenn ich vorm Tor stehe 🙃"
    ],
    "it": [
        "Adoro quando l'app di {b} decide di aggiornarsi proprio mentre sono davanti al cancello 🙃"
    ],
}

# Shop products: (product, price in euros).
PRODUCTS: dict[str, list[tuple[str, float]]] = {
    "pt": [
        ("Pack 10 caixas de mudança", 24.9),
        ("Cadeado de disco", 14.5),
        ("Carrinha {b} meio dia", 59.0),
        ("{b} Protect 3 meses", 27.0),
    ],
    "fr": [
        ("Lot de 10 cartons", 24.9),
        ("Cadenas disque", 14.5),
        ("Camionnette {b} demi-journée", 59.0),
        ("{b} Protect 3 mois", 27.0),
    ],
    "es": [("Pack 10 cajas", 24.9), ("Candado de disco", 14.5)],
    "en": [("10 moving boxes", 24.9), ("Disc padlock", 14.5)],
    "de": [("10 Umzugskartons", 24.9), ("Diskusschloss", 14.5)],
    "it": [("10 scatoloni", 24.9), ("Lucchetto a disco", 14.5)],
}
PAGES = [
    "/units",
    "/units/sizes",
    "/van/book",
    "/shop/boxes",
    "/protect",
    "/account/access",
    "/locations",
]
