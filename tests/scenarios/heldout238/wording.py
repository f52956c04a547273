"""Wording for heldout238 (Cargolino, cargo-bike subscriptions). Placeholders: {case}, {comp}, {name}."""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("en", "pt", "fr", "de", "it", "es")

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "en": [
            "Cargolino box bike got both kids to nursery in the rain and neither of them moaned once. Proper win",
            "third week on the longtail from Cargolino and I've not touched the car. Again, brilliant",
            "Honestly the best thing we signed up for this year, the battery lasts the whole school run and back",
        ],
        "pt": [
            "A bicicleta de carga da Cargolino levou as compras do mes todas de uma vez, adorei",
            "terceira vez que troco a bateria na loja e outra vez em dois minutos. Impecavel",
            "Os miudos pedem para ir de Cargolino para a escola todos os dias, obrigada!",
        ],
        "fr": ["Le biporteur Cargolino a remplacé la deuxième voiture, on ne regrette rien"],
        "de": [
            "Das Lastenrad von Cargolino ist schon wieder der Held der Woche, Wocheneinkauf in einer Fahrt"
        ],
        "it": ["La cargo bike di Cargolino porta i bimbi all'asilo in dieci minuti, fantastica"],
        "es": [
            "La bici de carga de Cargolino es lo mejor que hemos contratado, los peques encantados"
        ],
    },
    "gripe_praise": {
        "en": ["Love the bike, really do. Only the rain cover zip sticks a bit. Still five stars"],
        "pt": ["Adoro a bicicleta, so o fecho da capa de chuva prende um pouco. De resto perfeito"],
        "fr": ["Super vélo, juste la béquille un peu dure. Sinon parfait"],
        "de": ["Tolles Rad, nur der Ständer klemmt etwas. Sonst alles prima"],
        "it": ["Bici bellissima, solo il cavalletto è un po' duro. Per il resto perfetta"],
        "es": ["Bici genial, solo la cremallera del toldo se engancha. Por lo demás perfecta"],
    },
    "question": {
        "en": [
            "hi, can I swap to the longtail for the summer holidays and back in September?",
            "Does the Plus membership cover a second battery?",
        ],
        "pt": [
            "ola, posso passar para a bicicleta de tres rodas durante as ferias?",
            "A assinatura Plus inclui o segundo capacete?",
        ],
        "fr": ["Bonjour, est-ce que l'abonnement Plus inclut un deuxième siège enfant ?"],
        "de": ["Hallo, kann ich im Winter auf Spikereifen wechseln lassen?"],
        "it": ["Ciao, posso aggiungere un secondo seggiolino al mio abbonamento?"],
        "es": ["Hola, ¿puedo cambiar al triciclo de carga durante las vacaciones?"],
    },
    "answer": {
        "en": [
            "Yes, you can do that from the app under My bike, no fee. Anything else I can help with?"
        ],
        "pt": ["Sim, pode fazer isso na app em A minha bicicleta, sem custo. Mais alguma coisa?"],
        "fr": ["Oui, c'est possible depuis l'appli dans Mon vélo, sans frais. Autre chose ?"],
        "de": ["Ja, das geht in der App unter Mein Rad, kostenlos. Kann ich sonst helfen?"],
        "it": ["Sì, si fa dall'app in La mia bici, senza costi. Posso aiutarla in altro?"],
        "es": ["Sí, se hace desde la app en Mi bici, sin coste. ¿Algo más?"],
    },
    "thanks": {
        "en": ["cheers, legend", "ta very much!"],
        "pt": ["valeu, obg!", "obrigadao, top"],
        "fr": ["merci, trop cool"],
        "de": ["danke dir, mega"],
        "it": ["grazie mille, top"],
        "es": ["gracias, crack"],
    },
    "night_post": {
        "en": [
            "3am feed done, baby asleep, and I'm watching Cargolino videos of routes to the park. send help"
        ],
        "pt": ["turno da noite acabado, amanha levo os miudos a praia de Cargolino, nao ha melhor"],
        "fr": ["insomnie, je planifie la balade de demain en Cargolino avec les petits"],
        "de": ["Nachtschicht vorbei, morgen geht's mit dem Cargolino an den See"],
        "it": ["notte insonne, domani gita al lago con la Cargolino"],
        "es": ["no puedo dormir, mañana excursión con la Cargolino al parque"],
    },
    "night_q": {
        "en": ["sorry late q: can I charge the battery indoors overnight?"],
        "pt": ["desculpa a hora, posso carregar a bateria dentro de casa durante a noite?"],
        "fr": ["question tardive : je peux charger la batterie dans l'appart la nuit ?"],
        "de": ["späte Frage: darf ich den Akku nachts in der Wohnung laden?"],
        "it": ["domanda notturna: posso caricare la batteria in casa di notte?"],
        "es": ["pregunta a deshoras: ¿puedo cargar la batería en casa por la noche?"],
    },
    "night_a": {
        "en": ["Yes, indoors is fine, just not next to a heater. Sleep well!"],
        "pt": ["Sim, dentro de casa nao ha problema, so longe do aquecedor. Boa noite!"],
        "fr": ["Oui, à l'intérieur c'est très bien, loin d'un radiateur. Bonne nuit !"],
        "de": ["Ja, drinnen ist gut, nur nicht neben der Heizung. Gute Nacht!"],
        "it": ["Sì, in casa va bene, lontano dal termosifone. Buonanotte!"],
        "es": ["Sí, dentro de casa está bien, lejos del radiador. ¡Buenas noches!"],
    },
    "survey_word": {
        "en": ["great", "", "👍"],
        "pt": ["otimo", "", "5 estrelas"],
        "fr": ["top"],
        "de": ["super"],
        "it": ["ottimo"],
        "es": ["genial"],
    },
    "review": {
        "en": [
            "Five stars. Box bike turned up on time and the fitter set the kids' seats up for us"
        ],
        "pt": ["Cinco estrelas, entrega a horas e o tecnico ajustou tudo"],
        "fr": ["Cinq étoiles, livraison à l'heure et réglages faits sur place"],
        "de": ["Fünf Sterne, pünktlich geliefert und alles eingestellt"],
        "it": ["Cinque stelle, consegna puntuale e tutto regolato"],
        "es": ["Cinco estrellas, entrega puntual y todo ajustado"],
    },
    # the six consumer problems: no_show, double_charge, flat_battery, refund, wrong_price, cancel_fee
    "complaint": {
        "en": [
            "Bike was marked DELIVERED at 8:02 and nobody came. I took the day off for this",
            "You've taken the monthly fee TWICE this month. Put it back please",
            "Battery swapped yesterday and it was dead by the end of the street. Useless",
            "still no refund of my deposit after THREE weeks since the bike went back",
            "I'm a Plus member and I was charged the full rate on the bike swap",
            "charged a late cancellation fee for cancelling FOUR days ahead. are you joking",
        ],
        "pt": [
            "A bicicleta aparece como ENTREGUE as 8:02 e ninguem veio. Tirei o dia para isto",
            "Cobraram a mensalidade DUAS vezes este mes. Quero o dinheiro de volta",
            "trocaram a bateria ontem e morreu ao fim da rua. Nao da",
            "ainda sem reembolso da caucao passadas TRES semanas",
            "Sou socio Plus e cobraram me o preco normal na troca de bicicleta",
            "cobraram taxa de cancelamento tardio e cancelei com QUATRO dias de antecedencia",
        ],
        "fr": [
            "Vélo marqué LIVRÉ à 8h02 et personne n'est venu",
            "Vous avez prélevé l'abonnement DEUX fois ce mois-ci",
            "Batterie changée hier, vide au bout de la rue",
            "toujours pas remboursé de ma caution après TROIS semaines",
            "Je suis membre Plus et j'ai payé le tarif normal",
            "frais d'annulation tardive alors que j'ai annulé QUATRE jours avant",
        ],
        "de": [
            "Rad steht als GELIEFERT um 8:02 und niemand kam",
            "Sie haben die Monatsgebühr ZWEIMAL abgebucht",
            "Akku gestern getauscht, am Ende der Straße leer",
            "immer noch keine Kaution zurück nach DREI Wochen",
            "Ich bin Plus-Mitglied und zahle den vollen Preis",
            "Stornogebühr obwohl ich VIER Tage vorher storniert habe",
        ],
        "it": [
            "Bici segnata CONSEGNATA alle 8:02 e non è venuto nessuno",
            "Mi avete addebitato l'abbonamento DUE volte",
            "Batteria cambiata ieri, scarica a fine strada",
            "ancora nessun rimborso del deposito dopo TRE settimane",
            "Sono socio Plus e ho pagato la tariffa piena",
            "penale di cancellazione anche se ho disdetto QUATTRO giorni prima",
        ],
        "es": [
            "Bici marcada como ENTREGADA a las 8:02 y no vino nadie",
            "Me habéis cobrado la cuota DOS veces este mes",
            "Batería cambiada ayer, muerta al final de la calle",
            "sigo sin la fianza después de TRES semanas",
            "Soy socia Plus y me cobrasteis la tarifa normal",
            "me cobráis cancelación tardía y cancelé con CUATRO días",
        ],
    },
    "call": {
        "en": [
            "yeah hi im calling because the bike says delivered and its not here and ive got two kids waiting to go to school so what is going on"
        ],
        "pt": [
            "ola boa tarde estou a ligar porque a bicicleta diz entregue e nao esta ca e tenho os miudos a espera o que se passa"
        ],
        "fr": ["oui bonjour j'appelle parce que le vélo est marqué livré et il n'est pas là"],
        "de": ["ja hallo ich rufe an weil das Rad als geliefert steht und es ist nicht da"],
        "it": ["sì buongiorno chiamo perché la bici risulta consegnata e non c'è"],
        "es": ["sí hola llamo porque la bici pone entregada y no está aquí"],
    },
    "long_email": {
        "en": [
            "Dear Cargolino team,\n\nI'm writing this from the bench outside my mum's care home between visits, so forgive the length. We've had the box bike since March and honestly it has been part of the family. But this month you've taken the monthly fee TWICE and the second one bounced my rent payment. I've had the bank on the phone twice already. Please put it back today and tell me it won't happen again.\n\nKind regards",
        ],
        "pt": [
            "Boa tarde,\n\nEscrevo do carro a porta da natacao dos gemeos, por isso desculpem o texto comprido. Temos a bicicleta desde a primavera e sempre correu bem. Mas a caucao continua por devolver ha TRES semanas e preciso dela para as obras da casa da minha avo. Ja liguei duas vezes. Por favor resolvam isto.\n\nCumprimentos",
        ],
        "fr": [
            "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre. Nous adorons le vélo mais vous avez prélevé l'abonnement DEUX fois et mon loyer a été rejeté. Merci de régulariser aujourd'hui.\n\nCordialement"
        ],
        "de": [
            "Guten Tag,\n\nich schreibe aus dem Wartezimmer der Kinderärztin. Wir mögen das Rad sehr, aber Sie haben die Gebühr ZWEIMAL abgebucht und meine Miete ist geplatzt. Bitte heute korrigieren.\n\nMit freundlichen Grüßen"
        ],
        "it": [
            "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra. La bici ci piace molto ma avete addebitato l'abbonamento DUE volte e l'affitto è stato respinto. Vi prego di sistemare oggi.\n\nCordiali saluti"
        ],
        "es": [
            "Hola,\n\nos escribo desde la sala de espera de la pediatra. Nos encanta la bici pero habéis cobrado la cuota DOS veces y me han devuelto el alquiler. Arregladlo hoy por favor.\n\nUn saludo"
        ],
    },
    "case_opened": {
        "en": [
            "Sorry about this. I've opened case {case} and a colleague will come back to you today."
        ],
        "pt": ["Lamentamos. Abri o processo {case} e um colega responde ainda hoje."],
        "fr": [
            "Désolés. J'ai ouvert le dossier {case}, un collègue revient vers vous aujourd'hui."
        ],
        "de": [
            "Das tut uns leid. Ich habe den Vorgang {case} eröffnet, ein Kollege meldet sich heute."
        ],
        "it": ["Ci dispiace. Ho aperto la pratica {case}, un collega la ricontatta oggi."],
        "es": ["Lo sentimos. He abierto la incidencia {case} y un compañero te responde hoy."],
    },
    "quality_lead": {
        "en": [
            "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
        ],
        "pt": [
            "O seu processo {case} esta agora com a nossa responsavel de qualidade, que lhe liga antes de sexta ao almoco."
        ],
        "fr": [
            "Votre dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi."
        ],
        "de": [
            "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
        ],
        "it": [
            "La sua pratica {case} è ora alla nostra responsabile qualità, che la chiama entro venerdì a pranzo."
        ],
        "es": [
            "Tu incidencia {case} está ahora con nuestra responsable de calidad, que te llama antes del viernes a mediodía."
        ],
    },
    "good_news": {
        "en": [
            "Good news on case {case}: it's sorted on our side. Could you confirm it's fine for you?"
        ],
        "pt": ["Boas noticias sobre o processo {case}: esta resolvido. Pode confirmar?"],
        "fr": ["Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ?"],
        "de": ["Gute Nachricht zu Vorgang {case}: erledigt. Können Sie das bestätigen?"],
        "it": ["Buone notizie sulla pratica {case}: risolto. Può confermare?"],
        "es": ["Buenas noticias sobre la incidencia {case}: resuelto. ¿Puedes confirmarlo?"],
    },
    "confirm": {
        "en": ["confirmed, {case} is all fine now, thanks"],
        "pt": ["confirmo, o {case} ficou resolvido, obrigado"],
        "fr": ["je confirme, {case} est réglé, merci"],
        "de": ["bestätigt, {case} passt jetzt, danke"],
        "it": ["confermo, {case} è a posto, grazie"],
        "es": ["confirmado, {case} ya está bien, gracias"],
    },
    "apology": {
        "en": ["Sorry for shouting yesterday, long day. You lot were quick in the end"],
        "pt": ["Desculpem a irritacao de ontem, dia dificil. Foram rapidos no fim"],
        "fr": ["Désolée pour hier, journée difficile. Merci d'avoir fait vite"],
        "de": ["Sorry für gestern, war ein langer Tag. Danke fürs schnelle Lösen"],
        "it": ["Scusate per ieri, giornata pesante. Grazie per la rapidità"],
        "es": ["Perdón por lo de ayer, mal día. Gracias por la rapidez"],
    },
    "later": {
        "en": [
            "case {case} is STILL open and nothing has changed",
            "writing again about {case}, still not fixed",
        ],
        "pt": [
            "o processo {case} continua aberto e nada mudou",
            "volto a escrever sobre o {case}, ainda nada",
        ],
        "fr": ["le dossier {case} est TOUJOURS ouvert, rien n'a changé"],
        "de": ["Vorgang {case} ist IMMER NOCH offen, nichts passiert"],
        "it": ["la pratica {case} è ANCORA aperta, niente è cambiato"],
        "es": ["la incidencia {case} SIGUE abierta y nada ha cambiado"],
    },
    "third": {
        "en": [
            "third time about {case}. a friend rides with {comp} and they sort this the same day"
        ],
        "pt": ["terceira vez sobre o {case}. uma amiga anda de {comp} e resolvem no proprio dia"],
        "fr": ["troisième fois pour {case}. une amie est chez {comp}, ils règlent ça le jour même"],
        "de": ["drittes Mal wegen {case}. Eine Freundin fährt {comp}, die lösen das am selben Tag"],
        "it": ["terza volta per {case}. un'amica usa {comp} e lo risolvono in giornata"],
        "es": ["tercera vez por {case}. una amiga va con {comp} y lo arreglan el mismo día"],
    },
    "fourth": {
        "en": ["FOURTH time about {case}. Still open."],
        "pt": ["QUARTA vez sobre o {case}. Continua aberto."],
        "fr": ["QUATRIÈME fois pour {case}. Toujours ouvert."],
        "de": ["VIERTES Mal wegen {case}. Immer noch offen."],
        "it": ["QUARTA volta per {case}. Ancora aperta."],
        "es": ["CUARTA vez por {case}. Sigue abierta."],
    },
    "urgent": {
        "en": ["Added to your case {case} and marked urgent."],
        "pt": ["Acrescentado ao processo {case} e marcado urgente."],
        "fr": ["Ajouté au dossier {case}, marqué urgent."],
        "de": ["Zum Vorgang {case} hinzugefügt, als dringend markiert."],
        "it": ["Aggiunto alla pratica {case}, segnata urgente."],
        "es": ["Añadido a la incidencia {case}, marcada urgente."],
    },
    "slide": {
        "en": [
            "bike came three hours late and nobody rang",
            "the kids' seat belt buckle is cracked and the battery was half charged",
            "now the app wants a photo of every part when I hand the bike back??",
            "deposit taken twice and a week to release it",
            "£30 'cleaning fee' for a bike I returned spotless, with your own app's photos. FURIOUS",
            "my sister rides with {comp}, I've booked their box bike from Saturday",
        ],
        "pt": [
            "a bicicleta chegou tres horas atrasada e ninguem ligou",
            "a fivela da cadeirinha esta rachada e a bateria a meio",
            "agora a app pede foto de cada peca na devolucao??",
            "caucao cobrada duas vezes e uma semana para libertar",
            "35 € de 'taxa de limpeza' por uma bicicleta devolvida impecavel. FURIOSA",
            "a minha irma anda de {comp}, ja reservei la a partir de sabado",
        ],
        "fr": [
            "vélo livré trois heures en retard sans appel",
            "boucle du siège enfant fissurée, batterie à moitié",
            "l'appli veut une photo de chaque pièce au retour ??",
            "caution prise deux fois, une semaine pour la libérer",
            "35 € de 'frais de nettoyage' pour un vélo rendu impeccable. FURIEUSE",
            "ma sœur est chez {comp}, j'ai réservé chez eux pour samedi",
        ],
        "de": [
            "Rad drei Stunden zu spät, kein Anruf",
            "Gurtschloss am Kindersitz gerissen, Akku halb voll",
            "jetzt will die App ein Foto von jedem Teil bei der Rückgabe??",
            "Kaution doppelt und eine Woche bis zur Freigabe",
            "35 € 'Reinigungsgebühr' für ein sauberes Rad. WÜTEND",
            "meine Schwester fährt {comp}, ab Samstag hab ich dort gebucht",
        ],
        "it": [
            "bici arrivata con tre ore di ritardo senza chiamata",
            "fibbia del seggiolino crepata, batteria a metà",
            "ora l'app vuole una foto di ogni pezzo alla riconsegna??",
            "deposito preso due volte e una settimana per sbloccarlo",
            "35 € di 'pulizia' per una bici resa pulitissima. FURIOSA",
            "mia sorella usa {comp}, ho prenotato da loro da sabato",
        ],
        "es": [
            "la bici llegó tres horas tarde y nadie llamó",
            "la hebilla de la sillita rota y la batería a medias",
            "¿¿ahora la app pide foto de cada pieza al devolverla??",
            "fianza cobrada dos veces y una semana para liberarla",
            "35 € de 'limpieza' por una bici devuelta impecable. FURIOSA",
            "mi hermana va con {comp}, ya he reservado con ellos desde el sábado",
        ],
    },
    "cancel": {
        "en": [
            "We've moved to a flat by the station and don't need the bike any more. Please cancel my Cargolino Plus and close the account."
        ],
        "pt": [
            "Mudamos para perto do trabalho e ja nao precisamos da bicicleta. Cancelem o Cargolino Plus e fechem a conta, por favor."
        ],
        "fr": ["Nous déménageons, merci d'annuler Cargolino Plus et de fermer mon compte."],
        "de": ["Wir ziehen um, bitte Cargolino Plus kündigen und das Konto schließen."],
        "it": ["Ci trasferiamo, vi prego di disdire Cargolino Plus e chiudere l'account."],
        "es": ["Nos mudamos, por favor cancelad Cargolino Plus y cerrad la cuenta."],
    },
    "sorry_go": {
        "en": [
            "Sorry to see you go. You can cancel yourself in the app or on the website under Membership."
        ],
        "pt": ["Lamentamos a saida. Pode cancelar na app ou no site em Assinatura."],
        "fr": ["Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site."],
        "de": ["Schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website."],
        "it": ["Ci dispiace vederla andare. Può disdire dall'app o dal sito."],
        "es": ["Sentimos que te vayas. Puedes cancelar en la app o en la web."],
    },
    "grumble": {
        "en": [
            "app logged me out AGAIN",
            "the 'return due in 2 hours' text at 6am, really?",
            "another 30 minute queue at the battery swap",
        ],
        "pt": [
            "a app fez logout OUTRA vez",
            "mensagem as 6 da manha a lembrar a devolucao, a serio?",
            "mais meia hora na fila da troca de bateria",
        ],
        "fr": ["l'appli m'a encore déconnectée"],
        "de": ["App hat mich SCHON WIEDER ausgeloggt"],
        "it": ["l'app mi ha sloggato ANCORA"],
        "es": ["la app me ha echado OTRA vez"],
    },
    "sarcasm": {
        "en": ["love that the 'express' battery came at 21:40, perfect for a night ride 👏"],
        "pt": ["adorei a bateria 'expresso' as 21:40, otimo para passeios noturnos 👏"],
        "fr": ["super la batterie 'express' livrée à 21h40 👏"],
        "de": ["toll, der 'Express'-Akku um 21:40 👏"],
        "it": ["bellissima la batteria 'express' alle 21:40 👏"],
        "es": ["genial la batería 'exprés' a las 21:40 👏"],
    },
    "mild": {
        "en": ["the station map shows the wrong city when I open it"],
        "pt": ["o mapa de estacoes abre na cidade errada"],
        "fr": ["la carte des stations s'ouvre sur la mauvaise ville"],
        "de": ["die Stationskarte zeigt die falsche Stadt"],
        "it": ["la mappa delle stazioni mostra la città sbagliata"],
        "es": ["el mapa de estaciones abre en otra ciudad"],
    },
    "mild_a": {
        "en": ["Thanks, we've passed that to the app team."],
        "pt": ["Obrigado, passamos a equipa da app."],
        "fr": ["Merci, transmis à l'équipe de l'appli."],
        "de": ["Danke, an das App-Team weitergegeben."],
        "it": ["Grazie, girato al team dell'app."],
        "es": ["Gracias, lo pasamos al equipo de la app."],
    },
    "spike": {
        "en": [
            "bike stuck at walking pace since this morning, app says MTR-716",
            "motor won't assist past 6 km/h, halfway up the hill with two kids in the box",
            "Cargolino assist has gone completely weird, crawling along, anyone else?",
        ],
        "pt": [
            "a bicicleta nao passa dos 6 km/h desde hoje de manha, a app diz MTR-716",
            "o motor deixou de ajudar, subida com os miudos a pe",
            "alguem mais com a Cargolino a arrastar-se hoje?",
        ],
        "fr": [
            "le vélo plafonne à 6 km/h, erreur MTR-716 dans l'appli",
            "l'assistance ne marche plus au-delà de l'allure d'un piéton",
        ],
        "de": [
            "Rad fährt nur noch Schritttempo, App zeigt MTR-716",
            "Motor unterstützt nicht mehr über 6 km/h",
        ],
        "it": [
            "la bici va a passo d'uomo, errore MTR-716 nell'app",
            "il motore non aiuta più oltre i 6 km/h",
        ],
        "es": [
            "la bici no pasa de 6 km/h, la app dice MTR-716",
            "el motor ya no asiste, vamos a paso de peatón",
        ],
    },
    "spike_again": {
        "en": ["still MTR-716 after turning it off and on, and my partner's bike does the same"],
        "pt": ["continua MTR-716 depois de desligar e ligar, e a do meu marido igual"],
        "fr": ["toujours MTR-716 après redémarrage"],
        "de": ["immer noch MTR-716 nach Neustart"],
        "it": ["ancora MTR-716 dopo il riavvio"],
        "es": ["sigue MTR-716 después de reiniciar"],
    },
    "spike_chat_a": {
        "en": [
            "Yes, assist is limited on many bikes right now after an update, our engineers are on it."
        ],
        "pt": [
            "Sim, a assistencia esta limitada em muitas bicicletas apos uma atualizacao, estamos a tratar."
        ],
        "fr": [
            "Oui, l'assistance est limitée sur beaucoup de vélos après une mise à jour, on s'en occupe."
        ],
        "de": [
            "Ja, nach einem Update ist die Unterstützung bei vielen Rädern begrenzt, wir sind dran."
        ],
        "it": [
            "Sì, dopo un aggiornamento l'assistenza è limitata su molte bici, ci stiamo lavorando."
        ],
        "es": [
            "Sí, tras una actualización la asistencia está limitada en muchas bicis, estamos en ello."
        ],
    },
    "spike_fixed": {
        "en": ["Full assist is back since 11:40. Today's fee is on us, £9 credit added."],
        "pt": [
            "A assistencia voltou ao normal desde as 10:40. O dia de hoje e por nossa conta, 10 € de credito."
        ],
        "fr": ["L'assistance fonctionne à nouveau depuis 11h40. 10 € de crédit ajoutés."],
        "de": ["Die Unterstützung läuft wieder seit 11:40. 10 € Guthaben gutgeschrieben."],
        "it": ["L'assistenza funziona di nuovo dalle 11:40. 10 € di credito aggiunti."],
        "es": ["La asistencia vuelve a funcionar desde las 11:40. 10 € de crédito añadidos."],
    },
    "lone_q": {
        "en": ["the app asked to update the bike overnight, is it safe to ride tomorrow morning?"],
        "pt": ["a app pediu para atualizar a bicicleta esta noite, posso andar amanha?"],
        "fr": ["l'appli propose une mise à jour du vélo cette nuit, je peux rouler demain ?"],
        "de": ["die App will das Rad heute Nacht updaten, kann ich morgen fahren?"],
        "it": ["l'app chiede di aggiornare la bici stanotte, posso usarla domani?"],
        "es": ["la app pide actualizar la bici esta noche, ¿puedo usarla mañana?"],
    },
    "lone_a": {
        "en": ["Yes, the update runs while it charges, ride as normal."],
        "pt": ["Sim, a atualizacao corre enquanto carrega, pode andar normalmente."],
        "fr": ["Oui, la mise à jour se fait pendant la charge."],
        "de": ["Ja, das Update läuft beim Laden, ganz normal fahren."],
        "it": ["Sì, l'aggiornamento avviene in carica, può usarla normalmente."],
        "es": ["Sí, se actualiza mientras carga, úsala con normalidad."],
    },
    # business arm (Cargolino Pro)
    "b2b_problem": {
        "en": [
            "Our invoices still carry the old company name and no PO number, finance can't pay them",
            "Portal shows no bikes on hire so we can't off-hire and the bill runs on",
        ],
        "pt": [
            "As faturas continuam com o nome antigo e sem numero de encomenda",
            "O portal nao mostra bicicletas alugadas e nao conseguimos devolver",
        ],
        "fr": ["Nos factures portent l'ancien nom et pas de bon de commande"],
        "de": ["Unsere Rechnungen tragen den alten Firmennamen und keine Bestellnummer"],
        "it": ["Le fatture riportano il vecchio nome e nessun numero d'ordine"],
        "es": ["Las facturas llevan el nombre antiguo y sin número de pedido"],
    },
    "b2b_follow": {
        "en": ["{name} already wrote about this on Monday, case {case}. Same problem for me."],
        "pt": ["O {name} ja escreveu sobre isto, processo {case}. O mesmo comigo."],
        "fr": ["{name} a déjà écrit, dossier {case}. Même problème ici."],
        "de": ["{name} hat schon geschrieben, Vorgang {case}. Bei mir dasselbe."],
        "it": ["{name} ha già scritto, pratica {case}. Stesso problema."],
        "es": ["{name} ya escribió, incidencia {case}. Lo mismo aquí."],
    },
    "b2b_last": {
        "en": [
            "case {case} still not fixed and several of us have written. procurement has asked {comp} for their rates"
        ],
        "pt": ["o processo {case} continua por resolver. as compras ja pediram precos a {comp}"],
        "fr": ["dossier {case} toujours pas réglé, les achats ont demandé les tarifs de {comp}"],
        "de": ["Vorgang {case} immer noch nicht gelöst, der Einkauf hat {comp} angefragt"],
        "it": ["pratica {case} ancora aperta, gli acquisti hanno chiesto i prezzi a {comp}"],
        "es": ["la incidencia {case} sigue sin resolver, compras ha pedido precios a {comp}"],
    },
    "b2b_suggest": {
        "en": ["Suggestion: could the portal export hire costs by project code?"],
        "pt": ["Sugestao: o portal podia exportar custos por codigo de projeto?"],
        "fr": ["Suggestion : exporter les coûts par code projet dans le portail ?"],
        "de": ["Vorschlag: Kosten im Portal nach Projektcode exportieren?"],
        "it": ["Suggerimento: esportare i costi per codice progetto dal portale?"],
        "es": ["Sugerencia: ¿exportar costes por código de proyecto en el portal?"],
    },
}

PRODUCTS = ["Box bike, month", "Longtail, month", "Spare battery, week", "Trike, weekend"]
COMPETITORS = ["Bakfiro", "Trasporta"]
