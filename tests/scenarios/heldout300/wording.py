"""Wording of heldout300: Scaccora, chess coaching, clubs and chess sets (six languages)."""

# ruff: noqa: E501

LANGS = ("es", "it", "de", "en", "fr", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "es": ("ES", "ES", "ES"),
    "it": ("IT", "IT", "CH"),
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "IE", "UK"),
    "fr": ("FR", "BE", "CH"),
    "pt": ("PT", "PT", "PT"),
}
PHONE = {
    "ES": "+34 6",
    "IT": "+39 3",
    "CH": "+41 7",
    "DE": "+49 15",
    "AT": "+43 66",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 4",
    "PT": "+351 9",
}
FIRST = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Álvaro",
        "Nuria",
        "Sergio",
        "Inés",
        "Raúl",
        "Pilar",
        "Andrés",
    ],
    "it": [
        "Giulia",
        "Matteo",
        "Chiara",
        "Lorenzo",
        "Francesca",
        "Davide",
        "Sara",
        "Paolo",
        "Elena",
        "Tommaso",
    ],
    "de": ["Jonas", "Lea", "Felix", "Miriam", "Tobias", "Anke", "Stefan", "Katrin"],
    "en": ["Oliver", "Hannah", "George", "Niamh", "Callum", "Freya", "Rory", "Imogen"],
    "fr": ["Camille", "Julien", "Manon", "Théo", "Élise", "Bastien", "Inès", "Hugo"],
    "pt": ["Beatriz", "Tiago", "Leonor", "Rui", "Marta", "Duarte", "Sofia", "Gonçalo"],
}
LAST = {
    "es": [
        "Gómez",
        "Navarro",
        "Ortega",
        "Serrano",
        "Molina",
        "Iglesias",
        "Castillo",
        "Peña",
        "Herrero",
        "Vidal",
    ],
    "it": [
        "Bianchi",
        "Ferrara",
        "Conti",
        "Galli",
        "Marchetti",
        "Rinaldi",
        "Fontana",
        "Caruso",
        "Lombardi",
        "Greco",
    ],
    "de": ["Krause", "Vogel", "Hartmann", "Lorenz", "Brandt", "Seidel", "Kühn", "Engel"],
    "en": ["Whitaker", "Doyle", "Pritchard", "Hughes", "Kavanagh", "Sutton", "Barlow", "Moss"],
    "fr": ["Lefèvre", "Roussel", "Garnier", "Faure", "Chevalier", "Perrin", "Masson", "Lambert"],
    "pt": ["Ferreira", "Santos", "Carvalho", "Pinto", "Lopes", "Teixeira", "Moreira", "Correia"],
}

BRAND = "Scaccora"
PLAN = "Scaccora Club"
ARM = "Scaccora Scuole"
COMPETITORS = ("Alfilor", "Torrexa")
CODE = "R-88/3"

# Six consumer problems, said short, as the customer would.
PROB = {
    "no_show": {
        "es": [
            "el entrenador no se conectó a la clase online del martes, 45 minutos esperando",
            "mi hijo se quedó esperando al profe en la sala virtual y nadie apareció",
        ],
        "it": [
            "l'istruttore non si è collegato alla lezione online, abbiamo aspettato 40 minuti",
            "mio figlio era davanti allo schermo e il maestro non è mai entrato",
        ],
        "de": ["der Trainer ist zur Online-Stunde einfach nicht erschienen"],
        "en": ["the coach never turned up to the online lesson, we sat there 40 minutes"],
        "fr": ["l'entraîneur ne s'est jamais connecté au cours en ligne"],
        "pt": ["o treinador não apareceu na aula online, ficámos 40 minutos à espera"],
    },
    "double_charge": {
        "es": [
            "me habéis cobrado DOS veces la cuota del club este mes",
            "la cuota de septiembre aparece dos veces en el banco",
        ],
        "it": [
            "mi avete addebitato DUE volte la quota del club",
            "la quota mensile è uscita due volte dal conto",
        ],
        "de": ["der Clubbeitrag wurde ZWEIMAL abgebucht"],
        "en": ["you've taken the club fee TWICE this month"],
        "fr": ["la cotisation du club a été prélevée deux fois"],
        "pt": ["cobraram a quota do clube DUAS vezes"],
    },
    "damage": {
        "es": [
            "el tablero de madera llegó rajado y faltaban dos peones",
            "el juego de piezas vino con el rey negro partido",
        ],
        "it": [
            "la scacchiera in legno è arrivata crepata e mancavano due pedoni",
            "il re nero era spezzato nella scatola",
        ],
        "de": ["das Holzbrett kam mit einem Riss an und zwei Bauern fehlten"],
        "en": ["the walnut board arrived cracked and two pawns were missing"],
        "fr": ["l'échiquier en bois est arrivé fendu, il manque deux pions"],
        "pt": ["o tabuleiro de madeira chegou rachado e faltavam dois peões"],
    },
    "refund": {
        "es": [
            "sigo sin el reembolso del torneo que cancelasteis hace tres semanas",
            "el torneo se anuló y el dinero no ha vuelto",
        ],
        "it": [
            "ancora nessun rimborso per il torneo annullato tre settimane fa",
            "il torneo è stato cancellato e i soldi non sono tornati",
        ],
        "de": ["die Erstattung für das abgesagte Turnier fehlt seit drei Wochen"],
        "en": ["still no refund for the tournament you cancelled three weeks ago"],
        "fr": ["toujours pas remboursé du tournoi annulé il y a trois semaines"],
        "pt": ["ainda não recebi o reembolso do torneio cancelado há três semanas"],
    },
    "wrong_price": {
        "es": [
            "soy socia del Club y me habéis cobrado la clase a precio normal",
            "el descuento de socio no se aplicó en el pack de 10 clases",
        ],
        "it": [
            "sono socio del Club e mi avete fatto pagare il prezzo pieno",
            "lo sconto soci non è stato applicato al pacchetto da 10 lezioni",
        ],
        "de": ["ich bin Club-Mitglied und habe trotzdem den vollen Preis gezahlt"],
        "en": ["I'm a Club member and got charged the full non-member price"],
        "fr": ["je suis membre du Club et j'ai payé le plein tarif"],
        "pt": ["sou sócio do Club e cobraram o preço normal"],
    },
    "cancel_fee": {
        "es": [
            "me cobrasteis penalización por cancelar una clase con cinco días de antelación",
            "cancelé con CINCO días y aun así me cobráis la clase",
        ],
        "it": [
            "mi avete addebitato la penale anche se ho disdetto con cinque giorni di anticipo",
            "ho annullato con CINQUE giorni di anticipo e pago lo stesso",
        ],
        "de": ["Stornogebühr, obwohl ich fünf Tage vorher abgesagt habe"],
        "en": ["a late-cancellation fee for a lesson I cancelled five days ahead"],
        "fr": ["des frais d'annulation alors que j'ai annulé cinq jours avant"],
        "pt": ["cobraram taxa de cancelamento apesar de eu cancelar com cinco dias"],
    },
}
PROBLEMS = tuple(PROB)

