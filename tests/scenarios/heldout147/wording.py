# ruff: noqa: E501
"""Wording of heldout147: Apiverna, hosted beehives at home and on company roofs."""

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "pt": [
            "as abelhas do quintal estao otimas, a apicultora explicou tudo com paciencia",
            "Mel da primavera chegou, que maravilha! obrigada Apiverna",
            "terceira visita da Rita e outra vez impecavel, colmeia limpa e calma",
        ],
        "it": [
            "le api in giardino stanno benissimo, il miele di acacia e' una favola",
            "Ancora una volta visita perfetta, grazie a Luca per la pazienza coi bambini",
            "terza raccolta e sempre puntuali, bravi",
        ],
        "en": ["Third harvest and again spot on, the kids love the hive window"],
        "fr": ["encore une visite impeccable, les abeilles sont calmes, merci"],
        "de": ["Schon wieder top Honig aus dem eigenen Garten, danke ans Team"],
        "es": ["otra vez una visita de diez, las abejas tranquilas y el tarro buenisimo"],
    },
    "gripe": {
        "pt": [
            "tudo bem com a colmeia, so o frasco de vidro vem sem etiqueta de data. de resto 5 estrelas"
        ],
        "it": [
            "Contentissima delle api, solo il tappo dei vasetti e' un po' duro. Per il resto top"
        ],
        "en": ["Lovely honey, only wish the jars were a bit bigger. Otherwise great"],
        "fr": ["Très bien, seul bémol le créneau de visite est un peu large"],
        "de": ["Alles gut, nur das Schutznetz für Besucher ist etwas klein"],
        "es": ["Muy bien todo, solo que el frasco pequeño se acaba enseguida"],
    },
    "question": {
        "pt": [
            "Boa tarde, posso mudar a visita de terca para quinta?",
            "ola quando e a proxima recolha do mel",
        ],
        "it": [
            "Buongiorno, posso spostare la visita di giovedi?",
            "quando arriva il miele di castagno?",
        ],
        "en": ["Hi, can I move next week's hive visit to Friday?"],
        "fr": ["Bonjour, peut-on décaler la visite de mardi ?"],
        "de": ["Hallo, kann ich den Besuch nächste Woche verschieben?"],
        "es": ["Hola, ¿puedo cambiar la visita del martes?"],
    },
    "call_q": {
        "pt": ["sim bom dia queria saber se posso oferecer o mel de presente com embrulho"],
        "it": ["si buongiorno volevo sapere se posso regalare un vasetto con il biglietto"],
        "en": ["yes hello just wanted to know if the winter check includes feeding"],
        "fr": ["oui bonjour je voulais savoir si la visite d hiver est incluse"],
        "de": ["ja hallo ich wollte fragen ob die Winterkontrolle dabei ist"],
        "es": ["si hola queria saber si la revision de invierno va incluida"],
    },
    "answer": {
        "pt": ["Claro! Ja ficou tratado. Boas colheitas, equipa Apiverna"],
        "it": ["Certo, fatto! Buona giornata dal team Apiverna"],
        "en": ["Of course, all done. Have a lovely day, Apiverna team"],
        "fr": ["Bien sûr, c'est fait. Belle journée, l'équipe Apiverna"],
        "de": ["Klar, erledigt. Schönen Tag, Ihr Apiverna-Team"],
        "es": ["¡Claro! Hecho. Un saludo, equipo Apiverna"],
    },
    "thanks": {
        "pt": ["obrigado!! 🐝", "Perfeito, obrigada"],
        "it": ["grazie mille!", "Perfetto grazie 🐝"],
        "en": ["cheers!"],
        "fr": ["merci beaucoup"],
        "de": ["danke!"],
        "es": ["¡gracias!"],
    },
    "night": {
        "pt": ["nao consigo dormir e fui ver as fotos da colmeia na app, que bonitas"],
        "it": ["notte insonne, guardo il diario dell'alveare sull'app, che spettacolo"],
        "en": ["can't sleep, reading the hive diary in the app, love it"],
        "fr": ["insomnie, je relis le carnet de la ruche, trop bien"],
        "de": ["kann nicht schlafen, lese das Bienen-Tagebuch in der App"],
        "es": ["sin sueño, mirando el diario de la colmena en la app"],
    },
    "complaint": {
        "pt": [
            "A visita de hoje nao aconteceu e ninguem avisou. Tirei a manha de folga para NADA",
            "cobraram-me duas vezes a mensalidade deste mes, quero o dinheiro de volta",
        ],
        "it": [
            "Oggi l'apicoltore non si e' presentato e nessuno ha avvisato. Mattinata persa",
            "mi avete addebitato due volte il canone del mese, rivoglio i soldi",
        ],
        "en": ["Nobody turned up for today's hive visit and nobody called. Day off wasted"],
        "fr": ["Personne n'est venu pour la visite aujourd'hui, sans prévenir. Inadmissible"],
        "de": ["Heute kam niemand zur Bienenkontrolle, kein Anruf, nichts. Unmöglich"],
        "es": ["Hoy no vino nadie a la revisión y nadie avisó. Mañana perdida"],
    },
    "letter": {
        "pt": [
            "Exmos. Senhores,\n\nsou cliente ha dois anos e sempre gostei do servico. Mas hoje a visita"
            " marcada nao aconteceu, esperei toda a manha e ninguem atendeu o telefone. Espero uma"
            " explicacao.\n\nCumprimentos"
        ],
        "it": [
            "Gentili signori,\n\nsono cliente da due anni e mi sono sempre trovata bene. Oggi pero'"
            " la visita fissata non c'e' stata, ho aspettato tutta la mattina e nessuno rispondeva."
            " Attendo spiegazioni.\n\nCordiali saluti"
        ],
    },
    "case_opened": {
        "pt": ["Lamentamos muito. Abrimos o caso {ref} e voltamos a contactar ainda hoje."],
        "it": ["Ci dispiace molto. Abbiamo aperto la pratica {ref}, la ricontattiamo oggi."],
        "en": ["We're very sorry. Case {ref} is open, we'll be back to you today."],
        "fr": ["Toutes nos excuses. Dossier {ref} ouvert, nous revenons vers vous."],
        "de": ["Das tut uns leid. Fall {ref} ist eröffnet, wir melden uns heute."],
        "es": ["Lo sentimos mucho. Caso {ref} abierto, le contactamos hoy."],
    },
    "good_news": {
        "pt": ["Boas noticias sobre o caso {ref}: ja esta resolvido. Pode confirmar?"],
        "it": ["Buone notizie sulla pratica {ref}: risolto. Ce lo conferma?"],
        "en": ["Good news on case {ref}: it's sorted. Could you confirm?"],
        "fr": ["Bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous confirmer ?"],
        "de": ["Gute Nachricht zu Fall {ref}: erledigt. Können Sie das bestätigen?"],
        "es": ["Buenas noticias del caso {ref}: resuelto. ¿Nos lo confirma?"],
    },
    "confirm": {
        "pt": ["confirmo, caso {ref} resolvido, obrigada"],
        "it": ["confermo, pratica {ref} risolta, grazie"],
        "en": ["confirmed, case {ref} is fine now, thanks"],
        "fr": ["je confirme, dossier {ref} réglé, merci"],
        "de": ["bestätigt, Fall {ref} ist erledigt, danke"],
        "es": ["confirmado, caso {ref} resuelto, gracias"],
    },
    "apology": {
        "pt": ["desculpem o tom de ontem, estava mesmo irritada. obrigada pela ajuda"],
        "it": ["scusate i toni di ieri, ero nervoso. grazie dell'aiuto"],
        "en": ["sorry for yesterday's rant, thanks for sorting it"],
        "fr": ["désolée pour hier, j'étais énervée. merci"],
        "de": ["sorry für gestern, war genervt. Danke euch"],
        "es": ["perdón por lo de ayer, estaba enfadada. gracias"],
    },
    "still_open": {
        "pt": [
            "Caso {ref}: continua tudo igual, ninguem resolveu nada",
            "outra vez sobre o caso {ref}, AINDA sem resposta",
        ],
        "it": [
            "Pratica {ref}: ancora niente, nessuno ha risolto",
            "di nuovo per la pratica {ref}, ANCORA nessuna risposta",
        ],
        "en": ["Case {ref}: still nothing, still not fixed"],
        "fr": ["Dossier {ref} : toujours rien de réglé"],
        "de": ["Fall {ref}: immer noch nichts passiert"],
        "es": ["Caso {ref}: sigue sin resolverse"],
    },
    "third": {
        "pt": ["terceira vez pelo caso {ref}. uma vizinha tem colmeias da {comp} e resolvem logo"],
        "it": [
            "terza volta per la pratica {ref}. un collega ha le api con {comp} e risolvono subito"
        ],
        "en": [
            "third time about case {ref}. a friend hosts hives with {comp}, they fix things same day"
        ],
        "fr": ["troisième fois pour le dossier {ref}. ma voisine est chez {comp}, eux répondent"],
        "de": ["drittes Mal wegen Fall {ref}. Mein Nachbar ist bei {comp}, da geht das sofort"],
        "es": [
            "tercera vez por el caso {ref}. mi vecina está con {comp} y se lo arreglan al momento"
        ],
    },
    "fourth": {
        "pt": ["QUARTA vez. caso {ref}. inacreditavel"],
        "it": ["QUARTA volta. pratica {ref}. incredibile"],
        "en": ["FOURTH time. case {ref}. unbelievable"],
        "fr": ["QUATRIÈME fois. dossier {ref}."],
        "de": ["VIERTES Mal. Fall {ref}."],
        "es": ["CUARTA vez. caso {ref}."],
    },
    "quality": {
        "pt": [
            "O seu caso {ref} passou para a nossa responsavel de qualidade, que liga ate sexta."
        ],
        "it": [
            "La sua pratica {ref} e' passata alla responsabile qualita', la chiama entro venerdi."
        ],
        "en": ["Your case {ref} is now with our quality lead, who will call you before Friday."],
        "fr": ["Votre dossier {ref} est chez notre responsable qualité, appel avant vendredi."],
        "de": ["Ihr Fall {ref} liegt bei unserer Qualitätsleitung, Anruf bis Freitag."],
        "es": [
            "Su caso {ref} está con nuestra responsable de calidad, le llama antes del viernes."
        ],
    },
    "slide": {
        "pt": [
            "a visita deste mes atrasou duas semanas, sem aviso",
            "o mel veio com menos frascos do que o combinado",
            "a apicultora deixou o portao aberto e o cao saiu",
            "ja nao respondem as mensagens no chat, 3 dias a espera",
            "pagar isto para ter abelhas abandonadas? serio",
            "a minha cunhada tem colmeias da {comp}, ja marquei visita com eles",
        ],
        "it": [
            "la visita del mese e' slittata di due settimane senza avviso",
            "il miele e' arrivato con meno vasetti del previsto",
            "l'apicoltore ha lasciato il cancello aperto, il cane e' scappato",
            "non rispondete piu in chat, 3 giorni di attesa",
            "pagare per avere api abbandonate? ma dai",
            "mia cognata ha le arnie con {comp}, ho gia' fissato un sopralluogo da loro",
        ],
    },
    "leave": {
        "pt": [
            "Vamos mudar para um apartamento sem jardim. Quero cancelar a assinatura e fechar a conta."
        ],
        "it": [
            "Ci trasferiamo in un appartamento senza giardino. Voglio disdire l'abbonamento e chiudere l'account."
        ],
        "en": [
            "We're moving to a flat with no garden. Please cancel my plan and close the account."
        ],
        "fr": ["Nous déménageons sans jardin. Je veux résilier et fermer le compte."],
        "de": ["Wir ziehen in eine Wohnung ohne Garten. Bitte Abo kündigen und Konto schließen."],
        "es": ["Nos mudamos a un piso sin jardín. Quiero cancelar y cerrar la cuenta."],
    },
    "sorry_go": {
        "pt": ["Que pena ve-la partir! Pode cancelar na app ou no site."],
        "it": ["Ci dispiace vederla andare via! Puo' disdire dall'app o dal sito."],
        "en": ["Sorry to see you go! You can cancel in the app or on the website."],
        "fr": ["Désolés de vous voir partir ! Résiliation possible dans l'app ou sur le site."],
        "de": ["Schade, dass Sie gehen! Kündigung in der App oder auf der Website."],
        "es": ["¡Qué pena! Puede cancelar en la app o en la web."],
    },
    "grumble": {
        "pt": ["a app faz logout sempre que a abro, chato", "o lembrete das 7h da manha e demais"],
        "it": [
            "l'app mi disconnette ogni volta, che noia",
            "la notifica delle 7 di mattina anche no",
        ],
        "en": ["app logs me out every single time"],
        "fr": ["l'appli me déconnecte à chaque fois"],
        "de": ["die App meldet mich ständig ab"],
        "es": ["la app me cierra sesión cada vez"],
    },
    "sarcasm": {
        "pt": ["adoro esperar 40 minutos no chat, e tao relaxante 🙃"],
        "it": ["adoro aspettare 40 minuti in chat, rilassante proprio 🙃"],
        "en": ["love waiting 40 minutes in chat, so relaxing 🙃"],
        "fr": ["j'adore attendre 40 minutes au chat 🙃"],
        "de": ["liebe es, 40 Minuten im Chat zu warten 🙃"],
        "es": ["me encanta esperar 40 minutos en el chat 🙃"],
    },
    "mild": {
        "pt": ["sugestao: o mapa das colmeias na app carrega devagar"],
        "it": ["suggerimento: la mappa delle arnie nell'app e' lenta"],
        "en": ["the hive map in the app loads slowly"],
        "fr": ["la carte des ruches est lente à charger"],
        "de": ["die Bienenstock-Karte lädt langsam"],
        "es": ["el mapa de colmenas carga lento"],
    },
    "b2b_problem": {
        "pt": [
            "A fatura deste mes vem com o nome antigo da empresa e sem numero de encomenda. Nao a podemos pagar."
        ],
        "it": [
            "La fattura del mese riporta la vecchia ragione sociale e nessun numero d'ordine. Non possiamo pagarla."
        ],
        "en": ["This month's invoice has our old company name and no PO number. We can't pay it."],
        "fr": ["La facture du mois porte l'ancien nom de la société, sans numéro de commande."],
        "de": ["Die Rechnung trägt den alten Firmennamen und keine Bestellnummer."],
        "es": ["La factura del mes lleva el nombre antiguo y sin número de pedido."],
    },
    "b2b_again": {
        "pt": ["Tal como a {who} escreveu, caso {ref}: a fatura continua errada."],
        "it": ["Come ha scritto {who}, pratica {ref}: la fattura e' ancora sbagliata."],
        "en": ["As {who} wrote, case {ref}: the invoice is still wrong."],
        "fr": ["Comme l'a écrit {who}, dossier {ref} : facture toujours fausse."],
        "de": ["Wie {who} schrieb, Fall {ref}: Rechnung weiter falsch."],
        "es": ["Como escribió {who}, caso {ref}: la factura sigue mal."],
    },
    "b2b_last": {
        "pt": [
            "Caso {ref}, nada resolvido. O meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana"
        ],
        "it": [
            "Pratica {ref}, niente di risolto. Il capo dice che cambiamo fornitore se non si sistema entro la settimana"
        ],
        "en": [
            "Case {ref}, nothing fixed. My boss says we move the account if it isn't sorted this week"
        ],
        "fr": ["Dossier {ref}, rien de réglé. Mon chef parle de changer de prestataire"],
        "de": [
            "Fall {ref}, nichts passiert. Mein Chef will wechseln, wenn das diese Woche nicht klappt"
        ],
        "es": [
            "Caso {ref}, nada. Mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
        ],
    },
    "spike": {
        "pt": [
            "AJUDA a app fechou a porta de voo da colmeia sozinha, erro {code}, as abelhas estao todas cá fora amontoadas",
            "a portinha da colmeia nao abre!! app diz {code} e as abelhas nao conseguem entrar",
        ],
        "it": [
            "AIUTO l'app ha chiuso da sola la porticina dell'arnia, errore {code}, api tutte ammassate fuori",
            "la porticina dell'arnia non si apre, app dice {code}, le api non rientrano",
        ],
        "en": [
            "the app shut the hive entrance gate on its own, error {code}, bees clustering outside"
        ],
        "fr": [
            "l'appli a fermé la trappe de la ruche toute seule, erreur {code}, les abeilles dehors"
        ],
        "de": ["die App hat das Flugloch-Tor geschlossen, Fehler {code}, Bienen hängen draußen"],
        "es": [
            "la app cerró sola la piquera de la colmena, error {code}, abejas amontonadas fuera"
        ],
    },
    "spike_again": {
        "pt": ["continua {code}, a porta nao abre e ja tentei no telemovel do meu marido"],
        "it": ["ancora {code}, la porticina resta chiusa anche dal telefono di mia moglie"],
        "en": ["still {code}, gate still shut, tried my partner's phone too"],
        "fr": ["toujours {code}, la trappe reste fermée"],
        "de": ["immer noch {code}, Tor bleibt zu"],
        "es": ["sigue {code}, la piquera sigue cerrada"],
    },
    "spike_answer": {
        "pt": [
            "Sim, as portas das colmeias estao a fechar em todo o lado, a equipa tecnica ja esta a tratar."
        ],
        "it": ["Si', le porticine si stanno chiudendo ovunque, i tecnici ci stanno lavorando."],
        "en": ["Yes, hive gates are closing everywhere right now, our engineers are on it."],
        "fr": ["Oui, les trappes se ferment partout, nos techniciens s'en occupent."],
        "de": ["Ja, die Tore schließen sich gerade überall, die Technik ist dran."],
        "es": [
            "Sí, las piqueras se están cerrando en todas partes, el equipo técnico está en ello."
        ],
    },
    "spike_fixed": {
        "pt": ["As portas das colmeias voltaram a abrir as 11:40. Este mes fica 10 € mais barato."],
        "it": ["Le porticine si sono riaperte alle 12:40. Questo mese le scaliamo 10 €."],
        "en": ["Hive gates reopened at 11:40. We've credited £9 to your account."],
        "fr": ["Les trappes se sont rouvertes à 12h40. 10 € crédités."],
        "de": ["Die Tore sind seit 12:40 wieder offen. 10 € gutgeschrieben."],
        "es": ["Las piqueras se abrieron de nuevo a las 12:40. 10 € abonados."],
    },
    "lone_q": {
        "pt": [
            "ontem a noite a porta da colmeia aparecia cinzenta na app mas abriu normal. amanha esta tudo bem?"
        ],
        "it": [
            "ieri sera la porticina nell'app era grigia ma poi si e' aperta. domani va tutto bene?"
        ],
    },
    "lone_a": {
        "pt": ["Fica cinzenta quando a colmeia esta em modo noite, e normal."],
        "it": ["E' grigia quando l'arnia e' in modalita' notte, tutto normale."],
    },
}

PRODUCTS = [
    "hive hosting monthly",
    "honey box 6 jars",
    "bee workshop",
    "gift jar",
    "wax candle set",
]
COMPETITORS = ["Melivento", "Favolara"]
