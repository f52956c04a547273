"""Wording of heldout284 (Ventaluna: kitesurf lessons and kite gear hire). Hand-written."""

# ruff: noqa: E501

LANGS = ("de", "fr", "en", "es", "it", "pt")

PRAISE: dict[str, list[str]] = {
    "de": [
        "Heute zum ersten Mal allein hochgekommen, Lehrer Jonas hat eine Engelsgeduld. Danke Ventaluna!",
        "Schon wieder ein perfekter Nachmittag an der Station, Material top gepflegt.",
        "Der neue 9er Kite zieht wie verrückt, genau richtig bei dem Wind gestern.",
    ],
    "fr": [
        "Premier waterstart réussi ce matin, merci au moniteur qui n'a jamais lâché !",
        "Encore une super session avec Ventaluna, le matériel est nickel à chaque fois.",
        "La combi 5/4 louée hier était impeccable, pas eu froid une seconde.",
    ],
    "en": [
        "Third lesson and I finally stayed up for a whole run. Brilliant instructors at Ventaluna."
    ],
    "es": ["Primera vez que navego solo, gracias al equipo de Ventaluna, sois unos cracks."],
    "it": ["Lezione fantastica stamattina, istruttrice bravissima e kite come nuovo."],
    "pt": [
        "Aula excelente hoje, finalmente consegui andar de prancha sozinho. Obrigado Ventaluna!"
    ],
}

QUESTION: dict[str, list[str]] = {
    "de": [
        "Kann ich meine Stunde am Samstag noch auf Sonntag schieben, falls der Wind einschläft?",
        "Ab welcher Windstärke fällt der Kurs aus und bekomme ich dann eine Gutschrift?",
    ],
    "fr": [
        "Bonjour, est-ce que le Pass couvre aussi la location de planche ou seulement les cours ?",
        "On peut réserver une place de parking à la station de la plage nord ?",
    ],
    "en": ["Hi, can I bring my own harness to the lesson or do I have to use yours?"],
    "es": ["Hola, ¿el bono incluye el neopreno o se paga aparte?"],
    "it": ["Ciao, posso spostare la lezione di domenica alle 10 se c'è poco vento?"],
    "pt": ["Olá, o passe inclui o aluguer do fato ou é à parte?"],
}

ANSWER: dict[str, str] = {
    "de": "Hallo! Ja, das geht bis 18 Uhr am Vortag in der App, bei Windabsage gibt es automatisch eine Gutschrift.",
    "fr": "Bonjour ! Oui, c'est possible dans l'appli jusqu'à la veille 18 h, et en cas d'annulation météo vous êtes recrédité.",
    "en": "Hi! Yes, that's fine, and you can change it in the app until 6 pm the day before.",
    "es": "¡Hola! Sí, sin problema, lo puedes cambiar en la app hasta las 18:00 del día anterior.",
    "it": "Ciao! Sì, nessun problema, puoi cambiarlo in app fino alle 18 del giorno prima.",
    "pt": "Olá! Sim, sem problema, pode alterar na app até às 18h do dia anterior.",
}

