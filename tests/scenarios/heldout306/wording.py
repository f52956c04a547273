# ruff: noqa: E501
"""Wording for heldout306 (Cordaro: tennis and padel court booking), six languages."""

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "it": [
            "Campo 3 perfetto stamattina, linee appena rifatte. Grazie Cordaro!",
            "Prenotare con Cordaro è una passeggiata, in due minuti avevo il campo",
            "Terza volta questo mese al circolo di via Roma, sempre tutto pulito 🎾",
        ],
        "pt": [
            "Reservei o campo de padel em dois minutos, impecável. Obrigado Cordaro",
            "Mais uma vez o court 2 estava perfeito, a rede bem esticada 👌",
            "Adoro a app da Cordaro, o treinador Rui é top",
        ],
        "de": ["Platz 4 war heute top gepflegt, danke Cordaro"],
        "en": ["Court 2 was spotless tonight, booking took a minute. Cheers Cordaro"],
        "es": ["Pista de pádel reservada en un minuto y perfecta, gracias Cordaro"],
        "fr": ["Court nickel ce matin et réservation en deux clics, merci Cordaro"],
    },
    "question": {
        "it": [
            "Posso portare un amico non iscritto al campo del sabato?",
            "Fino a che ora si può disdire senza pagare?",
        ],
        "pt": [
            "Posso levar um amigo que não é sócio ao jogo de sábado?",
            "Até quando posso cancelar sem pagar?",
        ],
        "de": ["Kann ich einen Gast mitbringen, der kein Mitglied ist?"],
        "en": ["Can I bring a friend who isn't a member on Saturday?"],
        "es": ["¿Puedo llevar a un amigo que no es socio el sábado?"],
        "fr": ["Je peux venir avec un ami non abonné samedi ?"],
    },
    "answer": {
        "it": ["Certo, basta aggiungerlo alla prenotazione nell'app. Buon gioco!"],
        "pt": ["Claro, basta adicioná-lo à reserva na app. Bom jogo!"],
        "de": ["Ja, einfach in der App zur Buchung hinzufügen. Gutes Spiel!"],
        "en": ["Yes, just add them to the booking in the app. Enjoy the game!"],
        "es": ["Sí, añádelo a la reserva en la app. ¡Buen partido!"],
        "fr": ["Oui, ajoutez-le à la réservation dans l'appli. Bon match !"],
    },
    "thanks": {
        "it": ["Perfetto, grazie mille", "ok grazie!"],
        "pt": ["Perfeito, obrigado", "ok obg!"],
        "de": ["Super, danke"],
        "en": ["Great, thanks"],
        "es": ["Genial, gracias"],
        "fr": ["Parfait, merci"],
    },
    "night": {
        "it": [
            "Non riesco a dormire, prenoto il campo delle 7 per domani e vado a sudare",
            "Turno di notte finito, domani padel con i colleghi",
        ],
        "pt": [
            "Sem sono, já marquei o padel das 8 para amanhã",
            "Acabei o turno da noite, amanhã há ténis com a malta",
        ],
        "de": ["Kann nicht schlafen, Platz für 7 Uhr morgen gebucht"],
        "en": ["Can't sleep, booked the 7am court for tomorrow"],
        "es": ["Sin sueño, ya tengo pista a las 8 mañana"],
        "fr": ["Insomnie, court réservé pour 7h demain"],
    },
    "survey_word": {
        "it": ["Ottimo", ""],
        "pt": ["Excelente", ""],
        "de": ["Top"],
        "en": ["Great"],
        "es": ["Genial"],
        "fr": ["Top"],
    },
    "low_word": {
        "it": ["pessimo", ""],
        "pt": ["péssimo", ""],
        "de": ["schlecht"],
        "en": ["poor"],
        "es": ["fatal"],
        "fr": ["nul"],
    },
    "subject_complaint": {
        "it": ["Reclamo"],
        "pt": ["Reclamação"],
        "de": ["Beschwerde"],
        "en": ["Complaint"],
        "es": ["Reclamación"],
        "fr": ["Réclamation"],
    },
    "subject_case": {
        "it": ["R: Segnalazione {case}"],
        "pt": ["RE: Pedido {case}"],
        "de": ["AW: Vorgang {case}"],
        "en": ["Re: Your case {case}"],
        "es": ["RE: Incidencia {case}"],
        "fr": ["RE : Demande {case}"],
    },
    "case_opened": {
        "it": ["Ci scusiamo, abbiamo aperto la segnalazione {case} e la seguiamo noi."],
        "pt": ["Pedimos desculpa, abrimos o pedido {case} e estamos a tratar."],
        "de": ["Entschuldigung, wir haben den Vorgang {case} eröffnet."],
        "en": ["Sorry about this, we've opened case {case} and are on it."],
        "es": ["Lo sentimos, hemos abierto la incidencia {case}."],
        "fr": ["Désolés, nous avons ouvert la demande {case}."],
    },
    "passed_on": {
        "it": [
            "La segnalazione {case} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì."
        ],
        "pt": [
            "O pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta."
        ],
        "de": [
            "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitag anruft."
        ],
        "en": ["Your case {case} is now with our quality lead, who will call you before Friday."],
        "es": [
            "Su incidencia {case} está ahora con nuestra responsable de calidad, que le llamará antes del viernes."
        ],
        "fr": [
            "Votre demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi."
        ],
    },
    "good_news": {
        "it": ["Buone notizie sulla segnalazione {case}: è sistemato. Ce lo conferma?"],
        "pt": ["Boas notícias sobre o pedido {case}: está resolvido. Pode confirmar?"],
        "de": ["Gute Nachrichten zu {case}: erledigt. Können Sie das bestätigen?"],
        "en": ["Good news on case {case}: it's sorted. Could you confirm?"],
        "es": ["Buenas noticias sobre {case}: resuelto. ¿Nos lo confirma?"],
        "fr": ["Bonne nouvelle pour {case} : c'est réglé. Vous confirmez ?"],
    },
    "confirm": {
        "it": ["Confermo, {case} è a posto. Grazie"],
        "pt": ["Confirmo, o {case} ficou resolvido. Obrigada"],
        "de": ["Bestätigt, {case} passt jetzt. Danke"],
        "en": ["Confirmed, {case} is fine now. Thanks"],
        "es": ["Confirmado, {case} ya está bien. Gracias"],
        "fr": ["Confirmé, {case} c'est bon. Merci"],
    },
    "apology": {
        "it": [
            "Scusate per ieri, ero nervoso. Grazie per aver risolto",
            "Ieri ho esagerato, chiedo scusa",
        ],
        "pt": [
            "Desculpem ontem, estava irritado. Obrigado por resolverem",
            "Ontem exagerei, peço desculpa",
        ],
        "de": ["Sorry wegen gestern, war genervt"],
        "en": ["Sorry for yesterday, I was wound up"],
        "es": ["Perdón por lo de ayer, estaba de los nervios"],
        "fr": ["Désolé pour hier, j'étais à cran"],
    },
    "still_open": {
        "it": [
            "Scrivo di nuovo per la segnalazione {case}: ancora niente, è ancora aperta",
            "Ancora la {case}, nessuno mi ha risposto",
        ],
        "pt": [
            "Volto a escrever sobre o pedido {case}: continua tudo igual",
            "Outra vez o {case}, ainda ninguém resolveu",
        ],
        "de": ["Nochmal wegen {case}: immer noch nichts passiert"],
        "en": ["Writing again about {case}: still nothing, still open"],
        "es": ["Otra vez por {case}: sigue sin resolverse"],
        "fr": ["Je relance pour {case} : toujours rien"],
    },
    "third": {
        "it": ["Un collega gioca da {comp} e lì queste cose le sistemano in giornata."],
        "pt": ["Um colega joga na {comp} e lá resolvem isto no mesmo dia."],
        "de": ["Ein Kollege spielt bei {comp}, da geht sowas am selben Tag."],
        "en": ["A mate plays at {comp} and they sort this the same day."],
        "es": ["Un compañero juega en {comp} y allí lo arreglan en el día."],
        "fr": ["Un collègue joue chez {comp}, eux règlent ça dans la journée."],
    },
    "fourth": {
        "it": ["È la QUARTA volta che scrivo."],
        "pt": ["É a QUARTA vez que escrevo."],
        "de": ["Das ist das VIERTE Mal."],
        "en": ["This is the FOURTH time."],
        "es": ["Es la CUARTA vez."],
        "fr": ["C'est la QUATRIÈME fois."],
    },
    "urgent": {
        "it": ["Aggiunto alla {case}, segnata urgente."],
        "pt": ["Acrescentado ao {case}, marcado urgente."],
        "de": ["Zu {case} ergänzt, dringend markiert."],
        "en": ["Added to {case}, marked urgent."],
        "es": ["Añadido a {case}, marcado urgente."],
        "fr": ["Ajouté à {case}, marqué urgent."],
    },
    "slide": {
        "it": [
            "Campo prenotato alle 19 e alle 19:20 ancora occupato dal gruppo prima, nessuno del circolo in giro",
            "Reti lente e linee quasi invisibili sul campo 2, per quello che si paga...",
            "Adesso anche la luce a gettoni: 4 euro in più per l'illuminazione serale",
            "Tariffa dei soci Club aumentata del 30% senza avvisare, bella sorpresa",
            "Disdetta per pioggia e mi addebitate lo stesso 24 euro. Vergognoso",
            "Mio cognato gioca da {comp}, sabato prenoto lì. Basta",
        ],
        "pt": [
            "Campo marcado para as 19h e às 19h20 ainda ocupado, ninguém do clube à vista",
            "Rede frouxa e linhas quase apagadas no campo 2, pelo preço que se paga...",
            "Agora a luz à noite paga à parte, mais 4 euros",
            "A quota do Club subiu 30% sem aviso nenhum, que surpresa",
            "Cancelei por causa da chuva e cobraram na mesma 24 euros. Vergonha",
            "O meu cunhado joga na {comp}, sábado marco lá. Chega",
        ],
        "de": [
            "Platz um 19 Uhr gebucht, um 19:20 noch besetzt",
            "Netz schlaff, Linien kaum zu sehen",
            "Jetzt kostet das Flutlicht extra, 4 Euro",
            "Club-Beitrag 30% rauf ohne Ankündigung",
            "Wegen Regen storniert und trotzdem 24 Euro berechnet. Frechheit",
            "Mein Schwager spielt bei {comp}, Samstag buche ich dort",
        ],
        "en": [
            "Booked 7pm and the court was still taken at 7:20",
            "Slack net and lines you can barely see",
            "Floodlights now cost extra, another £4",
            "Club fee up 30% with no notice",
            "Cancelled for rain and still charged £21. Disgraceful",
            "My brother-in-law plays at {comp}, booking there Saturday",
        ],
        "es": [
            "Pista a las 19 y a las 19:20 seguía ocupada",
            "Red floja y líneas casi borradas",
            "Ahora la luz se paga aparte, 4 euros más",
            "Cuota del Club un 30% más cara sin avisar",
            "Cancelé por lluvia y me cobraron 24 euros igual. Vergüenza",
            "Mi cuñado juega en {comp}, el sábado reservo allí",
        ],
        "fr": [
            "Court réservé à 19h, encore occupé à 19h20",
            "Filet détendu, lignes presque effacées",
            "L'éclairage est payant maintenant, 4 euros de plus",
            "Abonnement Club +30% sans prévenir",
            "Annulé pour la pluie et débité 24 euros quand même. Honteux",
            "Mon beau-frère joue chez {comp}, samedi je réserve là-bas",
        ],
    },
    "cancel": {
        "it": [
            "Mi sono trasferito fuori città, vorrei disdire il Cordaro Club e chiudere l'account."
        ],
        "pt": ["Mudei-me para longe, quero cancelar o Cordaro Club e fechar a conta."],
        "de": ["Ich ziehe weg, bitte Cordaro Club kündigen und Konto schließen."],
        "en": ["I've moved away, please cancel my Cordaro Club and close my account."],
        "es": ["Me mudo, quiero darme de baja del Cordaro Club y cerrar la cuenta."],
        "fr": ["Je déménage, je veux résilier Cordaro Club et fermer mon compte."],
    },
    "sorry_go": {
        "it": ["Ci dispiace vederla andare: può disdire dall'app o dal sito."],
        "pt": ["Lamentamos a sua saída: pode cancelar na app ou no site."],
        "de": ["Schade! Kündigen können Sie in der App oder auf der Website."],
        "en": ["Sorry to see you go: you can cancel in the app or on the website."],
        "es": ["Sentimos que se vaya: puede darse de baja en la app o la web."],
        "fr": ["Désolés de vous voir partir : résiliation dans l'appli ou sur le site."],
    },
    "grumble": {
        "it": [
            "L'app mi fa rifare il login ogni volta, che noia",
            "Parcheggio del circolo sempre pieno la sera",
        ],
        "pt": [
            "A app pede login sempre, que chatice",
            "O estacionamento do clube está sempre cheio à noite",
        ],
        "de": ["Die App loggt mich ständig aus"],
        "en": ["The app logs me out every single time"],
        "es": ["La app me echa cada vez, qué pesadez"],
        "fr": ["L'appli me déconnecte à chaque fois"],
    },
    "sarcasm": {
        "it": ["Bellissimo il campo allagato, ci mancava solo il pallanuoto 👏"],
        "pt": ["Adorei o campo alagado, só faltou a prancha de surf 👏"],
        "de": ["Toll, Platz unter Wasser, Badehose nächstes Mal 👏"],
        "en": ["Lovely flooded court, should've brought a snorkel 👏"],
        "es": ["Genial la pista inundada, la próxima traigo el bañador 👏"],
        "fr": ["Super le court inondé, la prochaine fois je prends mon maillot 👏"],
    },
    "spike": {
        "it": [
            "Il codice del cancello nell'app non apre, errore {code}, siamo fuori dal campo",
            "Cancello bloccato, l'app dice {code} e non entriamo",
        ],
        "pt": [
            "O código do portão na app não abre, erro {code}, estamos à porta do campo",
            "Portão fechado, a app dá {code} e não entramos",
        ],
        "de": ["Torcode in der App geht nicht, Fehler {code}, wir stehen draußen"],
        "en": ["Gate code in the app won't open, error {code}, stuck outside the court"],
        "es": ["El código de la puerta no abre, error {code}, estamos fuera de la pista"],
        "fr": ["Le code du portail ne marche pas, erreur {code}, on est dehors"],
    },
    "spike_again": {
        "it": ["Ancora {code} anche col telefono di mia moglie"],
        "pt": ["Ainda {code}, também no telemóvel da minha mulher"],
        "de": ["Immer noch {code}, auch mit dem Handy meiner Frau"],
        "en": ["Still {code}, on my wife's phone too"],
        "es": ["Sigue el {code}, también con el móvil de mi mujer"],
        "fr": ["Toujours {code}, aussi sur le portable de ma femme"],
    },
    "spike_chat": {
        "it": ["Sì, i codici dei cancelli non funzionano ora, ci stiamo lavorando."],
        "pt": ["Sim, os códigos dos portões estão a falhar agora, estamos a tratar."],
        "de": ["Ja, die Torcodes fallen gerade aus, wir arbeiten dran."],
        "en": ["Yes, gate codes are failing right now, we're on it."],
        "es": ["Sí, los códigos fallan ahora mismo, estamos en ello."],
        "fr": ["Oui, les codes portail sont en panne, on s'en occupe."],
    },
    "works_again": {
        "it": ["I codici funzionano di nuovo, il campo di oggi è gratis."],
        "pt": ["Os códigos voltaram a funcionar, o campo de hoje é por nossa conta."],
        "de": ["Die Codes gehen wieder, der heutige Platz ist gratis."],
        "en": ["Gate codes work again, today's court is on us."],
        "es": ["Los códigos vuelven a funcionar, la pista de hoy corre de nuestra cuenta."],
        "fr": ["Les codes remarchent, le court d'aujourd'hui est offert."],
    },
    "lone": {
        "it": ["Ieri sera il codice del cancello sembrava grigio, domani funzionerà?"],
        "pt": ["Ontem o código do portão parecia cinzento, amanhã vai funcionar?"],
        "de": ["Gestern sah der Torcode grau aus, geht der morgen?"],
        "en": ["The gate code looked grey last night, will it work tomorrow?"],
        "es": ["Ayer el código se veía gris, ¿funcionará mañana?"],
        "fr": ["Hier le code semblait grisé, il marchera demain ?"],
    },
    "lone_answer": {
        "it": ["Sembra grigio con poca luminosità, il cancello lo legge."],
        "pt": ["Parece cinzento com pouco brilho, o portão lê na mesma."],
        "de": ["Bei wenig Helligkeit wirkt er grau, das Tor liest ihn."],
        "en": ["It looks grey at low brightness, the gate reads it fine."],
        "es": ["Se ve gris con poco brillo, la puerta lo lee."],
        "fr": ["Il paraît grisé en faible luminosité, le portail le lit."],
    },
}

