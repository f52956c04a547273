# ruff: noqa: E501
"""Consumers' and agents' words for heldout150 (Pneuvo: tyre hotel, swaps and fitting).

Placeholders: {prod} product, {town} the customer's town, {case} case reference,
{comp} a competitor, {agent} the agent's first name, {hhmm} a local time, {day} a weekday.
"""

from __future__ import annotations

LANGS = ("it", "en", "fr", "de", "pt", "es")

PRODUCTS: list[tuple[str, str]] = [
    ("Seasonal swap, 4 wheels / Cambio stagionale, 4 ruote", "49.00"),
    ("Tyre hotel, one season / Deposito gomme, una stagione", "39.00"),
    ("Mobile fitting at home / Montaggio a domicilio", "69.00"),
    ("Wheel alignment / Convergenza", "59.00"),
    ("4 winter tyres 205/55 R16 fitted / 4 gomme invernali 205/55 R16 montate", "436.00"),
    ("Pneuvo Club, one year / Pneuvo Club, un anno", "29.00"),
    ("Puncture repair / Riparazione foratura", "25.00"),
]

PAGES = [
    "/tyre-hotel",
    "/book-swap",
    "/mobile-fitting",
    "/club",
    "/my-tyres",
    "/centres",
    "/winter-tyres",
]

PRAISE: dict[str, list[str]] = {
    "it": [
        "Cambio gomme fatto in 25 minuti al centro Pneuvo di {town}, caffè offerto e ruote lavate. Top",
        "ragazzi del Pneuvo di {town} sempre gentilissimi, mi hanno pure controllato la pressione della ruota di scorta",
        "Montaggio a domicilio stamattina sotto casa, puntuali e puliti. Non torno indietro",
    ],
    "en": [
        "Pneuvo mobile fitter came to my office car park in {town} and swapped all four while I was in a meeting. Brilliant",
        "Tyre hotel is the best thing I've signed up for, no more wheels in the hallway! Thanks @Pneuvo",
        "quick swap at the {town} centre, in and out in half an hour and they torqued everything in front of me",
    ],
    "fr": [
        "Changement de pneus chez Pneuvo à {town} nickel, rapide et le personnel super sympa",
        "Le gardiennage des pneus c'est le top, plus rien qui traine dans la cave",
    ],
    "de": [
        "Reifenwechsel bei Pneuvo in {town} in 20 Minuten erledigt, freundlich und sauber. Gerne wieder",
        "Die Reifeneinlagerung ist Gold wert, endlich keine Räder mehr im Keller",
    ],
    "pt": [
        "Troca de pneus na Pneuvo de {town} super rapida, pessoal muito simpatico",
        "Adoro o montagem ao domicilio, vieram a porta de casa e em meia hora estava feito",
    ],
    "es": [
        "Cambio de ruedas en Pneuvo {town} en media hora y me dejaron el coche hasta limpio",
        "El guardamuebles de neumaticos de Pneuvo es un invento, ya no tengo ruedas en el trastero",
    ],
}

AGAIN: dict[str, list[str]] = {
    "it": [
        "terza volta che uso il montaggio a domicilio e di nuovo perfetto, stesso tecnico gentile",
        "Ancora una volta Pneuvo {town} impeccabile. Ormai vado solo da voi",
    ],
    "en": [
        "Third time using the Pneuvo tyre hotel and again zero hassle, wheels ready when I got there",
        "still the easiest garage job of my year. Booked, swapped, done. again!",
    ],
    "fr": ["Troisième saison au gardiennage Pneuvo, toujours aussi simple"],
    "de": ["Schon das dritte Mal beim Wechsel in {town}, wieder alles top"],
    "pt": ["Terceira vez que uso e outra vez tudo perfeito"],
    "es": ["Tercera vez que cambio las ruedas con Pneuvo y otra vez de diez"],
}

GRIPE: dict[str, list[str]] = {
    "it": [
        "Tutto bene col cambio, l'unica cosa la sala d'attesa era gelida. Per il resto bravi",
        "servizio ottimo, solo l'app per prenotare è un po lenta a caricare gli orari. comunque consigliato",
    ],
    "en": [
        "Great swap as always, only gripe is the coffee machine in {town} has been broken for weeks lol",
        "Really happy with the fitting, although the text saying the van was 10 mins away came after he'd arrived. Minor thing",
    ],
    "fr": ["Très contente du service, juste l'attente au téléphone un peu longue. Sinon parfait"],
    "de": ["Alles prima, nur die Parkplätze vor der Filiale sind echt knapp. Sonst gerne wieder"],
    "pt": ["Servico impecavel, so o estacionamento em frente e pequeno"],
    "es": ["Todo perfecto, solo que la sala de espera no tiene wifi. Por lo demas genial"],
}

