# ruff: noqa: E501
"""Wording tables of heldout251 (Gonfiaro: bouncy-castle and party-inflatable hire).

Placeholders: {b} brand, {c} case reference, {k} competitor, {p} product, {a} amount.
Every table has all six languages (en, it, fr, de, pt, es).
"""

T = dict[str, list[str]]

PRODUCTS = [
    "Bouncy castle 4x4 m, day",
    "Inflatable slide 6 m, weekend",
    "Soft-play set, day",
    "Foam party machine, evening",
    "Bouncy castle with slide, weekend",
]

PRAISE: T = {
    "en": [
        "Castle arrived early, set up in 10 min, kids went feral in the best way. Thanks {b}!",
        "third party in a row with {b} and still no drama, the driver even helped with the pegs",
        "honestly the slide was the hit of the summer, cheers {b}",
    ],
    "it": [
        "Castello arrivato puntuale, montato in dieci minuti, bimbi impazziti di gioia. Grazie {b}!",
        "terza festa con {b} e sempre tutto perfetto, il ragazzo ha pure sistemato i picchetti",
        "lo scivolo gonfiabile e stato il successo dell estate, bravi",
    ],
    "fr": [
        "Château livré à l'heure, monté en 10 minutes, les enfants étaient ravis. Merci {b} !",
        "encore une fois parfait, le livreur super sympa",
    ],
    "de": [
        "Hüpfburg pünktlich da, in zehn Minuten aufgebaut, die Kinder waren begeistert. Danke {b}!",
        "schon wieder alles top, der Fahrer war total nett",
    ],
    "pt": [
        "Castelo chegou a horas, montado em dez minutos, os miudos adoraram. Obrigado {b}!",
        "mais uma festa impecavel, o estafeta foi 5 estrelas",
    ],
    "es": [
        "El castillo llegó puntual, montado en diez minutos, los niños como locos. ¡Gracias {b}!",
        "otra vez todo perfecto, el repartidor un encanto",
    ],
}

QUESTION: T = {
    "en": [
        "Hi, can the castle go on artificial grass or do you need real lawn for the pegs?",
        "how early do you deliver on a Saturday? party starts at 11",
        "does Plus cover the weekend rate too?",
    ],
    "it": [
        "Ciao, il castello si puo montare su erba sintetica o serve prato vero per i picchetti?",
        "a che ora consegnate il sabato? la festa inizia alle 11",
        "con Plus lo sconto vale anche nel weekend?",
    ],
    "fr": [
        "Bonjour, le château peut-il être installé sur gazon synthétique ?",
        "vous livrez à quelle heure le samedi ?",
    ],
    "de": [
        "Hallo, kann die Hüpfburg auch auf Kunstrasen stehen?",
        "wann liefert ihr samstags frueh?",
    ],
    "pt": ["Ola, o castelo pode ficar em relva sintetica?", "a que horas entregam ao sabado?"],
    "es": [
        "Hola, ¿el castillo se puede montar en césped artificial?",
        "a que hora entregais los sabados?",
    ],
}

ANSWER: T = {
    "en": [
        "Hi! Yes: on artificial grass we use sandbags instead of pegs, the driver brings them. Anything else? {n}"
    ],
    "it": [
        "Ciao! Si: su erba sintetica usiamo sacchi di sabbia al posto dei picchetti, li porta l autista. Altro? {n}"
    ],
    "fr": [
        "Bonjour ! Oui, on utilise des sacs de sable à la place des piquets, le livreur les apporte. {n}"
    ],
    "de": ["Hallo! Ja, dann nehmen wir Sandsäcke statt Heringe, der Fahrer bringt sie mit. {n}"],
    "pt": ["Ola! Sim, usamos sacos de areia em vez de estacas, o motorista leva-os. {n}"],
    "es": ["¡Hola! Sí, usamos sacos de arena en lugar de piquetas, los lleva el repartidor. {n}"],
}

THANKS: T = {
    "en": ["perfect, thanks!", "great thank you"],
    "it": ["perfetto grazie!", "ok grazie mille"],
    "fr": ["parfait, merci !"],
    "de": ["super, danke!"],
    "pt": ["perfeito, obrigado!"],
    "es": ["genial, gracias!"],
}

NIGHT: T = {
    "en": [
        "2am and I'm still blowing up balloons for tomorrow. at least the {b} castle is booked, one less worry"
    ],
    "it": [
        "sono le 2 e sto ancora gonfiando palloncini per domani, almeno il castello {b} e prenotato"
    ],
    "fr": ["2h du matin, je prépare encore la déco, heureusement le château {b} est réservé"],
    "de": ["2 Uhr nachts, Deko für morgen fast fertig, zum Glück ist die {b} Hüpfburg gebucht"],
    "pt": ["2 da manha e ainda a preparar a festa, ao menos o castelo da {b} esta marcado"],
    "es": [
        "las 2 de la mañana y yo con los globos, menos mal que el castillo de {b} ya está reservado"
    ],
}

