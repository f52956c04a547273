"""Wording of heldout179 (Valixo: luggage storage and bag delivery), per language."""

# ruff: noqa: E501

LANGS = ("en", "it", "fr", "de", "pt", "es")

W: dict[str, dict[str, list[str]]] = {
    "en": {
        "praise": [
            "Dropped two suitcases at the Valixo shop by the station, picked them up at 6, zero fuss. Brilliant",
            "third time using Valixo this year and again spotless, bags waiting at the counter",
            "Bag delivery to the airport hotel was on time, driver even texted. Love it",
            "Still the easiest way to kill a day in a city without dragging a case around",
        ],
        "gripe": [
            "Great service, only the shop closes at 7 which is a bit early",
            "Lovely as always, just wish the app remembered my card",
        ],
        "question": [
            "Can I leave a pushchair in a locker or only bags?",
            "Does Plus cover bag delivery to the airport too?",
            "If I pick up late, is there an extra fee?",
        ],
        "answer": [
            "Hi, yes, up to the locker size it's fine, and Plus covers one delivery a month. Anything else, just ask. Tom, Valixo"
        ],
        "thanks": ["cheers!", "thanks a lot, sorted", "ta, legend"],
        "night": [
            "3am at the airport and the Valixo locker still opened first time. Bless",
            "can't sleep, booking storage for Saturday's gig already lol",
        ],
        "complaint": [
            "My bag was NOT at the shop when I came to collect it, booking says collected. Where is my suitcase?",
            "You charged my card TWICE for one day of storage. Sort it out",
            "The suitcase came back with a broken wheel and a torn handle",
            "Storage refund for the cancelled booking still not in my account after three weeks",
            "I'm a Plus member and was charged the full rate again",
        ],
        "case_opened": [
            "Hello, sorry about this. We've opened case VX-CASE for you and will come back within a day. Priya, Valixo"
        ],
        "still_open": [
            "Case VX-CASE still open, nothing has happened. I'm writing AGAIN",
            "still nothing on VX-CASE, it's been two days",
        ],
        "third": ["Third time about VX-CASE. A friend uses COMP and they sort this in an hour"],
        "fourth": ["FOURTH time. VX-CASE. Still not fixed"],
        "passed_on": [
            "Hello, your case VX-CASE is now with our quality lead, who will call you before Friday lunchtime."
        ],
        "good_news": [
            "Good news on case VX-CASE: it should be sorted now. Could you confirm? Priya, Valixo"
        ],
        "confirm": ["confirmed, VX-CASE is fine now, thanks", "Yes all good on VX-CASE, cheers"],
        "apology": [
            "sorry for the shouty message yesterday, long day with the kids and the bags",
            "Apologies for yesterday, your team were actually kind",
        ],
        "slide": [
            "Shop took 20 minutes to find my bag today. Not like before",
            "Locker app froze twice, had to call. Meh",
            "Now they want ID AND a photo of every bag at drop-off??",
            "Prices up again and the station shop is gone",
            "Charged £12 'oversize fee' for a normal cabin bag. Absolutely not",
            "My sister uses COMP now, booked them for Saturday",
        ],
        "cancel": [
            "Hello, we're moving abroad and won't need storage any more. Please cancel my Valixo Plus and close my account."
        ],
        "sorry_go": [
            "Sorry to see you go. You can cancel Plus yourself in the app or on the website under Membership."
        ],
        "grumble": [
            "app logs me out every single time",
            "why does the map show shops that closed months ago",
            "the reminder text at 6am is not needed",
        ],
        "sarcasm": [
            "Bag delivered to the hotel at 23:40, just in time for checkout tomorrow 👏",
            "Love paying for storage to wait 25 min in the queue 🙃",
        ],
        "spike": [
            "The seal won't register at drop-off, app says error SLX-264 and the shop won't take my bag",
            "cant drop my case, the app crashes when I scan the security seal. shop says no seal no storage",
            "Valixo drop-off broken?? seal scan fails every time, standing here with 3 bags",
        ],
        "spike_again": [
            "Tried another Valixo shop, same thing, seal won't register. still SLX-264",
            "still can't drop off, second shop same error, train leaves soon",
        ],
        "spike_answer": [
            "Yes, seal scanning at drop-off is failing at every shop right now, our engineers are on it. Sorry!"
        ],
        "spike_fixed": [
            "Seal scanning works again since 11:40. Today's storage is on us: £9 credit added. Sorry for the trouble."
        ],
        "lone": [
            "last night the seal number looked blurry in the app until I zoomed in. will it scan tomorrow?"
        ],
        "lone_answer": [
            "It looks blurry at low zoom but the shop scanner will read it fine. Have a good trip!"
        ],
        "b2b_complaint": [
            "Our invoices for guest bag storage still show the wrong VAT number and no PO, accounts payable rejects them",
            "The portal shows none of our stored guest bags, so we can't release them",
            "Your shop refused our guests' bags this morning, 'account on hold', we are paid up",
        ],
        "b2b_again": [
            "Following up on case VX-CASE: still not fixed, several colleagues have written. Procurement has asked COMP for rates"
        ],
        "b2b_suggest": ["Suggestion: could the invoice show the event code per booking?"],
        "b2b_q": [
            "How do I add a colleague to the portal?",
            "Can we book storage for a group of 40 guests?",
        ],
        "letter_open": [
            "Dear Valixo team,\n\nI am writing from the hotel lobby while my kids fight over a tablet, so forgive the length."
        ],
        "letter_close": [
            "I have used you for years and always been happy, but this is not acceptable.\n\nKind regards"
        ],
        "subject": ["Complaint: storage", "Re: Your case VX-CASE"],
    },
    "it": {
        "praise": [
            "Lasciato due valigie al negozio Valixo in stazione, riprese alle 6, tutto perfetto. Grandi",
            "terza volta con Valixo quest'anno e ancora impeccabili, borse pronte al banco",
            "Consegna bagagli in aeroporto puntualissima, l'autista mi ha pure scritto. Top",
            "Ancora il modo più comodo per girare Roma senza trolley",
        ],
        "gripe": [
            "Servizio ottimo, peccato che il negozio chiuda alle 19",
            "Bravi come sempre, solo l'app non ricorda la carta",
        ],
        "question": [
            "Posso lasciare un passeggino nel locker o solo valigie?",
            "Il Plus copre anche la consegna in aeroporto?",
            "Se ritiro tardi pago un extra?",
        ],
        "answer": [
            "Ciao, sì, entro le misure del locker va bene, e il Plus copre una consegna al mese. Per altro siamo qui. Giulia, Valixo"
        ],
        "thanks": ["grazie mille!", "grz, gentilissimi", "perfetto, grazie"],
        "night": [
            "alle 3 in aeroporto e il locker Valixo si è aperto al primo colpo. Benedetti",
            "non dormo, intanto prenoto il deposito per il concerto di sabato ahah",
        ],
        "complaint": [
            "La mia valigia NON era al negozio quando sono andato a ritirarla, l'app dice ritirata. Dov'è?",
            "Mi avete addebitato DUE volte un solo giorno di deposito. Sistemate subito",
            "La valigia è tornata con una ruota rotta e il manico strappato",
            "Il rimborso della prenotazione annullata non è ancora arrivato dopo tre settimane",
            "Sono socio Plus e mi avete fatto pagare la tariffa piena di nuovo",
        ],
        "case_opened": [
            "Buongiorno, ci scusi. Abbiamo aperto la pratica VX-CASE e le rispondiamo entro un giorno. Marco, Valixo"
        ],
        "still_open": [
            "Pratica VX-CASE ancora aperta, non è successo niente. Scrivo DI NUOVO",
            "ancora niente sulla VX-CASE, sono due giorni",
        ],
        "third": ["Terza volta per la VX-CASE. Un'amica usa COMP e lì risolvono in un'ora"],
        "fourth": ["QUARTA volta. VX-CASE. Ancora niente"],
        "passed_on": [
            "Buongiorno, la sua pratica VX-CASE è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a pranzo."
        ],
        "good_news": [
            "Buone notizie sulla pratica VX-CASE: dovrebbe essere risolta. Può confermare? Marco, Valixo"
        ],
        "confirm": [
            "confermo, VX-CASE risolta, grazie",
            "Sì tutto ok per la VX-CASE, grazie mille",
        ],
        "apology": [
            "scusate per il messaggio di ieri, giornata pesante con bimbi e valigie",
            "Chiedo scusa per ieri, il vostro collega è stato gentile",
        ],
        "slide": [
            "Oggi al negozio ci hanno messo 20 minuti a trovare la mia borsa. Non come prima",
            "L'app del locker si è bloccata due volte, ho dovuto chiamare. Mah",
            "Adesso vogliono documento E foto di ogni borsa al deposito??",
            "Prezzi di nuovo su e il negozio in stazione ha chiuso",
            "12 € di 'supplemento fuori misura' per un normale bagaglio a mano. Assurdo",
            "Mia sorella usa COMP ormai, prenotato da loro per sabato",
        ],
        "cancel": [
            "Buongiorno, ci trasferiamo all'estero e non ci serve più il deposito. Per favore annullate il mio Valixo Plus e chiudete l'account."
        ],
        "sorry_go": [
            "Ci dispiace vederla andare. Può annullare il Plus da sola nell'app o sul sito, alla voce Abbonamento."
        ],
        "grumble": [
            "l'app mi disconnette ogni volta",
            "perché la mappa mostra negozi chiusi da mesi",
            "il promemoria alle 6 di mattina anche no",
        ],
        "sarcasm": [
            "Valigia consegnata in hotel alle 23:40, giusto in tempo per il check-out di domani 👏",
            "Adoro pagare il deposito per fare 25 minuti di fila 🙃",
        ],
        "spike": [
            "Il sigillo non si registra al deposito, l'app dà errore SLX-264 e il negozio non prende la valigia",
            "non riesco a lasciare il trolley, l'app crasha quando scansiono il sigillo. senza sigillo niente deposito dicono",
            "Valixo rotto?? la scansione del sigillo fallisce sempre, sono qui con 3 borse",
        ],
        "spike_again": [
            "Provato un altro negozio Valixo, stessa cosa, il sigillo non si registra. sempre SLX-264",
            "ancora niente, secondo negozio stesso errore, il treno parte tra poco",
        ],
        "spike_answer": [
            "Sì, la scansione dei sigilli al deposito non funziona in nessun negozio in questo momento, i tecnici ci stanno lavorando. Ci scusi!"
        ],
        "spike_fixed": [
            "La scansione dei sigilli funziona di nuovo dalle 12:40. Il deposito di oggi lo offriamo noi: 10 € di credito. Ci scusi."
        ],
        "lone": [
            "ieri sera il numero del sigillo sembrava sfocato nell'app finché non ho zoomato. domani si scansiona?"
        ],
        "lone_answer": [
            "Sembra sfocato con poco zoom ma lo scanner del negozio lo legge. Buon viaggio!"
        ],
        "b2b_complaint": [
            "Le fatture per il deposito bagagli degli ospiti hanno ancora la partita IVA sbagliata e nessun numero d'ordine, la contabilità le respinge",
            "Il portale non mostra nessuna borsa degli ospiti in deposito, non possiamo svincolarle",
            "Il vostro negozio stamattina ha rifiutato le valigie dei nostri ospiti, 'account bloccato', ma abbiamo pagato",
        ],
        "b2b_again": [
            "Riprendo la pratica VX-CASE: ancora non risolta, hanno scritto vari colleghi. Gli acquisti hanno chiesto i prezzi a COMP"
        ],
        "b2b_suggest": [
            "Suggerimento: in fattura si può mettere il codice evento per ogni prenotazione?"
        ],
        "b2b_q": [
            "Come aggiungo un collega al portale?",
            "Possiamo prenotare il deposito per un gruppo di 40 ospiti?",
        ],
        "letter_open": [
            "Gentile servizio clienti Valixo,\n\nvi scrivo dalla sala d'attesa del pediatra, perdonate la lunghezza."
        ],
        "letter_close": [
            "Vi uso da anni e sono sempre stata contenta, ma così non va.\n\nCordiali saluti"
        ],
        "subject": ["Reclamo: deposito", "R: Pratica VX-CASE"],
    },
    "fr": {
        "praise": [
            "Deux valises déposées chez Valixo à la gare, récupérées à 18h, nickel",
            "troisième fois avec Valixo cette année et encore parfait",
            "Livraison des bagages à l'aéroport pile à l'heure, merci",
        ],
        "gripe": ["Super service, juste la boutique ferme tôt"],
        "question": [
            "Je peux laisser une poussette dans un casier ?",
            "Le Plus couvre la livraison à l'aéroport ?",
        ],
        "answer": [
            "Bonjour, oui dans la taille du casier, et le Plus couvre une livraison par mois. Claire, Valixo"
        ],
        "thanks": ["merci beaucoup !", "top merci"],
        "night": [
            "3h du mat à l'aéroport et le casier Valixo s'ouvre du premier coup. Merci",
            "insomnie, je réserve la consigne pour samedi mdr",
        ],
        "complaint": [
            "Ma valise n'était PAS à la boutique, l'appli dit récupérée. Où est-elle ?",
            "Vous m'avez débité DEUX fois pour une journée",
            "La valise est revenue avec une roue cassée",
            "Toujours pas remboursée de la réservation annulée après trois semaines",
            "Membre Plus et encore facturée plein tarif",
        ],
        "case_opened": [
            "Bonjour, désolés. Nous avons ouvert le dossier VX-CASE et revenons vers vous sous 24h. Claire, Valixo"
        ],
        "still_open": ["Dossier VX-CASE toujours ouvert, rien ne bouge. J'écris ENCORE"],
        "third": [
            "Troisième fois pour VX-CASE. Une amie passe par COMP, eux règlent ça en une heure"
        ],
        "fourth": ["QUATRIÈME fois. VX-CASE. Toujours rien"],
        "passed_on": [
            "Bonjour, votre dossier VX-CASE est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
        ],
        "good_news": [
            "Bonne nouvelle pour le dossier VX-CASE : c'est réglé normalement. Pouvez-vous confirmer ?"
        ],
        "confirm": ["je confirme, VX-CASE c'est bon, merci"],
        "apology": ["désolée pour mon message d'hier, journée horrible"],
        "slide": [
            "20 minutes pour retrouver mon sac aujourd'hui. Pas comme avant",
            "L'appli du casier a planté deux fois. Bof",
            "Maintenant pièce d'identité ET photo de chaque sac ??",
            "Prix en hausse et la boutique de la gare a fermé",
            "12 € de 'supplément hors format' pour un bagage cabine. N'importe quoi",
            "Ma sœur passe par COMP, j'ai réservé chez eux samedi",
        ],
        "cancel": [
            "Bonjour, nous déménageons et n'avons plus besoin de consigne. Merci d'annuler mon Valixo Plus et de fermer mon compte."
        ],
        "sorry_go": [
            "Dommage de vous voir partir. Vous pouvez annuler le Plus vous-même dans l'appli ou sur le site."
        ],
        "grumble": ["l'appli me déconnecte à chaque fois", "la carte montre des boutiques fermées"],
        "sarcasm": ["Valise livrée à l'hôtel à 23h40, pile pour le check-out de demain 👏"],
        "spike": [
            "Le scellé ne s'enregistre pas au dépôt, erreur SLX-264, la boutique refuse ma valise",
            "impossible de déposer, l'appli plante quand je scanne le scellé",
        ],
        "spike_again": ["Autre boutique Valixo, pareil, toujours SLX-264"],
        "spike_answer": [
            "Oui, le scan des scellés au dépôt ne marche dans aucune boutique en ce moment, nos équipes sont dessus. Désolés !"
        ],
        "spike_fixed": [
            "Le scan des scellés remarche depuis 12h40. La consigne du jour est offerte : 10 € de crédit."
        ],
        "lone": ["hier soir le numéro du scellé semblait flou dans l'appli. ça passera demain ?"],
        "lone_answer": ["Il paraît flou sans zoom mais le scanner le lit sans souci. Bon voyage !"],
        "b2b_complaint": [
            "Nos factures de consigne clients ont toujours le mauvais numéro de TVA et pas de bon de commande",
            "Le portail n'affiche aucun bagage client en consigne",
            "Votre boutique a refusé les bagages de nos clients ce matin, 'compte bloqué', alors que tout est payé",
        ],
        "b2b_again": [
            "Suite au dossier VX-CASE : toujours rien, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de COMP"
        ],
        "b2b_suggest": ["Suggestion : indiquer le code événement sur chaque ligne de facture ?"],
        "b2b_q": ["Comment ajouter un collègue au portail ?"],
        "letter_open": [
            "Madame, Monsieur,\n\nje vous écris depuis le quai d'une gare, pardonnez la longueur."
        ],
        "letter_close": [
            "Je suis cliente depuis des années, mais là ce n'est pas possible.\n\nCordialement"
        ],
        "subject": ["Réclamation : consigne", "RE : Dossier VX-CASE"],
    },
    "de": {
        "praise": [
            "Zwei Koffer bei Valixo am Bahnhof abgegeben, um 18 Uhr abgeholt, alles super",
            "schon wieder Valixo und schon wieder tadellos",
            "Gepäcklieferung zum Flughafen pünktlich, danke",
        ],
        "gripe": ["Toller Service, nur schließt der Laden früh"],
        "question": [
            "Darf ein Kinderwagen ins Schließfach?",
            "Gilt Plus auch für die Lieferung zum Flughafen?",
        ],
        "answer": [
            "Hallo, ja, bis zur Fachgröße passt das, und Plus deckt eine Lieferung im Monat. Jonas, Valixo"
        ],
        "thanks": ["danke!", "super, vielen Dank"],
        "night": [
            "3 Uhr am Flughafen und das Valixo-Fach geht sofort auf. Herrlich",
            "kann nicht schlafen, buche schon mal fürs Konzert am Samstag",
        ],
        "complaint": [
            "Mein Koffer war NICHT im Laden, die App sagt abgeholt. Wo ist er?",
            "Sie haben ZWEIMAL für einen Tag abgebucht",
            "Der Koffer kam mit kaputtem Rad zurück",
            "Erstattung der stornierten Buchung nach drei Wochen immer noch nicht da",
            "Ich bin Plus-Mitglied und zahle wieder den vollen Preis",
        ],
        "case_opened": [
            "Guten Tag, das tut uns leid. Wir haben den Vorgang VX-CASE eröffnet und melden uns binnen eines Tages. Jonas, Valixo"
        ],
        "still_open": ["Vorgang VX-CASE immer noch offen, nichts passiert. Ich schreibe NOCHMAL"],
        "third": [
            "Dritte Nachricht zu VX-CASE. Ein Kollege nutzt COMP, die lösen das in einer Stunde"
        ],
        "fourth": ["VIERTES Mal. VX-CASE. Immer noch nichts"],
        "passed_on": [
            "Guten Tag, Ihr Vorgang VX-CASE liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
        ],
        "good_news": [
            "Gute Nachricht zu Vorgang VX-CASE: sollte erledigt sein. Können Sie das bestätigen?"
        ],
        "confirm": ["bestätigt, VX-CASE passt jetzt, danke"],
        "apology": ["sorry für die Nachricht gestern, war ein langer Tag"],
        "slide": [
            "Heute 20 Minuten, bis sie meine Tasche fanden. Früher nicht",
            "Schließfach-App zweimal abgestürzt. Naja",
            "Jetzt Ausweis UND Foto von jeder Tasche??",
            "Preise wieder hoch und der Laden am Bahnhof ist zu",
            "12 € 'Übergrößenzuschlag' für normales Handgepäck. Frechheit",
            "Meine Schwester nutzt jetzt COMP, hab dort für Samstag gebucht",
        ],
        "cancel": [
            "Guten Tag, wir ziehen ins Ausland und brauchen keine Aufbewahrung mehr. Bitte kündigen Sie mein Valixo Plus und schließen Sie mein Konto."
        ],
        "sorry_go": [
            "Schade, dass Sie gehen. Plus können Sie selbst in der App oder auf der Website kündigen."
        ],
        "grumble": [
            "die App meldet mich jedes Mal ab",
            "die Karte zeigt längst geschlossene Läden",
        ],
        "sarcasm": [
            "Koffer um 23:40 ins Hotel geliefert, gerade rechtzeitig zum Check-out morgen 👏"
        ],
        "spike": [
            "Das Siegel lässt sich bei der Abgabe nicht registrieren, Fehler SLX-264, der Laden nimmt den Koffer nicht",
            "kann nicht abgeben, App stürzt beim Scannen des Siegels ab",
        ],
        "spike_again": ["Anderer Valixo-Laden, gleiches Problem, immer noch SLX-264"],
        "spike_answer": [
            "Ja, das Scannen der Siegel bei der Abgabe fällt gerade in allen Läden aus, unsere Technik ist dran. Entschuldigung!"
        ],
        "spike_fixed": [
            "Das Siegel-Scannen funktioniert seit 12:40 wieder. Die Aufbewahrung heute geht auf uns: 10 € Guthaben."
        ],
        "lone": ["gestern Abend sah die Siegelnummer in der App unscharf aus. klappt das morgen?"],
        "lone_answer": [
            "Ohne Zoom wirkt sie unscharf, der Scanner im Laden liest sie problemlos. Gute Reise!"
        ],
        "b2b_complaint": [
            "Unsere Rechnungen für die Gästegepäck-Aufbewahrung haben immer noch die falsche USt-IdNr. und keine Bestellnummer",
            "Das Portal zeigt keine eingelagerten Gästetaschen, wir können nichts freigeben",
            "Ihr Laden hat heute früh das Gepäck unserer Gäste abgelehnt, 'Konto gesperrt', obwohl bezahlt",
        ],
        "b2b_again": [
            "Nachtrag zu Vorgang VX-CASE: immer noch nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat bei COMP angefragt"
        ],
        "b2b_suggest": ["Vorschlag: Veranstaltungscode je Buchung auf der Rechnung?"],
        "b2b_q": ["Wie füge ich einen Kollegen im Portal hinzu?"],
        "letter_open": [
            "Sehr geehrtes Valixo-Team,\n\nich schreibe aus dem Wartezimmer, verzeihen Sie die Länge."
        ],
        "letter_close": [
            "Ich bin seit Jahren Kundin, aber so geht das nicht.\n\nMit freundlichen Grüßen"
        ],
        "subject": ["Beschwerde: Aufbewahrung", "AW: Vorgang VX-CASE"],
    },
    "pt": {
        "praise": [
            "Deixei duas malas na loja Valixo da estação, levantei às 18h, impecável",
            "terceira vez com a Valixo e outra vez perfeito",
            "Entrega das malas no aeroporto a horas, obrigada",
        ],
        "gripe": ["Ótimo serviço, só a loja fecha cedo"],
        "question": [
            "Posso deixar um carrinho de bebé no cacifo?",
            "O Plus cobre entrega no aeroporto?",
        ],
        "answer": [
            "Olá, sim, dentro do tamanho do cacifo, e o Plus cobre uma entrega por mês. Rita, Valixo"
        ],
        "thanks": ["obg!", "muito obrigado"],
        "night": [
            "3 da manhã no aeroporto e o cacifo Valixo abriu à primeira. Top",
            "sem sono, já reservei o depósito para sábado kkk",
        ],
        "complaint": [
            "A minha mala NÃO estava na loja, a app diz levantada. Onde está?",
            "Cobraram DUAS vezes um dia de depósito",
            "A mala voltou com uma roda partida",
            "Reembolso da reserva cancelada ainda não chegou após três semanas",
            "Sou sócia Plus e cobraram a tarifa cheia outra vez",
        ],
        "case_opened": [
            "Olá, lamentamos. Abrimos o pedido VX-CASE e respondemos num dia. Rita, Valixo"
        ],
        "still_open": ["Pedido VX-CASE continua aberto, nada aconteceu. Escrevo OUTRA vez"],
        "third": ["Terceira vez pelo VX-CASE. Uma amiga usa a COMP e resolvem numa hora"],
        "fourth": ["QUARTA vez. VX-CASE. Ainda nada"],
        "passed_on": [
            "Olá, o seu pedido VX-CASE está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
        ],
        "good_news": [
            "Boas notícias sobre o pedido VX-CASE: deve estar resolvido. Pode confirmar?"
        ],
        "confirm": ["confirmo, VX-CASE resolvido, obrigada"],
        "apology": ["desculpem a mensagem de ontem, dia horrível"],
        "slide": [
            "Hoje 20 minutos para encontrarem o meu saco. Antes não era assim",
            "A app do cacifo bloqueou duas vezes. Enfim",
            "Agora querem documento E foto de cada saco??",
            "Preços a subir e a loja da estação fechou",
            "12 € de 'taxa de tamanho' por uma mala de cabine. Absurdo",
            "A minha irmã usa a COMP, reservei lá para sábado",
        ],
        "cancel": [
            "Olá, vamos emigrar e já não precisamos de depósito. Por favor cancelem o meu Valixo Plus e fechem a conta."
        ],
        "sorry_go": ["Lamentamos vê-lo partir. Pode cancelar o Plus na app ou no site."],
        "grumble": ["a app desliga-me a sessão sempre", "o mapa mostra lojas fechadas"],
        "sarcasm": ["Mala entregue no hotel às 23:40, mesmo a tempo do check-out de amanhã 👏"],
        "spike": [
            "O selo não regista na entrega, erro SLX-264, a loja não aceita a mala",
            "não consigo deixar a mala, a app fecha ao ler o selo",
        ],
        "spike_again": ["Outra loja Valixo, igual, continua SLX-264"],
        "spike_answer": [
            "Sim, a leitura dos selos na entrega está a falhar em todas as lojas, a equipa técnica está a tratar. Desculpe!"
        ],
        "spike_fixed": [
            "A leitura dos selos funciona de novo desde as 11:40. O depósito de hoje é por nossa conta: 10 € de crédito."
        ],
        "lone": ["ontem à noite o número do selo parecia desfocado na app. amanhã lê?"],
        "lone_answer": ["Parece desfocado sem zoom mas o leitor da loja lê bem. Boa viagem!"],
        "b2b_complaint": [
            "As faturas do depósito de bagagem dos hóspedes têm o NIF errado e sem número de encomenda",
            "O portal não mostra nenhuma mala de hóspedes em depósito",
            "A vossa loja recusou as malas dos nossos hóspedes hoje, 'conta bloqueada', mas está paga",
        ],
        "b2b_again": [
            "Sobre o pedido VX-CASE: continua por resolver, vários colegas escreveram. As compras pediram preços à COMP"
        ],
        "b2b_suggest": ["Sugestão: o código do evento em cada linha da fatura?"],
        "b2b_q": ["Como adiciono um colega ao portal?"],
        "letter_open": [
            "Caros senhores da Valixo,\n\nescrevo da sala de espera do dentista, desculpem o tamanho."
        ],
        "letter_close": ["Sou cliente há anos, mas assim não dá.\n\nCumprimentos"],
        "subject": ["Reclamação: depósito", "RE: Pedido VX-CASE"],
    },
    "es": {
        "praise": [
            "Dejé dos maletas en la tienda Valixo de la estación, recogidas a las 18h, genial",
            "tercera vez con Valixo este año y otra vez perfecto",
            "Entrega de maletas en el aeropuerto puntual, gracias",
        ],
        "gripe": ["Muy buen servicio, solo que la tienda cierra pronto"],
        "question": [
            "¿Puedo dejar un carrito de bebé en la taquilla?",
            "¿El Plus cubre la entrega al aeropuerto?",
        ],
        "answer": [
            "Hola, sí, dentro del tamaño de la taquilla, y el Plus cubre una entrega al mes. Lucía, Valixo"
        ],
        "thanks": ["gracias!!", "genial, mil gracias"],
        "night": [
            "3 de la mañana en el aeropuerto y la taquilla Valixo abre a la primera. Olé",
            "sin sueño, reservando consigna para el sábado jaja",
        ],
        "complaint": [
            "Mi maleta NO estaba en la tienda, la app dice recogida. ¿Dónde está?",
            "Me cobrasteis DOS veces un día de consigna",
            "La maleta volvió con una rueda rota",
            "El reembolso de la reserva cancelada sigue sin llegar tras tres semanas",
            "Soy socia Plus y me cobrasteis tarifa completa otra vez",
        ],
        "case_opened": [
            "Hola, lo sentimos. Hemos abierto la incidencia VX-CASE y te respondemos en un día. Lucía, Valixo"
        ],
        "still_open": ["Incidencia VX-CASE sigue abierta, no ha pasado nada. Escribo OTRA vez"],
        "third": ["Tercera vez por la VX-CASE. Una amiga usa COMP y lo arreglan en una hora"],
        "fourth": ["CUARTA vez. VX-CASE. Nada"],
        "passed_on": [
            "Hola, tu incidencia VX-CASE está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
        ],
        "good_news": [
            "Buenas noticias sobre la incidencia VX-CASE: debería estar resuelta. ¿Puedes confirmar?"
        ],
        "confirm": ["confirmado, VX-CASE resuelta, gracias"],
        "apology": ["perdón por el mensaje de ayer, día horrible"],
        "slide": [
            "Hoy 20 minutos para encontrar mi bolsa. Antes no pasaba",
            "La app de la taquilla se colgó dos veces. En fin",
            "¿Ahora DNI Y foto de cada bolsa??",
            "Precios arriba y la tienda de la estación cerró",
            "12 € de 'recargo por tamaño' por una maleta de cabina. Increíble",
            "Mi hermana usa COMP, he reservado con ellos el sábado",
        ],
        "cancel": [
            "Hola, nos mudamos fuera y ya no necesitamos consigna. Por favor cancelad mi Valixo Plus y cerrad mi cuenta."
        ],
        "sorry_go": ["Sentimos verte marchar. Puedes cancelar el Plus en la app o en la web."],
        "grumble": ["la app me cierra la sesión siempre", "el mapa enseña tiendas cerradas"],
        "sarcasm": [
            "Maleta entregada en el hotel a las 23:40, justo para el check-out de mañana 👏"
        ],
        "spike": [
            "El precinto no se registra en la entrega, error SLX-264, la tienda no acepta la maleta",
            "no puedo dejar la maleta, la app se cierra al escanear el precinto",
        ],
        "spike_again": ["Otra tienda Valixo, igual, sigue SLX-264"],
        "spike_answer": [
            "Sí, el escaneo de precintos falla ahora en todas las tiendas, el equipo técnico está en ello. ¡Perdona!"
        ],
        "spike_fixed": [
            "El escaneo de precintos funciona de nuevo desde las 12:40. La consigna de hoy corre de nuestra cuenta: 10 € de crédito."
        ],
        "lone": ["anoche el número del precinto se veía borroso en la app. ¿mañana se escanea?"],
        "lone_answer": [
            "Se ve borroso sin zoom pero el lector de la tienda lo lee bien. ¡Buen viaje!"
        ],
        "b2b_complaint": [
            "Las facturas de consigna de huéspedes siguen con el CIF mal y sin número de pedido",
            "El portal no muestra ninguna maleta de huéspedes en consigna",
            "Vuestra tienda rechazó las maletas de nuestros huéspedes esta mañana, 'cuenta bloqueada', y está pagado",
        ],
        "b2b_again": [
            "Sobre la incidencia VX-CASE: sigue sin resolver, han escrito varios compañeros. Compras ha pedido precios a COMP"
        ],
        "b2b_suggest": ["Sugerencia: ¿el código de evento en cada línea de la factura?"],
        "b2b_q": ["¿Cómo añado a un compañero al portal?"],
        "letter_open": [
            "Estimado equipo de Valixo:\n\nos escribo desde la sala de espera del médico, perdonad la extensión."
        ],
        "letter_close": ["Soy cliente desde hace años, pero así no.\n\nUn saludo"],
        "subject": ["Reclamación: consigna", "RE: Incidencia VX-CASE"],
    },
}

