"""Wording of heldout315 (Scrivia: calligraphy classes, kits by post, Scrivia Events for firms).

Placeholders: {p} case reference, {c} competitor, {x} product, {k} error code, {t} local time.
French and Italian first (two to four variants), then de, en, es, pt.
"""

# ruff: noqa: E501

LANGS = ("fr", "it", "de", "en", "es", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "fr": ("FR", "FR", "BE", "CH", "LU"),
    "it": ("IT", "IT", "IT", "CH"),
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "es": ("ES",),
    "pt": ("PT",),
}
PRODUCTS = (
    "Copperplate starter kit",
    "Italic nib set (5)",
    "Gothic blackletter course, 6 weeks",
    "Brush lettering workshop, Saturday",
    "Walnut ink 50 ml + oblique holder",
    "Cotton paper pad A4",
)

W: dict[str, dict[str, list[str]]] = {
    "fr": {
        "praise": [
            "Le cours d'italique de mardi était génial, enfin je tiens ma plume correctement ! Merci Scrivia",
            "Mon kit copperplate est arrivé, tout est soigné, même le papier sent bon. Bravo",
            "Troisième atelier chez Scrivia et toujours aussi content, la prof est d'une patience incroyable",
            "J'ai offert l'abonnement Scrivia Club à ma mère, elle passe ses dimanches à tracer des lettres, merci",
        ],
        "gripe": [
            "Très bon cours, juste le replay met une éternité à charger. Sinon parfait",
            "Kit superbe, seul bémol l'encre noire un peu pâle. Je recommande quand même",
        ],
        "question": [
            "Bonjour, le replay du cours de gothique reste disponible combien de temps ?",
            "Est-ce qu'on peut utiliser la plume Nikko G avec l'encre de noix du kit ?",
            "Bonjour, je peux changer d'atelier samedi si je suis malade ?",
        ],
        "answer": ["Bonjour, oui tout à fait, c'est prévu. Belle journée, {a} de Scrivia"],
        "thanks": ["Merci beaucoup !", "Super, merci pour la réponse rapide"],
        "night": [
            "2h du matin et je refais mes majuscules romaines pour la dixième fois, impossible de dormir",
            "Nuit blanche, alors exercices de ductus avec le cours Scrivia en fond. Ça détend",
        ],
        "night_q": ["Bonsoir, le cours de demain matin commence à quelle heure exactement ?"],
        "survey": ["Top", "Très bien", ""],
        "review": ["Cours clair, kit de qualité, je recommande", "Très belle découverte"],
        "no_show": [
            "Mon kit est marqué LIVRÉ depuis samedi et je n'ai rien reçu. Le cours commence demain, je fais comment ?",
            "Colis soi-disant livré, rien dans la boîte aux lettres, rien chez la gardienne. Je suis furieux",
        ],
        "double_charge": [
            "Vous m'avez prélevé DEUX fois l'abonnement Scrivia Club ce mois-ci. Remboursez-moi vite",
            "Double prélèvement de 14,90 € sur mon compte, c'est inadmissible",
        ],
        "damage": [
            "L'encre a coulé dans tout le colis, le papier est foutu et deux plumes sont tordues",
            "Kit reçu cassé : flacon explosé, porte-plume fendu. Vraiment déçu",
        ],
        "refund": [
            "Atelier annulé par VOUS il y a trois semaines et toujours pas remboursé. Ça suffit",
            "J'attends toujours mes 45 € de l'atelier annulé, personne ne répond",
        ],
        "wrong_price": [
            "Je suis membre du Club et on m'a facturé l'atelier au plein tarif, 45 € au lieu de 30",
            "Encore le prix non-membre alors que je paie le Club tous les mois, c'est quoi ce bazar",
        ],
        "cancel_fee": [
            "Frais d'annulation de 15 € alors que j'ai annulé huit jours avant ! Vous vous moquez de qui ?",
        ],
        "letter": [
            "Bonjour,\n\nJe vous écris depuis la salle d'attente de l'orthodontiste de mon fils, alors pardon pour le style. Je suis vos cours depuis l'an dernier et j'y tiens beaucoup, c'est mon heure à moi dans la semaine. {complaint} J'ai déjà perdu une soirée à chercher une solution et franchement je suis à bout. J'aimerais une réponse claire et rapide.\n\nCordialement",
            "Madame, Monsieur,\n\nEntre le déménagement de ma belle-sœur et mon travail à la boulangerie je n'ai pas beaucoup de temps, mais il faut que je vous écrive. {complaint} Je vous fais confiance d'habitude, mais là ça ne va pas du tout. Merci de régler ça.\n\nBien à vous",
        ],
        "case_opened": [
            "Bonjour, nous avons bien reçu votre message et ouvert le dossier {p}. Nous revenons vers vous rapidement. {a}, Scrivia"
        ],
        "good_news": [
            "Bonjour, bonne nouvelle pour le dossier {p} : c'est réglé de notre côté. Pouvez-vous nous confirmer ? {a}, Scrivia"
        ],
        "apology": [
            "Désolé pour mon message d'hier, j'étais énervé. Merci de vous en être occupés",
            "Je m'excuse pour le ton d'hier, c'est réglé, merci",
        ],
        "low_csat": ["Bof", "", "Pas terrible"],
        "still": [
            "Toujours rien pour le dossier {p}, c'est pourtant simple. Je relance",
            "Dossier {p} : rien n'a bougé depuis ma dernière demande",
        ],
        "third": [
            "Troisième fois pour le dossier {p}. Une amie prend ses cours chez {c} et eux règlent ça dans la journée",
            "Dossier {p}, troisième relance. J'ai regardé les tarifs de {c}",
        ],
        "fourth": ["QUATRIÈME fois pour le dossier {p}. Toujours rien !!"],
        "urgent": ["Ajouté à votre dossier {p}, marqué urgent. {a}, Scrivia"],
        "quality": [
            "Bonjour, votre dossier {p} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. {a}, Scrivia"
        ],
        "confirm": [
            "C'est bon pour le dossier {p}, tout est en ordre. Merci !",
            "Confirmé pour {p}, merci beaucoup",
        ],
        "slide": [
            "Le kit est arrivé avec trois jours de retard, sans prévenir. Dommage",
            "Le dernier replay coupe sans arrêt, j'ai raté la moitié des exercices",
            "On m'a changé de prof sans explication, la nouvelle va beaucoup trop vite",
            "Les plumes du nouveau kit accrochent le papier, qualité en baisse nette",
            "Inadmissible : 12 € de « frais de port » pour un kit censé être inclus dans le Club",
            "Ma cousine prend ses cours chez {c}, je me suis inscrit là-bas pour le prochain cycle",
        ],
        "leave": [
            "Bonjour, je déménage à l'étranger et n'aurai plus le temps. Je veux résilier le Scrivia Club et fermer mon compte s'il vous plaît"
        ],
        "sorry_go": [
            "Bonjour, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site. {a}, Scrivia"
        ],
        "grumble": [
            "L'appli me déconnecte à chaque fois, c'est pénible",
            "Encore un rappel de cours à 6h du matin, sérieusement",
            "Les pinceaux du kit perdent leurs poils, bof",
        ],
        "mild": ["Petite remarque : la carte des ateliers affiche la mauvaise ville"],
        "sarcasm": [
            "Génial, le colis « express » arrive le lendemain du cours. Quel sens du timing 👏"
        ],
        "spike": [
            "Impossible d'entrer dans le cours en direct, l'appli affiche {k} et tourne en rond",
            "Le cours de ce matin ne se lance pas : erreur {k}. On est toute une classe bloquée ?",
        ],
        "spike_again": [
            "Toujours {k}, même sur l'ordinateur de mon mari. Le cours est fini sans moi"
        ],
        "spike_chat": [
            "Oui, les cours en direct ne se lancent plus pour personne en ce moment, nos techniciens sont dessus. {a}, Scrivia"
        ],
        "works_again": [
            "Bonjour, les cours en direct fonctionnent de nouveau depuis {t}. Le replay de ce matin vous est offert et un avoir de 10 € a été ajouté. {a}, Scrivia"
        ],
        "lone": [
            "Bonsoir, hier le lecteur du cours est resté noir quelques secondes puis ça a marché. Ce sera bon pour samedi ?"
        ],
        "lone_answer": [
            "Bonjour, oui, c'est juste le chargement, samedi ça fonctionnera. {a}, Scrivia"
        ],
        "subject_complaint": ["Réclamation : {x}"],
        "subject_case": ["RE : Dossier {p}"],
    },
    "it": {
        "praise": [
            "La lezione di corsivo inglese di ieri era bellissima, finalmente capisco la pressione del pennino! Grazie Scrivia",
            "Kit arrivato, curato in ogni dettaglio, persino la carta è bellissima. Brava Scrivia",
            "Terzo laboratorio con Scrivia e ancora entusiasta, l'insegnante ha una pazienza infinita",
            "Ho regalato Scrivia Club a mia sorella, adesso scrive i biglietti d'auguri a mano per tutti",
        ],
        "gripe": [
            "Corso ottimo, solo la registrazione ci mette tanto a partire. Per il resto perfetto",
            "Kit bellissimo, peccato l'inchiostro un po' acquoso. Lo consiglio comunque",
        ],
        "question": [
            "Buongiorno, la registrazione del corso gotico resta disponibile per quanto tempo?",
            "Posso usare il pennino Leonardt con l'inchiostro di noce del kit?",
            "Ciao, se sabato sto male posso spostare il laboratorio?",
        ],
        "answer": ["Buongiorno, sì certo, è previsto. Buona giornata, {a} di Scrivia"],
        "thanks": ["Grazie mille!", "Perfetto, grazie della risposta veloce"],
        "night": [
            "Sono le 2 e sto ancora rifacendo le maiuscole cancelleresche, non riesco a dormire",
            "Notte insonne, allora esercizi di legature con il corso Scrivia. Rilassa tantissimo",
        ],
        "night_q": ["Buonasera, la lezione di domattina a che ora inizia esattamente?"],
        "survey": ["Ottimo", "Bene", ""],
        "review": ["Lezioni chiare, materiale di qualità", "Bellissima scoperta, consigliato"],
        "no_show": [
            "Il mio kit risulta CONSEGNATO da sabato ma non ho ricevuto niente. Il corso inizia domani, come faccio?",
            "Pacco segnato come consegnato, nella cassetta niente, dal portiere niente. Sono arrabbiatissimo",
        ],
        "double_charge": [
            "Mi avete addebitato DUE volte l'abbonamento Scrivia Club questo mese. Rimborsatemi subito",
            "Doppio addebito di 14,90 € sul conto, non è accettabile",
        ],
        "damage": [
            "L'inchiostro si è rovesciato in tutto il pacco, carta da buttare e due pennini piegati",
            "Kit arrivato rotto: boccetta esplosa, cannuccia spaccata. Che delusione",
        ],
        "refund": [
            "Laboratorio annullato da VOI tre settimane fa e ancora nessun rimborso. Basta",
            "Aspetto ancora i miei 45 € del laboratorio annullato, nessuno risponde",
        ],
        "wrong_price": [
            "Sono iscritta al Club e mi avete fatto pagare il laboratorio a prezzo pieno, 45 € invece di 30",
            "Di nuovo il prezzo da non socio anche se pago il Club ogni mese, ma che casino è",
        ],
        "cancel_fee": [
            "Penale di 15 € anche se ho disdetto otto giorni prima! Ma scherziamo?",
        ],
        "letter": [
            "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, scusate la forma. Seguo i vostri corsi dall'anno scorso e ci tengo tanto, è la mia ora di pace della settimana. {complaint} Ho già perso una serata a cercare una soluzione e sinceramente non ne posso più. Vorrei una risposta chiara e veloce.\n\nCordiali saluti",
            "Gentili signori,\n\ntra il trasloco di mia suocera e i turni in farmacia non ho molto tempo, ma devo scrivervi. {complaint} Di solito mi fido di voi, ma così proprio non va. Vi prego di sistemare.\n\nDistinti saluti",
        ],
        "case_opened": [
            "Buongiorno, abbiamo ricevuto il suo messaggio e aperto la pratica {p}. La ricontattiamo a breve. {a}, Scrivia"
        ],
        "good_news": [
            "Buongiorno, buone notizie sulla pratica {p}: da parte nostra è risolta. Può confermarci? {a}, Scrivia"
        ],
        "apology": [
            "Scusate per il messaggio di ieri, ero nervosa. Grazie per averci pensato",
            "Mi scuso per il tono di ieri, ora è tutto a posto, grazie",
        ],
        "low_csat": ["Mah", "", "Così così"],
        "still": [
            "Ancora niente per la pratica {p}, eppure è semplice. Sollecito",
            "Pratica {p}: non si è mosso nulla dall'ultima volta",
        ],
        "third": [
            "Terza volta per la pratica {p}. Una collega fa i corsi da {c} e loro risolvono in giornata",
            "Pratica {p}, terzo sollecito. Ho guardato i prezzi di {c}",
        ],
        "fourth": ["QUARTA volta per la pratica {p}. Ancora niente!!"],
        "urgent": ["Aggiunto alla sua pratica {p}, segnata come urgente. {a}, Scrivia"],
        "quality": [
            "Buongiorno, la sua pratica {p} è ora dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {a}, Scrivia"
        ],
        "confirm": ["Tutto a posto per la pratica {p}, grazie!", "Confermo per {p}, grazie mille"],
        "slide": [
            "Il kit è arrivato con tre giorni di ritardo, senza avvisare. Peccato",
            "L'ultima registrazione si blocca di continuo, ho perso metà degli esercizi",
            "Mi hanno cambiato insegnante senza spiegazioni, la nuova va troppo veloce",
            "I pennini del nuovo kit graffiano la carta, qualità peggiorata parecchio",
            "Inaccettabile: 12 € di «spedizione» per un kit che doveva essere incluso nel Club",
            "Mia cugina fa i corsi da {c}, mi sono iscritto lì per il prossimo ciclo",
        ],
        "leave": [
            "Buongiorno, cambio lavoro e non avrò più tempo. Voglio disdire Scrivia Club e chiudere il mio account, grazie"
        ],
        "sorry_go": [
            "Buongiorno, ci dispiace vederla andare via. Può disdire da sola nell'app o sul sito. {a}, Scrivia"
        ],
        "grumble": [
            "L'app mi disconnette ogni volta, che noia",
            "Un altro promemoria del corso alle 6 di mattina, davvero",
            "I pennelli del kit perdono i peli, mah",
        ],
        "mild": ["Piccola nota: la mappa dei laboratori mostra la città sbagliata"],
        "sarcasm": [
            "Fantastico, il pacco «express» arriva il giorno dopo il corso. Che tempismo 👏"
        ],
        "spike": [
            "Non riesco a entrare nella lezione in diretta, l'app dà {k} e gira all'infinito",
            "La lezione di stamattina non parte: errore {k}. Siamo tutti bloccati?",
        ],
        "spike_again": [
            "Ancora {k}, anche dal portatile di mio marito. La lezione è finita senza di me"
        ],
        "spike_chat": [
            "Sì, le lezioni in diretta non partono per nessuno in questo momento, i tecnici ci stanno lavorando. {a}, Scrivia"
        ],
        "works_again": [
            "Buongiorno, le lezioni in diretta funzionano di nuovo dalle {t}. La registrazione di stamattina è in omaggio e le abbiamo aggiunto un credito di 10 €. {a}, Scrivia"
        ],
        "lone": [
            "Buonasera, ieri il player della lezione è rimasto nero qualche secondo e poi è partito. Sabato andrà bene?"
        ],
        "lone_answer": ["Buongiorno, sì, era solo il caricamento, sabato funzionerà. {a}, Scrivia"],
        "subject_complaint": ["Reclamo: {x}"],
        "subject_case": ["R: Pratica {p}"],
    },
    "de": {
        "praise": [
            "Der Italic-Kurs gestern war super, endlich halte ich die Feder richtig! Danke Scrivia",
            "Das Set ist da, alles liebevoll verpackt. Schon wieder begeistert",
        ],
        "gripe": ["Toller Kurs, nur die Aufzeichnung lädt ewig. Sonst prima"],
        "question": ["Hallo, wie lange bleibt die Aufzeichnung vom Gotisch-Kurs online?"],
        "answer": ["Hallo, ja, das geht. Schönen Tag, {a} von Scrivia"],
        "thanks": ["Danke!", "Super, danke für die schnelle Antwort"],
        "night": ["2 Uhr nachts und ich übe immer noch Versalien, schlafen geht eh nicht"],
        "night_q": ["Guten Abend, wann genau fängt der Kurs morgen früh an?"],
        "survey": ["Top", ""],
        "review": ["Klare Erklärungen, gutes Material"],
        "no_show": [
            "Mein Set steht seit Samstag auf ZUGESTELLT, angekommen ist nichts. Der Kurs ist morgen!"
        ],
        "double_charge": [
            "Sie haben den Scrivia Club diesen Monat ZWEIMAL abgebucht. Bitte sofort zurück"
        ],
        "damage": ["Die Tinte ist im ganzen Paket ausgelaufen, Papier hin, zwei Federn verbogen"],
        "refund": ["Workshop von IHNEN abgesagt vor drei Wochen, immer noch kein Geld zurück"],
        "wrong_price": [
            "Ich bin Club-Mitglied und zahle trotzdem den vollen Workshop-Preis, 45 statt 30 €"
        ],
        "cancel_fee": ["15 € Stornogebühr, obwohl ich acht Tage vorher abgesagt habe? Echt jetzt?"],
        "letter": [
            "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Zahnarzt, entschuldigen Sie den Stil. Ich mache Ihre Kurse seit letztem Jahr und sie sind mir wichtig. {complaint} Ich habe schon einen Abend mit der Suche nach einer Lösung verloren. Bitte um eine klare Antwort.\n\nMit freundlichen Grüßen"
        ],
        "case_opened": [
            "Hallo, wir haben Ihre Nachricht erhalten und den Vorgang {p} eröffnet. Wir melden uns bald. {a}, Scrivia"
        ],
        "good_news": [
            "Hallo, gute Nachricht zu Vorgang {p}: bei uns ist es erledigt. Können Sie das bestätigen? {a}, Scrivia"
        ],
        "apology": ["Sorry für gestern, ich war sauer. Danke fürs Kümmern"],
        "low_csat": ["Naja", ""],
        "still": ["Vorgang {p} ist immer noch offen, nichts passiert"],
        "third": [
            "Dritte Nachricht zu {p}. Eine Freundin lernt bei {c}, die lösen so was am selben Tag"
        ],
        "fourth": ["VIERTES Mal wegen {p}. Immer noch nichts!!"],
        "urgent": ["Zu Ihrem Vorgang {p} hinzugefügt, als dringend markiert. {a}, Scrivia"],
        "quality": [
            "Hallo, Ihr Vorgang {p} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {a}, Scrivia"
        ],
        "confirm": ["Passt, Vorgang {p} ist erledigt. Danke!"],
        "slide": [
            "Das Set kam drei Tage zu spät, ohne Info. Schade",
            "Die letzte Aufzeichnung bricht ständig ab",
            "Neue Lehrerin ohne Erklärung, viel zu schnell",
            "Die Federn im neuen Set kratzen, Qualität deutlich schlechter",
            "Unverschämt: 12 € Versand für ein Set, das im Club inklusive sein sollte",
            "Meine Cousine lernt bei {c}, ich habe mich dort für den nächsten Kurs angemeldet",
        ],
        "leave": [
            "Hallo, ich ziehe um und habe keine Zeit mehr. Ich möchte den Scrivia Club kündigen und mein Konto schließen"
        ],
        "sorry_go": [
            "Hallo, schade, dass Sie gehen. Sie können in der App oder auf der Website selbst kündigen. {a}, Scrivia"
        ],
        "grumble": [
            "Die App loggt mich jedes Mal aus, nervig",
            "Schon wieder Kurs-Erinnerung um 6 Uhr früh",
        ],
        "mild": ["Kleiner Hinweis: die Workshop-Karte zeigt die falsche Stadt"],
        "sarcasm": ["Toll, das Express-Paket kommt einen Tag nach dem Kurs. Perfektes Timing 👏"],
        "spike": ["Ich komme nicht in den Live-Kurs, die App zeigt {k} und lädt endlos"],
        "spike_again": ["Immer noch {k}, auch am Laptop meines Mannes"],
        "spike_chat": [
            "Ja, Live-Kurse starten gerade bei niemandem, unsere Technik ist dran. {a}, Scrivia"
        ],
        "works_again": [
            "Hallo, die Live-Kurse laufen seit {t} wieder. Die Aufzeichnung von heute früh schenken wir Ihnen, dazu 10 € Guthaben. {a}, Scrivia"
        ],
        "lone": [
            "Guten Abend, gestern blieb der Kursplayer ein paar Sekunden schwarz, dann lief er. Klappt das am Samstag?"
        ],
        "lone_answer": ["Hallo, ja, das war nur das Laden, am Samstag klappt es. {a}, Scrivia"],
        "subject_complaint": ["Beschwerde: {x}"],
        "subject_case": ["AW: Vorgang {p}"],
    },
    "en": {
        "praise": [
            "Tuesday's italic class was brilliant, I finally hold the pen properly! Thanks Scrivia",
            "Kit arrived and it's lovely, even the paper feels posh. Third order and still impressed",
        ],
        "gripe": ["Great class, only the replay takes ages to load. Otherwise spot on"],
        "question": ["Hi, how long does the blackletter replay stay up?"],
        "answer": ["Hi, yes, that's fine. Have a good day, {a} at Scrivia"],
        "thanks": ["Cheers!", "Great, thanks for the quick answer"],
        "night": ["2am and still redoing my capitals, can't sleep anyway"],
        "night_q": ["Hi, what time exactly does tomorrow morning's class start?"],
        "survey": ["Great", ""],
        "review": ["Clear teaching, quality kit"],
        "no_show": ["My kit says DELIVERED since Saturday and nothing came. Class is tomorrow!"],
        "double_charge": ["You've taken the Scrivia Club fee TWICE this month. Refund it please"],
        "damage": ["Ink leaked all over the parcel, paper ruined, two nibs bent"],
        "refund": ["YOU cancelled the workshop three weeks ago and I still have no refund"],
        "wrong_price": [
            "I'm a Club member and got charged full price for the workshop, £39 not £26"
        ],
        "cancel_fee": ["£13 cancellation fee when I cancelled eight days ahead? Seriously?"],
        "letter": [
            "Hello,\n\nWriting from the car outside my daughter's swimming lesson, so forgive the style. I've done your classes since last year and they matter to me. {complaint} I've already lost an evening trying to sort this. I'd like a clear answer soon.\n\nKind regards"
        ],
        "case_opened": [
            "Hi, we've got your message and opened case {p}. We'll be back to you shortly. {a}, Scrivia"
        ],
        "good_news": [
            "Hi, good news on case {p}: it's sorted on our side. Could you confirm? {a}, Scrivia"
        ],
        "apology": ["Sorry about yesterday's message, I was fuming. Thanks for sorting it"],
        "low_csat": ["Meh", ""],
        "still": ["Case {p} still open, nothing has happened"],
        "third": ["Third time about {p}. A friend learns with {c} and they fix this the same day"],
        "fourth": ["FOURTH time about {p}. Still nothing!!"],
        "urgent": ["Added to your case {p}, marked urgent. {a}, Scrivia"],
        "quality": [
            "Hi, your case {p} is now with our quality lead, who will call you before Friday lunchtime. {a}, Scrivia"
        ],
        "confirm": ["All good with {p} now, thanks!"],
        "slide": [
            "Kit came three days late, no heads-up. Shame",
            "Last replay keeps cutting out",
            "Teacher changed with no explanation, new one rushes everything",
            "The nibs in the new kit scratch, quality has dropped",
            "Outrageous: £10 postage for a kit that's meant to be in the Club",
            "My cousin learns with {c}, I've signed up there for the next term",
        ],
        "leave": [
            "Hi, I'm moving abroad and won't have the time. I want to cancel Scrivia Club and close my account please"
        ],
        "sorry_go": [
            "Hi, sorry to see you go. You can cancel yourself in the app or on the website. {a}, Scrivia"
        ],
        "grumble": [
            "The app logs me out every single time",
            "Another class reminder at 6am, really",
        ],
        "mild": ["Small thing: the workshop map shows the wrong town"],
        "sarcasm": [
            "Brilliant, the 'express' parcel lands the day after the class. Great timing 👏"
        ],
        "spike": ["Can't get into the live class, the app shows {k} and just spins"],
        "spike_again": ["Still {k}, on my husband's laptop too"],
        "spike_chat": [
            "Yes, live classes aren't starting for anyone right now, our engineers are on it. {a}, Scrivia"
        ],
        "works_again": [
            "Hi, live classes work again since {t}. This morning's replay is on us and we've added £9 credit. {a}, Scrivia"
        ],
        "lone": [
            "Hi, yesterday the class player stayed black for a few seconds then worked. Will it be fine on Saturday?"
        ],
        "lone_answer": ["Hi, yes, that was just loading, Saturday will be fine. {a}, Scrivia"],
        "subject_complaint": ["Complaint: {x}"],
        "subject_case": ["Re: Your case {p}"],
    },
    "es": {
        "praise": [
            "La clase de itálica del martes fue genial, ¡por fin cojo bien la plumilla! Gracias Scrivia",
            "Ha llegado el kit, todo precioso. Tercer pedido y sigo encantada",
        ],
        "gripe": ["Clase muy buena, solo que la grabación tarda en cargar. Lo demás perfecto"],
        "question": ["Hola, ¿cuánto tiempo se queda la grabación del curso de gótica?"],
        "answer": ["Hola, sí, sin problema. Buen día, {a} de Scrivia"],
        "thanks": ["¡Gracias!", "Genial, gracias por la rapidez"],
        "night": ["Las 2 de la mañana y sigo con las mayúsculas, total no duermo"],
        "night_q": ["Hola, ¿a qué hora empieza exactamente la clase de mañana?"],
        "survey": ["Genial", ""],
        "review": ["Clases claras, material bueno"],
        "no_show": [
            "Mi kit pone ENTREGADO desde el sábado y no ha llegado nada. ¡La clase es mañana!"
        ],
        "double_charge": ["Me habéis cobrado DOS veces el Scrivia Club este mes. Devolvédmelo ya"],
        "damage": [
            "La tinta se ha salido por todo el paquete, papel destrozado y dos plumillas dobladas"
        ],
        "refund": ["Taller cancelado por VOSOTROS hace tres semanas y sin devolución"],
        "wrong_price": [
            "Soy socia del Club y me habéis cobrado el taller a precio completo, 45 € en vez de 30"
        ],
        "cancel_fee": ["¿15 € de penalización si cancelé ocho días antes? ¿En serio?"],
        "letter": [
            "Hola,\n\nos escribo desde la sala de espera del fisio, perdonad el estilo. Sigo vuestras clases desde el año pasado y me importan mucho. {complaint} Ya he perdido una tarde buscando solución. Quiero una respuesta clara.\n\nUn saludo"
        ],
        "case_opened": [
            "Hola, hemos recibido tu mensaje y abierto la incidencia {p}. Te contestamos pronto. {a}, Scrivia"
        ],
        "good_news": [
            "Hola, buenas noticias sobre la incidencia {p}: está resuelta. ¿Nos lo confirmas? {a}, Scrivia"
        ],
        "apology": ["Perdón por lo de ayer, estaba muy enfadada. Gracias por solucionarlo"],
        "low_csat": ["Regular", ""],
        "still": ["La incidencia {p} sigue abierta, no ha pasado nada"],
        "third": ["Tercera vez por la {p}. Una amiga da clases con {c} y lo arreglan el mismo día"],
        "fourth": ["CUARTA vez por la {p}. ¡¡Nada!!"],
        "urgent": ["Añadido a tu incidencia {p}, marcada como urgente. {a}, Scrivia"],
        "quality": [
            "Hola, tu incidencia {p} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {a}, Scrivia"
        ],
        "confirm": ["Todo bien con la {p}, ¡gracias!"],
        "slide": [
            "El kit llegó con tres días de retraso, sin avisar. Una pena",
            "La última grabación se corta todo el rato",
            "Cambio de profe sin explicación, la nueva va rapidísimo",
            "Las plumillas del kit nuevo rascan, la calidad ha bajado",
            "Vergonzoso: 12 € de envío por un kit que iba incluido en el Club",
            "Mi prima da clases con {c}, me he apuntado allí al siguiente curso",
        ],
        "leave": [
            "Hola, me mudo y no tendré tiempo. Quiero darme de baja del Scrivia Club y cerrar mi cuenta"
        ],
        "sorry_go": [
            "Hola, sentimos que te vayas. Puedes darte de baja en la app o en la web. {a}, Scrivia"
        ],
        "grumble": [
            "La app me cierra sesión cada vez",
            "Otro recordatorio de clase a las 6 de la mañana",
        ],
        "mild": ["Un detalle: el mapa de talleres sale con la ciudad equivocada"],
        "sarcasm": ["Genial, el envío «exprés» llega el día después de la clase. Qué puntería 👏"],
        "spike": ["No puedo entrar a la clase en directo, la app da {k} y se queda cargando"],
        "spike_again": ["Sigue {k}, también en el portátil de mi marido"],
        "spike_chat": [
            "Sí, las clases en directo no arrancan para nadie ahora mismo, los técnicos están en ello. {a}, Scrivia"
        ],
        "works_again": [
            "Hola, las clases en directo funcionan otra vez desde las {t}. La grabación de esta mañana te la regalamos y te hemos añadido 10 € de saldo. {a}, Scrivia"
        ],
        "lone": [
            "Hola, ayer el reproductor de la clase se quedó en negro unos segundos y luego fue bien. ¿El sábado irá bien?"
        ],
        "lone_answer": ["Hola, sí, era solo la carga, el sábado irá bien. {a}, Scrivia"],
        "subject_complaint": ["Reclamación: {x}"],
        "subject_case": ["RE: Incidencia {p}"],
    },
    "pt": {
        "praise": [
            "A aula de itálico de terça foi ótima, finalmente seguro bem a caneta! Obrigada Scrivia",
            "O kit chegou, tudo lindo. Terceira encomenda e continuo fã",
        ],
        "gripe": ["Aula ótima, só a gravação demora a carregar. De resto perfeito"],
        "question": ["Olá, quanto tempo fica disponível a gravação do curso de gótica?"],
        "answer": ["Olá, sim, sem problema. Bom dia, {a} da Scrivia"],
        "thanks": ["Obrigado!", "Ótimo, obrigada pela rapidez"],
        "night": ["2 da manhã e ainda a treinar maiúsculas, não consigo dormir"],
        "night_q": ["Olá, a aula de amanhã de manhã começa a que horas exatamente?"],
        "survey": ["Ótimo", ""],
        "review": ["Aulas claras, material de qualidade"],
        "no_show": ["O meu kit diz ENTREGUE desde sábado e não chegou nada. A aula é amanhã!"],
        "double_charge": ["Cobraram-me DUAS vezes o Scrivia Club este mês. Devolvam já"],
        "damage": ["A tinta vazou pela encomenda toda, papel estragado e dois aparos tortos"],
        "refund": ["Workshop cancelado por VOCÊS há três semanas e nada de reembolso"],
        "wrong_price": [
            "Sou sócia do Club e cobraram-me o workshop a preço cheio, 45 € em vez de 30"
        ],
        "cancel_fee": ["15 € de taxa de cancelamento se cancelei oito dias antes? A sério?"],
        "letter": [
            "Olá,\n\nescrevo da sala de espera do dentista, desculpem o estilo. Sigo as vossas aulas desde o ano passado e gosto muito. {complaint} Já perdi uma noite à procura de solução. Quero uma resposta clara.\n\nCumprimentos"
        ],
        "case_opened": [
            "Olá, recebemos a sua mensagem e abrimos o pedido {p}. Respondemos em breve. {a}, Scrivia"
        ],
        "good_news": [
            "Olá, boas notícias sobre o pedido {p}: está resolvido. Pode confirmar? {a}, Scrivia"
        ],
        "apology": ["Desculpem a mensagem de ontem, estava furiosa. Obrigada por resolverem"],
        "low_csat": ["Mais ou menos", ""],
        "still": ["O pedido {p} continua aberto, nada aconteceu"],
        "third": ["Terceira vez sobre o {p}. Uma amiga tem aulas na {c} e resolvem no mesmo dia"],
        "fourth": ["QUARTA vez sobre o {p}. Nada!!"],
        "urgent": ["Adicionado ao seu pedido {p}, marcado como urgente. {a}, Scrivia"],
        "quality": [
            "Olá, o seu pedido {p} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. {a}, Scrivia"
        ],
        "confirm": ["Tudo certo com o {p}, obrigado!"],
        "slide": [
            "O kit chegou com três dias de atraso, sem aviso. Pena",
            "A última gravação corta a toda a hora",
            "Mudaram de professora sem explicação, a nova vai depressa demais",
            "Os aparos do kit novo arranham, a qualidade caiu",
            "Vergonha: 12 € de portes por um kit que devia estar incluído no Club",
            "A minha prima tem aulas na {c}, inscrevi-me lá para o próximo curso",
        ],
        "leave": [
            "Olá, vou mudar de país e não terei tempo. Quero cancelar o Scrivia Club e fechar a minha conta"
        ],
        "sorry_go": [
            "Olá, temos pena que saia. Pode cancelar sozinho na app ou no site. {a}, Scrivia"
        ],
        "grumble": ["A app termina a sessão sempre", "Outro lembrete de aula às 6 da manhã"],
        "mild": ["Um pormenor: o mapa dos workshops mostra a cidade errada"],
        "sarcasm": ["Ótimo, a encomenda «expresso» chega no dia a seguir à aula. Que pontaria 👏"],
        "spike": ["Não consigo entrar na aula em direto, a app dá {k} e fica a carregar"],
        "spike_again": ["Continua {k}, também no portátil do meu marido"],
        "spike_chat": [
            "Sim, as aulas em direto não arrancam para ninguém neste momento, os técnicos estão a tratar. {a}, Scrivia"
        ],
        "works_again": [
            "Olá, as aulas em direto funcionam de novo desde as {t}. A gravação de hoje é oferta e juntámos 10 € de crédito. {a}, Scrivia"
        ],
        "lone": [
            "Olá, ontem o leitor da aula ficou preto uns segundos e depois funcionou. No sábado vai dar?"
        ],
        "lone_answer": ["Olá, sim, era só o carregamento, no sábado funciona. {a}, Scrivia"],
        "subject_complaint": ["Reclamação: {x}"],
        "subject_case": ["RE: Pedido {p}"],
    },
}