SURVEY_WORD: T = {
    "en": ["great", "spot on", ""],
    "it": ["ottimo", "tutto perfetto", ""],
    "fr": ["top", ""],
    "de": ["super", ""],
    "pt": ["excelente", ""],
    "es": ["genial", ""],
}

REVIEW: T = {
    "en": ["Clean castle, friendly crew, on time. Will book again."],
    "it": ["Castello pulito, ragazzi gentili, puntuali. Riprenoteremo."],
    "fr": ["Château propre, équipe sympa, ponctuelle."],
    "de": ["Saubere Hüpfburg, nettes Team, pünktlich."],
    "pt": ["Castelo limpo, equipa simpatica, pontual."],
    "es": ["Castillo limpio, equipo majo, puntuales."],
}

PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]

COMPLAINT: dict[str, T] = {
    "no_show": {
        "en": [
            "The app says the castle was DELIVERED at 9:02. Nothing is here. 14 kids in the garden and no castle. Where is it??",
            "booked the slide for today, marked delivered, never came. party ruined, thanks a lot",
        ],
        "it": [
            "L app dice CONSEGNATO alle 9:02. Qui non c e niente. 14 bambini in giardino e nessun castello. Dov e??",
            "prenotato lo scivolo per oggi, risulta consegnato ma non e mai arrivato. festa rovinata",
        ],
        "fr": ["L'appli indique LIVRÉ à 9h02. Rien ici. 14 enfants et pas de château !"],
        "de": [
            "Laut App GELIEFERT um 9:02. Hier ist nichts. 14 Kinder im Garten und keine Hüpfburg!"
        ],
        "pt": ["A app diz ENTREGUE as 9:02. Nao esta aqui nada. 14 criancas e nenhum castelo!"],
        "es": [
            "La app dice ENTREGADO a las 9:02. Aquí no hay nada. 14 niños en el jardín y sin castillo."
        ],
    },
    "double_charge": {
        "en": [
            "You've taken the {a} deposit TWICE from my card. My rent goes out tomorrow. Fix it now please."
        ],
        "it": [
            "Mi avete preso la cauzione di {a} DUE volte. Domani mi scala l affitto. Sistemate subito."
        ],
        "fr": ["Vous avez prélevé la caution de {a} DEUX fois. Mon loyer part demain."],
        "de": ["Ihr habt die Kaution von {a} ZWEIMAL abgebucht. Morgen geht die Miete raus."],
        "pt": ["Cobraram a caucao de {a} DUAS vezes. Amanha sai a renda."],
        "es": ["Me habéis cobrado la fianza de {a} DOS veces. Mañana me pasan el alquiler."],
    },
    "damage": {
        "en": [
            "The castle arrived with a split seam, went flat every 10 minutes, the blower smelled of burning. Kids crying. Not acceptable."
        ],
        "it": [
            "Il castello e arrivato con una cucitura aperta, si sgonfiava ogni dieci minuti e il motore puzzava di bruciato. Inaccettabile."
        ],
        "fr": [
            "Le château avait une couture ouverte, il se dégonflait toutes les dix minutes. Inadmissible."
        ],
        "de": [
            "Die Hüpfburg hatte eine offene Naht, alle zehn Minuten platt, das Gebläse roch verbrannt. Inakzeptabel."
        ],
        "pt": [
            "O castelo veio com uma costura aberta, esvaziava de dez em dez minutos. Inaceitavel."
        ],
        "es": [
            "El castillo llegó con una costura abierta, se desinflaba cada diez minutos. Inaceptable."
        ],
    },
    "refund": {
        "en": [
            "Three weeks and my {a} deposit still hasn't been released. Castle went back clean and dry. Where is my money?"
        ],
        "it": [
            "Tre settimane e la cauzione di {a} non e ancora sbloccata. Castello restituito pulito e asciutto. Dove sono i miei soldi?"
        ],
        "fr": ["Trois semaines et ma caution de {a} n'est toujours pas débloquée."],
        "de": ["Drei Wochen und meine Kaution von {a} ist immer noch nicht freigegeben."],
        "pt": ["Tres semanas e a caucao de {a} ainda nao foi libertada."],
        "es": ["Tres semanas y la fianza de {a} sigue sin liberarse."],
    },
    "wrong_price": {
        "en": [
            "I pay for Plus every month and got charged the full non-member price again. What's the point of Plus then?"
        ],
        "it": [
            "Pago Plus ogni mese e mi avete fatto pagare il prezzo pieno da non socio. A cosa serve Plus allora?"
        ],
        "fr": ["Je paie Plus chaque mois et on m'a facturé le prix non-membre."],
        "de": [
            "Ich zahle jeden Monat für Plus und bekomme trotzdem den Preis für Nichtmitglieder berechnet."
        ],
        "pt": ["Pago o Plus todos os meses e cobraram-me o preco de nao socio."],
        "es": ["Pago Plus cada mes y me habéis cobrado la tarifa de no socio."],
    },
    "cancel_fee": {
        "en": [
            "Cancelled FIVE days before and you still charged a {a} late-cancellation fee. Your own terms say 48 hours."
        ],
        "it": [
            "Ho disdetto CINQUE giorni prima e mi avete addebitato {a} di penale. Le vostre condizioni dicono 48 ore."
        ],
        "fr": ["Annulé CINQ jours avant et vous me facturez {a} de frais d'annulation tardive."],
        "de": [
            "FÜNF Tage vorher storniert und trotzdem {a} Stornogebühr. Eure AGB sagen 48 Stunden."
        ],
        "pt": ["Cancelei CINCO dias antes e cobraram {a} de taxa de cancelamento."],
        "es": ["Cancelé CINCO días antes y me cobráis {a} de penalización."],
    },
}