THANKS: dict[str, list[str]] = {
    "de": ["Super, danke!", "Perfekt, vielen Dank"],
    "fr": ["Parfait merci !", "Top, merci beaucoup"],
    "en": ["Great, thanks!"],
    "es": ["Genial, gracias!"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obrigado!"],
}

NIGHT: dict[str, list[str]] = {
    "de": [
        "Kann nicht schlafen, schaue Kitevideos und freue mich auf Samstag an der Station.",
        "Nachtschicht vorbei und schon die nächste Stunde gebucht, endlich wieder aufs Wasser.",
    ],
    "fr": [
        "Insomnie, je regarde la météo du vent pour demain, j'ai hâte de ma session.",
        "Fin de garde à 3h, je réserve ma prochaine leçon, vivement samedi.",
    ],
    "en": ["Can't sleep, watching wind forecasts for Saturday's session again."],
    "es": ["No puedo dormir, mirando el parte de viento para mañana."],
    "it": ["Non riesco a dormire, guardo le previsioni del vento per sabato."],
    "pt": ["Sem sono, a ver a previsão do vento para amanhã."],
}

PROBLEMS = ("no_show", "double_charge", "broken_kite", "refund", "wrong_price", "cancel_fee")

BAD: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "Ich stand um 9 Uhr an der Station, kein Lehrer da, niemand geht ans Telefon. Zwei Stunden Anfahrt umsonst!",
        "double_charge": "Die Stunde wurde ZWEIMAL von meiner Karte abgebucht, 89 Euro doppelt. Das geht so nicht.",
        "broken_kite": "Der geliehene Kite hatte ein Loch in der Fronttube, nach zehn Minuten war er platt. Ich hätte verletzt werden können.",
        "refund": "Seit drei Wochen warte ich auf die Erstattung für den abgesagten Kurs. Nichts passiert.",
        "wrong_price": "Ich bin Pass-Mitglied und mir wurde trotzdem der volle Preis berechnet.",
        "cancel_fee": "Ich habe fünf Tage vorher storniert und trotzdem eine Stornogebühr bezahlt. Frechheit.",
    },
    "fr": {
        "no_show": "J'étais à la station à 9h, aucun moniteur, personne au téléphone. Deux heures de route pour rien !",
        "double_charge": "La leçon a été débitée DEUX fois sur ma carte, 89 euros en double. Inadmissible.",
        "broken_kite": "L'aile louée avait un trou dans le boudin avant, dégonflée au bout de dix minutes. J'aurais pu me blesser.",
        "refund": "Trois semaines que j'attends le remboursement du stage annulé. Rien.",
        "wrong_price": "Je suis abonné au Pass et on m'a facturé le plein tarif.",
        "cancel_fee": "J'ai annulé cinq jours avant et on me facture quand même des frais d'annulation. Scandaleux.",
    },
    "en": {
        "no_show": "I was at the station at 9, no instructor, nobody answering the phone. Two hours' drive for nothing!",
        "double_charge": "The lesson was charged TWICE to my card, £79 twice. Not on.",
        "broken_kite": "The hired kite had a hole in the leading edge and went flat after ten minutes. I could have been hurt.",
        "refund": "Three weeks waiting for the refund of the cancelled course. Nothing.",
        "wrong_price": "I'm a Pass member and was still charged full price.",
        "cancel_fee": "I cancelled five days ahead and still got a cancellation fee. Ridiculous.",
    },
    "es": {
        "no_show": "Estaba en la estación a las 9, ni monitor ni nadie al teléfono. ¡Dos horas de coche para nada!",
        "double_charge": "Me habéis cobrado la clase DOS veces, 89 euros repetidos. Inaceptable.",
        "broken_kite": "La cometa alquilada tenía un agujero en el bladder, se desinfló a los diez minutos.",
        "refund": "Tres semanas esperando el reembolso del curso cancelado.",
        "wrong_price": "Soy socio del Pass y me cobrasteis la tarifa completa.",
        "cancel_fee": "Cancelé cinco días antes y aun así me cobrasteis penalización.",
    },
    "it": {
        "no_show": "Ero alla stazione alle 9, nessun istruttore, nessuno risponde. Due ore di macchina per niente!",
        "double_charge": "Mi avete addebitato la lezione DUE volte, 89 euro doppi.",
        "broken_kite": "Il kite noleggiato aveva un buco nel bordo d'attacco, sgonfio dopo dieci minuti.",
        "refund": "Sono tre settimane che aspetto il rimborso del corso annullato.",
        "wrong_price": "Sono socio del Pass e mi avete fatto pagare il prezzo pieno.",
        "cancel_fee": "Ho annullato cinque giorni prima e mi avete addebitato la penale.",
    },
    "pt": {
        "no_show": "Estava na estação às 9h, nenhum instrutor, ninguém atende. Duas horas de carro para nada!",
        "double_charge": "Cobraram a aula DUAS vezes no cartão, 89 euros a dobrar.",
        "broken_kite": "O kite alugado tinha um furo no bordo de ataque, esvaziou ao fim de dez minutos.",
        "refund": "Há três semanas que espero o reembolso do curso cancelado.",
        "wrong_price": "Sou sócio do Pass e cobraram-me o preço total.",
        "cancel_fee": "Cancelei cinco dias antes e mesmo assim cobraram taxa de cancelamento.",
    },
}

