# ruff: noqa: E501
"""Consumer and spike wording for heldout83 (Clorello, pool and hot-tub care).

Every table maps a language to a few ways of saying one thing. Placeholders
in braces are filled by ``make_heldout83.py``: {case} a case reference, {amt}
an amount in the customer's money, {comp} a competitor, {agent} the agent's
first name, {product} a product label, {topic} a problem's short label, {first}
the customer's first name, {when} a local time.
"""

from __future__ import annotations

Table = dict[str, list[str]]

LANGS = ("en", "it", "fr", "de", "pt", "es")
COMPETITORS = ("Nataqua", "Beckenfix")

# (label, price in euros, page)
PRODUCTS: list[tuple[str, int, str]] = [
    ("Hot-tub service visit / Intervento idromassaggio", 65, "/book/hot-tub-visit"),
    ("Pool opening for the season / Apertura piscina", 149, "/book/opening"),
    ("Winterising visit / Chiusura invernale", 139, "/book/winterising"),
    ("Chlorine tablets 5 kg / Cloro in pastiglie 5 kg", 42, "/shop/chlorine-5kg"),
    ("pH minus 3 kg / Riduttore pH 3 kg", 19, "/shop/ph-minus"),
    ("Test strips x100 / Strisce test x100", 14, "/shop/test-strips"),
    ("Filter cartridge pair / Coppia cartucce filtro", 58, "/shop/filter-cartridges"),
    ("Green-water rescue visit / Intervento acqua verde", 119, "/book/green-water"),
    ("Hot-tub cover, 2 m / Copertura idromassaggio 2 m", 289, "/shop/hot-tub-cover"),
    ("Robot cleaner service / Revisione robot pulitore", 79, "/book/robot-service"),
]

PAGES = [
    "/app/home",
    "/app/my-pool",
    "/app/water-log",
    "/app/visits",
    "/help/hot-tub-care",
    "/help/green-water",
    "/plans/care-plus",
    "/shop/chemicals",
    "/help/winter-covers",
    "/app/technician",
]

SURVEY_HAPPY: Table = {
    "en": ["Great", "spot on", "👍", "", "Lovely technician", ""],
    "it": ["Ottimo", "tutto perfetto", "👍", "", "bravissimi", ""],
    "fr": ["Parfait", "", "👍"],
    "de": ["Super", "", "top"],
    "pt": ["Excelente", "", "👍"],
    "es": ["Genial", "", "👍"],
}

PRAISE: Table = {
    "en": [
        "Clorello's tech Dave came out in the rain, sorted the hot tub and even showed my son how to read the test strip. Brilliant service.",
        "Pool is crystal clear for the first time since we bought the house. Whoever does the Tuesday round for Clorello deserves a raise",
        "Honestly the Clorello app is the only app on my phone that does what it says. Visit booked in two taps, tech turned up on time.",
        "Can't recommend Clorello enough, hot tub water was cloudy for weeks and one visit fixed it",
        "Big thanks to Clorello, the pump was making a noise like a tractor and now you can't hear it at all",
    ],
    "it": [
        "Il tecnico di Clorello è arrivato puntualissimo, ha sistemato la pompa e mi ha spiegato tutto con pazienza. Servizio top",
        "Piscina limpida come non la vedevo da anni, grazie Clorello!",
        "Devo dirlo: con Clorello finalmente non penso più al cloro. Loro controllano, io faccio il bagno",
        "Idromassaggio di nuovo perfetto dopo la visita di ieri. Gentili, veloci e precisi",
        "App semplice, prenotazione in un minuto e il tecnico ha pure pulito il bordo. Bravi Clorello",
    ],
    "fr": [
        "Technicien Clorello au top, piscine impeccable et explications claires. Merci !",
        "Le spa n'a jamais été aussi propre, service Clorello rapide et sérieux",
    ],
    "de": [
        "Der Techniker von Clorello war pünktlich, freundlich und der Whirlpool läuft wieder wie er soll. Danke!",
        "Pool glasklar, alles erklärt bekommen. Clorello kann ich nur empfehlen",
    ],
    "pt": [
        "O técnico da Clorello foi impecável, piscina limpinha e ainda me explicou como medir o pH. Obrigada!",
        "Serviço Clorello rápido e simpático, o jacuzzi está perfeito",
    ],
    "es": [
        "El técnico de Clorello vino puntual y dejó la piscina como un espejo. Muy contenta",
        "Jacuzzi arreglado en una visita, atentos y rápidos. Gracias Clorello",
    ],
}

AGAIN: Table = {
    "en": [
        "Third time this summer the Clorello tech has saved a pool party. Same guy, same smile",
        "Still the best money I spend all year. Clorello again spot on this morning",
        "Again a perfect visit from Clorello, water tested, filter cleaned, done in 40 minutes",
    ],
    "it": [
        "Terza volta che il tecnico Clorello mi salva il weekend. Sempre gentilissimo",
        "Ancora una volta tutto perfetto, Clorello non sbaglia un colpo",
        "Di nuovo una visita impeccabile, stesso tecnico, stessa cura",
    ],
    "fr": ["Encore une fois un passage parfait de Clorello, troisième de la saison"],
    "de": ["Schon wieder ein perfekter Besuch von Clorello, das dritte Mal dieses Jahr"],
    "pt": ["Mais uma vez tudo perfeito com a Clorello, terceira visita e sempre impecável"],
    "es": ["Otra vez visita perfecta de Clorello, ya van tres este verano"],
}

GRIPE: Table = {
    "en": [
        "Really happy with Clorello, only wish the app let me pick a morning slot. Otherwise brilliant",
        "Great service as always, just the chlorine tablets came in a bucket I can't get open without a screwdriver 😅",
        "Pool looks amazing. Small thing: the visit report only arrives as a PDF, would be nice in the app",
    ],
    "it": [
        "Molto contenta di Clorello, solo che il report della visita arriva come PDF e non si legge bene sul telefono",
        "Servizio ottimo, unica pecca il secchio delle pastiglie che non si apre mai",
        "Tutto bene, ma l'app potrebbe ricordarmi prima il passaggio del tecnico. Per il resto bravissimi",
    ],
    "fr": [
        "Très contente du service, seul bémol: le rapport de visite en PDF illisible sur mobile"
    ],
    "de": [
        "Sehr guter Service, nur der Eimer mit den Chlortabletten geht kaum auf. Sonst alles top"
    ],
    "pt": ["Muito satisfeita, só o relatório da visita vem em PDF e é difícil de ler no telemóvel"],
    "es": ["Todo genial, solo que el cubo de pastillas de cloro no hay quien lo abra"],
}

# (question, agent's answer, thanks)
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Hi, how often should I change the hot tub water in winter?",
            "Hi, every 3 months is fine if the strips read well; your technician can do it on the next visit. {agent}",
            "Perfect thanks",
        ),
        (
            "can I move next week's visit from Tuesday to Thursday",
            "Done, Thursday between 9 and 12. Anything else? {agent}",
            "brilliant cheers",
        ),
        (
            "Is it normal the pool smells of chlorine after the shock treatment?",
            "Yes, for a day or so. Leave the cover off tonight and it fades. {agent}",
            "Ok great, thank you!",
        ),
        (
            "Do you deliver the pH minus with the next visit or by post?",
            "With the visit, the technician brings it, no postage. {agent}",
            "Thanks",
        ),
    ],
    "it": [
        (
            "Buongiorno, ogni quanto devo cambiare le cartucce del filtro dell'idromassaggio?",
            "Buongiorno, ogni 6-8 settimane; il tecnico le controlla a ogni visita. {agent}",
            "Grazie mille",
        ),
        (
            "posso spostare la visita di martedì a giovedì?",
            "Fatto, giovedì tra le 9 e le 12. Serve altro? {agent}",
            "perfetto grazie",
        ),
        (
            "Dopo la clorazione shock si può fare il bagno subito?",
            "Meglio aspettare 12 ore e controllare con una striscia. {agent}",
            "Ok, grazie!",
        ),
        (
            "Il pH minus lo portate con la visita o arriva per posta?",
            "Lo porta il tecnico alla prossima visita, senza spese. {agent}",
            "Ottimo, grazie",
        ),
    ],
    "fr": [
        (
            "Bonjour, tous les combien faut-il changer l'eau du spa ?",
            "Bonjour, tous les 3 mois environ, le technicien peut s'en charger. {agent}",
            "Merci !",
        ),
        (
            "Je peux décaler la visite de mardi à jeudi ?",
            "C'est fait, jeudi entre 9h et 12h. {agent}",
            "Parfait merci",
        ),
    ],
    "de": [
        (
            "Hallo, wie oft sollte man das Wasser im Whirlpool wechseln?",
            "Hallo, etwa alle 3 Monate, der Techniker kann das beim nächsten Besuch machen. {agent}",
            "Danke!",
        ),
        (
            "Kann ich den Termin von Dienstag auf Donnerstag verschieben?",
            "Erledigt, Donnerstag zwischen 9 und 12 Uhr. {agent}",
            "Super, danke",
        ),
    ],
    "pt": [
        (
            "Olá, de quanto em quanto tempo devo mudar a água do jacuzzi?",
            "Olá, mais ou menos de 3 em 3 meses, o técnico pode tratar disso. {agent}",
            "Obrigada!",
        ),
        (
            "Posso passar a visita de terça para quinta?",
            "Feito, quinta entre as 9 e as 12. {agent}",
            "Ótimo, obrigado",
        ),
    ],
    "es": [
        (
            "Hola, cada cuánto hay que cambiar el agua del jacuzzi?",
            "Hola, cada 3 meses más o menos, el técnico puede hacerlo en la próxima visita. {agent}",
            "Gracias!",
        ),
        (
            "Puedo pasar la visita del martes al jueves?",
            "Hecho, el jueves entre las 9 y las 12. {agent}",
            "Perfecto, gracias",
        ),
    ],
}

