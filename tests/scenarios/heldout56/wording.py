# ruff: noqa: E501
"""Consumer wording of the heldout56 set: household pest control by app and web.

Written for this set, from its stories. Templates use ``str.format`` fields:
``{brand}``, ``{case}``, ``{amount}``, ``{first}``, ``{agent}``, ``{comp}``,
``{fix}``, ``{what}``, ``{day}``, ``{code}``, ``{since}``, ``{credit}``.
"""

from __future__ import annotations

BRAND = "Fumentra"
PLAN = "Fumentra Escudo"
COMPETITORS = ("Vermisto", "Trampix")
LANGS = ("es", "en", "fr", "de", "it", "pt")

# (English label, Spanish label, price in EUR, page)
PRODUCTS: list[tuple[str, str, float, str]] = [
    (
        "Cockroach treatment, flat up to 90 m2",
        "Tratamiento cucarachas, piso hasta 90 m2",
        119.0,
        "/tratamientos/cucarachas",
    ),
    (
        "Bed bug treatment, two visits",
        "Tratamiento chinches, dos visitas",
        249.0,
        "/tratamientos/chinches",
    ),
    (
        "Mouse control, three visits",
        "Control de ratones, tres visitas",
        159.0,
        "/tratamientos/ratones",
    ),
    ("Wasp nest removal", "Retirada de nido de avispas", 89.0, "/tratamientos/avispas"),
    (
        "Clothes moth treatment, wardrobes",
        "Tratamiento polilla, armarios",
        99.0,
        "/tratamientos/polilla",
    ),
    (
        "Ant treatment, kitchen and terrace",
        "Tratamiento hormigas, cocina y terraza",
        79.0,
        "/tratamientos/hormigas",
    ),
    ("Home inspection with report", "Inspeccion de vivienda con informe", 49.0, "/inspeccion"),
    ("Fumentra Escudo, 12 months", "Fumentra Escudo, 12 meses", 129.0, "/escudo"),
]

PAGES = [
    "/como-funciona",
    "/escudo",
    "/zonas-de-servicio",
    "/cuenta/visitas",
    "/consejos/despues-del-tratamiento",
    "/tratamientos/cucarachas",
    "/tratamientos/ratones",
    "/tratamientos/chinches",
    "/garantia",
]

AGENTS = {
    "es": ["Nuria", "Iker", "Rocío", "Álvaro"],
    "en": ["Hannah", "Callum", "Priya", "Owen"],
    "fr": ["Aurélie", "Mathis"],
    "de": ["Jana", "Till"],
    "it": ["Chiara", "Davide"],
    "pt": ["Inês", "Rui"],
}

# --- happy acts -----------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "es": [
        "Llevábamos un mes oyendo ratones en el falso techo. Vino el técnico de {brand}, tapó dos agujeros detrás de la nevera que ni sabíamos que existían y desde el jueves silencio total. Qué descanso",
        "El chico de {brand} que vino por las cucarachas del patio fue un encanto, le explicó a mi hija de 7 años qué hacía cada trampa y ella ahora es la 'inspectora' de la casa jaja",
        "Reservé a las 9 de la mañana y a las 12 ya tenía a alguien quitando el nido de avispas de la persiana. {brand} 10/10",
        "Por fin duermo sin picores. Dos visitas por las chinches, todo explicado por escrito, y el seguimiento por la app muy claro. Gracias {brand}",
    ],
    "en": [
        "Wasps had built a nest the size of a rugby ball in our shed. The {brand} tech had it gone in twenty minutes and didn't charge for looking at the loft while he was there. Proper service",
        "Moved into a rented flat with a cockroach situation the landlord 'didn't know about'. {brand} sorted it in one visit plus a check, and wrote a report I could send the letting agent. Lifesaver",
        "Honestly didn't think anyone could get rid of the mice in a 1930s semi. Three visits, all on time, not a dropping since. Cheers {brand}",
        "The bed bug prep checklist from {brand} was so clear even my teenage son followed it. Treatment done, no bites for three weeks now",
    ],
    "fr": [
        "Les mites avaient mangé deux pulls en cachemire. Le technicien {brand} a traité les armoires, donné des conseils pour le rangement, plus rien depuis un mois. Merci !",
        "Nid de guêpes sous le toit retiré en une demi-heure, technicienne adorable et très pro. Je recommande {brand}",
    ],
    "de": [
        "Die Mäuse im Keller sind Geschichte. Der Techniker von {brand} hat sich richtig Zeit genommen und uns gezeigt, wo sie reinkommen. Top!",
        "Wespennest am Rollladenkasten, morgens gebucht, mittags weg. So stell ich mir Service vor, danke {brand}",
    ],
    "it": [
        "Le formiche in cucina ci facevano impazzire da maggio. Un solo intervento di {brand} e sparite, tecnico gentilissimo e puntuale",
        "Trattamento cimici fatto benissimo, spiegato tutto passo passo. Finalmente dormiamo. Grazie {brand}!",
    ],
    "pt": [
        "As baratas na cozinha desapareceram depois de uma visita da {brand}. O técnico foi super simpático e explicou tudo com calma",
        "Ninho de vespas na varanda retirado no mesmo dia. Rápido, limpo e sem stress. Recomendo a {brand}",
    ],
}

AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercer verano seguido que llamo a {brand} por las hormigas de la terraza y otra vez de diez. Ya nos conocemos con el técnico jaja",
        "Segunda revisión del plan Escudo y otra vez puntualísimos. Así da gusto pagar la cuota",
    ],
    "en": [
        "Third year on the {brand} Escudo plan and the spring inspection was spot on again. Same tech as last time too, which is nice",
        "Booked {brand} again for the garden wasps, second time this summer, and again in and out in half an hour",
    ],
    "fr": [
        "Deuxième fois que je fais appel à {brand} pour les fourmis, encore une fois impeccable"
    ],
    "de": [
        "Schon wieder super gelaufen mit {brand}, die dritte Inspektion im Escudo-Plan und immer pünktlich"
    ],
    "it": ["Di nuovo {brand} per le vespe in giardino, terza volta e sempre perfetti"],
    "pt": [
        "Mais uma vez a {brand} impecável, é a segunda inspeção do plano Escudo e sempre a horas"
    ],
}

GRIPE: dict[str, list[str]] = {
    "es": [
        "Tratamiento de cucarachas perfecto, el técnico muy majo. Lo único, la ventana de 4 horas para la visita, me tuve que pedir la mañana entera",
        "Todo genial con los ratones, pero la factura tardó una semana en aparecer en la app. Por lo demás, repetiría",
    ],
    "en": [
        "Great job on the moths, really thorough. Only niggle: the app sends about five reminder texts the day before. I get it, I'm home!",
        "Mouse problem solved, tech was lovely. Wish the price page showed the weekend surcharge earlier though, it only shows at checkout",
    ],
    "fr": [
        "Très bon traitement contre les cafards, juste dommage que le rapport n'existe qu'en PDF illisible sur téléphone"
    ],
    "de": [
        "Bettwanzen weg, Techniker super. Nur die Terminauswahl in der App ist etwas umständlich, aber egal"
    ],
    "it": [
        "Ottimo lavoro con i topi, solo che il promemoria arriva alle 7 del mattino di domenica..."
    ],
    "pt": [
        "Tratamento às formigas excelente, só achei a janela de horário um bocado larga. De resto, tudo ótimo"
    ],
}