LETTER: dict[str, tuple[str, str]] = {
    "de": (
        "Hallo liebes Ventaluna-Team,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, unsere Kleine hat wieder Ohrenschmerzen, und der Umzug nächste Woche macht es nicht leichter. Eigentlich wollte ich nur kurz etwas loswerden.\n\n",
        "\n\nIch bin seit zwei Sommern bei Ihnen und habe Sie überall empfohlen, aber das geht so nicht.\n\nViele Grüße",
    ),
    "fr": (
        "Bonjour,\n\nje vous écris depuis le parking de la piscine pendant le cours de natation des jumeaux, entre deux appels du boulot. Je voulais vous raconter ma journée de samedi.\n\n",
        "\n\nJe suis cliente depuis trois saisons et j'ai toujours tout recommandé autour de moi, mais là non.\n\nCordialement",
    ),
    "en": (
        "Hello,\n\nwriting this on the train home after a long week at the warehouse.\n\n",
        "\n\nI've been with you two summers, but this isn't right.\n\nRegards",
    ),
    "es": (
        "Hola,\n\nos escribo desde el bar mientras espero a mi madre en el médico.\n\n",
        "\n\nLlevo dos veranos con vosotros, pero esto no puede ser.\n\nSaludos",
    ),
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista.\n\n",
        "\n\nSono cliente da due estati, ma così non va.\n\nSaluti",
    ),
    "pt": (
        "Olá,\n\nescrevo do carro à porta da escola dos miúdos.\n\n",
        "\n\nSou cliente há dois verões, mas assim não dá.\n\nCumprimentos",
    ),
}

ACK: dict[str, str] = {
    "de": "Es tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 48 Stunden.",
    "fr": "Nous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous sous 48 h.",
    "en": "We're sorry. We've opened case {case} and will come back to you within 48 hours.",
    "es": "Lo sentimos. Hemos abierto la incidencia {case} y te respondemos en 48 horas.",
    "it": "Ci dispiace. Abbiamo aperto la segnalazione {case} e rispondiamo entro 48 ore.",
    "pt": "Lamentamos. Abrimos o pedido {case} e respondemos em 48 horas.",
}

GOODNEWS: dict[str, str] = {
    "de": "Gute Nachricht zu {case}: das ist erledigt und gutgeschrieben. Können Sie kurz bestätigen, dass alles passt?",
    "fr": "Bonne nouvelle pour {case} : c'est réglé et recrédité. Pouvez-vous confirmer que tout est en ordre ?",
    "en": "Good news on {case}: it's sorted and credited. Could you confirm all is well?",
    "es": "Buenas noticias sobre {case}: está resuelto y abonado. ¿Nos confirmas que todo está bien?",
    "it": "Buone notizie su {case}: risolto e accreditato. Ci confermi che è tutto a posto?",
    "pt": "Boas notícias sobre {case}: está resolvido e creditado. Pode confirmar que está tudo bem?",
}

CONFIRM: dict[str, list[str]] = {
    "de": [
        "Ja, {case} ist erledigt, Geld ist da. Danke!",
        "Bestätige: {case} passt jetzt, vielen Dank.",
    ],
    "fr": [
        "Oui, {case} c'est bon, c'est bien recrédité. Merci !",
        "Je confirme pour {case}, tout est réglé.",
    ],
    "en": ["Yes, {case} is sorted, money's back. Thanks!"],
    "es": ["Sí, {case} resuelto, ya tengo el dinero. Gracias!"],
    "it": ["Sì, {case} risolto, soldi arrivati. Grazie!"],
    "pt": ["Sim, {case} resolvido, o dinheiro já entrou. Obrigado!"],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry wegen meiner Nachricht gestern, war echt geladen. Ihr seid sonst super.",
        "Entschuldigung für den Ton gestern, war ein blöder Tag.",
    ],
    "fr": [
        "Désolé pour mon message d'hier, j'étais à bout. Vous êtes top d'habitude.",
        "Pardon pour le ton d'hier, mauvaise journée.",
    ],
    "en": ["Sorry about my message yesterday, I was fuming. You're usually great."],
    "es": ["Perdón por el mensaje de ayer, estaba muy enfadado."],
    "it": ["Scusate per il messaggio di ieri, ero furioso."],
    "pt": ["Desculpem a mensagem de ontem, estava mesmo chateado."],
}

