# ruff: noqa: E501
"""Wording of heldout183 (Saunvelo: sauna hire by app and web). Never tune on it."""

from __future__ import annotations

BRAND = "Saunvelo"
COMPETITORS = ("Dampfolo", "Ardenza")
LANGS = ("fr", "de", "en", "it", "pt", "es")

PRODUCTS = (
    ("Barrel sauna trailer, weekend", "249.00"),
    ("Infrared cabin, one month", "129.00"),
    ("Tent sauna with wood stove, weekend", "119.00"),
    ("Home sauna service visit", "89.00"),
    ("Birch whisks and aroma oils pack", "24.90"),
)

PRAISE: dict[str, tuple[str, ...]] = {
    "fr": (
        "Week-end parfait avec la sauna tonneau de Saunvelo, livrée pile à l'heure, on recommence en décembre",
        "franchement la cabine infrarouge a sauvé mon hiver, merci Saunvelo",
        "Livreur adorable, il nous a même montré comment charger le poêle. Top !",
    ),
    "de": (
        "Fass-Sauna von Saunvelo am Wochenende, pünktlich geliefert, alle Nachbarn neidisch",
        "Die Infrarotkabine läuft seit drei Wochen ohne Murren. Danke Saunvelo!",
        "Super Aufbau, der Fahrer hat alles erklärt und sogar den Schnee weggeschoben",
    ),
    "en": ("Barrel sauna from Saunvelo turned up on time and the kids loved it, cheers",),
    "it": ("Sauna a botte di Saunvelo consegnata puntuale, weekend stupendo con gli amici",),
    "pt": ("Sauna barril da Saunvelo chegou a horas, fim de semana perfeito em familia",),
    "es": ("La sauna barril de Saunvelo llegó puntual, finde perfecto con mis hermanas",),
}

AGAIN: dict[str, tuple[str, ...]] = {
    "fr": (
        "Troisième location cette année et toujours aussi nickel, Saunvelo",
        "encore une fois livrée en avance, vous êtes des pros",
    ),
    "de": (
        "Schon das dritte Mal gemietet und wieder alles tipptopp",
        "immer noch begeistert von der Kabine, zweiter Monat verlängert",
    ),
    "en": ("Third time hiring and it's still spotless every time",),
    "it": ("Terza volta che noleggio e ancora tutto perfetto",),
    "pt": ("Terceira vez que alugo e continua impecavel",),
    "es": ("Tercera vez este año y otra vez todo perfecto",),
}

PRAISE_GRIPE: dict[str, tuple[str, ...]] = {
    "fr": (
        "Très contente de la cabine, juste le câble un peu court. Sinon je reprends",
        "Super service, seul bémol : la notice est seulement en PDF",
    ),
    "de": (
        "Sehr gute Sauna, nur der Holzkorb war halb leer. Trotzdem gerne wieder",
        "Alles prima, nur die Abholung kam eine Stunde spaeter als angesagt",
    ),
    "en": ("Lovely sauna, only gripe is the thermometer was a bit fogged",),
    "it": ("Ottimo servizio, solo il termometro era un po' appannato",),
    "pt": ("Gostei muito, so o cabo da cabine e curto",),
    "es": ("Muy contenta, solo que el cable de la cabina es cortito",),
}

QUESTIONS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Bonjour, on peut mettre la sauna tonneau sur une terrasse en bois ?",
        "bjr est-ce que le bois est fourni pour le week-end ?",
    ),
    "de": (
        "Hallo, darf die Fass-Sauna auf einem Holzdeck stehen?",
        "Ist das Brennholz fürs Wochenende dabei?",
    ),
    "en": ("Hi, does the weekend hire include firewood?",),
    "it": ("Ciao, la legna è inclusa nel noleggio del weekend?",),
    "pt": ("Ola, a lenha vem incluida no aluguer de fim de semana?",),
    "es": ("Hola, ¿la leña va incluida en el alquiler del finde?",),
}

ANSWERS: dict[str, str] = {
    "fr": "Bonjour, oui : deux sacs de bois sont inclus et la terrasse convient si elle est plane. Bonne séance !",
    "de": "Hallo, ja: zwei Säcke Holz sind dabei, und ein ebenes Deck passt. Schönes Schwitzen!",
    "en": "Hi, yes: two bags of wood are included and a level deck is fine. Enjoy!",
    "it": "Ciao, sì: due sacchi di legna sono inclusi e una pedana piana va benissimo. Buona sauna!",
    "pt": "Ola, sim: dois sacos de lenha estao incluidos e um deck plano serve. Boa sauna!",
    "es": "Hola, sí: van dos sacos de leña y una tarima plana sirve. ¡Que la disfrutes!",
}

THANKS: dict[str, tuple[str, ...]] = {
    "fr": ("merci !! au top", "Parfait merci bcp"),
    "de": ("danke, passt!", "Supi, merci"),
    "en": ("ta, legend",),
    "it": ("grazie mille, gentilissimi",),
    "pt": ("obg, top",),
    "es": ("graciass, genial",),
}

