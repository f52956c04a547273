"""Wording of heldout235 (Remarea: kayak and paddleboard hire). Every table has every language."""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("es", "it", "en", "fr", "de", "pt")

BRAND = "Remarea"
COMPETITORS = ("Palavento", "Ondriva")

ITEMS: dict[str, list[str]] = {
    "es": ["el kayak doble", "la tabla de paddle", "el kayak de travesía"],
    "it": ["il kayak doppio", "la tavola SUP", "la canoa canadese"],
    "en": ["the double kayak", "the paddleboard"],
    "fr": ["le kayak biplace", "le paddle"],
    "de": ["das Zweierkajak", "das SUP-Board"],
    "pt": ["o caiaque duplo", "a prancha de paddle"],
}

PRAISE: dict[str, list[str]] = {
    "es": [
        "Mañana perfecta en la cala con {item} de Remarea, el agua como un plato 🌊",
        "Todo impecable: chaleco a mi talla, remo ligero y el monitor majísimo. Gracias Remarea!",
        "Qué gozada salir a remar antes del trabajo, la app lo pone facilísimo",
    ],
    "it": [
        "Uscita stupenda con {item} di Remarea, acqua limpidissima 🌊",
        "Tutto perfetto: giubbotto della mia taglia, pagaia leggera e istruttore simpaticissimo. Grazie Remarea!",
        "Che bello remare all'alba prima del lavoro, con l'app si prenota in un attimo",
    ],
    "en": ["Lovely morning on the lake with {item} from Remarea, glassy water all the way 🌊"],
    "fr": ["Super sortie avec {item} de Remarea, l'eau était d'huile 🌊"],
    "de": ["Traumhafter Morgen auf dem See mit {item} von Remarea, spiegelglattes Wasser 🌊"],
    "pt": ["Manhã perfeita na baía com {item} da Remarea, água lisinha 🌊"],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera vez este mes con Remarea y otra vez todo de diez",
        "Otra vez el mismo monitor tan majo, ya somos fans",
    ],
    "it": [
        "Terza volta questo mese con Remarea e di nuovo tutto perfetto",
        "Ancora una volta puntualissimi, ormai siamo di casa",
    ],
    "en": ["Third time this summer with Remarea and still spotless boards"],
    "fr": ["Troisième sortie avec Remarea et toujours aussi bien"],
    "de": ["Schon wieder ein perfekter Ausflug, das dritte Mal mit Remarea"],
    "pt": ["Terceira vez com a Remarea e outra vez tudo impecável"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "es": [
        "Muy contentos con la salida, solo que la bolsa estanca olía a humedad. Repetiremos",
        "Genial todo, aunque el parking del embarcadero es un caos los sábados",
    ],
    "it": [
        "Contentissimi dell'uscita, solo la sacca stagna puzzava un po' di umido. Torneremo",
        "Tutto bene, anche se il parcheggio al pontile il sabato è un delirio",
    ],
    "en": ["Really happy with the trip, only the dry bag smelled a bit musty. We'll be back"],
    "fr": ["Très contents de la sortie, juste le sac étanche sentait un peu le renfermé"],
    "de": ["Sehr schöne Tour, nur der Packsack roch etwas muffig. Gerne wieder"],
    "pt": ["Adorámos a saída, só o saco estanque cheirava a mofo. Voltaremos"],
}

QUESTION: dict[str, list[str]] = {
    "es": [
        "hola, los niños de 8 años pueden ir en el kayak doble con un adulto?",
        "Se puede cambiar la hora de la reserva del sábado desde la app?",
    ],
    "it": [
        "ciao, un bimbo di 8 anni può salire sul kayak doppio con un adulto?",
        "Si può spostare l'orario della prenotazione di sabato dall'app?",
    ],
    "en": ["hi, can an 8 year old ride in the double kayak with an adult?"],
    "fr": ["bonjour, un enfant de 8 ans peut monter dans le kayak biplace avec un adulte ?"],
    "de": ["hallo, darf ein 8-jähriges Kind mit einem Erwachsenen ins Zweierkajak?"],
    "pt": ["olá, uma criança de 8 anos pode ir no caiaque duplo com um adulto?"],
}

ANSWER: dict[str, list[str]] = {
    "es": [
        "¡Hola! Sí, con chaleco infantil y un adulto en el mismo kayak. Lo tienes en la reserva."
    ],
    "it": [
        "Ciao! Sì, con giubbotto per bambini e un adulto nello stesso kayak. Lo trovi nella prenotazione."
    ],
    "en": [
        "Hi! Yes, with a child's buoyancy aid and an adult in the same kayak. It's in your booking."
    ],
    "fr": [
        "Bonjour ! Oui, avec un gilet enfant et un adulte dans le même kayak. C'est dans votre réservation."
    ],
    "de": [
        "Hallo! Ja, mit Kinderschwimmweste und einem Erwachsenen im selben Kajak. Steht in Ihrer Buchung."
    ],
    "pt": ["Olá! Sim, com colete de criança e um adulto no mesmo caiaque. Está na sua reserva."],
}

THANKS: dict[str, list[str]] = {
    "es": ["mil gracias crack!!", "genial, gracias 🙌"],
    "it": ["grazie mille, gentilissimi!", "perfetto grz 🙌"],
    "en": ["cheers, legend"],
    "fr": ["merci beaucoup, top"],
    "de": ["danke, super!"],
    "pt": ["obg, top!"],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "las 2 y sin dormir viendo vídeos de kayak de travesía... el sábado con Remarea",
        "Turno de noche en el hospital y ya soñando con la remada del domingo",
    ],
    "it": [
        "le 2 di notte e guardo video di kayak... sabato si va con Remarea",
        "Turno di notte in farmacia, penso già alla pagaiata di domenica",
    ],
    "en": ["2am and watching sea-kayak videos again, Remarea on Saturday"],
    "fr": ["2h du mat et je regarde des vidéos de kayak, samedi avec Remarea"],
    "de": ["2 Uhr nachts und ich schaue Kajakvideos, Samstag mit Remarea"],
    "pt": ["2 da manhã a ver vídeos de caiaque, sábado com a Remarea"],
}

