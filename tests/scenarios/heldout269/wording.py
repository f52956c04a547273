"""Wording of heldout269: Blitzora, photo booth hire (written blind, by hand)."""

# ruff: noqa: E501

LANGS = ["es", "de", "en", "fr", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]

MARKETS: dict[str, list[str]] = {
    "es": ["ES", "ES", "ES"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
}

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Marta",
        "Álvaro",
        "Jorge",
        "Nerea",
        "Iñigo",
        "Rocío",
        "Sergio",
        "Paula",
        "Raúl",
        "Ainhoa",
        "Tomás",
    ],
    "de": [
        "Jonas",
        "Katrin",
        "Uwe",
        "Svenja",
        "Matthias",
        "Jörg",
        "Anke",
        "Timo",
        "Birgit",
        "Lars",
        "Sabine",
        "Florian",
    ],
    "en": ["Gemma", "Ciaran", "Harriet", "Rhys", "Niamh", "Callum"],
    "fr": ["Élodie", "Bastien", "Capucine", "Gaëtan", "Maëlle", "Yannick"],
    "it": ["Chiara", "Davide", "Federica", "Matteo", "Ilaria", "Gianluca"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Catarina", "Nuno"],
}
LAST: dict[str, list[str]] = {
    "es": [
        "Garrido",
        "Iglesias",
        "Soler",
        "Vidal",
        "Castaño",
        "Peña",
        "Arroyo",
        "Bermejo",
        "Lozano",
        "Cuesta",
    ],
    "de": [
        "Krämer",
        "Hoffmann",
        "Lindner",
        "Vogt",
        "Brandl",
        "Seidel",
        "Kühn",
        "Haas",
        "Ebert",
        "Franke",
    ],
    "en": ["Whitlock", "Doyle", "Pemberton", "Quinn", "Ashworth", "Nolan"],
    "fr": ["Lemaire", "Besson", "Carpentier", "Roussel", "Gauthier", "Perrin"],
    "it": ["Esposito", "Marchetti", "Galli", "Rinaldi", "Ferraro", "Bellini"],
    "pt": ["Carvalho", "Teixeira", "Pinto", "Moreira", "Antunes", "Lopes"],
}
PREFIX = {
    "ES": "+34 6",
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 7",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
    "PT": "+351 91",
}
DIGITS = {"ES": 8, "DE": 9, "AT": 9, "CH": 8, "UK": 9, "IE": 8, "FR": 8, "BE": 7, "IT": 9, "PT": 7}
CURRENCY = {"UK": "GBP", "CH": "CHF"}

PRODUCTS = [
    ("Booth Mini, 3 h / Cabina Mini, 3 h", "189.00"),
    ("Booth Classic, 5 h, prints / Cabina Classic, 5 h, copias", "349.00"),
    ("Mirror booth, evening / Espejo mágico, noche", "429.00"),
    ("360° video platform, 4 h / Plataforma 360°, 4 h", "399.00"),
    ("Props box and guest book / Caja de atrezo y libro", "39.00"),
]
PAGES = [
    "/booths",
    "/booths/mirror",
    "/booths/360",
    "/props",
    "/plus",
    "/gallery",
    "/help/setup",
    "/pricing",
]

