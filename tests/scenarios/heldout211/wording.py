"""Wording of heldout211 (Stiravo: shirt laundry and ironing by app and web)."""

# ruff: noqa: E501

LANGS = ("de", "it", "en", "fr", "pt", "es")
T = dict[str, list[str]]

PRAISE: T = {
    "de": [
        "Hemden heute zurück, perfekt gebügelt, sogar die Manschetten. Danke Stiravo!",
        "ehrlich, seit ich Stiravo nutze hab ich Sonntags frei. Top Service",
        "Schon wieder der nette Fahrer, pünktlich wie immer. Drittes Mal diesen Monat und nie ein Problem",
    ],
    "it": [
        "Camicie tornate stamattina, stirate da dio. Grazie Stiravo!",
        "terza volta questo mese e ancora tutto perfetto, il colletto sembra nuovo",
        "Ancora una volta puntualissimi, il fattorino gentilissimo. Bravi",
    ],
    "en": ["Shirts back this morning, crisp as anything. Cheers Stiravo!"],
    "fr": ["Chemises rendues ce matin, repassage impeccable. Merci Stiravo !"],
    "pt": ["Camisas entregues hoje de manhã, passadas na perfeição. Obrigado Stiravo!"],
    "es": ["Camisas devueltas esta mañana, planchadas de lujo. ¡Gracias Stiravo!"],
}
GRIPE: T = {
    "de": ["Sehr gut gebügelt wie immer, nur die Plastikhüllen sind echt zu viel Müll."],
    "it": ["Servizio ottimo, solo che le grucce di plastica non le voglio più, troppe!"],
    "en": ["Great job as always, only the app takes ages to load the slot list."],
    "fr": ["Très bon repassage, seul bémol : le créneau du soir finit trop tôt."],
    "pt": ["Ótimo serviço, só o saco de recolha é um pouco pequeno."],
    "es": ["Muy bien planchado, solo que la app tarda en cargar los horarios."],
}
QUESTION: T = {
    "de": [
        "Hallo, kann ich auch Blusen mit Seide abgeben oder nur Baumwolle?",
        "kann ich die Abholung morgen auf 19 Uhr verschieben?",
    ],
    "it": [
        "Ciao, posso mettere anche una tovaglia nel sacco delle camicie?",
        "si può spostare il ritiro di domani alle 19?",
    ],
    "en": ["Hi, can I add a linen jacket to this week's bag?"],
    "fr": ["Bonjour, est-ce que je peux ajouter une nappe au sac de cette semaine ?"],
    "pt": ["Olá, posso juntar uma toalha de mesa ao saco desta semana?"],
    "es": ["Hola, ¿puedo meter un mantel en la bolsa de esta semana?"],
}
ANSWER: T = {
    "de": [
        "Gerne! Das geht, wir haben es in Ihrer Bestellung vermerkt. Viele Grüße, Ihr Stiravo-Team"
    ],
    "it": ["Certo! L'abbiamo annotato nel suo ordine. Un saluto dal team Stiravo"],
    "en": ["Of course! We've noted it on your order. Best, the Stiravo team"],
    "fr": ["Bien sûr ! C'est noté sur votre commande. L'équipe Stiravo"],
    "pt": ["Claro! Já ficou registado na sua encomenda. Equipa Stiravo"],
    "es": ["¡Claro! Lo hemos anotado en tu pedido. Equipo Stiravo"],
}
THANKS: T = {
    "de": ["super, danke!", "Top, merci 👍"],
    "it": ["grazie mille!", "perfetto grz 😊"],
    "en": ["ta, legend 🙌"],
    "fr": ["super merci !"],
    "pt": ["obg, top!"],
    "es": ["genial, mil gracias!"],
}
NIGHT: T = {
    "de": ["3 Uhr nachts, Baby schläft endlich, und ich buche Stiravo für Montag. Bestes Abo ever"],
    "it": [
        "sono le 2 e ho appena finito il turno in ospedale, prenotato il ritiro per domani. Stiravo mi salva la vita"
    ],
    "en": ["night shift done, booked Monday's pickup at 3am. love this app"],
    "fr": ["insomnie, j'en profite pour réserver le ramassage de lundi. merci Stiravo"],
    "pt": ["3 da manhã e já marquei a recolha de segunda. Stiravo é vida"],
    "es": ["las 3 de la mañana y ya tengo la recogida del lunes. Stiravo es lo más"],
}
NIGHT_Q: T = {
    "de": ["noch jemand wach? kann ich den Beutel auch vor die Tür hängen wenn ich nicht da bin?"],
    "it": ["c'è qualcuno? posso lasciare il sacco davanti alla porta se non sono in casa?"],
    "en": ["anyone up? can I leave the bag outside the door if I'm out tomorrow?"],
    "fr": ["quelqu'un ? je peux laisser le sac devant la porte si je suis absent ?"],
    "pt": ["alguém acordado? posso deixar o saco à porta se não estiver em casa?"],
    "es": ["¿hay alguien? ¿puedo dejar la bolsa en la puerta si no estoy?"],
}
NIGHT_A: T = {
    "de": ["Ja, das geht: einfach in der App 'vor der Tür' wählen. Gute Nacht!"],
    "it": ["Sì, basta scegliere 'davanti alla porta' nell'app. Buonanotte!"],
    "en": ["Yes, just pick 'leave at door' in the app. Good night!"],
    "fr": ["Oui, choisissez « devant la porte » dans l'appli. Bonne nuit !"],
    "pt": ["Sim, escolha 'à porta' na app. Boa noite!"],
    "es": ["Sí, elige 'en la puerta' en la app. ¡Buenas noches!"],
}
# Problems: lost_shirts, scorched, refund
COMPLAINT: dict[str, T] = {
    "lost_shirts": {
        "de": [
            "Von 8 Hemden sind nur 5 zurückgekommen. Wo sind die anderen DREI?",
            "drei Hemden fehlen, eins davon mein Hochzeitshemd. Das ist nicht ok",
        ],
        "it": [
            "Ho mandato 8 camicie e ne sono tornate 5. Dove sono le altre TRE??",
            "mancano tre camicie, una era quella del matrimonio. Non va bene",
        ],
        "en": ["Sent 8 shirts, got 5 back. Where are the other THREE?"],
        "fr": ["J'ai envoyé 8 chemises, 5 sont revenues. Où sont les TROIS autres ?"],
        "pt": ["Mandei 8 camisas e voltaram 5. Onde estão as outras TRÊS?"],
        "es": ["Mandé 8 camisas y volvieron 5. ¿Dónde están las otras TRES?"],
    },
    "scorched": {
        "de": [
            "Meine weiße Bluse kam mit einem BRANDFLECK vom Bügeleisen zurück. 120 € Bluse, kaputt."
        ],
        "it": ["La mia camicia bianca è tornata BRUCIATA dal ferro. Camicia da 120 €, da buttare."],
        "en": ["My white shirt came back with a SCORCH mark from the iron. £100 shirt, ruined."],
        "fr": ["Mon chemisier blanc est revenu avec une BRÛLURE de fer. 120 €, fichu."],
        "pt": ["A minha camisa branca voltou QUEIMADA do ferro. 120 €, estragada."],
        "es": ["Mi camisa blanca ha vuelto QUEMADA por la plancha. 120 €, a la basura."],
    },
    "refund": {
        "de": [
            "Seit drei Wochen warte ich auf die Erstattung der doppelt abgebuchten Club-Gebühr. Nichts."
        ],
        "it": ["Sono tre settimane che aspetto il rimborso della quota Club. Niente di niente."],
        "en": ["Three weeks waiting for my Club fee refund. Nothing."],
        "fr": ["Trois semaines que j'attends le remboursement de l'abonnement Club. Rien."],
        "pt": ["Há três semanas que espero o reembolso da quota do Club. Nada."],
        "es": ["Tres semanas esperando el reembolso de la cuota del Club. Nada."],
    },
}
LONG_OPEN: T = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, weil ich sonst keine Minute finde. Ich bin seit zwei Jahren Kundin und habe Stiravo allen Kolleginnen empfohlen.\n\n"
    ],
    "it": [
        "Gentili signori,\n\nvi scrivo dal treno per Bologna perché a casa non trovo un attimo, tra il trasloco e mia madre in ospedale. Sono cliente da due anni e vi ho sempre consigliato a tutti.\n\n"
    ],
}
LONG_CLOSE: T = {
    "de": [
        "\n\nIch war immer begeistert, aber so geht das nicht. Ich erwarte eine Antwort bis Freitag.\n\nMit freundlichen Grüßen"
    ],
    "it": [
        "\n\nSono sempre stata contenta, ma così non va. Attendo una risposta entro venerdì.\n\nCordiali saluti"
    ],
}
CALL: dict[str, T] = {
    "lost_shirts": {
        "de": [
            "ja hallo ich ruf an weil drei Hemden fehlen ich hab acht abgegeben und fünf zurückbekommen"
        ],
        "it": [
            "sì pronto chiamo perché mancano tre camicie ne ho date otto e ne sono tornate cinque"
        ],
        "en": ["hi yeah calling because three shirts are missing i sent eight and got five back"],
        "fr": [
            "oui bonjour j'appelle parce qu'il manque trois chemises j'en ai donné huit et j'en ai eu cinq"
        ],
        "pt": ["sim olá ligo porque faltam três camisas dei oito e voltaram cinco"],
        "es": ["sí hola llamo porque faltan tres camisas di ocho y volvieron cinco"],
    },
    "scorched": {
        "de": ["hallo meine Bluse ist mit einem Brandfleck zurückgekommen die war ganz neu"],
        "it": ["pronto la mia camicia è tornata bruciata dal ferro era nuova"],
        "en": ["hello my shirt came back with a scorch mark it was brand new"],
        "fr": ["allô mon chemisier est revenu brûlé il était neuf"],
        "pt": ["olá a minha camisa voltou queimada era nova"],
        "es": ["hola mi camisa ha vuelto quemada era nueva"],
    },
    "refund": {
        "de": ["guten Tag ich warte seit drei Wochen auf meine Erstattung und keiner meldet sich"],
        "it": ["buongiorno aspetto il rimborso da tre settimane e nessuno mi risponde"],
        "en": ["hi i have been waiting three weeks for my refund and nobody gets back to me"],
        "fr": ["bonjour j'attends mon remboursement depuis trois semaines et personne ne répond"],
        "pt": ["bom dia espero o reembolso há três semanas e ninguém responde"],
        "es": ["buenos días llevo tres semanas esperando el reembolso y nadie contesta"],
    },
}
CASE_OPENED: T = {
    "de": [
        "Es tut uns sehr leid. Wir haben den Vorgang CASE eröffnet und melden uns innerhalb von 24 Stunden."
    ],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la segnalazione CASE e la ricontatteremo entro 24 ore."
    ],
    "en": ["We're very sorry. We've opened case CASE and will get back to you within 24 hours."],
    "fr": [
        "Nous sommes désolés. Nous avons ouvert le dossier CASE et revenons vers vous sous 24 h."
    ],
    "pt": ["Lamentamos muito. Abrimos o pedido CASE e respondemos em 24 horas."],
    "es": ["Lo sentimos mucho. Hemos abierto la incidencia CASE y te respondemos en 24 horas."],
}
GOOD_NEWS: T = {
    "de": ["Gute Nachrichten zu CASE: wir haben es gelöst. Können Sie das kurz bestätigen?"],
    "it": ["Buone notizie sulla segnalazione CASE: è risolta. Può confermarcelo?"],
    "en": ["Good news on case CASE: it's sorted. Could you confirm?"],
    "fr": ["Bonne nouvelle pour le dossier CASE : c'est réglé. Pouvez-vous confirmer ?"],
    "pt": ["Boas notícias sobre o pedido CASE: está resolvido. Pode confirmar?"],
    "es": ["Buenas noticias sobre la incidencia CASE: está resuelta. ¿Puedes confirmarlo?"],
}
CONFIRM: T = {
    "de": ["Bestätigt, CASE ist erledigt. Danke euch!"],
    "it": ["Confermo, CASE è risolta. Grazie!"],
    "en": ["Confirmed, CASE is sorted, thanks!"],
    "fr": ["Confirmé, CASE est réglé, merci !"],
    "pt": ["Confirmo, CASE está resolvido, obrigado!"],
    "es": ["Confirmado, CASE resuelto, ¡gracias!"],
}
APOLOGY: T = {
    "de": ["Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Kümmern."],
    "it": ["scusate per ieri, ero nervosa. Grazie per la rapidità."],
    "en": ["sorry for my tone yesterday, long day. thanks for sorting it"],
    "fr": ["désolé pour hier, journée difficile. merci d'avoir réglé ça"],
    "pt": ["desculpem o tom de ontem, dia mau. obrigado pela rapidez"],
    "es": ["perdón por lo de ayer, mal día. gracias por resolverlo"],
}
STILL_OPEN: T = {
    "de": [
        "Wieder ich, Vorgang CASE ist IMMER NOCH offen. Es hat sich nichts getan.",
        "Noch mal wegen CASE: nichts passiert, immer noch keine Lösung.",
    ],
    "it": [
        "Sono ancora io, la segnalazione CASE è ANCORA aperta. Nessuna novità.",
        "Di nuovo per CASE: ancora niente, nessuna soluzione.",
    ],
    "en": ["Me again, case CASE is STILL open. Nothing has happened."],
    "fr": ["Encore moi, le dossier CASE est TOUJOURS ouvert. Rien n'a bougé."],
    "pt": ["Sou eu outra vez, o pedido CASE continua ABERTO. Nada."],
    "es": ["Otra vez yo, la incidencia CASE SIGUE abierta. Nada de nada."],
}
THIRD: T = {
    "de": [" Ein Kollege lässt bei COMP bügeln, die klären sowas am selben Tag."],
    "it": [" Una collega usa COMP e lì queste cose le risolvono in giornata."],
    "en": [" A colleague uses COMP and they sort this the same day."],
    "fr": [" Un collègue passe par COMP, eux règlent ça dans la journée."],
    "pt": [" Um colega usa a COMP e resolvem isto no mesmo dia."],
    "es": [" Un compañero usa COMP y allí lo arreglan el mismo día."],
}
FOURTH: T = {
    "de": [" Das ist jetzt das VIERTE Mal!"],
    "it": [" È la QUARTA volta!"],
    "en": [" This is the FOURTH time!"],
    "fr": [" C'est la QUATRIÈME fois !"],
    "pt": [" É a QUARTA vez!"],
    "es": [" ¡Es la CUARTA vez!"],
}
URGENT: T = {
    "de": ["Wir haben es Ihrem Vorgang hinzugefügt und als dringend markiert."],
    "it": ["Abbiamo aggiunto tutto alla segnalazione e l'abbiamo segnata come urgente."],
    "en": ["Added to your case and marked urgent."],
    "fr": ["Ajouté à votre dossier et marqué urgent."],
    "pt": ["Acrescentado ao seu pedido e marcado como urgente."],
    "es": ["Añadido a tu incidencia y marcado como urgente."],
}
SLIDE: T = {
    "de": [
        "Abholung heute zwei Stunden zu spät, ohne Bescheid. Schade.",
        "Kragen diesmal nur halb gebügelt, na ja.",
        "Schon wieder ein Knopf ab, und niemand sagt was.",
        "Falsches Hemd im Beutel, fremdes Hemd, meins weg. Langsam nervt es.",
        "15 € 'Fleckenzuschlag' für ein Hemd OHNE Fleck. Frechheit.",
        "Reicht. Meine Schwester nutzt COMP, ich hab da für Samstag gebucht.",
    ],
    "it": [
        "Ritiro oggi con due ore di ritardo, senza avvisare. Peccato.",
        "colletto stirato a metà stavolta, mah.",
        "Un altro bottone saltato e nessuno dice niente.",
        "Camicia sbagliata nel sacco, di un altro, la mia sparita. Comincio a stufarmi.",
        "15 € di 'supplemento macchia' per una camicia SENZA macchie. Vergogna.",
        "Basta. Mia sorella usa COMP, ho prenotato lì per sabato.",
    ],
    "en": [
        "Pickup two hours late today, no message. Shame.",
        "collar only half ironed this time, meh.",
        "Another button gone and nobody says anything.",
        "Wrong shirt in my bag, someone else's, mine gone. Getting fed up.",
        "£13 'stain surcharge' for a shirt with NO stain. Cheek.",
        "Done. My sister uses COMP, booked them for Saturday.",
    ],
    "fr": [
        "Ramassage avec deux heures de retard, sans prévenir. Dommage.",
        "col à moitié repassé cette fois, bof.",
        "Encore un bouton arraché et personne ne dit rien.",
        "Mauvaise chemise dans le sac, celle d'un autre, la mienne perdue. Ça commence à bien faire.",
        "15 € de 'supplément tache' pour une chemise SANS tache. Scandaleux.",
        "Ça suffit. Ma sœur passe par COMP, j'ai réservé chez eux samedi.",
    ],
    "pt": [
        "Recolha hoje com duas horas de atraso, sem aviso. Pena.",
        "gola só meio passada desta vez, enfim.",
        "Mais um botão arrancado e ninguém diz nada.",
        "Camisa errada no saco, de outra pessoa, a minha desapareceu. Já chega quase.",
        "15 € de 'taxa de nódoa' numa camisa SEM nódoa. Vergonha.",
        "Chega. A minha irmã usa a COMP, marquei lá para sábado.",
    ],
    "es": [
        "Recogida hoy con dos horas de retraso, sin avisar. Qué pena.",
        "cuello medio planchado esta vez, en fin.",
        "Otro botón arrancado y nadie dice nada.",
        "Camisa equivocada en la bolsa, de otro, la mía perdida. Me estoy hartando.",
        "15 € de 'recargo por mancha' en una camisa SIN mancha. Vergüenza.",
        "Se acabó. Mi hermana usa COMP, he reservado allí para el sábado.",
    ],
}
CANCEL_REQ: T = {
    "de": [
        "Hallo, ich arbeite ab nächsten Monat im Homeoffice und brauche keine Hemden mehr. Bitte Stiravo Club kündigen und mein Konto schließen."
    ],
    "it": [
        "Buongiorno, vado in pensione e di camicie non ne metterò più. Vorrei disdire Stiravo Club e chiudere l'account."
    ],
    "en": [
        "Hi, I'm retiring and won't need shirts any more. Please cancel my Stiravo Club and close the account."
    ],
    "fr": [
        "Bonjour, je pars à la retraite, plus besoin de chemises. Merci de résilier Stiravo Club et de fermer mon compte."
    ],
    "pt": [
        "Olá, vou reformar-me e já não preciso de camisas. Quero cancelar o Stiravo Club e fechar a conta."
    ],
    "es": [
        "Hola, me jubilo y ya no necesito camisas. Quiero cancelar Stiravo Club y cerrar la cuenta."
    ],
}
SORRY_GO: T = {
    "de": ["Schade, dass Sie gehen! Sie können in der App oder auf der Website selbst kündigen."],
    "it": ["Ci dispiace vederla andare! Può disdire da sola nell'app o sul sito."],
    "en": ["Sorry to see you go! You can cancel yourself in the app or on the website."],
    "fr": ["Dommage de vous voir partir ! Vous pouvez résilier dans l'appli ou sur le site."],
    "pt": ["Pena vê-lo partir! Pode cancelar na app ou no site."],
    "es": ["¡Sentimos que te vayas! Puedes cancelar tú mismo en la app o en la web."],
}
GRUMBLE: T = {
    "de": [
        "Die App loggt mich JEDES Mal aus. Nervig.",
        "Warum kommt die Erinnerung um 6 Uhr morgens?",
    ],
    "it": [
        "L'app mi slogga OGNI volta. Che noia.",
        "perché il promemoria arriva alle 6 di mattina?",
    ],
    "en": ["The app logs me out EVERY time. Annoying."],
    "fr": ["L'appli me déconnecte À CHAQUE fois. Pénible."],
    "pt": ["A app faz logout TODAS as vezes. Chato."],
    "es": ["La app me cierra la sesión CADA vez. Qué pesadez."],
}
SARCASM: T = {
    "de": ["Toll, 'Express' heißt also zurück um 22:30. Genau dann bügelt man ja 👏"],
    "it": ["Bellissimo, 'express' vuol dire consegna alle 22:30. Proprio l'ora giusta 👏"],
    "en": ["Love that 'express' means back at 10:30pm. Perfect timing 👏"],
    "fr": ["Génial, 'express' veut dire retour à 22h30. Pile l'heure idéale 👏"],
    "pt": ["Adoro, 'expresso' é entregar às 22:30. Hora perfeita 👏"],
    "es": ["Me encanta, 'exprés' es entregar a las 22:30. Hora perfecta 👏"],
}
MILD: T = {
    "de": ["Kleine Bitte: die Suche nach Abholpunkten zeigt mir immer die falsche Stadt."],
    "it": ["Piccola cosa: la ricerca dei punti di ritiro mi mostra sempre la città sbagliata."],
    "en": ["Small thing: the drop-off point search shows the wrong city."],
    "fr": ["Petit détail : la recherche de points de dépôt affiche la mauvaise ville."],
    "pt": ["Pormenor: a pesquisa de pontos de entrega mostra a cidade errada."],
    "es": ["Una cosita: el buscador de puntos de entrega me muestra otra ciudad."],
}
SURVEY_WORD: T = {
    "de": ["super", "", "👍"],
    "it": ["ottimo", "", "👏"],
    "en": ["great"],
    "fr": ["top"],
    "pt": ["ótimo"],
    "es": ["genial"],
}
LOW_WORD: T = {
    "de": ["schlecht", ""],
    "it": ["pessimo", ""],
    "en": ["poor"],
    "fr": ["nul"],
    "pt": ["mau"],
    "es": ["fatal"],
}
JOKE: T = {
    "de": ["Meine Frau fragt, ob ich neue Hemden gekauft habe. Nein Schatz, das ist Stiravo 😂"],
    "it": ["Mia moglie mi chiede se ho comprato camicie nuove. No amore, è Stiravo 😂"],
    "en": ["Wife asked if I bought new shirts. No love, that's Stiravo 😂"],
    "fr": ["Ma femme croit que j'ai acheté des chemises neuves. Non chérie, c'est Stiravo 😂"],
    "pt": ["A minha mulher pergunta se comprei camisas novas. Não amor, é a Stiravo 😂"],
    "es": ["Mi mujer pregunta si he comprado camisas nuevas. No cariño, es Stiravo 😂"],
}
# The planted incident (spike).
SPIKE_CODE = "NTF-736"
SPIKE: T = {
    "de": [
        "Ich hab gerade eine Push bekommen 'Ihre Bestellung wurde storniert' - hab gar nichts storniert?? Fehler NTF-736 in der App",
        "WAS? App sagt meine Abholung ist storniert, ich hab nix gemacht",
        "hallo, Push 'Bestellung storniert' aber ich will die Hemden morgen. Was ist da los?",
    ],
    "it": [
        "Mi è arrivata una notifica 'ordine annullato' ma non ho annullato niente! Errore NTF-736",
        "ma che succede?? l'app dice che il mio ritiro è ANNULLATO, io non ho fatto nulla",
        "notifica di annullamento dell'ordine, ma mi servono le camicie lunedì. Che significa?",
    ],
    "en": [
        "Just got a push saying my order was CANCELLED, I didn't cancel anything. App shows NTF-736",
        "app says my pickup is cancelled?? didn't touch it",
    ],
    "fr": [
        "Je viens de recevoir 'commande annulée' alors que je n'ai rien annulé ! Erreur NTF-736",
        "l'appli dit que mon ramassage est annulé ?? j'ai rien fait",
    ],
    "pt": [
        "Recebi notificação 'encomenda cancelada' mas não cancelei nada! Erro NTF-736",
        "a app diz que a recolha foi cancelada?? não fiz nada",
    ],
    "es": [
        "Me ha llegado 'pedido cancelado' y no he cancelado nada. Error NTF-736",
        "la app dice que mi recogida está cancelada?? yo no he tocado nada",
    ],
}
SPIKE_AGAIN: T = {
    "de": [
        "Nochmal: Bestellung immer noch als storniert angezeigt, NTF-736. Kommt der Fahrer jetzt oder nicht?"
    ],
    "it": ["Ancora: l'ordine risulta ancora annullato, NTF-736. Il fattorino passa o no?"],
    "en": ["Still showing cancelled, NTF-736. Is the driver coming or not?"],
    "fr": ["Toujours affiché annulé, NTF-736. Le livreur passe ou pas ?"],
    "pt": ["Continua cancelada, NTF-736. O estafeta vem ou não?"],
    "es": ["Sigue saliendo cancelado, NTF-736. ¿Viene el repartidor o no?"],
}
SPIKE_ANSWER: T = {
    "de": [
        "Ja, die Storno-Meldungen sind ein Fehler bei uns, Ihre Bestellung steht. Unsere Technik ist dran."
    ],
    "it": [
        "Sì, le notifiche di annullamento sono un nostro errore, il suo ordine è valido. I tecnici ci stanno lavorando."
    ],
    "en": [
        "Yes, the cancellation notices are our error, your order stands. Our engineers are on it."
    ],
    "fr": [
        "Oui, ces notifications d'annulation sont une erreur de notre part, votre commande tient. Nos techniciens s'en occupent."
    ],
    "pt": [
        "Sim, as notificações de cancelamento são um erro nosso, a encomenda mantém-se. A equipa técnica está a tratar."
    ],
    "es": [
        "Sí, los avisos de cancelación son un error nuestro, tu pedido sigue en pie. Los técnicos están en ello."
    ],
}
B2B_COMPLAINT: T = {
    "de": [
        "Die Rechnungen für unsere Hotelwäsche tragen seit Wochen keine Bestellnummer. So können wir nicht zahlen.",
        "Nachtrag von CONTACT zu CASE: die Rechnungen haben IMMER NOCH keine Bestellnummer.",
    ],
    "it": [
        "Le fatture della biancheria dell'hotel non riportano il numero d'ordine da settimane. Così non possiamo pagare.",
        "Aggiungo a quanto scritto da CONTACT (CASE): le fatture ANCORA senza numero d'ordine.",
    ],
    "en": [
        "Our uniform invoices have carried no PO number for weeks. We can't pay them like this.",
        "Following up CONTACT's email on CASE: the invoices STILL have no PO number.",
    ],
    "fr": [
        "Nos factures de linge n'ont plus de numéro de commande depuis des semaines. Impossible de payer.",
        "Suite au message de CONTACT (CASE) : TOUJOURS pas de numéro de commande.",
    ],
    "pt": [
        "As faturas das fardas não têm número de encomenda há semanas. Assim não pagamos.",
        "Na sequência do email de CONTACT (CASE): as faturas CONTINUAM sem número.",
    ],
    "es": [
        "Las facturas de los uniformes llevan semanas sin número de pedido. Así no podemos pagar.",
        "Sigo el correo de CONTACT (CASE): las facturas SIGUEN sin número de pedido.",
    ],
}
B2B_SUGGEST: T = {
    "de": ["Vorschlag: könnten die Lieferscheine die Kostenstelle zeigen?"],
    "it": ["Suggerimento: potreste indicare il centro di costo sulle bolle?"],
    "en": ["Suggestion: could delivery notes show our cost centre?"],
    "fr": ["Suggestion : les bons de livraison pourraient-ils indiquer le centre de coût ?"],
    "pt": ["Sugestão: as guias podiam mostrar o centro de custo?"],
    "es": ["Sugerencia: ¿podrían los albaranes mostrar el centro de coste?"],
}
B2B_CALL_LAST: T = {
    "de": [
        "ja hallo wegen Vorgang CASE es ist nichts passiert und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "it": [
        "sì buongiorno per la segnalazione CASE non è cambiato niente e il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "en": [
        "hi about case CASE nothing has changed and my boss says we move supplier if it isn't fixed this week"
    ],
    "fr": [
        "bonjour pour le dossier CASE rien n'a changé et mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "pt": [
        "olá sobre o pedido CASE nada mudou e o meu chefe diz que mudamos de fornecedor se não resolverem esta semana"
    ],
    "es": [
        "hola por la incidencia CASE no ha cambiado nada y mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_ROUTINE: T = {
    "de": ["Können wir die Lieferung am Freitag auf 7 Uhr vorziehen?"],
    "it": ["Possiamo anticipare la consegna di venerdì alle 7?"],
    "en": ["Can we move Friday's delivery to 7am?"],
    "fr": ["Peut-on avancer la livraison de vendredi à 7h ?"],
    "pt": ["Podemos antecipar a entrega de sexta para as 7h?"],
    "es": ["¿Podemos adelantar la entrega del viernes a las 7?"],
}
FIRST = {
    "de": ["Lukas", "Anna", "Jonas", "Miriam", "Felix", "Sabine", "Tobias", "Katrin"],
    "it": ["Giulia", "Marco", "Chiara", "Davide", "Federica", "Luca", "Sara", "Paolo"],
    "en": ["Emma", "James", "Olivia", "Tom"],
    "fr": ["Camille", "Hugo", "Léa", "Julien"],
    "pt": ["Inês", "Tiago", "Rita", "Nuno"],
    "es": ["Lucía", "Pablo", "Marta", "Diego"],
}
LAST = {
    "de": ["Krüger", "Hofmann", "Wagner", "Becker", "Seidel", "Vogt"],
    "it": ["Ferri", "Colombo", "Ricci", "Gallo", "Conti", "Marino"],
    "en": ["Walsh", "Hughes", "Carter"],
    "fr": ["Moreau", "Girard", "Fabre"],
    "pt": ["Lopes", "Pinto", "Moura"],
    "es": ["Navarro", "Ortega", "Rubio"],
}
MARKET = {
    "de": ["DE", "AT", "CH"],
    "it": ["IT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE = {
    "DE": "+4917",
    "AT": "+43664",
    "CH": "+4179",
    "IT": "+39347",
    "UK": "+447",
    "IE": "+35387",
    "FR": "+336",
    "BE": "+32470",
    "PT": "+35191",
    "ES": "+346",
}
COMPETITORS = ("Bügelfix", "Camiciona")