NIGHT_Q: dict[str, list[str]] = {
    "es": ["pregunta tonta a estas horas: si llueve mañana me devolvéis la reserva?"],
    "it": ["domanda a quest'ora: se domani piove mi rimborsate la prenotazione?"],
    "en": ["silly question at this hour: if it rains tomorrow do I get my booking back?"],
    "fr": ["question à cette heure-ci : s'il pleut demain, la réservation est remboursée ?"],
    "de": ["blöde Frage so spät: wenn es morgen regnet, bekomme ich die Buchung erstattet?"],
    "pt": ["pergunta a esta hora: se chover amanhã devolvem a reserva?"],
}

NIGHT_A: dict[str, list[str]] = {
    "es": ["Buenas noches 🙂 Si cancelamos por el tiempo, el importe vuelve entero a tu tarjeta."],
    "it": ["Buonanotte 🙂 Se annulliamo per il meteo, l'importo torna tutto sulla carta."],
    "en": ["Evening 🙂 If we cancel for the weather, the full amount goes back to your card."],
    "fr": ["Bonsoir 🙂 Si nous annulons pour la météo, tout est remboursé sur la carte."],
    "de": [
        "Guten Abend 🙂 Sagen wir wetterbedingt ab, geht der volle Betrag zurück auf die Karte."
    ],
    "pt": ["Boa noite 🙂 Se cancelarmos pelo tempo, o valor volta todo ao cartão."],
}

# Six consumer problems: no_boat, double_deposit, leak, refund, wrong_price, cancel_fee.
PROBLEMS = ("no_boat", "double_deposit", "leak", "refund", "wrong_price", "cancel_fee")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_boat": {
        "es": [
            "Llegamos al embarcadero a las 9 con la reserva pagada y NO HABÍA KAYAK. Nadie avisó. Vergüenza",
            "reserva confirmada y en el pantalán ni kayak ni nadie, una hora esperando con dos niños",
        ],
        "it": [
            "Arrivati al pontile alle 9 con la prenotazione pagata e il kayak NON C'ERA. Nessuno ha avvisato",
            "prenotazione confermata e al pontile nessuno, un'ora ad aspettare con due bambini",
        ],
        "en": [
            "Turned up at the jetty at 9 with a paid booking and there was NO KAYAK. Nobody told us"
        ],
        "fr": [
            "Arrivés au ponton à 9h avec une réservation payée et AUCUN KAYAK. Personne ne nous a prévenus"
        ],
        "de": ["Um 9 am Steg mit bezahlter Buchung und KEIN KAJAK da. Niemand hat Bescheid gesagt"],
        "pt": ["Chegámos ao pontão às 9 com a reserva paga e NÃO HAVIA CAIAQUE. Ninguém avisou"],
    },
    "double_deposit": {
        "es": [
            "Me habéis retenido la fianza DOS veces, 300 € bloqueados en la tarjeta",
            "fianza cobrada dos veces y ahora no me llega para el alquiler del piso",
        ],
        "it": [
            "Mi avete bloccato la cauzione DUE volte, 300 € fermi sulla carta",
            "cauzione addebitata due volte e ora non mi basta per l'affitto",
        ],
        "en": ["You've held my deposit TWICE, £260 frozen on my card"],
        "fr": ["Vous avez bloqué la caution DEUX fois, 300 € sur ma carte"],
        "de": ["Sie haben die Kaution ZWEIMAL blockiert, 300 € auf meiner Karte"],
        "pt": ["Cativaram a caução DUAS vezes, 300 € presos no cartão"],
    },
    "leak": {
        "es": [
            "El kayak hacía agua por la quilla, volvimos empapados y con el móvil muerto",
            "la tabla hinchable perdía aire a los 20 minutos, tuvimos que volver remando de rodillas",
        ],
        "it": [
            "Il kayak imbarcava acqua dalla chiglia, siamo tornati fradici e col telefono morto",
            "la tavola gonfiabile perdeva aria dopo 20 minuti, rientrati in ginocchio",
        ],
        "en": ["The kayak was leaking through the hull, we came back soaked with a dead phone"],
        "fr": [
            "Le kayak prenait l'eau par la coque, on est rentrés trempés avec le téléphone mort"
        ],
        "de": ["Das Kajak war am Rumpf undicht, wir kamen klatschnass zurück, Handy kaputt"],
        "pt": ["O caiaque metia água pelo casco, voltámos encharcados e com o telemóvel morto"],
    },
    "refund": {
        "es": [
            "Tres semanas esperando la devolución de la fianza del kayak. TRES semanas",
            "sigo sin ver la fianza y ya ni contestáis",
        ],
        "it": [
            "Tre settimane che aspetto la restituzione della cauzione. TRE settimane",
            "la cauzione ancora non si vede e nessuno risponde",
        ],
        "en": ["Three weeks waiting for my kayak deposit back. THREE weeks"],
        "fr": ["Trois semaines que j'attends le remboursement de la caution. TROIS semaines"],
        "de": ["Seit drei Wochen warte ich auf die Kaution fürs Kajak. DREI Wochen"],
        "pt": ["Três semanas à espera da caução do caiaque. TRÊS semanas"],
    },
    "wrong_price": {
        "es": [
            "Soy socia Remarea Club y me habéis cobrado la tarifa normal, 18 € de más",
            "pago el Club cada mes para esto? tarifa sin descuento otra vez",
        ],
        "it": [
            "Sono socia Remarea Club e mi avete fatto pagare la tariffa piena, 18 € in più",
            "pago il Club ogni mese per questo? tariffa senza sconto",
        ],
        "en": ["I'm a Remarea Club member and got charged the full rate, £16 extra"],
        "fr": ["Je suis membre Remarea Club et j'ai payé le plein tarif, 18 € de trop"],
        "de": ["Ich bin Remarea-Club-Mitglied und zahle den vollen Preis, 18 € zu viel"],
        "pt": ["Sou sócia do Remarea Club e cobraram a tarifa normal, 18 € a mais"],
    },
    "cancel_fee": {
        "es": [
            "Cancelé con CUATRO días de antelación y me cobráis gastos de cancelación. En serio?",
            "me cobráis 25 € por cancelar una semana antes, no lo entiendo",
        ],
        "it": [
            "Ho disdetto con QUATTRO giorni di anticipo e mi addebitate la penale. Sul serio?",
            "25 € di penale per una disdetta di una settimana prima, assurdo",
        ],
        "en": ["Cancelled FOUR days ahead and you charged me a late-cancellation fee"],
        "fr": ["Annulé QUATRE jours avant et vous me facturez des frais d'annulation"],
        "de": ["VIER Tage vorher storniert und trotzdem eine Stornogebühr"],
        "pt": ["Cancelei com QUATRO dias de antecedência e cobraram taxa de cancelamento"],
    },
}