PRAISE = {
    "es": [
        "Clase genial con {brand} hoy, por fin entiendo la defensa siciliana ♟️",
        "Mi hija ha ganado su primera partida de torneo gracias a su entrenadora de {brand}!",
        "Otra vez una sesión buenísima, tercera semana seguida que salgo con ideas nuevas",
        "Qué bien explicado todo en {brand}, repasar mis partidas con el profe es oro",
    ],
    "it": [
        "Lezione fantastica con {brand} oggi, finalmente ho capito i finali di torre",
        "Mio figlio ha vinto il suo primo torneo, grazie {brand}! ♟️",
        "Ancora una volta una lezione bellissima, terza settimana di fila",
        "Il maestro di {brand} ha una pazienza infinita, consigliatissimo",
    ],
    "de": [
        "Super Stunde bei {brand} heute, endlich verstehe ich Turmendspiele",
        "Schon wieder eine tolle Analyse meiner Partie, danke {brand}",
    ],
    "en": [
        "Brilliant lesson with {brand} today, finally get rook endgames",
        "Third week running my coach at {brand} has made it click, love it",
    ],
    "fr": [
        "Super cours avec {brand} aujourd'hui, enfin compris les finales de tours",
        "Encore une séance géniale, mon fils adore son coach {brand}",
    ],
    "pt": [
        "Aula excelente na {brand} hoje, finalmente percebi os finais de torres",
        "Mais uma vez uma sessão ótima, o meu filho adora o treinador da {brand}",
    ],
}
GRIPE = {
    "es": [
        "Muy contenta con las clases, solo que la app tarda en cargar el tablero. Por lo demás, genial",
        "Todo perfecto salvo que las piezas del set de viaje son un poco pequeñas",
    ],
    "it": [
        "Molto soddisfatto delle lezioni, solo l'app è lenta a caricare la scacchiera",
        "Tutto bene, solo che il calendario del club è un po' confuso",
    ],
    "de": ["Sehr gute Stunden, nur die App lädt das Brett etwas langsam"],
    "en": ["Really good lessons, only the app is slow to load the board"],
    "fr": ["Très bons cours, seule l'appli est un peu lente à charger l'échiquier"],
    "pt": ["Aulas muito boas, só a app demora a carregar o tabuleiro"],
}
QUESTION = {
    "es": [
        "Hola, ¿puedo cambiar la clase del jueves al viernes?",
        "¿El torneo rápido del sábado es también para menores de 12?",
        "Buenas, ¿cómo descargo el PGN de mis partidas?",
    ],
    "it": [
        "Ciao, posso spostare la lezione di giovedì a venerdì?",
        "Il torneo blitz di sabato è aperto anche agli under 12?",
        "Come scarico il PGN delle mie partite?",
    ],
    "de": [
        "Hallo, kann ich die Stunde von Donnerstag auf Freitag legen?",
        "Ist das Blitzturnier am Samstag auch für Kinder?",
    ],
    "en": [
        "Hi, can I move Thursday's lesson to Friday?",
        "Is Saturday's blitz tournament open to under-12s?",
    ],
    "fr": [
        "Bonjour, je peux déplacer le cours de jeudi à vendredi ?",
        "Le tournoi blitz de samedi est ouvert aux moins de 12 ans ?",
    ],
    "pt": [
        "Olá, posso mudar a aula de quinta para sexta?",
        "O torneio blitz de sábado é para menores de 12?",
    ],
}
CALLQ = {
    "es": [
        "hola buenas llamaba para saber si puedo cambiar el entrenador de mi hijo a uno que hable también inglés"
    ],
    "it": [
        "buongiorno chiamavo per sapere se il club è aperto anche la domenica mattina per giocare"
    ],
    "de": ["hallo ich wollte fragen ob man das Holzbrett auch als Geschenk verpackt bekommt"],
    "en": ["hi there just ringing to ask if the club night on wednesday has space for a beginner"],
    "fr": ["bonjour j'appelais pour savoir si on peut offrir un pack de cours en carte cadeau"],
    "pt": ["olá queria saber se o clube tem aulas para adultos principiantes ao sábado"],
}
ANSWER = {
    "es": "¡Hola! Sí, ya lo tienes hecho. Cualquier cosa nos dices. Un saludo, {agent}",
    "it": "Ciao! Sì, fatto. Per qualsiasi cosa siamo qui. Un saluto, {agent}",
    "de": "Hallo! Ja, das ist erledigt. Viele Grüße, {agent}",
    "en": "Hi! Yes, that's sorted for you. Best, {agent}",
    "fr": "Bonjour ! Oui, c'est fait. Bonne journée, {agent}",
    "pt": "Olá! Sim, já está tratado. Cumprimentos, {agent}",
}
THANKS = {
    "es": ["Genial, gracias!", "Perfecto, mil gracias 🙂"],
    "it": ["Perfetto, grazie!", "Grazie mille 🙂"],
    "de": ["Super, danke!"],
    "en": ["Great, thanks!"],
    "fr": ["Parfait, merci !"],
    "pt": ["Ótimo, obrigado!"],
}
PRODUCTS = [
    ("Pack 10 online lessons / Pack 10 clases online", 149),
    ("Walnut board and pieces / Tablero de nogal y piezas", 89),
    ("Weekend rapid tournament / Torneo rápido fin de semana", 25),
    ("Travel magnetic set / Set magnético de viaje", 29),
    ("Opening repertoire course / Curso de repertorio de aperturas", 59),
    ("Club month / Mes de Club", 19),
]
PAGES = ["/lessons", "/coaches", "/shop/boards", "/tournaments", "/club", "/account", "/puzzles"]
REVIEW_GOOD = {
    "es": ["Entrenadores muy buenos y puntuales. 5 estrellas"],
    "it": ["Istruttori bravissimi e puntuali. Cinque stelle"],
    "de": ["Sehr gute Trainer, immer pünktlich"],
    "en": ["Great coaches, always on time"],
    "fr": ["Très bons coachs, toujours ponctuels"],
    "pt": ["Treinadores ótimos e pontuais"],
}
SURVEY_WORD = {
    "es": ["genial", "", "👍"],
    "it": ["ottimo", "", "👍"],
    "de": ["top", ""],
    "en": ["great", ""],
    "fr": ["top", ""],
    "pt": ["ótimo", ""],
}
NIGHT_POST = {
    "es": [
        "Las 2 de la mañana y aquí sigo con los problemas tácticos de {brand}, no puedo parar",
        "Turno de noche en el hospital y repasando aperturas en la app de {brand}",
    ],
    "it": [
        "Sono le 2 di notte e sto ancora facendo i puzzle di {brand}, che dipendenza",
        "Turno di notte e ripasso le aperture sull'app {brand}",
    ],
    "de": ["2 Uhr nachts und ich löse immer noch {brand}-Taktikaufgaben"],
    "en": ["2am and still doing {brand} puzzles, send help"],
    "fr": ["2h du matin et toujours sur les puzzles {brand}"],
    "pt": ["2 da manhã e ainda a fazer os puzzles da {brand}"],
}
NIGHT_Q = {
    "es": ["¿Las clases del sábado se pueden reservar ya esta noche?"],
    "it": ["Si possono già prenotare stanotte le lezioni di sabato?"],
    "de": ["Kann man die Samstagsstunden schon heute Nacht buchen?"],
    "en": ["Can I book Saturday's lessons tonight already?"],
    "fr": ["On peut déjà réserver les cours de samedi cette nuit ?"],
    "pt": ["Já posso reservar as aulas de sábado esta noite?"],
}

