# ruff: noqa: E501
"""Wording of the heldout268 set (Nevicla: snow clearing and gritting), written blind.

Italian and French first (two to four variants in most tables), then German,
English, Spanish and Portuguese (one or two).
"""

from __future__ import annotations

T = dict[str, list[str]]
Q = dict[str, list[tuple[str, str]]]

LANGS = ("it", "fr", "de", "en", "es", "pt")

FIRST: T = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Elena",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Paolo",
        "Silvia",
        "Andrea",
        "Valentina",
        "Stefano",
        "Ilaria",
        "Roberto",
        "Martina",
        "Giorgio",
        "Federica",
        "Simone",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Léa",
        "Nicolas",
        "Manon",
        "Thomas",
        "Élodie",
        "Antoine",
        "Claire",
        "Mathieu",
        "Sophie",
        "Guillaume",
        "Pauline",
        "Benoît",
        "Aurélie",
        "Hugo",
        "Margaux",
        "Olivier",
        "Chloé",
        "Vincent",
    ],
    "de": [
        "Anna",
        "Lukas",
        "Katrin",
        "Jonas",
        "Sabine",
        "Florian",
        "Miriam",
        "Tobias",
        "Petra",
        "Stefan",
        "Lena",
        "Matthias",
    ],
    "en": [
        "Fiona",
        "Callum",
        "Kirsty",
        "Euan",
        "Niamh",
        "Rory",
        "Sinead",
        "Dylan",
        "Holly",
        "Gareth",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Iker",
        "Nuria",
        "Sergio",
        "Ainhoa",
        "Pablo",
        "Irene",
        "Jordi",
    ],
    "pt": [
        "Inês",
        "Tiago",
        "Rita",
        "Duarte",
        "Beatriz",
        "Rui",
        "Catarina",
        "Nuno",
        "Joana",
        "Hugo",
    ],
}
LAST: T = {
    "it": [
        "Bonetti",
        "Rinaldi",
        "Ferrari",
        "Colombo",
        "Mariani",
        "Galli",
        "Conti",
        "Moretti",
        "Fontana",
        "Barbieri",
        "Lombardi",
        "Pellegrini",
        "Sartori",
        "Zanetti",
        "Bertoldi",
        "Pedrotti",
        "Dallapè",
        "Gasperi",
    ],
    "fr": [
        "Girard",
        "Bonnet",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Blanc",
        "Guérin",
        "Morel",
        "Chevalier",
        "Perrin",
        "Favre",
        "Roux",
        "Masson",
        "Dufour",
        "Berthod",
        "Jacquier",
        "Cattin",
    ],
    "de": [
        "Huber",
        "Wagner",
        "Moser",
        "Brandl",
        "Gruber",
        "Hofer",
        "Lechner",
        "Steiner",
        "Pichler",
        "Wimmer",
        "Kofler",
        "Eder",
    ],
    "en": [
        "Fraser",
        "Munro",
        "Campbell",
        "Doyle",
        "Ross",
        "Byrne",
        "Grant",
        "Kennedy",
        "MacLeod",
        "Walsh",
    ],
    "es": [
        "Garcés",
        "Lacasa",
        "Puyol",
        "Navarro",
        "Sanz",
        "Ferrer",
        "Abad",
        "Marín",
        "Solé",
        "Gil",
    ],
    "pt": [
        "Pires",
        "Cardoso",
        "Matos",
        "Esteves",
        "Gaspar",
        "Fonseca",
        "Lourenço",
        "Abreu",
        "Simões",
        "Vaz",
    ],
}
TOWNS: dict[str, list[str]] = {
    "IT": ["Bormio", "Aosta", "Sondrio", "Belluno", "Cavalese", "Livigno", "Feltre", "Brunico"],
    "FR": ["Annecy", "Chamonix", "Briançon", "Gérardmer", "Bourg-Saint-Maurice", "Thônes"],
    "CH": ["Sion", "Davos", "Martigny", "Airolo", "Bulle", "Poschiavo"],
    "BE": ["Malmedy", "Spa", "Bastogne"],
    "LU": ["Clervaux", "Wiltz"],
    "DE": ["Garmisch-Partenkirchen", "Oberstdorf", "Berchtesgaden"],
    "AT": ["Innsbruck", "Schladming", "Hall in Tirol"],
    "UK": ["Aviemore", "Braemar", "Buxton"],
    "IE": ["Roundwood", "Blessington"],
    "ES": ["Jaca", "Puigcerdà", "Navacerrada"],
    "PT": ["Covilhã", "Manteigas", "Seia"],
}
AGENTS: T = {
    "it": ["Giorgia", "Enrico", "Alessia"],
    "fr": ["Émilie", "Romain", "Justine"],
    "de": ["Verena", "Markus"],
    "en": ["Morag", "Alasdair"],
    "es": ["Elena", "Álvaro"],
    "pt": ["Sofia", "Miguel"],
}
PRODUCTS: list[tuple[str, int]] = [
    ("Driveway clearing, one visit / Sgombero vialetto, una visita", 29),
    ("Path and steps gritting / Salatura vialetto e scale", 15),
    ("Roof snow removal / Sgombero neve dal tetto", 180),
    ("Garage ramp de-icing / Antighiaccio rampa garage", 22),
    ("Car dig-out / Liberazione auto", 12),
    ("De-icing salt 25 kg / Sale antighiaccio 25 kg", 14),
    ("Season top-up, 5 visits / Ricarica stagione, 5 visite", 110),
]
PRO_PRODUCTS: list[tuple[str, int]] = [
    ("Extra car park gritting / Salatura extra parcheggio", 180),
    ("Loading yard clearing / Sgombero piazzale carico", 240),
    ("Salt delivery 1 t / Fornitura sale 1 t", 160),
]
PAGES = ["/app/prenota", "/app/indirizzi", "/stagione", "/tetti", "/app/percorso", "/prezzi"]
PRO_PAGES = ["/pro/portale/siti", "/pro/portale/interventi", "/pro/fatture", "/pro/report"]