QUESTION: dict[str, list[str]] = {
    "it": [
        "Ciao, posso lasciare in deposito anche i cerchi in lega oltre alle gomme? grazie",
        "buongiorno, con il Club il cambio a domicilio costa meno o solo in centro?",
        "Salve volevo sapere entro quando devo montare le invernali per la legge, il 15 novembre giusto?",
    ],
    "en": [
        "Hi, can you store the locking wheel nut key with the tyres or should I keep it?",
        "Quick question, does the mobile fitter need a parking space or can he work on the street?",
        "hello do you do alignment at the same time as the swap or separate booking?",
    ],
    "fr": ["Bonjour, est-ce que vous gardez aussi les jantes ou seulement les pneus ?"],
    "de": ["Hallo, kann ich beim Wechsel auch gleich die Achsvermessung mitbuchen?"],
    "pt": ["Ola, o deposito inclui lavagem das jantes?"],
    "es": ["Hola, ¿el montaje a domicilio vale tambien para garajes comunitarios?"],
}

ANSWER: dict[str, list[str]] = {
    "it": [
        "Ciao! Sì, certo: in app alla voce Deposito trovi l'opzione. Buona giornata, {agent}",
        "Buongiorno, sì, con il Club hai il 15% anche a domicilio. {agent} di Pneuvo",
    ],
    "en": [
        "Hi! Yes, we can, just add it in the app under My tyres. Cheers, {agent}",
        "Hello, good question: yes, you can add it in the same booking. {agent} at Pneuvo",
    ],
    "fr": ["Bonjour, oui tout à fait, vous pouvez l'ajouter dans l'appli. {agent}"],
    "de": ["Hallo, ja, das geht in derselben Buchung. Viele Grüße, {agent}"],
    "pt": ["Ola, sim, pode juntar na mesma marcacao. {agent}"],
    "es": ["Hola, si, lo puedes añadir en la misma reserva. Un saludo, {agent}"],
}

THANKS: dict[str, list[str]] = {
    "it": ["perfetto grazie mille", "Grazie, gentilissimi!"],
    "en": ["great, thanks!", "Perfect, cheers"],
    "fr": ["Merci beaucoup !"],
    "de": ["Super, danke!"],
    "pt": ["Obrigado!"],
    "es": ["Genial, gracias"],
}

REVIEW: dict[str, list[str]] = {
    "it": [
        "Servizio veloce e serio, prezzi giusti. 5 stelle",
        "Deposito gomme comodissimo, lo consiglio a tutti",
    ],
    "en": ["Fast, honest and on time. Would recommend", "Tyre hotel plus swap is such a good deal"],
    "fr": ["Rapide et sérieux, je recommande"],
    "de": ["Schnell und zuverlässig, klare Empfehlung"],
    "pt": ["Rapido e honesto, recomendo"],
    "es": ["Rapidos y serios, lo recomiendo"],
}

SURVEY_HAPPY: dict[str, list[str]] = {
    "it": ["Tutto perfetto", "rapidi e cortesi"],
    "en": ["Spot on", "easy as ever"],
    "fr": ["Parfait"],
    "de": ["Top"],
    "pt": ["Muito bom"],
    "es": ["Muy bien"],
}

CALL_HAPPY: dict[str, list[str]] = {
    "it": [
        "si buongiorno volevo spostare il cambio gomme di sabato a martedi mattina se si può grazie"
    ],
    "en": [
        "hi yeah just calling to check if I can bring the car in a bit earlier on thursday around eight"
    ],
    "fr": ["oui bonjour je voulais savoir si je peux avancer mon rendez vous à mardi"],
    "de": ["ja hallo ich wollte fragen ob ich den termin am samstag auf montag verschieben kann"],
    "pt": ["bom dia queria mudar a marcacao de sabado para segunda se der"],
    "es": ["hola buenas queria cambiar la cita del sabado al lunes si puede ser"],
}

NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "non riesco a dormire e sto guardando le gomme invernali sul vostro sito, le 205/55 sono disponibili sabato?",
        "turno di notte finito, domani passo a ritirare le gomme. grazie Pneuvo per gli orari lunghi",
    ],
    "en": [
        "can't sleep so booking my winter swap at 2am like a normal person. app is nice and easy",
        "night shift done, just booked the mobile fitter for Thursday. love that I can do it from my phone",
    ],
    "fr": ["Insomnie donc je réserve mon changement de pneus, l'appli est vraiment simple"],
    "de": ["Kann nicht schlafen, also schnell den Reifenwechsel gebucht. Läuft"],
    "pt": ["Sem sono, aproveitei para marcar a troca de pneus, facilimo"],
    "es": ["Sin sueño, reservando el cambio de ruedas a las tantas. Que facil la app"],
}

