# ruff: noqa: E501
"""Consumers' and agents' words for heldout129 (Kistora), written from the stories.

English and German first (two or three variants in most tables), then French,
Spanish, Italian and Portuguese (one or two). Placeholders: {first} (the
customer's first name), {agent}, {case}, {comp}, {n}, {local}, {credit}.
"""

from __future__ import annotations

BRAND = "Kistora"
COMPETITORS = ("Plegalo", "Stapelix")
LANGS = ("en", "de", "fr", "es", "it", "pt")

FIRST: dict[str, list[str]] = {
    "en": [
        "Oliver",
        "Amelia",
        "Jack",
        "Sophie",
        "Harry",
        "Chloe",
        "Liam",
        "Aoife",
        "Conor",
        "Niamh",
        "Ruby",
        "George",
        "Megan",
        "Callum",
        "Siobhan",
        "Tom",
        "Hannah",
        "Ethan",
        "Grace",
        "Daniel",
        "Freya",
        "Owen",
        "Imogen",
        "Rory",
    ],
    "de": [
        "Lukas",
        "Anna",
        "Jonas",
        "Lea",
        "Felix",
        "Marie",
        "Tobias",
        "Katrin",
        "Jan",
        "Sabine",
        "Moritz",
        "Jana",
        "Florian",
        "Miriam",
        "Stefan",
        "Carina",
        "Niklas",
        "Ute",
        "Benedikt",
        "Svenja",
        "Ralf",
        "Henrike",
        "Timo",
        "Gesa",
    ],
    "fr": [
        "Camille",
        "Hugo",
        "Léa",
        "Louis",
        "Chloé",
        "Mathis",
        "Manon",
        "Théo",
        "Inès",
        "Julien",
        "Margaux",
        "Bastien",
    ],
    "es": [
        "Lucía",
        "Pablo",
        "María",
        "Javier",
        "Carmen",
        "Álvaro",
        "Elena",
        "Diego",
        "Irene",
        "Sergio",
        "Nuria",
        "Rubén",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Davide",
        "Elisa",
        "Andrea",
        "Federica",
        "Simone",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Nuno",
        "Leonor",
        "Duarte",
    ],
}
LAST: dict[str, list[str]] = {
    "en": [
        "Hughes",
        "Walsh",
        "Murphy",
        "Carter",
        "Bennett",
        "Kelly",
        "Byrne",
        "Price",
        "Doyle",
        "Fletcher",
        "Reid",
        "Shaw",
        "Lynch",
        "Barker",
        "Quinn",
        "Palmer",
        "Hayes",
        "Foster",
        "Nolan",
        "Ward",
        "Gallagher",
        "Pearce",
    ],
    "de": [
        "Becker",
        "Hoffmann",
        "Schulz",
        "Wagner",
        "Krüger",
        "Vogel",
        "Lehmann",
        "Brandt",
        "Huber",
        "Gruber",
        "Pichler",
        "Keller",
        "Brunner",
        "Meier",
        "Zimmermann",
        "Wolf",
        "Seidel",
        "Lorenz",
        "Hartmann",
        "Baumann",
        "Jäger",
        "Kuhn",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Roux",
        "Fontaine",
        "Lambert",
        "Mercier",
        "Chevalier",
        "Perrin",
    ],
    "es": [
        "García",
        "Torres",
        "Navarro",
        "Romero",
        "Ruiz",
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Iglesias",
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
        "Gomes",
        "Lopes",
        "Marques",
    ],
}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 60), ("IE", 40)],
    "de": [("DE", 60), ("AT", 25), ("CH", 15)],
    "fr": [("FR", 70), ("BE", 20), ("CH", 10)],
    "es": [("ES", 100)],
    "it": [("IT", 85), ("CH", 15)],
    "pt": [("PT", 100)],
}
TOWNS: dict[str, list[str]] = {
    "UK": ["Leeds", "Bristol", "Manchester", "Norwich", "Cardiff", "Sheffield"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "DE": ["Köln", "Leipzig", "Hamburg", "Freiburg", "Nürnberg", "Bremen"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg"],
    "CH": ["Zürich", "Basel", "Bern", "Lausanne", "Lugano"],
    "FR": ["Lyon", "Nantes", "Lille", "Toulouse"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Bilbao", "Zaragoza"],
    "IT": ["Milano", "Torino", "Bologna", "Firenze"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra"],
    "LU": ["Luxembourg"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "student",
    "accountant",
    "chef",
    "bus driver",
    "architect",
    "retired",
    "pharmacist",
    "software developer",
    "physiotherapist",
    "shop owner",
    "journalist",
    "firefighter",
    "dental assistant",
    "social worker",
    "postman",
    "hairdresser",
    "lab technician",
]
NIGHT_JOBS = [
    "night nurse",
    "baker",
    "security guard",
    "taxi driver",
    "air-traffic assistant",
    "hotel night porter",
    "paramedic",
]
AGENTS = ["Mira", "Tomasz", "Elif", "Bruno", "Hanna", "Kwame", "Paula", "Sven", "Nadia", "Jorge"]

PRODUCTS: list[tuple[str, str, str]] = [
    ("Crate pack 20, 2 weeks / Kistenpaket 20, 2 Wochen", "49.00", "/crates/pack-20"),
    ("Crate pack 40, 2 weeks / Kistenpaket 40, 2 Wochen", "89.00", "/crates/pack-40"),
    ("Crate pack 60, 3 weeks / Kistenpaket 60, 3 Wochen", "129.00", "/crates/pack-60"),
    ("Wardrobe boxes x4 / Kleiderboxen x4", "24.00", "/crates/wardrobe"),
    ("Sack truck, weekend / Sackkarre, Wochenende", "19.00", "/extras/sack-truck"),
    ("Furniture dolly set / Möbelroller-Set", "15.00", "/extras/dolly"),
    ("Keep storage box, monthly / Keep Lagerbox, monatlich", "6.00", "/keep/box"),
    ("Keep return trip / Keep Rücklieferung", "12.00", "/keep/return"),
    ("Kistora Plus, monthly / Kistora Plus, monatlich", "7.90", "/plus"),
]
PAGES = [
    "/crates/pack-40",
    "/keep",
    "/app/room-planner",
    "/help/deposit",
    "/plus",
    "/pricing",
    "/help/labels",
    "/keep/my-boxes",
    "/depots",
    "/crates/wardrobe",
]

# --- happy acts -------------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "en": [
        "Kistora crates turned up at 7:55, five minutes early, stacked neatly by the door. Lids close properly and the handles don't cut your fingers. Best moving decision we made.",
        "Got 4 boxes back from Kistora Keep within a day. Winter coats smell of nothing at all, which is exactly what I wanted lol",
        "The e-ink lid labels are genius. My mates just read KITCHEN and carried it to the kitchen. Unpacked the whole flat in one evening.",
    ],
    "de": [
        "Die Kisten von Kistora kamen pünktlich um 8, sauber und stapelbar. Die Etiketten auf dem Deckel mit Raum und Inhalt sind Gold wert, Umzug in 5 Stunden durch.",
        "Hab gestern 3 Boxen aus dem Lager zurückbestellt, heute Vormittag waren sie da. Weihnachtsdeko gerettet 🎄",
        "ehrlich, der Fahrer hat die leeren Kisten aus dem 4. Stock geholt, ohne Aufzug, und war trotzdem gut gelaunt. Danke Kistora!",
    ],
    "fr": [
        "Caisses Kistora livrées à l'heure, propres, et l'étiquette sur le couvercle indique la pièce. Déménagement fini avant midi.",
        "Super service Kistora, le chauffeur a même aidé à monter les caisses au 3e.",
    ],
    "es": [
        "Las cajas de Kistora llegaron puntuales y limpias, y las etiquetas de la tapa con la habitación son una maravilla. Mudanza hecha en una mañana.",
        "Me devolvieron dos cajas del guardamuebles al día siguiente, todo perfecto. Gracias Kistora",
    ],
    "it": [
        "Casse Kistora arrivate puntuali e pulite, le etichette sul coperchio con la stanza sono comodissime. Trasloco finito in mezza giornata."
    ],
    "pt": [
        "As caixas da Kistora chegaram a horas e limpas, e as etiquetas na tampa com a divisão ajudaram imenso. Mudança feita numa manhã."
    ],
}
AGAIN: dict[str, list[str]] = {
    "en": [
        "Third move with Kistora and still the same friendly driver. Crates spotless again.",
        "Ordered my camping gear back from storage again, here next morning again. Never gets old.",
    ],
    "de": [
        "Schon wieder der nette Fahrer, der die Kisten bis in die Küche trägt. Dritter Umzug mit Kistora, immer noch top.",
        "Zum dritten Mal Boxen aus dem Lager geholt, wieder am nächsten Tag da. Immer noch begeistert.",
    ],
    "fr": [
        "Troisième fois que je fais revenir mes cartons d'hiver, toujours livrés le lendemain. Encore merci Kistora."
    ],
    "es": ["Tercera mudanza con Kistora y otra vez todo perfecto. Sigo encantada."],
    "it": ["Di nuovo tutto perfetto, terzo trasloco con Kistora. Sempre contenta."],
    "pt": ["Outra vez impecável, terceira mudança com a Kistora. Continuo fã."],
}
GRIPE: dict[str, list[str]] = {
    "en": [
        "Really happy overall, only the app's room planner is fiddly on a small phone. Would still recommend.",
        "Great crates, great driver. Just wish the sack truck had proper tyres, our cobbles nearly ate it.",
    ],
    "de": [
        "Sehr zufrieden, nur schreibt die App die Umlaute auf den Etiketten komisch (Kueche statt Küche). Sonst gerne wieder.",
        "Alles bestens, nur der Deckel von einer Kiste hakt ein bisschen. Kein Drama.",
    ],
    "fr": ["Très contente, juste l'appli un peu lente pour créer les pièces. Sinon parfait."],
    "es": [
        "Muy contenta, solo que la app tarda un poco en sincronizar las etiquetas. Por lo demás genial."
    ],
    "it": ["Molto soddisfatto, solo l'app è un po' lenta con le etichette. Per il resto ottimo."],
    "pt": ["Muito satisfeita, só a app é um bocado lenta a mudar as etiquetas. De resto, ótimo."],
}
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "hi, can I keep the crates 3 more days? the move got pushed back",
            "Of course, I've extended your hire to Thursday at the same daily rate. Anything else?",
            "brilliant, thanks!",
        ),
        (
            "Do the lid labels keep their text without the app open? my phone will be dead half the day",
            "Yes, once synced the labels keep their text without power. You only need the app to change them.",
            "perfect thank you",
        ),
        (
            "how many crates for a 2 bed flat roughly?",
            "Most 2-bed moves use about 40 crates plus 2 wardrobe boxes. You can add more on the day.",
            "great, thanks",
        ),
    ],
    "de": [
        (
            "hallo, kann ich die Kisten 3 Tage länger behalten? Schlüsselübergabe verschiebt sich",
            "Klar, ich habe die Miete bis Donnerstag verlängert, gleicher Tagespreis.",
            "super, danke!",
        ),
        (
            "Wie viele Kisten brauche ich ca für 3 Zimmer?",
            "Für 3 Zimmer nehmen die meisten 50-60 Kisten und 2 Kleiderboxen. Nachbestellen geht auch am Umzugstag.",
            "danke dir",
        ),
        (
            "Kann ich eine Box aus dem Lager auch samstags zurückbekommen?",
            "Ja, samstags liefern wir von 8 bis 14 Uhr. Einfach in der App den Slot wählen.",
            "top, danke",
        ),
    ],
    "fr": [
        (
            "Bonjour, je peux garder les caisses deux jours de plus ?",
            "Bien sûr, j'ai prolongé jusqu'à jeudi au même tarif.",
            "merci beaucoup !",
        )
    ],
    "es": [
        (
            "hola, puedo quedarme las cajas dos dias mas?",
            "Claro, te he ampliado el alquiler hasta el jueves al mismo precio.",
            "genial gracias",
        )
    ],
    "it": [
        (
            "Ciao, posso tenere le casse due giorni in più?",
            "Certo, ho prolungato il noleggio fino a giovedì allo stesso prezzo.",
            "grazie mille",
        )
    ],
    "pt": [
        (
            "Olá, posso ficar com as caixas mais dois dias?",
            "Claro, prolonguei o aluguer até quinta pelo mesmo preço.",
            "obrigada!",
        )
    ],
}
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Question about Kistora Keep",
            "Hello,\n\nif I store 6 boxes with Kistora Keep and want two of them back in March, do I pay delivery per box or per trip?\n\nThanks,\n{first}",
            "Hello {first},\n\ndelivery is per trip, not per box: two boxes brought back together cost one delivery (free with Plus).\n\nBest regards,\n{agent}, Kistora",
        ),
        (
            "crates for a student move",
            "Hi there,\nmy daughter is moving into halls in two weeks, is there a smaller pack than 20 crates? she has about 8 boxes worth of stuff\n{first}",
            "Hi {first},\n\nyes, you can order any number from 10 crates in the app under 'custom pack'.\n\nKind regards,\n{agent}, Kistora",
        ),
    ],
    "de": [
        (
            "Frage zu Kistora Keep",
            "Guten Tag,\n\nwenn ich 6 Boxen einlagere und im März 2 davon zurückhaben möchte, zahle ich die Lieferung pro Box oder pro Fahrt?\n\nViele Grüße\n{first}",
            "Hallo {first},\n\ndie Lieferung kostet pro Fahrt, nicht pro Box. Mit Plus ist sie kostenlos.\n\nViele Grüße\n{agent}, Kistora",
        ),
        (
            "Kisten für Kellerräumung",
            "Hallo,\nwir räumen den Keller meiner Eltern aus, kann man die Kisten auch für 5 Wochen mieten oder nur 2-3?\nGruß {first}",
            "Hallo {first},\n\nSie können die Miete in der App wochenweise verlängern, auch auf 5 Wochen.\n\nViele Grüße\n{agent}, Kistora",
        ),
    ],
    "fr": [
        (
            "Question stockage",
            "Bonjour,\n\nest-ce que je peux récupérer une seule boîte du stockage un samedi ?\n\nCordialement,\n{first}",
            "Bonjour {first},\n\noui, le samedi de 8h à 14h, à choisir dans l'appli.\n\nBien à vous,\n{agent}, Kistora",
        )
    ],
    "es": [
        (
            "Pregunta guardamuebles",
            "Hola,\n\nsi guardo 5 cajas y quiero recuperar una, ¿pago el envío entero?\n\nGracias,\n{first}",
            "Hola {first},\n\nel envío se paga por viaje, no por caja, y con Plus es gratis.\n\nUn saludo,\n{agent}, Kistora",
        )
    ],
    "it": [
        (
            "Domanda deposito",
            "Buongiorno,\n\nposso farmi riportare una sola scatola dal deposito di sabato?\n\nGrazie,\n{first}",
            "Buongiorno {first},\n\nsì, il sabato dalle 8 alle 14, si sceglie nell'app.\n\nCordiali saluti,\n{agent}, Kistora",
        )
    ],
    "pt": [
        (
            "Dúvida armazém",
            "Olá,\n\nse guardar 5 caixas e quiser só uma de volta, pago a entrega toda?\n\nObrigado,\n{first}",
            "Olá {first},\n\na entrega paga-se por viagem, não por caixa, e com Plus é grátis.\n\nCumprimentos,\n{agent}, Kistora",
        )
    ],
}
CALL_Q: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "hi yes I'm moving on the 14th and wanted to ask if the driver can take the empty crates back the same evening or do I need to book a collection",
            "Hello {first},\n\nas discussed on the phone: same-evening collection is possible until 20:00, I've added it to your order.\n\n{agent}, Kistora",
        ),
        (
            "hello I've got a Keep box with my late dad's records in it and I wanted to check it's kept dry and not in a garage or something",
            "Hello {first},\n\nas promised on the phone: Keep boxes are stored in a heated, dry warehouse, and your box is insured.\n\nWarm regards,\n{agent}, Kistora",
        ),
    ],
    "de": [
        (
            "ja hallo ich ziehe nächste Woche um und wollte fragen ob man die Etiketten auch ohne Smartphone beschriften kann meine Mutter hat keins",
            "Hallo {first},\n\nwie am Telefon besprochen: Die Etiketten lassen sich auch im Browser beschriften, den Link haben wir Ihnen geschickt.\n\nViele Grüße\n{agent}, Kistora",
        ),
        (
            "guten Tag ähm ich wollte fragen ob die Kisten auch in einen Transporter passen wir fahren selbst nach Hamburg",
            "Hallo {first},\n\nwie besprochen: 40 Kisten passen gut in einen 3,5-Tonner, Maße stehen in der Produktbeschreibung.\n\nViele Grüße\n{agent}, Kistora",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si le chauffeur peut monter les caisses au cinquième sans ascenseur",
            "Bonjour {first},\n\ncomme convenu au téléphone : oui, le chauffeur monte les caisses, c'est compris.\n\n{agent}, Kistora",
        )
    ],
    "es": [
        (
            "hola sí quería saber si el conductor puede subir las cajas a un cuarto sin ascensor",
            "Hola {first},\n\ncomo hablamos: sí, el conductor sube las cajas, está incluido.\n\n{agent}, Kistora",
        )
    ],
    "it": [
        (
            "sì buongiorno volevo sapere se l'autista porta su le casse al quarto piano senza ascensore",
            "Buongiorno {first},\n\ncome detto al telefono: sì, l'autista porta su le casse, è incluso.\n\n{agent}, Kistora",
        )
    ],
    "pt": [
        (
            "olá sim queria saber se o motorista sobe as caixas a um quarto andar sem elevador",
            "Olá {first},\n\ncomo falámos: sim, o motorista sobe as caixas, está incluído.\n\n{agent}, Kistora",
        )
    ],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "en": ["great", "Easy", "", "👍", "super easy", "quick and friendly"],
    "de": ["super", "Einfach", "", "👍", "alles gut", "schnell und freundlich"],
    "fr": ["parfait", "", "simple"],
    "es": ["genial", "", "muy fácil"],
    "it": ["ottimo", "", "facile"],
    "pt": ["ótimo", "", "fácil"],
}
LOW_WORDS: dict[str, list[str]] = {
    "en": ["", "poor", "still waiting", "not good enough"],
    "de": ["", "schlecht", "warte immer noch", "enttäuschend"],
    "fr": ["", "décevant"],
    "es": ["", "mal"],
    "it": ["", "deludente"],
    "pt": ["", "mau"],
}
NIGHT_POST: dict[str, list[str]] = {
    "en": [
        "2am, last crate packed and every label shows the right room. Kistora you absolute lifesavers.",
        "night shift done, ordered my summer box back from storage in the break room. Love that it works at 3am.",
        "can't sleep so I labelled all 38 crates in the app. Weirdly satisfying.",
    ],
    "de": [
        "halb 3 nachts, letzte Kiste gepackt. Die Etiketten zeigen alle den richtigen Raum. Danke Kistora",
        "Nachtschicht vorbei, in der Pause noch schnell die Kisten für Samstag bestellt. Läuft.",
    ],
    "fr": [
        "3h du matin, dernière caisse fermée. Merci Kistora pour les étiquettes, je ne m'y retrouverais pas sinon."
    ],
    "es": [
        "Las 2 de la mañana y la última caja cerrada. Las etiquetas de Kistora me salvan la mudanza."
    ],
    "it": ["Sono le 2 e ho chiuso l'ultima cassa. Grazie Kistora, le etichette mi salvano."],
    "pt": ["2 da manhã, última caixa fechada. Obrigada Kistora, as etiquetas salvam-me."],
}
NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "still up packing, can I change a label's room after the crate is closed?",
            "Yes, just change it in the app, the lid updates within a minute.",
            "amazing thanks, going to bed now",
        ),
        (
            "when does the driver come tomorrow, app says 8-10?",
            "That's right, 8 to 10, you'll get a text 30 minutes before.",
            "cheers",
        ),
    ],
    "de": [
        (
            "noch am Packen, kann ich den Raum auf dem Etikett ändern wenn die Kiste schon zu ist?",
            "Ja, einfach in der App ändern, der Deckel aktualisiert sich in einer Minute.",
            "super danke, jetzt ins Bett",
        ),
        (
            "ab wann kann ich morgen die Box aus dem Lager erwarten?",
            "Ihr Slot ist 8-10 Uhr, 30 Minuten vorher kommt eine SMS.",
            "danke!",
        ),
    ],
    "fr": [
        (
            "je peux changer la pièce d'une étiquette quand la caisse est fermée ?",
            "Oui, directement dans l'appli, le couvercle se met à jour en une minute.",
            "merci, bonne nuit",
        )
    ],
    "es": [
        (
            "puedo cambiar la habitación de la etiqueta con la caja ya cerrada?",
            "Sí, desde la app, la tapa se actualiza en un minuto.",
            "gracias, a dormir",
        )
    ],
    "it": [
        (
            "posso cambiare la stanza sull'etichetta con la cassa già chiusa?",
            "Sì, dall'app, il coperchio si aggiorna in un minuto.",
            "grazie, buonanotte",
        )
    ],
    "pt": [
        (
            "posso mudar a divisão da etiqueta com a caixa já fechada?",
            "Sim, na app, a tampa atualiza num minuto.",
            "obrigado, boa noite",
        )
    ],
}
SARCASM: dict[str, list[str]] = {
    "en": [
        "Love that the 'express' crate delivery turned up at 21:40. Packing by torchlight, very romantic 👏",
        "Wonderful, the 'cleaned' crates came with the last family's cereal in the corners. Free breakfast 😂",
    ],
    "de": [
        "Klasse, die 'gereinigten' Kisten kamen mit den Krümeln der Vormieter. Gratis Frühstück 😂",
        "Toll, 'Expresslieferung' um 21:40. Packen mit Stirnlampe, sehr gemütlich 👏",
    ],
    "fr": [
        "Génial, la livraison 'express' à 21h40. Cartons à la lampe frontale, très romantique 👏"
    ],
    "es": ["Qué maravilla, la entrega 'exprés' a las 21:40. Empaquetando con linterna 👏"],
    "it": ["Fantastico, consegna 'express' alle 21:40. Imballaggi al buio, romanticissimo 👏"],
    "pt": ["Que maravilha, entrega 'expresso' às 21h40. A embalar de lanterna 👏"],
}
GRUMBLE: dict[str, list[str]] = {
    "en": [
        "the depot search keeps showing me Leeds when I'm in Bristol, bit annoying",
        "notifications come in German for some reason, can that be changed?",
        "the room planner takes ages to load today",
    ],
    "de": [
        "die Depotsuche zeigt mir immer Köln an, obwohl ich in Leipzig wohne, etwas nervig",
        "Benachrichtigungen kommen auf Englisch, kann man das umstellen?",
        "der Raumplaner lädt heute ewig",
    ],
    "fr": ["les notifications arrivent en anglais, on peut changer ça ?"],
    "es": ["el buscador de almacenes me sale siempre Madrid y estoy en Valencia, un poco molesto"],
    "it": ["le notifiche arrivano in tedesco, si può cambiare?"],
    "pt": ["as notificações chegam em inglês, dá para mudar?"],
}
GRUMBLE_ANSWER: dict[str, str] = {
    "en": "Sorry about that, thanks for telling us. I've passed it on to the app team.",
    "de": "Danke für den Hinweis, das gebe ich ans App-Team weiter.",
    "fr": "Merci du signalement, je transmets à l'équipe de l'appli.",
    "es": "Gracias por avisar, lo paso al equipo de la app.",
    "it": "Grazie della segnalazione, la passo al team dell'app.",
    "pt": "Obrigado pelo aviso, vou passar à equipa da app.",
}
FORM_ACK: dict[str, tuple[str, str]] = {
    "en": (
        "Your message to Kistora",
        "Hello {first},\n\nthank you for your message, we've passed it on to the right team.\n\n{agent}, Kistora",
    ),
    "de": (
        "Ihre Nachricht an Kistora",
        "Hallo {first},\n\nvielen Dank für Ihre Nachricht, wir haben sie an das zuständige Team weitergegeben.\n\n{agent}, Kistora",
    ),
    "fr": (
        "Votre message à Kistora",
        "Bonjour {first},\n\nmerci pour votre message, nous l'avons transmis à l'équipe concernée.\n\n{agent}, Kistora",
    ),
    "es": (
        "Tu mensaje a Kistora",
        "Hola {first},\n\ngracias por tu mensaje, lo hemos pasado al equipo que corresponde.\n\n{agent}, Kistora",
    ),
    "it": (
        "Il tuo messaggio a Kistora",
        "Ciao {first},\n\ngrazie del messaggio, l'abbiamo girato al team giusto.\n\n{agent}, Kistora",
    ),
    "pt": (
        "A sua mensagem à Kistora",
        "Olá {first},\n\nobrigado pela mensagem, passámos à equipa certa.\n\n{agent}, Kistora",
    ),
}

