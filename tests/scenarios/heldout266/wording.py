"""Wording of heldout266 (Plumaro: wild-bird food by subscription), written blind."""

# ruff: noqa: E501

LANGS = ("en", "es", "de", "fr", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "en": ("UK", "IE"),
    "es": ("ES",),
    "de": ("DE", "AT"),
    "fr": ("FR", "BE"),
    "it": ("IT",),
    "pt": ("PT",),
}
COMPETITORS = ("Alavesta", "Vogelkorn")

PRAISE = {
    "en": [
        "The goldfinches are back on the nyjer feeder from Plumaro, three of them this morning!",
        "Plumaro box came early again, the fat balls don't crumble like the supermarket ones. Love it",
        "third winter with Plumaro and the robins still queue at the table. well worth the Club",
        "Really pleased with the sunflower hearts, no husks all over the lawn. Only gripe: the bag clip snapped.",
    ],
    "es": [
        "Ya tengo carboneros y verderones en el comedero gracias a la mezcla de Plumaro. Encantada",
        "Otra vez la caja de Plumaro puntual, los pájaros se vuelven locos con las pipas peladas jaja",
        "Tercer año con el Club Plumaro y ni una queja. El comedero anti-ardillas funciona de verdad",
        "Muy contento con las bolas de sebo, solo que la bolsa no cierra bien. Por lo demás genial",
    ],
    "de": [
        "Seit der Plumaro-Mischung kommen Blaumeisen und sogar ein Kleiber ans Futterhaus. Toll!",
        "Schon wieder pünktlich geliefert, die Meisenknödel ohne Netz sind super.",
    ],
    "fr": [
        "Les mésanges adorent le mélange Plumaro, le balcon est plein de vie le matin.",
        "Encore une livraison parfaite, les boules de graisse sans filet c'est top.",
    ],
    "it": [
        "Da quando uso la miscela Plumaro il giardino è pieno di cinciallegre. Bellissimo",
        "Di nuovo consegna puntuale, i pettirossi ringraziano!",
    ],
    "pt": [
        "Os chapins adoram a mistura da Plumaro, a varanda está cheia de pássaros.",
        "Mais uma entrega certinha, as bolas de sebo sem rede são ótimas.",
    ],
}

QUESTION = {
    "en": [
        "Hi, can I swap the mealworms in next month's box for suet pellets?",
        "hello, is the peanut mix safe to leave out in spring when they're nesting?",
        "Can I pause the subscription for two weeks while we're away?",
    ],
    "es": [
        "Hola, ¿puedo cambiar los gusanos de la próxima caja por pellets de sebo?",
        "¿Se puede pausar la suscripción dos semanas? Nos vamos de vacaciones",
        "buenas, ¿el comedero de ventana aguanta la lluvia?",
    ],
    "de": [
        "Kann ich die Lieferung im August für zwei Wochen pausieren?",
        "Ist die Erdnussmischung auch im Frühjahr geeignet?",
    ],
    "fr": [
        "Bonjour, je peux décaler la livraison de la semaine prochaine ?",
        "Le mélange arachides convient-il au printemps ?",
    ],
    "it": [
        "Ciao, posso sospendere l'abbonamento per due settimane?",
        "La miscela di arachidi va bene anche in primavera?",
    ],
    "pt": [
        "Olá, posso trocar as larvas da próxima caixa por pellets de sebo?",
        "Dá para pausar a assinatura duas semanas?",
    ],
}

ANSWER = {
    "en": [
        "Of course, done: you'll see it in the app under your next box.",
        "Yes, all set. Anything else we can help with?",
    ],
    "es": ["Claro, hecho: lo verás en la app en tu próxima caja.", "Sí, ya está. ¿Algo más?"],
    "de": ["Gern, erledigt: Sie sehen es in der App bei der nächsten Box."],
    "fr": ["Bien sûr, c'est fait : vous le verrez dans l'appli."],
    "it": ["Certo, fatto: lo vedi nell'app alla prossima consegna."],
    "pt": ["Claro, feito: vai ver na app na próxima caixa."],
}

