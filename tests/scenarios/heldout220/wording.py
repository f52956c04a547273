"""Wording of heldout220 (Rollendo, mobility-aid hire). Placeholders: {b} brand, {c} case,
{k} competitor, {e} error code, {p} product, {n} a first name, {h} a local time."""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("en", "pt", "fr", "de", "it", "es")

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "en": [
            "Mum's scooter from {b} turned up spotless and charged, the driver even set the seat height. Lovely people.",
            "{b} wheelchair for dad's hospital appointments, folded into the Fiesta first go. Really good service",
            "Cannot fault {b}, the rollator arrived the morning after I booked and gran loves it",
        ],
        "pt": [
            "A cadeira de rodas da {b} chegou limpinha e a horas, o estafeta ainda ajustou os pedais. Top!",
            "Alugámos a scooter para a avó na {b} e ela já foi sozinha à feira. Obrigada pessoal",
            "Servico impecavel da {b}, cama articulada montada no quarto em 20 minutos",
        ],
        "fr": [
            "Fauteuil roulant {b} livré à l'heure, propre, et le livreur a tout expliqué à ma mère. Parfait."
        ],
        "de": [
            "Rollator von {b} kam pünktlich und Papa kommt damit endlich wieder zum Bäcker. Super Service!"
        ],
        "it": [
            "Scooter elettrico di {b} arrivato puntuale, mia nonna è tornata al mercato da sola. Grazie davvero"
        ],
        "es": [
            "La silla de ruedas de {b} llegó a su hora y el repartidor la dejó ajustada para mi madre. Genial"
        ],
    },
    "again": {
        "en": [
            "Third time hiring from {b} this year and still the same friendly driver, proper service"
        ],
        "pt": [
            "Terceira vez que alugo na {b} e outra vez tudo perfeito",
            "Mais uma vez a {b} a salvar as férias do meu pai, ja é a quarta",
        ],
        "fr": ["Encore une fois nickel avec {b}, troisième location cette année"],
        "de": ["Schon wieder alles reibungslos bei {b}, dritte Miete dieses Jahr"],
        "it": ["Ancora una volta tutto perfetto con {b}, è la terza volta"],
        "es": ["Otra vez todo perfecto con {b}, ya van tres alquileres"],
    },
    "gripe_praise": {
        "en": [
            "Really pleased with the hospital bed, only the remote cable is a bit short. Otherwise spot on"
        ],
        "pt": [
            "Muito contente com a scooter, so o carregador faz um barulhinho chato. De resto 5 estrelas",
            "Tudo otimo, so o manual vem apenas em PDF. Recomendo na mesma",
        ],
        "fr": ["Très contente du déambulateur, juste le panier qui grince un peu. Sinon top"],
        "de": ["Sehr gut, nur die Bedienungsanleitung gibt es nur als PDF. Sonst gerne wieder"],
        "it": ["Molto bene, solo il caricabatterie è un po' rumoroso. Per il resto ottimo"],
        "es": [
            "Muy contenta con la cama, solo que el mando tiene el cable corto. Por lo demás genial"
        ],
    },
    "question": {
        "en": [
            "Hi, can I extend the wheelchair hire by a week in the app or do I need to ring?",
            "does the scooter fit in a normal car boot if I take the seat off?",
        ],
        "pt": [
            "Ola, posso prolongar o aluguer da cadeira mais uma semana pela app?",
            "A scooter cabe na mala de um carro pequeno se tirar o banco?",
            "Boa tarde, a cama articulada tem grades laterais incluidas?",
        ],
        "fr": ["Bonjour, je peux prolonger la location du fauteuil d'une semaine depuis l'appli ?"],
        "de": ["Hallo, kann ich die Rollstuhlmiete in der App um eine Woche verlängern?"],
        "it": [
            "Buongiorno, posso prolungare il noleggio della carrozzina di una settimana dall'app?"
        ],
        "es": ["Hola, ¿puedo alargar una semana el alquiler de la silla desde la app?"],
    },
    "answer": {
        "en": [
            "Hi! Yes, under My hires > Extend, the new end date shows straight away. Anything else, just ask. Priya, {b}"
        ],
        "pt": [
            "Ola! Sim, em Os meus alugueres > Prolongar, a nova data aparece logo. Qualquer coisa diga. Rita, {b}"
        ],
        "fr": [
            "Bonjour ! Oui, dans Mes locations > Prolonger, la nouvelle date s'affiche tout de suite. Camille, {b}"
        ],
        "de": [
            "Hallo! Ja, unter Meine Mieten > Verlängern, das neue Datum steht sofort da. Jonas, {b}"
        ],
        "it": [
            "Buongiorno! Sì, in I miei noleggi > Prolunga, la nuova data compare subito. Giulia, {b}"
        ],
        "es": [
            "¡Hola! Sí, en Mis alquileres > Alargar, la nueva fecha sale al momento. Lucía, {b}"
        ],
    },
    "thanks": {
        "en": ["cheers, sorted", "ta very much!", "brill thanks"],
        "pt": ["obg!", "valeu, ja esta", "brigadao 🙏"],
        "fr": ["super merci !"],
        "de": ["danke dir, passt!"],
        "it": ["grazie mille!"],
        "es": ["genial, gracias!!"],
    },
    "survey_word": {
        "en": ["great", "very easy", ""],
        "pt": ["excelente", "facil", ""],
        "fr": ["très bien"],
        "de": ["top"],
        "it": ["ottimo"],
        "es": ["muy bien"],
    },
    "review": {
        "en": ["Five stars, scooter delivered and collected exactly when they said."],
        "pt": [
            "Cinco estrelas, entrega e recolha a horas e tudo explicado.",
            "Recomendo, cadeira leve e em otimo estado.",
        ],
        "fr": ["Cinq étoiles, livraison et reprise à l'heure."],
        "de": ["Fünf Sterne, Lieferung und Abholung wie versprochen."],
        "it": ["Cinque stelle, consegna e ritiro puntuali."],
        "es": ["Cinco estrellas, entrega y recogida puntuales."],
    },
    "night_post": {
        "en": [
            "3am and I'm still up after a night shift on the ward, just booked mum's scooter on {b} for Saturday, so easy"
        ],
        "pt": [
            "Insonia outra vez, as 2h da manha a reservar a cadeira para o casamento da prima na {b} lol",
            "Turno da noite no hospital acabado, reservei a cama do meu pai na {b} antes de dormir",
        ],
        "fr": ["2h du mat, je réserve le fauteuil de papy pour le mariage sur {b}, trop simple"],
        "de": ["Nachtschicht vorbei, um 3 Uhr noch schnell den Rollator für Oma bei {b} gebucht"],
        "it": ["Le 2 di notte e ho appena prenotato lo scooter per il nonno su {b}, facilissimo"],
        "es": ["Las 3 de la mañana y acabo de reservar la silla para la boda en {b}, facilísimo"],
    },
    "night_q": {
        "en": [
            "sorry for the late one, can the driver leave the wheelchair with a neighbour if we're out?"
        ],
        "pt": [
            "desculpem a hora, o estafeta pode deixar a cadeira com a vizinha se nao estivermos?",
            "e tarde eu sei, a scooter pode ficar a carregar a noite toda?",
        ],
        "fr": ["désolée pour l'heure, le livreur peut laisser le fauteuil chez la voisine ?"],
        "de": ["sorry für die Uhrzeit, darf der Roller die ganze Nacht am Ladegerät hängen?"],
        "it": ["scusate l'ora, lo scooter può restare in carica tutta la notte?"],
        "es": ["perdón por la hora, ¿la scooter puede cargar toda la noche?"],
    },
    "night_a": {
        "en": [
            "Hi, no problem at all, add the neighbour's house number in the delivery note. Sam, {b}"
        ],
        "pt": ["Ola, sem problema, pode sim. Boa noite! Nuno, {b}"],
        "fr": ["Bonsoir, aucun souci, indiquez-le dans la note de livraison. Camille, {b}"],
        "de": ["Hallo, ja, das ist kein Problem, das Ladegerät schaltet selbst ab. Jonas, {b}"],
        "it": ["Ciao, sì, il caricabatterie si spegne da solo. Giulia, {b}"],
        "es": ["Hola, sí, sin problema, el cargador se apaga solo. Lucía, {b}"],
    },
    "joke": {
        "en": ["Gran has named the {b} scooter Lewis Hamilton and now overtakes the bin lorry 😂"],
        "pt": [
            "O meu avo chama a scooter da {b} de Ferrari e ja fez uma multa imaginaria ao vizinho 😂"
        ],
        "fr": ["Mamie appelle le scooter {b} sa Ferrari 😂"],
        "de": ["Opa nennt den {b} Roller jetzt Porsche 😂"],
        "it": ["Il nonno chiama lo scooter di {b} la sua Ferrari 😂"],
        "es": ["Mi abuela llama a la scooter de {b} su Ferrari 😂"],
    },
    "grumble": {
        "en": [
            "the app keeps logging me out every single time, bit annoying",
            "the delivery window text came at 6am on a Sunday, really?",
        ],
        "pt": [
            "a app faz logout sempre que fecho, chato",
            "a mensagem da entrega chegou as 6h da manha a um domingo...",
        ],
        "fr": ["l'appli me déconnecte à chaque fois, pénible"],
        "de": ["die App loggt mich jedes Mal aus, nervt"],
        "it": ["l'app mi disconnette ogni volta, che noia"],
        "es": ["la app me cierra la sesión cada vez, qué pesadez"],
    },
    "sarcasm": {
        "en": ["Love that my 'next-day' wheelchair arrived at 9pm, just in time for bed 👏"],
        "pt": [
            "Adoro que a entrega 'expresso' tenha chegado as 21h, mesmo a tempo de ir dormir 👏",
            "Que bom, a scooter veio cheia de migalhas do cliente anterior, oferta da casa 🙃",
        ],
        "fr": ["Génial, la livraison « express » à 21h, pile pour aller au lit 👏"],
        "de": ["Toll, die Express-Lieferung um 21 Uhr, genau rechtzeitig zum Schlafen 👏"],
        "it": ["Fantastico, la consegna express alle 21, giusto per andare a letto 👏"],
        "es": ["Genial, la entrega exprés a las 21h, justo para irse a dormir 👏"],
    },
    # consumer problems
    "no_show": {
        "en": [
            "The wheelchair is marked DELIVERED at 8:12 but nothing came and dad's hospital transport left without him. Booking {c}",
            "Where is my scooter?? App says delivered, nobody came, I waited in all morning",
        ],
        "pt": [
            "A cadeira aparece como ENTREGUE as 8h12 mas nao chegou nada e o meu pai perdeu a consulta. Reserva {c}",
            "Onde esta a scooter?? A app diz entregue e ninguem veio, fiquei em casa a manha toda",
        ],
        "fr": [
            "Le fauteuil est marqué LIVRÉ à 8h12 mais rien n'est arrivé, mon père a raté son rendez-vous. Réservation {c}"
        ],
        "de": [
            "Rollstuhl steht auf GELIEFERT um 8:12, aber es kam nichts und Papa hat seinen Termin verpasst. Buchung {c}"
        ],
        "it": [
            "La carrozzina risulta CONSEGNATA alle 8:12 ma non è arrivato niente e papà ha perso la visita. Prenotazione {c}"
        ],
        "es": [
            "La silla sale como ENTREGADA a las 8:12 pero no ha llegado nada y mi padre ha perdido la cita. Reserva {c}"
        ],
    },
    "double_charge": {
        "en": [
            "You've taken the £150 deposit TWICE for one scooter, my rent bounced this morning. Sort it please"
        ],
        "pt": [
            "Cobraram a caucao de 150 € DUAS vezes pela mesma scooter e a renda foi devolvida. Resolvam isto",
            "150 euros de caucao tirados DUAS VEZES, estou sem dinheiro para a farmacia",
        ],
        "fr": [
            "Vous avez prélevé la caution de 150 € DEUX fois pour un seul scooter, mon loyer est rejeté"
        ],
        "de": ["Ihr habt die Kaution von 150 € ZWEIMAL abgebucht, jetzt ist meine Miete geplatzt"],
        "it": [
            "Mi avete addebitato la cauzione di 150 € DUE volte per un solo scooter, l'affitto è tornato indietro"
        ],
        "es": [
            "Me habéis cobrado la fianza de 150 € DOS veces por una sola scooter y me han devuelto el alquiler del piso"
        ],
    },
    "damage": {
        "en": [
            "The wheelchair's left brake doesn't hold at all, my mum nearly rolled into the road. This is dangerous"
        ],
        "pt": [
            "O travao esquerdo da cadeira nao prende, a minha mae quase foi parar a estrada. Isto e perigoso",
            "A scooter chegou com a bateria a morrer aos 10 minutos, a minha avo ficou parada na rua",
        ],
        "fr": [
            "Le frein gauche du fauteuil ne tient pas, ma mère a failli partir dans la rue. C'est dangereux"
        ],
        "de": [
            "Die linke Bremse vom Rollstuhl hält überhaupt nicht, meine Mutter wäre fast auf die Straße gerollt"
        ],
        "it": [
            "Il freno sinistro della carrozzina non tiene, mia madre stava per finire in strada. È pericoloso"
        ],
        "es": [
            "El freno izquierdo de la silla no frena nada, mi madre casi acaba en la carretera. Es peligroso"
        ],
    },
    "refund": {
        "en": ["Returned the hospital bed THREE weeks ago and still no deposit back. Booking {c}"],
        "pt": [
            "Devolvi a cama ha TRES semanas e a caucao ainda nao voltou. Reserva {c}",
            "Tres semanas a espera da caucao da scooter, ja chega",
        ],
        "fr": [
            "Lit rendu il y a TROIS semaines et toujours pas de caution remboursée. Réservation {c}"
        ],
        "de": [
            "Pflegebett vor DREI Wochen zurückgegeben und die Kaution ist immer noch nicht da. Buchung {c}"
        ],
        "it": [
            "Letto restituito TRE settimane fa e la cauzione non è ancora tornata. Prenotazione {c}"
        ],
        "es": ["Devolví la cama hace TRES semanas y la fianza sigue sin volver. Reserva {c}"],
    },
    "letter": {
        "en": [
            "Dear {b} team,\n\nI'm writing from the hospital car park while my father has his physio, so forgive the length. We have hired from you for two years and always been happy. This time, however, the scooter booked for his discharge is marked delivered and never came; nobody answered the phone and I had to borrow a wheelchair from the ward. I would like to know what happened and I want the hire refunded.\n\nKind regards,\n{n}"
        ],
        "pt": [
            "Boa tarde,\n\nEscrevo da sala de espera do centro de saude enquanto a minha mae faz fisioterapia, por isso desculpem o texto longo. Somos clientes ha dois anos e sempre satisfeitos. Desta vez, porem, cobraram-me a caucao de 150 € duas vezes e a renda da casa foi devolvida pelo banco. Quero o valor devolvido hoje e uma explicacao.\n\nCumprimentos,\n{n}",
            "Exmos. Senhores,\n\nAproveito a pausa do almoco no escritorio para vos escrever. A cama articulada que alugamos para o meu sogro chegou com o comando avariado e a grade partida; o tecnico nao apareceu no dia marcado. E a primeira vez que isto acontece mas e grave.\n\nAtenciosamente,\n{n}",
        ],
        "fr": [
            "Madame, Monsieur,\n\nJe vous écris depuis la salle d'attente de l'hôpital. Nous louons chez vous depuis deux ans, sans souci. Cette fois le fauteuil est marqué livré et n'est jamais venu. Je souhaite une explication et le remboursement.\n\nCordialement,\n{n}"
        ],
        "de": [
            "Sehr geehrtes {b}-Team,\n\nich schreibe aus dem Wartezimmer der Reha, entschuldigen Sie die Länge. Seit zwei Jahren miete ich bei Ihnen und war immer froh darum. Diesmal wurde die Kaution zweimal abgebucht und meine Miete ist geplatzt. Ich erwarte die Erstattung heute.\n\nMit freundlichen Grüßen\n{n}"
        ],
        "it": [
            "Gentile {b},\n\nvi scrivo dalla sala d'attesa dell'ospedale. Noleggiamo da voi da due anni senza problemi, ma questa volta la carrozzina risulta consegnata e non è mai arrivata. Chiedo spiegazioni e il rimborso.\n\nCordiali saluti,\n{n}"
        ],
        "es": [
            "Estimados señores de {b}:\n\nLes escribo desde la sala de espera del hospital. Llevamos dos años alquilando con ustedes sin problemas, pero esta vez la silla sale entregada y nunca llegó. Pido una explicación y el reembolso.\n\nUn saludo,\n{n}"
        ],
    },
    "case_opened": {
        "en": ["Hi {n}, I'm so sorry. I've opened case {c} and our team is on it today. Sam, {b}"],
        "pt": [
            "Ola {n}, lamentamos muito. Abrimos o processo {c} e a equipa trata hoje. Nuno, {b}"
        ],
        "fr": [
            "Bonjour {n}, toutes nos excuses. Dossier {c} ouvert, l'équipe s'en occupe aujourd'hui. Camille, {b}"
        ],
        "de": [
            "Hallo {n}, das tut uns sehr leid. Vorgang {c} ist eröffnet, wir kümmern uns heute. Jonas, {b}"
        ],
        "it": [
            "Ciao {n}, ci dispiace molto. Abbiamo aperto la pratica {c}, ce ne occupiamo oggi. Giulia, {b}"
        ],
        "es": [
            "Hola {n}, lo sentimos mucho. Hemos abierto la incidencia {c} y lo vemos hoy. Lucía, {b}"
        ],
    },
    "quality_lead": {
        "en": [
            "Hi {n}, case {c} is now with our quality lead, who will ring you before Friday lunchtime. Sam, {b}"
        ],
        "pt": [
            "Ola {n}, o processo {c} passou para a nossa responsavel de qualidade, que lhe liga ate sexta ao almoco. Nuno, {b}"
        ],
        "fr": [
            "Bonjour {n}, le dossier {c} est chez notre responsable qualité, qui vous appelle avant vendredi midi. Camille, {b}"
        ],
        "de": [
            "Hallo {n}, Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Jonas, {b}"
        ],
        "it": [
            "Ciao {n}, la pratica {c} è ora alla nostra responsabile qualità, che la chiama entro venerdì. Giulia, {b}"
        ],
        "es": [
            "Hola {n}, la incidencia {c} está ya con nuestra responsable de calidad, que le llama antes del viernes. Lucía, {b}"
        ],
    },
    "good_news": {
        "en": [
            "Good news on case {c}: it's sorted on our side. Could you confirm all is well now? Sam, {b}"
        ],
        "pt": [
            "Boas noticias sobre o processo {c}: esta resolvido. Pode confirmar que esta tudo bem? Nuno, {b}"
        ],
        "fr": [
            "Bonne nouvelle pour le dossier {c} : c'est réglé. Pouvez-vous confirmer ? Camille, {b}"
        ],
        "de": ["Gute Nachricht zu Vorgang {c}: erledigt. Können Sie kurz bestätigen? Jonas, {b}"],
        "it": ["Buone notizie sulla pratica {c}: risolto. Può confermare? Giulia, {b}"],
        "es": ["Buenas noticias sobre la incidencia {c}: resuelto. ¿Nos lo confirma? Lucía, {b}"],
    },
    "confirm": {
        "en": ["Confirmed, {c} is sorted, thanks a lot", "yes all fine now re {c}, cheers"],
        "pt": ["Confirmo, o {c} ficou resolvido, obrigado", "sim esta tudo ok com o {c}, valeu"],
        "fr": ["Je confirme, {c} est réglé, merci"],
        "de": ["Bestätigt, {c} ist erledigt, danke"],
        "it": ["Confermo, {c} risolto, grazie"],
        "es": ["Confirmado, {c} resuelto, gracias"],
    },
    "apology": {
        "en": ["Sorry for shouting yesterday, it was a rough day with dad. Thanks for sorting it"],
        "pt": [
            "Desculpem a forma como escrevi ontem, estava muito nervosa com a minha mae. Obrigada"
        ],
        "fr": ["Désolée pour mon ton d'hier, journée difficile. Merci à vous"],
        "de": ["Sorry für meinen Ton gestern, war ein harter Tag. Danke euch"],
        "it": ["Scusate il tono di ieri, giornata difficile. Grazie"],
        "es": ["Perdón por cómo escribí ayer, fue un día horrible. Gracias"],
    },
    "still_open": {
        "en": [
            "Case {c} is STILL open and nothing has changed. Second time I'm writing about this",
            "writing again about {c}, still not fixed",
        ],
        "pt": [
            "O processo {c} continua aberto e nada mudou. E a segunda vez que escrevo",
            "outra vez sobre o {c}, continua tudo igual",
        ],
        "fr": ["Le dossier {c} est TOUJOURS ouvert, rien n'a bougé. Je réécris"],
        "de": ["Vorgang {c} ist IMMER NOCH offen, nichts passiert. Ich schreibe wieder"],
        "it": ["La pratica {c} è ANCORA aperta, non è cambiato niente. Riscrivo"],
        "es": ["La incidencia {c} sigue ABIERTA y nada ha cambiado. Vuelvo a escribir"],
    },
    "third": {
        "en": ["Third time about {c}. A friend hires from {k} and they sort this the same day"],
        "pt": [
            "Terceira vez por causa do {c}. Uma amiga aluga na {k} e resolvem isto no proprio dia",
            "terceira mensagem sobre o {c}, ja fui ver os precos da {k}",
        ],
        "fr": ["Troisième fois pour {c}. Une amie loue chez {k}, ils règlent ça le jour même"],
        "de": [
            "Dritte Nachricht zu {c}. Eine Freundin mietet bei {k}, die lösen sowas am selben Tag"
        ],
        "it": ["Terza volta per {c}. Un'amica noleggia da {k} e lo risolvono in giornata"],
        "es": ["Tercera vez por {c}. Una amiga alquila en {k} y lo arreglan el mismo día"],
    },
    "fourth": {
        "en": ["FOURTH time about {c}. Is anyone actually reading these?"],
        "pt": ["QUARTA vez sobre o {c}. Alguem le isto?"],
        "fr": ["QUATRIÈME fois pour {c}. Quelqu'un lit ces messages ?"],
        "de": ["VIERTES Mal wegen {c}. Liest das überhaupt jemand?"],
        "it": ["QUARTA volta per {c}. Qualcuno legge questi messaggi?"],
        "es": ["CUARTA vez por {c}. ¿Alguien lee esto?"],
    },
    "urgent": {
        "en": ["Added to case {c} and marked urgent, sorry. Sam, {b}"],
        "pt": ["Acrescentado ao processo {c} e marcado como urgente, desculpe. Nuno, {b}"],
        "fr": ["Ajouté au dossier {c}, marqué urgent. Camille, {b}"],
        "de": ["Zu Vorgang {c} hinzugefügt, als dringend markiert. Jonas, {b}"],
        "it": ["Aggiunto alla pratica {c}, segnata urgente. Giulia, {b}"],
        "es": ["Añadido a la incidencia {c} y marcado urgente. Lucía, {b}"],
    },
    "slide": {
        "en": [
            "Driver was two hours late and didn't call, not like {b}",
            "Scooter came with a half-charged battery and a wobbly basket",
            "Now they want a photo of every part before collection? Bit much",
            "Deposit held twice and a week to release it. Not impressed with {b}",
            "£30 'cleaning fee' for a wheelchair I returned spotless, with the app's own photos. Joke",
            "My sister hires from {k}, booked dad's scooter there for Saturday. Done with {b}",
        ],
        "pt": [
            "O estafeta chegou duas horas atrasado sem ligar, nao e costume da {b}",
            "A scooter veio com a bateria a meio e o cesto a abanar",
            "Agora querem foto de cada peca antes da recolha? Exagero",
            "Caucao retida duas vezes e uma semana para libertar. Desiludida com a {b}",
            "35 € de 'taxa de limpeza' por uma cadeira devolvida impecavel, com as fotos da propria app. Ridiculo",
            "A minha irma aluga na {k}, ja reservei la a scooter do pai para sabado. Chega de {b}",
        ],
        "fr": [
            "Livreur deux heures en retard sans appeler",
            "Scooter livré à moitié chargé",
            "Une photo de chaque pièce avant la reprise, sérieusement ?",
            "Caution bloquée deux fois, une semaine pour la libérer",
            "35 € de 'frais de nettoyage' pour un fauteuil rendu impeccable. Honteux",
            "Ma sœur loue chez {k}, j'ai réservé là-bas pour samedi",
        ],
        "de": [
            "Fahrer zwei Stunden zu spät, ohne Anruf",
            "Roller kam halb geladen",
            "Jetzt ein Foto von jedem Teil vor der Abholung? Echt jetzt",
            "Kaution doppelt blockiert, eine Woche bis zur Freigabe",
            "35 € 'Reinigungsgebühr' für einen sauber zurückgegebenen Rollstuhl. Frechheit",
            "Meine Schwester mietet bei {k}, Samstag hab ich dort gebucht",
        ],
        "it": [
            "Autista in ritardo di due ore senza chiamare",
            "Scooter arrivato mezzo carico",
            "Ora una foto di ogni pezzo prima del ritiro? Esagerati",
            "Cauzione bloccata due volte, una settimana per sbloccarla",
            "35 € di 'pulizia' per una carrozzina resa perfetta. Vergogna",
            "Mia sorella noleggia da {k}, ho prenotato lì per sabato",
        ],
        "es": [
            "El repartidor llegó dos horas tarde sin avisar",
            "La scooter llegó a media carga",
            "¿Ahora una foto de cada pieza antes de la recogida? Exagerado",
            "Fianza retenida dos veces y una semana para liberarla",
            "35 € de 'limpieza' por una silla devuelta impecable. Vergüenza",
            "Mi hermana alquila en {k}, he reservado allí para el sábado",
        ],
    },
    "cancel": {
        "en": [
            "Dad's recovered and walks on his own now, so please cancel my {b} Plus and close the account. Thanks for everything"
        ],
        "pt": [
            "A minha mae ja anda sozinha, por isso quero cancelar o {b} Plus e fechar a conta. Obrigada por tudo",
            "Comprei uma cadeira propria, quero cancelar a subscricao {b} Plus e fechar a conta",
        ],
        "fr": ["Mon père remarche seul, merci d'annuler mon {b} Plus et de fermer le compte"],
        "de": ["Papa läuft wieder allein, bitte {b} Plus kündigen und das Konto schließen"],
        "it": ["Mio padre cammina di nuovo da solo, vorrei disdire {b} Plus e chiudere l'account"],
        "es": ["Mi padre ya camina solo, quiero cancelar {b} Plus y cerrar la cuenta"],
    },
    "sorry_go": {
        "en": [
            "So glad he's better, {n}. Sorry to see you go: you can cancel yourself in the app or on the website. Sam, {b}"
        ],
        "pt": ["Ainda bem, {n}. Lamentamos a saida: pode cancelar na app ou no site. Nuno, {b}"],
        "fr": [
            "Ravis pour lui, {n}. Vous pouvez résilier dans l'appli ou sur le site. Camille, {b}"
        ],
        "de": [
            "Schön zu hören, {n}. Kündigen können Sie selbst in der App oder auf der Website. Jonas, {b}"
        ],
        "it": ["Che bella notizia, {n}. Può disdire dall'app o dal sito. Giulia, {b}"],
        "es": ["Nos alegramos, {n}. Puede cancelar en la app o en la web. Lucía, {b}"],
    },
    # spike
    "spike": {
        "en": [
            "App says my wheelchair hire is OVERDUE and took a £25 late fee, it runs till next Friday! Extend button gives {e}",
            "just got charged a late return fee for a scooter I'm meant to have for another week?? anyone else",
            "{b} charged me a late fee on a hire that hasnt ended, error {e} when I try to fix it",
        ],
        "pt": [
            "A app diz que o aluguer da cadeira esta ATRASADO e cobrou 25 € de multa, mas vai ate sexta! Dá erro {e}",
            "cobraram-me taxa de atraso numa scooter que so devolvo para a semana?? mais alguem",
            "Multa de atraso da {b} numa cama que ainda esta dentro do prazo, wtf",
        ],
        "fr": [
            "L'appli dit que ma location est EN RETARD et m'a pris 25 € de pénalité, elle court jusqu'à vendredi ! Erreur {e}",
            "frais de retard sur un fauteuil loué jusqu'à la semaine prochaine ??",
        ],
        "de": [
            "App sagt meine Rollstuhlmiete ist ÜBERFÄLLIG und zieht 25 € Verspätungsgebühr ab, läuft aber bis Freitag! Fehler {e}",
            "Verspätungsgebühr für einen Roller, den ich noch eine Woche habe??",
        ],
        "it": [
            "L'app dice che il noleggio è SCADUTO e mi ha preso 25 € di penale, ma dura fino a venerdì! Errore {e}",
            "penale di ritardo su uno scooter che ho ancora per una settimana??",
        ],
        "es": [
            "La app dice que el alquiler está VENCIDO y me ha cobrado 25 € de recargo, ¡si dura hasta el viernes! Error {e}",
            "¿recargo por retraso en una silla que tengo hasta la semana que viene??",
        ],
    },
    "spike_call": {
        "en": [
            "hi yeah the app says my mums scooter is overdue and its taken a late fee but the hire runs till friday"
        ],
        "pt": [
            "ola sim a app diz que a cadeira esta atrasada e cobrou multa mas o aluguer e ate sexta"
        ],
        "fr": [
            "oui bonjour l'appli dit que la location est en retard et a pris des frais mais ça court jusqu'à vendredi"
        ],
        "de": [
            "ja hallo die App sagt die Miete ist überfällig und hat Gebühren abgebucht aber die läuft bis Freitag"
        ],
        "it": [
            "sì buongiorno l'app dice che il noleggio è scaduto e ha preso la penale ma dura fino a venerdì"
        ],
        "es": [
            "hola sí la app dice que el alquiler está vencido y ha cobrado recargo pero dura hasta el viernes"
        ],
    },
    "spike_again": {
        "en": [
            "Still showing overdue and now a SECOND late fee, {e} again on my husband's phone too"
        ],
        "pt": [
            "Continua atrasado e agora uma SEGUNDA multa, {e} outra vez tambem no telemovel do meu marido"
        ],
        "fr": ["Toujours en retard et maintenant une DEUXIÈME pénalité, encore {e}"],
        "de": ["Immer noch überfällig und jetzt eine ZWEITE Gebühr, wieder {e}"],
        "it": ["Ancora scaduto e ora una SECONDA penale, di nuovo {e}"],
        "es": ["Sigue vencido y ahora un SEGUNDO recargo, otra vez {e}"],
    },
    "spike_answer": {
        "en": [
            "Yes, the app is wrongly marking active hires as overdue right now, our engineers are on it and no fee will stand. Sam, {b}"
        ],
        "pt": [
            "Sim, a app esta a marcar alugueres ativos como atrasados, a equipa tecnica ja esta a tratar e nenhuma multa fica. Nuno, {b}"
        ],
        "fr": [
            "Oui, l'appli marque à tort les locations en retard, nos équipes corrigent, aucun frais ne restera. Camille, {b}"
        ],
        "de": [
            "Ja, die App markiert laufende Mieten gerade fälschlich als überfällig, wir sind dran, keine Gebühr bleibt. Jonas, {b}"
        ],
        "it": [
            "Sì, l'app segna per errore i noleggi come scaduti, ci stiamo lavorando e nessuna penale resterà. Giulia, {b}"
        ],
        "es": [
            "Sí, la app marca por error los alquileres como vencidos, lo estamos arreglando y no quedará ningún recargo. Lucía, {b}"
        ],
    },
    "spike_fixed": {
        "en": [
            "Hi {n}, fixed since {h}: every late fee is refunded and today's hire day is on us. Sam, {b}"
        ],
        "pt": [
            "Ola {n}, resolvido desde as {h}: as multas foram devolvidas e o dia de hoje e por nossa conta. Nuno, {b}"
        ],
        "fr": [
            "Bonjour {n}, corrigé depuis {h} : pénalités remboursées, la journée est offerte. Camille, {b}"
        ],
        "de": [
            "Hallo {n}, seit {h} behoben: Gebühren erstattet, der heutige Miettag geht auf uns. Jonas, {b}"
        ],
        "it": [
            "Ciao {n}, risolto dalle {h}: penali rimborsate, la giornata di oggi la offriamo noi. Giulia, {b}"
        ],
        "es": [
            "Hola {n}, arreglado desde las {h}: recargos devueltos y el día de hoy corre de nuestra cuenta. Lucía, {b}"
        ],
    },
    "lone_q": {
        "en": ["quick one, my hire ends Monday, will the app let me extend on Sunday night?"],
        "pt": [
            "duvida rapida, o aluguer acaba segunda, consigo prolongar domingo a noite pela app?"
        ],
        "fr": ["petite question, ma location finit lundi, je peux prolonger dimanche soir ?"],
        "de": ["kurze Frage, meine Miete endet Montag, kann ich Sonntagabend noch verlängern?"],
        "it": ["domanda veloce, il noleggio finisce lunedì, posso prolungare domenica sera?"],
        "es": [
            "pregunta rápida, el alquiler acaba el lunes, ¿puedo alargar el domingo por la noche?"
        ],
    },
    # business arm
    "b2b_complaint": {
        "en": [
            "Our invoices for {a} still carry the old company name and no PO number, finance can't pay them. Case {c}"
        ],
        "pt": [
            "As faturas da {a} continuam com o nome antigo da empresa e sem numero de encomenda, a contabilidade nao consegue pagar. Processo {c}",
            "Faturas da {a} sem numero de encomenda e com o nome antigo, assim nao pagamos. Processo {c}",
        ],
        "fr": [
            "Les factures de {a} portent encore l'ancien nom et aucun numéro de commande. Dossier {c}"
        ],
        "de": [
            "Die Rechnungen für {a} tragen noch den alten Firmennamen und keine Bestellnummer. Vorgang {c}"
        ],
        "it": [
            "Le fatture di {a} hanno ancora il vecchio nome e nessun numero d'ordine. Pratica {c}"
        ],
        "es": [
            "Las facturas de {a} siguen con el nombre antiguo y sin número de pedido. Incidencia {c}"
        ],
    },
    "b2b_follow": {
        "en": ["Following up on {n}'s e-mail this morning: case {c}, invoices still wrong for {a}"],
        "pt": [
            "Na sequencia do email da {n} desta manha: processo {c}, faturas da {a} continuam erradas"
        ],
        "fr": ["Suite au mail de {n} ce matin : dossier {c}, factures de {a} toujours fausses"],
        "de": ["Zu {n}s Mail von heute Morgen: Vorgang {c}, Rechnungen von {a} immer noch falsch"],
        "it": [
            "In seguito alla mail di {n} stamattina: pratica {c}, fatture di {a} ancora sbagliate"
        ],
        "es": ["Sobre el correo de {n} de esta mañana: incidencia {c}, facturas de {a} siguen mal"],
    },
    "b2b_last": {
        "en": [
            "Nothing fixed on {c} and three of us have written. Procurement has already asked {k} for their rates"
        ],
        "pt": ["Nada resolvido no {c} e ja escrevemos tres. As compras ja pediram precos a {k}"],
        "fr": [
            "Rien de réglé sur {c}, nous sommes trois à écrire. Les achats ont demandé les tarifs de {k}"
        ],
        "de": [
            "Nichts erledigt bei {c}, drei von uns haben geschrieben. Der Einkauf hat bei {k} angefragt"
        ],
        "it": [
            "Niente risolto su {c}, siamo in tre a scrivere. Gli acquisti hanno chiesto i prezzi a {k}"
        ],
        "es": ["Nada resuelto en {c} y ya hemos escrito tres. Compras ya ha pedido precios a {k}"],
    },
    "b2b_mild": {
        "en": ["Suggestion: could the portal export hire costs by ward or cost centre?"],
        "pt": [
            "Sugestao: o portal podia exportar os custos por centro de custo?",
            "Seria util ver no portal a data da ultima revisao de cada cadeira",
        ],
        "fr": ["Suggestion : exporter les coûts par centre de coût dans le portail ?"],
        "de": ["Vorschlag: Mietkosten im Portal nach Kostenstelle exportieren?"],
        "it": ["Suggerimento: esportare i costi per centro di costo dal portale?"],
        "es": ["Sugerencia: ¿exportar los costes por centro de coste desde el portal?"],
    },
    "b2b_ack": {
        "en": ["Thanks, logged as {c} with our account team. Sam, {b} Care"],
        "pt": ["Obrigado, registado como {c} na equipa de contas. Nuno, {b} Care"],
        "fr": ["Merci, enregistré sous {c}. Camille, {b} Care"],
        "de": ["Danke, als {c} erfasst. Jonas, {b} Care"],
        "it": ["Grazie, registrato come {c}. Giulia, {b} Care"],
        "es": ["Gracias, registrado como {c}. Lucía, {b} Care"],
    },
}

