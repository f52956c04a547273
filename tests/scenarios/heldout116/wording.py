# ruff: noqa: E501
"""Wording of heldout116 (Snodia, physiotherapy by app and web): people, places,
products and the happy acts of households, in Italian and German first, then
English, French, Spanish and Portuguese.

Placeholders in braces are filled by the generator: {first}, {last}, {name},
{agent}, {city}, {supp} (the home-visit supplement in the market's money), and
{o} / {e} for a word's gender ending (Italian, Spanish, Portuguese: o or a;
French: nothing or e).
"""

from __future__ import annotations

BRAND = "Snodia"
COMPETITORS = ("Tendolia", "Rückenwerk")

LANGS = ("it", "de", "en", "fr", "es", "pt")

FIRST: dict[str, list[tuple[str, bool]]] = {
    "it": [
        ("Giulia", True),
        ("Chiara", True),
        ("Francesca", True),
        ("Martina", True),
        ("Valentina", True),
        ("Elisa", True),
        ("Federica", True),
        ("Silvia", True),
        ("Paola", True),
        ("Roberta", True),
        ("Alessia", True),
        ("Sara", True),
        ("Ilaria", True),
        ("Marta", True),
        ("Daniela", True),
        ("Laura", True),
        ("Beatrice", True),
        ("Monica", True),
        ("Marco", False),
        ("Luca", False),
        ("Andrea", False),
        ("Matteo", False),
        ("Davide", False),
        ("Stefano", False),
        ("Alessandro", False),
        ("Simone", False),
        ("Fabio", False),
        ("Paolo", False),
        ("Giorgio", False),
        ("Riccardo", False),
        ("Lorenzo", False),
        ("Emanuele", False),
        ("Massimo", False),
        ("Nicola", False),
        ("Gianluca", False),
        ("Pietro", False),
    ],
    "de": [
        ("Anna", True),
        ("Julia", True),
        ("Katharina", True),
        ("Lena", True),
        ("Sabine", True),
        ("Claudia", True),
        ("Stefanie", True),
        ("Nicole", True),
        ("Sandra", True),
        ("Miriam", True),
        ("Franziska", True),
        ("Birgit", True),
        ("Petra", True),
        ("Carina", True),
        ("Verena", True),
        ("Tanja", True),
        ("Heike", True),
        ("Thomas", False),
        ("Michael", False),
        ("Stefan", False),
        ("Andreas", False),
        ("Markus", False),
        ("Tobias", False),
        ("Florian", False),
        ("Jonas", False),
        ("Lukas", False),
        ("Matthias", False),
        ("Sebastian", False),
        ("Daniel", False),
        ("Jürgen", False),
        ("Uwe", False),
        ("Christian", False),
        ("Felix", False),
        ("Dominik", False),
        ("Ralf", False),
        ("Bernd", False),
    ],
    "en": [
        ("Sarah", True),
        ("Emma", True),
        ("Claire", True),
        ("Rachel", True),
        ("Hannah", True),
        ("Sinead", True),
        ("Aoife", True),
        ("Gemma", True),
        ("Niamh", True),
        ("James", False),
        ("Tom", False),
        ("Daniel", False),
        ("Conor", False),
        ("Ben", False),
        ("Mark", False),
        ("Liam", False),
        ("Chris", False),
        ("Owen", False),
        ("Ciaran", False),
    ],
    "fr": [
        ("Camille", True),
        ("Julie", True),
        ("Sophie", True),
        ("Manon", True),
        ("Élodie", True),
        ("Amélie", True),
        ("Nathalie", True),
        ("Chloé", True),
        ("Thomas", False),
        ("Nicolas", False),
        ("Julien", False),
        ("Antoine", False),
        ("Maxime", False),
        ("Olivier", False),
        ("Romain", False),
        ("Hugo", False),
        ("Benoît", False),
    ],
    "es": [
        ("Lucía", True),
        ("María", True),
        ("Carmen", True),
        ("Marta", True),
        ("Elena", True),
        ("Paula", True),
        ("Irene", True),
        ("Nuria", True),
        ("Javier", False),
        ("Carlos", False),
        ("David", False),
        ("Sergio", False),
        ("Pablo", False),
        ("Álvaro", False),
        ("Jorge", False),
        ("Raúl", False),
    ],
    "pt": [
        ("Ana", True),
        ("Beatriz", True),
        ("Inês", True),
        ("Mariana", True),
        ("Catarina", True),
        ("Sofia", True),
        ("Joana", True),
        ("Rita", True),
        ("João", False),
        ("Tiago", False),
        ("Pedro", False),
        ("Rui", False),
        ("Miguel", False),
        ("Nuno", False),
        ("Diogo", False),
        ("Bruno", False),
    ],
}

