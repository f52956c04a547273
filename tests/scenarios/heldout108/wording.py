# ruff: noqa: E501
"""Consumer wording for heldout108 (Mestolio, private chefs at home): written from the stories.

Placeholders: {amt} money in the customer's market, {case} case reference, {comp} a
competitor, {first} a first name, {topic} a problem's short name. Italian and French
have the most variants; English, German, Spanish and Portuguese one or two.
"""

from __future__ import annotations

LANGS = ("it", "fr", "en", "de", "es", "pt")
COMPETITORS = ("Casseroma", "Toquelia")

FIRST: dict[str, list[str]] = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Francesca",
        "Alessandro",
        "Elena",
        "Matteo",
        "Sara",
        "Lorenzo",
        "Valentina",
        "Simone",
        "Federica",
        "Andrea",
        "Martina",
        "Riccardo",
        "Ilaria",
        "Stefano",
        "Beatrice",
        "Paolo",
        "Silvia",
        "Tommaso",
        "Anna",
        "Luca",
        "Roberta",
        "Nicola",
        "Camilla",
        "Fabio",
        "Serena",
        "Emanuele",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Claire",
        "Nicolas",
        "Élodie",
        "Thomas",
        "Manon",
        "Antoine",
        "Sophie",
        "Hugo",
        "Léa",
        "Mathieu",
        "Aurélie",
        "Guillaume",
        "Chloé",
        "Romain",
        "Pauline",
        "Maxime",
        "Inès",
        "Sébastien",
        "Margaux",
        "Olivier",
        "Lucie",
        "Benoît",
        "Anaïs",
        "Damien",
        "Céline",
        "Xavier",
        "Hélène",
        "Yannick",
    ],
    "en": [
        "Emma",
        "James",
        "Sophie",
        "Oliver",
        "Hannah",
        "Liam",
        "Grace",
        "Callum",
        "Niamh",
        "Tom",
        "Chloe",
        "Ryan",
        "Aoife",
        "Daniel",
        "Megan",
        "Sean",
    ],
    "de": [
        "Anna",
        "Jonas",
        "Katrin",
        "Lukas",
        "Miriam",
        "Felix",
        "Sabine",
        "Tobias",
        "Lena",
        "Stefan",
        "Julia",
        "Florian",
        "Nadine",
        "Moritz",
        "Verena",
        "Dominik",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Carmen",
        "Sergio",
        "Paula",
        "Álvaro",
        "Elena",
        "Rubén",
        "Nuria",
        "Diego",
        "Irene",
        "Adrián",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Miguel",
        "Sofia",
        "Pedro",
        "Joana",
        "Nuno",
        "Rita",
        "Hugo",
    ],
}
LAST: dict[str, list[str]] = {
    "it": [
        "Rossi",
        "Bianchi",
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
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
        "Rinaldi",
        "Caruso",
        "Ferrara",
        "Galli",
        "Martini",
        "Leone",
        "Longo",
        "Gentile",
        "Martinelli",
        "Vitale",
        "Serra",
        "Coppola",
        "Pellegrini",
        "Sala",
        "Testa",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
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
        "Garcia",
        "David",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
        "Morel",
        "Girard",
        "André",
        "Mercier",
        "Dupont",
        "Lambert",
        "Bonnet",
        "François",
        "Martinez",
        "Legrand",
        "Garnier",
        "Faure",
        "Rousseau",
        "Blanc",
        "Guérin",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Walsh",
        "Murphy",
        "Evans",
        "Wilson",
        "Kelly",
        "Roberts",
        "Byrne",
        "Hughes",
        "Doyle",
        "Clarke",
        "Ryan",
        "Wright",
        "Lynch",
        "Green",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Krüger",
        "Hartmann",
        "Lange",
        "Huber",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Romero",
        "Navarro",
        "Gil",
        "Serrano",
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
        "Ribeiro",
        "Carvalho",
    ],
}
TOWNS: dict[str, list[str]] = {
    "IT": [
        "Milano",
        "Torino",
        "Bologna",
        "Firenze",
        "Roma",
        "Verona",
        "Bergamo",
        "Padova",
        "Genova",
        "Napoli",
        "Parma",
        "Trento",
    ],
    "FR": [
        "Lyon",
        "Paris",
        "Nantes",
        "Bordeaux",
        "Lille",
        "Toulouse",
        "Rennes",
        "Annecy",
        "Montpellier",
        "Strasbourg",
        "Grenoble",
    ],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons"],
    "CH": ["Genève", "Lausanne", "Lugano", "Zürich", "Bellinzona", "Fribourg", "Basel"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "UK": ["London", "Manchester", "Bristol", "Leeds", "Edinburgh", "Brighton"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "DE": ["München", "Hamburg", "Köln", "Frankfurt", "Stuttgart", "Freiburg", "Leipzig"],
    "AT": ["Wien", "Graz", "Salzburg", "Innsbruck"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],
}
MARKETS: dict[str, list[str]] = {
    "it": ["IT"] * 8 + ["CH"],
    "fr": ["FR"] * 6 + ["BE", "BE", "CH", "LU"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
    "pt": ["PT"],
}
JOBS: dict[str, list[str]] = {
    "it": [
        "insegnante",
        "infermiera",
        "architetto",
        "commercialista",
        "farmacista",
        "grafica",
        "ingegnere",
        "avvocata",
        "fisioterapista",
        "impiegato in banca",
    ],
    "fr": [
        "professeure des écoles",
        "kiné",
        "comptable",
        "infirmier",
        "architecte",
        "pharmacienne",
        "chargé de clientèle",
        "développeuse",
        "sage-femme",
        "notaire",
    ],
    "en": ["nurse", "teacher", "software developer", "accountant", "physio", "solicitor"],
    "de": ["Lehrerin", "Ingenieur", "Apothekerin", "Steuerberater", "Pflegerin", "Architekt"],
    "es": ["enfermera", "profesor", "abogada", "ingeniero", "farmacéutica"],
    "pt": ["enfermeira", "professor", "engenheira", "contabilista", "arquiteto"],
}
AGENTS: dict[str, list[str]] = {
    "it": ["Marta (Mestolio)", "Gabriele (Mestolio)", "Noemi (Mestolio)"],
    "fr": ["Justine (Mestolio)", "Baptiste (Mestolio)", "Amandine (Mestolio)"],
    "en": ["Holly (Mestolio)", "Ciarán (Mestolio)"],
    "de": ["Theresa (Mestolio)", "Jan (Mestolio)"],
    "es": ["Rocío (Mestolio)", "Íñigo (Mestolio)"],
    "pt": ["Leonor (Mestolio)", "Duarte (Mestolio)"],
}

# (label, price in EUR)
PRODUCTS: list[tuple[str, int]] = [
    ("Dinner at home, 2 guests / Cena a casa, 2 ospiti", 149),
    ("Dinner at home, 4 guests / Cena a casa, 4 ospiti", 239),
    ("Dinner at home, 6 guests / Cena a casa, 6 ospiti", 329),
    ("Tasting menu, 8 guests / Menu degustazione, 8 ospiti", 520),
    ("Weekly meal prep, 10 portions / Meal prep settimanale, 10 porzioni", 119),
    ("Cooking class at home, 4 people / Corso di cucina a casa, 4 persone", 180),
    ("Birthday brunch, 10 guests / Brunch di compleanno, 10 ospiti", 390),
    ("Kids' pizza party, 8 children / Festa pizza bambini, 8 bimbi", 210),
    ("Gift card 100 / Buono regalo 100", 100),
]
PAGES = [
    "/menus",
    "/chefs",
    "/club",
    "/booking",
    "/how-it-works",
    "/gift-cards",
    "/faq/kitchen-check",
    "/menus/vegetarian",
    "/account/bookings",
    "/menus/seasonal",
]

PRAISE: dict[str, list[str]] = {
    "it": [
        "Ieri sera cena a casa con chef Mestolio per i 40 anni di mio marito. Risotto allo zafferano da piangere, e la cucina lasciata più pulita di prima!!",
        "Chef Ornella ha fatto le orecchiette a mano davanti ai bimbi, erano incantati. Mestolio promosso a pieni voti",
        "meal prep del lunedi fatto, 10 porzioni in frigo e settimana salvata. grz Mestolio",
        "Cena per 6 perfetta, tempi giusti, piatti caldi, e il cuoco simpaticissimo. Lo rifaremo per Natale",
        "Corso di cucina a casa con le amiche: abbiamo imparato la pasta fresca e riso tantissimo. Consigliatissimo Mestolio",
    ],
    "fr": [
        "Dîner à la maison avec un chef Mestolio hier soir pour nos 10 ans de mariage. Le bar en croûte de sel était parfait et la cuisine nickel après.",
        "Cours de cuisine à la maison avec les enfants : tarte aux pommes + quiche, tout le monde a adoré. Merci Mestolio",
        "Le meal prep du dimanche c'est vraiment une révolution pour nous, 10 portions et zéro stress la semaine",
        "bjr, juste pour dire que chef Karim était top samedi, ponctuel, souriant, et ses ravioles !!! Mestolio au top",
        "Brunch d'anniversaire pour 10, le chef a tout géré, même le gâteau. Mes invités demandent le contact 😄",
    ],
    "en": [
        "Chef came round for my mum's 70th, six of us, the lamb was unreal and the kitchen was cleaner than before. Cheers Mestolio",
        "Meal prep Sunday sorted by Mestolio again, ten portions in the fridge, honestly life changing with two kids",
    ],
    "de": [
        "Gestern Abend Koch von Mestolio zu Hause, Geburtstag meiner Frau, 6 Gänge und die Küche blitzsauber hinterlassen. Top!",
        "Kochkurs zu Hause mit Freunden gemacht, Gnocchi selber gerollt, war ein richtig schöner Abend. Danke Mestolio",
    ],
    "es": [
        "Cena en casa con chef de Mestolio para el cumple de mi madre, el arroz meloso de 10 y la cocina impecable. Repetiremos",
        "Clase de cocina en casa con mis amigas, nos reímos muchísimo y aprendimos a hacer pasta fresca. Gracias Mestolio",
    ],
    "pt": [
        "Jantar em casa com chef da Mestolio no aniversário do meu pai, bacalhau espetacular e a cozinha ficou impecável. Recomendo!",
        "Meal prep de domingo feito pela Mestolio, 10 doses no frigorífico, a semana fica muito mais fácil obg",
    ],
}
AGAIN: dict[str, list[str]] = {
    "it": [
        "Terza volta quest'anno che prendiamo lo chef Mestolio e ancora una volta tutto perfetto",
        "Di nuovo chef Ornella per la cena di famiglia, ormai la chiediamo per nome 😍",
        "Ancora una volta il meal prep settimanale puntualissimo, continuo a consigliarlo a tutti",
    ],
    "fr": [
        "Troisième dîner avec Mestolio cette année et toujours aussi bien, on ne s'en lasse pas",
        "Encore une fois chef Karim, encore une fois parfait. Mestolio c'est devenu notre rituel du samedi",
        "toujours ravie du meal prep, ça fait 4 mois et pas un raté",
    ],
    "en": ["Third time this year with a Mestolio chef and still nothing but brilliant"],
    "de": [
        "Schon wieder ein perfekter Abend mit Mestolio, dritte Buchung dieses Jahr und immer noch begeistert"
    ],
    "es": ["Tercera vez este año con chef de Mestolio y otra vez de diez"],
    "pt": ["Mais uma vez jantar com chef da Mestolio, terceira vez este ano e continua perfeito"],
}
GRIPE: dict[str, list[str]] = {
    "it": [
        "Cena buonissima, chef bravissimo. Unico appunto: l'app manda la ricevuta della spesa solo dopo una settimana, un po' scomodo",
        "Tutto ottimo, solo il dolce era un po' piccolo per 6. Per il resto 10 e lode",
    ],
    "fr": [
        "Super soirée, chef adorable. Seul bémol : le créneau d'arrivée de 2 heures, on ne sait jamais quand il arrive",
        "Très bon dîner, juste un peu trop salé pour ma belle-mère. Sinon rien à redire",
    ],
    "en": [
        "Lovely dinner, chef was great. Only gripe is the app won't let you change guest numbers after 6pm the day before"
    ],
    "de": [
        "Essen super, Koch sehr nett. Nur die Rechnung kommt als PDF ohne Aufschlüsselung, das nervt ein bisschen"
    ],
    "es": [
        "Cena buenísima, solo que el chef llegó con 20 minutos de retraso. Por lo demás, genial"
    ],
    "pt": ["Jantar excelente, só a sobremesa era pequena para 6 pessoas. De resto, tudo ótimo"],
}
REVIEW: dict[str, list[str]] = {
    "it": [
        "Chef puntuale e professionale, piatti ottimi",
        "Cena di compleanno riuscitissima, lo consiglio",
        "ottimo rapporto qualità prezzo, il corso di cucina vale ogni euro",
    ],
    "fr": [
        "Chef ponctuel, repas délicieux, cuisine rendue propre",
        "Parfait pour un anniversaire, je recommande",
        "Le cours de cuisine vaut vraiment le coup",
    ],
    "en": ["Brilliant chef, spotless kitchen after, will book again"],
    "de": ["Pünktlich, lecker, sauber. Gerne wieder"],
    "es": ["Chef puntual y simpático, comida riquísima"],
    "pt": ["Chef pontual e simpático, comida deliciosa"],
}
# (question, agent answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Ciao, lo chef porta lui i coltelli o deve trovare tutto a casa?",
            "Ciao! Lo chef porta coltelli e attrezzi suoi, a casa servono solo fornelli, forno e qualche pentola.",
        ),
        (
            "posso cambiare il menu fino a quando? cena sabato",
            "Puoi cambiare il menu fino a 48 ore prima, quindi entro giovedì sera per sabato.",
        ),
        (
            "Buongiorno, per 2 celiaci nel gruppo di 6 il menu è tutto senza glutine o solo i loro piatti?",
            "Buongiorno! Possiamo fare tutto il menu senza glutine, basta segnarlo nelle note della prenotazione.",
        ),
        ("il buono regalo scade?", "Il buono regalo vale 12 mesi dalla data di acquisto."),
    ],
    "fr": [
        (
            "Bonjour, est-ce que le chef fait aussi la vaisselle ?",
            "Bonjour ! Oui, le chef range et nettoie la cuisine avant de partir, vaisselle comprise.",
        ),
        (
            "on peut ajouter 2 invités à la dernière minute ?",
            "Jusqu'à 24 h avant, oui, directement dans l'app. Après, écrivez-nous et on voit avec le chef.",
        ),
        (
            "Bjr, le chef apporte ses courses ou je dois acheter quelque chose ?",
            "Bonjour ! Le chef fait toutes les courses, elles sont incluses dans le prix du menu.",
        ),
        (
            "Est-ce que vous faites des menus végétariens pour enfants ?",
            "Oui, il y a un menu enfants végétarien dans la rubrique Menus, filtrez par « enfants ».",
        ),
    ],
    "en": [
        (
            "hi does the chef need an oven or is a hob enough?",
            "Hi! Most menus need both, but the filter 'hob only' shows the ones that work without an oven.",
        ),
        (
            "Can I pay the gift card in two instalments?",
            "Not at the moment, sorry: gift cards are paid in one go.",
        ),
    ],
    "de": [
        (
            "Hallo, bringt der Koch eigenes Geschirr mit oder nehmen wir unseres?",
            "Hallo! Gekocht wird mit Ihrem Geschirr, Messer und Spezialgeräte bringt der Koch mit.",
        ),
        (
            "Kann ich den Kochkurs auch für 6 statt 4 Leute buchen?",
            "Ja, bis 8 Personen, der Preis passt sich in der App automatisch an.",
        ),
    ],
    "es": [
        (
            "hola, el chef trae la compra o tengo que comprar yo algo?",
            "¡Hola! El chef hace toda la compra, va incluida en el precio del menú.",
        ),
        (
            "Se puede reservar para un domingo a mediodía?",
            "Sí, hay turnos de comida los domingos desde las 12:00.",
        ),
    ],
    "pt": [
        (
            "olá o chef lava a loiça no fim?",
            "Olá! Sim, o chef arruma e limpa a cozinha antes de sair.",
        ),
        (
            "Dá para marcar jantar para 12 pessoas?",
            "Sim, até 14 pessoas com o menu de grupo, está na página Menus.",
        ),
    ],
}
THANKS: dict[str, list[str]] = {
    "it": ["grazie mille!", "perfetto grz", "Ok grazie, gentilissimi", "super, grazie 🙏"],
    "fr": ["merci beaucoup !", "top merci", "Parfait, merci bien", "ok super merci 🙏"],
    "en": ["brilliant thanks!", "perfect, cheers"],
    "de": ["super, danke!", "Perfekt, vielen Dank"],
    "es": ["genial, gracias!", "perfecto, mil gracias"],
    "pt": ["ótimo, obrigada!", "perfeito obg"],
}
# (subject, question, agent answer)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "Domanda sul Club",
            "Buongiorno, se mi iscrivo al Mestolio Club a metà mese lo sconto vale già per la cena di sabato prossimo? Grazie, {first}",
            "Buongiorno {first}, sì: lo sconto del Club vale da subito per tutte le prenotazioni non ancora pagate.",
        ),
        (
            "Fattura cena",
            "Salve, avrei bisogno della fattura intestata a mio marito per la cena del 14. Si può? Cordiali saluti",
            "Buongiorno, certo: può cambiare l'intestazione in Account > Fatture e scaricare di nuovo il PDF.",
        ),
        (
            "Allergie",
            "Ciao, una mia ospite è allergica alla frutta secca, lo chef lo sa se lo scrivo nelle note? Grazie",
            "Ciao {first}, sì, le note arrivano allo chef con il menu e lui ti chiama il giorno prima per conferma.",
        ),
    ],
    "fr": [
        (
            "Question Club Mestolio",
            "Bonjour, avec le Club est-ce que le changement de menu est gratuit même 24 h avant ? Merci d'avance, {first}",
            "Bonjour {first}, oui : pour les membres du Club, le changement de menu est gratuit jusqu'à 24 h avant.",
        ),
        (
            "Facture",
            "Bonjour, pourriez-vous m'envoyer la facture du dîner de samedi au nom de ma société ? Cordialement",
            "Bonjour, bien sûr : vous pouvez modifier le nom dans Compte > Factures puis télécharger à nouveau le PDF.",
        ),
        (
            "Cuisine petite",
            "Bonjour, ma cuisine est très petite (2 plaques), est-ce que ça pose problème pour un dîner pour 6 ? Merci",
            "Bonjour {first}, pas de souci : le chef adapte le menu, indiquez juste « 2 plaques » dans le contrôle cuisine.",
        ),
    ],
    "en": [
        (
            "Gift card question",
            "Hi, can a gift card be used for a cooking class as well as a dinner? Thanks, {first}",
            "Hi {first}, yes, gift cards work for every booking, classes included.",
        )
    ],
    "de": [
        (
            "Frage Allergien",
            "Hallo, meine Schwester hat eine Laktoseintoleranz, kann das Menü angepasst werden? Danke, {first}",
            "Hallo {first}, ja, einfach in den Notizen angeben, der Koch ruft am Vortag zur Bestätigung an.",
        )
    ],
    "es": [
        (
            "Pregunta Club",
            "Hola, el descuento del Club se aplica también a las clases de cocina? Gracias, {first}",
            "Hola {first}, sí, el descuento del Club vale para cenas, clases y meal prep.",
        )
    ],
    "pt": [
        (
            "Fatura",
            "Olá, preciso da fatura com o NIF do meu marido, é possível? Obrigada, {first}",
            "Olá {first}, sim, pode mudar o NIF em Conta > Faturas e descarregar de novo.",
        )
    ],
}
# (call transcript, agent's follow-up e-mail)
CALL_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "buongiorno volevo sapere se lo chef può venire anche alle sei e mezza perché abbiamo bambini piccoli grazie",
            "Buongiorno {first}, come detto al telefono: gli arrivi sono possibili dalle 17:30, l'ho segnato sulla sua prenotazione.",
        ),
        (
            "salve senta il corso di cucina si può regalare a mia sorella che abita a Parma",
            "Buongiorno {first}, le confermo: il buono corso vale in tutta Italia, anche a Parma. Il link per acquistarlo è nella sua area.",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut réserver un chef pour le réveillon du 31 merci",
            "Bonjour {first}, suite à votre appel : les réservations du 31 ouvrent le 1er octobre, je vous ai inscrite sur la liste d'attente.",
        ),
        (
            "bonjour c'est pour le cours de cuisine est-ce que les enfants de 8 ans peuvent participer",
            "Bonjour {first}, comme dit au téléphone : oui, dès 7 ans avec un adulte. Bonne journée !",
        ),
    ],
    "en": [
        (
            "hi there just wondering if the chef can bring a birthday cake as well or do we sort that ourselves thanks",
            "Hi {first}, following your call: yes, add the 'celebration cake' option to the booking, it's 25 for up to 10.",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob der Koch auch in einer Ferienwohnung kochen kann wir sind im Oktober am Gardasee",
            "Hallo {first}, wie am Telefon besprochen: ja, in jeder Ferienwohnung mit Küche, die Adresse einfach bei der Buchung angeben.",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si el chef puede venir a una casa rural a las afueras de Sevilla gracias",
            "Hola {first}, como hablamos por teléfono: sí, hasta 30 km de la ciudad sin suplemento.",
        )
    ],
    "pt": [
        (
            "olá boa tarde queria saber se o chef pode fazer um menu só de peixe para oito pessoas obrigado",
            "Olá {first}, como falámos: sim, o menu Mar serve até 10 pessoas, já o deixei marcado na sua conta.",
        )
    ],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["Bravissimi", "👍", "tutto perfetto", "ottimo", "😍"],
    "fr": ["Parfait", "👌", "top", "très bien", "super soirée"],
    "en": ["Great", "👍", "spot on"],
    "de": ["Super", "👍", "sehr gut"],
    "es": ["Genial", "👍", "todo perfecto"],
    "pt": ["Ótimo", "👍", "tudo perfeito"],
}
NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "Sono le 2 e ho appena finito di sistemare i bicchieri dopo la cena Mestolio. Stanca ma felicissima, serata da ricordare",
        "turno di notte in reparto, intanto ho prenotato lo chef per domenica a pranzo coi miei. Mestolio salva le famiglie",
        "insonnia e video delle ricette di chef Ornella su Mestolio, ora ho una fame assurda alle 3 di notte 😅",
    ],
    "fr": [
        "2h du mat, les derniers invités viennent de partir, le chef Mestolio nous a régalés. Quelle soirée",
        "garde de nuit à l'hôpital, j'en profite pour réserver le brunch de dimanche avec Mestolio. Hâte",
        "insomnie + vidéos des recettes Mestolio = j'ai faim à 3h du matin 😅",
    ],
    "en": ["3am and still buzzing from last night's dinner, the Mestolio chef nailed it"],
    "de": [
        "Nachtschicht vorbei, schnell noch den Koch für Sonntag gebucht. Mestolio rettet mein Wochenende"
    ],
    "es": ["Las 2 de la mañana y seguimos de sobremesa, el chef de Mestolio se ha lucido"],
    "pt": ["2 da manhã e ainda a arrumar depois do jantar, o chef da Mestolio foi incrível"],
}
NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "scusate l'ora, posso passare da 6 a 7 ospiti per domani sera?",
            "Ciao! Sì, fatto: domani 7 ospiti, lo chef è già avvisato.",
        ),
        (
            "lo chef di domani arriva con la spesa o devo lasciare il portone aperto per il fattorino?",
            "Ciao! Lo chef arriva con la spesa, nessun fattorino.",
        ),
    ],
    "fr": [
        (
            "désolée pour l'heure, je peux passer à 7 invités pour demain soir ?",
            "Bonsoir ! Oui, c'est fait : 7 invités demain, le chef est prévenu.",
        ),
        (
            "le chef de demain, il arrive avec les courses ou il faut que je sois là avant ?",
            "Bonsoir ! Il arrive avec les courses, soyez juste là à l'heure prévue.",
        ),
    ],
    "en": [
        (
            "sorry it's late, can I add a vegetarian option for tomorrow?",
            "Hi! Done, the chef will bring a veggie main for one.",
        )
    ],
    "de": [
        (
            "sorry für die Uhrzeit, geht morgen auch 19:30 statt 19 Uhr?",
            "Hallo! Ja, umgebucht auf 19:30, der Koch weiß Bescheid.",
        )
    ],
    "es": [
        (
            "perdón por la hora, puedo cambiar a 7 invitados para mañana?",
            "¡Hola! Hecho, mañana 7 invitados, el chef ya lo sabe.",
        )
    ],
    "pt": [
        (
            "desculpem a hora, posso passar para 7 pessoas amanhã?",
            "Olá! Feito, amanhã 7 pessoas, o chef já sabe.",
        )
    ],
}