# Night owls of quiet_hours: a burst of unrelated posts (a match, a storm, a meteor shower).
NIGHT_OWL: dict[str, list[str]] = {
    "it": [
        "ma qualcuno ha visto le stelle cadenti stanotte? comunque Pneuvo apre alle 8 domani?",
        "partita finita adesso, che notte. domanda seria: il deposito gomme si paga a stagione o annuale?",
        "temporale assurdo qui a {town}, domani porto la macchina per il controllo pressione",
    ],
    "en": [
        "anyone else up watching the meteor shower? also does the {town} centre open at 8 on sunday",
        "that match!! can't sleep now. random q: can I store 2 sets of tyres in the tyre hotel?",
        "storm here in {town} is wild. booked a pressure check for tomorrow just in case",
    ],
    "fr": ["Quelqu'un regarde les étoiles filantes ? Au fait le centre de {town} ouvre dimanche ?"],
    "de": ["Wer schaut noch Sternschnuppen? Hat die Filiale in {town} sonntags offen?"],
    "pt": ["Alguem a ver as estrelas cadentes? A Pneuvo de {town} abre domingo?"],
    "es": ["¿Alguien viendo las perseidas? Por cierto, ¿Pneuvo {town} abre el domingo?"],
}

# One bad day: an angry one-off, its apology the day after.
BAD_DAY: dict[str, list[str]] = {
    "it": [
        "RIDICOLO. Prenotato alle 9, sono le 10:20 e la mia macchina è ancora nel piazzale. Due ore di permesso buttate",
        "il tecnico mi ha lasciato il cofano pieno di ditate nere e nessuno si è scusato. che schifo",
        "ma è possibile che al telefono nessuno risponda MAI?? 40 minuti di musichetta",
    ],
    "en": [
        "Absolutely fuming. Booked 9am, still sat here at 10.30 with my car not even on the lift. Half a day's leave wasted",
        "fitter left black handprints all over my white car and didn't even say sorry. disgusting",
        "40 MINUTES on hold and then cut off. Is anyone actually working at Pneuvo today??",
    ],
    "fr": [
        "Inadmissible, rendez-vous à 9h et à 10h30 ma voiture n'est toujours pas passée. Matinée perdue"
    ],
    "de": [
        "Unmöglich. Termin um 9, um halb 11 steht mein Auto immer noch auf dem Hof. Halber Urlaubstag weg"
    ],
    "pt": ["Uma vergonha, marcado para as 9 e as 10h30 o carro ainda nem entrou na oficina"],
    "es": [
        "Vergonzoso. Cita a las 9 y a las 10:30 el coche sigue en la calle. Media mañana perdida"
    ],
}

APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per ieri, giornata storta. Alla fine il lavoro è stato fatto bene",
        "ok ieri ho esagerato, il ragazzo poi è stato gentilissimo. scusate",
    ],
    "en": [
        "Sorry about yesterday's rant, bad day all round. The job itself was done well",
        "ok I was a bit harsh yesterday, manager rang and sorted it. apologies",
    ],
    "fr": ["Désolé pour hier, mauvaise journée. Le travail a été bien fait"],
    "de": ["Sorry wegen gestern, war ein mieser Tag. Die Arbeit selbst war gut"],
    "pt": ["Desculpem ontem, mau dia. O trabalho ficou bem feito"],
    "es": ["Perdon por lo de ayer, mal dia. El trabajo quedo bien"],
}

SARCASM: dict[str, list[str]] = {
    "it": [
        "Fantastico, 'pronto in 30 minuti' = un'ora e mezza. Almeno il caffè era buono 🙃",
        "wow che velocità il call center, solo 25 minuti di attesa 👏",
    ],
    "en": [
        "Love how '30 minutes' at Pneuvo means 90. At least the coffee's free 🙃",
        "brilliant, only 25 mins on hold today, must be a record 👏",
    ],
    "fr": ["Génial, « 30 minutes » = 1h30. Au moins le café est offert 🙃"],
    "de": [
        "Super, '30 Minuten' heißt bei euch anderthalb Stunden. Wenigstens der Kaffee ist gratis 🙃"
    ],
    "pt": ["Otimo, '30 minutos' quer dizer hora e meia. Ao menos o cafe e gratis 🙃"],
    "es": ["Genial, '30 minutos' en Pneuvo son hora y media. Al menos el cafe es gratis 🙃"],
}

