# ruff: noqa: E501
"""Wording of heldout257: Granula, film developing and scanning by post.

Every table is keyed by language (es, fr first; then de, en, it, pt). Placeholders:
{ref} case reference, {comp} a competitor, {amt} an amount, {colleague} a first name,
{day} a weekday, {code} the incident's error code, {time} a local time.
"""

from __future__ import annotations

LANGS = ("es", "fr", "de", "en", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
BRAND = "Granula"
COMPETITORS = ("Fixora", "Bromura")
CODE = "SCN.8.22"

Table = dict[str, list[str]]

FIRST: dict[str, tuple[list[str], list[str]]] = {
    "es": (
        ["Lucía", "Marta", "Nerea", "Alba", "Irene", "Rocío", "Paula", "Ainhoa", "Carmen", "Elena"],
        ["Javier", "Iker", "Rubén", "Álvaro", "Sergio", "Pablo", "Diego", "Unai", "Óscar", "Hugo"],
    ),
    "fr": (
        [
            "Camille",
            "Léa",
            "Manon",
            "Chloé",
            "Inès",
            "Margaux",
            "Élise",
            "Sophie",
            "Julie",
            "Anaïs",
        ],
        [
            "Théo",
            "Hugo",
            "Mathis",
            "Julien",
            "Antoine",
            "Rémi",
            "Bastien",
            "Yanis",
            "Quentin",
            "Loïc",
        ],
    ),
    "de": (
        ["Jana", "Lea", "Miriam", "Katrin", "Sabine", "Anke"],
        ["Jonas", "Felix", "Tobias", "Lukas", "Stefan", "Malte"],
    ),
    "en": (
        ["Chloe", "Megan", "Aoife", "Hannah", "Ruth", "Niamh"],
        ["Callum", "Owen", "Rory", "Tom", "Declan", "Jack"],
    ),
    "it": (
        ["Giulia", "Chiara", "Federica", "Silvia", "Marta", "Elisa"],
        ["Matteo", "Davide", "Lorenzo", "Andrea", "Riccardo", "Simone"],
    ),
    "pt": (
        ["Inês", "Beatriz", "Mariana", "Joana", "Rita", "Catarina"],
        ["Tiago", "Rui", "Duarte", "Gonçalo", "Miguel", "Nuno"],
    ),
}
SURNAMES: dict[str, list[str]] = {
    "es": [
        "Ortega",
        "Navarro",
        "Iglesias",
        "Cabrera",
        "Lozano",
        "Pascual",
        "Aranda",
        "Beltrán",
        "Zubiri",
        "Quiroga",
        "Montero",
        "Salcedo",
        "Villar",
        "Rojas",
        "Peña",
        "Gallego",
    ],
    "fr": [
        "Lefèvre",
        "Marchand",
        "Girard",
        "Rousseau",
        "Perrin",
        "Chevalier",
        "Fabre",
        "Mercier",
        "Lambert",
        "Garnier",
        "Faure",
        "Boyer",
        "Roussel",
        "Giraud",
        "Picard",
        "Collet",
    ],
    "de": ["Krüger", "Hartmann", "Vogel", "Sommer", "Brandt", "Lorenz", "Engel", "Böhm"],
    "en": ["Whitfield", "Gallagher", "Pryce", "Doherty", "Ashworth", "Kinsella", "Marsh", "Quinn"],
    "it": [
        "Ferraro",
        "Colombo",
        "Rinaldi",
        "Galli",
        "Bellini",
        "Marchetti",
        "Sartori",
        "Pellegrini",
    ],
    "pt": ["Carvalho", "Figueiredo", "Antunes", "Correia", "Pires", "Teixeira", "Lopes", "Moura"],
}
MARKETS: dict[str, list[str]] = {
    "es": ["ES", "ES", "ES", "ES"],
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "it": ["IT", "IT", "IT", "CH"],
    "pt": ["PT"],
}
TOWNS: dict[str, list[str]] = {
    "ES": ["Zaragoza", "Valencia", "Bilbao", "Granada", "Vigo", "Murcia"],
    "FR": ["Lyon", "Nantes", "Rennes", "Lille", "Grenoble", "Dijon"],
    "BE": ["Liège", "Namur"],
    "CH": ["Lausanne", "Genève", "Basel", "Lugano"],
    "LU": ["Esch-sur-Alzette"],
    "DE": ["Leipzig", "Freiburg", "Kassel", "Bremen"],
    "AT": ["Graz", "Linz"],
    "UK": ["Leeds", "Bristol", "Norwich"],
    "IE": ["Galway", "Cork"],
    "IT": ["Bologna", "Torino", "Padova"],
    "PT": ["Braga", "Coimbra", "Porto"],
}
JOBS = [
    "nurse",
    "teacher",
    "architect",
    "student",
    "baker",
    "engineer",
    "photographer (hobby)",
    "bookseller",
    "retired",
    "designer",
    "bus driver",
    "pharmacist",
]

PRODUCTS = [
    ("35mm colour roll, develop + scan / Carrete 35 mm color, revelado + escaneo", 14),
    ("35mm black and white roll, develop + scan / Carrete 35 mm B/N, revelado + escaneo", 15),
    (
        "120 medium format roll, develop + high-res scan / Rollo 120, revelado + escaneo alta resolución",
        19,
    ),
    ("Prepaid mailer, 3 rolls / Sobre prepagado, 3 carretes", 39),
    ("Push processing +1 stop / Forzado +1 paso", 4),
    ("Fresh film pack, 5 rolls / Pack de película, 5 carretes", 42),
]
CLUB = "Granula Club"

PAGES = [
    "/app/gallery",
    "/prices",
    "/mailers",
    "/club",
    "/film-shop",
    "/my-orders",
    "/help/shipping",
]

PRAISE: Table = {
    "es": [
        "Acabo de ver los escaneos del carrete de Asturias en la app de Granula y me he emocionado, colores preciosos",
        "Granula otra vez de 10, mandé el sobre el lunes y el jueves ya tenía las fotos",
        "Tercera vez que revelo con Granula este año y siempre igual de bien, qué gusto abrir la galería",
        "Ni un grano fuera de sitio, el blanco y negro de la boda de mi prima ha quedado precioso",
    ],
    "fr": [
        "Les scans de ma pellicule de Bretagne viennent d'arriver chez Granula, les couleurs sont magnifiques",
        "Encore une fois impeccable, envoyé mardi, scans reçus vendredi. Merci Granula !",
        "Troisième pellicule développée chez Granula ce mois-ci et toujours aussi contente du rendu",
        "Mes négatifs sont revenus bien rangés dans leurs pochettes, rien à redire",
    ],
    "de": [
        "Die Scans vom Ostsee-Film sind da und sehen großartig aus, danke Granula",
        "Schon wieder super schnell, Montag eingeschickt und Donnerstag in der App",
    ],
    "en": [
        "Scans from my Lake District roll just landed in the Granula app and they're gorgeous",
        "Third roll with Granula this year and they nail it every time",
    ],
    "it": [
        "Arrivate le scansioni del rullino di Procida, colori stupendi, grazie Granula",
        "Ancora una volta perfetti, spedito lunedì e foto in app giovedì",
    ],
    "pt": [
        "Chegaram os scans do rolo da viagem aos Açores e estão lindos, obrigada Granula",
        "Mais uma vez impecável, enviei na segunda e na quinta já tinha as fotos",
    ],
}
PRAISE_GRIPE: Table = {
    "es": [
        "Escaneos perfectos como siempre, solo que el sobre de vuelta llegó un poco aplastado. Los negativos bien",
        "Muy contenta con el revelado, aunque la app tarda en cargar la galería",
    ],
    "fr": [
        "Rendu parfait comme d'habitude, juste l'enveloppe retour un peu abîmée. Négatifs intacts",
        "Très content du développement, par contre l'appli met du temps à charger la galerie",
    ],
    "de": ["Scans top wie immer, nur der Rückumschlag war etwas zerknickt"],
    "en": ["Lovely scans as always, only the return envelope was a bit crushed"],
    "it": ["Scansioni perfette come sempre, solo la busta di ritorno un po' schiacciata"],
    "pt": ["Scans perfeitos como sempre, só o envelope de volta vinha um bocado amachucado"],
}
QUESTION: Table = {
    "es": [
        "Hola, ¿puedo mandar en el mismo sobre un carrete de color y uno de blanco y negro?",
        "¿Cuánto tardáis con el rollo 120? Es para un regalo",
        "¿El forzado de +1 se marca en el sobre o en la web?",
    ],
    "fr": [
        "Bonjour, je peux mettre une pellicule couleur et une noir et blanc dans la même enveloppe ?",
        "Combien de temps pour une 120 en ce moment ? C'est pour un cadeau",
        "Le push +1, je le note sur l'enveloppe ou sur le site ?",
    ],
    "de": [
        "Hallo, kann ich einen Farbfilm und einen SW-Film im selben Umschlag schicken?",
        "Wie lange dauert ein 120er gerade?",
    ],
    "en": [
        "Hi, can I put a colour roll and a black and white one in the same mailer?",
        "How long are 120 rolls taking at the moment?",
    ],
    "it": [
        "Ciao, posso mettere un rullino a colori e uno in bianco e nero nella stessa busta?",
        "Quanto ci vuole adesso per un 120?",
    ],
    "pt": [
        "Olá, posso mandar um rolo a cores e um a preto e branco no mesmo envelope?",
        "Quanto tempo demora um 120 neste momento?",
    ],
}
PHONE_Q: Table = {
    "es": [
        "hola buenas queria saber si el sobre prepagado sirve tambien para carretes de 120 o solo para 35"
    ],
    "fr": [
        "oui bonjour je voulais savoir si l'enveloppe prépayée marche aussi pour les 120 ou seulement pour le 35"
    ],
    "de": ["ja hallo ich wollte fragen ob der vorfrankierte Umschlag auch für 120er Filme geht"],
    "en": [
        "hi there i just wanted to ask if the prepaid mailer works for 120 rolls as well or only 35mm"
    ],
    "it": ["buongiorno volevo sapere se la busta prepagata va bene anche per i rullini 120"],
    "pt": ["bom dia queria saber se o envelope pré-pago também serve para rolos 120"],
}
ANSWER: Table = {
    "es": [
        "¡Hola! Sí, sin problema: indícalo en el formulario del sobre y los separamos en el laboratorio. Un saludo, equipo Granula"
    ],
    "fr": [
        "Bonjour ! Oui, aucun souci : indiquez-le sur le bon de l'enveloppe et on les sépare au labo. Bonne journée, l'équipe Granula"
    ],
    "de": [
        "Hallo! Ja, kein Problem: einfach auf dem Begleitzettel vermerken, wir trennen die Filme im Labor. Viele Grüße, Ihr Granula-Team"
    ],
    "en": [
        "Hi! Yes, no problem: just note it on the mailer slip and we'll split them in the lab. Best, the Granula team"
    ],
    "it": [
        "Ciao! Sì, nessun problema: segnalo sul foglio della busta e li separiamo in laboratorio. Un saluto, il team Granula"
    ],
    "pt": [
        "Olá! Sim, sem problema: indique no talão do envelope e separamos no laboratório. Cumprimentos, equipa Granula"
    ],
}
THANKS: Table = {
    "es": ["¡Genial, gracias!", "Perfecto, mil gracias 🙂", "vale gracias!!"],
    "fr": ["Super, merci !", "Parfait, merci beaucoup 🙂", "ok merci !!"],
    "de": ["Super, danke!", "Alles klar, danke 🙂"],
    "en": ["Brilliant, thanks!", "Perfect, cheers 🙂"],
    "it": ["Perfetto, grazie!", "ok grazie mille 🙂"],
    "pt": ["Ótimo, obrigado!", "Perfeito, obrigada 🙂"],
}
REVIEW_GOOD: Table = {
    "es": [
        "Revelado cuidadoso, escaneos nítidos y negativos bien protegidos. Repetiré",
        "Rápidos y con buen ojo para el color",
    ],
    "fr": [
        "Développement soigné, scans nets, négatifs bien protégés. Je recommande",
        "Rapides et un vrai œil pour la couleur",
    ],
    "de": ["Sorgfältige Entwicklung, scharfe Scans, gut verpackte Negative"],
    "en": ["Careful developing, sharp scans, negatives packed properly. Will use again"],
    "it": ["Sviluppo curato, scansioni nitide, negativi ben protetti"],
    "pt": ["Revelação cuidada, scans nítidos e negativos bem protegidos"],
}
NIGHT_POST: Table = {
    "es": [
        "Las 2 de la mañana y yo aquí repasando los escaneos de Granula del viaje a Lisboa. No puedo parar",
        "Turno de noche terminado y lo primero que hago es abrir la galería de Granula, qué fotos",
    ],
    "fr": [
        "2h du matin et je suis encore en train de regarder mes scans Granula de l'été",
        "Fin de garde de nuit et premier réflexe : ouvrir la galerie Granula. Ces couleurs",
    ],
    "de": ["2 Uhr nachts und ich sortiere immer noch die Granula-Scans vom Urlaub"],
    "en": ["2am and I'm still scrolling through my Granula scans from the summer"],
    "it": ["Le 2 di notte e sono ancora qui a guardare le scansioni Granula dell'estate"],
    "pt": ["2 da manhã e ainda estou a ver os scans da Granula das férias"],
}
NIGHT_Q: Table = {
    "es": [
        "Pregunta rápida a estas horas: ¿si echo el sobre al buzón esta noche entra en el envío del lunes?"
    ],
    "fr": ["Petite question à cette heure : si je poste l'enveloppe cette nuit, elle part lundi ?"],
    "de": ["Kurze Frage so spät: wenn ich den Umschlag heute Nacht einwerfe, geht er Montag raus?"],
    "en": ["Quick one at this hour: if I post the mailer tonight does it go out Monday?"],
    "it": ["Domanda veloce a quest'ora: se imbuco la busta stanotte parte lunedì?"],
    "pt": [
        "Pergunta rápida a esta hora: se puser o envelope no correio esta noite segue na segunda?"
    ],
}
NIGHT_A: Table = {
    "es": [
        "¡Hola! Sí, todo lo que entra en correos antes del lunes a mediodía sale ese día. Buenas noches"
    ],
    "fr": ["Bonjour ! Oui, tout ce qui est posté avant lundi midi part le jour même. Bonne nuit"],
    "de": ["Hallo! Ja, alles was bis Montagmittag eingeworfen wird, geht am selben Tag raus"],
    "en": ["Hi! Yes, anything posted before Monday noon goes out that day. Good night"],
    "it": ["Ciao! Sì, quello che arriva entro lunedì a mezzogiorno parte in giornata"],
    "pt": ["Olá! Sim, o que for posto no correio até segunda ao meio-dia segue nesse dia"],
}
SURVEY_WORD_GOOD: Table = {
    "es": ["Rápidos", "👍", "Todo perfecto", ""],
    "fr": ["Rapide", "👍", "Parfait", ""],
    "de": ["Schnell", "👍", ""],
    "en": ["Quick", "👍", ""],
    "it": ["Veloci", "👍", ""],
    "pt": ["Rápidos", "👍", ""],
}
SURVEY_WORD_BAD: Table = {
    "es": ["Fatal", "Nada resuelto", ""],
    "fr": ["Nul", "Rien de réglé", ""],
    "de": ["Schlecht", ""],
    "en": ["Poor", ""],
    "it": ["Pessimo", ""],
    "pt": ["Mau", ""],
}

# The six consumer problems.
PROBLEMS = ("lost_roll", "double_charge", "scratched", "refund", "wrong_price", "wrong_scans")
TOPIC: Table = {
    "es": [
        "carrete perdido",
        "cobro duplicado",
        "negativos rayados",
        "reembolso pendiente",
        "precio de Club no aplicado",
        "escaneos de otra persona",
    ],
    "fr": [
        "pellicule perdue",
        "double prélèvement",
        "négatifs rayés",
        "remboursement en attente",
        "tarif Club non appliqué",
        "scans d'une autre personne",
    ],
    "de": [
        "Film verloren",
        "doppelt abgebucht",
        "Negative zerkratzt",
        "Erstattung offen",
        "Club-Preis nicht berechnet",
        "fremde Scans",
    ],
    "en": [
        "lost roll",
        "charged twice",
        "scratched negatives",
        "refund outstanding",
        "Club price not applied",
        "someone else's scans",
    ],
    "it": [
        "rullino perso",
        "addebito doppio",
        "negativi graffiati",
        "rimborso in sospeso",
        "prezzo Club non applicato",
        "scansioni di un altro",
    ],
    "pt": [
        "rolo perdido",
        "cobrança duplicada",
        "negativos riscados",
        "reembolso pendente",
        "preço Club não aplicado",
        "scans de outra pessoa",
    ],
}
COMPLAINT: dict[str, list[list[str]]] = {
    "es": [
        [
            "El seguimiento dice RECIBIDO en el laboratorio desde hace nueve días y ahora me decís que no encontráis mi carrete. Eran las fotos del bautizo de mi sobrina, no se pueden repetir",
            "Mandé dos carretes, la app dice que llegaron y ahora nadie sabe dónde están. Es una vergüenza",
        ],
        [
            "Me habéis cobrado DOS veces el mismo revelado, {amt} y otra vez {amt}. Quiero la devolución ya",
            "Doble cargo en la tarjeta por un solo sobre. No es la primera vez que lo veo en otros sitios pero de vosotros no me lo esperaba",
        ],
        [
            "Los negativos han vuelto con una raya de punta a punta en todas las tomas. Se ve en los escaneos también. Un carrete entero estropeado",
            "Rayas en todo el rollo 120, y antes de mandarlo estaba perfecto. ¿Qué hacéis con los negativos?",
        ],
        [
            "Hace TRES semanas que cancelé el pedido y los {amt} siguen sin volver a mi cuenta",
            "Me prometisteis el reembolso del sobre que no se usó y no ha llegado nada, ya he escrito antes",
        ],
        [
            "Soy socia del Granula Club y me habéis cobrado el precio normal en los tres últimos carretes",
            "Pago el Club cada mes para tener el precio de socio y el último pedido va a precio completo. ¿Para qué pago entonces?",
        ],
        [
            "En mi galería aparecen fotos de una familia que no conozco y las mías no están. Esto además es un problema de privacidad",
            "Me han llegado los escaneos de otra persona. ¿Dónde están mis fotos y quién está viendo las mías?",
        ],
    ],
    "fr": [
        [
            "Le suivi indique REÇU au labo depuis neuf jours et maintenant vous ne trouvez plus ma pellicule. C'était le mariage de ma sœur, impossible à refaire",
            "Deux pellicules envoyées, l'appli dit reçues, et personne ne sait où elles sont. Inadmissible",
        ],
        [
            "Vous m'avez prélevé DEUX fois le même développement, {amt} puis encore {amt}. Je veux être remboursé tout de suite",
            "Double prélèvement sur ma carte pour une seule enveloppe. Franchement je ne m'attendais pas à ça de votre part",
        ],
        [
            "Les négatifs sont revenus avec une rayure d'un bout à l'autre sur toutes les vues. On la voit sur les scans aussi. Toute une pellicule fichue",
            "Rayures sur toute la 120, alors qu'elle était parfaite à l'envoi. Vous faites quoi des négatifs ?",
        ],
        [
            "Ça fait TROIS semaines que j'ai annulé la commande et les {amt} ne sont toujours pas revenus",
            "Vous m'aviez promis le remboursement de l'enveloppe non utilisée, toujours rien, et j'ai déjà écrit",
        ],
        [
            "Je suis membre du Granula Club et vous m'avez facturé le prix normal sur les trois dernières pellicules",
            "Je paie le Club tous les mois pour le tarif membre et la dernière commande est au prix plein. Je paie pour quoi alors ?",
        ],
        [
            "Dans ma galerie il y a les photos d'une famille que je ne connais pas et les miennes n'y sont pas. C'est aussi un problème de vie privée",
            "J'ai reçu les scans de quelqu'un d'autre. Où sont mes photos et qui regarde les miennes ?",
        ],
    ],
    "de": [
        [
            "Laut Sendungsverfolgung seit neun Tagen im Labor EINGEGANGEN und jetzt ist mein Film verschwunden. Das waren die Fotos von der Taufe"
        ],
        [
            "Sie haben mir ZWEIMAL dieselbe Entwicklung abgebucht, {amt} und nochmal {amt}. Ich will das Geld zurück"
        ],
        [
            "Die Negative kamen mit einem durchgehenden Kratzer über alle Bilder zurück. Ein ganzer Film kaputt"
        ],
        ["Seit DREI Wochen storniert und die {amt} sind immer noch nicht zurück"],
        [
            "Ich bin im Granula Club und mir wurde bei den letzten drei Filmen der normale Preis berechnet"
        ],
        [
            "In meiner Galerie sind Fotos einer fremden Familie und meine fehlen. Das ist auch ein Datenschutzproblem"
        ],
    ],
    "en": [
        [
            "Tracking has said RECEIVED at the lab for nine days and now you can't find my roll. Those were my nan's 90th, can't be redone"
        ],
        [
            "You've charged me TWICE for the same developing, {amt} and then {amt} again. I want it back now"
        ],
        [
            "My negatives came back with a scratch running the whole length of the roll. You can see it on every scan"
        ],
        ["I cancelled THREE weeks ago and the {amt} still hasn't come back"],
        ["I'm a Granula Club member and I've been charged the full price on my last three rolls"],
        [
            "My gallery is full of some other family's photos and mine aren't there. That's a privacy problem too"
        ],
    ],
    "it": [
        [
            "Il tracciamento dice RICEVUTO in laboratorio da nove giorni e ora il mio rullino non si trova. Erano le foto della laurea di mia figlia"
        ],
        [
            "Mi avete addebitato DUE volte lo stesso sviluppo, {amt} e poi ancora {amt}. Rivoglio i soldi"
        ],
        [
            "I negativi sono tornati con un graffio lungo tutto il rullino. Si vede su ogni scansione"
        ],
        ["Ho annullato TRE settimane fa e i {amt} non sono ancora tornati"],
        [
            "Sono iscritta al Granula Club e negli ultimi tre rullini mi avete fatto pagare il prezzo pieno"
        ],
        [
            "Nella mia galleria ci sono le foto di un'altra famiglia e le mie no. È anche un problema di privacy"
        ],
    ],
    "pt": [
        [
            "O seguimento diz RECEBIDO no laboratório há nove dias e agora não encontram o meu rolo. Eram as fotos do batizado"
        ],
        [
            "Cobraram-me DUAS vezes a mesma revelação, {amt} e outra vez {amt}. Quero o dinheiro de volta"
        ],
        [
            "Os negativos voltaram com um risco de ponta a ponta em todas as fotos. Vê-se nos scans também"
        ],
        ["Cancelei há TRÊS semanas e os {amt} ainda não voltaram"],
        ["Sou sócia do Granula Club e cobraram-me o preço normal nos últimos três rolos"],
        ["Na minha galeria aparecem fotos de uma família que não conheço e as minhas não estão lá"],
    ],
}
PHONE_COMPLAINT: dict[str, list[str]] = {
    "es": [
        "si hola mire llamo porque el carrete pone recibido hace nueve dias y ahora me dicen que no lo encuentran",
        "hola buenas me han cobrado dos veces el mismo sobre {amt} y {amt} y quiero que me lo devuelvan",
        "mire los negativos han llegado rayados todos de arriba abajo y no se como puede ser",
        "llevo tres semanas esperando un reembolso de {amt} y nadie me dice nada",
        "soy socia del club y me estan cobrando el precio normal no lo entiendo",
        "en mi galeria hay fotos de otra gente y las mias no aparecen",
    ],
    "fr": [
        "oui bonjour j'appelle parce que ma pellicule est marquée reçue depuis neuf jours et là on me dit qu'elle est perdue",
        "bonjour vous m'avez prélevé deux fois {amt} pour la même enveloppe je veux être remboursé",
        "alors les négatifs sont revenus tout rayés du début à la fin je comprends pas",
        "ça fait trois semaines que j'attends un remboursement de {amt} et personne me répond",
        "je suis membre du club et on me facture le prix normal c'est pas normal",
        "dans ma galerie il y a les photos de quelqu'un d'autre et les miennes sont pas là",
    ],
    "de": [
        "ja hallo ich rufe an weil mein Film seit neun Tagen als eingegangen steht und jetzt weg ist",
        "hallo Sie haben mir zweimal {amt} abgebucht für denselben Umschlag",
        "die Negative sind komplett zerkratzt zurückgekommen",
        "ich warte seit drei Wochen auf {amt} Erstattung",
        "ich bin im Club und zahle trotzdem den normalen Preis",
        "in meiner Galerie sind fremde Fotos und meine fehlen",
    ],
    "en": [
        "hi yeah i'm calling because my roll has said received for nine days and now you've lost it",
        "hello you've taken {amt} twice for the same mailer and i want it back",
        "my negatives came back scratched from end to end",
        "i've been waiting three weeks for a {amt} refund",
        "i'm in the club and i'm being charged the normal price",
        "there's someone else's photos in my gallery and mine are missing",
    ],
    "it": [
        "sì buongiorno chiamo perché il rullino risulta ricevuto da nove giorni e ora è sparito",
        "buongiorno mi avete addebitato due volte {amt} per la stessa busta",
        "i negativi sono tornati tutti graffiati",
        "aspetto da tre settimane un rimborso di {amt}",
        "sono del club e pago il prezzo pieno",
        "nella galleria ci sono foto di altri e le mie mancano",
    ],
    "pt": [
        "sim bom dia estou a ligar porque o rolo está como recebido há nove dias e agora perderam-no",
        "bom dia cobraram-me duas vezes {amt} pelo mesmo envelope",
        "os negativos vieram todos riscados",
        "estou há três semanas à espera de um reembolso de {amt}",
        "sou sócia do club e estão a cobrar o preço normal",
        "na galeria aparecem fotos de outra pessoa e as minhas não",
    ],
}
LONG_OPEN: Table = {
    "es": [
        "Buenas tardes:\n\nOs escribo desde la sala de espera del fisio de mi padre, que por fin empieza a caminar sin muleta después de la operación de rodilla. Han sido meses largos y las fotos en carrete eran mi manera de desconectar, por eso os mandé con tanta ilusión el sobre con los tres carretes del verano.\n\n",
        "Hola:\n\nPerdonad lo largo del correo. Lo escribo en el tren de vuelta de Huesca, donde estamos vaciando la casa de mi abuela, y entre caja y caja encontré su vieja cámara. Le puse un carrete, hice fotos de la casa antes de venderla y os lo mandé a vosotros porque siempre habéis respondido.\n\n",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis le parking de l'école de musique pendant le cours de violon de mon fils, le seul moment calme de ma semaine depuis que nous refaisons l'appartement. Je photographie l'avancée des travaux à l'argentique, c'est un peu notre journal de bord, et je vous envoie mes pellicules depuis deux ans.\n\n",
        "Madame, Monsieur,\n\nJe prends le temps de vous écrire un dimanche soir, une fois les enfants couchés. Ma mère est en maison de repos depuis le printemps et je lui apporte chaque semaine des tirages de la famille faits à partir de vos scans. C'est important pour elle, et pour moi.\n\n",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer der Tierärztin, unser Hund wird gerade geröntgt. Ich fotografiere seit Jahren analog und schicke Ihnen seit Langem meine Filme.\n\n"
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car outside my daughter's swimming lesson, the only quiet half hour I get this week. I've shot film for years and sent you every roll since you started.\n\n"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista. Fotografo a pellicola da anni e vi mando i miei rullini da quando avete aperto.\n\n"
    ],
    "pt": [
        "Boa tarde,\n\nescrevo da sala de espera do hospital onde a minha mãe está a fazer exames. Fotografo em película há anos e mando-vos todos os rolos.\n\n"
    ],
}
LONG_CLOSE: Table = {
    "es": [
        "\n\nSiempre he hablado bien de vosotros a mis amigos, pero esto no puede quedar así. Espero una respuesta seria.\n\nUn saludo,\n{name}",
        "\n\nNo pido un milagro, solo que alguien lo mire y me conteste.\n\nGracias,\n{name}",
    ],
    "fr": [
        "\n\nJ'ai toujours recommandé Granula autour de moi, mais là ça ne peut pas rester comme ça. J'attends une vraie réponse.\n\nCordialement,\n{name}",
        "\n\nJe ne demande pas de miracle, juste que quelqu'un regarde et me réponde.\n\nMerci,\n{name}",
    ],
    "de": [
        "\n\nIch war immer treu, aber so geht das nicht. Ich erwarte eine Antwort.\n\nGrüße\n{name}"
    ],
    "en": [
        "\n\nI've always recommended you, but this can't be left like this. I expect a proper answer.\n\n{name}"
    ],
    "it": ["\n\nVi ho sempre consigliato, ma così non va. Aspetto una risposta seria.\n\n{name}"],
    "pt": ["\n\nSempre vos recomendei, mas assim não pode ficar. Espero uma resposta.\n\n{name}"],
}
SUBJECT_COMPLAINT: Table = {
    "es": ["Reclamación: {topic}"],
    "fr": ["Réclamation : {topic}"],
    "de": ["Beschwerde: {topic}"],
    "en": ["Complaint: {topic}"],
    "it": ["Reclamo: {topic}"],
    "pt": ["Reclamação: {topic}"],
}
SUBJECT_RE: Table = {
    "es": ["RE: Incidencia {ref}"],
    "fr": ["RE : Dossier {ref}"],
    "de": ["AW: Vorgang {ref}"],
    "en": ["Re: Your case {ref}"],
    "it": ["R: Pratica {ref}"],
    "pt": ["RE: Processo {ref}"],
}
CASE_OPENED: Table = {
    "es": [
        "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {ref} y el laboratorio ya lo está revisando. Te escribimos en cuanto sepamos algo. Equipo Granula"
    ],
    "fr": [
        "Bonjour {first}, nous sommes vraiment désolés. Nous avons ouvert le dossier {ref} et le labo vérifie. Nous revenons vers vous dès que possible. L'équipe Granula"
    ],
    "de": [
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {ref} eröffnet und das Labor prüft. Wir melden uns. Ihr Granula-Team"
    ],
    "en": [
        "Hi {first}, we're really sorry. We've opened case {ref} and the lab is looking into it. We'll be back in touch soon. The Granula team"
    ],
    "it": [
        "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {ref} e il laboratorio sta verificando. Ti scriviamo appena possibile. Il team Granula"
    ],
    "pt": [
        "Olá {first}, lamentamos muito. Abrimos o processo {ref} e o laboratório está a verificar. Voltamos a contactar em breve. Equipa Granula"
    ],
}
ESCALATED: Table = {
    "es": [
        "Hola {first}, tu incidencia {ref} ha pasado a nuestra responsable de laboratorio, que te llamará antes del viernes a mediodía."
    ],
    "fr": [
        "Bonjour {first}, votre dossier {ref} est maintenant entre les mains de notre responsable labo, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {ref} liegt jetzt bei unserer Laborleitung, die Sie vor Freitagmittag anruft."
    ],
    "en": [
        "Hi {first}, your case {ref} is now with our lab lead, who will call you before Friday lunchtime."
    ],
    "it": [
        "Ciao {first}, la tua pratica {ref} è ora in mano alla nostra responsabile di laboratorio, che ti chiamerà entro venerdì a mezzogiorno."
    ],
    "pt": [
        "Olá {first}, o seu processo {ref} está agora com a nossa responsável de laboratório, que lhe ligará antes de sexta ao almoço."
    ],
}
CHAT_ADDED: Table = {
    "es": ["Lo añado a la incidencia {ref} y la marco como urgente. Disculpa las molestias"],
    "fr": ["Je l'ajoute au dossier {ref} et je le passe en urgent. Désolé pour la gêne"],
    "de": ["Ich ergänze das im Vorgang {ref} und markiere ihn als dringend"],
    "en": ["I've added this to case {ref} and marked it urgent. Sorry for the trouble"],
    "it": ["Lo aggiungo alla pratica {ref} e la segno come urgente"],
    "pt": ["Acrescento ao processo {ref} e marco como urgente"],
}
GOOD_NEWS: Table = {
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {ref}: ya está solucionado por nuestra parte. ¿Nos confirmas que a ti también te consta?"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer que c'est bon pour vous ?"
    ],
    "de": [
        "Hallo {first}, gute Nachricht zu Vorgang {ref}: auf unserer Seite ist es erledigt. Können Sie uns bestätigen, dass alles passt?"
    ],
    "en": [
        "Hi {first}, good news on case {ref}: it's sorted on our side. Could you confirm it looks right to you too?"
    ],
    "it": [
        "Ciao {first}, buone notizie sulla pratica {ref}: da parte nostra è risolto. Ci confermi che per te è tutto a posto?"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre o processo {ref}: do nosso lado está resolvido. Pode confirmar-nos?"
    ],
}
CONFIRM: Table = {
    "es": [
        "Confirmado, {ref} resuelto. Gracias por la rapidez",
        "Sí, ya me consta, gracias. Podéis cerrar la {ref}",
    ],
    "fr": [
        "Confirmé, dossier {ref} réglé. Merci pour la réactivité",
        "Oui c'est bon pour moi, vous pouvez fermer le {ref}",
    ],
    "de": ["Bestätigt, {ref} ist erledigt. Danke"],
    "en": ["Confirmed, {ref} is sorted. Thanks for being quick"],
    "it": ["Confermo, {ref} risolta. Grazie"],
    "pt": ["Confirmo, {ref} resolvido. Obrigada"],
}
APOLOGY: Table = {
    "es": [
        "Perdonad el tono de ayer, estaba muy agobiada. Gracias por resolverlo",
        "Siento lo borde que fui ayer, no era con vosotros",
    ],
    "fr": [
        "Désolée pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça",
        "Pardon pour mon message d'hier un peu sec, ce n'était pas contre vous",
    ],
    "de": ["Entschuldigung für den Ton gestern, war ein schlechter Tag"],
    "en": ["Sorry for the tone yesterday, it had been a long day"],
    "it": ["Scusate il tono di ieri, ero esausta"],
    "pt": ["Desculpem o tom de ontem, estava muito cansada"],
}
STILL_OPEN: Table = {
    "es": [
        "La incidencia {ref} sigue abierta y nadie me ha dicho nada. ¿Alguien lo está mirando?",
        "Vuelvo a escribir por la {ref}. Sigue sin resolverse",
    ],
    "fr": [
        "Le dossier {ref} est toujours ouvert et personne ne m'a rien dit. Quelqu'un s'en occupe ?",
        "Je réécris pour le {ref}. Toujours pas réglé",
    ],
    "de": ["Vorgang {ref} ist immer noch offen und niemand meldet sich"],
    "en": ["Case {ref} is still open and nobody has told me anything"],
    "it": ["La pratica {ref} è ancora aperta e nessuno mi ha detto niente"],
    "pt": ["O processo {ref} continua aberto e ninguém me diz nada"],
}
THIRD: Table = {
    "es": [
        "Tercera vez que escribo por la {ref}. Una amiga revela con {comp} y a ella se lo arreglan en el día",
        "Es la tercera vez por la {ref}. He mirado lo que cobra {comp}, por si acaso",
    ],
    "fr": [
        "Troisième fois que j'écris pour le {ref}. Une amie fait développer chez {comp} et eux règlent ça dans la journée",
        "Troisième message pour le {ref}. J'ai regardé les tarifs de {comp}, au cas où",
    ],
    "de": [
        "Dritte Nachricht zu {ref}. Eine Freundin lässt bei {comp} entwickeln, da geht sowas am selben Tag"
    ],
    "en": ["Third time writing about {ref}. A friend uses {comp} and they sort this the same day"],
    "it": [
        "Terza volta che scrivo per la {ref}. Un'amica sviluppa da {comp} e lì lo risolvono in giornata"
    ],
    "pt": [
        "Terceira vez que escrevo sobre o {ref}. Uma amiga revela na {comp} e lá resolvem no mesmo dia"
    ],
}
FOURTH: Table = {
    "es": ["CUARTA vez con la {ref}. Sigue igual. Ya no sé qué más hacer"],
    "fr": ["QUATRIÈME fois pour le {ref}. Rien n'a bougé. Je ne sais plus quoi faire"],
    "de": ["VIERTES Mal wegen {ref}. Nichts passiert"],
    "en": ["FOURTH time about {ref}. Nothing has changed"],
    "it": ["QUARTA volta per la {ref}. Tutto uguale"],
    "pt": ["QUARTA vez por causa do {ref}. Tudo na mesma"],
}
SLIDE: Table = {
    "es": [
        "El último sobre ha tardado once días en volver, antes eran cuatro. Supongo que será cosa del verano",
        "Escaneos algo pálidos esta vez, y la galería se cuelga al abrir el rollo. Regular",
        "Ahora cobráis aparte el escaneo en alta, que antes venía incluido. Sin avisar",
        "Dos rollos con polvo en todos los escaneos. Pedí que los repitierais y me dicen que son 6 € por rollo",
        "Harta. Tres semanas para un carrete, escaneos con polvo y encima 6 € por repetir vuestro error",
        "Mi hermano revela con {comp} y este fin de semana les mando los carretes que me quedan. Qué pena, Granula",
    ],
    "fr": [
        "La dernière enveloppe a mis onze jours à revenir, avant c'était quatre. Sans doute l'été",
        "Scans un peu fades cette fois, et la galerie plante à l'ouverture. Bof",
        "Maintenant le scan haute déf est en supplément, alors qu'il était inclus. Sans prévenir",
        "Deux pellicules avec de la poussière sur tous les scans. Je demande de refaire et on me répond 6 € par pellicule",
        "Ras-le-bol. Trois semaines pour une pellicule, des scans poussiéreux et 6 € pour corriger votre erreur",
        "Mon frère fait développer chez {comp}, ce week-end je leur envoie mes pellicules restantes. Dommage Granula",
    ],
    "de": [
        "Der letzte Umschlag brauchte elf Tage zurück, früher vier",
        "Scans diesmal blass und die Galerie hängt",
        "Hochauflösender Scan kostet jetzt extra, ohne Ankündigung",
        "Staub auf allen Scans von zwei Filmen, und Nachscannen soll 6 € kosten",
        "Mir reichts. Drei Wochen, staubige Scans und 6 € für euren Fehler",
        "Mein Bruder lässt bei {comp} entwickeln, am Wochenende schicke ich meine Filme dorthin",
    ],
    "en": [
        "Last mailer took eleven days to come back, used to be four",
        "Scans a bit washed out this time and the gallery keeps freezing",
        "High-res scans are extra now, they used to be included. No warning",
        "Dust on every scan from two rolls and a rescan is £5 a roll",
        "Fed up. Three weeks a roll, dusty scans and £5 to fix your own mistake",
        "My brother uses {comp}, sending them my remaining rolls this weekend",
    ],
    "it": [
        "L'ultima busta ci ha messo undici giorni, prima quattro",
        "Scansioni un po' spente e la galleria si blocca",
        "Ora la scansione in alta si paga a parte, senza avviso",
        "Polvere su tutte le scansioni di due rullini, e per rifarle 6 € a rullino",
        "Basta. Tre settimane, scansioni con polvere e 6 € per il vostro errore",
        "Mio fratello sviluppa da {comp}, questo fine settimana mando lì i rullini che mi restano",
    ],
    "pt": [
        "O último envelope demorou onze dias a voltar, antes eram quatro",
        "Scans um bocado desbotados e a galeria bloqueia",
        "Agora o scan em alta é pago à parte, sem aviso",
        "Pó em todos os scans de dois rolos e repetir custa 6 € por rolo",
        "Farta. Três semanas, scans com pó e 6 € para corrigir o vosso erro",
        "O meu irmão revela na {comp}, este fim de semana mando-lhes os rolos que tenho",
    ],
}
CANCEL: Table = {
    "es": [
        "Hola, me paso a digital del todo (me han regalado una cámara nueva) y quiero darme de baja del Granula Club y cerrar mi cuenta. Gracias por todo",
        "Buenas, me mudo al extranjero y ya no voy a revelar. Quiero cancelar el Club y cerrar la cuenta",
    ],
    "fr": [
        "Bonjour, je passe au numérique (on m'a offert un hybride) et je souhaite résilier le Granula Club et fermer mon compte. Merci pour tout",
        "Bonjour, je pars vivre à l'étranger, je veux résilier le Club et clôturer mon compte",
    ],
    "de": [
        "Hallo, ich steige ganz auf digital um und möchte den Granula Club kündigen und mein Konto schließen"
    ],
    "en": [
        "Hi, I've gone fully digital and want to cancel my Granula Club membership and close my account"
    ],
    "it": ["Ciao, passo al digitale e voglio disdire il Granula Club e chiudere l'account"],
    "pt": ["Olá, passei para o digital e quero cancelar o Granula Club e fechar a conta"],
}
SORRY_GO: Table = {
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes cancelar tú misma el Club en la app o en la web, en Mi cuenta > Club."
    ],
    "fr": [
        "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier le Club vous-même dans l'appli ou sur le site, Mon compte > Club."
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website kündigen."
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel the Club yourself in the app or on the website under My account > Club."
    ],
    "it": [
        "Ciao {first}, ci dispiace vederti andare. Puoi disdire il Club da solo nell'app o sul sito."
    ],
    "pt": ["Olá {first}, lamentamos que saia. Pode cancelar o Club na app ou no site."],
}
GRUMBLE: Table = {
    "es": [
        "La app me cierra la sesión cada vez que la abro",
        "Los sobres prepagados siempre llegan doblados",
        "¿Por qué el seguimiento no se actualiza hasta el final?",
        "Las pochettes de los negativos se rompen al sacarlas",
    ],
    "fr": [
        "L'appli me déconnecte à chaque ouverture",
        "Les enveloppes prépayées arrivent toujours pliées",
        "Pourquoi le suivi ne bouge jamais avant la fin ?",
        "Les pochettes des négatifs se déchirent quand on les sort",
    ],
    "de": ["Die App meldet mich jedes Mal ab", "Die Umschläge kommen immer geknickt an"],
    "en": ["The app logs me out every single time", "The prepaid mailers always arrive bent"],
    "it": ["L'app mi disconnette ogni volta", "Le buste prepagate arrivano sempre piegate"],
    "pt": [
        "A app termina a sessão sempre que abro",
        "Os envelopes pré-pagos chegam sempre dobrados",
    ],
}
SARCASM: Table = {
    "es": [
        'Qué maravilla, "envío express" y el carrete vuelve en dos semanas 👏',
        "Genial el polvo artístico en todos los escaneos, muy vintage 😂",
    ],
    "fr": [
        'Génial, "envoi express" et la pellicule revient en deux semaines 👏',
        "Super la poussière artistique sur tous les scans, très vintage 😂",
    ],
    "de": ['Toll, "Express" und der Film kommt nach zwei Wochen 👏'],
    "en": ['Love the "express" return taking two weeks 👏'],
    "it": ['Bellissimo, "express" e il rullino torna in due settimane 👏'],
    "pt": ['Maravilha, "expresso" e o rolo volta em duas semanas 👏'],
}
MILD: Table = {
    "es": [
        "La app me sale en inglés aunque tengo el móvil en español",
        "El mapa de buzones me manda a otra ciudad",
    ],
    "fr": [
        "L'appli s'affiche en anglais alors que mon téléphone est en français",
        "La carte des boîtes aux lettres m'envoie dans une autre ville",
    ],
    "de": ["Die App ist auf Englisch, obwohl mein Handy auf Deutsch steht"],
    "en": ["The postbox map keeps sending me to another town"],
    "it": ["L'app è in inglese anche se il telefono è in italiano"],
    "pt": ["A app aparece em inglês apesar de o telemóvel estar em português"],
}
MILD_ACK: Table = {
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
    "fr": ["Merci du signalement, nous transmettons à l'équipe de l'appli."],
    "de": ["Danke für den Hinweis, wir geben es an das App-Team weiter."],
    "en": ["Thanks for flagging, we've passed it to the app team."],
    "it": ["Grazie della segnalazione, la passiamo al team dell'app."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
}
# The incident.
SPIKE: Table = {
    "es": [
        "No puedo descargar los escaneos, la galería da error {code} en todos los carretes",
        "@Granula la app dice {code} al abrir cualquier rollo, no veo ninguna foto",
        "Error {code} al descargar, también desde el enlace del correo",
        "¿Está caída la galería? Me sale {code} y no hay manera",
    ],
    "fr": [
        "Impossible de télécharger mes scans, la galerie affiche l'erreur {code} sur toutes les pellicules",
        "@Granula l'appli met {code} dès que j'ouvre une pellicule, aucune photo",
        "Erreur {code} au téléchargement, même avec le lien du mail",
        "La galerie est en panne ? J'ai {code} et rien ne marche",
    ],
    "de": ["Scans lassen sich nicht laden, Fehler {code} bei jedem Film"],
    "en": ["Can't download my scans, the gallery shows error {code} on every roll"],
    "it": ["Non riesco a scaricare le scansioni, errore {code} su tutti i rullini"],
    "pt": ["Não consigo descarregar os scans, a galeria dá erro {code} em todos os rolos"],
}
SPIKE_AGAIN: Table = {
    "es": ["Sigue saliendo {code}, ahora también desde el ordenador"],
    "fr": ["Toujours {code}, maintenant aussi depuis l'ordinateur"],
    "de": ["Immer noch {code}, jetzt auch am Laptop"],
    "en": ["Still {code}, now on my laptop too"],
    "it": ["Ancora {code}, adesso anche dal computer"],
    "pt": ["Continua {code}, agora também no computador"],
}
SPIKE_CHAT_A: Table = {
    "es": [
        "Sí, ahora mismo la galería falla para todos, el equipo técnico está en ello. Tus escaneos están a salvo"
    ],
    "fr": [
        "Oui, la galerie est en panne pour tout le monde en ce moment, l'équipe technique est dessus. Vos scans sont en sécurité"
    ],
    "de": [
        "Ja, die Galerie fällt gerade für alle aus, die Technik ist dran. Ihre Scans sind sicher"
    ],
    "en": [
        "Yes, the gallery is failing for everyone right now, our engineers are on it. Your scans are safe"
    ],
    "it": ["Sì, la galleria è giù per tutti in questo momento, i tecnici ci stanno lavorando"],
    "pt": ["Sim, a galeria está a falhar para todos neste momento, a equipa técnica está a tratar"],
}
SPIKE_FIXED: Table = {
    "es": [
        "Hola {first}, la galería vuelve a funcionar desde las {time}. Te hemos añadido {amt} de crédito por las molestias."
    ],
    "fr": [
        "Bonjour {first}, la galerie fonctionne de nouveau depuis {time}. Nous avons ajouté {amt} de crédit pour la gêne."
    ],
    "de": [
        "Hallo {first}, die Galerie funktioniert seit {time} Uhr wieder. Wir haben Ihnen {amt} gutgeschrieben."
    ],
    "en": [
        "Hi {first}, the gallery works again since {time}. We've added {amt} credit for the trouble."
    ],
    "it": [
        "Ciao {first}, la galleria funziona di nuovo dalle {time}. Ti abbiamo aggiunto {amt} di credito."
    ],
    "pt": [
        "Olá {first}, a galeria volta a funcionar desde as {time}. Acrescentámos {amt} de crédito."
    ],
}
LONE_Q: Table = {
    "es": [
        "Anoche la galería tardó mucho en cargar el rollo 120 pero al final salió todo. ¿Es normal con los escaneos grandes?"
    ],
    "fr": [
        "Hier soir la galerie a mis longtemps à charger ma 120 mais tout s'est affiché. C'est normal avec les gros scans ?"
    ],
}
LONE_A: Table = {
    "es": [
        "Sí, los escaneos en alta del 120 pesan mucho y a veces tardan unos segundos. Todo está bien en tu cuenta"
    ],
    "fr": [
        "Oui, les scans haute déf en 120 sont lourds et peuvent prendre quelques secondes. Tout est en ordre sur votre compte"
    ],
}
CALM_GRUMBLE: Table = {
    "es": ["La página de precios tarda un montón en cargar hoy"],
    "fr": ["La page des tarifs met une éternité à charger aujourd'hui"],
}

# The business arm, Granula Studio: developing for photographers and firms on account.
STUDIO = "Granula Studio"
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT: dict[str, list[str]] = {
    "es": [
        "Las facturas de este mes vuelven a salir sin número de pedido y con nuestro nombre antiguo. Contabilidad no las puede pagar así",
        "Nos han retenido los 14 carretes de la boda del sábado porque la cuenta figura «en suspenso», y está todo pagado. Tenemos al cliente esperando",
        "El portal no muestra ningún lote desde el lunes, no podemos descargar ni mandar las galerías a los clientes",
        "Nos están facturando a precio por carrete de particular y no a la tarifa del contrato. La diferencia pasa de 400 €",
    ],
    "fr": [
        "Les factures de ce mois sont encore sans numéro de commande et à notre ancien nom. La compta ne peut pas les régler comme ça",
        "Vous bloquez les 14 pellicules du mariage de samedi car le compte est « suspendu », alors que tout est payé. Le client attend",
        "Le portail n'affiche plus aucun lot depuis lundi, impossible de télécharger ou d'envoyer les galeries aux clients",
        "On nous facture au prix particulier par pellicule au lieu du tarif contrat. La différence dépasse 400 €",
    ],
    "de": [
        "Die Rechnungen diesen Monat wieder ohne Bestellnummer und mit altem Firmennamen",
        "Unsere 14 Filme von der Hochzeit werden zurückgehalten, Konto angeblich gesperrt, obwohl alles bezahlt ist",
        "Das Portal zeigt seit Montag keine Aufträge mehr, wir kommen nicht an die Galerien",
        "Uns wird der Privatkundenpreis statt des Vertragspreises berechnet, über 400 € Unterschied",
    ],
    "en": [
        "This month's invoices again have no PO number and our old company name",
        "You're holding our 14 rolls from Saturday's wedding because the account is 'on hold', and it's all paid",
        "The portal hasn't shown any batches since Monday, we can't download or send client galleries",
        "We're being billed the retail per-roll price instead of our contract rate, over £350 difference",
    ],
    "it": [
        "Le fatture di questo mese di nuovo senza numero d'ordine e con la vecchia ragione sociale",
        "Ci trattenete i 14 rullini del matrimonio perché il conto risulta sospeso, ma è tutto pagato",
        "Il portale non mostra nessun lotto da lunedì, non possiamo scaricare le gallerie",
        "Ci fatturate il prezzo al dettaglio e non la tariffa del contratto, oltre 400 € di differenza",
    ],
    "pt": [
        "As faturas deste mês outra vez sem número de encomenda e com o nome antigo da empresa",
        "Estão a reter os 14 rolos do casamento porque a conta aparece suspensa, e está tudo pago",
        "O portal não mostra nenhum lote desde segunda, não conseguimos descarregar as galerias",
        "Estão a faturar ao preço de particular e não à tarifa do contrato, mais de 400 € de diferença",
    ],
}
B2B_FOLLOW: Table = {
    "es": [
        "Escribo también por lo que os contó {colleague} el {day} (incidencia {ref}): {problem}"
    ],
    "fr": [
        "J'écris aussi au sujet de ce que {colleague} vous a signalé {day} (dossier {ref}) : {problem}"
    ],
    "de": [
        "Ich schreibe auch wegen dem, was {colleague} am {day} gemeldet hat (Vorgang {ref}): {problem}"
    ],
    "en": ["Writing as well about what {colleague} reported on {day} (case {ref}): {problem}"],
    "it": ["Scrivo anche per quanto segnalato da {colleague} {day} (pratica {ref}): {problem}"],
    "pt": ["Escrevo também sobre o que {colleague} comunicou na {day} (processo {ref}): {problem}"],
}
B2B_LAST_MAIL: Table = {
    "es": [
        "Seguimos igual con la {ref} y ya os han escrito varios compañeros. Compras ha pedido tarifas a {comp}"
    ],
    "fr": [
        "Toujours rien sur le {ref} et plusieurs collègues vous ont écrit. Les achats ont demandé un devis à {comp}"
    ],
    "de": [
        "Bei {ref} hat sich nichts getan, mehrere Kollegen haben geschrieben. Der Einkauf hat bei {comp} angefragt"
    ],
    "en": [
        "Still nothing on {ref} and several colleagues have written. Procurement has asked {comp} for rates"
    ],
    "it": [
        "Ancora niente sulla {ref} e vi hanno scritto diversi colleghi. Gli acquisti hanno chiesto un preventivo a {comp}"
    ],
    "pt": [
        "Continua tudo igual no {ref} e vários colegas já escreveram. As compras pediram preços à {comp}"
    ],
}
B2B_LAST_CALL: Table = {
    "es": [
        "hola llamo por la incidencia {ref} sigue sin arreglarse ya os han escrito varios compañeros y mi jefa dice que si no se soluciona esta semana nos vamos a otro laboratorio"
    ],
    "fr": [
        "bonjour j'appelle pour le dossier {ref} rien n'est réglé plusieurs collègues vous ont écrit et mon patron dit que si c'est pas réglé cette semaine on change de labo"
    ],
    "de": [
        "hallo ich rufe wegen {ref} an es ist nichts behoben mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln das Labor wenn das diese Woche nicht klappt"
    ],
    "en": [
        "hi i'm calling about {ref} nothing is fixed several colleagues have written and my boss says we move to another lab if it isn't sorted this week"
    ],
    "it": [
        "buongiorno chiamo per la pratica {ref} non è risolto hanno scritto vari colleghi e il mio capo dice che cambiamo laboratorio se non si risolve questa settimana"
    ],
    "pt": [
        "bom dia ligo por causa do {ref} nada resolvido vários colegas escreveram e o meu chefe diz que mudamos de laboratório se não ficar resolvido esta semana"
    ],
}
B2B_SUGGEST: Table = {
    "es": [
        "Sugerencia: ¿podríais poner el nombre del cliente final en cada lote del portal? Nos ahorraría tiempo",
        "Estaría bien poder exportar el gasto por proyecto",
    ],
    "fr": [
        "Suggestion : pourriez-vous afficher le nom du client final sur chaque lot du portail ? Ça nous ferait gagner du temps",
        "Ce serait pratique d'exporter les dépenses par projet",
    ],
    "de": ["Vorschlag: den Endkunden-Namen bei jedem Auftrag im Portal anzeigen"],
    "en": ["Suggestion: could the portal show the end client's name on each batch?"],
    "it": ["Suggerimento: potreste mostrare il nome del cliente finale su ogni lotto del portale?"],
    "pt": ["Sugestão: o portal podia mostrar o nome do cliente final em cada lote?"],
}
B2B_QUESTION: Table = {
    "es": ["¿Hasta qué hora del viernes recogéis los lotes para tenerlos el martes?"],
    "fr": ["Jusqu'à quelle heure le vendredi vous récupérez les lots pour un retour mardi ?"],
    "de": ["Bis wann am Freitag holt ihr Aufträge ab, damit sie Dienstag fertig sind?"],
    "en": ["What time on Friday do you collect batches to have them back Tuesday?"],
    "it": ["Fino a che ora del venerdì ritirate i lotti per averli martedì?"],
    "pt": ["Até que horas de sexta recolhem os lotes para os ter na terça?"],
}
B2B_ANSWER: Table = {
    "es": ["Hasta las 15:00. Lo que recogemos antes está listo el martes."],
    "fr": ["Jusqu'à 15h. Ce qui est récupéré avant est prêt mardi."],
    "de": ["Bis 15 Uhr. Was vorher abgeholt wird, ist Dienstag fertig."],
    "en": ["Until 3pm. Anything collected before then is ready Tuesday."],
    "it": ["Fino alle 15. Quello che ritiriamo prima è pronto martedì."],
    "pt": ["Até às 15h. O que recolhemos antes fica pronto na terça."],
}
B2B_PRAISE: Table = {
    "es": ["Otra boda entregada a tiempo gracias al equipo de Granula Studio. Escaneos impecables"],
    "fr": ["Encore un mariage livré à temps grâce à Granula Studio. Scans impeccables"],
    "de": ["Wieder ein Auftrag pünktlich dank Granula Studio"],
    "en": ["Another shoot delivered on time thanks to Granula Studio"],
    "it": ["Un altro matrimonio consegnato in tempo grazie a Granula Studio"],
    "pt": ["Mais um casamento entregue a tempo graças à Granula Studio"],
}
WEEKDAY: Table = {
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
COMPANIES = [
    "Luz de Agosto Fotografía",
    "Atelier Sel d'Argent",
    "Estudio Canela",
    "Photographie Ombrelle",
    "Hochzeitslicht GmbH",
    "Northlight Weddings Ltd",
    "Studio Pellicola Srl",
    "Retratos do Rio Lda",
    "Colegio San Fermín (club de foto)",
    "Agence Grain Fin",
    "Revista Sal y Plata",
    "Musée de la Vallée",
    "Bodas Alhambra Foto",
    "Lycée Jean Perrin (atelier photo)",
    "Eventos Cierzo",
]
JOB_TITLES = [
    "Studio manager",
    "Accounts",
    "Lead photographer",
    "Office manager",
    "Second shooter",
    "Archivist",
]