PROBLEM_SUBJECT: dict[str, dict[str, str]] = {
    "no_boat": {
        "es": "kayak no entregado",
        "it": "kayak non consegnato",
        "en": "no kayak at the jetty",
        "fr": "pas de kayak",
        "de": "kein Kajak am Steg",
        "pt": "sem caiaque",
    },
    "double_deposit": {
        "es": "fianza doble",
        "it": "cauzione doppia",
        "en": "deposit held twice",
        "fr": "caution en double",
        "de": "Kaution doppelt",
        "pt": "caução dupla",
    },
    "leak": {
        "es": "kayak con vía de agua",
        "it": "kayak che imbarca acqua",
        "en": "leaking kayak",
        "fr": "kayak qui fuit",
        "de": "undichtes Kajak",
        "pt": "caiaque a meter água",
    },
    "refund": {
        "es": "devolución de fianza",
        "it": "restituzione cauzione",
        "en": "deposit refund",
        "fr": "remboursement caution",
        "de": "Kautionsrückzahlung",
        "pt": "devolução da caução",
    },
    "wrong_price": {
        "es": "tarifa de socio",
        "it": "tariffa socio",
        "en": "member rate",
        "fr": "tarif membre",
        "de": "Mitgliedspreis",
        "pt": "tarifa de sócio",
    },
    "cancel_fee": {
        "es": "gastos de cancelación",
        "it": "penale di disdetta",
        "en": "cancellation fee",
        "fr": "frais d'annulation",
        "de": "Stornogebühr",
        "pt": "taxa de cancelamento",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "es": "Reclamación: ",
    "it": "Reclamo: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "pt": "Reclamação: ",
}
CASE_SUBJECT: dict[str, str] = {
    "es": "RE: Incidencia ",
    "it": "R: Segnalazione ",
    "en": "Re: Your case ",
    "fr": "RE : Demande ",
    "de": "AW: Vorgang ",
    "pt": "RE: Pedido ",
}

LONG_EMAIL: dict[str, list[str]] = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde la sala de espera del dentista, entre una cosa y otra, porque si no no saco el rato. Somos clientes desde hace dos veranos y hasta ahora todo había ido bien, mis hijos adoran las salidas del sábado.\n\nPero esto ya no. {complaint}. Les pido que lo revisen y me digan algo hoy mismo.\n\nUn saludo,\n{name}",
        "Hola equipo de Remarea,\n\nperdonad el rollo, escribo desde el coche esperando a que salga mi madre de rehabilitación. Os recomendé a medio grupo de la oficina.\n\nY ahora resulta que {complaint_lc}. No es de recibo.\n\nQuedo a la espera,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, tra una cosa e l'altra. Siamo clienti da due estati e finora tutto bene, i miei figli adorano le uscite del sabato.\n\nMa questa volta no. {complaint}. Vi chiedo di verificare e rispondermi oggi stesso.\n\nCordiali saluti,\n{name}",
        "Salve Remarea,\n\nscusate la lunghezza, scrivo dalla macchina mentre aspetto mia madre alla fisioterapia. Vi ho consigliato a mezzo ufficio.\n\nE adesso {complaint_lc}. Non è accettabile.\n\nIn attesa di risposta,\n{name}",
    ],
    "en": [
        "Hello,\n\nwriting this from the school car park while I wait for the kids, so excuse the typos. We've been with you two summers and it's always been great.\n\nBut this time: {complaint}. Please look into it today.\n\nRegards,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné. Clients depuis deux étés, jamais de souci jusqu'ici.\n\nMais là : {complaint}. Merci de regarder ça aujourd'hui.\n\nCordialement,\n{name}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Zahnarzt, sonst komme ich nicht dazu. Wir sind seit zwei Sommern Kunden und waren immer froh.\n\nAber jetzt: {complaint}. Bitte prüfen Sie das heute noch.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "pt": [
        "Bom dia,\n\nescrevo da sala de espera do médico. Somos clientes há dois verões e sempre correu bem.\n\nMas desta vez: {complaint}. Peço que vejam isto hoje.\n\nCumprimentos,\n{name}"
    ],
}

CALL: dict[str, list[str]] = {
    "es": [
        "si hola llamo por {subj} tengo la referencia {case} y nadie me dice nada quiero una solución ya",
        "buenas mire es por {subj} es que no puede ser de verdad",
    ],
    "it": [
        "sì pronto chiamo per {subj} ho il numero {case} e nessuno mi dice niente voglio una soluzione",
        "buongiorno senta è per {subj} non è possibile davvero",
    ],
    "en": [
        "yeah hi I'm calling about {subj} I've got reference {case} and nobody tells me anything"
    ],
    "fr": ["oui bonjour j'appelle pour {subj} j'ai la référence {case} et personne ne me répond"],
    "de": ["ja hallo ich rufe an wegen {subj} ich habe die Nummer {case} und keiner meldet sich"],
    "pt": ["sim olá ligo por causa de {subj} tenho a referência {case} e ninguém me diz nada"],
}