# (subject, question, agent's reply)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Question about Care Plus",
            "Hello, does Care Plus cover the hot tub as well as the pool or do I need two plans? Thanks, {first}",
            "Hello {first}, one Care Plus plan covers both at the same address. Kind regards, {agent}, Clorello",
        ),
        (
            "Holiday in August",
            "Hi, we're away 8-22 August, can the technician still come in? Side gate code is the same as last year. {first}",
            "Hi {first}, no problem, visits stay on and the technician will use the side gate. Enjoy the holiday! {agent}, Clorello",
        ),
    ],
    "it": [
        (
            "Domanda su Care Plus",
            "Buongiorno, Care Plus copre anche l'idromassaggio o serve un secondo piano? Grazie, {first}",
            "Buongiorno {first}, un solo Care Plus copre piscina e idromassaggio allo stesso indirizzo. Cordiali saluti, {agent}, Clorello",
        ),
        (
            "Vacanze ad agosto",
            "Salve, saremo via dall'8 al 22 agosto, il tecnico può passare lo stesso? Il cancello laterale ha lo stesso codice. {first}",
            "Salve {first}, nessun problema, le visite restano e il tecnico userà il cancello laterale. Buone vacanze! {agent}, Clorello",
        ),
    ],
    "fr": [
        (
            "Question Care Plus",
            "Bonjour, Care Plus couvre-t-il aussi le spa ? Merci, {first}",
            "Bonjour {first}, oui, un seul Care Plus couvre piscine et spa à la même adresse. Cordialement, {agent}",
        )
    ],
    "de": [
        (
            "Frage zu Care Plus",
            "Hallo, gilt Care Plus auch für den Whirlpool oder brauche ich zwei Verträge? Grüße, {first}",
            "Hallo {first}, ein Care Plus gilt für Pool und Whirlpool an derselben Adresse. Viele Grüße, {agent}",
        )
    ],
    "pt": [
        (
            "Dúvida Care Plus",
            "Olá, o Care Plus cobre também o jacuzzi? Obrigada, {first}",
            "Olá {first}, sim, um Care Plus cobre piscina e jacuzzi na mesma morada. Cumprimentos, {agent}",
        )
    ],
    "es": [
        (
            "Pregunta Care Plus",
            "Hola, el Care Plus cubre también el jacuzzi? Gracias, {first}",
            "Hola {first}, sí, un solo Care Plus cubre piscina y jacuzzi en la misma dirección. Saludos, {agent}",
        )
    ],
}

# (call transcript, agent's follow-up e-mail)
CALL_Q: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "hi yeah I just wanted to ask if the technician can also look at the pool lights when he comes on Thursday one of them keeps flickering",
            "Hello {first}, as promised on the phone: Thursday's technician will check the flickering light too, no extra charge for a look. {agent}, Clorello",
        ),
        (
            "hello it's about the winter cover do you sell the ones with the straps or only the plain ones",
            "Hello {first}, following your call: both, the strapped cover is on the website under winter covers. {agent}, Clorello",
        ),
    ],
    "it": [
        (
            "sì buongiorno volevo chiedere se giovedì il tecnico può guardare anche le luci della piscina una lampeggia",
            "Buongiorno {first}, come detto al telefono: giovedì il tecnico controllerà anche la luce, senza costi per la verifica. {agent}, Clorello",
        ),
        (
            "salve chiamavo per la copertura invernale avete quelle con le cinghie",
            "Buongiorno {first}, come da telefonata: sì, la trova sul sito sotto coperture invernali. {agent}, Clorello",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si le technicien peut aussi regarder l'éclairage de la piscine jeudi",
            "Bonjour {first}, comme convenu par téléphone, le technicien regardera l'éclairage jeudi. {agent}",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob der Techniker am Donnerstag auch die Poolbeleuchtung anschauen kann",
            "Hallo {first}, wie telefonisch besprochen schaut sich der Techniker am Donnerstag auch die Beleuchtung an. {agent}",
        )
    ],
    "pt": [
        (
            "olá queria saber se o técnico na quinta pode ver também as luzes da piscina",
            "Olá {first}, como combinado ao telefone, o técnico vê as luzes na quinta. {agent}",
        )
    ],
    "es": [
        (
            "hola quería preguntar si el técnico el jueves puede mirar también las luces de la piscina",
            "Hola {first}, como hablamos por teléfono, el jueves el técnico revisa también las luces. {agent}",
        )
    ],
}

REVIEW: Table = {
    "en": [
        "Reliable, friendly, and the water has never been better. 5 stars",
        "Good value Care Plus, technicians know their stuff",
        "Easy booking, on time, tidy. What more do you want",
    ],
    "it": [
        "Affidabili e gentili, acqua perfetta tutta l'estate",
        "Care Plus conveniente, tecnici preparati",
        "Prenotazione facile, puntuali e ordinati",
    ],
    "fr": ["Fiables et sympathiques, eau parfaite tout l'été"],
    "de": ["Zuverlässig, freundlich, Wasser immer top"],
    "pt": ["Fiáveis e simpáticos, água perfeita o verão todo"],
    "es": ["Fiables y amables, agua perfecta todo el verano"],
}

NIGHT_POST: Table = {
    "en": [
        "2am and I'm sitting in the hot tub watching the stars. Clorello you made this possible lol",
        "night shift done, straight into the hot tub. water perfect thanks to Clorello",
        "can't sleep so I'm reading the Clorello water log like it's a novel. pH 7.3, we love to see it",
    ],
    "it": [
        "Le 2 di notte e sono nell'idromassaggio a guardare le stelle. Grazie Clorello",
        "Finito il turno di notte in ospedale, bagno caldo e acqua perfetta. Clorello mi salva",
        "Insonnia, quindi controllo il registro dell'acqua nell'app Clorello. pH 7,2, che soddisfazione",
    ],
    "fr": ["2h du matin dans le spa sous les étoiles, merci Clorello"],
    "de": ["2 Uhr nachts im Whirlpool unter Sternen. Danke Clorello"],
    "pt": ["2 da manhã no jacuzzi a ver as estrelas. Obrigada Clorello"],
    "es": ["Las 2 de la mañana en el jacuzzi mirando las estrellas. Gracias Clorello"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "quick one, is it ok to leave the hot tub cover off overnight",
            "Best to keep it on overnight, it keeps leaves out and the heat in. {agent}",
            "ok thanks night",
        ),
        (
            "the pool light is green at night is that the bulb or the water",
            "If the water looks clear by day it's the lens colour; the technician can swap it. {agent}",
            "ha ok thanks",
        ),
    ],
    "it": [
        (
            "domanda veloce, posso lasciare l'idromassaggio scoperto stanotte?",
            "Meglio coprirlo di notte, tiene fuori le foglie e il calore dentro. {agent}",
            "ok grazie buonanotte",
        ),
        (
            "la luce della piscina di notte sembra verde, è la lampadina o l'acqua?",
            "Se di giorno l'acqua è limpida è il colore della lente; il tecnico può cambiarla. {agent}",
            "ah ok grazie",
        ),
    ],
    "fr": [
        (
            "petite question, je peux laisser le spa découvert la nuit ?",
            "Mieux vaut le couvrir la nuit. {agent}",
            "ok merci",
        )
    ],
    "de": [
        (
            "kurze Frage, kann der Whirlpool nachts offen bleiben?",
            "Besser nachts abdecken. {agent}",
            "ok danke",
        )
    ],
    "pt": [
        (
            "pergunta rápida, posso deixar o jacuzzi destapado à noite?",
            "É melhor tapar durante a noite. {agent}",
            "ok obrigada",
        )
    ],
    "es": [
        (
            "pregunta rápida, puedo dejar el jacuzzi destapado por la noche?",
            "Mejor taparlo por la noche. {agent}",
            "vale gracias",
        )
    ],
}

