# ruff: noqa: E501
"""Consumers' and agents' words for heldout95 (Tornella, pottery studios), written from the stories.

Italian and German first (most variants), then English, Spanish, French and Portuguese.
Placeholders: {first} {last} {town} {teacher} {ref} {amt} {comp} {agent} {topic} {time} {credit}.
"""

from __future__ import annotations

Table = dict[str, list[str]]

LANGS = ["it", "de", "en", "es", "fr", "pt"]

FIRST: Table = {
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Matteo",
        "Sara",
        "Davide",
        "Elena",
        "Alessandro",
        "Federica",
        "Simone",
        "Martina",
        "Paolo",
        "Valentina",
        "Andrea",
        "Silvia",
        "Roberto",
        "Ilaria",
        "Stefano",
        "Noemi",
        "Tommaso",
        "Arianna",
        "Riccardo",
    ],
    "de": [
        "Anna",
        "Jonas",
        "Lea",
        "Felix",
        "Laura",
        "Lukas",
        "Sophie",
        "Maximilian",
        "Julia",
        "Tobias",
        "Katharina",
        "Florian",
        "Miriam",
        "Sebastian",
        "Hannah",
        "Moritz",
        "Sabine",
        "Jan",
        "Carina",
        "Matthias",
        "Theresa",
        "Dominik",
        "Johanna",
        "Benedikt",
    ],
    "en": [
        "Emma",
        "Oliver",
        "Grace",
        "Jack",
        "Chloe",
        "Harry",
        "Niamh",
        "Conor",
        "Amelia",
        "Daniel",
        "Ruth",
        "Owen",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Pablo",
        "Marta",
        "Sergio",
        "Elena",
        "Álvaro",
        "Nuria",
        "Raúl",
        "Irene",
        "Íñigo",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Antoine",
        "Chloé",
        "Mathieu",
        "Élodie",
        "Nicolas",
        "Pauline",
        "Thomas",
        "Aurélie",
        "Rémi",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Sofia",
        "Duarte",
        "Catarina",
        "Nuno",
        "Leonor",
        "Gonçalo",
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
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
        "Rinaldi",
        "Caruso",
        "Ferri",
        "Galli",
        "Martini",
        "Leone",
        "Longo",
        "Pellegrini",
        "Sartori",
        "Vitale",
        "Benedetti",
        "Farina",
        "Cattaneo",
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
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Braun",
        "Hofmann",
        "Zimmermann",
        "Hartmann",
        "Krüger",
        "Lange",
        "Werner",
        "Krause",
        "Lehmann",
        "Köhler",
        "Maier",
        "Huber",
        "Vogel",
        "Frank",
        "Berger",
        "Roth",
        "Beck",
        "Lorenz",
        "Seidel",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Hughes",
        "Clarke",
        "Turner",
        "Byrne",
        "Kennedy",
        "Foster",
        "Doyle",
        "Harris",
        "Price",
        "Lynch",
        "Barker",
        "Quinn",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Castro",
        "Ortega",
        "Iglesias",
        "Molina",
        "Serrano",
        "Vidal",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Lefèvre",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Blanc",
        "Chevalier",
        "Perrin",
        "Roux",
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
        "Gomes",
        "Lopes",
        "Marques",
        "Ribeiro",
    ],
}

JOBS = [
    "nurse",
    "teacher",
    "accountant",
    "software developer",
    "bus driver",
    "pharmacist",
    "architect",
    "retired",
    "student",
    "shop owner",
    "physiotherapist",
    "lawyer",
    "cook",
    "graphic designer",
    "electrician",
    "social worker",
    "engineer",
    "hairdresser",
    "librarian",
    "sales rep",
    "police officer",
    "vet",
    "translator",
    "barista",
]

TOWNS: Table = {
    "IT": ["Milano", "Bologna", "Torino", "Firenze", "Verona", "Padova", "Bergamo", "Trento"],
    "DE": ["Berlin", "München", "Köln", "Hamburg", "Leipzig", "Freiburg", "Nürnberg"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg"],
    "CH-de": ["Zürich", "Basel", "Bern"],
    "CH-it": ["Lugano", "Bellinzona"],
    "CH-fr": ["Genève", "Lausanne"],
    "UK": ["Bristol", "Leeds", "Brighton", "London"],
    "IE": ["Dublin", "Cork", "Galway"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Bilbao"],
    "FR": ["Lyon", "Nantes", "Lille"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "LU": ["Luxembourg"],
    "PT": ["Lisboa", "Porto", "Braga"],
}

TEACHERS: Table = {
    "it": ["Sonia", "Pietro", "Ada"],
    "de": ["Birte", "Ole", "Marlene"],
    "en": ["Fiona", "Callum"],
    "es": ["Nerea", "Iker"],
    "fr": ["Léa", "Bastien"],
    "pt": ["Joana", "Tiago"],
}

AGENTS: Table = {
    "it": ["Giorgia", "Lorenzo", "Beatrice", "Marta"],
    "de": ["Svenja", "Malte", "Petra", "Jannik"],
    "en": ["Hannah", "Tom"],
    "es": ["Lucía", "Diego"],
    "fr": ["Margaux", "Hugo"],
    "pt": ["Rita", "André"],
}

SIGN: dict[str, str] = {
    "it": "{agent} – Assistenza Tornella",
    "de": "{agent} – Tornella Kundenservice",
    "en": "{agent} – Tornella Customer Care",
    "es": "{agent} – Atención al cliente Tornella",
    "fr": "{agent} – Service client Tornella",
    "pt": "{agent} – Apoio ao cliente Tornella",
}

# (label, price in EUR)
PRODUCTS: list[tuple[str, float]] = [
    ("Wheel course 8 weeks / Corso al tornio 8 settimane", 240.0),
    ("Taster evening / Serata prova al tornio", 39.0),
    ("Kids' clay Saturday / Sabato bimbi con l'argilla", 25.0),
    ("Paint-your-own mug / Dipingi la tua tazza", 18.0),
    ("Firing, one shelf / Cottura, un ripiano", 14.0),
    ("Stoneware clay 10 kg / Argilla gres 10 kg", 22.0),
    ("Glaze workshop / Laboratorio smalti", 65.0),
    ("Date night at the wheel / Serata in coppia al tornio", 79.0),
    ("Gift card 50 / Buono regalo 50", 50.0),
    ("Studio+ monthly / Studio+ mensile", 49.0),
]

PAGES = [
    "/courses/wheel",
    "/courses/taster",
    "/kids",
    "/paint-your-own",
    "/firing",
    "/studio-plus",
    "/gift-cards",
    "/studios",
    "/glazes",
    "/app/shelf",
    "/courses/handbuilding",
]

PRAISE: Table = {
    "it": [
        "Terza lezione al tornio a {town} e finalmente la mia prima ciotola sta in piedi 😍 grazie {teacher} per la pazienza infinita",
        "Ritirato oggi il servizio da tè smaltato azzurro, è venuto meglio di come lo immaginavo. Tornella {town} siete fantastici",
        "sabato bimbi con l'argilla: mia figlia non voleva più andare via. Già prenotato il prossimo",
        "La serata dipingi la tua tazza era il regalo per mia sorella, abbiamo riso tutta la sera. Consigliatissimo!!",
        "Cottura perfetta, nemmeno una crepa anche se le pareti erano spesse il doppio del dovuto. Brave le ragazze del forno di Tornella",
    ],
    "de": [
        "Dritte Stunde an der Drehscheibe in {town} und meine Schale ist endlich nicht mehr schief 😄 Danke {teacher}!",
        "Heute meine glasierten Becher abgeholt, die Farbe ist genau wie auf dem Musterteller. Tornella {town}, ihr seid super",
        "Kinder-Töpfern am Samstag war ein voller Erfolg, mein Sohn hat einen Drachen gebaut der fast so groß ist wie er",
        "Keramik bemalen mit den Mädels statt Kneipe: lustig, entspannt, und die Teller sind echt schön geworden",
        "Schrühbrand ohne einen einzigen Riss, obwohl ich die Wand viel zu dick gemacht hab. Danke ans Ofen-Team von Tornella",
    ],
    "en": [
        "Fourth week of the wheel course in {town} and I finally centred the clay without it flying off 😂 {teacher} is a saint",
        "Picked up my glazed bowls from Tornella today and they're gorgeous, the speckled glaze is exactly what I hoped for",
    ],
    "es": [
        "Tercera clase de torno en {town} y por fin me sale un cuenco que no se cae 😍 gracias {teacher}!!",
        "Hoy recogí mis tazas esmaltadas en Tornella y son preciosas, el azul quedó igual que en la muestra",
    ],
    "fr": [
        "Troisième cours de tournage à {town} et enfin un bol qui tient debout 😄 merci {teacher} pour la patience",
        "Récupéré mes tasses émaillées chez Tornella aujourd'hui, elles sont superbes, exactement la couleur du nuancier",
    ],
    "pt": [
        "Terceira aula de roda em {town} e finalmente uma taça que não tomba 😍 obrigada {teacher}!",
        "Fui buscar as minhas canecas vidradas à Tornella hoje e estão lindas, o azul ficou igual à amostra",
    ],
}

AGAIN: Table = {
    "it": [
        "Terza volta che mi iscrivo al corso al tornio di Tornella e ancora non mi sono stancata. Ogni volta impari qualcosa",
        "Di nuovo una cottura perfetta, di nuovo tutto pronto nel giorno promesso. Ormai è una garanzia",
        "Ancora innamorata del laboratorio smalti di {town}, ci torno sempre volentieri",
    ],
    "de": [
        "Schon wieder ein perfekter Glasurbrand, zum dritten Mal in Folge. Tornella kann's einfach",
        "Zum dritten Mal den Kurs gebucht und immer noch begeistert. {teacher} erklärt einfach super",
        "Wieder da, wieder glücklich 🙂 Das offene Atelier am Donnerstag ist mein Lieblingsabend",
    ],
    "en": [
        "Third time booking the wheel course and still loving every minute of it",
        "Again a flawless firing from Tornella, not one crack, ready on the day they said",
    ],
    "es": ["Tercera vez que me apunto al curso de torno y sigo encantada, siempre aprendes algo"],
    "fr": ["Troisième fois que je reprends le cours de tournage et toujours aussi ravie"],
    "pt": [
        "Terceira vez que faço o curso de roda e continuo encantada, aprende-se sempre alguma coisa"
    ],
}

GRIPE: Table = {
    "it": [
        "Corso bellissimo, {teacher} bravissima. Unica cosa: il parcheggio davanti allo studio è un incubo il giovedì sera",
        "Tazze venute benissimo, solo che ci hanno messo tre settimane invece di due. Comunque contentissima",
        "Tutto top, ma l'app potrebbe avvisare quando i pezzi sono pronti invece di farmi controllare ogni giorno",
    ],
    "de": [
        "Kurs super, Atmosphäre toll, nur die Schürzen könnten mal gewaschen werden 😅 Sonst gerne wieder",
        "Sehr schöne Glasuren, nur die Wartezeit auf den Brand ist mit drei Wochen echt lang. Trotzdem klare Empfehlung",
        "Alles prima, aber warum kann ich den Kurstermin in der App nicht in meinen Kalender übernehmen?",
    ],
    "en": [
        "Lovely course and a brilliant teacher, only gripe is the studio gets freezing by 9pm. Still recommend"
    ],
    "es": ["Curso genial, solo que aparcar cerca del estudio es imposible. Por lo demás, de diez"],
    "fr": [
        "Super atelier, seul bémol : les tabliers auraient bien besoin d'un lavage 😅 sinon parfait"
    ],
    "pt": ["Curso ótimo, só o estacionamento perto do estúdio é complicado. De resto, excelente"],
}

REVIEWS: Table = {
    "it": [
        "Insegnanti pazienti, studio luminoso, argilla sempre pronta. Cinque stelle meritate",
        "Regalo di compleanno azzeccato, il corso in coppia è stato divertentissimo",
        "Ottimo per principianti, spiegano tutto con calma",
    ],
    "de": [
        "Geduldige Kursleitung, helles Atelier, alles vorbereitet. Volle Punktzahl",
        "Als Geburtstagsgeschenk perfekt, der Pärchenabend an der Scheibe war super lustig",
        "Für Anfänger ideal, alles wird in Ruhe erklärt",
    ],
    "en": ["Patient teachers, bright studio, clay always ready. Well deserved five stars"],
    "es": ["Profes con mucha paciencia y un estudio precioso. Muy recomendable"],
    "fr": ["Profs patients, atelier lumineux, tout est prêt. Je recommande"],
    "pt": ["Professores pacientes, estúdio luminoso, tudo pronto. Recomendo muito"],
}

SURVEY_WORDS: Table = {
    "it": ["top", "Bellissima esperienza", "😊", "tutto perfetto", "", ""],
    "de": ["super", "Sehr schön", "👍", "alles bestens", "", ""],
    "en": ["great", "Lovely", "", ""],
    "es": ["genial", "👍", ""],
    "fr": ["top", "Très bien", ""],
    "pt": ["ótimo", "😊", ""],
}

LOW_WORDS: Table = {
    "it": ["pessimo", "deluso", ""],
    "de": ["schlecht", "enttäuschend", ""],
    "en": ["poor", ""],
    "es": ["fatal", ""],
    "fr": ["nul", ""],
    "pt": ["mau", ""],
}

# (question, agent's answer, thanks)
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "Ciao, posso portare da casa dei pezzi fatti con argilla comprata altrove per la cottura?",
            "Ciao! Sì, se è argilla da alta temperatura (gres) va benissimo: portala in studio con l'etichetta di cottura, la trovi nell'app.",
            "perfetto grazie mille",
        ),
        (
            "Buongiorno, il sabato bimbi va bene anche per un bambino di 5 anni?",
            "Buongiorno! Sì, dai 5 anni in su, per i più piccoli è meglio se resta un adulto.",
            "Grazie, prenoto subito",
        ),
        (
            "Se perdo una lezione del corso posso recuperarla?",
            "Certo, in un altro turno della stessa settimana o della successiva, dall'app in 'Recuperi'.",
            "ok grz",
        ),
        (
            "ciao, la tessera Studio+ include anche l'argilla o si paga a parte?",
            "Ciao! Include 5 kg di argilla al mese e le cotture dei pezzi fatti in studio; gli smalti speciali si pagano a parte.",
            "chiarissimo, grazie",
        ),
        (
            "Gli smalti sono adatti ad alimenti? Vorrei fare piatti da usare davvero",
            "Sì, tutti gli smalti della parete 'uso alimentare' sono certificati; quelli della parete decorativa no, sono segnati in rosso.",
            "ottimo, grazie!",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich Stücke aus eigenem Ton zum Brennen bringen?",
            "Hallo! Ja, wenn es Steinzeugton ist, gern: einfach mit dem Brennetikett aus der App im Atelier abgeben.",
            "Super, danke!",
        ),
        (
            "Ab welchem Alter ist das Kinder-Töpfern?",
            "Ab 5 Jahren, bei den Kleinen am besten mit einer erwachsenen Begleitung.",
            "danke, dann buche ich",
        ),
        (
            "Wenn ich eine Kursstunde verpasse, kann ich die nachholen?",
            "Ja, in einem anderen Kurs derselben oder der nächsten Woche, in der App unter 'Nachholen'.",
            "Perfekt, vielen Dank",
        ),
        (
            "Ist der Ton bei Studio+ dabei oder kostet der extra?",
            "5 kg Ton im Monat und das Brennen der im Atelier gemachten Stücke sind dabei, Spezialglasuren kosten extra.",
            "alles klar, danke",
        ),
        (
            "Sind eure Glasuren lebensmittelecht? Ich will Teller machen, die wir auch benutzen",
            "Ja, alle Glasuren an der Wand 'lebensmittelecht' sind geprüft; die Deko-Glasuren sind rot markiert.",
            "top, danke!",
        ),
    ],
    "en": [
        (
            "Hi, can I bring pieces made from my own clay to be fired?",
            "Hi! Yes, if it's stoneware clay: drop them at the studio with a firing label from the app.",
            "great thanks",
        ),
        (
            "Does Studio+ include clay or is that extra?",
            "5 kg of clay a month and firing of pieces made in the studio are included; special glazes are extra.",
            "perfect, cheers",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo traer piezas hechas en casa para cocerlas?",
            "¡Hola! Sí, si es barro de alta temperatura: tráelas al estudio con la etiqueta de cocción de la app.",
            "genial gracias",
        ),
        (
            "Si falto a una clase, ¿se puede recuperar?",
            "Sí, en otro grupo de esa semana o la siguiente, desde la app en 'Recuperar'.",
            "perfecto, gracias!",
        ),
    ],
    "fr": [
        (
            "Bonjour, je peux apporter des pièces faites à la maison pour la cuisson ?",
            "Bonjour ! Oui, si c'est du grès : déposez-les à l'atelier avec l'étiquette de cuisson de l'appli.",
            "super merci",
        ),
        (
            "Si je rate un cours, je peux le rattraper ?",
            "Oui, dans un autre groupe la même semaine ou la suivante, dans l'appli sous 'Rattrapage'.",
            "parfait merci",
        ),
    ],
    "pt": [
        (
            "Olá, posso trazer peças feitas em casa para cozer?",
            "Olá! Sim, se for barro de alta temperatura: deixe no estúdio com a etiqueta de cozedura da app.",
            "ótimo obg",
        ),
        (
            "Se faltar a uma aula posso recuperar?",
            "Sim, noutra turma da mesma semana ou da seguinte, na app em 'Recuperar'.",
            "perfeito, obrigada",
        ),
    ],
}