SURNAMES: dict[str, list[str]] = {
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
        "Gentile",
        "Vitale",
        "Serra",
        "Coppola",
        "De Santis",
        "Pellegrini",
        "Marchetti",
        "Fabbri",
        "Villa",
        "Cattaneo",
        "Sala",
        "Bassi",
        "Testa",
        "Grasso",
        "Orlando",
        "Bernasconi",
        "Zanetti",
        "Pedrazzini",
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
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hofmann",
        "Hartmann",
        "Lange",
        "Schmitt",
        "Werner",
        "Krause",
        "Lehmann",
        "Köhler",
        "Maier",
        "Huber",
        "Gruber",
        "Brunner",
        "Steiner",
        "Moser",
        "Egger",
        "Frei",
        "Keller",
        "Baumann",
        "Vogel",
        "Jäger",
        "Seidel",
        "Kühn",
        "Pohl",
        "Winkler",
        "Aigner",
        "Ammann",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Brown",
        "Evans",
        "Hughes",
        "O'Brien",
        "Kelly",
        "Byrne",
        "Clarke",
        "Wright",
        "Turner",
        "Harris",
        "Doyle",
        "Patel",
        "Gallagher",
        "Reid",
        "Barker",
        "Fletcher",
        "Nolan",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Durand",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Simon",
        "Michel",
        "Garnier",
        "Rousseau",
        "Fournier",
        "Girard",
        "Bonnet",
        "Lambert",
        "Fontaine",
        "Chevalier",
        "Peeters",
        "Janssens",
        "Leclercq",
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
        "Álvarez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
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
        "Gomes",
        "Lopes",
        "Marques",
        "Almeida",
        "Ribeiro",
    ],
}

