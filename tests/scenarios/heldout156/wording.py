# ruff: noqa: E501
"""Texts of heldout156 (Sdraiola, beach loungers and umbrellas booked by app and web)."""

from __future__ import annotations

BRAND = "Sdraiola"
COMPETITORS = ("Lidomar", "Sabbiano")
LANGS = ("fr", "it", "de", "pt", "es", "en")

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Parasol premier rang réservé en deux clics avec Sdraiola, les enfants ont adoré la plage ce matin",
        "franchement top, le transat nous attendait avec la serviette pliée, merci Sdraiola",
        "Encore une journée parfaite au lido, c'est la troisième fois ce mois et toujours aussi bien placé",
    ],
    "it": [
        "Ombrellone in prima fila prenotato dal telefono in un minuto, Sdraiola mi ha salvato il ferragosto",
        "ancora una volta tutto perfetto, lettini puliti e il bagnino gentilissimo. grazie Sdraiola",
        "Terza estate con l'abbonamento Stagione e non cambierei mai, comodo comodo",
    ],
    "de": [
        "Strandkorb in Reihe 2 per App gebucht, stand pünktlich bereit. Danke Sdraiola, wieder mal top"
    ],
    "pt": [
        "Chapéu de sol reservado na app em dois minutos, a praia estava ótima. Obrigada Sdraiola"
    ],
    "es": [
        "Sombrilla en primera línea reservada desde el móvil, todo perfecto otra vez con Sdraiola"
    ],
    "en": [
        "Booked two loungers and a parasol on the app on the train down, all set when we arrived. Love Sdraiola"
    ],
}
GRIPE_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Super service comme d'hab, juste dommage que l'appli ne montre pas l'ombre l'après-midi",
        "tres content de la saison, seul bemol la douche froide au lido de Biarritz",
    ],
    "it": [
        "Bellissimo tutto, solo la ricevuta arriva il giorno dopo, ma pazienza",
        "contentissima, unica cosa il parcheggio del lido sempre pieno",
    ],
    "de": ["Sehr schön wie immer, nur die Karte in der App lädt etwas langsam"],
    "pt": ["Tudo ótimo, só o recibo demora um dia a chegar"],
    "es": ["Todo genial, solo que la app no deja elegir hamaca junto a la pasarela"],
    "en": [
        "Lovely as always, only gripe is the app map doesn't say which row gets shade after 3pm"
    ],
}
QUESTION: dict[str, list[str]] = {
    "fr": [
        "Bonjour, on peut ajouter un transat à une réservation déjà faite ?",
        "bjr est ce que les chiens sont acceptés au lido de Sète ?",
    ],
    "it": [
        "Buongiorno, posso spostare la prenotazione di domani a dopodomani?",
        "ciao, il lettino extra per il bimbo si paga a parte?",
    ],
    "de": ["Hallo, kann ich den Strandkorb auch nur für den Nachmittag buchen?"],
    "pt": ["Olá, posso trocar o chapéu de sol para a fila da frente?"],
    "es": ["Hola, ¿se puede reservar hamaca para el domingo que viene ya?"],
    "en": ["Hi, can I add a third lounger to tomorrow's booking?"],
}
ANSWER: dict[str, str] = {
    "fr": "Bonjour, oui bien sûr, c'est fait depuis notre côté. Bonne plage ! L'équipe Sdraiola",
    "it": "Buongiorno, certo, fatto da parte nostra. Buona giornata al mare! Il team Sdraiola",
    "de": "Hallo, ja, das haben wir für Sie erledigt. Schönen Strandtag! Ihr Sdraiola-Team",
    "pt": "Olá, sim, já tratámos disso. Bom dia de praia! Equipa Sdraiola",
    "es": "Hola, sí, ya está hecho desde aquí. ¡Buen día de playa! Equipo Sdraiola",
    "en": "Hi, yes, that's done on our side. Enjoy the beach! The Sdraiola team",
}
THANKS: dict[str, list[str]] = {
    "fr": ["merci beaucoup !", "Super merci, rapide comme toujours"],
    "it": ["grazie mille!", "Perfetto grazie, gentilissimi"],
    "de": ["Danke!"],
    "pt": ["obrigada!"],
    "es": ["¡Gracias!"],
    "en": ["Cheers, thanks!"],
}
CALL_Q: dict[str, str] = {
    "fr": "oui bonjour je voulais savoir si le lido de la plage nord ouvre aussi en septembre le week end merci",
    "it": "si buongiorno volevo sapere se lo stabilimento resta aperto anche a settembre nei fine settimana grazie",
    "de": "ja hallo ich wollte fragen ob der Strandkorb auch bei Regen storniert werden kann danke",
    "pt": "sim bom dia queria saber se a praia da Rocha tem chapéus livres no sábado obrigada",
    "es": "hola buenas queria saber si el chiringuito del club acepta la tarjeta de temporada gracias",
    "en": "yeah hi just wondering if the loungers at the north beach are open in september at weekends thanks",
}
CALL_FOLLOW: dict[str, str] = {
    "fr": "Bonjour, suite à votre appel : oui, ouvert jusqu'au 30 septembre. L'équipe Sdraiola",
    "it": "Buongiorno, come detto al telefono: sì, aperto fino al 30 settembre. Il team Sdraiola",
    "de": "Hallo, wie am Telefon besprochen: ja, das geht bis zum Vortag kostenlos. Ihr Sdraiola-Team",
    "pt": "Olá, como falámos ao telefone: sim, há lugares. Equipa Sdraiola",
    "es": "Hola, como hablamos por teléfono: sí, se acepta. Equipo Sdraiola",
    "en": "Hi, following your call: yes, open until 30 September. The Sdraiola team",
}
NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "3h du mat, bébé réveillé, et moi je réserve déjà le parasol de samedi sur Sdraiola. vivement la plage",
        "insomnie... je regarde les photos du lido de cet été, que du bonheur",
    ],
    "it": [
        "sono le due di notte e ho appena prenotato l'ombrellone per domenica, turno di notte finito 😴",
        "non dormo e penso già alla prossima estate al lido, che bei ricordi",
    ],
    "de": ["Nachtschicht vorbei, Strandkorb fürs Wochenende gebucht. Jetzt schlafen"],
    "pt": ["madrugada e já reservei o chapéu para sábado, a app nunca falha"],
    "es": ["las tres de la mañana y ya tengo la sombrilla del sábado, qué ganas"],
    "en": ["2am, can't sleep, booked saturday's loungers anyway. roll on the weekend"],
}
SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["parfait", "top", ""],
    "it": ["ottimo", "bravi", ""],
    "de": ["super", ""],
    "pt": ["ótimo", ""],
    "es": ["genial", ""],
    "en": ["great", ""],
}
REVIEW: dict[str, str] = {
    "fr": "Réservation simple, plage propre, personnel adorable. 5 étoiles",
    "it": "Prenotazione facile, spiaggia pulita, personale carinissimo",
    "de": "Einfach gebucht, sauberer Strand, nettes Personal",
    "pt": "Reserva simples, praia limpa, pessoal simpático",
    "es": "Reserva sencilla, playa limpia, personal muy amable",
    "en": "Easy booking, clean beach, lovely staff",
}