PROBLEMS = ("no_show", "double_charge", "missing", "refund", "wrong_price", "cancel_fee")
# amount in EUR named by each problem (0: none)
PROBLEM_EUR = {
    "no_show": 239,
    "double_charge": 80,
    "missing": 0,
    "refund": 180,
    "wrong_price": 45,
    "cancel_fee": 60,
}

TOPIC: dict[str, dict[str, str]] = {
    "it": {
        "no_show": "chef mai arrivato",
        "double_charge": "caparra addebitata due volte",
        "missing": "spesa mancante, cena a metà",
        "refund": "rimborso cena annullata",
        "wrong_price": "prezzo non-socio al Club",
        "cancel_fee": "penale di cancellazione",
    },
    "fr": {
        "no_show": "chef jamais venu",
        "double_charge": "acompte débité deux fois",
        "missing": "courses manquantes, dîner à moitié",
        "refund": "remboursement du dîner annulé",
        "wrong_price": "tarif non-membre facturé",
        "cancel_fee": "frais d'annulation",
    },
    "en": {
        "no_show": "chef never showed up",
        "double_charge": "deposit taken twice",
        "missing": "half the shopping missing",
        "refund": "refund for cancelled dinner",
        "wrong_price": "charged non-member price",
        "cancel_fee": "cancellation fee",
    },
    "de": {
        "no_show": "Koch nie erschienen",
        "double_charge": "Anzahlung doppelt abgebucht",
        "missing": "Einkauf unvollständig",
        "refund": "Erstattung abgesagtes Essen",
        "wrong_price": "Nichtmitgliederpreis berechnet",
        "cancel_fee": "Stornogebühr",
    },
    "es": {
        "no_show": "el chef no vino",
        "double_charge": "señal cobrada dos veces",
        "missing": "faltaba media compra",
        "refund": "reembolso cena cancelada",
        "wrong_price": "precio de no socio",
        "cancel_fee": "penalización por cancelar",
    },
    "pt": {
        "no_show": "chef nunca apareceu",
        "double_charge": "sinal cobrado duas vezes",
        "missing": "faltava metade das compras",
        "refund": "reembolso do jantar cancelado",
        "wrong_price": "preço de não sócio",
        "cancel_fee": "taxa de cancelamento",
    },
}
CORE: dict[str, dict[str, list[str]]] = {
    "it": {
        "no_show": [
            "Sabato avevamo 6 ospiti e lo chef non si è MAI presentato. L'app diceva «chef in arrivo» fino alle 21, poi niente, nessuna chiamata. Abbiamo finito con le pizze da asporto e ho pagato {amt}.",
            "Cena per l'anniversario dei miei, chef mai arrivato. Nessuno risponde al telefono e l'app dice ancora «confermato». {amt} pagati per niente.",
        ],
        "double_charge": [
            "Mi avete addebitato DUE volte la caparra di {amt} per la stessa cena. Ora ho il conto in rosso e mi hanno respinto l'addebito dell'asilo.",
            "Caparra di {amt} presa due volte sulla carta per una sola prenotazione. Voglio indietro la seconda subito.",
        ],
        "missing": [
            "Lo chef è arrivato con metà della spesa: niente pesce per il secondo, niente dolce. Ha improvvisato con quello che c'era nel mio frigo. Cena da 8 persone rovinata.",
            "Menu degustazione e lo chef si presenta senza la carne e senza il formaggio. «Il fornitore era chiuso». E io cosa servo ai miei ospiti?",
        ],
        "refund": [
            "Avete annullato voi la cena (chef malato) tre settimane fa e i {amt} non sono ancora tornati. Ogni volta mi dite «5 giorni lavorativi».",
            "Cena annullata da Mestolio il giorno stesso, rimborso di {amt} promesso e mai arrivato. Sono passate TRE settimane.",
        ],
        "wrong_price": [
            "Sono socia del Club da un anno e mi avete fatto pagare il prezzo da non socio, {amt} in più. L'app mi mostra come socia, la fattura no.",
            "Iscritto al Club, pagato la quota, e la cena di sabato costa {amt} in più del prezzo socio. Che senso ha il Club allora?",
        ],
        "cancel_fee": [
            "Ho cancellato CINQUE giorni prima e mi avete preso {amt} di penale. Le vostre condizioni dicono 48 ore.",
            "Penale di {amt} per una cancellazione fatta il lunedì per il sabato. Non esiste.",
        ],
    },
    "fr": {
        "no_show": [
            "Samedi on avait 6 invités et le chef n'est JAMAIS venu. L'appli affichait « chef en route » jusqu'à 21h, puis plus rien, aucun appel. On a fini avec des pizzas et j'ai payé {amt}.",
            "Dîner pour l'anniversaire de mes parents, chef jamais arrivé. Personne au téléphone et l'appli dit toujours « confirmé ». {amt} payés pour rien.",
        ],
        "double_charge": [
            "Vous m'avez prélevé DEUX fois l'acompte de {amt} pour le même dîner. Résultat, découvert et prélèvement de la cantine rejeté.",
            "Acompte de {amt} débité deux fois sur ma carte pour une seule réservation. Je veux le deuxième remboursé tout de suite.",
        ],
        "missing": [
            "Le chef est arrivé avec la moitié des courses : pas de poisson pour le plat, pas de dessert. Il a improvisé avec ce qu'il y avait dans mon frigo. Dîner pour 8 gâché.",
            "Menu dégustation et le chef arrive sans la viande et sans les fromages. « Le fournisseur était fermé ». Et je sers quoi à mes invités moi ?",
        ],
        "refund": [
            "C'est vous qui avez annulé le dîner (chef malade) il y a trois semaines et les {amt} ne sont toujours pas revenus. À chaque fois « 5 jours ouvrés ».",
            "Dîner annulé par Mestolio le jour même, remboursement de {amt} promis et jamais reçu. Ça fait TROIS semaines.",
        ],
        "wrong_price": [
            "Je suis membre du Club depuis un an et vous m'avez facturé le tarif non-membre, {amt} de plus. L'appli me montre membre, la facture non.",
            "Membre du Club, cotisation payée, et le dîner de samedi coûte {amt} de plus que le prix membre. À quoi sert le Club alors ?",
        ],
        "cancel_fee": [
            "J'ai annulé CINQ jours avant et vous m'avez pris {amt} de frais. Vos conditions disent 48 heures.",
            "{amt} de frais pour une annulation faite le lundi pour le samedi. C'est n'importe quoi.",
        ],
    },
    "en": {
        "no_show": [
            "Six guests on Saturday and the chef NEVER turned up. App said 'chef on the way' till 9pm then nothing, no call. We ended up with takeaway and I paid {amt}."
        ],
        "double_charge": [
            "You've taken the {amt} deposit TWICE for the same dinner. Now I'm overdrawn and the nursery direct debit bounced."
        ],
        "missing": [
            "Chef arrived with half the shopping, no fish for the main and no dessert. He made do with whatever was in my fridge. Dinner for 8 ruined."
        ],
        "refund": [
            "You cancelled the dinner yourselves (chef ill) three weeks ago and the {amt} still isn't back. Every time it's 'five working days'."
        ],
        "wrong_price": [
            "I've been a Club member for a year and got charged the non-member price, {amt} more. The app shows me as a member, the invoice doesn't."
        ],
        "cancel_fee": [
            "I cancelled FIVE days ahead and you charged me a {amt} fee. Your own terms say 48 hours."
        ],
    },
    "de": {
        "no_show": [
            "Samstag 6 Gäste und der Koch ist NIE gekommen. Die App zeigte bis 21 Uhr „Koch unterwegs“, dann nichts, kein Anruf. Am Ende Pizza bestellt und {amt} bezahlt."
        ],
        "double_charge": [
            "Sie haben die Anzahlung von {amt} ZWEIMAL abgebucht, für dasselbe Essen. Jetzt ist mein Konto im Minus und die Kita-Lastschrift ist geplatzt."
        ],
        "missing": [
            "Der Koch kam mit dem halben Einkauf, kein Fisch für den Hauptgang, kein Dessert. Er hat improvisiert mit dem, was in meinem Kühlschrank war. Essen für 8 ruiniert."
        ],
        "refund": [
            "Sie haben das Essen selbst abgesagt (Koch krank), vor drei Wochen, und die {amt} sind immer noch nicht zurück. Jedes Mal heißt es „5 Werktage“."
        ],
        "wrong_price": [
            "Ich bin seit einem Jahr im Club und mir wurde der Nichtmitgliederpreis berechnet, {amt} mehr. In der App bin ich Mitglied, auf der Rechnung nicht."
        ],
        "cancel_fee": [
            "Ich habe FÜNF Tage vorher storniert und Sie berechnen {amt} Stornogebühr. In Ihren eigenen AGB stehen 48 Stunden."
        ],
    },
    "es": {
        "no_show": [
            "El sábado teníamos 6 invitados y el chef NO vino. La app decía «chef en camino» hasta las 21h y luego nada, ni una llamada. Acabamos pidiendo pizzas y pagué {amt}."
        ],
        "double_charge": [
            "Me habéis cobrado DOS veces la señal de {amt} por la misma cena. Ahora estoy en números rojos y me han devuelto el recibo de la guardería."
        ],
        "missing": [
            "El chef llegó con la mitad de la compra, sin pescado para el segundo y sin postre. Improvisó con lo que había en mi nevera. Cena para 8 arruinada."
        ],
        "refund": [
            "Cancelasteis vosotros la cena (chef enfermo) hace tres semanas y los {amt} siguen sin volver. Siempre «5 días hábiles»."
        ],
        "wrong_price": [
            "Soy socia del Club desde hace un año y me habéis cobrado precio de no socio, {amt} más. En la app salgo como socia, en la factura no."
        ],
        "cancel_fee": [
            "Cancelé CINCO días antes y me habéis cobrado {amt} de penalización. Vuestras condiciones dicen 48 horas."
        ],
    },
    "pt": {
        "no_show": [
            "No sábado tínhamos 6 convidados e o chef NUNCA apareceu. A app dizia «chef a caminho» até às 21h e depois nada, nem uma chamada. Acabámos com pizzas e paguei {amt}."
        ],
        "double_charge": [
            "Cobraram DUAS vezes o sinal de {amt} pelo mesmo jantar. Agora estou a descoberto e a creche devolveu o débito."
        ],
        "missing": [
            "O chef chegou com metade das compras, sem peixe para o prato principal e sem sobremesa. Improvisou com o que havia no meu frigorífico. Jantar para 8 estragado."
        ],
        "refund": [
            "Foram vocês que cancelaram o jantar (chef doente) há três semanas e os {amt} ainda não voltaram. É sempre «5 dias úteis»."
        ],
        "wrong_price": [
            "Sou sócia do Club há um ano e cobraram-me o preço de não sócio, {amt} a mais. Na app apareço como sócia, na fatura não."
        ],
        "cancel_fee": [
            "Cancelei CINCO dias antes e cobraram-me {amt} de taxa. As vossas condições dizem 48 horas."
        ],
    },
}
DEMAND: dict[str, list[str]] = {
    "it": [
        "Aspetto una risposta seria entro oggi.",
        "Voglio i miei soldi indietro, non un buono.",
        "Sono davvero delusa, fatemi sapere.",
        "Rispondetemi per favore.",
    ],
    "fr": [
        "J'attends une réponse aujourd'hui.",
        "Je veux être remboursé, pas un bon d'achat.",
        "Franchement déçue, merci de me répondre.",
        "Merci de me rappeler.",
    ],
    "en": ["I expect an answer today.", "I want my money back, not a voucher."],
    "de": ["Ich erwarte heute noch eine Antwort.", "Ich will mein Geld zurück, keinen Gutschein."],
    "es": ["Espero respuesta hoy mismo.", "Quiero mi dinero, no un vale."],
    "pt": ["Espero resposta hoje.", "Quero o meu dinheiro, não um vale."],
}
COMPLAINT_SUBJECT = {
    "it": "Reclamo: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT = {
    "it": "R: Caso {case}",
    "fr": "RE : Dossier {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "es": "RE: Incidencia {case}",
    "pt": "RE: Pedido {case}",
}
CHAT_OPEN: dict[str, list[str]] = {
    "it": ["ciao,", "Buonasera.", "salve ho un problema.", ""],
    "fr": ["bonjour,", "Bonsoir.", "bjr j'ai un souci.", ""],
    "en": ["hi,", ""],
    "de": ["Hallo,", ""],
    "es": ["hola,", ""],
    "pt": ["olá,", ""],
}
SOCIAL_TAIL: dict[str, list[str]] = {
    "it": [
        "Complimenti Mestolio 👎",
        "Vergogna Mestolio.",
        "Mestolio mai più.",
        "Mestolio rispondete?",
    ],
    "fr": [
        "Bravo Mestolio 👎",
        "La honte Mestolio.",
        "Mestolio, vous répondez quand ?",
        "Plus jamais Mestolio.",
    ],
    "en": ["Cheers Mestolio 👎", "Sort it out Mestolio."],
    "de": ["Danke für nichts, Mestolio 👎", "Mestolio, was soll das?"],
    "es": ["Gracias por nada Mestolio 👎", "Mestolio, ¿me explicáis esto?"],
    "pt": ["Obrigada por nada Mestolio 👎", "Mestolio, expliquem-me isto."],
}
CALL_OPEN = {
    "it": "pronto buongiorno chiamo perché",
    "fr": "oui bonjour j'appelle parce que",
    "en": "hi yeah I'm calling because",
    "de": "ja hallo ich rufe an weil",
    "es": "hola buenas llamo porque",
    "pt": "olá bom dia estou a ligar porque",
}
CALL_CLOSE = {
    "it": "mi richiamate per favore",
    "fr": "rappelez-moi s'il vous plaît",
    "en": "can someone call me back please",
    "de": "rufen Sie mich bitte zurück",
    "es": "me llaman por favor",
    "pt": "liguem-me de volta por favor",
}
LETTER: dict[str, list[str]] = {
    "it": [
        "Gentile servizio clienti Mestolio,\n\nvi scrivo dalla sala d'attesa dell'ortopedico, dove accompagno mia madre che si è rotta il polso, quindi perdonate se sarò lunga. Usiamo Mestolio da due anni, per tutte le feste di famiglia, e vi ho sempre consigliati alle colleghe.\n\nPerò questa volta non ci siamo. {core}\n\nCapisco che gli errori capitano, ma nessuno mi ha ancora spiegato niente e io tra lavoro, mamma e bambini non ho il tempo di rincorrervi. {demand}\n\nCordiali saluti,\n{name}",
        "Buongiorno,\n\nscrivo in macchina fuori dalla piscina dove i gemelli fanno il corso, l'unico momento libero della settimana. Da quando abbiamo traslocato nella casa nuova la cena con lo chef era il nostro modo per rivedere gli amici.\n\nVi racconto cosa è successo. {core}\n\nNon voglio fare polemica sui social, voglio solo che qualcuno se ne occupi. {demand}\n\nGrazie,\n{name}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, donc pardon pour la longueur. Nous sommes clients Mestolio depuis bientôt deux ans et je vous ai recommandés à toute ma famille.\n\nMais cette fois, ça ne va pas. {core}\n\nJe comprends que des erreurs arrivent, mais personne ne m'a rien expliqué et entre le travail, les enfants et les travaux de la maison de ma grand-mère, je n'ai pas le temps de vous courir après. {demand}\n\nCordialement,\n{name}",
        "Bonjour,\n\nje profite d'une pause sur le marché (je tiens un stand de fromages le samedi) pour vous écrire. Le dîner avec un chef Mestolio, c'était notre petit luxe une fois par mois depuis que mon mari a changé de travail.\n\nVoici ce qui s'est passé. {core}\n\nJe ne veux pas faire de scandale sur les réseaux, je veux juste une solution. {demand}\n\nBien à vous,\n{name}",
    ],
}
AG_CASE_MAIL: dict[str, list[str]] = {
    "it": [
        "Buongiorno {first}, ci dispiace davvero. Abbiamo aperto il caso {case} ({topic}) e un collega la ricontatta entro 24 ore. Marta, Mestolio",
        "Gentile {first}, grazie per la segnalazione: caso {case} aperto ({topic}). La aggiorniamo al più presto.",
    ],
    "fr": [
        "Bonjour {first}, nous sommes vraiment désolés. Le dossier {case} ({topic}) est ouvert, un collègue vous recontacte sous 24 h.",
        "Bonjour {first}, merci pour votre message : dossier {case} ouvert ({topic}). Nous revenons vers vous très vite.",
    ],
    "en": [
        "Hi {first}, really sorry about this. We've opened case {case} ({topic}) and someone will get back to you within 24 hours."
    ],
    "de": [
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} ({topic}) eröffnet und melden uns innerhalb von 24 Stunden."
    ],
    "es": [
        "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} ({topic}) y te contestamos en 24 horas."
    ],
    "pt": [
        "Olá {first}, lamentamos muito. Abrimos o pedido {case} ({topic}) e respondemos em 24 horas."
    ],
}
AG_CASE_CHAT = {
    "it": "Mi dispiace molto {first}. Ho aperto il caso {case}, ti scriviamo per mail entro oggi.",
    "fr": "Je suis vraiment désolée {first}. J'ai ouvert le dossier {case}, on vous écrit par mail dans la journée.",
    "en": "So sorry {first}. I've opened case {case}, we'll email you today.",
    "de": "Das tut mir leid, {first}. Ich habe den Vorgang {case} eröffnet, Sie bekommen heute noch eine Mail.",
    "es": "Lo siento mucho {first}. He abierto la incidencia {case}, te escribimos hoy por correo.",
    "pt": "Lamento muito {first}. Abri o pedido {case}, escrevemos-lhe hoje por email.",
}
AG_QUALITY = {
    "it": "Buongiorno {first}, il suo caso {case} è ora nelle mani della nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "fr": "Bonjour {first}, votre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an.",
    "es": "Hola {first}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "pt": "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço.",
}
AG_WELCOME = {
    "it": "Grazie a lei {first}, buona giornata!",
    "fr": "Merci à vous {first}, bonne journée !",
    "en": "Thanks {first}, have a good day!",
    "de": "Danke Ihnen, {first}, schönen Tag noch!",
    "es": "Gracias a ti {first}, ¡buen día!",
    "pt": "Nós é que agradecemos, {first}, bom dia!",
}
AG_URGENT = {
    "it": "Aggiunto al caso {case} e segnato come urgente. Scusaci ancora.",
    "fr": "Ajouté au dossier {case} et marqué urgent. Encore désolée.",
    "en": "Added to case {case} and marked urgent. Sorry again.",
    "de": "Zum Vorgang {case} hinzugefügt und als dringend markiert. Nochmals Entschuldigung.",
    "es": "Añadido a la incidencia {case} y marcado como urgente. Perdona de nuevo.",
    "pt": "Acrescentado ao pedido {case} e marcado como urgente. Mais uma vez, desculpe.",
}
AG_GOOD_NEWS = {
    "it": "Buone notizie sul caso {case} ({topic}): abbiamo sistemato tutto e l'importo è in restituzione. Può confermarci che per lei è tutto a posto?",
    "fr": "Bonne nouvelle pour le dossier {case} ({topic}) : c'est réglé et le montant est en cours de remboursement. Pouvez-vous nous confirmer que tout est en ordre ?",
    "en": "Good news on case {case} ({topic}): it's sorted and the money is on its way back. Could you confirm all is fine on your side?",
    "de": "Gute Nachrichten zu Vorgang {case} ({topic}): erledigt, der Betrag wird erstattet. Können Sie uns bestätigen, dass alles passt?",
    "es": "Buenas noticias sobre la incidencia {case} ({topic}): resuelto y el importe ya está en devolución. ¿Nos confirmas que todo está bien?",
    "pt": "Boas notícias sobre o pedido {case} ({topic}): resolvido e o valor já está a ser devolvido. Pode confirmar que está tudo bem?",
}
CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, caso {case} risolto, soldi arrivati. Grazie!",
        "Tutto a posto per il caso {case}, grazie della pazienza",
    ],
    "fr": [
        "Je confirme, dossier {case} réglé, remboursement reçu. Merci !",
        "Tout est bon pour le dossier {case}, merci pour votre patience",
    ],
    "en": ["Confirmed, case {case} sorted, money's back. Thanks!"],
    "de": ["Bestätigt, Vorgang {case} erledigt, Geld ist da. Danke!"],
    "es": ["Confirmado, incidencia {case} resuelta, ya tengo el dinero. ¡Gracias!"],
    "pt": ["Confirmo, pedido {case} resolvido, o dinheiro já chegou. Obrigada!"],
}
APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per ieri, ero furiosa e ho esagerato. Grazie per aver sistemato il caso {case}",
        "scusa per i toni di ieri, caso {case} risolto, grazie davvero",
    ],
    "fr": [
        "Désolée pour hier, j'étais furieuse. Merci d'avoir réglé le dossier {case}",
        "pardon pour le ton d'hier, dossier {case} réglé, merci vraiment",
    ],
    "en": ["Sorry about yesterday, I was fuming. Thanks for sorting case {case}"],
    "de": ["Entschuldigung für gestern, ich war sauer. Danke, dass Vorgang {case} erledigt ist"],
    "es": ["Perdón por lo de ayer, estaba furiosa. Gracias por resolver la incidencia {case}"],
    "pt": ["Desculpem por ontem, estava furiosa. Obrigada por resolverem o pedido {case}"],
}
LOW_CSAT: dict[str, list[str]] = {
    "it": ["pessimo", "", "deludente"],
    "fr": ["nul", "", "décevant"],
    "en": ["awful", ""],
    "de": ["schlecht", ""],
    "es": ["fatal", ""],
    "pt": ["péssimo", ""],
}
LOW_NPS: dict[str, list[str]] = {
    "it": ["Non vi consiglierei a nessuno dopo questa", "", "Finché non risolvete, no"],
    "fr": ["Pas après ça", "", "Tant que ce n'est pas réglé, non"],
    "en": ["Not after this", ""],
    "de": ["Nicht nach dieser Sache", ""],
    "es": ["Después de esto, no", ""],
    "pt": ["Depois disto, não", ""],
}
# repeat contacts: second, third (competitor), fourth
AGAIN_OPEN: dict[str, list[str]] = {
    "it": [
        "Caso {case}: ancora niente. {topic_cap}, e nessuno mi ha risposto. Scrivo di nuovo.",
        "Riscrivo per il caso {case}, ancora aperto: {topic}. Quanto devo aspettare?",
        "caso {case} sempre aperto ({topic}), mi avevate detto 24 ore",
    ],
    "fr": [
        "Dossier {case} : toujours rien. {topic_cap}, et aucune réponse. Je réécris.",
        "Je relance pour le dossier {case}, toujours ouvert : {topic}. Il faut attendre combien ?",
        "dossier {case} toujours pas réglé ({topic}), vous aviez dit 24h",
    ],
    "en": [
        "Case {case}: still nothing. {topic_cap}, and no reply. Writing again.",
        "Chasing case {case} again, still open: {topic}.",
    ],
    "de": [
        "Vorgang {case}: immer noch nichts. {topic_cap}, keine Antwort. Ich schreibe nochmal.",
        "Nochmal zu Vorgang {case}, immer noch offen: {topic}.",
    ],
    "es": [
        "Incidencia {case}: sigue sin resolver. {topic_cap}, y nadie contesta. Escribo otra vez.",
        "Otra vez por la incidencia {case}, sigue abierta: {topic}.",
    ],
    "pt": [
        "Pedido {case}: ainda nada. {topic_cap}, e ninguém responde. Escrevo outra vez.",
        "Outra vez o pedido {case}, continua aberto: {topic}.",
    ],
}
THIRD: dict[str, list[str]] = {
    "it": [
        "Terza volta che scrivo per il caso {case} ({topic}). Una mia collega prenota da {comp} e a lei risolvono tutto in giornata.",
        "Caso {case}, terzo messaggio, {topic}. Ho guardato i prezzi di {comp}, sono pure più bassi.",
    ],
    "fr": [
        "Troisième fois que j'écris pour le dossier {case} ({topic}). Une collègue réserve chez {comp} et chez eux c'est réglé dans la journée.",
        "Dossier {case}, troisième message, {topic}. J'ai regardé les prix de {comp}, ils sont même moins chers.",
    ],
    "en": [
        "Third time writing about case {case} ({topic}). A friend books with {comp} and they sort this kind of thing the same day."
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {case} ({topic}). Eine Kollegin bucht bei {comp}, da ist sowas am selben Tag erledigt."
    ],
    "es": [
        "Tercera vez que escribo por la incidencia {case} ({topic}). Una compañera reserva con {comp} y se lo arreglan el mismo día."
    ],
    "pt": [
        "Terceira vez que escrevo sobre o pedido {case} ({topic}). Uma colega reserva na {comp} e resolvem tudo no mesmo dia."
    ],
}
FOURTH: dict[str, list[str]] = {
    "it": [
        "QUARTA volta. Caso {case}, {topic}, sempre aperto. Basta.",
        "è la QUARTA volta che vi contatto per il caso {case}. {topic_cap}. Vi sembra normale?",
    ],
    "fr": [
        "QUATRIÈME fois. Dossier {case}, {topic}, toujours ouvert. Ça suffit.",
        "c'est la QUATRIÈME fois que je vous contacte pour le dossier {case}. {topic_cap}. Vous trouvez ça normal ?",
    ],
    "en": ["FOURTH time. Case {case}, {topic}, still open. Enough."],
    "de": ["Zum VIERTEN Mal. Vorgang {case}, {topic}, immer noch offen. Jetzt reichts."],
    "es": ["CUARTA vez. Incidencia {case}, {topic}, sigue abierta. Ya está bien."],
    "pt": ["QUARTA vez. Pedido {case}, {topic}, continua aberto. Chega."],
}
# six-step slide per language ({amt} a 40 EUR "kitchen cleaning fee", {comp})
SLIDE: dict[str, list[list[str]]] = {
    "it": [
        [
            "Chef arrivato con due ore di ritardo ieri, senza una chiamata. Ospiti affamati, ma almeno la cena era buona",
            "Seconda cena di fila con ingredienti poco freschi, il pesce «fresco» era chiaramente surgelato. Peccato, prima non era così",
            "Cucina lasciata sporca, pentole nel lavello e olio sul piano. Prima lo chef puliva tutto, ora no",
            "Caparra raddoppiata «per le feste» e una settimana per riaverla. Mestolio sta diventando un'altra cosa",
            "ADESSO BASTA: {amt} di «pulizia cucina» addebitati, con le foto dell'app che mostrano la cucina in disordine lasciata DA VOI. Ridicolo",
            "Mia cognata prenota lo chef da {comp}, ho prenotato lì anche io per sabato. Vediamo",
        ],
        [
            "Ieri lo chef è arrivato alle 21:30 per una cena delle 19:30, nessun avviso. Un po' deluso",
            "Porzioni sempre più piccole, per 6 sembrava un menu per 4. Non era così l'anno scorso",
            "Cucina lasciata in disordine stavolta, ho pulito io fino all'una",
            "Caparra doppia e rimborso dopo 8 giorni, con tanto di «è la nuova policy». Mah",
            "Mi avete addebitato {amt} di «pulizia straordinaria» per una cucina che ho pulito IO. Vergogna",
            "Il mio vicino usa {comp} da mesi, sabato provo loro. Ho già prenotato",
        ],
    ],
    "fr": [
        [
            "Chef arrivé avec deux heures de retard hier, sans prévenir. Invités affamés, mais le repas était bon",
            "Deuxième dîner de suite avec des produits pas frais, le poisson « frais » était clairement surgelé. Dommage, avant c'était pas comme ça",
            "Cuisine laissée sale, casseroles dans l'évier et huile sur le plan de travail. Avant le chef nettoyait tout",
            "Acompte doublé « pour les fêtes » et une semaine pour le récupérer. Mestolio change, et pas en mieux",
            "CETTE FOIS C'EST TROP : {amt} de « nettoyage cuisine » facturés, alors que les photos de l'appli montrent la cuisine laissée en désordre PAR VOUS. Ridicule",
            "Ma belle-sœur réserve ses chefs chez {comp}, j'ai réservé chez eux pour samedi. On verra",
        ],
        [
            "Hier le chef est arrivé à 21h30 pour un dîner prévu à 19h30, aucun message. Un peu déçu",
            "Portions de plus en plus petites, pour 6 on aurait dit un menu pour 4. C'était pas comme ça l'an dernier",
            "Cuisine laissée en bazar cette fois, j'ai nettoyé jusqu'à 1h",
            "Acompte doublé et remboursé au bout de 8 jours, avec « c'est la nouvelle politique ». Bof",
            "Vous m'avez facturé {amt} de « nettoyage exceptionnel » pour une cuisine que J'AI nettoyée. La honte",
            "Mon voisin passe par {comp} depuis des mois, samedi je teste. C'est réservé",
        ],
    ],
    "en": [
        [
            "Chef two hours late last night, no call. Guests starving, food was good at least",
            "Second dinner in a row with not-so-fresh stuff, the 'fresh' fish was obviously frozen. Shame, it didn't used to be like this",
            "Kitchen left dirty, pans in the sink and oil all over the worktop. Chefs used to clean everything",
            "Deposit doubled 'for the holidays' and a week to get it back. Mestolio isn't what it was",
            "THAT'S IT: {amt} 'kitchen cleaning fee' charged when the app's own photos show the mess YOUR chef left. Ridiculous",
            "My sister-in-law books her chef with {comp}, I've booked them for Saturday. We'll see",
        ]
    ],
    "de": [
        [
            "Koch gestern zwei Stunden zu spät, ohne Anruf. Gäste hungrig, Essen immerhin gut",
            "Zweites Essen hintereinander mit nicht frischen Zutaten, der „frische“ Fisch war eindeutig TK. Schade, früher war das anders",
            "Küche dreckig hinterlassen, Töpfe in der Spüle, Öl auf der Arbeitsplatte. Früher wurde alles geputzt",
            "Anzahlung „für die Feiertage“ verdoppelt und eine Woche bis zur Rückzahlung. Mestolio ist nicht mehr, was es war",
            "JETZT REICHTS: {amt} „Küchenreinigung“ berechnet, obwohl die Fotos in der App zeigen, dass IHR Koch das Chaos hinterlassen hat",
            "Meine Schwägerin bucht ihren Koch bei {comp}, ich hab für Samstag auch dort gebucht. Mal sehen",
        ]
    ],
    "es": [
        [
            "Chef con dos horas de retraso ayer, sin llamar. Invitados muertos de hambre, la comida bien al menos",
            "Segunda cena seguida con producto poco fresco, el pescado «fresco» era congelado. Antes no era así",
            "Cocina sucia al irse, ollas en el fregadero y aceite en la encimera. Antes lo dejaban todo limpio",
            "Señal doblada «por las fiestas» y una semana para devolverla. Mestolio ya no es lo que era",
            "YA ESTÁ BIEN: {amt} de «limpieza de cocina» cuando las fotos de la app muestran el desastre que dejó VUESTRO chef",
            "Mi cuñada reserva el chef con {comp}, ya he reservado con ellos para el sábado. A ver",
        ]
    ],
    "pt": [
        [
            "Chef duas horas atrasado ontem, sem avisar. Convidados cheios de fome, ao menos a comida estava boa",
            "Segundo jantar seguido com produtos pouco frescos, o peixe «fresco» era congelado. Antes não era assim",
            "Cozinha deixada suja, tachos no lava-loiça e óleo na bancada. Antes limpavam tudo",
            "Sinal a dobrar «por causa das festas» e uma semana para o devolverem. A Mestolio já não é o que era",
            "CHEGA: {amt} de «limpeza da cozinha» quando as fotos da própria app mostram a confusão que o VOSSO chef deixou",
            "A minha cunhada marca o chef na {comp}, já marquei lá para sábado. Vamos ver",
        ]
    ],
}
SLIDE_FEE_EUR = 40
LEAVE: dict[str, list[str]] = {
    "it": [
        "Buongiorno, dopo il corso di cucina ho scoperto che mi piace cucinare io e ormai gli amici li invito così. Vorrei disdire il Mestolio Club e chiudere l'account. Grazie di tutto, {first}",
        "Salve, ci trasferiamo in un monolocale a Milano e di cene per 6 non se ne parla più. Per favore cancellate la mia iscrizione al Club e chiudete l'account. {first}",
    ],
    "fr": [
        "Bonjour, depuis la naissance de notre fils on ne reçoit plus du tout. Je souhaite résilier le Club Mestolio et fermer mon compte. Merci pour tout, {first}",
        "Bonjour, on part vivre dans un studio à Bruxelles, plus de place pour recevoir. Merci de résilier mon abonnement Club et de fermer le compte. {first}",
    ],
    "en": [
        "Hi, we've moved into a tiny flat and dinner parties are over for now. Please cancel my Mestolio Club and close the account. Thanks for everything, {first}"
    ],
    "de": [
        "Hallo, nach dem Kochkurs koche ich jetzt selbst für Freunde. Bitte kündigen Sie meinen Mestolio Club und schließen Sie das Konto. Danke, {first}"
    ],
    "es": [
        "Hola, nos mudamos a un piso pequeño y se acabaron las cenas en casa. Quiero darme de baja del Club y cerrar la cuenta. Gracias por todo, {first}"
    ],
    "pt": [
        "Olá, mudámos para um T0 e acabaram-se os jantares cá em casa. Quero cancelar o Mestolio Club e fechar a conta. Obrigada por tudo, {first}"
    ],
}
LEAVE_SUBJECT = {
    "it": "Disdetta Club",
    "fr": "Résiliation Club",
    "en": "Cancel membership",
    "de": "Kündigung Club",
    "es": "Baja del Club",
    "pt": "Cancelar Club",
}
AG_SORRY_GO = {
    "it": "Buongiorno {first}, ci dispiace vederla andare via. Può disdire il Club e chiudere l'account da sola in Account > Abbonamento, in app o sul sito.",
    "fr": "Bonjour {first}, nous sommes tristes de vous voir partir. Vous pouvez résilier le Club et fermer le compte vous-même dans Compte > Abonnement, dans l'appli ou sur le site.",
    "en": "Hi {first}, sorry to see you go. You can cancel the Club and close your account yourself under Account > Membership, in the app or on the website.",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können den Club und das Konto selbst unter Konto > Mitgliedschaft kündigen, in der App oder auf der Website.",
    "es": "Hola {first}, sentimos que te vayas. Puedes darte de baja del Club y cerrar la cuenta tú misma en Cuenta > Suscripción, en la app o en la web.",
    "pt": "Olá {first}, temos pena que saia. Pode cancelar o Club e fechar a conta em Conta > Subscrição, na app ou no site.",
}
GRUMBLE: dict[str, list[str]] = {
    "it": [
        "L'app mi slogga OGNI volta che la apro, devo rifare il login sempre",
        "Il promemoria «il tuo chef arriva oggi» alle 6 di mattina anche no",
        "finestra di arrivo dello chef di 2 ore, e io aspetto in casa come per l'idraulico",
        "Le foto dei piatti nel menu non c'entrano niente con quello che arriva in tavola",
        "Ricevuta della spesa dello chef arrivata dopo 10 giorni, come sempre",
        "Cambiate lo chef all'ultimo e nessuno avvisa",
        "Il filtro vegetariano si azzera ogni volta che torno indietro",
    ],
    "fr": [
        "L'appli me déconnecte à CHAQUE ouverture, faut se reconnecter tout le temps",
        "Le rappel « votre chef arrive aujourd'hui » à 6h du matin, non merci",
        "Créneau d'arrivée du chef de 2 heures, j'attends chez moi comme pour le plombier",
        "Les photos des plats dans le menu n'ont rien à voir avec ce qui arrive dans l'assiette",
        "Ticket des courses du chef reçu au bout de 10 jours, comme d'hab",
        "Vous changez de chef au dernier moment et personne ne prévient",
        "Le filtre végétarien se réinitialise à chaque retour en arrière",
    ],
    "en": [
        "App logs me out EVERY time I open it",
        "The 'your chef arrives today' reminder at 6am, no thanks",
        "Two-hour arrival window for the chef, like waiting for a plumber",
        "Menu photos look nothing like what ends up on the plate",
        "Chef's shopping receipt turned up 10 days later, as usual",
    ],
    "de": [
        "Die App loggt mich JEDES Mal aus",
        "Erinnerung „Ihr Koch kommt heute“ um 6 Uhr morgens, nein danke",
        "Zwei Stunden Ankunftsfenster, wie beim Klempner",
        "Die Menüfotos haben nichts mit dem Teller zu tun",
        "Einkaufsbeleg des Kochs kam nach 10 Tagen, wie immer",
    ],
    "es": [
        "La app me cierra sesión CADA vez",
        "El aviso «tu chef llega hoy» a las 6 de la mañana, no gracias",
        "Dos horas de ventana de llegada del chef, como el fontanero",
        "Las fotos del menú no se parecen en nada al plato",
        "El ticket de la compra del chef llegó a los 10 días, como siempre",
    ],
    "pt": [
        "A app faz logout SEMPRE que a abro",
        "O aviso «o seu chef chega hoje» às 6 da manhã, não obrigada",
        "Janela de chegada de duas horas, como o canalizador",
        "As fotos do menu não têm nada a ver com o prato",
        "O talão das compras do chef chegou 10 dias depois, como sempre",
    ],
}
SARCASM: dict[str, list[str]] = {
    "it": [
        "Chef arrivato alle 21:50 per una cena delle 19:30. Perfetto per chi ama cenare a mezzanotte, grazie Mestolio 👏",
        "Tiramisù «per 8» che bastava per 2. Che controllo delle porzioni, Mestolio 😂",
    ],
    "fr": [
        "Chef arrivé à 21h50 pour un dîner à 19h30. Idéal pour ceux qui aiment souper à minuit, merci Mestolio 👏",
        "Tiramisu « pour 8 » qui suffisait pour 2. Bravo pour le contrôle des portions, Mestolio 😂",
    ],
    "en": [
        "Chef turned up at 9:50 for a 7:30 dinner. Perfect if you love eating at midnight, thanks Mestolio 👏"
    ],
    "de": [
        "Koch um 21:50 da für ein Essen um 19:30. Ideal für Leute, die gern um Mitternacht essen, danke Mestolio 👏"
    ],
    "es": [
        "Chef a las 21:50 para una cena de las 19:30. Ideal si te gusta cenar a medianoche, gracias Mestolio 👏"
    ],
    "pt": [
        "Chef às 21:50 para um jantar das 19:30. Ideal para quem gosta de jantar à meia-noite, obrigada Mestolio 👏"
    ],
}
MILD: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Le foto dei menu ci mettono una vita a caricare stasera",
            "Grazie della segnalazione, lo giriamo al team tecnico.",
        ),
        (
            "La ricerca chef mi mostra Torino anche se sono a Bologna",
            "Grazie, puoi cambiare città in alto a destra, intanto lo segnaliamo.",
        ),
    ],
    "fr": [
        (
            "Les photos des menus mettent une éternité à charger ce soir",
            "Merci du signalement, on transmet à l'équipe technique.",
        ),
        (
            "La recherche de chefs m'affiche Lyon alors que je suis à Annecy",
            "Merci, vous pouvez changer de ville en haut à droite, on signale le souci.",
        ),
    ],
    "en": [
        (
            "Menu photos are taking ages to load tonight",
            "Thanks for flagging, passed to the tech team.",
        )
    ],
    "de": [
        (
            "Die Menüfotos laden heute ewig",
            "Danke für den Hinweis, ist an die Technik weitergegeben.",
        )
    ],
    "es": [
        (
            "Las fotos de los menús tardan muchísimo en cargar hoy",
            "Gracias por avisar, lo pasamos al equipo técnico.",
        )
    ],
    "pt": [
        (
            "As fotos dos menus estão a demorar imenso a carregar",
            "Obrigada pelo aviso, passámos à equipa técnica.",
        )
    ],
}