# (question, agent answer)
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, después del tratamiento de cucarachas cuánto tiempo tengo que esperar para fregar el suelo de la cocina?",
            "Hola, lo ideal es esperar 48 horas para fregar las zonas tratadas. Las encimeras sí puedes limpiarlas normalmente desde mañana.",
        ),
        (
            "Tengo un gato, el producto para las hormigas es peligroso para él?",
            "Usamos cebo en gel dentro de estaciones cerradas, el gato no puede acceder. Aun así, el día de la visita mejor que esté en otra habitación un par de horas.",
        ),
        (
            "buenas, se puede cambiar la visita del jueves al viernes por la tarde?",
            "Claro, te he movido la visita al viernes de 15 a 19 h. Te llega la confirmación por SMS.",
        ),
    ],
    "en": [
        (
            "hi, do I need to empty all the kitchen cupboards before the cockroach visit or just under the sink?",
            "Hi! Under the sink and the cupboard next to the oven is enough; the tech will tell you if anything else needs moving.",
        ),
        (
            "Can I add a loft inspection to my mouse visit on Tuesday?",
            "Done, it's added to Tuesday's visit at no extra cost as you're on the Escudo plan.",
        ),
        (
            "how long do the wasp nest guarantees last?",
            "If the nest is active again within 30 days we come back free of charge. Just book through the app and pick 'guarantee visit'.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux rester dans l'appartement pendant le traitement contre les punaises ?",
            "Bonjour, il faut sortir pendant 4 heures avec les animaux. Vous pouvez revenir ensuite en aérant bien.",
        ),
        (
            "Le technicien peut-il passer samedi matin ?",
            "Oui, j'ai un créneau samedi 9h-12h, je vous l'ai réservé.",
        ),
    ],
    "de": [
        (
            "Hallo, muss ich bei der Mottenbehandlung die ganze Kleidung waschen?",
            "Hallo, nur das, was im befallenen Schrank war. Eine Checkliste schicken wir Ihnen per Mail.",
        ),
        (
            "Kann man den Termin am Montag um eine Stunde nach hinten schieben?",
            "Ja, der Techniker kommt jetzt zwischen 11 und 13 Uhr.",
        ),
    ],
    "it": [
        (
            "Ciao, per le formiche devo togliere le piante dal balcone?",
            "Ciao! No, basta spostarle di un metro dal muro il giorno dell'intervento.",
        ),
        (
            "Posso pagare l'intervento in due rate?",
            "Sì, con il piano Escudo puoi dividere in due rate senza costi. Te l'ho attivato.",
        ),
    ],
    "pt": [
        (
            "Olá, depois do tratamento às baratas posso cozinhar no mesmo dia?",
            "Olá! Pode sim, o gel fica só nas frestas. Evite apenas lavar essas zonas durante dois dias.",
        ),
        ("Dá para marcar a inspeção para sábado?", "Dá, marquei para sábado entre as 9h e as 12h."),
    ],
}

THANKS: dict[str, list[str]] = {
    "es": ["gracias!!", "perfecto, muchas gracias", "genial, gracias de verdad", "ok mil gracias"],
    "en": ["brilliant, thanks", "thank you!", "perfect, cheers", "great, ta"],
    "fr": ["Merci beaucoup !", "parfait merci"],
    "de": ["Super, danke!", "perfekt, vielen Dank"],
    "it": ["Grazie mille!", "perfetto grazie"],
    "pt": ["Obrigado!", "perfeito, obrigada"],
}

# (subject, question, agent answer)
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Factura para la comunidad",
            "Hola, somos la comunidad de vecinos y queríamos saber si podéis hacer la factura del tratamiento del cuarto de contadores a nombre de la comunidad con su CIF. Gracias, un saludo",
            "Hola, sin problema. Te adjuntamos la factura a nombre de la comunidad; si hace falta cambiar algún dato, responde a este correo.",
        ),
        (
            "Duda plan Escudo",
            "Buenas tardes, tengo el plan Escudo desde marzo. Las dos revisiones incluidas se pueden hacer en la casa del pueblo en vez de en el piso? Gracias",
            "Buenas tardes, sí, puedes usar una de las dos revisiones en otra dirección dentro de nuestra zona. Solo tienes que elegirla al reservar.",
        ),
    ],
    "en": [
        (
            "Question about the report",
            "Hello, my landlord wants written proof the mouse treatment was done. Is the report in the app enough or can you send a signed copy? Many thanks",
            "Hello, the app report is signed by the technician and is usually accepted; we've also emailed you a PDF copy on our letterhead.",
        ),
        (
            "Bees not wasps?",
            "Hi, there's a swarm on our apple tree and I think they're honeybees, not wasps. Do you deal with those? Don't want to hurt them",
            "Hi, good instinct! We don't treat honeybees; we've sent you the number of the local beekeepers' association, who collect swarms for free.",
        ),
    ],
    "fr": [
        (
            "Question garantie",
            "Bonjour, quelques fourmis sont revenues sur la terrasse après dix jours. Est-ce couvert par la garantie ? Cordialement",
            "Bonjour, oui, c'est couvert. Réservez une visite de garantie dans l'application, elle est gratuite.",
        ),
        (
            "Facture",
            "Bonjour, pourriez-vous renvoyer la facture du traitement contre les mites avec mon adresse complète ? Merci d'avance",
            "Bonjour, voici la facture corrigée avec votre adresse complète.",
        ),
    ],
    "de": [
        (
            "Frage zur Rechnung",
            "Guten Tag, kann ich die Rechnung für die Wespenentfernung als haushaltsnahe Dienstleistung absetzen? Steht der Arbeitsanteil drauf? Viele Grüße",
            "Guten Tag, ja, der Arbeitsanteil ist auf der Rechnung separat ausgewiesen. Wir haben Ihnen die Rechnung noch einmal angehängt.",
        ),
        (
            "Frage zum Escudo-Plan",
            "Hallo, gilt der Escudo-Plan auch für die Garage, die nicht direkt am Haus ist? Beste Grüße",
            "Hallo, ja, Nebengebäude auf demselben Grundstück sind im Plan enthalten.",
        ),
    ],
    "it": [
        (
            "Domanda",
            "Buongiorno, il trattamento per le tarme rovina i vestiti di lana? Grazie",
            "Buongiorno, no, il prodotto non macchia né rovina la lana. Le consigliamo solo di arieggiare gli armadi qualche ora.",
        ),
        (
            "Fattura",
            "Salve, potete intestare la fattura dell'intervento alla mia ditta individuale? Grazie",
            "Salve, certo, le abbiamo inviato la fattura con i dati della ditta.",
        ),
    ],
    "pt": [
        (
            "Dúvida",
            "Bom dia, o plano Escudo pode ser pago de uma vez por ano? Obrigado",
            "Bom dia, pode sim. Já alterámos o seu plano para pagamento anual.",
        ),
        (
            "Fatura com NIF",
            "Olá, podem emitir a fatura da visita com o meu NIF? Esqueci-me de o pôr. Obrigada",
            "Olá, já emitimos a fatura com o seu NIF, segue em anexo.",
        ),
    ],
}

# (transcript of the call, agent's follow-up e-mail)
PHONE_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola mira tengo una visita de ratones el martes y quería saber si tengo que quitar la comida del trastero o se puede dejar",
            "Hola, como hablamos por teléfono: mejor guardar la comida del trastero en cajas cerradas hasta después de la segunda visita. Cualquier cosa, aquí estamos.",
        ),
        (
            "buenos días llamaba para ver si hacéis también palomas en el balcón o solo insectos",
            "Buenos días, te confirmo lo de la llamada: sí, instalamos pinchos y redes antipalomas. Te hemos enviado presupuesto a la app.",
        ),
    ],
    "en": [
        (
            "hi there just calling to check if the technician can come after half five on Thursday as I work till five",
            "Following your call: Thursday's visit is now 17:30-19:30. See you then!",
        ),
        (
            "hello yeah we've got squirrels in the loft I think do you do squirrels or is it just mice",
            "Thanks for calling. Yes, we deal with squirrels in lofts; we've put a survey visit in your app for Monday morning.",
        ),
    ],
    "fr": [
        (
            "bonjour j'appelle pour savoir si le traitement contre les cafards est sans danger pour un bébé de six mois",
            "Bonjour, suite à votre appel : oui, avec le gel en stations fermées, aucun risque. Gardez simplement le bébé hors de la cuisine pendant la visite.",
        ),
        (
            "oui bonjour c'est pour savoir combien de temps il faut aérer après le passage contre les punaises",
            "Bonjour, suite à votre appel : aérez deux heures portes et fenêtres ouvertes, ensuite tout est normal.",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob der Techniker auch den Dachboden anschauen kann wenn er wegen der Mäuse kommt",
            "Hallo, wie telefonisch besprochen: Der Dachboden ist beim Termin am Mittwoch mit drin.",
        ),
        (
            "hallo ich hätte gern gewusst ob Sie auch Marder machen oder nur Mäuse und Ratten",
            "Hallo, wie besprochen: Marder vertreiben wir nicht selbst, wir haben Ihnen aber einen Partnerbetrieb per Mail geschickt.",
        ),
    ],
    "it": [
        (
            "buongiorno chiamavo per sapere se il tecnico può venire sabato mattina invece di venerdì",
            "Buongiorno, come da telefonata l'intervento è spostato a sabato dalle 9 alle 12.",
        ),
        (
            "pronto sì volevo chiedere se per le vespe serve che io sia in casa o basta lasciare aperto il cancello",
            "Buongiorno, come detto al telefono: basta il cancello aperto, il tecnico le scrive quando ha finito.",
        ),
    ],
    "pt": [
        (
            "olá queria saber se o tratamento às formigas também inclui o jardim ou só a casa",
            "Olá, como falámos ao telefone: inclui o jardim até 50 m2. Qualquer dúvida, diga.",
        ),
        (
            "bom dia queria saber se o plano Escudo dá para a casa de férias no Algarve também",
            "Bom dia, como falámos: dá, desde que seja uma das duas inspeções incluídas.",
        ),
    ],
}

