"""Wording for heldout199 (Obiettara: camera and lens hire). Never tune on this set."""

from __future__ import annotations

# ruff: noqa: E501

LANGS = ("en", "it", "fr", "de", "pt", "es")
BRAND = "Obiettara"
COMPETITORS = ("Fotonika", "Lentiqo")

PRAISE: dict[str, list[str]] = {
    "en": [
        "Hired the 70-200 for my sister's wedding from Obiettara, pin sharp, arrived in a proper padded case. Lovely.",
        "obiettara sorted me a mirrorless body for the weekend in ten minutes, spotless sensor too. cheers",
        "Honestly the easiest hire I've done. Lens clean, batteries charged, return label in the box.",
    ],
    "it": [
        "Noleggiato il 24-70 da Obiettara per il battesimo di mia nipote, nitidissimo e arrivato in una borsa imbottita. Top!",
        "obiettara mi ha dato una mirrorless per il weekend in dieci minuti, sensore pulitissimo. grazie mille",
        "Il noleggio piu semplice che abbia mai fatto: obiettivo pulito, batterie cariche, etichetta di reso nella scatola.",
    ],
    "fr": [
        "Loué le 85 mm chez Obiettara pour un mariage, piqué parfait, livré dans une vraie valise. Merci !"
    ],
    "de": [
        "Das 100-400 von Obiettara fürs Vogelwochenende gemietet, knackscharf und super verpackt. Danke!"
    ],
    "pt": [
        "Aluguei a 50 mm na Obiettara para o batizado, nitidez incrível e chegou numa mala almofadada. Obrigada!"
    ],
    "es": [
        "Alquilé el 35 mm en Obiettara para la boda de mi prima, nitidez brutal y llegó en maletín acolchado. ¡Gracias!"
    ],
}

AGAIN: dict[str, list[str]] = {
    "en": [
        "Third time hiring from Obiettara this year and again the kit was perfect.",
        "still impressed, the drone kit came charged again. second time no faults at all",
    ],
    "it": [
        "Terza volta quest'anno con Obiettara e di nuovo attrezzatura perfetta.",
        "ancora una volta tutto puntuale, il gimbal era carico come sempre",
    ],
    "fr": ["Troisième location cette année chez Obiettara, encore une fois impeccable."],
    "de": ["Schon wieder alles perfekt bei Obiettara, das dritte Mal dieses Jahr."],
    "pt": ["Terceira vez este ano com a Obiettara e outra vez tudo perfeito."],
    "es": ["Tercera vez este año con Obiettara y otra vez todo perfecto."],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "en": ["Great lens, great service, only the lens hood was missing. Would hire again."],
    "it": [
        "Obiettivo ottimo e servizio gentile, solo il paraluce mancava. Lo rinoleggio volentieri.",
        "Tutto bene, peccato che il manuale sia solo in PDF. Per il resto bravissimi.",
    ],
    "fr": ["Super objectif, juste le pare-soleil manquait. Je relouerai."],
    "de": ["Tolles Objektiv, nur die Streulichtblende fehlte. Gerne wieder."],
    "pt": ["Lente ótima, só faltava o para-sol. Volto a alugar."],
    "es": ["Objetivo genial, solo faltaba el parasol. Repetiré."],
}

QUESTION: dict[str, list[str]] = {
    "en": [
        "Hi, can I collect the tripod at the Camden counter instead of delivery?",
        "does the Plus membership cover a second battery for free?",
    ],
    "it": [
        "Ciao, posso ritirare il treppiede al banco di Milano invece della consegna?",
        "la membership Plus include una seconda batteria gratis?",
    ],
    "fr": ["Bonjour, je peux retirer le trépied au comptoir au lieu de la livraison ?"],
    "de": ["Hallo, kann ich das Stativ am Schalter abholen statt liefern lassen?"],
    "pt": ["Olá, posso levantar o tripé no balcão em vez da entrega?"],
    "es": ["Hola, ¿puedo recoger el trípode en el mostrador en vez de envío?"],
}

CALL_QUESTION: dict[str, list[str]] = {
    "en": [
        "hi yes i was wondering if the weekend rate starts friday afternoon or saturday morning thanks"
    ],
    "it": [
        "si buongiorno volevo sapere se la tariffa weekend parte dal venerdi pomeriggio o dal sabato grazie"
    ],
    "fr": [
        "oui bonjour je voulais savoir si le tarif week-end commence le vendredi après-midi merci"
    ],
    "de": [
        "ja hallo ich wollte fragen ob der Wochenendtarif schon Freitagnachmittag anfängt danke"
    ],
    "pt": [
        "sim bom dia queria saber se a tarifa de fim de semana começa na sexta à tarde obrigado"
    ],
    "es": [
        "si hola queria saber si la tarifa de fin de semana empieza el viernes por la tarde gracias"
    ],
}