STILL: dict[str, list[str]] = {
    "de": [
        "Wieder wegen {case}: immer noch nicht gelöst. {problem}",
        "Zum {nth}. Mal wegen {case}, es ist weiterhin offen. {problem}",
    ],
    "fr": [
        "Encore au sujet de {case} : toujours pas réglé. {problem}",
        "{nth}e fois que je vous contacte pour {case}, c'est toujours ouvert. {problem}",
    ],
    "en": ["Again about {case}: still not sorted. {problem}"],
    "es": ["Otra vez por {case}: sigue sin resolverse. {problem}"],
    "it": ["Di nuovo per {case}: ancora niente. {problem}"],
    "pt": ["Outra vez sobre {case}: continua por resolver. {problem}"],
}

COMPETITOR_LINE: dict[str, str] = {
    "de": " Ein Kollege lernt bei {comp}, da wird sowas am selben Tag geklärt.",
    "fr": " Un collègue prend ses cours chez {comp}, là-bas c'est réglé le jour même.",
    "en": " A colleague learns with {comp} and they sort this the same day.",
    "es": " Un compañero va a {comp} y allí lo arreglan el mismo día.",
    "it": " Un collega va da {comp} e lì lo risolvono in giornata.",
    "pt": " Um colega tem aulas na {comp} e lá resolvem no mesmo dia.",
}

SLIDE: dict[str, list[str]] = {
    "de": [
        "Stunde heute ok, aber der Lehrer kam 30 Minuten zu spät.",
        "Die Leihboards sind inzwischen ziemlich abgenutzt, Finnen wackeln.",
        "Schon wieder umgebucht worden, das dritte Mal diesen Monat.",
        "Die Kaution für den Neo wurde einbehalten, angeblich ein Riss. Der war schon da.",
        "Ich bin echt sauer. 40 Euro für einen Riss, den ich nicht gemacht habe, und keiner antwortet.",
        "Mein Schwager ist bei {comp}, ich habe die nächste Stunde dort gebucht.",
    ],
    "fr": [
        "Cours correct aujourd'hui, mais moniteur en retard de 30 minutes.",
        "Les planches de location commencent à être bien usées, ailerons qui bougent.",
        "Encore déplacé mon créneau, troisième fois ce mois-ci.",
        "Caution de la combi retenue pour une soi-disant déchirure. Elle y était déjà.",
        "Je suis furieux. 40 euros pour un accroc que je n'ai pas fait et personne ne répond.",
        "Mon beau-frère est chez {comp}, j'ai réservé ma prochaine session là-bas.",
    ],
    "en": [
        "Lesson fine but instructor 30 minutes late.",
        "Hire boards getting worn, fins loose.",
        "Moved my slot again, third time this month.",
        "Wetsuit deposit kept for a tear that was already there.",
        "Really angry now. £35 for a tear I didn't make and nobody answers.",
        "My brother-in-law is with {comp}, booked my next session there.",
    ],
    "es": [
        "Clase bien pero el monitor llegó 30 minutos tarde.",
        "Las tablas de alquiler están muy gastadas.",
        "Otra vez me cambiaron el turno, tercera vez este mes.",
        "Me retuvieron la fianza del neopreno por un roto que ya estaba.",
        "Estoy muy cabreado. 40 euros por un roto que no hice y nadie contesta.",
        "Mi cuñado va a {comp}, he reservado allí la próxima.",
    ],
    "it": [
        "Lezione ok ma istruttore in ritardo di 30 minuti.",
        "Tavole a noleggio molto usurate.",
        "Spostato di nuovo il turno, terza volta questo mese.",
        "Cauzione della muta trattenuta per uno strappo che c'era già.",
        "Sono furioso. 40 euro per uno strappo non mio e nessuno risponde.",
        "Mio cognato va da {comp}, ho prenotato lì la prossima.",
    ],
    "pt": [
        "Aula ok mas instrutor 30 minutos atrasado.",
        "As pranchas de aluguer estão muito gastas.",
        "Mudaram-me o horário outra vez, terceira vez este mês.",
        "Ficaram com a caução do fato por um rasgão que já lá estava.",
        "Estou furioso. 40 euros por um rasgão que não fiz e ninguém responde.",
        "O meu cunhado está na {comp}, marquei a próxima lá.",
    ],
}

