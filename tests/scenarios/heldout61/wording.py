# ruff: noqa: E501
"""Wording of heldout61 (Radicora, family history by app and web): households and the spike.

Every sentence was written from a person's story (see the README), in their own words.
Placeholders: {brand} {plus} {first} {last} {agent} {ref} {amt} {comp} {local}.
"""

from __future__ import annotations

BRAND = "Radicora"
PLUS = "Radicora Plus"
COMPETITORS = ("Ahnwerk", "Stirpea")
LANGS = ("de", "it", "fr", "en", "es", "pt")

# (label, price in EUR, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("DNA kit Origins / DNA-Test Herkunft", 69.0, "/kits/origins"),
    ("DNA kit Origins, gift box / DNA-Test Herkunft, Geschenkbox", 74.0, "/kits/gift"),
    ("Record pass 1 month / Archivpass 1 Monat", 19.9, "/records/pass"),
    (
        "Archive scan, parish register page / Archivscan Kirchenbuchseite",
        12.0,
        "/archives/scan-request",
    ),
    ("Archive scan, 3 pages / Archivscan 3 Seiten", 32.0, "/archives/scan-request"),
    ("Research hour with a genealogist / Forschungsstunde", 45.0, "/research/experts"),
    ("Radicora Plus 12 months / Radicora Plus 12 Monate", 89.0, "/plus"),
    ("Family tree book, 40 pages / Stammbaumbuch 40 Seiten", 54.0, "/tree/book"),
]
PAGES = [
    "/records/search",
    "/tree",
    "/kits/origins",
    "/plus",
    "/help/dna-sample",
    "/archives/regions",
    "/research/experts",
    "/dna/matches",
    "/dna/origins-map",
]

FIRST: dict[str, list[str]] = {
    "de": [
        "Sabine",
        "Jürgen",
        "Monika",
        "Uwe",
        "Katrin",
        "Holger",
        "Birgit",
        "Stefan",
        "Anja",
        "Ralf",
        "Heike",
        "Matthias",
        "Claudia",
        "Torsten",
        "Gabi",
        "Dirk",
        "Ines",
        "Frank",
        "Petra",
        "Jens",
        "Ute",
        "Bernd",
        "Silke",
        "Markus",
        "Doris",
        "Thomas",
        "Renate",
        "Volker",
        "Elke",
        "Lars",
        "Karin",
        "Sven",
        "Marion",
        "Andreas",
        "Susanne",
        "Günter",
        "Jana",
        "Tobias",
        "Nicole",
        "Kai",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Alessandro",
        "Paola",
        "Davide",
        "Elena",
        "Stefano",
        "Roberta",
        "Andrea",
        "Silvia",
        "Matteo",
        "Laura",
        "Giorgio",
        "Federica",
        "Simone",
        "Valentina",
        "Paolo",
        "Antonella",
        "Fabio",
        "Cristina",
        "Riccardo",
        "Monica",
        "Massimo",
        "Serena",
        "Claudio",
        "Barbara",
        "Daniele",
        "Rita",
        "Enrico",
        "Manuela",
        "Luigi",
        "Teresa",
        "Gianni",
        "Ilaria",
        "Sergio",
        "Lucia",
        "Nicola",
    ],
    "fr": [
        "Nathalie",
        "Olivier",
        "Sandrine",
        "Philippe",
        "Isabelle",
        "Thierry",
        "Véronique",
        "Laurent",
        "Céline",
        "Pascal",
        "Aurélie",
        "Christophe",
        "Sylvie",
        "Benoît",
        "Hélène",
        "Yannick",
    ],
    "en": [
        "Siobhan",
        "Gareth",
        "Claire",
        "Declan",
        "Fiona",
        "Neil",
        "Aoife",
        "Martin",
        "Karen",
        "Ciaran",
        "Helen",
        "Stuart",
        "Niamh",
        "Graham",
        "Louise",
        "Padraig",
    ],
    "es": [
        "Marisa",
        "Jorge",
        "Pilar",
        "Andrés",
        "Rocío",
        "Iñaki",
        "Nuria",
        "Raúl",
        "Begoña",
        "Óscar",
        "Amparo",
        "Sergio",
        "Lorena",
        "Emilio",
        "Montse",
        "Álvaro",
    ],
    "pt": [
        "Ana",
        "Rui",
        "Catarina",
        "Nuno",
        "Inês",
        "Tiago",
        "Joana",
        "Pedro",
        "Marta",
        "Hugo",
        "Sofia",
        "Bruno",
        "Rita",
        "Vasco",
        "Filipa",
        "Duarte",
    ],
}
LAST: dict[str, list[str]] = {
    "de": [
        "Schäfer",
        "Krüger",
        "Hoffmann",
        "Wagner",
        "Brandt",
        "Kühn",
        "Lehmann",
        "Vogt",
        "Zimmermann",
        "Hartmann",
        "Seidel",
        "Köhler",
        "Engel",
        "Pohl",
        "Arnold",
        "Ziegler",
        "Franke",
        "Böhm",
        "Winkler",
        "Lorenz",
        "Haas",
        "Sommer",
        "Graf",
        "Kraus",
        "Roth",
        "Busch",
        "Jäger",
        "Thiel",
        "Schulte",
        "Bauer",
        "Wendt",
        "Möller",
        "Huber",
        "Gruber",
        "Steiner",
        "Moser",
        "Baumann",
        "Frei",
        "Keller",
        "Meier",
    ],
    "it": [
        "Esposito",
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
        "Vitale",
        "Serra",
        "Coppola",
        "De Santis",
        "Fabbri",
        "Bellini",
        "Pellegrini",
        "Palumbo",
        "Sanna",
        "Farina",
        "Monti",
        "Cattaneo",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Mercier",
        "Dupont",
        "Lambert",
        "Bonnet",
        "Fontaine",
        "Rousseau",
        "Vincent",
        "Chevalier",
        "Gauthier",
        "Perrin",
        "Masson",
        "Renard",
        "Leclerc",
    ],
    "en": [
        "O'Brien",
        "Kelly",
        "Murphy",
        "Walsh",
        "Hughes",
        "Byrne",
        "Doyle",
        "Lynch",
        "Evans",
        "Fletcher",
        "Barker",
        "Holmes",
        "Whitfield",
        "Dunne",
        "Gallagher",
        "Price",
    ],
    "es": [
        "Iglesias",
        "Navarro",
        "Ortega",
        "Castro",
        "Delgado",
        "Vidal",
        "Romero",
        "Herrera",
        "Pascual",
        "Cabrera",
        "Prieto",
        "Soler",
        "Medina",
        "Aguirre",
        "Campos",
        "Crespo",
    ],
    "pt": [
        "Ferreira",
        "Carvalho",
        "Sousa",
        "Pinto",
        "Mendes",
        "Lopes",
        "Teixeira",
        "Moreira",
        "Correia",
        "Ribeiro",
        "Neves",
        "Barros",
        "Antunes",
        "Tavares",
        "Cardoso",
        "Fonseca",
    ],
}
TOWNS: dict[str, list[str]] = {
    "DE": [
        "Kassel",
        "Bielefeld",
        "Würzburg",
        "Oldenburg",
        "Gera",
        "Regensburg",
        "Lübeck",
        "Trier",
        "Paderborn",
        "Görlitz",
    ],
    "AT": ["Graz", "Linz", "Wels", "Villach", "Dornbirn"],
    "CH": ["Luzern", "Lugano", "Biel/Bienne", "Winterthur", "Bellinzona", "Fribourg"],
    "IT": [
        "Potenza",
        "Bergamo",
        "Lecce",
        "Parma",
        "Udine",
        "Cosenza",
        "Perugia",
        "Trento",
        "Sassari",
        "Ancona",
    ],
    "FR": ["Lille", "Nantes", "Besançon", "Limoges", "Rouen"],
    "BE": ["Namur", "Liège", "Charleroi"],
    "LU": ["Esch-sur-Alzette"],
    "UK": ["Leeds", "Swansea", "Carlisle", "Derby"],
    "IE": ["Cork", "Galway", "Sligo"],
    "ES": ["Lugo", "Zaragoza", "Cáceres", "Gijón"],
    "PT": ["Viseu", "Braga", "Aveiro", "Évora"],
}
JOBS: dict[str, list[str]] = {
    "de": [
        "Krankenpflegerin",
        "Lokführer",
        "Steuerberaterin",
        "Rentner",
        "Lehrerin",
        "Elektriker",
        "Bibliothekarin",
        "Busfahrer",
        "Apothekerin",
        "Landwirt",
    ],
    "it": [
        "infermiera",
        "insegnante in pensione",
        "geometra",
        "commessa",
        "ferroviere",
        "impiegata comunale",
        "farmacista",
        "elettricista",
        "avvocata",
        "pensionato",
    ],
    "fr": ["aide-soignante", "professeur d'histoire", "boulanger", "retraitée", "comptable"],
    "en": ["nurse", "retired postman", "teacher", "bus driver", "accountant"],
    "es": ["enfermera", "maestro jubilado", "administrativa", "farmacéutico", "conductor"],
    "pt": ["enfermeira", "professor reformado", "contabilista", "motorista", "farmacêutica"],
}
AGENTS: dict[str, list[str]] = {
    "de": ["Miriam", "Jonas", "Lea", "Felix"],
    "it": ["Sara", "Michele", "Giada", "Tommaso"],
    "fr": ["Camille", "Julien"],
    "en": ["Rachel", "Owen"],
    "es": ["Lucía", "Pablo"],
    "pt": ["Beatriz", "Miguel"],
}

