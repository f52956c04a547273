"""Wording of heldout279 (Teselo: jigsaw puzzles lent by post). Written blind."""

# ruff: noqa: E501

LANGS = ["en", "fr", "de", "es", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
}
FIRST = {
    "en": ["Olivia", "Harry", "Siobhan", "Callum", "Megan", "Declan", "Ruth", "Owen"],
    "fr": ["Camille", "Thierry", "Nadia", "Gaël", "Solène", "Bruno", "Maëlle", "Yannick"],
    "de": ["Jutta", "Sven", "Heike", "Dirk", "Britta", "Lukas"],
    "es": ["Inés", "Rodrigo", "Marta", "Íñigo", "Nuria", "Javier"],
    "it": ["Chiara", "Matteo", "Rita", "Davide", "Serena", "Nico"],
    "pt": ["Inês", "Rui", "Joana", "Tiago", "Filipa", "Nuno"],
}
LAST = {
    "en": ["Hollis", "Brennan", "Pryce", "Whitlock", "Garvey", "Ashdown", "Quill", "Moran"],
    "fr": ["Lefèvre", "Barbier", "Roussel", "Carré", "Joubert", "Maillard", "Perrin", "Vasseur"],
    "de": ["Köhler", "Brandl", "Wendt", "Ruppert", "Seidl", "Hagen"],
    "es": ["Ibarra", "Cuesta", "Montero", "Lozano", "Vidal", "Peña"],
    "it": ["Bassi", "Ferraro", "Galli", "Orsini", "Testa", "Pace"],
    "pt": ["Amaral", "Pinheiro", "Sobral", "Queirós", "Lobo", "Brito"],
}
PHONE = {
    "UK": ("+447", 9),
    "IE": ("+3538", 8),
    "FR": ("+336", 8),
    "BE": ("+324", 8),
    "DE": ("+4915", 9),
    "AT": ("+43664", 7),
    "ES": ("+346", 8),
    "IT": ("+393", 9),
    "PT": ("+3519", 8),
}
CURRENCY = {"UK": "GBP"}

PRODUCTS = [
    "Club month, 2 puzzles at a time",
    "1000 pieces, Lisbon trams",
    "1500 pieces, alpine lake",
    "500 pieces, vintage seed packets",
    "2000 pieces, library shelves",
    "Gift box, 3 puzzles",
]
PAGES = ["/catalogue", "/catalogue/1000-pieces", "/club", "/returns", "/gift", "/account/queue"]

