"""Wording of heldout185 (Sedilo: home-office furniture rental). Written from the stories."""

# ruff: noqa: E501

BRAND = "Sedilo"
PLUS = "Sedilo Comfort"
PRO = "Sedilo Office"
COMPETITORS = ("Postura", "Scrivanix")
LANGS = ("it", "en", "fr", "de", "pt", "es")

# The consumer problems, in each language's own words.
PROBLEM: dict[str, dict[str, str]] = {
    "it": {
        "no_show": "la scrivania regolabile risulta consegnata ma non e mai arrivata",
        "broken": "la sedia ergonomica e arrivata con il pistone rotto e si abbassa da sola",
        "double": "mi avete addebitato il canone DUE volte questo mese",
        "refund": "la cauzione della lampada non mi e ancora stata restituita dopo tre settimane",
    },
    "en": {
        "no_show": "the standing desk shows as delivered but it never came",
        "broken": "the ergonomic chair arrived with a broken gas lift and sinks on its own",
        "double": "you charged my rental TWICE this month",
        "refund": "the deposit on the monitor arm still hasn't come back after three weeks",
    },
    "fr": {
        "no_show": "le bureau assis-debout est marqué livré mais n'est jamais arrivé",
        "broken": "la chaise ergonomique est arrivée avec le vérin cassé, elle descend toute seule",
        "double": "vous avez prélevé la location DEUX fois ce mois-ci",
        "refund": "la caution du bras d'écran n'est toujours pas remboursée après trois semaines",
    },
    "de": {
        "no_show": "der Steh-Schreibtisch steht als geliefert drin, ist aber nie gekommen",
        "broken": "der Bürostuhl kam mit kaputter Gasfeder und sinkt von selbst ab",
        "double": "ihr habt die Miete diesen Monat ZWEIMAL abgebucht",
        "refund": "die Kaution für den Monitorarm ist nach drei Wochen immer noch nicht zurück",
    },
    "pt": {
        "no_show": "a secretária elevatória aparece como entregue mas nunca chegou",
        "broken": "a cadeira ergonómica chegou com o pistão partido e desce sozinha",
        "double": "cobraram o aluguer DUAS vezes este mês",
        "refund": "a caução do braço do monitor ainda não foi devolvida ao fim de três semanas",
    },
    "es": {
        "no_show": "el escritorio elevable sale como entregado pero nunca llegó",
        "broken": "la silla ergonómica llegó con el pistón roto y se baja sola",
        "double": "me habéis cobrado el alquiler DOS veces este mes",
        "refund": "la fianza del brazo de monitor sigue sin devolverse después de tres semanas",
    },
}

PRAISE: dict[str, list[str]] = {
    "it": [
        "La sedia di {brand} mi ha salvato la schiena, lavoro 8 ore e niente dolori",
        "montaggio fatto in dieci minuti dal tecnico, gentilissimo. Consigliato!",
        "Scrivania arrivata puntuale, stabile, bellissima. Grazie {brand}",
    ],
    "en": [
        "Honestly the {brand} chair fixed my back, 8 hours at the desk and no aches",
        "desk delivered and built in ten minutes, the lad was lovely. recommend",
        "Cancelled my physio appointments since the {brand} desk arrived. Cheers",
    ],
    "fr": ["Le fauteuil {brand} a sauvé mon dos, je bosse 8 h sans douleur. Top !"],
    "de": ["Der Stuhl von {brand} hat meinen Rücken gerettet, 8 Stunden ohne Schmerzen. Klasse!"],
    "pt": ["A cadeira da {brand} salvou-me as costas, 8 horas sem dores. Recomendo!"],
    "es": ["La silla de {brand} me ha salvado la espalda, 8 horas sin dolor. ¡Recomendado!"],
}

AGAIN: dict[str, list[str]] = {
    "it": [
        "Terza volta che noleggio da {brand} e ancora tutto perfetto",
        "ancora una volta consegna in anticipo, siete una certezza",
    ],
    "en": [
        "Third rental with {brand} and still spot on every time",
        "again early delivery, again a friendly driver. you lot never miss",
    ],
    "fr": ["Troisième location chez {brand}, et toujours impeccable"],
    "de": ["Schon die dritte Miete bei {brand} und immer noch alles top"],
    "pt": ["Terceira vez com a {brand} e continua tudo perfeito"],
    "es": ["Tercera vez que alquilo en {brand} y sigue todo perfecto"],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "it": [
        "Sedia ottima, solo le istruzioni per regolare i braccioli sono solo in PDF. Per il resto top",
        "contentissima della scrivania, peccato il cavo di alimentazione un po corto",
    ],
    "en": [
        "Great chair, only gripe is the armrest guide is a PDF only. Otherwise brilliant",
        "really happy with the desk, the power cable is a bit short mind",
    ],
    "fr": ["Très bon bureau, juste le câble un peu court. Sinon parfait"],
    "de": ["Sehr guter Tisch, nur das Netzkabel ist etwas kurz. Sonst prima"],
    "pt": ["Secretária ótima, só o cabo é um pouco curto. De resto impecável"],
    "es": ["Escritorio genial, solo el cable es algo corto. Por lo demás perfecto"],
}