GRUMBLE: dict[str, list[str]] = {
    "it": [
        "solita attesa infinita al telefono",
        "Prezzi aumentati di nuovo, mah",
        "app lenta come sempre",
    ],
    "en": ["usual endless wait on the phone", "prices up again I see", "app slow as always, meh"],
    "fr": ["Toujours autant d'attente au téléphone", "Encore une hausse de prix"],
    "de": ["Wie immer ewig in der Warteschleife", "Schon wieder teurer"],
    "pt": ["Sempre a mesma espera ao telefone", "Mais um aumento de precos"],
    "es": ["La espera al telefono de siempre", "Otra subida de precios"],
}

MILD: dict[str, list[str]] = {
    "it": ["il centro di {town} potrebbe aprire un po prima il sabato, ma ok"],
    "en": ["wish the {town} centre opened a bit earlier on saturdays but fine"],
    "fr": ["Dommage que le centre de {town} n'ouvre pas plus tôt le samedi"],
    "de": ["Schade, dass {town} samstags nicht früher aufmacht"],
    "pt": ["Pena o centro de {town} nao abrir mais cedo ao sabado"],
    "es": ["Ojala el centro de {town} abriera antes los sabados"],
}

# Consumer problems: first contact, later "still open", third naming a competitor, fourth.
PROBLEMS = ("no_show", "wrong_set", "rim_damage", "storage_fee", "wrong_price", "lost_key")

PROBLEM_FIRST: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "Buongiorno, avevo il montaggio a domicilio oggi 8-10, ho preso mezza giornata e il furgone non si è visto. In app risulta 'completato'. Ma cosa è stato completato?",
        "en": "Hi, I had the mobile fitting booked 8-10 this morning, took time off work and nobody turned up. The app now says 'completed'?! Completed what exactly",
        "fr": "Bonjour, montage à domicile prévu ce matin 8h-10h, personne n'est venu et l'appli indique 'terminé'. Je veux une explication",
        "de": "Hallo, mobile Montage heute 8-10 Uhr gebucht, niemand kam, und die App zeigt 'erledigt'. Was ist da los?",
        "pt": "Bom dia, tinha montagem ao domicilio hoje das 8 as 10, ninguem apareceu e a app diz 'concluido'",
        "es": "Hola, tenia montaje a domicilio hoy de 8 a 10, no vino nadie y la app pone 'completado'. ¿Como?",
    },
    "wrong_set": {
        "it": "Sono venuto a fare il cambio e mi hanno montato le gomme di un altro! Le mie erano Michelin quasi nuove, queste sono consumate. Rivoglio le mie",
        "en": "You've fitted someone else's tyres to my car. Mine were nearly new Michelins, these are half worn budget ones. I want my set back",
        "fr": "On m'a monté les pneus de quelqu'un d'autre ! Les miens étaient des Michelin presque neufs",
        "de": "Man hat mir die Reifen von jemand anderem montiert! Meine waren fast neue Michelin, das hier sind abgefahrene",
        "pt": "Montaram-me os pneus de outra pessoa! Os meus eram Michelin quase novos",
        "es": "¡Me han montado las ruedas de otro! Las mias eran unas Michelin casi nuevas",
    },
    "rim_damage": {
        "it": "Ritirata la macchina dopo il cambio e due cerchi sono graffiati tutti attorno. Prima non lo erano, ho le foto di settembre",
        "en": "Picked the car up after the swap and two alloys are scraped all the way round. They weren't before, I have photos from March",
        "fr": "Deux jantes rayées après le changement de pneus, elles ne l'étaient pas avant, j'ai des photos",
        "de": "Nach dem Wechsel sind zwei Alufelgen rundum zerkratzt. Vorher nicht, ich habe Fotos",
        "pt": "Depois da troca duas jantes vieram riscadas a volta toda. Antes nao estavam, tenho fotos",
        "es": "Despues del cambio dos llantas estan rayadas enteras. Antes no, tengo fotos",
    },
    "storage_fee": {
        "it": "Mi avete addebitato il deposito per una stagione in più anche se ho ritirato le gomme a marzo. Voglio il rimborso",
        "en": "You've charged me another season of tyre hotel although I collected my tyres in March and closed the storage. Refund please",
        "fr": "Vous m'avez facturé une saison de gardiennage en plus alors que j'ai récupéré mes pneus en mars",
        "de": "Sie haben mir eine weitere Einlagerungssaison berechnet, obwohl ich die Reifen im März abgeholt habe",
        "pt": "Cobraram-me mais uma epoca de deposito mas levantei os pneus em marco",
        "es": "Me habeis cobrado otra temporada de guardamuebles aunque recogi las ruedas en marzo",
    },
    "wrong_price": {
        "it": "Sono socio Club da due anni e mi avete fatto pagare il cambio a prezzo pieno. Lo sconto dov'è?",
        "en": "I'm a Club member and got charged full price for the swap. Where's my discount?",
        "fr": "Je suis membre du Club et on m'a facturé le plein tarif",
        "de": "Ich bin Club-Mitglied und habe den vollen Preis bezahlt",
        "pt": "Sou socio do Club e paguei preco cheio pela troca",
        "es": "Soy socio del Club y me han cobrado el precio completo",
    },
    "lost_key": {
        "it": "Al deposito avete perso la chiave dei bulloni antifurto che vi avevo lasciato. Ora non posso nemmeno cambiare una ruota",
        "en": "Your depot has lost the locking wheel nut key I left with my tyres. I can't even change a flat now",
        "fr": "Vous avez perdu la clé des écrous antivol que j'avais laissée avec mes pneus",
        "de": "Ihr habt den Felgenschloss-Schlüssel verloren, den ich bei den Reifen gelassen hatte",
        "pt": "Perderam a chave das porcas antirroubo que deixei com os pneus",
        "es": "Habeis perdido la llave de las tuercas antirrobo que deje con las ruedas",
    },
}