PRAISE: dict[str, list[str]] = {
    "es": [
        "La cabina de Blitzora fue lo mejor de la boda, la cola no se acabó en toda la noche",
        "Mis tías posando con las gafas gigantes, no tiene precio. Gracias Blitzora",
        "Montaron el espejo en diez minutos y las copias salían al momento. Un acierto",
    ],
    "de": [
        "Die Fotobox von Blitzora war der Renner auf unserem Polterabend, alle wollten rein",
        "Aufbau in zehn Minuten, Drucke in Sekunden, die Gäste hatten riesigen Spaß",
        "Omas 80. mit der Spiegelbox, die Bilder hängen jetzt bei allen am Kühlschrank",
    ],
    "en": [
        "The Blitzora booth was the hit of our engagement party, queue all night",
        "Props were brilliant and the prints came out instantly, cheers",
    ],
    "fr": [
        "Le photobooth Blitzora a fait un carton au mariage, merci",
        "Installation rapide et tirages parfaits, les invités ont adoré",
    ],
    "it": [
        "La cabina Blitzora ha fatto impazzire tutti alla festa di laurea",
        "Montata in un attimo, stampe bellissime, grazie",
    ],
    "pt": [
        "A cabine da Blitzora foi um sucesso no casamento, fila a noite toda",
        "Montagem rápida e fotos impressas na hora, adorámos",
    ],
}
AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera vez que alquilo con Blitzora y otra vez perfecto",
        "Repetimos cabina para el bautizo y genial como siempre",
    ],
    "de": [
        "Schon das dritte Mal bei Blitzora gemietet, wieder alles top",
        "Wieder die Fotobox für die Firmung, lief wie am Schnürchen",
    ],
    "en": ["Third booth from Blitzora this year, spot on again"],
    "fr": ["Troisième location chez Blitzora, toujours impeccable"],
    "it": ["Terza volta con Blitzora, sempre perfetto"],
    "pt": ["Terceira vez com a Blitzora e tudo impecável outra vez"],
}
GRIPE: dict[str, list[str]] = {
    "es": [
        "Todo genial, solo que el rollo de papel se acabó a las doce. Para la próxima pediré dos"
    ],
    "de": [
        "Super Abend, nur das Papier war um Mitternacht alle. Nächstes Mal nehme ich eine Rolle extra"
    ],
    "en": ["Great night, only wish the props box had more hats"],
    "fr": ["Super soirée, dommage que le fond vert était un peu froissé"],
    "it": ["Tutto bene, solo lo sfondo era un po' stropicciato"],
    "pt": ["Tudo ótimo, só o fundo vinha um bocadinho amarrotado"],
}
QUESTION: dict[str, list[str]] = {
    "es": [
        "Hola, ¿la cabina necesita enchufe cerca o lleva batería?",
        "¿Puedo poner nuestro logo y la fecha en las copias?",
        "¿Cuánto espacio hace falta para el espejo mágico?",
    ],
    "de": [
        "Hallo, braucht die Box eine Steckdose in der Nähe oder hat sie Akku?",
        "Kann man unser Logo und das Datum auf die Drucke setzen?",
        "Wie viel Platz braucht die Spiegelbox ungefähr?",
    ],
    "en": [
        "Hi, does the booth need a socket nearby?",
        "Can we put our names and the date on the prints?",
    ],
    "fr": [
        "Bonjour, il faut une prise à côté de la borne ?",
        "On peut mettre nos prénoms sur les tirages ?",
    ],
    "it": [
        "Ciao, la cabina ha bisogno di una presa vicina?",
        "Si possono mettere i nomi degli sposi sulle stampe?",
    ],
    "pt": [
        "Olá, a cabine precisa de tomada perto?",
        "Dá para pôr os nossos nomes e a data nas fotos?",
    ],
}
ANSWER: dict[str, str] = {
    "es": "¡Hola! Sí, basta un enchufe normal a menos de 5 m; el logo y la fecha se eligen en la app. ¿Algo más?",
    "de": "Hallo! Eine normale Steckdose in 5 m Nähe reicht, Logo und Datum stellen Sie in der App ein. Noch etwas?",
    "en": "Hi! A normal socket within 5 m is enough, and names and date are set in the app. Anything else?",
    "fr": "Bonjour ! Une prise à moins de 5 m suffit, les prénoms se règlent dans l'appli. Autre chose ?",
    "it": "Ciao! Basta una presa a meno di 5 m, i nomi si impostano nell'app. Altro?",
    "pt": "Olá! Basta uma tomada a menos de 5 m, os nomes escolhem-se na app. Mais alguma coisa?",
}
THANKS: dict[str, list[str]] = {
    "es": ["Perfecto, muchas gracias", "Genial, gracias por la rapidez"],
    "de": ["Super, danke!", "Alles klar, vielen Dank"],
    "en": ["Lovely, thanks"],
    "fr": ["Parfait, merci"],
    "it": ["Perfetto, grazie"],
    "pt": ["Perfeito, obrigado"],
}
CALL_Q: dict[str, str] = {
    "es": "hola mira te llamo porque la fiesta es en un jardín y quería saber si la cabina aguanta fuera si no llueve",
    "de": "ja hallo ich wollte fragen ob die box auch draußen im garten stehen kann wenn es trocken ist",
    "en": "hiya just ringing to ask if the booth can go outside on the patio if the weather holds",
    "fr": "oui bonjour je voulais savoir si la borne peut être installée dehors sous une tonnelle",
    "it": "salve chiamo per sapere se la cabina si può mettere in giardino sotto il gazebo",
    "pt": "olá queria saber se a cabine pode ficar no jardim debaixo de um toldo",
}
CALL_FOLLOW: dict[str, str] = {
    "es": "Como hablamos por teléfono: fuera sí, bajo techo y con el suelo plano. Te dejamos la guía en la app.",
    "de": "Wie am Telefon besprochen: draußen ja, unter einem Dach und auf ebenem Boden. Die Anleitung liegt in der App.",
    "en": "As discussed on the phone: outside is fine under cover on level ground. The setup guide is in the app.",
    "fr": "Comme convenu au téléphone : dehors oui, à l'abri et sur sol plat. Le guide est dans l'appli.",
    "it": "Come detto al telefono: fuori va bene, al coperto e su fondo piano. La guida è nell'app.",
    "pt": "Como falámos ao telefone: no exterior sim, coberto e em chão plano. O guia está na app.",
}
REVIEW: dict[str, list[str]] = {
    "es": ["Cinco estrellas: puntuales, amables y la cabina impecable"],
    "de": ["Fünf Sterne, pünktlich, freundlich und die Box tadellos"],
    "en": ["Five stars, on time and the booth was spotless"],
    "fr": ["Cinq étoiles, ponctuels et borne impeccable"],
    "it": ["Cinque stelle, puntuali e cabina perfetta"],
    "pt": ["Cinco estrelas, pontuais e cabine impecável"],
}
NIGHT: dict[str, list[str]] = {
    "es": [
        "Son las 2 y sigo mirando las fotos de la boda de mi hermana, qué risa",
        "No puedo dormir, reservando ya la cabina para mi cumple",
    ],
    "de": [
        "Kann nicht schlafen und scrolle durch die Fotobox-Bilder von gestern, herrlich",
        "Nachtschicht vorbei, schnell noch die Box für Samstag gebucht",
    ],
    "en": ["3am and still laughing at the booth photos from tonight"],
    "fr": ["Impossible de dormir, je regarde encore les photos de la borne"],
    "it": ["Le 2 di notte e rido ancora guardando le foto della cabina"],
    "pt": ["Duas da manhã e ainda a rir com as fotos da cabine"],
}