# (subject, question, agent's answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "Buono regalo corso",
            "Buongiorno,\nvorrei regalare a mia madre un corso al tornio per i suoi 60 anni. Il buono ha una scadenza? Si può intestare a lei?\nGrazie mille\n{first}",
            "Buongiorno {first},\nil buono vale 12 mesi e si può usare per qualsiasi corso; lo intestiamo volentieri a sua madre, basta scrivere il nome al momento dell'acquisto.\nUn caro saluto,\n{sign}",
        ),
        (
            "Domanda cottura",
            "Salve, ho un vaso alto 45 cm, ci sta nel vostro forno? Grazie, {first} {last}",
            "Salve {first},\ni nostri forni arrivano a 50 cm utili, quindi sì. Lo porti con l'etichetta 'pezzo grande' dall'app.\n{sign}",
        ),
    ],
    "de": [
        (
            "Gutschein Töpferkurs",
            "Hallo,\nich möchte meiner Schwester einen Drehscheibenkurs schenken. Wie lange ist der Gutschein gültig und kann er auf ihren Namen laufen?\nDanke und Gruß\n{first}",
            "Hallo {first},\nder Gutschein gilt 12 Monate für jeden Kurs und wir stellen ihn gern auf den Namen Ihrer Schwester aus.\nViele Grüße\n{sign}",
        ),
        (
            "Frage zum Brennen",
            "Guten Tag, passt eine 45 cm hohe Vase in euren Ofen? Gruß {first} {last}",
            "Guten Tag {first},\nunsere Öfen haben 50 cm Nutzhöhe, das passt. Bitte mit dem Etikett 'großes Stück' aus der App abgeben.\n{sign}",
        ),
    ],
    "en": [
        (
            "Gift voucher",
            "Hi,\nI'd like to give my mum a wheel course for her 60th. Does the voucher expire, and can it be in her name?\nThanks, {first}",
            "Hi {first},\nthe voucher is valid for 12 months on any course and we're happy to put it in your mum's name.\nBest wishes,\n{sign}",
        )
    ],
    "es": [
        (
            "Tarjeta regalo",
            "Hola,\nquiero regalarle a mi madre un curso de torno por sus 60. ¿Caduca la tarjeta? ¿Puede ir a su nombre?\nGracias, {first}",
            "Hola {first},\nla tarjeta vale 12 meses para cualquier curso y la ponemos a nombre de tu madre sin problema.\nUn saludo,\n{sign}",
        )
    ],
    "fr": [
        (
            "Bon cadeau",
            "Bonjour,\nje voudrais offrir un cours de tournage à ma mère pour ses 60 ans. Le bon expire-t-il ? Peut-il être à son nom ?\nMerci, {first}",
            "Bonjour {first},\nle bon est valable 12 mois sur tous les cours et nous le mettons volontiers à son nom.\nBien à vous,\n{sign}",
        )
    ],
    "pt": [
        (
            "Vale de oferta",
            "Olá,\nqueria oferecer à minha mãe um curso de roda pelos 60 anos. O vale tem validade? Pode ficar em nome dela?\nObrigada, {first}",
            "Olá {first},\no vale é válido 12 meses para qualquer curso e pomo-lo em nome da sua mãe com todo o gosto.\nCumprimentos,\n{sign}",
        )
    ],
}