PROBLEMS: dict[str, dict[str, list[str]]] = {
    "double_charge": {
        "it": [
            "Mi avete addebitato DUE volte il campo di sabato, 28 euro per due. Rimborsatemi",
            "Doppio addebito sulla carta per la stessa prenotazione, non è possibile",
        ],
        "pt": [
            "Cobraram-me DUAS vezes o campo de sábado, 28 euros cada. Quero o reembolso",
            "Cobrança a dobrar no cartão pela mesma reserva, inacreditável",
        ],
        "de": ["Den Platz am Samstag ZWEIMAL abgebucht, 28 Euro doppelt"],
        "en": ["You charged me TWICE for Saturday's court, £24 each"],
        "es": ["Me habéis cobrado DOS veces la pista del sábado"],
        "fr": ["Vous m'avez débité DEUX fois le court de samedi"],
    },
    "no_court": {
        "it": [
            "Arrivo al circolo con la prenotazione confermata e il campo è dato a un altro. Un'ora di macchina per niente",
            "Prenotazione confermata ma il campo era occupato, nessuno sapeva niente",
        ],
        "pt": [
            "Cheguei com a reserva confirmada e o campo estava dado a outra pessoa. Uma hora de carro para nada",
            "Reserva confirmada mas o campo estava ocupado e ninguém sabia de nada",
        ],
        "de": ["Buchung bestätigt, aber der Platz war an andere vergeben"],
        "en": ["Confirmed booking and the court was given to someone else"],
        "es": ["Reserva confirmada y la pista se la dieron a otros"],
        "fr": ["Réservation confirmée et le court donné à d'autres"],
    },
    "refund": {
        "it": [
            "Campo annullato per pioggia da voi tre settimane fa e il rimborso non è mai arrivato",
            "Ancora aspetto il rimborso della lezione annullata",
        ],
        "pt": [
            "Cancelaram o campo por chuva há três semanas e o reembolso nunca chegou",
            "Continuo à espera do reembolso da aula cancelada",
        ],
        "de": ["Wegen Regen abgesagt, Erstattung seit drei Wochen nicht da"],
        "en": ["You cancelled for rain three weeks ago and no refund yet"],
        "es": ["Cancelasteis por lluvia hace tres semanas y no llega el reembolso"],
        "fr": ["Annulé pour pluie il y a trois semaines, toujours pas remboursé"],
    },
}