SUBJECT: T = {
    "en": ["Complaint: {t}"],
    "it": ["Reclamo: {t}"],
    "fr": ["Réclamation : {t}"],
    "de": ["Beschwerde: {t}"],
    "pt": ["Reclamação: {t}"],
    "es": ["Reclamación: {t}"],
}

LONG_LETTER: T = {
    "en": [
        "Dear Gonfiaro,\n\nI am writing from the hospital car park while my dad has his check-up, so forgive the typos. We have booked with you for my daughters' birthdays for three years and I have always recommended you to the other parents at school. This time, though, {x} I would like an answer this week, not another automatic e-mail.\n\nKind regards"
    ],
    "it": [
        "Gentile Gonfiaro,\n\nvi scrivo dal parcheggio della palestra mentre mio figlio e a nuoto, quindi scusate la fretta. Prenotiamo da voi da anni per i compleanni e vi ho sempre consigliato alle altre mamme. Questa volta pero {x} Vorrei una risposta vera entro la settimana.\n\nCordiali saluti"
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris entre deux réunions. Nous réservons chez vous depuis des années pour les anniversaires. Cette fois pourtant, {x} J'attends une vraie réponse.\n\nCordialement"
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe aus dem Wartezimmer beim Tierarzt. Wir buchen seit Jahren bei Ihnen für die Geburtstage. Diesmal aber {x} Ich erwarte diese Woche eine echte Antwort.\n\nMit freundlichen Grüßen"
    ],
    "pt": [
        "Caros senhores,\n\nescrevo do carro a porta da escola. Reservamos convosco ha anos para os aniversarios. Desta vez, porem, {x} Espero uma resposta a serio.\n\nCumprimentos"
    ],
    "es": [
        "Estimados señores:\n\nles escribo desde el puesto del mercado entre cliente y cliente. Llevamos años reservando con ustedes para los cumpleaños. Esta vez, sin embargo, {x} Espero una respuesta de verdad esta semana.\n\nUn saludo"
    ],
}

CASE_OPENED: T = {
    "en": [
        "Hello, we are sorry. We have opened case {c} and will come back to you within 24 hours. {n}, Gonfiaro"
    ],
    "it": [
        "Buongiorno, ci scusiamo. Abbiamo aperto la pratica {c} e la ricontattiamo entro 24 ore. {n}, Gonfiaro"
    ],
    "fr": ["Bonjour, toutes nos excuses. Nous avons ouvert le dossier {c}. {n}, Gonfiaro"],
    "de": ["Hallo, das tut uns leid. Wir haben den Vorgang {c} eröffnet. {n}, Gonfiaro"],
    "pt": ["Ola, pedimos desculpa. Abrimos o processo {c}. {n}, Gonfiaro"],
    "es": ["Hola, lo sentimos. Hemos abierto la incidencia {c}. {n}, Gonfiaro"],
}