ANSWER: dict[str, str] = {
    "en": "Hi, yes, that works: you'll get a QR code for the counter the day before. Anything else, just ask!",
    "it": "Ciao, certo: il giorno prima ricevi un codice QR per il banco. Per altro siamo qui!",
    "fr": "Bonjour, oui : vous recevrez un QR code pour le comptoir la veille. Bonne journée !",
    "de": "Hallo, ja, das geht: Sie bekommen am Vortag einen QR-Code für den Schalter. Schönen Tag!",
    "pt": "Olá, sim: recebe um código QR para o balcão na véspera. Bom dia!",
    "es": "Hola, sí: recibirás un código QR para el mostrador el día antes. ¡Buen día!",
}

THANKS: dict[str, list[str]] = {
    "en": ["cheers, legend", "ta very much!"],
    "it": ["grazie mille, gentilissimi", "grz, siete dei grandi"],
    "fr": ["merci, top !"],
    "de": ["danke, super!"],
    "pt": ["obg, são uns craques"],
    "es": ["gracias, sois unos cracks"],
}

NIGHT_POST: dict[str, list[str]] = {
    "en": [
        "3am and I'm still editing the wedding shots from the Obiettara 85mm, they're gorgeous",
        "night shift done, booked a macro lens for Saturday, can't wait",
    ],
    "it": [
        "sono le 2 e sto ancora sistemando le foto fatte col 50 di Obiettara, bellissime",
        "finito il turno di notte, prenotato il macro per sabato",
    ],
    "fr": ["2h du matin et je trie encore les photos du 85 mm d'Obiettara, magnifiques"],
    "de": ["2 Uhr nachts und ich sortiere noch die Fotos vom Obiettara-Objektiv, traumhaft"],
    "pt": ["2 da manhã e ainda estou a editar as fotos da lente da Obiettara, lindas"],
    "es": ["las 2 de la mañana y sigo editando las fotos del 85 de Obiettara, preciosas"],
}

NIGHT_QUESTION: dict[str, list[str]] = {
    "en": ["can I drop the lens in the return box at night or does it have to be the counter?"],
    "it": ["posso lasciare l'obiettivo nella cassetta resi di notte o deve essere al banco?"],
    "fr": ["je peux déposer l'objectif dans la boîte de retour la nuit ?"],
    "de": ["kann ich das Objektiv nachts in die Rückgabebox werfen?"],
    "pt": ["posso deixar a lente na caixa de devolução à noite?"],
    "es": ["¿puedo dejar el objetivo en el buzón de devolución de noche?"],
}

NIGHT_ANSWER: dict[str, str] = {
    "en": "Yes, the return box is fine at any hour, it's scanned first thing in the morning.",
    "it": "Sì, la cassetta resi va benissimo a qualsiasi ora, la scansioniamo la mattina presto.",
    "fr": "Oui, la boîte de retour convient à toute heure, elle est scannée le matin.",
    "de": "Ja, die Rückgabebox geht jederzeit, sie wird morgens früh gescannt.",
    "pt": "Sim, a caixa de devolução serve a qualquer hora, é lida logo de manhã.",
    "es": "Sí, el buzón sirve a cualquier hora, se escanea a primera hora.",
}

PROBLEMS = ("no_show", "double_charge", "damaged", "deposit", "wrong_price", "cancel_fee")

