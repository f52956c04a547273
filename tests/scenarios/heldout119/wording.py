"""Consumer and spike wording for heldout119 (Guinzo, dog walking and pet sitting).

German and English first (two to five variants), then French, Spanish, Italian and
Portuguese (one or two). Placeholders: {case}, {comp}, {dog}, {walker}, {amt}, {time}.
"""

# ruff: noqa: E501

T = dict[str, list[str]]

PRAISE: T = {
    "de": [
        "{walker} war heute wieder mit {dog} im Stadtpark, die Fotos im Walk-Bericht sind so süß. Danke Guinzo!",
        "Dritte Woche mit Guinzo und {dog} wartet schon um 12 an der Tür auf {walker} 🐶",
        "Schon wieder pünktlich auf die Minute. So entspannt war mein Homeoffice noch nie, danke Guinzo",
        "ich hab echt gezweifelt ob ich meinen Hund einer App anvertraue aber {walker} ist ein Schatz",
        "Super Service, nur die Karte im Walk-Tracking ruckelt ein bisschen. Sonst top, Guinzo!",
    ],
    "en": [
        "{dog} came home shattered and happy again, {walker} even sent a photo of her in the river 😂 love Guinzo",
        "Third time this month the Guinzo walker has been bang on time. Honestly a lifesaver with my shifts",
        "gotta say the overnight sitter was brilliant, {dog} didn't even notice I was away",
        "Great walks, only gripe is the app logs me out every few weeks. Otherwise 10/10 Guinzo",
        "Still amazed how {walker} gets {dog} to walk nicely on the lead, she never does that for me",
    ],
    "fr": [
        "{walker} a encore promené {dog} ce midi, le petit compte rendu avec photo fait ma journée. Merci Guinzo",
        "Troisième mois avec Guinzo, toujours aussi ponctuels, {dog} adore",
    ],
    "es": [
        "{walker} ha vuelto a sacar a {dog} al parque, llega a casa reventado y feliz jaja. Gracias Guinzo",
        "Otra vez puntualísimos. Guinzo me salva las mañanas",
    ],
    "it": [
        "{walker} ha portato di nuovo {dog} al parco, le foto nel resoconto sono bellissime. Grazie Guinzo",
        "Terza settimana con Guinzo e {dog} aspetta il dogsitter alla porta 🐕",
    ],
    "pt": [
        "O {walker} levou outra vez o {dog} ao parque, as fotos no relatório são um amor. Obrigada Guinzo",
        "Terceira vez este mês e sempre pontuais. Recomendo a Guinzo",
    ],
}

QUESTION: T = {
    "de": [
        "Hallo, kann ich für nächste Woche denselben Walker wie immer buchen?",
        "hi, geht auch ein Spaziergang mit zwei Hunden aus demselben Haushalt?",
        "Kann ich den Schlüssel in der Schlüsselbox lassen oder muss ich zuhause sein beim ersten Termin?",
    ],
    "en": [
        "Hi, can I book the same walker for the whole of next week?",
        "quick q, do you walk two dogs from the same house together?",
        "Does the sitter feed the cat as well if I leave the food out?",
    ],
    "fr": ["Bonjour, est-ce que je peux réserver le même promeneur toute la semaine prochaine ?"],
    "es": ["Hola, ¿puedo reservar el mismo paseador toda la semana que viene?"],
    "it": ["Ciao, posso prenotare lo stesso dogsitter per tutta la prossima settimana?"],
    "pt": ["Olá, posso marcar o mesmo passeador para a semana toda?"],
}

ANSWER: T = {
    "de": [
        "Hallo! Ja, in der App unter 'Lieblings-Walker' auswählen, dann wird er bevorzugt eingeplant. Viele Grüße, Guinzo"
    ],
    "en": [
        "Hi! Yes, tap 'favourite walker' in the app and we'll book them first. Cheers, the Guinzo team"
    ],
    "fr": ["Bonjour ! Oui, choisissez « promeneur favori » dans l'appli. Bonne journée, Guinzo"],
    "es": [
        "¡Hola! Sí, marca «paseador favorito» en la app y lo asignamos primero. Un saludo, Guinzo"
    ],
    "it": ["Ciao! Sì, scegli «dogsitter preferito» nell'app. Un saluto, Guinzo"],
    "pt": ["Olá! Sim, escolha «passeador favorito» na app. Cumprimentos, Guinzo"],
}

THANKS: T = {
    "de": ["Super, danke!", "perfekt danke euch", "Danke, hat geklappt 👍"],
    "en": ["brilliant thanks", "Perfect, thank you!", "cheers 👍"],
    "fr": ["Parfait merci !"],
    "es": ["Genial, gracias!"],
    "it": ["Perfetto grazie!"],
    "pt": ["Ótimo, obrigada!"],
}