GOOD_NEWS: T = {
    "en": [
        "Good news on case {c}: it is sorted on our side. Could you confirm all is fine for you? {n}"
    ],
    "it": [
        "Buone notizie sulla pratica {c}: abbiamo risolto. Puo confermarci che va tutto bene? {n}"
    ],
    "fr": ["Bonne nouvelle pour le dossier {c} : c'est réglé. Pouvez-vous confirmer ? {n}"],
    "de": ["Gute Nachrichten zu Vorgang {c}: erledigt. Können Sie das bestätigen? {n}"],
    "pt": ["Boas noticias sobre o processo {c}: resolvido. Pode confirmar? {n}"],
    "es": ["Buenas noticias sobre la incidencia {c}: resuelta. ¿Nos lo confirma? {n}"],
}

CONFIRM: T = {
    "en": ["Confirmed, {c} is sorted, all good now. Thanks"],
    "it": ["Confermo, pratica {c} risolta, tutto a posto. Grazie"],
    "fr": ["Confirmé, dossier {c} réglé, merci"],
    "de": ["Bestätigt, {c} ist erledigt, danke"],
    "pt": ["Confirmado, {c} resolvido, obrigado"],
    "es": ["Confirmado, {c} resuelta, gracias"],
}

APOLOGY: T = {
    "en": ["Sorry for my tone yesterday, it was a stressful day. Thanks for looking into it."],
    "it": ["Scusate per i toni di ieri, giornata pesante. Grazie per l aiuto."],
    "fr": ["Désolé pour mon ton d'hier, journée difficile."],
    "de": ["Sorry für meinen Ton gestern, war ein stressiger Tag."],
    "pt": ["Desculpem o tom de ontem, foi um dia dificil."],
    "es": ["Perdón por el tono de ayer, fue un día horrible."],
}

LOW_CSAT: T = {
    "en": ["bad", ""],
    "it": ["pessimo", ""],
    "fr": ["nul"],
    "de": ["schlecht"],
    "pt": ["mau"],
    "es": ["fatal"],
}

STILL_OPEN: T = {
    "en": [
        "Case {c} is still open and nothing has happened. Writing again.",
        "still waiting on {c}, no reply, nothing fixed",
    ],
    "it": [
        "La pratica {c} e ancora aperta e non e successo niente. Riscrivo.",
        "ancora in attesa su {c}, nessuna risposta",
    ],
    "fr": ["Le dossier {c} est toujours ouvert, rien n'a bougé."],
    "de": ["Vorgang {c} ist immer noch offen, nichts passiert."],
    "pt": ["O processo {c} continua aberto e nada aconteceu."],
    "es": ["La incidencia {c} sigue abierta y no ha pasado nada."],
}

THIRD: T = {
    "en": ["Third time about {c}. A friend books with {k} and they sort this the same day."],
    "it": ["Terza volta per {c}. Un amico prenota con {k} e li risolvono in giornata."],
    "fr": ["Troisième fois pour {c}. Une amie réserve chez {k}, eux règlent ça le jour même."],
    "de": ["Zum dritten Mal wegen {c}. Ein Kollege bucht bei {k}, die lösen das am selben Tag."],
    "pt": ["Terceira vez sobre {c}. Uma amiga reserva na {k} e resolvem no proprio dia."],
    "es": ["Tercera vez por {c}. Una amiga reserva con {k} y se lo arreglan el mismo día."],
}

FOURTH: T = {
    "en": ["FOURTH time. {c}. Still open. Unbelievable."],
    "it": ["QUARTA volta. {c}. Ancora aperta. Incredibile."],
    "fr": ["QUATRIÈME fois. {c}. Toujours ouvert."],
    "de": ["Zum VIERTEN Mal. {c}. Immer noch offen."],
    "pt": ["QUARTA vez. {c}. Continua aberto."],
    "es": ["CUARTA vez. {c}. Sigue abierta."],
}

QUALITY_LEAD: T = {
    "en": ["Case {c} is now with our quality lead, who will call you before Friday lunchtime. {n}"],
    "it": [
        "La pratica {c} e ora in mano al nostro responsabile qualita, che la chiamera entro venerdi. {n}"
    ],
    "fr": [
        "Le dossier {c} est confié à notre responsable qualité, qui vous appellera avant vendredi. {n}"
    ],
    "de": ["Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitag anruft. {n}"],
    "pt": ["O processo {c} esta com o nosso responsavel de qualidade, que liga ate sexta. {n}"],
    "es": [
        "La incidencia {c} la lleva ya nuestra responsable de calidad, que le llamará antes del viernes. {n}"
    ],
}