# --- trouble -------------------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
# amounts in euros used by the problem texts
AMOUNTS = {
    "no_show": 65,
    "double_charge": 49,
    "damage": 0,
    "refund": 120,
    "wrong_price": 50,
    "cancel_fee": 40,
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "en": "visit marked done, nobody came",
        "it": "visita segnata come fatta, nessuno è venuto",
        "fr": "visite marquée faite, personne n'est venu",
        "de": "Besuch als erledigt markiert, niemand kam",
        "pt": "visita marcada como feita, ninguém veio",
        "es": "visita marcada como hecha, no vino nadie",
    },
    "double_charge": {
        "en": "Care Plus charged twice",
        "it": "Care Plus addebitato due volte",
        "fr": "Care Plus prélevé deux fois",
        "de": "Care Plus doppelt abgebucht",
        "pt": "Care Plus cobrado duas vezes",
        "es": "Care Plus cobrado dos veces",
    },
    "damage": {
        "en": "hot tub cover broken by technician",
        "it": "copertura idromassaggio rotta dal tecnico",
        "fr": "couvercle du spa cassé par le technicien",
        "de": "Whirlpool-Abdeckung vom Techniker beschädigt",
        "pt": "tampa do jacuzzi partida pelo técnico",
        "es": "tapa del jacuzzi rota por el técnico",
    },
    "refund": {
        "en": "refund for cancelled opening not paid",
        "it": "rimborso apertura annullata mai arrivato",
        "fr": "remboursement de l'ouverture annulée jamais reçu",
        "de": "Erstattung für abgesagte Poolöffnung fehlt",
        "pt": "reembolso da abertura cancelada em falta",
        "es": "reembolso de la apertura cancelada sin llegar",
    },
    "wrong_price": {
        "en": "non-member call-out rate charged to a Care Plus member",
        "it": "tariffa da non socio a un socio Care Plus",
        "fr": "tarif non-membre facturé à un membre Care Plus",
        "de": "Nichtmitgliedstarif trotz Care Plus",
        "pt": "tarifa de não-sócio a um sócio Care Plus",
        "es": "tarifa de no socio a un socio Care Plus",
    },
    "cancel_fee": {
        "en": "late-change fee for a visit moved five days ahead",
        "it": "penale per una visita spostata con cinque giorni di anticipo",
        "fr": "frais de modification pour une visite décalée cinq jours avant",
        "de": "Umbuchungsgebühr trotz fünf Tagen Vorlauf",
        "pt": "taxa de alteração com cinco dias de antecedência",
        "es": "penalización por mover la visita con cinco días de antelación",
    },
}

COMPLAINT_SUBJECT = {
    "en": "Complaint: {topic}",
    "it": "Reclamo: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
}

SHORT: dict[str, Table] = {
    "no_show": {
        "en": [
            "The app says my visit was DONE at 10:12 this morning. Nobody came. The skimmer is full of leaves, the water is going green and I have 15 kids coming on Saturday. What is going on?",
            "visit marked as completed, I was home all morning, NO ONE rang, no van, nothing. I'm paying for Care Plus for this?",
            "So apparently my pool was serviced today. Funny, because the leaves from Tuesday's storm are still floating in it",
        ],
        "it": [
            "L'app dice che la visita è stata FATTA alle 10:12. Non è venuto nessuno. Lo skimmer è pieno di foglie, l'acqua sta diventando verde e sabato ho la festa di mia figlia",
            "visita segnata come completata, ero a casa tutta la mattina e non si è visto NESSUNO. Pago Care Plus per questo?",
            "Secondo l'app oggi la piscina è stata pulita. Peccato che le foglie del temporale siano ancora tutte lì",
        ],
        "fr": [
            "L'appli dit que la visite a été FAITE ce matin. Personne n'est venu, l'eau verdit et j'ai des invités samedi"
        ],
        "de": [
            "Laut App wurde der Besuch heute um 10:12 ERLEDIGT. Es war niemand da. Das Wasser wird grün und am Samstag kommen Gäste"
        ],
        "pt": [
            "A app diz que a visita foi FEITA às 10:12. Não veio ninguém, a água está a ficar verde e tenho festa no sábado"
        ],
        "es": [
            "La app dice que la visita se HIZO a las 10:12. No ha venido nadie, el agua se está poniendo verde y el sábado tengo invitados"
        ],
    },
    "double_charge": {
        "en": [
            "You've taken my Care Plus fee TWICE this month, {amt} and {amt} on the same day. My direct debit for the car bounced because of it. Sort it out please",
            "two Care Plus payments of {amt} on my statement today. One plan, one pool. Why am I paying double",
        ],
        "it": [
            "Mi avete addebitato Care Plus DUE volte questo mese, {amt} più {amt} lo stesso giorno. Mi è tornata indietro la rata della macchina",
            "due addebiti da {amt} per Care Plus oggi. Ho una piscina e un abbonamento. Perché pago doppio?",
        ],
        "fr": [
            "Vous avez prélevé Care Plus DEUX fois ce mois-ci, {amt} et {amt}. Mon prélèvement de loyer a été rejeté"
        ],
        "de": [
            "Sie haben Care Plus diesen Monat ZWEIMAL abgebucht, {amt} und nochmal {amt}. Jetzt ist meine Miete geplatzt"
        ],
        "pt": [
            "Cobraram o Care Plus DUAS vezes este mês, {amt} e {amt}. A prestação do carro foi devolvida por causa disso"
        ],
        "es": [
            "Me habéis cobrado el Care Plus DOS veces este mes, {amt} y {amt}. Me han devuelto el recibo del coche"
        ],
    },
    "damage": {
        "en": [
            "Your technician snapped the hinge on my hot tub cover yesterday and just left it folded over the side. Rain got in overnight and now the water is full of muck. That cover cost me £300",
            "The cover on my hot tub has a crack right across it since your visit on Tuesday. It was fine before, I have the photos",
        ],
        "it": [
            "Il vostro tecnico ha rotto la cerniera della copertura dell'idromassaggio e l'ha lasciata piegata sul bordo. Stanotte è piovuto dentro, ora l'acqua è piena di sporco",
            "La copertura dell'idromassaggio ha una crepa da parte a parte dalla visita di martedì. Prima era perfetta, ho le foto",
        ],
        "fr": [
            "Votre technicien a cassé la charnière du couvercle du spa et l'a laissé plié sur le bord. Il a plu dedans toute la nuit"
        ],
        "de": [
            "Ihr Techniker hat das Scharnier der Whirlpool-Abdeckung abgebrochen und sie einfach so liegen lassen. Heute Nacht hat es reingeregnet"
        ],
        "pt": [
            "O vosso técnico partiu a dobradiça da tampa do jacuzzi e deixou-a assim. Choveu lá dentro a noite toda"
        ],
        "es": [
            "Vuestro técnico rompió la bisagra de la tapa del jacuzzi y la dejó doblada en el borde. Ha llovido dentro toda la noche"
        ],
    },
    "refund": {
        "en": [
            "I cancelled the pool opening in March because we were selling the house. You promised a refund of {amt} 'within 5 working days'. That was THREE weeks ago",
            "still no sign of my {amt} refund for the cancelled opening visit. three weeks. how long does it take to press a button",
        ],
        "it": [
            "Ho annullato l'apertura della piscina a marzo e mi avete promesso il rimborso di {amt} 'entro 5 giorni lavorativi'. Sono passate TRE settimane",
            "ancora niente rimborso di {amt} per l'apertura annullata. tre settimane. quanto ci vuole?",
        ],
        "fr": [
            "J'ai annulé l'ouverture de la piscine, on m'a promis {amt} sous 5 jours. Ça fait TROIS semaines"
        ],
        "de": [
            "Ich habe die Pooleröffnung storniert, Erstattung von {amt} in 5 Werktagen versprochen. Das war vor DREI Wochen"
        ],
        "pt": [
            "Cancelei a abertura da piscina e prometeram reembolso de {amt} em 5 dias úteis. Já passaram TRÊS semanas"
        ],
        "es": [
            "Cancelé la apertura de la piscina y me prometisteis {amt} en 5 días hábiles. Han pasado TRES semanas"
        ],
    },
    "wrong_price": {
        "en": [
            "I'm a Care Plus member and you charged me the non-member call-out rate for the green water visit, {amt} more than it should be. The app even shows my membership!",
            "Why was I charged the full call-out price? I pay Care Plus every month precisely so I don't. That's {amt} extra",
        ],
        "it": [
            "Sono socia Care Plus e mi avete fatto pagare l'intervento acqua verde a tariffa da non socio, {amt} in più. L'app mostra pure l'abbonamento!",
            "Perché ho pagato il prezzo pieno dell'intervento? Pago Care Plus ogni mese proprio per questo. Sono {amt} in più",
        ],
        "fr": [
            "Je suis membre Care Plus et vous m'avez facturé le tarif non-membre, {amt} de trop"
        ],
        "de": [
            "Ich bin Care-Plus-Mitglied und habe den Nichtmitgliedstarif bezahlt, {amt} zu viel"
        ],
        "pt": ["Sou sócia Care Plus e cobraram-me a tarifa de não-sócio, {amt} a mais"],
        "es": ["Soy socia Care Plus y me habéis cobrado la tarifa de no socio, {amt} de más"],
    },
    "cancel_fee": {
        "en": [
            "I moved my visit FIVE days ahead in the app and got charged a {amt} 'late change fee'. Your own terms say 48 hours. Please refund it",
            "late change fee of {amt}?? I changed the date on Sunday for a Friday visit. That isn't late by anyone's maths",
        ],
        "it": [
            "Ho spostato la visita con CINQUE giorni di anticipo e mi avete addebitato {amt} di penale. Le vostre condizioni dicono 48 ore",
            "penale di {amt}?? ho cambiato la data domenica per una visita di venerdì. non è tardi per nessuno",
        ],
        "fr": [
            "J'ai décalé la visite CINQ jours avant et on m'a facturé {amt} de frais. Vos conditions disent 48 heures"
        ],
        "de": [
            "Ich habe den Termin FÜNF Tage vorher verschoben und {amt} Gebühr bezahlt. Laut AGB sind es 48 Stunden"
        ],
        "pt": [
            "Mudei a visita com CINCO dias de antecedência e cobraram {amt} de taxa. As vossas condições dizem 48 horas"
        ],
        "es": [
            "Moví la visita con CINCO días de antelación y me cobrasteis {amt} de penalización. Vuestras condiciones dicen 48 horas"
        ],
    },
}