PHONE_Q: T = {
    "de": [
        "ja hallo ich wollte fragen ob der Walker auch bei Regen geht unser Hund hasst Regen also ob man das verschieben kann"
    ],
    "en": [
        "hi yeah I was just wondering if the walker still goes out when it's pouring because my dog really hates the rain can we move it"
    ],
    "fr": ["oui bonjour je voulais savoir si la promenade est maintenue quand il pleut beaucoup"],
    "es": ["hola buenas quería saber si el paseo se hace igual cuando llueve mucho"],
    "it": ["pronto buongiorno volevo sapere se la passeggiata si fa anche con la pioggia"],
    "pt": ["olá boa tarde queria saber se o passeio se faz mesmo com chuva forte"],
}

PHONE_FOLLOW: T = {
    "de": [
        "Wie am Telefon besprochen: Bei Starkregen können Sie den Spaziergang bis 2 Stunden vorher kostenlos verschieben. Viele Grüße, Guinzo"
    ],
    "en": [
        "As discussed on the phone: in heavy rain you can move a walk free of charge up to 2 hours before. Best, Guinzo"
    ],
    "fr": [
        "Comme convenu au téléphone : en cas de forte pluie, vous pouvez décaler la promenade gratuitement jusqu'à 2 h avant. Guinzo"
    ],
    "es": [
        "Como hablamos por teléfono: con lluvia fuerte puedes mover el paseo gratis hasta 2 horas antes. Guinzo"
    ],
    "it": [
        "Come detto al telefono: con pioggia forte puoi spostare la passeggiata gratis fino a 2 ore prima. Guinzo"
    ],
    "pt": [
        "Como falámos ao telefone: com chuva forte pode mudar o passeio sem custos até 2 horas antes. Guinzo"
    ],
}

REVIEW: T = {
    "de": [
        "Zuverlässig, freundlich und {dog} liebt seinen Walker. Fünf Sterne.",
        "Sehr gut, Buchung in 2 Minuten erledigt.",
    ],
    "en": [
        "Reliable, friendly walkers and the GPS map is a nice touch.",
        "Easy to book, great with nervous dogs.",
    ],
    "fr": ["Promeneurs fiables et gentils, je recommande."],
    "es": ["Paseadores de confianza, muy recomendable."],
    "it": ["Dogsitter affidabili e gentili, consigliato."],
    "pt": ["Passeadores de confiança, recomendo."],
}

SURVEY_WORD: T = {
    "de": ["Top", "alles gut", "🐾", ""],
    "en": ["great", "spot on", "👍", ""],
    "fr": ["Très bien", ""],
    "es": ["Genial", ""],
    "it": ["Ottimo", ""],
    "pt": ["Ótimo", ""],
}

NIGHT_POST: T = {
    "de": [
        "Nachtschicht im Krankenhaus und {dog} wird morgen um 9 von {walker} abgeholt. Ohne Guinzo ginge das gar nicht",
        "2 Uhr nachts, kann nicht schlafen, buche schon mal die Gassirunden für nächste Woche. Guinzo ist echt praktisch",
    ],
    "en": [
        "3am after a night shift and {dog} is snoring on my feet. Walker's booked for 10, bless Guinzo",
        "can't sleep so booked the whole of next week's walks in bed. Guinzo app is so easy",
    ],
    "fr": [
        "Insomnie, j'ai réservé toutes les promenades de la semaine depuis mon lit. Merci Guinzo"
    ],
    "es": [
        "Las 2 de la mañana y ya tengo los paseos de la semana reservados. Guinzo es una maravilla"
    ],
    "it": ["Le 2 di notte e ho già prenotato le passeggiate della settimana. Guinzo è comodissimo"],
    "pt": ["Duas da manhã e já marquei os passeios da semana toda. A Guinzo é ótima"],
}

NIGHT_Q: T = {
    "de": ["Hallo, kann ich den Walk morgen früh noch auf 7 Uhr vorziehen?"],
    "en": ["hi, can I still move tomorrow's walk to 7am?"],
    "fr": ["Bonsoir, je peux avancer la promenade de demain à 7 h ?"],
    "es": ["Hola, ¿puedo adelantar el paseo de mañana a las 7?"],
    "it": ["Ciao, posso anticipare la passeggiata di domani alle 7?"],
    "pt": ["Olá, posso passar o passeio de amanhã para as 7h?"],
}