URGENT: T = {
    "en": ["Added to case {c} and marked urgent. {n}"],
    "it": ["Aggiunto alla pratica {c}, segnata urgente. {n}"],
    "fr": ["Ajouté au dossier {c}, marqué urgent. {n}"],
    "de": ["Zu Vorgang {c} hinzugefügt, dringend markiert. {n}"],
    "pt": ["Adicionado ao processo {c}, marcado urgente. {n}"],
    "es": ["Añadido a la incidencia {c}, marcada urgente. {n}"],
}

SLIDE: T = {
    "en": [
        "castle came two hours late, no call. fine, it happens",
        "the slide had a patched hole and the blower cable was taped. hmm",
        "now they want a photo of every corner at pickup?? really",
        "deposit doubled for no reason and a week to release it",
        "a £35 'cleaning fee' for a castle we hosed down, and your own photos show it clean. done.",
        "my sister books with {k} now, I've booked their castle for Sunday",
    ],
    "it": [
        "castello arrivato con due ore di ritardo, senza chiamare. pazienza",
        "lo scivolo aveva una toppa e il cavo del motore col nastro. mah",
        "ora vogliono la foto di ogni angolo al ritiro?? sul serio",
        "cauzione raddoppiata senza motivo e una settimana per sbloccarla",
        "35 euro di 'pulizia' per un castello lavato, e le vostre foto lo mostrano pulito. basta.",
        "mia sorella prenota con {k}, ho preso il loro castello per domenica",
    ],
    "fr": [
        "château livré deux heures en retard, sans appel",
        "toboggan rapiécé, câble scotché",
        "une photo de chaque coin au retour ?",
        "caution doublée et une semaine pour la débloquer",
        "35 € de 'nettoyage' pour un château rendu propre. ras-le-bol.",
        "ma sœur passe par {k}, j'ai réservé chez eux pour dimanche",
    ],
    "de": [
        "Hüpfburg zwei Stunden zu spät, ohne Anruf",
        "Rutsche geflickt, Kabel mit Klebeband",
        "jetzt ein Foto von jeder Ecke bei Abholung?",
        "Kaution verdoppelt und eine Woche bis zur Freigabe",
        "35 € 'Reinigung' für eine saubere Burg. reicht.",
        "meine Schwester bucht bei {k}, hab dort für Sonntag gebucht",
    ],
    "pt": [
        "castelo chegou duas horas atrasado, sem aviso",
        "escorrega remendado, cabo com fita",
        "agora querem foto de cada canto na recolha?",
        "caucao a dobrar e uma semana para libertar",
        "35 € de 'limpeza' por um castelo entregue limpo. chega.",
        "a minha irma reserva na {k}, marquei la para domingo",
    ],
    "es": [
        "el castillo llegó dos horas tarde, sin llamar",
        "tobogán con parche y el cable con cinta",
        "¿ahora foto de cada esquina al recoger?",
        "fianza doble y una semana para liberarla",
        "35 € de 'limpieza' por un castillo devuelto limpio. se acabó.",
        "mi hermana reserva con {k}, he cogido su castillo para el domingo",
    ],
}

CANCEL_REQ: T = {
    "en": [
        "Hi, the kids are teenagers now and parties are over for us. Please cancel my Gonfiaro Plus and close the account."
    ],
    "it": [
        "Ciao, i figli sono grandi e le feste in giardino sono finite. Vorrei disdire Gonfiaro Plus e chiudere l account."
    ],
    "fr": [
        "Bonjour, nous déménageons en appartement sans jardin. Merci d'annuler mon Plus et de fermer le compte."
    ],
    "de": [
        "Hallo, wir ziehen in eine Wohnung ohne Garten. Bitte Plus kündigen und das Konto schließen."
    ],
    "pt": ["Ola, mudamos para um apartamento sem quintal. Quero cancelar o Plus e fechar a conta."],
    "es": ["Hola, nos mudamos a un piso sin jardín. Quiero dar de baja Plus y cerrar la cuenta."],
}

SORRY_GO: T = {
    "en": [
        "Sorry to see you go! You can cancel yourself in the app or on the website under Account. {n}"
    ],
    "it": [
        "Ci dispiace vederla andare! Puo disdire da sola in app o sul sito, sezione Account. {n}"
    ],
    "fr": ["Dommage ! Vous pouvez résilier dans l'appli ou sur le site. {n}"],
    "de": ["Schade! Sie können selbst in der App oder auf der Website kündigen. {n}"],
    "pt": ["Que pena! Pode cancelar na app ou no site. {n}"],
    "es": ["¡Qué pena! Puede darse de baja en la app o en la web. {n}"],
}