CALL_QUESTIONS: dict[str, str] = {
    "fr": "oui bonjour je voulais savoir si on peut prolonger la cabine infrarouge d'un mois sans la renvoyer",
    "de": "ja hallo ich wollte fragen ob ich die Infrarotkabine einen Monat verlängern kann ohne sie zurückzuschicken",
    "en": "hi there just wondering if i can keep the infrared cabin another month without sending it back",
    "it": "salve volevo sapere se posso tenere la cabina infrarossi un altro mese senza restituirla",
    "pt": "bom dia queria saber se posso ficar com a cabine mais um mes sem a devolver",
    "es": "hola buenas queria saber si puedo quedarme la cabina otro mes sin devolverla",
}

CALL_FOLLOWUP: dict[str, str] = {
    "fr": "Suite à votre appel : la prolongation d'un mois est faite, rien à renvoyer.",
    "de": "Nach Ihrem Anruf: Die Verlängerung um einen Monat ist eingetragen, Sie müssen nichts zurückschicken.",
    "en": "Following your call: the extra month is booked, nothing to send back.",
    "it": "Dopo la sua chiamata: il mese in più è registrato, nulla da restituire.",
    "pt": "Na sequencia da sua chamada: o mes extra esta registado, nada a devolver.",
    "es": "Tras tu llamada: el mes extra está apuntado, no hay que devolver nada.",
}

NIGHT_POSTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "2h du mat, sortie de sauna sous les étoiles, la meilleure idée de l'année",
        "insomnie + cabine infrarouge = enfin sommeil",
    ),
    "de": (
        "Nachtschicht vorbei, ab in die Sauna, herrlich",
        "kann nicht schlafen, also noch ein Aufguss um halb drei",
    ),
    "en": ("night shift done, straight into the sauna, bliss",),
    "it": ("turno di notte finito, sauna alle tre, paradiso",),
    "pt": ("saida do turno da noite e sauna as tres da manha, maravilha",),
    "es": ("salgo del turno de noche y a la sauna, gloria bendita",),
}

NIGHT_QUESTIONS: dict[str, str] = {
    "fr": "c'est grave si le poêle reste tiède toute la nuit ? je le laisse ou je l'éteins",
    "de": "kann ich den Ofen nachts einfach auskühlen lassen?",
    "en": "is it ok to let the stove burn down overnight?",
    "it": "posso lasciare spegnere la stufa da sola di notte?",
    "pt": "posso deixar o fogao apagar sozinho durante a noite?",
    "es": "¿puedo dejar que la estufa se apague sola por la noche?",
}

NIGHT_ANSWERS: dict[str, str] = {
    "fr": "Oui, laissez-le s'éteindre porte entrouverte, aucun souci.",
    "de": "Ja, einfach mit angelehnter Tür ausgehen lassen, kein Problem.",
    "en": "Yes, let it burn down with the door ajar, no problem.",
    "it": "Sì, lo lasci spegnere con la porta socchiusa, nessun problema.",
    "pt": "Sim, deixe apagar com a porta entreaberta, sem problema.",
    "es": "Sí, déjala apagarse con la puerta entreabierta, sin problema.",
}

JOKES: dict[str, str] = {
    "fr": "Mon chat a adopté la sauna tonneau, il refuse d'en sortir 😂 merci Saunvelo",
    "de": "Der Hund liegt jetzt nur noch vor der Saunatür 😂",
    "en": "my dog now thinks the sauna is his kennel 😂",
    "it": "mio nonno ora vuole vivere nella sauna 😂",
    "pt": "a minha avo ja quer mudar-se para a sauna 😂",
    "es": "mi abuela quiere mudarse a la sauna 😂",
}

REVIEWS: dict[str, str] = {
    "fr": "Location simple, sauna propre, chaleur douce. Je recommande.",
    "de": "Einfache Miete, saubere Sauna, schöne Hitze. Empfehlung!",
    "en": "Easy hire, clean sauna, lovely heat. Recommended.",
    "it": "Noleggio semplice, sauna pulita, calore piacevole.",
    "pt": "Aluguer simples, sauna limpa, calor agradavel.",
    "es": "Alquiler sencillo, sauna limpia, calor agradable.",
}

SURVEY_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("nickel", "top", ""),
    "de": ("super", "passt", ""),
    "en": ("great", ""),
    "it": ("ottimo", ""),
    "pt": ("otimo", ""),
    "es": ("genial", ""),
}