NIGHT_A: T = {
    "de": ["Guten Abend, ja, ist umgebucht auf 7:00. Gute Nacht!"],
    "en": ["Evening! Done, moved to 7:00. Night!"],
    "fr": ["Bonsoir, c'est fait, 7 h. Bonne nuit !"],
    "es": ["¡Hecho, a las 7! Buenas noches"],
    "it": ["Fatto, alle 7. Buonanotte!"],
    "pt": ["Feito, às 7h. Boa noite!"],
}

PRODUCTS = [
    ("Walk 30 min / Gassirunde 30 Min", "14.00"),
    ("Walk 60 min / Gassirunde 60 Min", "22.00"),
    ("Cat visit / Katzenbesuch", "15.00"),
    ("Overnight sitting / Übernachtung", "59.00"),
    ("Doggy daycare day / Hundetagesstätte", "35.00"),
    ("Guinzo Plus 10 walks / 10er-Paket", "169.00"),
]

PAGES = ["/walks", "/walkers", "/prices", "/plus", "/sitting", "/daycare", "/help/keys"]

PROBLEMS = ["no_show", "double_charge", "injury", "refund", "wrong_price", "cancel_fee"]

# What went wrong, in one clause, per problem and language.
PROBLEM_CLAUSE: dict[str, dict[str, str]] = {
    "no_show": {
        "de": "die App hat den Spaziergang heute um 12 als ERLEDIGT markiert, aber es kam niemand, {dog} saß drei Stunden vor der Tür und hat in den Flur gemacht",
        "en": "the app marked today's midday walk as COMPLETED but nobody ever came, {dog} was crossing her legs for three hours",
        "fr": "l'appli indique la promenade de midi comme effectuée mais personne n'est venu",
        "es": "la app marca el paseo de mediodía como HECHO pero no vino nadie",
        "it": "l'app segna la passeggiata di mezzogiorno come fatta ma non è venuto nessuno",
        "pt": "a app marca o passeio do meio-dia como feito mas não apareceu ninguém",
    },
    "double_charge": {
        "de": "mir wurde das 10er-Paket ZWEIMAL abgebucht, {amt} weg vom Konto",
        "en": "I've been charged TWICE for the 10-walk bundle, {amt} gone",
        "fr": "le pack de 10 promenades a été débité deux fois, {amt}",
        "es": "me habéis cobrado DOS veces el bono de 10 paseos, {amt}",
        "it": "mi avete addebitato DUE volte il pacchetto da 10, {amt}",
        "pt": "cobraram-me DUAS vezes o pacote de 10 passeios, {amt}",
    },
    "injury": {
        "de": "{dog} kam mit einer blutenden Pfote vom Walk zurück und niemand hat mir was gesagt, im Bericht steht 'alles prima'",
        "en": "{dog} came back from the walk with a cut pad bleeding on my floor and nobody said a word, report says 'lovely walk'",
        "fr": "{dog} est revenu avec une patte qui saignait et personne ne m'a rien dit",
        "es": "{dog} volvió del paseo con una pata sangrando y nadie me dijo nada",
        "it": "{dog} è tornato con una zampa che sanguinava e nessuno mi ha detto niente",
        "pt": "o {dog} voltou do passeio com uma pata a sangrar e ninguém me disse nada",
    },
    "refund": {
        "de": "ich warte seit DREI Wochen auf die Erstattung für die stornierte Übernachtung, {amt}",
        "en": "I've been waiting THREE weeks for the refund on the cancelled overnight sit, {amt}",
        "fr": "j'attends depuis trois semaines le remboursement de la garde annulée, {amt}",
        "es": "llevo TRES semanas esperando el reembolso de la noche cancelada, {amt}",
        "it": "aspetto da TRE settimane il rimborso della notte annullata, {amt}",
        "pt": "há TRÊS semanas que espero o reembolso da noite cancelada, {amt}",
    },
    "wrong_price": {
        "de": "ich bin Plus-Mitglied und zahle trotzdem seit Monatsanfang den normalen Preis",
        "en": "I'm a Plus member and I've been charged the full non-member price all month",
        "fr": "je suis membre Plus et on me facture le prix normal depuis le début du mois",
        "es": "soy socia Plus y me cobráis el precio normal desde principios de mes",
        "it": "sono socio Plus e mi fate pagare il prezzo pieno da inizio mese",
        "pt": "sou membro Plus e estão a cobrar-me o preço normal desde o início do mês",
    },
    "cancel_fee": {
        "de": "ich habe VIER Tage vorher storniert und trotzdem eine Stornogebühr von {amt} bekommen",
        "en": "I cancelled FOUR days ahead and still got a late-cancellation fee of {amt}",
        "fr": "j'ai annulé quatre jours avant et on me compte des frais d'annulation de {amt}",
        "es": "cancelé con CUATRO días de antelación y me cobráis {amt} de penalización",
        "it": "ho annullato QUATTRO giorni prima e mi avete addebitato {amt} di penale",
        "pt": "cancelei com QUATRO dias de antecedência e cobraram-me {amt} de taxa",
    },
}