# --- grumpy customers (grumble every time, never happy first) ------------------------

GRUMPY: dict[str, list[str]] = {
    "en": [
        "Crates fine I suppose. Driver could have rung the bell instead of texting from downstairs.",
        "Why does the app need my location to show me crate prices",
        "Storage box came back. Took two days, not 'next day'. As usual.",
        "Another price email. Nobody reads these.",
        "The labels are a gimmick, masking tape worked for 40 years.",
    ],
    "de": [
        "Kisten ok, aber der Fahrer hätte auch klingeln können statt von unten zu schreiben.",
        "Warum will die App meinen Standort für Kistenpreise",
        "Box kam zurück. Zwei Tage, nicht 'nächster Tag'. Wie immer.",
        "Schon wieder eine Preis-Mail. Liest doch keiner.",
        "Die Etiketten sind Spielerei, Kreppband tut es seit 40 Jahren.",
    ],
    "fr": [
        "Caisses correctes. Le chauffeur aurait pu sonner au lieu d'envoyer un SMS.",
        "Pourquoi l'appli veut ma position pour afficher des prix ?",
        "Boîte revenue en deux jours, pas 'le lendemain'. Comme d'habitude.",
    ],
    "es": [
        "Las cajas bien, supongo. El conductor podría haber llamado al timbre.",
        "Para qué quiere la app mi ubicación para ver precios",
        "La caja volvió en dos días, no 'al día siguiente'. Como siempre.",
    ],
    "it": [
        "Casse ok. L'autista poteva suonare invece di scrivere da sotto.",
        "Perché l'app vuole la posizione per mostrare i prezzi",
        "Scatola tornata in due giorni, non 'il giorno dopo'. Come sempre.",
    ],
    "pt": [
        "Caixas ok. O motorista podia ter tocado à campainha.",
        "Porque é que a app quer a localização para mostrar preços",
        "A caixa voltou em dois dias, não 'no dia seguinte'. Como sempre.",
    ],
}