REVIEW: dict[str, list[str]] = {
    "es": [
        "Rápidos, limpios y explicándolo todo. Volveré a contar con ellos.",
        "El técnico llegó a la hora y dejó la cocina como estaba. Muy recomendable.",
    ],
    "en": [
        "On time, tidy, and explained everything without the scare tactics. Would use again.",
        "Easy booking, friendly tech, problem gone. What more do you want.",
    ],
    "fr": [
        "Intervention rapide et propre, je recommande.",
        "Technicien ponctuel, explications claires, plus une souris depuis. Merci.",
    ],
    "de": [
        "Pünktlich, freundlich, gründlich. Gerne wieder.",
        "Schnell gebucht, Techniker war nett und hat alles erklärt. Empfehlenswert.",
    ],
    "it": [
        "Veloci, puliti e gentili. Consigliatissimi.",
        "Prenotazione semplice, tecnico preciso, problema risolto al primo colpo.",
    ],
    "pt": [
        "Rápidos e muito profissionais. Recomendo.",
        "Marcação fácil, técnico simpático e o problema ficou resolvido.",
    ],
}

SURVEY_WORD: dict[str, list[str]] = {
    "es": ["genial", "todo perfecto", "muy bien", "👍", ""],
    "en": ["great", "spot on", "very happy", "👍", ""],
    "fr": ["parfait", "très bien", ""],
    "de": ["super", "alles gut", ""],
    "it": ["ottimo", "tutto bene", ""],
    "pt": ["ótimo", "tudo bem", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "Turno de noche en urgencias y aprovecho el descanso para reservar la revisión del Escudo. Dos minutos en la app de {brand}, así sí",
        "Las 3 de la mañana, sin sueño, y leyendo los consejos de {brand} sobre polillas. Ya sé por qué se comían mis jerseys jaja",
    ],
    "en": [
        "Night shift at the bakery, just booked the wasp visit on my break. {brand} app is the only one that doesn't make me phone anyone 🙌",
        "2am, can't sleep, but at least I can say the house has been mouse-free for a month now thanks to {brand}",
    ],
    "fr": [
        "Garde de nuit, je réserve l'inspection chez {brand} entre deux patients. Simple et rapide"
    ],
    "de": ["Nachtschicht im Lager, kurz die Inspektion bei {brand} gebucht. Läuft"],
    "it": ["Turno di notte, prenotato l'intervento {brand} in pausa. Facilissimo"],
    "pt": ["Turno da noite, marquei a inspeção na {brand} no intervalo. Muito fácil"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, es seguro dormir en el dormitorio la noche después del tratamiento de chinches?",
            "Hola, sí, a partir de las 4 horas de ventilación puedes dormir allí con normalidad. Pon sábanas limpias.",
        )
    ],
    "en": [
        (
            "quick one, if I book now can the mouse visit still be this Saturday?",
            "Hi, yes, Saturday 9-12 is still open and it's yours now.",
        )
    ],
    "fr": [
        (
            "Bonsoir, peut-on annuler une visite jusqu'à quelle heure ?",
            "Bonsoir, sans frais jusqu'à 18h la veille.",
        )
    ],
    "de": [
        (
            "Hallo, ab wann zählt der Wochenendzuschlag?",
            "Hallo, ab Samstag 8 Uhr bis Sonntag 20 Uhr.",
        )
    ],
    "it": [
        (
            "Salve, il tecnico porta lui le trappole o devo comprarle?",
            "Salve, porta tutto lui, non deve comprare nulla.",
        )
    ],
    "pt": [
        (
            "Olá, posso remarcar a visita de amanhã para a próxima semana?",
            "Olá, pode, já está remarcada para terça entre as 14h e as 18h.",
        )
    ],
}

# --- the six consumer problems -----------------------------------------------

PROBLEM_NAMES = ("no_show", "double_charge", "came_back", "refund", "wrong_price", "unsafe_bait")