#: Markets where each language's customers live, with weights.
MARKETS: dict[str, list[tuple[str, int]]] = {
    "it": [("IT", 8), ("CH", 2)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "en": [("UK", 6), ("IE", 4)],
    "fr": [("FR", 6), ("BE", 3), ("CH", 1), ("LU", 1)],
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
}

CITIES: dict[str, list[str]] = {
    "IT": [
        "Milano",
        "Torino",
        "Bologna",
        "Roma",
        "Verona",
        "Bergamo",
        "Firenze",
        "Padova",
        "Brescia",
    ],
    "DE": ["München", "Hamburg", "Köln", "Frankfurt", "Stuttgart", "Leipzig", "Berlin", "Nürnberg"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"],
    "UK": ["London", "Manchester", "Bristol", "Leeds"],
    "IE": ["Dublin", "Cork", "Galway"],
    "FR": ["Lyon", "Paris", "Lille", "Nantes"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "LU": ["Luxembourg"],
    "ES": ["Madrid", "Barcelona", "Valencia"],
    "PT": ["Lisboa", "Porto", "Braga"],
}
#: Swiss towns by the customer's language.
CH_CITIES: dict[str, list[str]] = {
    "de": ["Zürich", "Bern", "Basel", "Luzern", "Winterthur"],
    "it": ["Lugano", "Bellinzona", "Locarno"],
    "fr": ["Genève", "Lausanne"],
    "en": ["Zürich"],
    "es": ["Zürich"],
    "pt": ["Genève"],
}

JOBS = [
    "nurse",
    "primary teacher",
    "bus driver",
    "accountant",
    "retired",
    "software developer",
    "chef",
    "student",
    "shop owner",
    "warehouse worker",
    "hairdresser",
    "architect",
    "pharmacist",
    "electrician",
    "call-centre agent",
    "lawyer",
    "postwoman",
    "engineer",
    "cleaner",
    "graphic designer",
    "farmer",
    "police officer",
    "bank clerk",
    "journalist",
]

DOMAINS = [
    "posta.example",
    "mailbox.example",
    "webmail.example",
    "casella.example",
    "netz.example",
    "inbox.example",
    "correio.example",
    "courriel.example",
]

AGENTS: dict[str, list[str]] = {
    "it": ["Serena B.", "Davide M.", "Marta C."],
    "de": ["Katrin L.", "Jonas H.", "Mehmet Y."],
    "en": ["Olivia P.", "Sam R."],
    "fr": ["Léa D.", "Karim B."],
    "es": ["Rocío G.", "Iker S."],
    "pt": ["Filipa M.", "Hugo T."],
}

#: (label, page, price in euros). Labels are English / Italian whatever the market.
PRODUCTS: list[tuple[str, str, float]] = [
    ("Home visit 50 min / Seduta a domicilio 50 min", "/booking/home-visit", 89.0),
    ("Clinic session 45 min / Seduta in studio 45 min", "/booking/clinic", 62.0),
    ("10-session pack / Pacchetto 10 sedute", "/packs/10-sessions", 540.0),
    ("5-session pack / Pacchetto 5 sedute", "/packs/5-sessions", 285.0),
    ("Sports massage 30 min / Massaggio sportivo 30 min", "/booking/sports-massage", 45.0),
    (
        "Knee rehab after surgery, 8 sessions / Riabilitazione ginocchio post-operatoria, 8 sedute",
        "/packs/knee-rehab",
        470.0,
    ),
    ("Pelvic floor assessment / Valutazione pavimento pelvico", "/booking/pelvic-floor", 75.0),
    ("Posture check for teens / Valutazione posturale ragazzi", "/booking/posture-teens", 58.0),
    ("Foam roller and band kit / Kit rullo ed elastici", "/shop/roller-kit", 34.0),
]

PAGES = [
    "/exercises/my-plan",
    "/clinics",
    "/packs",
    "/plus",
    "/booking",
    "/help/invoices",
    "/physios",
    "/exercises/videos",
    "/account/family",
    "/help/home-visits",
]

PRAISE: dict[str, list[str]] = {
    "it": [
        "Dopo sei settimane di riabilitazione al ginocchio con Snodia ho fatto le scale di casa senza tenermi al corrimano. Grazie a Matteo, fisioterapista pazientissimo 🙏",
        "Seduta a domicilio con Snodia stamattina: puntuale, lettino portato su per tre piani senza ascensore e la spalla va già meglio. Consigliatissimo",
        "Ragazzi il mal di schiena da smart working è sparito. Gli esercizi nell'app di Snodia durano 10 minuti e li faccio pure in pausa pranzo",
        "Mia mamma ha 82 anni e adora la fisioterapista che Snodia le manda a casa. Adesso va al mercato a piedi da sola!",
        "primo mese di Snodia Più e l'ho già ripagato. prenotare dall'app è un attimo",
    ],
    "de": [
        "Nach der Knie-OP hatte ich echt Respekt vor der Reha, aber die Physio von Snodia kommt zweimal die Woche nach Hause und ich laufe schon wieder ohne Krücken. Danke an Stefanie!",
        "Samstag um 8 einen Termin bei Snodia bekommen, Nacken nach 45 Minuten wieder beweglich. So muss das laufen.",
        "Die Übungsvideos in der Snodia-App sind super erklärt. Mein Rücken dankt es mir jeden Morgen.",
        "Mein Vater (79) wird seit drei Wochen zuhause von Snodia behandelt und geht wieder jeden Tag spazieren. Hätte ich nicht gedacht.",
        "Kurz und knapp: Snodia Plus lohnt sich. Buchen in 2 Minuten, Rechnung sofort im Postfach, Physio top.",
    ],
    "en": [
        "Six weeks of knee rehab with Snodia and I walked the dog round the whole park today. Huge thanks to Owen, the most patient physio ever",
        "Home visit from Snodia this morning, bang on time, carried the table up three flights and my shoulder already feels looser. Would recommend",
    ],
    "fr": [
        "Six semaines de rééducation du genou avec Snodia et aujourd'hui j'ai monté l'escalier sans la rampe. Merci à Julien, d'une patience incroyable",
        "Séance à domicile Snodia ce matin : à l'heure, table portée jusqu'au 4e sans ascenseur, et mon épaule va déjà mieux. Je recommande",
    ],
    "es": [
        "Seis semanas de rehabilitación de rodilla con Snodia y hoy he subido las escaleras sin agarrarme. Gracias a Irene, paciencia infinita",
        "Sesión a domicilio de Snodia esta mañana: puntual, subió la camilla tres pisos sin ascensor y el hombro ya va mejor. Recomendadísimo",
    ],
    "pt": [
        "Seis semanas de reabilitação do joelho com a Snodia e hoje subi as escadas sem me agarrar ao corrimão. Obrigad{o} à Inês, uma paciência enorme",
        "Sessão ao domicílio da Snodia esta manhã: pontual, levou a marquesa até ao 3.º andar sem elevador e o ombro já está melhor. Recomendo",
    ],
}

AGAIN: dict[str, list[str]] = {
    "it": [
        "Terza volta che prenoto con Snodia quest'anno e ancora una volta tutto perfetto. Ormai sono di casa",
        "Di nuovo Davide a domicilio, di nuovo mezz'ora a spiegarmi gli esercizi senza nessuna fretta. Sempre il top",
        "Ancora entusiast{o} di Snodia dopo due anni: ho consigliato l'app a tutta la squadra di pallavolo",
    ],
    "de": [
        "Zum dritten Mal dieses Jahr bei Snodia, und wieder alles pünktlich und freundlich. Ich bleib dabei.",
        "Schon wieder die nette Physio vom letzten Mal bekommen, die wusste sogar noch, welche Schulter es war 😄",
        "Immer noch begeistert von Snodia, auch nach dem zehnten Termin. Die Übungen wirken einfach.",
    ],
    "en": [
        "Third time booking Snodia this year and once again spot on. Same physio, remembered everything about my hip",
        "Still impressed with Snodia after a year. Booked my husband in too now",
    ],
    "fr": [
        "Troisième fois cette année avec Snodia et encore une fois impeccable. La kiné se souvenait de tout"
    ],
    "es": [
        "Tercera vez este año con Snodia y otra vez todo perfecto. El fisio se acordaba hasta de qué rodilla era"
    ],
    "pt": [
        "Terceira vez este ano com a Snodia e mais uma vez tudo impecável. A fisioterapeuta lembrava-se de tudo"
    ],
}

GRIPE: dict[str, list[str]] = {
    "it": [
        "Fisioterapista bravissima e puntuale, l'unica cosa: la fattura per l'assicurazione c'è solo come PDF nell'app e per mio padre è un'impresa scaricarla. Per il resto 10 e lode",
        "Contentissim{o} della seduta, solo il parcheggio davanti allo studio è un incubo. Tornerò comunque",
        "Ottimo servizio, peccato che i video degli esercizi non si possano scaricare per guardarli in palestra senza rete",
    ],
    "de": [
        "Sehr gute Behandlung, nur die Terminerinnerung kommt erst zwei Stunden vorher. Ansonsten gerne wieder.",
        "Physio top, Praxis sauber, einzig die Musik im Wartebereich ist echt laut. Trotzdem klare Empfehlung.",
        "Super Therapeut, nur schade, dass man die Übungsvideos nicht offline speichern kann. Sonst alles bestens",
    ],
    "en": [
        "Brilliant physio, only gripe is the invoice for my insurer is buried three menus deep in the app. Otherwise great"
    ],
    "fr": [
        "Kiné au top, seul bémol : le reçu pour la mutuelle est difficile à trouver dans l'appli. Sinon parfait"
    ],
    "es": [
        "Fisio buenísima, solo una pega: la factura para el seguro está escondida en la app. Por lo demás genial"
    ],
    "pt": [
        "Fisioterapeuta excelente, só uma coisa: o recibo para o seguro é difícil de encontrar na app. De resto, ótimo"
    ],
}

CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "ciao, posso spostare la seduta di giovedì alle 18 a venerdì mattina?",
            "Certo! L'ho spostata a venerdì alle 9:00 con la stessa fisioterapista, trova la conferma nell'app.",
        ),
        (
            "Buongiorno, il pacchetto da 10 sedute vale anche per le sedute a domicilio?",
            "Buongiorno! Sì, vale sia in studio sia a domicilio; per il domicilio si aggiunge solo il supplemento di {supp}.",
        ),
        (
            "salve, mio figlio ha 14 anni, può fare la valutazione posturale da voi?",
            "Salve! Sì, dai 12 anni in su, con un genitore presente alla prima seduta.",
        ),
        (
            "Serve la prescrizione del medico per la riabilitazione dopo la protesi all'anca?",
            "Per prenotare no, ma se ce l'ha la porti pure: il fisioterapista la allega alla sua scheda.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich den Termin am Donnerstag 18 Uhr auf Freitag früh verschieben?",
            "Klar! Er ist jetzt am Freitag um 8:30 bei derselben Physiotherapeutin, die Bestätigung finden Sie in der App.",
        ),
        (
            "Gilt die 10er-Karte auch für Hausbesuche?",
            "Ja, in der Praxis und zuhause, beim Hausbesuch kommt nur der Anfahrtszuschlag von {supp} dazu.",
        ),
        (
            "Brauche ich ein Rezept für die Reha nach dem Kreuzbandriss?",
            "Zum Buchen nicht. Wenn Sie eins haben, bringen Sie es bitte mit, dann steht es gleich richtig auf der Rechnung.",
        ),
        (
            "hallo! kann meine tochter (13) zur haltungsanalyse kommen?",
            "Sehr gern, ab 12 Jahren, beim ersten Termin bitte mit einem Elternteil.",
        ),
    ],
    "en": [
        (
            "hi can I move thursday's 6pm session to friday morning?",
            "Of course! It's now Friday at 9:00 with the same physio, the confirmation is in the app.",
        ),
        (
            "Does the 10-session pack cover home visits too?",
            "Yes, in clinic and at home; home visits just add the {supp} travel supplement.",
        ),
    ],
    "fr": [
        (
            "bonjour, je peux décaler la séance de jeudi 18h à vendredi matin ?",
            "Bien sûr ! Elle est maintenant vendredi à 9h avec la même kiné, la confirmation est dans l'appli.",
        ),
        (
            "Le forfait 10 séances marche aussi pour les séances à domicile ?",
            "Oui, au cabinet comme à domicile, avec seulement le supplément déplacement de {supp}.",
        ),
    ],
    "es": [
        (
            "hola, ¿puedo cambiar la sesión del jueves a las 18 al viernes por la mañana?",
            "¡Claro! Ya la tienes el viernes a las 9:00 con la misma fisio, la confirmación está en la app.",
        ),
        (
            "¿El bono de 10 sesiones vale también a domicilio?",
            "Sí, en clínica y a domicilio; a domicilio solo se suma el suplemento de {supp}.",
        ),
    ],
    "pt": [
        (
            "olá, posso passar a sessão de quinta às 18h para sexta de manhã?",
            "Claro! Já está na sexta às 9h com a mesma fisioterapeuta, tem a confirmação na app.",
        ),
        (
            "O pack de 10 sessões também dá para sessões ao domicílio?",
            "Sim, na clínica e ao domicílio; ao domicílio só acresce a taxa de deslocação de {supp}.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "it": ["grazie mille!", "Perfetto, grazie 🙏", "ok grazie, gentilissimi", "grz"],
    "de": ["Danke!", "Super, vielen Dank 👍", "perfekt, danke euch", "danke dir"],
    "en": ["brilliant, thanks!", "perfect thank you"],
    "fr": ["Parfait, merci !", "merci beaucoup"],
    "es": ["¡genial, gracias!", "perfecto, mil gracias"],
    "pt": ["Ótimo, obrigad{o}!", "obg 🙏"],
}

#: (subject, question, answer)
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "Fattura per l'assicurazione",
            "Buongiorno,\nla mia assicurazione sanitaria chiede la fattura con il numero di iscrizione all'albo del fisioterapista. È già indicato sulle vostre fatture?\nGrazie, {name}",
            "Gentile {first},\nsì: ogni fattura Snodia riporta il numero di iscrizione all'albo del fisioterapista in basso a sinistra. La trova in App > Profilo > Documenti.\nUn caro saluto, {agent}",
        ),
        (
            "Domanda su Snodia Più",
            "Salve, se attivo Snodia Più adesso lo sconto vale anche sul pacchetto comprato la settimana scorsa?\nSaluti, {name}",
            "Gentile {first},\nlo sconto vale dagli acquisti successivi all'attivazione; per il pacchetto già acquistato le abbiamo comunque aggiunto una seduta da 30 minuti in omaggio.\nCordiali saluti, {agent}",
        ),
        (
            "Sedute per mia madre",
            "Buongiorno, vorrei prenotare delle sedute a domicilio per mia madre che non usa lo smartphone. Posso gestire tutto io dal mio account?\n{name}",
            "Buongiorno {first},\ncerto: in App > Famiglia può aggiungere sua madre e prenotare per lei, le conferme arrivano a lei.\nUn saluto, {agent}",
        ),
    ],
    "de": [
        (
            "Rechnung für die Zusatzversicherung",
            "Guten Tag,\nmeine Zusatzversicherung möchte auf der Rechnung die Diagnose und die Anzahl der Behandlungen sehen. Steht das bei Ihnen drauf?\nViele Grüße\n{name}",
            "Hallo {first},\nja, beides steht auf jeder Rechnung, die Diagnose aus der Verordnung und die Zahl der Behandlungen. Sie finden die Rechnungen in der App unter Profil > Dokumente.\nFreundliche Grüße\n{agent}",
        ),
        (
            "Frage zu Snodia Plus",
            "Hallo, wenn ich jetzt Snodia Plus abschließe, gilt der Rabatt dann auch für die 10er-Karte von letzter Woche?\nDanke und Gruß\n{name}",
            "Hallo {first},\nder Rabatt gilt ab Abschluss; für die 10er-Karte haben wir Ihnen als Ausgleich eine 30-Minuten-Behandlung gutgeschrieben.\nViele Grüße\n{agent}",
        ),
        (
            "Hausbesuche für meinen Vater",
            "Hallo zusammen,\nkann ich für meinen Vater (kein Smartphone) über mein Konto Hausbesuche buchen?\nGruß {name}",
            "Hallo {first},\nja, unter App > Familie können Sie ihn hinzufügen und für ihn buchen.\nViele Grüße\n{agent}",
        ),
    ],
    "en": [
        (
            "Invoice for my insurer",
            "Hi,\nmy health insurer needs the physio's registration number on the invoice. Is that on yours?\nThanks, {name}",
            "Hi {first},\nyes, every Snodia invoice shows the physio's registration number bottom left; they're under Profile > Documents in the app.\nBest, {agent}",
        ),
    ],
    "fr": [
        (
            "Facture pour la mutuelle",
            "Bonjour,\nma mutuelle demande le numéro d'inscription du kiné sur la facture. Est-ce qu'il y est ?\nMerci, {name}",
            "Bonjour {first},\noui, chaque facture Snodia indique le numéro du kiné en bas à gauche, dans l'appli sous Profil > Documents.\nBonne journée, {agent}",
        ),
    ],
    "es": [
        (
            "Factura para el seguro",
            "Hola,\nmi seguro médico pide el número de colegiado del fisio en la factura. ¿Lo ponéis?\nGracias, {name}",
            "Hola {first},\nsí, todas las facturas de Snodia llevan el número de colegiado abajo a la izquierda, en la app en Perfil > Documentos.\nUn saludo, {agent}",
        ),
    ],
    "pt": [
        (
            "Fatura para o seguro",
            "Olá,\no meu seguro de saúde pede o número da cédula profissional do fisioterapeuta na fatura. Vem indicado?\nObrigad{o}, {name}",
            "Olá {first},\nsim, todas as faturas da Snodia têm a cédula profissional em baixo à esquerda, na app em Perfil > Documentos.\nCumprimentos, {agent}",
        ),
    ],
}