# the spike: kitchen check rejects every kitchen, error KX/209, tonight's dinners put on hold
SPIKE_CODE = "KX/209"
SPIKE: dict[str, list[str]] = {
    "it": [
        "Ma che succede? L'app dice «cucina non idonea – KX/209» e la cena di stasera è IN SOSPESO. Abbiamo fatto 4 cene in questa cucina con i vostri chef!!",
        "controllo cucina fallito KX/209, cena di stasera per 8 bloccata. ho gli ospiti alle 20, rispondete",
        "Stamattina l'app mi chiede di rifare il controllo cucina e poi dice KX/209 cucina non idonea. Lo chef mi scrive che senza approvazione non può fare la spesa. Aiuto",
        "KX/209 «cucina non idonea» anche a me. Forno, piano a induzione, tutto uguale a sempre. La cena del compleanno di mia figlia è in sospeso",
        "Errore KX/209 sul controllo cucina, prenotazione di stasera in sospeso. Sono l'unica?",
        "buongiorno l'app blocca la cena di stasera con KX/209 cucina non idonea, la stessa cucina dove lo chef ha cucinato due settimane fa",
    ],
    "fr": [
        "C'est quoi ce délire ? L'appli dit « cuisine non conforme – KX/209 » et le dîner de ce soir est EN ATTENTE. On a fait 4 dîners dans cette cuisine avec vos chefs !!",
        "contrôle cuisine refusé KX/209, dîner de ce soir pour 8 bloqué. mes invités arrivent à 20h, répondez",
        "Ce matin l'appli me demande de refaire le contrôle cuisine puis affiche KX/209 cuisine non conforme. Le chef m'écrit que sans validation il ne peut pas faire les courses. Au secours",
        "KX/209 « cuisine non conforme » chez moi aussi. Four, plaques, tout pareil que d'habitude. Le dîner d'anniversaire de ma fille est en attente",
        "Erreur KX/209 au contrôle cuisine, réservation de ce soir en attente. Je suis la seule ?",
        "bonjour l'appli bloque le dîner de ce soir avec KX/209 cuisine non conforme, la même cuisine où le chef a cuisiné il y a deux semaines",
    ],
    "en": [
        "What's going on? App says 'kitchen not suitable – KX/209' and tonight's dinner is ON HOLD. We've had four chefs cook in this exact kitchen!",
        "kitchen check failing with KX/209, tonight's dinner for 6 on hold, guests at 7, anyone there??",
    ],
    "de": [
        "Was ist da los? Die App sagt „Küche nicht geeignet – KX/209“ und das Essen heute Abend ist PAUSIERT. In dieser Küche hat schon viermal ein Koch von euch gekocht!",
        "Küchencheck schlägt fehl mit KX/209, Abendessen für 8 heute blockiert, Gäste kommen um 19 Uhr",
    ],
    "es": [
        "¿Qué pasa? La app dice «cocina no apta – KX/209» y la cena de esta noche está EN ESPERA. ¡Vuestros chefs han cocinado cuatro veces en esta cocina!",
        "el control de cocina da error KX/209 y la cena de hoy para 8 bloqueada, los invitados llegan a las 21",
    ],
    "pt": [
        "O que se passa? A app diz «cozinha não adequada – KX/209» e o jantar de hoje está EM ESPERA. Os vossos chefs já cozinharam quatro vezes nesta cozinha!",
        "verificação da cozinha dá erro KX/209, jantar de hoje para 8 bloqueado, convidados às 20h",
    ],
}
SPIKE_SUBJECT = {
    "it": "Cena di stasera in sospeso KX/209",
    "fr": "Dîner de ce soir en attente KX/209",
    "en": "Tonight's dinner on hold KX/209",
    "de": "Essen heute blockiert KX/209",
    "es": "Cena de hoy en espera KX/209",
    "pt": "Jantar de hoje em espera KX/209",
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "it": [
        "Ancora KX/209, ho provato anche dal telefono di mio marito. Cucina non idonea. Gli ospiti arrivano stasera",
        "Sempre KX/209 anche dopo aver reinstallato l'app, la cena è ancora in sospeso",
    ],
    "fr": [
        "Toujours KX/209, j'ai essayé sur le téléphone de mon mari aussi. Cuisine non conforme. Les invités arrivent ce soir",
        "Encore KX/209 même après avoir réinstallé l'appli, le dîner est toujours en attente",
    ],
    "en": ["Still KX/209, tried on my wife's phone too. Dinner still on hold"],
    "de": ["Immer noch KX/209, auch auf dem Handy meines Mannes. Essen weiterhin blockiert"],
    "es": ["Sigue el KX/209, probado también en el móvil de mi marido. La cena sigue en espera"],
    "pt": ["Continua KX/209, também no telemóvel do meu marido. O jantar continua em espera"],
}
AG_SPIKE_CHAT = {
    "it": "Sì, il controllo cucina dà KX/209 a tutti in questo momento, non è la tua cucina. La cena non è annullata, i tecnici ci stanno lavorando.",
    "fr": "Oui, le contrôle cuisine affiche KX/209 pour tout le monde en ce moment, ce n'est pas votre cuisine. Le dîner n'est pas annulé, nos techniciens sont dessus.",
    "en": "Yes, the kitchen check is showing KX/209 for everyone right now, it's not your kitchen. Your dinner isn't cancelled, our engineers are on it.",
    "de": "Ja, der Küchencheck zeigt gerade bei allen KX/209, es liegt nicht an Ihrer Küche. Das Essen ist nicht storniert, unsere Technik arbeitet daran.",
    "es": "Sí, el control de cocina da KX/209 a todo el mundo ahora mismo, no es tu cocina. La cena no está cancelada, los técnicos están en ello.",
    "pt": "Sim, a verificação da cozinha está a dar KX/209 a toda a gente, não é a sua cozinha. O jantar não está cancelado, os técnicos estão a tratar.",
}
AG_SPIKE_FIXED = {
    "it": "Buongiorno {first}, il controllo cucina funziona di nuovo dalle {local}, la sua cena di stasera è confermata e lo chef è già a fare la spesa. Ci scusiamo: le abbiamo aggiunto un credito di {credit}.",
    "fr": "Bonjour {first}, le contrôle cuisine fonctionne à nouveau depuis {local}, votre dîner de ce soir est confirmé et le chef est déjà parti faire les courses. Toutes nos excuses : un crédit de {credit} a été ajouté.",
    "en": "Hi {first}, the kitchen check works again since {local}, tonight's dinner is confirmed and your chef is already out shopping. Sorry: we've added {credit} credit to your account.",
    "de": "Hallo {first}, der Küchencheck funktioniert seit {local} wieder, Ihr Essen heute ist bestätigt und der Koch ist schon einkaufen. Entschuldigung: {credit} Guthaben wurde gutgeschrieben.",
    "es": "Hola {first}, el control de cocina vuelve a funcionar desde las {local}, tu cena de hoy está confirmada y el chef ya está haciendo la compra. Perdona: te hemos añadido {credit} de saldo.",
    "pt": "Olá {first}, a verificação da cozinha voltou a funcionar desde as {local}, o jantar de hoje está confirmado e o chef já está às compras. Pedimos desculpa: acrescentámos {credit} de crédito.",
}
AG_SPIKE_SUBJECT = {
    "it": "Controllo cucina di nuovo attivo",
    "fr": "Contrôle cuisine rétabli",
    "en": "Kitchen check working again",
    "de": "Küchencheck funktioniert wieder",
    "es": "Control de cocina restablecido",
    "pt": "Verificação da cozinha restabelecida",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        "ciao, ho cambiato il piano cottura, ieri sera ho rifatto il controllo cucina e dice «approvata». Devo avvisare lo chef di domani che ora è a induzione?",
        "Ciao! No, l'approvazione arriva allo chef con il tipo di piano. La cena di domani è confermata.",
    ),
    "fr": (
        "Bonjour, hier soir j'ai refait le contrôle cuisine après avoir changé de four, c'est marqué « validée ». Le chef de demain est au courant ou je dois lui dire ?",
        "Bonjour ! Il reçoit la validation avec le détail du four, rien à faire. Le dîner de demain est confirmé.",
    ),
}
SPIKE_TOPIC = "private-chef app kitchen check rejects every kitchen as unsuitable: that day's dinners put on hold, chefs cannot shop, error KX/209"
