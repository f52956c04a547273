"""Wording of heldout242 (Flexuvo, yoga and pilates studios), per language.

Fields in braces are filled by make_heldout242.py: case, comp, name, code, time.
"""

# ruff: noqa: E501

LANGS = ("de", "en", "fr", "it", "pt", "es")

W: dict[str, dict[str, list[str]]] = {
    "de": {
        "praise": [
            "Der Vinyasa-Kurs am Dienstag bei Flexuvo war wieder großartig, Rücken ist endlich locker",
            "Dritte Woche in Folge Yin Yoga am Sonntag, immer noch mein Lieblingsmoment der Woche",
            "Flexuvo Plus lohnt sich echt, heute Pilates Reformer und danach Tee im Studio. Danke!",
        ],
        "gripe_praise": [
            "Super Stunde heute, nur die Duschen im Studio Mitte sind schon wieder lauwarm. Sonst top",
            "Trainerin war klasse, nur die Matten riechen etwas nach Desinfektionsmittel. Trotzdem gerne wieder",
        ],
        "question": [
            "Kann ich meinen Kurs am Donnerstag noch auf Freitag verschieben?",
            "Gibt es im Studio Süd Leihmatten oder muss ich meine eigene mitbringen?",
            "wie viele Kurse sind bei Flexuvo Plus im Monat drin?",
        ],
        "answer": [
            "Hallo {name}, ja, das geht bis 2 Stunden vor Kursbeginn in der App unter Meine Buchungen. Viele Grüße, Team Flexuvo",
            "Hallo {name}, Leihmatten liegen in jedem Studio kostenlos bereit. Namaste, Team Flexuvo",
        ],
        "thanks": ["Danke, passt!", "Super, danke euch", "merci, hat geklappt"],
        "call_q": [
            "ja hallo ich wollte fragen ob man bei Flexuvo Plus auch Gäste mitbringen darf meine Schwester ist zu Besuch",
            "hallo ich hab eine Frage zum Pilates Kurs am Samstag ist der auch für Anfänger geeignet",
        ],
        "night": [
            "3 Uhr nachts, kann nicht schlafen, mache die Atemübung aus dem Flexuvo Kurs. Hilft wirklich",
            "Nachtschicht vorbei, jetzt noch 20 Minuten Yin Yoga Stream und dann ins Bett",
        ],
        "night_q": ["Kann ich den Frühkurs um 7 auch jetzt noch buchen oder ist das zu spät?"],
        "problem_double_charge": [
            "Mein Flexuvo Plus Beitrag wurde diesen Monat ZWEIMAL abgebucht, 59 Euro doppelt. Bitte sofort zurück",
        ],
        "problem_no_refund": [
            "Ich habe meine 10er Karte vor drei Wochen gekündigt und die Erstattung ist IMMER NOCH nicht da",
        ],
        "problem_cancelled": [
            "Bin extra früh aufgestanden, stand um 7 vor verschlossener Tür. Kurs abgesagt, keine Nachricht, nichts",
        ],
        "call_problem": [
            "ja guten Tag ich ruf an weil mein Beitrag zweimal abgebucht wurde und ich möchte das Geld zurück das ist nicht in Ordnung",
        ],
        "long": [
            "Sehr geehrtes Flexuvo-Team,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, weil ich sonst keine ruhige Minute finde. Wir renovieren gerade das Bad, meine Mutter wohnt übergangsweise bei uns und der Yogakurs am Dienstag ist meine einzige Stunde für mich.\n\nUmso ärgerlicher: Mein Plus-Beitrag wurde diesen Monat zweimal abgebucht, 59 Euro doppelt, und jetzt ist das Konto im Minus. Ich bitte um umgehende Rückbuchung.\n\nIch bin seit Jahren Mitglied, aber so etwas geht nicht.\n\nMit freundlichen Grüßen\n{name}",
        ],
        "case_opened": [
            "Hallo {name}, danke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und melden uns. Team Flexuvo"
        ],
        "good_news": [
            "Hallo {name}, gute Nachricht zu Vorgang {case}: das ist erledigt. Können Sie kurz bestätigen? Team Flexuvo"
        ],
        "confirm": [
            "Bestätigt, Vorgang {case} ist erledigt. Danke!",
            "Passt jetzt, {case} kann zu. Danke euch",
        ],
        "apology": ["Sorry wegen gestern, war nicht böse gemeint. Ihr macht das sonst super"],
        "repeat": ["Vorgang {case}: IMMER NOCH nicht gelöst. Ich schreibe jetzt zum zweiten Mal"],
        "repeat3": [
            "Dritte Nachricht zu {case}, noch immer offen. Eine Freundin ist bei {comp}, da wird so was am selben Tag geklärt"
        ],
        "repeat4": ["VIERTES Mal wegen {case}. Es ist noch immer offen. Jetzt reichts"],
        "quality_lead": [
            "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Team Flexuvo"
        ],
        "urgent": ["Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert."],
        "slide": [
            "Kurs heute 15 Minuten zu spät angefangen, schade",
            "Schon wieder Wechsel der Trainerin ohne Ankündigung",
            "Die App bucht mich ständig aus Kursen aus, nervt langsam",
            "Studio überfüllt, Matten Kante an Kante, so macht Yoga keinen Spaß",
            "Jetzt soll ich 15 Euro No-Show-Gebühr zahlen für einen Kurs, den IHR abgesagt habt",
            "Meine Kollegin geht zu {comp}, ich hab mir dort für Samstag eine Probestunde gebucht",
        ],
        "churn": [
            "Ich ziehe um und möchte Flexuvo Plus kündigen und mein Konto schließen. Bitte bestätigen"
        ],
        "sorry_go": [
            "Hallo {name}, schade, dass Sie gehen. Sie können in der App oder auf der Website selbst kündigen. Team Flexuvo"
        ],
        "grumble": [
            "Die App loggt mich jedes Mal aus, ziemlich lästig",
            "Parkplatz am Studio Nord ist abends immer voll",
        ],
        "sarcasm": [
            "Toll, die Heizung im Hot-Yoga-Raum ist aus. Cold Yoga ist bestimmt der neue Trend 👏"
        ],
        "mild": ["Kleine Bitte: könnte die App die Kurse nach Studio filtern?"],
        "form_ack": [
            "Hallo {name}, danke für den Hinweis, wir haben ihn ans Team weitergegeben. Team Flexuvo"
        ],
        "survey_word": ["super", "entspannt", ""],
        "spike": [
            "Livestream Kurs startet nicht, nur Ladekreis und dann Fehler {code}. Was ist los?",
            "kann dem Samstagskurs nicht beitreten, Stream hängt, Bildschirm schwarz",
            "@Flexuvo euer Livestream ist kaputt, {code} auf Laptop und Handy",
        ],
        "spike_again": ["Immer noch {code}, jetzt auch am Tablet meines Mannes probiert. Nichts"],
        "spike_agent": [
            "Ja, die Livestream-Kurse fallen gerade für alle aus, unsere Technik ist dran."
        ],
        "spike_fixed": [
            "Hallo {name}, die Livestreams laufen seit {time} wieder. Der Kurs heute geht auf uns, 10 Euro Guthaben sind gebucht. Team Flexuvo"
        ],
        "lone_q": [
            "Gestern Abend hat der Stream kurz geruckelt, dann lief er. Klappt das am Samstag früh normal?"
        ],
        "lone_a": [
            "Hallo {name}, das war ein kurzer Netzwerk-Ruckler bei Ihnen, der Samstagskurs läuft normal. Team Flexuvo"
        ],
        "b2b_routine": [
            "Können wir für unser Team noch 4 Plätze im Mittagskurs am Mittwoch buchen?",
            "Bitte die Rechnung für Oktober an die Buchhaltung schicken",
        ],
        "b2b_complaint": [
            "Unsere Rechnung für die Firmenkurse trägt den alten Firmennamen und keine Bestellnummer. Die Buchhaltung zahlt so nicht",
        ],
        "b2b_again": [
            "Wie {first} schon {day} geschrieben hat: Vorgang {case}, die Rechnung ist immer noch falsch"
        ],
        "b2b_last": [
            "Vorgang {case}: nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} nach Preisen gefragt"
        ],
        "b2b_call_last": [
            "ja hallo wegen Vorgang {case} da ist immer noch nichts passiert mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
        ],
        "b2b_suggest": [
            "Vorschlag: könnten die Firmenrechnungen die Kostenstelle je Abteilung zeigen?"
        ],
    },
    "en": {
        "praise": [
            "Tuesday vinyasa at Flexuvo was brilliant again, my back finally feels loose",
            "third week in a row of Sunday yin, still the best hour of my week",
            "Flexuvo Plus is so worth it, reformer pilates then tea at the studio. Cheers!",
        ],
        "gripe_praise": [
            "Lovely class today, only the showers at the Central studio are lukewarm again. Otherwise spot on",
            "Great teacher, the mats just smell a bit of disinfectant. Will be back anyway",
        ],
        "question": [
            "Can I still move my Thursday class to Friday?",
            "do the South studio have mats to borrow or should I bring mine?",
            "How many classes a month come with Flexuvo Plus?",
        ],
        "answer": [
            "Hi {name}, yes, up to 2 hours before class in the app under My bookings. Best, Team Flexuvo",
            "Hi {name}, every studio has free mats to borrow. Namaste, Team Flexuvo",
        ],
        "thanks": ["Thanks, sorted!", "cheers, legend", "ta, all good"],
        "call_q": [
            "hi yeah i wanted to ask if i can bring a guest on flexuvo plus my sister is visiting",
            "hello quick one is the saturday pilates class ok for beginners",
        ],
        "night": [
            "3am and wide awake, doing the breathing thing from the Flexuvo class. It actually works",
            "night shift done, 20 minutes of yin stream then bed",
        ],
        "night_q": ["Can I still book the 7am class now or is it too late?"],
        "problem_double_charge": [
            "My Flexuvo Plus fee was taken TWICE this month, £52 twice. I want it back now"
        ],
        "problem_no_refund": [
            "I cancelled my 10-class pass three weeks ago and the refund STILL hasn't come"
        ],
        "problem_cancelled": [
            "Got up at 6 for nothing, stood outside a locked door at 7. Class cancelled, no message, nothing"
        ],
        "call_problem": [
            "hello im calling because my membership was charged twice and i want the money back its not on"
        ],
        "long": [
            "Dear Flexuvo team,\n\nI'm writing this from the car outside my son's football training because it's the only quiet ten minutes I get. We're clearing my late dad's house and the Tuesday class is the one hour I keep for myself.\n\nSo I was not pleased to find my Plus fee taken twice this month, £52 twice, and my account now overdrawn. Please refund it straight away.\n\nI've been a member for years and never had a problem, but this isn't on.\n\nKind regards,\n{name}",
        ],
        "case_opened": [
            "Hi {name}, thanks for your message. We've opened case {case} and will be in touch. Team Flexuvo"
        ],
        "good_news": [
            "Hi {name}, good news on case {case}: it's sorted. Could you confirm? Team Flexuvo"
        ],
        "confirm": [
            "Confirmed, case {case} is sorted. Thanks!",
            "all good now, {case} can be closed, cheers",
        ],
        "apology": ["Sorry about yesterday, I was having a day. You're usually great"],
        "repeat": ["Case {case}: STILL not sorted. This is my second message"],
        "repeat3": [
            "Third message about {case}, still open. A friend goes to {comp} and they fix this the same day"
        ],
        "repeat4": ["FOURTH time about {case}. Still open. Enough"],
        "quality_lead": [
            "Hi {name}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Team Flexuvo"
        ],
        "urgent": ["Added to your case {case} and marked urgent."],
        "slide": [
            "class started 15 minutes late today, shame",
            "Teacher swapped again without notice",
            "The app keeps dropping me out of classes, getting annoying",
            "Studio packed, mats edge to edge, not relaxing at all",
            "Now I'm asked for a £13 no-show fee for a class YOU cancelled",
            "My colleague goes to {comp}, I've booked a trial there for Saturday",
        ],
        "churn": [
            "I'm moving away and want to cancel Flexuvo Plus and close my account. Please confirm"
        ],
        "sorry_go": [
            "Hi {name}, sorry to see you go. You can cancel yourself in the app or on the website. Team Flexuvo"
        ],
        "grumble": [
            "The app logs me out every single time, bit annoying",
            "car park at the North studio is always full in the evening",
        ],
        "sarcasm": [
            "Great, the heating in the hot yoga room is off. Cold yoga must be the new trend 👏"
        ],
        "mild": ["Small request: could the app filter classes by studio?"],
        "form_ack": ["Hi {name}, thanks for the tip, we've passed it to the team. Team Flexuvo"],
        "survey_word": ["lovely", "calm", ""],
        "spike": [
            "Live stream class won't start, just a spinning wheel then error {code}. What's going on?",
            "cant join the saturday class, stream frozen, black screen",
            "@Flexuvo your live stream is broken, {code} on laptop and phone",
        ],
        "spike_again": ["Still {code}, tried my husband's tablet too. Nothing"],
        "spike_agent": [
            "Yes, live stream classes are down for everyone right now, our engineers are on it."
        ],
        "spike_fixed": [
            "Hi {name}, live streams work again since {time}. Today's class is on us, £9 credit added. Team Flexuvo"
        ],
        "lone_q": [
            "Last night the stream stuttered for a second then ran fine. Will Saturday morning be ok?"
        ],
        "lone_a": [
            "Hi {name}, that was a short blip on your connection, Saturday's class will run normally. Team Flexuvo"
        ],
        "b2b_routine": [
            "Could we add 4 places for our team to Wednesday's lunchtime class?",
            "Please send October's invoice to accounts",
        ],
        "b2b_complaint": [
            "Our invoice for the staff classes shows our old company name and no PO number. Accounts won't pay it like this"
        ],
        "b2b_again": ["As {first} wrote {day}: case {case}, the invoice is still wrong"],
        "b2b_last": [
            "Case {case}: nothing fixed, several colleagues have written. Procurement has already asked {comp} for their rates"
        ],
        "b2b_call_last": [
            "hi its about case {case} still nothing done my boss says we move to another supplier if its not fixed this week"
        ],
        "b2b_suggest": [
            "Suggestion: could the company invoices show the cost centre per department?"
        ],
    },
    "fr": {
        "praise": ["Cours de vinyasa du mardi chez Flexuvo encore génial, mon dos respire enfin"],
        "gripe_praise": [
            "Super cours, juste les douches du studio Centre encore tièdes. Sinon parfait"
        ],
        "question": ["Je peux encore déplacer mon cours de jeudi à vendredi ?"],
        "answer": [
            "Bonjour {name}, oui, jusqu'à 2 heures avant le cours dans l'appli, Mes réservations. L'équipe Flexuvo"
        ],
        "thanks": ["Merci, c'est bon !", "top merci"],
        "call_q": [
            "oui bonjour je voulais savoir si on peut venir avec une invitée avec flexuvo plus"
        ],
        "night": [
            "3h du mat, insomnie, je fais la respiration du cours Flexuvo. Ça marche vraiment"
        ],
        "night_q": ["Je peux encore réserver le cours de 7h maintenant ?"],
        "problem_double_charge": [
            "Mon abonnement Flexuvo Plus a été prélevé DEUX fois ce mois-ci, 59 € en double. Remboursez-moi"
        ],
        "problem_no_refund": [
            "J'ai annulé ma carte 10 cours il y a trois semaines et TOUJOURS pas de remboursement"
        ],
        "problem_cancelled": [
            "Levée à 6h pour rien, porte fermée à 7h. Cours annulé, aucun message"
        ],
        "call_problem": [
            "bonjour j'appelle parce que mon abonnement a été prélevé deux fois je veux être remboursée"
        ],
        "long": [
            "Madame, Monsieur,\n\nJe vous écris depuis la salle d'attente du dentiste, seul moment calme de ma semaine. Mon abonnement Plus a été prélevé deux fois ce mois-ci, 59 € en double, et mon compte est à découvert.\n\nMerci de rembourser sans délai.\n\nCordialement,\n{name}"
        ],
        "case_opened": [
            "Bonjour {name}, merci pour votre message. Nous avons ouvert la demande {case}. L'équipe Flexuvo"
        ],
        "good_news": [
            "Bonjour {name}, bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous confirmer ? L'équipe Flexuvo"
        ],
        "confirm": ["Confirmé, la demande {case} est réglée. Merci !"],
        "apology": ["Désolée pour hier, je me suis emportée. D'habitude vous êtes top"],
        "repeat": ["Demande {case} : TOUJOURS pas réglée. Deuxième message"],
        "repeat3": [
            "Troisième message pour {case}, toujours ouverte. Une amie va chez {comp}, eux règlent ça le jour même"
        ],
        "repeat4": ["QUATRIÈME fois pour {case}. Toujours ouverte"],
        "quality_lead": [
            "Bonjour {name}, votre demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. L'équipe Flexuvo"
        ],
        "urgent": ["Ajouté à votre demande {case}, marquée urgente."],
        "slide": [
            "cours commencé avec 15 minutes de retard, dommage",
            "Encore un changement de prof sans prévenir",
            "L'appli me désinscrit des cours sans arrêt, ça devient pénible",
            "Studio bondé, tapis collés, aucune détente",
            "Et maintenant 15 € de frais d'absence pour un cours que VOUS avez annulé",
            "Ma collègue va chez {comp}, j'y ai réservé un essai samedi",
        ],
        "churn": [
            "Je déménage et je veux résilier Flexuvo Plus et fermer mon compte. Merci de confirmer"
        ],
        "sorry_go": [
            "Bonjour {name}, dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site. L'équipe Flexuvo"
        ],
        "grumble": ["L'appli me déconnecte à chaque fois, un peu agaçant"],
        "sarcasm": [
            "Génial, le chauffage de la salle hot yoga est coupé. Le cold yoga, nouvelle tendance 👏"
        ],
        "mild": ["Petite idée : filtrer les cours par studio dans l'appli ?"],
        "form_ack": ["Bonjour {name}, merci pour l'idée, transmise à l'équipe. L'équipe Flexuvo"],
        "survey_word": ["parfait", ""],
        "spike": [
            "Le cours en direct ne démarre pas, roue qui tourne puis erreur {code}",
            "impossible de rejoindre le cours du samedi, écran noir",
        ],
        "spike_again": ["Toujours {code}, essayé sur la tablette de mon mari aussi"],
        "spike_agent": [
            "Oui, les cours en direct sont en panne pour tout le monde, nos techniciens s'en occupent."
        ],
        "spike_fixed": [
            "Bonjour {name}, les directs fonctionnent de nouveau depuis {time}. Le cours d'aujourd'hui est offert, 10 € de crédit ajoutés. L'équipe Flexuvo"
        ],
        "lone_q": [
            "Hier soir le direct a saccadé une seconde puis ça allait. Samedi matin ça ira ?"
        ],
        "lone_a": [
            "Bonjour {name}, c'était votre connexion, le cours de samedi fonctionnera. L'équipe Flexuvo"
        ],
        "b2b_routine": [
            "Pouvez-vous ajouter 4 places pour notre équipe au cours de midi mercredi ?"
        ],
        "b2b_complaint": [
            "Notre facture de cours d'entreprise porte l'ancien nom de la société et aucun numéro de commande. La compta ne paie pas"
        ],
        "b2b_again": [
            "Comme {first} l'a écrit {day} : demande {case}, la facture est toujours fausse"
        ],
        "b2b_last": [
            "Demande {case} : rien n'est réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}"
        ],
        "b2b_call_last": [
            "bonjour c'est pour la demande {case} toujours rien mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
        ],
        "b2b_suggest": ["Suggestion : afficher le centre de coût par service sur les factures ?"],
    },
    "it": {
        "praise": [
            "Vinyasa del martedì da Flexuvo ancora fantastico, la schiena finalmente sciolta"
        ],
        "gripe_praise": [
            "Bella lezione, solo le docce dello studio Centro di nuovo tiepide. Per il resto top"
        ],
        "question": ["Posso ancora spostare la lezione di giovedì a venerdì?"],
        "answer": [
            "Ciao {name}, sì, fino a 2 ore prima nell'app in Le mie prenotazioni. Il team Flexuvo"
        ],
        "thanks": ["Grazie, tutto ok!", "grz mille"],
        "call_q": ["sì buongiorno volevo sapere se con flexuvo plus posso portare un'ospite"],
        "night": [
            "Sono le 3, non dormo, faccio la respirazione della lezione Flexuvo. Funziona davvero"
        ],
        "night_q": ["Posso ancora prenotare la lezione delle 7 adesso?"],
        "problem_double_charge": [
            "La quota Flexuvo Plus mi è stata addebitata DUE volte questo mese, 59 € doppi. Rimborsatemi"
        ],
        "problem_no_refund": [
            "Ho annullato il carnet da 10 tre settimane fa e il rimborso ANCORA non arriva"
        ],
        "problem_cancelled": [
            "Sveglia alle 6 per niente, porta chiusa alle 7. Lezione annullata, nessun avviso"
        ],
        "call_problem": [
            "buongiorno chiamo perché la quota è stata addebitata due volte e voglio il rimborso"
        ],
        "long": [
            "Gentile team Flexuvo,\n\nvi scrivo dal parcheggio della piscina mentre mia figlia ha lezione. La quota Plus è stata addebitata due volte, 59 € doppi, e il conto è in rosso.\n\nChiedo il rimborso immediato.\n\nCordiali saluti,\n{name}"
        ],
        "case_opened": [
            "Ciao {name}, grazie del messaggio. Abbiamo aperto la segnalazione {case}. Il team Flexuvo"
        ],
        "good_news": [
            "Ciao {name}, buone notizie sulla segnalazione {case}: risolto. Puoi confermare? Il team Flexuvo"
        ],
        "confirm": ["Confermo, segnalazione {case} risolta. Grazie!"],
        "apology": ["Scusate per ieri, ero nervosa. Di solito siete bravissimi"],
        "repeat": ["Segnalazione {case}: ANCORA non risolta. Secondo messaggio"],
        "repeat3": [
            "Terzo messaggio per {case}, ancora aperta. Un'amica va da {comp} e lì lo risolvono in giornata"
        ],
        "repeat4": ["QUARTA volta per {case}. Ancora aperta"],
        "quality_lead": [
            "Ciao {name}, la segnalazione {case} è ora alla responsabile qualità, che ti chiama entro venerdì a pranzo. Il team Flexuvo"
        ],
        "urgent": ["Aggiunto alla segnalazione {case}, segnata come urgente."],
        "slide": [
            "lezione iniziata con 15 minuti di ritardo, peccato",
            "Di nuovo cambio insegnante senza avviso",
            "L'app mi cancella dalle lezioni di continuo, comincia a stufare",
            "Studio strapieno, tappetini attaccati, zero relax",
            "Ora 15 € di penale per una lezione che avete annullato VOI",
            "La mia collega va da {comp}, ho prenotato una prova sabato",
        ],
        "churn": [
            "Mi trasferisco e voglio disdire Flexuvo Plus e chiudere l'account. Confermate per favore"
        ],
        "sorry_go": [
            "Ciao {name}, ci dispiace vederti andare. Puoi disdire nell'app o sul sito. Il team Flexuvo"
        ],
        "grumble": ["L'app mi disconnette ogni volta, un po' fastidioso"],
        "sarcasm": [
            "Bello, il riscaldamento della sala hot yoga è spento. Cold yoga, la nuova moda 👏"
        ],
        "mild": ["Piccola richiesta: filtrare le lezioni per studio nell'app?"],
        "form_ack": ["Ciao {name}, grazie del suggerimento, passato al team. Il team Flexuvo"],
        "survey_word": ["ottimo", ""],
        "spike": [
            "La lezione in diretta non parte, rotellina e poi errore {code}",
            "non riesco a entrare nella lezione del sabato, schermo nero",
        ],
        "spike_again": ["Ancora {code}, provato anche sul tablet di mio marito"],
        "spike_agent": [
            "Sì, le lezioni in diretta non funzionano per nessuno, i tecnici ci stanno lavorando."
        ],
        "spike_fixed": [
            "Ciao {name}, le dirette funzionano di nuovo dalle {time}. La lezione di oggi la offriamo noi, 10 € di credito aggiunti. Il team Flexuvo"
        ],
        "lone_q": [
            "Ieri sera la diretta ha scattato un secondo, poi andava. Sabato mattina sarà ok?"
        ],
        "lone_a": [
            "Ciao {name}, era la tua connessione, la lezione di sabato andrà normalmente. Il team Flexuvo"
        ],
        "b2b_routine": [
            "Potete aggiungere 4 posti per il nostro team alla lezione di mercoledì a pranzo?"
        ],
        "b2b_complaint": [
            "La fattura delle lezioni aziendali ha il vecchio nome della società e nessun numero d'ordine. L'amministrazione non paga"
        ],
        "b2b_again": [
            "Come ha scritto {first} {day}: segnalazione {case}, la fattura è ancora sbagliata"
        ],
        "b2b_last": [
            "Segnalazione {case}: niente risolto, hanno scritto più colleghi. Gli acquisti hanno chiesto i prezzi a {comp}"
        ],
        "b2b_call_last": [
            "buongiorno per la segnalazione {case} ancora niente il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
        ],
        "b2b_suggest": ["Proposta: mostrare il centro di costo per reparto nelle fatture?"],
    },
    "pt": {
        "praise": ["Vinyasa de terça na Flexuvo outra vez ótimo, as costas finalmente soltas"],
        "gripe_praise": [
            "Aula ótima, só os duches do estúdio Centro outra vez mornos. De resto impecável"
        ],
        "question": ["Ainda posso mudar a aula de quinta para sexta?"],
        "answer": [
            "Olá {name}, sim, até 2 horas antes na app em As minhas reservas. Equipa Flexuvo"
        ],
        "thanks": ["Obrigada, já está!", "obg, top"],
        "call_q": ["olá queria saber se com o flexuvo plus posso levar uma convidada"],
        "night": ["3 da manhã sem dormir, a fazer a respiração da aula Flexuvo. Funciona mesmo"],
        "night_q": ["Ainda consigo reservar a aula das 7 agora?"],
        "problem_double_charge": [
            "A mensalidade Flexuvo Plus foi cobrada DUAS vezes este mês, 59 € a dobrar. Quero o dinheiro"
        ],
        "problem_no_refund": [
            "Cancelei o pacote de 10 aulas há três semanas e o reembolso AINDA não chegou"
        ],
        "problem_cancelled": [
            "Acordei às 6 para nada, porta fechada às 7. Aula cancelada, nenhum aviso"
        ],
        "call_problem": [
            "bom dia ligo porque a mensalidade foi cobrada duas vezes e quero o reembolso"
        ],
        "long": [
            "Caros senhores,\n\nescrevo da sala de espera do hospital, onde a minha mãe faz fisioterapia. A mensalidade Plus foi cobrada duas vezes, 59 € a dobrar, e a conta ficou a descoberto.\n\nPeço o reembolso imediato.\n\nCumprimentos,\n{name}"
        ],
        "case_opened": [
            "Olá {name}, obrigado pela mensagem. Abrimos o pedido {case}. Equipa Flexuvo"
        ],
        "good_news": [
            "Olá {name}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar? Equipa Flexuvo"
        ],
        "confirm": ["Confirmo, pedido {case} resolvido. Obrigada!"],
        "apology": ["Desculpem ontem, estava nervosa. Normalmente são ótimos"],
        "repeat": ["Pedido {case}: AINDA não resolvido. Segunda mensagem"],
        "repeat3": [
            "Terceira mensagem sobre {case}, ainda aberto. Uma amiga vai à {comp} e lá resolvem no mesmo dia"
        ],
        "repeat4": ["QUARTA vez sobre {case}. Ainda aberto"],
        "quality_lead": [
            "Olá {name}, o pedido {case} está com a nossa responsável de qualidade, que lhe liga até sexta ao almoço. Equipa Flexuvo"
        ],
        "urgent": ["Adicionado ao pedido {case}, marcado como urgente."],
        "slide": [
            "aula começou 15 minutos atrasada, pena",
            "Outra vez troca de professora sem aviso",
            "A app tira-me das aulas sem parar, já cansa",
            "Estúdio cheio, tapetes colados, nada relaxante",
            "Agora 15 € de taxa de falta por uma aula que VOCÊS cancelaram",
            "A minha colega vai à {comp}, marquei lá uma aula experimental no sábado",
        ],
        "churn": [
            "Vou mudar de cidade e quero cancelar o Flexuvo Plus e fechar a conta. Confirmem por favor"
        ],
        "sorry_go": [
            "Olá {name}, pena vê-la partir. Pode cancelar na app ou no site. Equipa Flexuvo"
        ],
        "grumble": ["A app faz logout sempre, um pouco chato"],
        "sarcasm": [
            "Que bom, o aquecimento da sala de hot yoga está desligado. Cold yoga é a nova moda 👏"
        ],
        "mild": ["Pequeno pedido: filtrar as aulas por estúdio na app?"],
        "form_ack": ["Olá {name}, obrigado pela sugestão, passámos à equipa. Equipa Flexuvo"],
        "survey_word": ["ótimo", ""],
        "spike": [
            "A aula em direto não arranca, roda a girar e depois erro {code}",
            "nao consigo entrar na aula de sabado, ecrã preto",
        ],
        "spike_again": ["Ainda {code}, tentei no tablet do meu marido também"],
        "spike_agent": [
            "Sim, as aulas em direto estão em baixo para todos, os técnicos estão a tratar."
        ],
        "spike_fixed": [
            "Olá {name}, os diretos funcionam outra vez desde as {time}. A aula de hoje é por nossa conta, 10 € de crédito. Equipa Flexuvo"
        ],
        "lone_q": [
            "Ontem à noite o direto engasgou um segundo e depois foi. Sábado de manhã vai correr bem?"
        ],
        "lone_a": ["Olá {name}, foi a sua ligação, a aula de sábado vai funcionar. Equipa Flexuvo"],
        "b2b_routine": ["Podem juntar 4 lugares para a nossa equipa na aula de quarta ao almoço?"],
        "b2b_complaint": [
            "A fatura das aulas da empresa tem o nome antigo da sociedade e nenhum número de encomenda. A contabilidade não paga"
        ],
        "b2b_again": ["Como a {first} escreveu {day}: pedido {case}, a fatura continua errada"],
        "b2b_last": [
            "Pedido {case}: nada resolvido, vários colegas escreveram. As compras já pediram preços à {comp}"
        ],
        "b2b_call_last": [
            "bom dia é sobre o pedido {case} continua tudo igual o meu chefe diz que mudamos de fornecedor se não resolverem esta semana"
        ],
        "b2b_suggest": ["Sugestão: mostrar o centro de custo por departamento nas faturas?"],
    },
    "es": {
        "praise": ["Vinyasa del martes en Flexuvo otra vez genial, la espalda por fin suelta"],
        "gripe_praise": [
            "Clase buenísima, solo que las duchas del estudio Centro otra vez tibias. Por lo demás genial"
        ],
        "question": ["¿Puedo cambiar todavía la clase del jueves al viernes?"],
        "answer": [
            "Hola {name}, sí, hasta 2 horas antes en la app en Mis reservas. Equipo Flexuvo"
        ],
        "thanks": ["¡Gracias, listo!", "mil gracias, cracks"],
        "call_q": ["hola quería saber si con flexuvo plus puedo llevar a una invitada"],
        "night": [
            "Las 3 y sin dormir, haciendo la respiración de la clase de Flexuvo. Funciona de verdad"
        ],
        "night_q": ["¿Todavía puedo reservar la clase de las 7 ahora?"],
        "problem_double_charge": [
            "Me cobraron la cuota de Flexuvo Plus DOS veces este mes, 59 € de más. Devolvédmelo ya"
        ],
        "problem_no_refund": [
            "Cancelé el bono de 10 clases hace tres semanas y el reembolso TODAVÍA no llega"
        ],
        "problem_cancelled": [
            "Me levanté a las 6 para nada, puerta cerrada a las 7. Clase cancelada, ni un aviso"
        ],
        "call_problem": [
            "hola llamo porque me cobraron la cuota dos veces y quiero que me la devuelvan"
        ],
        "long": [
            "Estimado equipo de Flexuvo:\n\nles escribo desde la sala de espera del fisio de mi padre. La cuota Plus me la cobraron dos veces, 59 € de más, y la cuenta está en números rojos.\n\nRuego la devolución inmediata.\n\nUn saludo,\n{name}"
        ],
        "case_opened": [
            "Hola {name}, gracias por tu mensaje. Hemos abierto la incidencia {case}. Equipo Flexuvo"
        ],
        "good_news": [
            "Hola {name}, buenas noticias sobre la incidencia {case}: resuelta. ¿Nos lo confirmas? Equipo Flexuvo"
        ],
        "confirm": ["Confirmado, incidencia {case} resuelta. ¡Gracias!"],
        "apology": ["Perdón por lo de ayer, estaba de mal humor. Normalmente sois geniales"],
        "repeat": ["Incidencia {case}: TODAVÍA sin resolver. Segundo mensaje"],
        "repeat3": [
            "Tercer mensaje sobre {case}, sigue abierta. Una amiga va a {comp} y allí lo arreglan el mismo día"
        ],
        "repeat4": ["CUARTA vez por {case}. Sigue abierta"],
        "quality_lead": [
            "Hola {name}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Equipo Flexuvo"
        ],
        "urgent": ["Añadido a tu incidencia {case} y marcado como urgente."],
        "slide": [
            "la clase empezó 15 minutos tarde, una pena",
            "Otra vez cambio de profe sin avisar",
            "La app me saca de las clases todo el rato, ya cansa",
            "Estudio lleno, esterillas pegadas, nada relajante",
            "Ahora 15 € de penalización por una clase que cancelasteis VOSOTROS",
            "Mi compañera va a {comp}, he reservado allí una prueba el sábado",
        ],
        "churn": [
            "Me mudo y quiero cancelar Flexuvo Plus y cerrar mi cuenta. Confirmadlo por favor"
        ],
        "sorry_go": [
            "Hola {name}, sentimos que te vayas. Puedes cancelar tú misma en la app o en la web. Equipo Flexuvo"
        ],
        "grumble": ["La app me cierra sesión cada vez, un poco pesado"],
        "sarcasm": [
            "Genial, la calefacción de la sala de hot yoga apagada. El cold yoga es tendencia 👏"
        ],
        "mild": ["Pequeña petición: ¿filtrar clases por estudio en la app?"],
        "form_ack": ["Hola {name}, gracias por la idea, se la pasamos al equipo. Equipo Flexuvo"],
        "survey_word": ["genial", ""],
        "spike": [
            "La clase en directo no arranca, rueda girando y luego error {code}",
            "no puedo entrar a la clase del sabado, pantalla negra",
        ],
        "spike_again": ["Sigue {code}, probado también en la tablet de mi marido"],
        "spike_agent": [
            "Sí, las clases en directo están caídas para todos, los técnicos están en ello."
        ],
        "spike_fixed": [
            "Hola {name}, los directos funcionan otra vez desde las {time}. La clase de hoy corre de nuestra cuenta, 10 € de crédito añadidos. Equipo Flexuvo"
        ],
        "lone_q": [
            "Anoche el directo se trabó un segundo y luego fue bien. ¿El sábado por la mañana irá bien?"
        ],
        "lone_a": [
            "Hola {name}, fue tu conexión, la clase del sábado irá con normalidad. Equipo Flexuvo"
        ],
        "b2b_routine": [
            "¿Podéis añadir 4 plazas para nuestro equipo en la clase del miércoles a mediodía?"
        ],
        "b2b_complaint": [
            "La factura de las clases de empresa lleva el nombre antiguo de la sociedad y ningún número de pedido. Contabilidad no la paga"
        ],
        "b2b_again": ["Como escribió {first} {day}: incidencia {case}, la factura sigue mal"],
        "b2b_last": [
            "Incidencia {case}: nada resuelto, han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}"
        ],
        "b2b_call_last": [
            "hola es por la incidencia {case} sigue todo igual mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
        ],
        "b2b_suggest": [
            "Sugerencia: ¿mostrar el centro de coste por departamento en las facturas?"
        ],
    },
}