PRAISE: T = {
    "it": [
        "Alle 6 il vialetto era già pulito e salato, sono uscita con la macchina senza problemi. Grazie {brand}!",
        "Nevicato tutta la notte e stamattina rampa del garage perfetta. Ragazzi siete dei grandi",
        "Servizio impeccabile, sono passati prima dell'alba e hanno pure liberato la cassetta della posta",
        "Mio padre ha 84 anni e non deve più uscire con la pala. Per me questo vale tutto, grazie {brand}",
    ],
    "fr": [
        "Réveil à 6h30, l'allée était déjà dégagée et salée. Merci {brand}, vous m'avez sauvé la matinée",
        "40 cm cette nuit et la rampe du garage nickel avant 7h. Franchement bravo à l'équipe",
        "Super équipe ce matin, ils ont même dégagé le passage jusqu'à la boîte aux lettres",
        "Ma mère ne touche plus à la pelle depuis qu'on a pris {brand}. Tranquillité totale",
    ],
    "de": [
        "Um halb sieben war die Einfahrt schon frei und gestreut. Danke {brand}, perfekt!",
        "Die ganze Nacht Schnee und trotzdem pünktlich in der Arbeit. Super Team",
    ],
    "en": [
        "Driveway cleared and gritted before 6:30, car out first time. Cheers {brand}",
        "Woke up to 20 cm and a clear path to the gate. Brilliant crew this morning",
    ],
    "es": [
        "A las 6 y media la entrada ya estaba limpia y con sal. Gracias {brand}, sois unos cracks",
        "Ha nevado toda la noche y la rampa del garaje perfecta. Qué tranquilidad",
    ],
    "pt": [
        "Às 6h30 a entrada já estava limpa e com sal. Obrigado {brand}, impecável",
        "Nevou a noite toda e a rampa da garagem estava perfeita de manhã. Excelente equipa",
    ],
}
PRAISE_AGAIN: T = {
    "it": [
        "Terza volta questo mese che passano prima delle 6, mai un ritardo. Che bello",
        "Anche stamattina tutto pulito prima che suonasse la sveglia, ancora grazie {brand}",
        "Di nuovo lo stesso ragazzo gentilissimo, ha spalato pure davanti al cancello della vicina",
    ],
    "fr": [
        "Troisième fois ce mois-ci qu'ils passent avant 6h, jamais un retard",
        "Encore une fois tout était dégagé avant mon réveil, merci encore {brand}",
        "De nouveau le même gars super sympa, il a aussi fait le bout de trottoir de la voisine",
    ],
    "de": ["Schon wieder alles frei, bevor der Wecker klingelt. Immer noch begeistert"],
    "en": ["Third time this month they've been before 6 and not once late"],
    "es": ["Tercera vez este mes que vienen antes de las 6, ni un retraso"],
    "pt": ["Mais uma vez tudo limpo antes de o despertador tocar. Continuo encantada"],
}
PRAISE_GRIPE: T = {
    "it": [
        "Servizio ottimo, solo il mucchio di neve lo lasciano sempre davanti al bidone. Per il resto top",
        "Tutto bene, peccato che l'app mandi 'squadra in arrivo' quando sono già andati via",
        "Contentissima, solo il sale ne mettono un po' troppo sulle piastrelle nuove",
    ],
    "fr": [
        "Service top, juste le tas de neige toujours devant la poubelle. Sinon rien à dire",
        "Très bien, dommage que l'appli envoie 'équipe en route' quand ils sont déjà repartis",
        "Ravie, juste un peu trop de sel sur les dalles neuves à mon goût",
    ],
    "de": ["Sehr gut, nur der Schneehaufen landet immer vor der Mülltonne. Sonst top"],
    "en": ["Great job, just wish they wouldn't pile it all against the bins. Otherwise spot on"],
    "es": ["Muy bien, solo que el montón de nieve siempre acaba delante del cubo de basura"],
    "pt": ["Muito bom, só que o monte de neve fica sempre à frente do caixote do lixo"],
}
REVIEW: T = {
    "it": [
        "Puntuali, gentili, prezzo giusto. Inverno senza pensieri",
        "Cinque stelle meritate: alle 5:45 erano già qui",
    ],
    "fr": [
        "Ponctuels, sympas, prix correct. Un hiver sans souci",
        "Cinq étoiles méritées, à 5h45 ils étaient déjà là",
    ],
    "de": ["Pünktlich, freundlich, fairer Preis. Winter ohne Sorgen"],
    "en": ["Punctual, friendly, fair price. Stress-free winter"],
    "es": ["Puntuales, amables y buen precio. Un invierno sin agobios"],
    "pt": ["Pontuais, simpáticos e bom preço. Um inverno sem preocupações"],
}
CHAT: Q = {
    "it": [
        (
            "Ciao, se nevica di notte passate in automatico o devo prenotare io?",
            "Ciao! Con {plan} passiamo in automatico appena cadono più di 5 cm, non deve fare nulla.",
        ),
        (
            "Buongiorno, potete fare anche le scale sul retro?",
            "Buongiorno, certo: le abbiamo aggiunte al suo indirizzo, da domani le facciamo insieme al vialetto.",
        ),
        (
            "Il sale che usate fa male al cane?",
            "Usiamo un sale adatto agli animali, ma dopo la passeggiata conviene sciacquare le zampe.",
        ),
    ],
    "fr": [
        (
            "Bonjour, s'il neige la nuit vous passez tout seuls ou je dois réserver ?",
            "Bonjour ! Avec {plan}, on passe automatiquement dès 5 cm, vous n'avez rien à faire.",
        ),
        (
            "Est-ce que vous pouvez faire aussi l'escalier derrière la maison ?",
            "Bien sûr, c'est ajouté à votre adresse, dès demain l'équipe le fait avec l'allée.",
        ),
        (
            "Le sel que vous utilisez, c'est dangereux pour le chien ?",
            "Nous utilisons un sel adapté aux animaux, mais rincer les pattes après la promenade reste conseillé.",
        ),
    ],
    "de": [
        (
            "Hallo, kommt ihr bei Schnee in der Nacht automatisch oder muss ich buchen?",
            "Hallo! Mit {plan} kommen wir automatisch ab 5 cm Neuschnee, Sie müssen nichts tun.",
        ),
        (
            "Könnt ihr auch die Treppe hinterm Haus machen?",
            "Klar, ist an Ihrer Adresse hinterlegt, ab morgen macht das Team sie mit.",
        ),
    ],
    "en": [
        (
            "Hi, if it snows overnight do you just come or do I need to book?",
            "Hi! With {plan} we come automatically once there's more than 5 cm, nothing to do your end.",
        ),
        (
            "Can you do the back steps as well?",
            "Of course, they're added to your address and the crew will do them from tomorrow.",
        ),
    ],
    "es": [
        (
            "Hola, si nieva de noche venís solos o tengo que reservar?",
            "¡Hola! Con {plan} pasamos automáticamente a partir de 5 cm, no tiene que hacer nada.",
        ),
        (
            "¿Podéis hacer también la escalera de atrás?",
            "Claro, ya está añadida a su dirección, desde mañana la hace el equipo.",
        ),
    ],
    "pt": [
        (
            "Olá, se nevar de noite vocês vêm sozinhos ou tenho de marcar?",
            "Olá! Com o {plan} passamos automaticamente a partir de 5 cm, não tem de fazer nada.",
        ),
        (
            "Podem limpar também as escadas das traseiras?",
            "Claro, já estão na sua morada, a partir de amanhã a equipa trata delas.",
        ),
    ],
}
THANKS: T = {
    "it": ["Perfetto grazie mille", "ok grazie!", "Gentilissimi, grazie"],
    "fr": ["Parfait, merci beaucoup", "super merci !", "Top, merci"],
    "de": ["Super, danke!"],
    "en": ["Brilliant, thanks"],
    "es": ["Genial, gracias!"],
    "pt": ["Ótimo, obrigado!"],
}
EMAILQ: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "Domanda su {plan}",
            "Buongiorno, vorrei sapere se con {plan} è compresa anche la rampa del garage condominiale. Grazie, {first}",
            "Gentile {first}, sì: la rampa è compresa se è l'unico accesso alla sua autorimessa. L'abbiamo già aggiunta. Un saluto, {agent} - {brand}",
        ),
        (
            "Fattura stagione",
            "Salve, mi servirebbe la fattura dell'abbonamento per la detrazione. Dove la trovo? {first}",
            "Gentile {first}, la trova nell'app sotto Profilo > Documenti; gliel'abbiamo anche inviata in allegato. Cordiali saluti, {agent} - {brand}",
        ),
    ],
    "fr": [
        (
            "Question {plan}",
            "Bonjour, est-ce que la rampe du garage de la copropriété est comprise dans {plan} ? Merci, {first}",
            "Bonjour {first}, oui, la rampe est comprise si c'est le seul accès à votre garage. Nous l'avons ajoutée. Bien cordialement, {agent} - {brand}",
        ),
        (
            "Facture abonnement",
            "Bonjour, j'aurais besoin de la facture de mon abonnement pour mon employeur, où la trouver ? {first}",
            "Bonjour {first}, elle se trouve dans l'appli, Profil > Documents, et nous vous l'envoyons aussi en pièce jointe. Cordialement, {agent} - {brand}",
        ),
    ],
    "de": [
        (
            "Frage zu {plan}",
            "Hallo, ist die Garagenrampe der Wohnanlage bei {plan} dabei? Danke, {first}",
            "Hallo {first}, ja, die Rampe ist dabei, wenn sie der einzige Zugang zu Ihrer Garage ist. Wir haben sie ergänzt. Viele Grüße, {agent} - {brand}",
        )
    ],
    "en": [
        (
            "Question about {plan}",
            "Hi, does {plan} cover the shared ramp down to our garages? Thanks, {first}",
            "Hi {first}, yes, the ramp's included when it's the only way to your garage. We've added it. Best, {agent} - {brand}",
        )
    ],
    "es": [
        (
            "Pregunta {plan}",
            "Hola, ¿la rampa del garaje de la comunidad entra en {plan}? Gracias, {first}",
            "Hola {first}, sí, la rampa entra si es el único acceso a su garaje. Ya la hemos añadido. Un saludo, {agent} - {brand}",
        )
    ],
    "pt": [
        (
            "Dúvida {plan}",
            "Olá, a rampa da garagem do condomínio está incluída no {plan}? Obrigada, {first}",
            "Olá {first}, sim, está incluída se for o único acesso à sua garagem. Já a acrescentámos. Cumprimentos, {agent} - {brand}",
        )
    ],
}
PHONEQ: Q = {
    "it": [
        (
            "buongiorno volevo sapere se sabato potete passare molto presto perché abbiamo un matrimonio e gli ospiti parcheggiano nel cortile grazie",
            "Gentile {first}, come da telefonata: sabato passiamo alle 5:30 e liberiamo anche il cortile. Buona giornata, {agent} - {brand}",
        ),
        (
            "sì salve chiamo per chiedere se il tetto della baita lo fate anche voi o solo i vialetti",
            "Gentile {first}, come detto al telefono lo sgombero dal tetto lo facciamo: trova il preventivo nell'app. {agent} - {brand}",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si vous pouvez passer samedi très tôt parce qu'on a un mariage et les invités se garent dans la cour merci",
            "Bonjour {first}, comme convenu au téléphone : samedi nous passons à 5h30 et dégageons aussi la cour. Bonne journée, {agent} - {brand}",
        ),
        (
            "bonjour j'appelle pour savoir si vous faites aussi le déneigement des toits ou seulement les allées",
            "Bonjour {first}, comme dit au téléphone, nous déneigeons aussi les toits : le devis est dans l'appli. {agent} - {brand}",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob ihr am Samstag ganz früh kommen könnt wir haben eine Hochzeit und die Gäste parken im Hof danke",
            "Hallo {first}, wie telefonisch besprochen: Samstag kommen wir um 5:30 und räumen auch den Hof. {agent} - {brand}",
        )
    ],
    "en": [
        (
            "hi yeah just wondering if you could come really early on saturday we've got a wedding and people need to park in the yard thanks",
            "Hi {first}, as discussed on the phone: we'll be there at 5:30 on Saturday and do the yard too. {agent} - {brand}",
        )
    ],
    "es": [
        (
            "hola buenos días quería saber si podéis venir el sábado muy temprano que tenemos una boda y los invitados aparcan en el patio gracias",
            "Hola {first}, como hablamos por teléfono: el sábado pasamos a las 5:30 y limpiamos también el patio. {agent} - {brand}",
        )
    ],
    "pt": [
        (
            "bom dia queria saber se podem passar no sábado muito cedo porque temos um casamento e os convidados estacionam no pátio obrigado",
            "Olá {first}, como falámos ao telefone: no sábado passamos às 5h30 e limpamos também o pátio. {agent} - {brand}",
        )
    ],
}
SURVEY_HAPPY: T = {
    "it": ["Ottimo", "Tutto perfetto", "👍", ""],
    "fr": ["Parfait", "Très bien", "👍", ""],
    "de": ["Top", ""],
    "en": ["Spot on", ""],
    "es": ["Genial", ""],
    "pt": ["Ótimo", ""],
}
NIGHT_POST: T = {
    "it": [
        "Turno di notte in ospedale, fuori nevica forte. Almeno so che domattina {brand} mi fa trovare il vialetto pulito",
        "Le 3 e non dormo, guardo la neve che cade e per una volta non penso alla pala",
    ],
    "fr": [
        "De garde cette nuit, il neige à gros flocons. Au moins demain {brand} aura dégagé l'allée",
        "3h du mat, insomnie, je regarde la neige tomber et pour une fois je pense pas à la pelle",
    ],
    "de": [
        "Nachtschicht an der Tankstelle, draußen schneit es wie verrückt. Wenigstens ist morgen die Einfahrt frei dank {brand}"
    ],
    "en": [
        "Night shift and it's bucketing snow. At least {brand} will have the drive done when I get home"
    ],
    "es": [
        "Turno de noche y fuera nieva que da gusto. Al menos mañana {brand} me deja la entrada limpia"
    ],
    "pt": [
        "Turno da noite e lá fora neva imenso. Ao menos amanhã a {brand} deixa-me a entrada limpa"
    ],
}
NIGHT_CHAT: Q = {
    "it": [
        (
            "Nevica adesso, siete sicuri che passate prima delle 7? Devo partire presto",
            "Sì, la sua via è nel primo giro delle 5:00. Buonanotte!",
        ),
        (
            "Scusate l'ora, posso anticipare il passaggio di domani alle 5?",
            "Nessun problema, l'abbiamo anticipato alle 5:00.",
        ),
    ],
    "fr": [
        (
            "Il neige là, vous êtes sûrs de passer avant 7h ? Je pars tôt",
            "Oui, votre rue est dans la première tournée de 5h. Bonne nuit !",
        ),
        (
            "Désolé pour l'heure, je peux avancer le passage de demain à 5h ?",
            "Aucun souci, c'est avancé à 5h.",
        ),
    ],
    "de": [
        (
            "Es schneit gerade, kommt ihr sicher vor 7? Muss früh los",
            "Ja, Ihre Straße ist in der ersten Runde um 5 Uhr. Gute Nacht!",
        )
    ],
    "en": [
        (
            "It's snowing now, will you definitely be here before 7? Early start",
            "Yes, your street's on the first 5am round. Night!",
        )
    ],
    "es": [
        (
            "Está nevando, ¿seguro que pasáis antes de las 7? Salgo temprano",
            "Sí, su calle va en la primera ronda de las 5:00. ¡Buenas noches!",
        )
    ],
    "pt": [
        (
            "Está a nevar, passam mesmo antes das 7? Tenho de sair cedo",
            "Sim, a sua rua está na primeira volta das 5h. Boa noite!",
        )
    ],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
COMPLAINT: dict[str, T] = {
    "no_show": {
        "it": [
            "Stamattina l'app dice 'sgombero completato alle 6:10'. Completato dove?? Il vialetto era sotto 30 cm di neve, la macchina bloccata, ho perso mezza giornata di lavoro. Voglio sapere chi ha segnato FATTO.",
            "Vialetto mai pulito ma nell'app risulta fatto alle 6:10. Ho dovuto spalare io alle 7 vestito per l'ufficio e sono arrivato tardi. Ma scherziamo?",
        ],
        "fr": [
            "Ce matin l'appli affiche 'déneigement terminé à 6h10'. Terminé où ?? L'allée était sous 30 cm, voiture bloquée, j'ai perdu une demi-journée de boulot. Je veux savoir qui a coché FAIT.",
            "Allée jamais dégagée mais marquée faite à 6h10 dans l'appli. J'ai pelleté moi-même à 7h en tenue de bureau et je suis arrivé en retard. C'est une blague ?",
        ],
        "de": [
            "Laut App 'Räumung erledigt um 6:10'. Erledigt wo?? Die Einfahrt lag unter 30 cm Schnee, Auto eingeschneit, halber Arbeitstag weg. Wer hat da ERLEDIGT angeklickt?"
        ],
        "en": [
            "App says 'clearing completed 6:10'. Completed where?? Drive was under 30 cm, car stuck, lost half a day's work. Who ticked DONE?"
        ],
        "es": [
            "La app dice 'limpieza completada a las 6:10'. ¿Completada dónde?? La entrada con 30 cm de nieve, el coche atrapado y medio día de trabajo perdido. ¿Quién marcó HECHO?"
        ],
        "pt": [
            "A app diz 'limpeza concluída às 6h10'. Concluída onde?? A entrada tinha 30 cm de neve, carro preso, perdi meio dia de trabalho. Quem marcou FEITO?"
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato {plan} DUE volte, 349 € e poi altri 349 €. Ho l'affitto da pagare venerdì e il conto è in rosso per colpa vostra. Rimborsate subito.",
            "Controllo l'estratto conto e trovo due addebiti {brand} identici, 349 € ciascuno. Un abbonamento solo, grazie. Quando mi ridate i soldi?",
        ],
        "fr": [
            "Vous avez prélevé {plan} DEUX fois, 349 € puis encore 349 €. Le loyer part vendredi et je suis à découvert à cause de vous. Remboursez immédiatement.",
            "Je regarde mon relevé : deux prélèvements {brand} identiques de 349 €. Je n'ai qu'un abonnement. Quand est-ce que je récupère mon argent ?",
        ],
        "de": [
            "Ihr habt {plan} ZWEIMAL abgebucht, 349 € und nochmal 349 €. Die Miete geht Freitag raus und mein Konto ist im Minus. Sofort zurückbuchen."
        ],
        "en": [
            "You've taken {plan} TWICE, £299 and another £299. Rent goes out Friday and I'm overdrawn because of you. Refund it now."
        ],
        "es": [
            "Me habéis cobrado {plan} DOS veces, 349 € y otros 349 €. El alquiler se cobra el viernes y estoy en números rojos por vuestra culpa. Devolvedlo ya."
        ],
        "pt": [
            "Cobraram o {plan} DUAS vezes, 349 € e mais 349 €. A renda sai sexta e fiquei a descoberto por vossa causa. Devolvam já."
        ],
    },
    "damage": {
        "it": [
            "Il vostro mezzo ha preso in pieno il bordo in pietra dell'aiuola, tre blocchi spaccati, e ha rigato il cancello nuovo. Nessuno ha suonato, nessun biglietto. Ho le foto.",
            "Stamattina trovo il cancello rigato e la cordonata del giardino divelta, con i segni della vostra lama fino al garage. Chi paga?",
        ],
        "fr": [
            "Votre engin a percuté la bordure en pierre du massif, trois blocs cassés, et rayé le portail neuf. Personne n'a sonné, pas un mot. J'ai les photos.",
            "Ce matin je trouve le portail rayé et la bordure du jardin arrachée, avec les traces de votre lame jusqu'au garage. Qui paie ?",
        ],
        "de": [
            "Euer Räumfahrzeug hat die Steineinfassung vom Beet zerlegt, drei Steine kaputt, und das neue Tor zerkratzt. Keiner hat geklingelt, kein Zettel. Fotos habe ich."
        ],
        "en": [
            "Your plough took out the stone edging on the flower bed, three blocks cracked, and scratched the new gate. No knock, no note. I've got photos."
        ],
        "es": [
            "Vuestra máquina se ha llevado el bordillo de piedra del jardín, tres piezas rotas, y ha rayado la verja nueva. Nadie llamó, ni una nota. Tengo fotos."
        ],
        "pt": [
            "A vossa máquina partiu o lancil de pedra do canteiro, três blocos, e riscou o portão novo. Ninguém tocou, nem um bilhete. Tenho fotos."
        ],
    },
    "refund": {
        "it": [
            "Tre settimane fa ho annullato il passaggio perché non aveva nevicato e mi avete scritto 'rimborso in 5 giorni'. Sono passate TRE settimane. 58 € non sono pochi.",
            "Aspetto ancora il rimborso dei due passaggi annullati a inizio mese, 58 €. Ogni volta mi dite 'in lavorazione'. Basta.",
        ],
        "fr": [
            "Il y a trois semaines j'ai annulé le passage faute de neige, vous m'avez écrit 'remboursement sous 5 jours'. Ça fait TROIS semaines. 58 €, ce n'est pas rien.",
            "J'attends toujours le remboursement des deux passages annulés en début de mois, 58 €. À chaque fois 'en cours de traitement'. Ça suffit.",
        ],
        "de": [
            "Vor drei Wochen habe ich storniert, weil kein Schnee kam, und ihr schreibt 'Erstattung in 5 Tagen'. Jetzt sind es DREI Wochen. 58 € sind nicht nichts."
        ],
        "en": [
            "Cancelled a visit three weeks ago when it didn't snow, you said 'refund within 5 days'. It's been THREE weeks. £50 isn't nothing."
        ],
        "es": [
            "Hace tres semanas cancelé la visita porque no nevó y me dijisteis 'reembolso en 5 días'. Van TRES semanas. 58 € no es poco."
        ],
        "pt": [
            "Há três semanas cancelei a visita porque não nevou e disseram 'reembolso em 5 dias'. Já vão TRÊS semanas. 58 € não é pouco."
        ],
    },
    "wrong_price": {
        "it": [
            "Sono abbonata {plan} da novembre e stamattina mi addebitate 45 € per lo sgombero come a una cliente qualsiasi. Che abbonamento pago a fare?",
            "Pago {plan} e l'ultimo passaggio me l'avete fatto pagare a tariffa piena, 45 €. Correggete per favore, è la seconda volta che controllo.",
        ],
        "fr": [
            "Je suis abonnée {plan} depuis novembre et ce matin vous me facturez 45 € le déneigement comme à n'importe qui. À quoi sert l'abonnement ?",
            "Je paie {plan} et le dernier passage m'a été facturé plein tarif, 45 €. Merci de corriger, c'est la deuxième fois que je vérifie.",
        ],
        "de": [
            "Ich habe seit November {plan} und heute berechnet ihr 45 € für die Räumung wie für jeden anderen. Wofür zahle ich das Abo?"
        ],
        "en": [
            "I've had {plan} since November and you've charged me £39 for this morning like I'm a walk-in. What am I paying the pass for?"
        ],
        "es": [
            "Tengo {plan} desde noviembre y hoy me cobráis 45 € por la limpieza como a cualquiera. ¿Para qué pago el abono?"
        ],
        "pt": [
            "Tenho o {plan} desde novembro e hoje cobraram-me 45 € pela limpeza como a qualquer um. Para que pago a assinatura?"
        ],
    },
    "cancel_fee": {
        "it": [
            "Ho annullato il passaggio di sabato giovedì alle 14, con due giorni di anticipo, e mi trovo una 'penale cancellazione tardiva' di 20 €. Tardiva??",
            "Penale di 20 € per annullamento tardivo quando ho annullato il giorno prima alle due del pomeriggio. Rivoglio i miei soldi.",
        ],
        "fr": [
            "J'ai annulé le passage de samedi jeudi à 14h, deux jours avant, et je me retrouve avec 20 € de 'frais d'annulation tardive'. Tardive ??",
            "20 € de frais d'annulation tardive alors que j'ai annulé la veille à 14h. Je veux être remboursé.",
        ],
        "de": [
            "Ich habe den Samstagseinsatz am Donnerstag um 14 Uhr storniert, zwei Tage vorher, und bekomme 20 € 'Spätstornogebühr'. Spät??"
        ],
        "en": [
            "Cancelled Saturday's visit on Thursday at 2pm, two days ahead, and got a £17 'late cancellation fee'. Late??"
        ],
        "es": [
            "Cancelé la visita del sábado el jueves a las 14, dos días antes, y me cobráis 20 € de 'cancelación tardía'. ¿¿Tardía??"
        ],
        "pt": [
            "Cancelei a visita de sábado na quinta às 14h, dois dias antes, e cobraram 20 € de 'cancelamento tardio'. Tardio??"
        ],
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "passaggio mai fatto",
        "fr": "passage jamais effectué",
        "de": "Räumung nie gemacht",
        "en": "clearing never done",
        "es": "limpieza nunca hecha",
        "pt": "limpeza nunca feita",
    },
    "double_charge": {
        "it": "doppio addebito",
        "fr": "double prélèvement",
        "de": "doppelte Abbuchung",
        "en": "charged twice",
        "es": "cobro doble",
        "pt": "cobrança dupla",
    },
    "damage": {
        "it": "danni al cancello",
        "fr": "portail abîmé",
        "de": "Schaden am Tor",
        "en": "damage to gate",
        "es": "daños en la verja",
        "pt": "danos no portão",
    },
    "refund": {
        "it": "rimborso mai arrivato",
        "fr": "remboursement jamais reçu",
        "de": "Erstattung fehlt",
        "en": "refund missing",
        "es": "reembolso pendiente",
        "pt": "reembolso em falta",
    },
    "wrong_price": {
        "it": "tariffa sbagliata",
        "fr": "mauvais tarif",
        "de": "falscher Preis",
        "en": "wrong rate",
        "es": "tarifa incorrecta",
        "pt": "tarifa errada",
    },
    "cancel_fee": {
        "it": "penale ingiusta",
        "fr": "frais d'annulation injustes",
        "de": "ungerechtfertigte Stornogebühr",
        "en": "unfair cancellation fee",
        "es": "penalización injusta",
        "pt": "taxa injusta",
    },
}
SUMMARY: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "Il passaggio risulta fatto ma il vialetto era sepolto.",
        "fr": "Le passage est noté fait mais l'allée était sous la neige.",
        "de": "Als erledigt markiert, aber die Einfahrt war zugeschneit.",
        "en": "Marked as done but the drive was buried.",
        "es": "Sale como hecho pero la entrada estaba enterrada.",
        "pt": "Aparece como feito mas a entrada estava soterrada.",
    },
    "double_charge": {
        "it": "L'abbonamento è stato addebitato due volte.",
        "fr": "L'abonnement a été prélevé deux fois.",
        "de": "Das Abo wurde zweimal abgebucht.",
        "en": "The season pass was charged twice.",
        "es": "Me cobrasteis el abono dos veces.",
        "pt": "A assinatura foi cobrada duas vezes.",
    },
    "damage": {
        "it": "La lama ha rotto il bordo dell'aiuola e rigato il cancello.",
        "fr": "La lame a cassé la bordure et rayé le portail.",
        "de": "Der Schild hat die Beeteinfassung kaputt gemacht und das Tor zerkratzt.",
        "en": "The plough blade broke the edging and scratched the gate.",
        "es": "La pala rompió el bordillo y rayó la verja.",
        "pt": "A lâmina partiu o lancil e riscou o portão.",
    },
    "refund": {
        "it": "Il rimborso del passaggio annullato non è mai arrivato.",
        "fr": "Le remboursement du passage annulé n'est jamais arrivé.",
        "de": "Die Erstattung für den stornierten Einsatz ist nie gekommen.",
        "en": "The refund for the cancelled visit never came.",
        "es": "El reembolso de la visita cancelada no ha llegado.",
        "pt": "O reembolso da visita cancelada nunca chegou.",
    },
    "wrong_price": {
        "it": "Sono abbonata {plan} e mi avete fatto pagare la tariffa singola.",
        "fr": "Je suis abonnée {plan} et j'ai payé le tarif à l'unité.",
        "de": "Ich habe {plan} und musste trotzdem den Einzelpreis zahlen.",
        "en": "I'm on {plan} and got charged the one-off rate.",
        "es": "Tengo {plan} y me cobrasteis la tarifa suelta.",
        "pt": "Tenho o {plan} e cobraram-me a tarifa avulsa.",
    },
    "cancel_fee": {
        "it": "Mi avete addebitato la penale anche se ho annullato il giorno prima.",
        "fr": "Vous m'avez facturé des frais d'annulation alors que j'ai annulé la veille.",
        "de": "Ihr habt eine Stornogebühr berechnet, obwohl ich am Vortag storniert habe.",
        "en": "You charged a late-cancellation fee though I cancelled the day before.",
        "es": "Me cobrasteis penalización aunque cancelé el día antes.",
        "pt": "Cobraram-me taxa de cancelamento apesar de ter cancelado na véspera.",
    },
}
COMPLAINT_PREFIX = {
    "it": "Reclamo: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "pt": "Reclamação: ",
}
CASE_SUBJECT = {
    "it": "Re: Pratica {ref}",
    "fr": "RE : Dossier {ref}",
    "de": "AW: Vorgang {ref}",
    "en": "Re: Your case {ref}",
    "es": "RE: Incidencia {ref}",
    "pt": "RE: Pedido {ref}",
}
CALL_OPEN: T = {
    "it": ["sì buongiorno", "pronto buongiorno senta"],
    "fr": ["oui bonjour", "allô bonjour écoutez"],
    "de": ["ja hallo"],
    "en": ["hi yeah hello"],
    "es": ["hola buenos días mire"],
    "pt": ["bom dia olhe"],
}
LONG_EMAIL: T = {
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, con la piccola che ha la febbre da tre giorni e mio marito in trasferta fino a venerdì. Non è un bel periodo: al lavoro stiamo chiudendo il bilancio e mia madre si è appena trasferita da noi dopo la caduta di dicembre, quindi la casa è un via vai.\n\nProprio per questo ci eravamo affidati a voi. {complaint}\n\nLo so che con la neve è dura per tutti, e fino a oggi non avevo mai avuto nulla da dire, anzi, vi avevo consigliati a mezzo quartiere. Ma così non si può andare avanti.\n\nVi chiedo di richiamarmi oggi stesso.\n\nCordiali saluti,\n{first} {last}",
        "Gentile servizio clienti,\n\nho appena finito di sistemare le carte del trasloco di mio suocero (ottantanove anni, vende la casa in montagna e viene a stare da noi) e finalmente trovo il tempo di scrivervi con calma.\n\nSiamo clienti da due inverni e di solito tutto fila liscio. Questa volta però no. {complaint}\n\nCapirete che con un anziano in casa e l'infermiera che passa tutte le mattine l'accesso deve essere libero, non è un capriccio.\n\nAttendo una risposta e una soluzione.\n\nDistinti saluti\n{first} {last}",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis le parking du kiné, entre deux séances de mon fils qui s'est cassé la cheville au ski la semaine dernière. Autant dire que la période est compliquée : mon mari est en déplacement jusqu'à jeudi, je télétravaille avec un ado sur le canapé et la maison est en travaux depuis l'automne.\n\nC'est justement pour ça qu'on avait pris votre abonnement. {complaint}\n\nJusqu'ici je n'avais rien à redire, je vous ai même recommandés à mes collègues. Mais là, ça ne va pas.\n\nMerci de me rappeler rapidement.\n\nCordialement,\n{first} {last}",
        "Madame, Monsieur,\n\nJe prends enfin le temps de vous écrire, après une semaine passée à vider la maison de ma grand-mère, qu'on doit rendre avant la fin du mois. Entre le notaire, les cartons et les allers-retours en voiture sous la neige, je n'ai pas eu une minute.\n\nJe suis cliente depuis deux hivers et en général tout se passe bien. Pas cette fois. {complaint}\n\nAvec tous ces trajets, je ne peux tout simplement pas me permettre ce genre de chose.\n\nJ'attends une réponse et une solution.\n\nSalutations distinguées,\n{first} {last}",
    ],
}
CASE_OPENED: T = {
    "it": [
        "Gentile {first}, ci dispiace molto. Abbiamo aperto la pratica {ref} e la seguiamo noi: la aggiorniamo entro domani. {agent} - {brand}",
        "Buongiorno {first}, ricevuto, ci scusiamo. Pratica {ref} aperta, un collega la ricontatta entro 24 ore. {agent} - {brand}",
    ],
    "fr": [
        "Bonjour {first}, nous sommes vraiment désolés. Le dossier {ref} est ouvert, nous revenons vers vous d'ici demain. {agent} - {brand}",
        "Bonjour {first}, bien reçu, toutes nos excuses. Dossier {ref} ouvert, un collègue vous recontacte sous 24 h. {agent} - {brand}",
    ],
    "de": [
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {ref} eröffnet und melden uns bis morgen. {agent} - {brand}"
    ],
    "en": [
        "Hi {first}, really sorry about this. We've opened case {ref} and will update you by tomorrow. {agent} - {brand}"
    ],
    "es": [
        "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {ref} y le decimos algo mañana como tarde. {agent} - {brand}"
    ],
    "pt": [
        "Olá {first}, lamentamos muito. Abrimos o pedido {ref} e damos notícias até amanhã. {agent} - {brand}"
    ],
}
CHAT_CASE: T = {
    "it": [
        "Mi dispiace davvero. Ho aperto la pratica {ref}, la aggiorniamo entro domani.",
        "Capisco, mi scusi. Pratica {ref} aperta, ci pensiamo noi.",
    ],
    "fr": [
        "Vraiment désolée. J'ai ouvert le dossier {ref}, on revient vers vous demain au plus tard.",
        "Je comprends, toutes mes excuses. Dossier {ref} ouvert, on s'en occupe.",
    ],
    "de": ["Das tut mir leid. Ich habe den Vorgang {ref} eröffnet, wir melden uns bis morgen."],
    "en": ["So sorry. I've opened case {ref} and we'll update you by tomorrow."],
    "es": ["Lo siento mucho. He abierto la incidencia {ref}, le decimos algo mañana."],
    "pt": ["Lamento muito. Abri o pedido {ref}, damos notícias até amanhã."],
}
GOOD_NEWS: T = {
    "it": [
        "Gentile {first}, buone notizie sulla pratica {ref}: abbiamo sistemato tutto, trova i dettagli nell'app. Ci conferma che per lei è a posto? {agent} - {brand}",
        "Buongiorno {first}, pratica {ref}: il problema è risolto. Può confermarci che ora è tutto in ordine? {agent} - {brand}",
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {ref} : tout est réglé, le détail est dans l'appli. Pouvez-vous nous confirmer que c'est bon pour vous ? {agent} - {brand}",
        "Bonjour {first}, dossier {ref} : le problème est résolu. Pouvez-vous nous confirmer que tout est en ordre ? {agent} - {brand}",
    ],
    "de": [
        "Hallo {first}, gute Nachrichten zu Vorgang {ref}: alles erledigt, Details in der App. Können Sie bestätigen, dass es passt? {agent} - {brand}"
    ],
    "en": [
        "Hi {first}, good news on case {ref}: it's all sorted, details in the app. Could you confirm it's fine your end? {agent} - {brand}"
    ],
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {ref}: está resuelta, tiene los detalles en la app. ¿Nos confirma que todo está bien? {agent} - {brand}"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre o pedido {ref}: está resolvido, os detalhes estão na app. Pode confirmar que está tudo bem? {agent} - {brand}"
    ],
}
QUALITY_LEAD: T = {
    "it": [
        "Gentile {first}, la pratica {ref} è ora nelle mani della nostra responsabile qualità, che la chiamerà entro venerdì all'ora di pranzo. {agent} - {brand}"
    ],
    "fr": [
        "Bonjour {first}, le dossier {ref} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent} - {brand}"
    ],
    "de": [
        "Hallo {first}, Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin, die Sie bis Freitagmittag anruft. {agent} - {brand}"
    ],
    "en": [
        "Hi {first}, case {ref} is now with our quality lead, who will call you before Friday lunchtime. {agent} - {brand}"
    ],
    "es": [
        "Hola {first}, la incidencia {ref} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes a mediodía. {agent} - {brand}"
    ],
    "pt": [
        "Olá {first}, o pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço. {agent} - {brand}"
    ],
}
URGENT: T = {
    "it": ["L'ho aggiunto alla pratica {ref} e l'ho segnata come urgente."],
    "fr": ["Je l'ai ajouté au dossier {ref} et l'ai marqué urgent."],
    "de": ["Ich habe es zu Vorgang {ref} hinzugefügt und als dringend markiert."],
    "en": ["I've added this to case {ref} and marked it urgent."],
    "es": ["Lo he añadido a la incidencia {ref} y la he marcado como urgente."],
    "pt": ["Acrescentei ao pedido {ref} e marquei como urgente."],
}
LOW_NPS: T = {
    "it": ["Deluso", "Mai più così", ""],
    "fr": ["Déçue", "Pas terrible", ""],
    "de": ["Enttäuscht", ""],
    "en": ["Let down", ""],
    "es": ["Decepcionada", ""],
    "pt": ["Desiludido", ""],
}
LOW_CSAT: T = {
    "it": ["Pessimo", "No", ""],
    "fr": ["Nul", "Bof", ""],
    "de": ["Schlecht", ""],
    "en": ["Poor", ""],
    "es": ["Fatal", ""],
    "pt": ["Mau", ""],
}
APOLOGY: T = {
    "it": [
        "Scusate il tono di ieri, ero furiosa e stanca. La pratica {ref} va avanti, grazie per la pazienza",
        "Rileggendo la mail di ieri... scusate, non ce l'avevo con chi risponde. Grazie per la {ref}",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci de suivre le dossier {ref}",
        "En relisant mon mail d'hier... pardon pour le ton, ce n'était pas contre vous. Merci pour le {ref}",
    ],
    "de": [
        "Sorry für den Ton gestern, ich war völlig fertig. Danke, dass ihr Vorgang {ref} bearbeitet"
    ],
    "en": [
        "Sorry about my tone yesterday, I was at the end of my rope. Thanks for dealing with {ref}"
    ],
    "es": ["Perdón por el tono de ayer, estaba desbordada. Gracias por llevar la {ref}"],
    "pt": ["Desculpem o tom de ontem, estava esgotada. Obrigada por tratarem do {ref}"],
}
CONFIRM: T = {
    "it": [
        "Confermo, pratica {ref} risolta. Grazie!",
        "Sì tutto a posto per la {ref}, grazie mille",
    ],
    "fr": [
        "Je confirme, dossier {ref} réglé. Merci !",
        "Oui c'est bon pour le {ref}, merci beaucoup",
    ],
    "de": ["Bestätige, Vorgang {ref} ist erledigt. Danke!"],
    "en": ["Confirmed, case {ref} sorted. Thanks!"],
    "es": ["Confirmo, incidencia {ref} resuelta. ¡Gracias!"],
    "pt": ["Confirmo, pedido {ref} resolvido. Obrigada!"],
}
LATER: T = {
    "it": [
        "Pratica {ref}: ancora aperta, nessuno mi ha richiamato. {summary}",
        "Scrivo di nuovo per la {ref}, è ancora tutto fermo. {summary}",
    ],
    "fr": [
        "Dossier {ref} : toujours ouvert, personne ne m'a rappelée. {summary}",
        "Je relance pour le {ref}, rien n'a bougé. {summary}",
    ],
    "de": ["Vorgang {ref} ist immer noch offen, keiner hat sich gemeldet. {summary}"],
    "en": ["Case {ref} is still open and nobody's called me back. {summary}"],
    "es": ["Incidencia {ref}: sigue abierta y nadie me ha llamado. {summary}"],
    "pt": ["Pedido {ref}: continua aberto e ninguém me ligou. {summary}"],
}
THIRD: T = {
    "it": [
        "Terza volta che scrivo per la pratica {ref}. {summary} Un collega usa {comp} e a lui lo risolvono in giornata.",
        "Pratica {ref}, terza volta, sempre aperta. {summary} Ho guardato quanto costa {comp}...",
    ],
    "fr": [
        "Troisième fois que j'écris pour le dossier {ref}. {summary} Un collègue est chez {comp}, eux règlent ça dans la journée.",
        "Dossier {ref}, troisième relance, toujours ouvert. {summary} J'ai regardé les tarifs de {comp}...",
    ],
    "de": [
        "Dritte Nachricht zu Vorgang {ref}. {summary} Ein Kollege ist bei {comp}, die klären so was am selben Tag."
    ],
    "en": [
        "Third time writing about case {ref}. {summary} A colleague uses {comp} and they sort this the same day."
    ],
    "es": [
        "Tercera vez que escribo por la incidencia {ref}. {summary} Un compañero está con {comp} y se lo arreglan en el día."
    ],
    "pt": [
        "Terceira vez que escrevo sobre o pedido {ref}. {summary} Um colega está com a {comp} e resolvem-lhe isto no mesmo dia."
    ],
}
FOURTH: T = {
    "it": ["QUARTA volta. Pratica {ref} ancora aperta. {summary}"],
    "fr": ["QUATRIÈME fois. Dossier {ref} toujours ouvert. {summary}"],
    "de": ["VIERTES Mal. Vorgang {ref} immer noch offen. {summary}"],
    "en": ["FOURTH time. Case {ref} still open. {summary}"],
    "es": ["CUARTA vez. Incidencia {ref} sigue abierta. {summary}"],
    "pt": ["QUARTA vez. Pedido {ref} continua aberto. {summary}"],
}
SLIDE: dict[str, list[list[str]]] = {
    "it": [
        [
            "Stamattina la squadra è arrivata alle 8:20 invece che prima delle 6. Nessun avviso. Ok, capita",
            "Passaggio alle 8 passate oggi, di solito alle 5:30. Speriamo sia un caso",
        ],
        [
            "Hanno lasciato un cordone di neve dura davanti al cancello e niente sale sugli scalini. Mia madre è quasi scivolata",
            "Scale non salate e un muro di neve davanti al cancello. Non ci siamo",
        ],
        [
            "Scrivo in chat da ieri, risposta automatica e basta. E l'app dice 'squadra in arrivo' da tre ore",
            "Impossibile parlare con qualcuno, telefono sempre occupato e chat automatica. State peggiorando",
        ],
        [
            "A metà stagione mi aumentate i passaggi extra del 30%? Senza una mail? Sempre peggio",
            "Aumento del 30% sui passaggi extra a febbraio, scritto in piccolo in fattura. Complimenti",
        ],
        [
            "Basta. 40 € di 'supplemento urgenza' per un passaggio NORMALE, prenotato due giorni prima, lo dice la vostra stessa app. Vergognatevi",
            "Mi addebitate 40 € di supplemento urgenza per un passaggio programmato. Ho lo screenshot della VOSTRA app. Sono furiosa",
        ],
        [
            "Il mio vicino usa {comp} da due inverni e non si lamenta mai. Sabato ho prenotato loro",
            "Ho prenotato {comp} per sabato, il vicino si trova benissimo. Vediamo",
        ],
    ],
    "fr": [
        [
            "Ce matin l'équipe est arrivée à 8h20 au lieu d'avant 6h. Aucun message. Bon, ça arrive",
            "Passage après 8h aujourd'hui, d'habitude c'est 5h30. J'espère que c'est exceptionnel",
        ],
        [
            "Ils ont laissé un bourrelet de neige dure devant le portail et pas de sel sur les marches. Ma mère a failli tomber",
            "Marches pas salées et un mur de neige devant le portail. Ça ne va pas",
        ],
        [
            "J'écris dans le chat depuis hier, réponse automatique et c'est tout. Et l'appli affiche 'équipe en route' depuis trois heures",
            "Impossible de joindre quelqu'un, téléphone toujours occupé et chat automatique. Ça se dégrade",
        ],
        [
            "En pleine saison vous augmentez les passages supplémentaires de 30 % ? Sans un mail ? De pire en pire",
            "+30 % sur les passages supplémentaires en février, annoncé en petit sur la facture. Bravo",
        ],
        [
            "Ça suffit. 40 € de 'supplément urgence' pour un passage NORMAL réservé deux jours avant, c'est écrit dans votre propre appli. Honteux",
            "Vous me facturez 40 € de supplément urgence pour un passage programmé. J'ai la capture de VOTRE appli. Je suis furieuse",
        ],
        [
            "Mon voisin est chez {comp} depuis deux hivers et ne se plaint jamais. Je les ai réservés pour samedi",
            "J'ai réservé {comp} pour samedi, le voisin en est très content. On verra",
        ],
    ],
    "de": [
        ["Heute kam das Team um 8:20 statt vor 6. Keine Nachricht. Kann passieren"],
        [
            "Ein Wall aus hartem Schnee vorm Tor und kein Salz auf der Treppe. Meine Mutter wäre fast gestürzt"
        ],
        [
            "Seit gestern im Chat nur automatische Antworten. Und die App zeigt seit drei Stunden 'Team unterwegs'"
        ],
        ["Mitten in der Saison 30 % mehr für Zusatzeinsätze? Ohne eine Mail? Immer schlimmer"],
        [
            "JETZT REICHTS. 40 € 'Eilzuschlag' für einen NORMALEN Einsatz, zwei Tage vorher gebucht, steht in eurer eigenen App. Unverschämt"
        ],
        [
            "Mein Nachbar ist seit zwei Wintern bei {comp} und nie Ärger. Hab die für Samstag gebucht"
        ],
    ],
    "en": [
        ["Crew turned up at 8:20 today instead of before 6. No message. These things happen"],
        [
            "Left a ridge of packed snow across the gate and no grit on the steps. Mum nearly went over"
        ],
        [
            "Been in the chat since yesterday, bot replies only. App's said 'crew on the way' for three hours"
        ],
        ["Extra visits up 30% mid-season? Without an email? Getting worse"],
        [
            "That's it. £35 'urgent surcharge' for a NORMAL visit booked two days ahead, it says so in your own app. Disgraceful"
        ],
        ["Neighbour's been with {comp} two winters and never a problem. Booked them for Saturday"],
    ],
    "es": [
        ["Hoy el equipo llegó a las 8:20 en vez de antes de las 6. Ni un aviso. Bueno, pasa"],
        [
            "Dejaron un cordón de nieve dura delante de la verja y nada de sal en los escalones. Mi madre casi se cae"
        ],
        [
            "Desde ayer en el chat, solo respuestas automáticas. Y la app dice 'equipo en camino' desde hace tres horas"
        ],
        ["¿A mitad de temporada subís un 30% las visitas extra? ¿Sin un email? Cada vez peor"],
        [
            "YA ESTÁ BIEN. 40 € de 'recargo urgente' por una visita NORMAL reservada con dos días, lo pone vuestra propia app. Vergüenza"
        ],
        [
            "Mi vecino lleva dos inviernos con {comp} y nunca una queja. Les he reservado para el sábado"
        ],
    ],
    "pt": [
        ["Hoje a equipa chegou às 8h20 em vez de antes das 6. Nenhum aviso. Pronto, acontece"],
        [
            "Deixaram um cordão de neve dura à frente do portão e nada de sal nos degraus. A minha mãe quase caiu"
        ],
        [
            "Desde ontem no chat só respostas automáticas. E a app diz 'equipa a caminho' há três horas"
        ],
        ["A meio da época aumentam 30% as visitas extra? Sem um email? Cada vez pior"],
        [
            "CHEGA. 40 € de 'taxa de urgência' por uma visita NORMAL marcada com dois dias, está na vossa própria app. Vergonha"
        ],
        [
            "O meu vizinho está com a {comp} há dois invernos e nunca teve problemas. Marquei-os para sábado"
        ],
    ],
}
CANCEL: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Disdetta {plan}",
            "Buongiorno, quest'anno ci siamo comprati una fresaneve e mio figlio si è offerto di pensarci lui. Vorrei disdire {plan} e chiudere l'account. Grazie di tutto, {first}",
        ),
        (
            "Disdetta abbonamento",
            "Salve, a marzo ci trasferiamo in un appartamento in città, senza vialetto né giardino. Vorrei disdire {plan} e chiudere l'account. Saluti, {first}",
        ),
    ],
    "fr": [
        (
            "Résiliation {plan}",
            "Bonjour, on s'est acheté une fraise à neige et mon fils s'en occupera. Je souhaite résilier {plan} et fermer mon compte. Merci pour tout, {first}",
        ),
        (
            "Résiliation abonnement",
            "Bonjour, nous déménageons en mars dans un appartement en ville, sans allée ni jardin. Je souhaite résilier {plan} et fermer le compte. Cordialement, {first}",
        ),
    ],
    "de": [
        (
            "Kündigung {plan}",
            "Hallo, wir haben uns eine Schneefräse gekauft. Ich möchte {plan} kündigen und mein Konto schließen. Danke für alles, {first}",
        )
    ],
    "en": [
        (
            "Cancel {plan}",
            "Hi, we've bought our own snow blower this year. I'd like to cancel {plan} and close my account. Thanks for everything, {first}",
        )
    ],
    "es": [
        (
            "Baja {plan}",
            "Hola, nos hemos comprado una quitanieves. Quiero dar de baja {plan} y cerrar la cuenta. Gracias por todo, {first}",
        )
    ],
    "pt": [
        (
            "Cancelar {plan}",
            "Olá, comprámos um limpa-neves. Quero cancelar o {plan} e fechar a conta. Obrigado por tudo, {first}",
        )
    ],
}
SORRY_GO: T = {
    "it": [
        "Gentile {first}, ci dispiace vederla andare via. Può disdire {plan} e chiudere l'account da sé nell'app o sul sito, in Profilo > Abbonamento. Grazie per questi inverni. {agent} - {brand}"
    ],
    "fr": [
        "Bonjour {first}, nous sommes tristes de vous voir partir. Vous pouvez résilier {plan} et fermer le compte vous-même dans l'appli ou sur le site, Profil > Abonnement. Merci pour ces hivers. {agent} - {brand}"
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können {plan} und Ihr Konto selbst in der App oder auf der Website kündigen, unter Profil > Abo. {agent} - {brand}"
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel {plan} and close the account yourself in the app or on the website, under Profile > Plan. {agent} - {brand}"
    ],
    "es": [
        "Hola {first}, sentimos que se vaya. Puede dar de baja {plan} y cerrar la cuenta usted mismo en la app o la web, en Perfil > Abono. {agent} - {brand}"
    ],
    "pt": [
        "Olá {first}, temos pena que saia. Pode cancelar o {plan} e fechar a conta na app ou no site, em Perfil > Assinatura. {agent} - {brand}"
    ],
}
GRUMBLE: T = {
    "it": [
        "Ancora la notifica 'squadra in arrivo' alle 4 di notte. Serve davvero?",
        "L'app mi slogga ogni volta che la apro. Nel 2026.",
        "Il mucchio di neve di nuovo davanti al bidone, e il camion dei rifiuti non lo svuota",
        "Due mesi che chiedo di non salare le piastrelle nuove. Niente",
        "Fattura solo in PDF da scaricare, un'altra password da ricordare",
    ],
    "fr": [
        "Encore la notif 'équipe en route' à 4h du matin. Sérieusement ?",
        "L'appli me déconnecte à chaque ouverture. En 2026.",
        "Le tas de neige encore devant la poubelle, le camion ne la vide pas",
        "Deux mois que je demande de ne pas saler les dalles neuves. Rien",
        "Facture uniquement en PDF à télécharger, encore un mot de passe",
    ],
    "de": [
        "Schon wieder die Push 'Team unterwegs' um 4 Uhr nachts",
        "Die App loggt mich bei jedem Öffnen aus. 2026!",
        "Der Schneehaufen wieder vor der Mülltonne",
    ],
    "en": [
        "Another 'crew on the way' notification at 4am. Really?",
        "App logs me out every single time. In 2026.",
        "Snow piled against the bins again, so the bin lorry skipped us",
    ],
    "es": [
        "Otra vez la notificación 'equipo en camino' a las 4 de la mañana",
        "La app me echa cada vez que la abro. En 2026.",
        "El montón de nieve otra vez delante del cubo de basura",
    ],
    "pt": [
        "Outra vez a notificação 'equipa a caminho' às 4 da manhã",
        "A app faz logout sempre que a abro. Em 2026.",
        "O monte de neve outra vez à frente do caixote do lixo",
    ],
}
SARCASM: T = {
    "it": [
        "Passaggio 'all'alba' alle 10:40, giusto in tempo per vedere la neve sciogliersi da sola 👏",
        "Grazie per aver spalato la neve... dal vialetto del vicino 😂",
    ],
    "fr": [
        "Passage 'à l'aube' à 10h40, pile à temps pour voir la neige fondre toute seule 👏",
        "Merci d'avoir déneigé... l'allée du voisin 😂",
    ],
    "de": ["Räumung 'im Morgengrauen' um 10:40, gerade rechtzeitig zum Tauwetter 👏"],
    "en": ["'Dawn' clearing at 10:40, just in time to watch it melt on its own 👏"],
    "es": ["Limpieza 'al amanecer' a las 10:40, justo a tiempo para ver cómo se derrite sola 👏"],
    "pt": ["Limpeza 'de madrugada' às 10h40, mesmo a tempo de ver a neve derreter sozinha 👏"],
}
MILD: Q = {
    "it": [
        (
            "L'app mi mostra la mappa di Belluno anche se abito a Feltre, è un po' scomodo",
            "Grazie della segnalazione, è un problema noto della mappa: lo sistemiamo nel prossimo aggiornamento.",
        ),
        (
            "Le notifiche mi arrivano in tedesco, come le metto in italiano?",
            "Mi scusi! Le ho reimpostate in italiano dal nostro lato, dal prossimo avviso è a posto.",
        ),
    ],
    "fr": [
        (
            "L'appli affiche la carte d'Annecy alors que j'habite à Thônes, pas très pratique",
            "Merci du signalement, c'est un souci connu de la carte, corrigé dans la prochaine mise à jour.",
        ),
        (
            "Les notifications arrivent en allemand, comment je les remets en français ?",
            "Désolée ! Je les ai remises en français de notre côté, ce sera bon dès la prochaine.",
        ),
    ],
    "de": [
        (
            "Die App zeigt mir die Karte von Innsbruck, ich wohne aber in Hall",
            "Danke für den Hinweis, das ist ein bekannter Kartenfehler, kommt mit dem nächsten Update.",
        )
    ],
    "en": [
        (
            "The app keeps showing the map for Aviemore, I'm in Carrbridge",
            "Thanks for flagging, it's a known map issue and it's fixed in the next update.",
        )
    ],
    "es": [
        (
            "La app me enseña el mapa de Jaca y vivo en Sabiñánigo",
            "Gracias por avisar, es un fallo conocido del mapa, se arregla en la próxima actualización.",
        )
    ],
    "pt": [
        (
            "A app mostra o mapa da Covilhã e eu moro em Manteigas",
            "Obrigado pelo aviso, é um erro conhecido do mapa, fica resolvido na próxima atualização.",
        )
    ],
}
SLOW_MAP: Q = {
    "it": [
        (
            "La mappa del percorso ci mette una vita a caricarsi stamattina, è normale?",
            "Grazie, è lenta per un aggiornamento in corso: entro sera torna veloce.",
        )
    ],
    "fr": [
        (
            "La carte du trajet met un temps fou à charger ce matin, c'est normal ?",
            "Merci, elle est lente à cause d'une mise à jour en cours : ce soir ce sera réglé.",
        )
    ],
    "de": [
        (
            "Die Routenkarte lädt heute ewig, ist das normal?",
            "Danke, das liegt an einem Update, heute Abend ist sie wieder schnell.",
        )
    ],
    "en": [
        (
            "Route map's taking ages to load this morning, is that normal?",
            "Thanks, it's slow because of an update, it'll be quick again by tonight.",
        )
    ],
    "es": [
        (
            "El mapa de la ruta tarda muchísimo en cargar hoy, ¿es normal?",
            "Gracias, va lento por una actualización, esta noche vuelve a ir rápido.",
        )
    ],
    "pt": [
        (
            "O mapa do percurso demora imenso a carregar hoje, é normal?",
            "Obrigado, está lento por causa de uma atualização, à noite volta ao normal.",
        )
    ],
}
FORM_ACK: T = {
    "it": [
        "Gentile {first}, grazie della segnalazione, la giriamo al team dell'app. {agent} - {brand}"
    ],
    "fr": [
        "Bonjour {first}, merci du signalement, nous le transmettons à l'équipe de l'appli. {agent} - {brand}"
    ],
    "de": [
        "Hallo {first}, danke für den Hinweis, wir geben ihn ans App-Team weiter. {agent} - {brand}"
    ],
    "en": [
        "Hi {first}, thanks for letting us know, we've passed it to the app team. {agent} - {brand}"
    ],
    "es": ["Hola {first}, gracias por avisar, lo pasamos al equipo de la app. {agent} - {brand}"],
    "pt": ["Olá {first}, obrigado pelo aviso, passámos à equipa da app. {agent} - {brand}"],
}