CALL_Q: dict[str, list[str]] = {
    "es": [
        "hola quería saber si el kayak doble lleva respaldo para mi madre que tiene la espalda mal"
    ],
    "it": [
        "buongiorno volevo sapere se il kayak doppio ha lo schienale per mia madre che ha mal di schiena"
    ],
    "en": ["hi just wondering if the double kayak has a backrest for my mum she has a bad back"],
    "fr": [
        "bonjour je voulais savoir si le kayak biplace a un dossier pour ma mère elle a mal au dos"
    ],
    "de": [
        "hallo ich wollte fragen ob das Zweierkajak eine Rückenlehne hat meine Mutter hat Rücken"
    ],
    "pt": [
        "olá queria saber se o caiaque duplo tem encosto para a minha mãe que tem problemas de costas"
    ],
}

CASE_OPENED: dict[str, list[str]] = {
    "es": [
        "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te escribimos en cuanto sepamos algo."
    ],
    "it": [
        "Ciao {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e ti scriviamo appena abbiamo novità."
    ],
    "en": [
        "Hi {first}, we're really sorry. We've opened case {case} and will write as soon as we know more."
    ],
    "fr": [
        "Bonjour {first}, désolés. Nous avons ouvert la demande {case} et revenons vers vous très vite."
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns bald."
    ],
    "pt": [
        "Olá {first}, lamentamos muito. Abrimos o pedido {case} e escrevemos assim que soubermos mais."
    ],
}

QUALITY_LEAD: dict[str, list[str]] = {
    "es": [
        "Hola {first}, tu incidencia {case} ya la tiene nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
    "it": [
        "Ciao {first}, la tua segnalazione {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "en": [
        "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {first}, la demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Hallo {first}, Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "pt": [
        "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que liga antes de sexta ao almoço."
    ],
}

GOOD_NEWS: dict[str, list[str]] = {
    "es": ["Buenas noticias sobre la incidencia {case}: ya está resuelto. ¿Nos lo confirmas?"],
    "it": ["Buone notizie sulla segnalazione {case}: è risolto. Ce lo confermi?"],
    "en": ["Good news on case {case}: it's sorted. Could you confirm on your side?"],
    "fr": ["Bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous confirmer ?"],
    "de": ["Gute Nachricht zu Vorgang {case}: erledigt. Können Sie das bestätigen?"],
    "pt": ["Boas notícias sobre o pedido {case}: está resolvido. Pode confirmar?"],
}

CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado lo de la incidencia {case}, todo bien. Gracias!",
        "sí, {case} resuelto, mil gracias",
    ],
    "it": [
        "Confermo per la segnalazione {case}, tutto a posto. Grazie!",
        "sì, {case} risolto, grazie mille",
    ],
    "en": ["Confirmed on {case}, all good now, thanks"],
    "fr": ["Confirmé pour {case}, tout est bon, merci"],
    "de": ["Bestätigt zu {case}, alles gut, danke"],
    "pt": ["Confirmado o {case}, está tudo bem, obrigada"],
}

APOLOGY: dict[str, list[str]] = {
    "es": ["Perdón por el tono de ayer, estaba desbordada. Gracias por responder tan rápido"],
    "it": ["Scusate per il tono di ieri, ero fuori di me. Grazie della risposta veloce"],
    "en": ["Sorry about my tone yesterday, long day. Thanks for the quick reply"],
    "fr": ["Désolée pour le ton d'hier, journée difficile. Merci d'avoir répondu vite"],
    "de": ["Sorry für den Ton gestern, war ein langer Tag. Danke für die schnelle Antwort"],
    "pt": ["Desculpem o tom de ontem, dia difícil. Obrigado pela resposta rápida"],
}

STILL_OPEN: dict[str, list[str]] = {
    "es": [
        "Sigo igual con la incidencia {case}, nadie me ha resuelto lo de {subj}",
        "Otra vez escribo por {case}: {subj} SIGUE sin arreglarse",
    ],
    "it": [
        "Sono ancora fermo con la segnalazione {case}, nessuno ha risolto {subj}",
        "Scrivo di nuovo per {case}: {subj} ANCORA da sistemare",
    ],
    "en": ["Still nothing on case {case}, {subj} is not sorted"],
    "fr": ["Toujours rien sur la demande {case}, {subj} pas réglé"],
    "de": ["Immer noch nichts zu Vorgang {case}, {subj} ist nicht gelöst"],
    "pt": ["Continuo sem nada no pedido {case}, {subj} por resolver"],
}

THIRD: dict[str, list[str]] = {
    "es": ["Una compañera alquila en {comp} y allí esto lo arreglan el mismo día."],
    "it": ["Una collega noleggia da {comp} e lì lo sistemano in giornata."],
    "en": ["A colleague rents from {comp} and they sort this the same day."],
    "fr": ["Une collègue loue chez {comp}, eux règlent ça dans la journée."],
    "de": ["Eine Kollegin mietet bei {comp}, die lösen das am selben Tag."],
    "pt": ["Uma colega aluga na {comp} e lá resolvem no mesmo dia."],
}

FOURTH: dict[str, list[str]] = {
    "es": ["Es la CUARTA vez que escribo por {case}."],
    "it": ["È la QUARTA volta che scrivo per {case}."],
    "en": ["This is the FOURTH time I write about {case}."],
    "fr": ["C'est la QUATRIÈME fois que j'écris pour {case}."],
    "de": ["Das ist das VIERTE Mal wegen {case}."],
    "pt": ["É a QUARTA vez que escrevo sobre {case}."],
}