# (speech-to-text transcript, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "buongiorno volevo sapere se il corso del martedì sera ha ancora posti e se devo portare qualcosa tipo un grembiule",
            "Gentile {first},\ncome detto al telefono il corso del martedì ha ancora due posti; grembiule e attrezzi li trova in studio.\nA presto,\n{sign}",
        ),
        (
            "sì salve chiamo per il sabato bimbi mio figlio ha sei anni e un amichetto può venire anche lui si paga sul posto",
            "Gentile {first},\ncome d'accordo al telefono abbiamo tenuto due posti per sabato; si paga in app o in studio, come preferisce.\n{sign}",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob der Dienstagskurs noch Plätze hat und ob ich eine Schürze mitbringen muss",
            "Hallo {first},\nwie am Telefon besprochen: im Dienstagskurs sind noch zwei Plätze frei, Schürzen und Werkzeug gibt es im Atelier.\nBis bald\n{sign}",
        ),
        (
            "guten Tag ähm ich rufe wegen dem Kinder-Töpfern an mein Sohn ist sechs und ob sein Freund mitkommen kann und zahlt man vor Ort",
            "Guten Tag {first},\nwie besprochen haben wir für Samstag zwei Plätze reserviert; bezahlen können Sie in der App oder im Atelier.\n{sign}",
        ),
    ],
    "en": [
        (
            "hi yeah just wondering if the tuesday evening course still has spaces and do I need to bring an apron or anything",
            "Hi {first},\nas we said on the phone, Tuesday's course has two spaces left; aprons and tools are at the studio.\n{sign}",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si el curso del martes por la tarde tiene plazas y si hay que llevar delantal",
            "Hola {first},\ncomo te dijimos por teléfono, al curso del martes le quedan dos plazas; delantal y herramientas están en el estudio.\n{sign}",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir s'il reste de la place au cours du mardi soir et s'il faut apporter un tablier",
            "Bonjour {first},\ncomme convenu au téléphone, il reste deux places mardi ; tabliers et outils sont à l'atelier.\n{sign}",
        )
    ],
    "pt": [
        (
            "olá bom dia queria saber se o curso de terça à noite ainda tem vagas e se é preciso levar avental",
            "Olá {first},\ncomo falámos ao telefone, o curso de terça tem duas vagas; aventais e ferramentas estão no estúdio.\n{sign}",
        )
    ],
}

NIGHT_POSTS: Table = {
    "it": [
        "le 2 di notte e sto ancora guardando video di tornio invece di dormire, sabato si prova la ciotola grande 🌙",
        "fine turno di notte in pronto soccorso, prenotato il corso del sabato dall'app in 30 secondi. Tornella mi salva la settimana",
        "Insonnia + argilla = ho appena disegnato su carta tutto il servizio di piatti per Natale. Domani lo mostro a {teacher}",
    ],
    "de": [
        "Kann nicht schlafen, also plane ich die Glasur für meine Becher. Morgen ab zu Tornella 🌙",
        "Nachtschicht an der Tankstelle, zwischendurch den Samstagskurs gebucht. Freu mich schon",
        "3 Uhr nachts und ich schaue Abdreh-Videos. Ich glaube, ich bin süchtig nach Ton",
    ],
    "en": [
        "2am and still watching throwing videos instead of sleeping. Saturday I try the big bowl 🌙"
    ],
    "es": [
        "Las 2 de la mañana y yo viendo vídeos de torno en vez de dormir. El sábado pruebo el cuenco grande 🌙"
    ],
    "fr": [
        "2h du matin et je regarde encore des vidéos de tournage au lieu de dormir. Samedi j'essaie le grand bol 🌙"
    ],
    "pt": [
        "2 da manhã e eu a ver vídeos de roda em vez de dormir. Sábado experimento a taça grande 🌙"
    ],
}

NIGHT_Q: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "ciao, se sabato arrivo 10 minuti in ritardo perdo il posto?",
            "Ciao! No, il posto resta tuo fino a 20 minuti dall'inizio. Buonanotte!",
            "grazie, notte",
        ),
        (
            "scusate l'ora, i pezzi da cuocere si possono lasciare anche fuori orario? c'è una cassetta?",
            "Ciao! Sì, c'è lo sportello accanto all'ingresso, basta l'etichetta dell'app.",
            "perfetto grazie",
        ),
    ],
    "de": [
        (
            "Hallo, wenn ich Samstag 10 Minuten zu spät komme, ist mein Platz dann weg?",
            "Hallo! Nein, der Platz bleibt 20 Minuten lang reserviert. Gute Nacht!",
            "danke, gute nacht",
        ),
        (
            "sorry für die uhrzeit, kann man stücke zum brennen auch außerhalb der öffnungszeiten abgeben?",
            "Hallo! Ja, neben dem Eingang ist eine Abgabeklappe, einfach mit App-Etikett.",
            "super danke",
        ),
    ],
    "en": [
        (
            "hi, if I'm 10 minutes late on Saturday do I lose my place?",
            "Hi! No, your place is held for 20 minutes. Good night!",
            "thanks, night",
        )
    ],
    "es": [
        (
            "hola, si llego 10 minutos tarde el sábado pierdo la plaza?",
            "¡Hola! No, la plaza se guarda 20 minutos. ¡Buenas noches!",
            "gracias, buenas noches",
        )
    ],
    "fr": [
        (
            "bonsoir, si j'arrive 10 minutes en retard samedi je perds ma place ?",
            "Bonsoir ! Non, la place est gardée 20 minutes. Bonne nuit !",
            "merci, bonne nuit",
        )
    ],
    "pt": [
        (
            "olá, se chegar 10 minutos atrasada no sábado perco a vaga?",
            "Olá! Não, a vaga fica guardada 20 minutos. Boa noite!",
            "obrigada, boa noite",
        )
    ],
}

PROBLEMS = [
    "class_cancelled",
    "double_charge",
    "broken_post",
    "refund",
    "wrong_price",
    "lost_piece",
]

# amount in EUR behind {amt} for each problem
PROBLEM_EUR: dict[str, float] = {
    "class_cancelled": 0.0,
    "double_charge": 240.0,
    "broken_post": 19.0,
    "refund": 190.0,
    "wrong_price": 14.0,
    "lost_piece": 0.0,
}

TOPIC: dict[str, dict[str, str]] = {
    "class_cancelled": {
        "it": "lezione annullata senza avviso",
        "de": "Kurs ohne Info ausgefallen",
        "en": "class cancelled without notice",
        "es": "clase cancelada sin avisar",
        "fr": "cours annulé sans prévenir",
        "pt": "aula cancelada sem aviso",
    },
    "double_charge": {
        "it": "corso addebitato due volte",
        "de": "Kurs doppelt abgebucht",
        "en": "course charged twice",
        "es": "curso cobrado dos veces",
        "fr": "cours débité deux fois",
        "pt": "curso cobrado duas vezes",
    },
    "broken_post": {
        "it": "pezzi arrivati rotti",
        "de": "Keramik kaputt angekommen",
        "en": "pieces arrived smashed",
        "es": "piezas llegaron rotas",
        "fr": "pièces arrivées cassées",
        "pt": "peças chegaram partidas",
    },
    "refund": {
        "it": "rimborso del corso mai arrivato",
        "de": "Erstattung für den Kurs fehlt",
        "en": "course refund never arrived",
        "es": "reembolso del curso sin llegar",
        "fr": "remboursement du cours jamais reçu",
        "pt": "reembolso do curso por chegar",
    },
    "wrong_price": {
        "it": "cottura a prezzo pieno con Studio+",
        "de": "Studio+ aber voller Brennpreis",
        "en": "Studio+ member charged full firing price",
        "es": "socia Studio+ y me cobráis tarifa normal",
        "fr": "membre Studio+ facturée plein tarif",
        "pt": "sócia Studio+ e cobrado preço normal",
    },
    "lost_piece": {
        "it": "pezzo sparito dopo la cottura",
        "de": "Stück nach dem Brand verschwunden",
        "en": "piece lost after firing",
        "es": "pieza desaparecida tras la cocción",
        "fr": "pièce disparue après cuisson",
        "pt": "peça desaparecida depois da cozedura",
    },
}

COMPLAINT_SUBJ: dict[str, str] = {
    "it": "Reclamo: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
}