QUESTION: dict[str, list[str]] = {
    "it": [
        "Ciao, posso cambiare la sedia con un modello piu alto senza penali?",
        "buongiorno, la cauzione quando viene sbloccata dopo il reso?",
    ],
    "en": [
        "Hi, can I swap the chair for the taller model without a fee?",
        "hiya, when does the deposit get released after a return?",
    ],
    "fr": ["Bonjour, je peux échanger la chaise contre le modèle plus haut ?"],
    "de": ["Hallo, kann ich den Stuhl gegen das höhere Modell tauschen?"],
    "pt": ["Olá, posso trocar a cadeira pelo modelo mais alto sem custos?"],
    "es": ["Hola, ¿puedo cambiar la silla por el modelo más alto sin coste?"],
}

ANSWER: dict[str, list[str]] = {
    "it": [
        "Certo! Il cambio e gratuito una volta per noleggio, lo prenoti dall'app in Noleggi > Cambia."
    ],
    "en": ["Of course! One swap per rental is free, book it in the app under Rentals > Swap."],
    "fr": [
        "Bien sûr ! Un échange par location est gratuit, dans l'appli sous Locations > Échanger."
    ],
    "de": ["Klar! Ein Tausch pro Miete ist kostenlos, in der App unter Mieten > Tauschen."],
    "pt": ["Claro! Uma troca por aluguer é grátis, na app em Alugueres > Trocar."],
    "es": ["¡Claro! Un cambio por alquiler es gratis, en la app en Alquileres > Cambiar."],
}

THANKS: dict[str, list[str]] = {
    "it": ["grazie mille!! top", "grz, gentilissimi"],
    "en": ["cheers mate, legend", "ta very much!"],
    "fr": ["merci, au top"],
    "de": ["danke, super"],
    "pt": ["obg, impecável"],
    "es": ["gracias, sois unos cracks"],
}

CALL_Q: dict[str, list[str]] = {
    "it": [
        "si buongiorno volevo sapere se la scrivania si puo alzare fino a 125 centimetri perche sono alto grazie"
    ],
    "en": [
        "yeah hi just wanted to check if the desk goes up to 125 centimetres because I'm quite tall thanks"
    ],
    "fr": [
        "oui bonjour je voulais savoir si le bureau monte jusqu'à 125 centimètres parce que je suis grand merci"
    ],
    "de": [
        "ja hallo ich wollte fragen ob der Tisch bis 125 Zentimeter hochgeht ich bin ziemlich groß danke"
    ],
    "pt": [
        "sim bom dia queria saber se a secretária sobe até 125 centímetros porque sou alto obrigado"
    ],
    "es": [
        "sí hola quería saber si el escritorio sube hasta 125 centímetros porque soy alto gracias"
    ],
}

CALL_FOLLOWUP: dict[str, list[str]] = {
    "it": ["Come detto al telefono: il modello Pro arriva a 128 cm. Buon lavoro!"],
    "en": ["As promised on the phone: the Pro model goes up to 128 cm. Enjoy!"],
    "fr": ["Comme promis au téléphone : le modèle Pro monte à 128 cm. Bon travail !"],
    "de": ["Wie am Telefon besprochen: das Pro-Modell geht bis 128 cm. Viel Freude!"],
    "pt": ["Como combinado ao telefone: o modelo Pro sobe até 128 cm. Bom trabalho!"],
    "es": ["Como hablamos por teléfono: el modelo Pro sube hasta 128 cm. ¡Buen trabajo!"],
}

REVIEW: dict[str, list[str]] = {
    "it": [
        "Cinque stelle: consegna puntuale, sedia comodissima",
        "prodotti curati e assistenza veloce",
    ],
    "en": [
        "Five stars: on-time delivery, super comfy chair",
        "kit in great nick and support answers fast",
    ],
    "fr": ["Cinq étoiles : livraison à l'heure, chaise très confortable"],
    "de": ["Fünf Sterne: pünktlich geliefert, sehr bequemer Stuhl"],
    "pt": ["Cinco estrelas: entrega a horas, cadeira muito confortável"],
    "es": ["Cinco estrellas: entrega puntual, silla comodísima"],
}