# problem -> language -> (subject, complaint texts, social lines, summary)
PROBLEMS: dict[str, dict[str, tuple[str, list[str], list[str], str]]] = {
    "no_show": {
        "es": (
            "Nadie vino a la visita",
            [
                "Tenía la visita de las ratas reservada de 8 a 12. Me cogí el día libre en el trabajo, esperé TODA la mañana y nadie vino, ni una llamada. A las 12:30 la app dice 'visita completada'. Completada de qué?",
                "Hoy tenía técnico para las cucarachas de 15 a 19h. Son las 19:40 y aquí no ha venido nadie. Nadie coge el teléfono. Quiero saber qué ha pasado y cuándo vienen",
            ],
            [
                "Cuatro horas esperando al técnico de {brand} y nadie. La app dice completada. Vaya chiste",
                "Me he pedido el día libre para nada. {brand} ni aparece ni avisa",
            ],
            "la visita a la que nadie vino",
        ),
        "en": (
            "Technician never turned up",
            [
                "I booked the 8-12 slot for the mice, took a day's holiday and sat in all morning. Nobody came and nobody called. Now the app says the visit is 'completed'. It was not completed, nobody was here",
                "Second shift swapped for nothing. The wasp visit was 1-5pm, it's 6:15 and no sign of anyone. Phone line just rings out. What is going on?",
            ],
            [
                "Took a day off work for the {brand} visit. No tech, no call, app says 'completed'. Brilliant",
                "Still waiting for the {brand} technician who was due 4 hours ago. Anyone?",
            ],
            "the visit nobody turned up for",
        ),
        "fr": (
            "Technicien jamais venu",
            [
                "J'ai posé une journée pour la visite contre les souris, créneau 8h-12h. Personne n'est venu, aucun appel, et l'appli indique 'visite terminée'. C'est inadmissible."
            ],
            ["Journée de congé posée pour rien, le technicien {brand} n'est jamais venu"],
            "la visite où personne n'est venu",
        ),
        "de": (
            "Techniker nicht gekommen",
            [
                "Ich habe mir extra frei genommen, Termin 8-12 Uhr wegen der Mäuse. Niemand kam, kein Anruf, und in der App steht 'Besuch abgeschlossen'. Was soll das?"
            ],
            ["Urlaubstag verschwendet, {brand} Techniker nie aufgetaucht"],
            "Termin, zu dem niemand kam",
        ),
        "it": (
            "Tecnico mai arrivato",
            [
                "Avevo l'intervento per i topi dalle 8 alle 12, ho preso un giorno di ferie e non è venuto nessuno. Nessuna chiamata, e l'app dice 'intervento completato'. Ma stiamo scherzando?"
            ],
            ["Giorno di ferie buttato, il tecnico {brand} non si è visto"],
            "l'intervento in cui non è venuto nessuno",
        ),
        "pt": (
            "Técnico não apareceu",
            [
                "Marquei a visita para os ratos das 8h às 12h, tirei o dia e ninguém apareceu nem ligou. A app diz 'visita concluída'. Concluída como?"
            ],
            ["Tirei o dia para nada, o técnico da {brand} nunca veio"],
            "a visita em que ninguém apareceu",
        ),
    },
    "double_charge": {
        "es": (
            "Cobro duplicado",
            [
                "Me habéis cobrado el tratamiento de hormigas DOS veces, {amount} y otra vez {amount} el mismo día. Lo tengo en el extracto del banco. Quiero que me devolváis uno ya",
                "Buenas, revisando la tarjeta veo dos cargos iguales de {amount} por la misma visita. Solo hubo una visita. Por favor, devolvedme el duplicado",
            ],
            [
                "{brand} me ha cobrado dos veces la misma visita, {amount} x2. A ver cuánto tardan en devolverlo",
                "Cargo DOBLE de {brand} en mi tarjeta. Genial para final de mes",
            ],
            "el cobro duplicado",
        ),
        "en": (
            "Charged twice",
            [
                "You've taken {amount} from my card TWICE for one cockroach visit. Both on the same day, both on my statement. Please refund the second one today",
                "Hi, my banking app shows two identical payments of {amount} to {brand} for a single wasp visit. Only one visit happened. Can you put it right?",
            ],
            [
                "{brand} charged me twice for one visit. {amount} gone twice, right before rent day. Thanks a lot",
                "Double charged by {brand}. Anyone else?",
            ],
            "the double payment",
        ),
        "fr": (
            "Double prélèvement",
            [
                "Vous m'avez prélevé deux fois {amount} pour une seule visite. Merci de rembourser le deuxième prélèvement rapidement."
            ],
            ["{brand} m'a débité deux fois la même visite, super"],
            "le double prélèvement",
        ),
        "de": (
            "Doppelt abgebucht",
            [
                "Sie haben {amount} ZWEIMAL abgebucht, für einen einzigen Termin. Ich erwarte die Rückbuchung sofort."
            ],
            ["{brand} bucht einfach zweimal ab. Danke für nichts"],
            "doppelte Abbuchung",
        ),
        "it": (
            "Addebito doppio",
            [
                "Mi avete addebitato {amount} due volte per lo stesso intervento. Rivoglio subito il secondo addebito."
            ],
            ["{brand} mi ha addebitato due volte lo stesso intervento"],
            "l'addebito doppio",
        ),
        "pt": (
            "Cobrança duplicada",
            [
                "Cobraram-me {amount} duas vezes pela mesma visita. Quero o reembolso da segunda cobrança."
            ],
            ["A {brand} cobrou-me duas vezes a mesma visita"],
            "a cobrança duplicada",
        ),
    },
    "came_back": {
        "es": (
            "Han vuelto las cucarachas",
            [
                "Hace diez días que vino el técnico y ayer por la noche otra vez cucarachas en la cocina, tres. La garantía dice 30 días pero la app no me deja reservar la visita de garantía, solo una nueva pagando. Explicadme",
                "Las chinches han vuelto. Tengo picaduras otra vez y el tratamiento fue hace dos semanas. Quiero la revisión gratis que prometéis, no que me vendáis otro tratamiento",
            ],
            [
                "Diez días después del tratamiento de {brand}, cucarachas otra vez. Y la app no deja pedir la garantía",
                "{brand} y su garantía de 30 días. Que no se puede usar, claro",
            ],
            "las cucarachas que volvieron",
        ),
        "en": (
            "Mice are back",
            [
                "Ten days after your 'final' visit the mice are back, I found droppings in the cutlery drawer this morning. The app won't let me book the free guarantee visit, only a new paid one. How is that a guarantee?",
                "Bites again. The bed bug treatment was two weeks ago and they're back in the spare room. I want the free revisit you advertise, not another quote",
            ],
            [
                "Mice back 10 days after {brand}'s treatment and the app won't even let me book the 'guarantee' visit",
                "{brand} guarantee is a joke, the bed bugs are back and they want me to pay again",
            ],
            "the mice coming back",
        ),
        "fr": (
            "Les cafards sont revenus",
            [
                "Dix jours après votre traitement, les cafards sont revenus. L'application refuse la visite de garantie et me propose une nouvelle visite payante. Expliquez-moi."
            ],
            ["Cafards revenus dix jours après {brand}, et la garantie est introuvable"],
            "le retour des cafards",
        ),
        "de": (
            "Mäuse sind zurück",
            [
                "Zehn Tage nach Ihrer Behandlung sind die Mäuse wieder da. Die App lässt mich den kostenlosen Garantietermin nicht buchen, nur einen neuen kostenpflichtigen. Das ist keine Garantie."
            ],
            ["Mäuse wieder da, zehn Tage nach {brand}. Garantie? Fehlanzeige"],
            "Mäuse wieder da",
        ),
        "it": (
            "Sono tornate le formiche",
            [
                "A dieci giorni dal trattamento le formiche sono tornate ovunque. L'app non mi fa prenotare la visita in garanzia, solo una nuova a pagamento."
            ],
            ["Formiche tornate dopo dieci giorni, garanzia {brand} inesistente"],
            "il ritorno delle formiche",
        ),
        "pt": (
            "As baratas voltaram",
            [
                "Dez dias depois do tratamento as baratas voltaram. A app não deixa marcar a visita de garantia, só uma nova paga."
            ],
            ["Baratas de volta dez dias depois da {brand}, e a garantia não funciona"],
            "o regresso das baratas",
        ),
    },
    "refund": {
        "es": (
            "Reembolso de visita cancelada",
            [
                "Cancelé la visita hace TRES semanas, con cinco días de antelación, y seguís sin devolverme los {amount}. Cada vez que pregunto me dicen 'en tramitación'. Ya está bien",
                "Hola, sigo esperando el reembolso de la visita que cancelé el día 3. Son {amount} y han pasado casi tres semanas",
            ],
            [
                "Tres semanas esperando que {brand} me devuelva {amount} de una visita cancelada",
                "'En tramitación' dice {brand}. Tres semanas en tramitación",
            ],
            "el reembolso de la visita cancelada",
        ),
        "en": (
            "Refund for cancelled visit",
            [
                "I cancelled the moth visit THREE weeks ago, five days' notice, and I'm still waiting for my {amount}. Every time I ask it's 'being processed'. Processed by whom?",
                "Still no refund for the visit I cancelled on the 2nd. {amount}. Almost three weeks now",
            ],
            [
                "Three weeks and counting for a {amount} refund from {brand} for a visit I cancelled in good time",
                "{brand} refunds move slower than the mice they catch",
            ],
            "the refund for the cancelled visit",
        ),
        "fr": (
            "Remboursement",
            [
                "J'ai annulé ma visite il y a trois semaines, cinq jours à l'avance, et je n'ai toujours pas été remboursé de {amount}."
            ],
            ["Trois semaines que {brand} me doit {amount}"],
            "le remboursement de la visite annulée",
        ),
        "de": (
            "Erstattung",
            [
                "Ich habe den Termin vor DREI Wochen storniert, fünf Tage vorher, und warte immer noch auf meine {amount}."
            ],
            ["Drei Wochen warte ich jetzt auf {amount} von {brand}"],
            "Erstattung für den stornierten Termin",
        ),
        "it": (
            "Rimborso",
            [
                "Ho annullato l'intervento tre settimane fa con cinque giorni di anticipo e non ho ancora visto il rimborso di {amount}."
            ],
            ["Tre settimane che aspetto {amount} da {brand}"],
            "il rimborso dell'intervento annullato",
        ),
        "pt": (
            "Reembolso",
            [
                "Cancelei a visita há três semanas, com cinco dias de antecedência, e ainda não recebi os {amount}."
            ],
            ["Há três semanas que a {brand} me deve {amount}"],
            "o reembolso da visita cancelada",
        ),
    },
    "wrong_price": {
        "es": (
            "Precio distinto al presupuesto",
            [
                "El presupuesto en la app decía {amount} por el tratamiento de ratones. Me habéis cobrado 60 € más por un 'recargo por acceso difícil' que nadie mencionó. El técnico entró por la puerta, como todo el mundo",
                "Soy del plan Escudo y me habéis cobrado la visita a precio normal, sin el descuento. {amount} en vez de lo que pone en mi plan",
            ],
            [
                "{brand} te da un presupuesto y luego te cobra otro. Recargo 'por acceso difícil' en un bajo",
                "Pagando el plan Escudo de {brand} para que me cobren precio normal. Muy bien",
            ],
            "el precio distinto al presupuesto",
        ),
        "en": (
            "Charged more than quoted",
            [
                "The quote in the app said {amount} for the mouse treatment. You've charged me £50 more for a 'difficult access surcharge' nobody mentioned. It's a ground floor flat with a front door",
                "I'm on the Escudo plan and was charged the full non-member price for my visit, {amount}. Where's the member discount I pay for?",
            ],
            [
                "{brand} quote: one price. {brand} invoice: another. 'Difficult access' to a ground floor flat apparently",
                "Paying for {brand} Escudo to get charged full price. Cool",
            ],
            "the price that didn't match the quote",
        ),
        "fr": (
            "Prix différent du devis",
            [
                "Le devis indiquait {amount}, vous avez facturé un supplément 'accès difficile' jamais annoncé. C'est un rez-de-chaussée."
            ],
            ["Devis {brand} : un prix. Facture : un autre"],
            "le prix différent du devis",
        ),
        "de": (
            "Preis stimmt nicht",
            [
                "Im Angebot standen {amount}, berechnet wurde ein 'Zuschlag für schwierigen Zugang', von dem nie die Rede war. Erdgeschoss!"
            ],
            ["Angebot von {brand}: ein Preis. Rechnung: ein anderer"],
            "Preis passt nicht zum Angebot",
        ),
        "it": (
            "Prezzo diverso dal preventivo",
            [
                "Il preventivo era {amount}, mi avete addebitato un 'supplemento accesso difficile' mai menzionato. È un piano terra!"
            ],
            ["Preventivo {brand} e fattura non c'entrano niente"],
            "il prezzo diverso dal preventivo",
        ),
        "pt": (
            "Preço diferente do orçamento",
            [
                "O orçamento dizia {amount} e cobraram uma 'taxa de acesso difícil' que ninguém referiu. É um rés-do-chão."
            ],
            ["Orçamento da {brand} é uma coisa, a fatura é outra"],
            "o preço diferente do orçamento",
        ),
    },
    "unsafe_bait": {
        "es": (
            "Cebo al alcance de mi hijo",
            [
                "El técnico dejó una caja de cebo para ratones ABIERTA debajo del fregadero, justo donde juega mi hijo de dos años. La encontré con la tapa suelta. Pregunté expresamente por el niño. Esto es gravísimo",
                "Hoy he encontrado bolitas de veneno fuera de la estación, en el suelo del salón, y tengo un perro. Menos mal que lo vi yo antes. Quiero que venga alguien a retirarlo todo hoy",
            ],
            [
                "El técnico de {brand} dejó veneno para ratones al alcance de mi hijo de 2 años. Sin palabras",
                "Veneno suelto en el suelo de mi salón tras la visita de {brand}. Tengo perro",
            ],
            "el cebo que quedó al alcance del niño",
        ),
        "en": (
            "Poison left within reach",
            [
                "Your technician left a mouse bait box OPEN under the sink, where my two-year-old plays. I found the lid off this morning. I specifically told him we have a toddler. This is really serious",
                "Found rat poison pellets outside the station on the living room floor today. We have a dog. I need someone here today to remove all of it",
            ],
            [
                "{brand} tech left an open box of mouse poison where my toddler plays. Furious doesn't cover it",
                "Poison pellets on my living room floor after the {brand} visit. We have a dog!!",
            ],
            "the poison left within my child's reach",
        ),
        "fr": (
            "Poison à portée de mon enfant",
            [
                "Le technicien a laissé une boîte d'appât OUVERTE sous l'évier, là où joue mon fils de deux ans. Je l'avais pourtant prévenu. C'est très grave."
            ],
            ["Le technicien {brand} a laissé du poison à portée de mon enfant"],
            "l'appât laissé à portée de l'enfant",
        ),
        "de": (
            "Giftköder offen liegen gelassen",
            [
                "Ihr Techniker hat eine Köderbox OFFEN unter der Spüle gelassen, wo mein zweijähriger Sohn spielt. Ich hatte extra gesagt, dass wir ein Kleinkind haben."
            ],
            ["{brand} lässt Mäusegift offen liegen, wo mein Kind spielt"],
            "offen gelassener Köder",
        ),
        "it": (
            "Esca lasciata aperta",
            [
                "Il tecnico ha lasciato una scatola di esca APERTA sotto il lavello, dove gioca mia figlia di due anni. Glielo avevo detto. È gravissimo."
            ],
            ["Il tecnico {brand} ha lasciato veleno alla portata di mia figlia"],
            "l'esca lasciata aperta",
        ),
        "pt": (
            "Isco deixado aberto",
            [
                "O técnico deixou uma caixa de isco ABERTA debaixo do lava-loiça, onde brinca a minha filha de dois anos. Eu tinha avisado."
            ],
            ["O técnico da {brand} deixou veneno ao alcance da minha filha"],
            "o isco deixado ao alcance da criança",
        ),
    },
}