PROBLEMS: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "La sauna tonneau est marquée LIVRÉE depuis 9h et il n'y a rien devant chez moi. Mes invités arrivent à 18h.",
        "double_charge": "La caution de 500 € a été prélevée DEUX fois, mon compte est à découvert.",
        "damage": "La vitre de la cabine est fendue et les pierres du poêle sont en miettes, impossible de chauffer.",
        "refund": "Trois semaines que j'ai rendu la sauna et toujours pas de remboursement de la caution.",
        "wrong_price": "Je suis membre Saunvelo Plus et on m'a facturé le tarif non-membre.",
        "cancel_fee": "On me facture 60 € de frais d'annulation alors que j'ai annulé cinq jours avant.",
    },
    "de": {
        "no_show": "Die Fass-Sauna steht seit 9 Uhr auf GELIEFERT und hier ist nichts. Die Gäste kommen um 18 Uhr.",
        "double_charge": "Die Kaution von 500 € wurde ZWEIMAL abgebucht, mein Konto ist im Minus.",
        "damage": "Die Glastür der Kabine hat einen Sprung und die Ofensteine sind zerbröselt, heizen unmöglich.",
        "refund": "Seit drei Wochen ist die Sauna zurück und die Kaution ist immer noch nicht erstattet.",
        "wrong_price": "Ich bin Saunvelo Plus Mitglied und mir wurde der Preis für Nichtmitglieder berechnet.",
        "cancel_fee": "Mir werden 60 € Stornogebühr berechnet, obwohl ich fünf Tage vorher storniert habe.",
    },
    "en": {
        "no_show": "The barrel sauna has said DELIVERED since 9am and there is nothing outside. Guests at 6pm.",
        "double_charge": "The £450 deposit was taken TWICE and my rent bounced.",
        "damage": "The cabin glass is cracked and the stove stones crumbled, it won't heat.",
        "refund": "Three weeks since I returned the sauna and still no deposit back.",
        "wrong_price": "I'm a Saunvelo Plus member and got charged the non-member rate.",
        "cancel_fee": "Charged a £50 cancellation fee though I cancelled five days ahead.",
    },
    "it": {
        "no_show": "La sauna risulta CONSEGNATA dalle 9 e qui non c'è niente. Gli ospiti arrivano alle 18.",
        "double_charge": "La cauzione di 500 € è stata addebitata DUE volte.",
        "damage": "Il vetro della cabina è crepato e le pietre della stufa sono sbriciolate.",
        "refund": "Tre settimane dalla restituzione e la cauzione non è ancora tornata.",
        "wrong_price": "Sono socia Saunvelo Plus e mi avete fatto pagare la tariffa da non socio.",
        "cancel_fee": "Mi addebitate 60 € di penale anche se ho disdetto cinque giorni prima.",
    },
    "pt": {
        "no_show": "A sauna aparece como ENTREGUE desde as 9h e nao esta ca nada. Os convidados chegam as 18h.",
        "double_charge": "A caucao de 500 € foi cobrada DUAS vezes.",
        "damage": "O vidro da cabine esta rachado e as pedras do fogao desfeitas.",
        "refund": "Tres semanas desde a devolucao e a caucao continua por devolver.",
        "wrong_price": "Sou socio Saunvelo Plus e cobraram-me a tarifa de nao socio.",
        "cancel_fee": "Cobraram-me 60 € de cancelamento e cancelei cinco dias antes.",
    },
    "es": {
        "no_show": "La sauna pone ENTREGADA desde las 9 y aquí no hay nada. Los invitados llegan a las 18.",
        "double_charge": "Me habéis cobrado la fianza de 500 € DOS veces.",
        "damage": "El cristal de la cabina está rajado y las piedras de la estufa hechas polvo.",
        "refund": "Tres semanas desde que devolví la sauna y la fianza sin devolver.",
        "wrong_price": "Soy socia Saunvelo Plus y me cobrasteis la tarifa de no socio.",
        "cancel_fee": "Me cobráis 60 € de cancelación y cancelé cinco días antes.",
    },
}

LETTER: dict[str, str] = {
    "fr": "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, donc pardon pour le style. Nous louons chez vous depuis deux ans pour les anniversaires de la famille et tout s'était toujours bien passé.\n\nMais là : PROBLEM\n\nJ'aimerais une réponse aujourd'hui, s'il vous plaît.\n\nCordialement,\nNAME",
    "de": "Guten Tag,\n\nich schreibe aus dem Auto vor der Musikschule meiner Tochter, also bitte entschuldigen Sie die Kürze. Wir mieten seit zwei Jahren bei Ihnen und hatten nie ein Problem.\n\nAber jetzt: PROBLEM\n\nIch erwarte heute noch eine Antwort.\n\nMit freundlichen Grüßen\nNAME",
    "en": "Hello,\n\nWriting this on the train home, so forgive the rush. We've hired from you for two years for family birthdays and never had an issue.\n\nBut now: PROBLEM\n\nI'd like an answer today please.\n\nRegards,\nNAME",
    "it": "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista. Noleggiamo da voi da due anni e non abbiamo mai avuto problemi.\n\nMa adesso: PROBLEM\n\nVorrei una risposta oggi.\n\nCordiali saluti,\nNAME",
    "pt": "Bom dia,\n\nescrevo do carro enquanto espero pelo meu filho no treino. Alugamos convosco ha dois anos e nunca houve problemas.\n\nMas agora: PROBLEM\n\nGostava de uma resposta hoje.\n\nCumprimentos,\nNAME",
    "es": "Buenos días,\n\nos escribo desde la cola del ambulatorio. Llevamos dos años alquilando con vosotros y nunca hubo problemas.\n\nPero ahora: PROBLEM\n\nEspero respuesta hoy.\n\nUn saludo,\nNAME",
}

CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour NAME, nous sommes désolés. Votre demande CASE est ouverte, un conseiller revient vers vous.",
    "de": "Hallo NAME, das tut uns leid. Ihr Vorgang CASE ist eröffnet, wir melden uns.",
    "en": "Hi NAME, sorry about this. Your case CASE is open and we'll be back to you.",
    "it": "Ciao NAME, ci dispiace. La segnalazione CASE è aperta, ti ricontattiamo.",
    "pt": "Ola NAME, lamentamos. O pedido CASE esta aberto, voltamos a contactar.",
    "es": "Hola NAME, lo sentimos. Tu incidencia CASE está abierta, te contactamos.",
}

QUALITY_LEAD: dict[str, str] = {
    "fr": "Bonjour NAME, votre demande CASE est passée à notre responsable qualité, qui vous appelle avant vendredi midi.",
    "de": "Hallo NAME, Ihr Vorgang CASE liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "en": "Hi NAME, your case CASE is now with our quality lead, who will call you before Friday lunchtime.",
    "it": "Ciao NAME, la segnalazione CASE è ora alla responsabile qualità, che ti chiama entro venerdì a pranzo.",
    "pt": "Ola NAME, o pedido CASE esta agora com a nossa responsavel de qualidade, que liga antes de sexta ao almoco.",
    "es": "Hola NAME, tu incidencia CASE está ya con nuestra responsable de calidad, que te llama antes del viernes a mediodía.",
}

GOOD_NEWS: dict[str, str] = {
    "fr": "Bonne nouvelle pour la demande CASE : c'est réglé de notre côté. Pouvez-vous confirmer ?",
    "de": "Gute Nachricht zu Vorgang CASE: Es ist erledigt. Können Sie das bestätigen?",
    "en": "Good news on case CASE: it's sorted on our side. Could you confirm?",
    "it": "Buone notizie sulla segnalazione CASE: è risolta. Può confermare?",
    "pt": "Boas noticias sobre o pedido CASE: esta resolvido. Pode confirmar?",
    "es": "Buenas noticias sobre la incidencia CASE: está resuelta. ¿Nos lo confirmas?",
}

CONFIRMED: dict[str, tuple[str, ...]] = {
    "fr": ("Confirmé pour CASE, tout est bon, merci !", "c'est bon pour CASE, merci beaucoup"),
    "de": ("Bestätigt für CASE, alles gut, danke!", "CASE passt jetzt, vielen Dank"),
    "en": ("Confirmed for CASE, all good now, thanks",),
    "it": ("Confermo per CASE, tutto a posto, grazie",),
    "pt": ("Confirmo o CASE, esta tudo bem, obrigada",),
    "es": ("Confirmado lo de CASE, todo bien, gracias",),
}

APOLOGY: dict[str, tuple[str, ...]] = {
    "fr": (
        "Désolée pour mon message d'hier, journée horrible. Merci pour votre patience.",
        "pardon pour le ton hier, vous n'y êtes pour rien",
    ),
    "de": (
        "Entschuldigung für gestern, das war nicht fair von mir.",
        "sorry wegen meinem Ton gestern, war ein blöder Tag",
    ),
    "en": ("Sorry for yesterday's rant, rough day. Thanks for sorting it.",),
    "it": ("Scusate per il tono di ieri, giornataccia.",),
    "pt": ("Desculpem o tom de ontem, foi um dia horrivel.",),
    "es": ("Perdón por el tono de ayer, día horrible.",),
}

STILL_OPEN: dict[str, tuple[str, ...]] = {
    "fr": (
        "Je reviens pour CASE : toujours rien, c'est toujours pas réglé. PROBLEM",
        "Demande CASE, ENCORE ouverte. PROBLEM",
    ),
    "de": (
        "Ich melde mich wieder wegen CASE: immer noch nicht gelöst. PROBLEM",
        "Vorgang CASE ist IMMER NOCH offen. PROBLEM",
    ),
    "en": ("Back about CASE: still not sorted. PROBLEM",),
    "it": ("Torno per CASE: ancora non risolto. PROBLEM",),
    "pt": ("Volto ao pedido CASE: continua por resolver. PROBLEM",),
    "es": ("Vuelvo por CASE: sigue sin resolverse. PROBLEM",),
}

THIRD: dict[str, str] = {
    "fr": "Une collègue loue chez COMP et eux règlent ça dans la journée.",
    "de": "Ein Kollege mietet bei COMP, die klären so etwas am selben Tag.",
    "en": "A colleague hires from COMP and they sort this the same day.",
    "it": "Una collega noleggia da COMP e loro risolvono in giornata.",
    "pt": "Uma colega aluga na COMP e eles resolvem no proprio dia.",
    "es": "Una compañera alquila en COMP y lo resuelven en el día.",
}

