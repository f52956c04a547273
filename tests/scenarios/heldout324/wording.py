"""Wording of heldout324 (Brikolo: building-brick set rental by post), written by hand."""
# ruff: noqa: E501

from __future__ import annotations

LANGS = ["fr", "es", "de", "en", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "de": ["DE", "AT"],
    "en": ["UK", "IE"],
    "it": ["IT"],
    "pt": ["PT"],
}
COMPETITORS = ["Steinbox", "Mattonella"]
FIRST = {
    "fr": ["Camille", "Julien", "Manon", "Théo", "Élodie", "Mathis", "Inès", "Hugo"],
    "es": ["Lucía", "Javier", "Marta", "Álvaro", "Nerea", "Iñigo", "Rocío", "Pablo"],
    "de": ["Jana", "Lukas", "Svenja", "Moritz", "Heike", "Jörg"],
    "en": ["Aisling", "Tom", "Priya", "Gareth", "Niamh", "Owen"],
    "it": ["Chiara", "Davide", "Giulia", "Matteo", "Federica", "Luca"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Joana", "Gonçalo"],
}
LAST = {
    "fr": ["Lefebvre", "Moreau", "Garnier", "Roussel", "Perrin", "Chevalier"],
    "es": ["Ortega", "Navarro", "Iglesias", "Castro", "Serrano", "Pascual"],
    "de": ["Krüger", "Hoffmann", "Vogel", "Lange", "Brandl", "Seidel"],
    "en": ["Walsh", "Hughes", "Doyle", "Patel", "Evans", "Kerr"],
    "it": ["Ferri", "Gallo", "Marini", "Testa", "Rinaldi", "Conti"],
    "pt": ["Ferreira", "Lopes", "Pinto", "Teixeira", "Moura", "Sousa"],
}
SETS = [
    "Castle 1200 pcs",
    "Space station 900 pcs",
    "Harbour crane 750 pcs",
    "Steam train 1400 pcs",
    "Treehouse 600 pcs",
    "Race car 500 pcs",
]

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "fr": [
            "Le château est arrivé complet, pas une pièce manquante, les enfants ont construit tout le week-end. Merci Brikolo !",
            "Troisième boîte Brikolo ce mois-ci et toujours aussi propre, les sachets triés par étape, top",
            "Ma fille a fini la station spatiale en deux soirs, on a déjà choisi la prochaine. Génial ce concept",
        ],
        "es": [
            "Ha llegado el barco pirata con todas las piezas, mis hijos no han parado en todo el finde. Gracias Brikolo!",
            "Otra vez el tren de vapor impecable, bolsitas por fases y las instrucciones limpias. Encantada",
            "Tercer set este mes y ni una pieza perdida. Brikolo es lo mejor que hemos contratado este año",
        ],
        "de": [
            "Die Burg kam vollständig an, die Kinder haben das ganze Wochenende gebaut. Danke Brikolo!",
            "Schon wieder ein perfekt sortiertes Set, jede Tüte nach Bauabschnitt. Super",
        ],
        "en": [
            "Harbour crane arrived complete and spotless, the kids built it in a day. Love Brikolo",
            "Third box this month and still not one piece missing, brilliant service",
        ],
        "it": [
            "La gru del porto è arrivata completa, i bimbi ci hanno passato il weekend. Grazie Brikolo!",
            "Terzo set del mese e ancora nessun pezzo mancante, bravissimi",
        ],
        "pt": [
            "O castelo chegou completo e limpinho, os miúdos passaram o fim de semana a montar. Obrigada Brikolo!",
            "Terceira caixa este mês e nem uma peça em falta, adoro",
        ],
    },
    "question": {
        "fr": [
            "Bonjour, si on perd deux ou trois pièces, c'est facturé comment ?",
            "On peut garder le train une semaine de plus avec l'abonnement Club ?",
            "Le bon de retour est dans la boîte ou je dois l'imprimer ?",
        ],
        "es": [
            "Hola, si se pierden un par de piezas cómo se cobra?",
            "Con el Club puedo quedarme el castillo una semana más?",
            "La etiqueta de devolución viene en la caja o hay que imprimirla?",
        ],
        "de": [
            "Hallo, was kostet es, wenn zwei, drei Steine fehlen?",
            "Kann ich mit dem Club das Set eine Woche länger behalten?",
        ],
        "en": [
            "Hi, how do you charge if we lose a couple of pieces?",
            "Can Club members keep a set an extra week?",
        ],
        "it": [
            "Ciao, se perdiamo due o tre pezzi come funziona?",
            "Con il Club posso tenere il set una settimana in più?",
        ],
        "pt": [
            "Olá, se perdermos duas ou três peças como é cobrado?",
            "Com o Club posso ficar com o set mais uma semana?",
        ],
    },
    "answer": {
        "fr": [
            "Bonjour ! Jusqu'à 5 petites pièces manquantes, c'est offert. Au-delà, 0,10 € la pièce. Bonne construction !",
            "Bonjour, oui : avec Brikolo Club vous pouvez prolonger de 7 jours depuis l'appli, sans frais.",
        ],
        "es": [
            "Hola! Hasta 5 piezas pequeñas no se cobra nada; a partir de ahí, 0,10 € por pieza. A construir!",
            "Hola, sí: con Brikolo Club puedes ampliar 7 días desde la app sin coste.",
        ],
        "de": [
            "Hallo! Bis zu 5 kleine Teile sind kostenlos, danach 0,10 € pro Teil.",
            "Hallo, ja: mit Brikolo Club verlängern Sie in der App um 7 Tage, kostenlos.",
        ],
        "en": [
            "Hi! Up to 5 small pieces are free, then 10p a piece.",
            "Hi, yes: Brikolo Club lets you extend by 7 days in the app at no cost.",
        ],
        "it": [
            "Ciao! Fino a 5 pezzi piccoli non si paga nulla, poi 0,10 € a pezzo.",
            "Ciao, sì: con Brikolo Club puoi prolungare di 7 giorni dall'app gratis.",
        ],
        "pt": [
            "Olá! Até 5 peças pequenas não se paga nada, depois 0,10 € por peça.",
            "Olá, sim: com o Brikolo Club pode prolongar 7 dias na app sem custo.",
        ],
    },
    "thanks": {
        "fr": ["Super merci !", "Parfait, merci beaucoup", "ok top merci"],
        "es": ["Genial, gracias!", "Perfecto, mil gracias", "vale graciass"],
        "de": ["Super, danke!", "Perfekt, vielen Dank"],
        "en": ["Great, thanks!", "Perfect, cheers"],
        "it": ["Perfetto, grazie!", "Ottimo grazie mille"],
        "pt": ["Ótimo, obrigado!", "Perfeito, obg"],
    },
    "night_post": {
        "fr": [
            "2h du matin et je finis le phare Brikolo en douce pendant que tout le monde dort 😅",
            "Insomnie = dernière étape de la grue. Brikolo me sauve mes nuits",
        ],
        "es": [
            "Las 3 de la mañana y yo terminando el faro de Brikolo a escondidas 😅",
            "Turno de noche acabado, ahora a montar la estación espacial de Brikolo un rato",
        ],
        "de": ["2 Uhr nachts und ich baue heimlich den Leuchtturm von Brikolo fertig 😅"],
        "en": ["2am and I'm quietly finishing the Brikolo lighthouse while everyone sleeps 😅"],
        "it": ["Le due di notte e sto finendo il faro di Brikolo di nascosto 😅"],
        "pt": ["Duas da manhã e eu a acabar o farol da Brikolo às escondidas 😅"],
    },
    "night_q": {
        "fr": [
            "Je peux déposer la boîte retour dans n'importe quel point relais, même la nuit en consigne ?"
        ],
        "es": ["Puedo dejar la caja de devolución en cualquier taquilla aunque sea de noche?"],
        "de": ["Kann ich den Rückversandkarton nachts in jede Packstation legen?"],
        "en": ["Can I drop the return box at any parcel locker at night?"],
        "it": ["Posso lasciare la scatola di reso in un locker anche di notte?"],
        "pt": ["Posso deixar a caixa de devolução num cacifo à noite?"],
    },
    "night_a": {
        "fr": ["Oui, toutes les consignes du réseau acceptent nos retours 24h/24."],
        "es": ["Sí, todas las taquillas de la red aceptan nuestras devoluciones las 24 horas."],
        "de": ["Ja, alle Packstationen nehmen unsere Rücksendungen rund um die Uhr an."],
        "en": ["Yes, every locker in the network takes our returns around the clock."],
        "it": ["Sì, tutti i locker della rete accettano i nostri resi 24 ore su 24."],
        "pt": ["Sim, todos os cacifos da rede aceitam as nossas devoluções 24 horas."],
    },
    "survey_word": {
        "fr": ["Top", "Parfait", "", "👍"],
        "es": ["Genial", "Perfecto", "", "👍"],
        "de": ["Top", "", "👍"],
        "en": ["Spot on", "", "👍"],
        "it": ["Ottimo", "", "👍"],
        "pt": ["Ótimo", "", "👍"],
    },
    "low_word": {
        "fr": ["Déçue", "", "Bof"],
        "es": ["Fatal", "", "Mal"],
        "de": ["Schlecht", ""],
        "en": ["Poor", ""],
        "it": ["Pessimo", ""],
        "pt": ["Mau", ""],
    },
    "case_opened": {
        "fr": [
            "Bonjour, nous sommes désolés. Votre demande {case} est ouverte, nous revenons vers vous très vite."
        ],
        "es": [
            "Hola, lo sentimos mucho. Hemos abierto la incidencia {case} y te respondemos enseguida."
        ],
        "de": ["Hallo, das tut uns leid. Ihr Vorgang {case} ist eröffnet, wir melden uns schnell."],
        "en": ["Hello, we're sorry. Your case {case} is open and we'll be back to you shortly."],
        "it": [
            "Buongiorno, ci dispiace. La segnalazione {case} è aperta, la ricontattiamo presto."
        ],
        "pt": ["Olá, lamentamos. O pedido {case} está aberto e respondemos em breve."],
    },
    "good_news": {
        "fr": [
            "Bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer ?"
        ],
        "es": ["Buenas noticias sobre la incidencia {case}: está resuelta. Nos lo confirmas?"],
        "de": ["Gute Nachricht zu Vorgang {case}: erledigt. Können Sie das bestätigen?"],
        "en": ["Good news on case {case}: it's sorted on our side. Could you confirm?"],
        "it": ["Buone notizie sulla segnalazione {case}: risolta. Ce lo conferma?"],
        "pt": ["Boas notícias sobre o pedido {case}: está resolvido. Pode confirmar?"],
    },
    "confirm": {
        "fr": ["Confirmé pour {case}, tout est bon, merci"],
        "es": ["Confirmado lo de {case}, todo bien, gracias"],
        "de": ["Bestätigt, {case} ist erledigt, danke"],
        "en": ["Confirmed, {case} is fine now, thanks"],
        "it": ["Confermo, {case} risolta, grazie"],
        "pt": ["Confirmo, {case} resolvido, obrigado"],
    },
    "escalated": {
        "fr": [
            "Votre demande {case} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi."
        ],
        "es": [
            "Tu incidencia {case} ya la lleva nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
        ],
        "de": [
            "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
        ],
        "en": [
            "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
        ],
        "it": [
            "La segnalazione {case} è ora alla nostra responsabile qualità, che la chiama entro venerdì a pranzo."
        ],
        "pt": [
            "O pedido {case} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço."
        ],
    },
    "apology": {
        "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite"],
        "es": [
            "Perdón por el mensaje de ayer, estaba muy quemada. Gracias por arreglarlo tan rápido"
        ],
        "de": ["Sorry für meine Nachricht gestern, war echt genervt. Danke fürs schnelle Lösen"],
        "en": ["Sorry about my message yesterday, I'd had a day. Thanks for sorting it so fast"],
        "it": ["Scusate il messaggio di ieri, ero esausta. Grazie per la rapidità"],
        "pt": ["Desculpem a mensagem de ontem, estava farta. Obrigada por resolverem tão depressa"],
    },
}