STILL_OPEN: dict[str, list[str]] = {
    "it": [
        "Ancora niente sulla pratica {case}. Scrivo di nuovo, il problema è sempre lì",
        "pratica {case} ancora aperta, nessuno mi ha richiamato. sono passati giorni",
    ],
    "en": [
        "Still nothing on case {case}. Writing again, the problem hasn't gone anywhere",
        "case {case} STILL open, nobody called me back like promised",
    ],
    "fr": ["Toujours rien sur le dossier {case}, le problème n'est pas réglé"],
    "de": ["Immer noch nichts zum Fall {case}. Das Problem besteht weiter"],
    "pt": ["Continua tudo igual no processo {case}, ninguem me respondeu"],
    "es": ["Sigo sin noticias del caso {case}, el problema sigue igual"],
}

THIRD: dict[str, list[str]] = {
    "it": [
        "Terza volta che scrivo per la pratica {case}. Un collega va da {comp} e mi dice che lì queste cose non succedono. Ho già guardato i loro prezzi"
    ],
    "en": [
        "Third time I'm chasing case {case}. A mate uses {comp} and says this never happens there. Had a look at their prices already"
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. Un collègue est chez {comp}, j'ai regardé leurs prix"
    ],
    "de": [
        "Zum dritten Mal wegen Fall {case}. Ein Kollege ist bei {comp}, deren Preise habe ich mir schon angeschaut"
    ],
    "pt": ["Terceira vez pelo processo {case}. Um colega usa a {comp} e ja vi os precos deles"],
    "es": ["Tercera vez por el caso {case}. Un compañero va a {comp} y ya he mirado sus precios"],
}

FOURTH: dict[str, list[str]] = {
    "it": ["QUARTA volta. Pratica {case}. Nessuna risposta. Complimenti"],
    "en": ["FOURTH time now. Case {case}. Not one real answer"],
    "fr": ["QUATRIÈME fois. Dossier {case}. Rien"],
    "de": ["Zum VIERTEN Mal. Fall {case}. Keine Antwort"],
    "pt": ["QUARTA vez. Processo {case}. Nada"],
    "es": ["CUARTA vez. Caso {case}. Nada de nada"],
}

CASE_OPENED: dict[str, str] = {
    "it": "Buongiorno, ci dispiace molto. Abbiamo aperto la pratica {case} e la segue il responsabile del centro. {agent}, assistenza Pneuvo",
    "en": "Hello, we're really sorry about this. We've opened case {case} and the centre manager is looking into it. {agent}, Pneuvo support",
    "fr": "Bonjour, nous sommes désolés. Nous avons ouvert le dossier {case}. {agent}, service client Pneuvo",
    "de": "Hallo, das tut uns leid. Wir haben den Fall {case} eröffnet. {agent}, Pneuvo Kundenservice",
    "pt": "Ola, lamentamos muito. Abrimos o processo {case}. {agent}, apoio Pneuvo",
    "es": "Hola, lo sentimos mucho. Hemos abierto el caso {case}. {agent}, atencion al cliente Pneuvo",
}