# --- the business arm -------------------------------------------------------
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "it": [
            "Buongiorno, le fatture {pro} di gennaio riportano ancora la vecchia ragione sociale, di prima della fusione, e nessun numero d'ordine. La contabilità le respinge tutte. Serve una riemissione. {first}, {job}",
            "Salve, la contabilità fornitori ci ha bloccato sei fatture vostre: ragione sociale vecchia e senza numero d'ordine. Potete riemetterle? {first}, {job}",
        ],
        "fr": [
            "Bonjour, les factures {pro} de janvier portent encore l'ancienne raison sociale, d'avant la fusion, et aucun numéro de commande. Notre comptabilité les rejette toutes. Merci de les rééditer. {first}, {job}",
            "Bonjour, la compta fournisseurs bloque six de vos factures : ancienne raison sociale et pas de bon de commande. Pouvez-vous les rééditer ? {first}, {job}",
        ],
        "de": [
            "Guten Tag, die {pro} Rechnungen vom Januar tragen noch den alten Firmennamen vor der Fusion und keine Bestellnummer. Unsere Buchhaltung weist alle zurück. Bitte neu ausstellen. {first}, {job}"
        ],
        "en": [
            "Hello, the {pro} invoices for January still show our pre-merger company name and no PO number. Accounts payable is rejecting all of them. Please reissue. {first}, {job}"
        ],
        "es": [
            "Buenos días, las facturas de {pro} de enero siguen con la razón social anterior a la fusión y sin número de pedido. Contabilidad las rechaza todas. Por favor, reemitidlas. {first}, {job}"
        ],
        "pt": [
            "Bom dia, as faturas da {pro} de janeiro continuam com o nome da empresa antes da fusão e sem número de encomenda. A contabilidade rejeita todas. Por favor reemitam. {first}, {job}"
        ],
    },
    "service_blocked": {
        "it": [
            "Stamattina alle 5:30 la vostra squadra si è rifiutata di salare il nostro parcheggio: 'conto bloccato'. Abbiamo pagato tutto a dicembre. I dipendenti sono entrati camminando sul ghiaccio. {first}, {job}"
        ],
        "fr": [
            "Ce matin à 5h30 votre équipe a refusé de saler notre parking : 'compte bloqué'. Tout est payé depuis décembre. Les salariés sont entrés sur la glace. {first}, {job}"
        ],
        "de": [
            "Heute um 5:30 hat euer Team unseren Parkplatz nicht gestreut: 'Konto gesperrt'. Alles ist seit Dezember bezahlt. Die Leute sind über Eis gelaufen. {first}, {job}"
        ],
        "en": [
            "At 5:30 this morning your crew refused to grit our car park: 'account on stop'. Everything was paid in December. Staff walked in on ice. {first}, {job}"
        ],
        "es": [
            "Esta mañana a las 5:30 vuestro equipo se negó a echar sal en nuestro aparcamiento: 'cuenta bloqueada'. Está todo pagado desde diciembre. La plantilla entró pisando hielo. {first}, {job}"
        ],
        "pt": [
            "Hoje às 5h30 a vossa equipa recusou pôr sal no nosso parque: 'conta bloqueada'. Está tudo pago desde dezembro. Os funcionários entraram a pisar gelo. {first}, {job}"
        ],
    },
    "portal": {
        "it": [
            "Il portale {pro} non mostra più nessuno dei nostri siti, quindi non possiamo chiedere passaggi extra. Ieri con la gelata il piazzale non è stato salato. {first}, {job}"
        ],
        "fr": [
            "Le portail {pro} n'affiche plus aucun de nos sites, impossible de demander un passage en plus. Hier avec le verglas la cour n'a pas été salée. {first}, {job}"
        ],
        "de": [
            "Das {pro} Portal zeigt keinen unserer Standorte mehr, wir können keine Zusatzeinsätze anfordern. Gestern bei Glatteis wurde der Hof nicht gestreut. {first}, {job}"
        ],
        "en": [
            "The {pro} portal doesn't show any of our sites any more, so we can't request extra gritting. Yesterday in the freeze the yard wasn't done. {first}, {job}"
        ],
        "es": [
            "El portal de {pro} ya no muestra ninguna de nuestras sedes, así que no podemos pedir pasadas extra. Ayer con la helada el patio se quedó sin sal. {first}, {job}"
        ],
        "pt": [
            "O portal da {pro} já não mostra nenhum dos nossos locais, não conseguimos pedir passagens extra. Ontem com a geada o pátio ficou sem sal. {first}, {job}"
        ],
    },
    "overbilled": {
        "it": [
            "Abbiamo un contratto stagionale a forfait e la fattura di gennaio ci addebita ogni singolo passaggio: più di 2.000 € di differenza. Correggete per favore. {first}, {job}"
        ],
        "fr": [
            "Nous avons un contrat saisonnier au forfait et la facture de janvier compte chaque passage à l'unité : plus de 2 000 € d'écart. Merci de corriger. {first}, {job}"
        ],
        "de": [
            "Wir haben einen Saisonvertrag zum Pauschalpreis und die Januarrechnung berechnet jeden Einsatz einzeln: über 2.000 € Unterschied. Bitte korrigieren. {first}, {job}"
        ],
        "en": [
            "We're on a flat-rate season contract and January's invoice charges every visit separately: over £1,700 difference. Please correct. {first}, {job}"
        ],
        "es": [
            "Tenemos contrato de temporada a tanto alzado y la factura de enero cobra cada pasada por separado: más de 2.000 € de diferencia. Corregidlo, por favor. {first}, {job}"
        ],
        "pt": [
            "Temos contrato de época a preço fixo e a fatura de janeiro cobra cada passagem à parte: mais de 2.000 € de diferença. Corrijam, por favor. {first}, {job}"
        ],
    },
}
B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Fatture da riemettere",
        "fr": "Factures à rééditer",
        "de": "Rechnungen neu ausstellen",
        "en": "Invoices to reissue",
        "es": "Facturas a reemitir",
        "pt": "Faturas a reemitir",
    },
    "service_blocked": {
        "it": "Servizio rifiutato",
        "fr": "Service refusé",
        "de": "Einsatz verweigert",
        "en": "Service refused",
        "es": "Servicio denegado",
        "pt": "Serviço recusado",
    },
    "portal": {
        "it": "Portale senza siti",
        "fr": "Portail sans sites",
        "de": "Portal ohne Standorte",
        "en": "Portal shows no sites",
        "es": "Portal sin sedes",
        "pt": "Portal sem locais",
    },
    "overbilled": {
        "it": "Fattura non da contratto",
        "fr": "Facture hors contrat",
        "de": "Rechnung nicht laut Vertrag",
        "en": "Invoice not per contract",
        "es": "Factura fuera de contrato",
        "pt": "Fatura fora do contrato",
    },
}
B2B_SUMMARY: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Le fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine.",
        "fr": "Les factures ont toujours l'ancienne raison sociale et pas de numéro de commande.",
        "de": "Die Rechnungen haben immer noch den alten Namen und keine Bestellnummer.",
        "en": "The invoices still have the old name and no PO number.",
        "es": "Las facturas siguen con la razón social antigua y sin número de pedido.",
        "pt": "As faturas continuam com o nome antigo e sem número de encomenda.",
    },
    "service_blocked": {
        "it": "La squadra continua a rifiutare il servizio per 'conto bloccato', anche se è tutto pagato.",
        "fr": "L'équipe refuse toujours le service pour 'compte bloqué', alors que tout est payé.",
        "de": "Das Team verweigert weiter den Einsatz wegen 'Konto gesperrt', obwohl alles bezahlt ist.",
        "en": "The crew still refuse to grit, 'account on stop', though it's all paid.",
        "es": "El equipo sigue negándose por 'cuenta bloqueada' aunque está todo pagado.",
        "pt": "A equipa continua a recusar por 'conta bloqueada', apesar de estar tudo pago.",
    },
    "portal": {
        "it": "Il portale non mostra ancora nessun sito e non possiamo chiedere passaggi.",
        "fr": "Le portail n'affiche toujours aucun site, impossible de demander un passage.",
        "de": "Das Portal zeigt weiter keine Standorte, wir können nichts anfordern.",
        "en": "The portal still shows no sites so we can't request anything.",
        "es": "El portal sigue sin mostrar sedes y no podemos pedir nada.",
        "pt": "O portal continua sem locais e não conseguimos pedir nada.",
    },
    "overbilled": {
        "it": "Ci fatturate ancora a passaggio invece del forfait stagionale.",
        "fr": "Vous nous facturez toujours au passage au lieu du forfait saisonnier.",
        "de": "Ihr rechnet weiter pro Einsatz statt pauschal ab.",
        "en": "You're still billing per visit instead of the flat season rate.",
        "es": "Seguís facturando por pasada en vez del precio de temporada.",
        "pt": "Continuam a faturar por passagem em vez do preço fixo.",
    },
}
B2B_LATER: T = {
    "it": [
        "Buongiorno, scrivo anch'io per la pratica {ref}, che {first0} ha aperto {day}. {summary} Da noi la situazione è la stessa. {first}, {job}",
        "Aggiungo alla pratica {ref} di {first0} ({day}): {summary} Ci serve una soluzione. {first}, {job}",
    ],
    "fr": [
        "Bonjour, j'écris aussi pour le dossier {ref} ouvert par {first0} {day}. {summary} Chez nous c'est pareil. {first}, {job}",
        "Je complète le dossier {ref} de {first0} ({day}) : {summary} Il nous faut une solution. {first}, {job}",
    ],
    "de": [
        "Hallo, ich schreibe auch zu Vorgang {ref}, den {first0} {day} eröffnet hat. {summary} Bei uns dasselbe. {first}, {job}"
    ],
    "en": [
        "Hello, writing too about case {ref}, which {first0} opened {day}. {summary} Same here. {first}, {job}"
    ],
    "es": [
        "Hola, escribo también por la incidencia {ref} que abrió {first0} {day}. {summary} Aquí igual. {first}, {job}"
    ],
    "pt": [
        "Olá, escrevo também sobre o pedido {ref} que {first0} abriu {day}. {summary} Aqui igual. {first}, {job}"
    ],
}
TODAY = {
    "it": "stamattina",
    "fr": "ce matin",
    "de": "heute früh",
    "en": "this morning",
    "es": "esta mañana",
    "pt": "esta manhã",
}
WEEKDAY: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
}
B2B_LAST_MAIL: T = {
    "it": [
        "Pratica {ref}: non è cambiato niente e ormai vi abbiamo scritto in diversi. {summary} L'ufficio acquisti ha già chiesto un preventivo a {comp}. {first}, {job}"
    ],
    "fr": [
        "Dossier {ref} : rien n'a changé et nous sommes plusieurs à vous avoir écrit. {summary} Les achats ont déjà demandé un devis à {comp}. {first}, {job}"
    ],
    "de": [
        "Vorgang {ref}: nichts hat sich getan, und mehrere von uns haben geschrieben. {summary} Der Einkauf hat schon ein Angebot bei {comp} angefragt. {first}, {job}"
    ],
    "en": [
        "Case {ref}: nothing's changed and several of us have written. {summary} Procurement has already asked {comp} for a quote. {first}, {job}"
    ],
    "es": [
        "Incidencia {ref}: no ha cambiado nada y os hemos escrito varios. {summary} Compras ya ha pedido presupuesto a {comp}. {first}, {job}"
    ],
    "pt": [
        "Pedido {ref}: nada mudou e já vos escrevemos vários. {summary} As compras já pediram orçamento à {comp}. {first}, {job}"
    ],
}
B2B_LAST_CALL: T = {
    "it": [
        "chiamo per la pratica {ref} non è cambiato niente e vi abbiamo scritto in tanti {summary} il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "fr": [
        "j'appelle pour le dossier {ref} rien n'a changé et on vous a écrit à plusieurs {summary} mon chef dit que si ce n'est pas réglé cette semaine on change de prestataire"
    ],
    "de": [
        "ich rufe an wegen Vorgang {ref} es hat sich nichts getan mehrere von uns haben geschrieben {summary} mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter"
    ],
    "en": [
        "i'm calling about case {ref} nothing's changed and several of us have written {summary} my boss says if it's not fixed this week we're moving the account"
    ],
    "es": [
        "llamo por la incidencia {ref} no ha cambiado nada y os hemos escrito varios {summary} mi jefe dice que si no se arregla esta semana cambiamos de proveedor"
    ],
    "pt": [
        "ligo por causa do pedido {ref} nada mudou e já escrevemos vários {summary} o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor"
    ],
}
B2B_MILD: T = {
    "it": [
        "Suggerimento: sarebbe comodo esportare i costi dei passaggi per centro di costo, sito per sito. {first}, {job}",
        "Idea: sul rapportino potreste indicare l'ora dell'ultima salatura? Ci serve per l'assicurazione. {first}, {job}",
    ],
    "fr": [
        "Suggestion : ce serait pratique d'exporter les coûts par centre de coûts, site par site. {first}, {job}",
        "Idée : pourriez-vous indiquer l'heure du dernier salage sur le bon d'intervention ? C'est pour notre assurance. {first}, {job}",
    ],
    "de": [
        "Vorschlag: ein Export der Kosten nach Kostenstelle, pro Standort, wäre praktisch. {first}, {job}"
    ],
    "en": ["Suggestion: it'd be handy to export costs by cost centre, per site. {first}, {job}"],
    "es": [
        "Sugerencia: sería útil exportar los costes por centro de coste, sede por sede. {first}, {job}"
    ],
    "pt": [
        "Sugestão: dava jeito exportar os custos por centro de custo, local a local. {first}, {job}"
    ],
}
B2B_MILD_ACK: T = {
    "it": [
        "Gentile {first}, grazie del suggerimento, lo giriamo al team del portale. {agent} - {pro}"
    ],
    "fr": [
        "Bonjour {first}, merci pour la suggestion, nous la transmettons à l'équipe du portail. {agent} - {pro}"
    ],
    "de": [
        "Hallo {first}, danke für den Vorschlag, wir geben ihn ans Portal-Team weiter. {agent} - {pro}"
    ],
    "en": [
        "Hi {first}, thanks for the suggestion, we've passed it to the portal team. {agent} - {pro}"
    ],
    "es": [
        "Hola {first}, gracias por la sugerencia, la pasamos al equipo del portal. {agent} - {pro}"
    ],
    "pt": ["Olá {first}, obrigado pela sugestão, passámos à equipa do portal. {agent} - {pro}"],
}
B2B_CHAT: Q = {
    "it": [
        (
            "Buongiorno, potete aggiungere un passaggio extra sul piazzale di carico domattina?",
            "Certo, aggiunto per domani alle 5:00 sul piazzale di carico.",
        ),
        (
            "Dove scarico il report delle uscite di gennaio?",
            "Nel portale, Report > Interventi, c'è l'export in CSV.",
        ),
    ],
    "fr": [
        (
            "Bonjour, vous pouvez ajouter un passage sur le quai de chargement demain matin ?",
            "Bien sûr, c'est ajouté pour demain 5h sur le quai de chargement.",
        ),
        (
            "Où je télécharge le rapport des interventions de janvier ?",
            "Dans le portail, Rapports > Interventions, il y a l'export CSV.",
        ),
    ],
    "de": [
        (
            "Hallo, könnt ihr morgen früh einen Zusatzeinsatz an der Laderampe machen?",
            "Klar, für morgen 5:00 an der Laderampe eingetragen.",
        )
    ],
    "en": [
        (
            "Morning, can you add an extra run on the loading bay tomorrow?",
            "Sure, added for 5am tomorrow on the loading bay.",
        )
    ],
    "es": [
        (
            "Hola, ¿podéis añadir una pasada extra en el muelle de carga mañana?",
            "Claro, añadida para mañana a las 5:00 en el muelle.",
        )
    ],
    "pt": [
        (
            "Bom dia, podem acrescentar uma passagem no cais de carga amanhã?",
            "Claro, fica para amanhã às 5h no cais de carga.",
        )
    ],
}
B2B_PRAISE: T = {
    "it": [
        "Grazie al team {pro}: parcheggio pulito e salato prima dell'apertura, zero cadute quest'inverno",
        "Ancora una volta piazzale perfetto alle 6, i camionisti ringraziano",
    ],
    "fr": [
        "Merci à l'équipe {pro} : parking dégagé et salé avant l'ouverture, zéro chute cet hiver",
        "Encore une fois la cour nickel à 6h, les chauffeurs apprécient",
    ],
    "de": ["Danke {pro}: Parkplatz vor Öffnung geräumt und gestreut, null Stürze diesen Winter"],
    "en": ["Thanks {pro}: car park cleared and gritted before opening, no slips all winter"],
    "es": [
        "Gracias {pro}: aparcamiento limpio y con sal antes de abrir, cero caídas este invierno"
    ],
    "pt": ["Obrigado {pro}: parque limpo e com sal antes da abertura, zero quedas este inverno"],
}

