"""Wording of heldout168 (Remivo: home fitness-equipment hire). Written from the stories."""

# ruff: noqa: E501

BRAND = "Remivo"
COMPETITORS = ("Palestrix", "Fitvolo")

FIRST: dict[str, list[str]] = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Sara",
        "Matteo",
        "Elena",
        "Davide",
        "Francesca",
        "Paolo",
        "Valentina",
        "Andrea",
    ],
    "en": [
        "Emma",
        "James",
        "Olivia",
        "Tom",
        "Grace",
        "Harry",
        "Chloe",
        "Sam",
        "Lucy",
        "Owen",
        "Megan",
        "Rhys",
    ],
    "fr": ["Camille", "Hugo", "Léa", "Julien", "Manon", "Théo"],
    "de": ["Lena", "Jonas", "Anna", "Felix", "Marie", "Lukas"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui"],
    "es": ["Lucía", "Pablo", "Irene", "Álvaro", "Nuria", "Diego"],
}
LAST: dict[str, list[str]] = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Greco",
        "Bruno",
        "Gallo",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Evans",
        "Walker",
        "Hughes",
        "Wright",
        "Clarke",
        "Hall",
    ],
    "fr": ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard"],
    "de": ["Müller", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Oliveira"],
    "es": ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro"],
}
MARKETS: dict[str, list[str]] = {
    "it": ["IT", "IT", "CH"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE: dict[str, str] = {
    "IT": "+39 3",
    "CH": "+41 7",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 4",
    "DE": "+49 15",
    "AT": "+43 66",
    "PT": "+351 9",
    "ES": "+34 6",
}
PRODUCTS = [
    "Rowing machine R2 / Vogatore R2",
    "Exercise bike B5 / Cyclette B5",
    "Treadmill T3 folding / Tapis roulant T3",
    "Cross trainer X4 / Ellittica X4",
    "Adjustable dumbbell set / Manubri regolabili",
    "Smart bike S9 with screen / Bici smart S9",
]

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "it": [
            "Il vogatore di {brand} è arrivato ieri, montato in dieci minuti dal tecnico. Stamattina prima remata alle 6, che goduria",
            "Tre mesi con la cyclette {brand} e ho perso 4 chili. Consegna puntuale e gentilissimi",
            "ok devo dirlo: il tapis roulant in affitto da {brand} è silenzioso, il vicino di sotto non si è accorto di niente 😄",
        ],
        "en": [
            "Rowing machine from {brand} turned up bang on time, the lad set it up and took all the cardboard away. Brilliant",
            "two months into renting the bike from {brand} and I actually use it. Best thing I did this year",
            "Honestly {brand} have been spot on. Swapped my treadmill for a cross trainer in two days, no fuss",
        ],
        "fr": [
            "Vélo d'appartement {brand} livré et installé en un quart d'heure, nickel. Je recommande"
        ],
        "de": [
            "Rudergerät von {brand} kam pünktlich, Aufbau inklusive, Karton gleich mitgenommen. Top!"
        ],
        "pt": ["A passadeira da {brand} chegou a horas e o técnico montou tudo. Muito bom serviço"],
        "es": ["La bici estática de {brand} llegó puntual y me la montaron en nada. Encantada"],
    },
    "again": {
        "it": [
            "Terza volta che rinnovo il noleggio con {brand}, ancora tutto perfetto",
            "di nuovo il tecnico simpaticissimo di {brand}, stavolta per la cyclette di mia figlia. sempre gentile",
        ],
        "en": [
            "Third time renting from {brand} and still not a single complaint",
            "same friendly driver again today, that's twice he's carried a treadmill up three floors for me. legend",
        ],
        "fr": ["Encore une fois impeccable, troisième location chez {brand}"],
        "de": ["Schon wieder alles perfekt, dritte Miete bei {brand}"],
        "pt": ["Terceira vez que alugo na {brand} e continua impecável"],
        "es": ["Tercera vez que alquilo con {brand} y sigue todo genial"],
    },
    "gripe_praise": {
        "it": [
            "Cyclette ottima, l'unica cosa è che l'app mi chiede di accedere ogni volta. Per il resto bravi",
            "Servizio super, solo il tappetino sotto il vogatore è un po' sottile. Ma lo riprendo di sicuro",
        ],
        "en": [
            "Love the rower, only gripe is the delivery window was 8 to 1 which is a long morning. Otherwise great",
            "Treadmill is great, the manual is only a PDF though. minor thing",
        ],
        "fr": ["Très contente du vélo, juste le créneau de livraison trop large. Sinon parfait"],
        "de": ["Super Laufband, nur die Anleitung gibt es bloß als PDF. Sonst alles prima"],
        "pt": ["Gosto muito da bicicleta, só o selim é duro. De resto tudo ótimo"],
        "es": [
            "Muy contenta con la elíptica, solo que el sillín es algo duro. Por lo demás genial"
        ],
    },
    "question": {
        "it": [
            "Ciao, posso passare dal vogatore alla cyclette senza pagare di nuovo la consegna?",
            "buongiorno, con Remivo Plus la manutenzione è inclusa?",
        ],
        "en": [
            "Hi, can I pause my rental for two weeks while I'm on holiday?",
            "does Remivo Plus cover a swap to a different machine mid month?",
        ],
        "fr": ["Bonjour, est-ce que je peux changer de créneau de collecte dans l'appli ?"],
        "de": ["Hallo, kann ich die Miete im August pausieren?"],
        "pt": ["Olá, posso trocar a passadeira por uma elíptica sem custos?"],
        "es": ["Hola, ¿puedo pausar el alquiler durante las vacaciones?"],
    },
    "call_question": {
        "it": [
            "si buongiorno volevo sapere se il tecnico può venire sabato mattina per montare la cyclette grazie"
        ],
        "en": [
            "hi yeah just ringing to check what time the driver comes tomorrow for the rowing machine thanks"
        ],
        "fr": ["oui bonjour je voulais savoir si on peut livrer le tapis samedi matin merci"],
        "de": ["ja hallo ich wollte fragen ob die Lieferung auch am Samstag geht danke"],
        "pt": ["sim bom dia queria saber se a entrega pode ser no sábado obrigado"],
        "es": ["sí hola quería saber si pueden traer la bici el sábado por la mañana gracias"],
    },
    "answer": {
        "it": [
            "Ciao! Sì, certo: lo trovi nell'app sotto Il mio noleggio. Buon allenamento! - Team {brand}"
        ],
        "en": [
            "Hi! Yes, you can do that under My rental in the app. Happy training - {brand} support"
        ],
        "fr": [
            "Bonjour ! Oui, c'est possible dans Ma location sur l'appli. Bon entraînement - {brand}"
        ],
        "de": [
            "Hallo! Ja, das geht in der App unter Meine Miete. Viel Spaß beim Training - {brand}"
        ],
        "pt": ["Olá! Sim, pode fazer isso em O meu aluguer na app. Bons treinos - {brand}"],
        "es": ["¡Hola! Sí, puedes hacerlo en Mi alquiler dentro de la app. Buen entreno - {brand}"],
    },
    "thanks": {
        "it": ["grazie mille!!", "perfetto grz", "ok top, grazie"],
        "en": ["cheers!", "ta, sorted", "brill thanks x"],
        "fr": ["merci bcp !"],
        "de": ["danke dir!"],
        "pt": ["obg!"],
        "es": ["gracias!!"],
    },
    "night": {
        "it": ["sono le 2 e non dormo, 20 minuti di cyclette {brand} e via. notte"],
        "en": ["night shift done, 3am row on the {brand} machine before bed. weirdly peaceful"],
        "fr": ["insomnie, petite séance de vélo {brand} à 2h du mat"],
        "de": ["Nachtschicht vorbei, kurz aufs {brand} Rad um 3 Uhr"],
        "pt": ["2 da manhã e sem sono, passadeira da {brand} a trabalhar"],
        "es": ["las 2 de la mañana y sin sueño, un rato de bici {brand}"],
    },
    "night_chat": {
        "it": ["scusate l'ora, se la cyclette fa un cigolio la posso usare lo stesso?"],
        "en": ["sorry it's late, is it ok to fold the treadmill straight after a run or wait?"],
        "fr": ["désolé pour l'heure, on peut replier le tapis juste après la course ?"],
        "de": [
            "sorry für die Uhrzeit, darf ich das Laufband gleich nach dem Lauf zusammenklappen?"
        ],
        "pt": ["desculpem a hora, posso dobrar a passadeira logo depois de correr?"],
        "es": ["perdón por la hora, ¿puedo plegar la cinta justo después de correr?"],
    },
    "sarcasm": {
        "it": [
            "Consegna 'entro le 13', arrivata alle 19:50. Giusto in tempo per allenarmi al buio 👏"
        ],
        "en": [
            "Love that my 'express' swap arrived at 8pm. Nothing says fitness like rowing at midnight 👏"
        ],
        "fr": ["Livraison 'avant midi' arrivée à 19h. Parfait pour le sport de nuit 👏"],
        "de": ["'Bis 12 Uhr' geliefert um 19 Uhr. Perfekt fürs Nachttraining 👏"],
        "pt": ["Entrega 'até às 12' chegou às 19h. Ótimo para treinar de noite 👏"],
        "es": ["Entrega 'antes de las 12' a las 19h. Genial para entrenar de noche 👏"],
    },
    "joke": {
        "it": [
            "il gatto ha deciso che il vogatore {brand} è il suo nuovo letto. pagate voi il suo abbonamento? 😂"
        ],
        "en": [
            "my dog now barks at the treadmill every time I switch it on. Does {brand} do a pet plan 😂"
        ],
        "fr": ["mon chat a adopté le vélo {brand} comme lit 😂"],
        "de": ["meine Katze schläft jetzt auf dem {brand} Rudergerät 😂"],
        "pt": ["o meu gato adotou a bicicleta da {brand} como cama 😂"],
        "es": ["mi gato ha adoptado la bici de {brand} como cama 😂"],
    },
    "bad_day": {
        "it": [
            "SONO LE 14 E IL TECNICO NON SI È VISTO. ho preso mezza giornata di ferie per niente. Vergogna {brand}",
            "la cyclette è arrivata con il display ROTTO. e nessuno risponde in chat. bel servizio davvero",
        ],
        "en": [
            "Took a day off for the delivery and NOBODY turned up. No call, no text. Absolute joke {brand}",
            "charged TWICE for the same month. sort it out {brand}",
        ],
        "fr": ["Livreur JAMAIS venu, j'ai posé une journée pour rien. Inadmissible {brand}"],
        "de": ["Lieferung NICHT gekommen, einen Urlaubstag umsonst genommen. Unmöglich {brand}"],
        "pt": ["Ninguém apareceu para a entrega, tirei o dia para NADA. Uma vergonha {brand}"],
        "es": ["NADIE vino con la entrega y pedí el día libre para nada. Vergonzoso {brand}"],
    },
    "apology": {
        "it": [
            "scusate per ieri, ero nervosa. il tecnico è venuto stamattina ed è stato gentilissimo"
        ],
        "en": [
            "sorry for the rant yesterday, driver came first thing today and was lovely about it"
        ],
        "fr": ["désolée pour hier, le livreur est passé ce matin, tout va bien"],
        "de": ["sorry wegen gestern, heute früh kam der Fahrer, alles gut"],
        "pt": ["desculpem o desabafo de ontem, hoje de manhã veio tudo certo"],
        "es": ["perdón por lo de ayer, esta mañana vinieron y todo bien"],
    },
    "problem": {
        "it": [
            "Buongiorno, il noleggio del vogatore è stato addebitato due volte questo mese. Pratica {case}. Potete rimborsare?",
            "Salve, la cyclette fa un rumore metallico fortissimo da giovedì. Chiedo un intervento, pratica {case}",
        ],
        "en": [
            "Hi, my deposit for the treadmill still hasn't come back three weeks after collection. Case {case}",
            "Hello, the bike's resistance knob has snapped off and it's stuck on the hardest level. Case {case}",
        ],
        "fr": [
            "Bonjour, ma caution n'est toujours pas remboursée depuis la collecte. Dossier {case}"
        ],
        "de": ["Guten Tag, die Kaution ist seit der Abholung nicht zurück. Vorgang {case}"],
        "pt": ["Olá, a caução ainda não foi devolvida desde a recolha. Processo {case}"],
        "es": ["Hola, la fianza sigue sin devolverse desde la recogida. Caso {case}"],
    },
    "case_opened": {
        "it": [
            "Gentile cliente, abbiamo aperto la pratica {case} e la stiamo verificando. Le scriviamo entro 48 ore. - {brand}"
        ],
        "en": [
            "Hi, we've opened case {case} and are looking into it. We'll be back to you within 48 hours. - {brand}"
        ],
        "fr": [
            "Bonjour, le dossier {case} est ouvert, nous revenons vers vous sous 48 h. - {brand}"
        ],
        "de": ["Hallo, Vorgang {case} ist eröffnet, wir melden uns binnen 48 Stunden. - {brand}"],
        "pt": ["Olá, abrimos o processo {case} e respondemos em 48 horas. - {brand}"],
        "es": ["Hola, hemos abierto el caso {case} y respondemos en 48 horas. - {brand}"],
    },
    "still_open": {
        "it": [
            "Ancora niente per la pratica {case}. Sono passati giorni e il problema è sempre lì",
            "seconda volta che scrivo per {case}: NON è risolto",
        ],
        "en": [
            "Still nothing on case {case}. Same problem, nobody has got back to me",
            "writing AGAIN about {case}, it is still not fixed",
        ],
        "fr": ["Toujours rien pour le dossier {case}, le problème est toujours là"],
        "de": ["Immer noch nichts zu Vorgang {case}, das Problem besteht weiter"],
        "pt": ["Ainda nada sobre o processo {case}, o problema continua"],
        "es": ["Sigo sin noticias del caso {case}, el problema sigue igual"],
    },
    "third": {
        "it": ["Terza volta per {case}. Una collega noleggia da {comp} e lì risolvono in giornata"],
        "en": ["Third time about {case}. A mate rents from {comp} and they sort this the same day"],
        "fr": [
            "Troisième fois pour {case}. Une amie loue chez {comp}, eux règlent ça le jour même"
        ],
        "de": [
            "Dritte Nachricht zu {case}. Ein Kollege mietet bei {comp}, da geht das am selben Tag"
        ],
        "pt": [
            "Terceira vez sobre {case}. Uma colega aluga na {comp} e lá resolvem no próprio dia"
        ],
        "es": [
            "Tercera vez por {case}. Una compañera alquila en {comp} y se lo arreglan el mismo día"
        ],
    },
    "fourth": {
        "it": ["QUARTA volta per {case}. Non so più come dirlo"],
        "en": ["FOURTH time I'm contacting you about {case}. Unbelievable"],
        "fr": ["QUATRIÈME fois pour {case}"],
        "de": ["Zum VIERTEN Mal wegen {case}"],
        "pt": ["QUARTA vez por causa do {case}"],
        "es": ["CUARTA vez por {case}"],
    },
    "fixed": {
        "it": ["Confermo che la pratica {case} è risolta, rimborso arrivato. Grazie"],
        "en": ["Just confirming case {case} is sorted, refund landed today. Thanks"],
        "fr": ["Je confirme, dossier {case} réglé. Merci"],
        "de": ["Bestätige: Vorgang {case} ist erledigt. Danke"],
        "pt": ["Confirmo que o processo {case} ficou resolvido. Obrigada"],
        "es": ["Confirmo que el caso {case} está resuelto. Gracias"],
    },
    "good_news": {
        "it": [
            "Buone notizie: la pratica {case} è stata chiusa, il rimborso è partito. Può confermarci? - {brand}"
        ],
        "en": [
            "Good news: case {case} is resolved and the refund is on its way. Could you confirm? - {brand}"
        ],
        "fr": ["Bonne nouvelle : le dossier {case} est résolu. Pouvez-vous confirmer ? - {brand}"],
        "de": ["Gute Nachricht: Vorgang {case} ist gelöst. Können Sie das bestätigen? - {brand}"],
        "pt": ["Boas notícias: o processo {case} está resolvido. Pode confirmar? - {brand}"],
        "es": ["Buenas noticias: el caso {case} está resuelto. ¿Nos lo confirmas? - {brand}"],
    },
    "other_problem": {
        "it": ["Altra cosa, non c'entra con prima: la fattura di marzo ha l'indirizzo sbagliato"],
        "en": ["Different thing from last week: my invoice has the wrong address on it"],
        "fr": ["Autre chose : la facture porte une mauvaise adresse"],
        "de": ["Etwas anderes: die Rechnung hat die falsche Adresse"],
        "pt": ["Outra coisa: a fatura tem a morada errada"],
        "es": ["Otra cosa distinta: la factura tiene mal la dirección"],
    },
    "slide": {
        "it": [
            "Consegna spostata due volte, un po' scocciante",
            "La cyclette cigola, ho chiesto un tecnico",
            "Tecnico non venuto. Peccato, prima eravate impeccabili",
            "Addebito di 39 € non previsto per la manutenzione. Non ci siamo",
            "Sto perdendo la pazienza con {brand}, niente funziona più come prima",
            "Mio cognato noleggia da {comp}, dice che è tutta un'altra storia",
        ],
        "en": [
            "Delivery moved twice, bit annoying",
            "Bike has started squeaking, asked for an engineer",
            "Engineer didn't show. Shame, you used to be spot on",
            "Surprise £35 maintenance charge. Not on",
            "Losing patience with {brand}, nothing works like it used to",
            "My brother-in-law rents from {comp} and says it's a different world",
        ],
        "fr": [
            "Livraison décalée deux fois",
            "Le vélo grince",
            "Technicien pas venu, dommage",
            "Frais de 39 € imprévus, pas normal",
            "Je perds patience avec {brand}",
            "Mon beau-frère loue chez {comp}, rien à voir",
        ],
        "de": [
            "Lieferung zweimal verschoben",
            "Das Rad quietscht",
            "Techniker nicht gekommen, schade",
            "39 € Wartungsgebühr, unerwartet",
            "Ich verliere die Geduld mit {brand}",
            "Mein Schwager mietet bei {comp}, ganz anders",
        ],
        "pt": [
            "Entrega adiada duas vezes",
            "A bicicleta range",
            "O técnico não veio, pena",
            "Cobrança de 39 € inesperada",
            "Estou a perder a paciência com a {brand}",
            "O meu cunhado aluga na {comp}, é outra coisa",
        ],
        "es": [
            "Entrega aplazada dos veces",
            "La bici chirría",
            "El técnico no vino, qué pena",
            "Cargo de 39 € inesperado",
            "Estoy perdiendo la paciencia con {brand}",
            "Mi cuñado alquila en {comp}, es otro mundo",
        ],
    },
    "cancel": {
        "it": [
            "Vorrei disdire Remivo Plus e chiudere l'account. Ho comprato una cyclette mia, grazie di tutto"
        ],
        "en": [
            "Please cancel my Remivo Plus membership and close my account, I've bought my own rower now"
        ],
        "fr": ["Je souhaite résilier Remivo Plus et fermer mon compte, on déménage"],
        "de": ["Bitte Remivo Plus kündigen und Konto schließen, wir ziehen um"],
        "pt": ["Quero cancelar o Remivo Plus e fechar a conta, vou mudar de casa"],
        "es": ["Quiero cancelar Remivo Plus y cerrar la cuenta, me mudo"],
    },
    "goodbye": {
        "it": [
            "Ci dispiace vederla andare. Abbiamo chiuso l'abbonamento, il ritiro è fissato. - {brand}"
        ],
        "en": ["Sorry to see you go. Membership cancelled and collection booked. - {brand}"],
        "fr": ["Désolés de vous voir partir, résiliation faite. - {brand}"],
        "de": ["Schade, dass Sie gehen. Kündigung ist erledigt. - {brand}"],
        "pt": ["Pena vê-lo partir. Cancelamento feito. - {brand}"],
        "es": ["Sentimos que te vayas. Baja tramitada. - {brand}"],
    },
    "grumpy": {
        "it": ["al solito l'app non carica. che novità", "ancora ritardi, come sempre"],
        "en": ["app's slow as usual. what a surprise", "late again, as ever"],
        "fr": ["l'appli rame, comme d'hab"],
        "de": ["App lahm wie immer"],
        "pt": ["a app lenta como sempre"],
        "es": ["la app lenta como siempre"],
    },
    "long_email": {
        "it": [
            "Gentili signori,\n\nvi scrivo dalla sala d'attesa del pediatra, mentre mio figlio aspetta il vaccino, quindi perdonate la forma. Da quando ho iniziato il noleggio sono sempre stata contenta e l'ho consigliato a mezzo ufficio. Però questa volta no: il tapis roulant consegnato martedì non si accende, e il tecnico mi ha detto che 'forse' passa la settimana prossima. Pago 49 € al mese per un oggetto che fa da appendiabiti. Pratica {case}.\n\nCordiali saluti",
        ],
        "en": [
            "Dear Remivo,\n\nI'm writing this in the car outside my daughter's swimming lesson, so apologies for typos. We've rented from you for over a year and I've always been happy, recommended you to half the street. But the cross trainer you delivered on Tuesday has a cracked pedal arm and I don't feel safe letting anyone use it. Nobody has called back. Case {case}.\n\nKind regards",
        ],
        "fr": [
            "Madame, Monsieur,\n\nje vous écris depuis la salle d'attente du dentiste. Cliente depuis un an, toujours satisfaite, mais le vélo livré lundi a le pédalier cassé et personne ne rappelle. Dossier {case}.\n\nCordialement"
        ],
        "de": [
            "Sehr geehrte Damen und Herren,\n\nich schreibe aus dem Wartezimmer beim Tierarzt. Seit einem Jahr Kundin, immer gern, aber das Laufband von Dienstag startet nicht und niemand ruft zurück. Vorgang {case}.\n\nMit freundlichen Grüßen"
        ],
        "pt": [
            "Caros senhores,\n\nescrevo do carro à porta da natação da minha filha. Cliente há um ano, sempre satisfeita, mas a elíptica entregue na terça tem o pedal partido e ninguém liga de volta. Processo {case}.\n\nCumprimentos"
        ],
        "es": [
            "Estimados señores:\n\nles escribo desde la sala de espera del dentista. Llevo un año con ustedes, siempre contenta, pero la cinta que trajeron el martes no arranca y nadie me llama. Caso {case}.\n\nUn saludo"
        ],
    },
    "spike": {
        "it": [
            "Non riesco a collegare la cyclette all'app, esce errore {code}. Stamattina funzionava",
            "l'app {brand} non trova più il vogatore, dice {code}. qualcun altro?",
            "ma cosa succede all'app? la bici non si abbina più, continua a cercare e poi fallisce",
        ],
        "en": [
            "App won't pair with my bike this morning, keeps saying {code}. Anyone else?",
            "can't connect the rower to the {brand} app at all, it just spins and fails",
            "Error {code} every time I try to pair the treadmill. Workout ruined",
        ],
        "fr": ["L'appli ne se connecte plus au vélo, erreur {code}"],
        "de": ["App verbindet sich nicht mehr mit dem Rad, Fehler {code}"],
        "pt": ["a app não emparelha com a bicicleta, dá erro {code}"],
        "es": ["la app no conecta con la bici, sale el error {code}"],
    },
    "spike_call": {
        "it": [
            "si buongiorno la cyclette non si collega all'app da stamattina esce un errore cosa devo fare"
        ],
        "en": [
            "hi my bike won't connect to the app since this morning it just says error what do I do"
        ],
        "fr": ["oui bonjour le vélo ne se connecte plus à l'appli depuis ce matin"],
        "de": ["ja hallo das Rad verbindet sich seit heute früh nicht mehr mit der App"],
        "pt": ["sim olá a bicicleta não liga à app desde esta manhã"],
        "es": ["sí hola la bici no conecta con la app desde esta mañana"],
    },
    "spike_again": {
        "it": ["Ancora {code}, sono passati 40 minuti e la bici non si collega"],
        "en": ["Still {code} after half an hour, still can't pair"],
        "fr": ["Toujours {code}, toujours rien"],
        "de": ["Immer noch {code}, immer noch keine Verbindung"],
        "pt": ["Continua o {code}, continua sem ligar"],
        "es": ["Sigue el {code}, sigue sin conectar"],
    },
    "lone_q": {
        "it": ["domanda: l'app mostra il codice {code} ma poi si collega lo stesso, è normale?"],
        "en": [
            "quick one: app flashed {code} for a second then paired fine, anything to worry about?"
        ],
    },
    "b2b_routine": {
        "it": [
            "Buongiorno, possiamo aggiungere due cyclette alla palestra aziendale del secondo piano?"
        ],
        "en": ["Hi, could we add two more rowers to the staff gym order from next month?"],
        "fr": ["Bonjour, pouvons-nous ajouter deux vélos à la salle du personnel ?"],
        "de": ["Hallo, können wir zwei Räder für den Mitarbeiterraum dazubuchen?"],
        "pt": ["Olá, podemos juntar duas bicicletas ao ginásio da empresa?"],
        "es": ["Hola, ¿podemos añadir dos bicis al gimnasio de la oficina?"],
    },
    "b2b_praise": {
        "it": [
            "Il personale è entusiasta della nuova sala fitness, grazie a tutto il team {brand} Pro"
        ],
        "en": ["Staff love the new fitness room, thanks to the {brand} Pro team"],
        "fr": ["Le personnel adore la nouvelle salle, merci {brand} Pro"],
        "de": ["Die Belegschaft liebt den neuen Fitnessraum, danke {brand} Pro"],
        "pt": ["A equipa adora a nova sala, obrigado {brand} Pro"],
        "es": ["Al personal le encanta la sala nueva, gracias {brand} Pro"],
    },
    "b2b_complaint": {
        "it": [
            "Reclamo: la fattura del mese riporta 12 macchine invece di 8 e nessun numero d'ordine. Ci serve correggerla. Account {acct}"
        ],
        "en": [
            "Complaint: this month's invoice bills 12 machines instead of 8 and has no PO number. Please correct. Account {acct}"
        ],
        "fr": [
            "Réclamation : la facture compte 12 machines au lieu de 8, sans bon de commande. Compte {acct}"
        ],
        "de": ["Beschwerde: Rechnung mit 12 statt 8 Geräten, ohne Bestellnummer. Konto {acct}"],
        "pt": [
            "Reclamação: a fatura tem 12 máquinas em vez de 8 e nenhum número de encomenda. Conta {acct}"
        ],
        "es": [
            "Reclamación: la factura cobra 12 máquinas en vez de 8 y sin número de pedido. Cuenta {acct}"
        ],
    },
    "b2b_again": {
        "it": [
            "Vi riscrivo per la fattura dell'account {acct}: ancora sbagliata, nulla è cambiato"
        ],
        "en": [
            "Writing again about the invoice on account {acct}: still wrong, nothing has changed"
        ],
        "fr": ["Je relance pour le compte {acct} : toujours pas corrigé"],
        "de": ["Erneut zu Konto {acct}: immer noch falsch"],
        "pt": ["Volto a escrever sobre a conta {acct}: continua errada"],
        "es": ["Vuelvo a escribir por la cuenta {acct}: sigue mal"],
    },
    "b2b_mild": {
        "it": ["Tutto bene, solo il portale è un po' lento a caricare le fatture"],
        "en": ["All good, the portal is just a bit slow to load invoices"],
        "fr": ["Tout va bien, le portail est juste un peu lent"],
        "de": ["Alles gut, nur das Portal ist etwas langsam"],
        "pt": ["Tudo bem, só o portal é um pouco lento"],
        "es": ["Todo bien, solo el portal va algo lento"],
    },
}