ESCALATED: dict[str, str] = {
    "it": "Ci scusi per l'attesa. La pratica {case} è stata passata alla responsabile qualità, la ricontatterà lei. {agent}",
    "en": "Apologies for the wait. Case {case} has been passed to our quality lead, who will contact you directly. {agent}",
    "fr": "Toutes nos excuses. Le dossier {case} est transmis à notre responsable qualité. {agent}",
    "de": "Entschuldigen Sie die Wartezeit. Fall {case} liegt jetzt bei unserer Qualitätsleitung. {agent}",
    "pt": "Pedimos desculpa. O processo {case} passou para a responsavel de qualidade. {agent}",
    "es": "Disculpe la espera. El caso {case} lo lleva ahora nuestra responsable de calidad. {agent}",
}

FIXED_ASK: dict[str, str] = {
    "it": "Buone notizie sulla pratica {case}: abbiamo sistemato tutto. Può confermarci che per lei è risolto? {agent}",
    "en": "Good news on case {case}: it's been sorted on our side. Could you confirm it's all fine for you? {agent}",
    "fr": "Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ? {agent}",
    "de": "Gute Nachrichten zu Fall {case}: erledigt. Können Sie das bestätigen? {agent}",
    "pt": "Boas noticias sobre o processo {case}: esta resolvido. Pode confirmar? {agent}",
    "es": "Buenas noticias del caso {case}: esta resuelto. ¿Nos lo confirma? {agent}",
}

CONFIRM: dict[str, list[str]] = {
    "it": [
        "confermo, pratica {case} risolta. grazie per la pazienza",
        "Sì tutto a posto per la pratica {case}, grazie",
    ],
    "en": [
        "Yes, confirmed, case {case} is sorted. Thanks for fixing it",
        "all good on {case} now, cheers",
    ],
    "fr": ["Je confirme, dossier {case} réglé, merci"],
    "de": ["Bestätigt, Fall {case} ist erledigt, danke"],
    "pt": ["Confirmo, processo {case} resolvido, obrigada"],
    "es": ["Confirmado, caso {case} resuelto, gracias"],
}

SECOND_PROBLEM_NOTE: dict[str, str] = {
    "it": "Altra cosa, diversa dalla pratica {case} che è chiusa: ",
    "en": "Separate thing, nothing to do with case {case} which is closed: ",
    "fr": "Autre chose, sans rapport avec le dossier {case} qui est clos : ",
    "de": "Etwas anderes, nichts mit Fall {case} zu tun, der ist erledigt: ",
    "pt": "Outra coisa, nada a ver com o processo {case} que esta fechado: ",
    "es": "Otra cosa, nada que ver con el caso {case}, que esta cerrado: ",
}

LONG_EMAIL: dict[str, str] = {
    "it": "Gentile servizio clienti Pneuvo,\n\nvi scrivo con un certo dispiacere, perché sono cliente vostro da quattro inverni e finora non avevo mai avuto motivo di lamentarmi. Mio marito ed io abbiamo sempre consigliato il vostro deposito gomme agli amici.\n\n{problem}\n\nCapirete che con l'obbligo delle invernali alle porte non posso restare così. Vi chiedo di ricontattarmi al più presto.\n\nCordiali saluti",
    "en": "Dear Pneuvo,\n\nI've been a customer for four winters now and I've recommended you to half my street, so I'm not writing this lightly.\n\n{problem}\n\nWith the cold weather coming I really can't leave this hanging. Please could someone get back to me properly this time.\n\nKind regards",
    "fr": "Madame, Monsieur,\n\nCliente depuis quatre hivers, je n'avais jamais eu à me plaindre.\n\n{problem}\n\nMerci de me recontacter rapidement.\n\nCordialement",
    "de": "Sehr geehrte Damen und Herren,\n\nich bin seit vier Wintern Kunde und war immer sehr froh mit Ihnen.\n\n{problem}\n\nBitte melden Sie sich zeitnah bei mir.\n\nMit freundlichen Grüßen",
    "pt": "Exmos. Senhores,\n\nSou cliente ha quatro invernos e nunca tive razao de queixa.\n\n{problem}\n\nAgradeco contacto rapido.\n\nCumprimentos",
    "es": "Estimados señores:\n\nSoy cliente desde hace cuatro inviernos y nunca me habia quejado.\n\n{problem}\n\nRuego me contacten cuanto antes.\n\nUn saludo",
}