CALL: dict[str, dict[str, str]] = {
    "no_show": {
        "en": "yes hello the app says my visit was done this morning but nobody came I was in all morning the water is going green and I've got a party Saturday I want someone out today",
        "it": "sì buongiorno l'app dice che la visita è stata fatta stamattina ma non è venuto nessuno ero a casa l'acqua sta diventando verde e sabato ho una festa voglio qualcuno oggi",
        "fr": "oui bonjour l'application dit que la visite est faite mais personne n'est venu l'eau devient verte je veux quelqu'un aujourd'hui",
        "de": "ja hallo in der App steht der Besuch ist erledigt aber es war niemand da das Wasser wird grün ich will dass heute jemand kommt",
        "pt": "sim olá a aplicação diz que a visita foi feita mas não veio ninguém a água está verde quero alguém hoje",
        "es": "sí hola la aplicación dice que la visita está hecha pero no vino nadie el agua se está poniendo verde quiero que venga alguien hoy",
    },
    "double_charge": {
        "en": "hi I've been charged twice for Care Plus this month {amt} two times and my car payment bounced I need one of them back today please",
        "it": "salve mi avete addebitato Care Plus due volte questo mese {amt} due volte e mi è tornata la rata della macchina ne rivoglio uno indietro",
        "fr": "bonjour vous avez prélevé Care Plus deux fois ce mois {amt} deux fois mon loyer a été rejeté",
        "de": "hallo Sie haben Care Plus zweimal abgebucht {amt} zweimal und jetzt ist die Miete geplatzt",
        "pt": "olá cobraram o Care Plus duas vezes {amt} duas vezes e a prestação do carro voltou para trás",
        "es": "hola me habéis cobrado el Care Plus dos veces {amt} dos veces y me han devuelto el recibo del coche",
    },
    "damage": {
        "en": "hello your technician broke the hinge on my hot tub cover yesterday and left it and it rained in all night the water is filthy who is paying for this",
        "it": "buongiorno il vostro tecnico ieri ha rotto la cerniera della copertura dell'idromassaggio e l'ha lasciata così stanotte è piovuto dentro chi paga",
        "fr": "bonjour votre technicien a cassé la charnière du couvercle du spa il a plu dedans toute la nuit qui paie",
        "de": "hallo Ihr Techniker hat gestern das Scharnier der Abdeckung abgebrochen es hat die ganze Nacht reingeregnet wer zahlt das",
        "pt": "olá o vosso técnico partiu a dobradiça da tampa do jacuzzi e choveu lá dentro a noite toda quem paga isto",
        "es": "hola vuestro técnico rompió ayer la bisagra de la tapa del jacuzzi y ha llovido dentro toda la noche quién paga esto",
    },
    "refund": {
        "en": "hi I cancelled my pool opening three weeks ago and I was told I'd get {amt} back in five days and nothing has come I want to know where my money is",
        "it": "salve ho annullato l'apertura della piscina tre settimane fa mi avevano detto {amt} in cinque giorni e non è arrivato niente dove sono i miei soldi",
        "fr": "bonjour j'ai annulé l'ouverture il y a trois semaines on m'a promis {amt} en cinq jours et rien",
        "de": "hallo ich habe vor drei Wochen die Pooleröffnung storniert {amt} in fünf Tagen hieß es und nichts ist gekommen",
        "pt": "olá cancelei a abertura há três semanas disseram {amt} em cinco dias e nada",
        "es": "hola cancelé la apertura hace tres semanas me dijeron {amt} en cinco días y nada",
    },
    "wrong_price": {
        "en": "hello I'm a Care Plus member and I've been charged the full call-out for the green water visit that's {amt} more than it should be can you fix it",
        "it": "buongiorno sono socio Care Plus e mi avete fatto pagare l'intervento a prezzo pieno sono {amt} in più potete sistemare",
        "fr": "bonjour je suis membre Care Plus et on m'a facturé le plein tarif {amt} de trop",
        "de": "hallo ich bin Care Plus Mitglied und habe den vollen Preis bezahlt {amt} zu viel",
        "pt": "olá sou sócio Care Plus e cobraram-me o preço inteiro {amt} a mais",
        "es": "hola soy socio Care Plus y me habéis cobrado el precio completo {amt} de más",
    },
    "cancel_fee": {
        "en": "yeah hi I moved my visit five days before and I've been charged a {amt} late change fee your terms say forty eight hours I want it refunded",
        "it": "sì salve ho spostato la visita cinque giorni prima e mi avete preso {amt} di penale le condizioni dicono quarantotto ore",
        "fr": "oui bonjour j'ai décalé la visite cinq jours avant et on m'a pris {amt} de frais",
        "de": "ja hallo ich habe fünf Tage vorher verschoben und {amt} Gebühr bezahlt",
        "pt": "sim olá mudei a visita cinco dias antes e cobraram {amt} de taxa",
        "es": "sí hola moví la visita cinco días antes y me cobrasteis {amt} de penalización",
    },
}