COMPLAINT: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "The camera for my daughter's graduation was marked DELIVERED at 9:02 and never came. The ceremony was today. Unbelievable.",
        "double_charge": "You've held the £400 deposit TWICE on my card and now my rent has bounced. Sort it out.",
        "damaged": "The 24-70 arrived with a cracked front element, every shot at the christening has a flare streak. Useless.",
        "deposit": "Three weeks since I returned the drone and the deposit still isn't released.",
        "wrong_price": "I pay for Plus and you charged me the non-member rate again for the gimbal.",
        "cancel_fee": "Charged a late-cancellation fee for cancelling FOUR days ahead. Really?",
    },
    "it": {
        "no_show": "La fotocamera per la laurea di mia figlia risulta CONSEGNATA alle 9:02 e non è mai arrivata. La cerimonia era oggi. Assurdo.",
        "double_charge": "Mi avete bloccato la cauzione da 400 € DUE volte sulla carta e ora mi è tornato indietro l'affitto. Sistemate subito.",
        "damaged": "Il 24-70 è arrivato con la lente frontale incrinata, tutte le foto del battesimo hanno una striscia. Inutilizzabile.",
        "deposit": "Tre settimane da quando ho reso il drone e la cauzione non è ancora sbloccata.",
        "wrong_price": "Pago la Plus e mi avete addebitato di nuovo la tariffa da non socio per il gimbal.",
        "cancel_fee": "Penale di cancellazione tardiva per aver disdetto QUATTRO giorni prima. Ma scherziamo?",
    },
    "fr": {
        "no_show": "L'appareil pour la remise de diplôme de ma fille est marqué LIVRÉ à 9h02 et jamais arrivé. C'était aujourd'hui.",
        "double_charge": "Vous avez bloqué la caution de 400 € DEUX fois sur ma carte, mon loyer a été rejeté.",
        "damaged": "Le 24-70 est arrivé avec la lentille avant fêlée, toutes les photos du baptême sont rayées.",
        "deposit": "Trois semaines que j'ai rendu le drone et la caution n'est toujours pas débloquée.",
        "wrong_price": "Je paie Plus et vous m'avez facturé le tarif non-membre pour le stabilisateur.",
        "cancel_fee": "Des frais d'annulation tardive pour une annulation QUATRE jours avant ?",
    },
    "de": {
        "no_show": "Die Kamera für die Abschlussfeier meiner Tochter steht auf GELIEFERT um 9:02 und kam nie. Die Feier war heute.",
        "double_charge": "Sie haben die Kaution von 400 € ZWEIMAL auf meiner Karte geblockt, jetzt ist die Miete geplatzt.",
        "damaged": "Das 24-70 kam mit gesprungener Frontlinse, jedes Taufbild hat einen Streifen.",
        "deposit": "Drei Wochen seit der Rückgabe der Drohne und die Kaution ist immer noch nicht frei.",
        "wrong_price": "Ich zahle Plus und Sie haben mir wieder den Nichtmitgliedspreis für den Gimbal berechnet.",
        "cancel_fee": "Stornogebühr, obwohl ich VIER Tage vorher storniert habe?",
    },
    "pt": {
        "no_show": "A câmara para a formatura da minha filha aparece como ENTREGUE às 9:02 e nunca chegou. Era hoje.",
        "double_charge": "Bloquearam a caução de 400 € DUAS vezes no meu cartão e a renda foi devolvida.",
        "damaged": "A 24-70 chegou com a lente frontal rachada, todas as fotos do batizado têm uma risca.",
        "deposit": "Três semanas desde que devolvi o drone e a caução continua presa.",
        "wrong_price": "Pago o Plus e cobraram-me outra vez a tarifa de não sócio pelo gimbal.",
        "cancel_fee": "Taxa de cancelamento tardio por cancelar QUATRO dias antes?",
    },
    "es": {
        "no_show": "La cámara para la graduación de mi hija figura como ENTREGADA a las 9:02 y nunca llegó. Era hoy.",
        "double_charge": "Me habéis bloqueado la fianza de 400 € DOS veces en la tarjeta y me han devuelto el alquiler.",
        "damaged": "El 24-70 llegó con la lente frontal rajada, todas las fotos del bautizo tienen una raya.",
        "deposit": "Tres semanas desde que devolví el dron y la fianza sigue sin liberarse.",
        "wrong_price": "Pago Plus y me habéis cobrado otra vez la tarifa de no socio por el gimbal.",
        "cancel_fee": "¿Penalización por cancelar con CUATRO días de antelación?",
    },
}

CALL_COMPLAINT: dict[str, str] = {
    "en": "yes hello i'm calling because {problem_spoken} and nobody has told me anything i want this fixed today",
    "it": "si buongiorno chiamo perche {problem_spoken} e nessuno mi ha detto niente voglio che sia risolto oggi",
    "fr": "oui bonjour j'appelle parce que {problem_spoken} et personne ne m'a rien dit je veux une solution aujourd'hui",
    "de": "ja hallo ich rufe an weil {problem_spoken} und niemand hat mir was gesagt ich will das heute gelöst haben",
    "pt": "sim bom dia estou a ligar porque {problem_spoken} e ninguém me disse nada quero isto resolvido hoje",
    "es": "si hola llamo porque {problem_spoken} y nadie me ha dicho nada quiero que se solucione hoy",
}

SPOKEN: dict[str, str] = {
    "en": "my camera hire is marked delivered and it never came",
    "it": "il noleggio risulta consegnato e non e mai arrivato",
    "fr": "ma location est marquée livrée et rien n'est arrivé",
    "de": "meine Miete steht auf geliefert und es kam nichts",
    "pt": "o aluguer aparece como entregue e nunca chegou",
    "es": "el alquiler sale como entregado y nunca llego",
}