# The slide: six steps, the last naming a competitor.
SLIDE: dict[str, list[str]] = {
    "it": [
        "Cambio ok, però ho aspettato un po più del solito",
        "Hmm il prezzo del deposito è salito parecchio quest'anno",
        "app che non mi fa scegliere il centro di {town}, ho dovuto chiamare",
        "Di nuovo attesa lunga al centro. Comincio a stancarmi",
        "Sinceramente il servizio non è più quello di una volta. Deluso",
        "Mio cognato fa il cambio da {comp} e spende meno aspettando la metà. Ci sto pensando seriamente",
    ],
    "en": [
        "Swap was fine, bit more of a wait than usual though",
        "hmm tyre hotel price has gone up quite a bit this year",
        "app wouldn't let me pick the {town} centre, had to ring up in the end",
        "Another long wait at the centre. Getting a bit tired of this",
        "Honestly the service isn't what it used to be. Disappointed",
        "My brother-in-law uses {comp}, pays less and waits half the time. Seriously thinking about it",
    ],
    "fr": [
        "Changement ok, un peu plus d'attente que d'habitude",
        "Le prix du gardiennage a bien augmenté cette année",
        "L'appli ne proposait pas le centre de {town}, j'ai dû appeler",
        "Encore une longue attente. Ça commence à me fatiguer",
        "Franchement le service n'est plus ce qu'il était. Déçu",
        "Mon beau-frère va chez {comp}, moins cher et deux fois moins d'attente. J'y pense sérieusement",
    ],
    "de": [
        "Wechsel ok, aber etwas länger gewartet als sonst",
        "Die Einlagerung ist dieses Jahr ganz schön teurer geworden",
        "App ließ mich die Filiale {town} nicht auswählen, musste anrufen",
        "Wieder lange gewartet. Langsam nervt es",
        "Ehrlich gesagt ist der Service nicht mehr wie früher. Enttäuscht",
        "Mein Schwager geht zu {comp}, zahlt weniger und wartet halb so lang. Ich überlege ernsthaft",
    ],
    "pt": [
        "Troca ok, mas esperei mais do que o costume",
        "O deposito ficou bem mais caro este ano",
        "A app nao deixava escolher o centro de {town}, tive de ligar",
        "Outra vez muita espera. Ja estou a ficar farto",
        "O servico ja nao e o que era. Desiludido",
        "O meu cunhado vai a {comp}, paga menos e espera metade. Estou a pensar nisso a serio",
    ],
    "es": [
        "Cambio bien, aunque espere algo mas de lo normal",
        "El guardamuebles ha subido bastante este año",
        "La app no me dejaba elegir el centro de {town}, tuve que llamar",
        "Otra vez mucha espera. Me estoy cansando",
        "Sinceramente el servicio ya no es lo que era. Decepcionado",
        "Mi cuñado va a {comp}, paga menos y espera la mitad. Me lo estoy pensando en serio",
    ],
}

SURVEY_LOW: dict[str, list[str]] = {
    "it": ["non più come prima"],
    "en": ["gone downhill"],
    "fr": ["en baisse"],
    "de": ["nachgelassen"],
    "pt": ["pior"],
    "es": ["ha empeorado"],
}

CANCEL: dict[str, list[str]] = {
    "it": [
        "Vorrei disdire il Pneuvo Club e chiudere il mio account. Ritiro anche le gomme dal deposito. Grazie",
        "buongiorno, per favore cancellate il mio abbonamento Club e l'account, ho venduto la macchina e non mi serve più",
    ],
    "en": [
        "Please cancel my Pneuvo Club membership and close my account. I'll collect my tyres from storage this week",
        "hi, I'd like to cancel the Club and delete my account please, moving abroad in december",
    ],
    "fr": ["Merci de résilier mon abonnement Club et de fermer mon compte"],
    "de": ["Bitte kündigen Sie meine Club-Mitgliedschaft und schließen Sie mein Konto"],
    "pt": ["Por favor cancelem a minha adesao ao Club e fechem a conta"],
    "es": ["Por favor, cancelad mi Club y cerrad mi cuenta"],
}

GOODBYE: dict[str, str] = {
    "it": "Abbiamo disdetto il Club e chiuso l'account. Ci dispiace vederla andare, speriamo di rivederla. {agent}",
    "en": "Your Club membership is cancelled and your account closed. Sorry to see you go. {agent}",
    "fr": "Votre abonnement est résilié et votre compte fermé. Nous regrettons votre départ. {agent}",
    "de": "Ihre Mitgliedschaft ist gekündigt und das Konto geschlossen. Schade, dass Sie gehen. {agent}",
    "pt": "A adesao foi cancelada e a conta fechada. Lamentamos a sua saida. {agent}",
    "es": "Hemos cancelado el Club y cerrado la cuenta. Sentimos que se vaya. {agent}",
}