TOPIC_WORD: dict[str, dict[str, str]] = {
    "no_show": {
        "de": "Walker nicht erschienen",
        "en": "walker never turned up",
        "fr": "promeneur absent",
        "es": "paseador no vino",
        "it": "dogsitter mai arrivato",
        "pt": "passeador não apareceu",
    },
    "double_charge": {
        "de": "doppelte Abbuchung",
        "en": "charged twice",
        "fr": "double débit",
        "es": "cobro doble",
        "it": "doppio addebito",
        "pt": "cobrança duplicada",
    },
    "injury": {
        "de": "verletzte Pfote",
        "en": "injured paw",
        "fr": "patte blessée",
        "es": "pata herida",
        "it": "zampa ferita",
        "pt": "pata ferida",
    },
    "refund": {
        "de": "Erstattung",
        "en": "refund",
        "fr": "remboursement",
        "es": "reembolso",
        "it": "rimborso",
        "pt": "reembolso",
    },
    "wrong_price": {
        "de": "falscher Preis",
        "en": "wrong price",
        "fr": "mauvais tarif",
        "es": "precio incorrecto",
        "it": "prezzo sbagliato",
        "pt": "preço errado",
    },
    "cancel_fee": {
        "de": "Stornogebühr",
        "en": "cancellation fee",
        "fr": "frais d'annulation",
        "es": "penalización",
        "it": "penale",
        "pt": "taxa de cancelamento",
    },
}

COMPLAINT_SUBJ = {
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}
CASE_SUBJ = {
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "fr": "RE : Demande ",
    "es": "RE: Incidencia ",
    "it": "R: Segnalazione ",
    "pt": "RE: Pedido ",
}

ANGRY: T = {
    "de": [
        "Hallo, {clause}. Das ist echt nicht in Ordnung!!",
        "{clause}. JETZT REICHTS mir wirklich",
        "Ich bin sprachlos: {clause}. Bitte sofort klären.",
    ],
    "en": [
        "Hi, {clause}. This is not ok!!",
        "{clause}. Absolutely furious right now",
        "Seriously? {clause}. Sort it out please.",
    ],
    "fr": ["Bonjour, {clause}. C'est inadmissible."],
    "es": ["Hola, {clause}. Esto no puede ser, de verdad", "{clause}. YA ESTÁ BIEN"],
    "it": ["Buongiorno, {clause}. Non è accettabile."],
    "pt": ["Olá, {clause}. Isto não está certo."],
}

LONG_MAIL: T = {
    "de": [
        "Liebes Guinzo-Team,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, weil ich seit meiner Knie-OP auf Sie angewiesen bin und meinen Hund nicht selbst ausführen kann. Bisher war ich sehr froh, die Walker sind freundlich und {dog} mag sie.\n\nHeute aber: {clause}. Ich habe versucht, jemanden im Chat zu erreichen, und dann aufgegeben.\n\nIch bitte um eine Erklärung und eine Lösung, so geht das nicht.\n\nMit freundlichen Grüßen",
        "Hallo zusammen,\n\nkurz zur Einordnung: ich pendle dreimal die Woche nach Frankfurt und habe Guinzo genau dafür gebucht. Meine Nachbarin hatte mir das empfohlen.\n\nLeider {clause}.\n\nIch erwarte eine Rückmeldung bis morgen.\n\nGruß",
    ],
    "en": [
        "Dear Guinzo,\n\nI'm writing this from the car outside my daughter's football practice, so excuse the typos. I've used you since the spring when my mum went into hospital and honestly you've been great.\n\nBut today {clause}. I tried the chat and gave up after twenty minutes.\n\nPlease could someone explain what happened and put it right.\n\nKind regards",
        "Hello,\n\nA bit of background: I work twelve-hour shifts at the depot and rely on you completely for the dog. I recommended you to two neighbours.\n\nUnfortunately {clause}.\n\nI'd appreciate an answer today.\n\nThanks",
    ],
}

PHONE_COMPLAINT: T = {
    "de": ["ja hallo ich ruf an weil {clause} und ich will dass das heute noch geklärt wird"],
    "en": ["yeah hi I'm calling because {clause} and I need someone to sort it today"],
    "fr": ["oui bonjour j'appelle parce que {clause} voilà"],
    "es": ["hola mire le llamo porque {clause} y quiero una solución"],
    "it": ["pronto sì chiamo perché {clause} e vorrei una soluzione"],
    "pt": ["olá estou a ligar porque {clause} e quero resolver isto"],
}