# ---------------------------------------------------------------- happy acts

PRAISE: dict[str, list[str]] = {
    "de": [
        "Ich hab endlich den Auswanderungseintrag von meinem Urgroßvater gefunden, Bremerhaven 1891, Schiff nach New York. Gänsehaut pur. Danke {brand}!",
        "DNA-Ergebnis ist da und ich hab eine Cousine 2. Grades in Wisconsin. Wir schreiben uns jetzt jeden Tag 😊",
        "Der Archivscan vom Taufbuch 1823 kam nach zwei Tagen, gestochen scharf. Meine Oma hätte sich so gefreut.",
        "Kurzes Lob an {brand}: die Frau vom Forschungsteam hat mir die alte Kurrentschrift im Kirchenbuch Zeile für Zeile erklärt, ganz geduldig. Top!",
        "Stammbaum jetzt bei 412 Personen 🌳 und die Hinweise von {brand} waren fast alle richtig.",
        "Wir haben am Sonntag mit der ganzen Familie vor dem Stammbaum gesessen, mein Vater wusste zu jedem zweiten Namen eine Geschichte. Schönster Nachmittag seit langem.",
    ],
    "it": [
        "Ho trovato l'atto di nascita del mio bisnonno a Potenza, 1887! Grazie {brand}, mia madre si è messa a piangere",
        "Risultati DNA arrivati in 3 settimane e c'è pure un cugino in Argentina che non sapevamo di avere. Bellissimo",
        "La scansione del registro parrocchiale è arrivata in due giorni, leggibilissima. {brand} promosso a pieni voti",
        "Volevo solo dire che la ricercatrice di {brand} mi ha aiutato a leggere un atto in latino, gentilissima e paziente 🙏",
        "Albero genealogico a 9 generazioni!! I suggerimenti di {brand} sono stati quasi tutti giusti",
        "Domenica a pranzo ho mostrato l'albero a tutta la famiglia, la nonna ha riconosciuto la firma di suo padre sull'atto di matrimonio. Che emozione",
    ],
    "fr": [
        "J'ai retrouvé l'acte de mariage de mes arrière-grands-parents à Lille, 1902. Merci {brand} !",
        "Résultats ADN reçus, et une cousine au Québec m'a écrit le soir même. Trop émue",
        "Le scan du registre paroissial est arrivé en deux jours, parfaitement lisible. Bravo {brand}",
    ],
    "en": [
        "Found my great-great-grandad on a ship list from Cobh to Boston, 1879. Honestly didn't expect that. Cheers {brand}",
        "DNA results in and I've got a second cousin in Melbourne who has all the old photos. Brilliant",
        "The parish register scan came in two days and you can read every word. Mum's framing it",
    ],
    "es": [
        "He encontrado la partida de bautismo de mi bisabuela en Lugo, 1896. Gracias {brand}, qué ilusión",
        "Resultados del ADN en tres semanas y un primo en Buenos Aires que no conocíamos. Genial",
        "El escaneo del libro parroquial llegó en dos días y se lee todo. Muy bien {brand}",
    ],
    "pt": [
        "Encontrei o registo de batismo do meu bisavô em Viseu, 1889! Obrigada {brand}",
        "Os resultados do ADN chegaram e tenho uma prima no Brasil que nem sabia que existia. Adorei",
        "O scan do livro da paróquia chegou em dois dias, lê-se tudo. Muito bom {brand}",
    ],
}
AGAIN: dict[str, list[str]] = {
    "de": [
        "Schon wieder ein Treffer im Kirchenbuch, das dritte Mal diese Woche. {brand} macht süchtig 😅",
        "Zweites Kit für meinen Vater bestellt, wieder lief alles reibungslos.",
        "Immer noch begeistert, jetzt auch der Zweig von Mamas Seite bis 1740 zurück.",
    ],
    "it": [
        "Terza scansione d'archivio quest'anno, sempre puntuale e nitida. Ancora brava {brand}",
        "Ancora una volta il supporto mi ha risposto in mezz'ora. Non è da tutti",
        "Di nuovo un indizio giusto, il terzo questa settimana, sto diventando dipendente 😅",
    ],
    "fr": ["Encore une fois une réponse du support en moins d'une heure. Toujours au top"],
    "en": ["Third scan request this year and again it came in two days. Still impressed"],
    "es": ["Otra vez un acierto con las pistas del árbol, ya van tres esta semana"],
    "pt": ["Mais uma vez o apoio respondeu em meia hora. Continuo impressionada"],
}
GRIPE: dict[str, list[str]] = {
    "de": [
        "Super Ergebnisse, nur die Herkunftskarte ist auf dem Handy echt winzig. Sonst alles prima.",
        "Sehr hilfreicher Archivdienst, nur der Deckel vom Probenröhrchen geht schwer zu. Trotzdem gerne wieder.",
    ],
    "it": [
        "Tutto ottimo, solo che la provetta per la saliva si chiude a fatica. Per il resto consigliatissimo",
        "Servizio bello, peccato che le notifiche dei nuovi suggerimenti arrivino a volte in inglese. Ma i risultati sono ottimi",
    ],
    "fr": ["Très bien, juste dommage que l'arbre imprimé coupe les prénoms longs. Sinon parfait"],
    "en": ["Really good, only gripe is the saliva tube lid is a pain to close. Otherwise spot on"],
    "es": [
        "Muy bien todo, solo que la app tarda en cargar el árbol cuando es grande. Por lo demás, encantada"
    ],
    "pt": ["Tudo ótimo, só o mapa das origens é pequeno no telemóvel. De resto, recomendo"],
}
# (question, agent's answer)
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, wie lange dauert das Labor ungefähr, wenn ich das Röhrchen morgen abschicke?",
            "Hallo {first}, nach Eingang im Labor sind es meist 3 bis 5 Wochen. Sie bekommen eine Mail, sobald die Ergebnisse da sind. Viele Grüße, {agent}",
        ),
        (
            "Kann ich meinem Bruder Zugriff auf den Stammbaum geben, ohne dass er Plus braucht?",
            "Ja, unter Stammbaum > Teilen können Sie ihn als Betrachter einladen, dafür braucht er kein Plus. Grüße, {agent}",
        ),
        (
            "Habt ihr die Kirchenbücher aus Ostpreußen auch oder nur Westfalen?",
            "Teilweise: einige Kirchspiele aus Ostpreußen sind als Scans da, die Liste steht unter Archive > Regionen. LG {agent}",
        ),
        (
            "Darf ich das Kit auch verschenken, wenn die Person in Österreich wohnt?",
            "Ja klar, das Kit kann in ganz Europa eingeschickt werden, das Rücksendeetikett ist dabei. Viele Grüße, {agent}",
        ),
    ],
    "it": [
        (
            "Ciao, quanto ci mette il laboratorio se spedisco il kit domani?",
            "Ciao {first}, di solito 3-5 settimane dall'arrivo in laboratorio, ti arriva una mail appena sono pronti. {agent}",
        ),
        (
            "Posso condividere l'albero con mia sorella senza che paghi Plus?",
            "Sì, da Albero > Condividi puoi invitarla come lettrice, è gratis. {agent}",
        ),
        (
            "Avete anche i registri dello stato civile della Calabria o solo quelli parrocchiali?",
            "Abbiamo gran parte dello stato civile calabrese dal 1809, lo trovi da Archivi > Regioni. Buone ricerche! {agent}",
        ),
        (
            "Se regalo il kit a mio padre che vive a Lugano, lo può spedire dalla Svizzera?",
            "Certo, il kit si può rispedire da tutta Europa, l'etichetta di reso è inclusa. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, combien de temps pour les résultats si j'envoie le kit demain ?",
            "Bonjour {first}, comptez 3 à 5 semaines après réception au labo, vous recevrez un mail. {agent}",
        ),
        (
            "Est-ce que ma sœur peut voir l'arbre sans payer Plus ?",
            "Oui, invitez-la depuis Arbre > Partager comme lectrice, c'est gratuit. {agent}",
        ),
    ],
    "en": [
        (
            "Hi, how long does the lab take once I post the kit?",
            "Hi {first}, usually 3 to 5 weeks from when it reaches the lab, you'll get an email. {agent}",
        ),
        (
            "Can my mum see my tree without paying for Plus?",
            "Yes, invite her under Tree > Share as a viewer, that's free. {agent}",
        ),
    ],
    "es": [
        (
            "Hola, ¿cuánto tarda el laboratorio si envío el kit mañana?",
            "Hola {first}, entre 3 y 5 semanas desde que llega al laboratorio, te avisamos por correo. {agent}",
        ),
        (
            "¿Mi hermano puede ver el árbol sin pagar Plus?",
            "Sí, invítalo desde Árbol > Compartir como lector, es gratis. {agent}",
        ),
    ],
    "pt": [
        (
            "Olá, quanto tempo demora o laboratório depois de enviar o kit?",
            "Olá {first}, entre 3 e 5 semanas após chegar ao laboratório, enviamos um email. {agent}",
        ),
        (
            "A minha irmã pode ver a árvore sem pagar o Plus?",
            "Sim, convide-a em Árvore > Partilhar como leitora, é grátis. {agent}",
        ),
    ],
}
QUESTION_SUBJECT: dict[str, str] = {
    "de": "Frage",
    "it": "Domanda",
    "fr": "Question",
    "en": "Quick question",
    "es": "Pregunta",
    "pt": "Pergunta",
}
THANKS: dict[str, list[str]] = {
    "de": ["Danke!", "Super, danke euch", "Perfekt, vielen Dank 👍", "ok danke"],
    "it": ["Grazie mille!", "Perfetto grazie", "Gentilissimi, grazie 🙏", "ok grz"],
    "fr": ["Merci beaucoup !", "Super merci"],
    "en": ["Brilliant, thanks!", "cheers"],
    "es": ["¡Gracias!", "Genial, gracias"],
    "pt": ["Muito obrigada!", "obg"],
}
# (speech-to-text call, agent's follow-up e-mail)
CALLS: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "ja hallo hier ist {first} {last} ich wollte fragen ob ich das Röhrchen auch am Samstag noch in den Briefkasten werfen kann oder ob das dann zu lange liegt",
            "Hallo {first},\n\nwie am Telefon besprochen: Sie können das Röhrchen auch am Samstag einwerfen, die Probe ist mit der Flüssigkeit vier Wochen haltbar.\n\nViele Grüße\n{agent}",
        ),
        (
            "guten Tag {last} mein Name ich hab das Kit für meinen Vater gekauft und der hat kein Handy wie macht der denn dann das Konto",
            "Hallo {first},\n\nwie besprochen: Sie können das Kit in Ihrem Konto für Ihren Vater aktivieren und ihm die Ergebnisse später übertragen.\n\nViele Grüße\n{agent}",
        ),
        (
            "hallo {first} {last} hier kurze Frage meine Oma hat noch das Familienstammbuch von 1938 kann ich das bei euch einscannen lassen oder muss ich das selber machen",
            "Hallo {first},\n\nwie am Telefon gesagt: Familienstammbücher scannen Sie am besten selbst mit der App-Kamera ein, das Original bleibt bei Ihnen. Eine Anleitung finden Sie unter Hilfe > Dokumente.\n\nViele Grüße\n{agent}",
        ),
    ],
    "it": [
        (
            "sì buongiorno sono {first} {last} volevo sapere se il kit lo posso spedire anche dall'estero perché sono in Svizzera fino a fine mese",
            "Buongiorno {first},\n\ncome detto al telefono: il kit si può spedire anche dalla Svizzera, l'etichetta di reso vale in tutta Europa.\n\nCordiali saluti\n{agent}",
        ),
        (
            "buongiorno sono {first} {last} una domanda veloce ho trovato il certificato di matrimonio dei nonni del 1921 ma la data è scritta a mano e non si capisce se è il 7 o il 1 come faccio a indicarlo nell'albero",
            "Buongiorno {first},\n\ncome detto al telefono: nell'albero può inserire la data come incerta (Modifica > Data > circa) e aggiungere una nota con la foto del certificato.\n\nCordiali saluti\n{agent}",
        ),
        (
            "pronto buonasera chiamo per chiedere se si può regalare l'abbonamento Plus a mia zia che compie ottant'anni e non ha la mail",
            "Buonasera {first},\n\ncome concordato: può regalare Plus con un codice stampabile, la zia lo attiva anche senza mail con il suo aiuto.\n\nCordiali saluti\n{agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour c'est {first} {last} je voulais savoir si je peux offrir un kit à ma mère sans qu'elle ait de compte",
            "Bonjour {first},\n\ncomme convenu au téléphone : vous pouvez activer le kit de votre mère dans votre compte et lui transférer les résultats ensuite.\n\nBien à vous\n{agent}",
        )
    ],
    "en": [
        (
            "hi yeah it's {first} {last} just wondering if i can post the kit back from abroad we're in spain till the end of the month",
            "Hi {first},\n\nas discussed on the phone: you can post the kit back from anywhere in Europe, the return label covers it.\n\nBest wishes\n{agent}",
        )
    ],
    "es": [
        (
            "hola buenas soy {first} {last} quería saber si puedo regalar el kit a mi padre que no tiene correo electrónico",
            "Hola {first},\n\ncomo hablamos por teléfono: puedes activar el kit de tu padre en tu cuenta y pasarle los resultados después.\n\nUn saludo\n{agent}",
        )
    ],
    "pt": [
        (
            "olá boa tarde é a {first} {last} queria saber se posso oferecer o kit à minha mãe sem ela ter conta",
            "Olá {first},\n\ncomo falámos ao telefone: pode ativar o kit da sua mãe na sua conta e passar-lhe os resultados depois.\n\nCumprimentos\n{agent}",
        )
    ],
}
CALL_SUBJECT: dict[str, str] = {
    "de": "Ihr Anruf bei {brand}",
    "it": "La sua chiamata a {brand}",
    "fr": "Votre appel à {brand}",
    "en": "Your call to {brand}",
    "es": "Tu llamada a {brand}",
    "pt": "A sua chamada para a {brand}",
}
REVIEWS: dict[str, list[tuple[int, str]]] = {
    "de": [
        (5, "Schnelle Auswertung, verständlich erklärt. Fünf Sterne."),
        (4, "Archivscans klasse, die App ist manchmal langsam, deshalb vier."),
        (5, "Hab meine Wurzeln in der Pfalz gefunden. Gerne wieder."),
    ],
    "it": [
        (5, "Risultati chiari e veloci, consigliato."),
        (4, "Ottime scansioni, app un po' lenta. Quattro stelle."),
        (5, "Ho ritrovato i parenti in Molise, grazie!"),
    ],
    "fr": [(5, "Rapide et clair, je recommande.")],
    "en": [(5, "Quick, clear and the scans are great.")],
    "es": [(5, "Rápido y claro, lo recomiendo.")],
    "pt": [(5, "Rápido e claro, recomendo.")],
}
SURVEY_HAPPY: dict[str, list[str]] = {
    "de": ["Alles top", "", "👍", "Sehr gut", "immer gern"],
    "it": ["Tutto perfetto", "", "👍", "Bravi", "ottimo"],
    "fr": ["Parfait", "", "👍"],
    "en": ["Great", "", "👍"],
    "es": ["Todo genial", "", "👍"],
    "pt": ["Tudo ótimo", "", "👍"],
}
SURVEY_LOW: dict[str, list[str]] = {
    "de": ["Schlecht.", "", "Enttäuschend", "nie wieder so"],
    "it": ["Pessimo.", "", "Deludente", "male"],
    "fr": ["Déçue.", ""],
    "en": ["Poor.", ""],
    "es": ["Mal.", ""],
    "pt": ["Mau.", ""],
}
NIGHT_POSTS: dict[str, list[str]] = {
    "de": [
        "Halb drei und ich sitz immer noch vor dem Taufbuch von 1791. Ich glaub, ich hab den Johann endlich 🕯️",
        "Nachtschicht vorbei, zum Runterkommen noch ein paar Hinweise im Stammbaum abgearbeitet. {brand} ist mein Feierabendbier",
        "Kann nicht schlafen, also hab ich die Geschwister meiner Urgroßmutter eingetragen. Elf Kinder!!",
    ],
    "it": [
        "Sono le due e ho appena scoperto che la bisnonna aveva una gemella. Domani chiamo mia madre 😮",
        "Fine turno in ospedale, due suggerimenti nuovi su {brand} prima di dormire. Il mio modo di staccare",
        "Insonnia, quindi ho sistemato tutti i fratelli del nonno nell'albero. Nove!",
    ],
    "fr": [
        "Trois heures du matin et je viens de trouver le frère caché de mon arrière-grand-père. Dodo impossible"
    ],
    "en": ["2am and I've just found out my great-gran had a twin. Not sleeping now"],
    "es": [
        "Las tres de la mañana y acabo de encontrar al hermano de mi bisabuelo que emigró a Cuba. Imposible dormir"
    ],
    "pt": [
        "Três da manhã e acabei de descobrir que a minha bisavó tinha uma irmã gémea. Já não durmo"
    ],
}
NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kurze Frage so spät noch: gilt der Rabatt fürs zweite Kit auch morgen noch?",
            "Guten Abend, ja, das Angebot läuft bis Sonntag 23:59. Gute Nacht! {agent}",
        ),
        (
            "Wenn ich eine Person im Stammbaum umbenenne, gehen dann die Hinweise verloren?",
            "Nein, die Hinweise bleiben an der Person hängen, egal wie sie heißt. {agent}",
        ),
    ],
    "it": [
        (
            "Scusate l'ora, ma se cambio il nome di una persona nell'albero si perdono i suggerimenti collegati?",
            "Buonasera, no, i suggerimenti restano collegati alla persona. {agent}",
        ),
        (
            "Lo sconto sul secondo kit vale anche domani?",
            "Sì, l'offerta dura fino a domenica alle 23:59. Buona notte! {agent}",
        ),
    ],
    "fr": [
        (
            "Désolée pour l'heure, est-ce que la remise sur le deuxième kit vaut encore demain ?",
            "Bonsoir, oui, jusqu'à dimanche 23h59. {agent}",
        )
    ],
    "en": [
        (
            "Bit late sorry, is the second kit discount still on tomorrow?",
            "Hi, yes it runs until Sunday 23:59. {agent}",
        )
    ],
    "es": [
        (
            "Perdón por la hora, ¿el descuento del segundo kit sigue mañana?",
            "Hola, sí, hasta el domingo a las 23:59. {agent}",
        )
    ],
    "pt": [
        (
            "Desculpem a hora, o desconto no segundo kit ainda vale amanhã?",
            "Olá, sim, até domingo às 23:59. {agent}",
        )
    ],
}

