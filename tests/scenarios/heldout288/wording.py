"""Wording of heldout288 (Parkuma: caravan and motorhome storage yards), written blind."""

# ruff: noqa: E501

LANGS = ["de", "es", "en", "fr", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
}
FIRST = {
    "de": [
        "Jürgen",
        "Sabine",
        "Uwe",
        "Heike",
        "Ralf",
        "Birgit",
        "Dieter",
        "Anke",
        "Holger",
        "Petra",
        "Klaus",
        "Monika",
    ],
    "es": [
        "Paco",
        "Rocío",
        "Andrés",
        "Montse",
        "Julián",
        "Begoña",
        "Ramiro",
        "Nuria",
        "Ignacio",
        "Amparo",
        "Fermín",
        "Lourdes",
    ],
    "en": ["Gareth", "Wendy", "Colin", "Shona", "Declan", "Maureen", "Trevor", "Aoife"],
    "fr": ["Gilles", "Nathalie", "Hervé", "Sandrine", "Didier", "Véronique"],
    "it": ["Fabrizio", "Ornella", "Massimo", "Daniela", "Renato", "Loredana"],
    "pt": ["Joaquim", "Fernanda", "Rui", "Conceição", "Nuno", "Graça"],
}
LAST = {
    "de": [
        "Kessler",
        "Hartmann",
        "Voigt",
        "Brandl",
        "Seidel",
        "Gruber",
        "Lorenz",
        "Pfeiffer",
        "Engel",
        "Kuhn",
    ],
    "es": [
        "Navarro",
        "Iglesias",
        "Pascual",
        "Cabrera",
        "Soler",
        "Lozano",
        "Herrero",
        "Vidal",
        "Medina",
        "Crespo",
    ],
    "en": ["Pritchard", "Lyons", "Hargreaves", "Doyle", "Whitfield", "Nolan"],
    "fr": ["Lemaire", "Garnier", "Perrin", "Fontaine", "Roussel", "Chevalier"],
    "it": ["Ferraro", "Gatti", "Barbieri", "Pellegrini", "Marchetti", "Sartori"],
    "pt": ["Figueiredo", "Antunes", "Correia", "Pinheiro", "Lopes", "Teixeira"],
}
COMPETITORS = ["Stellvano", "Garajuma"]