# Business arm (Scrivia Events: hand-written place cards, menus and invitations for firms on account).
B2B: dict[str, dict[str, list[str]]] = {
    "fr": {
        "invoice": [
            "Vos factures n'indiquent toujours pas notre numéro de commande, notre compta les rejette toutes"
        ],
        "service_blocked": [
            "Notre commande de marque-places pour samedi est refusée : « compte bloqué », alors que tout est payé"
        ],
        "portal": [
            "Le portail n'affiche plus nos commandes en cours, impossible de valider les épreuves"
        ],
        "overbilled": ["Facturé 2,40 € la carte au lieu des 1,60 € du contrat, sur 800 cartes"],
        "later": ["Comme {n} vous l'a écrit {d}, dossier {p} : toujours le même problème"],
        "last": [
            "Dossier {p} toujours pas réglé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {c}"
        ],
        "suggest": ["Suggestion : pourriez-vous exporter les commandes par événement ?"],
        "chat_q": ["Bonjour, quel délai pour 200 menus calligraphiés ?"],
        "praise": ["Les cartes du gala étaient superbes, merci à l'équipe Scrivia Events"],
    },
    "it": {
        "invoice": [
            "Le vostre fatture non riportano ancora il nostro numero d'ordine, l'amministrazione le respinge tutte"
        ],
        "service_blocked": [
            "L'ordine dei segnaposto per sabato è rifiutato: «conto bloccato», ma è tutto pagato"
        ],
        "portal": ["Il portale non mostra più gli ordini aperti, non possiamo approvare le bozze"],
        "overbilled": [
            "Fatturati 2,40 € a biglietto invece di 1,60 € da contratto, su 800 biglietti"
        ],
        "later": ["Come vi ha scritto {n} {d}, pratica {p}: sempre lo stesso problema"],
        "last": [
            "Pratica {p} ancora aperta, diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto i prezzi a {c}"
        ],
        "suggest": ["Suggerimento: potreste esportare gli ordini per evento?"],
        "chat_q": ["Buongiorno, che tempi avete per 200 menù scritti a mano?"],
        "praise": ["I segnaposto del gala erano splendidi, grazie a Scrivia Events"],
    },
    "de": {
        "invoice": [
            "Auf Ihren Rechnungen fehlt weiterhin unsere Bestellnummer, die Buchhaltung lehnt alle ab"
        ],
        "service_blocked": [
            "Unsere Tischkarten-Bestellung für Samstag wird abgelehnt: Konto gesperrt, obwohl alles bezahlt ist"
        ],
        "portal": [
            "Das Portal zeigt keine offenen Aufträge mehr, wir können keine Entwürfe freigeben"
        ],
        "overbilled": ["2,40 € pro Karte statt der vertraglichen 1,60 €, bei 800 Karten"],
        "later": ["Wie {n} {d} schrieb, Vorgang {p}: immer noch dasselbe Problem"],
        "last": [
            "Vorgang {p} ist nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {c} angefragt"
        ],
        "suggest": ["Vorschlag: könnten Sie Aufträge nach Veranstaltung exportieren?"],
        "chat_q": ["Hallo, wie lange dauern 200 handgeschriebene Menükarten?"],
        "praise": ["Die Karten für die Gala waren wunderschön, danke Scrivia Events"],
    },
    "en": {
        "invoice": [
            "Your invoices still don't show our PO number, accounts are rejecting every one"
        ],
        "service_blocked": [
            "Our place-card order for Saturday is refused, 'account on hold', though everything is paid"
        ],
        "portal": ["The portal shows none of our open orders, we can't approve any proofs"],
        "overbilled": ["Billed £2.10 a card instead of the contract £1.40, on 800 cards"],
        "later": ["As {n} wrote {d}, case {p}: still the same problem"],
        "last": [
            "Case {p} still not fixed, several colleagues have written. Procurement has already asked {c} for rates"
        ],
        "suggest": ["Suggestion: could you export orders by event?"],
        "chat_q": ["Hi, what's the lead time on 200 hand-lettered menus?"],
        "praise": ["The gala cards were gorgeous, thanks to the Scrivia Events team"],
    },
    "es": {
        "invoice": [
            "Vuestras facturas siguen sin nuestro número de pedido, contabilidad las rechaza todas"
        ],
        "service_blocked": [
            "El pedido de tarjetas de mesa del sábado sale rechazado, «cuenta bloqueada», y está todo pagado"
        ],
        "portal": ["El portal no muestra nuestros pedidos abiertos, no podemos aprobar pruebas"],
        "overbilled": ["Cobrado 2,40 € por tarjeta en vez de 1,60 € del contrato, en 800 tarjetas"],
        "later": ["Como os escribió {n} {d}, incidencia {p}: el mismo problema"],
        "last": [
            "La incidencia {p} sigue sin resolver, varios compañeros os han escrito. Compras ya ha pedido precios a {c}"
        ],
        "suggest": ["Sugerencia: ¿podríais exportar los pedidos por evento?"],
        "chat_q": ["Hola, ¿qué plazo tenéis para 200 menús caligrafiados?"],
        "praise": ["Las tarjetas de la gala quedaron preciosas, gracias Scrivia Events"],
    },
    "pt": {
        "invoice": [
            "As vossas faturas continuam sem o nosso número de encomenda, a contabilidade rejeita todas"
        ],
        "service_blocked": [
            "A encomenda de marcadores de mesa para sábado é recusada, «conta bloqueada», e está tudo pago"
        ],
        "portal": ["O portal não mostra as encomendas abertas, não conseguimos aprovar provas"],
        "overbilled": ["Cobrado 2,40 € por cartão em vez de 1,60 € do contrato, em 800 cartões"],
        "later": ["Como o {n} escreveu {d}, pedido {p}: o mesmo problema"],
        "last": [
            "O pedido {p} continua por resolver, vários colegas escreveram. As compras já pediram preços à {c}"
        ],
        "suggest": ["Sugestão: podiam exportar as encomendas por evento?"],
        "chat_q": ["Olá, que prazo para 200 menus caligrafados?"],
        "praise": ["Os cartões da gala ficaram lindos, obrigado Scrivia Events"],
    },
}
DAY_WORD = {
    "fr": "mercredi",
    "it": "mercoledì",
    "de": "am Mittwoch",
    "en": "on Wednesday",
    "es": "el miércoles",
    "pt": "na quarta",
}
FIRST = {
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Sophie", "Nicolas", "Aurélie", "Thomas"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Davide", "Sara", "Matteo"],
    "de": ["Anna", "Jonas", "Lena", "Felix", "Miriam", "Tobias"],
    "en": ["Emma", "Oliver", "Grace", "Liam", "Hannah", "Callum"],
    "es": ["Lucía", "Pablo", "Carmen", "Diego", "Irene", "Sergio"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta", "Hugo"],
}
LAST = {
    "fr": ["Moreau", "Lefèvre", "Girard", "Roux", "Fontaine", "Chevalier"],
    "it": ["Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino"],
    "de": ["Becker", "Hoffmann", "Schulz", "Wagner", "Krüger"],
    "en": ["Walsh", "Hughes", "Murphy", "Clarke", "Evans"],
    "es": ["García", "Navarro", "Ortega", "Molina", "Castro"],
    "pt": ["Ferreira", "Costa", "Almeida", "Sousa", "Pinto"],
}
