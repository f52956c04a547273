"""Wording for heldout314 (Plantivo: made-to-measure insoles from a foot scan). Written blind."""

# ruff: noqa: E501

LANGS = ("de", "es", "en", "fr", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "de": ("DE", "DE", "AT", "CH"),
    "es": ("ES", "ES", "ES"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "it": ("IT", "IT", "CH"),
    "pt": ("PT",),
}
FIRST = {
    "de": ("Jonas", "Miriam", "Uwe", "Katrin", "Florian", "Sabine", "Timo", "Heike"),
    "es": ("Alba", "Rubén", "Nerea", "Iker", "Marisa", "Gonzalo", "Lorena", "Txema"),
    "en": ("Gareth", "Siobhan", "Priya", "Callum"),
    "fr": ("Amandine", "Yannick", "Soline", "Mathis"),
    "it": ("Chiara", "Davide", "Ilaria", "Matteo"),
    "pt": ("Inês", "Rui", "Beatriz", "Tiago"),
}
LAST = {
    "de": ("Kessler", "Brandl", "Voigt", "Hartung", "Lorenz", "Seidl"),
    "es": ("Ibarra", "Montoya", "Quiroga", "Salcedo", "Villar", "Arce"),
    "en": ("Hughes", "Pryce", "Doyle", "Ashworth"),
    "fr": ("Morel", "Lacroix", "Perrin", "Gauthier"),
    "it": ("Ferri", "Caruso", "Bellini", "Rota"),
    "pt": ("Lobo", "Pinheiro", "Macedo", "Araújo"),
}
PRAISE = {
    "de": (
        "Die neuen Einlagen von Plantivo sind der Hammer, nach drei Tagen keine Fersenschmerzen mehr beim Joggen",
        "Schon wieder ein Paar bei Plantivo bestellt, diesmal für die Wanderschuhe. Passt perfekt",
        "Fußscan im Studio hat keine 10 Minuten gedauert, Beratung super nett",
    ),
    "es": (
        "Las plantillas de Plantivo me han cambiado la vida, por fin camino sin dolor en la planta",
        "Tercera vez que pido plantillas a Plantivo y siempre perfectas, esta vez para las botas de monte",
        "El escaneo del pie con el movil fue facilisimo, en una semana tenía las plantillas en casa",
    ),
    "en": (
        "Plantivo insoles arrived in 5 days and my knees have stopped complaining on the school run",
        "Second pair from Plantivo, this time for my work boots. Spot on fit",
    ),
    "fr": (
        "Les semelles Plantivo sont top, plus de douleur au talon après la course",
        "Scan du pied en boutique super rapide, conseillère adorable",
    ),
    "it": (
        "Solette Plantivo fantastiche, finalmente cammino tutto il giorno senza male ai piedi",
        "Scansione del piede con l'app facilissima, solette arrivate in una settimana",
    ),
    "pt": (
        "As palmilhas da Plantivo são ótimas, já não tenho dores no calcanhar",
        "Segundo par da Plantivo, agora para as sapatilhas de corrida. Perfeitas",
    ),
}
QUESTION = {
    "de": (
        "Kann ich die Einlagen auch in Sneaker mit fester Sohle legen?",
        "Wie oft ist im Club eine Nachanpassung drin?",
        "Muss ich für den Scan Socken ausziehen?",
    ),
    "es": (
        "¿Las plantillas valen también para zapatillas de fútbol sala?",
        "¿Cuántos reajustes incluye el Club al año?",
        "hola, el escaneo se hace descalzo o con calcetín?",
    ),
    "en": (
        "Can I move the insoles between two pairs of trainers?",
        "How many refits does the Club include each year?",
    ),
    "fr": (
        "Est-ce que les semelles vont dans des chaussures de ville ?",
        "Combien de retouches sont comprises dans le Club ?",
    ),
    "it": (
        "Le solette vanno bene anche per le scarpe da calcetto?",
        "Quanti ritocchi sono inclusi nel Club?",
    ),
    "pt": (
        "As palmilhas servem em sapatos de cerimónia?",
        "Quantos ajustes inclui o Club por ano?",
    ),
}
ANSWER = {
    "de": "Gern! Ja, das geht. Bei Fragen einfach melden, Ihr Plantivo-Team",
    "es": "¡Claro! Sí, sin problema. Cualquier duda nos escribes, equipo Plantivo",
    "en": "Happy to help: yes, that works fine. Plantivo support",
    "fr": "Bonjour, oui tout à fait. L'équipe Plantivo",
    "it": "Certo, nessun problema. Il team Plantivo",
    "pt": "Olá, sim, sem problema. Equipa Plantivo",
}
THANKS = {
    "de": ("Danke, super!", "Perfekt, danke euch"),
    "es": ("Genial, gracias!!", "Mil gracias"),
    "en": ("Brilliant, thanks",),
    "fr": ("Merci beaucoup",),
    "it": ("Grazie mille",),
    "pt": ("Obrigado!",),
}
NIGHT = {
    "de": (
        "Nachtschicht in der Klinik und zum ersten Mal keine brennenden Füße dank Plantivo",
        "3 Uhr, kann nicht schlafen, bestelle gerade das zweite Paar bei Plantivo",
    ),
    "es": (
        "Turno de noche en el almacén y los pies como nuevos con las plantillas de Plantivo",
        "las 2 de la mañana y aquí mirando modelos de Plantivo para las botas jaja",
    ),
    "en": ("Night shift on the wards and my feet don't ache, thanks Plantivo",),
    "fr": ("Garde de nuit et les pieds tiennent, merci Plantivo",),
    "it": ("Turno di notte in ospedale e piedi a posto grazie a Plantivo",),
    "pt": ("Turno da noite e os pés aguentam, obrigada Plantivo",),
}
# problem -> language -> complaint (one short message)
PROBLEMS = ("lost_parcel", "wrong_size", "double_charge", "scan_lost", "club_price", "refund")
COMPLAINT = {
    "lost_parcel": {
        "de": "Paket mit meinen Einlagen steht seit Montag auf ZUGESTELLT, hier ist nichts angekommen. Ich brauche die für die Arbeit!",
        "es": "El paquete con mis plantillas pone ENTREGADO desde el lunes y aquí no ha llegado nada. Las necesito para trabajar",
        "en": "Tracking says DELIVERED since Monday, no insoles here. I need them for work",
        "fr": "Le colis est marqué livré depuis lundi, je n'ai rien reçu",
        "it": "Il pacco risulta consegnato da lunedì ma qui non è arrivato niente",
        "pt": "A encomenda diz entregue desde segunda e não recebi nada",
    },
    "wrong_size": {
        "de": "Die Einlagen sind Größe 39, ich habe 43. Der Scan war doch eindeutig, was ist da passiert?",
        "es": "Me han llegado unas plantillas de la 37 y yo calzo un 42. Para qué hago el escaneo entonces?",
        "en": "The insoles are a size 5, I'm a size 9. What was the scan for?",
        "fr": "Les semelles sont en 37 alors que je chausse du 43",
        "it": "Le solette sono numero 38, io porto il 44",
        "pt": "As palmilhas vieram no 37 e eu calço 42",
    },
    "double_charge": {
        "de": "Sie haben mir die Bestellung ZWEIMAL abgebucht, 2 x 149 €. Bitte sofort zurück",
        "es": "Me habéis cobrado el pedido DOS veces, 2 x 149 €. Devolvedme uno ya",
        "en": "You've charged me TWICE for one pair, 2 x £129",
        "fr": "J'ai été débité deux fois pour la même commande, 2 x 149 €",
        "it": "Mi avete addebitato l'ordine due volte, 2 x 149 €",
        "pt": "Cobraram a encomenda duas vezes, 2 x 149 €",
    },
    "scan_lost": {
        "de": "Mein Fußscan ist aus dem Konto verschwunden, ich soll jetzt nochmal ins Studio fahren, 60 km. Geht's noch?",
        "es": "Mi escaneo ha desaparecido de la cuenta y me dicen que vuelva a la tienda, a 50 km. De verdad?",
        "en": "My foot scan has vanished from my account and I'm told to drive 40 miles back to the studio",
        "fr": "Mon scan a disparu du compte, on me demande de revenir en boutique à 50 km",
        "it": "La mia scansione è sparita dall'account, devo tornare in negozio a 50 km",
        "pt": "O meu scan desapareceu da conta e pedem-me para voltar à loja a 50 km",
    },
    "club_price": {
        "de": "Ich bin im Plantivo Club und zahle trotzdem den vollen Preis, ohne die 20 % Rabatt",
        "es": "Soy del Plantivo Club y me han cobrado precio normal, sin el 20 %",
        "en": "I'm a Plantivo Club member and was charged full price, no 20 % off",
        "fr": "Je suis membre du Plantivo Club et j'ai payé plein tarif",
        "it": "Sono socio del Plantivo Club e ho pagato prezzo pieno",
        "pt": "Sou membro do Plantivo Club e paguei o preço total",
    },
    "refund": {
        "de": "Seit DREI Wochen warte ich auf die Erstattung für die zurückgeschickten Einlagen",
        "es": "Llevo TRES semanas esperando el reembolso de las plantillas que devolví",
        "en": "THREE weeks waiting for the refund on the insoles I sent back",
        "fr": "Trois semaines que j'attends le remboursement des semelles renvoyées",
        "it": "Tre settimane che aspetto il rimborso delle solette restituite",
        "pt": "Há três semanas que espero o reembolso das palmilhas devolvidas",
    },
}
CALL = {
    "de": "ja hallo {name} hier es geht um meine bestellung {problem_de} und ich will wissen wann das geklärt wird",
    "es": "hola buenas soy {name} llamo por mi pedido {problem_es} y quiero saber cuando lo van a solucionar",
    "en": "hi it's {name} calling about my order {problem_en} and i want to know when it gets sorted",
    "fr": "bonjour c'est {name} j'appelle pour ma commande {problem_fr} je voudrais savoir quand ce sera réglé",
    "it": "buongiorno sono {name} chiamo per il mio ordine {problem_it} vorrei sapere quando si risolve",
    "pt": "bom dia fala {name} ligo por causa da minha encomenda {problem_pt} quero saber quando resolvem",
}
CALL_PROBLEM = {
    "lost_parcel": {
        "de": "die steht auf zugestellt ist aber nie gekommen",
        "es": "pone entregado pero no ha llegado",
        "en": "it says delivered but never came",
        "fr": "marquée livrée mais jamais arrivée",
        "it": "risulta consegnato ma non è mai arrivato",
        "pt": "diz entregue mas nunca chegou",
    },
    "wrong_size": {
        "de": "die einlagen sind in der falschen größe",
        "es": "las plantillas son de otra talla",
        "en": "the insoles are the wrong size",
        "fr": "les semelles ne sont pas à ma taille",
        "it": "le solette sono della misura sbagliata",
        "pt": "as palmilhas vieram no tamanho errado",
    },
    "double_charge": {
        "de": "die wurde zweimal abgebucht",
        "es": "me la habéis cobrado dos veces",
        "en": "i was charged twice",
        "fr": "j'ai été débitée deux fois",
        "it": "mi è stato addebitato due volte",
        "pt": "cobraram duas vezes",
    },
    "scan_lost": {
        "de": "mein scan ist weg",
        "es": "mi escaneo ha desaparecido",
        "en": "my scan has disappeared",
        "fr": "mon scan a disparu",
        "it": "la mia scansione è sparita",
        "pt": "o meu scan desapareceu",
    },
    "club_price": {
        "de": "ich bin im club und hab den vollen preis gezahlt",
        "es": "soy del club y he pagado precio completo",
        "en": "i'm in the club and paid full price",
        "fr": "je suis au club et j'ai payé plein tarif",
        "it": "sono del club e ho pagato prezzo pieno",
        "pt": "sou do club e paguei o preço todo",
    },
    "refund": {
        "de": "die erstattung kommt seit wochen nicht",
        "es": "el reembolso no llega desde hace semanas",
        "en": "the refund hasn't come for weeks",
        "fr": "le remboursement n'arrive pas",
        "it": "il rimborso non arriva da settimane",
        "pt": "o reembolso não chega há semanas",
    },
}
LONG_EMAIL = {
    "de": (
        "Liebes Plantivo-Team,\n\nich schreibe Ihnen aus dem Wartezimmer beim Orthopäden, wo ich mit meinem Vater sitze, der seit dem Sturz im Winter kaum laufen kann. Wir haben gerade viel um die Ohren, die Wohnung wird umgebaut und die Kinder haben Ferien.\n\n{complaint}\n\nIch bin seit zwei Jahren Kundin und habe Sie oft empfohlen, aber so kann das nicht weitergehen. Bitte melden Sie sich heute noch.\n\nViele Grüße\n{name}",
        "Hallo zusammen,\n\nkurz vorweg: ich sitze im Auto vor der Turnhalle, die Kleine hat Training, also entschuldigen Sie Tippfehler. Die Woche war lang, Umzug von meiner Mutter ins betreute Wohnen.\n\n{complaint}\n\nIch hatte mich auf die Einlagen für den Urlaub gefreut. Ich erwarte eine Lösung bis Freitag.\n\nGruß\n{name}",
    ),
    "es": (
        "Hola equipo de Plantivo:\n\nOs escribo desde la sala de espera del fisio, mientras mi madre hace la rehabilitación de la rodilla. Estamos de obras en casa y con los niños de vacaciones, así que voy a contrarreloj.\n\n{complaint}\n\nSoy clienta desde hace años y os he recomendado a medio barrio, pero esto no puede ser. Espero respuesta hoy mismo.\n\nUn saludo,\n{name}",
        "Buenas tardes:\n\nPerdonad si me enrollo, estoy en el coche esperando a que salga mi hijo del conservatorio y aprovecho. Esta semana es una locura con la mudanza de mi suegro.\n\n{complaint}\n\nContaba con las plantillas para el Camino de Santiago del mes que viene. Quiero una solución ya.\n\nSaludos,\n{name}",
    ),
}
SUBJ_COMPLAINT = {
    "de": "Beschwerde: Bestellung {case}",
    "es": "Reclamación: pedido {case}",
    "en": "Complaint: order {case}",
    "fr": "Réclamation : commande {case}",
    "it": "Reclamo: ordine {case}",
    "pt": "Reclamação: encomenda {case}",
}
SUBJ_RE = {
    "de": "AW: Vorgang {case}",
    "es": "RE: Incidencia {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Dossier {case}",
    "it": "R: Pratica {case}",
    "pt": "RE: Processo {case}",
}
CASE_OPENED = {
    "de": "Danke für Ihre Nachricht, wir haben den Vorgang {case} angelegt und melden uns innerhalb von 24 Stunden.",
    "es": "Gracias por escribirnos, hemos abierto la incidencia {case} y te contestamos en 24 horas.",
    "en": "Thanks for getting in touch, we've opened case {case} and will come back within 24 hours.",
    "fr": "Merci, nous avons ouvert le dossier {case} et revenons vers vous sous 24 heures.",
    "it": "Grazie, abbiamo aperto la pratica {case} e la ricontattiamo entro 24 ore.",
    "pt": "Obrigado, abrimos o processo {case} e respondemos em 24 horas.",
}
ESCALATED = {
    "de": "Ihr Vorgang {case} liegt jetzt bei unserer Teamleitung, die Sie bis Donnerstagmittag anruft.",
    "es": "Tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del jueves a mediodía.",
    "en": "Your case {case} is now with our team lead, who will call you before Thursday lunchtime.",
    "fr": "Votre dossier {case} est maintenant suivi par notre responsable, qui vous appellera avant jeudi midi.",
    "it": "La pratica {case} è ora seguita dalla nostra responsabile, che la chiamerà entro giovedì.",
    "pt": "O processo {case} está agora com a nossa responsável, que lhe liga até quinta ao meio-dia.",
}
GOOD_NEWS = {
    "de": "Gute Nachricht zu {case}: das ist erledigt. Können Sie uns kurz bestätigen, dass alles passt?",
    "es": "Buenas noticias sobre {case}: ya está resuelto. ¿Nos confirmas que todo está bien?",
    "en": "Good news on {case}: it's sorted. Could you confirm everything is fine now?",
    "fr": "Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous nous confirmer ?",
    "it": "Buone notizie per {case}: risolto. Può confermarci che è tutto a posto?",
    "pt": "Boas notícias sobre {case}: está resolvido. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "de": ("Bestätigt, {case} passt jetzt, danke!", "Ja alles gut mit {case}, danke fürs Kümmern"),
    "es": ("Confirmado, {case} resuelto, gracias!", "Sí, todo bien ya con {case}, gracias"),
    "en": ("Confirmed, {case} is fine now, thanks",),
    "fr": ("Confirmé pour {case}, merci",),
    "it": ("Confermo, {case} risolto, grazie",),
    "pt": ("Confirmo, {case} resolvido, obrigado",),
}
STILL_OPEN = {
    "de": (
        "Vorgang {case} ist immer noch offen, es hat sich nichts getan.",
        "Ich melde mich wieder wegen {case}, immer noch nicht gelöst.",
    ),
    "es": (
        "La incidencia {case} sigue abierta, nadie me ha dicho nada.",
        "Vuelvo a escribir por {case}, sigue sin resolverse.",
    ),
    "en": ("Case {case} is still open, nothing has happened.",),
    "fr": ("Le dossier {case} est toujours ouvert, rien n'a bougé.",),
    "it": ("La pratica {case} è ancora aperta, non è successo niente.",),
    "pt": ("O processo {case} continua aberto, nada aconteceu.",),
}
THIRD = {
    "de": " Eine Kollegin hat ihre Einlagen von {comp}, da wird sowas am selben Tag geklärt.",
    "es": " Una compañera compra en {comp} y allí esto lo arreglan en el día.",
    "en": " A friend gets hers from {comp} and they sort this the same day.",
    "fr": " Une collègue passe par {comp}, eux règlent ça dans la journée.",
    "it": " Una collega compra da {comp} e lì lo risolvono in giornata.",
    "pt": " Uma colega compra na {comp} e lá resolvem no mesmo dia.",
}
FOURTH = {
    "de": " Das ist jetzt das VIERTE Mal.",
    "es": " Es la CUARTA vez que escribo.",
    "en": " This is the FOURTH time.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
ADDED = {
    "de": "Ist in {case} ergänzt und als dringend markiert.",
    "es": "Lo añadimos a {case} y lo marcamos como urgente.",
    "en": "Added to {case} and marked urgent.",
    "fr": "Ajouté au dossier {case}, marqué urgent.",
    "it": "Aggiunto a {case}, segnato come urgente.",
    "pt": "Adicionado a {case} e marcado como urgente.",
}
APOLOGY = {
    "de": (
        "Sorry für meinen Ton gestern, war ein blöder Tag.",
        "Entschuldigung wegen gestern, ich war echt gestresst",
    ),
    "es": (
        "Perdón por el tono de ayer, tuve un día horrible.",
        "Siento lo de ayer, estaba muy agobiada",
    ),
    "en": ("Sorry for my tone yesterday, long day.",),
    "fr": ("Désolée pour mon ton hier.",),
    "it": ("Scusate per il tono di ieri.",),
    "pt": ("Desculpem o tom de ontem.",),
}
CSAT_WORD = {
    "de": ("schlecht", ""),
    "es": ("mal", ""),
    "en": ("poor", ""),
    "fr": ("nul", ""),
    "it": ("male", ""),
    "pt": ("mau", ""),
}
NPS_LOW = {
    "de": "Enttäuscht.",
    "es": "Decepcionada.",
    "en": "Disappointed.",
    "fr": "Déçu.",
    "it": "Deluso.",
    "pt": "Desiludido.",
}
SURVEY_HAPPY = {
    "de": ("Top", "Gerne wieder", ""),
    "es": ("Genial", "Muy bien", ""),
    "en": ("Great", ""),
    "fr": ("Super", ""),
    "it": ("Ottimo", ""),
    "pt": ("Ótimo", ""),
}
SLIDE = {
    "de": (
        "Lieferung diesmal vier Tage später als versprochen, naja.",
        "Die neuen Einlagen knarzen im Schuh, die alten nicht.",
        "Nachanpassung nur noch mit Termin in drei Wochen? Früher ging das spontan.",
        "Jetzt wird die Rücksendung extra berechnet, 9,90 €. Wird immer schlechter.",
        "Absolute Frechheit: Einlagen nach zwei Monaten durchgebrochen und Plantivo sagt Verschleiß.",
        "Meine Nachbarin geht jetzt zu {comp}, ich hab dort auch schon einen Scan-Termin.",
    ),
    "es": (
        "Esta vez el envío tardó cuatro días más de lo prometido, bueno.",
        "Las plantillas nuevas crujen dentro del zapato, las de antes no.",
        "Para un reajuste ahora hay cita en tres semanas? Antes era al momento.",
        "Ahora cobran la devolución, 9,90 €. Cada vez peor.",
        "Vergonzoso: plantillas rotas a los dos meses y Plantivo dice que es desgaste.",
        "Mi vecina va ahora a {comp} y ya tengo cita allí para el escaneo.",
    ),
    "en": (
        "Delivery four days later than promised this time, oh well.",
        "The new insoles creak in the shoe, the old ones didn't.",
        "A refit now needs an appointment in three weeks? Used to be walk-in.",
        "Now they charge £8 for returns. Getting worse.",
        "Disgraceful: insoles snapped after two months and Plantivo calls it wear.",
        "My neighbour uses {comp} now and I've booked a scan there.",
    ),
    "fr": (
        "Livraison quatre jours plus tard que prévu, bon.",
        "Les nouvelles semelles grincent, les anciennes non.",
        "Une retouche avec rendez-vous dans trois semaines ? Avant c'était sans rendez-vous.",
        "Maintenant le retour est payant, 9,90 €. De pire en pire.",
        "Scandaleux : semelles cassées après deux mois et Plantivo parle d'usure.",
        "Ma voisine va chez {comp}, j'y ai déjà pris rendez-vous.",
    ),
    "it": (
        "Consegna quattro giorni dopo il previsto, pazienza.",
        "Le nuove solette scricchiolano, le vecchie no.",
        "Per un ritocco serve appuntamento tra tre settimane? Prima si passava e basta.",
        "Adesso il reso si paga, 9,90 €. Sempre peggio.",
        "Vergognoso: solette rotte dopo due mesi e Plantivo dice usura.",
        "La mia vicina va da {comp}, ho già prenotato la scansione lì.",
    ),
    "pt": (
        "Entrega quatro dias depois do prometido, enfim.",
        "As palmilhas novas rangem no sapato, as antigas não.",
        "Para um ajuste agora só com marcação daqui a três semanas? Antes era logo.",
        "Agora a devolução paga-se, 9,90 €. Cada vez pior.",
        "Vergonha: palmilhas partidas aos dois meses e a Plantivo diz que é desgaste.",
        "A minha vizinha vai agora à {comp} e já marquei o scan lá.",
    ),
}
CANCEL = {
    "de": "Hallo, meine Füße sind nach der OP wieder in Ordnung und ich brauche keine Einlagen mehr. Bitte den Plantivo Club kündigen und mein Konto schließen.",
    "es": "Hola, después de la operación ya no necesito plantillas. Quiero darme de baja del Plantivo Club y cerrar la cuenta.",
    "en": "Hi, my physio says I no longer need insoles. Please cancel my Plantivo Club membership and close my account.",
    "fr": "Bonjour, je n'ai plus besoin de semelles. Merci de résilier mon Plantivo Club et de fermer mon compte.",
    "it": "Buongiorno, non ho più bisogno delle solette. Vorrei disdire il Plantivo Club e chiudere l'account.",
    "pt": "Olá, já não preciso de palmilhas. Quero cancelar o Plantivo Club e fechar a conta.",
}
SORRY_GO = {
    "de": "Schade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website kündigen.",
    "es": "Sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
    "fr": "Dommage de vous voir partir. Vous pouvez résilier dans l'app ou sur le site.",
    "it": "Ci spiace. Può disdire direttamente nell'app o sul sito.",
    "pt": "Lamentamos. Pode cancelar na app ou no site.",
}
GRUMBLE = {
    "de": (
        "Die App meldet mich ständig ab.",
        "Warum kommt die Versandmail um 5 Uhr früh?",
        "Parkplatz am Studio ist eine Katastrophe.",
    ),
    "es": (
        "La app me cierra sesión cada dos por tres.",
        "Por qué el aviso de envío llega a las 5 de la mañana?",
        "Aparcar en la tienda es imposible.",
    ),
    "en": ("The app logs me out every single time.", "Why does the shipping text arrive at 5am?"),
    "fr": ("L'appli me déconnecte tout le temps.", "Le SMS d'expédition à 5h du matin, sérieux ?"),
    "it": ("L'app mi disconnette sempre.", "Il messaggio di spedizione alle 5 di mattina?"),
    "pt": ("A app termina sempre a sessão.", "A mensagem de envio às 5 da manhã?"),
}
SARCASM = {
    "de": "Toll, Expresslieferung in nur 9 Tagen 👏",
    "es": "Genial, envío exprés en solo 9 días 👏",
    "en": "Great, express delivery in just 9 days 👏",
    "fr": "Bravo, livraison express en 9 jours seulement 👏",
    "it": "Fantastico, spedizione express in soli 9 giorni 👏",
    "pt": "Ótimo, entrega expresso em só 9 dias 👏",
}
MILD = {
    "de": (
        "Die Studio-Suche zeigt mir Filialen in der falschen Stadt.",
        "Benachrichtigungen kommen auf Englisch statt Deutsch.",
    ),
    "es": (
        "El buscador de tiendas me enseña las de otra ciudad.",
        "Las notificaciones me llegan en inglés.",
    ),
    "en": ("Studio finder shows the wrong city for me.",),
    "fr": ("La recherche de boutique affiche la mauvaise ville.",),
    "it": ("La ricerca negozi mostra la città sbagliata.",),
    "pt": ("A pesquisa de lojas mostra a cidade errada.",),
}
SPIKE = {
    "de": (
        "Fußscan in der App bleibt bei 99 % stehen, Fehler {code}. Kann nicht bestellen!",
        "Scan geht nicht, immer {code}, auch im Studio am Gerät",
        "was ist los, App sagt {code} beim Hochladen vom Scan",
    ),
    "es": (
        "El escaneo del pie se queda en 99 % y sale el error {code}. No puedo pedir nada",
        "No va el escaneo, error {code} todo el rato, también en la tienda",
        "que pasa con la app?? error {code} al subir el escaneo",
    ),
    "en": ("Foot scan stuck at 99 % with error {code}, can't order",),
    "fr": ("Le scan du pied bloque à 99 %, erreur {code}",),
    "it": ("La scansione si blocca al 99 %, errore {code}",),
    "pt": ("O scan fica nos 99 % com erro {code}",),
}
SPIKE_AGAIN = {
    "de": "Immer noch {code}, jetzt auch am Handy meines Mannes.",
    "es": "Sigue el {code}, ahora también con el móvil de mi marido.",
    "en": "Still {code}, on my partner's phone too.",
    "fr": "Toujours {code}, aussi sur le téléphone de mon mari.",
    "it": "Ancora {code}, anche sul telefono di mio marito.",
    "pt": "Continua {code}, também no telemóvel do meu marido.",
}
SPIKE_CHAT = {
    "de": "Ja, der Scan-Upload fällt gerade überall aus, unsere Technik ist dran.",
    "es": "Sí, la subida de escaneos falla ahora mismo en todas partes, ya lo están mirando.",
    "en": "Yes, scan uploads are failing everywhere right now, our engineers are on it.",
    "fr": "Oui, l'envoi des scans échoue partout, nos équipes sont dessus.",
    "it": "Sì, il caricamento delle scansioni non va ovunque, ci stiamo lavorando.",
    "pt": "Sim, o envio de scans falha em todo o lado, estamos a tratar.",
}
SPIKE_FIXED = {
    "de": "Der Scan funktioniert wieder seit 11:20 Uhr. Wir haben Ihnen 10 € gutgeschrieben.",
    "es": "El escaneo vuelve a funcionar desde las 11:20. Te hemos abonado 10 €.",
    "en": "Scans work again since 10:20. We've added £9 credit.",
    "fr": "Le scan fonctionne de nouveau depuis 11h20. 10 € crédités.",
    "it": "La scansione funziona di nuovo dalle 11:20. 10 € accreditati.",
    "pt": "O scan funciona de novo desde as 10:20. Creditámos 10 €.",
}
LONE_Q = {
    "de": "Gestern Abend hat der Scan ewig gebraucht, ging dann aber. Ist das normal?",
    "es": "Anoche el escaneo tardó mucho pero al final se subió. Es normal?",
}
LONE_A = {
    "de": "Bei schwachem WLAN dauert der Upload länger, das ist normal.",
    "es": "Con wifi lento tarda más, es normal.",
}
B2B_PROBLEMS = ("invoice", "late_batch", "portal", "overbilled")
B2B_COMPLAINT = {
    "invoice": {
        "de": "Die Rechnungen von Plantivo Work tragen noch den alten Firmennamen und keine Bestellnummer, unsere Buchhaltung lehnt sie ab.",
        "es": "Las facturas de Plantivo Work salen con el nombre antiguo de la empresa y sin número de pedido, contabilidad las rechaza.",
        "en": "Plantivo Work invoices still show our old company name and no PO number; accounts are rejecting them.",
        "fr": "Les factures Plantivo Work portent l'ancien nom et pas de bon de commande.",
        "it": "Le fatture Plantivo Work hanno ancora il vecchio nome e nessun numero d'ordine.",
        "pt": "As faturas da Plantivo Work têm o nome antigo e nenhum número de encomenda.",
    },
    "late_batch": {
        "de": "Die Einlagen für die Sicherheitsschuhe unserer Lagerschicht sind seit zwei Wochen überfällig, die Leute arbeiten ohne.",
        "es": "Las plantillas para el calzado de seguridad del turno de almacén llevan dos semanas de retraso.",
        "en": "Insoles for our warehouse shift's safety boots are two weeks overdue.",
        "fr": "Les semelles pour les chaussures de sécurité de l'entrepôt ont deux semaines de retard.",
        "it": "Le solette per le scarpe antinfortunistiche del magazzino sono in ritardo di due settimane.",
        "pt": "As palmilhas para o calçado de segurança do armazém estão duas semanas atrasadas.",
    },
    "portal": {
        "de": "Im Firmenportal sehen wir keinen einzigen Mitarbeiter-Scan mehr, wir können nichts nachbestellen.",
        "es": "En el portal de empresa no aparece ningún escaneo de empleados, no podemos repetir pedidos.",
        "en": "The company portal shows none of our staff scans, so we can't reorder.",
        "fr": "Le portail entreprise n'affiche plus aucun scan, impossible de recommander.",
        "it": "Il portale aziendale non mostra più le scansioni, non possiamo riordinare.",
        "pt": "O portal da empresa não mostra nenhum scan, não conseguimos reencomendar.",
    },
    "overbilled": {
        "de": "Uns wird der Einzelpreis berechnet statt des vereinbarten Rahmenpreises, über 800 € zu viel.",
        "es": "Nos cobran precio unitario en vez del precio del contrato marco, más de 800 € de diferencia.",
        "en": "We're billed the single-pair price instead of our contract rate, over £700 too much.",
        "fr": "On nous facture le prix unitaire au lieu du tarif contrat.",
        "it": "Ci fatturate il prezzo singolo invece della tariffa del contratto.",
        "pt": "Estão a cobrar o preço unitário em vez do preço do contrato.",
    },
}
B2B_FOLLOW = {
    "de": "Wie {first} am {day} schon geschrieben hat ({case}): ",
    "es": "Como ya escribió {first} el {day} ({case}): ",
    "en": "As {first} wrote on {day} ({case}): ",
    "fr": "Comme {first} l'a écrit {day} ({case}) : ",
    "it": "Come ha scritto {first} {day} ({case}): ",
    "pt": "Como {first} escreveu na {day} ({case}): ",
}
B2B_LAST_MAIL = {
    "de": "Zu {case}: nichts ist behoben, mehrere Kollegen haben geschrieben. Unser Einkauf hat schon bei {comp} angefragt.",
    "es": "Sobre {case}: nada resuelto y ya os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "en": "Re {case}: nothing is fixed and several colleagues have written. Procurement has asked {comp} for rates.",
}
B2B_LAST_CALL = {
    "de": "ja guten tag wegen {case} es ist immer noch nichts passiert mehrere kollegen haben schon geschrieben mein chef sagt wir wechseln den anbieter wenn das diese woche nicht klappt",
    "es": "hola llamo por {case} sigue todo igual ya os han escrito varios compañeros mi jefe dice que cambiamos de proveedor si esta semana no se arregla",
    "en": "hi calling about {case} still nothing fixed several colleagues have written my boss says we move the account if it's not sorted this week",
    "fr": "bonjour pour {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur",
    "it": "buongiorno per {case} ancora niente diversi colleghi hanno scritto il capo dice che cambiamo fornitore",
    "pt": "bom dia sobre {case} continua igual vários colegas escreveram o meu chefe diz que mudamos de fornecedor",
}
B2B_MILD = {
    "de": (
        "Wäre schön, wenn wir die Kosten nach Kostenstelle exportieren könnten.",
        "Vorschlag: Schuhgröße mit auf den Lieferschein.",
    ),
    "es": (
        "Estaría bien exportar los costes por centro de coste.",
        "Sugerencia: poner la talla en el albarán.",
    ),
    "en": ("It would help to export costs by cost centre.",),
    "fr": ("Ce serait bien d'exporter les coûts par centre de coût.",),
    "it": ("Sarebbe utile esportare i costi per centro di costo.",),
    "pt": ("Seria útil exportar custos por centro de custo.",),
}
B2B_Q = {
    "de": ("Können wir neue Mitarbeiter direkt im Portal zum Scan anmelden?",),
    "es": ("¿Podemos dar de alta empleados nuevos para el escaneo desde el portal?",),
    "en": ("Can we register new starters for a scan in the portal?",),
    "fr": ("Peut-on inscrire les nouveaux salariés au scan dans le portail ?",),
    "it": ("Possiamo iscrivere i nuovi assunti alla scansione dal portale?",),
    "pt": ("Podemos inscrever novos colaboradores no portal?",),
}
B2B_PRAISE = {
    "de": "Scan-Tag bei uns im Betrieb lief reibungslos, danke Plantivo Work",
    "es": "El día de escaneo en la empresa fue perfecto, gracias Plantivo Work",
    "en": "Scan day at our depot went smoothly, thanks Plantivo Work",
    "fr": "Journée scan chez nous parfaite, merci Plantivo Work",
    "it": "Giornata scansioni in azienda perfetta, grazie Plantivo Work",
    "pt": "Dia de scans na empresa correu bem, obrigado Plantivo Work",
}
WEEKDAY = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
}
PRODUCTS = (
    ("Sport insoles / Plantillas deportivas", "149.00"),
    ("Everyday insoles / Plantillas de diario", "119.00"),
    ("Work boot insoles / Plantillas para botas de trabajo", "139.00"),
    ("Refit / Reajuste", "29.00"),
)