# long e-mails: the complaint is inside a letter
LONG_EMAIL: Table = {
    "en": [
        "Dear Clorello team,\n\nI'm writing this from the hospital car park, where I've spent most of the week while my dad recovers from his knee operation, so forgive me if it rambles. We've been with you for three seasons and I have always recommended you to the neighbours; the Tuesday technician is lovely and my dad, who built the pool himself in 1989, trusts nobody else with it.\n\n{complaint}\n\nI really don't have the time or the energy to chase this at the moment. I'd be grateful if someone could just deal with it and let me know.\n\nKind regards,\n{first}",
        "Hello,\n\nI don't normally write these. We moved into my late aunt's house in the spring and inherited her pool along with her cats, and your service has honestly been the one thing this year that simply worked. I've told everyone at work about you.\n\nBut: {complaint}\n\nI would appreciate a proper answer rather than a template. I'm at the school gates most afternoons, e-mail is best.\n\nThanks,\n{first}",
    ],
    "it": [
        "Gentile servizio clienti Clorello,\n\nvi scrivo dalla sala d'attesa del fisioterapista di mia madre, che si sta riprendendo da una frattura al femore, quindi perdonate il disordine. Siamo clienti da tre stagioni e vi ho sempre consigliato a tutti; il tecnico del martedì è bravissimo e mia madre non fa toccare la piscina a nessun altro.\n\n{complaint}\n\nIn questo periodo non ho proprio la forza di rincorrere nessuno. Vi chiedo solo di risolvere e di farmi sapere.\n\nCordiali saluti,\n{first}",
        "Buongiorno,\n\nnon scrivo mai reclami. Quest'anno abbiamo ereditato la casa di mio zio con la piscina e voi siete stati l'unica cosa che ha funzionato senza pensieri, mentre rifacevamo il tetto e l'impianto elettrico.\n\nPerò: {complaint}\n\nGradirei una risposta vera e non un modulo prestampato. Scrivetemi pure qui, al telefono in cantiere non sento niente.\n\nGrazie,\n{first}",
    ],
}

AGENT_CASE_MAIL: Table = {
    "en": [
        "Hello {first}, I'm sorry about this. I've opened case {case} and a colleague from the service team will come back to you today. {agent}, Clorello",
        "Hi {first}, thanks for telling us, and apologies. Your case reference is {case}; we'll update you as soon as we have checked. {agent}, Clorello",
    ],
    "it": [
        "Buongiorno {first}, ci dispiace molto. Ho aperto la segnalazione {case} e un collega del servizio tecnico la ricontatterà oggi. {agent}, Clorello",
        "Gentile {first}, grazie della segnalazione e ci scusi. Il riferimento è {case}; la aggiorniamo appena verificato. {agent}, Clorello",
    ],
    "fr": [
        "Bonjour {first}, désolés. J'ai ouvert la demande {case}, nous revenons vers vous rapidement. {agent}, Clorello"
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Ich habe den Vorgang {case} angelegt, wir melden uns heute. {agent}, Clorello"
    ],
    "pt": [
        "Olá {first}, lamentamos. Abri o pedido {case} e voltamos a contactar hoje. {agent}, Clorello"
    ],
    "es": [
        "Hola {first}, lo sentimos. He abierto la incidencia {case} y te escribimos hoy. {agent}, Clorello"
    ],
}
CASE_SUBJECT = {
    "en": "Your case {case}",
    "it": "Segnalazione {case}",
    "fr": "Demande {case}",
    "de": "Vorgang {case}",
    "pt": "Pedido {case}",
    "es": "Incidencia {case}",
}
RE_SUBJECT = {
    "en": "Re: Your case {case}",
    "it": "R: Segnalazione {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "pt": "RE: Pedido {case}",
    "es": "RE: Incidencia {case}",
}

AGENT_CASE_CHAT: Table = {
    "en": [
        "I'm really sorry. I've opened case {case} and passed it to the service team, they'll be in touch today. {agent}"
    ],
    "it": [
        "Mi dispiace davvero. Ho aperto la segnalazione {case} e l'ho passata al servizio tecnico, la contattano oggi. {agent}"
    ],
    "fr": [
        "Vraiment désolé. J'ai ouvert la demande {case}, l'équipe vous recontacte aujourd'hui. {agent}"
    ],
    "de": [
        "Das tut mir leid. Ich habe den Vorgang {case} angelegt, das Team meldet sich heute. {agent}"
    ],
    "pt": ["Lamento imenso. Abri o pedido {case}, a equipa contacta hoje. {agent}"],
    "es": ["Lo siento mucho. He abierto la incidencia {case}, el equipo te contacta hoy. {agent}"],
}

AGENT_GOOD_NEWS: Table = {
    "en": [
        "Good news on case {case}, {first}: it's been put right on our side. Could you confirm everything looks right to you? {agent}, Clorello",
        "Hi {first}, an update on {case}: this should now be sorted. Could you let us know if you see it fixed? {agent}, Clorello",
    ],
    "it": [
        "Buone notizie sulla segnalazione {case}, {first}: abbiamo sistemato. Può confermarci che ora è tutto a posto? {agent}, Clorello",
        "Salve {first}, aggiornamento su {case}: dovrebbe essere risolto. Ci conferma? {agent}, Clorello",
    ],
    "fr": [
        "Bonne nouvelle pour la demande {case}, {first} : c'est corrigé. Pouvez-vous confirmer ? {agent}"
    ],
    "de": [
        "Gute Nachricht zu Vorgang {case}, {first}: ist behoben. Können Sie das bestätigen? {agent}"
    ],
    "pt": ["Boas notícias sobre o pedido {case}, {first}: está resolvido. Pode confirmar? {agent}"],
    "es": [
        "Buenas noticias sobre la incidencia {case}, {first}: está resuelto. ¿Nos lo confirmas? {agent}"
    ],
}

CONFIRM: Table = {
    "en": [
        "Yes, confirmed, case {case} is sorted. Thanks for fixing it",
        "all good now with {case}, thanks a lot",
    ],
    "it": [
        "Sì, confermo, la segnalazione {case} è risolta. Grazie",
        "tutto a posto per {case}, grazie mille",
    ],
    "fr": ["Oui, c'est bon pour la demande {case}, merci"],
    "de": ["Ja, Vorgang {case} ist erledigt, danke"],
    "pt": ["Sim, o pedido {case} está resolvido, obrigada"],
    "es": ["Sí, confirmado, la incidencia {case} está resuelta, gracias"],
}

APOLOGY: Table = {
    "en": [
        "Sorry for the tone yesterday, I was at the end of my rope. Thanks for sorting it",
        "Apologies for shouting in my message, it had been a long week. All fine now, thank you",
    ],
    "it": [
        "Scusate il tono di ieri, ero esasperata. Grazie per aver risolto",
        "Mi scuso per il messaggio di ieri, settimana pesante. Ora tutto bene, grazie",
    ],
    "fr": ["Désolée pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça"],
    "de": ["Entschuldigung für den Ton gestern, ich war genervt. Danke fürs Lösen"],
    "pt": ["Desculpem o tom de ontem, estava farta. Obrigada por resolverem"],
    "es": ["Perdón por el tono de ayer, estaba harta. Gracias por arreglarlo"],
}

CSAT_LOW = {
    "en": ["useless", "", "no"],
    "it": ["pessimo", "", "no"],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "pt": ["péssimo", ""],
    "es": ["fatal", ""],
}
NPS_LOW = {
    "en": ["not after this", "", "sort it first"],
    "it": ["non dopo questo", "", "prima risolvete"],
    "fr": ["pas après ça", ""],
    "de": ["so nicht", ""],
    "pt": ["assim não", ""],
    "es": ["así no", ""],
}