SHORT: dict[str, Table] = {
    "class_cancelled": {
        "it": [
            "Ieri sera alle 19 eravamo in sei davanti allo studio di {town} CHIUSO. Nessuna mail, nessun sms, niente. Ho lasciato i bambini da mia madre e fatto 40 minuti di macchina per niente. Vorrei almeno sapere cosa è successo.",
            "lezione del giovedì annullata e lo scopro davanti alla porta chiusa. nel gruppo del corso nessuno sapeva niente. cosi non va",
            "Terza settimana del corso e la lezione salta SENZA AVVISO. Ho preso mezza giornata di ferie per venire. Chi me la ridà?",
        ],
        "de": [
            "Gestern 18:30 standen wir zu fünft vor dem Atelier in {town} und es war ZU. Keine Mail, keine SMS, nichts. Ich hab extra die Babysitterin bezahlt. Was ist da los?",
            "kurs fällt aus und keiner sagt bescheid, ich steh vor verschlossener Tür. Super.",
            "Zum zweiten Mal in diesem Kurs stehe ich umsonst vor dem Atelier. Stunde ausgefallen, KEINE Info. So macht das keinen Spaß mehr.",
        ],
        "en": [
            "Stood outside the {town} studio at 7pm with five others and it was LOCKED. No email, no text, nothing. Paid a babysitter for this."
        ],
        "es": [
            "Ayer a las 19h estábamos seis delante del estudio de {town} CERRADO. Ni un email ni un mensaje. Pagué canguro para nada."
        ],
        "fr": [
            "Hier à 19h on était six devant l'atelier de {town} FERMÉ. Aucun mail, aucun SMS. J'ai payé une baby-sitter pour rien."
        ],
        "pt": [
            "Ontem às 19h estávamos seis à porta do estúdio de {town} FECHADO. Nem email nem SMS. Paguei a uma babysitter para nada."
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato il corso al tornio DUE volte, {amt} + {amt}. Ho l'estratto conto davanti. Rivoglio i soldi subito.",
            "Controllate per favore: pagato una volta sola il corso ma sulla carta ci sono due addebiti uguali di {amt}. Questo mese mi servivano quei soldi",
            "doppio addebito per lo stesso corso!! {amt} due volte. ma come si fa",
        ],
        "de": [
            "Sie haben den Töpferkurs ZWEIMAL abgebucht, {amt} und nochmal {amt}. Ich will das Geld sofort zurück.",
            "Bitte prüfen: einmal gebucht, zweimal {amt} auf der Kreditkarte. Das ist nicht wenig Geld für mich",
            "DOPPELT abgebucht. Gleicher Kurs, gleicher Betrag, {amt}. Gehts noch?",
        ],
        "en": [
            "You've charged me TWICE for the wheel course, {amt} and {amt} again. I want it back now."
        ],
        "es": [
            "Me habéis cobrado el curso de torno DOS veces, {amt} y otra vez {amt}. Quiero mi dinero ya."
        ],
        "fr": [
            "Vous m'avez débité le cours DEUX fois, {amt} puis encore {amt}. Je veux être remboursée tout de suite."
        ],
        "pt": [
            "Cobraram o curso de roda DUAS vezes, {amt} e mais {amt}. Quero o dinheiro de volta já."
        ],
    },
    "broken_post": {
        "it": [
            "Il pacco con le mie tazze è arrivato oggi: QUATTRO su sei in pezzi. Dentro niente pluriball, solo un foglio di giornale. Tre mesi di lavoro buttati.",
            "aperto il pacco e il vaso per il matrimonio di mia cugina è in frantumi. imballato malissimo. sono senza parole",
            "Pagato {amt} di spedizione per ricevere cocci. Vi mando le foto, voglio sapere cosa fate adesso.",
        ],
        "de": [
            "Das Paket mit meinen Bechern kam heute an: VIER von sechs kaputt. Keine Polsterung, nur ein bisschen Zeitungspapier. Drei Monate Arbeit.",
            "paket aufgemacht und die Vase für die Hochzeit meiner Schwester ist in Scherben. so schlecht verpackt, unglaublich",
            "{amt} Versand bezahlt für einen Karton voller Scherben. Fotos schicke ich mit. Und jetzt?",
        ],
        "en": [
            "My mugs arrived today: FOUR of six smashed. No bubble wrap, one sheet of newspaper. Three months of work."
        ],
        "es": [
            "Ha llegado el paquete con mis tazas: CUATRO de seis rotas. Sin plástico de burbujas, solo un papel de periódico. Tres meses de trabajo."
        ],
        "fr": [
            "Le colis avec mes tasses est arrivé : QUATRE sur six cassées. Aucun papier bulle, une feuille de journal. Trois mois de travail."
        ],
        "pt": [
            "Chegou a encomenda com as minhas canecas: QUATRO de seis partidas. Sem plástico de bolhas, só um jornal. Três meses de trabalho."
        ],
    },
    "refund": {
        "it": [
            "Ho disdetto il corso il 3 del mese scorso, mi avete scritto 'rimborso entro 10 giorni'. Sono passate CINQUE settimane e dei miei {amt} nessuna traccia.",
            "ancora aspetto il rimborso del corso annullato. {amt}. ogni volta mi dite che è in lavorazione",
            "Cinque settimane per un rimborso di {amt}?? Ho chiamato due volte. Basta.",
        ],
        "de": [
            "Ich habe den Kurs vor fünf Wochen storniert, Zusage 'Erstattung in 10 Tagen'. Von meinen {amt} ist bis heute NICHTS da.",
            "warte immer noch auf die Erstattung für den abgesagten Kurs, {amt}. immer heißt es 'in Bearbeitung'",
            "FÜNF Wochen für {amt} Erstattung. Ich hab zweimal angerufen. Jetzt reichts.",
        ],
        "en": [
            "Cancelled my course five weeks ago, was told 'refund within 10 days'. Still NOTHING of my {amt}."
        ],
        "es": ["Cancelé el curso hace cinco semanas, 'reembolso en 10 días'. De mis {amt}, NADA."],
        "fr": [
            "J'ai annulé le cours il y a cinq semaines, 'remboursement sous 10 jours'. Toujours RIEN de mes {amt}."
        ],
        "pt": ["Cancelei o curso há cinco semanas, 'reembolso em 10 dias'. Dos meus {amt}, NADA."],
    },
    "wrong_price": {
        "it": [
            "Sono socia Studio+ da un anno e la cottura di oggi mi è stata addebitata a prezzo pieno, {amt} in più. L'abbonamento a cosa serve allora?",
            "pago Studio+ ogni mese e mi fate pagare la cottura come una che passa per caso. {amt} di differenza. correggete per favore",
            "Ennesima cottura a tariffa NON soci. Io sono socia. Ridatemi i {amt}.",
        ],
        "de": [
            "Ich bin seit einem Jahr Studio+-Mitglied und der Brand heute wurde zum vollen Preis berechnet, {amt} mehr. Wofür zahl ich das Abo?",
            "zahle jeden Monat Studio+ und ihr berechnet mir den Brand wie einer Laufkundin. {amt} Unterschied. Bitte korrigieren",
            "Schon wieder Nicht-Mitglieder-Preis beim Brennen. Ich BIN Mitglied. {amt} zurück bitte.",
        ],
        "en": [
            "Studio+ member for a year and today's firing was charged at the full price, {amt} more. What am I paying for?"
        ],
        "es": [
            "Soy socia Studio+ desde hace un año y la cocción de hoy me la cobráis a precio normal, {amt} más. ¿Para qué pago?"
        ],
        "fr": [
            "Membre Studio+ depuis un an et la cuisson d'aujourd'hui facturée plein tarif, {amt} de plus. Je paie pour quoi ?"
        ],
        "pt": [
            "Sou sócia Studio+ há um ano e a cozedura de hoje foi cobrada a preço normal, mais {amt}. Pago para quê?"
        ],
    },
    "lost_piece": {
        "it": [
            "Il piatto che ho fatto per i 70 anni di mio padre non c'è più. Messo in cottura due settimane fa, oggi sulla mensola niente e nessuno sa dove sia. La festa è domenica.",
            "il mio vaso è sparito dopo la cottura. in studio alzano le spalle. era il primo pezzo di cui ero fiera",
            "Pezzo SPARITO. Etichetta fatta in app, consegnato, e adesso 'non risulta'. Come è possibile?",
        ],
        "de": [
            "Der Teller für den 70. Geburtstag meines Vaters ist weg. Vor zwei Wochen zum Brennen abgegeben, heute im Regal nichts, keiner weiß was. Die Feier ist Sonntag.",
            "meine vase ist nach dem brand verschwunden. im atelier zucken alle mit den schultern. mein erstes stück auf das ich stolz war",
            "Stück VERSCHWUNDEN. Etikett aus der App, abgegeben, und jetzt 'nicht auffindbar'. Wie kann das sein?",
        ],
        "en": [
            "The plate I made for my dad's 70th is gone. Handed in for firing two weeks ago, nothing on the shelf today and nobody knows where it is."
        ],
        "es": [
            "El plato que hice para los 70 de mi padre ha desaparecido. Lo dejé para cocer hace dos semanas y hoy nadie sabe dónde está."
        ],
        "fr": [
            "L'assiette que j'ai faite pour les 70 ans de mon père a disparu. Déposée pour cuisson il y a deux semaines, personne ne sait où elle est."
        ],
        "pt": [
            "O prato que fiz para os 70 anos do meu pai desapareceu. Deixei-o para cozer há duas semanas e ninguém sabe onde está."
        ],
    },
}

# phone calls: speech-to-text, no punctuation
CALL: dict[str, dict[str, str]] = {
    "class_cancelled": {
        "it": "sì buonasera chiamo perché sono qui davanti allo studio di {town} ed è chiuso la lezione delle sette nessuno ci ha avvisato siamo in sei qui fuori al freddo",
        "de": "ja guten Abend ich steh hier vor dem Atelier in {town} und es ist zu der Kurs um halb sieben keiner hat Bescheid gesagt wir sind hier zu fünft",
        "en": "yeah hi I'm standing outside the {town} studio and it's locked the seven o'clock class nobody told us there's six of us out here",
        "es": "sí hola estoy delante del estudio de {town} y está cerrado la clase de las siete nadie nos ha avisado estamos seis aquí fuera",
        "fr": "oui bonsoir je suis devant l'atelier de {town} et c'est fermé le cours de dix-neuf heures personne ne nous a prévenus on est six dehors",
        "pt": "sim boa noite estou à porta do estúdio de {town} e está fechado a aula das sete ninguém avisou estamos seis cá fora",
    },
    "double_charge": {
        "it": "buongiorno guardi mi avete addebitato il corso due volte {amt} e poi di nuovo {amt} io l'ho pagato una volta sola vorrei che me li ridaste",
        "de": "ja hallo Sie haben mir den Kurs zweimal abgebucht zweimal {amt} ich hab einmal gebucht und ich will das zurück",
        "en": "hi you've taken the course fee twice {amt} and then {amt} again I only booked once I need that back",
        "es": "hola mire me habéis cobrado el curso dos veces {amt} y otra vez {amt} y yo lo pagué una vez quiero que me lo devolváis",
        "fr": "bonjour vous m'avez débité le cours deux fois {amt} et encore {amt} je l'ai payé une seule fois je veux être remboursée",
        "pt": "bom dia cobraram-me o curso duas vezes {amt} e outra vez {amt} eu só paguei uma vez quero o dinheiro de volta",
    },
    "broken_post": {
        "it": "buongiorno è arrivato il pacco con le mie tazze e sono rotte quattro su sei non c'era niente dentro solo un foglio di giornale",
        "de": "ja hallo das Paket mit meinen Bechern ist angekommen und vier von sechs sind kaputt da war gar keine Polsterung drin nur Zeitung",
        "en": "hi my parcel of mugs came today and four of the six are smashed there was nothing in there just a bit of newspaper",
        "es": "hola ha llegado el paquete con mis tazas y cuatro de seis están rotas no había nada dentro solo un papel",
        "fr": "bonjour le colis avec mes tasses est arrivé quatre sur six sont cassées il n'y avait rien dedans juste du journal",
        "pt": "bom dia chegou a encomenda com as canecas e quatro das seis estão partidas não tinha nada lá dentro só jornal",
    },
    "refund": {
        "it": "salve chiamo per il rimborso del corso che ho disdetto cinque settimane fa {amt} non è mai arrivato mi avevate detto dieci giorni",
        "de": "guten Tag ich ruf wegen der Erstattung an ich hab den Kurs vor fünf Wochen storniert {amt} und da ist nichts gekommen es hieß zehn Tage",
        "en": "hi it's about my refund I cancelled the course five weeks ago {amt} and it never came you said ten days",
        "es": "hola llamo por el reembolso del curso que cancelé hace cinco semanas {amt} y no ha llegado me dijisteis diez días",
        "fr": "bonjour c'est pour le remboursement du cours annulé il y a cinq semaines {amt} toujours rien on m'avait dit dix jours",
        "pt": "olá é sobre o reembolso do curso que cancelei há cinco semanas {amt} nunca chegou disseram dez dias",
    },
    "wrong_price": {
        "it": "sì buongiorno sono socia Studio+ e oggi la cottura me l'avete fatta pagare a prezzo pieno sono {amt} in più vorrei capire",
        "de": "ja hallo ich bin Studio+ Mitglied und heute wurde mir das Brennen zum vollen Preis berechnet {amt} mehr das kann ja nicht sein",
        "en": "hi I'm a Studio+ member and today's firing was charged at full price that's {amt} extra",
        "es": "hola soy socia de Studio+ y hoy me habéis cobrado la cocción a precio normal son {amt} más",
        "fr": "bonjour je suis membre Studio+ et la cuisson d'aujourd'hui a été facturée plein tarif {amt} de plus",
        "pt": "olá sou sócia Studio+ e hoje cobraram a cozedura a preço normal são mais {amt}",
    },
    "lost_piece": {
        "it": "buongiorno chiamo perché il piatto che ho messo in cottura due settimane fa non si trova più in studio non sanno dov'è ed era per la festa di mio padre",
        "de": "hallo ich ruf an weil mein Teller den ich vor zwei Wochen zum Brennen abgegeben hab weg ist im Atelier weiß keiner wo der ist der war für den Geburtstag meines Vaters",
        "en": "hi I'm calling because the plate I handed in for firing two weeks ago is gone nobody at the studio knows where it is it was for my dad's birthday",
        "es": "hola llamo porque el plato que dejé para cocer hace dos semanas no aparece en el estudio nadie sabe dónde está y era para el cumple de mi padre",
        "fr": "bonjour j'appelle parce que l'assiette déposée pour cuisson il y a deux semaines a disparu personne ne sait où elle est c'était pour l'anniversaire de mon père",
        "pt": "olá estou a ligar porque o prato que deixei para cozer há duas semanas desapareceu ninguém sabe onde está era para os anos do meu pai",
    },
}