PRAISE = {
    "en": [
        "The 1500-piece alpine lake was gorgeous, every single piece there. Love Teselo",
        "Third puzzle this month from Teselo and still not bored, the queue feature is brilliant",
        "Finished the library shelves puzzle on Sunday with my dad, what a lovely box",
        "Again a perfect parcel, pieces bagged and counted, thank you Teselo",
    ],
    "fr": [
        "Le 1000 pièces des tramways de Lisbonne était magnifique, aucune pièce manquante. Merci Teselo",
        "Encore un colis parfait, les pièces bien en sachet, j'adore le principe",
        "Troisième puzzle ce mois-ci, toujours aussi contente de Teselo",
        "Fini le puzzle des étagères en famille ce week-end, un vrai bonheur",
    ],
    "de": [
        "Das Bergsee-Puzzle mit 1500 Teilen war traumhaft, alle Teile da. Danke Teselo",
        "Schon wieder ein tolles Paket, Teile gezählt und verpackt, super Idee",
    ],
    "es": [
        "El puzzle de 1000 piezas de los tranvías de Lisboa, precioso y completo. Gracias Teselo",
        "Otra vez un paquete perfecto, las piezas en bolsitas, me encanta",
    ],
    "it": [
        "Il puzzle da 1500 pezzi del lago alpino era bellissimo, tutti i pezzi. Grazie Teselo",
        "Ancora un pacco perfetto, pezzi contati e imbustati, che bello",
    ],
    "pt": [
        "O puzzle de 1000 peças dos elétricos de Lisboa estava lindo e completo. Obrigada Teselo",
        "Mais uma vez um pacote perfeito, peças contadas, adoro o Teselo",
    ],
}
GRIPE = {
    "en": [
        "Lovely puzzle, only the return box is a bit flimsy. Otherwise great",
        "Really happy, just wish the picture on the lid was bigger",
    ],
    "fr": [
        "Très bien, seulement la boîte retour est un peu fragile. Sinon parfait",
        "Ravie, juste l'image du couvercle un peu petite",
    ],
    "de": ["Sehr schön, nur der Rückversandkarton ist etwas dünn"],
    "es": ["Muy bien, solo que la caja de devolución es algo floja"],
    "it": ["Bellissimo, solo la scatola per il reso è un po' fragile"],
    "pt": ["Muito bom, só a caixa de devolução é um bocadinho fraca"],
}
QUESTION = {
    "en": [
        "Hi, can I keep a puzzle longer than a month on the Club plan?",
        "Do you have anything over 2000 pieces in the catalogue?",
        "How do I move a puzzle to the top of my queue?",
    ],
    "fr": [
        "Bonjour, on peut garder un puzzle plus d'un mois avec le Club ?",
        "Vous avez des puzzles de plus de 2000 pièces ?",
        "Comment je remonte un puzzle dans ma liste d'attente ?",
    ],
    "de": [
        "Hallo, kann ich ein Puzzle im Club länger als einen Monat behalten?",
        "Wie schiebe ich ein Puzzle in meiner Warteliste nach oben?",
    ],
    "es": [
        "Hola, ¿puedo quedarme un puzzle más de un mes con el Club?",
        "¿Cómo subo un puzzle en mi lista de espera?",
    ],
    "it": [
        "Ciao, posso tenere un puzzle più di un mese con il Club?",
        "Come sposto un puzzle in cima alla lista d'attesa?",
    ],
    "pt": [
        "Olá, posso ficar com um puzzle mais de um mês no Club?",
        "Como ponho um puzzle no topo da minha lista?",
    ],
}
ANSWER = {
    "en": "Hi {n}, yes: open the puzzle in your account and tap the option you need, it is all there. Happy puzzling! Teselo team",
    "fr": "Bonjour {n}, oui : ouvrez le puzzle dans votre compte, l'option est juste là. Bon puzzle ! L'équipe Teselo",
    "de": "Hallo {n}, ja: Öffnen Sie das Puzzle in Ihrem Konto, dort finden Sie die Option. Viel Spaß! Ihr Teselo-Team",
    "es": "Hola {n}, sí: abre el puzzle en tu cuenta y ahí tienes la opción. ¡Feliz puzzle! Equipo Teselo",
    "it": "Ciao {n}, sì: apri il puzzle nel tuo account, trovi lì l'opzione. Buon puzzle! Il team Teselo",
    "pt": "Olá {n}, sim: abra o puzzle na sua conta, a opção está lá. Bom puzzle! Equipa Teselo",
}
THANKS = {
    "en": ["Perfect, thanks!", "brilliant cheers"],
    "fr": ["Super merci !", "Parfait, merci beaucoup"],
    "de": ["Super, danke!"],
    "es": ["¡Genial, gracias!"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obrigada!"],
}
NIGHT = {
    "en": [
        "2am and I've just put in the last piece of the alpine lake. Worth it",
        "Night shift over, puzzle time before bed. Thanks Teselo for the new box",
    ],
    "fr": [
        "2h du matin, dernière pièce posée. Ça valait le coup",
        "Insomnie, mais le puzzle de Teselo m'occupe bien",
    ],
    "de": ["2 Uhr nachts, das letzte Teil sitzt. Hat sich gelohnt"],
    "es": ["Las 2 de la mañana y acabo de poner la última pieza. Mereció la pena"],
    "it": ["Le 2 di notte e ho messo l'ultimo pezzo. Ne valeva la pena"],
    "pt": ["2 da manhã e pus a última peça. Valeu a pena"],
}
SURVEY_WORD = {
    "en": ["Great", "love it", ""],
    "fr": ["Top", "très bien", ""],
    "de": ["Super", ""],
    "es": ["Genial", ""],
    "it": ["Ottimo", ""],
    "pt": ["Ótimo", ""],
}

# The six consumer problems.
PROBLEM = {
    "missing": {
        "en": "the 1000-piece puzzle came with 14 pieces missing, we found out at the very end",
        "fr": "le puzzle de 1000 pièces est arrivé avec 14 pièces manquantes, on l'a vu à la toute fin",
        "de": "beim 1000-Teile-Puzzle fehlen 14 Teile, gemerkt ganz am Ende",
        "es": "al puzzle de 1000 piezas le faltan 14 piezas, lo vimos al final",
        "it": "nel puzzle da 1000 pezzi mancano 14 pezzi, ce ne siamo accorti alla fine",
        "pt": "o puzzle de 1000 peças veio com 14 peças em falta, vimos só no fim",
    },
    "lost": {
        "en": "the parcel was marked delivered on Tuesday and never came",
        "fr": "le colis est indiqué livré mardi et n'est jamais arrivé",
        "de": "das Paket steht seit Dienstag auf zugestellt und ist nie gekommen",
        "es": "el paquete pone entregado el martes y nunca llegó",
        "it": "il pacco risulta consegnato martedì e non è mai arrivato",
        "pt": "a encomenda diz entregue na terça e nunca chegou",
    },
    "double": {
        "en": "my Club fee was taken twice this month",
        "fr": "l'abonnement Club a été prélevé deux fois ce mois-ci",
        "de": "der Club-Beitrag wurde diesen Monat zweimal abgebucht",
        "es": "me habéis cobrado la cuota del Club dos veces este mes",
        "it": "la quota del Club mi è stata addebitata due volte",
        "pt": "cobraram a mensalidade do Club duas vezes este mês",
    },
    "lostfee": {
        "en": "I returned the puzzle two weeks ago and you charged me a lost-puzzle fee",
        "fr": "j'ai renvoyé le puzzle il y a deux semaines et vous me facturez des frais de puzzle perdu",
        "de": "ich habe das Puzzle vor zwei Wochen zurückgeschickt und Sie berechnen eine Verlustgebühr",
        "es": "devolví el puzzle hace dos semanas y me cobráis por puzzle perdido",
        "it": "ho restituito il puzzle due settimane fa e mi addebitate il puzzle smarrito",
        "pt": "devolvi o puzzle há duas semanas e cobraram-me taxa de puzzle perdido",
    },
    "crushed": {
        "en": "the box arrived crushed and soaking wet, half the pieces are warped",
        "fr": "la boîte est arrivée écrasée et trempée, la moitié des pièces sont gondolées",
        "de": "der Karton kam zerdrückt und nass an, die Hälfte der Teile ist gewellt",
        "es": "la caja llegó aplastada y empapada, la mitad de las piezas combadas",
        "it": "la scatola è arrivata schiacciata e bagnata, metà dei pezzi deformati",
        "pt": "a caixa chegou esmagada e molhada, metade das peças empenadas",
    },
    "wrong": {
        "en": "you sent a 100-piece kids puzzle instead of the 2000-piece one I queued",
        "fr": "vous avez envoyé un puzzle enfant de 100 pièces au lieu du 2000 pièces demandé",
        "de": "Sie haben ein Kinderpuzzle mit 100 Teilen statt der 2000 Teile geschickt",
        "es": "me mandasteis un puzzle infantil de 100 piezas en vez del de 2000",
        "it": "mi avete mandato un puzzle per bambini da 100 pezzi invece di quello da 2000",
        "pt": "enviaram um puzzle infantil de 100 peças em vez do de 2000",
    },
}
COMPLAINT = {
    "en": [
        "Honestly fuming. {p}. Sort it out please",
        "Not happy at all, {p}. What are you going to do about it?",
        "{p}. This is really poor, Teselo",
    ],
    "fr": [
        "Franchement agacée : {p}. Merci de régler ça",
        "Très déçu, {p}. Vous comptez faire quoi ?",
        "{p}. C'est vraiment pas sérieux",
    ],
    "de": ["Ich bin richtig sauer: {p}. Bitte klären Sie das", "{p}. So geht das nicht"],
    "es": ["Estoy muy enfadada: {p}. Arregladlo ya", "{p}. Esto no es serio"],
    "it": ["Sono davvero arrabbiato: {p}. Sistemate la cosa", "{p}. Non è serio"],
    "pt": ["Estou mesmo chateada: {p}. Resolvam isto", "{p}. Isto não é sério"],
}
SUBJ = {
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "es": "Reclamación: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}
LONG = {
    "en": [
        "Dear Teselo,\n\nI'm writing this on the train back from visiting my mum, who has been in hospital since the spring; the puzzles have been the one thing we do together on Sundays and the staff on her ward have started joining in. So I was really looking forward to this one. Unfortunately {p}. I have been a member for two years and never had a problem, but this is not acceptable.\n\nKind regards,\n{n}",
        "Hello,\n\nA long one, sorry. We run a little puzzle evening in the village hall every other Friday and I bring the Teselo boxes; people love them. Between the raffle and the tea urn I finally sat down to check the parcel and {p}. I'd like this sorted before next Friday.\n\nThanks,\n{n}",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné, entre deux séances de ma fille qui s'est cassé le poignet au judo ; les puzzles sont notre rituel du soir depuis. Malheureusement {p}. Je suis abonnée depuis deux ans et je n'ai jamais eu de souci, mais là ce n'est pas acceptable.\n\nCordialement,\n{n}",
        "Bonjour,\n\nPardon pour la longueur. Nous venons de déménager, les cartons sont partout, et le puzzle du dimanche était la seule chose calme de la semaine. Sauf que {p}. J'aimerais une solution avant le week-end.\n\nMerci,\n{n}",
    ],
    "de": [
        "Sehr geehrtes Teselo-Team,\n\nich schreibe aus dem Wartezimmer beim Zahnarzt, meine Mutter wird gerade behandelt; seit ihrem Umzug ins betreute Wohnen puzzeln wir jeden Sonntag zusammen. Leider {p}. Ich bin seit zwei Jahren Mitglied und war immer glücklich, aber das geht so nicht.\n\nMit freundlichen Grüßen\n{n}"
    ],
    "es": [
        "Hola,\n\nOs escribo desde el coche, esperando a que mi hijo salga del conservatorio; los puzzles son lo que hacemos juntos los domingos desde que murió su abuelo. Por desgracia {p}. Llevo dos años en el Club y nunca había pasado nada, pero esto no puede ser.\n\nUn saludo,\n{n}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa dell'ospedale, mio padre fa la riabilitazione e i puzzle sono la nostra ora insieme. Purtroppo {p}. Sono socia da due anni e non era mai successo, ma così non va.\n\nCordiali saluti,\n{n}"
    ],
    "pt": [
        "Olá,\n\nescrevo do café em frente ao ginásio da minha filha; os puzzles são o nosso ritual de domingo desde as obras lá em casa. Infelizmente {p}. Sou sócia há dois anos e nunca tive problemas, mas assim não dá.\n\nCumprimentos,\n{n}"
    ],
}
OPENED = {
    "en": "Hi {n}, sorry about this. We've opened case {r} and will come back to you shortly. Teselo support",
    "fr": "Bonjour {n}, désolés. Nous avons ouvert le dossier {r} et revenons vers vous rapidement. Support Teselo",
    "de": "Hallo {n}, das tut uns leid. Wir haben den Vorgang {r} eröffnet und melden uns bald. Teselo-Support",
    "es": "Hola {n}, lo sentimos. Hemos abierto la incidencia {r} y te respondemos enseguida. Soporte Teselo",
    "it": "Ciao {n}, ci dispiace. Abbiamo aperto la pratica {r} e ti rispondiamo presto. Supporto Teselo",
    "pt": "Olá {n}, lamentamos. Abrimos o processo {r} e respondemos em breve. Apoio Teselo",
}
GOODNEWS = {
    "en": "Hi {n}, good news on case {r}: it's sorted on our side (replacement or refund on its way). Could you confirm all is well? Teselo support",
    "fr": "Bonjour {n}, bonne nouvelle pour le dossier {r} : c'est réglé de notre côté. Pouvez-vous nous confirmer ? Support Teselo",
    "de": "Hallo {n}, gute Nachricht zu {r}: bei uns ist alles erledigt. Können Sie das bestätigen? Teselo-Support",
    "es": "Hola {n}, buenas noticias sobre {r}: está resuelto por nuestra parte. ¿Nos lo confirmas? Soporte Teselo",
    "it": "Ciao {n}, buone notizie sulla pratica {r}: è risolta. Ce lo confermi? Supporto Teselo",
    "pt": "Olá {n}, boas notícias sobre {r}: está resolvido. Pode confirmar? Apoio Teselo",
}
QUALITY = {
    "en": "Hi {n}, your case {r} is now with our quality lead, who will call you before Friday lunchtime. Teselo support",
    "fr": "Bonjour {n}, votre dossier {r} est transmis à notre responsable qualité, qui vous appellera avant vendredi midi. Support Teselo",
    "de": "Hallo {n}, Ihr Vorgang {r} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Teselo-Support",
    "es": "Hola {n}, tu incidencia {r} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Soporte Teselo",
    "it": "Ciao {n}, la pratica {r} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. Supporto Teselo",
    "pt": "Olá {n}, o processo {r} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço. Apoio Teselo",
}
CONFIRM = {
    "en": ["All good now on {r}, thanks a lot", "Confirmed, {r} is fixed. Cheers"],
    "fr": ["C'est bon pour {r}, merci beaucoup", "Je confirme, {r} est réglé. Merci"],
    "de": ["Alles gut bei {r}, danke"],
    "es": ["Todo bien con {r}, gracias"],
    "it": ["Tutto a posto con {r}, grazie"],
    "pt": ["Tudo bem com {r}, obrigado"],
}
APOLOGY = {
    "en": [
        "Sorry for my tone yesterday, it had been a long day. Thanks for sorting it",
        "Apologies for the rant yesterday, you've been great",
    ],
    "fr": [
        "Désolée pour mon ton d'hier, journée difficile. Merci d'avoir réglé ça",
        "Pardon pour mon message d'hier, un peu vif",
    ],
    "de": ["Entschuldigung für gestern, war ein langer Tag. Danke!"],
    "es": ["Perdón por el tono de ayer, mal día. Gracias"],
    "it": ["Scusate per ieri, giornataccia. Grazie"],
    "pt": ["Desculpem o tom de ontem, dia mau. Obrigada"],
}
CSAT_WORD = {
    "en": ["poor", ""],
    "fr": ["bof", ""],
    "de": ["schlecht", ""],
    "es": ["mal", ""],
    "it": ["male", ""],
    "pt": ["mau", ""],
}
STILL = {
    "en": [
        "Case {r} still open: {p}. Nobody has got back to me",
        "Writing again about {r}. Still not sorted: {p}",
    ],
    "fr": [
        "Dossier {r} toujours ouvert : {p}. Personne ne m'a répondu",
        "Je relance pour {r}. Toujours rien : {p}",
    ],
    "de": ["Vorgang {r} ist immer noch offen: {p}. Keiner meldet sich"],
    "es": ["La incidencia {r} sigue abierta: {p}. Nadie me contesta"],
    "it": ["La pratica {r} è ancora aperta: {p}. Nessuno mi risponde"],
    "pt": ["O processo {r} continua aberto: {p}. Ninguém responde"],
}
THIRD = {
    "en": "Third time about {r}, still not fixed. My sister lends from {c} and they sort this the same day",
    "fr": "Troisième fois pour {r}, toujours rien. Ma sœur est chez {c} et eux règlent ça le jour même",
    "de": "Zum dritten Mal wegen {r}, nichts passiert. Meine Schwester leiht bei {c}, da geht das am selben Tag",
    "es": "Tercera vez por {r}, nada. Mi hermana está en {c} y allí lo arreglan en el día",
    "it": "Terza volta per {r}, niente. Mia sorella usa {c} e lì lo risolvono in giornata",
    "pt": "Terceira vez sobre {r}, nada. A minha irmã usa a {c} e lá resolvem no mesmo dia",
}
FOURTH = {
    "en": "FOURTH time about {r}. Still open. Unbelievable",
    "fr": "QUATRIÈME fois pour {r}. Toujours ouvert. Incroyable",
    "de": "Zum VIERTEN Mal wegen {r}. Immer noch offen",
    "es": "CUARTA vez por {r}. Sigue abierta. Increíble",
    "it": "QUARTA volta per {r}. Ancora aperta. Incredibile",
    "pt": "QUARTA vez sobre {r}. Ainda aberto. Inacreditável",
}
URGENT = {
    "en": "Added to case {r} and marked urgent, sorry {n}.",
    "fr": "Ajouté au dossier {r}, marqué urgent, désolés {n}.",
    "de": "Zu {r} hinzugefügt, dringend markiert, sorry {n}.",
    "es": "Añadido a {r} y marcado urgente, perdón {n}.",
    "it": "Aggiunto alla pratica {r}, segnata urgente, scusa {n}.",
    "pt": "Adicionado a {r}, marcado urgente, desculpe {n}.",
}
SLIDE = {
    "en": [
        "Parcel two days late this time, no email about it",
        "Two pieces missing from the last one, small thing but annoying",
        "The return label wouldn't print, had to go to the post office twice",
        "Club went up £2 a month and the catalogue feels thinner",
        "Charged a £12 'late return' fee when the tracking shows it back on time. Not impressed",
        "Done. My friend switched to {c} and I've ordered my next puzzle there",
    ],
    "fr": [
        "Colis en retard de deux jours cette fois, sans prévenir",
        "Deux pièces manquantes dans le dernier, c'est pénible",
        "L'étiquette retour ne s'imprimait pas, deux passages à la poste",
        "Le Club augmente de 2 € et le catalogue est moins fourni",
        "12 € de frais de 'retour tardif' alors que le suivi dit à l'heure. Pas content",
        "Ras-le-bol. Mon amie est passée chez {c}, j'y ai commandé mon prochain puzzle",
    ],
    "de": [
        "Paket diesmal zwei Tage zu spät, ohne Info",
        "Zwei Teile fehlten im letzten Puzzle, ärgerlich",
        "Rücketikett ließ sich nicht drucken, zweimal zur Post",
        "Club 2 € teurer und der Katalog wird dünner",
        "12 € 'Spätrückgabe' obwohl die Sendung pünktlich zurück war. Frechheit",
        "Reicht. Meine Freundin ist bei {c}, mein nächstes Puzzle bestelle ich dort",
    ],
    "es": [
        "El paquete dos días tarde esta vez, sin avisar",
        "Faltaban dos piezas en el último, qué rabia",
        "La etiqueta de devolución no se imprimía, dos viajes a Correos",
        "El Club sube 2 € y el catálogo cada vez más flojo",
        "12 € por 'devolución tardía' con el seguimiento diciendo que llegó a tiempo. Vaya",
        "Se acabó. Mi amiga se pasó a {c} y ya he pedido allí el próximo",
    ],
    "it": [
        "Pacco in ritardo di due giorni, nessun avviso",
        "Mancavano due pezzi nell'ultimo, che fastidio",
        "L'etichetta di reso non si stampava, due volte in posta",
        "Il Club aumenta di 2 € e il catalogo è più povero",
        "12 € di 'reso in ritardo' quando il tracking dice puntuale. Assurdo",
        "Basta. La mia amica è passata a {c} e ho ordinato lì il prossimo",
    ],
    "pt": [
        "Encomenda dois dias atrasada, sem aviso",
        "Faltavam duas peças no último, chato",
        "A etiqueta de devolução não imprimia, fui duas vezes aos correios",
        "O Club sobe 2 € e o catálogo está mais fraco",
        "12 € de 'devolução tardia' com o tracking a dizer que chegou a tempo. Péssimo",
        "Chega. A minha amiga mudou para a {c} e já encomendei lá o próximo",
    ],
}
CANCEL = {
    "en": [
        "Hi, we're moving abroad next month, so please cancel my Teselo Club membership and close my account.",
        "Please cancel my Club membership and close the account, I've no time for puzzles with the new job.",
    ],
    "fr": [
        "Bonjour, nous partons à l'étranger, merci de résilier mon abonnement Teselo Club et de fermer mon compte.",
        "Merci de résilier le Club et de clôturer mon compte, plus le temps avec le nouveau travail.",
    ],
    "de": [
        "Hallo, bitte kündigen Sie meine Club-Mitgliedschaft und schließen Sie mein Konto, wir ziehen ins Ausland."
    ],
    "es": ["Hola, por favor dad de baja mi Club y cerrad mi cuenta, nos mudamos fuera."],
    "it": [
        "Ciao, vi chiedo di disdire il Club e chiudere il mio account, ci trasferiamo all'estero."
    ],
    "pt": ["Olá, por favor cancelem o meu Club e fechem a conta, vamos emigrar."],
}
SORRY_GO = {
    "en": "Hi {n}, sorry to see you go. You can cancel yourself in the app or on the website under Club.",
    "fr": "Bonjour {n}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Club.",
    "de": "Hallo {n}, schade! Sie können selbst in der App oder auf der Website unter Club kündigen.",
    "es": "Hola {n}, qué pena. Puedes darte de baja tú mismo en la app o la web, en Club.",
    "it": "Ciao {n}, ci dispiace. Puoi disdire da solo nell'app o sul sito, sezione Club.",
    "pt": "Olá {n}, é pena. Pode cancelar na app ou no site, em Club.",
}
GRUMBLE = {
    "en": [
        "The app logs me out every single time",
        "Why is the return box always taped so badly",
        "Queue shows puzzles that are never available",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois",
        "Pourquoi la boîte retour est toujours si mal scotchée",
        "La liste affiche des puzzles jamais dispos",
    ],
    "de": ["Die App meldet mich jedes Mal ab", "Warteliste zeigt Puzzles, die nie verfügbar sind"],
    "es": ["La app me cierra sesión cada vez", "La lista muestra puzzles que nunca están"],
    "it": ["L'app mi disconnette ogni volta", "La lista mostra puzzle mai disponibili"],
    "pt": ["A app faz logout sempre", "A lista mostra puzzles que nunca estão disponíveis"],
}
SARCASM = {
    "en": [
        "Oh great, a 1000-piece sky with three pieces of sky missing. Thrilling 👏",
        "Love how the 'next day' parcel came on day four 🙃",
    ],
    "fr": [
        "Génial, un ciel de 1000 pièces avec trois pièces de ciel en moins 👏",
        "J'adore le colis 'express' arrivé en quatre jours 🙃",
    ],
    "de": ["Toll, 1000 Teile Himmel und drei Himmelsteile fehlen 👏"],
    "es": ["Genial, un cielo de 1000 piezas y faltan tres de cielo 👏"],
    "it": ["Fantastico, un cielo da 1000 pezzi e ne mancano tre 👏"],
    "pt": ["Ótimo, um céu de 1000 peças e faltam três 👏"],
}

# The spike: the app's return QR label is refused at parcel lockers.
SPIKE = {
    "en": [
        "Return QR in the app is refused at the parcel locker, error Q7-2208, can't send my puzzle back",
        "Locker won't take my Teselo return, app code says Q7-2208. Anyone else?",
    ],
    "fr": [
        "Le QR de retour est refusé à la consigne, erreur Q7-2208, impossible de renvoyer le puzzle",
        "La consigne refuse mon retour Teselo, code Q7-2208. D'autres ?",
    ],
    "de": ["Rücksende-QR wird am Paketautomaten abgelehnt, Fehler Q7-2208"],
    "es": ["El QR de devolución lo rechaza el locker, error Q7-2208"],
    "it": ["Il QR di reso viene rifiutato al locker, errore Q7-2208"],
    "pt": ["O QR de devolução é recusado no cacifo, erro Q7-2208"],
}
SPIKE_AGAIN = {
    "en": "Still Q7-2208, tried another locker across town too",
    "fr": "Toujours Q7-2208, essayé une autre consigne aussi",
    "de": "Immer noch Q7-2208, auch an einem anderen Automaten",
    "es": "Sigue Q7-2208, probé otro locker también",
    "it": "Ancora Q7-2208, provato anche un altro locker",
    "pt": "Continua Q7-2208, tentei outro cacifo também",
}
SPIKE_CHAT = {
    "en": "Yes, return codes are being refused at lockers right now, our engineers are on it.",
    "fr": "Oui, les codes retour sont refusés aux consignes en ce moment, nos équipes s'en occupent.",
    "de": "Ja, Rücksendecodes werden gerade abgelehnt, wir arbeiten daran.",
    "es": "Sí, ahora mismo los lockers rechazan los códigos, estamos en ello.",
    "it": "Sì, i codici di reso sono rifiutati ora, ci stiamo lavorando.",
    "pt": "Sim, os códigos estão a ser recusados agora, estamos a tratar.",
}
WORKS = {
    "en": "Hi {n}, return codes work again at lockers since 12:30 ({t} UTC). No late fee will be charged, sorry!",
    "fr": "Bonjour {n}, les codes retour refonctionnent depuis {t} UTC. Aucuns frais de retard, désolés !",
    "de": "Hallo {n}, die Rücksendecodes gehen seit {t} UTC wieder. Keine Verspätungsgebühr, sorry!",
    "es": "Hola {n}, los códigos vuelven a funcionar desde las {t} UTC. Sin recargo, ¡perdón!",
    "it": "Ciao {n}, i codici funzionano di nuovo dalle {t} UTC. Nessuna penale, scusa!",
    "pt": "Olá {n}, os códigos voltaram a funcionar às {t} UTC. Sem taxa, desculpe!",
}
LONE = {
    "en": "Quick one: my return QR looked blurry on the app last night, will the locker still read it tomorrow?",
    "fr": "Petite question : mon QR de retour était flou hier soir dans l'appli, la consigne le lira demain ?",
    "de": "Kurze Frage: Mein Rücksende-QR war gestern unscharf, liest der Automat ihn morgen?",
    "es": "Pregunta: anoche el QR de devolución se veía borroso, ¿lo leerá mañana el locker?",
    "it": "Domanda: il QR di reso ieri sera era sfocato, il locker lo leggerà domani?",
    "pt": "Pergunta: o QR de devolução estava desfocado ontem, o cacifo vai ler amanhã?",
}
LONE_ANS = {lang: "👍 " + ANSWER[lang] for lang in LANGS}

# The business arm: Teselo Care, puzzle collections on account for care homes, libraries, clinics.
B2B_PROBLEM = {
    "invoice": {
        "en": "the invoice has no PO number again so finance can't pay it",
        "fr": "la facture n'a toujours pas de numéro de commande, la compta bloque",
        "de": "die Rechnung hat wieder keine Bestellnummer, die Buchhaltung zahlt nicht",
        "es": "la factura sigue sin número de pedido y contabilidad no paga",
        "it": "la fattura non ha il numero d'ordine, l'amministrazione non paga",
        "pt": "a fatura continua sem número de encomenda, a contabilidade não paga",
    },
    "rotation": {
        "en": "the monthly rotation didn't come, the residents have had the same puzzles for six weeks",
        "fr": "la rotation mensuelle n'est pas venue, les résidents ont les mêmes puzzles depuis six semaines",
        "de": "der monatliche Tausch kam nicht, die Bewohner haben seit sechs Wochen dieselben Puzzles",
        "es": "la rotación mensual no llegó, los residentes llevan seis semanas con los mismos puzzles",
        "it": "la rotazione mensile non è arrivata, gli ospiti hanno gli stessi puzzle da sei settimane",
        "pt": "a rotação mensal não veio, os utentes têm os mesmos puzzles há seis semanas",
    },
    "portal": {
        "en": "the account portal shows none of our collections so we can't order",
        "fr": "le portail n'affiche aucune de nos collections, impossible de commander",
        "de": "das Portal zeigt keine unserer Sammlungen, Bestellen unmöglich",
        "es": "el portal no muestra ninguna colección, no podemos pedir",
        "it": "il portale non mostra le nostre collezioni, non possiamo ordinare",
        "pt": "o portal não mostra as coleções, não conseguimos encomendar",
    },
}
B2B_COMPLAINT = {
    "en": "Hello, {p}. Please fix this. {n}, {co}",
    "fr": "Bonjour, {p}. Merci de corriger. {n}, {co}",
    "de": "Guten Tag, {p}. Bitte beheben. {n}, {co}",
    "es": "Hola, {p}. Por favor, solucionadlo. {n}, {co}",
    "it": "Buongiorno, {p}. Per favore sistemate. {n}, {co}",
    "pt": "Olá, {p}. Por favor corrijam. {n}, {co}",
}
B2B_LATER = {
    "en": "Hello, my colleague {f} already wrote about this (case {r}): {p}. Still the same.",
    "fr": "Bonjour, ma collègue {f} vous a déjà écrit (dossier {r}) : {p}. Toujours pareil.",
    "de": "Guten Tag, mein Kollege {f} hat schon geschrieben (Vorgang {r}): {p}. Unverändert.",
    "es": "Hola, mi compañera {f} ya os escribió (incidencia {r}): {p}. Sigue igual.",
    "it": "Buongiorno, il mio collega {f} vi ha già scritto (pratica {r}): {p}. Ancora uguale.",
    "pt": "Olá, a minha colega {f} já escreveu (processo {r}): {p}. Continua igual.",
}
B2B_LAST = {
    "en": "case {r} nothing is fixed and three of us have written my manager says we move the account to {c} if it isn't sorted this week",
    "fr": "dossier {r} rien n'est réglé on est trois à avoir écrit ma directrice dit qu'on passe chez {c} si ce n'est pas réglé cette semaine",
    "de": "Vorgang {r} nichts ist behoben drei von uns haben geschrieben meine Chefin sagt wir wechseln zu {c} wenn das diese Woche nicht klappt",
    "es": "incidencia {r} no se ha arreglado nada somos tres los que hemos escrito mi jefa dice que nos vamos a {c} si no se arregla esta semana",
    "it": "pratica {r} niente è risolto abbiamo scritto in tre la direttrice dice che passiamo a {c} se non si sistema questa settimana",
    "pt": "processo {r} nada está resolvido já escrevemos três a minha chefe diz que mudamos para a {c} se não ficar resolvido esta semana",
}
B2B_MILD = {
    "en": "Suggestion: could the portal show which puzzles each of our sites has had already?",
    "fr": "Suggestion : le portail pourrait-il montrer les puzzles déjà reçus par site ?",
    "de": "Vorschlag: Könnte das Portal zeigen, welche Puzzles jeder Standort schon hatte?",
    "es": "Sugerencia: ¿podría el portal mostrar qué puzzles ha tenido ya cada centro?",
    "it": "Suggerimento: il portale potrebbe mostrare i puzzle già ricevuti da ogni sede?",
    "pt": "Sugestão: o portal podia mostrar que puzzles cada centro já teve?",
}
B2B_PRAISE = {
    "en": "The residents loved this month's collection, thank you Teselo Care",
    "fr": "Les résidents ont adoré la collection du mois, merci Teselo Care",
    "de": "Die Bewohner lieben die Sammlung dieses Monats, danke Teselo Care",
    "es": "A los residentes les encantó la colección del mes, gracias Teselo Care",
    "it": "Gli ospiti hanno adorato la collezione del mese, grazie Teselo Care",
    "pt": "Os utentes adoraram a coleção do mês, obrigada Teselo Care",
}
COMPETITORS = ["Pezzolo", "Puzlandia"]