PRAISE = {
    "de": [
        "Wohnmobil heute abgeholt, stand schon vorne an der Ausfahrt, Batterie voll. Parkuma macht das richtig gut",
        "Der Platz ist sauber, Tor mit PIN klappt, und der Platzwart hat mir sogar beim Rangieren geholfen. Top!",
        "Schon wieder alles reibungslos beim Wohnwagen-Abholen. Danke ans Team in der Halle",
    ],
    "es": [
        "Recogí la autocaravana esta mañana y ya estaba en la explanada con la batería cargada. Así da gusto, Parkuma",
        "Tercera vez este año que saco la caravana sin esperar ni un minuto. El guarda majísimo",
        "el recinto limpio, la puerta con el PIN del móvil a la primera, muy contentos con Parkuma",
    ],
    "en": [
        "Picked the motorhome up this morning, sat ready by the gate with the battery topped up. Cracking service from Parkuma",
        "Third time this season the caravan was out front waiting for me. Lovely yard staff",
    ],
    "fr": [
        "Camping-car récupéré ce matin, déjà sorti devant le portail et batterie chargée. Merci Parkuma",
        "Encore une fois tout nickel pour sortir la caravane, le gardien est adorable",
    ],
    "it": [
        "Ritirato il camper stamattina, già pronto davanti al cancello con la batteria carica. Bravi Parkuma",
        "Ancora una volta tutto perfetto, il custode mi ha pure aiutato in manovra",
    ],
    "pt": [
        "Fui buscar a autocaravana hoje e já estava à porta com a bateria carregada. Muito bom, Parkuma",
        "Mais uma vez tudo impecável para tirar a caravana, o guarda é um senhor simpático",
    ],
}
QUESTION = {
    "de": [
        "Kann ich den Wohnwagen auch am Sonntag um 7 abholen oder ist das Tor da zu?",
        "Hallo, wie melde ich den Frostschutz-Check für den Winter an?",
        "Kann ich mein Fahrrad im Wohnmobil lassen während es bei euch steht?",
    ],
    "es": [
        "Hola, ¿puedo sacar la caravana un domingo a las 7 o la puerta está cerrada?",
        "¿Cómo pido la revisión de gas antes del verano?",
        "buenas, ¿se puede dejar la bici dentro de la autocaravana mientras está guardada?",
    ],
    "en": [
        "Can I collect the caravan at 7 on a Sunday or is the gate shut then?",
        "How do I book the habitation check before Easter?",
    ],
    "fr": [
        "Bonjour, je peux sortir la caravane un dimanche à 7h ou le portail est fermé ?",
        "Comment je réserve le contrôle gaz avant l'été ?",
    ],
    "it": [
        "Posso ritirare la roulotte domenica alle 7 o il cancello è chiuso?",
        "Come prenoto il controllo gas prima dell'estate?",
    ],
    "pt": [
        "Posso ir buscar a caravana ao domingo às 7 ou o portão está fechado?",
        "Como marco a revisão do gás antes do verão?",
    ],
}
ANSWER = {
    "de": "Hallo, ja, das geht: das Tor öffnet mit Ihrem PIN täglich von 6 bis 22 Uhr, den Check buchen Sie in der App unter Service. Gute Fahrt!",
    "es": "Hola, sí: la puerta abre con su PIN de 6 a 22 h todos los días y la revisión se reserva en la app, en Servicios. ¡Buen viaje!",
    "en": "Hi, yes: the gate opens with your PIN from 6am to 10pm every day, and checks are booked in the app under Services. Safe travels!",
    "fr": "Bonjour, oui : le portail s'ouvre avec votre code de 6h à 22h tous les jours, et le contrôle se réserve dans l'appli, rubrique Services. Bonne route !",
    "it": "Buongiorno, sì: il cancello si apre con il PIN dalle 6 alle 22 tutti i giorni, il controllo si prenota nell'app alla voce Servizi. Buon viaggio!",
    "pt": "Olá, sim: o portão abre com o seu PIN das 6h às 22h todos os dias e a revisão marca-se na app, em Serviços. Boa viagem!",
}
THANKS = {
    "de": ["Super, danke!", "Alles klar, vielen Dank"],
    "es": ["Genial, gracias!", "Perfecto, mil gracias"],
    "en": ["Brilliant, thanks"],
    "fr": ["Parfait, merci !"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obrigado!"],
}
NIGHT_POST = {
    "de": [
        "Kann nicht schlafen, plane schon die Route nach Kroatien. Wohnmobil steht sicher bei Parkuma, Gott sei Dank",
        "Nachtschicht vorbei, morgen früh Wohnwagen holen. Freu mich",
    ],
    "es": [
        "Son las 3 y yo mirando rutas por Portugal, la autocaravana bien guardadita en Parkuma",
        "Saliendo del turno de noche, mañana recojo la caravana y al norte!",
    ],
    "en": ["Can't sleep, planning the Scotland route. Van's safe at Parkuma, thank goodness"],
    "fr": [
        "Insomnie, je prépare le trajet vers la Bretagne. Le camping-car dort tranquille chez Parkuma"
    ],
    "it": ["Notte insonne a pianificare il giro in Puglia, il camper è al sicuro da Parkuma"],
    "pt": ["Sem sono, a planear a viagem ao Alentejo. A autocaravana está bem guardada na Parkuma"],
}
NIGHT_Q = {
    "de": ["Wenn ich um 5 Uhr früh losfahren will, geht das Tor schon auf?"],
    "es": ["Si quiero salir a las 5 de la mañana, ¿abre ya la puerta?"],
    "en": ["If I want to leave at 5am does the gate open yet?"],
    "fr": ["Si je veux partir à 5h du matin, le portail s'ouvre ?"],
    "it": ["Se voglio partire alle 5 di mattina il cancello si apre?"],
    "pt": ["Se quiser sair às 5 da manhã o portão já abre?"],
}
NIGHT_A = {
    "de": "Ab 6 Uhr öffnet das Tor mit Ihrem PIN, für frühere Abfahrten rufen Sie bitte am Vortag an.",
    "es": "La puerta abre con su PIN desde las 6; para salir antes llame el día anterior.",
    "en": "The gate opens with your PIN from 6am; for earlier departures please call the day before.",
    "fr": "Le portail s'ouvre avec votre code dès 6h ; pour partir plus tôt, appelez la veille.",
    "it": "Il cancello si apre con il PIN dalle 6; per partire prima chiami il giorno prima.",
    "pt": "O portão abre com o PIN a partir das 6h; para sair mais cedo ligue na véspera.",
}
SURVEY_WORD = {
    "de": ["top", "passt", ""],
    "es": ["genial", "todo bien", ""],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
}
LOW_WORD = {
    "de": ["schlecht", ""],
    "es": ["fatal", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
}

PROBLEMS = ["not_ready", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
PROB = {
    "de": {
        "not_ready": "mein Wohnmobil stand um 8 NICHT an der Ausfahrt wie gebucht, ich stand zwei Stunden am Tor",
        "double_charge": "die Stellplatzmiete wurde ZWEIMAL abgebucht, 189 € doppelt",
        "damage": "beim Umparken hat jemand die Heckleiter verbogen und die Rückleuchte zerbrochen",
        "refund": "die 50 € Kaution für den Torsender sind nach drei Wochen immer noch nicht zurück",
        "wrong_price": "ich bin Plus-Mitglied und zahle trotzdem den normalen Preis",
        "cancel_fee": "ich habe die Abholung vier Tage vorher storniert und trotzdem 35 € Gebühr bezahlt",
    },
    "es": {
        "not_ready": "la autocaravana NO estaba en la explanada a las 8 como reservé, dos horas esperando en la puerta",
        "double_charge": "me han cobrado la plaza DOS veces, 189 € repetidos",
        "damage": "al moverla de sitio le han doblado la escalera trasera y roto el piloto",
        "refund": "la fianza de 50 € del mando de la puerta sigue sin devolverse después de TRES semanas",
        "wrong_price": "soy socio Plus y me cobran la tarifa normal",
        "cancel_fee": "cancelé la recogida con cuatro días y aun así me cobran 35 € de penalización",
    },
    "en": {
        "not_ready": "the motorhome was NOT at the gate at 8 as booked, two hours stood waiting",
        "double_charge": "you've taken the pitch fee twice, £163 charged double",
        "damage": "someone bent the rear ladder and smashed a tail light moving it",
        "refund": "the £43 gate fob deposit still isn't back after three weeks",
        "wrong_price": "I'm a Plus member and I'm paying the standard rate",
        "cancel_fee": "I cancelled the collection four days ahead and was still charged a £30 fee",
    },
    "fr": {
        "not_ready": "le camping-car n'était PAS devant le portail à 8h comme réservé, deux heures d'attente",
        "double_charge": "l'emplacement a été prélevé deux fois, 189 € en double",
        "damage": "en le déplaçant on a tordu l'échelle arrière et cassé un feu",
        "refund": "la caution de 50 € du badge n'est toujours pas rendue après trois semaines",
        "wrong_price": "je suis membre Plus et je paie le tarif normal",
        "cancel_fee": "j'ai annulé la sortie quatre jours avant et on me facture 35 € de frais",
    },
    "it": {
        "not_ready": "il camper NON era davanti al cancello alle 8 come prenotato, due ore ad aspettare",
        "double_charge": "mi avete addebitato il posto due volte, 189 € doppi",
        "damage": "spostandolo hanno piegato la scaletta posteriore e rotto un fanale",
        "refund": "la cauzione di 50 € del telecomando non è ancora tornata dopo tre settimane",
        "wrong_price": "sono socio Plus e pago la tariffa normale",
        "cancel_fee": "ho annullato il ritiro quattro giorni prima e mi addebitate 35 € di penale",
    },
    "pt": {
        "not_ready": "a autocaravana NÃO estava no portão às 8 como marquei, duas horas à espera",
        "double_charge": "cobraram o lugar duas vezes, 189 € a dobrar",
        "damage": "ao mudarem de lugar entortaram a escada traseira e partiram um farolim",
        "refund": "a caução de 50 € do comando ainda não foi devolvida ao fim de três semanas",
        "wrong_price": "sou sócio Plus e pago a tarifa normal",
        "cancel_fee": "cancelei a saída com quatro dias e mesmo assim cobraram 35 € de multa",
    },
}
TOPIC = {
    "de": {
        "not_ready": "Fahrzeug nicht bereit",
        "double_charge": "doppelte Abbuchung",
        "damage": "Schaden beim Umparken",
        "refund": "Kaution",
        "wrong_price": "falscher Tarif",
        "cancel_fee": "Stornogebühr",
    },
    "es": {
        "not_ready": "vehículo no preparado",
        "double_charge": "cobro doble",
        "damage": "daños",
        "refund": "fianza",
        "wrong_price": "tarifa incorrecta",
        "cancel_fee": "penalización",
    },
    "en": {
        "not_ready": "vehicle not ready",
        "double_charge": "double charge",
        "damage": "damage",
        "refund": "deposit",
        "wrong_price": "wrong rate",
        "cancel_fee": "cancellation fee",
    },
    "fr": {
        "not_ready": "véhicule pas prêt",
        "double_charge": "double prélèvement",
        "damage": "dégâts",
        "refund": "caution",
        "wrong_price": "mauvais tarif",
        "cancel_fee": "frais d'annulation",
    },
    "it": {
        "not_ready": "veicolo non pronto",
        "double_charge": "doppio addebito",
        "damage": "danni",
        "refund": "cauzione",
        "wrong_price": "tariffa sbagliata",
        "cancel_fee": "penale",
    },
    "pt": {
        "not_ready": "veículo não preparado",
        "double_charge": "cobrança dupla",
        "damage": "danos",
        "refund": "caução",
        "wrong_price": "tarifa errada",
        "cancel_fee": "multa",
    },
}
COMPLAINT = {
    "de": [
        "Ich bin echt sauer: {p}. So geht das nicht, ich will das sofort geklärt haben.",
        "Das ist eine Frechheit, {p}. JETZT REICHTS mir langsam.",
    ],
    "es": [
        "Estoy indignado: {p}. Esto no puede ser, quiero una solución YA.",
        "Vaya tela, {p}. Ya está bien, de verdad.",
    ],
    "en": ["Really fed up: {p}. This isn't on, sort it out please."],
    "fr": ["Franchement furieux : {p}. C'est inadmissible, réglez ça."],
    "it": ["Sono arrabbiatissimo: {p}. Non è accettabile, risolvete subito."],
    "pt": ["Estou furioso: {p}. Isto não pode ser, resolvam já."],
}
CALL = {
    "de": "ja hallo {n} hier ich rufe an weil {p} und das geht so nicht ich will dass das heute noch jemand klärt",
    "es": "sí hola soy {n} le llamo porque {p} y esto no puede ser quiero que alguien lo solucione hoy",
    "en": "yeah hi it's {n} i'm ringing because {p} and it's not good enough i want someone to sort it today",
    "fr": "oui bonjour c'est {n} j'appelle parce que {p} et ça ne va pas du tout je veux que ce soit réglé aujourd'hui",
    "it": "sì buongiorno sono {n} chiamo perché {p} e non va bene voglio che qualcuno lo risolva oggi",
    "pt": "sim olá é {n} estou a ligar porque {p} e isto não pode ser quero que alguém resolva hoje",
}
LONG = {
    "de": [
        "Guten Abend,\n\nich schreibe das hier im Auto vor der Physiotherapie meiner Frau, also entschuldigen Sie die Kürze. Wir haben seit dem Umzug eh genug um die Ohren, die Garage ist noch voller Kartons und meine Schwiegermutter zieht nächsten Monat zu uns.\n\nUnd jetzt das: {p}. Ich verstehe nicht, wie so etwas passiert, und niemand hat sich gemeldet.\n\nIch stehe seit Jahren bei Ihnen und war immer froh darüber, aber das muss bis Freitag erledigt sein.\n\nMit freundlichen Grüßen\n{n}"
    ],
    "es": [
        "Buenas tardes:\n\nles escribo desde la sala de espera del dentista de mi hija, perdonen si me enrollo. Llevamos un mes de locos con la mudanza de mis padres al pueblo y la autocaravana era lo único que funcionaba.\n\nPues resulta que {p}. Nadie me ha llamado ni me ha dado explicaciones.\n\nLlevo cuatro años con ustedes y nunca me había quejado, pero esto lo necesito resuelto esta semana.\n\nUn saludo,\n{n}"
    ],
}
LONG_SUBJ = {
    "de": "Beschwerde: {t}",
    "es": "Reclamación: {t}",
    "en": "Complaint: {t}",
    "fr": "Réclamation : {t}",
    "it": "Reclamo: {t}",
    "pt": "Reclamação: {t}",
}
CASE = {
    "de": "Guten Tag {n}, es tut uns leid. Wir haben den Vorgang {c} eröffnet und melden uns innerhalb von 24 Stunden.",
    "es": "Hola {n}, lo sentimos mucho. Hemos abierto la incidencia {c} y le responderemos en 24 horas.",
    "en": "Hello {n}, we're sorry. We've opened case {c} and will come back to you within 24 hours.",
    "fr": "Bonjour {n}, nous sommes désolés. Nous avons ouvert le dossier {c} et revenons vers vous sous 24 heures.",
    "it": "Buongiorno {n}, ci scusi. Abbiamo aperto la pratica {c} e le rispondiamo entro 24 ore.",
    "pt": "Olá {n}, pedimos desculpa. Abrimos o processo {c} e respondemos em 24 horas.",
}
CASE_SUBJ = {
    "de": "AW: Vorgang {c}",
    "es": "RE: Incidencia {c}",
    "en": "Re: Your case {c}",
    "fr": "RE : Dossier {c}",
    "it": "R: Pratica {c}",
    "pt": "RE: Processo {c}",
}
GOOD = {
    "de": "Gute Nachricht zu Vorgang {c}: das ist erledigt und gutgeschrieben. Können Sie uns kurz bestätigen, dass alles passt?",
    "es": "Buenas noticias sobre la incidencia {c}: está resuelta y abonada. ¿Nos confirma que todo está bien?",
    "en": "Good news on case {c}: it's sorted and credited. Could you confirm everything is fine now?",
    "fr": "Bonne nouvelle pour le dossier {c} : c'est réglé et remboursé. Pouvez-vous confirmer que tout va bien ?",
    "it": "Buone notizie sulla pratica {c}: è risolta e rimborsata. Può confermarci che va tutto bene?",
    "pt": "Boas notícias sobre o processo {c}: está resolvido e creditado. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "de": "Bestätigt, Vorgang {c} ist erledigt. Danke!",
    "es": "Confirmado, la incidencia {c} está resuelta. ¡Gracias!",
    "en": "Confirmed, case {c} is sorted. Thanks!",
    "fr": "Confirmé, le dossier {c} est réglé. Merci !",
    "it": "Confermo, la pratica {c} è risolta. Grazie!",
    "pt": "Confirmado, o processo {c} está resolvido. Obrigado!",
}
APOLOGY = {
    "de": [
        "Sorry wegen gestern, war total gestresst. Danke dass ihr euch so schnell gekümmert habt"
    ],
    "es": ["Perdón por lo de ayer, estaba muy agobiado. Gracias por moveros tan rápido"],
    "en": ["Sorry about yesterday, I was stressed out. Thanks for sorting it quickly"],
    "fr": ["Désolé pour hier, j'étais à bout. Merci d'avoir réagi si vite"],
    "it": ["Scusate per ieri, ero nervoso. Grazie per la rapidità"],
    "pt": ["Desculpem ontem, estava stressado. Obrigado pela rapidez"],
}
STILL = {
    "de": "Vorgang {c} ist immer noch offen: {p}. Ich warte seit Tagen.",
    "es": "La incidencia {c} sigue abierta: {p}. Llevo días esperando.",
    "en": "Case {c} is still open: {p}. I've been waiting days.",
    "fr": "Le dossier {c} est toujours ouvert : {p}. J'attends depuis des jours.",
    "it": "La pratica {c} è ancora aperta: {p}. Aspetto da giorni.",
    "pt": "O processo {c} continua aberto: {p}. Estou à espera há dias.",
}
THIRD = {
    "de": " Ein Nachbar steht bei {k}, da wird sowas am selben Tag gelöst.",
    "es": " Un vecino guarda la suya en {k} y allí lo arreglan en el día.",
    "en": " A neighbour stores with {k} and they fix this the same day.",
    "fr": " Un voisin est chez {k}, eux règlent ça dans la journée.",
    "it": " Un vicino sta da {k} e lì lo risolvono in giornata.",
    "pt": " Um vizinho guarda na {k} e lá resolvem no mesmo dia.",
}
FOURTH = {
    "de": " Das ist jetzt das VIERTE Mal.",
    "es": " Es la CUARTA vez.",
    "en": " This is the FOURTH time.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
LEAD = {
    "de": "Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "es": "Su incidencia {c} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía.",
    "en": "Your case {c} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Votre dossier {c} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "it": "La sua pratica {c} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.",
    "pt": "O seu processo {c} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia.",
}
URGENT = {
    "de": "Zu Vorgang {c} hinzugefügt und als dringend markiert.",
    "es": "Añadido a la incidencia {c} y marcado como urgente.",
    "en": "Added to case {c} and marked urgent.",
    "fr": "Ajouté au dossier {c}, marqué urgent.",
    "it": "Aggiunto alla pratica {c}, segnata come urgente.",
    "pt": "Adicionado ao processo {c} e marcado como urgente.",
}
SLIDE = {
    "de": [
        "Diesmal stand der Wohnwagen eine Stunde zu spät vorne, ohne Anruf. Naja.",
        "Batterie halb leer und die Plane schief drauf. Wird schlechter bei Parkuma",
        "Jetzt wollen sie bei der Rückgabe Fotos von jeder Ecke, sonst keine Annahme. Nervig",
        "Preis erhöht, Leistung weniger. Ich bin enttäuscht",
        "39 € Reinigungsgebühr für einen sauberen Wohnwagen?! Unverschämt",
        "Mein Schwager steht bei {k}, ich habe mir dort schon einen Platz angesehen. Reicht mir",
    ],
    "es": [
        "Esta vez la caravana salió una hora tarde y sin avisar. Bueno.",
        "Batería a medias y la funda mal puesta. Parkuma va a peor",
        "Ahora piden fotos de cada esquina al devolverla o no la aceptan. Qué pesadez",
        "Suben precio y bajan servicio. Decepcionado",
        "39 € de limpieza por una caravana impecable?! Qué cara",
        "Mi cuñado la guarda en {k} y ya he ido a ver una plaza allí. Se acabó",
    ],
    "en": [
        "Van was an hour late to the gate this time, no call. Hmm.",
        "Battery half flat and the cover on skew-whiff. Parkuma slipping",
        "Now they want photos of every corner at drop-off or they won't take it. Tedious",
        "Prices up, service down. Disappointed",
        "£34 cleaning fee for a spotless caravan?! Cheek",
        "Brother-in-law stores with {k}, been to look at a pitch there. Had enough",
    ],
    "fr": [
        "Cette fois la caravane était sortie avec une heure de retard, sans appel. Bon.",
        "Batterie à moitié vide, bâche de travers. Parkuma baisse",
        "Maintenant photos de chaque coin au retour sinon refus. Pénible",
        "Prix en hausse, service en baisse. Déçu",
        "39 € de nettoyage pour une caravane propre ?! Scandaleux",
        "Mon beau-frère est chez {k}, je suis allé voir une place là-bas. Ras-le-bol",
    ],
    "it": [
        "Stavolta la roulotte era fuori con un'ora di ritardo, senza chiamata. Mah.",
        "Batteria mezza scarica e telo storto. Parkuma peggiora",
        "Ora vogliono foto di ogni angolo alla riconsegna o non l'accettano. Che noia",
        "Prezzi su, servizio giù. Deluso",
        "39 € di pulizia per una roulotte pulita?! Vergogna",
        "Mio cognato sta da {k}, sono andato a vedere un posto lì. Basta",
    ],
    "pt": [
        "Desta vez a caravana saiu uma hora atrasada, sem aviso. Enfim.",
        "Bateria a meio e capa torta. A Parkuma está pior",
        "Agora pedem fotos de cada canto na entrega senão não aceitam. Que seca",
        "Preço a subir, serviço a descer. Desiludido",
        "39 € de limpeza por uma caravana impecável?! Que lata",
        "O meu cunhado guarda na {k} e já fui ver um lugar lá. Chega",
    ],
}
CANCEL = {
    "de": "Hallo, wir haben das Wohnmobil verkauft, die Knie machen nicht mehr mit. Bitte Parkuma Plus kündigen und mein Konto schließen.",
    "es": "Hola, hemos vendido la autocaravana, ya no estamos para viajes. Quiero darme de baja de Parkuma Plus y cerrar la cuenta.",
    "en": "Hello, we've sold the caravan now the grandkids have arrived. Please cancel my Parkuma Plus and close the account.",
    "fr": "Bonjour, nous avons vendu le camping-car. Je souhaite résilier Parkuma Plus et fermer mon compte.",
    "it": "Salve, abbiamo venduto il camper. Vorrei disdire Parkuma Plus e chiudere l'account.",
    "pt": "Olá, vendemos a autocaravana. Quero cancelar o Parkuma Plus e fechar a conta.",
}
SORRY = {
    "de": "Schade, dass Sie gehen. Sie können Plus in der App oder auf der Website unter Konto selbst kündigen.",
    "es": "Sentimos que se vaya. Puede darse de baja usted mismo en la app o la web, en Cuenta.",
    "en": "Sorry to see you go. You can cancel Plus yourself in the app or on the website under Account.",
    "fr": "Désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Compte.",
    "it": "Ci dispiace. Può disdire da solo nell'app o sul sito, alla voce Account.",
    "pt": "Lamentamos a sua saída. Pode cancelar na app ou no site, em Conta.",
}
GRUMBLE = {
    "de": [
        "Die App loggt mich schon wieder aus, jedes Mal neu anmelden",
        "Warum schickt ihr die Erinnerung um 6 Uhr morgens",
        "Samstags 30 Minuten Schlange am Tor, wie immer",
    ],
    "es": [
        "La app me vuelve a echar, cada vez a meter la contraseña",
        "¿Por qué mandáis el recordatorio a las 6 de la mañana?",
        "Los sábados media hora de cola en la puerta, como siempre",
    ],
    "en": ["App logged me out again, every single time", "Why send the reminder at 6am"],
    "fr": ["L'appli me déconnecte encore, à chaque fois", "Pourquoi le rappel à 6h du matin"],
    "it": ["L'app mi disconnette di nuovo, ogni volta", "Perché il promemoria alle 6 di mattina"],
    "pt": ["A app volta a desligar-me, sempre", "Porquê o lembrete às 6 da manhã"],
}
SARCASM = {
    "de": "Toll, das Tor öffnet genau dann nicht, wenn es regnet 👏",
    "es": "Genial, la puerta falla justo cuando diluvia 👏",
    "en": "Love how the gate only jams when it's chucking it down 👏",
    "fr": "Génial, le portail bloque pile quand il pleut 👏",
    "it": "Bellissimo, il cancello si blocca proprio quando piove 👏",
    "pt": "Lindo, o portão encrava logo quando chove 👏",
}
MILD = {
    "de": "Die Platzsuche in der App zeigt mir immer den falschen Standort, ist aber nicht schlimm",
    "es": "El buscador de recintos me sale siempre en otra ciudad, no es grave",
    "en": "The yard finder keeps showing the wrong town, not a big deal",
    "fr": "La recherche de site affiche la mauvaise ville, rien de grave",
    "it": "La ricerca del deposito mostra la città sbagliata, niente di grave",
    "pt": "A pesquisa de parques mostra a cidade errada, nada de grave",
}
PRODUCTS = [
    "Pitch caravan up to 7 m, month / Plaza caravana hasta 7 m, mes",
    "Covered pitch motorhome, month / Plaza cubierta autocaravana, mes",
    "Habitation check / Revisión de habitáculo",
    "Battery care, season / Mantenimiento batería, temporada",
]
PAGES = ["/yards", "/plus", "/services/habitation-check", "/account", "/app"]

# topic_spike
SPIKE = {
    "de": [
        "Das Tor am Platz nimmt meinen App-PIN nicht, Fehler GT%418, ich komme nicht an mein Wohnmobil!",
        "Parkuma Tor öffnet nicht, App sagt GT%418, wir stehen mit gepacktem Auto davor",
    ],
    "es": [
        "La puerta del recinto no acepta el PIN de la app, error GT%418, no puedo sacar la autocaravana!",
        "Parkuma la puerta no abre, la app da GT%418 y estamos aquí con los niños en el coche",
    ],
    "en": ["Gate won't take the app PIN, error GT%418, can't get to the van"],
    "fr": [
        "Le portail refuse le code de l'appli, erreur GT%418, impossible de sortir le camping-car"
    ],
    "it": [
        "Il cancello non accetta il PIN dell'app, errore GT%418, non riesco a prendere il camper"
    ],
    "pt": ["O portão não aceita o PIN da app, erro GT%418, não consigo tirar a autocaravana"],
}
SPIKE_AGAIN = {
    "de": "Immer noch GT%418, auch mit dem Handy meiner Frau. Was ist da los?",
    "es": "Sigue GT%418, también con el móvil de mi mujer. ¿Qué pasa?",
    "en": "Still GT%418, tried my wife's phone too",
    "fr": "Toujours GT%418, même avec le téléphone de ma femme",
    "it": "Ancora GT%418, anche col telefono di mia moglie",
    "pt": "Continua GT%418, mesmo com o telemóvel da minha mulher",
}
SPIKE_CHAT = {
    "de": "Ja, die Tor-PINs werden gerade an allen Plätzen abgelehnt, unsere Technik ist dran.",
    "es": "Sí, ahora mismo los PIN de las puertas fallan en todos los recintos, el equipo técnico está en ello.",
    "en": "Yes, gate PINs are being refused at every yard right now, our engineers are on it.",
    "fr": "Oui, les codes des portails sont refusés sur tous les sites, nos techniciens sont dessus.",
    "it": "Sì, i PIN dei cancelli sono rifiutati in tutti i depositi, i tecnici ci stanno lavorando.",
    "pt": "Sim, os PIN dos portões estão a ser recusados em todos os parques, a equipa técnica está a tratar.",
}
WORKS = {
    "de": "Die Tor-PINs funktionieren seit 11:50 wieder. Die Gebühr für diesen Monat wird um 10 € gutgeschrieben.",
    "es": "Los PIN de las puertas funcionan de nuevo desde las 11:50. Le abonamos 10 € en la cuota de este mes.",
    "en": "Gate PINs work again since 10:50. We've credited £9 to this month's fee.",
    "fr": "Les codes fonctionnent de nouveau depuis 11h50. 10 € crédités sur ce mois.",
    "it": "I PIN funzionano di nuovo dalle 11:50. Le abbiamo accreditato 10 €.",
    "pt": "Os PIN funcionam de novo desde as 10:50. Creditámos 10 €.",
}
LONE_Q = {
    "es": "Anoche el PIN de la app salía en gris hasta que subí el brillo. ¿Mañana funcionará en la puerta?",
    "de": "Gestern Abend war der PIN in der App grau, bis ich die Helligkeit hochgedreht habe. Klappt das morgen am Tor?",
}
LONE_A = {
    "es": "Sí, con poco brillo se ve gris pero la puerta lo lee sin problema.",
    "de": "Ja, bei wenig Helligkeit wirkt er grau, das Tor liest ihn trotzdem.",
}

# b2b: Parkuma Fleet, storing hire fleets on account
B2B_PROB = {
    "de": {
        "invoice": "die Rechnungen haben immer noch den alten Firmennamen und keine Bestellnummer",
        "service_blocked": "am Tor heißt es Konto gesperrt, obwohl alles bezahlt ist, unsere Fahrzeuge kommen nicht raus",
        "portal": "im Portal sind keine eingestellten Fahrzeuge sichtbar, wir können nichts abmelden",
        "overbilled": "uns wird der Tagessatz statt des vereinbarten Monatssatzes berechnet",
    },
    "es": {
        "invoice": "las facturas siguen con el nombre antiguo de la empresa y sin número de pedido",
        "service_blocked": "en la puerta dicen cuenta bloqueada aunque está todo pagado y los vehículos no salen",
        "portal": "el portal no muestra ningún vehículo guardado y no podemos dar bajas",
        "overbilled": "nos cobran tarifa diaria en vez de la mensual pactada",
    },
    "en": {
        "invoice": "invoices still carry our old company name and no PO number",
        "service_blocked": "the gate says account on stop though everything is paid, vehicles can't leave",
        "portal": "the portal shows no stored vehicles so we can't book anything out",
        "overbilled": "we're billed the daily rate instead of our contract monthly rate",
    },
    "fr": {
        "invoice": "les factures portent l'ancien nom de la société et pas de numéro de commande",
        "service_blocked": "au portail le compte est bloqué alors que tout est payé",
        "portal": "le portail n'affiche aucun véhicule stocké",
        "overbilled": "on nous facture le tarif journalier au lieu du mensuel",
    },
    "it": {
        "invoice": "le fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine",
        "service_blocked": "al cancello risulta conto bloccato anche se è tutto pagato",
        "portal": "il portale non mostra nessun veicolo in deposito",
        "overbilled": "ci fatturate la tariffa giornaliera invece di quella mensile",
    },
    "pt": {
        "invoice": "as faturas ainda têm o nome antigo da empresa e nenhum número de encomenda",
        "service_blocked": "no portão diz conta bloqueada mas está tudo pago",
        "portal": "o portal não mostra nenhum veículo guardado",
        "overbilled": "cobram-nos a diária em vez da mensalidade contratada",
    },
}
B2B_FIRST = {
    "de": "Guten Tag, {p}. Bitte um dringende Klärung.",
    "es": "Buenos días, {p}. Rogamos solución urgente.",
    "en": "Good morning, {p}. Please fix urgently.",
    "fr": "Bonjour, {p}. Merci de régler rapidement.",
    "it": "Buongiorno, {p}. Chiediamo una soluzione urgente.",
    "pt": "Bom dia, {p}. Pedimos solução urgente.",
}
B2B_LATER = {
    "de": "Wie {f} schon geschrieben hat (Vorgang {c}): {p}. Das betrifft jetzt auch meine Abteilung.",
    "es": "Como ya escribió {f} (incidencia {c}): {p}. Ahora también afecta a mi departamento.",
    "en": "As {f} already wrote (case {c}): {p}. It's now hitting my team too.",
    "fr": "Comme {f} l'a déjà écrit (dossier {c}) : {p}. Mon service est touché aussi.",
    "it": "Come ha già scritto {f} (pratica {c}): {p}. Ora tocca anche il mio reparto.",
    "pt": "Como a/o {f} já escreveu (processo {c}): {p}. Agora afeta também a minha equipa.",
}
B2B_LAST = {
    "de": "ja hier nochmal wegen Vorgang {c} es ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht geht",
    "es": "sí llamo otra vez por la incidencia {c} sigue sin arreglarse varios compañeros han escrito y mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana",
    "en": "yeah calling again about case {c} still nothing fixed several colleagues have written my boss says we move the account if it isn't sorted this week",
    "fr": "oui je rappelle pour le dossier {c} toujours rien plusieurs collègues ont écrit mon patron dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "it": "sì richiamo per la pratica {c} ancora niente più colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "sim ligo outra vez pelo processo {c} continua sem solução vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
}
B2B_SUGGEST = {
    "de": "Vorschlag: könnten die Rechnungen die Kennzeichen pro Kostenstelle aufführen?",
    "es": "Sugerencia: ¿podrían las facturas listar matrículas por centro de coste?",
    "en": "Suggestion: could invoices list registrations by cost centre?",
    "fr": "Suggestion : les factures pourraient-elles lister les immatriculations par centre de coût ?",
    "it": "Suggerimento: le fatture potrebbero elencare le targhe per centro di costo?",
    "pt": "Sugestão: as faturas podiam listar as matrículas por centro de custo?",
}
B2B_PRAISE = {
    "de": "Parkuma Fleet: alle zwölf Mietmobile pünktlich bereitgestellt. Danke!",
    "es": "Parkuma Fleet: los doce vehículos listos a su hora. ¡Gracias!",
    "en": "Parkuma Fleet had all twelve hire vans ready on time. Thanks!",
    "fr": "Parkuma Fleet : les douze véhicules prêts à l'heure. Merci !",
    "it": "Parkuma Fleet: tutti i dodici mezzi pronti in orario. Grazie!",
    "pt": "Parkuma Fleet: os doze veículos prontos a horas. Obrigado!",
}