# long e-mails: the complaint inside a letter
LONG_FRAMES: Table = {
    "it": [
        "Gentili signori,\n\nvi scrivo dalla sala d'attesa del fisioterapista di mio marito, che da quando si è rotto il femore va accompagnato tre volte a settimana, quindi scusate se sarò un po' disordinata. Frequento i vostri corsi da quasi due anni, il tornio è l'unica ora della settimana che ho solo per me e ho sempre parlato bene di voi a tutti.\n\n{complaint}\n\nCapisco che gli imprevisti capitano, ma vorrei una risposta seria e non il solito messaggio automatico. Resto in attesa.\n\nCordiali saluti\n{first} {last}",
        "Buonasera,\n\nsono in macchina fuori dalla palestra dove mio figlio ha allenamento di pallavolo fino alle otto, e approfitto per scrivervi quello che mi gira in testa da ieri. In questo periodo sto anche seguendo il trasloco dei miei suoceri, per cui il tempo libero è poco e il corso del giovedì era il mio momento.\n\n{complaint}\n\nNon voglio fare polemica, ma da voi mi aspettavo di più.\n\nGrazie dell'attenzione,\n{first}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen vom Flur der Musikschule aus, wo meine Tochter gerade Cello hat, und bitte um Nachsicht, wenn es etwas durcheinander wird. Seit dem Frühjahr pflege ich nebenbei meine Mutter, und der Töpferkurs bei Ihnen ist die eine Stunde in der Woche, die mir gehört. Ich habe Sie im Bekanntenkreis immer empfohlen.\n\n{complaint}\n\nIch erwarte keine Wunder, aber eine ehrliche Antwort und keinen Textbaustein.\n\nMit freundlichen Grüßen\n{first} {last}",
        "Guten Abend,\n\nich sitze im Zug nach Hause nach einer langen Woche auf unserer Baustelle (wir bauen seit einem Jahr das Haus selbst aus, die Küche fehlt immer noch), und das hier muss ich jetzt einfach loswerden.\n\n{complaint}\n\nIch bin seit über einem Jahr Kundin und war immer gern bei Ihnen. Umso mehr ärgert mich das.\n\nViele Grüße\n{first}",
    ],
}

CASE_SUBJ: dict[str, str] = {
    "it": "Segnalazione {ref}",
    "de": "Ihr Vorgang {ref}",
    "en": "Your case {ref}",
    "es": "Incidencia {ref}",
    "fr": "Votre demande {ref}",
    "pt": "O seu pedido {ref}",
}
RE_SUBJ: dict[str, str] = {
    "it": "R: Segnalazione {ref}",
    "de": "AW: Vorgang {ref}",
    "en": "Re: Your case {ref}",
    "es": "RE: Incidencia {ref}",
    "fr": "RE : Demande {ref}",
    "pt": "RE: Pedido {ref}",
}

CASE_OPENED: dict[str, str] = {
    "it": "Gentile {first},\nci dispiace molto per quanto successo. Abbiamo aperto la segnalazione {ref} e la seguiamo da vicino: le scriviamo appena abbiamo novità.\n{sign}",
    "de": "Hallo {first},\ndas tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und kümmern uns darum; Sie hören von uns, sobald es Neuigkeiten gibt.\n{sign}",
    "en": "Dear {first},\nwe're really sorry about this. We've opened case {ref} and are on it; we'll write as soon as we know more.\n{sign}",
    "es": "Hola {first},\nlo sentimos mucho. Hemos abierto la incidencia {ref} y la estamos siguiendo; te escribimos en cuanto sepamos algo.\n{sign}",
    "fr": "Bonjour {first},\nnous sommes vraiment désolés. Nous avons ouvert la demande {ref} et nous nous en occupons ; nous revenons vers vous dès que possible.\n{sign}",
    "pt": "Olá {first},\nlamentamos muito. Abrimos o pedido {ref} e estamos a tratar do assunto; escrevemos assim que houver novidades.\n{sign}",
}

CHAT_CASE: dict[str, str] = {
    "it": "Mi dispiace davvero. Ho aperto la segnalazione {ref}, la seguo io e ti scriviamo entro oggi.",
    "de": "Das tut mir wirklich leid. Ich habe den Vorgang {ref} angelegt, ich kümmere mich und wir melden uns heute noch.",
    "en": "I'm really sorry. I've opened case {ref}, I'll follow it myself and we'll write to you today.",
    "es": "Lo siento de verdad. He abierto la incidencia {ref}, la sigo yo y te escribimos hoy.",
    "fr": "Vraiment désolée. J'ai ouvert la demande {ref}, je la suis personnellement et on vous écrit aujourd'hui.",
    "pt": "Lamento mesmo. Abri o pedido {ref}, sou eu que acompanho e escrevemos ainda hoje.",
}

GOOD_NEWS: dict[str, str] = {
    "it": "Gentile {first},\nbuone notizie sulla segnalazione {ref}: abbiamo sistemato tutto, trova i dettagli nell'app. Può confermarci che per lei è tutto a posto?\n{sign}",
    "de": "Hallo {first},\ngute Nachrichten zu Vorgang {ref}: wir haben das geklärt, die Details stehen in der App. Können Sie uns kurz bestätigen, dass jetzt alles passt?\n{sign}",
    "en": "Dear {first},\ngood news on case {ref}: it's sorted, the details are in the app. Could you confirm everything is fine on your side?\n{sign}",
    "es": "Hola {first},\nbuenas noticias sobre la incidencia {ref}: está resuelta, tienes los detalles en la app. ¿Nos confirmas que todo está bien?\n{sign}",
    "fr": "Bonjour {first},\nbonne nouvelle pour la demande {ref} : c'est réglé, les détails sont dans l'appli. Pouvez-vous nous confirmer que tout est en ordre ?\n{sign}",
    "pt": "Olá {first},\nboas notícias sobre o pedido {ref}: está resolvido, os detalhes estão na app. Pode confirmar-nos que está tudo bem?\n{sign}",
}

APOLOGY: Table = {
    "it": [
        "Scusate per il tono di ieri, ero stanca e arrabbiata. Grazie per aver risolto così in fretta",
        "ieri ho esagerato, scusate. grazie per la risposta veloce 🙏",
    ],
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke, dass das so schnell geklärt wurde",
        "entschuldigung für gestern, war echt genervt. danke fürs schnelle kümmern 🙏",
    ],
    "en": ["Sorry for my tone yesterday, long day. Thanks for sorting it so quickly"],
    "es": ["Perdón por el tono de ayer, estaba agotada. Gracias por resolverlo tan rápido"],
    "fr": ["Désolée pour mon ton d'hier, j'étais à bout. Merci d'avoir réglé ça si vite"],
    "pt": ["Desculpem o tom de ontem, estava esgotada. Obrigada por resolverem tão depressa"],
}

CONFIRM: Table = {
    "it": [
        "Confermo, segnalazione {ref} risolta, è tutto a posto. Grazie!",
        "tutto ok per la {ref}, grazie mille della pazienza",
    ],
    "de": [
        "Bestätige: Vorgang {ref} ist erledigt, alles passt. Danke!",
        "{ref} passt jetzt, vielen Dank fürs Kümmern",
    ],
    "en": ["Confirmed, case {ref} is sorted, all good. Thanks!"],
    "es": ["Confirmo, la incidencia {ref} está resuelta. ¡Gracias!"],
    "fr": ["Je confirme, la demande {ref} est réglée. Merci !"],
    "pt": ["Confirmo, o pedido {ref} está resolvido. Obrigada!"],
}

LATER: Table = {
    "it": [
        "Riscrivo per la segnalazione {ref}: {topic}, ancora nessuna novità. Nessuno mi ha ricontattato.",
        "segnalazione {ref} ancora aperta. {topic}. sto ancora aspettando una risposta",
        "Di nuovo io, {ref}. Il problema ({topic}) NON è risolto.",
    ],
    "de": [
        "Ich schreibe nochmal wegen Vorgang {ref}: {topic}, immer noch nichts. Keiner hat sich gemeldet.",
        "vorgang {ref} ist immer noch offen. {topic}. warte weiter auf antwort",
        "Nochmal ich, {ref}. Das Problem ({topic}) ist NICHT gelöst.",
    ],
    "en": ["Writing again about case {ref}: {topic}, still nothing. Nobody has got back to me."],
    "es": [
        "Vuelvo a escribir por la incidencia {ref}: {topic}, sigo sin noticias. Nadie me ha contestado."
    ],
    "fr": [
        "Je réécris pour la demande {ref} : {topic}, toujours rien. Personne ne m'a recontactée."
    ],
    "pt": [
        "Volto a escrever sobre o pedido {ref}: {topic}, continua tudo igual. Ninguém me respondeu."
    ],
}

THIRD: Table = {
    "it": [
        "Terza volta che scrivo per la {ref} ({topic}), sempre aperta. Una collega va da {comp} e lì queste cose le risolvono in giornata.",
        "{ref}: terza volta, {topic}. Ho guardato i prezzi di {comp}, sinceramente ci sto pensando.",
    ],
    "de": [
        "Dritte Nachricht zu {ref} ({topic}), immer noch offen. Eine Kollegin töpfert bei {comp}, da wird sowas am selben Tag geklärt.",
        "{ref}: zum dritten Mal, {topic}. Ich hab mir die Preise von {comp} angeschaut, ehrlich gesagt.",
    ],
    "en": [
        "Third time writing about {ref} ({topic}), still open. A colleague goes to {comp} and they sort this kind of thing the same day."
    ],
    "es": [
        "Tercera vez que escribo por la {ref} ({topic}), sigue abierta. Una compañera va a {comp} y allí esto lo arreglan en el día."
    ],
    "fr": [
        "Troisième message pour la {ref} ({topic}), toujours ouverte. Une collègue va chez {comp}, là-bas c'est réglé dans la journée."
    ],
    "pt": [
        "Terceira vez que escrevo sobre o {ref} ({topic}), continua aberto. Uma colega vai à {comp} e lá resolvem isto no mesmo dia."
    ],
}