REPEAT2: Table = {
    "en": [
        "Case {case} is still open and nothing has happened. Again: {topic}. Can someone actually look at it?",
        "Writing again about {case}. Still not sorted ({topic}). Nobody has called me back",
    ],
    "it": [
        "La segnalazione {case} è ancora aperta e non è successo niente. Di nuovo: {topic}. Qualcuno può guardarla davvero?",
        "Scrivo di nuovo per {case}. Ancora niente ({topic}). Nessuno mi ha richiamata",
    ],
    "fr": ["La demande {case} est toujours ouverte, rien n'a bougé ({topic})"],
    "de": ["Vorgang {case} ist immer noch offen, nichts passiert ({topic})"],
    "pt": ["O pedido {case} continua aberto e nada ({topic})"],
    "es": ["La incidencia {case} sigue abierta y nada ({topic})"],
}
REPEAT3: Table = {
    "en": [
        "Third time about {case}: {topic}, still open. My neighbour uses {comp} and they sort this kind of thing the same day",
        "This is the third message on {case}. Still not fixed. I've looked at what {comp} charges, you know",
    ],
    "it": [
        "Terza volta per {case}: {topic}, ancora aperta. La mia vicina ha {comp} e loro risolvono in giornata",
        "Terzo messaggio su {case}. Ancora niente. Ho guardato i prezzi di {comp}, sappiatelo",
    ],
    "fr": [
        "Troisième fois pour {case}, toujours rien. Ma voisine est chez {comp}, eux règlent ça dans la journée"
    ],
    "de": [
        "Zum dritten Mal wegen {case}, immer noch offen. Mein Nachbar hat {comp}, die lösen so was am selben Tag"
    ],
    "pt": [
        "Terceira vez sobre {case}, continua aberto. A minha vizinha tem {comp} e resolvem no mesmo dia"
    ],
    "es": [
        "Tercera vez por {case}, sigue abierta. Mi vecina tiene {comp} y se lo arreglan en el día"
    ],
}
REPEAT4: Table = {
    "en": [
        "FOURTH time I'm contacting you about {case} ({topic}). Still open. Unbelievable",
        "this is the FOURTH time. {case}. still nothing",
    ],
    "it": [
        "È la QUARTA volta che vi contatto per {case} ({topic}). Ancora aperta. Incredibile",
        "QUARTA volta. {case}. ancora niente",
    ],
    "fr": ["QUATRIÈME fois pour {case}. Toujours ouvert"],
    "de": ["Zum VIERTEN Mal wegen {case}. Immer noch offen"],
    "pt": ["QUARTA vez por causa do {case}. Continua aberto"],
    "es": ["CUARTA vez por {case}. Sigue abierta"],
}
REPEAT_CALL: Table = {
    "en": [
        "hi I'm calling about case {case} it's still not sorted {topic} and nobody has called me back"
    ],
    "it": [
        "salve chiamo per la segnalazione {case} non è ancora risolta {topic} e nessuno mi ha richiamato"
    ],
    "fr": ["bonjour j'appelle pour la demande {case} toujours pas réglé {topic}"],
    "de": ["hallo ich rufe wegen Vorgang {case} an immer noch nicht gelöst {topic}"],
    "pt": ["olá ligo por causa do pedido {case} ainda não está resolvido {topic}"],
    "es": ["hola llamo por la incidencia {case} sigue sin resolver {topic}"],
}
AGENT_URGENT: Table = {
    "en": [
        "I've added this to case {case} and marked it urgent. I'm sorry it's taking so long. {agent}"
    ],
    "it": [
        "Ho aggiunto tutto alla segnalazione {case} e l'ho segnata come urgente. Mi scusi per l'attesa. {agent}"
    ],
    "fr": ["J'ai ajouté ceci à la demande {case}, marquée urgente. {agent}"],
    "de": ["Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert. {agent}"],
    "pt": ["Acrescentei ao pedido {case} e marquei como urgente. {agent}"],
    "es": ["Lo he añadido a la incidencia {case} y la he marcado urgente. {agent}"],
}
AGENT_QUALITY: Table = {
    "en": [
        "Hello {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}, Clorello"
    ],
    "it": [
        "Buongiorno {first}, la sua segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}, Clorello"
    ],
    "fr": [
        "Bonjour {first}, votre demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}"
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
    ],
    "pt": [
        "Olá {first}, o seu pedido {case} está com a nossa responsável de qualidade, que liga até sexta ao almoço. {agent}"
    ],
    "es": [
        "Hola {first}, tu incidencia {case} está con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
}

# six steps of a slide; the last names a competitor
SLIDE: Table = {
    "en": [
        "Technician three hours late today and no call. Not like Clorello",
        "Visit report says filter cleaned. It wasn't, the cartridge still had last week's hair in it",
        "Now I have to be home for every visit 'for access reasons'. Used to be the side gate was fine",
        "Chemicals delivery says 5 kg chlorine, bucket is half empty. Getting tired of checking everything",
        "Charged £30 'disposal fee' for old filter cartridges I put in my own bin. Seriously Clorello?",
        "My sister switched to {comp} last year and never complains. I've booked their winterising for next month",
    ],
    "it": [
        "Tecnico in ritardo di tre ore oggi e nessuna chiamata. Non è da Clorello",
        "Il report dice filtro pulito. Non lo era, la cartuccia era ancora piena di capelli della settimana scorsa",
        "Adesso devo essere in casa a ogni visita 'per motivi di accesso'. Prima il cancello laterale andava benissimo",
        "Consegna da 5 kg di cloro, secchio mezzo vuoto. Mi sono stancata di controllare tutto",
        "35 € di 'smaltimento' per cartucce vecchie che ho buttato io nel mio bidone. Davvero Clorello?",
        "Mia sorella è passata a {comp} l'anno scorso e non si lamenta mai. Ho prenotato con loro la chiusura invernale",
    ],
    "fr": [
        "Technicien trois heures en retard aujourd'hui, sans appel. Ça ne ressemble pas à Clorello",
        "Le rapport dit filtre nettoyé. Faux, la cartouche était encore sale",
        "Maintenant il faut être présent à chaque visite. Avant le portail suffisait",
        "Livraison de 5 kg de chlore, seau à moitié vide. Marre de tout vérifier",
        "35 € de 'frais d'élimination' pour des cartouches que j'ai jetées moi-même. Sérieusement Clorello ?",
        "Ma sœur est passée chez {comp}, elle ne se plaint jamais. J'ai réservé leur hivernage",
    ],
    "de": [
        "Techniker heute drei Stunden zu spät, kein Anruf. Kenne ich so nicht von Clorello",
        "Im Bericht steht Filter gereinigt. War er nicht",
        "Jetzt muss ich bei jedem Besuch zu Hause sein. Früher reichte das Gartentor",
        "5 kg Chlor geliefert, Eimer halb leer. Ich hab keine Lust mehr alles nachzuprüfen",
        "35 € 'Entsorgungsgebühr' für alte Kartuschen, die ich selbst weggeworfen habe. Ernsthaft Clorello?",
        "Meine Schwester ist zu {comp} gewechselt und ist zufrieden. Die Einwinterung habe ich dort gebucht",
    ],
    "pt": [
        "Técnico três horas atrasado hoje e sem ligar. Não é costume da Clorello",
        "O relatório diz filtro limpo. Não estava",
        "Agora tenho de estar em casa em todas as visitas. Antes o portão chegava",
        "Entrega de 5 kg de cloro, balde meio vazio. Estou farta de verificar tudo",
        "35 € de 'taxa de eliminação' por cartuchos que deitei fora eu. A sério Clorello?",
        "A minha irmã mudou para a {comp} e não se queixa. Já marquei com eles o fecho de inverno",
    ],
    "es": [
        "Técnico tres horas tarde hoy y sin llamar. No es propio de Clorello",
        "El informe dice filtro limpio. No lo estaba",
        "Ahora tengo que estar en casa en cada visita. Antes bastaba la puerta del jardín",
        "Entrega de 5 kg de cloro, cubo medio vacío. Harta de revisarlo todo",
        "35 € de 'tasa de retirada' por cartuchos que tiré yo. En serio Clorello?",
        "Mi hermana se pasó a {comp} y no se queja nunca. Ya he reservado con ellos el invernaje",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Cancel Care Plus",
            "Hello, we've had the pool filled in to make room for a vegetable garden, so I'd like to cancel Care Plus and close my account please. Thanks for the years of service, {first}",
        ),
        (
            "Closing my account",
            "Hi, we're moving to a flat in town next month, no pool, no garden. Please cancel my Care Plus and close the account. {first}",
        ),
    ],
    "it": [
        (
            "Disdetta Care Plus",
            "Buongiorno, abbiamo fatto riempire la piscina per fare l'orto, quindi vorrei disdire Care Plus e chiudere l'account. Grazie di questi anni, {first}",
        ),
        (
            "Chiusura account",
            "Salve, il mese prossimo ci trasferiamo in un appartamento in città, niente piscina. Per favore disdite Care Plus e chiudete l'account. {first}",
        ),
    ],
    "fr": [
        (
            "Résiliation Care Plus",
            "Bonjour, nous déménageons en appartement, je souhaite résilier Care Plus et fermer mon compte. {first}",
        )
    ],
    "de": [
        (
            "Kündigung Care Plus",
            "Hallo, wir ziehen in eine Wohnung ohne Garten, bitte Care Plus kündigen und mein Konto schließen. {first}",
        )
    ],
    "pt": [
        (
            "Cancelar Care Plus",
            "Olá, vamos mudar para um apartamento, quero cancelar o Care Plus e fechar a conta. {first}",
        )
    ],
    "es": [
        (
            "Baja Care Plus",
            "Hola, nos mudamos a un piso sin jardín, quiero dar de baja el Care Plus y cerrar la cuenta. {first}",
        )
    ],
}
AGENT_SORRY_GO: Table = {
    "en": [
        "Hello {first}, sorry to see you go. You can cancel Care Plus yourself in the app or on the website under My plan; the account closes with it. {agent}, Clorello"
    ],
    "it": [
        "Buongiorno {first}, ci dispiace vederla andare. Può disdire Care Plus da sola nell'app o sul sito, in Il mio piano; l'account si chiude con la disdetta. {agent}, Clorello"
    ],
    "fr": [
        "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, rubrique Mon offre. {agent}"
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können Care Plus in der App oder auf der Website unter Mein Vertrag kündigen. {agent}"
    ],
    "pt": [
        "Olá {first}, lamentamos vê-la partir. Pode cancelar na app ou no site, em O meu plano. {agent}"
    ],
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes darte de baja en la app o en la web, en Mi plan. {agent}"
    ],
}