LONG_EMAIL: dict[str, str] = {
    "en": "Dear Obiettara team,\n\nI'm writing this from the car outside my son's football practice, so forgive the brevity. We've been customers for two years and have always recommended you to friends. This time, though: {complaint}\n\nI'd appreciate a call back.\n\nKind regards,\n{name}",
    "it": "Gentile team Obiettara,\n\nvi scrivo dalla sala d'attesa del pediatra, quindi perdonate la fretta. Siamo clienti da due anni e vi abbiamo sempre consigliato agli amici. Questa volta però: {complaint}\n\nGradirei essere richiamata.\n\nCordiali saluti,\n{name}",
}

SARCASM: dict[str, list[str]] = {
    "en": [
        "Love how the 'express' delivery turned up at 19:50, just in time to shoot the sunset in the dark 👏"
    ],
    "it": [
        "Bellissima la consegna 'express' arrivata alle 19:50, giusto in tempo per fotografare il tramonto al buio 👏",
        "Il treppiede è arrivato con una gamba sola, minimalismo puro 😂",
    ],
    "fr": [
        "Super la livraison 'express' à 19h50, pile pour photographier le coucher de soleil dans le noir 👏"
    ],
    "de": [
        "Toll, die 'Express'-Lieferung um 19:50, genau rechtzeitig für den Sonnenuntergang im Dunkeln 👏"
    ],
    "pt": [
        "Adorei a entrega 'expresso' às 19:50, mesmo a tempo de fotografar o pôr do sol às escuras 👏"
    ],
    "es": [
        "Genial la entrega 'exprés' a las 19:50, justo a tiempo para fotografiar el atardecer a oscuras 👏"
    ],
}

APOLOGY: dict[str, str] = {
    "en": "Sorry for yesterday's tone, I was stressed. Thanks for looking into {case}.",
    "it": "Scusate per il tono di ieri, ero stressata. Grazie per seguire la pratica {case}.",
    "fr": "Désolé pour mon ton d'hier, j'étais stressé. Merci de suivre le dossier {case}.",
    "de": "Entschuldigung für gestern, ich war gestresst. Danke, dass Sie sich um {case} kümmern.",
    "pt": "Desculpem o tom de ontem, estava stressada. Obrigada por tratarem do processo {case}.",
    "es": "Perdón por el tono de ayer, estaba agobiada. Gracias por mirar el caso {case}.",
}

CONFIRM: dict[str, str] = {
    "en": "Confirmed, {case} is sorted, all good now. Thanks!",
    "it": "Confermo, la pratica {case} è risolta, tutto a posto. Grazie!",
    "fr": "Je confirme, le dossier {case} est réglé. Merci !",
    "de": "Bestätigt, {case} ist erledigt. Danke!",
    "pt": "Confirmo, o processo {case} está resolvido. Obrigado!",
    "es": "Confirmo, el caso {case} está resuelto. ¡Gracias!",
}

AGENT_CASE: dict[str, str] = {
    "en": "Hello {first}, we're very sorry. We've opened case {case} and will update you within 24 hours. Obiettara Support",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {case} e ti aggiorniamo entro 24 ore. Assistenza Obiettara",
    "fr": "Bonjour {first}, nous sommes désolés. Dossier {case} ouvert, réponse sous 24 heures. Service client Obiettara",
    "de": "Hallo {first}, das tut uns leid. Vorgang {case} ist eröffnet, Rückmeldung binnen 24 Stunden. Obiettara Kundenservice",
    "pt": "Olá {first}, lamentamos muito. Abrimos o processo {case} e damos notícias em 24 horas. Apoio Obiettara",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto el caso {case} y te decimos algo en 24 horas. Atención Obiettara",
}

AGENT_QUALITY: dict[str, str] = {
    "en": "Hello {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "it": "Ciao {first}, la pratica {case} è passata al nostro responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "fr": "Bonjour {first}, le dossier {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "de": "Hallo {first}, Vorgang {case} liegt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "pt": "Olá {first}, o processo {case} está com o nosso responsável de qualidade, que liga até sexta ao almoço.",
    "es": "Hola {first}, el caso {case} está con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
}

AGENT_FIXED: dict[str, str] = {
    "en": "Good news on case {case}, {first}: it should be fixed now. Could you confirm?",
    "it": "Buone notizie sulla pratica {case}, {first}: dovrebbe essere risolta. Puoi confermare?",
    "fr": "Bonne nouvelle pour le dossier {case}, {first} : c'est réglé normalement. Pouvez-vous confirmer ?",
    "de": "Gute Nachricht zu {case}, {first}: sollte behoben sein. Können Sie das bestätigen?",
    "pt": "Boas notícias sobre o processo {case}, {first}: deve estar resolvido. Pode confirmar?",
    "es": "Buenas noticias sobre el caso {case}, {first}: debería estar resuelto. ¿Puedes confirmarlo?",
}