FOURTH: dict[str, str] = {
    "fr": "C'est la QUATRIÈME fois que j'écris.",
    "de": "Das ist das VIERTE Mal, dass ich schreibe.",
    "en": "This is the FOURTH time I'm writing.",
    "it": "È la QUARTA volta che scrivo.",
    "pt": "E a QUARTA vez que escrevo.",
    "es": "Es la CUARTA vez que escribo.",
}

URGENT: dict[str, str] = {
    "fr": "Ajouté à votre demande CASE, marquée urgente.",
    "de": "Zu Ihrem Vorgang CASE hinzugefügt und als dringend markiert.",
    "en": "Added to your case CASE, marked urgent.",
    "it": "Aggiunto alla segnalazione CASE, segnata come urgente.",
    "pt": "Acrescentado ao pedido CASE, marcado como urgente.",
    "es": "Añadido a tu incidencia CASE, marcada como urgente.",
}

SLIDE: dict[str, tuple[str, ...]] = {
    "fr": (
        "Livraison avec trois heures de retard et personne n'a appelé. Bof.",
        "Poêle encrassé et thermomètre cassé à l'arrivée, ça commence à faire beaucoup.",
        "Maintenant on exige une photo de chaque planche au retour ?? sérieux",
        "Caution doublée et une semaine pour la débloquer, je ne comprends plus rien.",
        "45 € de « frais de nettoyage » pour une sauna rendue IMPECCABLE, vos propres photos le montrent. INADMISSIBLE.",
        "Mon beau-frère loue chez COMP, j'ai réservé là-bas pour samedi.",
    ),
    "de": (
        "Lieferung drei Stunden zu spät, ohne Anruf. Naja.",
        "Ofen verrußt und Thermometer kaputt bei Ankunft, langsam reicht's.",
        "Jetzt soll ich jedes Brett bei Rückgabe fotografieren?? echt jetzt",
        "Kaution verdoppelt und eine Woche bis zur Freigabe, versteh ich nicht.",
        "45 € „Reinigungsgebühr“ für eine BLITZSAUBERE Sauna, eure eigenen Fotos zeigen es. UNVERSCHÄMT.",
        "Mein Schwager mietet bei COMP, Samstag hab ich dort gebucht.",
    ),
    "en": (
        "Delivery three hours late and no call. Meh.",
        "Sooty stove and broken thermometer on arrival, it's adding up.",
        "Now I need a photo of every plank on return?? seriously",
        "Deposit doubled and a week to release it, what is going on.",
        "£40 'cleaning fee' for a SPOTLESS sauna, your own photos prove it. OUTRAGEOUS.",
        "My brother-in-law hires from COMP, I've booked there for Saturday.",
    ),
    "it": (
        "Consegna con tre ore di ritardo e nessuna telefonata.",
        "Stufa sporca e termometro rotto all'arrivo, comincia a essere troppo.",
        "Adesso serve una foto di ogni asse alla restituzione?? ma dai",
        "Cauzione raddoppiata e una settimana per sbloccarla.",
        "45 € di 'pulizia' per una sauna PERFETTA, lo dicono le vostre foto. VERGOGNA.",
        "Mio cognato noleggia da COMP, ho prenotato lì per sabato.",
    ),
    "pt": (
        "Entrega com tres horas de atraso e sem telefonema.",
        "Fogao sujo e termometro partido a chegada, ja e demais.",
        "Agora e preciso fotografar cada tabua na devolucao?? a serio",
        "Caucao a dobrar e uma semana para a libertar.",
        "45 € de 'limpeza' por uma sauna IMPECAVEL, as vossas fotos mostram. VERGONHA.",
        "O meu cunhado aluga na COMP, reservei la para sabado.",
    ),
    "es": (
        "Entrega con tres horas de retraso y sin llamar.",
        "Estufa sucia y termómetro roto al llegar, ya van varias.",
        "¿¿Ahora hay que fotografiar cada tabla al devolver?? en serio",
        "Fianza doblada y una semana para liberarla.",
        "45 € de 'limpieza' por una sauna IMPECABLE, vuestras fotos lo demuestran. VERGÜENZA.",
        "Mi cuñado alquila en COMP, he reservado allí para el sábado.",
    ),
}

CANCEL: dict[str, str] = {
    "fr": "Bonjour, nous avons fait construire notre propre sauna au jardin. Je souhaite résilier Saunvelo Plus et fermer mon compte.",
    "de": "Hallo, wir haben jetzt eine eigene Sauna im Keller. Bitte Saunvelo Plus kündigen und mein Konto schließen.",
    "en": "Hi, we've built our own sauna now. Please cancel my Saunvelo Plus and close my account.",
    "it": "Buongiorno, ci trasferiamo in un appartamento senza giardino. Vorrei disdire Saunvelo Plus e chiudere l'account.",
    "pt": "Ola, mudamos para um apartamento sem quintal. Quero cancelar o Saunvelo Plus e fechar a conta.",
    "es": "Hola, nos mudamos a un piso sin terraza. Quiero darme de baja de Saunvelo Plus y cerrar la cuenta.",
}