CASE_OPENED: T = {
    "de": [
        "Hallo, es tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns so schnell wie möglich. Ihr Guinzo-Team"
    ],
    "en": [
        "Hi, we're really sorry. We've opened case {case} and will come back to you as soon as we can. The Guinzo team"
    ],
    "fr": ["Bonjour, toutes nos excuses. Nous avons ouvert la demande {case}. L'équipe Guinzo"],
    "es": ["Hola, lo sentimos mucho. Hemos abierto la incidencia {case}. El equipo de Guinzo"],
    "it": ["Ciao, ci dispiace molto. Abbiamo aperto la segnalazione {case}. Il team Guinzo"],
    "pt": ["Olá, lamentamos muito. Abrimos o pedido {case}. A equipa Guinzo"],
}

GOOD_NEWS: T = {
    "de": [
        "Gute Nachrichten zu {case}: Das ist erledigt und korrigiert. Könnten Sie uns kurz bestätigen, dass jetzt alles passt?"
    ],
    "en": [
        "Good news on {case}: it's sorted and corrected. Could you confirm everything looks right now?"
    ],
    "fr": ["Bonne nouvelle pour {case} : c'est corrigé. Pouvez-vous nous confirmer ?"],
    "es": ["Buenas noticias sobre {case}: está solucionado. ¿Nos confirmas que todo está bien?"],
    "it": ["Buone notizie su {case}: è risolto. Ci confermi che va tutto bene?"],
    "pt": ["Boas notícias sobre {case}: está resolvido. Pode confirmar que está tudo bem?"],
}

CONFIRM: T = {
    "de": ["Bestätigt, {case} ist erledigt, danke euch!", "Ja passt jetzt, danke für {case}"],
    "en": ["Confirmed, {case} is sorted, thanks!", "yes all good now re {case}, thank you"],
    "fr": ["Confirmé pour {case}, merci !"],
    "es": ["Confirmado, {case} resuelto, gracias!"],
    "it": ["Confermo, {case} risolto, grazie!"],
    "pt": ["Confirmo, {case} resolvido, obrigada!"],
}

APOLOGY: T = {
    "de": [
        "Sorry für meinen Ton gestern, war ein furchtbarer Tag. Danke, dass ihr euch so schnell gekümmert habt."
    ],
    "en": [
        "Sorry for snapping yesterday, it had been an awful day. Thanks for sorting it so fast."
    ],
    "fr": ["Désolée pour mon ton d'hier, merci d'avoir réglé ça vite."],
    "es": ["Perdón por las formas de ayer, mal día. Gracias por resolverlo tan rápido."],
    "it": ["Scusate per il tono di ieri, grazie per la rapidità."],
    "pt": ["Desculpem o tom de ontem, obrigada por resolverem tão depressa."],
}