AGENT_SORRY: dict[str, str] = {
    "en": "Sorry to see you go, {first}. You can cancel Plus yourself in the app or on the website.",
    "it": "Ci dispiace vederti andare, {first}. Puoi disdire la Plus da solo nell'app o sul sito.",
    "fr": "Dommage de vous voir partir, {first}. Vous pouvez résilier Plus dans l'appli ou sur le site.",
    "de": "Schade, dass Sie gehen, {first}. Sie können Plus in der App oder auf der Website kündigen.",
    "pt": "Lamentamos vê-lo partir, {first}. Pode cancelar o Plus na app ou no site.",
    "es": "Sentimos que te vayas, {first}. Puedes cancelar Plus tú mismo en la app o en la web.",
}

REPEAT_LATER: dict[str, str] = {
    "en": "Case {case} is STILL open. Nothing has changed since I first wrote.",
    "it": "La pratica {case} è ANCORA aperta. Non è cambiato nulla da quando ho scritto.",
    "fr": "Le dossier {case} est TOUJOURS ouvert. Rien n'a changé.",
    "de": "Vorgang {case} ist IMMER NOCH offen. Nichts hat sich geändert.",
    "pt": "O processo {case} continua ABERTO. Nada mudou.",
    "es": "El caso {case} sigue ABIERTO. No ha cambiado nada.",
}

REPEAT_THIRD: dict[str, str] = {
    "en": "Third time about {case}. A friend hires from {competitor} and they sort this the same day.",
    "it": "Terza volta per la pratica {case}. Un amico noleggia da {competitor} e lì lo risolvono in giornata.",
    "fr": "Troisième fois pour {case}. Un ami loue chez {competitor} et eux règlent ça le jour même.",
    "de": "Zum dritten Mal wegen {case}. Ein Freund mietet bei {competitor}, die lösen das am selben Tag.",
    "pt": "Terceira vez sobre {case}. Um amigo aluga na {competitor} e lá resolvem no mesmo dia.",
    "es": "Tercera vez por el caso {case}. Un amigo alquila en {competitor} y allí lo arreglan el mismo día.",
}

REPEAT_FOURTH: dict[str, str] = {
    "en": "FOURTH time. Case {case}. Still not fixed.",
    "it": "QUARTA volta. Pratica {case}. Ancora niente.",
    "fr": "QUATRIÈME fois. Dossier {case}. Toujours rien.",
    "de": "Zum VIERTEN Mal. {case}. Immer noch nichts.",
    "pt": "QUARTA vez. Processo {case}. Continua igual.",
    "es": "CUARTA vez. Caso {case}. Sigue igual.",
}

SLIDE: dict[str, list[str]] = {
    "en": [
        "Kit came three hours late, no call. Bit disappointing from Obiettara.",
        "Lens cap missing and the battery half charged. Not like you.",
        "Now a photo of every single item demanded at return? Come on.",
        "Deposit doubled and a week to release. This is getting silly.",
        "FURIOUS. £35 'sensor cleaning fee' for a camera I returned spotless, your own app photos prove it.",
        "My cousin hires from {competitor}, I've booked Saturday's lens there. Done with Obiettara.",
    ],
    "it": [
        "Attrezzatura arrivata con tre ore di ritardo, senza una chiamata. Un po' deludente.",
        "Mancava il tappo e la batteria era mezza scarica. Non è da voi.",
        "Adesso serve una foto di ogni singolo pezzo al reso? Dai.",
        "Cauzione raddoppiata e una settimana per sbloccarla. Sta diventando ridicolo.",
        "FURIOSA. 40 € di 'pulizia sensore' per una fotocamera resa perfetta, lo dimostrano le foto della vostra app.",
        "Mio cugino noleggia da {competitor}, ho prenotato lì l'obiettivo per sabato. Basta Obiettara.",
    ],
    "fr": [
        "Matériel livré avec trois heures de retard, sans appel.",
        "Bouchon manquant et batterie à moitié chargée.",
        "Une photo de chaque pièce exigée au retour maintenant ?",
        "Caution doublée et une semaine pour la débloquer. Ridicule.",
        "FURIEUX. 40 € de 'nettoyage capteur' pour un boîtier rendu impeccable.",
        "Mon cousin loue chez {competitor}, j'ai réservé samedi là-bas.",
    ],
    "de": [
        "Ausrüstung drei Stunden zu spät, kein Anruf.",
        "Deckel fehlte, Akku halb leer.",
        "Jetzt ein Foto von jedem Teil bei der Rückgabe?",
        "Kaution verdoppelt und eine Woche bis zur Freigabe. Lächerlich.",
        "WÜTEND. 40 € 'Sensorreinigung' für eine makellos zurückgegebene Kamera.",
        "Mein Cousin mietet bei {competitor}, ich habe Samstag dort gebucht.",
    ],
    "pt": [
        "O material chegou três horas atrasado, sem aviso.",
        "Faltava a tampa e a bateria vinha a meio.",
        "Agora uma foto de cada peça na devolução?",
        "Caução a dobrar e uma semana para libertar. Ridículo.",
        "FURIOSA. 40 € de 'limpeza do sensor' por uma câmara devolvida impecável.",
        "O meu primo aluga na {competitor}, reservei lá para sábado.",
    ],
    "es": [
        "El material llegó tres horas tarde, sin avisar.",
        "Faltaba la tapa y la batería a medias.",
        "¿Ahora una foto de cada pieza en la devolución?",
        "Fianza doblada y una semana para liberarla. Ridículo.",
        "FURIOSA. 40 € de 'limpieza de sensor' por una cámara devuelta impecable.",
        "Mi primo alquila en {competitor}, he reservado allí el sábado.",
    ],
}