# Problems: no_show, printer, deposit, double_charge, gallery_lost, wrong_price
PROBLEM: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "la cabina no llegó a la boda aunque la app decía entregada a las 17:10",
        "printer": "la impresora se atascó a la media hora y nadie contestó al teléfono de urgencias",
        "deposit": "han pasado tres semanas y no me habéis devuelto la fianza de 150 €",
        "double_charge": "me habéis cobrado la reserva dos veces en la tarjeta",
        "gallery_lost": "la galería online de la fiesta está vacía, se han perdido todas las fotos",
        "wrong_price": "soy socia Plus y me habéis cobrado la tarifa normal",
    },
    "de": {
        "no_show": "die Fotobox ist nie zur Hochzeit gekommen, obwohl die App um 17:10 'geliefert' zeigte",
        "printer": "der Drucker hat nach einer halben Stunde gestreikt und beim Notdienst ging keiner ran",
        "deposit": "nach drei Wochen ist die Kaution von 150 € immer noch nicht zurück",
        "double_charge": "die Buchung wurde zweimal von meiner Karte abgebucht",
        "gallery_lost": "die Online-Galerie der Feier ist leer, alle Fotos sind weg",
        "wrong_price": "ich bin Plus-Mitglied und habe trotzdem den normalen Preis gezahlt",
    },
    "en": {
        "no_show": "the booth never turned up at the wedding even though the app said delivered at 17:10",
        "printer": "the printer jammed after half an hour and nobody answered the emergency line",
        "deposit": "three weeks on and my £130 deposit still hasn't come back",
        "double_charge": "you charged my card twice for the same booking",
        "gallery_lost": "the online gallery from the party is empty, every photo is gone",
        "wrong_price": "I'm a Plus member and was charged the full rate",
    },
    "fr": {
        "no_show": "la borne n'est jamais arrivée au mariage alors que l'appli indiquait livrée à 17h10",
        "printer": "l'imprimante s'est bloquée au bout d'une demi-heure et personne au numéro d'urgence",
        "deposit": "trois semaines après, la caution de 150 € n'est toujours pas rendue",
        "double_charge": "vous avez débité deux fois la réservation",
        "gallery_lost": "la galerie en ligne de la soirée est vide, toutes les photos ont disparu",
        "wrong_price": "je suis membre Plus et j'ai payé le plein tarif",
    },
    "it": {
        "no_show": "la cabina non è mai arrivata al matrimonio anche se l'app diceva consegnata alle 17:10",
        "printer": "la stampante si è bloccata dopo mezz'ora e il numero di emergenza non risponde",
        "deposit": "dopo tre settimane la cauzione di 150 € non è ancora tornata",
        "double_charge": "mi avete addebitato due volte la prenotazione",
        "gallery_lost": "la galleria online della festa è vuota, sparite tutte le foto",
        "wrong_price": "sono socio Plus e ho pagato la tariffa piena",
    },
    "pt": {
        "no_show": "a cabine nunca chegou ao casamento e a app dizia entregue às 17:10",
        "printer": "a impressora encravou ao fim de meia hora e ninguém atendeu a linha de urgência",
        "deposit": "passaram três semanas e a caução de 150 € ainda não voltou",
        "double_charge": "cobraram a reserva duas vezes no cartão",
        "gallery_lost": "a galeria online da festa está vazia, desapareceram as fotos todas",
        "wrong_price": "sou membro Plus e cobraram-me a tarifa normal",
    },
}
ANGRY: dict[str, list[str]] = {
    "es": [
        "Estoy indignada: {p}. Una vergüenza.",
        "Muy mal, Blitzora: {p}. Quiero una solución ya.",
    ],
    "de": [
        "Ich bin stinksauer: {p}. Unmöglich.",
        "So geht das nicht, Blitzora: {p}. Ich erwarte eine Lösung.",
    ],
    "en": ["Absolutely fuming: {p}. Not good enough."],
    "fr": ["Je suis furieuse : {p}. Inadmissible."],
    "it": ["Sono furioso: {p}. Inaccettabile."],
    "pt": ["Estou furiosa: {p}. Inaceitável."],
}
LETTER: dict[str, str] = {
    "es": "Estimado equipo de Blitzora:\n\nOs escribo después de la boda de mi hija del sábado. Llevábamos meses preparándola y la cabina era la sorpresa para los invitados. Sin embargo, {p}. Entenderéis que no es lo que esperaba después de tantas reservas con vosotros.\n\nOs pido que me contestéis cuanto antes y me digáis cómo lo vais a arreglar.\n\nUn saludo,\n{n}",
    "de": "Sehr geehrtes Blitzora-Team,\n\nich schreibe Ihnen nach dem Geburtstag meines Mannes am Samstag. Wir hatten alles lange geplant und die Fotobox sollte die Überraschung des Abends sein. Leider {p}. Das ist nach all den Buchungen bei Ihnen sehr enttäuschend.\n\nBitte melden Sie sich zeitnah und sagen Sie mir, wie Sie das regeln.\n\nMit freundlichen Grüßen\n{n}",
    "en": "Dear Blitzora,\n\nI'm writing after my daughter's christening on Saturday. We had planned it for months and the booth was meant to be the surprise. Unfortunately {p}. After several bookings with you that is really disappointing.\n\nPlease get back to me and tell me how you'll put it right.\n\nKind regards,\n{n}",
    "fr": "Madame, Monsieur,\n\nJe vous écris après l'anniversaire de ma mère samedi. Tout était préparé depuis des mois et la borne devait être la surprise. Malheureusement, {p}. Après plusieurs locations chez vous, c'est très décevant.\n\nMerci de me répondre rapidement.\n\nCordialement,\n{n}",
    "it": "Gentile Blitzora,\n\nvi scrivo dopo la festa di mio figlio di sabato. Avevamo preparato tutto da mesi e la cabina doveva essere la sorpresa. Purtroppo {p}. Dopo tante prenotazioni con voi è molto deludente.\n\nAttendo una risposta.\n\nCordiali saluti,\n{n}",
    "pt": "Caros senhores,\n\nescrevo depois do batizado do meu filho no sábado. Preparámos tudo durante meses e a cabine era a surpresa. Infelizmente {p}. Depois de tantas reservas convosco é muito dececionante.\n\nAguardo resposta.\n\nCumprimentos,\n{n}",
}
SUBJECT: dict[str, str] = {
    "es": "Reclamación",
    "de": "Beschwerde",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
}
CALL_ANGRY: dict[str, str] = {
    "es": "sí hola llamo muy enfadada porque {p} y nadie me dice nada",
    "de": "ja guten tag ich rufe an weil {p} und ich bin echt sauer",
    "en": "yeah hi i'm ringing because {p} and i'm really not happy",
    "fr": "oui bonjour j'appelle parce que {p} et je suis vraiment en colère",
    "it": "sì pronto chiamo perché {p} e sono davvero arrabbiato",
    "pt": "sim olá estou a ligar porque {p} e estou mesmo chateada",
}
CASE: dict[str, str] = {
    "es": "Sentimos mucho lo ocurrido. Hemos abierto el caso {b} y te escribimos en cuanto lo revisemos.",
    "de": "Das tut uns sehr leid. Wir haben den Fall {b} angelegt und melden uns, sobald wir es geprüft haben.",
    "en": "We're really sorry. We've opened case {b} and will come back to you once we've checked.",
    "fr": "Nous sommes désolés. Le dossier {b} est ouvert, nous revenons vers vous rapidement.",
    "it": "Ci dispiace molto. Abbiamo aperto la pratica {b} e ti ricontattiamo presto.",
    "pt": "Lamentamos muito. Abrimos o caso {b} e voltamos a contactar em breve.",
}
GOOD_NEWS: dict[str, str] = {
    "es": "Buenas noticias sobre el caso {b}: ya está resuelto y te hemos abonado la diferencia. ¿Nos confirmas que lo ves bien?",
    "de": "Gute Nachricht zu Fall {b}: erledigt, der Betrag ist gutgeschrieben. Können Sie kurz bestätigen?",
    "en": "Good news on case {b}: it's sorted and the amount is credited. Could you confirm it looks right?",
    "fr": "Bonne nouvelle pour le dossier {b} : c'est réglé et le montant est crédité. Pouvez-vous confirmer ?",
    "it": "Buone notizie sulla pratica {b}: risolta e importo accreditato. Puoi confermare?",
    "pt": "Boas notícias sobre o caso {b}: está resolvido e o valor creditado. Pode confirmar?",
}
CONFIRM: dict[str, str] = {
    "es": "Confirmado, ya lo veo en la cuenta. Gracias por arreglarlo (caso {b})",
    "de": "Bestätigt, ist angekommen. Danke fürs Klären (Fall {b})",
    "en": "Confirmed, it's there now. Thanks for sorting it (case {b})",
    "fr": "Confirmé, c'est bon. Merci (dossier {b})",
    "it": "Confermo, tutto a posto. Grazie (pratica {b})",
    "pt": "Confirmo, já está. Obrigado (caso {b})",
}
APOLOGY: dict[str, str] = {
    "es": "Perdón por el tono de ayer, estaba muy nerviosa. Gracias por responder tan rápido",
    "de": "Sorry für meinen Ton gestern, ich war einfach mit den Nerven runter. Danke für die schnelle Antwort",
    "en": "Sorry for the tone yesterday, it had been a long day. Thanks for the quick reply",
    "fr": "Désolée pour le ton d'hier, j'étais à bout. Merci pour la réponse rapide",
    "it": "Scusate il tono di ieri, ero stressato. Grazie della risposta",
    "pt": "Desculpem o tom de ontem, estava nervosa. Obrigada pela resposta",
}
REPEAT: dict[str, list[str]] = {
    "es": [
        "Vuelvo a escribir por el caso {b}: sigue sin resolverse, {p}.",
        "Tercera vez con el caso {b}. Nada. Mi cuñado dice que con Clicksy esto no pasa.",
        "Cuarta vez por el caso {b}, sigo igual. ¿Alguien lo está mirando?",
    ],
    "de": [
        "Ich melde mich nochmal wegen Fall {b}: immer noch offen, {p}.",
        "Zum dritten Mal wegen Fall {b}. Nichts passiert. Ein Kollege mietet bei Posenwerk, da klappt so was.",
        "Vierte Nachricht zu Fall {b}, unverändert. Kümmert sich jemand?",
    ],
    "en": [
        "Writing again about case {b}: still not sorted, {p}.",
        "Third time about case {b}. Nothing. A mate uses Clicksy and never has this.",
        "Fourth time on case {b}, same as before.",
    ],
    "fr": [
        "Je relance pour le dossier {b} : toujours rien, {p}.",
        "Troisième fois pour le dossier {b}. Une amie passe par Clicksy, jamais de souci.",
        "Quatrième relance, dossier {b}, rien ne bouge.",
    ],
    "it": [
        "Riscrivo per la pratica {b}: ancora niente, {p}.",
        "Terza volta per la pratica {b}. Un amico usa Posenwerk e non ha questi problemi.",
        "Quarta volta per la pratica {b}, tutto uguale.",
    ],
    "pt": [
        "Volto a escrever sobre o caso {b}: continua por resolver, {p}.",
        "Terceira vez sobre o caso {b}. Uma amiga usa a Clicksy e nunca teve isto.",
        "Quarta vez, caso {b}, tudo igual.",
    ],
}
CALL_REPEAT: dict[str, str] = {
    "es": "hola otra vez llamo por el caso {b} que sigue abierto y nadie me ha dicho nada",
    "de": "ja hallo nochmal wegen fall {b} der ist immer noch offen und keiner meldet sich",
    "en": "hi again it's about case {b} still open and nobody has come back to me",
    "fr": "bonjour encore moi pour le dossier {b} toujours pas réglé",
    "it": "pronto di nuovo per la pratica {b} ancora aperta nessuno mi ha richiamato",
    "pt": "olá outra vez pelo caso {b} continua aberto e ninguém me disse nada",
}
ESCALATED: dict[str, str] = {
    "es": "He pasado el caso {b} a nuestra responsable de calidad, te llamará ella.",
    "de": "Ich habe Fall {b} an unsere Qualitätsleitung weitergegeben, sie ruft Sie an.",
    "en": "I've passed case {b} to our quality lead, she'll call you.",
    "fr": "J'ai transmis le dossier {b} à notre responsable qualité.",
    "it": "Ho passato la pratica {b} alla nostra responsabile qualità.",
    "pt": "Passei o caso {b} à nossa responsável de qualidade.",
}
SLIDE: dict[str, list[str]] = {
    "es": [
        "La cabina llegó hora y media tarde, sin avisar. Al final bien, pero qué nervios",
        "Otra vez sin atrezo completo, faltaban las gafas y los carteles",
        "Ahora me piden fotos de todo al devolverla, como si fuera a robar algo",
        "La fianza tarda diez días en volver. Antes eran dos",
        "La Plus ha subido a 79 € al año y cada vez va peor. Estoy harta",
        "Para la comunión de mi sobrina ya hemos mirado Clicksy, mucho más baratos",
    ],
    "de": [
        "Die Box kam anderthalb Stunden zu spät, ohne Anruf. Ging dann, aber stressig",
        "Schon wieder fehlten Requisiten, keine Brillen, keine Schilder",
        "Jetzt soll ich bei Rückgabe jedes Teil fotografieren, als ob ich was klaue",
        "Die Kaution braucht zehn Tage zurück. Früher zwei",
        "Plus kostet jetzt 79 € im Jahr und es wird nur schlechter. Reicht mir langsam",
        "Für die Konfirmation haben wir uns Posenwerk angeschaut, deutlich günstiger",
    ],
    "en": [
        "Booth arrived 90 minutes late, no call",
        "Props missing again, no glasses or signs",
        "Now I have to photograph every part on return?",
        "Deposit takes ten days now, used to be two",
        "Plus is £69 a year now and it keeps getting worse",
        "Had a look at Clicksy for the next party, far cheaper",
    ],
    "fr": [
        "Borne arrivée avec 1h30 de retard, sans appel",
        "Encore des accessoires manquants",
        "Il faut photographier chaque pièce au retour maintenant ?",
        "La caution met dix jours à revenir",
        "Plus à 79 € par an et de pire en pire",
        "Pour la prochaine fête on regarde chez Clicksy, bien moins cher",
    ],
    "it": [
        "Cabina arrivata con un'ora e mezza di ritardo, senza avvisare",
        "Mancavano di nuovo gli accessori",
        "Adesso devo fotografare ogni pezzo alla riconsegna?",
        "La cauzione torna dopo dieci giorni",
        "Plus a 79 € l'anno e sempre peggio",
        "Per la prossima festa guardiamo Posenwerk, costa meno",
    ],
    "pt": [
        "A cabine chegou hora e meia atrasada, sem aviso",
        "Outra vez faltavam adereços",
        "Agora tenho de fotografar cada peça na devolução?",
        "A caução demora dez dias a voltar",
        "A Plus está a 79 € por ano e cada vez pior",
        "Para a próxima festa estamos a ver a Clicksy, muito mais barata",
    ],
}
CANCEL: dict[str, str] = {
    "es": "Quiero darme de baja de Blitzora Plus y cerrar mi cuenta. Confirmadme la baja, por favor",
    "de": "Bitte kündigen Sie meine Blitzora Plus Mitgliedschaft und löschen Sie mein Konto",
    "en": "Please cancel my Blitzora Plus membership and close my account",
    "fr": "Merci de résilier mon abonnement Blitzora Plus et de fermer mon compte",
    "it": "Vorrei disdire Blitzora Plus e chiudere il mio account",
    "pt": "Quero cancelar a Blitzora Plus e fechar a minha conta",
}
SORRY_GO: dict[str, str] = {
    "es": "Sentimos verte marchar. Tu Plus queda cancelada y la cuenta se cierra hoy.",
    "de": "Schade, dass Sie gehen. Plus ist gekündigt, das Konto wird heute geschlossen.",
    "en": "Sorry to see you go. Plus is cancelled and the account closes today.",
    "fr": "Dommage de vous voir partir. Plus est résilié, le compte fermé aujourd'hui.",
    "it": "Ci dispiace vederti andare. Plus disdetto, account chiuso oggi.",
    "pt": "Lamentamos a sua saída. Plus cancelada, conta fechada hoje.",
}
GRUMPY: dict[str, list[str]] = {
    "es": [
        "Como siempre, el repartidor sin mascarilla y con prisas",
        "Las copias podrían ser más grandes, la verdad",
        "La app es lenta, como siempre",
    ],
    "de": [
        "Wie immer, die App lädt ewig",
        "Die Drucke könnten ruhig größer sein",
        "Lieferfenster von vier Stunden, typisch",
    ],
    "en": ["App slow as usual", "Prints could be bigger, honestly"],
    "fr": ["Appli lente, comme d'habitude", "Les tirages pourraient être plus grands"],
    "it": ["App lenta come sempre", "Le stampe potrebbero essere più grandi"],
    "pt": ["App lenta como sempre", "As fotos podiam ser maiores"],
}
SARCASM: dict[str, str] = {
    "es": "Genial, la cabina llegó justo cuando se iban los invitados. Timing perfecto, chapeau",
    "de": "Toll, die Box kam genau, als die Gäste gingen. Perfektes Timing, echt",
    "en": "Brilliant, booth arrived just as the guests were leaving. Perfect timing",
    "fr": "Génial, la borne est arrivée quand les invités partaient. Timing parfait",
    "it": "Fantastico, la cabina è arrivata mentre gli ospiti andavano via. Tempismo perfetto",
    "pt": "Ótimo, a cabine chegou quando os convidados saíam. Timing perfeito",
}
GRUMBLE: dict[str, str] = {
    "es": "El mapa de zonas de reparto no carga en el móvil",
    "de": "Die Liefergebietskarte lädt auf dem Handy nicht",
    "en": "The delivery area map won't load on my phone",
    "fr": "La carte des zones de livraison ne charge pas",
    "it": "La mappa delle zone di consegna non si carica",
    "pt": "O mapa das zonas de entrega não carrega",
}
GRUMBLE_ANS: dict[str, str] = {
    "es": "Gracias por avisar, lo revisamos. Mientras, puedes poner tu código postal en /help/setup.",
    "de": "Danke für den Hinweis, wir schauen es uns an. Die PLZ-Suche unter /help/setup geht solange.",
    "en": "Thanks, we're looking at it. The postcode check on /help/setup works meanwhile.",
    "fr": "Merci, on regarde. La recherche par code postal fonctionne en attendant.",
    "it": "Grazie, controlliamo. Intanto funziona la ricerca per CAP.",
    "pt": "Obrigado, vamos ver. Entretanto, a pesquisa por código postal funciona.",
}
SPIKE: dict[str, list[str]] = {
    "es": [
        "La cabina pide activación y la app da error BTH.E52, la boda empieza en dos horas",
        "No puedo activar la cabina, BTH.E52 cada vez. ¿Qué pasa?",
    ],
    "de": [
        "Die Box will aktiviert werden und die App zeigt BTH.E52, Feier ist heute Mittag",
        "Aktivierung der Fotobox geht nicht, Fehler BTH.E52",
    ],
    "en": ["Booth won't activate, app says BTH.E52, party is this afternoon"],
    "fr": ["Impossible d'activer la borne, erreur BTH.E52 dans l'appli"],
    "it": ["La cabina non si attiva, l'app dà errore BTH.E52"],
    "pt": ["A cabine não ativa, a app dá erro BTH.E52"],
}
SPIKE_AGAIN: dict[str, str] = {
    "es": "Sigue igual, BTH.E52 también desde el móvil de mi marido",
    "de": "Immer noch BTH.E52, auch mit dem Handy meiner Frau",
    "en": "Still BTH.E52, tried my partner's phone too",
    "fr": "Toujours BTH.E52, même avec un autre téléphone",
    "it": "Ancora BTH.E52, anche con un altro telefono",
    "pt": "Continua BTH.E52, mesmo noutro telemóvel",
}
SPIKE_CHAT_ANS: dict[str, str] = {
    "es": "Sí, ahora mismo falla la activación de todas las cabinas, el equipo técnico ya está en ello.",
    "de": "Ja, die Aktivierung aller Boxen fällt gerade aus, die Technik arbeitet daran.",
    "en": "Yes, booth activation is failing everywhere right now, engineers are on it.",
    "fr": "Oui, l'activation échoue partout en ce moment, nos techniciens sont dessus.",
    "it": "Sì, l'attivazione non funziona ovunque, i tecnici ci stanno lavorando.",
    "pt": "Sim, a ativação está a falhar em todo o lado, a equipa técnica já está nisso.",
}
WORKS_AGAIN: dict[str, str] = {
    "es": "La activación funciona de nuevo desde las 12:05. Te hemos abonado 20 € por las molestias.",
    "de": "Die Aktivierung läuft seit 12:05 wieder. Wir haben 20 € gutgeschrieben.",
    "en": "Activation works again since 11:05. We've added a credit of 20 to your account.",
    "fr": "L'activation refonctionne depuis 12h05. 20 € crédités.",
    "it": "L'attivazione funziona di nuovo dalle 12:05. Accreditati 20 €.",
    "pt": "A ativação voltou a funcionar às 11:05. Creditámos 20 €.",
}
LONE_Q: dict[str, str] = {
    "es": "Mañana activo la cabina yo misma: ¿el código de activación llega por la app o por SMS? Hoy en la prueba funcionó",
    "de": "Ich aktiviere morgen selbst: kommt der Code per App oder SMS? Beim Test heute ging es",
}
LONE_A: dict[str, str] = {
    "es": "Por la app, igual que en la prueba. ¡Que vaya genial!",
    "de": "Über die App, wie beim Test. Viel Spaß!",
}
SUGGEST: dict[str, list[str]] = {
    "es": [
        "Sería útil poder descargar todas las facturas del trimestre en un zip",
        "Propuesta: que el albarán indique el número de evento interno",
    ],
    "de": [
        "Es wäre praktisch, alle Rechnungen eines Quartals als Zip zu laden",
        "Vorschlag: unsere interne Veranstaltungsnummer auf dem Lieferschein",
    ],
    "en": ["Would be handy to download a quarter's invoices in one zip"],
    "fr": ["Pratique : télécharger toutes les factures du trimestre d'un coup"],
    "it": ["Utile scaricare tutte le fatture del trimestre in un zip"],
    "pt": ["Dava jeito descarregar as faturas do trimestre num zip"],
}
B2B_PROBLEM: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "las facturas llegan sin nuestro número de pedido y contabilidad las rechaza",
        "portal": "el portal no muestra los eventos de esta semana",
        "overbilled": "nos cobran la tarifa de particular y no la del contrato",
    },
    "de": {
        "invoice": "die Rechnungen kommen ohne unsere Bestellnummer, die Buchhaltung lehnt sie ab",
        "portal": "das Portal zeigt die Events dieser Woche nicht an",
        "overbilled": "uns wird der Privatpreis statt des Vertragspreises berechnet",
    },
    "en": {
        "invoice": "invoices arrive without our PO number and accounts reject them",
        "portal": "the portal doesn't show this week's events",
        "overbilled": "we're billed the consumer rate not our contract rate",
    },
    "fr": {
        "invoice": "les factures arrivent sans notre numéro de commande",
        "portal": "le portail n'affiche pas les événements de la semaine",
        "overbilled": "on nous facture le tarif particulier",
    },
    "it": {
        "invoice": "le fatture arrivano senza il nostro numero d'ordine",
        "portal": "il portale non mostra gli eventi della settimana",
        "overbilled": "ci fatturate la tariffa privati",
    },
    "pt": {
        "invoice": "as faturas chegam sem o nosso número de encomenda",
        "portal": "o portal não mostra os eventos desta semana",
        "overbilled": "cobram-nos a tarifa de particular",
    },
}
B2B_FIRST: dict[str, str] = {
    "es": "Buenos días, en {co} tenemos un problema con Blitzora Events: {p}. Necesitamos que se corrija.",
    "de": "Guten Tag, bei {co} haben wir ein Problem mit Blitzora Events: {p}. Bitte korrigieren.",
    "en": "Hello, at {co} we have an issue with Blitzora Events: {p}. Please fix it.",
    "fr": "Bonjour, chez {co} nous avons un souci avec Blitzora Events : {p}.",
    "it": "Buongiorno, in {co} abbiamo un problema con Blitzora Events: {p}.",
    "pt": "Bom dia, na {co} temos um problema com a Blitzora Events: {p}.",
}
B2B_MORE: dict[str, str] = {
    "es": "Escribo también por lo que ya contó {f} (caso {b}): {p}. Sigue igual.",
    "de": "Ich schließe mich {f} an (Fall {b}): {p}. Unverändert.",
    "en": "Following up on what {f} reported (case {b}): {p}. Still the same.",
    "fr": "Suite au message de {f} (dossier {b}) : {p}. Toujours pareil.",
    "it": "In seguito a quanto scritto da {f} (pratica {b}): {p}. Ancora uguale.",
    "pt": "Na sequência do que {f} escreveu (caso {b}): {p}. Continua igual.",
}
B2B_LAST: dict[str, str] = {
    "es": "Caso {b}: seguimos sin solución y ya somos varios quejándonos. Compras ha pedido precios a Clicksy.",
    "de": "Fall {b}: immer noch nichts, mehrere Kollegen haben geschrieben. Der Einkauf hat bei Posenwerk angefragt.",
    "en": "Case {b}: still nothing and several of us have written. Procurement has asked Clicksy for rates.",
    "fr": "Dossier {b} : toujours rien, plusieurs collègues ont écrit. Les achats consultent Clicksy.",
    "it": "Pratica {b}: ancora niente, abbiamo scritto in tanti. L'ufficio acquisti ha chiesto prezzi a Posenwerk.",
    "pt": "Caso {b}: continua sem solução, vários colegas escreveram. As compras pediram preços à Clicksy.",
}
B2B_ACK: dict[str, str] = {
    "es": "Gracias, hemos abierto el caso {b} para {co}.",
    "de": "Danke, wir haben Fall {b} für {co} angelegt.",
    "en": "Thanks, we've opened case {b} for {co}.",
    "fr": "Merci, dossier {b} ouvert pour {co}.",
    "it": "Grazie, pratica {b} aperta per {co}.",
    "pt": "Obrigado, caso {b} aberto para a {co}.",
}
COMPANIES = [
    "Eventos Marea",
    "Hotel Brisa",
    "Kongresshaus Auer",
    "Agentur Feldkamp",
    "Stadtwerke Lenz",
    "Quinta do Sobral",
    "Atelier Vérone",
    "Villa Gardesana",
    "Northgate Events",
    "Catering Soler",
    "Messebau Richter",
    "Gala Ibérica",
    "Hochzeitshaus Wendt",
    "Casa Mirante",
    "Festhalle Obermaier",
]