#: (speech-to-text transcript, follow-up e-mail subject, follow-up e-mail text)
PHONE_QA: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "sì buongiorno volevo sapere se il fisioterapista a domicilio porta lui il lettino o devo preparare qualcosa io perché abito al terzo piano senza ascensore",
            "Riepilogo della sua chiamata",
            "Buongiorno {first},\ncome detto al telefono: il fisioterapista porta lettino e materiale, a lei basta uno spazio di circa due metri per due.\nBuona seduta! {agent}",
        ),
        (
            "salve chiamo per mio padre ha messo la protesi al ginocchio il mese scorso e volevo capire quante sedute servono più o meno e se venite anche il sabato",
            "Riepilogo della sua chiamata",
            "Buongiorno {first},\nin sintesi: di solito 8-12 sedute, e sì, veniamo anche il sabato mattina. Le ho mandato il link al pacchetto Riabilitazione ginocchio.\n{agent}",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob die Physiotherapeutin beim Hausbesuch die Liege mitbringt oder ob ich was vorbereiten muss ich wohne im dritten Stock ohne Aufzug",
            "Ihr Anruf bei Snodia",
            "Hallo {first},\nwie besprochen: Liege und Material bringt die Physiotherapeutin mit, Sie brauchen nur etwa zwei mal zwei Meter Platz.\nViele Grüße\n{agent}",
        ),
        (
            "guten Tag ich ruf an wegen meiner Mutter die hatte eine Hüft-OP und ich wollte wissen wie viele Termine man da ungefähr braucht und ob Sie auch samstags kommen",
            "Zusammenfassung Ihres Anrufs",
            "Hallo {first},\nkurz zusammengefasst: meist 8 bis 12 Termine, und ja, auch samstags vormittags. Den Link zum Reha-Paket Hüfte haben wir Ihnen geschickt.\nViele Grüße\n{agent}",
        ),
    ],
    "en": [
        (
            "yeah hi I just wanted to check if the physio brings the table for a home visit or do I need to sort something out I'm on the third floor no lift",
            "Your call with Snodia",
            "Hi {first},\nas discussed: the physio brings the table and kit, you only need about two by two metres of floor.\nBest, {agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si le kiné apporte la table pour la séance à domicile ou si je dois prévoir quelque chose j'habite au troisième sans ascenseur",
            "Votre appel chez Snodia",
            "Bonjour {first},\ncomme convenu : le kiné apporte la table et le matériel, il suffit d'un espace d'environ deux mètres sur deux.\nBonne journée, {agent}",
        ),
    ],
    "es": [
        (
            "sí hola quería saber si el fisio trae la camilla para la sesión a domicilio o tengo que preparar algo vivo en un tercero sin ascensor",
            "Tu llamada a Snodia",
            "Hola {first},\ncomo hablamos: el fisio lleva camilla y material, solo necesitas unos dos por dos metros de espacio.\nUn saludo, {agent}",
        ),
    ],
    "pt": [
        (
            "sim bom dia queria saber se o fisioterapeuta leva a marquesa para a sessão em casa ou se tenho de preparar alguma coisa moro num terceiro andar sem elevador",
            "A sua chamada para a Snodia",
            "Olá {first},\ncomo falámos: o fisioterapeuta leva a marquesa e o material, só precisa de cerca de dois por dois metros de espaço.\nCumprimentos, {agent}",
        ),
    ],
}