# problem -> language -> what the agent says is now done
FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "te hemos reservado una visita prioritaria para mañana de 8 a 10 y anulado el cargo de esta",
        "en": "we've booked a priority visit for tomorrow 8-10am and waived the charge for this one",
        "fr": "une visite prioritaire est prévue demain 8h-10h, sans frais",
        "de": "ein Vorrangtermin ist für morgen 8-10 Uhr gebucht, kostenlos",
        "it": "abbiamo prenotato un intervento prioritario per domani 8-10, senza costi",
        "pt": "marcámos uma visita prioritária para amanhã das 8h às 10h, sem custos",
    },
    "double_charge": {
        "es": "el segundo cargo ya está devuelto, lo verás en tu cuenta en 2-3 días",
        "en": "the second payment has been refunded and should show in 2-3 days",
        "fr": "le second prélèvement est remboursé, visible sous 2-3 jours",
        "de": "die zweite Abbuchung ist erstattet, in 2-3 Tagen sichtbar",
        "it": "il secondo addebito è stato rimborsato, lo vedrà in 2-3 giorni",
        "pt": "a segunda cobrança foi reembolsada, verá em 2-3 dias",
    },
    "came_back": {
        "es": "la visita de garantía está reservada para el jueves y no tiene coste",
        "en": "your guarantee visit is booked for Thursday at no charge",
        "fr": "la visite de garantie est réservée jeudi, gratuite",
        "de": "der Garantietermin ist für Donnerstag gebucht, kostenlos",
        "it": "la visita in garanzia è fissata giovedì, gratuita",
        "pt": "a visita de garantia está marcada para quinta, sem custos",
    },
    "refund": {
        "es": "el reembolso salió ayer, debería llegarte esta semana",
        "en": "the refund went out yesterday and should land this week",
        "fr": "le remboursement est parti hier",
        "de": "die Erstattung ist gestern rausgegangen",
        "it": "il rimborso è partito ieri",
        "pt": "o reembolso foi enviado ontem",
    },
    "wrong_price": {
        "es": "hemos quitado el recargo y devuelto la diferencia",
        "en": "we've removed the surcharge and refunded the difference",
        "fr": "le supplément est annulé et la différence remboursée",
        "de": "der Zuschlag ist gestrichen und die Differenz erstattet",
        "it": "il supplemento è annullato e la differenza rimborsata",
        "pt": "retirámos a taxa e devolvemos a diferença",
    },
    "unsafe_bait": {
        "es": "un supervisor ha retirado el cebo y ha instalado estaciones con llave",
        "en": "a supervisor has removed the bait and fitted locked stations",
        "fr": "un superviseur a retiré l'appât et posé des boîtes verrouillées",
        "de": "ein Teamleiter hat den Köder entfernt und abschließbare Boxen montiert",
        "it": "un supervisore ha tolto l'esca e montato stazioni con chiave",
        "pt": "um supervisor retirou o isco e instalou estações com chave",
    },
}

# Agent: complaint logged (subject, body)
LOGGED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu reclamación {case}",
        "Hola {first}, lamento mucho lo de {what}. Lo he registrado con el número {case} y la coordinadora de tu zona lo revisa hoy mismo. Te escribimos en cuanto tengamos solución. {agent}, Atención al cliente {brand}",
    ),
    "en": (
        "Your complaint {case}",
        "Hi {first}, I'm really sorry about {what}. I've logged it under {case} and your area coordinator is looking at it today. We'll write as soon as it's sorted. {agent}, {brand} Customer Care",
    ),
    "fr": (
        "Votre réclamation {case}",
        "Bonjour {first}, toutes nos excuses pour {what}. Votre réclamation porte le numéro {case}, la coordinatrice de votre secteur s'en occupe aujourd'hui. {agent}, Service client {brand}",
    ),
    "de": (
        "Ihre Beschwerde {case}",
        "Hallo {first}, es tut mir sehr leid ({what}). Ich habe es unter {case} erfasst, die Koordinatorin Ihrer Region kümmert sich heute darum. {agent}, Kundenservice {brand}",
    ),
    "it": (
        "Il suo reclamo {case}",
        "Buongiorno {first}, ci dispiace molto per {what}. Il reclamo è registrato come {case} e la coordinatrice di zona lo esamina oggi. {agent}, Servizio clienti {brand}",
    ),
    "pt": (
        "A sua reclamação {case}",
        "Olá {first}, lamentamos muito {what}. Registámos a reclamação com o número {case} e a coordenadora da sua zona está a tratar hoje. {agent}, Apoio ao cliente {brand}",
    ),
}

# Agent in chat: logged
LOGGED_CHAT: dict[str, str] = {
    "es": "Lo siento mucho. Lo dejo registrado con el número {case} y lo paso ahora a la coordinadora de zona.",
    "en": "I'm so sorry. I've logged this as {case} and passed it to the area coordinator now.",
    "fr": "Je suis vraiment désolée. C'est enregistré sous {case}, je transmets à la coordinatrice.",
    "de": "Das tut mir sehr leid. Ich habe es als {case} erfasst und an die Koordinatorin gegeben.",
    "it": "Mi dispiace molto. Ho registrato tutto come {case} e l'ho passato alla coordinatrice.",
    "pt": "Lamento imenso. Registei como {case} e passei à coordenadora.",
}

# Agent: update with the fix (subject, body)
UPDATE: dict[str, tuple[str, str]] = {
    "es": (
        "Novedades sobre {case}",
        "Hola {first}, te escribo por {case}: {fix}. Si algo sigue sin estar bien, contesta a este correo y lo miramos. {agent}",
    ),
    "en": (
        "Update on {case}",
        "Hi {first}, an update on {case}: {fix}. If anything still isn't right, just reply here. {agent}",
    ),
    "fr": (
        "Suite de {case}",
        "Bonjour {first}, concernant {case} : {fix}. Si quelque chose ne va pas, répondez simplement à ce message. {agent}",
    ),
    "de": (
        "Neuigkeiten zu {case}",
        "Hallo {first}, zu {case}: {fix}. Falls noch etwas nicht passt, antworten Sie einfach auf diese Mail. {agent}",
    ),
    "it": (
        "Aggiornamento su {case}",
        "Buongiorno {first}, per {case}: {fix}. Se qualcosa non va ancora, risponda a questa mail. {agent}",
    ),
    "pt": (
        "Novidades sobre {case}",
        "Olá {first}, sobre {case}: {fix}. Se ainda houver algum problema, responda a este e-mail. {agent}",
    ),
}