COMPETITORS = ("Bagnetto", "Kofferly")
MARKETS = {
    "en": ["UK", "IE"],
    "it": ["IT", "CH"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "pt": ["PT"],
    "es": ["ES"],
}
FIRST = {
    "en": ["Emma", "Liam", "Olivia", "Noah", "Grace"],
    "it": ["Giulia", "Luca", "Chiara", "Matteo", "Sara", "Paolo"],
    "fr": ["Camille", "Hugo", "Léa"],
    "de": ["Anna", "Felix", "Jana"],
    "pt": ["Inês", "Tiago", "Beatriz"],
    "es": ["Lucía", "Pablo", "Marta"],
}
LAST = {
    "en": ["Walsh", "Hughes", "Patel"],
    "it": ["Russo", "Bianchi", "Esposito", "Ferri"],
    "fr": ["Martin", "Dubois"],
    "de": ["Krüger", "Hoffmann"],
    "pt": ["Sousa", "Ferreira"],
    "es": ["García", "Navarro"],
}
PHONE = {
    "UK": "+447",
    "IE": "+3538",
    "IT": "+393",
    "CH": "+417",
    "FR": "+336",
    "BE": "+324",
    "DE": "+4915",
    "AT": "+43664",
    "PT": "+3519",
    "ES": "+346",
}