URGENT: dict[str, list[str]] = {
    "es": ["Añadido a tu incidencia {case} y marcado como urgente."],
    "it": ["Aggiunto alla segnalazione {case} e segnato come urgente."],
    "en": ["Added to your case {case} and marked urgent."],
    "fr": ["Ajouté à votre demande {case}, marqué urgent."],
    "de": ["Zu Vorgang {case} hinzugefügt und als dringend markiert."],
    "pt": ["Acrescentado ao pedido {case} e marcado urgente."],
}

SLIDE: dict[str, list[str]] = {
    "es": [
        "El monitor llegó 40 minutos tarde y sin avisar",
        "chalecos sucios y un remo con la pala rajada, esto antes no pasaba",
        "Ahora piden foto de cada pieza al devolver, una hora perdida en el pantalán",
        "La fianza ha subido al doble y tarda una semana en liberarse. Cada vez peor",
        "30 € de 'limpieza' por un kayak que devolví impecable, con las fotos de vuestra propia app. FARTA",
        "Mi cuñado alquila en {comp} y el sábado ya reservé allí",
    ],
    "it": [
        "L'istruttore è arrivato con 40 minuti di ritardo senza avvisare",
        "giubbotti sporchi e una pagaia con la pala crepata, prima non succedeva",
        "Ora vogliono una foto di ogni pezzo alla riconsegna, un'ora persa al pontile",
        "La cauzione è raddoppiata e ci vuole una settimana per sbloccarla. Sempre peggio",
        "30 € di 'pulizia' per un kayak riconsegnato pulitissimo, con le foto della vostra app. BASTA",
        "Mio cognato noleggia da {comp} e sabato ho già prenotato lì",
    ],
    "en": [
        "Instructor turned up 40 minutes late, no message",
        "dirty buoyancy aids and a paddle with a cracked blade, never used to happen",
        "Now a photo of every item at return, an hour lost on the jetty",
        "Deposit doubled and a week to release it. Getting worse every time",
        "£25 'cleaning fee' for a kayak I returned spotless, with your own app's photos. DONE",
        "My brother-in-law rents from {comp}, booked Saturday there",
    ],
    "fr": [
        "Moniteur arrivé avec 40 minutes de retard sans prévenir",
        "gilets sales et une pagaie fendue, ça n'arrivait jamais avant",
        "Maintenant une photo de chaque pièce au retour, une heure perdue au ponton",
        "Caution doublée et une semaine pour la débloquer. De pire en pire",
        "30 € de 'nettoyage' pour un kayak rendu impeccable, photos de votre appli à l'appui. MARRE",
        "Mon beau-frère loue chez {comp}, j'ai réservé samedi là-bas",
    ],
    "de": [
        "Der Guide kam 40 Minuten zu spät, ohne Nachricht",
        "dreckige Westen und ein Paddel mit gerissenem Blatt, früher nie",
        "Jetzt ein Foto von jedem Teil bei Rückgabe, eine Stunde am Steg verloren",
        "Kaution verdoppelt und eine Woche bis zur Freigabe. Immer schlimmer",
        "30 € 'Reinigung' für ein sauber zurückgegebenes Kajak, mit Fotos aus eurer App. REICHT",
        "Mein Schwager mietet bei {comp}, Samstag habe ich dort gebucht",
    ],
    "pt": [
        "O monitor chegou 40 minutos atrasado sem avisar",
        "coletes sujos e uma pagaia rachada, antes não era assim",
        "Agora pedem foto de cada peça na devolução, uma hora perdida no pontão",
        "A caução duplicou e demora uma semana a libertar. Cada vez pior",
        "30 € de 'limpeza' por um caiaque devolvido impecável, com as fotos da vossa app. CHEGA",
        "O meu cunhado aluga na {comp}, sábado já reservei lá",
    ],
}

CANCEL: dict[str, list[str]] = {
    "es": [
        "Hola, nos mudamos a Madrid y ya no tendremos mar cerca. Quiero darme de baja del Remarea Club y cerrar la cuenta, gracias por todo",
        "Me he comprado mi propio kayak hinchable, así que quiero cancelar el Club y cerrar la cuenta",
    ],
    "it": [
        "Ciao, ci trasferiamo a Milano, niente più mare. Voglio disdire il Remarea Club e chiudere l'account, grazie di tutto",
        "Ho comprato un kayak gonfiabile mio, quindi voglio disdire il Club e chiudere l'account",
    ],
    "en": [
        "Hi, we're moving inland, so I'd like to cancel my Remarea Club membership and close the account"
    ],
    "fr": [
        "Bonjour, on déménage loin de la mer, je veux résilier le Remarea Club et fermer le compte"
    ],
    "de": [
        "Hallo, wir ziehen weg vom See, ich möchte den Remarea Club kündigen und das Konto schließen"
    ],
    "pt": ["Olá, mudamo-nos para o interior, quero cancelar o Remarea Club e fechar a conta"],
}

SORRY_GO: dict[str, list[str]] = {
    "es": [
        "Sentimos que te vayas, {first}. Puedes darte de baja tú misma en la app o en la web, en Cuenta > Club."
    ],
    "it": [
        "Ci dispiace che tu vada via, {first}. Puoi disdire da solo nell'app o sul sito, in Account > Club."
    ],
    "en": [
        "Sorry to see you go, {first}. You can cancel yourself in the app or on the website under Account > Club."
    ],
    "fr": [
        "Désolés de vous voir partir, {first}. Résiliation dans l'appli ou sur le site, Compte > Club."
    ],
    "de": [
        "Schade, dass Sie gehen, {first}. Kündigen können Sie in der App oder im Web unter Konto > Club."
    ],
    "pt": ["Lamentamos que saia, {first}. Pode cancelar na app ou no site, em Conta > Club."],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Reserva 'express' confirmada a las 20:30, justo para remar a oscuras 👏",
        "El kayak venía 'limpio', con la arena del anterior incluida 😂",
    ],
    "it": [
        "Conferma 'express' alle 20:30, giusto in tempo per pagaiare al buio 👏",
        "Kayak 'pulito', con la sabbia del cliente prima compresa 😂",
    ],
    "en": ["'Express' booking confirmed at 8:30pm, perfect for paddling in the dark 👏"],
    "fr": ["Réservation 'express' confirmée à 20h30, parfait pour pagayer dans le noir 👏"],
    "de": ["'Express'-Buchung um 20:30 bestätigt, perfekt zum Paddeln im Dunkeln 👏"],
    "pt": ["Reserva 'express' confirmada às 20:30, ideal para remar às escuras 👏"],
}