FOURTH: Table = {
    "it": ["QUARTA volta per la {ref}. {topic}. Ancora niente. Non so più cosa fare."],
    "de": ["Zum VIERTEN Mal wegen {ref}. {topic}. Immer noch nichts. Ich weiß nicht mehr weiter."],
    "en": ["FOURTH time about {ref}. {topic}. Still nothing. I don't know what else to do."],
    "es": ["CUARTA vez por la {ref}. {topic}. Nada. Ya no sé qué hacer."],
    "fr": ["QUATRIÈME fois pour la {ref}. {topic}. Toujours rien. Je ne sais plus quoi faire."],
    "pt": ["QUARTA vez sobre o {ref}. {topic}. Nada. Já não sei o que fazer."],
}

SPOKEN_START: dict[str, str] = {
    "it": "sì buongiorno ",
    "de": "ja hallo ",
    "en": "yeah hi ",
    "es": "sí hola ",
    "fr": "oui bonjour ",
    "pt": "sim bom dia ",
}

URGENT: dict[str, str] = {
    "it": "Ho aggiunto il tuo messaggio alla segnalazione {ref} e l'ho segnata come urgente. Scusa per l'attesa.",
    "de": "Ich habe deine Nachricht zu Vorgang {ref} hinzugefügt und ihn als dringend markiert. Sorry fürs Warten.",
    "en": "I've added this to case {ref} and marked it urgent. Sorry for the wait.",
    "es": "He añadido tu mensaje a la incidencia {ref} y la he marcado como urgente. Perdona la espera.",
    "fr": "J'ai ajouté votre message à la demande {ref} et l'ai marquée urgente. Désolée pour l'attente.",
    "pt": "Juntei a mensagem ao pedido {ref} e marquei-o como urgente. Desculpe a espera.",
}

QUALITY: dict[str, str] = {
    "it": "Gentile {first},\nla sua segnalazione {ref} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì all'ora di pranzo.\n{sign}",
    "de": "Hallo {first},\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin; sie ruft Sie bis Freitagmittag an.\n{sign}",
    "en": "Dear {first},\nyour case {ref} is now with our quality lead, who will call you before Friday lunchtime.\n{sign}",
    "es": "Hola {first},\ntu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n{sign}",
    "fr": "Bonjour {first},\nvotre demande {ref} est désormais suivie par notre responsable qualité, qui vous appellera avant vendredi midi.\n{sign}",
    "pt": "Olá {first},\no seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço.\n{sign}",
}

# six steps of a slide; the last names a competitor
SLIDE: dict[str, list[list[str]]] = {
    "it": [
        [
            "La lezione di ieri è iniziata con 20 minuti di ritardo e {teacher} era di corsa. Peccato.",
            "Metà dei torni sporchi di argilla secca e due rotti, si lavorava in tre su un tornio. Non era così.",
            "Cinque settimane per una cottura. Prima erano due. Cosa sta succedendo a Tornella?",
            "La mia ciotola è tornata con lo smalto colato sotto la base, incollata a un pezzo di piastra. Scritto in app, nessuno risponde.",
            "ADESSO mi addebitate 18 € di 'pulizia piastra del forno' per lo smalto colato. Lo smalto era VOSTRO, l'aveva scelto la vostra insegnante. Vergognoso.",
            "Mia cognata va da {comp}, ho già prenotato il corso al tornio lì per settembre.",
        ],
        [
            "Ieri studio pieno di gente e nessuno a spiegare, {teacher} sparita al telefono per mezz'ora.",
            "L'argilla del sacco nuovo era secca come un mattone. Ho perso la serata a bagnarla.",
            "Due turni di cottura saltati di fila. Le mie tazze sono lì da un mese.",
            "Tazza tornata con una crepa dal bordo al fondo. Mi dicono 'capita'. Nessuno si scusa.",
            "E ora mi fate pagare 18 € per 'danni alla piastra'?? Dopo un mese di attesa e una tazza crepata? Basta davvero.",
            "Il mio vicino fa il corso da {comp} e si trova benissimo, mi sono iscritta lì da ottobre.",
        ],
    ],
    "de": [
        [
            "Die Stunde gestern fing 20 Minuten zu spät an und {teacher} war total gehetzt. Schade.",
            "Die Hälfte der Scheiben voller eingetrocknetem Ton, zwei kaputt, wir waren zu dritt an einer. Früher war das anders.",
            "Fünf Wochen für einen Brand. Früher waren es zwei. Was ist bei Tornella los?",
            "Meine Schale kam mit runtergelaufener Glasur unten dran zurück, festgebacken an einem Stück Ofenplatte. In der App gemeldet, keine Antwort.",
            "JETZT berechnet ihr mir 18 € 'Reinigung Ofenplatte' für die gelaufene Glasur. Die Glasur war EURE, eure Kursleiterin hat sie ausgesucht. Unverschämt.",
            "Meine Schwägerin töpfert bei {comp}, ich hab dort schon den Drehscheibenkurs für September gebucht.",
        ],
        [
            "Gestern volles Atelier und niemand zum Erklären, {teacher} hing eine halbe Stunde am Telefon.",
            "Der Ton aus dem neuen Sack war hart wie Ziegel. Ganzer Abend mit Einweichen verbracht.",
            "Zwei Brände hintereinander ausgefallen. Meine Becher stehen seit einem Monat da.",
            "Becher mit Riss vom Rand bis zum Boden zurückbekommen. 'Kommt vor', sagt man mir. Keine Entschuldigung.",
            "Und jetzt 18 € für 'Schaden an der Ofenplatte'?? Nach einem Monat Warten und einem gerissenen Becher? Es reicht.",
            "Mein Nachbar macht den Kurs bei {comp} und ist total zufrieden, ich bin ab Oktober dort angemeldet.",
        ],
    ],
    "en": [
        [
            "Yesterday's class started 20 minutes late and {teacher} was rushing the whole time. Shame.",
            "Half the wheels caked in dry clay and two broken, three of us sharing one. It wasn't like this before.",
            "Five weeks for a firing. It used to be two. What's going on at Tornella?",
            "My bowl came back with glaze run under the foot, stuck to a bit of kiln shelf. Reported it in the app, no answer.",
            "NOW you're charging me £15 for 'kiln shelf cleaning' for the glaze run. It was YOUR glaze, your teacher picked it. Shameful.",
            "My sister-in-law goes to {comp}, I've already booked their wheel course for September.",
        ],
    ],
    "es": [
        [
            "La clase de ayer empezó con 20 minutos de retraso y {teacher} iba con prisas todo el rato. Una pena.",
            "La mitad de los tornos llenos de barro seco y dos rotos, tres personas en un torno. Antes no era así.",
            "Cinco semanas para una cocción. Antes eran dos. ¿Qué pasa en Tornella?",
            "Mi cuenco volvió con el esmalte chorreado bajo el pie, pegado a un trozo de placa. Lo puse en la app, nadie contesta.",
            "AHORA me cobráis 18 € de 'limpieza de placa del horno' por el esmalte chorreado. El esmalte era VUESTRO, lo eligió vuestra profe. Vergonzoso.",
            "Mi cuñada va a {comp}, ya he reservado allí el curso de torno para septiembre.",
        ],
    ],
    "fr": [
        [
            "Le cours d'hier a commencé avec 20 minutes de retard et {teacher} courait partout. Dommage.",
            "La moitié des tours couverts d'argile sèche et deux en panne, trois personnes sur un tour. Ce n'était pas comme ça avant.",
            "Cinq semaines pour une cuisson. Avant c'était deux. Que se passe-t-il chez Tornella ?",
            "Mon bol est revenu avec l'émail coulé sous le pied, collé à un morceau de plaque. Signalé dans l'appli, aucune réponse.",
            "Et MAINTENANT 18 € de 'nettoyage de plaque de four' pour l'émail coulé. C'était VOTRE émail, choisi par votre prof. Honteux.",
            "Ma belle-sœur va chez {comp}, j'ai déjà réservé leur cours de tournage pour septembre.",
        ],
    ],
    "pt": [
        [
            "A aula de ontem começou 20 minutos atrasada e a {teacher} andava sempre a correr. Pena.",
            "Metade das rodas cheias de barro seco e duas avariadas, três pessoas numa roda. Antes não era assim.",
            "Cinco semanas para uma cozedura. Antes eram duas. O que se passa na Tornella?",
            "A minha taça voltou com o vidrado escorrido por baixo, colada a um bocado de placa. Escrevi na app, ninguém responde.",
            "AGORA cobram-me 18 € de 'limpeza da placa do forno' pelo vidrado escorrido. O vidrado era VOSSO, foi a vossa professora que escolheu. Vergonha.",
            "A minha cunhada vai à {comp}, já reservei lá o curso de roda para setembro.",
        ],
    ],
}

LEAVE: Table = {
    "it": [
        "Buongiorno,\nho finalmente finito il servizio di piatti per la casa nuova e con il secondo bambino in arrivo non avrò più tempo per lo studio. Vorrei disdire Studio+ e chiudere il mio account.\nGrazie di tutto,\n{first}",
        "Buongiorno,\nmi trasferisco a Rotterdam per lavoro a fine mese e lì non ci sono vostri studi. Vi chiedo di disdire l'abbonamento Studio+ e chiudere l'account. È stato bello,\n{first} {last}",
    ],
    "de": [
        "Hallo,\nich habe mir mit meinem Bonus eine eigene Drehscheibe und einen kleinen Ofen für den Keller gekauft. Bitte kündigen Sie mein Studio+ und schließen Sie mein Konto.\nDanke für alles,\n{first}",
        "Guten Tag,\nwir ziehen im Herbst nach Rostock, dort gibt es kein Tornella-Atelier. Ich möchte Studio+ kündigen und mein Konto schließen.\nViele Grüße\n{first} {last}",
    ],
    "en": [
        "Hi,\nI've bought my own wheel and a small kiln for the garage with my bonus. Please cancel my Studio+ and close my account.\nThanks for everything,\n{first}"
    ],
    "es": [
        "Hola,\nme mudo a Rotterdam por trabajo y allí no tenéis estudio. Quiero darme de baja de Studio+ y cerrar mi cuenta.\nGracias por todo,\n{first}"
    ],
    "fr": [
        "Bonjour,\nje me suis acheté un tour et un petit four pour le garage avec ma prime. Merci de résilier mon Studio+ et de fermer mon compte.\n{first}"
    ],
    "pt": [
        "Olá,\nvou mudar-me para Roterdão em trabalho e lá não há estúdio vosso. Quero cancelar o Studio+ e fechar a conta.\nObrigada por tudo,\n{first}"
    ],
}