CANCEL: dict[str, str] = {
    "de": "Bitte kündigen Sie meinen Ventaluna Pass und schließen Sie mein Konto. Ich ziehe in die Berge, kein Meer mehr.",
    "fr": "Merci de résilier mon Pass Ventaluna et de fermer mon compte. J'ai acheté mon propre matériel, je n'en ai plus besoin.",
    "en": "Please cancel my Ventaluna Pass and close my account. I've bought my own kit.",
    "es": "Por favor, dad de baja mi Pass y cerrad mi cuenta. Me mudo al interior.",
    "it": "Per favore disdite il mio Pass e chiudete l'account. Ho comprato l'attrezzatura.",
    "pt": "Por favor cancelem o meu Pass e fechem a conta. Comprei o meu próprio material.",
}

SORRY_GO: dict[str, str] = {
    "de": "Schade, dass Sie gehen. Der Pass ist gekündigt und das Konto wird geschlossen.",
    "fr": "Dommage de vous voir partir. Le Pass est résilié et le compte sera fermé.",
    "en": "Sorry to see you go. The Pass is cancelled and the account will be closed.",
    "es": "Sentimos que te vayas. El Pass está dado de baja y la cuenta se cerrará.",
    "it": "Ci spiace vederti andare. Il Pass è disdetto e l'account sarà chiuso.",
    "pt": "Lamentamos vê-lo partir. O Pass está cancelado e a conta será fechada.",
}

GRUMPY: dict[str, list[str]] = {
    "de": [
        "Parkplatz an der Station wieder voll, wie immer.",
        "Die App ist mal wieder langsam.",
        "Kaffee an der Station ist auch teurer geworden.",
    ],
    "fr": [
        "Parking de la station plein, comme d'hab.",
        "L'appli rame encore.",
        "Le café de la station a encore augmenté.",
    ],
    "en": ["Station car park full again, as usual.", "App slow again."],
    "es": ["El parking de la estación lleno, como siempre.", "La app va lenta otra vez."],
    "it": ["Parcheggio della stazione pieno, come sempre.", "L'app è di nuovo lenta."],
    "pt": ["Estacionamento cheio outra vez, como sempre.", "A app está lenta outra vez."],
}

SARCASM: dict[str, str] = {
    "de": "Toll, Sturmwarnung und trotzdem keine Absage bis 10 Minuten vorher. Danke für nichts 👏",
    "fr": "Génial, le vent tombe à zéro et le cours est maintenu, super rentable 👏",
    "en": "Lovely, zero wind and the lesson goes ahead anyway, great value 👏",
    "es": "Genial, cero viento y la clase se hace igual, qué bien invertido 👏",
    "it": "Fantastico, zero vento e la lezione si fa lo stesso 👏",
    "pt": "Ótimo, vento zero e a aula faz-se na mesma 👏",
}

MILD: dict[str, list[str]] = {
    "de": [
        "Die Windkarte in der App lädt heute sehr langsam.",
        "Benachrichtigungen kommen auf Englisch statt Deutsch.",
    ],
    "fr": [
        "La carte du vent charge très lentement aujourd'hui.",
        "Les notifications arrivent en anglais.",
    ],
    "en": ["The wind map in the app is loading slowly today."],
    "es": ["El mapa de viento tarda mucho en cargar hoy."],
    "it": ["La mappa del vento carica lentissima oggi."],
    "pt": ["O mapa do vento está muito lento hoje."],
}