GRUMBLE: dict[str, list[str]] = {
    "es": [
        "la app me cierra la sesión cada vez, qué pesadez",
        "el SMS de 'tu salida empieza en 2 horas' a las 6 de la mañana, en serio",
        "colas de 40 minutos en el embarcadero los sábados",
    ],
    "it": [
        "l'app mi fa uscire ogni volta, che noia",
        "l'SMS 'la tua uscita inizia tra 2 ore' alle 6 del mattino, davvero",
        "code di 40 minuti al pontile il sabato",
    ],
    "en": ["app logs me out every single time"],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "de": ["die App loggt mich jedes Mal aus"],
    "pt": ["a app faz logout sempre, que chatice"],
}

MILD: dict[str, list[str]] = {
    "es": ["el buscador de embarcaderos me sale en otra ciudad"],
    "it": ["la ricerca dei pontili mi mostra un'altra città"],
    "en": ["the jetty search shows the wrong town"],
    "fr": ["la recherche de pontons affiche une autre ville"],
    "de": ["die Stegsuche zeigt die falsche Stadt"],
    "pt": ["a pesquisa de pontões mostra a cidade errada"],
}

MILD_A: dict[str, list[str]] = {
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
    "it": ["Grazie della segnalazione, la passiamo al team dell'app."],
    "en": ["Thanks for flagging, passed to the app team."],
    "fr": ["Merci, transmis à l'équipe de l'appli."],
    "de": ["Danke, ans App-Team weitergegeben."],
    "pt": ["Obrigado, passámos à equipa da app."],
}

SURVEY_WORD: dict[str, list[str]] = {
    "es": ["genial", "", "👍"],
    "it": ["ottimo", "", "👍"],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "de": ["top", ""],
    "pt": ["ótimo", ""],
}

LOW_WORD: dict[str, list[str]] = {
    "es": ["fatal", ""],
    "it": ["pessimo", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "pt": ["péssimo", ""],
}

# The planted incident (topic_spike only); its description is in the truth.
SPIKE_CODE = "WVR-826"

SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "no puedo firmar el descargo de seguridad en la app, sale error WVR-826 y en el embarcadero no me dejan coger el kayak",
        "La app se queda colgada en 'firmar exención' y sin eso no nos dan las tablas. Estamos los cuatro en el pantalán mirando",
        "ERROR WVR-826 al firmar el documento de responsabilidad, el monitor dice que sin firma no salimos",
    ],
    "it": [
        "non riesco a firmare la liberatoria nell'app, esce errore WVR-826 e al pontile non mi danno il kayak",
        "L'app si blocca su 'firma liberatoria' e senza non ci danno le tavole. Siamo in sei fermi al pontile",
        "ERRORE WVR-826 quando firmo la liberatoria, l'istruttore dice che senza firma non si esce",
    ],
    "en": [
        "can't sign the safety waiver in the app, error WVR-826, and the jetty staff won't hand over the kayak"
    ],
    "fr": [
        "impossible de signer la décharge dans l'appli, le bouton tourne dans le vide et au ponton on ne nous donne pas les kayaks"
    ],
    "de": [
        "Haftungsverzicht lässt sich in der App nicht unterschreiben, Fehler WVR-826, am Steg bekommen wir kein Board"
    ],
    "pt": [
        "não consigo assinar o termo de responsabilidade na app, fica a carregar e no pontão não nos dão o caiaque"
    ],
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "es": [
        "Sigue igual, probado con el móvil de mi pareja y la firma del descargo tampoco va. Seguimos en tierra"
    ],
    "it": [
        "Ancora uguale, provato col telefono di mio marito e la liberatoria non si firma. Siamo ancora a terra"
    ],
    "en": ["Still the same on my partner's phone, waiver won't sign. Still on the beach"],
    "fr": ["Toujours pareil avec le téléphone de mon mari, la décharge ne se signe pas"],
    "de": ["Immer noch, auch mit dem Handy meiner Frau, der Verzicht geht nicht durch"],
    "pt": ["Continua igual no telemóvel do meu marido, o termo não assina"],
}

SPIKE_CHAT_A: dict[str, list[str]] = {
    "es": [
        "Sí, ahora mismo la firma del descargo falla en todos los embarcaderos, el equipo técnico ya está en ello."
    ],
    "it": [
        "Sì, in questo momento la firma della liberatoria non funziona in nessun pontile, i tecnici ci stanno lavorando."
    ],
    "en": ["Yes, waiver signing is failing at every jetty right now, our engineers are on it."],
    "fr": [
        "Oui, la signature de la décharge échoue partout en ce moment, nos techniciens sont dessus."
    ],
    "de": [
        "Ja, die Unterschrift des Verzichts klappt gerade an keinem Steg, die Technik ist dran."
    ],
    "pt": [
        "Sim, neste momento a assinatura do termo falha em todos os pontões, a equipa técnica está a tratar."
    ],
}

SPIKE_FIXED: dict[str, list[str]] = {
    "es": [
        "Hola {first}, la firma del descargo vuelve a funcionar desde las 13:10 (hora local). La salida de hoy corre de nuestra cuenta: 12 € de crédito añadidos."
    ],
    "it": [
        "Ciao {first}, la firma della liberatoria funziona di nuovo dalle 13:10 (ora locale). L'uscita di oggi la offriamo noi: 12 € di credito."
    ],
    "en": [
        "Hi {first}, waiver signing works again since 12:10 local time. Today's trip is on us: £10 credit added."
    ],
    "fr": [
        "Bonjour {first}, la signature refonctionne depuis 13h10 (heure locale). La sortie d'aujourd'hui est offerte : 12 € de crédit."
    ],
    "de": [
        "Hallo {first}, die Unterschrift klappt seit 13:10 Uhr (Ortszeit) wieder. Die heutige Tour geht auf uns: 12 € Guthaben."
    ],
    "pt": [
        "Olá {first}, a assinatura volta a funcionar desde as 12:10 (hora local). A saída de hoje é por nossa conta: 12 € de crédito."
    ],
}

