# ruff: noqa: E501
"""Wording of heldout298 (Ludorra, board-game cafés with table booking). Written blind."""

from __future__ import annotations

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "it": [
            "Serata fantastica da Ludorra ieri, il ragazzo ci ha spiegato Azul in due minuti!",
            "Tavolo pronto, caffè buono e 600 giochi. Ludorra non sbaglia mai",
            "Ancora una volta una domenica perfetta da Ludorra con i bambini",
            "Terza volta questo mese da Ludorra, ormai siamo di casa",
        ],
        "de": [
            "Super Abend bei Ludorra, der Spieleerklärer war richtig gut drauf!",
            "Schon wieder ein toller Spieletreff bei Ludorra, Tisch war pünktlich frei",
            "Ludorra ist unser Stammcafé geworden, die Auswahl ist irre",
            "Geburtstag bei Ludorra gefeiert, alle begeistert. Danke ans Team!",
        ],
        "en": [
            "Brilliant night at Ludorra, staff taught us Wingspan in no time",
            "Third Friday in a row at Ludorra, the nachos and the games both top",
        ],
        "fr": [
            "Super soirée chez Ludorra, le serveur connaissait toutes les règles",
            "Encore une belle après-midi jeux chez Ludorra avec les enfants",
        ],
        "es": [
            "Tarde genial en Ludorra, nos explicaron Catan en nada",
            "Otra vez en Ludorra y otra vez encantados",
        ],
        "pt": [
            "Noite ótima no Ludorra, o monitor explicou tudo com paciência",
            "Mais uma tarde de jogos no Ludorra, adoramos",
        ],
    },
    "gripe_praise": {
        "it": [
            "Tutto bello da Ludorra, solo le sedie un po' scomode dopo tre ore",
            "Giochi curati e personale gentile, peccato che il wifi vada e venga",
        ],
        "de": [
            "Sehr schöner Abend, nur die Musik war etwas laut",
            "Tolle Spiele, aber bei Terraforming Mars fehlte ein Plättchen. Sonst top",
        ],
        "en": ["Lovely evening, only the crisps were a bit stale"],
        "fr": ["Très bien, juste un peu bruyant le samedi"],
        "es": ["Muy bien todo, solo que la mesa cojeaba un poco"],
        "pt": ["Tudo ótimo, só a música um pouco alta"],
    },
    "question": {
        "it": [
            "Ciao, posso portare un mio gioco da casa o si paga qualcosa?",
            "Buongiorno, il tavolo per 8 persone si può prenotare anche di domenica?",
            "Con l'abbonamento Club il coperto è incluso anche per gli amici?",
        ],
        "de": [
            "Hallo, kann man für 7 Leute einen Tisch am Sonntag reservieren?",
            "Gilt der Club-Rabatt auch für Getränke?",
            "Darf man eigene Spiele mitbringen?",
        ],
        "en": [
            "Hi, can we bring our own game or is there a fee?",
            "Do Club members get a discount on food too?",
        ],
        "fr": [
            "Bonjour, on peut réserver une table pour 6 le dimanche midi ?",
            "L'abonnement Club couvre aussi les amis ?",
        ],
        "es": [
            "Hola, ¿se puede reservar mesa para 6 el domingo?",
            "¿El Club incluye a los amigos que vienen conmigo?",
        ],
        "pt": ["Olá, posso levar um jogo de casa?", "O Clube inclui os amigos que vêm comigo?"],
    },
    "answer": {
        "it": [
            "Ciao! Sì, certo, nessun costo in più. A presto da Ludorra",
            "Buongiorno, sì: basta prenotarlo in app, fino a 10 persone",
        ],
        "de": [
            "Hallo! Ja, das geht problemlos über die App, bis 10 Personen",
            "Hallo, ja, das ist kostenlos. Viel Spaß!",
        ],
        "en": ["Hi! Yes, no charge at all. See you soon"],
        "fr": ["Bonjour ! Oui, sans problème, via l'appli."],
        "es": ["¡Hola! Sí, sin problema, desde la app."],
        "pt": ["Olá! Sim, sem custo adicional."],
    },
    "thanks": {
        "it": ["Perfetto grazie!", "grazie mille"],
        "de": ["Super, danke!", "Danke euch"],
        "en": ["Great, thanks!"],
        "fr": ["Merci beaucoup !"],
        "es": ["¡Genial, gracias!"],
        "pt": ["Obrigada!"],
    },
    "night": {
        "it": [
            "Le 2 di notte e stiamo ancora parlando della partita di Ludorra di stasera",
            "Non riesco a dormire, sto già pensando al torneo di Ludorra di sabato",
        ],
        "de": [
            "Halb drei und ich les immer noch Regeln von dem Spiel, das wir bei Ludorra gespielt haben",
            "Nachtschicht vorbei, morgen endlich wieder Ludorra",
        ],
        "en": ["3am and still thinking about that Ludorra game night"],
        "fr": ["Insomnie, je regarde les jeux du prochain soir Ludorra"],
        "es": ["Las 2 de la mañana y pensando en la partida de Ludorra"],
        "pt": ["Duas da manhã e ainda a pensar no jogo de ontem no Ludorra"],
    },
    "night_q": {
        "it": ["Scusate l'ora, domani posso cambiare la prenotazione dalle 18 alle 20?"],
        "de": ["Sorry für die Uhrzeit, kann ich morgen die Reservierung auf 20 Uhr schieben?"],
        "en": ["Sorry it's late, can I move tomorrow's table to 8pm?"],
        "fr": ["Désolé pour l'heure, je peux décaler ma table de demain à 20h ?"],
        "es": ["Perdón por la hora, ¿puedo pasar mi reserva de mañana a las 20?"],
        "pt": ["Desculpem a hora, posso mudar a reserva de amanhã para as 20h?"],
    },
    "night_a": {
        "it": ["Fatto, ti abbiamo spostato alle 20. Buonanotte!"],
        "de": ["Erledigt, jetzt 20 Uhr. Gute Nacht!"],
        "en": ["Done, you're now at 8pm. Good night!"],
        "fr": ["C'est fait, 20h. Bonne nuit !"],
        "es": ["Hecho, ya está a las 20. ¡Buenas noches!"],
        "pt": ["Feito, agora às 20h. Boa noite!"],
    },
    "survey": {
        "it": ["Ottimo", "", "Bellissimo posto"],
        "de": ["Top", "", "Gerne wieder"],
        "en": ["Great", ""],
        "fr": ["Parfait", ""],
        "es": ["Genial", ""],
        "pt": ["Ótimo", ""],
    },
    # consumer problems: no_table, double_charge, club_not_applied, deposit_kept
    "p_no_table": {
        "it": [
            "Avevamo prenotato il tavolo per le 19 con conferma in app e arrivati lì NON c'era nessuna prenotazione. Sei persone in piedi sulla porta. Vergognoso",
            "Prenotazione confermata e sparita: al bancone nessuno sapeva niente. Abbiamo dovuto andare via",
        ],
        "de": [
            "Tisch für 19 Uhr bestätigt, vor Ort gab es KEINE Reservierung. Sechs Leute standen im Eingang. Unmöglich",
            "Reservierung in der App bestätigt, im Café unbekannt. Wir mussten wieder gehen",
        ],
        "en": [
            "Booked a table for 7pm, confirmed in the app, and when we got there there was NO booking. Six of us stood at the door"
        ],
        "fr": [
            "Table réservée pour 19h, confirmée dans l'appli, et sur place AUCUNE réservation. On est repartis"
        ],
        "es": [
            "Reservamos mesa a las 19, confirmada en la app, y al llegar NO había reserva. Seis personas en la puerta"
        ],
        "pt": [
            "Reservei mesa para as 19h, confirmada na app, e lá NÃO havia reserva nenhuma. Fomos embora"
        ],
    },
    "p_double_charge": {
        "it": [
            "Mi avete addebitato DUE volte la caparra di 20 euro per la stessa prenotazione",
            "Sulla carta vedo due addebiti uguali per una sola serata, rimborsatemi",
        ],
        "de": [
            "Die Anzahlung von 20 Euro wurde ZWEIMAL abgebucht, für eine einzige Reservierung",
            "Zwei gleiche Abbuchungen für einen Abend. Bitte sofort erstatten",
        ],
        "en": ["You charged the £18 deposit TWICE for the same booking"],
        "fr": ["Vous avez prélevé DEUX fois l'acompte de 20 € pour la même réservation"],
        "es": ["Me habéis cobrado DOS veces la fianza de 20 € por la misma reserva"],
        "pt": ["Cobraram DUAS vezes o sinal de 20 € pela mesma reserva"],
    },
    "p_club": {
        "it": [
            "Sono socia Club da un anno e ieri mi hanno fatto pagare il tavolo a prezzo pieno. Lo sconto non c'era",
            "Abbonamento Club pagato ogni mese e lo sconto in cassa non funziona",
        ],
        "de": [
            "Ich zahle jeden Monat für den Club und musste trotzdem den vollen Tischpreis zahlen",
            "Club-Rabatt an der Kasse nicht angewendet, schon wieder Vollpreis",
        ],
        "en": ["I pay for Club every month and was charged the full table price"],
        "fr": ["Je paie le Club chaque mois et on m'a fait payer plein tarif"],
        "es": ["Pago el Club cada mes y me cobraron la mesa a precio completo"],
        "pt": ["Pago o Clube todos os meses e cobraram-me o preço inteiro"],
    },
    "p_deposit": {
        "it": [
            "Ho annullato con cinque giorni di anticipo e la caparra non mi è mai tornata. Sono passate tre settimane"
        ],
        "de": [
            "Vor fünf Tagen storniert, die Anzahlung ist nach drei Wochen immer noch nicht zurück",
            "Storno rechtzeitig gemacht, Geld trotzdem weg. Drei Wochen jetzt",
        ],
        "en": ["Cancelled five days ahead and the deposit still hasn't come back, three weeks on"],
        "fr": [
            "Annulé cinq jours avant et toujours pas remboursé de l'acompte, trois semaines après"
        ],
        "es": [
            "Cancelé con cinco días de antelación y la fianza sigue sin volver, tres semanas ya"
        ],
        "pt": ["Cancelei com cinco dias de antecedência e o sinal nunca voltou, já três semanas"],
    },
    "long_open": {
        "it": [
            "Gentile Ludorra,\n\nvi scrivo dalla sala d'attesa del pediatra, quindi perdonate se sarò sbrigativa. Da due anni porto le mie figlie da voi quasi ogni domenica e ci siamo sempre trovate benissimo, il personale è gentile e i giochi sono curati.\n\nPerò questa volta devo lamentarmi.\n\n"
        ],
        "de": [
            "Liebes Ludorra-Team,\n\nich schreibe Ihnen aus dem Auto vor dem Schwimmtraining meines Sohnes, deshalb kurz. Wir kommen seit Jahren mit der ganzen Familie und waren immer gern bei Ihnen.\n\nDiesmal geht es aber nicht.\n\n"
        ],
    },
    "long_close": {
        "it": ["\n\nSpero in una risposta seria. Cordiali saluti"],
        "de": ["\n\nIch erwarte eine Antwort. Mit freundlichen Grüßen"],
    },
    "case_opened": {
        "it": [
            "Ci dispiace molto. Abbiamo aperto la segnalazione {case} e ti aggiorniamo entro 48 ore. Il team Ludorra"
        ],
        "de": [
            "Das tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 48 Stunden. Ihr Ludorra-Team"
        ],
        "en": [
            "We're sorry. We've opened case {case} and will update you within 48 hours. Ludorra"
        ],
        "fr": ["Nous sommes désolés. Demande {case} ouverte, réponse sous 48 h. L'équipe Ludorra"],
        "es": [
            "Lo sentimos. Hemos abierto la incidencia {case} y te respondemos en 48 h. Equipo Ludorra"
        ],
        "pt": ["Lamentamos. Abrimos o pedido {case} e respondemos em 48 h. Equipa Ludorra"],
    },
    "escalated": {
        "it": [
            "La segnalazione {case} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno."
        ],
        "de": [
            "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, die Sie bis Freitagmittag anruft."
        ],
        "en": [
            "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
        ],
        "fr": [
            "Votre demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi."
        ],
        "es": [
            "Tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
        ],
        "pt": [
            "O seu pedido {case} está com a nossa responsável de qualidade, que ligará até sexta ao meio-dia."
        ],
    },
    "good_news": {
        "it": [
            "Buone notizie sulla segnalazione {case}: abbiamo sistemato tutto. Puoi confermarci che è a posto?"
        ],
        "de": [
            "Gute Nachrichten zu {case}: erledigt. Können Sie kurz bestätigen, dass alles passt?"
        ],
        "en": ["Good news on case {case}: it's sorted. Could you confirm all is well?"],
        "fr": ["Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ?"],
        "es": ["Buenas noticias sobre {case}: solucionado. ¿Nos confirmas que está bien?"],
        "pt": ["Boas notícias sobre {case}: resolvido. Pode confirmar?"],
    },
    "confirm": {
        "it": ["Confermo, {case} risolta, grazie", "Tutto a posto per la {case}, grazie mille"],
        "de": [
            "Bestätige, {case} ist erledigt. Danke",
            "Passt jetzt, {case} kann geschlossen werden",
        ],
        "en": ["Confirmed, {case} is sorted, thanks"],
        "fr": ["Je confirme, {case} réglé, merci"],
        "es": ["Confirmo, {case} resuelto, gracias"],
        "pt": ["Confirmo, {case} resolvido, obrigado"],
    },
    "apology": {
        "it": ["Scusate per il tono di ieri, ero arrabbiata ma voi siete stati gentili"],
        "de": ["Sorry für meinen Ton gestern, ich war einfach sauer"],
        "en": ["Sorry about my tone yesterday, I was just fed up"],
        "fr": ["Désolée pour mon ton d'hier"],
        "es": ["Perdón por el tono de ayer, estaba muy enfadada"],
        "pt": ["Desculpem o tom de ontem"],
    },
    "still_open": {
        "it": [
            "Segnalazione {case}: ancora niente, il problema è sempre lì",
            "Vi riscrivo per la {case}, nessuna novità e nessuna risposta",
        ],
        "de": [
            "Vorgang {case}: immer noch nichts passiert",
            "Ich melde mich wieder wegen {case}, nach wie vor ungelöst",
        ],
        "en": ["Case {case}: still nothing, still not fixed"],
        "fr": ["Demande {case} : toujours rien, toujours pas réglé"],
        "es": ["Incidencia {case}: sigue sin resolver"],
        "pt": ["Pedido {case}: continua sem solução"],
    },
    "third": {
        "it": [" Una collega va da {comp} e lì risolvono in giornata."],
        "de": [" Ein Kollege geht zu {comp}, da wird sowas am selben Tag geklärt."],
        "en": [" A friend goes to {comp} and they sort this the same day."],
        "fr": [" Une amie va chez {comp}, eux règlent ça le jour même."],
        "es": [" Una amiga va a {comp} y allí lo arreglan el mismo día."],
        "pt": [" Uma amiga vai ao {comp} e lá resolvem no mesmo dia."],
    },
    "fourth": {
        "it": [" È la QUARTA volta che scrivo."],
        "de": [" Das ist jetzt das VIERTE Mal."],
        "en": [" This is the FOURTH time."],
        "fr": [" C'est la QUATRIÈME fois."],
        "es": [" Es la CUARTA vez."],
        "pt": [" É a QUARTA vez."],
    },
    "urgent": {
        "it": ["Aggiunto alla segnalazione {case}, segnato come urgente."],
        "de": ["Zu {case} hinzugefügt und als dringend markiert."],
        "en": ["Added to your case {case}, marked urgent."],
        "fr": ["Ajouté à {case}, marqué urgent."],
        "es": ["Añadido a {case}, marcado como urgente."],
        "pt": ["Adicionado a {case}, marcado como urgente."],
    },
    "slide": {
        "it": [
            "Tavolo pronto con 20 minuti di ritardo, pazienza",
            "Mancavano pezzi in due giochi su tre stasera",
            "Cibo freddo e nessuno ai tavoli per mezz'ora",
            "Caparra alzata a 30 euro senza avvisare, non mi piace",
            "Basta. Mi avete fatto pagare 15 euro di 'gioco danneggiato' per una carta già piegata",
            "Sabato prossimo andiamo da {comp}, mio cognato dice che lì è un'altra cosa",
        ],
        "de": [
            "Tisch 20 Minuten zu spät frei, naja",
            "In zwei von drei Spielen fehlten Teile",
            "Essen kalt, eine halbe Stunde kam keiner",
            "Anzahlung ohne Info auf 30 Euro erhöht, gefällt mir nicht",
            "Jetzt reicht's: 15 Euro 'Schadensgebühr' für eine Karte, die schon geknickt war",
            "Nächsten Samstag gehen wir zu {comp}, mein Schwager schwört drauf",
        ],
        "en": [
            "Table 20 minutes late, oh well",
            "Pieces missing from two of three games",
            "Cold food and nobody came for half an hour",
            "Deposit raised to £25 without a word",
            "Enough. £13 'damage fee' for a card that was already bent",
            "Next Saturday we're going to {comp}, my brother-in-law swears by it",
        ],
        "fr": [
            "Table prête avec 20 minutes de retard",
            "Il manquait des pièces dans deux jeux",
            "Plats froids, personne pendant une demi-heure",
            "Acompte passé à 30 € sans prévenir",
            "Ça suffit : 15 € de 'dégât' pour une carte déjà pliée",
            "Samedi prochain on va chez {comp}",
        ],
        "es": [
            "Mesa con 20 minutos de retraso, bueno",
            "Faltaban piezas en dos de tres juegos",
            "Comida fría y nadie en media hora",
            "Fianza subida a 30 € sin avisar",
            "Ya está: 15 € por 'daños' en una carta que ya estaba doblada",
            "El sábado que viene vamos a {comp}",
        ],
        "pt": [
            "Mesa com 20 minutos de atraso",
            "Faltavam peças em dois jogos",
            "Comida fria e ninguém durante meia hora",
            "Sinal subiu para 30 € sem aviso",
            "Chega: 15 € de 'dano' numa carta já dobrada",
            "No próximo sábado vamos ao {comp}",
        ],
    },
    "leave": {
        "it": [
            "Buongiorno, ci trasferiamo all'estero e vorrei disdire l'abbonamento Ludorra Club e chiudere il mio account."
        ],
        "de": [
            "Hallo, wir ziehen weg. Ich möchte den Ludorra Club kündigen und mein Konto schließen."
        ],
        "en": ["Hi, we're moving away, please cancel my Ludorra Club and close my account."],
        "fr": ["Bonjour, nous déménageons, je veux résilier le Club Ludorra et fermer mon compte."],
        "es": ["Hola, nos mudamos y quiero darme de baja del Club Ludorra y cerrar mi cuenta."],
        "pt": ["Olá, vamos mudar de cidade, quero cancelar o Clube Ludorra e fechar a conta."],
    },
    "sorry_go": {
        "it": [
            "Ci dispiace vederti andare. Puoi disdire tu stessa dall'app o dal sito, in Account > Club."
        ],
        "de": [
            "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen, unter Konto > Club."
        ],
        "en": [
            "Sorry to see you go. You can cancel yourself in the app or on the website, under Account > Club."
        ],
        "fr": ["Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site."],
        "es": ["Sentimos que te vayas. Puedes darte de baja en la app o en la web."],
        "pt": ["Lamentamos. Pode cancelar na app ou no site."],
    },
    "grumpy": {
        "it": [
            "L'app mi scollega ogni volta, che noia",
            "Parcheggio vicino a Ludorra impossibile, come sempre",
            "Di nuovo musica troppo alta",
            "I bicchieri sono sempre appiccicosi",
        ],
        "de": [
            "Die App loggt mich jedes Mal aus, nervig",
            "Wieder zu laut im Café",
            "Parken bei Ludorra ist eine Katastrophe",
            "Immer diese klebrigen Tische",
        ],
        "en": [
            "App logs me out every single time",
            "Too loud again",
            "Parking is hopeless as usual",
        ],
        "fr": ["L'appli me déconnecte à chaque fois", "Encore trop de bruit"],
        "es": ["La app me desconecta cada vez", "Otra vez demasiado ruido"],
        "pt": ["A app desliga-me sempre", "Outra vez barulho demais"],
    },
    "sarcasm": {
        "it": ["Fantastico, il gioco 'completo' con metà delle carte 👏"],
        "de": ["Toll, das 'komplette' Spiel mit der Hälfte der Karten 👏"],
        "en": ["Love a 'complete' game with half the cards 👏"],
        "fr": ["Génial, le jeu 'complet' avec la moitié des cartes 👏"],
        "es": ["Genial, el juego 'completo' con la mitad de las cartas 👏"],
        "pt": ["Ótimo, o jogo 'completo' com metade das cartas 👏"],
    },
    "mild": {
        "it": ["La mappa dei locali nell'app è un po' lenta"],
        "de": ["Die Café-Karte in der App lädt etwas langsam"],
        "en": ["The café map in the app is a bit slow"],
        "fr": ["La carte des cafés dans l'appli est un peu lente"],
        "es": ["El mapa de cafés en la app va un poco lento"],
        "pt": ["O mapa dos cafés na app está um pouco lento"],
    },
    "spike": {
        "it": [
            "Non riesco a prenotare nessun tavolo, l'app dice errore {code} in ogni locale",
            "prenotazione impossibile, esce sempre {code}",
        ],
        "de": [
            "Kann keinen Tisch buchen, die App zeigt Fehler {code} bei jedem Café",
            "Buchung geht nicht, immer {code}",
        ],
        "en": ["Can't book any table, the app says error {code} for every café"],
        "fr": ["Impossible de réserver, l'appli affiche l'erreur {code} partout"],
        "es": ["No puedo reservar mesa, la app da error {code} en todos los cafés"],
        "pt": ["Não consigo reservar, a app dá erro {code} em todos os cafés"],
    },
    "spike_again": {
        "it": ["Ancora {code}, anche dal sito e dal telefono di mio marito"],
        "de": ["Immer noch {code}, auch über die Website und das Handy meiner Frau"],
        "en": ["Still {code}, on the website too"],
        "fr": ["Toujours {code}, sur le site aussi"],
        "es": ["Sigue el {code}, también en la web"],
        "pt": ["Continua o {code}, também no site"],
    },
    "spike_chat_a": {
        "it": [
            "Sì, le prenotazioni non funzionano in questo momento in tutti i locali, i tecnici ci stanno lavorando."
        ],
        "de": ["Ja, Buchungen gehen gerade in keinem Café, unsere Technik ist dran."],
        "en": ["Yes, bookings are failing everywhere right now, our engineers are on it."],
        "fr": ["Oui, les réservations échouent partout en ce moment, nos équipes s'en occupent."],
        "es": ["Sí, las reservas fallan ahora en todos los cafés, estamos en ello."],
        "pt": ["Sim, as reservas estão a falhar em todo o lado, estamos a tratar."],
    },
    "works_again": {
        "it": [
            "Le prenotazioni funzionano di nuovo. Per il disagio ti abbiamo accreditato 5 € sul conto Ludorra."
        ],
        "de": ["Buchungen funktionieren wieder. Als Entschuldigung haben wir 5 € gutgeschrieben."],
        "en": ["Bookings work again. We've added a £4 credit to your Ludorra account."],
        "fr": ["Les réservations fonctionnent à nouveau. 5 € de crédit ajoutés."],
        "es": ["Las reservas vuelven a funcionar. Te hemos abonado 5 €."],
        "pt": ["As reservas voltaram a funcionar. Creditámos 5 €."],
    },
    "lone_q": {
        "it": [
            "Ieri sera l'app ci ha messo un po' a caricare le prenotazioni, poi è andata. Domani funziona?"
        ],
        "de": ["Gestern hat die App beim Buchen kurz gehangen, dann ging's. Klappt das morgen?"],
    },
    "lone_a": {
        "it": ["Sì, era solo lenta per un momento, domani nessun problema."],
        "de": ["Ja, das war nur kurz langsam, morgen kein Problem."],
    },
    "b2b_complaint": {
        "it": [
            "Buongiorno, la fattura della serata aziendale riporta la ragione sociale vecchia e senza numero d'ordine. La contabilità non può pagarla."
        ],
        "de": [
            "Guten Tag, die Rechnung für unseren Teamabend trägt den alten Firmennamen und keine Bestellnummer. Die Buchhaltung kann so nicht zahlen."
        ],
        "en": [
            "Hello, the invoice for our team night shows our old company name and no PO number. Accounts can't pay it."
        ],
        "fr": [
            "Bonjour, la facture de la soirée d'équipe porte l'ancien nom de la société et aucun numéro de commande."
        ],
        "es": [
            "Hola, la factura de la noche de equipo lleva el nombre antiguo de la empresa y sin número de pedido."
        ],
        "pt": [
            "Olá, a fatura da noite de equipa tem o nome antigo da empresa e sem número de encomenda."
        ],
    },
    "b2b_follow": {
        "it": [
            "Scrivo anch'io come {first} per la segnalazione {case}: la fattura è sempre sbagliata."
        ],
        "de": ["Ich schreibe wie {first} wegen {case}: die Rechnung ist weiterhin falsch."],
        "en": ["Writing as {first} did about {case}: the invoice is still wrong."],
        "fr": ["J'écris comme {first} pour {case} : la facture est toujours fausse."],
        "es": ["Escribo como {first} por {case}: la factura sigue mal."],
        "pt": ["Escrevo como {first} sobre {case}: a fatura continua errada."],
    },
    "b2b_last": {
        "it": [
            "{case}: niente è cambiato, hanno scritto in tanti. Il mio capo dice che cambiamo fornitore se non si risolve questa settimana."
        ],
        "de": [
            "{case}: nichts ist passiert, mehrere Kollegen haben geschrieben. Mein Chef sagt, wir wechseln, wenn das diese Woche nicht gelöst ist."
        ],
        "en": [
            "{case}: nothing fixed, several of us wrote. My boss says we move if it isn't sorted this week."
        ],
        "fr": [
            "{case} : rien n'est réglé. Mon chef dit qu'on change si ce n'est pas fait cette semaine."
        ],
        "es": ["{case}: nada resuelto. Mi jefe dice que cambiamos si no se arregla esta semana."],
        "pt": [
            "{case}: nada resolvido. O meu chefe diz que mudamos se não se resolver esta semana."
        ],
    },
    "b2b_suggest": {
        "it": ["Suggerimento: sarebbe utile avere le fatture divise per centro di costo."],
        "de": ["Vorschlag: Rechnungen nach Kostenstelle getrennt wären hilfreich."],
        "en": ["Suggestion: invoices split by cost centre would help."],
        "fr": ["Suggestion : des factures par centre de coût seraient utiles."],
        "es": ["Sugerencia: facturas por centro de coste serían útiles."],
        "pt": ["Sugestão: faturas por centro de custo seriam úteis."],
    },
    "b2b_routine": {
        "it": ["Possiamo prenotare la sala grande per 20 persone giovedì prossimo?"],
        "de": ["Können wir den großen Raum für 20 Personen nächsten Donnerstag buchen?"],
        "en": ["Can we book the big room for 20 next Thursday?"],
        "fr": ["Peut-on réserver la grande salle pour 20 jeudi prochain ?"],
        "es": ["¿Podemos reservar la sala grande para 20 el jueves que viene?"],
        "pt": ["Podemos reservar a sala grande para 20 na próxima quinta?"],
    },
}