SORRY_GO: dict[str, str] = {
    "fr": "Désolés de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site.",
    "de": "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
    "it": "Ci dispiace vederla andare. Può disdire da sola nell'app o sul sito.",
    "pt": "Lamentamos a sua saida. Pode cancelar na app ou no site.",
    "es": "Sentimos que te vayas. Puedes darte de baja en la app o en la web.",
}

GRUMBLES: dict[str, tuple[str, ...]] = {
    "fr": (
        "L'app me déconnecte à chaque fois, pénible",
        "Le SMS « fin de location dans 2h » à 6h du mat, merci bien",
        "toujours pas de créneau de livraison le samedi matin",
    ),
    "de": (
        "Die App loggt mich jedes Mal aus, nervig",
        "SMS „Miete endet in 2 Stunden“ um 6 Uhr früh, danke auch",
        "Lieferfenster ändern sich ohne Bescheid",
    ),
    "en": (
        "The app logs me out every single time",
        "the 'hire ends in 2h' text at 6am, thanks a lot",
    ),
    "it": ("L'app mi disconnette ogni volta", "l'sms delle 6 di mattina, grazie eh"),
    "pt": ("A app desliga-me a sessao sempre", "o sms as 6 da manha, obrigadinho"),
    "es": ("La app me cierra la sesión cada vez", "el sms de las 6 de la mañana, gracias eh"),
}

SARCASM: dict[str, str] = {
    "fr": "Livraison « express » à 21h40, pile pour une sauna au clair de lune 👏",
    "de": "„Express“-Lieferung um 21:40, perfekt für Sauna im Dunkeln 👏",
    "en": "'Express' delivery at 9:40pm, just in time for a sauna in the dark 👏",
    "it": "Consegna 'express' alle 21:40, giusto in tempo per la sauna al buio 👏",
    "pt": "Entrega 'expresso' as 21:40, mesmo a tempo de uma sauna as escuras 👏",
    "es": "Entrega 'exprés' a las 21:40, justo para una sauna a oscuras 👏",
}

MILD: dict[str, str] = {
    "fr": "La carte des dépôts affiche la mauvaise ville, c'est un peu perturbant",
    "de": "Die Depotsuche zeigt die falsche Stadt an",
    "en": "the depot finder shows the wrong town",
    "it": "la ricerca deposito mostra la città sbagliata",
    "pt": "a pesquisa de depositos mostra a cidade errada",
    "es": "el buscador de depósitos muestra la ciudad equivocada",
}

ACK_FORM: dict[str, str] = {
    "fr": "Merci pour votre message, nous corrigeons cela.",
    "de": "Danke für den Hinweis, wir kümmern uns darum.",
    "en": "Thanks for letting us know, we're fixing it.",
    "it": "Grazie della segnalazione, lo sistemiamo.",
    "pt": "Obrigado pelo aviso, vamos corrigir.",
    "es": "Gracias por avisar, lo corregimos.",
}

SUBJ_COMPLAINT: dict[str, str] = {
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
}

SUBJ_CASE: dict[str, str] = {
    "fr": "RE : Demande ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "it": "R: Segnalazione ",
    "pt": "RE: Pedido ",
    "es": "RE: Incidencia ",
}

B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Vos factures portent encore l'ancien nom de la société et aucun numéro de bon de commande, la compta les rejette.",
        "service_blocked": "Au dépôt on nous refuse la sauna mobile, « compte bloqué », alors que tout est payé.",
        "portal": "Le portail n'affiche aucune location en cours, impossible de demander l'enlèvement et la facture tourne.",
        "overbilled": "On nous facture au jour au lieu du tarif hebdomadaire du contrat.",
    },
    "de": {
        "invoice": "Ihre Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab.",
        "service_blocked": "Am Depot wurde uns die mobile Sauna verweigert, „Konto gesperrt“, obwohl alles bezahlt ist.",
        "portal": "Das Portal zeigt keine laufenden Mieten, Abholung kann nicht beantragt werden und die Miete läuft weiter.",
        "overbilled": "Uns wird der Tagessatz statt des vertraglichen Wochensatzes berechnet.",
    },
    "en": {
        "invoice": "Your invoices still carry our old company name and no PO number, accounts reject them.",
        "service_blocked": "The depot refused us the mobile sauna, 'account on stop', though everything is paid.",
        "portal": "The portal shows no open hires, so we can't request collection and the bill runs on.",
        "overbilled": "We're billed day rates instead of our contract weekly rate.",
    },
    "it": {
        "invoice": "Le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine.",
        "service_blocked": "Al deposito ci hanno rifiutato la sauna, 'conto bloccato', ma è tutto pagato.",
        "portal": "Il portale non mostra noleggi aperti, non possiamo chiedere il ritiro.",
        "overbilled": "Ci fatturate a giornata invece della tariffa settimanale del contratto.",
    },
    "pt": {
        "invoice": "As faturas ainda tem o nome antigo da empresa e nenhum numero de encomenda.",
        "service_blocked": "No deposito recusaram-nos a sauna, 'conta bloqueada', mas esta tudo pago.",
        "portal": "O portal nao mostra alugueres abertos, nao conseguimos pedir a recolha.",
        "overbilled": "Estao a faturar ao dia em vez da tarifa semanal do contrato.",
    },
    "es": {
        "invoice": "Vuestras facturas llevan el nombre antiguo de la empresa y ningún número de pedido.",
        "service_blocked": "En el depósito nos negaron la sauna, 'cuenta bloqueada', y está todo pagado.",
        "portal": "El portal no muestra alquileres abiertos, no podemos pedir la recogida.",
        "overbilled": "Nos facturáis por día en vez de la tarifa semanal del contrato.",
    },
}