MILD_ANSWER: dict[str, str] = {
    "de": "Danke für den Hinweis, wir geben das ans Team weiter.",
    "fr": "Merci du signalement, nous transmettons à l'équipe.",
    "en": "Thanks for letting us know, we've passed it on.",
    "es": "Gracias por avisar, lo pasamos al equipo.",
    "it": "Grazie della segnalazione, la passiamo al team.",
    "pt": "Obrigado pelo aviso, passámos à equipa.",
}

SPIKE: dict[str, list[str]] = {
    "de": [
        "Kann keine Stunde buchen, jede Karte wird abgelehnt, Fehler V7-42-K. Was ist da los?",
        "Zahlung in der App geht nicht, Fehler V7-42-K, bei zwei Karten.",
    ],
    "fr": [
        "Impossible de réserver, paiement refusé avec l'erreur V7-42-K, j'ai essayé deux cartes.",
        "L'appli refuse toutes les cartes, code V7-42-K, je ne peux pas payer ma session.",
    ],
    "en": ["Can't book, every card declined in the app, error V7-42-K."],
    "es": ["No puedo reservar, rechaza todas las tarjetas, error V7-42-K."],
    "it": ["Non riesco a prenotare, carta rifiutata, errore V7-42-K."],
    "pt": ["Não consigo reservar, cartão recusado, erro V7-42-K."],
}

SPIKE_REPEAT: dict[str, str] = {
    "de": "Immer noch V7-42-K, auch mit dem Handy meiner Frau.",
    "fr": "Toujours V7-42-K, même sur le téléphone de ma femme.",
    "en": "Still V7-42-K, tried on my partner's phone too.",
    "es": "Sigue V7-42-K, también en el móvil de mi pareja.",
    "it": "Ancora V7-42-K, anche dal telefono di mia moglie.",
    "pt": "Continua V7-42-K, também no telemóvel da minha mulher.",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, Zahlungen in der App schlagen gerade überall fehl, unser Team ist dran.",
    "fr": "Oui, les paiements échouent partout en ce moment, l'équipe est dessus.",
    "en": "Yes, app payments are failing everywhere right now, our team is on it.",
    "es": "Sí, los pagos fallan ahora mismo en toda la app, el equipo está en ello.",
    "it": "Sì, i pagamenti in app falliscono ovunque ora, il team ci sta lavorando.",
    "pt": "Sim, os pagamentos na app estão a falhar, a equipa está a tratar.",
}

SPIKE_FIXED: dict[str, str] = {
    "de": "Zahlungen funktionieren wieder. Als Entschuldigung gibt es 10 € Guthaben.",
    "fr": "Les paiements fonctionnent à nouveau. 10 € de crédit offerts pour la gêne.",
    "en": "Payments work again. We've added a 10 € credit for the trouble.",
    "es": "Los pagos vuelven a funcionar. Te hemos añadido 10 € de saldo.",
    "it": "I pagamenti funzionano di nuovo. Ti abbiamo aggiunto 10 € di credito.",
    "pt": "Os pagamentos voltaram a funcionar. Adicionámos 10 € de crédito.",
}

LONE_Q: dict[str, str] = {
    "de": "Gestern Abend hat die Zahlung erst beim zweiten Versuch geklappt, ist die Buchung trotzdem gültig?",
    "fr": "Hier soir le paiement est passé au deuxième essai, ma réservation est bien valide ?",
}

LONE_A: dict[str, str] = {
    "de": "Ja, die Buchung ist bestätigt, alles gut.",
    "fr": "Oui, la réservation est bien confirmée.",
}