# ---------------------------------------------------------------- trouble

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
PROBLEM_EUR: dict[str, float] = {
    "no_show": 69,
    "double_charge": 89,
    "damage": 69,
    "refund": 32,
    "wrong_price": 69,
    "cancel_fee": 25,
}
CORE: dict[str, dict[str, list[str]]] = {
    "de": {
        "no_show": [
            "Laut Sendungsverfolgung wurde mein DNA-Kit am Dienstag zugestellt. Hier ist nichts angekommen, nicht im Briefkasten und nicht beim Nachbarn.",
            "Das Kit für meine Mutter steht seit Montag auf GELIEFERT, angekommen ist nie was. {amt} bezahlt für nichts.",
        ],
        "double_charge": [
            "Die Plus-Verlängerung wurde ZWEIMAL abgebucht, {amt} und nochmal {amt}, am selben Tag.",
            "Mir wurden für Plus zwei Mal {amt} vom Konto gezogen, jetzt ist mein Dispo überzogen.",
        ],
        "damage": [
            "Im Kit war das Röhrchen mit der Flüssigkeit gebrochen, alles ausgelaufen, der Karton war nass. So kann ich keine Probe abgeben.",
            "Das Kit kam mit zerbrochenem Röhrchen an, die Stabilisierungsflüssigkeit überall in der Tüte.",
        ],
        "refund": [
            "Ich hab vor drei Wochen einen Archivscan storniert und die {amt} sind immer noch nicht zurück.",
            "Seit DREI Wochen warte ich auf die Erstattung von {amt} für den stornierten Scanauftrag.",
        ],
        "wrong_price": [
            "Ich bin Plus-Mitglied und hab für das zweite Kit trotzdem den vollen Preis bezahlt, {amt} statt Mitgliederpreis.",
            "Obwohl ich Plus habe, wurden mir für das Kit {amt} berechnet, der normale Preis. Wofür zahl ich dann Plus?",
        ],
        "cancel_fee": [
            "Ich hab die Forschungsstunde fünf Tage vorher abgesagt und trotzdem {amt} Stornogebühr bezahlt.",
            "{amt} Stornogebühr für eine Forschungsstunde, die ich eine Woche vorher abgesagt habe? Ernsthaft?",
        ],
    },
    "it": {
        "no_show": [
            "Il tracciamento dice che il kit DNA è stato CONSEGNATO martedì. Qui non è arrivato niente, né in cassetta né dal vicino.",
            "Il kit per mio padre risulta consegnato da lunedì ma non l'abbiamo mai visto. {amt} pagati per niente.",
        ],
        "double_charge": [
            "Mi avete addebitato il rinnovo Plus DUE volte, {amt} e altri {amt} lo stesso giorno.",
            "Doppio addebito di {amt} per Plus, adesso il conto è in rosso.",
        ],
        "damage": [
            "Nel kit la provetta con il liquido era rotta, tutto versato e scatola bagnata. Così non posso fare il campione.",
            "Il kit è arrivato con la provetta spaccata, il liquido stabilizzante dappertutto nella busta.",
        ],
        "refund": [
            "Ho annullato una scansione d'archivio tre settimane fa e i {amt} non sono ancora tornati.",
            "Aspetto da TRE settimane il rimborso di {amt} per una richiesta di scansione annullata.",
        ],
        "wrong_price": [
            "Sono socia Plus e per il secondo kit mi avete fatto pagare il prezzo pieno, {amt}, non quello da socio.",
            "Ho Plus eppure il kit me l'avete fatto pagare {amt}, prezzo normale. Allora a cosa serve Plus?",
        ],
        "cancel_fee": [
            "Ho disdetto l'ora con la ricercatrice cinque giorni prima e mi avete comunque preso {amt} di penale.",
            "{amt} di penale per un appuntamento con il genealogista disdetto una settimana prima? Sul serio?",
        ],
    },
    "fr": {
        "no_show": [
            "Le suivi dit que mon kit ADN a été LIVRÉ mardi. Rien reçu, ni dans la boîte ni chez le voisin."
        ],
        "double_charge": [
            "Vous m'avez prélevé le renouvellement Plus DEUX fois, {amt} et encore {amt} le même jour."
        ],
        "damage": [
            "Dans le kit le tube de liquide était cassé, tout a coulé. Impossible de faire le prélèvement."
        ],
        "refund": [
            "J'ai annulé une demande de scan il y a trois semaines et les {amt} ne sont toujours pas remboursés."
        ],
        "wrong_price": ["Je suis membre Plus et j'ai payé le deuxième kit au prix plein, {amt}."],
        "cancel_fee": [
            "J'ai annulé l'heure avec la généalogiste cinq jours avant et j'ai quand même payé {amt} de frais."
        ],
    },
    "en": {
        "no_show": [
            "Tracking says my DNA kit was DELIVERED on Tuesday. Nothing here, not in the letterbox, not with the neighbours."
        ],
        "double_charge": [
            "You've taken the Plus renewal TWICE, {amt} and another {amt} on the same day."
        ],
        "damage": [
            "The tube with the liquid was smashed in the kit, it's leaked everywhere. Can't do the sample like this."
        ],
        "refund": [
            "I cancelled a scan request three weeks ago and I still haven't got the {amt} back."
        ],
        "wrong_price": [
            "I'm a Plus member and I was charged full price for the second kit, {amt}."
        ],
        "cancel_fee": [
            "I cancelled the research hour five days ahead and still got charged a {amt} cancellation fee."
        ],
    },
    "es": {
        "no_show": [
            "El seguimiento dice que mi kit de ADN se ENTREGÓ el martes. Aquí no ha llegado nada, ni al buzón ni al vecino."
        ],
        "double_charge": [
            "Me habéis cobrado la renovación de Plus DOS veces, {amt} y otros {amt} el mismo día."
        ],
        "damage": [
            "En el kit el tubo del líquido venía roto, todo derramado. Así no puedo hacer la muestra."
        ],
        "refund": [
            "Cancelé un escaneo de archivo hace tres semanas y los {amt} siguen sin devolverse."
        ],
        "wrong_price": [
            "Soy socia Plus y me habéis cobrado el segundo kit a precio normal, {amt}."
        ],
        "cancel_fee": [
            "Anulé la hora con la genealogista cinco días antes y aun así me cobrasteis {amt} de penalización."
        ],
    },
    "pt": {
        "no_show": [
            "O seguimento diz que o meu kit de ADN foi ENTREGUE na terça. Aqui não chegou nada, nem na caixa nem no vizinho."
        ],
        "double_charge": [
            "Cobraram-me a renovação do Plus DUAS vezes, {amt} e mais {amt} no mesmo dia."
        ],
        "damage": [
            "No kit o tubo do líquido vinha partido, entornou tudo. Assim não consigo fazer a amostra."
        ],
        "refund": [
            "Cancelei um pedido de scan há três semanas e os {amt} ainda não foram devolvidos."
        ],
        "wrong_price": ["Sou sócia Plus e cobraram-me o segundo kit a preço normal, {amt}."],
        "cancel_fee": [
            "Cancelei a hora com a genealogista cinco dias antes e mesmo assim cobraram-me {amt} de taxa."
        ],
    },
}
TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "Kit nie angekommen",
        "double_charge": "doppelte Abbuchung",
        "damage": "Kit kaputt angekommen",
        "refund": "Erstattung fehlt",
        "wrong_price": "falscher Preis trotz Plus",
        "cancel_fee": "Stornogebühr",
    },
    "it": {
        "no_show": "kit mai arrivato",
        "double_charge": "doppio addebito",
        "damage": "kit arrivato rotto",
        "refund": "rimborso mancante",
        "wrong_price": "prezzo sbagliato con Plus",
        "cancel_fee": "penale di disdetta",
    },
    "fr": {
        "no_show": "kit jamais reçu",
        "double_charge": "double prélèvement",
        "damage": "kit cassé",
        "refund": "remboursement",
        "wrong_price": "mauvais prix Plus",
        "cancel_fee": "frais d'annulation",
    },
    "en": {
        "no_show": "kit never arrived",
        "double_charge": "charged twice",
        "damage": "kit arrived broken",
        "refund": "refund missing",
        "wrong_price": "wrong price for Plus",
        "cancel_fee": "cancellation fee",
    },
    "es": {
        "no_show": "kit nunca llegó",
        "double_charge": "cobro doble",
        "damage": "kit roto",
        "refund": "reembolso",
        "wrong_price": "precio de socio",
        "cancel_fee": "penalización",
    },
    "pt": {
        "no_show": "kit nunca chegou",
        "double_charge": "cobrança dupla",
        "damage": "kit partido",
        "refund": "reembolso",
        "wrong_price": "preço de sócio",
        "cancel_fee": "taxa de cancelamento",
    },
}
COMPLAINT_SUBJECT: dict[str, str] = {
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "fr": "Réclamation : ",
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "pt": "Reclamação: ",
}
ANGRY: dict[str, list[str]] = {
    "de": [
        "Das ist echt unmöglich.",
        "JETZT REICHTS mir wirklich.",
        "Ich erwarte, dass das sofort geklärt wird.",
        "Was ist bei euch los??",
    ],
    "it": [
        "Ma vi sembra normale?",
        "SONO STUFA.",
        "Pretendo una risposta oggi.",
        "Ma che servizio è?",
    ],
    "fr": ["C'est inadmissible.", "J'attends une réponse rapide."],
    "en": ["Not good enough.", "Sort it out PLEASE."],
    "es": ["YA ESTÁ BIEN.", "Espero una solución hoy."],
    "pt": ["Isto não se faz.", "Quero uma resposta hoje."],
}
GREETING: dict[str, list[str]] = {
    "de": ["Hallo,", "Guten Tag,", "Hallo {brand},"],
    "it": ["Buongiorno,", "Salve,", "Gentile {brand},"],
    "fr": ["Bonjour,"],
    "en": ["Hi,", "Hello,"],
    "es": ["Hola,"],
    "pt": ["Olá,", "Bom dia,"],
}
FORM_END: dict[str, str] = {
    "de": "Bitte um Rückmeldung.",
    "it": "Attendo un riscontro.",
    "fr": "Merci de me répondre.",
    "en": "Please get back to me.",
    "es": "Espero respuesta.",
    "pt": "Aguardo resposta.",
}
CALL_OPEN: dict[str, list[str]] = {
    "de": ["ja hallo {first} {last} hier ich ruf an weil", "guten Tag mein Name ist {last} also"],
    "it": ["sì pronto sono {first} {last} chiamo perché", "buongiorno sono {last} allora"],
    "fr": ["oui bonjour {first} {last} j'appelle parce que"],
    "en": ["hi it's {first} {last} i'm ringing because"],
    "es": ["hola buenas soy {first} {last} llamo porque"],
    "pt": ["olá boa tarde fala {first} {last} estou a ligar porque"],
}
CALL_CLOSE: dict[str, str] = {
    "de": "und das kann doch nicht sein",
    "it": "e non è possibile",
    "fr": "et c'est pas normal",
    "en": "and it's just not on",
    "es": "y esto no puede ser",
    "pt": "e isto não pode ser",
}
# long e-mails: the complaint inside a letter ({core} and {angry} inside)
LONG_LETTERS: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Aufenthaltsraum der Reha-Klinik, in der mein Mann nach seiner Knie-OP liegt, verzeihen Sie also, wenn das etwas durcheinander ist. Er wünscht sich seit Jahren zu wissen, woher sein Großvater aus Schlesien kam, und ich wollte ihm die Ergebnisse zur Entlassung schenken. Die ersten Wochen mit {brand} waren wirklich schön, ich habe Kirchenbücher gefunden, von denen ich nicht wusste, dass es sie gibt, und abends habe ich ihm am Telefon vorgelesen, wer wen geheiratet hat.\n\n{core} {angry}\n\nIch habe zweimal Ihre Hotline versucht, während die Schwester meinem Mann die Spritze gibt, und jedes Mal hing ich zwanzig Minuten in der Warteschleife. Ich bitte Sie, sich das anzusehen und mir schriftlich zu antworten, die Entlassung ist in zehn Tagen.\n\nMit freundlichen Grüßen\n{first} {last}",
        "Hallo liebes {brand}-Team,\n\nich sitze gerade im Auto vor der Musikschule meiner Tochter, die Cellostunde dauert noch vierzig Minuten, also nutze ich die Zeit. Wir räumen seit Wochen das Haus meiner verstorbenen Tante aus, und zwischen Fotoalben, Feldpostbriefen und einer Kiste mit Ahnenpässen kam die Idee, die Familie endlich ordentlich aufzuschreiben. Ich habe deshalb einiges bei Ihnen bestellt und bisher hat das auch gut geklappt, mein Bruder und ich telefonieren jetzt öfter als in den letzten zehn Jahren.\n\nAber: {core} {angry}\n\nIch habe keine Lust, am Wochenende zwischen Entrümpelung und Sperrmüll noch hinter so etwas herzutelefonieren. Bitte melden Sie sich per Mail.\n\nGrüße\n{first} {last}",
    ],
    "it": [
        "Gentili signori,\n\nvi scrivo dal bar sotto l'ospedale dove mia madre fa la dialisi tre volte a settimana, quindi ho un'ora e mezza e un cappuccino davanti. Ho cominciato con {brand} proprio per lei: le ho promesso di trovare il paese da cui partì suo nonno per l'America e, devo dire, all'inizio è stato bellissimo, ogni martedì le portavo una scoperta nuova da leggere durante la seduta.\n\n{core} {angry}\n\nHo provato a chiamare ma con l'orario dell'ospedale è impossibile restare venti minuti in attesa. Vi chiedo di rispondermi per iscritto e di sistemare la cosa, perché mi dispiacerebbe davvero dover smettere proprio adesso.\n\nDistinti saluti\n{first} {last}",
        "Buongiorno,\n\nsono una maestra in pensione e da quando ho smesso di insegnare passo le mattine a ricostruire la famiglia di mio marito, che era di Sassari e di cui sapevamo pochissimo. Vi scrivo dalla sala d'attesa del commercialista, dove come ogni anno aspetto da tre quarti d'ora. Fino a poco tempo fa non avevo niente da dire su {brand}, anzi ne ho parlato bene a tutte le amiche del corso di ricamo.\n\nPerò adesso: {core} {angry}\n\nNon ho la pazienza per i moduli online, quindi scrivo qui e aspetto una risposta seria.\n\nCordialmente\n{first} {last}",
    ],
}
# agents
CASE_OPENED: dict[str, tuple[str, str]] = {
    "de": (
        "AW: Vorgang {ref}",
        "Hallo {first},\n\ndas tut uns leid. Wir haben dazu den Vorgang {ref} angelegt und melden uns innerhalb von 48 Stunden.\n\nViele Grüße\n{agent}\n{brand} Kundenservice",
    ),
    "it": (
        "R: Pratica {ref}",
        "Gentile {first},\n\nci dispiace molto. Abbiamo aperto la pratica {ref} e la ricontatteremo entro 48 ore.\n\nCordiali saluti\n{agent}\nServizio clienti {brand}",
    ),
    "fr": (
        "RE : Dossier {ref}",
        "Bonjour {first},\n\nnous sommes désolés. Nous avons ouvert le dossier {ref} et revenons vers vous sous 48 heures.\n\nBien cordialement\n{agent}",
    ),
    "en": (
        "Re: Your case {ref}",
        "Hi {first},\n\nsorry about this. We've opened case {ref} and will get back to you within 48 hours.\n\nKind regards\n{agent}",
    ),
    "es": (
        "RE: Incidencia {ref}",
        "Hola {first},\n\nlo sentimos mucho. Hemos abierto la incidencia {ref} y te respondemos en 48 horas.\n\nUn saludo\n{agent}",
    ),
    "pt": (
        "RE: Pedido {ref}",
        "Olá {first},\n\nlamentamos. Abrimos o pedido {ref} e respondemos em 48 horas.\n\nCumprimentos\n{agent}",
    ),
}
CHAT_CASE: dict[str, str] = {
    "de": "Das tut mir leid, {first}. Ich habe den Vorgang {ref} angelegt, das Team meldet sich per Mail.",
    "it": "Mi dispiace, {first}. Ho aperto la pratica {ref}, il team le scrive via mail.",
    "fr": "Désolée, {first}. J'ai ouvert le dossier {ref}, l'équipe vous écrit par mail.",
    "en": "Sorry about that, {first}. I've opened case {ref}, the team will email you.",
    "es": "Lo siento, {first}. He abierto la incidencia {ref}, el equipo te escribe por correo.",
    "pt": "Lamento, {first}. Abri o pedido {ref}, a equipa vai escrever-lhe por email.",
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "de": (
        "Gute Nachricht zu {ref}",
        "Hallo {first},\n\ngute Nachricht zu Vorgang {ref}: das ist erledigt, Erstattung bzw. Ersatz sind veranlasst. Können Sie uns kurz bestätigen, dass alles passt?\n\nViele Grüße\n{agent}",
    ),
    "it": (
        "Buone notizie sulla pratica {ref}",
        "Gentile {first},\n\nbuone notizie sulla pratica {ref}: è risolta, rimborso o sostituzione sono partiti. Può confermarci che è tutto a posto?\n\nCordiali saluti\n{agent}",
    ),
    "fr": (
        "Bonne nouvelle : dossier {ref}",
        "Bonjour {first},\n\nbonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous nous confirmer que tout est en ordre ?\n\n{agent}",
    ),
    "en": (
        "Good news on {ref}",
        "Hi {first},\n\ngood news on case {ref}: it's sorted, the refund or replacement is on its way. Could you confirm all is well?\n\n{agent}",
    ),
    "es": (
        "Buenas noticias: {ref}",
        "Hola {first},\n\nbuenas noticias sobre la incidencia {ref}: está resuelta. ¿Nos confirmas que todo está bien?\n\n{agent}",
    ),
    "pt": (
        "Boas notícias: {ref}",
        "Olá {first},\n\nboas notícias sobre o pedido {ref}: está resolvido. Pode confirmar que está tudo bem?\n\n{agent}",
    ),
}
QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "de": (
        "AW: Vorgang {ref}",
        "Hallo {first},\n\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n\nViele Grüße\n{agent}",
    ),
    "it": (
        "R: Pratica {ref}",
        "Gentile {first},\n\nla sua pratica {ref} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\n\nCordiali saluti\n{agent}",
    ),
    "fr": (
        "RE : Dossier {ref}",
        "Bonjour {first},\n\nvotre dossier {ref} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi midi.\n\n{agent}",
    ),
    "en": (
        "Re: Your case {ref}",
        "Hi {first},\n\nyour case {ref} is now with our quality lead, who will ring you before Friday lunchtime.\n\n{agent}",
    ),
    "es": (
        "RE: Incidencia {ref}",
        "Hola {first},\n\ntu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\n{agent}",
    ),
    "pt": (
        "RE: Pedido {ref}",
        "Olá {first},\n\no seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço.\n\n{agent}",
    ),
}
CHAT_URGENT: dict[str, str] = {
    "de": "Ich habe das zu Vorgang {ref} hinzugefügt und als dringend markiert.",
    "it": "L'ho aggiunto alla pratica {ref} e l'ho segnata come urgente.",
    "fr": "Je l'ai ajouté au dossier {ref} et marqué urgent.",
    "en": "I've added that to case {ref} and marked it urgent.",
    "es": "Lo he añadido a la incidencia {ref} y la he marcado como urgente.",
    "pt": "Acrescentei ao pedido {ref} e marquei como urgente.",
}
APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry wegen gestern, war echt nicht gut drauf. Danke fürs schnelle Kümmern.",
        "Entschuldigung für den Ton gestern, war ein langer Tag. Danke!",
    ],
    "it": [
        "Scusate per ieri, ero nervosissima. Grazie per aver sistemato.",
        "Chiedo scusa per i toni di ieri, giornata storta. Grazie",
    ],
    "fr": ["Désolée pour hier, j'étais à bout. Merci d'avoir réglé ça."],
    "en": ["Sorry about yesterday, bad day. Thanks for sorting it."],
    "es": ["Perdón por lo de ayer, estaba de los nervios. Gracias por solucionarlo."],
    "pt": ["Desculpem por ontem, estava nervosa. Obrigada por resolverem."],
}
CONFIRM: dict[str, list[str]] = {
    "de": [
        "Bestätigt, {ref} ist erledigt, Geld ist da. Danke!",
        "Kann ich bestätigen, Vorgang {ref} passt jetzt. Vielen Dank",
    ],
    "it": [
        "Confermo, la pratica {ref} è risolta. Grazie",
        "Tutto a posto per la {ref}, grazie mille",
    ],
    "fr": ["Je confirme, dossier {ref} réglé. Merci"],
    "en": ["Confirmed, {ref} is sorted. Thanks"],
    "es": ["Confirmo, la incidencia {ref} está resuelta. Gracias"],
    "pt": ["Confirmo, o pedido {ref} está resolvido. Obrigada"],
}
STILL_OPEN: dict[str, str] = {
    "de": "Ich schreibe wegen Vorgang {ref}, das ist immer noch nicht gelöst.",
    "it": "Scrivo per la pratica {ref}, ancora niente di risolto.",
    "fr": "Je reviens pour le dossier {ref}, toujours pas réglé.",
    "en": "Writing again about case {ref}, still not sorted.",
    "es": "Vuelvo a escribir por la incidencia {ref}, sigue sin resolverse.",
    "pt": "Volto a escrever sobre o pedido {ref}, continua por resolver.",
}
THIRD: dict[str, list[str]] = {
    "de": [
        "Eine Kollegin ist bei {comp}, da wird sowas am selben Tag geklärt.",
        "Ich hab mir inzwischen angeschaut, was {comp} kostet.",
    ],
    "it": [
        "Una collega usa {comp} e lì queste cose le risolvono in giornata.",
        "Ho già guardato quanto costa {comp}.",
    ],
    "fr": ["Une collègue est chez {comp}, eux règlent ça dans la journée."],
    "en": ["A mate uses {comp} and they sort this sort of thing same day."],
    "es": ["Una compañera usa {comp} y allí esto lo arreglan en el día."],
    "pt": ["Uma colega usa a {comp} e lá resolvem isto no mesmo dia."],
}
FOURTH: dict[str, str] = {
    "de": "Das ist jetzt das VIERTE Mal.",
    "it": "È la QUARTA volta che scrivo.",
    "fr": "C'est la QUATRIÈME fois.",
    "en": "This is the FOURTH time.",
    "es": "Es la CUARTA vez.",
    "pt": "É a QUARTA vez.",
}
SPOKEN_STILL: dict[str, str] = {
    "de": "es geht um den Vorgang {ref} das ist immer noch offen",
    "it": "è per la pratica {ref} che è ancora aperta",
    "fr": "c'est pour le dossier {ref} toujours ouvert",
    "en": "it's about case {ref} it's still open",
    "es": "es por la incidencia {ref} que sigue abierta",
    "pt": "é sobre o pedido {ref} que continua aberto",
}