#: (text, rating)
REVIEW: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Studio pulito, fisioterapista preparatissimo, mi ha spiegato finalmente cosa avevo alla spalla. 5 stelle",
            "5",
        ),
        (
            "Buona esperienza, prenotazione facile, seduta utile. Tolgo una stella solo per i 10 minuti di attesa",
            "4",
        ),
    ],
    "de": [
        (
            "Kompetent, freundlich, pünktlich. Nach drei Terminen ist der Tennisarm deutlich besser.",
            "5",
        ),
        (
            "Gute Behandlung, Buchung einfach. Ein Stern Abzug, weil ich 10 Minuten warten musste.",
            "4",
        ),
    ],
    "en": [
        ("Friendly, on time and actually explained what was wrong with my back. Five stars", "5")
    ],
    "fr": [("Kiné compétente, à l'écoute, cabinet propre. Mon dos va beaucoup mieux", "5")],
    "es": [
        ("Fisio muy profesional, puntual y me explicó bien los ejercicios. Cinco estrellas", "5")
    ],
    "pt": [("Fisioterapeuta muito profissional, pontual e explicou tudo. Cinco estrelas", "5")],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["Ottimo", "tutto perfetto", "👍", "brava Elisa!", "bene così"],
    "de": ["Top", "alles bestens", "👍", "sehr gut", "passt"],
    "en": ["great", "spot on", "👍"],
    "fr": ["Parfait", "très bien"],
    "es": ["genial", "todo perfecto"],
    "pt": ["ótimo", "tudo bem 👍"],
}

NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "Sono le 2 e la schiena mi tiene sveglia, ma ho appena fatto gli esercizi di respirazione dell'app Snodia e va già meglio. Domattina seduta 🙏",
        "Turno di notte in reparto finito adesso, prenotata la seduta di sabato con Snodia dal telefono in due minuti. Grandi",
        "Notte insonne, allora stretching con i video di Snodia in salotto. Il collo ringrazia",
    ],
    "de": [
        "Nachtschicht im Krankenhaus vorbei, noch schnell bei Snodia den Samstagstermin gebucht. 2 Minuten, fertig.",
        "Kann nicht schlafen, also Dehnübungen aus der Snodia-App im Wohnzimmer. Der Nacken freut sich.",
        "3 Uhr nachts, Baby schläft endlich, ich mach die Beckenboden-Übungen von Snodia. Die Videos sind echt gut gemacht",
    ],
    "en": [
        "Can't sleep so doing the Snodia stretching video in the kitchen in the middle of the night. Hip says thanks"
    ],
    "fr": ["Insomnie, alors étirements de l'appli Snodia en pleine nuit. Le dos dit merci"],
    "es": [
        "Sin poder dormir, haciendo los estiramientos de la app de Snodia de madrugada. La espalda lo agradece"
    ],
    "pt": [
        "Sem sono, a fazer os alongamentos da app da Snodia a meio da noite. As costas agradecem"
    ],
}

NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "ciao sono sveglia per il dolore al ginocchio operato, posso mettere il ghiaccio anche adesso di notte?",
            "Ciao! Sì, 10-15 minuti di ghiaccio avvolto in un panno vanno bene anche adesso; se il dolore aumenta molto senta il suo medico, e domani ne parli con la fisioterapista.",
        ),
        (
            "a che ora apre lo studio di {city} sabato?",
            "Il sabato apriamo alle 8:00, il primo appuntamento libero è alle 8:30.",
        ),
    ],
    "de": [
        (
            "kann nicht schlafen, Rücken zieht. darf ich die Übungen aus dem Plan auch nachts machen?",
            "Ja, die sanften Übungen aus Ihrem Plan gehen jederzeit. Wenn der Schmerz stärker wird, sprechen Sie morgen mit Ihrer Physiotherapeutin.",
        ),
        (
            "Ab wann ist die Praxis in {city} am Samstag offen?",
            "Samstags öffnen wir um 8 Uhr, der erste freie Termin ist um 8:30.",
        ),
    ],
    "en": [
        (
            "cant sleep, knee aching after yesterdays session, is ice ok now?",
            "Yes, 10-15 minutes of ice wrapped in a cloth is fine at any time. If it gets much worse ring your GP, and mention it to your physio tomorrow.",
        )
    ],
    "fr": [
        (
            "je n'arrive pas à dormir, le dos tire, je peux faire les exercices du programme la nuit ?",
            "Oui, les exercices doux de votre programme peuvent se faire à toute heure. Si la douleur augmente, parlez-en demain à votre kiné.",
        )
    ],
    "es": [
        (
            "no puedo dormir, me duele la rodilla después de la sesión, ¿puedo ponerme hielo ahora?",
            "Sí, 10-15 minutos de hielo envuelto en un paño a cualquier hora. Si empeora mucho, consulta a tu médico y coméntalo mañana con tu fisio.",
        )
    ],
    "pt": [
        (
            "não consigo dormir, o joelho dói depois da sessão, posso pôr gelo agora?",
            "Sim, 10-15 minutos de gelo embrulhado num pano a qualquer hora. Se piorar muito, fale com o seu médico e amanhã com a fisioterapeuta.",
        )
    ],
}

#: Mild one-off grumbles (chat or web form) and the agent's answer.
MILD: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "La ricerca degli studi mi mostra ancora quello di via Roma, che è chiuso da mesi",
            "Grazie della segnalazione! Lo togliamo dalla ricerca oggi stesso; lo studio più vicino è in corso Italia.",
        ),
        (
            "il timer degli esercizi nell'app suona troppo piano, non lo sento mai",
            "Grazie, lo giriamo al team dell'app. Intanto in Profilo > Suoni può scegliere il segnale più forte.",
        ),
        (
            "la mappa degli studi nell'app ci mette un'eternità a caricarsi",
            "Grazie della segnalazione, ci stiamo lavorando: nel frattempo la lista degli studi si apre subito dal menu Studi.",
        ),
    ],
    "de": [
        (
            "Die Praxissuche zeigt immer noch die Praxis in der Lindenstraße, die seit Monaten zu ist",
            "Danke für den Hinweis! Wir nehmen sie heute noch raus, die nächste Praxis ist am Marktplatz.",
        ),
        (
            "Der Timer bei den Übungen piept viel zu leise",
            "Danke, geben wir ans App-Team weiter. Unter Profil > Töne können Sie schon jetzt einen lauteren Ton wählen.",
        ),
        (
            "die Praxiskarte in der App lädt ewig",
            "Danke für die Meldung, wir sind dran. Die Praxisliste unter Menü > Praxen öffnet sich sofort.",
        ),
    ],
    "en": [
        (
            "The clinic search still shows the one on Mill Street that closed months ago",
            "Thanks for flagging it! We're taking it off today; the nearest clinic is on Station Road.",
        )
    ],
    "fr": [
        (
            "La recherche de cabinets affiche encore celui de la rue Centrale, fermé depuis des mois",
            "Merci du signalement ! Nous le retirons aujourd'hui, le cabinet le plus proche est avenue de la Gare.",
        )
    ],
    "es": [
        (
            "El buscador de clínicas todavía muestra la de la calle Mayor, que cerró hace meses",
            "¡Gracias por avisar! La quitamos hoy mismo; la clínica más cercana está en la avenida de la Estación.",
        )
    ],
    "pt": [
        (
            "A pesquisa de clínicas ainda mostra a da Rua Direita, que fechou há meses",
            "Obrigado pelo aviso! Retiramos hoje mesmo; a clínica mais próxima é na Avenida da Estação.",
        )
    ],
}