CANCEL_REQUEST: dict[str, str] = {
    "en": "Hi, I've bought my own camera now, so please cancel my Obiettara Plus and close my account.",
    "it": "Ciao, ormai ho comprato la mia fotocamera, vi chiedo di disdire la Plus e chiudere l'account.",
    "fr": "Bonjour, j'ai acheté mon propre appareil, merci de résilier Plus et fermer mon compte.",
    "de": "Hallo, ich habe jetzt eine eigene Kamera, bitte kündigen Sie Plus und schließen Sie mein Konto.",
    "pt": "Olá, já comprei a minha câmara, por favor cancelem o Plus e fechem a conta.",
    "es": "Hola, ya me he comprado mi cámara, por favor cancelad Plus y cerrad mi cuenta.",
}

GRUMBLE: dict[str, list[str]] = {
    "en": [
        "the app logs me out every single time",
        "40 minute queue at the counter on Saturday again",
    ],
    "it": ["l'app mi disconnette ogni volta", "40 minuti di coda al banco sabato, di nuovo"],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "de": ["die App meldet mich jedes Mal ab"],
    "pt": ["a app desliga-me a sessão sempre"],
    "es": ["la app me cierra la sesión cada vez"],
}

MILD: dict[str, str] = {
    "en": "Small thing: the counter finder shows the wrong city for me.",
    "it": "Piccola cosa: la ricerca dei banchi mi mostra la città sbagliata.",
    "fr": "Petit détail : la recherche de comptoir affiche la mauvaise ville.",
    "de": "Kleinigkeit: die Schaltersuche zeigt die falsche Stadt.",
    "pt": "Pormenor: a pesquisa de balcões mostra a cidade errada.",
    "es": "Detalle: el buscador de mostradores muestra la ciudad equivocada.",
}

ACK: dict[str, str] = {
    "en": "Thanks for telling us, we've passed it to the app team.",
    "it": "Grazie della segnalazione, l'abbiamo girata al team dell'app.",
    "fr": "Merci, nous l'avons transmis à l'équipe de l'appli.",
    "de": "Danke, wir haben es ans App-Team weitergegeben.",
    "pt": "Obrigado, passámos ao equipa da app.",
    "es": "Gracias, lo hemos pasado al equipo de la app.",
}

# The planted incident (topic_spike only).
SPIKE: dict[str, list[str]] = {
    "en": [
        "Obiettara app just told me my lens is OVERDUE and charged a late fee. It's not due back till Tuesday!! error RTN-286",
        "why am i getting 'hire overdue, late fee charged' notifications, I only picked the camera up yesterday",
        "Got charged £25 late fee by the app for a hire that runs until next week. What is going on?",
    ],
    "it": [
        "L'app di Obiettara dice che il mio obiettivo è IN RITARDO e mi ha addebitato la penale. Scade martedì!! errore RTN-286",
        "perche mi arrivano notifiche 'noleggio scaduto, penale addebitata'? ho ritirato la fotocamera ieri",
        "Addebitati 30 € di penale ritardo per un noleggio che finisce la settimana prossima. Che succede?",
    ],
    "fr": [
        "L'appli Obiettara dit que mon objectif est EN RETARD et m'a facturé une pénalité, il est dû mardi ! RTN-286"
    ],
    "de": [
        "Die Obiettara-App sagt, mein Objektiv sei ÜBERFÄLLIG und hat eine Verspätungsgebühr abgebucht. Rückgabe ist erst Dienstag!"
    ],
    "pt": [
        "A app da Obiettara diz que a minha lente está em ATRASO e cobrou multa, só devolvo na terça! erro RTN-286"
    ],
    "es": [
        "La app de Obiettara dice que mi objetivo está VENCIDO y me ha cobrado recargo, ¡lo devuelvo el martes!"
    ],
}