THANKS = {
    "en": ["Brilliant, thanks!", "cheers, that's great", "Thank you so much"],
    "es": ["Genial, gracias!", "Perfecto, mil gracias", "grcs!!"],
    "de": ["Super, danke!"],
    "fr": ["Parfait, merci !"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obg!"],
}

NIGHT = {
    "en": [
        "Can't sleep, watching the owl cam and ordering more nyjer from Plumaro. 3am well spent",
        "night shift over, topped up the feeders before bed. blackbird already singing",
    ],
    "es": [
        "Son las 2 y sigo mirando vídeos de comederos. Mañana pido el de ventana a Plumaro",
        "Turno de noche en el hospital, dejo pedida la caja del sábado",
    ],
    "de": ["Kann nicht schlafen, bestelle schon mal Winterfutter bei Plumaro"],
    "fr": ["Insomnie, je commande les boules de graisse pour demain"],
    "it": ["Non riesco a dormire, ordino il mangime per il weekend"],
    "pt": ["Insónia, aproveito para encomendar a mistura de inverno"],
}

SURVEY_WORD = {
    "en": ["great", "", "🐦"],
    "es": ["genial", "", "👍"],
    "de": ["super"],
    "fr": ["top"],
    "it": ["ottimo"],
    "pt": ["ótimo"],
}

PROBLEMS = ("no_show", "double_charge", "damaged", "refund")
PROBLEM_TEXT = {
    "en": {
        "no_show": [
            "my box was marked DELIVERED on Tuesday and it never came. feeders are empty",
            "The app says delivered. It is not here. Third empty feeder day",
        ],
        "double_charge": [
            "You charged my card TWICE for the same box, £34 each",
            "two payments of £34 for one subscription box this month",
        ],
        "damaged": [
            "the sunflower bag arrived split and damp, half of it mouldy",
            "box came soaked, the fat balls are mush and the seed smells of mould",
        ],
        "refund": [
            "still no refund for the box I cancelled three weeks ago",
            "THREE weeks and the refund for the returned feeder is not back",
        ],
    },
    "es": {
        "no_show": [
            "La caja sale como ENTREGADA el martes y aquí no ha llegado nada",
            "pone entregado en la app pero no hay caja, los comederos vacíos",
        ],
        "double_charge": [
            "Me habéis cobrado DOS veces la misma caja, 32 € cada una",
            "dos cargos de 32 € por una sola caja este mes",
        ],
        "damaged": [
            "La bolsa de pipas llegó rota y húmeda, con moho",
            "la caja llegó empapada y las bolas de sebo deshechas",
        ],
        "refund": [
            "TRES semanas esperando el reembolso de la caja cancelada",
            "sigo sin el reembolso del comedero que devolví",
        ],
    },
    "de": {
        "no_show": ["Die Box steht als GELIEFERT in der App, angekommen ist nichts"],
        "double_charge": ["Sie haben die Box ZWEIMAL abgebucht, je 32 €"],
        "damaged": ["Der Sack Sonnenblumenkerne kam aufgerissen und schimmelig an"],
        "refund": ["Seit drei Wochen warte ich auf die Erstattung"],
    },
    "fr": {
        "no_show": ["Le colis est marqué livré mais je n'ai rien reçu"],
        "double_charge": ["Vous avez débité la box deux fois, 32 € chacune"],
        "damaged": ["Le sac de graines est arrivé déchiré et moisi"],
        "refund": ["Trois semaines et toujours pas de remboursement"],
    },
    "it": {
        "no_show": ["La scatola risulta consegnata ma non è mai arrivata"],
        "double_charge": ["Mi avete addebitato la scatola due volte, 32 € ciascuna"],
        "damaged": ["Il sacco di semi è arrivato strappato e ammuffito"],
        "refund": ["Tre settimane e ancora nessun rimborso"],
    },
    "pt": {
        "no_show": ["A caixa aparece como entregue mas não chegou nada"],
        "double_charge": ["Cobraram a caixa duas vezes, 32 € cada"],
        "damaged": ["O saco de sementes chegou rasgado e com bolor"],
        "refund": ["Três semanas e ainda sem reembolso"],
    },
}

ANGRY_TAIL = {
    "en": ["Not good enough.", "Sort it out please.", "Really disappointed."],
    "es": ["Qué vergüenza.", "YA ESTÁ BIEN.", "Muy decepcionada."],
    "de": ["So geht das nicht."],
    "fr": ["Inadmissible."],
    "it": ["Inaccettabile."],
    "pt": ["Inaceitável."],
}

LETTER = {
    "en": "Dear Plumaro team,\n\nI'm writing this from the waiting room at the physio while my husband has his knee looked at, so forgive the rambling. We moved to the cottage in March and the garden has been the one good thing this year; my grandson and I keep a list of every bird on the table and we are up to nineteen species. Your Club box has been part of that routine since the first week. {problem}. I rang nobody yet because I assumed it would sort itself, but it hasn't, and the tits are sitting on the empty feeder looking at the kitchen window. I would like this put right this week, please.\n\nWith thanks,\n{name}",
    "es": "Hola, buenas tardes:\n\nOs escribo desde el coche, a la puerta de la academia de música de mi hija, que es el único rato tranquilo que tengo. Llevamos dos años con vosotros y de verdad que el comedero del patio es lo que más alegra a mi madre, que desde la operación de cadera casi no sale. Cada mañana me manda fotos de los gorriones y de un petirrojo que viene siempre. Por eso me ha dolido tanto: {problem}. He mirado la app varias veces y no hay ninguna explicación. No quiero cambiar de tienda, pero necesito que me lo arregléis ya.\n\nUn saludo,\n{name}",
    "de": "Liebes Plumaro-Team,\n\nich schreibe zwischen zwei Kunden an meinem Marktstand, also bitte verzeihen Sie die Kürze an manchen Stellen. Seit zwei Wintern füttern wir mit Ihrer Mischung, und meine Kinder führen ein Vogelbuch, in dem inzwischen ein Buntspecht steht. {problem}. Ich habe es erst für einen Zufall gehalten, aber nun stehen die Futterhäuser leer. Ich bitte um eine schnelle Lösung.\n\nMit freundlichen Grüßen\n{name}",
}

CASE_OPENED = {
    "en": "Hi {first}, sorry about this. I've opened case {case} and we're on it; you'll hear from us within a day.",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y lo estamos revisando; te decimos algo en un día.",
    "de": "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns binnen eines Tages.",
    "fr": "Bonjour {first}, désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 24 h.",
    "it": "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case} e ti rispondiamo entro un giorno.",
    "pt": "Olá {first}, lamentamos. Abrimos o pedido {case} e respondemos num dia.",
}
QUALITY_LEAD = {
    "en": "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Hola {first}, la incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "de": "Hallo {first}, Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "fr": "Bonjour {first}, la demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "Ciao {first}, la segnalazione {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì.",
    "pt": "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que lhe liga até sexta.",
}
GOOD_NEWS = {
    "en": "Good news on case {case}: it's sorted on our side (new box on its way / money back). Could you confirm all is well?",
    "es": "Buenas noticias sobre {case}: ya está resuelto (caja nueva en camino / dinero devuelto). ¿Nos confirmas que todo bien?",
    "de": "Gute Nachricht zu {case}: erledigt (neue Box unterwegs / Geld zurück). Können Sie bestätigen?",
    "fr": "Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ?",
    "it": "Buone notizie su {case}: risolto. Ci confermi che è tutto a posto?",
    "pt": "Boas notícias sobre {case}: resolvido. Pode confirmar?",
}
CONFIRM = {
    "en": [
        "Confirmed, {case} is sorted, thanks for the quick fix",
        "all good now on {case}, thank you",
    ],
    "es": [
        "Confirmado, {case} resuelto. Gracias!",
        "todo bien ya con {case}, gracias por la rapidez",
    ],
    "de": ["Bestätigt, {case} ist erledigt, danke."],
    "fr": ["Confirmé, {case} est réglé, merci."],
    "it": ["Confermo, {case} risolto, grazie."],
    "pt": ["Confirmo, {case} resolvido, obrigada."],
}
APOLOGY = {
    "en": [
        "Sorry for the rant yesterday, you sorted it fast. Still love the boxes",
        "Apologies for my tone yesterday, it had been a long day",
    ],
    "es": [
        "Perdón por el mensaje de ayer, estaba de los nervios. Gracias por resolverlo",
        "Siento lo borde que fui ayer, ya está todo bien",
    ],
    "de": ["Entschuldigung für gestern, war ein langer Tag. Danke!"],
    "fr": ["Désolée pour mon message d'hier, merci d'avoir réglé ça."],
    "it": ["Scusate lo sfogo di ieri, grazie per la rapidità."],
    "pt": ["Desculpem o desabafo de ontem, obrigada pela rapidez."],
}
REPEAT = {
    "en": [
        "Case {case} is still open. {problem}. Nobody has come back to me.",
        "Writing again about {case}: still not fixed.",
    ],
    "es": [
        "Sigo con la incidencia {case} abierta. {problem}. Nadie me dice nada.",
        "Otra vez por {case}: sigue sin solución.",
    ],
    "de": ["Vorgang {case} ist immer noch offen. {problem}."],
    "fr": ["La demande {case} est toujours ouverte. {problem}."],
    "it": ["La segnalazione {case} è ancora aperta. {problem}."],
    "pt": ["O pedido {case} continua aberto. {problem}."],
}
THIRD = {
    "en": "A neighbour gets her seed from {comp} and they sort this kind of thing the same day.",
    "es": "Una vecina compra en {comp} y allí esto lo arreglan el mismo día.",
    "de": "Eine Nachbarin bestellt bei {comp}, da wird so etwas am selben Tag gelöst.",
    "fr": "Ma voisine commande chez {comp} et eux règlent ça le jour même.",
    "it": "Una vicina compra da {comp} e lì lo risolvono in giornata.",
    "pt": "Uma vizinha compra na {comp} e lá resolvem no mesmo dia.",
}
FOURTH = {
    "en": "This is the FOURTH time I'm writing.",
    "es": "Es la CUARTA vez que escribo.",
    "de": "Das ist das VIERTE Mal.",
    "fr": "C'est la QUATRIÈME fois.",
    "it": "È la QUARTA volta.",
    "pt": "É a QUARTA vez.",
}
URGENT = {
    "en": "Added to your case and marked urgent.",
    "es": "Lo añadimos a tu incidencia y lo marcamos urgente.",
    "de": "Zum Vorgang hinzugefügt und als dringend markiert.",
    "fr": "Ajouté à votre demande, marqué urgent.",
    "it": "Aggiunto alla segnalazione, segnato urgente.",
    "pt": "Adicionado ao pedido, marcado urgente.",
}

SLIDE = {
    "en": [
        "Box two days late this week and no email to say so.",
        "The seed mix has gone dusty, lots of cheap wheat in it now.",
        "Had to chase a missing suet block twice. Not like Plumaro.",
        "Charged the full £34 even though the Club discount should apply.",
        "Fuming. Half the nyjer bag was husks and the support chat closed on me.",
        "My sister buys from {comp} now, I've ordered my winter box there.",
    ],
    "es": [
        "Esta semana la caja llegó dos días tarde sin avisar.",
        "La mezcla viene con mucho polvo y trigo barato, no es lo de antes.",
        "He tenido que reclamar dos veces un bloque de sebo que faltaba.",
        "Me cobran 32 € enteros aunque soy del Club. Vaya.",
        "Harta. Media bolsa de níger eran cáscaras y el chat me cerró la conversación.",
        "Mi hermana compra ya en {comp} y he pedido allí la caja de invierno.",
    ],
    "de": [
        "Box zwei Tage zu spät, ohne Info.",
        "Die Mischung ist staubig geworden, viel Weizen.",
        "Zweimal einen fehlenden Knödel nachgefragt.",
        "Voller Preis trotz Club.",
        "Stinksauer, halber Sack nur Schalen.",
        "Meine Schwester bestellt bei {comp}, ich jetzt auch.",
    ],
    "fr": [
        "Box avec deux jours de retard, sans prévenir.",
        "Le mélange est plein de poussière et de blé.",
        "J'ai dû réclamer deux fois un bloc manquant.",
        "Plein tarif malgré le Club.",
        "Furieuse, la moitié du sac c'est des coques.",
        "Ma sœur commande chez {comp}, moi aussi maintenant.",
    ],
    "it": [
        "Scatola in ritardo di due giorni, senza avviso.",
        "La miscela è piena di polvere e grano.",
        "Ho dovuto reclamare due volte un blocco mancante.",
        "Prezzo pieno anche se sono nel Club.",
        "Furiosa, metà sacco erano gusci.",
        "Mia sorella compra da {comp}, ordino lì.",
    ],
    "pt": [
        "Caixa dois dias atrasada, sem aviso.",
        "A mistura vem cheia de pó e trigo.",
        "Reclamei duas vezes um bloco em falta.",
        "Preço cheio apesar do Club.",
        "Furiosa, meio saco eram cascas.",
        "A minha irmã compra na {comp}, encomendei lá.",
    ],
}

CANCEL = {
    "en": [
        "We're moving to a flat with no garden, so please cancel my Plumaro Club and close the account.",
        "Please cancel the Club membership and close my account, my mum's moved into care and the feeders are gone.",
    ],
    "es": [
        "Nos mudamos a un piso sin terraza: cancelad el Club Plumaro y cerrad mi cuenta, por favor.",
        "Quiero darme de baja del Club y cerrar la cuenta, ya no vamos a la casa del pueblo.",
    ],
    "de": ["Wir ziehen in eine Wohnung ohne Garten, bitte Club kündigen und Konto schließen."],
    "fr": ["Nous déménageons sans jardin : merci de résilier le Club et fermer le compte."],
    "it": ["Ci trasferiamo senza giardino: disdite il Club e chiudete l'account."],
    "pt": ["Vamos para um apartamento sem jardim: cancelem o Club e fechem a conta."],
}
SORRY_GO = {
    "en": "Sorry to see you go, {first}. You can cancel yourself in the app or on the website under Account.",
    "es": "Sentimos que te vayas, {first}. Puedes darte de baja en la app o en la web, en Cuenta.",
    "de": "Schade, {first}. Sie können in der App oder auf der Website unter Konto kündigen.",
    "fr": "Dommage, {first}. Vous pouvez résilier dans l'appli ou sur le site, rubrique Compte.",
    "it": "Ci dispiace, {first}. Puoi disdire nell'app o sul sito, in Account.",
    "pt": "Lamentamos, {first}. Pode cancelar na app ou no site, em Conta.",
}
GRUMBLE = {
    "en": [
        "The app logs me out every single time.",
        "Why does the 'box on its way' text come at 6am?",
        "The boxes are far too big for three bags of seed.",
    ],
    "es": [
        "La app me cierra la sesión cada vez.",
        "¿Por qué el SMS de reparto llega a las 6 de la mañana?",
        "Cajas enormes para tres bolsas, qué desperdicio de cartón.",
    ],
    "de": ["Die App meldet mich ständig ab."],
    "fr": ["L'appli me déconnecte à chaque fois."],
    "it": ["L'app mi disconnette ogni volta."],
    "pt": ["A app está sempre a terminar a sessão."],
}
MILD = {
    "en": [
        "The map of depots shows the wrong town for me, small thing.",
        "Notifications come in the wrong language, could you check?",
    ],
    "es": [
        "El buscador de puntos de recogida me sale en otra ciudad, nada grave.",
        "Las notificaciones me llegan en otro idioma.",
    ],
    "de": ["Die Karte zeigt die falsche Stadt, nur eine Kleinigkeit."],
    "fr": ["Les notifications arrivent dans la mauvaise langue."],
    "it": ["La mappa mostra la città sbagliata, niente di grave."],
    "pt": ["As notificações chegam na língua errada."],
}
SARCASM = {
    "en": [
        "Lovely, 'next-day' delivery turned up on day four. The pigeons were thrilled 👏",
        "Great, a fat-ball box that melted in the van. Soup for the sparrows 😂",
    ],
    "es": [
        "Genial, el envío 'urgente' llegó al cuarto día. Las palomas encantadas 👏",
        "Qué maravilla, bolas de sebo derretidas. Sopa para gorriones 😂",
    ],
    "de": ["Super, Expresslieferung am vierten Tag 👏"],
    "fr": ["Génial, la livraison express au quatrième jour 👏"],
    "it": ["Fantastico, la consegna express al quarto giorno 👏"],
    "pt": ["Ótimo, a entrega expresso ao quarto dia 👏"],
}

PHONE_PROBLEM = {
    "en": "hi yeah it's about my plumaro box {problem} can someone ring me back",
    "es": "hola mire le llamo por la caja de plumaro {problem} me pueden llamar",
    "de": "ja hallo es geht um meine Plumaro Box {problem} rufen Sie mich bitte zurück",
    "fr": "oui bonjour c'est pour ma box plumaro {problem} rappelez moi s'il vous plaît",
    "it": "pronto salve chiamo per la scatola plumaro {problem} mi richiamate",
    "pt": "olá é sobre a caixa da plumaro {problem} podem ligar me",
}
PHONE_QUESTION = {
    "en": "hi quick one can i add a window feeder to next month's box",
    "es": "hola una pregunta puedo añadir un comedero de ventana a la próxima caja",
    "de": "hallo kurze Frage kann ich ein Fensterfutterhaus zur nächsten Box dazu",
    "fr": "bonjour petite question je peux ajouter une mangeoire à la prochaine box",
    "it": "salve posso aggiungere una mangiatoia alla prossima scatola",
    "pt": "olá posso juntar um comedouro de janela à próxima caixa",
}

# The planted spike: the app's checkout (Club renewal and order payment) fails.
SPIKE = {
    "en": [
        "Can't pay for my box in the Plumaro app, it just says {code} and spins. Tried three times",
        "checkout broken? getting error {code} every time I try to order",
        "App won't take payment, error {code}. Feeders empty this weekend then",
    ],
    "es": [
        "No puedo pagar la caja en la app de Plumaro, sale el error {code} todo el rato",
        "¿Se ha caído el pago? me da {code} cada vez que intento pedir",
        "La app no acepta el pago, error {code}. Fin de semana sin pipas",
    ],
    "de": ["Bezahlen in der App geht nicht, Fehler {code}", "Checkout kaputt? Immer {code}"],
    "fr": ["Impossible de payer dans l'appli, erreur {code}", "Le paiement plante, code {code}"],
    "it": ["Non riesco a pagare nell'app, errore {code}", "Pagamento bloccato, errore {code}"],
    "pt": ["Não consigo pagar na app, erro {code}", "O pagamento falha sempre, erro {code}"],
}
SPIKE_REPEAT = {
    "en": "Still {code} on my wife's phone too, half an hour later.",
    "es": "Media hora después sigue el {code}, también en el móvil de mi marido.",
    "de": "Immer noch {code}, auch auf dem Handy meiner Frau.",
    "fr": "Toujours {code}, même sur le téléphone de mon mari.",
    "it": "Ancora {code}, anche dal telefono di mia moglie.",
    "pt": "Continua {code}, também no telemóvel do meu marido.",
}
SPIKE_CHAT_ANSWER = {
    "en": "Yes, payments in the app are failing right now, our engineers are on it.",
    "es": "Sí, los pagos en la app fallan ahora mismo, el equipo técnico está en ello.",
    "de": "Ja, Zahlungen in der App schlagen gerade fehl, wir arbeiten daran.",
    "fr": "Oui, les paiements échouent en ce moment, nos équipes s'en occupent.",
    "it": "Sì, i pagamenti nell'app non funzionano ora, ci stiamo lavorando.",
    "pt": "Sim, os pagamentos na app estão a falhar, estamos a tratar disso.",
}
WORKS_AGAIN = {
    "en": "Payments work again since 11:30. Your next box's delivery is on us: £4 credit added.",
    "es": "Los pagos funcionan otra vez desde las 12:30. El envío de tu próxima caja corre de nuestra cuenta: 5 € de saldo.",
    "de": "Zahlungen gehen seit 12:30 wieder. Der Versand der nächsten Box geht auf uns: 5 € Guthaben.",
    "fr": "Les paiements fonctionnent depuis 12h30. 5 € de crédit offerts.",
    "it": "I pagamenti funzionano di nuovo dalle 12:30. 5 € di credito.",
    "pt": "Os pagamentos voltaram às 11:30. 5 € de crédito.",
}
LONE_Q = {
    "es": "Anoche la app tardó mucho en el pago pero al final pasó. ¿Mañana funcionará normal?",
    "en": "Last night the checkout was slow but it went through in the end. Will it be fine tomorrow?",
}
LONE_A = {
    "es": "Sí, el pago se completó bien; a veces tarda un poco con datos móviles.",
    "en": "Yes, your payment went through fine; it can be slow on mobile data.",
}

# The business arm: Plumaro Trade (garden centres, schools, care homes, councils on account).
B2B_PROBLEMS = ("invoice", "portal", "service_blocked", "overbilled")
B2B_COMPLAINT = {
    "en": {
        "invoice": "Our invoices still carry no PO number, so finance can't pay them.",
        "portal": "The trade portal shows no open orders, so we can't change the pallet delivery.",
        "service_blocked": "Our order was refused, 'account on hold', although every invoice is paid.",
        "overbilled": "We were billed retail prices instead of our trade rate, over £400 difference.",
    },
    "es": {
        "invoice": "Las facturas siguen sin número de pedido y contabilidad no puede pagarlas.",
        "portal": "El portal de empresas no muestra pedidos abiertos, no podemos cambiar el palé.",
        "service_blocked": "Nos han rechazado el pedido por 'cuenta bloqueada' y está todo pagado.",
        "overbilled": "Nos cobran precio de tienda y no la tarifa pactada, más de 450 € de diferencia.",
    },
    "de": {
        "invoice": "Unsere Rechnungen haben keine Bestellnummer, die Buchhaltung kann nicht zahlen.",
        "portal": "Das Geschäftskundenportal zeigt keine offenen Bestellungen.",
        "service_blocked": "Bestellung abgelehnt, Konto gesperrt, obwohl alles bezahlt ist.",
        "overbilled": "Uns wird der Endkundenpreis statt des Vertragspreises berechnet.",
    },
}
B2B_LATER = {
    "en": "Following up on {case}, which {first} raised: {problem} Still the same here.",
    "es": "Escribo por {case}, que ya abrió {first}: {problem} Aquí seguimos igual.",
    "de": "Zu {case}, das {first} gemeldet hat: {problem} Bei uns unverändert.",
}
B2B_LAST = {
    "en": "about case {case} nothing is fixed several of us wrote my manager says we move the account to {comp} if it isn't sorted this week",
    "es": "llamo por la incidencia {case} no se ha arreglado nada varios compañeros han escrito mi jefa dice que nos vamos a {comp} si no se soluciona esta semana",
    "de": "wegen Vorgang {case} nichts ist behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln zu {comp} wenn das diese Woche nicht klappt",
}
B2B_MILD = {
    "en": "Small suggestion: could delivery notes show the batch date of each seed sack?",
    "es": "Una sugerencia: ¿podrían exportar el gasto por centro en el portal?",
    "de": "Kleiner Vorschlag: Chargendatum auf dem Lieferschein wäre hilfreich.",
}
B2B_PRAISE = {
    "en": "Plumaro Trade pallet arrived on the dot again, residents love the bird table.",
    "es": "El palé de Plumaro Trade llegó puntual otra vez, los niños encantados con el comedero.",
    "de": "Plumaro Trade liefert wieder pünktlich, die Kinder lieben das Futterhaus.",
}
