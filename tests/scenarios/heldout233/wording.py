# ruff: noqa: E501
"""Wording of heldout233 (Parkonda: parking spaces by app and web). Written from the stories."""

from __future__ import annotations

LANGS = ("de", "es", "en", "fr", "it", "pt")
MARKETS = {
    "de": ("DE", "AT", "CH"),
    "es": ("ES",),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "it": ("IT",),
    "pt": ("PT",),
}
PREFIX = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 79",
    "ES": "+34 6",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
    "PT": "+351 9",
}
FIRST = {
    "de": [
        "Jonas",
        "Miriam",
        "Felix",
        "Sabine",
        "Tobias",
        "Katrin",
        "Lukas",
        "Anja",
        "Stefan",
        "Heike",
        "Moritz",
        "Nele",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Álvaro",
        "Marta",
        "Sergio",
        "Nuria",
        "Pablo",
        "Elena",
        "Rubén",
        "Irene",
        "Diego",
    ],
    "en": ["Oliver", "Hannah", "Callum", "Siobhan", "Rhys", "Megan"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Inès", "Romain"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Sara", "Lorenzo"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta", "Duarte"],
}
LAST = {
    "de": ["Vogel", "Hartmann", "Krüger", "Scholz", "Lehmann", "Brandt", "Seidel", "Wendt"],
    "es": ["Navarro", "Ortega", "Delgado", "Romero", "Iglesias", "Castro", "Molina", "Vidal"],
    "en": ["Hughes", "Murphy", "Price", "Doyle", "Walsh", "Barker"],
    "fr": ["Girard", "Morel", "Lefèvre", "Roux", "Fontaine", "Mercier"],
    "it": ["Ferri", "Galli", "Conti", "Marino", "Rinaldi", "Costa"],
    "pt": ["Sousa", "Ferreira", "Pinto", "Carvalho", "Lopes", "Moreira"],
}

PRAISE = {
    "de": [
        "Stellplatz direkt am Bahnhof gebucht, Schranke ging sofort auf. Parkonda ist top",
        "Endlich nicht mehr 20 Minuten ums Viertel kreisen. Danke Parkonda!",
        "Die Tiefgarage war sauber und hell, Einfahrt per App in 5 Sekunden",
    ],
    "es": [
        "Reservé plaza al lado del hospital y la barrera se abrió a la primera. Parkonda genial",
        "Por fin no doy vueltas media hora por el barrio, gracias Parkonda!!",
        "El parking limpio, bien iluminado y la app funciona de lujo",
    ],
    "en": ["Booked a space by the station, barrier opened straight away. Parkonda is brilliant"],
    "fr": [
        "Place réservée près de la gare, la barrière s'est ouverte tout de suite. Parkonda au top"
    ],
    "it": ["Posto prenotato vicino alla stazione, sbarra aperta subito. Parkonda fantastico"],
    "pt": ["Reservei lugar ao pé da estação e a cancela abriu logo. Parkonda é top"],
}
AGAIN = {
    "de": [
        "Schon wieder ein Platz direkt neben dem Aufzug, dritte Woche in Folge. Liebe es",
        "Immer noch begeistert vom Parkonda Plus Tarif",
    ],
    "es": [
        "Tercera vez este mes que me toca plaza junto al ascensor jaja, me encanta",
        "Sigo encantada con Parkonda Plus, de verdad",
    ],
    "en": ["Third time this month I got the space right by the lift, love it"],
    "fr": ["Encore une fois la place à côté de l'ascenseur, troisième fois ce mois-ci"],
    "it": ["Ancora il posto vicino all'ascensore, terza volta questo mese"],
    "pt": ["Outra vez o lugar ao lado do elevador, terceira vez este mês"],
}
GRIPE = {
    "de": [
        "Sehr gut, nur die Ladesäulen in Ebene 2 sind oft belegt. Sonst alles prima",
        "Klappt super, nur die Rechnung kommt erst nach drei Tagen per Mail",
    ],
    "es": [
        "Muy bien todo, solo que las plazas son un poco estrechas para mi furgo",
        "Genial, aunque el recibo tarda un par de días en llegar",
    ],
    "en": ["Great service, only the ramp at level 3 is a bit tight"],
    "fr": ["Très bien, juste les places un peu étroites pour mon utilitaire"],
    "it": ["Benissimo, solo i posti un po' stretti per il furgone"],
    "pt": ["Muito bom, só os lugares são um pouco apertados para a carrinha"],
}
QUESTION = {
    "de": [
        "Kann ich meine Buchung für morgen um eine Stunde verlängern?",
        "Gilt der Plus Tarif auch in Garagen in anderen Städten?",
    ],
    "es": [
        "Puedo ampliar mi reserva de mañana una hora más?",
        "El plan Plus vale también en parkings de otras ciudades?",
    ],
    "en": ["Can I extend tomorrow's booking by an hour?"],
    "fr": ["Je peux prolonger ma réservation de demain d'une heure ?"],
    "it": ["Posso prolungare di un'ora la prenotazione di domani?"],
    "pt": ["Posso prolongar a reserva de amanhã mais uma hora?"],
}
ANSWER = {
    "de": "Hallo {name}, ja, das geht direkt in der App unter Buchungen > Verlängern. Viele Grüße, {agent} von Parkonda",
    "es": "Hola {name}, sí, puedes hacerlo en la app en Reservas > Ampliar. Un saludo, {agent} de Parkonda",
    "en": "Hi {name}, yes, you can do that in the app under Bookings > Extend. Best, {agent} at Parkonda",
    "fr": "Bonjour {name}, oui, dans l'app sous Réservations > Prolonger. Cordialement, {agent} de Parkonda",
    "it": "Ciao {name}, sì, lo trovi nell'app in Prenotazioni > Prolunga. Saluti, {agent} di Parkonda",
    "pt": "Olá {name}, sim, na app em Reservas > Prolongar. Cumprimentos, {agent} da Parkonda",
}
THANKS = {
    "de": ["Danke, passt!", "super danke euch", "Mega, danke!"],
    "es": ["Gracias, perfecto!", "genial mil gracias", "Vale, gracias crack"],
    "en": ["cheers, sorted"],
    "fr": ["Merci, nickel !"],
    "it": ["Grazie, perfetto!"],
    "pt": ["Obg, top!"],
}
CALL_Q = {
    "de": [
        "hallo ich wollte fragen ob ich mit dem Wohnmobil in die Garage am Hauptbahnhof passe die Höhe steht nicht in der App"
    ],
    "es": [
        "hola quería saber si con la furgoneta alta entro en el parking de la plaza mayor porque en la app no pone la altura"
    ],
    "en": [
        "hi there just wondering if a high top van fits in the station car park the app doesnt say the height"
    ],
    "fr": [
        "bonjour je voulais savoir si mon fourgon passe dans le parking de la gare la hauteur n est pas dans l appli"
    ],
    "it": [
        "buongiorno volevo sapere se il furgone alto entra nel parcheggio della stazione nell app non c e l altezza"
    ],
    "pt": [
        "bom dia queria saber se a carrinha alta entra no parque da estação a app não diz a altura"
    ],
}
NIGHT_POST = {
    "de": ["3 Uhr nachts, Nachtschicht vorbei, Parkonda Platz direkt vor der Klinik. Ehrenmann"],
    "es": ["Las 2 de la mañana saliendo del turno y la plaza de Parkonda esperándome. Bendito"],
    "en": ["2am after a night shift and my Parkonda space is right by the exit. legends"],
    "fr": ["3h du matin après la garde, ma place Parkonda juste devant. merci"],
    "it": ["Le 2 di notte, fine turno, il posto Parkonda proprio davanti. grandi"],
    "pt": ["2 da manhã depois do turno e o lugar Parkonda mesmo à porta. brutal"],
}
NIGHT_Q = {
    "de": ["Kurze Frage mitten in der Nacht: kann ich jetzt noch für 6 Uhr buchen?"],
    "es": ["Pregunta a estas horas: puedo reservar todavía para las 6?"],
    "en": ["Quick one at this hour: can I still book for 6am?"],
    "fr": ["Petite question à cette heure : je peux encore réserver pour 6h ?"],
    "it": ["Domanda a quest'ora: posso ancora prenotare per le 6?"],
    "pt": ["Pergunta a esta hora: ainda posso reservar para as 6?"],
}
NIGHT_A = {
    "de": "Hallo {name}, ja, Buchungen gehen bis 15 Minuten vor Beginn. Gute Nacht, {agent}",
    "es": "Hola {name}, sí, se puede reservar hasta 15 minutos antes. Buenas noches, {agent}",
    "en": "Hi {name}, yes, bookings are open up to 15 minutes before. Night, {agent}",
    "fr": "Bonjour {name}, oui, jusqu'à 15 minutes avant. Bonne nuit, {agent}",
    "it": "Ciao {name}, sì, fino a 15 minuti prima. Buonanotte, {agent}",
    "pt": "Olá {name}, sim, até 15 minutos antes. Boa noite, {agent}",
}
JOKE = {
    "de": ["Mein Auto hat jetzt einen festeren Stammplatz als ich im Büro 😂"],
    "es": ["Mi coche tiene plaza fija y yo en la oficina no jajaja 😂"],
    "en": ["My car has a more reliable spot than I do at the office 😂"],
    "fr": ["Ma voiture a une place plus fixe que moi au bureau 😂"],
    "it": ["La mia macchina ha un posto fisso, io in ufficio no 😂"],
    "pt": ["O meu carro tem lugar fixo e eu no escritório não kkk 😂"],
}
SURVEY_WORD = {
    "de": ["Top", "", "👍"],
    "es": ["Genial", "", "👍"],
    "en": ["Spot on", ""],
    "fr": ["Parfait", ""],
    "it": ["Ottimo", ""],
    "pt": ["Top", ""],
}

PROBLEMS = ("barrier", "double_charge", "taken", "refund", "wrong_price", "fine")
COMPLAINT = {
    "de": {
        "barrier": "Die Schranke in der Garage {garage} ging NICHT auf, obwohl die Buchung bezahlt war. 40 Minuten Termin verpasst",
        "double_charge": "Ihr habt mir die Buchung ZWEIMAL abgebucht, 2x 18,50 €. Ich will das Geld zurück",
        "taken": "Mein reservierter Platz war besetzt und keiner ging ans Telefon. Wofür reserviere ich eigentlich?",
        "refund": "Seit drei Wochen warte ich auf die Erstattung meiner stornierten Monatsbuchung",
        "wrong_price": "Ich bin Plus Mitglied und zahle trotzdem den normalen Tarif. Das ist das dritte Mal",
        "fine": "Ich habe eine Vertragsstrafe von 35 € bekommen, angeblich falsch geparkt. Ich stand genau auf meinem Platz",
    },
    "es": {
        "barrier": "La barrera del parking {garage} NO se abrió aunque la reserva estaba pagada. Perdí la cita del médico",
        "double_charge": "Me habéis cobrado la reserva DOS veces, 2x 18,50 €. Quiero mi dinero ya",
        "taken": "Mi plaza reservada estaba ocupada y nadie cogía el teléfono. Para qué reservo entonces?",
        "refund": "Llevo TRES semanas esperando el reembolso de mi abono mensual cancelado",
        "wrong_price": "Soy socia Plus y me cobráis la tarifa normal. Ya van varias veces",
        "fine": "Me ha llegado una penalización de 35 € por aparcar mal. Estaba en MI plaza",
    },
    "en": {
        "barrier": "The barrier at {garage} would NOT open even though the booking was paid. Missed my appointment",
        "double_charge": "You charged me TWICE for the same booking, 2x £16. I want it back",
        "taken": "My reserved space was taken and nobody answered the phone. What's the point of booking?",
        "refund": "Three weeks waiting for the refund on my cancelled monthly pass",
        "wrong_price": "I'm a Plus member and still paying the standard rate",
        "fine": "Got a £30 penalty for parking wrong. I was in MY space",
    },
    "fr": {
        "barrier": "La barrière du parking {garage} ne s'est PAS ouverte alors que la réservation était payée",
        "double_charge": "Vous m'avez débité DEUX fois la même réservation, 2x 18,50 €",
        "taken": "Ma place réservée était occupée et personne ne répondait au téléphone",
        "refund": "Trois semaines que j'attends le remboursement de mon abonnement annulé",
        "wrong_price": "Je suis membre Plus et je paie le tarif normal",
        "fine": "J'ai reçu une pénalité de 35 € alors que j'étais sur MA place",
    },
    "it": {
        "barrier": "La sbarra del parcheggio {garage} NON si è aperta anche se la prenotazione era pagata",
        "double_charge": "Mi avete addebitato DUE volte la stessa prenotazione, 2x 18,50 €",
        "taken": "Il mio posto prenotato era occupato e nessuno rispondeva al telefono",
        "refund": "Sono tre settimane che aspetto il rimborso dell'abbonamento annullato",
        "wrong_price": "Sono socia Plus e pago la tariffa normale",
        "fine": "Mi è arrivata una penale di 35 € ma ero nel MIO posto",
    },
    "pt": {
        "barrier": "A cancela do parque {garage} NÃO abriu e a reserva estava paga",
        "double_charge": "Cobraram-me DUAS vezes a mesma reserva, 2x 18,50 €",
        "taken": "O meu lugar reservado estava ocupado e ninguém atendia o telefone",
        "refund": "Há três semanas que espero o reembolso do passe mensal cancelado",
        "wrong_price": "Sou sócia Plus e pago a tarifa normal",
        "fine": "Recebi uma penalização de 35 € mas estava no MEU lugar",
    },
}
CALL_COMPLAINT = {
    "de": "ja hallo {name} hier es geht um meine Buchung die Schranke ging nicht auf und jetzt soll ich trotzdem zahlen das geht so nicht",
    "es": "hola soy {name} llamo porque la barrera no se abrió y encima me cobran la reserva esto no puede ser",
    "en": "hi its {name} calling about my booking the barrier didnt open and youve still charged me its not on",
    "fr": "allo c est {name} la barrière ne s est pas ouverte et vous m avez quand même débité c est pas normal",
    "it": "pronto sono {name} la sbarra non si è aperta e mi avete addebitato lo stesso non va bene",
    "pt": "olá é {name} a cancela não abriu e mesmo assim cobraram a reserva isto não pode ser",
}
LONG_EMAIL = {
    "de": "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, wo ich seit der Knie-OP meiner Mutter jeden Dienstag sitze. Ich buche dafür seit Monaten bei Ihnen einen Platz in der Garage {garage}. {complaint}. Ich war immer zufrieden und habe Parkonda Freunden empfohlen, aber das geht so nicht.\n\nMit freundlichen Grüßen\n{name}",
    "es": "Buenas tardes:\n\nles escribo desde el coche a la puerta del colegio mientras espero a los niños, que salen tarde de natación. Uso Parkonda cada semana para ir al centro de salud con mi padre. {complaint}. Hasta ahora todo bien y les había recomendado a mis vecinas, pero así no.\n\nUn saludo,\n{name}",
}
SARCASM = {
    "de": [
        "Klasse Parkonda, 25 Minuten vor der Schranke gewartet, genau so stellt man sich Express-Parken vor 👏"
    ],
    "es": [
        "Genial Parkonda, 25 minutos esperando delante de la barrera, aparcamiento exprés de verdad 👏"
    ],
    "en": ["Love it Parkonda, 25 minutes staring at the barrier, truly express parking 👏"],
    "fr": ["Bravo Parkonda, 25 minutes devant la barrière, du stationnement express 👏"],
    "it": ["Complimenti Parkonda, 25 minuti davanti alla sbarra, parcheggio express davvero 👏"],
    "pt": ["Parabéns Parkonda, 25 minutos à frente da cancela, estacionamento expresso mesmo 👏"],
}
CASE_OPENED = {
    "de": "Hallo {name}, es tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 24 Stunden. {agent}, Parkonda",
    "es": "Hola {name}, lo sentimos. Hemos abierto la incidencia {case} y te contestamos en 24 horas. {agent}, Parkonda",
    "en": "Hi {name}, sorry about this. We've opened case {case} and will get back to you within 24 hours. {agent}, Parkonda",
    "fr": "Bonjour {name}, désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 24 h. {agent}, Parkonda",
    "it": "Ciao {name}, ci dispiace. Abbiamo aperto la segnalazione {case}, ti rispondiamo entro 24 ore. {agent}, Parkonda",
    "pt": "Olá {name}, lamentamos. Abrimos o pedido {case} e respondemos em 24 horas. {agent}, Parkonda",
}
ESCALATED = {
    "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}",
    "es": "Hola {name}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
    "en": "Hi {name}, case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    "fr": "Bonjour {name}, la demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    "it": "Ciao {name}, la segnalazione {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. {agent}",
    "pt": "Olá {name}, o pedido {case} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço. {agent}",
}
GOOD_NEWS = {
    "de": "Hallo {name}, gute Nachrichten zu {case}: das ist erledigt und der Betrag gutgeschrieben. Können Sie das kurz bestätigen? {agent}",
    "es": "Hola {name}, buenas noticias sobre {case}: está resuelto y el importe abonado. Nos lo confirmas? {agent}",
    "en": "Hi {name}, good news on {case}: it's sorted and the amount credited. Could you confirm? {agent}",
    "fr": "Bonjour {name}, bonne nouvelle pour {case} : c'est réglé et le montant recrédité. Pouvez-vous confirmer ? {agent}",
    "it": "Ciao {name}, buone notizie su {case}: risolto e importo riaccreditato. Puoi confermare? {agent}",
    "pt": "Olá {name}, boas notícias sobre {case}: resolvido e valor creditado. Pode confirmar? {agent}",
}
CONFIRM = {
    "de": "Bestätigt, {case} ist erledigt, Geld ist da. Danke!",
    "es": "Confirmado, {case} resuelto, ya tengo el dinero. Gracias!",
    "en": "Confirmed, {case} is sorted, money's in. Thanks!",
    "fr": "Confirmé, {case} est réglé, c'est remboursé. Merci !",
    "it": "Confermo, {case} risolto, soldi arrivati. Grazie!",
    "pt": "Confirmo, {case} resolvido, dinheiro recebido. Obrigada!",
}
APOLOGY = {
    "de": "Sorry für meinen Ton gestern, war ein blöder Tag. Danke fürs schnelle Kümmern",
    "es": "Perdón por el tono de ayer, fue un día horrible. Gracias por la rapidez",
    "en": "Sorry for my tone yesterday, bad day. Thanks for sorting it quickly",
    "fr": "Désolée pour mon ton hier, mauvaise journée. Merci pour la réactivité",
    "it": "Scusate il tono di ieri, giornata storta. Grazie per la rapidità",
    "pt": "Desculpem o tom de ontem, dia péssimo. Obrigado pela rapidez",
}
REPEAT = {
    "de": [
        "Wieder wegen {case}: immer noch nicht gelöst. {complaint}",
        "Vorgang {case} ist IMMER NOCH offen. Ein Kollege parkt bei {comp}, da wird sowas am selben Tag geklärt",
        "Zum VIERTEN Mal wegen {case}. Nichts passiert",
    ],
    "es": [
        "Otra vez por {case}: sigue sin resolver. {complaint}",
        "La incidencia {case} SIGUE abierta. Un compañero aparca con {comp} y allí lo arreglan el mismo día",
        "CUARTA vez que escribo por {case}. Nada",
    ],
    "en": [
        "Again about {case}: still not fixed. {complaint}",
        "Case {case} is STILL open. A colleague parks with {comp} and they sort this the same day",
        "FOURTH time about {case}. Nothing",
    ],
    "fr": [
        "Encore pour {case} : toujours pas réglé. {complaint}",
        "La demande {case} est TOUJOURS ouverte. Un collègue se gare chez {comp}, eux règlent ça le jour même",
        "QUATRIÈME fois pour {case}. Rien",
    ],
    "it": [
        "Di nuovo per {case}: ancora non risolto. {complaint}",
        "La segnalazione {case} è ANCORA aperta. Un collega parcheggia con {comp} e lì risolvono in giornata",
        "QUARTA volta per {case}. Niente",
    ],
    "pt": [
        "Outra vez sobre {case}: continua por resolver. {complaint}",
        "O pedido {case} CONTINUA aberto. Um colega estaciona na {comp} e resolvem no mesmo dia",
        "QUARTA vez sobre {case}. Nada",
    ],
}
URGENT = {
    "de": "Zu {case} hinzugefügt und als dringend markiert. {agent}",
    "es": "Añadido a {case} y marcado como urgente. {agent}",
    "en": "Added to {case} and marked urgent. {agent}",
    "fr": "Ajouté à {case} et marqué urgent. {agent}",
    "it": "Aggiunto a {case} e segnato come urgente. {agent}",
    "pt": "Adicionado a {case} e marcado como urgente. {agent}",
}
SLIDE = {
    "de": [
        "Heute musste ich 15 Minuten warten bis die Schranke reagiert",
        "App zeigt zweimal falsche Ebene an, ich irre durch die Garage",
        "Der Platz war schon wieder zugeparkt, nichts passiert",
        "Neue Gebühr für Buchungsänderungen? Echt jetzt?",
        "35 € Strafe für 4 Minuten Überziehung, obwohl die Schranke klemmte. Frechheit",
        "Meine Schwägerin parkt bei {comp}, ich habe für nächste Woche dort gebucht",
    ],
    "es": [
        "Hoy 15 minutos esperando a que la barrera reaccione",
        "La app me manda a la planta equivocada dos veces",
        "La plaza otra vez ocupada y nadie hace nada",
        "Ahora cobráis por cambiar la reserva? en serio?",
        "35 € de multa por 4 minutos de más con la barrera atascada. Una vergüenza",
        "Mi cuñada aparca con {comp}, ya he reservado allí la semana que viene",
    ],
    "en": [
        "15 minutes waiting for the barrier to react today",
        "App sent me to the wrong level twice",
        "Space blocked again, nobody does anything",
        "A fee for changing bookings now? really?",
        "£30 penalty for 4 minutes over while the barrier was stuck. Disgraceful",
        "My sister-in-law parks with {comp}, booked there for next week",
    ],
    "fr": [
        "15 minutes à attendre que la barrière réagisse",
        "L'appli m'envoie au mauvais niveau deux fois",
        "Place encore occupée, personne ne fait rien",
        "Des frais pour modifier une réservation maintenant ?",
        "35 € de pénalité pour 4 minutes alors que la barrière était bloquée. Honteux",
        "Ma belle-sœur se gare chez {comp}, j'ai réservé là-bas la semaine prochaine",
    ],
    "it": [
        "15 minuti ad aspettare che la sbarra reagisca",
        "L'app mi manda al piano sbagliato due volte",
        "Posto di nuovo occupato, nessuno fa niente",
        "Adesso si paga per cambiare la prenotazione?",
        "35 € di penale per 4 minuti con la sbarra bloccata. Vergogna",
        "Mia cognata parcheggia con {comp}, ho prenotato lì per la prossima settimana",
    ],
    "pt": [
        "15 minutos à espera que a cancela reaja",
        "A app mandou-me para o piso errado duas vezes",
        "Lugar outra vez ocupado e ninguém faz nada",
        "Agora cobram para mudar a reserva?",
        "35 € de multa por 4 minutos com a cancela encravada. Vergonha",
        "A minha cunhada estaciona na {comp}, já reservei lá para a semana",
    ],
}
CANCEL = {
    "de": "Hallo, wir ziehen aufs Land und brauchen keinen Stellplatz mehr. Bitte Parkonda Plus kündigen und mein Konto schließen. {name}",
    "es": "Hola, vendí el coche y ya no necesito plaza. Quiero cancelar Parkonda Plus y cerrar la cuenta. {name}",
    "en": "Hi, I've sold the car and don't need parking any more. Please cancel Parkonda Plus and close my account. {name}",
    "fr": "Bonjour, j'ai vendu ma voiture. Merci de résilier Parkonda Plus et de fermer mon compte. {name}",
    "it": "Salve, ho venduto la macchina. Vorrei disdire Parkonda Plus e chiudere l'account. {name}",
    "pt": "Olá, vendi o carro. Quero cancelar o Parkonda Plus e fechar a conta. {name}",
}
SORRY_GO = {
    "de": "Hallo {name}, schade, dass Sie gehen. Sie können Plus selbst in der App oder auf der Website kündigen. {agent}",
    "es": "Hola {name}, sentimos que te vayas. Puedes cancelar Plus tú misma en la app o en la web. {agent}",
    "en": "Hi {name}, sorry to see you go. You can cancel Plus yourself in the app or on the website. {agent}",
    "fr": "Bonjour {name}, dommage de vous voir partir. Vous pouvez résilier Plus dans l'appli ou sur le site. {agent}",
    "it": "Ciao {name}, ci dispiace vederti andare. Puoi disdire Plus nell'app o sul sito. {agent}",
    "pt": "Olá {name}, lamentamos a saída. Pode cancelar o Plus na app ou no site. {agent}",
}
GRUMBLE = {
    "de": [
        "Die App loggt mich jedes Mal aus",
        "Wieder 10 Minuten Stau an der Ausfahrt",
        "Die Erinnerung um 6 Uhr morgens nervt",
    ],
    "es": [
        "La app me cierra la sesión cada vez",
        "Otra vez 10 minutos de cola a la salida",
        "El aviso a las 6 de la mañana sobra",
    ],
    "en": ["The app logs me out every time", "10 minute queue at the exit again"],
    "fr": ["L'appli me déconnecte à chaque fois", "Encore 10 minutes de bouchon à la sortie"],
    "it": ["L'app mi disconnette ogni volta", "Di nuovo 10 minuti di coda all'uscita"],
    "pt": ["A app desliga-me a sessão sempre", "Outra vez 10 minutos de fila à saída"],
}
MILD = {
    "de": "Die Garagensuche zeigt mir Parkhäuser in der falschen Stadt an",
    "es": "El buscador me enseña parkings de otra ciudad",
    "en": "The car park search shows the wrong city",
    "fr": "La recherche affiche des parkings d'une autre ville",
    "it": "La ricerca mostra parcheggi di un'altra città",
    "pt": "A pesquisa mostra parques de outra cidade",
}
# The planted incident (topic_spike only).
SPIKE = {
    "de": [
        "Parkonda App zeigt ALLE meine Reservierungen als storniert, Fehler RSV-729. Stehe vor der Garage und komme nicht rein",
        "alle buchungen weg?? steht nur storniert, muss zur Arbeit",
        "Reservierung heute früh plötzlich storniert, Code RSV-729, Geld aber abgebucht",
    ],
    "es": [
        "La app de Parkonda pone TODAS mis reservas como canceladas, error RSV-729, y estoy en la puerta del parking",
        "me sale la reserva cancelada sin hacer nada, llego tarde al curro",
        "Reserva de hoy cancelada de repente, código RSV-729, y el cargo hecho",
    ],
    "en": [
        "Parkonda app says ALL my bookings are cancelled, error RSV-729, stuck outside the car park"
    ],
    "fr": ["L'appli Parkonda affiche toutes mes réservations annulées, erreur RSV-729"],
    "it": ["L'app Parkonda segna tutte le mie prenotazioni come annullate, errore RSV-729"],
    "pt": ["A app Parkonda mostra todas as reservas canceladas, erro RSV-729"],
}
SPIKE_AGAIN = {
    "de": "Immer noch storniert, auch auf dem Handy meines Mannes. Ich stehe seit 30 Minuten hier",
    "es": "Sigue saliendo cancelada, también en el móvil de mi pareja. Media hora aquí",
    "en": "Still showing cancelled, on my partner's phone too. Half an hour now",
    "fr": "Toujours annulée, même sur le téléphone de mon conjoint",
    "it": "Ancora annullata, anche sul telefono di mio marito",
    "pt": "Continua cancelada, também no telemóvel do meu marido",
}
SPIKE_A = {
    "de": "Hallo {name}, ja, gerade werden Buchungen fälschlich als storniert angezeigt. Die Technik ist dran, Ihr Platz bleibt reserviert. {agent}",
    "es": "Hola {name}, sí, ahora mismo las reservas aparecen canceladas por error. El equipo técnico está en ello, tu plaza sigue reservada. {agent}",
    "en": "Hi {name}, yes, bookings are wrongly showing as cancelled right now. Engineers are on it, your space is still held. {agent}",
    "fr": "Bonjour {name}, oui, les réservations s'affichent à tort annulées. Nos techniciens s'en occupent. {agent}",
    "it": "Ciao {name}, sì, al momento le prenotazioni risultano annullate per errore. I tecnici ci lavorano. {agent}",
    "pt": "Olá {name}, sim, neste momento as reservas aparecem canceladas por erro. A equipa técnica está a tratar. {agent}",
}
B2B_COMPLAINT = {
    "de": [
        "Unsere Rechnung für die Firmenstellplätze hat keine Kostenstelle und den alten Firmennamen. {prev}Vorgang {case}",
        "Im Portal werden keine aktiven Stellplätze angezeigt, wir können nichts kündigen. {prev}Vorgang {case}",
    ],
    "es": [
        "La factura de las plazas de empresa sale sin número de pedido y con el nombre antiguo. {prev}Incidencia {case}",
        "El portal no muestra ninguna plaza activa y no podemos dar de baja nada. {prev}Incidencia {case}",
    ],
    "en": [
        "Our invoice for the company spaces has no PO number and the old company name. {prev}Case {case}"
    ],
    "fr": [
        "Notre facture des places entreprise n'a pas de numéro de commande. {prev}Demande {case}"
    ],
    "it": ["La fattura dei posti aziendali non ha il numero d'ordine. {prev}Segnalazione {case}"],
    "pt": ["A fatura dos lugares da empresa não tem número de encomenda. {prev}Pedido {case}"],
}
B2B_PREV = {
    "de": "Meine Kollegin {first} hat schon geschrieben. ",
    "es": "Mi compañero {first} ya os escribió. ",
    "en": "My colleague {first} already wrote. ",
    "fr": "Mon collègue {first} vous a déjà écrit. ",
    "it": "Il mio collega {first} vi ha già scritto. ",
    "pt": "O meu colega {first} já escreveu. ",
}
B2B_LAST = {
    "de": "Vorgang {case} ist immer noch nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt",
    "es": "La incidencia {case} sigue sin resolver y ya os han escrito varios compañeros. Compras ha pedido precios a {comp}",
    "en": "Case {case} is still not fixed and several colleagues have written. Procurement has asked {comp} for rates",
    "fr": "La demande {case} n'est toujours pas réglée. Les achats ont demandé les tarifs de {comp}",
    "it": "La segnalazione {case} non è ancora risolta. L'ufficio acquisti ha chiesto i prezzi a {comp}",
    "pt": "O pedido {case} continua por resolver. As compras já pediram preços à {comp}",
}
B2B_MILD = {
    "de": "Vorschlag: könnten die Rechnungen nach Projektnummer exportiert werden?",
    "es": "Sugerencia: se podrían exportar las facturas por código de proyecto?",
    "en": "Suggestion: could invoices be exported by project code?",
    "fr": "Suggestion : pourrait-on exporter les factures par code projet ?",
    "it": "Suggerimento: si potrebbero esportare le fatture per codice progetto?",
    "pt": "Sugestão: seria possível exportar as faturas por código de projeto?",
}
B2B_Q = {
    "de": "Können wir für nächste Woche drei zusätzliche Stellplätze für Besucher buchen?",
    "es": "Podemos reservar tres plazas más para visitas la semana que viene?",
    "en": "Can we add three visitor spaces for next week?",
    "fr": "Pouvons-nous ajouter trois places visiteurs la semaine prochaine ?",
    "it": "Possiamo aggiungere tre posti visitatori la prossima settimana?",
    "pt": "Podemos reservar mais três lugares para visitas na próxima semana?",
}
SUBJECT = {
    "de": "Beschwerde",
    "es": "Reclamación",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
}
GARAGES = ["Altstadt", "Centro", "Station Road", "Gare Nord", "Porta Nuova", "Baixa"]
PRODUCTS = ["Tagesplatz", "Monatsabo", "Nachtplatz", "Plaza diaria", "Abono mensual"]
COMPETITORS = ("Stellvia", "Aparqo")