# The six consumer problems: (key, words per language).
PROBLEMS: dict[str, dict[str, list[str]]] = {
    "missing_pieces": {
        "fr": [
            "Il manque 140 pièces dans le château, deux sachets entiers vides. On est bloqués à l'étape 12, les enfants pleurent.",
            "Sachets 7 et 8 absents du coffret, impossible d'avancer. C'est inadmissible pour 29 € par mois.",
        ],
        "es": [
            "Faltan DOS bolsas enteras del castillo, estamos atascados en el paso 12 y los niños llorando.",
            "El set vino sin las bolsas 7 y 8, no se puede seguir. Para 29 € al mes es una vergüenza.",
        ],
        "de": [
            "Im Set fehlen zwei komplette Tüten, wir hängen bei Schritt 12 fest. Für 29 € im Monat eine Frechheit."
        ],
        "en": [
            "Two whole bags are missing from the castle, we're stuck at step 12 and the kids are in tears."
        ],
        "it": [
            "Mancano DUE sacchetti interi del castello, siamo fermi al passo 12. Per 29 € al mese è inaccettabile."
        ],
        "pt": [
            "Faltam dois sacos inteiros do castelo, estamos parados no passo 12 e os miúdos a chorar."
        ],
    },
    "lost_fee": {
        "fr": [
            "On me facture 38 € de pièces perdues alors que j'ai renvoyé la boîte COMPLÈTE, pesée avant envoi.",
            "38 € de « pièces manquantes » prélevés sans explication, j'avais tout compté deux fois.",
        ],
        "es": [
            "Me habéis cobrado 38 € por piezas perdidas y devolví la caja COMPLETA, la pesé antes de enviarla.",
            "38 € de piezas que supuestamente faltan, cobrados sin explicación. Las conté dos veces.",
        ],
        "de": [
            "Mir wurden 38 € für fehlende Teile abgebucht, obwohl ich die Box VOLLSTÄNDIG zurückgeschickt habe."
        ],
        "en": [
            "You've charged me £33 for lost pieces when I sent the box back COMPLETE, weighed before posting."
        ],
        "it": [
            "Mi avete addebitato 38 € di pezzi persi ma ho restituito la scatola COMPLETA, pesata prima."
        ],
        "pt": [
            "Cobraram-me 38 € por peças perdidas e eu devolvi a caixa COMPLETA, pesei antes de enviar."
        ],
    },
    "dirty_set": {
        "fr": [
            "Les briques sont arrivées collantes et pleines de poils, on dirait que personne ne les a lavées. Dégoûtant.",
            "Set reçu sale, des miettes et du jus séché sur les plaques. Je ne laisse pas mon fils de 4 ans toucher ça.",
        ],
        "es": [
            "Las piezas han llegado pegajosas y llenas de pelos, nadie las ha lavado. Un asco.",
            "Set sucio, con migas y zumo seco en las placas. Mi hijo de 4 años no toca eso.",
        ],
        "de": [
            "Die Steine kamen klebrig und voller Haare an, offensichtlich nicht gereinigt. Ekelhaft."
        ],
        "en": ["The bricks arrived sticky and full of hair, clearly never washed. Disgusting."],
        "it": ["I mattoncini sono arrivati appiccicosi e pieni di peli, mai lavati. Che schifo."],
        "pt": ["As peças chegaram pegajosas e cheias de pelos, ninguém as lavou. Nojento."],
    },
    "not_arrived": {
        "fr": [
            "Colis marqué livré samedi, rien reçu, ni chez moi ni chez les voisins. L'anniversaire c'était dimanche.",
            "Le suivi dit « livré » depuis trois jours et je n'ai RIEN. Le cadeau d'anniversaire est raté.",
        ],
        "es": [
            "El paquete pone ENTREGADO desde el sábado y aquí no ha llegado nada. El cumple era el domingo.",
            "Tres días con el seguimiento en entregado y ni rastro. Regalo de cumpleaños arruinado.",
        ],
        "de": [
            "Paket steht seit Samstag auf ZUGESTELLT, hier ist nichts angekommen. Der Geburtstag war Sonntag."
        ],
        "en": [
            "Parcel marked delivered on Saturday, nothing here, not at the neighbours either. The birthday was Sunday."
        ],
        "it": [
            "Il pacco risulta consegnato da sabato ma non è arrivato niente. Il compleanno era domenica."
        ],
        "pt": [
            "A encomenda diz entregue desde sábado e não chegou nada. O aniversário era domingo."
        ],
    },
    "double_charge": {
        "fr": [
            "L'abonnement Club m'a été prélevé DEUX fois ce mois-ci, 58 € au lieu de 29 €.",
            "Double prélèvement du Club, mon compte est à découvert à cause de vous.",
        ],
        "es": [
            "Me habéis cobrado el Club DOS veces este mes, 58 € en vez de 29 €.",
            "Cobro doble del Club y me he quedado en números rojos por vuestra culpa.",
        ],
        "de": ["Der Club-Beitrag wurde ZWEIMAL abgebucht, 58 € statt 29 €."],
        "en": ["My Club fee was taken TWICE this month, £50 instead of £25."],
        "it": ["Mi avete addebitato il Club DUE volte questo mese, 58 € invece di 29 €."],
        "pt": ["Cobraram o Club DUAS vezes este mês, 58 € em vez de 29 €."],
    },
    "wrong_set": {
        "fr": [
            "J'avais réservé le train à vapeur, j'ai reçu un set bébé de 60 pièces. Mon fils a 10 ans.",
            "Mauvais set envoyé, encore. On attendait la grue depuis un mois.",
        ],
        "es": [
            "Reservé el tren de vapor y me llega un set de bebé de 60 piezas. Mi hijo tiene 10 años.",
            "Otra vez el set equivocado, llevábamos un mes esperando la grúa.",
        ],
        "de": [
            "Bestellt war die Dampflok, gekommen ist ein Babyset mit 60 Teilen. Mein Sohn ist 10."
        ],
        "en": ["I booked the steam train and got a 60-piece toddler set. My son is ten."],
        "it": [
            "Avevo prenotato il treno a vapore, è arrivato un set da 60 pezzi per neonati. Mio figlio ha 10 anni."
        ],
        "pt": [
            "Reservei o comboio a vapor e recebi um set de bebé de 60 peças. O meu filho tem 10 anos."
        ],
    },
}
SUBJECT = {
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}
RE = {
    "fr": "RE : Demande {case}",
    "es": "RE: Incidencia {case}",
    "de": "AW: Vorgang {case}",
    "en": "Re: Your case {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
LONG_OPEN = {
    "fr": "Bonjour,\n\nJe vous écris depuis le parking du cabinet du kiné, entre deux rendez-vous de ma mère, donc pardon si c'est décousu. Nous sommes abonnés depuis un an et jusque-là tout allait bien.\n\n",
    "es": "Buenas tardes:\n\nOs escribo desde la sala de espera del pediatra con el pequeño en brazos, así que perdonad si me enrollo. Somos socios del Club desde hace un año y hasta ahora todo perfecto.\n\n",
}
LONG_CLOSE = {
    "fr": "\n\nJ'aimerais une solution rapide, sinon je réfléchirai sérieusement à la suite.\n\nCordialement,\n",
    "es": "\n\nEspero una solución pronto, porque así no se puede.\n\nUn saludo,\n",
}
REPEAT = {
    "fr": [
        "Toujours rien pour {case}, c'est la deuxième fois que j'écris et le problème est toujours là.",
        "Troisième message pour {case}. Une amie passe par {comp} et eux règlent ça dans la journée.",
        "QUATRIÈME fois pour {case}. Toujours pas réglé.",
    ],
    "es": [
        "Sigo igual con la incidencia {case}, es la segunda vez que escribo y sigue sin arreglarse.",
        "Tercera vez con {case}. Una amiga alquila en {comp} y allí lo solucionan el mismo día.",
        "CUARTA vez con {case}. Sigue sin resolverse.",
    ],
    "de": [
        "Immer noch nichts zu {case}, zweite Nachricht, das Problem besteht weiter.",
        "Dritte Nachricht zu {case}. Eine Freundin leiht bei {comp}, die lösen so was am selben Tag.",
        "Zum VIERTEN Mal {case}. Immer noch offen.",
    ],
    "en": [
        "Still nothing on {case}, second time I'm writing and it's still not fixed.",
        "Third message about {case}. A friend rents from {comp} and they sort this the same day.",
        "FOURTH time about {case}. Still open.",
    ],
    "it": [
        "Ancora niente per {case}, seconda volta che scrivo e il problema resta.",
        "Terzo messaggio per {case}. Un'amica noleggia da {comp} e loro risolvono in giornata.",
        "QUARTA volta per {case}. Ancora aperta.",
    ],
    "pt": [
        "Continua tudo igual com {case}, é a segunda vez que escrevo e não está resolvido.",
        "Terceira mensagem sobre {case}. Uma amiga aluga na {comp} e lá resolvem no mesmo dia.",
        "QUARTA vez sobre {case}. Continua aberto.",
    ],
}
SLIDE = {
    "fr": [
        "Colis arrivé avec deux jours de retard, sans prévenir.",
        "Encore des pièces abîmées dans la boîte, des plaques fendues.",
        "Le service client met trois jours à répondre maintenant.",
        "On me demande une photo de chaque sachet au retour, sérieusement ?",
        "15 € de « frais de tri » pour un set renvoyé trié à la pièce près. C'est du vol.",
        "Ma sœur loue chez {comp}, je viens de réserver là-bas pour les vacances.",
    ],
    "es": [
        "El paquete llegó dos días tarde y sin avisar.",
        "Otra vez piezas rotas en la caja, placas rajadas.",
        "Atención al cliente tarda tres días en contestar ahora.",
        "Ahora piden foto de cada bolsa al devolver, en serio?",
        "15 € de 'gastos de clasificación' por un set devuelto ordenado pieza a pieza. Un robo.",
        "Mi hermana alquila en {comp}, ya he reservado allí para las vacaciones.",
    ],
    "de": [
        "Paket zwei Tage zu spät, ohne Info.",
        "Wieder kaputte Teile in der Box, gesprungene Platten.",
        "Der Kundenservice braucht jetzt drei Tage.",
        "Jetzt soll ich jede Tüte beim Rückversand fotografieren?",
        "15 € Sortiergebühr für ein perfekt sortiertes Set. Abzocke.",
        "Meine Schwester leiht bei {comp}, hab für die Ferien dort gebucht.",
    ],
    "en": [
        "Parcel two days late, no warning.",
        "Broken pieces in the box again, cracked base plates.",
        "Customer service takes three days to answer now.",
        "Now they want a photo of every bag on return, seriously?",
        "£13 'sorting fee' for a set I sent back sorted to the last piece. Daylight robbery.",
        "My sister rents from {comp}, I've just booked there for the holidays.",
    ],
    "it": [
        "Pacco arrivato con due giorni di ritardo, senza avviso.",
        "Ancora pezzi rotti nella scatola, basi crepate.",
        "Il servizio clienti ora risponde dopo tre giorni.",
        "Adesso vogliono una foto di ogni sacchetto al reso, davvero?",
        "15 € di 'costi di smistamento' per un set reso in ordine perfetto. Un furto.",
        "Mia sorella noleggia da {comp}, ho già prenotato lì per le vacanze.",
    ],
    "pt": [
        "A encomenda chegou dois dias atrasada, sem aviso.",
        "Outra vez peças partidas na caixa, placas rachadas.",
        "O apoio ao cliente agora demora três dias.",
        "Agora pedem foto de cada saco na devolução, a sério?",
        "15 € de 'taxa de triagem' por um set devolvido arrumado peça a peça. Um roubo.",
        "A minha irmã aluga na {comp}, já reservei lá para as férias.",
    ],
}
CANCEL = {
    "fr": "Bonjour, les enfants ont grandi et ne construisent plus. Je souhaite résilier Brikolo Club et fermer mon compte.",
    "es": "Hola, los niños ya son mayores y no montan. Quiero darme de baja de Brikolo Club y cerrar la cuenta.",
    "de": "Hallo, die Kinder sind rausgewachsen. Bitte Brikolo Club kündigen und mein Konto schließen.",
    "en": "Hi, the kids have outgrown it. I want to cancel Brikolo Club and close my account.",
    "it": "Salve, i bambini sono cresciuti. Voglio disdire Brikolo Club e chiudere l'account.",
    "pt": "Olá, os miúdos cresceram. Quero cancelar o Brikolo Club e fechar a conta.",
}
SORRY_GO = {
    "fr": "Désolés de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site.",
    "es": "Sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web.",
    "de": "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
    "it": "Ci dispiace vederla andare. Può disdire da sola nell'app o sul sito.",
    "pt": "Lamentamos vê-lo partir. Pode cancelar na app ou no site.",
}
GRUMBLE = {
    "fr": [
        "L'appli me déconnecte à chaque fois, pénible.",
        "Les notices papier sont toujours froissées.",
        "Le suivi colis n'est jamais à jour.",
    ],
    "es": [
        "La app me cierra la sesión cada vez, qué pesadez.",
        "Las instrucciones en papel siempre vienen arrugadas.",
        "El seguimiento nunca está actualizado.",
    ],
    "de": ["Die App meldet mich ständig ab, nervig."],
    "en": ["The app logs me out every single time, annoying."],
    "it": ["L'app mi disconnette ogni volta, che noia."],
    "pt": ["A app desliga-me a sessão sempre, chato."],
}
SARCASM = {
    "fr": "Bravo Brikolo, le set « complet » avec seulement 30 pièces en trop d'un autre kit 👏",
    "es": "Genial Brikolo, el set 'completo' con 30 piezas de regalo de otro kit 👏",
    "de": "Toll Brikolo, das 'vollständige' Set mit 30 Bonusteilen aus einem anderen Kit 👏",
    "en": "Nice one Brikolo, the 'complete' set came with 30 bonus pieces from another kit 👏",
    "it": "Bravi Brikolo, il set 'completo' con 30 pezzi omaggio di un altro kit 👏",
    "pt": "Boa Brikolo, o set 'completo' trouxe 30 peças de bónus de outro kit 👏",
}
MILD = {
    "fr": "Petite remarque : la recherche de sets par âge affiche des sets pour adultes.",
    "es": "Un detalle: el buscador por edad muestra sets para adultos.",
    "de": "Kleiner Hinweis: die Suche nach Alter zeigt Sets für Erwachsene.",
    "en": "Small thing: the search by age shows adult sets.",
    "it": "Piccola cosa: la ricerca per età mostra set per adulti.",
    "pt": "Pequena coisa: a pesquisa por idade mostra sets para adultos.",
}

SPIKE = {
    "fr": [
        "Impossible de commander le set suivant, le bouton Échanger affiche « erreur brk.swp.518 ». Ça fait 20 min.",
        "L'appli Brikolo plante à l'échange : brk.swp.518. On avait promis la grue aux enfants ce matin",
        "Erreur brk.swp.518 dès que je valide l'échange, sur le site aussi",
    ],
    "es": [
        "No puedo pedir el siguiente set, el botón Cambiar da 'error brk.swp.518'. Llevo 20 minutos.",
        "La app de Brikolo falla al cambiar de set: brk.swp.518. Les prometí el tren a los niños",
        "Error brk.swp.518 cada vez que confirmo el cambio, en la web igual",
    ],
    "de": [
        "Tauschen geht nicht, Fehler brk.swp.518 in der App.",
        "Brikolo zeigt beim Set-Tausch brk.swp.518, auch im Browser",
    ],
    "en": [
        "Can't order our next set, Swap button says error brk.swp.518.",
        "Brikolo app fails at swap with brk.swp.518, website too",
    ],
    "it": [
        "Non riesco a ordinare il prossimo set, errore brk.swp.518 sul pulsante Scambia.",
        "App Brikolo: brk.swp.518 a ogni scambio, anche dal sito",
    ],
    "pt": [
        "Não consigo pedir o próximo set, o botão Trocar dá erro brk.swp.518.",
        "A app da Brikolo falha na troca: brk.swp.518, no site também",
    ],
}
SPIKE_AGAIN = {
    "fr": "Toujours brk.swp.518, même depuis le téléphone de mon mari.",
    "es": "Sigue saliendo brk.swp.518, también desde el móvil de mi marido.",
    "de": "Immer noch brk.swp.518, auch am Handy meines Mannes.",
    "en": "Still brk.swp.518, on my husband's phone too.",
    "it": "Sempre brk.swp.518, anche dal telefono di mio marito.",
    "pt": "Continua brk.swp.518, também no telemóvel do meu marido.",
}
SPIKE_A = {
    "fr": "Oui, les échanges de sets échouent pour tout le monde en ce moment, nos équipes sont dessus.",
    "es": "Sí, los cambios de set fallan a todo el mundo ahora mismo, el equipo técnico está en ello.",
    "de": "Ja, der Set-Tausch schlägt gerade bei allen fehl, wir arbeiten daran.",
    "en": "Yes, set swaps are failing for everyone right now, our engineers are on it.",
    "it": "Sì, gli scambi falliscono per tutti in questo momento, ci stiamo lavorando.",
    "pt": "Sim, as trocas estão a falhar para todos neste momento, estamos a tratar.",
}
WORKS = {
    "fr": "Les échanges fonctionnent de nouveau depuis 12h10. Votre prochain set part en priorité, et un mois de Club est offert.",
    "es": "Los cambios vuelven a funcionar desde las 12:10. Tu próximo set sale con prioridad y te regalamos un mes de Club.",
    "de": "Der Tausch funktioniert wieder seit 12:10 Uhr. Ihr nächstes Set geht bevorzugt raus, ein Club-Monat ist gratis.",
    "en": "Swaps work again since 11:10. Your next set ships first and a month of Club is on us.",
    "it": "Gli scambi funzionano di nuovo dalle 12:10. Il prossimo set parte con priorità e un mese di Club è in omaggio.",
    "pt": "As trocas voltaram a funcionar desde as 11:10. O próximo set sai com prioridade e oferecemos um mês de Club.",
}
LONE_Q = {
    "fr": "Hier soir le bouton Échanger est resté grisé une minute puis a marché. Normal ?",
    "es": "Anoche el botón Cambiar estuvo gris un minuto y luego funcionó. Es normal?",
}
LONE_A = {
    "fr": "Oui, il reste grisé tant que le retour n'est pas scanné, rien d'anormal.",
    "es": "Sí, queda gris hasta que se escanea la devolución, todo normal.",
}

B2B_PROBLEMS = {
    "invoice": {
        "fr": "nos factures Brikolo Teams arrivent sans numéro de bon de commande, la compta les rejette toutes",
        "es": "las facturas de Brikolo Teams llegan sin número de pedido y contabilidad las rechaza todas",
        "de": "die Rechnungen von Brikolo Teams kommen ohne Bestellnummer, die Buchhaltung lehnt alle ab",
        "en": "the Brikolo Teams invoices come without our PO number and accounts reject every one",
        "it": "le fatture Brikolo Teams arrivano senza numero d'ordine, l'amministrazione le rifiuta",
        "pt": "as faturas da Brikolo Teams chegam sem número de encomenda e a contabilidade rejeita todas",
    },
    "kit_short": {
        "fr": "les kits d'atelier pour 40 personnes arrivent avec des bacs à moitié vides, l'atelier d'équipe tombe à l'eau",
        "es": "los kits de taller para 40 personas llegan con cajas medio vacías y el taller de equipo se cae",
        "de": "die Workshop-Kits für 40 Personen kommen mit halbleeren Boxen, der Teamworkshop platzt",
        "en": "the 40-person workshop kits arrive with half-empty tubs and the team session falls apart",
        "it": "i kit da 40 persone arrivano con vaschette mezze vuote, il workshop salta",
        "pt": "os kits de workshop para 40 pessoas chegam com caixas meio vazias e o workshop falha",
    },
    "portal": {
        "fr": "le portail entreprise n'affiche aucune location en cours, impossible de demander l'enlèvement",
        "es": "el portal de empresa no muestra ningún alquiler en curso y no podemos pedir la recogida",
        "de": "das Firmenportal zeigt keine laufende Miete, Abholung kann nicht beantragt werden",
        "en": "the business portal shows no open rentals so we can't book a collection",
        "it": "il portale aziende non mostra noleggi in corso, impossibile chiedere il ritiro",
        "pt": "o portal de empresa não mostra alugueres em curso e não dá para pedir recolha",
    },
}
B2B_FIRST = {
    "fr": "Bonjour, {prob}. Merci de corriger rapidement.",
    "es": "Hola, {prob}. Por favor, corregidlo cuanto antes.",
    "de": "Guten Tag, {prob}. Bitte umgehend korrigieren.",
    "en": "Hello, {prob}. Please fix this quickly.",
    "it": "Buongiorno, {prob}. Vi prego di correggere subito.",
    "pt": "Bom dia, {prob}. Corrijam rapidamente, por favor.",
}
B2B_LATER = {
    "fr": "Bonjour, comme {first} vous l'a écrit (demande {case}), {prob}. Toujours pas réglé.",
    "es": "Hola, como ya os escribió {first} (incidencia {case}), {prob}. Sigue sin arreglarse.",
    "de": "Hallo, wie {first} schon schrieb (Vorgang {case}): {prob}. Weiterhin nicht gelöst.",
    "en": "Hello, as {first} already wrote (case {case}), {prob}. Still not fixed.",
    "it": "Buongiorno, come vi ha scritto {first} (segnalazione {case}), {prob}. Ancora niente.",
    "pt": "Olá, como o {first} já escreveu (pedido {case}), {prob}. Continua por resolver.",
}
B2B_LAST = {
    "fr": "Demande {case} : rien n'est réglé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "es": "Incidencia {case}: nada arreglado y varios compañeros os han escrito. Compras ya ha pedido precios a {comp}.",
    "de": "Vorgang {case}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    "en": "Case {case}: nothing fixed and several colleagues have written. Procurement has already asked {comp} for rates.",
    "it": "Segnalazione {case}: niente risolto, vari colleghi vi hanno scritto. Gli acquisti hanno chiesto i prezzi a {comp}.",
    "pt": "Pedido {case}: nada resolvido e vários colegas escreveram. As compras já pediram preços à {comp}.",
}
B2B_MILD = {
    "fr": "Suggestion : pourriez-vous indiquer le nombre de pièces par bac sur le bon de livraison ?",
    "es": "Sugerencia: podríais poner el número de piezas por caja en el albarán?",
    "de": "Vorschlag: könnten Sie die Teilezahl pro Box auf den Lieferschein drucken?",
    "en": "Suggestion: could you print the piece count per tub on the delivery note?",
    "it": "Suggerimento: potreste indicare il numero di pezzi per vaschetta sulla bolla?",
    "pt": "Sugestão: podiam indicar o número de peças por caixa na guia de entrega?",
}
ACK = {
    "fr": "Merci pour la remarque, c'est transmis à l'équipe produit.",
    "es": "Gracias por el aviso, lo pasamos al equipo de producto.",
    "de": "Danke für den Hinweis, ist ans Produktteam weitergegeben.",
    "en": "Thanks for the note, passed on to the product team.",
    "it": "Grazie della segnalazione, girata al team prodotto.",
    "pt": "Obrigado pelo aviso, passámos à equipa de produto.",
}