FIRST = {
    "en": ["Emma", "Oliver", "Grace", "Harry", "Chloe", "Jack", "Megan", "Liam", "Siobhan", "Ewan"],
    "pt": [
        "Ana",
        "João",
        "Mariana",
        "Tiago",
        "Inês",
        "Rui",
        "Beatriz",
        "Pedro",
        "Catarina",
        "Hugo",
    ],
    "fr": ["Camille", "Louis", "Manon", "Hugo", "Léa", "Jules"],
    "de": ["Lena", "Jonas", "Miriam", "Felix", "Anja", "Tobias"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Elena", "Diego"],
}
LAST = {
    "en": ["Walsh", "Hughes", "Patel", "Murray", "Brennan", "Clarke", "Doyle", "Reid"],
    "pt": ["Silva", "Costa", "Ferreira", "Almeida", "Sousa", "Pinto", "Mendes", "Lopes"],
    "fr": ["Martin", "Lefèvre", "Girard", "Roux", "Faure"],
    "de": ["Becker", "Hoffmann", "Krüger", "Vogel", "Seidel"],
    "it": ["Ricci", "Marino", "Greco", "Conti", "Gallo"],
    "es": ["García", "Navarro", "Romero", "Ortega", "Molina"],
}
MARKETS = {
    "en": ["UK", "IE"],
    "pt": ["PT"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "it": ["IT"],
    "es": ["ES"],
}
PHONE = {
    "UK": ("+44 ", "7", 9),
    "IE": ("+353 ", "8", 8),
    "PT": ("+351 ", "9", 8),
    "FR": ("+33 ", "6", 8),
    "BE": ("+32 ", "4", 8),
    "DE": ("+49 ", "15", 9),
    "AT": ("+43 ", "66", 8),
    "IT": ("+39 ", "3", 9),
    "ES": ("+34 ", "6", 8),
}
PRODUCTS = [
    "Wheelchair / Cadeira de rodas",
    "Mobility scooter / Scooter elétrica",
    "Rollator / Andarilho",
    "Hospital bed / Cama articulada",
    "Shower chair / Cadeira de banho",
]
COMPANIES = [
    "Casa Sol Care Home",
    "Riverside Lodge",
    "Hotel Miramar",
    "Clínica Aurora",
    "Seniorenhaus Lindenhof",
    "Residenza Glicine",
    "Eventos Atlântico",
    "Harbour Conference Centre",
    "Maison Les Tilleuls",
    "Residencia El Pinar",
    "Lar Santa Clara",
    "Parkhotel Adler",
    "St Brigid's Nursing Home",
    "Hotel Estrela",
    "Villa Serena",
]