# Complaints: {p} is a problem phrase.
COMPLAINT = {
    "es": [
        "Hola, os escribo porque {p}. Quiero una solución ya.",
        "{p}. Es la primera vez que me pasa con vosotros pero no es normal.",
        "Buenas tardes: {p}. Espero respuesta hoy mismo.",
    ],
    "it": [
        "Buongiorno, vi scrivo perché {p}. Voglio una soluzione subito.",
        "{p}. Non è accettabile, aspetto una risposta oggi.",
        "Salve, {p}. Mi sembra assurdo.",
    ],
    "de": ["Hallo, {p}. So geht das nicht, ich erwarte heute eine Antwort."],
    "en": ["Hello, {p}. This isn't good enough, I want it sorted today."],
    "fr": ["Bonjour, {p}. Ce n'est pas acceptable, j'attends une réponse."],
    "pt": ["Olá, {p}. Não é aceitável, quero uma resposta hoje."],
}
SOCIAL_ANGRY = {
    "es": ["{p}. Vaya tela {brand} 😡", "En serio {brand}? {p}"],
    "it": ["{p}. Complimenti {brand} 😡", "Ma davvero {brand}? {p}"],
    "de": ["{p}. Danke für nichts, {brand}"],
    "en": ["{p}. Cheers {brand} 😡"],
    "fr": ["{p}. Merci {brand} 😡"],
    "pt": ["{p}. Obrigadinho {brand} 😡"],
}
CALL_ANGRY = {
    "es": ["hola mire le llamo porque {p} y nadie me dice nada esto no puede ser"],
    "it": ["pronto senta la chiamo perché {p} e nessuno mi risponde non va bene"],
    "de": ["ja hallo ich rufe an weil {p} und keiner meldet sich das geht so nicht"],
    "en": ["hi yeah i'm calling because {p} and nobody's got back to me it's not on"],
    "fr": ["oui bonjour j'appelle parce que {p} et personne ne me répond"],
    "pt": ["olá estou a ligar porque {p} e ninguém me diz nada"],
}
LONG_EMAIL = {
    "es": [
        "Hola,\n\nOs escribo desde la sala de espera del dentista mientras mi madre termina su revisión, así que perdonad si voy al grano. Llevamos desde enero con vosotros, mi hijo Pablo con las clases de los martes y yo con el Club, y la verdad es que hasta ahora todo muy bien.\n\nPero esta semana {p}, y ya no sé a quién más decírselo. He escrito en el chat y nada.\n\nEl sábado tiene el torneo del colegio y estaba ilusionadísimo. Os pido que lo arregléis antes del viernes.\n\nUn saludo,\n{name}",
        "Buenas,\n\nAprovecho que estoy en el coche esperando a que salga mi hija de natación. Somos socios del Club desde hace más de un año y siempre he recomendado {brand} a los padres del cole.\n\nSin embargo {p}. Entiendo que hay errores, pero nadie me ha dado una explicación.\n\nMe gustaría que alguien me llamara o me escribiera con una solución concreta esta semana.\n\nGracias,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, quindi sarò breve. Siamo con voi da febbraio, mia figlia fa le lezioni del mercoledì e io ho il Club, e finora eravamo contenti.\n\nPerò questa settimana {p}, e in chat non mi ha risposto nessuno.\n\nSabato ha il suo primo torneo e ci teneva tantissimo. Vi chiedo di sistemare entro venerdì.\n\nCordiali saluti,\n{name}",
        "Salve,\n\napprofitto della pausa pranzo in ufficio. Sono socio del Club da un anno e ho consigliato {brand} a mezzo circolo del paese.\n\nQuesta volta però {p}. Capisco che gli errori capitano, ma nessuno mi ha spiegato niente.\n\nVorrei una risposta concreta entro questa settimana.\n\nGrazie,\n{name}",
    ],
}
CASE_OPENED = {
    "es": "Hola {first}, sentimos lo ocurrido. Hemos abierto la incidencia {ref} y te escribimos en cuanto tengamos novedades. {agent}",
    "it": "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {ref} e ti scriviamo appena possibile. {agent}",
    "de": "Hallo {first}, das tut uns leid. Wir haben den Vorgang {ref} eröffnet und melden uns. {agent}",
    "en": "Hi {first}, sorry about this. We've opened case {ref} and will be in touch. {agent}",
    "fr": "Bonjour {first}, désolés. Nous avons ouvert la demande {ref} et revenons vers vous. {agent}",
    "pt": "Olá {first}, lamentamos. Abrimos o pedido {ref} e damos notícias em breve. {agent}",
}
ESCALATED = {
    "es": "Hola {first}, tu incidencia {ref} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
    "it": "Ciao {first}, la tua segnalazione {ref} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno. {agent}",
    "de": "Hallo {first}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}",
    "en": "Hi {first}, case {ref} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    "fr": "Bonjour {first}, la demande {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    "pt": "Olá {first}, o pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia. {agent}",
}
GOOD_NEWS = {
    "es": "Hola {first}, buenas noticias sobre la incidencia {ref}: ya está resuelto. ¿Nos confirmas que todo está bien? {agent}",
    "it": "Ciao {first}, buone notizie sulla segnalazione {ref}: è risolto. Ci confermi che è tutto a posto? {agent}",
    "de": "Hallo {first}, gute Nachricht zu {ref}: erledigt. Können Sie kurz bestätigen? {agent}",
    "en": "Hi {first}, good news on case {ref}: it's fixed. Could you confirm all is well? {agent}",
    "fr": "Bonjour {first}, bonne nouvelle pour {ref} : c'est réglé. Pouvez-vous confirmer ? {agent}",
    "pt": "Olá {first}, boas notícias sobre o pedido {ref}: está resolvido. Pode confirmar? {agent}",
}
CONFIRM = {
    "es": [
        "Confirmado, todo bien con la {ref}. Gracias!",
        "Sí, ya está, gracias por resolver la {ref}",
    ],
    "it": ["Confermo, tutto a posto con la {ref}. Grazie!", "Sì, risolto, grazie per la {ref}"],
    "de": ["Bestätigt, {ref} ist erledigt. Danke!"],
    "en": ["Confirmed, {ref} is sorted. Thanks!"],
    "fr": ["Confirmé, {ref} est réglé. Merci !"],
    "pt": ["Confirmo, o {ref} está resolvido. Obrigado!"],
}
APOLOGY = {
    "es": ["Perdonad el tono de ayer, estaba muy agobiada. Gracias por la paciencia"],
    "it": ["Scusate per il tono di ieri, ero nervoso. Grazie della pazienza"],
    "de": ["Sorry für meinen Ton gestern, danke für die Geduld"],
    "en": ["Sorry for my tone yesterday, thanks for your patience"],
    "fr": ["Désolée pour mon ton d'hier, merci de votre patience"],
    "pt": ["Desculpem o tom de ontem, obrigado pela paciência"],
}
REPEAT = {
    "es": [
        "Incidencia {ref}: sigue sin resolverse. {p}.",
        "Vuelvo a escribir por la {ref}, sigue abierta y nadie me dice nada",
    ],
    "it": [
        "Segnalazione {ref}: ancora niente. {p}.",
        "Riscrivo per la {ref}, è ancora aperta e nessuno mi risponde",
    ],
    "de": ["Vorgang {ref}: immer noch nicht gelöst. {p}."],
    "en": ["Case {ref}: still not sorted. {p}."],
    "fr": ["Demande {ref} : toujours rien. {p}."],
    "pt": ["Pedido {ref}: continua por resolver. {p}."],
}
REPEAT_CALL = {
    "es": ["hola llamo otra vez por la incidencia {ref} sigue abierta y nadie me ha llamado"],
    "it": ["pronto richiamo per la segnalazione {ref} è ancora aperta e nessuno mi ha chiamato"],
    "de": ["hallo ich rufe nochmal an wegen {ref} das ist immer noch offen"],
    "en": ["hi calling again about case {ref} it's still open and nobody's rung me"],
    "fr": ["bonjour je rappelle pour la demande {ref} c'est toujours ouvert"],
    "pt": ["olá volto a ligar pelo pedido {ref} continua aberto"],
}
THIRD = {
    "es": "Tercera vez que escribo por la {ref}. Una amiga da clases con {comp} y allí esto lo arreglan en el día.",
    "it": "Terza volta che scrivo per la {ref}. Ho guardato quanto costa {comp} e sinceramente ci sto pensando.",
    "de": "Dritte Nachricht zu {ref}. Ein Kollege lernt bei {comp}, dort wird sowas am selben Tag gelöst.",
    "en": "Third time writing about {ref}. I've looked at what {comp} charges, honestly.",
    "fr": "Troisième message pour {ref}. Une amie prend ses cours chez {comp}, là-bas c'est réglé le jour même.",
    "pt": "Terceira vez que escrevo sobre o {ref}. Já vi quanto cobra a {comp}.",
}
FOURTH = {
    "es": "CUARTA vez con la {ref}. YA ESTÁ BIEN.",
    "it": "QUARTA volta per la {ref}. ADESSO BASTA.",
    "de": "Zum VIERTEN Mal: {ref}. JETZT REICHT'S.",
    "en": "FOURTH time about {ref}. Enough.",
    "fr": "QUATRIÈME fois pour {ref}. Ça suffit.",
    "pt": "QUARTA vez com o {ref}. CHEGA.",
}
URGENT = {
    "es": "Lo añadimos a tu incidencia {ref} y la marcamos como urgente. {agent}",
    "it": "Aggiunto alla segnalazione {ref}, segnata come urgente. {agent}",
    "de": "Zu {ref} hinzugefügt und als dringend markiert. {agent}",
    "en": "Added to your case {ref}, marked urgent. {agent}",
    "fr": "Ajouté à la demande {ref}, marquée urgente. {agent}",
    "pt": "Adicionado ao pedido {ref}, marcado como urgente. {agent}",
}
SLIDE = {
    "es": [
        "El entrenador llegó diez minutos tarde a la clase, sin avisar",
        "Otra vez cambiaron a mi entrenador sin decirme nada, así no hay continuidad",
        "La app se cuelga a mitad de partida en la clase, perdemos medio tiempo",
        "Ya van dos clases canceladas por vosotros este mes y nadie lo compensa",
        "Me cobrasteis 19 € de 'gestión' por mover una clase. Vergonzoso",
        "Harta. Mi cuñado da clases con {comp} y he reservado allí para el sábado",
    ],
    "it": [
        "L'istruttore è arrivato dieci minuti in ritardo senza avvisare",
        "Di nuovo cambiato istruttore senza dirmi niente, così non c'è continuità",
        "L'app si blocca a metà partita durante la lezione",
        "Già due lezioni annullate da voi questo mese e nessun rimborso",
        "19 € di 'gestione' per spostare una lezione. Vergognoso",
        "Basta. Mio cognato studia con {comp}, ho prenotato lì per sabato",
    ],
    "de": [
        "Der Trainer kam zehn Minuten zu spät, ohne Bescheid",
        "Schon wieder ein anderer Trainer, ohne Info",
        "Die App hängt mitten in der Partie",
        "Zwei Stunden diesen Monat von euch abgesagt, keine Entschädigung",
        "19 € 'Bearbeitung' fürs Verschieben einer Stunde. Frech",
        "Reicht. Mein Schwager lernt bei {comp}, ich habe dort für Samstag gebucht",
    ],
    "en": [
        "Coach was ten minutes late to the lesson, no message",
        "Coach changed again without telling me",
        "The app froze mid-game in the lesson again",
        "Two lessons cancelled by you this month, nothing offered",
        "£16 'admin fee' to move a lesson. Shameful",
        "Done. My brother-in-law learns with {comp}, I've booked there for Saturday",
    ],
    "fr": [
        "Le coach est arrivé dix minutes en retard, sans prévenir",
        "Encore un changement de coach sans me prévenir",
        "L'appli plante en pleine partie pendant le cours",
        "Deux cours annulés par vous ce mois-ci, rien en échange",
        "19 € de 'frais de gestion' pour déplacer un cours. Honteux",
        "Fini. Mon beau-frère prend ses cours chez {comp}, j'y ai réservé samedi",
    ],
    "pt": [
        "O treinador chegou dez minutos atrasado, sem avisar",
        "Mudaram outra vez de treinador sem dizer nada",
        "A app bloqueia a meio da partida na aula",
        "Duas aulas canceladas por vocês este mês e nada",
        "19 € de 'gestão' para mudar uma aula. Vergonhoso",
        "Chega. O meu cunhado tem aulas na {comp}, reservei lá para sábado",
    ],
}
CHURN = {
    "es": [
        "Hola, mi hijo ha dejado el ajedrez por el fútbol. Quiero darme de baja del Scaccora Club y cerrar la cuenta, por favor.",
        "Nos mudamos al extranjero. Quiero cancelar el Club y cerrar mi cuenta.",
    ],
    "it": [
        "Buongiorno, mia figlia ha smesso con gli scacchi. Vorrei disdire lo Scaccora Club e chiudere l'account.",
        "Mi trasferisco all'estero, vorrei cancellare il Club e chiudere l'account.",
    ],
    "de": [
        "Hallo, mein Sohn hat aufgehört. Ich möchte den Scaccora Club kündigen und das Konto schließen."
    ],
    "en": [
        "Hi, my daughter has given up chess. I'd like to cancel Scaccora Club and close the account."
    ],
    "fr": [
        "Bonjour, mon fils arrête les échecs. Je veux résilier le Scaccora Club et fermer le compte."
    ],
    "pt": ["Olá, o meu filho deixou o xadrez. Quero cancelar o Scaccora Club e fechar a conta."],
}
SORRY_GO = {
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar el Club tú mismo en la app o en la web, en Cuenta. {agent}",
    "it": "Ciao {first}, ci dispiace vederti andare. Puoi disdire il Club dall'app o dal sito, in Account. {agent}",
    "de": "Hallo {first}, schade! Sie können den Club selbst in der App oder auf der Website kündigen. {agent}",
    "en": "Hi {first}, sorry to see you go. You can cancel the Club yourself in the app or on the website. {agent}",
    "fr": "Bonjour {first}, dommage ! Vous pouvez résilier le Club dans l'appli ou sur le site. {agent}",
    "pt": "Olá {first}, lamentamos. Pode cancelar o Club na app ou no site. {agent}",
}
GRUMBLE = {
    "es": [
        "La app me cierra la sesión cada vez, qué pesadez",
        "El recordatorio de clase a las 7 de la mañana un domingo, en serio",
        "El calendario de torneos siempre sale tarde",
    ],
    "it": [
        "L'app mi fa uscire ogni volta, che noia",
        "Il promemoria della lezione alle 7 di domenica, davvero?",
        "Il calendario dei tornei esce sempre tardi",
    ],
    "de": ["Die App meldet mich jedes Mal ab, nervig"],
    "en": ["App logs me out every single time, tedious"],
    "fr": ["L'appli me déconnecte à chaque fois, pénible"],
    "pt": ["A app faz logout sempre, que chatice"],
}
SARCASM = {
    "es": [
        "Me encanta que la clase 'en directo' empiece con 15 minutos de pantalla negra 👏",
        "Genial el tablero 'premium' que cabe en un sobre 😂",
    ],
    "it": [
        "Adoro quando la lezione 'in diretta' inizia con 15 minuti di schermo nero 👏",
        "Bellissima la scacchiera 'premium' che sta in una busta 😂",
    ],
    "de": ["Toll, wenn die 'Live'-Stunde mit 15 Minuten schwarzem Bild beginnt 👏"],
    "en": ["Love it when the 'live' lesson opens with 15 minutes of black screen 👏"],
    "fr": ["J'adore quand le cours 'en direct' commence par 15 minutes d'écran noir 👏"],
    "pt": ["Adoro quando a aula 'ao vivo' começa com 15 minutos de ecrã preto 👏"],
}
MILD = {
    "es": [
        "Una sugerencia: la búsqueda de entrenador no filtra por idioma",
        "Estaría bien poder pagar el torneo con bizum",
    ],
    "it": [
        "Un suggerimento: la ricerca istruttore non filtra per lingua",
        "Sarebbe comodo pagare il torneo con Satispay",
    ],
    "de": ["Kleiner Hinweis: die Trainersuche filtert nicht nach Sprache"],
    "en": ["Small thing: coach search can't filter by language"],
    "fr": ["Petite remarque : la recherche de coach ne filtre pas par langue"],
    "pt": ["Uma sugestão: a pesquisa de treinador não filtra por língua"],
}
FORM_ACK = {
    "es": "Gracias {first}, lo hemos pasado al equipo. {agent}",
    "it": "Grazie {first}, l'abbiamo girato al team. {agent}",
    "de": "Danke {first}, an das Team weitergegeben. {agent}",
    "en": "Thanks {first}, passed on to the team. {agent}",
    "fr": "Merci {first}, transmis à l'équipe. {agent}",
    "pt": "Obrigado {first}, passámos à equipa. {agent}",
}
SPIKE = {
    "es": [
        "No puedo entrar a la clase, la sala virtual da error " + CODE,
        "la app no abre la clase del sábado, sale {code} todo el rato",
        "Error {code} al entrar a la clase online, mi hijo esperando",
    ],
    "it": [
        "Non riesco a entrare in lezione, la stanza virtuale dà errore {code}",
        "l'app non apre la lezione di stamattina, esce {code}",
        "Errore {code} entrando nella lezione online",
    ],
    "de": ["Ich komme nicht in die Stunde, Fehler {code}"],
    "en": ["Can't get into my lesson, the room says error {code}"],
    "fr": ["Impossible d'entrer dans le cours, erreur {code}"],
    "pt": ["Não consigo entrar na aula, dá erro {code}"],
}
SPIKE_AGAIN = {
    "es": "Sigue saliendo {code}, también desde el portátil",
    "it": "Ancora {code}, anche dal portatile",
    "de": "Immer noch {code}, auch am Laptop",
    "en": "Still {code}, on the laptop too",
    "fr": "Toujours {code}, aussi sur l'ordinateur",
    "pt": "Continua {code}, também no portátil",
}
SPIKE_CHAT = {
    "es": "Sí, ahora mismo las salas de clase no abren para nadie, el equipo técnico ya está en ello. {agent}",
    "it": "Sì, in questo momento le stanze delle lezioni non si aprono per nessuno, i tecnici ci stanno lavorando. {agent}",
    "de": "Ja, die Unterrichtsräume öffnen gerade bei niemandem, die Technik ist dran. {agent}",
    "en": "Yes, lesson rooms aren't opening for anyone right now, engineers are on it. {agent}",
    "fr": "Oui, les salles de cours ne s'ouvrent pour personne en ce moment, nos techniciens s'en occupent. {agent}",
    "pt": "Sim, as salas de aula não abrem para ninguém agora, a equipa técnica está a tratar. {agent}",
}
SPIKE_FIXED = {
    "es": "Hola {first}, las clases vuelven a funcionar desde las 12:30. La clase de hoy te la regalamos y te repetimos la sesión. {agent}",
    "it": "Ciao {first}, le lezioni funzionano di nuovo dalle 12:30. La lezione di oggi è offerta e la recuperiamo. {agent}",
    "de": "Hallo {first}, seit 12:30 funktionieren die Stunden wieder. Die heutige Stunde schenken wir Ihnen. {agent}",
    "en": "Hi {first}, lessons work again since 11:30. Today's lesson is on us and we'll rebook it. {agent}",
    "fr": "Bonjour {first}, les cours fonctionnent de nouveau depuis 12h30. Le cours d'aujourd'hui est offert. {agent}",
    "pt": "Olá {first}, as aulas voltaram a funcionar desde as 11:30. A aula de hoje é oferta nossa. {agent}",
}
LONE_Q = {
    "es": "Ayer la sala de clase tardó un minuto en cargar, luego bien. ¿Mañana irá normal?",
    "it": "Ieri la stanza della lezione ci ha messo un minuto a caricarsi, poi tutto ok. Domani andrà bene?",
}
LONE_A = {
    "es": "Hola, con conexiones lentas tarda un poco la primera vez, mañana irá bien. {agent}",
    "it": "Ciao, con connessioni lente la prima volta ci mette un po', domani andrà bene. {agent}",
}
SLOW_GRUMBLE = {
    "es": "El buscador de clubes me sale en otra ciudad, raro",
    "it": "La ricerca dei circoli mi mostra un'altra città, strano",
    "de": "Die Clubsuche zeigt eine falsche Stadt",
    "en": "Club search shows the wrong city",
    "fr": "La recherche de clubs affiche la mauvaise ville",
    "pt": "A pesquisa de clubes mostra outra cidade",
}

# Business arm (schools and companies on account).
B2B_PROB = {
    "invoice": {
        "es": "las facturas siguen saliendo sin número de pedido y con el nombre antiguo del colegio",
        "it": "le fatture escono ancora senza numero d'ordine e con il vecchio nome dell'istituto",
        "de": "die Rechnungen kommen weiter ohne Bestellnummer und mit dem alten Schulnamen",
        "en": "invoices still come without our PO number and with the school's old name",
        "fr": "les factures arrivent toujours sans numéro de commande et avec l'ancien nom",
        "pt": "as faturas continuam sem número de encomenda e com o nome antigo",
    },
    "no_coach": {
        "es": "el monitor del taller de ajedrez de los jueves no ha venido dos semanas seguidas",
        "it": "l'istruttore del laboratorio di scacchi del giovedì non si è presentato due settimane di fila",
        "de": "der Trainer der Schach-AG am Donnerstag kam zwei Wochen hintereinander nicht",
        "en": "the Thursday chess club coach hasn't turned up two weeks running",
        "fr": "l'animateur de l'atelier échecs du jeudi n'est pas venu deux semaines de suite",
        "pt": "o monitor da oficina de xadrez de quinta faltou duas semanas seguidas",
    },
    "overbilled": {
        "es": "nos cobráis por alumno la tarifa suelta y no la del contrato anual, más de 600 € de diferencia",
        "it": "ci fatturate la tariffa singola per alunno e non quella del contratto annuale, oltre 600 € di differenza",
        "de": "ihr berechnet Einzelpreise statt des Jahresvertrags, über 600 € Unterschied",
        "en": "you bill us the single rate per pupil, not the annual contract rate, over £500 difference",
        "fr": "vous facturez le tarif unitaire au lieu du contrat annuel, plus de 600 € d'écart",
        "pt": "cobram a tarifa avulsa por aluno e não a do contrato anual, mais de 600 € de diferença",
    },
    "portal": {
        "es": "el portal no muestra los grupos activos y no podemos dar de baja alumnos",
        "it": "il portale non mostra i gruppi attivi e non possiamo togliere gli alunni",
        "de": "das Portal zeigt keine aktiven Gruppen, wir können niemanden abmelden",
        "en": "the portal shows no active groups so we can't remove pupils",
        "fr": "le portail n'affiche aucun groupe actif, impossible de désinscrire des élèves",
        "pt": "o portal não mostra os grupos ativos e não conseguimos retirar alunos",
    },
}
B2B_FIRST = {
    "es": "Buenos días, {p}. ¿Podéis revisarlo?",
    "it": "Buongiorno, {p}. Potete verificare?",
    "de": "Guten Morgen, {p}. Bitte prüfen.",
    "en": "Good morning, {p}. Could you look into it?",
    "fr": "Bonjour, {p}. Pouvez-vous vérifier ?",
    "pt": "Bom dia, {p}. Podem verificar?",
}
B2B_MORE = {
    "es": "Hola, como ya os escribió {other} ({ref}): {p}. Sigue igual.",
    "it": "Salve, come vi ha già scritto {other} ({ref}): {p}. Ancora uguale.",
    "de": "Hallo, wie {other} schon schrieb ({ref}): {p}. Unverändert.",
    "en": "Hi, as {other} already wrote ({ref}): {p}. Still the same.",
    "fr": "Bonjour, comme {other} vous l'a écrit ({ref}) : {p}. Toujours pareil.",
    "pt": "Olá, como o {other} já escreveu ({ref}): {p}. Continua igual.",
}
B2B_LAST = {
    "es": "llamo otra vez por la {ref} no se ha arreglado nada y ya os han escrito varios compañeros mi directora dice que si no se arregla esta semana cambiamos de proveedor",
    "it": "richiamo per la {ref} non è stato sistemato niente e vi hanno scritto diversi colleghi la preside dice che se non si risolve questa settimana cambiamo fornitore",
    "de": "ich rufe nochmal wegen {ref} an nichts ist behoben mehrere Kollegen haben geschrieben wenn das diese Woche nicht klappt wechseln wir",
    "en": "calling again about {ref} nothing's fixed and several colleagues have written my head says we move the account if it isn't fixed this week",
    "fr": "je rappelle pour {ref} rien n'est réglé plusieurs collègues ont écrit si ce n'est pas réglé cette semaine on change de prestataire",
    "pt": "ligo outra vez pelo {ref} nada foi resolvido e vários colegas escreveram se não se resolver esta semana mudamos de fornecedor",
}
B2B_ACK = {
    "es": "Hola {first}, abrimos la incidencia {ref} para vuestra cuenta. {agent}",
    "it": "Salve {first}, abbiamo aperto la segnalazione {ref} per il vostro account. {agent}",
    "de": "Hallo {first}, Vorgang {ref} für Ihr Konto eröffnet. {agent}",
    "en": "Hi {first}, we've opened case {ref} on your account. {agent}",
    "fr": "Bonjour {first}, demande {ref} ouverte pour votre compte. {agent}",
    "pt": "Olá {first}, abrimos o pedido {ref} para a vossa conta. {agent}",
}
B2B_Q = {
    "es": "¿Podemos añadir un grupo más los martes?",
    "it": "Possiamo aggiungere un altro gruppo il martedì?",
    "de": "Können wir dienstags eine weitere Gruppe dazunehmen?",
    "en": "Can we add another group on Tuesdays?",
    "fr": "Peut-on ajouter un groupe le mardi ?",
    "pt": "Podemos juntar mais um grupo às terças?",
}
B2B_PRAISE = {
    "es": "Los alumnos están encantados con el taller de {brand}",
    "it": "Gli studenti adorano il laboratorio di {brand}",
    "de": "Die Schüler lieben die {brand}-AG",
    "en": "Pupils love the {brand} club sessions",
    "fr": "Les élèves adorent l'atelier {brand}",
    "pt": "Os alunos adoram a oficina da {brand}",
}
B2B_MILD = {
    "es": "Sugerencia: poder exportar la asistencia por grupo en Excel",
    "it": "Suggerimento: esportare le presenze per gruppo in Excel",
    "de": "Vorschlag: Anwesenheit pro Gruppe als Excel exportieren",
    "en": "Suggestion: export attendance per group to Excel",
    "fr": "Suggestion : exporter les présences par groupe en Excel",
    "pt": "Sugestão: exportar presenças por grupo em Excel",
}
AGENTS = ["Carla", "Marco", "Irene", "Luca", "Ana", "Nico"]
