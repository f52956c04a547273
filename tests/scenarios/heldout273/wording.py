# ruff: noqa: E501
"""Wording of the heldout273 set: Infusara, loose-leaf tea by monthly box and shop.

Every table is keyed by language (de, it first; then en, es, fr, pt). Placeholders:
{brand}, {first}, {name}, {agent}, {case}, {comp}, {amt}, {amts}, {short}, {day},
{first1}, {time}, {credit}, {code}.
"""

from __future__ import annotations

LANGS = ("de", "it", "en", "es", "fr", "pt")
BRAND = "Infusara"
COMPETITORS = ("Teebrina", "Foglietta")
CODE = "SEL@3307"

FIRST = {
    "de": [
        "Anke",
        "Jürgen",
        "Sabine",
        "Tobias",
        "Heike",
        "Matthias",
        "Katrin",
        "Florian",
        "Ute",
        "Stefan",
        "Birgit",
        "Lukas",
        "Jana",
        "Ralf",
        "Miriam",
        "Holger",
        "Nadine",
        "Sven",
        "Petra",
        "Jonas",
        "Doris",
        "Benedikt",
        "Silke",
        "Timo",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Davide",
        "Elena",
        "Simone",
        "Valentina",
        "Paolo",
        "Sara",
        "Matteo",
        "Federica",
        "Stefano",
        "Ilaria",
        "Andrea",
        "Roberta",
        "Fabio",
        "Silvia",
        "Giorgio",
        "Marta",
        "Alberto",
        "Lucia",
        "Nicola",
    ],
    "en": [
        "Hannah",
        "Oliver",
        "Siobhan",
        "Gareth",
        "Priya",
        "Callum",
        "Fiona",
        "Declan",
        "Megan",
        "Rory",
        "Alison",
        "Kieran",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Rocío",
        "Iñaki",
        "Paula",
        "Rubén",
        "Elena",
        "Diego",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Sophie",
        "Nicolas",
        "Aurélie",
        "Thomas",
        "Claire",
        "Bastien",
        "Manon",
        "Hugo",
    ],
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Pedro",
        "Joana",
        "Nuno",
        "Sofia",
        "Miguel",
    ],
}
SURNAME = {
    "de": [
        "Brenner",
        "Kowalski",
        "Lindner",
        "Hoffmann",
        "Vogt",
        "Seidel",
        "Krämer",
        "Hartmann",
        "Böhm",
        "Winkler",
        "Ziegler",
        "Franke",
        "Haas",
        "Lorenz",
        "Schuster",
        "Albrecht",
        "Pohl",
        "Engel",
        "Kuhn",
        "Sommer",
    ],
    "it": [
        "Ferrara",
        "Colombo",
        "Galli",
        "Bianchi",
        "Marchetti",
        "Rinaldi",
        "Esposito",
        "Barbieri",
        "Lombardi",
        "Fontana",
        "Mancini",
        "Caruso",
        "Testa",
        "Moretti",
        "Serra",
        "Villa",
        "Greco",
        "Pellegrini",
        "Conti",
        "Gatti",
    ],
    "en": [
        "Hughes",
        "Doyle",
        "Patel",
        "Morgan",
        "Gallagher",
        "Reid",
        "Turner",
        "Byrne",
        "Walsh",
        "Ellis",
    ],
    "es": [
        "Herrera",
        "Castillo",
        "Navarro",
        "Ortega",
        "Iglesias",
        "Molina",
        "Serrano",
        "Vidal",
        "Campos",
        "Rubio",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Faure",
        "Rousseau",
        "Blanchard",
        "Perrin",
        "Mercier",
        "Chevalier",
        "Dumont",
    ],
    "pt": [
        "Ferreira",
        "Carvalho",
        "Pinto",
        "Sousa",
        "Ribeiro",
        "Teixeira",
        "Marques",
        "Correia",
        "Lopes",
        "Mendes",
    ],
}
MARKETS = {
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "it": [("IT", 8), ("CH", 2)],
    "en": [("UK", 3), ("IE", 1)],
    "es": [("ES", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1)],
    "pt": [("PT", 1)],
}
TOWNS = {
    "DE": ["Bremen", "Leipzig", "Freiburg", "Kassel", "Münster", "Regensburg"],
    "AT": ["Graz", "Linz", "Innsbruck"],
    "CH": ["Basel", "Lugano", "Bern", "Lausanne"],
    "IT": ["Bologna", "Torino", "Verona", "Bari", "Trieste", "Parma"],
    "UK": ["Leeds", "Bristol", "York"],
    "IE": ["Cork", "Galway"],
    "ES": ["Zaragoza", "Valencia", "Bilbao"],
    "FR": ["Lyon", "Nantes", "Lille"],
    "BE": ["Liège", "Namur"],
    "PT": ["Braga", "Coimbra", "Porto"],
}
AGENTS = {
    "de": ["Carola", "Dennis", "Ines"],
    "it": ["Alessia", "Michele", "Rita"],
    "en": ["Beth", "Sean"],
    "es": ["Raquel", "Óscar"],
    "fr": ["Laure", "Yann"],
    "pt": ["Filipa", "André"],
}
PRODUCTS = [
    ("Sencha Kagoshima 100 g", 9.80),
    ("Darjeeling First Flush 100 g", 14.50),
    ("Assam Breakfast 250 g", 11.90),
    ("Rooibos Vanilla 100 g", 6.90),
    ("Genmaicha 100 g", 8.40),
    ("Matcha Uji 30 g", 18.90),
    ("Glass teapot 1 l", 29.00),
    ("Steel infuser", 7.50),
    ("Tasting set, 12 teas", 22.00),
    ("Gift subscription, 3 months", 59.70),
]
B2B_PRODUCTS = [
    ("Horeca Breakfast blend 1 kg", 38.00),
    ("Pyramid bags Earl Grey x 200", 46.00),
    ("Pyramid bags Mint x 200", 42.00),
    ("Green Sencha bulk 1 kg", 64.00),
    ("Tea chest 8 compartments", 89.00),
]
PAGES = [
    "/shop/green",
    "/shop/black",
    "/shop/herbal",
    "/club/my-box",
    "/shop/teaware",
    "/club/choose",
]
WEEKDAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