# slow churners: six steps (the last names a competitor)
SLIDE: dict[str, list[str]] = {
    "de": [
        "Ergebnisse sollten laut App vor zwei Wochen da sein. Bisher nur 'in Bearbeitung', keine Info. Hm.",
        "Die Herkunftsschätzung wurde ohne Ankündigung geändert, auf einmal ist der italienische Anteil von meiner Oma weg. Was soll das?",
        "Jetzt sind die Auswandererlisten nur noch mit Zusatzpaket durchsuchbar, obwohl ich Plus habe. Nervt langsam.",
        "Dritte Mail an den Support, dritte Copy-Paste-Antwort. Liest da überhaupt jemand?",
        "Und jetzt zahl ich 12 € für einen Scan, auf dem man NICHTS lesen kann, halbe Seite schwarz. Erstattung abgelehnt. Ich bin echt sauer.",
        "Mein Cousin ist bei {comp}, ich hab mir dort gestern ein Kit bestellt und die Auswandererlisten sind da einfach drin.",
    ],
    "it": [
        "I risultati dovevano arrivare due settimane fa. Ancora 'in lavorazione', nessuna notizia. Mah.",
        "Hanno cambiato la stima delle origini senza dire niente, sparita la parte sarda della nonna. Ma che senso ha?",
        "Adesso le liste di emigrazione si vedono solo con un pacchetto extra, anche se ho Plus. Comincio a stufarmi.",
        "Terza mail al supporto, terza risposta copiata e incollata. Qualcuno legge?",
        "E ora pago 12 € per una scansione dove non si legge NIENTE, mezza pagina nera. Rimborso rifiutato. Sono arrabbiatissima.",
        "Mia cugina usa {comp}, ieri ho ordinato il loro kit e lì le liste di emigrazione sono incluse.",
    ],
    "fr": [
        "Les résultats devaient arriver il y a deux semaines. Toujours 'en cours', aucune info.",
        "L'estimation des origines a changé sans prévenir, la part bretonne de ma grand-mère a disparu. Pourquoi ?",
        "Maintenant les listes d'émigration sont payantes en plus, alors que j'ai Plus. Ça commence à bien faire.",
        "Troisième mail au support, troisième réponse copiée-collée.",
        "Et je paie 12 € pour un scan ILLISIBLE, moitié noir. Remboursement refusé. Je suis furieuse.",
        "Mon cousin est chez {comp}, j'ai commandé leur kit hier.",
    ],
    "en": [
        "Results were due two weeks ago. Still 'processing', not a word.",
        "They've changed the origins estimate without telling anyone, Nan's Welsh bit has just vanished. Why?",
        "Now the emigration lists need an add-on on top of Plus. Getting fed up.",
        "Third email to support, third copy-paste reply. Anyone actually reading these?",
        "And I paid £10 for a scan you can't read AT ALL, half the page black. Refund refused. Fuming.",
        "My cousin's with {comp}, ordered their kit yesterday.",
    ],
    "es": [
        "Los resultados tenían que llegar hace dos semanas. Sigue 'en proceso', ni una noticia.",
        "Han cambiado la estimación de orígenes sin avisar, ha desaparecido la parte gallega de mi abuela. ¿Por qué?",
        "Ahora las listas de emigrantes solo con un paquete extra, aunque tengo Plus. Ya cansa.",
        "Tercer correo al soporte, tercera respuesta copiada y pegada.",
        "Y pago 12 € por un escaneo que no se lee NADA, media página negra. Reembolso denegado. Estoy furiosa.",
        "Mi primo usa {comp}, ayer pedí su kit.",
    ],
    "pt": [
        "Os resultados deviam ter chegado há duas semanas. Continua 'em processamento', nada.",
        "Mudaram a estimativa das origens sem avisar, desapareceu a parte minhota da minha avó. Porquê?",
        "Agora as listas de emigrantes só com pacote extra, mesmo tendo Plus. Já cansa.",
        "Terceiro email ao apoio, terceira resposta copiada.",
        "E pago 12 € por um scan que não se lê NADA, meia página preta. Reembolso recusado. Estou furiosa.",
        "O meu primo usa a {comp}, encomendei o kit deles ontem.",
    ],
}
SLIDE_RATINGS = (3, 3, 2, 2, 1, 1)
LEAVE: dict[str, list[str]] = {
    "de": [
        "Hallo,\n\nich habe den Stammbaum für das Familientreffen im Sommer fertig, das Buch ist gedruckt und verteilt, und mehr will ich im Moment nicht machen. Bitte kündigen Sie mein {plus} und schließen Sie mein Konto.\n\nDanke für alles\n{first} {last}",
        "Guten Tag,\n\nmein Vater, für den ich das alles angefangen habe, ist im Frühjahr gestorben. Ich möchte {plus} kündigen und das Konto schließen. Die Daten habe ich mir gesichert.\n\n{first} {last}",
    ],
    "it": [
        "Buongiorno,\n\nho finito l'albero per la festa dei novant'anni della nonna, il libro è stampato e regalato. Vorrei disdire {plus} e chiudere l'account.\n\nGrazie di tutto\n{first} {last}",
        "Salve,\n\nla ricerca era per mia madre, che purtroppo non c'è più da marzo. Vi chiedo di disdire {plus} e chiudere il mio account.\n\n{first} {last}",
    ],
    "fr": [
        "Bonjour,\n\nl'arbre est terminé et imprimé pour la réunion de famille. Merci de résilier mon {plus} et de fermer mon compte.\n\n{first} {last}"
    ],
    "en": [
        "Hi,\n\nthe tree's done and printed for Dad's 80th, I'm not going to do more for now. Please cancel my {plus} and close the account.\n\nThanks for everything\n{first} {last}"
    ],
    "es": [
        "Hola,\n\nya terminé el árbol para la boda de plata de mis padres. Quiero dar de baja {plus} y cerrar la cuenta.\n\n{first} {last}"
    ],
    "pt": [
        "Olá,\n\njá terminei a árvore para o aniversário do meu avô. Quero cancelar o {plus} e fechar a conta.\n\n{first} {last}"
    ],
}
LEAVE_SUBJECT: dict[str, str] = {
    "de": "Kündigung Plus und Konto",
    "it": "Disdetta Plus e chiusura account",
    "fr": "Résiliation Plus",
    "en": "Cancel Plus and account",
    "es": "Baja de Plus",
    "pt": "Cancelar Plus",
}
SORRY_GO: dict[str, tuple[str, str]] = {
    "de": (
        "AW: Kündigung",
        "Hallo {first},\n\nschade, dass Sie gehen. Sie können {plus} und Ihr Konto selbst in der App oder auf der Website unter Konto > Mitgliedschaft kündigen. Ihren Stammbaum können Sie vorher als GEDCOM herunterladen.\n\nViele Grüße\n{agent}",
    ),
    "it": (
        "R: Disdetta",
        "Gentile {first},\n\nci dispiace vederla andare via. Può disdire {plus} e chiudere l'account da sola nell'app o sul sito, in Account > Abbonamento. Prima può scaricare l'albero in GEDCOM.\n\nCordiali saluti\n{agent}",
    ),
    "fr": (
        "RE : Résiliation",
        "Bonjour {first},\n\ndommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Abonnement.\n\n{agent}",
    ),
    "en": (
        "Re: Cancel",
        "Hi {first},\n\nsorry to see you go. You can cancel yourself in the app or on the website under Account > Membership.\n\n{agent}",
    ),
    "es": (
        "RE: Baja",
        "Hola {first},\n\nsentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Cuenta > Suscripción.\n\n{agent}",
    ),
    "pt": (
        "RE: Cancelamento",
        "Olá {first},\n\nlamentamos vê-la partir. Pode cancelar na app ou no site, em Conta > Subscrição.\n\n{agent}",
    ),
}
GRUMBLES: dict[str, list[str]] = {
    "de": [
        "Die App loggt mich JEDES Mal aus, wenn ich sie schließe.",
        "Suche in den Kirchenbüchern dauert ewig, 30 Sekunden pro Treffer.",
        "Könnt ihr aufhören, mir jeden Tag eine Mail mit 'neuen Hinweisen' zu schicken, die eh alle falsch sind?",
        "Der Filter für Geburtsjahre springt jedes Mal wieder zurück.",
        "Warum steht in der Herkunftskarte Böhmen unter 'Osteuropa allgemein'? Schlampig.",
        "Schon wieder Werbung für ein zweites Kit, ich hab schon zwei.",
    ],
    "it": [
        "L'app mi fa uscire OGNI volta che la chiudo.",
        "La ricerca nei registri ci mette un'eternità, mezzo minuto per risultato.",
        "Basta con le mail quotidiane di 'nuovi suggerimenti', tanto sono sbagliati.",
        "Il filtro per anno di nascita si azzera ogni volta.",
        "Perché nella mappa delle origini il Friuli è 'Europa centrale generica'? Fatto male.",
        "Ancora pubblicità per un secondo kit, ne ho già due.",
    ],
    "fr": [
        "L'appli me déconnecte à CHAQUE fois.",
        "La recherche dans les registres est d'une lenteur...",
        "Stop aux mails quotidiens de 'nouvelles pistes' toutes fausses.",
    ],
    "en": [
        "App logs me out EVERY single time.",
        "Searching the registers takes forever.",
        "Stop emailing me 'new hints' every day, they're all wrong.",
    ],
    "es": [
        "La app me echa CADA vez que la cierro.",
        "La búsqueda en los registros tarda una eternidad.",
        "Basta de correos diarios con 'nuevas pistas', todas mal.",
    ],
    "pt": [
        "A app faz logout SEMPRE que a fecho.",
        "A pesquisa nos registos demora imenso.",
        "Parem com os emails diários de 'novas pistas', estão todas erradas.",
    ],
}
SARCASM: dict[str, list[str]] = {
    "de": [
        "Toll, 'Ergebnisse in 3 Wochen' heißt bei {brand} offenbar 3 Wochen plus ein halber Sommer 👏",
        "Danke {brand}, laut Hinweis hat mein Urgroßvater mit 4 Jahren geheiratet. Frühreif, der Gute 😂",
    ],
    "it": [
        "Grazie {brand}, secondo i suggerimenti il mio bisnonno si è sposato a 6 anni, precoce il ragazzo 😂",
        "'Risultati in 3 settimane', certo, settimane di {brand} 👏",
    ],
    "fr": [
        "Merci {brand}, d'après vos pistes mon arrière-grand-père s'est marié à 5 ans. Précoce 😂"
    ],
    "en": ["Cheers {brand}, apparently my great-grandad got married aged 4. Keen 😂"],
    "es": ["Gracias {brand}, según las pistas mi bisabuelo se casó con 5 años. Precoz 😂"],
    "pt": ["Obrigada {brand}, segundo as pistas o meu bisavô casou com 5 anos. Precoce 😂"],
}
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kleine Sache: die Archivkarte zeigt bei mir Bremen statt Bremerhaven an.",
            "Danke für den Hinweis, ich gebe das an das Kartenteam weiter. {agent}",
        ),
        (
            "Die Benachrichtigungen kommen neuerdings auf Englisch, obwohl alles auf Deutsch eingestellt ist.",
            "Danke, das schauen wir uns an. Bis dahin hilft es, die Sprache einmal um- und zurückzustellen. {agent}",
        ),
    ],
    "it": [
        (
            "Piccola cosa: la mappa degli archivi mi mostra Reggio Emilia invece di Reggio Calabria.",
            "Grazie della segnalazione, la giro al team delle mappe. {agent}",
        ),
        (
            "Le notifiche arrivano in inglese anche se ho tutto in italiano.",
            "Grazie, verifichiamo. Intanto aiuta cambiare lingua e rimetterla. {agent}",
        ),
    ],
    "fr": [
        (
            "Petit détail : la carte des archives affiche Tours au lieu de Toul.",
            "Merci, je transmets à l'équipe. {agent}",
        )
    ],
    "en": [
        (
            "Small thing: the archive map shows Boston, Lincolnshire instead of Boston, Massachusetts.",
            "Thanks, passing that to the maps team. {agent}",
        )
    ],
    "es": [
        (
            "Una cosilla: el mapa de archivos me pone Mérida de México en vez de Mérida.",
            "Gracias, lo paso al equipo. {agent}",
        )
    ],
    "pt": [
        (
            "Uma coisa pequena: o mapa dos arquivos mostra Vila Real de Santo António em vez de Vila Real.",
            "Obrigada, vou passar à equipa. {agent}",
        )
    ],
}
FORM_ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Nachricht an {brand}",
        "Hallo {first},\n\ndanke für Ihre Nachricht, wir haben sie an das zuständige Team weitergegeben.\n\nViele Grüße\n{agent}",
    ),
    "it": (
        "Il suo messaggio a {brand}",
        "Gentile {first},\n\ngrazie del messaggio, l'abbiamo passato al team competente.\n\nCordiali saluti\n{agent}",
    ),
    "fr": (
        "Votre message",
        "Bonjour {first},\n\nmerci, nous avons transmis à l'équipe.\n\n{agent}",
    ),
    "en": ("Your message", "Hi {first},\n\nthanks, we've passed it on to the team.\n\n{agent}"),
    "es": ("Tu mensaje", "Hola {first},\n\ngracias, lo hemos pasado al equipo.\n\n{agent}"),
    "pt": ("A sua mensagem", "Olá {first},\n\nobrigada, passámos à equipa.\n\n{agent}"),
}
SECOND_LANGUAGE_WHY: list[str] = [
    "grew up in one language, married into the other",
    "works across the border",
    "writes for a parent who only reads the other language",
    "studied abroad and kept the habit",
    "the family's tree is in the other country",
    "moved countries as a teenager",
]