LONE_Q: dict[str, list[str]] = {
    "es": [
        "ayer la firma del descargo tardó un minuto en cargar pero al final fue bien, mañana irá igual?"
    ],
    "it": [
        "ieri la firma della liberatoria ci ha messo un minuto ma poi è andata, domani funziona uguale?"
    ],
    "en": ["yesterday the waiver took a minute to load but then worked, will it be fine tomorrow?"],
    "fr": ["hier la décharge a mis une minute à charger puis c'est passé, demain ça ira ?"],
    "de": ["gestern hat der Verzicht eine Minute geladen, dann ging es, klappt das morgen?"],
    "pt": ["ontem o termo demorou um minuto a carregar mas depois foi, amanhã vai correr bem?"],
}

LONE_A: dict[str, list[str]] = {
    "es": ["Sí, con poca cobertura tarda un poco; mañana funcionará sin problema."],
    "it": ["Sì, con poco segnale ci mette un po'; domani andrà senza problemi."],
    "en": ["Yes, with weak signal it takes a moment; it'll be fine tomorrow."],
    "fr": ["Oui, avec peu de réseau c'est un peu lent ; demain ça ira."],
    "de": ["Ja, bei schwachem Netz dauert es kurz; morgen klappt es."],
    "pt": ["Sim, com pouca rede demora um pouco; amanhã corre bem."],
}

# Business arm: Remarea Teams (team-building outings on account).
B2B_PROBLEMS = ("invoice", "blocked", "portal", "overbilled")

B2B_COMPLAINT: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "es": [
            "Las facturas de Remarea Teams siguen saliendo con la razón social antigua y sin número de pedido, contabilidad no las acepta"
        ],
        "it": [
            "Le fatture Remarea Teams escono ancora con la vecchia ragione sociale e senza numero d'ordine, l'amministrazione le rifiuta"
        ],
        "en": [
            "Remarea Teams invoices still carry our old company name and no PO number, accounts won't pay them"
        ],
        "fr": [
            "Les factures Remarea Teams portent encore l'ancienne raison sociale et pas de bon de commande"
        ],
        "de": [
            "Die Rechnungen von Remarea Teams tragen noch den alten Firmennamen und keine Bestellnummer"
        ],
        "pt": [
            "As faturas da Remarea Teams continuam com a denominação antiga e sem número de encomenda"
        ],
    },
    "blocked": {
        "es": [
            "En el embarcadero nos han negado la salida de equipo porque la cuenta está 'bloqueada', y está todo pagado"
        ],
        "it": [
            "Al pontile ci hanno negato l'uscita di squadra perché l'account è 'bloccato', ed è tutto pagato"
        ],
        "en": [
            "The jetty refused our team outing because the account is 'on stop', and everything is paid"
        ],
        "fr": [
            "Au ponton on nous a refusé la sortie d'équipe, compte 'bloqué', alors que tout est payé"
        ],
        "de": [
            "Am Steg wurde unser Team-Event abgelehnt, Konto 'gesperrt', obwohl alles bezahlt ist"
        ],
        "pt": ["No pontão recusaram a saída da equipa, conta 'bloqueada', e está tudo pago"],
    },
    "portal": {
        "es": [
            "El portal no muestra ninguna reserva abierta y no podemos cancelar las salidas de la semana que viene"
        ],
        "it": [
            "Il portale non mostra prenotazioni aperte e non possiamo annullare le uscite della prossima settimana"
        ],
        "en": ["The portal shows no open bookings so we can't cancel next week's outings"],
        "fr": [
            "Le portail n'affiche aucune réservation, impossible d'annuler les sorties de la semaine prochaine"
        ],
        "de": [
            "Das Portal zeigt keine offenen Buchungen, wir können nächste Woche nicht stornieren"
        ],
        "pt": [
            "O portal não mostra reservas abertas e não conseguimos cancelar as saídas da próxima semana"
        ],
    },
    "overbilled": {
        "es": [
            "Nos facturáis por persona y salida en vez de la tarifa de grupo del contrato, más de 600 € de diferencia"
        ],
        "it": [
            "Ci fatturate a persona e uscita invece della tariffa di gruppo del contratto, oltre 600 € di differenza"
        ],
        "en": [
            "You're billing per person per trip instead of our contract group rate, over £500 difference"
        ],
        "fr": [
            "Vous facturez par personne au lieu du tarif groupe du contrat, plus de 600 € d'écart"
        ],
        "de": ["Sie rechnen pro Person statt Gruppentarif laut Vertrag ab, über 600 € Unterschied"],
        "pt": [
            "Faturam por pessoa em vez da tarifa de grupo do contrato, mais de 600 € de diferença"
        ],
    },
}

B2B_LATER: dict[str, list[str]] = {
    "es": [
        "Escribo también por la incidencia {case} que abrió {colleague} el {day}: sigue igual. {problem}"
    ],
    "it": [
        "Scrivo anch'io per la segnalazione {case} aperta da {colleague} {day}: è ancora uguale. {problem}"
    ],
    "en": [
        "Writing too about case {case} that {colleague} opened on {day}: nothing has changed. {problem}"
    ],
    "fr": [
        "J'écris aussi pour la demande {case} ouverte par {colleague} {day} : rien n'a bougé. {problem}"
    ],
    "de": [
        "Ich schreibe auch zu Vorgang {case}, den {colleague} am {day} eröffnet hat: unverändert. {problem}"
    ],
    "pt": [
        "Escrevo também sobre o pedido {case} que {colleague} abriu na {day}: continua igual. {problem}"
    ],
}