# --- problems ------------------------------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "lost_crates")

CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "en": [
            "Our crates were marked DELIVERED at 8:10 this morning. Nothing came. Two friends sat on the stairs for three hours with nothing to pack.",
            "The app says delivered, the tracking says delivered, my hallway says otherwise. 40 crates ordered for today and not one here.",
        ],
        "de": [
            "Die Kisten stehen in der App seit 8:10 als GELIEFERT. Hier ist nichts. Zwei Helfer saßen drei Stunden im Treppenhaus.",
            "Laut App zugestellt, laut meinem Flur nicht. 40 Kisten für heute bestellt, keine einzige da.",
        ],
        "fr": [
            "Les caisses sont marquées LIVRÉES depuis 8h10 et rien n'est arrivé. Deux amis ont attendu trois heures pour rien."
        ],
        "es": [
            "Las cajas salen como ENTREGADAS desde las 8:10 y aquí no ha llegado nada. Dos amigos esperando tres horas."
        ],
        "it": [
            "Le casse risultano CONSEGNATE dalle 8:10 ma qui non è arrivato niente. Due amici ad aspettare tre ore."
        ],
        "pt": [
            "As caixas aparecem como ENTREGUES desde as 8h10 e aqui não chegou nada. Dois amigos à espera três horas."
        ],
    },
    "double_charge": {
        "en": [
            "The crate deposit has been taken TWICE from my card, 2 x £80. That was this week's bills money.",
            "You've held the deposit twice, two lots of €90 on my card, and my bank says it's on your side.",
        ],
        "de": [
            "Die Kaution von 90 € wurde ZWEIMAL auf meiner Karte reserviert. Jetzt ist die Lastschrift für die Miete geplatzt.",
            "Kaution doppelt abgebucht, 2 x 90 €, die Bank sagt das kommt von euch.",
        ],
        "fr": ["La caution de 90 € a été prélevée DEUX fois sur ma carte."],
        "es": ["Me habéis cobrado la fianza de 90 € DOS veces en la tarjeta."],
        "it": ["Mi avete addebitato la cauzione di 90 € DUE volte sulla carta."],
        "pt": ["Cobraram a caução de 90 € DUAS vezes no meu cartão."],
    },
    "damage": {
        "en": [
            "The bottom of one of your crates split on the stairs and our wedding glasses went with it. It was cracked before, you could see the old tape on it.",
            "The sack truck's wheel came off on the first trip down and the fridge nearly went through the neighbour's door.",
        ],
        "de": [
            "Bei einer eurer Kisten ist im Treppenhaus der Boden gerissen, unsere Hochzeitsgläser sind hin. Die Kiste war vorher schon geklebt.",
            "Beim Sackkarren ist beim ersten Mal das Rad abgefallen, fast wäre der Kühlschrank die Treppe runter.",
        ],
        "fr": [
            "Le fond d'une de vos caisses a cédé dans l'escalier, toute la vaisselle est cassée. Elle était déjà fêlée."
        ],
        "es": [
            "Se rompió el fondo de una caja en la escalera y adiós a la vajilla. Ya venía rajada."
        ],
        "it": [
            "Si è rotto il fondo di una cassa per le scale, tutti i bicchieri in frantumi. Era già crepata."
        ],
        "pt": [
            "O fundo de uma caixa partiu-se nas escadas e lá se foi a loiça toda. Já vinha rachada."
        ],
    },
    "refund": {
        "en": [
            "Crates collected on the 2nd, all 40 counted by your driver, and three weeks later my deposit is still held.",
            "Still waiting for my deposit back. Collection was THREE weeks ago.",
        ],
        "de": [
            "Kisten am 2. abgeholt, alle 40 vom Fahrer gezählt, und nach drei Wochen ist die Kaution immer noch nicht frei.",
            "Ich warte seit DREI Wochen auf meine Kaution. Die Abholung ist ewig her.",
        ],
        "fr": ["Caisses récupérées il y a trois semaines et ma caution est toujours bloquée."],
        "es": ["Recogieron las cajas hace TRES semanas y la fianza sigue retenida."],
        "it": ["Casse ritirate tre settimane fa e la cauzione è ancora bloccata."],
        "pt": ["Recolheram as caixas há TRÊS semanas e a caução continua retida."],
    },
    "wrong_price": {
        "en": [
            "I'm a Plus member and my storage boxes have been billed at the standard rate for two months, £6 a box instead of £4.",
            "Charged the non-member price again although Plus shows as active in the app.",
        ],
        "de": [
            "Ich bin Plus-Mitglied und zahle für die Lagerboxen seit zwei Monaten trotzdem den Normalpreis, 7 € statt 5 € pro Box.",
            "Wieder der Preis ohne Plus abgerechnet, obwohl Plus in der App aktiv ist.",
        ],
        "fr": [
            "Je suis membre Plus et on me facture le tarif normal pour mes boîtes de stockage depuis deux mois."
        ],
        "es": [
            "Soy socia Plus y me cobráis la tarifa normal del guardamuebles, 7 € por caja en vez de 5 €."
        ],
        "it": [
            "Sono socio Plus e mi fate pagare il prezzo pieno per le scatole in deposito da due mesi."
        ],
        "pt": [
            "Sou sócia Plus e estão a cobrar-me o preço normal pelas caixas em armazém há dois meses."
        ],
    },
    "lost_crates": {
        "en": [
            "You've charged me £72 for 6 'missing' crates. Your driver took all 40, I have a photo of them on his van.",
            "The invoice says 6 crates not returned. They were returned. I counted them onto the van with your driver.",
        ],
        "de": [
            "Ihr berechnet mir 84 € für 6 'fehlende' Kisten. Der Fahrer hat alle 40 mitgenommen, ich habe ein Foto vom Wagen.",
            "Laut Rechnung 6 Kisten nicht zurück. Die sind zurück, ich habe sie mit eurem Fahrer gezählt.",
        ],
        "fr": [
            "Vous me facturez 6 caisses 'manquantes' alors que le chauffeur les a toutes prises, j'ai la photo."
        ],
        "es": ["Me cobráis 6 cajas 'perdidas' y el conductor se llevó las 40, tengo la foto."],
        "it": [
            "Mi addebitate 6 casse 'mancanti', ma l'autista le ha prese tutte e 40, ho la foto."
        ],
        "pt": ["Cobram-me 6 caixas 'em falta' e o motorista levou as 40, tenho a fotografia."],
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "en": "crates marked delivered, never came",
        "de": "Kisten als geliefert markiert, nie angekommen",
        "fr": "caisses jamais livrées",
        "es": "cajas nunca entregadas",
        "it": "casse mai consegnate",
        "pt": "caixas nunca entregues",
    },
    "double_charge": {
        "en": "deposit taken twice",
        "de": "Kaution doppelt abgebucht",
        "fr": "caution prélevée deux fois",
        "es": "fianza cobrada dos veces",
        "it": "cauzione addebitata due volte",
        "pt": "caução cobrada duas vezes",
    },
    "damage": {
        "en": "broken crate",
        "de": "kaputte Kiste",
        "fr": "caisse cassée",
        "es": "caja rota",
        "it": "cassa rotta",
        "pt": "caixa partida",
    },
    "refund": {
        "en": "deposit not released",
        "de": "Kaution nicht freigegeben",
        "fr": "caution non restituée",
        "es": "fianza no devuelta",
        "it": "cauzione non restituita",
        "pt": "caução não devolvida",
    },
    "wrong_price": {
        "en": "Plus rate not applied",
        "de": "Plus-Preis nicht berechnet",
        "fr": "tarif Plus non appliqué",
        "es": "tarifa Plus no aplicada",
        "it": "tariffa Plus non applicata",
        "pt": "tarifa Plus não aplicada",
    },
    "lost_crates": {
        "en": "charged for crates I returned",
        "de": "Gebühr für zurückgegebene Kisten",
        "fr": "caisses rendues facturées",
        "es": "cobro por cajas devueltas",
        "it": "casse restituite addebitate",
        "pt": "caixas devolvidas cobradas",
    },
}
COMPLAINT_SUBJECT: dict[str, str] = {
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
DEMAND: dict[str, list[str]] = {
    "en": [
        "Please sort this out today.",
        "I want this fixed and a real answer, not a bot.",
        "Call me back please.",
    ],
    "de": [
        "Bitte heute klären.",
        "Ich erwarte eine Lösung, und zwar schnell.",
        "Bitte um Rückruf.",
    ],
    "fr": ["Merci de régler ça aujourd'hui."],
    "es": ["Quiero una solución hoy, por favor."],
    "it": ["Vorrei una soluzione oggi, per favore."],
    "pt": ["Quero isto resolvido hoje, por favor."],
}
GREET: dict[str, str] = {
    "en": "Hello,",
    "de": "Hallo,",
    "fr": "Bonjour,",
    "es": "Hola,",
    "it": "Buongiorno,",
    "pt": "Olá,",
}
SIGN: dict[str, str] = {
    "en": "{first}",
    "de": "Gruß\n{first}",
    "fr": "{first}",
    "es": "Un saludo,\n{first}",
    "it": "Saluti,\n{first}",
    "pt": "Cumprimentos,\n{first}",
}
CALL_OPEN: dict[str, list[str]] = {
    "en": ["hi yes", "hello I'm calling because", "yeah hi"],
    "de": ["ja hallo", "guten Tag ich rufe an weil", "hallo ja"],
    "fr": ["oui bonjour"],
    "es": ["hola sí mire"],
    "it": ["sì buongiorno"],
    "pt": ["olá sim"],
}
LONG_EMAIL: dict[str, list[str]] = {
    "en": [
        "Dear Kistora team,\n\nI am writing this on my lunch break at the school, between a Year 9 class and playground duty, so forgive me if it is short on pleasantries. We are moving my mother out of the house she lived in for 41 years into a flat near us, which is hard enough for her without anything going wrong. I chose Kistora because a colleague swore by you.\n\n{core}\n\nI have had to explain to an 80-year-old why her things are not packed yet. {demand}\n\nYours sincerely,\n{first}",
        "Hi,\n\nI'll try to keep this calm. I'm sitting in the car outside my son's football training writing this on my phone, the second week of a move I've been planning since June, with a new job starting on Monday and the old landlord wanting the keys back by Friday.\n\n{core}\n\nI've recommended you to three people this year. Right now I'm not sure I would. {demand}\n\nThanks,\n{first}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, mein Mann hat sich beim Kistenschleppen den Rücken verrenkt, was ja eigentlich schon genug wäre. Wir lösen gerade die Wohnung meiner Schwiegermutter auf, die ins Heim zieht, und haben uns für Kistora entschieden, weil die Nachbarin so begeistert war.\n\n{core}\n\nIch bin seit Jahren Kundin und war bisher immer sehr angetan, aber so etwas geht nicht. {demand}\n\nMit freundlichen Grüßen\n{first}",
        "Hallo zusammen,\n\nkurz zur Lage: ich sitze gerade in der Mittagspause im Auto vor der Baustelle, wir renovieren die Wohnung, in die wir in zwei Wochen ziehen, und nebenbei läuft der Umzug aus der alten. Ich habe wirklich keine Zeit für sowas.\n\n{core}\n\nIch hatte Kistora allen empfohlen. {demand}\n\nViele Grüße\n{first}",
    ],
}
CASE_SUBJECT: dict[str, str] = {
    "en": "Your case {case}",
    "de": "Ihr Vorgang {case}",
    "fr": "Votre demande {case}",
    "es": "Tu incidencia {case}",
    "it": "La tua segnalazione {case}",
    "pt": "O seu pedido {case}",
}
RE_SUBJECT: dict[str, str] = {
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "fr": "RE : Demande {case}",
    "es": "RE: Incidencia {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
CASE_OPENED: dict[str, str] = {
    "en": "Hello {first},\n\nthank you for telling us and I'm sorry. I've opened case {case} and a colleague will come back to you within one working day.\n\n{agent}, Kistora",
    "de": "Hallo {first},\n\ndanke für Ihre Nachricht, das tut mir leid. Ich habe den Vorgang {case} angelegt, ein Kollege meldet sich innerhalb eines Werktags.\n\n{agent}, Kistora",
    "fr": "Bonjour {first},\n\nmerci et désolés. J'ai ouvert la demande {case}, un collègue vous répond sous un jour ouvré.\n\n{agent}, Kistora",
    "es": "Hola {first},\n\nlo sentimos mucho. He abierto la incidencia {case} y un compañero te responde en un día laborable.\n\n{agent}, Kistora",
    "it": "Ciao {first},\n\nci dispiace molto. Ho aperto la segnalazione {case}, un collega ti risponde entro un giorno lavorativo.\n\n{agent}, Kistora",
    "pt": "Olá {first},\n\nlamentamos muito. Abri o pedido {case} e um colega responde num dia útil.\n\n{agent}, Kistora",
}
CHAT_CASE: dict[str, str] = {
    "en": "I'm really sorry. I've opened case {case} and passed it on, someone will be back to you today.",
    "de": "Das tut mir wirklich leid. Ich habe den Vorgang {case} angelegt, Sie hören heute noch von uns.",
    "fr": "Vraiment désolé. J'ai ouvert la demande {case}, on revient vers vous aujourd'hui.",
    "es": "Lo siento mucho. He abierto la incidencia {case}, te contestamos hoy.",
    "it": "Mi dispiace davvero. Ho aperto la segnalazione {case}, ti ricontattiamo oggi.",
    "pt": "Lamento imenso. Abri o pedido {case}, respondemos hoje.",
}
GOOD_NEWS: dict[str, str] = {
    "en": "Hello {first},\n\ngood news on case {case}: we found what went wrong and have put it right on your account. Could you confirm it looks right on your side?\n\n{agent}, Kistora",
    "de": "Hallo {first},\n\ngute Nachrichten zu {case}: Wir haben den Fehler gefunden und in Ihrem Konto korrigiert. Können Sie kurz bestätigen, dass bei Ihnen alles passt?\n\n{agent}, Kistora",
    "fr": "Bonjour {first},\n\nbonne nouvelle pour la demande {case} : l'erreur est corrigée sur votre compte. Pouvez-vous nous confirmer que tout est en ordre ?\n\n{agent}, Kistora",
    "es": "Hola {first},\n\nbuenas noticias sobre {case}: hemos corregido el error en tu cuenta. ¿Nos confirmas que está todo bien?\n\n{agent}, Kistora",
    "it": "Ciao {first},\n\nbuone notizie per {case}: abbiamo corretto l'errore sul tuo conto. Ci confermi che è tutto a posto?\n\n{agent}, Kistora",
    "pt": "Olá {first},\n\nboas notícias sobre {case}: corrigimos o erro na sua conta. Pode confirmar que está tudo bem?\n\n{agent}, Kistora",
}
CONFIRM: dict[str, list[str]] = {
    "en": [
        "Confirmed, case {case} is sorted, all looks right now. Thanks.",
        "yes {case} is fine now, thanks for sorting it",
    ],
    "de": [
        "Bestätigt, {case} ist erledigt, jetzt stimmt alles. Danke.",
        "ja passt jetzt, {case} kann zu. Danke euch",
    ],
    "fr": ["Confirmé, la demande {case} est réglée. Merci."],
    "es": ["Confirmado, la incidencia {case} está resuelta. Gracias."],
    "it": ["Confermo, la segnalazione {case} è risolta. Grazie."],
    "pt": ["Confirmo, o pedido {case} está resolvido. Obrigada."],
}
APOLOGY: dict[str, list[str]] = {
    "en": [
        "Sorry for my tone yesterday, it was a horrible day and you weren't the ones carrying the fridge. Thanks for sorting it.",
        "Apologies for the capitals yesterday. All good now, thank you.",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, der Tag war einfach zu viel. Danke fürs Lösen.",
        "Sorry wegen gestern, war nicht persönlich gemeint. Jetzt passt alles, danke.",
    ],
    "fr": ["Désolée pour mon ton d'hier, journée difficile. Merci d'avoir réglé ça."],
    "es": ["Perdón por el tono de ayer, fue un día horrible. Gracias por solucionarlo."],
    "it": ["Scusate il tono di ieri, giornata pesante. Grazie per aver risolto."],
    "pt": ["Desculpem o tom de ontem, foi um dia horrível. Obrigada por resolverem."],
}
QUALITY_LEAD: dict[str, str] = {
    "en": "Hello {first},\n\nyour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\n{agent}, Kistora",
    "de": "Hallo {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.\n\n{agent}, Kistora",
    "fr": "Bonjour {first},\n\nvotre demande {case} est maintenant entre les mains de notre responsable qualité, qui vous appelle avant vendredi midi.\n\n{agent}, Kistora",
    "es": "Hola {first},\n\ntu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\n{agent}, Kistora",
    "it": "Ciao {first},\n\nla tua segnalazione {case} è ora in mano al nostro responsabile qualità, che ti chiamerà entro venerdì a pranzo.\n\n{agent}, Kistora",
    "pt": "Olá {first},\n\no seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.\n\n{agent}, Kistora",
}
STILL: dict[str, list[str]] = {
    "en": [
        "Case {case}: still not sorted. {core}",
        "Writing again about {case}, nothing has happened. {core}",
    ],
    "de": [
        "Vorgang {case}: immer noch nicht gelöst. {core}",
        "Ich schreibe nochmal wegen {case}, es hat sich nichts getan. {core}",
    ],
    "fr": ["Demande {case} : toujours rien. {core}"],
    "es": ["Incidencia {case}: sigue sin resolverse. {core}"],
    "it": ["Segnalazione {case}: ancora niente. {core}"],
    "pt": ["Pedido {case}: continua por resolver. {core}"],
}
THIRD: dict[str, list[str]] = {
    "en": [
        "Third time about {case} and it's still open. A colleague moved with {comp} last month and they sorted the same thing the same day.",
        "Third message on {case}, still open. I've looked at what {comp} charges, just so you know.",
    ],
    "de": [
        "Zum dritten Mal wegen {case}, immer noch offen. Ein Kollege ist mit {comp} umgezogen, die haben sowas am selben Tag geklärt.",
        "Dritte Nachricht zu {case}, nichts passiert. Ich habe mir schon angeschaut, was {comp} verlangt.",
    ],
    "fr": [
        "Troisième fois pour {case}, toujours ouvert. Une collègue a déménagé avec {comp}, ils ont réglé ça le jour même."
    ],
    "es": [
        "Tercera vez con {case} y sigue abierta. Un compañero se mudó con {comp} y se lo arreglaron el mismo día."
    ],
    "it": [
        "Terza volta per {case}, ancora aperta. Un collega ha traslocato con {comp} e gliel'hanno risolto in giornata."
    ],
    "pt": [
        "Terceira vez por causa do {case}, continua aberto. Um colega mudou-se com a {comp} e resolveram no mesmo dia."
    ],
}
FOURTH: dict[str, list[str]] = {
    "en": ["FOURTH time I'm contacting you about {case}. Still open. {core}"],
    "de": ["Zum VIERTEN Mal wegen {case}. Immer noch offen. {core}"],
    "fr": ["QUATRIÈME fois pour {case}. Toujours ouvert. {core}"],
    "es": ["CUARTA vez por {case}. Sigue abierta. {core}"],
    "it": ["QUARTA volta per {case}. Ancora aperta. {core}"],
    "pt": ["QUARTA vez por causa do {case}. Continua aberto. {core}"],
}
URGENT: dict[str, str] = {
    "en": "I've added this to case {case} and marked it urgent.",
    "de": "Ich habe das zu {case} hinzugefügt und als dringend markiert.",
    "fr": "J'ai ajouté ceci à la demande {case} et l'ai marquée urgente.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente.",
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}

# --- slide (six steps, the last names a competitor) -----------------------------------

SLIDE: dict[str, list[str]] = {
    "en": [
        "Crates came three hours late today and nobody called. Not like Kistora.",
        "Half the crates this time had cracked lids and two labels stayed blank. Ended up writing on masking tape.",
        "Now the app wants a photo of every single crate at collection. 40 photos on moving day, seriously?",
        "Deposit has doubled since spring and it takes a week to come back. Getting tired of this.",
        "£30 'cleaning fee' for crates I returned spotless, with your own app photos showing them clean. Furious.",
        "My sister rents from {comp}. I've booked their crates for my mum's move on Saturday.",
    ],
    "de": [
        "Kisten heute drei Stunden zu spät und keiner hat angerufen. Kenn ich so nicht von Kistora.",
        "Diesmal die Hälfte der Deckel gerissen und zwei Etiketten blieben leer. Wieder Kreppband.",
        "Jetzt will die App bei der Abholung ein Foto von jeder einzelnen Kiste. 40 Fotos am Umzugstag, echt jetzt?",
        "Kaution hat sich seit dem Frühjahr verdoppelt und braucht eine Woche zurück. Langsam reicht es.",
        "35 € 'Reinigungsgebühr' für Kisten, die ich blitzsauber zurückgegeben habe, eure eigenen App-Fotos zeigen es. Ich bin sauer.",
        "Meine Schwester mietet bei {comp}. Für den Umzug meiner Mutter am Samstag habe ich dort gebucht.",
    ],
    "fr": [
        "Caisses livrées avec trois heures de retard et personne n'a appelé.",
        "La moitié des couvercles fêlés cette fois, deux étiquettes vides.",
        "Maintenant l'appli exige une photo de chaque caisse au retrait. 40 photos le jour du déménagement ?",
        "La caution a doublé et met une semaine à revenir. Ça commence à bien faire.",
        "35 € de 'frais de nettoyage' pour des caisses rendues impeccables, vos propres photos le montrent. Je suis furieuse.",
        "Ma sœur loue chez {comp}. J'ai réservé chez eux pour le déménagement de ma mère samedi.",
    ],
    "es": [
        "Hoy las cajas llegaron tres horas tarde y nadie avisó.",
        "Esta vez la mitad de las tapas rajadas y dos etiquetas en blanco.",
        "Ahora la app pide una foto de cada caja en la recogida. 40 fotos el día de la mudanza, en serio?",
        "La fianza se ha duplicado y tarda una semana en volver. Ya cansa.",
        "35 € de 'limpieza' por cajas devueltas impecables, vuestras propias fotos lo demuestran. Estoy furiosa.",
        "Mi hermana alquila en {comp}. Ya he reservado allí para la mudanza de mi madre el sábado.",
    ],
    "it": [
        "Oggi casse arrivate con tre ore di ritardo e nessuno ha chiamato.",
        "Metà dei coperchi crepati stavolta, due etichette vuote.",
        "Adesso l'app vuole una foto di ogni cassa al ritiro. 40 foto il giorno del trasloco?",
        "La cauzione è raddoppiata e ci mette una settimana a tornare. Comincio a stufarmi.",
        "35 € di 'pulizia' per casse restituite pulitissime, le vostre foto lo dimostrano. Sono furiosa.",
        "Mia sorella noleggia da {comp}. Ho prenotato da loro per il trasloco di mia madre sabato.",
    ],
    "pt": [
        "Hoje as caixas chegaram três horas atrasadas e ninguém ligou.",
        "Desta vez metade das tampas rachadas e duas etiquetas em branco.",
        "Agora a app quer uma foto de cada caixa na recolha. 40 fotos no dia da mudança?",
        "A caução duplicou e demora uma semana a voltar. Já cansa.",
        "35 € de 'limpeza' por caixas devolvidas impecáveis, as vossas fotos mostram. Estou furiosa.",
        "A minha irmã aluga na {comp}. Já reservei lá para a mudança da minha mãe no sábado.",
    ],
}
LEAVE: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Cancel Plus and close my account",
            "Hello,\n\nwe've bought a house with a proper loft, so the storage boxes are coming home for good. Please cancel my Kistora Plus and close my account once the last boxes are back.\n\nThanks for everything,\n{first}",
        ),
        (
            "Closing my account",
            "Hi,\nI'm moving in with my partner, whose place has a cellar, and won't need crates or storage any more. Please cancel Plus and close the account.\n{first}",
        ),
    ],
    "de": [
        (
            "Kündigung Plus und Konto",
            "Hallo,\n\nwir haben ein Haus mit Dachboden gekauft, die Lagerboxen kommen also endgültig nach Hause. Bitte kündigen Sie mein Kistora Plus und schließen Sie mein Konto, sobald die letzten Boxen da sind.\n\nDanke für alles\n{first}",
        ),
        (
            "Konto schließen",
            "Hallo,\nich ziehe zu meinem Freund, der hat einen Keller, ich brauche weder Kisten noch Lager mehr. Bitte Plus kündigen und Konto schließen.\n{first}",
        ),
    ],
    "fr": [
        (
            "Résiliation Plus",
            "Bonjour,\n\nnous avons acheté une maison avec grenier. Merci de résilier mon Kistora Plus et de fermer mon compte.\n\n{first}",
        )
    ],
    "es": [
        (
            "Baja Plus y cuenta",
            "Hola,\n\nnos hemos comprado una casa con trastero. Por favor, dad de baja mi Kistora Plus y cerrad mi cuenta.\n\n{first}",
        )
    ],
    "it": [
        (
            "Disdetta Plus",
            "Buongiorno,\n\nabbiamo comprato casa con la cantina. Vi chiedo di disdire Kistora Plus e chiudere il mio account.\n\n{first}",
        )
    ],
    "pt": [
        (
            "Cancelar Plus",
            "Olá,\n\ncomprámos uma casa com sótão. Por favor cancelem o meu Kistora Plus e fechem a minha conta.\n\n{first}",
        )
    ],
}
SORRY_GO: dict[str, str] = {
    "en": "Hello {first},\n\nsorry to see you go, and congratulations. You can cancel Plus yourself in the app or on the website under Account; your last boxes come back free.\n\n{agent}, Kistora",
    "de": "Hallo {first},\n\nschade, dass Sie gehen, und herzlichen Glückwunsch. Sie können Plus selbst in der App oder auf der Website unter Konto kündigen; die letzten Boxen liefern wir kostenlos.\n\n{agent}, Kistora",
    "fr": "Bonjour {first},\n\ndommage de vous voir partir, et félicitations. Vous pouvez résilier Plus vous-même dans l'appli ou sur le site.\n\n{agent}, Kistora",
    "es": "Hola {first},\n\nqué pena que te vayas, y enhorabuena. Puedes darte de baja tú misma en la app o en la web.\n\n{agent}, Kistora",
    "it": "Ciao {first},\n\nci dispiace vederti andare, e complimenti. Puoi disdire Plus da solo nell'app o sul sito.\n\n{agent}, Kistora",
    "pt": "Olá {first},\n\ntemos pena que saia, e parabéns. Pode cancelar o Plus na app ou no site.\n\n{agent}, Kistora",
}
SUBJ_ANSWER: dict[str, str] = {
    "en": "Re: {subject}",
    "de": "AW: {subject}",
    "fr": "RE : {subject}",
    "es": "RE: {subject}",
    "it": "R: {subject}",
    "pt": "RE: {subject}",
}