CONFIRM: dict[str, list[str]] = {
    "es": [
        "Todo en orden ya con {case}, gracias por moverlo tan rápido",
        "Confirmo que lo de {case} está resuelto. Gracias!",
    ],
    "en": [
        "All sorted on my side, {case} can be closed. Thanks for chasing it",
        "Confirming {case} is fixed now, thank you",
    ],
    "fr": ["Tout est réglé pour {case}, merci"],
    "de": ["{case} ist erledigt, alles gut jetzt. Danke"],
    "it": ["Confermo, {case} risolto. Grazie"],
    "pt": ["Confirmo que {case} ficou resolvido, obrigada"],
}

APOLOGY: dict[str, list[str]] = {
    "es": [
        "Oye, perdón por cómo escribí ayer, estaba muy quemada. Gracias por solucionarlo",
        "Siento el tono de ayer. Ya está todo bien, gracias",
    ],
    "en": [
        "Sorry for the rant yesterday, it had been a long day. Thanks for fixing it",
        "Apologies for the tone of my message yesterday. All good now",
    ],
    "fr": ["Désolé pour mon message d'hier, j'étais à bout. Merci"],
    "de": ["Sorry für den Ton gestern, war ein blöder Tag. Danke fürs Kümmern"],
    "it": ["Scusate per il tono di ieri, giornata storta. Grazie"],
    "pt": ["Desculpem o tom de ontem, estava mesmo farta. Obrigada"],
}

LOW_CSAT_WORD: dict[str, list[str]] = {
    "es": ["fatal", "mal", ""],
    "en": ["poor", "not good", ""],
    "fr": ["mauvais", ""],
    "de": ["schlecht", ""],
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
}

LOW_NPS_WORD: dict[str, list[str]] = {
    "es": ["no lo recomendaría ahora mismo", "después de esto, no", ""],
    "en": ["not after this", "wouldn't right now", ""],
    "fr": ["pas après ça", ""],
    "de": ["nach dem hier nicht", ""],
    "it": ["non dopo questo", ""],
    "pt": ["depois disto não", ""],
}

# Long letters, the complaint inside a life (es 2, en 2)
LONG_EMAIL: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "came_back",
            "Hola, buenas tardes.\n\nOs escribo desde el hospital, en la sala de espera de rehabilitación de mi padre, que se rompió la cadera en septiembre y ahora vive con nosotros. Por eso precisamente contratamos el tratamiento de cucarachas: no quería que él, que ya bastante tiene, se encontrara bichos en la cocina por la noche.\n\nEl técnico vino el día 2, muy amable, todo bien. Pero anoche, al levantarme a darle la medicación, había tres cucarachas en la encimera. Tres. He ido a la app a pedir la visita de garantía que sale en vuestra web (30 días, pone) y la app solo me deja reservar una visita nueva pagando otra vez.\n\nNo tengo tiempo de pelearme con una app. Quiero que alguien me llame y me diga cuándo viene el técnico dentro de la garantía.\n\nGracias,\n{first}",
        ),
        (
            "refund",
            "Buenos días,\n\nMe llamo {first} y tengo una frutería en el mercado municipal, así que os escribo entre clienta y clienta, perdonad si se me cuela alguna falta.\n\nEl día 2 cancelé la visita para las polillas porque al final nos vamos a vivir con mi suegra hasta que acabe la obra del piso. Lo cancelé con cinco días, dentro de plazo, lo miré dos veces. Me dijisteis que el reembolso tardaba 3-5 días.\n\nHan pasado TRES semanas. {amount}. Para vosotros será poco, pero con una obra en marcha cada euro cuenta. He escrito por el chat dos veces y siempre 'en tramitación'.\n\nPor favor, decidme una fecha concreta.\n\n{first}",
        ),
    ],
    "en": [
        (
            "no_show",
            "Hello,\n\nI'm writing this in the car outside my daughter's swimming lesson because it's the only quiet ten minutes I get. We've just bought an old terrace that needs everything doing, and last week we found mouse droppings in the kitchen, which with a baby on the way is not what you want.\n\nI booked your 8-12 slot for today and took a day's annual leave, which I don't have many of left. I was in all morning. Nobody came. Nobody rang. At 12:20 the app changed the visit to 'completed'. I don't know who it was completed for, but it wasn't us.\n\nI'd like to know what happened, and I'd like a proper visit booked at a time someone will actually turn up, without paying for today.\n\nRegards,\n{first}",
        ),
        (
            "unsafe_bait",
            "Hi,\n\nI'll try to keep this calm. We had your technician round on Monday for mice in the utility room. Nice enough chap. I told him twice that we have a two-year-old who is into every cupboard at the moment, and he said the bait boxes were 'child-proof'.\n\nThis morning my son was sitting on the floor under the sink with a bait box in his lap and the lid off. I don't think he ate anything, we've been to the GP to be sure, and he seems fine. But I've spent the morning in a waiting room instead of at work, shaking.\n\nI need someone to come today and take every bit of poison out of this house, and I want to know how this happened.\n\n{first}",
        ),
    ],
}

# Repeat contacts: later messages (second, third with competitor, fourth)
REPEAT_LATER: dict[str, list[str]] = {
    "es": [
        "Sigo igual con {case}, nadie me ha dicho nada. Lo de {what} sigue sin resolver",
        "Otra vez escribiendo por {case}. Es la tercera. Mi vecina llamó a {comp} por lo mismo y se lo arreglaron en el día. {what}, sigue todo igual",
        "Cuarta vez que escribo por {case}. Cuarta. Nadie contesta nada concreto sobre {what}",
    ],
    "en": [
        "Still nothing on {case}. Nobody has been in touch and {what} is still not sorted",
        "Third message about {case}. A friend at work uses {comp} and they sorted the same thing the day she rang. Meanwhile {what}, still open",
        "This is the fourth time I'm writing about {case}. Fourth. Still no answer on {what}",
    ],
    "fr": [
        "Toujours rien pour {case}, {what} n'est pas réglé",
        "Troisième message pour {case}. Ma voisine est passée chez {comp} pour la même chose, réglé dans la journée. Et ici, {what}, rien",
        "Quatrième fois que j'écris pour {case}. Toujours rien sur {what}",
    ],
    "de": [
        "Immer noch nichts zu {case} ({what}), nichts ist gelöst",
        "Dritte Nachricht zu {case}. Ein Kollege hat {comp} gerufen, bei ihm war es am selben Tag erledigt. Bei mir ist es immer noch offen ({what})",
        "Zum vierten Mal wegen {case} ({what}). Noch immer keine Antwort",
    ],
    "it": [
        "Ancora niente per {case}, {what} non è risolto",
        "Terzo messaggio per {case}. Mia cognata ha chiamato {comp} per la stessa cosa e hanno risolto in giornata. Qui, {what}, niente",
        "Quarta volta che scrivo per {case}. Ancora nessuna risposta su {what}",
    ],
    "pt": [
        "Continua tudo igual com {case}, {what} ainda sem solução",
        "Terceira mensagem sobre {case}. A minha vizinha chamou a {comp} pelo mesmo e resolveram no próprio dia. Aqui, {what}, nada",
        "Quarta vez que escrevo sobre {case}. Ainda nada sobre {what}",
    ],
}

REPEAT_CHAT_ANSWER: dict[str, str] = {
    "es": "Lo añado a {case} y pido a la coordinadora que te llame hoy sin falta.",
    "en": "I've added this to {case} and asked the coordinator to ring you today.",
    "fr": "J'ajoute ceci à {case} et je demande à la coordinatrice de vous appeler aujourd'hui.",
    "de": "Ich ergänze {case} und bitte die Koordinatorin, Sie heute anzurufen.",
    "it": "Aggiungo a {case} e chiedo alla coordinatrice di chiamarla oggi.",
    "pt": "Acrescentei a {case} e pedi à coordenadora que lhe ligue hoje.",
}