GRUMBLES: dict[str, list[str]] = {
    "it": [
        "L'app mi disconnette ogni volta che la apro. Ogni. Volta.",
        "Il promemoria della seduta arriva alle 6 di mattina. Ma perché??",
        "20 minuti in sala d'attesa anche oggi. Appuntamento alle 17 vuol dire 17:20 evidentemente",
        "Davanti allo studio non si parcheggia mai, fate almeno una convenzione col garage",
        "Mi hanno spostato di nuovo l'orario della seduta senza chiedermi niente",
        "I video degli esercizi si bloccano a metà, e il wifi di casa va benissimo",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus. Jedes. Mal.",
        "Die Terminerinnerung kommt um 6 Uhr morgens. Warum??",
        "Auch heute wieder 20 Minuten im Wartezimmer. 17 Uhr heißt bei euch wohl 17:20",
        "Vor der Praxis gibt es nie einen Parkplatz, macht doch mal einen Deal mit dem Parkhaus",
        "Schon wieder meine Terminzeit verschoben, ohne mich zu fragen",
        "Die Übungsvideos hängen ständig, obwohl mein WLAN top ist",
    ],
    "en": [
        "The app logs me out every single time I open it. Every. Time.",
        "Session reminder texts at 6am. Why??",
        "20 minutes in the waiting room again. 5pm apparently means 5.20",
        "Moved my appointment time again without asking me",
        "Exercise videos freeze halfway through, and my wifi is fine",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois que je l'ouvre. Chaque. Fois.",
        "Le rappel de séance arrive à 6h du matin. Pourquoi ??",
        "Encore 20 minutes en salle d'attente. 17h ça veut dire 17h20 apparemment",
        "Les vidéos d'exercices se figent au milieu, et ma wifi marche très bien",
        "Encore un horaire de séance changé sans me demander",
    ],
    "es": [
        "La app me cierra la sesión cada vez que la abro. Cada. Vez.",
        "El recordatorio de la sesión llega a las 6 de la mañana. ¿¿Por qué??",
        "Otra vez 20 minutos en la sala de espera. Las 17 son las 17:20, por lo visto",
        "Los vídeos de ejercicios se congelan a la mitad y el wifi va perfecto",
        "Me han vuelto a cambiar la hora de la sesión sin preguntar",
    ],
    "pt": [
        "A app termina-me a sessão sempre que a abro. Sempre.",
        "O lembrete da sessão chega às 6 da manhã. Porquê??",
        "Outra vez 20 minutos na sala de espera. 17h quer dizer 17h20, pelos vistos",
        "Os vídeos dos exercícios param a meio e o wifi está ótimo",
        "Mudaram outra vez a hora da sessão sem me perguntar",
    ],
}

SARCASM: dict[str, list[str]] = {
    "it": [
        'Seduta "a domicilio" alle 21:30 perché il fisioterapista era "in ritardo col giro". Ottimo, così vado a letto rilassatissim{o} 👏',
        "Fantastico il nuovo aggiornamento dell'app Snodia: adesso per trovare i miei esercizi bastano solo 7 tocchi 🙃",
    ],
    "de": [
        'Hausbesuch um 21:30, weil der Physio "im Verzug" war. Super, so schlaf ich wenigstens entspannt ein 👏',
        "Tolles neues Update der Snodia-App: Meine Übungen finde ich jetzt in nur 7 Klicks 🙃",
    ],
    "en": ["Love the new Snodia app update, my exercises are now only 7 taps away 🙃"],
    "fr": [
        "Super la nouvelle mise à jour de l'appli Snodia : mes exercices ne sont plus qu'à 7 clics 🙃"
    ],
    "es": [
        "Me encanta la nueva actualización de la app de Snodia: mis ejercicios están ya a solo 7 toques 🙃"
    ],
    "pt": [
        "Adoro a nova atualização da app da Snodia: os meus exercícios estão agora a apenas 7 toques 🙃"
    ],
}

AGENT_HI: dict[str, str] = {
    "it": "Gentile {first},",
    "de": "Hallo {first},",
    "en": "Hi {first},",
    "fr": "Bonjour {first},",
    "es": "Hola {first},",
    "pt": "Olá {first},",
}

#: Why a bilingual customer uses the second language, by that language.
SECOND_LANGUAGE_REASON: dict[str, list[str]] = {
    "it": [
        "works in Ticino for an Italian firm",
        "partner is from Bologna",
        "grew up with an Italian mother",
    ],
    "de": ["works for a German company", "studied in Vienna", "partner is from Zürich"],
    "en": [
        "works in English at an international firm",
        "studied in Dublin",
        "partner is from Leeds",
    ],
    "fr": ["works in Geneva", "grew up with a French father", "lived ten years in Lyon"],
    "es": ["partner is from Valencia", "studied in Madrid", "works for a Spanish firm"],
    "pt": [
        "grew up with a Portuguese mother",
        "works with a team in Porto",
        "partner is from Braga",
    ],
}