SPIKE_AGAIN: dict[str, str] = {
    "en": "Still showing overdue and now a second late fee on my partner's phone too. RTN-286.",
    "it": "Ancora in ritardo e adesso una seconda penale, anche dal telefono di mia moglie. RTN-286.",
    "fr": "Toujours en retard et une deuxième pénalité maintenant. RTN-286.",
    "de": "Immer noch überfällig und jetzt eine zweite Gebühr. RTN-286.",
    "pt": "Continua em atraso e agora uma segunda multa. RTN-286.",
    "es": "Sigue vencido y ahora un segundo recargo. RTN-286.",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "en": "Yes, the app is wrongly marking hires as overdue right now; our engineers are on it and no late fee will stand.",
    "it": "Sì, in questo momento l'app segna per errore i noleggi come scaduti; ci stiamo lavorando e nessuna penale resterà.",
    "fr": "Oui, l'appli marque à tort les locations en retard en ce moment ; nous corrigeons et aucune pénalité ne sera gardée.",
    "de": "Ja, die App markiert Mieten gerade fälschlich als überfällig; wir arbeiten daran, keine Gebühr bleibt bestehen.",
    "pt": "Sim, a app está a marcar alugueres como atrasados por erro; estamos a tratar e nenhuma multa fica.",
    "es": "Sí, la app marca por error alquileres como vencidos ahora mismo; lo estamos arreglando y ningún recargo se mantendrá.",
}

SPIKE_FIXED: dict[str, str] = {
    "en": "Hi {first}, the overdue notices are fixed and the late fee has been refunded, plus £9 credit. Sorry!",
    "it": "Ciao {first}, gli avvisi di ritardo sono risolti e la penale rimborsata, più 10 € di credito. Scusaci!",
    "fr": "Bonjour {first}, c'est corrigé, la pénalité est remboursée avec 10 € de crédit.",
    "de": "Hallo {first}, behoben, die Gebühr ist erstattet, dazu 10 € Guthaben.",
    "pt": "Olá {first}, resolvido, multa reembolsada e 10 € de crédito.",
    "es": "Hola {first}, resuelto, recargo devuelto y 10 € de crédito.",
}

LONE: dict[str, str] = {
    "en": "the app showed my return date one day early last night, then corrected itself. is that fine?",
    "it": "ieri sera l'app mostrava la data di reso un giorno prima, poi si è corretta. va bene così?",
    "fr": "hier soir l'appli affichait le retour un jour plus tôt, puis s'est corrigée. c'est normal ?",
    "de": "gestern zeigte die App das Rückgabedatum einen Tag zu früh, dann stimmte es. passt das?",
    "pt": "ontem a app mostrava a devolução um dia antes, depois corrigiu. está tudo bem?",
    "es": "anoche la app mostraba la devolución un día antes y luego se corrigió. ¿está bien?",
}

LONE_ANSWER: dict[str, str] = {
    "en": "That was the time zone display before it synced; your return date is right.",
    "it": "Era la visualizzazione del fuso orario prima della sincronizzazione; la data è giusta.",
    "fr": "C'était l'affichage du fuseau avant synchro ; la date est juste.",
    "de": "Das war die Zeitzonenanzeige vor dem Abgleich; das Datum stimmt.",
    "pt": "Era o fuso horário antes de sincronizar; a data está certa.",
    "es": "Era la zona horaria antes de sincronizar; la fecha es correcta.",
}

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "Our invoices still show the old company name and no PO number, accounts payable won't pay them.",
        "blocked": "Our crew was refused the cinema kit at the counter, 'account on stop', but we paid last week.",
        "portal": "The portal shows no open hires so we cannot request off-hire and the bill keeps running.",
        "overbilled": "We've been billed day rates instead of our contract weekly rate, over £600 extra.",
    },
    "it": {
        "invoice": "Le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione non paga.",
        "blocked": "Alla nostra troupe hanno rifiutato il kit al banco, 'account bloccato', ma abbiamo pagato la settimana scorsa.",
        "portal": "Il portale non mostra noleggi aperti, non possiamo chiudere il noleggio e il conto continua a salire.",
        "overbilled": "Ci fatturate la tariffa giornaliera invece della settimanale da contratto, oltre 700 € in più.",
    },
    "fr": {
        "invoice": "Nos factures portent toujours l'ancien nom et aucun numéro de commande.",
        "blocked": "Notre équipe s'est vu refuser le matériel au comptoir, 'compte bloqué', alors que nous avons payé.",
        "portal": "Le portail n'affiche aucune location, impossible de demander la fin de location.",
        "overbilled": "Facturés au tarif journalier au lieu du tarif hebdomadaire du contrat.",
    },
    "de": {
        "invoice": "Unsere Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer.",
        "blocked": "Unserem Team wurde am Schalter das Set verweigert, 'Konto gesperrt', obwohl bezahlt ist.",
        "portal": "Das Portal zeigt keine offenen Mieten, wir können nicht abmelden und die Rechnung läuft weiter.",
        "overbilled": "Uns wird der Tagessatz statt des vertraglichen Wochensatzes berechnet.",
    },
    "pt": {
        "invoice": "As faturas continuam com o nome antigo e sem número de encomenda.",
        "blocked": "Recusaram o material à nossa equipa no balcão, 'conta bloqueada', mas pagámos.",
        "portal": "O portal não mostra alugueres abertos e não conseguimos pedir a devolução.",
        "overbilled": "Faturam a tarifa diária em vez da semanal do contrato.",
    },
    "es": {
        "invoice": "Las facturas siguen con el nombre antiguo y sin número de pedido.",
        "blocked": "A nuestro equipo le negaron el equipo en el mostrador, 'cuenta bloqueada', pero hemos pagado.",
        "portal": "El portal no muestra alquileres abiertos y no podemos pedir la baja.",
        "overbilled": "Nos facturáis tarifa diaria en vez de la semanal del contrato.",
    },
}

