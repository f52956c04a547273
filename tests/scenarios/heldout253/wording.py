# ruff: noqa: E501
"""Wording of heldout253 (Cancharo: football-pitch hire). Every table in six languages."""

from __future__ import annotations

LANGS = ("es", "de", "en", "fr", "it", "pt")
Table = dict[str, list[str]]

PRAISE: Table = {
    "es": [
        "Partidazo anoche en el campo 3 de Cancharo, cesped impecable y vestuarios limpios 👌",
        "Reservar pista en Cancharo en dos minutos y jugar a la hora. Asi da gusto",
        "otra vez el 7 cubierto de Cancharo, la luz perfecta y el balón nuevo, gracias!!",
    ],
    "de": [
        "Super Kick gestern auf Platz 2 bei Cancharo, Rasen top und Duschen warm",
        "Buchung per App in 1 Minute, Platz war frei und sauber. Danke Cancharo",
        "Unser Donnerstagskick bei Cancharo ist das Highlight der Woche, alles pünktlich",
    ],
    "en": ["Great five-a-side at Cancharo tonight, pitch was spotless and the lights perfect"],
    "fr": ["Super match ce soir chez Cancharo, terrain nickel et vestiaires propres"],
    "it": ["Partita bellissima al campo 4 di Cancharo, erba perfetta e docce calde"],
    "pt": ["Jogo excelente ontem no campo da Cancharo, relva impecável e balneários limpos"],
}
AGAIN_PRAISE: Table = {
    "es": [
        "Tercera vez este mes en Cancharo y siempre igual de bien, el conserje un crack",
        "Otra vez reservado el martes, ya es tradición. Todo perfecto",
    ],
    "de": [
        "Schon wieder der nette Platzwart, der uns die Bälle aufpumpt. Immer noch begeistert",
        "Dritte Buchung diesen Monat, läuft einfach",
    ],
    "en": ["Third booking this month and still no complaints, the lads love it"],
    "fr": ["Troisième fois ce mois-ci et toujours aussi bien, merci"],
    "it": ["Terza volta questo mese, sempre tutto perfetto"],
    "pt": ["Terceira vez este mês e continua tudo impecável"],
}
GRIPE_PRAISE: Table = {
    "es": [
        "Muy contento con el campo, solo que el parking se llena enseguida. Por lo demas genial",
        "Todo bien, aunque el agua de la ducha tarda en calentar jaja",
    ],
    "de": [
        "Platz war klasse, nur die Umkleide ist echt eng. Sonst gerne wieder",
        "Alles gut, nur der Getränkeautomat frisst Münzen lol",
    ],
    "en": ["Loved it, only the car park is a bit of a squeeze. Otherwise spot on"],
    "fr": ["Très bien, seul le parking est petit. Sinon parfait"],
    "it": ["Tutto bene, solo il parcheggio è piccolo. Per il resto ottimo"],
    "pt": ["Tudo ótimo, só o estacionamento é pequeno. De resto perfeito"],
}
QUESTION: Table = {
    "es": [
        "Hola, ¿se pueden alquilar petos en el campo o hay que traerlos?",
        "una pregunta, si llueve mucho ¿se puede cambiar la reserva a otro dia?",
        "¿El campo 5 es de cesped artificial o de moqueta?",
    ],
    "de": [
        "Hallo, kann man vor Ort Leibchen ausleihen?",
        "Kurze Frage: wie früh dürfen wir in die Kabine?",
        "Ist Platz 1 Kunstrasen oder Halle?",
    ],
    "en": ["Hi, can we hire bibs at the pitch or do we bring our own?"],
    "fr": ["Bonjour, peut-on louer des chasubles sur place ?"],
    "it": ["Ciao, si possono noleggiare le pettorine al campo?"],
    "pt": ["Olá, dá para alugar coletes no campo?"],
}
ANSWER: Table = {
    "es": [
        "¡Hola! Sí, en recepción hay petos y balones sin coste para reservas de Cancharo. ¡Buen partido!"
    ],
    "de": [
        "Hallo! Ja, Leibchen und Bälle gibt es kostenlos an der Rezeption. Viel Spaß beim Kick!"
    ],
    "en": [
        "Hi! Yes, bibs and balls are free at reception for every Cancharo booking. Enjoy the game!"
    ],
    "fr": ["Bonjour ! Oui, chasubles et ballons sont gratuits à l'accueil. Bon match !"],
    "it": ["Ciao! Sì, pettorine e palloni sono gratuiti alla reception. Buona partita!"],
    "pt": ["Olá! Sim, coletes e bolas são gratuitos na receção. Bom jogo!"],
}
THANKS: Table = {
    "es": ["genial, gracias!", "Perfecto, mil gracias 🙌"],
    "de": ["Super, danke!", "top, merci"],
    "en": ["Brilliant, cheers!"],
    "fr": ["Super, merci !"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obrigado!"],
}
NIGHT_POST: Table = {
    "es": [
        "Las 2 de la mañana y yo mirando el video del golazo de hoy en Cancharo. No duermo",
        "Turno de noche en el hospital y ya reservado el campo del sabado. Prioridades",
    ],
    "de": [
        "Nachtschicht an der Tanke und trotzdem schon Platz für Samstag gebucht 😅",
        "3 Uhr nachts, kann nicht schlafen, schaue mir unser Tor von heute an",
    ],
    "en": ["2am and still replaying tonight's winner. Cheers Cancharo"],
    "fr": ["2h du mat et je revois encore notre but de ce soir"],
    "it": ["Le 2 di notte e sto ancora rivedendo il gol di stasera"],
    "pt": ["2 da manhã e ainda a rever o golo de hoje"],
}
NIGHT_Q: Table = {
    "es": [
        "¿A que hora abre la reserva de la semana que viene?",
        "si cancelo ahora lo de mañana ¿me devolveis todo?",
    ],
    "de": [
        "Ab wann kann man die nächste Woche buchen?",
        "wenn ich jetzt für morgen storniere, krieg ich alles zurück?",
    ],
    "en": ["What time do next week's slots open?"],
    "fr": ["À quelle heure ouvrent les créneaux de la semaine prochaine ?"],
    "it": ["A che ora si aprono le prenotazioni della settimana prossima?"],
    "pt": ["A que horas abrem as reservas da próxima semana?"],
}
NIGHT_ANSWER: Table = {
    "es": [
        "Hola, las reservas abren cada lunes a las 8:00 y cancelando con 24 h se devuelve todo. ¡Buenas noches!"
    ],
    "de": [
        "Hallo, Buchungen öffnen montags um 8:00, Storno bis 24 h vorher ist kostenlos. Gute Nacht!"
    ],
    "en": ["Hi, slots open Mondays at 8:00 and cancelling 24 h ahead is free. Good night!"],
    "fr": [
        "Bonjour, les créneaux ouvrent le lundi à 8h00, annulation gratuite 24 h avant. Bonne nuit !"
    ],
    "it": [
        "Ciao, le prenotazioni aprono il lunedì alle 8:00, cancellazione gratuita fino a 24 h prima. Buonanotte!"
    ],
    "pt": ["Olá, as reservas abrem à segunda às 8:00 e cancelar com 24 h é gratuito. Boa noite!"],
}
REVIEW_GOOD: Table = {
    "es": [
        "Campos cuidados, app sencilla, repetiremos",
        "Cinco estrellas, el mejor fútbol 7 del barrio",
    ],
    "de": [
        "Gepflegte Plätze, einfache App, gerne wieder",
        "Fünf Sterne, bester Hallenkick der Stadt",
    ],
    "en": ["Well kept pitches, easy app, will be back"],
    "fr": ["Terrains soignés, appli simple, on reviendra"],
    "it": ["Campi curati, app semplice, torneremo"],
    "pt": ["Campos cuidados, app simples, voltaremos"],
}
SURVEY_WORD: Table = {
    "es": ["genial", "todo perfecto", "", "👍"],
    "de": ["super", "alles bestens", "", "👍"],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
}
PRODUCTS = [
    ("Five-a-side pitch, 60 min / Campo fútbol 5, 60 min", 48),
    ("Seven-a-side pitch, 90 min / Campo fútbol 7, 90 min", 84),
    ("Indoor hall, 60 min / Pabellón cubierto, 60 min", 62),
    ("Kids party pitch, 2 h / Cumpleaños infantil, 2 h", 119),
    ("Cancharo Plus, monthly / Cancharo Plus, mensual", 12),
]
PAGES = ["/app/book", "/pitches", "/plus", "/my-bookings", "/venues/map", "/prices"]

PROBLEMS = ("double_charge", "locked_out", "refund", "wrong_price", "cancel_fee", "damage")
PROBLEM_TOPIC = {
    "double_charge": "booking charged twice",
    "locked_out": "gate code refused, pitch not reachable",
    "refund": "rain-off refund not paid",
    "wrong_price": "non-member price charged to a Plus member",
    "cancel_fee": "cancellation fee charged though cancelled days ahead",
    "damage": "pitch torn and goal net broken at kick-off",
}
PROBLEM: dict[str, Table] = {
    "double_charge": {
        "es": [
            "Me habeis cobrado DOS veces la reserva del jueves, {amount} y {amount}. Quiero la devolucion ya",
            "cobro doble de la reserva, mirad vuestra app porque el banco me lo confirma",
        ],
        "de": [
            "Ihr habt die Buchung vom Donnerstag ZWEIMAL abgebucht, je {amount}. Bitte sofort zurück",
            "Doppelte Abbuchung für einen einzigen Platz. Das Konto ist jetzt im Minus",
        ],
        "en": [
            "You've charged me TWICE for Thursday's pitch, {amount} each time. Refund one now please"
        ],
        "fr": ["Vous m'avez débité DEUX fois la réservation de jeudi, {amount} chaque fois"],
        "it": ["Mi avete addebitato DUE volte la prenotazione di giovedì, {amount} ciascuna"],
        "pt": ["Cobraram DUAS vezes a reserva de quinta, {amount} cada. Quero o reembolso"],
    },
    "locked_out": {
        "es": [
            "El codigo de la puerta no funcionaba y 10 tios esperando fuera 40 minutos. Pagado y sin jugar",
            "Llegamos al campo y la verja cerrada, el codigo de la app no abre. Nadie cogia el telefono",
        ],
        "de": [
            "Der Torcode ging nicht, zehn Leute standen 40 Minuten draußen. Bezahlt und nicht gespielt",
            "Tor zu, Code aus der App abgelehnt, Hotline nicht erreichbar. JETZT REICHTS",
        ],
        "en": [
            "Gate code didn't work, ten of us stood outside for 40 minutes. Paid and never played"
        ],
        "fr": ["Le code du portail ne marchait pas, dix personnes dehors pendant 40 minutes"],
        "it": ["Il codice del cancello non funzionava, in dieci fuori per 40 minuti"],
        "pt": ["O código do portão não funcionou, dez pessoas à porta 40 minutos"],
    },
    "refund": {
        "es": [
            "Se suspendio el partido por la tormenta y TRES semanas despues sigo sin los {amount}",
            "me dijisteis que la devolucion por lluvia tarda 5 dias. Van 21",
        ],
        "de": [
            "Spiel wegen Unwetter abgesagt und nach DREI Wochen immer noch keine {amount} zurück",
            "Regenerstattung versprochen, nichts passiert. Wo ist mein Geld?",
        ],
        "en": [
            "Game called off for the storm and three weeks on I still haven't got my {amount} back"
        ],
        "fr": ["Match annulé pour l'orage et trois semaines après toujours pas mes {amount}"],
        "it": [
            "Partita annullata per il temporale e dopo tre settimane niente rimborso di {amount}"
        ],
        "pt": ["Jogo cancelado pela tempestade e três semanas depois nada dos {amount}"],
    },
    "wrong_price": {
        "es": [
            "Soy socio Plus y me cobrais el precio normal, {amount} de mas. ¿Para que pago Plus?",
            "otra vez precio de no socio aunque tengo Plus activo",
        ],
        "de": [
            "Ich bin Plus-Mitglied und zahle trotzdem den normalen Preis, {amount} zu viel",
            "Wofür zahle ich Plus, wenn der Rabatt nie abgezogen wird?",
        ],
        "en": ["I'm a Plus member and got charged the full price, {amount} too much"],
        "fr": ["Je suis membre Plus et vous me facturez le plein tarif, {amount} de trop"],
        "it": ["Sono socio Plus e mi fate pagare il prezzo pieno, {amount} in più"],
        "pt": ["Sou membro Plus e cobraram o preço normal, {amount} a mais"],
    },
    "cancel_fee": {
        "es": [
            "Cancele con CUATRO dias de antelacion y me cobrais {amount} de penalizacion. YA ESTA BIEN",
            "penalizacion por cancelar tarde? cancele el lunes para el viernes!!",
        ],
        "de": [
            "Vier Tage vorher storniert und trotzdem {amount} Stornogebühr. Frechheit",
            "Stornogebühr obwohl ich Montag für Freitag abgesagt habe?!",
        ],
        "en": ["Cancelled FOUR days ahead and you still took a {amount} late fee"],
        "fr": ["Annulé quatre jours avant et vous prenez {amount} de frais"],
        "it": ["Cancellato quattro giorni prima e mi prendete {amount} di penale"],
        "pt": ["Cancelei com quatro dias e cobraram {amount} de taxa"],
    },
    "damage": {
        "es": [
            "El cesped del campo 2 estaba levantado y la red de la porteria rota. Uno se torcio el tobillo",
            "Campo en estado lamentable, porteria sin red y agujeros. Y lo pagamos entero",
        ],
        "de": [
            "Kunstrasen auf Platz 2 aufgerissen, Tornetz kaputt, einer hat sich den Knöchel verdreht",
            "Platz in miserablem Zustand, Löcher im Rasen, voller Preis bezahlt",
        ],
        "en": [
            "Turf on pitch 2 was torn up and the goal net ripped. One of the lads went over on his ankle"
        ],
        "fr": [
            "Pelouse du terrain 2 arrachée et filet du but déchiré, un joueur s'est tordu la cheville"
        ],
        "it": ["Erba del campo 2 strappata e rete della porta rotta, uno si è storto la caviglia"],
        "pt": ["Relva do campo 2 levantada e rede da baliza rasgada, um torceu o tornozelo"],
    },
}
LONG_LETTER: Table = {
    "es": [
        "Buenas tardes:\n\nOs escribo desde el coche mientras espero a que mi hija salga de natacion, que es el unico rato libre que tengo esta semana entre el trabajo y la mudanza de mi madre. Llevo dos años organizando el partido de los jueves con los compañeros de la oficina y siempre ha ido todo bien, por eso me cuesta escribir esto. {problem}. Os pido que lo revisen y me contesten, porque no quiero tener que buscar otro sitio.\n\nUn saludo",
        "Hola,\n\nperdonad el rollo. Soy la que reserva el campo para el equipo de veteranos desde hace tiempo y hasta ahora ni una queja, de verdad. Esta semana ha sido de locos con las obras del piso y el perro enfermo. Y encima: {problem}. Espero una respuesta seria.\n\nGracias",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, weil ich sonst diese Woche keine ruhige Minute habe: Umzug, Kita, Arbeit. Ich buche seit drei Jahren jeden Dienstag bei Ihnen und war immer zufrieden. Aber diesmal: {problem}. Ich erwarte eine Lösung und eine Antwort.\n\nMit freundlichen Grüßen",
        "Hallo zusammen,\n\nkurz zu mir: ich organisiere den Firmenkick seit Jahren, eigentlich nie Probleme, und ich schreibe das hier zwischen zwei Schichten auf der Baustelle. {problem}. So geht das nicht, bitte melden Sie sich.\n\nGruß",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the sideline of my son's training, the only quiet moment I get this week between work and my dad's hospital visits. I've booked the Tuesday slot for two years and never had a problem. But this week: {problem}. Please look into it and get back to me.\n\nThanks"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du pédiatre, seul moment calme de la semaine entre le travail et le déménagement. Je réserve le mardi depuis deux ans sans souci. Mais cette fois : {problem}. Merci de regarder et de me répondre.\n\nCordialement"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista, l'unico momento libero della settimana tra lavoro e trasloco. Prenoto il martedì da due anni senza problemi. Ma questa volta: {problem}. Vi chiedo di verificare e rispondermi.\n\nCordiali saluti"
    ],
    "pt": [
        "Boa tarde,\n\nescrevo-vos do carro à espera que a minha filha saia da natação, o único momento livre da semana entre o trabalho e as obras em casa. Reservo às terças há dois anos sem problemas. Mas desta vez: {problem}. Peço que vejam e me respondam.\n\nCumprimentos"
    ],
}
SUBJ_COMPLAINT = {
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
SUBJ_RE = {
    "es": "RE: Incidencia {ref}",
    "de": "AW: Vorgang {ref}",
    "en": "Re: Your case {ref}",
    "fr": "RE : Demande {ref}",
    "it": "R: Segnalazione {ref}",
    "pt": "RE: Pedido {ref}",
}
CASE_OPENED: Table = {
    "es": [
        "Hola {name}, sentimos lo ocurrido. Hemos abierto la incidencia {ref} y la revisamos hoy mismo."
    ],
    "de": [
        "Hallo {name}, das tut uns leid. Wir haben den Vorgang {ref} angelegt und prüfen ihn heute."
    ],
    "en": ["Hi {name}, sorry about this. We've opened case {ref} and are looking at it today."],
    "fr": [
        "Bonjour {name}, désolés. Nous avons ouvert la demande {ref} et la traitons aujourd'hui."
    ],
    "it": [
        "Ciao {name}, ci dispiace. Abbiamo aperto la segnalazione {ref} e la verifichiamo oggi."
    ],
    "pt": ["Olá {name}, lamentamos. Abrimos o pedido {ref} e vamos analisá-lo hoje."],
}
QUALITY_LEAD: Table = {
    "es": [
        "Hola {name}, la incidencia {ref} ya la tiene nuestra responsable de calidad, que te llamara antes del viernes a mediodia."
    ],
    "de": [
        "Hallo {name}, Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, sie ruft Sie vor Freitagmittag an."
    ],
    "en": [
        "Hi {name}, case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {name}, la demande {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "it": [
        "Ciao {name}, la segnalazione {ref} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "Olá {name}, o pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
}
GOOD_NEWS: Table = {
    "es": [
        "Buenas noticias sobre {ref}: ya esta corregido y el importe devuelto. ¿Nos confirmas que lo ves bien?"
    ],
    "de": [
        "Gute Nachricht zu {ref}: erledigt und der Betrag erstattet. Können Sie das bestätigen?"
    ],
    "en": [
        "Good news on {ref}: it's fixed and the amount refunded. Could you confirm it looks right?"
    ],
    "fr": ["Bonne nouvelle pour {ref} : c'est corrigé et remboursé. Pouvez-vous confirmer ?"],
    "it": ["Buone notizie su {ref}: risolto e rimborsato. Puoi confermare?"],
    "pt": ["Boas notícias sobre {ref}: está resolvido e reembolsado. Pode confirmar?"],
}
CONFIRM: Table = {
    "es": [
        "Confirmado lo de {ref}, ya me ha llegado. Gracias",
        "ok {ref} visto, todo bien, gracias!",
    ],
    "de": ["{ref} bestätigt, Geld ist da. Danke", "Passt, {ref} erledigt, danke euch"],
    "en": ["Confirmed on {ref}, it's come through. Thanks"],
    "fr": ["Confirmé pour {ref}, bien reçu. Merci"],
    "it": ["Confermo {ref}, tutto arrivato. Grazie"],
    "pt": ["Confirmado o {ref}, já recebi. Obrigado"],
}
APOLOGY: Table = {
    "es": [
        "Perdonad el tono de ayer, estaba muy quemado. Gracias por arreglarlo",
        "siento lo borde de ayer, dia horrible",
    ],
    "de": [
        "Sorry für den Ton gestern, war echt geladen. Danke fürs Kümmern",
        "Entschuldigung wegen gestern, mieser Tag",
    ],
    "en": ["Sorry for the tone yesterday, I was fuming. Thanks for sorting it"],
    "fr": ["Désolé pour le ton d'hier, j'étais énervé. Merci"],
    "it": ["Scusate il tono di ieri, ero furioso. Grazie"],
    "pt": ["Desculpem o tom de ontem, estava irritado. Obrigado"],
}
REPEAT_LATER: Table = {
    "es": [
        "Sigo con la incidencia {ref} abierta y nadie me dice nada. {problem}",
        "{ref}: todavia sin resolver. Os lo vuelvo a explicar: {problem}",
    ],
    "de": [
        "Vorgang {ref} ist immer noch offen, keiner meldet sich. {problem}",
        "{ref} weiterhin ungelöst. Nochmal: {problem}",
    ],
    "en": ["Case {ref} is still open and nobody's got back to me. {problem}"],
    "fr": ["La demande {ref} est toujours ouverte, personne ne répond. {problem}"],
    "it": ["La segnalazione {ref} è ancora aperta, nessuno risponde. {problem}"],
    "pt": ["O pedido {ref} continua aberto e ninguém responde. {problem}"],
}
THIRD_LINE: Table = {
    "es": [
        "Un compañero reserva en {comp} y alli esto lo arreglan el mismo dia.",
        "He mirado lo que cobra {comp}, por cierto.",
    ],
    "de": [
        "Ein Kollege bucht bei {comp}, da wird sowas am selben Tag gelöst.",
        "Hab mir übrigens die Preise bei {comp} angeschaut.",
    ],
    "en": ["A mate books with {comp} and they sort this the same day."],
    "fr": ["Un collègue réserve chez {comp}, eux règlent ça le jour même."],
    "it": ["Un collega prenota da {comp} e lì lo risolvono in giornata."],
    "pt": ["Um colega reserva na {comp} e lá resolvem no mesmo dia."],
}
FOURTH_LINE: Table = {
    "es": ["Es la CUARTA vez que escribo."],
    "de": ["Das ist das VIERTE Mal, dass ich schreibe."],
    "en": ["This is the FOURTH time I'm writing."],
    "fr": ["C'est la QUATRIÈME fois que j'écris."],
    "it": ["È la QUARTA volta che scrivo."],
    "pt": ["É a QUARTA vez que escrevo."],
}
URGENT: Table = {
    "es": ["Añadido a tu incidencia {ref} y marcado como urgente."],
    "de": ["Zu Ihrem Vorgang {ref} hinzugefügt und als dringend markiert."],
    "en": ["Added to your case {ref} and marked urgent."],
    "fr": ["Ajouté à votre demande {ref}, marqué urgent."],
    "it": ["Aggiunto alla segnalazione {ref} e segnato come urgente."],
    "pt": ["Adicionado ao pedido {ref} e marcado como urgente."],
}
SLIDE: Table = {
    "es": [
        "El campo no estaba listo a la hora, 20 minutos esperando sin que nadie avisara",
        "Balones pinchados y petos sucios, esto antes no pasaba",
        "Ahora hay que subir foto del campo al terminar o te cobran limpieza?",
        "La fianza de la liga de verano duplicada y una semana para liberarla",
        "35 € de 'limpieza' por un vestuario que dejamos impecable, con vuestras propias fotos. Lamentable",
        "Mi cuñado juega en {comp} y ya he reservado alli el sabado. Se acabo",
    ],
    "de": [
        "Platz war zur Anpfiffzeit nicht fertig, 20 Minuten gewartet ohne Info",
        "Platte Bälle und dreckige Leibchen, früher gab es das nicht",
        "Jetzt muss man nach dem Spiel Fotos hochladen, sonst Reinigungsgebühr?",
        "Kaution für die Sommerliga doppelt und eine Woche bis zur Freigabe",
        "35 € 'Reinigung' für eine blitzsaubere Kabine, mit euren eigenen Fotos. Unverschämt",
        "Mein Schwager spielt bei {comp}, Samstag ist dort gebucht. Das wars",
    ],
    "en": [
        "Pitch wasn't ready at kick-off, 20 minutes waiting and no word",
        "Flat balls and dirty bibs, never used to be like this",
        "Now we have to upload photos after the game or pay a cleaning fee?",
        "Summer league deposit taken twice and a week to release it",
        "£30 'cleaning fee' for a changing room we left spotless, your own photos show it. Pathetic",
        "My brother-in-law plays at {comp}, I've booked there for Saturday. Done",
    ],
    "fr": [
        "Terrain pas prêt au coup d'envoi, 20 minutes d'attente sans info",
        "Ballons dégonflés et chasubles sales, avant ce n'était pas comme ça",
        "Maintenant il faut envoyer des photos sinon frais de nettoyage ?",
        "Caution de la ligue d'été prise deux fois et une semaine pour la libérer",
        "35 € de 'nettoyage' pour un vestiaire laissé impeccable, vos propres photos le montrent. Lamentable",
        "Mon beau-frère joue chez {comp}, j'ai réservé là-bas samedi. Terminé",
    ],
    "it": [
        "Campo non pronto all'orario, 20 minuti di attesa senza avvisi",
        "Palloni sgonfi e pettorine sporche, prima non succedeva",
        "Adesso bisogna caricare foto dopo la partita o si paga la pulizia?",
        "Cauzione della lega estiva addebitata due volte e una settimana per sbloccarla",
        "35 € di 'pulizia' per uno spogliatoio lasciato perfetto, lo mostrano le vostre foto. Vergognoso",
        "Mio cognato gioca da {comp}, ho prenotato lì sabato. Basta",
    ],
    "pt": [
        "O campo não estava pronto à hora, 20 minutos à espera sem aviso",
        "Bolas vazias e coletes sujos, antes não era assim",
        "Agora é preciso enviar fotos no fim ou pagamos limpeza?",
        "Caução da liga de verão cobrada duas vezes e uma semana para libertar",
        "35 € de 'limpeza' por um balneário deixado impecável, as vossas fotos mostram. Lamentável",
        "O meu cunhado joga na {comp}, já reservei lá para sábado. Acabou",
    ],
}
CANCEL_ASK: Table = {
    "es": [
        "Hola, el equipo se ha disuelto porque medio grupo se ha mudado. Quiero darme de baja de Cancharo Plus y cerrar la cuenta",
        "me he lesionado la rodilla y se acabo el futbol para mi. Por favor cancelad mi Plus y cerrad la cuenta",
    ],
    "de": [
        "Hallo, unser Team hat sich aufgelöst, ich möchte Cancharo Plus kündigen und das Konto schließen",
        "Kreuzband gerissen, Fußball ist vorbei. Bitte Plus kündigen und Konto löschen",
    ],
    "en": [
        "Hi, the team's broken up since half of us moved. I'd like to cancel Cancharo Plus and close my account"
    ],
    "fr": [
        "Bonjour, l'équipe s'est dissoute, je souhaite résilier Cancharo Plus et fermer mon compte"
    ],
    "it": ["Ciao, la squadra si è sciolta, vorrei disdire Cancharo Plus e chiudere l'account"],
    "pt": ["Olá, a equipa acabou, quero cancelar o Cancharo Plus e fechar a conta"],
}
SORRY_GO: Table = {
    "es": [
        "Sentimos que te vayas, {name}. Puedes cancelar tu mismo en la app o en la web, en Mi cuenta > Plus."
    ],
    "de": [
        "Schade, dass Sie gehen, {name}. Sie können selbst in der App oder auf der Website kündigen (Konto > Plus)."
    ],
    "en": [
        "Sorry to see you go, {name}. You can cancel yourself in the app or on the website (Account > Plus)."
    ],
    "fr": [
        "Désolés de vous voir partir, {name}. Vous pouvez résilier dans l'appli ou sur le site (Compte > Plus)."
    ],
    "it": [
        "Ci dispiace vederti andare, {name}. Puoi disdire nell'app o sul sito (Account > Plus)."
    ],
    "pt": ["Lamentamos a sua saída, {name}. Pode cancelar na app ou no site (Conta > Plus)."],
}
GRUMBLE: Table = {
    "es": [
        "La app me vuelve a pedir la contraseña cada vez, que pesadez",
        "El aviso de 'tu partido empieza en 1 hora' a las 7 de la mañana, en serio?",
        "Colas de 15 minutos para la llave del vestuario los sabados",
        "El parking del polideportivo siempre lleno",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus, nervt",
        "Erinnerung um 6 Uhr morgens für ein Spiel um 20 Uhr, echt jetzt?",
        "Samstags 15 Minuten Schlange für den Kabinenschlüssel",
        "Kein Hinweis, wenn sich die Platznummer ändert",
    ],
    "en": ["The app logs me out every single time"],
    "fr": ["L'appli me déconnecte à chaque fois"],
    "it": ["L'app mi disconnette ogni volta"],
    "pt": ["A app desliga-me a sessão sempre"],
}
SARCASM: Table = {
    "es": [
        "Genial Cancharo, reserva a las 22:30 y luces apagadas a las 23:00. Futbol a oscuras, muy innovador 👏",
        "Qué maravilla, el campo 'regado' justo antes del partido, patinaje gratis 😂",
    ],
    "de": [
        "Danke Cancharo, Duschen eiskalt im November. Abhärtung inklusive 👏",
        "Toll, der Platz 'frisch gewässert' zum Anpfiff, Schlittschuhlaufen gratis 😂",
    ],
    "en": ["Cheers Cancharo, ice-cold showers in November, character building included 👏"],
    "fr": ["Merci Cancharo, douches glacées en novembre, très vivifiant 👏"],
    "it": ["Grazie Cancharo, docce gelate a novembre, che tempra 👏"],
    "pt": ["Obrigado Cancharo, duches gelados em novembro, que maravilha 👏"],
}
MILD: Table = {
    "es": ["El mapa de campos me sale en otra ciudad, ¿es normal?"],
    "de": ["Die Benachrichtigungen kommen bei mir auf Englisch, kann man das ändern?"],
    "en": ["The venue map keeps showing the wrong city"],
    "fr": ["Les notifications arrivent en anglais, on peut changer ?"],
    "it": ["La mappa dei campi mostra la città sbagliata"],
    "pt": ["As notificações chegam em inglês, dá para mudar?"],
}
MILD_ANSWER: Table = {
    "es": ["Gracias por avisar, lo revisamos. Puedes elegir ciudad en Ajustes."],
    "de": ["Danke für den Hinweis, Sprache lässt sich unter Einstellungen ändern."],
    "en": ["Thanks for flagging, you can pick your city in Settings."],
    "fr": ["Merci, vous pouvez changer la langue dans Réglages."],
    "it": ["Grazie, puoi scegliere la città in Impostazioni."],
    "pt": ["Obrigado, pode mudar o idioma em Definições."],
}
SPIKE_REPORT: Table = {
    "es": [
        "Se han apagado los focos a los 10 minutos de empezar y la app dice error LUX-865. Campo a oscuras y pagado",
        "otra vez?? luces fuera en pleno partido, la app: LUX-865. Devolvednos el dinero",
        "Focos apagados en el campo 4, el boton de la app da LUX-865 y el conserje no puede encenderlos",
    ],
    "de": [
        "Flutlicht nach 10 Minuten aus, App zeigt Fehler LUX-865. Wir stehen im Dunkeln",
        "Licht mitten im Spiel weg, Fehler LUX-865 in der App, Platzwart kann nichts machen",
        "Halle dunkel, Code LUX-865, Geld zurück bitte",
    ],
    "en": [
        "Floodlights went off ten minutes in and the app says error LUX-865. Standing in the dark"
    ],
    "fr": [
        "Projecteurs éteints au bout de 10 minutes, l'appli affiche LUX-865. On joue dans le noir"
    ],
    "it": ["Fari spenti dopo 10 minuti, l'app dice errore LUX-865. Campo al buio"],
    "pt": ["Holofotes desligados aos 10 minutos, a app dá erro LUX-865. Campo às escuras"],
}
SPIKE_REPEAT: Table = {
    "es": ["Seguimos igual, LUX-865 tambien en el campo de al lado. Nadie sabe nada"],
    "de": ["Immer noch LUX-865, jetzt auch auf dem Nachbarplatz"],
    "en": ["Still LUX-865, the next pitch has gone dark too"],
    "fr": ["Toujours LUX-865, le terrain d'à côté aussi"],
    "it": ["Ancora LUX-865, anche il campo accanto è al buio"],
    "pt": ["Continua LUX-865, o campo ao lado também"],
}
SPIKE_ANSWER: Table = {
    "es": [
        "Si, los focos se estan apagando en todos los campos ahora mismo, el equipo tecnico ya esta en ello."
    ],
    "de": ["Ja, das Flutlicht fällt gerade auf allen Plätzen aus, unsere Technik ist dran."],
    "en": ["Yes, floodlights are failing at every venue right now, our engineers are on it."],
    "fr": ["Oui, les projecteurs tombent sur tous les terrains, nos techniciens s'en occupent."],
    "it": ["Sì, i fari si stanno spegnendo su tutti i campi, i tecnici ci stanno lavorando."],
    "pt": ["Sim, os holofotes estão a falhar em todos os campos, a equipa técnica está a tratar."],
}
SPIKE_FIXED: Table = {
    "es": [
        "Los focos vuelven a funcionar desde las 21:40. El partido de hoy corre de nuestra cuenta: 10 € de credito añadidos."
    ],
    "de": [
        "Das Flutlicht läuft wieder seit 21:40. Das heutige Spiel geht auf uns: 10 € Guthaben gutgeschrieben."
    ],
    "en": ["The floodlights work again since 20:40. Tonight's game is on us: £9 credit added."],
    "fr": [
        "Les projecteurs fonctionnent depuis 21h40. Le match est offert : 10 € de crédit ajoutés."
    ],
    "it": [
        "I fari funzionano di nuovo dalle 21:40. La partita è offerta: 10 € di credito aggiunti."
    ],
    "pt": [
        "Os holofotes funcionam desde as 20:40. O jogo de hoje é por nossa conta: 10 € de crédito."
    ],
}
LONE_Q: Table = {
    "es": [
        "Anoche la luz del campo parpadeo un segundo al empezar pero luego bien. ¿Mañana habra problema?"
    ],
    "de": [
        "Gestern hat das Flutlicht beim Anpfiff kurz geflackert, danach alles gut. Geht das morgen?"
    ],
    "en": ["Lights flickered for a second at kick-off last night, then fine. Will tomorrow be ok?"],
    "fr": [
        "Hier les projecteurs ont clignoté une seconde au début, puis tout allait bien. Demain ça ira ?"
    ],
    "it": ["Ieri le luci hanno sfarfallato un attimo all'inizio, poi tutto ok. Domani funzionerà?"],
    "pt": ["Ontem as luzes piscaram um segundo no início, depois tudo bem. Amanhã vai correr bem?"],
}
LONE_A: Table = {
    "es": ["Es el arranque normal de los focos LED, mañana no habra problema."],
    "de": ["Das ist der normale Start der LED-Strahler, morgen läuft alles."],
    "en": ["That's the LED lights starting up, tomorrow will be fine."],
    "fr": ["C'est l'allumage normal des LED, demain pas de souci."],
    "it": ["È l'accensione normale dei LED, domani nessun problema."],
    "pt": ["É o arranque normal dos LED, amanhã sem problema."],
}
# Business arm (Cancharo Empresas / Business): company leagues and team nights on account.
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_TOPIC = {
    "invoice": "invoices without PO number",
    "service_blocked": "bookings refused, account on stop",
    "portal": "portal shows no bookings, cannot cancel",
    "overbilled": "single-slot rate instead of league rate",
}
B2B_COMPLAINT: dict[str, Table] = {
    "invoice": {
        "es": [
            "Las facturas de la liga de empresa llegan sin numero de pedido y con el nombre antiguo. Contabilidad no las puede pagar"
        ],
        "de": [
            "Ihre Rechnungen kommen ohne Bestellnummer und mit altem Firmennamen, die Buchhaltung kann nicht zahlen"
        ],
        "en": [
            "Your invoices arrive with no PO number and our old company name, accounts can't pay them"
        ],
        "fr": [
            "Vos factures arrivent sans numéro de commande et avec l'ancien nom, la compta ne peut pas payer"
        ],
        "it": [
            "Le fatture arrivano senza numero d'ordine e col vecchio nome, l'amministrazione non può pagarle"
        ],
        "pt": [
            "As faturas chegam sem número de encomenda e com o nome antigo, a contabilidade não paga"
        ],
    },
    "service_blocked": {
        "es": ["En recepcion nos rechazan la reserva, 'cuenta bloqueada', y esta todo pagado"],
        "de": [
            "An der Rezeption wird unsere Buchung abgelehnt, 'Konto gesperrt', obwohl alles bezahlt ist"
        ],
        "en": ["Reception refused our booking, 'account on stop', though everything is paid"],
        "fr": ["L'accueil refuse notre réservation, 'compte bloqué', alors que tout est payé"],
        "it": ["La reception rifiuta la prenotazione, 'conto bloccato', ma è tutto pagato"],
        "pt": ["A receção recusa a reserva, 'conta bloqueada', e está tudo pago"],
    },
    "portal": {
        "es": [
            "El portal no muestra ninguna reserva activa y no podemos cancelar las de diciembre"
        ],
        "de": ["Das Portal zeigt keine Buchungen, wir können Dezember nicht stornieren"],
        "en": ["The portal shows no bookings so we can't cancel December's"],
        "fr": ["Le portail n'affiche aucune réservation, impossible d'annuler décembre"],
        "it": ["Il portale non mostra prenotazioni, non possiamo cancellare dicembre"],
        "pt": ["O portal não mostra reservas, não conseguimos cancelar dezembro"],
    },
    "overbilled": {
        "es": [
            "Nos facturais precio de reserva suelta en vez de la tarifa de liga del contrato, mas de 600 € de diferencia"
        ],
        "de": [
            "Sie berechnen Einzelpreise statt des Liga-Tarifs aus dem Vertrag, über 600 € Differenz"
        ],
        "en": [
            "You're billing single-slot rates instead of our contract league rate, over £500 difference"
        ],
        "fr": [
            "Vous facturez le tarif unitaire au lieu du tarif ligue du contrat, plus de 600 € d'écart"
        ],
        "it": [
            "Fatturate la tariffa singola invece di quella lega del contratto, oltre 600 € di differenza"
        ],
        "pt": [
            "Faturam o preço avulso em vez da tarifa de liga do contrato, mais de 600 € de diferença"
        ],
    },
}
B2B_LATER: Table = {
    "es": ["Como ya escribio {first} el {day}, incidencia {ref}: sigue igual. {problem}"],
    "de": ["Wie {first} schon am {day} geschrieben hat, Vorgang {ref}: unverändert. {problem}"],
    "en": ["As {first} wrote on {day}, case {ref}: nothing has changed. {problem}"],
    "fr": ["Comme {first} l'a écrit {day}, demande {ref} : rien n'a changé. {problem}"],
    "it": ["Come ha scritto {first} {day}, segnalazione {ref}: niente è cambiato. {problem}"],
    "pt": ["Como o/a {first} escreveu na {day}, pedido {ref}: nada mudou. {problem}"],
}
B2B_LAST_MAIL: Table = {
    "es": [
        "{ref} sigue sin resolverse y varios compañeros ya os han escrito. Compras ya ha pedido tarifas a {comp}."
    ],
    "de": [
        "{ref} ist weiter offen, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt."
    ],
    "en": [
        "{ref} is still not fixed and several colleagues have written. Procurement has already asked {comp} for rates."
    ],
    "fr": [
        "{ref} n'est toujours pas réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}."
    ],
    "it": [
        "{ref} non è ancora risolto, diversi colleghi hanno scritto. Gli acquisti hanno chiesto le tariffe a {comp}."
    ],
    "pt": [
        "{ref} continua por resolver e vários colegas escreveram. As compras já pediram preços à {comp}."
    ],
}
B2B_LAST_CALL: Table = {
    "es": [
        "llamo por la incidencia {ref} no esta arreglado y ya han escrito varios compañeros mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor"
    ],
    "de": [
        "ich rufe wegen Vorgang {ref} an es ist nichts behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "en": [
        "calling about case {ref} nothing is fixed and several colleagues have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "j'appelle pour la demande {ref} rien n'est réglé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas fait cette semaine"
    ],
    "it": [
        "chiamo per la segnalazione {ref} niente è risolto hanno scritto diversi colleghi il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "ligo pelo pedido {ref} nada está resolvido vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}
B2B_SUGGEST: Table = {
    "es": [
        "Sugerencia: ¿podriais exportar el gasto por departamento? Nos ahorraria trabajo",
        "Estaria bien que la factura indique el numero de jugadores por partido",
    ],
    "de": [
        "Vorschlag: Kosten pro Abteilung exportieren wäre hilfreich",
        "Schön wäre die Spielerzahl pro Termin auf der Rechnung",
    ],
    "en": ["Suggestion: an export of spend by department would save us time"],
    "fr": ["Suggestion : un export des dépenses par service nous aiderait"],
    "it": ["Suggerimento: un export della spesa per reparto ci aiuterebbe"],
    "pt": ["Sugestão: exportar os gastos por departamento ajudava-nos"],
}
B2B_Q: Table = {
    "es": [
        "¿Se puede añadir un campo mas a la liga del jueves?",
        "¿Como descargo la factura de septiembre del portal?",
    ],
    "de": [
        "Können wir für die Donnerstagsliga einen Platz dazubuchen?",
        "Wo finde ich die Septemberrechnung im Portal?",
    ],
    "en": ["Can we add one more pitch to Thursday's league?"],
    "fr": ["Peut-on ajouter un terrain à la ligue du jeudi ?"],
    "it": ["Possiamo aggiungere un campo alla lega del giovedì?"],
    "pt": ["Podemos juntar mais um campo à liga de quinta?"],
}
B2B_A: Table = {
    "es": ["Claro, ya lo tienes en el portal. Cualquier cosa nos dices."],
    "de": ["Gern, ist im Portal hinterlegt. Melden Sie sich bei Fragen."],
    "en": ["Of course, it's in the portal now. Any questions, just ask."],
    "fr": ["Bien sûr, c'est dans le portail. N'hésitez pas."],
    "it": ["Certo, è già nel portale. Per qualsiasi cosa scriveteci."],
    "pt": ["Claro, já está no portal. Qualquer coisa diga."],
}
B2B_PRAISE: Table = {
    "es": ["La liga de empresa con Cancharo ha unido al equipo, todo organizado de diez"],
    "de": ["Die Firmenliga mit Cancharo ist super organisiert, Team begeistert"],
    "en": ["The company league with Cancharo has been brilliantly run"],
    "fr": ["La ligue d'entreprise avec Cancharo est très bien organisée"],
    "it": ["La lega aziendale con Cancharo è organizzata benissimo"],
    "pt": ["A liga da empresa com a Cancharo está muito bem organizada"],
}
WEEKDAY = {
    "es": ["lunes", "martes", "miercoles", "jueves", "viernes"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
FIRST = {
    "es": [
        "Lucia",
        "Javier",
        "Marta",
        "Sergio",
        "Irene",
        "Pablo",
        "Nuria",
        "Alvaro",
        "Carmen",
        "Diego",
        "Elena",
        "Raul",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Anna",
        "Felix",
        "Mia",
        "Tobias",
        "Sarah",
        "Lukas",
        "Julia",
        "Jan",
        "Laura",
        "Timo",
    ],
    "en": ["Emma", "Liam", "Chloe", "Owen", "Grace", "Conor"],
    "fr": ["Camille", "Hugo", "Manon", "Louis", "Léa", "Théo"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta", "João"],
}
LAST = {
    "es": [
        "Garcia",
        "Torres",
        "Navarro",
        "Romero",
        "Ortega",
        "Molina",
        "Castro",
        "Vidal",
        "Serrano",
        "Iglesias",
    ],
    "de": [
        "Brandt",
        "Zimmermann",
        "Krüger",
        "Hofmann",
        "Becker",
        "Wolf",
        "Schreiber",
        "Lang",
        "Vogel",
        "Haas",
    ],
    "en": ["Walsh", "Turner", "Byrne", "Hughes", "Murphy", "Price"],
    "fr": ["Lefèvre", "Girard", "Morel", "Fournier", "Lambert", "Roux"],
    "it": ["Rossi", "Greco", "Conti", "Marino", "Ferri", "Gallo"],
    "pt": ["Silva", "Costa", "Pereira", "Santos", "Ferreira", "Sousa"],
}
MARKETS = {
    "es": ["ES"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "ES": ("+34", "6", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 9),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