B2B_LAST_CALL: dict[str, list[str]] = {
    "es": [
        "hola llamo otra vez por la incidencia {case} sigue sin arreglarse y ya os han escrito varios compañeros mi jefe dice que si esta semana no se soluciona cambiamos de proveedor"
    ],
    "it": [
        "pronto chiamo di nuovo per la segnalazione {case} ancora niente e vi hanno scritto diversi colleghi il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "en": [
        "hi calling again about case {case} still not fixed several colleagues wrote my boss says we move the account if it isn't fixed this week"
    ],
    "fr": [
        "bonjour je rappelle pour la demande {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "hallo ich rufe nochmal an wegen Vorgang {case} immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "pt": [
        "olá ligo outra vez pelo pedido {case} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}

B2B_ACK: dict[str, list[str]] = {
    "es": ["Hola {first}, gracias, hemos abierto la incidencia {case} para vuestra cuenta."],
    "it": ["Ciao {first}, grazie, abbiamo aperto la segnalazione {case} per il vostro account."],
    "en": ["Hi {first}, thanks, we've opened case {case} for your account."],
    "fr": ["Bonjour {first}, merci, demande {case} ouverte pour votre compte."],
    "de": ["Hallo {first}, danke, Vorgang {case} für Ihr Konto eröffnet."],
    "pt": ["Olá {first}, obrigado, abrimos o pedido {case} para a vossa conta."],
}

B2B_MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien exportar los gastos por centro de coste desde el portal",
        "Idea: poner en el albarán la fecha de la última revisión de los chalecos",
    ],
    "it": [
        "Suggerimento: sarebbe utile esportare i costi per centro di costo dal portale",
        "Idea: indicare sul documento la data dell'ultima revisione dei giubbotti",
    ],
    "en": ["Suggestion: export outing costs by cost centre from the portal"],
    "fr": ["Suggestion : exporter les coûts par centre de coût depuis le portail"],
    "de": ["Vorschlag: Kosten nach Kostenstelle aus dem Portal exportieren"],
    "pt": ["Sugestão: exportar os custos por centro de custo no portal"],
}

B2B_Q: dict[str, list[str]] = {
    "es": [
        "Podemos reservar una salida para 14 personas el jueves por la tarde?",
        "hola, el monitor puede dar la charla en inglés para el equipo?",
    ],
    "it": [
        "Possiamo prenotare un'uscita per 14 persone giovedì pomeriggio?",
        "ciao, l'istruttore può fare il briefing in inglese per il team?",
    ],
    "en": ["Can we book an outing for 14 people Thursday afternoon?"],
    "fr": ["Peut-on réserver une sortie pour 14 personnes jeudi après-midi ?"],
    "de": ["Können wir für Donnerstagnachmittag eine Tour für 14 Personen buchen?"],
    "pt": ["Podemos reservar uma saída para 14 pessoas na quinta à tarde?"],
}

B2B_A: dict[str, list[str]] = {
    "es": ["Claro, ya está reservado en el portal a nombre de tu empresa."],
    "it": ["Certo, è già prenotato nel portale a nome della vostra azienda."],
    "en": ["Sure, it's booked in the portal under your company."],
    "fr": ["Bien sûr, c'est réservé dans le portail au nom de votre société."],
    "de": ["Gern, ist im Portal auf Ihre Firma gebucht."],
    "pt": ["Claro, já está reservado no portal em nome da empresa."],
}

WEEKDAY: dict[str, list[str]] = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Nerea",
        "Iker",
        "Carmen",
        "Álvaro",
        "Irene",
        "Sergio",
        "Rocío",
        "Daniel",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Federica",
        "Matteo",
        "Sara",
        "Davide",
        "Elena",
        "Paolo",
        "Ilaria",
        "Stefano",
    ],
    "en": ["Emma", "James", "Olivia", "Tom", "Niamh", "Connor"],
    "fr": ["Camille", "Julien", "Manon", "Hugo", "Léa", "Théo"],
    "de": ["Lena", "Jonas", "Anna", "Felix", "Miriam", "Tobias"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta", "João"],
}

LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Ruiz",
        "Navarro",
        "Ortega",
        "Iglesias",
        "Castro",
        "Romero",
        "Vidal",
        "Serrano",
        "Molina",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Greco",
        "Esposito",
        "Colombo",
        "Ricci",
        "Marino",
        "Gallo",
        "Conti",
        "Fontana",
    ],
    "en": ["Walsh", "Parker", "Hughes", "Murphy", "Bennett", "Kelly"],
    "fr": ["Martin", "Lefèvre", "Moreau", "Girard", "Roux", "Fabre"],
    "de": ["Brandt", "Krüger", "Vogel", "Hartmann", "Lang", "Seidel"],
    "pt": ["Silva", "Costa", "Ferreira", "Sousa", "Carvalho", "Lopes"],
}

MARKETS: dict[str, list[tuple[str, str]]] = {
    "es": [("ES", "+34 6")],
    "it": [("IT", "+39 3"), ("CH", "+41 7")],
    "en": [("UK", "+44 7"), ("IE", "+353 8")],
    "fr": [("FR", "+33 6"), ("BE", "+32 4")],
    "de": [("DE", "+49 15"), ("AT", "+43 66")],
    "pt": [("PT", "+351 9")],
}

COMPANIES: list[str] = [
    "Grupo Ferrolux",
    "Studio Vallardi",
    "Brightwell Labs",
    "Maison Cerval",
    "Kohlmann Logistik",
    "Atlântida Seguros",
    "Hoteles Brisamar",
    "Farmacie Lario",
    "Escola Nova Ribeira",
    "Ayuntamiento de Altea",
    "Consulenze Brenta",
    "Talleres Orbe",
    "Nordhafen Bau",
    "Clinique Saint-Rémy",
    "Officine Tarvisio",
]