FIRST = {
    "de": [
        "Lena",
        "Jonas",
        "Miriam",
        "Tobias",
        "Sabine",
        "Felix",
        "Anke",
        "Matthias",
        "Katrin",
        "Stefan",
    ],
    "en": ["Emma", "Oliver", "Chloe", "Harry", "Aoife", "Liam", "Grace", "Tom", "Niamh", "Sophie"],
    "fr": ["Claire", "Julien", "Manon", "Hugo", "Léa", "Nicolas"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui"],
    "es": ["Lucía", "Javier", "Marta", "Pablo", "Irene", "Sergio"],
}
LAST = {
    "de": ["Brandt", "Zimmermann", "Köhler", "Vogel", "Hartmann", "Schäfer", "Lorenz", "Wagner"],
    "en": ["Walsh", "Turner", "Murphy", "Hughes", "Byrne", "Clarke", "Patel", "Evans"],
    "fr": ["Martin", "Lefèvre", "Girard", "Roux", "Fournier"],
    "it": ["Rossi", "Bianchi", "Greco", "Ferri", "Conti"],
    "pt": ["Silva", "Costa", "Moreira", "Pereira", "Lopes"],
    "es": ["García", "Torres", "Fuentes", "Navarro", "Molina"],
}
MARKETS = {
    "de": [("DE", "+4915"), ("AT", "+43664"), ("CH", "+4179")],
    "en": [("UK", "+447"), ("IE", "+35387")],
    "fr": [("FR", "+336"), ("BE", "+32478")],
    "it": [("IT", "+39347")],
    "pt": [("PT", "+35191")],
    "es": [("ES", "+346")],
}
PRODUCTS = ["10-class pass", "Reformer pilates intro", "Yin yoga workshop", "Flexuvo Plus monthly"]
PAGES = ["/timetable", "/studios", "/plus", "/workshops", "/app/bookings"]
COMPANIES = [
    "Nordlicht Logistik",
    "Baltrum Versicherung",
    "Kessler Maschinenbau",
    "Harbourline Media",
    "Quayside Legal",
    "Atelier Morel",
    "Studio Verdini",
    "Costa & Filhos",
    "Grupo Alameda",
    "Rheinwerk Software",
    "Stadtwerke Ulmtal",
    "Brightwater Clinics",
    "Hotel Sonnhalde",
    "Transportes Vidal",
    "Lindqvist Architekten",
]