MANAGER: dict[str, tuple[str, str]] = {
    "es": (
        "{case}: lo lleva la jefa de servicio",
        "Hola {first}, he pasado {case} a la jefa de servicio de tu región, que te llamará en los próximos dos días laborables. {agent}",
    ),
    "en": (
        "{case}: passed to our service manager",
        "Hi {first}, I've handed {case} to the service manager for your region, who will phone you within two working days. {agent}",
    ),
    "fr": (
        "{case} : transmis à la responsable",
        "Bonjour {first}, {case} est transmis à la responsable de service de votre région, qui vous appellera sous deux jours ouvrés. {agent}",
    ),
    "de": (
        "{case}: an die Serviceleitung",
        "Hallo {first}, ich habe {case} an die Serviceleitung Ihrer Region gegeben, sie ruft Sie innerhalb von zwei Werktagen an. {agent}",
    ),
    "it": (
        "{case}: passato alla responsabile",
        "Buongiorno {first}, ho passato {case} alla responsabile di zona, che la chiamerà entro due giorni lavorativi. {agent}",
    ),
    "pt": (
        "{case}: passado à responsável",
        "Olá {first}, passei {case} à responsável de serviço da sua região, que lhe ligará dentro de dois dias úteis. {agent}",
    ),
}

# --- slide (six steps), leaving, grumbles, sarcasm -------------------------------

SLIDE: dict[str, list[str]] = {
    "es": [
        "El técnico de {brand} llegó hora y media tarde sin avisar. Bueno, el trabajo bien, pero un mensaje no cuesta nada",
        "Esta vez la visita duró diez minutos. Roció un poco, firmó en el móvil y se fue. Ni me explicó qué había hecho",
        "Pido la revisión de seguimiento y la primera fecha libre es dentro de tres semanas. Con ratones en casa, tres semanas",
        "No cambiaron las trampas de la visita anterior y los ratones han vuelto al trastero. Empiezo a pensar que pago por nada",
        "Y ahora me cobran 45 € de 'visita adicional' cuando estaba dentro de la garantía. Estoy que trino con {brand}",
        "Mi hermana usa {comp} desde hace años. Ya tengo su inspección reservada para el lunes",
    ],
    "en": [
        "{brand} tech was an hour and a half late and nobody told me. Job was fine in the end but a text costs nothing",
        "This visit lasted ten minutes. A quick spray, sign here on the phone, gone. No idea what was actually done",
        "Asked for the follow-up and the first slot is three weeks away. With mice. Three weeks",
        "They didn't replace the traps from last time and the mice are back in the garage. Starting to feel like I'm paying for nothing",
        "Now {brand} want £40 for an 'additional visit' that was inside the guarantee. Absolutely livid",
        "My sister's used {comp} for years. Their inspection is booked for Monday",
    ],
    "fr": [
        "Le technicien {brand} est arrivé avec une heure et demie de retard, sans prévenir",
        "Visite de dix minutes cette fois, un coup de pulvérisateur et au revoir, aucune explication",
        "Premier créneau pour le suivi dans trois semaines. Avec des souris à la maison",
        "Les pièges n'ont pas été changés et les souris sont revenues dans la cave",
        "Et maintenant 45 € de 'visite supplémentaire' alors que c'était sous garantie. Je suis furieuse contre {brand}",
        "Ma sœur passe par {comp} depuis des années, leur inspection est prévue lundi",
    ],
    "de": [
        "Der {brand} Techniker kam anderthalb Stunden zu spät, ohne Bescheid zu geben",
        "Diesmal zehn Minuten Besuch, einmal sprühen, unterschreiben, weg. Keine Erklärung",
        "Der Folgetermin geht erst in drei Wochen. Mit Mäusen im Haus",
        "Die Fallen wurden nicht erneuert und die Mäuse sind wieder im Keller",
        "Jetzt wollen sie 45 € für einen 'Zusatzbesuch', der unter die Garantie fällt. Ich bin echt sauer auf {brand}",
        "Meine Schwester ist seit Jahren bei {comp}. Deren Inspektion ist für Montag gebucht",
    ],
    "it": [
        "Il tecnico {brand} è arrivato con un'ora e mezza di ritardo senza avvisare",
        "Stavolta dieci minuti di visita, una spruzzata e via, nessuna spiegazione",
        "Il primo appuntamento per il controllo è tra tre settimane. Con i topi in casa",
        "Le trappole non sono state cambiate e i topi sono tornati in cantina",
        "E ora 45 € di 'visita aggiuntiva' quando era in garanzia. Sono furiosa con {brand}",
        "Mia sorella usa {comp} da anni. Il loro sopralluogo è fissato per lunedì",
    ],
    "pt": [
        "O técnico da {brand} chegou hora e meia atrasado sem avisar",
        "Desta vez dez minutos de visita, um spray e adeus, sem explicação",
        "A primeira data para o acompanhamento é daqui a três semanas. Com ratos em casa",
        "Não trocaram as armadilhas e os ratos voltaram à garagem",
        "E agora 45 € de 'visita adicional' quando estava na garantia. Estou furiosa com a {brand}",
        "A minha irmã usa a {comp} há anos. A inspeção deles está marcada para segunda",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja del plan Escudo",
            "Hola, hemos vendido la casa del pueblo y nos mudamos a un piso nuevo en la ciudad donde la comunidad ya tiene su empresa de control de plagas. Quiero darme de baja del plan {plan} y cerrar la cuenta. Gracias por todo",
        ),
        (
            "Cancelar cuenta",
            "Buenas, el piso nuevo es de alquiler y el casero se encarga de fumigar. Quiero cancelar el {plan} y cerrar mi cuenta, por favor",
        ),
    ],
    "en": [
        (
            "Cancelling my plan",
            "Hi, we've sold the farmhouse and moved into a new-build flat where the management company handles pest control. I'd like to cancel my {plan} plan and close my account please. Thanks for everything",
        ),
        (
            "Close my account",
            "Hello, I'm moving in with my partner and her landlord covers pest control, so I want to cancel {plan} and close the account. Cheers",
        ),
    ],
    "fr": [
        (
            "Résiliation",
            "Bonjour, nous déménageons dans un appartement neuf où le syndic gère la dératisation. Je souhaite résilier {plan} et fermer mon compte. Merci",
        )
    ],
    "de": [
        (
            "Kündigung",
            "Hallo, wir ziehen in eine Neubauwohnung, dort kümmert sich die Hausverwaltung um Schädlinge. Ich möchte {plan} kündigen und mein Konto schließen. Danke",
        )
    ],
    "it": [
        (
            "Disdetta",
            "Buongiorno, ci trasferiamo in un appartamento nuovo dove l'amministratore gestisce la disinfestazione. Vorrei disdire {plan} e chiudere l'account. Grazie",
        )
    ],
    "pt": [
        (
            "Cancelamento",
            "Olá, vamos mudar para um apartamento novo onde o condomínio trata das pragas. Quero cancelar o {plan} e fechar a conta. Obrigado",
        )
    ],
}

LEAVE_ANSWER: dict[str, tuple[str, str]] = {
    "es": (
        "Re: tu baja",
        "Hola {first}, qué pena que te vayas, y gracias por estos años. Puedes dar de baja el plan tú mismo en la app, en Mi plan > Cancelar, o desde la web. Si algún día vuelves a necesitarnos, aquí estaremos. {agent}",
    ),
    "en": (
        "Re: cancelling",
        "Hi {first}, sorry to lose you, and thanks for being with us. You can cancel the plan yourself in the app under My plan > Cancel, or on the website. Good luck with the move. {agent}",
    ),
    "fr": (
        "Re : résiliation",
        "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'application (Mon offre > Résilier) ou sur le site. {agent}",
    ),
    "de": (
        "Re: Kündigung",
        "Hallo {first}, schade, dass Sie gehen. Sie können den Plan selbst in der App unter Mein Plan > Kündigen oder auf der Website beenden. {agent}",
    ),
    "it": (
        "Re: disdetta",
        "Buongiorno {first}, ci dispiace perderla. Può disdire da sola nell'app (Il mio piano > Disdici) o dal sito. {agent}",
    ),
    "pt": (
        "Re: cancelamento",
        "Olá {first}, é pena perdê-lo. Pode cancelar na app (O meu plano > Cancelar) ou no site. {agent}",
    ),
}