PRAISE = {
    "de": [
        "Der Assam aus der letzten {brand}-Box ist genau mein Ding, kräftig und trotzdem nicht bitter. Danke!",
        "Sonntagmorgen, Regen, eine Kanne Darjeeling aus der Box und die Zeitung. Besser wird's nicht.",
        "Hab meiner Schwester das Probierset von {brand} geschenkt, jetzt ist sie auch im Club 😄",
        "Die Kärtchen mit Ziehzeit und Temperatur bei jeder Sorte sind super, endlich kein bitterer Grüntee mehr.",
    ],
    "it": [
        "Il sencha dell'ultima box {brand} è una meraviglia, profumato e delicato. Grazie!",
        "Pomeriggio di pioggia, teiera di oolong e un libro. La box di questo mese è riuscitissima",
        "Ho regalato il set degustazione {brand} a mia madre, ora vuole il rooibos tutti i giorni 😄",
        "Adoro i cartoncini con tempo e temperatura di infusione, finalmente un tè verde che non sa di erba amara",
    ],
    "en": [
        "The Keemun in this month's {brand} box is lovely, smoky but smooth. Thanks!",
        "Rainy Sunday, pot of Assam, crossword. This month's box is a winner.",
    ],
    "es": [
        "El rooibos con naranja de la caja de {brand} de este mes está buenísimo, gracias!",
        "Domingo de lluvia, tetera de té negro y una peli. La caja de este mes, un acierto.",
    ],
    "fr": [
        "Le thé vert au yuzu de la box {brand} de ce mois est une merveille, merci !",
        "Dimanche pluvieux, une théière de Darjeeling et un bon livre. Box très réussie.",
    ],
    "pt": [
        "O chá verde com gengibre da caixa {brand} deste mês é ótimo, obrigada!",
        "Domingo de chuva, um bule de Assam e um livro. A caixa deste mês acertou em cheio.",
    ],
}
PRAISE_AGAIN = {
    "de": [
        "Schon wieder eine Box, bei der jede Sorte passt. Das dritte Mal in Folge, ihr kennt meinen Geschmack echt.",
        "Zum zweiten Mal den Hojicha nachbestellt, immer noch mein Abendtee.",
    ],
    "it": [
        "Terza box di fila senza un tè che non mi piaccia, avete capito i miei gusti.",
        "Ho riordinato il genmaicha per la seconda volta, resta il mio tè della sera.",
    ],
    "en": ["Third box in a row where I like every single tea. You've got me figured out."],
    "es": ["Tercera caja seguida en la que me gustan todos los tés. Me tenéis calada."],
    "fr": ["Troisième box d'affilée où j'aime tous les thés. Vous avez cerné mes goûts."],
    "pt": ["Terceira caixa seguida em que gosto de todos os chás. Já me conhecem bem."],
}
PRAISE_GRIPE = {
    "de": [
        "Tee wie immer top, nur die Dosen gehen so schwer auf, dass ich jedes Mal einen Löffel brauche.",
        "Sehr schöne Auswahl diesen Monat. Einziges Manko: die Ziehzeiten stehen nur in der App, nicht auf der Tüte.",
    ],
    "it": [
        "Tè ottimi come sempre, solo che i barattoli si aprono a fatica, ogni volta ci vuole un cucchiaino.",
        "Bella selezione questo mese. Unico neo: i tempi di infusione sono solo nell'app e non sulla busta.",
    ],
    "en": ["Tea as good as always, only the tins are so stiff I need a spoon to prise them open."],
    "es": [
        "Los tés geniales como siempre, solo que las latas cuestan un montón de abrir, necesito una cuchara."
    ],
    "fr": [
        "Thés toujours excellents, seul bémol : les boîtes sont si dures à ouvrir qu'il me faut une cuillère."
    ],
    "pt": [
        "Chás ótimos como sempre, só que as latas são tão difíceis de abrir que preciso de uma colher."
    ],
}
CHAT_QA = {
    "de": [
        (
            "Hallo, kann ich die Box diesen Monat eine Woche später bekommen? Wir sind im Urlaub.",
            "Hallo {first}, klar, ich habe den Versand um eine Woche verschoben. Schönen Urlaub!",
        ),
        (
            "Ist der Rooibos Vanille koffeinfrei? Will ihn den Kindern abends geben",
            "Hallo {first}, ja, Rooibos ist von Natur aus koffeinfrei. Passt also auch abends.",
        ),
        (
            "Kann ich in der Club-Box nur Schwarztee bekommen, ohne Grüntee?",
            "Gern, {first}: unter Profil > Geschmack kannst du Grüntee abwählen, ich habe es schon für dich eingestellt.",
        ),
    ],
    "it": [
        (
            "Ciao, posso spostare la box di questo mese di una settimana? Siamo in vacanza",
            "Ciao {first}, certo, ho spostato la spedizione di una settimana. Buone vacanze!",
        ),
        (
            "Il rooibos alla vaniglia ha teina? Vorrei darlo ai bambini la sera",
            "Ciao {first}, no, il rooibos è naturalmente senza teina. Va benissimo anche la sera.",
        ),
        (
            "Si può avere nella box del Club solo tè neri e niente verdi?",
            "Certo {first}: in Profilo > Gusti puoi togliere i tè verdi, l'ho già impostato io.",
        ),
    ],
    "en": [
        (
            "Hi, can I push this month's box back a week? We're away.",
            "Hi {first}, of course, I've moved your dispatch back a week. Enjoy the trip!",
        )
    ],
    "es": [
        (
            "Hola, ¿puedo retrasar la caja de este mes una semana? Estamos de viaje",
            "Hola {first}, claro, he retrasado el envío una semana. ¡Buen viaje!",
        )
    ],
    "fr": [
        (
            "Bonjour, je peux décaler la box de ce mois d'une semaine ? Nous sommes en vacances",
            "Bonjour {first}, bien sûr, j'ai décalé l'envoi d'une semaine. Bonnes vacances !",
        )
    ],
    "pt": [
        (
            "Olá, posso adiar a caixa deste mês uma semana? Vamos estar fora",
            "Olá {first}, claro, adiei o envio uma semana. Boa viagem!",
        )
    ],
}
THANKS = {
    "de": ["Super, danke!", "Perfekt, vielen Dank 🙂", "Danke dir!"],
    "it": ["Perfetto, grazie!", "Grazie mille 🙂", "Gentilissimi, grazie"],
    "en": ["Brilliant, thanks!", "Cheers!"],
    "es": ["Genial, gracias!", "Mil gracias"],
    "fr": ["Parfait, merci !", "Super, merci"],
    "pt": ["Ótimo, obrigado!", "Obrigada!"],
}
EMAIL_QA = {
    "de": [
        (
            "Frage zum Filter",
            "Hallo, passt der Edelstahlfilter aus dem Shop auch in meine alte Glaskanne (Öffnung ca. 7 cm)? Grüße {first}",
            "Hallo {first}, ja, der Filter hat einen Rand von 7,5 cm und liegt auf einer 7-cm-Öffnung gut auf. Viele Grüße, {agent}",
        ),
        (
            "Geschenkabo",
            "Hallo zusammen, kann ich den Club für drei Monate verschenken, ohne dass er sich verlängert? LG {first}",
            "Hallo {first}, ja: beim Geschenkabo wählst du die Laufzeit, danach endet es von selbst. Viele Grüße, {agent}",
        ),
    ],
    "it": [
        (
            "Domanda sul filtro",
            "Buongiorno, il filtro in acciaio del vostro shop va bene anche per la mia vecchia teiera di vetro (apertura circa 7 cm)? Grazie, {first}",
            "Buongiorno {first}, sì, il filtro ha un bordo di 7,5 cm e si appoggia bene su un'apertura di 7 cm. Cordiali saluti, {agent}",
        ),
        (
            "Abbonamento regalo",
            "Salve, posso regalare tre mesi di Club senza che si rinnovi da solo? {first}",
            "Salve {first}, sì: nell'abbonamento regalo scegli la durata e poi finisce da sé. Un saluto, {agent}",
        ),
    ],
    "en": [
        (
            "Gift subscription",
            "Hi, can I give someone three months of the Club without it renewing? Thanks, {first}",
            "Hi {first}, yes: a gift subscription runs for the months you choose and then simply ends. Best, {agent}",
        )
    ],
    "es": [
        (
            "Suscripción regalo",
            "Hola, ¿puedo regalar tres meses del Club sin que se renueve solo? Gracias, {first}",
            "Hola {first}, sí: la suscripción regalo dura los meses que elijas y luego termina sola. Un saludo, {agent}",
        )
    ],
    "fr": [
        (
            "Abonnement cadeau",
            "Bonjour, puis-je offrir trois mois de Club sans renouvellement automatique ? Merci, {first}",
            "Bonjour {first}, oui : l'abonnement cadeau dure le nombre de mois choisi puis s'arrête tout seul. Cordialement, {agent}",
        )
    ],
    "pt": [
        (
            "Assinatura de oferta",
            "Olá, posso oferecer três meses do Club sem renovação automática? Obrigado, {first}",
            "Olá {first}, sim: a assinatura de oferta dura os meses que escolher e depois termina. Cumprimentos, {agent}",
        )
    ],
}
PHONE_QA = {
    "de": [
        (
            "ja hallo hier ist {first} ich wollte fragen ob ich den Matcha auch ohne den Bambusbesen aufschlagen kann oder ob ich den unbedingt brauche",
            "Ihr Anruf zum Matcha",
            "Hallo {first}, wie am Telefon besprochen: ein kleiner Milchaufschäumer geht auch, der Besen macht den Schaum nur feiner. Viele Grüße, {agent}",
        ),
        (
            "hallo {first} hier ich hab die Box bekommen und wollte wissen wie lange der Tee hält wenn ich ihn in der Dose lasse",
            "Haltbarkeit",
            "Hallo {first}, in der geschlossenen Dose hält der Tee gut ein Jahr, Grüntee am besten innerhalb von sechs Monaten trinken. Viele Grüße, {agent}",
        ),
    ],
    "it": [
        (
            "sì buongiorno sono {first} volevo sapere se il matcha si può montare anche senza il frustino di bambù o se serve per forza",
            "La sua telefonata sul matcha",
            "Buongiorno {first}, come detto al telefono: va bene anche un piccolo montalatte, il frustino fa solo una schiuma più fine. Saluti, {agent}",
        ),
        (
            "buongiorno sono {first} ho ricevuto la box e volevo chiedere quanto dura il tè se lo lascio nel barattolo",
            "Conservazione",
            "Buongiorno {first}, nel barattolo chiuso il tè dura bene un anno, i tè verdi meglio entro sei mesi. Saluti, {agent}",
        ),
    ],
    "en": [
        (
            "hi it's {first} i just wanted to ask if i can whisk the matcha without the bamboo whisk or if i really need one",
            "Your call about matcha",
            "Hi {first}, as we said on the phone: a small milk frother works too, the bamboo whisk just gives a finer foam. Best, {agent}",
        )
    ],
    "es": [
        (
            "hola soy {first} quería preguntar si el matcha se puede batir sin el batidor de bambú o si hace falta sí o sí",
            "Su llamada sobre el matcha",
            "Hola {first}, como hablamos: un espumador de leche pequeño también sirve, el batidor solo hace la espuma más fina. Un saludo, {agent}",
        )
    ],
    "fr": [
        (
            "oui bonjour c'est {first} je voulais savoir si on peut battre le matcha sans le fouet en bambou ou s'il le faut vraiment",
            "Votre appel sur le matcha",
            "Bonjour {first}, comme dit au téléphone : un petit mousseur à lait convient aussi, le fouet donne juste une mousse plus fine. Cordialement, {agent}",
        )
    ],
    "pt": [
        (
            "olá é a {first} queria saber se dá para bater o matcha sem o batedor de bambu ou se é mesmo preciso",
            "A sua chamada sobre o matcha",
            "Olá {first}, como falámos: um pequeno espumador de leite também serve, o batedor só faz uma espuma mais fina. Cumprimentos, {agent}",
        )
    ],
}
REVIEW = {
    "de": [
        "Der Sencha ist frisch und grasig, genau wie er sein soll. Versand schnell.",
        "Schöne Dose, toller Earl Grey mit echter Bergamotte.",
    ],
    "it": [
        "Sencha fresco ed erbaceo, come deve essere. Spedizione veloce.",
        "Bel barattolo, Earl Grey ottimo con bergamotto vero.",
    ],
    "en": ["Fresh, grassy sencha, exactly as it should be. Quick delivery."],
    "es": ["Sencha fresco y herbáceo, tal como debe ser. Envío rápido."],
    "fr": ["Sencha frais et herbacé, comme il se doit. Livraison rapide."],
    "pt": ["Sencha fresco e herbáceo, como deve ser. Entrega rápida."],
}
SURVEY_WORDS = {
    "de": ["Alles bestens", "Gerne wieder", "👍", ""],
    "it": ["Tutto perfetto", "Bravi!", "👍", ""],
    "en": ["All good", ""],
    "es": ["Todo perfecto", ""],
    "fr": ["Très bien", ""],
    "pt": ["Tudo ótimo", ""],
}
NIGHT_POST = {
    "de": [
        "Nachtschicht im Krankenhaus vorbei, jetzt noch eine Tasse Rooibos bevor ich schlafe. Danke {brand} 🌙",
        "Kann nicht schlafen, also Kamille aus der Box und ein Hörbuch. Wirkt jedes Mal.",
    ],
    "it": [
        "Fine turno di notte in ospedale, ora una tazza di rooibos prima di dormire. Grazie {brand} 🌙",
        "Non riesco a dormire, camomilla della box e un audiolibro. Funziona sempre.",
    ],
    "en": [
        "Back from the night shift, one cup of chamomile from the box before bed. Thanks {brand} 🌙"
    ],
    "es": [
        "Vuelvo del turno de noche, una manzanilla de la caja antes de dormir. Gracias {brand} 🌙"
    ],
    "fr": [
        "Retour de garde de nuit, une tasse de camomille de la box avant de dormir. Merci {brand} 🌙"
    ],
    "pt": ["Acabei o turno da noite, uma camomila da caixa antes de dormir. Obrigada {brand} 🌙"],
}
NIGHT_CHAT = {
    "de": [
        (
            "Kurze Frage um die Uhrzeit: bis wann muss ich meine Sorten für die nächste Box auswählen?",
            "Hallo {first}, bis Sonntag 23:59, danach packen wir. Gute Nacht!",
        ),
        (
            "Noch wach und neugierig: kann man Genmaicha auch kalt aufgießen?",
            "Hallo {first}, ja, 6-8 Stunden im Kühlschrank, schmeckt sehr nussig. Gute Nacht!",
        ),
    ],
    "it": [
        (
            "Domanda a quest'ora: entro quando devo scegliere i tè per la prossima box?",
            "Ciao {first}, entro domenica alle 23:59, poi prepariamo i pacchi. Buonanotte!",
        ),
        (
            "Ancora sveglia: il genmaicha si può fare anche a freddo?",
            "Ciao {first}, sì, 6-8 ore in frigo, viene molto tostato. Buonanotte!",
        ),
    ],
    "en": [
        (
            "Quick one at this hour: when's the cut-off to pick my teas for the next box?",
            "Hi {first}, Sunday 23:59, then we start packing. Night!",
        )
    ],
    "es": [
        (
            "Pregunta a estas horas: ¿hasta cuándo puedo elegir los tés de la próxima caja?",
            "Hola {first}, hasta el domingo a las 23:59, luego empezamos a preparar. ¡Buenas noches!",
        )
    ],
    "fr": [
        (
            "Petite question à cette heure : jusqu'à quand choisir mes thés pour la prochaine box ?",
            "Bonjour {first}, jusqu'à dimanche 23h59, ensuite on prépare les colis. Bonne nuit !",
        )
    ],
    "pt": [
        (
            "Pergunta a esta hora: até quando escolho os chás da próxima caixa?",
            "Olá {first}, até domingo às 23:59, depois começamos a embalar. Boa noite!",
        )
    ],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
PROBLEM_EUR = {
    "no_show": 19.90,
    "double_charge": 19.90,
    "damage": 14.50,
    "refund": 39.00,
    "wrong_price": 8.40,
    "cancel_fee": 5.00,
}
COMPLAINT = {
    "no_show": {
        "de": [
            "Laut Sendungsverfolgung wurde meine Box am Dienstag ZUGESTELLT. Hier ist nichts angekommen, nicht beim Nachbarn, nicht im Briefkasten. Ich zahle für den Club und habe keinen Tee.",
            "Box als geliefert markiert, aber nie gekommen. Das war das Geburtstagsgeschenk für meine Mutter, die Feier war gestern. Super.",
        ],
        "it": [
            "Il tracking dice CONSEGNATA martedì ma qui non è arrivato niente, né dal vicino né in portineria. Pago il Club e resto senza tè.",
            "Box segnata come consegnata, mai vista. Era il regalo di compleanno per mia madre, la festa era ieri. Complimenti.",
        ],
        "en": [
            "Tracking says my box was DELIVERED on Tuesday. Nothing here, not with the neighbours, not in the porch. I pay for the Club and have no tea."
        ],
        "es": [
            "El seguimiento dice ENTREGADA el martes y aquí no ha llegado nada, ni al vecino ni al buzón. Pago el Club y sin té."
        ],
        "fr": [
            "Le suivi indique LIVRÉE mardi, mais rien reçu, ni chez les voisins ni dans la boîte. Je paie le Club et je n'ai pas de thé."
        ],
        "pt": [
            "O rastreio diz ENTREGUE na terça e aqui não chegou nada, nem ao vizinho nem à caixa do correio. Pago o Club e fico sem chá."
        ],
    },
    "double_charge": {
        "de": [
            "Mir wurde der Club-Beitrag diesen Monat ZWEIMAL abgebucht, {amt} doppelt. Bitte sofort zurück, das Konto ist eh knapp.",
            "Zwei identische Abbuchungen über {amt} für die gleiche Box auf meiner Kreditkarte. Wie kann so was passieren?",
        ],
        "it": [
            "Mi avete addebitato la quota del Club DUE volte questo mese, {amt} due volte. Rimborsate subito per favore, il conto è già al limite.",
            "Due addebiti identici da {amt} per la stessa box sulla carta. Come è possibile?",
        ],
        "en": [
            "You've taken the Club fee TWICE this month, {amt} twice. I want it back straight away."
        ],
        "es": [
            "Me habéis cobrado la cuota del Club DOS veces este mes, {amt} dos veces. Devolvedlo ya, por favor."
        ],
        "fr": [
            "Vous m'avez prélevé l'abonnement du Club DEUX fois ce mois-ci, {amt} deux fois. Remboursez-moi vite."
        ],
        "pt": [
            "Cobraram a mensalidade do Club DUAS vezes este mês, {amt} duas vezes. Quero o dinheiro de volta já."
        ],
    },
    "damage": {
        "de": [
            "Die Box kam völlig zerdrückt an, die Dose mit dem Darjeeling aufgeplatzt und der Tee feucht, riecht nach Pappe. Das kann ich nicht trinken.",
            "Die Glaskanne aus dem Shop ist in tausend Stücken angekommen, nur ein Blatt Zeitungspapier drum. Echt jetzt?",
        ],
        "it": [
            "La box è arrivata schiacciata, il barattolo del Darjeeling aperto e il tè umido, sa di cartone. Non si può bere.",
            "La teiera di vetro è arrivata in mille pezzi, avvolta in un foglio di giornale. Sul serio?",
        ],
        "en": [
            "The box arrived crushed, the Darjeeling tin split open and the tea damp, smells of cardboard. Undrinkable."
        ],
        "es": [
            "La caja llegó aplastada, la lata de Darjeeling abierta y el té húmedo, huele a cartón. No se puede beber."
        ],
        "fr": [
            "La box est arrivée écrasée, la boîte de Darjeeling ouverte et le thé humide, il sent le carton. Imbuvable."
        ],
        "pt": [
            "A caixa chegou esmagada, a lata de Darjeeling aberta e o chá húmido, cheira a cartão. Não se pode beber."
        ],
    },
    "refund": {
        "de": [
            "Ich habe den Wasserkocher vor DREI Wochen zurückgeschickt, ihr habt ihn laut Tracking erhalten, aber die {amt} sind immer noch nicht zurück.",
            "Rücksendung angekommen, Erstattung nicht. Drei Wochen warte ich jetzt auf meine {amt}.",
        ],
        "it": [
            "Ho restituito il bollitore TRE settimane fa, risulta ricevuto ma i {amt} non sono ancora tornati.",
            "Reso arrivato, rimborso no. Sono tre settimane che aspetto i miei {amt}.",
        ],
        "en": [
            "I sent the kettle back THREE weeks ago, you've received it, and the {amt} still isn't refunded."
        ],
        "es": ["Devolví el hervidor hace TRES semanas, os llegó y los {amt} siguen sin aparecer."],
        "fr": [
            "J'ai renvoyé la bouilloire il y a TROIS semaines, vous l'avez reçue et les {amt} ne sont toujours pas remboursés."
        ],
        "pt": [
            "Devolvi a chaleira há TRÊS semanas, vocês receberam e os {amt} continuam sem ser devolvidos."
        ],
    },
    "wrong_price": {
        "de": [
            "Ich bin seit einem Jahr im Club und bei der Nachbestellung wurde mir der volle Preis berechnet, kein Mitgliederrabatt. {amt} zu viel.",
            "Wieso zahle ich als Club-Mitglied den Normalpreis? Steht doch im Konto, dass ich Mitglied bin. {amt} zu viel.",
        ],
        "it": [
            "Sono nel Club da un anno e nel riordino mi avete fatto pagare il prezzo pieno, niente sconto soci. {amt} in più.",
            "Perché da socia del Club pago il prezzo normale? Nel mio account c'è scritto che sono socia. {amt} in più.",
        ],
        "en": [
            "I've been in the Club a year and my reorder was charged at full price, no member discount. {amt} too much."
        ],
        "es": [
            "Llevo un año en el Club y en el último pedido me cobrasteis precio normal, sin descuento de socio. {amt} de más."
        ],
        "fr": [
            "Membre du Club depuis un an et ma commande a été facturée plein tarif, sans remise membre. {amt} de trop."
        ],
        "pt": [
            "Sou do Club há um ano e a última encomenda foi cobrada a preço normal, sem desconto de membro. {amt} a mais."
        ],
    },
    "cancel_fee": {
        "de": [
            "Ich habe die Box für einen Monat pausiert, ganz normal in der App, und trotzdem {amt} Pausengebühr bezahlt. Davon stand nirgends was.",
            "Pausengebühr?? Ich wollte einen Monat aussetzen, nicht kündigen, und zahle jetzt {amt} dafür.",
        ],
        "it": [
            "Ho messo in pausa la box per un mese dall'app come sempre e mi avete preso {amt} di penale. Non c'era scritto da nessuna parte.",
            "Penale per la pausa?? Volevo saltare un mese, non disdire, e pago {amt} lo stesso.",
        ],
        "en": [
            "I paused my box for a month in the app, as always, and got charged a {amt} pause fee. Nobody mentioned that anywhere."
        ],
        "es": [
            "Pausé la caja un mes desde la app, como siempre, y me cobrasteis {amt} de penalización. No pone nada en ningún sitio."
        ],
        "fr": [
            "J'ai mis la box en pause un mois dans l'appli et on m'a facturé {amt} de frais de pause. Écrit nulle part."
        ],
        "pt": [
            "Pausei a caixa um mês na app, como sempre, e cobraram-me {amt} de taxa de pausa. Não diz isso em lado nenhum."
        ],
    },
}
COMPLAINT_CALL = {
    "no_show": {
        "de": "ja hallo {first} hier meine Box steht als zugestellt drin aber hier ist nichts angekommen ich war den ganzen Tag zu Hause das kann doch nicht sein",
        "it": "sì pronto sono {first} la box risulta consegnata ma qui non è arrivato niente ero a casa tutto il giorno non è possibile",
        "en": "hi it's {first} my box says delivered but nothing came i was home all day that can't be right",
        "es": "hola soy {first} la caja sale como entregada pero aquí no ha llegado nada y estuve en casa todo el día",
        "fr": "oui bonjour c'est {first} ma box est marquée livrée mais je n'ai rien reçu j'étais chez moi toute la journée",
        "pt": "olá é a {first} a caixa aparece como entregue mas não chegou nada e eu estive em casa o dia todo",
    },
    "double_charge": {
        "de": "hallo {first} hier ihr habt mir den Beitrag zweimal abgebucht {amts} zweimal und ich will das Geld heute noch zurück",
        "it": "pronto sono {first} mi avete addebitato la quota due volte {amts} due volte e rivoglio i soldi oggi",
        "en": "hi it's {first} you've charged my membership twice {amts} twice and i want it back today",
        "es": "hola soy {first} me habéis cobrado la cuota dos veces {amts} dos veces y quiero el dinero hoy",
        "fr": "bonjour c'est {first} vous avez prélevé mon abonnement deux fois {amts} deux fois je veux être remboursée aujourd'hui",
        "pt": "olá é a {first} cobraram a mensalidade duas vezes {amts} duas vezes e quero o dinheiro hoje",
    },
    "damage": {
        "de": "ja {first} hier die Box ist kaputt angekommen die Dose aufgeplatzt der Tee ist feucht und riecht komisch den kann ich wegwerfen",
        "it": "sì sono {first} la box è arrivata rotta il barattolo aperto il tè è umido e ha un odore strano lo devo buttare",
        "en": "hi {first} here the box came crushed the tin split and the tea's damp and smells odd i'll have to bin it",
        "es": "sí soy {first} la caja llegó rota la lata abierta y el té húmedo y huele raro lo tengo que tirar",
        "fr": "oui c'est {first} la box est arrivée écrasée la boîte ouverte le thé est humide et sent bizarre je dois le jeter",
        "pt": "sim é a {first} a caixa chegou esmagada a lata aberta e o chá húmido com um cheiro esquisito tenho de o deitar fora",
    },
    "refund": {
        "de": "hallo {first} hier ich warte seit drei Wochen auf die {amts} für den Wasserkocher den hab ich zurückgeschickt und ihr habt ihn auch bekommen",
        "it": "buongiorno sono {first} aspetto da tre settimane i {amts} del bollitore l'ho restituito e l'avete pure ricevuto",
        "en": "hello it's {first} i've been waiting three weeks for the {amts} for the kettle i sent it back and you got it",
        "es": "hola soy {first} llevo tres semanas esperando los {amts} del hervidor lo devolví y os llegó",
        "fr": "bonjour c'est {first} j'attends depuis trois semaines les {amts} de la bouilloire vous l'avez bien reçue",
        "pt": "olá é a {first} estou há três semanas à espera dos {amts} da chaleira devolvi e vocês receberam",
    },
    "wrong_price": {
        "de": "ja hallo {first} hier ich bin im Club und ihr habt mir bei der Bestellung den vollen Preis berechnet ohne Mitgliederrabatt",
        "it": "pronto sono {first} sono socia del Club e nell'ordine mi avete fatto pagare prezzo pieno senza lo sconto soci",
        "en": "hi it's {first} i'm a Club member and my order was charged full price no member discount",
        "es": "hola soy {first} soy socia del Club y me habéis cobrado el pedido a precio normal sin descuento",
        "fr": "bonjour c'est {first} je suis membre du Club et ma commande est au plein tarif sans la remise membre",
        "pt": "olá é a {first} sou membro do Club e cobraram a encomenda a preço normal sem desconto",
    },
    "cancel_fee": {
        "de": "hallo {first} hier ich hab die Box nur pausiert und jetzt zahle ich {amts} Pausengebühr davon war nie die Rede",
        "it": "pronto sono {first} ho solo messo in pausa la box e ora mi trovo {amts} di penale non se n'era mai parlato",
        "en": "hi it's {first} i only paused my box and now there's a {amts} pause fee nobody ever said anything about that",
        "es": "hola soy {first} solo pausé la caja y ahora me cobráis {amts} de penalización de la que nadie dijo nada",
        "fr": "bonjour c'est {first} j'ai juste mis la box en pause et on me facture {amts} de frais jamais annoncés",
        "pt": "olá é a {first} só pausei a caixa e agora tenho {amts} de taxa de pausa de que ninguém falou",
    },
}
RESTATE = {
    "no_show": {
        "de": "Die Box ist immer noch nicht da.",
        "it": "La box non è ancora arrivata.",
        "en": "The box still hasn't turned up.",
        "es": "La caja sigue sin llegar.",
        "fr": "La box n'est toujours pas arrivée.",
        "pt": "A caixa continua sem chegar.",
    },
    "double_charge": {
        "de": "Die doppelte Abbuchung ist nicht zurück.",
        "it": "Il doppio addebito non è stato restituito.",
        "en": "The double charge hasn't been refunded.",
        "es": "El cobro doble sigue sin devolverse.",
        "fr": "Le double prélèvement n'est pas remboursé.",
        "pt": "A cobrança dupla continua por devolver.",
    },
    "damage": {
        "de": "Für die kaputte Lieferung ist kein Ersatz gekommen.",
        "it": "Per la consegna danneggiata non è arrivata nessuna sostituzione.",
        "en": "No replacement for the damaged box.",
        "es": "No ha llegado reposición del pedido dañado.",
        "fr": "Aucun remplacement pour la box abîmée.",
        "pt": "Não chegou substituição da encomenda danificada.",
    },
    "refund": {
        "de": "Die Erstattung für den Wasserkocher fehlt weiterhin.",
        "it": "Il rimborso del bollitore manca ancora.",
        "en": "The kettle refund is still missing.",
        "es": "El reembolso del hervidor sigue sin llegar.",
        "fr": "Le remboursement de la bouilloire manque toujours.",
        "pt": "O reembolso da chaleira continua em falta.",
    },
    "wrong_price": {
        "de": "Der Mitgliederrabatt ist immer noch nicht gutgeschrieben.",
        "it": "Lo sconto soci non è ancora stato accreditato.",
        "en": "The member discount still hasn't been credited.",
        "es": "El descuento de socio sigue sin abonarse.",
        "fr": "La remise membre n'est toujours pas créditée.",
        "pt": "O desconto de membro continua sem ser creditado.",
    },
    "cancel_fee": {
        "de": "Die Pausengebühr ist nicht zurückgebucht.",
        "it": "La penale per la pausa non è stata stornata.",
        "en": "The pause fee hasn't been reversed.",
        "es": "La penalización por pausa no se ha anulado.",
        "fr": "Les frais de pause ne sont pas annulés.",
        "pt": "A taxa de pausa não foi anulada.",
    },
}
TOPIC = {
    "de": {
        "no_show": "Box nicht angekommen",
        "double_charge": "Doppelte Abbuchung",
        "damage": "Beschädigte Lieferung",
        "refund": "Erstattung fehlt",
        "wrong_price": "Kein Mitgliederpreis",
        "cancel_fee": "Pausengebühr",
    },
    "it": {
        "no_show": "Box mai arrivata",
        "double_charge": "Doppio addebito",
        "damage": "Consegna danneggiata",
        "refund": "Rimborso mancante",
        "wrong_price": "Niente prezzo soci",
        "cancel_fee": "Penale pausa",
    },
    "en": {
        "no_show": "Box never arrived",
        "double_charge": "Double charge",
        "damage": "Damaged delivery",
        "refund": "Missing refund",
        "wrong_price": "No member price",
        "cancel_fee": "Pause fee",
    },
    "es": {
        "no_show": "Caja no recibida",
        "double_charge": "Cobro doble",
        "damage": "Pedido dañado",
        "refund": "Reembolso pendiente",
        "wrong_price": "Sin precio de socio",
        "cancel_fee": "Penalización por pausa",
    },
    "fr": {
        "no_show": "Box jamais reçue",
        "double_charge": "Double prélèvement",
        "damage": "Livraison abîmée",
        "refund": "Remboursement manquant",
        "wrong_price": "Pas de prix membre",
        "cancel_fee": "Frais de pause",
    },
    "pt": {
        "no_show": "Caixa não recebida",
        "double_charge": "Cobrança dupla",
        "damage": "Encomenda danificada",
        "refund": "Reembolso em falta",
        "wrong_price": "Sem preço de membro",
        "cancel_fee": "Taxa de pausa",
    },
}
COMPLAINT_PREFIX = {
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "fr": "Réclamation : ",
    "pt": "Reclamação: ",
}
REPLY_PREFIX = {
    "de": "AW: Vorgang ",
    "it": "R: Pratica ",
    "en": "Re: Case ",
    "es": "RE: Incidencia ",
    "fr": "RE : Dossier ",
    "pt": "RE: Pedido ",
}
LONG_LETTER = {
    "de": [
        "Liebes {brand}-Team,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, weil ich sonst nicht dazu komme. Seit mein Mann die Knie-OP hatte, ist zu Hause einiges los, und die Tasse Tee am Nachmittag ist so ziemlich meine einzige ruhige Viertelstunde. Ich bin seit über zwei Jahren im Club und habe Sie schon vielen Freundinnen empfohlen.\n\nUmso mehr ärgert mich das hier: {problem}\n\nIch erwarte, dass das schnell geklärt wird. So etwas möchte ich nicht noch einmal erleben.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo zusammen,\n\nkurz vorweg: Ich sitze im Zug zurück von einer Messe, das WLAN hält ungefähr drei Minuten am Stück, also entschuldigen Sie, falls das hier zweimal ankommt. Wir räumen gerade die Wohnung meiner verstorbenen Tante aus, und Ihre Box war in den letzten Wochen das Einzige, was zuverlässig funktioniert hat.\n\nJetzt aber: {problem}\n\nBitte melden Sie sich zeitnah. Für lange Warteschleifen habe ich gerade wirklich keine Nerven.\n\nGruß\n{name}",
    ],
    "it": [
        "Gentile team {brand},\n\nvi scrivo dalla sala d'attesa del pediatra, con il piccolo che ha la febbre da tre giorni, quindi perdonate la forma. Sono iscritta al Club da quasi due anni e il tè del pomeriggio è l'unico momento tutto mio della giornata; vi ho consigliati a mezzo ufficio.\n\nProprio per questo mi dispiace dovervi scrivere: {problem}\n\nMi aspetto una soluzione rapida. Non vorrei dover ripetere questa storia.\n\nCordiali saluti\n{name}",
        "Buongiorno,\n\nvi scrivo dal furgone, tra un cliente e l'altro al mercato, perché la sera non ho più testa. Mia suocera è appena uscita dall'ospedale e in casa è un via vai continuo; la vostra box era l'unica cosa che arrivava senza pensieri.\n\nE invece: {problem}\n\nVi chiedo di sistemare la cosa al più presto, sono davvero stanca di rincorrere tutto.\n\nSaluti\n{name}",
    ],
    "en": [
        "Hello,\n\nwriting from the car park at my daughter's swimming lesson, so forgive the rush. I've been in the Club for two years and recommended you to half my book group.\n\nWhich is why this annoys me: {problem}\n\nPlease sort it quickly.\n\nRegards\n{name}"
    ],
    "es": [
        "Hola,\n\nos escribo desde el coche, esperando a que mi hijo salga de natación, así que perdonad las prisas. Llevo dos años en el Club y os he recomendado a medio trabajo.\n\nPor eso me fastidia esto: {problem}\n\nEspero que lo arregléis pronto.\n\nUn saludo\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du dentiste, pardon pour la forme. Je suis membre du Club depuis deux ans et je vous ai recommandés à tout mon bureau.\n\nC'est pourquoi ceci m'agace : {problem}\n\nMerci de régler cela rapidement.\n\nCordialement\n{name}"
    ],
    "pt": [
        "Olá,\n\nescrevo do carro, à espera que a minha filha saia da natação, desculpem a pressa. Sou do Club há dois anos e já vos recomendei a meio escritório.\n\nPor isso mesmo isto irrita-me: {problem}\n\nEspero que resolvam depressa.\n\nCumprimentos\n{name}"
    ],
}
AG_CASE_EMAIL = {
    "de": (
        "Ihr Anliegen {case}",
        "Hallo {first}, danke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und melden uns, sobald wir mehr wissen. Viele Grüße, {agent}",
    ),
    "it": (
        "La sua segnalazione {case}",
        "Buongiorno {first}, grazie del messaggio. Abbiamo aperto la pratica {case} e la ricontattiamo appena possibile. Cordiali saluti, {agent}",
    ),
    "en": (
        "Your case {case}",
        "Hi {first}, thanks for getting in touch. We've opened case {case} and will come back to you as soon as we know more. Best, {agent}",
    ),
    "es": (
        "Su incidencia {case}",
        "Hola {first}, gracias por escribirnos. Hemos abierto la incidencia {case} y le diremos algo en cuanto sepamos más. Un saludo, {agent}",
    ),
    "fr": (
        "Votre demande {case}",
        "Bonjour {first}, merci pour votre message. Nous avons ouvert le dossier {case} et revenons vers vous dès que possible. Cordialement, {agent}",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {first}, obrigado pela mensagem. Abrimos o pedido {case} e voltamos a contactar assim que soubermos mais. Cumprimentos, {agent}",
    ),
}
AG_CASE_CHAT = {
    "de": "Das tut mir leid, {first}. Ich habe den Vorgang {case} angelegt, wir kümmern uns darum.",
    "it": "Mi dispiace, {first}. Ho aperto la pratica {case}, ce ne occupiamo noi.",
    "en": "Sorry about that, {first}. I've opened case {case} and we're on it.",
    "es": "Lo siento, {first}. He abierto la incidencia {case} y nos encargamos.",
    "fr": "Désolé, {first}. J'ai ouvert le dossier {case}, on s'en occupe.",
    "pt": "Lamento, {first}. Abri o pedido {case} e vamos tratar disso.",
}
AG_GOOD_NEWS = {
    "de": (
        "Gute Nachrichten zu {case}",
        "Hallo {first}, gute Nachrichten zu {case}: das ist korrigiert, Ersatz oder Erstattung ist unterwegs. Können Sie kurz bestätigen, dass alles passt? Viele Grüße, {agent}",
    ),
    "it": (
        "Buone notizie sulla pratica {case}",
        "Buongiorno {first}, buone notizie sulla pratica {case}: è tutto corretto, il rimborso o la sostituzione sono in arrivo. Può confermarci che va tutto bene? Saluti, {agent}",
    ),
    "en": (
        "Good news on {case}",
        "Hi {first}, good news on {case}: it's been put right and the replacement or refund is on its way. Could you confirm everything's fine your end? Best, {agent}",
    ),
    "es": (
        "Buenas noticias sobre {case}",
        "Hola {first}, buenas noticias sobre {case}: está corregido y el reembolso o la reposición ya van de camino. ¿Nos confirma que todo está bien? Un saludo, {agent}",
    ),
    "fr": (
        "Bonne nouvelle pour {case}",
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est corrigé, remplacement ou remboursement en route. Pouvez-vous nous confirmer que tout va bien ? Cordialement, {agent}",
    ),
    "pt": (
        "Boas notícias sobre {case}",
        "Olá {first}, boas notícias sobre o pedido {case}: está corrigido e o reembolso ou a substituição já seguiu. Pode confirmar que está tudo bem? Cumprimentos, {agent}",
    ),
}
AG_QUALITY = {
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Viele Grüße, {agent}",
    ),
    "it": (
        "La pratica {case}",
        "Buongiorno {first}, la pratica {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. Saluti, {agent}",
    ),
    "en": (
        "Your case {case}",
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Best, {agent}",
    ),
    "es": (
        "Su incidencia {case}",
        "Hola {first}, su incidencia {case} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía. Un saludo, {agent}",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first}, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. Cordialement, {agent}",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço. Cumprimentos, {agent}",
    ),
}
AG_URGENT = {
    "de": "Ich habe das zu {case} hinzugefügt und als dringend markiert.",
    "it": "L'ho aggiunto alla pratica {case} e l'ho segnata come urgente.",
    "en": "I've added that to case {case} and marked it urgent.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente.",
    "fr": "Je l'ai ajouté au dossier {case}, marqué urgent.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}
AG_SORRY_GO = {
    "de": (
        "Ihre Kündigung",
        "Hallo {first}, schade, dass Sie gehen. Club und Konto können Sie selbst in der App oder auf der Website unter Konto > Mitgliedschaft kündigen. Viele Grüße, {agent}",
    ),
    "it": (
        "La sua disdetta",
        "Buongiorno {first}, ci dispiace vederla andare. Può disdire il Club e chiudere l'account da sola nell'app o sul sito, in Account > Abbonamento. Saluti, {agent}",
    ),
    "en": (
        "Your cancellation",
        "Hi {first}, sorry to see you go. You can cancel the Club and close your account yourself in the app or on the website under Account > Membership. Best, {agent}",
    ),
    "es": (
        "Su baja",
        "Hola {first}, sentimos que se vaya. Puede dar de baja el Club y cerrar la cuenta usted misma en la app o en la web, en Cuenta > Suscripción. Un saludo, {agent}",
    ),
    "fr": (
        "Votre résiliation",
        "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier le Club et fermer votre compte dans l'appli ou sur le site, rubrique Compte > Abonnement. Cordialement, {agent}",
    ),
    "pt": (
        "O seu cancelamento",
        "Olá {first}, temos pena que saia. Pode cancelar o Club e fechar a conta na app ou no site, em Conta > Assinatura. Cumprimentos, {agent}",
    ),
}
AG_ACK = {
    "de": (
        "Danke für Ihren Hinweis",
        "Hallo {first}, danke für den Hinweis, wir geben ihn an das zuständige Team weiter. Viele Grüße, {agent}",
    ),
    "it": (
        "Grazie della segnalazione",
        "Buongiorno {first}, grazie della segnalazione, la giriamo al team che se ne occupa. Saluti, {agent}",
    ),
    "en": (
        "Thanks for letting us know",
        "Hi {first}, thanks for the note, we've passed it to the team. Best, {agent}",
    ),
    "es": (
        "Gracias por avisar",
        "Hola {first}, gracias por el aviso, lo pasamos al equipo. Un saludo, {agent}",
    ),
    "fr": (
        "Merci pour votre remarque",
        "Bonjour {first}, merci pour la remarque, nous la transmettons à l'équipe. Cordialement, {agent}",
    ),
    "pt": (
        "Obrigado pelo aviso",
        "Olá {first}, obrigado pelo aviso, passámos à equipa. Cumprimentos, {agent}",
    ),
}
AG_ACK_CHAT = {
    "de": "Danke für den Hinweis, {first}, das gebe ich an die Technik weiter.",
    "it": "Grazie della segnalazione, {first}, la passo ai tecnici.",
    "en": "Thanks, {first}, I've passed that on to the tech team.",
    "es": "Gracias, {first}, se lo paso al equipo técnico.",
    "fr": "Merci, {first}, je transmets à l'équipe technique.",
    "pt": "Obrigado, {first}, passo à equipa técnica.",
}
APOLOGY = {
    "de": [
        "Sorry wegen gestern, ich war echt sauer. Danke, dass ihr das so schnell gelöst habt.",
        "Entschuldigung für den Ton gestern, war ein langer Tag. Alles gut jetzt.",
    ],
    "it": [
        "Scusate per ieri, ero proprio arrabbiata. Grazie di aver risolto così in fretta.",
        "Chiedo scusa per il tono di ieri, giornataccia. Ora tutto a posto.",
    ],
    "en": ["Sorry about yesterday, I was really cross. Thanks for sorting it so quickly."],
    "es": ["Perdón por lo de ayer, estaba muy enfadada. Gracias por resolverlo tan rápido."],
    "fr": ["Désolée pour hier, j'étais vraiment énervée. Merci d'avoir réglé ça si vite."],
    "pt": ["Desculpem por ontem, estava mesmo chateada. Obrigada por resolverem tão depressa."],
}
CONFIRM = {
    "de": [
        "Bestätigt, {case} ist erledigt, danke!",
        "Alles angekommen, {case} kann zu. Danke euch.",
    ],
    "it": [
        "Confermo, la pratica {case} è risolta, grazie!",
        "Tutto arrivato, potete chiudere {case}. Grazie.",
    ],
    "en": ["Confirmed, {case} is sorted, thanks!"],
    "es": ["Confirmado, {case} resuelta, ¡gracias!"],
    "fr": ["Je confirme, {case} est réglé, merci !"],
    "pt": ["Confirmado, o {case} está resolvido, obrigado!"],
}
LOW_CSAT = {
    "de": ["Enttäuschend", "", "Nicht gut"],
    "it": ["Deludente", "", "Male"],
    "en": ["Poor", ""],
    "es": ["Mal", ""],
    "fr": ["Décevant", ""],
    "pt": ["Fraco", ""],
}
LOW_NPS = {
    "de": ["So nicht.", "Erst mal nicht weiterempfehlen.", ""],
    "it": ["Così no.", "Per ora non vi consiglio.", ""],
    "en": ["Not like this.", ""],
    "es": ["Así no.", ""],
    "fr": ["Pas comme ça.", ""],
    "pt": ["Assim não.", ""],
}
STILL_OPEN = {
    "de": [
        "Ich schreibe wegen {case}, das ist immer noch nicht gelöst. {short}",
        "Nochmal zu {case}: es hat sich nichts getan. {short}",
    ],
    "it": [
        "Scrivo per la pratica {case}, ancora niente. {short}",
        "Di nuovo per {case}: non si è mosso nulla. {short}",
    ],
    "en": ["Writing again about {case}, still not sorted. {short}"],
    "es": ["Escribo otra vez por {case}, sigue sin resolverse. {short}"],
    "fr": ["Je reviens vers vous pour {case}, toujours rien. {short}"],
    "pt": ["Volto a escrever por causa do {case}, continua por resolver. {short}"],
}
THIRD = {
    "de": [
        "Dritter Anlauf wegen {case}. Eine Kollegin bestellt bei {comp}, da ist so was am selben Tag erledigt. {short}",
        "Zum dritten Mal {case}. Ich hab mir schon angeschaut, was {comp} für ein Tee-Abo nimmt. {short}",
    ],
    "it": [
        "Terza volta per {case}. Una collega compra da {comp} e lì cose così le risolvono in giornata. {short}",
        "Terzo messaggio per {case}. Ho già guardato quanto costa l'abbonamento da {comp}. {short}",
    ],
    "en": [
        "Third time about {case}. A colleague buys from {comp} and they sort this kind of thing the same day. {short}"
    ],
    "es": [
        "Tercera vez por {case}. Una compañera compra en {comp} y allí esto lo arreglan el mismo día. {short}"
    ],
    "fr": [
        "Troisième fois pour {case}. Une collègue commande chez {comp}, eux règlent ça dans la journée. {short}"
    ],
    "pt": [
        "Terceira vez por causa do {case}. Uma colega compra na {comp} e lá resolvem isto no mesmo dia. {short}"
    ],
}
FOURTH = {
    "de": [
        "Das ist jetzt das VIERTE Mal wegen {case}. {short} Ich will heute eine Lösung.",
        "VIERTE Nachricht zu {case}. {short} Langsam reicht es wirklich.",
    ],
    "it": [
        "È la QUARTA volta per {case}. {short} Voglio una soluzione oggi.",
        "QUARTO messaggio per {case}. {short} Adesso basta davvero.",
    ],
    "en": ["This is the FOURTH time about {case}. {short} I want it fixed today."],
    "es": ["Es la CUARTA vez por {case}. {short} Quiero una solución hoy."],
    "fr": ["C'est la QUATRIÈME fois pour {case}. {short} Je veux une solution aujourd'hui."],
    "pt": ["É a QUARTA vez por causa do {case}. {short} Quero uma solução hoje."],
}
SLIDE = {
    "de": [
        [
            "Die Box kam diesmal vier Tage später als angekündigt. Schade, war sonst immer pünktlich.",
            "Zwei Sorten in der Box hatte ich schon letzten Monat. Wird das Sortiment kleiner?",
            "Der Earl Grey schmeckt diesmal flach und staubig, eher Teebeutelqualität. Hat sich was geändert?",
            "Und jetzt ist der Club-Beitrag ohne Ankündigung von 19,90 auf 24,90 gestiegen. Für weniger Auswahl.",
            "Kundenservice antwortet seit einer Woche nicht, in der Box wieder zwei Wiederholungen und ein zerbrochener Deckel. Mir reicht's langsam.",
            "Meine Nachbarin hat mir ihre Box von {comp} gezeigt: frischer Tee, mehr Sorten, gleicher Preis. Ich hab mir da mal ein Probeset bestellt.",
        ],
        [
            "Hm, diesmal war der Grüntee ziemlich bitter, obwohl ich mich genau an die Karte gehalten habe.",
            "Die Box wurde wieder beim Nachbarn abgegeben, ohne Zettel. Zweimal in Folge jetzt.",
            "Die neuen Papiertüten halten das Aroma nicht, der Jasmin riecht nach gar nichts mehr.",
            "Versandkosten für Nachbestellungen jetzt auch für Club-Mitglieder? Das war mal anders.",
            "Drei Mails, keine Antwort, und der Oolong ist komplett zerbröselt angekommen. Was ist bei euch los?",
            "Ein Kollege bestellt seit Monaten bei {comp} und schwört drauf. Ich hab dort jetzt die erste Box bestellt.",
        ],
    ],
    "it": [
        [
            "La box questa volta è arrivata con quattro giorni di ritardo. Peccato, di solito eravate puntuali.",
            "Due tè della box li avevo già avuti il mese scorso. Si sta riducendo la scelta?",
            "L'Earl Grey stavolta sa di poco, quasi da bustina del supermercato. È cambiato qualcosa?",
            "E adesso la quota del Club passa da 19,90 a 24,90 senza preavviso. Per meno varietà.",
            "Il servizio clienti non risponde da una settimana, nella box di nuovo due doppioni e un coperchio rotto. Mi sto stufando.",
            "La mia vicina mi ha fatto vedere la sua box di {comp}: tè più fresco, più varietà, stesso prezzo. Ho ordinato un set di prova da loro.",
        ],
        [
            "Mah, il tè verde stavolta era amaro anche seguendo alla lettera il cartoncino.",
            "La box è stata lasciata di nuovo dal vicino senza avviso. Due volte di fila.",
            "Le nuove buste di carta non tengono l'aroma, il gelsomino non profuma più di niente.",
            "Spese di spedizione sui riordini anche per i soci del Club? Prima non era così.",
            "Tre mail senza risposta e l'oolong è arrivato tutto sbriciolato. Ma che succede?",
            "Un collega ordina da mesi da {comp} e ci giura. Ho appena ordinato lì la mia prima box.",
        ],
    ],
    "en": [
        [
            "Box turned up four days late this time. Shame, it's usually spot on.",
            "Two of the teas in this box I already had last month. Is the range shrinking?",
            "The Earl Grey tastes flat and dusty this time, more like teabag stuff. Has something changed?",
            "And now the Club fee has gone up from £17 to £21 without a word. For less choice.",
            "No reply from customer service for a week, two repeats in the box again and a cracked lid. I'm getting fed up.",
            "My neighbour showed me her {comp} box: fresher tea, more variety, same price. I've ordered their taster set.",
        ]
    ],
    "es": [
        [
            "Esta vez la caja llegó cuatro días tarde. Qué pena, normalmente sois puntuales.",
            "Dos tés de la caja ya los tuve el mes pasado. ¿Se está quedando corta la selección?",
            "El Earl Grey sabe plano y a polvo esta vez, tipo bolsita de súper. ¿Ha cambiado algo?",
            "Y ahora la cuota del Club sube de 19,90 a 24,90 sin avisar. Por menos variedad.",
            "Atención al cliente lleva una semana sin contestar, otra vez dos repetidos en la caja y una tapa rota. Estoy harta.",
            "Mi vecina me enseñó su caja de {comp}: té más fresco, más variedad, mismo precio. He pedido su set de prueba.",
        ]
    ],
    "fr": [
        [
            "La box est arrivée avec quatre jours de retard cette fois. Dommage, d'habitude c'est ponctuel.",
            "Deux thés de la box, je les avais déjà le mois dernier. La gamme rétrécit ?",
            "L'Earl Grey est plat et poussiéreux cette fois, qualité sachet. Quelque chose a changé ?",
            "Et maintenant l'abonnement passe de 19,90 à 24,90 sans prévenir. Pour moins de choix.",
            "Le service client ne répond plus depuis une semaine, encore deux doublons dans la box et un couvercle cassé. J'en ai assez.",
            "Ma voisine m'a montré sa box {comp} : thé plus frais, plus de choix, même prix. J'ai commandé leur coffret découverte.",
        ]
    ],
    "pt": [
        [
            "Desta vez a caixa chegou quatro dias atrasada. Pena, costumam ser pontuais.",
            "Dois chás da caixa já os tinha recebido no mês passado. A seleção está a encolher?",
            "O Earl Grey sabe a pouco e a pó desta vez, parece de saqueta. Mudou alguma coisa?",
            "E agora a mensalidade do Club passa de 19,90 para 24,90 sem aviso. Por menos variedade.",
            "O apoio ao cliente não responde há uma semana, mais dois repetidos na caixa e uma tampa partida. Estou farta.",
            "A minha vizinha mostrou-me a caixa da {comp}: chá mais fresco, mais variedade, mesmo preço. Encomendei o kit de prova deles.",
        ]
    ],
}
LEAVE = {
    "de": [
        (
            "Kündigung Club",
            "Hallo, ich möchte meine Club-Mitgliedschaft kündigen und mein Konto schließen. Der Arzt hat mir Koffein gestrichen, und Kräuter wachsen bei mir im Garten. Danke für die schöne Zeit, {first}",
        ),
        (
            "Club kündigen",
            "Hallo, bitte Club kündigen und Konto löschen. Wir ziehen für drei Jahre nach Osaka, da brauche ich euch leider nicht 😅 Gruß {first}",
        ),
    ],
    "it": [
        (
            "Disdetta Club",
            "Buongiorno, vorrei disdire il Club e chiudere il mio account. Il medico mi ha tolto la teina e le tisane ormai me le faccio con l'orto. Grazie di tutto, {first}",
        ),
        (
            "Chiusura account",
            "Salve, per favore disdite il Club e chiudete l'account. Ci trasferiamo in Giappone per lavoro, lì non ne avrò bisogno 😅 {first}",
        ),
    ],
    "en": [
        (
            "Cancel Club",
            "Hello, I'd like to cancel my Club membership and close my account. The doctor's cut out caffeine and I grow my own herbs now. Thanks for everything, {first}",
        )
    ],
    "es": [
        (
            "Baja del Club",
            "Hola, quiero darme de baja del Club y cerrar mi cuenta. El médico me ha quitado la teína y las hierbas ya las tengo en el huerto. Gracias por todo, {first}",
        )
    ],
    "fr": [
        (
            "Résiliation Club",
            "Bonjour, je souhaite résilier mon Club et fermer mon compte. Le médecin m'a supprimé la théine et je fais pousser mes tisanes. Merci pour tout, {first}",
        )
    ],
    "pt": [
        (
            "Cancelar Club",
            "Olá, quero cancelar o Club e fechar a minha conta. O médico cortou-me a cafeína e as ervas já as tenho na horta. Obrigada por tudo, {first}",
        )
    ],
}
GRUMBLE = {
    "de": [
        "Die App loggt mich JEDES Mal aus, wenn ich sie schließe.",
        "Warum kommt die Versandmail um 5 Uhr morgens?",
        "Die Dosendeckel klemmen immer noch.",
        "Der Chat macht um 18 Uhr zu, toll für Berufstätige.",
        "Die Kärtchen sind so klein gedruckt, dass ich eine Lupe brauche.",
        "Wieder ein Paket, das für 200 g Tee so groß ist wie ein Schuhkarton.",
    ],
    "it": [
        "L'app mi disconnette OGNI volta che la chiudo.",
        "Perché la mail di spedizione arriva alle 5 del mattino?",
        "I coperchi dei barattoli si incastrano sempre.",
        "La chat chiude alle 18, comodissimo per chi lavora.",
        "I cartoncini sono scritti così piccoli che serve la lente.",
        "Di nuovo un pacco grande come una scatola da scarpe per 200 g di tè.",
    ],
    "en": [
        "The app logs me out EVERY time I close it.",
        "Why does the dispatch e-mail come at 5am?",
        "The tin lids still stick.",
        "Chat closes at 6pm, great for anyone with a job.",
    ],
    "es": [
        "La app me cierra la sesión CADA vez que la cierro.",
        "¿Por qué llega el correo de envío a las 5 de la mañana?",
        "Las tapas de las latas siguen atascándose.",
        "El chat cierra a las 18, genial para quien trabaja.",
    ],
    "fr": [
        "L'appli me déconnecte À CHAQUE fois que je la ferme.",
        "Pourquoi l'e-mail d'expédition arrive à 5 h du matin ?",
        "Les couvercles des boîtes coincent toujours.",
        "Le chat ferme à 18 h, pratique quand on travaille.",
    ],
    "pt": [
        "A app termina a sessão SEMPRE que a fecho.",
        "Porque é que o e-mail de envio chega às 5 da manhã?",
        "As tampas das latas continuam a encravar.",
        "O chat fecha às 18h, ótimo para quem trabalha.",
    ],
}
SARCASM = {
    "de": [
        "Toll, die Geburtstagsbox kam pünktlich am Tag DANACH 👏",
        "Danke für den 'Überraschungstee', der sich als derselbe Sencha wie letzten Monat rausgestellt hat 😂",
    ],
    "it": [
        "Bellissimo, la box per il compleanno è arrivata puntualissima il giorno DOPO 👏",
        "Grazie per il 'tè sorpresa', che era lo stesso sencha del mese scorso 😂",
    ],
    "en": ["Lovely, the birthday box arrived bang on time the day AFTER 👏"],
    "es": ["Genial, la caja del cumple llegó puntualísima al día SIGUIENTE 👏"],
    "fr": ["Super, la box d'anniversaire est arrivée pile à l'heure le LENDEMAIN 👏"],
    "pt": ["Fantástico, a caixa de aniversário chegou pontualíssima no dia SEGUINTE 👏"],
}
MILD = {
    "de": [
        "Die Suche im Shop findet 'Kamille' nicht, nur 'Kamillenblüten'. Etwas umständlich.",
        "Die Benachrichtigungen kommen bei mir auf Englisch, obwohl alles auf Deutsch eingestellt ist.",
    ],
    "it": [
        "La ricerca nello shop non trova 'camomilla', solo 'fiori di camomilla'. Un po' scomodo.",
        "Le notifiche mi arrivano in inglese anche se ho impostato tutto in italiano.",
    ],
    "en": ["The shop search doesn't find 'chamomile', only 'chamomile flowers'. A bit fiddly."],
    "es": [
        "El buscador de la tienda no encuentra 'manzanilla', solo 'flores de manzanilla'. Un poco incómodo."
    ],
    "fr": [
        "La recherche de la boutique ne trouve pas 'camomille', seulement 'fleurs de camomille'. Un peu pénible."
    ],
    "pt": ["A pesquisa da loja não encontra 'camomila', só 'flores de camomila'. Um bocado chato."],
}
SPIKE = {
    "de": [
        "Ich will meine Sorten für die nächste Box auswählen und beim Speichern kommt nur 'Fehler {code}'. Mehrmals probiert, App und Browser.",
        "Sortenauswahl lässt sich nicht speichern, Fehler {code}. Morgen ist Stichtag!",
        "Seit heute früh: Auswahl für die Box speichern → {code}. Geht das bei euch auch nicht?",
    ],
    "it": [
        "Provo a scegliere i tè per la prossima box e al salvataggio esce solo 'errore {code}'. Provato da app e da browser.",
        "La scelta dei tè non si salva, errore {code}. Domani è l'ultimo giorno!",
        "Da stamattina: salvo la scelta della box → {code}. Anche a voi?",
    ],
    "en": [
        "Trying to pick my teas for the next box and saving just gives 'error {code}'. Tried the app and the website.",
        "Can't save my box selection, error {code}, and the deadline's tomorrow.",
    ],
    "es": [
        "Intento elegir los tés de la próxima caja y al guardar sale 'error {code}'. Probado en la app y en la web.",
        "No me deja guardar la selección de la caja, error {code}. ¡Mañana es el último día!",
    ],
    "fr": [
        "J'essaie de choisir mes thés pour la prochaine box et à l'enregistrement : 'erreur {code}'. Appli et site, pareil.",
        "Impossible d'enregistrer ma sélection, erreur {code}. C'est demain la date limite !",
    ],
    "pt": [
        "Estou a tentar escolher os chás da próxima caixa e ao guardar aparece 'erro {code}'. Na app e no site.",
        "Não consigo guardar a escolha da caixa, erro {code}. Amanhã é o último dia!",
    ],
}
SPIKE_SUBJECT = {
    "de": "Sortenauswahl geht nicht",
    "it": "Scelta tè non si salva",
    "en": "Box selection won't save",
    "es": "No guarda la selección",
    "fr": "Sélection impossible",
    "pt": "Escolha não guarda",
}
SPIKE_AGAIN = {
    "de": [
        "Immer noch {code}, jetzt auch am Laptop meines Mannes. Die Auswahl geht einfach nicht.",
        "Nochmal: {code} bleibt, auch nach Neuinstallation der App.",
    ],
    "it": [
        "Ancora {code}, anche dal portatile di mio marito. La scelta non si salva.",
        "Di nuovo: {code} anche dopo aver reinstallato l'app.",
    ],
    "en": ["Still {code}, on my partner's laptop too."],
    "es": ["Sigue el {code}, también en el portátil de mi marido."],
    "fr": ["Toujours {code}, même sur l'ordinateur de mon mari."],
    "pt": ["Continua o {code}, também no portátil do meu marido."],
}
AG_SPIKE_CHAT = {
    "de": "Ja, die Sortenauswahl lässt sich gerade bei niemandem speichern, unser Technikteam ist dran.",
    "it": "Sì, in questo momento la scelta dei tè non si salva per nessuno, i tecnici ci stanno lavorando.",
    "en": "Yes, box selections aren't saving for anyone right now, our engineers are on it.",
    "es": "Sí, ahora mismo la selección no se guarda para nadie, los técnicos ya están en ello.",
    "fr": "Oui, les sélections ne s'enregistrent pour personne en ce moment, nos techniciens sont dessus.",
    "pt": "Sim, neste momento a escolha não guarda para ninguém, os técnicos já estão a tratar.",
}
AG_SPIKE_FIXED = {
    "de": (
        "Sortenauswahl geht wieder",
        "Hallo {first}, seit {time} Uhr lässt sich die Sortenauswahl wieder speichern, die Frist verlängern wir bis Montag. Als Entschuldigung haben wir Ihnen {credit} gutgeschrieben. Viele Grüße, {agent}",
    ),
    "it": (
        "La scelta dei tè funziona di nuovo",
        "Buongiorno {first}, dalle {time} la scelta dei tè si salva di nuovo e la scadenza è prorogata a lunedì. Per scusarci le abbiamo accreditato {credit}. Saluti, {agent}",
    ),
    "en": (
        "Box selection works again",
        "Hi {first}, since {time} box selections save again and we've moved the deadline to Monday. We've added {credit} credit to say sorry. Best, {agent}",
    ),
    "es": (
        "La selección ya funciona",
        "Hola {first}, desde las {time} la selección se guarda de nuevo y ampliamos el plazo hasta el lunes. Le hemos abonado {credit} como disculpa. Un saludo, {agent}",
    ),
    "fr": (
        "La sélection fonctionne à nouveau",
        "Bonjour {first}, depuis {time} la sélection s'enregistre à nouveau et la date limite passe à lundi. Nous vous avons crédité {credit} pour nous excuser. Cordialement, {agent}",
    ),
    "pt": (
        "A escolha já funciona",
        "Olá {first}, desde as {time} a escolha volta a guardar e o prazo passa para segunda. Creditámos {credit} como pedido de desculpa. Cumprimentos, {agent}",
    ),
}
LONE = {
    "de": (
        "Gestern Abend hat die Sortenauswahl ewig geladen, hat dann aber gespeichert. Ist meine Auswahl wirklich drin?",
        "Ja, {first}, Ihre Auswahl ist gespeichert, Sie sehen sie unter Meine Box.",
    ),
    "it": (
        "Ieri sera la pagina per scegliere i tè ci ha messo un'eternità, poi però ha salvato. La mia scelta c'è davvero?",
        "Sì {first}, la sua scelta è salvata, la vede in La mia box.",
    ),
}

# The business arm, Infusara Horeca: cafés, hotels, offices and restaurants on account.
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT = {
    "invoice": {
        "de": "Ihre Rechnungen kommen an unseren alten Firmennamen und ohne unsere Bestellnummer, die Buchhaltung kann sie so nicht bezahlen.",
        "it": "Le fatture arrivano intestate alla vecchia ragione sociale e senza il nostro numero d'ordine, l'amministrazione così non può pagarle.",
        "en": "Your invoices still show our old company name and no PO number, so accounts can't pay them.",
        "es": "Las facturas llegan con nuestro nombre antiguo y sin número de pedido, contabilidad no puede pagarlas así.",
        "fr": "Vos factures portent encore notre ancienne raison sociale et aucun numéro de commande, la compta ne peut pas les payer.",
        "pt": "As faturas chegam com o nosso nome antigo e sem número de encomenda, a contabilidade não as consegue pagar.",
    },
    "service_blocked": {
        "de": "Unsere Bestellungen werden abgelehnt, 'Konto gesperrt', obwohl alle Rechnungen bezahlt sind. Uns geht der Frühstückstee aus.",
        "it": "I nostri ordini vengono rifiutati, 'account bloccato', anche se abbiamo pagato tutto. Stiamo finendo il tè per le colazioni.",
        "en": "Our orders are being refused, 'account on hold', though every invoice is paid. We're running out of breakfast tea.",
        "es": "Nos rechazan los pedidos, 'cuenta bloqueada', aunque está todo pagado. Nos estamos quedando sin té para los desayunos.",
        "fr": "Nos commandes sont refusées, 'compte bloqué', alors que tout est payé. Nous n'avons bientôt plus de thé pour les petits-déjeuners.",
        "pt": "As encomendas são recusadas, 'conta bloqueada', apesar de estar tudo pago. Estamos a ficar sem chá para os pequenos-almoços.",
    },
    "portal": {
        "de": "Im Kundenportal sehen wir keine offenen Bestellungen mehr und können nichts nachbestellen.",
        "it": "Nel portale clienti non vediamo più gli ordini aperti e non riusciamo a riordinare.",
        "en": "The customer portal shows none of our open orders and we can't reorder anything.",
        "es": "En el portal no aparecen los pedidos abiertos y no podemos volver a pedir.",
        "fr": "Le portail n'affiche plus nos commandes en cours et nous ne pouvons rien recommander.",
        "pt": "No portal não aparecem as encomendas em aberto e não conseguimos voltar a encomendar.",
    },
    "overbilled": {
        "de": "Sie berechnen uns den Listenpreis statt unseres Vertragspreises, diesen Monat über 300 € zu viel.",
        "it": "Ci fatturate il prezzo di listino invece di quello del contratto, questo mese oltre 300 € in più.",
        "en": "You're billing us list price instead of our contract price, over £250 too much this month.",
        "es": "Nos facturáis a precio de tarifa y no al del contrato, este mes más de 300 € de más.",
        "fr": "Vous nous facturez le prix catalogue au lieu du prix contractuel, plus de 300 € de trop ce mois-ci.",
        "pt": "Estão a faturar a preço de tabela e não ao preço do contrato, este mês mais de 300 € a mais.",
    },
}
B2B_SUBJECT = {
    "de": {
        "invoice": "Rechnungen falsch adressiert",
        "service_blocked": "Bestellungen gesperrt",
        "portal": "Portal zeigt keine Bestellungen",
        "overbilled": "Falscher Preis",
    },
    "it": {
        "invoice": "Fatture errate",
        "service_blocked": "Ordini bloccati",
        "portal": "Portale senza ordini",
        "overbilled": "Prezzo sbagliato",
    },
    "en": {
        "invoice": "Invoices wrong",
        "service_blocked": "Orders blocked",
        "portal": "Portal shows no orders",
        "overbilled": "Wrong price",
    },
    "es": {
        "invoice": "Facturas incorrectas",
        "service_blocked": "Pedidos bloqueados",
        "portal": "Portal sin pedidos",
        "overbilled": "Precio incorrecto",
    },
    "fr": {
        "invoice": "Factures erronées",
        "service_blocked": "Commandes bloquées",
        "portal": "Portail sans commandes",
        "overbilled": "Mauvais prix",
    },
    "pt": {
        "invoice": "Faturas erradas",
        "service_blocked": "Encomendas bloqueadas",
        "portal": "Portal sem encomendas",
        "overbilled": "Preço errado",
    },
}
B2B_LATER = {
    "de": [
        "{first1} hat Ihnen schon am {day} geschrieben, Vorgang {case}. Bei mir dasselbe: {problem}",
        "Wie {first1} am {day} schon gemeldet hat (Vorgang {case}): {problem}",
    ],
    "it": [
        "{first1} vi ha già scritto {day}, pratica {case}. Anche per me: {problem}",
        "Come già segnalato da {first1} {day} (pratica {case}): {problem}",
    ],
    "en": ["{first1} already wrote to you on {day}, case {case}. Same here: {problem}"],
    "es": ["{first1} ya os escribió {day}, incidencia {case}. Aquí lo mismo: {problem}"],
    "fr": ["{first1} vous a déjà écrit {day}, dossier {case}. Pareil pour moi : {problem}"],
    "pt": ["A/O {first1} já vos escreveu na {day}, pedido {case}. Aqui o mesmo: {problem}"],
}
B2B_LAST_EMAIL = {
    "de": "Vorgang {case}: Es ist nichts behoben, mehrere Kolleginnen und Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} nach Preisen gefragt.",
    "it": "Pratica {case}: non è stato risolto niente e vi hanno scritto più colleghi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.",
    "en": "Case {case}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for their prices.",
    "es": "Incidencia {case}: no se ha arreglado nada y os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "fr": "Dossier {case} : rien n'est réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les prix de {comp}.",
    "pt": "Pedido {case}: nada foi resolvido e vários colegas já escreveram. As compras já pediram preços à {comp}.",
}
B2B_LAST_CALL = {
    "de": "ja {first} hier wegen {case} da ist immer noch nichts passiert mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht läuft wechseln wir den Lieferanten",
    "it": "sì sono {first} per la pratica {case} non è successo ancora niente vi hanno scritto in tanti e il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "en": "hi it's {first} about case {case} still nothing's happened several of us have written and my boss says if it isn't fixed this week we move the account",
    "es": "hola soy {first} por la incidencia {case} sigue sin pasar nada os han escrito varios y mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    "fr": "oui c'est {first} pour le dossier {case} toujours rien plusieurs collègues ont écrit et mon chef dit que si ce n'est pas réglé cette semaine on change de fournisseur",
    "pt": "olá é {first} sobre o pedido {case} continua tudo igual já escreveram vários colegas e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
}
B2B_MILD = {
    "de": [
        "Vorschlag: Könnten die Rechnungen nach Filiale aufgeteilt werden? Das würde uns die Zuordnung erleichtern.",
        "Schön wäre das Mindesthaltbarkeitsdatum auch auf dem Lieferschein.",
    ],
    "it": [
        "Suggerimento: si potrebbero dividere le fatture per punto vendita? Ci semplificherebbe la contabilità.",
        "Sarebbe utile avere la data di scadenza anche sulla bolla di consegna.",
    ],
    "en": ["Suggestion: could invoices be split by site? It would make allocation easier."],
    "es": [
        "Sugerencia: ¿se podrían separar las facturas por local? Nos facilitaría la contabilidad."
    ],
    "fr": [
        "Suggestion : pourriez-vous séparer les factures par établissement ? Cela nous simplifierait la compta."
    ],
    "pt": ["Sugestão: seria possível separar as faturas por loja? Facilitava-nos a contabilidade."],
}
B2B_CHAT_QA = {
    "de": [
        (
            "Können wir die Lieferung am Donnerstag schon vor 9 Uhr bekommen? Wir öffnen um 9.",
            "Hallo {first}, ja, ich habe die Lieferung auf 7-9 Uhr gelegt.",
        ),
        (
            "Gibt es den Pfefferminz auch in 500er-Kartons?",
            "Hallo {first}, ja, Artikel im Portal unter Beutel > Großpackung.",
        ),
    ],
    "it": [
        (
            "Possiamo avere la consegna di giovedì prima delle 9? Apriamo alle 9.",
            "Ciao {first}, sì, ho messo la consegna tra le 7 e le 9.",
        ),
        (
            "La menta c'è anche in cartoni da 500 bustine?",
            "Ciao {first}, sì, nel portale sotto Bustine > Formato grande.",
        ),
    ],
    "en": [
        (
            "Can Thursday's delivery come before 9? We open at 9.",
            "Hi {first}, yes, I've set it for 7-9.",
        )
    ],
    "es": [
        (
            "¿Nos podéis traer el pedido del jueves antes de las 9? Abrimos a las 9.",
            "Hola {first}, sí, lo he puesto de 7 a 9.",
        )
    ],
    "fr": [
        (
            "La livraison de jeudi peut-elle arriver avant 9 h ? Nous ouvrons à 9 h.",
            "Bonjour {first}, oui, je l'ai programmée entre 7 et 9 h.",
        )
    ],
    "pt": [
        (
            "A entrega de quinta pode ser antes das 9? Abrimos às 9.",
            "Olá {first}, sim, marquei entre as 7 e as 9.",
        )
    ],
}
B2B_PRAISE = {
    "de": [
        "Unsere Gäste fragen ständig, woher der Frühstückstee kommt. Danke an das {brand} Horeca Team!",
        "Teekiste im Foyer ist ein Hit, die Sorten werden ständig nachgefragt.",
    ],
    "it": [
        "I clienti ci chiedono sempre da dove viene il tè della colazione. Grazie al team {brand} Horeca!",
        "La cassetta del tè nella hall piace tantissimo, ci chiedono sempre le miscele.",
    ],
    "en": [
        "Guests keep asking where the breakfast tea comes from. Thanks to the {brand} Horeca team!"
    ],
    "es": [
        "Los clientes siempre preguntan de dónde es el té del desayuno. ¡Gracias al equipo de {brand} Horeca!"
    ],
    "fr": [
        "Les clients demandent sans cesse d'où vient le thé du petit-déjeuner. Merci à l'équipe {brand} Horeca !"
    ],
    "pt": [
        "Os clientes perguntam sempre de onde vem o chá do pequeno-almoço. Obrigado à equipa {brand} Horeca!"
    ],
}
COMPANY_WORDS = {
    "de": [
        "Hotel Lindenhof",
        "Café Kranich",
        "Kanzlei Roth & Partner",
        "Bäckerei Seidl",
        "Pension Alpenblick",
        "Büro Nordlicht",
        "Gasthaus Krone",
    ],
    "it": [
        "Hotel Belvedere",
        "Caffè Duomo",
        "Studio Ferri",
        "Bar Centrale",
        "Albergo Sole",
        "Pasticceria Nuvola",
        "Trattoria Due Ponti",
    ],
    "en": ["Harbour Hotel", "Kettle & Crumb Café"],
    "es": ["Hotel Almendro", "Cafetería Trébol"],
    "fr": ["Hôtel des Tilleuls", "Salon Pivoine"],
    "pt": ["Hotel Ribeira", "Pastelaria Estrela"],
}
JOB_TITLES = [
    "Front office manager",
    "Café owner",
    "Office manager",
    "Head chef",
    "Purchasing",
    "F&B manager",
    "Accounts",
]
