"""Wording for heldout225 (Tapizzo: sofa, rug and mattress deep-cleaning at home).

Every table has its own wording per language; no table falls back to English.
Placeholders: case (a case reference), comp (a competitor).
"""
# ruff: noqa: E501

LANGS = ("fr", "es", "en", "de", "it", "pt")

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "fr": [
            "Le canapé a retrouvé sa couleur, merci Tapizzo !",
            "technicien super pro, le tapis sent bon le propre",
            "Bluffée par le résultat sur le fauteuil en velours",
        ],
        "es": [
            "El sofá ha quedado impecable, gracias Tapizzo",
            "la alfombra parece otra, muy contenta",
            "Técnico puntual y majísimo, repetiré",
        ],
        "en": ["Sofa looks amazing after the Tapizzo clean, cheers"],
        "de": ["Das Sofa sieht wieder richtig frisch aus, danke Tapizzo"],
        "it": ["Divano tornato splendido, grazie Tapizzo"],
        "pt": ["O sofá ficou impecável, obrigada Tapizzo"],
    },
    "again": {
        "fr": [
            "Troisième nettoyage cette année et toujours aussi nickel",
            "Encore une fois parfait, le chien n'a rien laissé 😄",
        ],
        "es": [
            "Tercera vez este año y otra vez perfecto",
            "Otra vez el mismo técnico tan amable, genial",
        ],
        "en": ["Third time using Tapizzo and still spotless"],
        "de": ["Schon wieder top, dritte Reinigung und immer noch begeistert"],
        "it": ["Terza volta e ancora perfetto"],
        "pt": ["Terceira vez e continua perfeito"],
    },
    "gripe": {
        "fr": [
            "Très bon résultat, juste le créneau 8h-12h un peu large",
            "Super boulot, seul bémol le canapé a mis une nuit à sécher",
        ],
        "es": [
            "Muy bien todo, solo que la franja de 8 a 12 es larguísima",
            "Genial, aunque el sofá tardó una noche en secarse",
        ],
        "en": ["Great job, only the four-hour arrival window is a pain"],
        "de": ["Sehr gutes Ergebnis, nur das Zeitfenster von vier Stunden nervt"],
        "it": ["Ottimo lavoro, solo la fascia oraria è troppo lunga"],
        "pt": ["Muito bom, só a janela de quatro horas é chata"],
    },
    "question": {
        "fr": [
            "Bonjour, vous nettoyez aussi les matelas à mémoire de forme ?",
            "on peut décaler un rdv à samedi ?",
        ],
        "es": [
            "Hola, ¿limpiáis también colchones viscoelásticos?",
            "se puede cambiar la cita al sábado?",
        ],
        "en": ["Hi, do you clean wool rugs too?"],
        "de": ["Hallo, reinigt ihr auch Matratzen mit Memory-Schaum?"],
        "it": ["Ciao, pulite anche i tappeti di lana?"],
        "pt": ["Olá, também limpam colchões viscoelásticos?"],
    },
    "answer": {
        "fr": [
            "Bonjour, oui tout à fait, vous pouvez le choisir dans l'appli au moment de réserver."
        ],
        "es": ["Hola, sí, puedes elegirlo en la app al reservar."],
        "en": ["Hi, yes, you can pick it in the app when you book."],
        "de": ["Hallo, ja, das können Sie in der App bei der Buchung auswählen."],
        "it": ["Ciao, sì, puoi sceglierlo nell'app quando prenoti."],
        "pt": ["Olá, sim, pode escolher na app ao reservar."],
    },
    "thanks": {
        "fr": ["top merci", "ok merci bcp !"],
        "es": ["genial graciass", "vale, mil gracias"],
        "en": ["cheers mate"],
        "de": ["super, danke dir"],
        "it": ["grazie mille!"],
        "pt": ["valeu, obrigado"],
    },
    "night_post": {
        "fr": ["2h du mat, je regarde des vidéos de shampouineuse Tapizzo au lieu de dormir"],
        "es": ["Las 3 de la mañana y yo viendo vídeos de limpieza de sofás de Tapizzo 😅"],
        "en": ["Night shift done, sofa booked with Tapizzo for Saturday"],
        "de": ["Nachtschicht vorbei, Teppichreinigung bei Tapizzo für Samstag gebucht"],
        "it": ["Le 2 di notte e prenoto la pulizia del divano, Tapizzo sempre aperto"],
        "pt": ["Turno da noite acabou, sofá marcado com a Tapizzo para sábado"],
    },
    "night_q": {
        "fr": ["le technicien a besoin de prises électriques libres ?"],
        "es": ["el técnico necesita enchufe libre?"],
        "en": ["does the technician need a free socket?"],
        "de": ["braucht der Techniker eine freie Steckdose?"],
        "it": ["il tecnico ha bisogno di una presa libera?"],
        "pt": ["o técnico precisa de uma tomada livre?"],
    },
    "night_a": {
        "fr": ["Oui, une prise suffit, il apporte tout le reste."],
        "es": ["Sí, basta con un enchufe, él trae todo lo demás."],
        "en": ["Yes, one socket is enough, he brings the rest."],
        "de": ["Ja, eine Steckdose reicht, den Rest bringt er mit."],
        "it": ["Sì, basta una presa, il resto lo porta lui."],
        "pt": ["Sim, basta uma tomada, ele traz o resto."],
    },
    "survey_word": {
        "fr": ["parfait", "👍", ""],
        "es": ["genial", "😊", ""],
        "en": ["spotless", ""],
        "de": ["prima", ""],
        "it": ["perfetto", ""],
        "pt": ["ótimo", ""],
    },
    "complaint": {
        "fr": [
            "Le technicien n'est JAMAIS venu, j'ai posé une demi-journée pour rien",
            "le canapé est revenu avec une grosse auréole blanche, il était beige avant",
            "vous m'avez débité DEUX fois le nettoyage du tapis",
        ],
        "es": [
            "El técnico NO vino nunca y pedí la mañana libre para nada",
            "el sofá tiene una mancha blanca enorme que antes no estaba",
            "me habéis cobrado DOS veces la limpieza de la alfombra",
        ],
        "en": ["The technician NEVER turned up, I took half a day off for nothing"],
        "de": ["Der Techniker ist NIE gekommen, ich habe mir umsonst frei genommen"],
        "it": ["Il tecnico NON è mai arrivato, ho preso mezza giornata per niente"],
        "pt": ["O técnico NUNCA apareceu, tirei meio dia para nada"],
    },
    "long_email": {
        "fr": [
            "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous. Nous préparons l'anniversaire de ma fille samedi et j'avais réservé le nettoyage du canapé exprès. Le technicien n'est jamais venu, personne n'a appelé, et l'appli affiche l'intervention comme terminée. J'ai perdu ma matinée.\n\nJe suis cliente depuis trois ans et jusqu'ici tout allait bien, mais là ce n'est pas acceptable.\n\nCordialement"
        ],
        "es": [
            "Hola:\n\nOs escribo desde el coche, esperando a que salga mi hijo de natación. Estamos con la mudanza de mi madre y reservé la limpieza del colchón para dejarlo listo. El técnico no vino, nadie llamó y la app dice que el servicio está hecho. He perdido la mañana entera.\n\nLlevo años con vosotros y nunca había tenido un problema, pero esto no puede ser.\n\nUn saludo"
        ],
        "en": [
            "Hello,\n\nWriting from the hospital car park while my dad has his check-up. We are getting his flat ready and I booked the sofa clean for this morning. Nobody came, nobody called, and the app says the job is done.\n\nI've used you for years, but this is not on.\n\nRegards"
        ],
        "de": [
            "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Tierarzt. Wir richten gerade die Wohnung meiner Mutter her und ich hatte die Sofareinigung für heute früh gebucht. Niemand kam, niemand rief an, und die App zeigt den Auftrag als erledigt.\n\nIch bin seit Jahren Kundin, aber so geht das nicht.\n\nMit freundlichen Grüßen"
        ],
        "it": [
            "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista. Stiamo sistemando la casa di mia nonna e avevo prenotato la pulizia del divano per stamattina. Non è venuto nessuno e l'app dice che il lavoro è fatto.\n\nSono cliente da anni, ma così non va.\n\nCordiali saluti"
        ],
        "pt": [
            "Bom dia,\n\nescrevo do carro à espera do meu filho. Estamos a arrumar a casa da minha avó e marquei a limpeza do sofá para hoje de manhã. Ninguém apareceu e a app diz que o serviço está feito.\n\nSou cliente há anos, mas assim não dá.\n\nCumprimentos"
        ],
    },
    "call": {
        "fr": [
            "oui bonjour alors le technicien devait venir ce matin et personne est venu je voudrais savoir ce qui se passe"
        ],
        "es": [
            "si hola mire el tecnico tenia que venir esta mañana y no ha venido nadie quiero saber que pasa"
        ],
        "en": [
            "yeah hi the technician was meant to come this morning and nobody came what is going on"
        ],
        "de": ["ja hallo der Techniker sollte heute früh kommen und es kam niemand was ist da los"],
        "it": [
            "sì buongiorno il tecnico doveva venire stamattina e non è venuto nessuno cosa succede"
        ],
        "pt": ["sim bom dia o tecnico devia vir esta manha e nao veio ninguem o que se passa"],
    },
    "call_q": {
        "fr": ["bonjour je voulais savoir si vous faites aussi les sieges de voiture"],
        "es": ["hola queria saber si limpiais tambien asientos de coche"],
        "en": ["hi just wondering if you do car seats as well"],
        "de": ["hallo ich wollte fragen ob ihr auch Autositze reinigt"],
        "it": ["buongiorno volevo sapere se pulite anche i sedili dell auto"],
        "pt": ["ola queria saber se tambem limpam bancos de carro"],
    },
    "case_opened": {
        "fr": [
            "Bonjour, nous sommes désolés. Votre dossier case est ouvert, nous revenons vers vous rapidement."
        ],
        "es": [
            "Hola, lo sentimos mucho. Hemos abierto la incidencia case y te contestamos en breve."
        ],
        "en": ["Hello, we are sorry. We have opened case for you and will be back to you soon."],
        "de": ["Hallo, das tut uns leid. Ihr Vorgang case ist eröffnet, wir melden uns bald."],
        "it": ["Buongiorno, ci dispiace. La segnalazione case è aperta, vi ricontattiamo presto."],
        "pt": ["Olá, lamentamos. O pedido case está aberto e respondemos em breve."],
    },
    "good_news": {
        "fr": [
            "Bonne nouvelle pour le dossier case : c'est réglé de notre côté, pouvez-vous confirmer ?"
        ],
        "es": ["Buenas noticias sobre la incidencia case: ya está resuelta, ¿nos lo confirmas?"],
        "en": ["Good news on case: it's sorted on our side, could you confirm?"],
        "de": ["Gute Nachricht zu Vorgang case: bei uns erledigt, können Sie das bestätigen?"],
        "it": ["Buone notizie sulla segnalazione case: risolta, può confermare?"],
        "pt": ["Boas notícias sobre o pedido case: resolvido, pode confirmar?"],
    },
    "confirm": {
        "fr": ["Confirmé pour case, tout est bon, merci"],
        "es": ["Confirmado lo de case, todo bien, gracias"],
        "en": ["Confirmed for case, all good, thanks"],
        "de": ["Bestätigt für case, alles gut, danke"],
        "it": ["Confermo per case, tutto a posto, grazie"],
        "pt": ["Confirmado o case, tudo certo, obrigado"],
    },
    "apology": {
        "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci pour votre réactivité"],
        "es": [
            "Perdón por el mensaje de ayer, estaba desbordada. Gracias por responder tan rápido"
        ],
        "en": ["Sorry about yesterday's message, bad day. Thanks for sorting it"],
        "de": ["Sorry für gestern, war ein schlechter Tag. Danke fürs Kümmern"],
        "it": ["Scusate per ieri, giornata pessima. Grazie"],
        "pt": ["Desculpem a mensagem de ontem, dia mau. Obrigada"],
    },
    "still_open": {
        "fr": [
            "Toujours rien pour le dossier case, c'est toujours pas réglé",
            "je relance pour case, toujours en attente",
        ],
        "es": [
            "Sigo sin noticias de case, sigue sin resolverse",
            "vuelvo a escribir por case, sigue igual",
        ],
        "en": ["Still nothing on case, it's still not fixed"],
        "de": ["Immer noch nichts zu case, ist immer noch nicht erledigt"],
        "it": ["Ancora niente per case, non è ancora risolto"],
        "pt": ["Continuo sem notícias do case, ainda não está resolvido"],
    },
    "third": {
        "fr": ["Une collègue passe par comp et eux règlent ça dans la journée."],
        "es": ["Una compañera usa comp y se lo arreglan en el día."],
        "en": ["A mate uses comp and they sort this the same day."],
        "de": ["Eine Kollegin nutzt comp, die regeln das am selben Tag."],
        "it": ["Una collega usa comp e lo risolvono in giornata."],
        "pt": ["Uma colega usa a comp e resolvem isto no mesmo dia."],
    },
    "fourth": {
        "fr": ["QUATRIÈME fois que j'écris."],
        "es": ["CUARTA vez que escribo."],
        "en": ["FOURTH time I'm writing."],
        "de": ["Zum VIERTEN Mal."],
        "it": ["QUARTA volta che scrivo."],
        "pt": ["QUARTA vez que escrevo."],
    },
    "urgent": {
        "fr": ["Ajouté à votre dossier, marqué urgent."],
        "es": ["Añadido a tu incidencia, marcada urgente."],
        "en": ["Added to your case, marked urgent."],
        "de": ["Zum Vorgang hinzugefügt, als dringend markiert."],
        "it": ["Aggiunto alla segnalazione, urgente."],
        "pt": ["Adicionado ao pedido, marcado urgente."],
    },
    "slide": {
        "fr": [
            "Technicien arrivé 3h en retard sans prévenir",
            "le produit a laissé une odeur chimique dans tout le salon",
            "on me demande des photos de chaque tache avant de passer",
            "prélèvement de l'abonnement en double ce mois-ci",
            "FURIEUSE : 40 € de frais de déplacement pour un rendez-vous qu'ils ont annulé eux-mêmes",
            "Ma sœur passe par comp, j'ai réservé chez eux pour samedi",
        ],
        "es": [
            "El técnico llegó 3 horas tarde sin avisar",
            "el producto dejó olor a químico en todo el salón",
            "me piden fotos de cada mancha antes de venir",
            "me han cobrado la cuota dos veces este mes",
            "HARTA: 40 € de desplazamiento por una cita que cancelaron ellos",
            "Mi hermana usa comp, ya he reservado con ellos el sábado",
        ],
        "en": [
            "Technician 3 hours late, no call",
            "the cleaner left a chemical smell all over the lounge",
            "now they want photos of every stain before coming",
            "membership charged twice this month",
            "FUMING: £35 call-out fee for a visit THEY cancelled",
            "My sister uses comp, booked them for Saturday",
        ],
        "de": [
            "Techniker 3 Stunden zu spät, ohne Anruf",
            "das Mittel riecht im ganzen Wohnzimmer nach Chemie",
            "jetzt wollen sie Fotos von jedem Fleck vorher",
            "Mitgliedschaft diesen Monat doppelt abgebucht",
            "STINKSAUER: 40 € Anfahrt für einen Termin, den SIE abgesagt haben",
            "Meine Schwester nutzt comp, hab dort für Samstag gebucht",
        ],
        "it": [
            "Tecnico in ritardo di 3 ore senza avvisare",
            "il prodotto ha lasciato odore di chimico in tutto il salotto",
            "ora vogliono foto di ogni macchia prima",
            "abbonamento addebitato due volte",
            "FURIOSA: 40 € di uscita per un appuntamento annullato da LORO",
            "Mia sorella usa comp, ho prenotato da loro sabato",
        ],
        "pt": [
            "Técnico 3 horas atrasado sem avisar",
            "o produto deixou cheiro a químico na sala toda",
            "agora querem fotos de cada mancha antes",
            "cobraram a assinatura duas vezes",
            "FURIOSA: 40 € de deslocação por uma visita que ELES cancelaram",
            "A minha irmã usa a comp, marquei lá para sábado",
        ],
    },
    "cancel_req": {
        "fr": [
            "Bonjour, on déménage dans un meublé et on n'a plus de canapé à nous. Je voudrais résilier mon abonnement Tapizzo Club et fermer mon compte."
        ],
        "es": [
            "Hola, nos mudamos a un piso amueblado sin sofá propio. Quiero darme de baja de Tapizzo Club y cerrar la cuenta."
        ],
        "en": [
            "Hi, we're moving into a furnished flat. Please cancel my Tapizzo Club membership and close my account."
        ],
        "de": [
            "Hallo, wir ziehen in eine möblierte Wohnung. Bitte kündigen Sie meine Tapizzo-Club-Mitgliedschaft und schließen Sie mein Konto."
        ],
        "it": [
            "Salve, ci trasferiamo in un arredato. Vorrei disdire Tapizzo Club e chiudere l'account."
        ],
        "pt": [
            "Olá, vamos para uma casa mobilada. Quero cancelar o Tapizzo Club e fechar a conta."
        ],
    },
    "sorry_go": {
        "fr": [
            "Dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site."
        ],
        "es": ["¡Qué pena que te vayas! Puedes darte de baja tú en la app o en la web."],
        "en": ["Sorry to see you go! You can cancel yourself in the app or on the website."],
        "de": [
            "Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website kündigen."
        ],
        "it": ["Ci dispiace! Puoi disdire da solo nell'app o sul sito."],
        "pt": ["Pena vê-lo partir! Pode cancelar na app ou no site."],
    },
    "grumble": {
        "fr": ["l'appli me déconnecte à chaque fois", "le rappel SMS à 6h du matin franchement"],
        "es": [
            "la app me cierra sesión cada vez",
            "el SMS de recordatorio a las 6 de la mañana, en serio",
        ],
        "en": ["app logs me out every single time"],
        "de": ["die App meldet mich jedes Mal ab"],
        "it": ["l'app mi disconnette ogni volta"],
        "pt": ["a app faz logout sempre"],
    },
    "sarcasm": {
        "fr": ["Génial le créneau 8h-12h, technicien à 13h50, j'adore attendre 👏"],
        "es": ["Qué maravilla la franja de 8 a 12, técnico a las 13:50, me encanta esperar 👏"],
        "en": ["Love an 8-12 slot where the man turns up at 13:50 👏"],
        "de": ["Tolles Zeitfenster 8-12, Techniker um 13:50, ich warte ja so gern 👏"],
        "it": ["Fascia 8-12, tecnico alle 13:50, adoro aspettare 👏"],
        "pt": ["Janela das 8 às 12, técnico às 13:50, adoro esperar 👏"],
    },
    "spike": {
        "fr": [
            "L'appli affiche mon nettoyage de ce matin comme annulé par moi ?? j'ai rien annulé",
            "erreur TZB-619 quand j'ouvre ma réservation, marquée annulée",
            "mon rdv a disparu, écrit annulé par le client, le technicien vient ou pas ??",
        ],
        "es": [
            "La app dice que he cancelado yo la limpieza de hoy?? no he cancelado nada",
            "error TZB-619 al abrir mi reserva, sale como cancelada",
            "mi cita pone cancelada por el cliente, viene el tecnico o no??",
        ],
        "en": [
            "App says I cancelled today's clean?? I didn't cancel anything",
            "getting TZB-619 when I open my booking, shows cancelled",
        ],
        "de": [
            "App zeigt meine Reinigung heute als von mir storniert?? hab nichts storniert",
            "Fehler TZB-619 beim Öffnen der Buchung, steht storniert",
        ],
        "it": ["L'app dice che ho annullato io la pulizia di oggi?? non ho annullato niente"],
        "pt": ["A app diz que cancelei a limpeza de hoje?? não cancelei nada"],
    },
    "spike_again": {
        "fr": ["Toujours marqué annulé, et maintenant aussi sur le site"],
        "es": ["Sigue saliendo cancelada, ahora también en la web"],
        "en": ["Still showing cancelled, on the website too now"],
        "de": ["Immer noch storniert, jetzt auch auf der Website"],
        "it": ["Ancora annullata, ora anche sul sito"],
        "pt": ["Continua cancelada, agora também no site"],
    },
    "spike_chat_a": {
        "fr": [
            "Oui, des réservations s'affichent à tort comme annulées, nos équipes sont dessus, le technicien passe bien."
        ],
        "es": [
            "Sí, algunas reservas salen como canceladas por error, lo estamos arreglando y el técnico va igual."
        ],
        "en": [
            "Yes, some bookings show as cancelled by mistake, we're on it and your technician is still coming."
        ],
        "de": [
            "Ja, manche Buchungen stehen fälschlich als storniert, wir sind dran, der Techniker kommt trotzdem."
        ],
        "it": [
            "Sì, alcune prenotazioni risultano annullate per errore, ci stiamo lavorando, il tecnico arriva."
        ],
        "pt": [
            "Sim, algumas reservas aparecem canceladas por erro, estamos a tratar, o técnico vai na mesma."
        ],
    },
    "b2b_complaint": {
        "fr": [
            "Bonjour, nos factures de ce mois portent le tarif à l'unité au lieu du forfait contrat, écart de plus de 600 €."
        ],
        "es": [
            "Hola, las facturas de este mes llevan tarifa por servicio en vez de la tarifa de contrato, más de 600 € de diferencia."
        ],
        "en": [
            "Hello, this month's invoices carry the per-visit rate instead of our contract rate, over £500 difference."
        ],
        "de": [
            "Guten Tag, die Rechnungen dieses Monats haben den Einzelpreis statt des Vertragspreises, über 600 € Differenz."
        ],
        "it": [
            "Buongiorno, le fatture di questo mese hanno la tariffa singola invece di quella del contratto, oltre 600 € di differenza."
        ],
        "pt": [
            "Bom dia, as faturas deste mês têm a tarifa avulsa em vez da tarifa de contrato, mais de 600 € de diferença."
        ],
    },
    "b2b_later": {
        "fr": [
            "Je rejoins ma collègue sur le dossier case : même problème de tarif sur nos factures, toujours pas corrigé."
        ],
        "es": [
            "Me sumo a lo de mi compañera en case: mismo problema de tarifa, sigue sin corregirse."
        ],
        "en": ["Same as my colleague on case: wrong rate on our invoices, still not corrected."],
        "de": [
            "Wie meine Kollegin zu case: falscher Preis auf unseren Rechnungen, immer noch nicht korrigiert."
        ],
        "it": ["Come la mia collega su case: tariffa sbagliata, non ancora corretta."],
        "pt": ["Tal como a minha colega no case: tarifa errada, ainda não corrigida."],
    },
    "b2b_last": {
        "fr": [
            "bonjour c'est encore pour le dossier case rien n'est corrigé mon directeur dit qu'on change de prestataire si c'est pas réglé cette semaine"
        ],
        "es": [
            "hola otra vez por case no se ha corregido nada mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
        ],
        "en": [
            "hi again about case nothing is fixed my boss says we move supplier if it isn't fixed this week"
        ],
        "de": [
            "hallo nochmal wegen case nichts ist korrigiert mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht passt"
        ],
        "it": [
            "salve ancora per case non è corretto niente il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
        ],
        "pt": [
            "ola outra vez por causa do case nada foi corrigido o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana"
        ],
    },
    "suggest": {
        "fr": [
            "Suggestion : pourriez-vous ajouter le numéro de bâtiment sur les bons d'intervention ?"
        ],
        "es": ["Sugerencia: ¿podríais poner el número de edificio en los partes de trabajo?"],
        "en": ["Suggestion: could the job sheets show the building number?"],
        "de": ["Vorschlag: könnten die Arbeitsscheine die Gebäudenummer zeigen?"],
        "it": ["Suggerimento: potreste aggiungere il numero di edificio sui rapportini?"],
        "pt": ["Sugestão: podiam pôr o número do edifício nas folhas de serviço?"],
    },
    "ack": {
        "fr": ["Merci, c'est noté et transmis à l'équipe."],
        "es": ["Gracias, lo pasamos al equipo."],
        "en": ["Thanks, passed on to the team."],
        "de": ["Danke, an das Team weitergegeben."],
        "it": ["Grazie, inoltrato al team."],
        "pt": ["Obrigado, passámos à equipa."],
    },
}