GRUMBLES: Table = {
    "en": [
        "Why does the app log me out every single time I open it",
        "Visit window 8-12 again. Some of us work",
        "The water log graph is unreadable on a phone",
        "The 'visit tomorrow' text at 6am is not needed thanks",
        "Chlorine bucket lids still impossible to open",
        "No notice when the technician changes. New guy every week",
        "3 stars. Does the job, moans included",
    ],
    "it": [
        "Perché l'app mi fa uscire ogni volta che la apro",
        "Fascia 8-12 di nuovo. C'è chi lavora",
        "Il grafico dell'acqua nell'app non si legge sul telefono",
        "L'sms 'visita domani' alle 6 del mattino anche no",
        "I coperchi dei secchi di cloro ancora impossibili da aprire",
        "Nessun avviso quando cambia il tecnico. Uno nuovo ogni settimana",
        "3 stelle. Fa il suo, con lamentele incluse",
    ],
    "fr": [
        "Pourquoi l'appli me déconnecte à chaque fois",
        "Créneau 8-12 encore. Certains travaillent",
        "Le SMS 'visite demain' à 6h, non merci",
        "Technicien différent chaque semaine, sans prévenir",
        "3 étoiles. Ça fait le job",
    ],
    "de": [
        "Warum loggt mich die App jedes Mal aus",
        "Schon wieder Zeitfenster 8-12. Manche arbeiten",
        "Die SMS um 6 Uhr morgens braucht keiner",
        "Jede Woche ein anderer Techniker ohne Info",
        "3 Sterne. Erfüllt den Zweck",
    ],
    "pt": [
        "Porque é que a app me desliga sempre",
        "Janela 8-12 outra vez. Há quem trabalhe",
        "SMS às 6 da manhã, não obrigado",
        "Técnico diferente todas as semanas",
        "3 estrelas. Faz o trabalho",
    ],
    "es": [
        "Por qué la app me cierra la sesión cada vez",
        "Franja 8-12 otra vez. Algunos trabajamos",
        "El SMS a las 6 de la mañana sobra",
        "Técnico distinto cada semana sin avisar",
        "3 estrellas. Cumple",
    ],
}

SARCASM: Table = {
    "en": [
        "Love that the 'morning' visit turned up at 7:45pm, nothing says relaxing like pool vacuuming by torchlight 👏",
        "Thanks Clorello for the bonus frog in the skimmer basket, very eco 😂",
    ],
    "it": [
        "Adoro la visita 'di mattina' arrivata alle 19:45, niente di più rilassante che pulire la piscina con la torcia 👏",
        "Grazie Clorello per la rana omaggio nel cestello dello skimmer, molto green 😂",
    ],
    "fr": [
        "Génial la visite 'du matin' à 19h45, rien de tel que l'aspirateur de piscine à la lampe torche 👏"
    ],
    "de": [
        "Toll, der 'Vormittagstermin' um 19:45, Poolsaugen mit Taschenlampe ist so entspannend 👏"
    ],
    "pt": ["Adoro a visita 'da manhã' às 19:45, nada como aspirar a piscina à lanterna 👏"],
    "es": [
        "Me encanta la visita 'de mañana' a las 19:45, nada más relajante que aspirar la piscina con linterna 👏"
    ],
}

MILD: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "the water log in the app shows yesterday's test twice, not a big deal but confusing",
            "Thanks, I've passed it to the app team, the double entry is only a display thing. {agent}",
        ),
        (
            "shop says 'in stock' on the pH minus but the basket says 3 days",
            "Thanks for flagging, it ships in 3 days; I've asked the team to fix the label. {agent}",
        ),
    ],
    "it": [
        (
            "il registro dell'acqua nell'app mostra due volte il test di ieri, niente di grave ma confonde",
            "Grazie, l'ho segnalato al team dell'app, è solo visualizzazione. {agent}",
        ),
        (
            "nel negozio il pH minus è 'disponibile' ma nel carrello dice 3 giorni",
            "Grazie, spedisce in 3 giorni; ho chiesto di correggere l'etichetta. {agent}",
        ),
    ],
    "fr": [
        (
            "le journal de l'eau affiche deux fois le test d'hier",
            "Merci, transmis à l'équipe de l'appli. {agent}",
        )
    ],
    "de": [
        (
            "Das Wasserprotokoll zeigt den Test von gestern doppelt",
            "Danke, ist an das App-Team weitergegeben. {agent}",
        )
    ],
    "pt": [
        (
            "o registo da água mostra o teste de ontem duas vezes",
            "Obrigado, passei à equipa da app. {agent}",
        )
    ],
    "es": [
        (
            "el registro del agua muestra dos veces la prueba de ayer",
            "Gracias, lo he pasado al equipo de la app. {agent}",
        )
    ],
}
MILD_FORM_ACK: Table = {
    "en": ["Hello {first}, thanks for your note, we've passed it to the team. {agent}, Clorello"],
    "it": [
        "Buongiorno {first}, grazie della segnalazione, l'abbiamo girata al team. {agent}, Clorello"
    ],
    "fr": ["Bonjour {first}, merci, c'est transmis à l'équipe. {agent}"],
    "de": ["Hallo {first}, danke, ist an das Team weitergegeben. {agent}"],
    "pt": ["Olá {first}, obrigado, passámos à equipa. {agent}"],
    "es": ["Hola {first}, gracias, lo hemos pasado al equipo. {agent}"],
}

# --- spike: emergency call-out refused, "outside our service area", E7.OOA ---