# The spike (topic_spike only).
SPIKE_CODE = "YRD-6Q/40"

SPIKE_FIRST: dict[str, list[str]] = {
    "it": [
        "Cambio fatto ma la sbarra di uscita del piazzale non si apre! L'app dice 'lavoro ancora aperto' errore YRD-6Q/40. Sono chiuso dentro con la macchina",
        "@Pneuvo siamo in 6 macchine bloccate nel piazzale di {town}, la sbarra non si alza, app errore YRD-6Q/40. e adesso??",
        "pronto si sono al centro pneuvo di {town} le gomme sono montate ma non posso uscire la sbarra non si apre e l'app dice errore yrd 6q 40 lavoro aperto",
    ],
    "en": [
        "Tyres done but I can't get out of the yard, the exit barrier won't lift. App says job still open, error YRD-6Q/40. Stuck!",
        "@Pneuvo about 8 cars trapped in the {town} yard, barrier stays down, app shows YRD-6Q/40 on all of us. Any help??",
        "hi yes I'm at the pneuvo centre in {town} my car's finished but the barrier won't open the app says job still open error yrd 6q 40 I've got to get to work",
    ],
    "fr": [
        "Pneus changés mais la barrière de sortie reste fermée, l'appli dit travail en cours, erreur YRD-6Q/40. Je suis bloqué"
    ],
    "de": [
        "Reifen gewechselt, aber die Ausfahrtsschranke geht nicht auf. App: Auftrag noch offen, Fehler YRD-6Q/40. Ich komme nicht raus"
    ],
    "pt": [
        "Pneus trocados mas a cancela de saida nao abre, a app diz trabalho em aberto, erro YRD-6Q/40. Estou preso no parque"
    ],
    "es": [
        "Ruedas cambiadas pero la barrera de salida no se abre, la app dice trabajo abierto, error YRD-6Q/40. Estoy atrapado"
    ],
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "it": [
        "ancora chiuso dentro, sempre YRD-6Q/40, qualcuno mi risponde?",
        "Mezz'ora dopo: sbarra ancora giù, YRD-6Q/40. Devo andare a prendere i bambini",
    ],
    "en": [
        "still stuck in the yard, still YRD-6Q/40. Anyone?",
        "Half an hour on and the barrier's still down, YRD-6Q/40 again. I need to pick up my kids",
    ],
    "fr": ["Toujours bloqué, toujours YRD-6Q/40"],
    "de": ["Immer noch eingesperrt, immer noch YRD-6Q/40"],
    "pt": ["Continuo preso, sempre YRD-6Q/40"],
    "es": ["Sigo atrapado, sigue saliendo YRD-6Q/40"],
}

SPIKE_FIXED: dict[str, str] = {
    "it": "Ci scusiamo: dalle {hhmm} le sbarre si aprono di nuovo. Le abbiamo accreditato il costo del cambio. {agent}",
    "en": "We're sorry: the exit barriers work again since {hhmm}. We've credited the cost of your swap. {agent}",
    "fr": "Toutes nos excuses : les barrières fonctionnent de nouveau depuis {hhmm}. Votre changement est remboursé. {agent}",
    "de": "Entschuldigung: die Schranken funktionieren seit {hhmm} wieder. Der Wechsel wird gutgeschrieben. {agent}",
    "pt": "Pedimos desculpa: as cancelas funcionam desde as {hhmm}. Creditamos a troca. {agent}",
    "es": "Disculpe: las barreras funcionan de nuevo desde las {hhmm}. Le abonamos el cambio. {agent}",
}

LONE_QUESTION: dict[str, list[str]] = {
    "it": [
        "domanda: all'uscita del piazzale la sbarra si è aperta solo dopo che ho chiuso il lavoro in app. è normale così?"
    ],
    "en": [
        "quick one, the exit barrier only opened once I'd tapped 'job done' in the app. is that how it's meant to work now?"
    ],
    "fr": [
        "Question : la barrière ne s'est ouverte qu'après validation dans l'appli, c'est normal ?"
    ],
    "de": [
        "Frage: die Schranke ging erst auf, nachdem ich in der App bestätigt habe. Ist das jetzt so gewollt?"
    ],
    "pt": ["Pergunta: a cancela so abriu depois de confirmar na app, e normal?"],
    "es": ["Pregunta: la barrera solo se abrio al confirmar en la app, ¿es normal?"],
}