GRUMBLE: T = {
    "en": [
        "the app logs me out every single time",
        "the 'pickup in 2 hours' text at 6am, seriously?",
    ],
    "it": [
        "l app mi disconnette ogni volta",
        "il messaggio 'ritiro tra 2 ore' alle 6 di mattina, dai",
    ],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "de": ["die App loggt mich jedes Mal aus"],
    "pt": ["a app faz logout sempre"],
    "es": ["la app me cierra sesión cada vez"],
}

SARCASM: T = {
    "en": ["love how 'morning delivery' means 1pm when the party ended at 12 👏 great job {b}"],
    "it": [
        "bellissimo che 'consegna mattina' voglia dire le 13 quando la festa finiva a mezzogiorno 👏 bravi {b}"
    ],
    "fr": ["génial, 'livraison le matin' = 13h, la fête finissait à midi 👏 {b}"],
    "de": ["toll, 'Lieferung vormittags' heißt 13 Uhr, Party war um 12 vorbei 👏 {b}"],
    "pt": ["adoro, 'entrega de manha' e as 13h e a festa acabava ao meio-dia 👏 {b}"],
    "es": [
        "me encanta que 'entrega por la mañana' sea a las 13h y la fiesta acababa a las 12 👏 {b}"
    ],
}

MILD: T = {
    "en": ["the depot search keeps showing the wrong town"],
    "it": ["la ricerca del deposito mostra sempre la citta sbagliata"],
    "fr": ["la recherche de dépôt affiche la mauvaise ville"],
    "de": ["die Lagersuche zeigt immer die falsche Stadt"],
    "pt": ["a pesquisa de armazem mostra a cidade errada"],
    "es": ["la búsqueda de almacén sale con la ciudad equivocada"],
}

ACK: T = {
    "en": ["Thanks, we've passed it to the app team. {n}"],
    "it": ["Grazie, lo abbiamo girato al team app. {n}"],
    "fr": ["Merci, transmis à l'équipe appli. {n}"],
    "de": ["Danke, an das App-Team weitergegeben. {n}"],
    "pt": ["Obrigado, passamos a equipa da app. {n}"],
    "es": ["Gracias, lo pasamos al equipo de la app. {n}"],
}

B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]

B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "en": [
            "Your invoices still carry our old company name and no PO number, so accounts payable rejects every one."
        ],
        "it": [
            "Le vostre fatture riportano ancora la vecchia ragione sociale e nessun numero d ordine: la contabilita le respinge tutte."
        ],
        "fr": [
            "Vos factures portent encore notre ancienne raison sociale et aucun numéro de commande."
        ],
        "de": ["Ihre Rechnungen tragen noch unseren alten Firmennamen und keine Bestellnummer."],
        "pt": [
            "As vossas faturas continuam com o nome antigo da empresa e sem numero de encomenda."
        ],
        "es": ["Sus facturas siguen con nuestro nombre antiguo y sin número de pedido."],
    },
    "service_blocked": {
        "en": [
            "The depot refused our castles this morning: 'account on stop'. We are fully paid up."
        ],
        "it": [
            "Il deposito stamattina ci ha rifiutato i gonfiabili: 'conto bloccato'. Siamo in regola coi pagamenti."
        ],
        "fr": ["Le dépôt a refusé nos structures ce matin : 'compte bloqué'. Nous sommes à jour."],
        "de": [
            "Das Lager hat uns heute die Hüpfburgen verweigert: 'Konto gesperrt'. Wir haben alles bezahlt."
        ],
        "pt": ["O armazem recusou-nos os insufluveis: 'conta bloqueada'. Esta tudo pago."],
        "es": [
            "El almacén nos negó los hinchables esta mañana: 'cuenta bloqueada'. Está todo pagado."
        ],
    },
    "portal": {
        "en": [
            "The portal shows no open hires, so we cannot request collection and the bill keeps running."
        ],
        "it": [
            "Il portale non mostra noleggi aperti, quindi non possiamo chiedere il ritiro e il conto corre."
        ],
        "fr": [
            "Le portail n'affiche aucune location en cours, impossible de demander l'enlèvement."
        ],
        "de": ["Das Portal zeigt keine offenen Mieten, wir können keine Abholung anfordern."],
        "pt": ["O portal nao mostra alugueres abertos, nao conseguimos pedir recolha."],
        "es": ["El portal no muestra alquileres abiertos y no podemos pedir la recogida."],
    },
    "overbilled": {
        "en": ["We were billed day rates instead of our contract weekly rate, over £500 more."],
        "it": [
            "Ci avete fatturato a tariffa giornaliera invece della settimanale del contratto, oltre 600 € in piu."
        ],
        "fr": [
            "Facturés au tarif journalier au lieu du tarif hebdomadaire du contrat, plus de 600 €."
        ],
        "de": [
            "Uns wurden Tagessätze statt des vertraglichen Wochensatzes berechnet, über 600 € mehr."
        ],
        "pt": ["Faturaram a diaria em vez da tarifa semanal do contrato, mais de 600 €."],
        "es": ["Nos han cobrado tarifa diaria en vez de la semanal del contrato, más de 600 €."],
    },
}