# --- the spike (topic_spike only) ---------------------------------------------------

SPIKE_CODE = "LBZ-9/00"
SPIKE_REPORT: dict[str, list[str]] = {
    "en": [
        "Every single lid label on our 40 crates now says BATHROOM and nothing else, tiny LBZ-9/00 in the corner. Helpers are carrying the whole flat into the bathroom. Kistora what is going on??",
        "all my crates show BATHROOM since this morning and the contents list is gone, app says LBZ-9/00 room plan could not be synced. which one has the kettle",
        "Moving day and the labels on every crate switched to BATHROOM at once. Error LBZ-9/00 in the app. The movers have stacked 30 crates in a 2 square metre bathroom.",
    ],
    "de": [
        "Auf ALLEN Deckeln steht plötzlich BAD, der Inhalt ist weg, unten klein LBZ-9/00. Die Helfer tragen alles ins Badezimmer. Kistora, was soll das?",
        "Seit heute früh zeigen alle 55 Kisten BAD. In der App: LBZ-9/00, Raumplan konnte nicht synchronisiert werden. Umzug läuft, keiner weiß wo was hin muss",
        "umzugstag und jede Kiste sagt BAD. Fehler LBZ-9/00. Unser Bad ist jetzt bis zur Decke voll",
    ],
    "fr": [
        "Toutes les étiquettes des caisses affichent SALLE DE BAIN depuis ce matin, erreur LBZ-9/00 dans l'appli. Les déménageurs mettent tout dans la salle de bain !"
    ],
    "es": [
        "Todas las etiquetas de las cajas ponen BAÑO desde esta mañana, error LBZ-9/00 en la app. Los de la mudanza lo están metiendo todo en el baño"
    ],
    "it": [
        "Tutte le etichette delle casse dicono BAGNO da stamattina, errore LBZ-9/00 nell'app. Gli amici stanno portando tutto in bagno"
    ],
    "pt": [
        "Todas as etiquetas das caixas dizem CASA DE BANHO desde manhã, erro LBZ-9/00 na app. Estão a pôr tudo na casa de banho"
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "en": "All labels say BATHROOM - LBZ-9/00",
    "de": "Alle Etiketten zeigen BAD - LBZ-9/00",
    "fr": "Étiquettes bloquées - LBZ-9/00",
    "es": "Etiquetas mal - LBZ-9/00",
    "it": "Etichette sbagliate - LBZ-9/00",
    "pt": "Etiquetas erradas - LBZ-9/00",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "en": [
        "Still LBZ-9/00. Deleted and re-added the room plan on my husband's phone too, every crate still says BATHROOM.",
        "writing again, still all BATHROOM, still LBZ-9/00, we've stopped unloading",
    ],
    "de": [
        "Immer noch LBZ-9/00, auch auf dem Handy meiner Frau. Jede Kiste sagt weiter BAD.",
        "nochmal: weiterhin alles BAD, LBZ-9/00, wir haben aufgehört auszuladen",
    ],
    "fr": ["Toujours LBZ-9/00, même sur le téléphone de ma femme. Tout est encore SALLE DE BAIN."],
    "es": ["Sigue el LBZ-9/00, también en el móvil de mi mujer. Todo sigue poniendo BAÑO."],
    "it": ["Ancora LBZ-9/00, anche sul telefono di mia moglie. Sempre tutto BAGNO."],
    "pt": ["Continua LBZ-9/00, também no telemóvel da minha mulher. Tudo continua CASA DE BANHO."],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "en": "Yes, lid labels are showing the wrong room for many customers right now, our engineers are on it. Sorry for the chaos on your moving day.",
    "de": "Ja, die Deckel-Etiketten zeigen gerade bei vielen Kunden den falschen Raum, unsere Technik ist dran. Entschuldigung für das Chaos am Umzugstag.",
    "fr": "Oui, les étiquettes affichent la mauvaise pièce chez beaucoup de clients, nos équipes sont dessus.",
    "es": "Sí, las etiquetas muestran la habitación equivocada a muchos clientes ahora mismo, el equipo técnico está en ello.",
    "it": "Sì, le etichette mostrano la stanza sbagliata a molti clienti, i tecnici ci stanno lavorando.",
    "pt": "Sim, as etiquetas mostram a divisão errada a muitos clientes, a equipa técnica está a tratar.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "en": (
        "Your lid labels work again",
        "Hello {first},\n\nthe lid labels show the right rooms and contents again since {local} (local time). Today's crate hire is on us, {credit} credit added to your account. We're very sorry.\n\n{agent}, Kistora",
    ),
    "de": (
        "Ihre Etiketten funktionieren wieder",
        "Hallo {first},\n\nseit {local} Uhr zeigen die Etiketten wieder die richtigen Räume und Inhalte. Die heutige Kistenmiete übernehmen wir, {credit} Gutschrift ist in Ihrem Konto. Es tut uns sehr leid.\n\n{agent}, Kistora",
    ),
    "fr": (
        "Vos étiquettes fonctionnent à nouveau",
        "Bonjour {first},\n\nles étiquettes affichent à nouveau les bonnes pièces depuis {local}. La location du jour est offerte, {credit} crédités.\n\n{agent}, Kistora",
    ),
    "es": (
        "Tus etiquetas vuelven a funcionar",
        "Hola {first},\n\nlas etiquetas vuelven a mostrar la habitación correcta desde las {local}. El alquiler de hoy corre de nuestra cuenta, {credit} abonados.\n\n{agent}, Kistora",
    ),
    "it": (
        "Le etichette funzionano di nuovo",
        "Ciao {first},\n\nle etichette mostrano di nuovo la stanza giusta dalle {local}. Il noleggio di oggi lo offriamo noi, {credit} di credito.\n\n{agent}, Kistora",
    ),
    "pt": (
        "As suas etiquetas voltaram a funcionar",
        "Olá {first},\n\nas etiquetas voltaram a mostrar a divisão certa desde as {local}. O aluguer de hoje é por nossa conta, {credit} de crédito.\n\n{agent}, Kistora",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "en": (
        "quick one: last night one lid label showed the wrong room for a second while it synced, then it was fine. will they be ok for the move tomorrow?",
        "Yes, while syncing a label can briefly show its previous text. If it settles on the right room, all is well for tomorrow.",
    ),
    "de": (
        "kurze Frage, gestern Abend hat ein Etikett beim Synchronisieren kurz den falschen Raum gezeigt, danach war alles richtig. Passt das für morgen?",
        "Ja, beim Synchronisieren kann kurz der alte Text erscheinen. Wenn danach der richtige Raum steht, ist alles in Ordnung.",
    ),
}