# ---------------------------------------------------------------- the spike
SPIKE_CODE = "4412-LK"
SPIKE_REPORTS: dict[str, list[str]] = {
    "de": [
        "Seit heute früh kann ich keinen Stammbaum mehr öffnen: 'Stammbaum ist auf einem anderen Gerät geöffnet (4412-LK)'. Ich hab nur das Handy!!",
        "{brand} was ist los? Fehler 4412-LK bei jedem Stammbaum, in der App und im Browser.",
        "Stammbaum lässt sich nicht öffnen, Meldung 4412-LK 'auf anderem Gerät geöffnet'. Hab die App neu installiert, nix.",
        "Mein ganzer Sonntag war für den Stammbaum geplant und jetzt 4412-LK. Geht bei euch auch nichts?",
        "Hallo, bei mir kommt beim Öffnen des Stammbaums 'Gesperrt, auf einem anderen Gerät geöffnet 4412-LK'. Ich komme an nichts mehr dran, auch nicht an Opas Zweig.",
        "fehler 4412-LK stammbaum gesperrt obwohl ich nur an einem gerät angemeldet bin",
    ],
    "it": [
        "Da stamattina non riesco ad aprire l'albero: 'Albero aperto su un altro dispositivo (4412-LK)'. Ho solo il telefono!!",
        "{brand} che succede? Errore 4412-LK su ogni albero, app e sito",
        "L'albero non si apre, esce 4412-LK 'aperto su un altro dispositivo'. Ho reinstallato l'app, niente",
        "Avevo la domenica libera per l'albero e c'è 4412-LK. Anche a voi?",
        "Buongiorno, aprendo l'albero mi compare 'Bloccato, aperto su un altro dispositivo 4412-LK' e non posso fare nulla, nemmeno guardare",
        "errore 4412-LK albero bloccato ma sono collegata solo dal tablet",
    ],
    "fr": [
        "Impossible d'ouvrir mon arbre depuis ce matin : 'ouvert sur un autre appareil (4412-LK)'. Je n'ai que mon téléphone !",
        "{brand} erreur 4412-LK sur tous les arbres, appli et site. C'est général ?",
    ],
    "en": [
        "Can't open my tree this morning, says 'open on another device (4412-LK)'. I've only got the one phone!",
        "{brand} what's going on, error 4412-LK on every tree, app and website",
    ],
    "es": [
        "Desde esta mañana no puedo abrir el árbol: 'abierto en otro dispositivo (4412-LK)'. ¡Solo tengo el móvil!",
        "{brand} ¿qué pasa? Error 4412-LK en todos los árboles, app y web",
    ],
    "pt": [
        "Desde manhã não consigo abrir a árvore: 'aberta noutro dispositivo (4412-LK)'. Só tenho o telemóvel!",
        "{brand} o que se passa? Erro 4412-LK em todas as árvores, app e site",
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "de": "Stammbaum gesperrt 4412-LK",
    "it": "Albero bloccato 4412-LK",
    "fr": "Arbre bloqué 4412-LK",
    "en": "Tree locked 4412-LK",
    "es": "Árbol bloqueado 4412-LK",
    "pt": "Árvore bloqueada 4412-LK",
}
SPIKE_REPEATS: dict[str, list[str]] = {
    "de": [
        "Immer noch 4412-LK, jetzt auch am Laptop meiner Frau.",
        "Nachtrag: abgemeldet, neu angemeldet, Cache gelöscht, weiter 4412-LK.",
    ],
    "it": [
        "Ancora 4412-LK, adesso anche dal pc di mio marito.",
        "Aggiornamento: uscita, rientrata, cache svuotata, sempre 4412-LK.",
    ],
    "fr": ["Toujours 4412-LK, même sur l'ordinateur de mon mari."],
    "en": ["Still 4412-LK, on the wife's laptop too now."],
    "es": ["Sigue el 4412-LK, también en el portátil de mi mujer."],
    "pt": ["Continua o 4412-LK, agora também no portátil do meu marido."],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, Stammbäume lassen sich gerade nirgends öffnen (4412-LK), unsere Technik arbeitet daran. Es geht nichts verloren.",
    "it": "Sì, al momento nessun albero si apre (4412-LK), i tecnici ci stanno lavorando. Non si perde nulla.",
    "fr": "Oui, aucun arbre ne s'ouvre en ce moment (4412-LK), nos techniciens s'en occupent. Rien n'est perdu.",
    "en": "Yes, trees won't open anywhere right now (4412-LK), our engineers are on it. Nothing is lost.",
    "es": "Sí, ahora mismo no se abre ningún árbol (4412-LK), los técnicos están en ello. No se pierde nada.",
    "pt": "Sim, neste momento nenhuma árvore abre (4412-LK), os técnicos estão a tratar. Não se perde nada.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "de": (
        "Stammbäume wieder erreichbar",
        "Hallo {first},\n\nIhre Stammbäume lassen sich seit {local} Uhr wieder öffnen und bearbeiten, es ist nichts verloren gegangen. Als Entschuldigung haben wir Ihnen einen Monat {plus} gutgeschrieben.\n\nViele Grüße\n{agent}",
    ),
    "it": (
        "Alberi di nuovo disponibili",
        "Gentile {first},\n\ngli alberi si aprono di nuovo dalle {local}, non è andato perso nulla. Per scusarci le abbiamo accreditato un mese di {plus}.\n\nCordiali saluti\n{agent}",
    ),
    "fr": (
        "Arbres de nouveau accessibles",
        "Bonjour {first},\n\nles arbres s'ouvrent de nouveau depuis {local}, rien n'est perdu. Un mois de {plus} vous a été offert.\n\n{agent}",
    ),
    "en": (
        "Trees back up",
        "Hi {first},\n\ntrees open again since {local}, nothing was lost. We've added a free month of {plus} to say sorry.\n\n{agent}",
    ),
    "es": (
        "Árboles disponibles",
        "Hola {first},\n\nlos árboles se abren de nuevo desde las {local}, no se ha perdido nada. Te hemos regalado un mes de {plus}.\n\n{agent}",
    ),
    "pt": (
        "Árvores disponíveis",
        "Olá {first},\n\nas árvores abrem de novo desde as {local}, nada se perdeu. Oferecemos-lhe um mês de {plus}.\n\n{agent}",
    ),
}
LONE_QUESTION: dict[str, tuple[str, str]] = {
    "de": (
        "Gestern Abend stand beim Öffnen vom Stammbaum kurz 'auf einem anderen Gerät geöffnet', weil das Tablet noch offen war. Als ich das Tablet zugemacht hab, ging es ganz normal. Muss ich da was beachten?",
        "Nein, das ist normal, wenn der Baum auf zwei Geräten gleichzeitig offen ist. Schließt man eins, geht es wieder. Viele Grüße, {agent}",
    ),
    "it": (
        "Ieri sera aprendo l'albero per un attimo diceva 'aperto su un altro dispositivo', avevo il portatile ancora acceso. Chiuso il portatile si è aperto normalmente. Devo fare qualcosa?",
        "No, è normale quando l'albero è aperto su due dispositivi insieme. Chiudendone uno torna a posto. {agent}",
    ),
}
SLOW_SEARCH: dict[str, tuple[str, str]] = {
    "de": (
        "Die Suche in den Archiven lädt heute früh echt langsam.",
        "Danke, heute Morgen läuft eine Indexierung, ab Mittag sollte es wieder flott sein. {agent}",
    ),
    "it": (
        "La ricerca negli archivi stamattina è lentissima.",
        "Grazie, stamattina c'è un'indicizzazione in corso, da mezzogiorno dovrebbe tornare veloce. {agent}",
    ),
}