LONG_OPEN = {
    "it": "Buongiorno,\nvi scrivo dalla sala d'attesa del pediatra, con mio figlio in braccio, quindi scusate se sono breve. Gioco da voi da quattro anni e mi sono sempre trovato bene.\n",
    "pt": "Bom dia,\nescrevo-vos da paragem do autocarro, a caminho do turno, por isso desculpem a pressa. Sou sócia há três anos e sempre gostei muito.\n",
    "de": "Guten Tag,\nich schreibe aus der Mittagspause, zwischen zwei Meetings.\n",
    "en": "Hello,\nI'm writing from the car park at my daughter's swimming lesson.\n",
    "es": "Buenas,\nos escribo desde el tren, volviendo de ver a mi madre.\n",
    "fr": "Bonjour,\nje vous écris depuis la salle d'attente du dentiste.\n",
}
LONG_CLOSE = {
    "it": "\nSpero in una risposta rapida. Cordiali saluti",
    "pt": "\nEspero uma resposta rápida. Cumprimentos",
    "de": "\nIch erwarte eine schnelle Antwort. Grüße",
    "en": "\nI'd appreciate a quick reply. Regards",
    "es": "\nEspero respuesta pronto. Saludos",
    "fr": "\nJ'attends une réponse rapide. Cordialement",
}