# Consumer problems: a season pass charged twice, a rain-cancellation refund never paid, a front-row booking given a back-row spot.
PROBLEM_TOPIC = {
    "double_charge": "season pass charged twice",
    "refund": "rain refund not paid",
    "wrong_row": "front row paid, back row given",
}
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "double_charge": {
        "fr": [
            "Bonjour, mon abonnement Saison a été prélevé DEUX fois, 189 € deux fois sur mon compte. Merci de rembourser vite",
            "c'est une blague ? deux prélèvements pour le même abonnement, je veux mon argent",
        ],
        "it": [
            "Buongiorno, l'abbonamento Stagione mi è stato addebitato DUE volte, 189 € per due. Rimborsate subito per favore",
            "ma scherziamo? doppio addebito per lo stesso abbonamento, rivoglio i miei soldi",
        ],
        "de": ["Mein Saisonpass wurde ZWEIMAL abgebucht, zweimal 189 €. Bitte sofort erstatten"],
        "pt": ["O passe de temporada foi cobrado DUAS vezes, 189 € cada. Quero o reembolso já"],
        "es": ["Me habéis cobrado el bono de temporada DOS veces, 189 € cada una. Devolvedlo ya"],
        "en": ["My season pass was charged TWICE, £165 each time. Refund it please, now"],
    },
    "refund": {
        "fr": [
            "Journée annulée pour orage il y a trois semaines, on m'avait promis le remboursement sous 5 jours. Toujours RIEN",
            "toujours pas rembourse pour la journee annulee a cause de la pluie, c'est long",
        ],
        "it": [
            "Giornata annullata per temporale tre settimane fa, rimborso promesso in 5 giorni. ANCORA NIENTE",
            "ancora non rimborsata la giornata cancellata per la pioggia, non e serio",
        ],
        "de": [
            "Tag wegen Gewitter abgesagt, vor drei Wochen. Erstattung versprochen in 5 Tagen. IMMER NOCH NICHTS"
        ],
        "pt": ["Dia cancelado por trovoada há três semanas e o reembolso nunca chegou"],
        "es": ["Día cancelado por tormenta hace tres semanas y el reembolso NO llega"],
        "en": [
            "Day cancelled for a storm three weeks ago, refund promised in 5 days. STILL NOTHING"
        ],
    },
    "wrong_row": {
        "fr": [
            "J'ai payé le premier rang, 42 €, et on nous a mis au FOND derrière le bar. Inadmissible",
            "premier rang paye, cinquieme rang donne. on se moque de qui",
        ],
        "it": [
            "Pagato la prima fila, 42 €, e ci hanno messo in ULTIMA fila dietro il bar. Inaccettabile",
            "prima fila pagata, quinta fila data. ci prendete in giro",
        ],
        "de": [
            "Erste Reihe bezahlt, 42 €, und wir saßen in der LETZTEN Reihe hinter der Bar. Unmöglich"
        ],
        "pt": ["Paguei a primeira fila, 42 €, e puseram-nos na ÚLTIMA atrás do bar"],
        "es": ["Pagué primera fila, 42 €, y nos pusieron en la ÚLTIMA detrás del chiringuito"],
        "en": ["Paid for front row, £36, and got put in the BACK row behind the bar. Not on"],
    },
}
LONG_EMAIL: dict[str, str] = {
    "fr": "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, alors pardon si c'est décousu. Nous sommes clients depuis trois étés, toujours ravis, et je recommande Sdraiola à toutes les mamans de l'école. Mais {problem_fr}. J'ai appelé, j'ai écrit dans l'appli, rien. Avec la rentrée, les fournitures et le reste, ce n'est vraiment pas le moment.\n\nMerci de regarder ça rapidement.\nCordialement,\n{name}",
    "it": "Buongiorno,\n\nvi scrivo dal treno per Milano, tra una riunione e l'altra, quindi scusate la fretta. Siamo clienti da anni e mia suocera ormai prenota solo con voi. Però {problem_it}. Ho già chiamato una volta e mi avevano detto che avrebbero richiamato, nessuno l'ha fatto. Con il trasloco di mia figlia questo mese non ci voleva proprio.\n\nAttendo un riscontro.\nCordiali saluti,\n{name}",
}
LONG_PROBLEM = {
    "fr": {
        "double_charge": "cette fois mon abonnement Saison a été prélevé deux fois, 189 € deux fois",
        "refund": "la journée annulée pour orage n'a jamais été remboursée, trois semaines après",
        "wrong_row": "samedi nous avions payé le premier rang et on nous a installés au fond, derrière le bar",
    },
    "it": {
        "double_charge": "questa volta l'abbonamento Stagione mi è stato addebitato due volte",
        "refund": "la giornata annullata per il temporale non è mai stata rimborsata",
        "wrong_row": "sabato avevamo pagato la prima fila e ci hanno messo in fondo, dietro il bar",
    },
}
CALL_COMPLAINT: dict[str, str] = {
    "fr": "oui bonjour je vous appelle parce que {p} et franchement j'en ai marre personne ne repond",
    "it": "si buongiorno chiamo perche {p} e sinceramente sono stufo nessuno risponde",
    "de": "ja hallo ich rufe an weil {p} und ehrlich gesagt reicht es mir",
    "pt": "sim boa tarde ligo porque {p} e estou farta ninguem responde",
    "es": "hola buenas llamo porque {p} y la verdad estoy harta nadie contesta",
    "en": "yeah hi i'm calling because {p} and honestly i'm fed up nobody gets back to me",
}
CALL_P: dict[str, dict[str, str]] = {
    "fr": {
        "double_charge": "l'abonnement a ete preleve deux fois",
        "refund": "la journee annulee pour l'orage est toujours pas remboursee",
        "wrong_row": "on a paye le premier rang et on etait au fond",
    },
    "it": {
        "double_charge": "l'abbonamento e stato addebitato due volte",
        "refund": "la giornata annullata non e ancora rimborsata",
        "wrong_row": "abbiamo pagato la prima fila e ci hanno messo in fondo",
    },
    "de": {
        "double_charge": "der Saisonpass zweimal abgebucht wurde",
        "refund": "die Erstattung für den Gewittertag nicht kommt",
        "wrong_row": "wir die erste Reihe bezahlt haben und hinten saßen",
    },
    "pt": {
        "double_charge": "o passe foi cobrado duas vezes",
        "refund": "o reembolso do dia da trovoada nao chega",
        "wrong_row": "paguei a primeira fila e fiquei atras",
    },
    "es": {
        "double_charge": "me cobrasteis el bono dos veces",
        "refund": "el reembolso del dia de tormenta no llega",
        "wrong_row": "pague primera fila y me pusisteis al fondo",
    },
    "en": {
        "double_charge": "my season pass was charged twice",
        "refund": "the storm day refund still hasn't come",
        "wrong_row": "we paid front row and got the back row",
    },
}
CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour {first}, nous sommes désolés. Votre demande {ref} est ouverte, nous revenons vers vous rapidement. L'équipe Sdraiola",
    "it": "Buongiorno {first}, ci dispiace. La sua segnalazione {ref} è aperta, la ricontattiamo a breve. Il team Sdraiola",
    "de": "Hallo {first}, das tut uns leid. Ihr Vorgang {ref} ist eröffnet, wir melden uns schnell. Ihr Sdraiola-Team",
    "pt": "Olá {first}, lamentamos. O seu pedido {ref} está aberto, voltamos a contactar em breve. Equipa Sdraiola",
    "es": "Hola {first}, lo sentimos. Su incidencia {ref} está abierta, le contestamos pronto. Equipo Sdraiola",
    "en": "Hi {first}, we're sorry. Your case {ref} is open and we'll be back to you shortly. The Sdraiola team",
}
ESCALATED: dict[str, str] = {
    "fr": "Bonjour {first}, votre dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "Buongiorno {first}, la pratica {ref} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.",
    "de": "Hallo {first}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "pt": "Olá {first}, o pedido {ref} está agora com a nossa responsável de qualidade, que liga antes de sexta ao meio-dia.",
    "es": "Hola {first}, su incidencia {ref} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía.",
    "en": "Hi {first}, your case {ref} is now with our quality lead, who will ring you before Friday lunchtime.",
}
GOOD_NEWS: dict[str, str] = {
    "fr": "Bonjour {first}, bonne nouvelle pour {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer ?",
    "it": "Buongiorno {first}, buone notizie per {ref}: abbiamo risolto. Può confermarci?",
    "de": "Hallo {first}, gute Nachricht zu {ref}: erledigt. Können Sie das bestätigen?",
    "pt": "Olá {first}, boas notícias sobre {ref}: resolvido. Pode confirmar?",
    "es": "Hola {first}, buenas noticias sobre {ref}: resuelto. ¿Nos lo confirma?",
    "en": "Hi {first}, good news on {ref}: sorted on our side. Could you confirm?",
}
CONFIRM: dict[str, str] = {
    "fr": "Confirmé pour {ref}, c'est bien rentré. Merci",
    "it": "confermo per {ref}, tutto a posto ora. grazie",
    "de": "Bestätigt, {ref} ist erledigt. Danke",
    "pt": "Confirmo, {ref} resolvido. Obrigado",
    "es": "Confirmado {ref}, ya está. Gracias",
    "en": "Confirmed for {ref}, all sorted. Thanks",
}
APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci pour votre patience",
        "pardon pour le ton hier, journée difficile",
    ],
    "it": [
        "Scusate il tono di ieri, ero proprio esasperata. Grazie della pazienza",
        "scusate per ieri, giornataccia",
    ],
    "de": ["Entschuldigung für gestern, war ein langer Tag"],
    "pt": ["Desculpem a mensagem de ontem, estava cansada"],
    "es": ["Perdón por el mensaje de ayer, estaba agotada"],
    "en": ["Sorry about my message yesterday, long day"],
}
STILL_OPEN: dict[str, list[str]] = {
    "fr": [
        "Toujours rien pour {ref}. C'est la deuxième fois que je vous contacte, le problème n'est PAS réglé",
        "re {ref} : toujours pas résolu, je relance",
    ],
    "it": [
        "Ancora niente per {ref}. È la seconda volta che vi scrivo, il problema NON è risolto",
        "{ref} ancora aperta, sollecito",
    ],
    "de": ["Immer noch nichts zu {ref}. Das Problem ist NICHT gelöst"],
    "pt": ["Ainda nada sobre {ref}. O problema continua"],
    "es": ["Sigo sin nada de {ref}. El problema sigue igual"],
    "en": ["Still nothing on {ref}. Problem NOT fixed"],
}
THIRD: dict[str, str] = {
    "fr": "Troisième fois pour {ref}. Ma sœur réserve chez {comp} et eux règlent ça le jour même",
    "it": "Terza volta per {ref}. Mia cugina prenota con {comp} e loro risolvono in giornata",
    "de": "Dritte Nachricht zu {ref}. Ich habe mal geschaut, was {comp} verlangt",
    "pt": "Terceira vez por {ref}. A minha vizinha usa a {comp} e resolvem no mesmo dia",
    "es": "Tercera vez por {ref}. He mirado lo que cobra {comp}",
    "en": "Third time about {ref}. I've looked at what {comp} charges",
}
FOURTH: dict[str, str] = {
    "fr": "QUATRIÈME fois pour {ref}. Toujours ouvert. Sérieusement ?",
    "it": "QUARTA volta per {ref}. Ancora aperta. Sul serio?",
    "de": "VIERTES Mal wegen {ref}. Immer noch offen",
    "pt": "QUARTA vez por {ref}. Continua aberto",
    "es": "CUARTA vez por {ref}. Sigue abierta",
    "en": "FOURTH time about {ref}. Still open",
}
URGENT: dict[str, str] = {
    "fr": "Ajouté à votre dossier {ref}, marqué urgent.",
    "it": "Aggiunto alla pratica {ref}, segnata come urgente.",
    "de": "Zu Vorgang {ref} hinzugefügt, als dringend markiert.",
    "pt": "Adicionado ao pedido {ref}, marcado como urgente.",
    "es": "Añadido a la incidencia {ref}, marcada urgente.",
    "en": "Added to your case {ref}, marked urgent.",
}
SLIDE: dict[str, list[str]] = {
    "fr": [
        "Parasol pas ouvert à notre arrivée, on a attendu 40 minutes",
        "transats sales, sable partout, pas top",
        "on nous demande maintenant une caution de 20 € par transat ??",
        "deux fois de suite le lido complet alors que l'appli disait libre",
        "Ça devient n'importe quoi chez Sdraiola, 15 € de frais de service en plus",
        "Ma voisine réserve chez {comp}, j'ai pris samedi là-bas. Adieu le premier rang",
    ],
    "it": [
        "Ombrellone non aperto al nostro arrivo, 40 minuti di attesa",
        "lettini sporchi, sabbia ovunque, non bene",
        "ora chiedono una cauzione di 20 € a lettino??",
        "due volte di fila lido pieno e l'app diceva libero",
        "Sdraiola sta peggiorando, 15 € di commissioni in più",
        "Mio cognato prenota con {comp}, sabato vado lì. Addio prima fila",
    ],
    "de": [
        "Schirm bei Ankunft nicht aufgestellt, 40 Minuten gewartet",
        "Liegen dreckig, Sand überall",
        "jetzt 20 € Kaution pro Liege??",
        "zweimal voll obwohl die App frei anzeigte",
        "Es wird immer schlimmer, 15 € Servicegebühr extra",
        "Mein Schwager bucht bei {comp}, Samstag gehe ich dorthin",
    ],
    "pt": [
        "Chapéu não estava aberto, esperámos 40 minutos",
        "espreguiçadeiras sujas, areia por todo o lado",
        "agora pedem caução de 20 € por espreguiçadeira??",
        "duas vezes cheio e a app dizia livre",
        "Cada vez pior, 15 € de taxa de serviço",
        "O meu cunhado reserva na {comp}, sábado vou lá",
    ],
    "es": [
        "Sombrilla sin abrir al llegar, 40 minutos esperando",
        "hamacas sucias, arena por todas partes",
        "¿ahora fianza de 20 € por hamaca?",
        "dos veces lleno y la app decía libre",
        "Cada vez peor, 15 € de gastos de gestión",
        "Mi cuñado reserva con {comp}, el sábado voy allí",
    ],
    "en": [
        "Parasol not up when we arrived, waited 40 minutes",
        "loungers dirty, sand everywhere",
        "a £17 deposit per lounger now??",
        "twice full when the app said free",
        "Getting worse, £13 service fee on top",
        "My brother-in-law books with {comp}, I'm going there saturday",
    ],
}
CANCEL: dict[str, str] = {
    "fr": "Bonjour, nous avons acheté une maison avec piscine, nous n'irons plus à la plage. Merci d'annuler mon abonnement Saison et de fermer mon compte.",
    "it": "Buongiorno, ci trasferiamo in montagna per lavoro. Vi chiedo di disdire l'abbonamento Stagione e chiudere il mio account.",
    "de": "Hallo, wir ziehen nach München, bitte Saisonpass kündigen und Konto schließen.",
    "pt": "Olá, mudamos para o interior, quero cancelar o passe e fechar a conta.",
    "es": "Hola, nos mudamos a Madrid, quiero cancelar el bono y cerrar la cuenta.",
    "en": "Hi, we've moved inland, please cancel my season pass and close my account.",
}
SORRY_GO: dict[str, str] = {
    "fr": "Bonjour {first}, désolés de vous voir partir. Vous pouvez annuler vous-même dans l'appli ou sur le site.",
    "it": "Buongiorno {first}, ci dispiace vederla andare. Può disdire da sola nell'app o sul sito.",
    "de": "Hallo {first}, schade! Sie können selbst in der App oder online kündigen.",
    "pt": "Olá {first}, pena vê-lo partir. Pode cancelar na app ou no site.",
    "es": "Hola {first}, sentimos que se vaya. Puede cancelar en la app o en la web.",
    "en": "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website.",
}
GRUMBLE: dict[str, list[str]] = {
    "fr": [
        "l'appli me déconnecte à chaque fois",
        "encore le rappel à 7h du matin, merci bien",
        "la file au bar du lido, 30 minutes",
    ],
    "it": [
        "l'app mi scollega ogni volta",
        "il promemoria alle 7 di mattina, grazie eh",
        "la coda al bar del lido, mezz'ora",
    ],
    "de": ["App meldet mich jedes Mal ab"],
    "pt": ["a app desliga-me sempre"],
    "es": ["la app me desconecta cada vez"],
    "en": ["app logs me out every single time"],
}
SARCASM: dict[str, str] = {
    "fr": "Bravo Sdraiola, parasol livré à 18h, juste à temps pour le coucher de soleil 👏",
    "it": "Complimenti Sdraiola, ombrellone aperto alle 18, giusto per il tramonto 👏",
    "de": "Super, Sdraiola, Schirm um 18 Uhr aufgestellt, pünktlich zum Sonnenuntergang 👏",
    "pt": "Parabéns Sdraiola, chapéu aberto às 18h, mesmo a tempo do pôr do sol 👏",
    "es": "Bravo Sdraiola, sombrilla abierta a las 18h, justo para el atardecer 👏",
    "en": "Well done Sdraiola, parasol up at 6pm, just in time for sunset 👏",
}
MILD: dict[str, str] = {
    "fr": "la carte des lidos affiche la mauvaise ville",
    "it": "le notifiche arrivano in tedesco, non so perché",
    "de": "Benachrichtigungen kommen auf Französisch",
    "pt": "o mapa mostra a cidade errada",
    "es": "las notificaciones me llegan en inglés",
    "en": "lido map shows the wrong town",
}
LONE_Q: dict[str, str] = {
    "fr": "Bonjour, dans l'appli mon parasol de samedi apparaît avec un numéro en gris, c'est normal ? Il sera bien réservé ?",
    "it": "Buongiorno, nell'app il numero del mio ombrellone di sabato è grigio, è normale? Resta prenotato?",
}
LONE_A: dict[str, str] = {
    "fr": "Bonjour, oui, le numéro reste gris jusqu'à la veille, votre place est bien réservée.",
    "it": "Buongiorno, sì, il numero resta grigio fino al giorno prima, il posto è prenotato.",
}
SPIKE: dict[str, list[str]] = {
    "fr": [
        "On arrive au lido, notre parasol numéroté est occupé par une autre famille avec LA MÊME réservation. Le plagiste dit que l'appli a vendu la place deux fois",
        "place 3-12 réservée hier soir, déjà prise par quelqu'un qui a la même réservation Sdraiola. on fait quoi ??",
    ],
    "it": [
        "Arriviamo al lido e il nostro ombrellone è occupato da un'altra famiglia con la STESSA prenotazione. Il bagnino dice che l'app l'ha venduto due volte",
        "posto prenotato ieri, c'è già gente con la stessa prenotazione Sdraiola. e adesso??",
    ],
    "de": [
        "Unser Strandkorb ist besetzt, eine andere Familie hat DIESELBE Buchung. Personal sagt, die App hat doppelt verkauft"
    ],
    "pt": [
        "O nosso chapéu está ocupado por outra família com a MESMA reserva. Dizem que a app vendeu duas vezes"
    ],
    "es": [
        "Nuestra sombrilla está ocupada por otra familia con la MISMA reserva. Dicen que la app la vendió dos veces"
    ],
    "en": [
        "Our parasol's taken by another family with the SAME booking. Staff say the app sold it twice"
    ],
}
SPIKE_AGAIN: dict[str, str] = {
    "fr": "Toujours pas de place, et ma sœur au lido d'à côté a le même problème avec sa réservation",
    "it": "Ancora senza posto, e mia sorella all'altro lido ha lo stesso problema",
    "de": "Immer noch kein Platz, meine Schwester am Nachbarstrand hat dasselbe",
    "pt": "Continuamos sem lugar, a minha irmã na outra praia igual",
    "es": "Seguimos sin sitio, mi hermana en otra playa igual",
    "en": "Still no spot, my sister at the next beach has the same problem",
}
SPIKE_CHAT_A: dict[str, str] = {
    "fr": "Oui, des places sont attribuées deux fois sur plusieurs lidos en ce moment, nos équipes corrigent.",
    "it": "Sì, in questo momento alcuni posti risultano assegnati due volte in vari lidi, stiamo correggendo.",
    "de": "Ja, gerade werden an mehreren Stränden Plätze doppelt vergeben, wir beheben das.",
    "pt": "Sim, neste momento há lugares atribuídos duas vezes em várias praias, estamos a corrigir.",
    "es": "Sí, ahora mismo hay plazas asignadas dos veces en varias playas, lo estamos corrigiendo.",
    "en": "Yes, some spots are being assigned twice at several beaches right now, we're fixing it.",
}
SPIKE_FIXED: dict[str, str] = {
    "fr": "Bonjour {first}, les attributions sont corrigées depuis 13h. Votre journée est remboursée et 10 € ajoutés à votre compte.",
    "it": "Buongiorno {first}, le assegnazioni sono corrette dalle 13. La giornata è rimborsata e 10 € aggiunti al conto.",
    "de": "Hallo {first}, seit 13 Uhr ist alles korrigiert. Tag erstattet, 10 € gutgeschrieben.",
    "pt": "Olá {first}, corrigido desde as 12h. Dia reembolsado e 10 € creditados.",
    "es": "Hola {first}, corregido desde las 13h. Día reembolsado y 10 € abonados.",
    "en": "Hi {first}, fixed since 12 noon. Your day is refunded and £9 credited.",
}
# Business arm: Sdraiola Pro, blocks of loungers for hotels, language schools and event firms, on account.
B2B_PROBLEM = {
    "invoice": "invoices without our VAT number",
    "released": "guest block released without notice",
}
B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Bonjour, vos factures du mois arrivent encore sans notre numéro de TVA, notre comptable les refuse. Merci de corriger.",
        "it": "Buongiorno, le fatture del mese arrivano ancora senza la nostra partita IVA, la contabilità le rifiuta. Correggete per favore.",
        "de": "Guten Tag, Ihre Rechnungen kommen ohne unsere USt-IdNr., unsere Buchhaltung lehnt sie ab.",
        "pt": "Bom dia, as faturas chegam sem o nosso NIF, a contabilidade recusa-as.",
        "es": "Buenos días, las facturas llegan sin nuestro CIF, contabilidad las rechaza.",
        "en": "Hello, your invoices still arrive without our VAT number and accounts reject them.",
    },
    "released": {
        "fr": "Bonjour, le bloc de 30 transats réservé pour nos clients de l'hôtel a été libéré sans prévenir, nos clients sont arrivés sans place.",
        "it": "Buongiorno, il blocco di 30 lettini per i nostri ospiti è stato liberato senza avviso, gli ospiti sono rimasti senza posto.",
        "de": "Guten Tag, unser Kontingent von 30 Liegen für Hotelgäste wurde ohne Info freigegeben.",
        "pt": "Bom dia, o bloco de 30 espreguiçadeiras dos nossos hóspedes foi libertado sem aviso.",
        "es": "Buenos días, el bloque de 30 hamacas para nuestros huéspedes se liberó sin avisar.",
        "en": "Hello, the block of 30 loungers for our hotel guests was released without notice.",
    },
}
B2B_LATER: dict[str, str] = {
    "fr": "Bonjour, comme {first0} vous l'a écrit {day}, dossier {ref} : {p}. Toujours pas réglé.",
    "it": "Buongiorno, come le ha scritto {first0} {day}, pratica {ref}: {p}. Ancora non risolto.",
    "de": "Guten Tag, wie {first0} {day} schrieb, Vorgang {ref}: {p}. Immer noch offen.",
    "pt": "Bom dia, como {first0} escreveu {day}, pedido {ref}: {p}. Continua.",
    "es": "Buenos días, como escribió {first0} {day}, incidencia {ref}: {p}. Sigue igual.",
    "en": "Hello, as {first0} wrote {day}, case {ref}: {p}. Still not fixed.",
}
B2B_LAST_CALL: dict[str, str] = {
    "fr": "oui bonjour c'est pour le dossier {ref} rien n'est regle plusieurs collegues vous ont ecrit mon directeur dit qu'on change de prestataire si ce n'est pas fait cette semaine",
    "it": "si buongiorno per la pratica {ref} niente e risolto diversi colleghi vi hanno scritto il mio direttore dice che cambiamo fornitore se non si sistema questa settimana",
    "de": "ja guten Tag wegen Vorgang {ref} nichts ist gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "pt": "sim bom dia sobre o pedido {ref} nada resolvido varios colegas escreveram o meu chefe diz que mudamos de fornecedor",
    "es": "si buenos dias por la incidencia {ref} nada resuelto varios compañeros han escrito mi jefe dice que cambiamos de proveedor",
    "en": "yes hello about case {ref} nothing's fixed several colleagues wrote my boss says we move the account if it isn't sorted this week",
}
B2B_MILD: dict[str, str] = {
    "fr": "Suggestion : pourriez-vous exporter les réservations par groupe de clients ?",
    "it": "Suggerimento: potreste esportare le prenotazioni per gruppo di ospiti?",
    "de": "Vorschlag: Export der Buchungen nach Gästegruppe wäre praktisch.",
    "pt": "Sugestão: exportar reservas por grupo de hóspedes?",
    "es": "Sugerencia: ¿exportar reservas por grupo de huéspedes?",
    "en": "Suggestion: could bookings be exported by guest group?",
}
B2B_ACK: dict[str, str] = {
    "fr": "Bonjour {first}, merci, c'est noté sous la référence {ref}.",
    "it": "Buongiorno {first}, grazie, registrato con riferimento {ref}.",
    "de": "Guten Tag {first}, danke, notiert unter {ref}.",
    "pt": "Bom dia {first}, obrigado, registado com a referência {ref}.",
    "es": "Buenos días {first}, gracias, anotado con referencia {ref}.",
    "en": "Hello {first}, thank you, logged under {ref}.",
}
DAYNAME: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
}
FIRST = {
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Sandrine",
        "Antoine",
        "Léa",
        "Hugo",
        "Nathalie",
        "Pierre",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Davide",
        "Elena",
        "Paolo",
        "Sara",
        "Matteo",
    ],
    "de": ["Anna", "Jonas", "Katrin", "Felix", "Sabine", "Tobias"],
    "pt": ["Inês", "Tiago", "Marta", "Rui", "Joana"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Nuria"],
    "en": ["Emma", "James", "Sophie", "Tom", "Grace"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier"],
    "it": ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno"],
    "de": ["Müller", "Schmidt", "Weber", "Wagner", "Becker"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa", "Pereira"],
    "es": ["García", "López", "Martín", "Sánchez", "Romero"],
    "en": ["Smith", "Taylor", "Brown", "Walsh", "Clarke"],
}
MARKETS = {
    "fr": ["FR", "BE"],
    "it": ["IT", "CH"],
    "de": ["DE", "AT"],
    "pt": ["PT"],
    "es": ["ES"],
    "en": ["UK", "IE"],
}
PREFIX = {
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
    "CH": "+41 7",
    "DE": "+49 15",
    "AT": "+43 66",
    "PT": "+351 9",
    "ES": "+34 6",
    "UK": "+44 7",
    "IE": "+353 8",
}