B2B_AGAIN: T = {
    "en": ["Following up on {c}, which {f} raised on {w}: same problem here, still not fixed."],
    "it": [
        "Riprendo la pratica {c} aperta da {f} {w}: stesso problema anche da noi, non ancora risolto."
    ],
    "fr": ["Suite au dossier {c} ouvert par {f} {w} : même problème, toujours pas réglé."],
    "de": ["Bezug Vorgang {c}, den {f} am {w} gemeldet hat: gleiches Problem, nicht behoben."],
    "pt": ["Sobre o processo {c} aberto pela {f} {w}: mesmo problema, por resolver."],
    "es": ["Sobre la incidencia {c} que abrió {f} el {w}: mismo problema, sin resolver."],
}

B2B_LAST: T = {
    "en": [
        "Case {c}: nothing fixed, several colleagues have written. Procurement has already asked {k} for their rates."
    ],
    "it": [
        "pratica {c} niente risolto hanno scritto in tanti il mio capo dice che se non si sistema questa settimana cambiamo fornitore"
    ],
    "fr": [
        "dossier {c} rien n'est réglé plusieurs collègues ont écrit mon patron dit qu'on change de fournisseur cette semaine sinon"
    ],
    "de": [
        "Vorgang {c} nichts behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "pt": [
        "processo {c} nada resolvido varios colegas escreveram o meu chefe diz que mudamos de fornecedor se nao ficar resolvido"
    ],
    "es": [
        "incidencia {c} nada resuelto han escrito varios compañeros mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}

B2B_SUGGEST: T = {
    "en": ["Small idea: could the portal export hire costs by event code?"],
    "it": ["Piccola idea: il portale potrebbe esportare i costi per codice evento?"],
    "fr": ["Petite idée : exporter les coûts par code d'événement depuis le portail ?"],
    "de": ["Kleine Idee: Mietkosten im Portal nach Eventnummer exportieren?"],
    "pt": ["Pequena sugestao: exportar custos por codigo de evento no portal?"],
    "es": ["Una idea: ¿exportar costes por código de evento en el portal?"],
}

B2B_PRAISE: T = {
    "en": [
        "Six inflatables for our school fete, all on time, crew brilliant. Thanks Gonfiaro Eventi"
    ],
    "it": ["Sei gonfiabili per la festa aziendale, tutto puntuale, squadra bravissima"],
    "fr": ["Six structures pour notre fête, tout à l'heure, équipe au top"],
    "de": ["Sechs Hüpfburgen fürs Firmenfest, alles pünktlich, tolles Team"],
    "pt": ["Seis insufluveis para a festa da empresa, tudo a horas"],
    "es": ["Seis hinchables para la fiesta de empresa, todo puntual, equipo genial"],
}

B2B_QUESTION: T = {
    "en": ["Can we add a second slide to next Friday's order on the portal?"],
    "it": ["Possiamo aggiungere un secondo scivolo all ordine di venerdi dal portale?"],
    "fr": ["Peut-on ajouter un second toboggan à la commande de vendredi ?"],
    "de": ["Können wir zur Bestellung am Freitag eine zweite Rutsche hinzufügen?"],
    "pt": ["Podemos juntar um segundo escorrega a encomenda de sexta?"],
    "es": ["¿Podemos añadir un segundo tobogán al pedido del viernes?"],
}

B2B_ANSWER: T = {
    "en": ["Done, it's on the order now. {n}"],
    "it": ["Fatto, e nell ordine. {n}"],
    "fr": ["C'est fait. {n}"],
    "de": ["Erledigt. {n}"],
    "pt": ["Feito. {n}"],
    "es": ["Hecho, ya está en el pedido. {n}"],
}

SPIKE: T = {
    "en": [
        "The app moved my Saturday booking to SUNDAY by itself, error GFR-846, and the driver says his list shows Sunday too. Party is TODAY",
        "booking confirmation now says tomorrow?? error GFR-846 when I try to change it back",
    ],
    "it": [
        "L app ha spostato da sola la prenotazione di sabato a DOMENICA, errore GFR-846, e anche l autista ce l ha per domani. La festa e OGGI",
        "la conferma ora dice domani?? errore GFR-846 se provo a cambiare",
    ],
    "fr": [
        "L'appli a décalé ma réservation de samedi à DIMANCHE, erreur GFR-846, le livreur aussi l'a pour demain"
    ],
    "de": [
        "Die App hat meine Samstagsbuchung auf SONNTAG verschoben, Fehler GFR-846, der Fahrer hat sie auch für morgen"
    ],
    "pt": [
        "A app mudou a minha reserva de sabado para DOMINGO, erro GFR-846, o motorista tambem a tem para amanha"
    ],
    "es": [
        "La app ha pasado mi reserva del sábado al DOMINGO, error GFR-846, y el repartidor también la tiene para mañana"
    ],
}

SPIKE_ANSWER: T = {
    "en": ["Yes, some bookings are showing the wrong day right now, our engineers are on it. {n}"],
    "it": [
        "Si, alcune prenotazioni mostrano il giorno sbagliato, i tecnici ci stanno lavorando. {n}"
    ],
    "fr": ["Oui, certaines réservations affichent le mauvais jour, nos équipes s'en occupent. {n}"],
    "de": ["Ja, manche Buchungen zeigen gerade den falschen Tag, wir arbeiten daran. {n}"],
    "pt": ["Sim, algumas reservas mostram o dia errado, estamos a tratar. {n}"],
    "es": ["Sí, algunas reservas muestran el día equivocado, lo estamos arreglando. {n}"],
}

SPIKE_AGAIN: T = {
    "en": ["still GFR-846, my partner's phone shows Sunday too, nobody has called"],
    "it": ["ancora GFR-846, anche sul telefono di mia moglie risulta domenica"],
    "fr": ["toujours GFR-846, sur le téléphone de mon mari aussi"],
    "de": ["immer noch GFR-846, auch auf dem Handy meiner Frau"],
    "pt": ["continua GFR-846, no telemovel do meu marido tambem"],
    "es": ["sigue el GFR-846, en el móvil de mi marido también"],
}

SPIKE_FIXED: T = {
    "en": [
        "Bookings show the right day again since 12:40 and today's deliveries are on their way. Today's hire is on us, £9 credit added. {n}"
    ],
    "it": [
        "Le prenotazioni mostrano di nuovo il giorno giusto dalle 13:40 e le consegne sono partite. Il noleggio di oggi e offerto, 10 € di credito. {n}"
    ],
    "fr": [
        "Les réservations affichent à nouveau le bon jour depuis 13h40. Location offerte, 10 € de crédit. {n}"
    ],
    "de": [
        "Buchungen zeigen seit 13:40 wieder den richtigen Tag. Die Miete heute geht auf uns, 10 € Guthaben. {n}"
    ],
    "pt": [
        "As reservas mostram o dia certo desde as 12:40. O aluguer de hoje e por nossa conta, 10 € de credito. {n}"
    ],
    "es": [
        "Las reservas vuelven a mostrar el día correcto desde las 13:40. El alquiler de hoy corre de nuestra cuenta, 10 € de crédito. {n}"
    ],
}

LONE_Q: T = {
    "en": [
        "hi, my Saturday shows grey in the app calendar until I scroll, is that normal? delivery is still Saturday right?"
    ],
    "it": [
        "ciao, nel calendario dell app il mio sabato appare in grigio finche non scorro, e normale? la consegna resta sabato vero?"
    ],
    "fr": [
        "bonjour, mon samedi est gris dans le calendrier de l'appli, c'est normal ? la livraison reste samedi ?"
    ],
    "de": [
        "hallo, mein Samstag ist im App-Kalender grau, ist das normal? Lieferung bleibt Samstag oder?"
    ],
    "pt": [
        "ola, o meu sabado aparece cinzento no calendario da app, e normal? a entrega continua sabado?"
    ],
    "es": [
        "hola, en el calendario de la app mi sábado sale gris hasta que deslizo, ¿es normal? la entrega sigue siendo el sábado ¿no?"
    ],
}

LONE_A: T = {
    "en": [
        "Yes, grey just means not yet confirmed by the driver; your booking stays on Saturday. {n}"
    ],
    "it": ["Si, il grigio vuol dire solo non ancora confermato dall autista; resta sabato. {n}"],
    "fr": ["Oui, gris signifie pas encore confirmé par le livreur ; c'est bien samedi. {n}"],
    "de": ["Ja, grau heißt nur noch nicht vom Fahrer bestätigt; es bleibt Samstag. {n}"],
    "pt": ["Sim, cinzento so quer dizer ainda nao confirmado; fica sabado. {n}"],
    "es": [
        "Sí, el gris solo indica que el repartidor aún no lo ha confirmado; sigue siendo sábado. {n}"
    ],
}