B2B: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "it": [
            "Le fatture del torneo aziendale non riportano il nostro numero d'ordine, l'amministrazione le rifiuta"
        ],
        "pt": [
            "As faturas dos jogos da empresa vêm sem o número de encomenda, a contabilidade recusa-as"
        ],
        "de": ["Rechnungen ohne unsere Bestellnummer, die Buchhaltung lehnt ab"],
        "en": ["Invoices come without our PO number, finance rejects them"],
        "es": ["Las facturas llegan sin nuestro número de pedido"],
        "fr": ["Les factures n'ont pas notre numéro de commande"],
    },
    "blocked": {
        "it": [
            "Il portale Cordaro Corporate dice conto sospeso e non ci fa prenotare, ma abbiamo pagato tutto"
        ],
        "pt": [
            "O portal Cordaro Corporate diz conta suspensa e não deixa reservar, mas está tudo pago"
        ],
        "de": ["Portal sagt Konto gesperrt, obwohl bezahlt"],
        "en": ["The portal says account on hold though we've paid"],
        "es": ["El portal dice cuenta bloqueada aunque pagamos"],
        "fr": ["Le portail indique compte bloqué alors que tout est payé"],
    },
}
B2B_SUGGEST = {
    "it": ["Sarebbe utile esportare le prenotazioni per centro di costo"],
    "pt": ["Seria útil exportar as reservas por centro de custo"],
    "de": ["Export nach Kostenstelle wäre hilfreich"],
    "en": ["An export by cost centre would help"],
    "es": ["Sería útil exportar por centro de coste"],
    "fr": ["Un export par centre de coût serait utile"],
}
B2B_LAST = {
    "it": ["Ancora niente sulla {case}, il mio capo dice che cambiamo fornitore se non si risolve"],
    "pt": ["Ainda nada sobre o {case}, o meu chefe diz que mudamos de fornecedor"],
    "de": ["Immer noch nichts zu {case}, mein Chef will wechseln"],
    "en": ["Still nothing on {case}, my boss says we'll move supplier"],
    "es": ["Sigue sin resolverse {case}, mi jefe dice que cambiamos de proveedor"],
    "fr": ["Toujours rien sur {case}, mon patron parle de changer de prestataire"],
}