# --- the spike --------------------------------------------------------------
SPIKE: T = {
    "it": [
        "L'app non mi fa prenotare lo sgombero: 'Errore Q7:204'. 25 cm di neve e devo andare al lavoro. Che succede?",
        "Premo 'Sgombera ora' e mi esce Q7:204, riprovato 5 volte. Nessuna squadra assegnata",
        "Anche a voi l'app di {brand} dà errore Q7:204? Stamattina non si riesce a chiedere il passaggio",
        "errore Q7:204 su ogni richiesta, sia da telefono che dal sito. sono socia {plan}, ho il turno alle 10",
    ],
    "fr": [
        "L'appli refuse la demande de déneigement : 'Erreur Q7:204'. 25 cm de neige et je dois aller bosser. Il se passe quoi ?",
        "J'appuie sur 'Déneiger maintenant' et j'ai Q7:204, essayé 5 fois. Aucune équipe",
        "Vous aussi l'appli {brand} affiche l'erreur Q7:204 ? Impossible de demander un passage ce matin",
        "erreur Q7:204 à chaque demande, appli et site. je suis abonnée {plan}, je commence à 10h",
    ],
    "de": [
        "Die App lässt mich keine Räumung anfordern: 'Fehler Q7:204'. 25 cm Neuschnee und ich muss zur Arbeit",
        "Bei 'Jetzt räumen' kommt Q7:204, fünfmal probiert. Kein Team zugeteilt",
    ],
    "en": [
        "App won't let me request a clearing: 'Error Q7:204'. 25 cm of snow and I've got work",
        "Hitting 'Clear now' just gives Q7:204, tried 5 times. No crew assigned",
    ],
    "es": [
        "La app no me deja pedir la limpieza: 'Error Q7:204'. 25 cm de nieve y tengo que ir a trabajar",
        "Le doy a 'Limpiar ahora' y sale Q7:204, cinco veces. Ningún equipo asignado",
    ],
    "pt": [
        "A app não me deixa pedir a limpeza: 'Erro Q7:204'. 25 cm de neve e tenho de ir trabalhar",
        "Carrego em 'Limpar agora' e aparece Q7:204, cinco vezes. Nenhuma equipa atribuída",
    ],
}
SPIKE_REPEAT: T = {
    "it": [
        "Ancora Q7:204, anche dal telefono di mio marito. Non passa nessuno",
        "Riprovo: sempre Q7:204, anche dal sito. Qualcuno mi risponde?",
    ],
    "fr": [
        "Toujours Q7:204, même depuis le téléphone de mon mari. Personne ne passe",
        "Je réessaie : toujours Q7:204, même sur le site. Quelqu'un me répond ?",
    ],
    "de": ["Immer noch Q7:204, auch vom Handy meines Mannes. Keiner kommt"],
    "en": ["Still Q7:204, on my husband's phone too. Nobody's come"],
    "es": ["Sigue el Q7:204, también desde el móvil de mi marido. No viene nadie"],
    "pt": ["Continua o Q7:204, também no telemóvel do meu marido. Não aparece ninguém"],
}
SPIKE_CHAT_ANSWER: T = {
    "it": [
        "Sì, in questo momento le richieste dall'app non partono, i nostri tecnici ci stanno lavorando."
    ],
    "fr": [
        "Oui, les demandes via l'appli ne partent pas en ce moment, nos techniciens sont dessus."
    ],
    "de": ["Ja, Anfragen aus der App gehen gerade nicht durch, unsere Technik ist dran."],
    "en": ["Yes, requests from the app aren't going through right now, our engineers are on it."],
    "es": ["Sí, ahora mismo las peticiones desde la app no funcionan, los técnicos están en ello."],
    "pt": ["Sim, neste momento os pedidos pela app não funcionam, os técnicos estão a tratar."],
}
WORKS_AGAIN: T = {
    "it": [
        "Gentile {first}, le richieste dall'app funzionano di nuovo dalle {local}. Le squadre stanno recuperando i passaggi di stamattina; quello di oggi è gratuito e le abbiamo accreditato {credit}. Ci scusiamo. {agent} - {brand}"
    ],
    "fr": [
        "Bonjour {first}, les demandes via l'appli fonctionnent à nouveau depuis {local}. Les équipes rattrapent les passages de ce matin ; celui d'aujourd'hui est offert et nous vous avons crédité {credit}. Toutes nos excuses. {agent} - {brand}"
    ],
    "de": [
        "Hallo {first}, Anfragen aus der App funktionieren seit {local} wieder. Die Teams holen die Einsätze von heute früh nach; der heutige ist gratis, {credit} sind gutgeschrieben. Entschuldigung. {agent} - {brand}"
    ],
    "en": [
        "Hi {first}, requests from the app have worked again since {local}. Crews are catching up on this morning's visits; today's is on us and we've added {credit} credit. Sorry. {agent} - {brand}"
    ],
    "es": [
        "Hola {first}, las peticiones desde la app funcionan de nuevo desde las {local}. Los equipos recuperan las visitas de esta mañana; la de hoy es gratis y le hemos abonado {credit}. Disculpe. {agent} - {brand}"
    ],
    "pt": [
        "Olá {first}, os pedidos pela app funcionam outra vez desde as {local}. As equipas estão a recuperar as visitas desta manhã; a de hoje é grátis e creditámos {credit}. Pedimos desculpa. {agent} - {brand}"
    ],
}
LONE_Q: Q = {
    "it": [
        (
            "Domanda: ieri sera l'app mi chiedeva di aggiornarla prima di prenotare, l'ho fatto e la prenotazione è andata. Per domattina va bene così?",
            "Va benissimo così: con l'app aggiornata la richiesta di domattina parte normalmente.",
        )
    ],
    "fr": [
        (
            "Question : hier soir l'appli m'a demandé une mise à jour avant de réserver, je l'ai faite et la réservation est passée. Pour demain matin c'est bon comme ça ?",
            "C'est parfait : avec l'appli à jour, la demande de demain partira normalement.",
        )
    ],
}