B2B_PROBLEMS = ("invoice", "portal", "overbilled")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Die Rechnung für unseren Teamtag hat keine Bestellnummer und den falschen Firmennamen, die Buchhaltung lehnt sie ab.",
        "portal": "Im Firmenportal sehen wir keine gebuchten Teamtage mehr, wir können nichts umbuchen.",
        "overbilled": "Uns wurde der Einzelpreis pro Person statt des vereinbarten Gruppentarifs berechnet, über 600 € zu viel.",
    },
    "fr": {
        "invoice": "La facture de notre journée d'équipe n'a pas de numéro de commande et le mauvais nom de société, la compta la rejette.",
        "portal": "Le portail entreprise n'affiche plus nos journées réservées, impossible de modifier quoi que ce soit.",
        "overbilled": "On nous a facturé le tarif individuel au lieu du tarif groupe convenu, plus de 600 € de trop.",
    },
    "en": {
        "invoice": "The team day invoice has no PO number and the wrong company name.",
        "portal": "The company portal shows none of our booked team days.",
        "overbilled": "We were billed per person instead of the agreed group rate, over £500 too much.",
    },
    "es": {
        "invoice": "La factura del día de equipo no tiene número de pedido y el nombre está mal.",
        "portal": "El portal de empresa no muestra nuestras jornadas reservadas.",
        "overbilled": "Nos cobraron tarifa individual en vez de la de grupo, más de 600 € de más.",
    },
    "it": {
        "invoice": "La fattura della giornata team non ha numero d'ordine e ha la ragione sociale sbagliata.",
        "portal": "Il portale aziendale non mostra le giornate prenotate.",
        "overbilled": "Ci avete fatturato il prezzo singolo invece della tariffa gruppo, oltre 600 € in più.",
    },
    "pt": {
        "invoice": "A fatura do dia de equipa não tem número de encomenda e o nome está errado.",
        "portal": "O portal da empresa não mostra os dias reservados.",
        "overbilled": "Cobraram preço individual em vez da tarifa de grupo, mais de 600 € a mais.",
    },
}

B2B_FOLLOW: dict[str, str] = {
    "de": "Wie {first} schon geschrieben hat ({case}): {problem}",
    "fr": "Comme {first} vous l'a écrit ({case}) : {problem}",
    "en": "As {first} already wrote ({case}): {problem}",
    "es": "Como ya escribió {first} ({case}): {problem}",
    "it": "Come ha già scritto {first} ({case}): {problem}",
    "pt": "Como o {first} já escreveu ({case}): {problem}",
}

B2B_LAST: dict[str, str] = {
    "de": "Zu {case}: immer noch nichts passiert, mehrere Kollegen haben geschrieben. Unser Einkauf hat schon bei {comp} angefragt.",
    "fr": "Pour {case} : toujours rien, plusieurs collègues vous ont écrit. Nos achats ont déjà demandé un devis à {comp}.",
    "en": "On {case}: still nothing, several colleagues have written. Procurement has asked {comp} for a quote.",
    "es": "Sobre {case}: sigue sin arreglarse, varios compañeros os han escrito. Compras ya pidió precio a {comp}.",
    "it": "Su {case}: ancora niente, diversi colleghi vi hanno scritto. L'ufficio acquisti ha chiesto un preventivo a {comp}.",
    "pt": "Sobre {case}: continua igual, vários colegas escreveram. As compras já pediram orçamento à {comp}.",
}

B2B_SUGGEST: dict[str, str] = {
    "de": "Vorschlag: könnten die Teilnehmerlisten im Portal als CSV exportierbar sein?",
    "fr": "Suggestion : pourriez-vous permettre d'exporter la liste des participants en CSV ?",
    "en": "Suggestion: could the participant list be exported as CSV from the portal?",
    "es": "Sugerencia: ¿se podría exportar la lista de participantes en CSV?",
    "it": "Suggerimento: si potrebbe esportare la lista partecipanti in CSV?",
    "pt": "Sugestão: seria possível exportar a lista de participantes em CSV?",
}

B2B_PRAISE: dict[str, str] = {
    "de": "Unser Teamtag war ein voller Erfolg, alle wollen wiederkommen.",
    "fr": "Notre journée d'équipe était géniale, tout le monde veut revenir.",
    "en": "Our team day was a hit, everyone wants to come back.",
    "es": "El día de equipo fue un éxito, todos quieren repetir.",
    "it": "La giornata team è stata un successo, tutti vogliono tornare.",
    "pt": "O dia de equipa foi um sucesso, todos querem voltar.",
}

CALL_PREFIX: dict[str, str] = {
    "de": "ja hallo ich rufe an weil ",
    "fr": "oui bonjour j'appelle parce que ",
    "en": "yeah hi i'm calling because ",
    "es": "sí hola llamo porque ",
    "it": "sì buongiorno chiamo perché ",
    "pt": "sim olá estou a ligar porque ",
}