# Steadily grumpy: five each in es and en (grumpy customers write only these two)
GRUMBLE: dict[str, list[str]] = {
    "es": [
        "La app de {brand} me pide valorar la visita tres veces al día. Ya la he valorado, pesados",
        "Otra vez ventana de visita de 8 a 14. Seis horas. Quién tiene seis horas",
        "El olor del producto de la cocina dura días, podríais avisar antes",
        "SMS recordatorio a las 6:45 de la mañana. En serio {brand}?",
        "La factura en PDF no se abre en el móvil, tengo que ir al ordenador cada vez",
        "No hay visitas los sábados por la tarde, así no hay quien cuadre nada",
    ],
    "en": [
        "The {brand} app asks me to rate the visit three times a day. I've rated it. Stop",
        "Another 8-2 visit window. Six hours. Who has six hours",
        "The van parked across our drive for the whole visit again, had to ask twice",
        "Reminder text at 6:45am. Really, {brand}?",
        "The invoice PDF won't open on a phone, every single time I need a laptop",
        "No Saturday afternoon slots at all. Some of us work weekdays",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Me encanta lo 'discreto' de la furgoneta de {brand}: una cucaracha gigante sonriendo en el lateral. Los vecinos encantados 🙃",
        "'Llegamos en 30 minutos' dijo la app de {brand}. Dos horas después, aquí seguimos, muy rápido todo 👏",
    ],
    "en": [
        "Love how 'discreet' the {brand} van is. Giant smiling cockroach on the side, parked outside for the whole street to see 🙃",
        "'Your technician is 5 minutes away' said {brand}. For an hour and ten minutes. Must be a very long five minutes 👏",
    ],
    "fr": [
        "Très discrète, la camionnette {brand} avec son cafard géant souriant. Les voisins ont adoré 🙃"
    ],
    "de": [
        "Super diskret, der {brand} Transporter mit der riesigen grinsenden Kakerlake drauf. Die Nachbarn waren begeistert 🙃"
    ],
    "it": [
        "Discretissimo il furgone {brand} con lo scarafaggio gigante sorridente. I vicini hanno apprezzato 🙃"
    ],
    "pt": [
        "Muito discreta a carrinha da {brand} com uma barata gigante a sorrir. Os vizinhos adoraram 🙃"
    ],
}

# Quiet-hours grumble once: (text, agent answer)
GRUMBLE_ONCE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "La app me enseña precios sin IVA hasta el último paso, y luego sorpresa. No mola",
            "Tienes razón, lo hemos pasado al equipo de la app. El precio final siempre incluye IVA y desplazamiento.",
        ),
        (
            "Las notificaciones me llegan en inglés y tengo el móvil en español",
            "Gracias por avisar, lo he corregido en tu perfil; a partir de ahora te llegarán en español.",
        ),
    ],
    "en": [
        (
            "The app shows prices without VAT until the very last step. Bit cheeky",
            "Fair point, passed to the app team. The final price always includes VAT and call-out.",
        ),
        (
            "The zone map says you don't cover my postcode but you came last year?",
            "Sorry about that, the map was out of date for your area; you're covered and can book now.",
        ),
    ],
    "fr": [
        (
            "Les notifications arrivent en espagnol alors que mon téléphone est en français",
            "Merci, c'est corrigé dans votre profil.",
        )
    ],
    "de": [
        (
            "Die App zeigt Preise ohne MwSt bis zum letzten Schritt, nicht so toll",
            "Danke für den Hinweis, ist an das App-Team weitergegeben.",
        )
    ],
    "it": [
        (
            "Le notifiche arrivano in inglese anche se ho il telefono in italiano",
            "Grazie, corretto nel suo profilo.",
        )
    ],
    "pt": [
        (
            "As notificações chegam em espanhol e o telemóvel está em português",
            "Obrigado, já corrigimos no seu perfil.",
        )
    ],
}

# --- the spike ---------------------------------------------------------------

SPIKE_CODE = "5071b"

SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "No puedo reservar nada en la app de {brand}, elijo hora, le doy a confirmar y sale 'No hemos podido reservar tu visita (error {code})'. Tengo un nido de avispas en la ventana del niño",
        "error {code} al reservar, lo he intentado 6 veces, en wifi y con datos. Alguien más??",
        "Intento cambiar la visita de mañana y la app me echa con el error {code}. Ni cambiar ni cancelar",
        "Pero qué pasa con la web? Relleno todo, pago... y 'error {code}'. Me han cobrado o no???",
        "Hola, desde hace un rato no hay forma de pedir cita, siempre el mismo aviso con el código {code}. Tengo ratones en la despensa, ayuda",
    ],
    "en": [
        "Can't book anything on the {brand} app, pick a slot, hit confirm and get 'We couldn't book your visit (error {code})'. Mice in the kitchen and no way to book",
        "error {code} every time I try to book, tried on wifi and 4G and on the website too. Is it just me?",
        "Trying to move tomorrow's visit and the app throws error {code}. Can't move it, can't cancel it",
        "is booking down?? filled in everything, got to the last screen and 'error {code}'. has it taken my money or not",
        "Hello, for the last while I can't book at all, same message each time with code {code}. Wasps getting into the kid's bedroom, please help",
    ],
    "fr": [
        "Impossible de réserver sur l'appli {brand}, j'ai 'erreur {code}' à chaque confirmation",
        "erreur {code} quand je veux déplacer ma visite, rien ne marche",
    ],
    "de": [
        "In der {brand} App kann ich nichts buchen, beim Bestätigen kommt 'Fehler {code}'. Wespen im Rollladen!",
        "Fehler {code} beim Verschieben meines Termins, App und Website",
    ],
    "it": [
        "Non riesco a prenotare sull'app {brand}, quando confermo esce 'errore {code}'",
        "errore {code} anche dal sito, non si può prenotare niente",
    ],
    "pt": [
        "Não consigo marcar nada na app da {brand}, ao confirmar dá 'erro {code}'",
        "erro {code} a tentar mudar a visita, nem pelo site",
    ],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, ahora mismo el calendario de reservas está caído para todo el mundo y el equipo técnico lo está restaurando. Me apunto tus datos y te reservamos en cuanto vuelva.",
    "en": "Yes, the booking calendar is down for everyone right now and our tech team are bringing it back. I've noted your details and we'll book you in as soon as it's up.",
    "fr": "Oui, le calendrier de réservation est en panne pour tout le monde, l'équipe le rétablit. J'ai noté vos coordonnées.",
    "de": "Ja, der Buchungskalender ist gerade für alle ausgefallen, das Technikteam stellt ihn wieder her. Ich habe Ihre Daten notiert.",
    "it": "Sì, il calendario delle prenotazioni è fuori uso per tutti, il team tecnico lo sta ripristinando. Ho preso i suoi dati.",
    "pt": "Sim, o calendário de marcações está em baixo para todos, a equipa técnica está a repor. Anotei os seus dados.",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue saliendo el {code}, ahora también desde el ordenador de mi marido",
        "Lo he vuelto a intentar y otra vez el {code}. Las avispas no esperan",
    ],
    "en": [
        "Still error {code}, now on my husband's laptop as well",
        "Tried again just now, still {code}. The mice aren't waiting",
    ],
    "fr": ["Toujours l'erreur {code}, même depuis l'ordinateur"],
    "de": ["Immer noch Fehler {code}, jetzt auch am Laptop"],
    "it": ["Ancora errore {code}, anche dal computer"],
    "pt": ["Continua o erro {code}, agora também no computador"],
}

SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Ya puedes reservar",
        "Hola {first}, las reservas vuelven a funcionar desde las {since}. Te hemos guardado la franja que intentabas coger y no te cobraremos el desplazamiento de esa visita ({credit} de descuento). Perdona las molestias. {agent}",
    ),
    "en": (
        "Booking is working again",
        "Hi {first}, booking has been working again since {since}. We've held the slot you were trying to get and won't charge the call-out for it ({credit} off). Sorry for the hassle. {agent}",
    ),
    "fr": (
        "Les réservations fonctionnent",
        "Bonjour {first}, les réservations fonctionnent de nouveau depuis {since}. Nous avons gardé votre créneau et offert le déplacement ({credit}). {agent}",
    ),
    "de": (
        "Buchen geht wieder",
        "Hallo {first}, seit {since} funktioniert das Buchen wieder. Wir haben Ihren Wunschtermin reserviert und erlassen die Anfahrt ({credit}). {agent}",
    ),
    "it": (
        "Le prenotazioni funzionano",
        "Buongiorno {first}, dalle {since} le prenotazioni funzionano di nuovo. Abbiamo tenuto la sua fascia e non le addebitiamo l'uscita ({credit}). {agent}",
    ),
    "pt": (
        "As marcações voltaram",
        "Olá {first}, desde as {since} as marcações funcionam de novo. Guardámos o horário que queria e não cobramos a deslocação ({credit}). {agent}",
    ),
}

# Lone questions on the day before: about a calendar that worked
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "Hola, el calendario de la app solo me enseña visitas hasta dentro de dos semanas. Se puede reservar para diciembre o hay que esperar?",
        "Hola, el calendario abre las fechas con dos semanas de antelación; la semana que viene ya podrás elegir diciembre.",
    ),
    "en": (
        "Hi, the booking calendar only goes two weeks ahead. Can I book for mid December or do I need to wait?",
        "Hi, dates open two weeks ahead, so December slots will appear next week. Nothing wrong on your side.",
    ),
}