QUALITY_LEAD: T = {
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Votre demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "es": [
        "Tu incidencia {case} está con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
    "it": [
        "La segnalazione {case} è ora con il nostro responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "O seu pedido {case} está com a nossa responsável de qualidade, que ligará antes de sexta ao almoço."
    ],
}

URGENT: T = {
    "de": ["Ich habe es zu {case} hinzugefügt und als dringend markiert."],
    "en": ["Added to your case {case} and marked urgent."],
    "fr": ["Ajouté à {case}, marqué urgent."],
    "es": ["Añadido a {case} y marcado como urgente."],
    "it": ["Aggiunto a {case}, segnato come urgente."],
    "pt": ["Adicionado a {case} e marcado como urgente."],
}

STILL_OPEN: T = {
    "de": [
        "Zu {case}: immer noch nichts passiert. {clause_short}",
        "Nochmal wegen {case}, es ist weiterhin offen. {clause_short}",
    ],
    "en": [
        "Re {case}: still nothing. {clause_short}",
        "Writing again about {case}, it's still open. {clause_short}",
    ],
    "fr": ["Pour {case} : toujours rien. {clause_short}"],
    "es": ["Sobre {case}: sigue sin resolverse. {clause_short}"],
    "it": ["Per {case}: ancora niente. {clause_short}"],
    "pt": ["Sobre {case}: continua por resolver. {clause_short}"],
}

THIRD: T = {
    "de": [
        "Dritter Versuch wegen {case}, immer noch offen. Eine Kollegin nutzt {comp}, da wird sowas am selben Tag geklärt."
    ],
    "en": ["Third time about {case}, still open. I've looked at what {comp} charges, just saying."],
    "fr": [
        "Troisième fois pour {case}, toujours ouvert. Une collègue passe par {comp}, eux règlent ça le jour même."
    ],
    "es": [
        "Tercera vez por {case}, sigue abierto. Una compañera usa {comp} y allí lo arreglan el mismo día."
    ],
    "it": ["Terza volta per {case}, ancora aperto. Ho guardato quanto costa {comp}."],
    "pt": [
        "Terceira vez sobre {case}, continua aberto. Uma colega usa a {comp} e resolvem no mesmo dia."
    ],
}

FOURTH: T = {
    "de": ["VIERTES Mal wegen {case}. Immer noch offen. Ehrlich jetzt?"],
    "en": ["FOURTH time about {case}. Still open. Really?"],
    "fr": ["QUATRIÈME fois pour {case}. Toujours rien."],
    "es": ["CUARTA vez por {case}. Sigue igual."],
    "it": ["QUARTA volta per {case}. Ancora niente."],
    "pt": ["QUARTA vez sobre {case}. Continua igual."],
}

SLIDE: T = {
    "de": [
        "Walker heute 40 Minuten zu spät, ohne Nachricht. Schade, Guinzo",
        "Schon wieder ein neuer Walker, {dog} kennt keinen mehr von denen",
        "Der Walk-Bericht war heute nur ein Satz und kein Foto. Früher war das anders",
        "Preise erhöht und die Runden werden kürzer, GPS zeigt 38 statt 60 Minuten",
        "Zum zweiten Mal die Leine nicht richtig zu, {dog} lief alleine im Treppenhaus rum. Ich bin echt sauer",
        "Die Nachbarin bucht jetzt bei {comp}, ich hab für nächste Woche auch dort gebucht.",
    ],
    "en": [
        "Walker 40 minutes late today, no message. Not like you Guinzo",
        "Yet another new walker, {dog} doesn't know any of them now",
        "Walk report was one line and no photo today. Used to be so much better",
        "Prices up and walks getting shorter, GPS says 38 minutes not 60",
        "Second time the gate was left open, {dog} was loose in the street. Absolutely livid",
        "My neighbour uses {comp} now and I've booked them for next week too.",
    ],
    "fr": [
        "Promeneur 40 minutes en retard aujourd'hui, sans message",
        "Encore un nouveau promeneur, {dog} ne les connaît plus",
        "Compte rendu d'une ligne, pas de photo. C'était mieux avant",
        "Prix en hausse et promenades plus courtes, 38 min au lieu de 60",
        "Deuxième fois que le portail reste ouvert, {dog} était dans la rue. Je suis furieuse",
        "Ma voisine passe par {comp}, j'ai réservé chez eux pour la semaine prochaine.",
    ],
    "es": [
        "Paseador 40 minutos tarde hoy y sin avisar",
        "Otro paseador nuevo, {dog} ya no conoce a ninguno",
        "El informe de hoy una línea y sin foto. Antes era otra cosa",
        "Suben precios y los paseos duran menos, el GPS marca 38 min y no 60",
        "Segunda vez que dejan la verja abierta, {dog} estaba suelto en la calle. Estoy FURIOSA",
        "Mi vecina usa {comp} y ya he reservado con ellos la semana que viene.",
    ],
    "it": [
        "Dogsitter 40 minuti in ritardo oggi, senza avvisare",
        "Ancora un dogsitter nuovo, {dog} non ne conosce più nessuno",
        "Resoconto di una riga e niente foto. Prima era diverso",
        "Prezzi su e passeggiate più corte, 38 minuti invece di 60",
        "Seconda volta che lasciano il cancello aperto, {dog} era in strada. Sono furioso",
        "La mia vicina usa {comp}, ho prenotato con loro la prossima settimana.",
    ],
    "pt": [
        "Passeador 40 minutos atrasado hoje, sem avisar",
        "Mais um passeador novo, o {dog} já não conhece nenhum",
        "Relatório de uma linha e sem foto. Antes era diferente",
        "Preços a subir e passeios mais curtos, 38 minutos em vez de 60",
        "Segunda vez que deixam o portão aberto, o {dog} andava na rua. Estou furiosa",
        "A minha vizinha usa a {comp} e já marquei com eles para a semana.",
    ],
}

CANCEL: T = {
    "de": [
        "Hallo, wir ziehen nächsten Monat zu meinen Eltern aufs Land, da braucht {dog} keinen Walker mehr. Bitte Guinzo Plus kündigen und mein Konto schließen. Danke für alles!",
        "hi, ich arbeite jetzt wieder vollständig von zuhause und gehe selbst mit {dog}. Bitte Plus kündigen und Konto löschen.",
    ],
    "en": [
        "Hi, I've been made redundant so I'm home all day now and can walk {dog} myself. Please cancel my Guinzo Plus and close my account. Thanks for everything."
    ],
    "fr": [
        "Bonjour, je déménage chez mes parents à la campagne. Merci de résilier Guinzo Plus et de fermer mon compte."
    ],
    "es": [
        "Hola, me vuelvo al pueblo y ya no necesito paseador. Por favor cancelad Guinzo Plus y cerrad mi cuenta."
    ],
    "it": [
        "Ciao, ora lavoro da casa e porto fuori {dog} io. Vorrei disdire Guinzo Plus e chiudere l'account."
    ],
    "pt": [
        "Olá, vou trabalhar a partir de casa e passeio eu o {dog}. Quero cancelar o Guinzo Plus e fechar a conta."
    ],
}

SORRY_GO: T = {
    "de": [
        "Schade, dass Sie gehen! Sie können Plus selbst in der App oder auf der Website kündigen. Alles Gute für {dog}."
    ],
    "en": [
        "Sorry to see you go! You can cancel Plus yourself in the app or on the website. All the best to {dog}."
    ],
    "fr": ["Dommage ! Vous pouvez résilier Plus vous-même dans l'appli ou sur le site."],
    "es": ["¡Qué pena! Puedes cancelar Plus tú mismo en la app o en la web."],
    "it": ["Peccato! Puoi disdire Plus da solo nell'app o sul sito."],
    "pt": ["Que pena! Pode cancelar o Plus na app ou no site."],
}

GRUMBLE: T = {
    "de": [
        "Die App loggt mich JEDES Mal aus",
        "Warum kommt die 'Walker unterwegs'-Nachricht erst wenn er schon klingelt",
        "Kotbeutel-Gebühr von 50 Cent? Ernsthaft?",
        "Schon wieder kein Walker am Samstag verfügbar",
        "Die Karte im Tracking zeigt ihn mitten im See, naja",
    ],
    "en": [
        "The app logs me out EVERY time",
        "why does 'walker on the way' only arrive when they're already at the door",
        "50p poo bag surcharge? really?",
        "no walkers on Saturdays again",
        "the tracking map has him walking through the river, sure",
    ],
    "fr": ["L'appli me déconnecte à chaque fois", "Encore aucun promeneur dispo le samedi"],
    "es": ["La app me desconecta CADA vez", "Otra vez sin paseadores el sábado"],
    "it": ["L'app mi disconnette OGNI volta", "Di nuovo nessun dogsitter il sabato"],
    "pt": ["A app desliga-me a sessão SEMPRE", "Outra vez sem passeadores ao sábado"],
}

MILD: T = {
    "de": [
        "Kleine Sache: die Buchungsseite zeigt Walker aus einem anderen Stadtteil zuerst",
        "die Benachrichtigungen kommen auf Englisch, obwohl die App auf Deutsch steht",
    ],
    "en": [
        "Small thing: the booking page lists walkers from across town first",
        "notifications come through in German though my app is set to English",
    ],
    "fr": ["Petit détail : les notifications arrivent en anglais"],
    "es": ["Una cosita: las notificaciones me llegan en inglés"],
    "it": ["Piccola cosa: le notifiche arrivano in inglese"],
    "pt": ["Só um detalhe: as notificações chegam em inglês"],
}

MILD_ANSWER: T = {
    "de": ["Danke für den Hinweis, wir geben es ans Team weiter!"],
    "en": ["Thanks for flagging, we've passed it to the team!"],
    "fr": ["Merci, nous transmettons à l'équipe !"],
    "es": ["¡Gracias por avisar, lo pasamos al equipo!"],
    "it": ["Grazie della segnalazione, la giriamo al team!"],
    "pt": ["Obrigado pelo aviso, passamos à equipa!"],
}

SARCASM: T = {
    "de": [
        "Toll, der Walker hat {dog} gebadet. Im Matschteich. Danke Guinzo 👏",
        "Super Service, jetzt riecht die ganze Wohnung nach Fuchs 🙃",
    ],
    "en": [
        "Love that the walker gave {dog} a bath. In the duck pond. Cheers Guinzo 👏",
        "fantastic, whole flat smells of fox now 🙃",
    ],
    "fr": ["Génial, {dog} a pris un bain. Dans l'étang. Merci Guinzo 👏"],
    "es": ["Genial, han bañado a {dog}. En el estanque. Gracias Guinzo 👏"],
    "it": ["Fantastico, hanno fatto il bagno a {dog}. Nello stagno. Grazie Guinzo 👏"],
    "pt": ["Ótimo, deram banho ao {dog}. No lago. Obrigada Guinzo 👏"],
}

SPIKE: T = {
    "de": [
        "Walk heute früh, App sagt 'Tür verriegelt ✓', ich komme heim und die Haustür ist UNVERSCHLOSSEN. Sperren geht nicht, Fehler RLX/72",
        "hallo unser Smartlock ist nach dem Gassi offen geblieben obwohl die App verriegelt anzeigt, Fehlercode RLX/72. Was ist da los??",
        "Nach dem Walk stand unsere Tür offen!! App zeigt 'verriegelt', beim Versuch abzuschließen kommt RLX/72. Ich lass niemanden mehr rein",
    ],
    "en": [
        "Came home after this morning's walk and the front door was UNLOCKED. App says 'door locked ✓'. Trying to lock it gives error RLX/72",
        "our smart lock stayed open after the walker left, app shows locked, locking manually throws RLX/72. Not ok!!",
        "is anyone else's door left unlocked after the walk?? app says locked, error RLX/72 when I press lock",
    ],
    "fr": [
        "Après la promenade ce matin, porte d'entrée DÉVERROUILLÉE alors que l'appli dit « verrouillée ». Erreur RLX/72"
    ],
    "es": [
        "Después del paseo de esta mañana la puerta estaba ABIERTA y la app dice 'cerrada'. Error RLX/72 al intentar cerrar"
    ],
    "it": [
        "Dopo la passeggiata di stamattina la porta era APERTA, l'app dice 'chiusa'. Errore RLX/72"
    ],
    "pt": [
        "Depois do passeio desta manhã a porta estava DESTRANCADA e a app diz 'trancada'. Erro RLX/72"
    ],
}

SPIKE_REPEAT: T = {
    "de": ["Immer noch RLX/72, auch am Hintereingang. Die Tür ist weiterhin offen"],
    "en": ["Still RLX/72, tried from my husband's phone too. Door still won't lock"],
    "fr": ["Toujours RLX/72, même depuis le téléphone de mon mari"],
    "es": ["Sigue el RLX/72, también desde el móvil de mi marido"],
    "it": ["Ancora RLX/72, anche dal telefono di mio marito"],
    "pt": ["Continua o RLX/72, também no telemóvel do meu marido"],
}

SPIKE_CHAT_A: T = {
    "de": [
        "Ja, das Wiederverriegeln nach dem Walk schlägt gerade bei allen Smartlocks fehl (RLX/72). Bitte vorerst von Hand abschließen, unsere Technik ist dran."
    ],
    "en": [
        "Yes, relocking after walks is failing on every smart lock right now (RLX/72). Please lock by hand for now, our engineers are on it."
    ],
    "fr": [
        "Oui, le reverrouillage échoue sur toutes les serrures en ce moment (RLX/72). Fermez à la main, nos techniciens sont dessus."
    ],
    "es": [
        "Sí, el cierre tras el paseo falla ahora en todas las cerraduras (RLX/72). Ciérrala a mano, estamos en ello."
    ],
    "it": [
        "Sì, la richiusura dopo la passeggiata non funziona ora su tutte le serrature (RLX/72). Chiudi a mano, ci stiamo lavorando."
    ],
    "pt": [
        "Sim, o trancar após o passeio está a falhar em todas as fechaduras (RLX/72). Tranque à mão, estamos a resolver."
    ],
}

SPIKE_FIXED: T = {
    "de": [
        "Das automatische Verriegeln funktioniert seit {time} wieder. Der heutige Walk geht auf uns, 15 € Guthaben sind gebucht. Entschuldigung!"
    ],
    "en": [
        "Automatic relocking works again since {time}. Today's walk is on us, {amt} credit added. We're sorry!"
    ],
    "fr": [
        "Le verrouillage automatique refonctionne depuis {time}. La promenade d'aujourd'hui est offerte, 15 € crédités."
    ],
    "es": [
        "El cierre automático vuelve a funcionar desde las {time}. El paseo de hoy corre de nuestra cuenta, 15 € de saldo."
    ],
    "it": [
        "La chiusura automatica funziona di nuovo dalle {time}. La passeggiata di oggi è offerta, 15 € di credito."
    ],
    "pt": [
        "O trancar automático voltou a funcionar desde as {time}. O passeio de hoje é por nossa conta, 15 € de crédito."
    ],
}

LONE_Q: T = {
    "de": [
        "Hallo, gestern nach dem Walk hat die App 'verriegelt' erst nach einer Minute angezeigt, die Tür war aber zu. Ist das normal?"
    ],
    "en": [
        "Hi, after yesterday's walk the app took a minute to show 'locked', the door was locked fine though. Is that normal?"
    ],
}

LONE_A: T = {
    "de": ["Ja, das Schloss meldet sich manchmal mit etwas Verzögerung, alles in Ordnung."],
    "en": ["Yes, the lock sometimes reports back with a short delay, all fine."],
}