B2B_LATER: dict[str, str] = {
    "fr": "Bonjour, ma collègue FIRST vous a écrit DAY pour la demande CASE. Même problème ici : PROBLEM",
    "de": "Guten Tag, meine Kollegin FIRST hat Ihnen DAY wegen Vorgang CASE geschrieben. Bei mir dasselbe: PROBLEM",
    "en": "Hello, my colleague FIRST wrote to you DAY about case CASE. Same here: PROBLEM",
    "it": "Buongiorno, la mia collega FIRST vi ha scritto DAY per la segnalazione CASE. Stesso problema: PROBLEM",
    "pt": "Bom dia, a minha colega FIRST escreveu DAY sobre o pedido CASE. O mesmo aqui: PROBLEM",
    "es": "Hola, mi compañera FIRST os escribió DAY por la incidencia CASE. Lo mismo aquí: PROBLEM",
}

B2B_LAST: dict[str, str] = {
    "fr": "oui bonjour c'est encore pour la demande CASE rien n'est réglé plusieurs collègues vous ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "de": "ja guten Tag es geht wieder um Vorgang CASE nichts ist gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "en": "hi it's about case CASE again nothing is fixed several colleagues wrote my boss says we move the account if it isn't fixed this week",
    "it": "buongiorno è ancora per la segnalazione CASE non è risolto niente il mio capo dice che cambiamo fornitore",
    "pt": "bom dia e outra vez o pedido CASE nada resolvido o meu chefe diz que mudamos de fornecedor",
    "es": "hola es otra vez por la incidencia CASE no se ha arreglado nada mi jefe dice que cambiamos de proveedor",
}

B2B_SUGGEST: dict[str, str] = {
    "fr": "Suggestion : pourriez-vous exporter les coûts par code projet ?",
    "de": "Vorschlag: Könnten Sie die Kosten nach Projektnummer exportieren?",
    "en": "Suggestion: could the portal export costs by project code?",
    "it": "Suggerimento: potreste esportare i costi per codice progetto?",
    "pt": "Sugestao: podiam exportar os custos por codigo de projeto?",
    "es": "Sugerencia: ¿podríais exportar los costes por código de proyecto?",
}

B2B_QUESTIONS: dict[str, str] = {
    "fr": "Bonjour, peut-on réserver deux cabines pour le séminaire de jeudi ?",
    "de": "Hallo, können wir zwei Kabinen für das Teamevent am Donnerstag reservieren?",
    "en": "Hi, can we book two cabins for Thursday's staff event?",
    "it": "Ciao, possiamo prenotare due cabine per l'evento di giovedì?",
    "pt": "Ola, podemos reservar duas cabines para o evento de quinta?",
    "es": "Hola, ¿podemos reservar dos cabinas para el evento del jueves?",
}

B2B_ANSWERS: dict[str, str] = {
    "fr": "Bonjour, c'est réservé sur votre compte, la facture suivra sur le portail.",
    "de": "Hallo, ist auf Ihr Firmenkonto gebucht, die Rechnung kommt ins Portal.",
    "en": "Hi, booked on your account, the invoice will be in the portal.",
    "it": "Ciao, prenotato sul vostro conto, la fattura arriva nel portale.",
    "pt": "Ola, reservado na vossa conta, a fatura fica no portal.",
    "es": "Hola, reservado en vuestra cuenta, la factura estará en el portal.",
}

B2B_PRAISE: dict[str, str] = {
    "fr": "Nos clients de l'hôtel adorent les cabines Saunvelo, merci à l'équipe",
    "de": "Unsere Hotelgäste lieben die Saunvelo Kabinen, danke ans Team",
    "en": "Our hotel guests love the Saunvelo cabins, thanks team",
    "it": "I nostri ospiti adorano le cabine Saunvelo",
    "pt": "Os nossos hospedes adoram as cabines Saunvelo",
    "es": "A nuestros huéspedes les encantan las cabinas Saunvelo",
}