LEAVE_SUBJ: dict[str, str] = {
    "it": "Disdetta Studio+",
    "de": "Kündigung Studio+",
    "en": "Cancel Studio+",
    "es": "Baja Studio+",
    "fr": "Résiliation Studio+",
    "pt": "Cancelar Studio+",
}

SORRY: dict[str, str] = {
    "it": "Gentile {first},\nci dispiace vederla andare via. Può disdire Studio+ e chiudere l'account da sé nell'app o sul sito, in 'Profilo > Abbonamento'. Grazie per questi anni insieme.\n{sign}",
    "de": "Hallo {first},\nschade, dass Sie gehen. Studio+ und Ihr Konto können Sie selbst in der App oder auf der Website unter 'Profil > Abo' kündigen. Danke für die gemeinsame Zeit.\n{sign}",
    "en": "Dear {first},\nsorry to see you go. You can cancel Studio+ and close your account yourself in the app or on the website under 'Profile > Membership'. Thank you for being with us.\n{sign}",
    "es": "Hola {first},\nsentimos que te vayas. Puedes dar de baja Studio+ y cerrar la cuenta tú misma en la app o en la web, en 'Perfil > Suscripción'. Gracias por todo.\n{sign}",
    "fr": "Bonjour {first},\nnous sommes désolés de vous voir partir. Vous pouvez résilier Studio+ et fermer le compte vous-même dans l'appli ou sur le site, 'Profil > Abonnement'. Merci pour tout.\n{sign}",
    "pt": "Olá {first},\nlamentamos vê-la partir. Pode cancelar o Studio+ e fechar a conta na app ou no site, em 'Perfil > Subscrição'. Obrigado por tudo.\n{sign}",
}

GRUMPY: Table = {
    "it": [
        "L'app mi slogga ogni volta che la apro. OGNI volta.",
        "Promemoria della lezione alle 6 del mattino. Grazie eh.",
        "Mezz'ora di coda per ritirare i pezzi il sabato. Sempre.",
        "I grembiuli dello studio sono tutti senza laccio.",
        "Parcheggio davanti allo studio sempre pieno e voi nessuna convenzione.",
        "Cambiate l'orario delle cotture e non lo dite a nessuno.",
        "Le bacinelle per l'acqua al tornio sono crepate, perdono dappertutto.",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus. JEDES Mal.",
        "Kurserinnerung um 6 Uhr morgens. Danke auch.",
        "Samstags eine halbe Stunde anstehen, um Stücke abzuholen. Immer.",
        "Die Schürzen im Atelier haben alle keine Bänder mehr.",
        "Parkplätze vorm Atelier immer voll, und ihr habt keine Lösung.",
        "Brennzeiten werden geändert und keiner erfährt es.",
        "Die Wasserschüsseln an den Scheiben sind gerissen und tropfen überall.",
    ],
    "en": [
        "The app logs me out every single time.",
        "Class reminder at 6am. Thanks.",
        "Half an hour queueing on Saturdays to collect pieces.",
        "Every apron in the studio is missing its strap.",
        "Never anywhere to park near the studio.",
        "Firing times change and nobody is told.",
        "The water bowls at the wheels are cracked and leak everywhere.",
    ],
    "es": [
        "La app me cierra la sesión cada vez.",
        "Recordatorio de clase a las 6 de la mañana. Gracias.",
        "Media hora de cola los sábados para recoger piezas.",
        "Los delantales del estudio no tienen cinta.",
        "Imposible aparcar cerca del estudio.",
        "Cambiáis los horarios de cocción y nadie avisa.",
        "Los cuencos de agua de los tornos están rotos y gotean.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois.",
        "Rappel de cours à 6h du matin. Merci.",
        "Une demi-heure de queue le samedi pour récupérer ses pièces.",
        "Tous les tabliers de l'atelier ont perdu leur lien.",
        "Impossible de se garer près de l'atelier.",
        "Les horaires de cuisson changent et personne n'est prévenu.",
        "Les bols d'eau des tours sont fêlés et fuient partout.",
    ],
    "pt": [
        "A app termina a sessão todas as vezes.",
        "Lembrete da aula às 6 da manhã. Obrigadinha.",
        "Meia hora de fila ao sábado para levantar peças.",
        "Os aventais do estúdio estão todos sem fita.",
        "Nunca há onde estacionar perto do estúdio.",
        "Mudam os horários de cozedura e ninguém avisa.",
        "As tigelas de água das rodas estão rachadas e pingam.",
    ],
}

SARCASM: Table = {
    "it": [
        "Ritiro 'pronto in 10 giorni' dopo 31 giorni. Velocissimi proprio 👏",
        "Bellissimo il nuovo orario: lezione alle 21:30 così torno a casa a mezzanotte 🙃",
    ],
    "de": [
        "'In 10 Tagen fertig', abgeholt nach 31. Rekordtempo 👏",
        "Toll, die neue Kurszeit 21:30. Wer braucht schon Schlaf 🙃",
    ],
    "en": ["'Ready in 10 days', collected after 31. Blistering pace 👏"],
    "es": ["'Listo en 10 días', recogido a los 31. Qué rapidez 👏"],
    "fr": ["'Prêt en 10 jours', récupéré au bout de 31. Quelle rapidité 👏"],
    "pt": ["'Pronto em 10 dias', levantado ao fim de 31. Que rapidez 👏"],
}

# quiet_hours: a mild grumble (text, agent's answer or acknowledgement)
MILD: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "La ricerca degli studi mi mostra Torino anche se ho scritto Verona, piccola cosa ma è scomodo",
            "Grazie della segnalazione! La ricerca parte dalla posizione del telefono; la passiamo ai colleghi dell'app.",
        ),
        (
            "le notifiche mi arrivano in inglese anche se l'app è in italiano, solo per dire",
            "Grazie! Lo giriamo al team dell'app, nel frattempo puoi cambiare la lingua delle notifiche in Profilo.",
        ),
    ],
    "de": [
        (
            "Die Ateliersuche zeigt mir Köln, obwohl ich Bonn eingegeben hab. Kleinigkeit, aber nervig",
            "Danke für den Hinweis! Die Suche startet beim Standort des Handys; wir geben es ans App-Team weiter.",
        ),
        (
            "Benachrichtigungen kommen bei mir auf Englisch, obwohl die App auf Deutsch steht. Nur als Hinweis",
            "Danke! Geht ans App-Team; bis dahin lässt sich die Sprache der Hinweise unter Profil umstellen.",
        ),
    ],
    "en": [
        (
            "The studio search shows Leeds when I type York. Minor, but annoying",
            "Thanks for flagging it! The search starts from your phone's location; we've passed it to the app team.",
        )
    ],
    "es": [
        (
            "El buscador de estudios me enseña Madrid aunque ponga Toledo. Una tontería, pero molesta",
            "¡Gracias por avisar! El buscador parte de la ubicación del móvil; se lo pasamos al equipo de la app.",
        )
    ],
    "fr": [
        (
            "La recherche d'ateliers m'affiche Lyon alors que je tape Vienne. Détail, mais agaçant",
            "Merci du signalement ! La recherche part de la position du téléphone ; on transmet à l'équipe de l'appli.",
        )
    ],
    "pt": [
        (
            "A pesquisa de estúdios mostra Lisboa quando escrevo Setúbal. Pormenor, mas chato",
            "Obrigado pelo aviso! A pesquisa parte da localização do telemóvel; passámos à equipa da app.",
        )
    ],
}

FORM_ACK: dict[str, str] = {
    "it": "Gentile {first},\ngrazie per la segnalazione, l'abbiamo girata al team dell'app.\n{sign}",
    "de": "Hallo {first},\ndanke für Ihren Hinweis, wir haben ihn ans App-Team weitergegeben.\n{sign}",
    "en": "Dear {first},\nthanks for letting us know, we've passed it to the app team.\n{sign}",
    "es": "Hola {first},\ngracias por avisar, se lo hemos pasado al equipo de la app.\n{sign}",
    "fr": "Bonjour {first},\nmerci du signalement, nous l'avons transmis à l'équipe de l'appli.\n{sign}",
    "pt": "Olá {first},\nobrigado pelo aviso, passámos à equipa da app.\n{sign}",
}

FORM_SUBJ: dict[str, str] = {
    "it": "Suggerimento app",
    "de": "Hinweis zur App",
    "en": "App feedback",
    "es": "Sugerencia app",
    "fr": "Remarque appli",
    "pt": "Sugestão app",
}

# topic_spike: Monday's grumble about the studio map (text, answer)
MAP_SLOW: dict[str, tuple[str, str]] = {
    "it": (
        "la mappa degli studi nell'app ci mette una vita a caricare, è normale?",
        "Ciao! Oggi la mappa è un po' lenta, stiamo aggiornando i dati degli studi: dovrebbe tornare veloce entro sera.",
    ),
    "de": (
        "Die Atelierkarte in der App lädt ewig, geht das nur mir so?",
        "Hallo! Die Karte ist heute etwas langsam, wir aktualisieren die Atelierdaten; bis heute Abend sollte es wieder flott gehen.",
    ),
    "en": (
        "the studio map in the app takes ages to load, is that just me?",
        "Hi! The map is a bit slow today while we update studio details; it should be quick again by tonight.",
    ),
    "es": (
        "el mapa de estudios de la app tarda muchísimo en cargar, ¿es normal?",
        "¡Hola! Hoy el mapa va algo lento porque actualizamos los datos; esta tarde debería ir bien.",
    ),
    "fr": (
        "la carte des ateliers dans l'appli met une éternité à charger, c'est normal ?",
        "Bonjour ! La carte est un peu lente aujourd'hui pendant une mise à jour ; ce soir ça devrait aller.",
    ),
    "pt": (
        "o mapa dos estúdios na app demora imenso a carregar, é normal?",
        "Olá! Hoje o mapa está mais lento porque estamos a atualizar os dados; à noite deve estar normal.",
    ),
}