SURVEY_WORD: dict[str, list[str]] = {
    "it": ["ottimo", "👍", ""],
    "en": ["spot on", "👌", ""],
    "fr": ["parfait", ""],
    "de": ["super", ""],
    "pt": ["ótimo", ""],
    "es": ["genial", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "sono le 2 e sto ancora finendo la tesi, ma almeno la sedia {brand} non mi fa male alla schiena",
        "turno di notte in ospedale finito, domani arriva la scrivania nuova, non vedo l'ora",
    ],
    "en": [
        "2am deadline crunch and the {brand} chair is the only thing keeping me upright lol",
        "night shift done, new desk arriving tomorrow, can't wait",
    ],
    "fr": ["2h du mat, je finis mon rapport, merci au fauteuil {brand} de tenir le coup"],
    "de": ["2 Uhr nachts, Abgabe morgen, aber der {brand}-Stuhl hält mich aufrecht"],
    "pt": ["2 da manhã a acabar a tese, valha-me a cadeira da {brand}"],
    "es": ["las 2 de la mañana terminando el TFM, menos mal que la silla de {brand} aguanta"],
}

NIGHT_CHAT: dict[str, list[str]] = {
    "it": ["scusate l'ora, il ritiro del reso si puo fare anche sabato mattina?"],
    "en": ["sorry it's late, can the return pickup be on a saturday morning?"],
    "fr": ["désolé pour l'heure, le retour peut se faire un samedi matin ?"],
    "de": ["sorry für die Uhrzeit, geht die Rückholung auch Samstagvormittag?"],
    "pt": ["desculpem a hora, a recolha pode ser sábado de manhã?"],
    "es": ["perdón por la hora, ¿la recogida puede ser un sábado por la mañana?"],
}

NIGHT_ANSWER: dict[str, list[str]] = {
    "it": ["Nessun problema! Si, il sabato ritiriamo dalle 8 alle 13, scegli la fascia nell'app."],
    "en": ["No worries! Yes, Saturday pickups run 8 to 1, pick a slot in the app."],
    "fr": ["Pas de souci ! Oui, le samedi de 8 h à 13 h, choisissez le créneau dans l'appli."],
    "de": ["Kein Problem! Ja, samstags holen wir von 8 bis 13 Uhr ab, Zeitfenster in der App."],
    "pt": ["Sem problema! Sim, ao sábado das 8 às 13, escolha o horário na app."],
    "es": ["¡Sin problema! Sí, los sábados de 8 a 13, elige la franja en la app."],
}

ANGRY_SHORT: dict[str, list[str]] = {
    "it": [
        "Vergognoso: {p}. Lavoro da casa e oggi ho perso la giornata. VOGLIO una risposta",
        "ma e possibile?? {p}. sono FURIOSA",
    ],
    "en": [
        "Unacceptable: {p}. I work from home and lost the whole day. SORT IT",
        "are you joking?? {p}. FUMING",
    ],
    "fr": ["Inadmissible : {p}. Je télétravaille et j'ai perdu ma journée. RÉPONDEZ"],
    "de": ["Unfassbar: {p}. Ich arbeite von zu Hause und der Tag ist hin. JETZT REICHT'S"],
    "pt": ["Inaceitável: {p}. Trabalho de casa e perdi o dia. QUERO uma resposta"],
    "es": ["Inaceptable: {p}. Teletrabajo y he perdido el día. YA ESTÁ BIEN"],
}

LONG_EMAIL: dict[str, list[str]] = {
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, con il piccolo in braccio, perche non ho altro momento. Da due mesi lavoro da casa e avevo scelto {brand} proprio per non pensarci. Ma {p}, e nessuno mi ha avvisata. Ho dovuto lavorare al tavolo della cucina con un cuscino sotto.\n\nVi chiedo di sistemare entro domani e di dirmi cosa intendete fare.\n\nCordiali saluti",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car outside my daughter's swimming lesson because it's the only quiet ten minutes I get. I've rented from {brand} for a year and recommended you to half my team. But {p}, and nobody told me anything. I spent the day hunched over the ironing board.\n\nPlease sort this out by tomorrow and tell me what you intend to do.\n\nKind regards",
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis le train, entre deux réunions. Je loue chez {brand} depuis un an, mais {p}, et personne ne m'a prévenu.\n\nMerci de régler cela d'ici demain.\n\nCordialement"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Zahnarzt, weil ich sonst keine Minute habe. Ich miete seit einem Jahr bei {brand}, aber {p}, und niemand hat sich gemeldet.\n\nBitte klären Sie das bis morgen.\n\nMit freundlichen Grüßen"
    ],
    "pt": [
        "Bom dia,\n\nescrevo do comboio entre duas reuniões. Alugo na {brand} há um ano, mas {p}, e ninguém me avisou.\n\nPeço que resolvam até amanhã.\n\nCumprimentos"
    ],
    "es": [
        "Buenos días,\n\nos escribo desde el coche esperando a mi hijo en natación, es el único rato que tengo. Alquilo en {brand} desde hace un año, pero {p}, y nadie me ha avisado.\n\nOs pido que lo arregléis mañana.\n\nUn saludo"
    ],
}