SPIKE_CODE = "E7.OOA"
SPIKE: dict[str, Table] = {
    "post": {
        "en": [
            "Anyone else getting 'outside our service area E7.OOA' on the Clorello emergency call-out? I've had them for 4 years at this address. Hot tub heater died overnight, it's 2 degrees",
            "Clorello app won't let me request an emergency visit, says my address is not covered E7.OOA. it's the same address you've been coming to every week since 2023",
            "so the Clorello emergency button now says we're out of area (E7.OOA). pool cover full of storm water and sagging. great",
        ],
        "it": [
            "Anche a voi l'app Clorello dice 'fuori zona di servizio E7.OOA' per l'intervento urgente? Sono cliente da 4 anni a questo indirizzo. Idromassaggio senza riscaldamento e stanotte gela",
            "Clorello non mi fa chiedere l'intervento urgente, 'indirizzo non coperto' E7.OOA. Ma se venite qui ogni settimana!",
            "il pulsante emergenza di Clorello dice che siamo fuori zona (E7.OOA). telo pieno d'acqua del temporale che sta cedendo. benissimo",
        ],
        "fr": [
            "L'appli Clorello refuse l'intervention urgente, 'hors zone de service E7.OOA'. Ça fait 3 ans que vous venez chez moi"
        ],
        "de": [
            "Clorello App sagt bei Notfalleinsatz 'außerhalb des Servicegebiets E7.OOA'. Ihr kommt seit Jahren zu mir"
        ],
        "pt": [
            "A app da Clorello diz 'fora da área de serviço E7.OOA' no pedido urgente. Vêm cá todas as semanas!"
        ],
        "es": [
            "La app de Clorello dice 'fuera de zona de servicio E7.OOA' al pedir urgencia. Si venís cada semana!"
        ],
    },
    "chat": {
        "en": [
            "Hi, the emergency call-out says my address is outside your service area, error E7.OOA. Hot tub heater has failed and it's freezing tonight",
            "trying to book emergency visit, keeps saying E7.OOA not covered. I'm Care Plus, same address for years",
        ],
        "it": [
            "Buongiorno, l'intervento urgente mi dice indirizzo fuori zona, errore E7.OOA. Si è rotto il riscaldamento dell'idromassaggio e stanotte gela",
            "provo a chiedere l'urgenza ma dice E7.OOA non coperto. Sono Care Plus, stesso indirizzo da anni",
        ],
        "fr": [
            "Bonjour, l'intervention urgente indique hors zone, erreur E7.OOA. Le chauffage du spa est en panne"
        ],
        "de": [
            "Hallo, der Notfalleinsatz sagt außerhalb des Servicegebiets, Fehler E7.OOA. Whirlpoolheizung ist kaputt"
        ],
        "pt": [
            "Olá, o pedido urgente diz fora da área, erro E7.OOA. O aquecimento do jacuzzi avariou"
        ],
        "es": [
            "Hola, la urgencia dice fuera de zona, error E7.OOA. Se ha roto la calefacción del jacuzzi"
        ],
    },
    "mail": {
        "en": [
            "Emergency call-out refused E7.OOA|Hello, this morning the app and the website both refuse an emergency call-out with 'outside our service area (E7.OOA)'. Our pool cover is collapsing under last night's rain. We've been customers here since 2022. Please send someone. {first}"
        ],
        "it": [
            "Intervento urgente rifiutato E7.OOA|Buongiorno, stamattina sia l'app sia il sito rifiutano l'intervento urgente con 'fuori zona di servizio (E7.OOA)'. Il telo della piscina sta cedendo per la pioggia di stanotte. Siamo clienti qui dal 2022. Mandate qualcuno. {first}"
        ],
        "fr": [
            "Intervention urgente refusée E7.OOA|Bonjour, l'appli et le site refusent l'intervention urgente, 'hors zone (E7.OOA)'. La bâche cède sous la pluie. {first}"
        ],
        "de": [
            "Notfalleinsatz abgelehnt E7.OOA|Hallo, App und Website lehnen den Notfalleinsatz ab, 'außerhalb des Servicegebiets (E7.OOA)'. Die Abdeckung gibt unter dem Regen nach. {first}"
        ],
        "pt": [
            "Pedido urgente recusado E7.OOA|Olá, a app e o site recusam a urgência, 'fora da área (E7.OOA)'. A cobertura está a ceder com a chuva. {first}"
        ],
        "es": [
            "Urgencia rechazada E7.OOA|Hola, la app y la web rechazan la urgencia, 'fuera de zona (E7.OOA)'. La lona cede con la lluvia. {first}"
        ],
    },
    "form": {
        "en": [
            "Emergency request blocked: 'outside our service area E7.OOA' for my address, which you service every week. Hot tub not heating, frost tonight"
        ],
        "it": [
            "Richiesta urgente bloccata: 'fuori zona di servizio E7.OOA' per il mio indirizzo, dove venite ogni settimana. Idromassaggio freddo, stanotte gelo"
        ],
        "fr": ["Demande urgente bloquée : 'hors zone E7.OOA' pour mon adresse habituelle"],
        "de": [
            "Notfallanfrage blockiert: 'außerhalb des Servicegebiets E7.OOA' für meine übliche Adresse"
        ],
        "pt": ["Pedido urgente bloqueado: 'fora da área E7.OOA' para a minha morada de sempre"],
        "es": ["Solicitud urgente bloqueada: 'fuera de zona E7.OOA' para mi dirección de siempre"],
    },
}
SPIKE_SUBJECT_FORM = {
    "en": "Emergency call-out",
    "it": "Intervento urgente",
    "fr": "Intervention urgente",
    "de": "Notfalleinsatz",
    "pt": "Pedido urgente",
    "es": "Urgencia",
}
SPIKE_REPEAT: Table = {
    "en": [
        "Still E7.OOA. Tried my husband's phone and the website too, same 'outside our service area'. Hot tub is at 11 degrees now",
        "still getting E7.OOA 40 minutes later, tried on the laptop as well",
    ],
    "it": [
        "Ancora E7.OOA. Provato dal telefono di mio marito e dal sito, sempre 'fuori zona'. L'idromassaggio è a 11 gradi",
        "sempre E7.OOA dopo mezz'ora, provato anche dal computer",
    ],
    "fr": ["Toujours E7.OOA, même sur le téléphone de mon mari"],
    "de": ["Immer noch E7.OOA, auch auf dem Handy meiner Frau"],
    "pt": ["Continua E7.OOA, mesmo no telemóvel do meu marido"],
    "es": ["Sigue E7.OOA, también desde el móvil de mi marido"],
}
AGENT_SPIKE_CHAT: Table = {
    "en": [
        "Yes, I'm sorry, emergency call-outs are refusing every address right now with E7.OOA. Our engineers are on it and I'll note your request. {agent}"
    ],
    "it": [
        "Sì, mi scusi, in questo momento l'intervento urgente rifiuta tutti gli indirizzi con E7.OOA. I tecnici ci stanno lavorando, annoto la sua richiesta. {agent}"
    ],
    "fr": [
        "Oui, désolé, les interventions urgentes refusent toutes les adresses en ce moment (E7.OOA). Nos ingénieurs s'en occupent. {agent}"
    ],
    "de": [
        "Ja, leider lehnen Notfalleinsätze gerade jede Adresse ab (E7.OOA). Unsere Techniker sind dran. {agent}"
    ],
    "pt": [
        "Sim, lamento, os pedidos urgentes estão a recusar todas as moradas (E7.OOA). Estamos a tratar. {agent}"
    ],
    "es": [
        "Sí, lo siento, las urgencias rechazan todas las direcciones ahora mismo (E7.OOA). Estamos en ello. {agent}"
    ],
}
AGENT_WORKS_AGAIN: Table = {
    "en": [
        "Hello {first}, emergency call-outs work again since {when} (your local time). Today's call-out is on us: {amt} credit added to your account. Sorry for the worry. {agent}, Clorello"
    ],
    "it": [
        "Buongiorno {first}, le richieste di intervento urgente funzionano di nuovo dalle {when} (ora locale). L'intervento di oggi è offerto: {amt} di credito sul suo account. Ci scusi. {agent}, Clorello"
    ],
    "fr": [
        "Bonjour {first}, les interventions urgentes fonctionnent à nouveau depuis {when} (heure locale). {amt} de crédit ajouté. {agent}"
    ],
    "de": [
        "Hallo {first}, Notfalleinsätze funktionieren wieder seit {when} (Ortszeit). {amt} Guthaben gutgeschrieben. {agent}"
    ],
    "pt": [
        "Olá {first}, os pedidos urgentes funcionam de novo desde as {when} (hora local). {amt} de crédito na conta. {agent}"
    ],
    "es": [
        "Hola {first}, las urgencias funcionan de nuevo desde las {when} (hora local). {amt} de crédito en tu cuenta. {agent}"
    ],
}
WORKS_SUBJECT = {
    "en": "Emergency call-outs working again",
    "it": "Interventi urgenti di nuovo attivi",
    "fr": "Interventions urgentes rétablies",
    "de": "Notfalleinsätze wieder möglich",
    "pt": "Pedidos urgentes de novo ativos",
    "es": "Urgencias de nuevo activas",
}
LONE_Q: Table = {
    "it": [
        "Ieri sera il pulsante intervento urgente è rimasto su 'verifica zona...' per un minuto, poi è andato normale. Se domani serve funziona, vero?"
    ],
    "en": [
        "Last night the emergency button sat on 'checking your area...' for a minute before it loaded normally. It will work tomorrow if I need it, won't it?"
    ],
}
AGENT_LONE_A: Table = {
    "it": [
        "Sì, la verifica a volte richiede qualche secondo in più la sera; il suo indirizzo è coperto. {agent}"
    ],
    "en": [
        "Yes, the area check can take a few seconds longer in the evening; your address is covered. {agent}"
    ],
}

CALL_COMP: Table = {
    "en": ["and honestly my neighbour uses {comp} and they sort this kind of thing the same day"],
    "it": ["e guardi la mia vicina ha {comp} e loro queste cose le risolvono in giornata"],
    "fr": ["et ma voisine est chez {comp} eux règlent ça dans la journée"],
    "de": ["und mein Nachbar hat {comp} die lösen so was am selben Tag"],
    "pt": ["e a minha vizinha tem a {comp} e eles resolvem no mesmo dia"],
    "es": ["y mi vecina tiene {comp} y se lo arreglan en el día"],
}
CALL_FOURTH: Table = {
    "en": ["this is the fourth time I'm contacting you"],
    "it": ["è la quarta volta che vi contatto"],
    "fr": ["c'est la quatrième fois que je vous contacte"],
    "de": ["das ist das vierte Mal dass ich mich melde"],
    "pt": ["é a quarta vez que vos contacto"],
    "es": ["es la cuarta vez que os contacto"],
}