WEEKDAY: dict[str, tuple[str, ...]] = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": (
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ),
    "en": (
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": (
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ),
    "es": (
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ),
}

SPIKE_TOPIC = "home sauna app preheat puts controllers into safety lockout: panel shows error THM-582, cabins stay cold"

SPIKE_REPORTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "J'ai lancé le préchauffage depuis l'app et le panneau affiche THM-582, la cabine reste FROIDE",
        "la sauna ne chauffe plus depuis que j'ai appuyé sur préchauffer dans l'app, écran bloqué avec un cadenas",
        "Erreur THM-582 sur le boîtier, impossible de relancer, on avait prévu la séance ce matin",
    ),
    "de": (
        "Vorheizen über die App gedrückt und jetzt zeigt das Panel THM-582, Kabine bleibt KALT",
        "seit dem Vorheizen in der App ist die Steuerung gesperrt, nur ein Schloss-Symbol",
        "THM-582 am Bedienteil, Neustart bringt nichts, Sauna eiskalt",
    ),
    "en": (
        "Hit preheat in the app and the panel says THM-582, cabin stone cold",
        "pressed preheat and now the controller is locked, just a padlock icon",
    ),
    "it": (
        "Ho premuto preriscaldo nell'app e il pannello dice THM-582, cabina fredda",
        "dopo il preriscaldo dall'app il pannello è bloccato con un lucchetto",
    ),
    "pt": (
        "Carreguei em pre-aquecer na app e o painel mostra THM-582, cabine fria",
        "depois do pre-aquecimento na app o painel ficou bloqueado",
    ),
    "es": (
        "Le di a precalentar en la app y el panel marca THM-582, la cabina FRÍA",
        "desde que di a precalentar en la app el panel está bloqueado con un candado",
    ),
}

SPIKE_REPEAT: dict[str, str] = {
    "fr": "Toujours THM-582, même après avoir débranché dix minutes. Quelqu'un peut m'aider ?",
    "de": "Immer noch THM-582, auch nach zehn Minuten Stecker ziehen. Hilfe?",
    "en": "Still THM-582 even after unplugging for ten minutes. Anyone?",
    "it": "Ancora THM-582 anche dopo averla staccata dieci minuti.",
    "pt": "Continua THM-582 mesmo depois de desligar dez minutos.",
    "es": "Sigue THM-582 incluso tras desenchufar diez minutos.",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Oui, le préchauffage de l'app bloque les boîtiers en ce moment, nos ingénieurs sont dessus.",
    "de": "Ja, das Vorheizen per App sperrt gerade die Steuerungen, unsere Technik ist dran.",
    "en": "Yes, app preheat is locking controllers right now, our engineers are on it.",
    "it": "Sì, il preriscaldo dall'app sta bloccando i pannelli, i tecnici ci lavorano.",
    "pt": "Sim, o pre-aquecimento da app esta a bloquear os paineis, a equipa esta a tratar.",
    "es": "Sí, el precalentar de la app está bloqueando los paneles, los técnicos están en ello.",
}

SPIKE_FIXED: dict[str, str] = {
    "fr": "Le préchauffage fonctionne de nouveau depuis 12h40, le boîtier se débloque seul. 10 € de crédit ajoutés.",
    "de": "Das Vorheizen funktioniert seit 12:40 wieder, die Steuerung entsperrt sich selbst. 10 € Guthaben gutgeschrieben.",
    "en": "Preheat works again since 11:40, the controller unlocks itself. £9 credit added.",
    "it": "Il preriscaldo funziona di nuovo dalle 12:40, il pannello si sblocca da solo. 10 € di credito.",
    "pt": "O pre-aquecimento funciona de novo desde as 11:40, o painel desbloqueia sozinho. 10 € de credito.",
    "es": "El precalentar funciona otra vez desde las 12:40, el panel se desbloquea solo. 10 € de crédito.",
}

LONE_QUESTION: dict[str, str] = {
    "fr": "hier soir le préchauffage a mis 5 minutes à démarrer, c'est normal ? ça a marché ensuite",
    "de": "gestern hat das Vorheizen 5 Minuten gebraucht bis es losging, normal? danach lief alles",
    "en": "preheat took 5 minutes to start last night, normal? it worked after",
    "it": "ieri sera il preriscaldo ci ha messo 5 minuti a partire, normale?",
    "pt": "ontem o pre-aquecimento demorou 5 minutos a arrancar, e normal?",
    "es": "anoche el precalentar tardó 5 minutos en arrancar, ¿es normal?",
}

LONE_ANSWER: dict[str, str] = {
    "fr": "Oui, le boîtier attend la connexion wifi, c'est normal.",
    "de": "Ja, die Steuerung wartet aufs WLAN, das ist normal.",
    "en": "Yes, the controller waits for wifi, that's normal.",
    "it": "Sì, il pannello attende il wifi, è normale.",
    "pt": "Sim, o painel espera pelo wifi, e normal.",
    "es": "Sí, el panel espera al wifi, es normal.",
}