# topic_spike: two lone questions on the Friday before (question, answer), about a shelf that works
LONE: dict[str, tuple[str, str]] = {
    "it": (
        "ciao, ieri sera per un attimo l'app mi ha fatto vedere 'mensola: scade tra 0 giorni' e poi è tornata normale (scade il 30/11). devo preoccuparmi per i pezzi che ho lì?",
        "Ciao! No, la tua mensola è attiva fino al 30 novembre: il contatore si aggiorna a mezzanotte e per un istante può mostrare 0. I tuoi pezzi sono al sicuro.",
    ),
    "de": (
        "Hallo, gestern Abend stand in der App kurz 'Regalfach läuft in 0 Tagen ab', dann war wieder alles normal (bis 30.11.). Muss ich mir Sorgen um meine Stücke machen?",
        "Hallo! Nein, dein Regalfach läuft bis 30. November: der Zähler aktualisiert sich um Mitternacht und zeigt dabei kurz 0 an. Deine Stücke sind sicher.",
    ),
}

# the planted incident: shelf-expiry notices sent to members, "keep my shelf" fails with SLF#27
SPIKE: Table = {
    "it": [
        "Stamattina l'app mi dice 'La tua mensola è scaduta: i pezzi verranno avviati al recupero argilla oggi alle 12:00'. Ho TRE settimane di lavoro su quella mensola!! Provo 'Mantieni mensola' e mi dà errore SLF#27. Aiuto",
        "Tornella ma che succede? notifica mensola scaduta e pezzi al recupero alle 12, il tasto per tenerla dà SLF#27. Il mio abbonamento è pagato fino a fine mese",
        "Anche a voi è arrivato l'avviso che la mensola è scaduta? Errore SLF#27 quando provo a rinnovarla. Ci sono le tazze di mia figlia lì sopra 😱",
        "URGENTE: mensola 'scaduta', pezzi 'al recupero alle 12:00', errore SLF#27. Sono Studio+ fino al 30. Vi prego fermate tutto",
        "notifica assurda stamattina, mensola scaduta e recupero argilla alle 12. slf#27 se provo a tenerla. qualcuno sa qualcosa?",
        "Sono in studio a {town} e l'insegnante mi fa vedere la lista del recupero delle 12 con il mio nome sopra. Dall'app 'Mantieni mensola' dà SLF#27. Ma sono socia!!",
    ],
    "de": [
        "Heute früh schreibt mir die App: 'Dein Regalfach ist abgelaufen, deine Stücke gehen heute um 12:00 ins Tonrecycling'. DREI Wochen Arbeit liegen da drin! 'Fach behalten' gibt Fehler SLF#27. Hilfe!",
        "Tornella, was ist da los? Regalfach abgelaufen, Stücke ins Recycling um 12, und Verlängern geht nicht: SLF#27. Mein Studio+ ist bis Monatsende bezahlt",
        "Hat noch jemand die Meldung 'Regalfach abgelaufen' bekommen? Fehler SLF#27 beim Behalten. Da stehen die Becher von meinem Sohn drauf 😱",
        "DRINGEND: Fach angeblich abgelaufen, Stücke 'um 12:00 ins Recycling', Fehler SLF#27. Bin Studio+-Mitglied. Bitte stoppt das!",
        "komische meldung heute morgen, regalfach abgelaufen und recycling um 12. SLF 27 wenn ich es behalten will. weiß jemand was?",
        "Stehe gerade im Atelier in {town}, auf der Recyclingliste für 12 Uhr steht mein Name. In der App: 'Fach behalten' -> SLF#27. Ich zahle doch jeden Monat!",
    ],
    "en": [
        "This morning the app says 'Your shelf has expired: your pieces go to clay reclaim today at 12:00'. Three weeks of work on that shelf! 'Keep my shelf' gives error SLF#27. Help",
        "Anyone else get the 'shelf expired' notice? SLF#27 when I try to keep it. My Studio+ is paid till the end of the month 😱",
    ],
    "es": [
        "Esta mañana la app me dice 'Tu estante ha caducado: tus piezas irán al reciclaje de barro hoy a las 12:00'. ¡Tres semanas de trabajo! 'Mantener estante' da error SLF#27",
        "¿A alguien más le ha llegado lo del estante caducado? Error SLF#27 al intentar mantenerlo. Tengo Studio+ pagado hasta fin de mes 😱",
    ],
    "fr": [
        "Ce matin l'appli m'annonce 'Votre étagère a expiré : vos pièces partent au recyclage de l'argile aujourd'hui à 12:00'. Trois semaines de travail ! 'Garder mon étagère' donne l'erreur SLF#27",
        "Quelqu'un d'autre a reçu 'étagère expirée' ? Erreur SLF#27 pour la garder. Mon Studio+ est payé jusqu'à la fin du mois 😱",
    ],
    "pt": [
        "Hoje de manhã a app diz 'A tua prateleira expirou: as peças vão para reciclagem do barro hoje às 12:00'. Três semanas de trabalho! 'Manter prateleira' dá erro SLF#27",
        "Mais alguém recebeu 'prateleira expirada'? Erro SLF#27 ao tentar manter. Tenho o Studio+ pago até ao fim do mês 😱",
    ],
}

SPIKE_SUBJ: dict[str, str] = {
    "it": "Mensola scaduta?? errore SLF#27",
    "de": "Regalfach abgelaufen? Fehler SLF#27",
    "en": "Shelf expired?? error SLF#27",
    "es": "¿Estante caducado? error SLF#27",
    "fr": "Étagère expirée ?? erreur SLF#27",
    "pt": "Prateleira expirada? erro SLF#27",
}

SPIKE_CHAT: dict[str, str] = {
    "it": "Sì, lo sappiamo: gli avvisi di mensola scaduta sono partiti per errore a molti soci e il rinnovo dà SLF#27. Nessun pezzo verrà toccato, abbiamo fermato il recupero in tutti gli studi. I tecnici ci stanno lavorando.",
    "de": "Ja, das wissen wir: die Ablauf-Meldungen gingen irrtümlich an viele Mitglieder raus und Verlängern gibt SLF#27. Kein Stück wird angerührt, das Recycling ist in allen Ateliers gestoppt. Die Technik ist dran.",
    "en": "Yes, we know: the shelf-expired notices went out to many members by mistake and renewing gives SLF#27. No piece will be touched, reclaim is stopped in every studio. Our engineers are on it.",
    "es": "Sí, lo sabemos: los avisos de estante caducado se enviaron por error a muchos socios y renovar da SLF#27. Nadie tocará ninguna pieza, el reciclaje está parado en todos los estudios. Los técnicos están en ello.",
    "fr": "Oui, nous savons : les avis d'étagère expirée sont partis par erreur chez beaucoup de membres et le renouvellement donne SLF#27. Aucune pièce ne sera touchée, le recyclage est arrêté dans tous les ateliers. Nos techniciens s'en occupent.",
    "pt": "Sim, já sabemos: os avisos de prateleira expirada foram enviados por engano a muitos sócios e renovar dá SLF#27. Nenhuma peça será tocada, a reciclagem está parada em todos os estúdios. Os técnicos estão a tratar.",
}

SPIKE_REPEAT: Table = {
    "it": [
        "Ancora SLF#27, e ora la notifica dice 'recupero tra 2 ore'. Ho già scritto prima. Qualcuno mi conferma che non buttate i miei pezzi?",
        "Sempre SLF#27 anche dal telefono di mio marito. E in studio a {town} mi dicono che la lista del recupero è appesa col mio nome!",
    ],
    "de": [
        "Immer noch SLF#27, jetzt steht da 'Recycling in 2 Stunden'. Hab vorhin schon geschrieben. Kann mir jemand bestätigen, dass meine Stücke bleiben?",
        "Weiterhin SLF#27, auch auf dem Handy meiner Frau. Und im Atelier in {town} hängt die Recyclingliste mit meinem Namen!",
    ],
    "en": [
        "Still SLF#27, and now it says 'reclaim in 2 hours'. I wrote earlier. Can someone confirm my pieces are safe?"
    ],
    "es": [
        "Sigue el SLF#27 y ahora pone 'reciclaje en 2 horas'. Ya escribí antes. ¿Alguien me confirma que no tiráis mis piezas?"
    ],
    "fr": [
        "Toujours SLF#27, et maintenant c'est 'recyclage dans 2 heures'. J'ai déjà écrit. Quelqu'un peut me confirmer que mes pièces sont sauves ?"
    ],
    "pt": [
        "Continua o SLF#27 e agora diz 'reciclagem daqui a 2 horas'. Já escrevi antes. Alguém me confirma que as peças estão a salvo?"
    ],
}

SPIKE_FIXED: dict[str, str] = {
    "it": "Gentile {first},\nl'avviso di mensola scaduta di stamattina era un nostro errore: dalle {time} la sua mensola è di nuovo attiva e il rinnovo funziona. Nessun pezzo è stato toccato. Per scusarci le abbiamo aggiunto una cottura gratuita ({credit}) sul conto.\n{sign}",
    "de": "Hallo {first},\ndie Ablauf-Meldung heute Morgen war unser Fehler: seit {time} Uhr ist Ihr Regalfach wieder aktiv und Verlängern funktioniert. Kein Stück wurde angerührt. Als Entschuldigung haben wir Ihnen einen Gratis-Brand ({credit}) gutgeschrieben.\n{sign}",
    "en": "Dear {first},\nthis morning's shelf-expired notice was our mistake: since {time} your shelf is active again and renewing works. No piece was touched. To say sorry we've added a free firing ({credit}) to your account.\n{sign}",
    "es": "Hola {first},\nel aviso de estante caducado de esta mañana fue un error nuestro: desde las {time} tu estante vuelve a estar activo y renovar funciona. Nadie ha tocado ninguna pieza. Como disculpa te hemos añadido una cocción gratis ({credit}).\n{sign}",
    "fr": "Bonjour {first},\nl'avis d'étagère expirée de ce matin était une erreur de notre part : depuis {time} votre étagère est de nouveau active et le renouvellement fonctionne. Aucune pièce n'a été touchée. Pour nous excuser, une cuisson gratuite ({credit}) a été ajoutée à votre compte.\n{sign}",
    "pt": "Olá {first},\no aviso de prateleira expirada desta manhã foi um erro nosso: desde as {time} a sua prateleira está ativa e renovar funciona. Nenhuma peça foi tocada. Como desculpa, juntámos uma cozedura grátis ({credit}) à sua conta.\n{sign}",
}

SPIKE_FIXED_SUBJ: dict[str, str] = {
    "it": "La sua mensola è al sicuro",
    "de": "Ihr Regalfach ist sicher",
    "en": "Your shelf is safe",
    "es": "Tu estante está a salvo",
    "fr": "Votre étagère est en sécurité",
    "pt": "A sua prateleira está segura",
}

SECOND_LANGUAGE_WHY = [
    "works for a {l2}-speaking company",
    "partner's family speaks {l2}",
    "studied for years in a {l2}-speaking country",
    "writes {l2} so the children's other parent can read along",
    "grew up in a {l2}-speaking region",
    "colleagues at the hospital speak {l2}",
]

LANG_NAMES: dict[str, str] = {
    "it": "Italian",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
}