B2B_FOLLOW: dict[str, str] = {
    "en": "Following up on {case}, which {other} raised: same problem here. {complaint}",
    "it": "Riprendo la pratica {case} aperta da {other}: stesso problema anche qui. {complaint}",
    "fr": "Suite au dossier {case} ouvert par {other} : même problème ici. {complaint}",
    "de": "Zu {case}, das {other} gemeldet hat: hier dasselbe. {complaint}",
    "pt": "Sobre o processo {case} aberto pelo {other}: o mesmo aqui. {complaint}",
    "es": "Sobre el caso {case} que abrió {other}: aquí lo mismo. {complaint}",
}

B2B_LAST: dict[str, str] = {
    "en": "case {case} nothing is fixed several of us have written my boss says we move the account if it isn't sorted this week",
    "it": "pratica {case} non è cambiato niente abbiamo scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "fr": "dossier {case} rien n'est réglé plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur cette semaine sinon",
    "de": "Vorgang {case} nichts ist behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "pt": "processo {case} nada está resolvido vários colegas escreveram o meu chefe diz que mudamos de fornecedor esta semana",
    "es": "caso {case} no se ha arreglado nada varios compañeros han escrito mi jefe dice que cambiamos de proveedor esta semana",
}

B2B_SUGGEST: dict[str, str] = {
    "en": "Suggestion: could hire costs be exported by project code in the portal?",
    "it": "Suggerimento: si potrebbero esportare i costi per codice progetto dal portale?",
    "fr": "Suggestion : exporter les coûts par code projet dans le portail ?",
    "de": "Vorschlag: Mietkosten im Portal nach Projektnummer exportieren?",
    "pt": "Sugestão: exportar custos por código de projeto no portal?",
    "es": "Sugerencia: ¿exportar costes por código de proyecto en el portal?",
}

B2B_QUESTION: dict[str, str] = {
    "en": "Can we add a second site address to our account in the portal?",
    "it": "Possiamo aggiungere un secondo indirizzo di sede nel portale?",
    "fr": "Pouvons-nous ajouter une deuxième adresse de site au portail ?",
    "de": "Können wir im Portal eine zweite Standortadresse hinterlegen?",
    "pt": "Podemos juntar uma segunda morada no portal?",
    "es": "¿Podemos añadir una segunda dirección en el portal?",
}

SURVEY_WORD: dict[str, list[str]] = {
    "en": ["brilliant", "👍", ""],
    "it": ["perfetto", "👍", ""],
    "fr": ["parfait", ""],
    "de": ["prima", ""],
    "pt": ["ótimo", ""],
    "es": ["genial", ""],
}

LOW_WORD: dict[str, list[str]] = {
    "en": ["awful", ""],
    "it": ["pessimo", ""],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "pt": ["péssimo", ""],
    "es": ["fatal", ""],
}

SUBJECT_COMPLAINT: dict[str, str] = {
    "en": "Complaint",
    "it": "Reclamo",
    "fr": "Réclamation",
    "de": "Beschwerde",
    "pt": "Reclamação",
    "es": "Reclamación",
}

PRODUCTS = (
    ("Mirrorless body, weekend", "89.00"),
    ("24-70 f/2.8 lens, 3 days", "59.00"),
    ("Drone kit, weekend", "119.00"),
    ("Gimbal, 2 days", "35.00"),
    ("Macro 100 mm, weekend", "45.00"),
)