CASE_OPENED: dict[str, list[str]] = {
    "it": [
        "Ci dispiace molto. Abbiamo aperto la pratica {case} e la seguiamo noi. Ti aggiorniamo entro 24 ore."
    ],
    "en": [
        "We're really sorry. We've opened case {case} and we're on it. We'll update you within 24 hours."
    ],
    "fr": [
        "Nous sommes désolés. Le dossier {case} est ouvert, nous vous tenons au courant sous 24 h."
    ],
    "de": [
        "Das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns innerhalb von 24 Stunden."
    ],
    "pt": ["Lamentamos muito. Abrimos o processo {case} e damos notícias em 24 horas."],
    "es": ["Lo sentimos mucho. Hemos abierto la incidencia {case} y te decimos algo en 24 horas."],
}

QUALITY_LEAD: dict[str, list[str]] = {
    "it": [
        "La pratica {case} e ora nelle mani della nostra responsabile qualita, che ti chiamera entro venerdi a pranzo."
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will ring you before Friday lunchtime."
    ],
    "fr": [
        "Votre dossier {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "pt": [
        "O seu processo {case} está com a nossa responsável de qualidade, que lhe liga até sexta ao almoço."
    ],
    "es": [
        "Tu incidencia {case} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}

GOOD_NEWS: dict[str, list[str]] = {
    "it": ["Buone notizie sulla pratica {case}: e tutto sistemato. Ci confermi che ora va bene?"],
    "en": ["Good news on case {case}: it's all sorted. Could you confirm it's fine now?"],
    "fr": ["Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ?"],
    "de": ["Gute Nachrichten zu Vorgang {case}: alles erledigt. Können Sie das bestätigen?"],
    "pt": ["Boas notícias sobre o processo {case}: está resolvido. Pode confirmar?"],
    "es": ["Buenas noticias sobre la incidencia {case}: ya está resuelto. ¿Nos lo confirmas?"],
}

CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, pratica {case} risolta. Grazie davvero",
        "tutto ok per la {case}, grazie mille",
    ],
    "en": ["Confirmed, case {case} is sorted. Thanks a lot", "all good on {case} now, cheers"],
    "fr": ["Je confirme, dossier {case} réglé. Merci"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke"],
    "pt": ["Confirmo, processo {case} resolvido. Obrigada"],
    "es": ["Confirmo, incidencia {case} resuelta. Gracias"],
}

APOLOGY: dict[str, list[str]] = {
    "it": [
        "scusate per ieri, ero fuori di me. grazie per la pazienza",
        "Chiedo scusa per il tono di ieri, giornata pesante",
    ],
    "en": [
        "sorry about yesterday, I lost it a bit. thanks for being patient",
        "Apologies for my tone yesterday, rough day",
    ],
    "fr": ["désolée pour hier, j'étais à bout. merci de votre patience"],
    "de": ["sorry wegen gestern, war echt gestresst. danke für die Geduld"],
    "pt": ["desculpem por ontem, estava à beira de um ataque. obrigada pela paciência"],
    "es": ["perdón por lo de ayer, estaba desbordada. gracias por la paciencia"],
}

REPEAT: dict[str, list[str]] = {
    "it": [
        "Pratica {case}: ancora niente. {p}, e nessuno mi ha richiamato",
        "scrivo ANCORA per la {case}, il problema e sempre li",
    ],
    "en": [
        "Case {case}: still nothing. {p}, and nobody rang me back",
        "writing AGAIN about {case}, still not fixed",
    ],
    "fr": ["Dossier {case} : toujours rien. {p}, personne ne m'a rappelé"],
    "de": ["Vorgang {case}: immer noch nichts. {p}, und niemand hat zurückgerufen"],
    "pt": ["Processo {case}: continua tudo igual. {p}, e ninguém me ligou"],
    "es": ["Incidencia {case}: sigue igual. {p}, y nadie me ha llamado"],
}

REPEAT_THIRD: dict[str, list[str]] = {
    "it": [
        "Terza volta che scrivo per la {case}. Una collega noleggia da {comp} e a lei lo risolvono in giornata"
    ],
    "en": [
        "Third time writing about {case}. A colleague rents from {comp} and they fix this the same day"
    ],
    "fr": [
        "Troisième message pour le dossier {case}. Une collègue loue chez {comp}, eux règlent ça dans la journée"
    ],
    "de": [
        "Zum dritten Mal wegen {case}. Eine Kollegin mietet bei {comp}, da geht das am selben Tag"
    ],
    "pt": [
        "Terceira vez que escrevo sobre o {case}. Uma colega aluga na {comp} e resolvem no mesmo dia"
    ],
    "es": [
        "Tercera vez que escribo por la {case}. Una compañera alquila en {comp} y se lo arreglan el mismo día"
    ],
}

REPEAT_FOURTH: dict[str, list[str]] = {
    "it": ["QUARTA volta per la {case}. Non e cambiato nulla"],
    "en": ["FOURTH time about {case}. Nothing has changed"],
    "fr": ["QUATRIÈME fois pour {case}. Rien n'a bougé"],
    "de": ["Zum VIERTEN Mal wegen {case}. Nichts hat sich getan"],
    "pt": ["QUARTA vez sobre o {case}. Nada mudou"],
    "es": ["CUARTA vez por la {case}. No ha cambiado nada"],
}

URGENT: dict[str, list[str]] = {
    "it": ["Aggiunto alla pratica {case} e segnato come urgente."],
    "en": ["Added to your case {case} and marked urgent."],
    "fr": ["Ajouté au dossier {case}, marqué urgent."],
    "de": ["Zum Vorgang {case} hinzugefügt und als dringend markiert."],
    "pt": ["Adicionado ao processo {case} e marcado como urgente."],
    "es": ["Añadido a la incidencia {case} y marcado como urgente."],
}

CALL_REPEAT: dict[str, list[str]] = {
    "it": [
        "si chiamo ancora per la pratica {case} il problema non e risolto e nessuno mi ha richiamato"
    ],
    "en": [
        "yeah hi calling again about case {case} it's still not fixed and nobody called me back"
    ],
    "fr": [
        "oui bonjour je rappelle pour le dossier {case} toujours pas réglé personne ne m'a rappelé"
    ],
    "de": ["ja hallo ich rufe nochmal wegen Vorgang {case} an es ist immer noch nicht gelöst"],
    "pt": ["sim olá ligo outra vez por causa do processo {case} continua sem resolução"],
    "es": ["sí hola llamo otra vez por la incidencia {case} sigue sin resolverse"],
}

SLIDE: dict[str, list[str]] = {
    "it": [
        "Consegna con tre ore di ritardo e nessuna chiamata. Peccato",
        "La sedia nuova ha i braccioli che traballano e una rotella rigata",
        "Al reso mi chiedono foto di ogni singolo pezzo, ma dai",
        "Cauzione raddoppiata senza spiegazioni e una settimana per sbloccarla",
        "40 € di 'pulizia' per una scrivania restituita perfetta, con le foto della vostra app. RIDICOLO",
        "Mio cognato noleggia da {comp}, ho gia prenotato la sedia da loro per lunedi",
    ],
    "en": [
        "Delivery three hours late and no call. Not great",
        "New chair has wobbly armrests and a scratched castor",
        "At return they want a photo of every single part, come on",
        "Deposit doubled with no explanation and a week to release it",
        "£35 'cleaning fee' for a desk returned spotless, with your own app's photos. RIDICULOUS",
        "My brother-in-law rents from {comp}, I've already booked the chair there for Monday",
    ],
    "fr": [
        "Livraison avec trois heures de retard, sans appel",
        "Nouvelle chaise : accoudoirs qui bougent, roulette rayée",
        "Au retour on exige une photo de chaque pièce, sérieusement",
        "Caution doublée sans explication et une semaine pour la libérer",
        "40 € de « nettoyage » pour un bureau rendu impeccable, photos de votre appli à l'appui. RIDICULE",
        "Mon beau-frère loue chez {comp}, j'ai déjà réservé la chaise chez eux pour lundi",
    ],
    "de": [
        "Lieferung drei Stunden zu spät, kein Anruf",
        "Neuer Stuhl: wackelige Armlehnen, zerkratzte Rolle",
        "Bei der Rückgabe wollen sie ein Foto von jedem Teil, echt jetzt",
        "Kaution verdoppelt ohne Erklärung, eine Woche bis zur Freigabe",
        "40 € 'Reinigung' für einen blitzsauberen Tisch, mit Fotos eurer eigenen App. LÄCHERLICH",
        "Mein Schwager mietet bei {comp}, ich habe den Stuhl für Montag schon dort gebucht",
    ],
    "pt": [
        "Entrega com três horas de atraso e sem telefonema",
        "Cadeira nova com braços a abanar e uma roda riscada",
        "Na devolução pedem foto de cada peça, a sério",
        "Caução a dobrar sem explicação e uma semana para libertar",
        "40 € de 'limpeza' por uma secretária devolvida impecável, com as fotos da vossa app. RIDÍCULO",
        "O meu cunhado aluga na {comp}, já reservei lá a cadeira para segunda",
    ],
    "es": [
        "Entrega con tres horas de retraso y sin llamada",
        "Silla nueva con reposabrazos que bailan y una rueda rayada",
        "En la devolución piden foto de cada pieza, en serio",
        "Fianza duplicada sin explicación y una semana para liberarla",
        "40 € de 'limpieza' por un escritorio devuelto impecable, con las fotos de vuestra app. RIDÍCULO",
        "Mi cuñado alquila en {comp}, ya he reservado la silla allí para el lunes",
    ],
}

CANCEL: dict[str, list[str]] = {
    "it": [
        "Buongiorno, torno a lavorare in ufficio e non mi serve piu la postazione: vorrei disdire {plus} e chiudere l'account."
    ],
    "en": [
        "Hi, I'm going back to the office full time so I want to cancel {plus} and close my account please."
    ],
    "fr": ["Bonjour, je retourne au bureau, je souhaite résilier {plus} et fermer mon compte."],
    "de": ["Hallo, ich gehe wieder ins Büro und möchte {plus} kündigen und mein Konto schließen."],
    "pt": ["Olá, volto ao escritório e quero cancelar o {plus} e fechar a conta."],
    "es": ["Hola, vuelvo a la oficina y quiero dar de baja {plus} y cerrar la cuenta."],
}

SORRY_GO: dict[str, list[str]] = {
    "it": [
        "Ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito, in Account > Abbonamento."
    ],
    "en": [
        "Sorry to see you go. You can cancel yourself in the app or on the website, under Account > Membership."
    ],
    "fr": [
        "Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Abonnement."
    ],
    "de": [
        "Schade, dass Sie gehen. Sie können in der App oder auf der Website unter Konto > Mitgliedschaft kündigen."
    ],
    "pt": ["Lamentamos vê-lo partir. Pode cancelar na app ou no site, em Conta > Subscrição."],
    "es": [
        "Sentimos que te vayas. Puedes darte de baja en la app o en la web, en Cuenta > Suscripción."
    ],
}

GRUMBLE: dict[str, list[str]] = {
    "it": [
        "l'app mi slogga ogni volta, che noia",
        "il promemoria del reso alle 6 di mattina anche no",
        "la finestra di consegna di 8 ore e assurda",
    ],
    "en": [
        "app logs me out every single time, tedious",
        "return reminder text at 6am, really?",
        "an 8 hour delivery window is daft",
    ],
    "fr": ["l'appli me déconnecte à chaque fois, pénible"],
    "de": ["die App loggt mich jedes Mal aus, nervig"],
    "pt": ["a app faz logout sempre, que seca"],
    "es": ["la app me cierra sesión cada vez, qué pesadez"],
}

SARCASM: dict[str, list[str]] = {
    "it": ["Consegna 'express' alle 20:30, giusto in tempo per lavorare di notte 👏"],
    "en": ["'Express' delivery at 8:30pm, just in time for a night shift at the desk 👏"],
    "fr": ["Livraison « express » à 20 h 30, parfait pour télétravailler la nuit 👏"],
    "de": ["'Express'-Lieferung um 20:30, perfekt fürs Homeoffice bei Nacht 👏"],
    "pt": ["Entrega 'expresso' às 20h30, mesmo a tempo de trabalhar de noite 👏"],
    "es": ["Entrega 'exprés' a las 20:30, justo a tiempo para teletrabajar de noche 😂"],
}

MILD: dict[str, list[str]] = {
    "it": ["la ricerca dei modelli mostra prezzi senza IVA, un po confuso"],
    "en": ["the model search shows prices without VAT, bit confusing"],
    "fr": ["la recherche affiche les prix hors TVA, un peu déroutant"],
    "de": ["die Suche zeigt Preise ohne MwSt., etwas verwirrend"],
    "pt": ["a pesquisa mostra preços sem IVA, confuso"],
    "es": ["el buscador muestra precios sin IVA, algo confuso"],
}

MILD_ANSWER: dict[str, list[str]] = {
    "it": ["Grazie della segnalazione, la passiamo al team dell'app."],
    "en": ["Thanks for flagging it, we've passed it to the app team."],
    "fr": ["Merci du signalement, transmis à l'équipe de l'appli."],
    "de": ["Danke für den Hinweis, ist an das App-Team weitergegeben."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
}

# The planted incident (topic_spike only).
SPIKE_TOPIC = "home-office rental app marks every active rental overdue and shows a late-return fee, error RNT-908"
SPIKE: dict[str, list[str]] = {
    "it": [
        "L'app dice che la mia sedia e SCADUTA e mi minaccia una penale, ma il noleggio e fino a marzo!! errore RNT-908",
        "ma che succede? tutti i miei noleggi risultano in ritardo con penale di reso, il contratto e attivo",
        "{brand} mi scrive che devo restituire la scrivania OGGI o pago la mora. Codice RNT-908. Che scherzo e?",
    ],
    "en": [
        "App says my chair is OVERDUE and threatens a late fee, the rental runs till March!! error RNT-908",
        "what's going on? every rental shows as late with a return penalty, my contract is active",
        "{brand} telling me to return the desk TODAY or pay a late fee?? code RNT-908",
    ],
    "fr": [
        "L'appli dit que ma location est EN RETARD avec des pénalités, alors que le contrat court jusqu'en mars ! erreur RNT-908"
    ],
    "de": [
        "Die App zeigt meinen Stuhl als ÜBERFÄLLIG mit Säumnisgebühr, dabei läuft die Miete bis März! Fehler RNT-908",
        "alle meine Mieten stehen plötzlich auf verspätet mit Strafgebühr, was ist da los?",
    ],
    "pt": [
        "A app diz que o aluguer está EM ATRASO com multa, mas o contrato vai até março! erro RNT-908"
    ],
    "es": [
        "La app dice que mi silla está VENCIDA y me amenaza con recargo, ¡el alquiler es hasta marzo! error RNT-908",
        "todos mis alquileres salen como atrasados con penalización, ¿qué pasa?",
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "it": ["ancora RNT-908, anche dal sito: sedia in ritardo e penale. nessuno risponde?"],
    "en": ["still RNT-908, on the website too now: overdue and a late fee. anyone there?"],
    "fr": ["toujours RNT-908, aussi sur le site : en retard, pénalité. quelqu'un ?"],
    "de": ["immer noch RNT-908, jetzt auch auf der Website: überfällig mit Gebühr. Hallo?"],
    "pt": ["continua RNT-908, agora também no site: em atraso e multa. alguém?"],
    "es": ["sigue RNT-908, ahora también en la web: vencido y recargo. ¿hay alguien?"],
}
SPIKE_CHAT_ANSWER: dict[str, list[str]] = {
    "it": [
        "Si, l'app mostra per errore tutti i noleggi come scaduti: nessuna penale verra addebitata, i tecnici ci stanno lavorando."
    ],
    "en": [
        "Yes, the app is wrongly showing every rental as overdue: no late fee will be charged, our engineers are on it."
    ],
    "fr": [
        "Oui, l'appli affiche par erreur toutes les locations en retard : aucune pénalité ne sera prélevée, nos techniciens y travaillent."
    ],
    "de": [
        "Ja, die App zeigt fälschlich alle Mieten als überfällig: es wird keine Gebühr berechnet, unsere Technik ist dran."
    ],
    "pt": [
        "Sim, a app mostra por erro todos os alugueres em atraso: não será cobrada multa, a equipa técnica está a tratar."
    ],
    "es": [
        "Sí, la app muestra por error todos los alquileres como vencidos: no se cobrará recargo, el equipo técnico está en ello."
    ],
}
SPIKE_FIXED: dict[str, list[str]] = {
    "it": [
        "Da questa mattina alle 12:40 l'app mostra di nuovo le date giuste. Nessuna penale, e ti abbiamo accreditato 10 €."
    ],
    "en": [
        "Since 11:40 this morning the app shows the right dates again. No fee, and we've added a £9 / €10 credit."
    ],
    "fr": [
        "Depuis 12 h 40 l'appli affiche de nouveau les bonnes dates. Aucune pénalité, et 10 € de crédit ajoutés."
    ],
    "de": [
        "Seit 12:40 Uhr zeigt die App wieder die richtigen Daten. Keine Gebühr, und 10 € Guthaben gutgeschrieben."
    ],
    "pt": ["Desde as 11:40 a app mostra outra vez as datas certas. Sem multa, e creditámos 10 €."],
    "es": [
        "Desde las 12:40 la app vuelve a mostrar las fechas correctas. Sin recargo, y te hemos abonado 10 €."
    ],
}
LONE_Q: dict[str, list[str]] = {
    "it": [
        "ieri sera nell'app la data di fine noleggio era grigia, poi e tornata normale. e tutto a posto?"
    ],
    "de": ["gestern Abend war das Mietende in der App grau, dann wieder normal. Ist alles okay?"],
}
LONE_A: dict[str, list[str]] = {
    "it": ["Tutto a posto: il grigio compare mentre l'app aggiorna i dati. Il noleggio e attivo."],
    "de": ["Alles in Ordnung: grau erscheint, während die App aktualisiert. Ihre Miete ist aktiv."],
}

# The business arm (Sedilo Office).
B2B_PROBLEM: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "le fatture arrivano senza numero d'ordine e con la ragione sociale vecchia",
        "portal": "il portale non mostra le postazioni attive, quindi non possiamo chiedere il ritiro",
    },
    "en": {
        "invoice": "the invoices come without our PO number and with our old company name",
        "portal": "the portal shows no active workstations, so we can't request collection",
    },
    "fr": {
        "invoice": "les factures arrivent sans numéro de commande et avec l'ancienne raison sociale",
        "portal": "le portail n'affiche aucun poste actif, impossible de demander l'enlèvement",
    },
    "de": {
        "invoice": "die Rechnungen kommen ohne Bestellnummer und mit dem alten Firmennamen",
        "portal": "das Portal zeigt keine aktiven Arbeitsplätze, wir können keine Abholung anfordern",
    },
    "pt": {
        "invoice": "as faturas chegam sem número de encomenda e com o nome antigo da empresa",
        "portal": "o portal não mostra postos ativos, não conseguimos pedir a recolha",
    },
    "es": {
        "invoice": "las facturas llegan sin número de pedido y con la razón social antigua",
        "portal": "el portal no muestra puestos activos y no podemos pedir la recogida",
    },
}
B2B_FIRST: dict[str, list[str]] = {
    "it": ["Buongiorno, {p}. La contabilita non puo pagare cosi. Potete correggere?"],
    "en": ["Good morning, {p}. Accounts can't pay them like this. Can you correct it?"],
    "fr": ["Bonjour, {p}. La comptabilité ne peut pas payer ainsi. Pouvez-vous corriger ?"],
    "de": ["Guten Morgen, {p}. Die Buchhaltung kann so nicht zahlen. Bitte korrigieren."],
    "pt": ["Bom dia, {p}. A contabilidade não consegue pagar assim. Podem corrigir?"],
    "es": ["Buenos días, {p}. Contabilidad no puede pagarlas así. ¿Lo podéis corregir?"],
}
B2B_NEXT: dict[str, list[str]] = {
    "it": ["Scrivo anch'io per la pratica {case} aperta da {name}: {p}. Qui e bloccato tutto."],
    "en": ["I'm writing too about case {case} that {name} opened: {p}. Everything's stuck here."],
    "fr": ["J'écris aussi pour le dossier {case} ouvert par {name} : {p}. Tout est bloqué."],
    "de": [
        "Ich schreibe auch wegen Vorgang {case}, den {name} eröffnet hat: {p}. Hier steht alles."
    ],
    "pt": ["Escrevo também sobre o processo {case} aberto pela {name}: {p}. Está tudo parado."],
    "es": [
        "Escribo yo también por la incidencia {case} que abrió {name}: {p}. Aquí está todo parado."
    ],
}
B2B_LAST_CALL: dict[str, list[str]] = {
    "it": [
        "si buongiorno chiamo per la pratica {case} non e ancora sistemato hanno scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "en": [
        "yeah morning calling about case {case} still not fixed several of us have written my boss says we move the account if it isn't fixed this week"
    ],
    "fr": [
        "oui bonjour j'appelle pour le dossier {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "ja guten Tag wegen Vorgang {case} immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "pt": [
        "sim bom dia ligo por causa do processo {case} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "es": [
        "sí buenos días llamo por la incidencia {case} sigue sin arreglarse han escrito varios compañeros mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_SUGGEST: dict[str, list[str]] = {
    "it": ["Suggerimento: sarebbe utile esportare i costi per centro di costo."],
    "en": ["Suggestion: it'd help to export rental costs by cost centre."],
    "fr": ["Suggestion : pouvoir exporter les coûts par centre de coûts serait utile."],
    "de": ["Vorschlag: ein Export der Mietkosten nach Kostenstelle wäre hilfreich."],
    "pt": ["Sugestão: seria útil exportar os custos por centro de custo."],
    "es": ["Sugerencia: sería útil exportar los costes por centro de coste."],
}
B2B_Q: dict[str, list[str]] = {
    "it": ["Ciao, possiamo aggiungere tre postazioni per i nuovi assunti da lunedi?"],
    "en": ["Hi, can we add three workstations for new starters from Monday?"],
    "fr": ["Bonjour, peut-on ajouter trois postes pour les nouveaux arrivants lundi ?"],
    "de": ["Hallo, können wir ab Montag drei Arbeitsplätze für Neue dazunehmen?"],
    "pt": ["Olá, podemos juntar três postos para novos colegas a partir de segunda?"],
    "es": ["Hola, ¿podemos añadir tres puestos para incorporaciones desde el lunes?"],
}
B2B_A: dict[str, list[str]] = {
    "it": ["Certo, aggiunte al contratto: consegna lunedi tra le 8 e le 12."],
    "en": ["Of course, added to your contract: delivery Monday 8 to 12."],
    "fr": ["Bien sûr, ajoutés au contrat : livraison lundi entre 8 h et 12 h."],
    "de": ["Gerne, zum Vertrag hinzugefügt: Lieferung Montag 8 bis 12 Uhr."],
    "pt": ["Claro, acrescentados ao contrato: entrega segunda das 8 às 12."],
    "es": ["Claro, añadidos al contrato: entrega el lunes de 8 a 12."],
}
SUBJECT_CASE: dict[str, str] = {
    "it": "R: Pratica",
    "en": "Re: Your case",
    "fr": "RE : Dossier",
    "de": "AW: Vorgang",
    "pt": "RE: Processo",
    "es": "RE: Incidencia",
}
SUBJECT_COMPLAINT: dict[str, str] = {
    "it": "Reclamo",
    "en": "Complaint",
    "fr": "Réclamation",
    "de": "Beschwerde",
    "pt": "Reclamação",
    "es": "Reclamación",
}
